"""English text of the shapes a public generator makes from Faker's en_US providers, through the whole
analyzer: a form's place fields, towns named on a first name with no cue, lower-case streets and towns
after an address cue, five digits a parcel is sent to, a town and state code read by two recognizers.
Each value must be covered; the shop talk beside each form must come back unchanged. The examples are
written for these tests, not taken from any benchmark."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.test_outside_forms import covered


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a form's place fields
        ("Name: Robin Price\nCity: Manningstad\nState: MN\nZIP: 97644", "Manningstad"),
        ("Name: Robin Price\nCity: Manningstad\nState: MN\nZIP: 97644", "MN"),
        ("Customer: Paul Wright. Location: Port Anne, Hawaii", "Port Anne, Hawaii"),
        # a town named on a first name, no cue
        ("Alexandraville is where I pick up my orders", "Alexandraville"),
        ("Please deliver to Lewismouth, not Robinsonfurt", "Robinsonfurt"),
        ("Lake Michael has two post offices", "Lake Michael"),
        # the first-name list reads "New Cynthia", the place rules "New Cynthia, VI": both are kept
        ("She grew up in New Cynthia, VI", "New Cynthia, VI"),
        # lower case after an address cue
        ("i live at 3592 douglas forest", "3592 douglas forest"),
        ("my address is 44325 janice ridge, west roberthaven", "44325 janice ridge, west roberthaven"),
        ("send it to port markmouth please", "port markmouth"),
        # USPS rural and numbered routes, grid numbers; Ireland's Eircode and Dublin's districts; India's PIN
        ("Rural route address: RR 2 Box 152, Tipton, IA 52772", "RR 2 Box 152, Tipton, IA 52772"),
        ("send it to HC 65 Box 12, Marfa TX 79843", "HC 65 Box 12, Marfa TX 79843"),
        ("we're at 1234 County Road 56, please call first", "1234 County Road 56"),
        ("the office is 4500 US Highway 1, Suite 210", "4500 US Highway 1, Suite 210"),
        ("W1234 State Highway 23, Fond du Lac", "W1234 State Highway 23, Fond du Lac"),
        ("address N6W23001 Bluemound Rd, Waukesha WI", "N6W23001 Bluemound Rd, Waukesha WI"),
        ("Apartment 4, 12 Main Street, Galway H91 E2K3", "Apartment 4, 12 Main Street, Galway H91 E2K3"),
        ("my Eircode is D02 X285", "D02 X285"),
        ("it's 18 Lower Leeson Street, Dublin 2", "18 Lower Leeson Street, Dublin 2"),
        ("PIN: 110001", "110001"),
        ("pin code 560001", "560001"),
        # a state code that is no English word, before the sentence goes on
        ("Port Aaron, AK is cold this time of year", "Port Aaron, AK"),
        # a message typed all in lower case: streets, towns and a form's field; a suffix after any name
        ("contact: christian carrillo, phone on file, 3305 linda plaza", "3305 linda plaza"),
        ("tonya chen lives at 91848 caleb knolls and needs the parcel", "91848 caleb knolls"),
        ("the courier left it in jonathanfort by mistake", "jonathanfort"),
        ("our warehouse manager is in south matthew today", "south matthew"),
        ("i live in loganhaven, alabama.", "loganhaven, alabama"),
        ("name: kim anderson\ncity: lake howardmouth\nzip: 03020", "lake howardmouth"),
        ("michael velasquez md will sign for the package", "michael velasquez md"),
        ("Signed: Dr. Amelia Ward, DVM", "Amelia Ward, DVM"),
        # Australia Post's and NZ Post's street types, "Level", a rural delivery route, a postcode before "thanks"
        ("Billing: 12 Banksia Circuit, Kellyville NSW 2155", "12 Banksia Circuit, Kellyville NSW 2155"),
        ("Level 3, 100 Harbour Esplanade, Docklands VIC 3008", "Level 3, 100 Harbour Esplanade, Docklands VIC 3008"),
        ("Unit 2, 18 Kowhai Roadside, Nelson 7010", "Unit 2, 18 Kowhai Roadside, Nelson 7010"),
        ("7 Totara Reserve, RD 2, Matakana 0985", "7 Totara Reserve, RD 2, Matakana 0985"),
        ("my address is 400 Way Drive\nMcKayborough 9332 thanks", "400 Way Drive\nMcKayborough 9332"),
        # five digits a parcel is sent to
        ("The delivery to 57722 failed twice", "57722"),
        ("it was shipped to 30301 by mistake", "30301"),
    ],
)
def test_each_form_is_covered(analyzer: Analyzer, text: str, value: str) -> None:
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "we deliver to 10000 customers a week",
        "Location: Warehouse 3, shelf B",
        "State: Delivered",
        "New Balance 990 in grey, size 9.5",
        "We booked the Lake Como holiday package for June",
        "Can I upgrade to the Junior Suite for 2 nights?",
        "order 40291 shipped on March 3, total $129.99",
        "send it to the new address please",
        "i live at home with my parents",
        "3 Highway 1 maps, please",
        "Take Highway 1 south for 20 minutes",
        "Thanks, OK is fine by me",
        "i need 100 garden forks and 20 rakes",
        "we ordered 250 paper plates and cups",
        "The Two Towers DVD and a Subway voucher",
        "Outlook 365 license for 5 users",
        "Level 5 of the game is impossible",
    ],
)
def test_shop_talk_stays_clear(analyzer: Analyzer, text: str) -> None:
    [spans] = analyzer.analyze([text], language="en", identify=True, grey=True)
    assert [(s.entity, text[s.start : s.end]) for s in spans] == []
