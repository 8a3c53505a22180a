"""Every Redis key name Veil uses, and so the Cluster slot layout, in one place.

Each atomic unit touches one hash slot (docs/design.md, "The vault on Redis"):
- token record, value index and tombstone share `{t:<tenant>:<shard tag>}`;
- subject record, its token set and alias set share `{s:<tenant>:<subject>}`;
- delivery partitions and their dedup markers share `{q:<subscriber>:<partition>}`;
- each audit writer's chain and tail share `audit:{<writer id>}`.
Single-key records (aliases, tenant keys, meta) need no tag. No key name carries a
value or a raw identifier: only tokens, random ids and keyed hashes.
"""

from __future__ import annotations

PREFIX = "veil"


def _after(key: str, head: str) -> str:
    """What follows `head` in a key name; ValueError if the key does not start with it."""
    if not key.startswith(head):
        raise ValueError(f"not a key under {head!r}")
    return key[len(head) :]


# --- keyring and meta -------------------------------------------------------------
def meta() -> str:
    """Hash: key check values per master / token key version, token epochs, flags."""
    return f"{PREFIX}:meta"


def tenant_keys(tenant: str) -> str:
    """Hash: master-key version -> tenant key wrapped under that version."""
    return f"{PREFIX}:tk:{tenant}"


def tenant_of_keys(key: str) -> str:
    """The tenant named by a `tenant_keys` key (the inverse, for keys a SCAN found)."""
    return _after(key, tenant_keys(""))


# --- tokens: one slot per (tenant, shard tag) -------------------------------------
def _tslot(tenant: str, tag: str) -> str:
    return f"{PREFIX}:{{t:{tenant}:{tag}}}"


def token_record(tenant: str, tag: str, token: str) -> str:
    """Hash: e (entity), s (subject), c (sealed value), v (index hash), fs, ls."""
    return f"{_tslot(tenant, tag)}:k:{token}"


def value_index(tenant: str, tag: str, index_hex: str) -> str:
    """String: blind index of (scope, entity, shape, normalised value) -> token."""
    return f"{_tslot(tenant, tag)}:v:{index_hex}"


def tombstone(tenant: str, tag: str, token: str) -> str:
    """String, no TTL: the index hash a token was issued for ('x' once erased)."""
    return f"{_tslot(tenant, tag)}:r:{token}"


def mint_keys(tenant: str, tag: str, index_hex: str, token: str, twin: str = "") -> tuple[bytes, bytes, bytes, bytes]:
    """value_index, token_record and tombstone of one candidate, and the tombstone of its
    twin under the first check character (its own again when it has none), as bytes, in
    one go (built once per new token on the tokenise hot path). One tag, one slot."""
    slot = _tslot(tenant, tag)
    tomb = f"{slot}:r:{token}".encode()
    return (
        f"{slot}:v:{index_hex}".encode(),
        f"{slot}:k:{token}".encode(),
        tomb,
        f"{slot}:r:{twin}".encode() if twin else tomb,
    )


def token_pattern(tenant: str) -> str:
    return f"{PREFIX}:{{t:{tenant}:*}}:k:*"


def tombstone_pattern(tenant: str) -> str:
    return f"{PREFIX}:{{t:{tenant}:*}}:r:*"


def token_of_tombstone(key: str) -> str:
    """The token a `tombstone` key belongs to (the inverse, for keys a SCAN found)."""
    if ":r:" not in key or not key.startswith(f"{PREFIX}:{{t:"):
        raise ValueError("not a tombstone key")
    return key.split(":r:", 1)[1]


# --- vault counts: a few shards per tenant, summed on read ----------------------------
def vault_counts(tenant: str, shard: int) -> str:
    """Hash: tokens, subjects, reservations (tombstone keys) and `e:<entity>` counts, kept
    on write (proxy/vault/counts.py). Its own slot: a counter cannot live in the token's
    or subject's slot (one per shard tag or subject, tens of thousands to sum), so it is
    updated in the round trip after the write that it counts."""
    return f"{PREFIX}:{{n:{tenant}:{shard}}}:counts"


def vault_counts_built(tenant: str) -> str:
    """String: when the tenant's counts were last recounted key by key (Unix seconds).
    Missing: the counts were never built (a vault older than them), and the first read
    builds them (one SCAN, once)."""
    return f"{PREFIX}:counts-built:{tenant}"


# --- subjects: one slot per (tenant, subject) ---------------------------------------
def _sslot(tenant: str, subject: str) -> str:
    return f"{PREFIX}:{{s:{tenant}:{subject}}}"


def subject_record(tenant: str, subject: str) -> str:
    """Hash: dk ('<mv>:' + wrapped data key), created, merged_into."""
    return f"{_sslot(tenant, subject)}:rec"


def subject_tokens(tenant: str, subject: str) -> str:
    return f"{_sslot(tenant, subject)}:tokens"


def subject_aliases(tenant: str, subject: str) -> str:
    return f"{_sslot(tenant, subject)}:aliases"


def subject_pattern(tenant: str) -> str:
    return f"{PREFIX}:{{s:{tenant}:*}}:rec"


def subject_of(tenant: str, key: str) -> str:
    """The subject id inside a key of the subject's slot (`subject_record`, its token and
    alias sets): the inverse, for keys `subject_pattern` found."""
    inner = _after(key, f"{PREFIX}:{{s:{tenant}:")
    if "}" not in inner:
        raise ValueError("not a subject key")
    return inner.split("}", 1)[0]


def alias(tenant: str, alias_hex: str) -> str:
    """String: keyed alias hash -> subject id."""
    return f"{PREFIX}:a:{tenant}:{alias_hex}"


def erasure_ledger(tenant: str) -> str:
    """Hash: alias hash -> erasure time; restore re-applies it."""
    return f"{PREFIX}:erased:{tenant}"


# --- audit: one chain per writer ----------------------------------------------------
def audit_chain(writer_id: str) -> str:
    """Stream of entries of one writer (host, pid, start time)."""
    return f"audit:{{{writer_id}}}"


def audit_checkpoints(writer_id: str) -> str:
    return f"audit:{{{writer_id}}}:checkpoints"


def audit_writers() -> str:
    """Set of every writer id that ever wrote, so `audit verify` finds them all."""
    return "audit:writers"


# --- readiness ----------------------------------------------------------------------
def workers() -> str:
    """Sorted set: worker id -> last heartbeat (ms, Redis's clock); who polls which queue."""
    return f"{PREFIX}:workers"


def doorbell(worker_id: str) -> str:
    """List: names of this worker's shards and partitions that got work, LPUSHed by whoever
    added it (capped, expiring); the worker BLPOPs it (proxy/inbound/membership.py)."""
    return f"{PREFIX}:bell:{worker_id}"


def health_probe() -> str:
    return f"{PREFIX}:health"


def audit_chain_pattern() -> str:
    """SCAN pattern for every writer's chain (and checkpoint) keys, so verify also finds
    a chain whose writer was removed from `audit_writers()`."""
    return "audit:{*}*"


def audit_writer_of(key: str) -> str | None:
    """The writer id inside an `audit_chain` / `audit_checkpoints` key name, else None."""
    if not key.startswith("audit:{") or "}" not in key:
        return None
    return key[len("audit:{") : key.rindex("}")]


# --- media ids Veil has seen for a tenant (webhooks, upload responses) --------------
def media_known(tenant: str, media_id: str) -> str:
    """String with TTL: this Meta media id was seen for this tenant (so GET/DELETE may proxy it)."""
    return f"{PREFIX}:media:{tenant}:{media_id}"


# --- access guard: blocks, ceilings, honey tokens, baselines (proxy/access/guard.py) -------
def service_block(service: str) -> str:
    """String, no TTL: the service is blocked (a ceiling breach) until an admin lifts it."""
    return f"{PREFIX}:block:{service}"


def ceiling_slot(service: str) -> str:
    """Hash-tag prefix of one service's ceiling counters: one Lua call checks and counts
    every entity of a request atomically in one slot."""
    return f"{PREFIX}:{{c:{service}}}"


def ceiling_counter(service: str, op: str, entity: str, window: str) -> str:
    """String with TTL: reveals / uses of `entity` in one fixed window ("m<minute>", "d<day>")."""
    return f"{ceiling_slot(service)}:{op}:{entity}:{window}"


def ceiling_alerted(service: str, op: str, entity: str, window: str) -> str:
    """String with TTL: this window's breach was already alerted (one alert per window)."""
    return f"{ceiling_slot(service)}:alerted:{op}:{entity}:{window}"


def honey_tokens(tenant: str) -> str:
    """Set: decoy tokens of this tenant; touching one alerts at once."""
    return f"{PREFIX}:honey:{tenant}"


def honey_subjects(tenant: str) -> str:
    """Set: decoy subject ids of this tenant."""
    return f"{PREFIX}:honey_subjects:{tenant}"


def baseline_count(service: str, window: int) -> str:
    """String with TTL: reveals + uses of one service in baseline window `window`."""
    return f"{PREFIX}:{{b:{service}}}:n:{window}"


def baseline_state(service: str) -> str:
    """Hash: the service's rolling baseline (mean, dev, windows, last window folded)."""
    return f"{PREFIX}:{{b:{service}}}:state"


def baseline_alerted(service: str, window: int) -> str:
    return f"{PREFIX}:{{b:{service}}}:alerted:{window}"


def baseline_lock(service: str) -> str:
    """String, short TTL: the process folding a finished window into the state."""
    return f"{PREFIX}:{{b:{service}}}:lock"


# --- media handles the outbound path hands to services (proxy/inbound/media.py) --------------
def media_handle(handle_digest: str) -> str:
    """String with TTL (<= 5 min): JSON (tenant, media id, Meta URL, MIME) of one opaque media
    handle, keyed by the SHA-256 of the handle so a Redis dump holds no usable handle."""
    return f"{PREFIX}:mh:{handle_digest}"


# --- access control: policies, rate limits, admins, service accounts ------------------
def policies() -> str:
    """Hash: service name -> policy JSON changed through the admin API (overrides config)."""
    return f"{PREFIX}:policies"


def policies_version() -> str:
    """Counter bumped on every policy change; each worker polls it and reloads."""
    return f"{PREFIX}:policies:version"


def recognizers_version() -> str:
    """Counter bumped by `recognizers reload`; each worker polls it and reloads its detector."""
    return f"{PREFIX}:recognizers:version"


def rate_window(tenant: str, service: str, op: str, span: str, window: int) -> str:
    """Counter of one fixed window; both windows of (service, op) share one slot."""
    return f"{PREFIX}:{{rl:{tenant}:{service}:{op}}}:{span}:{window}"


def admins() -> str:
    """Hash: admin name -> record JSON (argon2 hash, sealed TOTP seed, tenant scope).
    One key, so bootstrap's "only while no admin exists" is one atomic check."""
    return f"{PREFIX}:admins"


def admin_failures(name: str) -> str:
    """Counter of failed logins / step-ups in the current 15-minute lockout window."""
    return f"{PREFIX}:admin:fail:{name}"


def admin_step(name: str, counter: int) -> str:
    """SET NX marker: this TOTP time step was already accepted for this admin."""
    return f"{PREFIX}:admin:step:{name}:{counter}"


def admin_enrolment(digest_hex: str) -> str:
    """String with TTL: a pending admin's name, keyed by SHA-256 of its one-time enrolment token."""
    return f"{PREFIX}:admin:enrol:{digest_hex}"


def admin_session(digest_hex: str) -> str:
    """String JSON with TTL: a login session, keyed by SHA-256 of its bearer token."""
    return f"{PREFIX}:session:{digest_hex}"


def service_accounts() -> str:
    """Hash: service account name -> record JSON (Ed25519 public key, scopes, tenant)."""
    return f"{PREFIX}:accounts"


def account_nonce(account: str, nonce: str) -> str:
    """SET NX marker with TTL: a signed request's nonce was already used."""
    return f"{PREFIX}:account:nonce:{account}:{nonce}"


def approval(approval_id: str) -> str:
    """String JSON with TTL: a four-eyes request and, once given, its approval."""
    return f"{PREFIX}:approval:{approval_id}"


def approval_pattern() -> str:
    return f"{PREFIX}:approval:*"


def approval_index() -> str:
    """Sorted set of approval ids by creation (ms): the pending list reads it instead of
    SCANning the keyspace; ids whose approval expired, was used or refused are dropped
    from it when read."""
    return f"{PREFIX}:approvals"


def approval_index_built() -> str:
    """Marker: approvals made before the index existed were added to it (one SCAN, once)."""
    return f"{PREFIX}:approvals:indexed"


# --- erasure: subject ledger, receipts, notices ----------------------------------------
def erased_subjects(tenant: str) -> str:
    """Hash: subject id -> erasure time, beside the alias ledger; restore re-applies both."""
    return f"{PREFIX}:erased-subjects:{tenant}"


def erasure_receipt(receipt_id: str) -> str:
    """Hash: the receipt of one erasure (counts, time) and each subscriber's notice status."""
    return f"{PREFIX}:erasure:{receipt_id}"


def erasure_receipt_pattern() -> str:
    return f"{PREFIX}:erasure:*"


def notices_due() -> str:
    """Sorted set: erasure notice id -> time of its next delivery attempt."""
    return f"{PREFIX}:notices:due"


def notice(notice_id: str) -> str:
    """Hash: one erasure notice (subscriber, byte-stable body, attempts)."""
    return f"{PREFIX}:notice:{notice_id}"


def aof_rewrite_due() -> str:
    """String: Unix time by which the append-only file must be rewritten (an erasure asked)."""
    return f"{PREFIX}:aof:due"


def aof_rewrite_pending() -> str:
    """Set: receipt ids of erasures whose data the append-only file may still hold."""
    return f"{PREFIX}:aof:pending"


# --- retention per entity type, and maintenance locks ----------------------------------
def retention(tenant: str) -> str:
    """Hash: entity -> retention days (shorter than vault.retention_days)."""
    return f"{PREFIX}:retention:{tenant}"


def lock(name: str) -> str:
    """SET NX EX: one worker runs a periodic job (retention sweep) at a time."""
    return f"{PREFIX}:lock:{name}"


def backup_patterns() -> tuple[str, ...]:
    """What a backup holds: the vault and its policies. Never sessions, counters, queues,
    audit chains or admins (a restore must not resurrect a removed admin), and never a
    key: tenant keys are stored wrapped under the master key, which stays outside."""
    return (
        meta(),
        tenant_keys("*"),
        f"{PREFIX}:{{t:*",
        f"{PREFIX}:{{s:*",
        alias("*", "*"),
        erasure_ledger("*"),
        erased_subjects("*"),
        f"{PREFIX}:media:*",
        policies(),
        retention("*"),
        erasure_receipt_pattern(),
    )


# --- inbound: sealed ingress shards (proxy/inbound/ingress.py) --------------------------
# One slot per (tenant, shard): the stream, its dedup markers, alias index, attempts,
# quarantine and lease, so seal-and-mark and every move is one Lua call in one slot.
def _islot(tenant: str, shard: int) -> str:
    return f"{PREFIX}:{{i:{tenant}:{shard}}}"


def ingress_stream(tenant: str, shard: int) -> str:
    """Stream of sealed updates (AES-GCM under the tenant's ingress key), oldest first."""
    return f"{_islot(tenant, shard)}:s"


def ingress_marker(tenant: str, shard: int, dedup_hex: str) -> str:
    """String with TTL (8 days): keyed hash of an update's dedup key, seen at ingress."""
    return f"{_islot(tenant, shard)}:m:{dedup_hex}"


def ingress_alias_index(tenant: str, shard: int, alias_hex: str) -> str:
    """Set: ingress entry ids of updates naming this alias hash (erasure purges them)."""
    return f"{_islot(tenant, shard)}:x:{alias_hex}"


def ingress_attempts(tenant: str, shard: int) -> str:
    """Hash: entry id -> failed tokenisation attempts."""
    return f"{_islot(tenant, shard)}:n"


def ingress_quarantine(tenant: str, shard: int) -> str:
    """Stream: sealed updates Veil could not route, parse or tokenise; never forwarded."""
    return f"{_islot(tenant, shard)}:q"


def ingress_lease(tenant: str, shard: int) -> str:
    return f"{_islot(tenant, shard)}:lease"


# --- inbound: subscriber delivery partitions (proxy/inbound/queue.py) -----------------
def _qslot(subscriber: str, partition: int) -> str:
    return f"{PREFIX}:{{q:{subscriber}:{partition}}}"


def delivery_stream(subscriber: str, partition: int) -> str:
    """Stream of tokenised, byte-stable event bodies for one subscriber partition."""
    return f"{_qslot(subscriber, partition)}:s"


def delivery_marker(subscriber: str, partition: int, dedup_hex: str) -> str:
    """String with TTL (8 days): this subscriber already has this event (keyed hash)."""
    return f"{_qslot(subscriber, partition)}:m:{dedup_hex}"


def delivery_dead(subscriber: str, partition: int) -> str:
    """Stream: dead letters of this partition (max_age reached, backlog cap), replayable."""
    return f"{_qslot(subscriber, partition)}:dlq"


def delivery_state(subscriber: str, partition: int) -> str:
    """Hash: the failing head's entry id, attempts and next attempt time."""
    return f"{_qslot(subscriber, partition)}:st"


def delivery_lease(subscriber: str, partition: int) -> str:
    return f"{_qslot(subscriber, partition)}:lease"


def alerts_recent() -> str:
    """Stream, capped (~2000): every alert raised by any worker, names, codes and counts only
    (`alert_log`: the console's open alerts)."""
    return f"{PREFIX}:alerts"


def alert_acks() -> str:
    """Hash: alert group id → who acknowledged it, when, and the last raise it covered
    (`alert_log`); entries older than a day are pruned on the next acknowledgement."""
    return f"{PREFIX}:alerts:acks"


def delivered_hour(subscriber: str, hour: int) -> str:
    """HyperLogLog with TTL (~25 h): the ids of events delivered to the subscriber in that
    hour (Unix hours), PFADD'd with each acknowledged delivery (the console's chart)."""
    return f"{PREFIX}:delivered:{subscriber}:{hour}"


def delivery_failing(subscriber: str) -> str:
    """String: ms time of the subscriber's first failed delivery since its last success
    (SET NX by any worker, deleted at the next success); absent while it delivers."""
    return f"{PREFIX}:failing:{subscriber}"


def subject_sent(tenant: str, subject: str, subscriber: str) -> str:
    """Set, in the subject's slot: tokens of this subject queued for this subscriber, so an
    erasure notice can list exactly the tokens each subscriber got."""
    return f"{_sslot(tenant, subject)}:sent:{subscriber}"


def subject_deliveries(tenant: str, subject: str) -> str:
    """Hash, in the subject's slot: "<subscriber>|<event id>|q" -> ms queued, "…|d" -> ms the
    subscriber took it; what an access request's "who received my data" report lists."""
    return f"{_sslot(tenant, subject)}:deliveries"
