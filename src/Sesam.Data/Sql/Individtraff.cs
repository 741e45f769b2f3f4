using Sesam.Domain.Individer;

namespace Sesam.Data.Sql;

/// <summary>An individ found by number. <see cref="TidigareNummer"/>: the earlier individnummer it was found
/// through, when it matched neither its individnummer nor its serienummer.</summary>
public sealed record Individtraff(
    int Id, string Individnummer, string? Serienummer, string Artikelnummer, string Benamning, Individstatus Status, Lagerstatus Lagerstatus,
    string? TidigareNummer);
