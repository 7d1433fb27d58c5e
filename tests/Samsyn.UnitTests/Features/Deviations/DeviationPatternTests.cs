using Samsyn.Web.Features.Deviations;

namespace Samsyn.UnitTests.Features.Deviations;

/// <summary>A pattern: at least N deviations with the same process, step, reporting and concerned organisation within the W days ending on the new one's date.</summary>
public sealed class DeviationPatternTests
{
    private static readonly PatternKey Key = new(1, 11, 100, 200);
    private static readonly DateOnly Anchor = new(2026, 6, 30);

    private static PatternOccurrence At(int daysBefore, PatternKey? key = null) => new(key ?? Key, Anchor.AddDays(-daysBefore));

    [Fact]
    public void Three_within_ninety_days_is_a_pattern()
    {
        var found = DeviationPatterns.Recurring([At(0), At(40), At(80)], [Key], Anchor, 3, 90);

        found.ShouldHaveSingleItem().ShouldBe((Key, 3));
    }

    [Fact]
    public void Two_are_not_yet_a_pattern() =>
        DeviationPatterns.Recurring([At(0), At(40)], [Key], Anchor, 3, 90).ShouldBeEmpty();

    [Fact]
    public void The_window_holds_ninety_days_including_the_anchor_day()
    {
        DeviationPatterns.WindowStart(Anchor, 90).ShouldBe(Anchor.AddDays(-89));
        DeviationPatterns.CountInWindow([At(0), At(10), At(89)], Key, Anchor, 90).ShouldBe(3);
        DeviationPatterns.CountInWindow([At(0), At(10), At(90)], Key, Anchor, 90).ShouldBe(2, "the 91st day back is outside");
    }

    [Fact]
    public void Later_occurrences_do_not_count_for_an_earlier_anchor() =>
        DeviationPatterns.CountInWindow([At(0), At(10), At(-1)], Key, Anchor, 90).ShouldBe(2);

    [Fact]
    public void Another_step_process_or_pair_of_organisations_is_another_pattern()
    {
        PatternOccurrence[] occurrences =
        [
            At(0), At(5),
            At(6, Key with { StepId = 12 }), At(7, Key with { ProcessId = 2 }),
            At(8, Key with { ConcernedOrganisationId = 201 }), At(9, Key with { ReportingOrganisationId = 200, ConcernedOrganisationId = 100 }),
        ];

        DeviationPatterns.Recurring(occurrences, [Key], Anchor, 3, 90).ShouldBeEmpty();
        DeviationPatterns.CountInWindow(occurrences, Key, Anchor, 90).ShouldBe(2);
    }

    [Fact]
    public void The_count_is_configurable()
    {
        PatternOccurrence[] occurrences = [At(0), At(1), At(2), At(3)];

        DeviationPatterns.Recurring(occurrences, [Key], Anchor, 5, 90).ShouldBeEmpty();
        DeviationPatterns.Recurring(occurrences, [Key], Anchor, 4, 90).ShouldHaveSingleItem();
        DeviationPatterns.Recurring(occurrences, [Key], Anchor, 2, 2).ShouldHaveSingleItem().Count.ShouldBe(2);
    }

    [Fact]
    public void Each_concerned_organisation_of_a_report_is_its_own_key()
    {
        var other = Key with { ConcernedOrganisationId = 201 };
        PatternOccurrence[] occurrences = [At(0), At(1), At(2), At(0, other)];

        DeviationPatterns.Recurring(occurrences, [Key, other, Key], Anchor, 3, 90).ShouldBe([(Key, 3)]);
    }
}
