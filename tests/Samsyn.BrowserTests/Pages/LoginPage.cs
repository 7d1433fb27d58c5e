using System.Text.RegularExpressions;

namespace Samsyn.BrowserTests.Pages;

/// <summary>"Logga in" at /logga-in.</summary>
public sealed partial class LoginPage(IPage page) : BasePage(page)
{
    public override string Path => "/logga-in";

    public ILocator Email => Page.GetByLabel("E-postadress", new() { Exact = true });
    public ILocator Password => Page.GetByLabel("Lösenord", new() { Exact = true });
    public ILocator SignInButton => Page.GetByRole(AriaRole.Button, new() { Name = "Logga in", Exact = true });

    public async Task<StartPage> SignInAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await SignInButton.ClickAsync();
        return await LandedOnStartPageAsync();
    }

    /// <summary>Waits until the login has taken the browser away from the login page.</summary>
    public async Task<StartPage> LandedOnStartPageAsync()
    {
        await Assertions.Expect(Page).Not.ToHaveURLAsync(OnLoginPage());
        return new StartPage(Page);
    }

    [GeneratedRegex("/logga-in")]
    private static partial Regex OnLoginPage();
}
