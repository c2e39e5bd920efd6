using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ServiceStandard.Loading;
using ServiceStandard.Validation;

namespace ServiceStandard.Benchmarks;

/// <summary>
/// The CPU time of each stage of validating a folder of JSON inventories on one thread, warm: the JSON tokens alone
/// (<see cref="Utf8JsonReader"/>, the floor), loading (tokens, tree, aliases, binding), the rules on the loaded
/// documents, and <see cref="InventoryValidator.ValidateFile"/> (all of it, the file read included). The best of
/// <c>--rounds</c> rounds. <c>--only validate</c> runs just the last stage, for a profiler or callgrind.
/// <c>dotnet ServiceStandard.Benchmarks.dll stages FOLDER [--rounds 5] [--only validate]</c>.
/// </summary>
internal static class Stages
{
    public static int Run(string[] args)
    {
        string Option(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }

        var files = Directory.GetFiles(args[1], "*.json").Order(StringComparer.Ordinal).ToArray();
        var rounds = int.Parse(Option("--rounds", "5"), CultureInfo.InvariantCulture);
        if (Option("--only", string.Empty) == "validate")
        {
            for (var round = 0; round < rounds; round++)
            {
                foreach (var file in files)
                {
                    InventoryValidator.ValidateFile(file);
                }
            }

            return 0;
        }

        var bytes = files.Select(File.ReadAllBytes).ToArray();
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var round = 0; round < rounds; round++)
        {
            var tokens = 0L;
            Time(best, "tokens (Utf8JsonReader)", () =>
            {
                foreach (var document in bytes)
                {
                    var reader = new Utf8JsonReader(document);
                    while (reader.Read())
                    {
                        tokens++;
                    }
                }
            });
            var loads = new LoadResult[bytes.Length];
            Time(best, "load (tree, aliases, binding)", () =>
            {
                for (var i = 0; i < bytes.Length; i++)
                {
                    loads[i] = InventoryLoader.Load(bytes[i], Loading.DocumentFormat.Json, files[i]);
                }
            });
            var findings = 0;
            Time(best, "rules", () => findings += loads.Sum(load => InventoryValidator.Validate(load).Diagnostics.Count));
            Time(best, "ValidateFile (all)", () => findings += files.Sum(file => InventoryValidator.ValidateFile(file).Diagnostics.Count));
            if (round == 0)
            {
                Console.WriteLine(FormattableString.Invariant($"{files.Length} files, {bytes.Sum(b => (long)b.Length) / 1e6:F1} MB, {tokens} tokens, {findings} findings"));
            }
        }

        foreach (var (stage, milliseconds) in best)
        {
            Console.WriteLine(FormattableString.Invariant($"{stage,-32} {milliseconds,8:F0} ms CPU (best of {rounds})"));
        }

        return 0;
    }

    private static void Time(Dictionary<string, double> best, string stage, Action action)
    {
        var start = Process.GetCurrentProcess().TotalProcessorTime;
        action();
        var spent = (Process.GetCurrentProcess().TotalProcessorTime - start).TotalMilliseconds;
        best[stage] = best.TryGetValue(stage, out var earlier) ? Math.Min(earlier, spent) : spent;
    }
}
