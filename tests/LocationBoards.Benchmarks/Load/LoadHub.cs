namespace LocationBoards.Benchmarks.Load;

/// <summary>A hub ready for a load run: started once on an empty data folder so it migrates and seeds, stopped, prepared, started again.</summary>
public static class LoadHub
{
    // settings: for the prepared start only (environment variables, e.g. the simulator off); seeding runs with the defaults.
    public static async Task<HubProcess> SeedPrepareAndStartAsync(
        string hubDll, string dataDirectory, Func<HubStore, Task> prepare, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(prepare);
        var seeding = await HubProcess.StartAsync(hubDll, dataDirectory);
        await seeding.DisposeAsync();
        await prepare(new HubStore(dataDirectory));
        var hub = await HubProcess.StartAsync(hubDll, dataDirectory, settings);
        Console.WriteLine($"// Hub: pid {hub.ProcessId} at {hub.Url}, data in {dataDirectory} (log: {hub.LogPath})");
        return hub;
    }

    /// <summary>A new, empty data folder under the system's temp folder.</summary>
    public static string NewDataDirectory(string purpose) =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"locationboards-{purpose}-{Guid.NewGuid():N}"[..40])).FullName;
}
