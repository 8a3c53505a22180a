"""Chat forms of names in en, fr and de (the seventh round of the name rules), through the analyzer.

"it's … from", "ask for", "on behalf of", "Attn:", French "de la part de", "… ici", German
"bei … klingeln", "z. Hd.", "i. A.", bare sign-offs ("Gruß", "LG"), messages typed in capitals,
senders, Italian first names no list holds after "per", "da", "numero di", a company after "c/o";
and the no-PII messages of the same shapes. Rules only (no spaCy model).
"""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer, build_analyzer
from tests.detection.helpers import found, settings


@pytest.fixture(scope="module")
def blank() -> Analyzer:
    """Rules only: no model for any language."""
    return build_analyzer(settings(models={}, languages=("en", "fr", "de", "it"), default_language="en"))


NAMES = [
    # English: "it's … from", "ask for", "on behalf of", "Attn:", capitals
    ("en", "Hi it's Lynwood from flat 3, my parcel was left outside", "Lynwood"),
    ("en", "hi its celena again any update", "celena"),
    ("en", "Please ask for Charlena Quimby at reception", "Charlena Quimby"),
    ("en", "I'm writing on behalf of Ardelia Voss", "Ardelia Voss"),
    ("en", "HI THIS IS NOMA DOTSON, WHERE IS MY ORDER", "NOMA DOTSON"),
    # French: "de la part de", "… ici", "Demandez", "Bisous"
    ("fr", "De la part de Kelian Brossard", "Kelian Brossard"),
    ("fr", "Nath ici, mon colis est arrivé abîmé", "Nath"),
    ("fr", "Demandez Maëlie à l'accueil", "Maëlie"),
    # German: "bei … klingeln", "z. Hd.", "i. A.", "Gruß", "LG" in lower case, "… hier"
    ("de", "Bitte bei Gerig klingeln, 3. Stock", "Gerig"),
    ("de", "z.Hd. Ottila Fenstermacher", "Ottila Fenstermacher"),
    ("de", "i.A. Richelle Wolf", "Richelle Wolf"),
    ("de", "Gruß Otthild", "Otthild"),
    ("de", "lg arndtine", "arndtine"),
    ("de", "HALLO HIER IST LARA THOMAS", "LARA THOMAS"),
    # capitals in mixed text, a surname by the lists rather than its ending, senders
    ("en", "Name: DEJA BRADLEY", "DEJA BRADLEY"),
    ("de", "NAME: MALTE GERIG", "MALTE GERIG"),
    ("en", "i am john waiting for my parcel", "john"),
    ("de", "Absender: Albern Armbruster", "Albern Armbruster"),
    ("fr", "Expéditeur : Odilon Marcheteau", "Odilon Marcheteau"),
    # Italian first names no list holds, after "per", "da", "numero di"
    ("it", "Il regalo è per Chiarina", "Chiarina"),
    ("it", "Lo lascio da Angioletta al bar", "Angioletta"),
    ("it", "Vi lascio il numero di Lotterio, mia cugina", "Lotterio"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "name"), NAMES)
def test_chat_forms_of_names(blank: Analyzer, language: str, text: str, name: str) -> None:
    assert ("PERSON", name) in found(blank, text, language)


CLEAN = [
    ("en", "Attn: Accounts Payable"),
    ("en", "THIS IS THE THIRD TIME, WHERE IS MY ORDER"),
    ("en", "Hi, it's Perfect, thanks"),
    ("en", "Please ask for a signature"),
    ("fr", "BONJOUR C'EST URGENT"),
    ("fr", "bonjour c'est urgent"),
    ("de", "Bitte bei der Packstation abgeben"),
    ("de", "HALLO HIER IST ALLES OK"),
    ("de", "Foto hier: anbei"),
    ("it", "Spedire c/o Amazon Locker della stazione"),
    ("it", "Indirizzo: c/o Mail Boxes Etc."),
    ("it", "Passo da Gioielleria Rossetti domani"),
    ("it", "Passo da Gioielleria"),
    ("it", "Compro da Esselunga"),
    ("en", "Sent with GLS, XL size"),
]


@pytest.mark.parametrize(("language", "text"), CLEAN)
def test_the_same_shapes_with_no_one_in_them(blank: Analyzer, language: str, text: str) -> None:
    assert found(blank, text, language) == set()
