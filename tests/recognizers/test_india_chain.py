"""India's address read forward from its house number to its town (`recognizers.india_chain`): with no
PIN, in lower case, with a landmark closing a sentence inside it, the whole address is one span; an
opening with no town, a town with no part between, a care-of that is "without", shop and sport talk with
Indian towns and the house words ("Flat 20% off", "Shop No. 1", "Phase 2, 30% booked") stay clear."""

from __future__ import annotations

import pytest

from recognizers import EnStreetAddressRecognizer
from recognizers.india_chain import chain_addresses
from tests.recognizers.helpers import found

WHOLE = [
    # no PIN
    "Flat 302, Sai Krupa Apartments, near Shiv Mandir, Kothrud, Pune",
    "Plot No 14, Sector 15, Kharghar, Navi Mumbai",
    "House No. 221, Sector 21, Gurgaon, Haryana",
    "#12, 3rd Cross, 4th Main, Jayanagar, Bangalore",
    "Qtr No. 12, Railway Colony, Itarsi, Madhya Pradesh",
    "S/O Ramesh Yadav, Vill. Rampur, Post Kasganj, Dist. Etah, UP",
    "Villa 7, Prestige Palms, Whitefield, Bengaluru, Karnataka",
    "D-7, Sector 62, Noida",
    "Room 14, Shiv Shakti Chawl, Ghatkopar West, Mumbai",
    "Flat 3C, Kavya Enclave, Nr. Apollo Hospital, Jubilee Hills, Hyderabad",
    # lower case, with and without a PIN
    "flat 302, sai krupa apartments, near shiv mandir, kothrud, pune",
    "h no 14, shastri nagar, meerut",
    "s/o mohan lal, vill khedi, dist sehore, mp",
    "qtr no b-12, steel colony, bhilai, chhattisgarh 490006",
    "plot no 23, phase 2, hinjewadi, pune - 411057",
    # a landmark closing a sentence inside the address
    "Flat 12, Ganesh Apartments, Opp. HDFC Bank. Baner, Pune 411045",
    "flat 3, om residency, near water tank. wagholi, pune",
]


@pytest.mark.parametrize("address", WHOLE)
@pytest.mark.parametrize("shape", ["my address is {a}. Thanks", "Ship to:\n{a}\nThanks!", "deliver at {a} sir"])
def test_the_whole_address_is_one_span(address: str, shape: str) -> None:
    text = shape.format(a=address)
    assert any(address in span for span in found(EnStreetAddressRecognizer(), text))


def test_the_span_ends_at_the_farthest_town() -> None:
    text = "pls send to Flat 101, Shanti Niketan Society, Opp. Big Bazaar, Thane West , call before coming"
    start = text.index("Flat")
    assert chain_addresses(text) == [(start, text.index(" , call"))]


CLEAN = [
    # no town, no part between, no house word or locality
    "Flat 302, Sai Krupa Apartments, near Shiv Mandir",
    "Shop No. 1, Mumbai",
    "Flat 2, 3 or 4 bhk, Pune",
    "Flat 3, lovely view, great price, Goa villa",
    "Order 12/3, shipped via Delhivery, Delhi hub",
    "B-12, B-13 and B-14 seats, Pune show",
    # "w/o" is "without", a house word before an amount is none
    "w/o sugar, less ice, medium size, Mumbai branch",
    "w/o onions, no garlic, extra spicy, Hyderabad style",
    "Flat 20% off, near the station, Pune",
    "#1 seller, near you, Pune",
    # towns in shop and sport talk
    "Phase 2, 30% booked, Pune project",
    "IPL 2024, match 12, Chennai vs Mumbai",
    "we have 2 outlets, 1 in Pune, 1 in Delhi",
    "Tickets 4/5, row B, Mumbai show",
]


@pytest.mark.parametrize("text", CLEAN)
def test_no_address(text: str) -> None:
    assert chain_addresses(text) == []


def test_the_opening_screen_answers_as_the_one_alternation_did() -> None:
    """Speed (2026-12-06, evening): a number closing its part and a care-of searched apart (the care-of only in
    a text with a "/"), the text folded once for the village's words: the same answer as the one alternation."""
    import re  # noqa: PLC0415

    from bench.corpus import generate  # noqa: PLC0415
    from recognizers.india_chain import _VILLAGE_HINTS, _maybe_chain  # noqa: PLC0415

    before = re.compile(r"\d[A-Za-z0-9/-]*[ \t]*(?:,|\n|\.[ \t])|[swdcSWDC]/[oO]")
    texts = ["Flat 302, Sai Krupa", "S/O Ramesh Yadav", "w/o sugar", "D/o x", "12. Main", "5\nx", "Vill. Rampur",
             "VPO Chirawa", "at/po x", "Mohalla Qazi", "hello there", "room 5 ok", "12/3 x", "s/ o", "\u0661\u0662, x",
             "12\u0663, x", "a1, x", "x1234567890123 , y", "1\u0663\u0664. y", "\u0663 12 .x", "9-9-9\n"]  # fmt: skip
    texts += [m.text for m in generate("tune", per_cell=300)][::3]
    for text in texts:
        old = before.search(text) is not None or any(hint in text.casefold() for hint in _VILLAGE_HINTS)
        assert _maybe_chain(text) == old, text
    assert _maybe_chain("S/O Ramesh Yadav") and not _maybe_chain("hello there")
