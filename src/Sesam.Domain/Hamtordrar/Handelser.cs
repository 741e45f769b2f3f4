using Sesam.Domain.Gemensamt;

namespace Sesam.Domain.Hamtordrar;

/// <summary>A hämtorder was makulerad: nothing will be picked up, and whoever registered it is told.</summary>
public sealed record HamtorderMakulerad(Hamtorder Hamtorder, DateTime Tid) : IDomanhandelse;
