using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;

namespace Samsyn.Web.Features.Notifications;

public sealed class ChoiceInput
{
    public NotificationKind Kind { get; set; }
    public DeliveryChannel Channel { get; set; }
}

/// <summary>How the signed-in person wants each kind of notification, and their own calendar address.</summary>
public sealed class SettingsModel(AppDbContext db, Infrastructure.Security.CurrentUser user) : PageModel
{
    [BindProperty] public List<ChoiceInput> Choices { get; set; } = [];
    [BindProperty] public int Version { get; set; }

    public NotificationPreferencesView Preferences { get; private set; } = new([], 0);
    public DateTimeOffset? FeedCreatedAt { get; private set; }

    /// <summary>The calendar address just made; shown in this response only.</summary>
    public string? NewFeedUrl { get; private set; }

    public bool HasPerson => user.PersonId is not null;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (user.PersonId is not int personId) return Forbid();
        if (!ModelState.IsValid || Choices.Count == 0 || Choices.Any(c => !Enum.IsDefined(c.Kind) || !Enum.IsDefined(c.Channel)))
        {
            ModelState.Clear();
            ModelState.AddModelError("", "Välj ett av alternativen för varje slag av notis.");
            await LoadAsync(ct);
            return Page();
        }
        var settings = await NotificationPreferencesApi.LoadOrDefaultAsync(db, personId, ct);
        try
        {
            await NotificationPreferencesApi.SaveAsync(db, settings, Version, Choices.Select(c => (c.Kind, c.Channel)), ct);
        }
        catch (Exception e) when (e.IsConflict())
        {
            ModelState.AddModelError("", "Inställningarna har ändrats någon annanstans sedan du öppnade sidan. Här är de sparade; gör dina val igen.");
            db.ChangeTracker.Clear();
            await LoadAsync(ct);
            return Page();
        }
        TempData["Message"] = "Dina val för notiser är sparade.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRenewFeedAsync(CancellationToken ct)
    {
        if (user.PersonId is not int personId) return Forbid();
        var (token, _) = await PersonalCalendarApi.RenewAsync(db, personId, ct);
        NewFeedUrl = PersonalCalendarApi.Url(MeetingCalendarApi.BaseUrl(HttpContext), token);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeFeedAsync(CancellationToken ct)
    {
        if (user.PersonId is not int personId) return Forbid();
        var revoked = await PersonalCalendarApi.RevokeAsync(db, personId, ct);
        TempData["Message"] = revoked ? "Kalenderadressen är avstängd. Kalendrar som prenumererar på den får inga fler uppdateringar." : "Du hade ingen kalenderadress.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (user.PersonId is not int personId) return;
        Preferences = NotificationPreferencesApi.View(await NotificationPreferencesApi.LoadOrDefaultAsync(db, personId, ct));
        Version = Preferences.Version;
        FeedCreatedAt = await db.PersonalCalendarFeeds.Where(f => f.PersonId == personId).Select(f => (DateTimeOffset?)f.CreatedAt).FirstOrDefaultAsync(ct);
    }
}
