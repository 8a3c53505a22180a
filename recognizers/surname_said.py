"""A surname said as a surname: the word for "surname" (or "maiden name") right before it.

Customers give a shop the surname an order, an appointment or a collection goes under in the same
few words in every language: "…, apellido Sosa", "cognome Candotti", "sobrenome Tembe", "Nachname
Janssen", "nom de famille Le Gall", and what the order was placed under before a marriage ("con mi
nombre de soltera Acosta", "col cognome da nubile Kidane", "com meu nome de solteira Mondlane",
"mit meinem Mädchennamen Tjaden bestellt", "nom de jeune fille Diallo"). There the noun is the
label and what follows it is the field's value: a name in any case, no colon needed, wherever the
clause stands. A form's label may also say what the name is for before its colon ("Apellido para
recoger: Tejada", "Cognome per il ritiro: Lo Presti", "Nom pour le retrait : Khoury", "nome para a
nota fiscal: glória fernandes correia"): `FOR_WHAT` is that purpose, read between the label and the
colon by `PersonNameRecognizer`'s form fields.

Only the surname nouns are read without a colon: the word for "name" alone ("il nome Giulia", "le
nom Bluetooth du casque") names products and pets as often. French "nom" counts as a label there
only where a label stands, after a comma or at a line's opening ("…, NOM HAEBERLÉ").
"""

from __future__ import annotations

import re

_SP = r"[ \t\u00a0]+"

# The surname nouns and maiden-name phrases of each language, singular and plural.
_SURNAME_NOUNS = {
    "es": (
        "apellido", "apellidos", "primer apellido", "segundo apellido", "nombre de soltera", "apellido de soltera",
        "de soltera",
    ),
    "it": ("cognome", "cognomi", "cognome da nubile", "cognome da signorina", "cognome da ragazza"),
    "pt": (
        "sobrenome", "sobrenomes", "apelido", "apelidos", "nome de solteira", "apelido de solteira", "de solteira",
    ),
    "fr": ("nom de famille", "nom de jeune fille", "nom d'épouse", "nom de naissance"),
    "de": (
        "nachname", "nachnamen", "familienname", "familiennamen", "mädchenname", "mädchennamen", "geburtsname",
        "geburtsnamen",
    ),
}  # fmt: skip


def _alternation(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", _SP) for p in sorted(phrases, key=len, reverse=True))


# "despedida de soltera" is the hen party, not a maiden name ("despedida de soltera Ibiza")
_NO_HEN_PARTY = r"(?<!despedida )(?<!despedida\u00a0)"
SURNAME_CUES = {
    language: re.compile(
        rf"(?<![\w'’]){_NO_HEN_PARTY}(?:{_alternation(nouns)})(?:[ \t\u00a0]*:)?[ \t\u00a0]+", re.IGNORECASE
    )
    for language, nouns in _SURNAME_NOUNS.items()
}
# The maiden name is also given after a comma ("con mi apellido de soltera, Ordóñez", "col mio cognome da
# nubile, Iolanda Carretti", "auf meinen Mädchennamen, Theresia Nowotny"): there only a capitalised
# word is its value (`MAIDEN_AFTER_COMMA`; "de soltera, pero …" goes on with the sentence)
_MAIDEN = {
    "es": ("nombre de soltera", "apellido de soltera"),
    "it": ("cognome da nubile", "cognome da signorina", "cognome da ragazza"),
    "pt": ("nome de solteira", "apelido de solteira"),
    "fr": ("nom de jeune fille",),
    "de": ("mädchenname", "mädchennamen", "geburtsname", "geburtsnamen"),
}
MAIDEN_AFTER_COMMA = {
    language: re.compile(rf"(?<![\w'’])(?:{_alternation(nouns)})[ \t\u00a0]*,[ \t\u00a0]*(?=[^\W\d_])", re.IGNORECASE)
    for language, nouns in _MAIDEN.items()
}
# French "nom" alone is a label where one stands: after a comma or at a line's opening ("…, NOM HAEBERLÉ")
SURNAME_CUES_AT_LABEL = {
    "fr": re.compile(r"(?:^|(?<=[\n,;]))[ \t\u00a0]*nom[ \t\u00a0]+(?=[^\W\d_])", re.IGNORECASE),
}
# What a name field's label says the name is for, before its colon: "para recoger", "per il ritiro",
# "pra retirada", "para a nota fiscal", "pour le retrait", "für die Abholung" (one to three words)
FOR_WHAT = re.compile(
    r"[ \t\u00a0]+(?:para|pra|per|pour|für|zur|zum)(?:[ \t\u00a0]+[^\W\d_]+(?:['’][^\W\d_]+)?){1,3}"
    r"[ \t\u00a0]*:(?=[ \t\u00a0]|$)",
    re.IGNORECASE,
)
