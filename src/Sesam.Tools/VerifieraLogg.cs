using Sesam.Data;

namespace Sesam.Tools;

/// <summary>sesam-tools verifiera-logg [--provider P --connection CS]: checks the PDL audit log's hash chain.</summary>
public static class VerifieraLogg
{
    public static Task<int> KorAsync(string[] args)
    {
        var databas = Databasargument.Tolka(args);
        using var logg = new Granskningslogg(databas.Options(), TimeProvider.System);
        var fel = logg.Verifiera();
        if (fel is { } f)
        {
            Console.Error.WriteLine($"Loggkedjan är bruten vid post {f.Lopnummer}: {f.Fel}");
            return Task.FromResult(1);
        }
        Console.WriteLine("Loggkedjan är hel.");
        return Task.FromResult(0);
    }
}
