"""`python -m bench.startup`: where a detector worker's start-up goes, stage by stage.

Each run is a fresh process that does what a pool worker does before it answers its first ping
(`proxy.detection.worker.init_worker` with the default settings, `DetectionSettings()`: every
configured language and its installed model), with each stage's process CPU taken apart:

- `import`: `import proxy.detection.worker` (Presidio, spaCy, the rules and their lists);
- `settings`: the settings validated as a worker receives them, the models checked, recognizers.yaml read;
- `pipelines`: the spaCy pipelines loaded (`VeilNlpEngine.load`);
- `registry`: the recognizers built (`build_registry`);
- `guesser`: the language guesser loaded (`LanguageGuesser`);
- `analyzer`: the rest of `Analyzer.__init__` (the runners, the person pipelines);
- `warm-up`: every language's warm-up batch;
- `vocabulary`: the start-up vocabulary (`Analyzer._fixed_vocabulary`);
- `freeze`: the heap collected and frozen (`freeze_startup_heap`);

then the total CPU, the wall time and the RSS once ready. `--tree PATH` (repeatable) runs the same
in another checkout (a `git worktree` of the base commit), the trees taking turns run after run, so
that load which comes and goes on a shared machine falls on every tree alike; the table gives each
tree's median and best of `--runs`. A stage a tree does not have (renamed, merged) reads as 0 and
its time falls in the stage around it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

STAGES = ("import", "settings", "pipelines", "registry", "guesser", "analyzer", "warm-up", "vocabulary", "freeze")

# Run in the child, inside the tree measured: times each stage by wrapping the function that does it.
_CHILD = r"""
import json, sys, time
from pathlib import Path
wall, cpu = time.perf_counter(), time.process_time()
import proxy.detection.worker as worker
spent = {"import": time.process_time() - cpu}
from proxy.detection import engine
from proxy.detection.settings import DetectionSettings

def timed(owner, name, stage):
    inner = getattr(owner, name, None)
    if inner is None:
        return
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[stage] = spent.get(stage, 0.0) + time.process_time() - start
    setattr(owner, name, wrapper)

for owner, name, stage in (
    (engine, "installed_models", "settings"), (engine, "load_registry_config", "settings"),
    (engine.VeilNlpEngine, "load", "pipelines"), (engine, "build_registry", "registry"),
    (engine, "LanguageGuesser", "guesser"), (engine.Analyzer, "__init__", "analyzer"),
    (engine.Analyzer, "warm_up", "warm-up"), (engine.Analyzer, "_fixed_vocabulary", "vocabulary"),
    (worker, "freeze_startup_heap", "freeze"),
):
    timed(owner, name, stage)
data = DetectionSettings().model_dump(mode="json")
worker.init_worker(data)
spent["analyzer"] = spent.get("analyzer", 0.0) - sum(spent.get(s, 0.0) for s in ("pipelines", "registry", "guesser"))
spent["warm-up"] = spent.get("warm-up", 0.0) - spent.get("vocabulary", 0.0)
spent["total"] = time.process_time() - cpu
spent["wall"] = time.perf_counter() - wall
status = Path("/proc/self/status").read_text().splitlines()
spent["rss"] = next(int(l.split()[1]) / 1024 for l in status if l.startswith("VmRSS:"))
print(json.dumps(spent))
"""


def run(tree: Path) -> dict[str, float]:
    """One fresh worker start-up in `tree`: CPU seconds by stage, `total`, `wall` and `rss` (MiB)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run([sys.executable, "-c", _CHILD], cwd=tree, env=env, capture_output=True, text=True, check=True)
    out: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", action="append", type=Path, help="a checkout to measure (repeatable; default: here)")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per tree, taking turns (default 3)")
    args = parser.parse_args()
    trees = [t.resolve() for t in args.tree or [Path.cwd()]]
    results: dict[Path, list[dict[str, float]]] = {t: [] for t in trees}
    for i in range(args.runs):
        for tree in trees:
            one = run(tree)
            results[tree].append(one)
            load = os.getloadavg()[0]
            shown = f"{one['total']:.2f} s CPU, {one['wall']:.2f} s wall"
            print(f"run {i + 1} {tree}: {shown} (load {load:.1f})", flush=True)
    columns = (*STAGES, "total", "wall", "rss")
    print("\n## detector worker start-up, s of CPU by stage (median / best of the runs); wall s; RSS MiB")
    print(f"{'stage':11}" + "".join(f" {t.name[:22]:>23}" for t in trees))
    for column in columns:
        cells = []
        for tree in trees:
            values = [r.get(column, 0.0) for r in results[tree]]
            cells.append(f"{statistics.median(values):10.2f} / {min(values):6.2f}")
        print(f"{column:11}" + "".join(f" {c:>23}" for c in cells))


if __name__ == "__main__":
    main()
