"""`python -m bench.nopii_tune20`: a greeting followed by a lower-case word that is also a first name.

Written for a short round on false positives earlier rounds noticed and left: the lower-case
vocative rule reads the word after "hello" or "ciao" as the name of the person greeted, so "hello
hope you are well" tokenises "hope" and "ciao bella," tokenises "bella". Written from the writer's
own knowledge of how people open a WhatsApp message in English and Italian, without reading any
held-out file or its misses, without reading the rules' word lists or the shipped name lists, and
before any rule was changed for it. Each no-PII message names one kind:

- `greeting`: a greeting, then an ordinary word that can also be a first name ("hello hope you
  are well", "hi grace period still ok?", "hey joy of joys it arrived");
- `endearment`: a greeting, then a term of endearment written like a name ("ciao bella,", "ciao
  cara come stai", "hi honey").

In chat style: lower case, no punctuation, emojis. Controls greet a real person in lower case
("hello sarah,", "ciao giulia come stai") or by a capitalised first name ({f}), which must stay
tokenised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "greeting": (
            "hello hope you are well",
            "hi hope all good, is the sofa still available?",
            "hello hope you had a good weekend, any news on my order",
            "hey hope it's not too late to message",
            "hi grace period for the return still ok?",
            "hey joy of joys it finally arrived 😂",
            "hello faith restored, the parcel turned up",
            "hi will you be open on sunday",
            "hello mark the order as urgent please",
            "hey rose gold one is sold out?",
        ),
        "endearment": (
            "hi honey can you check the tracking",
            "hello love, is it still for sale",
            "hiya darling the box is here",
        ),
    },
    "it": {
        "greeting": (
            "ciao speranza che sia tutto ok con l'ordine",
            "ciao volevo sapere se il divano è disponibile",
            "buongiorno grazie mille per la risposta",
        ),
        "endearment": (
            "ciao bella, il pacco è arrivato",
            "ciao bella come stai",
            "ciao cara, a che ora apre il negozio?",
            "ciao bello ci vediamo domani",
            "ciao tesoro ho ricevuto tutto",
            "ciao amore mio, arrivo alle 6",
        ),
    },
}

CONTROLS: dict[str, tuple[str, ...]] = {
    "en": (
        "hello {l}, hope you are well",
        "hi {l} is the sofa still available",
        "hey {l} thanks for the update",
        "hello {f}, any news on my order?",
        "hi {l}! the parcel arrived",
        "hello {l} hope you had a good weekend",
    ),
    "it": (
        "ciao {l}, il pacco è arrivato",
        "ciao {l} come stai",
        "buongiorno {f}, a che ora apre il negozio?",
        "ciao {l}! ci vediamo domani",
        "ciao {l} ho ricevuto tutto",
    ),
}

FIRST: dict[str, tuple[str, ...]] = {
    "en": ("Sarah", "Gareth", "Orla", "Dominic", "Hattie", "Trevor"),
    "it": ("Giulia", "Matteo", "Chiara", "Lorenzo", "Federica", "Tommaso"),
}

SURNAMES: dict[str, tuple[str, ...]] = {
    "en": ("Hughes", "Pritchard", "Doyle"),
    "it": ("Bianchi", "Ferraro", "Galli"),
}

# first names a customer writes in lower case after a greeting
LOWER: dict[str, tuple[str, ...]] = {
    "en": ("sarah", "gareth", "orla", "hope", "grace", "dominic"),
    "it": ("giulia", "matteo", "bella", "chiara", "lorenzo"),
}

REGIONS = {"en": "GB", "it": "IT"}
_SLOT = re.compile(r"\{(n|f|l)\}")
REPEATS = 1  # each control filled with one name


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message, then the controls filled with names in turn."""
    return nopii_runner.with_controls(
        language,
        NO_PII[language],
        CONTROLS[language],
        _SLOT,
        REPEATS,
        FIRST[language],
        SURNAMES[language],
        {"l": LOWER[language]},
    )


def main() -> None:
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, "greeting, endearment")


if __name__ == "__main__":
    main()
