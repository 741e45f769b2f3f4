using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesam.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Baskoder",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Benamning = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Betalare = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Baskoder", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IsoKoder",
                columns: table => new
                {
                    Kod = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Benamning = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ForalderKod = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IsoKoder", x => x.Kod);
                });

            migrationBuilder.CreateTable(
                name: "Katalogversion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Katalogversion", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Kunder",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kundnummer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Namn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kunder", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Lager",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Nummer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Namn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Typ = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lager", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Leverantorer",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Namn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leverantorer", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Logg",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Lopnummer = table.Column<long>(type: "INTEGER", nullable: false),
                    Tidpunkt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HsaId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TjanstestalleId = table.Column<int>(type: "INTEGER", nullable: true),
                    MottagareId = table.Column<int>(type: "INTEGER", nullable: true),
                    Handling = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Beskrivning = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ForegaendeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Logg", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrdernummerSerier",
                columns: table => new
                {
                    Period = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Senaste = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrdernummerSerier", x => x.Period);
                });

            migrationBuilder.CreateTable(
                name: "Produkter",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Namn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Produkter", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Mottagare",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Typ = table.Column<int>(type: "INTEGER", nullable: false),
                    Personnummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Kundnummer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    KundId = table.Column<int>(type: "INTEGER", nullable: true),
                    Fornamn = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Efternamn = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Namn = table.Column<string>(type: "TEXT", maxLength: 130, nullable: false),
                    Adress_Gatuadress = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Adress_Postnummer = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Adress_Postort = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Adress_CareOf = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Telefon = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    SkyddadIdentitet = table.Column<bool>(type: "INTEGER", nullable: false),
                    Hemregion = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mottagare", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mottagare_Kunder_KundId",
                        column: x => x.KundId,
                        principalTable: "Kunder",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Tjanstestallen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Namn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Adress_Gatuadress = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Adress_Postnummer = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Adress_Postort = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Adress_CareOf = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Telefon = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    KundId = table.Column<int>(type: "INTEGER", nullable: false),
                    ForradId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tjanstestallen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tjanstestallen_Kunder_KundId",
                        column: x => x.KundId,
                        principalTable: "Kunder",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Tjanstestallen_Lager_ForradId",
                        column: x => x.ForradId,
                        principalTable: "Lager",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Artiklar",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Artikelnummer = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Benamning = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Enhet = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Artikeltyp = table.Column<int>(type: "INTEGER", nullable: false),
                    IsoKodKod = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    LeverantorId = table.Column<int>(type: "INTEGER", nullable: true),
                    LeverantorensArtikelnummer = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ProduktId = table.Column<int>(type: "INTEGER", nullable: true),
                    Sortiment = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Individmarkt = table.Column<bool>(type: "INTEGER", nullable: false),
                    Leveranstid = table.Column<int>(type: "INTEGER", nullable: false),
                    Bestallningsbar = table.Column<bool>(type: "INTEGER", nullable: false),
                    Debiteringsform = table.Column<int>(type: "INTEGER", nullable: false),
                    Patientavgift = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    PatientavgiftNittioDagar = table.Column<bool>(type: "INTEGER", nullable: false),
                    ErsattningsartikelId = table.Column<int>(type: "INTEGER", nullable: true),
                    FuIntervallManader = table.Column<int>(type: "INTEGER", nullable: true),
                    Soktext = table.Column<string>(type: "TEXT", maxLength: 700, nullable: false),
                    Sorteringsnamn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Artiklar", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Artiklar_Artiklar_ErsattningsartikelId",
                        column: x => x.ErsattningsartikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Artiklar_IsoKoder_IsoKodKod",
                        column: x => x.IsoKodKod,
                        principalTable: "IsoKoder",
                        principalColumn: "Kod",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Artiklar_Leverantorer_LeverantorId",
                        column: x => x.LeverantorId,
                        principalTable: "Leverantorer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Artiklar_Produkter_ProduktId",
                        column: x => x.ProduktId,
                        principalTable: "Produkter",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MottagarBaskoder",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MottagareId = table.Column<int>(type: "INTEGER", nullable: false),
                    BaskodId = table.Column<int>(type: "INTEGER", nullable: false),
                    Fran = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Till = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Avvikande = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MottagarBaskoder", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MottagarBaskoder_Baskoder_BaskodId",
                        column: x => x.BaskodId,
                        principalTable: "Baskoder",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MottagarBaskoder_Mottagare_MottagareId",
                        column: x => x.MottagareId,
                        principalTable: "Mottagare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Anvandare",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HsaId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Fornamn = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Efternamn = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Forskrivarkod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Telefon = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Epost = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Roller = table.Column<int>(type: "INTEGER", nullable: false),
                    Aktiv = table.Column<bool>(type: "INTEGER", nullable: false),
                    StandardLeveranskalla = table.Column<int>(type: "INTEGER", nullable: false),
                    StandardTjanstestalleId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Anvandare", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Anvandare_Tjanstestallen_StandardTjanstestalleId",
                        column: x => x.StandardTjanstestalleId,
                        principalTable: "Tjanstestallen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Bestallningsmallar",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Namn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Beskrivning = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TjanstestalleId = table.Column<int>(type: "INTEGER", nullable: false),
                    MottagandeLagerId = table.Column<int>(type: "INTEGER", nullable: false),
                    AndradAvHsaId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Andrad = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bestallningsmallar", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bestallningsmallar_Lager_MottagandeLagerId",
                        column: x => x.MottagandeLagerId,
                        principalTable: "Lager",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bestallningsmallar_Tjanstestallen_TjanstestalleId",
                        column: x => x.TjanstestalleId,
                        principalTable: "Tjanstestallen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Hamtordrar",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Hamtordernummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    MottagareId = table.Column<int>(type: "INTEGER", nullable: false),
                    TjanstestalleId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegistreradAvHsaId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RegistreradAvNamn = table.Column<string>(type: "TEXT", maxLength: 130, nullable: false),
                    Registrerad = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Avslutad = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Hamtplats = table.Column<int>(type: "INTEGER", nullable: false),
                    Adresskalla = table.Column<int>(type: "INTEGER", nullable: false),
                    Hamtadress_Gatuadress = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Hamtadress_Postnummer = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Hamtadress_Postort = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Hamtadress_CareOf = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Portkod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Instruktioner = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Kontaktperson = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Telefon = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Mobiltelefon = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Kontakttelefon = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Atgard = table.Column<int>(type: "INTEGER", nullable: false),
                    Kommentar = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hamtordrar", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hamtordrar_Mottagare_MottagareId",
                        column: x => x.MottagareId,
                        principalTable: "Mottagare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Hamtordrar_Tjanstestallen_TjanstestalleId",
                        column: x => x.TjanstestalleId,
                        principalTable: "Tjanstestallen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Returer",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MottagareId = table.Column<int>(type: "INTEGER", nullable: false),
                    TjanstestalleId = table.Column<int>(type: "INTEGER", nullable: false),
                    LagerId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegistreradAvHsaId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RegistreradAvNamn = table.Column<string>(type: "TEXT", maxLength: 130, nullable: false),
                    Registrerad = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Returer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Returer_Lager_LagerId",
                        column: x => x.LagerId,
                        principalTable: "Lager",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Returer_Mottagare_MottagareId",
                        column: x => x.MottagareId,
                        principalTable: "Mottagare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Returer_Tjanstestallen_TjanstestalleId",
                        column: x => x.TjanstestalleId,
                        principalTable: "Tjanstestallen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ArtikelDokument",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArtikelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Adress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArtikelDokument", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArtikelDokument_Artiklar_ArtikelId",
                        column: x => x.ArtikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArtikelKomponenter",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArtikelId = table.Column<int>(type: "INTEGER", nullable: false),
                    KomponentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Standard = table.Column<bool>(type: "INTEGER", nullable: false),
                    Antal = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArtikelKomponenter", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArtikelKomponenter_Artiklar_ArtikelId",
                        column: x => x.ArtikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ArtikelKomponenter_Artiklar_KomponentId",
                        column: x => x.KomponentId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ArtikelPriser",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArtikelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Debiteringsform = table.Column<int>(type: "INTEGER", nullable: false),
                    Belopp = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    GallerFran = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArtikelPriser", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArtikelPriser_Artiklar_ArtikelId",
                        column: x => x.ArtikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Individer",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Individnummer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Serienummer = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ArtikelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Lagerstatus = table.Column<int>(type: "INTEGER", nullable: false),
                    LagerId = table.Column<int>(type: "INTEGER", nullable: true),
                    MottagareId = table.Column<int>(type: "INTEGER", nullable: true),
                    LevereradDatum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Agare = table.Column<int>(type: "INTEGER", nullable: false),
                    Placering = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Textinformation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    AntalKomponenter = table.Column<int>(type: "INTEGER", nullable: false),
                    FuIntervallManader = table.Column<int>(type: "INTEGER", nullable: true),
                    SenasteFu = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NastaFu = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Individer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Individer_Artiklar_ArtikelId",
                        column: x => x.ArtikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Individer_Lager_LagerId",
                        column: x => x.LagerId,
                        principalTable: "Lager",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Individer_Mottagare_MottagareId",
                        column: x => x.MottagareId,
                        principalTable: "Mottagare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Lagersaldon",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LagerId = table.Column<int>(type: "INTEGER", nullable: false),
                    ArtikelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Saldo = table.Column<int>(type: "INTEGER", nullable: false),
                    Reserverat = table.Column<int>(type: "INTEGER", nullable: false),
                    MinNiva = table.Column<int>(type: "INTEGER", nullable: true),
                    Pafyllnadsantal = table.Column<int>(type: "INTEGER", nullable: true),
                    PafyllnadBestalld = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lagersaldon", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lagersaldon_Artiklar_ArtikelId",
                        column: x => x.ArtikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Lagersaldon_Lager_LagerId",
                        column: x => x.LagerId,
                        principalTable: "Lager",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AnvandarTjanstestalle",
                columns: table => new
                {
                    AnvandareId = table.Column<int>(type: "INTEGER", nullable: false),
                    TjanstestalleId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnvandarTjanstestalle", x => new { x.AnvandareId, x.TjanstestalleId });
                    table.ForeignKey(
                        name: "FK_AnvandarTjanstestalle_Anvandare_AnvandareId",
                        column: x => x.AnvandareId,
                        principalTable: "Anvandare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AnvandarTjanstestalle_Tjanstestallen_TjanstestalleId",
                        column: x => x.TjanstestalleId,
                        principalTable: "Tjanstestallen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BestallarKoppling",
                columns: table => new
                {
                    BestallareId = table.Column<int>(type: "INTEGER", nullable: false),
                    ForskrivareId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BestallarKoppling", x => new { x.BestallareId, x.ForskrivareId });
                    table.ForeignKey(
                        name: "FK_BestallarKoppling_Anvandare_BestallareId",
                        column: x => x.BestallareId,
                        principalTable: "Anvandare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BestallarKoppling_Anvandare_ForskrivareId",
                        column: x => x.ForskrivareId,
                        principalTable: "Anvandare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Bestallningar",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Ordernummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Ordertyp = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    MottagareId = table.Column<int>(type: "INTEGER", nullable: true),
                    ForskrivareId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegistreradAvId = table.Column<int>(type: "INTEGER", nullable: false),
                    TjanstestalleId = table.Column<int>(type: "INTEGER", nullable: false),
                    MottagandeLagerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Samleverans = table.Column<bool>(type: "INTEGER", nullable: false),
                    Leverans_Till = table.Column<int>(type: "INTEGER", nullable: true),
                    Leverans_Adress_Gatuadress = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Leverans_Adress_Postnummer = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Leverans_Adress_Postort = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Leverans_Adress_CareOf = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Leverans_Prioritet = table.Column<int>(type: "INTEGER", nullable: true),
                    Leverans_Kontaktperson = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Leverans_Kontakttelefon = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Leverans_OvrigInformation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    InkopFinns = table.Column<bool>(type: "INTEGER", nullable: false),
                    Skapad = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Skickad = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Makulerad = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SkickaNyckel = table.Column<Guid>(type: "TEXT", nullable: true),
                    Automatisk = table.Column<bool>(type: "INTEGER", nullable: false),
                    Foljesedlar = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bestallningar", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bestallningar_Anvandare_ForskrivareId",
                        column: x => x.ForskrivareId,
                        principalTable: "Anvandare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bestallningar_Anvandare_RegistreradAvId",
                        column: x => x.RegistreradAvId,
                        principalTable: "Anvandare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bestallningar_Lager_MottagandeLagerId",
                        column: x => x.MottagandeLagerId,
                        principalTable: "Lager",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bestallningar_Mottagare_MottagareId",
                        column: x => x.MottagareId,
                        principalTable: "Mottagare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bestallningar_Tjanstestallen_TjanstestalleId",
                        column: x => x.TjanstestalleId,
                        principalTable: "Tjanstestallen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Inloggningssessioner",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnvandareId = table.Column<int>(type: "INTEGER", nullable: false),
                    Startad = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Avslutad = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inloggningssessioner", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inloggningssessioner_Anvandare_AnvandareId",
                        column: x => x.AnvandareId,
                        principalTable: "Anvandare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Meddelanden",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AnvandareId = table.Column<int>(type: "INTEGER", nullable: false),
                    Avsandare = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Rubrik = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Lank = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Ankom = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Last = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meddelanden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meddelanden_Anvandare_AnvandareId",
                        column: x => x.AnvandareId,
                        principalTable: "Anvandare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Bestallningsmallrader",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BestallningsmallId = table.Column<int>(type: "INTEGER", nullable: false),
                    ArtikelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Antal = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bestallningsmallrader", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bestallningsmallrader_Artiklar_ArtikelId",
                        column: x => x.ArtikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bestallningsmallrader_Bestallningsmallar_BestallningsmallId",
                        column: x => x.BestallningsmallId,
                        principalTable: "Bestallningsmallar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Aktiviteter",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndividId = table.Column<int>(type: "INTEGER", nullable: false),
                    Typ = table.Column<int>(type: "INTEGER", nullable: false),
                    Datum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Beskrivning = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UtfordAvHsaId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UtfordAvNamn = table.Column<string>(type: "TEXT", maxLength: 130, nullable: false),
                    Registrerad = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Aktiviteter", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Aktiviteter_Individer_IndividId",
                        column: x => x.IndividId,
                        principalTable: "Individer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndividHandelser",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndividId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tidpunkt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Typ = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Beskrivning = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    HsaId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TidigareIndividnummer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndividHandelser", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndividHandelser_Individer_IndividId",
                        column: x => x.IndividId,
                        principalTable: "Individer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndividKomponenter",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndividId = table.Column<int>(type: "INTEGER", nullable: false),
                    ArtikelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Antal = table.Column<int>(type: "INTEGER", nullable: false),
                    KomponentIndividId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndividKomponenter", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndividKomponenter_Artiklar_ArtikelId",
                        column: x => x.ArtikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndividKomponenter_Individer_IndividId",
                        column: x => x.IndividId,
                        principalTable: "Individer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IndividKomponenter_Individer_KomponentIndividId",
                        column: x => x.KomponentIndividId,
                        principalTable: "Individer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Orderrader",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BestallningId = table.Column<int>(type: "INTEGER", nullable: false),
                    Radnummer = table.Column<int>(type: "INTEGER", nullable: false),
                    ArtikelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Antal = table.Column<int>(type: "INTEGER", nullable: false),
                    Leveranskalla = table.Column<int>(type: "INTEGER", nullable: false),
                    KallLagerId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndividId = table.Column<int>(type: "INTEGER", nullable: true),
                    KompletterarIndividId = table.Column<int>(type: "INTEGER", nullable: true),
                    ErsatterArtikelId = table.Column<int>(type: "INTEGER", nullable: true),
                    Debiteringsform = table.Column<int>(type: "INTEGER", nullable: false),
                    APris = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Kommentar = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PlaneratLeveransdatum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LevereradDatum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AterlamnadDatum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Foljesedel = table.Column<int>(type: "INTEGER", nullable: true),
                    Kvitterad = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PatientavgiftKravs = table.Column<bool>(type: "INTEGER", nullable: false),
                    PatientavgiftSvar = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Orderrader", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Orderrader_Artiklar_ArtikelId",
                        column: x => x.ArtikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Orderrader_Artiklar_ErsatterArtikelId",
                        column: x => x.ErsatterArtikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Orderrader_Bestallningar_BestallningId",
                        column: x => x.BestallningId,
                        principalTable: "Bestallningar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Orderrader_Individer_IndividId",
                        column: x => x.IndividId,
                        principalTable: "Individer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Orderrader_Individer_KompletterarIndividId",
                        column: x => x.KompletterarIndividId,
                        principalTable: "Individer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Orderrader_Lager_KallLagerId",
                        column: x => x.KallLagerId,
                        principalTable: "Lager",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Arbetsordrar",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Arbetsordernummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    TjanstestalleId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegistreradAvId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegistreradAvNamn = table.Column<string>(type: "TEXT", maxLength: 130, nullable: false),
                    MottagareId = table.Column<int>(type: "INTEGER", nullable: true),
                    ArtikelId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndividId = table.Column<int>(type: "INTEGER", nullable: true),
                    OrderradId = table.Column<int>(type: "INTEGER", nullable: true),
                    Typ = table.Column<int>(type: "INTEGER", nullable: false),
                    Utforande = table.Column<int>(type: "INTEGER", nullable: false),
                    Felbeskrivning = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Adress_Gatuadress = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Adress_Postnummer = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Adress_Postort = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Adress_CareOf = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Kontakttelefon = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Kommentar = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Registrerad = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Avslutad = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Atgard = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AvslutadAv = table.Column<string>(type: "TEXT", maxLength: 130, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Arbetsordrar", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Arbetsordrar_Anvandare_RegistreradAvId",
                        column: x => x.RegistreradAvId,
                        principalTable: "Anvandare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Arbetsordrar_Artiklar_ArtikelId",
                        column: x => x.ArtikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Arbetsordrar_Individer_IndividId",
                        column: x => x.IndividId,
                        principalTable: "Individer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Arbetsordrar_Mottagare_MottagareId",
                        column: x => x.MottagareId,
                        principalTable: "Mottagare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Arbetsordrar_Orderrader_OrderradId",
                        column: x => x.OrderradId,
                        principalTable: "Orderrader",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Arbetsordrar_Tjanstestallen_TjanstestalleId",
                        column: x => x.TjanstestalleId,
                        principalTable: "Tjanstestallen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Hamtorderrader",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HamtorderId = table.Column<int>(type: "INTEGER", nullable: false),
                    ArtikelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Antal = table.Column<int>(type: "INTEGER", nullable: false),
                    IndividId = table.Column<int>(type: "INTEGER", nullable: true),
                    OrderradId = table.Column<int>(type: "INTEGER", nullable: true),
                    Komponent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Oppen = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hamtorderrader", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hamtorderrader_Artiklar_ArtikelId",
                        column: x => x.ArtikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Hamtorderrader_Hamtordrar_HamtorderId",
                        column: x => x.HamtorderId,
                        principalTable: "Hamtordrar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Hamtorderrader_Individer_IndividId",
                        column: x => x.IndividId,
                        principalTable: "Individer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Hamtorderrader_Orderrader_OrderradId",
                        column: x => x.OrderradId,
                        principalTable: "Orderrader",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrderradBilagor",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderradId = table.Column<int>(type: "INTEGER", nullable: false),
                    Filnamn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Innehallstyp = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Storlek = table.Column<int>(type: "INTEGER", nullable: false),
                    Innehall = table.Column<byte[]>(type: "BLOB", maxLength: 5242880, nullable: false),
                    Uppladdad = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderradBilagor", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderradBilagor_Orderrader_OrderradId",
                        column: x => x.OrderradId,
                        principalTable: "Orderrader",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrderradKomponenter",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderradId = table.Column<int>(type: "INTEGER", nullable: false),
                    ArtikelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Antal = table.Column<int>(type: "INTEGER", nullable: false),
                    Standard = table.Column<bool>(type: "INTEGER", nullable: false),
                    APris = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderradKomponenter", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderradKomponenter_Artiklar_ArtikelId",
                        column: x => x.ArtikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrderradKomponenter_Orderrader_OrderradId",
                        column: x => x.OrderradId,
                        principalTable: "Orderrader",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Patientavgifter",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MottagareId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderradId = table.Column<int>(type: "INTEGER", nullable: false),
                    ArtikelId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndividId = table.Column<int>(type: "INTEGER", nullable: true),
                    Belopp = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    NittioDagarsRegel = table.Column<bool>(type: "INTEGER", nullable: false),
                    LevereradDatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FakturerbarFran = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    FaktureradDatum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Patientavgifter", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Patientavgifter_Artiklar_ArtikelId",
                        column: x => x.ArtikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Patientavgifter_Individer_IndividId",
                        column: x => x.IndividId,
                        principalTable: "Individer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Patientavgifter_Mottagare_MottagareId",
                        column: x => x.MottagareId,
                        principalTable: "Mottagare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Patientavgifter_Orderrader_OrderradId",
                        column: x => x.OrderradId,
                        principalTable: "Orderrader",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Returrader",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReturId = table.Column<int>(type: "INTEGER", nullable: false),
                    ArtikelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Antal = table.Column<int>(type: "INTEGER", nullable: false),
                    IndividId = table.Column<int>(type: "INTEGER", nullable: true),
                    OrderradId = table.Column<int>(type: "INTEGER", nullable: true),
                    Skrotad = table.Column<bool>(type: "INTEGER", nullable: false),
                    Komponent = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Returrader", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Returrader_Artiklar_ArtikelId",
                        column: x => x.ArtikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Returrader_Individer_IndividId",
                        column: x => x.IndividId,
                        principalTable: "Individer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Returrader_Orderrader_OrderradId",
                        column: x => x.OrderradId,
                        principalTable: "Orderrader",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Returrader_Returer_ReturId",
                        column: x => x.ReturId,
                        principalTable: "Returer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArbetsorderBilagor",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArbetsorderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Filnamn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Innehallstyp = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Storlek = table.Column<int>(type: "INTEGER", nullable: false),
                    Innehall = table.Column<byte[]>(type: "BLOB", maxLength: 5242880, nullable: false),
                    Uppladdad = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbetsorderBilagor", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArbetsorderBilagor_Arbetsordrar_ArbetsorderId",
                        column: x => x.ArbetsorderId,
                        principalTable: "Arbetsordrar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Felrapporter",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Felrapportnummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    TjanstestalleId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegistreradAvId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegistreradAvNamn = table.Column<string>(type: "TEXT", maxLength: 130, nullable: false),
                    Kategori = table.Column<int>(type: "INTEGER", nullable: false),
                    Handelsetyp = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Handelsetid = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Beskrivning = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Kommentar = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ErsattningsvaraOnskas = table.Column<bool>(type: "INTEGER", nullable: false),
                    KrediteringOnskas = table.Column<bool>(type: "INTEGER", nullable: false),
                    MottagareId = table.Column<int>(type: "INTEGER", nullable: true),
                    ArtikelId = table.Column<int>(type: "INTEGER", nullable: true),
                    IndividId = table.Column<int>(type: "INTEGER", nullable: true),
                    BestallningId = table.Column<int>(type: "INTEGER", nullable: true),
                    HamtorderId = table.Column<int>(type: "INTEGER", nullable: true),
                    ArbetsorderId = table.Column<int>(type: "INTEGER", nullable: true),
                    Registrerad = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Avslutad = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Svar = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Felrapporter", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Felrapporter_Anvandare_RegistreradAvId",
                        column: x => x.RegistreradAvId,
                        principalTable: "Anvandare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Felrapporter_Arbetsordrar_ArbetsorderId",
                        column: x => x.ArbetsorderId,
                        principalTable: "Arbetsordrar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Felrapporter_Artiklar_ArtikelId",
                        column: x => x.ArtikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Felrapporter_Bestallningar_BestallningId",
                        column: x => x.BestallningId,
                        principalTable: "Bestallningar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Felrapporter_Hamtordrar_HamtorderId",
                        column: x => x.HamtorderId,
                        principalTable: "Hamtordrar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Felrapporter_Individer_IndividId",
                        column: x => x.IndividId,
                        principalTable: "Individer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Felrapporter_Mottagare_MottagareId",
                        column: x => x.MottagareId,
                        principalTable: "Mottagare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Felrapporter_Tjanstestallen_TjanstestalleId",
                        column: x => x.TjanstestalleId,
                        principalTable: "Tjanstestallen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FelrapportBilagor",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FelrapportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Filnamn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Innehallstyp = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Storlek = table.Column<int>(type: "INTEGER", nullable: false),
                    Innehall = table.Column<byte[]>(type: "BLOB", maxLength: 5242880, nullable: false),
                    Uppladdad = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FelrapportBilagor", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FelrapportBilagor_Felrapporter_FelrapportId",
                        column: x => x.FelrapportId,
                        principalTable: "Felrapporter",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Katalogversion",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_Aktiviteter_IndividId_Datum",
                table: "Aktiviteter",
                columns: new[] { "IndividId", "Datum" });

            migrationBuilder.CreateIndex(
                name: "IX_Anvandare_HsaId",
                table: "Anvandare",
                column: "HsaId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Anvandare_StandardTjanstestalleId",
                table: "Anvandare",
                column: "StandardTjanstestalleId");

            migrationBuilder.CreateIndex(
                name: "IX_AnvandarTjanstestalle_TjanstestalleId",
                table: "AnvandarTjanstestalle",
                column: "TjanstestalleId");

            migrationBuilder.CreateIndex(
                name: "IX_ArbetsorderBilagor_ArbetsorderId",
                table: "ArbetsorderBilagor",
                column: "ArbetsorderId");

            migrationBuilder.CreateIndex(
                name: "IX_Arbetsordrar_Arbetsordernummer",
                table: "Arbetsordrar",
                column: "Arbetsordernummer",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Arbetsordrar_ArtikelId",
                table: "Arbetsordrar",
                column: "ArtikelId");

            migrationBuilder.CreateIndex(
                name: "IX_Arbetsordrar_IndividId",
                table: "Arbetsordrar",
                column: "IndividId");

            migrationBuilder.CreateIndex(
                name: "IX_Arbetsordrar_MottagareId_Status",
                table: "Arbetsordrar",
                columns: new[] { "MottagareId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Arbetsordrar_OrderradId",
                table: "Arbetsordrar",
                column: "OrderradId",
                filter: "\"OrderradId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Arbetsordrar_RegistreradAvId_Status",
                table: "Arbetsordrar",
                columns: new[] { "RegistreradAvId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Arbetsordrar_TjanstestalleId_Registrerad",
                table: "Arbetsordrar",
                columns: new[] { "TjanstestalleId", "Registrerad" });

            migrationBuilder.CreateIndex(
                name: "IX_ArtikelDokument_ArtikelId",
                table: "ArtikelDokument",
                column: "ArtikelId");

            migrationBuilder.CreateIndex(
                name: "IX_ArtikelKomponenter_ArtikelId_KomponentId",
                table: "ArtikelKomponenter",
                columns: new[] { "ArtikelId", "KomponentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArtikelKomponenter_KomponentId",
                table: "ArtikelKomponenter",
                column: "KomponentId");

            migrationBuilder.CreateIndex(
                name: "IX_ArtikelPriser_ArtikelId_Debiteringsform_GallerFran",
                table: "ArtikelPriser",
                columns: new[] { "ArtikelId", "Debiteringsform", "GallerFran" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Artiklar_Artikelnummer",
                table: "Artiklar",
                column: "Artikelnummer",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Artiklar_ErsattningsartikelId",
                table: "Artiklar",
                column: "ErsattningsartikelId");

            migrationBuilder.CreateIndex(
                name: "IX_Artiklar_IsoKodKod",
                table: "Artiklar",
                column: "IsoKodKod");

            migrationBuilder.CreateIndex(
                name: "IX_Artiklar_LeverantorensArtikelnummer",
                table: "Artiklar",
                column: "LeverantorensArtikelnummer");

            migrationBuilder.CreateIndex(
                name: "IX_Artiklar_LeverantorId",
                table: "Artiklar",
                column: "LeverantorId");

            migrationBuilder.CreateIndex(
                name: "IX_Artiklar_ProduktId",
                table: "Artiklar",
                column: "ProduktId");

            migrationBuilder.CreateIndex(
                name: "IX_Baskoder_Kod",
                table: "Baskoder",
                column: "Kod",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BestallarKoppling_ForskrivareId",
                table: "BestallarKoppling",
                column: "ForskrivareId");

            migrationBuilder.CreateIndex(
                name: "IX_Bestallningar_ForskrivareId",
                table: "Bestallningar",
                column: "ForskrivareId");

            migrationBuilder.CreateIndex(
                name: "IX_Bestallningar_MottagandeLagerId",
                table: "Bestallningar",
                column: "MottagandeLagerId");

            migrationBuilder.CreateIndex(
                name: "IX_Bestallningar_MottagareId_Status",
                table: "Bestallningar",
                columns: new[] { "MottagareId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Bestallningar_Ordernummer",
                table: "Bestallningar",
                column: "Ordernummer",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bestallningar_PagaendeLagerpafyllnad",
                table: "Bestallningar",
                columns: new[] { "RegistreradAvId", "MottagandeLagerId" },
                unique: true,
                filter: "\"Status\" = 0 AND \"Ordertyp\" = 2");

            migrationBuilder.CreateIndex(
                name: "IX_Bestallningar_RegistreradAvId_Status",
                table: "Bestallningar",
                columns: new[] { "RegistreradAvId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Bestallningar_SkickaNyckel",
                table: "Bestallningar",
                column: "SkickaNyckel",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bestallningar_Status_Skickad",
                table: "Bestallningar",
                columns: new[] { "Status", "Skickad" });

            migrationBuilder.CreateIndex(
                name: "IX_Bestallningar_TjanstestalleId_Skickad",
                table: "Bestallningar",
                columns: new[] { "TjanstestalleId", "Skickad" });

            migrationBuilder.CreateIndex(
                name: "IX_Bestallningsmallar_MottagandeLagerId",
                table: "Bestallningsmallar",
                column: "MottagandeLagerId");

            migrationBuilder.CreateIndex(
                name: "IX_Bestallningsmallar_TjanstestalleId_Namn",
                table: "Bestallningsmallar",
                columns: new[] { "TjanstestalleId", "Namn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bestallningsmallrader_ArtikelId",
                table: "Bestallningsmallrader",
                column: "ArtikelId");

            migrationBuilder.CreateIndex(
                name: "IX_Bestallningsmallrader_BestallningsmallId_ArtikelId",
                table: "Bestallningsmallrader",
                columns: new[] { "BestallningsmallId", "ArtikelId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FelrapportBilagor_FelrapportId",
                table: "FelrapportBilagor",
                column: "FelrapportId");

            migrationBuilder.CreateIndex(
                name: "IX_Felrapporter_ArbetsorderId",
                table: "Felrapporter",
                column: "ArbetsorderId");

            migrationBuilder.CreateIndex(
                name: "IX_Felrapporter_ArtikelId",
                table: "Felrapporter",
                column: "ArtikelId");

            migrationBuilder.CreateIndex(
                name: "IX_Felrapporter_BestallningId",
                table: "Felrapporter",
                column: "BestallningId");

            migrationBuilder.CreateIndex(
                name: "IX_Felrapporter_Felrapportnummer",
                table: "Felrapporter",
                column: "Felrapportnummer",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Felrapporter_HamtorderId",
                table: "Felrapporter",
                column: "HamtorderId");

            migrationBuilder.CreateIndex(
                name: "IX_Felrapporter_IndividId",
                table: "Felrapporter",
                column: "IndividId");

            migrationBuilder.CreateIndex(
                name: "IX_Felrapporter_MottagareId",
                table: "Felrapporter",
                column: "MottagareId");

            migrationBuilder.CreateIndex(
                name: "IX_Felrapporter_RegistreradAvId_Status",
                table: "Felrapporter",
                columns: new[] { "RegistreradAvId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Felrapporter_Status",
                table: "Felrapporter",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Felrapporter_TjanstestalleId_Registrerad",
                table: "Felrapporter",
                columns: new[] { "TjanstestalleId", "Registrerad" });

            migrationBuilder.CreateIndex(
                name: "IX_Hamtorderrader_ArtikelId",
                table: "Hamtorderrader",
                column: "ArtikelId");

            migrationBuilder.CreateIndex(
                name: "IX_Hamtorderrader_HamtorderId",
                table: "Hamtorderrader",
                column: "HamtorderId");

            migrationBuilder.CreateIndex(
                name: "IX_Hamtorderrader_OppenIndivid",
                table: "Hamtorderrader",
                column: "IndividId",
                unique: true,
                filter: "\"Oppen\"");

            migrationBuilder.CreateIndex(
                name: "IX_Hamtorderrader_OppenOrderrad",
                table: "Hamtorderrader",
                column: "OrderradId",
                unique: true,
                filter: "\"Oppen\"");

            migrationBuilder.CreateIndex(
                name: "IX_Hamtordrar_Hamtordernummer",
                table: "Hamtordrar",
                column: "Hamtordernummer",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Hamtordrar_MottagareId_Status",
                table: "Hamtordrar",
                columns: new[] { "MottagareId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Hamtordrar_RegistreradAvHsaId_Registrerad",
                table: "Hamtordrar",
                columns: new[] { "RegistreradAvHsaId", "Registrerad" });

            migrationBuilder.CreateIndex(
                name: "IX_Hamtordrar_TjanstestalleId_Registrerad",
                table: "Hamtordrar",
                columns: new[] { "TjanstestalleId", "Registrerad" });

            migrationBuilder.CreateIndex(
                name: "IX_Individer_ArtikelId",
                table: "Individer",
                column: "ArtikelId");

            migrationBuilder.CreateIndex(
                name: "IX_Individer_Individnummer",
                table: "Individer",
                column: "Individnummer",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Individer_LagerId_Status",
                table: "Individer",
                columns: new[] { "LagerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Individer_MottagareId_LevereradDatum",
                table: "Individer",
                columns: new[] { "MottagareId", "LevereradDatum" });

            migrationBuilder.CreateIndex(
                name: "IX_Individer_NastaFu",
                table: "Individer",
                column: "NastaFu",
                filter: "\"NastaFu\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Individer_Serienummer",
                table: "Individer",
                column: "Serienummer");

            migrationBuilder.CreateIndex(
                name: "IX_IndividHandelser_IndividId",
                table: "IndividHandelser",
                column: "IndividId");

            migrationBuilder.CreateIndex(
                name: "IX_IndividHandelser_TidigareIndividnummer",
                table: "IndividHandelser",
                column: "TidigareIndividnummer");

            migrationBuilder.CreateIndex(
                name: "IX_IndividKomponenter_ArtikelId",
                table: "IndividKomponenter",
                column: "ArtikelId");

            migrationBuilder.CreateIndex(
                name: "IX_IndividKomponenter_IndividId",
                table: "IndividKomponenter",
                column: "IndividId");

            migrationBuilder.CreateIndex(
                name: "IX_IndividKomponenter_KomponentIndividId",
                table: "IndividKomponenter",
                column: "KomponentIndividId");

            migrationBuilder.CreateIndex(
                name: "IX_Inloggningssessioner_AnvandareId",
                table: "Inloggningssessioner",
                column: "AnvandareId");

            migrationBuilder.CreateIndex(
                name: "IX_IsoKoder_ForalderKod",
                table: "IsoKoder",
                column: "ForalderKod");

            migrationBuilder.CreateIndex(
                name: "IX_Kunder_Kundnummer",
                table: "Kunder",
                column: "Kundnummer",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Lager_Nummer",
                table: "Lager",
                column: "Nummer",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Lagersaldon_ArtikelId",
                table: "Lagersaldon",
                column: "ArtikelId");

            migrationBuilder.CreateIndex(
                name: "IX_Lagersaldon_LagerId_ArtikelId",
                table: "Lagersaldon",
                columns: new[] { "LagerId", "ArtikelId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Leverantorer_Namn",
                table: "Leverantorer",
                column: "Namn",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Logg_HsaId_Tidpunkt",
                table: "Logg",
                columns: new[] { "HsaId", "Tidpunkt" });

            migrationBuilder.CreateIndex(
                name: "IX_Logg_Lopnummer",
                table: "Logg",
                column: "Lopnummer",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Logg_MottagareId_Tidpunkt",
                table: "Logg",
                columns: new[] { "MottagareId", "Tidpunkt" });

            migrationBuilder.CreateIndex(
                name: "IX_Meddelanden_AnvandareId_Ankom",
                table: "Meddelanden",
                columns: new[] { "AnvandareId", "Ankom" });

            migrationBuilder.CreateIndex(
                name: "IX_Meddelanden_Olasta",
                table: "Meddelanden",
                column: "AnvandareId",
                filter: "\"Last\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_MottagarBaskoder_BaskodId",
                table: "MottagarBaskoder",
                column: "BaskodId");

            migrationBuilder.CreateIndex(
                name: "IX_MottagarBaskoder_MottagareId",
                table: "MottagarBaskoder",
                column: "MottagareId");

            migrationBuilder.CreateIndex(
                name: "IX_Mottagare_KundId",
                table: "Mottagare",
                column: "KundId");

            migrationBuilder.CreateIndex(
                name: "IX_Mottagare_Kundnummer",
                table: "Mottagare",
                column: "Kundnummer");

            migrationBuilder.CreateIndex(
                name: "IX_Mottagare_Personnummer",
                table: "Mottagare",
                column: "Personnummer",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrderradBilagor_OrderradId",
                table: "OrderradBilagor",
                column: "OrderradId");

            migrationBuilder.CreateIndex(
                name: "IX_Orderrader_ArtikelId",
                table: "Orderrader",
                column: "ArtikelId");

            migrationBuilder.CreateIndex(
                name: "IX_Orderrader_BestallningId_Radnummer",
                table: "Orderrader",
                columns: new[] { "BestallningId", "Radnummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orderrader_ErsatterArtikelId",
                table: "Orderrader",
                column: "ErsatterArtikelId");

            migrationBuilder.CreateIndex(
                name: "IX_Orderrader_IndividId",
                table: "Orderrader",
                column: "IndividId");

            migrationBuilder.CreateIndex(
                name: "IX_Orderrader_KallLagerId",
                table: "Orderrader",
                column: "KallLagerId");

            migrationBuilder.CreateIndex(
                name: "IX_Orderrader_KompletterarIndividId",
                table: "Orderrader",
                column: "KompletterarIndividId",
                filter: "\"KompletterarIndividId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_OrderradKomponenter_ArtikelId",
                table: "OrderradKomponenter",
                column: "ArtikelId");

            migrationBuilder.CreateIndex(
                name: "IX_OrderradKomponenter_OrderradId",
                table: "OrderradKomponenter",
                column: "OrderradId");

            migrationBuilder.CreateIndex(
                name: "IX_Patientavgifter_ArtikelId",
                table: "Patientavgifter",
                column: "ArtikelId");

            migrationBuilder.CreateIndex(
                name: "IX_Patientavgifter_FaktureradDatum",
                table: "Patientavgifter",
                column: "FaktureradDatum");

            migrationBuilder.CreateIndex(
                name: "IX_Patientavgifter_IndividId",
                table: "Patientavgifter",
                column: "IndividId");

            migrationBuilder.CreateIndex(
                name: "IX_Patientavgifter_MottagareId_Status",
                table: "Patientavgifter",
                columns: new[] { "MottagareId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Patientavgifter_OrderradId",
                table: "Patientavgifter",
                column: "OrderradId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Patientavgifter_Status_FakturerbarFran",
                table: "Patientavgifter",
                columns: new[] { "Status", "FakturerbarFran" });

            migrationBuilder.CreateIndex(
                name: "IX_Produkter_Namn",
                table: "Produkter",
                column: "Namn",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Returer_LagerId",
                table: "Returer",
                column: "LagerId");

            migrationBuilder.CreateIndex(
                name: "IX_Returer_MottagareId_Registrerad",
                table: "Returer",
                columns: new[] { "MottagareId", "Registrerad" });

            migrationBuilder.CreateIndex(
                name: "IX_Returer_TjanstestalleId",
                table: "Returer",
                column: "TjanstestalleId");

            migrationBuilder.CreateIndex(
                name: "IX_Returrader_ArtikelId",
                table: "Returrader",
                column: "ArtikelId");

            migrationBuilder.CreateIndex(
                name: "IX_Returrader_IndividId",
                table: "Returrader",
                column: "IndividId");

            migrationBuilder.CreateIndex(
                name: "IX_Returrader_OrderradId",
                table: "Returrader",
                column: "OrderradId");

            migrationBuilder.CreateIndex(
                name: "IX_Returrader_ReturId",
                table: "Returrader",
                column: "ReturId");

            migrationBuilder.CreateIndex(
                name: "IX_Tjanstestallen_ForradId",
                table: "Tjanstestallen",
                column: "ForradId");

            migrationBuilder.CreateIndex(
                name: "IX_Tjanstestallen_Kod",
                table: "Tjanstestallen",
                column: "Kod",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tjanstestallen_KundId",
                table: "Tjanstestallen",
                column: "KundId");

            InitialSql.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            InitialSql.Down(migrationBuilder);

            migrationBuilder.DropTable(
                name: "Aktiviteter");

            migrationBuilder.DropTable(
                name: "AnvandarTjanstestalle");

            migrationBuilder.DropTable(
                name: "ArbetsorderBilagor");

            migrationBuilder.DropTable(
                name: "ArtikelDokument");

            migrationBuilder.DropTable(
                name: "ArtikelKomponenter");

            migrationBuilder.DropTable(
                name: "ArtikelPriser");

            migrationBuilder.DropTable(
                name: "BestallarKoppling");

            migrationBuilder.DropTable(
                name: "Bestallningsmallrader");

            migrationBuilder.DropTable(
                name: "FelrapportBilagor");

            migrationBuilder.DropTable(
                name: "Hamtorderrader");

            migrationBuilder.DropTable(
                name: "IndividHandelser");

            migrationBuilder.DropTable(
                name: "IndividKomponenter");

            migrationBuilder.DropTable(
                name: "Inloggningssessioner");

            migrationBuilder.DropTable(
                name: "Katalogversion");

            migrationBuilder.DropTable(
                name: "Lagersaldon");

            migrationBuilder.DropTable(
                name: "Logg");

            migrationBuilder.DropTable(
                name: "Meddelanden");

            migrationBuilder.DropTable(
                name: "MottagarBaskoder");

            migrationBuilder.DropTable(
                name: "OrdernummerSerier");

            migrationBuilder.DropTable(
                name: "OrderradBilagor");

            migrationBuilder.DropTable(
                name: "OrderradKomponenter");

            migrationBuilder.DropTable(
                name: "Patientavgifter");

            migrationBuilder.DropTable(
                name: "Returrader");

            migrationBuilder.DropTable(
                name: "Bestallningsmallar");

            migrationBuilder.DropTable(
                name: "Felrapporter");

            migrationBuilder.DropTable(
                name: "Baskoder");

            migrationBuilder.DropTable(
                name: "Returer");

            migrationBuilder.DropTable(
                name: "Arbetsordrar");

            migrationBuilder.DropTable(
                name: "Hamtordrar");

            migrationBuilder.DropTable(
                name: "Orderrader");

            migrationBuilder.DropTable(
                name: "Bestallningar");

            migrationBuilder.DropTable(
                name: "Individer");

            migrationBuilder.DropTable(
                name: "Anvandare");

            migrationBuilder.DropTable(
                name: "Artiklar");

            migrationBuilder.DropTable(
                name: "Mottagare");

            migrationBuilder.DropTable(
                name: "Tjanstestallen");

            migrationBuilder.DropTable(
                name: "IsoKoder");

            migrationBuilder.DropTable(
                name: "Leverantorer");

            migrationBuilder.DropTable(
                name: "Produkter");

            migrationBuilder.DropTable(
                name: "Kunder");

            migrationBuilder.DropTable(
                name: "Lager");
        }
    }
}
