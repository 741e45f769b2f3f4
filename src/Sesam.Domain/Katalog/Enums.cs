namespace Sesam.Domain.Katalog;

public enum Artikeltyp
{
    Huvudhjalpmedel = 1,
    Tillbehor = 2,
    Reservdel = 3,
    Installning = 4,
    Tjanst = 5,
}

public enum Artikelstatus
{
    /// <summary>Can be purchased.</summary>
    Aktiv = 1,
    /// <summary>Being phased out; still orderable while stock or supply lasts.</summary>
    Utgaende = 2,
    /// <summary>Only what is already in stock can be delivered.</summary>
    Utgatt = 3,
}

/// <summary>Delivery time class of an artikel, in working days.</summary>
public enum Leveranstidsklass
{
    Inom7 = 7,
    Inom17 = 17,
    /// <summary>Over 17 working days ("ö17").</summary>
    Over17 = 18,
}

public enum Debiteringsform
{
    /// <summary>Rented: owned by the Hjälpmedelsverksamhet.</summary>
    Hyra = 1,
    /// <summary>Bought: owned by the unit.</summary>
    Kop = 2,
}

public static class KatalogText
{
    public static string Text(this Artikeltyp typ) => typ switch
    {
        Artikeltyp.Huvudhjalpmedel => "Huvudhjälpmedel",
        Artikeltyp.Tillbehor => "Tillbehör",
        Artikeltyp.Reservdel => "Reservdel",
        Artikeltyp.Installning => "Inställning",
        Artikeltyp.Tjanst => "Tjänst",
        _ => typ.ToString(),
    };

    public static string Text(this Artikelstatus status) => status switch
    {
        Artikelstatus.Aktiv => "Aktiv",
        Artikelstatus.Utgaende => "Utgående",
        Artikelstatus.Utgatt => "Utgått",
        _ => status.ToString(),
    };

    public static string Forklaring(this Artikelstatus status) => status switch
    {
        Artikelstatus.Aktiv => "Artikeln kan köpas in.",
        Artikelstatus.Utgaende => "Artikeln håller på att utgå ur sortimentet och köps inte längre in. Den kan bara levereras från befintligt lager.",
        Artikelstatus.Utgatt => "Artikeln har utgått och kan bara levereras från befintligt lager.",
        _ => "",
    };

    public static string Text(this Leveranstidsklass klass) => klass switch
    {
        Leveranstidsklass.Inom7 => "Leverans inom 7 vardagar",
        Leveranstidsklass.Inom17 => "Leverans inom 17 vardagar",
        Leveranstidsklass.Over17 => "Leverans över 17 vardagar",
        _ => klass.ToString(),
    };

    public static string Text(this Debiteringsform form) => form == Debiteringsform.Hyra ? "Hyra" : "Köp";

    /// <summary>Who owns a device delivered this way (the manuals' Ägare): a rented one stays Hjälpmedelsverksamhetens,
    /// a bought one belongs to the unit that paid.</summary>
    public static string Agare(this Debiteringsform form) => form == Debiteringsform.Hyra ? "Hjälpmedel (hyra)" : "Enheten (köp)";
}
