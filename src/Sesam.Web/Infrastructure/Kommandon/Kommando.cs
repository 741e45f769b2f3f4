using Microsoft.AspNetCore.Mvc;
using Sesam.Domain.Gemensamt;

namespace Sesam.Web.Infrastructure.Kommandon;

/// <summary>
/// One state change a user makes through a form: what <see cref="Kommandopipeline"/> needs to load the object, change
/// it through its domain method and answer. A use case is one class deriving from this, with its form as a nested
/// record and its rules as a nested FluentValidation validator; the pipeline does the rest in the same order for
/// every change (see docs/arkitektur.md).
/// </summary>
/// <typeparam name="TFormular">What the form posts; implement <see cref="IVersionsformular"/> when the user changes an
/// object they saw, so a stale page is refused.</typeparam>
/// <typeparam name="TObjekt">The aggregate the change applies to.</typeparam>
public abstract class Kommando<TFormular, TObjekt> : IAnvandningsfall
    where TFormular : class
    where TObjekt : class
{
    /// <summary>The object in the definite form for messages, e.g. "Beställningen".</summary>
    public abstract string Objektnamn { get; }

    /// <summary>Loads the object to change (tracked, with what the domain method needs), or creates and adds a new one.
    /// Null answers 404: so also when the object belongs to a tjänsteställe the user does not see.</summary>
    public abstract Task<TObjekt?> LaddaAsync(TFormular formular, CancellationToken ct);

    /// <summary>The tjänsteställe whose object this is, checked with <c>Policy.Enhetsobjekt</c>; null when the object
    /// is not unit-bound or the load already scoped it.</summary>
    public virtual int? Tjanstestalle(TObjekt objekt) => null;

    /// <summary>A question the user must answer before the change is made (e.g. take the ersättningsartikel instead?):
    /// the page that asks it, answered instead of the change; null when there is none. Asked after validation.</summary>
    public virtual Task<IActionResult?> FragaForstAsync(Controller controller, TObjekt objekt, TFormular formular, CancellationToken ct) =>
        Task.FromResult<IActionResult?>(null);

    /// <summary>True when a unique index the change can collide on (such as the order's next row number) means that
    /// someone changed the same object at the same moment, so the collision answers 409 as a concurrent change does.</summary>
    public virtual bool UnikKrockArSamtidigAndring => false;

    /// <summary>The change itself: domain methods only; a broken rule throws <see cref="DomainException"/>.</summary>
    public abstract Task UtforAsync(TObjekt objekt, TFormular formular, CancellationToken ct);

    /// <summary>The PDL entry for a change that raises no domain event that logs it (null: none).</summary>
    public virtual Pdlpost? Pdl(TObjekt objekt, TFormular formular) => null;

    /// <summary>The answer after a saved change, as a rule a redirect with a message in TempData.</summary>
    public abstract IActionResult Klart(Controller controller, TObjekt objekt, TFormular formular);

    /// <summary>The form again with <paramref name="fel"/> shown and every entered value kept (ModelState holds the
    /// field errors). The pipeline has cleared the change tracker and set the status code.</summary>
    public abstract Task<IActionResult> VisaFormularAsync(Controller controller, TFormular formular, string fel, CancellationToken ct);
}

/// <summary>
/// A state change that creates its object, so there is nothing to load and no version to check: run by
/// <see cref="Kommandopipeline.SkapaAsync"/> as validate → create (domain factory, added to the context) → events →
/// save → PDL → answer, with the same 422 as <see cref="Kommando{TFormular, TObjekt}"/> for a broken rule.
/// </summary>
public abstract class Skapandekommando<TFormular, TObjekt> : IAnvandningsfall
    where TFormular : class
    where TObjekt : class
{
    /// <summary>Creates the object through its domain factory and adds it to the context; a broken rule throws <see cref="DomainException"/>.</summary>
    public abstract Task<TObjekt> SkapaAsync(TFormular formular, CancellationToken ct);

    /// <summary>The PDL entries of the creation, written once it is saved.</summary>
    public virtual IEnumerable<Pdlpost> Pdl(TObjekt objekt, TFormular formular) => [];

    /// <summary>The answer after the object is saved. It may still act for the user (e.g. make the object's tjänsteställe
    /// the active one), and does so before the PDL entries are written, so they name the tjänsteställe the user works in.</summary>
    public abstract Task<IActionResult> KlartAsync(Controller controller, TObjekt objekt, TFormular formular, CancellationToken ct);

    /// <summary>As <see cref="Kommando{TFormular, TObjekt}.VisaFormularAsync"/>.</summary>
    public abstract Task<IActionResult> VisaFormularAsync(Controller controller, TFormular formular, string fel, CancellationToken ct);
}

/// <summary>A form that changes an object the user saw in a given version.</summary>
public interface IVersionsformular
{
    int Version { get; }
}

/// <summary>A PDL audit entry: what was done, a text without personnummer or names, and the patient it concerns.</summary>
public sealed record Pdlpost(string Handling, string Beskrivning, int? MottagareId);
