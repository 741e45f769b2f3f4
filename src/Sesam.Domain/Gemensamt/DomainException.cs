namespace Sesam.Domain.Gemensamt;

/// <summary>A broken business rule. The message is Swedish and shown to the user as it is.</summary>
public class DomainException : Exception
{
    public DomainException(string message) : base(message) { }

    public DomainException(string message, Exception inner) : base(message, inner) { }

    public DomainException() { }
}
