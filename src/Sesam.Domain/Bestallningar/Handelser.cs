using Sesam.Domain.Gemensamt;
using Sesam.Domain.Lagerhallning;

namespace Sesam.Domain.Bestallningar;

/// <summary>An order was makulerad: nothing will be delivered, so what waits for the delivery is released, and those who
/// ordered are told.</summary>
public sealed record BestallningMakulerad(Bestallning Bestallning, DateTime Tid) : IDomanhandelse;

/// <summary>An uttag ur eget förråd took <paramref name="Saldon"/> below their min level with no automatic påfyllnad on its
/// way: an automatic lagerpåfyllnad is to be ordered in the same unit of work, and the user told.</summary>
public sealed record UttagUnderMinNiva(Bestallning Uttag, IReadOnlyList<Lagersaldo> Saldon, DateTime Tid) : IDomanhandelse;
