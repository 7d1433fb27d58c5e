using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

/// <summary>A clean page to print: the header block, the time-boxed agenda and, once approved, the minutes and attendance.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class PrintModel(
    AppDbContext db, Infrastructure.Pdf.PrintAccess access, Infrastructure.Pdf.ChromiumPdf pdf, IConfiguration configuration,
    Microsoft.Extensions.Options.IOptions<Situation.SituationOptions> situation) : PageModel
{
    public sealed record AgendaRow(AgendaItemView Item, int Number, DateTimeOffset Starts, DateTimeOffset Ends);

    [FromRoute] public int Id { get; set; }
    public MeetingDetails Details { get; private set; } = null!;
    public MeetingSummary Summary => Details.Meeting;
    public int DurationMinutes { get; private set; }
    public List<AgendaRow> Agenda { get; private set; } = [];
    public List<SeatAttendance> Seats { get; private set; } = [];
    public string? Convener { get; private set; }
    public string? ApprovedByName { get; private set; }
    public string? AdjustedBy { get; private set; }

    /// <summary>The situation picture as it stood at the meeting's start, kept with the minutes; null before the meeting.</summary>
    public Situation.StatusBoardView? Board { get; private set; }

    /// <summary>Signed-in users, or the server's own Chromium with a print token for this meeting.</summary>
    public async Task<IActionResult> OnGetAsync([FromQuery] string? token, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true && !access.IsValid("meeting", Id, token)) return Challenge();
        var details = await MeetingViews.DetailsAsync(db, Id, ct);
        if (details is null) return NotFound();
        Details = details;
        var meeting = await db.Meetings.AsNoTracking().FirstAsync(m => m.Id == Id, ct);
        DurationMinutes = meeting.DurationMinutes;
        var clock = Summary.StartsAt;
        var number = 0;
        foreach (var item in details.Agenda.Where(i => i.Status == AgendaItemStatus.Accepted))
        {
            var ends = clock.AddMinutes(item.DurationMinutes);
            Agenda.Add(new AgendaRow(item, ++number, clock, ends));
            clock = ends;
        }
        Convener = await db.Memberships.AsNoTracking()
            .Where(m => m.GroupId == meeting.GroupId && m.RetiredAt == null && m.Role == MemberRole.Convener)
            .Select(m => m.Person.Name).FirstOrDefaultAsync(ct);
        if (meeting.StartsAt <= db.Clock.GetUtcNow() && meeting.Status != MeetingStatus.Cancelled)
            Board = await Situation.SituationQueries.MeetingBoardAsync(db, meeting.GroupId, Summary.GroupName, meeting.StartsAt, situation.Value.StaleAfter, ct);
        if (meeting.AreMinutesApproved)
        {
            Seats = await AttendanceApi.SeatsAsync(db, meeting, ct);
            ApprovedByName = await MinutesSupport.PersonNameAsync(db, meeting.MinutesApprovedBy, ct);
            AdjustedBy = meeting.MinutesAdjustedBy;
        }
        return Page();
    }

    /// <summary>The print page as PDF, made by headless Chromium; without Chromium the user is told to print to PDF.</summary>
    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == Id, ct);
        if (meeting is null) return NotFound();
        var self = configuration["Pdf:SelfUrl"] is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        var bytes = await pdf.RenderAsync(new Uri($"{self}/moten/{Id}/utskrift?token={Uri.EscapeDataString(access.TokenFor("meeting", Id))}"), ct);
        if (bytes is null)
        {
            TempData["Error"] = pdf.IsAvailable
                ? "PDF:en kunde inte skapas just nu. Använd Skriv ut på utskriftssidan och välj Spara som PDF."
                : "Servern saknar Chromium och kan inte skapa PDF. Använd Skriv ut på utskriftssidan och välj Spara som PDF.";
            return Redirect($"/moten/{Id}");
        }
        var date = Infrastructure.SwedishTime.ToLocal(meeting.StartsAt).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return File(bytes, "application/pdf", $"{(meeting.AreMinutesApproved ? "protokoll" : "dagordning")}-{date}.pdf");
    }
}
