using BenchmarkDotNet.Running;

// bench/run.sh passes --filter '*' --exporters github --artifacts DIR (and a short job); any BenchmarkDotNet arguments work.
BenchmarkSwitcher.FromAssembly(typeof(EcsWinReconciler.Benchmarks.DecisionBenchmarks).Assembly).Run(args);
