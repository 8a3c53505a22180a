"""Addresses with no street: post-office boxes and hamlets, one core a shape for each country's recognizer.

Why: the street recognizers start from a street core, and some addresses have none. A post-office box
("Casella postale 55, 00187 Roma", "Caixa Postal 1234, 01059-970 São Paulo - SP", "Postfach 10 02 20,
70173 Stuttgart", "Apartado de Correos 123, 28080 Madrid", "Boîte postale 12, 13001 Marseille") or a
hamlet named by its word ("Lieu-dit Les Granges, 24200 Sarlat", "Hameau de Vaux, 71000 Mâcon", "Lugar
de Paço, 4730-001 Vila Verde", "fraz. borgo nuovo, 33100 udine") was left in clear, or only its town
was found as a place. Each core here joins its country's `CORES` (the shared tail then takes the
postcode, the town and the province), as (name, regex, score, needs a postcode).

What keeps shop talk out: the box's full name ("casella postale", "caixa postal", "apartado de
correos", "boîte postale") and its number count alone only where the phrase ends after the number (a
comma, a line break, a full stop, a postcode, "por favor": "Caixa Postal 2 é o nome do podcast", "caiu
na caixa postal 3 vezes" are none); the short or everyday forms ("C.P. 45", "BP 45", "Apdo. 210",
"Apartado 1021", "Postfach 1234") and the hamlets only with a postcode after them ("apartado 3 del
contrato", "BP 2024", "Postfach 2000 ist unser Bestseller", "le hameau de 40 habitants" are none). A
hamlet may follow the house's name, an article and capitalised words ("La Ferme Neuve, lieu-dit Le
Bourg, 35000 Rennes").

Sources: each country's post's own names for its boxes (Poste Italiane's casella postale, Correos'
apartado de correos, the Correios' caixa postal, CTT's apartado, La Poste's boîte postale and BP,
Deutsche Post's Postfach with its digits in pairs) and hamlets (lieu-dit, hameau, lugar, frazione,
località), written by the rules' author; no place list.
"""

from __future__ import annotations

from recognizers.street_address_recognizer import CAP, CAP_NAME, LOW_NAME, NAME, NOT_AMOUNT

Core = tuple[str, str, float, bool]

# Where a box alone ends its phrase: punctuation, a line break, a postcode, a polite word.
_PHRASE_END = (
    r"(?=[ \t]*(?:$|[,.;:!?)(\n–—-]|\d|(?i:por favor|per favore|svp|s'il|bitte|please|pls|obrigad|grazie|gracias|"
    r"merci|danke|thanks)(?![^\W\d_])))"
)
_BOX_NUMBER = rf"(?:(?i:n\.?\s?[º°o]?\.?|nº|nr\.?|no\.?)\s?)?(?P<num>\d{{1,6}}){NOT_AMOUNT}(?![\w/-])"
_START = r"(?<![\w.])"


def _box(name: str, words: str) -> Core:
    """A box by its full name, alone where the phrase ends (`_PHRASE_END`)."""
    return (name, rf"{_START}{words}\s?#?\s?{_BOX_NUMBER}{_PHRASE_END}", 0.75, False)


def _short_box(name: str, words: str) -> Core:
    """A box by a short or everyday name, counted only with a postcode after it."""
    return (name, rf"{_START}{words}\s?#?\s?{_BOX_NUMBER}", 0.7, True)


IT_CORES: tuple[Core, ...] = (
    _box("it po box", r"(?i:casella\s+postale|cas\.\s?post\.)"),
    _short_box("it po box (short)", r"(?:C\.P\.|CP)"),
    ("it hamlet (lower-case) + postcode", rf"{_START}(?i:fraz\.|frazione|loc\.|località|localita)\s+{LOW_NAME}", 0.7,
     True),
)  # fmt: skip
ES_CORES: tuple[Core, ...] = (
    _box("es po box", r"(?i:apartado\s+(?:de\s+)?correos|apdo\.?\s+(?:de\s+)?correos|apartado\s+postal)"),
    _short_box("es po box (short)", r"(?i:apartado|apdo\.)"),
)
PT_CORES: tuple[Core, ...] = (
    _box("pt po box", r"(?i:caixa\s+postal|cx\.?\s+postal)"),
    _short_box("pt po box (short)", r"(?:C\.P\.|CP|(?i:apartado))"),
    ("pt hamlet + postcode", rf"{_START}(?:Lugar|lugar)\s+(?:d[eoa]s?\s+)?{NAME}", 0.7, True),
)
_FR_HOUSE = rf"(?:(?:Le|La|Les|L['’])\s?{CAP}(?:\s+{CAP}){{0,2}}\s*,\s*)?"  # "La Ferme Neuve, lieu-dit …"
FR_CORES: tuple[Core, ...] = (
    _box("fr po box", r"(?i:boîte\s+postale|boite\s+postale)"),
    _short_box("fr po box (short)", r"(?:BP|B\.P\.)"),
    ("fr hamlet + postcode", rf"{_START}{_FR_HOUSE}(?i:lieu-dit|lieu\s+dit|lieudit|hameau)\s+(?:{CAP_NAME}|{LOW_NAME})",
     0.7, True),
)  # fmt: skip
# Deutsche Post writes a Postfach's digits in pairs from the right ("10 02 20", "5 61").
DE_CORES: tuple[Core, ...] = (
    ("de po box + postcode", rf"{_START}(?i:postfach)\s?(?P<num>\d{{1,2}}(?:[ \t]\d{{2}}){{1,2}}|\d{{1,6}})"
     rf"{NOT_AMOUNT}(?![\w/-])", 0.7, True),
)  # fmt: skip
