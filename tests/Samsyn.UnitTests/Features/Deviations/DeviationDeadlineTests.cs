using Samsyn.Web.Features.Deviations;
using Samsyn.Web.Infrastructure;

namespace Samsyn.UnitTests.Features.Deviations;

/// <summary>The answer is due the reporting day (Swedish date) plus the answer days, and late from midnight after the due date, Swedish time.</summary>
public sealed class DeviationDeadlineTests
{
    private static DateTimeOffset Swedish(int year, int month, int day, int hour, int minute = 0) =>
        SwedishTime.At(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    [Fact]
    public void Answer_is_due_sixty_days_after_the_reporting_day() =>
        DeviationDeadlines.AnswerDue(Swedish(2026, 1, 10, 14), 60).ShouldBe(new DateOnly(2026, 3, 11));

    [Fact]
    public void The_reporting_day_is_the_Swedish_one_not_the_UTC_one()
    {
        // 00:30 on 10 January in Stockholm is still 9 January in UTC.
        var justAfterMidnight = Swedish(2026, 1, 10, 0, 30).ToUniversalTime();
        justAfterMidnight.Day.ShouldBe(9);

        DeviationDeadlines.AnswerDue(justAfterMidnight, 60).ShouldBe(new DateOnly(2026, 3, 11));
    }

    [Fact]
    public void The_configured_days_are_used() =>
        DeviationDeadlines.AnswerDue(Swedish(2026, 1, 10, 14), 30).ShouldBe(new DateOnly(2026, 2, 9));

    [Fact]
    public void Not_overdue_on_the_due_date_itself_late_in_the_evening() =>
        DeviationDeadlines.IsOverdue(DeviationStatus.Acknowledged, new DateOnly(2026, 6, 10), Swedish(2026, 6, 10, 23, 59)).ShouldBeFalse();

    [Fact]
    public void Overdue_from_midnight_after_the_due_date_Swedish_summer_time()
    {
        var due = new DateOnly(2026, 6, 10);
        var midnight = Swedish(2026, 6, 11, 0);
        midnight.Offset.ShouldBe(TimeSpan.FromHours(2));

        DeviationDeadlines.IsOverdue(DeviationStatus.Received, due, midnight).ShouldBeTrue();
        DeviationDeadlines.IsOverdue(DeviationStatus.Received, due, midnight.AddSeconds(-1)).ShouldBeFalse();
        DeviationDeadlines.IsOverdue(DeviationStatus.Received, due, midnight.ToUniversalTime()).ShouldBeTrue();
    }

    [Theory]
    [InlineData(DeviationStatus.Answered)]
    [InlineData(DeviationStatus.Closed)]
    public void An_answered_or_closed_deviation_is_never_overdue(DeviationStatus status) =>
        DeviationDeadlines.IsOverdue(status, new DateOnly(2026, 1, 1), Swedish(2026, 6, 1, 12)).ShouldBeFalse();

    [Fact]
    public void An_answer_on_the_due_date_is_in_time_and_one_the_day_after_is_late()
    {
        var due = new DateOnly(2026, 3, 11);
        DeviationDeadlines.AnsweredLate(Swedish(2026, 3, 11, 23, 30), due).ShouldBeFalse();
        DeviationDeadlines.AnsweredLate(Swedish(2026, 3, 12, 0, 0), due).ShouldBeTrue();
    }

    [Fact]
    public void Days_left_and_the_text_say_it_in_words()
    {
        var due = new DateOnly(2026, 3, 11);
        DeviationDeadlines.DaysLeft(due, Swedish(2026, 3, 1, 9)).ShouldBe(10);
        DeviationDeadlines.Text(DeviationStatus.Received, due, Swedish(2026, 3, 1, 9)).ShouldBe("Svar senast 11 mars 2026 (10 dagar kvar)");
        DeviationDeadlines.Text(DeviationStatus.Received, due, Swedish(2026, 3, 11, 9)).ShouldBe("Svar senast i dag, 11 mars 2026");
        DeviationDeadlines.Text(DeviationStatus.Acknowledged, due, Swedish(2026, 3, 12, 9)).ShouldStartWith("Försenad");
    }
}
