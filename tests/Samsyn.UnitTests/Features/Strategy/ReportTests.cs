using Samsyn.Web.Features.Strategy;

namespace Samsyn.UnitTests.Features.Strategy;

public sealed class ReportScopeTests
{
    [Fact]
    public void A_yearly_report_needs_a_year_of_the_plan_and_the_period_report_none()
    {
        ReportScope.Check(ReportKind.Yearly, 2019, 2018, 2020).ShouldSatisfyAllConditions(r => r.Year.ShouldBe(2019), r => r.Errors.ShouldBeEmpty());
        ReportScope.Check(ReportKind.Yearly, null, 2018, 2020).Errors.Keys.ShouldBe(["year"]);
        ReportScope.Check(ReportKind.Yearly, 2021, 2018, 2020).Errors["year"][0].ShouldContain("2018–2020");
        ReportScope.Check(ReportKind.Period, 2025, 2018, 2020).ShouldSatisfyAllConditions(r => r.Year.ShouldBeNull(), r => r.Errors.ShouldBeEmpty());
    }

    [Fact]
    public void Kinds_are_read_in_the_apis_words()
    {
        ReportScope.ParseKind("yearly").ShouldBe(ReportKind.Yearly);
        ReportScope.ParseKind("Period").ShouldBe(ReportKind.Period);
        ReportScope.ParseKind("monthly").ShouldBeNull();
    }

    [Fact]
    public void The_summary_refuses_identity_numbers_and_overlong_text_but_passes_dates_and_phone_numbers()
    {
        ReportScope.CheckSummary("Mötet 2019-05-14, ring 0500-12 34 56.").ShouldBeEmpty();
        ReportScope.CheckSummary("Gäller 811218-9876").Keys.ShouldBe(["summary"]);
        ReportScope.CheckSummary(new string('a', FollowUpReport.MaxSummaryChars + 1)).Keys.ShouldBe(["summary"]);
    }

    [Fact]
    public void The_stored_text_encodes_the_summary_and_lists_the_goal_areas_and_gaps()
    {
        var report = new FollowUpReport { Kind = ReportKind.Yearly, Year = 2019 };
        report.WriteSummary("Bra år <script>\r\n\r\nAndra stycket", DateTimeOffset.UnixEpoch, "Anna");
        report.Summary.ShouldBe("Bra år <script>\n\nAndra stycket");
        var row = new RollupRow(1, "Nära vård", 2, [new StatusCount(ActivityStatus.OnTrack, 2)], 1, 53.3m);
        var gap = new RollupRow(2, "Kompetens", 0, [], 0, null);
        var html = ReportOperations.Content(report, [new Rollup(2019, [row, gap], [], [gap], [], 2)]);
        html.ShouldContain("<p>Bra år &lt;script&gt;</p><p>Andra stycket</p>");
        html.ShouldContain("<strong>Nära vård</strong>: 2 aktiviteter (enligt plan 2), väg mot mål 53,3 %");
        html.ShouldContain("Målområden utan aktivitet:</em> Kompetens");
    }
}

public sealed class StatusTimelineTests
{
    [Fact]
    public void Each_period_of_the_plan_counts_the_years_activities_by_their_follow_up_or_as_not_followed_up()
    {
        var timeline = StatusTimeline.Compute(2030, 2031, ReportingPeriod.HalfYearly,
            [(1, 2030), (2, 2030), (3, 2031)],
            [(1, 2030, 1, ActivityStatus.OnTrack), (2, 2030, 1, ActivityStatus.AtRisk), (1, 2030, 2, ActivityStatus.Done), (3, 2031, 1, ActivityStatus.OnTrack),
             (3, 2030, 1, ActivityStatus.Done)]);

        timeline.Points.Select(p => p.Label).ShouldBe(["2030 halvår 1", "2030 halvår 2", "2031 halvår 1", "2031 halvår 2"]);
        int Count(int i, ActivityStatus s) => timeline.Points[i].ByStatus.Single(c => c.Status == s).Count;
        (Count(0, ActivityStatus.OnTrack), Count(0, ActivityStatus.AtRisk), timeline.Points[0].NotReported).ShouldBe((1, 1, 0));
        (Count(1, ActivityStatus.Done), timeline.Points[1].NotReported).ShouldBe((1, 1));
        (timeline.Points[2].Activities, Count(2, ActivityStatus.OnTrack)).ShouldBe((1, 1));
        timeline.Points[3].NotReported.ShouldBe(1);
    }
}
