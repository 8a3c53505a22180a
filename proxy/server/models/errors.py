"""The error bodies Veil answers: its own shape everywhere, Meta's on `/graph`.

A CRM that talks to the Graph API through Veil parses Graph's error object; an error Veil
raises there (a refused token, a missing grant, the vault unavailable) comes in that
shape, with Veil's own stable code and the request id in `error.error_data`.
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class ErrorDetail(BaseModel):
    code: str = Field(description="Veil's stable error code, e.g. bad_request, unknown_tenant")
    message: str = Field(description="what was wrong, each field named; never a value that was sent")
    request_id: str


class ErrorBody(BaseModel):
    error: ErrorDetail


class GraphErrorData(BaseModel):
    messaging_product: str = "whatsapp"
    details: str
    veil_code: str = Field(description="Veil's stable error code")
    request_id: str


class GraphErrorDetail(BaseModel):
    message: str
    type: str = Field(description="VeilException: Veil answered, not Meta")
    code: int = Field(
        description="the nearest Graph error code: 100 bad parameter, 190 token, 10 permission, "
        "4 rate limit, 1 unknown, 2 temporarily unavailable"
    )
    error_data: GraphErrorData
    fbtrace_id: str = Field(description="Veil's request id")


class GraphErrorBody(BaseModel):
    error: GraphErrorDetail


# An HTTP status → the Graph error code a Graph client already handles.
GRAPH_CODES = {400: 100, 401: 190, 403: 10, 404: 100, 405: 100, 413: 100, 415: 100, 429: 4, 502: 1, 503: 2, 504: 2}


def graph_error(status: int, code: str, message: str, request_id: str) -> dict[str, object]:
    """Veil's error as Graph's error object."""
    return {
        "error": {
            "message": message,
            "type": "VeilException",
            "code": GRAPH_CODES.get(status, 1),
            "error_data": {
                "messaging_product": "whatsapp",
                "details": message,
                "veil_code": code,
                "request_id": request_id,
            },
            "fbtrace_id": request_id,
        }
    }
