namespace Samsyn.BrowserTests.Infrastructure;

/// <summary>Moving through a page the way a keyboard user does.</summary>
public static class KeyboardNavigation
{
    /// <summary>
    /// Presses Tab until <paramref name="target"/> has the focus, and fails when it is not reached within
    /// <paramref name="maxPresses"/> presses (it is then not in the tab order, or something traps the focus).
    /// </summary>
    public static async Task TabToAsync(this IPage page, ILocator target, int maxPresses = 60)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement")) return;
        }
        var focused = await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 160) ?? 'nothing'");
        throw new ShouldAssertException($"{maxPresses} presses of Tab did not reach {target}; the focus is on {focused}.");
    }
}
