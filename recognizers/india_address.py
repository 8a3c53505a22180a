"""India's comma-separated address, read back from its six-digit PIN to the house number that opens it.

Why: an Indian address in a chat is a chain of parts with a comma between each, most of them named
places the street cores do not know as streets ("B-204, Sai Residency, Near Ganesh Temple, Kothrud,
Pune 411038", "H.No. 2-1-56/B, Nallakunta, Hyderabad - 500044", "S/O Ramesh Kumar, H.No. 102, …").
The cores find the town and PIN, or a "H.No." and its number, and the parts between them (the
building, the landmark, the locality) stay in clear, splitting the address.

`pin_address_start` reads the parts back from a town and PIN, one comma-separated part at a time: a
house, flat or plot number ("B-204", "12/A", "#45/2", "D-5/12", "H.No. 1-2-33/4", "Flat G-2",
"Quarter No. B-12", "Ward No. 12"), a care-of ("S/O Ramesh Kumar", "W/O …"), a landmark ("Near Ganesh
Temple", "Opp. Bus Depot", "Behind SBI Bank"), or a capitalised locality of up to four words ("Sai
Residency", "3rd Cross", "HSR Layout", "Rohini Sector 7"). It starts a span only with strong evidence:
the PIN after a capitalised town or state, and a number, care-of or landmark part to open the chain (a
chain of bare capitalised words may be a greeting and a name: "Hi Ravi, Pune 411038" is left alone).
The part that opens the chain may end a sentence ("my address is B-204, …"); the others are whole.
"""

from __future__ import annotations

import re

from recognizers import factored

# A PIN after a capitalised town or state ("Pune 411038", "Telangana - 500060", "New Delhi 110070",
# "PIN 505001"), a six-digit number that is not an amount, a phone or a longer run.
# A state is named or written with its two-letter code ("UP", "MP"), not any capitals ("ID 482913").
_STATE_CODE = r"(?:AP|AS|BR|CG|DL|GA|GJ|HP|HR|JH|JK|KA|KL|MH|MP|OD|PB|RJ|TN|TS|UK|UP|WB)"
PIN_AFTER_TOWN = factored.compile(
    rf"(?<![\w-])(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){{0,2}}|{_STATE_CODE})(?:[ \t]+PIN|[ \t]*,?[ \t]*)"
    r"(?:[ \t]*[-–:][ \t]*|[ \t]+)?[1-8]\d{2}[ \t]?\d{3}(?![\w-]|[.,]\d)"
)
_UNIT_WORD = (
    r"(?i:flat|h\.?[ \t]?no|house|door|plot|qtr|quarter|room|shop|villa|block|(?:[a-z][ \t-]?)?wing|tower|ward|"
    r"gali|street|road|sector|phase|no)\.?[ \t]?(?:(?i:no)\.?[ \t]?)?"
)
_NUMBER = r"#?(?:[A-Z]{1,2}-?)?\d{1,5}(?:[ \t]?[A-Za-z])?(?:[-/][A-Za-z0-9]{1,4}){0,4}"
_UNIT = rf"(?:{_UNIT_WORD})?{_NUMBER}|{_UNIT_WORD}[A-Z](?:-?\d{{1,4}})?"
_CARE_OF = r"[SWDC]/O\.?[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
# Kerala names a home, not a number: "Kunnumpurath House, Kadavanthra, Kochi 682020".
_HOUSE_NAME = r"[A-Z][a-z]{3,}[ \t]+House"
_LANDMARK = r"(?i:near|opp\.?|opposite|behind|beside|next to)[ \t]+[\w.&'-]+(?:[ \t]+[\w.&'-]+){0,3}"
_WORD = r"(?:[A-Z][\w.'&-]*|\d{1,3}[A-Z]?|\d{1,2}(?:st|nd|rd|th))"
_PLACE = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
# Whole parts: an opening one (number, care-of, landmark) or a locality; the first may end a sentence.
_OPENING = re.compile(rf"(?:{_UNIT}|{_CARE_OF}|{_LANDMARK}|{_HOUSE_NAME})")
_PART = re.compile(rf"(?:{_UNIT}|{_CARE_OF}|{_LANDMARK}|{_PLACE})")
_OPENING_AT_END = re.compile(rf"(?<![\w/#.-])(?:{_UNIT}|{_CARE_OF}|{_HOUSE_NAME})$")
_SEPARATOR = re.compile(r"[ \t]*,[ \t]*(?:\n[ \t]*)?|[ \t]*\n[ \t]*")
MAX_PARTS = 10
_PIN_DIGITS = re.compile(r"[1-8]\d{2}[ \t]?\d{3}")


def pin_addresses(text: str) -> list[tuple[int, int]]:
    """The spans of the Indian addresses a town and PIN end and a number, care-of or landmark opens."""
    if _PIN_DIGITS.search(text) is None:  # the cheap test: no six digits, no PIN
        return []
    out: list[tuple[int, int]] = []
    for match in PIN_AFTER_TOWN.finditer(text):
        if (start := pin_address_start(text, match.start())) is not None:
            out.append((start, match.end()))
    return out


def _parts_before(text: str, end: int) -> list[tuple[int, int]]:
    """The comma- or line-separated parts before `end`, nearest first, as (start, end) spans."""
    out: list[tuple[int, int]] = []
    for _ in range(MAX_PARTS):
        window = text[max(0, end - 80) : end]
        seps = list(_SEPARATOR.finditer(window))
        if not seps or seps[-1].end() != len(window):
            break
        part_end = end - (len(window) - seps[-1].start())
        line = text.rfind("\n", 0, part_end) + 1
        comma = text.rfind(",", line, part_end) + 1
        part_start = max(line, comma)
        while part_start < part_end and text[part_start] in " \t":
            part_start += 1
        if part_start >= part_end:
            break
        out.append((part_start, part_end))
        end = part_start
    return out


def pin_address_start(text: str, town_start: int) -> int | None:
    """Where the address whose town (and PIN) starts at `town_start` starts, read back over its parts to
    the farthest house number, care-of or landmark; None when no such part opens it."""
    start: int | None = None
    for part_start, part_end in _parts_before(text, town_start):
        if _OPENING.fullmatch(text, part_start, part_end):
            start = part_start
            continue
        if _PART.fullmatch(text, part_start, part_end):
            continue
        if (tail := _OPENING_AT_END.search(text, part_start, part_end)) is not None:
            start = tail.start()
        break
    return start
