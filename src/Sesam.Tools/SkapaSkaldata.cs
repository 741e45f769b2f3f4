using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Tools.Skaldata;

namespace Sesam.Tools;

/// <summary>
/// sesam-tools skapa-skaldata [--provider P --connection CS] [--artiklar N --individer N --patienter N --orderrader N --seed N]:
/// migrates the database, seeds the demo data (so the demo users can log in) and fills it with benchmark volume.
/// </summary>
public static class SkapaSkaldata
{
    public static async Task<int> KorAsync(string[] args)
    {
        var databas = Databasargument.Tolka(args);
        var parametrar = new Skalparametrar(
            Heltal(args, "--artiklar", 100_000),
            Heltal(args, "--individer", 200_000),
            Heltal(args, "--patienter", 50_000),
            Heltal(args, "--orderrader", 1_000_000),
            Heltal(args, "--seed", 42));
        var resultat = await SkapaAsync(databas, parametrar, Console.Out, TimeProvider.System);
        Console.WriteLine();
        Console.WriteLine($"Patient med {resultat.StorPatientensHjalpmedel} hjälpmedel (för patientvyns benchmark): mottagare-id {resultat.StorPatientId}, /mottagare/{resultat.StorPatientId}");
        return 0;
    }

    /// <summary>Dates in the demo and scale data are relative to <paramref name="klocka"/>'s Swedish today.</summary>
    public static async Task<Skalresultat> SkapaAsync(Databasargument databas, Skalparametrar parametrar, TextWriter logg, TimeProvider klocka)
    {
        if (parametrar.Artiklar < 50 || parametrar.Patienter < 1 || parametrar.Individer < 1 || parametrar.Orderrader < 1)
        {
            throw new ArgumentException("Ange minst 50 artiklar och minst en patient, individ och orderrad.");
        }
        var tidtagning = Stopwatch.StartNew();
        await using var db = new SesamDbContext(databas.Options());
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await SesamDatabas.MigreraAsync(db);
        await DemoData.SeedAsync(db, klocka);
        logg.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Skapar skaldata i {databas.Leverantor}: {parametrar.Artiklar:N0} artiklar, {parametrar.Individer:N0} individer, {parametrar.Patienter:N0} patienter, {parametrar.Orderrader:N0} orderrader (seed {parametrar.Seed})."));
        await using var laddare = await Bulkladdare.OppnaAsync(databas);
        var resultat = await new Skaldatagenerator(db, laddare, parametrar, logg, klocka.GetUtcNow().UtcDateTime).KorAsync();
        logg.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Klart på {tidtagning.Elapsed.TotalSeconds:0.0} s."));
        return resultat;
    }

    private static int Heltal(string[] args, string namn, int standard)
    {
        var i = Array.IndexOf(args, namn);
        if (i < 0)
        {
            return standard;
        }
        return i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var varde)
            ? varde
            : throw new ArgumentException($"{namn} ska följas av ett heltal.");
    }
}
