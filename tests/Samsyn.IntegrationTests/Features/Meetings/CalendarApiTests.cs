namespace Samsyn.IntegrationTests.Features.Meetings;

/// <summary>GET /api/v1/calendar/holidays: the Swedish holidays and non-working eves of a year, in date order.</summary>
public abstract class CalendarApiTests(SamsynFactory factory)
{
    private async Task<JsonElement[]> HolidaysAsync(int year)
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        using var response = await member.GetAsync($"/api/v1/calendar/holidays?year={year}");
        return [.. (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).EnumerateArray()];
    }

    [Fact]
    public async Task Holidays_of_2026_are_listed_in_date_order_with_Swedish_names()
    {
        var holidays = await HolidaysAsync(2026);

        holidays.Select(h => $"{h.GetProperty("date").GetString()} {h.GetProperty("name").GetString()}").ShouldBe(
        [
            "2026-01-01 Nyårsdagen",
            "2026-01-06 Trettondedag jul",
            "2026-04-03 Långfredagen",
            "2026-04-05 Påskdagen",
            "2026-04-06 Annandag påsk",
            "2026-05-01 Första maj",
            "2026-05-14 Kristi himmelsfärdsdag",
            "2026-05-24 Pingstdagen",
            "2026-06-06 Sveriges nationaldag",
            "2026-06-19 Midsommarafton",
            "2026-06-20 Midsommardagen",
            "2026-10-31 Alla helgons dag",
            "2026-12-24 Julafton",
            "2026-12-25 Juldagen",
            "2026-12-26 Annandag jul",
            "2026-12-31 Nyårsafton",
        ]);
    }

    [Fact]
    public async Task Easter_Sunday_2026_is_given_as_a_plain_date()
    {
        var easter = (await HolidaysAsync(2026)).Single(h => h.GetProperty("name").GetString() == "Påskdagen");
        easter.GetProperty("date").GetString().ShouldBe("2026-04-05");
        easter.GetProperty("isPublicHoliday").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Eves_are_listed_but_not_as_public_holidays()
    {
        var eves = (await HolidaysAsync(2027)).Where(h => !h.GetProperty("isPublicHoliday").GetBoolean())
            .Select(h => $"{h.GetProperty("date").GetString()} {h.GetProperty("name").GetString()}");
        eves.ShouldBe(["2027-06-25 Midsommarafton", "2027-12-24 Julafton", "2027-12-31 Nyårsafton"]);
    }

    [Theory]
    [InlineData(1900, "1900-04-15")]
    [InlineData(2200, "2200-04-06")]
    public async Task First_and_last_supported_years_are_answered(int year, string easter) =>
        (await HolidaysAsync(year)).ShouldContain(h => h.GetProperty("name").GetString() == "Påskdagen" && h.GetProperty("date").GetString() == easter);

    [Theory]
    [InlineData("?year=1899")]
    [InlineData("?year=2201")]
    [InlineData("")]
    [InlineData("?year=")]
    [InlineData("?year=tjugotjugosju")]
    public async Task Year_missing_or_outside_1900_to_2200_gives_400_naming_year(string query)
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        using var response = await member.GetAsync($"/api/v1/calendar/holidays{query}");
        await response.ShouldBeValidationProblemAsync("year");
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class CalendarApiOnSqlite(SqliteFactory factory) : CalendarApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class CalendarApiOnPostgres(PostgresFactory factory) : CalendarApiTests(factory);
