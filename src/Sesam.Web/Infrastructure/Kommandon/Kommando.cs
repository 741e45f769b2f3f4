using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>Loads the object to change (tracked, with what the domain method needs); a create derives from
    /// <see cref="Skapakommando{TFormular, TObjekt}"/> instead. Null answers 404: so also when the object belongs to a tjänsteställe the user does not see.</summary>
    public abstract Task<TObjekt?> LaddaAsync(TFormular formular, CancellationToken ct);

    /// <summary>The tjänsteställe whose object this is, checked with <c>Policy.Enhetsobjekt</c>; null when the object
    /// is not unit-bound or the load already scoped it.</summary>
    public virtual int? Tjanstestalle(TObjekt objekt) => null;

    /// <summary>A resource policy the user must meet to change an object every user may see (an individ, region-wide,
    /// changed only by the tjänsteställe whose förråd holds it): refused with 403, since the page showed the object.
    /// Null when <see cref="Tjanstestalle"/> or the load's scope says it all.</summary>
    public virtual Andringskrav? Krav(TObjekt objekt) => null;

    /// <summary>A question the user must answer before the change is made (e.g. take the ersättningsartikel instead?):
    /// the page that asks it, answered instead of the change; null when there is none. Asked after validation.</summary>
    public virtual Task<IActionResult?> FragaForstAsync(Controller controller, TObjekt objekt, TFormular formular, CancellationToken ct) =>
        Task.FromResult<IActionResult?>(null);

    /// <summary>The change itself: domain methods only; a broken rule throws <see cref="DomainException"/>.</summary>
    public abstract Task UtforAsync(TObjekt objekt, TFormular formular, CancellationToken ct);

    /// <summary>The answer to a concurrent change; a change that also takes stock or individer names them.</summary>
    public virtual string Samtidighetsmeddelande =>
        $"Någon annan ändrade {Objektnamn.ToLowerInvariant()} samtidigt. Kontrollera uppgifterna nedan och försök igen.";

    /// <summary>The answer to a concurrent change when it takes a query to say what the other user did (name the devices
    /// they took). Asked after the change tracker is cleared, so it may query; by default <see cref="Samtidighetsmeddelande"/>.</summary>
    public virtual Task<string> SamtidighetsmeddelandeAsync(TObjekt objekt, TFormular formular, CancellationToken ct) =>
        Task.FromResult(Samtidighetsmeddelande);

    /// <summary>Whether a save refused with <paramref name="fel"/> lost to a concurrent change that inserted the same
    /// unique row first (a saldo row per lager and artikel, the order's next row number): a conflict like a concurrency
    /// conflict (409), not a fault.</summary>
    public virtual bool ArSamtidigtSkapad(DbUpdateException fel) => false;

    /// <summary>The Swedish message for a save the database refused by a unique index that the form's value broke (a
    /// name or number someone else took a moment before), answered as 422 like a broken domain rule. Asked after the
    /// change tracker is cleared, so it may query; null when <paramref name="fel"/> is none of them, and the exception
    /// goes on.</summary>
    public virtual Task<string?> UnikhetsfelAsync(TObjekt objekt, TFormular formular, DbUpdateException fel, CancellationToken ct) =>
        Task.FromResult<string?>(null);

    /// <summary>The PDL entry for a change that raises no domain event that logs it (null: none).</summary>
    public virtual Pdlpost? Pdl(TObjekt objekt, TFormular formular) => null;

    /// <summary>The answer after a saved change, as a rule a redirect with a message in TempData.</summary>
    public abstract IActionResult Klart(Controller controller, TObjekt objekt, TFormular formular);

    /// <summary>The form again with <paramref name="fel"/> shown and every entered value kept (ModelState holds the
    /// field errors). The pipeline has cleared the change tracker and set the status code.</summary>
    public abstract Task<IActionResult> VisaFormularAsync(Controller controller, TFormular formular, string fel, CancellationToken ct);
}

/// <summary>A form that changes an object the user saw in a given version.</summary>
public interface IVersionsformular
{
    int Version { get; }
}

/// <summary>The policy (<c>Policy.X</c>) a change needs on <paramref name="Resurs"/>, the loaded object's resource.</summary>
public sealed record Andringskrav(string Policy, object Resurs);

/// <summary>A PDL audit entry: what was done, a text without personnummer or names, and the patient it concerns.</summary>
public sealed record Pdlpost(string Handling, string Beskrivning, int? MottagareId);
