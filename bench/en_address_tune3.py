"""`python -m bench.en_address_tune3`: English addresses in the loose shapes chat takes, a tune set.

`bench.en_address_corpus` and `bench.en_address_tune2` hold full mail shapes (a number, a street,
a town, a state or county and a postcode). This set holds what customers type instead, written
by hand for this file from general knowledge of how people in the US, GB, IE, CA, AU and India
say where they live or want a parcel, before any rule was changed for it (no street, town or
name from Veil's lists or from any outside benchmark; many streets and towns here are in none of
Veil's lists):

- "street": a street named with no house number ("I live on Larkspur Lane", "we're off Willow
  Crescent", "the corner of 5th and Pine");
- "street-town": a street and its town or neighbourhood, still no number;
- "zip": a bare ZIP, ZIP+4 or postcode (GB, IE Eircode, CA, AU, IN PIN) after an explicit cue
  ("my zip is 30318", "postcode LS6 3HF", "deliver to 94110?");
- "town-zip": a town, state and ZIP or a town and postcode with no street ("Austin, TX 78704");
- "unit": an apartment, flat, unit or building line alone ("Apt 4B, Building C");
- "box": a PO box in prose;
- "split": an address broken across lines or sent as several short messages in one text;
- "lower": a full or partial address typed all in lower case.

Gold spans cover what is the customer's: the street, unit, town, state and postcode, not the
cue ("my zip is") nor the words around it. No-PII messages ("clean") are the same registers with
nothing of the customer's: the business's own address in its signature or opening hours, streets
as product, shop or show names ("Abbey Road vinyl", "Wall Street Journal"), order numbers,
prices, quantities, years and model numbers that look like ZIPs, and US state codes in other
roles.

Scoring is the address sets': a gold span is protected when every non-space character of it is
inside a detected span, whatever its entity; a clean message is unchanged when nothing in it is
detected. `--show N` prints up to N misses and every changed clean message.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict

GOLD_MARK = re.compile(r"\[\[(.+?)\]\]", re.S)  # [[span]] marks a gold ADDRESS span

PII: tuple[tuple[str, str], ...] = (
    # a street with no house number
    ("street", "I live on [[Larkspur Lane]], the grey house with the red door"),
    ("street", "we're at the corner of [[5th and Pine]], can the driver call when outside?"),
    ("street", "My flat is just off [[Willow Crescent]] if that helps the courier"),
    ("street", "Can you deliver to [[Tamarind Drive]]? The app won't let me pick it"),
    ("street", "we moved to [[Quarry Hill Road]] last month, please update my account"),
    ("street", "Hi, I'm on [[Bramblewood Close]], is that in your delivery area?"),
    ("street", "my address is [[Ockendon Terrace]], no number, it's a house name: Rosemount"),
    ("street", "The parcel should go to [[Sandpiper Court]], not the old place"),
    ("street", "I'm staying on [[Kittredge Avenue]] for the summer so send it there"),
    ("street", "deliver to the house on [[Copper Beech Way]] please"),
    ("street", "We live right by the park on [[Mulberry Row]]"),
    ("street", "it's the last house on [[Ferncliffe Grove]] before the bridge"),
    ("street", "meet the driver at the corner of [[Halsted and Fullerton]]"),
    ("street", "ship it to my office on [[Wexford Boulevard]], reception will sign"),
    ("street", "i live at the end of [[Skylark Mews]]"),
    ("street", "Our place is on [[Old Mill Lane]], the driveway with the blue mailbox"),
    ("street", "can you leave it with my neighbour, we're both on [[Pembury Gardens]]"),
    ("street", "I'm at [[Honeysuckle Place]] near the school"),
    ("street", "Address: [[Thistledown Parade]]"),
    ("street", "we're on [[Tecumseh Trail]], second driveway on the left"),
    ("street", "deliver it to [[Jubilee Walk]] pls"),
    ("street", "my mum lives on [[Kinnaird Avenue]], can I send it straight to her?"),
    ("street", "The driver couldn't find [[Ashgrove Crescent]], it's behind the petrol station"),
    ("street", "I'm on the corner of [[Dundas and Bathurst]], buzz 204"),
    # a street and its town, still without a number
    ("street-town", "I live on [[Larkspur Lane in Brentwood]]"),
    ("street-town", "please send it to [[Cobbler's Row, Tunbridge Wells]]"),
    ("street-town", "We're at [[Hollyhock Drive, Mableton]], do you ship there?"),
    ("street-town", "my address is [[Pemberton Road, Ballincollig]]"),
    ("street-town", "we just moved to [[Saltmarsh Lane in Whitstable]]"),
    ("street-town", "Ship to [[Waratah Street, Katoomba NSW]] please"),
    ("street-town", "I'm on [[Gladstone Avenue in Ottawa]], is next-day possible?"),
    ("street-town", "can it go to [[Harrowgate Road, Darlington]] instead"),
    ("street-town", "Deliver to [[Linden Court, Bozeman, MT]]"),
    ("street-town", "I live off [[Tinkers Lane, Sevenoaks]]"),
    ("street-town", "we're on [[Cedar Hollow Road in Paoli]], any chance of Saturday delivery?"),
    ("street-town", "office is on [[Brigade Road, Bengaluru]]"),
    ("street-town", "my sister's place on [[Rosewood Terrace, Galway]] is fine too"),
    ("street-town", "send it to [[Acacia Avenue, Toowoomba]] thanks"),
    ("street-town", "I'm at [[Beacon Street in Brookline]] until June"),
    ("street-town", "home is [[Fernleigh Close, Tiverton]]"),
    ("street-town", "We're on [[Birchmount Road, Scarborough ON]]"),
    ("street-town", "the address is [[Juniper Way, Flagstaff AZ]]"),
    ("street-town", "can you drop it at [[Station Road, Harpenden]]"),
    ("street-town", "she's on [[Nelson Street in Fremantle]]"),
    # a bare ZIP or postcode after a cue
    ("zip", "my zip is [[30318]]"),
    ("zip", "zip code [[60614-2201]]"),
    ("zip", "postcode [[LS6 3HF]]"),
    ("zip", "do you deliver to [[94110]]?"),
    ("zip", "ZIP: [[02139]]"),
    ("zip", "what's the shipping cost to zip [[85016]]?"),
    ("zip", "My postcode is [[BS7 8NQ]], can you check if you cover it"),
    ("zip", "eircode [[D02 X285]]"),
    ("zip", "postal code is [[M5V 2T6]]"),
    ("zip", "we're in postcode [[3182]], St Kilda"),
    ("zip", "PIN code [[560038]]"),
    ("zip", "zip [[11215]] please"),
    ("zip", "My zipcode is [[97214]] but it says unavailable"),
    ("zip", "do you ship to [[SW11 4NB]]?"),
    ("zip", "Can you deliver to [[EH10 5QT]] on Friday?"),
    ("zip", "zip code: [[48104]]"),
    ("zip", "I'm in [[78704]] if that matters for delivery"),
    ("zip", "my post code is [[CF24 4HQ]]"),
    ("zip", "Postal code [[T2N 1N4]]"),
    ("zip", "the pincode is [[400053]]"),
    ("zip", "zip is [[33139-4410]]"),
    ("zip", "deliver to [[G12 8QQ]]?"),
    ("zip", "Is [[98103]] in your delivery zone? that's my zip"),
    ("zip", "my eircode is [[H91 E2K3]]"),
    ("zip", "postcode [[2065]] (NSW)"),
    # a town, state and ZIP, or a town and postcode, with no street
    ("town-zip", "I'm in [[Austin, TX 78704]]"),
    ("town-zip", "Ship to [[Decatur, GA 30030]] please"),
    ("town-zip", "we're in [[Ypsilanti, MI 48197]]"),
    ("town-zip", "my address is in [[Hoboken NJ 07030]]"),
    ("town-zip", "I live in [[Leeds LS6 3HF]]"),
    ("town-zip", "Deliver to [[Bend, Oregon 97702]]"),
    ("town-zip", "Is shipping free to [[Missoula, MT 59801]]?"),
    ("town-zip", "we're at [[Halifax, NS B3H 1X1]]"),
    ("town-zip", "I'm in [[Fitzroy VIC 3065]]"),
    ("town-zip", "city is [[Kochi 682016]]"),
    ("town-zip", "[[Sheboygan, WI 53081]] - how long does delivery take?"),
    ("town-zip", "i'm in [[Durham, NC 27701-3321]]"),
    ("town-zip", "send to [[Harrogate HG1 2RD]]"),
    ("town-zip", "We're in [[Asheville NC 28801]]"),
    ("town-zip", "ship it to [[Saskatoon SK S7N 0W8]]"),
    ("town-zip", "Location: [[Boulder, CO 80302]]"),
    ("town-zip", "we're out in [[Galway H91 XK2P]]"),
    ("town-zip", "my town is [[Natick, MA 01760]]"),
    ("town-zip", "I live in [[Pune 411038]]"),
    ("town-zip", "can you send to [[Chattanooga, Tennessee 37403]]"),
    # an apartment, flat, unit or building line alone
    ("unit", "I'm in [[Apt 4B, Building C]]"),
    ("unit", "it's [[Flat 12, Wexley House]]"),
    ("unit", "[[Unit 7, Block D]] - leave it with the concierge"),
    ("unit", "sorry forgot to add [[apt 3R]] to the address"),
    ("unit", "my apartment number is [[1207]]"),
    ("unit", "please add [[Suite 410]] to my shipping address"),
    ("unit", "I'm in [[Flat 2/1]], top buzzer"),
    ("unit", "it's [[Apartment 22, Tower B]]"),
    ("unit", "[[Unit 14/32]] is ours, the gate code is on the order"),
    ("unit", "we're in [[#508]], the buzzer is broken"),
    ("unit", "[[Flat 4, Cavendish Court]]"),
    ("unit", "my unit is [[3C, Building 9]]"),
    ("unit", "add [[Apt. 17]] please, it keeps getting left in the lobby"),
    ("unit", "[[Basement Flat]] of the same house"),
    ("unit", "It's [[Room 214, Hollis Hall]], the dorm mailroom takes parcels"),
    ("unit", "[[Flat 9A, 3rd floor]]"),
    ("unit", "we live in [[Lot 23]] of the mobile home park"),
    ("unit", "my apt is [[6F]]"),
    # a PO box in prose
    ("box", "Can you ship to my [[PO Box 2207]] instead?"),
    ("box", "I only get mail at [[P.O. Box 418, Taos, NM 87571]]"),
    ("box", "send it to [[po box 91]] at the post office in town"),
    ("box", "our mailing address is [[Post Office Box 5530]]"),
    ("box", "please use [[PO Box 77, Kununurra WA 6743]]"),
    ("box", "we rent [[box 1182]] at the Main St post office"),
    ("box", "mail goes to [[P O Box 300]]"),
    ("box", "I have a [[PO Box 6612]] in Juneau"),
    ("box", "Use [[GPO Box 1450, Brisbane QLD 4001]] for the invoice"),
    ("box", "[[P.O. Box 27]] is the only way mail reaches us out here"),
    ("box", "its [[pobox 1934]]"),
    ("box", "Deliver to [[PO Box 410, Whitehorse YT Y1A 6E2]]"),
    # an address broken across lines
    ("split", "my address:\n[[42 Wren Street]]\n[[Paisley]]\n[[PA1 2BE]]"),
    ("split", "send it to\n[[Larkspur Lane]]\n[[Brentwood]]"),
    ("split", "Deliver to:\n[[Flat 3]]\n[[18 Cromwell Road]]\n[[Hove BN3 3EA]]"),
    ("split", "ok here:\n[[Apt 12]]\n[[550 Harmon Ave]]\n[[Sunnyvale CA]]\n[[94086]]"),
    ("split", "[[Clontarf Road]]\n[[Dublin 3]]"),
    ("split", "address is [[Kestrel Drive]]\nand the town is [[Wokingham]]"),
    ("split", "the street is [[Rushmore Avenue]]\nzip [[55410]]"),
    ("split", "I'm at [[Magnolia Court]].\nIt's in [[Savannah]].\nZip is [[31405]]."),
    ("split", "[[17 Kingfisher Way]]\n[[Bicester]]\n[[OX26 6YF]]\nthanks!"),
    ("split", "pls send to\n[[Unit 5]]\n[[Parkside Industrial Estate]]\n[[Leeds LS11 5SA]]"),
    ("split", "[[House 27, Sector 15]]\n[[Gurgaon 122001]]"),
    ("split", "Street: [[Foxglove Lane]]\nCity: [[Durango]]\nState: [[CO]]\nZip: [[81301]]"),
    # lower case
    ("lower", "i live on [[larkspur lane]]"),
    ("lower", "send to [[14 primrose hill road, cheltenham gl50 3jp]]"),
    ("lower", "deliver to [[88 birch street apt 2, burlington vt 05401]]"),
    ("lower", "my zip is [[60614]] and i'm on [[wrightwood avenue]]"),
    ("lower", "im at [[apt 5c]] sorry"),
    ("lower", "address [[31 rowan close, ilkley]]"),
    ("lower", "can u ship to [[po box 58, moab ut 84532]]"),
    ("lower", "were on [[tulip tree drive]] in [[carmel]]"),
    ("lower", "postcode [[m14 5rw]]"),
    ("lower", "we're at the corner of [[king and spadina]]"),
    ("lower", "[[flat 6, 22 ormeau road, belfast bt7 1sh]]"),
    ("lower", "[[spokane wa 99203]]"),
    ("lower", "its [[12 gandhi nagar, coimbatore 641011]]"),
    ("lower", "my address is [[heathfield drive, redruth]]"),
    ("lower", "ship it to [[7 cormorant close, swansea sa3 5dj]] please"),
    ("lower", "i'm on [[sycamore street]] near the library"),
)

CLEAN: tuple[str, ...] = (
    # the business's own address, hours and stores
    "Visit us at our Oxford Street store, open 9am to 8pm every day",
    "Thanks for shopping with us! Harbour & Pine, Regent Street, London",
    "Our Michigan Avenue flagship is closed on Thanksgiving",
    "Pop into the Grafton Street shop and they'll swap it for you",
    "Our Newbury Street location now has same-day pickup",
    "You can collect it from our King Street branch after 2pm",
    "The Queen Street Mall store has it in stock",
    "Opening hours: Mon-Fri 9-5, Sat 10-4, closed Sundays and bank holidays",
    "Our warehouse on Commerce Drive ships orders Monday to Friday",
    "Returns can be dropped at any of our stores in Manchester, Leeds or York",
    "Head office: Canal Street, Manchester. Customer care: 9am-6pm",
    "We're opening a new store on Chapel Street this spring!",
    "Pickup is from our Bondi store only, sorry",
    "The Yonge Street store is doing the repairs now",
    "Find us inside Westfield, level 2, next to the food court",
    "Our MG Road outlet is open till 10pm on weekends",
    # streets as product, shop or show names
    "Do you have the Abbey Road vinyl in stock?",
    "I'd like to cancel my Wall Street Journal subscription",
    "Is the Coronation Street box set region free?",
    "How much is the Bond Street bag in tan?",
    "Is the Sesame Street plush machine washable?",
    "The Penny Lane print came creased",
    "Does the Carnaby Street jacket come in XL?",
    "I ordered the Savile Row shirt in blue, got white",
    "Is the Park Avenue perfume the 50ml or 100ml?",
    "the Baker Street game is missing two cards",
    "Do you still sell the Fifth Avenue handbag?",
    "my daughter loves the Sesame Street cups, do you have more?",
    "Is Electric Avenue on the greatest hits CD?",
    "The Madison Avenue blazer runs small",
    "love the Rodeo Drive sunglasses!",
    "Is the Mulholland Drive blu-ray the restored one?",
    "I want the Broadway edition of the poster",
    "do you have any Eastenders merch",
    # numbers that look like ZIPs
    "order 30318 still hasn't shipped",
    "My order number is 94110, can you check it?",
    "It was $19.99 but I was charged $29.99",
    "I need 5 pcs of the 12345 model",
    "Bought it in 2024 and it's already broken",
    "Does it fit the iPhone 15?",
    "Invoice 60614 is wrong, it says 3 items",
    "ref 02139 for the refund please",
    "tracking says 78704 miles away lol",
    "The serial number is 48104-22, is it under warranty?",
    "I paid 11215 rupees for it",
    "Item 85016 arrived broken",
    "Can I get 20% off if I buy 3?",
    "code SAVE20 didn't work at checkout",
    "It's the model 33139, black",
    "ticket 97214 please follow up",
    "points balance 10250, can I use them?",
    "Is the 2065 version the newer one?",
    "It weighs 2.5 kg, is that too heavy for standard?",
    "I got 40000 reward points last year",
    "My case number is 560038",
    "the flight is BA 2207 on Monday",
    "part no. 400053 is out of stock?",
    "batch 3182 had the faulty zips",
    # US state codes in other roles and other lookalikes
    "OK thanks, that works",
    "ME too, same problem with the lid",
    "Is it IN stock or not?",
    "HI! quick question about sizes",
    "I'll pay by card, OR paypal if easier",
    "we're in the same boat, my MA ordered one too",
    "PA system arrived, works great",
    "The CO2 cartridges are 12g?",
    "Is it 4K or HD?",
    "Can I return it at the post office?",
    "Do you deliver on Saturdays?",
    "What's the zip code field for? I'm buying a gift card",
    "Is shipping free over $50?",
    "Which postcode areas do you cover?",
    "Do you ship to Canada?",
    "the zip on the jacket broke",
    "the building is very loud today, sorry if I miss your call",
    "I'll be home after 5 so any time then",
    "the box was crushed on one corner",
    "Can the driver leave it in the porch?",
    "Suite 5 of the hotel is booked for the launch, right?",
    "I'm stuck on level 12 of the game lol",
    "my flat white was cold, not a parcel question sorry",
    "Is Lane 3 open at the bowling alley tomorrow?",
    "Route 66 mug arrived chipped",
    "Apt description says waterproof but it isn't",
    "Meet us at the stand at Booth 214 during the fair",
    "Deliver it any day next week, I'm around",
    "I'm in the office until 6 today",
)


def parse(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Text without its marks and the gold spans the marks held."""
    text: list[str] = []
    gold: list[tuple[int, int]] = []
    pos = 0
    length = 0
    for m in GOLD_MARK.finditer(marked):
        before = marked[pos : m.start()]
        text.append(before)
        length += len(before)
        gold.append((length, length + len(m.group(1))))
        text.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    text.append(marked[pos:])
    return "".join(text), tuple(gold)


def examples() -> list[tuple[str, str, tuple[tuple[int, int], ...]]]:
    """(kind, text, gold) for every message; kind "clean" with no gold for the no-PII ones."""
    out = [(kind, *parse(marked)) for kind, marked in PII]
    out += [("clean", text, ()) for text in CLEAN]
    return out


def covered(gold: tuple[int, int], spans: list[tuple[str, int, int]], text: str) -> bool:
    """Every non-space character of the gold span inside some detected span, whatever its entity."""
    start, end = gold
    inside = [any(s <= i < t for _, s, t in spans) for i in range(start, end)]
    return all(flag for flag, ch in zip(inside, text[start:end], strict=True) if not ch.isspace())


def main() -> None:
    from bench.detection import BATCH
    from proxy.detection.detector import DetectionSettings, build_analyzer

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    rows = examples()
    analyzer = build_analyzer(DetectionSettings())
    preds: list[list[tuple[str, int, int]]] = []
    texts = [text for _, text, _ in rows]
    for i in range(0, len(texts), BATCH):
        out = analyzer.analyze(texts[i : i + BATCH], language="en", identify=True, grey=True)
        preds += [[(s.entity, s.start, s.end) for s in spans] for spans in out]
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missed: list[str] = []
    changed: list[str] = []
    clean = [0, 0]
    for (kind, text, gold), spans in zip(rows, preds, strict=True):
        found = [(e, text[s:t]) for e, s, t in spans]
        if kind == "clean":
            clean[0] += 1
            clean[1] += int(not spans)
            if spans:
                changed.append(f"{text!r} {found}")
            continue
        for g in gold:
            ok = covered(g, spans, text)
            counts[kind][0] += 1
            counts[kind][1] += int(ok)
            if not ok:
                missed.append(f"{kind}: {text[g[0] : g[1]]!r} in {text!r} {found}")
    total = [sum(c[0] for c in counts.values()), sum(c[1] for c in counts.values())]
    print(f"# en address tune3: {len(rows)} messages, {total[0]} gold spans, {clean[0]} no-PII")
    for kind, (n, hits) in counts.items():
        print(f"{kind:12} {hits:4d}/{n:<4d} protected {hits / n:.3f}")
    print(f"{'all':12} {total[1]:4d}/{total[0]:<4d} protected {total[1] / total[0]:.3f}")
    print(f"{'no-PII':12} {clean[1]:4d}/{clean[0]:<4d} unchanged {clean[1] / clean[0]:.3f}")
    for line in missed[: args.show]:
        print(f"  missed {line}")
    for line in changed[: args.show]:
        print(f"  changed {line}")


if __name__ == "__main__":
    main()
