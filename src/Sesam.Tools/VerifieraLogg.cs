using Sesam.Data;

namespace Sesam.Tools;

/// <summary>
/// sesam-tools verifiera-logg [--provider P --connection CS] [--nyckelfil FIL] [--kontrollpunkter FIL]: checks the PDL
/// audit log's keyed chain and every checkpoint. The key and the checkpoint file are otherwise read from the web app's
/// configuration keys in the environment (Pdl__NyckelFil or Pdl__Nyckel, Pdl__Kontrollpunkter); in Development
/// (ASPNETCORE_ENVIRONMENT) the same defaults as the app's. Exit code 0 when intact, 1 when not, 2 when it cannot check.
/// </summary>
public static class VerifieraLogg
{
    public static Task<int> KorAsync(string[] args)
    {
        string? Argument(string namn)
        {
            var i = Array.IndexOf(args, namn);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        var argument = new Dictionary<string, string?>
        {
            [Pdlinstallningar.NyckelFilNamn] = Argument("--nyckelfil"),
            [Pdlinstallningar.KontrollpunkterNamn] = Argument("--kontrollpunkter"),
        };
        var utveckling = (Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")) == "Development";
        Pdlinstallningar pdl;
        try
        {
            pdl = Pdlinstallningar.Las(
                namn => argument.GetValueOrDefault(namn) ?? Environment.GetEnvironmentVariable(namn.Replace(":", "__", StringComparison.Ordinal)),
                utveckling);
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"Loggen kan inte verifieras: {e.Message}");
            return Task.FromResult(2);
        }

        var databas = Databasargument.Tolka(args);
        using var logg = new Granskningslogg(databas.Options(), TimeProvider.System, pdl);
        if (logg.Verifiera() is { } fel)
        {
            Console.Error.WriteLine($"Granskningsloggen är inte intakt: {fel.Meddelande}");
            return Task.FromResult(1);
        }
        Console.WriteLine("Loggkedjan är hel och stämmer med kontrollpunkterna.");
        return Task.FromResult(0);
    }
}
