"""`python -m bench.names_tune_chat`: a third tuning set of the name rules, chat-style, it, es and de.

Written for the fifth round of the name rules, before any of them, without reading either
held-out name set (`bench/names_heldout*.py`, `bench/data/names_heldout*.jsonl`) or their
misses. The templates are chat as customers type it: self-introductions ("sono …", "soy …",
lower case "ciao sono giuseppe verdi"), third parties after a relative or a role ("mia sorella
…", "su compañero …", "meine Kollegin …"), titles, signatures under a message, names after
prepositions ("per …", "a nome di …", "para …", "für …"), at a message's end, in lists ("… e
…", "… y …", "… und …"), after emojis, double surnames ("García López"), particles ("de la",
"di", "De Luca", "von"), compound given names ("Maria Grazia", "José Luis").

The names come from `mimesis` 22.2.0's per-locale person lists (first names of both sexes,
surnames; MIT) drawn with a seed of this set's own, plus short hand-written lists of double
first names, particle surnames and accented Spanish surnames (mimesis writes "Garcia"): not from
`Faker`, the held-out sets' source. A template that starts with `~` is typed all in lower case.
The no-PII messages are chat with the same shape and no one in them (places, products, shops,
feasts after the same prepositions and relatives).

It prints, per language, names protected and no-PII messages unchanged, with the rules only
(en and fr keep their spaCy models, it, es and de have none: blank pipelines), and with `--show
N` up to N misses and false positives.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from bench import chat_tune
from bench.chat_tune import Example, fill

LANGS = ("it", "es", "de")
SEED = 20261205
REPEATS = 3  # each template filled with this many names

DOUBLE_FIRST: dict[str, tuple[str, ...]] = {
    "it": ("Maria Grazia", "Anna Rita", "Gian Paolo", "Maria Luisa", "Gian Carlo", "Rosa Anna",
           "Maria Chiara", "Pier Paolo", "Anna Lisa", "Maria Vittoria"),
    "es": ("José Luis", "María Jesús", "Juan Antonio", "María Dolores", "José Manuel", "Ana María",
           "Miguel Ángel", "María Pilar", "Juan José", "Rosa María"),
    "de": ("Hans-Georg", "Karl Heinz", "Anna Maria", "Klaus-Dieter", "Eva-Maria", "Hans Werner",
           "Marie-Theres", "Jan-Hendrik", "Lisa Marie", "Heinz-Josef"),
}  # fmt: skip
PARTICLE_SURNAMES: dict[str, tuple[str, ...]] = {
    "it": ("De Luca", "Di Stefano", "Lo Russo", "Dalla Costa", "Del Vecchio", "De Angelis",
           "Di Pietro", "La Rosa", "D'Amico", "Della Valle", "De Rosa", "Li Causi"),
    "es": ("de la Fuente", "del Río", "de la Cruz", "de León", "del Pino", "de la Torre",
           "de Castro", "de las Heras", "del Valle", "de Miguel"),
    "de": ("von Berg", "von der Heide", "zu Salm", "von Arnim", "van der Meer", "vom Hofe",
           "von Stein", "de Vries"),
}  # fmt: skip
ACCENTED_ES = ("García", "López", "Sánchez", "Martínez", "Fernández", "Gómez", "Pérez", "Jiménez",
               "Rodríguez", "Hernández", "Díaz", "Álvarez", "Muñoz", "Gutiérrez", "Vázquez",
               "Domínguez", "Ibáñez", "Peña", "Núñez", "Sáez", "Benítez", "Márquez", "Méndez")  # fmt: skip

# {n} first + surname, {f} first, {s} surname, {d} double first + surname, {p} first + particle
# surname, {w} first + two surnames (es), {g} double first name alone
TEMPLATES: dict[str, tuple[str, ...]] = {
    "it": (
        "Ciao, sono {n} e volevo sapere dove si trova il mio ordine",
        "~ciao sono {n}, il pacco non è ancora arrivato",
        "Mia sorella {f} ha ordinato lo stesso vestito, arriva insieme?",
        "Il pacco lo ritira mio cognato {n} domani",
        "Buongiorno, la signora {s} ha chiamato per il reso",
        "Grazie mille per l'aiuto!\n{n}",
        "Il regalo è per {n} 🎁",
        "Potete fare la fattura a nome di {d}?",
        "Al ritiro vengono {f} e {n}",
        "Ordine fatto da {n} 🙏 quando arriva?",
        "Scrivo per {n}, che non usa WhatsApp",
        "Il destinatario è {n}",
        "Consegnate pure a {n}, abita al terzo piano",
        "~mio marito {f} passa a ritirare domani",
        "Vi scrivo a nome di {p}",
        "Ciao {f}! Hai visto il mio messaggio?",
        "Il corriere ha chiamato {n} ma non ha risposto nessuno",
        "Sono la moglie di {n}, chiedo per lui",
        "Mi chiamo {d} e ho un problema con il pagamento",
        "Ho parlato con il vostro collega {n} ieri",
        "Buonasera, sono {p}, cliente da anni",
        "La spedizione è intestata a {p}",
        "Ok perfetto, grazie\n{f}",
        "👋 Sono {n}, ho un reso da fare",
        "Il pacco è arrivato a {n} invece che a me",
        "~il pacco è per {n} grazie",
        "Se non ci sono io lo prende {g}",
        "Può firmare anche mia madre, {n}",
        "Chi ritira? {n}",
        "Il numero è quello di {n}, chiamate lui",
        "~per favore chiamate {n} non me",
        "Ieri {n} ha pagato con la carta",
        "{n} e {n} hanno lo stesso ordine",
        # second batch, written after the first rules of this round (a check before more rules)
        "Saluti, {n}",
        "Firmato: {n}",
        "Cordiali saluti\n{d}",
        "Ci sentiamo, {f} 😊",
        "Grazie di tutto 🙏 {n}",
        "Sono {f}, la sorella di {n}",
        "Ho girato la mail a {n} e {f}",
        "Lo ritira la signora {n} o suo figlio {f}",
        "Per info chiedete a {n}",
        "Contatto: {n}",
        "Nome e cognome: {n}",
        "Referente per la consegna {n}",
    ),
    "es": (
        "Hola, soy {n} y quería saber dónde está mi pedido",
        "~hola soy {n}, el paquete no ha llegado",
        "Mi hermana {f} pidió el mismo vestido, ¿llega junto?",
        "El paquete lo recoge mi cuñado {n} mañana",
        "Buenos días, la señora {s} llamó por la devolución",
        "¡Muchas gracias por la ayuda!\n{n}",
        "El regalo es para {n} 🎁",
        "¿Podéis hacer la factura a nombre de {w}?",
        "A recogerlo vienen {f} y {n}",
        "Pedido hecho por {n} 🙏 ¿cuándo llega?",
        "Escribo por {n}, que no usa WhatsApp",
        "El destinatario es {w}",
        "Entregadlo a {n}, vive en el tercero",
        "~mi marido {f} pasa a recogerlo mañana",
        "Os escribo de parte de {p}",
        "¡Hola {f}! ¿Viste mi mensaje?",
        "El repartidor llamó a {n} pero no contestó nadie",
        "Soy la mujer de {n}, pregunto por él",
        "Me llamo {d} y tengo un problema con el pago",
        "Hablé con su compañero {n} ayer",
        "Buenas tardes, soy {w}, clienta desde hace años",
        "El envío está a nombre de {p}",
        "Vale perfecto, gracias\n{f}",
        "👋 Soy {n}, tengo que hacer una devolución",
        "El paquete le llegó a {n} en vez de a mí",
        "~el paquete es para {w} gracias",
        "Si no estoy yo lo recoge {g}",
        "Puede firmar también mi madre, {n}",
        "¿Quién lo recoge? {n}",
        "El número es el de {n}, llamadle a él",
        "~por favor llamad a {n} no a mí",
        "Ayer {n} pagó con tarjeta",
        "{n} y {n} tienen el mismo pedido",
        # second batch, written after the first rules of this round (a check before more rules)
        "Un saludo, {n}",
        "Firmado: {n}",
        "Atentamente\n{d}",
        "Nos vemos, {f} 😊",
        "Gracias por todo 🙏 {n}",
        "Soy {f}, la hermana de {n}",
        "Le reenvié el correo a {n} y {f}",
        "Lo recoge la señora {n} o su hijo {f}",
        "Para info preguntad a {n}",
        "Contacto: {n}",
        "Nombre y apellidos: {w}",
        "Titular de la cuenta {w}",
    ),
    "de": (
        "Hallo, ich bin {n} und wollte fragen, wo meine Bestellung ist",
        "~hallo ich bin {n}, das paket ist noch nicht da",
        "Meine Schwester {f} hat dasselbe Kleid bestellt, kommt das zusammen?",
        "Das Paket holt mein Schwager {n} morgen ab",
        "Guten Tag, Frau {s} hat wegen der Rücksendung angerufen",
        "Vielen Dank für die Hilfe!\n{n}",
        "Das Geschenk ist für {n} 🎁",
        "Könnt ihr die Rechnung auf {d} ausstellen?",
        "Zum Abholen kommen {f} und {n}",
        "Bestellt hat {n} 🙏 wann kommt es?",
        "Ich schreibe für {n}, der kein WhatsApp hat",
        "Empfänger ist {n}",
        "Bitte bei {n} abgeben, dritter Stock",
        "~mein mann {f} holt es morgen ab",
        "Ich schreibe im Auftrag von {p}",
        "Hallo {f}! Hast du meine Nachricht gesehen?",
        "Der Bote hat {n} angerufen, aber niemand ging ran",
        "Ich bin die Frau von {n} und frage für ihn",
        "Mein Name ist {d} und ich habe ein Problem mit der Zahlung",
        "Ich habe gestern mit eurem Kollegen {n} gesprochen",
        "Guten Abend, hier ist {p}, Kundin seit Jahren",
        "Die Lieferung läuft auf den Namen {p}",
        "Ok super, danke\n{f}",
        "👋 Ich bin {n} und möchte etwas zurückschicken",
        "Das Paket ist bei {n} gelandet statt bei mir",
        "~das paket ist für {n} danke",
        "Wenn ich nicht da bin, nimmt es {g} an",
        "Meine Mutter kann auch unterschreiben, {n}",
        "Wer holt es ab? {n}",
        "Die Nummer ist die von {n}, ruft bitte ihn an",
        "~bitte ruft {n} an nicht mich",
        "Gestern hat {n} mit Karte bezahlt",
        "{n} und {n} haben dieselbe Bestellung",
        # second batch, written after the first rules of this round (a check before more rules)
        "Gruß, {n}",
        "Unterschrift: {n}",
        "Mit freundlichen Grüßen\n{d}",
        "Bis bald, {f} 😊",
        "Danke für alles 🙏 {n}",
        "Ich bin {f}, die Schwester von {n}",
        "Ich habe die Mail an {n} und {f} weitergeleitet",
        "Abholen wird Frau {n} oder ihr Sohn {f}",
        "Fragt bei {n} nach",
        "Kontakt: {n}",
        "Vor- und Nachname: {n}",
        "Kontoinhaber {n}",
    ),
}

CLEAN: dict[str, tuple[str, ...]] = {
    "it": (
        "Ciao, sono contenta del vestito, grazie!",
        "~ciao sono in ritardo con il reso, va bene lo stesso?",
        "Mia sorella dice che il pacco è arrivato rotto",
        "Il regalo è per Natale 🎁 arriva in tempo?",
        "Potete fare la fattura a nome della ditta?",
        "Il destinatario è lo stesso dell'ordine precedente",
        "Ordine fatto ieri 🙏 quando arriva?",
        "Scrivo per il reso della borsa Nera",
        "Consegnate pure in portineria, grazie",
        "Buonasera, sono una cliente da anni",
        "Ok perfetto, grazie\nA presto",
        "👋 Sono interessata alla giacca Blu",
        "Il pacco è arrivato a casa dei vicini",
        "Chi ritira? Il corriere GLS o BRT?",
        "Vi scrivo per conto dell'ufficio acquisti",
        "Il numero è quello del negozio in centro",
        "Grazie mille per l'aiuto!\nBuona giornata",
        "Rosso e Blu sono disponibili in taglia M?",
        "Ho parlato con il vostro servizio clienti ieri",
        "Ieri ho pagato con PayPal",
    ),
    "es": (
        "Hola, soy clienta desde hace años, ¿tenéis descuentos?",
        "~hola soy de madrid, ¿enviáis a canarias?",
        "Mi hermana dice que el paquete llegó roto",
        "El regalo es para Navidad 🎁 ¿llega a tiempo?",
        "¿Podéis hacer la factura a nombre de la empresa?",
        "El destinatario es el mismo del pedido anterior",
        "Pedido hecho ayer 🙏 ¿cuándo llega?",
        "Escribo por la devolución del bolso Negro",
        "Entregadlo en la portería, gracias",
        "Buenas tardes, soy nueva en la tienda",
        "Vale perfecto, gracias\nUn saludo",
        "👋 Me interesa la chaqueta Azul",
        "El paquete llegó a casa de los vecinos",
        "¿Quién lo recoge? ¿SEUR o Correos?",
        "Os escribo de parte del departamento de compras",
        "El número es el de la tienda del centro",
        "¡Muchas gracias por la ayuda!\nBuen día",
        "¿Rojo y Azul los tenéis en la talla M?",
        "Hablé con su servicio de atención ayer",
        "Ayer pagué con Bizum",
    ),
    "de": (
        "Hallo, ich bin sehr zufrieden mit dem Kleid, danke!",
        "~hallo ich bin etwas spät mit der rücksendung, geht das noch?",
        "Meine Schwester sagt, das Paket kam kaputt an",
        "Das Geschenk ist für Weihnachten 🎁 kommt es rechtzeitig?",
        "Könnt ihr die Rechnung auf die Firma ausstellen?",
        "Empfänger ist derselbe wie bei der letzten Bestellung",
        "Bestellt habe ich gestern 🙏 wann kommt es?",
        "Ich schreibe wegen der Rücksendung der Tasche in Schwarz",
        "Bitte beim Nachbarn abgeben, danke",
        "Guten Abend, ich bin neu hier im Shop",
        "Ok super, danke\nSchönen Tag noch",
        "👋 Ich interessiere mich für die Jacke in Blau",
        "Das Paket ist bei den Nachbarn gelandet",
        "Wer holt es ab? DHL oder Hermes?",
        "Ich schreibe im Auftrag der Einkaufsabteilung",
        "Die Nummer ist die vom Laden in der Innenstadt",
        "Vielen Dank für die Hilfe!\nSchönes Wochenende",
        "Gibt es Rot und Blau auch in Größe M?",
        "Ich habe gestern mit dem Kundenservice gesprochen",
        "Gestern habe ich mit Klarna bezahlt",
    ),
}

_SLOT = re.compile(r"\{([nfsdpwg])\}")
_MIMESIS_LOCALE = {"it": "it", "es": "es", "de": "de"}


def _mimesis(language: str) -> tuple[list[str], list[str]]:
    """First names (both sexes) and surnames of mimesis's locale, read from its data files."""
    import mimesis  # the `ner` extra: only tuning needs it

    path = Path(mimesis.__file__).parent / "datasets" / _MIMESIS_LOCALE[language] / "person.json"
    person = json.loads(path.read_text(encoding="utf-8"))
    first = sorted({n for names in person["names"].values() for n in names})
    return first, sorted(set(person["surnames"]))


def name_messages(language: str) -> Iterator[tuple[str, tuple[tuple[int, int], ...]]]:
    """Every template filled `REPEATS` times from a seeded draw, with the gold name spans."""
    rng = random.Random(f"{SEED}-{language}")
    first, surnames = _mimesis(language)
    if language == "es":
        surnames = [*surnames, *ACCENTED_ES]

    def value(kind: str) -> str:
        f, s = rng.choice(first), rng.choice(surnames)
        return {
            "n": f"{f} {s}",
            "f": f,
            "s": s,
            "d": f"{rng.choice(DOUBLE_FIRST[language])} {s}",
            "p": f"{f} {rng.choice(PARTICLE_SURNAMES[language])}",
            "w": f"{f} {s} {rng.choice(surnames)}",
            "g": rng.choice(DOUBLE_FIRST[language]),
        }[kind]

    yield from fill(TEMPLATES[language], REPEATS, _SLOT, value)


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(language), CLEAN[language])


def main() -> None:
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
