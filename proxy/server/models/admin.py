"""Request models of the admin API (`/admin/v1`): bodies, query strings and path parameters.

A tenant, when sent, is a tenant's name: anything else is a 400 naming `tenant`, never
"not given" (a list once made an erasure act on the default tenant). Absent, it is the
admin's own tenant or `default`, as docs/admin.md says. What a store checks itself (a
policy's grants, a retention's range, a password's strength) it still checks; these
models only make sure it receives what was sent, typed.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, StrictBool, StrictInt

from proxy.server.models.fields import (
    ApprovalId,
    Body,
    Days,
    Language,
    Purpose,
    Query,
    TenantName,
    Text,
)
from proxy.server.models.public import MAX_TEXT, Subject

Name = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_.-]{1,62}$", description="an admin's or account's name")]
Short = Annotated[Text, Field(max_length=1024)]
Code = Annotated[str, Field(pattern=r"^[0-9]{6,8}$", description="a TOTP code")]
# An admin or account limited to one tenant, or "" / null for every tenant.
TenantOrAll = TenantName | Literal[""] | None
LongText = Annotated[Text, Field(max_length=MAX_TEXT)]


class Nothing(Body):
    """No parameters: an empty object (or no body)."""


class Login(Body):
    name: Annotated[Text, Field(max_length=64)]
    password: Short
    code: Annotated[Text, Field(max_length=16)]


class StepUp(Body):
    code: Annotated[Text, Field(max_length=16)]


class Compact(Body):
    older_than_days: Days
    tenant: TenantName | None = None


class Recount(Body):
    tenant: TenantName | None = None


class SubjectCall(Body):
    subject: Subject
    tenant: TenantName | None = None


class Export(SubjectCall):
    purpose: Purpose | None = None
    values: StrictBool = Field(False, description="the contents of the subject's events still pending, too")


class RevealToken(Body):
    token: Annotated[Text, Field(min_length=1, max_length=256)]
    tenant: TenantName | None = None
    purpose: Purpose


class Lookup(SubjectCall):
    report: StrictBool = Field(False, description="with the access report from the audit trail")


class Dsar(SubjectCall):
    text: LongText


class BulkExport(Body):
    tenant: TenantName | None = None
    approval: ApprovalId | None = None


class RetentionBody(Body):
    entity: Annotated[Text, Field(max_length=64, description="an entity name (the retention store checks it)")]
    days: StrictInt | None = Field(description="days a token of this entity lives; null: the vault's default")
    tenant: TenantName | None = None


Grant = Annotated[str, Field(pattern=r"^(\*|[A-Z][A-Z0-9_]{1,40})$", description="an entity name, or * for all")]
Grants = Annotated[list[Grant], Field(max_length=200)]


class UseGrants(Body):
    whatsapp: Grants = []
    routes: Annotated[
        dict[Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,62}$")], Grants], Field(max_length=200)
    ] = {}


class Limit(Body):
    per_minute: Annotated[StrictInt, Field(ge=1, le=10**12)] | None = None
    per_day: Annotated[StrictInt, Field(ge=1, le=10**12)] | None = None


class CeilingsDoc(Body):
    reveal: Annotated[dict[Grant, Limit], Field(max_length=200)] = {}
    use: Annotated[dict[Grant, Limit], Field(max_length=200)] = {}
    block: StrictBool = False


class PolicyDoc(Body):
    """A service's policy as sent (absent fields: none granted); `{}` restores the config's.
    The policy store checks it again as a whole."""

    noun: ClassVar[str] = "policy"
    use: Grants | UseGrants = []
    reveal: Grants = []
    mask: Grants = []
    tokenize: Grants = []
    identify: Grants = []
    create_subjects: StrictBool = False
    purposes: Annotated[list[Purpose], Field(max_length=200)] = []
    raw_recipients: StrictBool = False
    media: Annotated[
        list[Annotated[str, Field(pattern=r"^(\*|[A-Za-z0-9.+-]{1,64}/(\*|[A-Za-z0-9.+-]{1,64}))$")]],
        Field(max_length=50, description="MIME types the service may send: image/jpeg, image/*, *"),
    ] = []
    any_subject: Grants = []
    rate_limits: Annotated[dict[Annotated[str, Field(pattern=r"^[a-z_]{1,32}$")], Limit], Field(max_length=20)] = {}
    ceilings: CeilingsDoc = CeilingsDoc()


class Retire(Body):
    version: Annotated[StrictInt, Field(ge=1, le=1_000_000)]
    approval: ApprovalId | None = None


class DryRun(Body):
    text: LongText
    language: Language | None = None
    regions: Annotated[list[Annotated[str, Field(pattern=r"^[A-Z]{2}$")]], Field(max_length=50)] | None = None


class NewAdmin(Body):
    name: Name
    tenant: TenantOrAll = None
    approval: ApprovalId | None = None  # admin_create, once another global admin exists


class Enrol(Body):
    token: Annotated[Text, Field(max_length=256)]
    password: Short


class NewAccount(Body):
    name: Name
    public_key: Annotated[Text, Field(max_length=256)]
    scopes: Annotated[list[Annotated[str, Field(pattern=r"^[a-z][a-z:_]{1,31}$")]], Field(min_length=1, max_length=32)]
    tenant: TenantOrAll = None


class ApprovalRequest(Body):
    action: Literal["restore", "bulk_export", "key_retire", "admin_create"]
    tenant: TenantName | None = None
    params: dict[Annotated[str, Field(pattern=r"^[a-z_]{1,32}$")], Annotated[Text, Field(max_length=256)]] | None = None


class Plant(Body):
    tenant: TenantName = "default"


# Query strings.


class TenantQuery(Query):
    tenant: TenantName | None = None


class HoneyQuery(Query):
    tenant: TenantName = "default"


class SubscriberQuery(Query):
    subscriber: Name | None = None


class RestoreQuery(Query):
    approval: ApprovalId | None = None


class AuditQuery(Query):
    tenant: TenantName | None = None
    actor: Annotated[Text, Field(max_length=160)] | None = None
    action: Annotated[str, Field(pattern=r"^[a-z_]{1,40}$")] | None = None
    subject: Annotated[Text, Field(max_length=256)] | None = None
    since: Annotated[Text, Field(max_length=40)] | None = None
    until: Annotated[Text, Field(max_length=40)] | None = None
    outcome: Literal["allowed", "denied"] | None = None
    limit: Annotated[int, Field(ge=0, le=1_000_000)] = 1000


# Path parameters.


class TokenPath(Query):
    token: Annotated[Text, Field(min_length=1, max_length=256)]


class NamePath(Query):
    name: Annotated[Text, Field(min_length=1, max_length=64)]


class IdPath(Query):
    id: ApprovalId


class AlertPath(Query):
    id: Annotated[str, Field(pattern=r"^[0-9a-f]{16}$", description="an alert's id, as GET /alerts answers it")]


class LetterPath(Query):
    # A stream entry id is two 64-bit numbers: 19 digits always fit (Redis refuses 2**64 and up).
    letter: Annotated[str, Field(pattern=r"^[0-9]{1,6}:[0-9]{1,19}-[0-9]{1,19}$", description="<partition>:<entry id>")]


class DeadLetterPath(LetterPath):
    subscriber: Annotated[Text, Field(min_length=1, max_length=64)]


def schema_of(model: type[Body] | type[Query]) -> dict[str, Any]:
    return model.model_json_schema(ref_template="#/components/schemas/{model}")
