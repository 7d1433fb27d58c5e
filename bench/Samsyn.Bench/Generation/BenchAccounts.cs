using Microsoft.AspNetCore.Identity;
using Samsyn.Web.Features.Accounts;

namespace Samsyn.Bench.Generation;

/// <summary>
/// A login for every generated person, as the demo data makes them (<c>Features/DemoData</c>): confirmed e-mail,
/// the person linked, a role. The password is hashed once and the hash reused, since hashing is slow by design.
/// </summary>
public sealed class BenchAccounts(BenchWorld world, BulkWriter writer, string password)
{
    public const string AdminEmail = "admin@bench.example";
    private readonly Random random = world.Random("accounts");

    public async Task LoadAsync(CancellationToken ct)
    {
        var roles = Roles.All.ToDictionary(r => r, r => new IdentityRole(r)
        {
            Id = Guid(), NormalizedName = r.ToUpperInvariant(), ConcurrencyStamp = Guid(),
        });
        foreach (var role in roles.Values) await writer.AddAsync(role, ct);

        var conveners = world.Groups.Select(g => g.ConvenerPersonId).ToHashSet();
        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), password);
        foreach (var (personId, email) in world.PersonEmails.OrderBy(p => p.Key))
        {
            var user = new AppUser
            {
                Id = Guid(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
                NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true, PasswordHash = hash, PersonId = personId,
                SecurityStamp = Guid(), ConcurrencyStamp = Guid(), LockoutEnabled = true,
            };
            var role = email == AdminEmail ? Roles.Administrator : conveners.Contains(personId) ? Roles.Convener : Roles.Member;
            await writer.AddAsync(user, ct);
            await writer.AddAsync(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[role].Id }, ct);
        }
    }

    private string Guid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new System.Guid(bytes).ToString();
    }
}
