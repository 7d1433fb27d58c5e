namespace Samsyn.IntegrationTests.Features.Meetings;

/// <summary>POST/GET/PUT /api/v1/meetings: the contract of issue 3, rights, bad input and versions.</summary>
public abstract class MeetingApiTests(SamsynFactory factory)
{
    /// <summary>The contract's example: Tuesday 23 March 2027, 13–14 Swedish (winter) time.</summary>
    private static readonly DateTimeOffset ContractStart = new(2027, 3, 23, 13, 0, 0, MeetingsApi.Winter);

    [Fact]
    public async Task Convener_creates_a_meeting_with_201_its_chair_from_the_rotation_and_the_standing_items()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();
        var title = Unique.Name("Ledningsgrupp");

        using var response = await convener.SendRawJsonAsync(HttpMethod.Post, "/api/v1/meetings",
            $$"""{"groupId": {{groupId}}, "startsAt": "2027-03-23T13:00:00+01:00", "endsAt": "2027-03-23T14:00:00+01:00", "title": "{{title}}"}""");

        var created = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        var meeting = created.GetProperty("meeting");
        var id = meeting.GetProperty("id").GetInt32();
        id.ShouldBePositive();
        response.Headers.Location.ShouldNotBeNull().ToString().ShouldBe($"/api/v1/meetings/{id}");
        meeting.GetProperty("title").GetString().ShouldBe(title);
        meeting.GetProperty("groupId").GetInt32().ShouldBe(groupId);
        meeting.GetProperty("startsAt").GetDateTimeOffset().ShouldBe(ContractStart);
        meeting.GetProperty("endsAt").GetDateTimeOffset().ShouldBe(ContractStart.AddHours(1));
        meeting.GetProperty("kind").GetString().ShouldBe("ordinary");
        meeting.GetProperty("status").GetString().ShouldBe("planned");
        meeting.GetProperty("agendaPublished").GetBoolean().ShouldBeFalse();
        meeting.GetProperty("minutesApproved").GetBoolean().ShouldBeFalse();
        meeting.GetProperty("agendaDeadline").GetString().ShouldBe("2027-03-18", "three working days before Tuesday 23 March");
        meeting.GetProperty("version").GetInt32().ShouldBe(1);

        // The rotation starts 2024 with Kungälvs sjukhus, yearly, three organisations: 2027 is the hospital's turn again.
        var chair = meeting.GetProperty("chair");
        chair.GetProperty("organisationName").GetString().ShouldBe(MeetingsApi.Hospital);
        chair.GetProperty("personName").GetString().ShouldBe("Anders Påhittad");
        chair.GetProperty("source").GetString().ShouldBe("rotation");

        var agenda = MeetingsApi.Agenda(created);
        agenda.Select(i => i.GetProperty("title").GetString()).ShouldBe(
        [
            "Lägesbild från varje vård- och insatsgivare",
            "Avvikelser i samverkan",
            "Aktiva temporära avsteg",
            "Information till alla vård- och insatsgivare",
            "Överlämnade frågor och återrapporter",
        ]);
        agenda.ShouldAllBe(i => i.GetProperty("isStanding").GetBoolean() && i.GetProperty("status").GetString() == "accepted");
        agenda.Select(i => i.GetProperty("order").GetInt32()).ShouldBe([1, 2, 3, 4, 5]);
        created.GetProperty("agendaMinutes").GetInt32().ShouldBe(45);
        created.GetProperty("agendaFits").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Created_meeting_is_the_meeting_with_id_and_chair_at_the_top_level()
    {
        // Issue 3: "POST /api/v1/meetings ... → 201 with the meeting (id, chair, …)".
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();

        var created = await convener.CreateMeetingAsync(groupId, ContractStart, title: "Ledningsgrupp i samverkan");

        var id = created.GetProperty("id").GetInt32();
        id.ShouldBe(MeetingsApi.MeetingId(created));
        created.GetProperty("groupId").GetInt32().ShouldBe(groupId);
        created.GetProperty("title").GetString().ShouldBe("Ledningsgrupp i samverkan");
        created.GetProperty("startsAt").GetDateTimeOffset().ShouldBe(ContractStart);
        created.GetProperty("endsAt").GetDateTimeOffset().ShouldBe(ContractStart.AddHours(1));
        created.GetProperty("chair").GetProperty("organisationName").GetString().ShouldBe(MeetingsApi.Hospital);

        var fetched = await convener.GetMeetingAsync(id);
        fetched.GetProperty("id").GetInt32().ShouldBe(id);
        fetched.GetProperty("chair").GetProperty("organisationName").GetString().ShouldBe(MeetingsApi.Hospital);
    }

    [Fact]
    public async Task Get_returns_the_meeting_with_its_chair_and_the_version_as_ETag()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(ContractStart);

        using var response = await convener.GetAsync($"/api/v1/meetings/{id}");

        var details = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        response.Headers.ETag.ShouldNotBeNull().Tag.ShouldBe("\"1\"");
        details.GetProperty("meeting").GetProperty("chair").GetProperty("organisationName").GetString().ShouldBe(MeetingsApi.Hospital);
        details.GetProperty("calendarSequence").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Meeting_in_2026_is_chaired_by_Kungalvs_kommun()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(new DateTimeOffset(2026, 12, 15, 13, 0, 0, MeetingsApi.Winter));
        var chair = (await convener.GetMeetingAsync(id)).GetProperty("meeting").GetProperty("chair");
        chair.GetProperty("organisationName").GetString().ShouldBe("Kungälvs kommun – vård och omsorg");
        chair.GetProperty("personName").GetString().ShouldBe("Lena Prövare");
    }

    [Fact]
    public async Task Chair_at_midnight_on_new_years_day_follows_the_Swedish_date()
    {
        // 00:30 on 1 January 2027 in Stockholm is still 31 December 2026 in UTC.
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(new DateTimeOffset(2027, 1, 1, 0, 30, 0, MeetingsApi.Winter));
        (await convener.GetMeetingAsync(id)).GetProperty("meeting").GetProperty("chair").GetProperty("organisationName").GetString()
            .ShouldBe(MeetingsApi.Hospital);
    }

    [Fact]
    public async Task List_by_group_and_dates_includes_the_created_meeting()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();
        var id = await convener.CreateManagementMeetingAsync(ContractStart);

        var listed = await convener.ListAsync($"/api/v1/meetings?groupId={groupId}&from=2027-03-23&to=2027-03-23");

        listed.ShouldContain(m => m.GetProperty("id").GetInt32() == id);
        listed.ShouldAllBe(m => m.GetProperty("groupId").GetInt32() == groupId);
        listed.ShouldAllBe(m => m.GetProperty("startsAt").GetString()!.StartsWith("2027-03-23", StringComparison.Ordinal));
        (await convener.ListAsync($"/api/v1/meetings?groupId={groupId}&from=2027-03-24&to=2027-03-31"))
            .ShouldNotContain(m => m.GetProperty("id").GetInt32() == id);
        (await convener.ListAsync($"/api/v1/meetings?groupId={groupId}&from=2027-03-01&to=2027-03-22"))
            .ShouldNotContain(m => m.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task Meeting_late_in_the_Swedish_evening_is_listed_on_its_Swedish_date()
    {
        // 23:30 on 16 March in Stockholm is 22:30 UTC the same day; 00:30 on 17 March is 23:30 UTC on 16 March.
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();
        var id = await convener.CreateManagementMeetingAsync(new DateTimeOffset(2027, 3, 17, 0, 30, 0, MeetingsApi.Winter), 30);

        (await convener.ListAsync($"/api/v1/meetings?groupId={groupId}&from=2027-03-17&to=2027-03-17"))
            .ShouldContain(m => m.GetProperty("id").GetInt32() == id);
        (await convener.ListAsync($"/api/v1/meetings?groupId={groupId}&from=2027-03-16&to=2027-03-16"))
            .ShouldNotContain(m => m.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task Start_given_in_UTC_is_the_same_instant_shown_in_Swedish_time()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();

        using var response = await convener.SendRawJsonAsync(HttpMethod.Post, "/api/v1/meetings",
            $$"""{"groupId": {{groupId}}, "startsAt": "2027-03-23T12:00:00Z", "endsAt": "2027-03-23T13:00:00Z", "title": "UTC-möte"}""");

        var meeting = (await response.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("meeting");
        meeting.GetProperty("startsAt").GetDateTimeOffset().ShouldBe(ContractStart);
        meeting.GetProperty("startsAt").GetString().ShouldBe("2027-03-23T13:00:00+01:00");
        var fetched = (await convener.GetMeetingAsync(meeting.GetProperty("id").GetInt32())).GetProperty("meeting");
        fetched.GetProperty("startsAt").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2027, 3, 23, 12, 0, 0, TimeSpan.Zero));
        fetched.GetProperty("endsAt").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2027, 3, 23, 13, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Summer_meeting_is_shown_with_the_summer_offset()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(new DateTimeOffset(2027, 6, 8, 6, 15, 0, TimeSpan.Zero));
        (await convener.GetMeetingAsync(id)).GetProperty("meeting").GetProperty("startsAt").GetString().ShouldBe("2027-06-08T08:15:00+02:00");
    }

    [Fact]
    public async Task Member_gets_403_and_nothing_is_created()
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        var groupId = await member.ManagementGroupIdAsync();
        var title = Unique.Name("Otillåtet möte");

        using var response = await member.PostMeetingAsync(groupId, ContractStart, title: title);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await member.ListAsync($"/api/v1/meetings?groupId={groupId}&from=2027-03-23&to=2027-03-23"))
            .ShouldNotContain(m => m.GetProperty("title").GetString() == title);
    }

    [Fact]
    public async Task Convener_of_another_group_gets_403()
    {
        // The process leader is only secretary of SIMBA samordningsgrupp.
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.IdByNameAsync("/api/v1/groups", Demo.CoordinationGroup);
        using var response = await convener.PostMeetingAsync(groupId, ContractStart);
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Anonymous_gets_401()
    {
        using var anonymous = factory.Anonymous();
        using var response = await anonymous.PostJsonAsync("/api/v1/meetings", new { groupId = 1, title = "x" });
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Meeting_ending_before_it_starts_gives_400_on_endsAt_and_nothing_is_created()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();
        var title = Unique.Name("Baklänges");

        using var response = await convener.PostJsonAsync("/api/v1/meetings",
            new { groupId, title, startsAt = ContractStart, endsAt = ContractStart.AddMinutes(-30) });

        (await response.ShouldBeValidationProblemAsync("endsAt")).Single().ShouldBe("Mötet måste sluta efter att det börjar.");
        (await convener.ListAsync($"/api/v1/meetings?groupId={groupId}&from=2027-03-23&to=2027-03-23"))
            .ShouldNotContain(m => m.GetProperty("title").GetString() == title);
    }

    [Fact]
    public async Task Meeting_ending_when_it_starts_gives_400_on_endsAt()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();
        using var response = await convener.PostJsonAsync("/api/v1/meetings", new { groupId, title = "Noll minuter", startsAt = ContractStart, endsAt = ContractStart });
        await response.ShouldBeValidationProblemAsync("endsAt");
    }

    [Fact]
    public async Task Meeting_longer_than_twelve_hours_gives_400_on_endsAt()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();
        using var response = await convener.PostJsonAsync("/api/v1/meetings", new { groupId, title = "Maraton", startsAt = ContractStart, endsAt = ContractStart.AddHours(13) });
        await response.ShouldBeValidationProblemAsync("endsAt");
    }

    [Theory]
    [InlineData("2027-02-30T10:00:00+01:00")]
    [InlineData("2027-13-01T10:00:00+01:00")]
    [InlineData("2027-03-23T25:00:00+01:00")]
    [InlineData("i morgon")]
    public async Task Start_on_a_date_that_does_not_exist_gives_400_naming_startsAt(string startsAt)
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();
        var title = Unique.Name("Omöjligt datum");

        using var response = await convener.SendRawJsonAsync(HttpMethod.Post, "/api/v1/meetings",
            $$"""{"groupId": {{groupId}}, "startsAt": "{{startsAt}}", "endsAt": "2027-03-02T11:00:00+01:00", "title": "{{title}}"}""");

        await response.ShouldBeValidationProblemAsync("startsAt");
        (await convener.ListAsync($"/api/v1/meetings?groupId={groupId}&from=2027-02-01&to=2027-03-31"))
            .ShouldNotContain(m => m.GetProperty("title").GetString() == title);
    }

    [Fact]
    public async Task Missing_fields_are_reported_at_once()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();
        using var response = await convener.PostJsonAsync("/api/v1/meetings", new { groupId });
        var errors = (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["title", "startsAt", "endsAt"], ignoreOrder: true);
    }

    [Fact]
    public async Task Unknown_group_gives_400_on_groupId()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        using var response = await convener.PostMeetingAsync(987654, ContractStart);
        await response.ShouldBeValidationProblemAsync("groupId");
    }

    [Fact]
    public async Task List_with_to_before_from_gives_400_on_to()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        using var response = await convener.GetAsync("/api/v1/meetings?from=2027-03-23&to=2027-03-01");
        await response.ShouldBeValidationProblemAsync("to");
    }

    [Fact]
    public async Task Unknown_meeting_gives_404()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        using var response = await convener.GetAsync("/api/v1/meetings/987654");
        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private static Dictionary<string, object?> UpdateInput(JsonElement meeting, Action<Dictionary<string, object?>>? change = null)
    {
        var input = new Dictionary<string, object?>
        {
            ["groupId"] = meeting.GetProperty("groupId").GetInt32(),
            ["title"] = meeting.GetProperty("title").GetString(),
            ["startsAt"] = meeting.GetProperty("startsAt").GetDateTimeOffset(),
            ["endsAt"] = meeting.GetProperty("endsAt").GetDateTimeOffset(),
            ["location"] = meeting.GetProperty("location").GetString(),
            ["version"] = meeting.GetProperty("version").GetInt32(),
        };
        change?.Invoke(input);
        return input;
    }

    [Fact]
    public async Task Rescheduling_raises_the_version_and_the_calendar_sequence()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(ContractStart);
        var meeting = (await convener.GetMeetingAsync(id)).GetProperty("meeting");

        using var response = await convener.PutJsonAsync($"/api/v1/meetings/{id}", UpdateInput(meeting, m =>
        {
            m["startsAt"] = ContractStart.AddHours(1);
            m["endsAt"] = ContractStart.AddHours(2);
        }));

        var updated = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        updated.GetProperty("meeting").GetProperty("version").GetInt32().ShouldBe(2);
        updated.GetProperty("meeting").GetProperty("startsAt").GetDateTimeOffset().ShouldBe(ContractStart.AddHours(1));
        updated.GetProperty("calendarSequence").GetInt32().ShouldBe(1);
        response.Headers.ETag.ShouldNotBeNull().Tag.ShouldBe("\"2\"");
    }

    [Fact]
    public async Task Renaming_only_keeps_the_calendar_sequence()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(ContractStart);
        var meeting = (await convener.GetMeetingAsync(id)).GetProperty("meeting");

        using var response = await convener.PutJsonAsync($"/api/v1/meetings/{id}", UpdateInput(meeting, m => m["title"] = "Nytt namn"));

        var updated = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        updated.GetProperty("meeting").GetProperty("title").GetString().ShouldBe("Nytt namn");
        updated.GetProperty("calendarSequence").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Update_with_a_stale_version_gives_409_and_changes_nothing()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(ContractStart);
        var original = (await convener.GetMeetingAsync(id)).GetProperty("meeting");
        using (var first = await convener.PutJsonAsync($"/api/v1/meetings/{id}", UpdateInput(original, m => m["title"] = "Första ändringen")))
            first.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var stale = await convener.PutJsonAsync($"/api/v1/meetings/{id}", UpdateInput(original, m =>
        {
            m["title"] = "Sen ändring";
            m["startsAt"] = ContractStart.AddDays(1);
            m["endsAt"] = ContractStart.AddDays(1).AddHours(1);
        }));

        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var stored = (await convener.GetMeetingAsync(id)).GetProperty("meeting");
        stored.GetProperty("title").GetString().ShouldBe("Första ändringen");
        stored.GetProperty("startsAt").GetDateTimeOffset().ShouldBe(ContractStart);
        stored.GetProperty("version").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Update_without_a_version_gives_428()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(ContractStart);
        var meeting = (await convener.GetMeetingAsync(id)).GetProperty("meeting");
        using var response = await convener.PutJsonAsync($"/api/v1/meetings/{id}", UpdateInput(meeting, m => m.Remove("version")));
        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task Member_cannot_update_a_meeting()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(ContractStart);
        var meeting = (await convener.GetMeetingAsync(id)).GetProperty("meeting");
        using var member = await factory.SignedInAsync(Demo.Member);

        using var response = await member.PutJsonAsync($"/api/v1/meetings/{id}", UpdateInput(meeting, m => m["title"] = "Kapat"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await convener.GetMeetingAsync(id)).GetProperty("meeting").GetProperty("title").GetString().ShouldBe(meeting.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Cancelled_meeting_is_cancelled_once()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(ContractStart);

        using var cancel = await convener.PostJsonAsync($"/api/v1/meetings/{id}/cancel", new { version = 1 });
        var cancelled = await cancel.ShouldBeJsonAsync(HttpStatusCode.OK);
        cancelled.GetProperty("meeting").GetProperty("status").GetString().ShouldBe("cancelled");
        cancelled.GetProperty("calendarSequence").GetInt32().ShouldBe(1);

        using var again = await convener.PostJsonAsync($"/api/v1/meetings/{id}/cancel", new { version = 2 });
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Meeting_change_is_in_the_audit_trail_under_the_conveners_name()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(ContractStart);
        var meeting = (await convener.GetMeetingAsync(id)).GetProperty("meeting");
        using (var update = await convener.PutJsonAsync($"/api/v1/meetings/{id}", UpdateInput(meeting, m => m["title"] = "Granskat möte")))
            update.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var admin = await factory.SignedInAsync(Demo.Admin);
        var trail = await admin.ListAsync($"/api/v1/audit?entityType=Meeting&entityId={id}");

        trail.Select(e => e.GetProperty("action").GetString()).ShouldBe(["updated", "created"]);
        trail.ShouldAllBe(e => e.GetProperty("userName").GetString() == Demo.Convener);
        trail.ShouldAllBe(e => e.GetProperty("entityType").GetString() == "Meeting");
        var changes = trail[0].GetProperty("changes");
        changes.GetProperty("Title").GetProperty("before").GetString().ShouldBe(meeting.GetProperty("title").GetString());
        changes.GetProperty("Title").GetProperty("after").GetString().ShouldBe("Granskat möte");
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class MeetingApiOnSqlite(SqliteFactory factory) : MeetingApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class MeetingApiOnPostgres(PostgresFactory factory) : MeetingApiTests(factory);
