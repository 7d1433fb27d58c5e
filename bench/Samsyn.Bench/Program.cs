using System.Globalization;
using Samsyn.Bench.Generation;

namespace Samsyn.Bench;

/// <summary>
/// Fills an empty Samsyn database with ten years of a large region's data (docs/benchmarks.md):
/// <c>dotnet run --project bench/Samsyn.Bench -- --database sqlite|postgres --connection "…" [--scale 1] [--seed 42] [--end 2026-11-30]</c>.
/// Not top-level statements: their global <c>Program</c> would clash with the web app's in the tests that use both.
/// </summary>
internal static class BenchProgram
{
    public static async Task Main(string[] args)
    {
        var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
            .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length ? args[x.i + 1] : "");
        string Option(string name, string fallback) => options.TryGetValue(name, out var value) ? value : fallback;

        var database = Enum.Parse<BenchDatabase>(Option("database", "sqlite"), ignoreCase: true);
        var connection = Option("connection", "Data Source=App_Data/samsyn.db");
        var size = BenchSize.Large with { Scale = double.Parse(Option("scale", "1"), CultureInfo.InvariantCulture) };
        var seed = int.Parse(Option("seed", "42"), CultureInfo.InvariantCulture);
        var end = DateOnly.ParseExact(Option("end", "2026-11-30"), "yyyy-MM-dd", CultureInfo.InvariantCulture);

        await BenchGenerator.GenerateAsync(database, connection, size, seed, end, Console.Out);
        Console.WriteLine($"Log in as {BenchAccounts.AdminEmail} (administrator) or any generated person, password {BenchGenerator.Password}.");
    }
}
