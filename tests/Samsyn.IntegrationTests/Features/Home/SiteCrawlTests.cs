using System.Text.RegularExpressions;

namespace Samsyn.IntegrationTests.Features.Home;

/// <summary>
/// Follows every link of the pages a signed-in person reaches from the start page, the way a curious user would:
/// each page answers 200 (or, for a link the person may not follow, 403/404 – never a 5xx), in Swedish, and
/// shows no Razor source that was meant to run (an "@if" glued to a word is taken as text by Razor).
/// </summary>
public abstract partial class SiteCrawlTests(SamsynFactory factory)
{
    private const int MaxPages = 400;

    [GeneratedRegex("""@(if|foreach|for|switch|Model|await|Html|\()\b""")]
    private static partial Regex RazorLeftOver();

    [Theory]
    [InlineData(Demo.Admin)]
    [InlineData(Demo.Member)]
    public async Task Every_page_reached_by_links_answers_without_error_and_without_Razor_source(string email)
    {
        using var client = await factory.PagesAsAsync(email);
        var queue = new Queue<string>(["/"]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        var visited = 0;
        while (queue.Count > 0 && visited < MaxPages)
        {
            var path = queue.Dequeue();
            visited++;
            using var response = await client.GetAsync(path);
            var status = (int)response.StatusCode;
            if (status >= 500 || status is not (200 or 403 or 404 or 302)) { problems.Add($"{path} answered {status}"); continue; }
            if (status != 200 || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var html = await response.Content.ReadAsStringAsync();
            var body = Regex.Replace(html, "<script.*?</script>", "", RegexOptions.Singleline);
            if (RazorLeftOver().Match(body) is { Success: true } leftOver)
                problems.Add($"{path} shows Razor source \"{body.Substring(Math.Max(0, leftOver.Index - 40), Math.Min(80, body.Length - Math.Max(0, leftOver.Index - 40)))}\"");
            if (!html.Contains("<html lang=\"sv\">", StringComparison.Ordinal)) problems.Add($"{path} is not marked Swedish");
            foreach (var target in PageSessions.Links(html))
            {
                if (PageSessions.NotAPage(target) || !seen.Add(target)) continue;
                var shape = PageSessions.Shape(target);
                shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
                if (shapes[shape] <= 3) queue.Enqueue(target);
            }
        }

        visited.ShouldBeGreaterThan(40, "the crawl reached the capabilities' pages");
        problems.ShouldBeEmpty();
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class SiteCrawlOnSqlite(SqliteFactory factory) : SiteCrawlTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class SiteCrawlOnPostgres(PostgresFactory factory) : SiteCrawlTests(factory);
