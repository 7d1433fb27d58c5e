using System.Globalization;
using System.Text.RegularExpressions;
using Samsyn.Web.Infrastructure;

namespace Samsyn.BrowserTests.Features.Cases;

/// <summary>
/// The handover trail in the browser: the process leader — convener of the management group and of every
/// närområdesgrupp in the demo — raises a case, puts it on the next meeting, hands it over to Närområdesgrupp
/// Ale with a report-back date, then as Ale's convener accepts it in the group's inbox and reports back; the
/// case page shows the whole trail. Mistakes are explained on the forms; every page passes axe.
/// </summary>
public sealed partial class CaseHandoverTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Ale = "Närområdesgrupp Ale";

    [Fact]
    public async Task Process_leader_hands_a_case_over_to_Ale_accepts_it_there_reports_back_and_the_case_shows_the_whole_trail()
    {
        await SignedInAsAsync(DemoAccounts.ProcessLeader);
        var title = $"Gemensam kontaktväg vid hemgång {Guid.NewGuid().ToString("N")[..6]}";

        // The list, with the demo's overdue handover standing out in words.
        var list = new CasesPage(Page);
        await list.GotoAsync();
        await Assertions.Expect(list.Row("Nåbarhet till kommunens sjuksköterska kvällar och helger")).ToContainTextAsync("Försenad");
        await Page.ShouldHaveNoViolationsAsync();

        // Raising it: a personal identity number is refused with a message, and nothing is kept.
        var form = await list.RaiseAsync();
        await Assertions.Expect(form.Group.Locator("option:checked")).ToHaveTextAsync("Ledningsgrupp i samverkan");
        await form.Title.FillAsync(title);
        await form.Description.FillAsync("Gäller patienten 811218-9876 som skrevs ut i fredags.");
        await form.Urgency("Hög").CheckAsync();
        await form.Affected("Ale kommun – vård och omsorg").CheckAsync();
        await form.Affected("Kungälvs sjukhus").CheckAsync();
        await form.SubmitAsync();
        await Assertions.Expect(form.ErrorSummary).ToContainTextAsync("personnummer");
        await Assertions.Expect(form.Description).ToHaveAttributeAsync("aria-invalid", "true");
        await Page.ShouldHaveNoViolationsAsync();
        await form.Description.FillAsync("Hemsjukvården och avdelningarna når inte varandra inför hemgång. Vi behöver en gemensam kontaktväg.");
        await form.SubmitAsync();

        var casePage = new CasePage(Page);
        await Assertions.Expect(casePage.SuccessMessage).ToContainTextAsync("Ärendet är väckt hos Ledningsgrupp i samverkan");
        await Assertions.Expect(casePage.Heading).ToContainTextAsync(title);
        await Assertions.Expect(casePage.StatusTags).ToContainTextAsync("Väckt");

        // On the next meeting, then handed over; a date in the past is refused.
        await casePage.PutOnAgendaButton.ClickAsync();
        await Assertions.Expect(casePage.SuccessMessage).ToContainTextAsync("uppsatt på dagordningen");
        await Assertions.Expect(casePage.StatusTags).ToContainTextAsync("På dagordningen");
        var handover = await casePage.HandOverAsync();
        var today = SwedishTime.DateOf(Server.Clock.GetUtcNow());
        await handover.ToGroup.SelectOptionAsync(new SelectOptionValue { Label = Ale });
        await handover.Assignment.FillAsync("Föreslå en gemensam kontaktväg mellan avdelningarna och hemsjukvården i Ale.");
        await handover.ReportBackBy.FillAsync(Iso(today.AddDays(-1)));
        await handover.SubmitAsync();
        await Assertions.Expect(handover.ErrorSummary).ToContainTextAsync("redan passerat");
        await Page.ShouldHaveNoViolationsAsync();
        var due = today.AddDays(35);
        await handover.ReportBackBy.FillAsync(Iso(due));
        await handover.SubmitAsync();
        await Assertions.Expect(casePage.SuccessMessage).ToContainTextAsync($"Frågan är överlämnad till {Ale}");
        await Assertions.Expect(casePage.Handover(Ale)).ToContainTextAsync("Väntar på mottagande");
        await Assertions.Expect(casePage.Handover(Ale)).ToContainTextAsync(due.ToString("d MMMM yyyy", SwedishTime.Culture));

        // As Ale's convener: the question is in the group's inbox, to accept.
        var inbox = new InboxPage(Page, await Server.GroupIdAsync(Ale));
        await inbox.GotoAsync();
        await Assertions.Expect(inbox.Row(title)).ToContainTextAsync("Väntar på mottagande");
        await Page.ShouldHaveNoViolationsAsync();
        await inbox.AcceptButton(title).ClickAsync();
        await Assertions.Expect(inbox.SuccessMessage).ToContainTextAsync("Frågan är mottagen");
        await Assertions.Expect(inbox.Row(title)).ToContainTextAsync("Mottagen, pågår");

        // The report-back, from the case page.
        await inbox.Row(title).GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        var report = await casePage.ReportBackAsync(Ale);
        await report.Text.FillAsync("Vi föreslår ett gemensamt telefonnummer till hemsjukvården och en checklista för avdelningarna.");
        await report.Links.FillAsync("https://samverkan.example/ale/kontaktvag.pdf");
        await report.SubmitAsync();
        await Assertions.Expect(casePage.SuccessMessage).ToContainTextAsync("Återrapporten är skickad till Ledningsgrupp i samverkan");
        await Assertions.Expect(casePage.StatusTags).ToContainTextAsync("Återrapporterat");
        await Assertions.Expect(casePage.Handover(Ale)).ToContainTextAsync("gemensamt telefonnummer");
        await Assertions.Expect(casePage.Handover(Ale).GetByRole(AriaRole.Link, new() { Name = "https://samverkan.example/ale/kontaktvag.pdf" })).ToBeVisibleAsync();
        await Assertions.Expect(casePage.Handover(Ale).GetByRole(AriaRole.Link, new() { NameRegex = ProposedForMeeting() })).ToBeVisibleAsync();

        // The whole trail is on the case.
        (await casePage.TrailStepsAsync()).ShouldBe([
            "Ärendet väcktes hos Ledningsgrupp i samverkan",
            "Uppsatt på dagordningen för Ledningsgrupp i samverkan",
            $"Överlämnat till {Ale}",
            $"Mottaget av {Ale}",
            $"Återrapporterat av {Ale}",
            "Återrapporten föreslagen till dagordningen för Ledningsgrupp i samverkan",
        ]);
        await Assertions.Expect(casePage.Trail).ToContainTextAsync("Föreslå en gemensam kontaktväg");
        await Page.ShouldHaveNoViolationsAsync();

        // Closed after the report-back; the list finds it by status.
        await casePage.CloseLink.ClickAsync();
        await Main.GetByRole(AriaRole.Button, new() { Name = "Avsluta ärendet", Exact = true }).ClickAsync();
        await Assertions.Expect(casePage.SuccessMessage).ToContainTextAsync("Ärendet är avslutat.");
        (await casePage.TrailStepsAsync())[^1].ShouldBe("Avslutat av Ledningsgrupp i samverkan");
        var closed = new CasesPage(Page, "?status=Closed");
        await closed.GotoAsync();
        await Assertions.Expect(closed.Row(title)).ToContainTextAsync("Avslutat");
    }

    [Fact]
    public async Task Empty_list_says_so_and_offers_to_raise_a_case()
    {
        await SignedInAsAsync(DemoAccounts.Member);
        var list = new CasesPage(Page, "?status=Closed&forsenade=true");
        await list.GotoAsync();
        await Assertions.Expect(Main.Locator(".empty-state")).ToContainTextAsync("Inga ärenden matchar filtret.");
        await Page.ShouldHaveNoViolationsAsync();
    }

    private ILocator Main => Page.Locator("main");

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("^Föreslagen till dagordningen för mötet ")]
    private static partial Regex ProposedForMeeting();
}
