using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Meetings.Calendar;
using R = Samsyn.Web.Features.Meetings.PlannedMeetingReason;

namespace Samsyn.UnitTests.Features.Meetings;

public sealed class MeetingPlannerTests
{
    private static readonly MeetingPlanRules Default = new();

    private static readonly R[] BeforeReasons = [R.BeforeEaster, R.BeforeWhitsun, R.BeforeMidsummer, R.BeforeSummer, R.BeforeChristmas];

    private static readonly R[] UsualReasons =
        [R.AfterChristmasAndNewYear, R.BeforeEaster, R.AfterEaster, R.BeforeMidsummer, R.AfterMidsummer, R.BeforeSummer, R.AfterSummer, R.BeforeChristmas];

    public static TheoryData<int> Years2000To2050 => [.. Enumerable.Range(2000, 51)];

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static DateOnly Holiday(int year, string name) => SwedishCalendar.Holidays(year).Single(h => h.Name == name).Date;

    /// <summary>The holiday (or summer boundary) each reason is measured from, independently of the planner.</summary>
    private static DateOnly Anchor(int year, R reason, MeetingPlanRules rules) => reason switch
    {
        R.AfterChristmasAndNewYear => D(year, 1, 6),
        R.BeforeEaster => Holiday(year, "Långfredagen"),
        R.AfterEaster => Holiday(year, "Annandag påsk"),
        R.BeforeWhitsun or R.AfterWhitsun => Holiday(year, "Pingstdagen"),
        R.BeforeMidsummer => Holiday(year, "Midsommarafton"),
        R.AfterMidsummer => Holiday(year, "Midsommardagen"),
        R.BeforeSummer => SwedishCalendar.MondayOfIsoWeek(year, rules.SummerFirstWeek),
        R.AfterSummer => SwedishCalendar.MondayOfIsoWeek(year, rules.SummerLastWeek).AddDays(6),
        _ => D(year, 12, 24),
    };

    /// <summary>Not a working day by an independent check: a weekend or any listed holiday or eve.</summary>
    private static bool IsDayOff(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday
        || SwedishCalendar.Holidays(date.Year).Any(h => h.Date == date);

    private static IEnumerable<DateOnly> DaysBetween(DateOnly a, DateOnly b)
    {
        for (var d = a.AddDays(1); d < b; d = d.AddDays(1)) yield return d;
    }

    [Theory]
    [MemberData(nameof(Years2000To2050))]
    public void No_proposal_falls_on_a_weekend_holiday_or_eve(int year)
    {
        foreach (var rules in new[] { Default, Default with { IncludeWhitsun = true }, Default with { PreferredDay = DayOfWeek.Monday },
                     Default with { PreferredDay = DayOfWeek.Friday, IncludeWhitsun = true }, new MeetingPlanRules(false, 25, 34) })
        {
            foreach (var p in MeetingPlanner.Propose(year, rules))
            {
                IsDayOff(p.Date).ShouldBeFalse($"{year} {p.Reason} on {p.Date:yyyy-MM-dd} ({p.Date.DayOfWeek}) with {rules}");
                SwedishCalendar.IsWorkingDay(p.Date).ShouldBeTrue();
                p.Date.Year.ShouldBe(year);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Years2000To2050))]
    public void Each_reason_appears_at_most_once_a_year(int year)
    {
        foreach (var rules in new[] { Default, Default with { IncludeWhitsun = true }, Default with { PreferredDay = DayOfWeek.Tuesday } })
        {
            var reasons = MeetingPlanner.Propose(year, rules).Select(p => p.Reason).ToList();
            reasons.Distinct().Count().ShouldBe(reasons.Count, $"{year} {rules}");
        }
    }

    [Theory]
    [MemberData(nameof(Years2000To2050))]
    public void Each_reason_appears_once_a_year_unless_it_shares_a_day_with_another(int year)
    {
        // In 2004 and 2032 summer (week 27) starts on Monday 28 June, right after midsummer: the last working day before
        // midsummer is also the last before the summer, and the first after midsummer is the first day of the summer.
        if (year is 2004 or 2032) return;
        MeetingPlanner.Propose(year, Default).Select(p => p.Reason).ShouldBe(UsualReasons, ignoreOrder: true);
        MeetingPlanner.Propose(year, Default with { IncludeWhitsun = true }).Select(p => p.Reason)
            .ShouldBe([.. UsualReasons, R.BeforeWhitsun, R.AfterWhitsun], ignoreOrder: true);
    }

    [Theory]
    [InlineData(2004)]
    [InlineData(2032)]
    public void Midsummer_right_before_the_summer_gives_one_meeting_before_both_and_none_during_the_summer(int year)
    {
        var plan = MeetingPlanner.Propose(year, Default);
        var summer = SwedishCalendar.MondayOfIsoWeek(year, 27);
        summer.ShouldBe(D(year, 6, 28));

        plan.Single(p => p.Reason == R.BeforeMidsummer).Date.ShouldBe(D(year, 6, 24), "Thursday before midsommarafton, also the last working day before the summer");
        plan.ShouldNotContain(p => p.Date >= summer && p.Date <= summer.AddDays(41), "no meeting in the summer weeks 27–32");
        plan.Single(p => p.Reason == R.AfterSummer).Date.ShouldBe(summer.AddDays(42));
        plan.Select(p => p.Reason).ShouldBe(
            [R.AfterChristmasAndNewYear, R.BeforeEaster, R.AfterEaster, R.BeforeMidsummer, R.AfterSummer, R.BeforeChristmas]);
    }

    [Theory]
    [MemberData(nameof(Years2000To2050))]
    public void Proposals_are_the_last_working_day_before_and_the_first_after_each_holiday(int year)
    {
        var rules = Default with { IncludeWhitsun = true };
        foreach (var p in MeetingPlanner.Propose(year, rules))
        {
            var anchor = Anchor(year, p.Reason, rules);
            var why = $"{year} {p.Reason} on {p.Date:yyyy-MM-dd}, anchor {anchor:yyyy-MM-dd}";
            if (BeforeReasons.Contains(p.Reason))
            {
                p.Date.ShouldBeLessThan(anchor, why);
                DaysBetween(p.Date, anchor).ShouldAllBe(d => IsDayOff(d), why);
            }
            else
            {
                p.Date.ShouldBeGreaterThan(anchor, why);
                DaysBetween(anchor, p.Date).ShouldAllBe(d => IsDayOff(d), why);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Years2000To2050))]
    public void Proposals_come_in_date_order(int year)
    {
        var dates = MeetingPlanner.Propose(year, Default with { IncludeWhitsun = true }).Select(p => p.Date).ToList();
        dates.ShouldBe(dates.Order().ToList());
        dates.Distinct().Count().ShouldBe(dates.Count);
    }

    [Fact]
    public void The_plan_for_2026()
    {
        MeetingPlanner.Propose(2026, Default).Select(p => $"{p.Date:yyyy-MM-dd} {p.ReasonText}").ShouldBe(
        [
            "2026-01-07 Efter jul och nyår",
            "2026-04-02 Före påsk",
            "2026-04-07 Efter påsk",
            "2026-06-18 Före midsommar",
            "2026-06-22 Efter midsommar",
            "2026-06-26 Före sommaren",
            "2026-08-10 Efter sommaren",
            "2026-12-23 Före jul",
        ]);
    }

    [Fact]
    public void Whitsun_is_planned_only_when_the_group_includes_it()
    {
        MeetingPlanner.Propose(2026, Default).ShouldNotContain(p => p.Reason == R.BeforeWhitsun || p.Reason == R.AfterWhitsun);

        var withWhitsun = MeetingPlanner.Propose(2026, Default with { IncludeWhitsun = true });

        withWhitsun.Single(p => p.Reason == R.BeforeWhitsun).Date.ShouldBe(D(2026, 5, 22));
        withWhitsun.Single(p => p.Reason == R.AfterWhitsun).Date.ShouldBe(D(2026, 5, 25), "annandag pingst is a working day since 2005");
        withWhitsun.Single(p => p.Reason == R.AfterWhitsun).ReasonText.ShouldBe("Efter pingst");
    }

    [Fact]
    public void After_Whitsun_skips_Whit_Monday_until_2004_and_the_national_day()
    {
        var rules = Default with { IncludeWhitsun = true };
        MeetingPlanner.Propose(2004, rules).Single(p => p.Reason == R.AfterWhitsun).Date.ShouldBe(D(2004, 6, 1), "annandag pingst 31 May 2004 was a holiday");
        MeetingPlanner.Propose(2022, rules).Single(p => p.Reason == R.AfterWhitsun).Date.ShouldBe(D(2022, 6, 7), "Monday 6 June 2022 was the national day");
    }

    [Fact]
    public void Summer_proposals_lie_just_outside_the_configured_weeks()
    {
        var plan = MeetingPlanner.Propose(2027, new MeetingPlanRules(SummerFirstWeek: 28, SummerLastWeek: 31));

        plan.Single(p => p.Reason == R.BeforeSummer).Date.ShouldBe(D(2027, 7, 9), "Friday before Monday 12 July, week 28");
        plan.Single(p => p.Reason == R.AfterSummer).Date.ShouldBe(D(2027, 8, 9), "Monday after Sunday 8 August, week 31");
    }

    [Theory]
    [InlineData(25, 32)]
    [InlineData(26, 31)]
    [InlineData(27, 32)]
    [InlineData(28, 33)]
    [InlineData(29, 29)]
    public void Summer_weeks_are_respected_every_year(int first, int last)
    {
        foreach (var preferred in new DayOfWeek?[] { null, DayOfWeek.Tuesday, DayOfWeek.Friday })
        {
            var rules = new MeetingPlanRules(SummerFirstWeek: first, SummerLastWeek: last, PreferredDay: preferred);
            foreach (var year in Enumerable.Range(2000, 51))
            {
                var plan = MeetingPlanner.Propose(year, rules);
                var monday = SwedishCalendar.MondayOfIsoWeek(year, first);
                var sunday = SwedishCalendar.MondayOfIsoWeek(year, last).AddDays(6);
                var why = $"{year}, weeks {first}–{last}, {preferred}";
                plan.ShouldNotContain(p => p.Date >= monday && p.Date <= sunday, why);
                // A meeting lies in the week before the summer; it may carry another reason when two fell on one day.
                plan.ShouldContain(p => p.Date < monday && p.Date >= monday.AddDays(-7), why);
                foreach (var before in plan.Where(p => p.Reason == R.BeforeSummer))
                {
                    before.Date.ShouldBeLessThan(monday, why);
                    before.Date.ShouldBeGreaterThanOrEqualTo(monday.AddDays(-7), $"{why}: in the week before the summer");
                }
                if (preferred is null) plan.ShouldContain(p => p.Date == SwedishCalendar.PreviousWorkingDay(monday), why);
                var after = plan.Single(p => p.Reason == R.AfterSummer).Date;
                after.ShouldBeGreaterThan(sunday, why);
                after.ShouldBeLessThanOrEqualTo(sunday.AddDays(7), $"{why}: in the week after the summer");
                if (preferred is null) after.ShouldBe(SwedishCalendar.NextWorkingDay(sunday), why);
            }
        }
    }

    [Fact]
    public void Preferred_day_moves_proposals_within_their_week_on_the_right_side_of_the_holiday()
    {
        var plan = MeetingPlanner.Propose(2026, Default with { PreferredDay = DayOfWeek.Tuesday });

        plan.Single(p => p.Reason == R.BeforeEaster).Date.ShouldBe(D(2026, 3, 31), "Thursday 2 April moves back to Tuesday");
        plan.Single(p => p.Reason == R.AfterEaster).Date.ShouldBe(D(2026, 4, 7), "already a Tuesday");
        plan.Single(p => p.Reason == R.BeforeMidsummer).Date.ShouldBe(D(2026, 6, 16));
        plan.Single(p => p.Reason == R.AfterSummer).Date.ShouldBe(D(2026, 8, 11), "Monday 10 August moves on to Tuesday");
        plan.Single(p => p.Reason == R.BeforeChristmas).Date.ShouldBe(D(2026, 12, 22));
        plan.Single(p => p.Reason == R.AfterChristmasAndNewYear).Date.ShouldBe(D(2026, 1, 7),
            "Tuesday 6 January is trettondedag jul, so the proposal stays on Wednesday");
    }

    [Fact]
    public void Preferred_day_on_the_wrong_side_of_the_holiday_leaves_the_proposal()
    {
        var friday = MeetingPlanner.Propose(2026, Default with { PreferredDay = DayOfWeek.Friday });
        friday.Single(p => p.Reason == R.BeforeEaster).Date.ShouldBe(D(2026, 4, 2), "Friday is långfredagen");

        var monday = MeetingPlanner.Propose(2026, Default with { PreferredDay = DayOfWeek.Monday });
        monday.Single(p => p.Reason == R.AfterEaster).Date.ShouldBe(D(2026, 4, 7), "Monday is annandag påsk, before the proposal");

        var thursday = MeetingPlanner.Propose(2026, Default with { PreferredDay = DayOfWeek.Thursday });
        thursday.Single(p => p.Reason == R.AfterEaster).Date.ShouldBe(D(2026, 4, 9));
    }

    [Fact]
    public void Two_reasons_moved_to_the_same_day_become_one_meeting()
    {
        // 2026 with Tuesdays: after midsummer (Mon 22 June) and before summer (Fri 26 June) both move to Tuesday 23 June.
        var plan = MeetingPlanner.Propose(2026, Default with { PreferredDay = DayOfWeek.Tuesday });

        plan.Where(p => p.Date == D(2026, 6, 23)).ShouldHaveSingleItem().Reason.ShouldBe(R.AfterMidsummer);
        plan.Select(p => p.Date).Distinct().Count().ShouldBe(plan.Count);
    }

    [Theory]
    [InlineData(DayOfWeek.Monday)]
    [InlineData(DayOfWeek.Tuesday)]
    [InlineData(DayOfWeek.Wednesday)]
    [InlineData(DayOfWeek.Thursday)]
    [InlineData(DayOfWeek.Friday)]
    public void Preferred_day_keeps_every_proposal_in_its_week_and_on_its_side(DayOfWeek day)
    {
        foreach (var year in Enumerable.Range(2000, 51))
        {
            var rules = Default with { IncludeWhitsun = true };
            var original = MeetingPlanner.Propose(year, rules).ToDictionary(p => p.Reason, p => p.Date);
            foreach (var moved in MeetingPlanner.Propose(year, rules with { PreferredDay = day }))
            {
                if (!original.TryGetValue(moved.Reason, out var from)) continue; // merged with another reason in the plan without a preferred day
                var why = $"{year} {moved.Reason}: {from:yyyy-MM-dd} → {moved.Date:yyyy-MM-dd}";
                SwedishCalendar.IsoWeek(moved.Date).ShouldBe(SwedishCalendar.IsoWeek(from), why);
                SwedishCalendar.IsWorkingDay(moved.Date).ShouldBeTrue(why);
                if (moved.Date != from) moved.Date.DayOfWeek.ShouldBe(day, why);
                if (BeforeReasons.Contains(moved.Reason)) moved.Date.ShouldBeLessThanOrEqualTo(from, why);
                else moved.Date.ShouldBeGreaterThanOrEqualTo(from, why);
                var inWeek = Enumerable.Range(-6, 13).Select(from.AddDays)
                    .Where(d => SwedishCalendar.IsoWeek(d) == SwedishCalendar.IsoWeek(from) && d.DayOfWeek == day && SwedishCalendar.IsWorkingDay(d))
                    .Where(d => BeforeReasons.Contains(moved.Reason) ? d <= from : d >= from).ToList();
                if (inWeek.Count > 0) moved.Date.ShouldBe(inWeek[0], why);
            }
        }
    }

    [Theory]
    [InlineData(0, 32)]
    [InlineData(-1, 32)]
    [InlineData(27, 54)]
    [InlineData(33, 32)]
    [InlineData(54, 54)]
    public void Invalid_summer_weeks_are_refused(int first, int last) =>
        Should.Throw<ArgumentException>(() => MeetingPlanner.Propose(2026, new MeetingPlanRules(SummerFirstWeek: first, SummerLastWeek: last)))
            .ParamName.ShouldBe("rules");

    [Fact]
    public void Reason_texts_are_Swedish()
    {
        new PlannedMeeting(D(2026, 4, 2), R.BeforeEaster).ReasonText.ShouldBe("Före påsk");
        new PlannedMeeting(D(2026, 8, 10), R.AfterSummer).ReasonText.ShouldBe("Efter sommaren");
        new PlannedMeeting(D(2026, 12, 23), R.BeforeChristmas).ReasonText.ShouldBe("Före jul");
        new PlannedMeeting(D(2026, 5, 22), R.BeforeWhitsun).ReasonText.ShouldBe("Före pingst");
        new PlannedMeeting(D(2026, 1, 7), R.AfterChristmasAndNewYear).ReasonText.ShouldBe("Efter jul och nyår");
    }
}
