using System.Net;
using System.Text;

namespace LocationBoards.Core.Sales;

/// <summary>
/// A sale email as HTML for phones: one narrow column, large type, inline styles (mail clients drop style sheets),
/// and every value HTML-encoded.
/// </summary>
internal static class SaleEmailHtml
{
    private const string Cell = "padding:8px 0;border-bottom:1px solid #d0d0d0;vertical-align:top";

    public static string Write(SaleEmailContent content, string subject)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(content.Culture.TwoLetterISOLanguageName)).Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(subject)).Append("</title>\n</head>\n")
            .Append("<body style=\"margin:0;padding:16px;background:#ffffff;color:#1a1a1a;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.5\">\n")
            .Append("<div style=\"max-width:600px;margin:0 auto\">\n")
            .Append("<h1 style=\"font-size:22px;margin:0 0 12px\">").Append(E(content.Heading)).Append("</h1>\n")
            .Append("<p style=\"margin:0 0 16px\">").Append(E(content.Intro)).Append("</p>\n");
        foreach (var (label, value) in content.Details)
        {
            html.Append("<p style=\"margin:0 0 8px\"><strong>").Append(E(label)).Append("</strong><br>").Append(E(value)).Append("</p>\n");
        }

        html.Append("<h2 style=\"font-size:18px;margin:20px 0 4px\">Items</h2>\n")
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"border-collapse:collapse;width:100%\">\n");
        foreach (var item in content.Items)
        {
            html.Append("<tr><td style=\"").Append(Cell).Append("\">")
                .Append(E(item.Quantity)).Append(" × ").Append(E(item.Name))
                .Append("<br><span style=\"color:#4a4a4a;font-size:14px\">").Append(E(item.Fulfilment)).Append(", ").Append(E(item.UnitPrice)).Append(" each</span></td>")
                .Append("<td style=\"").Append(Cell).Append(";text-align:right;white-space:nowrap;padding-left:12px\">").Append(E(item.LineTotal)).Append("</td></tr>\n");
        }

        html.Append("<tr><td style=\"padding:10px 0;font-weight:bold\">Total</td>")
            .Append("<td style=\"padding:10px 0;font-weight:bold;text-align:right;white-space:nowrap\">").Append(E(content.Total)).Append("</td></tr>\n")
            .Append("</table>\n")
            .Append("<p style=\"margin:8px 0 16px\"><strong>Payment</strong><br>").Append(E(content.Payment)).Append("</p>\n")
            .Append("<p style=\"margin:0;color:#4a4a4a;font-size:14px\">").Append(E(content.Footer)).Append("</p>\n")
            .Append("</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
