"""India's addresses as typed on WhatsApp beyond the comma-separated chain (`recognizers.india_chain`, 2026-12-06
late afternoon): a house number run on to its town with no comma, a village's words opening it, "No." and "D.No."
and a bare number first on the line, a building named before the flat, a district with its word, a PIN after
"Pin:"; and the labelled numbers of other things ("Door No. 3 of the cinema") and a GB postcode's letters kept
whole. Negative controls: sentences, listings and shop talk with the same words stay clear."""

from __future__ import annotations

import pytest

from recognizers import EnStreetAddressRecognizer
from recognizers.india_chain import run_addresses
from tests.recognizers.helpers import found

WHOLE = [
    # no comma, lower case, with and without a PIN
    "h no 14 gali 6 krishna nagar delhi 110051",
    "flat 3 om apartment opp bus stand nadiad",
    "room 5 2nd floor sai krupa bldg kurla west mumbai",
    "plot 44 shivaji nagar latur maharashtra",
    "b-7 sector 9 vashi navi mumbai",
    "20/2 bhawani peth solapur",
    "shop no 4 gala complex nr station road nashik road 422101",
    "H no 22 block F sector 22 noida 201301",
    "b 45 lajpat nagar 2 new delhi 110024",
    "ghar no 45 ward 3 near hanuman mandir sikar",
    "vill kheri po assandh distt karnal haryana 132039",
    "puthenveettil house po kottayam 686001",
    # a village's words, a district with its word, a direction before a state
    "Vill. Kashipur, P.O. Haripal, Dist. Hooghly, West Bengal 712405",
    "At Post Shirur, Taluka Shirur, Dist Pune 412210",
    "At/Po Kendrapara, Odisha 754211",
    "Vill & PO Dharmanagar, North Tripura 799250",
    "Mohalla Qazi Tola, Near Jama Masjid, Bareilly",
    # "No.", "D.No.", "Old No.", a letter and slash, a bare number first on its line
    "Old No. 12, New No. 25, Ramanathan Street, T. Nagar, Chennai 600017",
    "D.No. 47-10-22, Dwaraka Nagar, Visakhapatnam 530016",
    "A/12, Shreeji Darshan, Tilak Road, Ghatkopar East, Mumbai - 400077",
    "14, Sardar Patel Society, Nr. Vijay Cross Roads, Navrangpura, Ahmedabad",
    "3, Model Town, Ludhiana",
    # a building before the flat, Kerala's named home, "Pin:" after a full stop
    "Gokul Residency, B-wing 304, Pimple Saudagar, Pune 411027",
    "Sai Darshan CHS, Flat 12, Sector 17, Kamothe, Navi Mumbai",
    "Kunnumpurath House, Kadavanthra, Kochi 682020",
    "Flat 12, Green Acres, Lokhandwala, Andheri West, Mumbai. Pin: 400053",
]


@pytest.mark.parametrize("address", WHOLE)
@pytest.mark.parametrize(
    "shape", ["address: {a}", "{a}", "mera address hai {a} pe bhej do", "Courier this to {a}. COD ok?"]
)
def test_the_whole_address_is_one_span(address: str, shape: str) -> None:
    text = shape.format(a=address)
    assert any(address in span for span in found(EnStreetAddressRecognizer(), text))


def test_a_run_on_address_ends_at_its_pin() -> None:
    text = "mera address hai h no 14 gali 6 krishna nagar delhi 110051 pls confirm"
    assert run_addresses(text) == [(text.index("h no"), text.index(" pls"))]


def test_a_greeting_is_no_building() -> None:
    text = "Hi Ravi, Flat 12, Sector 17, Kamothe, Navi Mumbai"
    assert found(EnStreetAddressRecognizer(), text) == ["Flat 12, Sector 17, Kamothe, Navi Mumbai"]


CLEAN = [
    # the labelled numbers of other things
    "Door No. 3 of the cinema hall is the exit",
    "door no. 3 of the cinema was closed so we used gate 2",
    "Plot no. 2 in the chart is the revenue line",
    "plot no. 3 in the brochure looks bigger, what is the rate",
    # house words in sentences, listings and shop talk with a town
    "flat 3 is near the station in pune",
    "flat 2 bhk near hinjewadi phase 1 pune",
    "flat 3 available near wakad, pune",
    "b 12 bus goes via nehru nagar to delhi",
    "plot 2 shows mumbai sales up",
    "#5 trending in india today",
    "gate 3 near platform 2 pune station",
    # a bare number or "No." after a word that counts or numbers something else
    "Order No. 45, near Metro exit, Pune",
    "size 10, near gate 2, colony side, Pune",
    "Invoice 12/3, Mumbai office, GST included",
]


@pytest.mark.parametrize("text", CLEAN)
def test_no_address(text: str) -> None:
    assert found(EnStreetAddressRecognizer(), text) == []


def test_a_gb_postcode_keeps_its_letters_in_lower_case() -> None:
    text = "po box 300, edinburgh eh1 1aa"
    assert found(EnStreetAddressRecognizer(), text) == [text]


def test_the_locality_screen_changes_no_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Speed (2026-12-06, evening): `_run_end` keeps no run without a locality word between its opening and its
    town, so a text with none anywhere (`_LOCALITY_ANYWHERE`) skips the scan; with the screen open to every text,
    the answers are the same."""
    import re  # noqa: PLC0415

    from bench.corpus import generate  # noqa: PLC0415
    from recognizers import india_chain  # noqa: PLC0415

    texts = [*WHOLE, *CLEAN, "h no 14 krishna delhi 110051", "flat 3 om apartment nadiad", "b 12 lajpat 110024"]
    texts += [m.text for m in generate("tune", per_cell=300)][::4]
    screened = [run_addresses(t) for t in texts]
    monkeypatch.setattr(india_chain, "_LOCALITY_ANYWHERE", re.compile(""))
    assert screened == [run_addresses(t) for t in texts]
    assert india_chain._LOCALITY_ANYWHERE.search("h no 14 krishna delhi 110051") is not None
    monkeypatch.undo()
    assert india_chain._LOCALITY_ANYWHERE.search("h no 14 krishna delhi 110051") is None  # left at once
    assert run_addresses("h no 14 gali 6 krishna nagar delhi 110051") != []
