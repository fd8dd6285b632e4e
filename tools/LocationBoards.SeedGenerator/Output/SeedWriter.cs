using System.Globalization;
using LocationBoards.SeedGenerator.Business;

namespace LocationBoards.SeedGenerator.Output;

/// <summary>Writes every seed file of a <see cref="SeedWorld"/> into a folder (the formats are in docs/seed-data.md).</summary>
internal static class SeedWriter
{
    public static void WriteAll(SeedWorld world, string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "gazetteer"));
        JsonFile.Write(Path.Combine(folder, "area.json"), w =>
        {
            w.WriteStartObject();
            w.WriteString("name", SeedWorld.AreaName);
            w.WriteString("timeZone", SeedWorld.TimeZoneId);
            w.WriteString("currency", SeedWorld.Currency);
            JsonFile.WriteGeometry(w, "boundary", world.Boundary);
            w.WriteEndObject();
        });
        PlacesWriter.WriteLocations(Path.Combine(folder, "locations.geojson"), world.Locations);
        PlacesWriter.WriteServiceAreas(Path.Combine(folder, "service-areas.geojson"), world.Locations);
        CsvFile.Write(
            Path.Combine(folder, "catalog.csv"),
            "sku,name,category,kind,icon,price,description,term,skill",
            CatalogPlan.All.Select(i => new object?[]
            {
                i.Sku, i.Name, i.Category, i.IsService ? "service" : "goods", i.Icon, i.Price, i.Description, ServiceTermPlan.For(i.Sku),
                ServiceSkills.For(i.Sku),
            }));
        CsvFile.Write(
            Path.Combine(folder, "stock.csv"),
            "location,sku,on_hand",
            world.Stock.Rows(world.Locations).Select(r => new object?[] { r.Location, r.Sku, r.OnHand }));
        PeopleWriter.WriteCustomers(Path.Combine(folder, "customers.json"), world.Customers);
        CsvFile.Write(
            Path.Combine(folder, "order-history.csv"),
            "placed_at,customer,location,method,payment,items,channel",
            world.History.Select(o => new object?[]
            {
                o.PlacedUtc, o.CustomerRef, o.Location, o.Method, o.Payment,
                string.Join(';', o.Items.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Sku}*{i.Quantity}"))), o.Channel,
            }));
        CsvFile.Write(
            Path.Combine(folder, "speed-dial.csv"),
            "code,name,dialled_number,method,items",
            SpeedDialPlan.All.Select(e => new object?[] { e.Code, e.Name, e.DialledNumber, e.Method, e.Items }));
        PeopleWriter.WriteUsers(Path.Combine(folder, "users.json"), UserPlans.For(LocationPlans.All, world.Technicians));
        DispatchWriter.WriteTechnicians(Path.Combine(folder, "technicians.json"), world.Technicians);
        DispatchWriter.WriteJobs(Path.Combine(folder, "jobs.json"), world.Jobs);
        CsvFile.Write(
            Path.Combine(folder, "gazetteer", "streets.csv"),
            "street,city,postcode,from_number,to_number,from_lat,from_lon,to_lat,to_lon",
            world.Segments.Select(s => new object?[]
            {
                s.Street, s.City, s.Postcode, s.FromNumber, s.ToNumber, s.FromLatitude, s.FromLongitude, s.ToLatitude, s.ToLongitude,
            }));
        CsvFile.Write(
            Path.Combine(folder, "gazetteer", "postcodes.csv"),
            "postcode,city,lat,lon",
            world.Postcodes.Select(p => new object?[] { p.Postcode, p.City, p.Latitude, p.Longitude }));
    }
}
