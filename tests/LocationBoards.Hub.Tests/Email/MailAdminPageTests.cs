using System.Net;
using LocationBoards.Core.Access;
using LocationBoards.Hub.Tests.Support;

namespace LocationBoards.Hub.Tests.Email;

/// <summary>The admin mail page as a browser first gets it (prerendered), and who may open it.</summary>
public class MailAdminPageTests
{
    [Fact]
    public async Task An_admin_sees_a_given_up_message_first_with_its_error_and_send_again()
    {
        await using var smtp = await LocalSmtpServer.StartAsync(maxMessageBytes: 20_000);
        using var hub = OutboxTestHub.Create(smtp);
        var written = await OutboxTestHub.WriteAsync(hub, 2, i => i == 2 ? new string('x', 60_000) : "A short message.");
        await OutboxTestHub.WaitForRowsAsync(hub, rows => rows.All(r => r.SentUtc is not null || r.FailedPermanently), "one is sent, one given up");
        var admin = await TestPeople.CreateAsync(hub.Services, Roles.Admin);
        using var client = BrowserLikeClient.Create(hub);
        await BrowserLikeClient.SignInAsync(client, admin.UserName!, TestPeople.Password);

        var page = await client.GetStringAsync(new Uri("/admin/mail", UriKind.Relative));

        var failedAt = page.IndexOf("Failed after 1 attempt", StringComparison.Ordinal);
        var sentAt = page.IndexOf("Sent 20", StringComparison.Ordinal);
        Assert.True(failedAt > 0 && sentAt > failedAt, "the failed message is listed, before the sent one");
        Assert.Contains("552", page, StringComparison.Ordinal);
        Assert.Contains("Send again", page, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(written[1].Subject), page, StringComparison.Ordinal);
        Assert.DoesNotContain("xxxxxxxxxx", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_who_is_not_an_admin_is_refused()
    {
        using var hub = OutboxTestHub.Create();
        var staff = await TestPeople.CreateAsync(hub.Services, Roles.Dispatcher);
        using var client = BrowserLikeClient.Create(hub);
        await BrowserLikeClient.SignInAsync(client, staff.UserName!, TestPeople.Password);

        var response = await client.GetAsync(new Uri("/admin/mail", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
