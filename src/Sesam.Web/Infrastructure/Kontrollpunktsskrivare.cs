using Sesam.Data;

namespace Sesam.Web.Infrastructure;

/// <summary>
/// Writes the PDL log's checkpoints (<see cref="Granskningslogg.ForankraAsync"/>) when they are due, in the background
/// so that no patient view waits for the file, and a last one as the app stops. The file is checked at start: a
/// checkpoint path Sesam cannot write to stops it there.
/// </summary>
public sealed partial class Kontrollpunktsskrivare(Granskningslogg logg, Pdlinstallningar pdl, ILogger<Kontrollpunktsskrivare> logger) : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        Kontrollpunktsfil.KontrolleraSkrivbar(pdl.Kontrollpunkter);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await logg.VantaPaKontrollpunktAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            await ForankraAsync();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await ForankraAsync();
    }

    private async Task ForankraAsync()
    {
        try
        {
            await logg.ForankraAsync();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The entries are committed and chained; only their anchoring waits, and the next checkpoint covers them.
            Misslyckades(logger, pdl.Kontrollpunkter, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Granskningsloggens kontrollpunkt kunde inte skrivas till {Fil}; ett nytt försök görs vid nästa kontrollpunkt")]
    private static partial void Misslyckades(ILogger logger, string fil, Exception fel);
}
