using LocationBoards.Benchmarks.Load;
using LocationBoards.Benchmarks.PlaceOrders;

namespace LocationBoards.Benchmarks.DispatchLoad;

/// <summary>
/// The hub prepared for a dispatch load run, as its own process: seeded once, stopped, given the extra technicians
/// (<see cref="TechnicianCrew"/>), started again with the simulator off (so only the load generator moves anyone)
/// and a signing key the load generator knows (<see cref="TokenMinter"/>); then the demo dispatcher and the seeded
/// technician sign in once each through <c>POST /api/auth/token</c>.
/// </summary>
public sealed class DispatchHub : IAsyncDisposable
{
    private DispatchHub(HubProcess hub, string dataDirectory, IReadOnlyList<CrewMember> crew, TokenMinter minter, string dispatcherToken)
    {
        Process = hub;
        DataDirectory = dataDirectory;
        Crew = crew;
        Minter = minter;
        DispatcherToken = dispatcherToken;
    }

    public HubProcess Process { get; }

    public string DataDirectory { get; }

    public IReadOnlyList<CrewMember> Crew { get; }

    public TokenMinter Minter { get; }

    public string DispatcherToken { get; }

    public Uri LiveHubUrl => new(Process.Url, "/hubs/live");

    public static async Task<DispatchHub> StartAsync(DispatchLoadOptions options, int technicians, string purpose)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dataDirectory = LoadHub.NewDataDirectory(purpose);
        var key = TokenMinter.NewSigningKey();
        var settings = new Dictionary<string, string>
        {
            ["Dispatch__Simulator__Enabled"] = "false",
            ["Auth__Tokens__SigningKey"] = key,
            ["Auth__Tokens__Lifetime"] = "02:00:00",
        };
        var seeding = await HubProcess.StartAsync(options.HubDll, dataDirectory, settings);
        await seeding.DisposeAsync();
        var store = new HubStore(dataDirectory);
        var crew = await TechnicianCrew.AddAsync(store.DatabasePath, technicians);
        var template = await TechnicianCrew.TemplateAsync(store.DatabasePath);
        var hub = await HubProcess.StartAsync(options.HubDll, dataDirectory, settings);
        Console.WriteLine($"// Hub: pid {hub.ProcessId} at {hub.Url}, data in {dataDirectory} (log: {hub.LogPath}); {crew.Count} technicians added, simulator off");
        try
        {
            using var technician = await OrderApi.SignInAsync(hub.Url, template.UserName, options.Password);
            using var dispatcher = await OrderApi.SignInAsync(hub.Url, options.DispatcherUser, options.Password);
            return new DispatchHub(hub, dataDirectory, crew, new TokenMinter(key, technician.Token, template), dispatcher.Token);
        }
        catch
        {
            await hub.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await Process.DisposeAsync();
}
