using Sesam.Domain.Organisation;

namespace Sesam.Domain.Bestallningar;

public enum Ordertyp
{
    /// <summary>An order for a patient or vårdenhet, from central stock or as uttag ur eget förråd.</summary>
    Forskrivning = 1,
    /// <summary>A refill of the unit's own store.</summary>
    Lagerpafyllnad = 2,
}

public enum Orderstatus
{
    /// <summary>The cart: being put together, not yet sent.</summary>
    Pagaende = 0,
    Registrerad = 1,
    ForPlockning = 2,
    Plockad = 3,
    Utlevererad = 4,
    Makulerad = 9,
}

public enum Radstatus
{
    Registrerad = 1,
    Restnoterad = 2,
    Levererad = 4,
    Makulerad = 9,
}

public enum LeveransTill
{
    MottagningEnhet = 1,
    HemTillPatient = 2,
}

public enum Leveransprioritet
{
    Normal = 1,
    Akut = 2,
}

public static class BestallningText
{
    public static string Text(this Orderstatus s) => s switch
    {
        Orderstatus.Pagaende => "Pågående beställning",
        Orderstatus.Registrerad => "Registrerad",
        Orderstatus.ForPlockning => "För plockning",
        Orderstatus.Plockad => "Plockad",
        Orderstatus.Utlevererad => "Utlevererad",
        Orderstatus.Makulerad => "Makulerad",
        _ => s.ToString(),
    };

    public static string Text(this Radstatus s) => s switch
    {
        Radstatus.Registrerad => "Registrerad",
        Radstatus.Restnoterad => "Restnoterad",
        Radstatus.Levererad => "Levererad",
        Radstatus.Makulerad => "Makulerad",
        _ => s.ToString(),
    };

    public static string Text(this Leveranskalla k) => k == Leveranskalla.EgetForrad ? "Eget förråd" : "Hjälpmedelsverksamhet";

    public static string Text(this Ordertyp t) => t == Ordertyp.Lagerpafyllnad ? "Lagerpåfyllnad" : "Förskrivning";

    public static string Text(this Leveransprioritet p) => p == Leveransprioritet.Akut ? "Akut – extra kostnad" : "Normal";
}
