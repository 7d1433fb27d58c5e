using Samsyn.Web.Features.Cases;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;
using CaseEntity = Samsyn.Web.Features.Cases.Case;

namespace Samsyn.UnitTests.Features.Cases;

/// <summary>A case's guarded state changes and the trail each one leaves, without a database.</summary>
public sealed class CaseTests
{
    private const int Management = 1;
    private const int Ale = 2;
    private const int Kungalv = 3;
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateOnly ReportBackBy = new(2027, 1, 29);
    private static readonly Actor Convener = new(7, "Helena Fiktiva");
    private static readonly Actor Member = new(8, "Eva Låtsasson");

    private static CaseEntity Raised() =>
        CaseEntity.Raise(Management, "Hjälpmedel på plats vid hemgång", "Hjälpmedel saknas vid hemkomst.", CaseUrgency.High, 40, [40, 41, 40], Start, Member);

    private static DateTimeOffset Day(int days) => Start.AddDays(days);

    private static CaseEventKind[] Kinds(CaseEntity c) => [.. c.Events.Select(e => e.Kind)];

    [Fact]
    public void Raised_case_starts_its_trail_with_who_raised_it_and_for_whom()
    {
        var raised = Raised();

        raised.Status.ShouldBe(CaseStatus.Raised);
        raised.IsOpen.ShouldBeTrue();
        raised.RaisedByPersonId.ShouldBe(Member.PersonId);
        raised.RaisedForOrganisationId.ShouldBe(40);
        raised.AffectedOrganisations.Select(o => o.OrganisationId).ShouldBe([40, 41], "each organisation once");
        var first = raised.Events.ShouldHaveSingleItem();
        first.Kind.ShouldBe(CaseEventKind.Raised);
        first.ActorName.ShouldBe("Eva Låtsasson");
        first.At.ShouldBe(Start);
        first.GroupId.ShouldBe(Management);
    }

    [Fact]
    public void Case_on_the_agenda_links_the_item_and_its_meeting()
    {
        var raised = Raised();
        var item = new AgendaItem { Id = 55, MeetingId = 9, Title = "Ärende: Hjälpmedel på plats vid hemgång" };

        raised.PutOnAgenda(item, 9, Day(1), Convener);

        raised.Status.ShouldBe(CaseStatus.OnAgenda);
        raised.AgendaItemId.ShouldBe(55);
        raised.MeetingId.ShouldBe(9);
        raised.Events[^1].Kind.ShouldBe(CaseEventKind.PutOnAgenda);
        raised.Events[^1].MeetingId.ShouldBe(9);
    }

    [Fact]
    public void Case_decided_at_a_meeting_is_finished_and_refuses_every_further_step()
    {
        var decided = Raised();
        var minutes = new Decision { Id = 3, MeetingId = 9, Text = "Rutinen gäller från 1 februari.", Type = DecisionType.Decision };

        decided.Decide("Rutinen gäller från 1 februari.", minutes, Day(2), Convener);

        decided.Status.ShouldBe(CaseStatus.Decided);
        decided.IsOpen.ShouldBeFalse();
        decided.DecisionText.ShouldBe("Rutinen gäller från 1 februari.");
        decided.DecisionId.ShouldBe(3);
        decided.DecidedAt.ShouldBe(Day(2));
        decided.Events[^1].MeetingId.ShouldBe(9, "the trail names the meeting of the decision");
        Should.Throw<InvalidStateChangeException>(() => decided.HandOver(Ale, "Utred.", ReportBackBy, null, Day(3), Convener));
        Should.Throw<InvalidStateChangeException>(() => decided.Decide("Igen.", null, Day(3), Convener));
        Should.Throw<InvalidStateChangeException>(() => decided.Close("Klart.", Day(3), Convener));
        Should.Throw<InvalidStateChangeException>(() => decided.PutOnAgenda(new AgendaItem { Id = 1 }, 9, Day(3), Convener));
        decided.Events.Count.ShouldBe(2, "nothing refused is recorded");
    }

    [Fact]
    public void Handing_over_records_the_assignment_and_date_in_a_sent_handover()
    {
        var handed = Raised();

        var handover = handed.HandOver(Ale, "Kartlägg hur hjälpmedel beställs inför hemgång.", ReportBackBy, null, Day(7), Convener);

        handed.Status.ShouldBe(CaseStatus.HandedOver);
        handover.Status.ShouldBe(HandoverStatus.Sent);
        handover.FromGroupId.ShouldBe(Management);
        handover.ToGroupId.ShouldBe(Ale);
        handover.ReportBackBy.ShouldBe(ReportBackBy);
        handover.HandedOverAt.ShouldBe(Day(7));
        handover.IsOpen.ShouldBeTrue();
        var step = handed.Events[^1];
        step.Kind.ShouldBe(CaseEventKind.HandedOver);
        step.Text.ShouldBe("Kartlägg hur hjälpmedel beställs inför hemgång.");
        step.GroupId.ShouldBe(Ale);
        step.Handover.ShouldBeSameAs(handover);
    }

    [Fact]
    public void Case_goes_to_several_groups_but_only_once_to_a_group_still_working_on_it()
    {
        var handed = Raised();
        handed.HandOver(Ale, "Ale.", ReportBackBy, null, Day(7), Convener);
        handed.HandOver(Kungalv, "Kungälv.", ReportBackBy, null, Day(7), Convener);

        Should.Throw<InvalidStateChangeException>(() => handed.HandOver(Ale, "Igen.", ReportBackBy, null, Day(8), Convener))
            .Message.ShouldContain("redan överlämnad");
        handed.Handovers.Count.ShouldBe(2);
    }

    [Fact]
    public void Handed_over_case_is_neither_decided_closed_nor_put_on_the_agenda_while_a_group_works_on_it()
    {
        var handed = Raised();
        handed.HandOver(Ale, "Utred.", ReportBackBy, null, Day(7), Convener);

        Should.Throw<InvalidStateChangeException>(() => handed.Decide("Beslut.", null, Day(8), Convener)).Message.ShouldContain("väntar på återrapport");
        Should.Throw<InvalidStateChangeException>(() => handed.Close("Klart.", Day(8), Convener));
        Should.Throw<InvalidStateChangeException>(() => handed.PutOnAgenda(new AgendaItem { Id = 1 }, 9, Day(8), Convener));
        handed.Status.ShouldBe(CaseStatus.HandedOver);
    }

    [Fact]
    public void Whole_trail_from_raised_to_closed()
    {
        var handled = Raised();
        handled.PutOnAgenda(new AgendaItem { Id = 55, MeetingId = 9 }, 9, Day(1), Convener);
        var handover = handled.HandOver(Ale, "Utred.", ReportBackBy, null, Day(7), Convener);
        handover.Accept("Vi tar upp den i januari.", Day(8), Convener);
        handover.AddNote("Enkät skickad till hemsjukvården.", Day(20), Convener);
        handover.ReportBack("Förslag till rutin bifogas.", "https://samverkan.example/rutin.pdf", Day(40), Convener);
        handover.ProposedAs(new AgendaItem { Id = 77, MeetingId = 12 }, 12, Day(40), Convener);
        handled.Status.ShouldBe(CaseStatus.ReportedBack);
        handled.Close(null, Day(50), Convener);

        handled.Status.ShouldBe(CaseStatus.Closed);
        handled.ClosedAt.ShouldBe(Day(50));
        Kinds(handled).ShouldBe([
            CaseEventKind.Raised, CaseEventKind.PutOnAgenda, CaseEventKind.HandedOver, CaseEventKind.Accepted, CaseEventKind.Note,
            CaseEventKind.ReportedBack, CaseEventKind.ReportBackOnAgenda, CaseEventKind.Closed]);
        handled.Events.Select(e => e.At).ShouldBeInOrder();
        handover.Status.ShouldBe(HandoverStatus.ReportedBack);
        handover.ReportBackText.ShouldBe("Förslag till rutin bifogas.");
        handover.ReportedBackByPersonId.ShouldBe(Convener.PersonId);
        handover.ReportBackMeetingId.ShouldBe(12);
        handover.ReportBackAgendaItemId.ShouldBe(77);
        handled.Events.Single(e => e.Kind == CaseEventKind.Accepted).Text.ShouldBe("Vi tar upp den i januari.");
    }

    [Fact]
    public void Case_is_reported_back_only_when_every_group_has_reported_back_or_returned_it()
    {
        var handed = Raised();
        var ale = handed.HandOver(Ale, "Ale.", ReportBackBy, null, Day(7), Convener);
        var kungalv = handed.HandOver(Kungalv, "Kungälv.", ReportBackBy, null, Day(7), Convener);
        ale.Accept(null, Day(8), Convener);
        kungalv.Accept(null, Day(8), Convener);

        ale.ReportBack("Klart i Ale.", null, Day(30), Convener);
        handed.Status.ShouldBe(CaseStatus.HandedOver, "Kungälv is still working on it");

        kungalv.Return("Frågan gäller inte Kungälv.", Day(31), Convener);
        handed.Status.ShouldBe(CaseStatus.ReportedBack);
    }

    [Fact]
    public void Case_returned_by_its_only_group_is_back_with_the_handing_group()
    {
        var raised = Raised();
        raised.HandOver(Ale, "Utred.", ReportBackBy, null, Day(7), Convener).Return("Ligger utanför vårt uppdrag.", Day(8), Convener);
        raised.Status.ShouldBe(CaseStatus.Raised);
        raised.Events[^1].Text.ShouldBe("Ligger utanför vårt uppdrag.");

        var onAgenda = Raised();
        onAgenda.PutOnAgenda(new AgendaItem { Id = 55 }, 9, Day(1), Convener);
        onAgenda.HandOver(Ale, "Utred.", ReportBackBy, null, Day(7), Convener).Return("Nej.", Day(8), Convener);
        onAgenda.Status.ShouldBe(CaseStatus.OnAgenda);

        // Back with the handing group, it may go to another group.
        raised.HandOver(Kungalv, "Utred i stället.", ReportBackBy, null, Day(9), Convener);
        raised.Status.ShouldBe(CaseStatus.HandedOver);
    }

    [Fact]
    public void Receiving_group_accepts_once_and_reports_back_only_what_it_accepted()
    {
        var handover = Raised().HandOver(Ale, "Utred.", ReportBackBy, null, Day(7), Convener);

        Should.Throw<InvalidStateChangeException>(() => handover.ReportBack("För tidigt.", null, Day(8), Convener)).Message.ShouldContain("Ta emot frågan");
        handover.Accept(null, Day(8), Convener);
        handover.AcceptedAt.ShouldBe(Day(8));
        Should.Throw<InvalidStateChangeException>(() => handover.Accept(null, Day(9), Convener));
        handover.ReportBack("Klart.", null, Day(20), Convener);
        Should.Throw<InvalidStateChangeException>(() => handover.ReportBack("Igen.", null, Day(21), Convener));
        Should.Throw<InvalidStateChangeException>(() => handover.Return("Sent.", Day(21), Convener));
        Should.Throw<InvalidStateChangeException>(() => handover.AddNote("Efteråt.", Day(21), Convener));
    }

    [Fact]
    public void Returned_handover_takes_no_more_steps()
    {
        var handover = Raised().HandOver(Ale, "Utred.", ReportBackBy, null, Day(7), Convener);
        handover.Return("Utanför uppdraget.", Day(8), Convener);

        handover.Status.ShouldBe(HandoverStatus.Returned);
        handover.ReturnReason.ShouldBe("Utanför uppdraget.");
        handover.IsOpen.ShouldBeFalse();
        Should.Throw<InvalidStateChangeException>(() => handover.Accept(null, Day(9), Convener));
        Should.Throw<InvalidStateChangeException>(() => handover.AddNote("Ändå.", Day(9), Convener));
    }

    [Fact]
    public void Case_closed_before_anything_was_decided_needs_a_reason_and_then_refuses_every_step()
    {
        var raised = Raised();

        Should.Throw<InvalidStateChangeException>(() => raised.Close(null, Day(3), Convener)).Message.ShouldBe(CaseRules.CloseCommentMissing);
        Should.Throw<InvalidStateChangeException>(() => raised.Close("  ", Day(3), Convener));
        raised.Status.ShouldBe(CaseStatus.Raised);

        raised.Close("Frågan är löst i den ordinarie linjen.", Day(3), Convener);
        raised.Status.ShouldBe(CaseStatus.Closed);
        raised.ClosingComment.ShouldBe("Frågan är löst i den ordinarie linjen.");
        Should.Throw<InvalidStateChangeException>(() => raised.HandOver(Ale, "Utred.", ReportBackBy, null, Day(4), Convener)).Message.ShouldBe("Ärendet är avslutat.");
        Should.Throw<InvalidStateChangeException>(() => raised.Close("Igen.", Day(4), Convener));
    }

    [Fact]
    public void Reported_back_case_may_be_decided_on_or_handed_on()
    {
        var decided = Raised();
        var first = decided.HandOver(Ale, "Utred.", ReportBackBy, null, Day(7), Convener);
        first.Accept(null, Day(8), Convener);
        first.ReportBack("Förslag till rutin.", null, Day(20), Convener);
        decided.Decide("Ledningsgruppen fastställer rutinen.", null, Day(30), Convener);
        decided.Status.ShouldBe(CaseStatus.Decided);

        var handedOn = Raised();
        var ale = handedOn.HandOver(Ale, "Utred.", ReportBackBy, null, Day(7), Convener);
        ale.Accept(null, Day(8), Convener);
        ale.ReportBack("Ale klart; Kungälv bör göra samma.", null, Day(20), Convener);
        handedOn.HandOver(Kungalv, "Gör som Ale.", ReportBackBy, null, Day(30), Convener);
        handedOn.Status.ShouldBe(CaseStatus.HandedOver);
    }

    [Fact]
    public void Overdue_follows_the_handover_state()
    {
        var handover = Raised().HandOver(Ale, "Utred.", ReportBackBy, null, Day(7), Convener);
        var after = CaseRules.OverdueFrom(ReportBackBy);

        handover.IsOverdue(after.AddTicks(-1)).ShouldBeFalse();
        handover.IsOverdue(after).ShouldBeTrue();
        handover.Accept(null, Day(8), Convener);
        handover.IsOverdue(after).ShouldBeTrue();
        handover.ReportBack("Sent men klart.", null, after.AddDays(2), Convener);
        handover.IsOverdue(after.AddDays(3)).ShouldBeFalse();
    }
}
