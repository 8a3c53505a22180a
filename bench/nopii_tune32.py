"""`python -m bench.nopii_tune32`: English shop chat led by a given name that is an everyday word.

Written for a round on the first-name list (`GivenNameRecognizer`) and the English model's PERSON
spans over English given names that are everyday words (Holly, Dawn, Frank, Mike, Jay, Daisy,
Rusty, Wade, Carol, Ivy, Miles, Summer, Penny, Sandy, Grace, Chase, Candy, Amber, Guy, Mark, Bill,
Pat, Rob, Bob, Jack, Max, Ray, Dean, Sterling...) as customers of British and other English-speaking
shops write them: capitalised at a message's start before a lowercase noun or verb ("Holly wreath
for the door", "Dawn till dusk opening?", "Pat dry after washing?"), in a Title Case pair that is a
product, a sale or a menu word ("Summer Sale ends when?", "Grace Period", "Mark As Read", "Bill Me
Later"), and in brand names ("Max Factor", "Chase Bank", "Candy Crush", "Amber Leaf"). Written from
the writer's own knowledge, before any rule was changed for it and without reading any held-out file
or its misses, the rules' word lists or the shipped name lists (a short script over the writer's
candidate sentences showed which of them the default analyzer changed; both kinds are kept, the
unchanged ones guard what already works). Each no-PII message names one kind:

- `lead`: the word-name starts the message before a lowercase word ("Holly wreath", "Wade in");
- `pair`: a Title Case pair or run that is a thing, a sale or a button ("Summer Sale", "Guy Ropes");
- `brand`: a brand or product line named with a word-name ("Max Factor", "Jack Daniel's");
- `modal`: the auxiliary, the wish or the month that is a name too ("Will it arrive?", "May I...").

Controls name a real private person with the same word-names in the same positions ("Holly wants
the wreath", "Will Carter called", "May Thompson will collect it", "ask Grace at the till",
"Thanks, Mark"), gold by their own offsets; a first name ({f}) and a full name ({n}) from the
word-names, each template filled three times. Public figures ("Bob Marley poster") are left out:
they are people, and tagging them fails closed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, tuple[str, ...]] = {
    "lead": (
        "Holly wreath for the door, how much?",
        "Holly wreaths back in stock?",
        "Dawn dish soap 1L",
        "Dawn till dusk opening?",
        "Frank talk: the box was crushed",
        "Mike stand for karaoke?",
        "Mike check one two lol",
        "Jay cloths pack of 10",
        "Daisy chain necklace in silver",
        "Rusty hinges, need WD40",
        "Rusty tools, any rust remover?",
        "Wade in and grab a bargain",
        "Carol service tickets",
        "Carol singers outside the shop lol",
        "Ivy plant in the window",
        "Ivy trellis 1.8m",
        "Miles and Miles of bubble wrap lol",
        "Pat dry after washing?",
        "Pat yourself on the back",
        "Rob me blind with these prices lol",
        "Bob cut wig in brown",
        "Jack plug for the guitar amp",
        "Max size for this bag?",
        "Max weight for the shelf?",
        "Ray of sunshine this shop",
        "Mark as delivered please, it came today",
        "Bill is on the way? I mean the invoice",
        "Dean's list shortbread",
        "Sandy paws after the beach lol",
        "Penny sweets for the party bags",
        "Grace period on the payment?",
        "Summer dress in size 12",
        "Lily pads for the pond",
        "Iris bulbs in the garden centre?",
        "Brook trout fillets fresh today?",
        "Cliff bars chocolate chip",
        "Drew the short straw on delivery lol",
        "Chase the courier please",
        "Sue me but I prefer the red",
        "Hope it arrives soon",
        "Faith restored, it arrived",
        "Honey mustard dressing",
        "Crystal glasses set of 6",
        "Amber necklace in stock?",
        "Noble fir Christmas tree 6ft",
        "Major delay on my order",
        "Art supplies aisle?",
        "Holly berries on the wreath are plastic?",
        "Daisy print dress in a 10",
    ),
    "pair": (
        "Is there a Grace Period for returns?",
        "Grace Period on Klarna?",
        "Summer Sale ends when?",
        "Summer Sale: 20% off",
        "Is the Summer Sale still on?",
        "Penny Sweets mix 1kg",
        "Sandy Beach towels still available?",
        "Miles Per Gallon figure is wrong in the listing",
        "I tapped Mark As Read by mistake",
        "Mark Down section",
        "Bill Me Later is on the checkout page",
        "Bill Me Later",
        "Can I use Bill Me Later?",
        "Summer Fruits squash",
        "Jay Cloth multipack",
        "Guy Ropes for the tent",
        "Sterling Pound or Euro?",
        "Holly Wreath 40cm still in stock?",
        "Holly Berry candle",
        "Autumn Leaves candle",
        "Autumn Glow candle",
        "Royal Blue cushion covers",
        "Royal Mail tracking says delivered",
        "Grace and Favour teapot",
        "Art Deco mirror in gold",
        "Daisy Chain bracelet",
        "Rusty Hinge spray",
        "Ivy Trellis panel",
        "Dawn Chorus bird feeder",
        "Carol Sheet music book",
        "Penny Black stamp replica",
        "Rosie Lee tea mug",
        "Mike Stand adapter",
        "Max Size is 40cm?",
        "Honey Roast ham",
        "Crystal Clear phone case",
        "Candy Floss machine hire",
        "Sandy Brown paint 2.5L",
        "Summer House paint",
        "Jack Plug adapter",
        "Rich Tea biscuits 300g please",
        "Hope Street store opening times?",
    ),
    "brand": (
        "Max Factor foundation in ivory please",
        "Do you sell Max Factor mascara?",
        "Jack Daniel's gift set in stock?",
        "Chase Bank card declined",
        "Candy Crush gift card",
        "Amber Leaf tobacco",
        "Rob Roy cocktail glasses",
        "Sonny Angel figures restocked?",
        "Frank Green water bottle",
        "Ray Ban sunglasses, are they genuine?",
        "Jack Wills hoodie",
        "Max Mara coat",
        "Faith in Nature shampoo",
        "Noble Rot wine",
        "Royal Doulton plate chipped",
        "Sunny Delight 1L",
        "Dean & DeLuca tote",
        "Lily O'Brien's chocolates",
        "Penny Lane print",
        "Guy Fawkes night sparklers",
        "Crystal Palace scarf",
        "Joy of Cooking book in stock?",
    ),
    "modal": (
        "Will it arrive Friday?",
        "Will you restock the blue one?",
        "Will it fit a double bed?",
        "Will do, thanks!",
        "May I return it?",
        "May I pay by card?",
        "May contain nuts?",
        "Hope so!",
        "Hope you're well, is my order out?",
        "June bank holiday opening hours?",
        "August Bank Holiday are you open?",
        "April delivery ok?",
    ),
}

CONTROLS: tuple[str, ...] = (
    "{f} wants the wreath for the door",
    "{f} called about the order",
    "{n} called about the order",
    "{n} will collect it Friday",
    "Ask {f} at the till",
    "Thanks, {f}",
    "Thanks {f}, it came today",
    "Cheers {f}!",
    "Hi {f}, is it in stock?",
    "{f} said the Summer Sale ends Sunday",
    "{f} paid with Bill Me Later",
    "Please leave it with {n} next door",
    "Deliver to {n} please",
    "{n} signed for it",
    "My son {f} loves the Max Factor one lol",
    "{f} from your shop said it was dispatched",
    "Kind regards, {n}",
    "It's for {n}, out for delivery today",
    "Royal Mail gave it to {n}",
    "Can {f} collect it instead?",
)

# Word-names in the positions the no-PII messages put them, each a real private person here.
NAMESAKES: tuple[tuple[str, str], ...] = (
    ("Will Carter called about the sofa", "Will Carter"),
    ("May Thompson will collect it", "May Thompson"),
    ("Ask Grace at the till", "Grace"),
    ("Thanks, Mark", "Mark"),
    ("Holly wants the wreath for the door", "Holly"),
    ("Holly said it's out of stock", "Holly"),
    ("Dawn said the soap is back in", "Dawn"),
    ("Dawn Hughes ordered the dish soap", "Dawn Hughes"),
    ("Frank called, the box was crushed", "Frank"),
    ("Frank Morris will pick it up", "Frank Morris"),
    ("Mike says the stand is broken", "Mike"),
    ("Mike Doyle paid already", "Mike Doyle"),
    ("Jay ordered the cloths", "Jay"),
    ("Jay Patel is collecting", "Jay Patel"),
    ("Daisy wants the necklace in silver", "Daisy"),
    ("Rusty Adams booked the van", "Rusty Adams"),
    ("Wade Turner left a review", "Wade Turner"),
    ("Carol said she ordered two", "Carol"),
    ("Carol Jenkins paid by card", "Carol Jenkins"),
    ("Ivy will sign for it", "Ivy"),
    ("Miles is collecting the bike", "Miles"),
    ("Miles Porter paid the deposit", "Miles Porter"),
    ("Pat is picking it up tomorrow", "Pat"),
    ("Pat Riley called twice", "Pat Riley"),
    ("Rob wants the blue one", "Rob"),
    ("Rob Kelly signed for it", "Rob Kelly"),
    ("Bob said the wig is too long", "Bob"),
    ("Jack will collect it Friday", "Jack"),
    ("Jack Dawson ordered the plug", "Jack Dawson"),
    ("Max wants the bigger bag", "Max"),
    ("Max Fielding paid with Klarna", "Max Fielding"),
    ("Ray is at the door", "Ray"),
    ("Ray Collins called about the refund", "Ray Collins"),
    ("Mark said it was delivered", "Mark"),
    ("Mark Evans ordered it", "Mark Evans"),
    ("Bill is paying for it", "Bill"),
    ("Bill Hughes will pick it up", "Bill Hughes"),
    ("Dean wants the shortbread", "Dean"),
    ("Sandy ordered the towels", "Sandy"),
    ("Sandy Powell paid already", "Sandy Powell"),
    ("Penny is collecting the sweets", "Penny"),
    ("Penny Walsh signed for it", "Penny Walsh"),
    ("Grace Hill paid by card", "Grace Hill"),
    ("Summer wants it in a 12", "Summer"),
    ("Summer Jones ordered the dress", "Summer Jones"),
    ("Chase said the card was declined", "Chase"),
    ("Candy ordered the gift card", "Candy"),
    ("Amber Reid ordered the necklace", "Amber Reid"),
    ("Guy said the ropes are missing", "Guy"),
    ("Guy Barnes bought the tent", "Guy Barnes"),
    ("Sterling Brooks paid in cash", "Sterling Brooks"),
    ("Lily wants the pond pads", "Lily"),
    ("Dean Murphy is collecting", "Dean Murphy"),
    ("Thanks Holly, see you Saturday", "Holly"),
    ("Cheers Rusty!", "Rusty"),
    ("Hi Dawn, is it ready?", "Dawn"),
    ("Please ask Sandy in store", "Sandy"),
    ("Leave it with Carol next door", "Carol"),
    ("My daughter Summer picked the dress", "Summer"),
    ("Frank from your shop said Friday", "Frank"),
    ("Hope Bennett ordered the candle", "Hope Bennett"),
    ("Faith said the shampoo leaked", "Faith"),
    ("Joy Mitchell will sign for it", "Joy Mitchell"),
    ("Grace wants the teapot", "Grace"),
    ("Ivy Lawson paid by card", "Ivy Lawson"),
    ("Daisy Carter is collecting", "Daisy Carter"),
    ("Crystal said it arrived broken", "Crystal"),
    ("Drew Collins called about the refund", "Drew Collins"),
    ("Thanks Miles, see you Friday", "Miles"),
    ("Hi Penny, quick question", "Penny"),
)

FIRST: tuple[str, ...] = ("Holly", "Frank", "Dawn", "Mike", "Sandy", "Miles", "Penny", "Jay", "Carol")
SURNAMES: tuple[str, ...] = ("Whitfield", "Okafor", "Donnelly", "Patel", "Abernethy", "Kowalski", "Hughes")

REGIONS = {"en": "GB"}
_SLOT = re.compile(r"\{(n|f)\}")
REPEATS = 3  # each control filled with three names


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message, then the controls filled with names in turn, then the namesakes."""
    if language not in REGIONS:
        raise KeyError(language)
    yield from nopii_runner.with_controls(language, NO_PII, CONTROLS, _SLOT, REPEATS, FIRST, SURNAMES)
    for text, name in NAMESAKES:
        start = text.index(name)
        yield language, "control", text, ((start, start + len(name)),)


def main() -> None:
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, "lead, pair, brand, modal")


if __name__ == "__main__":
    main()
