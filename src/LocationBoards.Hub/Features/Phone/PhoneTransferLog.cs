using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Phone;

/// <summary>The calls handed to a person, newest first, for admins now and the support console later.</summary>
public sealed class PhoneTransferLog(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<IReadOnlyList<PhoneTransferRow>> RecentAsync(int count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.PhoneTransfers.AsNoTracking()
            .OrderByDescending(t => t.TransferredUtc)
            .Take(count)
            .GroupJoin(db.Customers, t => t.CustomerId, c => c.Id, (t, customers) => new { t, customers })
            .SelectMany(x => x.customers.DefaultIfEmpty(), (x, c) => new { x.t.TransferredUtc, x.t.Caller, First = c == null ? null : c.FirstName, Last = c == null ? null : c.LastName, x.t.Reason })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new PhoneTransferRow(r.TransferredUtc, r.Caller, r.First is null ? null : $"{r.First} {r.Last}", r.Reason))];
    }
}
