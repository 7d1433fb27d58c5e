using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;

namespace Samsyn.Web.Features.Notifications;

public sealed record PreferenceView(NotificationKind Kind, string Area, string Label, string Description, DeliveryChannel Channel);

public sealed record NotificationPreferencesView(IReadOnlyList<PreferenceView> Preferences, int Version);

public sealed record PreferenceInput(NotificationKind? Kind, DeliveryChannel? Channel);

/// <summary>The kinds to change (others keep their channel) and the version the client saw.</summary>
public sealed record NotificationPreferencesInput(IReadOnlyList<PreferenceInput>? Preferences, int? Version);

/// <summary>The signed-in person's choice of channel per kind of notification.</summary>
public static class NotificationPreferencesApi
{
    public static RouteGroupBuilder MapNotificationPreferencesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications/preferences").WithTags("Notiser");
        group.MapGet("/", Get).WithName("GetNotificationPreferences")
            .WithSummary("Hur jag vill få varje slags notis: immediately (e-post direkt), dailyDigest (daglig sammanfattning) eller inAppOnly (bara i Samsyn)");
        group.MapPut("/", Update).WithName("UpdateNotificationPreferences")
            .WithSummary("Ändra kanal för ett eller flera slag av notiser; slag som inte anges behåller sin kanal");
        return api;
    }

    /// <summary>The person's settings, or new (unsaved) ones where every kind is emailed immediately.</summary>
    public static async Task<NotificationSettings> LoadOrDefaultAsync(AppDbContext db, int personId, CancellationToken ct) =>
        await db.NotificationSettings.FirstOrDefaultAsync(s => s.PersonId == personId, ct) ?? new NotificationSettings { PersonId = personId };

    public static NotificationPreferencesView View(NotificationSettings settings) => new(
        [.. NotificationKinds.All.Select(k => new PreferenceView(k.Kind, k.Area, k.Label, k.Description, settings.ChannelFor(k.Kind)))],
        settings.Version);

    /// <summary>Saves the choices, refusing a stale version (a first save expects none).</summary>
    public static async Task SaveAsync(AppDbContext db, NotificationSettings settings, int? version, IEnumerable<(NotificationKind, DeliveryChannel)> choices, CancellationToken ct)
    {
        if (settings.Id == 0)
        {
            if (version is > 0) throw new ConcurrencyConflictException("The preferences were removed or never saved.");
            db.NotificationSettings.Add(settings);
        }
        else if (version is int v) db.ExpectVersion(settings, v);
        settings.Choose(choices);
        await db.SaveChangesAsync(ct);
    }

    private static async Task<Results<Ok<NotificationPreferencesView>, ProblemHttpResult>> Get(AppDbContext db, CurrentUser user, HttpContext http, CancellationToken ct)
    {
        if (user.PersonId is not int personId) return NoPerson();
        var settings = await LoadOrDefaultAsync(db, personId, ct);
        http.SetETag(settings.Version);
        return TypedResults.Ok(View(settings));
    }

    private static async Task<Results<Ok<NotificationPreferencesView>, ValidationProblem, ProblemHttpResult>> Update(
        NotificationPreferencesInput input, AppDbContext db, CurrentUser user, HttpContext http, CancellationToken ct)
    {
        if (user.PersonId is not int personId) return NoPerson();
        var preferences = input.Preferences ?? [];
        var errors = new Dictionary<string, string[]>();
        if (preferences.Count == 0) errors["preferences"] = ["Ange minst ett slag av notis och dess kanal."];
        for (var i = 0; i < preferences.Count; i++)
        {
            if (preferences[i] is null)
            {
                errors[$"preferences[{i}]"] = ["Ange slag av notis och kanal, till exempel {\"kind\": \"meetingTomorrow\", \"channel\": \"dailyDigest\"}."];
                continue;
            }
            if (preferences[i].Kind is null) errors[$"preferences[{i}].kind"] = ["Ange vilket slag av notis."];
            if (preferences[i].Channel is null) errors[$"preferences[{i}].channel"] = ["Ange kanal: immediately, dailyDigest eller inAppOnly."];
        }
        if (preferences.Where(p => p?.Kind is not null).GroupBy(p => p.Kind).Any(g => g.Count() > 1))
            errors["preferences"] = ["Samma slag av notis finns med mer än en gång."];
        if (errors.Count > 0) return ApiProblems.Validation(errors);

        var settings = await LoadOrDefaultAsync(db, personId, ct);
        var version = http.ClientVersion(input.Version);
        if (settings.Id != 0 && version is null) return ApiProblems.PreconditionRequired();
        await SaveAsync(db, settings, version, preferences.Select(p => (p.Kind!.Value, p.Channel!.Value)), ct);
        http.SetETag(settings.Version);
        return TypedResults.Ok(View(settings));
    }

    internal static ProblemHttpResult NoPerson() => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
        title: "Kontot är inte kopplat till någon person", detail: "Notiser och kalender gäller personer. Be en administratör koppla kontot till en person.");
}
