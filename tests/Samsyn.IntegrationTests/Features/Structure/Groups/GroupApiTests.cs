using System.Net.Http.Headers;

namespace Samsyn.IntegrationTests.Features.Structure.Groups;

/// <summary>Create, update with versions, retire and reinstate a group over HTTP.</summary>
public abstract class GroupApiTests(SamsynFactory factory)
{
    [Fact]
    public async Task Create_returns_201_with_a_Location_that_gets_the_group()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var areaId = await admin.IdByNameAsync("/api/v1/areas", Demo.Simba);
        var parentId = await admin.IdByNameAsync("/api/v1/groups", Demo.ManagementGroup);
        var name = Unique.Name("Närområdesgrupp");

        using var response = await admin.PostJsonAsync("/api/v1/groups", new { name, level = "collaboration", areaId, parentId, mandate = "Lokal samverkan." });

        var created = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        response.Headers.Location.ShouldNotBeNull();
        var fetched = await admin.GetItemAsync(response.Headers.Location.ToString());
        fetched.GetProperty("id").GetInt32().ShouldBe(created.GetProperty("id").GetInt32());
        fetched.GetProperty("name").GetString().ShouldBe(name);
        fetched.GetProperty("level").GetString().ShouldBe("collaboration");
        fetched.GetProperty("parentId").GetInt32().ShouldBe(parentId);
        fetched.GetProperty("areaName").GetString().ShouldBe(Demo.Simba);
        fetched.GetProperty("version").GetInt32().ShouldBe(1);
        fetched.GetProperty("retired").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Update_with_the_current_version_raises_it_and_sets_the_ETag()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var group = await admin.CreateGroupAsync();
        var id = group.GetProperty("id").GetInt32();
        var name = Unique.Name("Omdöpt grupp");

        using var response = await admin.PutJsonAsync($"/api/v1/groups/{id}", StructureApi.GroupInput(group, g => g["name"] = name));

        var updated = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        updated.GetProperty("name").GetString().ShouldBe(name);
        updated.GetProperty("version").GetInt32().ShouldBe(2);
        response.Headers.ETag.ShouldNotBeNull().Tag.ShouldBe("\"2\"");
        (await admin.GetItemAsync($"/api/v1/groups/{id}")).GetProperty("name").GetString().ShouldBe(name);
    }

    [Fact]
    public async Task Get_sends_the_version_as_ETag()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var id = (await admin.CreateGroupAsync()).GetProperty("id").GetInt32();
        using var response = await admin.GetAsync($"/api/v1/groups/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.ETag.ShouldNotBeNull().Tag.ShouldBe("\"1\"");
    }

    [Fact]
    public async Task Update_with_a_stale_version_gives_409_problem_and_changes_nothing()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var group = await admin.CreateGroupAsync();
        var id = group.GetProperty("id").GetInt32();
        var firstName = Unique.Name("Första ändringen");
        using (var first = await admin.PutJsonAsync($"/api/v1/groups/{id}", StructureApi.GroupInput(group, g => g["name"] = firstName)))
            first.StatusCode.ShouldBe(HttpStatusCode.OK);

        // A second editor still holds version 1.
        using var stale = await admin.PutJsonAsync($"/api/v1/groups/{id}", StructureApi.GroupInput(group, g => g["name"] = Unique.Name("Sen ändring")));

        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var stored = await admin.GetItemAsync($"/api/v1/groups/{id}");
        stored.GetProperty("name").GetString().ShouldBe(firstName);
        stored.GetProperty("version").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task If_Match_header_stands_in_for_the_version_field()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var group = await admin.CreateGroupAsync();
        var id = group.GetProperty("id").GetInt32();
        var input = StructureApi.GroupInput(group, g => g["mandate"] = "Ändrat med If-Match.");
        input.Remove("version");

        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/groups/{id}") { Content = System.Net.Http.Json.JsonContent.Create(input) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        using var response = await admin.SendAsync(request);

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32().ShouldBe(2);
        response.Headers.ETag.ShouldNotBeNull().Tag.ShouldBe("\"2\"");
    }

    [Fact]
    public async Task Stale_If_Match_header_gives_409()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var group = await admin.CreateGroupAsync();
        var id = group.GetProperty("id").GetInt32();
        var input = StructureApi.GroupInput(group, g => g["mandate"] = "Ska inte sparas.");
        input.Remove("version");

        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/groups/{id}") { Content = System.Net.Http.Json.JsonContent.Create(input) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"7\""));
        using var response = await admin.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await admin.GetItemAsync($"/api/v1/groups/{id}")).GetProperty("mandate").GetString().ShouldBe(group.GetProperty("mandate").GetString());
    }

    [Fact]
    public async Task Update_without_a_version_gives_428_and_changes_nothing()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var group = await admin.CreateGroupAsync();
        var id = group.GetProperty("id").GetInt32();
        var input = StructureApi.GroupInput(group, g => g["mandate"] = "Utan version.");
        input.Remove("version");

        using var response = await admin.PutJsonAsync($"/api/v1/groups/{id}", input);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        (await admin.GetItemAsync($"/api/v1/groups/{id}")).GetProperty("version").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Retire_and_reinstate_change_the_state_and_the_version()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var group = await admin.CreateGroupAsync();
        var id = group.GetProperty("id").GetInt32();

        using (var retire = await admin.PostJsonAsync($"/api/v1/groups/{id}/retire", new { version = 1 }))
        {
            retire.StatusCode.ShouldBe(HttpStatusCode.NoContent);
            retire.Headers.ETag.ShouldNotBeNull().Tag.ShouldBe("\"2\"");
        }
        var retired = await admin.GetItemAsync($"/api/v1/groups/{id}");
        retired.GetProperty("retired").GetBoolean().ShouldBeTrue();
        (await admin.ListAsync("/api/v1/groups")).ShouldNotContain(g => g.GetProperty("id").GetInt32() == id, "retired groups leave the list");
        (await admin.ListAsync("/api/v1/groups?includeRetired=true")).ShouldContain(g => g.GetProperty("id").GetInt32() == id);

        using (var reinstate = await admin.PostJsonAsync($"/api/v1/groups/{id}/reinstate", new { version = 2 }))
            reinstate.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var active = await admin.GetItemAsync($"/api/v1/groups/{id}");
        active.GetProperty("retired").GetBoolean().ShouldBeFalse();
        active.GetProperty("version").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task Retiring_twice_gives_409_problem()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var id = (await admin.CreateGroupAsync()).GetProperty("id").GetInt32();
        using (var first = await admin.PostJsonAsync($"/api/v1/groups/{id}/retire", new { version = 1 }))
            first.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var second = await admin.PostJsonAsync($"/api/v1/groups/{id}/retire", new { version = 2 });

        await second.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await admin.GetItemAsync($"/api/v1/groups/{id}")).GetProperty("version").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Retire_with_a_stale_version_gives_409_and_keeps_the_group_active()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var group = await admin.CreateGroupAsync();
        var id = group.GetProperty("id").GetInt32();
        using (var update = await admin.PutJsonAsync($"/api/v1/groups/{id}", StructureApi.GroupInput(group, g => g["mandate"] = "Ny text.")))
            update.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var retire = await admin.PostJsonAsync($"/api/v1/groups/{id}/retire", new { version = 1 });

        await retire.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await admin.GetItemAsync($"/api/v1/groups/{id}")).GetProperty("retired").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Retire_without_a_version_gives_428()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var id = (await admin.CreateGroupAsync()).GetProperty("id").GetInt32();
        using var response = await admin.PostJsonAsync($"/api/v1/groups/{id}/retire", new { });
        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
    }

    [Theory]
    [InlineData("GET", "/api/v1/groups/987654")]
    [InlineData("PUT", "/api/v1/groups/987654")]
    [InlineData("POST", "/api/v1/groups/987654/retire")]
    [InlineData("GET", "/api/v1/areas/987654")]
    [InlineData("GET", "/api/v1/people/987654")]
    [InlineData("GET", "/api/v1/organisations/987654")]
    public async Task Unknown_id_gives_404_problem(string method, string url)
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var areaId = await admin.IdByNameAsync("/api/v1/areas", Demo.Simba);
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method != "GET")
            request.Content = System.Net.Http.Json.JsonContent.Create(new { name = "Finns inte", level = "collaboration", areaId, version = 1 });

        using var response = await admin.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class GroupApiOnSqlite(SqliteFactory factory) : GroupApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class GroupApiOnPostgres(PostgresFactory factory) : GroupApiTests(factory);
