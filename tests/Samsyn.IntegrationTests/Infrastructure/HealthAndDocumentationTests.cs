namespace Samsyn.IntegrationTests.Infrastructure;

public abstract class HealthAndDocumentationTests(SamsynFactory factory)
{
    [Theory]
    [InlineData("/healthz/live")]
    [InlineData("/healthz")]
    public async Task Health_endpoints_answer_200_without_login(string url)
    {
        using var client = factory.Anonymous();
        using var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task OpenApi_document_describes_the_groups_api()
    {
        using var client = factory.Anonymous();
        using var response = await client.GetAsync("/openapi/v1.json");
        var document = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        var paths = document.GetProperty("paths");
        paths.TryGetProperty("/api/v1/groups", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/groups/{id}", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/auth/login", out _).ShouldBeTrue();
        document.GetProperty("info").GetProperty("title").GetString().ShouldBe("Samsyn API");
    }

    [Fact]
    public async Task Api_documentation_page_is_reachable_without_login()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/api-dokumentation");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<title>Samsyn API</title>");
        html.ShouldContain("\"url\":\"openapi/v1.json\"", Case.Sensitive, "the page loads the OpenAPI document from the site root");

        using var script = await client.GetAsync("/api-dokumentation/scalar.js");
        script.StatusCode.ShouldBe(HttpStatusCode.OK, "the page's script is served without login too");
    }

    [Fact]
    public async Task Unknown_api_route_gives_404_problem()
    {
        using var client = await factory.SignedInAsync(Demo.Member);
        using var response = await client.GetAsync("/api/v1/finns-inte");
        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class HealthAndDocumentationOnSqlite(SqliteFactory factory) : HealthAndDocumentationTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class HealthAndDocumentationOnPostgres(PostgresFactory factory) : HealthAndDocumentationTests(factory);
