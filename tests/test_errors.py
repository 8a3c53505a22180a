"""The error tree: every exception Veil defines lives in `proxy.errors`, request errors are
not configuration errors, codes are fixed when an error is built, and the middleware
answers each class with the status, code and body the table below says."""

from __future__ import annotations

import ast
import importlib
import json
import logging
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import make_mocked_request
from redis import exceptions as redis_errors

import proxy
from proxy import errors
from proxy.errors import (
    AuditError,
    AuthError,
    BadRequest,
    ConfigError,
    Conflict,
    DecryptError,
    DetectionError,
    KeyMaterialError,
    NotFound,
    PermissionDenied,
    RateLimited,
    RedisUnfitError,
    ShapeError,
    TokenError,
    UpstreamError,
    VaultError,
    VaultUnavailable,
    VeilError,
)
from proxy.server.app_keys import REQUEST_ID
from proxy.server.middleware import errors_to_json

PROXY = Path(proxy.__file__).resolve().parent
ERROR_NAMES = frozenset(
    name for name, value in vars(errors).items() if isinstance(value, type) and issubclass(value, BaseException)
)


def _import_every_module() -> list[str]:
    names = [
        info.name for info in pkgutil.walk_packages(proxy.__path__, "proxy.") if not info.name.endswith(".__main__")
    ]  # `python -m proxy` runs the CLI on import
    for name in names:
        importlib.import_module(name)
    return names


def _subclasses(cls: type[BaseException]) -> Iterator[type[BaseException]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def test_every_veil_error_is_defined_in_proxy_errors() -> None:
    assert len(_import_every_module()) > 50
    outside = {
        f"{cls.__module__}.{cls.__qualname__}"
        for cls in _subclasses(VeilError)
        if cls.__module__.split(".")[0] == "proxy" and cls.__module__ != "proxy.errors"
    }
    assert outside == set()


def test_every_exception_class_of_the_package_is_defined_in_proxy_errors() -> None:
    _import_every_module()
    outside = {
        f"{cls.__module__}.{cls.__qualname__}"
        for cls in _subclasses(BaseException)
        if cls.__module__.startswith("proxy.") and cls.__module__ != "proxy.errors"
    }
    assert outside == set()


def test_every_class_in_proxy_errors_is_drawn_in_its_tree() -> None:
    tree = errors.__doc__ or ""
    assert {name for name in ERROR_NAMES if f" {name} " not in tree} == set()


def test_a_request_error_is_not_a_configuration_error() -> None:
    assert not issubclass(BadRequest, ConfigError) and not issubclass(ConfigError, BadRequest)
    assert not issubclass(TokenError, ConfigError) and not issubclass(NotFound, ConfigError)
    assert issubclass(BadRequest, VeilError)


# (how the error is built, status, code, message, Retry-After) as the middleware answers it
TABLE: list[tuple[Callable[[], BaseException], int, str, str, str | None]] = [
    (lambda: VeilError("service keys not loaded"), 500, "internal_error", "service keys not loaded", None),
    (lambda: ConfigError(["a: x", "b: y"]), 500, "config_error", "a: x; b: y", None),
    (lambda: KeyMaterialError("no master key"), 500, "key_error", "no master key", None),
    (lambda: BadRequest(["a: x", "b: y"]), 400, "bad_request", "a: x; b: y", None),
    (
        lambda: BadRequest(["route path refused: '@'"], "bad_route_path"),
        400,
        "bad_route_path",
        "route path refused: '@'",
        None,
    ),
    (
        lambda: BadRequest(["EMAIL needs the customer it belongs to"], "subject_required"),
        400,
        "subject_required",
        "EMAIL needs the customer it belongs to",
        None,
    ),
    (lambda: BadRequest(["backup frame too large"], "bad_backup"), 400, "bad_backup", "backup frame too large", None),
    (
        lambda: NotFound("not_proxied", "Veil does not proxy this Graph API path"),
        404,
        "not_proxied",
        "Veil does not proxy this Graph API path",
        None,
    ),
    (
        lambda: NotFound("route_not_found", "no route has this prefix"),
        404,
        "route_not_found",
        "no route has this prefix",
        None,
    ),
    (
        lambda: NotFound("media_not_found", "Meta no longer has this media"),
        404,
        "media_not_found",
        "Meta no longer has this media",
        None,
    ),
    (lambda: TokenError("not a token"), 400, "malformed_token", "not a token", None),
    (
        lambda: TokenError("unknown token(s): tok_a", "unknown_token"),
        400,
        "unknown_token",
        "unknown token(s): tok_a",
        None,
    ),
    (lambda: AuthError("no service key"), 401, "unauthorized", "no service key", None),
    (
        lambda: PermissionDenied("forbidden_entity", "this service may not use EMAIL"),
        403,
        "forbidden_entity",
        "this service may not use EMAIL",
        None,
    ),
    (lambda: PermissionDenied("admin_required"), 403, "admin_required", "admin_required", None),
    (
        lambda: Conflict("approval_changed", "the approval changed meanwhile; retry"),
        409,
        "approval_changed",
        "the approval changed meanwhile; retry",
        None,
    ),
    (lambda: RateLimited(7), 429, "rate_limited", "rate limit reached; retry after 7 s", "7"),
    (lambda: VaultError("vault unavailable"), 503, "vault_unavailable", "vault unavailable", "5"),
    (lambda: RedisUnfitError("evicting"), 503, "redis_unfit", "evicting", "5"),
    (lambda: VaultUnavailable("failover"), 503, "vault_unavailable", "failover", "5"),
    (lambda: AuditError("audit trail not written"), 503, "audit_unavailable", "audit trail not written", "5"),
    (
        lambda: DetectionError("text longer than 100 characters"),
        503,
        "detection_failed",
        "text longer than 100 characters",
        None,
    ),
    (
        lambda: UpstreamError(504, "upstream_timeout", "upstream did not answer within 3 s"),
        504,
        "upstream_timeout",
        "upstream did not answer within 3 s",
        None,
    ),
    (
        lambda: UpstreamError(502, "upstream_redirect", "upstream answered 302"),
        502,
        "upstream_redirect",
        "upstream answered 302",
        None,
    ),
    # not VeilErrors: an escaped one is an internal error, its message never shown
    (lambda: DecryptError("authentication failed"), 500, "internal_error", "internal error", None),
    (lambda: ShapeError("entry is not a list"), 500, "internal_error", "internal error", None),
]


async def _answer(exc: BaseException) -> web.Response:
    request = make_mocked_request("POST", "/x")
    request[REQUEST_ID] = "rid-1"

    async def handler(_: web.Request) -> web.StreamResponse:
        raise exc

    response = await errors_to_json(request, handler)
    assert isinstance(response, web.Response)
    return response


@pytest.mark.parametrize(("build", "status", "code", "message", "retry_after"), TABLE)
async def test_the_middleware_answers_each_class_as_the_table_says(
    build: Callable[[], BaseException],
    status: int,
    code: str,
    message: str,
    retry_after: str | None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    exc = build()
    with caplog.at_level(logging.CRITICAL, logger="veil.http"):  # the last resort logs a traceback
        response = await _answer(exc)
    assert response.status == status
    assert response.body is not None and json.loads(bytes(response.body)) == {
        "error": {"code": code, "message": message, "request_id": "rid-1"}
    }
    assert response.headers.get("Retry-After") == retry_after
    if isinstance(exc, VeilError):
        assert (exc.status, exc.code) == (status, code)


# Redis failures that clear up by themselves, escaped unmapped: 503 with Retry-After, never a 500
REDIS_FAILURES: list[tuple[Callable[[], BaseException], int, str | None]] = [
    (lambda: redis_errors.OutOfMemoryError("command not allowed when used memory > 'maxmemory'."), 503, "5"),
    (lambda: redis_errors.ResponseError("OOM command not allowed when used memory > 'maxmemory'."), 503, "5"),
    (lambda: redis_errors.ConnectionError("Error 111 connecting to 127.0.0.1:6379."), 503, "5"),
    (lambda: redis_errors.TimeoutError("Timeout reading from socket"), 503, "5"),
    (lambda: redis_errors.ReadOnlyError("You can't write against a read only replica."), 503, "5"),
    (
        lambda: redis_errors.ResponseError("WRONGTYPE Operation against a key holding the wrong kind of value"),
        500,
        None,
    ),  # not transient: a bug, still a bare 500
]


@pytest.mark.parametrize(("build", "status", "retry_after"), REDIS_FAILURES)
async def test_transient_redis_failures_are_503_with_retry_after(
    build: Callable[[], BaseException], status: int, retry_after: str | None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.CRITICAL, logger="veil.http"):
        response = await _answer(build())
    assert response.status == status
    assert response.headers.get("Retry-After") == retry_after
    assert response.body is not None
    body = json.loads(bytes(response.body))["error"]
    assert body["code"] == ("vault_unavailable" if status == 503 else "internal_error")
    assert "127.0.0.1" not in body["message"] and "maxmemory" not in body["message"]  # nothing of Redis's text


def test_the_table_covers_every_class() -> None:
    built = {type(build()) for build, *_ in TABLE}
    assert {cls.__name__ for cls in built} == ERROR_NAMES - {"ApiError"}  # the CLI's, never raised by a server


def test_codes_are_fixed_at_construction() -> None:
    """Nothing assigns `code`, `status` or `headers` to an error after building it (a caught
    one, or one built from an error class), nor to an error class."""
    found = []
    for path in sorted(PROXY.rglob("*.py")):
        module = ast.parse(path.read_text(encoding="utf-8"))
        holding_errors = _error_names(module)
        for node in ast.walk(module):
            targets = (
                node.targets
                if isinstance(node, ast.Assign)
                else [node.target]
                if isinstance(node, ast.AugAssign | ast.AnnAssign)
                else []
            )
            for target in targets:
                if (
                    isinstance(target, ast.Attribute)
                    and target.attr in ("code", "status", "headers")
                    and isinstance(target.value, ast.Name)
                    and target.value.id in holding_errors
                ):
                    found.append(f"{path.relative_to(PROXY.parent)}:{node.lineno}")
    assert found == []


def _error_names(module: ast.Module) -> set[str]:
    """Names that hold an error class, a caught error or an error built from a class."""
    names = set(ERROR_NAMES)
    for node in ast.walk(module):
        if isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
        elif isinstance(node, ast.Assign) and any(
            isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in ERROR_NAMES
            for call in ast.walk(node.value)
        ):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def test_building_and_answering_errors_changes_no_class() -> None:
    classes = [getattr(errors, name) for name in sorted(ERROR_NAMES)]
    before = {
        cls: (getattr(cls, "status", None), getattr(cls, "code", None), dict(getattr(cls, "headers", {})))
        for cls in classes
    }
    for build, *_ in TABLE:
        build()
    assert before == {
        cls: (getattr(cls, "status", None), getattr(cls, "code", None), dict(getattr(cls, "headers", {})))
        for cls in classes
    }
