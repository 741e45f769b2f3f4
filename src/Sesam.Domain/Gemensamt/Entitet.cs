namespace Sesam.Domain.Gemensamt;

public abstract class Entitet
{
    private List<IDomanhandelse>? _handelser;

    public int Id { get; protected set; }

    /// <summary>
    /// Hands over the events this entity raised since they were last taken. The command pipeline takes them before it
    /// saves, so a change and what follows from it (messages to users, PDL entries) are handled in one place.
    /// A method rather than a property, so EF Core never maps it.
    /// </summary>
    public IReadOnlyList<IDomanhandelse> TaHandelser()
    {
        var handelser = _handelser ?? [];
        _handelser = null;
        return handelser;
    }

    public bool HarHandelser() => _handelser is { Count: > 0 };

    protected void Hand(IDomanhandelse handelse) => (_handelser ??= []).Add(handelse);
}

/// <summary>Something that happened to an aggregate and that others must hear of (see <see cref="Entitet.TaHandelser"/>).</summary>
public interface IDomanhandelse;

/// <summary>
/// Marks an entity whose changes must not overwrite a concurrent change (stock, individ, order status).
/// The persistence layer bumps <see cref="Version"/> on every update and uses it as the concurrency token.
/// </summary>
public interface IVersionerad
{
    int Version { get; }
}
