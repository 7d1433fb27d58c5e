using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.IntegrationTests.Features.Notifications;
using Samsyn.Web.Features.Notifications;

namespace Samsyn.IntegrationTests.Features.Situation;

/// <summary>
/// A collaboration area of one test's own, so that its board holds only what the test reports: a
/// hospital, a municipality and a primary care organisation (which has no seat), and a group with
/// the hospital's and the municipality's seats and a convener. The <see cref="Reporter"/> (with a
/// login) is the named substitute of the municipality's seat, which <see cref="SeatHolderId"/> holds.
/// </summary>
public sealed record StatusScene(
    int AreaId, string AreaName, int GroupId, string GroupName,
    int MunicipalityId, string MunicipalityName, int HospitalId, string HospitalName, int PrimaryCareId, string PrimaryCareName,
    TestPerson Reporter, int SeatHolderId, int HospitalMemberId, int ConvenerId);

/// <summary>Builds what the situation tests report on, through the API as an administrator would.</summary>
public static class StatusScenes
{
    public static string Iso(DateTimeOffset moment) => moment.ToString("o", CultureInfo.InvariantCulture);

    public static string Query(DateTimeOffset moment) => Uri.EscapeDataString(Iso(moment));

    /// <summary>The server's now to the whole second (a stored time then reads back exactly).</summary>
    public static DateTimeOffset Now(this SamsynFactory factory)
    {
        var now = factory.Clock.GetUtcNow();
        return new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }

    public static async Task<(int Id, string Name)> NewAreaAsync(this HttpClient admin)
    {
        var name = Unique.Name("Lägesområde");
        using var response = await admin.PostJsonAsync("/api/v1/areas", new { name, shortName = Unique.Letters(6) });
        return ((await response.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32(), name);
    }

    public static async Task<(int Id, string Name)> NewOrganisationAsync(this HttpClient admin, int areaId, string kind, string prefix)
    {
        // A principal of its own: borrowing a demo one (say Ale kommun) would make its name ambiguous across areas.
        using var principal = await admin.PostJsonAsync("/api/v1/principals", new { name = Unique.Name("Huvudman"), kind = "other" });
        var principalId = (await principal.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var name = Unique.Name(prefix);
        using var response = await admin.PostJsonAsync("/api/v1/organisations", new { name, kind, principalId, areaId });
        return ((await response.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32(), name);
    }

    public static async Task<int> NewPersonAsync(this HttpClient admin, string prefix = "Person")
    {
        var letters = Unique.Letters();
        using var response = await admin.PostJsonAsync("/api/v1/people", new { name = $"{prefix} {letters}", email = $"{letters}@lagesbild.example" });
        return (await response.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    public static async Task<int> NewGroupAsync(this HttpClient admin, int areaId, string name)
    {
        using var response = await admin.PostJsonAsync("/api/v1/groups", new { name, level = "collaboration", areaId, mandate = "Skapad av ett test av lägesbilden." });
        return (await response.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    public static async Task AddMemberAsync(this HttpClient admin, int groupId, int personId, int? organisationId, string role = "member", int[]? substituteIds = null)
    {
        using var response = await admin.PostJsonAsync($"/api/v1/groups/{groupId}/members",
            new { personId, organisationId, role, substituteIds = substituteIds ?? [] });
        await response.ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    public static async Task<StatusScene> NewSceneAsync(this SamsynFactory factory)
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var (areaId, areaName) = await admin.NewAreaAsync();
        var (hospitalId, hospitalName) = await admin.NewOrganisationAsync(areaId, "hospital", "Testsjukhus");
        var (municipalityId, municipalityName) = await admin.NewOrganisationAsync(areaId, "municipalCare", "Testkommun");
        var (primaryCareId, primaryCareName) = await admin.NewOrganisationAsync(areaId, "regionalPrimaryCare", "Testvårdcentral");
        var reporter = await factory.NewPersonWithAccountAsync();
        var seatHolder = await admin.NewPersonAsync("Ledamot");
        var hospitalMember = await admin.NewPersonAsync("Sjukhusledamot");
        var convener = await admin.NewPersonAsync("Sammankallande");
        var groupName = Unique.Name("Lägesgrupp");
        var groupId = await admin.NewGroupAsync(areaId, groupName);
        await admin.AddMemberAsync(groupId, seatHolder, municipalityId, substituteIds: [reporter.PersonId]);
        await admin.AddMemberAsync(groupId, hospitalMember, hospitalId);
        await admin.AddMemberAsync(groupId, convener, null, role: "convener");
        return new StatusScene(areaId, areaName, groupId, groupName, municipalityId, municipalityName, hospitalId, hospitalName, primaryCareId, primaryCareName,
            reporter, seatHolder, hospitalMember, convener);
    }

    public static Task<HttpResponseMessage> PostReportAsync(this HttpClient client, object body) =>
        client.PostJsonAsync("/api/v1/status-reports", body);

    /// <summary>Reports and returns the created report (asserting the 201).</summary>
    public static async Task<JsonElement> ReportAsync(this HttpClient client, object body)
    {
        using var response = await client.PostReportAsync(body);
        return await response.ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    public static Task<int> ReportCountAsync(this SamsynFactory factory, int organisationId) =>
        factory.InDatabaseAsync(db => db.StatusReports.CountAsync(r => r.OrganisationId == organisationId));
}

/// <summary>POST/GET /api/v1/status-reports and an organisation's reports: the contract, rights, bad input, agenda proposals and help notifications.</summary>
public abstract class StatusReportApiTests(SamsynFactory factory)
{
    /// <summary>Meetings are planned in 2042 in a group of the test's own, so the next planned one is the test's choice.</summary>
    private static readonly TimeSpan Winter = MeetingsApi.Winter;

    private static string Iso(DateTimeOffset moment) => StatusScenes.Iso(moment);

    private async Task<(int Id, string Name)> NewMunicipalityAsync(HttpClient admin)
    {
        var (areaId, _) = await admin.NewAreaAsync();
        return await admin.NewOrganisationAsync(areaId, "municipalCare", "Testkommun");
    }

    [Fact]
    public async Task Report_is_created_with_201_its_location_and_the_report_with_named_figures_in_their_order()
    {
        var scene = await factory.NewSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        var before = factory.Now();

        // The contract's body; the figures in another order than the definitions'.
        using var response = await reporter.SendRawJsonAsync(HttpMethod.Post, "/api/v1/status-reports",
            $$$"""{"organisationId": {{{scene.MunicipalityId}}}, "level": "strained", "comment": "Hög sjukfrånvaro i hemtjänsten.", "needsHelp": false, "figures": {"staffAbsence": 12.5, "freeShortTermBeds": 2}}""");

        var report = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = report.GetProperty("id").GetInt32();
        id.ShouldBePositive();
        response.Headers.Location.ShouldNotBeNull().ToString().ShouldBe($"/api/v1/status-reports/{id}");
        report.GetProperty("organisationId").GetInt32().ShouldBe(scene.MunicipalityId);
        report.GetProperty("organisationName").GetString().ShouldBe(scene.MunicipalityName);
        report.GetProperty("level").GetString().ShouldBe("strained");
        report.GetProperty("readiness").ValueKind.ShouldBe(JsonValueKind.Null);
        report.GetProperty("comment").GetString().ShouldBe("Hög sjukfrånvaro i hemtjänsten.");
        report.GetProperty("needsHelp").GetBoolean().ShouldBeFalse();
        report.GetProperty("helpWith").ValueKind.ShouldBe(JsonValueKind.Null);
        report.GetProperty("reportedBy").GetString().ShouldBe(scene.Reporter.Name);
        var reportedAt = report.GetProperty("reportedAt").GetDateTimeOffset();
        reportedAt.ShouldBeGreaterThanOrEqualTo(before, "without reportedAt the report describes now");
        reportedAt.ShouldBeLessThanOrEqualTo(factory.Clock.GetUtcNow());
        var figures = report.GetProperty("figures").EnumerateArray().ToArray();
        figures.Select(f => f.GetProperty("key").GetString()).ShouldBe(["freeShortTermBeds", "staffAbsence"]);
        figures.Select(f => f.GetProperty("label").GetString()).ShouldBe(["Lediga korttidsplatser", "Frånvaro i personalen"]);
        figures.Select(f => f.GetProperty("unit").GetString()).ShouldBe(["st", "%"]);
        figures.Select(f => f.GetProperty("value").GetDecimal()).ShouldBe([2m, 12.5m]);

        var fetched = await reporter.GetItemAsync($"/api/v1/status-reports/{id}");
        fetched.ToString().ShouldBe(report.ToString());
    }

    [Fact]
    public async Task Unknown_report_is_404()
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        using var response = await member.GetAsync("/api/v1/status-reports/987654321");
        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Anonymous_caller_can_neither_report_nor_read()
    {
        var scene = await factory.NewSceneAsync();
        using var anonymous = factory.Anonymous();

        using var post = await anonymous.PostReportAsync(new { organisationId = scene.MunicipalityId, level = "normal" });
        using var board = await anonymous.GetAsync($"/api/v1/status-board?areaId={scene.AreaId}");

        post.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        board.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await factory.ReportCountAsync(scene.MunicipalityId)).ShouldBe(0);
    }

    [Fact]
    public async Task Member_cannot_report_for_an_organisation_she_does_not_act_for_and_nothing_is_saved()
    {
        var scene = await factory.NewSceneAsync();
        using var member = await factory.SignedInAsync(Demo.Member);
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);

        using var foreign = await member.PostReportAsync(new { organisationId = scene.MunicipalityId, level = "critical", needsHelp = true, helpWith = "Allt" });
        using var otherSeat = await reporter.PostReportAsync(new { organisationId = scene.HospitalId, level = "strained" });

        (await foreign.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("title").GetString().ShouldNotBeNull().ShouldContain("organisation du företräder");
        await otherSeat.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await factory.ReportCountAsync(scene.MunicipalityId)).ShouldBe(0);
        (await factory.ReportCountAsync(scene.HospitalId)).ShouldBe(0);
        (await factory.InDatabaseAsync(db => db.Notifications.CountAsync(n => n.Link == $"/lagesbild/organisationer/{scene.MunicipalityId}"))).ShouldBe(0);
    }

    [Fact]
    public async Task Member_cannot_report_for_another_area_either()
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        var skaraborgHospital = (await member.ListAsync("/api/v1/organisations"))
            .First(o => o.GetProperty("areaName").GetString() == Demo.Skaraborg).GetProperty("id").GetInt32();
        var before = await factory.ReportCountAsync(skaraborgHospital);

        using var response = await member.PostReportAsync(new { organisationId = skaraborgHospital, level = "normal" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await factory.ReportCountAsync(skaraborgHospital)).ShouldBe(before);
    }

    [Fact]
    public async Task Employee_reports_for_the_organisation_they_work_for_only()
    {
        var scene = await factory.NewSceneAsync();
        var nurse = await factory.NewPersonWithAccountAsync();
        await factory.InDatabaseAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.Id == nurse.PersonId);
            person.OrganisationId = scene.HospitalId;
            return await db.SaveChangesAsync();
        });
        using var client = await factory.SignedInAsync(nurse.Email);

        var report = await client.ReportAsync(new { organisationId = scene.HospitalId, level = "severe", readiness = "reinforcement" });
        using var other = await client.PostReportAsync(new { organisationId = scene.MunicipalityId, level = "normal" });

        report.GetProperty("readiness").GetString().ShouldBe("reinforcement");
        report.GetProperty("reportedBy").GetString().ShouldBe(nurse.Name);
        await other.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Administrator_acts_for_every_organisation()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var (municipality, _) = await NewMunicipalityAsync(admin);

        var report = await admin.ReportAsync(new { organisationId = municipality, level = "normal" });

        report.GetProperty("organisationId").GetInt32().ShouldBe(municipality);
        (await factory.ReportCountAsync(municipality)).ShouldBe(1);
    }

    [Theory]
    [InlineData("""{"organisationId": {org}, "level": "urgent"}""", "level")]
    [InlineData("""{"organisationId": {org}, "level": 1}""", "level")]
    [InlineData("""{"organisationId": {org}, "comment": "Utan läge"}""", "level")]
    [InlineData("""{"organisationId": {org}, "level": "normal", "figures": {"freeShortTermBeds": -1}}""", "figures.freeShortTermBeds")]
    [InlineData("""{"organisationId": {org}, "level": "normal", "figures": {"x": 1}}""", "figures.x")]
    [InlineData("""{"organisationId": {org}, "level": "normal", "figures": {"dischargeReady": 3}}""", "figures.dischargeReady")]
    [InlineData("""{"organisationId": {org}, "level": "normal", "figures": {"staffAbsence": 100.5}}""", "figures.staffAbsence")]
    [InlineData("""{"organisationId": {org}, "level": "normal", "figures": {"staffAbsence": 12.25}}""", "figures.staffAbsence")]
    [InlineData("""{"organisationId": {org}, "level": "normal", "reportedAt": "{future}"}""", "reportedAt")]
    [InlineData("""{"organisationId": {org}, "level": "normal", "reportedAt": "{old}"}""", "reportedAt")]
    [InlineData("""{"organisationId": {org}, "level": "normal", "comment": "Patient 19121212-1212 väntar"}""", "comment")]
    [InlineData("""{"organisationId": {org}, "level": "severe", "needsHelp": true, "helpWith": "Plats för 811218-9876"}""", "helpWith")]
    [InlineData("""{"organisationId": {org}, "level": "severe", "needsHelp": true}""", "helpWith")]
    [InlineData("""{"organisationId": {org}, "level": "strained", "readiness": "staffAlert"}""", "readiness")]
    [InlineData("""{"organisationId": {org}, "level": "strained", "readiness": "alert"}""", "readiness")]
    [InlineData("""{"level": "normal"}""", "organisationId")]
    [InlineData("""{"organisationId": 987654321, "level": "normal"}""", "organisationId")]
    public async Task Bad_report_is_400_naming_the_field_and_nothing_is_saved(string template, string field)
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var (municipality, _) = await NewMunicipalityAsync(admin);
        var now = factory.Now();
        var body = template.Replace("{org}", municipality.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{future}", Iso(now.AddMinutes(10).ToOffset(Winter)), StringComparison.Ordinal)
            .Replace("{old}", Iso(now.AddDays(-8)), StringComparison.Ordinal);

        using var response = await admin.SendRawJsonAsync(HttpMethod.Post, "/api/v1/status-reports", body);

        await response.ShouldBeValidationProblemAsync(field);
        (await factory.ReportCountAsync(municipality)).ShouldBe(0);
    }

    [Fact]
    public async Task Phone_numbers_and_dates_in_the_comment_pass()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var (municipality, _) = await NewMunicipalityAsync(admin);

        var phone = await admin.ReportAsync(new { organisationId = municipality, level = "normal", comment = "Ring 0303-123 45" });
        var date = await admin.ReportAsync(new { organisationId = municipality, level = "strained", comment = "ärende 2026-11-24", needsHelp = true, helpWith = "Ring 0303-123 45" });

        phone.GetProperty("comment").GetString().ShouldBe("Ring 0303-123 45");
        date.GetProperty("comment").GetString().ShouldBe("ärende 2026-11-24");
        date.GetProperty("helpWith").GetString().ShouldBe("Ring 0303-123 45");
    }

    [Fact]
    public async Task Report_a_little_ahead_of_the_server_clock_is_taken_as_now_and_a_backdated_one_keeps_its_moment()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var (municipality, _) = await NewMunicipalityAsync(admin);
        var now = factory.Now();
        var morning = now.AddHours(-3).ToOffset(Winter);

        var ahead = await admin.ReportAsync(new { organisationId = municipality, level = "normal", reportedAt = Iso(now.AddMinutes(3)) });
        var backdated = await admin.ReportAsync(new { organisationId = municipality, level = "strained", reportedAt = Iso(morning) });

        ahead.GetProperty("reportedAt").GetDateTimeOffset().ShouldBeLessThanOrEqualTo(factory.Clock.GetUtcNow(), "a report never describes the future");
        ahead.GetProperty("reportedAt").GetDateTimeOffset().ShouldBeGreaterThanOrEqualTo(now);
        backdated.GetProperty("reportedAt").GetDateTimeOffset().ShouldBe(morning);
        // Stored in UTC whatever offset the client used.
        (await factory.InDatabaseAsync(db => db.StatusReports.Where(r => r.OrganisationId == municipality).Select(r => r.ReportedAt).ToListAsync()))
            .ShouldAllBe(at => at.Offset == TimeSpan.Zero);
    }

    [Fact]
    public async Task Text_is_trimmed_and_help_text_is_only_kept_when_help_is_asked_for()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var (municipality, _) = await NewMunicipalityAsync(admin);

        var report = await admin.ReportAsync(new { organisationId = municipality, level = "normal", comment = "  Lugnt.  ", needsHelp = false, helpWith = "Inget" });
        var blank = await admin.ReportAsync(new { organisationId = municipality, level = "normal", comment = "   " });

        report.GetProperty("comment").GetString().ShouldBe("Lugnt.");
        report.GetProperty("helpWith").ValueKind.ShouldBe(JsonValueKind.Null);
        blank.GetProperty("comment").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Report_and_its_figures_are_in_the_audit_trail_under_the_reporter()
    {
        var scene = await factory.NewSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);

        var report = await reporter.ReportAsync(new
        {
            organisationId = scene.MunicipalityId, level = "normal", figures = new Dictionary<string, decimal> { ["freeShortTermBeds"] = 3, ["waitingForHome"] = 1 },
        });
        var id = report.GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture);

        var entries = await factory.InDatabaseAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "StatusReport" && e.EntityId == id).ToListAsync());
        var entry = entries.ShouldHaveSingleItem();
        entry.Action.ShouldBe(Samsyn.Web.Infrastructure.Auditing.AuditAction.Created);
        entry.UserName.ShouldBe(scene.Reporter.Email);
        entry.Changes.ShouldContain("\"Normal\"");
        entry.Changes.ShouldContain(scene.MunicipalityId.ToString(CultureInfo.InvariantCulture));
        var figureIds = await factory.InDatabaseAsync(db => db.Set<Samsyn.Web.Features.Situation.StatusReportFigure>()
            .Where(f => f.StatusReportId == report.GetProperty("id").GetInt32()).Select(f => f.Id.ToString()).ToListAsync());
        figureIds.Count.ShouldBe(2);
        (await factory.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "StatusReportFigure" && figureIds.Contains(e.EntityId)))).ShouldBe(2);
    }

    private async Task<JsonElement[]> AgendaAsync(HttpClient client, int meetingId) => MeetingsApi.Agenda(await client.GetMeetingAsync(meetingId));

    [Fact]
    public async Task Strain_is_proposed_once_onto_the_next_planned_meeting_and_a_later_report_updates_the_proposal()
    {
        var scene = await factory.NewSceneAsync();
        using var admin = await factory.SignedInAsync(Demo.Admin);
        // A cancelled and a published meeting come first; the next planned one is the third; a fourth follows.
        var cancelled = MeetingsApi.MeetingId(await admin.CreateMeetingAsync(scene.GroupId, new DateTimeOffset(2042, 3, 3, 13, 0, 0, Winter)));
        var published = MeetingsApi.MeetingId(await admin.CreateMeetingAsync(scene.GroupId, new DateTimeOffset(2042, 3, 10, 13, 0, 0, Winter)));
        var next = MeetingsApi.MeetingId(await admin.CreateMeetingAsync(scene.GroupId, new DateTimeOffset(2042, 3, 17, 13, 0, 0, Winter)));
        var later = MeetingsApi.MeetingId(await admin.CreateMeetingAsync(scene.GroupId, new DateTimeOffset(2042, 3, 24, 13, 0, 0, Winter)));
        var version = (await admin.GetMeetingAsync(cancelled)).GetProperty("meeting").GetProperty("version").GetInt32();
        using (var cancel = await admin.PostJsonAsync($"/api/v1/meetings/{cancelled}/cancel", new { version })) await cancel.ShouldBeJsonAsync(HttpStatusCode.OK);
        using (var publish = await admin.PostJsonAsync($"/api/v1/meetings/{published}/agenda/publish", new { })) await publish.ShouldBeJsonAsync(HttpStatusCode.OK);
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        var title = $"Lägesbild: {scene.MunicipalityName}";

        await reporter.ReportAsync(new { organisationId = scene.MunicipalityId, level = "normal" });
        (await AgendaAsync(admin, next)).ShouldNotContain(i => i.GetProperty("title").GetString() == title, "a normal report proposes nothing");

        await reporter.ReportAsync(new { organisationId = scene.MunicipalityId, level = "strained", comment = "Många utskrivningsklara väntar." });

        var item = (await AgendaAsync(admin, next)).Where(i => i.GetProperty("title").GetString() == title).ShouldHaveSingleItem();
        item.GetProperty("status").GetString().ShouldBe("proposed");
        item.GetProperty("kind").GetString().ShouldBe("discussion");
        item.GetProperty("presenterOrganisationId").GetInt32().ShouldBe(scene.MunicipalityId);
        item.GetProperty("proposedBy").GetString().ShouldBe(scene.Reporter.Name);
        item.GetProperty("description").GetString().ShouldBe($"{scene.MunicipalityName} rapporterar ansträngt läge. Den senaste rapporten finns i lägesbilden.");
        foreach (var other in new[] { cancelled, published, later })
            (await AgendaAsync(admin, other)).ShouldNotContain(i => i.GetProperty("title").GetString() == title, $"meeting {other}");

        await reporter.ReportAsync(new { organisationId = scene.MunicipalityId, level = "severe", needsHelp = true, helpWith = "Två undersköterskor i helgen" });

        var updated = (await AgendaAsync(admin, next)).Where(i => i.GetProperty("title").GetString() == title).ShouldHaveSingleItem();
        updated.GetProperty("id").GetInt32().ShouldBe(item.GetProperty("id").GetInt32());
        updated.GetProperty("description").GetString().ShouldBe($"{scene.MunicipalityName} rapporterar allvarligt läge och behöver stöd med: Två undersköterskor i helgen. Den senaste rapporten finns i lägesbilden.");

        // Back to normal: the proposal stays as the group last heard it.
        await reporter.ReportAsync(new { organisationId = scene.MunicipalityId, level = "normal" });
        var kept = (await AgendaAsync(admin, next)).Where(i => i.GetProperty("title").GetString() == title).ShouldHaveSingleItem();
        kept.GetProperty("description").GetString().ShouldBe(updated.GetProperty("description").GetString());

        // The convener was told of the proposal once, not again for the update.
        var proposals = await factory.InDatabaseAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.Kind == NotificationKind.AgendaItemProposed && n.Link == $"/moten/{next}").Select(n => n.RecipientPersonId).ToListAsync());
        proposals.ShouldBe([scene.ConvenerId]);
    }

    [Fact]
    public async Task Accepted_proposal_is_not_rewritten_by_a_later_report()
    {
        var scene = await factory.NewSceneAsync();
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var next = MeetingsApi.MeetingId(await admin.CreateMeetingAsync(scene.GroupId, new DateTimeOffset(2042, 4, 7, 13, 0, 0, MeetingsApi.Summer)));
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        var title = $"Lägesbild: {scene.MunicipalityName}";
        await reporter.ReportAsync(new { organisationId = scene.MunicipalityId, level = "strained", comment = "Första." });
        var item = (await AgendaAsync(admin, next)).Single(i => i.GetProperty("title").GetString() == title);
        var description = item.GetProperty("description").GetString();
        using (var accept = await admin.PutJsonAsync($"/api/v1/meetings/{next}/agenda-items/{item.GetProperty("id").GetInt32()}",
                   MeetingsApi.AgendaItemInput(item, i => { i["status"] = "accepted"; i["description"] = description; })))
            await accept.ShouldBeJsonAsync(HttpStatusCode.OK);

        await reporter.ReportAsync(new { organisationId = scene.MunicipalityId, level = "critical", comment = "Andra." });

        var items = (await AgendaAsync(admin, next)).Where(i => i.GetProperty("title").GetString() == title).ToArray();
        var accepted = items.ShouldHaveSingleItem("no second item beside the accepted one");
        accepted.GetProperty("status").GetString().ShouldBe("accepted");
        accepted.GetProperty("description").GetString().ShouldBe(description);
    }

    [Fact]
    public async Task Request_for_help_is_proposed_even_at_a_normal_level_and_not_without_a_planned_meeting()
    {
        var scene = await factory.NewSceneAsync();
        using var admin = await factory.SignedInAsync(Demo.Admin);
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        var title = $"Lägesbild: {scene.MunicipalityName}";

        // No meeting yet: nothing to propose onto, and the report is still saved.
        await reporter.ReportAsync(new { organisationId = scene.MunicipalityId, level = "critical" });
        (await factory.InDatabaseAsync(db => db.AgendaItems.CountAsync(i => i.Title == title))).ShouldBe(0);

        var next = MeetingsApi.MeetingId(await admin.CreateMeetingAsync(scene.GroupId, new DateTimeOffset(2042, 5, 5, 13, 0, 0, MeetingsApi.Summer)));
        await reporter.ReportAsync(new { organisationId = scene.MunicipalityId, level = "normal", needsHelp = true, helpWith = "Handledning i läkemedelshantering" });

        var item = (await AgendaAsync(admin, next)).Where(i => i.GetProperty("title").GetString() == title).ShouldHaveSingleItem();
        item.GetProperty("description").GetString().ShouldNotBeNull().ShouldContain("rapporterar normalt läge och behöver stöd med: Handledning i läkemedelshantering.");
    }

    private Task<List<int>> HelpRecipientsAsync(int organisationId) =>
        factory.InDatabaseAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.Kind == NotificationKind.HelpRequested && n.Link == $"/lagesbild/organisationer/{organisationId}")
            .Select(n => n.RecipientPersonId).ToListAsync());

    [Fact]
    public async Task New_request_for_help_notifies_the_group_but_not_the_organisation_s_own_seat_or_the_reporter()
    {
        var scene = await factory.NewSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);

        await reporter.ReportAsync(new { organisationId = scene.MunicipalityId, level = "severe", needsHelp = true, helpWith = "Två sjuksköterskor till korttidsboendet" });

        var recipients = await HelpRecipientsAsync(scene.MunicipalityId);
        recipients.ShouldBe([scene.HospitalMemberId, scene.ConvenerId], ignoreOrder: true);
        var notification = await factory.InDatabaseAsync(db => db.Notifications.AsNoTracking()
            .FirstAsync(n => n.Kind == NotificationKind.HelpRequested && n.RecipientPersonId == scene.HospitalMemberId));
        notification.Subject.ShouldBe($"{scene.MunicipalityName} behöver stöd");
        notification.Body.ShouldContain("allvarligt läge");
        notification.Body.ShouldContain("Två sjuksköterskor till korttidsboendet");
        notification.EntityType.ShouldBe("Organisation");
        notification.EntityId.ShouldBe(scene.MunicipalityId.ToString(CultureInfo.InvariantCulture));

        // The reporter sees none in her own notifications.
        using var mine = await reporter.GetAsync("/api/v1/notifications?pageSize=500");
        (await mine.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .ShouldNotContain(n => n.GetProperty("kind").GetString() == "helpRequested");
    }

    [Fact]
    public async Task Repeating_the_same_request_for_help_notifies_nobody_again_but_a_new_one_does()
    {
        var scene = await factory.NewSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        object Help(string what, string level = "severe") => new { organisationId = scene.MunicipalityId, level, needsHelp = true, helpWith = what };

        await reporter.ReportAsync(Help("Två sjuksköterskor"));
        await reporter.ReportAsync(Help("Två sjuksköterskor", level: "critical"));
        (await HelpRecipientsAsync(scene.MunicipalityId)).Count.ShouldBe(2, "the same request again is no news");

        await reporter.ReportAsync(Help("Tre sjuksköterskor"));
        (await HelpRecipientsAsync(scene.MunicipalityId)).Count.ShouldBe(4, "asking for something else is a new request");

        await reporter.ReportAsync(new { organisationId = scene.MunicipalityId, level = "normal" });
        (await HelpRecipientsAsync(scene.MunicipalityId)).Count.ShouldBe(4, "a report without a request notifies nobody");

        await reporter.ReportAsync(Help("Tre sjuksköterskor"));
        (await HelpRecipientsAsync(scene.MunicipalityId)).Count.ShouldBe(6, "asking again after a report without a request is new");
        (await HelpRecipientsAsync(scene.MunicipalityId)).ShouldAllBe(id => id == scene.HospitalMemberId || id == scene.ConvenerId);
    }

    [Fact]
    public async Task Organisation_s_reports_are_listed_newest_first_within_Swedish_days_from_and_to()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var (municipality, name) = await NewMunicipalityAsync(admin);
        var today = Samsyn.Web.Infrastructure.SwedishTime.DateOf(factory.Clock.GetUtcNow());
        DateTimeOffset At(int daysAgo, int hour) => Samsyn.Web.Infrastructure.SwedishTime.At(today.AddDays(-daysAgo), new TimeOnly(hour, 0));
        // Four days back at 10:00, three and two days back at midnight (the first moment of those days), and yesterday at 10:00.
        var moments = new[] { At(4, 10), At(3, 0), At(2, 0), At(1, 10) };
        var ids = new List<int>();
        foreach (var (moment, level) in moments.Zip(new[] { "normal", "strained", "severe", "critical" }))
            ids.Add((await admin.ReportAsync(new { organisationId = municipality, level, reportedAt = Iso(moment) })).GetProperty("id").GetInt32());
        string Day(int daysAgo) => MeetingsApi.Date(today.AddDays(-daysAgo));
        async Task<JsonElement> PageAsync(string query) => await admin.GetItemAsync($"/api/v1/organisations/{municipality}/status-reports{query}");
        int[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())];

        var all = await PageAsync("");
        Ids(all).ShouldBe([ids[3], ids[2], ids[1], ids[0]]);
        all.GetProperty("totalCount").GetInt32().ShouldBe(4);
        var first = all.GetProperty("items")[0];
        first.GetProperty("organisationName").GetString().ShouldBe(name);
        first.GetProperty("level").GetString().ShouldBe("critical");
        first.GetProperty("reportedAt").GetDateTimeOffset().ShouldBe(moments[3]);

        Ids(await PageAsync($"?from={Day(3)}&to={Day(3)}")).ShouldBe([ids[1]], "midnight belongs to the day it starts");
        Ids(await PageAsync($"?from={Day(3)}&to={Day(2)}")).ShouldBe([ids[2], ids[1]]);
        Ids(await PageAsync($"?to={Day(4)}")).ShouldBe([ids[0]], "the end of a day is before the next midnight");
        Ids(await PageAsync($"?from={Day(2)}")).ShouldBe([ids[3], ids[2]]);
        Ids(await PageAsync($"?from={Day(0)}")).ShouldBeEmpty();

        var second = await PageAsync("?pageSize=1&page=2");
        Ids(second).ShouldBe([ids[2]]);
        second.GetProperty("totalCount").GetInt32().ShouldBe(4);
        second.GetProperty("page").GetInt32().ShouldBe(2);
        second.GetProperty("pageSize").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Organisation_s_reports_refuse_an_end_before_the_start_and_an_unknown_organisation()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var (municipality, _) = await NewMunicipalityAsync(admin);

        using var backwards = await admin.GetAsync($"/api/v1/organisations/{municipality}/status-reports?from=2026-11-20&to=2026-11-19");
        using var unknown = await admin.GetAsync("/api/v1/organisations/987654321/status-reports");
        using var badPage = await admin.GetAsync($"/api/v1/organisations/{municipality}/status-reports?pageSize=0");

        await backwards.ShouldBeValidationProblemAsync("to");
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await badPage.ShouldBeValidationProblemAsync("pageSize");
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class StatusReportApiOnSqlite(SqliteFactory factory) : StatusReportApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class StatusReportApiOnPostgres(PostgresFactory factory) : StatusReportApiTests(factory);
