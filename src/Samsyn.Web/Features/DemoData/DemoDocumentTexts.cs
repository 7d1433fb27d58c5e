namespace Samsyn.Web.Features.DemoData;

/// <summary>
/// The texts of the demo's governing documents: the two source documents word for word (shared/seeds), and the
/// SIMBA routines and guidelines written for the demo. Simple HTML, as the rich-text cleaner keeps it.
/// </summary>
internal static class DemoDocumentTexts
{
    /// <summary>seeds/000_d41820907fc44af6.txt, the body below the header block, both pages.</summary>
    public const string SimbaMandate = """
        <h3>Uppdragsbeskrivning för ledningsgrupp i samverkan</h3>
        <h4>Inledning</h4>
        <p>SIMBA bildades i mitten av 1990-talet och är en vårdssamverkansorganisation för Den Nära Vården i mellersta Bohuslän.</p>
        <p>Närvårdssamverkan är till för invånare, som har behov av samordnade och samtidiga vårdåtgärder och insatser från både kommun och region.</p>
        <p>Närvårdssamverkan sker på såväl politisk- och förvaltningsnivå som på verksamhetsnivå. Samverkan på ledningsnivå skapar legitimitet och struktur. Därmed ges förutsättningar för en långsiktig planering, styrning och ledning.</p>
        <p>För att hantera frågor i den dagliga verksamheten som berör samverkan behövs en ledningsgrupp som träffas regelbundet och relativt frekvent.</p>
        <p>Pandemin har bidragit till att skapa en ledningsgrupp där samtliga vårdgivare ingår och tekniken varit en möjliggörare att träffas frekvent. Ett liknande forum har inte tidigare funnits inom SIMBA-området.</p>
        <h4>Mål</h4>
        <p>Vården och insatserna ska av den enskilde upplevas som sömlös, jämlik och ha sin utgångspunkt i den enskildes behov.</p>
        <h4>Syfte</h4>
        <p>Syftet med ledningsgruppen i samverkan är att hantera frågor gemensamt som berör många vård- och insatsgivare och när behov finns hantera dem snabbt.</p>
        <h4>Uppdrag</h4>
        <ul>
        <li>Informera varandra, skapa förståelse och i möjligaste mån underlätta för varandra vid hård arbetsbelastning i det dagliga arbetet.<br>Förhoppningen är att ledningsgruppsmötena kan understödja arbetet med att få bättre följsamhet till de beslutade processerna och därmed bättre flöde i bland annat in- och utskrivningsprocessen samt omhändertagande av patienter i samverkan i öppenvården när avvikelser i en process kan hanteras i nära anslutning till att de uppstår.</li>
        <li>Få information och informera varandra när det bedöms värdefullt att samtliga vård- och insatsgivare får information gemensamt. Behöver frågorna hanteras vidare överlämnas de till någon eller några av SIMBAs ingående samverkansgrupper på lokal eller delregional nivå.</li>
        <li>Fatta beslut om temporära avsteg från gemensamma riktlinjer och rutiner.</li>
        </ul>
        <p>Ledningsgruppsmötena är korta, stringenta informationsmöten som hålles i samförstånd och med öppen respektfull inställning till varandra, och i förväg fastställd agenda.</p>
        <p>För att ledningsgruppsmötena ska få avsedd effekt förutsätts hög närvaro och ersättare vid frånvaro.</p>
        <p>Mötesfrekvensen följer det aktuella behovet. Fasta mötestider före och efter storhelger samt inför och efter sommarens semesterperiod.</p>
        <h4>Ordförandeskapet</h4>
        <p>Ordförandeskapet hanteras i samråd mellan regional och kommunal primärvården, samt Kungälv's sjukhus och kan variera över tid.</p>
        <p>SIMBAs processledare är sammankallande till ledningsgruppsmötena.</p>
        """;

    /// <summary>seeds/003_61348e297b0cfd39.txt, the plan's sections 1–8 (the table of contents left out).</summary>
    public const string SkaraborgStrategicPlan = """
        <h3>Strategisk plan med prioriterade målområden för Vårdssamverkan Skaraborg 2018 - 2020</h3>
        <p>Fastställd av Politisk samverkan Skaraborg<br>2018-10-05</p>
        <h4>1. Inledning</h4>
        <p>Styrgruppen för Vårdsamverkan Skaraborg har i uppdrag av Politisk Samverkan Skaraborg (PSS) att lämna förslag till en treårig strategisk plan med prioriterade målområden för parternas gemensamma samverkansområden.</p>
        <p>Att utveckla vårdssamverkan är ett långsiktigt arbete som bygger på goda relationer och att det finns tillit och förtroende mellan de som ska samverka. Arbetet måste organiseras, struktureras och formaliseras för att bli hållbart över tid. Kontinuerlig dialog och modet att våga gå från ord till handling är framgångsfaktorer. Ett viktigt led i detta är framtagande av en strategisk plan med målområden för de närmaste tre åren. Planen gäller under perioden 2018 - 2020 och omfattar de huvudmän i Skaraborg som bedriver verksamhet inom hälsa, stöd, vård och omsorg.</p>
        <h4>2. Övergripande Syfte och Mål</h4>
        <p>Syfte är att nå en effektiv vårdssamverkan i frågor som berör samtliga parter.</p>
        <p>Målet är att berörda vårdtagare och patienter skall uppleva vård- och omsorgsinsatserna som en helhet utan gränser.</p>
        <p>Arbetet i styrgruppen ska utgå från nedanstående förhållningssätt:</p>
        <ul>
        <li>Samsyn, samverkan och samarbete mellan huvudmännen</li>
        <li>Vård och omsorg på rätt nivå där den gör mest nytta</li>
        <li>God och säker vård och omsorg</li>
        </ul>
        <h4>3. Strategisk plan för vårdssamverkan</h4>
        <p>Den strategiska planen är ett gemensamt styrdokument för hälsa, stöd, vård och omsorg. I planen fastställs gemensamma prioriterade målområden för utvecklingen av vårdssamverkan under en period av tre år. Planen ska bidra till att säkra ett gott omhändertagande för de personer som har behov av hälso- och sjukvårdsinsatser och omsorg.</p>
        <h4>4. Målgrupper</h4>
        <p>Vårdssamverkan omfattar insatser inom hälso- och sjukvården och omsorgen till samtliga målgrupper där regionen och kommunerna behöver samverka, dvs. alla patienter och brukare som behöver hanteras sammanhållet mellan olika verksamheter.</p>
        <p>Några målgrupper som har särskilda samverkansbehov och behöver en stor del av vårdens och omsorgens resurser är barn och unga, äldre med komplex sjukdomsbild, kroniskt sjuka samt personer med psykisk ohälsa.</p>
        <h4>5. Gemensam avsiktsförklaring</h4>
        <p>Regionens parter och kommunerna:</p>
        <ul>
        <li>förbinder sig att bibehålla och vidareutveckla ett förtroendefullt samarbete kring gemensamma målgrupper.</li>
        <li>tar ett gemensamt ansvar för ett långsiktigt utvecklingsarbete med utgångspunkt från den grundläggande ansvarsfördelningen och de prioriterade målområdena.</li>
        <li>ansvarar var för sig för att erforderliga resurser och kompetenser finns inom respektive ansvarsområde.</li>
        </ul>
        <h4>6. Prioriterade målområden för vårdssamverkan 2018-2020</h4>
        <p>I den strategiska planen för vårdssamverkan fastställs prioriterade målområden som stöd för den gemensamma utvecklingen och planeringen av vårdssamverkan i Skaraborg. Det övergripande målet tydliggör de långsiktiga effekter som eftersträvas. För att nå det övergripande målet ska fokus ligga på fyra utvecklingsområden.</p>
        <p>Målområden:</p>
        <ul>
        <li>Utveckla arbetsmodeller för den Nära vården: Detta innefattar användning av digital teknik och ökad mobilitet. Med ökad mobilitet avses att kunna erbjuda vård och omsorg där den behövande vistas i sitt dagliga liv.</li>
        <li>Bevara, stödja och förfina samverkansstrukturen och stödja arbetet i samverkansgrupperna.</li>
        <li>Utveckla förutsättningar för vård på rätt vårdnivå: Detta innefattar ett proaktivt förebyggande arbete med inriktning på folkhälsa och ökande egenvårdsförmåga.</li>
        <li>Personal- och kompetensförsörjning</li>
        </ul>
        <h4>7. Styrning och organisation</h4>
        <p>Den strategiska planen utgör ett av underlagen för Vårdssamverkan Skaraborgs årliga verksamhetsplaner för respektive samverkansgrupp. Utgångspunkten för verksamhetsplanerna ska tas i de prioriterade målområden som har beslutats i den delregionala strategiska planen för vårdssamverkan.</p>
        <p>Ledningarnas inställning till samverkan är avgörande för resultatet. Cheferna hos huvudmännen har ansvar för att prioritera samarbetet och ge verksamheter och medarbetare de förutsättningar som krävs för att arbeta utifrån inriktningen i strategin.</p>
        <h4>8. Beslut och uppföljning</h4>
        <p>Beslut om den strategiska planen för vårdssamverkan fattas av Politisk samverkan Skaraborg (PSS) och revideras en gång/år. Uppföljning görs av PSS efter varje treårsintervall och återkopplas till Styrgrupp Vårdssamverkan Skaraborg.</p>
        """;

    public const string AdmissionAndDischargeRoutine = """
        <h3>Syfte</h3>
        <p>Rutinen beskriver hur sjukhuset, den regionala primärvården och kommunerna i SIMBA samverkar när en patient skrivs in i och ut från sluten hälso- och sjukvård, enligt lagen (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård.</p>
        <h3>Inskrivning</h3>
        <ul>
        <li>Slutenvården skickar inskrivningsmeddelande till kommunen och den regionala primärvården inom 24 timmar från inskrivningen när patienten kan antas behöva insatser efter utskrivningen.</li>
        <li>Slutenvården anger ett preliminärt datum för utskrivning så tidigt som möjligt.</li>
        </ul>
        <h3>Utskrivningsklar</h3>
        <ul>
        <li>Slutenvården meddelar när patienten är utskrivningsklar.</li>
        <li>Den fasta vårdkontakten i primärvården kallar till samordnad individuell planering (SIP) inom tre dagar efter meddelandet om att patienten är utskrivningsklar.</li>
        <li>Kommunen tar emot patienten eller börjar betala för vårddygnen enligt den gemensamma överenskommelsen.</li>
        </ul>
        <h3>Hemgång</h3>
        <ul>
        <li>Läkemedelslista och utskrivningsinformation följer med patienten och skickas till primärvården och kommunen samma dag.</li>
        <li>Hjälpmedel och hemtjänst finns på plats när patienten kommer hem.</li>
        </ul>
        <h3>Avvikelser</h3>
        <p>När rutinen inte följs rapporteras en avvikelse i samverkan. Den handlar om processen, aldrig om patienten.</p>
        """;

    public const string SipGuideline = """
        <h3>Syfte</h3>
        <p>Riktlinjen beskriver när och hur en samordnad individuell plan (SIP) tas fram i SIMBA, så att den enskilde får sina insatser samordnade mellan region och kommun.</p>
        <h3>Riktlinje</h3>
        <ul>
        <li>En SIP upprättas när den enskilde har behov av insatser från både hälso- och sjukvården och socialtjänsten, och behovet inte kan tillgodoses av en huvudman ensam.</li>
        <li>Den som först ser behovet tar initiativ och kallar till planeringen.</li>
        <li>Den enskilde samtycker till planeringen och deltar i den.</li>
        <li>Planen anger vilka insatser som ska ges, vem som ansvarar för vad och vem som har det övergripande ansvaret.</li>
        <li>Planen följs upp på det datum som anges i den.</li>
        </ul>
        """;

    public const string AidsAtHomeRoutine = """
        <h3>Syfte</h3>
        <p>Att hjälpmedel som patienten behöver finns på plats i hemmet när patienten skrivs ut från sjukhuset.</p>
        <h3>Rutin</h3>
        <ol>
        <li>Slutenvårdens arbetsterapeut eller fysioterapeut bedömer behovet av hjälpmedel senast dagen innan utskrivning.</li>
        <li>Förskrivaren beställer hjälpmedlet och meddelar kommunens hemsjukvård vilket leveransdatum som gäller.</li>
        <li>Är hjälpmedlet inte på plats på utskrivningsdagen kontaktar kommunen sjukhuset, och hemgången flyttas eller en tillfällig lösning ordnas.</li>
        </ol>
        """;

    public const string DischargeAgreement = """
        <h3>Parter</h3>
        <p>Västra Götalandsregionen och kommunerna Ale, Kungälv, Stenungsund och Tjörn.</p>
        <h3>Överenskommelse</h3>
        <p>Parterna kommer överens om hur samverkan vid utskrivning från sluten hälso- och sjukvård ska gå till, om fasta vårdkontakter i primärvården och om kommunernas betalningsansvar när en utskrivningsklar patient inte kan lämna sjukhuset.</p>
        <ul>
        <li>Kommunen betalar för vårddygn från och med den dag som överenskommelsen anger efter att patienten är utskrivningsklar.</li>
        <li>Genomsnittet följs upp per kommun och månad och rullande tre månader.</li>
        <li>Avvikelser i samverkan besvaras med åtgärder inom 60 dagar.</li>
        </ul>
        """;
}
