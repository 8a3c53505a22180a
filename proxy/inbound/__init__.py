"""The inbound path: webhooks sealed before Meta's 200, tokenised field by field, delivered
to every subscriber at least once and in order per customer.

Owns the ingress entries (`IngressEntry`), the walker and its field table, the tokenise
pipeline, the delivery queues, dead letters and quarantine, how workers share them, and
the delivery watch (attempt counters, queue depths, subscribers failing too long).
"""

from __future__ import annotations

from proxy.inbound import deadletters, media
from proxy.inbound.erasure import pending_events, purge_deliveries, purge_events_of, purge_sealed
from proxy.inbound.ingress import UNROUTED, purge_subject
from proxy.inbound.path import Inbound
from proxy.inbound.store_retention import sweep_stores
from proxy.inbound.watch import DeliveryWatch, SubscriberStatus

__all__ = [
    "DeliveryWatch",
    "Inbound",
    "SubscriberStatus",
    "UNROUTED",
    "deadletters",
    "media",
    "pending_events",
    "purge_deliveries",
    "purge_events_of",
    "purge_sealed",
    "purge_subject",
    "sweep_stores",
]
