using Sesam.Domain.Gemensamt;

namespace Sesam.Domain.Bestallningar;

/// <summary>An order was makulerad: nothing will be delivered, so what waits for the delivery is released, and those who
/// ordered are told.</summary>
public sealed record BestallningMakulerad(Bestallning Bestallning, DateTime Tid) : IDomanhandelse;
