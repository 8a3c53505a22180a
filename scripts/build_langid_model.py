"""Build `proxy/detection/defaults/langid_model.npz.xz`: py3langid's model cut to Veil's six languages.

Run `python scripts/build_langid_model.py` after upgrading py3langid (a detector worker then
reads the package's full model, a slower start, until it is rerun; tests/detection/test_language.py
fails meanwhile). Why the file exists: `proxy/detection/language.py`.

How: the installed package's model is read with its own loader; the weight table keeps the
columns of the six languages, in the model's order (what `LanguageIdentifier.set_languages`
keeps), every other array is kept whole; written in the package's own layout (npz inside
LZMA), beside a JSON stamp naming what it was cut from.
"""

from __future__ import annotations

import io
import json
import lzma
import sys
from pathlib import Path

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from proxy.detection.language import SHIPPED_MODEL, SHIPPED_STAMP, source_stamp  # noqa: E402

LANGUAGES = ("en", "fr", "it", "pt", "es", "de")


def main() -> None:
    with lzma.open(MODEL_DIR / MODEL_FILE) as src, np.load(io.BytesIO(src.read()), allow_pickle=False) as data:
        arrays = {key: data[key] for key in data.files}
    classes = arrays["classes"].tolist()
    keep = [i for i, c in enumerate(classes) if c in LANGUAGES]
    if sorted(classes[i] for i in keep) != sorted(LANGUAGES):
        raise SystemExit(f"py3langid's model lacks some of {LANGUAGES}")
    arrays["ptc"] = np.ascontiguousarray(arrays["ptc"][:, keep])
    arrays["pc"] = arrays["pc"][keep]
    arrays["classes"] = arrays["classes"][keep]
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    SHIPPED_MODEL.write_bytes(lzma.compress(buffer.getvalue(), preset=6))
    stamp = {**source_stamp(), "languages": [classes[i] for i in keep]}
    SHIPPED_STAMP.write_text(json.dumps(stamp, indent=1) + "\n", encoding="utf-8")
    print(f"{SHIPPED_MODEL}: {len(keep)} languages, {SHIPPED_MODEL.stat().st_size} bytes")


if __name__ == "__main__":
    main()
