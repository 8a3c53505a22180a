"""The Cloud API schema as the walker sees it: what each field of a webhook *is*.

A path (keys, `*` for list positions) maps to a `Rule`. Identifier fields get identifier
tokens without NLP; names, vCards and places get their entity; free text goes to the
detector; an explicit pass-through list (timestamps, types, pricing, metadata ids,
status values, the business's own button/list/ad content, media ids and hashes) is the
only thing left as it is. Anything not named here is *examined* (plan.py): identifier
shapes become identifier tokens, JSON in a string is walked, other strings are scanned.
docs/inbound.md lists every decision and why.
"""

from __future__ import annotations

import functools

from proxy.inbound.walk import Rule
from proxy.vault import Shape

PASS = Rule("pass")
TEXT = Rule("text")
EXAMINE = Rule("examine")
JSON = Rule("json")
COORD = Rule("coord")
MEDIA_URL = Rule("media_url")
MEDIA_ID = Rule("media_id")
PHONE_ID = Rule("ident", "PHONE_NUMBER", Shape.DIGITS, alias="wa_id")
BSUID = Rule("ident", "WHATSAPP_USER_ID", Shape.BSUID, alias="bsuid")
PARENT = Rule("ident", "WHATSAPP_USER_ID", Shape.PARENT_BSUID, alias="parent_bsuid")
USERNAME = Rule("ident", "WHATSAPP_USERNAME", Shape.TEXT, alias="username")
WAMID = Rule("ident", "WHATSAPP_MESSAGE_ID", Shape.WAMID)
GROUP = Rule("ident", "WHATSAPP_GROUP_ID", Shape.TEXT)
RECIPIENT = Rule("recipient")  # phone, or group id when recipient_type is "group"
PERSON = Rule("entity", "PERSON")
LOCATION = Rule("entity", "LOCATION")
URL = Rule("entity", "URL")
EMAIL = Rule("entity", "EMAIL_ADDRESS")
ORG = Rule("entity", "ORGANIZATION")
JOB = Rule("entity", "JOB_TITLE")
DATE = Rule("entity", "DATE_TIME")
VCARD_PHONE = Rule("entity", "PHONE_NUMBER", Shape.DIGITS)  # a shared number, owned by the sender
IDENTITY_HASH = Rule("entity", "WHATSAPP_IDENTITY_HASH")
CLICK_ID = Rule("entity", "WHATSAPP_CTWA_CLID")
MEDIA_TYPES = ("image", "video", "audio", "document", "sticker")

Path = tuple[str, ...]


def _media_rules() -> dict[Path, Rule]:
    out: dict[Path, Rule] = {}
    for media in MEDIA_TYPES:
        out |= {
            (media, "id"): MEDIA_ID,
            (media, "url"): MEDIA_URL,
            (media, "mime_type"): PASS,
            (media, "sha256"): PASS,
            (media, "voice"): PASS,
            (media, "animated"): PASS,
            (media, "caption"): TEXT,
            (media, "filename"): TEXT,
        }
    return out


def _vcard_rules() -> dict[Path, Rule]:
    c: Path = ("contacts", "*")
    out: dict[Path, Rule] = {
        c + ("name", k): PERSON
        for k in ("formatted_name", "first_name", "last_name", "middle_name", "suffix", "prefix")
    }
    out |= {c + ("addresses", "*", k): LOCATION for k in ("street", "city", "state", "zip", "country", "country_code")}
    out |= {
        c + ("phones", "*", "phone"): VCARD_PHONE,
        c + ("phones", "*", "wa_id"): PHONE_ID,
        c + ("emails", "*", "email"): EMAIL,
        c + ("urls", "*", "url"): URL,
        c + ("org", "company"): ORG,
        c + ("org", "department"): ORG,
        c + ("org", "title"): JOB,
        c + ("birthday",): DATE,
    }
    for kind in ("addresses", "phones", "emails", "urls"):
        out[c + (kind, "*", "type")] = PASS  # HOME / WORK / CELL labels
    return out


def _error_rules(prefix: Path) -> dict[Path, Rule]:
    e = prefix + ("errors", "*")
    return {
        e + ("code",): PASS,
        e + ("title",): PASS,
        e + ("href",): PASS,
        e + ("message",): TEXT,
        e + ("error_data", "details"): TEXT,
    }


# Relative to one message object (inbound message, echo, history message).
MESSAGE: dict[Path, Rule] = {
    ("from",): PHONE_ID,
    ("from_user_id",): BSUID,
    ("from_parent_user_id",): PARENT,
    ("to",): PHONE_ID,
    ("to_user_id",): BSUID,
    ("to_parent_user_id",): PARENT,
    ("id",): WAMID,
    ("timestamp",): PASS,
    ("type",): PASS,
    ("group_id",): GROUP,
    ("context", "from"): PHONE_ID,
    ("context", "id"): WAMID,
    ("context", "forwarded"): PASS,
    ("context", "frequently_forwarded"): PASS,
    ("context", "referred_product", "catalog_id"): PASS,
    ("context", "referred_product", "product_retailer_id"): PASS,
    ("text", "body"): TEXT,
    ("text", "preview_url"): PASS,
    ("location", "latitude"): COORD,
    ("location", "longitude"): COORD,
    ("location", "name"): LOCATION,
    ("location", "address"): LOCATION,
    ("location", "url"): URL,
    ("reaction", "message_id"): WAMID,
    ("reaction", "emoji"): PASS,
    ("interactive", "type"): PASS,
    ("interactive", "button_reply", "id"): PASS,
    ("interactive", "button_reply", "title"): PASS,
    ("interactive", "list_reply", "id"): PASS,
    ("interactive", "list_reply", "title"): PASS,
    ("interactive", "list_reply", "description"): PASS,
    ("interactive", "nfm_reply", "name"): PASS,
    ("interactive", "nfm_reply", "body"): TEXT,
    ("interactive", "nfm_reply", "response_json"): JSON,
    ("button", "payload"): PASS,
    ("button", "text"): PASS,
    ("order", "catalog_id"): PASS,
    ("order", "text"): TEXT,
    ("order", "product_items", "*", "product_retailer_id"): PASS,
    ("order", "product_items", "*", "quantity"): PASS,
    ("order", "product_items", "*", "item_price"): PASS,
    ("order", "product_items", "*", "currency"): PASS,
    ("system", "body"): TEXT,
    ("system", "wa_id"): PHONE_ID,
    ("system", "user_id"): BSUID,
    ("system", "parent_user_id"): PARENT,
    ("system", "type"): PASS,
    ("identity", "acknowledged"): PASS,
    ("identity", "created_timestamp"): PASS,
    ("identity", "hash"): IDENTITY_HASH,
    ("unsupported", "type"): PASS,
    ("history_context", "status"): PASS,
    ("referral", "ctwa_clid"): CLICK_ID,
    **{
        ("referral", k): PASS
        for k in (
            "source_url",
            "source_id",
            "source_type",
            "headline",
            "body",
            "media_type",
            "image_url",
            "video_url",
            "thumbnail_url",
        )
    },
    **_media_rules(),
    **_vcard_rules(),
    **_error_rules(()),
}

STATUS: dict[Path, Rule] = {
    ("id",): WAMID,
    ("status",): PASS,
    ("timestamp",): PASS,
    ("recipient_id",): RECIPIENT,
    ("recipient_type",): PASS,
    ("recipient_participant_id",): PHONE_ID,
    ("recipient_user_id",): BSUID,
    ("recipient_parent_user_id",): PARENT,
    ("recipient_identity_key_hash",): IDENTITY_HASH,
    ("biz_opaque_callback_data",): PASS,  # the CRM's own correlation data (not protected: docs/design.md)
    ("conversation", "id"): PASS,
    ("conversation", "expiration_timestamp"): PASS,
    ("conversation", "origin", "type"): PASS,
    **{("pricing", k): PASS for k in ("billable", "pricing_model", "type", "category")},
    **_error_rules(()),
}

VALUE: dict[Path, Rule] = {
    ("messaging_product",): PASS,
    ("metadata", "display_phone_number"): PASS,
    ("metadata", "phone_number_id"): PASS,
    ("contacts", "*", "wa_id"): PHONE_ID,
    ("contacts", "*", "user_id"): BSUID,
    ("contacts", "*", "parent_user_id"): PARENT,
    ("contacts", "*", "profile", "name"): PERSON,
    ("contacts", "*", "profile", "username"): USERNAME,
    ("contacts", "*", "profile", "country_code"): PASS,
    ("contacts", "*", "identity_key_hash"): IDENTITY_HASH,
    ("user_preferences", "*", "wa_id"): PHONE_ID,
    ("user_preferences", "*", "detail"): TEXT,
    ("user_preferences", "*", "category"): PASS,
    ("user_preferences", "*", "value"): PASS,
    ("user_preferences", "*", "timestamp"): PASS,
    ("history", "*", "metadata", "phase"): PASS,
    ("history", "*", "metadata", "chunk_order"): PASS,
    ("history", "*", "metadata", "progress"): PASS,
    ("history", "*", "threads", "*", "id"): PHONE_ID,
    **_error_rules(()),
    # account-level updates: the business's own template / account data
    ("event",): PASS,
    ("message_template_id",): PASS,
    ("message_template_name",): PASS,
    ("message_template_language",): PASS,
    ("reason",): PASS,
    ("message_template_category",): PASS,
    ("violation_info", "violation_type"): PASS,
    ("waba_info", "waba_id"): PASS,
    ("waba_info", "owner_business_id"): PASS,
    ("waba_info", "partner_app_id"): PASS,
    ("current_limit",): PASS,
    ("display_phone_number",): PASS,
    ("decision",): PASS,
    ("requested_verified_name",): PASS,
    ("new_category",): PASS,
    ("previous_category",): PASS,
    ("previous_quality_score",): PASS,
    ("new_quality_score",): PASS,
}

MESSAGE_PREFIXES: tuple[tuple[Path, dict[Path, Rule]], ...] = (
    (("messages", "*"), MESSAGE),
    (("message_echoes", "*"), MESSAGE),
    (("history", "*", "threads", "*", "messages", "*"), MESSAGE),
    (("statuses", "*"), STATUS),
)

# Inside JSON held in a string (Flow responses): key words give the entity.
JSON_KEY_HINTS: tuple[tuple[tuple[str, ...], Rule], ...] = (
    (("flow_token",), PASS),
    (("email", "e_mail", "mail"), EMAIL),
    (("phone", "mobile", "tel", "whatsapp", "cell"), Rule("entity", "PHONE_NUMBER")),
    (("name", "surname", "nome", "nom", "nombre"), PERSON),
    (("address", "street", "city", "zip", "postcode", "postal", "indirizzo"), LOCATION),
    (("birth", "dob"), DATE),
)


def _generic(path: tuple[str | int, ...]) -> Path:
    return tuple("*" if isinstance(p, int) else p for p in path)


@functools.lru_cache(maxsize=4096)
def classify(path: tuple[str | int, ...]) -> Rule:
    """The rule of a scalar at `path` inside a change value; EXAMINE if not listed.
    Memoised: a pure function of a path, and a batch asks for the same few paths again
    and again (a dozen per message)."""
    generic = _generic(path)
    for prefix, table in MESSAGE_PREFIXES:
        if generic[: len(prefix)] == prefix:
            found = table.get(generic[len(prefix) :])
            if found is not None:
                return found
    return VALUE.get(generic, EXAMINE)


def classify_json_key(path: tuple[str | int, ...]) -> Rule:
    """The rule of a scalar inside JSON held in a string: by its nearest key's words."""
    key = next((p for p in reversed(path) if isinstance(p, str)), "")
    lowered = key.lower()
    for words, rule in JSON_KEY_HINTS:
        if any(w in lowered for w in words):
            return rule
    return EXAMINE
