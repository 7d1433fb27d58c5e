namespace Samsyn.Web.Features.Structure;

/// <summary>
/// Rules for where a group may sit: its parent is in the same area, is not the group
/// itself or one of its descendants, and stands at the same level or above.
/// </summary>
public static class GroupHierarchy
{
    public sealed record Node(int Id, int? ParentId, int AreaId, GroupLevel Level);

    /// <summary>Returns a Swedish reason why <paramref name="parentId"/> cannot be the parent, or null when it can.</summary>
    public static string? CheckParent(int? groupId, int areaId, GroupLevel level, int? parentId, IReadOnlyCollection<Node> groups)
    {
        if (parentId is null) return null;
        var byId = groups.ToDictionary(g => g.Id);
        if (!byId.TryGetValue(parentId.Value, out var parent)) return "Den överordnade gruppen finns inte.";
        if (parent.Id == groupId) return "En grupp kan inte vara överordnad sig själv.";
        if (parent.AreaId != areaId) return "Den överordnade gruppen måste höra till samma samverkansområde.";
        if (parent.Level > level) return "Den överordnade gruppen måste stå på samma nivå eller högre.";

        // Walk up from the proposed parent; meeting the group itself means a cycle.
        var seen = new HashSet<int>();
        for (var current = parent; current is not null; current = current.ParentId is int up && byId.TryGetValue(up, out var next) ? next : null)
        {
            if (current.Id == groupId) return "Den överordnade gruppen ligger under den här gruppen; det skulle bli en cirkel.";
            if (!seen.Add(current.Id)) break;
        }
        return null;
    }
}
