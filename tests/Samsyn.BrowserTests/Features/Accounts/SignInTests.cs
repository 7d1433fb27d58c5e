namespace Samsyn.BrowserTests.Features.Accounts;

public sealed class SignInTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task First_tab_reaches_the_skip_link_and_the_login_can_be_completed_with_the_keyboard_only()
    {
        var login = new LoginPage(Page);
        await login.GotoAsync();

        await Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(login.SkipLink).ToBeFocusedAsync();
        await Assertions.Expect(login.SkipLink).ToBeInViewportAsync();

        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(login.Main).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(login.Email).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync(DemoAccounts.ProcessLeader);
        await Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(login.Password).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync(DemoAccounts.Password);
        await Page.Keyboard.PressAsync("Enter");

        var start = await login.LandedOnStartPageAsync();
        await Assertions.Expect(start.Heading).ToHaveTextAsync("Vad behöver mig nu?");
    }
}
