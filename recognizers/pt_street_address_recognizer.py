"""Portuguese and Brazilian street addresses.

"Rua Augusta, 1500 - São Paulo, CEP 01304-001" (BR: CEP 5-3 or 8 digits, city
and "/ SP" state), "Av. da Liberdade 110, 1250-146 Lisboa" (PT: 4-3 código
postal), "Travessa do Carmo 3, 2º Esq.", Brasília's "Quadra"/"Conjunto"/"Setor"
forms. Street type first, number after the name.

The Correios' types that are everyday words too ("parque", "vale", "feira", "praia",
"lago") need a capitalised name, or in lower case a number after a comma ("vale do
sol, 12") or a postcode. A highway is named by its code ("Rodovia BR-116, km 23").
Brasília's sector addresses are an acronym and a number before a block, a house or a
lot ("SQN 308 Bloco C apto 101", "QI 15 Conjunto 8 Casa 3", "Quadra 5 Lote 12"). A
capitalised strong type and name with no number is a street too ("moro na Rua Oscar
Freire", "Rodovia Anhanguera"): those are looked for even in a text with no digit.
"""

from __future__ import annotations

import re

from recognizers.street_address_recognizer import (
    CAP,
    CAP_NAME,
    LOW_NAME,
    NAME,
    NUM_AFTER,
    PARTICLE,
    StreetAddressRecognizer,
)

_STRONG = (
    r"(?i:rua|r\.|avenida|av\.?|avda\.?|travessa|tv\.|trav\.|praça|praca|pça\.?|pç\.?|alameda|al\.|estrada|"
    r"estr\.|rodovia|rod\.|largo|beco|calçada|calcada|ladeira|viela|praceta|quadra|qd\.|viaduto|vereda)"
)
_WEAK_WORDS = (
    r"via|vila|conjunto|setor|parque|jardim|residencial|pátio|patio|trecho|"
    r"loteamento|distrito|colônia|colonia|favela|lagoa|trevo|área|area|estação|chácara|condomínio|sítio|fazenda|"
    r"núcleo|morro|recanto|esplanada|passarela|ponte|aeroporto"
)
# Words of every sentence in Portuguese and Spanish ("vale" is "OK" and "it is worth", "campo" a field, "feira" a
# weekday's tail): before a capitalised name they count as a type only capitalised themselves ("Vale do Sol 12",
# not "vale Talla 42"); in lower case, with a comma before the number or a postcode, as the other types.
_EVERYDAY = r"praia|feira|lago|vale|campo"
_WEAK = rf"(?i:{_WEAK_WORDS}|{_EVERYDAY})"
_WEAK_BEFORE_CAP = rf"(?:(?i:{_WEAK_WORDS})|(?:Praia|Feira|Lago|Vale|Campo|PRAIA|FEIRA|LAGO|VALE|CAMPO))"
_END = r"(?:(?<=[/.º])|(?![^\W\d_]))"  # the type word ends here ("Callejón" is not "Calle" + "jón")
# A type word starts a word: not the "feira" of "segunda-feira"
_START = r"(?<![\w.\-])"
# A highway's code: "BR-116", "SP-280", "BR 101", "N1"; a kilometre after it is a unit ("km 23").
_HIGHWAY = r"(?P<num>[A-Z]{1,2}-?\s?\d{1,3})(?![\w-])"
# Brasília: a sector acronym (2-6 capitals, a second one allowed: "SHIS QI") or "Quadra"/"Qd.", a number,
# then a block, set, house, lot or flat word (which the shared tail takes as units).
_SECTOR = (
    r"(?<![\w.\-])(?:[A-Z]{2,6}(?:\s[A-Z]{2,4})?|(?i:quadra|qd\.?))\s(?P<num>\d{1,4}[A-Z]?)"
    r"(?=\s*,?\s*(?i:bloco|bl\.|conjunto|conj\.|cj\.?|casa|lote|lt\.|apto|ap|apartamento|loja)(?![^\W\d_]))"
)
# Before a lower-case name: a particle and an abbreviated title ("av do prof. egas moniz", "alameda de s. joão",
# "rua de são joão de deus": the particle leaves the name its three words).
_TITLE = r"(?i:dr|dra|prof|profa|eng|enga|gen|cel|pe|sr|sra|sta|sto|pres|mal|cap|ten|des|min|s)"
_PRE = rf"(?:{PARTICLE}\s+)?(?:{_TITLE}\.º?\s*)?"
# A named street with no number is taken after a locative word, a colon or at a line's start
# ("moro na Rua Oscar Freire", "fica na Avenida Afonso Pena", "morada: Rodovia Anhanguera"),
# not as a product's or a shop's name ("Comprei a Avenida Collection").
_NAMED_CUE = re.compile(
    r"(?:(?<![\w])(?i:n[ao]s?|em|à|para|pra|até|ate|pela|pelo|(?:endereço|morada)(?:\s+é)?)|[:\n]|^)\s*$"
)
# Capitalised words only: "Rua Oscar Freire", "Travessa do Ouvidor", never a number-led name.
_CAP_ONLY = rf"(?:{PARTICLE}\s+){{0,2}}{CAP}(?:\s+(?:{PARTICLE}\s+){{0,2}}{CAP}){{0,4}}"
_STRONG_FULL = (
    r"(?:Rua|Avenida|Av\.|Travessa|Praça|Alameda|Estrada|Rodovia|Largo|Beco|Ladeira|Viela|Praceta|Viaduto|Vereda)"
)
# The Correios' other types, capitalised ("moro em Quadra Pinto", "enviar para Chácara de Macedo"): places and
# shops are named so too ("loja no Parque Shopping", "Conjunto de Panelas …" at a text's start), so only
# after an address verb or word or a colon (`_ADDRESS_CUE`).
_WEAK_FULL = (
    r"(?:Quadra|Vila|Jardim|Parque|Conjunto|Setor|Residencial|Trecho|Loteamento|Colônia|Lagoa|Trevo|Área|Estação|"
    r"Chácara|Condomínio|Sítio|Fazenda|Núcleo|Morro|Recanto|Esplanada|Aeroporto|Praia|Lago|Vale)"
)
_ADDRESS_CUE = re.compile(
    r"(?:(?<![\w])(?i:moro|mora|moramos|moram|morar|resido|reside|entrega|entregar|entreguem|entregue|enviar|envie|"
    r"enviem|envia|mandar|mandem|mande|manda|deixem|deixar|deixe|endereço|endereco|morada)"
    r"(?:\s+(?:(?i:agora|hoje)\s+)?(?i:em|no|na|nos|nas|para|pra|ao|à|é|:))?|:)\s*$"
)
# a lower-case everyday type word counts with a comma before the number: "vale do sol, 12", not "vale a pena 3"
_LOW_WEAK_NUM = rf"{_START}{_WEAK}{_END}\s+{_PRE}{LOW_NAME}\s*,\s*{NUM_AFTER}"
_NAMED = "pt street (named)"
# cheap pre-check for the no-number core (`cores_for`)
_NAMED_WEAK = "pt street (named, everyday type)"
_MAYBE_STREET = re.compile(rf"(?<![\w.\-])(?:{_STRONG_FULL}|{_WEAK_FULL})\s")


class PtStreetAddressRecognizer(StreetAddressRecognizer):
    """Type + name + number (+ complement, CEP/código postal, bairro, city, state)."""

    CORES = (
        ("pt street", rf"{_START}{_STRONG}{_END}\s+{_PRE}{NAME}(?:\s*,?\s*{NUM_AFTER})?", 0.75, False),
        ("pt highway", rf"{_START}(?i:rodovia|rod\.|estrada|estr\.)\s+{_HIGHWAY}", 0.75, False),
        ("pt sector", _SECTOR, 0.75, False),
        (
            "pt street (capitalised)",
            rf"{_START}{_WEAK_BEFORE_CAP}{_END}\s+{CAP_NAME}(?:\s*,?\s*{NUM_AFTER})?",
            0.75,
            False,
        ),
        ("pt street (lower-case) + comma + number", _LOW_WEAK_NUM, 0.7, False),
        (
            "pt street (lower-case) + postcode",
            rf"{_START}{_WEAK}{_END}\s+{_PRE}{LOW_NAME}(?:\s*,?\s*{NUM_AFTER})?",
            0.7,
            True,
        ),
        # a street named with no number: the only core run on a text with no digit (`cores_for`)
        (_NAMED, rf"{_START}(?P<street>{_STRONG_FULL})\s+{_CAP_ONLY}", 0.75, False),
        (_NAMED_WEAK, rf"{_START}(?P<street>{_WEAK_FULL})\s+{_CAP_ONLY}", 0.75, False),
    )
    NAMED_CORES = frozenset({_NAMED, _NAMED_WEAK})
    NAMED_TRIGGER = _MAYBE_STREET
    NAMED_CUE = _NAMED_CUE

    def core_start(self, text: str, name: str, match: re.Match[str]) -> int | None:
        """A named street of an everyday type only after an address verb or word (`_ADDRESS_CUE`)."""
        if name == _NAMED_WEAK:
            cue = _ADDRESS_CUE.search(text, max(0, match.start() - 40), match.start())
            return None if cue is None else match.start()
        return super().core_start(text, name, match)
