"""Write vault-dump.json: a vault written by the code BEFORE the package restructure.

Why: `proxy/` moved from a flat folder into subpackages (proxy/kv, proxy/vault, …). That
move must not change the Redis layout (key names, hash slots, TTLs) nor any record
format (token records, tombstones, wrapped keys, aliases, policies, audit chains,
sealed ingress updates): a deployment upgraded in place keeps its Redis. This script
runs the OLD code's real classes against a throwaway redis-server, writes a small but
realistic vault for one tenant, and exports every key raw (base64) with its type and
TTL, the key material, the config and what the new code must read back
(`expected`). tests/vault/test_compat_dump.py loads the dump into a real Redis and
checks the NEW code against it.

Regenerate (only when the old format itself is meant to be captured again; the
committed dump is the reference, regenerating it with new code would prove nothing):

    cd /work/main
    PYTHONPATH=/work/old .venv/bin/python tests/data/compat/make_dump.py \\
        --old-tree /work/old --out tests/data/compat/vault-dump.json

`--old-tree` (default /work/old, a checkout of the pre-restructure main) must come first
on sys.path: the script refuses to run when `proxy` is imported from anywhere else.
The keys below are fixed TEST-ONLY keys, generated once with the old code's
`proxy.keys.generate_key_texts()`; they protect nothing but this file.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from redis import Redis as SyncRedis
from redis.exceptions import ConnectionError as RedisConnectionError

TENANT = "acme"
WRITER_ID = "compat-dump:4242:1767225600000"  # the audit chain's writer (host:pid:start-ms)
RECEIPT_PREFIX = "era_"

# Phase 1 writes with these (one master and one token key version) ...
KEYS_V1 = {
    "VEIL_MASTER_KEY": "v1:ivCRRo+g9E2UGnaoJJw+FXzH56dMz8CBAdj++JqrgG8=",
    "VEIL_TOKEN_KEY": "v1:elbo5lQKa2eza3VvSRn3iLmBqNhy2H1+hwUuraKN5Bg=",
    "VEIL_AUDIT_KEY": "Jd44OuTojeYQOL7TsA572GAhR3jANBBkTMo5CfK+R6s=",
    "VEIL_AUDIT_SIGNING_KEY": "IS0iz1ckDB2QQHkzjqsYXd5qqshmY7XVLyr5ca6PljM=",
}
# ... phase 2 after a master-key and a token-key rotation (v2 active, v1 still configured):
# subjects created now get data keys wrapped under master v2, new values mint v2 tokens.
KEYS_V2 = KEYS_V1 | {
    "VEIL_MASTER_KEY": "v2:rtxLSbkozzl8QhfKnNE5t65aLBuVDshfA56hZLEUcn0=,"
    "v1:ivCRRo+g9E2UGnaoJJw+FXzH56dMz8CBAdj++JqrgG8=",
    "VEIL_TOKEN_KEY": "v2:oJZ2UmwHO+E6OzsjBZkDbogX4dT2V3H7PtJBc+tV6NE=,v1:elbo5lQKa2eza3VvSRn3iLmBqNhy2H1+hwUuraKN5Bg=",
}

WABA = "102290129340398"
PNID = "106540352242922"
CONFIG: dict[str, Any] = {
    "vault": {"url": "redis://127.0.0.1:6379/0", "retention_days": 90, "deterministic": {"LOCATION": "tenant"}},
    "whatsapp": {"app_secret_env": None, "verify_token_env": None, "access_token_env": None},
    "tenants": [
        {
            "name": TENANT,
            "waba_ids": [WABA],
            "phone_number_ids": [PNID],
            "access_token_env": "VEIL_ACME_TOKEN",
            "app_secret_env": "VEIL_ACME_APP_SECRET",
            "verify_token_env": "VEIL_ACME_VERIFY",
        }
    ],
    "subscribers": [
        {
            "name": "crm",
            "tenant": TENANT,
            "url": "http://127.0.0.1:9/hook",
            "erasure_url": "http://127.0.0.1:9/erasure",
            "secret_env": "VEIL_SUB_CRM_SECRET",
        }
    ],
    "services": [
        {
            "name": "support",
            "tenant": TENANT,
            "api_key_sha256": "ab12cd34:" + "0" * 64,
            "use": ["PHONE_NUMBER"],
            "reveal": ["EMAIL_ADDRESS"],
            "purposes": ["support-callback"],
        }
    ],
    "ingress": {"shards": 2},
}
CONFIG_ENV = {
    "VEIL_ACME_TOKEN": "test-token",
    "VEIL_ACME_APP_SECRET": "test-app-secret",
    "VEIL_ACME_VERIFY": "test-verify",
    "VEIL_SUB_CRM_SECRET": "test-sub-secret",
}
# Stored through the admin API's PolicySync: overrides the config policy of `support`.
POLICY_DOC: dict[str, Any] = {
    "use": {"whatsapp": ["PHONE_NUMBER", "PERSON"], "routes": {}},
    "reveal": ["EMAIL_ADDRESS", "PERSON"],
    "mask": ["IBAN_CODE"],
    "tokenize": ["LOCATION"],
    "purposes": ["support-callback", "fraud-review"],
    "rate_limits": {"reveal": {"per_minute": 30, "per_day": 500}},
    "ceilings": {"reveal": {"PERSON": {"per_day": 200}}, "use": {}, "block": True},
}


def b64(raw: bytes | str) -> str:
    return base64.b64encode(raw.encode() if isinstance(raw, str) else raw).decode()


def webhook(
    wamid: str, wa_id: str, name: str, body: str, *, user_id: str | None = None, timestamp: str = "1749416383"
) -> bytes:
    """A WhatsApp text-message webhook for the tenant's number (the shape of
    tests/data/whatsapp/payloads/webhook-text.json), as Meta would POST it."""
    contact: dict[str, Any] = {"profile": {"name": name}, "wa_id": wa_id}
    message: dict[str, Any] = {
        "from": wa_id,
        "id": wamid,
        "timestamp": timestamp,
        "type": "text",
        "text": {"body": body},
    }
    if user_id:
        contact["user_id"] = user_id
        message["from_user_id"] = user_id
    doc = {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": WABA,
                "changes": [
                    {
                        "field": "messages",
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {"display_phone_number": "15550783881", "phone_number_id": PNID},
                            "contacts": [contact],
                            "messages": [message],
                        },
                    }
                ],
            }
        ],
    }
    return json.dumps(doc).encode()


# --- the throwaway server ----------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """A redis-server on a free loopback port, no persistence, in a temporary folder."""

    def __init__(self, binary: str) -> None:
        self.binary = binary
        self.port = free_port()
        self.workdir = tempfile.mkdtemp(prefix="veil-compat-")
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def __enter__(self) -> Server:
        self.proc = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                self.workdir,
                "--maxmemory-policy",
                "noeviction",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with SyncRedis.from_url(self.url, socket_timeout=0.5) as client:
                    if client.ping():
                        return self
            except (OSError, RedisConnectionError):
                time.sleep(0.05)
        self.__exit__()
        raise RuntimeError(f"{self.binary} did not start on port {self.port}")

    def __exit__(self, *_: object) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc = None
        shutil.rmtree(self.workdir, ignore_errors=True)


# --- export ------------------------------------------------------------------------------
def export_keys(client: SyncRedis) -> list[dict[str, Any]]:
    """Every key with its type, remaining TTL (ms, -1 = none) and raw contents, base64.
    Orders are Redis's own (HGETALL / SMEMBERS / XRANGE), so a reload rebuilds the same
    encodings; streams also carry their last generated id and consumer groups."""
    out: list[dict[str, Any]] = []
    for key in sorted(client.scan_iter(count=1000)):
        kind = client.type(key).decode()
        item: dict[str, Any] = {"name": key.decode(), "key": b64(key), "type": kind, "pttl": client.pttl(key)}
        if kind == "string":
            item["value"] = b64(client.get(key))
        elif kind == "hash":
            item["fields"] = [[b64(f), b64(v)] for f, v in client.hgetall(key).items()]
        elif kind == "set":
            item["members"] = [b64(m) for m in client.smembers(key)]
        elif kind == "zset":
            item["members"] = [
                [b64(m), s.decode()] for m, s in client.zrange(key, 0, -1, withscores=True, score_cast_func=bytes)
            ]
        elif kind == "list":
            item["items"] = [b64(v) for v in client.lrange(key, 0, -1)]
        elif kind == "stream":
            info = client.xinfo_stream(key)
            item["last_id"] = info["last-generated-id"].decode()
            item["entries"] = [
                [eid.decode(), [[b64(f), b64(v)] for f, v in fields.items()]] for eid, fields in client.xrange(key)
            ]
            groups = client.xinfo_groups(key)
            if any(g["pending"] for g in groups):
                raise RuntimeError(f"{key!r}: a consumer group has pending entries, which a dump cannot carry")
            item["groups"] = [[g["name"].decode(), g["last-delivered-id"].decode()] for g in groups]
        else:
            raise RuntimeError(f"{key!r}: unexpected type {kind}")
        out.append(item)
    return out


# --- writing the vault with the old code ---------------------------------------------------
async def build(url: str) -> dict[str, Any]:
    from proxy.erasure import Eraser
    from proxy.erasure_notices import ErasureNotices
    from proxy.ingress_store import IngressStore
    from proxy.keys import EnvFileProvider, load_keys
    from proxy.keystore import KeyStore
    from proxy.policy_sync import PolicySync, policy_doc
    from proxy.redis_keys import erasure_receipt, ingress_stream, subject_sent
    from proxy.stores import PolicyStore
    from proxy.subjects import Alias
    from proxy.tokens import Shape
    from proxy.vault_admin import VaultAdmin
    from redis.asyncio import Redis

    from proxy.audit import AuditEvent, AuditWriter
    from proxy.config import parse_settings
    from proxy.vault import NotRevealed, Revealed, TokenizeRequest, Vault

    settings = parse_settings(CONFIG, CONFIG_ENV)
    redis = Redis.from_url(url)
    await redis.flushdb()

    async def open_vault(texts: dict[str, str]) -> tuple[Vault, VaultAdmin, IngressStore]:
        keystore = KeyStore(redis, load_keys(EnvFileProvider(texts)))
        await keystore.verify()
        vault = Vault(redis, keystore, settings.vault)
        return vault, VaultAdmin(vault), IngressStore(redis, keystore, vault.subjects, settings)

    minted: list[dict[str, Any]] = []  # every tokenisation, as asked and as answered

    async def tokenize(vault: Vault, subject: str, *reqs: tuple[str, str, Shape, bool, str | None]) -> list[str]:
        requests = [
            TokenizeRequest(value, entity, subject, shape, identifier, region)
            for value, entity, shape, identifier, region in reqs
        ]
        out = await vault.tokenize(TENANT, requests)
        for req, m in zip(requests, out, strict=True):
            minted.append(
                {
                    "token": m.token,
                    "value": req.value,
                    "entity": req.entity,
                    "shape": req.shape.value,
                    "identifier": req.identifier,
                    "region": req.region,
                    "asked_subject": subject,
                    "subject": m.subject,
                    "created": m.created,
                }
            )
        return [m.token for m in out]

    text, digits, email = Shape.TEXT, Shape.DIGITS, Shape.EMAIL
    aliases: dict[str, list[list[str]]] = {}  # subject label -> [kind, value] pairs

    async def resolve(vault: Vault, label: str, *pairs: tuple[str, str]) -> str:
        aliases.setdefault(label, []).extend([k, v] for k, v in pairs)
        return (await vault.subjects.resolve(TENANT, [Alias(k, v) for k, v in pairs])).subject

    # Phase 1: master v1, token epoch v1.
    vault, admin, ingress = await open_vault(KEYS_V1)
    sheena = await resolve(vault, "sheena", ("wa_id", "16505551234"), ("bsuid", "US.13491208655302741918"))
    marco = await resolve(vault, "marco", ("wa_id", "393471234567"), ("username", "@marco_b"))
    joao = await resolve(vault, "joao", ("wa_id", "5511987654321"))
    olivia = await resolve(vault, "olivia", ("wa_id", "447700900123"))
    s_tokens = await tokenize(
        vault,
        sheena,
        ("+1 650 555 1234", "PHONE_NUMBER", digits, True, None),
        ("US.13491208655302741918", "WHATSAPP_USER_ID", Shape.BSUID, True, None),
        ("US.ENT.11815799212886844830", "WHATSAPP_USER_ID", Shape.PARENT_BSUID, True, None),
        (
            "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
            "WHATSAPP_MESSAGE_ID",
            Shape.WAMID,
            True,
            None,
        ),
        ("Sheena.Nelson@Example.com", "EMAIL_ADDRESS", email, False, None),
        ("Sheena Nelson", "PERSON", text, False, None),
        ("IT60 X054 2811 1010 0000 0123 456", "IBAN_CODE", text, False, None),
        ("Via Roma 1\n00184 Roma RM", "LOCATION", text, False, None),
        ("347 123 4567", "PHONE_NUMBER", text, False, "IT"),
        ("3 March 1985", "DATE_TIME", text, False, None),
        ("4111 1111 1111 1111", "CREDIT_CARD", text, False, None),
        ("I'm allergic to penicillin 💊 — please call after 6pm.", "MEDICAL_NOTE", text, False, None),
    )
    await tokenize(
        vault,
        marco,
        ("Marco Bianchi", "PERSON", text, False, None),
        ("marco.bianchi@example.it", "EMAIL_ADDRESS", text, False, None),
        ("DE89 3704 0044 0532 0130 00", "IBAN_CODE", text, False, None),
        ("393471234567", "PHONE_NUMBER", digits, True, None),
        ("@marco_b", "WHATSAPP_USERNAME", text, True, None),
        ("+1 (650) 555-1234", "PHONE_NUMBER", digits, True, None),  # Sheena's number: her token, hers
        ("via roma 1 00184 roma rm", "LOCATION", text, False, None),  # tenant-deterministic: Sheena's
    )
    j_tokens = await tokenize(
        vault,
        joao,
        ("João da Silva", "PERSON", text, False, None),
        ("joao.silva@example.com.br", "EMAIL_ADDRESS", email, False, None),
        ("+55 11 98765-4321", "PHONE_NUMBER", digits, True, None),
        ("Rua Augusta 1500, São Paulo", "LOCATION", text, False, None),
    )
    await tokenize(vault, olivia, ("Olivia Smith", "PERSON", text, False, None))
    # Two sealed webhooks (ingress shards): Sheena's and João's first messages.
    bodies = [
        webhook(
            "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
            "16505551234",
            "Sheena Nelson",
            "Does it come in another color?",
            user_id="US.13491208655302741918",
        ),
        webhook(
            "wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFDNBMDAwMDAwMDAwMDAwMDAwMDAxAA==",
            "5511987654321",
            "João da Silva",
            "Meu pedido 4471 ainda não chegou",
            timestamp="1749416400",
        ),
    ]
    accepted = [await ingress.accept(body, tenants=[TENANT], body_tenant=TENANT) for body in bodies]

    # Phase 2: master v2 and token epoch v2 active, v1 of both still configured.
    vault, admin, ingress = await open_vault(KEYS_V2)
    await admin.new_token_epoch()
    lena = await resolve(vault, "lena", ("wa_id", "4915123456789"))
    l_tokens = await tokenize(
        vault,
        lena,
        ("Lena Müller", "PERSON", text, False, None),
        ("+49 151 23456789", "PHONE_NUMBER", digits, True, None),
        ("ＬＥＮＡ@EXAMPLE.DE", "EMAIL_ADDRESS", email, False, None),  # fullwidth: NFKC folds it
        ("5500 0000 0000 0004", "CREDIT_CARD", text, False, None),
    )
    olivia_bsuid = "GB.20491208655302741918"
    olivia2 = await resolve(vault, "olivia2", ("bsuid", olivia_bsuid))
    await tokenize(vault, olivia2, ("olivia@example.co.uk", "EMAIL_ADDRESS", email, False, None))
    # One contacts[] entry names both: the younger subject is merged into the older.
    merged = await vault.subjects.resolve(TENANT, [Alias("wa_id", "447700900123"), Alias("bsuid", olivia_bsuid)])
    assert merged.subject == olivia and merged.merged == (olivia2,), merged
    aliases["olivia"] += aliases.pop("olivia2")
    bodies.append(
        webhook(
            "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RwA=",
            "16505551234",
            "Sheena Nelson",
            "Blue, if you have it.",
            user_id="US.13491208655302741918",
            timestamp="1749416500",
        )
    )
    accepted.append(await ingress.accept(bodies[-1], tenants=[TENANT], body_tenant=TENANT))
    assert all(a.stored == 1 for a in accepted), accepted

    # Policy changed through the admin API (PolicySync persists it).
    sync = PolicySync(redis, settings, PolicyStore.from_settings(settings))
    await sync.save("support", POLICY_DOC)
    stored_policy = policy_doc(sync.store.current.policies["support"])

    # The inbound path recorded which of João's tokens the subscriber received ...
    await redis.sadd(subject_sent(TENANT, joao, "crm"), *j_tokens[:2])
    await redis.expire(subject_sent(TENANT, joao, "crm"), vault.ttl)
    # ... one token is deleted on its own (its value may reclaim it) ...
    deleted = l_tokens[3]  # minted under token epoch v2, so its value mints it again
    assert await admin.delete_token(TENANT, deleted)
    # ... and João is erased end to end (tombstones, ledgers, receipt, notice, sealed updates).
    notices = ErasureNotices(redis, settings, lambda: None, lambda: None)
    erased = await Eraser(redis, admin, notices, ingress_shards=settings.ingress.shards).erase(
        TENANT, joao, actor="dpo"
    )
    assert erased.tokens == len(j_tokens) and erased.notified == ("crm",), erased

    # Audit entries for what happened, then the final signed checkpoint.
    keyset = load_keys(EnvFileProvider(KEYS_V2))
    writer = AuditWriter(redis, audit_key=keyset.audit, signing_key=keyset.signing_key(), writer_id=WRITER_ID)
    events = [
        AuditEvent(
            actor="ingress",
            action="tokenize",
            tenant=TENANT,
            outcome="allowed",
            entities=("PERSON", "PHONE_NUMBER"),
            tokens=tuple(s_tokens[:1]) + tuple(s_tokens[5:6]),
            subject=sheena,
            request_id="req-0001",
            reason="granted",
        ),
        AuditEvent(
            actor="support",
            action="reveal",
            tenant=TENANT,
            outcome="allowed",
            entities=("EMAIL_ADDRESS",),
            tokens=(s_tokens[4],),
            subject=sheena,
            purpose="support-callback",
            request_id="req-0002",
            reason="granted",
        ),
        AuditEvent(
            actor="support",
            action="reveal",
            tenant=TENANT,
            outcome="denied",
            entities=("IBAN_CODE",),
            tokens=(s_tokens[6],),
            subject=sheena,
            purpose="support-callback",
            request_id="req-0003",
            reason="no_grant",
        ),
        AuditEvent(
            actor="admin",
            action="policy_change",
            tenant=TENANT,
            outcome="allowed",
            request_id="req-0004",
            reason="support",
        ),
        AuditEvent(
            actor="dpo",
            action="erase",
            tenant=TENANT,
            outcome="allowed",
            subject=joao,
            request_id="req-0005",
            reason=erased.receipt_id,
        ),
    ]
    for event in events:
        await writer.append(event)
    await writer.close()

    # What the old code reads back now, before anything below touches the data.
    labels = {sheena: "sheena", marco: "marco", joao: "joao", olivia: "olivia", lena: "lena"}
    live = [m for m in minted if m["created"] and m["subject"] not in (joao,) and m["token"] != deleted]
    shown = await vault.reveal(TENANT, [m["token"] for m in live])
    tokens_expected = []
    for m, r in zip(live, shown, strict=True):
        assert isinstance(r, Revealed) and r.value == m["value"] and r.entity == m["entity"], (m, r)
        owner = olivia if m["subject"] == olivia2 else m["subject"]
        assert r.subject == owner, (m, r)
        tokens_expected.append({"token": r.token, "value": r.value, "entity": r.entity, "subject": labels[owner]})
    refused = [
        {"token": m["token"], "why": "erased" if m["subject"] == joao else "deleted", "entity": m["entity"]}
        for m in minted
        if m["created"] and (m["subject"] == joao or m["token"] == deleted)
    ]
    for r in await vault.reveal(TENANT, [x["token"] for x in refused]):
        assert isinstance(r, NotRevealed), r
    stats = await admin.stats(TENANT)
    export = await admin.export(TENANT, sheena)
    raw_receipt = await redis.hgetall(erasure_receipt(erased.receipt_id))
    ingress_entries = []
    for shard in range(settings.ingress.shards):
        for eid, fields in await redis.xrange(ingress_stream(TENANT, shard)):
            plain = await ingress.open(TENANT, fields[b"e"].decode(), int(fields[b"mv"]), fields[b"c"])
            ingress_entries.append(
                {
                    "shard": shard,
                    "id": eid.decode(),
                    "event_id": fields[b"e"].decode(),
                    "mv": int(fields[b"mv"]),
                    "plaintext": b64(plain),
                }
            )

    client = SyncRedis.from_url(url)
    dump = export_keys(client)
    client.close()

    # After the export: what the old code answers to the same questions that change data.
    # (The test replays each on a fresh copy of the dump with the new code.)
    subjects_by_label = {v: k for k, v in labels.items()}
    retokenize = []
    for m in minted:
        if m["subject"] == joao or m["token"] == deleted or m["asked_subject"] == olivia2:
            continue  # erased, deleted (below), or scoped to a subject merged away (see the test)
        retokenize.append(
            {
                "value": m["value"],
                "entity": m["entity"],
                "shape": m["shape"],
                "identifier": m["identifier"],
                "region": m["region"],
                "subject": labels[m["asked_subject"]],
            }
        )
    # other spellings of values already in the vault: one value, one token
    retokenize += [
        {
            "value": "16505551234",
            "entity": "PHONE_NUMBER",
            "shape": "digits",
            "identifier": True,
            "region": None,
            "subject": "lena",
        },
        {
            "value": "sheena.nelson@example.com",
            "entity": "EMAIL_ADDRESS",
            "shape": "email",
            "identifier": False,
            "region": None,
            "subject": "sheena",
        },
        {
            "value": "  VIA ROMA 1   00184 ROMA RM ",
            "entity": "LOCATION",
            "shape": "text",
            "identifier": False,
            "region": None,
            "subject": "lena",
        },
        {
            "value": "lena@example.de",
            "entity": "EMAIL_ADDRESS",
            "shape": "email",
            "identifier": False,
            "region": None,
            "subject": "lena",
        },
        {
            "value": "+39 347 123 4567",
            "entity": "PHONE_NUMBER",
            "shape": "text",
            "identifier": False,
            "region": None,
            "subject": "sheena",
        },
    ]
    for item in retokenize:
        subject = subjects_by_label[item["subject"]]
        (m,) = await vault.tokenize(
            TENANT,
            [
                TokenizeRequest(
                    item["value"], item["entity"], subject, Shape(item["shape"]), item["identifier"], item["region"]
                )
            ],
        )
        assert not m.created, (item, m)
        item |= {"token": m.token, "owner": labels[m.subject]}
    deleted_value = next(m for m in minted if m["token"] == deleted)
    (again,) = await vault.tokenize(
        TENANT, [TokenizeRequest(deleted_value["value"], deleted_value["entity"], lena, Shape(deleted_value["shape"]))]
    )
    assert again.created and again.token == deleted, again
    joao_phone = next(m for m in minted if m["subject"] == joao and m["entity"] == "PHONE_NUMBER")
    back = await resolve(vault, "joao-returns", ("wa_id", "5511987654321"))
    assert back != joao
    (fresh,) = await vault.tokenize(TENANT, [TokenizeRequest("+55 11 98765-4321", "PHONE_NUMBER", back, digits, True)])
    assert fresh.created and fresh.token != joao_phone["token"], fresh
    duplicates = [await ingress.accept(body, tenants=[TENANT], body_tenant=TENANT) for body in bodies]
    assert all(a.stored == 0 and a.duplicates == 1 for a in duplicates), duplicates

    server_info = await redis.info("server")
    await redis.aclose()
    return {
        "redis_version": server_info["redis_version"],
        "dump": dump,
        "expected": {
            "tenant": TENANT,
            "subjects": {label: s for s, label in labels.items()},
            "aliases": {label: pairs for label, pairs in aliases.items() if label != "joao-returns"},
            "merged": {"into": "olivia", "source": olivia2},
            "tokens": tokens_expected,
            "refused": refused,
            "retokenize": retokenize,
            "reclaim": {
                "value": deleted_value["value"],
                "entity": deleted_value["entity"],
                "shape": deleted_value["shape"],
                "subject": "lena",
                "token": deleted,
            },
            "erased_identifier": {
                "value": "+55 11 98765-4321",
                "entity": "PHONE_NUMBER",
                "shape": "digits",
                "old_token": joao_phone["token"],
                "new_token": fresh.token,
            },
            "erasure": {
                "subject": joao,
                "receipt_id": erased.receipt_id,
                "tokens": erased.tokens,
                "aliases": erased.aliases,
                "notified": list(erased.notified),
                "receipt": {k.decode(): v.decode() for k, v in raw_receipt.items()},
            },
            "stats": stats,
            "export": {
                "subject": "sheena",
                "aliases": export.aliases,
                "items": sorted([[i.token, i.entity, i.value] for i in export.items]),
            },
            "policy": {"service": "support", "doc": POLICY_DOC, "effective": stored_policy},
            "audit": {
                "writer": WRITER_ID,
                "entries": len(events),
                "public_key": keyset.audit_public_key_b64(),
                "records": [e.record() for e in events],
            },
            "ingress": {"bodies": [b64(b) for b in bodies], "entries": ingress_entries},
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("vault-dump.json"))
    parser.add_argument("--old-tree", type=Path, default=Path("/work/old"))
    parser.add_argument("--redis-server", default=shutil.which("redis-server") or "/usr/bin/redis-server")
    args = parser.parse_args()

    import proxy  # the tree on sys.path first: must be the old one

    where = Path(proxy.__file__).resolve()
    print(f"proxy imported from {where}")
    if not where.is_relative_to(args.old_tree.resolve()) or not (where.parent / "redis_keys.py").exists():
        sys.exit(
            f"proxy must come from the old tree {args.old_tree} (flat layout); run with PYTHONPATH={args.old_tree}"
        )
    commit = subprocess.run(
        ["git", "-C", str(args.old_tree), "rev-parse", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    with Server(args.redis_server) as server:
        built = asyncio.run(build(server.url))
    doc = {
        "format": 1,
        "about": "Redis dump of a vault written by the pre-restructure code; see make_dump.py",
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "old_tree_commit": commit,
        "redis_version": built["redis_version"],
        "tenant": TENANT,
        "keys": KEYS_V2,
        "keys_phase1": KEYS_V1,
        "config": CONFIG,
        "config_env": CONFIG_ENV,
        "expected": built["expected"],
        "dump": built["dump"],
    }
    text = json.dumps(doc, indent=1, ensure_ascii=True) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    counts: dict[str, int] = {}
    for item in built["dump"]:
        counts[item["type"]] = counts.get(item["type"], 0) + 1
    print(f"wrote {args.out} ({len(text)} bytes): {len(built['dump'])} keys {counts}")


if __name__ == "__main__":
    main()
