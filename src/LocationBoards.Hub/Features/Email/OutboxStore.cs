using LocationBoards.Core.Email;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Email;

/// <summary>
/// The sender's reads and writes of the outbox. A message is claimed by a conditional update that bumps its
/// <see cref="OutboxEmail.Version"/> and moves <see cref="OutboxEmail.NextAttemptUtc"/> past a lease: of two nodes
/// that read the same due message, only one claims it, and a node that dies holding a claim leaves the message due
/// again once the lease ends.
/// </summary>
public sealed class OutboxStore(IDbContextFactory<AppDbContext> contexts)
{
    /// <summary>Messages due at <paramref name="nowUtc"/>, longest waiting first (untracked).</summary>
    public async Task<List<OutboxEmail>> DueAsync(DateTime nowUtc, int count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutboxEmails.AsNoTracking()
            .Where(e => e.SentUtc == null && !e.FailedPermanently && e.NextAttemptUtc <= nowUtc)
            .OrderBy(e => e.NextAttemptUtc).ThenBy(e => e.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
    }

    /// <summary>When the next pending message is due, or null when none is pending.</summary>
    public async Task<DateTime?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutboxEmails
            .Where(e => e.SentUtc == null && !e.FailedPermanently)
            .MinAsync(e => (DateTime?)e.NextAttemptUtc, cancellationToken);
    }

    /// <summary>Claims the message as read (same version, still pending); on success the object carries the claim.</summary>
    public async Task<bool> TryClaimAsync(OutboxEmail email, DateTime nowUtc, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var id = email.Id;
        var version = email.Version;
        var leaseEnd = nowUtc + lease;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claimed = await db.OutboxEmails
            .Where(e => e.Id == id && e.Version == version && e.SentUtc == null && !e.FailedPermanently)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Version, version + 1).SetProperty(e => e.NextAttemptUtc, leaseEnd), cancellationToken);
        if (claimed != 1)
        {
            return false;
        }

        email.Version = version + 1;
        email.NextAttemptUtc = leaseEnd;
        return true;
    }

    /// <summary>
    /// Saves what <paramref name="record"/> does to a claimed message, if the claim still holds; false when another
    /// sender took the message after this claim's lease ended.
    /// </summary>
    public async Task<bool> RecordAsync(OutboxEmail claimed, Action<OutboxEmail> record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        ArgumentNullException.ThrowIfNull(record);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.OutboxEmails.Attach(claimed);
        record(claimed);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
