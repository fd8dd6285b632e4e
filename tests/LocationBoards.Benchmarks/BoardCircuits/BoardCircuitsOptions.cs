using System.Globalization;

namespace LocationBoards.Benchmarks.BoardCircuits;

/// <summary>What `board-circuits` runs; every option has a default that reproduces docs/benchmarks.md.</summary>
public sealed class BoardCircuitsOptions
{
    /// <summary>How many board pages are open at once, one run of the hub per number.</summary>
    public IReadOnlyList<int> Sizes { get; private set; } = [50, 100, 200];

    /// <summary>Orders placed through the API while the boards are open, per size.</summary>
    public int Orders { get; private set; } = 30;

    /// <summary>Time between one order and the next.</summary>
    public TimeSpan Interval { get; private set; } = TimeSpan.FromSeconds(1);

    /// <summary>Quiet time before each memory reading.</summary>
    public TimeSpan Settle { get; private set; } = TimeSpan.FromSeconds(15);

    /// <summary>The seeded location whose board is opened (Downtown is open around the clock in the demo data).</summary>
    public string LocationCode { get; private set; } = "downtown";

    /// <summary>A published hub to run; when empty the command publishes src/LocationBoards.Hub itself.</summary>
    public string? HubDirectory { get; private set; }

    /// <summary>Pages opened at the same time while filling up to a size.</summary>
    public int OpenParallelism { get; private set; } = 4;

    /// <summary>Board pages per browser context (all contexts share one Chromium and one sign-in).</summary>
    public int PagesPerContext { get; private set; } = 50;

    /// <summary>Also count the hub's heap by type (ClrMD) and print what grew per circuit; suspends the hub briefly.</summary>
    public bool HeapTypes { get; private set; }

    /// <summary>After the boards, the same number of bare pages (<see cref="BarePages"/>) as the floor to compare with; off with --no-bare.</summary>
    public bool BarePages { get; private set; } = true;

    /// <summary>Pages (of each run, boards and bare) whose WebSocket messages are timed on arrival at Chromium (<see cref="FrameWatch"/>).</summary>
    public int PagesToWatch { get; private set; } = 10;

    public string UserName { get; private set; } = "admin";

    public string Password { get; private set; } = "Demo-pass-2026";

    public static BoardCircuitsOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new BoardCircuitsOptions();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--heap-types")
            {
                options.HeapTypes = true;
                continue;
            }

            if (args[i] == "--no-bare")
            {
                options.BarePages = false;
                continue;
            }

            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--sizes":
                    options.Sizes = [.. value.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
                    break;
                case "--orders":
                    options.Orders = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--interval-ms":
                    options.Interval = TimeSpan.FromMilliseconds(int.Parse(value, CultureInfo.InvariantCulture));
                    break;
                case "--settle-seconds":
                    options.Settle = TimeSpan.FromSeconds(int.Parse(value, CultureInfo.InvariantCulture));
                    break;
                case "--location":
                    options.LocationCode = value;
                    break;
                case "--hub-dir":
                    options.HubDirectory = Path.GetFullPath(value);
                    break;
                case "--open-parallelism":
                    options.OpenParallelism = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--pages-per-context":
                    options.PagesPerContext = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--watch-pages":
                    options.PagesToWatch = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--user":
                    options.UserName = value;
                    break;
                case "--password":
                    options.Password = value;
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}. Options: --sizes 50,100,200 --orders 30 --interval-ms 1000 " +
                        "--settle-seconds 15 --heap-types --no-bare --watch-pages 10 --location downtown --hub-dir <published hub> --open-parallelism 4 --pages-per-context 50 --user --password");
            }

            i++;
        }

        if (options.Sizes.Count == 0 || options.Sizes.Any(s => s < 1) || options.Orders < 1 || options.OpenParallelism < 1 || options.PagesPerContext < 1)
        {
            throw new ArgumentException("Sizes, orders, parallelism and pages per context must be positive.");
        }

        return options;
    }
}
