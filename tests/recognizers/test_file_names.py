"""Presidio's convention: one recognizer class per file, the file named snake_case(class).

So `grep`-ing a class name from `config/recognizers.yaml` or `detection.enabled_recognizers`
finds its file by name, and its tests sit in `tests/recognizers/test_<file>.py`.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RECOGNIZERS = ROOT / "recognizers"
TESTS = Path(__file__).resolve().parent
# Brand names written as one word in every other file name of Veil (proxy/whatsapp/).
ONE_WORD = {"WhatsApp": "Whatsapp"}


def snake_case(name: str) -> str:
    for word, as_one in ONE_WORD.items():
        name = name.replace(word, as_one)
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def recognizer_classes(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [n.name for n in tree.body if isinstance(n, ast.ClassDef) and n.name.endswith("Recognizer")]


def test_snake_case() -> None:
    assert snake_case("UsSocialSecurityRecognizer") == "us_social_security_recognizer"
    assert snake_case("WhatsAppUserIdRecognizer") == "whatsapp_user_id_recognizer"


def test_each_recognizer_file_is_named_after_its_one_class() -> None:
    named = {}
    for path in sorted(RECOGNIZERS.glob("*.py")):
        classes = recognizer_classes(path)
        if classes:
            assert len(classes) == 1, f"{path.name}: one recognizer class per file, found {classes}"
            named[path.stem] = snake_case(classes[0])
    assert "us_social_security_recognizer" in named
    assert {stem: name for stem, name in named.items() if stem != name} == {}


def test_recognizer_tests_are_named_after_an_existing_file() -> None:
    stems = {p.stem for p in RECOGNIZERS.glob("*_recognizer.py")}
    tests = {p.stem.removeprefix("test_") for p in TESTS.glob("test_*_recognizer.py")}
    assert tests and tests <= stems, sorted(tests - stems)
