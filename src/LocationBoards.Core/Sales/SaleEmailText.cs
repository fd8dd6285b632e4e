using System.Text;

namespace LocationBoards.Core.Sales;

/// <summary>A sale email as plain text: short lines, one fact per line, so it reads on a phone.</summary>
internal static class SaleEmailText
{
    public static string Write(SaleEmailContent content)
    {
        var text = new StringBuilder();
        text.Append(content.Heading).Append('\n').Append('\n');
        text.Append(content.Intro).Append('\n').Append('\n');
        foreach (var (label, value) in content.Details)
        {
            text.Append(label).Append(": ").Append(value).Append('\n');
        }

        text.Append('\n').Append("Items").Append('\n');
        foreach (var item in content.Items)
        {
            text.Append("- ").Append(item.Quantity).Append(" × ").Append(item.Name).Append(" (").Append(item.Fulfilment).Append(')').Append('\n');
            text.Append("  ").Append(item.UnitPrice).Append(" each, ").Append(item.LineTotal).Append('\n');
        }

        text.Append('\n').Append("Total: ").Append(content.Total).Append('\n');
        text.Append("Payment: ").Append(content.Payment).Append('\n').Append('\n');
        text.Append(content.Footer).Append('\n');
        return text.ToString();
    }
}
