using Sesam.Data;
using Sesam.Domain.Gemensamt;

namespace Sesam.Web.Infrastructure.Kommandon;

/// <summary>
/// What follows from a domain event (<see cref="IDomanhandelse"/>): messages to users, saved in the same transaction
/// as the change, and PDL entries, written once it is saved. One class per event type, derived from
/// <see cref="Handelsehanterare{T}"/>, found and registered by <see cref="Anvandningsfall.LaggTillAnvandningsfall"/>.
/// </summary>
public interface IHandelsehanterare
{
    Type Handelsetyp { get; }

    Task<IReadOnlyList<Pdlpost>> HanteraAsync(IDomanhandelse handelse, CancellationToken ct);
}

public abstract class Handelsehanterare<T> : IHandelsehanterare where T : IDomanhandelse
{
    public Type Handelsetyp => typeof(T);

    public Task<IReadOnlyList<Pdlpost>> HanteraAsync(IDomanhandelse handelse, CancellationToken ct) => HanteraAsync((T)handelse, ct);

    /// <summary>Makes the changes that follow (other aggregates, messages), saved in the same transaction, and returns
    /// the PDL entries to write once it is saved.</summary>
    protected abstract Task<IReadOnlyList<Pdlpost>> HanteraAsync(T handelse, CancellationToken ct);
}

/// <summary>Takes every tracked entity's events before a save and hands each to its handler.</summary>
public sealed class Handelsehantering(SesamDbContext db, IEnumerable<IHandelsehanterare> hanterare)
{
    private readonly Dictionary<Type, IHandelsehanterare> _perTyp = hanterare.ToDictionary(h => h.Handelsetyp);

    /// <summary>Handles the events raised so far, and those the handlers' changes raise in turn; returns the PDL
    /// entries to write once the change is saved.</summary>
    public async Task<IReadOnlyList<Pdlpost>> ForeSparningAsync(CancellationToken ct)
    {
        var poster = new List<Pdlpost>();
        while (TaHandelser() is { Count: > 0 } handelser)
        {
            foreach (var handelse in handelser)
            {
                if (!_perTyp.TryGetValue(handelse.GetType(), out var hanterare))
                {
                    throw new InvalidOperationException($"Domänhändelsen {handelse.GetType().Name} saknar hanterare.");
                }
                poster.AddRange(await hanterare.HanteraAsync(handelse, ct));
            }
        }
        return poster;
    }

    private List<IDomanhandelse> TaHandelser() =>
        db.ChangeTracker.Entries<Entitet>().SelectMany(e => e.Entity.TaHandelser()).ToList();
}
