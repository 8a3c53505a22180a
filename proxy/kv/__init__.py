"""Redis: the one place that spells key names and hash slots (`keyspace`), connections for
every deployment (`connection`), packed batches, streams and leases, and the Lua scripts.

Nothing here knows what a token or an update is; the packages above own their records and
ask `keyspace` where to put them.
"""

from __future__ import annotations

from proxy.kv import keyspace
from proxy.kv.batch import Batch, BatchGroup, packable, run_packed
from proxy.kv.connection import Connection, connect
from proxy.kv.embedded import EmbeddedServer, open_embedded, socket_path, stop_embedded
from proxy.kv.failures import TRANSIENT_REDIS_ERRORS, unavailable
from proxy.kv.fitness import check_fit
from proxy.kv.master_health import MasterHealth
from proxy.kv.passing import PASSING, RetryBudget, passing
from proxy.kv.replies import as_bytes, as_str, opt_str
from proxy.kv.scripts import lua_source
from proxy.kv.streams import Entry, Lease, entry_ms, eval_script, lease_take, reconnect_delay_s, take

__all__ = [
    "PASSING",
    "TRANSIENT_REDIS_ERRORS",
    "Batch",
    "BatchGroup",
    "Connection",
    "EmbeddedServer",
    "Entry",
    "Lease",
    "MasterHealth",
    "RetryBudget",
    "as_bytes",
    "as_str",
    "check_fit",
    "connect",
    "entry_ms",
    "eval_script",
    "keyspace",
    "lease_take",
    "lua_source",
    "open_embedded",
    "opt_str",
    "packable",
    "passing",
    "reconnect_delay_s",
    "run_packed",
    "socket_path",
    "stop_embedded",
    "take",
    "unavailable",
]
