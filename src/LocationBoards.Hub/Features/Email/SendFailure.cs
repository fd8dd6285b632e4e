using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace LocationBoards.Hub.Features.Email;

/// <summary>
/// Why an attempt failed, in words for the admin page, and whether trying again can help. Only a refusal of this
/// message itself is permanent (a 5xx for its recipient or content, an address that is not one); an unreachable
/// server, a refused login or sender (settings an admin can fix) and a 4xx are retried with back-off.
/// </summary>
public sealed record SendFailure(string Error, bool Permanent)
{
    public static SendFailure From(Exception exception, string where)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            UnsendableMessageException unsendable => new(unsendable.Message, Permanent: true),
            SmtpCommandException refused => new(
                $"The mail server refused the message ({(int)refused.StatusCode}, {Refusal(refused.ErrorCode)}): {refused.Message}",
                Permanent: IsAboutThisMessage(refused)),
            AuthenticationException login => new($"The mail server did not accept the login: {login.Message}", Permanent: false),
            SslHandshakeException tls => new($"No secure connection to {where}: {tls.Message}", Permanent: false),
            OperationCanceledException or TimeoutException => new($"{where} did not answer in time.", Permanent: false),
            SocketException or IOException or ProtocolException or ServiceNotConnectedException or ServiceNotAuthenticatedException =>
                new($"{where} could not be reached: {exception.Message}", Permanent: false),
            UnauthorizedAccessException => new($"{where} cannot be written: {exception.Message}", Permanent: false),
            _ => new($"Sending failed: {exception.GetType().Name}: {exception.Message}", Permanent: false),
        };
    }

    // A 5xx for the recipient or the content, or "too big" (552, which a server may give as early as MAIL FROM's SIZE);
    // not a 5xx for the sender, which is the same for every message and means the settings need fixing.
    private static bool IsAboutThisMessage(SmtpCommandException refused) =>
        (int)refused.StatusCode >= 500
        && (refused.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted
            || refused.StatusCode == SmtpStatusCode.ExceededStorageAllocation);

    private static string Refusal(SmtpErrorCode code) => code switch
    {
        SmtpErrorCode.RecipientNotAccepted => "recipient not accepted",
        SmtpErrorCode.SenderNotAccepted => "sender not accepted",
        SmtpErrorCode.MessageNotAccepted => "message not accepted",
        _ => "unexpected answer",
    };
}
