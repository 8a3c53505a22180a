"""Veil's exception tree.

One middleware maps these to HTTP; handlers never catch and jsonify. No message
here ever carries a value, a token in clear or a subject id: callers pass
entity names, key names and counts only.

    VeilError
    ├── ConfigError            bad or incomplete configuration (exit 2, nothing started)
    │   └── BadRequest         an API request that does not fit → 400, each problem named
    ├── KeyMaterialError       missing, malformed or wrong keys (refuse to start)
    ├── VaultError             the vault cannot answer (Redis down or unfit) → 503
    │   ├── RedisUnfitError    Redis reachable but unsafe (evicting, too old)
    │   └── VaultUnavailable   transient: a failover, a read-only replica, too few replicas
    │                          confirmed (WAIT); background workers pause and retry, never count it
    ├── TokenError             a token string is malformed or unknown
    ├── AuthError              no or wrong credentials → 401
    ├── PermissionDenied       authenticated, not allowed → 403
    ├── RateLimited            over a policy's rate limit → 429 with Retry-After
    └── AuditError             the audit entry could not be written → refuse the action
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


class BadRequest(ConfigError):
    """A request body or parameter that does not fit the API: 400, problems named, never echoed."""

    status = 400

    def __init__(self, problems: list[str], code: str = "bad_request") -> None:
        super().__init__(problems)
        self.code = code


class KeyMaterialError(VeilError):
    code = "key_error"


class VaultError(VeilError):
    status = 503
    code = "vault_unavailable"


class RedisUnfitError(VaultError):
    code = "redis_unfit"


class VaultUnavailable(VaultError):
    """Transient: the write may succeed in a moment (failover, replica catching up)."""


class TokenError(VeilError):
    status = 400
    code = "malformed_token"


class AuthError(VeilError):
    status = 401
    code = "unauthorized"


class PermissionDenied(VeilError):
    status = 403
    code = "forbidden"

    def __init__(self, code: str, message: str = "") -> None:
        self.code = code
        super().__init__(message or code)


class RateLimited(VeilError):
    status = 429
    code = "rate_limited"

    def __init__(self, retry_after: int) -> None:
        self.retry_after = max(1, retry_after)
        self.headers = {"Retry-After": str(self.retry_after)}
        super().__init__(f"rate limit reached; retry after {self.retry_after} s")


class AuditError(VeilError):
    status = 503
    code = "audit_unavailable"
