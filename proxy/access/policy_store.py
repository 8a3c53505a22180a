"""Holders for what changes while serving: each keeps an immutable snapshot and swaps it.

Handlers read one consistent version per request (`store.current`); reload builds a
new snapshot completely before the swap, so a bad update never leaves half a policy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from proxy.access.policy import Policy
from proxy.config import Settings


@dataclass(frozen=True, slots=True)
class PolicySnapshot:
    version: int
    policies: Mapping[str, Policy]

    def get(self, service: str) -> Policy | None:
        return self.policies.get(service)


class PolicyStore:
    def __init__(self, policies: Mapping[str, Policy]) -> None:
        self._current = PolicySnapshot(1, MappingProxyType(dict(policies)))

    @classmethod
    def from_settings(cls, settings: Settings) -> PolicyStore:
        return cls({svc.name: Policy.from_settings(svc) for svc in settings.services})

    @property
    def current(self) -> PolicySnapshot:
        return self._current

    def replace_all(self, policies: Mapping[str, Policy]) -> PolicySnapshot:
        """Swap in a complete new set (a policy change read back from Redis)."""
        self._current = PolicySnapshot(self._current.version + 1, MappingProxyType(dict(policies)))
        return self._current

    def replace(self, service: str, policy: Policy) -> PolicySnapshot:
        merged = dict(self._current.policies) | {service: policy}
        self._current = PolicySnapshot(self._current.version + 1, MappingProxyType(merged))
        return self._current
