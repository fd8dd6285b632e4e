namespace LocationBoards.Hub.Features.Email;

/// <summary>Where an outbox message stands, as the admin page shows it.</summary>
public enum OutboxMessageState
{
    /// <summary>Not tried yet (or sent again by an admin).</summary>
    Waiting,

    /// <summary>Tried and failed; tried again after its back-off.</summary>
    Retrying,

    /// <summary>Given up: too many attempts or a permanent refusal.</summary>
    Failed,

    Sent,
}
