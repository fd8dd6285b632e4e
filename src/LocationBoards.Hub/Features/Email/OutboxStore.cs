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
    /// Records claimed messages as sent, each at its own time and only if its claim still holds, in one transaction
    /// (one durable commit for a run of messages instead of one each); returns those whose claim another sender had
    /// taken after its lease ended.
    /// </summary>
    public async Task<List<OutboxEmail>> RecordSentAsync(IReadOnlyList<(OutboxEmail Claimed, DateTime SentUtc)> sent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var lost = new List<OutboxEmail>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (email, sentUtc) in sent)
        {
            var (id, claimedVersion) = (email.Id, email.Version);
            OutboxDelivery.RecordSent(email, sentUtc);
            var recorded = await db.OutboxEmails
                .Where(e => e.Id == id && e.Version == claimedVersion)
                .ExecuteUpdateAsync(
                    set => set.SetProperty(e => e.SentUtc, email.SentUtc).SetProperty(e => e.LastError, email.LastError).SetProperty(e => e.Version, email.Version),
                    cancellationToken);
            if (recorded != 1)
            {
                lost.Add(email);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return lost;
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
