using LocationBoards.Hub.Features.Kiosk;
using LocationBoards.Hub.Features.Ordering;
using LocationBoards.Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Tests.Kiosk;

public class KioskPhoneLookupTests
{
    [Fact]
    public async Task A_burst_of_look_ups_at_one_kiosk_is_slowed_and_logged_without_the_number()
    {
        using var hub = new HubFactory();
        await TestCatalog.AddCustomerAsync(hub.Store, "Ann", "+15035550142");
        var logger = new CapturingLogger<KioskPhoneLookup>();
        using var lookup = new KioskPhoneLookup(
            hub.Services.GetRequiredService<OrderingCatalog>(),
            Options.Create(new KioskOptions { PhoneLookupBurst = 2, PhoneLookupsPerMinute = 600 }),
            logger);

        for (var i = 0; i < 4; i++)
        {
            var found = await lookup.FindAsync(deviceId: 1, "5035550142", CancellationToken.None);
            Assert.Equal("Ann", Assert.Single(found).FirstName);
        }

        var warnings = logger.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message).ToList();
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.DoesNotContain("555", w, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Look_ups_at_another_kiosk_are_not_slowed_by_the_first()
    {
        using var hub = new HubFactory();
        var logger = new CapturingLogger<KioskPhoneLookup>();
        using var lookup = new KioskPhoneLookup(
            hub.Services.GetRequiredService<OrderingCatalog>(),
            Options.Create(new KioskOptions { PhoneLookupBurst = 2, PhoneLookupsPerMinute = 600 }),
            logger);

        await lookup.FindAsync(1, "5035550142", CancellationToken.None);
        await lookup.FindAsync(1, "5035550143", CancellationToken.None);
        await lookup.FindAsync(2, "5035550144", CancellationToken.None);
        await lookup.FindAsync(2, "5035550145", CancellationToken.None);

        Assert.DoesNotContain(logger.Entries, e => e.Level == LogLevel.Warning);
    }
}
