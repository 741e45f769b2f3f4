namespace Sesam.Data;

/// <summary>
/// One row whose <see cref="Version"/> changes whenever the artikel catalogue does: database triggers on Artiklar bump
/// it, as do new, removed and renamed leverantörer and renamed produkter, so a catalogue import that bypasses Sesam
/// counts too. Each app instance holds the catalogue's search index in memory and rebuilds it when the version it reads
/// differs from the one it was built at.
/// </summary>
public class Katalogversion
{
    public const int RadId = 1;

    public int Id { get; set; }

    public long Version { get; set; }
}
