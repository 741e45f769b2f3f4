using Microsoft.AspNetCore.Mvc;
using Sesam.Domain.Gemensamt;

namespace Sesam.Web.Infrastructure.Kommandon;

/// <summary>
/// A change that creates an aggregate instead of changing a loaded one (a numbered arbetsorder, a felrapport), run by
/// the same <see cref="Kommandopipeline"/>: validate → create through the domain's constructor → events → save →
/// PDL → answer. There is no object to load or version to check; a broken rule in the constructor (a
/// <see cref="DomainException"/>) answers 422 with the form as typed, a conflict on what the new object claims 409.
/// </summary>
public abstract class Skapakommando<TFormular, TObjekt> : Kommando<TFormular, Skapakommando<TFormular, TObjekt>.Nytt>
    where TFormular : class
    where TObjekt : class
{
    /// <summary>What the pipeline carries from the creation to the answer: the object once it is created.</summary>
    public sealed class Nytt
    {
        public TObjekt? Objekt { get; internal set; }
    }

    /// <summary>Creates the object through its domain constructor and adds it to the context; claims what it depends on.</summary>
    public abstract Task<TObjekt> SkapaAsync(TFormular formular, CancellationToken ct);

    /// <summary>The PDL entry for the created object (null: none).</summary>
    public virtual Pdlpost? Pdl(TObjekt objekt, TFormular formular) => null;

    /// <summary>The answer once the new object is saved, as a rule a redirect to it with a message in TempData.</summary>
    public abstract IActionResult Klart(Controller controller, TObjekt objekt, TFormular formular);

    public sealed override Task<Nytt?> LaddaAsync(TFormular formular, CancellationToken ct) => Task.FromResult<Nytt?>(new Nytt());

    public sealed override async Task UtforAsync(Nytt nytt, TFormular formular, CancellationToken ct) => nytt.Objekt = await SkapaAsync(formular, ct);

    public sealed override Pdlpost? Pdl(Nytt nytt, TFormular formular) => Pdl(Skapat(nytt), formular);

    public sealed override IActionResult Klart(Controller controller, Nytt nytt, TFormular formular) => Klart(controller, Skapat(nytt), formular);

    private static TObjekt Skapat(Nytt nytt) => nytt.Objekt ?? throw new InvalidOperationException("Objektet skapades inte.");
}
