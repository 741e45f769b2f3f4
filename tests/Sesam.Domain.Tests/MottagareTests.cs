using Sesam.Domain.Gemensamt;

namespace Sesam.Domain.Tests;

public sealed class MottagareTests
{
    [Fact]
    public void Telefonnumret_andras_och_normaliseras()
    {
        var patient = Testdata.Patient();
        patient.AndraTelefon(" 070-123 45 67 ");
        Assert.Equal("070-123 45 67", patient.Telefon);
    }

    [Fact]
    public void Telefonnumret_for_en_patient_med_skyddad_identitet_andras_inte()
    {
        var patient = Testdata.Patient();
        patient.AndraTelefon("070-123 45 67");
        patient.MarkeraSkyddadIdentitet(true);

        var fel = Assert.Throws<DomainException>(() => patient.AndraTelefon("08-123 45"));

        Assert.Contains("skyddad identitet", fel.Message, StringComparison.Ordinal);
        Assert.Equal("070-123 45 67", patient.Telefon);
    }
}
