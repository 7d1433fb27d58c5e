using Samsyn.Web.Features.Deviations;
using Samsyn.Web.Features.Structure;

namespace Samsyn.UnitTests.Features.Deviations;

public sealed class DeviationWorkflowTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DeviationStatus.Received, DeviationAction.Acknowledge, DeviationStatus.Acknowledged)]
    [InlineData(DeviationStatus.Received, DeviationAction.Answer, DeviationStatus.Answered)]
    [InlineData(DeviationStatus.Acknowledged, DeviationAction.Answer, DeviationStatus.Answered)]
    [InlineData(DeviationStatus.Answered, DeviationAction.Close, DeviationStatus.Closed)]
    [InlineData(DeviationStatus.Answered, DeviationAction.Reopen, DeviationStatus.Acknowledged)]
    [InlineData(DeviationStatus.Closed, DeviationAction.Reopen, DeviationStatus.Acknowledged)]
    public void Allowed_transitions(DeviationStatus from, DeviationAction action, DeviationStatus to) =>
        DeviationWorkflow.Next(from, action).ShouldBe(to);

    [Theory]
    [InlineData(DeviationStatus.Acknowledged, DeviationAction.Acknowledge)]
    [InlineData(DeviationStatus.Answered, DeviationAction.Acknowledge)]
    [InlineData(DeviationStatus.Answered, DeviationAction.Answer)]
    [InlineData(DeviationStatus.Closed, DeviationAction.Answer)]
    [InlineData(DeviationStatus.Received, DeviationAction.Close)]
    [InlineData(DeviationStatus.Acknowledged, DeviationAction.Close)]
    [InlineData(DeviationStatus.Closed, DeviationAction.Close)]
    [InlineData(DeviationStatus.Received, DeviationAction.Reopen)]
    [InlineData(DeviationStatus.Acknowledged, DeviationAction.Reopen)]
    public void Refused_transitions(DeviationStatus from, DeviationAction action)
    {
        DeviationWorkflow.Allows(from, action).ShouldBeFalse();
        Should.Throw<InvalidStateChangeException>(() => DeviationWorkflow.Ensure(from, action)).Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Every_change_is_recorded_with_who_when_from_to_and_comment()
    {
        var report = new DeviationReport { AnswerDueOn = new DateOnly(2026, 5, 1) };
        report.RecordReceived(At, 1, "Eva");
        report.Acknowledge(At.AddDays(1), 2, "Anders", "Vi tittar på det.");
        report.Answer(At.AddDays(5), 2, "Anders", "Analys", "Åtgärd");
        report.Reopen(At.AddDays(8), 1, "Eva", "Svaret räcker inte.", new DateOnly(2026, 5, 9));
        report.Answer(At.AddDays(9), 3, "Karin", "Ny analys", "Nya åtgärder");
        report.Close(At.AddDays(10), 1, "Eva", null);

        report.Status.ShouldBe(DeviationStatus.Closed);
        report.Transitions.Select(t => (t.From, t.To, t.ByName)).ShouldBe(
        [
            (null, DeviationStatus.Received, "Eva"),
            (DeviationStatus.Received, DeviationStatus.Acknowledged, "Anders"),
            (DeviationStatus.Acknowledged, DeviationStatus.Answered, "Anders"),
            (DeviationStatus.Answered, DeviationStatus.Acknowledged, "Eva"),
            (DeviationStatus.Acknowledged, DeviationStatus.Answered, "Karin"),
            (DeviationStatus.Answered, DeviationStatus.Closed, "Eva"),
        ]);
        report.Transitions[1].Comment.ShouldBe("Vi tittar på det.");
        report.Transitions[3].At.ShouldBe(At.AddDays(8));
        report.Analysis.ShouldBe("Ny analys");
        report.AnswerDueOn.ShouldBe(new DateOnly(2026, 5, 9));
        report.AcknowledgedAt.ShouldBe(At.AddDays(1));
    }

    [Fact]
    public void A_refused_change_leaves_the_report_as_it_was()
    {
        var report = new DeviationReport();
        Should.Throw<InvalidStateChangeException>(() => report.Close(At, 1, "Eva", null));

        report.Status.ShouldBe(DeviationStatus.Received);
        report.Transitions.ShouldBeEmpty();
        report.ClosedAt.ShouldBeNull();
    }

    [Fact]
    public void Answering_a_received_deviation_acknowledges_it_too()
    {
        var report = new DeviationReport();
        report.Answer(At, 2, "Anders", "Analys", "Åtgärd");

        report.AcknowledgedAt.ShouldBe(At);
        report.AnsweredAt.ShouldBe(At);
    }
}
