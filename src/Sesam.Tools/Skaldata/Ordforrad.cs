namespace Sesam.Tools.Skaldata;

/// <summary>
/// A group of devices under one ISO code: what the main device is called, its models, variants, accessories
/// and spare parts. Benämningar are built from these parts the way the manuals' catalogue names them.
/// </summary>
internal sealed record Kategori(
    string IsoKod,
    string Grund,
    string[] Modeller,
    string[] Varianter,
    string[] Tillbehor,
    string[] Reservdelar,
    bool Individmarkt,
    int PrisFran,
    int PrisTill,
    int? FuManader = null,
    decimal? Patientavgift = null);

/// <summary>The vocabulary of the scale data; the benchmark draws its search terms from the same words.</summary>
internal static class Ordforrad
{
    /// <summary>ISO 9999 classes (2, 4 and 6 digits) beyond the demo data's, so the tree has realistic breadth.</summary>
    public static readonly (string Kod, string Benamning)[] IsoKoder =
    [
        ("0403", "Hjälpmedel för andningsbehandling"),
        ("040318", "Syrgaskoncentratorer"),
        ("040327", "Inhalatorer"),
        ("0433", "Hjälpmedel för vävnadsintegritet"),
        ("043306", "Sittdynor och underlägg för att förebygga trycksår"),
        ("043312", "Madrasser och madrasskydd för att förebygga trycksår"),
        ("09", "Hjälpmedel för personlig vård"),
        ("0912", "Toaletthjälpmedel"),
        ("091203", "Toalettstolar"),
        ("091212", "Toalettförhöjningar"),
        ("0933", "Hjälpmedel för tvättning, bad och dusch"),
        ("093303", "Duschstolar och duschpallar"),
        ("093312", "Badbrädor och badsitsar"),
        ("1203", "Gånghjälpmedel som hanteras av en arm"),
        ("120303", "Käppar"),
        ("120306", "Armbågskryckor"),
        ("1222", "Manuella rullstolar"),
        ("122203", "Manuella rullstolar, drivna med båda händerna"),
        ("122218", "Manuella rullstolar med kraftassistans"),
        ("1223", "Motordrivna rullstolar"),
        ("122306", "Elrullstolar, styrda av brukaren"),
        ("1231", "Hjälpmedel för att förflytta och vända personer"),
        ("123103", "Glidbrädor, glidmattor och vändlakan"),
        ("1236", "Hjälpmedel för att lyfta personer"),
        ("123603", "Mobila personlyftar"),
        ("123612", "Takmonterade personlyftar"),
        ("123621", "Lyftselar och lyftsitsar"),
        ("15", "Hjälpmedel för hushållsarbete"),
        ("1509", "Hjälpmedel för att äta och dricka"),
        ("150913", "Bestick och ätverktyg"),
        ("1809", "Sittmöbler"),
        ("180912", "Stolar med uppresningsfunktion"),
        ("1812", "Sängar"),
        ("181212", "Sängar och sängbottnar, manuella"),
        ("181227", "Sänggrindar och sängskydd"),
        ("1818", "Stödanordningar"),
        ("181806", "Stödhandtag och stödbågar"),
        ("22", "Hjälpmedel för kommunikation och information"),
        ("2203", "Synhjälpmedel"),
        ("220318", "Förstoringsglas och luppar"),
        ("2206", "Hörhjälpmedel"),
        ("220618", "Ljudförstärkare och samtalsförstärkare"),
        ("24", "Hjälpmedel för att hantera föremål"),
        ("2421", "Förlängningsverktyg"),
        ("242103", "Griptänger"),
    ];

    public static readonly Kategori[] Kategorier =
    [
        new("120606", "Rollator", ["Gemino", "Jazz", "Olympos", "Carl-Oscar", "Server", "Let's Go", "Topro Troja", "Track", "Byacre"],
            ["handtagshöjd 64-79 cm 150 kg", "handtagshöjd 71-85 cm 150 kg", "handtagshöjd 79-93 cm 150 kg", "smal inomhus 130 kg", "utomhus luftdäck 150 kg", "bariatrisk 200 kg"],
            ["Korg", "Bricka", "Mjuksits", "Ryggband", "Käpphållare", "Väska", "Isdubb"], ["Hjul 200 mm", "Bromsvajer", "Handtag", "Bromsklots", "Sitsplatta"], true, 60, 160),
        new("120603", "Gåstativ", ["Walker", "Rolling", "Nova", "Fyrhjuling"], ["justerbart 120 kg", "hopfällbart 100 kg", "med hjul fram 130 kg"],
            ["Underarmsstöd", "Korg", "Bricka"], ["Hjul 125 mm", "Gummidoppsko"], false, 20, 60),
        new("120609", "Gåstol", ["Dolomite Maxi", "Tixo", "Gåbord Kullaberg"], ["sitthöjd 55 cm", "sitthöjd 62 cm", "med underarmsstöd"],
            ["Underarmsstöd", "Sits", "Bricka"], ["Hjul 150 mm", "Broms"], true, 80, 200, 24),
        new("120303", "Käpp", ["Classic", "Fritz", "Flexyfoot", "Fällbar"], ["justerbar 75-95 cm", "justerbar 85-105 cm", "med T-handtag"],
            ["Isdubb", "Handledsrem"], ["Gummidoppsko 19 mm", "Gummidoppsko 22 mm"], false, 5, 20),
        new("120306", "Armbågskrycka", ["Ergobest", "Comfort", "Basic"], ["vuxen", "barn", "bariatrisk 150 kg"],
            ["Isdubb", "Kryckhållare"], ["Kryckdopp", "Armmanschett"], false, 5, 25),
        new("122203", "Rullstol", ["Action 3", "Küschall K-Series", "Panthera S3", "Etac Cross 6", "Etac Prio", "Azalea", "Breezy"],
            ["sittbredd 38 cm", "sittbredd 42 cm", "sittbredd 45 cm", "sittbredd 48 cm", "sittbredd 50 cm", "komfort tippbar"],
            ["Benstöd", "Armstöd", "Tippskydd", "Bålstöd", "Nackstöd", "Bromsförlängare", "Sittdyna"], ["Drivhjul 24 tum", "Länkhjul 200 mm", "Däck 24x1 3/8", "Slang 24 tum"], true, 150, 450, 12),
        new("122218", "Rullstol med kraftassistans", ["e-motion", "SmartDrive", "Twion"], ["sittbredd 42 cm", "sittbredd 45 cm", "sittbredd 48 cm"],
            ["Laddare", "Fjärrkontroll"], ["Batteri", "Drivenhet"], true, 600, 1200, 12),
        new("122306", "Elrullstol", ["Permobil M3", "Permobil F5", "Etac Balder", "Quickie Q500", "Puma 40"],
            ["inomhus", "utomhus", "inne/ute med elektrisk sitthöjning", "med elektrisk tilt"],
            ["Manöverbox", "Benstöd elektriskt", "Belysning", "Korg"], ["Batteri 73 Ah", "Drivhjul", "Styrspak"], true, 1500, 4000, 12),
        new("181210", "Säng", ["Scanbed 750", "Carital Optima", "Opus", "Inspiration", "Fenix", "Vertica"],
            ["90 cm 200 kg", "90 cm 100 mm hjul 200 kg", "105 cm 250 kg", "120 cm bariatrisk 320 kg", "80 cm barn"],
            ["Lyftbåge", "Sänggrind", "Manöverdosa", "Sänggavel", "Förlängningssats", "Vändhandtag"], ["Hjul 100 mm", "Motor", "Manöverdosa kabel"], true, 250, 600, 24),
        new("181227", "Sänggrind", ["Line", "Protect", "Safe"], ["alu par", "trä par", "halv längd"],
            ["Grindskydd", "Klämskydd"], ["Fästbeslag"], false, 40, 120),
        new("043312", "Madrass", ["Carital Air", "Viscoflex", "Alternating Air", "Optima Luft", "Tempur Medical"],
            ["85x200 cm", "90x200 cm", "105x200 cm", "120x200 cm", "kompressor luft"],
            ["Överdrag", "Kompressor", "Madrasskydd"], ["Luftslang", "Luftcell"], true, 100, 500, 12),
        new("043306", "Sittdyna", ["Roho", "Jay", "Vicair", "Varilite", "Stimulite"],
            ["40x40 cm", "42x42 cm", "45x45 cm", "48x45 cm", "50x50 cm"], ["Överdrag", "Pump"], ["Ventil", "Luftcell"], false, 40, 250),
        new("123603", "Personlyft", ["Molift Mover", "Liko Viking", "Maxi Move", "Golvo"], ["180 kg", "205 kg", "250 kg"],
            ["Lyftbygel", "Vågfunktion", "Laddare"], ["Batteri", "Hjul 75 mm", "Handkontroll"], true, 300, 900, 12),
        new("123612", "Taklyft", ["Likorall", "Maxi Sky", "Molift Air"], ["200 kg", "250 kg", "med skenväxel"],
            ["Lyftbygel", "Skena 3 m", "Laddare"], ["Lyftband", "Handkontroll"], true, 400, 1100, 12),
        new("123621", "Lyftsele", ["Liko Original", "Molift RgoSling", "Comfort", "Toalettsele"],
            ["storlek S", "storlek M", "storlek L", "storlek XL", "hög rygg M", "hög rygg L"], ["Lyftbygelkrok"], ["Spänne"], false, 50, 200),
        new("123103", "Glidmatta", ["Sling", "Vändlakan", "Glidbräda Easy"], ["70x100 cm", "70x140 cm", "rörformad"], ["Förvaringspåse"], ["Handtag"], false, 10, 60),
        new("093303", "Duschstol", ["Swift", "Etac Clean", "Mobile", "Solido"], ["med ryggstöd", "med armstöd", "med hjul", "hopfällbar"],
            ["Sitsdyna", "Bäcken"], ["Gummidopp", "Hjul 100 mm"], false, 20, 120),
        new("091203", "Toalettstol", ["Etac Relax", "Swift Mobil", "Mobil"], ["med hjul", "tippbar", "med armstöd"],
            ["Hink med lock", "Fotstöd"], ["Hjul 125 mm"], true, 40, 150, 24),
        new("091212", "Toalettförhöjning", ["Hi-Loo", "Etac", "Fix"], ["6 cm", "10 cm", "med armstöd"], ["Lock"], ["Fästskruv"], false, 10, 40),
        new("180912", "Uppresningsstol", ["Lova", "Fritz", "Etac Relax Chair"], ["sitthöjd 48 cm", "sitthöjd 52 cm", "med eluppresning"],
            ["Nackkudde", "Sittdyna"], ["Handkontroll", "Motor"], true, 120, 350, 24),
        new("181806", "Stödbåge", ["Hoppa", "Svea", "Golv-tak-stång"], ["golv-tak", "vägg", "säng"], ["Handtag"], ["Fästplatta"], false, 15, 80),
        new("040303", "CPAP", ["AirSense 11", "DreamStation 2", "Prisma Smart", "AirMini"], ["AutoSet", "Elite", "med befuktare"],
            ["Näsmask", "Helansiktsmask", "Befuktare", "Väska"], ["Slang 1,9 m", "Filter 2-pack", "Maskkudde"], true, 0, 0, null, 500m),
        new("040318", "Syrgaskoncentrator", ["EverFlo", "SimplyGo", "Platinum 5"], ["5 l/min", "portabel 2 l/min"], ["Näsgrimma", "Väska"], ["Filter"], true, 200, 600, 12),
        new("220618", "Samtalsförstärkare", ["Comfort Duett", "Pocketalker", "Bellman Maxi"], ["med hörlur", "med halsslinga"],
            ["Hörlur", "Halsslinga", "Laddare"], ["Batteri"], false, 30, 90),
        new("220318", "Förstoringsglas", ["Eschenbach Mobilux", "Schweizer", "Lupp"], ["3x med belysning", "5x med belysning", "7x"], ["Fodral"], ["Batteri"], false, 10, 50),
        new("242103", "Griptång", ["Reacher", "Handi-Reacher", "Etac Fix"], ["60 cm", "75 cm", "hopfällbar 82 cm"], ["Hållare"], ["Gummikäft"], false, 5, 15),
        new("150913", "Bestick", ["Etac Light", "Amefa", "Good Grips"], ["kniv", "gaffel", "sked", "vinklad sked"], ["Greppförstärkare"], ["Gummigrepp"], false, 3, 10),
    ];

    /// <summary>Realistic search terms for artikel search: words prescribers type, singly and combined.</summary>
    public static readonly string[] Sokord =
    [
        "rollator", "rullstol", "säng", "madrass", "sittdyna", "lyft", "lyftsele", "duschstol", "toalettstol", "käpp",
        "rollator korg", "rullstol 45", "säng 90", "madrass 90x200", "sele storlek m", "dyna 45x45", "gemino", "jazz handtag",
        "action 3", "permobil", "cpap", "näsmask", "befuktare", "griptång", "hjul 200", "batteri", "sänggrind", "bricka",
        "elrullstol", "taklyft", "glidmatta", "uppresningsstol", "förstoringsglas", "armbågskrycka",
    ];

    public static readonly string[] Leverantorer =
    [
        "Etac Sverige AB", "Permobil AB", "Sunrise Medical AB", "Handicare AB", "Topro Sverige AB", "Human Care HC AB",
        "Arjo Scandinavia AB", "Liko AB", "Molift Sverige AB", "Carital Sverige AB", "Vermeiren Sverige AB", "Anatomic SITT AB",
        "Philips Healthcare AB", "Careline AB", "Eschenbach Sverige AB", "Bellman & Symfon AB", "Mediplast AB", "Camp Scandinavia AB",
        "Hjälpmedelsteknik i Norden AB", "Trivselhus Care AB", "Dolomite Sverige AB", "Ottobock Scandinavia AB", "Cefam AB",
        "Nordiska Rehab AB", "Sjöbergs Rehab AB", "Göteborgs Hjälpmedel AB", "Handi-Kare AB", "Rehab-Partner AB",
    ];

    public static readonly string[] Fornamn =
    [
        "Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Kerstin", "Ingrid", "Marie", "Birgitta", "Elisabeth", "Margareta",
        "Ulla", "Inger", "Gunilla", "Linnéa", "Astrid", "Märta", "Signe", "Ebba", "Elsa", "Ida", "Agnes", "Åsa",
        "Lars", "Karl", "Anders", "Johan", "Per", "Erik", "Nils", "Jan", "Lennart", "Gunnar", "Sven", "Bengt", "Bo", "Göran",
        "Olof", "Åke", "Björn", "Stig", "Rolf", "Ove", "Hans", "Mats", "Oscar", "Hugo", "Elias", "Lucas", "Ali", "Mohammed",
    ];

    public static readonly string[] Efternamn =
    [
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
        "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson",
        "Lindström", "Lindqvist", "Lindgren", "Axelsson", "Berg", "Bergström", "Lundberg", "Lundgren", "Lundqvist", "Mattsson",
        "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Engström", "Eklund", "Danielsson",
        "Håkansson", "Lundin", "Björk", "Bergman", "Gunnarsson", "Holm", "Samuelsson", "Fransson", "Wikström", "Isaksson",
    ];

    public static readonly string[] Gator =
    [
        "Storgatan", "Kyrkogatan", "Drottninggatan", "Skolgatan", "Järnvägsgatan", "Parkvägen", "Björkvägen", "Ekvägen",
        "Lindvägen", "Sjövägen", "Ängsvägen", "Östra vägen", "Västra Ringvägen", "Södergatan", "Norra Vallgatan", "Kvarngatan",
        "Trädgårdsgatan", "Bryggaregatan", "Fäladsvägen", "Möllevångsgatan", "Stortorget", "Åkervägen", "Hagvägen", "Byvägen",
    ];

    /// <summary>Postorter with the first three digits of their postnummer.</summary>
    public static readonly (string Ort, string Postnummer)[] Orter =
    [
        ("Lund", "222"), ("Lund", "224"), ("Malmö", "211"), ("Malmö", "214"), ("Malmö", "217"), ("Helsingborg", "252"),
        ("Helsingborg", "254"), ("Kristianstad", "291"), ("Ystad", "271"), ("Trelleborg", "231"), ("Landskrona", "261"),
        ("Hässleholm", "281"), ("Eslöv", "241"), ("Ängelholm", "262"), ("Höganäs", "263"), ("Simrishamn", "272"),
        ("Staffanstorp", "245"), ("Svedala", "233"), ("Höör", "243"), ("Sjöbo", "275"),
    ];

    public static readonly string[] Enheter =
    [
        "Vårdcentralen", "Rehabenheten", "Hemsjukvården", "Distriktssköterskemottagningen", "Arbetsterapin", "Fysioterapin",
        "Neurologmottagningen", "Geriatriken", "Lungmottagningen", "Sömnmottagningen",
    ];
}
