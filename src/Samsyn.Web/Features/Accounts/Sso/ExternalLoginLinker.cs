using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Accounts.Sso;

/// <summary>Who the provider says signed in, read with the provider's claim names.</summary>
public sealed record ExternalIdentity(string Subject, string? Email, bool EmailVerified, string? Name, string? HsaId, IReadOnlyList<string> Groups)
{
    public static ExternalIdentity? From(ClaimsPrincipal principal, OidcProviderOptions provider)
    {
        var claims = provider.Claims;
        var subject = principal.FindFirstValue(claims.Subject);
        if (string.IsNullOrWhiteSpace(subject)) return null;
        var email = principal.FindFirstValue(claims.Email)?.Trim().ToLowerInvariant();
        var verified = provider.TrustEmail
            || string.Equals(principal.FindFirstValue(claims.EmailVerified), "true", StringComparison.OrdinalIgnoreCase);
        return new ExternalIdentity(
            subject.Trim(),
            string.IsNullOrEmpty(email) ? null : email,
            verified && !string.IsNullOrEmpty(email),
            principal.FindFirstValue(claims.Name),
            claims.HsaId is string hsa ? SignInSettings.NormaliseHsaId(principal.FindFirstValue(hsa)) : null,
            claims.Groups is string groups ? [.. principal.FindAll(groups).Select(c => c.Value)] : []);
    }
}

public enum LinkOutcome
{
    /// <summary>Signed in through an existing link or one made now.</summary>
    SignedIn,

    /// <summary>No Samsyn person has the HSA-id or the verified email, and no link exists.</summary>
    UnknownPerson,

    /// <summary>The person has been retired (avslutad) in Samsyn.</summary>
    RetiredPerson,

    /// <summary>The account is locked or may not sign in.</summary>
    AccountBlocked,

    /// <summary>The person's email belongs to another account than the person's own: an administrator must sort it out.</summary>
    AccountConflict,
}

/// <summary>
/// Matches a provider login to a Samsyn person and account: first the stored link (provider + subject), then
/// the person's HSA-id, then a verified email. A match is stored as a link in Identity's user logins, and the
/// person's account is created if they have none. Roles and memberships stay in Samsyn; a configured group
/// claim can only add roles.
/// </summary>
public sealed class ExternalLoginLinker(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, ILogger<ExternalLoginLinker> logger)
{
    public async Task<(LinkOutcome Outcome, AppUser? User)> FindOrLinkAsync(OidcProviderOptions provider, ExternalIdentity identity, CancellationToken ct)
    {
        var user = await users.FindByLoginAsync(provider.Name, identity.Subject);
        if (user is null)
        {
            var person = await MatchPersonAsync(identity, ct);
            if (person is null) return (LinkOutcome.UnknownPerson, null);
            if (person.RetiredAt is not null) return (LinkOutcome.RetiredPerson, null);
            user = await AccountOfAsync(person);
            if (user is null) return (LinkOutcome.AccountConflict, null);
            // The new link is recorded in the audit trail under the person who signed in.
            signIn.Context.User = await signIn.CreateUserPrincipalAsync(user);
            var linked = await users.AddLoginAsync(user, new UserLoginInfo(provider.Name, identity.Subject, provider.DisplayName));
            if (!linked.Succeeded) throw new InvalidOperationException(Describe(linked));
            logger.LogInformation("Inloggning hos {Provider} kopplad till person {PersonId}", provider.Name, person.Id);
        }
        else if (user.PersonId is int personId
                 && await db.People.AnyAsync(p => p.Id == personId && p.RetiredAt != null, ct))
        {
            return (LinkOutcome.RetiredPerson, null);
        }

        if (await users.IsLockedOutAsync(user) || !await signIn.CanSignInAsync(user)) return (LinkOutcome.AccountBlocked, null);
        await GrantGroupRolesAsync(provider, identity, user);
        return (LinkOutcome.SignedIn, user);
    }

    private async Task<Person?> MatchPersonAsync(ExternalIdentity identity, CancellationToken ct)
    {
        if (identity.HsaId is string hsaId)
        {
            var byHsa = await db.Set<SignInSettings>().Where(s => s.HsaId == hsaId).Select(s => s.Person).FirstOrDefaultAsync(ct);
            if (byHsa is not null) return byHsa;
        }
        if (identity.EmailVerified && identity.Email is string email)
            return await db.People.FirstOrDefaultAsync(p => p.Email == email, ct);
        return null;
    }

    /// <summary>The person's account, created (without a password) when they have none.</summary>
    private async Task<AppUser?> AccountOfAsync(Person person)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.PersonId == person.Id);
        if (user is not null) return user;
        user = await users.FindByEmailAsync(person.Email);
        if (user is not null)
        {
            if (user.PersonId is not null) return null;
            user.PersonId = person.Id;
            var updated = await users.UpdateAsync(user);
            if (!updated.Succeeded) throw new InvalidOperationException(Describe(updated));
            return user;
        }
        user = new AppUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true, PersonId = person.Id };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded) throw new InvalidOperationException(Describe(created));
        await users.AddToRoleAsync(user, Roles.Member);
        return user;
    }

    private async Task GrantGroupRolesAsync(OidcProviderOptions provider, ExternalIdentity identity, AppUser user)
    {
        var mapped = identity.Groups
            .Select(g => provider.GroupRoles.GetValueOrDefault(g))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (mapped.Count == 0) return;
        var missing = mapped.Except(await users.GetRolesAsync(user), StringComparer.Ordinal).ToList();
        if (missing.Count == 0) return;
        var added = await users.AddToRolesAsync(user, missing);
        if (!added.Succeeded) throw new InvalidOperationException(Describe(added));
        logger.LogInformation("Roller {Roles} tillagda för {User} från gruppanspråk hos {Provider}", missing, user.Id, provider.Name);
    }

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));
}

public enum LocalLoginVerdict
{
    /// <summary>Not restricted: the password login goes ahead as usual.</summary>
    Proceed,

    /// <summary>The right password of a person restricted to single sign-on: refused with an explanation.</summary>
    SsoOnly,

    /// <summary>A wrong password: the same answer as for any wrong password.</summary>
    Failed,

    LockedOut,
}

/// <summary>
/// Whether the local password login is open to an account. A person restricted to single sign-on is told so
/// only after giving the right password, so that the login page still answers an unknown account and a wrong
/// password alike.
/// </summary>
public sealed class LocalLoginPolicy(AppDbContext db, SignInManager<AppUser> signIn)
{
    public const string SsoOnlyMessage =
        "Ditt konto loggar bara in med din organisations inloggning. Använd knappen för din organisation i stället för lösenord.";

    public const string SsoOnlyApiMessage =
        "Kontot får bara logga in med organisationens inloggning (OpenID Connect); lösenord kan inte användas. Integrationer använder en API-nyckel.";

    public async Task<LocalLoginVerdict> CheckAsync(string email, string password, CancellationToken ct = default)
    {
        var user = await signIn.UserManager.FindByNameAsync(email.Trim());
        if (user?.PersonId is not int personId
            || !await db.Set<SignInSettings>().AnyAsync(s => s.PersonId == personId && s.SsoOnly, ct))
            return LocalLoginVerdict.Proceed;
        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        return check.Succeeded ? LocalLoginVerdict.SsoOnly
            : check.IsLockedOut ? LocalLoginVerdict.LockedOut
            : LocalLoginVerdict.Failed;
    }
}
