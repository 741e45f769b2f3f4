using Sesam.Domain.Bestallningar;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;

namespace Sesam.Data.Sql;

/// <summary>
/// What the Hjälpmedel tab (and the pages built on it: hämtorder, retur, låneförbindelse, Hjälpmedelslista) reads
/// about one mottagare (<see cref="ISqlfragor.HjalpmedelAsync"/>): the open hämtordrar's rows, the individer the
/// mottagare holds, the delivered order rows not returned, and the catalogue version read after them.
/// </summary>
public sealed record Hjalpmedelsrader(
    IReadOnlyList<Hjalpmedelsrader.Hamtorderrad> OppnaHamtorderrader,
    IReadOnlyList<Hjalpmedelsrader.HallenIndivid> Individer,
    IReadOnlyList<Hjalpmedelsrader.LevereradRad> Levererade,
    long Katalogversion)
{
    public sealed record Hamtorderrad(string Hamtordernummer, int TjanstestalleId, DateTime Registrerad, int? IndividId, int? OrderradId);

    /// <summary>An individ the mottagare holds. <see cref="Komponenter"/> is <see cref="Individ.AntalKomponenter"/>;
    /// <see cref="PaVag"/>: order rows completing it that are on their way (<see cref="Orderrad.PaVag"/>) and the user
    /// may see.</summary>
    public sealed record HallenIndivid(int Id, int ArtikelId, string Individnummer, DateOnly? LevereradDatum, Debiteringsform Agare, string? Serienummer, int Komponenter, int PaVag);

    /// <summary>A delivered order row not returned: with an individ it tells which order the individ came on, without one it is a device itself.</summary>
    public sealed record LevereradRad(int Id, int? IndividId, int ArtikelId, int BestallningId, string? Ordernummer, DateOnly? LevereradDatum, int Antal, Debiteringsform Debiteringsform, DateTime? Skickad, int TjanstestalleId);
}
