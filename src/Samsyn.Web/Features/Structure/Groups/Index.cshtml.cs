using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure.Areas;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Structure.Groups;

public sealed class IndexModel(AppDbContext db, StructureRights rights) : PageModel
{
    public sealed record Node(GroupItem Group, List<Node> Children);

    [BindProperty(SupportsGet = true, Name = "omrade")] public int? AreaId { get; set; }
    [BindProperty(SupportsGet = true, Name = "visaAvslutade")] public bool ShowRetired { get; set; }
    public List<AreaItem> Areas { get; private set; } = [];
    public List<(AreaItem Area, List<Node> Roots)> Trees { get; private set; } = [];
    public bool CanManage => rights.CanManageRegisters;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Areas = await db.Areas.Where(a => a.RetiredAt == null).OrderBy(a => a.Name).Items().ToListAsync(ct);
        var groups = await db.Groups
            .Where(g => (ShowRetired || g.RetiredAt == null) && (AreaId == null || g.AreaId == AreaId))
            .OrderBy(g => g.Level).ThenBy(g => g.Name).Items().ToListAsync(ct);
        Trees = [.. Areas.Where(a => AreaId == null || a.Id == AreaId)
            .Select(a => (a, BuildTree(groups.Where(g => g.AreaId == a.Id).ToList())))
            .Where(t => t.Item2.Count > 0)];
    }

    /// <summary>Nests each group under its parent; a group whose parent is hidden (retired) becomes a root.</summary>
    private static List<Node> BuildTree(List<GroupItem> groups)
    {
        var nodes = groups.ToDictionary(g => g.Id, g => new Node(g, []));
        var roots = new List<Node>();
        foreach (var node in nodes.Values)
        {
            if (node.Group.ParentId is int parent && nodes.TryGetValue(parent, out var up)) up.Children.Add(node);
            else roots.Add(node);
        }
        return roots;
    }
}
