using BenchmarkDotNet.Running;
using LocationBoards.Benchmarks.BoardCircuits;
using LocationBoards.Benchmarks.DispatchMap;
using LocationBoards.Benchmarks.DispatchPositions;
using LocationBoards.Benchmarks.HubFanout;
using LocationBoards.Benchmarks.KioskSpeed;
using LocationBoards.Benchmarks.PlaceOrders;
using LocationBoards.Benchmarks.Sales;

// Load generators first (each starts the hub as its own process); anything else goes to BenchmarkDotNet:
// `dotnet run -c Release --project tests/LocationBoards.Benchmarks -- --filter '*'` runs the micro-benchmarks.
// docs/benchmarks.md lists each benchmark's own command and its recorded results.
return args.FirstOrDefault() switch
{
    "place-orders" => await PlaceOrdersCommand.RunAsync(args[1..]),
    "hub-fanout" => await HubFanoutCommand.RunAsync(args[1..]),
    "kiosk-speed" => await KioskSpeedCommand.RunAsync(args[1..]),
    "board-circuits" => await BoardCircuitsCommand.RunAsync(args[1..]),
    "dispatch-positions" => await DispatchPositionsCommand.RunAsync(args[1..]),
    "dispatch-map" => await DispatchMapCommand.RunAsync(args[1..]),
    "sales" => await SalesCommand.RunAsync(args[1..]),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    return 0;
}
