using LocationBoards.Hub.Features.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocationBoards.Hub.Tests.Email;

public sealed class OutboxStoreTests
{
    [Fact]
    public async Task Sent_messages_recorded_together_keep_their_own_times_and_a_claim_another_sender_took_is_left_to_it()
    {
        using var hub = OutboxTestHub.Create();
        hub.Settings["Email:SenderEnabled"] = "false";
        await OutboxTestHub.WriteAsync(hub, 3);
        var store = hub.Services.GetRequiredService<OutboxStore>();
        var now = DateTime.UtcNow;
        var claimed = await store.DueAsync(now, 10, CancellationToken.None);
        Assert.Equal(3, claimed.Count);
        foreach (var email in claimed)
        {
            Assert.True(await store.TryClaimAsync(email, now, TimeSpan.FromMinutes(2), CancellationToken.None));
        }

        // Another sender claimed the third once this claim's lease had run out: its version has moved on.
        var taken = claimed[2];
        var takenVersion = taken.Version + 1;
        await using (var db = await hub.Store.CreateDbContextAsync())
        {
            await db.OutboxEmails.Where(e => e.Id == taken.Id).ExecuteUpdateAsync(set => set.SetProperty(e => e.Version, e => e.Version + 1));
        }

        var lost = await store.RecordSentAsync(
            [(claimed[0], now.AddSeconds(1)), (claimed[1], now.AddSeconds(2)), (taken, now.AddSeconds(3))], CancellationToken.None);

        Assert.Equal([taken.Id], lost.Select(e => e.Id));
        var rows = await OutboxTestHub.RowsAsync(hub);
        Assert.Equal(now.AddSeconds(1), rows.Single(r => r.Id == claimed[0].Id).SentUtc);
        Assert.Equal(now.AddSeconds(2), rows.Single(r => r.Id == claimed[1].Id).SentUtc);
        var left = rows.Single(r => r.Id == taken.Id);
        Assert.Null(left.SentUtc);
        Assert.Equal(takenVersion, left.Version);
    }
}
