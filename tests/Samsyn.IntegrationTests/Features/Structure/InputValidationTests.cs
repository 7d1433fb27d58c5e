namespace Samsyn.IntegrationTests.Features.Structure;

/// <summary>Bad input gets a 400 naming the camelCase field in Swedish, stores nothing, and is never a 500.</summary>
public abstract class InputValidationTests(SamsynFactory factory)
{
    [Fact]
    public async Task Missing_name_gives_400_with_a_Swedish_message_on_name()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var areaId = await admin.IdByNameAsync("/api/v1/areas", Demo.Simba);

        using var response = await admin.PostJsonAsync("/api/v1/groups", new { level = "collaboration", areaId });

        (await response.ShouldBeValidationProblemAsync("name")).ShouldBe(["Namn måste anges."]);
    }

    [Fact]
    public async Task Every_missing_field_is_reported_at_once_in_camelCase()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        using var response = await admin.PostJsonAsync("/api/v1/organisations", new { });
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToArray();
        fields.ShouldBe(["name", "kind", "principalId", "areaId"], ignoreOrder: true);
        problem.GetProperty("errors").GetProperty("principalId")[0].GetString().ShouldBe("Välj huvudman.");
    }

    [Fact]
    public async Task Personal_identity_number_in_a_group_name_is_refused_and_nothing_is_stored()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var areaId = await admin.IdByNameAsync("/api/v1/areas", Demo.Simba);
        var name = $"Uppföljning {Demo.TestIdentityNumber}";

        using var response = await admin.PostJsonAsync("/api/v1/groups", new { name, level = "collaboration", areaId });

        (await response.ShouldBeValidationProblemAsync("name")).Single().ShouldContain("personnummer");
        (await factory.CountGroupsNamedAsync(name)).ShouldBe(0);
    }

    [Fact]
    public async Task Personal_identity_number_in_a_mandate_is_refused_on_update_and_nothing_is_changed()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var group = await admin.CreateGroupAsync();
        var id = group.GetProperty("id").GetInt32();

        using var response = await admin.PutJsonAsync($"/api/v1/groups/{id}",
            StructureApi.GroupInput(group, g => g["mandate"] = $"Ärendet gäller 19{Demo.TestIdentityNumber}, se journalen."));

        (await response.ShouldBeValidationProblemAsync("mandate")).Single().ShouldContain("personnummer");
        var stored = await admin.GetItemAsync($"/api/v1/groups/{id}");
        stored.GetProperty("mandate").GetString().ShouldBe(group.GetProperty("mandate").GetString());
        stored.GetProperty("version").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Personal_identity_number_in_a_persons_title_is_refused()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var email = $"{Unique.Letters()}@test.example";
        using var response = await admin.PostJsonAsync("/api/v1/people", new { name = "Test Testsson", email, title = $"Patient {Demo.TestIdentityNumber}" });
        (await response.ShouldBeValidationProblemAsync("title")).Single().ShouldContain("personnummer");
        (await admin.ListAsync($"/api/v1/people?search={email}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Phone_numbers_and_dates_in_free_text_are_accepted()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var group = await admin.CreateGroupAsync();
        const string mandate = "Möte 2021-12-03. Frågor till 031-123 45 67 eller +46 70 123 45 67, ärende AVV-2024-0042.";
        using var response = await admin.PutJsonAsync($"/api/v1/groups/{group.GetProperty("id").GetInt32()}",
            StructureApi.GroupInput(group, g => g["mandate"] = mandate));
        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("mandate").GetString().ShouldBe(mandate);
    }

    [Theory]
    [InlineData("{\"name\": \"Trasig")]
    [InlineData("inte json alls")]
    [InlineData("[1, 2, 3]")]
    public async Task Malformed_json_gives_400_problem(string body)
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        using var response = await admin.SendRawJsonAsync(HttpMethod.Post, "/api/v1/groups", body);
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_enum_value_gives_400_naming_the_field()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var areaId = await admin.IdByNameAsync("/api/v1/areas", Demo.Simba);
        var name = Unique.Name("Okänd nivå");

        using var response = await admin.SendRawJsonAsync(HttpMethod.Post, "/api/v1/groups",
            $"{{\"name\":\"{name}\",\"level\":\"bogus\",\"areaId\":{areaId}}}");

        await response.ShouldBeValidationProblemAsync("level");
        (await factory.CountGroupsNamedAsync(name)).ShouldBe(0);
    }

    [Fact]
    public async Task Number_for_an_enum_gives_400_naming_the_field()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var areaId = await admin.IdByNameAsync("/api/v1/areas", Demo.Simba);
        using var response = await admin.SendRawJsonAsync(HttpMethod.Post, "/api/v1/groups",
            $"{{\"name\":\"{Unique.Name("Siffernivå")}\",\"level\":3,\"areaId\":{areaId}}}");
        await response.ShouldBeValidationProblemAsync("level");
    }

    [Fact]
    public async Task Text_for_a_number_gives_400_naming_the_field()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        using var response = await admin.SendRawJsonAsync(HttpMethod.Post, "/api/v1/groups",
            $"{{\"name\":\"{Unique.Name("Textområde")}\",\"level\":\"collaboration\",\"areaId\":\"SIMBA\"}}");
        await response.ShouldBeValidationProblemAsync("areaId");
    }

    [Fact]
    public async Task Group_placed_under_its_own_descendant_gives_400_on_parentId()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var top = await admin.CreateGroupAsync(Unique.Name("Överst"));
        var middle = await admin.CreateGroupAsync(Unique.Name("Mitten"), parentId: top.GetProperty("id").GetInt32());
        var bottom = await admin.CreateGroupAsync(Unique.Name("Underst"), parentId: middle.GetProperty("id").GetInt32());
        var topId = top.GetProperty("id").GetInt32();

        using var response = await admin.PutJsonAsync($"/api/v1/groups/{topId}",
            StructureApi.GroupInput(top, g => g["parentId"] = bottom.GetProperty("id").GetInt32()));

        (await response.ShouldBeValidationProblemAsync("parentId")).Single().ShouldContain("cirkel");
        (await admin.GetItemAsync($"/api/v1/groups/{topId}")).GetProperty("parentId").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Group_as_its_own_parent_gives_400_on_parentId()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var group = await admin.CreateGroupAsync();
        var id = group.GetProperty("id").GetInt32();
        using var response = await admin.PutJsonAsync($"/api/v1/groups/{id}", StructureApi.GroupInput(group, g => g["parentId"] = id));
        await response.ShouldBeValidationProblemAsync("parentId");
    }

    [Fact]
    public async Task Parent_at_a_lower_level_gives_400_on_parentId()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var local = await admin.IdByNameAsync("/api/v1/groups", "Närområdesgrupp Ale");
        var areaId = await admin.IdByNameAsync("/api/v1/areas", Demo.Simba);
        using var response = await admin.PostJsonAsync("/api/v1/groups", new { name = Unique.Name("Styrgrupp"), level = "steering", areaId, parentId = local });
        await response.ShouldBeValidationProblemAsync("parentId");
    }

    [Fact]
    public async Task Duplicate_group_name_in_the_area_gives_400_on_name()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var areaId = await admin.IdByNameAsync("/api/v1/areas", Demo.Simba);
        using var response = await admin.PostJsonAsync("/api/v1/groups", new { name = Demo.ManagementGroup, level = "management", areaId });
        await response.ShouldBeValidationProblemAsync("name");
        (await factory.CountGroupsNamedAsync(Demo.ManagementGroup)).ShouldBe(1);
    }

    [Fact]
    public async Task Member_as_their_own_substitute_gives_400_on_substituteIds()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var groupId = (await admin.CreateGroupAsync()).GetProperty("id").GetInt32();
        var personId = (await admin.ListAsync("/api/v1/people?search=ersattare")).Single().GetProperty("id").GetInt32();

        using var response = await admin.PostJsonAsync($"/api/v1/groups/{groupId}/members",
            new { personId, role = "member", substituteIds = new[] { personId } });

        await response.ShouldBeValidationProblemAsync("substituteIds");
        (await admin.ListAsync($"/api/v1/groups/{groupId}/members")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Null_substitute_list_means_no_substitutes_rather_than_a_server_error()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var groupId = (await admin.CreateGroupAsync()).GetProperty("id").GetInt32();
        var personId = (await admin.ListAsync("/api/v1/people?search=ersattare")).Single().GetProperty("id").GetInt32();

        using var response = await admin.SendRawJsonAsync(HttpMethod.Post, $"/api/v1/groups/{groupId}/members",
            $"{{\"personId\":{personId},\"role\":\"member\",\"substituteIds\":null}}");

        var member = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        member.GetProperty("substitutes").GetArrayLength().ShouldBe(0);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class InputValidationOnSqlite(SqliteFactory factory) : InputValidationTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class InputValidationOnPostgres(PostgresFactory factory) : InputValidationTests(factory);
