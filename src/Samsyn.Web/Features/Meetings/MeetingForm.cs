using Samsyn.Web.Infrastructure.Web;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

/// <summary>The meeting form as the page shows it: a day and local start and end times instead of two timestamps.</summary>
public sealed class MeetingForm
{
    [Display(Name = "Datum")]
    public string? Date { get; set; }

    [Display(Name = "Starttid")]
    public string? StartTime { get; set; }

    [Display(Name = "Sluttid")]
    public string? EndTime { get; set; }

    [Display(Name = "Rubrik")]
    public string? Title { get; set; }

    [Display(Name = "Plats eller möteslänk")]
    public string? Location { get; set; }

    [Display(Name = "Typ av möte")]
    public MeetingKind? Kind { get; set; }

    [Display(Name = "Anledning")]
    public string? Reason { get; set; }

    [Display(Name = "Ordförande (annan organisation än enligt rotationen)")]
    public int? ChairOrganisationId { get; set; }

    public int? Version { get; set; }

    public static MeetingForm From(Meeting m) => new()
    {
        Date = MeetingText.IsoDate(MeetingText.LocalDate(m.StartsAt)),
        StartTime = SwedishTime.ToLocal(m.StartsAt).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        EndTime = SwedishTime.ToLocal(m.EndsAt).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        Title = m.Title, Location = m.Location, Kind = m.Kind, Reason = m.Reason,
        ChairOrganisationId = m.ChairOrganisationOverrideId, Version = m.Version,
    };

    /// <summary>
    /// Turns the form into the API's input and checks it with the API's rules (MeetingApi.CheckAsync); the errors land
    /// on the form's fields. Returns null when the form has errors.
    /// </summary>
    public async Task<MeetingInput?> ValidateAsync(int groupId, ModelStateDictionary modelState, ViewDataDictionary viewData, AppDbContext db, CancellationToken ct)
    {
        var fields = new FieldErrors("Input.Title", "Input.Date", "Input.StartTime", "Input.EndTime", "Input.Location", "Input.Kind",
            "Input.Reason", "Input.ChairOrganisationId");
        var dateOk = MeetingText.TryParseDate(Date, out var date);
        var startOk = MeetingText.TryParseTime(StartTime, out var start);
        var endOk = MeetingText.TryParseTime(EndTime, out var end);
        if (!dateOk) fields.Add("Input.Date", string.IsNullOrWhiteSpace(Date) ? "Ange mötets datum." : "Ange ett datum som finns, till exempel 2027-03-23.");
        if (!startOk) fields.Add("Input.StartTime", "Ange en starttid, till exempel 13:00.");
        if (!endOk) fields.Add("Input.EndTime", "Ange en sluttid, till exempel 14:00.");
        var input = new MeetingInput
        {
            GroupId = groupId, Title = Title, Location = Location, Kind = Kind ?? MeetingKind.Ordinary, Reason = Reason,
            ChairOrganisationId = ChairOrganisationId is > 0 ? ChairOrganisationId : null,
        };
        if (dateOk && startOk && endOk)
        {
            input.StartsAt = MeetingPlanApi.Times(date, start, 0).Starts;
            input.EndsAt = MeetingPlanApi.Times(date, end, 0).Starts;
        }
        else
        {
            // Placeholders so the shared validation reports the other fields only.
            input.StartsAt = DateTimeOffset.UnixEpoch;
            input.EndsAt = DateTimeOffset.UnixEpoch.AddHours(1);
        }
        var errors = Infrastructure.Validation.InputValidation.Validate(input);
        foreach (var (key, value) in await MeetingApi.CheckAsync(input, db, ct)) errors[key] = value;
        // Not an API rule: a need-based extra meeting says why it is called.
        if (input.Kind == MeetingKind.Extra && string.IsNullOrWhiteSpace(Reason)) errors["reason"] = ["Ange varför extramötet behövs."];
        errors.Remove("groupId");
        if (errors.Remove("startsAt", out var s)) errors["startTime"] = s;
        if (errors.Remove("endsAt", out var e)) errors["endTime"] = e;
        foreach (var (key, messages) in errors)
            fields.AddAll(key.Length == 0 ? "" : $"Input.{char.ToUpperInvariant(key[0])}{key[1..]}", messages);
        fields.CopyTo(modelState, viewData);
        return modelState.IsValid ? input : null;
    }

    public static List<SelectListItem> Kinds() => MeetingChoices.MeetingKinds();
}
