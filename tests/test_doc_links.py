"""Every relative link in the README and docs/ resolves inside a clone.

A user reads the docs from their clone: a link to a file outside the repository (the
design documents once lived beside it, in ../shared) or to a file since moved is a dead
end for them. Links to web pages are not followed; anchors are not checked.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests import helpers

LINK = re.compile(r"\]\(([^)\s]+)\)")
DOCS = [helpers.ROOT / "README.md", *sorted((helpers.ROOT / "docs").glob("*.md"))]


def _relative_links(page: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)  # code blocks are not links
    return [t for t in LINK.findall(text) if not re.match(r"[a-z][a-z0-9+.-]*:", t) and not t.startswith("#")]


@pytest.mark.parametrize("page", DOCS, ids=lambda p: str(p.relative_to(helpers.ROOT)))
def test_relative_links_resolve_inside_the_repository(page: Path) -> None:
    dead = []
    for target in _relative_links(page):
        path = (page.parent / target.split("#", 1)[0]).resolve()
        if not path.is_relative_to(helpers.ROOT) or not path.exists():
            dead.append(target)
    assert dead == []


def test_a_link_outside_the_clone_is_found(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "see [the design](../shared/DESIGN.md), [a site](https://example.com), [here](#top)\n"
        "```\n[not a link](nowhere.md)\n```\n",
        encoding="utf-8",
    )
    assert _relative_links(page) == ["../shared/DESIGN.md"]
