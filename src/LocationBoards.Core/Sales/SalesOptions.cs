using System.Net.Mail;

namespace LocationBoards.Core.Sales;

/// <summary>The field-sales settings, bound from the "Sales" configuration section.</summary>
public sealed class SalesOptions
{
    public const string SectionName = "Sales";

    /// <summary>The most of one item a single line may ask for (a guard against a slipped thumb or a tampered request).</summary>
    public int MaxQuantityPerLine { get; set; } = 20;

    public int MaxLinesPerSale { get; set; } = 30;

    /// <summary>Where every processed sale is emailed; no default, so a fresh install says it is missing at start-up.</summary>
    public string? SalesDivisionAddress { get; set; }

    /// <summary>How long a processed or refused sale stays on the dispatcher's in-progress panel.</summary>
    public TimeSpan FinishedSaleShownFor { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>What is wrong with the settings, in words for the start-up log; empty when they will do.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(SalesDivisionAddress) || !MailAddress.TryCreate(SalesDivisionAddress.Trim(), out _))
        {
            problems.Add("Sales:SalesDivisionAddress must be an email address, e.g. sales@example.com: the sales division is emailed every processed sale.");
        }

        if (MaxQuantityPerLine is < 1 or > 10_000)
        {
            problems.Add("Sales:MaxQuantityPerLine must be from 1 to 10000.");
        }

        if (MaxLinesPerSale is < 1 or > 200)
        {
            problems.Add("Sales:MaxLinesPerSale must be from 1 to 200.");
        }

        if (FinishedSaleShownFor < TimeSpan.Zero)
        {
            problems.Add("Sales:FinishedSaleShownFor must not be negative.");
        }

        return problems;
    }
}
