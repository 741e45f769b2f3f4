using Sesam.Domain.Gemensamt;
using Sesam.Domain.Lagerhallning;

namespace Sesam.Domain.Bestallningar;

/// <summary>An order was makulerad: nothing will be delivered, so what waits for the delivery is released, and those who
/// ordered are told.</summary>
public sealed record BestallningMakulerad(Bestallning Bestallning, DateTime Tid) : IDomanhandelse;

/// <summary>A lagerpåfyllnad left the central warehouse: those who ordered it are told to kvittera it when it arrives.</summary>
public sealed record LagerpafyllnadUtlevererad(Bestallning Bestallning, DateTime Tid) : IDomanhandelse;

/// <summary>Logistik changed a row's planned delivery date or its restnotering: those who ordered are told what it was.</summary>
public sealed record LeveransdatumAndrat(Orderrad Rad, Leveransandring Tidigare, DateTime Tid) : IDomanhandelse;

/// <summary>A patient's fee was invoiced: the change of the patient's record is PDL-logged.</summary>
public sealed record PatientavgiftFakturerad(Patientavgift Avgift) : IDomanhandelse;

/// <summary>An uttag ur eget förråd took <paramref name="Saldon"/> below their min level with no automatic påfyllnad on its
/// way: an automatic lagerpåfyllnad is to be ordered in the same unit of work, and the user told.</summary>
public sealed record UttagUnderMinNiva(Bestallning Uttag, IReadOnlyList<Lagersaldo> Saldon, DateTime Tid) : IDomanhandelse;
