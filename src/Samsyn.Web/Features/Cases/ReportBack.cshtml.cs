using Microsoft.AspNetCore.Mvc;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Cases;

/// <summary>The receiving group's convener reports back; it goes onto the handing group's next agenda.</summary>
public sealed class ReportBackModel(AppDbContext db, CaseRights rights, HandoverOperations operations) : HandoverPage(db, rights)
{
    public static readonly string[] FieldOrder = ["Input.Text", "Input.Links"];

    [BindProperty] public ReportBackInput Input { get; set; } = new();

    protected override HandoverAction Action => HandoverAction.ReportBack;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        Input = new ReportBackInput { Version = Handover.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        return await SubmitAsync(() => operations.ReportBackAsync(Id, Input, Input.Version, ct),
            $"Återrapporten är skickad till {Handover.FromGroupName} och föreslagen till gruppens nästa möte.", FieldOrder);
    }
}
