namespace Samsyn.BrowserTests.Pages;

/// <summary>What every Samsyn page has: the layout's skip link, main navigation, heading and main content.</summary>
public abstract class BasePage(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>The page's address relative to the server.</summary>
    public abstract string Path { get; }

    public ILocator Heading => Page.Locator("main h1");
    public ILocator Main => Page.Locator("main");
    public ILocator SkipLink => Page.GetByRole(AriaRole.Link, new() { Name = "Hoppa till huvudinnehållet" });
    public ILocator MainNavigation => Page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" });
    public ILocator SuccessMessage => Page.GetByRole(AriaRole.Status);

    /// <summary>The heading of one of the main navigation's menus ("Styrning", "Register", "Administration").</summary>
    public ILocator NavigationMenu(string name) => MainNavigation.Locator("summary", new() { HasText = name });

    /// <summary>A link of the main navigation, opening its menu first when it is in one.</summary>
    public async Task FollowNavigationAsync(string link, string? menu = null)
    {
        if (menu is not null) await NavigationMenu(menu).ClickAsync();
        await MainNavigation.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
    }

    /// <summary>Opens the page and fails with the status when the server does not answer 2xx.</summary>
    public async Task GotoAsync()
    {
        var response = await Page.GotoAsync(Path);
        response.ShouldNotBeNull();
        response.Ok.ShouldBeTrue($"GET {Path} answered {response.Status}, not a 2xx page.");
    }
}
