using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Accounts.Sso;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Accounts;

public sealed record ExternalLoginItem(string Provider, string ProviderName, string Subject);

/// <summary>How a person signs in: account, HSA-id, SSO only, and the provider logins linked to them.</summary>
public sealed record PersonSignInItem(
    int PersonId, string PersonName, bool HasAccount, bool HasPassword, string? HsaId, bool SsoOnly,
    IReadOnlyList<ExternalLoginItem> Logins, int Version);

public sealed record ProviderItem(string Name, string DisplayName);

public sealed partial class PersonSignInInput
{
    [Display(Name = "HSA-id"), MaxChars(64)]
    public string? HsaId { get; set; }

    [Display(Name = "Bara organisationens inloggning")]
    public bool SsoOnly { get; set; }

    public int? Version { get; set; }

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    public static partial Regex HsaIdPattern();
}

public sealed class ExternalLoginInput
{
    [Display(Name = "Inloggning"), Mandatory, MaxChars(32)]
    public string? Provider { get; set; }

    [Display(Name = "Id hos leverantören"), Mandatory, MaxChars(256)]
    public string? Subject { get; set; }
}

/// <summary>
/// An administrator's view of a person's sign-in (<c>/api/v1/people/{id}/sign-in</c>): HSA-id and SSO only
/// (versioned), and linking and unlinking provider logins. The page /admin/personer/{id}/inloggning does the same.
/// </summary>
public static class PersonSignInApi
{
    public static RouteGroupBuilder MapPersonSignInApi(this RouteGroupBuilder api)
    {
        api.MapGet("/sign-in/providers", Providers).WithTags("Inloggning").WithName("ListSignInProviders")
            .WithSummary("Organisationernas inloggningar (OpenID Connect) som är inställda");
        var group = api.MapGroup("/people/{id:int}/sign-in").WithTags("Inloggning").RequireAuthorization(Roles.Administrator);
        group.MapGet("/", Get).WithName("GetPersonSignIn").WithSummary("Hur en person loggar in (administratör)");
        group.MapPut("/", Update).WithName("UpdatePersonSignIn").WithSummary("Ändra HSA-id och om personen bara får logga in med organisationens inloggning");
        group.MapPost("/logins", Link).WithName("LinkExternalLogin").WithSummary("Koppla en inloggning hos en leverantör till personen");
        group.MapDelete("/logins", Unlink).WithName("UnlinkExternalLogin").WithSummary("Ta bort en kopplad inloggning (?provider=&subject=)");
        return api;
    }

    private static Ok<ProviderItem[]> Providers(OidcProviders providers) =>
        TypedResults.Ok(providers.All.Select(p => new ProviderItem(p.Name, p.DisplayName ?? p.Name)).ToArray());

    public static async Task<PersonSignInItem?> LoadAsync(AppDbContext db, OidcProviders providers, int personId, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Id, p.Name }).FirstOrDefaultAsync(ct);
        if (person is null) return null;
        var settings = await db.Set<SignInSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.PersonId == personId, ct);
        var user = await db.Users.AsNoTracking().Where(u => u.PersonId == personId)
            .Select(u => new { u.Id, HasPassword = u.PasswordHash != null }).FirstOrDefaultAsync(ct);
        var logins = user is null ? [] : await db.UserLogins.AsNoTracking().Where(l => l.UserId == user.Id)
            .OrderBy(l => l.LoginProvider).ThenBy(l => l.ProviderKey)
            .Select(l => new { l.LoginProvider, l.ProviderKey }).ToListAsync(ct);
        return new PersonSignInItem(person.Id, person.Name, user is not null, user?.HasPassword == true, settings?.HsaId, settings?.SsoOnly == true,
            [.. logins.Select(l => new ExternalLoginItem(l.LoginProvider, providers.Find(l.LoginProvider)?.DisplayName ?? l.LoginProvider, l.ProviderKey))],
            settings?.Version ?? 0);
    }

    private static async Task<Results<Ok<PersonSignInItem>, ProblemHttpResult>> Get(int id, AppDbContext db, OidcProviders providers, HttpContext http, CancellationToken ct)
    {
        var item = await LoadAsync(db, providers, id, ct);
        if (item is null) return ApiProblems.NotFound();
        http.SetETag(item.Version);
        return TypedResults.Ok(item);
    }

    /// <summary>Checks and saves HSA-id and SSO only; version 0 means the person has no settings yet.</summary>
    public static async Task<Dictionary<string, string[]>> CheckAsync(PersonSignInInput input, int personId, AppDbContext db, OidcProviders providers, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        var hsaId = SignInSettings.NormaliseHsaId(input.HsaId);
        if (hsaId is not null && !errors.ContainsKey("hsaId"))
        {
            if (!PersonSignInInput.HsaIdPattern().IsMatch(hsaId))
                errors["hsaId"] = ["Ett HSA-id består av bokstäver, siffror och bindestreck, till exempel SE2321000131-P000000123456."];
            else if (await db.Set<SignInSettings>().AnyAsync(s => s.HsaId == hsaId && s.PersonId != personId, ct))
                errors["hsaId"] = ["En annan person har redan det HSA-id:t."];
        }
        if (input.SsoOnly && !providers.Any)
            errors["ssoOnly"] = ["Det finns ingen organisationsinloggning inställd, så personen skulle inte kunna logga in alls."];
        return errors;
    }

    public static async Task SaveAsync(PersonSignInInput input, int personId, int version, AppDbContext db, CancellationToken ct)
    {
        var settings = await db.Set<SignInSettings>().FirstOrDefaultAsync(s => s.PersonId == personId, ct);
        if (settings is null)
        {
            if (version != 0) throw new ConcurrencyConflictException("The sign-in settings were removed.");
            settings = new SignInSettings { PersonId = personId };
            db.Add(settings);
        }
        else
        {
            db.ExpectVersion(settings, version);
        }
        settings.HsaId = SignInSettings.NormaliseHsaId(input.HsaId);
        settings.SsoOnly = input.SsoOnly;
        await db.SaveChangesAsync(ct);
    }

    private static async Task<Results<Ok<PersonSignInItem>, ValidationProblem, ProblemHttpResult>> Update(
        int id, PersonSignInInput input, AppDbContext db, OidcProviders providers, HttpContext http, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == id, ct)) return ApiProblems.NotFound();
        if (await CheckAsync(input, id, db, providers, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        try
        {
            await SaveAsync(input, id, version, db, ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Two first saves of the same person's settings at once: the unique person index refuses the second.
            return ApiProblems.Conflict();
        }
        var item = (await LoadAsync(db, providers, id, ct))!;
        http.SetETag(item.Version);
        return TypedResults.Ok(item);
    }

    /// <summary>Links a provider login to the person, creating the person's account when they have none. Null when done, else the errors.</summary>
    public static async Task<Dictionary<string, string[]>?> LinkAsync(
        ExternalLoginInput input, Person person, AppDbContext db, UserManager<AppUser> users, OidcProviders providers)
    {
        var errors = InputValidation.Validate(input);
        var provider = providers.Find(input.Provider);
        if (provider is null && !errors.ContainsKey("provider"))
            errors["provider"] = [$"Okänd inloggning. Välj bland: {string.Join(", ", providers.All.Select(p => p.Name))}."];
        if (errors.Count > 0) return errors;
        var subject = input.Subject!.Trim();
        if (await users.FindByLoginAsync(provider!.Name, subject) is { } linked)
            return new() { ["subject"] = [linked.PersonId == person.Id
                ? "Inloggningen är redan kopplad till personen."
                : "Inloggningen är redan kopplad till en annan person."] };
        var user = await db.Users.FirstOrDefaultAsync(u => u.PersonId == person.Id) ?? await users.FindByEmailAsync(person.Email);
        if (user is not null && user.PersonId != null && user.PersonId != person.Id)
            return new() { [""] = ["Personens e-postadress hör till ett annat konto. Ändra e-postadressen först."] };
        if (user is null)
        {
            user = new AppUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true, PersonId = person.Id };
            Ensure(await users.CreateAsync(user));
            Ensure(await users.AddToRoleAsync(user, Roles.Member));
        }
        else if (user.PersonId is null)
        {
            user.PersonId = person.Id;
            Ensure(await users.UpdateAsync(user));
        }
        Ensure(await users.AddLoginAsync(user, new UserLoginInfo(provider.Name, subject, provider.DisplayName)));
        return null;
    }

    public static async Task<bool> UnlinkAsync(int personId, string? provider, string? subject, AppDbContext db, UserManager<AppUser> users)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.PersonId == personId);
        if (user is null || provider is null || subject is null) return false;
        var login = await db.UserLogins.AsNoTracking().FirstOrDefaultAsync(l => l.UserId == user.Id && l.LoginProvider == provider && l.ProviderKey == subject);
        if (login is null) return false;
        Ensure(await users.RemoveLoginAsync(user, login.LoginProvider, login.ProviderKey));
        return true;
    }

    private static async Task<Results<Created<PersonSignInItem>, ValidationProblem, ProblemHttpResult>> Link(
        int id, ExternalLoginInput input, AppDbContext db, UserManager<AppUser> users, OidcProviders providers, CancellationToken ct)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return ApiProblems.NotFound();
        if (await LinkAsync(input, person, db, users, providers) is { } errors) return ApiProblems.Validation(errors);
        return TypedResults.Created($"/api/v1/people/{id}/sign-in", (await LoadAsync(db, providers, id, ct))!);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Unlink(
        int id, string? provider, string? subject, AppDbContext db, UserManager<AppUser> users)
    {
        if (!await UnlinkAsync(id, provider, subject, db, users)) return ApiProblems.NotFound("Personen har ingen sådan kopplad inloggning.");
        return TypedResults.NoContent();
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
