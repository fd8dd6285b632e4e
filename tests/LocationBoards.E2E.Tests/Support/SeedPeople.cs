using LocationBoards.Core.Ordering;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.E2E.Tests.Support;

/// <summary>Finds people in the demo data that fit a journey: a regular with history on their own number, a shared household number.</summary>
public static class SeedPeople
{
    public static async Task<(string Phone, string FirstName)> RegularWithOwnNumberAsync(LiveHub hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        await using var db = await hub.Store.CreateDbContextAsync();
        var shared = await db.CustomerPhones.GroupBy(p => p.Number).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync();
        var regular = await db.Customers
            .Where(c => !c.PrefersPerson && db.Orders.Count(o => o.CustomerId == c.Id && o.DeliveryMethod == DeliveryMethod.Pickup) >= 3)
            .Select(c => new { c.Id, c.FirstName, Phone = c.Phones.Where(p => !shared.Contains(p.Number)).Select(p => p.Number).FirstOrDefault() })
            .Where(c => c.Phone != null)
            .OrderBy(c => c.Id)
            .Skip(1)
            .FirstAsync();
        return (NationalDigits(regular.Phone!), regular.FirstName);
    }

    public static async Task<(string Phone, IReadOnlyList<string> FirstNames)> HouseholdAsync(LiveHub hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        await using var db = await hub.Store.CreateDbContextAsync();
        var number = await db.CustomerPhones.GroupBy(p => p.Number).Where(g => g.Count() > 1).OrderBy(g => g.Key).Select(g => g.Key).FirstAsync();
        var names = await db.Customers.Where(c => c.Phones.Any(p => p.Number == number)).OrderBy(c => c.FirstName).Select(c => c.FirstName).ToListAsync();
        return (NationalDigits(number), names);
    }

    public static async Task<int> LocationIdAsync(LiveHub hub, string code)
    {
        ArgumentNullException.ThrowIfNull(hub);
        await using var db = await hub.Store.CreateDbContextAsync();
        return await db.Locations.Where(l => l.Code == code).Select(l => l.Id).SingleAsync();
    }

    /// <summary>"+15035550142" as typed on the keypad: "5035550142".</summary>
    public static string NationalDigits(string e164) => e164.StartsWith("+1", StringComparison.Ordinal) ? e164[2..] : e164.TrimStart('+');
}
