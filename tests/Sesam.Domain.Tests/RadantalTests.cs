using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;

namespace Sesam.Domain.Tests;

public class RadantalTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(999)]
    public void Ett_till_niohundranittionio_ar_giltigt(int antal) => Assert.Equal(antal, Radantal.Kontrollera(antal));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1000)]
    public void Utanfor_intervallet_avvisas_med_samma_meddelande_som_formularen(int antal)
    {
        Assert.False(Radantal.ArGiltigt(antal));
        Assert.Equal("Antal måste vara ett heltal mellan 1 och 999.", Assert.Throws<DomainException>(() => Radantal.Kontrollera(antal)).Message);
    }
}
