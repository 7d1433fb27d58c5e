namespace Samsyn.IntegrationTests.Features.Meetings;

/// <summary>The demo data holds the past and the coming year of Ledningsgrupp i samverkan's fixed meetings.</summary>
public abstract class DemoMeetingsTests(SamsynFactory factory)
{
    private async Task<(HttpClient Client, JsonElement[] Meetings)> DemoMeetingsAsync()
    {
        var member = await factory.SignedInAsync(Demo.Member);
        var groupId = await member.ManagementGroupIdAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var meetings = await member.ListAsync(
            $"/api/v1/meetings?groupId={groupId}&from={MeetingsApi.Date(today.AddYears(-1))}&to={MeetingsApi.Date(today.AddYears(1))}");
        // Tests add ordinary meetings of their own (and fixed ones only in 2045); the demo's are the fixed ones.
        return (member, [.. meetings.Where(m => m.GetProperty("kind").GetString() == "fixed")]);
    }

    [Fact]
    public async Task Past_meetings_have_approved_minutes_and_coming_ones_are_planned()
    {
        var (client, meetings) = await DemoMeetingsAsync();
        using var _ = client;
        var now = DateTimeOffset.UtcNow;

        var past = meetings.Where(m => m.GetProperty("endsAt").GetDateTimeOffset() < now).ToArray();
        var coming = meetings.Where(m => m.GetProperty("startsAt").GetDateTimeOffset() > now).ToArray();

        past.Length.ShouldBeGreaterThanOrEqualTo(5);
        coming.Length.ShouldBeGreaterThanOrEqualTo(5);
        past.ShouldAllBe(m => m.GetProperty("minutesApproved").GetBoolean() && m.GetProperty("agendaPublished").GetBoolean());
        coming.ShouldAllBe(m => !m.GetProperty("minutesApproved").GetBoolean());
        meetings.ShouldAllBe(m => m.GetProperty("title").GetString() == Demo.ManagementGroup);
        meetings.ShouldAllBe(m => !string.IsNullOrEmpty(m.GetProperty("reason").GetString()));
        meetings.ShouldAllBe(m => m.GetProperty("startsAt").GetDateTimeOffset().DayOfWeek == DayOfWeek.Tuesday
                                  || m.GetProperty("reason").GetString() == "Efter jul och nyår");
        meetings.ShouldAllBe(m => m.GetProperty("chair").GetProperty("source").GetString() == "rotation");
    }

    [Fact]
    public async Task Held_meeting_has_an_agenda_with_minutes_and_recorded_attendance()
    {
        var (client, meetings) = await DemoMeetingsAsync();
        using var _ = client;
        var held = meetings.Last(m => m.GetProperty("endsAt").GetDateTimeOffset() < DateTimeOffset.UtcNow);
        var id = held.GetProperty("id").GetInt32();

        var details = await client.GetMeetingAsync(id);

        details.GetProperty("minutesApprovedBy").GetString().ShouldBe(Demo.Convener);
        var agenda = MeetingsApi.Agenda(details);
        agenda.Length.ShouldBe(5);
        agenda.ShouldAllBe(i => !string.IsNullOrEmpty(i.GetProperty("notes").GetString()));
        agenda.Sum(i => i.GetProperty("decisions").GetArrayLength()).ShouldBePositive();
        agenda.Sum(i => i.GetProperty("actionItems").GetArrayLength()).ShouldBePositive();
        var seats = await client.SeatsAsync(id);
        seats.ShouldAllBe(s => s.GetProperty("status").GetString() != "expected");
    }

    [Fact]
    public async Task Next_meeting_has_an_open_agenda_with_a_members_proposal()
    {
        var (client, meetings) = await DemoMeetingsAsync();
        using var _ = client;
        var next = meetings.First(m => m.GetProperty("startsAt").GetDateTimeOffset() > DateTimeOffset.UtcNow);

        var details = await client.GetMeetingAsync(next.GetProperty("id").GetInt32());

        details.GetProperty("meeting").GetProperty("agendaPublished").GetBoolean().ShouldBeFalse();
        var proposals = MeetingsApi.Agenda(details).Where(i => i.GetProperty("status").GetString() == "proposed").ToList();
        // The member's own proposal, the demo situation picture's (the strained hospital and Stenungsund asking for help)
        // and the demo deviations' recurring pattern (Kungälv's third discharge without notice).
        var proposal = proposals.Single(i => !i.GetProperty("title").GetString()!.StartsWith("Lägesbild:", StringComparison.Ordinal)
            && !i.GetProperty("title").GetString()!.StartsWith("Återkommande avvikelse:", StringComparison.Ordinal));
        proposal.GetProperty("proposedBy").GetString().ShouldBe("Eva Låtsasson");
        proposal.GetProperty("presenterOrganisationName").GetString().ShouldBe(MeetingsApi.Ale);
        proposals.Select(i => i.GetProperty("title").GetString()).ShouldContain("Lägesbild: Kungälvs sjukhus");
        proposals.Select(i => i.GetProperty("title").GetString()).ShouldContain("Lägesbild: Stenungsunds kommun – vård och omsorg");
        proposals.Select(i => i.GetProperty("title").GetString()).ShouldContain(
            "Återkommande avvikelse: Utskrivning utan att kommunen fått besked (Kungälvs kommun – vård och omsorg → Kungälvs sjukhus)");
    }

    [Fact]
    public async Task Chair_follows_the_rotation_by_year()
    {
        var (client, meetings) = await DemoMeetingsAsync();
        using var _ = client;
        string[] rotation = [MeetingsApi.Hospital, "Regional primärvård SIMBA", "Kungälvs kommun – vård och omsorg"];
        foreach (var meeting in meetings)
        {
            var year = meeting.GetProperty("startsAt").GetDateTimeOffset().Year;
            meeting.GetProperty("chair").GetProperty("organisationName").GetString().ShouldBe(rotation[(year - 2024) % 3], $"{year}");
        }
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class DemoMeetingsOnSqlite(SqliteFactory factory) : DemoMeetingsTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class DemoMeetingsOnPostgres(PostgresFactory factory) : DemoMeetingsTests(factory);
