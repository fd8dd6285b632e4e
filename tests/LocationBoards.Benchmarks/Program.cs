using BenchmarkDotNet.Running;

// `dotnet run -c Release --project tests/LocationBoards.Benchmarks -- --filter '*'` runs them all;
// docs/benchmarks.md lists each benchmark's own command and its recorded results.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
