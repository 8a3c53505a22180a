"""Phones after "n."/"nº"/"Nr."/"no.", with a remark in brackets, with symbols, several in a row: a third tune set.

What it has that `bench/phone_tune2.py` lacks, written from how people write numbers, before
any rule was changed for it:

- a number sign or abbreviation before the number, with or without a phone word ("my no. is",
  "contact no.", "Mob no:", "il mio n. è", "al n.", "mon n° :", "mi nº es el", "meu nº é",
  "unter Nr.", "Handynr.", "Tel.-Nr."): the Indian-English "no." and the Romance "n."/"nº"
  are how many people name their number;
- a remark in brackets after the number: "(WhatsApp)", "(ext. 12)", "(interno 23)", "(poste 12)",
  "(ramal 45)", "(Durchwahl 45)", "(Festnetz)";
- two numbers joined by " - ", "; ", ", ", "and"/"e"/"et"/"y"/"und";
- symbols before the number: "📞", "☎️", "📱" glued or spaced, "✆", "👉";
- Brazilian numbers with the old long-distance "0xx" prefix ("0xx11 91234-5678", "(0XX21)
  3456-7890"), and a country code written "+ 39" or "+39 (0)2 …".

No-PII controls: order, invoice and item numbers after "n.", "nº", "Nr.", "no."; opening hours
"Mo-Fr 8-18 Uhr; Sa 9-13 Uhr"; lists of order numbers joined by "and"/"e"/" - "; quantities after
"n."; symbols before order numbers and dates. A control counts as unchanged when no PHONE_NUMBER
span touches it.

Gold spans cover the number as written (its "0xx" prefix and "+ 39" included); a remark in
brackets after it is not in the span. Numbers, customers and the report are those of
`bench/phone_tune2.py`. The file is the set: `bench/data/phones_tune3.jsonl`, fingerprint in
`SPLITS`. Tune only.

    .venv/bin/python -m bench.phone_tune3 --write /tmp/phones_tune3.jsonl   # regenerate (new name only)
    .venv/bin/python -m bench.phone_tune3                                    # measure
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberType

from bench.phone_corpus import LANGUAGES, PhoneMessage, _number, fingerprint, write
from bench.phone_tune2 import COUNTRIES, _customer, _date, _home, _intl, _national, _tracking, load, report

DATA = Path(__file__).parent / "data"
SEED = 20261215
SPLITS = {"tune3": (SEED, DATA / "phones_tune3.jsonl", "2a4c42a33a1c3290")}
PER_LANGUAGE = 100
CLEAN_PER_LANGUAGE = 40

TEMPLATES: dict[str, tuple[str, ...]] = {
    "en": (
        "my no. is {p}", "contact no. {p}", "Mob no: {p}", "ph no {p}", "cell no. {p} pls call after 6",
        "{p} (WhatsApp)", "{p} (ext. 12) ask for Priya", "{p} (mobile)", "{p} - {q}", "{p}; {q}",
        "{p} and {q}", "📞 {p}", "☎️{p}", "📱 {p}", "✆ {p}", "👉 {p}", "whatsapp no. {p}",
    ),
    "it": (
        "il mio n. è {p}", "mi chiami al n. {p}", "n. cell {p}", "{p} (solo WhatsApp)", "{p} (interno 23)",
        "{p} (fisso)", "{p} - {q}", "{p}; {q}", "{p} e {q}", "📞 {p}", "☎️{p}", "📱 {p}", "👉 {p}",
        "il n. di casa è {p}",
    ),
    "fr": (
        "mon n° : {p}", "au n° {p}", "n° de portable {p}", "{p} (WhatsApp)", "{p} (poste 12)", "{p} (portable)",
        "{p} - {q}", "{p} ; {q}", "{p} et {q}", "📞 {p}", "☎️{p}", "📱 {p}", "👉 {p}", "mon n° perso {p}",
    ),
    "es": (
        "mi nº es el {p}", "al n.º {p}", "nº de móvil {p}", "{p} (WhatsApp)", "{p} (ext. 12)", "{p} (móvil)",
        "{p} - {q}", "{p}; {q}", "{p} y {q}", "📞 {p}", "☎️{p}", "📱 {p}", "👉 {p}", "mi n° {p}",
    ),
    "pt": (
        "meu nº é {p}", "no nº {p}", "nº do celular {p}", "{p} (zap)", "{p} (ramal 45)", "{p} (fixo)",
        "{p} - {q}", "{p}; {q}", "{p} e {q}", "📞 {p}", "☎️{p}", "📱 {p}", "👉 {p}", "meu n° {p}",
    ),
    "de": (
        "meine Nr. ist {p}", "unter Nr. {p}", "Handynr. {p}", "Tel.-Nr. {p}", "{p} (WhatsApp)",
        "{p} (Durchwahl 45)", "{p} (Festnetz)", "{p} - {q}", "{p}; {q}", "{p} und {q}", "📞 {p}", "☎️{p}",
        "📱 {p}", "👉 {p}",
    ),
}  # fmt: skip

CLEAN: dict[str, tuple[str, ...]] = {
    "en": (
        "Order no. {o} not here yet", "invoice no. {o}", "orders {o} and {o2}", "📦 {t}", "📅 {d}",
        "item no. {o} (size 10)", "open Mon-Fri 8-18; Sat 9-13", "no. of boxes: 12", "#{o} - {o2}",
    ),
    "it": (
        "ordine n. {o} non arrivato", "fattura n. {o}", "ordini {o} e {o2}", "📦 {t}", "📅 {d}",
        "art. n. {o} (taglia 42)", "aperti lun-ven 9-13; 15-19", "n. 12 pezzi", "ordine n. {o} - {o2}",
    ),
    "fr": (
        "commande n° {o} pas reçue", "facture n° {o}", "commandes {o} et {o2}", "📦 {t}", "📅 {d}",
        "article n° {o} (taille 38)", "ouvert lun-ven 9-12 ; 14-19", "n° 12 de la liste", "commande n° {o} - {o2}",
    ),
    "es": (
        "pedido nº {o} sin llegar", "factura n.º {o}", "pedidos {o} y {o2}", "📦 {t}", "📅 {d}",
        "artículo nº {o} (talla 38)", "abierto lun-vie 9-14; 17-20", "nº 12 de la lista", "pedido nº {o} - {o2}",
    ),
    "pt": (
        "pedido nº {o} não chegou", "nota fiscal nº {o}", "pedidos {o} e {o2}", "📦 {t}", "📅 {d}",
        "artigo nº {o} (tamanho 38)", "aberto seg-sex 9-18; sáb 9-13", "nº 12 da lista", "pedido nº {o} - {o2}",
    ),
    "de": (
        "Bestellung Nr. {o} fehlt", "Rechnung Nr. {o}", "Bestellungen {o} und {o2}", "📦 {t}", "📅 {d}",
        "Artikel-Nr. {o} (Größe 38)", "Mo-Fr 8-18 Uhr; Sa 9-13 Uhr", "Nr. 12 der Liste", "Auftrag Nr. {o} - {o2}",
    ),
}  # fmt: skip


def _brazilian_0xx(number: phonenumbers.PhoneNumber, rng: random.Random) -> str:
    """A Brazilian number with the old long-distance prefix: "0xx11 91234-5678", "(0XX21) 3456-7890"."""
    national = _national(number)  # "(11) 96123-4567"
    area, local = re.match(r"\((\d+)\) (.*)", national).groups()  # type: ignore[union-attr]
    xx = rng.choice(("xx", "XX"))
    return rng.choice((f"0{xx}{area} {local}", f"(0{xx}{area}) {local}", f"0{xx}{area}-{local}"))


def _spaced_plus(number: phonenumbers.PhoneNumber, rng: random.Random) -> str:
    """A country code written "+ 39 …", or "+39 (0)2 …" for an Italian landline (its 0 is part of it)."""
    written = _intl(number, rng)
    if phonenumbers.region_code_for_number(number) == "IT" and _national(number).startswith("0"):
        nsn = phonenumbers.national_significant_number(number)
        return f"+39 (0){nsn[1:3]} {nsn[3:]}"
    return written.replace("+", "+ ", 1) if written.startswith("+") else written


def _written(lang: str, region: str, rng: random.Random) -> str:
    kind = PhoneNumberType.MOBILE if rng.random() < 0.6 else PhoneNumberType.FIXED_LINE
    number = _number(region, kind, rng)
    draw = rng.random()
    if region == "BR" and draw < 0.3:
        return _brazilian_0xx(number, rng)
    if draw < 0.12:
        return _spaced_plus(number, rng)
    if draw < 0.4:
        return _national(number)
    if draw < 0.65:
        return _intl(number, rng)
    return _home(number, rng)


def _clean(lang: str, rng: random.Random) -> str:
    values = {
        "o": str(rng.randint(10**5, 10**10 - 1)),
        "o2": str(rng.randint(10**5, 10**10 - 1)),
        "d": _date(lang, rng),
        "t": _tracking(rng),
    }
    return rng.choice(CLEAN[lang]).format(**values)


def generate(seed: int = SEED) -> list[PhoneMessage]:
    rng = random.Random(seed)
    out: list[PhoneMessage] = []
    for lang in LANGUAGES:
        countries = COUNTRIES[lang]
        for k in range(PER_LANGUAGE):
            region = countries[k % len(countries)]
            text, gold = "", []
            for piece in re.split(r"(\{[pq]\})", rng.choice(TEMPLATES[lang])):
                if piece in ("{p}", "{q}"):
                    value = _written(lang, region, rng)
                    gold.append(("PHONE_NUMBER", len(text), len(text) + len(value)))
                    text += value
                else:
                    text += piece
            out.append(PhoneMessage(region, lang, text, tuple(gold), "pii", _customer(region, rng)))
        for k in range(CLEAN_PER_LANGUAGE):
            region = countries[k % len(countries)]
            out.append(PhoneMessage("", lang, _clean(lang, rng), (), "clean", _customer(region, rng)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="regenerate into this file (a new one, never in place)")
    parser.add_argument("--show-misses", type=int, default=8, help="misses printed a language")
    args = parser.parse_args()
    if args.write:
        messages = generate()
        write(messages, args.write)
        print(f"{args.write}: {len(messages)} messages, fingerprint {fingerprint(messages)}")
        return
    from bench.detection import wilson
    from proxy.detection.detector import DetectionSettings, build_analyzer

    frozen = load(frozen_set=SPLITS["tune3"])
    report(build_analyzer(DetectionSettings()), wilson, args.show_misses, frozen, "tune3")


if __name__ == "__main__":
    main()
