namespace LocationBoards.Core.Catalog;

/// <summary>One entry of the catalogue: goods or a service, with its price in minor units.</summary>
public sealed class CatalogItem
{
    public int Id { get; set; }

    /// <summary>The business's own stable code, e.g. "DRK-OATMILK-1L".</summary>
    public required string Sku { get; set; }

    public required string Name { get; set; }

    public required string Category { get; set; }

    public CatalogItemKind Kind { get; set; }

    /// <summary>An emoji or a picture path under the hub's wwwroot, shown beside the name.</summary>
    public required string Icon { get; set; }

    public long PriceMinor { get; set; }

    public string Description { get; set; } = string.Empty;

    public bool IsActive { get; set; } = true;

    /// <summary>
    /// For a service done at the customer's place, the technician skill it needs (e.g. "espresso-service"):
    /// a technician-visit order for it makes a field job needing that skill. Null for goods and in-store services.
    /// </summary>
    public string? SkillNeeded { get; set; }

    /// <summary>
    /// For a service that runs for a time (a subscription, a maintenance plan), its length in whole months; null for a
    /// one-off service and for goods. See <see cref="ServiceTerms"/>.
    /// </summary>
    public int? TermMonths { get; set; }

    /// <summary>The term starts again when it ends, until the customer stops it (a subscription); otherwise it just ends.</summary>
    public bool Renews { get; set; }

    public int Version { get; set; }

    public Money Price => new(PriceMinor);

    public bool NeedsStock => Kind == CatalogItemKind.Goods;
}
