namespace Samsyn.IntegrationTests.Features.Audit;

/// <summary>Every change is in the audit trail with who made it and the fields before and after.</summary>
public abstract class AuditApiTests(SamsynFactory factory)
{
    private static async Task<JsonElement[]> TrailAsync(HttpClient admin, int groupId) =>
        await admin.ListAsync($"/api/v1/audit?entityType=Group&entityId={groupId}");

    [Fact]
    public async Task Created_group_is_in_the_trail_with_the_user_and_its_fields()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var group = await admin.CreateGroupAsync();
        var id = group.GetProperty("id").GetInt32();

        var trail = await TrailAsync(admin, id);

        var entry = trail.ShouldHaveSingleItem();
        entry.GetProperty("action").GetString().ShouldBe("created");
        entry.GetProperty("userName").GetString().ShouldBe(Demo.Admin);
        entry.GetProperty("userId").GetString().ShouldNotBeNullOrWhiteSpace();
        entry.GetProperty("entityType").GetString().ShouldBe("Group");
        entry.GetProperty("entityId").GetString().ShouldBe(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var name = entry.GetProperty("changes").GetProperty("Name");
        name.GetProperty("before").ValueKind.ShouldBe(JsonValueKind.Null);
        name.GetProperty("after").GetString().ShouldBe(group.GetProperty("name").GetString());
        entry.GetProperty("changes").GetProperty("Id").GetProperty("after").GetInt32().ShouldBe(id, "the audit keeps the id the database assigned");
    }

    [Fact]
    public async Task Update_is_in_the_trail_with_before_and_after_of_the_changed_fields_only()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var group = await admin.CreateGroupAsync();
        var id = group.GetProperty("id").GetInt32();
        var newName = Unique.Name("Nytt namn");
        using (var update = await admin.PutJsonAsync($"/api/v1/groups/{id}", StructureApi.GroupInput(group, g => g["name"] = newName)))
            update.StatusCode.ShouldBe(HttpStatusCode.OK);

        var trail = await TrailAsync(admin, id);

        trail.Length.ShouldBe(2);
        var latest = trail[0];
        latest.GetProperty("action").GetString().ShouldBe("updated", "newest first");
        latest.GetProperty("userName").GetString().ShouldBe(Demo.Admin);
        var changes = latest.GetProperty("changes");
        changes.GetProperty("Name").GetProperty("before").GetString().ShouldBe(group.GetProperty("name").GetString());
        changes.GetProperty("Name").GetProperty("after").GetString().ShouldBe(newName);
        changes.GetProperty("Version").GetProperty("before").GetInt32().ShouldBe(1);
        changes.GetProperty("Version").GetProperty("after").GetInt32().ShouldBe(2);
        changes.TryGetProperty("Mandate", out _).ShouldBeFalse("unchanged fields are left out");
    }

    [Fact]
    public async Task Convener_change_is_recorded_under_the_conveners_name()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var group = await convener.FindByNameAsync("/api/v1/groups", "Närområdesgrupp Tjörn");
        var id = group.GetProperty("id").GetInt32();
        var mandate = $"Lokal samverkansgrupp för Tjörn ({Unique.Letters()}).";
        using (var update = await convener.PutJsonAsync($"/api/v1/groups/{id}", StructureApi.GroupInput(group, g => g["mandate"] = mandate)))
            update.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var admin = await factory.SignedInAsync(Demo.Admin);
        var latest = (await TrailAsync(admin, id))[0];
        latest.GetProperty("userName").GetString().ShouldBe(Demo.Convener);
        latest.GetProperty("changes").GetProperty("Mandate").GetProperty("after").GetString().ShouldBe(mandate);
    }

    [Fact]
    public async Task Refused_change_leaves_no_trail()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var group = await admin.CreateGroupAsync();
        var id = group.GetProperty("id").GetInt32();
        using (var refused = await admin.PutJsonAsync($"/api/v1/groups/{id}", StructureApi.GroupInput(group, g => { g["name"] = ""; })))
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await TrailAsync(admin, id)).Length.ShouldBe(1);
    }

    [Fact]
    public async Task Member_gets_403_from_the_audit_trail()
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        using var response = await member.GetAsync("/api/v1/audit?entityType=Group");
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Convener_gets_403_from_the_audit_trail()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        using var response = await convener.GetAsync("/api/v1/audit");
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class AuditApiOnSqlite(SqliteFactory factory) : AuditApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class AuditApiOnPostgres(PostgresFactory factory) : AuditApiTests(factory);
