using Microsoft.EntityFrameworkCore;
using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Audit;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Hamtordrar;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Meddelanden;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;
using Sesam.Domain.Returer;
using Sesam.Data.Sql;

namespace Sesam.Data;

public class SesamDbContext(DbContextOptions<SesamDbContext> options) : DbContext(options)
{
    /// <summary>
    /// The provider this context runs on, read once from its options. EF's IsNpgsql() and IsSqlite() compare the
    /// provider's assembly name, which they read by reflection on every call: pages that asked per request showed it
    /// in CPU profiles.
    /// </summary>
    internal Databasleverantor Leverantor { get; } =
        options.Extensions.Any(e => e.GetType().Assembly == typeof(NpgsqlDbContextOptionsBuilderExtensions).Assembly)
            ? Databasleverantor.Postgres
            : Databasleverantor.Sqlite;

    /// <summary>The hand-written statements in this context's database's dialect, made once per context (a pooled
    /// context keeps it from request to request).</summary>
    public ISqlfragor Sqlfragor => field ??= Leverantor == Databasleverantor.Postgres ? new PostgresSqlfragor(this) : new SqliteSqlfragor(this);

    public DbSet<Kund> Kunder => Set<Kund>();
    public DbSet<Baskod> Baskoder => Set<Baskod>();
    public DbSet<Lager> Lager => Set<Lager>();
    public DbSet<Tjanstestalle> Tjanstestallen => Set<Tjanstestalle>();
    public DbSet<Anvandare> Anvandare => Set<Anvandare>();
    public DbSet<Inloggningssession> Inloggningssessioner => Set<Inloggningssession>();
    public DbSet<IsoKod> IsoKoder => Set<IsoKod>();
    public DbSet<Leverantor> Leverantorer => Set<Leverantor>();
    public DbSet<Produkt> Produkter => Set<Produkt>();
    public DbSet<Artikel> Artiklar => Set<Artikel>();
    public DbSet<ArtikelDokument> ArtikelDokument => Set<ArtikelDokument>();
    public DbSet<Lagersaldo> Lagersaldon => Set<Lagersaldo>();
    public DbSet<Individ> Individer => Set<Individ>();
    public DbSet<Mottagare> Mottagare => Set<Mottagare>();
    public DbSet<Bestallning> Bestallningar => Set<Bestallning>();
    public DbSet<Orderrad> Orderrader => Set<Orderrad>();
    public DbSet<Patientavgift> Patientavgifter => Set<Patientavgift>();
    public DbSet<OrderradBilaga> OrderradBilagor => Set<OrderradBilaga>();
    public DbSet<Hamtorder> Hamtordrar => Set<Hamtorder>();
    public DbSet<HamtorderRad> Hamtorderrader => Set<HamtorderRad>();
    public DbSet<Retur> Returer => Set<Retur>();
    public DbSet<Bestallningsmall> Bestallningsmallar => Set<Bestallningsmall>();
    public DbSet<Returrad> Returrader => Set<Returrad>();
    public DbSet<Loggpost> Logg => Set<Loggpost>();
    public DbSet<Meddelande> Meddelanden => Set<Meddelande>();
    public DbSet<Arbetsorder> Arbetsordrar => Set<Arbetsorder>();
    public DbSet<ArbetsorderBilaga> ArbetsorderBilagor => Set<ArbetsorderBilaga>();
    public DbSet<Felrapport> Felrapporter => Set<Felrapport>();
    public DbSet<FelrapportBilaga> FelrapportBilagor => Set<FelrapportBilaga>();
    public DbSet<OrdernummerSerie> OrdernummerSerier => Set<OrdernummerSerie>();
    public DbSet<Katalogversion> Katalogversion => Set<Katalogversion>();

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
        foreach (var artikel in AndradeArtiklar())
        {
            if (artikel.Entity.Leverantor is null && artikel.Entity.LeverantorId is not null)
            {
                artikel.Reference(a => a.Leverantor).Load();
            }
            if (artikel.Entity.Produkt is null && artikel.Entity.ProduktId is not null)
            {
                artikel.Reference(a => a.Produkt).Load();
            }
            artikel.Entity.UppdateraSoktext();
        }
        KravHanteradeHandelser();
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var artikel in AndradeArtiklar())
        {
            if (artikel.Entity.Leverantor is null && artikel.Entity.LeverantorId is not null)
            {
                await artikel.Reference(a => a.Leverantor).LoadAsync(cancellationToken);
            }
            if (artikel.Entity.Produkt is null && artikel.Entity.ProduktId is not null)
            {
                await artikel.Reference(a => a.Produkt).LoadAsync(cancellationToken);
            }
            artikel.Entity.UppdateraSoktext();
        }
        KravHanteradeHandelser();
        BumpVersions();
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// New and changed artiklar, whose search text is rebuilt before saving with their leverantör and produkt
    /// loaded: a domain method may have changed one of them while the other was not loaded.
    /// </summary>
    private List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Artikel>> AndradeArtiklar()
    {
        ChangeTracker.DetectChanges();
        return ChangeTracker.Entries<Artikel>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
    }

    /// <summary>
    /// A domain event that nobody took would be a message never sent or a PDL entry never written: saving is refused,
    /// so a state change made outside the command pipeline (Sesam.Web's Kommandopipeline) fails in every test that
    /// reaches it instead of silently losing what follows from it.
    /// </summary>
    private void KravHanteradeHandelser()
    {
        if (ChangeTracker.Entries<Entitet>().Any(e => e.Entity.HarHandelser()))
        {
            throw new InvalidOperationException("Ändringen har domänhändelser som inte hanterats: spara den genom kommandopipelinen.");
        }
    }

    /// <summary>
    /// Makes the next save write <paramref name="entitet"/>'s Version + 1 although nothing else of it changed. Two
    /// operations that must not both act on the same device (a hämtorder and a retur of it) each claim it this way or
    /// by changing it, so the later of two concurrent ones fails its concurrency check instead of both succeeding.
    /// </summary>
    public void GorAnsprak(IVersionerad entitet) => Entry(entitet).Property(nameof(IVersionerad.Version)).IsModified = true;

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
