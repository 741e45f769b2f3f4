using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Hamtordrar;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

namespace Sesam.Tools.Skaldata;

public sealed record Skalparametrar(int Artiklar, int Individer, int Patienter, int Orderrader, int Seed)
{
    /// <summary>How many delivered devices the benchmark's patient gets (the patient view must stay fast with this many).</summary>
    public const int HjalpmedelForStorPatient = 200;
}

/// <summary>What the benchmark needs to know about the generated data.</summary>
public sealed record Skalresultat(int StorPatientId, int StorPatientensHjalpmedel);

/// <summary>
/// Builds the scale data through the domain model (so every object passes the domain's own rules) and hands the
/// objects to a <see cref="Bulkladdare"/>, which reads their column values through the EF model. Ids are assigned
/// here, in generation order, continuing after the rows already in the database (the demo data), so the same seed
/// gives the same rows. Dates are relative to <c>nu</c> (UTC), the run's instant.
/// </summary>
internal sealed class Skaldatagenerator(SesamDbContext db, Bulkladdare laddare, Skalparametrar p, TextWriter logg, DateTime nu)
{
    /// <summary>The number of the first generated tjänsteställe's förråd; its presence marks a database that has scale data.</summary>
    public const string ForstaForradsnummer = "5001";

    private const int Tjanstestallen = 20;
    private const int ForskrivarePerTjanstestalle = 3;
    private const int Buffertgrans = 150_000;

    private readonly Random _slump = new(p.Seed);
    private readonly DateTime _nu = nu;
    private readonly Dictionary<Tabell, int> _nastaId = [];
    private readonly Dictionary<string, long> _ordernummer = new(StringComparer.Ordinal);
    private DateOnly Idag => Svensktid.Datum(_nu);

    private Tabell _produkter = null!, _artiklar = null!, _priser = null!, _artikelKomponenter = null!, _lagersaldon = null!;
    private Tabell _mottagare = null!, _mottagarBaskoder = null!, _individer = null!, _individKomponenter = null!, _individHandelser = null!;
    private Tabell _bestallningar = null!, _orderrader = null!, _orderradKomponenter = null!, _patientavgifter = null!;
    private Tabell _hamtordrar = null!, _hamtorderrader = null!;

    private readonly List<Artikel> _individArtiklar = [];
    private readonly List<Artikel> _ovrigaArtiklar = [];
    private List<Anvandare> _forskrivare = [];
    private Lager _central = null!;
    private int _individnummer = 3_000_000;

    public async Task<Skalresultat> KorAsync()
    {
        if (await db.Lager.AnyAsync(l => l.Nummer == ForstaForradsnummer))
        {
            throw new InvalidOperationException("Databasen har redan skaldata. Skapa skaldata i en tom databas.");
        }
        RegistreraTabeller();
        await LasNastaIdAsync();

        var klocka = Stopwatch.StartNew();
        var (leverantorer, baskoder) = await SkapaOrganisationAsync();
        Fas("organisation, ISO-koder och leverantörer", klocka);

        SkapaArtiklar(leverantorer);
        await laddare.SparaAsync();
        Fas($"{p.Artiklar} artiklar med priser och komponenter", klocka);

        var patienter = SkapaPatienter(baskoder, await db.Mottagare.Where(m => m.Personnummer != null).Select(m => m.Personnummer!).ToListAsync());
        await laddare.SparaAsync();
        Fas($"{p.Patienter} patienter", klocka);

        var storPatient = await SkapaLeveranserAsync(patienter);
        Fas($"{p.Individer} individer och {p.Orderrader} orderrader", klocka);

        await SparaOrdernummerserierAsync();
        await laddare.AvslutaAsync(_nastaId.Keys);
        Fas("ANALYZE och index", klocka);

        logg.WriteLine();
        logg.WriteLine("Tabell                      Rader     Skrivtid");
        foreach (var (tabell, (rader, tid)) in laddare.Statistik)
        {
            logg.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{tabell,-24}{rader,10:N0}{tid.TotalSeconds,10:0.0} s"));
        }
        return new Skalresultat(storPatient.Id, Math.Min(Skalparametrar.HjalpmedelForStorPatient, p.Orderrader));
    }

    private void Fas(string vad, Stopwatch klocka)
    {
        logg.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{klocka.Elapsed.TotalSeconds,7:0.0} s  {vad}"));
    }

    private void RegistreraTabeller()
    {
        var modell = db.Model;
        Tabell Ny<T>()
        {
            var t = Tabell.For<T>(modell);
            laddare.Registrera(t);
            return t;
        }
        // Registration order is write order: every table after the tables it references.
        _produkter = Ny<Produkt>();
        _artiklar = Ny<Artikel>();
        _priser = Ny<ArtikelPris>();
        _artikelKomponenter = Ny<ArtikelKomponent>();
        _lagersaldon = Ny<Lagersaldo>();
        _mottagare = Ny<Mottagare>();
        _mottagarBaskoder = Ny<MottagarBaskod>();
        _individer = Ny<Individ>();
        _individKomponenter = Ny<IndividKomponent>();
        _individHandelser = Ny<IndividHandelse>();
        _bestallningar = Ny<Bestallning>();
        _orderrader = Ny<Orderrad>();
        _orderradKomponenter = Ny<OrderradKomponent>();
        _patientavgifter = Ny<Patientavgift>();
        _hamtordrar = Ny<Hamtorder>();
        _hamtorderrader = Ny<HamtorderRad>();
    }

    private async Task LasNastaIdAsync()
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var tabell in new[] { _produkter, _artiklar, _priser, _artikelKomponenter, _lagersaldon, _mottagare, _mottagarBaskoder, _individer,
                         _individKomponenter, _individHandelser, _bestallningar, _orderrader, _orderradKomponenter, _patientavgifter, _hamtordrar, _hamtorderrader })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{tabell.Namn}\"";
                _nastaId[tabell] = Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) + 1;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        foreach (var serie in await db.OrdernummerSerier.AsNoTracking().ToListAsync())
        {
            _ordernummer[serie.Period] = serie.Senaste;
        }
    }

    private T MedId<T>(Tabell tabell, T entitet) where T : Entitet
    {
        var id = _nastaId[tabell];
        _nastaId[tabell] = id + 1;
        Tabell.AngeId(entitet, id);
        return entitet;
    }

    private void Lagg(Tabell tabell, Entitet entitet, string? foralderKolumn = null, int foralderId = 0)
    {
        var rad = tabell.Rad(entitet);
        if (foralderKolumn is not null)
        {
            rad[tabell.Index(foralderKolumn)] = foralderId;
        }
        laddare.Lagg(tabell, rad);
    }

    private T Valj<T>(IReadOnlyList<T> lista) => lista[_slump.Next(lista.Count)];

    private bool Chans(double sannolikhet) => _slump.NextDouble() < sannolikhet;

    // ---------------------------------------------------------------- organisation (few rows: through EF Core)

    private async Task<(List<Leverantor>, List<Baskod>)> SkapaOrganisationAsync()
    {
        var isoFinns = (await db.IsoKoder.Select(i => i.Kod).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        db.IsoKoder.AddRange(Ordforrad.IsoKoder.Where(i => !isoFinns.Contains(i.Kod)).Select(i => new IsoKod(i.Kod, i.Benamning)));
        var leverantorFinns = (await db.Leverantorer.Select(l => l.Namn).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        db.Leverantorer.AddRange(Ordforrad.Leverantorer.Where(n => !leverantorFinns.Contains(n)).Select(n => new Leverantor(n)));

        for (var i = 1; i <= Tjanstestallen; i++)
        {
            var (ort, postnummer) = Ordforrad.Orter[(i - 1) % Ordforrad.Orter.Length];
            var enhet = Ordforrad.Enheter[(i - 1) % Ordforrad.Enheter.Length];
            var kod = (5000 + i).ToString(CultureInfo.InvariantCulture);
            var namn = $"{enhet} {ort}";
            var kund = new Kund(kod + "0", namn);
            var forrad = new Lager(kod, $"Förråd {namn}", Lagertyp.EgetForrad);
            var tjanstestalle = new Tjanstestalle(kod, namn, new Adress($"{Valj(Ordforrad.Gator)} {_slump.Next(1, 60)}", postnummer + _slump.Next(10, 99), ort),
                kund, $"0{_slump.Next(40, 47)}-{_slump.Next(100, 999)} {_slump.Next(10, 99)} 00");
            tjanstestalle.AngeForrad(forrad);
            db.AddRange(kund, forrad, tjanstestalle);
            for (var f = 1; f <= ForskrivarePerTjanstestalle; f++)
            {
                var nr = (i * 10) + f;
                var anvandare = new Anvandare($"SE2321000016-5{nr:000}", Valj(Ordforrad.Fornamn), Valj(Ordforrad.Efternamn), Roll.Forskrivare);
                anvandare.AngeForskrivarkod($"RS5{nr:000}");
                anvandare.AngeKontaktuppgifter(Chans(0.5) ? "Arbetsterapeut" : "Fysioterapeut", tjanstestalle.Telefon, null);
                anvandare.KopplaTill(tjanstestalle, standard: true);
                db.Add(anvandare);
            }
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        _central = await db.Lager.AsNoTracking().Centralt().FirstAsync();
        _forskrivare = (await db.Anvandare.AsNoTracking()
                .Include(a => a.Tjanstestallen).ThenInclude(t => t.Tjanstestalle).ThenInclude(t => t.Forrad)
                .Include(a => a.StandardTjanstestalle).ThenInclude(t => t!.Forrad)
                .Where(a => a.Aktiv)
                .OrderBy(a => a.Id)
                .ToListAsync())
            .Where(a => a.Har(Roll.Forskrivare) && a.StandardTjanstestalle?.Forrad is not null)
            .ToList();
        var leverantorer = await db.Leverantorer.AsNoTracking().OrderBy(l => l.Id).ToListAsync();
        var baskoder = await db.Baskoder.AsNoTracking().OrderBy(b => b.Id).ToListAsync();
        return (leverantorer, baskoder);
    }

    // ---------------------------------------------------------------- artiklar

    private void SkapaArtiklar(List<Leverantor> leverantorer)
    {
        var artikelnummer = db.Artiklar.Select(a => a.Artikelnummer).ToHashSet(StringComparer.Ordinal);
        var produktnamn = db.Set<Produkt>().Select(x => x.Namn).ToHashSet(StringComparer.Ordinal);
        var generation = new Dictionary<string, int>(StringComparer.Ordinal);
        var skapade = 0;
        var prisFran = new DateOnly(2020, 1, 1);
        var nyttPris = new DateOnly(Idag.Year, 1, 1);

        string NyttArtikelnummer()
        {
            string nr;
            do
            {
                nr = _slump.Next(100_000, 1_000_000).ToString(CultureInfo.InvariantCulture);
            }
            while (!artikelnummer.Add(nr));
            return nr;
        }

        while (skapade < p.Artiklar)
        {
            var kategori = Valj(Ordforrad.Kategorier);
            var modell = Valj(kategori.Modeller);
            string namn;
            do
            {
                generation[modell] = generation.GetValueOrDefault(modell, 1) + 1;
                namn = $"{modell} {generation[modell]}";
            }
            while (!produktnamn.Add(namn));
            var produkt = MedId(_produkter, new Produkt(namn));
            Lagg(_produkter, produkt);
            var leverantor = Valj(leverantorer);
            var grund = char.IsLower(kategori.Grund[1]) ? char.ToLowerInvariant(kategori.Grund[0]) + kategori.Grund[1..] : kategori.Grund;
            var levPrefix = new string(leverantor.Namn.Where(char.IsAsciiLetterUpper).Take(2).ToArray()).PadRight(2, 'X');

            Artikel Ny(string benamning, Artikeltyp typ, bool individmarkt, int prisFranKr, int prisTillKr)
            {
                var a = MedId(_artiklar, new Artikel(NyttArtikelnummer(), benamning, "st", typ, kategori.IsoKod));
                a.AngeLeverantor(leverantor, $"{levPrefix}{_slump.Next(10_000, 99_999)}-{_slump.Next(10, 99)}");
                a.AngeProdukt(produkt);
                var tid = _slump.NextDouble();
                a.AngeLeveranstid(tid < 0.6 ? Leveranstidsklass.Inom7 : tid < 0.9 ? Leveranstidsklass.Inom17 : Leveranstidsklass.Over17);
                a.AngeSortiment(Chans(typ == Artikeltyp.Huvudhjalpmedel ? 0.6 : 0.45));
                var status = _slump.NextDouble();
                a.AngeStatus(status < 0.85 ? Artikelstatus.Aktiv : status < 0.95 ? Artikelstatus.Utgaende : Artikelstatus.Utgatt);
                a.AngeIndividmarkt(individmarkt);
                a.AngeBestallningsbar(Chans(0.98));
                var form = individmarkt || Chans(0.3) ? Debiteringsform.Hyra : Debiteringsform.Kop;
                a.AngeDebiteringsform(form);
                decimal pris = _slump.Next(prisFranKr, prisTillKr + 1);
                a.LaggTillPris(form, pris, prisFran);
                if (Chans(0.4))
                {
                    a.LaggTillPris(form, Math.Round(pris * 1.05m), nyttPris);
                }
                if (typ == Artikeltyp.Huvudhjalpmedel && kategori.Patientavgift is { } avgift)
                {
                    a.AngePatientavgift(avgift, nittioDagarsRegel: true);
                }
                if (individmarkt && kategori.FuManader is { } fu)
                {
                    a.AngeFuIntervall(fu);
                }
                skapade++;
                return a;
            }

            var familj = new List<Artikel>();
            var huvud = new List<Artikel>();
            foreach (var variant in kategori.Varianter.OrderBy(_ => _slump.Next()).Take(_slump.Next(2, 5)))
            {
                if (skapade >= p.Artiklar)
                {
                    break;
                }
                var a = Ny($"{kategori.Grund} {namn} {variant}", Artikeltyp.Huvudhjalpmedel, kategori.Individmarkt, kategori.PrisFran, kategori.PrisTill);
                huvud.Add(a);
                familj.Add(a);
            }
            var tillbehor = new List<Artikel>();
            foreach (var t in kategori.Tillbehor.OrderBy(_ => _slump.Next()).Take(_slump.Next(2, 6)))
            {
                if (skapade >= p.Artiklar)
                {
                    break;
                }
                var a = Ny($"{t} till {grund} {namn}", Artikeltyp.Tillbehor, false, 0, Math.Max(kategori.PrisTill / 5, 5));
                tillbehor.Add(a);
                familj.Add(a);
            }
            foreach (var r in kategori.Reservdelar.OrderBy(_ => _slump.Next()).Take(_slump.Next(1, 4)))
            {
                if (skapade >= p.Artiklar)
                {
                    break;
                }
                var a = Ny($"{r} {grund} {namn}", Artikeltyp.Reservdel, false, 0, Math.Max(kategori.PrisTill / 10, 3));
                tillbehor.Add(a);
                familj.Add(a);
            }

            foreach (var a in huvud.Where(h => h.Individmarkt))
            {
                for (var i = 0; i < tillbehor.Count; i++)
                {
                    a.LaggTillKomponent(tillbehor[i], standard: i < 2 && tillbehor[i].Artikeltyp == Artikeltyp.Tillbehor);
                }
                if (a.Status == Artikelstatus.Utgaende && huvud.FirstOrDefault(h => h.Status == Artikelstatus.Aktiv && h.Individmarkt) is { } ersattning)
                {
                    a.AngeErsattningsartikel(ersattning);
                }
            }
            // SQLite checks foreign keys row by row: an ersättningsartikel must be written before the artikel it replaces.
            foreach (var a in familj.OrderBy(a => a.ErsattningsartikelId is null ? 0 : 1))
            {
                Lagg(_artiklar, a);
                foreach (var pris in a.Priser)
                {
                    Lagg(_priser, MedId(_priser, pris), nameof(ArtikelPris.ArtikelId), a.Id);
                }
                foreach (var komponent in a.Komponenter)
                {
                    Lagg(_artikelKomponenter, MedId(_artikelKomponenter, komponent), nameof(ArtikelKomponent.ArtikelId), a.Id);
                }
                if (a.Bestallningsbar)
                {
                    (a.Individmarkt ? _individArtiklar : _ovrigaArtiklar).Add(a);
                }
            }
        }
        if (_individArtiklar.Count == 0 || _ovrigaArtiklar.Count == 0)
        {
            throw new InvalidOperationException("För få artiklar: ange minst 50 med --artiklar.");
        }
    }

    // ---------------------------------------------------------------- patienter

    private List<Mottagare> SkapaPatienter(List<Baskod> baskoder, List<Personnummer> befintliga)
    {
        var upptagna = befintliga.Select(pnr => pnr.Varde).ToHashSet(StringComparer.Ordinal);
        var patienter = new List<Mottagare>(p.Patienter);
        var baskodFran = new DateOnly(2015, 1, 1);
        while (patienter.Count < p.Patienter)
        {
            var personnummer = NyttPersonnummer(upptagna);
            var fodd = personnummer.Fodelsedatum;
            var (ort, postnummer) = Valj(Ordforrad.Orter);
            var adress = new Adress($"{Valj(Ordforrad.Gator)} {_slump.Next(1, 120)}", postnummer + _slump.Next(10, 99).ToString("00", CultureInfo.InvariantCulture), ort);
            var patient = MedId(_mottagare, Mottagare.Patient(personnummer, Valj(Ordforrad.Fornamn), Valj(Ordforrad.Efternamn), adress, Chans(0.97) ? "Skåne" : "Blekinge"));
            if (Chans(0.6))
            {
                patient.AndraTelefon($"07{_slump.Next(0, 4) * 3}-{_slump.Next(100, 999)} {_slump.Next(10, 99)} {_slump.Next(10, 99)}");
            }
            patient.MarkeraSkyddadIdentitet(Chans(0.003));
            patient.AngeBaskod(Valj(baskoder), fodd > baskodFran ? fodd : baskodFran);
            Lagg(_mottagare, patient);
            foreach (var baskod in patient.Baskoder)
            {
                Lagg(_mottagarBaskoder, MedId(_mottagarBaskoder, baskod), nameof(MottagarBaskod.MottagareId), patient.Id);
            }
            patienter.Add(patient);
        }
        return patienter;
    }

    /// <summary>
    /// A valid, unused personnummer: mostly elderly patients, as in assistive-device care, some children, and
    /// one in a hundred a samordningsnummer (day + 60).
    /// </summary>
    private Personnummer NyttPersonnummer(HashSet<string> upptagna)
    {
        while (true)
        {
            var andel = _slump.NextDouble();
            var alder = andel < 0.65 ? _slump.Next(65, 101) : andel < 0.9 ? _slump.Next(18, 65) : _slump.Next(1, 18);
            var fodd = Idag.AddYears(-alder).AddDays(-_slump.Next(0, 365));
            var dag = fodd.Day + (Chans(0.01) ? 60 : 0);
            var nio = string.Create(CultureInfo.InvariantCulture, $"{fodd.Year % 100:00}{fodd.Month:00}{dag:00}{_slump.Next(0, 1000):000}");
            var varde = string.Create(CultureInfo.InvariantCulture, $"{fodd.Year / 100:00}{nio}{Personnummer.Kontrollsiffra(nio)}");
            if (upptagna.Add(varde))
            {
                return Personnummer.Parse(varde, Idag);
            }
        }
    }

    // ---------------------------------------------------------------- individer, beställningar och lagersaldon

    private async Task<Mottagare> SkapaLeveranserAsync(List<Mottagare> patienter)
    {
        var levereradeIndivider = (int)Math.Min(p.Individer * 0.8, p.Orderrader * 0.5);
        var storPatient = patienter[0];
        var storaHjalpmedel = Math.Min(Skalparametrar.HjalpmedelForStorPatient, p.Orderrader);
        var storaIndivider = Math.Min(levereradeIndivider, storaHjalpmedel * 3 / 5);

        // How many individer and other rows each patient gets: skewed, so that some patients have many devices.
        var individerPer = new int[patienter.Count];
        var raderPer = new int[patienter.Count];
        individerPer[0] = storaIndivider;
        raderPer[0] = storaHjalpmedel - storaIndivider;
        var vikter = new double[patienter.Count];
        var summa = 0.0;
        for (var i = 1; i < vikter.Length; i++)
        {
            summa += Math.Exp(Gauss() * 0.9);
            vikter[i] = summa;
        }
        var ovrigaPatienter = patienter.Count - 1;
        if (ovrigaPatienter > 0 && ((long)ovrigaPatienter * (storaHjalpmedel - 2) < p.Orderrader - storaHjalpmedel
                                    || (long)ovrigaPatienter * (storaIndivider - 2) < levereradeIndivider - storaIndivider))
        {
            throw new ArgumentException("För få patienter för så många orderrader och individer: öka --patienter.");
        }
        // The benchmark looks the big patient up as the one with the most individer, so every other patient stays below it.
        int SlumpaPatient(bool individ)
        {
            while (true)
            {
                var i = patienter.Count == 1 ? 0 : Math.Min(vikter.Length - 1, Math.Max(1, ~Array.BinarySearch(vikter, _slump.NextDouble() * summa)));
                if (i == 0 || patienter.Count == 1
                    || ((!individ || individerPer[i] + 1 < storaIndivider) && individerPer[i] + raderPer[i] + 1 < storaHjalpmedel))
                {
                    return i;
                }
            }
        }
        for (var i = storaIndivider; i < levereradeIndivider; i++)
        {
            individerPer[SlumpaPatient(individ: true)]++;
        }
        for (var i = levereradeIndivider + raderPer[0]; i < p.Orderrader; i++)
        {
            raderPer[SlumpaPatient(individ: false)]++;
        }

        var ilager = new Dictionary<(int Lager, int Artikel), int>();
        for (var i = 0; i < patienter.Count; i++)
        {
            SkapaBestallningar(patienter[i], individerPer[i], raderPer[i], allaLevererade: i == 0);
            if (laddare.Buffrade > Buffertgrans)
            {
                await laddare.SparaAsync();
            }
        }
        for (var i = levereradeIndivider; i < p.Individer; i++)
        {
            var forrad = Chans(0.2) ? Valj(_forskrivare).StandardTjanstestalle!.Forrad! : _central;
            var individ = NyIndivid(Valj(_individArtiklar), forrad, _nu.AddDays(-_slump.Next(1, 2000)));
            if (Chans(0.3))
            {
                individ.Flytta($"Hylla {(char)('A' + _slump.Next(0, 8))}{_slump.Next(1, 20)}", _nu.AddDays(-_slump.Next(0, 30)), null);
            }
            LaggIndivid(individ);
            var nyckel = (forrad.Id, individ.Artikel.Id);
            ilager[nyckel] = ilager.GetValueOrDefault(nyckel) + 1;
        }
        SkapaLagersaldon(ilager);
        await laddare.SparaAsync();
        return storPatient;
    }

    private double Gauss() => Math.Sqrt(-2 * Math.Log(1 - _slump.NextDouble())) * Math.Cos(2 * Math.PI * _slump.NextDouble());

    private Individ NyIndivid(Artikel artikel, Lager lager, DateTime registrerad)
    {
        var nummer = _individnummer++;
        var serie = string.Create(CultureInfo.InvariantCulture,
            $"{artikel.LeverantorensArtikelnummer![..2]}{registrerad.Year % 100:00}{nummer % 1_000_000:000000}");
        var individ = MedId(_individer, new Individ(nummer.ToString(CultureInfo.InvariantCulture), artikel, lager, serie, artikel.Debiteringsform, registrerad));
        foreach (var k in artikel.Komponenter.Where(k => k.Standard))
        {
            individ.LaggTillKomponent(k.Komponent, k.Antal);
        }
        return individ;
    }

    private void LaggIndivid(Individ individ)
    {
        Lagg(_individer, individ);
        foreach (var k in individ.Komponenter)
        {
            Lagg(_individKomponenter, MedId(_individKomponenter, k), nameof(IndividKomponent.IndividId), individ.Id);
        }
        foreach (var h in individ.Historik)
        {
            Lagg(_individHandelser, MedId(_individHandelser, h), nameof(IndividHandelse.IndividId), individ.Id);
        }
    }

    /// <summary>
    /// The patient's orders: every individ is delivered through an order row, the other rows are accessories and
    /// single devices. Orders older than three weeks are delivered (a few makulerade); newer central orders are
    /// still with Logistik, so the patient's Beställt tab has content.
    /// </summary>
    private void SkapaBestallningar(Mottagare patient, int individer, int ovriga, bool allaLevererade)
    {
        var poster = new List<bool>(individer + ovriga);
        poster.AddRange(Enumerable.Repeat(true, individer));
        poster.AddRange(Enumerable.Repeat(false, ovriga));
        for (var i = poster.Count - 1; i > 0; i--)
        {
            var j = _slump.Next(i + 1);
            (poster[i], poster[j]) = (poster[j], poster[i]);
        }
        var start = 0;
        while (start < poster.Count)
        {
            var antal = Math.Min(poster.Count - start, _slump.Next(1, 6));
            SkapaBestallning(patient, poster.GetRange(start, antal), allaLevererade);
            start += antal;
        }
    }

    private void SkapaBestallning(Mottagare patient, List<bool> arIndivid, bool levererad)
    {
        var forskrivare = Valj(_forskrivare);
        var tjanstestalle = forskrivare.StandardTjanstestalle!;
        var egetForrad = Chans(0.3);
        var harIndivid = arIndivid.Contains(true);
        var alder = levererad || harIndivid ? _slump.Next(21, 2200) : _slump.Next(0, 2200);
        var nyligen = alder <= 20;
        var skapad = _nu.Date.AddDays(-alder).AddHours(7 + (_slump.NextDouble() * 9));
        var dag = Bestallning.Orderdatum(skapad);
        var lager = egetForrad ? tjanstestalle.Forrad! : _central;

        var bestallning = MedId(_bestallningar, Bestallning.NyForskrivning(patient, forskrivare, forskrivare, tjanstestalle, skapad));
        var individer = new List<Individ>();
        foreach (var individRad in arIndivid)
        {
            var artikel = individRad ? Valj(_individArtiklar) : Valj(_ovrigaArtiklar);
            var rad = MedId(_orderrader, bestallning.LaggTillRad(artikel, individRad ? 1 : _slump.Next(1, 4), egetForrad ? Leveranskalla.EgetForrad : Leveranskalla.Hjalpmedelsverksamhet,
                lager, artikel.Debiteringsform, artikel.PrisVid(artikel.Debiteringsform, dag)));
            if (individRad)
            {
                var individ = NyIndivid(artikel, lager, skapad.AddDays(-_slump.Next(30, 700)));
                rad.AngeIndivid(individ);
                foreach (var k in individ.Komponenter)
                {
                    rad.LaggTillKomponent(k.Artikel, k.Antal, standard: true, k.Artikel.PrisVid(k.Artikel.Debiteringsform, dag));
                }
                individer.Add(individ);
            }
            if (rad.PatientavgiftKravs)
            {
                rad.SvaraPatientavgift(Chans(0.85));
            }
        }
        if (!egetForrad)
        {
            var hem = patient.Telefon is not null && patient.Personnummer!.AlderVid(dag) >= 18 && Chans(0.1);
            bestallning.AngeLeverans(new Leveransuppgifter(hem ? LeveransTill.HemTillPatient : LeveransTill.MottagningEnhet, hem ? patient.Adress! : tjanstestalle.Adress,
                Chans(0.03) ? Leveransprioritet.Akut : Leveransprioritet.Normal, forskrivare.Namn, hem ? patient.Telefon : forskrivare.Telefon, null), patient.Personnummer, dag);
        }
        bestallning.Skicka(NyttOrdernummer(dag), SlumpGuid(), skapad);

        if (!egetForrad)
        {
            if (!nyligen && !harIndivid && Chans(0.02))
            {
                bestallning.Makulera(skapad.AddHours(2));
            }
            else if (!nyligen || _slump.Next(3) > 0)
            {
                bestallning.StartaPlockning(Historiksaldo);
                if (!nyligen || Chans(0.5))
                {
                    bestallning.MarkeraPlockad();
                }
                if (!nyligen)
                {
                    var planerat = bestallning.Rader.Max(r => r.PlaneratLeveransdatum!.Value);
                    bestallning.Utleverera((planerat < Idag ? planerat : Idag).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc), forskrivare.HsaId, Historiksaldo);
                }
            }
        }

        Lagg(_bestallningar, bestallning);
        foreach (var rad in bestallning.Rader)
        {
            if (rad.Individ is { } individ)
            {
                // An utleverans delivered its individer itself; a sent uttag leaves them to be delivered here.
                if (individ.Status != Individstatus.Levererad)
                {
                    individ.Leverera(patient, rad.LevereradDatum!.Value, rad.LevereradDatum.Value.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc), forskrivare.HsaId);
                }
                LaggIndivid(individ);
            }
        }
        foreach (var rad in bestallning.Rader)
        {
            Lagg(_orderrader, rad);
            foreach (var k in rad.Komponenter)
            {
                Lagg(_orderradKomponenter, MedId(_orderradKomponenter, k), nameof(OrderradKomponent.OrderradId), rad.Id);
            }
            if (rad.PatientavgiftSvar == true && rad.LevereradDatum is { } levererat)
            {
                var avgift = MedId(_patientavgifter, new Patientavgift(patient, rad, rad.Artikel, rad.Artikel.Patientavgift!.Value,
                    rad.Artikel.PatientavgiftNittioDagar, levererat, rad.Individ));
                if (avgift.FakturerbarFran.AddDays(30) < Idag)
                {
                    avgift.Fakturera(avgift.FakturerbarFran.AddDays(30));
                }
                Lagg(_patientavgifter, avgift);
            }
        }
        // Some delivered devices are on their way back: the patient view shows "Hämtorder Ja" and the open hämtorder.
        if (!nyligen && bestallning.Rader.Any(r => r.Status == Radstatus.Levererad) && Chans(levererad ? 0.1 : 0.03))
        {
            LaggHamtorder(patient, forskrivare, tjanstestalle, bestallning, skapad.AddDays(_slump.Next(1, alder)));
        }
    }

    /// <summary>
    /// The stock the history's orders were picked from. The scale data's lagersaldon are generated on their own, for
    /// today; the reservations and draws of years of history are not booked against them.
    /// </summary>
    private Lagersaldo Historiksaldo(Lager lager, Artikel artikel) =>
        _historiksaldon.TryGetValue((lager, artikel), out var saldo) ? saldo : _historiksaldon[(lager, artikel)] = new(lager, artikel, int.MaxValue / 2);

    private readonly Dictionary<(Lager, Artikel), Lagersaldo> _historiksaldon = [];

    private void LaggHamtorder(Mottagare patient, Anvandare forskrivare, Tjanstestalle tjanstestalle, Bestallning bestallning, DateTime registrerad)
    {
        var levererade = bestallning.Rader.Where(r => r.Status == Radstatus.Levererad).ToList();
        var hamtorder = MedId(_hamtordrar, new Hamtorder(patient, tjanstestalle, forskrivare, registrerad,
            new Hamtuppgifter(Hamtplats.PaMottagning, Adresskalla.Tjanstestallet, tjanstestalle.Adress, null, null, forskrivare.Namn, null, null, forskrivare.Telefon ?? "046-10 00 00",
                Chans(0.7) ? Hamtorderatgard.BehovetUpphort : Hamtorderatgard.Rekonditionering, null),
            levererade.Where(r => r.Individ is not null).Select(r => (r.Individ!, (IReadOnlyList<Individ>)[])).ToList(),
            levererade.Where(r => r.Individ is null).ToList()));
        hamtorder.Numrera(NyttOrdernummer(Svensktid.Datum(registrerad)));
        if (Chans(0.5))
        {
            hamtorder.Makulera(registrerad.AddDays(1));
        }
        Lagg(_hamtordrar, hamtorder);
        foreach (var rad in hamtorder.Rader)
        {
            Lagg(_hamtorderrader, MedId(_hamtorderrader, rad), nameof(HamtorderRad.HamtorderId), hamtorder.Id);
        }
    }

    private string NyttOrdernummer(DateOnly dag)
    {
        var period = Ordernummer.Period(dag);
        var lopnummer = _ordernummer.GetValueOrDefault(period) + 1;
        _ordernummer[period] = lopnummer;
        return Ordernummer.Skapa(dag, lopnummer);
    }

    private Guid SlumpGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _slump.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>Central stock for most artiklar and a few hundred artiklar in every unit's förråd; individmärkta count their individer.</summary>
    private void SkapaLagersaldon(Dictionary<(int Lager, int Artikel), int> individerILager)
    {
        var forrad = _forskrivare.Select(f => f.StandardTjanstestalle!.Forrad!).DistinctBy(l => l.Id).ToList();
        var artiklar = _ovrigaArtiklar.Concat(_individArtiklar).ToDictionary(a => a.Id);
        foreach (var a in _ovrigaArtiklar.Where(_ => Chans(0.7)))
        {
            Lagg(_lagersaldon, MedId(_lagersaldon, new Lagersaldo(_central, a, _slump.Next(0, 200))));
        }
        foreach (var ((lagerId, artikelId), antal) in individerILager)
        {
            var lager = lagerId == _central.Id ? _central : forrad.First(f => f.Id == lagerId);
            Lagg(_lagersaldon, MedId(_lagersaldon, new Lagersaldo(lager, artiklar[artikelId], antal)));
        }
        foreach (var lager in forrad)
        {
            var valda = new HashSet<int>();
            var antal = Math.Min(_slump.Next(150, 400), _ovrigaArtiklar.Count / 2);
            while (valda.Count < antal)
            {
                var a = Valj(_ovrigaArtiklar);
                if (!valda.Add(a.Id) || individerILager.ContainsKey((lager.Id, a.Id)))
                {
                    continue;
                }
                var saldo = MedId(_lagersaldon, new Lagersaldo(lager, a, _slump.Next(0, 20)));
                if (Chans(0.2))
                {
                    saldo.AngeMinNiva(_slump.Next(1, 4), _slump.Next(4, 10));
                }
                Lagg(_lagersaldon, saldo);
            }
        }
    }

    /// <summary>The order-number counters continue after the generated numbers, so new orders never collide with them.</summary>
    private async Task SparaOrdernummerserierAsync()
    {
        var befintliga = await db.OrdernummerSerier.ToDictionaryAsync(s => s.Period, StringComparer.Ordinal);
        foreach (var (period, senaste) in _ordernummer)
        {
            if (befintliga.TryGetValue(period, out var serie))
            {
                serie.Senaste = senaste;
            }
            else
            {
                db.OrdernummerSerier.Add(new OrdernummerSerie { Period = period, Senaste = senaste });
            }
        }
        await db.SaveChangesAsync();
    }
}
