using System.Text.RegularExpressions;

namespace LocationBoards.Hub.Features.Admin.Catalog;

/// <summary>What a catalogue item must be before it is saved, field by field (uniqueness is checked against the store).</summary>
public static partial class CatalogRules
{
    public const decimal MaxPrice = 1_000_000m;

    public static Dictionary<string, string> Check(CatalogItemDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!SkuPattern().IsMatch(draft.Sku?.Trim() ?? string.Empty))
        {
            errors[nameof(draft.Sku)] = "The SKU is 3 to 40 capital letters, digits or dashes, e.g. DRK-OATMILK-1L.";
        }

        Text(errors, nameof(draft.Name), draft.Name, 120, "Give the item a name.");
        Text(errors, nameof(draft.Category), draft.Category, 60, "Give the item a category, e.g. Drinks.");
        Text(errors, nameof(draft.Icon), draft.Icon, 200, "Give the item an icon: an emoji such as ☕.");
        if ((draft.Description?.Trim().Length ?? 0) > 1000)
        {
            errors[nameof(draft.Description)] = "At most 1,000 characters.";
        }

        if (!Enum.IsDefined(draft.Kind))
        {
            errors[nameof(draft.Kind)] = "Choose Goods or Service.";
        }

        if (draft.Price is not { } price)
        {
            errors[nameof(draft.Price)] = "Give the price in dollars, e.g. 4.50 (0 for free).";
        }
        else if (price < 0)
        {
            errors[nameof(draft.Price)] = "The price cannot be negative.";
        }
        else if (price > MaxPrice)
        {
            errors[nameof(draft.Price)] = $"The price is at most {MaxPrice:N0} dollars.";
        }
        else if (decimal.Round(price, 2) != price)
        {
            errors[nameof(draft.Price)] = "Prices are in whole cents: at most two digits after the point.";
        }

        return errors;
    }

    private static void Text(Dictionary<string, string> errors, string field, string? value, int maxLength, string whenEmpty)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            errors[field] = whenEmpty;
        }
        else if (trimmed.Length > maxLength)
        {
            errors[field] = $"At most {maxLength} characters (this has {trimmed.Length}).";
        }
    }

    [GeneratedRegex("^[A-Z0-9-]{3,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex SkuPattern();
}
