"""Portuguese and Brazilian street addresses.

"Rua Augusta, 1500 - São Paulo, CEP 01304-001" (BR: CEP 5-3 or 8 digits, city
and "/ SP" state), "Av. da Liberdade 110, 1250-146 Lisboa" (PT: 4-3 código
postal), "Travessa do Carmo 3, 2º Esq.", Brasília's "Quadra"/"Conjunto"/"Setor"
forms. Street type first, number after the name.
"""

from __future__ import annotations

from recognizers.street_address_recognizer import CAP_NAME, NAME, NUM_AFTER, StreetAddressRecognizer

_STRONG = (
    r"(?i:rua|r\.|avenida|av\.|avda\.?|travessa|tv\.|trav\.|praça|praca|pça\.?|pç\.?|alameda|al\.|estrada|"
    r"estr\.|rodovia|rod\.|largo|beco|calçada|calcada|ladeira|viela|praceta|quadra|qd\.)"
)
_WEAK = r"(?i:via|vila|conjunto|setor|parque|jardim)"


class PtStreetAddressRecognizer(StreetAddressRecognizer):
    """Type + name + number (+ complement, CEP/código postal, bairro, city, state)."""

    CORES = (
        ("pt street", rf"(?<![\w.]){_STRONG}\s+{NAME}(?:\s*,?\s*{NUM_AFTER})?", 0.75, False),
        ("pt street (capitalised)", rf"(?<![\w.]){_WEAK}\s+{CAP_NAME}(?:\s*,?\s*{NUM_AFTER})?", 0.75, False),
    )
