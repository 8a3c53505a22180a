"""`python -m bench.nopii_tune27`: English commerce chat whose capitalised words name goods, not people.

Written for a round on the English model's PERSON and LOCATION spans over the capitalised names
of things customers buy, watch, wear, eat and book: products and models, TV shows and films,
songs and bands, apps and games, sports teams and players' shirts (a player named for the goods
he sells is a public figure, the message is about a shirt), fashion houses and brands named after
their founders, perfumes, cocktails and dishes, holidays and saints, brand mascots, book titles,
hotels, restaurants, ships and trains. Written from the writer's own knowledge of how customers
of shops, streaming services, bars and travel firms write in English, in lower and upper case,
without reading any held-out file or its misses, the rules' word lists or the shipped name lists,
and before any rule was changed for it. Each no-PII message names one kind:

- `product`: a product, a model, an app or a game ("the Dyson V15", "Animal Crossing");
- `media`: a TV show, a film, a song, a band or a book ("season 2 of Ted Lasso", "a Taylor Swift
  vinyl");
- `sport`: a team or a player's shirt ("a Messi shirt", "the Arsenal away kit");
- `fashion`: a fashion house or brand named after its founder, a perfume ("Ralph Lauren polo",
  "Jo Malone candle");
- `food`: a cocktail, a dish or a drink ("a Tom Collins", "Eggs Benedict");
- `season`: a holiday, a saint, a brand mascot ("St Patrick's Day", "the Michelin man");
- `venue`: a hotel, a restaurant, a ship or a train ("the Queen Mary 2", "Hotel Adlon").

Controls name a real private person, by a full name ({n}), a first name ({f}) after a cue, Mr or
Ms and a surname ({s}), in the same sentences as the goods, and a customer's friend who shares a
name with a celebrity (written out, gold by its own offsets). They must stay tokenised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, tuple[str, ...]] = {
    "product": (
        "Is the Dyson V15 cheaper than the Shark Stratos this week?",
        "My Kindle Paperwhite won't charge, can I swap it?",
        "Do you have the Nintendo Switch Lite in coral?",
        "The Ninja Foodi lid arrived cracked",
        "Is Animal Crossing included with the console bundle?",
        "two Tamagotchi keyrings please, the pink ones",
        "Can I pre-order the new Pokemon Scarlet edition?",
        "does the Henry hoover come with the extra brush?",
        "The Sonos Arc is £799 here and £749 at Currys, will you match it?",
        "My Mini Cooper needs a new wiper blade, which fits?",
        "I bought the Kenwood Chef last month and the bowl leaks",
        "Is Minecraft Legends on sale for PS5?",
        "The Morphy Richards toaster stopped working after a week",
        "Do you stock the Le Creuset casserole in volcanic?",
        "Can I download Duolingo Max on the family plan?",
        "Are Harry Potter Lego sets discounted on Black Friday?",
        "The Tesla Model Y wall charger, is installation included?",
        "My Fitbit Charge 6 strap snapped, do you sell straps?",
    ),
    "media": (
        "When does season 3 of Ted Lasso come out on Apple TV?",
        "Is the Downton Abbey box set region free?",
        "I ordered the Taylor Swift vinyl but got a CD",
        "Do you have tickets left for Ed Sheeran in Cardiff?",
        "Can I stream Oppenheimer in 4K on my plan?",
        "My kids want to watch Bluey, is it on your service?",
        "the Harry Styles poster came creased",
        "Is the new Stephen King hardback signed?",
        "I'd like two copies of Where the Crawdads Sing",
        "We want to watch Mary Poppins at the matinee on Sunday",
        "Is Abbey Road on 180g vinyl back in stock?",
        "Can you play Mr Brightside at the wedding disco?",
        "Does the Peppa Pig DVD have subtitles?",
        "I'd like to rent Forrest Gump for the weekend",
        "The Beyonce tour t-shirt is too big, can I get a medium?",
        "We binged Emily in Paris, is season 4 on yet?",
        "Is the Agatha Christie collection paperback or hardback?",
        "PLEASE ADD SHERLOCK HOLMES TO MY WATCHLIST",
        "Do you sell the Billie Eilish perfume?",
    ),
    "sport": (
        "Do you have a Messi shirt in age 10?",
        "The Arsenal away kit is sold out online, any in store?",
        "Can I get Saka 7 printed on the back?",
        "Two Man United scarves please",
        "Is the Lewis Hamilton cap the Mercedes one?",
        "Do you sell Celtic training tops in XL?",
        "the Ronaldo boots are half a size too small",
        "Can I return a Chelsea home shirt if the name is printed?",
        "Are Wimbledon tickets included in the hospitality package?",
        "Is the Jude Bellingham jersey the Real Madrid or England one?",
        "I need a Liverpool kit for a 6 year old",
        "Will the Kane 9 England shirt be restocked before the Euros?",
    ),
    "fashion": (
        "Is the Ralph Lauren polo true to size?",
        "Do you have the Jo Malone candle in Lime Basil?",
        "My Calvin Klein jeans lost a button",
        "the Tommy Hilfiger jacket in navy, is it waterproof?",
        "Can I get the Marc Jacobs Daisy perfume gift wrapped?",
        "Are the Stella McCartney trainers vegan?",
        "Is Coco Chanel No 5 in the 100ml size?",
        "I'd like to return the Michael Kors bag, the strap broke",
        "Do you stock Ted Baker suits in slim fit?",
        "The Vivienne Westwood necklace came tarnished",
        "Is the Paul Smith wallet real leather?",
        "Do you sell Dr Martens in wide fit?",
        "HUGO BOSS AFTERSHAVE 50ML PLEASE",
    ),
    "food": (
        "Two Tom Collins and a mojito for table 4",
        "Is the Eggs Benedict available after 12?",
        "Can I get a Margarita pizza with no basil?",
        "Do you do a Bloody Mary at brunch?",
        "one Beef Wellington for two, medium rare",
        "Is the Caesar salad dressing made with anchovies?",
        "Three Long Island iced teas please",
        "Can we swap the Peach Melba for the cheesecake?",
        "A pint of Guinness and a Shirley Temple for the kids",
        "The Ben and Jerry's tubs were melted on arrival",
        "Do you have Earl Grey decaf?",
        "Is the Pavlova gluten free?",
        "Can I order Oysters Rockefeller for the party?",
        "Two Aperol spritz and a Cosmopolitan",
    ),
    "season": (
        "Are you open on St Patrick's Day?",
        "Will it arrive before Valentine's Day?",
        "Do you have St Nicholas chocolate coins?",
        "The Michelin Man sticker was missing from the box",
        "Do you sell Ronald McDonald toys separately?",
        "Is the shop shut on St Andrew's Day?",
        "Can I get a Father Christmas costume in XL?",
        "I'd like the Colonel Sanders bucket for 4",
        "Do you have any Guy Fawkes masks left for bonfire night?",
        "Is Easter Monday a delivery day?",
        "Are the St George flags on offer?",
    ),
    "venue": (
        "We're booked on the Queen Mary 2, can you deliver to the ship?",
        "Is Hotel Adlon close to your Berlin shop?",
        "Can you deliver to the Savoy by 6?",
        "We're eating at Dishoom tonight, can the flowers go there?",
        "The Flying Scotsman excursion, are tickets refundable?",
        "I'm staying at the Ritz Carlton, room service will collect",
        "Do you have a stall at Harvey Nichols?",
        "Is the Caledonian Sleeper cabin en suite?",
        "Are the Titanic exhibition tickets for adults only?",
        "Can I pick it up from Fortnum and Mason?",
        "Does the Eurostar allow bikes?",
        "The Hilton Garden Inn reception said it was never delivered",
    ),
}

CONTROLS: tuple[str, ...] = (
    "Please deliver the Dyson to {n}, she's at home all day",
    "The Ted Lasso box set is a gift for {n}",
    "Ask for {f} at the till, she has my Messi shirt on hold",
    "Mr {s} ordered the Arsenal kit last week",
    "Ms {s} wants the Ralph Lauren polo in blue",
    "Hi {f}, is the Nintendo Switch back in stock?",
    "Thanks {f}, the Sonos arrived fine",
    "Regards, {n}",
    "Can {n} collect the Le Creuset pan on Friday?",
    "My daughter {f} loves the Peppa Pig DVD",
    "Send the invoice for the Kindle to {n}",
    "{n} booked the table at Dishoom for 8",
    "I spoke to {f} in the Ninja Foodi department",
    "The parcel was signed for by {n}",
    "Mrs {s} paid for the Jo Malone candle by card",
    "Two Tom Collins for {n}'s birthday table",
    "{f} from your shop said the Fitbit would be replaced",
    "Order for {n}: one Kenwood Chef, one bowl",
    "Dear {f}, the Calvin Klein jeans are too long",
    "My husband {f} wants Saka 7 on his shirt",
    "Please ring {n} when the Lego arrives",
    "{n} will pick up the Ted Baker suit",
    "Cheers {f}, see you at the Savoy",
    "Dr {s} ordered the Le Creuset set",
    "The Beyonce tickets are in {n}'s name",
    "Can you tell {f} the Tesla charger is ready?",
    "It's a present for my friend {f}",
    "My colleague {n} recommended your Eggs Benedict",
    "Booking under {n}, table for 4, St Patrick's Day",
    "Mr {s} from accounts needs a receipt for the Sonos",
    "Thank {f} for the advice about the Michael Kors bag",
    "{f} and I want two Aperol spritz",
    "Please leave the Harry Potter Lego with {n} next door",
    "Is {f} working today? She sold me the Paul Smith wallet",
    "Addressed to {n}, c/o the Hilton Garden Inn",
    "The cabin on the Caledonian Sleeper is for {n}",
    "Kind regards, Ms {s}",
    "Hi, it's {n} about the Animal Crossing bundle",
    "Can {f} swap the Chelsea shirt for me?",
    "The Pavlova order is for {n}, collection at 3",
    "{n} called about the Queen Mary 2 delivery",
    "My son {f} wants the Liverpool kit",
    "Best wishes, {f}",
    "ask {f} whether the Stella McCartney trainers came in",
    "{n} left a review of the Bluey mug",
    "Contact person: {n}",
    "Mr {s} complained that the Henry hoover was broken",
    "Thanks again {f}! The Taylor Swift vinyl is perfect",
    "Ms {s} at the front desk of the Ritz Carlton will sign",
    "Card message: Happy Valentine's Day {f}, love you",
    "{n} is our contact at Harvey Nichols",
    "The Fortnum and Mason hamper is from {n}",
)

# A customer's friend who shares a name with a celebrity: the cue makes them private people.
CELEBRITY_NAMESAKES: tuple[tuple[str, str], ...] = (
    ("My friend Harry Styles from work ordered the same jacket", "Harry Styles"),
    ("Please deliver to my neighbour, Emma Watson, at number 12", "Emma Watson"),
    ("The order is for my uncle David Beckham, he lives in Leeds", "David Beckham"),
    ("My flatmate Adele said the Ninja Foodi was great", "Adele"),
    ("My colleague Paul Smith will collect the wallet", "Paul Smith"),
    ("Signed by Michael Jordan at the back door, not me", "Michael Jordan"),
    ("My cousin Tom Jones ordered the Dyson for me", "Tom Jones"),
    ("Leave it with John Lewis at flat 3, he's my neighbour", "John Lewis"),
)

FIRST: tuple[str, ...] = ("Gemma", "Alasdair", "Niamh", "Oluwaseun", "Priya", "Kieran", "Rosalind", "Darren")
SURNAMES: tuple[str, ...] = ("Pemberton", "Adeyemi", "Fairclough", "McGuinness", "Sandhu", "Threlfall")

REGIONS = {"en": "GB"}
_SLOT = re.compile(r"\{(n|f|s)\}")
REPEATS = 1  # each control filled with one name


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message, then the controls filled with names in turn, then the namesakes."""
    if language not in REGIONS:
        raise KeyError(language)
    yield from nopii_runner.with_controls(
        language,
        NO_PII,
        CONTROLS,
        _SLOT,
        REPEATS,
        FIRST,
        SURNAMES,
        {"s": SURNAMES[2:] + SURNAMES[:2]},
    )
    for text, name in CELEBRITY_NAMESAKES:
        start = text.index(name)
        yield language, "control", text, ((start, start + len(name)),)


def main() -> None:
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, "product, media, sport, fashion, food, season, venue")


if __name__ == "__main__":
    main()
