"""Who may do what: service keys, policies (grants and the recipient rule) and their store,
rate limits, the access guard (ceilings, honey tokens, blocks, baseline), admins and their
sessions, service accounts and four-eyes approvals.
"""

from __future__ import annotations

from proxy.access.admins import Admins, check_name, check_password
from proxy.access.approvals import GLOBAL_ACTIONS, Approval, Approvals
from proxy.access.auth import KeyTable, Principal, authenticate, build_key_table, generate_service_key
from proxy.access.baseline import BaselineParams, BaselineStore
from proxy.access.direct_ops import ValueItem, Verdict, judge
from proxy.access.guard import AccessGuard, Admit
from proxy.access.honey import honey_tokens, plant_decoy
from proxy.access.policy import Op, Policy, decide
from proxy.access.policy_store import PolicyStore
from proxy.access.policy_sync import PolicySync, policy_doc
from proxy.access.ratelimit import DEFAULT_LIMITS, RateLimiter, limit_for
from proxy.access.service_accounts import ServiceAccounts, sign_request
from proxy.access.sessions import SESSION_S, STEP_UP_S, Actor, Sessions

__all__ = [
    "AccessGuard",
    "Actor",
    "Admins",
    "Admit",
    "Approval",
    "Approvals",
    "BaselineParams",
    "BaselineStore",
    "DEFAULT_LIMITS",
    "GLOBAL_ACTIONS",
    "KeyTable",
    "Op",
    "Policy",
    "PolicyStore",
    "PolicySync",
    "Principal",
    "RateLimiter",
    "SESSION_S",
    "STEP_UP_S",
    "ServiceAccounts",
    "Sessions",
    "ValueItem",
    "Verdict",
    "authenticate",
    "build_key_table",
    "check_name",
    "check_password",
    "decide",
    "generate_service_key",
    "honey_tokens",
    "judge",
    "limit_for",
    "plant_decoy",
    "policy_doc",
    "sign_request",
]
