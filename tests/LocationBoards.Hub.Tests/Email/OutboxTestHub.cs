using LocationBoards.Core.Email;
using LocationBoards.Hub.Features.Email;
using LocationBoards.Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocationBoards.Hub.Tests.Email;

/// <summary>
/// A hub whose outbox sender retries quickly (fractions of a second, so a test of an outage stays short), optionally
/// sending to a <see cref="LocalSmtpServer"/>, and the outbox rows a test writes as a sale's processing would.
/// </summary>
public static class OutboxTestHub
{
    public static HubFactory Create(LocalSmtpServer? smtp = null, string? dataDirectory = null, int maxAttempts = 1000)
    {
        var hub = new HubFactory();
        hub.Settings["Email:PollInterval"] = "00:00:00.2";
        hub.Settings["Email:Retry:FirstDelay"] = "00:00:00.1";
        hub.Settings["Email:Retry:MaxDelay"] = "00:00:00.5";
        hub.Settings["Email:Retry:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (dataDirectory is not null)
        {
            hub.Settings["Storage:DataDirectory"] = dataDirectory;
        }

        foreach (var (key, value) in smtp?.HubSettings ?? [])
        {
            hub.Settings[key] = value;
        }

        return hub;
    }

    /// <summary>Writes messages in one transaction and wakes the sender, as a processed sale does.</summary>
    public static async Task<IReadOnlyList<OutboxEmail>> WriteAsync(HubFactory hub, int count, Func<int, string>? textBody = null)
    {
        ArgumentNullException.ThrowIfNull(hub);
        var now = DateTime.UtcNow;
        var emails = Enumerable.Range(1, count).Select(i => OutboxDelivery.Create(
            i % 2 == 0 ? OutboxEmailKind.SaleToSalesDivision : OutboxEmailKind.SaleToSupervisor,
            $"person{i}@example.com", $"Person {i}", $"Sale {i} by Alex Rivera: $12.50",
            textBody?.Invoke(i) ?? $"Hello, sale {i} was processed.\nTotal: $12.50",
            $"<!DOCTYPE html><html><body><h1>Sale {i}</h1><p>Total: <strong>$12.50</strong></p></body></html>",
            now, "locationboards.example")).ToList();
        await using (var db = await hub.Store.CreateDbContextAsync())
        {
            db.OutboxEmails.AddRange(emails);
            await db.SaveChangesAsync();
        }

        hub.Services.GetRequiredService<OutboxSignal>().Notify();
        return emails;
    }

    public static async Task<List<OutboxEmail>> RowsAsync(HubFactory hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        await using var db = await hub.Store.CreateDbContextAsync();
        return await db.OutboxEmails.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>Waits (a generous limit, failing the test rather than hanging it) until the outbox rows meet a condition.</summary>
    public static async Task<List<OutboxEmail>> WaitForRowsAsync(HubFactory hub, Func<List<OutboxEmail>, bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var rows = await RowsAsync(hub);
            if (condition(rows))
            {
                return rows;
            }

            try
            {
                await Task.Delay(50, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Timed out waiting until {what}; the outbox: {string.Join("; ", rows.Select(Describe))}");
            }
        }
    }

    public static bool AllSent(List<OutboxEmail> rows) => rows.Count > 0 && rows.All(r => r.SentUtc is not null);

    private static string Describe(OutboxEmail e) =>
        $"#{e.Id} attempts {e.Attempts} sent {e.SentUtc?.ToString("O") ?? "no"} failed {e.FailedPermanently} error {e.LastError}";
}
