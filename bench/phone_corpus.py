"""National phone numbers in chat text, with no region configured: evaluation sets frozen in files.

What it measures: phone numbers typed the way people of a country type them at home
("347 123 4567", "3471234567", "347.123.4567", "(347) 123-4567", "06-82237745",
"0151/23456789"), which say nothing about their country, in chat sentences of the
country's language. Each message also carries the customer's own number (`wa_id`, as
WhatsApp gives it, of the same country: most people's friends and shops are at home), so
the bench can ask what each thing Veil knows adds: nothing, the message's language, the
customer's calling code.

Kept apart from the rules: the numbers start from the `phonenumbers` package's example
numbers per (country, type) with all but their first digit(s) redrawn, kept only when the
numbering plan says they are valid and of that type (a number no plan allows is nobody's phone); they are written in
the national forms of `_written` below, built here by hand from each country's usual form
(not with the recognizer's candidate regex or scores). The sentence templates and the
no-PII messages (order numbers, prices, dates, EAN barcodes, tracking and postcodes, the
digit runs a phone rule could mistake) were written for this set only. The files are the
sets: `bench/data/phones_<split>.jsonl`, with their SHA-256 prefixes in `SPLITS`
(`load()` refuses a file that differs). Both were written and frozen before the region
inference existed; "tune" may be looked at, "heldout" is only run.

Format: one JSON object a line: country (IT ES BR PT DE FR GB US IN, or "" for no-PII),
language (it es pt pt de fr en en en), text, gold ([["PHONE_NUMBER", start, end]] or []),
kind ("pii" / "clean"), wa_id (the customer's own number, digits with country code).

Regenerate (only with a new file name and fingerprint, never in place):
    .venv/bin/python -m bench.phone_corpus --split heldout --write /tmp/phones.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

LANGUAGES = ("en", "fr", "it", "pt", "es", "de")
COUNTRIES: dict[str, tuple[str, ...]] = {
    "it": ("IT",), "es": ("ES",), "pt": ("BR", "PT"), "de": ("DE",), "fr": ("FR",), "en": ("GB", "US", "IN"),
}  # fmt: skip
PER_LANGUAGE = 330
CLEAN_PER_LANGUAGE = 160
DATA = Path(__file__).parent / "data"
SPLITS = {
    "tune": (20261206, DATA / "phones_tune.jsonl", "b3b5259daba63331"),
    "heldout": (20261207, DATA / "phones_heldout.jsonl", "0812fb6f9a771be2"),
}

TEMPLATES: dict[str, tuple[str, ...]] = {
    "it": (
        "Potete richiamarmi al {p}? Grazie",
        "il mio cell è {p}",
        "Se il corriere non mi trova chiami il {p}",
        "{p} questo è il numero di mia moglie, chiamate lei",
        "Buonasera, scrivetemi pure su WhatsApp al {p} per la consegna",
        "ok {p}",
        "Per il ritiro: Marco, {p}, dopo le 17",
        "ho cambiato numero, adesso è {p}",
    ),
    "es": (
        "¿Me podéis llamar al {p}? Gracias",
        "mi móvil es {p}",
        "Si el repartidor no me encuentra que llame al {p}",
        "{p} es el número de mi mujer, llamadla a ella",
        "Buenas, escribidme por WhatsApp al {p} para la entrega",
        "vale {p}",
        "Para la recogida: Lucía, {p}, a partir de las 17",
        "he cambiado de número, ahora es el {p}",
    ),
    "pt": (
        "Podem me ligar no {p}? Obrigado",
        "meu celular é {p}",
        "Se o entregador não me achar liga para {p}",
        "{p} esse é o número da minha esposa, liguem para ela",
        "Boa tarde, me chamem no zap {p} para a entrega",
        "ok {p}",
        "Para a retirada: Ana, {p}, depois das 17h",
        "mudei de número, agora é {p}",
    ),
    "de": (
        "Könnt ihr mich unter {p} zurückrufen? Danke",
        "meine Handynummer ist {p}",
        "Falls der Bote mich nicht findet, bitte {p} anrufen",
        "{p} ist die Nummer meiner Frau, ruft bitte sie an",
        "Guten Abend, schreibt mir gern per WhatsApp an {p} wegen der Lieferung",
        "ok {p}",
        "Zur Abholung: Jonas, {p}, ab 17 Uhr",
        "hab eine neue Nummer, jetzt {p}",
    ),
    "fr": (
        "Vous pouvez me rappeler au {p} ? Merci",
        "mon portable c'est le {p}",
        "Si le livreur ne me trouve pas qu'il appelle le {p}",
        "{p} c'est le numéro de ma femme, appelez-la",
        "Bonsoir, écrivez-moi sur WhatsApp au {p} pour la livraison",
        "ok {p}",
        "Pour le retrait : Julie, {p}, après 17h",
        "j'ai changé de numéro, c'est le {p} maintenant",
    ),
    "en": (
        "Can you call me back on {p}? Thanks",
        "my mobile is {p}",
        "If the driver can't find me ring {p}",
        "{p} that's my wife's number, call her instead",
        "Evening, text me on WhatsApp at {p} about the delivery",
        "ok {p}",
        "For the pickup: Sam, {p}, after 5pm",
        "got a new number, it's {p} now",
    ),
}

# No-PII messages: digit runs that are not phone numbers, {o} an order number (6-10 digits),
# {e} an EAN-13 barcode, {d} a date, {c} a postcode.
CLEAN: dict[str, tuple[str, ...]] = {
    "it": (
        "Ordine n. {o}: quando arriva?", "Il codice a barre è {e}, lo avete?", "Ho pagato 129,90 € il {d}",
        "Spedizione {o} ferma a {c} da 3 giorni", "Fattura {o} del {d}, importo 1.250,00",
        "taglia 42, quantità 2, codice articolo {o}", "il reso {o} è partito alle 10:30",
        "EAN {e}, prezzo 19,99", "consegna prevista il {d} a {c}", "ordine {o} pagato, CAP {c}",
    ),
    "es": (
        "Pedido n.º {o}: ¿cuándo llega?", "El código de barras es {e}, ¿lo tenéis?", "Pagué 129,90 € el {d}",
        "El envío {o} está parado en {c} desde hace 3 días", "Factura {o} del {d}, importe 1.250,00",
        "talla 42, cantidad 2, referencia {o}", "la devolución {o} salió a las 10:30",
        "EAN {e}, precio 19,99", "entrega prevista el {d} en {c}", "pedido {o} pagado, CP {c}",
    ),
    "pt": (
        "Pedido nº {o}: quando chega?", "O código de barras é {e}, vocês têm?", "Paguei R$ 129,90 em {d}",
        "A encomenda {o} está parada em {c} há 3 dias", "Nota fiscal {o} de {d}, valor 1.250,00",
        "tamanho 42, quantidade 2, código {o}", "a devolução {o} saiu às 10:30",
        "EAN {e}, preço 19,99", "entrega prevista para {d} em {c}", "pedido {o} pago, CEP {c}",
    ),
    "de": (
        "Bestellung Nr. {o}: wann kommt sie?", "Der Barcode ist {e}, habt ihr den?", "Ich habe am {d} 129,90 € bezahlt",
        "Sendung {o} hängt seit 3 Tagen in {c}", "Rechnung {o} vom {d}, Betrag 1.250,00",
        "Größe 42, Menge 2, Artikelnummer {o}", "die Retoure {o} ging um 10:30 raus",
        "EAN {e}, Preis 19,99", "Lieferung geplant am {d} in {c}", "Bestellung {o} bezahlt, PLZ {c}",
    ),
    "fr": (
        "Commande n° {o} : elle arrive quand ?", "Le code-barres est {e}, vous l'avez ?", "J'ai payé 129,90 € le {d}",
        "Le colis {o} est bloqué à {c} depuis 3 jours", "Facture {o} du {d}, montant 1 250,00",
        "taille 42, quantité 2, référence {o}", "le retour {o} est parti à 10h30",
        "EAN {e}, prix 19,99", "livraison prévue le {d} à {c}", "commande {o} payée, CP {c}",
    ),
    "en": (
        "Order no. {o}: when will it arrive?", "The barcode is {e}, do you stock it?", "I paid 129.90 on {d}",
        "Parcel {o} has been stuck in {c} for 3 days", "Invoice {o} dated {d}, amount 1,250.00",
        "size 9, quantity 2, item code {o}", "the return {o} left at 10:30",
        "EAN {e}, price 19.99", "delivery due {d} in {c}", "order {o} paid, postcode {c}",
    ),
}  # fmt: skip
POSTCODES = {"it": "20121", "es": "28013", "pt": "01304-001", "de": "10115", "fr": "75011", "en": "SW1A 1AA"}


@dataclass(frozen=True, slots=True)
class PhoneMessage:
    country: str
    language: str
    text: str
    gold: tuple[tuple[str, int, int], ...]
    kind: str
    wa_id: str


def _number(region: str, kind: int, rng: random.Random) -> phonenumbers.PhoneNumber:
    """A valid number of `region` and `kind`: its example number with all but its first digit(s) redrawn."""
    example = phonenumbers.example_number_for_type(region, kind)
    assert example is not None, (region, kind)  # noqa: S101 - every region here has both kinds
    nsn = phonenumbers.national_significant_number(example)
    for attempt in range(10_000):  # fewer digits kept first (varied prefixes), more as tries fail
        keep = min(len(nsn) - 4, 1 + attempt // 500)
        digits = nsn[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - keep))
        number = phonenumbers.parse("+" + str(example.country_code) + digits, None)
        either = (kind, PhoneNumberType.FIXED_LINE_OR_MOBILE)  # US and IN numbers are both
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in either:
            return number
    raise AssertionError((region, kind))


def _written(number: phonenumbers.PhoneNumber, rng: random.Random) -> str:
    """The number as someone of its country types it at home (never with + or 00)."""
    home = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    bare = re.sub(r"\D", "", home)
    groups = re.findall(r"\d+", home)
    first = groups[0]
    form = rng.randrange(8)
    if form == 0:
        return home
    if form == 1:
        return bare
    if form == 2:
        return ".".join(groups)
    if form == 3:
        return "-".join(groups)
    if form == 4:
        return f"{first}-{bare[len(first) :]}"
    if form == 5:
        return f"{first}/{bare[len(first) :]}"
    if form == 6:
        return f"({first}) {bare[len(first) : len(first) + 3]}-{bare[len(first) + 3 :]}"
    pairs = (
        [bare[i : i + 2] for i in range(0, len(bare), 2)]
        if len(bare) % 2 == 0
        else [bare[:3]] + [bare[i : i + 2] for i in range(3, len(bare), 2)]
    )
    return " ".join(pairs)


def _clean(lang: str, rng: random.Random) -> str:
    order = str(rng.randint(10**5, 10**10 - 1))
    ean = "".join(rng.choice("0123456789") for _ in range(12))
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(ean)) % 10) % 10
    day = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/202{rng.randint(4, 6)}"
    return rng.choice(CLEAN[lang]).format(o=order, e=ean + str(check), d=day, c=POSTCODES[lang])


def generate(seed: int) -> list[PhoneMessage]:
    rng = random.Random(seed)
    out: list[PhoneMessage] = []
    for lang in LANGUAGES:
        countries = COUNTRIES[lang]
        for k in range(PER_LANGUAGE):
            region = countries[k % len(countries)]
            kind = PhoneNumberType.MOBILE if rng.random() < 0.65 else PhoneNumberType.FIXED_LINE
            value = _written(_number(region, kind, rng), rng)
            own = _number(region, PhoneNumberType.MOBILE, rng)
            before, after = rng.choice(TEMPLATES[lang]).split("{p}")
            out.append(
                PhoneMessage(
                    region,
                    lang,
                    before + value + after,
                    (("PHONE_NUMBER", len(before), len(before) + len(value)),),
                    "pii",
                    f"{own.country_code}{phonenumbers.national_significant_number(own)}",
                )
            )
        for k in range(CLEAN_PER_LANGUAGE):
            region = countries[k % len(countries)]
            own = _number(region, PhoneNumberType.MOBILE, rng)
            out.append(
                PhoneMessage(
                    "",
                    lang,
                    _clean(lang, rng),
                    (),
                    "clean",
                    f"{own.country_code}{phonenumbers.national_significant_number(own)}",
                )
            )
    return out


def fingerprint(messages: list[PhoneMessage]) -> str:
    digest = hashlib.sha256()
    for m in messages:
        digest.update(repr((m.country, m.language, m.text, m.gold, m.kind, m.wa_id)).encode())
    return digest.hexdigest()[:16]


def write(messages: list[PhoneMessage], path: Path) -> None:
    rows = (json.dumps({"country": m.country, "language": m.language, "text": m.text,
                        "gold": [list(g) for g in m.gold], "kind": m.kind, "wa_id": m.wa_id},
                       ensure_ascii=False) for m in messages)  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def load(split: str = "heldout", check: bool = True) -> list[PhoneMessage]:
    """A frozen split; refuses a file whose fingerprint is not the split's."""
    _, path, frozen = SPLITS[split]
    messages = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold = tuple((str(e), int(s), int(t)) for e, s, t in row["gold"])
        messages.append(PhoneMessage(row["country"], row["language"], row["text"], gold, row["kind"], row["wa_id"]))
    if check and fingerprint(messages) != frozen:
        raise SystemExit(f"{path}: fingerprint {fingerprint(messages)} is not the frozen {frozen}")
    return messages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(SPLITS), required=True)
    parser.add_argument("--write", type=Path, required=True)
    args = parser.parse_args()
    messages = generate(SPLITS[args.split][0])
    write(messages, args.write)
    print(f"{args.write}: {len(messages)} messages, fingerprint {fingerprint(messages)}")


if __name__ == "__main__":
    main()
