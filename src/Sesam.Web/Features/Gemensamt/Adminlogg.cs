using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Gemensamt;

/// <summary>
/// The audit log's entry for an administrative change (users, tjänsteställen, förråd, catalogue, start page): who did
/// it is the entry's own HSA-id, so Admin → Loggutdrag per user finds every change an administrator made. The text
/// names the object and every field that changed, before → after; never a personnummer (patients are logged by id).
/// </summary>
public static class Adminlogg
{
    public const string Handling = "Administration";

    /// <summary>An entry for <paramref name="objekt"/> (e.g. "Användare SE2321000016-1001") with the fields whose value changed.</summary>
    public static Pdlpost Andrad(string objekt, params (string Falt, string? Fore, string? Efter)[] falt)
    {
        var andrade = falt.Where(f => (f.Fore ?? "") != (f.Efter ?? ""))
            .Select(f => $"{f.Falt}: {Visa(f.Fore)} → {Visa(f.Efter)}")
            .ToList();
        return new Pdlpost(Handling, andrade.Count == 0 ? $"{objekt}: inga ändringar" : $"{objekt}: {string.Join("; ", andrade)}", null);
    }

    /// <summary>An entry for an object that was created, with its values.</summary>
    public static Pdlpost Skapad(string objekt, params (string Falt, string? Varde)[] falt) =>
        new(Handling, $"{objekt} skapad: {string.Join("; ", falt.Select(f => $"{f.Falt}: {Visa(f.Varde)}"))}", null);

    /// <summary>An entry for an event without fields (inaktiverad, import genomförd …).</summary>
    public static Pdlpost Handelse(string objekt, string vad) => new(Handling, $"{objekt}: {vad}", null);

    private static string Visa(string? varde) => string.IsNullOrWhiteSpace(varde) ? "(tomt)" : varde;
}
