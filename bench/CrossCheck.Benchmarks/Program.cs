using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/CrossCheck.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
