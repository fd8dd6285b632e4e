using LocationBoards.Data;
using LocationBoards.Data.Sqlite;
using LocationBoards.Hub.Infrastructure.Startup;
using LocationBoards.Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Seeding;

public class HubSeedingTests
{
    [Fact]
    public async Task The_hub_loads_the_seed_folder_on_first_start()
    {
        using var hub = new HubFactory(seeded: true);
        using var client = hub.CreateClient();

        await using var db = await hub.Store.CreateDbContextAsync();

        Assert.True(await db.Locations.CountAsync() >= 12);
        Assert.True(await db.Users.AnyAsync(u => u.UserName == "staff"));
    }

    [Fact]
    public async Task A_malformed_seed_file_stops_start_up_naming_the_file_and_nothing_is_half_loaded()
    {
        using var folder = new SeedFolderCopy();
        folder.ReplaceLine("catalog.csv", 14, line => string.Join(',', line.Split(',').Select((f, i) => i == 5 ? "\"3,20\"" : f)));
        using var hub = new HubFactory(seeded: true);
        hub.Settings["Seed:Path"] = folder.Path;

        var error = Record.Exception(() => hub.CreateClient());

        var failure = Assert.IsType<StartupFailureException>(Flatten(error).FirstOrDefault(e => e is StartupFailureException));
        Assert.Equal("catalog.csv line 14, field 'price': \"3,20\" is not a price like 3.20", failure.Message);

        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseLocationBoardsSqlite(SqliteStore.ConnectionStringForFile(Path.Combine(hub.DataDirectory, "locationboards.db")));
        await using var db = new AppDbContext(options.Options);
        Assert.Equal(0, await db.Locations.CountAsync());
        Assert.Equal(0, await db.CatalogItems.CountAsync());
        Assert.Equal(0, await db.Users.CountAsync());
    }

    private static IEnumerable<Exception> Flatten(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
