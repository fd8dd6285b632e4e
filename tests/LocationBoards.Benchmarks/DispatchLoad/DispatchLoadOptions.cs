using System.Globalization;
using LocationBoards.Benchmarks.Load;

namespace LocationBoards.Benchmarks.DispatchLoad;

/// <summary>
/// Settings of <c>dispatch-positions</c> and <c>dispatch-map</c>, from <c>--name value</c> pairs; the defaults are
/// the recorded runs' settings (docs/benchmarks.md). Technicians default to 1,000 for the first, 2,000 for the second.
/// </summary>
public sealed record DispatchLoadOptions
{
    public string HubDll { get; init; } = RepositoryRoot.ReleaseHubDll();

    public bool KeepData { get; init; }

    public int? Technicians { get; init; }

    public int Dispatchers { get; init; } = 20;

    /// <summary>Each technician sends one position per this interval.</summary>
    public int IntervalMs { get; init; } = 1000;

    public int IdleSeconds { get; init; } = 20;

    public int WarmupSeconds { get; init; } = 10;

    public int Seconds { get; init; } = 30;

    /// <summary>Panning runs on the map (dispatch-map).</summary>
    public int Pans { get; init; } = 5;

    public string DispatcherUser { get; init; } = "dispatcher";

    public string Password { get; init; } = "Demo-pass-2026";

    public static DispatchLoadOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new DispatchLoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--keep-data")
            {
                options = options with { KeepData = true };
                continue;
            }

            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"Option {args[i]} needs a value.");
            options = args[i - 1] switch
            {
                "--hub" => options with { HubDll = Path.GetFullPath(value) },
                "--technicians" => options with { Technicians = Number(value) },
                "--dispatchers" => options with { Dispatchers = Number(value) },
                "--interval-ms" => options with { IntervalMs = Number(value) },
                "--idle-seconds" => options with { IdleSeconds = Number(value) },
                "--warmup-seconds" => options with { WarmupSeconds = Number(value) },
                "--seconds" => options with { Seconds = Number(value) },
                "--pans" => options with { Pans = Number(value) },
                "--user" => options with { DispatcherUser = value },
                "--password" => options with { Password = value },
                _ => throw new ArgumentException(
                    $"Unknown option {args[i - 1]}. Options: --technicians --dispatchers 20 --interval-ms 1000 --idle-seconds 20 --warmup-seconds 10 " +
                    "--seconds 30 --pans 5 --user dispatcher --password --hub <LocationBoards.Hub.dll> --keep-data"),
            };
        }

        return options;
    }

    private static int Number(string value) => int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
}
