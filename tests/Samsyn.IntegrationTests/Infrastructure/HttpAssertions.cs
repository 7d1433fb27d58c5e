using System.Net.Http.Json;

namespace Samsyn.IntegrationTests.Infrastructure;

public static class HttpAssertions
{
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts the status and a JSON body, and returns the body.</summary>
    public static async Task<JsonElement> ShouldBeJsonAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json", body);
        return await response.ReadJsonAsync();
    }

    /// <summary>Asserts an RFC 9457 problem with the status, and returns it.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", body);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        return problem;
    }

    /// <summary>Asserts a 400 validation problem naming <paramref name="field"/>, and returns that field's messages.</summary>
    public static async Task<string[]> ShouldBeValidationProblemAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.TryGetProperty("errors", out var errors).ShouldBeTrue(problem.ToString());
        errors.TryGetProperty(field, out var messages).ShouldBeTrue($"expected errors.{field} in {errors}");
        var texts = messages.EnumerateArray().Select(m => m.GetString() ?? "").ToArray();
        texts.ShouldNotBeEmpty();
        return texts;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body);

    /// <summary>DELETE with the version the client saw in <c>If-Match</c> (none when null).</summary>
    public static Task<HttpResponseMessage> DeleteWithVersionAsync(this HttpClient client, string url, int? version)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, url);
        if (version is int v) request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{v}\""));
        return client.SendAsync(request);
    }

    /// <summary>Sends <paramref name="body"/> exactly as written, for malformed or unusual JSON.</summary>
    public static Task<HttpResponseMessage> SendRawJsonAsync(this HttpClient client, HttpMethod method, string url, string body)
    {
        var request = new HttpRequestMessage(method, url)
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        return client.SendAsync(request);
    }
}
