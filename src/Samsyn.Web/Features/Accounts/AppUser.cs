using Microsoft.AspNetCore.Identity;
using Samsyn.Web.Features.Structure;

namespace Samsyn.Web.Features.Accounts;

/// <summary>A login. Linked to the <see cref="Person"/> it belongs to, whose memberships decide group rights.</summary>
public sealed class AppUser : IdentityUser
{
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
}

/// <summary>The account roles. Group rights come from memberships on top of these.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Convener = nameof(Convener);
    public const string Member = nameof(Member);

    public static readonly string[] All = [Administrator, Convener, Member];
}
