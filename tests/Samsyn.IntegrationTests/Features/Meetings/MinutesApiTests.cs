namespace Samsyn.IntegrationTests.Features.Meetings;

/// <summary>The minutes: notes, decisions and action items per agenda item, written by the convener and locked on approval.</summary>
public abstract class MinutesApiTests(SamsynFactory factory)
{
    /// <summary>A Tuesday in the past, so that the minutes can be approved.</summary>
    private static readonly DateTimeOffset Held = new(2026, 10, 6, 8, 15, 0, MeetingsApi.Summer);

    private static Task<HttpResponseMessage> SaveNotesAsync(HttpClient client, int meetingId, JsonElement item, string notes) =>
        client.PutJsonAsync($"/api/v1/meetings/{meetingId}/agenda-items/{item.GetProperty("id").GetInt32()}/notes",
            new { notes, version = item.GetProperty("version").GetInt32() });

    private static Task<HttpResponseMessage> AddDecisionAsync(HttpClient client, int meetingId, JsonElement item, string text) =>
        client.PostJsonAsync($"/api/v1/meetings/{meetingId}/agenda-items/{item.GetProperty("id").GetInt32()}/decisions", new { text, type = "decision" });

    private static Task<HttpResponseMessage> ApproveAsync(HttpClient client, int meetingId) =>
        client.PostJsonAsync($"/api/v1/meetings/{meetingId}/minutes/approve", new { adjustedBy = "Sara Demoberg" });

    private static async Task<JsonElement> FirstItemAsync(HttpClient client, int meetingId) =>
        MeetingsApi.Agenda(await client.GetMeetingAsync(meetingId))[0];

    [Fact]
    public async Task Convener_writes_notes_decisions_and_action_items()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Held);
        var item = await FirstItemAsync(convener, id);
        var eva = MeetingsApi.SeatOf(await convener.SeatsAsync(id), MeetingsApi.Ale).GetProperty("personId").GetInt32();

        using (var notes = await SaveNotesAsync(convener, id, item, "Ansträngt läge på medicin."))
        {
            var saved = await notes.ShouldBeJsonAsync(HttpStatusCode.OK);
            saved.GetProperty("notes").GetString().ShouldBe("Ansträngt läge på medicin.");
            saved.GetProperty("version").GetInt32().ShouldBe(item.GetProperty("version").GetInt32() + 1);
        }
        using (var decision = await AddDecisionAsync(convener, id, item, "Kommunerna tar emot utskrivningsklara inom tre dagar."))
        {
            var created = await decision.ShouldBeJsonAsync(HttpStatusCode.Created);
            created.GetProperty("type").GetString().ShouldBe("decision");
        }
        using (var action = await convener.PostJsonAsync($"/api/v1/meetings/{id}/agenda-items/{item.GetProperty("id").GetInt32()}/action-items",
                   new { text = "Följ upp beläggningen.", ownerPersonId = eva, dueDate = "2026-10-20" }))
        {
            var created = await action.ShouldBeJsonAsync(HttpStatusCode.Created);
            created.GetProperty("ownerName").GetString().ShouldBe("Eva Låtsasson");
            created.GetProperty("dueDate").GetString().ShouldBe("2026-10-20");
            created.GetProperty("done").GetBoolean().ShouldBeFalse();
        }

        var stored = await FirstItemAsync(convener, id);
        stored.GetProperty("notes").GetString().ShouldBe("Ansträngt läge på medicin.");
        stored.GetProperty("decisions").EnumerateArray().Single().GetProperty("text").GetString().ShouldBe("Kommunerna tar emot utskrivningsklara inom tre dagar.");
        stored.GetProperty("actionItems").EnumerateArray().Single().GetProperty("text").GetString().ShouldBe("Följ upp beläggningen.");
    }

    [Fact]
    public async Task Each_agenda_item_shows_its_own_action_items_and_no_other_meetings()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Held.AddDays(21));
        var other = await convener.CreateManagementMeetingAsync(Held.AddDays(28));
        var first = await FirstItemAsync(convener, id);
        var second = await convener.AddAgendaItemAsync(id, "Bemanning under julen");
        var elsewhere = await FirstItemAsync(convener, other);
        async Task AddAsync(int meetingId, JsonElement item, string text)
        {
            using var response = await convener.PostJsonAsync($"/api/v1/meetings/{meetingId}/agenda-items/{item.GetProperty("id").GetInt32()}/action-items", new { text });
            await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        }
        await AddAsync(id, second, "Samla in bemanningsplanerna.");
        await AddAsync(other, elsewhere, "Åtgärd från ett annat möte.");
        await AddAsync(id, first, "Följ upp beläggningen.");
        await AddAsync(id, second, "Rapportera läget till styrgruppen.");

        string[] Texts(JsonElement item) => [.. item.GetProperty("actionItems").EnumerateArray().Select(a => a.GetProperty("text").GetString()!)];
        var agenda = MeetingsApi.Agenda(await convener.GetMeetingAsync(id));
        Texts(agenda.Single(i => i.GetProperty("id").GetInt32() == first.GetProperty("id").GetInt32())).ShouldBe(["Följ upp beläggningen."]);
        Texts(agenda.Single(i => i.GetProperty("id").GetInt32() == second.GetProperty("id").GetInt32()))
            .ShouldBe(["Samla in bemanningsplanerna.", "Rapportera läget till styrgruppen."]);
        agenda.SelectMany(Texts).ShouldNotContain("Åtgärd från ett annat möte.");
    }

    [Fact]
    public async Task Approved_minutes_are_locked_and_nothing_changes()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Held.AddDays(7));
        var item = await FirstItemAsync(convener, id);
        using (var notes = await SaveNotesAsync(convener, id, item, "Godkänd anteckning.")) notes.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var decision = await AddDecisionAsync(convener, id, item, "Godkänt beslut.")) decision.StatusCode.ShouldBe(HttpStatusCode.Created);
        item = await FirstItemAsync(convener, id);
        var decisionId = item.GetProperty("decisions")[0].GetProperty("id").GetInt32();

        using (var approve = await ApproveAsync(convener, id))
        {
            var approved = await approve.ShouldBeJsonAsync(HttpStatusCode.OK);
            approved.GetProperty("meeting").GetProperty("minutesApproved").GetBoolean().ShouldBeTrue();
            approved.GetProperty("minutesApprovedBy").GetString().ShouldBe(Demo.Convener);
        }

        using (var notes = await SaveNotesAsync(convener, id, item, "Ändrad i efterhand."))
            (await notes.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("godkänt");
        using (var decision = await AddDecisionAsync(convener, id, item, "Nytt beslut i efterhand."))
            await decision.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var remove = await convener.DeleteAsync($"/api/v1/meetings/{id}/decisions/{decisionId}"))
            await remove.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var action = await convener.PostJsonAsync($"/api/v1/meetings/{id}/agenda-items/{item.GetProperty("id").GetInt32()}/action-items", new { text = "Efterhandsåtgärd" }))
            await action.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var again = await ApproveAsync(convener, id))
            await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var stored = await FirstItemAsync(convener, id);
        stored.GetProperty("notes").GetString().ShouldBe("Godkänd anteckning.");
        stored.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("text").GetString()).ShouldBe(["Godkänt beslut."]);
        stored.GetProperty("actionItems").GetArrayLength().ShouldBe(0);
        stored.GetProperty("version").GetInt32().ShouldBe(item.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Agenda_of_approved_minutes_cannot_change()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Held.AddDays(14));
        using (var publish = await convener.PostJsonAsync($"/api/v1/meetings/{id}/agenda/publish", new { })) publish.StatusCode.ShouldBe(HttpStatusCode.OK);
        var late = await convener.AddAgendaItemAsync(id, "Sent tillkommen punkt", "decision", 5);
        using (var decision = await AddDecisionAsync(convener, id, late, "Beslut under sen punkt.")) decision.StatusCode.ShouldBe(HttpStatusCode.Created);
        late = MeetingsApi.Agenda(await convener.GetMeetingAsync(id)).Single(i => i.GetProperty("id").GetInt32() == late.GetProperty("id").GetInt32());
        using (var approve = await ApproveAsync(convener, id)) approve.StatusCode.ShouldBe(HttpStatusCode.OK);

        using (var add = await convener.PostAgendaItemAsync(id, "Efter justeringen"))
            await add.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var edit = await convener.PutJsonAsync($"/api/v1/meetings/{id}/agenda-items/{late.GetProperty("id").GetInt32()}",
                   MeetingsApi.AgendaItemInput(late, i => i["title"] = "Omskriven i efterhand")))
            await edit.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var remove = await convener.DeleteAsync($"/api/v1/meetings/{id}/agenda-items/{late.GetProperty("id").GetInt32()}"))
            await remove.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var agenda = MeetingsApi.Agenda(await convener.GetMeetingAsync(id));
        agenda.Length.ShouldBe(6);
        var stored = agenda.Single(i => i.GetProperty("id").GetInt32() == late.GetProperty("id").GetInt32());
        stored.GetProperty("title").GetString().ShouldBe("Sent tillkommen punkt");
        stored.GetProperty("decisions").EnumerateArray().Single().GetProperty("text").GetString().ShouldBe("Beslut under sen punkt.");
    }

    [Fact]
    public async Task Meeting_with_approved_minutes_cannot_be_moved_or_renamed()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Held.AddDays(42));
        using (var approve = await ApproveAsync(convener, id)) approve.StatusCode.ShouldBe(HttpStatusCode.OK);
        var meeting = (await convener.GetMeetingAsync(id)).GetProperty("meeting");

        using var response = await convener.PutJsonAsync($"/api/v1/meetings/{id}", new
        {
            groupId = meeting.GetProperty("groupId").GetInt32(),
            title = "Omdöpt efter justeringen",
            startsAt = Held.AddDays(43),
            endsAt = Held.AddDays(43).AddHours(1),
            version = meeting.GetProperty("version").GetInt32(),
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var stored = (await convener.GetMeetingAsync(id)).GetProperty("meeting");
        stored.GetProperty("title").GetString().ShouldBe(meeting.GetProperty("title").GetString());
        stored.GetProperty("startsAt").GetDateTimeOffset().ShouldBe(Held.AddDays(42));
        stored.GetProperty("version").GetInt32().ShouldBe(meeting.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Member_cannot_write_or_approve_minutes()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Held.AddDays(21));
        var item = await FirstItemAsync(convener, id);
        using var member = await factory.SignedInAsync(Demo.Member);

        using (var notes = await SaveNotesAsync(member, id, item, "Ledamotens version."))
            await notes.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using (var decision = await AddDecisionAsync(member, id, item, "Ledamotens beslut."))
            await decision.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using (var approve = await ApproveAsync(member, id))
            await approve.ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var stored = await FirstItemAsync(convener, id);
        stored.GetProperty("notes").ValueKind.ShouldBe(JsonValueKind.Null);
        stored.GetProperty("decisions").GetArrayLength().ShouldBe(0);
        (await convener.GetMeetingAsync(id)).GetProperty("meeting").GetProperty("minutesApproved").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Minutes_of_a_meeting_that_has_not_started_cannot_be_approved()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(new DateTimeOffset(DateTime.UtcNow.Year + 2, 3, 7, 8, 15, 0, MeetingsApi.Winter));

        using var response = await ApproveAsync(convener, id);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await convener.GetMeetingAsync(id)).GetProperty("meeting").GetProperty("minutesApproved").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Stale_notes_version_gives_409_and_keeps_the_first_notes()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Held.AddDays(28));
        var item = await FirstItemAsync(convener, id);
        using (var first = await SaveNotesAsync(convener, id, item, "Första skrivaren.")) first.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var second = await SaveNotesAsync(convener, id, item, "Andra skrivaren.");

        await second.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await FirstItemAsync(convener, id)).GetProperty("notes").GetString().ShouldBe("Första skrivaren.");
    }

    [Fact]
    public async Task Personal_identity_number_in_notes_is_refused()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Held.AddDays(35));
        var item = await FirstItemAsync(convener, id);

        using var response = await SaveNotesAsync(convener, id, item, $"Gäller patient {Demo.TestIdentityNumber}.");

        (await response.ShouldBeValidationProblemAsync("notes")).Single().ShouldContain("personnummer");
        (await FirstItemAsync(convener, id)).GetProperty("notes").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_group_that_adjusts_its_minutes_must_name_the_adjuster()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(DateTimeOffset.UtcNow.AddMinutes(-30));

        using var response = await convener.PostJsonAsync($"/api/v1/meetings/{id}/minutes/approve", new { });

        (await response.ShouldBeValidationProblemAsync("adjustedBy")).Single().ShouldBe("Ange vem som justerar protokollet.");
        (await convener.GetMeetingAsync(id)).GetProperty("meeting").GetProperty("minutesApproved").GetBoolean().ShouldBeFalse();
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class MinutesApiOnSqlite(SqliteFactory factory) : MinutesApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class MinutesApiOnPostgres(PostgresFactory factory) : MinutesApiTests(factory);
