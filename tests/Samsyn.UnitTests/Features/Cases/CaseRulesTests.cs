using Samsyn.Web.Features.Cases;

namespace Samsyn.UnitTests.Features.Cases;

/// <summary>When a handover is overdue (to the end of its date, Swedish time), and which steps each state allows.</summary>
public sealed class CaseRulesTests
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);
    private static readonly DateOnly December14 = new(2026, 12, 14);

    [Fact]
    public void Handover_is_not_overdue_during_its_report_back_date_until_the_last_second_Swedish_time()
    {
        CaseRules.IsOverdue(December14, HandoverStatus.Accepted, new DateTimeOffset(2026, 12, 14, 8, 0, 0, Winter)).ShouldBeFalse();
        CaseRules.IsOverdue(December14, HandoverStatus.Accepted, new DateTimeOffset(2026, 12, 14, 23, 59, 59, Winter)).ShouldBeFalse();
        CaseRules.IsOverdue(December14, HandoverStatus.Sent, new DateTimeOffset(2026, 12, 13, 12, 0, 0, Winter)).ShouldBeFalse();
    }

    [Fact]
    public void Handover_is_overdue_from_midnight_Swedish_time_after_its_date()
    {
        CaseRules.IsOverdue(December14, HandoverStatus.Accepted, new DateTimeOffset(2026, 12, 15, 0, 0, 0, Winter)).ShouldBeTrue();
        CaseRules.IsOverdue(December14, HandoverStatus.Sent, new DateTimeOffset(2027, 1, 20, 9, 0, 0, Winter)).ShouldBeTrue();
    }

    [Fact]
    public void Overdue_follows_the_Swedish_day_not_the_UTC_day()
    {
        // 23.30 UTC on the 14th is already 00.30 on the 15th in Stockholm.
        CaseRules.IsOverdue(December14, HandoverStatus.Accepted, new DateTimeOffset(2026, 12, 14, 23, 30, 0, TimeSpan.Zero)).ShouldBeTrue();
        CaseRules.IsOverdue(December14, HandoverStatus.Accepted, new DateTimeOffset(2026, 12, 14, 22, 59, 59, TimeSpan.Zero)).ShouldBeFalse();
        // In summer Stockholm is two hours ahead of UTC.
        var june30 = new DateOnly(2027, 6, 30);
        CaseRules.IsOverdue(june30, HandoverStatus.Accepted, new DateTimeOffset(2027, 6, 30, 21, 59, 59, TimeSpan.Zero)).ShouldBeFalse();
        CaseRules.IsOverdue(june30, HandoverStatus.Accepted, new DateTimeOffset(2027, 6, 30, 22, 0, 0, TimeSpan.Zero)).ShouldBeTrue();
        CaseRules.OverdueFrom(june30).ShouldBe(new DateTimeOffset(2027, 7, 1, 0, 0, 0, Summer));
    }

    [Theory]
    [InlineData(HandoverStatus.ReportedBack)]
    [InlineData(HandoverStatus.Returned)]
    public void Reported_back_or_returned_handover_is_never_overdue(HandoverStatus status)
    {
        CaseRules.IsOverdue(December14, status, new DateTimeOffset(2027, 3, 1, 12, 0, 0, Winter)).ShouldBeFalse();
    }

    [Fact]
    public void Days_left_count_Swedish_calendar_days()
    {
        CaseRules.DaysLeft(December14, new DateTimeOffset(2026, 12, 14, 23, 0, 0, Winter)).ShouldBe(0);
        CaseRules.DaysLeft(December14, new DateTimeOffset(2026, 12, 9, 7, 0, 0, Winter)).ShouldBe(5);
        CaseRules.DaysLeft(December14, new DateTimeOffset(2026, 12, 14, 23, 30, 0, TimeSpan.Zero)).ShouldBe(-1);
        CaseText.DaysLeft(December14, new DateTimeOffset(2026, 12, 9, 7, 0, 0, Winter)).ShouldBe("om 5 dagar");
        CaseText.DaysLeft(December14, new DateTimeOffset(2026, 12, 17, 7, 0, 0, Winter)).ShouldBe("för 3 dagar sedan");
        CaseText.DaysLeft(December14, new DateTimeOffset(2026, 12, 14, 7, 0, 0, Winter)).ShouldBe("i dag");
    }

    [Theory]
    [InlineData(CaseStatus.Raised, CaseAction.PutOnAgenda, false, true)]
    [InlineData(CaseStatus.OnAgenda, CaseAction.PutOnAgenda, false, true)]
    [InlineData(CaseStatus.HandedOver, CaseAction.PutOnAgenda, true, false)]
    [InlineData(CaseStatus.ReportedBack, CaseAction.PutOnAgenda, false, false)]
    [InlineData(CaseStatus.Raised, CaseAction.Decide, false, true)]
    [InlineData(CaseStatus.OnAgenda, CaseAction.Decide, false, true)]
    [InlineData(CaseStatus.ReportedBack, CaseAction.Decide, false, true)]
    [InlineData(CaseStatus.HandedOver, CaseAction.Decide, true, false)]
    [InlineData(CaseStatus.Raised, CaseAction.HandOver, false, true)]
    [InlineData(CaseStatus.OnAgenda, CaseAction.HandOver, false, true)]
    [InlineData(CaseStatus.HandedOver, CaseAction.HandOver, true, true)]
    [InlineData(CaseStatus.ReportedBack, CaseAction.HandOver, false, true)]
    [InlineData(CaseStatus.Raised, CaseAction.Close, false, true)]
    [InlineData(CaseStatus.ReportedBack, CaseAction.Close, false, true)]
    [InlineData(CaseStatus.HandedOver, CaseAction.Close, true, false)]
    [InlineData(CaseStatus.Decided, CaseAction.PutOnAgenda, false, false)]
    [InlineData(CaseStatus.Decided, CaseAction.HandOver, false, false)]
    [InlineData(CaseStatus.Decided, CaseAction.Decide, false, false)]
    [InlineData(CaseStatus.Decided, CaseAction.Close, false, false)]
    [InlineData(CaseStatus.Closed, CaseAction.PutOnAgenda, false, false)]
    [InlineData(CaseStatus.Closed, CaseAction.HandOver, false, false)]
    [InlineData(CaseStatus.Closed, CaseAction.Decide, false, false)]
    [InlineData(CaseStatus.Closed, CaseAction.Close, false, false)]
    public void Each_state_allows_the_handing_group_its_own_steps(CaseStatus status, CaseAction action, bool openHandovers, bool allowed)
    {
        CaseRules.Allows(status, action, openHandovers).ShouldBe(allowed);
        if (allowed) CaseRules.Refusal(status, action, openHandovers).ShouldBeNull();
        else CaseRules.Refusal(status, action, openHandovers).ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData(HandoverStatus.Sent, HandoverAction.Accept, true)]
    [InlineData(HandoverStatus.Sent, HandoverAction.Return, true)]
    [InlineData(HandoverStatus.Sent, HandoverAction.Note, true)]
    [InlineData(HandoverStatus.Sent, HandoverAction.ReportBack, false)]
    [InlineData(HandoverStatus.Accepted, HandoverAction.Accept, false)]
    [InlineData(HandoverStatus.Accepted, HandoverAction.Return, true)]
    [InlineData(HandoverStatus.Accepted, HandoverAction.Note, true)]
    [InlineData(HandoverStatus.Accepted, HandoverAction.ReportBack, true)]
    [InlineData(HandoverStatus.Returned, HandoverAction.Accept, false)]
    [InlineData(HandoverStatus.Returned, HandoverAction.Note, false)]
    [InlineData(HandoverStatus.Returned, HandoverAction.ReportBack, false)]
    [InlineData(HandoverStatus.ReportedBack, HandoverAction.Return, false)]
    [InlineData(HandoverStatus.ReportedBack, HandoverAction.Note, false)]
    [InlineData(HandoverStatus.ReportedBack, HandoverAction.ReportBack, false)]
    public void Each_handover_state_allows_the_receiving_group_its_own_steps(HandoverStatus status, HandoverAction action, bool allowed)
    {
        CaseRules.Allows(status, action).ShouldBe(allowed);
    }

    [Fact]
    public void Closing_without_decision_or_report_back_needs_a_reason()
    {
        CaseRules.CloseNeedsComment(CaseStatus.Raised).ShouldBeTrue();
        CaseRules.CloseNeedsComment(CaseStatus.OnAgenda).ShouldBeTrue();
        CaseRules.CloseNeedsComment(CaseStatus.ReportedBack).ShouldBeFalse();
    }
}
