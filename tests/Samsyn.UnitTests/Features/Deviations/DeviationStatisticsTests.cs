using Samsyn.Web.Features.Deviations;
using Samsyn.Web.Infrastructure;

namespace Samsyn.UnitTests.Features.Deviations;

/// <summary>
/// Hand-counted: in January Ale reports two late admission notices to the hospital and one SIP invitation to both
/// primary care and the hospital; in March the hospital reports aids not in place at Ale; and 4 late admission notices
/// from Tjörn to the hospital in February are imported (no step for 2 more in March).
/// </summary>
public sealed class DeviationStatisticsTests
{
    private static readonly DateOnly January = new(2026, 1, 1), February = new(2026, 2, 1), March = new(2026, 3, 1);

    private static DeviationFact Fact(DateOnly month, string process, string? step, int reporting, (int, string)[] concerned, int count = 1, bool imported = false) =>
        new(month, process, process == "sip" ? "SIP" : "In- och utskrivning", step, step is null ? null : $"Steg {step}", reporting, $"Org {reporting}", concerned, count, imported);

    private static readonly (int, string) Hospital = (1, "Sjukhuset"), PrimaryCare = (2, "Vårdcentralen"), Ale = (3, "Ale");

    private static readonly DeviationFact[] Facts =
    [
        Fact(January, "discharge", "admissionNoticeLate", 3, [Hospital]),
        Fact(January, "discharge", "admissionNoticeLate", 3, [Hospital]),
        Fact(January, "sip", "invitationLate", 3, [PrimaryCare, Hospital]),
        Fact(March, "discharge", "aidsNotInPlace", 1, [Ale]),
        Fact(February, "discharge", "admissionNoticeLate", 4, [Hospital], count: 4, imported: true),
        Fact(March, "discharge", null, 4, [Hospital], count: 2, imported: true),
    ];

    private static Dictionary<string, (int, int)> By(DeviationGrouping grouping, IReadOnlyList<DateOnly>? months = null) =>
        DeviationStatistics.Group(Facts, grouping, months).ToDictionary(r => r.Key, r => (r.Count, r.ImportedCount));

    [Fact]
    public void By_process_a_report_counts_once_and_imported_counts_add_their_number() =>
        By(DeviationGrouping.Process).ShouldBe(new Dictionary<string, (int, int)> { ["discharge"] = (9, 6), ["sip"] = (1, 0) }, ignoreOrder: true);

    [Fact]
    public void By_step_an_imported_count_without_a_step_has_its_own_row() =>
        By(DeviationGrouping.Step).ShouldBe(new Dictionary<string, (int, int)>
        {
            ["discharge/admissionNoticeLate"] = (6, 4), ["discharge/-"] = (2, 2), ["discharge/aidsNotInPlace"] = (1, 0), ["sip/invitationLate"] = (1, 0),
        }, ignoreOrder: true);

    [Fact]
    public void By_reporting_organisation() =>
        By(DeviationGrouping.ReportingOrganisation).ShouldBe(new Dictionary<string, (int, int)> { ["4"] = (6, 6), ["3"] = (3, 0), ["1"] = (1, 0) }, ignoreOrder: true);

    [Fact]
    public void By_concerned_organisation_a_report_counts_for_each_concerned_one() =>
        By(DeviationGrouping.ConcernedOrganisation).ShouldBe(new Dictionary<string, (int, int)> { ["1"] = (9, 6), ["2"] = (1, 0), ["3"] = (1, 0) }, ignoreOrder: true);

    [Fact]
    public void By_month_in_order_with_empty_months_of_the_period_as_zero()
    {
        var rows = DeviationStatistics.Group(Facts, DeviationGrouping.Month, DeviationStatistics.MonthsBetween(new DateOnly(2025, 12, 15), new DateOnly(2026, 3, 31)));

        rows.Select(r => (r.Key, r.Count, r.ImportedCount)).ShouldBe([("2025-12", 0, 0), ("2026-01", 3, 0), ("2026-02", 4, 4), ("2026-03", 3, 2)]);
        rows[1].Name.ShouldBe("januari 2026");
        rows[1].Month.ShouldBe("2026-01");
    }

    [Fact]
    public void Rows_are_ordered_by_count_then_name()
    {
        var rows = DeviationStatistics.Group(Facts, DeviationGrouping.ConcernedOrganisation);

        rows.Select(r => r.Name).ShouldBe(["Sjukhuset", "Ale", "Vårdcentralen"]);
    }

    [Fact]
    public void Rows_of_the_same_count_and_name_are_ordered_by_key_whatever_order_the_facts_came_in()
    {
        // Two organisations of one name: the tally and the reports may hand their counts over in either order.
        DeviationFact[] facts = [Fact(January, "discharge", null, 12, [Hospital]), Fact(January, "discharge", null, 7, [Hospital])];
        facts = [.. facts.Select(f => f with { ReportingOrganisationName = "Hemtjänsten" })];

        foreach (var order in new[] { facts, facts.Reverse().ToArray() })
            DeviationStatistics.Group(order, DeviationGrouping.ReportingOrganisation).Select(r => r.Key).ShouldBe(["12", "7"]);
    }

    [Fact]
    public void Answer_times_count_in_time_late_open_and_overdue()
    {
        DateTimeOffset At(int month, int day) => SwedishTime.At(new DateOnly(2026, month, day), new TimeOnly(10, 0));
        var due = new DateOnly(2026, 3, 2);
        AnswerFact[] answers =
        [
            new(At(1, 1), due, At(1, 11), DeviationStatus.Answered),
            new(At(1, 1), due, At(3, 2), DeviationStatus.Closed),
            new(At(1, 1), due, At(3, 3), DeviationStatus.Closed),
            new(At(1, 1), due, null, DeviationStatus.Received),
            new(At(1, 1), new DateOnly(2026, 4, 1), null, DeviationStatus.Acknowledged),
        ];

        var summary = DeviationStatistics.AnswerTimes(answers, At(3, 10));

        // 10, 60 and 61 days: median 60, mean 131 / 3.
        summary.ShouldBe(new AnswerTimeSummary(5, 3, 2, 1, 2, 1, 60, 43.7));
    }
}
