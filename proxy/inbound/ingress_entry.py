"""One sealed update as it sits in an ingress shard or in quarantine: the only module that
spells an ingress entry's stream fields.

In a shard (written by `IngressStore`, in its append script's call):
    e   event id (the first 32 hex digits of the update's keyed dedup hash)
    mv  master-key version whose tenant key sealed it
    c   the update, AES-GCM sealed under the tenant's ingress key (AAD: tenant + event id)
    a   keyed alias hashes of its customer, space separated (erasure finds it by them)
    r   when Veil received it (ms)
    o   its receipt order key: Veil's receipt time in microseconds, strictly increasing
        within one process (every update of a body in body order); delivered as
        `X-Veil-Received`, so a CRM can restore a customer's order when a failover
        diverted some of it to another shard (docs/inbound.md, "Receipt order"). Entries written
        before it existed have none: `r` in microseconds stands in
In quarantine the same six, then `reason` and `kind` ("body" or "part": never routed or
parsed; "update": failed in its shard), and for an update moved there from its shard,
`attempts` and `q` (when it was quarantined, ms). Stream fields keep their order, so
the order here is the order in Redis.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from proxy.kv import as_bytes, as_str

Fields = Mapping[str, bytes | str]


@dataclass(frozen=True, slots=True)
class IngressEntry:
    event_id: str
    master_version: int
    sealed: bytes
    aliases: tuple[str, ...]
    received_ms: int
    reason: str = ""  # quarantine only, with kind
    kind: str = ""
    attempts: int | None = None  # an update moved to quarantine from its shard only, with quarantined_ms
    quarantined_ms: int | None = None
    received_us: int = 0  # the receipt order key (0: an entry written before it existed)

    @property
    def order_key(self) -> int:
        return self.received_us or self.received_ms * 1000

    def to_fields(self) -> dict[str, str | bytes]:
        """The stream fields, in the order they are written."""
        fields: dict[str, str | bytes] = {
            "e": self.event_id,
            "mv": str(self.master_version),
            "c": self.sealed,
            "a": " ".join(self.aliases),
            "r": str(self.received_ms),
        }
        if self.received_us:
            fields["o"] = str(self.received_us)
        if self.kind:
            fields |= quarantine_fields(self.reason, self.kind, attempts=self.attempts, at_ms=self.quarantined_ms)
        return fields

    @classmethod
    def from_fields(cls, fields: Fields) -> IngressEntry:
        """The entry stream fields describe (keys decoded); ValueError if a field every entry
        has (e, mv, c, a, r) is missing or malformed."""
        try:
            attempts, at_ms = fields.get("attempts"), fields.get("q")
            return cls(
                as_str(fields["e"]),
                int(fields["mv"]),
                as_bytes(fields["c"]),
                aliases_of(fields),
                int(fields["r"]),
                as_str(fields.get("reason", b"")),
                as_str(fields.get("kind", b"")),
                None if attempts is None else int(attempts),
                None if at_ms is None else int(at_ms),
                int(fields.get("o", 0)),
            )
        except KeyError as exc:
            raise ValueError(f"ingress entry without its {exc.args[0]!r} field") from None

    def in_shard(self) -> IngressEntry:
        """The entry without its quarantine fields (a quarantined update replayed)."""
        return IngressEntry(
            self.event_id,
            self.master_version,
            self.sealed,
            self.aliases,
            self.received_ms,
            received_us=self.received_us,
        )


def aliases_of(fields: Fields) -> tuple[str, ...]:
    """The alias hashes of any entry, even one `from_fields` refuses: erasure must find
    every entry naming a customer, readable or not."""
    return tuple(as_str(fields.get("a", b"")).split())


def quarantine_fields(
    reason: str, kind: str, *, attempts: int | None = None, at_ms: int | None = None
) -> dict[str, str]:
    """The fields quarantine adds after an entry's own (`attempts` and `at_ms` together,
    for an update moved from its shard)."""
    fields = {"reason": reason, "kind": kind}
    if attempts is not None:
        fields["attempts"] = str(attempts)
    if at_ms is not None:
        fields["q"] = str(at_ms)
    return fields
