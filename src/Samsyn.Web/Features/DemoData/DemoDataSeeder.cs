using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samsyn.Web.Features.Accounts;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.DemoData;

/// <summary>
/// Loads the two collaborations of the source documents — SIMBA and Vårdsamverkan
/// Skaraborg — with fictional people, and one demo account per role. Runs once, on an empty database.
/// </summary>
public sealed class DemoDataSeeder(AppDbContext db, UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<SamsynOptions> options, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        if (await db.Areas.AnyAsync(ct)) return;

        var region = new Principal { Name = "Västra Götalandsregionen", Kind = PrincipalKind.Region };
        db.Principals.Add(region);
        var simba = await SeedSimbaAsync(region, ct);
        await SeedSkaraborgAsync(region, ct);
        await SeedAccountsAsync(simba, ct);
        await new DemoMeetings(db, clock).SeedAsync(ct);
        await new DemoSituation(db, clock).SeedAsync(ct);
        await new DemoNotifications(db, clock).SeedAsync(ct);
        await new DemoDischarge(db, clock).SeedAsync(ct);
        await new DemoBulletins(db, clock).SeedAsync(ct);
        await new DemoDeviations(db, clock).SeedAsync(ct);
    }

    private async Task<SimbaPeople> SeedSimbaAsync(Principal region, CancellationToken ct)
    {
        var area = new CollaborationArea
        {
            Name = "SIMBA", ShortName = "SIMBA",
            Description = "Närvårdssamverkan för Den Nära Vården i mellersta Bohuslän: Ale, Kungälv, Stenungsund och Tjörn med Västra Götalandsregionen.",
        };
        var hospital = Org("Kungälvs sjukhus", OrganisationKind.Hospital, region, area);
        var primaryCare = Org("Regional primärvård SIMBA", OrganisationKind.RegionalPrimaryCare, region, area);
        string[] municipalities = ["Ale", "Kungälv", "Stenungsund", "Tjörn"];
        var municipal = municipalities.ToDictionary(m => m, m =>
        {
            var principal = new Principal { Name = MunicipalityName(m), Kind = PrincipalKind.Municipality };
            db.Principals.Add(principal);
            return Org($"{principal.Name} – vård och omsorg", OrganisationKind.MunicipalCare, principal, area);
        });
        db.Areas.Add(area);
        db.Organisations.AddRange([hospital, primaryCare, .. municipal.Values]);

        var political = NewGroup("Politisk samrådsgrupp", GroupLevel.Political, area, null,
            "Politiskt samråd mellan kommunerna och regionen i SIMBA-området. Träffas några gånger per år, följer upp resultaten mot målområdena och publicerar sina minnesanteckningar.");
        var coordination = NewGroup("SIMBA samordningsgrupp", GroupLevel.Coordination, area, political,
            "Samordnar närvårdssamverkan i SIMBA på förvaltningsnivå och godkänner uppdragsbeskrivningar för grupperna under sig.");
        var management = NewGroup("Ledningsgrupp i samverkan", GroupLevel.Management, area, coordination, SimbaMandate);
        var local = municipalities.Select(m => NewGroup($"Närområdesgrupp {m}", GroupLevel.Collaboration, area, management,
            $"Lokal samverkansgrupp för {m}. Träffas ungefär fem gånger per år och tar emot frågor som ledningsgruppen lämnar över.")).ToList();

        var leader = NewPerson("Helena Fiktiva", "processledare@simba.example", "Processledare SIMBA", null);
        management.Memberships.Add(new Membership { Person = leader, Role = MemberRole.Convener });
        coordination.Memberships.Add(new Membership { Person = leader, Role = MemberRole.Secretary });

        (Organisation Org, string Member, string MemberTitle, string Substitute, string SubstituteTitle)[] seats =
        [
            (hospital, "Anders Påhittad", "Verksamhetschef medicinkliniken", "Karin Exempeldotter", "Avdelningschef vårdavdelning 2"),
            (primaryCare, "Sara Demoberg", "Områdeschef vårdcentraler", "Johan Testlund", "Vårdcentralschef"),
            (municipal["Ale"], "Eva Låtsasson", "Verksamhetschef hemsjukvård", "Per Modellsson", "Enhetschef rehab"),
            (municipal["Kungälv"], "Lena Prövare", "Avdelningschef vård och omsorg", "Mikael Provén", "MAS"),
            (municipal["Stenungsund"], "Fredrik Skenlund", "Sektorchef socialtjänst", "Anna Dikt", "Enhetschef korttidsboende"),
            (municipal["Tjörn"], "Maria Fantasia", "Förvaltningschef", "Olof Sagoson", "Enhetschef hemtjänst"),
        ];
        Person? firstMember = null, firstSubstitute = null;
        foreach (var (org, memberName, memberTitle, substituteName, substituteTitle) in seats)
        {
            var member = NewPerson(memberName, Email(memberName, org), memberTitle, org);
            var substitute = NewPerson(substituteName, Email(substituteName, org), substituteTitle, org);
            var seat = new Membership { Person = member, Organisation = org, Role = org == hospital ? MemberRole.Chair : MemberRole.Member };
            seat.Substitutes.Add(new Substitute { Person = substitute, Order = 1 });
            management.Memberships.Add(seat);
            firstMember ??= org == municipal["Ale"] ? member : null;
            firstSubstitute ??= org == municipal["Ale"] ? substitute : null;
            coordination.Memberships.Add(new Membership { Person = member, Organisation = org, Role = MemberRole.Member });
        }
        foreach (var (m, group) in municipalities.Zip(local))
        {
            var chair = NewPerson($"Ordförande {m} Exempel", $"ordforande.{Slug(m)}@simba.example", "Enhetschef", municipal[m]);
            group.Memberships.Add(new Membership { Person = chair, Organisation = municipal[m], Role = MemberRole.Chair });
            group.Memberships.Add(new Membership { Person = leader, Role = MemberRole.Convener });
        }
        foreach (var (m, i) in municipalities.Select((m, i) => (m, i)))
        {
            var politician = NewPerson($"Politiker {m} Exempel", $"politiker.{Slug(m)}@simba.example", "Ordförande socialnämnden", null);
            political.Memberships.Add(new Membership { Person = politician, Organisation = municipal[m], Role = i == 0 ? MemberRole.Chair : MemberRole.Member });
        }
        db.Groups.AddRange([political, coordination, management, .. local]);
        await db.SaveChangesAsync(ct);
        return new SimbaPeople(leader, firstMember!, firstSubstitute!);
    }

    private async Task SeedSkaraborgAsync(Principal region, CancellationToken ct)
    {
        var area = new CollaborationArea
        {
            Name = "Vårdsamverkan Skaraborg", ShortName = "Skaraborg",
            Description = "Vårdsamverkan mellan Västra Götalandsregionen och Skaraborgs 15 kommuner.",
        };
        db.Areas.Add(area);
        var hospital = Org("Skaraborgs Sjukhus", OrganisationKind.Hospital, region, area);
        var primaryCare = Org("Regional primärvård Skaraborg", OrganisationKind.RegionalPrimaryCare, region, area);
        string[] municipalities = ["Essunga", "Falköping", "Grästorp", "Gullspång", "Götene", "Hjo", "Karlsborg", "Lidköping",
            "Mariestad", "Skara", "Skövde", "Tibro", "Tidaholm", "Töreboda", "Vara"];
        var municipal = municipalities.Select(m =>
        {
            var principal = new Principal { Name = MunicipalityName(m), Kind = PrincipalKind.Municipality };
            db.Principals.Add(principal);
            return Org($"{principal.Name} – vård och omsorg", OrganisationKind.MunicipalCare, principal, area);
        }).ToList();
        db.Organisations.AddRange([hospital, primaryCare, .. municipal]);

        var pss = NewGroup("Politisk samverkan Skaraborg (PSS)", GroupLevel.Political, area, null,
            "Fastställer den strategiska planen med prioriterade målområden, reviderar den en gång per år och följer upp den efter varje treårsperiod.");
        var steering = NewGroup("Styrgrupp Vårdsamverkan Skaraborg", GroupLevel.Steering, area, pss,
            "Har i uppdrag av PSS att lämna förslag till en treårig strategisk plan med prioriterade målområden och att leda vårdsamverkan i Skaraborg.");
        var groups = new[]
        {
            ("Samverkansgrupp Barn och unga", "Gemensam utveckling av insatser för barn och unga."),
            ("Samverkansgrupp Psykisk hälsa", "Samverkan kring personer med psykisk ohälsa och beroende."),
            ("Samverkansgrupp Äldre och vård vid utskrivning", "Samverkan kring äldre med komplex sjukdomsbild och processen vid in- och utskrivning."),
        }.Select(g => NewGroup(g.Item1, GroupLevel.Collaboration, area, steering, g.Item2)).ToList();

        var coordinator = NewPerson("Jonas Exempelgren", "samordnare@skaraborg.example", "Samordnare Vårdsamverkan Skaraborg", null);
        steering.Memberships.Add(new Membership { Person = coordinator, Role = MemberRole.Convener });
        var hospitalChief = NewPerson("Ingrid Påhittsdotter", "ingrid.pahittsdotter@sks.skaraborg.example", "Sjukhusdirektör", hospital);
        steering.Memberships.Add(new Membership { Person = hospitalChief, Organisation = hospital, Role = MemberRole.Chair });
        var pcChief = NewPerson("Kristoffer Låtsasberg", "kristoffer.latsasberg@vc.skaraborg.example", "Primärvårdsdirektör", primaryCare);
        steering.Memberships.Add(new Membership { Person = pcChief, Organisation = primaryCare, Role = MemberRole.Member });
        foreach (var org in municipal.Take(5))
        {
            var name = org.Name.Split(' ')[0];
            var chief = NewPerson($"Socialchef {name} Exempel", $"socialchef.{Slug(name)}@skaraborg.example", "Socialchef", org);
            steering.Memberships.Add(new Membership { Person = chief, Organisation = org, Role = MemberRole.Member });
        }
        foreach (var group in groups)
        {
            group.Memberships.Add(new Membership { Person = coordinator, Role = MemberRole.Convener });
            var lead = NewPerson($"Ledamot {group.Name.Replace("Samverkansgrupp ", "", StringComparison.Ordinal)} Exempel",
                $"ledamot.{Slug(group.Name)}@skaraborg.example", "Utvecklingsledare", hospital);
            group.Memberships.Add(new Membership { Person = lead, Organisation = hospital, Role = MemberRole.Chair });
        }
        db.Groups.AddRange([pss, steering, .. groups]);
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedAccountsAsync(SimbaPeople simba, CancellationToken ct)
    {
        var password = options.Value.DemoPassword
            ?? throw new InvalidOperationException("Samsyn:DemoPassword måste anges när demodata är påslaget.");
        var admin = NewPerson("Alva Administratör", "admin@samsyn.example", "Systemförvaltare Samsyn", null);
        await db.SaveChangesAsync(ct);
        await CreateAccountAsync(admin, Roles.Administrator, password);
        await CreateAccountAsync(simba.ProcessLeader, Roles.Convener, password);
        await CreateAccountAsync(simba.Member, Roles.Member, password, "ledamot@simba.example");
        await CreateAccountAsync(simba.Substitute, Roles.Member, password, "ersattare@simba.example");
    }

    private async Task CreateAccountAsync(Person person, string role, string password, string? loginEmail = null)
    {
        if (loginEmail is not null) person.Email = loginEmail;
        var user = new AppUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true, PersonId = person.Id };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
            throw new InvalidOperationException("Demokontot kunde inte skapas: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
    }

    private sealed record SimbaPeople(Person ProcessLeader, Person Member, Person Substitute);

    private static Organisation Org(string name, OrganisationKind kind, Principal principal, CollaborationArea area) =>
        new() { Name = name, Kind = kind, Principal = principal, Area = area };

    private static Group NewGroup(string name, GroupLevel level, CollaborationArea area, Group? parent, string mandate) =>
        new() { Name = name, Level = level, Area = area, Parent = parent, Mandate = mandate };

    private Person NewPerson(string name, string email, string title, Organisation? organisation)
    {
        var person = new Person { Name = name, Email = email, Title = title, Organisation = organisation };
        db.People.Add(person);
        return person;
    }

    /// <summary>"Kungälvs kommun", "Ale kommun": the genitive s only after a consonant.</summary>
    private static string MunicipalityName(string town) => "aeiouyåäö".Contains(town[^1], StringComparison.Ordinal) ? $"{town} kommun" : $"{town}s kommun";

    private static string Email(string name, Organisation org) =>
        $"{Slug(name)}@{Slug(org.Name.Split(' ')[0])}.example";

    private static string Slug(string text) => new string(text.ToLowerInvariant()
        .Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o').Replace('é', 'e')
        .Select(c => char.IsLetterOrDigit(c) ? c : '.').ToArray()).Trim('.').Replace("..", ".", StringComparison.Ordinal);

    private const string SimbaMandate = """
        Syfte: att hantera frågor gemensamt som berör många vård- och insatsgivare och när behov finns hantera dem snabbt.

        Uppdrag:
        – Informera varandra, skapa förståelse och i möjligaste mån underlätta för varandra vid hård arbetsbelastning i det dagliga arbetet.
        – Få information och informera varandra när det bedöms värdefullt att samtliga vård- och insatsgivare får information gemensamt. Behöver frågorna hanteras vidare överlämnas de till någon eller några av SIMBAs samverkansgrupper på lokal eller delregional nivå.
        – Fatta beslut om temporära avsteg från gemensamma riktlinjer och rutiner.

        Mötena är korta, stringenta informationsmöten med i förväg fastställd agenda. Hög närvaro och ersättare vid frånvaro förutsätts. Fasta möten före och efter storhelger samt inför och efter sommarens semesterperiod.

        Ordförandeskapet hanteras i samråd mellan regional och kommunal primärvård samt Kungälvs sjukhus och kan variera över tid. SIMBAs processledare är sammankallande.
        """;
}

public static class DemoDataSetup
{
    /// <summary>Seeds the demo collaborations when <c>Samsyn:DemoData</c> is on; refuses to in Production.</summary>
    public static async Task SeedDemoDataAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<SamsynOptions>>().Value;
        if (!options.DemoData) return;
        if (app.Environment.IsProduction())
            throw new InvalidOperationException(
                "Samsyn:DemoData är påslaget i produktionsmiljön. Demodata med kända lösenord får aldrig läsas in i produktion – stäng av Samsyn:DemoData.");
        if (string.IsNullOrWhiteSpace(options.DemoPassword))
            throw new InvalidOperationException("Samsyn:DemoPassword måste anges när Samsyn:DemoData är påslaget (miljövariabeln Samsyn__DemoPassword).");
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();

        // Tell the newcomer where Samsyn runs and how to log in.
        app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation(
            "Samsyn kör på {Addresses}. Demokonton (lösenord enligt Samsyn:DemoPassword): {Accounts}",
            string.Join(", ", app.Urls), string.Join(", ", DemoAccounts)));
    }

    /// <summary>The demo logins, one per role, as the README lists them.</summary>
    public static readonly string[] DemoAccounts =
    [
        "admin@samsyn.example (administratör)",
        "processledare@simba.example (processledare, sammankallande i Ledningsgrupp i samverkan)",
        "ledamot@simba.example (ledamot för Ale kommun)",
        "ersattare@simba.example (ersättare för Ale kommun)",
    ];
}
