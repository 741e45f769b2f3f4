using Sesam.Domain.Katalog;
using Sesam.Web.Features.Artiklar;

namespace Sesam.Web.Tests;

/// <summary>
/// The in-memory artikel index against a plain reference (every term a substring of the search text, filters, then
/// the sort the database query uses), on a catalogue large enough that narrow searches take the rank-sorted path and
/// broad ones the pass over the whole order.
/// </summary>
public sealed class ArtikelindexTests
{
    private static readonly string[] Ord = ["rollator", "gåbordsrollator", "säng", "sängbord", "madrass", "dyna", "rullstol", "elrullstol", "hjul", "90x200"];

    private static readonly Artikelindex.Katalog.Rad[] Rader = Enumerable.Range(0, 3000).Select(Rad).ToArray();

    private static readonly Artikelindex.Katalog Katalog = new(7, Rader, [new Alternativ(2, "Beta AB"), new Alternativ(1, "Alfa AB")]);

    private static Artikelindex.Katalog.Rad Rad(int i)
    {
        var benamning = $"{Ord[i % Ord.Length]} {Ord[i * 7 % Ord.Length]} {i % 13}";
        var artikelnummer = (10000 + (i * 7919 % 3000)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        int? leverantor = i % 5 == 0 ? null : 1 + (i % 2);
        var levnr = i % 4 == 0 ? null : $"L-{i % 50}";
        var soktext = Sok.Normalisera(string.Join(' ', new[] { artikelnummer, benamning, leverantor is null ? null : $"lev{leverantor}", levnr }.Where(d => d is not null)));
        return new Artikelindex.Katalog.Rad(i + 1, soktext, Sok.Sorteringsnyckel(benamning), artikelnummer, benamning, i % 3 != 0, (Artikeltyp)(i % 3),
            leverantor, leverantor is null ? null : $"Lev {leverantor}", levnr, null, null, "181210", i % 2 == 0 ? "st" : "par", (Leveranstidsklass)(i % 2),
            Artikelstatus.Aktiv, true, false);
    }

    public static TheoryData<string, ArtikelSortering, bool, bool> Fall()
    {
        var fall = new TheoryData<string, ArtikelSortering, bool, bool>();
        foreach (var sok in new[] { "rollator", "säng 90x", "dyna 12", "1000", "l-7", "lev2 rull", "x", "saknas", "" })
        {
            foreach (var sortering in Enum.GetValues<ArtikelSortering>().Where(Artikelindex.Katalog.KanSortera))
            {
                fall.Add(sok, sortering, false, sok.Length % 2 == 0);
                fall.Add(sok, sortering, true, sok.Length % 2 == 1);
            }
        }
        return fall;
    }

    [Theory]
    [MemberData(nameof(Fall))]
    public void Indexet_ger_samma_traffar_i_samma_ordning_som_en_genomsokning(string sok, ArtikelSortering sortering, bool fallande, bool endastSortiment)
    {
        var villkor = new ArtikelSokVillkor { Termer = Sok.Termer(sok), Sortering = sortering, Fallande = fallande, EndastSortiment = endastSortiment };
        var traffar = Rader.Where(r => villkor.Termer.All(t => r.Soktext.Contains(t, StringComparison.Ordinal)) && (!endastSortiment || r.Sortiment));
        Func<Artikelindex.Katalog.Rad, object?> nyckel = sortering switch
        {
            ArtikelSortering.Artikel => r => r.Artikelnummer,
            ArtikelSortering.Leverantor => r => r.Leverantor,
            ArtikelSortering.LevArtikelnr => r => r.LeverantorensArtikelnummer,
            ArtikelSortering.Enhet => r => r.Enhet,
            ArtikelSortering.Artikeltyp => r => r.Artikeltyp,
            ArtikelSortering.Leveranstid => r => r.Leveranstid,
            _ => r => r.Sorteringsnamn,
        };
        var jamforare = Comparer<object?>.Create((x, y) => x is string a && y is string b ? string.CompareOrdinal(a, b) : Comparer<object?>.Default.Compare(x, y));
        var ordnade = fallande ? traffar.OrderByDescending(nyckel, jamforare) : traffar.OrderBy(nyckel, jamforare);
        var forvantat = (sortering == ArtikelSortering.LevArtikelnr
                ? ordnade.ThenBy(r => r.Artikelnummer, StringComparer.Ordinal)
                : ordnade.ThenBy(r => r.Sorteringsnamn, StringComparer.Ordinal).ThenBy(r => r.Artikelnummer, StringComparer.Ordinal))
            .Select(r => r.Id).ToList();

        var alla = Katalog.Sok(villkor, 0, int.MaxValue);
        Assert.Equal(forvantat, alla.Rader.Select(r => r.Id).ToList());
        Assert.Equal(forvantat.Count, alla.Antal);
        var sida = Katalog.Sok(villkor, 7, 5);
        Assert.Equal(forvantat.Count, sida.Antal);
        Assert.Equal(forvantat.Skip(7).Take(5), sida.Rader.Select(r => r.Id));
    }

    public static TheoryData<string, Artikeltyp?, int?, string?, int?, bool> Filterfall()
    {
        var fall = new TheoryData<string, Artikeltyp?, int?, string?, int?, bool>();
        foreach (var sok in new[] { "rollator", "", "x" })
        {
            foreach (var typ in new Artikeltyp?[] { null, Artikeltyp.Tillbehor })
            {
                foreach (var leverantor in new int?[] { null, 2 })
                {
                    foreach (var (iso, produkt) in new (string?, int?)[] { (null, null), ("181210", null), ("000000", null), (null, 5) })
                    {
                        fall.Add(sok, typ, leverantor, iso, produkt, true);
                        fall.Add(sok, typ, leverantor, iso, produkt, false);
                    }
                }
            }
        }
        return fall;
    }

    [Theory]
    [MemberData(nameof(Filterfall))]
    public void Filtren_ger_samma_traffar_och_antal_som_en_genomsokning(string sok, Artikeltyp? typ, int? leverantor, string? iso, int? produkt, bool endastSortiment)
    {
        var villkor = new ArtikelSokVillkor
        {
            Termer = Sok.Termer(sok), Sortering = ArtikelSortering.Benamning, EndastSortiment = endastSortiment, Artikeltyp = typ, LeverantorId = leverantor,
            IsoKod = iso, ProduktId = produkt,
        };
        var forvantat = Rader
            .Where(r => villkor.Termer.All(t => r.Soktext.Contains(t, StringComparison.Ordinal)) && (!endastSortiment || r.Sortiment)
                && (typ is null || r.Artikeltyp == typ) && (leverantor is null || r.LeverantorId == leverantor) && (iso is null || r.IsoKod == iso)
                && (produkt is null || r.ProduktId == produkt))
            .OrderBy(r => r.Sorteringsnamn, StringComparer.Ordinal).ThenBy(r => r.Artikelnummer, StringComparer.Ordinal)
            .Select(r => r.Id).ToList();
        var sida = Katalog.Sok(villkor, 3, 4);
        Assert.Equal(forvantat.Count, sida.Antal);
        Assert.Equal(forvantat.Skip(3).Take(4), sida.Rader.Select(r => r.Id));
    }

    [Fact]
    public void Filter_och_leverantorslista()
    {
        var villkor = new ArtikelSokVillkor { Termer = ["rollator"], EndastSortiment = false, Artikeltyp = Artikeltyp.Tillbehor, LeverantorId = 2 };
        var traffar = Katalog.Sok(villkor, 0, int.MaxValue).Rader;
        Assert.NotEmpty(traffar);
        Assert.All(traffar, r => Assert.True(r.Artikeltyp == Artikeltyp.Tillbehor && r.LeverantorId == 2 && r.Soktext.Contains("rollator", StringComparison.Ordinal)));
        Assert.Equal(["Alfa AB", "Beta AB"], Katalog.Leverantorer.Select(l => l.Namn));
        Assert.Throws<ArgumentException>(() => Katalog.Sok(villkor with { Sortering = ArtikelSortering.Tillgangligt }, 0, 10));
    }
}
