using System.ComponentModel.DataAnnotations;

namespace Samsyn.Web.Features.Situation.Discharge;

/// <summary>The single-month form on the page. Numbers are text, so that "2,5" with a Swedish comma is read as meant.</summary>
public sealed class DischargeMonthForm
{
    [Display(Name = "Kommun")]
    public int? OrganisationId { get; set; }

    [Display(Name = "Månad")]
    public string? Month { get; set; }

    [Display(Name = "Medeldagar")]
    public string? AverageDays { get; set; }

    [Display(Name = "Utskrivna patienter (antal)")]
    public string? DischargedPatients { get; set; }

    /// <summary>The version of the stored month being changed…</summary>
    public int? Version { get; set; }

    /// <summary>…and which month that version belongs to ("12:2026-10"), so a version is never applied to another month.</summary>
    public string? VersionOf { get; set; }

    public static string Identity(int organisationId, DateOnly month) =>
        $"{organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)}:{DischargeMonth.Iso(month)}";
}
