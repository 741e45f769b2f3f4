namespace Sesam.Domain.Gemensamt;

public abstract class Entitet
{
    public int Id { get; protected set; }
}

/// <summary>
/// Marks an entity whose changes must not overwrite a concurrent change (stock, individ, order status).
/// The persistence layer bumps <see cref="Version"/> on every update and uses it as the concurrency token.
/// </summary>
public interface IVersionerad
{
    int Version { get; }
}
