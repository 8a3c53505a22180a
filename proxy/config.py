"""Settings: the one reader of Veil's YAML file and of its environment.

`load_settings(path, environ)` parses the YAML, applies `VEIL_<SECTION>__<KEY>`
overrides (scalars only: lists and mappings are never overridden from the
environment, so a typo cannot silently replace a policy), validates with
pydantic and resolves every secret reference (`*_env`, `*_file`). Errors name
the exact key (`services.0.use: ...`) and never echo a secret's value.

Invariants: settings are frozen after load; secrets live only in
`Settings.secrets` (by reference name), never in the model fields; the safe
defaults are loopback listeners, nothing granted, signatures required.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from proxy.errors import ConfigError

ENTITY_NAME = re.compile(r"^[A-Z][A-Z0-9_]{1,40}$")
SERVICE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
DEFAULT_TENANT = "default"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_entities(values: list[str]) -> list[str]:
    for value in values:
        if value != "*" and not ENTITY_NAME.match(value):
            raise ValueError(f"entity name {value!r} must match [A-Z][A-Z0-9_]{{1,40}}")
    return values


class ListenerTLS(_Model):
    """`<listener>.tls`: serve HTTPS from PEM files, re-read when they change (proxy/tls.py).
    Paths, not `*_file` secret references: the key is loaded by `ssl`, never into `secrets`."""

    certfile: str  # the certificate chain, leaf first
    keyfile: str  # its private key, unencrypted PEM (mode 0600)
    client_cafile: str | None = None  # mTLS: only clients with a certificate this CA issued connect


class ClientTLS(_Model):
    """`subscribers[].tls`: how Veil's HTTPS connections to a subscriber are made."""

    cafile: str | None = None  # trust only this CA bundle (a private PKI), not the system's
    certfile: str | None = None  # present this client certificate (a subscriber that requires mTLS)
    keyfile: str | None = None

    @model_validator(mode="after")
    def _pair(self) -> ClientTLS:
        if (self.certfile is None) != (self.keyfile is None):
            raise ValueError("certfile and keyfile go together (a client certificate needs its key)")
        return self


class Listener(_Model):
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=0, le=65535)
    public_url: str | None = None
    max_body_bytes: int = Field(8 * 1024 * 1024, ge=1024)
    tls: ListenerTLS | None = None  # unset: plain HTTP (loopback, or behind a TLS-terminating proxy)


class StoreRetention(_Model):
    """How long the stores beside the vault keep what they hold (days; unset: the vault's
    `retention_days`, and never longer): quarantined updates, queued events, dead letters,
    erasure receipts and pending erasure notices."""

    quarantine_days: int | None = Field(None, ge=1, le=36500)
    queue_days: int | None = Field(None, ge=1, le=36500)
    dead_letter_days: int | None = Field(None, ge=1, le=36500)
    receipt_days: int | None = Field(None, ge=1, le=36500)
    notice_days: int | None = Field(None, ge=1, le=36500)


class VaultSettings(_Model):
    url: str = "embedded"
    data_dir: str | None = None  # embedded only; default $XDG_DATA_HOME/veil
    appendfsync: Literal["everysec", "always"] = "everysec"
    retention_days: int = Field(90, ge=1, le=36500)
    renew_on_use: bool = False
    wait_replicas: int = Field(0, ge=0, le=16)
    wait_timeout_ms: int = Field(1000, ge=1)
    phone_token_prefix: int = Field(289, ge=200, le=999)
    deterministic: dict[str, Literal["tenant", "subject"]] = Field(default_factory=dict)
    sentinel_service: str | None = None
    username_env: str | None = None
    password_env: str | None = None
    stores: StoreRetention = Field(default_factory=lambda: StoreRetention())
    aof_rewrite_after_s: int = Field(300, ge=0, le=86400)  # an erasure's AOF rewrite starts within this

    def store_days(self, store: Literal["quarantine", "queue", "dead_letter", "receipt", "notice"]) -> int:
        """Days `store` keeps an entry: its own setting, else the vault's retention."""
        days: int | None = getattr(self.stores, f"{store}_days")
        return self.retention_days if days is None else days

    @model_validator(mode="after")
    def _stores_within_retention(self) -> VaultSettings:
        for name, days in self.stores.model_dump().items():
            if days is not None and days > self.retention_days:
                raise ValueError(
                    f"vault.stores.{name} ({days}) is longer than vault.retention_days "
                    f"({self.retention_days}): no store keeps personal data longer than the vault"
                )
        return self

    @field_validator("deterministic")
    @classmethod
    def _entities(cls, value: dict[str, str]) -> dict[str, str]:
        _check_entities(list(value))
        return value


class WhatsAppSettings(_Model):
    graph_base_url: str = "https://graph.facebook.com"
    app_secret_env: str | None = "VEIL_WA_APP_SECRET"  # noqa: S105 - a variable name, not a secret
    app_secret_file: str | None = None
    verify_token_env: str | None = "VEIL_WA_VERIFY_TOKEN"  # noqa: S105
    verify_token_file: str | None = None
    access_token_env: str | None = "VEIL_WA_ACCESS_TOKEN"  # noqa: S105
    access_token_file: str | None = None
    media_hosts: list[str] = Field(default_factory=lambda: ["*.fbsbx.com"])
    graph_version: str = Field("v23.0", pattern=r"^v\d{1,3}\.\d{1,3}$")  # Veil's own media lookups
    timeout_s: float = Field(30.0, gt=0, le=600)  # per Graph API call (media downloads: 10x)


# The values of `detection.places` and `tenants[].places` (`proxy.detection.settings.PLACES`, which
# this module does not import: reading a config loads no detection code).
DETECTION_PLACES = ("personal", "all")


class TenantSettings(_Model):
    name: str
    waba_ids: list[str] = Field(default_factory=list)
    phone_number_ids: list[str] = Field(default_factory=list)
    display_numbers: list[str] = Field(default_factory=list)
    access_token_env: str | None = None
    access_token_file: str | None = None
    app_secret_env: str | None = None
    app_secret_file: str | None = None
    verify_token_env: str | None = None
    verify_token_file: str | None = None
    language: str = "en"
    phone_regions: list[str] = Field(default_factory=list)
    # Each customer text analysed in its own language, `language` the fallback when unsure;
    # unset: as detection.identification.enabled (on). False: every text in `language`.
    identify_language: bool | None = None
    # "When in doubt, tokenise": structured matches below their threshold with a PII shape are
    # tokenised too; unset: as detection.grey_zone.enabled (on). False: only accepted matches.
    grey_zone: bool | None = None
    # "all": every place a recognizer finds is tokenised, whoever it locates; "personal": only places
    # that may locate a person (docs/detection.md, "Every place"). Unset: as detection.places.
    places: Literal["personal", "all"] | None = None

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not SERVICE_NAME.match(value):
            raise ValueError("tenant name must match [a-z0-9][a-z0-9_-]{0,62}")
        return value


class SubscriberSettings(_Model):
    name: str
    url: str
    tenant: str = DEFAULT_TENANT
    secret_env: str | None = None
    secret_file: str | None = None
    erasure_url: str | None = None
    fields: list[str] = Field(default_factory=list)
    message_types: list[str] = Field(default_factory=list)
    max_backlog: int = Field(100_000, ge=1)
    max_age_s: int = Field(86_400, ge=1)
    timeout_s: float = Field(10.0, gt=0)
    max_backlog_age_s: int = Field(172_800, ge=1)  # oldest queued event older than this: backlog cap
    max_dead_letters: int = Field(100_000, ge=1)  # dead letters kept (approximately), oldest trimmed
    tls: ClientTLS | None = None  # a private CA and/or a client certificate for this subscriber

    @model_validator(mode="after")
    def _signed(self) -> SubscriberSettings:
        """Every delivery and erasure notice is signed: refuse at `config check`, not at start."""
        if not (self.secret_env or self.secret_file):
            raise ValueError(f"subscriber {self.name!r}: secret_env or secret_file is required (deliveries are signed)")
        return self


class IngressSettings(_Model):
    """`ingress:` sealed updates and the tokenisation workers (docs/inbound.md)."""

    max_age_s: int = Field(3600, ge=1)  # alert when the oldest sealed update is older
    max_attempts: int = Field(5, ge=1, le=100)  # tokenisation failures before quarantine
    coordinate_decimals: int = Field(2, ge=0, le=6)
    email_tokens: Literal["text", "email"] = "text"  # "email": <id>@tokens.invalid in e-mail fields
    shards: int = Field(4, ge=1, le=256)  # ingress streams per tenant (one consumer each)
    batch_size: int = Field(100, ge=1, le=1000)  # updates per detector / vault call
    dedup_ttl_s: int = Field(8 * 86_400, ge=60)
    poll_interval_s: float = Field(0.05, gt=0, le=10)
    retry_base_s: float = Field(1.0, gt=0)
    monitor_interval_s: float = Field(30.0, gt=0)
    lease_s: float = Field(30.0, gt=0)  # a crashed tokeniser's shard is taken over after this
    # Cluster: a seal refused while the cluster promotes a replica (CLUSTERDOWN) is sent again
    # for up to this long from its start, with backoff, before Meta gets 503 (0: never)
    seal_retry_s: float = Field(0.5, ge=0, le=10)


class DeliverySettings(_Model):
    """`delivery:` subscriber partitions, leases, retries (docs/inbound.md)."""

    partitions: int = Field(16, ge=1, le=1024)  # per subscriber; one consumer each at a time
    concurrency: int = Field(8, ge=1, le=256)  # partitions delivered at once per subscriber per process
    lease_s: float = Field(30.0, gt=0)
    poll_interval_s: float = Field(0.05, gt=0, le=10)
    backoff_base_s: float = Field(0.5, gt=0)
    backoff_max_s: float = Field(300.0, gt=0)
    dedup_ttl_s: int = Field(8 * 86_400, ge=60)
    batch_size: int = Field(16, ge=1, le=1000)  # entries read per partition per call
    # A delivered event's ack refused while the master is replaced (refused connection,
    # CLUSTERDOWN until the promotion) is sent again for up to this long, so the event is
    # not delivered twice; outlasts a promotion at cluster-node-timeout 2000 (0: never)
    ack_retry_s: float = Field(5.0, ge=0, le=60)
    # A subscriber whose deliveries keep failing this long (no success since its first failure,
    # events waiting) is named in /readyz and the admin API and alerted: long before max_age_s
    # starts dead-lettering its events (docs/monitoring.md, "Delivery").
    failing_threshold_s: int = Field(300, ge=1)


class RateLimit(_Model):
    per_minute: int | None = Field(None, ge=1)
    per_day: int | None = Field(None, ge=1)


class Ceilings(_Model):
    """Per-entity ceilings on reveals and uses (`"*"` counts every entity together);
    `block: true` blocks the service on a breach until an admin lifts it."""

    reveal: dict[str, RateLimit] = Field(default_factory=dict)
    use: dict[str, RateLimit] = Field(default_factory=dict)
    block: bool = False

    @field_validator("reveal", "use")
    @classmethod
    def _entities(cls, value: dict[str, RateLimit]) -> dict[str, RateLimit]:
        _check_entities(list(value))
        return value


class ServiceSettings(_Model):
    name: str
    tenant: str = DEFAULT_TENANT
    api_key_env: str | None = None
    api_key_file: str | None = None
    api_key_sha256: list[str] | str | None = None
    use: list[str] | dict[str, Any] = Field(default_factory=list)
    reveal: list[str] = Field(default_factory=list)
    mask: list[str] = Field(default_factory=list)
    tokenize: list[str] = Field(default_factory=list)
    # Identifier entities /v1/tokenize may mint without a subject (a lookup: the token names
    # the customer); off by default, "*" = every identifier entity (docs/security.md).
    identify: list[str] = Field(default_factory=list)
    create_subjects: bool = False  # an unknown identifier starts a subject (else: null)
    purposes: list[str] = Field(default_factory=list)
    raw_recipients: bool = False
    media: list[str] = Field(default_factory=list)
    any_subject: list[str] = Field(default_factory=list)
    rate_limits: dict[str, RateLimit] = Field(default_factory=dict)
    ceilings: Ceilings = Field(default_factory=lambda: Ceilings())

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not SERVICE_NAME.match(value):
            raise ValueError("service name must match [a-z0-9][a-z0-9_-]{0,62}")
        return value

    @field_validator("reveal", "mask", "tokenize", "identify", "any_subject")
    @classmethod
    def _entity_lists(cls, value: list[str]) -> list[str]:
        return _check_entities(value)

    @field_validator("use")
    @classmethod
    def _use(cls, value: list[str] | dict[str, Any]) -> list[str] | dict[str, Any]:
        if isinstance(value, list):
            return _check_entities(value)
        unknown = set(value) - {"whatsapp", "routes"}
        if unknown:
            raise ValueError(f"unknown use destination(s) {sorted(unknown)}; use whatsapp/routes")
        # list() of a string is its letters and of a number a TypeError: only lists are lists here.
        whatsapp = value.get("whatsapp", [])
        if not isinstance(whatsapp, list) or not all(isinstance(e, str) for e in whatsapp):
            raise ValueError("use.whatsapp must be a list of entities")
        _check_entities(whatsapp)
        routes = value.get("routes", {})
        if not isinstance(routes, dict):
            raise ValueError("use.routes must map a route name to a list of entities")
        for entities in routes.values():
            if not isinstance(entities, list) or not all(isinstance(e, str) for e in entities):
                raise ValueError("use.routes must map a route name to a list of entities")
            _check_entities(entities)
        return value

    @model_validator(mode="after")
    def _one_key_source(self) -> ServiceSettings:
        given = [self.api_key_env, self.api_key_file, self.api_key_sha256]
        if sum(x is not None for x in given) != 1:
            raise ValueError("exactly one of api_key_env, api_key_file, api_key_sha256 is required")
        return self


class AuditSettings(_Model):
    sink: str | None = None  # JSON-lines file a SIEM reads; default <data_dir>/audit.jsonl
    checkpoint_interval_s: float = Field(60.0, gt=0)


class BaselineSettings(_Model):
    """Per-service rolling baseline of reveals + uses (docs/monitoring.md has the measured rates)."""

    enabled: bool = True
    window_s: int = Field(300, ge=10, le=86_400)
    alpha: float = Field(0.3, gt=0, lt=1)
    k: float = Field(6.0, gt=0)
    min_count: int = Field(50, ge=1)
    warmup_windows: int = Field(12, ge=1)
    rel_floor: float = Field(0.0, ge=0)


class AlertSettings(_Model):
    webhook_url: str | None = None
    webhook_secret_env: str | None = None
    webhook_secret_file: str | None = None
    baseline: BaselineSettings = Field(default_factory=lambda: BaselineSettings())

    @model_validator(mode="after")
    def _signed(self) -> AlertSettings:
        if self.webhook_url and not (self.webhook_secret_env or self.webhook_secret_file):
            raise ValueError("webhook_url needs webhook_secret_env or webhook_secret_file (alerts are signed)")
        return self


class RouteTokenize(_Model):
    path: str  # JSONPath of values to tokenise
    entity: str
    identifier: bool | None = None  # default: the entity is an identifier (phone, BSUID, …)

    @field_validator("entity")
    @classmethod
    def _entity(cls, value: str) -> str:
        return _check_entities([value])[0]


class RouteDirection(_Model):
    """JSONPath rules for one direction of a generic route (docs/outbound.md)."""

    tokenize: list[RouteTokenize] = Field(default_factory=list)
    detokenize: list[str] = Field(default_factory=list)
    scan: list[str] = Field(default_factory=list)  # strings scanned as free text by the detector


class RouteRules(_Model):
    request: RouteDirection = Field(default_factory=lambda: RouteDirection())
    response: RouteDirection = Field(default_factory=lambda: RouteDirection())


ROUTE_PREFIX = re.compile(r"^/routes(/[A-Za-z0-9_-]+)+$")
HttpMethod = Literal["GET", "POST", "PUT", "PATCH", "DELETE"]
ROUTE_METHODS: tuple[HttpMethod, ...] = ("GET", "POST", "PUT", "PATCH", "DELETE")


class RouteSettings(_Model):
    """`routes.<name>`: a path prefix on the public listener -> an upstream base URL (JSON only)."""

    upstream: str
    prefix: str | None = None  # default /routes/<name>
    services: list[str] = Field(default_factory=list)
    sink: bool = False  # the caller cannot read the upstream back: detokenising towards it is `use`
    response: Literal["scan", "passthrough"] = "scan"
    max_body: int = Field(1024 * 1024, ge=1024, le=64 * 1024 * 1024)
    timeout_s: float = Field(10.0, gt=0, le=300)
    methods: list[HttpMethod] = Field(default_factory=lambda: list(ROUTE_METHODS))
    subject: str | None = None  # JSONPath of the request's customer (a token or a raw identifier)
    language: str | None = None  # for `scan`; default the tenant's
    credential_header: str = "Authorization"
    credential_prefix: str = "Bearer "
    credential_env: str | None = None  # the upstream's own credential, by reference
    credential_file: str | None = None
    rules: RouteRules = Field(default_factory=lambda: RouteRules())

    @field_validator("upstream")
    @classmethod
    def _upstream(cls, value: str) -> str:
        from yarl import URL

        url = URL(value)
        if (
            url.scheme not in ("http", "https")
            or not url.host
            or url.user
            or url.password
            or url.query_string
            or url.fragment
        ):
            raise ValueError("upstream must be an absolute http(s) URL without credentials, query or fragment")
        return value

    @field_validator("prefix")
    @classmethod
    def _prefix(cls, value: str | None) -> str | None:
        if value is not None and not ROUTE_PREFIX.match(value):
            raise ValueError("prefix must look like /routes/<name>[/<more>] ([A-Za-z0-9_-] segments)")
        return value

    @model_validator(mode="after")
    def _paths_compile(self) -> RouteSettings:
        import jsonpath

        paths = [self.subject] if self.subject else []
        for direction in (self.rules.request, self.rules.response):
            paths += [t.path for t in direction.tokenize] + direction.detokenize + direction.scan
        for path in paths:
            try:
                jsonpath.compile(path)
            except jsonpath.JSONPathError as exc:
                raise ValueError(f"bad JSONPath {path!r}: {str(exc).splitlines()[0]}") from None
        return self


class Settings(_Model):
    listen: Listener = Field(default_factory=lambda: Listener())
    admin: Listener = Field(default_factory=lambda: Listener(port=8081, max_body_bytes=1024 * 1024))
    metrics: Listener = Field(default_factory=lambda: Listener(port=9464, max_body_bytes=1024 * 1024))
    vault: VaultSettings = Field(default_factory=lambda: VaultSettings())
    whatsapp: WhatsAppSettings = Field(default_factory=lambda: WhatsAppSettings())
    tenants: list[TenantSettings] = Field(default_factory=list)
    subscribers: list[SubscriberSettings] = Field(default_factory=list)
    services: list[ServiceSettings] = Field(default_factory=list)
    audit: AuditSettings = Field(default_factory=lambda: AuditSettings())
    alerts: AlertSettings = Field(default_factory=lambda: AlertSettings())
    detection: dict[str, Any] = Field(default_factory=dict)
    routes: dict[str, RouteSettings] = Field(default_factory=dict)
    ingress: IngressSettings = Field(default_factory=lambda: IngressSettings())
    delivery: DeliverySettings = Field(default_factory=lambda: DeliverySettings())
    # Resolved secrets by reference ("env:NAME" / "file:PATH"); never serialised or logged.
    secrets: Mapping[str, str] = Field(default_factory=dict, exclude=True, repr=False)

    @field_validator("detection")
    @classmethod
    def _detection_places(cls, value: dict[str, Any]) -> dict[str, Any]:
        """`detection.places` checked when the config is read (`veil config check`, start-up), not
        only when the detector starts; the section's other keys are checked there
        (`DetectionSettings`, which accepts the same two values: `DETECTION_PLACES`)."""
        if "places" in value and value["places"] not in DETECTION_PLACES:
            raise ValueError(
                'places must be "personal" (the default: places that may locate a person) or "all" (every place found)'
            )
        return value

    @model_validator(mode="after")
    def _tenants_known(self) -> Settings:
        names = [t.name for t in self.tenants] or [DEFAULT_TENANT]
        if len(set(names)) != len(names):
            raise ValueError("tenant names must be unique")
        for kind, items in (("subscribers", self.subscribers), ("services", self.services)):
            seen: set[str] = set()
            for item in items:
                if item.tenant not in names:
                    raise ValueError(f"{kind} {item.name!r}: unknown tenant {item.tenant!r}")
                if item.name in seen:
                    raise ValueError(f"{kind}: duplicate name {item.name!r}")
                seen.add(item.name)
        return self

    @model_validator(mode="after")
    def _routes_known(self) -> Settings:
        services = {svc.name for svc in self.services}
        prefixes: set[str] = set()
        for name, route in self.routes.items():
            if not SERVICE_NAME.match(name):
                raise ValueError(f"routes: name {name!r} must match [a-z0-9][a-z0-9_-]{{0,62}}")
            unknown = sorted(set(route.services) - services)
            if unknown:
                raise ValueError(f"routes.{name}.services: unknown service(s) {unknown}")
            prefix = self.route_prefix(name)
            if prefix in prefixes:
                raise ValueError(f"routes.{name}.prefix: {prefix} is used twice")
            prefixes.add(prefix)
        return self

    def route_prefix(self, name: str) -> str:
        return self.routes[name].prefix or f"/routes/{name}"

    def tenant_names(self) -> list[str]:
        return [t.name for t in self.tenants] or [DEFAULT_TENANT]

    def secret(self, env: str | None, file: str | None = None) -> str | None:
        """The resolved value of a `*_env` / `*_file` reference pair, if any."""
        if env is not None:
            return self.secrets.get(f"env:{env}")
        if file is not None:
            return self.secrets.get(f"file:{file}")
        return None


def _scalar_path(path: list[str]) -> bool:
    """True if `path` names a scalar field of Settings (not a list, mapping or section)."""
    model: type[BaseModel] = Settings
    for i, part in enumerate(path):
        info = model.model_fields.get(part)
        if info is None:
            return False
        annotation = info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            model = annotation
            continue
        origin = getattr(annotation, "__origin__", None)
        return (
            i == len(path) - 1
            and origin not in (list, dict)
            and "list" not in str(annotation)
            and "dict" not in str(annotation)
        )
    return False


def _apply_env_overrides(raw: dict[str, Any], environ: Mapping[str, str]) -> dict[str, Any]:
    """Apply VEIL_<SECTION>__<KEY>[__<KEY>] overrides to scalar settings only."""
    out = dict(raw)
    for name, value in sorted(environ.items()):
        if not name.startswith("VEIL_") or "__" not in name:
            continue
        path = [part.lower() for part in name[5:].split("__")]
        if not _scalar_path(path):
            raise ConfigError([f"{'.'.join(path)}: only scalar settings can be overridden ({name})"])
        node = out
        for part in path[:-1]:
            child = node.get(part)
            child = dict(child) if isinstance(child, dict) else {}
            node[part] = child
            node = child
        node[path[-1]] = yaml.safe_load(value) if value else value
    return out


def _secret_refs(model: BaseModel, prefix: str = "") -> list[tuple[str, str, str]]:
    """Every (key path, kind, reference) of `*_env` / `*_file` fields that is set."""
    refs: list[tuple[str, str, str]] = []
    for name in type(model).model_fields:
        value = getattr(model, name)
        path = f"{prefix}{name}"
        if isinstance(value, BaseModel):
            refs += _secret_refs(value, path + ".")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    refs += _secret_refs(item, f"{path}.{i}.")
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, BaseModel):
                    refs += _secret_refs(item, f"{path}.{key}.")
        elif isinstance(value, str) and name.endswith("_env"):
            refs.append((path, "env", value))
        elif isinstance(value, str) and name.endswith("_file"):
            refs.append((path, "file", value))
    return refs


def _resolve_secrets(settings: Settings, environ: Mapping[str, str]) -> dict[str, str]:
    secrets: dict[str, str] = {}
    problems: list[str] = []
    for path, kind, ref in _secret_refs(settings):
        if kind == "env":
            value = environ.get(ref)
            if not value:
                problems.append(f"{path}: environment variable {ref} is not set")
                continue
        else:
            try:
                value = Path(ref).read_text(encoding="utf-8").strip()
            except OSError as exc:
                problems.append(f"{path}: cannot read secret file {ref} ({exc.strerror})")
                continue
        secrets[f"{kind}:{ref}"] = value
    if problems:
        raise ConfigError(problems)
    return secrets


def _format_errors(exc: ValidationError) -> list[str]:
    out = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"]) or "(top level)"
        msg = err["msg"].removeprefix("Value error, ")
        out.append(f"{loc}: {msg}")
    return out


def parse_settings(raw: Mapping[str, Any], environ: Mapping[str, str]) -> Settings:
    """Validate an already-parsed config mapping and resolve its secrets."""
    merged = _apply_env_overrides(dict(raw), environ)
    try:
        settings = Settings.model_validate(merged)
    except ValidationError as exc:
        raise ConfigError(_format_errors(exc)) from None
    secrets = _resolve_secrets(settings, environ)
    return settings.model_copy(update={"secrets": secrets})


def load_settings(path: str | Path, environ: Mapping[str, str]) -> Settings:
    """Read, validate and resolve one YAML config file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError([f"{path}: cannot read ({exc.strerror})"]) from None
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ConfigError([f"{path}: not valid YAML{where}"]) from None
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError([f"{path}: the top level must be a mapping"])
    return parse_settings(raw, environ)
