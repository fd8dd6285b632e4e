using LocationBoards.Data;
using LocationBoards.Data.Seeding;
using LocationBoards.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Infrastructure.Storage;

public static class StoreModule
{
    /// <summary>The store: one short-lived context per operation through the factory.</summary>
    public static IHostApplicationBuilder AddStore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<DataDirectory>();
        builder.Services.AddDbContextFactory<AppDbContext>((services, options) =>
        {
            var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            var path = services.GetRequiredService<DataDirectory>().Resolve(storage.SqlitePath);
            options.UseLocationBoardsSqlite(SqliteStore.ConnectionStringForFile(path), storage.BusyTimeoutMilliseconds);
        });
        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("store");
        builder.Services.AddOptions<SeedOptions>()
            .BindConfiguration(SeedOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSeedLoader();
        builder.Services.AddSingleton<HotReaders>();
        builder.Services.AddHostedService<WalCheckpoints>();
        builder.Services.AddSingleton<StorePreparation>();
        builder.Services.AddHostedService<StorePreparationService>();
        return builder;
    }
}
