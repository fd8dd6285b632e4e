using System.Globalization;
using System.Text.RegularExpressions;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Locations;

namespace LocationBoards.Data.Seeding;

/// <summary>catalog.csv and stock.csv.</summary>
internal static partial class CatalogReader
{
    public static IReadOnlyList<CatalogItem> Catalog(string folder)
    {
        var items = new List<CatalogItem>();
        var skus = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in SeedCsvReader.Read(folder, SeedFiles.Catalog, ["sku", "name", "category", "kind", "icon", "price"], ["description", "skill", "term"]))
        {
            var sku = row.Text("sku");
            if (sku.Length > 40 || !skus.Add(sku))
            {
                throw row.Problem("sku", sku.Length > 40 ? $"\"{sku}\" is longer than 40 characters" : $"\"{sku}\" appears twice");
            }

            var kind = row.Text("kind") switch
            {
                "goods" => CatalogItemKind.Goods,
                "service" => CatalogItemKind.Service,
                var other => throw row.Problem("kind", $"\"{other}\" is neither goods nor service"),
            };
            items.Add(new CatalogItem
            {
                Sku = sku,
                Name = row.Text("name"),
                Category = row.Text("category"),
                Kind = kind,
                Icon = row.Text("icon"),
                PriceMinor = row.PriceMinor("price"),
                Description = row.Optional("description") ?? string.Empty,
                SkillNeeded = Skill(row, kind),
            });
            (items[^1].TermMonths, items[^1].Renews) = Term(row, kind);
        }

        return items.Count > 0 ? items : throw SeedDataException.InFile(SeedFiles.Catalog, "the catalogue has no items");
    }

    /// <summary>The technician skill a service done at the customer's place needs (the optional skill column).</summary>
    private static string? Skill(SeedCsvRow row, CatalogItemKind kind)
    {
        var skill = row.Optional("skill");
        if (skill is null)
        {
            return null;
        }

        if (kind != CatalogItemKind.Service)
        {
            throw row.Problem("skill", $"\"{skill}\" is given for goods; only a service done at the customer's place needs a technician skill");
        }

        return skill.Length <= TechnicianSkill.MaxSkillLength
            ? skill
            : throw row.Problem("skill", $"\"{skill}\" is longer than {TechnicianSkill.MaxSkillLength} characters");
    }

    /// <summary>A service's term (the optional term column): "12 months", or "3 months renewing"; empty for a one-off service.</summary>
    private static (int? Months, bool Renews) Term(SeedCsvRow row, CatalogItemKind kind)
    {
        var term = row.Optional("term");
        if (term is null)
        {
            return (null, false);
        }

        var match = TermPattern().Match(term);
        var months = match.Success && int.TryParse(match.Groups["months"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
        var renews = match.Success && match.Groups["renewing"].Success;
        var problem = match.Success ? ServiceTerms.Problem(kind, months, renews) : "it is not like \"12 months\" or \"3 months renewing\"";
        return problem is null ? (months, renews) : throw row.Problem("term", $"\"{term}\": {problem}");
    }

    [GeneratedRegex(@"^(?<months>\d{1,3}) months?(?<renewing> renewing)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TermPattern();

    /// <summary>Every location holds every goods item: the rows given, and 0 where a row is missing.</summary>
    public static IReadOnlyList<StockSeed> Stock(
        string folder, IReadOnlyDictionary<string, FulfilmentLocation> locations, IReadOnlyDictionary<string, CatalogItem> catalog)
    {
        var given = new Dictionary<(string, string), int>();
        foreach (var row in SeedCsvReader.Read(folder, SeedFiles.Stock, ["location", "sku", "on_hand"]))
        {
            var code = row.Text("location");
            var sku = row.Text("sku");
            if (!locations.ContainsKey(code))
            {
                throw row.Problem("location", $"\"{code}\" is not a location code in {SeedFiles.Locations}");
            }

            if (!catalog.TryGetValue(sku, out var item))
            {
                throw row.Problem("sku", $"\"{sku}\" is not in {SeedFiles.Catalog}");
            }

            if (!item.NeedsStock)
            {
                throw row.Problem("sku", $"\"{sku}\" is a service; only goods have stock");
            }

            if (!given.TryAdd((code, sku), row.Integer("on_hand", 0, 1_000_000)))
            {
                throw row.Problem("sku", $"{code} has a second row for \"{sku}\"");
            }
        }

        return [.. locations.SelectMany(location => catalog.Values.Where(i => i.NeedsStock).Select(item =>
            new StockSeed(location.Value, item, given.GetValueOrDefault((location.Key, item.Sku)))))];
    }
}
