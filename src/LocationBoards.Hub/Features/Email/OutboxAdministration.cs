using System.Security.Claims;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Admin;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Email;

/// <summary>
/// The admin's side of the outbox: recent messages (failed first) and "send again" for a failed one. The admin check
/// is made here, on the server, before the store is read.
/// </summary>
public sealed class OutboxAdministration(
    IDbContextFactory<AppDbContext> contexts, OutboxSignal signal, OutboxActivity activity, TimeProvider clock)
{
    public const int MaxRows = 200;

    /// <summary>Failed messages first, then retrying, waiting and sent, each newest first; at most <see cref="MaxRows"/> of each.</summary>
    public async Task<IReadOnlyList<OutboxMessageRow>> RecentAsync(ClaimsPrincipal admin, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(admin);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var failed = await Rows(db.OutboxEmails.Where(e => e.SentUtc == null && e.FailedPermanently)).ToListAsync(cancellationToken);
        var others = await Rows(db.OutboxEmails.Where(e => e.SentUtc != null || !e.FailedPermanently)).ToListAsync(cancellationToken);
        return [.. failed.Concat(others).OrderBy(r => r.State switch
        {
            OutboxMessageState.Failed => 0,
            OutboxMessageState.Retrying => 1,
            OutboxMessageState.Waiting => 2,
            _ => 3,
        }).ThenByDescending(r => r.Id)];
    }

    /// <summary>Gives a failed message a fresh set of attempts, due now; false when it is not failed (any more).</summary>
    public async Task<bool> SendAgainAsync(ClaimsPrincipal admin, long id, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(admin);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reset = await db.OutboxEmails
            .Where(e => e.Id == id && e.SentUtc == null && e.FailedPermanently)
            .ExecuteUpdateAsync(set => set
                .SetProperty(e => e.FailedPermanently, false)
                .SetProperty(e => e.Attempts, 0)
                .SetProperty(e => e.LastError, (string?)null)
                .SetProperty(e => e.NextAttemptUtc, now)
                .SetProperty(e => e.Version, e => e.Version + 1), cancellationToken);
        if (reset == 1)
        {
            activity.Raise();
            signal.Notify();
        }

        return reset == 1;
    }

    private static IQueryable<OutboxMessageRow> Rows(IQueryable<Core.Email.OutboxEmail> emails) => emails
        .OrderByDescending(e => e.Id)
        .Take(MaxRows)
        .Select(e => new OutboxMessageRow
        {
            Id = e.Id,
            ToAddress = e.ToAddress,
            ToName = e.ToName,
            Subject = e.Subject,
            Kind = e.Kind,
            CreatedUtc = e.CreatedUtc,
            Attempts = e.Attempts,
            NextAttemptUtc = e.NextAttemptUtc,
            SentUtc = e.SentUtc,
            FailedPermanently = e.FailedPermanently,
            LastError = e.LastError,
        });
}
