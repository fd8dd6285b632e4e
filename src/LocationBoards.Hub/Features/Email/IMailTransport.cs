using MimeKit;

namespace LocationBoards.Hub.Features.Email;

/// <summary>Where messages go: a pickup folder or an SMTP server. One session carries a pass's messages.</summary>
public interface IMailTransport
{
    /// <summary>A short description for the log, e.g. "SMTP server mail.example.com:587".</summary>
    string Description { get; }

    Task<IMailSession> OpenAsync(CancellationToken cancellationToken);
}

/// <summary>An open connection (or folder) that sends messages one at a time.</summary>
public interface IMailSession : IAsyncDisposable
{
    /// <summary>False once the connection broke: the next message needs a new session.</summary>
    bool IsUsable { get; }

    /// <summary>Returns once the message is handed over (the server accepted it, or the file is in place).</summary>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
