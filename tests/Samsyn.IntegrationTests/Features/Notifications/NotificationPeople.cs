using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samsyn.Web.Features.Accounts;
using Samsyn.Web.Features.Structure;

namespace Samsyn.IntegrationTests.Features.Notifications;

/// <summary>A person of one test's own, with a login: preferences and digests are per person, so tests must not share one.</summary>
public sealed record TestPerson(int PersonId, string Name, string Email);

public static class NotificationPeople
{
    /// <summary>Creates a person and a member account linked to it (password <see cref="SamsynFactory.DemoPassword"/>).</summary>
    public static async Task<TestPerson> NewPersonWithAccountAsync(this SamsynFactory factory)
    {
        var letters = Unique.Letters();
        var email = $"{letters}@personer.example";
        var name = $"Testperson {letters}";
        var personId = await factory.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Samsyn.Web.Infrastructure.Data.AppDbContext>();
            var person = new Person { Name = name, Email = email, Title = "Testare" };
            db.People.Add(person);
            await db.SaveChangesAsync();
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, PersonId = person.Id };
            var created = await users.CreateAsync(user, SamsynFactory.DemoPassword);
            created.Succeeded.ShouldBeTrue(string.Join(" ", created.Errors.Select(e => e.Description)));
            (await users.AddToRoleAsync(user, Roles.Member)).Succeeded.ShouldBeTrue();
            return person.Id;
        });
        return new TestPerson(personId, name, email);
    }

    /// <summary>The person id of a demo account.</summary>
    public static Task<int> PersonIdAsync(this SamsynFactory factory, string email) =>
        factory.InDatabaseAsync(db => db.People.Where(p => p.Email == email).Select(p => p.Id).SingleAsync());
}
