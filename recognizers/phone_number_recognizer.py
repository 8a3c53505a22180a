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
"EAN 8001234567890") unless a phone word is there too ("ordine, cell 3471234567"); a number sign
after a possessive or "al"/"au"/"unter" is a phone's ("my no.", "al n."), and a run continuing a
list is named by the words before the list ("ordini 7203648248 e 3559600325"). German
numbering accepts almost any 6–11 digit run after a 0, so without this a tenant configured
for DE read most dates and order numbers as phones. A form with its country code is never
skipped.

Regions nobody configured but Veil inferred (the text's language, the customer's
calling code: `proxy/detection/regions.py`) are weaker evidence still, so a recognizer built
with `inferred=True` reads only national forms, and also skips a bare run that is not the
number as dialled at home ("12345678903" is a US number only by dropping a trunk "1").
A run of digit groups separated by spaces is
also tried window by window, so "3471234567 3398765432" yields two numbers; a national reader
skips the pieces of an international form, but not what follows a lone "/" ("+39 06 1234 5678 /
347 123 4567": two numbers).

**As forms and signatures write them.** A run may open with a bracketed country code ("(+39)
347 …") and follow a label's dot ("Tel.06 …", "Cel.+39 …"); an extension after it joins its
span in the six languages' ways (`_EXTENSION_MARK`: "x12", "#89", "poste 12", "interno 23",
"ramal 45", "extensión 12", "Durchwahl -45", …), and a valid number with one scores as an
international one: a phone line, whatever else reads its digits.

**Phone-shaped, no region** (`shape=True`, the main recognizer only). A text rarely says its
country, so a number no region validates is not necessarily no number: "(555) 123-4567",
"555.123.4567", "001-555-123-4567", "+1-555-123-4567x89" (555 is no US area code). A run
with a phone's shape (7-15 digits in groups separated by spaces, dots, dashes, one slash or
a parenthesised area code, an extension "x123"/"ext. 12" after it) that no region validates
scores `score_shape` (0.35): below the acceptance threshold, above the grey-zone floor, so
the inbound path tokenises it (grey) and a phone context word ("call", "mobile", "my
number") lifts it over the threshold (0.7). Kept out: dates and date ranges, times and time
ranges ("9.00-17.30"), amounts (thousands groups with dots, a decimal part, a currency
next to it), IP-address and postcode shapes ("94105-1234", "01304-001", "1250-146"),
digits after "=" or before "@" (links, e-mail), and everything the labelled-run skip above
keeps out, here even with a weak phone word ("order number …") and with more labels
(booking, serial, ISBN, VAT, …). With its country code ("+1-555-…", "001-555-…") a number
that is only impossible in detail but has a possible length for an assigned calling code
scores `score_shape_international` (0.55): typed with "+", it is meant as a phone.

**NANP in English.** An English text's national forms are read as North American numbers
when typed the North American way (3-3-4 digits with dashes or dots, "(555) 123-4567", an
optional leading "1-"/"+1 "), valid (`is_valid_number` for US/CA), score 0.8: that grouping
is the NANP's own, so it is evidence of the region, where a bare 10-digit run is not (one in
three random runs is a valid NANP number, so bare runs stay shape-only).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import phonenumbers
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers import factored
from recognizers.phone_screen import may_be_valid

# An extension after a number, as the six languages write it: glued or spaced "x123", "ext. 12",
# "#89"; after a space a word: "poste 12", "p. 12" (fr), "interno 23", "int. 23" (it), "ramal 45",
# "r. 45" (pt), "extensión 12" (es), "Durchwahl -45", "DW 45", "App. 45" (de). It is part of the
# line dialled, so it joins the number's span.
_EXTENSION_MARK = (
    r"(?:[ \t]?(?:x|ext\.?|extn\.?|extension|\#)"
    r"|[ \t](?:poste|p\.|interno|int\.|ramal|r\.|extensi[oó]n|durchwahl|dw|app\.|nebenstelle)[ \t]?-?)"
    r"[ \t]?\d{1,6}"
)
# A run ends at a letter or a dash, except the dash of a label glued after it, as letterheads and
# signatures write a number and what it is: "555-123-4567-Fax", "020 7946 0018-Tel". It may start
# right after a label's dot ("Tel.0612345678", "Cel.+39 …": not after a digit's, "1.234.567"), and
# with a bracketed country code ("(+39) 347 …") or a "+" and a space ("+ 39 347 …").
_CANDIDATE = factored.compile(
    r"(?<![\w+/,-])(?<![\d.]\.)(?:\(?\+ ?|\b00)?\(?\d[\d \t().\-/]{5,40}\d"
    rf"(?:{_EXTENSION_MARK})?"
    r"(?!\w|-(?!(?:fax|tel|phone|mobile|cell|office|home|work)\b)|[.,]\d)",
    re.IGNORECASE,
)
_EXTENSION = factored.compile(rf"{_EXTENSION_MARK}$", re.IGNORECASE)
_GROUP = re.compile(r"\S+")
_IN_URL = factored.compile(
    r"(?:\bwa\.me/|whatsapp\.com/send/?\?phone=|[?&;](?:phone|phone_number|tel|telefono|telephone|mobile|cell"
    r"|number|numero|msisdn|whatsapp|wa|to)=|\b(?:tel|sms|callto|whatsapp):(?://)?)(?:\+|%2B|00)?(\d{7,15})(?!\d)",
    re.IGNORECASE,
)
_NON_DIGIT = re.compile(r"\D")
_DATE = re.compile(r"\(?(?:\d{1,2}([./-])\d{1,2}\1(?:\d{2}|\d{4})|\d{4}([./-])\d{1,2}\2\d{1,2})\)?")
_WORD = re.compile(r"[^\W\d_]+")
_LAST_DIGIT = re.compile(r"\d")
_NUMBER_SIGN = factored.compile(r"(?:\b(?:n|no|nr|num)\.|[#№📦]|\bn[º°])\s*:?\s*$", re.IGNORECASE)
# ... unless the word before the sign makes it a phone's: a possessive ("my no.", "il mio n.", "mon n°",
# "mi nº", "meu nº", "meine Nr."), a contact word ("contact no.") or a preposition of reaching ("al n.",
# "au n°", "no nº", "unter Nr."): "number" alone is how many people name their phone number.
_PHONE_SIGN = re.compile(
    r"\b(?:my|your|mio|mia|tuo|tua|suo|sua|mi|tu|su|mon|ton|votre|notre|meu|minha|seu|teu|mein|meine|dein|deine|"
    r"ihre|unsere|contact|contatto|contacto|contato|kontakt|al|au|no|unter)\s+"
    r"(?:(?:n|no|nr|num)\.|[#№]|n[º°])\s*:?\s*$",
    re.IGNORECASE,
)
# A run joined to a number before it ("ordini 7203648248 e 3559600325", "#759063 - 3235868",
# "Tel. 0612345678 / 0698765432"): it is another item of the same list, named by the same words
# (a number's "#89" extension is part of that number).
_PREVIOUS_RUN = re.compile(
    r"\d[\d \t().\-/#]*\d\s*(?:[-/,;&]|\b(?:and|or|e|y|et|und|oder|o|ou|oppure)\b)\s*$", re.IGNORECASE
)
_JOINERS = frozenset(("and", "or", "e", "y", "et", "und", "oder", "o", "ou", "oppure"))
# The rest of an alphanumeric code the run continues ("1Z 999 AA1 38 1871 6142"): a token mixing
# letters and digits, one space before the run.
_CODE_BEFORE = re.compile(r"(?:[^\W\d_]+\d|\d+[^\W\d_])\w*[ \t]$")
# Words that label a digit run as something other than a phone, by their stems (lower case), in
# the six languages: order, invoice, reference/item/code, barcode, parcel/shipment/tracking, return,
# receipt/ticket (Brazilian "NF-e", "nota fiscal", "boleto"), customer/account number (Italian plurals
# by their stems: "ordini", "fatture", "codici"); and "no.", "nº", "#", "📦" right before the digits.
_NOT_A_PHONE = ("order", "invoice", "ref", "item", "code", "sku", "ean", "barcode", "tracking", "parcel",
                "shipment", "return", "receipt", "ticket", "account", "ordine", "fattura", "codice", "articolo",
                "reso", "spedizion", "pacco", "ricevuta", "pratica", "pedido", "factura", "referencia", "código",
                "codigo", "envío", "envio", "devoluci", "albar", "encomenda", "nota", "fiscal", "devolu",
                "rastreio", "protocolo", "bestell", "rechnung", "artikel", "sendung", "retoure", "barcode",
                "kunden", "auftrag", "commande", "facture", "référence", "colis", "retour", "suivi", "dossier",
                "barres", "barra", "barre", "ordin", "fattur", "codic", "articol", "pacc", "ricevut", "nf",
                "fatura", "recibo", "comprovante", "boleto", "quittung", "beleg",
                "reçu")  # fmt: skip
# More labels of runs that are not phones, for the phone-shape rule only (its evidence is weaker).
_NOT_A_PHONE_SHAPE = (*_NOT_A_PHONE, "booking", "reservation", "prenotazion", "reserva", "buchung", "réservation",
                      "confirmation", "isbn", "serial", "seriale", "model", "lot", "batch", "vat", "iva", "tva", "ust",
                      "tax", "nif", "cpf", "cnpj", "iban", "bic", "swift", "sort", "routing", "policy", "polizza",
                      "claim", "case", "member", "loyalty", "voucher", "coupon", "gift", "card", "carta", "tarjeta",
                      "cartão", "karte", "carte", "id", "zip", "postcode", "pin", "plz", "cep", "cap", "total",
                      "amount", "price", "prezzo", "precio", "preço", "preis", "prix", "importe", "importo",
                      "betrag", "montant", "valor", "qty", "quantity", "version", "barra", "barre",
                      "strichcode")  # fmt: skip
# The same labels for `_labelled`'s test, read once: a word is one of them, or starts with one of
# more than three letters (a per-word loop over the tuple cost more than the phone parse).
_SHAPE_LABELS = frozenset(_NOT_A_PHONE_SHAPE)
_SHAPE_LABEL_STEMS = tuple(x for x in _NOT_A_PHONE_SHAPE if len(x) > 3)
# Phone words that beat such a label ("order, call 555-123-4567"); "number" alone does not.
_STRONG_PHONE = ("phone", "tel", "cell", "mobile", "whatsapp", "call", "ring", "text", "sms", "fax", "cellulare",
                 "chiama", "móvil", "movil", "llama", "portable", "appel", "celular", "ligue", "handy", "anruf",
                 "ruf", "zap")  # fmt: skip
_SHAPE_GROUPS = re.compile(r"\(\d{1,5}\)|\d+")
_SHAPE_CHARS = re.compile(r"[\d .()/-]+")
_DOUBLE_SEPARATOR = re.compile(r"[ .\-/]{2,}")
_SHAPE_DATE = (r"(?:\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}([./-])\d{1,2}\2\d{1,2}"
               r"|\d{1,2}[./]\d{1,2}[./]?)")  # fmt: skip
_NOT_SHAPE = re.compile(
    rf"\(?(?:{_SHAPE_DATE})(?:\s*[-/]\s*(?:{_SHAPE_DATE}))*\)?"  # dates, date ranges
    r"|\d{1,2}[.:h]\d{2}(?:\s*[-/]\s*\d{1,2}[.:h]\d{2})*"  # times, time ranges
    r"|\d{1,3}(?:\.\d{3})+|\d+\.\d{1,2}"  # thousands with dots, a decimal part
    r"|\d{1,3}(?:\.\d{1,3}){3}"  # an IP address
    r"|\d{5}-\d{4}|\d{5}-\d{3}|\d{4}-\d{3}"  # US ZIP+4, Brazilian CEP, Portuguese postcode
)
_CURRENCY = re.compile(
    r"(?:[€$£¥₹]|\b(?:eur|usd|gbp|chf|inr|brl|r\$|euro|euros|dollars?|pounds?|reais))\s*$", re.IGNORECASE
)
_UNIT_AFTER = re.compile(
    r"^\s*(?:[€$£¥₹%]|(?:eur|usd|gbp|euro|euros|dollars?|reais|kg|km|mm|cm|ml|mb|gb)\b)", re.IGNORECASE
)
_NANP = re.compile(r"(?:\+?1[ .-])?(?:\(\d{3}\)\s?\d{3}[.-]\d{4}|\d{3}([.-])\d{3}\1\d{4})")


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
        shape: bool | None = None,
        score_shape: float = 0.35,
        score_shape_international: float = 0.55,
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
        # phone-shaped runs no region validates: the main recognizer's, not the extra national ones'
        self.shape = self.international if shape is None else shape
        self.shape_scores = (score_shape, score_shape_international)
        self.nanp = supported_language == "en" and self.international

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
            candidate, start = match.group(), match.start()
            extension = _EXTENSION.search(candidate)
            body = candidate[: extension.start()] if extension else candidate
            # a label before the run names every number in it ("📦 1653 0447 6288")
            found = [
                (s, e, score)
                for s, e, score in self._numbers_in(body, start)
                if not (
                    _national(text[s:e])
                    and (_something_else(text, s, e) or (s > start and _something_else(text, start, e)))
                )
            ]
            validated = bool(found)
            # a label before the run names its pieces too ("📦 1653 0447 6288")
            if not found and self.shape and (body.lstrip("(").startswith("+") or not _labelled(text, start)):
                found = list(self._shaped_in(text, body, start))
            for s, e, score in found:
                if extension and e == start + len(body):
                    e = match.end()  # the extension is part of the number it follows
                    if validated:  # a valid number with an extension is a phone line, whatever else reads it
                        score = max(score, self.scores[0])
                results.append(self._result(s, e, score))
        if self.international and ("/" in text or "=" in text or ":" in text):
            for match in _IN_URL.finditer(text):
                if _valid("+" + match.group(1), None):
                    results.append(self._result(match.start(1), match.end(1), self.scores[0]))
        return results

    def _numbers_in(self, candidate: str, offset: int) -> Iterator[tuple[int, int, float]]:
        groups = [(m.start(), m.end()) for m in _GROUP.finditer(candidate)]
        intl = candidate.lstrip("(").startswith(("+", "00"))
        # the pieces of an international form are not national numbers, but a number after a
        # slash is a number of its own ("+39 06 1234 5678 / 347 123 4567")
        starts = _after_slash(candidate, groups) if intl and not self.international else range(len(groups))
        score = self.score(candidate) if 0 in starts else None
        if score is not None:
            yield offset, offset + len(candidate), score
            return
        # numbers listed with a lone "/" or "-" between them, each valid on its own ("03847 4877 -
        # 0335 13345"): read so before the windows, which would take the longest valid prefix
        pieces = [(i, j) for i, j in _segments(candidate, groups) if i in starts]
        if len(pieces) > 1 or (pieces and len(pieces) < len(_segments(candidate, groups))):
            scored = [(i, j, self.score(candidate[groups[i][0] : groups[j][1]])) for i, j in pieces]
            valid = [(i, j, score) for i, j, score in scored if score is not None]
            if len(valid) == len(scored):
                for i, j, score in valid:
                    yield offset + groups[i][0], offset + groups[j][1], score
                return
        i = 0
        while i < len(groups):
            if i not in starts:
                i += 1
                continue
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
        if self.nanp and _NANP.fullmatch(piece) and (_valid(piece, "US") or _valid(piece, "CA")):
            return s_nat
        if self.international and 11 <= len(digits) <= 15 and _valid("+" + digits, None):
            return s_bare
        return None

    def _shaped_in(self, text: str, body: str, offset: int) -> Iterator[tuple[int, int, float]]:
        """Phone-shaped pieces of a candidate no region validated (module doc): the whole
        candidate, else its whitespace-separated windows, longest first."""
        groups = [(m.start(), m.end()) for m in _GROUP.finditer(body)]
        # the pieces of an international form are not national numbers ("+289 1234 5678 9012"),
        # those after a slash may be
        intl = body.lstrip("(").startswith(("+", "00"))
        starts = {0, *_after_slash(body, groups)} if intl else range(len(groups))
        i = 0
        while i < len(groups):
            if i not in starts:
                i += 1
                continue
            for j in range(len(groups) - 1, i - 1, -1):
                start, end = offset + groups[i][0], offset + groups[j][1]
                score = self.shape_score(text, start, end)
                if score is not None:
                    yield start, end, score
                    i = j
                    break
            i += 1

    def shape_score(self, text: str, start: int, end: int) -> float | None:
        """The score of text[start:end] as a phone-shaped run no region validates, or None."""
        piece = text[start:end]
        digits = _NON_DIGIT.sub("", piece)
        stripped = piece.lstrip("(")
        international = stripped.startswith(("+", "00"))
        if not 7 <= len(digits) <= (17 if international else 15) or not _shape(_unbracketed(piece).lstrip("+ ")):
            return None
        before, after = text[max(0, start - 12) : start], text[end : end + 8]
        if before.endswith(("=", "@")) or after.startswith("@") or _CURRENCY.search(before) or _UNIT_AFTER.match(after):
            return None
        if piece.isdigit() and len(digits) > 12:
            return None  # one bare run longer than any national number typed at home: a barcode, an id
        if (not stripped.startswith("+")) and _labelled(text, start):
            return None
        if international:
            body = digits[2:] if stripped.startswith("00") else digits
            try:
                parsed = phonenumbers.parse("+" + body, None)
            except phonenumbers.NumberParseException:
                return None
            reason = phonenumbers.is_possible_number_with_reason(parsed)
            if reason != phonenumbers.ValidationResult.IS_POSSIBLE:
                return None
            # "0012345678" is as likely an id as a dialled number: only a separated "00" form counts fully
            grouped = stripped.startswith("+") or not piece.isdigit()
            return self.shape_scores[1] if grouped else self.shape_scores[0]
        if _NOT_SHAPE.fullmatch(piece.strip()):
            return None
        return self.shape_scores[0]

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
    """True when the digits at start:end look like a date, or follow (within four words) a
    word that labels them as an order, invoice, code, … and no phone word."""
    if _DATE.fullmatch(text[start:end]):
        return True
    window = _label_window(text, start)
    # four words: a barcode's label is often two ("codice a barre", "código de barras") and a verb
    before = [w.lower() for w in _WORD.findall(window)][-4:]
    if any(w.startswith(PhoneNumberRecognizer.CONTEXT) for w in _own_words(window)[-3:]):
        return False
    return _signed(window) or _continues_code(text, start) or any(w.startswith(_NOT_A_PHONE) for w in before)


def _labelled(text: str, start: int) -> bool:
    """True when one of the four words before `start` labels the run as something other
    than a phone (`_NOT_A_PHONE_SHAPE`, "no.", "#") and none is a strong phone word."""
    window = _label_window(text, start)
    before = [w.lower() for w in _WORD.findall(window)][-4:]
    if any(w.startswith(_STRONG_PHONE) for w in _own_words(window)[-4:]):
        return False
    return (
        _signed(window)
        or _continues_code(text, start)
        or any(w.startswith(_NOT_A_PHONE) or w in _SHAPE_LABELS or w.startswith(_SHAPE_LABEL_STEMS) for w in before)
    )


def _label_window(text: str, start: int) -> str:
    """The 48 characters whose words can name the run at `start`: those before it, or before the
    numbers of a list it continues (`_PREVIOUS_RUN`: "ordini 7203648248 e 3559600325" is named by
    "ordini", "Tel. 0612345678 / 0698765432" by "Tel.")."""
    end = start
    while _ends_with_joiner(text[max(0, end - 12) : end]):
        m = _PREVIOUS_RUN.search(text, max(0, end - 64), end)
        if m is None:
            break
        end = m.start()
    return text[max(0, end - 48) : end]


def _ends_with_joiner(tail: str) -> bool:
    """A cheap test before `_PREVIOUS_RUN`'s search: does `tail` end with a list's joiner?"""
    tail = tail.rstrip()
    return bool(tail) and (tail[-1] in "-/,;&" or tail.rsplit(None, 1)[-1].lower() in _JOINERS)


def _signed(window: str) -> bool:
    """True when `window` ends with a number sign ("n.", "nº", "#", "📦") that is not a phone's
    ("my no.", "al n.": `_PHONE_SIGN`)."""
    return bool(_NUMBER_SIGN.search(window)) and not _PHONE_SIGN.search(window)


def _continues_code(text: str, start: int) -> bool:
    """True when the run continues an alphanumeric code, one space after a token of letters and
    digits ("1Z 999 AA1 38 1871 6142")."""
    return bool(_CODE_BEFORE.search(text, max(0, start - 24), start))


def _own_words(window: str) -> list[str]:
    """The lower-case words of `window` after its last digit: the words that can speak for
    the number that follows. A phone word before another number belongs to that number
    ("Meu telefone é (11) 96123-6354, nota fiscal 2024/00123": the phone word names the
    first number, the invoice words the second), so it must not outweigh a label that
    stands right before this one."""
    return [w.lower() for w in _WORD.findall(_LAST_DIGIT.split(window)[-1])]


def _shape(piece: str) -> bool:
    """True when `piece` is written like a phone number: digit groups of at most 8 digits
    (one bare run of up to 15), single separators (space, dot, dash; one slash), at most one
    parenthesised group, at its start or after the country code."""
    if not _SHAPE_CHARS.fullmatch(piece) or piece.count("/") > 1 or piece.count("(") != piece.count(")"):
        return False
    squeezed = piece.replace(" - ", "-").replace(" / ", "/").replace(") ", ")")
    if piece.count("(") > 1 or _DOUBLE_SEPARATOR.search(squeezed):
        return False
    groups = _SHAPE_GROUPS.findall(piece)
    if len(groups) > 6:
        return False
    if len(groups) > 1 and max(len(g.strip("()")) for g in groups) > 8:
        return False
    paren = next((i for i, g in enumerate(groups) if g.startswith("(")), None)
    return paren is None or paren <= 1


def _segments(candidate: str, groups: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (first, last) group indices of the parts a lone "/" or "-" separates."""
    out, first = [], 0
    for k, (a, b) in enumerate(groups):
        if candidate[a:b] in ("/", "-"):
            if first < k:
                out.append((first, k - 1))
            first = k + 1
    if first < len(groups):
        out.append((first, len(groups) - 1))
    return out


def _after_slash(candidate: str, groups: Sequence[tuple[int, int]]) -> set[int]:
    """The indices of the whitespace groups that follow a lone "/" or "-" ("… / 347 123 4567",
    "… - 0442 169507")."""
    return {i for i in range(1, len(groups)) if candidate[groups[i - 1][0] : groups[i - 1][1]] in ("/", "-")}


def _unbracketed(piece: str) -> str:
    """A bracketed country code without its brackets ("(+39) 347 …" → "+39 347 …"), so the one
    bracket a phone's shape allows stays for an area code."""
    return piece[1:].replace(")", "", 1) if piece.startswith("(+") else piece


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
    if not may_be_valid(number, region):
        return False  # no number the parse can read from it is valid: no parse needed (`phone_screen`)
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_valid_number(parsed))
