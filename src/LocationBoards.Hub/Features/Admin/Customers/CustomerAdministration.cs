using System.Security.Claims;
using LocationBoards.Core.Customers;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Dispatch;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Admin.Customers;

/// <summary>
/// The admin's customer records: found by name or by phone number (shown masked in the results), and one record with
/// contact details, the ledger with its balance, products owned, services held, past jobs and orders. The admin check
/// is made here, on the server, before anything is read.
/// </summary>
public sealed class CustomerAdministration(IDbContextFactory<AppDbContext> contexts, CustomerAccounts accounts)
{
    public const int MaxResults = 50;
    public const int MinSearchLength = 2;

    /// <summary>Customers whose first or last name starts with the words typed, or whose number holds the digits typed (3 or more).</summary>
    public async Task<IReadOnlyList<CustomerSearchRow>> SearchAsync(ClaimsPrincipal admin, string? text, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(admin);
        var query = text?.Trim() ?? string.Empty;
        if (query.Length < MinSearchLength)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customers = db.Customers.AsNoTracking();
        var digits = new string([.. query.Where(char.IsAsciiDigit)]);
        if (digits.Length >= 3 && digits.Length * 2 >= query.Count(c => !char.IsWhiteSpace(c)))
        {
            customers = customers.Where(c => c.Phones.Any(p => p.Number.Contains(digits)));
        }
        else
        {
            foreach (var word in query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3))
            {
                var pattern = $"{Escaped(word)}%";
                customers = customers.Where(c => EF.Functions.Like(c.FirstName, pattern, "\\") || EF.Functions.Like(c.LastName, pattern, "\\"));
            }
        }

        var found = await customers
            .OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id)
            .Take(MaxResults)
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.BillingAddress.City, c.BillingAddress.Postcode, Phones = c.Phones.Select(p => p.Number).ToList() })
            .ToListAsync(cancellationToken);
        var ids = found.Select(c => c.Id).ToList();
        var balances = await db.AccountEntries.Where(e => ids.Contains(e.CustomerId))
            .GroupBy(e => e.CustomerId).Select(g => new { g.Key, Balance = g.Sum(e => e.AmountMinor) })
            .ToDictionaryAsync(g => g.Key, g => g.Balance, cancellationToken);
        return [.. found.Select(c => new CustomerSearchRow(
            c.Id, $"{c.FirstName} {c.LastName}", string.Join(", ", c.Phones.Select(PhoneNumber.Mask)), $"{c.City} {c.Postcode}", balances.GetValueOrDefault(c.Id)))];
    }

    /// <summary>The whole record, or null when there is no such customer.</summary>
    public async Task<CustomerAccount?> RecordAsync(ClaimsPrincipal admin, int customerId, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(admin);
        return (await accounts.ForCustomerAsync(admin, customerId, cancellationToken))?.Account;
    }

    private static string Escaped(string word) => word.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}

/// <summary>A customer in the search results: the phone numbers masked (last four digits), the area, the balance.</summary>
public sealed record CustomerSearchRow(int CustomerId, string Name, string MaskedPhones, string Area, long BalanceMinor);
