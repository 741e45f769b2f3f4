using Sesam.Data;

namespace Sesam.Web.Features.Artiklar;

/// <summary>
/// Builds the <see cref="Artikelindex"/> as the app starts (after migrations, which run before the host does), so the
/// first Sök artikel after a deployment does not wait a few seconds for it. If it fails, the first search builds it.
/// </summary>
public sealed partial class ArtikelindexUppvarmning(Artikelindex index, IServiceScopeFactory scopes, ILogger<ArtikelindexUppvarmning> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var katalog = await index.AktuellAsync(scope.ServiceProvider.GetRequiredService<SesamDbContext>(), stoppingToken);
            Byggt(logger, katalog.Antal, katalog.Version);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Misslyckades(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Artikelindexet byggt: {Antal} artiklar, katalogversion {Version}")]
    private static partial void Byggt(ILogger logger, int antal, long version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Artikelindexet kunde inte byggas vid start; den första sökningen bygger det")]
    private static partial void Misslyckades(ILogger logger, Exception fel);
}
