namespace Samsyn.IntegrationTests.Features.Meetings;

/// <summary>
/// GET/POST /api/v1/groups/{id}/meeting-plan: proposals for the fixed meetings around the holidays and the summer,
/// on working days at the group's usual time, accepted in one go. Ledningsgrupp i samverkan meets Tuesdays 08:15–09:15.
/// </summary>
public abstract class MeetingPlanApiTests(SamsynFactory factory)
{
    private static async Task<JsonElement[]> PlanAsync(HttpClient client, int groupId, int year)
    {
        using var response = await client.GetAsync($"/api/v1/groups/{groupId}/meeting-plan?year={year}");
        return [.. (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).EnumerateArray()];
    }

    private static async Task<HashSet<string>> HolidayDatesAsync(HttpClient client, int year)
    {
        using var response = await client.GetAsync($"/api/v1/calendar/holidays?year={year}");
        return [.. (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).EnumerateArray().Select(h => h.GetProperty("date").GetString()!)];
    }

    private static DateOnly DateOf(JsonElement proposal) => DateOnly.Parse(proposal.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Plan_for_2027_lies_around_the_holidays_and_the_summer_on_Tuesdays_at_the_usual_time()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();

        var plan = await PlanAsync(convener, groupId, 2027);

        plan.Select(p => $"{p.GetProperty("date").GetString()} {p.GetProperty("reason").GetString()}").ShouldBe(
        [
            "2027-01-07 Efter jul och nyår", // Tuesday 5 January is before trettondedag jul; Thursday is the first day after
            "2027-03-23 Före påsk",
            "2027-03-30 Efter påsk",
            "2027-06-22 Före midsommar",
            "2027-06-29 Efter midsommar",    // also the last Tuesday before the summer weeks 27–32
            "2027-08-17 Efter sommaren",
            "2027-12-21 Före jul",
        ]);
        plan.ShouldAllBe(p => p.GetProperty("kind").GetString() == "fixed");
        var easter = plan[1];
        easter.GetProperty("startsAt").GetString().ShouldBe("2027-03-23T08:15:00+01:00");
        easter.GetProperty("endsAt").GetString().ShouldBe("2027-03-23T09:15:00+01:00");
        easter.GetProperty("isoWeek").GetInt32().ShouldBe(12);
        plan[3].GetProperty("startsAt").GetString().ShouldBe("2027-06-22T08:15:00+02:00", "summer time");
    }

    [Theory]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2028)]
    [InlineData(2032)]
    public async Task No_proposal_falls_on_a_weekend_or_holiday(int year)
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();
        var holidays = await HolidayDatesAsync(convener, year);

        var plan = await PlanAsync(convener, groupId, year);

        plan.Length.ShouldBeGreaterThanOrEqualTo(6);
        foreach (var p in plan)
        {
            var date = DateOf(p);
            date.DayOfWeek.ShouldNotBeOneOf([DayOfWeek.Saturday, DayOfWeek.Sunday], $"{date}");
            holidays.ShouldNotContain(p.GetProperty("date").GetString()!);
            p.GetProperty("startsAt").GetString()!.ShouldStartWith(p.GetProperty("date").GetString()!);
        }
        plan.Select(DateOf).ShouldBeInOrder();
    }

    [Fact]
    public async Task Proposals_the_demo_data_planned_are_marked_already_planned()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        // The demo data planned the proposals from a year back to a year ahead; far ahead nothing is planned.
        var thisYear = await PlanAsync(convener, groupId, today.Year);
        thisYear.Where(p => DateOf(p) >= today.AddYears(-1) && DateOf(p) <= today.AddYears(1))
            .ShouldAllBe(p => p.GetProperty("alreadyPlanned").GetBoolean());
        (await PlanAsync(convener, groupId, today.Year + 20)).ShouldAllBe(p => !p.GetProperty("alreadyPlanned").GetBoolean());
    }

    [Fact]
    public async Task Member_may_read_the_plan()
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        var groupId = await member.ManagementGroupIdAsync();
        (await PlanAsync(member, groupId, 2027)).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("?year=1899")]
    [InlineData("?year=2201")]
    public async Task Plan_without_a_valid_year_gives_400_naming_year(string query)
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();
        using var response = await convener.GetAsync($"/api/v1/groups/{groupId}/meeting-plan{query}");
        await response.ShouldBeValidationProblemAsync("year");
    }

    [Fact]
    public async Task Plan_of_an_unknown_group_gives_404()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        using var response = await convener.GetAsync("/api/v1/groups/987654/meeting-plan?year=2027");
        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Accepting_two_proposals_one_moved_creates_the_meetings()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();
        var plan = await PlanAsync(convener, groupId, 2045);
        var easter = plan.Single(p => p.GetProperty("reason").GetString() == "Före påsk");
        var christmas = plan.Single(p => p.GetProperty("reason").GetString() == "Före jul");
        var moved = DateOf(christmas).AddDays(1);
        moved.DayOfWeek.ShouldBe(DayOfWeek.Wednesday);
        (await HolidayDatesAsync(convener, 2045)).ShouldNotContain(MeetingsApi.Date(moved));

        using var response = await convener.PostJsonAsync($"/api/v1/groups/{groupId}/meeting-plan", new
        {
            meetings = new object[]
            {
                new { date = easter.GetProperty("date").GetString(), reason = easter.GetProperty("reason").GetString() },
                new { date = MeetingsApi.Date(moved), start = "10:00:00", durationMinutes = 90, reason = "Före jul (flyttat)" },
            },
        });

        var created = (await response.ShouldBeJsonAsync(HttpStatusCode.Created)).EnumerateArray().ToArray();
        created.Length.ShouldBe(2);
        created.ShouldAllBe(m => m.GetProperty("kind").GetString() == "fixed" && m.GetProperty("title").GetString() == Demo.ManagementGroup);
        created[0].GetProperty("startsAt").GetString().ShouldBe(easter.GetProperty("startsAt").GetString());
        created[0].GetProperty("endsAt").GetString().ShouldBe(easter.GetProperty("endsAt").GetString());
        created[0].GetProperty("reason").GetString().ShouldBe("Före påsk");
        created[1].GetProperty("startsAt").GetString().ShouldBe($"{MeetingsApi.Date(moved)}T10:00:00+01:00");
        created[1].GetProperty("endsAt").GetString().ShouldBe($"{MeetingsApi.Date(moved)}T11:30:00+01:00");
        created[1].GetProperty("reason").GetString().ShouldBe("Före jul (flyttat)");

        var listed = await convener.ListAsync($"/api/v1/meetings?groupId={groupId}&from=2045-01-01&to=2045-12-31");
        listed.Select(m => m.GetProperty("id").GetInt32()).ShouldBe(created.Select(m => m.GetProperty("id").GetInt32()), ignoreOrder: true);
        var withAgenda = await convener.GetMeetingAsync(created[0].GetProperty("id").GetInt32());
        MeetingsApi.Agenda(withAgenda).Length.ShouldBe(5, "the standing items");

        var after = await PlanAsync(convener, groupId, 2045);
        after.Single(p => p.GetProperty("reason").GetString() == "Före påsk").GetProperty("alreadyPlanned").GetBoolean().ShouldBeTrue();
        after.Single(p => p.GetProperty("reason").GetString() == "Före jul").GetProperty("alreadyPlanned").GetBoolean().ShouldBeFalse("that one was moved");
    }

    [Fact]
    public async Task Proposal_moved_to_a_Saturday_or_a_holiday_gives_400_naming_it_and_nothing_is_created()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();
        var plan = await PlanAsync(convener, groupId, 2046);
        var first = plan[0].GetProperty("date").GetString();

        using var response = await convener.PostJsonAsync($"/api/v1/groups/{groupId}/meeting-plan", new
        {
            meetings = new object[]
            {
                new { date = first },
                new { date = "2046-03-17" },  // a Saturday
                new { date = "2046-12-24" },  // julafton, a Monday
                new { date = "2046-03-23" },  // långfredagen
            },
        });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["meetings[1].date", "meetings[2].date", "meetings[3].date"], ignoreOrder: true);
        errors.GetProperty("meetings[2].date")[0].GetString()!.ShouldContain("Julafton");
        (await convener.ListAsync($"/api/v1/meetings?groupId={groupId}&from=2046-01-01&to=2046-12-31")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Same_day_twice_or_an_absurd_length_is_refused()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();

        using var twice = await convener.PostJsonAsync($"/api/v1/groups/{groupId}/meeting-plan", new
        {
            meetings = new object[] { new { date = "2046-03-13" }, new { date = "2046-03-13" } },
        });
        await twice.ShouldBeValidationProblemAsync("meetings");

        using var absurd = await convener.PostJsonAsync($"/api/v1/groups/{groupId}/meeting-plan", new
        {
            meetings = new object[] { new { date = "2046-03-13", durationMinutes = 5 } },
        });
        await absurd.ShouldBeValidationProblemAsync("meetings[0].durationMinutes");

        using var none = await convener.PostJsonAsync($"/api/v1/groups/{groupId}/meeting-plan", new { meetings = Array.Empty<object>() });
        await none.ShouldBeValidationProblemAsync("meetings");

        (await convener.ListAsync($"/api/v1/meetings?groupId={groupId}&from=2046-01-01&to=2046-12-31")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Retired_group_gets_no_new_meetings()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var groupId = (await admin.CreateGroupAsync()).GetProperty("id").GetInt32();
        using (var retire = await admin.PostJsonAsync($"/api/v1/groups/{groupId}/retire", new { version = 1 }))
            retire.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using (var single = await admin.PostMeetingAsync(groupId, new DateTimeOffset(2046, 3, 13, 8, 15, 0, MeetingsApi.Winter)))
            await single.ShouldBeValidationProblemAsync("groupId");
        using (var plan = await admin.PostJsonAsync($"/api/v1/groups/{groupId}/meeting-plan", new { meetings = new object[] { new { date = "2046-03-13" } } }))
            await plan.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        (await admin.ListAsync($"/api/v1/meetings?groupId={groupId}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Member_cannot_accept_the_plan()
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        var groupId = await member.ManagementGroupIdAsync();
        using var response = await member.PostJsonAsync($"/api/v1/groups/{groupId}/meeting-plan", new { meetings = new object[] { new { date = "2046-03-13" } } });
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await member.ListAsync($"/api/v1/meetings?groupId={groupId}&from=2046-01-01&to=2046-12-31")).ShouldBeEmpty();
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class MeetingPlanApiOnSqlite(SqliteFactory factory) : MeetingPlanApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class MeetingPlanApiOnPostgres(PostgresFactory factory) : MeetingPlanApiTests(factory);
