using Samsyn.Web.Features.Meetings;

namespace Samsyn.Bench.Generation;

/// <summary>
/// Every group's meetings over the years, evenly spread on weekdays, the last few still ahead: a time-boxed agenda
/// with the standing items first, attendance per seat, minutes with notes, decisions and an action item.
/// </summary>
internal sealed class MeetingData(BenchWorld world, BulkWriter writer)
{
    private static readonly string[] StandingItems =
        ["Lägesbild från parterna", "Avvikelser i samverkan", "Aktiva temporära avsteg", "Information till alla vård- och insatsgivare", "Överlämnade frågor med återrapport"];

    private readonly Random random = world.Random("meetings");

    public async Task LoadAsync(CancellationToken ct)
    {
        var schedule = Schedule();
        var held = schedule.Count(m => m.Day <= world.End);
        var heldIndex = 0;
        foreach (var (group, day) in schedule)
        {
            var decisions = 0;
            if (day <= world.End)
            {
                // Spreads the requested number of decisions exactly over the meetings that have been held.
                decisions = (int)((long)(heldIndex + 1) * world.Size.Decisions / held - (long)heldIndex * world.Size.Decisions / held);
                heldIndex++;
            }
            await writer.AddAsync(NewMeeting(group, day, decisions), ct, rows: 25);
        }
    }

    /// <summary>Each group's meetings at an even pace from the start of the history to a month past its end.</summary>
    private List<(GroupPlan Group, DateOnly Day)> Schedule()
    {
        var perGroup = world.Size.MeetingsPerGroupAndYear * world.Size.Years;
        var span = world.End.AddDays(30).DayNumber - world.Start.DayNumber;
        var schedule = new List<(GroupPlan, DateOnly)>();
        foreach (var group in world.Groups)
            for (var i = 0; i < perGroup; i++)
                schedule.Add((group, Weekday(world.Start.AddDays(span * (i + 1) / perGroup - random.Next(3)))));
        return schedule;
    }

    private static DateOnly Weekday(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };

    private Meeting NewMeeting(GroupPlan group, DateOnly day, int decisions)
    {
        var startsAt = world.MomentOn(day, 12 * 60);
        var kind = random.Next(10) switch { 0 => MeetingKind.Extra, < 4 => MeetingKind.Fixed, _ => MeetingKind.Ordinary };
        var meeting = new Meeting
        {
            Id = world.NextId("Meeting"), GroupId = group.Id, Title = $"Möte {day:yyyy-MM-dd}", StartsAt = startsAt, EndsAt = startsAt.AddHours(2),
            Location = "Samverkansrummet", Kind = kind, Reason = kind == MeetingKind.Extra ? "Ansträngt läge inför helgen" : null,
            CalendarUid = NewGuid(),
        };
        AddAgenda(meeting, group, day, decisions);
        var held = day <= world.End;
        if (held || day <= world.End.AddDays(7)) meeting.PublishAgenda(startsAt.AddDays(-7));
        var cancelled = held && random.Next(100) == 0;
        if (cancelled) meeting.Cancel();
        foreach (var seat in group.Seats.Where(s => s.OrganisationId is not null))
            meeting.Attendances.Add(NewAttendance(seat, startsAt, held && !cancelled));
        if (held && !cancelled) meeting.ApproveMinutes(startsAt.AddDays(3), world.PersonEmails[group.ConvenerPersonId]);
        return meeting;
    }

    private void AddAgenda(Meeting meeting, GroupPlan group, DateOnly day, int decisions)
    {
        var held = day <= world.End;
        for (var i = 0; i < world.Size.AgendaItemsPerMeeting; i++)
        {
            var standing = i < StandingItems.Length;
            var item = new AgendaItem
            {
                Id = world.NextId("AgendaItem"), Order = i + 1, Title = standing ? StandingItems[i] : random.Pick(Words.AgendaTitles), IsStanding = standing,
                Kind = standing ? AgendaItemKind.Information : (AgendaItemKind)(i % 3), DurationMinutes = 10 + 5 * random.Next(4),
                Status = AgendaItemStatus.Accepted, Notes = held ? "Gruppen gick igenom underlaget och diskuterade fortsatt arbete." : null,
            };
            meeting.AgendaItems.Add(item);
        }
        var decisionItems = meeting.AgendaItems.Where(i => i.Kind == AgendaItemKind.Decision).DefaultIfEmpty(meeting.AgendaItems[^1]).ToList();
        for (var d = 0; d < decisions; d++)
        {
            var decision = new Decision
            {
                Id = world.NextId("Decision"), MeetingId = meeting.Id, GroupId = group.Id, DecidedOn = day,
                Text = random.Pick(Words.DecisionTexts), Type = DecisionType.Decision,
            };
            decisionItems[d % decisionItems.Count].Decisions.Add(decision);
            if (!world.DecisionsByGroup.TryGetValue(group.Id, out var list)) world.DecisionsByGroup[group.Id] = list = [];
            list.Add(new DecisionRef(decision.Id, group.Id, day));
        }
        if (held)
            meeting.AgendaItems[^1].ActionItems.Add(new ActionItem
            {
                MeetingId = meeting.Id, Text = "Återkoppla till nästa möte.", OwnerPersonId = group.ConvenerPersonId, DueDate = day.AddDays(30),
                DoneAt = day.AddDays(30) <= world.End ? world.MomentOn(day.AddDays(25), 9 * 60) : null,
            });
    }

    /// <summary>Most seats attend; some send their substitute; a few report absence beforehand.</summary>
    private Attendance NewAttendance(Seat seat, DateTimeOffset startsAt, bool held)
    {
        var attendance = new Attendance { Id = world.NextId("Attendance"), MembershipId = seat.MembershipId };
        if (!held) return attendance;
        var roll = random.Next(100);
        if (roll < 8 && seat.Substitutes.Count > 0)
            attendance.Record(AttendanceStatus.SubstituteAttended, seat.Substitutes.First(), seat.Substitutes);
        else if (roll < 18)
            attendance.ReportAbsence(startsAt.AddDays(-2), null, seat.Substitutes);
        else
            attendance.Record(AttendanceStatus.Present, null, seat.Substitutes);
        return attendance;
    }

    private Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
