using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Configuration;
using Sesam.Domain.Gemensamt;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure.Siths;

namespace Sesam.Web.Tests;

public sealed class SithsKonfigurationTests
{
    private static SithsInstallningar Las(params (string Nyckel, string Varde)[] varden) =>
        SithsInstallningar.Las(new ConfigurationBuilder()
            .AddInMemoryCollection(varden.Select(v => new KeyValuePair<string, string?>(v.Nyckel, v.Varde)))
            .Build());

    [Fact]
    public void Utan_klientcertifikat_och_vidarebefordran_ar_certifikatinloggningen_av()
    {
        var installningar = Las(("Kestrel:Endpoints:Http:Url", "http://127.0.0.1:5080"));
        Assert.False(installningar.Aktiv);
        Assert.Equal(System.Security.Cryptography.X509Certificates.X509RevocationMode.Online, installningar.RevocationMode);
    }

    [Fact]
    public void Klientcertifikat_eller_vidarebefordran_slar_pa_inloggningen_och_kraver_fortroendeankare()
    {
        Assert.Throws<InvalidOperationException>(() => Las(("Kestrel:Endpoints:Https:ClientCertificateMode", "RequireCertificate")));
        Assert.Throws<InvalidOperationException>(() => Las(("Siths:ForwardedHeader", "X-SSL-Client-Cert")));
        var installningar = Las(("Siths:ForwardedHeader", "X-SSL-Client-Cert"), ("Siths:TrustAnchors:0", "/etc/siths.crt"), ("Siths:RevocationMode", "offline"));
        Assert.True(installningar.Aktiv);
        Assert.Equal("X-SSL-Client-Cert", installningar.ForwardedHeader);
        Assert.Equal(System.Security.Cryptography.X509Certificates.X509RevocationMode.Offline, installningar.RevocationMode);
    }

    [Fact]
    public void Okant_sparrlage_avvisas()
    {
        Assert.Throws<InvalidOperationException>(() => Las(("Siths:RevocationMode", "Ibland")));
    }
}

public sealed class SkyddadIdentitetTests
{
    [Fact]
    public void Adress_och_telefon_doljs_for_skyddad_patient()
    {
        var adress = new Adress("Sekretessgatan 1", "10000", "Stockholm");
        Assert.Equal(SkyddadIdentitet.Dold, SkyddadIdentitet.Visa(true, adress));
        Assert.Equal(SkyddadIdentitet.Dold, SkyddadIdentitet.Visa(true, "070-123 45 67"));
        Assert.Equal("Sekretessgatan 1, 100 00 Stockholm", SkyddadIdentitet.Visa(false, adress));
        Assert.Equal("070-123 45 67", SkyddadIdentitet.Visa(false, "070-123 45 67"));
        Assert.Equal("–", SkyddadIdentitet.Visa(false, (string?)null));
    }

    [Theory]
    [InlineData(true, "<span class=\"sesam-skyddad\" data-testid=\"skyddad-identitet\" title=\"Patienten har skyddad identitet: adress och telefon visas inte.\">Skyddad identitet</span>")]
    [InlineData(false, "")]
    public void Markeringen_visas_bara_for_skyddad_patient(bool skyddad, string html)
    {
        var kontext = new TagHelperContext([], new Dictionary<object, object>(), "id");
        var utdata = new TagHelperOutput("skyddad-identitet", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));

        new SkyddadIdentitetTagHelper { Skyddad = skyddad }.Process(kontext, utdata);

        using var text = new StringWriter();
        utdata.WriteTo(text, System.Text.Encodings.Web.HtmlEncoder.Default);
        Assert.Equal(html, text.ToString());
    }
}
