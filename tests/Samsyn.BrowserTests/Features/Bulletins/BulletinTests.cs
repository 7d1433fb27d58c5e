namespace Samsyn.BrowserTests.Features.Bulletins;

/// <summary>
/// A message to all providers: the process leader sends one to every organisation in SIMBA, the member for Ale
/// finds it marked in her list, reads it and acknowledges for her organisation, and the process leader sees Ale
/// as acknowledged. Every page on the way passes axe (WCAG 2.1 AA).
/// </summary>
public sealed class BulletinTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Ale = "Ale kommun – vård och omsorg";
    private const string Tjorn = "Tjörns kommun – vård och omsorg";

    [Fact]
    public async Task Process_leader_sends_to_all_providers_and_the_member_acknowledges_for_Ale()
    {
        var title = $"Ändrade telefontider i jul {Guid.NewGuid().ToString("N")[..6]}";
        await SignedInAsAsync(DemoAccounts.ProcessLeader);
        var list = new BulletinsPage(Page);
        await list.GotoAsync();
        await Page.ShouldHaveNoViolationsAsync();

        // A first try without text shows the error summary, which must be as accessible as the form.
        var compose = await list.NewAsync();
        await Page.ShouldHaveNoViolationsAsync();
        await compose.Title.FillAsync(title);
        await compose.ToArea.CheckAsync();
        await compose.Area.SelectOptionAsync(new SelectOptionValue { Label = "SIMBA" });
        await compose.SendButton.ClickAsync();
        await Assertions.Expect(compose.ErrorSummary).ToContainTextAsync("Meddelandets text måste anges.");
        await Page.ShouldHaveNoViolationsAsync();

        // Pasted formatting with a script is cleaned and shown for checking before anything is sent.
        await compose.Body.FillAsync("<p onclick=\"x()\">Vårdcentralernas samverkansfunktion har ändrade telefontider.</p><script>alert(1)</script>");
        await compose.SendButton.ClickAsync();
        await Assertions.Expect(compose.CleanedNotice).ToBeVisibleAsync();
        await Assertions.Expect(compose.Body).Not.ToContainTextAsync("script");
        await Page.ShouldHaveNoViolationsAsync();

        await compose.Body.FillAsync("Vårdcentralernas samverkansfunktion har **ändrade telefontider** under julen.\n\n- 23 december: 08–12\n- 27–30 december: 09–15");
        await compose.FirstLinkText.FillAsync("Telefontider på Vårdgivarwebben");
        await compose.FirstLinkAddress.FillAsync("https://www.vgregion.se/");
        var sent = await compose.SendAsync();
        await Assertions.Expect(sent.SuccessMessage).ToContainTextAsync("Meddelandet är skickat till 6 organisationer.");
        await Assertions.Expect(sent.AcknowledgementCount).ToHaveTextAsync("0 av 6 har bekräftat");
        await Assertions.Expect(sent.RowOf(Ale)).ToContainTextAsync("Inte bekräftat");
        var id = sent.Id;

        await SwitchUserAsync(DemoAccounts.Member);
        await list.GotoAsync();
        await Assertions.Expect(list.AwaitsMyAcknowledgement(title)).ToBeVisibleAsync();
        await Page.ShouldHaveNoViolationsAsync();
        var bulletin = await list.OpenAsync(title);
        await Assertions.Expect(bulletin.Body.Locator("strong")).ToHaveTextAsync("ändrade telefontider");
        await Assertions.Expect(bulletin.Body.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await Assertions.Expect(bulletin.AcknowledgementsHeading).ToHaveCountAsync(0);
        await Page.ShouldHaveNoViolationsAsync();
        await bulletin.AcknowledgeButton(Ale).ClickAsync();
        await Assertions.Expect(bulletin.SuccessMessage).ToContainTextAsync($"{Ale} har bekräftat");
        await Assertions.Expect(bulletin.AcknowledgeButton(Ale)).ToHaveCountAsync(0);
        await Assertions.Expect(bulletin.Main).ToContainTextAsync("Eva Låtsasson");
        await Page.ShouldHaveNoViolationsAsync();
        await list.GotoAsync();
        await Assertions.Expect(list.AwaitsMyAcknowledgement(title)).ToHaveCountAsync(0);

        await SwitchUserAsync(DemoAccounts.ProcessLeader);
        var followUp = new BulletinPage(Page, id);
        await followUp.GotoAsync();
        await Assertions.Expect(followUp.AcknowledgementCount).ToHaveTextAsync("1 av 6 har bekräftat");
        await Assertions.Expect(followUp.RowOf(Ale)).ToContainTextAsync("Bekräftat");
        await Assertions.Expect(followUp.RowOf(Ale)).ToContainTextAsync("Eva Låtsasson");
        await Assertions.Expect(followUp.RowOf(Tjorn)).ToContainTextAsync("Inte bekräftat");
        await Page.ShouldHaveNoViolationsAsync();

        // The sender corrects the validity; the acknowledgement stands.
        await followUp.CorrectLink.ClickAsync();
        var correct = new CorrectBulletinPage(Page);
        await Assertions.Expect(correct.Heading).ToHaveTextAsync("Rätta meddelandet");
        await Page.ShouldHaveNoViolationsAsync();
        await correct.ValidUntil.FillAsync(DateTime.Today.AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await correct.SaveButton.ClickAsync();
        await Assertions.Expect(followUp.SuccessMessage).ToContainTextAsync("Meddelandet är rättat.");
        await Assertions.Expect(followUp.Main).ToContainTextAsync("Rättat");
        await Assertions.Expect(followUp.AcknowledgementCount).ToHaveTextAsync("1 av 6 har bekräftat");

        await followUp.RemindButton.ClickAsync();
        await Assertions.Expect(followUp.SuccessMessage).ToContainTextAsync("En påminnelse är skickad till de 5 organisationer som inte har bekräftat");
        await Page.ShouldHaveNoViolationsAsync();
    }
}
