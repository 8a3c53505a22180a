"""Meta's facts, pure: the handshake, webhook signatures, Meta's serialisation and envelope,
and what one update means (its dedup key, its customer's aliases, its type).
"""

from __future__ import annotations

from proxy.whatsapp import updates
from proxy.whatsapp.protocol import (
    SIGNATURE_HEADER,
    VEIL_EVENT_HEADER,
    VEIL_RECEIVED_HEADER,
    VEIL_SIGNATURE_HEADER,
    VEIL_TIMESTAMP_HEADER,
    Part,
    dumps,
    envelope,
    part_from_json,
    part_to_json,
    sign,
    split,
    veil_signature,
    verify_signature,
    verify_subscription,
)
from proxy.whatsapp.updates import BSUID_RE, PARENT_BSUID_RE

__all__ = [
    "BSUID_RE",
    "PARENT_BSUID_RE",
    "Part",
    "SIGNATURE_HEADER",
    "VEIL_EVENT_HEADER",
    "VEIL_RECEIVED_HEADER",
    "VEIL_SIGNATURE_HEADER",
    "VEIL_TIMESTAMP_HEADER",
    "dumps",
    "envelope",
    "part_from_json",
    "part_to_json",
    "sign",
    "split",
    "updates",
    "veil_signature",
    "verify_signature",
    "verify_subscription",
]
