"""Names that say what a thing is: no two classes of one name anywhere in `proxy/`.

Two `Settings` (or two `Actor`) in one package make every import and every traceback ask
"which one?"; a class's name alone should tell. Read from the source with `ast`, so a
class is found whether or not anything imports its module.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PROXY = Path(__file__).resolve().parents[1] / "proxy"


def classes_by_name(root: Path) -> dict[str, list[str]]:
    """Every class defined under `root` (nested ones included) -> where, as `path:line`."""
    found: dict[str, list[str]] = defaultdict(list)
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.ClassDef):
                found[node.name].append(f"{path.relative_to(root.parent)}:{node.lineno}")
    return found


def test_the_walk_sees_the_package() -> None:
    names = classes_by_name(PROXY)
    assert "Vault" in names and "PlanSettings" in names


def test_no_two_classes_share_a_name() -> None:
    duplicates = {name: where for name, where in classes_by_name(PROXY).items() if len(where) > 1}
    assert duplicates == {}
