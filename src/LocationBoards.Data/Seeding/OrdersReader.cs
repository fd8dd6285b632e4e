using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Geography;
using LocationBoards.Core.Locations;
using LocationBoards.Core.Ordering;

namespace LocationBoards.Data.Seeding;

/// <summary>speed-dial.csv and order-history.csv.</summary>
internal static class OrdersReader
{
    public const string HistoryPlacedBy = "seed:order-history";

    public static IReadOnlyList<SpeedDialSeed> SpeedDial(string folder, IReadOnlyDictionary<string, CatalogItem> catalog)
    {
        var seeds = new List<SpeedDialSeed>();
        foreach (var row in SeedCsvReader.Read(folder, SeedFiles.SpeedDial, ["code", "name", "method", "items"], ["dialled_number"]))
        {
            var code = row.Text("code");
            if (code.Length is < 2 or > 6 || !code.All(char.IsAsciiDigit) || seeds.Exists(s => s.Entry.Code == code))
            {
                throw row.Problem("code", $"\"{code}\" is not 2 to 6 digits, or is used twice");
            }

            string? dialled = null;
            if (row.Optional("dialled_number") is { } number
                && (!PhoneNumber.TryNormalise(number, out dialled) || seeds.Exists(s => s.Entry.DialledNumber == dialled)))
            {
                throw row.Problem("dialled_number", $"\"{number}\" is not a phone number like +15035550100, or is used twice");
            }

            var method = Method(row);
            var items = LineItems.Parse(row, "items", catalog);
            CheckVisit(row, method, items, offered: null);
            var entry = new SpeedDialEntry { Code = code, Name = row.Text("name"), DialledNumber = dialled, DeliveryMethod = method };
            seeds.Add(new SpeedDialSeed(entry, [.. items.Select(i => (new SpeedDialLine { Quantity = i.Quantity }, i.Item))]));
        }

        return seeds;
    }

    public static IReadOnlyList<HistorySeed> History(
        string folder,
        IReadOnlyDictionary<string, CustomerSeed> customers,
        IReadOnlyDictionary<string, LocationSeed> locations,
        IReadOnlyDictionary<string, CatalogItem> catalog)
    {
        var seeds = new List<HistorySeed>();
        foreach (var row in SeedCsvReader.Read(folder, SeedFiles.History, ["placed_at", "customer", "location", "method", "payment", "items"], ["channel"]))
        {
            var placed = row.UtcTimestamp("placed_at");
            var customerRef = row.Text("customer");
            var customer = customers.TryGetValue(customerRef, out var c) ? c.Customer
                : throw row.Problem("customer", $"\"{customerRef}\" is not a ref in {SeedFiles.Customers}");
            var code = row.Text("location");
            var location = locations.TryGetValue(code, out var l) ? l
                : throw row.Problem("location", $"\"{code}\" is not a location code in {SeedFiles.Locations}");
            var method = Method(row);
            var items = LineItems.Parse(row, "items", catalog);
            CheckVisit(row, method, items, location.Services);
            var payment = row.Text("payment") switch
            {
                "pay-at-pickup" => PaymentMethod.PayAtPickup,
                "pay-on-delivery" => PaymentMethod.PayOnDelivery,
                "charge-to-account" => PaymentMethod.ChargeToAccount,
                var other => throw row.Problem("payment", $"\"{other}\" is not pay-at-pickup, pay-on-delivery or charge-to-account"),
            };
            var channel = (row.Optional("channel") ?? "phone") switch
            {
                "kiosk" => OrderChannel.Kiosk,
                "web" => OrderChannel.Web,
                "phone" => OrderChannel.Phone,
                "api" => OrderChannel.Api,
                var other => throw row.Problem("channel", $"\"{other}\" is not kiosk, web, phone or api"),
            };
            seeds.Add(Order(placed, customer, location.Location, method, payment, channel, items));
        }

        return seeds;
    }

    private static HistorySeed Order(
        DateTime placed, Customer customer, FulfilmentLocation location, DeliveryMethod method, PaymentMethod payment, OrderChannel channel,
        IReadOnlyList<(CatalogItem Item, int Quantity)> items)
    {
        var home = customer.DeliveryAddresses.FirstOrDefault();
        var origin = home?.Position ?? location.Position;
        var goesOut = method != DeliveryMethod.Pickup && home is not null;
        var lines = items.Select(i => (new OrderLine { ItemName = i.Item.Name, Quantity = i.Quantity, UnitPriceMinor = i.Item.PriceMinor }, i.Item)).ToList();
        var order = new Order
        {
            Channel = channel,
            DeliveryMethod = method,
            PaymentMethod = payment,
            DeliveryAddress = goesOut ? home!.Address : null,
            DeliveryLatitude = goesOut ? home!.Latitude : null,
            DeliveryLongitude = goesOut ? home!.Longitude : null,
            Status = OrderStatus.Done,
            PlacedUtc = placed,
            DueUtc = placed + method switch
            {
                DeliveryMethod.Pickup => TimeSpan.FromMinutes(15),
                DeliveryMethod.Delivery => TimeSpan.FromHours(2),
                _ => TimeSpan.FromDays(1),
            },
            TotalMinor = lines.Sum(l => l.Item1.LineTotalMinor),
            PlacedBy = HistoryPlacedBy,
            Routing = new RoutingRecord
            {
                OriginLatitude = origin.Latitude,
                OriginLongitude = origin.Longitude,
                OriginKind = "history",
                DistanceMetres = Math.Round(GreatCircle.DistanceMetres(origin, location.Position)),
                Explanation = "Imported from order history.",
            },
        };
        order.Lines.AddRange(lines.Select(l => l.Item1));
        return new HistorySeed(order, location, customer, lines);
    }

    private static DeliveryMethod Method(SeedCsvRow row) => row.Text("method") switch
    {
        "pickup" => DeliveryMethod.Pickup,
        "delivery" => DeliveryMethod.Delivery,
        "technician-visit" => DeliveryMethod.TechnicianVisit,
        var other => throw row.Problem("method", $"\"{other}\" is not pickup, delivery or technician-visit"),
    };

    /// <summary>A technician visit is for services only, and (in history) at a location that offers them.</summary>
    private static void CheckVisit(SeedCsvRow row, DeliveryMethod method, IReadOnlyList<(CatalogItem Item, int Quantity)> items, IReadOnlyList<CatalogItem>? offered)
    {
        if (method != DeliveryMethod.TechnicianVisit)
        {
            return;
        }

        var goods = items.FirstOrDefault(i => i.Item.Kind != CatalogItemKind.Service).Item;
        if (goods is not null)
        {
            throw row.Problem("items", $"\"{goods.Sku}\" is goods; a technician visit is for services only");
        }

        var notOffered = offered is null ? null : items.FirstOrDefault(i => !offered.Contains(i.Item)).Item;
        if (notOffered is not null)
        {
            throw row.Problem("items", $"\"{notOffered.Sku}\" is not a service this location offers");
        }
    }
}
