using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace Sesam.Web.Tests.Infrastruktur;

/// <summary>A Serilog sink that keeps what the app logs, registered as a service (the app reads sinks from its services).</summary>
public sealed class Loggsamling : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _handelser = new();

    public IReadOnlyList<LogEvent> Handelser => _handelser.ToArray();

    public void Emit(LogEvent logEvent) => _handelser.Enqueue(logEvent);

    /// <summary>The request log's lines for a path.</summary>
    public IReadOnlyList<LogEvent> Anrop(string sokvag) =>
        Handelser.Where(h => h.Properties.ContainsKey("StatusCode")
            && h.Properties.TryGetValue("RequestPath", out var p) && p is ScalarValue { Value: string s } && s == sokvag).ToList();

    /// <summary>The request log's line for a path. The client can have the response before the request's pipeline has
    /// ended and written the line, so this waits for it a while.</summary>
    public async Task<LogEvent> AnropAsync(string sokvag)
    {
        for (var forsok = 0; forsok < 100 && Anrop(sokvag).Count == 0; forsok++)
        {
            await Task.Delay(50);
        }
        return Assert.Single(Anrop(sokvag));
    }

    public static int Status(LogEvent handelse) => (int)((ScalarValue)handelse.Properties["StatusCode"]).Value!;

    /// <summary>Everything an event would put in a log: its rendered message, its properties and its exception.</summary>
    public static string Text(LogEvent handelse) =>
        string.Join(" | ", [handelse.RenderMessage(CultureInfo.InvariantCulture), .. handelse.Properties.Select(p => $"{p.Key}={p.Value}"), handelse.Exception?.ToString() ?? ""]);
}
