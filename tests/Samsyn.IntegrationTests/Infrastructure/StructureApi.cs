namespace Samsyn.IntegrationTests.Infrastructure;

/// <summary>Reads and builds structure records through the API, as a client would.</summary>
public static class StructureApi
{
    public static async Task<JsonElement[]> ListAsync(this HttpClient client, string url)
    {
        var separator = url.Contains('?') ? '&' : '?';
        using var response = await client.GetAsync($"{url}{separator}pageSize=500");
        var page = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    public static async Task<JsonElement> FindByNameAsync(this HttpClient client, string url, string name)
    {
        var items = await client.ListAsync(url);
        var matches = items.Where(i => i.GetProperty("name").GetString() == name).ToArray();
        matches.Length.ShouldBe(1, $"one item named {name} in {url}");
        return matches[0];
    }

    public static async Task<int> IdByNameAsync(this HttpClient client, string url, string name) =>
        (await client.FindByNameAsync(url, name)).GetProperty("id").GetInt32();

    public static async Task<JsonElement> GetItemAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    /// <summary>The body of a group's PUT: its current fields and version, with <paramref name="change"/> applied.</summary>
    public static Dictionary<string, object?> GroupInput(JsonElement group, Action<Dictionary<string, object?>>? change = null)
    {
        var input = new Dictionary<string, object?>
        {
            ["name"] = group.GetProperty("name").GetString(),
            ["level"] = group.GetProperty("level").GetString(),
            ["areaId"] = group.GetProperty("areaId").GetInt32(),
            ["parentId"] = group.GetProperty("parentId").ValueKind == JsonValueKind.Null ? null : group.GetProperty("parentId").GetInt32(),
            ["mandate"] = group.GetProperty("mandate").GetString(),
            ["version"] = group.GetProperty("version").GetInt32(),
        };
        change?.Invoke(input);
        return input;
    }

    /// <summary>Creates a SIMBA group as the given (administrator) client and returns it.</summary>
    public static async Task<JsonElement> CreateGroupAsync(this HttpClient admin, string? name = null, string level = "collaboration", int? parentId = null)
    {
        var areaId = await admin.IdByNameAsync("/api/v1/areas", Demo.Simba);
        using var response = await admin.PostJsonAsync("/api/v1/groups", new
        {
            name = name ?? Unique.Name("Testgrupp"), level, areaId, parentId, mandate = "Skapad av ett test.",
        });
        return await response.ShouldBeJsonAsync(HttpStatusCode.Created);
    }
}
