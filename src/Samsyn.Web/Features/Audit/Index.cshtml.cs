using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Accounts;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Auditing;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Audit;

[Authorize(Policy = Roles.Administrator)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    private const int PageSize = 50;

    public sealed record Change(string Field, string? Before, string? After);
    public sealed record Entry(DateTimeOffset At, string UserName, AuditAction Action, string EntityType, string EntityId, List<Change> Changes);

    [BindProperty(SupportsGet = true, Name = "typ")] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true, Name = "id")] public string? EntityId { get; set; }
    [BindProperty(SupportsGet = true, Name = "anvandare")] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true, Name = "sida")] public int PageNumber { get; set; } = 1;

    public List<string> EntityTypes { get; private set; } = [];
    public List<Entry> Entries { get; private set; } = [];
    public int TotalCount { get; private set; }
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        EntityTypes = await db.AuditEntries.Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
        var page = await db.AuditEntries.AsNoTracking()
            .Filter(EntityType, EntityId?.Trim(), UserName?.Trim())
            .ToPagedListAsync(PageNumber, PageSize, ct);
        TotalCount = page.TotalCount;
        Entries = [.. page.Items.Select(e => new Entry(e.At, e.UserName, e.Action, e.EntityType, e.EntityId, Parse(e.Changes)))];
    }

    public string PageLink(int page) =>
        $"?typ={Uri.EscapeDataString(EntityType ?? "")}&id={Uri.EscapeDataString(EntityId ?? "")}&anvandare={Uri.EscapeDataString(UserName ?? "")}&sida={page}";

    private static List<Change> Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.EnumerateObject().Select(p => new Change(p.Name, Text(p.Value, "before"), Text(p.Value, "after")))];
    }

    private static string? Text(JsonElement change, string side) =>
        change.TryGetProperty(side, out var value) && value.ValueKind != JsonValueKind.Null
            ? (value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText())
            : null;
}
