namespace Samsyn.Web.Features.Meetings;

/// <summary>What the meeting list partial shows: the meetings, whether to name the group, and the agenda deadline column.</summary>
public sealed record MeetingTableModel(
    IReadOnlyList<MeetingSummary> Meetings, bool ShowGroup, bool ShowDeadline, IReadOnlyDictionary<int, string>? StandingIn, string LabelledBy);
