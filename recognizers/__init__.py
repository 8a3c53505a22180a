"""Veil's own recognizers: one class per file, registered explicitly in `ALL`.

`proxy.detection.detector` instantiates each class enabled in settings once per
supported language (`cls(supported_language=lang)`), after the YAML registry.
Rules every recognizer here keeps: every constructor argument has a default,
no I/O in `__init__` or `load` beyond reading the package's own `data/` files once per
process (`GivenNameRecognizer`'s name list, `PlaceRecognizer`'s places), imports only `presidio_analyzer`,
`phonenumbers` and the stdlib (never `proxy`), and check digits are verified
wherever the scheme has them (`checksums.py`). Class names differ from
Presidio's predefined ones so Presidio's name lookup in YAML stays unambiguous.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from recognizers.address_form_recognizer import AddressFormRecognizer
from recognizers.br_cnpj_recognizer import BrCnpjRecognizer
from recognizers.br_cpf_recognizer import BrCpfRecognizer
from recognizers.de_street_address_recognizer import DeStreetAddressRecognizer
from recognizers.email_address_recognizer import EmailAddressRecognizer
from recognizers.en_street_address_recognizer import EnStreetAddressRecognizer
from recognizers.es_dni_recognizer import EsDniRecognizer
from recognizers.es_nie_number_recognizer import EsNieNumberRecognizer
from recognizers.es_street_address_recognizer import EsStreetAddressRecognizer
from recognizers.fr_street_address_recognizer import FrStreetAddressRecognizer
from recognizers.given_name_recognizer import GivenNameRecognizer
from recognizers.iban_code_recognizer import IbanCodeRecognizer
from recognizers.in_aadhaar_number_recognizer import InAadhaarNumberRecognizer
from recognizers.in_pan_number_recognizer import InPanNumberRecognizer
from recognizers.it_codice_fiscale_recognizer import ItCodiceFiscaleRecognizer
from recognizers.it_partita_iva_recognizer import ItPartitaIvaRecognizer
from recognizers.it_street_address_recognizer import ItStreetAddressRecognizer
from recognizers.labelled_identifier_recognizer import LabelledIdentifierRecognizer
from recognizers.payment_card_recognizer import PaymentCardRecognizer
from recognizers.person_name_recognizer import PersonNameRecognizer
from recognizers.phone_number_recognizer import PhoneNumberRecognizer
from recognizers.place_recognizer import PlaceRecognizer
from recognizers.pt_street_address_recognizer import PtStreetAddressRecognizer
from recognizers.uk_national_insurance_recognizer import UkNationalInsuranceRecognizer
from recognizers.us_social_security_recognizer import UsSocialSecurityRecognizer
from recognizers.veil_token_recognizer import VeilTokenRecognizer
from recognizers.whatsapp_message_id_recognizer import WhatsAppMessageIdRecognizer
from recognizers.whatsapp_user_id_recognizer import WhatsAppUserIdRecognizer

ALL: tuple[type[EntityRecognizer], ...] = (
    EmailAddressRecognizer,
    PhoneNumberRecognizer,
    IbanCodeRecognizer,
    PaymentCardRecognizer,
    ItCodiceFiscaleRecognizer,
    ItPartitaIvaRecognizer,
    BrCpfRecognizer,
    BrCnpjRecognizer,
    EsDniRecognizer,
    EsNieNumberRecognizer,
    UsSocialSecurityRecognizer,
    UkNationalInsuranceRecognizer,
    InAadhaarNumberRecognizer,
    InPanNumberRecognizer,
    LabelledIdentifierRecognizer,
    WhatsAppUserIdRecognizer,
    WhatsAppMessageIdRecognizer,
    VeilTokenRecognizer,
    ItStreetAddressRecognizer,
    EsStreetAddressRecognizer,
    PtStreetAddressRecognizer,
    DeStreetAddressRecognizer,
    FrStreetAddressRecognizer,
    EnStreetAddressRecognizer,
    AddressFormRecognizer,
    PersonNameRecognizer,
    GivenNameRecognizer,
    PlaceRecognizer,
)

BY_NAME: dict[str, type[EntityRecognizer]] = {cls.__name__: cls for cls in ALL}

__all__ = [
    "ALL", "AddressFormRecognizer", "BY_NAME", "BrCnpjRecognizer", "BrCpfRecognizer", "EmailAddressRecognizer",
    "EsDniRecognizer", "EsNieNumberRecognizer", "GivenNameRecognizer", "IbanCodeRecognizer",
    "InAadhaarNumberRecognizer",
    "InPanNumberRecognizer", "ItCodiceFiscaleRecognizer", "ItPartitaIvaRecognizer",
    "LabelledIdentifierRecognizer",
    "PaymentCardRecognizer", "PersonNameRecognizer", "PhoneNumberRecognizer", "PlaceRecognizer",
    "UkNationalInsuranceRecognizer",
    "UsSocialSecurityRecognizer", "VeilTokenRecognizer", "WhatsAppMessageIdRecognizer",
    "WhatsAppUserIdRecognizer",
    "DeStreetAddressRecognizer", "EnStreetAddressRecognizer", "EsStreetAddressRecognizer",
    "FrStreetAddressRecognizer", "ItStreetAddressRecognizer", "PtStreetAddressRecognizer",
]  # fmt: skip
