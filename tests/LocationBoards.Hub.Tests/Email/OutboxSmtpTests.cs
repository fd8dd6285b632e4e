using LocationBoards.Core.Email;
using LocationBoards.Hub.Features.Email;
using LocationBoards.Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LocationBoards.Hub.Tests.Email;

/// <summary>The outbox sender against a real SMTP server (aiosmtpd) that the test starts, stops and starts again.</summary>
public class OutboxSmtpTests
{
    [Fact]
    public async Task Each_message_arrives_once_with_its_message_id_and_both_text_and_html()
    {
        await using var smtp = await LocalSmtpServer.StartAsync();
        using var hub = OutboxTestHub.Create(smtp);
        var written = await OutboxTestHub.WriteAsync(hub, 3);

        var rows = await OutboxTestHub.WaitForRowsAsync(hub, OutboxTestHub.AllSent, "every message is sent");
        var drainedAgain = await hub.Services.GetRequiredService<OutboxDrainer>().DrainDueAsync(CancellationToken.None);

        Assert.Equal(0, drainedAgain.Handled);
        Assert.All(rows, r => Assert.Equal((0, null), (r.Attempts, r.LastError)));
        var received = smtp.Messages();
        Assert.Equal(written.Select(e => Bare(e.MessageId)).Order(), received.Select(m => m.MessageId).Order());
        foreach (var email in written)
        {
            var message = Assert.Single(received, m => m.MessageId == Bare(email.MessageId));
            Assert.Equal(email.Subject, message.Subject);
            Assert.Equal(email.ToAddress, Assert.Single(message.To.Mailboxes).Address);
            Assert.Equal(EmailOptions.DefaultFromAddress, Assert.Single(message.From.Mailboxes).Address);
            Assert.Equal(email.ToAddress, message.Headers["X-RcptTo"]?.Trim());
            var alternative = Assert.IsType<MultipartAlternative>(message.Body);
            Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
            Assert.Equal(email.TextBody, message.TextBody!.TrimEnd('\r', '\n').ReplaceLineEndings("\n"));
            Assert.Equal(email.HtmlBody, message.HtmlBody!.TrimEnd('\r', '\n').ReplaceLineEndings("\n"));
        }
    }

    [Fact]
    public async Task With_the_server_down_messages_are_retried_and_arrive_once_after_it_comes_back()
    {
        await using var smtp = await LocalSmtpServer.StartAsync();
        await smtp.StopAsync();
        using var hub = OutboxTestHub.Create(smtp);
        var written = await OutboxTestHub.WriteAsync(hub, 2);

        var retrying = await OutboxTestHub.WaitForRowsAsync(
            hub, rows => rows.All(r => r.Attempts >= 2), "each message has failed twice while the server is down");
        Assert.All(retrying, r => Assert.Equal((null, false), (r.SentUtc, r.FailedPermanently)));
        Assert.All(retrying, r => Assert.Contains("could not be reached", r.LastError, StringComparison.Ordinal));
        var admin = await hub.Services.GetRequiredService<OutboxAdministration>().RecentAsync(AdminTestServices.Admin(), CancellationToken.None);
        Assert.All(admin, row => Assert.Equal(OutboxMessageState.Retrying, row.State));

        await smtp.StartAgainAsync();
        var sent = await OutboxTestHub.WaitForRowsAsync(hub, OutboxTestHub.AllSent, "every message is sent after the server is back");

        Assert.All(sent, r => Assert.Null(r.LastError));
        Assert.Equal(written.Select(e => Bare(e.MessageId)).Order(), smtp.Messages().Select(m => m.MessageId).Order());
    }

    [Fact]
    public async Task Across_a_hub_restart_in_the_middle_of_sending_nothing_is_sent_twice_and_nothing_is_lost()
    {
        await using var smtp = await LocalSmtpServer.StartAsync();
        using var data = new TestDirectory("outbox-restart");
        IReadOnlyList<OutboxEmail> beforeRestart;
        IReadOnlyList<OutboxEmail> duringOutage;
        using (var first = OutboxTestHub.Create(smtp, data.Path))
        {
            beforeRestart = await OutboxTestHub.WriteAsync(first, 40);
            await OutboxTestHub.WaitForRowsAsync(first, rows => rows.Any(r => r.SentUtc is not null), "the first hub has begun sending");
        }

        await smtp.StopAsync();
        using (var second = OutboxTestHub.Create(smtp, data.Path))
        {
            duringOutage = await OutboxTestHub.WriteAsync(second, 3);
            await OutboxTestHub.WaitForRowsAsync(
                second, rows => rows.Where(r => r.SentUtc is null).All(r => r.Attempts >= 1), "the second hub has tried the rest while the server is down");
        }

        await smtp.StartAgainAsync();
        using var third = OutboxTestHub.Create(smtp, data.Path);
        third.Services.GetRequiredService<OutboxSignal>().Notify();
        var rows = await OutboxTestHub.WaitForRowsAsync(third, OutboxTestHub.AllSent, "the third hub has sent everything");

        Assert.Equal(43, rows.Count);
        var expected = beforeRestart.Concat(duringOutage).Select(e => Bare(e.MessageId)).Order().ToList();
        Assert.Equal(expected, smtp.Messages().Select(m => m.MessageId).Order());
    }

    [Fact]
    public async Task Two_hub_nodes_on_one_store_never_send_the_same_message()
    {
        await using var smtp = await LocalSmtpServer.StartAsync();
        using var data = new TestDirectory("outbox-nodes");
        using var one = OutboxTestHub.Create(smtp, data.Path);
        using var two = OutboxTestHub.Create(smtp, data.Path);
        _ = two.Services;

        var written = await OutboxTestHub.WriteAsync(one, 60);
        two.Services.GetRequiredService<OutboxSignal>().Notify();
        await OutboxTestHub.WaitForRowsAsync(one, OutboxTestHub.AllSent, "both nodes have sent everything");

        Assert.Equal(written.Select(e => Bare(e.MessageId)).Order(), smtp.Messages().Select(m => m.MessageId).Order());
    }

    [Fact]
    public async Task A_message_the_server_refuses_fails_at_once_with_the_servers_answer_and_is_sent_again_on_request()
    {
        await using var smtp = await LocalSmtpServer.StartAsync(maxMessageBytes: 20_000);
        using var hub = OutboxTestHub.Create(smtp);
        var written = await OutboxTestHub.WriteAsync(hub, 2, i => i == 1 ? new string('x', 60_000) : "A short message.");
        var tooBig = written[0];

        var rows = await OutboxTestHub.WaitForRowsAsync(
            hub, rows => rows.All(r => r.SentUtc is not null || r.FailedPermanently), "one message is sent and the other given up");

        var refused = Assert.Single(rows, r => r.FailedPermanently);
        Assert.Equal((tooBig.Id, 1, null), (refused.Id, refused.Attempts, refused.SentUtc));
        Assert.Contains("552", refused.LastError, StringComparison.Ordinal);
        Assert.Equal([Bare(written[1].MessageId)], smtp.Messages().Select(m => m.MessageId));
        var outbox = hub.Services.GetRequiredService<OutboxAdministration>();
        var listed = await outbox.RecentAsync(AdminTestServices.Admin(), CancellationToken.None);
        Assert.Equal([OutboxMessageState.Failed, OutboxMessageState.Sent], listed.Select(r => r.State));

        Assert.True(await outbox.SendAgainAsync(AdminTestServices.Admin(), tooBig.Id, CancellationToken.None));
        var again = await OutboxTestHub.WaitForRowsAsync(
            hub, rows => rows.Single(r => r.Id == tooBig.Id) is { FailedPermanently: true, Version: >= 5 }, "the message sent again is refused again");

        Assert.Equal(1, again.Single(r => r.Id == tooBig.Id).Attempts);
        Assert.False(await outbox.SendAgainAsync(AdminTestServices.Admin(), written[1].Id, CancellationToken.None));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => outbox.SendAgainAsync(new System.Security.Claims.ClaimsPrincipal(), tooBig.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_given_up_after_the_last_attempt_with_its_error()
    {
        await using var smtp = await LocalSmtpServer.StartAsync();
        await smtp.StopAsync();
        using var hub = OutboxTestHub.Create(smtp, maxAttempts: 3);
        await OutboxTestHub.WriteAsync(hub, 1);

        var rows = await OutboxTestHub.WaitForRowsAsync(hub, rows => rows.All(r => r.FailedPermanently), "the message is given up");

        var failed = Assert.Single(rows);
        Assert.Equal((3, null), (failed.Attempts, failed.SentUtc));
        Assert.Contains($"{LocalSmtpServer.Host}:{smtp.Port}", failed.LastError, StringComparison.Ordinal);
        var listed = Assert.Single(await hub.Services.GetRequiredService<OutboxAdministration>().RecentAsync(AdminTestServices.Admin(), CancellationToken.None));
        Assert.Equal("Failed after 3 attempts", OutboxWords.Status(listed));
    }

    private static string Bare(string messageId) => messageId.Trim('<', '>');
}
