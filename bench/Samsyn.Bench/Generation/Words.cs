namespace Samsyn.Bench.Generation;

/// <summary>Swedish words and phrases for generated names and text: plausible to read, never about a patient.</summary>
internal static class Words
{
    public static readonly string[] AreaNames = ["Vårdsamverkan Fyrbodal", "Vårdsamverkan Södra Älvsborg", "Vårdsamverkan Göteborgsregionen"];

    public static readonly string[] Municipalities =
    [
        "Bengtsfors", "Dals-Ed", "Färgelanda", "Lysekil", "Mellerud", "Munkedal", "Orust", "Sotenäs", "Strömstad", "Tanum",
        "Trollhättan", "Uddevalla", "Vänersborg", "Åmål", "Bollebygd", "Borås", "Herrljunga", "Mark", "Svenljunga", "Tranemo",
        "Ulricehamn", "Vårgårda", "Alingsås", "Härryda", "Lerum", "Mölndal", "Partille", "Öckerö", "Kungsbacka", "Lilla Edet",
        "Göteborg", "Stenungsund", "Tjörn", "Kungälv", "Ale", "Essunga", "Falköping", "Grästorp", "Gullspång", "Götene",
        "Hjo", "Karlsborg", "Lidköping", "Mariestad", "Skara", "Skövde", "Tibro", "Tidaholm", "Töreboda", "Vara",
    ];

    public static readonly string[] GivenNames =
    [
        "Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Eva", "Johan", "Sara", "Per", "Lena", "Mikael", "Helena",
        "Fredrik", "Emma", "Olof", "Ingrid", "Magnus", "Sofia", "Henrik", "Kristina", "Jonas", "Malin", "Peter",
    ];

    public static readonly string[] FamilyNames =
    [
        "Exempelsson", "Påhittad", "Demoberg", "Testlund", "Låtsasson", "Modellsson", "Prövare", "Skenlund", "Fantasia",
        "Sagoson", "Diktberg", "Fiktiva", "Provén", "Övningsdal", "Mönstergren", "Utkastsson",
    ];

    public static readonly string[] Titles =
    [
        "Verksamhetschef", "Enhetschef", "Avdelningschef", "Områdeschef", "Medicinskt ansvarig sjuksköterska", "Sektorchef",
        "Förvaltningschef", "Vårdcentralschef", "Utvecklingsledare",
    ];

    public static readonly string[] AgendaTitles =
    [
        "Lägesbild från parterna", "Avvikelser i samverkan", "Aktiva temporära avsteg", "Information till alla vård- och insatsgivare",
        "Överlämnade frågor med återrapport", "Utskrivningsklara patienter och betalningsansvar", "Samordnad individuell plan (SIP)",
        "Läkemedelsgenomgångar vid utskrivning", "Hjälpmedel vid hemgång", "Kompetensförsörjning i sommar",
        "Verksamhetsplanens uppföljning", "Rutin för inskrivningsmeddelande", "Mobil närvård", "Psykiatrisk samverkan",
        "Beredskap inför storhelg", "Revidering av överenskommelse", "Digitala vårdmöten", "Korttidsplatser",
    ];

    public static readonly string[] DecisionTexts =
    [
        "Ledningsgruppen fastställer den reviderade rutinen för inskrivningsmeddelande.",
        "Frågan om hjälpmedel vid hemgång lämnas över till samverkansgruppen med återrapport.",
        "Gruppen godkänner verksamhetsplanens uppföljning för perioden.",
        "Temporärt avsteg från riktlinjen för utskrivning under sommarperioden beviljas.",
        "Gruppen beslutar att följa upp avvikelserna om SIP-kallelser vid nästa möte.",
        "Mötesplanen för nästa år fastställs.",
        "Överenskommelsen om läkemedelsgenomgångar förlängs ett år.",
        "Gruppen ger processledaren i uppdrag att ta fram en gemensam kommunikationsplan.",
        "Rutinen för mobil närvård fastställs och gäller från och med nästa månad.",
        "Beslut om gemensam utbildningsdag för personalen i kommunerna och regionen.",
    ];

    public static readonly string[] DeviationTexts =
    [
        "Inskrivningsmeddelandet kom tre dygn efter inskrivningen, så kommunen kunde inte planera hemgången.",
        "Kallelsen till SIP skickades först fem dagar efter att patienten var utskrivningsklar.",
        "Utskrivningen skedde en fredag kväll utan att hemsjukvården fått besked.",
        "Läkemedelslistan som följde med saknade de senaste ändringarna.",
        "Hjälpmedel var inte på plats vid hemkomsten trots att behovet var känt en vecka tidigare.",
        "Kontaktpersonen på avdelningen gick inte att nå under två dagar.",
        "Informationen om vårdbehov kom till fel enhet och fick skickas vidare.",
    ];

    public static readonly string[] Measures =
    [
        "Rutinen har gåtts igenom på arbetsplatsträff och en checklista har införts.",
        "Vi har utsett en ansvarig för meddelanden under helger och följer upp varje månad.",
        "Kontaktuppgifterna har uppdaterats och alla enheter har fått information.",
        "Avvikelsen har tagits upp i den lokala samverkansgruppen och åtgärder följs upp om tre månader.",
    ];

    public static readonly string[] DocumentSubjects =
    [
        "inskrivning och utskrivning", "samordnad individuell plan", "läkemedelsgenomgång", "hjälpmedel", "hemsjukvård",
        "korttidsvård", "psykiatrisk öppenvård", "palliativ vård", "mobil närvård", "informationsöverföring",
    ];

    public static string Pick(this Random random, string[] words) => words[random.Next(words.Length)];
}
