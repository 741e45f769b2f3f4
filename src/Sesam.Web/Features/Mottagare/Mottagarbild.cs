using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Sesam.Web.Features.Mottagare;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;

/// <summary>What the mottagare pages show: the page's head, its tabs' rows and the patient view's model. Nested in one
/// class so the names (Hjalpmedel, Filter, ...) do not meet the domain's in the views.</summary>
public static class Mottagarbild
{
    public sealed record Huvud(int Id, Mottagartyp Typ, string Namn, string? Personnummer, string? Kundnummer, Adress? Adress, string? Telefon, bool Skyddad, string? Hemregion, string? Baskod, string? Betalare);

    public sealed record Komponent(int IndividId, string Artikelnummer, string Benamning, int Antal);

    /// <summary>A device the mottagare has: an individ (<see cref="IndividId"/>), or a delivered order row without one (<see cref="OrderradId"/>).
    /// <see cref="Skickad"/> is when the order it came on was sent (UTC; "Ord.datum"), when there is one.
    /// <see cref="KomponenterPaVag"/> counts components ordered to complete the individ and not yet delivered.
    /// <see cref="PaHamtorder"/>: it is on an open hämtorder (the tab's "Hämtorder Ja/Nej").</summary>
    public sealed record Hjalpmedel(
        int? BestallningId, string? Ordernummer, string Artikelnummer, string Benamning, string IsoKod, Artikeltyp Artikeltyp,
        int? IndividId, string? Individnummer, int AntalKomponenter, DateOnly? Levererad, int Antal, Debiteringsform Agare,
        int? OrderradId = null, string? Serienummer = null, DateTime? Skickad = null, int KomponenterPaVag = 0, int? OrderTjanstestalleId = null,
        bool PaHamtorder = false);

    /// <summary>The expanded komponent list of one individ: those it has, and how many more are on their way.</summary>
    public sealed record Komponentlista(string Individnummer, IReadOnlyList<Komponent> Komponenter, int PaVag);

    public sealed record Bestalltrad(int BestallningId, string? Ordernummer, DateTime? Skickad, string Artikelnummer, string Benamning, int Antal, Radstatus Status, DateOnly? Planerat, int OrderTjanstestalleId);

    public sealed record Avgiftsrad(int BestallningId, string? Ordernummer, string Artikelnummer, string Benamning, string? Individnummer, decimal Belopp, bool NittioDagar, DateOnly Levererad, DateOnly FakturerbarFran, string Status, int OrderTjanstestalleId);

    public sealed record Aterlamnad(int? BestallningId, string? Ordernummer, string Artikelnummer, string Benamning, string? Individnummer, DateOnly? Levererad, DateOnly Datum, int Antal, int? OrderTjanstestalleId);

    /// <summary>A hämtorder of the mottagare that is not closed; <see cref="Lank"/> when the user may open it (it is unit-bound).</summary>
    public sealed record OppenHamtorder(string Nummer, bool Lank);

    /// <summary>The mottagare's open hämtordrar and the devices on them: individer and order rows without one.</summary>
    public sealed record Hamtas(IReadOnlyList<OppenHamtorder> Hamtordrar, IReadOnlySet<int> Individer, IReadOnlySet<int> Orderrader)
    {
        public static readonly Hamtas Inga = new([], new HashSet<int>(), new HashSet<int>());
    }

    public sealed record Filter(string? Iso, Artikeltyp? Artikeltyp, bool EndastIndivider, Debiteringsform? Debiteringsform)
    {
        public static readonly Filter Inget = new(null, null, false, null);
    }

    public sealed record Vymodell(
        Huvud Mottagare,
        string Flik,
        Filter Filter,
        IReadOnlyList<Hjalpmedel> Hjalpmedel,
        IReadOnlyList<Bestalltrad> Bestallt,
        IReadOnlyList<Avgiftsrad> Avgifter,
        IReadOnlyList<Aterlamnad> Aterlamnat,
        string? Telefon,
        string? TelefonFel,
        string? Meddelande,
        Func<int, bool> FarSeOrder,
        IReadOnlyList<OppenHamtorder> OppnaHamtordrar,
        bool KanSkapaHamtorder)
    {
        public const string AnnanEnhetsOrder = "Beställningsnummer utan länk hör till ett annat tjänsteställe än det du arbetar i.";

        /// <summary>Whether the shown tab lists another unit's order, so it explains why that number is not a link. Only
        /// the shown tab's rows are read, so looking through every list looks through that tab's.</summary>
        public bool HarAnnanEnhetsOrder =>
            Hjalpmedel.Select(h => h.OrderTjanstestalleId)
                .Concat(Bestallt.Select(r => (int?)r.OrderTjanstestalleId))
                .Concat(Avgifter.Select(a => (int?)a.OrderTjanstestalleId))
                .Concat(Aterlamnat.Select(a => a.OrderTjanstestalleId))
                .Any(t => t is { } enhet && !FarSeOrder(enhet));

        private static readonly HtmlString IngenOrder = new("<span class=\"text-muted\">–</span>");

        /// <summary>An order a row came on: its number, linked when the user may open the order; a dash when there is none.
        /// One piece of HTML per cell: the Hjälpmedel tab writes it for each of a patient's hundreds of rows.</summary>
        public IHtmlContent Order(int? bestallningId, string? ordernummer, int? tjanstestalleId)
        {
            if (bestallningId is not { } id)
            {
                return IngenOrder;
            }
            var nummer = HtmlEncoder.Default.Encode(ordernummer ?? "");
            return new HtmlString(tjanstestalleId is { } enhet && FarSeOrder(enhet)
                ? $"<a href=\"/bestallning/{id.ToString(CultureInfo.InvariantCulture)}\">{nummer}</a>"
                : nummer);
        }
    }
}
