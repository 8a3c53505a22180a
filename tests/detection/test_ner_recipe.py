"""scripts/train_ner.py, the recipe of Veil's own NER pipelines: reproducible, and what it
writes is a loadable spaCy pipeline with Veil's two labels."""

from __future__ import annotations

import filecmp
import importlib.util
import sys
from pathlib import Path

import pytest
import spacy

ROOT = Path(__file__).resolve().parents[2]


def test_recipe_is_reproducible_in_a_tiny_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Same seed, same bytes: two smoke runs of scripts/train_ner.py write identical pipelines
    that load and hold an NER with Veil's two labels."""
    spec = importlib.util.spec_from_file_location("train_ner", ROOT / "scripts" / "train_ner.py")
    assert spec is not None and spec.loader is not None
    recipe = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "train_ner", recipe)  # its dataclasses look their module up
    spec.loader.exec_module(recipe)
    for out in ("a", "b"):  # in this process: the second run must not depend on what the first left behind
        recipe.main(["--smoke", "--lang", "pt", "--out", str(tmp_path / out)])
    a, b = tmp_path / "a" / "pt", tmp_path / "b" / "pt"
    files = sorted(str(p.relative_to(a)) for p in a.rglob("*") if p.is_file())
    assert "ner/model" in files
    _, mismatch, errors = filecmp.cmpfiles(a, b, files, shallow=False)
    assert mismatch == [] and errors == []
    nlp = spacy.load(a)
    assert nlp.pipe_names == ["ner"] and set(nlp.get_pipe("ner").labels) == {"PER", "LOC"}
