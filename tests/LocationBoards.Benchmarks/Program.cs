using BenchmarkDotNet.Running;
using LocationBoards.Benchmarks.BoardCircuits;

// Load generators that run the hub as its own process are sub-commands, not BenchmarkDotNet benchmarks.
if (args is ["board-circuits", ..]) { Environment.ExitCode = await BoardCircuitsCommand.RunAsync(args[1..]); return; }

// `dotnet run -c Release --project tests/LocationBoards.Benchmarks -- --filter '*'` runs them all;
// docs/benchmarks.md lists each benchmark's own command and its recorded results.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
