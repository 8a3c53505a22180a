"""Request models of the Graph API proxy, media, generic routes and Meta's webhooks.

A Graph message is Meta's to define: Veil types what it reads (the product, the
recipient, the type) and lets every other field through to the detokeniser, which
checks each string it uses. No string anywhere in it may be a lone surrogate.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, model_validator

from proxy.server.models.fields import Body, Purpose, Query, Text, surrogate_at

Version = Annotated[str, Field(pattern=r"^v[0-9]{1,3}\.[0-9]{1,3}$", description="a Graph API version, e.g. v23.0")]
GraphId = Annotated[str, Field(pattern=r"^[0-9]{1,32}$", description="a Graph object id")]


class GraphMessage(Body):
    """A Graph `/messages` body; fields beyond these pass through as sent."""

    model_config = ConfigDict(extra="allow", strict=True, frozen=True)
    messaging_product: Literal["whatsapp"]
    to: Annotated[Text, Field(max_length=256)] | None = None
    recipient_type: Literal["individual", "group"] | None = None
    type: Annotated[str, Field(pattern=r"^[a-z_]{1,32}$")] | None = None

    @model_validator(mode="before")
    @classmethod
    def _encodable(cls, data: Any) -> Any:
        where = surrogate_at(data)
        if where is not None:
            raise ValueError(f"{where}: a lone surrogate is not text (it has no UTF-8 encoding)")
        return data


class GraphSendPath(Query):
    v: Version
    pnid: GraphId
    op: Literal["messages", "marketing_messages"] | None = None


class GraphUploadPath(Query):
    v: Version
    pnid: GraphId


class GraphMediaPath(Query):
    v: Version
    media_id: GraphId


class MediaQuery(Query):
    phone_number_id: GraphId | None = None


class MediaIdPath(Query):
    media_id: GraphId


class MediaDownloadQuery(Query):
    """A media download takes no parameters: one sent is refused, not silently ignored."""


class MediaHandlePath(Query):
    handle: Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{1,128}$")]


class RoutePath(Query):
    # 500 characters stay within aiohttp's 8 KiB request line however they are percent-encoded.
    tail: Annotated[str, Field(min_length=1, max_length=500, description="the route's prefix and the rest")]


class RouteHeaders(Query):
    """The one header a generic route reads besides authentication: why values it detokenises
    for the caller are needed (audited, checked against the policy's purposes like /v1's
    `purpose`). Absent: `route:<name>`. Other headers are not Veil's (allow-listed ones pass)."""

    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)
    purpose: Purpose | None = Field(
        None,
        alias="X-Veil-Purpose",
        description="why detokenised values are needed "
        "(audited, checked against the policy's purposes); absent: route:<name>",
    )


class Change(Body):
    model_config = ConfigDict(extra="allow", frozen=True)
    field: Annotated[str, Field(description="messages, statuses, … (what `value` holds)")]
    value: Annotated[dict[str, Any], Field(description="free-form: Meta's to define; Veil reads what it knows")]


class Entry(Body):
    model_config = ConfigDict(extra="allow", frozen=True)
    id: Annotated[str, Field(description="the WhatsApp Business Account id (routes the update to its tenant)")]
    changes: list[Change]


class MetaUpdate(Body):
    """Meta's webhook envelope, as documentation: Veil checks the signature over the raw bytes,
    then seals what it received. A signed body that is not JSON or not this shape, or an update
    no tenant of this endpoint owns, is sealed into quarantine (`quarantined` in the answer,
    listed by `GET /admin/v1/quarantine`) and still answered 200: a 4xx would only make Meta
    retry it for seven days and then drop it."""

    model_config = ConfigDict(
        extra="allow",
        frozen=True,
        json_schema_extra={
            "examples": [
                {
                    "object": "whatsapp_business_account",
                    "entry": [
                        {
                            "id": "102290129340398",
                            "changes": [
                                {
                                    "field": "messages",
                                    "value": {
                                        "messaging_product": "whatsapp",
                                        "metadata": {
                                            "display_phone_number": "15550783881",
                                            "phone_number_id": "106540352242922",
                                        },
                                        "messages": [],
                                    },
                                }
                            ],
                        }
                    ],
                }
            ]
        },
    )
    object: Literal["whatsapp_business_account"]
    entry: list[Entry]


class TenantPath(Query):
    tenant: Annotated[str, Field(min_length=1, max_length=64)]


class HandshakeQuery(Query):
    """Meta's verification request (`hub.*` parameters; a challenge is at most 64 characters).
    Short enough that any of them, percent-encoded, fits aiohttp's 8 KiB request line."""

    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)
    mode: Annotated[Text, Field(max_length=16)] | None = Field(None, alias="hub.mode")
    verify_token: Annotated[Text, Field(max_length=256)] | None = Field(None, alias="hub.verify_token")
    challenge: Annotated[Text, Field(max_length=64)] | None = Field(None, alias="hub.challenge")
