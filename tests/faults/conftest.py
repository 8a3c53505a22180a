"""Fault tests reuse the inbound fixtures (real apps, real Redis, the session detector)."""

from tests.inbound.conftest import make_crm, start_veil

__all__ = ["make_crm", "start_veil"]
