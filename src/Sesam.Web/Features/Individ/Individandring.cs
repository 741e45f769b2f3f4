using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Individ;

using Sesam.Domain.Individer;

/// <summary>A form on one tab of the individkort that changes the individ.</summary>
public interface IIndividformular : IVersionsformular
{
    /// <summary>The individnummer, from the route.</summary>
    string Nummer { get; }
}

/// <summary>
/// What the individkort's changes share: the individ loaded by its number, changed only by those the
/// <see cref="Policy.Forradsobjekt"/> policy lets in (403 otherwise: the card showed the individ), the change logged
/// for a patient's device, the answer on the tab the form is on, and a refusal shown there with what was typed.
/// </summary>
public abstract class Individandring<TFormular>(SesamDbContext db, Individkort kort) : Kommando<TFormular, Individ>
    where TFormular : class, IIndividformular
{
    protected SesamDbContext Db { get; } = db;

    public override string Objektnamn => "Individen";

    /// <summary>The individkort's tab the form is on.</summary>
    protected abstract string Flik { get; }

    /// <summary>The field of <see cref="Individkort.Formular"/> a refused change is shown at.</summary>
    protected abstract string Falt { get; }

    /// <summary>Fields whose own validation messages are shown at them instead of at <see cref="Falt"/>.</summary>
    protected virtual IReadOnlyCollection<string> EgnaFalt => [];

    /// <summary>The message shown after the saved change.</summary>
    protected abstract string Meddelande(Individ individ, TFormular formular);

    /// <summary>What the card's forms show again after a refusal: the form as typed.</summary>
    protected abstract Individkort.Formular SomTypat(TFormular formular);

    public override Task<Individ?> LaddaAsync(TFormular formular, CancellationToken ct) =>
        Db.Individer.Include(i => i.Artikel).ThenInclude(a => a.Leverantor).Include(i => i.Lager)
            .SingleOrDefaultAsync(i => i.Individnummer == formular.Nummer, ct);

    public override Andringskrav? Krav(Individ individ) => new(Policy.Forradsobjekt, new Forradsresurs(individ.LagerId));

    public override Pdlpost? Pdl(Individ individ, TFormular formular) =>
        individ.MottagareId is { } mottagareId
            ? new Pdlpost("Ändring", $"Individ {individ.Individnummer} ändrad på individkortet ({Flik}).", mottagareId)
            : null;

    public override IActionResult Klart(Controller controller, Individ individ, TFormular formular)
    {
        controller.TempData["Meddelande"] = Meddelande(individ, formular);
        return controller.Redirect($"/individ/{Uri.EscapeDataString(individ.Individnummer)}?flik={Flik}");
    }

    public override Task<IActionResult> VisaFormularAsync(Controller controller, TFormular formular, string fel, CancellationToken ct)
    {
        var falt = new Dictionary<string, string>();
        if (controller.Response.StatusCode == StatusCodes.Status409Conflict)
        {
            falt[""] = fel;
        }
        foreach (var (nyckel, varde) in controller.ModelState)
        {
            if (varde is { Errors: [var forsta, ..] })
            {
                falt.TryAdd(EgnaFalt.Contains(nyckel) ? nyckel : Falt, forsta.ErrorMessage);
            }
        }
        if (falt.Count == 0)
        {
            falt[Falt] = fel;
        }
        return kort.VisaIgenAsync(controller, formular.Nummer, Flik, SomTypat(formular), falt, ct);
    }
}
