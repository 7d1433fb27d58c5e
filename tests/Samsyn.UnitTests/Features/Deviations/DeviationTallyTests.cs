using Samsyn.Web.Features.Deviations;
using Samsyn.Web.Infrastructure;

namespace Samsyn.UnitTests.Features.Deviations;

/// <summary>The pure parts of the monthly tally: which keys a change moves, the median of a histogram, and the edge months of a period.</summary>
public sealed class DeviationTallyTests
{
    private static DateTimeOffset At(int month, int day, int hour = 10) => SwedishTime.At(new DateOnly(2026, month, day), new TimeOnly(hour, 0));

    private static ReportTallyFacts Report(DeviationStatus status = DeviationStatus.Received, DateTimeOffset? answeredAt = null, int processId = 1, DateOnly? occurredOn = null) =>
        new(occurredOn ?? new DateOnly(2026, 1, 20), 7, processId, 11, 21, status, At(1, 21), answeredAt, new DateOnly(2026, 3, 22));

    private static TallyDeltas<TKey> Moves<TKey>(IComparer<TKey> order, TKey? before, TKey? after) where TKey : struct
    {
        var moves = new TallyDeltas<TKey>(order);
        moves.Move(before, after);
        return moves;
    }

    [Fact]
    public void A_new_report_adds_one_to_its_month_and_a_removed_one_takes_one_off()
    {
        var report = Report();
        Moves(GroupTallyKey.Order, null, report.Group).Net().ShouldBe([(new GroupTallyKey(new DateOnly(2026, 1, 1), 7, 1, 11, 21), 1)]);
        Moves(GroupTallyKey.Order, report.Group, null).Net().ShouldBe([(report.Group, -1)]);
    }

    [Fact]
    public void A_change_that_keeps_the_key_moves_nothing_and_one_that_changes_it_moves_one_across()
    {
        var report = Report();
        Moves(GroupTallyKey.Order, report.Group, Report().Group).IsEmpty.ShouldBeTrue();
        var other = Report(processId: 2, occurredOn: new DateOnly(2026, 2, 3)).Group;
        Moves(GroupTallyKey.Order, report.Group, other).Net().ShouldBe([(report.Group, -1), (other, 1)], ignoreOrder: true);
    }

    [Fact]
    public void Answering_moves_the_answer_key_and_reopening_moves_it_back_to_unanswered()
    {
        var received = Report();
        var answered = Report(DeviationStatus.Answered, At(3, 1, 23));
        var reopened = Report(DeviationStatus.Acknowledged, At(3, 1, 23));
        received.Answer.ShouldBe(new AnswerTallyKey(new DateOnly(2026, 1, 1), 7, 1, false, 0, false));
        // Reported 21 January, answered 1 March by Swedish dates (23:00 is still 1 March in Stockholm): 39 days, in time.
        answered.Answer.ShouldBe(new AnswerTallyKey(new DateOnly(2026, 1, 1), 7, 1, true, 39, false));
        Moves(AnswerTallyKey.Order, received.Answer, answered.Answer).Net().ShouldBe([(received.Answer, -1), (answered.Answer, 1)], ignoreOrder: true);
        reopened.Answer.ShouldBe(received.Answer, "awaiting a new answer counts as not answered, whatever the earlier answer");
        Report(DeviationStatus.Closed, At(3, 23)).Answer.AnsweredLate.ShouldBeTrue("due 22 March, answered the 23rd");
        received.Group.ShouldBe(answered.Group, "the groupings do not move when a report is answered");
    }

    [Fact]
    public void Moves_net_out_per_key()
    {
        var moves = new TallyDeltas<int>(Comparer<int>.Default);
        moves.Move(1, 2);
        moves.Move(2, 3);
        moves.Net().ShouldBe([(1, -1), (3, 1)], ignoreOrder: true);
    }

    [Theory]
    [InlineData(new[] { 5 }, new[] { 1 }, 5)]
    [InlineData(new[] { 2, 9 }, new[] { 1, 1 }, 5.5)]
    [InlineData(new[] { 1, 4, 30 }, new[] { 3, 1, 2 }, 2.5)]
    [InlineData(new[] { 1, 4, 30 }, new[] { 2, 1, 2 }, 4)]
    [InlineData(new[] { 3, 4 }, new[] { 1, 100 }, 4)]
    public void The_median_of_a_histogram_is_the_median_of_its_days_one_by_one(int[] days, int[] counts, double median)
    {
        var sorted = days.Zip(counts).ToList();
        DeviationStatistics.Median(sorted).ShouldBe(median);
        var oneByOne = sorted.SelectMany(d => Enumerable.Repeat((double)d.First, d.Second)).Order().ToList();
        (oneByOne.Count % 2 == 1 ? oneByOne[oneByOne.Count / 2] : (oneByOne[oneByOne.Count / 2 - 1] + oneByOne[oneByOne.Count / 2]) / 2).ShouldBe(median);
    }

    [Fact]
    public void Answer_times_from_counts_with_corrections_equal_those_from_the_reports()
    {
        var due = new DateOnly(2026, 3, 2);
        AnswerFact[] reports =
        [
            new(At(1, 1), due, At(1, 11), DeviationStatus.Answered),
            new(At(1, 1), due, At(3, 2), DeviationStatus.Closed),
            new(At(1, 1), due, At(3, 3), DeviationStatus.Closed),
            new(At(1, 1), due, At(3, 3), DeviationStatus.Acknowledged),
            new(At(1, 1), due, null, DeviationStatus.Received),
        ];
        var outside = new AnswerFact(At(1, 2), due, At(1, 4), DeviationStatus.Closed);
        // As the tally gives a month with one report too many, then the correction that takes it off.
        AnswerCount[] counts = [.. reports.Select(r => AnswerCount.Of(r, 1)), AnswerCount.Of(outside, 1), AnswerCount.Of(outside, -1)];

        DeviationStatistics.AnswerTimes(counts, 2, 2).ShouldBe(DeviationStatistics.AnswerTimes(reports, At(3, 10)));
    }

    private static readonly DateOnly Today = new(2026, 11, 17);

    private static void ShouldPlan(TallyPlan plan, DateOnly? first, DateOnly? last, params RowRange[] rows)
    {
        plan.FirstMonth.ShouldBe(first);
        plan.LastMonth.ShouldBe(last);
        plan.Rows.ShouldBe(rows);
    }

    private static DateOnly D(int month, int day) => new(2026, month, day);

    [Fact]
    public void Whole_months_come_from_the_tally_alone() =>
        ShouldPlan(TallyPlan.For(new DateOnly(2025, 12, 1), D(10, 31), Today), new DateOnly(2025, 12, 1), D(10, 1));

    [Fact]
    public void The_default_period_up_to_today_reads_no_reports_for_the_days_after_today() =>
        ShouldPlan(TallyPlan.For(new DateOnly(2025, 12, 1), Today, Today), new DateOnly(2025, 12, 1), D(11, 1));

    [Fact]
    public void An_edge_month_is_read_from_the_fewer_days_of_reports()
    {
        ShouldPlan(TallyPlan.For(D(1, 28), D(3, 3), Today), D(2, 1), D(2, 1), new RowRange(D(1, 28), D(1, 31), 1), new RowRange(D(3, 1), D(3, 3), 1));
        ShouldPlan(TallyPlan.For(D(1, 4), D(3, 29), Today), D(1, 1), D(3, 1), new RowRange(D(1, 1), D(1, 3), -1), new RowRange(D(3, 30), D(3, 31), -1));
    }

    [Fact]
    public void A_period_inside_one_month_is_that_month_less_both_ends_or_its_own_days()
    {
        ShouldPlan(TallyPlan.For(D(5, 2), D(5, 30), Today), D(5, 1), D(5, 1), new RowRange(D(5, 1), D(5, 1), -1), new RowRange(D(5, 31), D(5, 31), -1));
        ShouldPlan(TallyPlan.For(D(5, 10), D(5, 12), Today), null, null, new RowRange(D(5, 10), D(5, 12), 1));
    }
}
