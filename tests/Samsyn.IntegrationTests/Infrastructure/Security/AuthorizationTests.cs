namespace Samsyn.IntegrationTests.Infrastructure.Security;

/// <summary>Who may do what over the API: 401 without a token, 403 without the right, never a redirect.</summary>
public abstract class AuthorizationTests(SamsynFactory factory)
{
    [Theory]
    [InlineData("/api/v1/groups")]
    [InlineData("/api/v1/areas")]
    [InlineData("/api/v1/audit")]
    [InlineData("/api/v1/auth/me")]
    public async Task Api_without_token_gives_401_problem_and_never_a_redirect(string url)
    {
        using var client = factory.Anonymous();
        using var response = await client.GetAsync(url);
        response.Headers.Location.ShouldBeNull();
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Api_with_an_invalid_token_gives_401_problem()
    {
        using var client = factory.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "inte-en-token");
        using var response = await client.GetAsync("/api/v1/groups");
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Write_without_token_gives_401_and_stores_nothing()
    {
        var name = Unique.Name("Anonymt område");
        using var client = factory.Anonymous();
        using var response = await client.PostJsonAsync("/api/v1/areas", new { name, shortName = "Anon" });
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        using var admin = await factory.SignedInAsync(Demo.Admin);
        (await admin.ListAsync("/api/v1/areas")).ShouldNotContain(a => a.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task Member_doing_an_administrator_action_gets_403_problem_and_nothing_is_stored()
    {
        var name = Unique.Name("Ledamotens område");
        using var member = await factory.SignedInAsync(Demo.Member);
        using var response = await member.PostJsonAsync("/api/v1/areas", new { name, shortName = "Led" });
        (await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("title").GetString()
            .ShouldBe("Du har inte behörighet att göra detta.");
        (await member.ListAsync("/api/v1/areas")).ShouldNotContain(a => a.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task Member_may_not_read_the_audit_trail()
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        using var response = await member.GetAsync("/api/v1/audit");
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Administrator_may_create_an_area()
    {
        var name = Unique.Name("Administratörens område");
        using var admin = await factory.SignedInAsync(Demo.Admin);
        using var response = await admin.PostJsonAsync("/api/v1/areas", new { name, shortName = "Adm" });
        (await response.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("name").GetString().ShouldBe(name);
    }

    [Fact]
    public async Task Member_may_not_edit_a_group_they_sit_in()
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        var group = await member.FindByNameAsync("/api/v1/groups", Demo.ManagementGroup);
        using var response = await member.PutJsonAsync($"/api/v1/groups/{group.GetProperty("id").GetInt32()}",
            StructureApi.GroupInput(group, g => g["mandate"] = "Ändrat av en ledamot."));
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await member.GetItemAsync($"/api/v1/groups/{group.GetProperty("id").GetInt32()}")).GetProperty("mandate").GetString()
            .ShouldBe(group.GetProperty("mandate").GetString());
    }

    [Fact]
    public async Task Convener_may_edit_their_own_group()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var group = await convener.FindByNameAsync("/api/v1/groups", Demo.ManagementGroup);
        var id = group.GetProperty("id").GetInt32();
        var mandate = $"{group.GetProperty("mandate").GetString()} Uppdaterat av processledaren ({Unique.Letters()}).";

        using var response = await convener.PutJsonAsync($"/api/v1/groups/{id}", StructureApi.GroupInput(group, g => g["mandate"] = mandate));

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("mandate").GetString().ShouldBe(mandate);
        (await convener.GetItemAsync($"/api/v1/groups/{id}")).GetProperty("mandate").GetString().ShouldBe(mandate);
    }

    [Fact]
    public async Task Convener_may_edit_the_members_of_their_own_group()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.IdByNameAsync("/api/v1/groups", Demo.ManagementGroup);
        var seat = (await convener.ListAsync($"/api/v1/groups/{groupId}/members"))
            .First(m => m.GetProperty("substitutes").GetArrayLength() > 0);
        var seatId = seat.GetProperty("id").GetInt32();

        using var response = await convener.PutJsonAsync($"/api/v1/groups/{groupId}/members/{seatId}", new
        {
            personId = seat.GetProperty("personId").GetInt32(),
            organisationId = seat.GetProperty("organisationId").GetInt32(),
            role = seat.GetProperty("role").GetString(),
            substituteIds = seat.GetProperty("substitutes").EnumerateArray().Select(s => s.GetProperty("personId").GetInt32()).ToArray(),
            version = seat.GetProperty("version").GetInt32(),
        });

        var updated = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        updated.GetProperty("version").GetInt32().ShouldBeGreaterThan(seat.GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData(Demo.CoordinationGroup)]        // the convener is only its secretary
    [InlineData(Demo.SkaraborgSteeringGroup)]   // another area altogether
    public async Task Convener_may_not_edit_another_group(string groupName)
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var group = await convener.FindByNameAsync("/api/v1/groups", groupName);
        var id = group.GetProperty("id").GetInt32();

        using var response = await convener.PutJsonAsync($"/api/v1/groups/{id}", StructureApi.GroupInput(group, g => g["mandate"] = "Kapat uppdrag."));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await convener.GetItemAsync($"/api/v1/groups/{id}")).GetProperty("version").GetInt32().ShouldBe(group.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Convener_may_not_add_members_to_another_group()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.IdByNameAsync("/api/v1/groups", Demo.CoordinationGroup);
        var personId = (await convener.ListAsync("/api/v1/people?search=ersattare")).First().GetProperty("id").GetInt32();

        using var response = await convener.PostJsonAsync($"/api/v1/groups/{groupId}/members", new { personId, role = "member" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Convener_may_not_create_groups()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var areaId = await convener.IdByNameAsync("/api/v1/areas", Demo.Simba);
        using var response = await convener.PostJsonAsync("/api/v1/groups", new { name = Unique.Name("Egen grupp"), level = "collaboration", areaId });
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class AuthorizationOnSqlite(SqliteFactory factory) : AuthorizationTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class AuthorizationOnPostgres(PostgresFactory factory) : AuthorizationTests(factory);
