"""PERSON spans of a pipeline trained on many writers' shapes stand without a first name or cue
(`filters.corroborated(trusted=True)`, `trusted_persons`), unless the span's words or its capital
say nothing of a person; every other check of `corroborated` still applies. Sentences written
for this test, apart from the tune and held-out sets."""

from __future__ import annotations

import pytest

from proxy.detection.filters import corroborated, settle
from proxy.detection.settings import Span
from proxy.detection.trusted_persons import trusted_person


def _span(text: str, value: str, entity: str = "PERSON") -> Span:
    start = text.index(value)
    return Span(entity, start, start + len(value), 0.85, "SpacyRecognizer", False)


# A surname alone, an unlisted first name after a thank-you, two unlisted words: no listed first
# name, no person cue, so the old rule dropped them.
STANDS = [
    ("it", "La fattura è intestata Brambati, va bene lo stesso?", "Brambati"),
    ("it", "ok grazie Zecchinato, a domani", "Zecchinato"),
    ("es", "Hablé ayer con la señora y Quispe Mamani lo firmó", "Quispe Mamani"),
    ("pt", "a nota fiscal saiu intestada Quaresma Bittencourt, tem problema?", "Quaresma Bittencourt"),
    ("pt", "a caixa ficou com o porteiro, o Bittencourt", "Bittencourt"),
    ("de", "Vielen Dank Kowalczyk, alles angekommen", "Kowalczyk"),
    # English (`veil_ner_en`): the one given or told something after "to", the room of someone "in" a
    # possessive, who a card is from
    ("en", "Please hand this on to Tamati, he deals with refunds", "Tamati"),
    ("en", "Gave my spare key to Wiremu yesterday", "Wiremu"),
    ("en", "reply to Ngaio: fine by me", "Ngaio"),
    ("en", "the leak is in Iordanou's bathroom upstairs", "Iordanou"),
    ("en", "a card saying love from Tipene", "Tipene"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "value"), STANDS)
def test_a_trusted_pipeline_s_person_needs_no_first_name_or_cue(lang: str, text: str, value: str) -> None:
    span = _span(text, value)
    assert corroborated(text, span, lang) is None  # older weights: the old rule
    assert corroborated(text, span, lang, trusted=True) == span


# Where the span says nothing of a person: a sentence's capital on one word, everyday words only,
# a feast or a maker, one word after a preposition of places; and every check before it (goods
# around, product lines, a shop, a carrier).
REFUSED = [
    ("it", "Controllo che il reso sia arrivato", "Controllo"),  # everyday, sentence start
    ("es", "Pagado dos veces el pedido", "Pagado"),  # the sentence's capital
    ("de", "Danke! Geliefert wurde nichts", "Geliefert"),  # after a sentence's end
    ("it", "Torta per Epifania, 10 persone", "Epifania"),  # a feast
    ("it", "Il cliente Servizio Clienti ha risposto", "Servizio Clienti"),  # everyday words only
    ("es", "¿Me envolvéis el disco de Imagine Dragons?", "Imagine Dragons"),  # everyday in English
    ("de", "Ein Rücksendeschein für die Jacke bitte", "Ein Rücksendeschein"),  # the sentence's capital
    ("it", "andiamo a Cervinia domenica, aprite?", "Cervinia"),  # a place preposition
    ("es", "Nos vamos a Chinchón el sábado", "Chinchón"),
    ("de", "Wir fahren nach Oberstdorf am Freitag", "Oberstdorf"),
    ("de", "Der Bob der Baumeister Bagger fährt nicht", "Bagger"),  # a capitalised German noun before it
    ("it", "Avete ancora tre Lavazza Oro?", "Lavazza Oro"),  # counted goods
    ("de", "Ist die Zalando Marina Dress noch da?", "Zalando Marina"),  # a product line
    ("es", "He pagado con Carrefour pero sigue pendiente", "Carrefour"),
    ("pt", "Vou pagar com Mercado Pago amanhã", "Mercado Pago"),
    ("it", "scrivete a INFO@negozio.example, grazie", "INFO@negozio.example"),  # no name's word
    ("de", "Der Code lautet Qx7Lp2, danke", "Qx7Lp2"),
    # English look-alikes of the shapes above: "to" of a verb of going, of an infinitive, of sending;
    # a shop's possessive after "at" or "from"; goods added to an order
    ("en", "I gave up and went to Tregarrick instead", "Tregarrick"),
    ("en", "The nurse said to switch to Canesten, is it in stock?", "Canesten"),
    ("en", "we drove to Tregarrick on Friday", "Tregarrick"),
    ("en", "sent it to Tregarrick last week", "Tregarrick"),
    ("en", "see you at Tregarrick's tonight", "Tregarrick"),
    ("en", "it came from Tregarrick's depot", "Tregarrick"),
    ("en", "please add Oat Milk to the order", "Oat Milk"),
    ("en", "can you add Matcha Powder to my basket", "Matcha Powder"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "value"), REFUSED)
def test_what_says_nothing_of_a_person_stays_dropped(lang: str, text: str, value: str) -> None:
    assert corroborated(text, _span(text, value), lang, trusted=True) is None


def test_a_person_added_to_a_booking_still_stands() -> None:
    text = "can you add Tamati to the booking"  # a booking, not an order: a person is added to it
    assert corroborated(text, _span(text, "Tamati"), "en", trusted=True) is not None


def test_a_place_span_is_not_trusted() -> None:
    text = "La consegna a Brambati"
    assert corroborated(text, _span(text, "Brambati", "LOCATION"), "it", trusted=True) is None


def test_a_name_after_a_person_preposition_or_genitive_still_stands() -> None:
    for text, value in (("Il pacco è per Zecchinato", "Zecchinato"), ("la borsa di Zecchinato", "Zecchinato")):
        start = text.index(value)
        assert trusted_person(text, start, start + len(value), "it")


def test_settle_passes_trust_on_and_the_post_filter_still_reads_the_span() -> None:
    text = "ok grazie Zecchinato, a domani"
    spans = [_span(text, "Zecchinato")]
    assert settle(text, list(spans), "it", ner_filter=True, corroborate=True) == []
    kept = settle(text, list(spans), "it", ner_filter=True, corroborate=True, trusted=True)
    assert [(s.entity, text[s.start : s.end]) for s in kept] == [("PERSON", "Zecchinato")]
    text = "un mail de Colissimo"  # a carrier: the post-filter drops it, trusted or not
    assert settle(text, [_span(text, "Colissimo")], "es", ner_filter=True, corroborate=True, trusted=True) == []
