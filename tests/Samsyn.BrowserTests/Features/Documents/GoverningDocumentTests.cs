using System.Globalization;
using Samsyn.Web.Infrastructure;

namespace Samsyn.BrowserTests.Features.Documents;

/// <summary>
/// The main path: the process leader registers a guideline, approves it at a meeting of the management group by
/// the decision in the minutes, grants a temporary exemption decided at the same meeting, sees the banner on the
/// guideline's page, and after the exemption's last day sees it gone. The register, document, decision and exemption
/// pages pass axe (WCAG 2.1 AA) on the way.
/// </summary>
public sealed class GoverningDocumentTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string ManagementGroup = "Ledningsgrupp i samverkan";
    private const string PrimaryCare = "Regional primärvård SIMBA";
    private const string ApprovalItem = "Information till alla vård- och insatsgivare";
    private const string ExemptionItem = "Aktiva temporära avsteg";

    [Fact]
    public async Task Process_leader_approves_a_guideline_at_a_meeting_grants_an_exemption_and_sees_its_banner_until_the_end_date()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var title = $"Riktlinje för läkemedelslista vid utskrivning {suffix}";
        var approval = $"Ledningsgruppen fastställer {title}.";
        var decided = $"Temporärt avsteg från {title} för regional primärvård.";
        // A coming meeting that no other test touches; the test is held on its day.
        var (meetingId, startsAt) = await Server.MeetingAsync(ManagementGroup, held: false, upcoming: 2);
        var meetingDay = SwedishTime.DateOf(startsAt);
        var lastDay = meetingDay.AddDays(7);

        using (Server.Clock.TravelTo(startsAt.AddMinutes(30)))
        {
            await SignInAfreshAsync(DemoAccounts.ProcessLeader);
            var register = new DocumentsPage(Page);
            await register.GotoAsync();
            await Assertions.Expect(register.RowOf("Uppdragsbeskrivning för ledningsgrupp i samverkan")).ToContainTextAsync("2021-12-03");
            await Page.ShouldHaveNoViolationsAsync();

            // A first try without a title shows the error summary.
            var create = await register.NewAsync();
            await create.Type.SelectOptionAsync(new SelectOptionValue { Label = "Riktlinje" });
            await create.ApprovingGroup.SelectOptionAsync(new SelectOptionValue { Label = $"{ManagementGroup} (SIMBA)" });
            await create.OwnerGroup.SelectOptionAsync(new SelectOptionValue { Label = $"{ManagementGroup} (SIMBA)" });
            await create.SaveButton.ClickAsync();
            await Assertions.Expect(create.ErrorSummary).ToContainTextAsync("Titel måste anges.");
            await Page.ShouldHaveNoViolationsAsync();
            await create.Title.FillAsync(title);
            await create.PreparedBy.FillAsync("Helena Fiktiva, processledare");
            await create.Text.FillAsync("### Syfte\n\nAtt läkemedelslistan följer med patienten i ett effektivt flöde.\n\n- Slutenvården skickar listan samma dag.\n- Primärvården stämmer av den inom tre dagar.");
            var document = await create.SaveAsync();
            var documentId = document.Id;
            await Assertions.Expect(document.DraftNotice).ToBeVisibleAsync();
            await Assertions.Expect(document.HeaderField("Datum för godkännande")).ToHaveTextAsync("Inte godkänt");
            await Page.ShouldHaveNoViolationsAsync();

            // At the meeting the decisions go into the minutes.
            var minutes = new MinutesPage(Page, meetingId);
            await minutes.GotoAsync();
            await minutes.AddDecisionAsync(ApprovalItem, approval);
            await minutes.AddDecisionAsync(ExemptionItem, decided, "Temporärt avsteg");

            // The guideline is approved by the decision in the minutes.
            document = new DocumentPage(Page, documentId);
            await document.GotoAsync();
            var approve = await document.OpenApprovalAsync(1);
            await Page.ShouldHaveNoViolationsAsync();
            document = await approve.ApproveByAsync(approval);
            var day = meetingDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await Assertions.Expect(document.HeaderField("Godkänt av")).ToHaveTextAsync(ManagementGroup);
            await Assertions.Expect(document.HeaderField("Datum för godkännande")).ToHaveTextAsync(day);
            await Assertions.Expect(document.Tags).ToContainTextAsync("Version 1 gäller");
            await Assertions.Expect(document.Text.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
            await Assertions.Expect(document.ExemptionBanners).ToHaveCountAsync(0);

            // The printable page as PDF carries the header block (Chromium makes it on the server; a busy machine takes a while).
            var download = await Page.RunAndWaitForDownloadAsync(() => document.PdfLink.EvaluateAsync("link => link.click()"), new() { Timeout = 60_000 });
            var pdf = PdfText.Of(await File.ReadAllBytesAsync(await download.PathAsync()));
            // The title's words and its suffix apart: extraction may order a wrapped heading's pieces differently.
            // "effektivt flöde" as written, not with the ligature characters a font would draw for "ff" and "fl".
            foreach (var text in new[] { "Riktlinje för läkemedelslista vid", suffix, "Datum för godkännande", day, "Godkänt av", ManagementGroup, "Att läkemedelslistan följer med patienten i ett effektivt flöde." })
                pdf.ShouldContain(PdfText.Squash(text));

            // The decision register shows the approval with its meeting and document.
            await Page.GotoAsync($"/beslut?sok={Uri.EscapeDataString(title)}");
            var row = Page.Locator("main").GetByRole(AriaRole.Row).Filter(new() { HasText = approval });
            await Assertions.Expect(row).ToContainTextAsync("Vid möte");
            await Assertions.Expect(row).ToContainTextAsync(title);
            await Page.ShouldHaveNoViolationsAsync();
            await row.GetByRole(AriaRole.Link, new() { Name = approval }).ClickAsync();
            await Assertions.Expect(Page.Locator("main")).ToContainTextAsync(ApprovalItem);
            await Page.ShouldHaveNoViolationsAsync();

            // The exemption decided at the same meeting: regional primary care, for a week from the meeting day.
            document = new DocumentPage(Page, documentId);
            await document.GotoAsync();
            var grant = await document.OpenGrantExemptionAsync();
            await grant.ChooseDecisionAsync(title, "avsteg");
            await grant.Description.FillAsync("Läkemedelslistan får stämmas av inom fem dagar i stället för tre.");
            await grant.Reason.FillAsync("Hög sjukfrånvaro bland sjuksköterskorna på vårdcentralerna.");
            await grant.Organisation(PrimaryCare).CheckAsync();
            await grant.ValidFrom.FillAsync(GrantExemptionPage.Date(meetingDay));
            await grant.ValidTo.FillAsync(GrantExemptionPage.Date(lastDay));
            await Page.ShouldHaveNoViolationsAsync();
            var exemption = await grant.GrantAsync();
            exemption = new ExemptionPage(Page, exemption.Id);
            await Assertions.Expect(exemption.State).ToHaveTextAsync("Gäller");
            await Assertions.Expect(exemption.History).ToContainTextAsync("Beviljat");
            await Page.ShouldHaveNoViolationsAsync();

            // While it applies, the guideline's page carries the banner, and the minutes list it as a standing item.
            await document.GotoAsync();
            var banner = document.ExemptionBanners.ShouldHaveSingleItemAsync();
            await Assertions.Expect(await banner).ToContainTextAsync($"Temporärt avsteg gäller till och med {lastDay:yyyy-MM-dd}");
            await Assertions.Expect(await banner).ToContainTextAsync(PrimaryCare);
            await Page.ShouldHaveNoViolationsAsync();
            await minutes.GotoAsync();
            await Assertions.Expect(minutes.Main.GetByRole(AriaRole.Table, new() { Name = $"Temporära avsteg som gäller {day}" }))
                .ToContainTextAsync("Läkemedelslistan får stämmas av inom fem dagar");

            // The day after its last day, the banner is gone and the exemption waits for the return to be confirmed.
            using (Server.Clock.TravelTo(SwedishTime.At(lastDay.AddDays(1), new TimeOnly(9, 0))))
            {
                await SignInAfreshAsync(DemoAccounts.ProcessLeader);
                await document.GotoAsync();
                await Assertions.Expect(document.Heading).ToHaveTextAsync(title);
                await Assertions.Expect(document.ExemptionBanners).ToHaveCountAsync(0);
                await exemption.GotoAsync();
                await Assertions.Expect(exemption.State).ToHaveTextAsync("Upphört – återgång ej bekräftad");
                await Page.GotoAsync("/avsteg");
                await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("Läkemedelslistan får stämmas av inom fem dagar");
                await Page.ShouldHaveNoViolationsAsync();
            }
        }
    }
}

internal static class LocatorExtensions
{
    /// <summary>Waits until exactly one element matches and returns it.</summary>
    public static async Task<ILocator> ShouldHaveSingleItemAsync(this ILocator locator)
    {
        await Assertions.Expect(locator).ToHaveCountAsync(1);
        return locator.First;
    }
}
