using System.Net.Mail;
using LocationBoards.Core.Email;

namespace LocationBoards.Hub.Features.Email;

/// <summary>How the outbox is sent. Bound from "Email".</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public const string DefaultFromAddress = "noreply@locationboards.example";

    public EmailTransportKind Transport { get; set; } = EmailTransportKind.PickupFolder;

    public string FromAddress { get; set; } = DefaultFromAddress;

    public string FromName { get; set; } = "LocationBoards";

    /// <summary>The folder of .eml files for the pickup-folder transport; relative paths are under the data directory.</summary>
    public string PickupFolder { get; set; } = "mail-pickup";

    public SmtpOptions Smtp { get; set; } = new();

    public OutboxRetryPolicy Retry { get; set; } = new();

    /// <summary>How often the sender looks for due messages besides being woken (back-offs ending, other nodes' messages).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many due messages one pass reads at a time.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Off only where something else drains the outbox by hand (a benchmark); messages then wait.</summary>
    public bool SenderEnabled { get; set; } = true;

    /// <summary>The right-hand side of new messages' Message-IDs: the sender address's domain.</summary>
    public string MessageIdDomain =>
        MailAddress.TryCreate(FromAddress?.Trim(), out var from) ? from.Host : new MailAddress(DefaultFromAddress).Host;

    /// <summary>What is wrong with the settings, in words for the start-up log; empty when they will do.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(FromAddress) || !MailAddress.TryCreate(FromAddress.Trim(), out _))
        {
            problems.Add($"Email:FromAddress must be an email address, e.g. {DefaultFromAddress}.");
        }

        if (FromName?.Any(char.IsControl) == true)
        {
            problems.Add("Email:FromName must be one line of text.");
        }

        if (!Enum.IsDefined(Transport))
        {
            problems.Add("Email:Transport must be PickupFolder or Smtp.");
        }
        else if (Transport == EmailTransportKind.PickupFolder && string.IsNullOrWhiteSpace(PickupFolder))
        {
            problems.Add("Email:PickupFolder must name a folder (relative paths are under the data directory), e.g. mail-pickup.");
        }
        else if (Transport == EmailTransportKind.Smtp)
        {
            problems.AddRange(SmtpProblems());
        }

        if (PollInterval < TimeSpan.FromMilliseconds(50) || PollInterval > TimeSpan.FromMinutes(10))
        {
            problems.Add("Email:PollInterval must be from 00:00:00.05 to 00:10:00.");
        }

        if (BatchSize is < 1 or > 1000)
        {
            problems.Add("Email:BatchSize must be from 1 to 1000.");
        }

        problems.AddRange(Retry.Problems());
        return problems;
    }

    private IEnumerable<string> SmtpProblems()
    {
        if (string.IsNullOrWhiteSpace(Smtp.Host))
        {
            yield return "Email:Smtp:Host must name the mail server when Email:Transport is Smtp, e.g. smtp.example.com.";
        }

        if (Smtp.Port is < 1 or > 65535)
        {
            yield return "Email:Smtp:Port must be from 1 to 65535 (usually 25, 587 with StartTls, 465 with SslOnConnect).";
        }

        if (!Enum.IsDefined(Smtp.Security))
        {
            yield return "Email:Smtp:Security must be None, StartTls or SslOnConnect.";
        }

        if (string.IsNullOrEmpty(Smtp.UserName) != string.IsNullOrEmpty(Smtp.Password))
        {
            yield return "Email:Smtp:UserName and Email:Smtp:Password go together: set both for a server that wants a login, or neither.";
        }

        if (Smtp.Timeout < TimeSpan.FromSeconds(1) || Smtp.Timeout > TimeSpan.FromMinutes(10))
        {
            yield return "Email:Smtp:Timeout must be from 00:00:01 to 00:10:00.";
        }
    }
}
