"""The token vault: values in, tokens out, and back only through `Vault.reveal`.

Owns every token shape (`tokens`), the key hierarchy (master keyring → tenant keys →
subject data keys), subjects and their aliases, and the records and tombstones in Redis:
no other package reads them. Privacy officers' operations on stored data (erase, export,
backup, retention) live here too; what sits above the vault (the ingress store, the audit
trail) is passed in, never imported.
"""

from __future__ import annotations

from proxy.vault.admin import VaultAdmin
from proxy.vault.aof import AofRewrite
from proxy.vault.backup import (
    BackupCheck,
    RestoreReport,
    check_readable,
    frames,
    read_header,
    restore_frame,
    retired_versions,
    verify_backup,
    write_backup,
)
from proxy.vault.crypto import Aead, aad, hkdf, keyed_hash, subkey
from proxy.vault.entities import (
    EMAIL_ADDRESS,
    IDENTIFIER_ENTITIES,
    PHONE_NUMBER,
    WHATSAPP_GROUP_ID,
    WHATSAPP_MESSAGE_ID,
    WHATSAPP_USER_ID,
    WHATSAPP_USERNAME,
    check_spare_calling_code,
)
from proxy.vault.erasure import Eraser, ErasureTarget, Purge
from proxy.vault.erasure_notices import ErasureNotices, receipt_state, rfc3339
from proxy.vault.export import dsar_detokenize, export_subject
from proxy.vault.key_material import (
    EnvFileProvider,
    Keyring,
    KeySet,
    ensure_key_file,
    format_key_file,
    generate_key_texts,
    load_keys,
    parse_key_file,
    refuse_inside_data_dir,
)
from proxy.vault.keyring import KeyStore
from proxy.vault.retention import Retention
from proxy.vault.subject_refs import alias_for, parse_ref, resolve
from proxy.vault.subjects import Alias, Subjects
from proxy.vault.tokens import TEXT_TOKEN_RE, Shape, damm, parse
from proxy.vault.vault import Minted, Miss, NotRevealed, Revealed, TokenizeRequest, Vault

__all__ = [
    "Aead",
    "AofRewrite",
    "Alias",
    "BackupCheck",
    "EMAIL_ADDRESS",
    "EnvFileProvider",
    "Eraser",
    "ErasureTarget",
    "ErasureNotices",
    "IDENTIFIER_ENTITIES",
    "KeySet",
    "KeyStore",
    "Keyring",
    "Minted",
    "Miss",
    "NotRevealed",
    "PHONE_NUMBER",
    "Purge",
    "RestoreReport",
    "Retention",
    "Revealed",
    "Shape",
    "Subjects",
    "TEXT_TOKEN_RE",
    "TokenizeRequest",
    "Vault",
    "VaultAdmin",
    "WHATSAPP_GROUP_ID",
    "WHATSAPP_MESSAGE_ID",
    "WHATSAPP_USERNAME",
    "WHATSAPP_USER_ID",
    "aad",
    "alias_for",
    "check_readable",
    "check_spare_calling_code",
    "damm",
    "dsar_detokenize",
    "ensure_key_file",
    "export_subject",
    "format_key_file",
    "frames",
    "generate_key_texts",
    "hkdf",
    "keyed_hash",
    "load_keys",
    "parse",
    "parse_key_file",
    "parse_ref",
    "read_header",
    "receipt_state",
    "refuse_inside_data_dir",
    "resolve",
    "restore_frame",
    "retired_versions",
    "rfc3339",
    "subkey",
    "verify_backup",
    "write_backup",
]
