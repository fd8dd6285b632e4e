using System.Net.Sockets;
using LocationBoards.Hub.Features.Email;
using MailKit.Net.Smtp;

namespace LocationBoards.Hub.Tests.Email;

/// <summary>Which failures give a message up at once and which are retried.</summary>
public class SendFailureTests
{
    [Theory]
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, true)]
    [InlineData(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.TransactionFailed, true)]
    [InlineData(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.ExceededStorageAllocation, true)]
    [InlineData(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.MailboxUnavailable, false)]
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy, false)]
    [InlineData(SmtpErrorCode.UnexpectedStatusCode, SmtpStatusCode.AuthenticationRequired, false)]
    public void Only_a_5xx_about_this_message_gives_it_up(SmtpErrorCode code, SmtpStatusCode status, bool permanent)
    {
        var failure = SendFailure.From(new SmtpCommandException(code, status, "refused"), "SMTP server mail.example.com:25");

        Assert.Equal(permanent, failure.Permanent);
        Assert.Contains($"({(int)status}", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_server_is_retried_and_named()
    {
        var failure = SendFailure.From(new SocketException((int)SocketError.ConnectionRefused), "SMTP server mail.example.com:25");

        Assert.False(failure.Permanent);
        Assert.StartsWith("SMTP server mail.example.com:25 could not be reached", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recipient_that_is_not_an_address_is_given_up()
    {
        var email = Core.Email.OutboxDelivery.Create(
            Core.Email.OutboxEmailKind.SaleToSupervisor, "not an address", null, "Sale 1", "text", "<p>html</p>", DateTime.UtcNow, "example.com");

        var thrown = Assert.Throws<UnsendableMessageException>(() => OutboxMimeMessage.From(email, new EmailOptions()));

        Assert.True(SendFailure.From(thrown, "pickup folder").Permanent);
    }
}
