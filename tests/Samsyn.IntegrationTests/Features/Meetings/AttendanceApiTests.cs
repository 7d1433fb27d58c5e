namespace Samsyn.IntegrationTests.Features.Meetings;

/// <summary>
/// Absence reported beforehand with a named substitute, attendance recorded by the convener, and the group's
/// statistics in which an organisation is represented when its member or a substitute attended.
/// </summary>
public abstract class AttendanceApiTests(SamsynFactory factory)
{
    private static readonly DateTimeOffset Start = new(2031, 6, 3, 8, 15, 0, MeetingsApi.Summer);

    private static Task<HttpResponseMessage> ReportAbsenceAsync(HttpClient client, int meetingId, object body) =>
        client.PostJsonAsync($"/api/v1/meetings/{meetingId}/absence", body);

    private static Task<HttpResponseMessage> RecordAsync(HttpClient client, int meetingId, JsonElement seat, string status, int? substitutePersonId = null) =>
        client.PutJsonAsync($"/api/v1/meetings/{meetingId}/attendance/{seat.GetProperty("membershipId").GetInt32()}", new { status, substitutePersonId });

    private static async Task RecordOkAsync(HttpClient client, int meetingId, JsonElement seat, string status, int? substitutePersonId = null)
    {
        using var response = await RecordAsync(client, meetingId, seat, status, substitutePersonId);
        await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Member_reports_own_absence_naming_their_substitute()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start);
        var ale = MeetingsApi.SeatOf(await convener.SeatsAsync(id), MeetingsApi.Ale);
        ale.GetProperty("personName").GetString().ShouldBe("Eva Låtsasson");
        var substitute = MeetingsApi.SubstituteOf(ale);
        using var member = await factory.SignedInAsync(Demo.Member);

        using var response = await ReportAbsenceAsync(member, id, new { substitutePersonId = substitute });

        var seats = (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToArray();
        var reported = MeetingsApi.SeatOf(seats, MeetingsApi.Ale);
        reported.GetProperty("status").GetString().ShouldBe("absent");
        reported.GetProperty("absenceReported").GetBoolean().ShouldBeTrue();
        reported.GetProperty("substitutePersonId").GetInt32().ShouldBe(substitute);
        reported.GetProperty("substituteName").GetString().ShouldBe("Per Modellsson");
        seats.Where(s => s.GetProperty("absenceReported").GetBoolean()).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Naming_someone_who_is_not_the_members_substitute_gives_400_and_changes_nothing()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start.AddDays(1));
        var tjornsSubstitute = MeetingsApi.SubstituteOf(MeetingsApi.SeatOf(await convener.SeatsAsync(id), MeetingsApi.Tjorn));
        using var member = await factory.SignedInAsync(Demo.Member);

        using var response = await ReportAbsenceAsync(member, id, new { substitutePersonId = tjornsSubstitute });

        (await response.ShouldBeValidationProblemAsync("substitutePersonId")).Single().ShouldBe("Den valda personen är inte ledamotens ersättare.");
        var ale = MeetingsApi.SeatOf(await convener.SeatsAsync(id), MeetingsApi.Ale);
        ale.GetProperty("status").GetString().ShouldBe("expected");
        ale.GetProperty("absenceReported").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Reporting_absence_for_someone_elses_membership_gives_403_and_changes_nothing()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start.AddDays(2));
        var tjorn = MeetingsApi.SeatOf(await convener.SeatsAsync(id), MeetingsApi.Tjorn);
        using var member = await factory.SignedInAsync(Demo.Member);

        using var response = await ReportAbsenceAsync(member, id, new { membershipId = tjorn.GetProperty("membershipId").GetInt32() });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        MeetingsApi.SeatOf(await convener.SeatsAsync(id), MeetingsApi.Tjorn).GetProperty("status").GetString().ShouldBe("expected");
    }

    [Fact]
    public async Task Substitute_cannot_report_the_members_absence()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start.AddDays(3));
        var ale = MeetingsApi.SeatOf(await convener.SeatsAsync(id), MeetingsApi.Ale);
        using var substitute = await factory.SignedInAsync(Demo.Substitute);

        using var response = await ReportAbsenceAsync(substitute, id, new { membershipId = ale.GetProperty("membershipId").GetInt32() });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        MeetingsApi.SeatOf(await convener.SeatsAsync(id), MeetingsApi.Ale).GetProperty("status").GetString().ShouldBe("expected");
    }

    [Fact]
    public async Task Member_withdraws_a_reported_absence()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start.AddDays(7));
        var ale = MeetingsApi.SeatOf(await convener.SeatsAsync(id), MeetingsApi.Ale);
        using var member = await factory.SignedInAsync(Demo.Member);
        using (var report = await ReportAbsenceAsync(member, id, new { substitutePersonId = MeetingsApi.SubstituteOf(ale) }))
            report.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var response = await member.DeleteAsync($"/api/v1/meetings/{id}/absence/{ale.GetProperty("membershipId").GetInt32()}");

        var seat = MeetingsApi.SeatOf((await response.ShouldBeJsonAsync(HttpStatusCode.OK)).EnumerateArray(), MeetingsApi.Ale);
        seat.GetProperty("status").GetString().ShouldBe("expected");
        seat.GetProperty("absenceReported").GetBoolean().ShouldBeFalse();
        seat.GetProperty("substitutePersonId").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Convener_records_present_absent_and_substitute_attended()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start.AddDays(8));
        var seats = await convener.SeatsAsync(id);
        var ale = MeetingsApi.SeatOf(seats, MeetingsApi.Ale);

        await RecordOkAsync(convener, id, MeetingsApi.SeatOf(seats, MeetingsApi.Hospital), "present");
        await RecordOkAsync(convener, id, MeetingsApi.SeatOf(seats, MeetingsApi.Tjorn), "absent");
        await RecordOkAsync(convener, id, ale, "substituteAttended", MeetingsApi.SubstituteOf(ale));

        var stored = await convener.SeatsAsync(id);
        MeetingsApi.SeatOf(stored, MeetingsApi.Hospital).GetProperty("status").GetString().ShouldBe("present");
        MeetingsApi.SeatOf(stored, MeetingsApi.Tjorn).GetProperty("status").GetString().ShouldBe("absent");
        var recorded = MeetingsApi.SeatOf(stored, MeetingsApi.Ale);
        recorded.GetProperty("status").GetString().ShouldBe("substituteAttended");
        recorded.GetProperty("substituteName").GetString().ShouldBe("Per Modellsson");
    }

    [Fact]
    public async Task Recording_a_substitute_who_is_not_the_members_gives_400()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start.AddDays(9));
        var seats = await convener.SeatsAsync(id);
        var ale = MeetingsApi.SeatOf(seats, MeetingsApi.Ale);

        using (var wrong = await RecordAsync(convener, id, ale, "substituteAttended", MeetingsApi.SubstituteOf(MeetingsApi.SeatOf(seats, MeetingsApi.Tjorn))))
            await wrong.ShouldBeValidationProblemAsync("substitutePersonId");
        using (var nobody = await RecordAsync(convener, id, ale, "substituteAttended"))
            await nobody.ShouldBeValidationProblemAsync("substitutePersonId");
        using (var noStatus = await convener.PutJsonAsync($"/api/v1/meetings/{id}/attendance/{ale.GetProperty("membershipId").GetInt32()}", new { }))
            await noStatus.ShouldBeValidationProblemAsync("status");

        MeetingsApi.SeatOf(await convener.SeatsAsync(id), MeetingsApi.Ale).GetProperty("status").GetString().ShouldBe("expected");
    }

    [Fact]
    public async Task Member_cannot_record_attendance()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start.AddDays(10));
        var ale = MeetingsApi.SeatOf(await convener.SeatsAsync(id), MeetingsApi.Ale);
        using var member = await factory.SignedInAsync(Demo.Member);

        using var response = await RecordAsync(member, id, ale, "present");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        MeetingsApi.SeatOf(await convener.SeatsAsync(id), MeetingsApi.Ale).GetProperty("status").GetString().ShouldBe("expected");
    }

    [Fact]
    public async Task Organisation_counts_as_represented_when_the_substitute_attended()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();
        // The only meeting of the group on 13 May 2031.
        var id = await convener.CreateManagementMeetingAsync(new DateTimeOffset(2031, 5, 13, 8, 15, 0, MeetingsApi.Summer));
        var seats = await convener.SeatsAsync(id);
        var ale = MeetingsApi.SeatOf(seats, MeetingsApi.Ale);
        using (var member = await factory.SignedInAsync(Demo.Member))
        using (var report = await ReportAbsenceAsync(member, id, new { substitutePersonId = MeetingsApi.SubstituteOf(ale) }))
            report.StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var seat in seats.Where(s => s.GetProperty("organisationName").GetString() is not (MeetingsApi.Ale or MeetingsApi.Tjorn)))
            await RecordOkAsync(convener, id, seat, "present");
        await RecordOkAsync(convener, id, ale, "substituteAttended", MeetingsApi.SubstituteOf(ale));
        await RecordOkAsync(convener, id, MeetingsApi.SeatOf(seats, MeetingsApi.Tjorn), "absent");

        using var response = await convener.GetAsync($"/api/v1/groups/{groupId}/attendance?from=2031-05-13&to=2031-05-13");

        var summary = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        summary.GetProperty("meetings").GetInt32().ShouldBe(1);
        summary.GetProperty("target").GetInt32().ShouldBe(90);
        var organisations = summary.GetProperty("organisations").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);
        organisations.Count.ShouldBe(6);
        var aleRate = organisations[MeetingsApi.Ale];
        aleRate.GetProperty("meetings").GetInt32().ShouldBe(1);
        aleRate.GetProperty("attended").GetInt32().ShouldBe(1, "represented by the substitute");
        aleRate.GetProperty("bySubstitute").GetInt32().ShouldBe(1);
        aleRate.GetProperty("rate").GetDouble().ShouldBe(100);
        aleRate.GetProperty("belowTarget").GetBoolean().ShouldBeFalse();
        var tjornRate = organisations[MeetingsApi.Tjorn];
        tjornRate.GetProperty("attended").GetInt32().ShouldBe(0);
        tjornRate.GetProperty("rate").GetDouble().ShouldBe(0);
        tjornRate.GetProperty("belowTarget").GetBoolean().ShouldBeTrue();
        organisations[MeetingsApi.Hospital].GetProperty("rate").GetDouble().ShouldBe(100);

        var people = summary.GetProperty("people").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        people["Eva Låtsasson"].GetProperty("attended").GetInt32().ShouldBe(0, "she was not there herself");
        people["Eva Låtsasson"].GetProperty("bySubstitute").GetInt32().ShouldBe(1);
        people["Helena Fiktiva"].GetProperty("attended").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Attendance_statistics_with_to_before_from_give_400()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();
        using var response = await convener.GetAsync($"/api/v1/groups/{groupId}/attendance?from=2031-05-13&to=2031-05-01");
        await response.ShouldBeValidationProblemAsync("to");
    }

    [Fact]
    public async Task Demo_year_has_attendance_statistics_with_substitutes()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        using var response = await convener.GetAsync($"/api/v1/groups/{groupId}/attendance?from={MeetingsApi.Date(today.AddYears(-1))}&to={MeetingsApi.Date(today)}");

        var summary = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        summary.GetProperty("meetings").GetInt32().ShouldBeGreaterThanOrEqualTo(5);
        var organisations = summary.GetProperty("organisations").EnumerateArray().ToArray();
        organisations.Length.ShouldBe(6);
        organisations.ShouldAllBe(o => o.GetProperty("attended").GetInt32() >= o.GetProperty("bySubstitute").GetInt32());
        organisations.Sum(o => o.GetProperty("bySubstitute").GetInt32()).ShouldBePositive("the demo data has substitutes attending");
    }

    [Fact]
    public async Task Attendance_is_locked_with_the_approved_minutes()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(new DateTimeOffset(2026, 9, 1, 8, 15, 0, MeetingsApi.Summer));
        var ale = MeetingsApi.SeatOf(await convener.SeatsAsync(id), MeetingsApi.Ale);
        await RecordOkAsync(convener, id, ale, "substituteAttended", MeetingsApi.SubstituteOf(ale));
        using (var approve = await convener.PostJsonAsync($"/api/v1/meetings/{id}/minutes/approve", new { adjustedBy = "Sara Demoberg" }))
            approve.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var member = await factory.SignedInAsync(Demo.Member);

        using (var record = await RecordAsync(convener, id, ale, "absent"))
            await record.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var report = await ReportAbsenceAsync(member, id, new { }))
            await report.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var withdraw = await member.DeleteAsync($"/api/v1/meetings/{id}/absence/{ale.GetProperty("membershipId").GetInt32()}"))
            await withdraw.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var stored = MeetingsApi.SeatOf(await convener.SeatsAsync(id), MeetingsApi.Ale);
        stored.GetProperty("status").GetString().ShouldBe("substituteAttended");
        stored.GetProperty("substituteName").GetString().ShouldBe("Per Modellsson");
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class AttendanceApiOnSqlite(SqliteFactory factory) : AttendanceApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class AttendanceApiOnPostgres(PostgresFactory factory) : AttendanceApiTests(factory);
