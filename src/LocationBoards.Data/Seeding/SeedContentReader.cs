using LocationBoards.Core.Geography.Gazetteer;
using LocationBoards.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace LocationBoards.Data.Seeding;

/// <summary>Reads and checks a whole seed folder before anything is written; the first problem stops it.</summary>
internal static class SeedContentReader
{
    public static async Task<SeedContent> ReadAsync(string folder, UserManager<AppUser> users)
    {
        if (!Directory.Exists(folder))
        {
            throw new SeedDataException($"The seed folder '{folder}' does not exist (set Seed:Path to a folder with the seed files).");
        }

        var (areaName, timeZone) = PlacesReader.Area(folder);
        var streets = GazetteerReader.Streets(folder);
        var postcodes = GazetteerReader.Postcodes(folder);
        var gazetteer = new Gazetteer(streets, postcodes);

        var catalog = CatalogReader.Catalog(folder);
        var bySku = catalog.ToDictionary(i => i.Sku, StringComparer.Ordinal);
        var locations = PlacesReader.Locations(folder, bySku);
        var byCode = locations.ToDictionary(l => l.Location.Code, StringComparer.Ordinal);
        var locationsByCode = locations.ToDictionary(l => l.Location.Code, l => l.Location, StringComparer.Ordinal);
        PlacesReader.ServiceAreas(folder, locationsByCode);
        var stock = CatalogReader.Stock(folder, locationsByCode, bySku);

        var customers = CustomersReader.Read(folder, gazetteer, bySku);
        var speedDial = OrdersReader.SpeedDial(folder, bySku);
        var history = OrdersReader.History(folder, customers.ToDictionary(c => c.Ref, StringComparer.Ordinal), byCode, bySku);
        var demoUsers = await UsersReader.ReadAsync(folder, locationsByCode, customers.ToDictionary(c => c.Ref, c => c.Customer, StringComparer.Ordinal), users);
        var technicians = TechniciansReader.Read(folder, locationsByCode, demoUsers);
        var jobs = JobsReader.Read(folder, customers.ToDictionary(c => c.Ref, StringComparer.Ordinal), technicians, demoUsers);

        return new SeedContent
        {
            AreaName = areaName,
            AreaTimeZone = timeZone,
            Streets = streets,
            Postcodes = postcodes,
            Catalog = catalog,
            Locations = locations,
            Stock = stock,
            Customers = customers,
            SpeedDial = speedDial,
            History = history,
            Users = demoUsers,
            Technicians = technicians,
            Jobs = jobs,
        };
    }
}
