using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Samsyn.IntegrationTests.Infrastructure.Security;

/// <summary>
/// Walks the whole API route table as each kind of caller: without a login every route answers 401
/// (except the few marked anonymous: login, feeds with their own token), and no route, for any
/// caller, answers with a redirect or a server error — whatever is sent to it.
/// </summary>
public abstract partial class RouteTableAuthorizationTests(SamsynFactory factory)
{
    public sealed record ApiRoute(string Method, string Pattern, bool Anonymous);

    private List<ApiRoute> Routes()
    {
        var sources = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        return [.. sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m =>
                new ApiRoute(m, e.RoutePattern.RawText!, e.Metadata.GetMetadata<IAllowAnonymous>() is not null)))
            .DistinctBy(r => (r.Method, r.Pattern))
            .OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"\{(?<name>[^}:?]+)(?<constraint>:[^}?]+)?\??\}")]
    private static partial Regex Parameter();

    /// <summary>A concrete address for a pattern: ids that exist in the demo data (1) or not, and plausible values for the rest.</summary>
    private static string Url(string pattern, bool existing) => Parameter().Replace(pattern, m =>
        m.Groups["name"].Value.Equals("month", StringComparison.OrdinalIgnoreCase) ? "2031-01"
        : m.Groups["constraint"].Value.Contains("int", StringComparison.Ordinal) || m.Groups["constraint"].Value.Contains("long", StringComparison.Ordinal) ? (existing ? "1" : "987654")
        : "x");

    private static HttpRequestMessage Request(ApiRoute route, bool existing = false)
    {
        var request = new HttpRequestMessage(new HttpMethod(route.Method), Url(route.Pattern, existing));
        if (route.Method is "POST" or "PUT" or "PATCH")
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        return request;
    }

    [Fact]
    public void The_route_table_is_walked_at_all()
    {
        var routes = Routes();
        routes.Count.ShouldBeGreaterThan(50);
        routes.ShouldContain(r => r.Pattern == "/api/v1/auth/login" && r.Anonymous);
    }

    [Fact]
    public async Task Without_a_login_every_route_answers_401_except_those_marked_anonymous()
    {
        using var client = factory.Anonymous();
        var wrong = new List<string>();
        foreach (var route in Routes())
        {
            using var request = Request(route);
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            // An anonymous route answers on its own terms (400, 401 for a bad feed token …), never with a server error.
            var ok = route.Anonymous ? status < 500 : status == 401;
            if (!ok) wrong.Add($"{route.Method} {route.Pattern} → {status}");
        }
        wrong.ShouldBeEmpty();
    }

    /// <summary>Each role, with ids that exist (an empty body to every write) and ids that do not.</summary>
    [Theory]
    [InlineData(Demo.Member, false)]
    [InlineData(Demo.Member, true)]
    [InlineData(Demo.Substitute, true)]
    [InlineData(Demo.Convener, false)]
    [InlineData(Demo.Convener, true)]
    [InlineData(Demo.Admin, false)]
    [InlineData(Demo.Admin, true)]
    public async Task Signed_in_no_route_answers_with_a_redirect_or_a_server_error(string email, bool existing)
    {
        using var client = await factory.SignedInAsync(email);
        var wrong = new List<string>();
        foreach (var route in Routes().Where(r => r.Pattern != "/api/v1/auth/login"))
        {
            using var request = Request(route, existing);
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            if (status >= 500 || status is >= 300 and < 400)
                wrong.Add($"{route.Method} {route.Pattern} → {status}: {Truncate(await response.Content.ReadAsStringAsync())}");
        }
        wrong.ShouldBeEmpty();
    }

    /// <summary>
    /// Every body the OpenAPI document describes, sent by an administrator to existing ids with every property null, and
    /// with each property alone of the wrong JSON type or extreme (5,000 characters, a number past int, an array of null):
    /// a 4xx or a success, never a 5xx or a redirect.
    /// </summary>
    [Fact]
    public async Task Bodies_of_the_wrong_shape_get_a_4xx_on_every_write_route()
    {
        using var client = await factory.SignedInAsync(Demo.Admin);
        using var documentResponse = await client.GetAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await documentResponse.Content.ReadAsStringAsync());
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var wrong = new List<string>();
        var sent = 0;
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            if (path.Name == "/api/v1/auth/login") continue;
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (!operation.Value.TryGetProperty("requestBody", out var body)
                    || !body.GetProperty("content").TryGetProperty("application/json", out var json)) continue;
                var properties = Resolve(json.GetProperty("schema"), schemas).TryGetProperty("properties", out var p) ? p : default;
                if (properties.ValueKind != JsonValueKind.Object) continue;
                // All null at once, then one property at a time of the wrong type or extreme (the others left out, so that
                // the body still binds and the one bad value reaches the handler).
                var bodies = new List<(string Label, System.Text.Json.Nodes.JsonObject Content)>
                {
                    ("all null", new System.Text.Json.Nodes.JsonObject(properties.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, (System.Text.Json.Nodes.JsonNode?)null)))),
                };
                foreach (var property in properties.EnumerateObject())
                    foreach (var variant in new[] { BodyVariant.WrongTypes, BodyVariant.Extremes })
                        bodies.Add(($"{property.Name} {variant}", new System.Text.Json.Nodes.JsonObject { [property.Name] = Value(Resolve(property.Value, schemas), variant) }));
                foreach (var (label, content) in bodies)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), Url(path.Name, existing: true))
                    {
                        Content = new StringContent(content.ToJsonString(), Encoding.UTF8, "application/json"),
                    };
                    using var response = await client.SendAsync(request);
                    sent++;
                    var status = (int)response.StatusCode;
                    if (status >= 500 || status is >= 300 and < 400)
                        wrong.Add($"{operation.Name.ToUpperInvariant()} {path.Name} ({label}) → {status}: {Truncate(await response.Content.ReadAsStringAsync())}");
                }
            }
        }
        sent.ShouldBeGreaterThan(500, "the OpenAPI document describes the write routes' bodies");
        wrong.ShouldBeEmpty();
    }

    /// <summary>Every query parameter the OpenAPI document names, alone, as text, negative, past int, an impossible date and 5,000 characters.</summary>
    [Fact]
    public async Task Query_parameters_of_the_wrong_shape_get_a_4xx_on_every_route()
    {
        using var client = await factory.SignedInAsync(Demo.Admin);
        using var documentResponse = await client.GetAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await documentResponse.Content.ReadAsStringAsync());
        string[] values = ["x", "-1", "99999999999", "2026-02-30", "2026-13", new string('Ö', 5000)];
        var wrong = new List<string>();
        var sent = 0;
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name == "get"))
            {
                if (!operation.Value.TryGetProperty("parameters", out var parameters)) continue;
                foreach (var parameter in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query"))
                {
                    foreach (var value in values)
                    {
                        var url = $"{Url(path.Name, existing: true)}?{parameter.GetProperty("name").GetString()}={Uri.EscapeDataString(value)}";
                        using var response = await client.GetAsync(url);
                        sent++;
                        var status = (int)response.StatusCode;
                        if (status >= 500 || status is >= 300 and < 400)
                            wrong.Add($"GET {url[..Math.Min(url.Length, 120)]} → {status}: {Truncate(await response.Content.ReadAsStringAsync())}");
                    }
                }
            }
        }
        sent.ShouldBeGreaterThan(100, "the OpenAPI document describes the query parameters");
        wrong.ShouldBeEmpty();
    }

    private enum BodyVariant { WrongTypes, Extremes }

    private static JsonElement Resolve(JsonElement schema, JsonElement schemas) =>
        schema.TryGetProperty("$ref", out var reference) ? schemas.GetProperty(reference.GetString()!.Split('/')[^1]) : schema;

    private static IReadOnlyList<string> Types(JsonElement schema) => !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)] : [type.GetString()!];

    private static System.Text.Json.Nodes.JsonNode? Value(JsonElement schema, BodyVariant variant)
    {
        var types = Types(schema);
        var isEnum = schema.TryGetProperty("enum", out _);
        return variant switch
        {
            BodyVariant.WrongTypes when types.Contains("array") => "x",
            BodyVariant.WrongTypes when types.Contains("integer") || types.Contains("number") || types.Contains("boolean") => System.Text.Json.Nodes.JsonValue.Create("x"),
            BodyVariant.WrongTypes when isEnum => "ingen-sådan",
            BodyVariant.WrongTypes when types.Contains("string") => 12345,
            BodyVariant.WrongTypes => "x",
            BodyVariant.Extremes when types.Contains("array") => new System.Text.Json.Nodes.JsonArray(null, null),
            BodyVariant.Extremes when types.Contains("integer") => 2147483648L,
            BodyVariant.Extremes when types.Contains("number") => 1e300,
            BodyVariant.Extremes when types.Contains("boolean") => null,
            _ => new string('Ö', 5000),
        };
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300];
}

// Databases of their own: empty writes to every route with real ids change the demo data other tests read.
public sealed class RouteTableAuthorizationOnSqlite(SqliteFactory factory) : RouteTableAuthorizationTests(factory), IClassFixture<SqliteFactory>;

public sealed class RouteTableAuthorizationOnPostgres(PostgresFactory factory) : RouteTableAuthorizationTests(factory), IClassFixture<PostgresFactory>;
