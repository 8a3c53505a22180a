"""India's comma-separated address read back from its town and PIN (`recognizers.india_address`): the
house number, care-of, landmark and localities before the town join one span; the same parts with no
PIN, a PIN with no opening part, and the no-PII look-alikes ("Flat 20% off", "Block Friday", "Sector 5
of the game", an order "B-204") stay clear. Indian addresses are typed in English, the only language
whose recognizer reads them."""

from __future__ import annotations

import pytest

from recognizers import EnStreetAddressRecognizer
from recognizers.india_address import pin_addresses
from tests.recognizers.helpers import found

WHOLE = [
    # a bare flat or house number opening the address, before a building and a landmark
    "B-204, Sai Residency, Near Ganesh Temple, Kothrud, Pune 411038",
    "12/A, Near Shiv Mandir, Kothrud, Pune 411038",
    "D-5/12, Rohini Sector 7, Delhi 110085",
    "A-17, Block C, Vasant Kunj, New Delhi 110070",
    # slash and dash house numbers after their label
    "H.No. 1-2-33/4, Dilsukhnagar, Hyderabad, Telangana - 500060",
    "H.No. 2-1-56/B, Nallakunta, Hyderabad - 500044",
    "B-204, Shanti Apartments, Andheri East, Mumbai 400069",
    "Quarter No. B-12, Steel Colony, Bhilai, Chhattisgarh 490006",
    "Flat G-2, Lake View Enclave, Phase 2, Mohali, Punjab 160062",
    # a care-of before the house
    "S/O Ramesh Kumar, H.No. 102, Vill. Sultanpur, Dist. Meerut, UP 250001",
    "W/O Suresh Patil, 23, Shivaji Nagar, Kolhapur, Maharashtra 416003",
    "S/O Mohan Lal, Ward No. 12, Near Gurudwara, Bathinda, Punjab 151001",
    "Flat G-2, Sunrise Apartments, Near Big Bazaar, Indore - 452010",
]


@pytest.mark.parametrize("address", WHOLE)
@pytest.mark.parametrize("shape", ["my address is {a}. Thanks", "Ship to:\n{a}\nThanks!", "{a}"])
def test_the_whole_address_is_one_span(address: str, shape: str) -> None:
    text = shape.format(a=address)
    assert any(address in span for span in found(EnStreetAddressRecognizer(), text))


@pytest.mark.parametrize("shape", ["Ship to:\n{a}\nThanks!", "{a}"])
def test_a_landmark_opens_an_address_as_a_whole_part(shape: str) -> None:
    """A landmark opens it on its own line; at the end of a sentence ("meet me opp. the bank, …") it is
    the sentence's, and only a number or care-of is taken there."""
    address = "Opp. District Court, Civil Lines, Allahabad 211001"
    assert any(address in span for span in found(EnStreetAddressRecognizer(), shape.format(a=address)))


def test_the_opening_part_ends_the_sentence() -> None:
    text = "please deliver to B-204, Sai Residency, Kothrud, Pune 411038 tomorrow"
    assert pin_addresses(text) == [(text.index("B-204"), text.index(" tomorrow"))]


CLEAN = [
    "Flat 20% off everything this weekend",
    "Block Friday with the team, no meetings",
    "we reached Sector 5 of the game last night",
    "your order B-204 is packed, 12/3 items shipped",
    "Phase 2 of the project starts on Monday",
    # the parts with no PIN, and a PIN with nothing to open the address
    "B-204, Sai Residency, Near Ganesh Temple",
    "Hi Ravi, Kothrud, Pune 411038",
    "Thanks, Rahul, the OTP is 482913",
    "order B-204, ref 12/3, total 411038",
    "Ref 12/3, ID 482913",
]


@pytest.mark.parametrize("text", CLEAN)
def test_no_pin_address(text: str) -> None:
    assert pin_addresses(text) == []
