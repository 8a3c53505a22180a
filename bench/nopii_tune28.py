"""`python -m bench.nopii_tune28`: English customer chat whose capitalised words name no one.

Written for a round on the English model's PERSON spans (and the first-name list's) over the
capitalised words of everyday English chat to a shop that are no one's name: the greeting's or the
thanks' term of address ("Hiya Hun", "Cheers Mate", "Thanks Boss"), chat abbreviations and
interjections said as a sentence start ("Nvm", "Brb", "Tysm", "Okie Dokie", "Bummer"), sign-offs
typed in Title Case ("Thanks In Advance", "Much Love x"), colours and finishes ("Gunmetal Grey or
Chrome?", "Heather Grey marl hoodie"), order statuses, store sections and short dates
("Out For Delivery", "Home and Garden", "back in Sept"), couriers and payment brands, shouting and
Title Case subject lines, and pet products named for animals ("Bunny Bedding"). Written from the
writer's own knowledge of how customers of British and other English-speaking shops write, before
any rule was changed for it and without reading any held-out file or its misses, the rules' word
lists or the shipped name lists (a short script over the writer's candidate sentences showed
which of them the default analyzer changed; both kinds are kept). Each no-PII message names one kind:

- `address`: a greeting or thanks with a term of address, a team or the shop ("Hiya Hun");
- `chat`: a chat abbreviation, an interjection or a set phrase as a sentence ("Brb", "Bang On");
- `closing`: a sign-off or a closing wish in Title Case ("Thanks In Advance", "Speak Soon");
- `colour`: a colour, a shade or a finish ("Tan or Cognac", "Ruby Red nail polish");
- `status`: an order status, a store section, a weekday or a month ("Out For Delivery");
- `carrier`: a courier or a payment brand ("Evri", "Klarna");
- `shout`: all capitals, or a subject line in Title Case ("Order Query");
- `pet`: a pet product named for its animal ("Parrot Toys", "Goldfish Flakes").

Controls name a real private person in the same positions: a first name ({f}) after the greeting,
the thanks or the sign-off ("Hi {f}", "Cheers, {f}", "Thanks {f}!"), a full name ({n}), a title and
a surname ({s}: "Ta, Mrs {s}"), and first names that are also colours, flowers or words of chat
("ask Rose in store", "Thanks Heather", "Hiya Holly"), gold by their own offsets. Each control
template is filled three times; they must stay tokenised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, tuple[str, ...]] = {
    "address": (
        "Hi Team, is my order on its way?",
        "Hiya Hun, did my parcel go out?",
        "Hey Hun, the Navy one please x",
        "Cheers Mate, that's perfect",
        "Cheers Pal, see you Friday",
        "Thanks Chick, you're a star",
        "Hi Petals, is the shop open late tonight?",
        "Thank You Sweetie!",
        "Cheers Bud",
        "Thanks Fella",
        "Thanks Hunny xx",
        "Thanks Boss",
        "Cheers Chief",
        "Thanks Flower",
        "Cheers Guv",
        "Hey Y'all, shipping to Wales?",
        "Hiya Duck, did my parcel go?",
        "Thanks Darling, it's perfect",
        "Hi Sweetheart, can I change the colour?",
        "Morning Lovelies, any chance of a click and collect slot today?",
        "Ta Love, see you tomorrow",
        "Thanks Babe, it came today",
        "Hiya Petal, is the blue one back?",
        "Cheers Buddy, sorted",
        "Nice One Bro",
        "Hey Dude, got any left?",
        "Morning Sunshine Bakery, do you have sourdough today?",
        "Hey Guys, quick question about returns",
        "Hello Lovely, is the shop open today?",
    ),
    "chat": (
        "Nvm found it",
        "Brb, checking my card",
        "Tysm!!",
        "Hbu, are you open Sunday?",
        "Wbu, do you have the Stone colour?",
        "Okie Dokie",
        "Bummer, ok",
        "Lol no worries, it can wait",
        "Lmk when it's back in stock",
        "Lmao that's fine",
        "Omg it's gorgeous",
        "TBH the last one was better",
        "Tbf it did arrive early",
        "Imo the Olive looks nicer",
        "Idk which size to get, I'm usually a 10",
        "Ngl it's a bit pricey",
        "Smh, Evri again",
        "Ikr, the Cream is gorgeous",
        "Btw the lid was missing",
        "Fyi I'm out until 4",
        "Iirc it was £20",
        "Afaik it shipped Monday",
        "Ttyl, thanks",
        "Gtg, thanks!",
        "Ofc, whenever suits",
        "Hmu when it's in",
        "Tyvm for sorting it",
        "Hiya, Quick One - do you do gift wrapping?",
        "Top Man, cheers",
        "Bang On, cheers",
        "Thnx so much",
        "Soz for the delay",
    ),
    "closing": (
        "Thanks Again!!",
        "Many Thanks Again",
        "Thanks In Advance",
        "Much Love x",
        "Speak Soon",
        "Take Care",
        "Have A Lovely Weekend",
        "Kind Regards",
        "Many Thanks for sorting it",
        "Thanks Again for the quick reply",
        "Thanks In Advance for your help",
        "Lots Of Love",
        "Best Wishes",
        "All The Best",
        "Much Appreciated, thanks",
        "Ta very much, Much Appreciated",
        "Happy Friday! Is my order ready?",
        "Merry Christmas, will you be open Boxing Day?",
    ),
    "colour": (
        "Do you have it in Teal?",
        "Is the Ivory dress still available in a 12?",
        "Rose Gold or Silver for the watch strap?",
        "Heather Grey marl hoodie, XL",
        "Ruby Red nail polish please",
        "Coral or Peach?",
        "Tan or Cognac for the boots?",
        "Is Mocha a dark brown?",
        "Mauve or Plum?",
        "Aubergine or Burgundy?",
        "Gunmetal Grey or Chrome?",
        "Cherry Red or Wine?",
        "Magnolia paint, 5 litres",
        "Can I swap Ivy green for Sage?",
        "Jade green vase arrived chipped",
        "Hazel colour contacts, do you sell them?",
        "Charcoal or Slate Grey?",
        "The Mustard jumper runs small",
        "Forest Green or Emerald?",
        "Is Pearl White the same as Ivory?",
        "Graphite or Anthracite?",
        "Teal or Mustard for the cushions?",
        "Is Plum darker than Burgundy?",
        "I'd like the Aubergine one in a 14",
    ),
    "status": (
        "Status says Dispatched but nothing has come",
        "It's been Out For Delivery since 7am",
        "Order status: Processing",
        "Marked as Delivered but not here",
        "It says Awaiting Collection",
        "Found it in Home and Garden",
        "Back in stock in Sept?",
        "Arriving Weds apparently",
        "Fri or Sat delivery please",
        "Order placed Dec 3rd",
        "Is it in the Sale section?",
        "Menswear or Womenswear?",
        "It's been on Pending since Tues",
        "Says Ready For Collection but the shop said no",
        "Is Click and Collect free?",
        "Can I return it to the Customer Services desk?",
    ),
    "carrier": (
        "Evri left it in the bin again",
        "Yodel said they couldn't find the house",
        "DPD say it was delivered but it wasn't",
        "Royal Mail haven't scanned it since Tuesday",
        "Can I pay with Klarna?",
        "Is Clearpay available on sale items?",
        "Hermes left it with a neighbour",
        "Parcelforce need a signature",
        "Can I use Laybuy?",
        "Paid with PayPal, can you refund there?",
        "Typical Evri",
        "Is Afterpay an option?",
    ),
    "shout": (
        "WHERE IS MY ORDER I PAID TWO WEEKS AGO",
        "THANK YOU SO MUCH",
        "CAN SOMEONE REPLY",
        "Returns Policy Question",
        "Order Query",
        "Missing Item From Order",
        "Re: Delivery Problem",
        "Wrong Size Sent",
        "Refund Request Please",
        "Damaged Item Received",
    ),
    "pet": (
        "Bunny Bedding, the big bag",
        "Goldfish Flakes please",
        "Parrot Toys, any on offer?",
        "Kitty Litter 10kg please",
        "Do you stock Puppy Pads?",
        "Budgie Seed mix x2",
        "Hamster Wheel for a dwarf hamster",
        "Tortoise Food pellets?",
        "Do you sell Dog Dental Sticks?",
        "Guinea Pig Hay, the large bale",
    ),
}

CONTROLS: tuple[str, ...] = (
    "Hi {f}, is my order on its way?",
    "Hiya {f}, did my parcel go out?",
    "Cheers, {f}",
    "Cheers {f}, that's perfect",
    "Thanks {f}!",
    "Thank you {f}, see you Friday",
    "Ta, Mrs {s}",
    "Ta {f}, see you tomorrow",
    "Morning {f}, any bread left?",
    "Hey {f}, got any left?",
    "Thanks again {f}, it came today",
    "Many thanks, {n}",
    "Thanks in advance, {n}",
    "Kind regards, {n}",
    "Much love, {f} x",
    "Speak soon, {f}",
    "Best wishes, Mr {s}",
    "Lol {f} said the same",
    "Nvm, {f} found it",
    "Brb, {f} is checking the card",
    "Tbh {f} liked the last one better",
    "Omg {f} loves it",
    "Lmk if {n} can collect it",
    "Btw {n} will sign for it",
    "Can {f} pay with Klarna?",
    "Evri left it with {n} next door",
    "Royal Mail gave it to {n} at number 4",
    "Hermes said {f} signed for it",
    "Please deliver it to {n}",
    "Ask {f} in store about the Teal one",
    "{f} wants the Navy hoodie in a 12",
    "Mr {s} ordered the Rose Gold strap",
    "My daughter {f} picked the Mustard jumper",
    "It's for {n}, out for delivery today",
    "Order status for {n}, please",
    "Dispatched to {n} on Tuesday?",
    "Mrs {s} paid with Clearpay",
    "{n} is collecting the Goldfish Flakes",
    "The Parrot Toys are for {f}",
    "WHERE IS {f}'S ORDER",
    "Order query from {n}",
    "Refund for Ms {s} please",
    "Thanks {f} x",
    "Hi {f} and team, is it ready?",
    "Cheers mate, {f} will collect",
    "Hiya hun, it's {n} about my order",
    "Thanks boss, {f} says hi",
    "Dear {f}, the Teal one is lovely",
    "{f} from your shop said it's Dispatched",
    "Can you tell {f} the Plum one arrived?",
)

# First names that are also colours, flowers, pet words or words of chat: the cue makes them people.
NAMESAKES: tuple[tuple[str, str], ...] = (
    ("Thanks Heather, see you Saturday", "Heather"),
    ("Hiya Holly, is my parcel ready?", "Holly"),
    ("Ask Rose in store, she knows my order", "Rose"),
    ("Cheers Ruby, that's perfect", "Ruby"),
    ("My friend Jade ordered the same one", "Jade"),
    ("Hi Amber, can I change the size?", "Amber"),
    ("Thank you Hazel!", "Hazel"),
    ("Please leave it with Ivy next door", "Ivy"),
    ("Morning Daisy, any sourdough left?", "Daisy"),
    ("Ta, Olive", "Olive"),
    ("Cheers Chuck, see you Friday", "Chuck"),
    ("Hi Iris, did the cushions come in?", "Iris"),
    ("My son Basil wants the Bunny Bedding", "Basil"),
    ("Thanks Rosemary x", "Rosemary"),
    ("Hiya Pearl, quick question", "Pearl"),
    ("Hey Tan, is the shop open?", "Tan"),
)

FIRST: tuple[str, ...] = ("Olivia", "Tom", "Siobhan", "Kwame", "Harpreet", "Declan", "Bethany", "Marcus", "Yusuf")
SURNAMES: tuple[str, ...] = ("Patel", "Okafor", "Whitfield", "Donnelly", "Kowalski", "Abernethy", "Chowdhury")

REGIONS = {"en": "GB"}
_SLOT = re.compile(r"\{(n|f|s)\}")
REPEATS = 3  # each control filled with three names


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
        {"s": SURNAMES[3:] + SURNAMES[:3]},
    )
    for text, name in NAMESAKES:
        start = text.index(name)
        yield language, "control", text, ((start, start + len(name)),)


def main() -> None:
    nopii_runner.main(
        __doc__.splitlines()[0], examples, REGIONS, "address, chat, closing, colour, status, carrier, shout, pet"
    )


if __name__ == "__main__":
    main()
