using LocationBoards.Data;
using LocationBoards.Data.Identity;
using LocationBoards.Data.Seeding;
using LocationBoards.Hub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LocationBoards.Hub.Tests.Seeding;

/// <summary>
/// A real migrated SQLite store with the seed loader wired as in the hub (Identity on the same scoped context),
/// and a fixed clock, so "yesterday" is known.
/// </summary>
public sealed class SeedHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private SeedHarness(TestStore store, FakeTimeProvider clock)
    {
        Store = store;
        Clock = clock;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddScoped(_ => store.CreateDbContext());
        services.AddIdentityCore<AppUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>();
        services.AddSeedLoader();
        _services = services.BuildServiceProvider();
    }

    /// <summary>The repository's own seed-data folder.</summary>
    public static string RealSeedFolder { get; } = FindSeedFolder();

    public TestStore Store { get; }

    public FakeTimeProvider Clock { get; }

    public static async Task<SeedHarness> CreateAsync() =>
        new(await TestStore.CreateAsync(), new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 18, 0, 0, TimeSpan.Zero)));

    public async Task<SeedSummary> LoadAsync(string folder, bool shiftHistoryToToday = true)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SeedLoader>().LoadAsync(folder, shiftHistoryToToday);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Store.DisposeAsync();
    }

    private static string FindSeedFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LocationBoards.sln")))
            {
                return Path.Combine(folder.FullName, "seed-data");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "seed-data");
    }
}
