using LocationBoards.Data.Seeding;

namespace LocationBoards.Hub.Tests.Seeding;

/// <summary>The real seed folder loaded once into its own store, for the tests that only read what was loaded.</summary>
public sealed class LoadedSeed : IAsyncLifetime
{
    public SeedHarness Harness { get; private set; } = null!;

    public SeedSummary Summary { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Harness = await SeedHarness.CreateAsync();
        Summary = await Harness.LoadAsync(SeedHarness.RealSeedFolder);
    }

    public async Task DisposeAsync() => await Harness.DisposeAsync();
}
