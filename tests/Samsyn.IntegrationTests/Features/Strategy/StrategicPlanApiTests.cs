using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Samsyn.IntegrationTests.Features.Strategy;

/// <summary>/api/v1/strategic-plans: the demo plan, the life cycle draft → proposed → adopted → superseded, the yearly revision.</summary>
public abstract class StrategicPlanApiTests(SamsynFactory factory)
{
    private Task<int> CountPlansAsync(string title) => factory.InDatabaseAsync(db => db.StrategicPlans.CountAsync(p => p.Title == title));

    [Fact]
    public async Task The_Skaraborg_plan_is_in_the_demo_data_as_in_the_source_document_with_a_successor_in_draft()
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        var areaId = await member.IdByNameAsync("/api/v1/areas", Demo.Skaraborg);
        var plans = await member.ListAsync($"/api/v1/strategic-plans?areaId={areaId}");
        var adopted = plans.Single(p => p.GetProperty("status").GetString() == "adopted");
        plans.Single(p => p.GetProperty("status").GetString() == "draft").GetProperty("startYear").GetInt32().ShouldBe(2021);
        adopted.GetProperty("title").GetString().ShouldBe("Strategisk plan med prioriterade målområden för Vårdssamverkan Skaraborg 2018 - 2020");

        using var response = await member.GetAsync($"/api/v1/strategic-plans/{adopted.GetProperty("id").GetInt32()}");
        var plan = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldBe($"\"{plan.GetProperty("version").GetInt32()}\"");
        plan.GetProperty("startYear").GetInt32().ShouldBe(2018);
        plan.GetProperty("endYear").GetInt32().ShouldBe(2020);
        plan.GetProperty("adoptedOn").GetString().ShouldBe("2018-10-05");
        plan.GetProperty("decidedBy").GetString().ShouldBe("Politisk samverkan Skaraborg");
        plan.GetProperty("steeringGroupName").GetString().ShouldBe(Demo.SkaraborgSteeringGroup);
        plan.GetProperty("purpose").GetString().ShouldBe("Syfte är att nå en effektiv vårdssamverkan i frågor som berör samtliga parter.");
        plan.GetProperty("overallGoal").GetString().ShouldBe("Målet är att berörda vårdtagare och patienter skall uppleva vård- och omsorgsinsatserna som en helhet utan gränser.");
        plan.GetProperty("guidingPrinciples").EnumerateArray().Select(p => p.GetString()).ShouldBe(
            ["Samsyn, samverkan och samarbete mellan huvudmännen", "Vård och omsorg på rätt nivå där den gör mest nytta", "God och säker vård och omsorg"]);
        plan.GetProperty("targetGroups").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ShouldBe(
            ["Barn och unga", "Äldre med komplex sjukdomsbild", "Kroniskt sjuka", "Personer med psykisk ohälsa"]);
        plan.GetProperty("declarationOfIntent").GetArrayLength().ShouldBe(3);
        plan.GetProperty("declarationOfIntent")[0].GetString().ShouldBe("förbinder sig att bibehålla och vidareutveckla ett förtroendefullt samarbete kring gemensamma målgrupper.");
        plan.GetProperty("goalAreas").EnumerateArray().Select(g => g.GetProperty("title").GetString()).ShouldBe(
        [
            "Utveckla arbetsmodeller för den Nära vården",
            "Bevara, stödja och förfina samverkansstrukturen och stödja arbetet i samverkansgrupperna.",
            "Utveckla förutsättningar för vård på rätt vårdnivå",
            "Personal- och kompetensförsörjning",
        ]);
        plan.GetProperty("history").GetArrayLength().ShouldBe(1);

        var goalAreas = await member.GetItemAsync($"/api/v1/strategic-plans/{plan.GetProperty("id").GetInt32()}/goal-areas");
        goalAreas.GetArrayLength().ShouldBe(4);
        goalAreas[0].GetProperty("description").GetString()!.ShouldStartWith("Detta innefattar användning av digital teknik");
    }

    [Fact]
    public async Task A_plan_is_proposed_adopted_revised_and_superseded_and_an_adopted_plan_is_never_edited_in_place()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var draft = await StrategyScene.CreateDraftAsync(admin);
        var id = draft.GetProperty("id").GetInt32();
        draft.GetProperty("status").GetString().ShouldBe("draft");
        draft.GetProperty("revision").GetInt32().ShouldBe(1);
        draft.GetProperty("reportingPeriod").GetString().ShouldBe("halfYearly");

        using (var early = await admin.PostJsonAsync($"/api/v1/strategic-plans/{id}/adopt", new { adoptedOn = "2029-11-20", version = draft.GetProperty("version").GetInt32() }))
            (await early.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("föreslagit");
        var proposed = await StrategyScene.AdvanceAsync(admin, draft, "propose");
        proposed.GetProperty("status").GetString().ShouldBe("proposed");
        var adopted = await StrategyScene.AdvanceAsync(admin, proposed, "adopt", new { adoptedOn = "2029-11-20", version = proposed.GetProperty("version").GetInt32() });
        adopted.GetProperty("status").GetString().ShouldBe("adopted");
        adopted.GetProperty("decidedBy").GetString().ShouldBe("Politiskt organ");

        var body = StrategyScene.PlanBody(draft.GetProperty("steeringGroupId").GetInt32(), "Ändrad i efterhand");
        using (var edit = await admin.PutJsonAsync($"/api/v1/strategic-plans/{id}", Merge(body, adopted.GetProperty("version").GetInt32())))
            (await edit.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("revidering");
        using (var goal = await admin.PostJsonAsync($"/api/v1/strategic-plans/{id}/goal-areas", new { title = "Nytt målområde" }))
            await goal.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var unchanged = await admin.GetItemAsync($"/api/v1/strategic-plans/{id}");
        unchanged.GetProperty("title").GetString().ShouldBe(draft.GetProperty("title").GetString());
        unchanged.GetProperty("goalAreas").GetArrayLength().ShouldBe(3);
        unchanged.GetProperty("version").GetInt32().ShouldBe(adopted.GetProperty("version").GetInt32());

        using (var noNote = await admin.PostJsonAsync($"/api/v1/strategic-plans/{id}/revise", new { version = adopted.GetProperty("version").GetInt32() }))
            await noNote.ShouldBeValidationProblemAsync("changeNote");
        using var revise = await admin.PostJsonAsync($"/api/v1/strategic-plans/{id}/revise", new { changeNote = "Årlig revidering 2030.", version = adopted.GetProperty("version").GetInt32() });
        var revision = await revise.ShouldBeJsonAsync(HttpStatusCode.Created);
        revision.GetProperty("revision").GetInt32().ShouldBe(2);
        revision.GetProperty("previousVersionId").GetInt32().ShouldBe(id);
        revision.GetProperty("changeNote").GetString().ShouldBe("Årlig revidering 2030.");
        revision.GetProperty("status").GetString().ShouldBe("draft");
        revision.GetProperty("goalAreas").GetArrayLength().ShouldBe(3);
        revise.Headers.Location!.ToString().ShouldBe($"/api/v1/strategic-plans/{revision.GetProperty("id").GetInt32()}");

        // The revision is edited as a draft; the adopted version stays in force until the revision is adopted.
        using (var addGoal = await admin.PostJsonAsync($"/api/v1/strategic-plans/{revision.GetProperty("id").GetInt32()}/goal-areas", new { title = "Digitalisering", description = "Nytt 2030." }))
            (await addGoal.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("order").GetInt32().ShouldBe(4);
        revision = await admin.GetItemAsync($"/api/v1/strategic-plans/{revision.GetProperty("id").GetInt32()}");
        (await admin.GetItemAsync($"/api/v1/strategic-plans/{id}")).GetProperty("status").GetString().ShouldBe("adopted");
        revision = await StrategyScene.AdvanceAsync(admin, revision, "propose");
        revision = await StrategyScene.AdvanceAsync(admin, revision, "adopt", new { adoptedOn = "2030-11-20", decidedBy = "PSS", version = revision.GetProperty("version").GetInt32() });

        var old = await admin.GetItemAsync($"/api/v1/strategic-plans/{id}");
        old.GetProperty("status").GetString().ShouldBe("superseded");
        old.GetProperty("history").EnumerateArray().Select(v => v.GetProperty("revision").GetInt32()).ShouldBe([1, 2]);
        revision.GetProperty("history").EnumerateArray().Select(v => v.GetProperty("status").GetString()).ShouldBe(["superseded", "adopted"]);

        var audited = await factory.InDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == "StrategicPlan" && e.EntityId == id.ToString(CultureInfo.InvariantCulture)).OrderBy(e => e.Id).ToListAsync());
        audited.Count.ShouldBe(4, "created, proposed, adopted, superseded");
        audited.ShouldAllBe(e => e.UserName == Demo.Admin);
        audited.Last().Changes.ShouldContain("Superseded");
    }

    [Fact]
    public async Task A_stale_edit_of_a_draft_is_refused_with_409_and_nothing_changes()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var draft = await StrategyScene.CreateDraftAsync(admin);
        var id = draft.GetProperty("id").GetInt32();
        var steering = draft.GetProperty("steeringGroupId").GetInt32();
        var version = draft.GetProperty("version").GetInt32();

        using (var missing = await admin.PutJsonAsync($"/api/v1/strategic-plans/{id}", StrategyScene.PlanBody(steering, "Utan version")))
            await missing.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        using (var first = await admin.PutJsonAsync($"/api/v1/strategic-plans/{id}", Merge(StrategyScene.PlanBody(steering, "Första ändringen"), version)))
            (await first.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32().ShouldBe(version + 1);
        using (var stale = await admin.PutJsonAsync($"/api/v1/strategic-plans/{id}", Merge(StrategyScene.PlanBody(steering, "Gammal ändring"), version)))
            await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var stored = await admin.GetItemAsync($"/api/v1/strategic-plans/{id}");
        stored.GetProperty("title").GetString().ShouldBe("Första ändringen");
        stored.GetProperty("goalAreas").GetArrayLength().ShouldBe(3);
    }

    [Theory]
    [InlineData("title", "")]
    [InlineData("endYear", "2020")]
    [InlineData("guidingPrinciples", Demo.TestIdentityNumber)]
    [InlineData("goalAreas[0].title", "")]
    public async Task Bad_plan_input_is_refused_naming_the_field_and_nothing_is_created(string field, string value)
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var steering = (await admin.CreateGroupAsync(level: "steering")).GetProperty("id").GetInt32();
        var title = Unique.Name("Felaktig plan");
        var body = Merge(StrategyScene.PlanBody(steering, title), null);
        switch (field)
        {
            case "title": body["title"] = value; title = value; break;
            case "endYear": body["endYear"] = int.Parse(value, CultureInfo.InvariantCulture); break;
            case "guidingPrinciples": body["guidingPrinciples"] = new[] { $"Patient {value}" }; break;
            default: body["goalAreas"] = new[] { new { title = value } }; break;
        }
        using var response = await admin.PostJsonAsync("/api/v1/strategic-plans", body);
        await response.ShouldBeValidationProblemAsync(field);
        (await CountPlansAsync(title)).ShouldBe(0);
    }

    [Fact]
    public async Task Only_the_steering_groups_convener_or_an_administrator_drafts_and_changes_the_plan()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var draft = await StrategyScene.CreateDraftAsync(admin);
        using var member = await factory.SignedInAsync(Demo.Member);
        var title = Unique.Name("Ledamotens plan");

        using (var create = await member.PostJsonAsync("/api/v1/strategic-plans", StrategyScene.PlanBody(draft.GetProperty("steeringGroupId").GetInt32(), title)))
            await create.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using (var propose = await member.PostJsonAsync($"/api/v1/strategic-plans/{draft.GetProperty("id").GetInt32()}/propose", new { version = draft.GetProperty("version").GetInt32() }))
            await propose.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await CountPlansAsync(title)).ShouldBe(0);
        (await admin.GetItemAsync($"/api/v1/strategic-plans/{draft.GetProperty("id").GetInt32()}")).GetProperty("status").GetString().ShouldBe("draft");
        using var anonymous = factory.Anonymous();
        using var list = await anonymous.GetAsync("/api/v1/strategic-plans");
        await list.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static Dictionary<string, object?> Merge(object body, int? version)
    {
        var json = JsonSerializer.SerializeToElement(body);
        var result = json.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        result["version"] = version;
        return result;
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class StrategicPlanApiOnSqlite(SqliteFactory factory) : StrategicPlanApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class StrategicPlanApiOnPostgres(PostgresFactory factory) : StrategicPlanApiTests(factory);
