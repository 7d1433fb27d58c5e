using Microsoft.EntityFrameworkCore;
using Samsyn.IntegrationTests.Features.Notifications;
using static Samsyn.IntegrationTests.Features.Cases.CaseScenes;

namespace Samsyn.IntegrationTests.Features.Cases;

/// <summary>
/// What the case API refuses, and how: bad input → 400 naming the field; the wrong person → 403; a
/// stale version → 409 and a missing one → 428; a step the state does not allow → 409. Nothing is
/// stored in any of these. And the list's filters.
/// </summary>
public abstract class CaseRulesApiTests(SamsynFactory factory)
{
    [Theory]
    [InlineData("""{"groupId": {group}, "title": "Patient 811218-9876 väntar", "description": "Beskrivning.", "affectedOrganisationIds": [{org}]}""", "title")]
    [InlineData("""{"groupId": {group}, "title": "Rubrik", "description": "Gäller 19121212-1212 på avdelning 4.", "affectedOrganisationIds": [{org}]}""", "description")]
    [InlineData("""{"groupId": {group}, "description": "Utan rubrik.", "affectedOrganisationIds": [{org}]}""", "title")]
    [InlineData("""{"groupId": {group}, "title": "Rubrik", "affectedOrganisationIds": [{org}]}""", "description")]
    [InlineData("""{"groupId": {group}, "title": "Rubrik", "description": "Beskrivning.", "affectedOrganisationIds": []}""", "affectedOrganisationIds")]
    [InlineData("""{"groupId": {group}, "title": "Rubrik", "description": "Beskrivning.", "affectedOrganisationIds": [{other}]}""", "affectedOrganisationIds")]
    [InlineData("""{"groupId": {group}, "title": "Rubrik", "description": "Beskrivning.", "urgency": "whenever", "affectedOrganisationIds": [{org}]}""", "urgency")]
    [InlineData("""{"groupId": {group}, "title": "Rubrik", "description": "Beskrivning.", "urgency": 2, "affectedOrganisationIds": [{org}]}""", "urgency")]
    [InlineData("""{"title": "Rubrik", "description": "Beskrivning.", "affectedOrganisationIds": [{org}]}""", "groupId")]
    [InlineData("""{"groupId": 987654321, "title": "Rubrik", "description": "Beskrivning.", "affectedOrganisationIds": [{org}]}""", "groupId")]
    [InlineData("""{"groupId": {group}, "organisationId": 987654321, "title": "Rubrik", "description": "Beskrivning.", "affectedOrganisationIds": [{org}]}""", "organisationId")]
    public async Task Bad_case_is_400_naming_the_field_and_nothing_is_stored(string template, string field)
    {
        var scene = await factory.SharedSceneAsync();
        using var raiser = await factory.SignedInAsync(scene.Raiser.Email);
        var before = await factory.CaseCountAsync(scene.HandingGroupId);
        var body = template.Replace("{group}", $"{scene.HandingGroupId}", StringComparison.Ordinal)
            .Replace("{org}", $"{scene.MunicipalityId}", StringComparison.Ordinal).Replace("{other}", $"{scene.OtherAreaOrganisationId}", StringComparison.Ordinal);

        using var response = await raiser.SendRawJsonAsync(HttpMethod.Post, "/api/v1/cases", body);

        await response.ShouldBeValidationProblemAsync(field);
        (await factory.CaseCountAsync(scene.HandingGroupId)).ShouldBe(before);
    }

    [Fact]
    public async Task Personal_identity_number_is_refused_with_the_no_patient_data_message()
    {
        var scene = await factory.SharedSceneAsync();
        using var raiser = await factory.SignedInAsync(scene.Raiser.Email);
        using var response = await raiser.PostJsonAsync("/api/v1/cases", new
        {
            groupId = scene.HandingGroupId, title = "Rubrik", description = $"Gäller {Demo.TestIdentityNumber}.", affectedOrganisationIds = new[] { scene.MunicipalityId },
        });
        (await response.ShouldBeValidationProblemAsync("description")).ShouldHaveSingleItem().ShouldContain("personnummer");
    }

    public static TheoryData<string, string> BadHandovers => new()
    {
        { "pin", "assignment" },
        { "missingAssignment", "assignment" },
        { "otherArea", "toGroupId" },
        { "itself", "toGroupId" },
        { "unknownGroup", "toGroupId" },
        { "yesterday", "reportBackBy" },
        { "missingDate", "reportBackBy" },
        { "notADate", "reportBackBy" },
        { "notAHandoverDecision", "decisionId" },
    };

    [Theory]
    [MemberData(nameof(BadHandovers))]
    public async Task Bad_handover_is_400_naming_the_field_and_nothing_is_stored(string mistake, string field)
    {
        var scene = await factory.SharedSceneAsync();
        using var convener = await factory.SignedInAsync(scene.HandingConvener.Email);
        var raised = await factory.RaiseCaseAsync(scene);
        var today = factory.Today();
        var body = new Dictionary<string, object?>
        {
            ["toGroupId"] = scene.GroupAId, ["assignment"] = "Utred frågan.", ["reportBackBy"] = Date(today.AddDays(14)), ["version"] = Version(raised),
        };
        switch (mistake)
        {
            case "pin": body["assignment"] = $"Ring om {Demo.TestIdentityNumber}."; break;
            case "missingAssignment": body.Remove("assignment"); break;
            case "otherArea": body["toGroupId"] = scene.OtherAreaGroupId; break;
            case "itself": body["toGroupId"] = scene.HandingGroupId; break;
            case "unknownGroup": body["toGroupId"] = 987654321; break;
            case "yesterday": body["reportBackBy"] = Date(today.AddDays(-1)); break;
            case "missingDate": body.Remove("reportBackBy"); break;
            case "notADate": body["reportBackBy"] = "snart"; break;
            case "notAHandoverDecision": body["decisionId"] = 987654321; break;
        }

        using var response = await convener.PostJsonAsync($"/api/v1/cases/{Id(raised)}/handovers", body);

        var messages = await response.ShouldBeValidationProblemAsync(field);
        if (mistake == "otherArea") messages[0].ShouldContain("annat samverkansområde");
        if (mistake == "itself") messages[0].ShouldContain("sig själv");
        if (mistake == "yesterday") messages[0].ShouldContain("redan passerat");
        (await factory.HandoverCountAsync(Id(raised))).ShouldBe(0);
        var after = await convener.CaseAsync(Id(raised));
        Status(after).ShouldBe("raised");
        Version(after).ShouldBe(Version(raised));
        (await factory.EventCountAsync(Id(raised))).ShouldBe(1);
    }

    [Fact]
    public async Task Bad_report_back_return_and_note_are_400_and_the_handover_stays_as_it_was()
    {
        var scene = await factory.SharedSceneAsync();
        using var convener = await factory.SignedInAsync(scene.HandingConvener.Email);
        using var receiver = await factory.SignedInAsync(scene.ReceiverA.Email);
        var id = Id(await factory.RaiseCaseAsync(scene));
        var handoverId = Id(await convener.HandOverAsync(id, scene.GroupAId, factory.Today().AddDays(14)));
        var accepted = await receiver.AcceptAsync(handoverId);
        var events = await factory.EventCountAsync(id);
        var url = $"/api/v1/handovers/{handoverId}";

        using (var pin = await receiver.PostJsonAsync($"{url}/report-back", new { text = $"Klart för {Demo.TestIdentityNumber}.", version = Version(accepted) }))
            await pin.ShouldBeValidationProblemAsync("text");
        using (var empty = await receiver.PostJsonAsync($"{url}/report-back", new { text = "  ", version = Version(accepted) }))
            await empty.ShouldBeValidationProblemAsync("text");
        using (var links = await receiver.PostJsonAsync($"{url}/report-back", new { text = "Klart.", links = "se intranätet", version = Version(accepted) }))
            (await links.ShouldBeValidationProblemAsync("links"))[0].ShouldContain("se intranätet");
        using (var reason = await receiver.PostJsonAsync($"{url}/return", new { version = Version(accepted) }))
            await reason.ShouldBeValidationProblemAsync("reason");
        using (var note = await receiver.PostJsonAsync($"{url}/notes", new { text = $"Samtal med 19121212-1212." }))
            await note.ShouldBeValidationProblemAsync("text");

        var after = await receiver.GetHandoverAsync(handoverId);
        Status(after).ShouldBe("accepted");
        Version(after).ShouldBe(Version(accepted));
        after.GetProperty("notes").GetArrayLength().ShouldBe(0);
        (await factory.EventCountAsync(id)).ShouldBe(events);
        Status(await convener.CaseAsync(id)).ShouldBe("handedOver");
    }

    [Fact]
    public async Task Decision_without_text_and_closing_an_undecided_case_without_a_reason_are_400()
    {
        var scene = await factory.SharedSceneAsync();
        using var convener = await factory.SignedInAsync(scene.HandingConvener.Email);
        var raised = await factory.RaiseCaseAsync(scene);
        var url = $"/api/v1/cases/{Id(raised)}";

        using (var decision = await convener.PostJsonAsync($"{url}/decision", new { version = Version(raised) }))
            await decision.ShouldBeValidationProblemAsync("text");
        using (var foreign = await convener.PostJsonAsync($"{url}/decision", new { text = "Beslut.", decisionId = 987654321, version = Version(raised) }))
            await foreign.ShouldBeValidationProblemAsync("decisionId");
        using (var close = await convener.PostJsonAsync($"{url}/close", new { version = Version(raised) }))
            (await close.ShouldBeValidationProblemAsync("comment"))[0].ShouldContain("avslutas utan beslut");

        Status(await convener.CaseAsync(Id(raised))).ShouldBe("raised");
        using (var closed = await convener.PostJsonAsync($"{url}/close", new { comment = "Löst i linjen.", version = Version(raised) }))
            (await closed.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("closingComment").GetString().ShouldBe("Löst i linjen.");
    }

    [Fact]
    public async Task Member_of_the_handing_group_cannot_hand_over_decide_or_close_and_nothing_is_stored()
    {
        var scene = await factory.SharedSceneAsync();
        using var raiser = await factory.SignedInAsync(scene.Raiser.Email);
        var raised = await factory.RaiseCaseAsync(scene);
        var url = $"/api/v1/cases/{Id(raised)}";

        using var handover = await raiser.PostHandoverAsync(raised, scene.GroupAId, factory.Today().AddDays(10));
        using var agenda = await raiser.PostJsonAsync($"{url}/agenda", new { version = Version(raised) });
        using var decision = await raiser.PostJsonAsync($"{url}/decision", new { text = "Beslut.", version = Version(raised) });
        using var close = await raiser.PostJsonAsync($"{url}/close", new { comment = "Klart.", version = Version(raised) });

        await handover.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await agenda.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await decision.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await close.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await factory.HandoverCountAsync(Id(raised))).ShouldBe(0);
        (await factory.EventCountAsync(Id(raised))).ShouldBe(1);
    }

    [Fact]
    public async Task Only_the_receiving_group_s_convener_accepts_and_reports_back()
    {
        var scene = await factory.SharedSceneAsync();
        using var convener = await factory.SignedInAsync(scene.HandingConvener.Email);
        using var otherConvener = await factory.SignedInAsync(scene.ReceiverB.Email);
        using var memberA = await factory.SignedInAsync(scene.GroupAMember.Email);
        using var receiver = await factory.SignedInAsync(scene.ReceiverA.Email);
        var id = Id(await factory.RaiseCaseAsync(scene));
        var handover = await convener.HandOverAsync(id, scene.GroupAId, factory.Today().AddDays(10));
        var url = $"/api/v1/handovers/{Id(handover)}";

        foreach (var client in new[] { convener, otherConvener, memberA })
        {
            using var accept = await client.PostJsonAsync($"{url}/accept", new { version = Version(handover) });
            await accept.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }
        var accepted = await receiver.AcceptAsync(Id(handover));
        foreach (var client in new[] { convener, otherConvener, memberA })
        {
            using var report = await client.PostJsonAsync($"{url}/report-back", new { text = "Klart.", version = Version(accepted) });
            await report.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            using var note = await client.PostJsonAsync($"{url}/notes", new { text = "Anteckning." });
            await note.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            using var giveBack = await client.PostJsonAsync($"{url}/return", new { reason = "Nej.", version = Version(accepted) });
            await giveBack.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }
        var after = await receiver.GetHandoverAsync(Id(handover));
        Status(after).ShouldBe("accepted");
        after.GetProperty("notes").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Administrator_may_take_every_step()
    {
        var scene = await factory.SharedSceneAsync();
        using var admin = await factory.SignedInAsync(Demo.Admin);
        using var raised = await admin.PostJsonAsync("/api/v1/cases", CaseBody(scene));
        var id = Id(await raised.ShouldBeJsonAsync(HttpStatusCode.Created));
        var handover = await admin.HandOverAsync(id, scene.GroupBId, factory.Today().AddDays(3));
        await admin.AcceptAsync(Id(handover));
        Status(await admin.ReportBackAsync(Id(handover))).ShouldBe("reportedBack");
    }

    [Fact]
    public async Task Only_those_who_act_for_an_organisation_of_the_area_raise_cases_there()
    {
        var scene = await factory.SharedSceneAsync();
        var outsider = await factory.NewPersonWithAccountAsync();
        using var nobody = await factory.SignedInAsync(outsider.Email);
        using var simbaMember = await factory.SignedInAsync(Demo.Member);
        using var raiser = await factory.SignedInAsync(scene.Raiser.Email);
        var before = await factory.CaseCountAsync(scene.HandingGroupId);

        using var noOrganisation = await nobody.PostJsonAsync("/api/v1/cases", CaseBody(scene));
        using var otherArea = await simbaMember.PostJsonAsync("/api/v1/cases", CaseBody(scene));
        using var notHers = await raiser.PostJsonAsync("/api/v1/cases", new
        {
            groupId = scene.HandingGroupId, organisationId = scene.HospitalId, title = "Rubrik", description = "Beskrivning.", affectedOrganisationIds = new[] { scene.HospitalId },
        });
        using var anonymous = await factory.Anonymous().PostJsonAsync("/api/v1/cases", CaseBody(scene));

        await noOrganisation.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await otherArea.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await notHers.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await factory.CaseCountAsync(scene.HandingGroupId)).ShouldBe(before);

        // The group's convener raises for the group without acting for an organisation.
        using var convener = await factory.SignedInAsync(scene.HandingConvener.Email);
        using var asConvener = await convener.PostJsonAsync("/api/v1/cases", CaseBody(scene));
        (await asConvener.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("raisedForOrganisationId").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Stale_version_is_409_and_changes_nothing_and_a_missing_one_is_428()
    {
        var scene = await factory.SharedSceneAsync();
        using var convener = await factory.SignedInAsync(scene.HandingConvener.Email);
        using var receiver = await factory.SignedInAsync(scene.ReceiverA.Email);
        var stale = await factory.RaiseCaseAsync(scene);
        var id = Id(stale);
        var handover = await convener.HandOverAsync(id, scene.GroupAId, factory.Today().AddDays(10));

        using (var again = await convener.PostHandoverAsync(stale, scene.GroupBId, factory.Today().AddDays(10)))
            await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var close = await convener.PostJsonAsync($"/api/v1/cases/{id}/close", new { comment = "Klart.", version = Version(stale) }))
            await close.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var noVersion = await convener.PostJsonAsync($"/api/v1/cases/{id}/handovers",
                   new { toGroupId = scene.GroupBId, assignment = "Utred.", reportBackBy = Date(factory.Today().AddDays(10)) }))
            await noVersion.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        (await factory.HandoverCountAsync(id)).ShouldBe(1);

        // If-Match carries the version as well.
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/handovers/{Id(handover)}/accept");
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{Version(handover)}\""));
        using (var accept = await receiver.SendAsync(request)) Status(await accept.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldBe("accepted");
        using (var staleAccept = await receiver.PostJsonAsync($"/api/v1/handovers/{Id(handover)}/report-back", new { text = "Klart.", version = Version(handover) }))
            await staleAccept.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var noVersion = await receiver.PostJsonAsync($"/api/v1/handovers/{Id(handover)}/report-back", new { text = "Klart." }))
            await noVersion.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        Status(await receiver.GetHandoverAsync(Id(handover))).ShouldBe("accepted");
    }

    [Fact]
    public async Task Steps_the_state_does_not_allow_are_409_with_the_reason()
    {
        var scene = await factory.SharedSceneAsync();
        using var convener = await factory.SignedInAsync(scene.HandingConvener.Email);
        using var receiver = await factory.SignedInAsync(scene.ReceiverA.Email);
        var id = Id(await factory.RaiseCaseAsync(scene));
        var handover = await convener.HandOverAsync(id, scene.GroupAId, factory.Today().AddDays(10));

        using (var early = await receiver.PostJsonAsync($"/api/v1/handovers/{Id(handover)}/report-back", new { text = "Klart.", version = Version(handover) }))
            (await early.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("Ta emot frågan");
        using (var twice = await convener.PostHandoverAsync(await convener.CaseAsync(id), scene.GroupAId, factory.Today().AddDays(10)))
            (await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("redan överlämnad");
        var current = await convener.CaseAsync(id);
        using (var close = await convener.PostJsonAsync($"/api/v1/cases/{id}/close", new { comment = "Klart.", version = Version(current) }))
            (await close.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("väntar på återrapport");
        using (var agenda = await convener.PostJsonAsync($"/api/v1/cases/{id}/agenda", new { version = Version(current) }))
            await agenda.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var accepted = await receiver.AcceptAsync(Id(handover));
        using (var again = await receiver.PostJsonAsync($"/api/v1/handovers/{Id(handover)}/accept", new { version = Version(accepted) }))
            await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await factory.HandoverCountAsync(id)).ShouldBe(1);
    }

    [Fact]
    public async Task Putting_a_case_on_the_agenda_of_a_group_without_a_planned_meeting_is_409()
    {
        var scene = await factory.NewCaseSceneAsync();
        using var convener = await factory.SignedInAsync(scene.HandingConvener.Email);
        var raised = await factory.RaiseCaseAsync(scene);

        using var response = await convener.PostJsonAsync($"/api/v1/cases/{Id(raised)}/agenda", new { version = Version(raised) });

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("inget planerat möte");
        Status(await convener.CaseAsync(Id(raised))).ShouldBe("raised");
    }

    [Fact]
    public async Task List_filters_by_status_group_and_area_and_refuses_unknown_statuses()
    {
        var scene = await factory.NewCaseSceneAsync();
        using var convener = await factory.SignedInAsync(scene.HandingConvener.Email);
        var raised = Id(await factory.RaiseCaseAsync(scene));
        var handed = Id(await factory.RaiseCaseAsync(scene));
        await convener.HandOverAsync(handed, scene.GroupAId, factory.Today().AddDays(10));
        using var member = await factory.SignedInAsync(Demo.Member);
        async Task<int[]> IdsAsync(string query) => [.. (await member.ListAsync($"/api/v1/cases?{query}")).Select(Id)];

        (await IdsAsync($"groupId={scene.HandingGroupId}")).ShouldBe([handed, raised], "newest first");
        (await IdsAsync($"groupId={scene.HandingGroupId}&status=handedOver")).ShouldBe([handed]);
        (await IdsAsync($"groupId={scene.HandingGroupId}&status=HandedOver")).ShouldBe([handed]);
        (await IdsAsync($"groupId={scene.HandingGroupId}&status=raised")).ShouldBe([raised]);
        (await IdsAsync($"groupId={scene.HandingGroupId}&status=closed")).ShouldBeEmpty();
        (await IdsAsync($"groupId={scene.GroupAId}")).ShouldBe([handed], "the receiving group's cases too");
        (await IdsAsync($"areaId={scene.AreaId}")).ShouldBe([handed, raised]);
        (await IdsAsync($"status=handedOver")).ShouldContain(handed);
        (await IdsAsync($"status=handedOver")).ShouldNotContain(raised);

        var row = (await member.ListAsync($"/api/v1/cases?groupId={scene.HandingGroupId}&status=handedOver")).ShouldHaveSingleItem();
        row.GetProperty("groupName").GetString().ShouldBe(scene.HandingGroupName);
        row.GetProperty("handovers").EnumerateArray().ShouldHaveSingleItem().GetProperty("toGroupName").GetString().ShouldBe(scene.GroupAName);

        using var unknown = await member.GetAsync("/api/v1/cases?status=pending");
        (await unknown.ShouldBeValidationProblemAsync("status"))[0].ShouldContain("handedOver");
        using var number = await member.GetAsync("/api/v1/cases?status=3");
        await number.ShouldBeValidationProblemAsync("status");
        using var badOverdue = await member.GetAsync("/api/v1/cases?overdue=maybe");
        await badOverdue.ShouldBeValidationProblemAsync("overdue");
        using var badPage = await member.GetAsync("/api/v1/cases?pageSize=0");
        await badPage.ShouldBeValidationProblemAsync("pageSize");
        using var missing = await member.GetAsync("/api/v1/cases/987654321");
        await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class CaseRulesApiOnSqlite(SqliteFactory factory) : CaseRulesApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class CaseRulesApiOnPostgres(PostgresFactory factory) : CaseRulesApiTests(factory);
