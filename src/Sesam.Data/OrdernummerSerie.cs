using Sesam.Domain.Bestallningar;

namespace Sesam.Data;

/// <summary>The running-number counter of one ISO week (e.g. "2147").</summary>
public class OrdernummerSerie
{
    public string Period { get; set; } = "";
    public long Senaste { get; set; }
}

public static class Ordernummergenerator
{
    /// <summary>
    /// Takes the next order number with one atomic upsert, outside any caller transaction, so concurrent
    /// senders never get the same number and never wait on each other's order transactions. A number taken by
    /// an order that then fails is simply not used.
    /// </summary>
    public static async Task<string> NastaAsync(SesamDbContext db, DateOnly datum, CancellationToken ct = default) =>
        Ordernummer.Skapa(datum, await db.Sqlfragor.NastaOrdernummerAsync(Ordernummer.Period(datum), ct));
}
