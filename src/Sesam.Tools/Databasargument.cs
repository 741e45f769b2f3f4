using Sesam.Data;

namespace Sesam.Tools;

/// <summary>The database a command works on: --provider Sqlite|Postgres and --connection "...", else the same
/// configuration keys as the web app in the environment (Database__Provider, ConnectionStrings__Sesam).</summary>
public sealed record Databasargument(Databasleverantor Leverantor, string ConnectionString)
{
    public static Databasargument Tolka(string[] args)
    {
        string? Varde(string namn)
        {
            var i = Array.IndexOf(args, namn);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        var leverantor = SesamDatabas.TolkaLeverantor(Varde("--provider") ?? Environment.GetEnvironmentVariable("Database__Provider"));
        var cs = Varde("--connection") ?? Environment.GetEnvironmentVariable("ConnectionStrings__Sesam")
            ?? SesamDatabas.StandardAnslutning(leverantor)
            ?? throw new InvalidOperationException("Ange --connection för Postgres.");
        return new Databasargument(leverantor, cs);
    }

    public Microsoft.EntityFrameworkCore.DbContextOptions<SesamDbContext> Options()
    {
        var builder = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<SesamDbContext>();
        SesamDatabas.Konfigurera(builder, Leverantor, ConnectionString);
        return builder.Options;
    }
}
