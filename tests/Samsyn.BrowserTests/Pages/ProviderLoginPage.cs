namespace Samsyn.BrowserTests.Pages;

/// <summary>The test provider's own login form (not Samsyn's): a user name and a button.</summary>
public sealed class ProviderLoginPage(IPage page)
{
    public ILocator UserName => page.GetByLabel("Användarnamn hos testleverantören");
    public ILocator SignInButton => page.GetByRole(AriaRole.Button, new() { Name = "Logga in hos testleverantören" });

    public async Task SignInAsync(string userName)
    {
        await UserName.FillAsync(userName);
        await SignInButton.ClickAsync();
    }
}
