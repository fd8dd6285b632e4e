using LocationBoards.Data;
using LocationBoards.Hub.Features.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LocationBoards.Hub.Tests.Email;

/// <summary>The default transport: a folder of .eml files under the data directory, so a fresh install shows its mail.</summary>
public class PickupFolderTests
{
    [Fact]
    public async Task Each_message_becomes_one_eml_file_named_after_its_message_id_and_a_repeat_replaces_it()
    {
        using var hub = OutboxTestHub.Create();
        var written = await OutboxTestHub.WriteAsync(hub, 2);
        await OutboxTestHub.WaitForRowsAsync(hub, OutboxTestHub.AllSent, "every message is written");
        var folder = Path.Combine(hub.DataDirectory, "mail-pickup");

        Assert.Equal(written.Select(e => PickupFolderTransport.FileNameFor(e.MessageId)).Order(), Files(folder));
        foreach (var email in written)
        {
            var message = await MimeMessage.LoadAsync(Path.Combine(folder, PickupFolderTransport.FileNameFor(email.MessageId)));
            Assert.Equal(email.MessageId.Trim('<', '>'), message.MessageId);
            Assert.Equal(email.Subject, message.Subject);
            Assert.IsType<MultipartAlternative>(message.Body);
            Assert.Contains($"<h1>Sale", message.HtmlBody, StringComparison.Ordinal);
        }

        // As after a crash between writing the file and recording it, once the claim's lease has run out: sent again.
        await using (var db = await hub.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            await db.OutboxEmails.Where(e => e.Id == written[0].Id).ExecuteUpdateAsync(set => set
                .SetProperty(e => e.SentUtc, (DateTime?)null)
                .SetProperty(e => e.NextAttemptUtc, DateTime.UtcNow));
        }

        hub.Services.GetRequiredService<OutboxSignal>().Notify();
        await OutboxTestHub.WaitForRowsAsync(
            hub, rows => rows.Single(r => r.Id == written[0].Id) is { SentUtc: not null, Version: >= 4 }, "the message is written again");
        Assert.Equal(written.Select(e => PickupFolderTransport.FileNameFor(e.MessageId)).Order(), Files(folder));
    }

    [Fact]
    public void A_file_name_keeps_only_safe_characters_of_the_message_id()
    {
        Assert.Equal("3f2a@locationboards.example.eml", PickupFolderTransport.FileNameFor("<3f2a@locationboards.example>"));
        Assert.Equal("a_.._b@x.eml", PickupFolderTransport.FileNameFor("a/../b@x"));
    }

    private static List<string> Files(string folder) =>
        [.. Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];
}
