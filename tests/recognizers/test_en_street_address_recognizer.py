from __future__ import annotations

import pytest

from recognizers import EnStreetAddressRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19086 Sanchez Alley, Grahamfurt, DE 14089", ["19086 Sanchez Alley, Grahamfurt, DE 14089"]),
        ("1600 Pennsylvania Ave NW, Washington, DC 20500", ["1600 Pennsylvania Ave NW, Washington, DC 20500"]),
        ("10 Downing Street", ["10 Downing Street"]),
        ("Flat 3, 12 High St", ["Flat 3, 12 High St"]),
        ("send it to 12 baker street please", ["12 baker street"]),
        (
            "350 Fifth Avenue Suite 3400, New York, NY 10118-0110",
            ["350 Fifth Avenue Suite 3400, New York, NY 10118-0110"],
        ),
        ("H.No. 97, MG Road, Bengaluru-560001", ["H.No. 97, MG Road, Bengaluru-560001"]),
        ("23/286, Nehru Nagar, Pune 411 001", ["23/286, Nehru Nagar, Pune 411 001"]),
        ("829 - MG Road - Pune-411001", ["829 - MG Road - Pune-411001"]),
        ("h.no. 157 gandhi street, pune-411001", ["h.no. 157 gandhi street, pune-411001"]),
        ("12 oak falls apt. 3 springfield, il 62701", ["12 oak falls apt. 3 springfield, il 62701"]),
        ("PSC 1234, Box 5678 APO AE 09012", ["PSC 1234, Box 5678 APO AE 09012"]),
        ("swap the 8 for a 9, order 77812 thanks", []),  # a bare 5-digit number is no postcode for lower-case text
        # commerce text
        ("Street Fighter 6 for PS5 at 29.99", []),
        ("will the Nike Air Max 90 size 9 arrive on Monday?", []),
        ("Do you have the Park Avenue Collection? size 3", []),
        ("Samsung Galaxy S24 Ultra 512 GB, PS5 4GB", []),
        ("order 2024-00981 on 12 March, 3/4 cup", []),
    ],
)
def test_english(text: str, expected: list[str]) -> None:
    assert found(EnStreetAddressRecognizer(), text, 0.5) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # USPS Publication 28: PO boxes, secondary units alone, military mail
        ("send to PO Box 1234, Austin, TX 78701", ["PO Box 1234, Austin, TX 78701"]),
        ("P.O. Box 56 please", ["P.O. Box 56"]),
        ("it's Apt. 559, second bell", ["Apt. 559"]),
        ("Suite 026", ["Suite 026"]),
        ("Ste 200 on the left", ["Ste 200"]),
        ("Flat 3 is mine", ["Flat 3"]),
        ("Unit 2050 Box 4190, APO AP 96278", ["Unit 2050 Box 4190, APO AP 96278"]),
        ("psc 9971, box 3547, apo ap 18545", ["psc 9971, box 3547, apo ap 18545"]),
        ("USNS Porter, FPO AE 18021", ["USNS Porter, FPO AE 18021"]),
        # a last line with no street: city, USPS state code, ZIP (+4)
        ("I'm in Springfield, IL 62704 now", ["Springfield, IL 62704"]),
        ("Grahamfurt, DE 14089-1234", ["Grahamfurt, DE 14089-1234"]),
        # a ZIP alone only when labelled
        ("my zip code: 94105-1234", ["zip code: 94105-1234"]),
        ("ZIP 10118", ["ZIP 10118"]),
        # a GB town and a full postcode
        ("Leeds LS1 4AP", ["Leeds LS1 4AP"]),
        # multi-line, unit on its own line
        ("123 Main Street\nApt 4\nSpringfield, IL 62704", ["123 Main Street\nApt 4\nSpringfield, IL 62704"]),
        ("Apartment 5B, 12 High St, London NW1 6XE", ["Apartment 5B, 12 High St, London NW1 6XE"]),
        # USPS suffixes in lower case, at the end of a phrase
        ("send it to 5 roberts viaduct please", ["5 roberts viaduct"]),
        ("5 roberts viaduct, north jill", ["5 roberts viaduct, north jill"]),
        ("9426 Peter Fall Apt. 994, Cherylshire", ["9426 Peter Fall Apt. 994, Cherylshire"]),
    ],
)
def test_us_gb_forms(text: str, expected: list[str]) -> None:
    assert found(EnStreetAddressRecognizer(), text, 0.5) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Adobe Creative Suite 6 licence",  # "Suite" after a capitalised word: a product
        "Samsung Galaxy S24 Ultra 512 GB, PS5 4GB",  # no town, and PS5 4GB is no Royal Mail postcode
        "Thanks, OK 12345",  # a greeting is no town
        "order 12345 shipped",  # five digits alone are no ZIP
        "Flat 20% off today",
        "2 bedroom villa close to the beach",
        "buy 2 teak garden chairs",
        "2 large oval plates",
        "i need 2 hair extensions",
    ],
)
def test_us_gb_forms_leave_commerce_text_alone(text: str) -> None:
    assert found(EnStreetAddressRecognizer(), text, 0.5) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numbered street: an ordinal between the house number and the suffix
        ("ship to 10169 87th Pkwy Apt 6C, Albany, NY 12207 pls", ["10169 87th Pkwy Apt 6C, Albany, NY 12207"]),
        ("it's 53503 West 114th Drive now", ["53503 West 114th Drive"]),
        ("86082 2nd Ct\nLanga Sona, CA 08213-6393", ["86082 2nd Ct\nLanga Sona, CA 08213-6393"]),
        # a "#" unit after the street keeps the city, state and ZIP in the same span
        ("88408 Spruce Hill Ave. #196, Sju, NE 26350-4704", ["88408 Spruce Hill Ave. #196, Sju, NE 26350-4704"]),
        (
            "c/o Sofia Ramsey\n4965 Juniper Lane #57 Kent, WA 98032",
            ["c/o Sofia Ramsey\n4965 Juniper Lane #57 Kent, WA 98032"],
        ),
        # an Indian house number in three parts
        ("H.No. 30-6-273, Patel Road, Hyderabad - 500 034", ["H.No. 30-6-273, Patel Road, Hyderabad - 500 034"]),
        # a state code and a ZIP with no city
        ("zip is NY 10001-1234 ok", ["NY 10001-1234"]),
    ],
)
def test_numbered_streets_units_and_state_zip(text: str, expected: list[str]) -> None:
    assert found(EnStreetAddressRecognizer(), text, 0.5) == expected


@pytest.mark.parametrize(
    "text",
    [
        "my 2nd order 5 is late",  # an ordinal with no suffix after it is no street
        "the 3rd Avenue Collection 2 pack",  # no house number before the ordinal
        "OK 12345 thanks",  # "OK" is a state code and a word: it needs a city
        "IN 20 MIN 30301",
        "ticket #196 is open",  # a "#" number alone is no unit
    ],
)
def test_numbered_streets_and_state_zip_leave_chat_alone(text: str) -> None:
    assert found(EnStreetAddressRecognizer(), text, 0.5) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # USPS Publication 28 suffixes the list lacked
        ("Our office is at 3200 Maple Loaf, Denver", ["3200 Maple Loaf, Denver"]),
        ("deliver to 18 Beaver Dam", ["18 Beaver Dam"]),
        ("He moved to 900 Harbor Passage last year", ["900 Harbor Passage"]),
        ("12 Mill Motorway, Leeds", ["12 Mill Motorway, Leeds"]),
        # an Indian house number with a letter after a dash
        ("45-B Nehru Nagar, Pune", ["45-B Nehru Nagar, Pune"]),
        # labelled house numbers and ZIPs
        ("the house number is 5432", ["house number is 5432"]),
        ("building no. 77", ["building no. 77"]),
        ("my zip is 94105", ["zip is 94105"]),
        ("postal code 30301", ["postal code 30301"]),
        ("the zipcode: 30301-1234", ["zipcode: 30301-1234"]),
        ("zip code 1012 AB", ["zip code 1012 AB"]),  # other countries' postcodes after the label
        ("postal code K1A 0B1", ["postal code K1A 0B1"]),
        ("zip: 2000", ["zip: 2000"]),
        # a street named with no number, and a crossing of two after its cue
        ("I live on Fairview Road near the school", ["Fairview Road"]),
        ("head down 5th Avenue", ["5th Avenue"]),
        ("I live on Whitaker Ridge", ["Whitaker Ridge"]),  # any USPS suffix after "on" / "at"
        ("we're at Elm Grove, come by", ["Elm Grove"]),
        ("We met at the corner of Lowell Ridge and Osgood Mills", ["Lowell Ridge and Osgood Mills"]),
        ("the intersection of Main St & 3rd Ave", ["Main St & 3rd Ave"]),
        # streets of other countries, name first and the number after
        ("I live at Storgatan 12, Stockholm", ["Storgatan 12, Stockholm"]),
        ("ship to Kråkvilans väg 12, 44231 Kungälv", ["Kråkvilans väg 12, 44231 Kungälv"]),
        ("address Karl Johans gate 5, Oslo", ["Karl Johans gate 5, Oslo"]),
        ("send it to Keizersgracht 123, Amsterdam", ["Keizersgracht 123, Amsterdam"]),
        ("deliver to ul. Polna 12, Warszawa", ["ul. Polna 12, Warszawa"]),
        # a number typed right before the street joins it
        ("it's 4417 Storgatan 12 now", ["4417 Storgatan 12"]),
        ("I live at 14 221 Elm Street", ["14 221 Elm Street"]),
        # a question's auxiliary before a street named with no number is not the street's name
        ("Can Regent Street take returns?", ["Regent Street"]),
        ("Did Kings Road get the new range?", ["Kings Road"]),
        ("Will Street is near the station", ["Will Street"]),  # the auxiliary alone before the type names it
    ],
)
def test_more_english_forms(text: str, expected: list[str]) -> None:
    assert found(EnStreetAddressRecognizer(), text, 0.5) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Avenue is a great store",  # an everyday word is no street name
        "Thanks Street",
        "a Colgate 2 pack and a Spring 12 roll",  # glued endings of English words
        "the bowtie 3 costs 20",
        "down the road 5 minutes",
        "buy 2 for 9.99 at the mall",
        "it runs on Windows Vista",  # suffixes that also end product names, not after "on"
        "I'm on Amazon Key",
        "is it on Park Avenue Collection",
        "sold at Apple Store",
    ],
)
def test_more_english_forms_leave_chat_alone(text: str) -> None:
    assert found(EnStreetAddressRecognizer(), text, 0.5) == []


ZIPS_POSTCODES_LOWER_CASE = [
    # a ZIP after a state name, a comma between state code and ZIP, a label with a word between
    ("ship it to Portland, Oregon 97205 please", ["Portland, Oregon 97205"]),
    ("Delivery area: Texas 75201", ["Texas 75201"]),
    ("Austin, TX, 78701 is where the office is", ["Austin, TX, 78701"]),
    ("the zip there is 10001", ["zip there is 10001"]),
    # a ZIP after "in" or "to" where the phrase ends; ZIP+4 alone
    ("do you deliver in 94103?", ["94103"]),
    ("I moved to 30305 last month", ["30305"]),
    ("mail it to 60601-3302", ["60601-3302"]),
    # a full GB postcode alone, and in lower case after its label
    ("Is EC1A 1BB in your delivery zone?", ["EC1A 1BB"]),
    ("it went to NW1 6XE instead", ["NW1 6XE"]),
    ("postcode: m1 1ae", ["postcode: m1 1ae"]),
    ("postcode SW1A 1AA", ["postcode SW1A 1AA"]),  # a full GB postcode names a few houses: now protected
    # lower case: a town, state code and ZIP; a weak suffix with a postcode after; a line break
    ("im in springfield, il 62704", ["springfield, il 62704"]),
    ("deliver to 88 sandringham, hi 96815", ["88 sandringham, hi 96815"]),  # a state code that is a word
    ("i moved to 301 quigley flat, port tamara, wy 82001", ["301 quigley flat, port tamara, wy 82001"]),
    ("9384 bradley highway\nsouth jessica, vt 05401", ["9384 bradley highway\nsouth jessica, vt 05401"]),
    # a country of several names joined by "and", or with a parenthesis, before the postcode
    ("4821 Hartley Mills Suite 214\n Bosnia and Herzegovina 87101",
     ["4821 Hartley Mills Suite 214\n Bosnia and Herzegovina 87101"]),
    ("4821 Hartley Mills\nLake Jennifer, Holy See (Vatican City State) 87101",
     ["4821 Hartley Mills\nLake Jennifer, Holy See (Vatican City State) 87101"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ZIPS_POSTCODES_LOWER_CASE)
def test_zips_postcodes_and_lower_case(text: str, expected: list[str]) -> None:
    assert found(EnStreetAddressRecognizer(), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "order 94103 was refunded",
        "in 2024 I paid 10001 points",
        "up to 50000 miles on the odometer",
        "the A7 4GB version please",
        "model X5 2TB in black",
        "yes, in 12345 steps",
        "Thanks, Springfield and Mary Jones came by",
        "we need 3 more in red, ok 54321 cheers",  # a sentence's words before "ok" and a number are no street
    ],
)
def test_zips_and_postcodes_leave_shop_talk_alone(text: str) -> None:
    assert found(EnStreetAddressRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a house number and a name with no street type, after what says an address follows
        ("I live at 12 Elmwood", ["12 Elmwood"]),
        ("deliver to 45 Kingsley please", ["45 Kingsley"]),
        ("my address is 8 Thornbury, Bristol", ["8 Thornbury, Bristol"]),
        ("she lives at 77 N. Halsted", ["77 N. Halsted"]),
        # a 4-digit postcode before a town with a letter outside ASCII
        ("Bahnhofstrasse 1, 8001 Zürich, Switzerland", ["Bahnhofstrasse 1, 8001 Zürich, Switzerland"]),
    ],
)
def test_typeless_street_after_an_address_cue(text: str, expected: list[str]) -> None:
    assert found(EnStreetAddressRecognizer(), text) == expected


@pytest.mark.parametrize(
    "text", ["ship to 2 People", "send it to 3 Pack of socks", "can you ship to 2 Addresses", "I live at 2 Minutes"]
)
def test_typeless_street_after_a_cue_leaves_counts_alone(text: str) -> None:
    assert found(EnStreetAddressRecognizer(), text) == []


def _gate_texts() -> list[str]:
    from bench import address_corpus, en_address_corpus, en_address_tune2, en_forms_tune  # noqa: PLC0415 - bench data
    from bench.corpus import generate  # noqa: PLC0415

    texts = [m.text for m in generate("tune", per_cell=300)][::2]
    texts += [m.text for m in address_corpus.load("tune")] + [m.text for m in en_address_corpus.load("tune")]
    texts += [t for t, _ in en_forms_tune.PII] + list(en_forms_tune.CLEAN)
    texts += [m.text for m in en_address_tune2.load()]
    # the letters `re` folds onto ASCII ones: the gate is a piece of the core, so it matches them as the core does
    return texts + ["12 Baker \u017ftreet", "45 Elm Par\u212a, Leeds LS1 4AP", "7 MAIN ST", "live on Whitaker Ridge"]


def test_the_gates_change_no_result() -> None:
    """`cores_for` skips a core on a text without its gate: the results must be those of every core run."""
    gated, ungated = EnStreetAddressRecognizer(), EnStreetAddressRecognizer()
    ungated.gates = []
    names = {p.name for p, _ in gated.compiled}
    assert all(n <= names for _, n in gated.gates)  # every gate names a core that exists
    for text in _gate_texts():
        got = [(r.start, r.end, r.score) for r in gated.analyze(text, [], None)]
        assert got == [(r.start, r.end, r.score) for r in ungated.analyze(text, [], None)], text


def test_cores_whose_street_type_is_absent_are_not_run() -> None:
    names = {p.name for p, _ in EnStreetAddressRecognizer().cores_for("order 12345 arrived, 2 parcels left")}
    assert not names & {"en street", "en street (capitalised)", "named street", "number + numbered road",
                        "en street (lower case)", "street of another country"}  # fmt: skip
    names = {p.name for p, _ in EnStreetAddressRecognizer().cores_for("12 Baker Street, 3 High St")}
    assert {"en street", "en street (capitalised)", "named street"} <= names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # USPS Publication 28: the rarer standard abbreviations, a full stop before the tail, a directional after
        ("Bill to 81679 16th Btm\nMuncie CT 62981", ["81679 16th Btm\nMuncie CT 62981"]),
        ("87338 Heron Upas. thanks", ["87338 Heron Upas."]),
        ("44274 67th Fls., Floyds Knobs, CA 17028", ["44274 67th Fls., Floyds Knobs, CA 17028"]),
        ("it's 86023-B 15th Cor W, ring twice", ["86023-B 15th Cor W"]),
        # numbered roads by their abbreviation alone, a directional after the number
        ("13138 CR 3150, Bldg 18\nWahpeton NJ 91126", ["13138 CR 3150, Bldg 18\nWahpeton NJ 91126"]),
        ("Bill to 58516 County Rd 400 N", ["58516 County Rd 400 N"]),
        ("97077 Route 1 Floor C\nShow Low, IA 26080", ["97077 Route 1 Floor C\nShow Low, IA 26080"]),
        # units in every spelling, before and after the street
        ("Bsmt, 12630B 66th Orchard, Sandpoint, ND 80914", ["Bsmt, 12630B 66th Orchard, Sandpoint, ND 80914"]),
        ("Floor 271\n5283 Schuyler Run S, Muncie", ["Floor 271\n5283 Schuyler Run S, Muncie"]),
        ("74576 Indian Springs Cres #A\nTupelo, TX 88552", ["74576 Indian Springs Cres #A\nTupelo, TX 88552"]),
        ("70732 91st Ext, Lowr", ["70732 91st Ext, Lowr"]),
        ("12 Oak St, Trlr 7A, Yreka, CA 96097, U.S.A.", ["12 Oak St, Trlr 7A, Yreka, CA 96097, U.S.A."]),
        # rural and highway contract routes, POB, a ship's hull number before FPO
        ("HCR 52, Box 450\nChillicothe, MI 10764", ["HCR 52, Box 450\nChillicothe, MI 10764"]),
        ("RR# 6, Box 141A, Opelika IL 25743", ["RR# 6, Box 141A, Opelika IL 25743"]),
        ("POB 46336\nMUNCIE, SD 19151", ["POB 46336\nMUNCIE, SD 19151"]),
        ("USS Nimitz (CVN 68)\nFPO AE 09180", ["USS Nimitz (CVN 68)\nFPO AE 09180"]),
        # labels with a dash or "=", a town before a state name with no comma, GB postcodes glued
        ("Zip Code - 33648", ["Zip Code - 33648"]),
        ("zip = 74290", ["zip = 74290"]),
        ("Keokuk Maine 21215", ["Keokuk Maine 21215"]),
        ("postcode: g297sw", ["postcode: g297sw"]),
        # GB house names, a street named with no number before a postcode, "upon" in a town
        (
            "The Old Rectory\nLarkhill Parade\nKirkby Lonsdale\nKENDAL\nCF9 7JS",
            ["The Old Rectory\nLarkhill Parade\nKirkby Lonsdale\nKENDAL\nCF9 7JS"],
        ),
        ("Orchard House, Acacia Grove, Much Wenlock, IP31ZW", ["Orchard House, Acacia Grove, Much Wenlock, IP31ZW"]),
        ("29 Wharf Place, Newcastle upon Tyne EH26 4YX", ["29 Wharf Place, Newcastle upon Tyne EH26 4YX"]),
        (
            "Maisonette 36\n105 Kingfisher Place\nLEEDS\nRG5 4NR",
            ["Maisonette 36\n105 Kingfisher Place\nLEEDS\nRG5 4NR"],
        ),
        # India: floors and ordinal crosses in the tail, block numbers before a sector
        (
            "Flat No. 4D, 9th Floor, Gulmohar Enclave, 8th Cross, Ballygunge, Bhubaneswar - 191005",
            ["Flat No. 4D, 9th Floor, Gulmohar Enclave, 8th Cross, Ballygunge, Bhubaneswar - 191005"],
        ),
        ("B-309\nSector 54\nPune\nMaharashtra 729 498", ["B-309\nSector 54\nPune\nMaharashtra 729 498"]),
        # a blank line ends the address
        ("PO Box 12\nBoise, ID 83702\n\nBest,\nSam", ["PO Box 12\nBoise, ID 83702"]),
        ("26 Abbey Street, Stockport EH24 5JF, UK\n\nBest,\nSam", ["26 Abbey Street, Stockport EH24 5JF, UK"]),
    ],
)
def test_mail_shapes(text: str, expected: list[str]) -> None:
    assert found(EnStreetAddressRecognizer(), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Suite 5 of our hotel is booked for the weekend",
        "Suite 16 by Sibelius was on the playlist",
        "Building 2 of the campus is closed on Sunday",
        "I want 2 of the Oak Ridge mugs",
        "Model WA 2100 washing machine, 5 year plan",
        "Box 3 of 4 arrived damaged",
        "Do you still have the Route 66 merch?",
    ],
)
def test_mail_shapes_leave_shop_talk_alone(text: str) -> None:
    assert found(EnStreetAddressRecognizer(), text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Visit us at our Oxford Street store, open 9am to 8pm",
        "You can collect it from our King Street branch after 2pm",
        "Our Michigan Avenue flagship is closed on Thanksgiving",
        "Our MG Road outlet is open till 10pm",
        "Do you have the Abbey Road vinyl in stock?",
        "Is the Coronation Street box set region free?",
        "How much is the Bond Street bag in tan?",
        "Is the Fifth Avenue handbag back?",
        "the Baker Street game is missing two cards",
        "I'm at the Oxford Street store now, is my order there?",  # "on or at" + a shop's street
    ],
)
def test_a_street_naming_a_shop_or_product_is_left_alone(text: str) -> None:
    assert found(EnStreetAddressRecognizer(), text, 0.5) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I live on Larkspur Lane, the grey house", ["Larkspur Lane"]),
        ("deliver to the Oak Street house please", ["Oak Street"]),  # a home, not a shop
        ("use the Elm Road entrance", ["Elm Road"]),
        ("I live on Quarry Hill Road", ["Quarry Hill Road"]),
        ("we're at Bramblewood Close storefront side", ["Bramblewood Close"]),  # "store" only as a whole word
        ("Oxford Street store, 12 Oxford Street, London W1D 1BS", ["12 Oxford Street, London W1D 1BS"]),
    ],
)
def test_a_street_before_other_words_is_still_caught(text: str, expected: list[str]) -> None:
    assert found(EnStreetAddressRecognizer(), text, 0.5) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crossing named by its two streets' names alone after "corner of"
        ("we're at the corner of 5th and Pine, call when outside", ["5th and Pine"]),
        ("meet the driver at the corner of Halsted and Fullerton", ["Halsted and Fullerton"]),
        ("we're at the corner of king and spadina", ["king and spadina"]),
        # a lower-case street with no number where the writer lives or gives their address
        ("i live on larkspur lane", ["larkspur lane"]),
        ("i'm on sycamore street near the library", ["sycamore street"]),
        ("my address is heathfield drive, redruth", ["heathfield drive, redruth"]),
        # a street named with no number and its town after "in"
        ("I live on Larkspur Lane in Brentwood", ["Larkspur Lane in Brentwood"]),
        ("Deliver to Linden Court in Bozeman, MT", ["Linden Court in Bozeman, MT"]),
        ("I'm at Beacon Street in Brookline until June", ["Beacon Street in Brookline"]),
    ],
)
def test_streets_with_no_number_in_chat(text: str, expected: list[str]) -> None:
    assert found(EnStreetAddressRecognizer(), text, 0.5) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the box was crushed at the corner of it and the lid", []),  # a stop word is no street name
        ("i'm on the road right now", []),
        ("i'm on my way to the store", []),
        ("we're on a long drive home", []),
        ("I'm on Larkspur Lane in June and July", ["Larkspur Lane"]),  # a month is no town
        ("I'm on Larkspur Lane in Stock terms", ["Larkspur Lane"]),  # nor an everyday word
    ],
)
def test_streets_with_no_number_leave_chat_alone(text: str, expected: list[str]) -> None:
    assert found(EnStreetAddressRecognizer(), text, 0.5) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit line after a first-person "in" or its possessive label, or in a shape only an address takes
        ("I'm in Flat 2/1, top buzzer", ["Flat 2/1"]),
        ("we're in #508, the buzzer is broken", ["#508"]),
        ("we live in Lot 23 of the mobile home park", ["Lot 23"]),
        ("my apt is 6F", ["6F"]),
        ("my apartment number is 1207", ["1207"]),
        ("my unit is 3C, Building 9", ["3C, Building 9"]),
        ("Unit 7, Block D - leave it with the concierge", ["Unit 7, Block D"]),
        ("Unit 14/32 is ours, the gate code is on the order", ["Unit 14/32"]),
        # a ZIP with its word near it, before or after, or after a first-person "in"
        ("Is 98103 in your delivery zone? that's my zip", ["98103"]),
        ("my zip code, if it helps, is 30318", ["30318"]),
        ("I'm in 78704 if that matters for delivery", ["78704"]),
        # an Indian PIN after a listed town
        ("I live in Pune 411038", ["Pune 411038"]),
        ("city is Kochi 682016", ["Kochi 682016"]),
        ("House 27, Sector 15\nGurgaon 122001", ["House 27, Sector 15\nGurgaon 122001"]),
        # boxes: at a post office, Australia's GPO Box with its town and postcode
        ("we rent box 1182 at the post office on Elm", ["box 1182"]),
        ("we rent box 1182 at the Main St post office", ["box 1182", "the Main St"]),
        ("Use GPO Box 1450, Brisbane QLD 4001 for the invoice", ["GPO Box 1450, Brisbane QLD 4001"]),
        # a lower-case town after "in", not Indiana's code
        ("were on tulip tree drive in carmel", ["tulip tree drive in carmel"]),
        # a listed town that is no English word joins after "in", though frequent
        ("I'm on Gladstone Avenue in Ottawa, is next-day possible?", ["Gladstone Avenue in Ottawa"]),
    ],
)
def test_unit_lines_zips_pins_and_boxes_in_chat(text: str, expected: list[str]) -> None:
    assert found(EnStreetAddressRecognizer(), text, 0.5) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my flat is 5 minutes away from the station", []),  # a distance, not a unit
        ("my room is 2 floors up", []),
        ("I'm in 2 minds about the colour", []),
        ("order 12345, what's the zip for returns?", []),  # an order number near a ZIP word
        ("the zip code is on my order 12345", []),
        ("I'm in 10000 steps a day mode", ["10000"]),  # fail closed: five digits after "I'm in" are a place
        ("Pack of 12 shipped from Leeds 123456 times", []),  # six digits after a town, but a count
        ("Model 450012 in stock", []),  # six digits after a word no place list holds
        ("the box 12 is damaged, the post office said", []),  # a parcel, not a box at the post office
        ("we're on tulip tree drive in summer", ["tulip tree drive"]),  # a season is no town
        ("I'm on Larkspur Lane in Reading", ["Larkspur Lane"]),  # a listed town that is an English word
        ("Unit 3 of the course is hard", []),  # a unit alone with no cue is a shop word
    ],
)
def test_unit_lines_zips_pins_and_boxes_leave_chat_alone(text: str, expected: list[str]) -> None:
    assert found(EnStreetAddressRecognizer(), text, 0.5) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause after a number, a determiner before the street type (2026-12-07)
        ("Insurance quote for a Ford Ka, 2018, parked on the drive", []),
        ("2 vans parked up the road all day", []),
        # a street whose name is "The …", and a numbered street after such a clause
        ("I live at 14 The Drive", ["14 The Drive"]),
        ("send it to 14 the drive please", ["14 the drive"]),
        ("3 cars parked on the road outside 12 Mill Road", ["12 Mill Road"]),
    ],
)
def test_a_determiner_before_the_type_is_a_clause(text: str, expected: list[str]) -> None:
    assert found(EnStreetAddressRecognizer(), text, 0.5) == expected
