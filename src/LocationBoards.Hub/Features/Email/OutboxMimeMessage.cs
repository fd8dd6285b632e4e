using LocationBoards.Core.Email;
using MimeKit;

namespace LocationBoards.Hub.Features.Email;

/// <summary>
/// An outbox row as a MIME message: its stored Message-ID and creation date (so a repeat is the same message),
/// plain text and HTML as multipart/alternative.
/// </summary>
public static class OutboxMimeMessage
{
    /// <exception cref="UnsendableMessageException">The recipient's address is not an email address.</exception>
    public static MimeMessage From(OutboxEmail email, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(options);
        var message = new MimeMessage
        {
            MessageId = email.MessageId.Trim().TrimStart('<').TrimEnd('>'),
            Date = new DateTimeOffset(DateTime.SpecifyKind(email.CreatedUtc, DateTimeKind.Utc)),
            Subject = email.Subject,
        };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress.Trim()));
        if (!System.Net.Mail.MailAddress.TryCreate(email.ToAddress?.Trim(), out var to) || !string.IsNullOrEmpty(to.DisplayName))
        {
            throw new UnsendableMessageException($"\"{email.ToAddress}\" is not an email address.");
        }

        message.To.Add(new MailboxAddress(email.ToName, to.Address));
        message.Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody();
        return message;
    }
}
