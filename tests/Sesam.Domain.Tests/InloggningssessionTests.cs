using Sesam.Domain.Gemensamt;
using Sesam.Domain.Organisation;

namespace Sesam.Domain.Tests;

public sealed class InloggningssessionTests
{
    private static readonly DateTime Start = new(2026, 12, 7, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void En_session_ar_aktiv_tills_den_avslutas_och_behaller_forsta_avslutet()
    {
        var session = new Inloggningssession(Guid.NewGuid(), 1, Start);
        Assert.True(session.ArAktiv);

        session.Avsluta(Start.AddHours(1));
        session.Avsluta(Start.AddHours(2));

        Assert.False(session.ArAktiv);
        Assert.Equal(Start.AddHours(1), session.Avslutad);
    }

    [Fact]
    public void En_session_kraver_id_och_anvandare()
    {
        Assert.Throws<DomainException>(() => new Inloggningssession(Guid.Empty, 1, Start));
        Assert.Throws<DomainException>(() => new Inloggningssession(Guid.NewGuid(), 0, Start));
    }
}
