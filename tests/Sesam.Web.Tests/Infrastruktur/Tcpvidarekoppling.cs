using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Sesam.Web.Tests.Infrastruktur;

/// <summary>
/// Forwards TCP connections from a loopback port to a server until <see cref="Bryt"/>: then every open connection is
/// cut and new ones are refused, as when the database server goes down or the network between goes away.
/// </summary>
public sealed class Tcpvidarekoppling : IDisposable
{
    private readonly TcpListener _lyssnare = new(IPAddress.Loopback, 0);
    private readonly ConcurrentBag<TcpClient> _anslutningar = [];
    private readonly CancellationTokenSource _stopp = new();

    public Tcpvidarekoppling(string vard, int port)
    {
        _lyssnare.Start();
        Port = ((IPEndPoint)_lyssnare.LocalEndpoint).Port;
        _ = TaEmotAsync(vard, port);
    }

    public int Port { get; }

    public void Bryt()
    {
        _stopp.Cancel();
        _lyssnare.Stop();
        foreach (var anslutning in _anslutningar)
        {
            anslutning.Dispose();
        }
    }

    public void Dispose()
    {
        Bryt();
        _stopp.Dispose();
    }

    private async Task TaEmotAsync(string vard, int port)
    {
        while (!_stopp.IsCancellationRequested)
        {
            TcpClient klient;
            try
            {
                klient = await _lyssnare.AcceptTcpClientAsync(_stopp.Token);
            }
            catch (Exception fel) when (fel is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            var server = new TcpClient();
            _anslutningar.Add(klient);
            _anslutningar.Add(server);
            await server.ConnectAsync(vard, port, _stopp.Token);
            _ = KopieraAsync(klient.GetStream(), server.GetStream());
            _ = KopieraAsync(server.GetStream(), klient.GetStream());
        }
    }

    private async Task KopieraAsync(Stream fran, Stream till)
    {
        try
        {
            await fran.CopyToAsync(till, _stopp.Token);
        }
        // Cutting the connections is what this class is for: the copying ends there.
        catch (Exception fel) when (fel is IOException or ObjectDisposedException or OperationCanceledException)
        {
            return;
        }
    }
}
