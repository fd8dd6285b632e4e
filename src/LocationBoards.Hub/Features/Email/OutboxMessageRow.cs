using LocationBoards.Core.Email;

namespace LocationBoards.Hub.Features.Email;

/// <summary>One message on the admin mail page: who it is to, what it is, and where it stands (never its body).</summary>
public sealed record OutboxMessageRow
{
    public required long Id { get; init; }

    public required string ToAddress { get; init; }

    public string? ToName { get; init; }

    public required string Subject { get; init; }

    public required OutboxEmailKind Kind { get; init; }

    public required DateTime CreatedUtc { get; init; }

    public required int Attempts { get; init; }

    public required DateTime NextAttemptUtc { get; init; }

    public DateTime? SentUtc { get; init; }

    public bool FailedPermanently { get; init; }

    public string? LastError { get; init; }

    public OutboxMessageState State =>
        SentUtc is not null ? OutboxMessageState.Sent
        : FailedPermanently ? OutboxMessageState.Failed
        : Attempts > 0 ? OutboxMessageState.Retrying
        : OutboxMessageState.Waiting;

    public string Recipient => ToName is null ? ToAddress : $"{ToName} <{ToAddress}>";
}
