"""Held-out evaluation set for person names in chat text, kept apart from the name rules.

Why a separate set: `bench.corpus` has names for en and fr only, in a few
templates, drawn from its own short lists, so it cannot say whether names are
protected in it/es/pt/de, or in positions no rule was written for. This set was
written and frozen *before* `recognizers/person_name_recognizer.py` existed:

- names come from the `Faker` package's localized person providers (it_IT,
  es_ES, pt_BR, de_DE, fr_FR, en_GB), a source the rules never read (the
  recognizer ships no name list at all);
- templates are chat sentences written here for the evaluation only, with
  names in many positions: self-introductions, honorifics, relatives and
  signatures, but also bare names mid-sentence, after verbs ("ho parlato con"),
  after prepositions ("a nome di"), in lists, as the first word, in lower case;
- the no-PII part is commerce chat full of capitalised product words, brands,
  weekdays, months, holidays and greetings, some after words that introduce a
  name elsewhere ("sono", "Grazie,");
- gold spans are the name only (not "signora", not "mia sorella").

`python -m bench.names_heldout --write` regenerated the file once; the file is
what is evaluated (`bench/data/names_heldout.jsonl`), and `load()` refuses it
when its SHA-256 differs from `FINGERPRINT`, so neither a new Faker release nor
an edit here can change the frozen set silently. Tuning used only hand-written
examples in tests/recognizers/test_person_name_recognizer.py, never this file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PATH = Path(__file__).resolve().parent / "data" / "names_heldout.jsonl"
FINGERPRINT = "0ab15533f4721477"
SEED = 20261204
LOCALES = {"it": "it_IT", "es": "es_ES", "pt": "pt_BR", "de": "de_DE", "fr": "fr_FR", "en": "en_GB"}
NAMES_PER_LANGUAGE = 300
CLEAN_PER_LANGUAGE = 150
LOWER_SHARE = 0.12  # messages typed all in lower case, as many people chat

# {full} first and last name, {first} first name, {last} last name. Each template is
# one chat message; "\n" is a line break inside the message.
TEMPLATES: dict[str, list[str]] = {
    "it": [
        "Buongiorno, sono {full} e aspetto ancora il pacco",
        "Salve, mi chiamo {full}, ho un problema con l'ordine",
        "Il pacco lo ritira mia sorella {first} domani mattina",
        "Può consegnarlo alla signora {last} del piano terra?",
        "Ho parlato ieri con {first} al telefono, mi ha detto di scrivervi",
        "L'ordine è intestato a {full}, non a me",
        "{first} e {first} passano in negozio sabato",
        "Grazie mille per l'aiuto!\n{full}",
        "Vorrei un cambio taglia per favore.\nCordiali saluti,\n{full}",
        "ciao, qui è {first}, il corriere non è passato",
        "A nome di {full} vorrei annullare la spedizione",
        "Il destinatario è {full}, via mail vi mando il resto",
        "Mio marito {first} ha pagato con la sua carta",
        "Chiedo per {first}: è arrivato il reso?",
        "Il dott. {last} mi ha consigliato questo modello",
        "Scusate, {first} {last} ha già fatto il reso la settimana scorsa",
    ],
    "es": [
        "Hola, soy {full} y todavía no me ha llegado el pedido",
        "Buenas, me llamo {full}, tengo una duda con la factura",
        "El paquete lo recoge mi hermana {first} mañana",
        "¿Pueden entregarlo a la señora {last} del segundo?",
        "Ayer hablé con {first} por teléfono y me dijo que os escribiera",
        "El pedido está a nombre de {full}",
        "{first} y {first} pasarán por la tienda el sábado",
        "Muchas gracias por todo\n{full}",
        "Quería cambiar la talla, por favor.\nUn saludo,\n{full}",
        "hola, aquí {first}, el repartidor no ha venido",
        "En nombre de {full} quiero anular el envío",
        "El destinatario es {full}, os mando el resto por correo",
        "Mi marido {first} pagó con su tarjeta",
        "Pregunto por {first}: ¿ha llegado la devolución?",
        "El Sr. {last} me recomendó este modelo",
        "Perdonad, {first} {last} ya hizo la devolución la semana pasada",
    ],
    "pt": [
        "Olá, sou {full} e ainda não recebi a encomenda",
        "Boa tarde, meu nome é {full}, tenho uma dúvida sobre a nota",
        "Quem vai buscar o pacote é minha mãe {first}",
        "Podem entregar para a Dona {first} do apartamento 12?",
        "Falei ontem com {first} por telefone e ele pediu para escrever aqui",
        "O pedido está no nome de {full}",
        "{first} e {first} vão passar na loja no sábado",
        "Muito obrigada pela ajuda\n{full}",
        "Queria trocar o tamanho, por favor.\nAbraços,\n{full}",
        "oi, aqui é {first}, o entregador não passou",
        "Em nome de {full} quero cancelar o envio",
        "O destinatário é {full}, mando o resto por e-mail",
        "Meu marido {first} pagou com o cartão dele",
        "Pergunto pela {first}: a devolução chegou?",
        "O Sr. {last} me indicou este modelo",
        "Desculpa, {first} {last} já fez a devolução semana passada",
    ],
    "de": [
        "Hallo, ich bin {full} und mein Paket ist noch nicht da",
        "Guten Tag, mein Name ist {full}, ich habe eine Frage zur Rechnung",
        "Das Paket holt meine Schwester {first} morgen ab",
        "Können Sie es bei Frau {last} im Erdgeschoss abgeben?",
        "Ich habe gestern mit {first} telefoniert, er meinte ich soll hier schreiben",
        "Die Bestellung läuft auf {full}",
        "{first} und {first} kommen am Samstag in den Laden",
        "Vielen Dank für die Hilfe\n{full}",
        "Ich möchte die Größe tauschen, bitte.\nViele Grüße\n{full}",
        "hi, hier ist {first}, der Bote war nicht da",
        "Im Namen von {full} möchte ich den Versand stornieren",
        "Empfänger ist {full}, den Rest schicke ich per Mail",
        "Mein Mann {first} hat mit seiner Karte bezahlt",
        "Ich frage für {first}: ist die Rücksendung angekommen?",
        "Herr {last} hat mir dieses Modell empfohlen",
        "Entschuldigung, {first} {last} hat die Rücksendung schon letzte Woche gemacht",
    ],
    "fr": [
        "Bonjour, je suis {full} et j'attends toujours mon colis",
        "Bonsoir, je m'appelle {full}, j'ai une question sur la facture",
        "C'est ma sœur {first} qui récupère le colis demain",
        "Vous pouvez le laisser à Mme {last} au rez-de-chaussée ?",
        "J'ai eu {first} au téléphone hier, il m'a dit de vous écrire",
        "La commande est au nom de {full}",
        "{first} et {first} passeront au magasin samedi",
        "Merci beaucoup pour votre aide\n{full}",
        "Je voudrais changer la taille svp.\nCordialement,\n{full}",
        "salut, c'est {first}, le livreur n'est pas passé",
        "De la part de {full}, je voudrais annuler l'envoi",
        "Le destinataire est {full}, je vous envoie le reste par mail",
        "Mon mari {first} a payé avec sa carte",
        "Je demande pour {first} : le retour est bien arrivé ?",
        "M. {last} m'a conseillé ce modèle",
        "Pardon, {first} {last} a déjà fait le retour la semaine dernière",
    ],
    "en": [
        "Hi, I'm {full} and my parcel still hasn't arrived",
        "Hello, my name is {full}, I have a question about the invoice",
        "My sister {first} will pick up the parcel tomorrow",
        "Could you leave it with Mrs {last} on the ground floor?",
        "I spoke to {first} on the phone yesterday and was told to message here",
        "The order is under {full}",
        "{first} and {first} will come by the shop on Saturday",
        "Thanks so much for the help\n{full}",
        "I'd like to swap the size please.\nKind regards,\n{full}",
        "hey, {first} here, the courier never came",
        "On behalf of {full} I'd like to cancel the delivery",
        "The recipient is {full}, I'll email you the rest",
        "My husband {first} paid with his card",
        "Asking for {first}: has the return arrived?",
        "Dr {last} recommended this model to me",
        "Sorry, {first} {last} already sent the return last week",
    ],
}  # fmt: skip

PRODUCTS = ["iPhone 15 Pro", "Samsung Galaxy S24 Ultra", "Nike Air Max", "PlayStation 5", "Apple Watch",
            "AirPods Pro", "Dyson V15", "Nespresso Vertuo", "Adidas Ultraboost", "MacBook Air",
            "Kindle Paperwhite", "Lego Technic", "Google Pixel 8", "Xiaomi Redmi Note 13", "Philips Hue",
            "Le Creuset", "Ray-Ban Wayfarer", "North Face Nuptse", "Tommy Hilfiger", "Calvin Klein",
            "Converse All Star", "Vans Old Skool", "Hugo Boss", "Ralph Lauren Polo", "Nintendo Switch OLED",
            "Moleskine Classic", "Stanley Quencher", "Dr. Martens 1460", "Levi's 501", "Birkenstock Arizona",
]  # fmt: skip
EVENTS = ["Black Friday", "Cyber Monday", "Prime Day", "Singles Day"]

CLEAN: dict[str, dict[str, list[str]]] = {
    "it": {
        "days": ["Lunedì", "Martedì", "Mercoledì", "Giovedì", "Venerdì", "Sabato", "Domenica"],
        "months": ["Gennaio", "Marzo", "Maggio", "Luglio", "Settembre", "Novembre", "Dicembre"],
        "templates": [
            "Buongiorno, l'{p} arriva entro {d}?", "Grazie Mille! Lo sconto del {e} vale anche per {p}?",
            "Sono contenta del {p}, ma la scatola era rovinata", "Avete ancora il {p} in Nero?",
            "Buonasera, il {p} è disponibile a {m}?", "Grazie,\nBuona giornata!",
            "Il {p} che ho preso {d} non si accende", "Saluti e Buon Natale a tutto il Team!",
            "Sono su {p} da un anno, posso fare la permuta?", "Ordine Premium Express con {p}, arriva {d}?",
        ],
    },
    "es": {
        "days": ["Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo"],
        "months": ["Enero", "Marzo", "Mayo", "Julio", "Septiembre", "Noviembre", "Diciembre"],
        "templates": [
            "Buenos días, ¿el {p} llega antes del {d}?", "¡Muchas Gracias! ¿El descuento del {e} vale para {p}?",
            "Estoy contenta con el {p}, pero la caja llegó rota", "¿Tenéis todavía el {p} en Negro?",
            "Buenas tardes, ¿el {p} estará en {m}?", "Gracias,\n¡Buen día!",
            "El {p} que compré el {d} no enciende", "Saludos y Feliz Navidad a todo el Equipo",
            "Soy Cliente Premium desde {m}, ¿tengo envío gratis del {p}?", "Pedido Express con {p}, ¿llega el {d}?",
        ],
    },
    "pt": {
        "days": ["Segunda-feira", "Terça-feira", "Quarta", "Quinta", "Sexta-feira", "Sábado", "Domingo"],
        "months": ["Janeiro", "Março", "Maio", "Julho", "Setembro", "Novembro", "Dezembro"],
        "templates": [
            "Bom dia, o {p} chega até {d}?", "Muito Obrigado! O desconto da {e} vale para o {p}?",
            "Adorei o {p}, mas a caixa chegou amassada", "Vocês ainda têm o {p} na cor Preto?",
            "Boa tarde, o {p} volta em {m}?", "Obrigada,\nBom Dia!",
            "O {p} que comprei na {d} não liga", "Abraços e Feliz Natal para toda a Equipe",
            "Sou Cliente VIP desde {m}, tenho frete grátis no {p}?", "Pedido Expresso com {p}, chega na {d}?",
        ],
    },
    "de": {
        "days": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        "months": ["Januar", "März", "Mai", "Juli", "September", "November", "Dezember"],
        "templates": [
            "Guten Tag, kommt das {p} bis {d}?", "Vielen Dank! Gilt der {e} Rabatt auch für das {p}?",
            "Ich bin zufrieden mit dem {p}, aber der Karton war kaputt", "Haben Sie das {p} noch in Schwarz?",
            "Guten Abend, ist das {p} im {m} wieder lieferbar?", "Danke,\nSchönen Tag noch!",
            "Das {p} vom {d} geht nicht an", "Viele Grüße und Frohe Weihnachten an das ganze Team",
            "Ich bin Stammkunde seit {m}, ist der Versand für das {p} gratis?",
            "Bestellung mit Express Versand für {p}, kommt sie am {d}?",
        ],
    },
    "fr": {
        "days": ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"],
        "months": ["Janvier", "Mars", "Mai", "Juillet", "Septembre", "Novembre", "Décembre"],
        "templates": [
            "Bonjour, le {p} arrive avant {d} ?", "Merci Beaucoup ! La remise du {e} marche pour le {p} ?",
            "Je suis ravie du {p}, mais le carton était abîmé", "Vous avez encore le {p} en Noir ?",
            "Bonsoir, le {p} revient en {m} ?", "Merci,\nBonne Journée !",
            "Le {p} acheté {d} ne s'allume pas", "Cordialement et Joyeux Noël à toute l'Équipe",
            "Je suis Client Premium depuis {m}, la livraison du {p} est offerte ?",
            "Commande Express avec {p}, elle arrive {d} ?",
        ],
    },
    "en": {
        "days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "months": ["January", "March", "May", "July", "September", "November", "December"],
        "templates": [
            "Good morning, will the {p} arrive by {d}?", "Thanks A Lot! Does the {e} discount cover the {p}?",
            "I'm happy with the {p} but the box was damaged", "Do you still have the {p} in Black?",
            "Good evening, is the {p} back in {m}?", "Thanks,\nHave a Great Day!",
            "The {p} I bought on {d} won't turn on", "Best wishes and Merry Christmas to the whole Team",
            "I'm a Premium Member since {m}, is shipping free on the {p}?",
            "Express Delivery order with {p}, will it come {d}?",
        ],
    },
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Example:
    language: str
    text: str
    gold: tuple[tuple[int, int], ...]  # PERSON spans
    kind: str  # "pii" or "clean"


def _fill(template: str, names: dict[str, list[str]], rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    text, gold, rest = "", [], template
    while "{" in rest:
        before, _, tail = rest.partition("{")
        slot, _, rest = tail.partition("}")
        value = rng.choice(names[slot])
        text += before
        gold.append((len(text), len(text) + len(value)))
        text += value
    return text + rest, gold


def build() -> list[Example]:
    """The set as generated (only `--write` calls this; the bench reads the frozen file)."""
    from faker import Faker  # a bench/test dependency only

    rng = random.Random(SEED)
    out: list[Example] = []
    for lang, locale in LOCALES.items():
        fake = Faker(locale)
        fake.seed_instance(SEED)
        count = 0
        while count < NAMES_PER_LANGUAGE:
            first = [fake.first_name() for _ in range(3)]
            last = [fake.last_name() for _ in range(3)]
            names = {"first": first, "last": last, "full": [f"{f} {ln}" for f, ln in zip(first, last, strict=True)]}
            text, gold = _fill(rng.choice(TEMPLATES[lang]), names, rng)
            if rng.random() < LOWER_SHARE:
                text = text.lower()
            out.append(Example(lang, text, tuple(gold), "pii"))
            count += len(gold)
        words = CLEAN[lang]
        for _ in range(CLEAN_PER_LANGUAGE):
            template = rng.choice(words["templates"])
            text = template.format(p=rng.choice(PRODUCTS), d=rng.choice(words["days"]),
                                   m=rng.choice(words["months"]), e=rng.choice(EVENTS))  # fmt: skip
            out.append(Example(lang, text, (), "clean"))
    return out


def dumps(examples: list[Example]) -> str:
    return "".join(
        json.dumps({"language": e.language, "text": e.text, "gold": [list(g) for g in e.gold], "kind": e.kind},
                   ensure_ascii=False) + "\n"
        for e in examples
    )  # fmt: skip


def fingerprint(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:16]


def load(path: Path = PATH, frozen: str = FINGERPRINT) -> list[Example]:
    """The frozen set; SystemExit if the file is not the one frozen."""
    raw = path.read_bytes()
    if fingerprint(raw) != frozen:
        raise SystemExit(f"{path.name} changed (fingerprint {fingerprint(raw)}, frozen {frozen})")
    out = []
    for line in raw.decode("utf-8").splitlines():
        row = json.loads(line)
        out.append(Example(row["language"], row["text"], tuple(tuple(g) for g in row["gold"]), row["kind"]))
    return out


def freeze_cli(doc: str, path: Path, build: Callable[[], list[Example]]) -> None:
    """Each held-out set's command: `--write` regenerates its file (only before freezing);
    either way the file's fingerprint is printed, the value its `load` is frozen to."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="regenerate the file (only before freezing)")
    args = parser.parse_args()
    if args.write:
        path.parent.mkdir(exist_ok=True)
        path.write_text(dumps(build()), encoding="utf-8")
    print(fingerprint(path.read_bytes()))


def main() -> None:
    freeze_cli(__doc__ or "", PATH, build)


if __name__ == "__main__":
    main()
