using Microsoft.EntityFrameworkCore;
using Sesam.Domain.Gemensamt;

namespace Sesam.Web.Tests;

/// <summary>An order sent just after midnight in Sweden is dated, numbered and planned on the Swedish day.</summary>
public abstract class OrderdatumTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    [Fact]
    public async Task Bestallning_strax_efter_svensk_midnatt_far_den_nya_dagens_vecka_och_leveransdatum()
    {
        // Sunday 23:30 UTC is Monday 00:30 in Stockholm: ISO week 48, not the UTC date's week 47.
        var skickad = new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.Zero);
        app.Klocka.AdjustTime(skickad);
        var k = app.Klient(Sesam.Data.DemoData.ForskrivareHsaId);
        var id = await Varukorg.NyAsync(k, Sesam.Data.DemoData.PatientTolvan);
        await Varukorg.LaggTillAsync(k, id, "20410", 1, "Hjalpmedelsverksamhet");

        var ordernummer = await Varukorg.SlutforOchSkickaAsync(k, id, []);

        Assert.StartsWith("2648", ordernummer, StringComparison.Ordinal);
        await using var db = app.Databas();
        var b = await db.Bestallningar.Include(x => x.Rader).SingleAsync(x => x.Id == id);
        Assert.Equal(skickad.UtcDateTime, b.Skickad);
        Assert.Equal(Arbetsdagskalender.LaggTillArbetsdagar(new DateOnly(2026, 11, 23), 17), b.Rader.Single().PlaneratLeveransdatum);
    }
}

public sealed class OrderdatumTestsSqlite(SqliteApp app) : OrderdatumTests<SqliteApp>(app);

public sealed class OrderdatumTestsPostgres(PostgresApp app) : OrderdatumTests<PostgresApp>(app);
