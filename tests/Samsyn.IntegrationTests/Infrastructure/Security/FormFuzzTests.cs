using System.Text.RegularExpressions;

namespace Samsyn.IntegrationTests.Infrastructure.Security;

/// <summary>
/// Every form an administrator reaches by following links, posted with its antiforgery token and every other field
/// empty, "-1", or a 5,000-character text: a client mistake gets a 4xx or the form again with a message, never a 5xx
/// (on PostgreSQL this also catches text longer than its column). The app has a database of its own here, as the
/// posts may change what they find.
/// </summary>
public abstract partial class FormFuzzTests(SamsynFactory factory)
{
    private const int MaxPages = 300;

    [GeneratedRegex("""<form\b([^>]*)>(.*?)</form>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Form();

    [GeneratedRegex("""<(?:input|select|textarea)\b[^>]*\bname="([^"]+)"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex Field();

    [GeneratedRegex("""\b(\w+)="([^"]*)""")]
    private static partial Regex Attribute();

    private sealed record PostedForm(string Action, IReadOnlyList<string> Fields, string FoundOn);

    private static readonly string[] Junk = ["", "-1", new string('Ö', 5000)];

    private static Dictionary<string, string> Attributes(string tag) =>
        Attribute().Matches(tag).GroupBy(m => m.Groups[1].Value.ToLowerInvariant()).ToDictionary(g => g.Key, g => System.Net.WebUtility.HtmlDecode(g.First().Groups[2].Value));

    [Fact]
    public async Task No_form_answers_a_5xx_to_empty_negative_or_overlong_input()
    {
        using var client = await factory.PagesAsAsync(Demo.Admin);
        var forms = await FormsAsync(client);
        forms.Count.ShouldBeGreaterThan(20, "the crawl found the capabilities' forms");

        var problems = new List<string>();
        foreach (var form in forms)
        {
            foreach (var junk in Junk)
            {
                // A fresh token from the page the form is on: posting it as the browser would.
                using var page = await client.GetAsync(form.FoundOn);
                var html = await page.Content.ReadAsStringAsync();
                if (page.StatusCode != HttpStatusCode.OK || !html.Contains("__RequestVerificationToken", StringComparison.Ordinal)) break;
                var values = form.Fields.Where(f => f != "__RequestVerificationToken").Distinct()
                    .Select(f => new KeyValuePair<string, string>(f, junk)).ToList();
                values.Add(new("__RequestVerificationToken", PageSessions.Antiforgery(html)));
                using var response = await client.PostAsync(form.Action, new FormUrlEncodedContent(values));
                if ((int)response.StatusCode >= 500)
                    problems.Add($"POST {form.Action} (from {form.FoundOn}) with {(junk.Length > 10 ? "5000 chars" : $"\"{junk}\"")} answered {(int)response.StatusCode}");
            }
        }
        problems.ShouldBeEmpty();
    }

    /// <summary>The post forms of the pages reached from the start page, one per action shape and set of fields.</summary>
    private static async Task<List<PostedForm>> FormsAsync(HttpClient client)
    {
        var queue = new Queue<string>(["/"]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var forms = new Dictionary<string, PostedForm>(StringComparer.Ordinal);
        var visited = 0;
        while (queue.Count > 0 && visited < MaxPages)
        {
            var path = queue.Dequeue();
            visited++;
            using var response = await client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var html = await response.Content.ReadAsStringAsync();
            foreach (Match match in Form().Matches(html))
            {
                var attributes = Attributes(match.Groups[1].Value);
                if (!string.Equals(attributes.GetValueOrDefault("method"), "post", StringComparison.OrdinalIgnoreCase)) continue;
                var action = attributes.GetValueOrDefault("action") is { Length: > 0 } a ? a : path;
                if (!action.StartsWith('/') || PageSessions.NotAPage(action)) continue;
                var fields = Field().Matches(match.Groups[2].Value).Select(f => System.Net.WebUtility.HtmlDecode(f.Groups[1].Value)).ToList();
                // A form of nothing but its token (sign out, mark all read) has no input to get wrong.
                if (fields.All(f => f == "__RequestVerificationToken")) continue;
                forms.TryAdd($"{PageSessions.Shape(action)} {string.Join(",", fields.Order(StringComparer.Ordinal))}", new PostedForm(action, fields, path));
            }
            foreach (var target in PageSessions.Links(html))
            {
                if (PageSessions.NotAPage(target) || target.Contains("handler=", StringComparison.OrdinalIgnoreCase) || !seen.Add(target)) continue;
                var shape = PageSessions.Shape(target);
                shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
                if (shapes[shape] <= 2) queue.Enqueue(target);
            }
        }
        return [.. forms.Values];
    }
}

public sealed class FormFuzzOnSqlite(SqliteFactory factory) : FormFuzzTests(factory), IClassFixture<SqliteFactory>;

public sealed class FormFuzzOnPostgres(PostgresFactory factory) : FormFuzzTests(factory), IClassFixture<PostgresFactory>;
