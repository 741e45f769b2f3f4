using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesam.Data;
using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Hamtordrar;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;
using Sesam.Domain.Gemensamt;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>
/// Walks EVERY route of the app, as found in its EndpointDataSource, so a route added later is covered or the test
/// fails. Each route is classified below: anonymous, for every logged-in user (with the reason its data is not bound
/// to a tjänsteställe), role-bound, unit-bound, or bound to the user (their own cart or tjänsteställen). Unit-, role-
/// and user-bound routes are called by a förskrivare of another tjänsteställe (David, 4720) with ids that belong to
/// 4711 and must be refused (403/404); the rightful user must not be refused, which proves the ids are real.
/// Unit-bound routes are also refused to a user linked to 4711 who works in 4720 now (Anna): only the ACTIVE
/// tjänsteställe counts. Every route but the anonymous ones sends a stranger to login.
/// Adding a route: add its "METHOD /pattern" to <see cref="Regler"/>.
/// </summary>
public abstract class AtkomstmatrisTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    /// <summary>The app's clock, which these tests never move: where the demo data was seeded.</summary>
    private static readonly DateTime Nu = Testklocka.Start.UtcDateTime;

    /// <summary>Ids of data that belongs to tjänsteställe 4711 Rehabmottagningen Lund (a fresh cart of Anna's per rule,
    /// so that a rule whose positive control deletes or sends it does not affect the next).</summary>
    public sealed record Enhetsdata(int TjanstestalleId, int ForradId, string IndividIForradet, int MottagareId, int SkickadBestallningId, int VarukorgId, int VarukorgsradId, int BilagaId,
        string Hamtordernummer, int MallId, int MallradId, int SkickadRadId, int LagerpafyllnadId, int MeddelandeId, string Arbetsordernummer,
        int ArbetsorderBilagaId, string Felrapportnummer, int FelrapportBilagaId);

    public sealed record Begaran(HttpMethod Metod, string Url, IReadOnlyList<KeyValuePair<string, string>>? Formular = null);

    public enum Klass
    {
        Anonym,
        AllaInloggade,
        Roll,
        Enhetsbunden,
        Anvandarbunden,
    }

    /// <param name="Behorig">HSA-ID of a user who may use the route with these ids (the positive control).</param>
    public sealed record Regel(Klass Klass, string Skal, Func<Enhetsdata, Begaran>? Begaran = null, string? Behorig = null);

    private static Regel Anonym(string skal) => new(Klass.Anonym, skal);

    private static Regel AllaInloggade(string skal, Func<Enhetsdata, Begaran>? begaran = null) => new(Klass.AllaInloggade, skal, begaran);

    private static Regel EndastAdmin(Func<Enhetsdata, Begaran> begaran) => new(Klass.Roll, "Endast Admin.", begaran, DemoData.AdminHsaId);

    private static Regel EndastLogistik(Func<Enhetsdata, Begaran> begaran) =>
        new(Klass.Roll, "Endast Logistik, som arbetar för alla tjänsteställen.", begaran, DemoData.LogistikHsaId);

    private static Regel Enhetsbunden(string skal, Func<Enhetsdata, Begaran> begaran, string behorig = DemoData.ForskrivareHsaId) =>
        new(Klass.Enhetsbunden, skal, begaran, behorig);

    private static Regel Anvandarbunden(string skal, Func<Enhetsdata, Begaran> begaran) =>
        new(Klass.Anvandarbunden, skal, begaran, DemoData.ForskrivareHsaId);

    private static Begaran Get(string url) => new(HttpMethod.Get, url);

    private static Begaran Post(string url, params (string Namn, object Varde)[] falt) =>
        new(HttpMethod.Post, url, falt.Select(f => new KeyValuePair<string, string>(f.Namn, Convert.ToString(f.Varde, CultureInfo.InvariantCulture)!)).ToList());

    public static readonly IReadOnlyDictionary<string, Regel> Regler = new Dictionary<string, Regel>
    {
        ["* /health"] = Anonym("Driftövervakning."),
        ["* /fel"] = Anonym("Felsidor visas även före inloggning."),
        ["* /fel/behorighet"] = Anonym("Felsidor visas även före inloggning."),
        ["* /fel/{kod:int}"] = Anonym("Felsidor visas även före inloggning."),
        ["GET /inloggning"] = Anonym("Inloggningen själv."),
        ["GET /dev/inloggning"] = Anonym("Testinloggning, finns bara i utvecklingsmiljön (404 annars)."),
        ["POST /dev/inloggning"] = Anonym("Testinloggning, finns bara i utvecklingsmiljön (404 annars)."),
        ["GET /utloggad"] = Anonym("Sidan efter Avsluta."),

        ["GET /"] = AllaInloggade("Startsidan visar användarens egna pågående beställningar och egna skickade i det aktiva tjänstestället."),
        ["POST /utloggning"] = AllaInloggade("Avsluta."),
        ["GET /mottagare"] = AllaInloggade("Patienter hör inte till ett tjänsteställe: varje användare får söka patient, och varje läsning PDL-loggas."),
        ["POST /mottagare"] = AllaInloggade("Patientsökning, se GET /mottagare."),
        ["GET /mottagare/{id:int}"] = AllaInloggade("Patientbilden, se GET /mottagare.", d => Get($"/mottagare/{d.MottagareId}")),
        ["POST /mottagare/{id:int}/telefon"] = AllaInloggade("Patientens telefon, se GET /mottagare.", d => Post($"/mottagare/{d.MottagareId}/telefon")),
        ["GET /mottagare/{id:int}/komponenter/{individId:int}"] = AllaInloggade("Komponenterna för ett hjälpmedel som patienten har, se GET /mottagare.", d => Get($"/mottagare/{d.MottagareId}/komponenter/1")),
        ["GET /mottagare/{id:int}/hjalpmedelslista"] = AllaInloggade("Patientens hjälpmedelslista, se GET /mottagare.", d => Get($"/mottagare/{d.MottagareId}/hjalpmedelslista")),
        ["GET /mottagare/{id:int}/laneforbindelse"] = AllaInloggade("Låneförbindelse för patientens hjälpmedel, se GET /mottagare.", d => Get($"/mottagare/{d.MottagareId}/laneforbindelse")),
        ["POST /mottagare/{id:int}/laneforbindelse"] = AllaInloggade("Låneförbindelse för patientens hjälpmedel, se GET /mottagare; bara patientens egna hjälpmedel kommer med.", d => Post($"/mottagare/{d.MottagareId}/laneforbindelse", ("mall", "lan"))),
        ["GET /mottagare/{id:int}/hamtorder"] = AllaInloggade("Patienter är regionsgemensamma; hämtordern registreras i det aktiva tjänstestället. Bara förskrivare och beställare (403 annars, se HamtorderTests).", d => Get($"/mottagare/{d.MottagareId}/hamtorder")),
        ["POST /mottagare/{id:int}/hamtorder"] = AllaInloggade("Se GET /mottagare/{id}/hamtorder; bara mottagarens egna levererade hjälpmedel kan väljas.", d => Post($"/mottagare/{d.MottagareId}/hamtorder")),
        ["GET /mottagare/{id:int}/retur"] = AllaInloggade("Patienter är regionsgemensamma; returen går till det aktiva tjänsteställets förråd. Bara förskrivare och beställare (403 annars, se ReturTests).", d => Get($"/mottagare/{d.MottagareId}/retur")),
        ["POST /mottagare/{id:int}/retur"] = AllaInloggade("Se GET /mottagare/{id}/retur; bara mottagarens egna levererade hjälpmedel kan väljas.", d => Post($"/mottagare/{d.MottagareId}/retur")),
        ["GET /bestallningsmallar"] = AllaInloggade("Listar bara det aktiva tjänsteställets beställningsmallar (alla för Logistik/Admin)."),
        ["POST /bestallningsmallar/ny"] = AllaInloggade("Skapar en mall för det aktiva tjänstestället; ett tjänsteställe användaren inte får ändra ger 403 (se BestallningsmallTests)."),
        ["GET /bestallningsmallar/{id:int}"] = Enhetsbunden("Ett annat tjänsteställes beställningsmall.", d => Get($"/bestallningsmallar/{d.MallId}")),
        ["POST /bestallningsmallar/{id:int}/lagerpafyllnad"] = Enhetsbunden("Ett annat tjänsteställes beställningsmall.", d => Post($"/bestallningsmallar/{d.MallId}/lagerpafyllnad")),
        ["POST /bestallningsmallar/{id:int}/bestall"] = Enhetsbunden("Ett annat tjänsteställes beställningsmall.", d => Post($"/bestallningsmallar/{d.MallId}/bestall", ("rad", d.MallradId), ("antal", 1))),
        ["GET /bestallningsmallar/{id:int}/redigera"] = Enhetsbunden("Ett annat tjänsteställes beställningsmall.", d => Get($"/bestallningsmallar/{d.MallId}/redigera")),
        ["POST /bestallningsmallar/{id:int}/redigera"] = Enhetsbunden("Ett annat tjänsteställes beställningsmall.", d => Post($"/bestallningsmallar/{d.MallId}/redigera", ("Version", 99999))),
        ["POST /bestallningsmallar/{id:int}/sok"] = Enhetsbunden("Ett annat tjänsteställes beställningsmall.", d => Post($"/bestallningsmallar/{d.MallId}/sok", ("sok", "korg"))),
        ["POST /bestallningsmallar/{id:int}/artikel"] = Enhetsbunden("Ett annat tjänsteställes beställningsmall.", d => Post($"/bestallningsmallar/{d.MallId}/artikel", ("version", 99999), ("artikelnummer", "72480"))),
        ["POST /bestallningsmallar/{id:int}/rad/{radId:int}/ta-bort"] = Enhetsbunden("Ett annat tjänsteställes beställningsmall.", d => Post($"/bestallningsmallar/{d.MallId}/rad/{d.MallradId}/ta-bort", ("version", 99999))),
        ["POST /bestallningsmallar/{id:int}/ta-bort"] = EndastAdmin(d => Post($"/bestallningsmallar/{d.MallId}/ta-bort")),
        ["GET /hamtorder"] = AllaInloggade("Listar bara det aktiva tjänsteställets hämtordrar, även på beställare (användar-id), kund och början av numret; hela numret öppnar även ett annat tjänsteställes hämtorder skrivskyddad, som GET /hamtorder/{nummer} (se HamtorderTests)."),
        ["POST /hamtorder"] = AllaInloggade("Sök hämtorder med mottagare (personnummer hör inte hemma i adressen): med hela personnumret mottagarens hämtordrar på alla tjänsteställen, som VGR-manualen säger, och sökningen PDL-loggas; annars bara det aktiva tjänsteställets; kund bara för de egna tjänsteställenas kunder (se HamtorderTests)."),
        ["GET /om"] = AllaInloggade("Version och databas."),
        ["GET /min-sida"] = AllaInloggade("Användarens egna uppgifter och inställningar."),
        ["POST /min-sida/installning"] = AllaInloggade("Sparar bara användarens egna inställningar; tjänstestället prövas mot användarens egna och avvisas med formulärfel."),
        ["GET /artiklar"] = AllaInloggade("Artikelkatalogen är gemensam för regionen."),
        ["GET /artiklar/katalog"] = AllaInloggade("Sortimentskatalogen är gemensam för regionen."),
        ["GET /artiklar/katalog/{kod}"] = AllaInloggade("Sortimentskatalogen är gemensam för regionen.", _ => Get("/artiklar/katalog/12")),
        ["GET /artiklar/{artikelnummer}"] = AllaInloggade("Artikelkatalogen är gemensam för regionen.", _ => Get("/artiklar/19961")),
        ["GET /bestallning"] = AllaInloggade("Visar bara användarens egna pågående beställningar."),
        ["GET /meddelanden"] = AllaInloggade("Listar bara användarens egna meddelanden."),
        ["GET /meddelanden/{id:int}"] = Anvandarbunden("Någon annans meddelande.", d => Get($"/meddelanden/{d.MeddelandeId}")),
        ["POST /meddelanden/{id:int}"] = Anvandarbunden("Någon annans meddelande.", d => Post($"/meddelanden/{d.MeddelandeId}")),
        ["POST /meddelanden/ta-bort-alla"] = AllaInloggade("Tar bara bort användarens egna meddelanden (se MeddelandenTests)."),
        ["GET /arbetsorder"] = AllaInloggade("Listar bara det aktiva tjänsteställets arbetsorder (alla för Logistik), även vid sökning på början av numret; hela numret öppnar arbetsordern (se GET /arbetsorder/{nummer}). 403 för roller som inte ser patienter."),
        ["GET /arbetsorder/ny"] = AllaInloggade("Formulär för förskrivare och beställare; en orderrad från ett annat tjänsteställe ger 404 (se ArbetsorderTests)."),
        ["POST /arbetsorder/ny"] = AllaInloggade("Registrerar för det aktiva tjänstestället; orderrad, individ och mottagare prövas (se ArbetsorderTests)."),
        ["GET /arbetsorder/{nummer}"] = AllaInloggade("Den som ser patienter ser med hela arbetsordernumret även ett annat tjänsteställes arbetsorder, som VGR-manualen säger: skrivskyddad, utan dess bilagor, och läsningen PDL-loggas (se ArbetsorderOchFelrapportTests). 403 för roller som inte ser patienter.", d => Get($"/arbetsorder/{d.Arbetsordernummer}")),
        ["GET /arbetsorder/{nummer}/bilaga/{bilagaId:int}"] = Enhetsbunden("Bilaga på ett annat tjänsteställes arbetsorder.", d => Get($"/arbetsorder/{d.Arbetsordernummer}/bilaga/{d.ArbetsorderBilagaId}")),
        ["POST /arbetsorder/{nummer}/bilaga"] = Enhetsbunden("Ett annat tjänsteställes arbetsorder.", d => Post($"/arbetsorder/{d.Arbetsordernummer}/bilaga", ("version", 99999))),
        ["POST /arbetsorder/{nummer}/makulera"] = Enhetsbunden("Ett annat tjänsteställes arbetsorder.", d => Post($"/arbetsorder/{d.Arbetsordernummer}/makulera", ("version", 99999))),
        ["POST /arbetsorder/{nummer}/avsluta"] = EndastLogistik(d => Post($"/arbetsorder/{d.Arbetsordernummer}/avsluta", ("version", 99999))),
        ["GET /felrapport"] = AllaInloggade("Listar bara det aktiva tjänsteställets felrapporter (alla för Logistik/Admin), även vid sökning på början av numret; hela numret öppnar felrapporten (se GET /felrapport/{nummer})."),
        ["GET /felrapport/ny"] = AllaInloggade("Formulär; det som felrapporten gäller prövas när den sparas."),
        ["POST /felrapport/ny"] = AllaInloggade("Registrerar för det aktiva tjänstestället; en beställning, hämtorder eller arbetsorder från ett annat tjänsteställe avvisas (se FelrapportTests)."),
        ["GET /felrapport/{nummer}"] = AllaInloggade("Med hela felrapportsnumret ser man även ett annat tjänsteställes felrapport, som VGR-manualen säger: skrivskyddad, utan dess bilagor, och läsningen PDL-loggas (se ArbetsorderOchFelrapportTests).", d => Get($"/felrapport/{d.Felrapportnummer}")),
        ["POST /felrapport/{nummer}/bilaga"] = Enhetsbunden("Ett annat tjänsteställes felrapport.", d => Post($"/felrapport/{d.Felrapportnummer}/bilaga")),
        ["GET /felrapport/{nummer}/bilaga/{bilagaId:int}"] = Enhetsbunden("Bilaga på ett annat tjänsteställes felrapport.", d => Get($"/felrapport/{d.Felrapportnummer}/bilaga/{d.FelrapportBilagaId}")),
        ["POST /felrapport/{nummer}/avsluta"] = EndastLogistik(d => Post($"/felrapport/{d.Felrapportnummer}/avsluta", ("version", 99999))),
        ["GET /bestallning/sok"] = AllaInloggade("Listar bara det aktiva tjänsteställets skickade beställningar (alla för Logistik/Admin), även med en förskrivares eller beställares användar-id; snabbsök på hela numret öppnar även ett annat tjänsteställes beställning (se GET /bestallning/nummer/{ordernummer})."),
        ["GET /bestallning/nummer/{ordernummer}"] = AllaInloggade("Med hela beställningsnumret ser man även ett annat tjänsteställes beställning, som VGR-manualen säger om Sök kundorder: skrivskyddad, utan makulering, kvittering, låneförbindelse, felrapport och arbetsorder, och läsningen PDL-loggas (se BestallningssokTests). Med id (GET /bestallning/{id}) och alla ändringar är beställningen fortfarande enhetsbunden.", _ => Get("/bestallning/nummer/21010001")),
        ["GET /bestallning/sok/levererade"] = AllaInloggade("Sök levererade kundorder: bara det aktiva tjänsteställets beställningar (alla för Logistik/Admin); ett annat tjänsteställes kundorder- eller följesedelnummer får samma 404 som ett som inte finns (se LevereradeKundorderTests)."),
        ["GET /bestallning/ny"] = AllaInloggade("Formulär för en ny egen beställning."),
        ["POST /bestallning/lagerpafyllnad"] = AllaInloggade("Skapar en egen lagerpåfyllnad; tjänstestället prövas mot användarens egna och avvisas med formulärfel, andra roller än förskrivare och beställare får 403 (se LagerpafyllnadTests)."),
        ["POST /bestallning/ny"] = AllaInloggade("Skapar en egen varukorg; förskrivare och tjänsteställe prövas mot användarens egna och avvisas med formulärfel."),
        ["GET /bestallning/individ/{individnummer}"] = AllaInloggade("Visar individkortets regionsgemensamma uppgifter; en individ i ett annat förråd visas med hindret och kan inte väljas.", d => Get($"/bestallning/individ/{d.IndividIForradet}")),
        ["POST /bestallning/individ/{individnummer}"] = AllaInloggade("En individ i ett annat förråd avvisas med hindret som formulärfel; ingen beställning skapas.", d => Post($"/bestallning/individ/{d.IndividIForradet}")),
        ["GET /bestallning/komponenter-pa-vag/{individnummer}"] = AllaInloggade("Individen är regionsgemensam; raderna är beställningar och avgränsas till det aktiva tjänstestället (se AktivtTjanstestalleTests).", d => Get($"/bestallning/komponenter-pa-vag/{d.IndividIForradet}")),
        ["GET /individ"] = AllaInloggade("Individsök gäller hela regionen, som i manualen."),
        ["GET /individ/{nummer}"] = AllaInloggade("Individkortet visas för alla; beställningen visas och ändringar görs bara i det aktiva tjänstestället som äger förrådet.", d => Get($"/individ/{d.IndividIForradet}")),

        ["POST /tjanstestalle"] = Anvandarbunden("Bara egna tjänsteställen kan väljas; tillbaka leder bara inom Sesam (se MeddelandenTests).", d => Post("/tjanstestalle", ("tjanstestalleId", d.TjanstestalleId))),
        ["GET /lager"] = Enhetsbunden("Ett annat tjänsteställes förråd.", d => Get($"/lager?lager={d.ForradId}")),
        ["GET /lager/{lager:int}/lagersaldorapport"] = Enhetsbunden("Ett annat tjänsteställes förråd.", d => Get($"/lager/{d.ForradId}/lagersaldorapport")),
        ["POST /individ/{nummer}/flytta"] = Enhetsbunden("Individ i ett annat tjänsteställes förråd.", d => Post($"/individ/{d.IndividIForradet}/flytta", ("placering", "Hylla B1"), ("version", 99999))),
        ["POST /individ/{nummer}/textinformation"] = Enhetsbunden("Individ i ett annat tjänsteställes förråd.", d => Post($"/individ/{d.IndividIForradet}/textinformation", ("textinformation", "Test"), ("version", 99999))),
        ["POST /individ/{nummer}/byt-individnummer"] = Enhetsbunden("Individ i ett annat tjänsteställes förråd.", d => Post($"/individ/{d.IndividIForradet}/byt-individnummer", ("nyttIndividnummer", ""), ("bekraftat", "false"), ("version", 99999))),

        ["GET /hamtorder/{nummer}"] = AllaInloggade("Den som ser patienter öppnar ett annat tjänsteställes hämtorder från listan som hela personnumret ger, som VGR-manualen säger, och med hela hämtordernumret: skrivskyddad, utan mottagarens namn, personnummer, adress och kontaktuppgifter, utan utskrift, makulering och felrapport, och läsningen PDL-loggas (se HamtorderTests). 403 för roller som inte ser patienter.", d => Get($"/hamtorder/{d.Hamtordernummer}")),
        ["GET /hamtorder/{nummer}/utskrift"] = Enhetsbunden("Ett annat tjänsteställes hämtorder.", d => Get($"/hamtorder/{d.Hamtordernummer}/utskrift")),
        ["POST /hamtorder/{nummer}/makulera"] = Enhetsbunden("Ett annat tjänsteställes hämtorder.", d => Post($"/hamtorder/{d.Hamtordernummer}/makulera", ("version", 99999))),
        ["POST /hamtorder/{nummer}/ta-emot"] = new(Klass.Roll, "Endast Logistik tar emot hämtordrar.", d => Post($"/hamtorder/{d.Hamtordernummer}/ta-emot", ("version", 99999)), DemoData.LogistikHsaId),

        ["GET /bestallning/{id:int}"] = Enhetsbunden("Ett annat tjänsteställes beställning.", d => Get($"/bestallning/{d.SkickadBestallningId}")),
        ["POST /bestallning/{id:int}/kvittera"] = Enhetsbunden("Ett annat tjänsteställes lagerpåfyllnad.", d => Post($"/bestallning/{d.LagerpafyllnadId}/kvittera", ("version", 99999))),
        ["POST /bestallning/{id:int}/makulera"] = Enhetsbunden("Ett annat tjänsteställes beställning.", d => Post($"/bestallning/{d.SkickadBestallningId}/makulera", ("version", 99999), ("bekraftat", true))),
        ["GET /bestallning/{id:int}/skickad"] = Enhetsbunden("Ett annat tjänsteställes beställning.", d => Get($"/bestallning/{d.SkickadBestallningId}/skickad")),
        ["GET /bestallning/{id:int}/laneforbindelse"] = Enhetsbunden("Ett annat tjänsteställes beställning.", d => Get($"/bestallning/{d.SkickadBestallningId}/laneforbindelse")),
        ["POST /bestallning/{id:int}/laneforbindelse"] = Enhetsbunden("Ett annat tjänsteställes beställning.", d => Post($"/bestallning/{d.SkickadBestallningId}/laneforbindelse", ("mall", "lan"))),
        ["POST /bestallning/{id:int}/rad"] = Anvandarbunden("Någon annans varukorg.", d => Post($"/bestallning/{d.VarukorgId}/rad", ("Artikelnummer", "20410"), ("Antal", 1))),
        ["GET /bestallning/{id:int}/rad/{radId:int}"] = Anvandarbunden("Någon annans varukorg.", d => Get($"/bestallning/{d.VarukorgId}/rad/{d.VarukorgsradId}")),
        ["POST /bestallning/{id:int}/rad/{radId:int}"] = Anvandarbunden("Någon annans varukorg.", d => Post($"/bestallning/{d.VarukorgId}/rad/{d.VarukorgsradId}", ("Antal", 2))),
        ["POST /bestallning/{id:int}/rad/{radId:int}/redigera"] = Anvandarbunden("Någon annans varukorg.", d => Post($"/bestallning/{d.VarukorgId}/rad/{d.VarukorgsradId}/redigera")),
        ["POST /bestallning/{id:int}/rad/{radId:int}/bilaga"] = Anvandarbunden("Någon annans varukorg.", d => Post($"/bestallning/{d.VarukorgId}/rad/{d.VarukorgsradId}/bilaga")),
        ["GET /bestallning/{id:int}/rad/{radId:int}/bilaga/{bilagaId:int}"] = Anvandarbunden("Bilaga i någon annans varukorg; på en skickad beställning enhetsbunden (se AktivtTjanstestalleTests).", d => Get($"/bestallning/{d.VarukorgId}/rad/{d.VarukorgsradId}/bilaga/{d.BilagaId}")),
        ["POST /bestallning/{id:int}/rad/{radId:int}/bilaga/{bilagaId:int}/ta-bort"] = Anvandarbunden("Någon annans varukorg.", d => Post($"/bestallning/{d.VarukorgId}/rad/{d.VarukorgsradId}/bilaga/{d.BilagaId}/ta-bort")),
        ["POST /bestallning/{id:int}/rad/{radId:int}/ta-bort"] = Anvandarbunden("Någon annans varukorg.", d => Post($"/bestallning/{d.VarukorgId}/rad/{d.VarukorgsradId}/ta-bort")),
        ["GET /bestallning/{id:int}/slutfor"] = Anvandarbunden("Någon annans varukorg.", d => Get($"/bestallning/{d.VarukorgId}/slutfor")),
        ["POST /bestallning/{id:int}/slutfor"] = Anvandarbunden("Någon annans varukorg.", d => Post($"/bestallning/{d.VarukorgId}/slutfor")),
        ["GET /bestallning/{id:int}/bekrafta"] = Anvandarbunden("Någon annans varukorg.", d => Get($"/bestallning/{d.VarukorgId}/bekrafta")),
        ["POST /bestallning/{id:int}/skicka"] = Anvandarbunden("Någon annans varukorg.", d => Post($"/bestallning/{d.VarukorgId}/skicka", ("skickaNyckel", Guid.NewGuid()))),
        ["POST /bestallning/{id:int}/ta-bort"] = Anvandarbunden("Någon annans varukorg.", d => Post($"/bestallning/{d.VarukorgId}/ta-bort")),

        ["GET /admin"] = EndastAdmin(_ => Get("/admin")),
        ["GET /admin/logg"] = EndastAdmin(_ => Get("/admin/logg")),
        ["GET /logistik"] = EndastLogistik(_ => Get("/logistik")),
        ["GET /logistik/{id:int}"] = EndastLogistik(d => Get($"/logistik/{d.SkickadBestallningId}")),
        ["POST /logistik/{id:int}/plockning"] = EndastLogistik(d => Post($"/logistik/{d.SkickadBestallningId}/plockning", ("version", 99999))),
        ["POST /logistik/{id:int}/inkop"] = EndastLogistik(d => Post($"/logistik/{d.SkickadBestallningId}/inkop", ("version", 99999))),
        ["POST /logistik/{id:int}/avbryt"] = EndastLogistik(d => Post($"/logistik/{d.SkickadBestallningId}/avbryt", ("version", 99999))),
        ["POST /logistik/{id:int}/plockad"] = EndastLogistik(d => Post($"/logistik/{d.SkickadBestallningId}/plockad", ("version", 99999))),
        ["POST /logistik/{id:int}/utleverera"] = EndastLogistik(d => Post($"/logistik/{d.SkickadBestallningId}/utleverera", ("version", 99999))),
        ["POST /logistik/{id:int}/rad/{radId:int}/leveransdatum"] = EndastLogistik(d => Post($"/logistik/{d.SkickadBestallningId}/rad/{d.SkickadRadId}/leveransdatum", ("version", 99999), ("datum", "2099-01-01"))),
        ["GET /logistik/fu"] = EndastLogistik(_ => Get("/logistik/fu")),
        ["GET /logistik/patientavgifter"] = EndastLogistik(_ => Get("/logistik/patientavgifter")),
        ["POST /logistik/patientavgifter"] = EndastLogistik(_ => Post("/logistik/patientavgifter")),
        ["GET /logistik/patientavgifter/underlag"] = EndastLogistik(_ => Get("/logistik/patientavgifter/underlag?datum=2000-01-01")),
        ["POST /individ/{nummer}/aktivitet"] = EndastLogistik(d => Post($"/individ/{d.IndividIForradet}/aktivitet", ("version", 99999))),
        ["GET /logistik/{id:int}/plocklista"] = EndastLogistik(d => Get($"/logistik/{d.SkickadBestallningId}/plocklista")),
        ["GET /logistik/{id:int}/foljesedel/{nummer:int}"] = EndastLogistik(d => Get($"/logistik/{d.LagerpafyllnadId}/foljesedel/1")),
        ["POST /admin/logg/patient"] = EndastAdmin(_ => Post("/admin/logg/patient", ("Personnummer", DemoData.PatientTolvan), ("Fran", "2000-01-01"), ("Till", "2099-12-31"))),
        ["GET /admin/logg/anvandare"] = EndastAdmin(_ => Get($"/admin/logg/anvandare?HsaId={DemoData.ForskrivareHsaId}&Fran=2000-01-01&Till=2099-12-31")),
    };

    private List<string> Rutter()
    {
        app.CreateClient().Dispose();
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } metoder ? metoder : ["*"])
                .Select(m => $"{m} /{e.RoutePattern.RawText?.TrimStart('/')}"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private async Task<Enhetsdata> EnhetsdataAsync()
    {
        await using var db = app.Databas();
        var rehab = await db.Tjanstestallen.Where(t => t.Kod == "4711").Select(t => new { t.Id, t.ForradId }).SingleAsync();
        var individ = await db.Individer.Where(i => i.LagerId == rehab.ForradId).OrderBy(i => i.Individnummer).Select(i => i.Individnummer).FirstAsync();
        var tolvan = await db.Mottagare.SingleAsync(m => m.Namn == "Tolvan Tolvansson");
        var anna = await db.Anvandare.Include(a => a.Tjanstestallen).SingleAsync(a => a.HsaId == DemoData.ForskrivareHsaId);
        var skickad = await db.Bestallningar
            .Where(b => b.TjanstestalleId == rehab.Id && b.ForskrivareId == anna.Id && b.Status != Orderstatus.Pagaende && b.Ordertyp == Ordertyp.Forskrivning)
            .OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
        var skickadRad = await db.Orderrader.Where(r => r.BestallningId == skickad).Select(r => r.Id).FirstAsync();
        var lagerpafyllnad = await db.Bestallningar
            .Where(b => b.TjanstestalleId == rehab.Id && b.Ordertyp == Ordertyp.Lagerpafyllnad && b.Foljesedlar > 0)
            .OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
        var meddelande = await db.Meddelanden.Where(m => m.AnvandareId == anna.Id).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        var arbetsorder = await db.Arbetsordrar.Include(a => a.Bilagor).Where(a => a.TjanstestalleId == rehab.Id).OrderBy(a => a.Id).FirstAsync();
        var felrapport = await db.Felrapporter.Include(f => f.Bilagor).Where(f => f.TjanstestalleId == rehab.Id).OrderBy(f => f.Id).FirstAsync();
        var varukorg = Bestallning.NyForskrivning(tolvan, anna, anna, await db.Tjanstestallen.SingleAsync(t => t.Id == rehab.Id), Nu);
        var gastativ = await db.Artiklar.Include(a => a.Priser).SingleAsync(a => a.Artikelnummer == "20410");
        var central = await db.Lager.SingleAsync(l => l.Nummer == "970");
        var rad = varukorg.LaggTillRad(gastativ, 1, Leveranskalla.Hjalpmedelsverksamhet, central, Debiteringsform.Hyra, gastativ.PrisVid(Debiteringsform.Hyra, Svensktid.Datum(Nu)));
        db.Add(varukorg);
        await db.SaveChangesAsync();
        var bilaga = OrderradBilaga.Skapa(rad, 0, "intyg.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray(), Nu);
        db.Add(bilaga);
        await db.SaveChangesAsync();
        var (mall, mallrad) = await MallAsync(db, anna, await db.Tjanstestallen.Include(t => t.Forrad).SingleAsync(t => t.Id == rehab.Id));
        return new Enhetsdata(rehab.Id, rehab.ForradId!.Value, individ, tolvan.Id, skickad, varukorg.Id, rad.Id, bilaga.Id,
            await HamtorderAsync(db, tolvan, anna, await db.Tjanstestallen.SingleAsync(t => t.Id == rehab.Id)), mall, mallrad, skickadRad, lagerpafyllnad, meddelande,
            arbetsorder.Arbetsordernummer, await ArbetsorderBilagaAsync(db, arbetsorder), felrapport.Felrapportnummer, await FelrapportBilagaAsync(db, felrapport));
    }

    /// <summary>A bilaga on 4711's demo felrapport, added the first time.</summary>
    private static async Task<int> FelrapportBilagaAsync(SesamDbContext db, Felrapport felrapport)
    {
        if (felrapport.Bilagor.FirstOrDefault() is { } finns)
        {
            return finns.Id;
        }
        var bilaga = felrapport.BifogaFil("foto.jpg", [0xFF, 0xD8, 0xFF, 0xD9], Nu);
        await db.SaveChangesAsync();
        return bilaga.Id;
    }

    /// <summary>A bilaga on 4711's demo arbetsorder, added the first time.</summary>
    private static async Task<int> ArbetsorderBilagaAsync(SesamDbContext db, Arbetsorder arbetsorder)
    {
        if (arbetsorder.Bilagor.FirstOrDefault() is { } finns)
        {
            return finns.Id;
        }
        var bilaga = arbetsorder.BifogaFil("underlag.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray(), Nu);
        await db.SaveChangesAsync();
        return bilaga.Id;
    }

    /// <summary>A beställningsmall of 4711 with one row, created again whenever a rule has removed it.</summary>
    private static async Task<(int Mall, int Rad)> MallAsync(SesamDbContext db, Anvandare anna, Tjanstestalle rehab)
    {
        var finns = await db.Bestallningsmallar.Where(m => m.TjanstestalleId == rehab.Id && m.Namn == "Åtkomstmall")
            .Select(m => new { m.Id, Rad = m.Rader.Select(r => r.Id).First() }).FirstOrDefaultAsync();
        if (finns is not null)
        {
            return (finns.Id, finns.Rad);
        }
        var mall = new Bestallningsmall("Åtkomstmall", null, rehab, anna, Nu);
        var rad = mall.LaggTill(await db.Artiklar.SingleAsync(a => a.Artikelnummer == "72481"), 2, anna, Nu);
        db.Add(mall);
        await db.SaveChangesAsync();
        return (mall.Id, rad.Id);
    }

    /// <summary>An open hämtorder of 4711 for Tolvan's rollator, created the first time.</summary>
    private static async Task<string> HamtorderAsync(SesamDbContext db, Mottagare tolvan, Anvandare anna, Tjanstestalle rehab)
    {
        var finns = await db.Hamtordrar.Where(h => h.TjanstestalleId == rehab.Id && h.Status == Hamtorderstatus.Registrerad).Select(h => h.Hamtordernummer).FirstOrDefaultAsync();
        if (finns is not null)
        {
            return finns;
        }
        var rollator = await db.Individer.Include(i => i.Artikel).SingleAsync(i => i.Individnummer == "1948094");
        var hamtorder = new Hamtorder(tolvan, rehab, anna, Nu,
            new Hamtuppgifter(Hamtplats.PaMottagning, Adresskalla.Tjanstestallet, rehab.Adress, null, null, anna.Namn, null, null, "046-1", Hamtorderatgard.BehovetUpphort, null),
            [(rollator, [])], []);
        hamtorder.Numrera(await Ordernummergenerator.NastaAsync(db, Bestallning.Orderdatum(Nu)));
        db.Add(hamtorder);
        await db.SaveChangesAsync();
        return hamtorder.Hamtordernummer;
    }

    [Fact]
    public void Varje_rutt_ar_klassificerad()
    {
        var rutter = Rutter();
        var oklassade = rutter.Where(r => !Regler.ContainsKey(r)).ToList();
        var inaktuella = Regler.Keys.Where(r => !rutter.Contains(r)).ToList();
        Assert.True(oklassade.Count == 0, $"Rutter utan klassning i {nameof(AtkomstmatrisTests<TApp>)}.{nameof(Regler)}: {string.Join(", ", oklassade)}");
        Assert.True(inaktuella.Count == 0, $"Klassningar för rutter som inte finns: {string.Join(", ", inaktuella)}");
        Assert.All(Regler.Values.Where(r => r.Klass is Klass.Roll or Klass.Enhetsbunden or Klass.Anvandarbunden), r => Assert.NotNull(r.Begaran));
    }

    /// <summary>
    /// Access is declared, not written by hand: every route names an authorization policy (<c>[Authorize(Policy = ...)]</c>
    /// on its action or controller) or is <c>[AllowAnonymous]</c>, and the declaration agrees with the route's class
    /// above: anonymous routes allow anonymous users, and role-bound routes name a role policy.
    /// </summary>
    [Fact]
    public void Varje_rutt_deklarerar_sin_behorighet()
    {
        app.CreateClient().Dispose();
        var rollpolicyer = new[] { Policy.Logistik, Policy.Admin, Policy.LogistikEllerAdmin };
        var fel = new List<string>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var metoder = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } m ? m : ["*"];
            var anonym = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policyer = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
            foreach (var rutt in metoder.Select(metod => $"{metod} /{endpoint.RoutePattern.RawText?.TrimStart('/')}"))
            {
                var klass = Regler.TryGetValue(rutt, out var regel) ? regel.Klass : (Klass?)null;
                if (!anonym && policyer.Count == 0)
                {
                    fel.Add($"{rutt}: varken [Authorize(Policy = ...)] eller [AllowAnonymous]");
                }
                else if (klass == Klass.Anonym && !anonym)
                {
                    fel.Add($"{rutt}: klassad som anonym men saknar [AllowAnonymous]");
                }
                else if (klass != Klass.Anonym && anonym)
                {
                    fel.Add($"{rutt}: [AllowAnonymous] på en rutt som kräver inloggning");
                }
                else if (klass == Klass.Roll && !policyer.Any(rollpolicyer.Contains))
                {
                    fel.Add($"{rutt}: rollbunden men deklarerar ingen rollpolicy ({string.Join(", ", policyer)})");
                }
            }
        }
        Assert.Empty(fel);
    }

    [Fact]
    public async Task Enhets_och_rollbundna_rutter_nekar_en_anvandare_fran_ett_annat_tjanstestalle()
    {
        var fel = new List<string>();
        foreach (var (rutt, regel) in Regler.Where(r => r.Value.Klass is Klass.Roll or Klass.Enhetsbunden or Klass.Anvandarbunden && Rutter().Contains(r.Key)))
        {
            var data = await EnhetsdataAsync();
            var begaran = regel.Begaran!(data);
            var obehorig = await SkickaAsync(DemoData.AndraEnhetensForskrivareHsaId, begaran);
            if (obehorig is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
            {
                fel.Add($"{rutt}: {begaran.Url} gav {(int)obehorig} för en användare från ett annat tjänsteställe");
            }
            var behorig = await SkickaAsync(regel.Behorig!, begaran);
            if (behorig is HttpStatusCode.Forbidden or HttpStatusCode.NotFound || (int)behorig >= 500)
            {
                fel.Add($"{rutt}: {begaran.Url} gav {(int)behorig} för den behöriga användaren (kontrollfallet)");
            }
        }
        Assert.True(fel.Count == 0, string.Join(Environment.NewLine, fel));
    }

    [Fact]
    public async Task Enhetsbundna_rutter_nekar_en_anvandare_som_arbetar_i_ett_annat_av_sina_tjanstestallen()
    {
        int somn;
        await using (var db = app.Databas())
        {
            somn = await db.Tjanstestallen.Where(t => t.Kod == "4720").Select(t => t.Id).SingleAsync();
        }
        var fel = new List<string>();
        foreach (var (rutt, regel) in Regler.Where(r => r.Value.Klass == Klass.Enhetsbunden && Rutter().Contains(r.Key)))
        {
            var begaran = regel.Begaran!(await EnhetsdataAsync());
            var svar = await SkickaAsync(DemoData.ForskrivareHsaId, begaran, somn);
            if (svar is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
            {
                fel.Add($"{rutt}: {begaran.Url} gav {(int)svar} för Anna när hon arbetar i 4720");
            }
        }
        Assert.True(fel.Count == 0, string.Join(Environment.NewLine, fel));
    }

    [Fact]
    public async Task Alla_rutter_utom_de_anonyma_kraver_inloggning()
    {
        var data = await EnhetsdataAsync();
        var fel = new List<string>();
        foreach (var (rutt, regel) in Regler.Where(r => r.Value.Klass != Klass.Anonym && Rutter().Contains(r.Key)))
        {
            var begaran = regel.Begaran?.Invoke(data) ?? new Begaran(new HttpMethod(rutt.Split(' ')[0]), rutt.Split(' ')[1]);
            using var meddelande = new HttpRequestMessage(begaran.Metod, begaran.Url);
            if (begaran.Formular is not null)
            {
                meddelande.Content = new FormUrlEncodedContent(begaran.Formular);
            }
            var svar = await app.Klient(null).SendAsync(meddelande);
            if (svar.StatusCode != HttpStatusCode.Redirect || svar.Headers.Location?.AbsolutePath != "/inloggning")
            {
                fel.Add($"{rutt}: gav {(int)svar.StatusCode} {svar.Headers.Location} utan inloggning");
            }
        }
        Assert.True(fel.Count == 0, string.Join(Environment.NewLine, fel));
    }

    private async Task<HttpStatusCode> SkickaAsync(string hsaId, Begaran begaran, int? tjanstestalleId = null)
    {
        var klient = app.Klient(hsaId, tjanstestalleId);
        if (begaran.Metod == HttpMethod.Get)
        {
            return (await klient.GetAsync(begaran.Url)).StatusCode;
        }
        var start = await Html.LasAsync(await klient.GetAsync("/"));
        var formular = begaran.Formular!.Append(new("__RequestVerificationToken", Html.Token(start)));
        return (await klient.PostAsync(begaran.Url, new FormUrlEncodedContent(formular))).StatusCode;
    }
}

public sealed class AtkomstmatrisTestsSqlite(SqliteApp app) : AtkomstmatrisTests<SqliteApp>(app);

public sealed class AtkomstmatrisTestsPostgres(PostgresApp app) : AtkomstmatrisTests<PostgresApp>(app);
