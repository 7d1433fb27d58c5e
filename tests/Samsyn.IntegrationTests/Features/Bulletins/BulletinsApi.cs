using System.Globalization;

namespace Samsyn.IntegrationTests.Features.Bulletins;

/// <summary>Sends and reads bulletins through the API, as a client would.</summary>
public static class BulletinsApi
{
    public const string Url = "/api/v1/bulletins";

    /// <summary>A last day a month ahead, so the bulletin is current whatever day the tests run.</summary>
    public static string ValidUntil(int days = 30) =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Task<int> OrganisationIdAsync(this HttpClient client, string name) => client.IdByNameAsync("/api/v1/organisations", name);

    public static Task<int> SimbaIdAsync(this HttpClient client) => client.IdByNameAsync("/api/v1/areas", Demo.Simba);

    public static Task<HttpResponseMessage> PostBulletinAsync(this HttpClient client, object body) => client.PostJsonAsync(Url, body);

    /// <summary>Sends a bulletin to the named organisations and returns it.</summary>
    public static async Task<JsonElement> SendToAsync(this HttpClient sender, params string[] organisations)
    {
        var ids = new List<int>();
        foreach (var name in organisations) ids.Add(await sender.OrganisationIdAsync(name));
        using var response = await sender.PostBulletinAsync(new
        {
            title = Unique.Name("Meddelande"), body = "Information till alla vård- och insatsgivare.", validUntil = ValidUntil(), organisationIds = ids,
        });
        return await response.ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    public static int Id(JsonElement bulletin) => bulletin.GetProperty("id").GetInt32();

    public static Task<JsonElement> GetBulletinAsync(this HttpClient client, int id) => client.GetItemAsync($"{Url}/{id}");

    public static Task<HttpResponseMessage> AcknowledgeAsync(this HttpClient client, int id, int? organisationId = null) =>
        client.PostJsonAsync($"{Url}/{id}/acknowledgements", organisationId is null ? new { } : new { organisationId });

    public static JsonElement[] Recipients(JsonElement bulletin) => [.. bulletin.GetProperty("recipients").EnumerateArray()];

    public static string?[] RecipientNames(JsonElement bulletin) =>
        [.. Recipients(bulletin).Select(r => r.GetProperty("organisationName").GetString()).Order()];

    public static JsonElement RecipientNamed(JsonElement bulletin, string name) =>
        Recipients(bulletin).Single(r => r.GetProperty("organisationName").GetString() == name);

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, int id, string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync($"{Url}/{id}/attachments", form);
    }

    /// <summary>A small but real-looking PDF: the header is what the check reads.</summary>
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
}
