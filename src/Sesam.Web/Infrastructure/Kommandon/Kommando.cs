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

    /// <summary>Loads the object to change (tracked, with what the domain method needs), or creates and adds a new one.
    /// Null answers 404: so also when the object belongs to a tjänsteställe the user does not see.</summary>
    public abstract Task<TObjekt?> LaddaAsync(TFormular formular, CancellationToken ct);

    /// <summary>The tjänsteställe whose object this is, checked with <c>Policy.Enhetsobjekt</c>; null when the object
    /// is not unit-bound or the load already scoped it.</summary>
    public virtual int? Tjanstestalle(TObjekt objekt) => null;

    /// <summary>The change itself: domain methods only; a broken rule throws <see cref="DomainException"/>.</summary>
    public abstract Task UtforAsync(TObjekt objekt, TFormular formular, CancellationToken ct);

    /// <summary>Whether a save refused by a unique index, not a version, was a concurrent change of the same data (e.g. two
    /// users creating the same saldo row): answered as a concurrency conflict. Any other refusal is an error.</summary>
    public virtual bool ArSamtidigAndring(DbUpdateException fel) => false;

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

/// <summary>A PDL audit entry: what was done, a text without personnummer or names, and the patient it concerns.</summary>
public sealed record Pdlpost(string Handling, string Beskrivning, int? MottagareId);
