using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;

namespace Sesam.Web.Features.Logistik;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;

/// <summary>"Återrapportera plockning": the individnummer picked for each individmärkt row (scanned or typed), then
/// Plockad. Which individ may be picked for a row is the domain's rule.</summary>
public sealed class AterrapporteraPlockning(SesamDbContext db, Logistikordervy vy, AktuellAnvandare aktuell, TimeProvider klocka)
    : Logistikkommando<AterrapporteraPlockning.Formular>(db, vy)
{
    /// <param name="Individ">The individnummer typed per row id (<c>individ[radId]</c>); an empty field chooses none.</param>
    public sealed record Formular(int Id, int Version, Dictionary<int, string?>? Individ) : ILogistikformular
    {
        public IReadOnlyDictionary<int, string> Valda =>
            (Individ ?? []).Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary(v => v.Key, v => v.Value!.Trim());
    }

    protected override async Task<(string Meddelande, string? Logg)> AndraAsync(Bestallning order, Formular formular, CancellationToken ct)
    {
        var valda = formular.Valda;
        var tid = klocka.GetUtcNow().UtcDateTime;
        var nummer = valda.Values.Distinct().ToList();
        var individer = await Db.Individer.Where(i => nummer.Contains(i.Individnummer)).ToListAsync(ct);
        foreach (var rad in order.AttPlocka.Where(r => r.Artikel.Individmarkt))
        {
            if (!valda.TryGetValue(rad.Id, out var valt))
            {
                continue;
            }
            var vald = individer.SingleOrDefault(i => i.Individnummer == valt)
                ?? throw new DomainException($"Rad {rad.Radnummer}: det finns ingen individ {valt}.");
            order.ValjIndivid(rad, vald, tid, aktuell.HsaId);
        }
        order.MarkeraPlockad();
        return ($"Plockningen av beställning {order.Ordernummer} är återrapporterad. Beställningen är plockad.", $"Beställning {order.Ordernummer} plockad.");
    }

    protected override IReadOnlyDictionary<int, string> Valda(Formular formular) => formular.Valda;
}
