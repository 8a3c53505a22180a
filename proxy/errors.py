"""Veil's exception tree: every exception Veil defines, and what each becomes.

One middleware (`proxy.server.middleware.errors_to_json`) maps a `VeilError` to HTTP:
its `status`, its stable `code` and its message; handlers never catch and jsonify. A
status and a code are fixed when the error is built (a class's own, or given to its
constructor) and never changed afterwards. A class exists only where some caller
branches on it; otherwise one class carries several codes (`NotFound("media_not_found",
…)`). No message here ever carries a value, a token in clear or a subject id: callers
pass entity names, key names, counts and (for token refusals) the tokens the caller sent.

    VeilError                  raised on purpose → 500 internal_error with its message
    ├── ConfigError            bad or incomplete configuration (exit 2, nothing started)
    ├── KeyMaterialError       missing, malformed or wrong keys (refuse to start) → 500 key_error
    ├── BadRequest             a request that does not fit the API, each problem named → 400, code
    │                          given (bad_request, unknown_subject, invalid_policy, bad_route_path,
    │                          subject_required, bad_recipient, bad_backup, …)
    ├── NotFound               nothing Veil serves there → 404, code given (not_proxied,
    │                          route_not_found, media_not_found)
    ├── TokenError             a token string is malformed, unknown or misplaced → 400
    │                          malformed_token, or the code given (unknown_token, misplaced_token)
    ├── AuthError              no or wrong credentials → 401 unauthorized
    ├── PermissionDenied       authenticated, not allowed → 403, code given (forbidden_entity, …)
    ├── Conflict               a valid request the state moved under (another admin changed the
    │                          same approval meanwhile) → 409, code given (approval_changed)
    ├── RateLimited            over a policy's rate limit → 429 rate_limited with Retry-After
    ├── VaultError             the vault cannot answer (Redis down, out of memory or unfit) → 503
    │                          vault_unavailable with Retry-After
    │   ├── RedisUnfitError    Redis reachable but unsafe (evicting, too old) → 503 redis_unfit
    │   └── VaultUnavailable   transient: a failover, a read-only replica, too few replicas
    │                          confirmed (WAIT); background workers pause and retry, never count it
    ├── AuditError             the audit entry could not be written → refuse the action, 503
    │                          audit_unavailable with Retry-After
    ├── DetectionError         detection could not run → 503 detection_failed; the update is
    │                          retried, then quarantined, never forwarded unscanned
    └── UpstreamError          an upstream failed or answered what Veil will not pass on → 502,
                               503 or 504 and the code given (upstream_timeout, …)

    Not VeilErrors (never answered as themselves):
    DecryptError (Exception)   a ciphertext failed authentication; its callers turn it into
                               what it means there (KeyMaterialError, an unknown token, a
                               bad backup); one that escapes is a bare 500, logged
    ShapeError (ValueError)    a webhook body is JSON but not an envelope Veil knows: ingress
                               quarantines it and answers Meta 200
    ApiError (Exception)       the CLI's side: the admin API answered an error (its status,
                               code and message), mapped to the CLI's exit codes
"""

from __future__ import annotations


class VeilError(Exception):
    """Base of every error Veil raises on purpose."""

    status = 500
    code = "internal_error"
    headers: dict[str, str] = {}  # extra HTTP headers of the answer; never mutated


class ConfigError(VeilError):
    """Configuration is invalid; `problems` lists each as 'path: message'."""

    code = "config_error"

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


class KeyMaterialError(VeilError):
    code = "key_error"


class BadRequest(VeilError):
    """A request body or parameter that does not fit the API: 400, problems named, never echoed."""

    status = 400

    def __init__(self, problems: list[str], code: str = "bad_request") -> None:
        self.problems = problems
        self.code = code
        super().__init__("; ".join(problems))


class NotFound(VeilError):
    """404: nothing Veil serves there (a path it does not proxy, a route, a media handle)."""

    status = 404

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


class TokenError(VeilError):
    status = 400

    def __init__(self, message: str, code: str = "malformed_token") -> None:
        self.code = code
        super().__init__(message)


class AuthError(VeilError):
    status = 401
    code = "unauthorized"


class PermissionDenied(VeilError):
    status = 403
    code = "forbidden"

    def __init__(self, code: str, message: str = "") -> None:
        self.code = code
        super().__init__(message or code)


class Conflict(VeilError):
    """409: the request was valid and allowed, but what it acts on changed meanwhile; looking
    again and retrying may succeed, unlike a 403."""

    status = 409

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


class RateLimited(VeilError):
    status = 429
    code = "rate_limited"

    def __init__(self, retry_after: int) -> None:
        self.retry_after = max(1, retry_after)
        self.headers = {"Retry-After": str(self.retry_after)}
        super().__init__(f"rate limit reached; retry after {self.retry_after} s")


class VaultError(VeilError):
    status = 503
    code = "vault_unavailable"
    headers = {"Retry-After": "5"}  # Redis down, full or failing over: worth a retry soon


class RedisUnfitError(VaultError):
    code = "redis_unfit"


class VaultUnavailable(VaultError):
    """Transient: the write may succeed in a moment (failover, replica catching up)."""


class AuditError(VeilError):
    status = 503
    code = "audit_unavailable"
    headers = {"Retry-After": "5"}  # the audit stream is in Redis: down or full, retry soon


class DetectionError(VeilError):
    """Detection could not run (bad language, text too large, a recognizer failed).

    The caller fails closed: the update is retried, then quarantined, never
    forwarded unscanned.
    """

    status = 503
    code = "detection_failed"


class UpstreamError(VeilError):
    """An upstream failed or answered something Veil will not pass on."""

    def __init__(self, status: int, code: str, message: str) -> None:
        self.status = status
        self.code = code
        super().__init__(message)


class DecryptError(Exception):
    """A ciphertext failed authentication: wrong key, wrong AAD, or tampered.

    Not a VeilError: every caller decides what a failed opening means where it happens,
    and one that escapes is an internal error (a bare 500, logged), not an answer."""


class ShapeError(ValueError):
    """The body is JSON but not an envelope Veil knows; the message names no value."""


class ApiError(Exception):
    """An error answer of the admin API, as the CLI's client received it."""

    def __init__(self, status: int, code: str, message: str, problems: tuple[str, ...] = ()) -> None:
        self.status, self.code, self.message = status, code, message
        self.problems = problems  # each problem an answer listed (a recognizers reload's, …), in full
        super().__init__(f"{status} {code}: {message}")
