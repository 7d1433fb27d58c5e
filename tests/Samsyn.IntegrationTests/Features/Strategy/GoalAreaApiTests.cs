namespace Samsyn.IntegrationTests.Features.Strategy;

/// <summary>/api/v1/strategic-plans/{id}/goal-areas/{goalAreaId}: a draft's goal areas are edited, moved and removed; stale, foreign or adopted ones are refused.</summary>
public abstract class GoalAreaApiTests(SamsynFactory factory)
{
    private static async Task<JsonElement[]> GoalAreasAsync(HttpClient client, int planId) =>
        [.. (await client.GetItemAsync($"/api/v1/strategic-plans/{planId}/goal-areas")).EnumerateArray()];

    private static string[] Titles(JsonElement[] goals) => [.. goals.Select(g => $"{g.GetProperty("order").GetInt32()}:{g.GetProperty("title").GetString()}")];

    [Fact]
    public async Task A_draft_goal_area_is_edited_moved_and_removed_and_the_plans_version_rises()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var draft = await StrategyScene.CreateDraftAsync(admin);
        var id = draft.GetProperty("id").GetInt32();
        var goals = await GoalAreasAsync(admin, id);
        var last = goals[2];

        using (var move = await admin.PutJsonAsync($"/api/v1/strategic-plans/{id}/goal-areas/{last.GetProperty("id").GetInt32()}",
                   new { title = "Kompetensförsörjning", description = "Personal.", order = 1, version = last.GetProperty("version").GetInt32() }))
        {
            var moved = await move.ShouldBeJsonAsync(HttpStatusCode.OK);
            moved.GetProperty("order").GetInt32().ShouldBe(1);
            move.Headers.ETag!.Tag.ShouldBe($"\"{moved.GetProperty("version").GetInt32()}\"");
        }
        goals = await GoalAreasAsync(admin, id);
        Titles(goals).ShouldBe(["1:Kompetensförsörjning", "2:Nära vård", "3:Struktur"]);

        using (var remove = await admin.DeleteWithVersionAsync($"/api/v1/strategic-plans/{id}/goal-areas/{goals[1].GetProperty("id").GetInt32()}", goals[1].GetProperty("version").GetInt32()))
            remove.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Titles(await GoalAreasAsync(admin, id)).ShouldBe(["1:Kompetensförsörjning", "2:Struktur"]);
        (await admin.GetItemAsync($"/api/v1/strategic-plans/{id}")).GetProperty("version").GetInt32().ShouldBeGreaterThan(draft.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Stale_missing_version_bad_input_foreign_goal_areas_strangers_and_adopted_plans_are_refused_and_nothing_changes()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var draft = await StrategyScene.CreateDraftAsync(admin);
        var id = draft.GetProperty("id").GetInt32();
        var goal = (await GoalAreasAsync(admin, id))[0];
        var goalId = goal.GetProperty("id").GetInt32();
        var version = goal.GetProperty("version").GetInt32();
        var url = $"/api/v1/strategic-plans/{id}/goal-areas/{goalId}";
        var scene = await StrategyScene.CreateAsync(factory);

        using (var edit = await admin.PutJsonAsync(url, new { title = "Nära vård i hemmet", version }))
            await edit.ShouldBeJsonAsync(HttpStatusCode.OK);
        using (var stale = await admin.PutJsonAsync(url, new { title = "Gammal ändring", version }))
            await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var staleDelete = await admin.DeleteWithVersionAsync(url, version))
            await staleDelete.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var noVersion = await admin.DeleteWithVersionAsync(url, null))
            await noVersion.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        using (var noTitle = await admin.PutJsonAsync(url, new { title = "", version = version + 1 }))
            await noTitle.ShouldBeValidationProblemAsync("title");
        using (var identity = await admin.PutJsonAsync(url, new { title = "Nära vård", description = $"Patient {Demo.TestIdentityNumber}", version = version + 1 }))
            await identity.ShouldBeValidationProblemAsync("description");
        using (var order = await admin.PutJsonAsync(url, new { title = "Nära vård", order = 0, version = version + 1 }))
            await order.ShouldBeValidationProblemAsync("order");
        using (var foreign = await admin.PutJsonAsync($"/api/v1/strategic-plans/{id}/goal-areas/{scene.GoalAreaIds[0]}", new { title = "Fel plan", version = 1 }))
            await foreign.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using (var member = await factory.SignedInAsync(Demo.Member))
        using (var forbidden = await member.PutJsonAsync(url, new { title = "Ledamotens ändring", version = version + 1 }))
            await forbidden.ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var adoptedGoal = (await GoalAreasAsync(admin, scene.PlanId))[0];
        using (var adopted = await admin.PutJsonAsync($"/api/v1/strategic-plans/{scene.PlanId}/goal-areas/{adoptedGoal.GetProperty("id").GetInt32()}",
                   new { title = "Ändrad i efterhand", version = adoptedGoal.GetProperty("version").GetInt32() }))
            (await adopted.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("revidering");
        using (var adoptedDelete = await admin.DeleteWithVersionAsync($"/api/v1/strategic-plans/{scene.PlanId}/goal-areas/{adoptedGoal.GetProperty("id").GetInt32()}", adoptedGoal.GetProperty("version").GetInt32()))
            await adoptedDelete.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        Titles(await GoalAreasAsync(admin, id)).ShouldBe(["1:Nära vård i hemmet", "2:Struktur", "3:Kompetens"]);
        Titles(await GoalAreasAsync(admin, scene.PlanId)).ShouldBe(["1:Nära vård", "2:Struktur", "3:Kompetens"]);
    }

    [Fact]
    public async Task Putting_the_plan_with_goal_area_ids_keeps_them_and_an_id_of_another_plan_is_refused()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var draft = await StrategyScene.CreateDraftAsync(admin);
        var id = draft.GetProperty("id").GetInt32();
        var goals = await GoalAreasAsync(admin, id);
        var other = await StrategyScene.CreateAsync(factory);
        var body = new Dictionary<string, object?>
        {
            ["title"] = draft.GetProperty("title").GetString(), ["startYear"] = 2030, ["endYear"] = 2032, ["purpose"] = "Syfte.", ["overallGoal"] = "Mål.",
            ["version"] = draft.GetProperty("version").GetInt32(),
            ["goalAreas"] = new object[] { new { id = goals[2].GetProperty("id").GetInt32(), title = "Kompetens" }, new { id = (int?)null, title = "Ny" } },
        };

        var foreignBody = new Dictionary<string, object?>(body) { ["goalAreas"] = new object[] { new { id = other.GoalAreaIds[0], title = "Främmande" } } };
        using (var foreign = await admin.PutJsonAsync($"/api/v1/strategic-plans/{id}", foreignBody))
            await foreign.ShouldBeValidationProblemAsync("goalAreas[0].id");
        using (var put = await admin.PutJsonAsync($"/api/v1/strategic-plans/{id}", body))
            await put.ShouldBeJsonAsync(HttpStatusCode.OK);

        var after = await GoalAreasAsync(admin, id);
        Titles(after).ShouldBe(["1:Kompetens", "2:Ny"]);
        after[0].GetProperty("id").GetInt32().ShouldBe(goals[2].GetProperty("id").GetInt32());
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class GoalAreaApiOnSqlite(SqliteFactory factory) : GoalAreaApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class GoalAreaApiOnPostgres(PostgresFactory factory) : GoalAreaApiTests(factory);
