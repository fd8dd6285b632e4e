namespace LocationBoards.Hub.Features.Email;

/// <summary>Where the outbox sender puts messages.</summary>
public enum EmailTransportKind
{
    /// <summary>One .eml file per message in a folder (the default, so a fresh install shows its mail).</summary>
    PickupFolder,

    /// <summary>An SMTP server, through MailKit.</summary>
    Smtp,
}
