using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Gemensamt;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Organisation;

/// <summary>
/// "Fortsätt" on a cart row's step: antal, comment, the individ from eget förråd, the delivered individ it
/// kompletterar, the components and the patientavgift answer, then back to the cart.
/// </summary>
public sealed class SparaOrderrad(SesamDbContext db, TimeProvider klocka, Radvy radvy) : Kommando<RadForm, Bestallning>
{
    public sealed class Validator : AbstractValidator<RadForm>
    {
        public Validator()
        {
            RuleFor(f => f.Antal).GiltigtRadantal();
            RuleFor(f => f.Kommentar).GiltigRadkommentar();
        }
    }

    /// <summary>The field whose step failed, so its message stands beside it.</summary>
    private string _falt = "";

    public override string Objektnamn => "Beställningen";

    public override Task<Bestallning?> LaddaAsync(RadForm formular, CancellationToken ct) => radvy.VarukorgAsync(formular.Id, formular.RadId, ct);

    public override async Task UtforAsync(Bestallning bestallning, RadForm formular, CancellationToken ct)
    {
        var rad = bestallning.Rader.Single(r => r.Id == formular.RadId);
        _falt = nameof(RadForm.IndividId);
        var individ = await IndividAsync(bestallning, rad, formular, ct);
        _falt = nameof(RadForm.KompletterarIndividId);
        var kompletterar = formular.KompletterarIndividId is { } kompletterarId && kompletterarId != rad.KompletterarIndividId
            ? await db.Individer.SingleOrDefaultAsync(i => i.Id == kompletterarId && i.MottagareId == bestallning.MottagareId, ct)
                ?? throw new DomainException("Individen finns inte bland patientens hjälpmedel.")
            : null;
        // The row's own rules are the row's, shown above the form.
        _falt = "";
        rad.AndraAntal(formular.Antal!.Value);
        rad.AngeKommentar(formular.Kommentar);
        if (individ is not null && rad.IndividId != individ.Id)
        {
            rad.AngeIndivid(individ);
        }
        if (kompletterar is not null)
        {
            rad.AngeKompletterarIndivid(kompletterar);
        }
        await ErsattKomponenterAsync(rad, formular.Komponent, ct);
        if (rad.PatientavgiftKravs)
        {
            _falt = nameof(RadForm.Patientavgift);
            rad.SvaraPatientavgift(formular.Patientavgift switch { "ja" => true, "nej" => false, _ => null });
        }
    }

    public override Pdlpost? Pdl(Bestallning bestallning, RadForm formular) =>
        new("Beställning ändrad", $"Rad {bestallning.Rader.Single(r => r.Id == formular.RadId).Radnummer} på pågående beställning {bestallning.Id} ändrad.", bestallning.MottagareId);

    public override IActionResult Klart(Controller controller, Bestallning bestallning, RadForm formular) => controller.Redirect($"/bestallning/{bestallning.Id}");

    public override async Task<IActionResult> VisaFormularAsync(Controller controller, RadForm formular, string fel, CancellationToken ct)
    {
        if (await radvy.VarukorgAsync(formular.Id, formular.RadId, ct) is not { } bestallning)
        {
            return controller.Redirect($"/bestallning/{formular.Id}");
        }
        if (controller.ModelState.ErrorCount == 0)
        {
            controller.ModelState.AddModelError(_falt, fel);
        }
        return await radvy.VisaAsync(controller, bestallning, bestallning.Rader.Single(r => r.Id == formular.RadId), formular, ct);
    }

    /// <summary>The individ to take from the row's förråd: required for an individmärkt artikel from eget förråd.</summary>
    private async Task<Individ?> IndividAsync(Bestallning bestallning, Orderrad rad, RadForm formular, CancellationToken ct)
    {
        if (rad.Leveranskalla != Leveranskalla.EgetForrad || !rad.Artikel.Individmarkt)
        {
            return null;
        }
        if (formular.IndividId is not { } individId)
        {
            throw new DomainException("Välj vilken individ som lämnas ut från förrådet.");
        }
        if (individId == rad.IndividId)
        {
            return rad.Individ;
        }
        var individ = await db.Individer.Include(i => i.Lager).Include(i => i.Komponenter)
            .SingleOrDefaultAsync(i => i.Id == individId && i.ArtikelId == rad.ArtikelId, ct);
        // The row's lager is the förråd of the cart's tjänsteställe, which the user is linked to: the only store to take it from.
        var hinder = individ is null ? "Individen finns inte."
            : individ.LagerId != rad.KallLagerId ? $"Individ {individ.Individnummer} finns inte i {bestallning.Tjanstestalle.Visningsnamn}s förråd."
            : individ.VarforEjLeveransbar([rad.KallLagerId]);
        return hinder is null ? individ : throw new DomainException(hinder);
    }

    private async Task ErsattKomponenterAsync(Orderrad rad, IReadOnlyCollection<int> valda, CancellationToken ct)
    {
        var standardIds = rad.Artikel.Individmarkt
            ? await db.Set<ArtikelKomponent>().Where(k => k.ArtikelId == rad.ArtikelId).ToDictionaryAsync(k => k.KomponentId, ct)
            : [];
        foreach (var bort in rad.Komponenter.Where(k => !valda.Contains(k.ArtikelId)).ToList())
        {
            rad.TaBortKomponent(bort);
            db.Remove(bort);
        }
        var nya = valda.Except(rad.Komponenter.Select(k => k.ArtikelId)).ToList();
        if (nya.Count == 0)
        {
            return;
        }
        var idag = Svensktid.Idag(klocka.GetUtcNow());
        foreach (var komponent in await db.Artiklar.Include(a => a.Priser).Where(a => nya.Contains(a.Id)).ToListAsync(ct))
        {
            var koppling = standardIds.GetValueOrDefault(komponent.Id);
            rad.LaggTillKomponent(komponent, koppling?.Antal ?? 1, koppling?.Standard == true && rad.Individ is null, komponent.PrisVid(komponent.Debiteringsform, idag));
        }
    }
}
