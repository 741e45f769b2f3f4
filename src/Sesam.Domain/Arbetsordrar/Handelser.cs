using Sesam.Domain.Gemensamt;

namespace Sesam.Domain.Arbetsordrar;

/// <summary>Logistik avslutade (färdigrapporterade) an arbetsorder: the one who registered it is told what was done.</summary>
public sealed record ArbetsorderAvslutad(Arbetsorder Arbetsorder, DateTime Tid) : IDomanhandelse;

/// <summary>Hjälpmedelscentralen answered and closed a felrapport: the one who reported it gets the answer.</summary>
public sealed record FelrapportAvslutad(Felrapport Felrapport, DateTime Tid) : IDomanhandelse;
