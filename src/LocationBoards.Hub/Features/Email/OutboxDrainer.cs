using LocationBoards.Core.Email;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LocationBoards.Hub.Features.Email;

/// <summary>
/// Sends what is due in the outbox: each message claimed, handed to the transport with its stored Message-ID, then
/// recorded as sent, or as failed with the retry policy's back-off (given up after the last attempt or a permanent
/// refusal). Sent messages are recorded together, up to <see cref="SentRecordedTogether"/> in one commit, and always
/// before half of a claim's lease has gone, before the pass ends and when it stops. Cancellation stops between
/// messages, never during one, so a hub that stops never leaves a message handed over but unrecorded; only a crash
/// can, and then the message is sent again with the same Message-ID after its lease (at least once, as promised).
/// </summary>
public sealed partial class OutboxDrainer(
    OutboxStore store, IMailTransport transport, IOptions<EmailOptions> options, TimeProvider clock, OutboxActivity activity,
    ILogger<OutboxDrainer> logger)
{
    /// <summary>How many sent messages one commit records at most (a commit each cost the drain half its time).</summary>
    public const int SentRecordedTogether = 20;

    /// <summary>Sends every message due now, batch after batch, until none is left (or another node has the rest).</summary>
    public async Task<OutboxDrainResult> DrainDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var total = default(OutboxDrainResult);
        while (!cancellationToken.IsCancellationRequested)
        {
            var due = await store.DueAsync(Now, settings.BatchSize, cancellationToken);
            if (due.Count == 0)
            {
                break;
            }

            var pass = await SendAsync(due, settings, cancellationToken);
            total += pass;
            if (pass.Handled > 0)
            {
                activity.Raise();
            }

            if (due.Count < settings.BatchSize || pass.Handled == 0)
            {
                break;
            }
        }

        return total;
    }

    /// <summary>How long until the next pending message is due (zero when one is due now), or null when none is pending.</summary>
    public async Task<TimeSpan?> TimeUntilNextDueAsync(CancellationToken cancellationToken)
    {
        var next = await store.NextDueAsync(cancellationToken);
        return next is { } due ? DateTime.SpecifyKind(due, DateTimeKind.Utc) - Now : null;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<OutboxDrainResult> SendAsync(List<OutboxEmail> due, EmailOptions settings, CancellationToken cancellationToken)
    {
        // Long enough for a connect and a send that take their full timeouts, so a live claim never runs out.
        var lease = settings.Smtp.Timeout * 3 + TimeSpan.FromSeconds(30);
        var result = default(OutboxDrainResult);
        var sent = new List<(OutboxEmail Claimed, DateTime SentUtc)>(SentRecordedTogether);
        IMailSession? session = null;
        SendFailure? unreachable = null;
        try
        {
            foreach (var email in due)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                if (!await store.TryClaimAsync(email, Now, lease, CancellationToken.None))
                {
                    continue;
                }

                if (unreachable is null && session is not { IsUsable: true })
                {
                    (session, unreachable) = await ReopenAsync(session);
                }

                var failure = unreachable ?? await TrySendAsync(session!, email, settings);
                if (failure is not null)
                {
                    result += await RecordFailureAsync(email, failure, settings.Retry);
                    continue;
                }

                sent.Add((email, Now));
                if (sent.Count >= SentRecordedTogether || Now >= sent[0].Claimed.NextAttemptUtc - (lease / 2))
                {
                    result += await RecordSentAsync(sent);
                }
            }
        }
        finally
        {
            try
            {
                result += await RecordSentAsync(sent);
            }
            finally
            {
                if (session is not null)
                {
                    await session.DisposeAsync();
                }
            }
        }

        return result;
    }

    private async Task<(IMailSession? Session, SendFailure? Unreachable)> ReopenAsync(IMailSession? broken)
    {
        if (broken is not null)
        {
            await broken.DisposeAsync();
        }

        try
        {
            return (await transport.OpenAsync(CancellationToken.None), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The rest of this pass gets the same answer: each message is tried again after its back-off.
            var failure = SendFailure.From(ex, transport.Description);
            LogUnreachable(failure.Error);
            return (null, failure);
        }
    }

    private async Task<SendFailure?> TrySendAsync(IMailSession session, OutboxEmail email, EmailOptions settings)
    {
        try
        {
            MimeMessage message = OutboxMimeMessage.From(email, settings);
            await session.SendAsync(message, CancellationToken.None);
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return SendFailure.From(ex, transport.Description);
        }
    }

    /// <summary>Records the messages sent so far (their claims still holding) and empties the list.</summary>
    private async Task<OutboxDrainResult> RecordSentAsync(List<(OutboxEmail Claimed, DateTime SentUtc)> sent)
    {
        if (sent.Count == 0)
        {
            return default;
        }

        foreach (var lost in await store.RecordSentAsync(sent, CancellationToken.None))
        {
            LogClaimLost(lost.Id, lost.MessageId);
        }

        var recorded = new OutboxDrainResult(sent.Count, 0);
        sent.Clear();
        return recorded;
    }

    private async Task<OutboxDrainResult> RecordFailureAsync(OutboxEmail email, SendFailure failure, OutboxRetryPolicy policy)
    {
        var nowUtc = Now;
        if (!await store.RecordAsync(email, e => OutboxDelivery.RecordFailure(e, failure.Error, nowUtc, policy, failure.Permanent), CancellationToken.None))
        {
            LogClaimLost(email.Id, email.MessageId);
        }
        else if (email.FailedPermanently)
        {
            LogGivenUp(email.Id, email.MessageId, email.Attempts, email.LastError);
        }
        else
        {
            LogRetrying(email.Id, email.Attempts, email.NextAttemptUtc, email.LastError);
        }

        return new OutboxDrainResult(0, 1);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email could not be sent: {Error}")]
    private partial void LogUnreachable(string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {Id} failed attempt {Attempts}, next try at {NextAttemptUtc:u}: {Error}")]
    private partial void LogRetrying(long id, int attempts, DateTime nextAttemptUtc, string? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Email {Id} ({MessageId}) given up after {Attempts} attempt(s): {Error}")]
    private partial void LogGivenUp(long id, string messageId, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {Id} ({MessageId}) was handled after its claim ran out; another sender may send it again with the same Message-ID")]
    private partial void LogClaimLost(long id, string messageId);
}
