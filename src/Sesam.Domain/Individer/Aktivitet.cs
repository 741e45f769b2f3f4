using Sesam.Domain.Gemensamt;

namespace Sesam.Domain.Individer;

public enum Aktivitetstyp
{
    /// <summary>FU: förebyggande underhåll, done at an interval.</summary>
    ForebyggandeUnderhall = 1,
    /// <summary>AU: avhjälpande underhåll, a repair.</summary>
    AvhjalpandeUnderhall = 2,
}

public static class AktivitetText
{
    public static string Text(this Aktivitetstyp t) => t switch
    {
        Aktivitetstyp.ForebyggandeUnderhall => "FU – förebyggande underhåll",
        Aktivitetstyp.AvhjalpandeUnderhall => "AU – avhjälpande underhåll",
        _ => t.ToString(),
    };
}

/// <summary>Maintenance Hjälpmedel's technicians did on an individ (FU or AU), as registered by Logistik.</summary>
public class Aktivitet : Entitet
{
    public const int MaxBeskrivning = 1000;

    private Aktivitet() { }

    internal Aktivitet(Aktivitetstyp typ, DateOnly datum, string? beskrivning, string? utfordAvHsaId, string utfordAvNamn, DateTime registrerad)
    {
        Typ = typ;
        Datum = datum;
        Beskrivning = beskrivning;
        UtfordAvHsaId = utfordAvHsaId;
        UtfordAvNamn = utfordAvNamn;
        Registrerad = registrerad;
    }

    public int IndividId { get; private set; }
    public Aktivitetstyp Typ { get; private set; }
    public DateOnly Datum { get; private set; }
    public string? Beskrivning { get; private set; }
    public string? UtfordAvHsaId { get; private set; }
    public string UtfordAvNamn { get; private set; } = "";
    public DateTime Registrerad { get; private set; }
}
