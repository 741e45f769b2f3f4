namespace Sesam.Domain;

/// <summary>A hämtorder was makulerad: nothing will be picked up, and whoever registered it is told.</summary>
public sealed record HamtorderMakulerad(Hamtorder Hamtorder, DateTime Tid) : IDomanhandelse;
