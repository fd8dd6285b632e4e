using LocationBoards.Hub.Features.Admin.Kiosks;
using LocationBoards.Hub.Features.Kiosk;
using LocationBoards.Hub.Infrastructure.Auth;
using LocationBoards.Hub.Tests.Support;

namespace LocationBoards.Hub.Tests.Admin;

public class KioskAdministrationTests
{
    [Fact]
    public async Task A_registered_kiosk_pairs_with_its_code_and_once_revoked_is_no_longer_found()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var location = await AdminTestData.AddLocationAsync(services.Store, "pearl");
        var kiosks = services.Get<KioskAdministration>();
        var validity = services.Get<KioskDeviceValidity>();

        var registered = await kiosks.RegisterAsync(AdminTestServices.Admin(), location.Id, "  Entrance kiosk ", CancellationToken.None);
        var code = Assert.IsType<KioskPairingCode>(registered.Code);
        Assert.Equal(KioskDeviceState.AwaitingPairing, Assert.Single(await kiosks.ListAsync(AdminTestServices.Admin(), CancellationToken.None)).State);

        var paired = await services.Get<KioskDeviceRegistry>().PairAsync(code.Code.ToLowerInvariant(), CancellationToken.None);
        Assert.NotNull(paired);
        var secret = paired.CookieValue[(paired.CookieValue.IndexOf('.', StringComparison.Ordinal) + 1)..];
        Assert.NotNull(await validity.FindAsync(paired.DeviceId, secret, CancellationToken.None));
        var pairedRow = Assert.Single(await kiosks.ListAsync(AdminTestServices.Admin(), CancellationToken.None));
        Assert.Equal((KioskDeviceState.Paired, "Entrance kiosk", location.Name), (pairedRow.State, pairedRow.Name, pairedRow.LocationName));

        var revoked = await kiosks.RevokeAsync(AdminTestServices.Admin(), paired.DeviceId, CancellationToken.None);

        Assert.True(revoked.Succeeded);
        Assert.Equal(KioskDeviceState.Revoked, Assert.Single(await kiosks.ListAsync(AdminTestServices.Admin(), CancellationToken.None)).State);
        Assert.Null(await validity.FindAsync(paired.DeviceId, secret, CancellationToken.None));
        Assert.False(await validity.IsStillPairedAsync(paired.DeviceId, CancellationToken.None));
    }

    [Fact]
    public async Task A_kiosk_needs_a_name_and_an_existing_location()
    {
        await using var services = await AdminTestServices.CreateAsync();

        var outcome = await services.Get<KioskAdministration>().RegisterAsync(AdminTestServices.Admin(), 4242, " ", CancellationToken.None);

        Assert.Null(outcome.Code);
        Assert.Equal(["LocationId", "Name"], outcome.Outcome.Errors.Keys.Order());
        Assert.Empty(await services.Get<KioskAdministration>().ListAsync(AdminTestServices.Admin(), CancellationToken.None));
    }

    [Fact]
    public async Task A_new_code_unpairs_the_old_browser_and_a_revoked_kiosk_gets_none()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var location = await AdminTestData.AddLocationAsync(services.Store, "pearl");
        var kiosks = services.Get<KioskAdministration>();
        var registry = services.Get<KioskDeviceRegistry>();
        var first = (await kiosks.RegisterAsync(AdminTestServices.Admin(), location.Id, "Counter", CancellationToken.None)).Code!;
        var paired = (await registry.PairAsync(first.Code, CancellationToken.None))!;

        var renewed = await kiosks.RenewCodeAsync(AdminTestServices.Admin(), paired.DeviceId, CancellationToken.None);

        Assert.NotNull(renewed.Code);
        Assert.NotEqual(first.Code, renewed.Code.Code);
        Assert.Equal(KioskDeviceState.AwaitingPairing, Assert.Single(await kiosks.ListAsync(AdminTestServices.Admin(), CancellationToken.None)).State);
        Assert.Null(await registry.PairAsync(first.Code, CancellationToken.None));

        await kiosks.RevokeAsync(AdminTestServices.Admin(), paired.DeviceId, CancellationToken.None);
        var refused = await kiosks.RenewCodeAsync(AdminTestServices.Admin(), paired.DeviceId, CancellationToken.None);
        Assert.Null(refused.Code);
        Assert.Equal("This kiosk was revoked; register a new one instead.", refused.Outcome.Problem);
        Assert.Null(await registry.PairAsync(renewed.Code.Code, CancellationToken.None));
    }

    [Fact]
    public async Task An_expired_code_shows_as_expired()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var location = await AdminTestData.AddLocationAsync(services.Store, "pearl");
        var kiosks = services.Get<KioskAdministration>();
        await kiosks.RegisterAsync(AdminTestServices.Admin(), location.Id, "Counter", CancellationToken.None);

        services.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(KioskDeviceState.PairingCodeExpired, Assert.Single(await kiosks.ListAsync(AdminTestServices.Admin(), CancellationToken.None)).State);
    }

    [Fact]
    public async Task Someone_who_is_not_an_admin_cannot_register_or_revoke_kiosks()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var location = await AdminTestData.AddLocationAsync(services.Store, "pearl");
        var kiosks = services.Get<KioskAdministration>();

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => kiosks.RegisterAsync(AdminTestServices.StaffOf(location.Id), location.Id, "Mine", CancellationToken.None));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => kiosks.RevokeAsync(AdminTestServices.Supervisor(location.Id), 1, CancellationToken.None));
    }
}
