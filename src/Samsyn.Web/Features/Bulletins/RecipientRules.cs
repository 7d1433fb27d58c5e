namespace Samsyn.Web.Features.Bulletins;

/// <summary>An organisation as recipient resolution sees it.</summary>
public sealed record OrganisationFact(int Id, int AreaId, bool Active);

/// <summary>A seat in a group as recipient resolution sees it: the organisation it represents, if any.</summary>
public sealed record SeatFact(int GroupId, int? OrganisationId, bool Active);

/// <summary>What the sender chose: an area, a group, or organisations by id.</summary>
public sealed record RecipientChoice(RecipientKind Kind, int? AreaId, int? GroupId, IReadOnlyList<int> OrganisationIds);

/// <summary>
/// Turns the sender's choice into the set of recipient organisations, at the moment of sending:
/// an area means its active organisations; a group the active organisations holding an active seat in it;
/// a list the active organisations in it. Retired organisations and seats never receive anything.
/// </summary>
public static class RecipientRules
{
    /// <summary>The one choice the input makes, or the field and reason why it makes none or several.</summary>
    public static (RecipientChoice? Choice, string Field, string? Error) Choose(int? areaId, int? groupId, IReadOnlyList<int>? organisationIds)
    {
        var made = (areaId is not null ? 1 : 0) + (groupId is not null ? 1 : 0) + (organisationIds is not null ? 1 : 0);
        if (made == 0)
            return (null, "recipients", "Välj mottagare: alla i ett område, en grupp eller organisationer (areaId, groupId eller organisationIds).");
        if (made > 1)
            return (null, "recipients", "Välj bara ett slags mottagare: ett område, en grupp eller organisationer.");
        if (organisationIds is { Count: 0 })
            return (null, "organisationIds", "Välj minst en organisation.");
        var kind = areaId is not null ? RecipientKind.Area : groupId is not null ? RecipientKind.Group : RecipientKind.Organisations;
        return (new RecipientChoice(kind, areaId, groupId, organisationIds?.Distinct().ToList() ?? []), "", null);
    }

    /// <summary>The field of the input that names the chosen recipients, for error messages.</summary>
    public static string FieldOf(RecipientKind kind) => kind switch
    {
        RecipientKind.Area => "areaId",
        RecipientKind.Group => "groupId",
        _ => "organisationIds",
    };

    /// <summary>The ids of the organisations that receive the bulletin, in id order; empty when none is active.</summary>
    public static IReadOnlyList<int> Resolve(RecipientChoice choice, IEnumerable<OrganisationFact> organisations, IEnumerable<SeatFact> seats)
    {
        var active = organisations.Where(o => o.Active).ToDictionary(o => o.Id);
        IEnumerable<int> ids = choice.Kind switch
        {
            RecipientKind.Area => active.Values.Where(o => o.AreaId == choice.AreaId).Select(o => o.Id),
            RecipientKind.Group => seats.Where(s => s.GroupId == choice.GroupId && s.Active && s.OrganisationId is not null)
                .Select(s => s.OrganisationId!.Value).Where(active.ContainsKey),
            _ => choice.OrganisationIds.Where(active.ContainsKey),
        };
        return [.. ids.Distinct().Order()];
    }

    /// <summary>The chosen organisation ids that are unknown or retired (they cannot receive anything).</summary>
    public static IReadOnlyList<int> Unavailable(RecipientChoice choice, IEnumerable<OrganisationFact> organisations)
    {
        var active = organisations.Where(o => o.Active).Select(o => o.Id).ToHashSet();
        return choice.Kind == RecipientKind.Organisations ? [.. choice.OrganisationIds.Where(id => !active.Contains(id))] : [];
    }
}
