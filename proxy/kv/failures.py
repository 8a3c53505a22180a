"""What a Redis failure means to a caller: "not now" (503 with Retry-After), never a 500.

Redis at `maxmemory` with `noeviction` answers every write `OOM …` (redis-py's
`OutOfMemoryError`, a `ResponseError`; in a packed batch or a pipeline run with
`raise_on_error=False` it comes back in place, as a reply); a connection that drops or
times out, a replica that became read-only in a failover, a server still loading its data,
a cluster resharding, or a Cluster shard with no master yet (`CLUSTERDOWN`, or a `MOVED` still
unsettled after the retries) all clear up by themselves. Each is a `VaultUnavailable`; any
other Redis error is not transient and stays what it is.
"""

from __future__ import annotations

from redis.exceptions import (
    AskError,
    BusyLoadingError,
    ClusterDownError,
    OutOfMemoryError,
    ReadOnlyError,
    ResponseError,
    TryAgainError,
)
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from proxy.errors import VaultUnavailable

TRANSIENT_REDIS_ERRORS: tuple[type[Exception], ...] = (
    OutOfMemoryError,
    ReadOnlyError,
    BusyLoadingError,
    TryAgainError,
    RedisConnectionError,
    RedisTimeoutError,
    ClusterDownError,
    AskError,
)


def is_out_of_memory(error: BaseException) -> bool:
    """Redis refused a write at `maxmemory` (also an `OOM …` reply redis-py left generic)."""
    return isinstance(error, OutOfMemoryError) or (isinstance(error, ResponseError) and str(error).startswith("OOM"))


def unavailable(error: BaseException) -> VaultUnavailable | None:
    """The `VaultUnavailable` a transient Redis failure (or a reply carrying one) means, else
    None. Its message names the failure's class only: never a key, a value or a reply."""
    if isinstance(error, VaultUnavailable):
        return error
    if is_out_of_memory(error):
        return VaultUnavailable("vault out of memory; retry later")
    if isinstance(error, TRANSIENT_REDIS_ERRORS):
        return VaultUnavailable(f"vault unavailable ({type(error).__name__})")
    return None
