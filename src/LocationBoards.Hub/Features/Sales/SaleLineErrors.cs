using System.Globalization;
using System.Text.RegularExpressions;
using LocationBoards.Core.Sales;
using LocationBoards.Hub.Features.Ordering;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>Turns the pricing's problems ("Line 2: …") into field errors keyed by the line's JSON path ("lines[1]").</summary>
public static partial class SaleLineErrors
{
    public static void AddTo(FieldErrors errors, PricedSale priced)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(priced);
        foreach (var problem in priced.Problems)
        {
            var match = LinePrefix().Match(problem);
            var field = match.Success
                ? $"lines[{(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) - 1).ToString(CultureInfo.InvariantCulture)}]"
                : "lines";
            errors.Add(field, problem);
        }
    }

    [GeneratedRegex(@"^Line (\d+):", RegexOptions.CultureInvariant)]
    private static partial Regex LinePrefix();
}
