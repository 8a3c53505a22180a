"""One detector worker's start in a fresh process, watched for what it compiles itself.

Three shipped files of precompiled patterns (`proxy/detection/defaults/regex_patterns.xz`,
`proxy/detection/defaults/compiled_patterns.xz`, `recognizers/data/factored_patterns.xz`) must each
cover what a worker compiles, and each has a test that says so (tests/detection/test_regex_compiled.py,
tests/detection/test_compiled.py, tests/recognizers/test_factored_shipped.py). Each test used to
build the default analyzer in a process of its own (~20 s each on a shared 2-core machine); the
build is the same, so one process watches for all three (`watched_start`, the session fixture
`worker_start` in tests/conftest.py), and each test reads its own part of the answer.

What it watches, installed in the order a test of one file alone would have installed it:

- `regex`'s compiler, from before anything is imported: a pattern not already in `regex`'s cache
  (primed from the shipped file when `proxy.detection` is first imported) is compiled here;
- `factored.entry`, from `recognizers.factored`'s import on: a rule's pattern whose code the shipped
  file lacks;
- after the start, the spaCy tokenizers' long patterns that are not the objects of `compiled`'s file;
  the `regex` file's patterns no longer in `regex`'s cache (dropped by a full cache) and the room left.

No network: the build is the one every worker runs, and a download would be a bug.
"""

from __future__ import annotations

import json
from typing import Any

from tests.processes import clean_python

SCRIPT = r"""
import json, socket
def refuse(*args, **kwargs):
    raise OSError("no network in this test")
socket.socket.connect = socket.socket.connect_ex = refuse

from regex import _main
fresh_regex = []
inner = _main._compile
def watching(pattern, flags, ignore_unused, kwargs, cache_it):
    if isinstance(pattern, str) and not kwargs and not any(k[0] == pattern and k[2] == flags for k in _main._cache):
        fresh_regex.append(pattern[:60])
    return inner(pattern, flags, ignore_unused, kwargs, cache_it)
_main._compile = watching

import proxy.detection  # primes regex's cache, as a worker's first import does

from recognizers import factored
asked_factored = []
fresh_entry = factored.entry
def recording(pattern, flags=0):
    asked_factored.append(pattern[:60])
    return fresh_entry(pattern, flags)
factored.entry = recording

from proxy.detection import compiled, regex_compiled, worker
from proxy.detection.settings import DetectionSettings
shipped = {id(p) for _, p in compiled.shipped()}
worker.init_worker(DetectionSettings().model_dump(mode="json"))
analyzer = worker._STATE[0]

missing = []
for lang, nlp in analyzer.pipelines.items():
    tok = nlp.tokenizer
    for attr in ("token_match", "url_match", "prefix_search", "suffix_search", "infix_finditer"):
        found = getattr(tok, attr)
        pattern = getattr(found, "__self__", None)
        if pattern is not None and len(pattern.pattern) >= compiled.MIN_CHARS and id(pattern) not in shipped:
            missing.append(f"{lang}.{attr}")

cached = {(key[0], key[2]) for key in _main._cache}
dropped = [one["pattern"][:60] for one in regex_compiled.shipped() if (one["pattern"], one["flags"]) not in cached]
print(json.dumps({
    "regex_compiled_here": fresh_regex,
    "factored_compiled_here": asked_factored,
    "tokenizer_patterns_not_shipped": missing,
    "regex_shipped": len(regex_compiled.shipped()),
    "regex_dropped": dropped,
    "regex_room": _main._MAXCACHE - len(_main._cache),
}))
"""


def watched_start() -> dict[str, Any]:
    """What a worker's start in a fresh process compiled itself (module doc), as the script's last
    line reports it."""
    out = clean_python("-c", SCRIPT)
    assert out.returncode == 0, out.stderr[-2000:]
    found: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return found
