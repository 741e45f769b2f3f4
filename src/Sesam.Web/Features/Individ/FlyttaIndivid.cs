using Sesam.Data;
using Sesam.Web.Infrastructure;

namespace Sesam.Web.Features.Individ;

using Sesam.Domain.Individer;

/// <summary>"Flytta": a new placering in the förråd, or none; the rules on it are the domain's.</summary>
public sealed class FlyttaIndivid(SesamDbContext db, Individkort kort, AktuellAnvandare aktuell, TimeProvider klocka)
    : Individandring<FlyttaIndivid.Formular>(db, kort)
{
    /// <param name="Nummer">From the route.</param>
    public sealed record Formular(string Nummer, int Version, string? Placering) : IIndividformular;

    protected override string Flik => "individinformation";

    protected override string Falt => nameof(Individkort.Formular.Placering);

    public override Task UtforAsync(Individ individ, Formular formular, CancellationToken ct)
    {
        individ.Flytta(formular.Placering, klocka.GetUtcNow().UtcDateTime, aktuell.HsaId);
        return Task.CompletedTask;
    }

    protected override string Meddelande(Individ individ, Formular formular) =>
        individ.Placering is null ? "Placeringen är borttagen." : $"Individen är flyttad till {individ.Placering}.";

    protected override Individkort.Formular SomTypat(Formular formular) => new(Placering: formular.Placering);
}
