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
colon by `PersonNameRecognizer`'s form fields, as is whose name it asks for (`OF_WHOM`: "Nachname des
Kindes: Hijazi", "Sobrenome da criança: Farah").

A maiden name is also given after the word for "born", beside the married name ("Vasiliki Vlachos,
geborene Dudek", "Ada Mensah, née Okafor", "Alda Viegas, nascida Gusmão", "Anna Schmidt geb. Müller"):
`BORN_AS` reads it only after a comma or a capitalised word and only capitalised, so "nata a Roma",
"geboren am 3." and "I was born Catholic" are not read.

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
# The words for "born" before a maiden name, masculine and feminine ("geb." shortened in German)
_BORN = {
    "en": ("née", "nee", "born"),
    "de": ("geborene", "geborener", "geb."),
    "pt": ("nascida", "nascido", "née"),
    "es": ("nacida", "nacido"),
    "it": ("nata", "nato"),
    "fr": ("née", "né"),
}
# after a comma, or right after a word (whose capital the caller checks): "…, born Rhodes", "Schmidt geb. Müller"
BORN_AS = {
    language: re.compile(
        rf"(?:,|(?<=[^\W\d_]))[ \t\u00a0]+(?:{_alternation(words)})[ \t\u00a0]+(?=[^\W\d_])", re.IGNORECASE
    )
    for language, words in _BORN.items()
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
# Whose name a form's label asks for, before its colon: "Nachname des Kindes:", "Sobrenome da criança:",
# "Cognome del bambino:", "Surname of the child:"; a person's noun only ("Nombre del producto:", "Nom du
# produit :", "Nombre de la reserva:" name things)
_WHOM = (
    "kindes", "kinds", "schülers", "schülerin", "teilnehmers", "teilnehmerin", "patienten", "patientin", "gastes",
    "criança", "aluno", "aluna", "participante", "paciente", "hóspede", "passageiro", "passageira",
    "bambino", "bambina", "alunno", "alunna", "partecipante", "ospite", "passeggero", "passeggera",
    "niño", "niña", "alumno", "alumna", "huésped", "pasajero", "pasajera",
    "enfant", "élève", "participant", "participante", "patient", "patiente", "passager", "passagère",
    "child", "student", "pupil", "participant", "patient", "guest", "passenger", "player",
)  # fmt: skip
OF_WHOM = re.compile(
    r"[ \t\u00a0]+(?:des|der|del|della|dello|dell['’]|do|da|du|de la|de l['’]|de|of the|of)[ \t\u00a0]*"
    rf"(?:{_alternation(tuple(set(_WHOM)))})[ \t\u00a0]*:(?=[ \t\u00a0]|$)",
    re.IGNORECASE,
)
