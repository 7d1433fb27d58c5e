using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Exemptions;

/// <summary>
/// What the pages that extend, revoke and close an exemption share with the API: the deciding group's convener,
/// the version seen on the form, the change in <see cref="ExemptionOperations"/>, and back to the exemption.
/// </summary>
public abstract class ExemptionChangePage<TInput>(AppDbContext db, DocumentRights rights) : PageModel where TInput : class, new()
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public TInput Input { get; set; } = new();
    public ExemptionDetails Exemption { get; private set; } = null!;
    public List<SelectListItem> Decisions { get; private set; } = [];

    protected abstract string[] FieldOrder { get; }

    protected abstract string Done { get; }

    protected abstract int? VersionOf(TInput input);

    protected abstract TInput Start(ExemptionDetails exemption, DateOnly today);

    protected abstract Task ChangeAsync(Exemption exemption, TInput input, Dictionary<string, string[]> errors, string byName, CancellationToken ct);

    protected AppDbContext Db => db;

    protected DocumentRights Rights => rights;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var refusal = await LoadAsync(ct);
        if (refusal is not null) return refusal;
        Input = Start(Exemption, DocumentText.Today(db.Clock));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var refusal = await LoadAsync(ct);
        if (refusal is not null) return refusal;
        var exemption = (await ExemptionOperations.LoadAsync(db, Id, ct))!;
        var errors = InputValidation.Validate(Input);
        try
        {
            if (errors.Count == 0)
            {
                db.ExpectVersion(exemption, VersionOf(Input) ?? 0);
                await ChangeAsync(exemption, Input, errors, await rights.DisplayNameAsync(ct), ct);
            }
            if (!DocumentPages.ShowErrors(ModelState, ViewData, errors, FieldOrder))
            {
                await db.SaveChangesAsync(ct);
                TempData["Message"] = Done;
                return Redirect(ExemptionQueries.Link(Id));
            }
        }
        catch (InvalidStateChangeException e)
        {
            TempData["Error"] = e.Message;
            return Redirect(ExemptionQueries.Link(Id));
        }
        catch (Exception e) when (e.IsConflict())
        {
            TempData["Error"] = Texts.Common_Conflict;
            return Redirect(ExemptionQueries.Link(Id));
        }
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var details = await ExemptionQueries.DetailsAsync(db, Id, DocumentText.Today(db.Clock), ct);
        if (details is null) return NotFound();
        if (!await rights.MayDecideForAsync(details.Decision.GroupId, ct)) return Forbid();
        Exemption = details;
        Decisions = await DocumentPages.DecisionsAsync(db, [details.Decision.GroupId], ct);
        return null;
    }
}
