using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Validation;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Accounts;

public sealed class LoginInput
{
    [Display(Name = "E-postadress"), Mandatory, MaxChars(256)]
    public string? Email { get; set; }

    [Display(Name = "Lösenord"), Mandatory, MaxChars(256)]
    public string? Password { get; set; }
}

public sealed record CurrentAccount(string UserId, string Email, int? PersonId, IReadOnlyList<string> Roles);

public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/auth").WithTags("Inloggning");
        group.MapPost("/login", Login).AllowAnonymous().RequireRateLimiting(Infrastructure.Security.LoginRateLimiting.Policy).WithName("Login")
            .WithSummary("Logga in och få en bearer-token")
            .WithDescription("Svarar med {\"tokenType\":\"Bearer\",\"accessToken\":…,\"expiresIn\":…,\"refreshToken\":…}. Skicka token som Authorization: Bearer <accessToken>.");
        group.MapGet("/me", GetMe).WithName("Me").WithSummary("Den inloggade användaren och dess roller");
        return group;
    }

    private static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> Login(
        LoginInput input, SignInManager<AppUser> signIn, Sso.LocalLoginPolicy policy, CancellationToken ct)
    {
        if (InputValidation.Validate(input) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        switch (await policy.CheckAsync(input.Email!, input.Password!, ct))
        {
            case Sso.LocalLoginVerdict.SsoOnly:
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: Sso.LocalLoginPolicy.SsoOnlyApiMessage);
            case Sso.LocalLoginVerdict.Failed:
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: Texts.Problem_LoginFailed);
            case Sso.LocalLoginVerdict.LockedOut:
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: Texts.Problem_LockedOut);
        }
        // With the bearer scheme, a successful sign-in writes the token response itself.
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(input.Email!.Trim(), input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return TypedResults.Empty;
        return TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: result.IsLockedOut ? Texts.Problem_LockedOut : Texts.Problem_LoginFailed);
    }

    private static async Task<Results<Ok<CurrentAccount>, ProblemHttpResult>> GetMe(HttpContext http, UserManager<AppUser> users)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null) return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: Texts.Problem_Unauthorized);
        return TypedResults.Ok(new CurrentAccount(user.Id, user.Email ?? "", user.PersonId, [.. await users.GetRolesAsync(user)]));
    }
}
