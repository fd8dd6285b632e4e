using System.Globalization;
using LocationBoards.Core.Email;

namespace LocationBoards.Hub.Features.Email;

/// <summary>The admin mail page's words for kinds and states.</summary>
public static class OutboxWords
{
    public static string Of(OutboxEmailKind kind) => kind switch
    {
        OutboxEmailKind.SaleToSupervisor => "Sale, to the supervisor",
        OutboxEmailKind.SaleToSalesDivision => "Sale, to the sales division",
        _ => kind.ToString(),
    };

    /// <summary>E.g. "Sent 2026-11-25 20:01 UTC", "Retrying: attempt 3 failed, next try 20:05 UTC".</summary>
    public static string Status(OutboxMessageRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.State switch
        {
            OutboxMessageState.Sent => $"Sent {Utc(row.SentUtc!.Value)}",
            OutboxMessageState.Failed => $"Failed after {Attempts(row.Attempts)}",
            OutboxMessageState.Retrying => $"Retrying: attempt {row.Attempts} failed, next try {Utc(row.NextAttemptUtc)}",
            _ => "Waiting to be sent",
        };
    }

    public static string Icon(OutboxMessageState state) => state switch
    {
        OutboxMessageState.Sent => "mark_email_read",
        OutboxMessageState.Failed => "error",
        OutboxMessageState.Retrying => "schedule_send",
        _ => "hourglass_empty",
    };

    /// <summary>The tone of the shared state pill (app.css).</summary>
    public static string Tone(OutboxMessageState state) => state switch
    {
        OutboxMessageState.Sent => "ok",
        OutboxMessageState.Failed => "danger",
        OutboxMessageState.Retrying => "warning",
        _ => "neutral",
    };

    public static string Utc(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    private static string Attempts(int count) => count == 1 ? "1 attempt" : $"{count} attempts";
}
