using LocationBoards.Core.Customers;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>
/// Finds customers for a new field job by one of their phone numbers (any common way of writing it) or by a part
/// of their name; a few at most, with their delivery addresses and the products they own. Also the skill codes in use.
/// </summary>
public sealed class CustomerFinder(IDbContextFactory<AppDbContext> contexts)
{
    public const int MaxFound = 10;

    public async Task<IReadOnlyList<CustomerChoice>> SearchAsync(string? text, CancellationToken cancellationToken)
    {
        var wanted = text?.Trim() ?? string.Empty;
        if (wanted.Length < 2 || wanted.Length > 100)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        IQueryable<Customer> query = db.Customers.AsNoTracking();
        if (PhoneNumber.TryNormalise(wanted, out var number))
        {
            query = query.Where(c => c.Phones.Any(p => p.Number == number));
        }
        else
        {
            var pattern = $"%{wanted.Replace("%", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal)}%";
            query = query.Where(c => EF.Functions.Like(c.FirstName + " " + c.LastName, pattern));
        }

        var found = await query.OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id).Take(MaxFound)
            .Include(c => c.Phones).Include(c => c.DeliveryAddresses).Include(c => c.OwnedProducts)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var itemIds = found.SelectMany(c => c.OwnedProducts).Select(p => p.CatalogItemId).Distinct().ToList();
        var names = await db.CatalogItems.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        return [.. found.Select(c => new CustomerChoice(
            c.Id,
            c.FullName,
            [.. c.Phones.Select(p => p.Number)],
            [.. c.DeliveryAddresses.OrderBy(a => a.Id).Select(a => new CustomerChoice.Place(a.Id, a.Label, a.Address.ToString()))],
            [.. c.OwnedProducts.OrderBy(p => p.Id).Select(p => new CustomerChoice.Product(p.Id, names.GetValueOrDefault(p.CatalogItemId, "Unknown product"), p.SerialNumber))]))];
    }

    /// <summary>The skill codes technicians have, for the new-job form to offer.</summary>
    public async Task<IReadOnlyList<string>> SkillsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var skills = await db.TechnicianSkills.AsNoTracking().Select(s => s.Skill).Distinct().ToListAsync(cancellationToken);
        return [.. skills.Select(s => s.Trim().ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal)];
    }
}
