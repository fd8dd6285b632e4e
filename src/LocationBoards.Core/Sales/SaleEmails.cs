using LocationBoards.Core.Email;

namespace LocationBoards.Core.Sales;

/// <summary>
/// Writes the two emails of a processed sale, one to the technician's supervisor and one to the sales division, each
/// with the customer (name and area only), technician, job, lines, prices, total and payment, in plain text and HTML.
/// A technician without a supervisor's address still gives two messages: the supervisor's copy goes to the sales
/// division and says why, so every processed sale has both its emails in the outbox.
/// </summary>
public static class SaleEmails
{
    public static IReadOnlyList<OutboxEmail> Compose(SaleEmailFacts facts, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var sale = facts.Sale;
        if (sale.Status != SaleStatus.Processed || sale.FinishedUtc is null)
        {
            throw new InvalidOperationException($"Sale {sale.Id} is {SaleWords.Of(sale.Status)}; only a processed sale is emailed.");
        }

        var technician = facts.Technician.Name;
        var toSupervisor = !string.IsNullOrWhiteSpace(facts.SupervisorAddress);
        var supervisorIntro = toSupervisor
            ? $"Hello {facts.SupervisorName ?? "there"}, {technician} made a sale on job {sale.JobId}. It has been processed and the customer's account updated."
            : $"No supervisor's email address is recorded for {technician}, so the supervisor's copy of this sale came to the sales division.";
        var supervisorSubject = $"Sale {sale.Id} by {technician}: {sale.Total.Format(facts.Culture)}";
        var divisionSubject = $"Field sale {sale.Id} by {technician}: {sale.Total.Format(facts.Culture)}";
        const string DivisionIntro = "A field sale was processed automatically and the customer's account updated.";
        return
        [
            Message(facts, OutboxEmailKind.SaleToSupervisor, toSupervisor ? facts.SupervisorAddress! : facts.SalesDivisionAddress,
                toSupervisor ? facts.SupervisorName : null, supervisorSubject, supervisorIntro, nowUtc),
            Message(facts, OutboxEmailKind.SaleToSalesDivision, facts.SalesDivisionAddress, "Sales division", divisionSubject, DivisionIntro, nowUtc),
        ];
    }

    private static OutboxEmail Message(
        SaleEmailFacts facts, OutboxEmailKind kind, string to, string? toName, string subject, string intro, DateTime nowUtc)
    {
        var content = SaleEmailContent.From(facts, intro);
        var oneLineSubject = OutboxDelivery.OneLine(subject, OutboxEmail.MaxSubjectLength);
        return OutboxDelivery.Create(
            kind, to, toName, oneLineSubject, SaleEmailText.Write(content), SaleEmailHtml.Write(content, oneLineSubject), nowUtc,
            facts.MessageIdDomain, facts.Sale.Id);
    }
}
