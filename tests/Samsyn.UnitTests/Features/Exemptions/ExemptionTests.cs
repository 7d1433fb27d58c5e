using Samsyn.Web.Features.Documents;
using Samsyn.Web.Features.Exemptions;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;

namespace Samsyn.UnitTests.Features.Exemptions;

public sealed class ExemptionTests
{
    private static readonly DateOnly From = new(2026, 12, 1);
    private static readonly DateOnly To = new(2026, 12, 31);
    private static readonly DateTimeOffset At = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private static Decision DecisionOn(DateOnly day, int id = 1) => new() { Id = id, GroupId = 3, DecidedOn = day, Text = "Beslut.", Type = DecisionType.Exemption };

    private static Exemption NewExemption(DateOnly? from = null, DateOnly? to = null)
    {
        var document = new GoverningDocument { Id = 5, Type = DocumentType.Routine, Title = "Rutin för in- och utskrivning", ApprovingGroupId = 2 };
        var version = new DocumentVersion { Number = 1 };
        return Exemption.Grant(document, version, DecisionOn(new DateOnly(2026, 11, 30)), "SIP-kallelse inom fem dagar.", "Hög sjukfrånvaro.",
            from ?? From, to ?? To, [2, 2, 4], At, "Helena");
    }

    [Fact]
    public void Exemption_is_active_on_its_first_and_its_last_day()
    {
        var exemption = NewExemption();
        exemption.IsActiveOn(From).ShouldBeTrue();
        exemption.IsActiveOn(To).ShouldBeTrue();
    }

    [Fact]
    public void Exemption_is_not_active_the_day_before_it_starts_nor_the_day_after_its_end_date()
    {
        var exemption = NewExemption();
        exemption.IsActiveOn(From.AddDays(-1)).ShouldBeFalse();
        exemption.IsActiveOn(To.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void A_one_day_exemption_applies_on_that_day_only()
    {
        var exemption = NewExemption(From, From);
        exemption.IsActiveOn(From).ShouldBeTrue();
        exemption.IsActiveOn(From.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void An_exemption_ending_before_it_starts_is_refused()
    {
        Should.Throw<InvalidStateChangeException>(() => NewExemption(To, From)).Message.ShouldContain("kan inte ligga före första dagen");
        ExemptionRules.WindowError(From, From.AddDays(-1)).ShouldNotBeNull();
        ExemptionRules.WindowError(From, From).ShouldBeNull();
    }

    [Fact]
    public void Granting_records_the_decision_in_the_history_and_each_organisation_once()
    {
        var exemption = NewExemption();
        exemption.Organisations.Select(o => o.OrganisationId).ShouldBe([2, 4]);
        var granted = exemption.History.ShouldHaveSingleItem();
        granted.Kind.ShouldBe(ExemptionEventKind.Granted);
        granted.ValidTo.ShouldBe(To);
        granted.Decision.ShouldNotBeNull();
    }

    [Fact]
    public void States_follow_the_window_upcoming_active_ended()
    {
        var exemption = NewExemption();
        exemption.StateOn(From.AddDays(-1)).ShouldBe(ExemptionState.Upcoming);
        exemption.StateOn(From).ShouldBe(ExemptionState.Active);
        exemption.StateOn(To).ShouldBe(ExemptionState.Active);
        exemption.StateOn(To.AddDays(1)).ShouldBe(ExemptionState.Ended);
    }

    [Fact]
    public void Revocation_from_today_ends_it_yesterday_and_keeps_the_decided_end_in_the_history()
    {
        var exemption = NewExemption();
        var today = new DateOnly(2026, 12, 10);

        exemption.Revoke(today, null, "Bemanningen är återställd.", today, At, "Helena");

        exemption.LastDay.ShouldBe(new DateOnly(2026, 12, 9));
        exemption.IsActiveOn(new DateOnly(2026, 12, 9)).ShouldBeTrue();
        exemption.IsActiveOn(today).ShouldBeFalse();
        exemption.ValidTo.ShouldBe(To, "the decided end stays");
        var revoked = exemption.History.Last();
        revoked.Kind.ShouldBe(ExemptionEventKind.Revoked);
        revoked.PreviousValidTo.ShouldBe(To);
        revoked.ValidTo.ShouldBe(new DateOnly(2026, 12, 9));
        revoked.Note.ShouldBe("Bemanningen är återställd.");
    }

    [Fact]
    public void Revocation_before_the_start_means_it_never_applies()
    {
        var exemption = NewExemption();
        exemption.Revoke(From, null, "Behövs inte.", From.AddDays(-5), At, "Helena");

        exemption.IsActiveOn(From).ShouldBeFalse();
        exemption.StateOn(From.AddDays(-1)).ShouldBe(ExemptionState.Ended);
    }

    [Fact]
    public void Revocation_back_in_time_after_the_end_or_twice_is_refused()
    {
        var today = new DateOnly(2026, 12, 10);
        Should.Throw<InvalidStateChangeException>(() => NewExemption().Revoke(today.AddDays(-1), null, "x", today, At, "Helena")).Message.ShouldContain("bakåt i tiden");
        Should.Throw<InvalidStateChangeException>(() => NewExemption().Revoke(To.AddDays(1), null, "x", today, At, "Helena")).Message.ShouldContain("bara till och med");
        Should.Throw<InvalidStateChangeException>(() => NewExemption().Revoke(today, null, "x", To.AddDays(1), At, "Helena")).Message.ShouldContain("upphörde redan");
        var twice = NewExemption();
        twice.Revoke(today, null, "x", today, At, "Helena");
        Should.Throw<InvalidStateChangeException>(() => twice.Revoke(today.AddDays(1), null, "y", today, At, "Helena")).Message.ShouldContain("redan återkallat");
        twice.History.Count.ShouldBe(2);
    }

    [Fact]
    public void Extension_moves_the_last_day_by_a_new_decision_and_keeps_the_earlier_end_in_the_history()
    {
        var exemption = NewExemption();
        var newEnd = new DateOnly(2027, 1, 31);

        exemption.Extend(newEnd, DecisionOn(new DateOnly(2026, 12, 20), id: 2), "Sjukfrånvaron kvarstår.", new DateOnly(2026, 12, 20), At, "Helena");

        exemption.ValidTo.ShouldBe(newEnd);
        exemption.IsActiveOn(newEnd).ShouldBeTrue();
        exemption.IsActiveOn(newEnd.AddDays(1)).ShouldBeFalse();
        exemption.History.Select(h => h.Kind).ShouldBe([ExemptionEventKind.Granted, ExemptionEventKind.Extended]);
        var extended = exemption.History.Last();
        extended.PreviousValidTo.ShouldBe(To);
        extended.ValidTo.ShouldBe(newEnd);
        extended.Decision!.Id.ShouldBe(2);
    }

    [Fact]
    public void Extension_to_the_same_or_an_earlier_day_is_refused()
    {
        var today = new DateOnly(2026, 12, 5);
        Should.Throw<InvalidStateChangeException>(() => NewExemption().Extend(To, DecisionOn(today), null, today, At, "Helena")).Message.ShouldContain("efter den nuvarande");
        Should.Throw<InvalidStateChangeException>(() => NewExemption().Extend(To.AddDays(-1), DecisionOn(today), null, today, At, "Helena"));
    }

    [Fact]
    public void An_ended_or_revoked_exemption_is_not_extended()
    {
        var later = new DateOnly(2027, 2, 1);
        Should.Throw<InvalidStateChangeException>(() => NewExemption().Extend(later, DecisionOn(To.AddDays(1)), null, To.AddDays(1), At, "Helena")).Message.ShouldContain("upphörde");
        var revoked = NewExemption();
        revoked.Revoke(From, null, "x", From, At, "Helena");
        Should.Throw<InvalidStateChangeException>(() => revoked.Extend(later, DecisionOn(From), null, From, At, "Helena")).Message.ShouldContain("återkallat");
    }

    [Fact]
    public void The_return_to_normal_is_confirmed_once_the_exemption_has_ended_and_closes_it()
    {
        var exemption = NewExemption();
        Should.Throw<InvalidStateChangeException>(() => exemption.ConfirmReturn("Klart.", To, At, "Helena")).Message.ShouldContain("gäller till och med");

        exemption.ConfirmReturn("Primärvården kallar åter inom tre dagar.", To.AddDays(1), At, "Helena");

        exemption.StateOn(To.AddDays(1)).ShouldBe(ExemptionState.Closed);
        exemption.ReturnNote.ShouldBe("Primärvården kallar åter inom tre dagar.");
        exemption.History.Last().Kind.ShouldBe(ExemptionEventKind.ReturnConfirmed);
        Should.Throw<InvalidStateChangeException>(() => exemption.ConfirmReturn("Igen.", To.AddDays(2), At, "Helena"));
        Should.Throw<InvalidStateChangeException>(() => exemption.Extend(To.AddDays(30), DecisionOn(To), null, To.AddDays(2), At, "Helena"));
    }

    [Fact]
    public void A_revoked_exemption_can_be_closed_from_the_day_of_revocation()
    {
        var exemption = NewExemption();
        var today = new DateOnly(2026, 12, 10);
        exemption.Revoke(today, null, "Återställt.", today, At, "Helena");

        Should.NotThrow(() => exemption.ConfirmReturn("Rutinen följs.", today, At, "Helena"));
        exemption.History.Select(h => h.Kind).ShouldBe([ExemptionEventKind.Granted, ExemptionEventKind.Revoked, ExemptionEventKind.ReturnConfirmed]);
    }

    [Fact]
    public void Exemptions_are_made_from_guidelines_routines_and_agreements_only()
    {
        ExemptionRules.ExemptableTypes.ShouldBe([DocumentType.Guideline, DocumentType.Routine, DocumentType.Agreement], ignoreOrder: true);
    }
}
