using System.Globalization;

namespace LocationBoards.Core.Sales;

/// <summary>The words of a sale email before they are laid out as plain text or HTML.</summary>
internal sealed record SaleEmailContent(
    string Heading,
    string Intro,
    IReadOnlyList<(string Label, string Value)> Details,
    IReadOnlyList<SaleEmailContent.Item> Items,
    string Total,
    string Payment,
    string Footer,
    CultureInfo Culture)
{
    public sealed record Item(string Quantity, string Name, string Fulfilment, string UnitPrice, string LineTotal);

    public static SaleEmailContent From(SaleEmailFacts facts, string intro)
    {
        var sale = facts.Sale;
        var culture = facts.Culture;
        var customer = facts.Customer;
        var details = new List<(string, string)>
        {
            ("Customer", $"{customer.FullName}, {customer.BillingAddress.City} {customer.BillingAddress.Postcode}"),
            ("Technician", facts.Technician.Name),
        };
        if (sale.Channel == SaleChannel.PhonedIn || facts.RecordedByName is not null)
        {
            details.Add(("Recorded by", sale.Channel == SaleChannel.PhonedIn
                ? $"{facts.RecordedByName ?? "a dispatcher"} (phoned in by the technician)"
                : facts.RecordedByName!));
        }

        details.Add(("Job", sale.JobId.ToString(culture)));
        details.Add(("Processed", When(sale.FinishedUtc!.Value, facts.TimeZone, culture)));
        if (sale.DeliveryOrderId is { } order)
        {
            details.Add(("Delivery order", order.ToString(culture)));
        }

        return new SaleEmailContent(
            $"Sale {sale.Id.ToString(culture)}: {sale.Total.Format(culture)}",
            intro,
            details,
            [.. sale.Lines.Select(l => new Item(
                l.Quantity.ToString(culture), l.ItemName, SaleWords.Of(l.Fulfilment), new Money(l.UnitPriceMinor).Format(culture),
                new Money(l.LineTotalMinor).Format(culture)))],
            sale.Total.Format(culture),
            sale.Payment is { } payment ? SaleWords.Of(payment) : "Not recorded",
            $"Sale {sale.Id.ToString(culture)}, processed automatically.",
            culture);
    }

    /// <summary>"Wed 25 Nov 2026, 12:05 Pacific Standard Time".</summary>
    private static string When(DateTime utc, TimeZoneInfo zone, CultureInfo culture)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        var zoneName = zone.IsDaylightSavingTime(local) ? zone.DaylightName : zone.StandardName;
        return $"{local.ToString("ddd d MMM yyyy, HH:mm", culture)} {zoneName}";
    }
}
