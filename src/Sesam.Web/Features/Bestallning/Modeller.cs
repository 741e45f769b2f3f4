using Sesam.Web.Features.Artiklar;
using Sesam.Web.Features.Gemensamt;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Organisation;

public sealed record Val(int Id, string Text);

/// <summary>Who and where, shown beside every step of the wizard. A lagerpåfyllnad has a <see cref="MottagandeLager"/> instead of a mottagare.</summary>
public sealed record Huvud(int Id, int? MottagareId, string Mottagare, string? Personnummer, bool SkyddadIdentitet, string Forskrivare,
    string Tjanstestalle, string? Ordernummer, Orderstatus Status, bool Samleverans, string? MottagandeLager = null)
{
    public bool ArLagerpafyllnad => MottagandeLager is not null;
}

public sealed record RadVy(int Id, int Radnummer, string Artikelnummer, string Benamning, int Antal, int Komponenter, Leveranskalla Kalla,
    string? Individnummer, decimal? Summa, string? Kommentar, bool AvgiftKravs, bool? AvgiftSvar, decimal? Avgift, string? ErsatterArtikelnummer,
    string? KompletterarIndivid, Radstatus Status, DateOnly? Planerat, DateOnly? Levererad, bool Individmarkt, int Bilagor)
{
    /// <summary>As the manuals show it: the artikelnummer with the number of components, e.g. "75178 (4)".</summary>
    public string ArtikelMedKomponenter => Komponenter > 0 ? $"{Artikelnummer} ({Komponenter})" : Artikelnummer;
}

public sealed class NyForm
{
    public string? Personnummer { get; set; }
    public int? ForskrivareId { get; set; }
    public int? TjanstestalleId { get; set; }
    public string? Artikel { get; set; }
}

public sealed record PagaendeVy(int Id, string Mottagare, DateTime Skapad, int Rader);

public sealed record IndividVy(string Individnummer, string Artikelnummer, string Benamning, string Status, string? Lager, string? Hinder);

/// <param name="Forrad">The user's tjänsteställen with an eget förråd, for a lagerpåfyllnad, each named with its förråd.</param>
public sealed record StartModell(IReadOnlyList<PagaendeVy> Pagaende, NyForm Form, IReadOnlyList<Val> Forskrivare, IReadOnlyList<Val> Tjanstestallen,
    IndividVy? Individ, IReadOnlyList<Val> Forrad);

public sealed class LagerpafyllnadForm
{
    public int? TjanstestalleId { get; set; }
}

public sealed class LaggTillForm
{
    /// <summary>The order, from the route.</summary>
    public int Id { get; set; }
    public string? Artikelnummer { get; set; }
    public int? Antal { get; set; } = 1;
    public Leveranskalla? Kalla { get; set; }
    public string? Kommentar { get; set; }
    /// <summary>The artikelnummer chosen in the ersättningsartikel prompt.</summary>
    public string? ValdArtikel { get; set; }
}

public sealed record ErsattningVal(string Original, string OriginalBenamning, string Ersattning, string ErsattningBenamning);

/// <param name="AutomatiskPafyllnad">In a lagerpåfyllnad, the rows' artiklar that the receiving lager refills automatically at its min level.</param>
public sealed record VarukorgModell(Huvud Huvud, IReadOnlyList<RadVy> Rader, LaggTillForm Form, string? Sok, IReadOnlyList<ArtikelTraff> Traffar,
    ErsattningVal? Ersattning, IReadOnlyList<string> AutomatiskPafyllnad);

public sealed class RadForm
{
    /// <summary>The order and its row, from the route.</summary>
    public int Id { get; set; }
    public int RadId { get; set; }
    public int? Antal { get; set; }
    public string? Kommentar { get; set; }
    public List<int> Komponent { get; set; } = [];
    /// <summary>"ja" or "nej".</summary>
    public string? Patientavgift { get; set; }
    public int? IndividId { get; set; }
    public int? KompletterarIndividId { get; set; }
    public string? Sok { get; set; }
    public bool SammaProdukt { get; set; } = true;
    /// <summary>"sok" searches components without saving; anything else saves.</summary>
    public string? Handling { get; set; }
}

public sealed record KomponentVal(int ArtikelId, string Artikelnummer, string Benamning, int Antal, decimal? Pris, bool Vald);

public sealed record RadModell(Huvud Huvud, RadVy Rad, RadForm Form, bool VisaKomponenter, IReadOnlyList<KomponentVal> Standard,
    IReadOnlyList<KomponentVal> Ovriga, IReadOnlyList<KomponentVal> Sokta, IReadOnlyList<string> IndividensKomponenter,
    IReadOnlyList<Val> Individer, IReadOnlyList<Val> PatientensIndivider, IReadOnlyList<BilagaVy> Bilagor);

public sealed record BilagaVy(int Id, string Filnamn, int Storlek);

public sealed class SlutforForm
{
    /// <summary>From the route.</summary>
    public int Id { get; set; }
    public bool Samleverans { get; set; }
    public LeveransTill Till { get; set; } = LeveransTill.MottagningEnhet;
    public string? Gatuadress { get; set; }
    public string? Postnummer { get; set; }
    public string? Postort { get; set; }
    public string? CareOf { get; set; }
    public Leveransprioritet Prioritet { get; set; } = Leveransprioritet.Normal;
    public string? OvrigInformation { get; set; }
    public string? Kontaktperson { get; set; }
    public string? Kontakttelefon { get; set; }
}

public sealed record SlutforModell(Huvud Huvud, IReadOnlyList<RadVy> Rader, SlutforForm Form, bool HarCentralLeverans, string EnhetensAdress, bool Minderarig);

public sealed record LeveransVy(string Till, string Adress, string Prioritet, string Kontaktperson, string? Telefon, string? OvrigInformation);

public sealed record BekraftaModell(Huvud Huvud, IReadOnlyList<RadVy> Rader, LeveransVy? Leverans, IReadOnlyList<string> NegativaSaldon, Guid Nyckel, string? Fel);

/// <param name="EjMakulerbar">Why the order can no longer be makulerad, for a user who could otherwise; null when it can be.</param>
/// <param name="AttKvittera">The ids of a lagerpåfyllnad's delivered rows the unit has not kvitterat.</param>
/// <param name="Kvitterade">The rows already kvitterade, with the date.</param>
/// <param name="AnnatTjanstestalle">Another unit's order, opened by its complete number: read-only, nothing to register on it.</param>
public sealed record DetaljerModell(Huvud Huvud, IReadOnlyList<RadVy> Rader, LeveransVy? Leverans, DateTime? Skickad, string RegistreradAv, bool Uttag,
    DateTime? Makulerad, int Version, string? EjMakulerbar, bool KanMakulera, string? Meddelande, string? Fel,
    IReadOnlyList<int> AttKvittera, bool KanKvittera, IReadOnlyList<(int Radnummer, DateOnly Datum)> Kvitterade, bool Automatisk, bool AnnatTjanstestalle)
{
    public bool Makulerbar => KanMakulera && EjMakulerbar is null;

    public string Ordertyp => Huvud.ArLagerpafyllnad ? (Automatisk ? "Automatisk lagerpåfyllnad" : "Lagerpåfyllnad") : Uttag ? "Förskrivning från eget förråd" : "Förskrivning via Hjälpmedelsverksamheten";
}

public sealed record LaneforbindelseModell(Huvud Huvud, LaneforbindelseVal Val);

public sealed record KomponentPaVag(int BestallningId, string? Ordernummer, string Artikelnummer, string Benamning, int Antal, string Forskrivare,
    DateTime? Skickad, DateOnly? Planerat);

public sealed record KomponenterPaVagModell(string Individnummer, string Benamning, IReadOnlyList<KomponentPaVag> Rader);
