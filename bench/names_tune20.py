"""`python -m bench.names_tune20`: names no list holds, for Veil's own it/es/pt/de NER pipelines.

Written for a round that retrains the pipelines (`scripts/train_ner.py`) to tag names from their
context and shape rather than from their strings, before any change to the recipe, without
reading the held-out name sets or their misses. Names are of the people an Italian, Spanish,
Portuguese or German shop really writes about and that Veil's lists mostly lack: Romanian,
Albanian, Senegalese, Eritrean, Amazigh, Tamil, Chinese and Filipino names in Italian; Quechua,
Aymara, Mapuche and Guarani names in Spanish; Tupi-Guarani, Angolan, Mozambican and Zimbabwean
names in Portuguese; Kurdish, Georgian, Armenian, Tamil, Eritrean, Turkish and Polish names in
German. They are hand-written for this set from general knowledge, then checked against
`recognizers/data/given_names*.tsv` and mimesis's lists of the language (`--check` prints the
share no list holds; about one name in six is a listed one on purpose, to keep the set honest).

The shapes are plain, mostly with no cue word: a name as subject ("… passa domani"), as object
("ho visto …"), after the prepositions a round of rules found empty ("per", "con", "di", "para",
"con", "de", "com", "pra", "mit", "für", "von"), a possessive ("il pacco di …", "…s Paket"),
lists of two or three, a full name alone on a line under a message, and lower-case chat.

The no-PII messages (at least 25 a language) are dense with capitalised shop words in the same
shapes: products, brands (some named after people), collections, shop branches in towns, apps,
so a pipeline that tags every capitalised word after "con" loses here.

A template that starts with `~` is typed all in lower case. It prints, per language, names
protected and no-PII messages unchanged by the rules alone (blank it/es/pt/de pipelines) and with
Veil's own pipelines (the default), as `bench.ner_tune` does; `--show N` prints up to N no-PII
messages the pipelines change and N names only they protect.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from bench import chat_tune, ner_tune
from bench.chat_tune import Example

LANGS = ("it", "es", "pt", "de")
SEED = 20261220
REPEATS = 3  # each template filled with this many names

_FIRST = {
    "it": (
        "Mbaye", "Semhar", "Abrehet", "Filmon", "Tesfay", "Senait", "Mebrat", "Tiziri", "Aksil",
        "Dihya", "Tafsut", "Kaviya", "Yazhini", "Rizalyn", "Iulică", "Luminița", "Sânziana",
        "Voichița", "Rrezarta", "Sokhna", "Serigne", "Cheikhou", "Zhiruo", "Muchen", "Zimo",
        "Tigist", "Yordanos", "Amanuel", "Awet", "Rahwa", "Kidane", "Mihaela", "Dritan",
        "Aminata", "Xinyi", "Ermira",
    ),
    "es": (
        "Sisa", "Wayra", "Amaru", "Inti", "Killa", "Kusi", "Urpi", "Illari", "Yaku", "Kallpa",
        "Suyana", "Kantuta", "Asiri", "Millaray", "Rayén", "Antü", "Llanquiray", "Relmu", "Pehuén",
        "Huenu", "Licán", "Ailén", "Arandú", "Yerutí", "Mbaret", "Tupã", "Jasy", "Ñasaindy",
        "Maycol", "Fatou", "Yanina", "Wilmer", "Yesenia", "Nayeli",
    ),
    "pt": (
        "Potira", "Ubiratã", "Iberê", "Caiuby", "Apoena", "Anauê", "Kauê", "Nzinga", "Kiluanji",
        "Tchissola", "Kianda", "Ndumba", "Nzambi", "Chipo", "Rutendo", "Nyasha", "Kudzai",
        "Tatenda", "Farai", "Lerato", "Mbali", "Cauã", "Yakecan", "Ndapewa", "Tchilo", "Nsimba",
        "Kinanga", "Nkuna", "Jaciara", "Moema", "Raoni", "Djamila", "Edivaldo", "Rosimeire",
    ),
    "de": (
        "Rojda", "Rojin", "Zinar", "Şivan", "Hêvî", "Senthil", "Tamilselvi", "Arulmozhi",
        "Vennila", "Mebrat", "Filmon", "Semhar", "Rêber", "Dildar", "Rojhat", "Tsotne", "Tamuna",
        "Srbuhi", "Ilakkiya", "Kavin", "Thurkka", "Habtom", "Asmeret", "Nebiyat", "Grzegorz",
        "Małgorzata", "Tornike", "Tigran", "Kübra", "Gökhan",
    ),
}  # fmt: skip
_SURNAMES = {
    "it": (
        "Popescu", "Ionescu", "Munteanu", "Dumitrescu", "Vasilescu", "Hoxha", "Krasniqi",
        "Berisha", "Kelmendi", "Shehu", "Diop", "Ndiaye", "Diouf", "Gueye", "Mbengue", "Xu",
        "Tesfamariam", "Ghebremedhin", "Macaraeg", "Ramasamy", "Țurcanu", "Bălan", "Ciobanu",
        "Rrahmani", "Hasani", "Gjoka", "Fall", "Seck", "Tekle", "Ghebreyesus", "Gashi", "Zhou",
        "Haile",
    ),
    "es": (
        "Quispe", "Mamani", "Condori", "Huanca", "Choquehuanca", "Ccori", "Apaza", "Ticona",
        "Painemal", "Catrileo", "Huenchumilla", "Llancaqueo", "Antileo", "Nahuelpán", "Curaqueo",
        "Ñancupil", "Benítez", "Diop", "Popescu", "Chambi", "Yupanqui", "Coaquira", "Huarachi",
        "Ayala", "Flores",
    ),
    "pt": (
        "Kassoma", "Tchipilica", "Muhongo", "Cangamba", "Ngola", "Mabunda", "Cossa", "Tembe",
        "Macuácua", "Nhantumbo", "Guebuza", "Chissano", "Semedo", "Fortes", "Varela", "Tupinambá",
        "Potiguara", "Guajajara", "Terena", "Pataxó", "Mondlane", "Mucavele", "Sitoe", "Chauque",
        "Manhique", "Tavares", "Brito", "Monteiro",
    ),
    "de": (
        "Kılıç", "Wiśniewski", "Wójcik", "Kowalczyk", "Zieliński", "Szymański", "Woźniak",
        "Dąbrowski", "Beridze", "Kapanadze", "Gelashvili", "Tsiklauri", "Hovhannisyan", "Sargsyan",
        "Grigoryan", "Ramasamy", "Tesfamariam", "Bağcı", "Karaçay", "Gündoğdu", "Kuźmiński",
        "Przybylski", "Chrząszcz", "Mgeladze", "Abashidze", "Petrosyan", "Kiflom", "Habte",
        "Yıldırım", "Öztürk", "Çelik", "Şahin",
    ),
}  # fmt: skip

# {n} first + surname, {f} first, {s} surname, {u} full name in capitals
_SLOT = re.compile(r"\{(\w)\}")
TEMPLATES = {
    "it": (
        "{f} passa domani a ritirare il pacco",
        "{n} ha già pagato con il bonifico",
        "Ho visto {f} in negozio stamattina, le ho dato lo scontrino",
        "Il regalo è per {f}, potete incartarlo?",
        "Sono venuta con {f} ma non c'era la taglia",
        "Questo è il pacco di {f}, non il mio",
        "La borsa di {n} è rimasta in cassa",
        "{f}, {f} e {f} vogliono la stessa felpa in M",
        "Due biglietti: uno per {f} e uno per {f}",
        "Ne ho parlato con {n} e va bene il cambio",
        "Abbiamo chiesto a {f} di portarlo lunedì",
        "Secondo {f} il corriere è passato alle 9",
        "Grazie mille, a presto\n{n}",
        "Lo ritira mia cognata {f} {s}",
        "Ho prenotato per {f} {s} e per suo marito {f}",
        "~ho dato le chiavi a {f}, passa lei",
        "~il pacco di {f} è arrivato?",
        "CONSEGNARE A {u}, SECONDO PIANO",
        "Scrivo per conto di {f}, la prenotazione è sua",
        "{f} e {f} sono passati ieri sera",
        "Mi ha consigliato {f} questo modello",
    ),
    "es": (
        "{f} pasa mañana a recoger el pedido",
        "{n} ya pagó con Bizum",
        "Vi a {f} en la tienda esta mañana y le di el ticket",
        "El regalo es para {f}, ¿lo podéis envolver?",
        "Fui con {f} pero no quedaba la talla",
        "Este es el paquete de {f}, no el mío",
        "El bolso de {n} se quedó en caja",
        "{f}, {f} y {f} quieren la misma sudadera en M",
        "Dos entradas: una para {f} y otra para {f}",
        "Lo hablé con {n} y le parece bien el cambio",
        "Le pedimos a {f} que lo trajera el lunes",
        "Según {f} el mensajero pasó a las 9",
        "Muchas gracias, un saludo\n{n}",
        "Lo recoge mi cuñada {f} {s}",
        "Reservé para {f} {s} y para su marido {f}",
        "~le di las llaves a {f}, pasa ella",
        "~¿llegó el paquete de {f}?",
        "ENTREGAR A {u}, SEGUNDO PISO",
        "Escribo de parte de {f}, la reserva es suya",
        "{f} y {f} pasaron ayer por la tarde",
        "Me recomendó {f} este modelo",
    ),
    "pt": (
        "{f} passa amanhã pra buscar o pedido",
        "{n} já pagou no Pix",
        "Vi a {f} na loja hoje de manhã e dei o recibo pra ela",
        "O presente é pra {f}, vocês embrulham?",
        "Fui com {f} mas não tinha o tamanho",
        "Esse é o pacote da {f}, não o meu",
        "A bolsa de {n} ficou no caixa",
        "{f}, {f} e {f} querem o mesmo moletom no M",
        "Dois ingressos: um para {f} e outro para {f}",
        "Falei com {n} e a troca está ok",
        "Pedimos para {f} trazer na segunda",
        "Segundo {f} o entregador passou às 9",
        "Muito obrigada, abraços\n{n}",
        "Quem busca é minha cunhada {f} {s}",
        "Reservei para {f} {s} e para o marido dela, {f}",
        "~deixei as chaves com {f}, ela passa aí",
        "~o pacote do {f} chegou?",
        "ENTREGAR PARA {u}, APTO 22",
        "Escrevo em nome de {f}, a reserva é dela",
        "{f} e {f} passaram ontem à tarde",
        "Quem me indicou esse modelo foi {f}",
    ),
    "de": (
        "{f} kommt morgen das Paket abholen",
        "{n} hat schon per Überweisung bezahlt",
        "Ich habe {f} heute Morgen im Laden gesehen und ihr den Bon gegeben",
        "Das Geschenk ist für {f}, könnt ihr es einpacken?",
        "Ich war mit {f} da, aber die Größe war weg",
        "Das ist das Paket von {f}, nicht meins",
        "{f}s Tasche liegt noch an der Kasse",
        "{f}, {f} und {f} wollen alle denselben Hoodie in M",
        "Zwei Karten: eine für {f} und eine für {f}",
        "Ich habe mit {n} gesprochen, der Umtausch passt",
        "Wir haben {f} gebeten, es am Montag zu bringen",
        "Laut {f} war der Bote um 9 da",
        "Vielen Dank und liebe Grüße\n{n}",
        "Abholen wird meine Schwägerin {f} {s}",
        "Ich habe für {f} {s} und ihren Mann {f} reserviert",
        "~ich hab {f} die schlüssel gegeben, sie kommt vorbei",
        "~ist das paket von {f} schon da?",
        "BITTE AN {u} ABGEBEN, 2. OG",
        "Ich schreibe im Auftrag von {f}, die Reservierung läuft auf sie",
        "{f} und {f} waren gestern Abend da",
        "Empfohlen hat mir das Modell {f}",
    ),
}

CLEAN = {
    "it": (
        "Il Bimby passa domani in assistenza?",
        "La Moka Express ha già il manico nuovo?",
        "Ho visto la Vespa Primavera in vetrina stamattina",
        "Il regalo è per la Prima Comunione, potete incartarlo?",
        "Sono venuta con la Panda ma non c'era parcheggio",
        "Questo è il pacco di Zalando, non il vostro",
        "La borsa di Furla è rimasta in cassa",
        "Smeg, Bialetti e Alessi hanno la stessa consegna?",
        "Due buoni: uno per Decathlon e uno per Feltrinelli",
        "Ne ho parlato con il Servizio Clienti e va bene il cambio",
        "Abbiamo chiesto a Bartolini di portarlo lunedì",
        "Secondo Poste Italiane il corriere è passato alle 9",
        "Grazie mille, a presto\nBuona Domenica",
        "Lo ritira il Punto Ritiro Esselunga",
        "Ho prenotato per la Cena di Natale e per il Brunch",
        "~ho pagato con satispay, passa domani",
        "Il pacco di Amazon Prime è arrivato?",
        "CONSEGNARE IN PORTINERIA, SECONDO PIANO",
        "Avete la Stan Smith in Bianco Ottico?",
        "Con Klarna posso pagare in tre rate?",
        "Cerco la Giulia Bag nella collezione Primavera",
        "Il Nutella Biscuits è finito anche al Conad?",
        "La felpa Carhartt con la stampa Detroit è ancora disponibile?",
        "Per Pasqua fate la Colomba Classica o solo la Pistacchio?",
        "Il negozio di Corso Buenos Aires apre alle 10?",
        "Ho scaricato l'app Satispay ma non trovo il QR",
    ),
    "es": (
        "¿La Thermomix pasa mañana por el servicio técnico?",
        "¿La Moka Express ya tiene el mango nuevo?",
        "Vi la Vespa Primavera en el escaparate esta mañana",
        "El regalo es para la Primera Comunión, ¿lo podéis envolver?",
        "Fui con el Seat Ibiza pero no había aparcamiento",
        "Este es el paquete de Zalando, no el vuestro",
        "El bolso de Desigual se quedó en caja",
        "¿Lékué, Bra y Taurus tienen el mismo envío?",
        "Dos vales: uno para Decathlon y otro para la Casa del Libro",
        "Lo hablé con Atención al Cliente y les parece bien el cambio",
        "Le pedimos a Seur que lo trajera el lunes",
        "Según Correos el mensajero pasó a las 9",
        "Muchas gracias, un saludo\nFeliz Domingo",
        "Lo recojo en el Punto Pack de la Repsol",
        "Reservé para la Cena de Navidad y para el Brunch",
        "~pagué con bizum, paso mañana",
        "¿Llegó el paquete de Amazon Prime?",
        "ENTREGAR EN CONSERJERÍA, SEGUNDO PISO",
        "¿Tenéis las Stan Smith en Blanco Roto?",
        "¿Con Klarna puedo pagar en tres plazos?",
        "Busco el Bolso Sofía de la colección Primavera",
        "¿Se acabó el Cola Cao Turbo también en Mercadona?",
        "¿La sudadera Carhartt con el estampado Detroit sigue disponible?",
        "Para Semana Santa, ¿hacéis la Mona de Pascua o solo la Torrija?",
        "¿La tienda de Gran Vía abre a las 10?",
        "Me bajé la app de Glovo pero no encuentro el cupón",
    ),
    "pt": (
        "A Airfryer Mondial volta amanhã da assistência?",
        "A Moka Express já tem o cabo novo?",
        "Vi a Caloi Elite na vitrine hoje de manhã",
        "O presente é para o Dia das Mães, vocês embrulham?",
        "Fui com o Uber mas não tinha onde parar",
        "Esse é o pacote da Shopee, não o de vocês",
        "A bolsa da Arezzo ficou no caixa",
        "Tramontina, Electrolux e Brastemp têm o mesmo frete?",
        "Dois vales: um para a Renner e outro para a Livraria Cultura",
        "Falei com o SAC e a troca está ok",
        "Pedimos para a Jadlog trazer na segunda",
        "Segundo os Correios o entregador passou às 9",
        "Muito obrigada, abraços\nBom Domingo",
        "Vou retirar no Clique e Retire da Americanas",
        "Reservei para a Ceia de Natal e para o Brunch",
        "~paguei no pix, passo amanhã",
        "O pacote do Mercado Livre chegou?",
        "ENTREGAR NA PORTARIA, APTO 22",
        "Vocês têm o Tênis Olympikus Corre 3 no Branco Gelo?",
        "Com o PicPay dá pra parcelar em três vezes?",
        "Procuro a Bolsa Luiza da coleção Verão",
        "Acabou o Leite Ninho Forti+ também no Carrefour?",
        "O moletom Hering com a estampa Rio ainda tem?",
        "Na Páscoa vocês fazem o Ovo Trufado ou só o Colomba?",
        "A loja do Shopping Iguatemi abre às 10?",
        "Baixei o app da iFood mas não achei o cupom",
    ),
    "de": (
        "Kommt der Thermomix morgen aus der Reparatur?",
        "Hat die Moka Express schon den neuen Griff?",
        "Ich habe das Brompton Faltrad heute Morgen im Schaufenster gesehen",
        "Das Geschenk ist für die Konfirmation, könnt ihr es einpacken?",
        "Ich war mit dem Flixbus da, aber die Größe war weg",
        "Das ist das Paket von Zalando, nicht von euch",
        "Die Tasche von Liebeskind liegt noch an der Kasse",
        "Haben WMF, Fissler und Zwilling dieselbe Lieferzeit?",
        "Zwei Gutscheine: einer für Decathlon und einer für Thalia",
        "Ich habe mit dem Kundenservice gesprochen, der Umtausch passt",
        "Wir haben Hermes gebeten, es am Montag zu bringen",
        "Laut DHL war der Bote um 9 da",
        "Vielen Dank und liebe Grüße\nSchönen Sonntag",
        "Ich hole es an der Packstation beim Rewe ab",
        "Ich habe für das Weihnachtsessen und den Brunch reserviert",
        "~hab mit paypal bezahlt, komme morgen vorbei",
        "Ist das Paket von Amazon Prime schon da?",
        "BITTE BEIM NACHBARN ABGEBEN, 2. OG",
        "Habt ihr die Stan Smith in Cremeweiß?",
        "Kann ich mit Klarna in drei Raten zahlen?",
        "Ich suche die Tasche Marie aus der Frühjahrskollektion",
        "Ist das Ritter Sport Marzipan auch bei Edeka aus?",
        "Gibt es den Carhartt Hoodie mit dem Detroit Druck noch?",
        "Macht ihr zu Ostern den Osterzopf oder nur den Stollen?",
        "Macht die Filiale in der Schildergasse um 10 auf?",
        "Ich habe die Lidl Plus App geladen, finde aber den Coupon nicht",
    ),
}


def name_messages(language: str) -> Iterator[tuple[str, chat_tune.Gold]]:
    """Every template of the language filled REPEATS times with this set's own draw."""
    pools: dict[str, Sequence[str]] = {"first": _FIRST[language], "surnames": _SURNAMES[language]}
    yield from chat_tune.drawn(TEMPLATES[language], REPEATS, _SLOT, f"{SEED}-{language}", pools)


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(language), CLEAN[language])


def _listed(language: str) -> set[str]:
    """Case-folded given names of `recognizers/data/given_names*.tsv` and the names and surnames of
    mimesis's locales for `language` (the recipe's own sources; mimesis is the `ner` extra)."""
    import mimesis

    data = Path(__file__).resolve().parent.parent / "recognizers" / "data"
    known = {
        line.split("\t")[0].casefold()
        for file in data.glob("given_names*.tsv")
        for line in file.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    locales = {"it": ("it",), "es": ("es",), "pt": ("pt", "pt-br"), "de": ("de",)}[language]
    for locale in locales:
        person = json.loads((Path(mimesis.__file__).parent / "datasets" / locale / "person.json").read_text("utf-8"))
        for group in person["names"].values():
            known.update(n.casefold() for n in group)
        known.update(s.casefold() for s in person["surnames"])
    return known


def print_unlisted_share() -> None:
    """Per language, the share of gold names none of whose words any list holds."""
    for language in LANGS:
        known = _listed(language)
        golds = [text[a:b] for _, text, gold in examples(language) for a, b in gold]
        unlisted = [g for g in golds if not any(w.casefold() in known for w in g.replace("-", " ").split())]
        print(f"{language}: {len(golds)} gold names, {len(unlisted)} ({len(unlisted) / len(golds):.0%}) in no list")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--check", action="store_true", help="print the share of names no list holds, and stop")
    args = parser.parse_args()
    if args.check:
        print_unlisted_share()
        return
    rows = [row for lang in LANGS for row in examples(lang)]
    tally: ner_tune.Tally = {}
    ner_tune.report(__doc__.splitlines()[0], rows, args.show, tally)
    ner_tune.verdict(tally)


if __name__ == "__main__":
    main()
