using System.Globalization;
using System.Text.RegularExpressions;

namespace Samsyn.BrowserTests.Pages;

/// <summary>Granting a temporary exemption at /avsteg/nytt?dokument={id}.</summary>
public sealed class GrantExemptionPage(IPage page) : BasePage(page)
{
    public override string Path => Page.Url;

    public ILocator Decision => Main.GetByLabel("Beslut", new() { Exact = true });
    public ILocator Description => Main.GetByLabel("Vad avsteget gäller", new() { Exact = true });
    public ILocator Reason => Main.GetByLabel("Skäl", new() { Exact = true });
    public ILocator ValidFrom => Main.GetByLabel("Gäller från och med", new() { Exact = true });
    public ILocator ValidTo => Main.GetByLabel("Gäller till och med", new() { Exact = true });
    public ILocator GrantButton => Main.GetByRole(AriaRole.Button, new() { Name = "Bevilja avsteget", Exact = true });
    public ILocator ErrorSummary => Main.Locator("[data-error-summary]");

    public ILocator Organisation(string name) => Main.GetByRole(AriaRole.Checkbox, new() { Name = name, Exact = true });

    /// <summary>Chooses the decision whose option (shortened on the page) contains every one of <paramref name="texts"/>.</summary>
    public async Task ChooseDecisionAsync(params string[] texts)
    {
        var options = Decision.Locator("option");
        foreach (var text in texts) options = options.Filter(new() { HasText = text });
        var label = await options.First.TextContentAsync();
        await Decision.SelectOptionAsync(new SelectOptionValue { Label = label!.Trim() });
    }

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<ExemptionPage> GrantAsync()
    {
        await GrantButton.ClickAsync();
        var exemption = new ExemptionPage(Page);
        await Assertions.Expect(exemption.SuccessMessage).ToContainTextAsync("Avsteget är beviljat");
        return exemption;
    }
}

/// <summary>One exemption at /avsteg/{id}: facts, state and history.</summary>
public sealed partial class ExemptionPage(IPage page, int? id = null) : BasePage(page)
{
    public override string Path => $"/avsteg/{id ?? Id}";

    public int Id => int.Parse(Address().Match(new Uri(Page.Url).AbsolutePath).Groups[1].Value, CultureInfo.InvariantCulture);

    public ILocator State => Main.Locator(".tags .tag");
    public ILocator History => Main.GetByRole(AriaRole.Table, new() { Name = "Avstegets historik, äldst först" });

    [GeneratedRegex(@"^/avsteg/(\d+)")]
    private static partial Regex Address();
}
