using Sesam.Domain.Gemensamt;

namespace Sesam.Domain.Organisation;

/// <summary>
/// One login, from the certificate (or the Development test login) until "Avsluta". The login cookie carries its
/// id, so a cookie copied before the user logged out is refused once the session has ended, on every instance.
/// </summary>
public class Inloggningssession
{
    private Inloggningssession() { }

    public Inloggningssession(Guid id, int anvandareId, DateTime startad)
    {
        if (id == Guid.Empty)
        {
            throw new DomainException("En inloggning måste ha ett id.");
        }
        if (anvandareId <= 0)
        {
            throw new DomainException("En inloggning måste höra till en användare.");
        }
        Id = id;
        AnvandareId = anvandareId;
        Startad = DateTime.SpecifyKind(startad, DateTimeKind.Utc);
    }

    public Guid Id { get; private set; }
    public int AnvandareId { get; private set; }
    public DateTime Startad { get; private set; }

    /// <summary>When the user chose "Avsluta"; null while the session is open.</summary>
    public DateTime? Avslutad { get; private set; }

    public bool ArAktiv => Avslutad is null;

    /// <summary>Ends the session. Ending an ended one keeps its first end: two open tabs may both say "Avsluta".</summary>
    public void Avsluta(DateTime nu)
    {
        Avslutad ??= DateTime.SpecifyKind(nu, DateTimeKind.Utc);
    }
}
