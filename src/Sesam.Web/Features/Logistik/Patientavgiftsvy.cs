using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Logistik;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;

/// <summary>Patientavgifter to invoice: the fees that are "Ska faktureras" and due (after 90 days under the 90-day
/// rule), and the days whose fakturaunderlag can be fetched. The list names no patient, so its reading is not logged.</summary>
public sealed class Patientavgiftsvy(SesamDbContext db, TimeProvider klocka) : IAnvandningsfall
{
    public sealed record Avgiftsrad(int Id, string Ordernummer, string Artikel, string? Individ, decimal Belopp, DateOnly Levererad, DateOnly FakturerbarFran, bool NittioDagar);

    /// <param name="EjForfallna">Fees still under the 90-day rule: not yet to be invoiced.</param>
    public sealed record Avgiftsmodell(IReadOnlyList<Avgiftsrad> Forfallna, int FlerForfallna, int EjForfallna, IReadOnlyList<DateOnly> Fakturadagar,
        IReadOnlyCollection<int> Valda, string? Meddelande, string? Fel);

    public async Task<IActionResult> VisaAsync(Controller controller, CancellationToken ct) =>
        controller.View("Patientavgifter", await ModellAsync([], controller.TempData["Meddelande"] as string, null, ct));

    /// <summary>The list again with <paramref name="fel"/> and the fees the user had chosen.</summary>
    public async Task<IActionResult> VisaMedFelAsync(Controller controller, IReadOnlyCollection<int> valda, string fel, CancellationToken ct) =>
        controller.View("Patientavgifter", await ModellAsync(valda, null, fel, ct));

    private async Task<Avgiftsmodell> ModellAsync(IReadOnlyCollection<int> valda, string? meddelande, string? fel, CancellationToken ct)
    {
        var idag = Svensktid.Idag(klocka.GetUtcNow());
        var skaFaktureras = db.Patientavgifter.AsNoTracking().Where(a => a.Status == Faktureringsstatus.SkaFaktureras);
        var forfallna = await skaFaktureras.Where(a => a.FakturerbarFran <= idag)
            .OrderBy(a => a.FakturerbarFran).ThenBy(a => a.Id)
            .Take(Logistikko.MaxTraffar + 1)
            .Select(a => new Avgiftsrad(a.Id, a.Orderrad.Bestallning.Ordernummer!, a.Artikel.Artikelnummer + " " + a.Artikel.Benamning,
                a.Individ != null ? a.Individ.Individnummer : null, a.Belopp, a.LevereradDatum, a.FakturerbarFran, a.NittioDagarsRegel))
            .ToListAsync(ct);
        var fler = forfallna.Count > Logistikko.MaxTraffar ? await skaFaktureras.CountAsync(a => a.FakturerbarFran <= idag, ct) - Logistikko.MaxTraffar : 0;
        var ejForfallna = await skaFaktureras.CountAsync(a => a.FakturerbarFran > idag, ct);
        var fakturadagar = await db.Patientavgifter.AsNoTracking()
            .Where(a => a.Status == Faktureringsstatus.Fakturerad && a.FaktureradDatum != null)
            .Select(a => a.FaktureradDatum!.Value).Distinct().OrderByDescending(d => d).Take(10).ToListAsync(ct);
        return new Avgiftsmodell(forfallna.Take(Logistikko.MaxTraffar).ToList(), fler, ejForfallna, fakturadagar, valda, meddelande, fel);
    }
}
