namespace Samsyn.IntegrationTests.Infrastructure;

/// <summary>Names unique to one test, in letters only: digits could by chance look like a personnummer.</summary>
public static class Unique
{
    public static string Letters(int length = 8) =>
        new([.. Enumerable.Range(0, length).Select(_ => (char)('a' + Random.Shared.Next(26)))]);

    public static string Name(string prefix) => $"{prefix} {Letters()}";
}
