namespace Samsyn.IntegrationTests.Features.Structure;

/// <summary>The shape of the lists that API clients rely on, read from the demo data.</summary>
public abstract class ListContractTests(SamsynFactory factory)
{
    [Theory]
    [InlineData("/api/v1/areas")]
    [InlineData("/api/v1/principals")]
    [InlineData("/api/v1/organisations")]
    [InlineData("/api/v1/groups")]
    [InlineData("/api/v1/people")]
    public async Task List_answers_items_and_totalCount_with_id_and_name(string url)
    {
        using var client = await factory.SignedInAsync(Demo.Member);
        var page = await client.GetItemAsync(url);

        var items = page.GetProperty("items").EnumerateArray().ToArray();
        items.ShouldNotBeEmpty();
        page.GetProperty("totalCount").GetInt32().ShouldBeGreaterThanOrEqualTo(items.Length);
        foreach (var item in items)
        {
            item.GetProperty("id").GetInt32().ShouldBeGreaterThan(0);
            item.GetProperty("name").GetString().ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public async Task Demo_has_both_collaboration_areas()
    {
        using var client = await factory.SignedInAsync(Demo.Member);
        var names = (await client.ListAsync("/api/v1/areas")).Select(a => a.GetProperty("name").GetString()).ToArray();
        names.ShouldContain(Demo.Simba);
        names.ShouldContain(Demo.Skaraborg);
    }

    [Fact]
    public async Task Groups_carry_level_parent_and_area()
    {
        using var client = await factory.SignedInAsync(Demo.Member);
        var groups = await client.ListAsync("/api/v1/groups");
        foreach (var group in groups)
        {
            group.GetProperty("level").ValueKind.ShouldBe(JsonValueKind.String);
            group.GetProperty("areaId").GetInt32().ShouldBeGreaterThan(0);
            group.TryGetProperty("parentId", out _).ShouldBeTrue(group.ToString());
        }

        var management = groups.Single(g => g.GetProperty("name").GetString() == Demo.ManagementGroup);
        var coordination = groups.Single(g => g.GetProperty("name").GetString() == Demo.CoordinationGroup);
        management.GetProperty("level").GetString().ShouldBe("management");
        management.GetProperty("parentId").GetInt32().ShouldBe(coordination.GetProperty("id").GetInt32());
        management.GetProperty("areaId").GetInt32().ShouldBe(await client.IdByNameAsync("/api/v1/areas", Demo.Simba));
        groups.Single(g => g.GetProperty("name").GetString() == "Politisk samrådsgrupp").GetProperty("parentId").ValueKind
            .ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Organisations_carry_their_principal()
    {
        using var client = await factory.SignedInAsync(Demo.Member);
        var principals = (await client.ListAsync("/api/v1/principals")).Select(p => p.GetProperty("id").GetInt32()).ToHashSet();
        var organisations = await client.ListAsync("/api/v1/organisations");
        foreach (var organisation in organisations)
            principals.ShouldContain(organisation.GetProperty("principalId").GetInt32());

        var hospital = organisations.Single(o => o.GetProperty("name").GetString() == "Kungälvs sjukhus");
        hospital.GetProperty("principalName").GetString().ShouldBe("Västra Götalandsregionen");
    }

    [Fact]
    public async Task Members_of_the_management_group_have_person_organisation_role_and_substitutes()
    {
        using var client = await factory.SignedInAsync(Demo.Member);
        var groupId = await client.IdByNameAsync("/api/v1/groups", Demo.ManagementGroup);

        var members = await client.ListAsync($"/api/v1/groups/{groupId}/members");

        members.Length.ShouldBeGreaterThanOrEqualTo(7);
        foreach (var member in members)
        {
            member.GetProperty("personName").GetString().ShouldNotBeNullOrWhiteSpace();
            member.GetProperty("role").GetString().ShouldBeOneOf("member", "chair", "convener", "secretary");
            member.TryGetProperty("organisationName", out _).ShouldBeTrue();
        }
        var seats = members.Where(m => m.GetProperty("organisationName").ValueKind == JsonValueKind.String).ToArray();
        seats.Length.ShouldBe(6);
        foreach (var seat in seats)
        {
            var substitutes = seat.GetProperty("substitutes").EnumerateArray().ToArray();
            substitutes.ShouldNotBeEmpty($"{seat.GetProperty("personName")} has a named substitute");
            substitutes[0].GetProperty("name").GetString().ShouldNotBeNullOrWhiteSpace();
        }
        members.ShouldContain(m => m.GetProperty("role").GetString() == "convener" && m.GetProperty("personName").GetString() == "Helena Fiktiva");
        seats.ShouldContain(m => m.GetProperty("role").GetString() == "chair" && m.GetProperty("organisationName").GetString() == "Kungälvs sjukhus");
    }

    [Fact]
    public async Task Paging_returns_the_requested_slice()
    {
        using var client = await factory.SignedInAsync(Demo.Member);
        var all = await client.ListAsync("/api/v1/principals");
        all.Length.ShouldBeGreaterThan(4);

        var first = await client.GetItemAsync("/api/v1/principals?page=1&pageSize=2");
        var second = await client.GetItemAsync("/api/v1/principals?page=2&pageSize=2");

        first.GetProperty("totalCount").GetInt32().ShouldBe(all.Length);
        first.GetProperty("page").GetInt32().ShouldBe(1);
        first.GetProperty("pageSize").GetInt32().ShouldBe(2);
        Ids(first).ShouldBe(all.Take(2).Select(i => i.GetProperty("id").GetInt32()));
        Ids(second).ShouldBe(all.Skip(2).Take(2).Select(i => i.GetProperty("id").GetInt32()));

        var beyond = await client.GetItemAsync($"/api/v1/principals?page={all.Length + 1}&pageSize=1");
        beyond.GetProperty("items").GetArrayLength().ShouldBe(0);
        beyond.GetProperty("totalCount").GetInt32().ShouldBe(all.Length);

        static int[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())];
    }

    [Theory]
    [InlineData("/api/v1/groups?page=0", "page")]
    [InlineData("/api/v1/groups?page=-1", "page")]
    [InlineData("/api/v1/groups?pageSize=0", "pageSize")]
    [InlineData("/api/v1/areas?pageSize=501", "pageSize")]
    [InlineData("/api/v1/people?pageSize=100000", "pageSize")]
    public async Task Paging_out_of_range_gives_400_naming_the_argument(string url, string field)
    {
        using var client = await factory.SignedInAsync(Demo.Member);
        using var response = await client.GetAsync(url);
        await response.ShouldBeValidationProblemAsync(field);
    }

    [Fact]
    public async Task Members_of_an_unknown_group_give_404_problem()
    {
        using var client = await factory.SignedInAsync(Demo.Member);
        using var response = await client.GetAsync("/api/v1/groups/987654/members");
        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class ListContractOnSqlite(SqliteFactory factory) : ListContractTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class ListContractOnPostgres(PostgresFactory factory) : ListContractTests(factory);
