using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

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

    public static async Task ShouldHaveNoViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        if (result.Violations.Length == 0) return;
        throw new ShouldAssertException(Describe(page.Url, result.Violations));
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
