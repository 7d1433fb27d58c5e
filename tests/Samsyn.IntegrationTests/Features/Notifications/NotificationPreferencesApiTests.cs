using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samsyn.Web.Features.Accounts;

namespace Samsyn.IntegrationTests.Features.Notifications;

/// <summary>
/// Each person chooses per kind of notification how its email arrives. Every test has a person of
/// its own, as the choices are one record per person.
/// </summary>
public abstract class NotificationPreferencesApiTests(SamsynFactory factory)
{
    private const string Url = "/api/v1/notifications/preferences";

    /// <summary>Every kind the preference page offers, in its order.</summary>
    private static readonly string[] Kinds =
    [
        "agendaPublished", "meetingRescheduled", "meetingCancelled", "substituteRequested", "agendaItemProposed", "agendaItemDecided",
        "minutesApproved", "helpRequested", "meetingTomorrow", "agendaDeadline", "absenceWithoutSubstitute", "actionItemDue", "deviationAnswerDue",
        "exemptionEnding", "reportBackDue", "documentRevisionDue", "bulletinPublished", "bulletinUnacknowledged",
    ];

    private static async Task<(JsonElement Body, string? ETag)> GetAsync(HttpClient client)
    {
        using var response = await client.GetAsync(Url);
        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        return (body, response.Headers.ETag?.Tag);
    }

    private static Dictionary<string, string> Channels(JsonElement view) =>
        view.GetProperty("preferences").EnumerateArray()
            .ToDictionary(p => p.GetProperty("kind").GetString()!, p => p.GetProperty("channel").GetString()!);

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, Url) { Content = System.Net.Http.Json.JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        return client.SendAsync(request);
    }

    private static object Choice(string kind, string channel) => new { kind, channel };

    /// <summary>A person of the test's own, signed in, whose first choice (agendaPublished by daily digest) is saved at version 1.</summary>
    private async Task<HttpClient> SignedInWithSavedChoiceAsync()
    {
        var person = await factory.NewPersonWithAccountAsync();
        var client = await factory.SignedInAsync(person.Email);
        using var first = await PutAsync(client, new { preferences = new[] { Choice("agendaPublished", "dailyDigest") }, version = 0 });
        (await first.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32().ShouldBe(1);
        return client;
    }

    [Fact]
    public async Task Defaults_are_email_immediately_for_every_kind_at_version_0()
    {
        var person = await factory.NewPersonWithAccountAsync();
        using var client = await factory.SignedInAsync(person.Email);

        var (view, etag) = await GetAsync(client);

        view.GetProperty("version").GetInt32().ShouldBe(0);
        etag.ShouldBe("\"0\"");
        view.GetProperty("preferences").EnumerateArray().Select(p => p.GetProperty("kind").GetString()).ShouldBe(Kinds);
        Channels(view).Values.ShouldAllBe(c => c == "immediately");
        var reminder = view.GetProperty("preferences").EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "meetingTomorrow");
        reminder.GetProperty("area").GetString().ShouldBe("Påminnelser");
        reminder.GetProperty("label").GetString().ShouldBe("Möte snart");
        (await factory.InDatabaseAsync(db => db.NotificationSettings.CountAsync(s => s.PersonId == person.PersonId)))
            .ShouldBe(0, "reading the defaults stores nothing");
    }

    [Fact]
    public async Task Changing_one_kind_keeps_the_channels_of_the_others()
    {
        var person = await factory.NewPersonWithAccountAsync();
        using var client = await factory.SignedInAsync(person.Email);

        // The first save needs no version: there is nothing to be stale against.
        using (var first = await PutAsync(client, new { preferences = new[] { Choice("agendaPublished", "dailyDigest"), Choice("minutesApproved", "inAppOnly") } }))
        {
            var saved = await first.ShouldBeJsonAsync(HttpStatusCode.OK);
            saved.GetProperty("version").GetInt32().ShouldBe(1);
            first.Headers.ETag!.Tag.ShouldBe("\"1\"");
        }

        using (var second = await PutAsync(client, new { preferences = new[] { Choice("agendaPublished", "inAppOnly") } }, ifMatch: "\"1\""))
        {
            var saved = await second.ShouldBeJsonAsync(HttpStatusCode.OK);
            saved.GetProperty("version").GetInt32().ShouldBe(2);
            second.Headers.ETag!.Tag.ShouldBe("\"2\"");
        }

        var (view, etag) = await GetAsync(client);
        etag.ShouldBe("\"2\"");
        var channels = Channels(view);
        channels["agendaPublished"].ShouldBe("inAppOnly");
        channels["minutesApproved"].ShouldBe("inAppOnly", "a kind left out of the change keeps its channel");
        channels.Where(c => c.Key is not ("agendaPublished" or "minutesApproved")).ShouldAllBe(c => c.Value == "immediately");
    }

    [Fact]
    public async Task Stale_version_gives_409_and_changes_nothing()
    {
        using var client = await SignedInWithSavedChoiceAsync();
        using (var second = await PutAsync(client, new { preferences = new[] { Choice("meetingCancelled", "inAppOnly") }, version = 1 }))
            (await second.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32().ShouldBe(2);

        using var stale = await PutAsync(client, new { preferences = new[] { Choice("agendaPublished", "immediately") }, version = 1 });

        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var (view, _) = await GetAsync(client);
        view.GetProperty("version").GetInt32().ShouldBe(2);
        Channels(view)["agendaPublished"].ShouldBe("dailyDigest");
        Channels(view)["meetingCancelled"].ShouldBe("inAppOnly");
    }

    [Fact]
    public async Task Stale_if_match_gives_409_even_with_a_current_version_in_the_body()
    {
        using var client = await SignedInWithSavedChoiceAsync();

        using var stale = await PutAsync(client, new { preferences = new[] { Choice("agendaPublished", "inAppOnly") }, version = 1 }, ifMatch: "\"0\"");

        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var (view, _) = await GetAsync(client);
        view.GetProperty("version").GetInt32().ShouldBe(1);
        Channels(view)["agendaPublished"].ShouldBe("dailyDigest");
    }

    [Fact]
    public async Task Updating_saved_choices_without_a_version_gives_428()
    {
        using var client = await SignedInWithSavedChoiceAsync();

        using var response = await PutAsync(client, new { preferences = new[] { Choice("agendaPublished", "inAppOnly") } });

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        var (view, _) = await GetAsync(client);
        view.GetProperty("version").GetInt32().ShouldBe(1);
        Channels(view)["agendaPublished"].ShouldBe("dailyDigest");
    }

    [Fact]
    public async Task Unknown_channel_gives_400_naming_the_field()
    {
        using var client = await SignedInWithSavedChoiceAsync();

        using var response = await client.SendRawJsonAsync(HttpMethod.Put, Url,
            """{"preferences":[{"kind":"agendaPublished","channel":"carrierPigeon"}],"version":1}""");

        await response.ShouldBeValidationProblemAsync("preferences[0].channel");
        Channels((await GetAsync(client)).Body)["agendaPublished"].ShouldBe("dailyDigest");
    }

    [Fact]
    public async Task Missing_channel_gives_400_naming_the_field()
    {
        using var client = await SignedInWithSavedChoiceAsync();

        using var response = await client.SendRawJsonAsync(HttpMethod.Put, Url,
            """{"preferences":[{"kind":"meetingCancelled","channel":"inAppOnly"},{"kind":"agendaPublished"}],"version":1}""");

        (await response.ShouldBeValidationProblemAsync("preferences[1].channel")).ShouldBe(["Ange kanal: immediately, dailyDigest eller inAppOnly."]);
        var (view, _) = await GetAsync(client);
        view.GetProperty("version").GetInt32().ShouldBe(1);
        Channels(view)["meetingCancelled"].ShouldBe("immediately", "nothing of a refused request is saved");
    }

    [Fact]
    public async Task The_same_kind_twice_gives_400()
    {
        using var client = await SignedInWithSavedChoiceAsync();

        using var response = await PutAsync(client, new
        {
            preferences = new[] { Choice("meetingTomorrow", "inAppOnly"), Choice("meetingTomorrow", "dailyDigest") },
            version = 1,
        });

        (await response.ShouldBeValidationProblemAsync("preferences")).ShouldBe(["Samma slag av notis finns med mer än en gång."]);
        var (view, _) = await GetAsync(client);
        view.GetProperty("version").GetInt32().ShouldBe(1);
        Channels(view)["meetingTomorrow"].ShouldBe("immediately");
    }

    [Fact]
    public async Task An_empty_list_gives_400()
    {
        using var client = await SignedInWithSavedChoiceAsync();

        using var response = await PutAsync(client, new { preferences = Array.Empty<object>(), version = 1 });

        (await response.ShouldBeValidationProblemAsync("preferences")).ShouldBe(["Ange minst ett slag av notis och dess kanal."]);
        (await GetAsync(client)).Body.GetProperty("version").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_change_is_in_the_audit_trail_under_the_persons_account()
    {
        var person = await factory.NewPersonWithAccountAsync();
        using var client = await factory.SignedInAsync(person.Email);
        using (var first = await PutAsync(client, new { preferences = new[] { Choice("agendaPublished", "dailyDigest") } }))
            first.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var second = await PutAsync(client, new { preferences = new[] { Choice("minutesApproved", "inAppOnly") } }, ifMatch: "\"1\""))
            second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var settingsId = await factory.InDatabaseAsync(db => db.NotificationSettings.Where(s => s.PersonId == person.PersonId).Select(s => s.Id).SingleAsync());
        using var admin = await factory.SignedInAsync(Demo.Admin);

        var trail = await admin.ListAsync($"/api/v1/audit?entityType=NotificationSettings&entityId={settingsId}");

        trail.Length.ShouldBe(2);
        trail.ShouldAllBe(e => e.GetProperty("userName").GetString() == person.Email);
        var created = trail[1];
        created.GetProperty("action").GetString().ShouldBe("created");
        created.GetProperty("changes").GetProperty("PersonId").GetProperty("after").GetInt32().ShouldBe(person.PersonId);
        created.GetProperty("changes").GetProperty("Channels").GetProperty("after").GetProperty("AgendaPublished").GetString().ShouldBe("DailyDigest");
        var updated = trail[0];
        updated.GetProperty("action").GetString().ShouldBe("updated");
        var channels = updated.GetProperty("changes").GetProperty("Channels");
        channels.GetProperty("before").EnumerateObject().Select(p => $"{p.Name}={p.Value.GetString()}").ShouldBe(["AgendaPublished=DailyDigest"]);
        channels.GetProperty("after").EnumerateObject().Select(p => $"{p.Name}={p.Value.GetString()}")
            .ShouldBe(["AgendaPublished=DailyDigest", "MinutesApproved=InAppOnly"], ignoreOrder: true);
        updated.GetProperty("changes").GetProperty("Version").GetProperty("after").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Without_signing_in_gives_401()
    {
        using var anonymous = factory.Anonymous();

        using (var get = await anonymous.GetAsync(Url))
            get.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using (var put = await PutAsync(anonymous, new { preferences = new[] { Choice("agendaPublished", "inAppOnly") }, version = 0 }))
            put.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_account_without_a_person_gets_403()
    {
        var email = $"{Unique.Letters()}@utan-person.example";
        await factory.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
            (await users.CreateAsync(user, SamsynFactory.DemoPassword)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, Roles.Member)).Succeeded.ShouldBeTrue();
            return user.Id;
        });
        using var client = await factory.SignedInAsync(email);

        using (var get = await client.GetAsync(Url))
            (await get.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("title").GetString().ShouldBe("Kontot är inte kopplat till någon person");
        using (var put = await PutAsync(client, new { preferences = new[] { Choice("agendaPublished", "inAppOnly") } }))
            await put.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class NotificationPreferencesApiOnSqlite(SqliteFactory factory) : NotificationPreferencesApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class NotificationPreferencesApiOnPostgres(PostgresFactory factory) : NotificationPreferencesApiTests(factory);
