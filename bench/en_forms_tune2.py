"""`python -m bench.en_forms_tune2`: English letters, forms and chat filled with Faker's en_US values, a tune set.

`bench.en_forms_tune` holds values written one by one; this file holds the shapes a public
generator makes, with values drawn from Faker's own en_US providers (street names of a first
name or surname and any of its 225 USPS suffixes, building numbers of one to five digits with
leading zeros, "Apt. ###"/"Suite ###", towns of its shapes "Port Aaron", "East Jessicaburgh",
"Lake Michael", "New Lisa", ZIPs and ZIP+4, military mail, names with "Dr."/"Jr."/"MD"/"PhD"),
put in sentences written for this file (letters, forms, support tickets, chat), never a
benchmark's. A title ("Dr.", "Mx.") is written before a name but left out of its value, as Veil
leaves titles out of a name's span. Faker is seeded here (`SEED`), so the file reads the same on every run. Each PII
value must end up inside some span (whatever its entity); the clean messages are shop talk with
numbers and capitalised words (order numbers, prices, model numbers, hotel "Suite"s, holiday
packages named after lakes) that must come back unchanged.

Tune only: rules were changed while reading this file's misses, so its figure shows that the
forms are caught, not how well unseen text is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bench import forms_tune

SEED = 2611

# A slot is `{kind}`; every slot's value must be protected. Templates written for this file.
TEMPLATES = (
    # letters and forms
    "Ship to: {street}, {city}, {st} {zip}",
    "Billing address: {street_sec}\n{city}, {st} {zip}",
    "Please update my address to {street_sec}, {city}, {state} {zip}.",
    "Dear {name},\nYour order will be delivered to {street} on Monday.",
    "Name: {name}\nAddress: {street}\nCity: {city}\nState: {st}\nZIP: {zip}",
    "I moved! New address is {street}, {city} {st} {zip}",
    "Hello, this is {name_pre}. My office is at {street_sec} in {city}.",
    "Could you send the invoice to {name_suf} at {street}, {city}?",
    "{name} lives at {street} and needs the parcel before Friday",
    "Return label: {name}, {street_sec}, {city}, {st} {zip4}",
    "my zip is {zip}",
    "my zipcode is {zip4}",
    "ZIP: {zip}",
    "Our zip code is {zip}, do you ship there?",
    "Is free shipping available for zip {zip}?",
    "The delivery to {zip} failed twice",
    "I live in {city}, {state}.",
    "I'm in {city} now, can you change the store?",
    "We just moved to {city}",
    "She grew up in {city}, {st}",
    "From {city} with love, {first}",
    "My parents are in {city} and I'm in {city2}",
    "Please deliver to {city}, not {city2}",
    "The courier left it in {city} by mistake",
    "{city} is where I pick up my orders",
    "Hi, I'm {name} from {city}.",
    "Regards,\n{name_pre}\n{street}\n{city}, {st} {zip}",
    "Thanks, {name_suf}",
    "Signed by {name_pre} on behalf of the family",
    "Appointment with {name_pre} confirmed for 3 pm",
    "{name_suf} will sign for the package",
    "Contact: {name}, phone on file, {street_sec}",
    "Send mail to {mil}",
    "My son is deployed, his address is {mil}",
    "Mailing address: {pobox}, {city}, {st} {zip}",
    "Please use {pobox} for all letters",
    "I rent {sec} at {street}",
    "The box went to {sec}, {street} instead of mine",
    "{street} {sec} is the right one",
    "Apartment: {sec}. Building: {street}",
    "Can you deliver to {street} before noon?",
    "The house on {street_name} has a blue door",
    "We're on {street_name}, the third house",
    "Turn left at {street_name} and you'll see us",
    "My address: {building} {street_name}",
    "Address line 1: {street}\nAddress line 2: {sec}",
    "i live at {street_low}",
    "my address is {street_low}, {city_low}",
    "send it to {city_low} please",
    "{name} ({city}, {st}) left a review",
    "Customer: {name}. Location: {city}, {state}",
    "Dr. {last} from {city} called about the refund",
    "Hi {first}, your refund for the order to {city} is done",
    "Our warehouse manager {name} is in {city} today",
    "Ticket opened by {name}: parcel stuck at {street}, {city}",
    "the new address is {building} {street_name}, {city}",
    "I am {name}, {building} {street_name} apartment {unit_num}",
)

# Whole messages written for this file in the postal shapes of the US (USPS Publication 28: rural routes,
# highway contract routes, grid addresses, fractional numbers), Canada, Australia, Ireland, India and GB.
HAND: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Rural route address: RR 2 Box 152, Tipton, IA 52772", ("RR 2 Box 152, Tipton, IA 52772",)),
    ("send it to HC 65 Box 12, Marfa TX 79843", ("HC 65 Box 12, Marfa TX 79843",)),
    ("we're at 1234 County Road 56, please call first", ("1234 County Road 56",)),
    ("W1234 State Highway 23, Fond du Lac", ("W1234 State Highway 23, Fond du Lac",)),
    ("address N6W23001 Bluemound Rd, Waukesha WI", ("N6W23001 Bluemound Rd, Waukesha WI",)),
    ("I'm at 123 1/2 Main St, the side door", ("123 1/2 Main St",)),
    ("the office is 4500 US Highway 1, Suite 210", ("4500 US Highway 1, Suite 210",)),
    ("deliver to 88 Route 9, Lake George", ("88 Route 9, Lake George",)),
    ("12-14 Tonge Moor Road, Bolton BL2 2DL", ("12-14 Tonge Moor Road, Bolton BL2 2DL",)),
    ("Flat 3, 12 High St, Bristol BS1 4DJ", ("Flat 3, 12 High St, Bristol BS1 4DJ",)),
    ("Unit 5/23 Smith St, Parramatta NSW 2150", ("Unit 5/23 Smith St, Parramatta NSW 2150",)),
    ("my address: 5/23 Smith Street, Parramatta", ("5/23 Smith Street, Parramatta",)),
    ("123 Main St W, Toronto ON M5V 2T6", ("123 Main St W, Toronto ON M5V 2T6",)),
    ("Apartment 4, 12 Main Street, Galway H91 E2K3", ("Apartment 4, 12 Main Street, Galway H91 E2K3",)),
    ("my Eircode is D02 X285", ("D02 X285",)),
    ("Flat 302, Plot 45, Madhapur, Hyderabad 500081", ("Flat 302, Plot 45, Madhapur, Hyderabad 500081",)),
    ("send the form to 7 Elm Close, Harrogate, North Yorkshire", ("7 Elm Close, Harrogate, North Yorkshire",)),
    ("ship to 301 Brickell Key Dr Apt 1402, Miami, FL 33131", ("301 Brickell Key Dr Apt 1402, Miami, FL 33131",)),
    ("Her address is 742 Evergreen Terrace.", ("742 Evergreen Terrace",)),
    ("address: 9 Kings Rd., Apt. 12", ("9 Kings Rd., Apt. 12",)),
    ("I'm in apartment 12B at 400 W 59th St", ("12B", "400 W 59th St")),
    ("We are located at 2200 N. Lamar Blvd. #100, Austin", ("2200 N. Lamar Blvd. #100, Austin",)),
    ("it's 18 Lower Leeson Street, Dublin 2", ("18 Lower Leeson Street, Dublin 2",)),
    ("my address is 25 Great Eastern Hwy, Rivervale WA 6103", ("25 Great Eastern Hwy, Rivervale WA 6103",)),
    ("Mail to: 1600 Amphitheatre Pkwy\nMountain View, CA 94043", ("1600 Amphitheatre Pkwy\nMountain View, CA 94043",)),
    ("the billing address 500 Oracle Parkway, Redwood Shores, CA 94065 is old",
     ("500 Oracle Parkway, Redwood Shores, CA 94065",)),
    ("Please use 77 Massachusetts Avenue, Cambridge, MA 02139-4307",
     ("77 Massachusetts Avenue, Cambridge, MA 02139-4307",)),
    ("Unit 2050 Box 4190, APO AP 96278", ("Unit 2050 Box 4190, APO AP 96278",)),
    ("USNS Comfort, FPO AE 09567", ("USNS Comfort, FPO AE 09567",)),
    ("PSC 802 Box 74, APO AE 09499-0074", ("PSC 802 Box 74, APO AE 09499-0074",)),
    ("CMR 480 Box 930, APO AE 09128", ("CMR 480 Box 930, APO AE 09128",)),
    ("zip 30301", ("30301",)),
    ("ZIP 94105-1234, thanks", ("94105-1234",)),
    ("zip code 02139-4307", ("02139-4307",)),
    ("my zipcode is 02139-4307", ("02139-4307",)),
    ("Zip/Postal code: 10001", ("10001",)),
    ("postcode LS1 4AP please", ("LS1 4AP",)),
    ("pin code 560001", ("560001",)),
    ("PIN: 110001", ("110001",)),
    ("I'm from East Jessicaburgh, Ohio", ("East Jessicaburgh, Ohio",)),
    ("Greetings from Lake Michael!", ("Lake Michael",)),
    ("Port Aaron, AK is cold this time of year", ("Port Aaron, AK",)),
    ("The meetup is in North Sarahmouth", ("North Sarahmouth",)),
    ("we drove from New Lisa to Jamesborough", ("New Lisa", "Jamesborough")),
    ("Our HQ moved from Smithfurt to Garciaside", ("Smithfurt", "Garciaside")),
    ("She's from Brownstad, Minnesota", ("Brownstad, Minnesota",)),
    ("Dr. Maria Gonzalez DDS will see you now", ("Maria Gonzalez DDS",)),
    ("Prescribed by Kevin Patel MD", ("Kevin Patel MD",)),
    ("Regards, Samuel Owusu PhD", ("Samuel Owusu PhD",)),
    ("Robert Downey Jr. called about the order", ("Robert Downey Jr.",)),
    ("Letter for Thomas Reid IV", ("Thomas Reid IV",)),
    ("Signed: Dr. Amelia Ward, DVM", ("Amelia Ward, DVM",)),
    ("Name: Jennifer Lopez-Ortiz\nEmail on file", ("Jennifer Lopez-Ortiz",)),
    ("Full name: kevin o'brien", ("kevin o'brien",)),
    ("Contact person: Ms. Zhang Wei", ("Zhang Wei",)),
    # Australia Post's and NZ Post's street types, Australia's "Level", New Zealand's rural delivery
    ("12 Banksia Circuit, Kellyville NSW 2155", ("12 Banksia Circuit, Kellyville NSW 2155",)),
    ("Level 3, 100 Harbour Esplanade, Docklands VIC 3008", ("Level 3, 100 Harbour Esplanade, Docklands VIC 3008",)),
    ("send it to 33 Wattle Fairway, Cairns, QLD, 4870", ("33 Wattle Fairway, Cairns, QLD, 4870",)),
    ("my address is 21 Ocean Outlook, Byron Bay NSW 2481", ("21 Ocean Outlook, Byron Bay NSW 2481",)),
    ("Unit 2, 18 Kowhai Roadside, Nelson 7010", ("Unit 2, 18 Kowhai Roadside, Nelson 7010",)),
    ("7 Totara Reserve, RD 2, Matakana 0985", ("7 Totara Reserve, RD 2, Matakana 0985",)),
    ("5 Pohutukawa Walkway\nWhitianga 3510 thanks", ("5 Pohutukawa Walkway\nWhitianga 3510",)),
    ("we live at 40 Jacaranda Concourse, Robina QLD 4226", ("40 Jacaranda Concourse, Robina QLD 4226",)),
)  # fmt: skip

CLEAN = (
    "Order 40291 shipped on March 3, total $129.99",
    "Can I upgrade to the Junior Suite for 2 nights?",
    "The Deluxe Suite was lovely, thanks",
    "We booked the Lake Como holiday package for June",
    "Is the Lake Garda weekend deal still on?",
    "Model XR-2200 is out of stock until May 14",
    "I paid 45.50 for 3 items, receipt 88120",
    "Your appointment is at 10:30 am on Tuesday",
    "Delivery window: 8 am to 12 pm",
    "The iPhone 15 Pro Max 256GB in Natural Titanium",
    "Samsung Galaxy S24 Ultra, 512 GB",
    "Invoice INV-20931 is due on 12/15",
    "Please cancel order #77231",
    "Tracking number 1Z999AA10123456784",
    "The blue dress in size 10, item 55012",
    "Buy 2 get 1 free until Sunday",
    "Windows 11 Home or Pro?",
    "Room 214 was noisy last night",
    "Gate 12 at Terminal B",
    "Table for 4 at 7:30 pm please",
    "Flight UA 915 was delayed 3 hours",
    "Version 2.4.1 fixed the bug",
    "I ordered 12 units of SKU 88-4412",
    "The Presidential Suite has a great view",
    "Is breakfast included in the Family Suite?",
    "Can I get the Office Suite license for 5 users?",
    "Adobe Creative Suite 6 is no longer sold",
    "The North Face jacket in size L",
    "New Balance 990 in grey, size 9.5",
    "East Coast delivery takes 3 days",
    "West Elm sofa, order 66120",
    "Port Salut cheese, 2 pieces",
    "Lake Placid ski pass for 2 adults",
    "Mount Everest poster, 24x36",
    "Fort Knox safe, model 3024",
    "Paid with Visa ending 4242",
    "The Grand Canyon tour on Saturday",
    "Happy Birthday card pack of 12",
    "Black Friday sale starts at midnight",
    "Cyber Monday deal: 30% off",
    "My order total was 1,299.00",
    "Shipping costs 5.99 per box",
    "Warranty is 24 months",
    "Battery 5000 mAh, charger 65W",
    "The 55 inch TV arrived broken",
    "Chapter 12 is missing pages",
    "Season 3 box set on Blu-ray",
    "Level 5 membership renewal",
    "Apple Watch Series 9, 45mm",
    "Step 3: enter the code from the email",
    "Premium Plus plan at 19.99 a month",
    "The Park Hyatt breakfast buffet",
    "Central Park themed puzzle, 1000 pieces",
    "Route 66 mug and a Hollywood sign keychain",
    "Queen bed frame with 2 drawers",
    "King Size duvet cover in White",
    "Sunset Orange and Forest Green colors",
    "It arrived on Monday at 4 pm",
    "Promo code SPRING25 did not work",
    "The Executive Suite upgrade costs 80 more",
    "Suite 3 of the Nutcracker recording",
    "Amazon Prime Day deal on the Echo Dot",
    "Washington Apple juice, 6 pack",
    "Georgia Peach candle, 8 oz",
    "Is Apt. parking included?",
    "Unit price is 3.49",
    "Box of 50 gloves",
    "Grove Collaborative refills",
    "Mission Impossible DVD, region 1",
    "The Ridge wallet in carbon",
    "Bluff City Roasters coffee beans",
    "Harbor Freight tools, order 5531",
    "Crystal Springs water delivery every 2 weeks",
    "Pebble Beach golf balls, dozen",
    "Heritage Collection vase, 12 inch",
    "Summit series backpack, 40L",
    "Deluxe Edition with 3 bonus tracks",
    "Friday 9 to 5, Saturday 10 to 2",
    "Item 4417 returned, refund 23.10",
    "Pack of 3 AA batteries",
    "The Two Towers DVD and a Subway voucher",
    "Outlook 365 license for 5 users",
    "the 3 Villas package in Bali for 7 nights",
    "Level 5 of the game is impossible",
    "I bought 2 Link cables and 1 Strip light",
)


def _values(seed: int) -> dict[str, Callable[[], str]]:
    from faker import Faker

    fake = Faker("en_US")
    fake.seed_instance(seed)
    unit = fake.random_int
    return {
        "name": fake.name,
        "name_pre": lambda: f"{fake.prefix()}\t{fake.first_name()} {fake.last_name()}",
        "name_suf": lambda: f"{fake.first_name()} {fake.last_name()} {fake.suffix()}",
        "first": fake.first_name,
        "last": fake.last_name,
        "street": lambda: f"{fake.building_number()} {fake.street_name()}",
        "street_sec": fake.street_address,
        "street_low": lambda: f"{fake.building_number()} {fake.street_name()}".lower(),
        "street_name": fake.street_name,
        "building": fake.building_number,
        "sec": fake.secondary_address,
        "unit_num": lambda: str(unit(1, 999)),
        "city": fake.city,
        "city2": fake.city,
        "city_low": lambda: fake.city().lower(),
        "state": fake.state,
        "st": fake.state_abbr,
        "zip": fake.zipcode,
        "zip4": fake.zipcode_plus4,
        "pobox": lambda: f"PO Box {unit(1, 99999)}",
        "mil": lambda: _military(fake),
    }


def _military(fake: object) -> str:
    """One of Faker's three military forms, on one line or two."""
    f = fake  # Faker is untyped where its providers are added at run time
    kind = f.random_int(0, 2)  # type: ignore[attr-defined]
    zipcode = f.postcode()  # type: ignore[attr-defined]
    state = f.military_state()  # type: ignore[attr-defined]
    if kind == 0:
        return f"{f.military_apo()}\nAPO {state} {zipcode}"  # type: ignore[attr-defined]
    if kind == 1:
        return f"{f.military_ship()} {f.last_name()}\nFPO {state} {zipcode}"  # type: ignore[attr-defined]
    return f"{f.military_dpo()}, DPO {state} {zipcode}"  # type: ignore[attr-defined]


_SLOT = re.compile(r"\{(\w+)\}")
ROUNDS = 3  # each template filled this many times


def messages(seed: int = SEED) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each template filled `ROUNDS` times; the values are the slots' fillings, in order."""
    values = _values(seed)
    out = []
    for _ in range(ROUNDS):
        for template in TEMPLATES:
            filled: list[str] = []

            def fill(match: re.Match[str], filled: list[str] = filled) -> str:
                title, _, value = values[match.group(1)]().rpartition("\t")
                filled.append(value)  # a title stays out of the value: Veil keeps it out of a name's span
                return f"{title} {value}" if title else value

            text = _SLOT.sub(fill, template)
            out.append((text, tuple(filled)))
    return tuple(out) + HAND


def main() -> None:
    forms_tune.main("English forms, Faker values", messages(), CLEAN, language="en", identify=True, grey=True)


if __name__ == "__main__":
    main()
