using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Organisation;

namespace Sesam.Domain.Meddelanden;

/// <summary>
/// A message Sesam sends a user by itself ("skickas per automatik"): a hämtorder or an order makulerad by someone else,
/// a changed delivery date, a delivery to kvittera. The user reads it under Meddelanden; unread ones are counted in red.
/// </summary>
public class Meddelande : Entitet
{
    public const string Sesam = "Sesam";

    private Meddelande() { }

    private Meddelande(int anvandareId, string rubrik, string text, string? lank, DateTime ankom)
    {
        AnvandareId = anvandareId;
        Avsandare = Sesam;
        Rubrik = rubrik;
        Text = text;
        Lank = lank;
        Ankom = ankom;
    }

    public int AnvandareId { get; private set; }
    public string Avsandare { get; private set; } = "";
    public string Rubrik { get; private set; } = "";
    public string Text { get; private set; } = "";
    /// <summary>Where the message leads in Sesam (a relative address), e.g. the hämtorder it is about.</summary>
    public string? Lank { get; private set; }
    public DateTime Ankom { get; private set; }
    public DateTime? Last { get; private set; }

    public bool ArLast => Last is not null;

    /// <summary>What <see cref="Lank"/> leads to, read back from the addresses the factories below write; null without a link.</summary>
    public Lankmal? Mal
    {
        get
        {
            const string Sok = "/bestallning/sok?nummer=";
            if (Lank is null)
            {
                return null;
            }
            if (Lank.StartsWith(Sok, StringComparison.Ordinal))
            {
                return new Lankmal(Lanktyp.Bestallning, null, Lank[Sok.Length..]);
            }
            var delar = Lank.Split('/');
            if (delar is not ["", var typ, var nyckel] || nyckel.Length == 0)
            {
                return null;
            }
            return typ switch
            {
                "bestallning" when int.TryParse(nyckel, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) => new Lankmal(Lanktyp.Bestallning, id, null),
                "hamtorder" => new Lankmal(Lanktyp.Hamtorder, null, nyckel),
                "arbetsorder" => new Lankmal(Lanktyp.Arbetsorder, null, nyckel),
                "felrapport" => new Lankmal(Lanktyp.Felrapport, null, nyckel),
                _ => null,
            };
        }
    }

    public void MarkeraLast(DateTime tid) => Last ??= tid;

    /// <summary>To those who ordered: the förskrivare and, when someone else registered it, the beställare too.</summary>
    private static IEnumerable<int> Bestallarna(Bestallning order) => new[] { order.ForskrivareId, order.RegistreradAvId }.Distinct();

    public static IReadOnlyList<Meddelande> HamtorderMakulerad(int registreradAvId, string hamtordernummer, DateTime tid) =>
    [
        new(registreradAvId, $"Hämtorder {hamtordernummer} är makulerad.", $"Hämtordern makulerades {Svensktid.Visa(tid)}.", $"/hamtorder/{hamtordernummer}", tid),
    ];

    public static IReadOnlyList<Meddelande> BestallningMakulerad(Bestallning order, DateTime tid) =>
        Bestallarna(order).Select(id => new Meddelande(id, $"Beställning {order.Ordernummer} är makulerad.",
            $"Beställningen makulerades {Svensktid.Visa(tid)}.", $"/bestallning/{order.Id}", tid)).ToList();

    public static IReadOnlyList<Meddelande> LeveransdatumAndrat(Orderrad rad, Leveransandring tidigare, DateTime tid)
    {
        var order = rad.Bestallning;
        var restnotering = (tidigare.Restnoterad, rad.Status == Radstatus.Restnoterad) switch
        {
            (false, true) => "restnoterad, ",
            (true, false) => "restnoteringen är hävd, ",
            (true, true) => "fortfarande restnoterad, ",
            _ => "",
        };
        var datum = tidigare.Datum == rad.PlaneratLeveransdatum
            ? $"planerat leveransdatum {rad.PlaneratLeveransdatum:yyyy-MM-dd}."
            : $"planerat leveransdatum {(tidigare.Datum is { } t ? $"ändrat från {t:yyyy-MM-dd} " : "")}till {rad.PlaneratLeveransdatum:yyyy-MM-dd}.";
        var text = $"Rad {rad.Radnummer}, artikel {rad.Artikel.Artikelnummer} {rad.Artikel.Benamning}: {restnotering}{datum}";
        return Bestallarna(order).Select(id => new Meddelande(id, $"Leveransdatum ändrat för beställning {order.Ordernummer}.", text, $"/bestallning/{order.Id}", tid)).ToList();
    }

    public static IReadOnlyList<Meddelande> ArbetsorderAvslutad(Arbetsorder arbetsorder, DateTime tid) =>
    [
        new(arbetsorder.RegistreradAvId, $"Arbetsorder {arbetsorder.Arbetsordernummer} är avslutad.",
            $"Arbetsordern avslutades {Svensktid.Visa(tid)}. Utfört: {arbetsorder.Atgard}", $"/arbetsorder/{arbetsorder.Arbetsordernummer}", tid),
    ];

    public static IReadOnlyList<Meddelande> FelrapportAvslutad(Felrapport felrapport, DateTime tid) =>
    [
        new(felrapport.RegistreradAvId, $"Felrapport {felrapport.Felrapportnummer} är besvarad.",
            $"Hjälpmedelscentralen svarade {Svensktid.Visa(tid)}: {felrapport.Svar}", $"/felrapport/{felrapport.Felrapportnummer}", tid),
    ];

    /// <summary>To the user whose uttag set off the automatic lagerpåfyllnad; written with it, before it has an id.</summary>
    public static IReadOnlyList<Meddelande> AutomatiskLagerpafyllnad(Anvandare utlostAv, Bestallning order, DateTime tid) =>
    [
        new(utlostAv.Id, $"Automatisk lagerpåfyllnad {order.Ordernummer} är skickad.",
            $"Ditt uttag tog saldot i {order.MottagandeLager?.Visningsnamn} under min-nivån för "
            + string.Join(", ", order.Rader.Select(r => $"{r.Artikel.Artikelnummer} {r.Artikel.Benamning}"))
            + ". Sesam har beställt påfyllnad från Hjälpmedel. Beställ inte samma artiklar för hand.", $"/bestallning/sok?nummer={order.Ordernummer}", tid),
    ];

    public static IReadOnlyList<Meddelande> LeveransAttKvittera(Bestallning order, DateTime tid) =>
        Bestallarna(order).Select(id => new Meddelande(id, $"Lagerpåfyllnad {order.Ordernummer} är utlevererad.",
            $"Leveransen till {order.MottagandeLager?.Visningsnamn} är på väg. Kvittera den när den har kommit, så blir artiklarna tillgängliga i förrådet.",
            $"/bestallning/{order.Id}", tid)).ToList();
}

public enum Lanktyp
{
    Bestallning = 1,
    Hamtorder = 2,
    Arbetsorder = 3,
    Felrapport = 4,
}

/// <summary>The order, hämtorder, arbetsorder or felrapport a message leads to: an order by its id or its number, the others by their number.</summary>
public sealed record Lankmal(Lanktyp Typ, int? Id, string? Nummer);
