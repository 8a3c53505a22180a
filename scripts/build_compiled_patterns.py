"""Build `proxy/detection/defaults/compiled_patterns.zlib`: the long regular expressions a detector worker compiles.

Run `python scripts/build_compiled_patterns.py` after changing spaCy, a default spaCy model,
a default language or Python's minor version (tests/detection/test_compiled.py fails when the
file no longer covers what the default analyzer compiles, or no longer matches what `re`
makes of its patterns). Why the file exists, and what keeps it exact:
`proxy/detection/compiled.py`.

How: the default analyzer (`DetectionSettings()`: every configured language and its installed
model) is built with the shipped file set aside, every pattern `re` compiles meanwhile is
recorded, and those of at least `compiled.MIN_CHARS` characters are written with their code.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from re import _compiler
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from proxy.detection import compiled  # noqa: E402
from proxy.detection.engine import build_analyzer  # noqa: E402
from proxy.detection.settings import DetectionSettings  # noqa: E402


def main() -> None:
    seen: dict[tuple[str, int], None] = {}
    original = _compiler.compile

    def recording(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and len(pattern) >= compiled.MIN_CHARS:
            seen[(pattern, int(flags))] = None
        return original(pattern, flags)

    _compiler.compile = recording
    compiled.COMPILED_FILE = Path("/nonexistent")  # build as if no file had been shipped
    compiled.shipped.cache_clear()
    re.purge()
    build_analyzer(DetectionSettings())
    _compiler.compile = original
    entries = [compiled.compile_entry(pattern, flags) for pattern, flags in seen]
    out = Path(__file__).resolve().parents[1] / "proxy" / "detection" / "defaults" / "compiled_patterns.zlib"
    out.write_bytes(compiled.dump(entries))
    print(f"{out}: {len(entries)} patterns, {sum(len(p) for p, _ in seen)} characters, {out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
