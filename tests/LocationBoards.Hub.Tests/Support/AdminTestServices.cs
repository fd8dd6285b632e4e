using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Admin;
using LocationBoards.Hub.Features.Kiosk;
using LocationBoards.Hub.Features.Locations;
using LocationBoards.Hub.Features.Ordering;
using LocationBoards.Hub.Infrastructure.Auth;
using LocationBoards.Hub.Realtime;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace LocationBoards.Hub.Tests.Support;

/// <summary>
/// The hub's own registrations for auth, kiosks, locations and admin over a fresh <see cref="TestStore"/>,
/// with a clock the test sets. Services are the real ones; only the store file and the clock are the test's.
/// </summary>
public sealed class AdminTestServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private AdminTestServices(TestStore store, FakeTimeProvider clock, ServiceProvider provider)
    {
        Store = store;
        Clock = clock;
        _provider = provider;
    }

    public TestStore Store { get; }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => _provider;

    public static async Task<AdminTestServices> CreateAsync(DateTimeOffset? now = null)
    {
        var store = await TestStore.CreateAsync();
        var clock = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 3, 4, 18, 0, 0, TimeSpan.Zero));
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.AddAuth();
        builder.AddKiosk();
        builder.AddRealtime();
        builder.AddOrdering();
        builder.AddLocations();
        builder.AddAdmin();
        builder.Services.AddLogging();
        builder.Services.AddSingleton<IDbContextFactory<AppDbContext>>(store);
        builder.Services.AddScoped(_ => store.CreateDbContext());
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddSingleton<TimeProvider>(clock);
        var provider = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        return new AdminTestServices(store, clock, provider);
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>A signed-in admin as the circuit would carry them.</summary>
    public static ClaimsPrincipal Admin(string userId = "admin-under-test") =>
        Person(userId, [Roles.Admin]);

    public static ClaimsPrincipal StaffOf(int locationId) =>
        Person($"staff-{locationId}", [Roles.LocationStaff], (LocationClaims.StaffOf, locationId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static ClaimsPrincipal Supervisor(params int[] locationIds) =>
        Person("supervisor", [Roles.Supervisor], [.. locationIds.Select(id => (LocationClaims.Supervises, id.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);

    public static ClaimsPrincipal Person(string userId, string[] roles, params (string Type, string Value)[] claims)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, userId),
                new Claim(ClaimTypes.Name, userId),
                .. roles.Select(r => new Claim(ClaimTypes.Role, r)),
                .. claims.Select(c => new Claim(c.Type, c.Value)),
            ],
            authenticationType: "Test");
        return new ClaimsPrincipal(identity);
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await Store.DisposeAsync();
    }
}
