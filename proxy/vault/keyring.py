"""The envelope: master keyring → per-tenant keys → per-subject data keys.

Start-up compares each configured key version's check value with the one this vault
recorded on first use, and refuses a wrong key before touching data. Tenant keys are
random, wrapped under one master-key version each (AAD: tenant, version); subject data
keys are wrapped under a tenant key (AAD: tenant, subject, version), so a wrapped key
copied under another subject's record fails to open. Retiring a master version deletes
the tenant keys it wrapped: every older copy of the data becomes unreadable.
"""

from __future__ import annotations

import logging
import time

from redis.asyncio import Redis

from proxy.errors import DecryptError, KeyMaterialError, VaultError
from proxy.kv import as_bytes, as_str, keyspace
from proxy.vault.crypto import aad, open_sealed, random_key, seal, subkey
from proxy.vault.key_material import KeySet

log = logging.getLogger("veil.keys")
TENANT_KEY_CACHE_S = 30.0


class KeyStore:
    """Key derivation and wrapping for one process; caches unwrapped tenant keys briefly."""

    def __init__(self, redis: Redis, keys: KeySet) -> None:
        self._redis = redis
        self._keys = keys
        self._tenant_cache: dict[tuple[str, int], tuple[float, bytes]] = {}
        self._sub_cache: dict[tuple[str, bytes, str], bytes] = {}

    @property
    def keys(self) -> KeySet:
        return self._keys

    # --- derived subkeys (docs/design.md, Keys) --------------------------------------
    def token_key(self, tenant: str) -> bytes:
        """`tok` subkey of the active token epoch: mints ids for values first seen now."""
        return self._derived("tok", tenant, self._keys.token.active)

    def index_key(self, tenant: str) -> bytes:
        """`index` subkey of the first token epoch: lookups stay stable across epochs."""
        return self._derived("index", tenant, self._keys.token.versions[-1][1])

    def dedup_key(self, tenant: str) -> bytes:
        return self._derived("dedup", tenant, self._keys.token.versions[-1][1])

    def _derived(self, purpose: str, tenant: str, root: bytes) -> bytes:
        cache_key = (purpose, root, tenant)  # bytes cache their hash: a cheap lookup per value
        found = self._sub_cache.get(cache_key)
        if found is None:
            found = self._sub_cache[cache_key] = subkey(root, purpose, tenant)
        return found

    # --- start-up checks -----------------------------------------------------------
    async def verify(self) -> None:
        """Refuse keys that differ from the ones this vault was created with."""
        meta = keyspace.meta()
        recorded = {as_str(k): as_str(v) for k, v in (await self._redis.hgetall(meta)).items()}
        for label, ring in (("VEIL_MASTER_KEY", self._keys.master), ("VEIL_TOKEN_KEY", self._keys.token)):
            prefix = "mkcv" if label == "VEIL_MASTER_KEY" else "tkcv"
            for version, kcv in ring.check_values().items():
                field = f"{prefix}:{version}"
                if field in recorded and recorded[field] != kcv:
                    raise KeyMaterialError(
                        f"{label} v{version} is not the key this vault was created with "
                        "(key check value differs): refusing to start"
                    )
                if field not in recorded:
                    await self._redis.hsetnx(meta, field, kcv)
        active = self._keys.master.active_version
        if f"retired:{active}" in recorded:
            raise KeyMaterialError(f"VEIL_MASTER_KEY v{active} was retired; make a newer version active")
        for version, _ in self._keys.master.versions:
            if f"retired:{version}" in recorded:
                log.warning("master key version v%d is retired; remove it from VEIL_MASTER_KEY", version)
        epoch_field = f"epoch:{self._keys.token.active_version}"
        if epoch_field not in recorded:
            await self._redis.hsetnx(meta, epoch_field, str(int(time.time())))

    # --- tenant keys -----------------------------------------------------------------
    async def tenant_key(self, tenant: str, version: int) -> bytes:
        cached = self._tenant_cache.get((tenant, version))
        if cached and cached[0] > time.monotonic():
            return cached[1]
        master = self._keys.master.get(version)
        if master is None:
            raise VaultError(f"master key version v{version} is not configured")
        name = keyspace.tenant_keys(tenant)
        wrapped = await self._redis.hget(name, str(version))
        if wrapped is None:
            if version != self._keys.master.active_version:
                raise VaultError(f"no tenant key under master key version v{version}")
            await self._redis.hsetnx(name, str(version), seal(master, random_key(), self._tk_aad(tenant, version)))
            wrapped = await self._redis.hget(name, str(version))
            if wrapped is None:
                raise VaultError("tenant key could not be stored")
        try:
            key = open_sealed(master, as_bytes(wrapped), self._tk_aad(tenant, version))
        except DecryptError:
            raise KeyMaterialError(f"tenant key for master key v{version} does not open") from None
        self._tenant_cache[(tenant, version)] = (time.monotonic() + TENANT_KEY_CACHE_S, key)
        return key

    def forget_tenant_keys(self) -> None:
        self._tenant_cache.clear()

    @staticmethod
    def _tk_aad(tenant: str, version: int) -> bytes:
        return aad("tenant-key", tenant, str(version))

    # --- subject data keys -------------------------------------------------------------
    async def wrap_data_key(self, tenant: str, subject: str, data_key: bytes) -> bytes:
        version = self._keys.master.active_version
        tkey = await self.tenant_key(tenant, version)
        return f"{version}:".encode() + seal(tkey, data_key, self._dk_aad(tenant, subject, version))

    async def unwrap_data_key(self, tenant: str, subject: str, blob: bytes) -> bytes:
        version, wrapped = self.split_wrapped(blob)
        tkey = await self.tenant_key(tenant, version)
        try:
            return open_sealed(tkey, wrapped, self._dk_aad(tenant, subject, version))
        except DecryptError:
            raise VaultError("a subject data key failed authentication") from None

    @staticmethod
    def split_wrapped(blob: bytes) -> tuple[int, bytes]:
        head, _, wrapped = blob.partition(b":")
        return int(head), wrapped

    @staticmethod
    def _dk_aad(tenant: str, subject: str, version: int) -> bytes:
        return aad("data-key", tenant, subject, str(version))
