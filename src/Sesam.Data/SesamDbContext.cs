using Microsoft.EntityFrameworkCore;
using Sesam.Domain;

namespace Sesam.Data;

public class SesamDbContext(DbContextOptions<SesamDbContext> options) : DbContext(options)
{
    public DbSet<Kund> Kunder => Set<Kund>();
    public DbSet<Baskod> Baskoder => Set<Baskod>();
    public DbSet<Lager> Lager => Set<Lager>();
    public DbSet<Tjanstestalle> Tjanstestallen => Set<Tjanstestalle>();
    public DbSet<Anvandare> Anvandare => Set<Anvandare>();
    public DbSet<IsoKod> IsoKoder => Set<IsoKod>();
    public DbSet<Leverantor> Leverantorer => Set<Leverantor>();
    public DbSet<Produkt> Produkter => Set<Produkt>();
    public DbSet<Artikel> Artiklar => Set<Artikel>();
    public DbSet<Lagersaldo> Lagersaldon => Set<Lagersaldo>();
    public DbSet<Individ> Individer => Set<Individ>();
    public DbSet<Mottagare> Mottagare => Set<Mottagare>();
    public DbSet<Bestallning> Bestallningar => Set<Bestallning>();
    public DbSet<Orderrad> Orderrader => Set<Orderrad>();
    public DbSet<Patientavgift> Patientavgifter => Set<Patientavgift>();
    public DbSet<Loggpost> Logg => Set<Loggpost>();
    public DbSet<OrdernummerSerie> OrdernummerSerier => Set<OrdernummerSerie>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SesamDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // One length for every string that no configuration sizes, so both providers get bounded columns.
        configurationBuilder.Properties<string>().HaveMaxLength(200);
        configurationBuilder.Properties<decimal>().HavePrecision(12, 2);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Every update of a versioned entity writes Version + 1 where Version still has the value that was read,
    /// so the loser of two concurrent updates gets a DbUpdateConcurrencyException instead of overwriting.
    /// </summary>
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersionerad>().Where(e => e.State == EntityState.Modified))
        {
            var version = entry.Property(nameof(IVersionerad.Version));
            version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }
}
