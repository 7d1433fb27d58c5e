namespace Samsyn.IntegrationTests.Infrastructure;

/// <summary>Plans meetings and reads them through the API, as a client would.</summary>
public static class MeetingsApi
{
    public const string Ale = "Ale kommun – vård och omsorg";
    public const string Tjorn = "Tjörns kommun – vård och omsorg";
    public const string Hospital = "Kungälvs sjukhus";

    /// <summary>Central European Time, the offset of Stockholm in winter.</summary>
    public static readonly TimeSpan Winter = TimeSpan.FromHours(1);

    /// <summary>Central European Summer Time.</summary>
    public static readonly TimeSpan Summer = TimeSpan.FromHours(2);

    public static Task<int> ManagementGroupIdAsync(this HttpClient client) => client.IdByNameAsync("/api/v1/groups", Demo.ManagementGroup);

    public static Task<HttpResponseMessage> PostMeetingAsync(this HttpClient client, int groupId, DateTimeOffset startsAt, int minutes = 60, string? title = null) =>
        client.PostJsonAsync("/api/v1/meetings", new { groupId, startsAt, endsAt = startsAt.AddMinutes(minutes), title = title ?? Unique.Name("Möte") });

    /// <summary>Creates a meeting and returns its details (<c>meeting</c>, <c>agenda</c>, <c>agendaFits</c>, …).</summary>
    public static async Task<JsonElement> CreateMeetingAsync(this HttpClient client, int groupId, DateTimeOffset startsAt, int minutes = 60, string? title = null)
    {
        using var response = await client.PostMeetingAsync(groupId, startsAt, minutes, title);
        return await response.ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    /// <summary>Creates a meeting in Ledningsgrupp i samverkan and returns its id.</summary>
    public static async Task<int> CreateManagementMeetingAsync(this HttpClient convener, DateTimeOffset startsAt, int minutes = 60)
    {
        var groupId = await convener.ManagementGroupIdAsync();
        return MeetingId(await convener.CreateMeetingAsync(groupId, startsAt, minutes));
    }

    public static int MeetingId(JsonElement details) => details.GetProperty("meeting").GetProperty("id").GetInt32();

    public static Task<JsonElement> GetMeetingAsync(this HttpClient client, int id) => client.GetItemAsync($"/api/v1/meetings/{id}");

    public static JsonElement[] Agenda(JsonElement details) => [.. details.GetProperty("agenda").EnumerateArray()];

    public static Task<HttpResponseMessage> PostAgendaItemAsync(this HttpClient client, int meetingId, string title, string kind = "information", int minutes = 10) =>
        client.PostJsonAsync($"/api/v1/meetings/{meetingId}/agenda-items", new { title, kind, durationMinutes = minutes });

    public static async Task<JsonElement> AddAgendaItemAsync(this HttpClient client, int meetingId, string? title = null, string kind = "information", int minutes = 10)
    {
        using var response = await client.PostAgendaItemAsync(meetingId, title ?? Unique.Name("Punkt"), kind, minutes);
        return await response.ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    /// <summary>The body of an agenda item's PUT: its current fields and version, with <paramref name="change"/> applied.</summary>
    public static Dictionary<string, object?> AgendaItemInput(JsonElement item, Action<Dictionary<string, object?>>? change = null)
    {
        var input = new Dictionary<string, object?>
        {
            ["title"] = item.GetProperty("title").GetString(),
            ["kind"] = item.GetProperty("kind").GetString(),
            ["durationMinutes"] = item.GetProperty("durationMinutes").GetInt32(),
            ["version"] = item.GetProperty("version").GetInt32(),
        };
        change?.Invoke(input);
        return input;
    }

    public static async Task<JsonElement[]> SeatsAsync(this HttpClient client, int meetingId)
    {
        using var response = await client.GetAsync($"/api/v1/meetings/{meetingId}/attendance");
        return [.. (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).EnumerateArray()];
    }

    public static JsonElement SeatOf(IEnumerable<JsonElement> seats, string organisation) =>
        seats.Single(s => s.GetProperty("organisationName").GetString() == organisation);

    /// <summary>The person id of the first named substitute of a seat.</summary>
    public static int SubstituteOf(JsonElement seat) => seat.GetProperty("substitutes")[0].GetProperty("personId").GetInt32();

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
