"""Phone numbers as people type them, at a cost independent of how many
countries WhatsApp serves (DECISIONS item 20a).

Presidio's `PhoneRecognizer` runs `phonenumbers.PhoneNumberMatcher` once per
region: ~35 ms a message with all 245. Here one regex finds digit-run
candidates, then:

- `+…` and `00…` forms are parsed with no region (`phonenumbers.parse(s, None)`):
  every country, one parse;
- national forms ("347 123 4567", "06 1234 5678") are parsed only for the
  regions configured for the tenant (`regions`); a national form typed as one
  bare digit run ("3471234567") scores 0.6 rather than 0.8, still above the
  default threshold, but below a checksum-validated identifier of the same
  digits (a bare 11-digit CPF that is also a valid Brazilian mobile number);
- a bare run of 11–15 digits that is valid with a `+` prepended (the `wa_id`
  style "393471234567") scores below the default threshold, so it needs a
  context word ("telefono", "call me"…) to be reported.

Numbers inside links are read too: `wa.me/393471234567`, `?phone=…` (and
other phone-named query parameters), `tel:`/`sms:`: WhatsApp's own click-to-chat
links carry the number in international form without `+`, so such a number
valid with a `+` scores as an international one; only the digits are reported.

Only `is_valid_number` counts (not merely "possible"), which keeps most dates,
prices and order numbers out.

A national form (no "+" or "00"), in a configured region or an inferred one, is skipped
when something says it is something else: a date shape ("05/05/2025"), or a digit run right
after an order, invoice, reference, barcode or parcel word ("Rechnung 4365829326",
"EAN 8001234567890") unless a phone word is there too ("ordine, cell 3471234567"). German
numbering accepts almost any 6–11 digit run after a 0, so without this a tenant configured
for DE read most dates and order numbers as phones. A form with its country code is never
skipped.

Regions nobody configured but Veil inferred (the text's language, the customer's
calling code: `proxy/detection/regions.py`) are weaker evidence still, so a recognizer built
with `inferred=True` reads only national forms, and also skips a bare run that is not the
number as dialled at home ("12345678903" is a US number only by dropping a trunk "1").
A run of digit groups separated by spaces is
also tried window by window, so "3471234567 3398765432" yields two numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import phonenumbers
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

_CANDIDATE = re.compile(r"(?<![\w+/.,-])(?:\+|\b00)?\(?\d[\d \t().\-/]{5,26}\d(?![\w-]|[.,]\d)")
_GROUP = re.compile(r"\S+")
_IN_URL = re.compile(
    r"(?:\bwa\.me/|whatsapp\.com/send/?\?phone=|[?&;](?:phone|phone_number|tel|telefono|telephone|mobile|cell"
    r"|number|numero|msisdn|whatsapp|wa|to)=|\b(?:tel|sms|callto|whatsapp):(?://)?)(?:\+|%2B|00)?(\d{7,15})(?!\d)",
    re.IGNORECASE,
)
_NON_DIGIT = re.compile(r"\D")
_DATE = re.compile(r"\(?\d{1,2}([./-])\d{1,2}\1(?:\d{2}|\d{4})\)?")
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER_SIGN = re.compile(r"(?:\b(?:n|no|nr|num)\.|[#№]|\bn[º°])\s*:?\s*$", re.IGNORECASE)
# Words that label a digit run as something other than a phone, by their stems (lower case), in
# the six languages: order, invoice, reference/item/code, barcode, parcel/shipment/tracking, return,
# receipt/ticket, customer/account number; and "no.", "nº", "#" right before the digits.
_NOT_A_PHONE = ("order", "invoice", "ref", "item", "code", "sku", "ean", "barcode", "tracking", "parcel",
                "shipment", "return", "receipt", "ticket", "account", "ordine", "fattura", "codice", "articolo",
                "reso", "spedizion", "pacco", "ricevuta", "pratica", "pedido", "factura", "referencia", "código",
                "codigo", "envío", "envio", "devoluci", "albar", "encomenda", "nota", "fiscal", "devolu",
                "rastreio", "protocolo", "bestell", "rechnung", "artikel", "sendung", "retoure", "barcode",
                "kunden", "auftrag", "commande", "facture", "référence", "colis", "retour", "suivi", "dossier",
                "barres")  # fmt: skip


class PhoneNumberRecognizer(EntityRecognizer):
    """PHONE_NUMBER: international forms of any region, national forms of `regions`."""

    CONTEXT = ("phone", "tel", "cell", "mobile", "whatsapp", "call", "number", "cellulare",
               "numero", "chiama", "móvil", "movil", "llama", "portable", "appel", "celular",
               "ligue", "handy", "nummer", "anruf", "ruf")  # fmt: skip

    def __init__(
        self,
        supported_language: str = "en",
        regions: Sequence[str] = (),
        international: bool = True,
        score_international: float = 0.95,
        score_national: float = 0.8,
        score_bare_international: float = 0.4,
        score_national_bare: float = 0.6,
        inferred: bool = False,
    ) -> None:
        super().__init__(
            supported_entities=["PHONE_NUMBER"],
            supported_language=supported_language,
            context=list(self.CONTEXT),
        )
        self.regions = tuple(r.upper() for r in regions)
        self.international = international
        self.scores = (score_international, score_national, score_bare_international)
        self.score_national_bare = score_national_bare
        self.inferred = inferred
        if inferred:
            self.international = False  # the inferred regions add national forms only

    def load(self) -> None:
        """Keep phonenumbers' compiled metadata regexes (its documented cache).

        Without it the library recompiles region patterns that fell out of the
        `re` module's 512-entry cache: parsing numbers of many regions (every
        "+" form is tried) spent more time in `re.compile` than in matching.
        The metadata itself is imported lazily by the library; no I/O here.
        """
        phonenumbers.enable_pattern_cache()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for match in _CANDIDATE.finditer(text):
            for start, end, score in self._numbers_in(match.group(), match.start()):
                if not (_national(text[start:end]) and _something_else(text, start, end)):
                    results.append(self._result(start, end, score))
        if self.international and ("/" in text or "=" in text or ":" in text):
            for match in _IN_URL.finditer(text):
                if _valid("+" + match.group(1), None):
                    results.append(self._result(match.start(1), match.end(1), self.scores[0]))
        return results

    def _numbers_in(self, candidate: str, offset: int) -> Iterator[tuple[int, int, float]]:
        if not self.international and candidate.lstrip("(").startswith(("+", "00")):
            return  # an international form: its pieces are not national numbers
        score = self.score(candidate)
        if score is not None:
            yield offset, offset + len(candidate), score
            return
        groups = [(m.start(), m.end()) for m in _GROUP.finditer(candidate)]
        i = 0
        while i < len(groups):
            for j in range(len(groups) - 1, i - 1, -1):
                if i == 0 and j == len(groups) - 1:
                    continue  # the whole candidate was tried above
                piece = candidate[groups[i][0] : groups[j][1]]
                score = self.score(piece)
                if score is not None:
                    yield offset + groups[i][0], offset + groups[j][1], score
                    i = j
                    break
            i += 1

    def score(self, piece: str) -> float | None:
        """The score of `piece` as a whole phone number, or None if it is not one."""
        digits = _NON_DIGIT.sub("", piece)
        if not 7 <= len(digits) <= 17:
            return None
        s_intl, s_nat, s_bare = self.scores
        stripped = piece.lstrip("(")
        if stripped.startswith("+") or stripped.startswith("00"):
            if not self.international:
                return None
            body = digits[2:] if stripped.startswith("00") else digits
            return s_intl if _valid("+" + body, None) else None
        for region in self.regions:
            if _valid(piece, region) and not (self.inferred and piece.isdigit() and not _as_dialled(piece, region)):
                return self.score_national_bare if piece.isdigit() else s_nat
        if self.international and 11 <= len(digits) <= 15 and _valid("+" + digits, None):
            return s_bare
        return None

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        """Name and id metadata are added by AnalyzerEngine; the explanation is
        needed by Presidio's context enhancer."""
        return RecognizerResult(
            entity_type="PHONE_NUMBER",
            start=start,
            end=end,
            score=score,
            analysis_explanation=AnalysisExplanation(recognizer=type(self).__name__, original_score=score),
        )


def _something_else(text: str, start: int, end: int) -> bool:
    """True when the digits at start:end look like a date, or follow (within three words) a
    word that labels them as an order, invoice, code, … and no phone word."""
    if _DATE.fullmatch(text[start:end]):
        return True
    window = text[max(0, start - 48) : start]
    before = [w.lower() for w in _WORD.findall(window)][-3:]
    if any(w.startswith(PhoneNumberRecognizer.CONTEXT) for w in before):
        return False
    return bool(_NUMBER_SIGN.search(window)) or any(w.startswith(_NOT_A_PHONE) for w in before)


def _national(piece: str) -> bool:
    """True when `piece` carries no country code ("+", "00"): only such a form can be a date or an
    order number read in some country's numbering."""
    return not piece.lstrip("(").startswith(("+", "00"))


def _as_dialled(digits: str, region: str) -> bool:
    """True when a bare run is the national number as dialled at home: itself, or after a
    trunk 0. A run that parses only by dropping another prefix (a US "1" before ten digits,
    "12345678903") is as likely an id as a phone."""
    nsn = phonenumbers.national_significant_number(phonenumbers.parse(digits, region))
    return digits in (nsn, "0" + nsn)


def _valid(number: str, region: str | None) -> bool:
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_valid_number(parsed))
