namespace LocationBoards.Hub.Features.Email;

/// <summary>How the connection to the SMTP server is encrypted.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text (a relay on the same machine or network only).</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS (usually port 587); refused if the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,
}
