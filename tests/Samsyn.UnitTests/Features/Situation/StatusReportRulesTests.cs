using Samsyn.Web.Features.Situation;
using Samsyn.Web.Features.Structure;

namespace Samsyn.UnitTests.Features.Situation;

/// <summary>What a status report must satisfy before it is saved, with errors keyed by the API's field names.</summary>
public sealed class StatusReportRulesTests
{
    private static readonly DateTimeOffset Now = new(2027, 2, 10, 9, 0, 0, TimeSpan.FromHours(1));

    private static List<StatusFigureDefinition> Definitions() => [.. DefaultStatusFigures.All];

    private static Dictionary<string, string[]> Check(
        StatusLevel? level = StatusLevel.Normal, ReadinessLevel? readiness = null, string? comment = null, bool needsHelp = false,
        string? helpWith = null, DateTimeOffset? reportedAt = null, Dictionary<string, decimal>? figures = null,
        OrganisationKind kind = OrganisationKind.MunicipalCare, IReadOnlyCollection<StatusFigureDefinition>? definitions = null) =>
        StatusReportRules.Check(level, readiness, comment, needsHelp, helpWith, reportedAt, figures, kind, definitions ?? Definitions(), Now);

    [Fact]
    public void Complete_report_passes()
    {
        var errors = Check(StatusLevel.Severe, comment: "Korttidsboendet är fullt.", needsHelp: true, helpWith: "Två sjuksköterskor",
            reportedAt: Now.AddHours(-2), figures: new() { ["freeShortTermBeds"] = 0, ["waitingForHome"] = 6, ["staffAbsence"] = 17.5m });

        errors.ShouldBeEmpty();
    }

    [Fact]
    public void Level_is_required()
    {
        var errors = Check(level: null);

        errors.Keys.ShouldBe(["level"]);
        errors["level"].ShouldHaveSingleItem().ShouldContain("normalt");
    }

    [Theory]
    [InlineData(OrganisationKind.MunicipalCare)]
    [InlineData(OrganisationKind.RegionalPrimaryCare)]
    [InlineData(OrganisationKind.PrivateProvider)]
    [InlineData(OrganisationKind.Other)]
    public void Readiness_level_is_refused_for_anything_but_a_hospital(OrganisationKind kind) =>
        Check(readiness: ReadinessLevel.StaffAlert, kind: kind).Keys.ShouldBe(["readiness"]);

    [Theory]
    [InlineData(ReadinessLevel.StaffAlert)]
    [InlineData(ReadinessLevel.Reinforcement)]
    [InlineData(ReadinessLevel.Disaster)]
    public void Hospital_may_give_its_readiness_level(ReadinessLevel readiness) =>
        Check(readiness: readiness, kind: OrganisationKind.Hospital).ShouldBeEmpty();

    [Fact]
    public void Comment_and_help_of_500_characters_pass_and_501_do_not()
    {
        Check(comment: new string('a', 500), needsHelp: true, helpWith: new string('b', 500)).ShouldBeEmpty();

        Check(comment: new string('a', 501)).Keys.ShouldBe(["comment"]);
        Check(needsHelp: true, helpWith: new string('b', 501)).Keys.ShouldBe(["helpWith"]);
    }

    [Theory]
    [InlineData("Patient 19121212-1212 väntar")]
    [InlineData("Gäller 811218-9876.")]
    [InlineData("8112189876 ringer")]
    public void Personal_identity_number_in_the_comment_is_refused(string comment) =>
        Check(comment: comment).Keys.ShouldBe(["comment"]);

    [Fact]
    public void Personal_identity_number_in_the_help_asked_for_is_refused() =>
        Check(needsHelp: true, helpWith: "Plats för 19121212-1212").Keys.ShouldBe(["helpWith"]);

    [Theory]
    [InlineData("Ring 0303-123 45")]
    [InlineData("ärende 2026-11-24")]
    [InlineData("Ring 031-123 45 67, ärende 2026-11-24 kl 08:30")]
    [InlineData("Beläggning 104 %, 12 utskrivningsklara")]
    public void Phone_numbers_dates_and_counts_pass(string comment)
    {
        Check(comment: comment).ShouldBeEmpty();
        Check(needsHelp: true, helpWith: comment).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Asking_for_help_needs_to_say_with_what(string? helpWith) =>
        Check(needsHelp: true, helpWith: helpWith).Keys.ShouldBe(["helpWith"]);

    [Fact]
    public void Not_asking_for_help_needs_no_help_text() => Check(needsHelp: false, helpWith: null).ShouldBeEmpty();

    [Fact]
    public void Report_up_to_five_minutes_ahead_of_the_clock_passes()
    {
        Check(reportedAt: Now.AddMinutes(5)).ShouldBeEmpty();
        Check(reportedAt: Now).ShouldBeEmpty();
        Check(reportedAt: null).ShouldBeEmpty();
    }

    [Fact]
    public void Report_more_than_five_minutes_in_the_future_is_refused()
    {
        var errors = Check(reportedAt: Now.AddMinutes(5).AddTicks(1));

        errors.Keys.ShouldBe(["reportedAt"]);
        errors["reportedAt"].ShouldHaveSingleItem().ShouldContain("framtiden");
        Check(reportedAt: Now.AddDays(1)).Keys.ShouldBe(["reportedAt"]);
    }

    [Fact]
    public void Report_may_describe_seven_days_back_but_not_more()
    {
        Check(reportedAt: Now.AddDays(-7)).ShouldBeEmpty();

        var errors = Check(reportedAt: Now.AddDays(-7).AddTicks(-1));
        errors.Keys.ShouldBe(["reportedAt"]);
        errors["reportedAt"].ShouldHaveSingleItem().ShouldContain("sju dagar");
    }

    [Fact]
    public void Future_limit_compares_moments_in_any_offset()
    {
        // 08:04 UTC is 09:04 Swedish winter time: four minutes ahead, within the skew.
        Check(reportedAt: new DateTimeOffset(2027, 2, 10, 8, 4, 0, TimeSpan.Zero)).ShouldBeEmpty();
        // 09:04 UTC is an hour and four minutes ahead, though the clock reading is the same as Now's.
        Check(reportedAt: new DateTimeOffset(2027, 2, 10, 9, 4, 0, TimeSpan.Zero)).Keys.ShouldBe(["reportedAt"]);
    }

    [Fact]
    public void Unknown_figure_is_refused_under_its_key()
    {
        var errors = Check(figures: new() { ["x"] = 1 });

        errors.Keys.ShouldBe(["figures.x"]);
        errors["figures.x"].ShouldHaveSingleItem().ShouldContain("\"x\"");
    }

    [Fact]
    public void Figure_of_another_kind_of_organisation_is_refused()
    {
        // Utskrivningsklara is a hospital's figure.
        Check(figures: new() { ["dischargeReady"] = 3 }, kind: OrganisationKind.MunicipalCare).Keys.ShouldBe(["figures.dischargeReady"]);
        Check(figures: new() { ["dischargeReady"] = 3 }, kind: OrganisationKind.Hospital).ShouldBeEmpty();
    }

    [Fact]
    public void Retired_figure_is_refused()
    {
        var definitions = Definitions();
        definitions.Single(d => d.OrganisationKind == OrganisationKind.MunicipalCare && d.Key == "waitingForHome").Retire(Now.AddDays(-1));

        Check(figures: new() { ["waitingForHome"] = 2 }, definitions: definitions).Keys.ShouldBe(["figures.waitingForHome"]);
        Check(figures: new() { ["freeShortTermBeds"] = 2 }, definitions: definitions).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(-0.1)]
    public void Negative_figure_is_refused(double value)
    {
        var errors = Check(figures: new() { ["freeShortTermBeds"] = (decimal)value });

        errors.Keys.ShouldBe(["figures.freeShortTermBeds"]);
        errors["figures.freeShortTermBeds"].ShouldHaveSingleItem().ShouldContain("negativt");
    }

    [Fact]
    public void Figure_from_zero_to_its_maximum_passes_and_above_does_not()
    {
        Check(figures: new() { ["staffAbsence"] = 0 }).ShouldBeEmpty();
        Check(figures: new() { ["staffAbsence"] = 100 }).ShouldBeEmpty();

        var errors = Check(figures: new() { ["staffAbsence"] = 100.1m });
        errors.Keys.ShouldBe(["figures.staffAbsence"]);
        errors["figures.staffAbsence"].ShouldHaveSingleItem().ShouldContain("högst 100");
    }

    [Fact]
    public void Maximum_is_the_one_of_the_definition()
    {
        var definitions = Definitions();
        definitions.Single(d => d.OrganisationKind == OrganisationKind.MunicipalCare && d.Key == "freeShortTermBeds").Maximum = 5;

        Check(figures: new() { ["freeShortTermBeds"] = 5 }, definitions: definitions).ShouldBeEmpty();
        Check(figures: new() { ["freeShortTermBeds"] = 6 }, definitions: definitions).Keys.ShouldBe(["figures.freeShortTermBeds"]);
    }

    [Fact]
    public void Figure_with_more_than_one_decimal_is_refused()
    {
        Check(figures: new() { ["staffAbsence"] = 12.5m }).ShouldBeEmpty();
        Check(figures: new() { ["staffAbsence"] = 12.50m }).ShouldBeEmpty();

        var errors = Check(figures: new() { ["staffAbsence"] = 12.25m });
        errors.Keys.ShouldBe(["figures.staffAbsence"]);
        errors["figures.staffAbsence"].ShouldHaveSingleItem().ShouldContain("en decimal");
    }

    [Fact]
    public void Each_bad_figure_has_its_own_error_and_good_ones_none()
    {
        var errors = Check(figures: new() { ["x"] = 1, ["freeShortTermBeds"] = -2, ["waitingForHome"] = 3, ["staffAbsence"] = 1.25m });

        errors.Keys.ShouldBe(["figures.x", "figures.freeShortTermBeds", "figures.staffAbsence"], ignoreOrder: true);
    }

    [Fact]
    public void All_errors_are_reported_at_once()
    {
        var errors = Check(level: null, readiness: ReadinessLevel.Disaster, comment: "Patient 19121212-1212 väntar", needsHelp: true,
            helpWith: null, reportedAt: Now.AddHours(1), figures: new() { ["x"] = 1 });

        errors.Keys.ShouldBe(["level", "readiness", "comment", "helpWith", "reportedAt", "figures.x"], ignoreOrder: true);
    }

    [Fact]
    public void Every_default_figure_has_a_unique_key_per_kind_and_a_sensible_maximum()
    {
        var all = DefaultStatusFigures.All;

        all.GroupBy(f => (f.OrganisationKind, f.Key)).ShouldAllBe(g => g.Count() == 1);
        all.Where(f => f.Unit == "%").ShouldAllBe(f => f.Maximum == 100);
        all.ShouldAllBe(f => f.Maximum > 0 && f.Label.Length > 0);
        all.Select(f => f.OrganisationKind).Distinct().ShouldBe(
            [OrganisationKind.Hospital, OrganisationKind.MunicipalCare, OrganisationKind.RegionalPrimaryCare, OrganisationKind.PrivateProvider], ignoreOrder: true);
    }
}
