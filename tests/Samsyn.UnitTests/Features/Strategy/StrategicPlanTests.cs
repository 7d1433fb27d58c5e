using Samsyn.Web.Features.Strategy;
using Samsyn.Web.Features.Structure;

namespace Samsyn.UnitTests.Features.Strategy;

public sealed class StrategicPlanTests
{
    private static StrategicPlan Draft()
    {
        var plan = new StrategicPlan { Id = 7, Title = "Plan", StartYear = 2018, EndYear = 2020, Purpose = "Syfte", OverallGoal = "Mål", ReportingPeriod = ReportingPeriod.HalfYearly };
        plan.GoalAreas.Add(new GoalArea { Title = "Nära vård", Order = 1 });
        plan.GoalAreas.Add(new GoalArea { Title = "Kompetens", Order = 2 });
        plan.TargetGroups.Add(new TargetGroup { Name = "Barn och unga", Order = 1 });
        plan.Statements.Add(new PlanStatement { Kind = PlanStatementKind.GuidingPrinciple, Text = "Samsyn", Order = 1 });
        return plan;
    }

    private static readonly DateTimeOffset At = new(2018, 9, 14, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_draft_is_proposed_by_the_steering_group_and_adopted_by_the_political_body()
    {
        var plan = Draft();
        plan.Status.ShouldBe(PlanStatus.Draft);
        plan.EnsureEditable();

        plan.Propose(At, "Styrgruppen");
        plan.Status.ShouldBe(PlanStatus.Proposed);
        plan.ProposedBy.ShouldBe("Styrgruppen");

        plan.Adopt(new DateOnly(2018, 10, 5), "PSS");
        plan.Status.ShouldBe(PlanStatus.Adopted);
        plan.AdoptedOn.ShouldBe(new DateOnly(2018, 10, 5));
        plan.DecidedBy.ShouldBe("PSS");
    }

    [Fact]
    public void A_draft_cannot_be_adopted_without_being_proposed()
    {
        Should.Throw<InvalidStateChangeException>(() => Draft().Adopt(new DateOnly(2018, 10, 5), "PSS"));
    }

    [Fact]
    public void A_plan_without_goal_areas_cannot_be_proposed()
    {
        var plan = Draft();
        plan.GoalAreas.Clear();
        Should.Throw<InvalidStateChangeException>(() => plan.Propose(At, "x")).Message.ShouldContain("målområde");
    }

    [Fact]
    public void A_proposal_can_go_back_to_draft_and_be_edited_again()
    {
        var plan = Draft();
        plan.Propose(At, "x");
        Should.Throw<InvalidStateChangeException>(plan.EnsureEditable);
        plan.ReturnToDraft();
        plan.Status.ShouldBe(PlanStatus.Draft);
        plan.EnsureEditable();
    }

    [Fact]
    public void An_adopted_plan_is_never_edited_in_place()
    {
        var plan = Draft();
        plan.Propose(At, "x");
        plan.Adopt(new DateOnly(2018, 10, 5), "PSS");
        Should.Throw<InvalidStateChangeException>(plan.EnsureEditable).Message.ShouldContain("revidering");
    }

    [Fact]
    public void The_revision_is_a_new_draft_version_with_the_same_content_and_a_change_note()
    {
        var plan = Draft();
        plan.Propose(At, "x");
        plan.Adopt(new DateOnly(2018, 10, 5), "PSS");

        var next = plan.Revise("  Målområde 4 förtydligat.  ");

        next.Status.ShouldBe(PlanStatus.Draft);
        next.Revision.ShouldBe(2);
        next.PreviousVersionId.ShouldBe(7);
        next.ChangeNote.ShouldBe("Målområde 4 förtydligat.");
        next.GoalAreas.Select(g => g.Title).ShouldBe(["Nära vård", "Kompetens"]);
        next.TargetGroups.Single().Name.ShouldBe("Barn och unga");
        next.Statements.Single().Text.ShouldBe("Samsyn");
        next.ReportingPeriod.ShouldBe(ReportingPeriod.HalfYearly);
        plan.Status.ShouldBe(PlanStatus.Adopted, "the adopted version stays in force until the revision is adopted");
        next.GoalAreas.ShouldNotContain(plan.GoalAreas[0], "the revision has goal areas of its own");
    }

    [Fact]
    public void Only_the_adopted_plan_is_revised_and_only_with_a_change_note()
    {
        Should.Throw<InvalidStateChangeException>(() => Draft().Revise("x"));
        var plan = Draft();
        plan.Propose(At, "x");
        plan.Adopt(new DateOnly(2018, 10, 5), "PSS");
        Should.Throw<ArgumentException>(() => plan.Revise(" "));
    }

    [Fact]
    public void Adopting_a_revision_supersedes_the_adopted_version()
    {
        var plan = Draft();
        plan.Propose(At, "x");
        plan.Adopt(new DateOnly(2018, 10, 5), "PSS");
        plan.Supersede(At.AddYears(1));
        plan.Status.ShouldBe(PlanStatus.Superseded);
        Should.Throw<InvalidStateChangeException>(plan.EnsureEditable);
        Should.Throw<InvalidStateChangeException>(() => plan.Supersede(At));
        Should.Throw<InvalidStateChangeException>(() => plan.Revise("x"));
    }

    [Theory]
    [InlineData(2017, false)]
    [InlineData(2018, true)]
    [InlineData(2020, true)]
    [InlineData(2021, false)]
    public void The_plan_covers_the_years_of_its_period(int year, bool covered) => Draft().Covers(year).ShouldBe(covered);
}
