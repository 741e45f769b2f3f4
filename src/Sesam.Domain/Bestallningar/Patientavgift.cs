namespace Sesam.Domain.Bestallningar;

using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;

public enum Faktureringsstatus
{
    SkaFaktureras = 1,
    Fakturerad = 2,
    /// <summary>Dropped: the device came back within the 90 days.</summary>
    Borttagen = 3,
}

/// <summary>The fee (egenavgift) a patient pays for a delivered device the prescriber answered JA for.</summary>
public class Patientavgift : Entitet, IVersionerad
{
    public const int NittioDagar = 90;

    private Patientavgift() { }

    public Patientavgift(Mottagare mottagare, Orderrad rad, Artikel artikel, decimal belopp, bool nittioDagarsRegel, DateOnly levererad, Individ? individ)
    {
        if (belopp <= 0)
        {
            throw new DomainException("Patientavgiften måste vara större än noll.");
        }
        Mottagare = mottagare;
        Orderrad = rad;
        Artikel = artikel;
        Individ = individ;
        Belopp = belopp;
        NittioDagarsRegel = nittioDagarsRegel;
        LevereradDatum = levererad;
        FakturerbarFran = nittioDagarsRegel ? levererad.AddDays(NittioDagar) : levererad;
        Status = Faktureringsstatus.SkaFaktureras;
    }

    public int MottagareId { get; private set; }
    public Mottagare Mottagare { get; private set; } = null!;
    public int OrderradId { get; private set; }
    public Orderrad Orderrad { get; private set; } = null!;
    public int ArtikelId { get; private set; }
    public Artikel Artikel { get; private set; } = null!;
    public int? IndividId { get; private set; }
    public Individ? Individ { get; private set; }
    public decimal Belopp { get; private set; }
    public bool NittioDagarsRegel { get; private set; }
    public DateOnly LevereradDatum { get; private set; }
    public DateOnly FakturerbarFran { get; private set; }
    public Faktureringsstatus Status { get; private set; }
    public DateOnly? FaktureradDatum { get; private set; }
    public int Version { get; private set; }

    public string StatusText => Status switch
    {
        Faktureringsstatus.SkaFaktureras => "Ska faktureras",
        Faktureringsstatus.Fakturerad => "Fakturerad",
        Faktureringsstatus.Borttagen => "Borttagen (återlämnad inom 90 dagar)",
        _ => Status.ToString(),
    };

    /// <summary>The device came back. Under the 90-day rule a return within 90 days of delivery removes the fee.</summary>
    /// <returns>Whether the fee was removed.</returns>
    public bool VidRetur(DateOnly returdatum)
    {
        if (NittioDagarsRegel && Status == Faktureringsstatus.SkaFaktureras && returdatum < FakturerbarFran)
        {
            Status = Faktureringsstatus.Borttagen;
            return true;
        }
        return false;
    }

    public void Fakturera(DateOnly idag)
    {
        if (Status != Faktureringsstatus.SkaFaktureras)
        {
            throw new DomainException("Avgiften kan inte faktureras: den är redan fakturerad eller borttagen.");
        }
        if (idag < FakturerbarFran)
        {
            throw new DomainException($"Avgiften kan faktureras tidigast {FakturerbarFran:yyyy-MM-dd}.");
        }
        Status = Faktureringsstatus.Fakturerad;
        FaktureradDatum = idag;
        Hand(new PatientavgiftFakturerad(this));
    }
}
