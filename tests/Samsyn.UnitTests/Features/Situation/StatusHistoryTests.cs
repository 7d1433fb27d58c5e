using Samsyn.Web.Features.Situation;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;

namespace Samsyn.UnitTests.Features.Situation;

/// <summary>An area's history, day by day as the board stood at the end of each Swedish day.</summary>
public sealed class StatusHistoryTests
{
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);
    private static readonly DateOnly Monday = new(2027, 2, 8);

    private static BoardOrganisation Org(int id, string name = "Ale") => new(id, name, OrganisationKind.MunicipalCare);

    private static DateTimeOffset Swedish(DateOnly date, int hour, int minute = 0) => SwedishTime.At(date, new TimeOnly(hour, minute));

    private static ReportSnapshot Report(int id, int organisationId, DateTimeOffset at, StatusLevel level = StatusLevel.Normal, Dictionary<string, decimal>? figures = null) =>
        new(id, organisationId, level, null, null, false, null, at, null, figures ?? []);

    [Fact]
    public void One_day_per_date_from_first_to_last_inclusive()
    {
        var days = StatusHistory.Daily([Org(1)], [], Monday, Monday.AddDays(2), Day);

        days.Select(d => d.Date).ShouldBe([Monday, Monday.AddDays(1), Monday.AddDays(2)]);
    }

    [Fact]
    public void Single_day_when_from_equals_to_and_none_when_to_is_before_from()
    {
        StatusHistory.Daily([Org(1)], [], Monday, Monday, Day).ShouldHaveSingleItem().Date.ShouldBe(Monday);
        StatusHistory.Daily([Org(1)], [], Monday, Monday.AddDays(-1), Day).ShouldBeEmpty();
    }

    [Fact]
    public void Day_ends_at_Swedish_midnight_not_UTC_midnight()
    {
        var tuesday = Monday.AddDays(1);
        var reports = new[]
        {
            Report(1, 1, Swedish(Monday, 23, 30), StatusLevel.Normal),
            // 00:10 Swedish on Tuesday is still Monday 23:10 in UTC.
            Report(2, 1, Swedish(tuesday, 0, 10), StatusLevel.Critical),
        };

        var days = StatusHistory.Daily([Org(1)], reports, Monday, tuesday, Day);

        days[0].PerLevel[StatusLevel.Normal].ShouldBe(1);
        days[0].PerLevel[StatusLevel.Critical].ShouldBe(0);
        days[1].PerLevel[StatusLevel.Critical].ShouldBe(1);
        days[1].PerLevel[StatusLevel.Normal].ShouldBe(0);
    }

    [Fact]
    public void Day_ends_at_Swedish_midnight_in_summer_time_too()
    {
        // 28 March 2027: summer time starts; the day ends at 22:00 UTC.
        var spring = new DateOnly(2027, 3, 28);
        var reports = new[]
        {
            Report(1, 1, new DateTimeOffset(2027, 3, 28, 21, 30, 0, TimeSpan.Zero), StatusLevel.Normal),   // 23:30 CEST
            Report(2, 1, new DateTimeOffset(2027, 3, 28, 22, 30, 0, TimeSpan.Zero), StatusLevel.Severe),   // 00:30 CEST the 29th
        };

        var days = StatusHistory.Daily([Org(1)], reports, spring, spring.AddDays(1), Day);

        days[0].PerLevel[StatusLevel.Normal].ShouldBe(1);
        days[0].PerLevel[StatusLevel.Severe].ShouldBe(0);
        days[1].PerLevel[StatusLevel.Severe].ShouldBe(1);
    }

    [Fact]
    public void Counts_per_level_of_each_organisations_latest_report()
    {
        var organisations = new[] { Org(1, "A"), Org(2, "B"), Org(3, "C"), Org(4, "D") };
        var reports = new[]
        {
            Report(1, 1, Swedish(Monday, 8), StatusLevel.Normal),
            Report(2, 1, Swedish(Monday, 15), StatusLevel.Strained), // supersedes the morning
            Report(3, 2, Swedish(Monday, 9), StatusLevel.Strained),
            Report(4, 3, Swedish(Monday, 10), StatusLevel.Critical),
        };

        var day = StatusHistory.Daily(organisations, reports, Monday, Monday, Day).Single();

        day.PerLevel[StatusLevel.Normal].ShouldBe(0);
        day.PerLevel[StatusLevel.Strained].ShouldBe(2);
        day.PerLevel[StatusLevel.Severe].ShouldBe(0);
        day.PerLevel[StatusLevel.Critical].ShouldBe(1);
        day.WithoutCurrentReport.ShouldBe(1, "D has never reported");
    }

    [Fact]
    public void Report_stale_by_the_end_of_a_day_counts_as_without_current_report()
    {
        var reports = new[] { Report(1, 1, Swedish(Monday, 8), StatusLevel.Severe) };

        var days = StatusHistory.Daily([Org(1)], reports, Monday, Monday.AddDays(1), Day);

        days[0].PerLevel[StatusLevel.Severe].ShouldBe(1);
        days[0].WithoutCurrentReport.ShouldBe(0);
        days[1].PerLevel.Values.Sum().ShouldBe(0, "Monday 08:00 is 40 hours old at the end of Tuesday");
        days[1].WithoutCurrentReport.ShouldBe(1);
    }

    [Fact]
    public void Report_exactly_the_stale_time_old_at_the_end_of_the_day_is_current()
    {
        var tuesday = Monday.AddDays(1);
        var endOfMonday = SwedishTime.At(tuesday, TimeOnly.MinValue).AddTicks(-1);

        var exactly = StatusHistory.Daily([Org(1)], [Report(1, 1, endOfMonday, StatusLevel.Strained)], tuesday, tuesday, Day).Single();
        var older = StatusHistory.Daily([Org(1)], [Report(1, 1, endOfMonday.AddTicks(-1), StatusLevel.Strained)], tuesday, tuesday, Day).Single();

        exactly.PerLevel[StatusLevel.Strained].ShouldBe(1);
        exactly.WithoutCurrentReport.ShouldBe(0);
        older.PerLevel[StatusLevel.Strained].ShouldBe(0);
        older.WithoutCurrentReport.ShouldBe(1);
    }

    [Fact]
    public void Figures_of_current_reports_are_summed_and_averaged()
    {
        var organisations = new[] { Org(1, "A"), Org(2, "B"), Org(3, "C") };
        var reports = new[]
        {
            Report(1, 1, Swedish(Monday, 8), figures: new() { ["waitingForHome"] = 3, ["staffAbsence"] = 0.2m }),
            Report(2, 2, Swedish(Monday, 9), figures: new() { ["waitingForHome"] = 4, ["staffAbsence"] = 0.3m }),
            // Stale by the end of Monday: its figures are not today's.
            Report(3, 3, Swedish(Monday, 8).AddDays(-2), figures: new() { ["waitingForHome"] = 100, ["staffAbsence"] = 50 }),
        };

        var day = StatusHistory.Daily(organisations, reports, Monday, Monday, Day).Single();

        day.FigureTotals["waitingForHome"].ShouldBe(7m);
        day.FigureTotals["staffAbsence"].ShouldBe(0.5m);
        day.FigureAverages["waitingForHome"].ShouldBe(3.5m);
        day.FigureAverages["staffAbsence"].ShouldBe(0.3m, "0.25 rounds away from zero, not to even");
    }

    [Fact]
    public void Averages_are_rounded_to_one_decimal()
    {
        var organisations = new[] { Org(1, "A"), Org(2, "B"), Org(3, "C") };
        var reports = new[]
        {
            Report(1, 1, Swedish(Monday, 8), figures: new() { ["staffAbsence"] = 1 }),
            Report(2, 2, Swedish(Monday, 8), figures: new() { ["staffAbsence"] = 1 }),
            Report(3, 3, Swedish(Monday, 8), figures: new() { ["staffAbsence"] = 2 }),
        };

        var day = StatusHistory.Daily(organisations, reports, Monday, Monday, Day).Single();

        day.FigureAverages["staffAbsence"].ShouldBe(1.3m);
        day.FigureTotals["staffAbsence"].ShouldBe(4m);
    }

    [Fact]
    public void Figure_reported_by_one_organisation_only_is_averaged_over_that_one()
    {
        var organisations = new[] { Org(1, "A"), Org(2, "B") };
        var reports = new[]
        {
            Report(1, 1, Swedish(Monday, 8), figures: new() { ["freeShortTermBeds"] = 4 }),
            Report(2, 2, Swedish(Monday, 8), figures: new() { ["staffAbsence"] = 9.5m }),
        };

        var day = StatusHistory.Daily(organisations, reports, Monday, Monday, Day).Single();

        day.FigureAverages["freeShortTermBeds"].ShouldBe(4m);
        day.FigureAverages["staffAbsence"].ShouldBe(9.5m);
        day.FigureTotals.Keys.ShouldBe(["freeShortTermBeds", "staffAbsence"], ignoreOrder: true);
    }

    [Fact]
    public void Day_without_current_reports_has_no_figures()
    {
        var day = StatusHistory.Daily([Org(1)], [Report(1, 1, Swedish(Monday, 8).AddDays(-3), figures: new() { ["staffAbsence"] = 3 })], Monday, Monday, Day).Single();

        day.FigureTotals.ShouldBeEmpty();
        day.FigureAverages.ShouldBeEmpty();
        day.WithoutCurrentReport.ShouldBe(1);
    }

    [Fact]
    public void Report_made_later_than_a_day_does_not_count_for_it()
    {
        var days = StatusHistory.Daily([Org(1)], [Report(1, 1, Swedish(Monday.AddDays(1), 8), StatusLevel.Critical)], Monday, Monday.AddDays(1), Day);

        days[0].PerLevel[StatusLevel.Critical].ShouldBe(0);
        days[0].WithoutCurrentReport.ShouldBe(1);
        days[1].PerLevel[StatusLevel.Critical].ShouldBe(1);
    }

    [Fact]
    public void Points_are_in_time_order_then_by_id()
    {
        var at = Swedish(Monday, 8);
        var reports = new[]
        {
            Report(4, 1, at.AddHours(2), StatusLevel.Severe),
            Report(3, 1, at, StatusLevel.Strained),
            Report(2, 1, at, StatusLevel.Normal),
        };

        var points = StatusHistory.Points(reports);

        points.Select(p => p.Level).ShouldBe([StatusLevel.Normal, StatusLevel.Strained, StatusLevel.Severe]);
        points.Select(p => p.ReportedAt).ShouldBe([at, at, at.AddHours(2)]);
    }
}
