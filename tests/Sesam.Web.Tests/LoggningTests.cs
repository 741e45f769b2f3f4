using Serilog.Events;
using Serilog.Parsing;
using Sesam.Domain.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

public sealed class LoggningTests
{
    [Theory]
    [InlineData("/mottagare/191212121212", "/mottagare/[personnummer]")]
    [InlineData("sökte 19121212-1212 och 121212-1212", "sökte [personnummer] och [personnummer]")]
    [InlineData("order 21388086 rad 3", "order 21388086 rad 3")]
    [InlineData("individ 1438560", "individ 1438560")]
    [InlineData("SE2321000016-1001", "SE2321000016-1001")]
    [InlineData("hsa SE2321000016-1001 pnr 191212121212", "hsa SE2321000016-1001 pnr [personnummer]")]
    public void Personnummer_maskeras_i_loggade_varden(string varde, string forvantat)
    {
        var handelse = new LogEvent(Testklocka.Start, LogEventLevel.Information, null,
            new MessageTemplateParser().Parse("{Sokvag}"), [new LogEventProperty("Sokvag", new ScalarValue(varde))]);
        new PersonnummerMaskering().Enrich(handelse, null!);
        Assert.Equal(forvantat, ((ScalarValue)handelse.Properties["Sokvag"]).Value);
    }
}

public sealed class SvensktidTests
{
    [Theory]
    [InlineData(2026, 1, 15, 12, 0, "2026-01-15 13:00")]
    [InlineData(2026, 7, 15, 12, 0, "2026-07-15 14:00")]
    [InlineData(2026, 12, 31, 23, 30, "2027-01-01 00:30")]
    public void Utc_visas_i_svensk_tid_med_sommartid(int ar, int manad, int dag, int timme, int minut, string forvantat) =>
        Assert.Equal(forvantat, Svensktid.Visa(new DateTime(ar, manad, dag, timme, minut, 0, DateTimeKind.Utc)));
}
