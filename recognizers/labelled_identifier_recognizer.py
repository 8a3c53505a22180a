"""Identifiers the customer labels, even when their checksum or length is off.

"Mi DNI es 78656653322" (one digit too many), "My SSN is ZZ 102914 T", "IBAN
GB82 WEST 1234 5698 7654 3" (a digit short), "codice fiscale: RSSMRA85T10A562X"
(wrong control letter): the checksum recognizers rightly drop these, yet a
typo'd account number is still the customer's account number, and forwarding
it cannot be undone. When a label word names the type right before the value
("DNI", "IBAN", "codice fiscale", "card number", in the six languages), the
value is reported as that type at `SCORE` (0.6): above the default acceptance
threshold (0.5), below every checksum-validated match (0.8-1.0), which
therefore wins where both find the same digits.

Why a recognizer and not Presidio's context enhancement: context words only
lift a match some recognizer already made, and the checksum recognizers make
none for a failed checksum; lowering their bar would report every number of
that shape. Here only a value with the label just before it counts (at most a
few filler words between: "is", "es", "è", "number", "n°", ":"), so order
numbers, prices and dates without such a label are never touched. Values are
matched case-sensitively (upper-case letters, digits, single separators), so
the words after them are not swallowed.
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers import factored

SCORE = 0.6
_SEP = r"[ .\-/]?"
_D = rf"(?:{_SEP}\d)"
# entity: (label words, case-insensitive; value shape, case-sensitive)
LABELLED: dict[str, tuple[str, str]] = {
    "US_SSN": (r"ssn|social\s+security(?:\s+number|\s+no\.?)?",
               rf"\d{_D}{{7,9}}|[A-Z]{{2}} ?\d(?:[ \-]?\d){{4,8}}(?: ?[A-Z])?"),
    "UK_NINO": (r"national\s+insurance(?:\s+number|\s+no\.?)?|ni\s+number|nino",
                r"[A-Z]{2} ?\d(?:[ \-]?\d){4,8}(?: ?[A-Z])?"),
    "ES_NIF": (r"dni|nif|documento\s+nacional\s+de\s+identidad",
               rf"\d{_D}{{6,10}}(?:[ \-]?[A-Z])?"),
    "ES_NIE": (r"nie", rf"[XYZ][ \-]?\d{_D}{{5,8}}(?:[ \-]?[A-Z])?"),
    "IT_FISCAL_CODE": (r"codice\s+fiscale|cod\.?\s*fisc\.?|c\.\s?f\.",
                       r"(?i:[A-Z]{6} ?[A-Z0-9]{2} ?[A-Z0-9]{3} ?[A-Z0-9]{3,6})"),
    "IT_VAT_CODE": (r"partita\s+iva|p\.\s?iva|piva", rf"(?:IT ?)?\d{_D}{{9,11}}"),
    "IBAN_CODE": (r"iban", r"[A-Z]{2} ?\d{2}(?:[ \-]?[A-Z0-9]){8,32}"),
    "CREDIT_CARD": (r"(?:credit\s+|debit\s+)?card\s+(?:number|no\.?|n[°º])|numero\s+(?:della\s+)?carta"
                    r"|n[úu]mero\s+(?:de\s+(?:la\s+)?tarjeta|do\s+cart[ãa]o)|num[ée]ro\s+de\s+(?:la\s+)?carte"
                    r"|(?:kredit)?kartennummer|carta\s+di\s+credito|tarjeta\s+de\s+cr[ée]dito"
                    r"|carte\s+(?:bancaire|de\s+cr[ée]dit)|cart[ãa]o\s+de\s+cr[ée]dito",
                    r"\d(?:[ \-]?\d){11,18}"),
    "BR_CPF": (r"cpf", rf"\d{_D}{{9,11}}"),
    "BR_CNPJ": (r"cnpj", rf"\d{_D}{{12,14}}"),
    "IN_AADHAAR": (r"aadhaa?r(?:\s+(?:number|no\.?|card))?", r"\d(?:[ \-]?\d){10,12}"),
    "IN_PAN": (r"pan\s+(?:card|number|no\.?)", r"[A-Z]{5} ?\d{3,5} ?[A-Z]?"),
}  # fmt: skip
# Words that may sit between the label and the value, in the six languages.
_FILLER = (
    r"(?:\s*(?:[:=#\-–—]|n[°º]\.?|no\.|nr\.?|num\.|(?:number|numero|número|numéro|nummer|is|es|è|é|e'|est"
    r"|ist|lautet|era|was|do|de|di|del|da|du|mio|mia|my|mi|mon|ma|meu|minha|mein|meine|il|la|el|le|the|o|a)(?!\w))){0,4}\s*"
)  # noqa: E501
# A cheap first test: every label holds one of these (lower-cased) pieces. A substring
# test per piece costs a fraction of one search for the alternation of all labels.
_LABEL_PIECES = ("ssn", "social", "insurance", "ni number", "nino", "dni", "nif", "documento", "nie",
                 "fisc", "c.f", "c. f", "iva", "iban", "card", "cart", "tarjeta", "karten",
                 "cpf", "cnpj", "aadha", "pan ")  # fmt: skip
# some piece is in a lower-cased text exactly when this finds one: one search in C, not 22 substring tests
_ANY_PIECE = factored.compile("|".join(re.escape(piece) for piece in _LABEL_PIECES))


class LabelledIdentifierRecognizer(EntityRecognizer):
    """Any entity of `LABELLED`, when its label is right before the value (module doc)."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=list(LABELLED), supported_language=supported_language)
        self.patterns = {
            entity: re.compile(rf"(?<!\w)(?:{label})(?!\w){_FILLER}(?P<value>(?-i:{value}))(?![\w])", re.IGNORECASE)
            for entity, (label, value) in LABELLED.items()
        }

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        lowered = text.lower()
        if _ANY_PIECE.search(lowered) is None:  # no label's piece in it (`_LABEL_PIECES`)
            return []
        results: list[RecognizerResult] = []
        for entity, pattern in self.patterns.items():
            for match in pattern.finditer(text):
                start, end = match.span("value")
                results.append(
                    RecognizerResult(
                        entity_type=entity,
                        start=start,
                        end=end,
                        score=SCORE,
                        analysis_explanation=AnalysisExplanation(recognizer=type(self).__name__, original_score=SCORE),
                    )
                )
        return results
