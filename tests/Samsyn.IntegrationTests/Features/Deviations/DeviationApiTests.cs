using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Notifications;

namespace Samsyn.IntegrationTests.Features.Deviations;

/// <summary>POST/GET /api/v1/deviations and the state changes: the contract, bad input, rights, visibility, answering, history, audit and stale edits.</summary>
public abstract class DeviationApiTests(SamsynFactory factory)
{
    [Fact]
    public async Task Processes_are_listed_with_their_steps_in_the_contracts_shape()
    {
        using var client = await factory.SignedInAsync(Demo.Member);
        using var response = await client.GetAsync("/api/v1/deviations/processes");
        var processes = (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();

        processes.Select(p => p.GetProperty("code").GetString()).ShouldBe(["discharge", "sip", "medication", "aids", "informationTransfer"]);
        var discharge = processes[0];
        discharge.GetProperty("name").GetString().ShouldBe("In- och utskrivning");
        var steps = discharge.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("code").GetString()!, s => s.GetProperty("name").GetString());
        steps.Keys.ShouldBe(["admissionNoticeLate", "dischargeReadyNoticeMissing", "sipInvitationLate", "dischargeWithoutNotice", "medicationListIncomplete", "aidsNotInPlace", "contactUnreachable"]);
        steps["admissionNoticeLate"].ShouldBe("Inskrivningsmeddelande senare än 24 timmar");
        steps["sipInvitationLate"].ShouldBe("SIP-kallelse senare än 3 dagar efter utskrivningsklar");
    }

    [Fact]
    public async Task Report_is_created_with_201_its_id_the_answer_due_date_history_notification_and_audit()
    {
        var scene = await factory.NewDeviationSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        var today = factory.Today();

        using var response = await reporter.SendRawJsonAsync(HttpMethod.Post, "/api/v1/deviations",
            $$"""{"reportingOrganisationId": {{scene.MunicipalityId}}, "concernedOrganisationIds": [{{scene.HospitalId}}], "process": "discharge", "step": "admissionNoticeLate", "occurredOn": "{{DeviationScenes.Iso(today.AddDays(-1))}}", "description": "Meddelandet kom efter tre dygn; ring 0303-123 45 om frågor.", "consequence": "Onödiga besök."}""");

        var created = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/deviations/{id}");
        created.GetProperty("answerDueOn").GetString().ShouldBe(DeviationScenes.Iso(today.AddDays(60)));
        created.GetProperty("status").GetString().ShouldBe("received");
        created.GetProperty("process").GetString().ShouldBe("discharge");
        created.GetProperty("governingDocumentId").ValueKind.ShouldBe(JsonValueKind.Null);
        created.GetProperty("history").EnumerateArray().ShouldHaveSingleItem().GetProperty("to").GetString().ShouldBe("received");

        var received = await factory.InDatabaseAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.DeviationReceived && n.Link == $"/avvikelser/{id}")
            .Select(n => n.RecipientPersonId).ToListAsync());
        received.ShouldBe([scene.Handler.PersonId]);
        var audit = await factory.InDatabaseAsync(db => db.AuditEntries.Where(a => a.EntityType == "DeviationReport" && a.EntityId == id.ToString()).ToListAsync());
        audit.ShouldHaveSingleItem().Action.ShouldBe(Samsyn.Web.Infrastructure.Auditing.AuditAction.Created);
        audit[0].UserName.ShouldBe(scene.Reporter.Email);
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "description", "Patienten 811218-9876 skrevs ut utan meddelande." },
        { "consequence", "Gäller 19811218-9876." },
        { "reporterReference", "7010632391" },
        { "occurredOn", "future" },
        { "concernedOrganisationIds", "self" },
        { "process", "unknown" },
        { "step", "unknown" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_with_400_naming_the_field_and_nothing_is_stored(string field, string value)
    {
        var scene = await factory.NewDeviationSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        var body = DeviationScenes.Body(scene, factory.Today());
        switch (field)
        {
            case "occurredOn": body[field] = DeviationScenes.Iso(factory.Today().AddDays(1)); break;
            case "concernedOrganisationIds": body[field] = new[] { scene.MunicipalityId }; break;
            case "process": body[field] = "noSuchProcess"; break;
            case "step": body[field] = "noSuchStep"; break;
            default: body[field] = value; break;
        }

        using var response = await reporter.PostJsonAsync("/api/v1/deviations", body);

        var messages = await response.ShouldBeValidationProblemAsync(field);
        messages[0].ShouldNotBeNullOrWhiteSpace();
        (await factory.DeviationCountAsync(scene.MunicipalityId)).ShouldBe(0);
        (await factory.InDatabaseAsync(db => db.Notifications.CountAsync(n => n.RecipientPersonId == scene.Handler.PersonId))).ShouldBe(0);
    }

    [Fact]
    public async Task Identity_number_message_says_it_is_about_the_process_never_the_patient()
    {
        var scene = await factory.NewDeviationSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        var body = DeviationScenes.Body(scene, factory.Today());
        body["description"] = $"Gäller {Demo.TestIdentityNumber}.";

        using var response = await reporter.PostJsonAsync("/api/v1/deviations", body);

        (await response.ShouldBeValidationProblemAsync("description")).ShouldHaveSingleItem().ShouldContain("aldrig patienten");
    }

    [Fact]
    public async Task Reporting_for_an_organisation_one_does_not_act_for_is_403()
    {
        var scene = await factory.NewDeviationSceneAsync();
        using var outsider = await factory.SignedInAsync(scene.Outsider.Email);

        using var response = await outsider.PostJsonAsync("/api/v1/deviations", DeviationScenes.Body(scene, factory.Today()));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await factory.DeviationCountAsync(scene.MunicipalityId)).ShouldBe(0);
    }

    [Fact]
    public async Task Only_the_parties_the_convener_and_administrators_read_a_deviation_others_get_404_and_an_empty_list()
    {
        var scene = await factory.NewDeviationSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        var id = (await reporter.ReportAsync(DeviationScenes.Body(scene, factory.Today()))).GetProperty("id").GetInt32();

        foreach (var email in new[] { scene.Reporter.Email, scene.Handler.Email, scene.Convener.Email, Demo.Admin })
        {
            using var client = await factory.SignedInAsync(email);
            using var seen = await client.GetAsync($"/api/v1/deviations/{id}");
            (await seen.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace();
            seen.Headers.ETag!.Tag.ShouldBe("\"1\"");
            (await client.ListAsync($"/api/v1/deviations?organisationId={scene.HospitalId}")).Select(d => d.GetProperty("id").GetInt32()).ShouldContain(id, email);
        }

        foreach (var email in new[] { scene.Outsider.Email, Demo.Member })
        {
            using var client = await factory.SignedInAsync(email);
            using var hidden = await client.GetAsync($"/api/v1/deviations/{id}");
            (await hidden.ShouldBeProblemAsync(HttpStatusCode.NotFound)).ToString().ShouldNotContain("tre dygn");
            (await client.ListAsync($"/api/v1/deviations?organisationId={scene.HospitalId}")).ShouldBeEmpty(email);
            using var statistics = await client.GetAsync($"/api/v1/deviations/statistics?areaId={scene.AreaId}&groupBy=process");
            (await statistics.ShouldBeJsonAsync(HttpStatusCode.OK)).EnumerateArray().ShouldHaveSingleItem().GetProperty("count").GetInt32().ShouldBe(1);
        }
    }

    [Fact]
    public async Task Handler_acknowledges_and_answers_the_reporter_sees_the_answer_and_closes_it_with_each_step_in_the_history()
    {
        var scene = await factory.NewDeviationSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        using var handler = await factory.SignedInAsync(scene.Handler.Email);
        var id = (await reporter.ReportAsync(DeviationScenes.Body(scene, factory.Today()))).GetProperty("id").GetInt32();

        using (var ack = await handler.ActAsync(id, "acknowledge", new { version = 1, comment = "Vi tittar på det." }))
            (await ack.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("acknowledged");
        using (var answer = await handler.ActAsync(id, "answer", new { version = 2, analysis = "Rutinen var okänd för nyanställda.", measures = "Genomgång på APT 2026-04-01." }))
        {
            (await answer.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("answered");
            answer.Headers.ETag!.Tag.ShouldBe("\"3\"");
        }

        var seen = await reporter.GetItemAsync($"/api/v1/deviations/{id}");
        seen.GetProperty("analysis").GetString().ShouldBe("Rutinen var okänd för nyanställda.");
        seen.GetProperty("measures").GetString().ShouldBe("Genomgång på APT 2026-04-01.");
        seen.GetProperty("answeredBy").GetString().ShouldBe(scene.Handler.Name);
        seen.GetProperty("answeredLate").GetBoolean().ShouldBeFalse();
        (await factory.InDatabaseAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.DeviationAnswered && n.Link == $"/avvikelser/{id}")
            .Select(n => n.RecipientPersonId).ToListAsync())).ShouldBe([scene.Reporter.PersonId]);

        using (var close = await reporter.ActAsync(id, "close", new { version = 3 }))
            (await close.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("closed");
        using (var reopen = await reporter.ActAsync(id, "reopen", new { version = 4, comment = "Samma sak hände igen." }))
        {
            var reopened = await reopen.ShouldBeJsonAsync(HttpStatusCode.OK);
            reopened.GetProperty("status").GetString().ShouldBe("acknowledged");
            var history = reopened.GetProperty("history").EnumerateArray().ToList();
            history.Select(h => h.GetProperty("to").GetString()).ShouldBe(["received", "acknowledged", "answered", "closed", "acknowledged"]);
            history.Select(h => h.GetProperty("by").GetString()).ShouldBe([scene.Reporter.Name, scene.Handler.Name, scene.Handler.Name, scene.Reporter.Name, scene.Reporter.Name]);
            history[1].GetProperty("comment").GetString().ShouldBe("Vi tittar på det.");
            history[4].GetProperty("from").GetString().ShouldBe("closed");
            history[4].GetProperty("comment").GetString().ShouldBe("Samma sak hände igen.");
        }
        var updates = await factory.InDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "DeviationReport" && a.EntityId == id.ToString() && a.Action == Samsyn.Web.Infrastructure.Auditing.AuditAction.Updated));
        updates.ShouldBe(4);
    }

    [Fact]
    public async Task An_answer_by_someone_not_acting_for_the_concerned_organisation_is_403_and_changes_nothing()
    {
        var scene = await factory.NewDeviationSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        var id = (await reporter.ReportAsync(DeviationScenes.Body(scene, factory.Today()))).GetProperty("id").GetInt32();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);

        foreach (var client in new[] { reporter, convener })
        {
            using var response = await client.ActAsync(id, "answer", new { version = 1, analysis = "Analys", measures = "Åtgärd" });
            await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }
        using var outsider = await factory.SignedInAsync(scene.Outsider.Email);
        using (var hidden = await outsider.ActAsync(id, "answer", new { version = 1, analysis = "Analys", measures = "Åtgärd" }))
            await hidden.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var handler = await factory.SignedInAsync(scene.Handler.Email);
        using (var close = await handler.ActAsync(id, "close", new { version = 1 }))
            await close.ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var stored = await reporter.GetItemAsync($"/api/v1/deviations/{id}");
        stored.GetProperty("status").GetString().ShouldBe("received");
        stored.GetProperty("version").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_stale_version_is_409_a_missing_one_428_an_impossible_change_409_and_an_empty_answer_400()
    {
        var scene = await factory.NewDeviationSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        using var handler = await factory.SignedInAsync(scene.Handler.Email);
        var id = (await reporter.ReportAsync(DeviationScenes.Body(scene, factory.Today()))).GetProperty("id").GetInt32();
        using (var ack = await handler.ActAsync(id, "acknowledge", new { version = 1 }))
            await ack.ShouldBeJsonAsync(HttpStatusCode.OK);

        using (var stale = await handler.ActAsync(id, "answer", new { version = 1, analysis = "Analys", measures = "Åtgärd" }))
            await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var missing = await handler.ActAsync(id, "answer", new { analysis = "Analys", measures = "Åtgärd" }))
            await missing.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        using (var empty = await handler.ActAsync(id, "answer", new { version = 2, analysis = " " }))
            await empty.ShouldBeValidationProblemAsync("analysis");
        using (var state = await reporter.ActAsync(id, "close", new { version = 2 }))
            (await state.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString().ShouldBe("Bara en besvarad avvikelse kan avslutas.");
        using (var ifMatch = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/deviations/{id}/answer") { Content = System.Net.Http.Json.JsonContent.Create(new { analysis = "Analys", measures = "Åtgärd" }) })
        {
            ifMatch.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"2\""));
            using var answered = await handler.SendAsync(ifMatch);
            await answered.ShouldBeJsonAsync(HttpStatusCode.OK);
        }
        (await handler.GetItemAsync($"/api/v1/deviations/{id}")).GetProperty("status").GetString().ShouldBe("answered");
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class DeviationApiOnSqlite(SqliteFactory factory) : DeviationApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class DeviationApiOnPostgres(PostgresFactory factory) : DeviationApiTests(factory);
