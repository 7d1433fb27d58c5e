using System.Text;
using Deque.AxeCore.Commons;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Samsyn.BrowserTests.Infrastructure;

/// <summary>Runs axe-core with the WCAG 2.1 A and AA rules and fails with a report a developer can act on.</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        // Only violations are read; details of every passing node would only slow the run down.
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>axe-core as Deque.AxeCore bundles it (the same script <c>page.RunAxe()</c> injects).</summary>
    private static readonly Lazy<string> AxeScript = new(() =>
    {
        using var stream = typeof(AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js is missing from Deque.AxeCore.Commons.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static async Task ShouldHaveNoViolationsAsync(this IPage page)
    {
        if (await ViolationsAsync(page) is { } report) throw new ShouldAssertException(report);
    }

    /// <summary>The report of the page's violations, or null when it has none.</summary>
    public static async Task<string?> ViolationsAsync(this IPage page)
    {
        var result = await RunAxeAsync(page);
        return result.Violations.Length == 0 ? null : Describe(page.Url, result.Violations);
    }

    /// <summary>
    /// Runs <c>axe.run</c> in the page itself. Deque.AxeCore.Playwright's <c>page.RunAxe()</c> gives the same
    /// result but injects axe twice and opens a new browser context per call (about 3 s a page here against
    /// 0.7 s), which alone would take the suite past its one-minute budget. Samsyn has no iframes, the one
    /// thing the slower way adds.
    /// </summary>
    private static async Task<AxeResult> RunAxeAsync(IPage page)
    {
        await page.EvaluateAsync($"() => {{ {AxeScript.Value} }}");
        var json = await page.EvaluateAsync<string>(
            "options => axe.run(document, JSON.parse(options)).then(result => JSON.stringify(result))",
            JsonConvert.SerializeObject(Wcag21AA));
        return new AxeResult(JObject.Parse(json));
    }

    private static string Describe(string url, IEnumerable<AxeResultItem> violations)
    {
        var report = new StringBuilder($"axe found WCAG 2.1 AA violations on {url}:");
        foreach (var violation in violations)
        {
            report.AppendLine().Append("- ").Append(violation.Id).Append(" (").Append(violation.Impact).Append("): ")
                .Append(violation.Help).Append(' ').Append(violation.HelpUrl);
            foreach (var node in violation.Nodes)
            {
                report.AppendLine().Append("    at ").Append(node.Target).Append("  ").Append(Shorten(node.Html));
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message).Distinct();
                report.AppendLine().Append("       ").Append(string.Join("; ", checks).ReplaceLineEndings(" "));
            }
        }
        return report.ToString();
    }

    private static string Shorten(string? html) =>
        html is null ? "" : html.Length <= 160 ? html : html[..160] + "…";
}
