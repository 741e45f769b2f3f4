namespace Sesam.Domain.Arbetsordrar;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Hamtordrar;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

/// <summary>Whether the event is a "Reklamation", a matter of "Tillgänglighet" or of "Bemötande".</summary>
public enum Felrapportkategori
{
    Reklamation = 1,
    Tillganglighet = 2,
    Bemotande = 3,
}

public enum Felrapportstatus
{
    Registrerad = 1,
    Avslutad = 2,
}

/// <summary>
/// A felrapport: something went wrong and Hjälpmedelscentralen must know (a wrong or damaged delivery, a missed
/// pick-up, poor service). It may concern a mottagare, an artikel, an individ, an order, a hämtorder or an
/// arbetsorder, or none of them; what is given must be right.
/// </summary>
public class Felrapport : Entitet, IVersionerad
{
    public const int MaxBeskrivning = 4000;
    public const int MaxKommentar = 1000;
    public const int MaxSvar = 2000;

    /// <summary>"Typ av händelse" per kategori, from the manual's felrapport guide.</summary>
    public static IReadOnlyDictionary<Felrapportkategori, IReadOnlyList<string>> Handelsetyper { get; } = new Dictionary<Felrapportkategori, IReadOnlyList<string>>
    {
        [Felrapportkategori.Reklamation] =
        [
            "Levererad vara stämmer ej med specifikation", "Ej komplett leverans", "Leverans till fel adress", "Smutsigt gods vid leverans",
            "Trasigt gods vid leverans", "Fel på köpartikel inom garantitid", "Anmärkning på utfört/ej utfört underhåll",
            "Anmärkning på montering/installation", "Anmärkning på konsultation/specialanpassning/anpassning", "Anmärkning på uppackning i buffertförråd",
        ],
        [Felrapportkategori.Tillganglighet] =
        [
            "Utebliven/sen leverans av order", "Utebliven hämtning", "Tillbakalämnat, men ej avregistrerat hjälpmedel",
            "Brist i buffertförråd (automatpåfyllnad)", "HMC-personal ej nåbar", "Lång svarstid", "Administration/e-faktura",
        ],
        [Felrapportkategori.Bemotande] = ["Bemötande"],
    };

    public const int MaxBilagor = 5;

    private readonly List<FelrapportBilaga> _bilagor = [];

    private Felrapport() { Felrapportnummer = ""; Handelsetyp = ""; Beskrivning = ""; RegistreradAvNamn = ""; }

    public Felrapport(Tjanstestalle tjanstestalle, Anvandare registreradAv, Felrapportuppgifter uppgifter, Felrapportkoppling koppling, DateTime tid)
    {
        if (!registreradAv.ArKoppladTill(tjanstestalle))
        {
            throw new DomainException("Du är inte kopplad till det valda tjänstestället.");
        }
        if (!Enum.IsDefined(uppgifter.Kategori))
        {
            throw new DomainException("Välj om händelsen är en reklamation, gäller tillgänglighet eller bemötande.");
        }
        if (uppgifter.Handelsetyp is null || !Handelsetyper[uppgifter.Kategori].Contains(uppgifter.Handelsetyp))
        {
            throw new DomainException("Välj typ av händelse.");
        }
        if (uppgifter.Handelsetid > tid)
        {
            throw new DomainException("Händelsen kan inte ha inträffat i framtiden.");
        }
        var beskrivning = uppgifter.Beskrivning?.Trim() ?? "";
        if (beskrivning.Length == 0)
        {
            throw new DomainException("Beskriv händelsen och eventuella konsekvenser.");
        }
        if (beskrivning.Length > MaxBeskrivning)
        {
            throw new DomainException($"Beskrivningen får vara högst {MaxBeskrivning} tecken.");
        }
        var kommentar = string.IsNullOrWhiteSpace(uppgifter.Kommentar) ? null : uppgifter.Kommentar.Trim();
        if (kommentar is { Length: > MaxKommentar })
        {
            throw new DomainException($"Kommentaren får vara högst {MaxKommentar} tecken.");
        }
        if (uppgifter.ErsattningsvaraOnskas is null)
        {
            throw new DomainException("Ange om ersättningsvara önskas: ja eller nej.");
        }
        if (uppgifter.KrediteringOnskas is null)
        {
            throw new DomainException("Ange om kreditering önskas: ja eller nej.");
        }
        koppling.Kontrollera();
        Felrapportnummer = "";
        Tjanstestalle = tjanstestalle;
        RegistreradAv = registreradAv;
        RegistreradAvNamn = registreradAv.Namn;
        Kategori = uppgifter.Kategori;
        Handelsetyp = uppgifter.Handelsetyp;
        Handelsetid = uppgifter.Handelsetid;
        Beskrivning = beskrivning;
        Kommentar = kommentar;
        ErsattningsvaraOnskas = uppgifter.ErsattningsvaraOnskas.Value;
        KrediteringOnskas = uppgifter.KrediteringOnskas.Value;
        Mottagare = koppling.Mottagare;
        Artikel = koppling.Artikel ?? koppling.Individ?.Artikel;
        Individ = koppling.Individ;
        Bestallning = koppling.Bestallning;
        Hamtorder = koppling.Hamtorder;
        Arbetsorder = koppling.Arbetsorder;
        Registrerad = tid;
        Status = Felrapportstatus.Registrerad;
    }

    public string Felrapportnummer { get; private set; }
    public Felrapportstatus Status { get; private set; }
    public int TjanstestalleId { get; private set; }
    public Tjanstestalle Tjanstestalle { get; private set; } = null!;
    public int RegistreradAvId { get; private set; }
    public Anvandare RegistreradAv { get; private set; } = null!;
    public string RegistreradAvNamn { get; private set; }
    public Felrapportkategori Kategori { get; private set; }
    public string Handelsetyp { get; private set; }
    /// <summary>When the event happened or was discovered (UTC).</summary>
    public DateTime Handelsetid { get; private set; }
    public string Beskrivning { get; private set; }
    public string? Kommentar { get; private set; }
    public bool ErsattningsvaraOnskas { get; private set; }
    public bool KrediteringOnskas { get; private set; }
    public int? MottagareId { get; private set; }
    public Mottagare? Mottagare { get; private set; }
    public int? ArtikelId { get; private set; }
    public Artikel? Artikel { get; private set; }
    public int? IndividId { get; private set; }
    public Individ? Individ { get; private set; }
    public int? BestallningId { get; private set; }
    public Bestallning? Bestallning { get; private set; }
    public int? HamtorderId { get; private set; }
    public Hamtorder? Hamtorder { get; private set; }
    public int? ArbetsorderId { get; private set; }
    public Arbetsorder? Arbetsorder { get; private set; }
    public DateTime Registrerad { get; private set; }
    public DateTime? Avslutad { get; private set; }
    /// <summary>Hjälpmedelscentralen's answer when it closes the felrapport.</summary>
    public string? Svar { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyCollection<FelrapportBilaga> Bilagor => _bilagor;

    /// <summary>A document to go with the felrapport, while Hjälpmedelscentralen has not yet answered it.</summary>
    public FelrapportBilaga BifogaFil(string? filnamn, byte[] innehall, DateTime tid)
    {
        if (Status != Felrapportstatus.Registrerad)
        {
            throw new DomainException("Felrapporten är avslutad; bilagor kan inte längre läggas till.");
        }
        if (_bilagor.Count >= MaxBilagor)
        {
            throw new DomainException($"En felrapport kan ha högst {MaxBilagor} bilagor.");
        }
        var bilaga = new FelrapportBilaga(filnamn, innehall, tid);
        _bilagor.Add(bilaga);
        return bilaga;
    }

    public void Numrera(string nummer)
    {
        if (Felrapportnummer.Length > 0)
        {
            throw new DomainException($"Felrapporten har redan nummer {Felrapportnummer}.");
        }
        if (!Ordernummer.ArGiltigt(nummer))
        {
            throw new DomainException("Ogiltigt felrapportnummer.");
        }
        Felrapportnummer = nummer;
    }

    public void Avsluta(string? svar, DateTime tid)
    {
        if (Status != Felrapportstatus.Registrerad)
        {
            throw new DomainException("Felrapporten är redan avslutad.");
        }
        var text = string.IsNullOrWhiteSpace(svar) ? null : svar.Trim();
        if (text is null)
        {
            throw new DomainException("Skriv Hjälpmedelscentralens svar till den som rapporterade.");
        }
        if (text.Length > MaxSvar)
        {
            throw new DomainException($"Svaret får vara högst {MaxSvar} tecken.");
        }
        Svar = text;
        Avslutad = tid;
        Status = Felrapportstatus.Avslutad;
    }

    public static string Text(Felrapportkategori k) => k switch
    {
        Felrapportkategori.Reklamation => "Reklamation",
        Felrapportkategori.Tillganglighet => "Tillgänglighet",
        Felrapportkategori.Bemotande => "Bemötande",
        _ => k.ToString(),
    };
}

public class FelrapportBilaga : Bilaga
{
    private FelrapportBilaga() { }

    internal FelrapportBilaga(string? filnamn, byte[] innehall, DateTime tid) : base(filnamn, innehall, tid) { }

    public int FelrapportId { get; private set; }
}

public sealed record Felrapportuppgifter(Felrapportkategori Kategori, string? Handelsetyp, DateTime Handelsetid, string? Beskrivning, string? Kommentar,
    bool? ErsattningsvaraOnskas, bool? KrediteringOnskas);

/// <summary>What a felrapport is about, all optional; what is given must fit together.</summary>
public sealed record Felrapportkoppling(Mottagare? Mottagare = null, Artikel? Artikel = null, Individ? Individ = null, Bestallning? Bestallning = null,
    Hamtorder? Hamtorder = null, Arbetsorder? Arbetsorder = null)
{
    internal void Kontrollera()
    {
        if (Individ is not null && Artikel is not null && !Individ.ArAv(Artikel))
        {
            throw new DomainException($"Individ {Individ.Individnummer} är inte av artikel {Artikel.Artikelnummer}.");
        }
        if (Mottagare is not null && Individ is { MottagareId: { } individensMottagare } && individensMottagare != Mottagare.Id)
        {
            throw new DomainException($"Individ {Individ.Individnummer} är inte levererad till mottagaren som felrapporten gäller.");
        }
        if (Mottagare is not null && Bestallning is { MottagareId: { } bestallningensMottagare } && bestallningensMottagare != Mottagare.Id)
        {
            throw new DomainException("Beställningen hör till en annan mottagare.");
        }
        if (Mottagare is not null && Hamtorder is not null && Hamtorder.MottagareId != Mottagare.Id)
        {
            throw new DomainException("Hämtordern hör till en annan mottagare.");
        }
    }
}
