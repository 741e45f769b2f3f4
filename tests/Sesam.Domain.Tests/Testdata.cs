namespace Sesam.Domain.Tests;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

/// <summary>Small in-memory domain objects for the rule tests.</summary>
internal static class Testdata
{
    public static readonly DateTime Nu = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);
    public static readonly DateOnly Idag = DateOnly.FromDateTime(Nu);

    public static Kund Kund() => new("47110", "Rehab");

    public static Tjanstestalle Tjanstestalle(string kod = "4711") =>
        new(kod, "Rehabmottagningen", new Adress("Getingevägen 4", "22185", "Lund"), Kund());

    public static Lager Central() => new("970", "Centrallager", Lagertyp.Centrallager);

    public static Lager Forrad() => new("4711", "Förråd", Lagertyp.EgetForrad);

    public static Anvandare Forskrivare(Tjanstestalle t)
    {
        var a = new Anvandare("SE1-1", "Anna", "Andersson", Roll.Forskrivare);
        a.KopplaTill(t);
        return a;
    }

    public static Mottagare Patient(string pnr = "191212121212") =>
        Mottagare.Patient(Personnummer.Parse(pnr, Idag), "Tolvan", "Tolvansson", new Adress("Testgatan 1", "22100", "Lund"), "Skåne");

    public static Artikel Artikel(string nr = "75178", bool individmarkt = false)
    {
        var a = new Artikel(nr, "Säng SB755", "st", Artikeltyp.Huvudhjalpmedel, "181210");
        a.AngeIndividmarkt(individmarkt);
        return a;
    }

    public static Leveransuppgifter Leverans(string? careOf = null, LeveransTill till = LeveransTill.MottagningEnhet, string? telefon = "070-1") =>
        new(till, new Adress("Getingevägen 4", "22185", "Lund", careOf), Leveransprioritet.Normal, "Anna Andersson", telefon, null);
}
