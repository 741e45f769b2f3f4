using Microsoft.AspNetCore.WebUtilities;

namespace Sesam.Web.Features.Artiklar;

using Sesam.Domain.Katalog;

/// <summary>The query string of an artikel list (search or catalogue): bookmarkable, and rebuilt for sorting and paging links.</summary>
public sealed record Sokparametrar
{
    public static readonly IReadOnlyDictionary<string, ArtikelSortering> Sorteringar = new Dictionary<string, ArtikelSortering>
    {
        ["benamning"] = ArtikelSortering.Benamning,
        ["artikel"] = ArtikelSortering.Artikel,
        ["leverantor"] = ArtikelSortering.Leverantor,
        ["levartnr"] = ArtikelSortering.LevArtikelnr,
        ["enhet"] = ArtikelSortering.Enhet,
        ["typ"] = ArtikelSortering.Artikeltyp,
        ["leveranstid"] = ArtikelSortering.Leveranstid,
        ["tillgangligt"] = ArtikelSortering.Tillgangligt,
    };

    public string? Sok { get; set; }
    /// <summary>"alla" for Alla artiklar; anything else means Sortimentsartiklar.</summary>
    public string? Urval { get; set; }
    public string? Typ { get; set; }
    public int? Lev { get; set; }
    public int? Produkt { get; set; }
    /// <summary>Number of the lager whose availability is shown ("Visa tillgänglighet för").</summary>
    public string? Lager { get; set; }
    public string? Sort { get; set; }
    /// <summary>"fallande" for descending.</summary>
    public string? Ordning { get; set; }
    public int? Sida { get; set; }

    public bool AllaArtiklar => Urval == "alla";

    public bool Fallande => Ordning == "fallande";

    public string Sorteringsnyckel => Sort is not null && Sorteringar.ContainsKey(Sort) ? Sort : "benamning";

    public Artikeltyp? Artikeltyp =>
        Enum.TryParse<Artikeltyp>(Typ, ignoreCase: true, out var typ) && Enum.IsDefined(typ) && !int.TryParse(Typ, out _) ? typ : null;

    public ArtikelSokVillkor Villkor(int? lagerId, string? isoKod) => new()
    {
        Termer = Sesam.Domain.Katalog.Sok.Termer(Sok),
        EndastSortiment = !AllaArtiklar,
        Artikeltyp = Artikeltyp,
        LeverantorId = Lev,
        ProduktId = Produkt,
        IsoKod = isoKod,
        TillganglighetLagerId = lagerId,
        Sortering = Sorteringar[Sorteringsnyckel],
        Fallande = Fallande,
        Sida = Sida ?? 1,
    };

    /// <summary>The link that sorts by <paramref name="nyckel"/>: ascending first, descending when already ascending by it.</summary>
    public string SorteringsUrl(string bas, string nyckel) =>
        (this with { Sort = nyckel, Ordning = Sorteringsnyckel == nyckel && !Fallande ? "fallande" : null, Sida = null }).Url(bas);

    public string Url(string bas)
    {
        var q = new Dictionary<string, string?>();
        void Lagg(string namn, string? varde)
        {
            if (!string.IsNullOrWhiteSpace(varde))
            {
                q[namn] = varde.Trim();
            }
        }
        Lagg("sok", Sok);
        Lagg("urval", AllaArtiklar ? "alla" : null);
        Lagg("typ", Artikeltyp?.ToString());
        Lagg("lev", Lev?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Lagg("produkt", Produkt?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Lagg("lager", Lager);
        Lagg("sort", Sort is null ? null : Sorteringsnyckel);
        Lagg("ordning", Fallande ? "fallande" : null);
        Lagg("sida", Sida is > 1 ? Sida.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return QueryHelpers.AddQueryString(bas, q);
    }
}
