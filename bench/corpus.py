"""Evaluation corpus: WhatsApp-style messages with known PII spans, generated.

Format specification (written before tuning; change it only with a new split
name, never in place):

- A `Message` is (language, text, gold spans, kind). Gold spans are
  (entity, start, end) over `text`. `kind` is "pii" or "clean" (no PII at all).
- Languages: en, fr, it, pt, es, de. Each language has, per entity, templates
  with a `{v}` slot: about half carry a context word ("my phone", "IBAN",
  "CPF"), half do not ("ok {v}", "{v} thanks").
- Typed forms per entity (picked uniformly):
  PHONE_NUMBER  the language's country (en GB, fr FR, it IT, pt BR, es ES, de DE):
                international "+39 312 345 6789", E.164 "+393123456789",
                national "312 345 6789", "00" prefix "00393123456789";
  EMAIL_ADDRESS first.last / firstlast99 / f.last at a few domains and TLDs;
  IBAN_CODE     the language's country or a random one of 12, compact or in
                groups of 4, upper or lower case;
  CREDIT_CARD   Visa 16, Mastercard 51–55 and 2221–2720, Amex 15; grouped by
                spaces, dashes or compact;
  national ids  it IT_FISCAL_CODE, pt BR_CPF (formatted or bare), es ES_NIF,
                en UK_NINO (spaced or compact);
  PERSON        en and fr only (the languages with a model): first + last name.
  Every value is built by a generator that computes valid check digits with the
  same algorithms as `recognizers/checksums.py`.
- Non-PII look-alikes are mixed into half of the PII messages and make up the
  clean messages: prices, dates, times, quantities, order and invoice numbers,
  parcel tracking codes, percentages.
- Splits: "tune" (seed 1) may be looked at while tuning; "heldout" (seed 7919)
  is what `bench.detection` reports and is never used to tune. Each split has
  `per_cell` messages per (entity, language) cell and `clean` clean messages per
  language. `fingerprint()` is a SHA-256 of the split, printed by the bench so
  a changed generator cannot silently change the frozen split.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers

from bench.corpus_data import CLEAN, FILLERS, NAMES, TEMPLATES
from recognizers import checksums as cs

LANGUAGES = ("en", "fr", "it", "pt", "es", "de")
SEEDS = {"tune": 1, "heldout": 7919}
# fingerprint(generate("heldout")) at the default sizes; bench.detection refuses another one.
HELDOUT_FINGERPRINT = "0425ca7b454d1370"
REGION = {"en": "GB", "fr": "FR", "it": "IT", "pt": "BR", "es": "ES", "de": "DE"}
NATIONAL = {"it": "IT_FISCAL_CODE", "pt": "BR_CPF", "es": "ES_NIF", "en": "UK_NINO"}


@dataclass(frozen=True, slots=True)
class Message:
    language: str
    text: str
    gold: tuple[tuple[str, int, int], ...]
    kind: str


def cells(language: str) -> list[str]:
    out = ["PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "CREDIT_CARD"]
    if language in NATIONAL:
        out.append(NATIONAL[language])
    if language in ("en", "fr"):
        out.append("PERSON")
    return out


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(rng: random.Random, lang: str) -> str:
    region = REGION[lang]
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert example is not None, region  # every region of REGION has a mobile example
    national = str(example.national_number)
    while True:
        number = phonenumbers.parse(national[:-4] + _digits(rng, 4), region)
        if phonenumbers.is_valid_number(number):
            break
    fmt = rng.choice(["intl", "e164", "national", "00"])
    if fmt == "intl":
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if fmt == "e164":
        return e164
    if fmt == "00":
        return "00" + e164[1:]
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def email(rng: random.Random, lang: str) -> str:
    first, last = rng.choice(NAMES[lang][0]).lower(), rng.choice(NAMES[lang][1]).lower()
    local = rng.choice([f"{first}.{last}", f"{first}{last}{rng.randint(1, 99)}", f"{first[0]}.{last}"])
    domain = rng.choice(["gmail.com", "outlook.fr", "libero.it", "uol.com.br", "web.de", "mail.co.uk",
                         "example.org", "posteo.de", "yahoo.es"])  # fmt: skip
    return f"{local}@{domain}".replace(" ", "")


def iban(rng: random.Random, lang: str) -> str:
    country = rng.choice([{"en": "GB", "pt": "PT"}.get(lang, REGION[lang])] * 3 +
                         ["NL", "BE", "CH", "AT", "PL", "SE", "IE", "LU", "NO", "DK", "FI", "GR"])  # fmt: skip
    n = cs.IBAN_LENGTHS[country] - 4
    bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + _digits(rng, n - 4)
    if country in ("DE", "AT", "PL", "SE", "NO", "DK", "FI", "GR", "BE", "CH", "LU", "PT", "ES"):
        bban = _digits(rng, n)
    value = country + cs.iban_check_digits(country, bban) + bban
    if rng.random() < 0.5:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value.lower() if rng.random() < 0.1 else value


def card(rng: random.Random, lang: str) -> str:
    kind = rng.choice(["visa", "mc", "mc2", "amex"])
    prefix = {"visa": "4", "mc": str(rng.randint(51, 55)), "mc2": str(rng.randint(2221, 2720)),
              "amex": rng.choice(["34", "37"])}[kind]  # fmt: skip
    length = 15 if kind == "amex" else 16
    body = prefix + _digits(rng, length - len(prefix) - 1)
    check = next(d for d in "0123456789" if cs.luhn_ok(body + d))
    value = body + check
    sep = rng.choice([" ", "-", ""])
    if kind == "amex":
        return sep.join([value[:4], value[4:10], value[10:]])
    return sep.join(value[i : i + 4] for i in range(0, 16, 4))


def fiscal_code(rng: random.Random, lang: str) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    head = "".join(rng.choice(letters) for _ in range(6)) + _digits(rng, 2)
    head += rng.choice("ABCDEHLMPRST") + f"{rng.randint(1, 71):02d}"
    head += rng.choice(letters) + _digits(rng, 3)
    return head + cs.fiscal_code_char(head)


def cpf(rng: random.Random, lang: str) -> str:
    base = _digits(rng, 9)
    v = base + cs.cpf_digits(base)
    return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}" if rng.random() < 0.7 else v


def dni(rng: random.Random, lang: str) -> str:
    n = _digits(rng, 8)
    return n + rng.choice(["", "-"]) + cs.DNI_LETTERS[int(n) % 23]


def nino(rng: random.Random, lang: str) -> str:
    first, second = rng.choice("ABCEGHJKLMNPRSTWXYZ"), rng.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
        second = rng.choice("ABCEHJKLMNPRSTWXYZ")
    d = _digits(rng, 6)
    suffix = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {suffix}"
    return f"{first}{second}{d}{suffix}"


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(NAMES[lang][0])} {rng.choice(NAMES[lang][1])}"


GENERATORS: dict[str, Callable[[random.Random, str], str]] = {
    "PHONE_NUMBER": phone, "EMAIL_ADDRESS": email, "IBAN_CODE": iban, "CREDIT_CARD": card,
    "IT_FISCAL_CODE": fiscal_code, "BR_CPF": cpf, "ES_NIF": dni, "UK_NINO": nino,
    "PERSON": person,
}  # fmt: skip


def _message(rng: random.Random, lang: str, entity: str) -> Message:
    template = rng.choice(TEMPLATES[lang][entity])
    value = GENERATORS[entity](rng, lang)
    before, after = template.split("{v}")
    text = before + value + after
    gold = ((entity, len(before), len(before) + len(value)),)
    if rng.random() < 0.5:
        text = f"{text} {rng.choice(FILLERS[lang])}"
    return Message(lang, text, gold, "pii")


def generate(split: str = "heldout", per_cell: int = 300, clean: int = 120) -> list[Message]:
    """The split, deterministic for a given (split, per_cell, clean)."""
    rng = random.Random(SEEDS[split])
    out: list[Message] = []
    for lang in LANGUAGES:
        for entity in cells(lang):
            out += [_message(rng, lang, entity) for _ in range(per_cell)]
        for _ in range(clean):
            parts = [rng.choice(CLEAN[lang]), rng.choice(FILLERS[lang])]
            out.append(Message(lang, " ".join(parts), (), "clean"))
    return out


def fingerprint(messages: list[Message]) -> str:
    digest = hashlib.sha256()
    for m in messages:
        digest.update(repr((m.language, m.text, m.gold)).encode())
    return digest.hexdigest()[:16]
