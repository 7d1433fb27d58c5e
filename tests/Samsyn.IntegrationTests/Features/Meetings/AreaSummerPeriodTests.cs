using System.Globalization;

namespace Samsyn.IntegrationTests.Features.Meetings;

/// <summary>The summer vacation period is set per collaboration area and shapes its groups' meeting plans.</summary>
public abstract class AreaSummerPeriodTests(SamsynFactory factory)
{
    [Fact]
    public async Task Groups_plan_around_the_summer_weeks_of_their_area()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        using var area = await admin.PostJsonAsync("/api/v1/areas", new
        {
            name = Unique.Name("Område"), shortName = Unique.Letters(6), summerFirstWeek = 28, summerLastWeek = 31,
        });
        var created = await area.ShouldBeJsonAsync(HttpStatusCode.Created);
        created.GetProperty("summerFirstWeek").GetInt32().ShouldBe(28);
        using var group = await admin.PostJsonAsync("/api/v1/groups", new
        {
            name = Unique.Name("Grupp"), level = "management", areaId = created.GetProperty("id").GetInt32(),
        });
        var groupId = (await group.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        using var plan = await admin.GetAsync($"/api/v1/groups/{groupId}/meeting-plan?year=2040");
        var proposals = (await plan.ShouldBeJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .ToDictionary(p => p.GetProperty("reason").GetString()!, p => DateOnly.Parse(p.GetProperty("date").GetString()!, CultureInfo.InvariantCulture));

        var summerStarts = DateOnly.FromDateTime(ISOWeek.ToDateTime(2040, 28, DayOfWeek.Monday));
        var summerEnds = DateOnly.FromDateTime(ISOWeek.ToDateTime(2040, 31, DayOfWeek.Sunday));
        proposals["Före sommaren"].ShouldBe(summerStarts.AddDays(-3), "the Friday before week 28");
        proposals["Efter sommaren"].ShouldBe(summerEnds.AddDays(1), "the Monday after week 31");
    }

    [Fact]
    public async Task Summer_ending_before_it_starts_is_refused()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        using var response = await admin.PostJsonAsync("/api/v1/areas", new
        {
            name = Unique.Name("Område"), shortName = Unique.Letters(6), summerFirstWeek = 30, summerLastWeek = 28,
        });
        await response.ShouldBeValidationProblemAsync("summerLastWeek");
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class AreaSummerPeriodOnSqlite(SqliteFactory factory) : AreaSummerPeriodTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class AreaSummerPeriodOnPostgres(PostgresFactory factory) : AreaSummerPeriodTests(factory);
