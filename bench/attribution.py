"""Which component of Veil's process spent the CPU, from a cProfile of its main thread.

Each function of Veil's own modules belongs to a component by its module (`COMPONENTS`);
a few helper modules (`PASS_THROUGH`: crypto, key store, Redis key names, Meta's
serialisation, ...) and every library function take the component of whoever called them.
A library function's own time is split over its callers in proportion to the time spent
under each call edge, walking up the caller graph until a Veil function is met. Time that
never reaches a Veil function (aiohttp parsing a request or a response from an event-loop
callback, redis-py reading a socket, the loop itself) is `event loop / I/O`. Time in
`epoll` and `sleep` is idle and left out.

The profile gives shares; `bench.inbound` multiplies them by the Veil process's CPU from
`/proc` in an unprofiled phase, because cProfile itself inflates Python-heavy code.
"""

from __future__ import annotations

import pstats
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import proxy

Func = tuple[str, int, str]
ROOT = str(Path(proxy.__file__).resolve().parent.parent)
LOOP = "event loop / I/O"
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("proxy.server.", "HTTP"),
    ("proxy.inbound.ingress", "sealing"),
    ("proxy.inbound.walk", "walking"), ("proxy.inbound.pipeline", "walking"), ("proxy.inbound.plan", "walking"),
    ("proxy.inbound.field_table", "walking"), ("proxy.whatsapp.updates", "walking"), ("proxy.inbound.media", "walking"),
    ("proxy.vault.normalize", "walking"),
    ("proxy.detection.", "detection"),
    ("proxy.vault.vault", "vault"), ("proxy.vault.admin", "vault"), ("proxy.vault.subjects", "vault"),
    ("proxy.vault.tokens", "vault"), ("proxy.vault.entities", "vault"),
    ("proxy.inbound.path", "delivery"), ("proxy.inbound.queue", "delivery"), ("proxy.inbound.sender", "delivery"),
    ("proxy.inbound.tokenizer", "delivery"), ("proxy.inbound.deadletters", "delivery"),
)  # fmt: skip
PASS_THROUGH = (
    "proxy.vault.crypto",
    "proxy.turns",
    "proxy.vault.keyring",
    "proxy.vault.key_material",
    "proxy.kv.",
    "proxy.whatsapp.protocol",
    "proxy.logs",
    "proxy.metrics",
    "proxy.errors",
    "proxy.config",
    "proxy.alerts",
    "proxy.audit.",
)
# Library frames that start work of their own from an event-loop callback (a task, a protocol
# callback): what ran under them, when no Veil function is above, belongs to this component.
# Redis client work orphaned this way is spread over the components in proportion to the
# Redis client time they were seen to cause.
ANCHORS = (
    ("/aiohttp/web_", "HTTP"),
    ("/aiohttp/client", "delivery"),
    ("/aiohttp/connector", "delivery"),
    ("/redis/", "redis client"),
)
IDLE = ("poll' of 'select.epoll", "<built-in method time.sleep>", "select' of 'select.epoll")
ORDER = ("HTTP", "sealing", "walking", "detection", "vault", "delivery", "other Veil", LOOP)


def module_of(func: Func) -> str | None:
    """Dotted module name of a function in Veil's tree, else None."""
    filename = func[0]
    if not filename.startswith(ROOT + "/proxy/"):
        return None
    return filename[len(ROOT) + 1 : -3].replace("/", ".")


def component_of(func: Func) -> str | None:
    """The component a Veil function belongs to; None for library and pass-through code."""
    module = module_of(func)
    if module is None or module.startswith(PASS_THROUGH):
        return None
    for prefix, name in COMPONENTS:
        if module.startswith(prefix):
            return name
    return "other Veil"


def anchor_of(func: Func) -> str | None:
    return next((name for fragment, name in ANCHORS if fragment in func[0]), None)


def is_idle(func: Func) -> bool:
    return any(marker in func[2] for marker in IDLE)


def attribute(stats: dict[Func, Any]) -> dict[str, float]:
    """Seconds of own time per component, from `pstats.Stats(...).stats`."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20_000))
    memo: dict[Func, dict[str, float]] = {}
    visiting: set[Func] = set()

    def shares(func: Func) -> dict[str, float]:
        own = component_of(func)
        if own is not None:
            return {own: 1.0}
        if func in memo:
            return memo[func]
        if func in visiting or func not in stats:
            return {LOOP: 1.0}
        visiting.add(func)
        callers = stats[func][4]
        weight = sum(edge[3] for edge in callers.values())
        out: dict[str, float] = defaultdict(float)
        if weight > 0:
            for caller, edge in callers.items():
                for name, share in shares(caller).items():
                    out[name] += share * edge[3] / weight
        else:
            out[LOOP] = 1.0
        visiting.discard(func)
        anchor = anchor_of(func)
        if anchor is not None and out.get(LOOP):
            out[anchor] = out.get(anchor, 0.0) + out.pop(LOOP)
        memo[func] = dict(out)
        return memo[func]

    totals: dict[str, float] = defaultdict(float)
    redis_by: dict[str, float] = defaultdict(float)
    for func, (_cc, _nc, own_time, _ct, callers) in stats.items():
        if is_idle(func):
            continue
        component = component_of(func)
        if component is not None:
            totals[component] += own_time
            continue
        via_edges = 0.0
        anchor = anchor_of(func)
        for caller, edge in callers.items():
            via_edges += edge[2]
            above = shares(caller)
            if anchor is not None and LOOP in above:
                above = {k: v for k, v in above.items() if k != LOOP} | {anchor: above.get(anchor, 0.0) + above[LOOP]}
            for name, share in above.items():
                totals[name] += edge[2] * share
                if "/redis/" in func[0]:
                    redis_by[name] += edge[2] * share
        if own_time > via_edges:
            totals[anchor_of(func) or LOOP] += own_time - via_edges
    orphan = totals.pop("redis client", 0.0)
    redis_by.pop("redis client", None)
    redis_by.pop(LOOP, None)
    known = sum(redis_by.values())
    for name, seconds in redis_by.items():
        totals[name] += orphan * seconds / known if known else 0.0
    if not known:
        totals[LOOP] += orphan
    return dict(totals)


def from_file(path: str) -> dict[str, float]:
    return attribute(pstats.Stats(path).stats)  # type: ignore[attr-defined]
