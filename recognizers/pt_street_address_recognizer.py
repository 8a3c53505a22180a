"""Portuguese and Brazilian street addresses.

"Rua Augusta, 1500 - São Paulo, CEP 01304-001" (BR: CEP 5-3 or 8 digits, city
and "/ SP" state), "Av. da Liberdade 110, 1250-146 Lisboa" (PT: 4-3 código
postal), "Travessa do Carmo 3, 2º Esq.", Brasília's "Quadra"/"Conjunto"/"Setor"
forms. Street type first, number after the name.
"""

from __future__ import annotations

from recognizers.street_address_recognizer import CAP_NAME, LOW_NAME, NAME, NUM_AFTER, StreetAddressRecognizer

_STRONG = (
    r"(?i:rua|r\.|avenida|av\.?|avda\.?|travessa|tv\.|trav\.|praça|praca|pça\.?|pç\.?|alameda|al\.|estrada|"
    r"estr\.|rodovia|rod\.|largo|beco|calçada|calcada|ladeira|viela|praceta|quadra|qd\.)"
)
_WEAK = (
    r"(?i:via|vila|conjunto|setor|parque|jardim|residencial|pátio|patio|trecho|"
    r"loteamento|distrito|colônia|colonia|favela|lagoa|trevo|área|area|estação|chácara|condomínio|sítio|fazenda|"
    r"núcleo|morro|recanto|esplanada|passarela|ponte)"
)
_END = r"(?:(?<=[/.º])|(?![^\W\d_]))"  # the type word ends here ("Callejón" is not "Calle" + "jón")


class PtStreetAddressRecognizer(StreetAddressRecognizer):
    """Type + name + number (+ complement, CEP/código postal, bairro, city, state)."""

    CORES = (
        ("pt street", rf"(?<![\w.]){_STRONG}{_END}\s+{NAME}(?:\s*,?\s*{NUM_AFTER})?", 0.75, False),
        ("pt street (capitalised)", rf"(?<![\w.]){_WEAK}{_END}\s+{CAP_NAME}(?:\s*,?\s*{NUM_AFTER})?", 0.75, False),
        ("pt street (lower-case) + postcode", rf"(?<![\w.]){_WEAK}{_END}\s+{LOW_NAME}\s*,?\s*{NUM_AFTER}", 0.7, True),
    )
