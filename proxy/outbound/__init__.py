"""The outbound path: Graph API messages detokenised for the customer they go to, answers
tokenised again, generic JSON routes, media handles, and every upstream HTTP call
(no redirects, a header allow-list).
"""

from __future__ import annotations

from proxy.outbound import upstream
from proxy.outbound.alert_webhook import AlertWebhook
from proxy.outbound.graph import (
    API_VERSION,
    NOT_PROXIED,
    business_token,
    check_pnid,
    detection_context,
    graph_url,
    tenant_places,
)
from proxy.outbound.messages import Caller, detokenize_message
from proxy.outbound.retokenize import (
    Reflection,
    alias_for,
    graph_send_response,
    is_error_text,
    map_strings,
    scan_json,
    scan_texts,
)
from proxy.outbound.route_paths import find_route, upstream_url
from proxy.outbound.routes import RouteCall, detokenize_rules, resolve_subject, scan_paths, tokenize_rules

__all__ = [
    "API_VERSION",
    "AlertWebhook",
    "Caller",
    "NOT_PROXIED",
    "Reflection",
    "RouteCall",
    "alias_for",
    "business_token",
    "check_pnid",
    "detection_context",
    "detokenize_message",
    "detokenize_rules",
    "find_route",
    "graph_send_response",
    "graph_url",
    "is_error_text",
    "map_strings",
    "resolve_subject",
    "scan_json",
    "scan_paths",
    "scan_texts",
    "tenant_places",
    "tokenize_rules",
    "upstream",
    "upstream_url",
]
