using LocationBoards.Core.Geography;
using LocationBoards.SeedGenerator.Business;
using LocationBoards.SeedGenerator.People;

namespace LocationBoards.SeedGenerator.History;

/// <summary>
/// Twelve months of orders with a habit per customer, so that each one's "usual" differs: weekly regulars with
/// the same two or three things, fortnightly delivery baskets, occasional shoppers with favourites, people who
/// changed habits (bought X five times a year ago, Y three or four times last month), rare visitors; plus
/// appliance purchases, services for owned appliances and filter refills.
/// </summary>
internal sealed class HistoryFactory(Random random, HistoryRouter router, TimeZoneInfo timeZone)
{
    /// <summary>The first day of the year of history; the last is 364 days later (the loader shifts it to end yesterday).</summary>
    public static readonly DateOnly FirstDay = new(2025, 11, 21);

    private const int Days = 365;

    private static readonly string[] Staples =
    [
        "COF-HOUSE-250", "COF-DECAF-250", "COF-ESP-500", "COF-ETH-250", "COF-GROUND-340", "COF-COLD-1L", "TEA-EARL-50", "TEA-GREEN-50",
        "TEA-CHAI-500", "BAK-SOUR-LOAF", "BAK-RYE-LOAF", "BAK-BAGUETTE", "BAK-CROISSANT", "BAK-PAIN-CHOC", "BAK-MUFFIN-BB",
        "BAK-SCONE-MARION", "BAK-BAGEL-6", "BAK-GF-LOAF", "DRK-OAT-1L", "DRK-ALMOND-1L", "DRK-MILK-HG", "DRK-CREAM-PT", "DRK-OJ-1L",
        "DRK-KOMBUCHA", "DRK-YOGURT-32", "DRK-EGGS-12",
    ];

    private static readonly string[] Basket = [.. CatalogPlan.All
        .Where(i => i.Category is CatalogPlan.Pantry or CatalogPlan.Household or CatalogPlan.Dairy)
        .Select(i => i.Sku)];

    private static readonly string[] Everyday = [.. CatalogPlan.All.Where(i => !i.IsService && !i.IsAppliance && !i.IsPart).Select(i => i.Sku)];

    public List<OrderPlan> Create(IEnumerable<CustomerPlan> customers)
    {
        var orders = new List<OrderPlan>();
        foreach (var customer in customers)
        {
            var channel = customer.PrefersPerson ? "phone" : Pick(["kiosk", "kiosk", "kiosk", "phone", "web", "web"]);
            var habit = random.NextDouble();
            if (habit < 0.30)
            {
                Weekly(customer, channel, orders);
            }
            else if (habit < 0.45)
            {
                Fortnightly(customer, channel, orders);
            }
            else if (habit < 0.75)
            {
                Occasional(customer, channel, orders, random.Next(6, 16), Favourites(5), 0, Days);
            }
            else if (habit < 0.90)
            {
                Changed(customer, channel, orders);
            }
            else
            {
                Occasional(customer, channel, orders, random.Next(1, 4), Favourites(3), 0, Days);
            }

            Appliances(customer, channel, orders);
        }

        return [.. orders.OrderBy(o => o.PlacedUtc).ThenBy(o => o.CustomerRef, StringComparer.Ordinal)];
    }

    private void Weekly(CustomerPlan customer, string channel, List<OrderPlan> orders)
    {
        var staples = Favourites(random.Next(2, 4)).Select(sku => (sku, random.NextDouble() < 0.3 ? 2 : 1)).ToList();
        var weekday = random.Next(7);
        var hour = random.Next(7, 20);
        var method = random.NextDouble() < 0.85 ? "pickup" : "delivery";
        for (var day = weekday; day < Days; day += 7)
        {
            if (random.NextDouble() < 0.8)
            {
                var items = new List<(string, int)>(staples);
                var extra = random.NextDouble() < 0.15 ? Pick(Everyday) : null;
                if (extra is not null && !items.Exists(i => i.Item1 == extra))
                {
                    items.Add((extra, 1));
                }

                Place(customer, channel, orders, day + (random.NextDouble() < 0.3 ? random.Next(-1, 2) : 0), hour, method, items);
            }
        }
    }

    private void Fortnightly(CustomerPlan customer, string channel, List<OrderPlan> orders)
    {
        var basket = Basket.OrderBy(_ => random.Next()).Take(random.Next(4, 7)).ToList();
        var method = random.NextDouble() < 0.9 ? "delivery" : "pickup";
        for (var day = random.Next(14); day < Days; day += 14)
        {
            if (random.NextDouble() < 0.9)
            {
                var items = basket.OrderBy(_ => random.Next()).Take(random.Next(3, basket.Count + 1)).Select(sku => (sku, random.Next(1, 3))).ToList();
                Place(customer, channel, orders, day + random.Next(-2, 3), random.Next(8, 19), method, items);
            }
        }
    }

    private void Occasional(CustomerPlan customer, string channel, List<OrderPlan> orders, int count, List<string> favourites, int fromDay, int toDay)
    {
        int[] weights = [5, 3, 2, 1, 1];
        for (var i = 0; i < count; i++)
        {
            var items = new List<(string, int)>();
            for (var line = random.Next(1, 4); line > 0; line--)
            {
                var roll = random.Next(weights.Take(favourites.Count).Sum());
                var pick = 0;
                while ((roll -= weights[pick]) >= 0)
                {
                    pick++;
                }

                if (!items.Exists(x => x.Item1 == favourites[pick]))
                {
                    items.Add((favourites[pick], random.Next(1, 3)));
                }
            }

            Place(customer, channel, orders, random.Next(fromDay, toDay), random.Next(7, 21), random.NextDouble() < 0.75 ? "pickup" : "delivery", items);
        }
    }

    /// <summary>Bought X about five times a year ago, then Y three or four times in the last month.</summary>
    private void Changed(CustomerPlan customer, string channel, List<OrderPlan> orders)
    {
        var favourites = Favourites(4);
        for (var i = 0; i < 5; i++)
        {
            Place(customer, channel, orders, random.Next(0, 100), random.Next(7, 20), "pickup", [(favourites[0], 1)]);
        }

        Occasional(customer, channel, orders, random.Next(2, 5), [favourites[2], favourites[3]], 100, Days - 30);
        for (var i = random.Next(3, 5); i > 0; i--)
        {
            Place(customer, channel, orders, random.Next(Days - 30, Days), random.Next(7, 20), "pickup", [(favourites[1], 1)]);
        }
    }

    private void Appliances(CustomerPlan customer, string channel, List<OrderPlan> orders)
    {
        foreach (var owned in customer.Owns)
        {
            var since = Math.Max(0, owned.AcquiredOn.DayNumber - FirstDay.DayNumber);
            if (since > 0 && since < Days)
            {
                Place(customer, channel, orders, since, random.Next(9, 19), "pickup", [(owned.Sku, 1)]);
            }

            if (since >= Days - 20)
            {
                continue;
            }

            string? service = owned.Sku switch
            {
                "APL-KETTLE" or "APL-DRIP" or "APL-GOOSENECK" => random.NextDouble() < 0.6 ? "SRV-DESCALE" : null,
                "APL-ESPRESSO" => random.NextDouble() < 0.6 ? "SRV-ESP-SERVICE" : "SRV-DESCALE",
                "APL-GRINDER" => random.NextDouble() < 0.5 ? "SRV-GRINDER-TUNE" : null,
                _ => random.NextDouble() < 0.15 ? "SRV-REPAIR-VISIT" : null,
            };
            if (service is not null)
            {
                var method = CatalogPlan.Get(service).IsVisit ? "technician-visit" : "pickup";
                Place(customer, channel, orders, random.Next(since + 10, Days), random.Next(8, 18), method, [(service, 1)]);
            }

            if (owned.Sku == "APL-PITCHER")
            {
                for (var day = since + random.Next(40, 70); day < Days; day += random.Next(55, 80))
                {
                    Place(customer, channel, orders, day, random.Next(8, 20), "pickup", [("PRT-FILTER-PITCHER", 1)]);
                }
            }
        }
    }

    private void Place(CustomerPlan customer, string channel, List<OrderPlan> orders, int day, int hour, string method, List<(string Sku, int Quantity)> items)
    {
        if (items.Count == 0 || day < 0 || day >= Days)
        {
            return;
        }

        var local = FirstDay.AddDays(day).ToDateTime(new TimeOnly(hour, random.Next(0, 12) * 5));
        var placedUtc = TimeZoneInfo.ConvertTimeToUtc(local, timeZone);
        var home = new GeoPoint(customer.Home.Latitude, customer.Home.Longitude);
        var location = router.Route(home, method, items, placedUtc);
        if (location is null)
        {
            return;
        }

        var payment = method switch
        {
            "pickup" => random.NextDouble() < 0.7 ? "pay-at-pickup" : "charge-to-account",
            _ => random.NextDouble() < 0.6 ? "pay-on-delivery" : "charge-to-account",
        };
        orders.Add(new OrderPlan(placedUtc, customer.Ref, location.Code, method, payment, channel, items));
    }

    private List<string> Favourites(int count) => [.. Staples.OrderBy(_ => random.Next()).Take(count)];

    private string Pick(string[] items) => items[random.Next(items.Length)];
}
