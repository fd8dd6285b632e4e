namespace LocationBoards.Core.Sales;

/// <summary>
/// What the customer agrees to, the lines and the payment: what a revision may carry, what an agreement needs, whether
/// a revision changes what was agreed, and the revision itself. <see cref="SaleStateMachine"/> decides when.
/// </summary>
internal static class SaleRevision
{
    internal static string? RevisionProblem(SaleMove move)
    {
        if (move.Priced is not { } priced)
        {
            return "Send the sale's lines.";
        }

        if (!priced.IsValid)
        {
            return string.Join(" ", priced.Problems);
        }

        return move.Payment?.Problem();
    }

    internal static string? AgreementProblem(Sale sale, SaleMove move)
    {
        if (sale.Lines.Count == 0)
        {
            return "Add at least one item before the customer agrees.";
        }

        if (sale.Payment is not { } payment)
        {
            return "Choose how the customer pays before they agree.";
        }

        if (payment.Problem() is { } paymentProblem)
        {
            return paymentProblem;
        }

        if (string.IsNullOrWhiteSpace(move.AgreedName) || move.AgreedName.Trim().Length > Sale.MaxAgreedNameLength)
        {
            return $"Type the customer's name as they agree (up to {Sale.MaxAgreedNameLength} characters).";
        }

        return move.Signature is { } signature && signature.Trim().Length > Sale.MaxSignatureLength
            ? "The signature is too large; clear it and sign again."
            : null;
    }

    /// <summary>True when the revision changes what the customer agreed to: the items, quantities, ways of getting them, or the payment.</summary>
    internal static bool Changes(Sale sale, SaleMove move) =>
        !SameLines(sale, move.Priced!) || sale.Payment != move.Payment?.Normalised();

    private static bool SameLines(Sale sale, PricedSale priced) =>
        sale.Lines.Count == priced.Lines.Count && priced.Lines.Select((line, i) => line.SameAs(sale.Lines[i])).All(same => same);

    internal static void Revise(Sale sale, PricedSale priced, SalePayment? payment)
    {
        if (SameLines(sale, priced))
        {
            for (var i = 0; i < priced.Lines.Count; i++)
            {
                sale.Lines[i].ItemName = priced.Lines[i].ItemName;
                sale.Lines[i].UnitPriceMinor = priced.Lines[i].UnitPriceMinor;
            }
        }
        else
        {
            sale.Lines.Clear();
            sale.Lines.AddRange(priced.Lines.Select(l => new SaleLine
            {
                SaleId = sale.Id, CatalogItemId = l.CatalogItemId, ItemName = l.ItemName, Quantity = l.Quantity, UnitPriceMinor = l.UnitPriceMinor,
                Fulfilment = l.Fulfilment,
            }));
        }

        sale.TotalMinor = priced.TotalMinor;
        sale.PaymentMethod = payment?.Method;
        sale.PaymentReference = payment?.Reference;
    }

    internal static void ClearAgreement(Sale sale)
    {
        sale.AgreedName = null;
        sale.Signature = null;
        sale.AgreedUtc = null;
        sale.AgreedTotalMinor = null;
    }
}
