"""GivenNameRecognizer: listed first names anywhere in a sentence, and commerce words that are not names.

Hand-written sentences (the tuning cases of the recognizer), none taken from the held-out
name set of `bench/names_heldout.py`.
"""

from __future__ import annotations

from importlib import resources

import pytest

from recognizers import ALL, GivenNameRecognizer
from recognizers.given_name_recognizer import gazetteer
from tests.recognizers.helpers import found

NAMES = [
    # no cue word before the name: after verbs and prepositions, in lists, as the subject
    ("it", "Ho parlato ieri con Giulia al telefono", ["Giulia"]),
    ("it", "Può passare Federica a ritirarlo?", ["Federica"]),
    ("it", "Domani vengono Stefano e Chiara Colombo", ["Stefano", "Chiara Colombo"]),
    ("it", "Federico passa in negozio venerdì", ["Federico"]),
    ("es", "Lo recoge Alejandro Ruiz el martes", ["Alejandro Ruiz"]),
    ("es", "Se lo di a Carmen ayer por la tarde", ["Carmen"]),
    ("pt", "Quem recebe é o Thiago Ferreira", ["Thiago Ferreira"]),
    ("pt", "A Beatriz já pagou pelo Pix", ["Beatriz"]),
    ("pt", "Entregar para Ana dos Santos, por favor", ["Ana dos Santos"]),
    ("de", "Das Paket holt morgen Lukas Becker ab", ["Lukas Becker"]),
    ("de", "Kann Frank das Paket abholen?", ["Frank"]),
    ("de", "Gestern hat Sabine Hoffmann die Lieferung angenommen", ["Sabine Hoffmann"]),  # "hat": has, no hat
    ("de", "Bitte an Anna von der Leyen schicken", ["Anna von der Leyen"]),
    ("es", "Ayer hablé con Gonzalo de las Heras por teléfono", ["Gonzalo de las Heras"]),  # Spanish "de las"
    ("es", "El repartidor se lo dio a Beatriz de los Santos", ["Beatriz de los Santos"]),
    ("es", "Lo compró Carlos de los Reyes Magos", ["Carlos"]),  # a name ends on a name word, not "de los"
    ("es", "Se lo di a Ana de las tiendas del centro", ["Ana"]),
    ("de", "Die Bestellung läuft auf Jan-Hendrik de Vries", ["Jan-Hendrik de Vries"]),  # the north's Dutch "de"
    # two names that Portuguese word counts also call words, after a preposition put before a person
    ("pt", "Vou com Catarina Ferreira buscar", ["Catarina Ferreira"]),
    ("pt", "Deixei a encomenda com Duarte Gomes, a vizinha", ["Duarte Gomes"]),
    ("pt", "Falei com o Zé Ferreira ontem", ["Zé Ferreira"]),
    ("fr", "J'ai donné le colis à Camille Girard", ["Camille Girard"]),
    ("en", "Please give it to Oliver Bennett tomorrow", ["Oliver Bennett"]),
    ("en", "Can Paul pick up the parcel?", ["Paul"]),
    # a first name that is also a word counts alone mid-sentence, or with a surname after it
    ("es", "Hablé con Rosa ayer", ["Rosa"]),
    ("es", "Dale Cooper llamó ayer", ["Dale Cooper"]),  # "Dale" the interjection is alone
    ("es", "Hablé con Dale ayer", ["Dale"]),
    ("it", "Ho parlato con Valentino ieri", ["Valentino"]),  # a brand too, but not alone in the list
    ("es", "Lo recoge Santiago Pérez", ["Santiago Pérez"]),  # a place too, with a surname
    ("it", "Il pacco è per Rosa Bianchi", ["Rosa Bianchi"]),
    # lower case: a listed name that is no word, and the surname after it
    ("it", "il pacco lo prende federica colombo domani", ["federica colombo"]),
    ("en", "i am giuseppe verdi", ["giuseppe verdi"]),
    ("es", "se lo di a carmen ayer", ["carmen"]),
    ("pt", "quem recebe é ana souza", ["ana souza"]),  # a three-letter name with its surname
    # a name that is also a word, then another name-or-word that is not an everyday word with it
    ("es", "Rocío Mora ya ha pagado por transferencia", ["Rocío Mora"]),  # at the sentence start too
    ("pt", "Podem enviar em nome de Mariana Pinto?", ["Mariana Pinto"]),
    ("it", "Può firmare Anna Maria Serra al posto mio?", ["Anna Maria Serra"]),  # very popular: no word
    # hyphenated double first names
    ("de", "Kann Hans-Peter Müller an meiner Stelle unterschreiben?", ["Hans-Peter Müller"]),
    ("de", "Ich frage für Marie-Luise, meine Nachbarin", ["Marie-Luise"]),
    # the more popular spelling of an accented name: "Márcia" rare in the dictionary, common in the census
    ("pt", "Quem vai buscar o pacote é Márcia Cardoso", ["Márcia Cardoso"]),
    # all lower case: a very popular first name that is also a word, after "con"/"para"/"mit"…, with its surname
    ("es", "el paquete es para paula rodríguez, gracias", ["paula rodríguez"]),
    ("pt", "o pacote é para francisca nunes, obrigado", ["francisca nunes"]),
    # German capitalises nouns: a noun before "von" is no part of the name
    ("de", "Ich frage im Auftrag von Eva Maria Vogel", ["Eva Maria Vogel"]),
    ("de", "Ich habe die Jacke von Maria Schulz zurückgeschickt", ["Maria Schulz"]),
    # a product noun before a name in English is a relative clause, not a product
    ("en", "The dress Sarah ordered is too small", ["Sarah"]),
    ("en", "Is Sarah Jones back in the office?", ["Sarah Jones"]),  # "back", but not "in stock"
    ("en", "Mary Jones is in stock control", ["Mary Jones"]),  # a department, not goods
    ("en", "A Sarah Jones rang about the refund", ["Sarah Jones"]),  # "a", unlike "the", comes before people
    ("en", "an Emily Clarke from accounts rang", ["Emily Clarke"]),
    ("en", "The gift is for Emma Turner, thanks", ["Emma Turner"]),  # "The" starts the sentence, not her run
    # fifth round: names no first-name list holds, by their place in the sentence
    ("it", "Il pacco l'ha ritirato Ricciarda Varriale ieri", ["Ricciarda Varriale"]),  # a rare listed name
    ("es", "El destinatario es Edurne Goikoetxea", ["Edurne Goikoetxea"]),
    ("de", "Gestern hat Kriemhild Schulte mit Karte bezahlt", ["Kriemhild Schulte"]),  # a rare listed name
    ("de", "Zum Abholen kommen Ishild und Lutz Weber", ["Ishild", "Lutz Weber"]),  # in a list with a name
    ("it", "Passano Ubaldesca e Chiara Colombo", ["Ubaldesca", "Chiara Colombo"]),
    ("es", "Lo recogen Lucía Gómez y Edurne", ["Lucía Gómez", "Edurne"]),
    ("it", "La spedizione è per Renata Lo Russo", ["Renata Lo Russo"]),  # a capitalised particle
    ("it", "Il pacco è di Marta Dalla Costa", ["Marta Dalla Costa"]),
    ("es", "Lo recoge Vicente Diez mañana", ["Vicente Diez"]),  # a surname that is a number
    ("es", "El regalo es para María Jesús Reyes", ["María Jesús Reyes"]),  # or a feast
    ("it", "ho parlato con rocco de mello ieri", ["rocco de mello"]),  # lower case, a particle
    ("es", "el paquete es para nicolás garcía herrera gracias", ["nicolás garcía herrera"]),  # two surnames
    # a lower-case name that is also an everyday word stays a name before its surname, after "con", "avec"…,
    # and in a text typed without capitals
    ("es", "Soy la mujer de dani Garcia, pregunto por él", ["dani", "Garcia"]),
    ("it", "Ho parlato con giulia ieri", ["giulia"]),
    ("it", "ho parlato con giulia", ["giulia"]),
    ("fr", "Julie arrive en 10 minutes", ["Julie"]),  # a number that is no size
]


# first names of many origins the built list lacks or calls rare (data/given_names_more.tsv), alone
# after a verb or preposition; particles written with capitals and an elided "d'" inside a surname
MORE_NAMES = [
    ("en", "I passed the receipt to Kwabena yesterday", ["Kwabena"]),
    ("en", "The refund went to Saoirse, not to me", ["Saoirse"]),
    ("en", "Please ring Chukwuemeka about the sofa", ["Chukwuemeka"]),
    ("it", "Chiedete ad Agnieszka in cassa", ["Agnieszka"]),
    ("it", "Lascia lo scontrino a Dritan, grazie", ["Dritan"]),
    ("it", "ho dato il resto a svitlana", ["svitlana"]),
    ("fr", "J'ai laissé le colis à Ousmane hier", ["Ousmane"]),
    ("en", "I spoke to Pieter Van Der Linde about the invoice", ["Pieter Van Der Linde"]),
    ("fr", "Commande passée par Yann Le Bihan", ["Yann Le Bihan"]),
    ("fr", "Livrez à Bertrand d'Estaing, s'il vous plaît", ["Bertrand d'Estaing"]),
    # an English possessive is no part of the name; a listed brand keeps it
    ("en", "Chinedu's parcel is still at the depot", ["Chinedu"]),
    ("en", "It went to Oliver Bennett's old flat", ["Oliver Bennett"]),
    ("en", "Do you sell Levi's in black?", []),
    # a form's "Surname, Given" opening a line; not after an everyday word or a place
    ("en", "Hargreaves, Kwabena - invoice 3391", ["Hargreaves, Kwabena"]),
    ("en", "Thanks, Kwabena", ["Kwabena"]),
    ("en", "London, Kwabena", ["Kwabena"]),
    # a lower-case surname that ends like a participle is still a surname after a first name
    ("it", "ho dato lo scontrino a gianluca esposito", ["gianluca esposito"]),
    ("it", "il pacco è per rosaria caputo", ["rosaria caputo"]),
    ("es", "lo recoge alejandro delgado mañana", ["alejandro delgado"]),
    ("it", "ho dato lo scontrino a gianluca ieri", ["gianluca"]),
    # an Italian given name that is also a word, opening a sentence as a subject: auxiliary + participle
    ("it", "Serena ha ritirato il pacco ieri", ["Serena"]),
    ("it", "Grazie. Chiara mi ha detto di scrivervi", ["Chiara"]),
    ("it", "Rosa è il colore più venduto", []),
    ("it", "Nero ha fatto furore quest'anno", []),  # a colour
    # ... or a verb only people do in chat, or "… e io"
    ("it", "Marina non trova più lo scontrino", ["Marina"]),
    ("it", "Grazia aspetta ancora il rimborso", ["Grazia"]),
    ("it", "Fortunato mi richiama dopo pranzo", ["Fortunato"]),
    ("it", "Chiara e io abbiamo ordinato le stesse scarpe", ["Chiara"]),
    ("it", "Bianca non è disponibile in taglia M?", []),  # a colour, and no such verb
    ("it", "Serena la giornata, finalmente", []),
    ("it", "Stella cadente sulla scatola", []),
    # Basque, Catalan, Galician and modern Spanish names the built list calls rare
    ("es", "Le di el ticket a Asier ayer", ["Asier"]),
    ("es", "he hablado con maialen otxoa esta mañana", ["maialen otxoa"]),
    # a name and "… and I" opening a sentence is a person in any language, even a place's name
    ("es", "Santiago y yo pedimos la misma chaqueta", ["Santiago"]),
    ("en", "Fergus and I ordered the same jacket", ["Fergus"]),
    ("es", "Mi novio y yo pedimos la misma chaqueta", []),
    # a capitalised preposition opening the message is read as in lower case ("per Marco")
    ("it", "Per Marco e suo marito Davide", ["Marco", "Davide"]),
    ("es", "Para Rocío, gracias", ["Rocío"]),
    ("es", "De Rosa el vestido, por favor", []),
    ("de", "Meine Aurora kam mit gesprungenem Schirm an", []),
    ("de", "Mit Greta 2 bestellt", []),
    # … and an English request with the person as its object
    ("en", "Let Bradley know it's ready", ["Bradley"]),
    ("en", "Ring Doorbell stopped working", []),
    # a text typed in capitals: a first name with its surname, never a brand or a lone word
    ("it", "ORDINE PER VERONICA BONETTI", ["VERONICA BONETTI"]),
    ("en", "PARCEL FOR HOLLIE TREADWELL PLEASE", ["HOLLIE TREADWELL"]),
    ("en", "DO YOU HAVE TOMMY HILFIGER JACKETS", []),
    ("es", "QUIERO EL PERFUME CAROLINA HERRERA", []),
    ("es", "NO ME HA LLEGADO EL PEDIDO DE ZARA", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), MORE_NAMES)
def test_names_of_many_origins_and_particles(language: str, text: str, expected: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), NAMES)
def test_names_without_a_cue_word(language: str, text: str, expected: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == expected


NOT_NAMES = [
    ("it", "Avete la Maglia Rosa in taglia M?"),  # a colour in a product name
    ("it", "Rosa è il colore più venduto"),  # a word of the language starting the sentence
    ("it", "Cerco una borsa Michael Kors nera"),  # a brand named after a person
    ("en", "Is the Hugo Boss jacket back in stock?"),
    ("pt", "O Nike Air Max chega na Segunda-feira?"),  # a rare name ("Nike") beside product words
    ("en", "The Galaxy S24 Max is sold out"),
    ("en", "Will you ship it on Monday?"),  # a stop word that is also a name
    ("de", "Kann ich mit Mastercard zahlen?"),
    ("it", "Il Corso di Cucina Base costa 49 euro"),
    ("en", "GLS or DHL, whatever is faster"),  # codes
    ("it", "ok grazie mille, a presto"),  # lower case with no name
    ("it", "Avete offerte per San Valentino?"),  # saints' days, churches, places
    ("it", "Chiuso per Sant'Ambrogio e per l'Immacolata"),
    ("pt", "Entregam antes do São João?"),
    # a saint inside a shop's name, after its trade noun
    ("pt", "O Mercadinho São Jorge aceita cartão?"),
    ("es", "La Frutería Santa Ana cierra a las dos"),
    ("it", "La Tabaccheria Santa Rita vende i francobolli?"),
    # a relative's accented word is not the English name it spells without accents ("mãe", "Mae")
    ("pt", "a minha mãe disse que chegou errado"),
    ("pt", "minha irmã adorou o perfume"),
    ("fr", "Livraison avant la Saint-Valentin ?"),
    ("de", "Ist am Sankt Martin offen?"),
    ("en", "Can I exchange the Marina Dress for the Sofia Chair?"),  # products named like people
    # an article before the run, or "in stock" after it: English names a thing so, never a person
    ("en", "Thanks, waiting for the Giulietta. Have a good day"),
    ("en", "Do you still have the Bershka Giulietta in size M?"),
    ("en", "How much are the Holly Wreath and the Ivy Garland?"),
    ("en", "Is the Victoria sponge cake tin in stock?"),
    ("en", "Is Emma back in stock?"),
    ("en", "Is Stella still out of stock?"),
    ("es", "¿Las Stan Smith o las Chuck Taylor?"),
    ("pt", "5418 4856 5971 4024 val 09/27"),  # a short lower-case name alone: an abbreviation
    ("en", "la partita IVA che vi ho dato è sempre la stessa di prima: 12345678903"),  # Italian read as English
    ("pt", "meu email é ana.oliveira@example.com"),  # inside an address: the e-mail recognizer's
    # colours after a colour cue, even colours that are first names
    ("it", "Avete la borsa in Nero o solo in Rosa?"),
    ("it", "La cover per Galaxy A55 in Celeste c'è?"),
    ("es", "La funda en Lila, ¿la tenéis?"),
    ("pt", "Vocês têm a sandália em Rosa?"),
    ("de", "Die Mütze in Rosa, gibt es die?"),
    # months: "Mai" is May in German and French
    ("de", "Kommt die Bestellung im Mai?"),
    ("fr", "Livraison prévue en Mai ?"),
    # a common word capitalised as a sentence's first is not a name's first word
    ("it", "Cerco Aurora Lamp in offerta"),
    # two everyday words, each also a name somewhere: a product, not a person
    ("en", "Is the Air Max back?"),
    ("it", "Il modello Bella Vita è finito?"),
    # "di" is a preposition in Italian, not a particle: a product of a brand
    ("it", "Avete ancora Linea Rosa di Lancôme in taglia M?"),
    # a product noun right before the run (after it, in English): a brand or a model
    ("it", "Cerco il profumo Jo Malone e la crema Charlotte Tilbury"),
    ("es", "¿El sofá Rocío de tres plazas viene desmontado?"),
    ("pt", "Vocês têm a sandália Melissa?"),
    ("fr", "Le canapé Céleste trois places arrive quand ?"),
    ("en", "Is the Charlotte Tilbury lipstick back?"),
    ("de", "Kommt das Modell Giulietta bald?"),
    # a lower-case name that is a word: only after a person's preposition, with a surname, in a text without capitals
    ("es", "la quiero para paula"),  # no surname
    ("es", "La quiero para paula rodríguez"),  # capitals elsewhere: they would have told
    ("es", "el regalo es de paula rodríguez"),  # "de" also puts colours and materials after it
    # a Spanish interjection that is an English first name, alone at a sentence's start
    ("es", "Dale, lo mando mañana"),
    ("es", "Perfecto. Dale gracias"),
    # a hyphenated pair of words is no double first name
    ("it", "Meglio Ray-Ban o un'altra marca?"),
    # unlisted capitalised pairs that are products: after an article, with a particle, a colour, a place
    ("it", "Buongiorno, il Clio Geox ha la garanzia italiana?"),
    ("pt", "Ainda têm Clio da Geox no tamanho M?"),
    ("it", "Meglio Schwarz Swatch o un'altra marca?"),
    ("es", "Busco algo, ¿mejor Kiko Milano u otra marca?"),
    ("es", "¿Las tenéis en Rojo y Azul?"),  # a list of colours, no name beside them
    ("it", "Avete Kartell Bourgie?"),  # two words no list holds: a brand and its product as often as a person
    ("it", "Spedite con Nexive Posta?"),
    # lower-case everyday words that are also first names, in a text with capitals or after an article
    ("fr", "La commande indique livrée mais je n'ai rien, merci"),
    ("fr", "je suis client et je n'ai rien reçu"),  # "rien" and the word after it: no name and surname
    ("fr", "Je voudrais un devis pour la révision"),
    ("fr", "Le jean est trop grand, je peux l'échanger ?"),
    ("de", "Gibt es einen Ersatzwagen, solange die Reparatur dauert?"),
    # a product noun before a model named like a person, or a size after it
    ("fr", "La blouse Apolline existe en écru ?"),
    ("fr", "Le trench Augustin se lave en machine ?"),
    ("fr", "La monture Marcel est prise en charge ?"),
    ("fr", "Le brunch inclut les œufs Bénédicte ?"),
    ("fr", "Je prends la Margaux en M ou en L ?"),
    ("fr", "J'hésite entre la jupe Adèle et la Suzanne en 38"),
    ("fr", "Je cherche un cadeau, plutôt Yves Rocher ou une autre marque ?"),  # a brand named after a person
    ("fr", "La poussette Romy se plie d'une main ?"),  # a product noun before a first name
]


@pytest.mark.parametrize(("language", "text"), NOT_NAMES)
def test_commerce_words_are_not_names(language: str, text: str) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == []


def test_scores_order_the_evidence() -> None:
    rec = GivenNameRecognizer(supported_language="it")
    [capitalised] = rec.analyze("Ho parlato con Giulia", ["PERSON"])
    [ambiguous] = rec.analyze("Ho parlato con Rosa", ["PERSON"])
    [lower] = rec.analyze("ho parlato con giulia", ["PERSON"])
    assert capitalised.score > ambiguous.score > lower.score >= 0.6


def test_the_lists_ship_inside_the_package_and_load_once() -> None:
    data = resources.files("recognizers") / "data"
    assert (data / "given_names.tsv").is_file() and (data / "stop_words.tsv").is_file()
    assert gazetteer() is gazetteer()  # every language's instance shares one copy
    lists = gazetteer()
    assert len(lists.popularity) > 40_000
    assert "rosa" in lists.words_in and "it" in lists.words_in["rosa"]
    assert {"it", "es", "pt", "de", "fr", "en"} <= set(lists.stop_words)


def test_registered_in_every_language() -> None:
    assert GivenNameRecognizer in ALL


def test_the_shipped_lists_carry_their_licences() -> None:
    """given_names.tsv is a modified GFDL document, places.tsv GeoNames data (CC BY 4.0) and
    common_words.tsv wordfreq data (CC BY-SA 4.0): each must say so in its own header, wherever
    the package is copied."""
    data = resources.files("recognizers") / "data"
    names_header = (data / "given_names.tsv").read_text(encoding="utf-8")[:1500]
    places_header = (data / "places.tsv").read_text(encoding="utf-8")[:800]
    assert "GNU Free Documentation" in names_header and "gender-guesser" in names_header
    assert "GeoNames" in places_header and "CC BY 4.0" in places_header
    common_header = (data / "common_words.tsv").read_text(encoding="utf-8")[:800]
    assert "wordfreq" in common_header and "Attribution-ShareAlike 4.0" in common_header


def test_the_common_words_ship_for_every_language() -> None:
    common = gazetteer().common
    assert {"it", "es", "pt", "de", "fr", "en"} <= set(common)
    assert "cerco" in common["it"] and "busco" in common["es"] and "auftrag" in common["de"]


# Names the lemma tables list in lower case as if they were words ("rodrigo", "catarina", "caio"):
# `names_not_words.tsv` takes the flag away, so they count alone, at a sentence's start and typed
# in lower case, like any other name. Real words beside them stay words.
NAMES_NOT_WORDS = [
    ("pt", "Rodrigo vai buscar a encomenda amanhã", ["Rodrigo"]),
    ("pt", "Catarina pediu a troca do tamanho", ["Catarina"]),
    ("pt", "Caio ligou hoje de manhã", ["Caio"]),
    ("pt", "falei com caio ontem sobre o pedido", ["caio"]),
    ("pt", "entreguei a juliana o pacote", ["juliana"]),
    ("es", "Lucía recogerá el pedido mañana", ["Lucía"]),
    ("es", "hablé con pablo ayer", ["pablo"]),
    ("pt", "Aos domingos a loja está fechada?", []),
    ("pt", "Tem a blusa rosa em tamanho M?", []),
    ("es", "Tienen marcos para fotos de 20x30?", []),
    ("it", "Sara pronto domani?", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), NAMES_NOT_WORDS)
def test_names_the_lemma_tables_call_words(language: str, text: str, expected: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == expected


def test_the_names_not_words_list_only_removes_flags_the_built_list_sets() -> None:
    """A rebuilt given_names.tsv that no longer flags a name makes its line dead weight: drop it."""
    data = resources.files("recognizers") / "data"
    built: dict[str, set[str]] = {}
    for line in (data / "given_names.tsv").read_text(encoding="utf-8").splitlines():
        if line and line[0] != "#":
            name, _, langs = line.split("\t")
            built[name] = set(langs.split(","))
    lists = gazetteer()
    for line in (data / "names_not_words.tsv").read_text(encoding="utf-8").splitlines():
        if line and line[0] != "#":
            name, langs = line.split("\t")
            assert set(langs.split(",")) <= built[name], name
            assert not set(langs.split(",")) & lists.words_in[name], name
    assert "pt" in lists.words_in["rosa"] and "pt" in lists.words_in["domingos"]


# A stop word opening a run reads as in lower case mid-sentence; a clock time or a phone number after
# a name is no model number; a name frequent in text but no lemma counts with a rare surname.
OPENERS_TIMES_FREQUENT = [
    ("en", "Is Carys working today?", ["Carys"]),
    ("es", "¿Eres Nieves? hablamos la semana pasada", ["Nieves"]),
    ("it", "Secondo Serena l'ordine è partito lunedì", ["Serena"]),
    ("en", "Collected by: Sarah Illingworth 14:32", ["Sarah Illingworth"]),
    ("en", "Sarah Illingworth 07700 900123", ["Sarah Illingworth"]),
    ("en", "I spoke with Poppy Blenkinsop on Friday", ["Poppy Blenkinsop"]),
    ("it", "Ho parlato con Jacopo Fadda ieri", ["Jacopo Fadda"]),
    # and what stays out: an article before, a colour, a model number, a price, two frequent words
    ("es", "¿Es Rosa el color?", []),
    ("en", "Is Amber in stock?", []),
    ("en", "Air Max 90", []),
    ("en", "Lucy 12.30 delivery", []),
    ("en", "On Tue, 4 Nov 2026 at 18:40, Support wrote:", []),
    ("en", "My Stella arrived with a cracked shade", []),
    ("en", "Can Luna be delivered before Friday?", []),
    ("en", "Two Chelsea buns and a loaf of sourdough please", []),
    ("fr", "De Paris à Marseille il faut 2 jours", []),
    ("de", "Wird Luna mit Wandhalterung geliefert?", []),
    ("en", "Velvet Rouge lipstick", []),
    ("en", "Mario Dawson from Dawson GmbH called", ["Mario Dawson"]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), OPENERS_TIMES_FREQUENT)
def test_openers_times_and_names_frequent_in_text(language: str, text: str, expected: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # German genitive: a first name and a bare "s" before the noun it owns
        ("Helgas Jacke hat einen Fehler", ["Helgas"]),
        ("Ist das Winfrieds Bestellung?", ["Winfrieds"]),
        # no noun after it, a brand, or a word in its own right: nothing
        ("Das Paket ist Helgas", []),
        ("Levis Jeans in 32/34 bitte", []),
        ("Die Jeans Größe 32", []),
        ("Mars Riegel sind aus", []),
        ("Der Mixer Philips Serie 5000 ist laut", []),  # a brand after its noun, a model number
    ],
)
def test_a_german_genitive(text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language="de"), text) == names
