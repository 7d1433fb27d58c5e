using Microsoft.AspNetCore.Mvc;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Cases;

/// <summary>The receiving group's convener gives the question back, saying why; the handing group's convener is told.</summary>
public sealed class ReturnModel(AppDbContext db, CaseRights rights, HandoverOperations operations) : HandoverPage(db, rights)
{
    public static readonly string[] FieldOrder = ["Input.Reason"];

    [BindProperty] public ReturnInput Input { get; set; } = new();

    protected override HandoverAction Action => HandoverAction.Return;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        Input = new ReturnInput { Version = Handover.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        return await SubmitAsync(() => operations.ReturnAsync(Id, Input, Input.Version, ct),
            $"Frågan är lämnad tillbaka till {Handover.FromGroupName}.", FieldOrder);
    }
}
