"""India's comma-separated address read forward from its house number to its town, with or without a PIN.

Why: `india_address` reads an address back from a six-digit PIN after a capitalised town, and people in
a chat often leave the PIN out or type the whole address in lower case ("Flat 302, Sai Krupa
Apartments, near Shiv Mandir, Kothrud, Pune", "h no 5, gali no 3, laxmi nagar, delhi"). Without a PIN
the parts (a building, a landmark, a locality) stay in clear, or only the town is found as a place.

`chain_addresses` starts at an opening part, a house, flat or plot number written with its word ("Flat
302", "H.No. 7-1-23", "Plot No 14", "Qtr No. 12", "#12"), a block or slash number ("B-12", "12/3") or a
care-of ("S/O Ramesh Yadav"), that closes its part (a comma, a line break or a full stop after it). It
reads the parts after it (split by commas, line breaks, and full stops that close no abbreviation: a
landmark may end a sentence inside the address, "Opp. HDFC Bank. Baner, Pune"), each of up to five
words, and ends the address at the farthest part that starts with a town: a listed place
(`place_recognizer.places`, no English word in lower case) or an Indian state or union territory,
with a direction after it ("Thane West"), the state after a comma and a PIN. Fail closed on the
address, no-PII unchanged: it needs the opening part, a town, and between them a part that an Indian
address holds (a locality word: "Nagar", "Colony", "Layout", "Apartments", "Sector 15", "2nd Cross",
"4th Main", "Gali No. 5"; or a landmark: "near", "opp.", "behind"), or two parts. A number with no
word before it ("45, Rajaji Nagar") opens only with a PIN (`india_address`).

`run_addresses` reads the same address typed with no comma at all ("h no 14 gali 6 krishna nagar delhi
110051"): from a house number or a village's words to the farthest town or PIN of the clause, every word
between no English function word and one of them a locality word; a listing's words end it.

Sources: the state and union-territory names are the Constitution of India's First Schedule (public
fact); the locality words are the everyday vocabulary of Indian addresses, written by the rules' author.
"""

from __future__ import annotations

import re

from recognizers import factored
from recognizers.given_name_recognizer import gazetteer
from recognizers.place_recognizer import places
from recognizers.street_address_recognizer import NOT_AMOUNT

# India's states and union territories, and the older names still typed.
_STATES = frozenset({
    "andhra pradesh", "arunachal pradesh", "assam", "bihar", "chhattisgarh", "goa", "gujarat", "haryana",
    "himachal pradesh", "jharkhand", "karnataka", "kerala", "madhya pradesh", "maharashtra", "manipur",
    "meghalaya", "mizoram", "nagaland", "odisha", "orissa", "punjab", "rajasthan", "sikkim", "tamil nadu",
    "telangana", "tripura", "uttar pradesh", "uttarakhand", "uttaranchal", "west bengal", "delhi", "new delhi",
    "jammu and kashmir", "ladakh", "puducherry", "pondicherry", "chandigarh", "lakshadweep",
})  # fmt: skip
# The states' two-letter codes, a part of their own after a comma ("…, Sikar, RJ"), in capitals or lower case.
_STATE_CODES = frozenset(
    "ap as br cg dl ga gj hp hr jh jk ka kl mh mp od pb rj tn ts uk up wb".split()
)  # fmt: skip
_NUMBER = r"(?:[A-Za-z]{1,2}-?)?\d{1,5}[A-Za-z]?(?:[-/][A-Za-z0-9]{1,4}){0,4}"
_HOUSE_WORD = (
    r"(?:flat|h\.?[ \t]?no|house(?:[ \t]?no)?|door(?:[ \t]?no)?|plot(?:[ \t]?no)?|qtr(?:[ \t]?no)?|"
    r"quarter[ \t]?no|room(?:[ \t]?no)?|shop(?:[ \t]?no)?|villa|bungalow|block[ \t]?no|"
    r"(?:d|s|old|new|ghar|makan|qr|gali|ward)\.?[ \t]?no|no(?=\.?[ \t]?\d)|[a-z][ \t-]?wing)"
)
# A village's own words before its name ("Vill. Rampur", "VPO Chirawa", "At Post Shirur", "At/Po Kendrapara",
# "Vill & PO Dharmanagar", "Mohalla Qazi Tola"): rural India's address opens with the village, not a number.
_VILLAGE = r"(?:vill(?:age)?\.?(?:[ \t]*&[ \t]*p\.?o\.?)?|v\.?p\.?o\.?|at[ \t]*/[ \t]*p\.?o\.?|at[ \t]+post|mohall?a)"
# An opening part, closing its part: "Flat 302", "H.No. 7-1-23", "#56/1", "B-12", "12/3", "S/O Ramesh Yadav".
_OPENING = re.compile(
    r"(?<![\w/#.-])(?:"
    rf"{_HOUSE_WORD}\.?[ \t]?(?:no\.?[ \t]?)?[#:]?[ \t]?{_NUMBER}{NOT_AMOUNT}"
    rf"|#[ \t]?\d{{1,5}}[A-Za-z]?(?:[-/][A-Za-z0-9]{{1,4}}){{0,3}}{NOT_AMOUNT}"
    r"|[A-Za-z]{1,2}[-/]\d{1,4}[A-Za-z]?(?:/\d{1,4})?(?![\w-])"
    r"|\d{1,4}/(?:[A-Za-z]{1,2}-?)?\d{1,4}[A-Za-z]?(?:/\d{1,4})?(?![\w/-])"
    r"|[swdc]/o\.?[ \t]+[A-Za-z]+(?:[ \t]+[A-Za-z]+){0,2}"
    rf"|{_VILLAGE}[ \t]+[A-Za-z]+(?:[ \t]+[A-Za-z]+){{0,2}}"
    r"|(?P<bare>\d{1,4}[A-Za-z]?)"
    r")(?=[ \t]*(?:,|\n|\.[ \t]))",
    re.IGNORECASE,
)
# An opening written with its house word ("Flat 302", "H.No. 5", "#12"); a bare block or slash number or a
# care-of ("w/o" is also "without": "w/o sugar, less ice, …") needs a locality word after it.
_VILLAGE_OPENING = re.compile(_VILLAGE, re.IGNORECASE)
_HOUSE_OPENING = re.compile(rf"{_HOUSE_WORD}|#", re.IGNORECASE)
# What separates two parts: a comma, a line break, or a full stop that closes no abbreviation.
_SEPARATOR = re.compile(r"[ \t]*(?:,[ \t]*\n?|\n|\.(?=[ \t]))[ \t]*")
_ABBREVIATIONS = frozenset(
    "no h.no hno opp nr dist vill st rd apts soc sec ph bldg govt dr mr mrs co p.o po ps tq nagar.".split()
)  # fmt: skip
_PART = re.compile(r"[^,\n.]*(?:\.(?![ \t]|$)[^,\n.]*)*")
_WORD = re.compile(r"[^\W_][\w'&-]*\.?")
MAX_PARTS = 10
MAX_WORDS = 5
# A part an Indian address holds: a locality word, a numbered sector or road, a landmark.
_LOCALITY = re.compile(
    r"(?<![\w])(?:nagar|colony|layout|enclave|society|soc|apartments?|apts?|residency|residence|complex|vihar|"
    r"puram|peth|wadi|chawl|niwas|kunj|sadan|bhavan|bhawan|market|bazaar|chowk|marg|road|rd|street|lane|cross|"
    r"main|block|sector|phase|stage|ward|gali|vill|village|post|dist|district|taluk|tehsil|mandal|extension|"
    r"extn|ext|camp|lines|hills|garden|gardens|towers?|wing|floor|park|city|town|halli|pally|palli|ganj|bagh|"
    r"bazar|pet|palya|salai|veedhi|circle|scheme|chs|heights|bldg|mohalla|mohala|po|p\.o|vpo|teh|taluka?|tal|tq|distt|"
    r"mandir|masjid|gurudwara|temple|church|"
    r"east|west|north|south|near|nr|opp|opposite|behind|beside|next to)(?![\w])",
    re.IGNORECASE,
)
_TOWN_WORDS = re.compile(r"[A-Za-z]+(?:[ \t]+[A-Za-z]+){0,2}")
# What may close the part after a state's code in lower case: nothing, or a polite word ("…, mp sir").
_POLITE = re.compile(r"[ \t]*(?:(?i:sir|madam|ji|pls|please|thanks|thank you|thx)[ \t]*)?")
_DIRECTIONS = frozenset({"north", "south", "east", "west"})  # "North Tripura", "South Goa": districts, towns
_DIRECTION = re.compile(r"[ \t]+(?i:east|west|north|south)(?![\w])")
_PIN = re.compile(
    r"[ \t]*(?:[-–:,][ \t]*|\.[ \t]*(?=(?i:pin)))?(?:(?i:pin(?:[ \t]?code)?)[ \t]*[:-]?[ \t]*)?"
    r"[1-8]\d{2}[ \t]?\d{3}(?![\w-])"
)
# A district named with its word, before or after it ("Dist. Etah", "distt karnal", "Thoothukudi Dist",
# "Dharwad district", "Bangalore Rural"): the word says a place's name is there, listed or not; a town.
_DISTRICT = re.compile(
    r"(?i:dist(?:t|rict)?\.?|zila|zilla|jilla)[ \t]+[A-Za-z]{3,}(?:[ \t]+[A-Za-z]{3,})?(?![\w])"
    r"|[A-Za-z]{3,}(?:[ \t]+[A-Za-z]{3,})?[ \t]+(?i:dist(?:t|rict)?|rural|urban)\.?(?![\w])"
)
# "No." bare, and the word before it; the words after which it opens an address.
_BARE_NO = re.compile(r"(?i:no)\.?[ \t]?\d")
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)$")
_CUES = frozenset("to at is hai address adress addr pe par on deliver send ship courier".split())
# A building named in its own part before the house number: capitalised words after a line's start, a colon,
# a dash or an address cue ("to", "at", "is", "hai").
_BUILDING_BEFORE = re.compile(
    r"(?:^|(?<=\n)|(?<=:)|(?<=- )|(?<=\bto )|(?<=\bat )|(?<=\bis )|(?<=\bhai ))[ \t]*"
    r"(?P<building>[A-Z][A-Za-z'&-]+(?:[ \t]+[A-Z][A-Za-z'&-]*){0,2})[ \t]*,[ \t]*$"
)
_NOT_BUILDING = frozenset(
    "hi hello hey dear sir madam ok okay yes no thanks thank please pls kindly bhaiya bhai ji order invoice".split()
)
# A run-on address's opening: a house word and its number ("h no 14", "flat 504", "plot no 9"), "#12", a block
# and number ("b-7", "B 12"; not "a 5" or "i 3", words), a slash number ("20/2"), a village's word and name.
_RUN_OPENING = re.compile(
    r"(?<![\w/#.-])(?:"
    rf"{_HOUSE_WORD}\.?[ \t]?(?:no\.?[ \t]?)?[#:]?[ \t]?{_NUMBER}{NOT_AMOUNT}"
    rf"|#[ \t]?\d{{1,5}}[A-Za-z]?(?:[-/][A-Za-z0-9]{{1,4}}){{0,3}}{NOT_AMOUNT}"
    r"|[A-Za-z]{1,2}[-/]\d{1,4}[A-Za-z]?(?:/\d{1,4})?(?![\w-])"
    r"|(?![aiAI][ \t])[A-Za-z][ \t]\d{1,4}(?![\w/-])"
    r"|\d{1,4}/\d{1,4}[A-Za-z]?(?![\w/-])"
    rf"|{_VILLAGE}[ \t]+[A-Za-z]+"
    r"|[A-Za-z]{4,}[ \t]+house(?=[ \t]+p\.?o\.?[ \t])"  # Kerala's named home and its post office
    r")(?=[ \t]+\w)",
    re.IGNORECASE,
)
# What ends a run-on address's clause: a comma, a line break, a sentence's end (a full stop after no
# abbreviation), a question or an exclamation.
_RUN_STOP = re.compile(r"[,;!?\n]|\.(?=[ \t]|$)")
_RUN_WORD = re.compile(r"[^\W_][\w'&/-]*\.?")
MAX_RUN_WORDS = 14
_DIGIT = re.compile(r"\d")
# What a property listing or a shop's offer holds and an address does not.
_LISTING_WORDS = frozenset("bhk rk sqft sq rent sale sell sells sold available price offer booked booking".split())
_PIN_WORD = re.compile(r"[1-8]\d{5}")
# A word that makes the town's name a locality's ("Shivaji Nagar", "Rajouri Garden", "Nashik Road"): the town
# is still to come.
_LOCALITY_AFTER = re.compile(
    r"[ \t]+(?i:nagar|colony|layout|enclave|vihar|puram|peth|pet|road|rd|marg|garden|park|bazar|bazaar|chowk|"
    r"market|ganj|gali|lane|street|cross|main|sector|block|phase|extn|ext|camp|lines)(?![\w])"
)
# A state after a town with no comma ("latur maharashtra", "bodhan nizamabad telangana").
_STATE_AFTER = re.compile(
    r"[ \t]+(?i:" + "|".join(sorted((re.escape(s) for s in _STATES), key=len, reverse=True)) + r")(?![\w])"
)
# Every opening part ends in a number before a separator, or is a care-of: a text with neither (most chat
# messages) is left at once. Two searches, the care-of's only in a text with a "/": one alternation of both
# was tried at every "s", "w", "d" and "c" of a text. The number's is tried only at the first ASCII digit of a
# run (a later one's match is the first's, whose run of letters and digits takes it in), not at every digit of a
# phone or an order number; a digit of another script is tried where it is.
_MAYBE_NUMBER = factored.compile(r"(?:(?<![0-9])[0-9]|(?![0-9])\d)[A-Za-z0-9/-]*[ \t]*(?:,|\n|\.[ \t])")
_MAYBE_CARE_OF = re.compile(r"[swdcSWDC]/[oO]")
# And what every village opening holds, tested as plain substrings of the folded text (a regex is slower).
_VILLAGE_HINTS = ("vill", "vpo", "v.p.o", "post", "/po", "mohal")
# A run-on address holds a locality word (`_run_end` keeps none without one between its opening and its
# town): a text with none anywhere has none (most messages). `factored`: the same matches, each searched
# from the characters a word of the list can begin with.
_LOCALITY_ANYWHERE = factored.compile(_LOCALITY.pattern, _LOCALITY.flags)


def chain_addresses(text: str) -> list[tuple[int, int]]:
    """The spans of the Indian addresses an opening part starts and a town ends (module doc)."""
    if not _maybe_chain(text):
        return []
    out: list[tuple[int, int]] = []
    done = 0
    for opening in _OPENING.finditer(text):
        if opening.start() < done or _not_a_house(text, opening):
            continue
        if (end := _chain_end(text, opening)) is not None:
            out.append((building_start(text, opening.start()), end))
            done = end
    return out


def _maybe_chain(text: str) -> bool:
    """Whether `text` may hold an opening part: a number closing its part, a care-of, or a village's word
    (`_MAYBE_NUMBER`, `_MAYBE_CARE_OF`, `_VILLAGE_HINTS`); the text is folded once for the hints."""
    if _MAYBE_NUMBER.search(text) is not None or ("/" in text and _MAYBE_CARE_OF.search(text) is not None):
        return True
    folded = text.casefold()
    return any(hint in folded for hint in _VILLAGE_HINTS)


def _not_a_house(text: str, opening: re.Match[str]) -> bool:
    """True for a bare "No. 45" after a word that numbers something else ("Order No. 45", "Invoice no 12"):
    "No." opens an address ("No. 17, 1st Floor, …") only first on its line or after an address cue. A number
    with no word at all ("3, Model Town, Ludhiana") opens one only there ("Flat 5, 10 and 15 percent" is none)."""
    head = text[max(0, opening.start() - 40) : opening.start()].rstrip(" \t")
    before = _WORD_BEFORE.search(head)
    if "bare" in opening.re.groupindex and opening["bare"] is not None:
        if not head or head[-1] in "\n:-":
            return False
        return before is None or before.group(1).casefold() not in _CUES
    if _BARE_NO.match(opening.group()) is None:
        return False
    return before is not None and before.group(1).casefold() not in _CUES


def building_start(text: str, start: int) -> int:
    """Where an address starts once a building or society named before its house number joins it ("Sai
    Darshan CHS, Flat 12, …", "Royal Palms, Villa 21, …"): one part of capitalised words right after the
    line's start, a colon or an address cue, none of them a greeting or an everyday word."""
    before = _BUILDING_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return start
    stops = gazetteer().stop_words.get("en", frozenset())
    words = [w.casefold() for w in re.findall(r"[A-Za-z]+", before.group("building"))]
    if any(w in stops or w in _NOT_BUILDING for w in words):
        return start
    return before.start("building")


def _parts_after(text: str, start: int) -> list[tuple[int, int]]:
    """The parts after `start` (where a separator begins), each as (start, end), at most `MAX_PARTS`."""
    out: list[tuple[int, int]] = []
    pos = start
    for _ in range(MAX_PARTS):
        sep = _SEPARATOR.match(text, pos)
        if sep is None or sep.end() >= len(text):
            break
        if text[pos] == "." and _abbreviation_before(text, pos):
            break
        part = _PART.match(text, sep.end())
        if part is None or part.end() == sep.end():
            break
        out.append((sep.end(), part.end()))
        pos = part.end()
        while pos < len(text) and text[pos] == "." and _abbreviation_before(text, pos):
            more = _PART.match(text, pos + 1)  # "Nr. Apollo Hospital": the abbreviation's dot is inside the part
            pos = more.end() if more is not None and more.end() > pos + 1 else pos + 1
            out[-1] = (out[-1][0], pos)
    return out


def _abbreviation_before(text: str, dot: int) -> bool:
    """True when the full stop at `dot` closes a short abbreviation ("Opp.", "Nr.", "Dist.")."""
    word = re.search(r"([\w.]+)$", text[max(0, dot - 6) : dot])
    return word is not None and word.group(1).casefold() in _ABBREVIATIONS


def _town_end(text: str, start: int, end: int, lower: bool) -> int | None:
    """Where the town that starts the part `start:end` ends (its direction included), or None."""
    if (district := _DISTRICT.match(text, start, end)) is not None:
        return district.end()
    words = _TOWN_WORDS.match(text, start, end)
    if words is None:
        return None
    listed = places().words_in
    tokens = list(re.finditer(r"[A-Za-z]+", words.group()))
    for n in range(len(tokens), 0, -1):
        name = " ".join(t.group() for t in tokens[:n])
        folded = name.casefold()
        if not lower and not name[0].isupper():
            continue
        in_list = folded in listed and not (lower and "en" in listed[folded])
        code = n == 1 and folded in _STATE_CODES and (name.isupper() or _alone(text, start + tokens[0].end(), end))
        state = folded in _STATES or folded.partition(" ")[2] in _STATES and folded.split()[0] in _DIRECTIONS
        if in_list or state or code:
            town_end = start + tokens[n - 1].end()
            if (direction := _DIRECTION.match(text, town_end, end)) is not None:
                town_end = direction.end()
            return town_end
    return None


def _alone(text: str, start: int, end: int) -> bool:
    """True when nothing but a PIN follows a state's code in its part ("…, dist sehore, mp", "…, up 203131"): in
    lower case the code is as often a word ("…, up to you"); in capitals it is the state's."""
    rest = _PIN.match(text, start, end)
    return _POLITE.fullmatch(text, rest.end() if rest is not None else start, end) is not None


def _chain_end(text: str, opening: re.Match[str]) -> int | None:
    """Where the address opened by `opening` ends: at the farthest part that starts with a town, with a state
    part and a PIN after it; None without a town or with no part between that an Indian address holds."""
    lower = opening.group() == opening.group().lower()
    parts = _parts_after(text, opening.end())
    end: int | None = None
    middle: list[tuple[int, int]] = []
    seen: list[tuple[int, int]] = []
    towns: list[bool] = []  # which parts of `middle` start with a town
    seen_towns: list[bool] = []
    for part_start, part_end in parts:
        part_lower = lower or text[part_start:part_end] == text[part_start:part_end].lower()
        town_end = _town_end(text, part_start, part_end, part_lower)
        long = len(_WORD.findall(text, part_start, part_end)) > MAX_WORDS
        if long and town_end is None:
            break
        if town_end is not None and seen:
            end, middle, towns = town_end, list(seen), list(seen_towns)
        seen.append((part_start, part_end))
        seen_towns.append(town_end is not None)
        if long:  # the sentence goes on after the town: "…, Pune 412210 pe bhej do"
            break
    if end is None and seen_towns[:1] == [True] and _VILLAGE_OPENING.match(opening.group()) is not None:
        # "At/Po Kendrapara, Odisha 754211": the village's name is the part between; its PIN the evidence
        town_end = _town_end(text, *seen[0], lower or text[slice(*seen[0])].islower())
        pin = _PIN.match(text, town_end) if town_end is not None else None
        return pin.end() if pin is not None else None
    if end is None or not middle:
        return None
    if not any(_LOCALITY.search(text, s, e) for s, e in middle) and not (
        _HOUSE_OPENING.match(opening.group()) is not None and any(towns)
    ):
        return None
    if (pin := _PIN.match(text, end)) is not None:
        end = pin.end()
    return end


def run_addresses(text: str) -> list[tuple[int, int]]:
    """The spans of the Indian addresses typed with no comma, a house number run on to its town or PIN ("h no
    14 gali 6 krishna nagar delhi 110051", "flat 3 om apartment opp bus stand nadiad"; `_run_end`)."""
    if _DIGIT.search(text) is None or _LOCALITY_ANYWHERE.search(text) is None:
        return []
    out: list[tuple[int, int]] = []
    done = 0
    for opening in _RUN_OPENING.finditer(text):
        if opening.start() < done or _not_a_house(text, opening):
            continue
        if (end := _run_end(text, opening)) is not None:
            out.append((opening.start(), end))
            done = end
    return out


def _run_end(text: str, opening: re.Match[str]) -> int | None:
    """Where a run-on address ends: at the farthest town (a listed place, a state, a district with its word) or
    PIN among the words after its opening up to a clause's end, with its direction, state and PIN. Fail closed:
    every word between is no English function word (a sentence: "flat 3 is near the station in Pune"), one of
    them an Indian locality word or landmark, and the run ends at a town, or at a PIN after a house word."""
    limit = len(text)
    for stop in _RUN_STOP.finditer(text, opening.end()):
        if stop.group() != "." or not _abbreviation_before(text, stop.start()):
            limit = stop.start()
            break
    words = list(_RUN_WORD.finditer(text, opening.end(), limit))[:MAX_RUN_WORDS]
    if len(words) < 2:
        return None
    stops = gazetteer().stop_words.get("en", frozenset())
    end: int | None = None
    between_end = opening.end()
    last = 0  # the index of the word the farthest town or PIN starts at
    for i, word in enumerate(words):
        if end is not None and i > last + 3:
            break  # past the town, the sentence goes on ("… nadiad, will pay cash")
        if i > 0:
            town_end = _town_end(text, word.start(), limit, word.group().islower())
            if town_end is not None and not _LOCALITY_AFTER.match(text, town_end):
                pin = _PIN.match(text, town_end)
                end, between_end, last = (pin.end() if pin is not None else town_end), word.start(), i
            elif _PIN_WORD.fullmatch(word.group()) and _HOUSE_OPENING.match(opening.group()) is not None:
                end, between_end, last = word.end(), word.start(), i
        folded = word.group().casefold().rstrip(".")
        numbered = folded == "no" and i + 1 < len(words) and words[i + 1].group()[0].isdigit()  # "gali no 5"
        if folded in stops and not numbered and _LOCALITY.fullmatch(folded) is None:  # "behind", "beside"
            break
        if folded in _LISTING_WORDS:  # "flat 2 bhk near hinjewadi phase 1 pune": a listing, not where one lives
            return None
    if end is None or not _LOCALITY.search(text, opening.end(), between_end):
        return None
    if (state := _STATE_AFTER.match(text, end)) is not None:
        end = state.end()
        if (pin := _PIN.match(text, end)) is not None:
            end = pin.end()
    return end
