"""`python -m bench.nopii_tune33`: English shop chat whose street-type words name shops, sites and goods.

Written for a round on `EnStreetAddressRecognizer`'s false spans in English no-PII chat: a street-type
word ("Road", "Lane", "Park", "Walk", "Green", "Court", "Way", "Drive", "Terrace", "Grove") that ends the
name of a shop's branch, of a retail or business park, of something sold or of a title, often after a
quantity ("3 Oak Park Benches", "12 Mulberry Lane Mugs"). Written from the writer's own knowledge of
British shop chat, before any rule was changed for it and without reading any held-out file or its
misses (a short script showed which sentences the default analyzer changed; both kinds are kept, the
unchanged ones guard what already works). Each no-PII message names one kind:

- `branch`: a shop's branch, pickup point or car park named by its street, or where a customer
  collects, returns or buys ("the store on Castle Street", "click and collect at Station Road");
- `site`: a retail, shopping, business or distribution park, a shopping centre, a depot;
- `count`: a quantity before goods whose name holds a street-type word ("3 Willow Grove Baskets");
- `goods`: a product, brand or title named with a street-type word ("the Babolat Pure Drive",
  "Mulholland Drive on blu-ray").

Controls are true addresses in the same shapes, gold by their own offsets: a house number and a street
before a town or postcode, a street where the writer lives or stays, a home above or near a shop, a
courier collecting from a home, a town or a goods noun after a street that is a real one ("12 Mulberry
Lane Bath").
"""

from __future__ import annotations

from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, tuple[str, ...]] = {
    "branch": (
        "Can I click and collect at the Meadowhall branch on Station Road?",
        "Is the Church Street car park free on Sundays?",
        "Is the Mill Lane car park still closed?",
        "Which is nearer, the Station Road shop or the High Street one?",
        "Can I collect from the store on Castle Street instead?",
        "Is your shop on Bridge Street open on bank holidays?",
        "I popped into the one on Market Street but they had none",
        "Pick up from the Queen Street branch, is that ok?",
        "Can I return it at the Cribbs Causeway store?",
        "Do you have a branch at Cribbs Causeway?",
        "Can I swap it at John Lewis Oxford Street?",
        "Is the Waitrose Kings Road branch doing click and collect?",
        "Greggs on Bold Street said you'd have them",
        "The Park Street pop-up closes Friday",
        "Costa Way near the station is shut, any other one?",
        "Boots Castle Walk, any news on my prescription?",
        "Tesco Extra Bar Hill has a locker?",
        "Can I collect it at Fosse Park on Saturday?",
        "Returns desk at Fosse Park, which entrance?",
        "Is there parking at Monks Cross?",
        "Is Brent Cross open on Sunday?",
        "The Bullring store in Birmingham, does it have the coat?",
        "Apple Covent Garden has it in stock apparently",
        "Collected from Canary Wharf, all fine",
        "Can I pay in cash at the Deli on Chapel Road?",
        "We bought it at the garden centre on Ring Road last week",
        "Is the pharmacy on Hill Street open till 8?",
        "Can I return it to the shop on Park Lane or does it have to be online?",
        "I tried it on at the Long Lane store and it was too small",
        "Your Church Road store told me to message here",
    ),
    "site": (
        "Are you in the Merry Hill Shopping Centre or the retail park?",
        "Is the Trafford Centre store open late on Thursdays?",
        "Meet you at the Retail Park entrance by the Costa",
        "Can I pick it up at Silverlink Retail Park?",
        "Order collection at the Birstall Shopping Park please",
        "We're at the Gallagher Retail Park now, which unit are you?",
        "Is the Hedge End Retail Park branch still open?",
        "Delivery van left Hams Hall at 6am",
        "Your warehouse at Magna Park says it shipped",
        "The parcel is stuck at the Daventry depot on Royal Oak Way",
        "Booked the 3pm slot at Willow Park Leisure Centre",
        "Is the outlet at Bicester Village open on Boxing Day?",
        "Tracking says it's at the Crick Distribution Park hub",
        "Is the showroom at Temple Park Industrial Estate open Saturdays?",
        "The courier's depot at Marston Business Park has it",
    ),
    "count": (
        "Can I order 2 Oak Dining Chairs and 1 table?",
        "I want 3 Oak Park Benches for the garden",
        "4 Ivory Court Shoes size 6 please",
        "2 Garden Bench Covers in green",
        "1 Kingsize Duvet Cover and 2 Pillow Cases",
        "Order 12 Mulberry Lane Mugs for the office",
        "2 Pine Bedside Tables, white handles",
        "3 Pack Stoneware Dinner Plates",
        "I need 6 Meadow Walk Napkins",
        "Add 2 Forest Green Throws to my basket",
        "Can you do 5 Hill Top Candles for a fiver?",
        "2 Velvet Park Cushions in mustard",
        "3 Willow Grove Baskets, the small ones",
        "Order 2 Regency Terrace Wallpaper rolls",
        "2 Brass Door Knobs and 1 Letter Box Plate",
        "Is the 3 Seater Chesterfield Sofa back?",
        "Order 2 Ferry Lane Ales please",
        "Sending 2 Unit Shelves and 1 Corner Desk",
        "Found a 2 Drive Sets bundle online, is it legit?",
        "Ordered 5 Brook Street Bags, only got 4",
        "Is the 2 Way Radio charger included?",
        "Can I get 4 Cotswold Lane mugs and 2 plates?",
        "6 Abbey Road coasters please",
        "We need 20 Village Green Tablecloths for the fete",
        "1 Hyde Park Print, framed",
        "2 Windsor Court Cushion Covers in duck egg",
    ),
    "goods": (
        "The Henley Drive sneakers in size 9?",
        "Do you sell the Oxford Court shoe in tan?",
        "Is the Windsor Park blazer machine washable?",
        "The Chelsea Square handbag, is it leather?",
        "Is the Kensington Place dinner set dishwasher safe?",
        "Do you have the Cambridge Row sofa in grey?",
        "Nike Air Max Plus Court Vision, size 10?",
        "The Babolat Pure Drive and the Wilson Clash, which is lighter?",
        "Trek Marlin Trail bike in stock?",
        "Dulux Heritage Regency Green, 2.5L?",
        "Penny Lane and Abbey Road on vinyl, both in stock?",
        "Have you got Mulholland Drive on blu-ray?",
        "Sunset Boulevard tickets for Saturday?",
        "Coronation Street annual 2027 out yet?",
        "Do you have Green Street on DVD?",
        "The Savoy Grill voucher, does it expire?",
        "Carnaby Street Collection, is it discounted?",
        "Size 10 Court Trainers, white, in stock?",
        "Is the Adidas Samba Park edition back in size 8?",
        "Pick the Royal Mile shortbread tin, not the Highland one",
        "Is the Babolat Pure Drive racket worth it?",
        "The Regent Street scarf in camel, any left?",
        "Is the Baker Street rucksack waterproof?",
    ),
}

# True addresses in the same shapes, each a customer's or someone's home: the span that must stay covered.
ADDRESSES: tuple[tuple[str, str], ...] = (
    ("Please deliver to 14 Mulberry Lane, Leeds LS6 2AB", "14 Mulberry Lane, Leeds LS6 2AB"),
    ("My address is 27 Church Street, Penzance", "27 Church Street, Penzance"),
    ("Send it to 12 Court Road please", "12 Court Road"),
    ("Leave it at 4 Meadow Walk please", "4 Meadow Walk"),
    ("It's 9 Regency Terrace, the one with the green door", "9 Regency Terrace"),
    ("my new address: 22 Park Street, Bath BA1 2TE", "22 Park Street, Bath BA1 2TE"),
    ("Drop it at 6 Brook Street, flat 2", "6 Brook Street, flat 2"),
    ("I live at 3 Oak Park Close", "3 Oak Park Close"),
    ("Deliver to 44 Castle Street, Shrewsbury", "44 Castle Street, Shrewsbury"),
    ("I'm on Bridge Street by the chip shop", "Bridge Street"),
    ("We live on Station Road, number 12", "Station Road"),
    ("I live on Church Lane", "Church Lane"),
    ("Can you deliver to Mill Lane instead of the shop?", "Mill Lane"),
    ("The driver can collect it from my house on Castle Street", "Castle Street"),
    ("Can the courier collect it at 5 Willow Grove tomorrow?", "5 Willow Grove"),
    ("I'll collect it at my mum's on Church Lane", "Church Lane"),
    ("Our house is 10 Kingston Court, Reading", "10 Kingston Court, Reading"),
    ("We moved to 8 Hill Top Road last month", "8 Hill Top Road"),
    ("Send the 2 chairs to 15 Ferry Lane, Ely CB7 4AA", "15 Ferry Lane, Ely CB7 4AA"),
    ("I ordered 3 mugs, address is 2 Forest Green, Bristol BS5 7PQ", "2 Forest Green, Bristol BS5 7PQ"),
    ("Can you send 4 to 18 Station Road, Hove BN3 1AA?", "18 Station Road, Hove BN3 1AA"),
    ("My flat is above the shop on Market Street", "Market Street"),
    ("The house on Castle Street, the one with the red door", "Castle Street"),
    ("I'm at 12 Retail Park Road, Unit 3", "12 Retail Park Road, Unit 3"),
    ("She lives on Park Lane in Sheffield", "Park Lane in Sheffield"),
    ("Deliver to 3 Oak Park, Harrogate HG1 5AB", "3 Oak Park, Harrogate HG1 5AB"),
    ("12 Mulberry Lane Bath", "12 Mulberry Lane Bath"),
    ("Return label says 5 Brook Street Ludlow SY8 1AB", "5 Brook Street Ludlow SY8 1AB"),
    ("I live at Silverlink Court, flat 4", "Silverlink Court, flat 4"),
    ("It's 21 Castle Walk, Penarth", "21 Castle Walk, Penarth"),
    ("Can you collect the old sofa from 9 Cherry Tree Lane?", "9 Cherry Tree Lane"),
    ("the address is 40 Willow Grove Mugsley Road", "40 Willow Grove Mugsley Road"),
    ("Bring it to 11 Velvet Way, Corby NN17 1AA", "11 Velvet Way, Corby NN17 1AA"),
    ("I'm staying at my sister's on Queen Street this week", "Queen Street"),
    ("I work at the shop but I live on Bridge Street", "Bridge Street"),
    ("Can I collect it from my nan's at 4 Park Lane?", "4 Park Lane"),
    ("We're above the bakery on Chapel Road, flat 1", "Chapel Road, flat 1"),
    ("I bought it for my dad, he's at 7 Hill Street, Wells BA5 2AB", "7 Hill Street, Wells BA5 2AB"),
    ("Send 2 Mugs to 3 Court Lane, Epsom", "3 Court Lane, Epsom"),
    ("My address is 6 Oak Park Lane, Rugby", "6 Oak Park Lane, Rugby"),
    ("Church Lane has no parking, so ring the bell at number 4", "Church Lane"),
    ("I'm on Mill Lane, open the gate", "Mill Lane"),
)

REGIONS = {"en": "GB"}


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message, then the true addresses with their spans as gold."""
    if language not in REGIONS:
        raise KeyError(language)
    for kind, texts in NO_PII.items():
        for text in texts:
            yield language, kind, text, ()
    for text, address in ADDRESSES:
        start = text.index(address)
        yield language, "control", text, ((start, start + len(address)),)


def main() -> None:
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, "branch, site, count, goods")


if __name__ == "__main__":
    main()
