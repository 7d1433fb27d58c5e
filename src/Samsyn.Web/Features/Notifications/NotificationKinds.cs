namespace Samsyn.Web.Features.Notifications;

/// <summary>How a person wants the email of a kind of notification. Every notification is always shown in Samsyn.</summary>
public enum DeliveryChannel
{
    /// <summary>An email as soon as it happens (the default).</summary>
    Immediately,

    /// <summary>Collected into one email a day.</summary>
    DailyDigest,

    /// <summary>No email; only the notification centre.</summary>
    InAppOnly,
}

/// <summary>A kind of notification as the preference page shows it.</summary>
public sealed record NotificationKindInfo(NotificationKind Kind, string Area, string Label, string Description);

/// <summary>The Swedish names of the notification kinds and channels, grouped by the capability that raises them.</summary>
public static class NotificationKinds
{
    public static readonly IReadOnlyList<NotificationKindInfo> All =
    [
        new(NotificationKind.AgendaPublished, "Möten", "Dagordning publicerad", "Dagordningen för ett möte i din grupp är klar."),
        new(NotificationKind.MeetingRescheduled, "Möten", "Möte flyttat", "Tid eller plats för ett möte har ändrats."),
        new(NotificationKind.MeetingCancelled, "Möten", "Möte inställt", "Ett möte i din grupp är inställt."),
        new(NotificationKind.SubstituteRequested, "Möten", "Du ersätter någon", "En ledamot har anmält förhinder och angett dig som ersättare."),
        new(NotificationKind.AgendaItemProposed, "Möten", "Förslag till dagordning", "Någon har föreslagit en punkt (till sammankallande)."),
        new(NotificationKind.AgendaItemDecided, "Möten", "Ditt förslag behandlat", "Ditt förslag till dagordning är godtaget eller avböjt."),
        new(NotificationKind.MinutesApproved, "Möten", "Protokoll justerat", "Protokollet från ett möte är justerat."),
        new(NotificationKind.HelpRequested, "Lägesbild", "Begäran om stöd", "En organisation i din grupp rapporterar att den behöver stöd."),
        new(NotificationKind.DeviationReceived, "Avvikelser", "Ny avvikelse att besvara", "En avvikelse i samverkan gäller en organisation du företräder."),
        new(NotificationKind.DeviationAnswered, "Avvikelser", "Avvikelse besvarad", "Den berörda organisationen har svarat på en avvikelse du rapporterade."),
        new(NotificationKind.DeviationReopened, "Avvikelser", "Avvikelse öppnad igen", "En avvikelse du har besvarat är öppnad igen och behöver ett nytt svar."),
        new(NotificationKind.CaseRaised, "Ärenden", "Nytt ärende", "Någon har väckt ett ärende i en grupp där du är sammankallande."),
        new(NotificationKind.HandoverReceived, "Ärenden", "Överlämnad fråga", "En fråga har lämnats över till din grupp med ett uppdrag och ett datum för återrapport."),
        new(NotificationKind.HandoverReturned, "Ärenden", "Fråga tillbakalämnad", "En grupp har lämnat tillbaka en fråga som din grupp lämnade över."),
        new(NotificationKind.ReportBackReceived, "Ärenden", "Återrapport", "En grupp har återrapporterat en fråga som din grupp lämnade över."),
        new(NotificationKind.CaseConcluded, "Ärenden", "Ditt ärende är avgjort", "Ett ärende du väckte är beslutat eller avslutat."),
        new(NotificationKind.MeetingTomorrow, "Påminnelser", "Möte snart", "Påminnelse arbetsdagen före ett möte."),
        new(NotificationKind.AgendaDeadline, "Påminnelser", "Sista dag för förslag", "Påminnelse på sista dagen att föreslå punkter."),
        new(NotificationKind.AbsenceWithoutSubstitute, "Påminnelser", "Förhinder utan ersättare", "En plats saknar ersättare två dagar före mötet."),
        new(NotificationKind.ActionItemDue, "Påminnelser", "Åtgärd ska vara klar", "Påminnelse arbetsdagen före att din åtgärd ska vara klar."),
        new(NotificationKind.DeviationAnswerDue, "Påminnelser", "Svar på avvikelse", "Svaret på en avvikelse ska snart lämnas."),
        new(NotificationKind.ExemptionEnding, "Påminnelser", "Temporärt avsteg upphör", "Ett temporärt avsteg från en gemensam riktlinje eller rutin upphör snart."),
        new(NotificationKind.ReportBackDue, "Påminnelser", "Återrapportering", "En återrapportering från en samverkansgrupp ska snart lämnas."),
        new(NotificationKind.DocumentRevisionDue, "Påminnelser", "Revidering av styrdokument", "Ett styrdokument ska snart revideras."),
        new(NotificationKind.FollowUpDue, "Påminnelser", "Uppföljning av verksamhetsplan", "Påminnelse en vecka före sista dag att följa upp aktiviteterna i din grupps verksamhetsplan."),
        new(NotificationKind.StrategicPlanProposed, "Strategi", "Strategisk plan föreslagen", "Styrgruppen har föreslagit en strategisk plan som ska fastställas."),
        new(NotificationKind.StrategicPlanAdopted, "Strategi", "Strategisk plan fastställd", "En strategisk plan är fastställd; verksamhetsplanerna bygger på den."),
        new(NotificationKind.BulletinPublished, "Meddelanden", "Meddelande till alla", "Ett meddelande till alla vård- och insatsgivare har kommit till din organisation."),
        new(NotificationKind.BulletinUnacknowledged, "Meddelanden", "Meddelande att bekräfta", "Påminnelse när din organisation ännu inte har bekräftat att den läst ett meddelande."),
        new(NotificationKind.DocumentApproved, "Styrdokument och avsteg", "Styrdokument godkänt", "En ny version av ett styrdokument i din grupp är godkänd."),
        new(NotificationKind.ExemptionGranted, "Styrdokument och avsteg", "Temporärt avsteg beviljat", "Ett temporärt avsteg från en riktlinje eller rutin gäller din organisation."),
        new(NotificationKind.ExemptionChanged, "Styrdokument och avsteg", "Temporärt avsteg ändrat", "Ett avsteg som gäller din organisation är förlängt, återkallat eller avslutat."),
    ];

    public static NotificationKindInfo Info(NotificationKind kind) => All.First(k => k.Kind == kind);

    public static string Label(DeliveryChannel channel) => channel switch
    {
        DeliveryChannel.Immediately => "E-post direkt",
        DeliveryChannel.DailyDigest => "Daglig sammanfattning",
        _ => "Bara i Samsyn",
    };
}
