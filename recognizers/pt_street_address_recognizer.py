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

from recognizers import factored
from recognizers.postal_boxes import PT_CORES
from recognizers.street_address_recognizer import (
    CAP,
    CAP_NAME,
    LOW_NAME,
    NAME,
    NOT_AMOUNT,
    NUM_AFTER,
    NUM_AFTER_THOUSANDS,
    PARTICLE,
    UP,
    StreetAddressRecognizer,
)

_STRONG = (
    r"(?i:rua|r\.|avenida|av\.?|avda\.?|travessa|tv\.|trav\.|praça|praca|pça\.?|pç\.?|alameda|al\.|estrada|"
    r"estr\.|rodovia|rod\.|largo|beco|calçada|calcada|ladeira|viela|praceta|qd\.|viaduto|vereda)"
)
_WEAK_WORDS = (
    r"via|vila|conjunto|setor|parque|jardim|residencial|pátio|patio|trecho|"
    r"loteamento|distrito|colônia|colonia|favela|lagoa|trevo|área|area|estação|chácara|condomínio|sítio|fazenda|"
    r"núcleo|morro|recanto|esplanada|passarela|ponte|aeroporto"
)
# Words of every sentence in Portuguese and Spanish ("vale" is "OK" and "it is worth", "campo" a field, "feira" a
# weekday's tail, "quadra" a sports court: "a quadra poliesportiva tem 2 traves"): before a capitalised name they
# count as a type only capitalised themselves ("Vale do Sol 12", not "vale Talla 42"); in lower case, with a comma
# before the number or a postcode, as the other types.
_EVERYDAY = r"praia|feira|lago|vale|campo|quadra"
_WEAK = rf"(?i:{_WEAK_WORDS}|{_EVERYDAY})"
_WEAK_BEFORE_CAP = rf"(?:(?i:{_WEAK_WORDS})|(?:Praia|Feira|Lago|Vale|Campo|Quadra|PRAIA|FEIRA|LAGO|VALE|CAMPO|QUADRA))"
_END = r"(?:(?<=[/.º])|(?![^\W\d_]))"  # the type word ends here ("Callejón" is not "Calle" + "jón")
# A type word starts a word: not the "feira" of "segunda-feira"
_START = r"(?<![\w.\-])"
# A highway's code: "BR-116", "SP-280", "BR 101", "N1"; a kilometre after it is a unit ("km 23").
_HIGHWAY = r"(?P<num>[A-Z]{1,2}-?\s?\d{1,3})(?![\w-])"
# Brasília: a sector acronym (2-6 capitals, a second one allowed: "SHIS QI") or "Quadra"/"Qd.", a number,
# then a block, set, house, lot or flat word (which the shared tail takes as units).
# An acronym before "Quadra" too ("SHN Quadra 2 Bloco F"); Palmas' quadras have a cardinal point and numbered
# alamedas ("Quadra 204 Sul Alameda 12 Lote 5"), Goiânia's are abbreviated ("Qd 104 Lt 12").
_SECTOR = (
    r"(?<![\w.\-])(?:[A-Z]{2,6}(?:\s[A-Z]{2,4})?(?:\s(?:Quadra|QUADRA|Qd\.?|QD\.?|Q\.))?|(?i:quadra|qd\.?|q\.))"
    r"\s(?P<num>\d{1,4}[A-Z]?)(?:\s(?:Sul|Norte|Leste|Oeste|SUL|NORTE|LESTE|OESTE)(?![^\W\d_]))?"
    r"(?=\s*,?\s*(?:(?i:bloco|bl\.?|conjunto|conj\.|cj\.?|casa|lote|lt\.?|apto|ap|apartamento|loja|lj)(?![^\W\d_])"
    r"|(?i:alameda|rua|avenida|av\.?)\s\d))"
)
# A numbered street, as Goiânia, Palmas, Brasília's satellite towns and new estates name them ("Rua 15, nº 320",
# "Rua T-25, 1050", "Av. 3, 45"), with its house number after a comma or a block or lot after it ("Rua C-137 qd
# 250 lt 8"): a number alone after the type is no street name ("comprei o tênis Rua 2").
_NUM_NAME = r"\d{1,3}[A-Z]?(?![\w-])"
_CODE_NAME = r"(?:[A-Z]{1,2}-?|[a-z]{1,2}-)\d{1,3}[A-Z]?(?![\w-])"
_NUMBER_WORD = r"(?i:n[º°o.]|n\.[º°]|número|numero)\s?\d"
_BLOCK_UNIT = r"(?i:qd|quadra|lt|lote|casa|bloco|bl|chácara)\.?\s?\d"
_NUMBERED = (
    rf"{_START}{_STRONG}{_END}\s+(?:"
    rf"(?:{_NUM_NAME}(?:\s*,\s*|\s*,?\s*(?={_NUMBER_WORD}))|{_CODE_NAME}\s*,?\s*){NUM_AFTER_THOUSANDS}"
    rf"|(?:{_NUM_NAME}|{_CODE_NAME})(?=\s*,?\s*{_BLOCK_UNIT}))"
)
# A highway by its code alone, a kilometre after it ("na BR-116, km 300", "SP-280 km 32"): the code and km are
# the address (the km unit, in the tail, is its number).
_HIGHWAY_KM = r"(?<![\w.\-])[A-Z]{2}-\d{2,3}(?![\w-])(?=\s*,?\s*(?i:km)\.?\s?\d)"
# A street named after a date, in lower case too ("rua 13 de maio 45", "av. sete de setembro, 1000").
_MONTH = r"(?i:janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)"
_DATE_NAME = rf"{_START}{_STRONG}{_END}\s+(?:\d{{1,2}}|[a-zà-ÿ]+)\s+(?i:de)\s+{_MONTH}(?![^\W\d_])"
# its number after a comma or "nº", or ending the clause or before a unit: "rua 25 de março 3 bolsas" counts bags
_DATE_NUM_SEP = (
    rf"(?:\s*,\s*|\s+(?={_NUMBER_WORD})|\s+(?=\d{{1,4}}[ \t]*(?:$|[,.;\n]|(?i:ap|apto|apt|casa|bloco|bl|sala|loja|"
    r"fundos|cep)(?![^\W\d_]))))"
)
# A number ending the street's name when the house number follows it after a comma ("Rua Projetada 4, 120",
# "Travessa Particular 2, 35"); not when a count, a time or a floor follows ("Rua Augusta 12, 3 unidades",
# "Travessa do Carmo 3, 2º Esq.": there the first number is the house's).
_NAME_NUMBER = rf"(?:\s\d{{1,3}}(?=\s*,\s*\d{{1,4}}(?!h(?!\w)|[ºª°]){NOT_AMOUNT}))?"
# A parenthesised part of the street's name ("Rua Paris (Poente), 367").
_QUALIFIER = rf"(?:\s?\({CAP_NAME}\))?"
# Before a lower-case name: a particle and an abbreviated title ("av do prof. egas moniz", "alameda de s. joão",
# "rua de são joão de deus": the particle leaves the name its three words).
_TITLE = r"(?i:dr|dra|prof|profa|eng|enga|gen|cel|pe|sr|sra|sta|sto|pres|mal|cap|ten|des|min|s)"
_PRE = rf"(?:{PARTICLE}\s+)?(?:{_TITLE}\.º?\s*)?"
# A rural property or road with no number, "Zona Rural" (or "Área Rural") after it standing for one: "Sítio Boa
# Esperança, Zona Rural, Gravatá - PE", "estrada do cafezal - zona rural".
_RURAL = (
    rf"{_START}(?:{_STRONG}|{_WEAK}){_END}\s+{_PRE}{NAME}\s*(?:,|[-–—])\s*(?P<num>(?i:zona|área|area)\s+(?i:rural))"
    r"(?![^\W\d_])"
)
# A named street with no number is taken after a locative word, a colon or at a line's start
# ("moro na Rua Oscar Freire", "fica na Avenida Afonso Pena", "morada: Rodovia Anhanguera"),
# not as a product's or a shop's name ("Comprei a Avenida Collection").
_NAMED_CUE = re.compile(
    r"(?:(?<![\w])(?i:n[ao]s?|em|à|para|pra|até|ate|pela|pelo|(?:endereço|morada)(?:\s+é)?)|[:\n]|^)\s*$"
)
# At a line's start a named street is a reply ("Rua Oscar Freire", "Rua Oscar Freire, Jardins") only when
# nothing but punctuation or its bairro or town follows it ("Rua Augusta, meu lugar preferido" is none), or a
# clause saying it is where one lives or gets things ("Rua Oscar Freire é onde moro", "… é o meu endereço"):
# "Rua Augusta é minha loja favorita" names a shop or a place.
_LINE_END = re.compile(
    rf"[ \t]*(?:$|[\n.;)]|,[ \t]*(?:$|[\n{UP}\d])|[-–—][ \t])"
    r"|[ \t]+(?i:é|e|fica)[ \t]+(?i:onde|aonde|o[ \t]+(?:meu[ \t]+|nosso[ \t]+)?endereço"
    r"|a[ \t]+(?:minha[ \t]+|nossa[ \t]+)?morada)(?!\w)"
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
_RURAL_NAME = "pt rural"
_MAYBE_STREET = factored.compile(rf"(?<![\w.\-])(?:{_STRONG_FULL}|{_WEAK_FULL})\s|(?i:rural)")


class PtStreetAddressRecognizer(StreetAddressRecognizer):
    """Type + name + number (+ complement, CEP/código postal, bairro, city, state)."""

    CORES = (
        (
            "pt street",
            rf"{_START}{_STRONG}{_END}\s+{_PRE}{NAME}{_NAME_NUMBER}{_QUALIFIER}(?:\s*,?\s*{NUM_AFTER_THOUSANDS})?",
            0.75,
            False,
        ),
        ("pt street (numbered)", _NUMBERED, 0.75, False),
        ("pt street (a date)", rf"{_DATE_NAME}{_DATE_NUM_SEP}{NUM_AFTER_THOUSANDS}", 0.75, False),
        ("pt highway code + km", _HIGHWAY_KM, 0.7, False),
        (_RURAL_NAME, _RURAL, 0.75, False),
        ("pt highway", rf"{_START}(?i:rodovia|rod\.|estrada|estr\.)\s+{_HIGHWAY}", 0.75, False),
        ("pt sector", _SECTOR, 0.75, False),
        (
            "pt street (capitalised)",
            rf"{_START}{_WEAK_BEFORE_CAP}{_END}\s+{CAP_NAME}{_QUALIFIER}(?:\s*,?\s*{NUM_AFTER_THOUSANDS})?",
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
    ) + PT_CORES
    # a rural address holds no digit either: run on a text with none, it needs no cue (`core_start`)
    NAMED_CORES = frozenset({_NAMED, _NAMED_WEAK, _RURAL_NAME})
    # what every match holds (`GATES`): a month, a kilometre, "rural"; its type word at a word's start and the
    # space after it (the cores of a strong type share one search, the three of an everyday type another; a
    # sector's gate, its block word, cost more than its core)
    GATES = {
        "pt street (a date)": (_MONTH,),
        "pt highway code + km": (r"(?i:km)",),
        _RURAL_NAME: (r"(?i:rural)",),
        "pt street": (rf"{_START}{_STRONG}{_END}\s",),
        "pt street (numbered)": (rf"{_START}{_STRONG}{_END}\s",),
        "pt highway": (r"(?<![\w.\-])(?i:rodovia|rod\.|estrada|estr\.)\s",),
        "pt street (capitalised)": (rf"{_START}{_WEAK}{_END}\s",),
        "pt street (lower-case) + comma + number": (rf"{_START}{_WEAK}{_END}\s",),
        "pt street (lower-case) + postcode": (rf"{_START}{_WEAK}{_END}\s",),
        _NAMED: (rf"{_START}{_STRONG_FULL}\s",),
        _NAMED_WEAK: (rf"{_START}{_WEAK_FULL}\s",),
    }
    NAMED_TRIGGER = _MAYBE_STREET
    NAMED_CUE = _NAMED_CUE

    def core_start(self, text: str, name: str, match: re.Match[str]) -> int | None:
        """A named street of an everyday type only after an address verb or word (`_ADDRESS_CUE`); one of a
        strong type at a line's start only when it is the whole line or clause (`_LINE_END`)."""
        if name == _RURAL_NAME:
            return match.start()
        if name == _NAMED_WEAK:
            cue = _ADDRESS_CUE.search(text, max(0, match.start() - 40), match.start())
            return None if cue is None else match.start()
        if name == _NAMED:
            cue = _NAMED_CUE.search(text, max(0, match.start() - 40), match.start())
            if cue is None or (not cue.group().strip() and _LINE_END.match(text, match.end()) is None):
                return None
            return match.start()
        return super().core_start(text, name, match)
