"""`python -m bench.nopii_tune17`: German shop chat where a town is not the customer's (German only).

Written for a fifth round on places in no-PII shop chat, German only (Germany, Austria, Switzerland),
from the writer's own knowledge of how German speakers write to shops on WhatsApp and how shops
answer and sign, before any rule was changed for it and without reading any held-out file, its
misses or the shipped place list (towns were chosen by the writer; some are surely not in the
list). The earlier place rounds (`nopii_tune4`, `nopii_tune7`, `nopii_tune9`, `nopii_tune13`) wrote
German in the same kinds as the other languages; this set writes shapes German has and they lack,
one kind each:

- `compound`: a town's adjective before the shop's own site or staff ("die Münchner Filiale",
  "unser Berliner Lager", "das Grazer Team", "die Zürcher Boutique");
- `region`: postcode areas, conurbations, regions and islands as delivery zones ("PLZ-Gebiet 8",
  "Großraum Stuttgart", "Ruhrgebiet", "Inselzuschlag für die Nordseeinseln");
- `abroad`: shipping to and customs for Switzerland, Austria, Liechtenstein, Südtirol and the
  customs enclaves ("Versand in die Schweiz nur verzollt", "Samnaun", "Kleinwalsertal");
- `site`: the company's Zentrale, Werk, Standort, Niederlassung, Produktion and service centre;
- `imprint`: register, court, tax office and chamber lines of an Impressum (HRB, FN, CHE, USt-IdNr.,
  Gerichtsstand), with no street address;
- `festival`: fairs, markets, Wiesn, Karneval, festivals in new shapes ("Striezelmarkt", "Art Basel",
  "Spielwarenmesse", "Wacken", "Rosenmontag");
- `produce`: where a market's or farm shop's goods come from ("Spargel aus Beelitz", "Äpfel aus dem
  Alten Land", "vom Bodensee", "aus der Wachau");
- `stock`: stock and dispatch points ("ab Lager Leipzig", "über den Hub Kassel", "Lagerbestand
  Duisburg: 3", "ab Werk Ingolstadt");
- `travel`: strikes, trains, jams and closures that hold up the shop's staff or goods ("Bahnstreik",
  "im ICE nach Hamburg", "Vollsperrung der A8 bei Irschenberg");
- `abbrev`: towns abbreviated as shops write their branches and stores ("Filiale HH", "Ffm",
  "Lager DUS", "B-Mitte", "K-Ehrenfeld");
- `goods`: foods, drinks and crafts named on towns that no earlier set has ("Frankfurter Kranz",
  "Wiener Melange", "Basler Läckerli", "Leipziger Lerche", "Herrnhuter Stern", "Kasseler");
- `club`: clubs named in new shapes ("die Eintracht", "Gladbach-Bettwäsche", "Rapid Wien",
  "Elversberg", "Leverkusen gegen Stuttgart");
- `greeting`: the shop's greeting and sign-off with its town, in dialect greetings ("Moin aus Kiel,
  euer Team vom Fischladen", "Grüß Gott, Sie schreiben mit der Metzgerei in Traunstein").

Controls put the customer's own town ({t}) in nearby words: Wohnort, Lieferadresse, "ich bin aus",
"wohne in", "bei uns in", "hier in", pickup near home, a customer's own greeting from home, their
region; {a} is a town's adjective naming the customer's own part of town ("im Kasseler Norden").
Gold spans are the town. Some control towns are also the shop's town in the no-PII messages. It
prints no-PII messages left unchanged per kind and towns protected, with the whole default analyzer
(`bench.nopii_runner`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {
        "compound": (
            "Die Münchner Filiale hat die Jacke noch in M, sollen wir sie kommen lassen?",
            "Das kommt direkt aus unserem Berliner Lager, 1-2 Werktage",
            "Unsere Kölner Kollegen melden sich morgen bei Ihnen",
            "Das Grazer Team kümmert sich um die Reklamation",
            "Im Leipziger Showroom steht das Sofa zur Ansicht",
            "Die Zürcher Boutique hat andere Öffnungszeiten als wir",
            "Der Bielefelder Standort nimmt keine Retouren an, bitte per Post",
            "Die Ware geht heute vom Nürnberger Lager raus",
            "Unser Salzburger Shop hat am Sonntag zu",
            "Frag mal bei der Kasseler Filiale, die haben noch welche",
            "Das Wuppertaler Werk produziert wieder ab KW 3",
        ),
        "region": (
            "Im PLZ-Gebiet 8 liefern wir nur dienstags und freitags",
            "Lieferung im Großraum Stuttgart am nächsten Werktag",
            "Fürs Ruhrgebiet haben wir eigene Fahrer, da geht's schneller",
            "Auf die Nordseeinseln kommt ein Inselzuschlag von 15 € dazu",
            "Speditionsware ins Allgäu dauert leider 5-7 Tage",
            "Wir liefern im Umkreis von 30 km um Regensburg kostenlos",
            "PLZ 01 bis 09 beliefern wir selbst, den Rest macht DHL",
            "Nach Rügen und Usedom nur mit Aufpreis",
            "Frischware versenden wir nur innerhalb von Bayern und Baden-Württemberg",
            "Im Rhein-Main-Gebiet gibt's Same Day Delivery, wenn bis 12 Uhr bestellt",
            "Ins Sauerland fährt unser Möbelwagen nur einmal im Monat",
        ),
        "abroad": (
            "Versand in die Schweiz nur verzollt, die Gebühren stehen im Warenkorb",
            "Nach Österreich liefern wir mit der Post, meistens 3-4 Tage",
            "Für Liechtenstein gelten die gleichen Zollregeln wie für die Schweiz",
            "Die Sendung liegt beim Schweizer Zoll in Basel, das dauert meist 2 Tage",
            "Ins Kleinwalsertal liefern wir über Deutschland, da fällt kein Zoll an",
            "Die österreichische MwSt von 20 % ist im Preis schon drin",
            "Samnaun ist Zollausschlussgebiet, dorthin versenden wir leider nicht",
            "Für Südtirol gelten bei uns die Versandkosten für Italien",
            "Der Versand nach Wien dauert mit GLS meistens 3 Werktage",
            "Bestellungen in die Schweiz gehen über unseren Partner in Kreuzlingen",
            "Nach Vorarlberg kostet der Versand gleich viel wie nach Tirol",
        ),
        "site": (
            "Über Kulanz entscheidet die Zentrale in Gütersloh, ich leite es weiter",
            "Unsere Niederlassung Linz ist für ganz Österreich zuständig",
            "Das Ersatzteil muss aus dem Werk in Bocholt kommen",
            "Der Standort Hannover schließt zum Monatsende, wir liefern aber weiter",
            "Der Kundendienst sitzt in Lüdenscheid, die rufen Sie an",
            "Unsere Produktion ist in Pirna, deshalb dauert eine Maßanfertigung etwas",
            "Die Rücksendung bitte direkt an unser Werk Eschwege, Adresse steht auf dem Retourenschein",
            "Hauptsitz ist Winterthur, in Deutschland haben wir nur ein Lager",
            "Die Reparatur macht unser Servicecenter in Kempten",
            "Unser Mutterkonzern sitzt in Wels",
            "Die Entwicklung ist in Jena, gefertigt wird in Tschechien",
        ),
        "imprint": (
            "Handelsregister: Amtsgericht Charlottenburg, HRB 204567 B",
            "Registergericht: Amtsgericht Fürth, HRA 1234",
            "FN 345678d, Landesgericht Linz, UID ATU12345678",
            "Eingetragen im Handelsregister des Kantons Bern, CHE-123.456.789 MWST",
            "Gerichtsstand ist Memmingen",
            "Geschäftsführer siehe Impressum, Registergericht Kempten (Allgäu)",
            "Zuständige Kammer: IHK Ostwestfalen zu Bielefeld",
            "Steuernummer 143/123/45678, Finanzamt München",
            "Erfüllungsort und Gerichtsstand ist Traunstein, soweit gesetzlich zulässig",
            "USt-IdNr. DE298765432 · Sitz Wetzlar · HRB 7788",
            "Genossenschaftsregister Amtsgericht Zwickau GnR 56",
        ),
        "festival": (
            "Während der Wiesn haben wir verkürzte Öffnungszeiten",
            "Die Dirndl fürs Oktoberfest sind ab Juli da",
            "Wir stehen dieses Jahr wieder auf dem Striezelmarkt in Dresden, Stand 112",
            "Am Rosenmontag bleibt der Laden in Düsseldorf zu, Helau!",
            "Vom 28.1. bis 1.2. sind wir auf der Spielwarenmesse in Nürnberg, Antworten dauern etwas",
            "Kostüme für den Karneval in Köln bitte bis 1.2. bestellen",
            "Sehen wir uns auf der Art Basel? Wir sind in Halle 2",
            "Zur IAA in München gibt's 10 % auf alles",
            "Nach der Messe in Friedrichshafen werden die Vorführmodelle günstiger",
            "Unser Stand auf dem Christkindlesmarkt hat den Glühwein auch zum Mitnehmen",
            "Wegen Wacken sind die Gummistiefel ausverkauft 😅",
        ),
        "produce": (
            "Spargel aus Beelitz ist ab heute da, 9,90 das Kilo",
            "Die Erdbeeren kommen diese Woche vom Bodensee",
            "Äpfel aus dem Alten Land, Elstar, 2 € das Kilo",
            "Kürbiskernöl aus der Steiermark haben wir wieder",
            "Der Bergkäse ist aus dem Bregenzerwald, 12 Monate gereift",
            "Riesling aus der Wachau oder lieber einen vom Kaiserstuhl?",
            "Heidekartoffeln aus der Lüneburger Heide, festkochend",
            "Das Rauchbier ist aus Bamberg, schmeckt nach Schinken 😄",
            "Die Kirschen sind aus Franken, nicht aus der Türkei",
            "Honig vom Imker aus dem Spreewald, 500 g für 7 €",
            "Die Zwetschgen sind aus Bühl, perfekt für Datschi",
        ),
        "stock": (
            "Lieferung ab Lager Leipzig, Versand innerhalb von 24 Stunden",
            "Die Sendung läuft über den Hub Kassel, deshalb einen Tag länger",
            "Lagerbestand Duisburg: 3 Stück, Filiale Essen: 0",
            "Verfügbar ab Werk Ingolstadt in KW 12",
            "Preis ab Lager Hamburg, zzgl. Fracht",
            "Ist im Zentrallager Hamm vorrätig, kommt also morgen",
            "Die Palette wird ab Umschlaglager Erfurt per Spedition zugestellt",
            "Der Container ist im Hafen Duisburg angekommen, Ware ab nächster Woche",
            "Das Teil ist nur noch im Außenlager Gotha, wir holen es rüber",
            "Lieferzeit ab Auslieferungslager Wels 2–3 Tage",
            "Umgebucht von Lager Bremen auf Lager Dortmund, geht morgen raus",
        ),
        "travel": (
            "Wegen Bahnstreik kommt unsere Aushilfe heute nicht, wir öffnen erst um 11",
            "Der Fahrer steckt hinter Würzburg im Stau, Lieferung eher gegen 15 Uhr",
            "Ich sitze gerade im ICE nach Hamburg und antworte heute Abend",
            "Unsere Kollegin kommt mit dem Zug aus Augsburg, sie übernimmt ab 10",
            "Die Ware ist im LKW aus Görlitz, Ankunft morgen früh",
            "Der Bahnstreik trifft auch unser Lager in Bautzen",
            "S-Bahn-Chaos in München, bitte habt Geduld mit den Antworten",
            "Sperrung am Elbtunnel, unser Kurier ist später dran",
            "Wegen Vollsperrung der A8 bei Irschenberg kommt der Monteur später",
            "Der Nachtzug aus Wien hatte 3 Stunden Verspätung, die Ware ist aber jetzt da",
            "Die Fähre nach Föhr fällt wegen Sturm aus, Inselpakete verzögern sich",
        ),
        "abbrev": (
            "Filiale HH hat noch 2 Stück, Ffm ist leer",
            "Die Ware liegt in M, geht morgen raus",
            "Lager DUS hat's noch, soll ich's umbuchen?",
            "Team KA meldet sich heute Nachmittag",
            "Bestand: B-Mitte 4, B-Spandau 0",
            "Der Laden in S-West hat heute Inventur",
            "Das Paket ist schon im Verteilzentrum Ffm-Ost",
            "Abholung nur in der Filiale K-Ehrenfeld möglich, online leider nicht",
            "Lieferung aus dem Lager N-Süd dauert einen Tag",
            "Die Filiale in HB hat die Größe 40 noch",
            "Beim Standort MUC ist das Modell ausverkauft",
        ),
        "goods": (
            "Ein Stück Frankfurter Kranz und zwei Linzer Schnitten bitte",
            "Eine Wiener Melange und einen Apfelstrudel zum Mitnehmen",
            "Basler Läckerli gibt's nur noch in der großen Dose",
            "Sind die Leipziger Lerchen heute frisch?",
            "Ist der Bremer Klaben mit Rosinen?",
            "Habt ihr Kasseler am Stück für Sonntag?",
            "Ist der Bugholzstuhl mit echtem Wiener Geflecht?",
            "Den Herrnhuter Stern gibt's in 40 und 60 cm",
            "Das Jenaer Glas ist auch backofenfest",
            "Plauener Spitze als Tischdecke, 80x80, ist noch da",
            "Ist das Zürcher Geschnetzelte fertig oder zum Selberkochen?",
            "Ein Sixpack Berliner Kindl und eine Berliner Weiße mit Schuss",
            "Sind die Salzburger Nockerl auch für 2 Personen?",
        ),
        "club": (
            "Die neuen Trikots von der Eintracht sind da, alle Größen",
            "Ist die Gladbach-Bettwäsche aus Biber oder Baumwolle?",
            "Habt ihr den Schal von Rapid Wien noch?",
            "Am Samstag spielt der FC gegen Bayern, da ist der Laden voll",
            "Das St.-Pauli-Shirt in XL ist ausverkauft",
            "Fanartikel von Werder Bremen sind 20 % reduziert",
            "Haben Sie Trikots vom FC Basel oder nur Bundesliga?",
            "Die Tasse mit dem Hertha-Logo gibt's auch im Set",
            "Nach dem Aufstieg von Elversberg sind die Shirts weg",
            "Wir zeigen das Spiel Leverkusen gegen Stuttgart im Laden",
            "Gibt's die Sturm-Graz-Mütze auch für Kinder?",
        ),
        "greeting": (
            "Moin aus Kiel, euer Team vom Fischladen 🐟",
            "Servus und liebe Grüße aus der Backstube in Landshut",
            "Grüezi, hier ist der Kundendienst von Velo Huber in Aarau",
            "Herzliche Grüße aus Husum, Ihr Team von Friesenwolle",
            "Grüß Gott, Sie schreiben mit der Metzgerei in Traunstein",
            "Moin moin! Eure Kaffeerösterei aus Cuxhaven",
            "Hallo aus dem Lager in Bocholt, Ihre Bestellung ist gepackt",
            "Liebe Grüße vom ganzen Team aus Villach",
            "Servus! Hier schreibt die Schneiderei aus Wels",
            "Tschüss und bis bald, Ihr Blumenladen in Leer",
            "Viele Grüße aus Pirna, Ihre Töpferei Elbkeramik",
        ),
    },
}
# The customer's own town ({t}) or part of town ({a}) in the same vocabulary
CONTROLS: dict[str, tuple[str, ...]] = {
    "de": (
        "Ich wohne in {t}, liefert ihr auch dorthin?",
        "Lieferadresse: Lindenweg 4, {t}",
        "Ich bin aus {t} und das Paket ist nie angekommen",
        "Wohnort: {t}",
        "Bei uns in {t} gibt's keine Packstation, geht auch Hermes?",
        "Hier in {t} ist der Spargel teurer, schickt ihr auch welchen?",
        "Kann ich in {t} abholen? Da wohne ich",
        "Bitte an meine Oma in {t} schicken, sie hat Geburtstag",
        "Wir sind gerade nach {t} gezogen, bitte die Adresse ändern",
        "Moin aus {t}! Ich hätte gern die Jacke in M",
        "Liebe Grüße aus {t}, Ihre Kundin",
        "Servus aus {t}, ist das Dirndl noch da?",
        "Grüezi aus {t}, liefert ihr in die Schweiz?",
        "Ich bin in {t} zuhause, ist Versand in die Schweiz möglich?",
        "Lieferung bitte nach {t}, Hauptstraße 12",
        "Wir wohnen im Großraum {t}, liefert ihr da?",
        "Bin Stammkundin aus {t}, gibt's Rabatt?",
        "Holt ihr das alte Sofa bei uns in {t} auch ab?",
        "Ich wohne in der Nähe von {t}, wann kommt euer Fahrer?",
        "Abholung in {t} wäre mir am liebsten, ist bei mir um die Ecke",
        "Zustellung an die Packstation 123 in {t} bitte",
        "Meine Adresse: Am Anger 7, {t}",
        "Bei uns in {t} schneit es, bitte nicht vor die Tür stellen",
        "Rechnungsadresse {t}, Lieferadresse gleich",
        "Kannst du das nach {t} schicken? Ich bin da bei meinen Eltern",
        "Bin ab Montag wieder in {t}, dann bitte liefern",
        "Ich hol's in eurer Filiale {t} ab, ich wohne gleich daneben",
        "Wir aus {t} bestellen schon seit Jahren bei euch",
        "Ich komme aus {t}, der Bahnstreik hat mich erwischt, kann ich morgen abholen?",
        "PLZ und Ort: 87435 {t}",
        "Ich wohne im {a} Norden, liefert ihr auch dahin?",
        "Wir sind aus dem {a} Umland, gilt die kostenlose Lieferung?",
    ),
}
# Towns of customers; some are also the shop's town in the no-PII messages
HOME_TOWNS: dict[str, tuple[str, ...]] = {
    "de": (
        "Lüdenscheid",
        "Pirna",
        "Memmingen",
        "Dornbirn",
        "Winterthur",
        "Husum",
        "Eschwege",
        "Bautzen",
        "Traunstein",
        "Villach",
        "Schwäbisch Gmünd",
        "Olten",
    ),
}
# A town's adjective for the customer's part of town
HOME_ADJECTIVES: dict[str, tuple[str, ...]] = {"de": ("Kasseler", "Bielefelder", "Grazer", "Erfurter")}
REGIONS = {"de": "DE"}
_SLOT = re.compile(r"\{(t|a)\}")
REPEATS = 2  # each control filled with this many towns


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message as written, then the controls filled with the customers' towns."""
    for kind, texts in NO_PII[language].items():
        for text in texts:
            yield language, kind, text, ()
    towns, adjectives = HOME_TOWNS[language], HOME_ADJECTIVES[language]
    for t, template in enumerate(CONTROLS[language]):
        for r in range(REPEATS):
            k = t * REPEATS + r
            values = {"t": towns[k % len(towns)], "a": adjectives[k % len(adjectives)]}
            text, gold = nopii_runner.fill(template, _SLOT, values)
            yield language, "control", text, gold


def main() -> None:
    kinds = "compound, region, abroad, site, imprint, festival, produce, stock, travel, abbrev, goods, club, greeting"
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, kinds)


if __name__ == "__main__":
    main()
