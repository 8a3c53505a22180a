"""Phone numbers in the many ways people and forms write them: a second tune set, frozen in a file.

What it has that `bench/phone_corpus.py` lacks (that set has eight plain home forms of a
country's numbers in chat sentences). Written from how people, letterheads and signatures
write numbers, before any rule was changed for it:

- international prefixes: "+39 312 345 6789", "+39-312-345-6789", "(+39) 3123456789",
  "0039 312 345 6789", "00 39 …", a trunk zero in brackets "+44 (0)20 7946 0018",
  "+49 (0) 30 123456"; from the US "011 44 20 …";
- US numbers with a leading 1 ("1-800-234-5678", "1 (201) 555-0123", "1.201.555.0123"),
  "+1 (201) 555-0123", "001-201-555-0123";
- extensions: "x1234", "ext. 12", "ext 567", "#89", "Extn. 234", "interno 23", "int. 23",
  "poste 12", "ramal 45", "extensión 12", "Durchwahl -45", a German "030 123456-45";
- numbers split by "/" or "." ("030 / 123 456 78", "06.12.34.56.78"), with dashes in
  national groups ("07700-900-123", "98765-43210"), Brazilian "(11) 9 1234-5678",
  "11 9.1234-5678", "(011) 91234-5678";
- numbers typed with a letter O/o for a zero or l for a one ("O6 12 34 56 78");
- two numbers in a row, joined by "/" or by "or"/"oppure"/"o"/"ou"/"oder";
- labels before the number, spaced or glued: "Tel:", "Tel.:", "Cel.", "Handy:", "Tlf",
  "Móvil:", "WhatsApp:", "Mob.", "Fon:", "Tél.", "Port.", "Telemóvel:", "Fone:", "Ph.";
- in all six languages' chat and signature sentences.

No-PII controls, `kind == "clean"`: order numbers (Amazon-style 3-7-7 runs, labelled and
"#" ones), dates and date ranges, times and time ranges ("10.30-12.30", "9:00 - 13:00 /
15:00 - 19:00"), prices, EAN-13 barcodes bare and spaced, parcel tracking ids, IBAN-like
runs and bank account numbers, invoice numbers, dimensions and quantities, and vanity
numbers of businesses ("1-800-FLOWERS"): a business's vanity number is the business's, not
a customer's, so it is a control here. A control counts as unchanged when no PHONE_NUMBER
span touches it (an IBAN found as IBAN_CODE is fine: the check is that such runs are not
turned into phones).

Gold spans cover the number, and an extension written right after it with its marker
("020 7946 0018 ext. 214", "02 1234 5678 interno 23"): the extension is part of the line
dialled. A label before the number is not in the span.

Numbers are valid numbers of their country and type (`phonenumbers` example numbers with
all but their first digits redrawn, as in `bench/phone_corpus.py`); each message carries the
customer's own `wa_id`, of the language's country (English: GB, US, IN in turn). The
templates and controls here were written for this set, not taken from Veil's data lists.

The file is the set: `bench/data/phones_tune2.jsonl`, fingerprint in `SPLITS`. Tune only.

    .venv/bin/python -m bench.phone_tune2 --write /tmp/phones_tune2.jsonl   # regenerate (new name only)
    .venv/bin/python -m bench.phone_tune2                                    # measure
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from bench.phone_corpus import LANGUAGES, PhoneMessage, _number, fingerprint, write

DATA = Path(__file__).parent / "data"
SEED = 20261205
SPLITS = {"tune2": (SEED, DATA / "phones_tune2.jsonl", "74a23870764cc554")}
PER_LANGUAGE = 150
CLEAN_PER_LANGUAGE = 60
COUNTRIES: dict[str, tuple[str, ...]] = {
    "it": ("IT",), "es": ("ES",), "pt": ("BR", "PT"), "de": ("DE",), "fr": ("FR",), "en": ("GB", "US", "IN"),
}  # fmt: skip

# {p} one number; {p} … {q} two numbers.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "en": (
        "Tel: {p}", "Tel:{p}", "Ph. {p}", "Mob: {p}", "Cell# {p}", "WhatsApp: {p}",
        "you can reach me at {p}", "call {p} and ask for the front desk", "my work line is {p}",
        "Best regards,\nTom\n{p}", "either {p} or {q}", "home {p} / mobile {q}", "{p}",
        "number's {p} if the courier needs it", "pls ring {p} before 6", "Office: {p}",
        "Phone {p} / {q}", "try {p}, if no answer {q}",
    ),
    "fr": (
        "Tél : {p}", "Tél.{p}", "Port. : {p}", "Portable: {p}", "Mob. {p}", "WhatsApp : {p}",
        "Fixe : {p} / Portable : {q}", "appelez-moi au {p} ou au {q}", "vous pouvez me joindre au {p}",
        "Cordialement,\nClaire\n{p}", "{p}", "le livreur peut appeler le {p}", "mon numéro pro : {p}",
        "Tel {p} ou {q}", "rappelez-moi au {p} svp",
    ),
    "it": (
        "Cell. {p}", "Cel.{p}", "Tel. {p}", "Cellulare: {p}", "Tel/Fax {p}", "WhatsApp: {p}",
        "{p} oppure {q}", "fisso {p}, cell {q}", "mi trovate al {p}", "Cordiali saluti,\nGiulia\n{p}",
        "{p}", "il corriere può chiamare il {p}", "numero dell'ufficio: {p}", "Tel. {p} / {q}",
        "chiamatemi al {p} dopo le 18",
    ),
    "es": (
        "Móvil: {p}", "Tlf: {p}", "Tlf.{p}", "Telf. {p}", "Tfno.: {p}", "Tel. {p}", "WhatsApp {p}",
        "{p} o {q}", "fijo {p} / móvil {q}", "me podéis localizar en el {p}", "Un saludo,\nMarta\n{p}",
        "{p}", "que el repartidor llame al {p}", "teléfono de la oficina: {p}", "llamadme al {p} por la tarde",
    ),
    "pt": (
        "Cel: {p}", "Fone: {p}", "Tel.: {p}", "Whats: {p}", "Zap {p}", "Telemóvel: {p}", "Tlm. {p}",
        "{p} ou {q}", "fixo {p} / celular {q}", "podem me achar no {p}", "Abraço,\nRafael\n{p}",
        "{p}", "o entregador pode ligar no {p}", "telefone do escritório: {p}", "liga no {p} depois das 18h",
    ),
    "de": (
        "Tel.: {p}", "Tel:{p}", "Handy: {p}", "Mobil: {p}", "Fon: {p}", "Telefon {p}", "Mob. {p}",
        "{p} oder {q}", "Tel. {p} / Fax {q}", "ihr erreicht mich unter {p}", "Viele Grüße\nStefan\n{p}",
        "{p}", "der Fahrer kann {p} anrufen", "Büro: {p}", "ruft bitte unter {p} an, ab 17 Uhr",
    ),
}  # fmt: skip

# Extension markers a language writes after a number (the digits follow).
EXTENSIONS: dict[str, tuple[str, ...]] = {
    "en": (" x", " x", " ext. ", " ext ", " #", " Extn. ", " extension "),
    "fr": (" poste ", " p. ", " poste "),
    "it": (" interno ", " int. ", " interno "),
    "es": (" ext. ", " extensión ", " ext "),
    "pt": (" ramal ", " r. ", " ramal "),
    "de": (" Durchwahl -", "-", " App. ", " DW "),
}  # fmt: skip

Writer = Callable[[phonenumbers.PhoneNumber, random.Random], str]


def _national(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)


def _groups(number: phonenumbers.PhoneNumber) -> list[str]:
    return re.findall(r"\d+", _national(number))


def _nsn_groups(number: phonenumbers.PhoneNumber) -> list[str]:
    return re.findall(r"\d+", phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL))[1:]


def _bare(number: phonenumbers.PhoneNumber) -> str:
    return "".join(_groups(number))


def _intl(number: phonenumbers.PhoneNumber, rng: random.Random) -> str:
    """The number with its country code, written one of the ways people write it."""
    cc, groups = str(number.country_code), _nsn_groups(number)
    nsn = "".join(groups)
    forms = [
        f"+{cc} " + " ".join(groups),
        f"+{cc}-" + "-".join(groups),
        f"(+{cc}) " + nsn,
        f"(+{cc}) " + " ".join(groups),
        f"00{cc} " + " ".join(groups),
        f"00 {cc} " + nsn,
        f"+{cc}{nsn}",
        f"+{cc} " + nsn,
    ]
    if _bare(number) == "0" + nsn:  # a trunk zero, written in brackets after the country code
        forms += [f"+{cc} (0){' '.join(groups)}", f"+{cc} (0) " + " ".join(groups)]
    return rng.choice(forms)


def _home(number: phonenumbers.PhoneNumber, rng: random.Random) -> str:
    """A home (national) form the first set does not write: dashes or dots inside the groups,
    a slash with spaces, the country's own habits."""
    region = phonenumbers.region_code_for_number(number)
    groups, bare = _groups(number), _bare(number)
    forms = [" / ".join([groups[0], " ".join(groups[1:])]), "-".join(groups), ".".join(groups)]
    if region == "FR":
        pairs = [bare[i : i + 2] for i in range(0, 10, 2)]
        forms += ["-".join(pairs), ".".join(pairs), " ".join(pairs)]
    elif region == "BR":
        area, rest = groups[0].strip("()"), bare[2:]
        local = rest[:-4] + "-" + rest[-4:]
        forms += [f"({area}) {local}", f"{area} {local}", f"(0{area}) {local}", f"{area} {rest[:-4]} {rest[-4:]}"]
        if len(rest) == 9:
            forms += [f"({area}) {rest[0]} {rest[1:5]}-{rest[5:]}", f"{area} {rest[0]}.{rest[1:5]}-{rest[5:]}"]
    elif region == "DE":
        head, tail = groups[0], bare[len(groups[0]) :]
        spaced = " ".join(tail[i : i + 3] for i in range(0, len(tail), 3))
        forms += [f"{head} - {spaced}", f"({head}) {tail}", f"{head} / {spaced}", f"{head}/{tail}"]
    elif region == "GB":
        head, tail = groups[0], bare[len(groups[0]) :]
        forms += [f"{head}-{tail[:3]}-{tail[3:]}", f"({head}) {' '.join(groups[1:])}", f"{head} {tail[:3]} {tail[3:]}"]
    elif region == "IN":
        forms += [f"{bare[1:6]}-{bare[6:]}", f"{bare[1:6]} {bare[6:]}", f"0 {bare[1:6]} {bare[6:]}"]
    elif region == "IT":
        head = groups[0]
        forms += [f"{head}-{bare[len(head) :]}", f"{head}/{bare[len(head) :]}", f"{head} {bare[len(head) :]}"]
    elif region in ("ES", "PT"):
        forms += [
            f"{bare[:3]}-{bare[3:6]}-{bare[6:]}",
            f"{bare[:3]} {bare[3:6]} {bare[6:]}",
            f"{bare[:3]}.{bare[3:6]}.{bare[6:]}",
        ]
    elif region == "US":
        a, b, c = bare[:3], bare[3:6], bare[6:]
        forms += [f"1-{a}-{b}-{c}", f"1 ({a}) {b}-{c}", f"1.{a}.{b}.{c}", f"+1 ({a}) {b}-{c}",
                  f"001-{a}-{b}-{c}", f"({a}) {b} {c}", f"{a}/{b}-{c}", f"1 {a} {b} {c}"]  # fmt: skip
    return rng.choice(forms)


def _lettered(number: phonenumbers.PhoneNumber, rng: random.Random) -> str:
    """A home form with one 0 typed as O/o or one 1 as l, as some people type."""
    written = _national(number)
    spots = [i for i, ch in enumerate(written) if ch in "01"]
    if not spots:
        return written
    i = rng.choice(spots)
    letter = rng.choice("Oo") if written[i] == "0" else "l"
    return written[:i] + letter + written[i + 1 :]


def _from_us(number: phonenumbers.PhoneNumber, rng: random.Random) -> str:
    """A foreign number as dialled from the US: "011 44 20 7946 0018"."""
    return f"011 {number.country_code} " + " ".join(_nsn_groups(number))


def _extension(lang: str, number: phonenumbers.PhoneNumber, rng: random.Random) -> str:
    base = _national(number) if rng.random() < 0.7 else _intl(number, rng)
    return base + rng.choice(EXTENSIONS[lang]) + str(rng.randint(1, 9999 if lang == "en" else 999))


def _written(lang: str, region: str, rng: random.Random) -> str:
    """One number of `region`, in one of this set's forms."""
    kind = PhoneNumberType.MOBILE if rng.random() < 0.6 else PhoneNumberType.FIXED_LINE
    draw = rng.random()
    if region == "US" and draw < 0.12:
        return _home(_number("US", PhoneNumberType.TOLL_FREE, rng), rng)
    if draw < 0.15:
        return _extension(lang, _number(region, PhoneNumberType.FIXED_LINE, rng), rng)
    number = _number(region, kind, rng)
    if draw < 0.45:
        return _intl(number, rng)
    if draw < 0.5:
        return _lettered(number, rng)
    if lang == "en" and region == "US" and draw < 0.56:
        return _from_us(_number(rng.choice(("GB", "IT", "FR", "DE", "IN")), kind, rng), rng)
    return _home(number, rng)


# No-PII controls: {o} a 6-10 digit order number, {a} an Amazon-style 3-7-7 order number,
# {e} an EAN-13, {s} a spaced EAN-13, {d} a date, {i} an IBAN, {t} a tracking id.
CLEAN: dict[str, tuple[str, ...]] = {
    "en": (
        "Order #{o} still not here", "order {a} was charged twice", "Delivery slot 10.30-12.30 on {d}",
        "we're open 9:00 - 13:00 / 15:00 - 19:00", "the barcode says {s}", "EAN {e}", "Tracking: {t}",
        "refund to {i} please", "sort code 20-45-77, account 41234567", "invoice 2024/{o}",
        "it's 120 x 60 x 75 cm", "paid $1,299.99 on {d}", "call 1-800-FLOWERS and they'll sort it",
        "their number is 1-800-GOT-JUNK", "between {d} and {d2}", "ISBN 978-3-16-148410-0",
    ),
    "fr": (
        "Commande n° {o} toujours pas reçue", "commande {a} débitée deux fois", "Livraison entre 10h30-12h30 le {d}",
        "ouvert de 9.00 - 12.30 / 14.00 - 19.00", "le code-barres : {s}", "EAN {e}", "Suivi : {t}",
        "remboursez sur {i} svp", "facture 2024/{o}", "dimensions 120 x 60 x 75 cm", "payé 1 299,90 € le {d}",
        "du {d} au {d2}", "référence {o}, taille 38/40",
    ),
    "it": (
        "Ordine n. {o} non ancora arrivato", "ordine {a} addebitato due volte", "Consegna 10.30-12.30 il {d}",
        "aperti 9.00 - 13.00 / 15.30 - 19.30", "il codice a barre è {s}", "EAN {e}", "Tracking: {t}",
        "rimborso sull'IBAN {i}", "fattura 2024/{o}", "misure 120 x 60 x 75 cm", "pagato 1.299,00 € il {d}",
        "dal {d} al {d2}", "codice articolo {o}, taglia 42/44",
    ),
    "es": (
        "Pedido n.º {o} sin llegar", "pedido {a} cobrado dos veces", "Entrega de 10.30-12.30 el {d}",
        "abrimos de 9:30 - 14:00 / 17:00 - 20:30", "el código de barras es {s}", "EAN {e}", "Seguimiento: {t}",
        "devolución a la cuenta {i}", "factura 2024/{o}", "medidas 120 x 60 x 75 cm", "pagué 1.299,00 € el {d}",
        "del {d} al {d2}", "referencia {o}, talla 38/40",
    ),
    "pt": (
        "Pedido nº {o} ainda não chegou", "pedido {a} cobrado duas vezes", "Entrega das 10.30-12.30 em {d}",
        "funcionamos 9:00 - 12:00 / 14:00 - 18:00", "o código de barras é {s}", "EAN {e}", "Rastreio: {t}",
        "estorno na conta {i}", "nota fiscal 2024/{o}", "medidas 120 x 60 x 75 cm", "paguei R$ 1.299,90 em {d}",
        "de {d} a {d2}", "código {o}, tamanho 38/40",
    ),
    "de": (
        "Bestellung Nr. {o} noch nicht da", "Bestellung {a} doppelt abgebucht", "Lieferung 10.30-12.30 Uhr am {d}",
        "geöffnet Mo-Fr 9.00 - 13.00 / 14.30 - 18.30", "der Barcode lautet {s}", "EAN {e}", "Sendungsnummer: {t}",
        "bitte auf {i} erstatten", "Rechnung 2024/{o}", "Maße 120 x 60 x 75 cm", "am {d} 1.299,00 € bezahlt",
        "vom {d} bis {d2}", "Artikelnr. {o}, Größe 38/40",
    ),
}  # fmt: skip
IBAN_COUNTRY = {"en": "GB", "fr": "FR", "it": "IT", "es": "ES", "pt": "PT", "de": "DE"}
IBAN_LENGTH = {"GB": 22, "FR": 27, "IT": 27, "ES": 24, "PT": 25, "DE": 22}


def _ean(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(12))
    return body + str((10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10)


def _iban(lang: str, rng: random.Random) -> str:
    """A digits-only IBAN-like run of the language's country, grouped by four (check digits valid)."""
    country = IBAN_COUNTRY[lang]
    bban = "".join(rng.choice("0123456789") for _ in range(IBAN_LENGTH[country] - 4))
    numeric = bban + "".join(str(ord(c) - 55) for c in country) + "00"
    iban = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def _tracking(rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(18))
    forms = [f"1Z 999 AA1 {digits[:2]} {digits[2:6]} {digits[6:10]}", f"JJD{digits}",
             f"00340434{digits[:12]}", f"LX{digits[:9]}DE", f"{digits[:4]} {digits[4:8]} {digits[8:12]}"]  # fmt: skip
    return rng.choice(forms)


def _date(lang: str, rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026)
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y % 100}"])


def _clean(lang: str, rng: random.Random) -> str:
    values = {
        "o": str(rng.randint(10**5, 10**10 - 1)),
        "a": f"{rng.randint(100, 999)}-{rng.randint(10**6, 10**7 - 1)}-{rng.randint(10**6, 10**7 - 1)}",
        "e": _ean(rng),
        "s": (lambda e: f"{e[0]} {e[1:7]} {e[7:]}")(_ean(rng)),
        "d": _date(lang, rng),
        "d2": _date(lang, rng),
        "i": _iban(lang, rng),
        "t": _tracking(rng),
    }
    return rng.choice(CLEAN[lang]).format(**values)


def _customer(region: str, rng: random.Random) -> str:
    own = _number(region, PhoneNumberType.MOBILE, rng)
    return f"{own.country_code}{phonenumbers.national_significant_number(own)}"


def generate(seed: int = SEED) -> list[PhoneMessage]:
    rng = random.Random(seed)
    out: list[PhoneMessage] = []
    for lang in LANGUAGES:
        countries = COUNTRIES[lang]
        for k in range(PER_LANGUAGE):
            region = countries[k % len(countries)]
            template = rng.choice(TEMPLATES[lang])
            text, gold = "", []
            for piece in re.split(r"(\{[pq]\})", template):
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


def load(check: bool = True, frozen_set: tuple[int, Path, str] = SPLITS["tune2"]) -> list[PhoneMessage]:
    """A frozen set (this one by default); refuses a file whose fingerprint is not the frozen one."""
    _, path, frozen = frozen_set
    messages = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold = tuple((str(e), int(s), int(t)) for e, s, t in row["gold"])
        messages.append(PhoneMessage(row["country"], row["language"], row["text"], gold, row["kind"], row["wa_id"]))
    if check and fingerprint(messages) != frozen:
        raise SystemExit(f"{path}: fingerprint {fingerprint(messages)} is not the frozen {frozen}")
    return messages


def report(
    analyzer: Any,
    wilson: Callable[[int, int], tuple[float, float]],
    misses: int,
    frozen: Sequence[PhoneMessage] | None = None,
    name: str = "tune2",
) -> None:
    """PII protected and controls unchanged (no PHONE_NUMBER span) per language, under what the
    inbound path is told (the text's language and the customer's calling code), with and
    without the grey zone; then the misses and false phones of the grey-zone run. `frozen`:
    another set of this format (`bench.phone_tune3`)."""
    from bench.address_report import covered
    from proxy.detection.regions import regions_of

    frozen = list(frozen) if frozen is not None else load()
    messages = [PhoneMessage(m.country, m.language, m.text, m.gold, m.kind, ",".join(regions_of([m.wa_id])))
                for m in frozen]  # fmt: skip
    print(f"\n## Phones as people and forms write them ({name} {fingerprint(frozen)}: {len(messages)} messages)")
    print(f"{'':10} " + " ".join(f"{lang:>21}" for lang in LANGUAGES) + f" {'all':>21}")
    shown: dict[str, int] = {}
    for grey in (False, True):
        preds = _analyse(analyzer, messages, grey)
        pii = [(m, g, p) for m, p in zip(messages, preds, strict=True) for g in m.gold]
        clean = [(m, p) for m, p in zip(messages, preds, strict=True) if m.kind == "clean"]
        name = "+ grey" if grey else "no grey"
        print(_row(f"PII {name}", [[covered(g, p, m.text)[0] for m, g, p in pii if m.language == lang]
                                   for lang in LANGUAGES], wilson))  # fmt: skip
        print(_row(f"ctl {name}", [[not any(e == "PHONE_NUMBER" for e, _, _ in p) for m, p in clean
                                    if m.language == lang] for lang in LANGUAGES], wilson))  # fmt: skip
        if not grey:
            continue
        for m, g, p in pii:
            if not covered(g, p, m.text)[0] and shown.get(m.language, 0) < misses:
                shown[m.language] = shown.get(m.language, 0) + 1
                print(f"  not protected ({m.language}): {m.text[g[1]:g[2]]!r} in {m.text!r} -> "
                      f"{[(e, m.text[s:t]) for e, s, t in p]}")  # fmt: skip
        for m, p in clean:
            phones = [m.text[s:t] for e, s, t in p if e == "PHONE_NUMBER"]
            if phones:
                print(f"  false phone ({m.language}): {phones} in {m.text!r}")


def _row(label: str, flags: Sequence[Sequence[bool]], wilson: Callable[[int, int], tuple[float, float]]) -> str:
    cells = []
    for group in (*flags, [f for g in flags for f in g]):
        lo, hi = wilson(sum(group), len(group))
        cells.append(f"{sum(group) / len(group):.3f} [{lo:.3f}-{hi:.3f}]")
    total = [f for g in flags for f in g]
    return f"{label:10} " + " ".join(f"{c:>21}" for c in cells) + f"   ({sum(total)}/{len(total)})"


def _analyse(analyzer: Any, messages: Sequence[PhoneMessage], grey: bool) -> list[list[tuple[str, int, int]]]:
    out: dict[int, list[tuple[str, int, int]]] = {}
    batch = 32
    for lang in LANGUAGES:
        idx = [i for i, m in enumerate(messages) if m.language == lang]
        for k in range(0, len(idx), batch):
            chunk = [messages[i] for i in idx[k : k + batch]]
            found = analyzer.analyze([m.text for m in chunk], language=lang, identify=True,
                                     text_regions=[(m.wa_id,) for m in chunk], grey=grey)  # fmt: skip
            for i, spans in zip(idx[k : k + batch], found, strict=True):
                out[i] = [(s.entity, s.start, s.end) for s in spans]
    return [out[i] for i in range(len(messages))]


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

    report(build_analyzer(DetectionSettings()), wilson, args.show_misses)


if __name__ == "__main__":
    main()
