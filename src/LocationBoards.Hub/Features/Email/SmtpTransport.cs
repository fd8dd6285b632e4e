using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace LocationBoards.Hub.Features.Email;

/// <summary>Sends through an SMTP server with MailKit: one connection (and login) per pass, one message at a time.</summary>
public sealed class SmtpTransport(SmtpOptions options) : IMailTransport
{
    public string Description => $"SMTP server {options.Host}:{options.Port} ({options.Security})";

    public async Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Timeout);
            await client.ConnectAsync(options.Host ?? string.Empty, options.Port, SocketOptions(options.Security), timeout.Token);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, timeout.Token);
            }

            return new Session(client, options.Timeout);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };

    private sealed class Session(SmtpClient client, TimeSpan timeout) : IMailSession
    {
        public bool IsUsable => client.IsConnected;

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            await client.SendAsync(message, limit.Token);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    using var limit = new CancellationTokenSource(timeout);
                    await client.DisconnectAsync(quit: true, limit.Token);
                }
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or MailKit.ProtocolException or System.Net.Sockets.SocketException)
            {
                // The messages are handed over already; a connection that ends badly changes nothing.
            }
            finally
            {
                client.Dispose();
            }
        }
    }
}
