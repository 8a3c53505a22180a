"""The punctuation a rule strips from a word's edges before it looks the word up in a list.

Fifteen rules wrote their set out each until 2026-12-07, in seven variants. The same set is one
constant here; where sets differ the difference stays, since a rule reads what it was measured
reading and a wider set changes what it reads of a word at a bracket, a quote or a Spanish mark:

- `EDGE`: the stops, brackets and quotes of the six languages and Spain's opening marks ("¿Marco?");
  the ASCII apostrophe stays on the word. The rules written with the it/es/pt/de pipelines and after
  (`ner_context`, `model_things`, `maker_alone`, `goods_said`, `feast_wishes`, `trusted_persons`).
- `POST_FILTER_EDGE`: the NER post-filter's (`filters`, `business`, `opening_word`), written when only
  the English and French stock models ran: the ASCII apostrophe off too (a word quoted 'so'), Spain's
  marks not.
- `EN_FR_EDGE`: rules of English or French text alone (`chat_talk`, `french_goods`), where Spain's
  marks do not stand: `EDGE` without them.

A few rules keep narrower sets of their own, each named where it is written (`shop_town`,
`model_extents`, `en_no_one`, `brand_spans`), built from the parts below.
"""

from __future__ import annotations

STOPS = ".,;:!?"
BRACKETS = "()[]"
QUOTES = '"«»“”‘’'
SPANISH_OPENERS = "¿¡"
APOSTROPHE = "'"

EDGE = STOPS + BRACKETS + QUOTES + SPANISH_OPENERS
POST_FILTER_EDGE = STOPS + BRACKETS + QUOTES + APOSTROPHE
EN_FR_EDGE = STOPS + BRACKETS + QUOTES
