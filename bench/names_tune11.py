"""`python -m bench.names_tune11`: a ninth tuning set of the name rules, English chat forms.

Written for an English round of the name rules, before any of them, without reading the held-out
name sets (`bench/names_heldout*.py`, `bench/data/names_heldout*.jsonl`) or their misses. The
shapes are those the earlier tune sets (`names_tune`, `names_tune_chat`, `names_tune7`,
`names_tune8`) lack in English: a full name in capitals after "HI IM", "@" mentions, "Thanks …"
with no comma, a name as the object of a verb ("tell …", "passed to …", "collected by Mr and Mrs
…"), names with initials ("J. R. Hartley", "A.J."), a relative before the name ("my wife …"),
names after "cc", "fao", "attn" in lower case, and Scottish, Irish, Welsh and US names of many
origins. The no-PII messages share the shapes with no one in them, and include the false
positives seen in English: a holiday ("Mother's Day"), a shop named after people ("Marks &
Spencer") and a department after "Recipient:".

Every name is hand-written for this set from general knowledge. A template that starts with `~`
is typed all in lower case. It prints names protected and no-PII messages unchanged with the rules
only (the stock en spaCy pipeline), and with `--show N` up to N misses and false positives.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from bench import chat_tune
from bench.chat_tune import Example, fill

LANGS = ("en",)
SEED = 20261211
REPEATS = 4  # each template filled with this many names

# Given names and surnames from the UK and Ireland (Scottish, Irish, Welsh among them) and the US
# (of many origins), written for this set, not drawn from a list.
_FIRST = (
    "Siobhan", "Niamh", "Aoife", "Saoirse", "Ciaran", "Oisin", "Padraig", "Eoin", "Cormac", "Grainne",
    "Ailsa", "Morag", "Hamish", "Fraser", "Eilidh", "Callum", "Iona", "Angus", "Rhys", "Cerys",
    "Dafydd", "Gethin", "Bethan", "Sioned", "Owain", "Carys", "Jasper", "Bethany", "Tristan", "Imogen",
    "Deepak", "Ngozi", "Tyrone", "Latoya", "DeShawn", "Jamal", "Keisha", "Marisol", "Guadalupe", "Alejandro",
    "Hyun-woo", "Ji-yeon", "Thanh", "Bao", "Kalani", "Dakota", "Cheyenne", "Mateo", "Esperanza", "Rashida",
    "Brennan", "Tucker", "Kendra", "Shelby", "Dwayne", "Marlene", "Earl", "Wilbur", "Doreen", "Clive",
)  # fmt: skip
_SURNAMES = (
    "MacLeod", "McAllister", "Fergusson", "Urquhart", "Buchanan", "Lamont", "Sutherland", "Mackintosh",
    "O'Sullivan", "Fitzgerald", "Brennan", "Gallagher", "Doherty", "Ni Bhriain", "McGuinness", "Flanagan",
    "Pritchard", "Llewellyn", "Vaughan", "Prosser", "Bowen", "Griffiths", "Hartley", "Grant", "Okonkwo",
    "Washington", "Jefferson", "Kowalczyk", "Nakamura", "Yamamoto", "Gonzalez", "Hernandez", "Delgado",
    "Schwartz", "Goldberg", "Petrakis", "Papadopoulos", "Haddad", "Kim", "Nguyen", "Robinson", "Whitaker",
    "Thibodeaux", "Landry", "Begay", "Yazzie", "Oyelaran", "Abernathy", "Pemberton", "Ashworth",
)  # fmt: skip
_INITIALED = (
    "J. R. Hartley", "A.J. Sutherland", "P. J. O'Sullivan", "T.J. Washington", "M. K. Pritchard",
    "C.J. Delgado", "R. A. Buchanan", "D. W. Griffiths", "E. L. Nakamura", "K.T. Landry",
)  # fmt: skip
_SHORT_INITIALS = ("A.J.", "T.J.", "C.J.", "P.J.", "D.J.", "K.T.", "J.P.", "R.J.")

# {n} first + surname, {f} first, {s} surname, {i} a name with initials, {a} initials alone,
# {u} first + surname in capitals
_SLOT = re.compile(r"\{(\w)\}")
TEMPLATES = (
    "HI IM {u} I NEVER GOT MY ORDER",
    "HI IM {u} WHERE IS MY PARCEL",
    "@{f} can you check order 5521?",
    "thanks @{f} that worked",
    "Thanks {f} that's sorted now",
    "Thanks {f} for the quick reply",
    "Cheers {f} appreciate it",
    "Could you tell {f} the parcel arrived?",
    "Please tell {n} I called",
    "It was collected by Mr and Mrs {s} on Friday",
    "The form was signed by Mrs {s}",
    "I passed it to {f} in accounts",
    "I've passed your note to {n}",
    "I spoke to {f} yesterday and she said it was sent",
    "Order placed by {i}, account 7713",
    "Regards, {i}",
    "Hi, it's {a} from the warehouse",
    "Thanks, {a}",
    "My wife {f} will be in after 5",
    "my husband {f} has the receipt",
    "My son {n} ordered it for me",
    "My daughter {f} set up the account",
    "cc {n}",
    "cc: {f}, {n}",
    "~cc {n} re the refund",
    "FAO {n}",
    "fao {f} in returns",
    "~attn {n}",
    "Attn {f}, order 3319",
    "Please send it FAO {n}, Goods In",
    "Can {f} ring me back?",
    "Is {f} working today?",
    "{f} said it would be here Monday",
    "{n} from your team emailed me",
    "Dear {f},\nthe box was damaged.",
    "Morning {f}, any news?",
    "Ask {f} to call me",
    "I'd like to speak to {n} please",
    "Left with neighbour {n} at no. 14",
    "Signed for by {s}",
    "The driver, {f}, was very rude",
    "Best wishes\n{n}",
    "Ta {f}",
    "Love {f} xx",
    "{u}",
    "Name on the account is {n}",
    "It's under my partner's name, {n}",
    "Please make it out to {n}",
)

CLEAN = (
    "Gift for Mother's Day, can it be wrapped?",
    "Is it a good Gift for Father's Day?",
    "I bought it in Marks & Spencer last week",
    "Is this the same as the Marks and Spencer one?",
    "Recipient: Head Office",
    "Recipient: Accounts Department",
    "FAO Goods In, bay 3",
    "cc accounts team",
    "Attn: Returns Department",
    "Thanks team that's sorted now",
    "Thanks again for the quick reply",
    "Please tell the driver to knock",
    "I passed it to the warehouse",
    "It was collected by the courier on Friday",
    "HI IM STILL WAITING FOR MY ORDER",
    "HI IM NOT HAPPY WITH THE SERVICE",
    "@support can you check order 5521?",
    "My wife will be in after 5",
    "Left with neighbour at no. 14",
    "Signed for by reception",
    "Order placed by phone, account 7713",
    "Cheers mate appreciate it",
    "Ask the manager to call me",
    "Is the shop open today?",
    "Can someone ring me back?",
    "Love the new colour xx",
)


def name_messages() -> Iterator[tuple[str, chat_tune.Gold]]:
    """Every template filled REPEATS times with this set's own draw."""
    rng = random.Random(SEED)

    def value(kind: str) -> str:
        f, s = rng.choice(_FIRST), rng.choice(_SURNAMES)
        return {
            "n": lambda: f"{f} {s}",
            "f": lambda: f,
            "s": lambda: s,
            "i": lambda: rng.choice(_INITIALED),
            "a": lambda: rng.choice(_SHORT_INITIALS),
            "u": lambda: f"{f} {s}".upper(),
        }[kind]()

    yield from fill(TEMPLATES, REPEATS, _SLOT, value)


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(), CLEAN)


def main() -> None:
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
