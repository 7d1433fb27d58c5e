using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;

namespace Samsyn.Bench.Generation;

/// <summary>
/// Areas, principals, organisations (per area a hospital, regional primary care, municipal care and private
/// providers), people, and per area a hierarchy of groups with seats and substitutes.
/// </summary>
internal sealed class StructureData(BenchWorld world, BulkWriter writer)
{
    private static readonly GroupLevel[] FirstLevels = [GroupLevel.Political, GroupLevel.Steering, GroupLevel.Coordination, GroupLevel.Management];
    private readonly Random random = world.Random("structure");
    private int municipalityIndex;

    public async Task LoadAsync(CancellationToken ct)
    {
        var region = new Principal { Id = world.NextId("Principal"), Name = "Västra Götalandsregionen", Kind = PrincipalKind.Region };
        await writer.AddAsync(region, ct);
        for (var a = 0; a < world.Size.Areas; a++) await AddAreaAsync(a, region.Id, ct);
        await AddPeopleAsync(ct);
        foreach (var area in world.Areas.ToList()) await AddGroupsAsync(area, ct);
    }

    private async Task AddAreaAsync(int index, int regionId, CancellationToken ct)
    {
        var name = index < Words.AreaNames.Length ? Words.AreaNames[index] : $"Vårdsamverkan område {index + 1}";
        var area = new CollaborationArea { Id = world.NextId("Area"), Name = name, ShortName = name.Replace("Vårdsamverkan ", "", StringComparison.Ordinal) };
        await writer.AddAsync(area, ct);
        var organisations = new List<int>();
        for (var o = 0; o < world.Size.OrganisationsPerArea; o++)
        {
            var (kind, principalId, orgName) = await OrganisationKindAsync(o, area, regionId, ct);
            var organisation = new Organisation { Id = world.NextId("Organisation"), Name = orgName, Kind = kind, PrincipalId = principalId, AreaId = area.Id };
            await writer.AddAsync(organisation, ct);
            organisations.Add(organisation.Id);
            world.OrganisationKinds[organisation.Id] = kind;
            world.PeopleByOrganisation[organisation.Id] = [];
        }
        world.Areas.Add(new AreaPlan(area.Id, area.Name, organisations, 0, 0, 0, 0, []));
    }

    /// <summary>The first organisation of an area is its hospital, the second its regional primary care; every fifth is private.</summary>
    private async Task<(OrganisationKind, int, string)> OrganisationKindAsync(int index, CollaborationArea area, int regionId, CancellationToken ct)
    {
        if (index == 0) return (OrganisationKind.Hospital, regionId, $"Sjukhuset i {area.ShortName}");
        if (index == 1) return (OrganisationKind.RegionalPrimaryCare, regionId, $"Regional primärvård {area.ShortName}");
        var isPrivate = index % 5 == 4;
        var municipality = Municipality(municipalityIndex++);
        var principal = new Principal
        {
            Id = world.NextId("Principal"),
            Name = isPrivate ? $"Omsorgsbolaget {municipality} AB" : $"{municipality} kommun",
            Kind = isPrivate ? PrincipalKind.Private : PrincipalKind.Municipality,
        };
        await writer.AddAsync(principal, ct);
        return isPrivate
            ? (OrganisationKind.PrivateProvider, principal.Id, $"Omsorgsbolaget {municipality} – hemtjänst")
            : (OrganisationKind.MunicipalCare, principal.Id, $"{municipality} kommun – vård och omsorg");
    }

    private static string Municipality(int index) =>
        index < Words.Municipalities.Length ? Words.Municipalities[index] : $"{Words.Municipalities[index % Words.Municipalities.Length]} {index / Words.Municipalities.Length + 1}";

    /// <summary>A convener per area and an administrator belong to no organisation; everyone else works at one.</summary>
    private async Task AddPeopleAsync(CancellationToken ct)
    {
        var organisations = world.Areas.SelectMany(a => a.Organisations).ToList();
        var withoutOrganisation = world.Size.Areas + 1;
        for (var i = 0; i < world.Size.People; i++)
        {
            int? organisationId = i < withoutOrganisation ? null : organisations[(i - withoutOrganisation) % organisations.Count];
            var given = random.Pick(Words.GivenNames);
            var family = random.Pick(Words.FamilyNames);
            var person = new Person
            {
                Id = world.NextId("Person"), Name = $"{given} {family}", OrganisationId = organisationId,
                Email = i == 0 ? BenchAccounts.AdminEmail : $"{Slug(given)}.{Slug(family)}.{i}@bench.example",
                Title = i == 0 ? "Systemförvaltare" : organisationId is null ? "Processledare" : random.Pick(Words.Titles),
                Phone = $"010-{random.Next(100, 999)} {random.Next(10, 99)} {random.Next(10, 99)}",
            };
            await writer.AddAsync(person, ct);
            world.PersonNames[person.Id] = person.Name;
            world.PersonEmails[person.Id] = person.Email;
            if (organisationId is int o) world.PeopleByOrganisation[o].Add(person.Id);
            else world.PeopleWithoutOrganisation.Add(person.Id);
        }
    }

    private async Task AddGroupsAsync(AreaPlan area, CancellationToken ct)
    {
        var convener = world.PeopleWithoutOrganisation[1 + world.Areas.IndexOf(area)];
        var ids = new Dictionary<GroupLevel, int>();
        int? parentId = null;
        for (var g = 0; g < world.Size.GroupsPerArea; g++)
        {
            var level = g < FirstLevels.Length ? FirstLevels[g] : GroupLevel.Collaboration;
            var group = new Group
            {
                Id = world.NextId("Group"), AreaId = area.Id, Level = level, ParentId = parentId,
                Name = GroupName(level, area, g), Mandate = $"Uppdragsbeskrivning för {GroupName(level, area, g)}.",
            };
            await writer.AddAsync(group, ct);
            await writer.AddAsync(new MeetingSettings { Id = world.NextId("MeetingSettings"), GroupId = group.Id, Location = $"Samverkansrummet, {area.Name}" }, ct);
            world.Groups.Add(new GroupPlan(group.Id, area.Id, level, convener, await AddSeatsAsync(group, area, convener, g, ct)));
            if (level != GroupLevel.Collaboration) parentId = group.Id;
            ids.TryAdd(level, group.Id);
            if (level == GroupLevel.Collaboration) area.CollaborationGroupIds.Add(group.Id);
        }
        world.Areas[world.Areas.IndexOf(area)] = area with
        {
            PoliticalGroupId = ids[GroupLevel.Political], SteeringGroupId = ids[GroupLevel.Steering],
            CoordinationGroupId = ids[GroupLevel.Coordination], ManagementGroupId = ids[GroupLevel.Management],
        };
    }

    private static string GroupName(GroupLevel level, AreaPlan area, int index) => level switch
    {
        GroupLevel.Political => $"Politisk samverkan {area.Name}",
        GroupLevel.Steering => $"Styrgrupp {area.Name}",
        GroupLevel.Coordination => $"Samordningsgrupp {area.Name}",
        GroupLevel.Management => $"Ledningsgrupp {area.Name}",
        _ => $"Samverkansgrupp {index - FirstLevels.Length + 1} {area.Name}",
    };

    /// <summary>A seat per organisation (the management group has all of them, other groups a rotating share), with a substitute.</summary>
    private async Task<List<Seat>> AddSeatsAsync(Group group, AreaPlan area, int convener, int groupIndex, CancellationToken ct)
    {
        var seatCount = group.Level == GroupLevel.Management ? area.Organisations.Count : Math.Min(area.Organisations.Count, 6 + groupIndex % 5);
        var seats = new List<Seat>();
        for (var s = 0; s < seatCount; s++)
        {
            var organisationId = area.Organisations[(s + groupIndex * 3) % area.Organisations.Count];
            var people = world.PeopleByOrganisation[organisationId];
            var member = people[groupIndex % people.Count];
            var substitute = people[(groupIndex + 1) % people.Count];
            var membership = new Membership
            {
                Id = world.NextId("Membership"), GroupId = group.Id, PersonId = member, OrganisationId = organisationId,
                Role = s == 0 ? MemberRole.Chair : MemberRole.Member,
            };
            if (substitute != member) membership.Substitutes.Add(new Substitute { PersonId = substitute, Order = 1 });
            await writer.AddAsync(membership, ct);
            seats.Add(new Seat(membership.Id, member, organisationId, membership.Substitutes.Select(x => x.PersonId).ToList()));
        }
        await writer.AddAsync(new Membership { Id = world.NextId("Membership"), GroupId = group.Id, PersonId = convener, Role = MemberRole.Convener }, ct);
        return seats;
    }

    internal static string Slug(string text) => new(text.ToLowerInvariant()
        .Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o').Replace('é', 'e').Where(char.IsAsciiLetterOrDigit).ToArray());
}
