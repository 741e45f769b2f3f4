using System.Globalization;
using Sesam.Data;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Logistik;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Meddelanden;

/// <summary>A new planned delivery date for a row not yet picked, restnoterad or not; the orderer is told
/// (<see cref="LeveransdatumAndratHanterare"/>). Which rows and dates are allowed is the domain's rule.</summary>
public sealed class AndraLeveransdatum(SesamDbContext db, Logistikordervy vy, TimeProvider klocka)
    : Logistikkommando<AndraLeveransdatum.Formular>(db, vy)
{
    /// <param name="Datum">The new date as typed (ÅÅÅÅ-MM-DD), kept as text so a wrong one is shown again as it was.</param>
    public sealed record Formular(int Id, int RadId, int Version, string? Datum, bool Restnoterad) : ILogistikformular;

    protected override Task<(string Meddelande, string? Logg)> AndraAsync(Bestallning order, Formular formular, CancellationToken ct)
    {
        var rad = order.Rader.SingleOrDefault(r => r.Id == formular.RadId) ?? throw new DomainException("Raden finns inte på beställningen.");
        // Checked here, not in a validator: the message names the row's number, which only the loaded order knows.
        if (!DateOnly.TryParseExact(formular.Datum?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var nytt))
        {
            throw new DomainException($"Ange nytt planerat leveransdatum för rad {rad.Radnummer} (ÅÅÅÅ-MM-DD).");
        }
        if (rad.AndraLeveransdatum(nytt, formular.Restnoterad, klocka.GetUtcNow().UtcDateTime) is null)
        {
            return Task.FromResult<(string, string?)>(($"Rad {rad.Radnummer}: inget ändrades.",
                $"Beställning {order.Ordernummer} rad {rad.Radnummer}: leveransdatum oförändrat."));
        }
        return Task.FromResult<(string, string?)>((
            $"Rad {rad.Radnummer}: planerat leveransdatum {nytt:yyyy-MM-dd}{(formular.Restnoterad ? ", restnoterad" : "")}. Beställaren har fått ett meddelande.", null));
    }

    protected override Logistikordervy.Leveransdatumformular Skrivet(Formular formular) => new(formular.RadId, formular.Datum, formular.Restnoterad);
}

/// <summary>A row's new delivery date or restnotering: those who ordered are told what it was and is; the change is PDL-logged.</summary>
public sealed class LeveransdatumAndratHanterare(SesamDbContext db) : Handelsehanterare<LeveransdatumAndrat>
{
    protected override Task<IReadOnlyList<Pdlpost>> HanteraAsync(LeveransdatumAndrat handelse, CancellationToken ct)
    {
        var rad = handelse.Rad;
        db.Meddelanden.AddRange(Meddelande.LeveransdatumAndrat(rad, handelse.Tidigare, handelse.Tid));
        var restnoterad = rad.Status == Radstatus.Restnoterad ? ", restnoterad" : "";
        return Task.FromResult<IReadOnlyList<Pdlpost>>(
            [new Pdlpost("Ändring", $"Beställning {rad.Bestallning.Ordernummer} rad {rad.Radnummer}: leveransdatum {rad.PlaneratLeveransdatum:yyyy-MM-dd}{restnoterad}.", rad.Bestallning.MottagareId)]);
    }
}
