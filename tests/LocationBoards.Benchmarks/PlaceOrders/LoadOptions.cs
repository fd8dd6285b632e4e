using System.Globalization;

namespace LocationBoards.Benchmarks.PlaceOrders;

/// <summary>
/// The load generator's settings, from <c>--name value</c> pairs: where the hub listens, where its data folder is
/// (read for customers and items, and the disk the raw-commit baseline writes to), and how hard and how long to push.
/// </summary>
public sealed record LoadOptions
{
    public Uri Url { get; init; } = new("http://127.0.0.1:5190");

    public string DataDirectory { get; init; } = "/tmp/bench-data";

    public string UserName { get; init; } = "admin";

    public string Password { get; init; } = "Demo-pass-2026";

    /// <summary>Closed loop: this many submitters, each sending its next order as soon as the last is answered.</summary>
    public int Concurrency { get; init; } = 50;

    public int Seconds { get; init; } = 30;

    /// <summary>Open loop: orders started at this fixed rate per second, whatever the answers.</summary>
    public int Rate { get; init; } = 200;

    public int RateSeconds { get; init; } = 30;

    public int WarmupSeconds { get; init; } = 5;

    public int BaselineSeconds { get; init; } = 10;

    public string DatabasePath => Path.Combine(DataDirectory, "locationboards.db");

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new LoadOptions();
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--url" => options with { Url = new Uri(value) },
                "--data-dir" => options with { DataDirectory = value },
                "--user" => options with { UserName = value },
                "--password" => options with { Password = value },
                "--concurrency" => options with { Concurrency = Number(value) },
                "--seconds" => options with { Seconds = Number(value) },
                "--rate" => options with { Rate = Number(value) },
                "--rate-seconds" => options with { RateSeconds = Number(value) },
                "--warmup-seconds" => options with { WarmupSeconds = Number(value) },
                "--baseline-seconds" => options with { BaselineSeconds = Number(value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options;
    }

    private static int Number(string value) => int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
}
