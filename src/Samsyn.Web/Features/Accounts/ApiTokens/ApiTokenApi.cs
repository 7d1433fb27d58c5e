using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Accounts.ApiTokens;

public sealed record ApiTokenItem(
    int Id, string Name, string Hint, ApiTokenAccess Access, IReadOnlyList<string> ApiGroups, string UserId, string UserName,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, string? RevokedBy,
    DateTimeOffset? LastUsedAt, string Status, int Version);

/// <summary>The answer to issuing a token: the token itself, shown this once, and its record.</summary>
public sealed record IssuedApiToken(string Token, ApiTokenItem ApiToken);

public sealed record ApiTokenUseItem(long Id, DateTimeOffset At, string? UserId, string UserName, string Method, string Route);

public sealed class ApiTokenInput
{
    public const int MaxDays = 366;

    [Display(Name = "Namn"), Mandatory, MaxChars(100), NoPersonalIdentityNumber]
    public string? Name { get; set; }

    [Display(Name = "Behörighet"), Chosen]
    public ApiTokenAccess? Access { get; set; }

    [Display(Name = "Delar av API:t")]
    public List<string>? ApiGroups { get; set; }

    [Display(Name = "Giltig till och med"), Mandatory]
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>The account the token acts as, by email; the issuing administrator when left out.</summary>
    [Display(Name = "Agerar som"), MaxChars(256), Email]
    public string? UserEmail { get; set; }
}

public static class ApiTokenApi
{
    public static RouteGroupBuilder MapApiTokenApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/api-tokens").WithTags("API-nycklar").RequireAuthorization(Roles.Administrator);
        group.MapGet("/", List).WithName("ListApiTokens").WithSummary("Lista API-nycklar (administratör)");
        group.MapGet("/groups", Groups).WithName("ListApiGroups").WithSummary("De delar av API:t som en nyckel kan begränsas till");
        group.MapPost("/", Issue).WithName("IssueApiToken")
            .WithSummary("Utfärda en API-nyckel; nyckeln visas bara i detta svar")
            .WithDescription("Skicka nyckeln som Authorization: Bearer samsyn_pat_…. Bara en hash av nyckeln sparas.");
        group.MapGet("/{id:int}", Get).WithName("GetApiToken").WithSummary("Hämta en API-nyckels uppgifter (aldrig nyckeln)");
        group.MapPost("/{id:int}/revoke", Revoke).WithName("RevokeApiToken").WithSummary("Återkalla en API-nyckel");
        group.MapGet("/{id:int}/uses", Uses).WithName("ListApiTokenUses")
            .WithSummary("När och var nyckeln har använts: en rad per väg och minut");
        return group;
    }

    public static async Task<List<ApiTokenItem>> ItemsAsync(this IQueryable<ApiToken> tokens, AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await tokens.AsNoTracking()
            .Select(t => new
            {
                Token = t,
                UserName = t.User.UserName ?? "",
                LastUsedAt = db.Set<ApiTokenUse>().Where(u => u.TokenId == t.Id).OrderByDescending(u => u.Id).Select(u => (DateTimeOffset?)u.At).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new ApiTokenItem(
            r.Token.Id, r.Token.Name, r.Token.Hint, r.Token.Access, r.Token.Groups, r.Token.UserId, r.UserName,
            r.Token.CreatedAt, r.Token.CreatedBy, r.Token.ExpiresAt, r.Token.RevokedAt, r.Token.RevokedBy, r.LastUsedAt,
            r.Token.RevokedAt is not null ? "revoked" : r.Token.ExpiresAt <= now ? "expired" : "active", r.Token.Version))];
    }

    private static async Task<Results<Ok<PagedList<ApiTokenItem>>, ValidationProblem>> List(
        AppDbContext db, TimeProvider clock, int? page, int? pageSize, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } errors) return ApiProblems.Validation(errors);
        var (p, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var tokens = db.Set<ApiToken>().OrderByDescending(t => t.Id);
        var total = await tokens.CountAsync(ct);
        var items = await tokens.Skip((p - 1) * size).Take(size).ItemsAsync(db, clock.GetUtcNow(), ct);
        return TypedResults.Ok(new PagedList<ApiTokenItem>(items, total, p, size));
    }

    private static Ok<IReadOnlyList<string>> Groups(ApiGroupCatalogue catalogue) => TypedResults.Ok(catalogue.All);

    private static async Task<Results<Ok<ApiTokenItem>, ProblemHttpResult>> Get(int id, AppDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var item = (await db.Set<ApiToken>().Where(t => t.Id == id).ItemsAsync(db, clock.GetUtcNow(), ct)).FirstOrDefault();
        if (item is null) return ApiProblems.NotFound();
        http.SetETag(item.Version);
        return TypedResults.Ok(item);
    }

    private static async Task<Results<Created<IssuedApiToken>, ValidationProblem, ProblemHttpResult>> Issue(
        ApiTokenInput input, AppDbContext db, UserManager<AppUser> users, CurrentUser me, ApiGroupCatalogue catalogue, TimeProvider clock, CancellationToken ct)
    {
        var (errors, account) = await CheckAsync(input, db, users, me, catalogue, clock, ct);
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        var (token, secret) = NewToken(input, account!, me, clock);
        db.Add(token);
        await db.SaveChangesAsync(ct);
        var item = (await db.Set<ApiToken>().Where(t => t.Id == token.Id).ItemsAsync(db, clock.GetUtcNow(), ct)).First();
        return TypedResults.Created($"/api/v1/api-tokens/{token.Id}", new IssuedApiToken(secret, item));
    }

    /// <summary>A token from checked input; the secret is returned once and only its hash is kept.</summary>
    public static (ApiToken Token, string Secret) NewToken(ApiTokenInput input, AppUser account, CurrentUser me, TimeProvider clock)
    {
        var secret = ApiToken.NewSecret();
        var token = new ApiToken
        {
            Name = input.Name!.Trim(),
            TokenHash = ApiToken.Hash(secret),
            Hint = ApiToken.HintOf(secret),
            UserId = account.Id,
            Access = input.Access!.Value,
            ApiGroups = string.Join(' ', RequestedGroups(input).Distinct().Order(StringComparer.Ordinal)),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = me.UserName,
            // Valid through the chosen day, Swedish time.
            ExpiresAt = SwedishTime.At(input.ExpiresOn!.Value.AddDays(1), TimeOnly.MinValue).ToUniversalTime(),
        };
        return (token, secret);
    }

    /// <summary>The parts of the API asked for, trimmed and in lower case; empty entries (an empty form field, a JSON null) are no request.</summary>
    private static IEnumerable<string> RequestedGroups(ApiTokenInput input) =>
        (input.ApiGroups ?? []).Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g.Trim().ToLowerInvariant());

    /// <summary>Checks the input the way both the API and the page do; returns the account the token will act as.</summary>
    public static async Task<(Dictionary<string, string[]> Errors, AppUser? Account)> CheckAsync(
        ApiTokenInput input, AppDbContext db, UserManager<AppUser> users, CurrentUser me, ApiGroupCatalogue catalogue, TimeProvider clock, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        var unknown = RequestedGroups(input).Where(g => !catalogue.All.Contains(g)).ToList();
        if (unknown.Count > 0)
            errors["apiGroups"] = [$"Okänd del av API:t: {string.Join(", ", unknown)}. Välj bland {string.Join(", ", catalogue.All)}."];
        var today = SwedishTime.DateOf(clock.GetUtcNow());
        if (input.ExpiresOn is DateOnly expires && !errors.ContainsKey("expiresOn"))
        {
            if (expires < today) errors["expiresOn"] = ["Dagen har redan varit. Välj dagens datum eller en senare dag."];
            else if (expires > today.AddDays(ApiTokenInput.MaxDays)) errors["expiresOn"] = [$"En nyckel kan gälla högst {ApiTokenInput.MaxDays} dagar. Utfärda en ny när den går ut."];
        }
        AppUser? account = null;
        if (!errors.ContainsKey("userEmail"))
        {
            account = string.IsNullOrWhiteSpace(input.UserEmail)
                ? await users.FindByIdAsync(me.UserId ?? "")
                : await users.FindByEmailAsync(input.UserEmail.Trim());
            if (account is null) errors["userEmail"] = ["Det finns inget konto med den e-postadressen."];
        }
        _ = db;
        return (errors, account);
    }

    private static async Task<Results<Ok<ApiTokenItem>, ProblemHttpResult>> Revoke(
        int id, VersionInput? input, AppDbContext db, CurrentUser me, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var token = await db.Set<ApiToken>().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (token is null) return ApiProblems.NotFound();
        if (http.ClientVersion(input?.Version) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(token, version);
        if (token.RevokedAt is not null) return ApiProblems.StateConflict("Nyckeln är redan återkallad.");
        token.Revoke(me.UserName, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        http.SetETag(token.Version);
        return TypedResults.Ok((await db.Set<ApiToken>().Where(t => t.Id == id).ItemsAsync(db, clock.GetUtcNow(), ct)).First());
    }

    private static async Task<Results<Ok<PagedList<ApiTokenUseItem>>, ValidationProblem, ProblemHttpResult>> Uses(
        int id, AppDbContext db, int? page, int? pageSize, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } errors) return ApiProblems.Validation(errors);
        if (!await db.Set<ApiToken>().AnyAsync(t => t.Id == id, ct)) return ApiProblems.NotFound();
        return TypedResults.Ok(await db.Set<ApiTokenUse>().AsNoTracking().Where(u => u.TokenId == id).OrderByDescending(u => u.Id)
            .Select(u => new ApiTokenUseItem(u.Id, u.At, u.UserId, u.UserName, u.Method, u.Route))
            .ToPagedListAsync(page, pageSize, ct));
    }
}
