using System.Text.RegularExpressions;

namespace Samsyn.BrowserTests.Features.Accessibility;

/// <summary>
/// The axe check on every kind of page a convener reaches by following links from the start page – one page of
/// each shape (addresses alike but for their numbers) – so that a new page cannot miss the check by not being
/// listed in <see cref="AccessibilityTests"/>. All violations are gathered before failing.
/// </summary>
public sealed partial class EveryPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const int MaxPages = 250;

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Number();

    private static bool Skipped(string path) =>
        path.StartsWith("/logga-ut", StringComparison.Ordinal) || path.StartsWith("/api", StringComparison.Ordinal)
        || path.Contains("/pdf", StringComparison.Ordinal) || path.Contains("/fil", StringComparison.Ordinal)
        || path.Contains("export", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ics", StringComparison.Ordinal)
        || path.Contains("/bilagor/", StringComparison.Ordinal) || path.Contains("/ladda-ner", StringComparison.Ordinal)
        || path.StartsWith("/openapi", StringComparison.Ordinal) || path.StartsWith("/healthz", StringComparison.Ordinal)
        || path.Contains("sida=", StringComparison.Ordinal) || path.Contains("handler=", StringComparison.OrdinalIgnoreCase);

    [Fact]
    public async Task Every_kind_of_page_a_convener_reaches_passes_the_axe_check()
    {
        await SignedInAsAsync(DemoAccounts.ProcessLeader);
        var queue = new Queue<string>(["/"]);
        var shapes = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var failures = new List<string>();
        var checkedPages = 0;
        while (queue.Count > 0 && checkedPages < MaxPages)
        {
            var path = queue.Dequeue();
            IResponse? response;
            try { response = await Page.GotoAsync(path); }
            catch (PlaywrightException e) when (e.Message.Contains("Download is starting", StringComparison.Ordinal)) { continue; }
            if (response is null || response.Status != 200 || !(response.Headers.GetValueOrDefault("content-type") ?? "").StartsWith("text/html", StringComparison.Ordinal)) continue;
            checkedPages++;
            if (await Page.ViolationsAsync() is { } report) failures.Add(report);
            var links = await Page.EvalOnSelectorAllAsync<string[]>("a[href^='/']", "links => links.map(a => a.getAttribute('href'))");
            foreach (var link in links)
            {
                var target = link.Split('#')[0];
                if (target.Length == 0 || Skipped(target) || !shapes.Add(Number().Replace(target, "{n}"))) continue;
                queue.Enqueue(target);
            }
        }

        checkedPages.ShouldBeGreaterThan(40, "the crawl reached the capabilities' pages");
        failures.ShouldBeEmpty();
    }
}
