using LocationBoards.Data;
using LocationBoards.Data.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocationBoards.E2E.Tests.Support;

/// <summary>The hub on a real Kestrel port over its own SQLite file, for a real browser to drive.</summary>
public sealed class LiveHub : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory;
    private bool _keepDataDirectory;

    /// <summary>A hub over a new data directory on a free port.</summary>
    public LiveHub()
        : this(Path.Combine(Path.GetTempPath(), "locationboards-e2e", Guid.NewGuid().ToString("N")), port: 0)
    {
    }

    private LiveHub(string dataDirectory, int port)
    {
        _dataDirectory = dataDirectory;
        Directory.CreateDirectory(_dataDirectory);
        UseKestrel(port);
    }

    /// <summary>This hub's data directory, for a successor after a restart (see <see cref="RestartOf"/>).</summary>
    public string DataDirectory => _dataDirectory;

    /// <summary>
    /// A new hub process in all but name on the same port and data directory as a stopped one:
    /// what a browser sees when the server restarts. The first hub must have been disposed.
    /// </summary>
    public static LiveHub RestartOf(string dataDirectory, Uri baseAddress, Dictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        ArgumentNullException.ThrowIfNull(settings);
        var hub = new LiveHub(dataDirectory, baseAddress.Port);
        foreach (var (key, value) in settings)
        {
            hub.Settings[key] = value;
        }

        return hub;
    }

    /// <summary>Keeps the data directory when this hub is disposed (a successor will use it).</summary>
    public void KeepDataDirectory() => _keepDataDirectory = true;

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>Settings for this hub, set before <see cref="Start"/>.</summary>
    public Dictionary<string, string?> Settings { get; } = new() { ["Seed:ShowDemoLogins"] = "false", ["Dispatch:Simulator:Enabled"] = "false" };

    public IDbContextFactory<AppDbContext> Store => Services.GetRequiredService<IDbContextFactory<AppDbContext>>();

    public LiveHub Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        return this;
    }

    public Uri Url(string path) => new(BaseAddress, path);

    /// <summary>A person with the given roles and claims, created the way the admin screen creates them.</summary>
    public async Task<(string UserName, string Password)> CreateUserAsync(string role, params (string Type, string Value)[] claims)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(role))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var userName = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..24];
        const string password = "e2e-password-123";
        var user = new AppUser { UserName = userName, DisplayName = $"Test {role}" };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        foreach (var (type, value) in claims)
        {
            Check(await users.AddClaimAsync(user, new System.Security.Claims.Claim(type, value)));
        }

        return (userName, password);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new BusinessHoursClock()));
        builder.ConfigureLogging(logging => logging.AddProvider(new ServerLog()));

        // Outside Development the build-time static files (Radzen's theme, our CSS) must be wired in explicitly.
        builder.UseStaticWebAssets();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            if (_keepDataDirectory)
            {
                return;
            }

            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // The OS cleans its temp folder; a held file must not fail the run.
            }
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
