"""Addresses pasted from labelled forms: "Rua: Antônio Prado\\nNº: 120", "PLZ: 10115\\nOrt: Berlin".

Customers copy an address out of a checkout, an app or an e-mail one field a line ("Logradouro:
…\\nNúmero: …\\nBairro: …\\nCEP: …"), or with the fields on one line split by ";" or "|". Each
value alone is no address ("45", "Centro", "Milano"), so the street recognizers, which read a
street core and its tail, miss most of them. Here the *labels* say what the values are.

A **record** is a run of labelled fields ("Label: value", ":" or "=" after the label, the label
alone at a line's start or after ";" or "|", an address label also after a comma) with nothing
else between them but line breaks and separators; a blank line or an unlabelled line ends it.
Fields of other labels ("Nome:", "Telefone:") may sit inside a record: they are form fields too.
A record is an address when it holds **two or more address fields, at least one of them below
the town** (a street, a postcode, a neighbourhood, an address line, a unit). Then every address
field's value is an `ADDRESS` span, the town, state and country included: a pasted address is
tokenised whole, so "Cidade: São Paulo" in it is tokenised too, while "Città: Milano" alone, or
with "Taglia: M", is no record, and a product spec ("Material: Wood\\nColour: Oak") holds no
address label at all. A value must look like its field: a house number holds a digit (or "s/n"),
a postcode is a postcode's shape, any other value holds a letter or digit and is short; a blank
("Complemento:") or a placeholder ("-", "n/a") is left and does not count.

Labels are the forms' own field names in the six languages and US, GB and Indian English, never
street or town names. One regex, compiled through `factored`, run only on a text with ":" or "=".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers import factored

SCORE = 0.8

# Field kinds. STREET, POSTCODE, AREA and UNIT are below the town: one of them makes a record.
STREET, NUMBER, UNIT, EXTRA, AREA, POSTCODE, TOWN, STATE, COUNTRY = (
    "street", "number", "unit", "extra", "area", "postcode", "town", "state", "country"
)  # fmt: skip
_BELOW_TOWN = frozenset({STREET, UNIT, EXTRA, AREA, POSTCODE})

# What a shipping, delivery or billing address label may carry before or after its word.
_QUAL_BEFORE = r"(?:(?:shipping|delivery|billing|home|postal|mailing|residential|full|your|my)\s+)?"
_QUAL_AFTER = (
    r"(?:\s+(?:de\s+entrega|de\s+cobrança|completo|di\s+consegna|di\s+spedizione|completo|de\s+envío|de\s+envio|"
    r"de\s+entrega|de\s+facturación|de\s+livraison|de\s+facturation|postale|complète))?"
)
LABELS: dict[str, tuple[str, ...]] = {
    STREET: (
        # en (US, GB, IN)
        r"address(?:\s*line)?\s*(?:1|one)?", r"street(?:\s+address|\s+name)?", r"addr\.?", r"road",
        # pt
        r"logradouro", r"endereço", r"endereco", r"rua", r"avenida", r"morada",
        # it
        r"indirizzo", r"via",
        # es
        r"dirección", r"direccion", r"domicilio", r"calle",
        # de
        r"straße", r"strasse", r"str\.", r"anschrift", r"adresse", r"lieferadresse", r"rechnungsadresse",
        # fr
        r"adresse(?:\s+ligne\s*1)?", r"rue", r"voie",
    ),
    NUMBER: (
        r"house\s*(?:no\.?|number|num\.?)", r"h\.?\s?no\.?", r"door\s*(?:no\.?|number)", r"building\s*(?:no\.?|number)",
        r"flat\s*(?:no\.?|number)", r"plot\s*(?:no\.?|number)", r"(?:street\s+)?number", r"no\.?",
        r"número", r"numero", r"n[º°o]\.?", r"n\.", r"nr\.?", r"núm\.?", r"num\.?",
        r"(?:numero\s+|n\.\s*)?civico", r"hausnummer", r"hausnr\.?", r"numéro", r"n°\s*de\s+rue",
    ),
    # a unit's value holds a digit or is a letter or two ("Piano: 3", "Scala: B"; not "Piano: vetro", a table top)
    UNIT: (
        r"apt\.?(?:\s*/\s*suite)?", r"apartment", r"suite", r"unit", r"flat", r"floor", r"apto\.?", r"apartamento",
        r"bloco", r"interno", r"int\.", r"scala", r"piano", r"piso", r"puerta", r"planta", r"escalera", r"portal",
        r"bloque", r"etage", r"stockwerk", r"wohnung", r"appartement", r"bâtiment", r"batiment", r"étage", r"escalier",
    ),
    # a complement line: any value ("Complemento: fundos", "Address line 2: Rosebery Court")
    EXTRA: (
        r"address\s*(?:line\s*)?(?:2|two|3)", r"complemento", r"adresszusatz", r"zusatz",
        r"complément(?:\s+d['’]adresse)?", r"adresse\s+ligne\s*2",
    ),
    AREA: (
        r"neighbou?rhood", r"locality", r"landmark", r"bairro", r"quartiere", r"frazione", r"barrio",
        r"urbanización", r"urbanizacion", r"colonia", r"ortsteil", r"stadtteil", r"quartier", r"lieu[-\s]dit",
    ),
    POSTCODE: (
        r"post\s*code", r"postal\s+code", r"zip(?:\s*code)?", r"zipcode", r"pin(?:\s*code)?", r"pincode",
        r"cep", r"código\s+postal", r"codigo\s+postal", r"cod\.\s*postal", r"cap", r"c\.a\.p\.", r"codice\s+postale",
        r"cp", r"c\.p\.", r"plz", r"postleitzahl", r"code\s+postal",
    ),
    TOWN: (
        r"city", r"town", r"suburb", r"village", r"district", r"cidade", r"município", r"municipio", r"localidade",
        r"concelho", r"città", r"citta", r"comune", r"località", r"localita", r"ciudad", r"localidad",
        r"población", r"poblacion", r"ort", r"stadt", r"wohnort", r"gemeinde", r"ville", r"commune", r"localité",
    ),
    STATE: (
        r"state", r"county", r"province", r"region", r"estado", r"uf", r"distrito", r"provincia", r"prov\.",
        r"regione", r"región", r"region", r"bundesland", r"kanton", r"département", r"departement", r"région",
    ),
    COUNTRY: (r"country", r"país", r"pais", r"paese", r"nazione", r"land", r"pays"),
}  # fmt: skip
_KIND_OF = {alt: kind for kind, alts in LABELS.items() for alt in alts}
# One label: a kind's word, or two joined by "/" ("Postcode/ZIP", "Town/City", "Apt/Suite"), a
# parenthesised gloss after it ("CEP (Zip)"), WhatsApp bold or italics around it ("*CEP:*").
_ONE = "|".join(f"(?P<k{i}>{alt})" for i, alt in enumerate(_KIND_OF))
_KINDS = tuple(_KIND_OF.values())
_LABEL = (
    rf"[*_]?{_QUAL_BEFORE}(?:{_ONE}){_QUAL_AFTER}(?:\s*/\s*[^\W\d_][\w. ]{{0,20}}?)?(?:\s*\([^()\n]{{1,20}}\))?[*_]?"
)
# Any form label: 1-4 words of letters ("Nome", "Telefone", "Numero do pedido").
_ANY_LABEL = r"[*_]?[^\W\d_][\w.'’/()-]*(?:[ \t]+[\w.'’/()-]+){0,3}[*_]?"
_COLON = r"[ \t]*[*_]?[ \t]*[:=][*_]?[ \t]*"
_FIELD_START = r"(?:^|(?<=[;|\n]))[ \t]*(?:[-•·>][ \t]*)?"
# A segment: a label at a line's start or after ";" or "|", then its value up to the next separator.
_SEGMENT = factored.compile(
    rf"{_FIELD_START}(?:(?P<addr>{_LABEL})|(?P<other>{_ANY_LABEL})){_COLON}(?P<value>[^\n;|]*)",
    re.IGNORECASE | re.MULTILINE,
)
# An address label after a comma inside a value: "Rua: Augusta, Nº: 45, Bairro: Consolação".
_INNER = factored.compile(rf",[ \t]*(?P<addr>{_LABEL}){_COLON}", re.IGNORECASE)
_POSTCODE_VALUE = re.compile(
    r"(?:[A-Z]{1,2}-)?\d{4,5}(?:[- ]\d{3,4})?|\d{3}\s?\d{3}|\d{8}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{4}\s?[A-Z]{2}"
    r"|[A-Z]\d[A-Z]\s?\d[A-Z]\d",
    re.IGNORECASE,
)
_NUMBER_VALUE = re.compile(
    r"(?:n[º°o.]?\s?)?\d{1,5}(?:\s?[a-z])?(?:\s?[/-]\s?\w{1,4})?|s/n|s\.n\.|snc|sem\s+número|sin\s+número", re.I
)
_PLACEHOLDER = re.compile(r"[-–—_.?/*x]*|n/a|none|nenhum|nessuno|ninguno|keine?|aucun|—", re.IGNORECASE)
_UNIT_LETTER = re.compile(r"[A-Za-z]{1,2}")
_MAX_VALUE = 80
_TRIM = " \t.,;:*_"


@dataclass(frozen=True)
class Field:
    """One labelled field: its kind (None for a label that is no address field) and its value's span."""

    kind: str | None
    start: int
    end: int


def _kind(match: re.Match[str]) -> str:
    for i, kind in enumerate(_KINDS):
        if match.group(f"k{i}") is not None:
            return kind
    return STREET  # unreachable: an address label matched one alternative


def _value_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The value between `start` and `end` without the blanks and punctuation around it."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _fits(kind: str | None, value: str) -> bool:
    """Whether `value` looks like what a field of `kind` holds."""
    if kind is None or not value or len(value) > _MAX_VALUE or _PLACEHOLDER.fullmatch(value):
        return False
    if kind == POSTCODE:
        return _POSTCODE_VALUE.fullmatch(value) is not None
    if kind == NUMBER:
        return _NUMBER_VALUE.fullmatch(value) is not None
    if kind == UNIT:
        return any(c.isdigit() for c in value) or _UNIT_LETTER.fullmatch(value) is not None
    return any(c.isalnum() for c in value)


def fields(text: str) -> list[list[Field]]:
    """The text's runs of labelled fields (records), each field with its kind and value span."""
    records: list[list[Field]] = []
    run: list[Field] = []
    last_end = 0
    for seg in _SEGMENT.finditer(text):
        gap = text[last_end : seg.start()]
        if run and (gap.strip(" \t\n;|") or gap.count("\n") > 1):
            records.append(run)
            run = []
        kind = _kind(seg) if seg.group("addr") is not None else None
        vstart, vend = seg.start("value"), seg.end("value")
        for inner in _INNER.finditer(text, vstart, vend) if kind is not None else ():
            run.append(Field(kind, *_value_span(text, vstart, inner.start())))
            kind, vstart = _kind(inner), inner.end()
        run.append(Field(kind, *_value_span(text, vstart, vend)))
        last_end = seg.end()
    if run:
        records.append(run)
    return records


def address_values(text: str) -> list[tuple[int, int]]:
    """The value spans of every address field of every record that is an address (module doc)."""
    found: list[tuple[int, int]] = []
    for record in fields(text):
        good = [f for f in record if _fits(f.kind, text[f.start : f.end])]
        if len(good) >= 2 and any(f.kind in _BELOW_TOWN for f in good):
            found += [(f.start, f.end) for f in good]
    return found


class AddressFormRecognizer(EntityRecognizer):
    """ADDRESS spans: the values of a labelled address record (see module doc)."""

    ENTITY = "ADDRESS"

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=supported_language, context=[])

    def load(self) -> None:
        """Nothing to load: the labels are compiled once, at import."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        if ":" not in text and "=" not in text:
            return []
        explanation = AnalysisExplanation(
            recognizer=type(self).__name__, original_score=SCORE, textual_explanation="labelled address record"
        )
        return [RecognizerResult(self.ENTITY, s, e, SCORE, explanation) for s, e in address_values(text)]
