using LocationBoards.Data;
using LocationBoards.Hub.Infrastructure.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocationBoards.Hub.Tests.Support;

/// <summary>
/// The whole hub in memory over its own SQLite file in a fresh data directory. Settings can be
/// overridden per test (e.g. another seed folder) through <see cref="Settings"/> before first use.
/// </summary>
public class HubFactory : WebApplicationFactory<Program>
{
    private readonly TestDirectory _dataDirectory = new("hub");

    /// <summary>A hub over an empty store (each test adds its own data), or with the demo seed loaded.</summary>
    public HubFactory(bool seeded = false)
    {
        Settings["Seed:Enabled"] = seeded ? "true" : "false";
        Settings["Seed:ShowDemoLogins"] = "false";

        // Tests make their own moves; a test of the simulator ticks it by hand.
        Settings["Dispatch:Simulator:Enabled"] = "false";
    }

    public Dictionary<string, string?> Settings { get; } = [];

    public string DataDirectory => _dataDirectory.Path;

    public IDbContextFactory<AppDbContext> Store => Services.GetRequiredService<IDbContextFactory<AppDbContext>>();

    /// <summary>Drops this node's cached "still allowed" answer for a user, as the admin screens do after a change.</summary>
    public void Forget(string userId) => Services.GetRequiredService<UserValidity>().Forget(userId);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory.Path);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        try
        {
            base.Dispose(disposing);
        }
        catch (ArgumentNullException) when (disposing)
        {
            // A host whose start failed before its services started cannot stop them (Host.StopAsync
            // reverses a list it never made); the start failure is what the test looked at.
        }

        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            _dataDirectory.Dispose();
        }
    }
}
