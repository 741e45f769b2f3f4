using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace Sesam.Web.Infrastructure;

/// <summary>
/// Defence in depth: Sesam never logs personnummer on purpose, but a property value that looks like one
/// (a request path, a parameter) is masked before any sink sees it.
/// </summary>
public sealed partial class PersonnummerMaskering : ILogEventEnricher
{
    // Not after a letter: HSA-ids such as SE2321000016-1001 hold ten digits too, and they are what the logs need.
    [GeneratedRegex(@"(?<![\dA-Za-z])(\d{6}|\d{8})[-+]?\d{4}(?!\d)")]
    private static partial Regex Monster();

    public static string Maskera(string text) => Monster().Replace(text, "[personnummer]");

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (namn, varde) in logEvent.Properties.ToList())
        {
            if (varde is ScalarValue { Value: string s } && Monster().IsMatch(s))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(namn, new ScalarValue(Maskera(s))));
            }
        }
    }
}
