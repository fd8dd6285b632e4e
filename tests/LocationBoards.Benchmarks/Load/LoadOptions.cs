using System.Globalization;

namespace LocationBoards.Benchmarks.Load;

/// <summary>
/// The load generators' settings, from <c>--name value</c> pairs. The defaults are the recorded runs' settings
/// (docs/benchmarks.md); the hub is the Release build unless <c>--hub</c> names another LocationBoards.Hub.dll.
/// </summary>
public sealed record LoadOptions
{
    public string HubDll { get; init; } = RepositoryRoot.ReleaseHubDll();

    /// <summary>An empty data folder for the hub; a new one under the temp folder when not given.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Keep the data folder (SQLite file, hub.log) after the run instead of deleting it.</summary>
    public bool KeepData { get; init; }

    public string UserName { get; init; } = "admin";

    public string Password { get; init; } = "Demo-pass-2026";

    /// <summary>Closed loop: this many submitters, each sending its next order as soon as the last is answered.</summary>
    public int Concurrency { get; init; } = 50;

    public int Seconds { get; init; } = 20;

    /// <summary>Open loop: orders started at this fixed rate per second, whatever the answers.</summary>
    public int Rate { get; init; } = 200;

    public int RateSeconds { get; init; } = 20;

    /// <summary>
    /// Long enough for the hub's JIT to finish tiering up: in the first half minute under load its background
    /// compiler took most of a core (seen per thread with top), which a 5-second warm-up left inside the measurements.
    /// </summary>
    public int WarmupSeconds { get; init; } = 30;

    public int BaselineSeconds { get; init; } = 10;

    /// <summary>Live hub clients (hub-fanout).</summary>
    public int Clients { get; init; } = 100;

    /// <summary>Page loads (kiosk-speed).</summary>
    public int Runs { get; init; } = 20;

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--keep-data")
            {
                options = options with { KeepData = true };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"Option {args[i]} needs a value.");
            }

            var value = args[++i];
            options = args[i - 1] switch
            {
                "--hub" => options with { HubDll = Path.GetFullPath(value) },
                "--data-dir" => options with { DataDirectory = Path.GetFullPath(value) },
                "--user" => options with { UserName = value },
                "--password" => options with { Password = value },
                "--concurrency" => options with { Concurrency = Number(value) },
                "--seconds" => options with { Seconds = Number(value) },
                "--rate" => options with { Rate = Number(value) },
                "--rate-seconds" => options with { RateSeconds = Number(value) },
                "--warmup-seconds" => options with { WarmupSeconds = Number(value) },
                "--baseline-seconds" => options with { BaselineSeconds = Number(value) },
                "--clients" => options with { Clients = Number(value) },
                "--runs" => options with { Runs = Number(value) },
                _ => throw new ArgumentException($"Unknown option {args[i - 1]}."),
            };
        }

        return options;
    }

    private static int Number(string value) => int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
}
