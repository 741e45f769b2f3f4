using Sesam.Domain.Organisation;

namespace Sesam.Domain.Tests;

/// <summary>The Kund field of Sök hämtorder: only the kunder of the user's own tjänsteställen narrow a search.</summary>
public sealed class KundsokTests
{
    private static readonly EgenKund Rehab = new("4711 Rehabmottagningen Lund", "47110", Aktivt: true);
    private static readonly EgenKund Somn = new("4720 Sömnmottagningen Malmö", "47200", Aktivt: false);

    [Fact]
    public void Det_aktiva_tjanstestallets_kund_gar_att_soka() =>
        Assert.Null(Kundsok.Hinder("47110", [Rehab, Somn], allaTjanstestallen: false));

    [Fact]
    public void En_kund_anvandaren_inte_ar_knuten_till_nekas_och_det_egna_kundnumret_namns() =>
        Assert.Equal("Du är inte knuten till kund 58800. Tjänstestället du arbetar i, 4711 Rehabmottagningen Lund, har kundnummer 47110.",
            Kundsok.Hinder("58800", [Rehab, Somn], allaTjanstestallen: false));

    [Fact]
    public void En_annan_kund_nekas_aven_nar_sokningen_galler_alla_tjanstestallen() =>
        Assert.StartsWith("Du är inte knuten till kund 58800.", Kundsok.Hinder("58800", [Rehab], allaTjanstestallen: true), StringComparison.Ordinal);

    [Fact]
    public void Ett_annat_eget_tjanstestalles_kund_kraver_byte_av_tjanstestalle()
    {
        Assert.Equal("Kund 47200 hör till 4720 Sömnmottagningen Malmö, inte till tjänstestället du arbetar i. Byt tjänsteställe högst upp på sidan för att söka där.",
            Kundsok.Hinder("47200", [Rehab, Somn], allaTjanstestallen: false));
        // A search of every unit (a complete personnummer) is narrowed by it as it is.
        Assert.Null(Kundsok.Hinder("47200", [Rehab, Somn], allaTjanstestallen: true));
    }

    [Fact]
    public void Flera_tjanstestallen_kan_ha_samma_kund()
    {
        var somnLund = new EgenKund("4721 Sömnmottagningen Lund", "47200", Aktivt: false);
        Assert.StartsWith("Kund 47200 hör till 4720 Sömnmottagningen Malmö, 4721 Sömnmottagningen Lund, inte", Kundsok.Hinder("47200", [Rehab, Somn, somnLund], false),
            StringComparison.Ordinal);
        Assert.Null(Kundsok.Hinder("47200", [Rehab with { Aktivt = false }, Somn, somnLund with { Aktivt = true }], false));
    }

    [Fact]
    public void Utan_aktivt_tjanstestalle_namns_inget_eget_kundnummer() =>
        Assert.Equal("Du är inte knuten till kund 58800.", Kundsok.Hinder("58800", [Rehab with { Aktivt = false }], false));
}
