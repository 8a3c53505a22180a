"""Names in the shapes customers use around staff, tradespeople and departments, in every language.

Kept apart from `person_name_recognizer` (which calls these) so its cue rules stay one concept:

- **staff thanked at their post**: "Kudos to Priya at the till", "gracias a Xóchitl de atención al
  cliente", "grazie a Gavino del banco": thanks, a capitalised run, then where that person works. A
  company thanked ("thanks to Royal Mail", "gracias a Correos") is followed by what it did, not by a
  place in the shop, and the company lists keep out the rest ("Kudos to Nike on the packaging");
- **tradespeople**: "Facundo Arango, el fontanero,", "Tom Baxter (the plumber)": a trade says who a
  person is as a relative does, so it joins the roles an apposition or a bracket may hold;
- **departments are no one**: "Contact: Head Office", "De parte de Recursos Humanos", "Sender: Amazon
  Marketplace": a run a department or premises word follows or ends is its modifier or its name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from recognizers import factored
from recognizers import name_words as w

# People by their trade, in the six languages (a shop's trade is `name_words.TRADES`).
TRADESPEOPLE = frozenset(
    """
    plumber electrician builder cleaner gardener handyman painter decorator joiner carpenter locksmith
    roofer plasterer tiler fitter installer courier driver landlord landlady neighbour neighbor nanny
    glazier bricklayer scaffolder upholsterer mechanic
    childminder babysitter
    fontanero fontanera electricista albañil limpiadora limpiador jardinero jardinera pintor pintora
    carpintero carpintera cerrajero cerrajera instalador instaladora casero casera vecino vecina
    repartidor repartidora niñera chófer chofer mensajero mensajera
    idraulico idraulica elettricista muratore imbianchino falegname fabbro giardiniere giardiniera
    vicino vicina installatore corriere tata babysitter
    plombier électricien électricienne maçon peintre menuisier serrurier jardinier jardinière
    voisin voisine installateur livreur livreuse nounou
    canalizador encanador eletricista electricista pedreiro pintor marceneiro carpinteiro serralheiro
    jardineiro jardineira vizinho vizinha instalador entregador entregadora babá ama
    klempner installateur elektriker maler schreiner tischler schlosser gärtner gärtnerin nachbar
    nachbarin monteur fahrer fahrerin babysitterin
""".split()
)

# Words that end or follow a department's or premises' name: the run before them names no one.
DEPARTMENT_WORDS = frozenset(
    """
    office offices department dept team desk reception services marketplace headquarters hq
    oficina oficinas departamento equipo recepción servicios sede
    ufficio uffici reparto dipartimento squadra reception servizi
    bureau bureaux département service services équipe accueil siège
    escritório departamento equipa equipe recepção serviços
    büro abteilung team empfang zentrale
""".split()
)
DEPARTMENT_PHRASES = frozenset(
    line.strip()
    for line in """
    human resources
    recursos humanos
    risorse umane
    ressources humaines
    customer services
    customer service
    goods in
    goods inwards
    goods out
    accounts payable
    accounts receivable
    atención al cliente
    servicio técnico
    servizio clienti
    service client
    personalabteilung
""".splitlines()
    if line.strip()
)

# Thanks and praise addressed to someone through "to" (en) or its translations.
_THANKS_TO = (
    r"(?:kudos|thanks|thank[ \t]+you|many[ \t]+thanks|big[ \t]+thanks|shout[ \t]*out|praise|props)[ \t]+to"
    r"|(?:muchas[ \t]+)?gracias[ \t]+a|felicitar[ \t]+a|felicidades[ \t]+a|un[ \t]+diez[ \t]+para"
    r"|(?:grazie(?:[ \t]+mille)?|complimenti|un[ \t]+grazie)[ \t]+a"
    r"|(?:merci|bravo|félicitations)[ \t]+à"
    r"|(?:obrigad[oa]|parabéns)[ \t]+(?:a|ao|à)"
    r"|(?:danke|dank|lob)[ \t]+an"
)
_NAME_WORD = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"
# Where the person thanked works: a preposition and, mostly, an article before the post.
_POST = (
    r"at[ \t]+the|on[ \t]+the|in[ \t]+the|from[ \t]+the|at|in|from"
    r"|de[ \t]+la|del|de|en[ \t]+la|en[ \t]+el"
    r"|della|del|dello|dal|dalla|al|alla|in"
    r"|du|de[ \t]+la|de[ \t]+l['’]|au|à[ \t]+la"
    r"|da|do|na|no"
    r"|an[ \t]+der|am|im|vom|von[ \t]+der|bei[ \t]+der"
)
_THANKED = factored.compile(  # its alternations grouped by first letter: the same matches, ~30 % faster
    rf"(?<![\w'’])(?:{_THANKS_TO})[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}?)"
    rf"[ \t]+(?:{_POST})[ \t]+(?=[^\W\d_])",
    re.IGNORECASE,
)


def thanked_staff(
    text: str,
    lower_text: bool,
    read: Callable[[str, int], tuple[int, int] | None],
    everyday: Callable[[str], bool],
) -> list[tuple[int, int]]:
    """The spans of people thanked at their post ("Kudos to Priya at the till"): the run must read
    as a name (`read`) to the preposition, capitalised unless the whole text is lower case, its
    first word no everyday word, and no company or brand."""
    spans = []
    for match in _THANKED.finditer(text):
        start, end = match.start("name"), match.end("name")
        if not (text[start].isupper() or lower_text):
            continue
        run = text[start:end]
        if everyday(run.split()[0]) or company(run):
            continue
        span = read(text[:end], start)  # the run alone: a lower-case read would go on to the post
        if span and span[1] == end:
            spans.append(span)
    return spans


def company(run: str) -> bool:
    """A run that is, or opens with, a carrier, a shop, an app or a brand the lists hold."""
    folded = " ".join(w.without_possessive(word) for word in run.casefold().split())
    first = folded.split()[0]
    return (
        any(folded in names or first in names for names in (w.CARRIERS, w.CUE_COMPANIES, w.APPS, w.BRANDS))
        or folded in w.EPONYMOUS_BRANDS
    )


_NEXT_WORD = re.compile(rf"[ \t\u00a0]+(?P<word>{_NAME_WORD})")


def department(text: str, span: tuple[int, int], given: Callable[[str], bool]) -> bool:
    """The span names a department or premises, not a person: a department word ends it ("Amazon
    Marketplace"), it is a department's name ("Recursos Humanos"), or it is one capitalised word that
    is no first name (`given`) before a capitalised department word ("Head Office", "Main Office";
    not "Priya Team Leader", nor "emma office manager")."""
    words = text[span[0] : span[1]].casefold().split()
    if words[-1] in DEPARTMENT_WORDS or " ".join(words) in DEPARTMENT_PHRASES:
        return True
    after = _NEXT_WORD.match(text, span[1])
    return (
        after is not None
        and len(words) == 1
        and after.group("word")[0].isupper()
        and after.group("word").casefold() in DEPARTMENT_WORDS
        and not given(words[0])
    )
