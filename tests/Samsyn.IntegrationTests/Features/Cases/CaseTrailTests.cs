using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.IntegrationTests.Features.Notifications;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Infrastructure.Auditing;
using static Samsyn.IntegrationTests.Features.Cases.CaseScenes;

namespace Samsyn.IntegrationTests.Features.Cases;

/// <summary>
/// The whole trail of a case over the API: raised → on the agenda → handed over → accepted → noted →
/// reported back (proposed onto the handing group's next meeting) → closed, read back by GET; with the
/// notifications and the audit it leaves. Meetings are planned in 2043 in the scene's own groups.
/// </summary>
public abstract class CaseTrailTests(SamsynFactory factory)
{
    private static readonly DateTimeOffset NextMeeting = new(2043, 3, 10, 13, 0, 0, MeetingsApi.Winter);

    private static string[] Kinds(JsonElement details) => [.. details.GetProperty("trail").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!)];

    [Fact]
    public async Task Case_goes_from_raised_through_handover_and_report_back_to_closed_and_GET_shows_the_whole_trail()
    {
        var scene = await factory.NewCaseSceneAsync();
        using var convener = await factory.SignedInAsync(scene.HandingConvener.Email);
        using var receiver = await factory.SignedInAsync(scene.ReceiverA.Email);
        var meeting = MeetingsApi.MeetingId(await convener.CreateMeetingAsync(scene.HandingGroupId, NextMeeting));
        var title = Unique.Name("Hjälpmedel på plats vid hemgång");

        // Raised by a member for the one organisation she acts for.
        using var raiser = await factory.SignedInAsync(scene.Raiser.Email);
        using var raisedResponse = await raiser.PostJsonAsync("/api/v1/cases", CaseBody(scene, title));
        var raised = await raisedResponse.ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = Id(raised);
        raisedResponse.Headers.Location!.ToString().ShouldBe($"/api/v1/cases/{id}");
        raisedResponse.Headers.ETag!.Tag.ShouldBe($"\"{Version(raised)}\"");
        Status(raised).ShouldBe("raised");
        raised.GetProperty("title").GetString().ShouldBe(title);
        raised.GetProperty("urgency").GetString().ShouldBe("high");
        raised.GetProperty("raisedBy").GetString().ShouldBe(scene.Raiser.Name);
        raised.GetProperty("raisedForOrganisationId").GetInt32().ShouldBe(scene.MunicipalityId);
        raised.GetProperty("affectedOrganisations").EnumerateArray().Select(o => o.GetProperty("id").GetInt32())
            .ShouldBe([scene.MunicipalityId, scene.HospitalId], ignoreOrder: true);
        Kinds(raised).ShouldBe(["raised"]);

        // The handing convener puts it on the group's next meeting: an accepted item.
        using (var agenda = await convener.PostJsonAsync($"/api/v1/cases/{id}/agenda", new { version = Version(raised) }))
        {
            var onAgenda = await agenda.ShouldBeJsonAsync(HttpStatusCode.OK);
            Status(onAgenda).ShouldBe("onAgenda");
            onAgenda.GetProperty("meetingId").GetInt32().ShouldBe(meeting);
        }
        var item = MeetingsApi.Agenda(await convener.GetMeetingAsync(meeting)).Single(i => i.GetProperty("title").GetString() == $"Ärende: {title}");
        item.GetProperty("status").GetString().ShouldBe("accepted");
        item.GetProperty("kind").GetString().ShouldBe("decision");
        item.GetProperty("presenterOrganisationId").GetInt32().ShouldBe(scene.MunicipalityId);

        // Handed over to group A, with an assignment and a date.
        var reportBackBy = factory.Today().AddDays(30);
        using var handed = await convener.PostHandoverAsync(await convener.CaseAsync(id), scene.GroupAId, reportBackBy, "Kartlägg beställning av hjälpmedel inför hemgång.");
        var handover = await handed.ShouldBeJsonAsync(HttpStatusCode.Created);
        var handoverId = Id(handover);
        handed.Headers.Location!.ToString().ShouldBe($"/api/v1/handovers/{handoverId}");
        Status(handover).ShouldBe("sent");
        handover.GetProperty("toGroupId").GetInt32().ShouldBe(scene.GroupAId);
        handover.GetProperty("fromGroupId").GetInt32().ShouldBe(scene.HandingGroupId);
        handover.GetProperty("reportBackBy").GetString().ShouldBe(Date(reportBackBy));
        handover.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        handover.GetProperty("handedOverBy").GetString().ShouldBe(scene.HandingConvener.Name);
        Status(await convener.CaseAsync(id)).ShouldBe("handedOver");

        // The receiving convener accepts, notes progress and reports back with links.
        Status(await receiver.AcceptAsync(handoverId)).ShouldBe("accepted");
        using (var note = await receiver.PostJsonAsync($"/api/v1/handovers/{handoverId}/notes", new { text = "Enkät skickad till hemsjukvården." }))
            (await note.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("notes").EnumerateArray()
                .Select(n => n.GetProperty("text").GetString()).ShouldBe(["Enkät skickad till hemsjukvården."]);
        var current = await receiver.GetHandoverAsync(handoverId);
        using var reportResponse = await receiver.PostJsonAsync($"/api/v1/handovers/{handoverId}/report-back", new
        {
            text = "Förslag: en gemensam checklista för hjälpmedel inför hemgång.",
            links = "https://samverkan.example/checklista.pdf\n\n https://samverkan.example/enkat.pdf ",
            version = Version(current),
        });
        var reported = await reportResponse.ShouldBeJsonAsync(HttpStatusCode.OK);
        Status(reported).ShouldBe("reportedBack");
        var report = reported.GetProperty("reportBack");
        report.GetProperty("text").GetString().ShouldBe("Förslag: en gemensam checklista för hjälpmedel inför hemgång.");
        report.GetProperty("links").EnumerateArray().Select(l => l.GetString()).ShouldBe(["https://samverkan.example/checklista.pdf", "https://samverkan.example/enkat.pdf"]);
        report.GetProperty("by").GetString().ShouldBe(scene.ReceiverA.Name);
        report.GetProperty("meetingId").GetInt32().ShouldBe(meeting, "the report-back goes onto the handing group's next meeting");
        var proposal = MeetingsApi.Agenda(await convener.GetMeetingAsync(meeting))
            .Single(i => i.GetProperty("title").GetString() == $"Återrapport från {scene.GroupAName}: {title}");
        proposal.GetProperty("status").GetString().ShouldBe("proposed");
        proposal.GetProperty("description").GetString()!.ShouldContain("en gemensam checklista");
        Status(await convener.CaseAsync(id)).ShouldBe("reportedBack");

        // Closed by the handing convener, without a comment after a report-back.
        var beforeClose = await convener.CaseAsync(id);
        using (var close = await convener.PostJsonAsync($"/api/v1/cases/{id}/close", new { version = Version(beforeClose) }))
            Status(await close.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldBe("closed");

        // Anyone signed in reads the whole trail, in order, with who did what.
        using var member = await factory.SignedInAsync(Demo.Member);
        using var getResponse = await member.GetAsync($"/api/v1/cases/{id}");
        var details = await getResponse.ShouldBeJsonAsync(HttpStatusCode.OK);
        getResponse.Headers.ETag!.Tag.ShouldBe($"\"{Version(details)}\"");
        Kinds(details).ShouldBe(["raised", "putOnAgenda", "handedOver", "accepted", "note", "reportedBack", "reportBackOnAgenda", "closed"]);
        var trail = details.GetProperty("trail").EnumerateArray().ToArray();
        trail.Select(e => e.GetProperty("by").GetString()).ShouldBe([
            scene.Raiser.Name, scene.HandingConvener.Name, scene.HandingConvener.Name, scene.ReceiverA.Name, scene.ReceiverA.Name,
            scene.ReceiverA.Name, scene.ReceiverA.Name, scene.HandingConvener.Name]);
        trail.Select(e => e.GetProperty("at").GetDateTimeOffset()).ShouldBeInOrder();
        trail[2].GetProperty("summary").GetString().ShouldBe($"Överlämnat till {scene.GroupAName}");
        trail[2].GetProperty("text").GetString().ShouldBe("Kartlägg beställning av hjälpmedel inför hemgång.");
        trail[1].GetProperty("meetingId").GetInt32().ShouldBe(meeting);
        trail[6].GetProperty("meetingId").GetInt32().ShouldBe(meeting);
        var shown = details.GetProperty("handovers").EnumerateArray().ShouldHaveSingleItem();
        Status(shown).ShouldBe("reportedBack");
        shown.GetProperty("acceptedAt").ValueKind.ShouldBe(JsonValueKind.String);
        details.GetProperty("closedAt").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task Each_step_notifies_those_who_must_act()
    {
        var scene = await factory.NewCaseSceneAsync();
        using var convener = await factory.SignedInAsync(scene.HandingConvener.Email);
        using var receiver = await factory.SignedInAsync(scene.ReceiverA.Email);
        await convener.CreateMeetingAsync(scene.HandingGroupId, NextMeeting.AddDays(7));

        var raised = await factory.RaiseCaseAsync(scene);
        var id = Id(raised);
        var raisedNotes = await factory.CaseNotificationsAsync(id, NotificationKind.CaseRaised);
        raisedNotes.Select(n => n.RecipientPersonId).ShouldBe([scene.HandingConvener.PersonId], "the handing group's convener, not the raiser");
        raisedNotes[0].Subject.ShouldContain(raised.GetProperty("title").GetString()!);

        var handover = await convener.HandOverAsync(id, scene.GroupAId, factory.Today().AddDays(20));
        var received = await factory.CaseNotificationsAsync(id, NotificationKind.HandoverReceived);
        received.Select(n => n.RecipientPersonId).ShouldBe([scene.ReceiverA.PersonId, scene.GroupAMember.PersonId], ignoreOrder: true);
        received[0].Body.ShouldContain("Kartlägg och föreslå ett gemensamt arbetssätt.");
        received[0].Body.ShouldContain("Återrapport senast");
        received.ShouldAllBe(n => n.EntityType == "Case" && n.EntityId == id.ToString(CultureInfo.InvariantCulture));

        await receiver.AcceptAsync(Id(handover));
        await receiver.ReportBackAsync(Id(handover));
        var reported = await factory.CaseNotificationsAsync(id, NotificationKind.ReportBackReceived);
        reported.Select(n => n.RecipientPersonId).ShouldBe([scene.HandingConvener.PersonId]);
        reported[0].Body.ShouldContain("föreslagen till mötet");

        var details = await convener.CaseAsync(id);
        using (var decide = await convener.PostJsonAsync($"/api/v1/cases/{id}/decision", new { text = "Checklistan gäller från 1 maj.", version = Version(details) }))
            Status(await decide.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldBe("decided");
        var concluded = await factory.CaseNotificationsAsync(id, NotificationKind.CaseConcluded);
        concluded.Select(n => n.RecipientPersonId).ShouldBe([scene.Raiser.PersonId]);
        concluded[0].Body.ShouldContain("Checklistan gäller från 1 maj.");
    }

    [Fact]
    public async Task Case_handed_to_two_groups_is_reported_back_when_one_reports_back_and_the_other_returns_it()
    {
        var scene = await factory.NewCaseSceneAsync();
        using var convener = await factory.SignedInAsync(scene.HandingConvener.Email);
        using var receiverA = await factory.SignedInAsync(scene.ReceiverA.Email);
        using var receiverB = await factory.SignedInAsync(scene.ReceiverB.Email);
        var id = Id(await factory.RaiseCaseAsync(scene));
        var toA = Id(await convener.HandOverAsync(id, scene.GroupAId, factory.Today().AddDays(20)));
        var toB = Id(await convener.HandOverAsync(id, scene.GroupBId, factory.Today().AddDays(40)));

        await receiverA.AcceptAsync(toA);
        await receiverA.ReportBackAsync(toA);
        Status(await convener.CaseAsync(id)).ShouldBe("handedOver", "group B is still working on it");

        var b = await receiverB.GetHandoverAsync(toB);
        using (var returned = await receiverB.PostJsonAsync($"/api/v1/handovers/{toB}/return", new { reason = "Ligger utanför vårt uppdrag.", version = Version(b) }))
        {
            var view = await returned.ShouldBeJsonAsync(HttpStatusCode.OK);
            Status(view).ShouldBe("returned");
            view.GetProperty("returnReason").GetString().ShouldBe("Ligger utanför vårt uppdrag.");
        }
        var details = await convener.CaseAsync(id);
        Status(details).ShouldBe("reportedBack");
        details.GetProperty("handovers").EnumerateArray().Select(Status).ShouldBe(["reportedBack", "returned"]);
        (await factory.CaseNotificationsAsync(id, NotificationKind.HandoverReturned)).Select(n => n.RecipientPersonId)
            .ShouldBe([scene.HandingConvener.PersonId]);
        Kinds(details).ShouldBe(["raised", "handedOver", "handedOver", "accepted", "reportedBack", "returned"]);
    }

    [Fact]
    public async Task Case_decided_at_a_meeting_links_the_decision_in_the_minutes_and_a_handover_its_handover_decision()
    {
        var scene = await factory.NewCaseSceneAsync();
        using var convener = await factory.SignedInAsync(scene.HandingConvener.Email);
        var meeting = await convener.CreateMeetingAsync(scene.HandingGroupId, NextMeeting.AddDays(14));
        var meetingId = MeetingsApi.MeetingId(meeting);
        var itemId = Id(await convener.AddAgendaItemAsync(meetingId, "Ärenden"));
        async Task<int> DecisionAsync(string text, string type)
        {
            using var response = await convener.PostJsonAsync($"/api/v1/meetings/{meetingId}/agenda-items/{itemId}/decisions", new { text, type });
            return Id(await response.ShouldBeJsonAsync(HttpStatusCode.Created));
        }
        var decisionId = await DecisionAsync("Rutinen gäller från 1 februari.", "decision");
        var handoverDecisionId = await DecisionAsync("Frågan lämnas över till närområdesgruppen.", "handover");

        var decided = await factory.RaiseCaseAsync(scene);
        using (var response = await convener.PostJsonAsync($"/api/v1/cases/{Id(decided)}/decision",
                   new { text = "Rutinen gäller från 1 februari.", decisionId, version = Version(decided) }))
        {
            var view = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
            Status(view).ShouldBe("decided");
            view.GetProperty("decisionId").GetInt32().ShouldBe(decisionId);
            view.GetProperty("decision").GetString().ShouldBe("Rutinen gäller från 1 februari.");
            view.GetProperty("trail").EnumerateArray().Last().GetProperty("meetingId").GetInt32().ShouldBe(meetingId);
        }

        var handed = await factory.RaiseCaseAsync(scene);
        using var handoverResponse = await convener.PostJsonAsync($"/api/v1/cases/{Id(handed)}/handovers", new
        {
            toGroupId = scene.GroupAId, assignment = "Utred.", reportBackBy = Date(factory.Today().AddDays(10)),
            decisionId = handoverDecisionId, version = Version(handed),
        });
        var handover = await handoverResponse.ShouldBeJsonAsync(HttpStatusCode.Created);
        handover.GetProperty("decisionId").GetInt32().ShouldBe(handoverDecisionId);
        handover.GetProperty("decisionMeetingId").GetInt32().ShouldBe(meetingId);
    }

    [Fact]
    public async Task Every_step_is_in_the_audit_trail_under_the_one_who_took_it()
    {
        var scene = await factory.NewCaseSceneAsync();
        using var convener = await factory.SignedInAsync(scene.HandingConvener.Email);
        using var receiver = await factory.SignedInAsync(scene.ReceiverA.Email);
        var id = Id(await factory.RaiseCaseAsync(scene));
        var handoverId = Id(await convener.HandOverAsync(id, scene.GroupAId, factory.Today().AddDays(15)));
        await receiver.AcceptAsync(handoverId);
        var caseId = id.ToString(CultureInfo.InvariantCulture);
        var handover = handoverId.ToString(CultureInfo.InvariantCulture);

        var entries = await factory.InDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => (e.EntityType == "Case" && e.EntityId == caseId) || (e.EntityType == "Handover" && e.EntityId == handover))
            .OrderBy(e => e.Id).ToListAsync());
        entries.Select(e => (e.EntityType, e.Action, e.UserName)).ShouldBe([
            ("Case", AuditAction.Created, scene.Raiser.Email),
            ("Case", AuditAction.Updated, scene.HandingConvener.Email),
            ("Handover", AuditAction.Created, scene.HandingConvener.Email),
            ("Handover", AuditAction.Updated, scene.ReceiverA.Email)], ignoreOrder: true);
        entries.Single(e => e.EntityType == "Case" && e.Action == AuditAction.Updated).Changes.ShouldContain("\"HandedOver\"");
        entries.Single(e => e.EntityType == "Handover" && e.Action == AuditAction.Updated).Changes.ShouldContain("\"Accepted\"");
        var events = await factory.InDatabaseAsync(db => db.CaseEvents.Where(e => e.CaseId == id).Select(e => e.Id.ToString()).ToListAsync());
        (await factory.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "CaseEvent" && events.Contains(e.EntityId)))).ShouldBe(events.Count);
    }

    [Fact]
    public async Task Group_handovers_are_listed_incoming_and_outgoing()
    {
        var scene = await factory.NewCaseSceneAsync();
        using var convener = await factory.SignedInAsync(scene.HandingConvener.Email);
        var id = Id(await factory.RaiseCaseAsync(scene));
        var toA = Id(await convener.HandOverAsync(id, scene.GroupAId, factory.Today().AddDays(15)));
        var toB = Id(await convener.HandOverAsync(id, scene.GroupBId, factory.Today().AddDays(15)));
        using var member = await factory.SignedInAsync(Demo.Member);
        async Task<int[]> IdsAsync(string url) => [.. (await member.ListAsync(url)).Select(Id)];

        (await IdsAsync($"/api/v1/groups/{scene.GroupAId}/handovers?direction=incoming")).ShouldBe([toA]);
        (await IdsAsync($"/api/v1/groups/{scene.GroupAId}/handovers?direction=outgoing")).ShouldBeEmpty();
        (await IdsAsync($"/api/v1/groups/{scene.HandingGroupId}/handovers?direction=outgoing")).ShouldBe([toB, toA]);
        (await IdsAsync($"/api/v1/groups/{scene.HandingGroupId}/handovers?direction=Incoming")).ShouldBeEmpty();
        (await IdsAsync($"/api/v1/groups/{scene.HandingGroupId}/handovers")).ShouldBe([toB, toA]);
        (await IdsAsync($"/api/v1/groups/{scene.HandingGroupId}/handovers?status=accepted")).ShouldBeEmpty();
        var item = (await member.ListAsync($"/api/v1/groups/{scene.GroupBId}/handovers?direction=incoming")).ShouldHaveSingleItem();
        item.GetProperty("caseId").GetInt32().ShouldBe(id);
        item.GetProperty("fromGroupName").GetString().ShouldBe(scene.HandingGroupName);

        using var sideways = await member.GetAsync($"/api/v1/groups/{scene.GroupAId}/handovers?direction=sideways");
        (await sideways.ShouldBeValidationProblemAsync("direction"))[0].ShouldContain("incoming, outgoing");
        using var unknown = await member.GetAsync("/api/v1/groups/987654321/handovers");
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Start_page_tells_the_conveners_what_their_cases_ask_of_them()
    {
        var scene = await factory.NewCaseSceneAsync();
        using var convener = await factory.SignedInAsync(scene.HandingConvener.Email);
        using var receiver = await factory.SignedInAsync(scene.ReceiverA.Email);
        Task<List<string>> WaitingAsync(TestPerson person) => factory.InDatabaseAsync(async db =>
            (await Samsyn.Web.Features.Cases.CaseWaiting.ForPersonAsync(db, person.PersonId, factory.Clock.GetUtcNow(), CancellationToken.None)).Select(i => i.Text).ToList());

        var id = Id(await factory.RaiseCaseAsync(scene));
        (await WaitingAsync(scene.HandingConvener)).ShouldBe(["1 nytt ärende att sätta upp, besluta eller lämna över"]);
        (await WaitingAsync(scene.ReceiverA)).ShouldBeEmpty();

        var handover = Id(await convener.HandOverAsync(id, scene.GroupAId, factory.Today()));
        (await WaitingAsync(scene.HandingConvener)).ShouldBeEmpty();
        (await WaitingAsync(scene.ReceiverA)).ShouldBe([$"1 överlämnad fråga att ta emot i {scene.GroupAName}"]);
        (await WaitingAsync(scene.GroupAMember)).ShouldBeEmpty("members are told by notification; the convener acts");

        await receiver.AcceptAsync(handover);
        (await WaitingAsync(scene.ReceiverA)).ShouldBeEmpty();
        using (factory.Clock.TravelTo(Samsyn.Web.Features.Cases.CaseRules.OverdueFrom(factory.Today())))
            (await WaitingAsync(scene.ReceiverA)).ShouldBe([$"1 försenad återrapport i {scene.GroupAName}"]);

        await receiver.ReportBackAsync(handover);
        (await WaitingAsync(scene.HandingConvener)).ShouldBe(["1 återrapporterat ärende att besluta eller avsluta"]);
    }

    [Fact]
    public async Task Demo_data_has_cases_handed_to_the_local_groups_one_reported_back_onto_the_next_meeting_one_overdue_one_decided()
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        var simba = await member.IdByNameAsync("/api/v1/areas", Demo.Simba);
        var cases = await member.ListAsync($"/api/v1/cases?areaId={simba}");
        JsonElement Named(string title) => cases.Single(c => c.GetProperty("title").GetString() == title);

        var aids = Named("Hjälpmedel på plats vid hemgång");
        Status(aids).ShouldBe("handedOver");
        aids.GetProperty("handovers").EnumerateArray().ShouldHaveSingleItem().GetProperty("toGroupName").GetString().ShouldBe("Närområdesgrupp Ale");
        var medication = await member.CaseAsync(Id(Named("Gemensam rutin för läkemedelslista vid utskrivning")));
        Status(medication).ShouldBe("reportedBack");
        var reported = medication.GetProperty("handovers").EnumerateArray().ShouldHaveSingleItem();
        reported.GetProperty("toGroupName").GetString().ShouldBe("Närområdesgrupp Kungälv");
        var meetingId = reported.GetProperty("reportBack").GetProperty("meetingId").GetInt32();
        var next = await member.GetMeetingAsync(meetingId);
        next.GetProperty("meeting").GetProperty("startsAt").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow);
        MeetingsApi.Agenda(next).ShouldContain(i => i.GetProperty("title").GetString() == "Återrapport från Närområdesgrupp Kungälv: Gemensam rutin för läkemedelslista vid utskrivning");
        Named("Nåbarhet till kommunens sjuksköterska kvällar och helger").GetProperty("overdue").GetBoolean().ShouldBeTrue();
        var decided = await member.CaseAsync(Id(Named("Sena inskrivningsmeddelanden under helger")));
        Status(decided).ShouldBe("decided");
        decided.GetProperty("decisionId").ValueKind.ShouldBe(JsonValueKind.Number);
        Status(Named("Informationsöverföring inför korttidsvistelse")).ShouldBe("raised");
        var overdue = await member.ListAsync($"/api/v1/cases?overdue=true&areaId={simba}");
        overdue.Select(c => c.GetProperty("title").GetString()).ShouldContain("Nåbarhet till kommunens sjuksköterska kvällar och helger");
        overdue.ShouldAllBe(c => c.GetProperty("overdue").GetBoolean());
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class CaseTrailOnSqlite(SqliteFactory factory) : CaseTrailTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class CaseTrailOnPostgres(PostgresFactory factory) : CaseTrailTests(factory);
