namespace LocationBoards.Hub.Features.Email;

/// <summary>The SMTP server the sender uses when "Email:Transport" is Smtp. Bound from "Email:Smtp".</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Set with <see cref="Password"/> when the server wants a login; empty for none.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>How long one connect, login or send may take before it counts as a failed attempt.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
