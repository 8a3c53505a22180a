"""Entity types Veil knows beyond Presidio's, and which of them are identifiers.

Identifiers (in identifier fields) are deterministic per tenant and belong to the
subject they identify; every other entity is deterministic per (tenant, subject).
"""

from __future__ import annotations

import phonenumbers

from proxy.errors import ConfigError
from proxy.vault.tokens import Shape

PHONE_NUMBER = "PHONE_NUMBER"
WHATSAPP_USER_ID = "WHATSAPP_USER_ID"
WHATSAPP_USERNAME = "WHATSAPP_USERNAME"
WHATSAPP_GROUP_ID = "WHATSAPP_GROUP_ID"
WHATSAPP_MESSAGE_ID = "WHATSAPP_MESSAGE_ID"
EMAIL_ADDRESS = "EMAIL_ADDRESS"

IDENTIFIER_ENTITIES = frozenset(
    {PHONE_NUMBER, WHATSAPP_USER_ID, WHATSAPP_USERNAME, WHATSAPP_GROUP_ID, WHATSAPP_MESSAGE_ID}
)

# Shapes an entity may take; TEXT is always allowed.
ALLOWED_SHAPES: dict[str, frozenset[Shape]] = {
    PHONE_NUMBER: frozenset({Shape.TEXT, Shape.DIGITS}),
    WHATSAPP_USER_ID: frozenset({Shape.TEXT, Shape.BSUID, Shape.PARENT_BSUID}),
    WHATSAPP_MESSAGE_ID: frozenset({Shape.TEXT, Shape.WAMID}),
    EMAIL_ADDRESS: frozenset({Shape.TEXT, Shape.EMAIL}),
}


def shape_allowed(entity: str, shape: Shape) -> bool:
    return shape is Shape.TEXT or shape in ALLOWED_SHAPES.get(entity, frozenset())


def check_spare_calling_code(code: int) -> None:
    """Refuse a digit-token prefix that starts with an assigned ITU calling code.

    Calling codes are prefix-free: `390…` is Italy (+39), so every leading 1, 2 and 3
    digits are checked, not only the 3-digit code.
    """
    digits = f"{code:03d}"
    for n in (1, 2, 3):
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(digits[:n]))
        if regions:
            raise ConfigError(
                [
                    f"vault.phone_token_prefix: {digits} starts with the assigned calling code +{digits[:n]} "
                    f"({', '.join(regions)}); pick a spare code such as 289"
                ]
            )
