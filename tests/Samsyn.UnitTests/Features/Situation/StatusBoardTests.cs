using Samsyn.Web.Features.Situation;
using Samsyn.Web.Features.Structure;

namespace Samsyn.UnitTests.Features.Situation;

/// <summary>The board: the latest report per organisation at a moment, staleness, the order of the lines and the summary.</summary>
public sealed class StatusBoardTests
{
    private static readonly DateTimeOffset AsOf = new(2027, 2, 10, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    private static BoardOrganisation Org(int id, string name, OrganisationKind kind = OrganisationKind.MunicipalCare) => new(id, name, kind);

    private static ReportSnapshot Report(int id, int organisationId, DateTimeOffset at, StatusLevel level = StatusLevel.Normal, bool needsHelp = false) =>
        new(id, organisationId, level, null, null, needsHelp, needsHelp ? "Personal" : null, at, "Eva", new Dictionary<string, decimal>());

    [Fact]
    public void Latest_counts_a_report_made_exactly_at_the_moment()
    {
        var latest = StatusBoard.Latest([Report(1, 10, AsOf)], AsOf);

        latest.ShouldContainKey(10);
        latest[10].Id.ShouldBe(1);
    }

    [Fact]
    public void Latest_ignores_a_report_made_a_tick_after_the_moment()
    {
        var latest = StatusBoard.Latest([Report(1, 10, AsOf.AddHours(-3)), Report(2, 10, AsOf.AddTicks(1))], AsOf);

        latest[10].Id.ShouldBe(1);
        StatusBoard.Latest([Report(2, 10, AsOf.AddTicks(1))], AsOf).ShouldBeEmpty();
    }

    [Fact]
    public void Latest_is_the_report_with_the_latest_time_not_the_highest_id()
    {
        // Id 9 was entered afterwards but describes an earlier moment (reported afterwards).
        var latest = StatusBoard.Latest([Report(5, 10, AsOf.AddHours(-1)), Report(9, 10, AsOf.AddHours(-5))], AsOf);

        latest[10].Id.ShouldBe(5);
    }

    [Theory]
    [InlineData(new[] { 5, 7 })]
    [InlineData(new[] { 7, 5 })]
    public void Latest_breaks_a_tie_in_time_by_the_higher_id(int[] ids)
    {
        var at = AsOf.AddHours(-2);

        var latest = StatusBoard.Latest(ids.Select(id => Report(id, 10, at)), AsOf);

        latest[10].Id.ShouldBe(7);
    }

    [Fact]
    public void Latest_compares_moments_not_clock_readings_in_different_offsets()
    {
        // 08:30 UTC is 09:30 Swedish winter time: after AsOf (09:00 +01:00 = 08:00 UTC), though its clock reads earlier.
        var later = new DateTimeOffset(2027, 2, 10, 8, 30, 0, TimeSpan.Zero);
        var earlier = new DateTimeOffset(2027, 2, 10, 8, 45, 0, TimeSpan.FromHours(1)); // 07:45 UTC

        var latest = StatusBoard.Latest([Report(1, 10, later), Report(2, 10, earlier)], AsOf);

        latest[10].Id.ShouldBe(2);
    }

    [Fact]
    public void Latest_keeps_each_organisation_apart()
    {
        var latest = StatusBoard.Latest([Report(1, 10, AsOf.AddHours(-1)), Report(2, 20, AsOf.AddHours(-9)), Report(3, 10, AsOf.AddHours(-2))], AsOf);

        latest.Count.ShouldBe(2);
        latest[10].Id.ShouldBe(1);
        latest[20].Id.ShouldBe(2);
    }

    [Fact]
    public void Report_exactly_as_old_as_the_stale_time_is_still_current()
    {
        var entry = StatusBoard.Build([Org(10, "Ale")], [Report(1, 10, AsOf - Day)], AsOf, Day).ShouldHaveSingleItem();

        entry.Age.ShouldBe(Day);
        entry.Stale.ShouldBeFalse();
        entry.Latest.ShouldNotBeNull().Id.ShouldBe(1);
    }

    [Fact]
    public void Report_a_tick_older_than_the_stale_time_is_stale_but_still_shown()
    {
        var entry = StatusBoard.Build([Org(10, "Ale")], [Report(1, 10, AsOf - Day - TimeSpan.FromTicks(1))], AsOf, Day).ShouldHaveSingleItem();

        entry.Stale.ShouldBeTrue();
        entry.Latest.ShouldNotBeNull().Id.ShouldBe(1);
        entry.Age.ShouldBe(Day + TimeSpan.FromTicks(1));
    }

    [Fact]
    public void Stale_time_is_the_one_given()
    {
        var reports = new[] { Report(1, 10, AsOf.AddHours(-5)) };

        StatusBoard.Build([Org(10, "Ale")], reports, AsOf, TimeSpan.FromHours(4)).Single().Stale.ShouldBeTrue();
        StatusBoard.Build([Org(10, "Ale")], reports, AsOf, TimeSpan.FromHours(6)).Single().Stale.ShouldBeFalse();
    }

    [Fact]
    public void IsStale_only_when_older_than_the_limit()
    {
        StatusBoard.IsStale(Day, Day).ShouldBeFalse();
        StatusBoard.IsStale(Day + TimeSpan.FromTicks(1), Day).ShouldBeTrue();
        StatusBoard.IsStale(TimeSpan.Zero, Day).ShouldBeFalse();
    }

    [Fact]
    public void Organisation_without_a_report_is_stale_without_latest_or_age()
    {
        var entry = StatusBoard.Build([Org(10, "Ale")], [Report(1, 99, AsOf.AddHours(-1))], AsOf, Day).ShouldHaveSingleItem();

        entry.Latest.ShouldBeNull();
        entry.Age.ShouldBeNull();
        entry.Stale.ShouldBeTrue();
        entry.UnderStrain.ShouldBeFalse();
        entry.NeedsHelp.ShouldBeFalse();
    }

    [Fact]
    public void Organisation_whose_only_report_is_later_than_the_moment_has_no_report()
    {
        var entry = StatusBoard.Build([Org(10, "Ale")], [Report(1, 10, AsOf.AddMinutes(1))], AsOf, Day).ShouldHaveSingleItem();

        entry.Latest.ShouldBeNull();
        entry.Stale.ShouldBeTrue();
    }

    [Fact]
    public void Board_has_one_line_per_organisation_and_ignores_reports_of_others()
    {
        var board = StatusBoard.Build([Org(10, "Ale"), Org(20, "Tjörn")], [Report(1, 10, AsOf), Report(2, 30, AsOf), Report(3, 10, AsOf.AddHours(-1))], AsOf, Day);

        board.Select(e => e.Organisation.Id).ShouldBe([10, 20]);
        board[0].Latest.ShouldNotBeNull().Id.ShouldBe(1);
        board[1].Latest.ShouldBeNull();
    }

    [Fact]
    public void Lines_are_hospital_primary_care_municipal_private_other()
    {
        var organisations = new[]
        {
            Org(1, "A annan", OrganisationKind.Other),
            Org(2, "A privat", OrganisationKind.PrivateProvider),
            Org(3, "A kommun", OrganisationKind.MunicipalCare),
            Org(4, "A primärvård", OrganisationKind.RegionalPrimaryCare),
            Org(5, "Ö sjukhus", OrganisationKind.Hospital),
        };

        var board = StatusBoard.Build(organisations, [], AsOf, Day);

        board.Select(e => e.Organisation.Kind).ShouldBe(
        [
            OrganisationKind.Hospital, OrganisationKind.RegionalPrimaryCare, OrganisationKind.MunicipalCare,
            OrganisationKind.PrivateProvider, OrganisationKind.Other,
        ]);
    }

    [Fact]
    public void Names_within_a_kind_are_in_Swedish_order_with_å_ä_ö_after_z()
    {
        var names = new[] { "Örkelljunga", "Ale", "Ängelholm", "Åmål", "Zinkgruvan", "Öckerö", "Borås" };

        var board = StatusBoard.Build(names.Select((n, i) => Org(i + 1, n)), [], AsOf, Day);

        board.Select(e => e.Organisation.Name).ShouldBe(["Ale", "Borås", "Zinkgruvan", "Åmål", "Ängelholm", "Öckerö", "Örkelljunga"]);
    }

    [Fact]
    public void Names_are_ordered_without_regard_to_case()
    {
        var board = StatusBoard.Build([Org(1, "bräcke"), Org(2, "Alingsås"), Org(3, "Bjuv")], [], AsOf, Day);

        board.Select(e => e.Organisation.Name).ShouldBe(["Alingsås", "Bjuv", "bräcke"]);
    }

    [Theory]
    [InlineData(OrganisationKind.Hospital, 0)]
    [InlineData(OrganisationKind.RegionalPrimaryCare, 1)]
    [InlineData(OrganisationKind.MunicipalCare, 2)]
    [InlineData(OrganisationKind.PrivateProvider, 3)]
    [InlineData(OrganisationKind.Other, 4)]
    public void Kind_order(OrganisationKind kind, int order) => StatusBoard.KindOrder(kind).ShouldBe(order);

    [Fact]
    public void Summary_counts_current_reports_per_level_stale_and_missing_apart()
    {
        var organisations = new[] { Org(1, "A"), Org(2, "B"), Org(3, "C"), Org(4, "D"), Org(5, "E"), Org(6, "F") };
        var reports = new[]
        {
            Report(1, 1, AsOf.AddHours(-1), StatusLevel.Strained),
            Report(2, 2, AsOf.AddHours(-2), StatusLevel.Strained),
            Report(3, 3, AsOf.AddHours(-3), StatusLevel.Critical),
            Report(4, 4, AsOf.AddHours(-30), StatusLevel.Severe), // stale: not counted at its level
            Report(5, 5, AsOf.AddHours(-4), StatusLevel.Normal),
        };

        var summary = StatusBoard.Summarise(StatusBoard.Build(organisations, reports, AsOf, Day));

        summary.PerLevel.Keys.ShouldBe([StatusLevel.Normal, StatusLevel.Strained, StatusLevel.Severe, StatusLevel.Critical], ignoreOrder: true);
        summary.PerLevel[StatusLevel.Normal].ShouldBe(1);
        summary.PerLevel[StatusLevel.Strained].ShouldBe(2);
        summary.PerLevel[StatusLevel.Severe].ShouldBe(0);
        summary.PerLevel[StatusLevel.Critical].ShouldBe(1);
        summary.Stale.ShouldBe(1, "a stale report is counted as stale, a missing one is not");
        summary.Missing.ShouldBe(1);
    }

    [Fact]
    public void Summary_lists_only_current_requests_for_help()
    {
        var organisations = new[] { Org(1, "Ale"), Org(2, "Tjörn"), Org(3, "Kungälv") };
        var reports = new[]
        {
            Report(1, 1, AsOf.AddHours(-1), StatusLevel.Severe, needsHelp: true),
            Report(2, 2, AsOf.AddHours(-25), StatusLevel.Severe, needsHelp: true), // stale
            Report(3, 3, AsOf.AddHours(-1), StatusLevel.Strained),
        };

        var board = StatusBoard.Build(organisations, reports, AsOf, Day);
        var summary = StatusBoard.Summarise(board);

        summary.NeedingHelp.ShouldBe(["Ale"]);
        board.Single(e => e.Organisation.Name == "Tjörn").NeedsHelp.ShouldBeTrue("the line still shows what was reported");
    }

    [Fact]
    public void Empty_board_summarises_to_zeros()
    {
        var summary = StatusBoard.Summarise([]);

        summary.PerLevel.Values.ShouldAllBe(n => n == 0);
        summary.PerLevel.Count.ShouldBe(4);
        summary.Stale.ShouldBe(0);
        summary.Missing.ShouldBe(0);
        summary.NeedingHelp.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(StatusLevel.Normal, false)]
    [InlineData(StatusLevel.Strained, true)]
    [InlineData(StatusLevel.Severe, true)]
    [InlineData(StatusLevel.Critical, true)]
    public void Strained_or_worse_is_under_strain(StatusLevel level, bool underStrain)
    {
        StatusLevels.IsUnderStrain(level).ShouldBe(underStrain);
        StatusBoard.Build([Org(1, "Ale")], [Report(1, 1, AsOf, level)], AsOf, Day).Single().UnderStrain.ShouldBe(underStrain);
    }

    [Theory]
    [InlineData(OrganisationKind.Hospital, true)]
    [InlineData(OrganisationKind.RegionalPrimaryCare, false)]
    [InlineData(OrganisationKind.MunicipalCare, false)]
    [InlineData(OrganisationKind.PrivateProvider, false)]
    [InlineData(OrganisationKind.Other, false)]
    public void Only_hospitals_use_readiness_levels(OrganisationKind kind, bool uses) => StatusLevels.UsesReadiness(kind).ShouldBe(uses);

    [Fact]
    public void Levels_have_Swedish_labels_and_css_classes()
    {
        Enum.GetValues<StatusLevel>().Select(StatusLevels.Label).ShouldBe(["Normalt", "Ansträngt", "Allvarligt", "Kritiskt"]);
        Enum.GetValues<ReadinessLevel>().Select(StatusLevels.Label).ShouldBe(["Stabsläge", "Förstärkningsläge", "Katastrofläge"]);
        Enum.GetValues<StatusLevel>().Select(StatusLevels.Css).ShouldBe(["status-normal", "status-strained", "status-severe", "status-critical"]);
    }
}
