using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sesam.Data.Sqlite;

/// <summary>Lets dotnet-ef build the model for this provider's migrations; no database is contacted.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SesamDbContext>
{
    public SesamDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SesamDbContext>();
        SesamDatabas.Konfigurera(builder, Databasleverantor.Sqlite, "Data Source=design.db");
        return new SesamDbContext(builder.Options);
    }
}
