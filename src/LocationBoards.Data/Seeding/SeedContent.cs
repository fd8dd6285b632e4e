using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Geography.Gazetteer;
using LocationBoards.Core.Locations;
using LocationBoards.Core.Ordering;
using LocationBoards.Data.Identity;

namespace LocationBoards.Data.Seeding;

/// <summary>Everything in a seed folder, read and checked, as entities whose cross-references are still objects.</summary>
internal sealed class SeedContent
{
    public required string AreaName { get; init; }

    public required TimeZoneInfo AreaTimeZone { get; init; }

    public required IReadOnlyList<StreetSegment> Streets { get; init; }

    public required IReadOnlyList<PostcodeArea> Postcodes { get; init; }

    public required IReadOnlyList<CatalogItem> Catalog { get; init; }

    public required IReadOnlyList<LocationSeed> Locations { get; init; }

    public required IReadOnlyList<StockSeed> Stock { get; init; }

    public required IReadOnlyList<CustomerSeed> Customers { get; init; }

    public required IReadOnlyList<SpeedDialSeed> SpeedDial { get; init; }

    public required IReadOnlyList<HistorySeed> History { get; init; }

    public required IReadOnlyList<UserSeed> Users { get; init; }

    public required IReadOnlyList<TechnicianSeed> Technicians { get; init; }

    public required IReadOnlyList<JobSeed> Jobs { get; init; }
}

internal sealed record LocationSeed(FulfilmentLocation Location, IReadOnlyList<CatalogItem> Services);

internal sealed record StockSeed(FulfilmentLocation Location, CatalogItem Item, int OnHand);

internal sealed record CustomerSeed(string Ref, Customer Customer, IReadOnlyList<(OwnedProduct Product, CatalogItem Item)> Owns);

internal sealed record SpeedDialSeed(SpeedDialEntry Entry, IReadOnlyList<(SpeedDialLine Line, CatalogItem Item)> Lines);

internal sealed record HistorySeed(Order Order, FulfilmentLocation Location, Customer Customer, IReadOnlyList<(OrderLine Line, CatalogItem Item)> Lines);

internal sealed record UserSeed(AppUser User, string Password, IReadOnlyList<string> Roles, FulfilmentLocation? StaffOf, IReadOnlyList<FulfilmentLocation> Supervises, Customer? Customer);
