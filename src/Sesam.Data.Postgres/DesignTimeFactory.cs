using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sesam.Data.Postgres;

/// <summary>Lets dotnet-ef build the model for this provider's migrations; no database is contacted.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SesamDbContext>
{
    public SesamDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SesamDbContext>();
        SesamDatabas.Konfigurera(builder, Databasleverantor.Postgres, "Host=localhost;Database=sesam_design");
        return new SesamDbContext(builder.Options);
    }
}
