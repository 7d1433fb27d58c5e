using Samsyn.Web.Features.Strategy;
using Samsyn.Web.Features.Structure;

namespace Samsyn.UnitTests.Features.Strategy;

/// <summary>A draft's goal areas are added, edited, moved and removed and always numbered 1, 2, 3 … without gaps; an adopted plan's never.</summary>
public sealed class GoalAreaEditingTests
{
    private static StrategicPlan Draft()
    {
        var plan = new StrategicPlan { Id = 7, Title = "Plan", StartYear = 2030, EndYear = 2032, Purpose = "Syfte", OverallGoal = "Mål" };
        plan.GoalAreas.Add(new GoalArea { Id = 1, Title = "Nära vård", Order = 1 });
        plan.GoalAreas.Add(new GoalArea { Id = 2, Title = "Struktur", Order = 2 });
        plan.GoalAreas.Add(new GoalArea { Id = 3, Title = "Kompetens", Order = 3 });
        return plan;
    }

    private static string[] Titles(StrategicPlan plan) => [.. plan.GoalAreas.OrderBy(g => g.Order).Select(g => $"{g.Order}:{g.Title}")];

    [Fact]
    public void A_goal_area_added_at_a_position_pushes_the_later_ones_down()
    {
        var plan = Draft();
        plan.AddGoalArea(" Rätt vårdnivå ", "  ", 2);
        Titles(plan).ShouldBe(["1:Nära vård", "2:Rätt vårdnivå", "3:Struktur", "4:Kompetens"]);
        plan.GoalAreas.Single(g => g.Title == "Rätt vårdnivå").Description.ShouldBeNull();
    }

    [Fact]
    public void A_goal_area_added_without_a_position_or_beyond_the_end_comes_last()
    {
        var plan = Draft();
        plan.AddGoalArea("Fyra", null, null);
        plan.AddGoalArea("Fem", null, 99);
        Titles(plan).ShouldBe(["1:Nära vård", "2:Struktur", "3:Kompetens", "4:Fyra", "5:Fem"]);
    }

    [Fact]
    public void Moving_a_goal_area_renumbers_the_others_without_gaps()
    {
        var plan = Draft();
        plan.EditGoalArea(plan.GoalAreas[2], "Kompetensförsörjning", "Personal", 1);
        Titles(plan).ShouldBe(["1:Kompetensförsörjning", "2:Nära vård", "3:Struktur"]);
        plan.EditGoalArea(plan.GoalAreas[0], "Nära vård", null, null);
        Titles(plan).ShouldBe(["1:Kompetensförsörjning", "2:Nära vård", "3:Struktur"]);
    }

    [Fact]
    public void Removing_a_goal_area_closes_the_gap()
    {
        var plan = Draft();
        plan.RemoveGoalArea(plan.GoalAreas[0]);
        Titles(plan).ShouldBe(["1:Struktur", "2:Kompetens"]);
    }

    [Fact]
    public void Setting_the_goal_areas_edits_by_id_adds_new_removes_unnamed_and_orders_by_the_wished_place()
    {
        var plan = Draft();
        var kept = plan.GoalAreas[1];
        plan.SetGoalAreas([new GoalAreaEdit(3, "Kompetens", null, 1), new GoalAreaEdit(null, "Ny", "Beskrivning", 3), new GoalAreaEdit(2, "Struktur!", null, 2)]);
        Titles(plan).ShouldBe(["1:Kompetens", "2:Struktur!", "3:Ny"]);
        plan.GoalAreas.ShouldContain(kept);
        plan.GoalAreas.ShouldNotContain(g => g.Id == 1);
    }

    [Fact]
    public void A_goal_area_moved_to_a_taken_place_takes_it_and_the_one_there_moves_down()
    {
        var plan = Draft();
        plan.SetGoalAreas([new GoalAreaEdit(1, "A", null, 1), new GoalAreaEdit(2, "B", null, 1), new GoalAreaEdit(3, "C", null, 3), new GoalAreaEdit(null, "D", null, null)]);
        Titles(plan).ShouldBe(["1:B", "2:A", "3:C", "4:D"]);
    }

    [Fact]
    public void Unmoved_rows_with_the_same_place_keep_their_order()
    {
        var plan = Draft();
        plan.SetGoalAreas([new GoalAreaEdit(1, "A", null, 1), new GoalAreaEdit(null, "Ny", null, null), new GoalAreaEdit(2, "B", null, 2)]);
        Titles(plan).ShouldBe(["1:A", "2:B", "3:Ny"]);
    }

    [Fact]
    public void An_id_that_is_not_one_of_the_plans_goal_areas_is_refused_and_nothing_changes()
    {
        var plan = Draft();
        Should.Throw<ArgumentException>(() => plan.SetGoalAreas([new GoalAreaEdit(99, "Främmande", null, 1)]));
        Titles(plan).ShouldBe(["1:Nära vård", "2:Struktur", "3:Kompetens"]);
    }

    [Fact]
    public void The_goal_areas_of_a_proposed_or_adopted_plan_are_never_changed()
    {
        var plan = Draft();
        plan.Propose(DateTimeOffset.UnixEpoch, "Styrgruppen");
        Should.Throw<InvalidStateChangeException>(() => plan.AddGoalArea("Ny", null, null));
        plan.Adopt(new DateOnly(2029, 11, 20), "PSS");
        Should.Throw<InvalidStateChangeException>(() => plan.RemoveGoalArea(plan.GoalAreas[0])).Message.ShouldContain("revidering");
        Should.Throw<InvalidStateChangeException>(() => plan.EditGoalArea(plan.GoalAreas[0], "X", null, 2));
        Should.Throw<InvalidStateChangeException>(() => plan.SetGoalAreas([]));
        Titles(plan).ShouldBe(["1:Nära vård", "2:Struktur", "3:Kompetens"]);
    }
}

/// <summary>The plan form writes lists one item per line and maps the API's goal-area errors back onto its rows.</summary>
public sealed class PlanFormTests
{
    [Fact]
    public void Lists_are_read_one_item_per_line_without_empty_lines_or_bullets()
    {
        PlanForm.Lines("- Samsyn\r\n\n  • Rätt nivå \nGod vård").ShouldBe(["Samsyn", "Rätt nivå", "God vård"]);
        PlanForm.Lines(null).ShouldBeEmpty();
    }

    [Fact]
    public void Empty_and_removed_rows_are_left_out_and_errors_point_at_the_form_row()
    {
        var form = new PlanForm
        {
            GoalAreas =
            [
                new GoalAreaRow { Id = 5, Title = "Kvar" },
                new GoalAreaRow { Id = 6, Title = "Bort", Remove = true },
                new GoalAreaRow(),
                new GoalAreaRow { Description = "Utan rubrik" },
            ],
        };
        var (input, rows) = form.ToInput();
        input.GoalAreas!.Select(g => g.Id).ShouldBe([5, (int?)null]);
        rows.ShouldBe([0, 3]);
        PlanForm.ToFormErrors(new() { ["goalAreas[1].title"] = ["Skriv"], ["title"] = ["x"] }, rows).Keys.ShouldBe(["goalAreas[3].title", "title"], ignoreOrder: true);
    }
}
