"""A name that the clause treats as goods: a size it comes in, damage it arrived with, delivery done to it.

Shops name product lines, lamps, cars and shoes like people ("Stella", "Giulietta", "Octavia",
"Artemide Tolomeo"), and the first-name list and the small models read them as people. Without a
maker or a goods noun beside them (`filters._goods`, `made_of`, `model_things`) the clause is what
tells: people are not ordered in a size, do not arrive scratched and are not delivered. Three
shapes, each written from how the six languages say it, not from any set's sentences:

- **a size right after the name**: "Stella in the larger size", "Luna en grand modèle", "Greta in
  groß", "Aurora nella taglia grande", "Bianca en talla grande", "Flora no tamanho grande";
- **arrived damaged right after the name**: "arrived scratched", "est arrivée rayée", "kam zerkratzt
  an", "è arrivata graffiata", "llegó rayada", "chegou riscada"; the adjectives are the damage a
  thing takes (scratched, cracked, dented, chipped, damaged), not the ones said of a tired person
  ("rota", "kaputt", "distrutta", "quebrada" are left out);
- **arrived with a damaged part** (2026-12-06, day), English and French: "My Stella arrived with a
  cracked shade", "Luna est arrivée avec un pied rayé"; never "broken", "cassé" (a person's arm);
- **set against another version of itself** (2026-12-06, day), English and French: "Which is
  brighter, Stella or the floor version?", "Stella ou la version sur pied ?"; or, in the six
  languages, against something cheaper or another make (2026-12-08): "Ariston or something
  cheaper?", "Vaillant o qualcosa di più economico?", "Baxi ou algo mais barato?", "Douglas oder eine
  andere Marke?" (a person is set against someone, not against a cheaper thing or a brand);
- **on offer, discounted, sold out** (2026-12-07, evening): a copula and an offer right after the name
  ("Octavia está de oferta", "Aurora è in offerta", "Flora está em promoção", "Clio est en promo",
  "Greta ist im Angebot"; German also "Ist Greta vor Ostern im Angebot?"); not "agotada",
  "esaurita", "esgotada", "épuisée", said of a tired person too;
- **delivered, shipped, sold**: the name as the subject of a passive of delivery ("Can Octavia be
  delivered", "Wird Giulietta … geliefert?", "Luna peut être livrée", "Aurora può essere
  spedita", "Flora puede ser enviada", "Bianca pode ser entregue"), or the direct object of a verb
  of delivery or selling with no preposition between ("deliver Stella before Friday", "livrer
  Stella", "vendete Luna", "enviáis Octavia": Spanish puts "a" before a person it sends; English
  and German only when no second object follows: "ship Anna a new one", "Anna die Lampe liefern"
  keep the person).

Fail closed: a person cue before the run keeps it (`ner_context.person_cue`: "my sister Stella",
"con Luna"); a possessive after the name ("Stella's size") keeps it; the relative verbs said of
people too ("returned", "refunded", "sent", "brought") are not in the lists.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection import ner_context as ctx
from proxy.detection.word_edges import EDGE
from recognizers import name_words as w
from recognizers import surname_pairs
from recognizers.given_name_recognizer import gazetteer

_S = r"[ \t\u00a0]+"

# A size right after the name (the name's run ends where the pattern starts)
_SIZE = {
    "en": r"in(?:{s}(?:the|a|an))?{s}(?:(?:larger|smaller|bigger|big|small|medium|large|next|other|xl|xxl){s})?size"
    r"|in{s}size{s}\w+",
    "fr": r"en{s}(?:(?:très{s})?(?:grand|petit|moyen){s}modèle|taille{s}\w+|(?:plus{s})?(?:grande|petite){s}taille)",
    "de": r"in{s}(?:groß|gross|klein|mittel|größe{s}\w+|der{s}(?:großen|kleinen|nächsten){s}größe)(?![\p{L}])",
    "it": r"(?:in|nella){s}(?:taglia|misura|versione){s}(?:grande|piccola|media|\w+)",
    "es": r"en{s}(?:(?:la{s})?(?:talla|tamaño){s}\w+|(?:grande|pequeño|pequeña|mediano|mediana))(?![\p{L}])",
    "pt": r"(?:em|no|na){s}(?:tamanho{s}\w+|(?:grande|pequeno|pequena|médio|média))(?![\p{L}])",
}

# Damage a thing takes (never the words said of an exhausted person)
_DAMAGE = {
    "en": r"(?:broken|cracked|scratched|damaged|dented|chipped|smashed|bent|scuffed|shattered|faulty|defective)",
    "fr": r"(?:cassée?s?|rayée?s?|abîmée?s?|abimée?s?|fêlée?s?|endommagée?s?|ébréchée?s?|tordue?s?|bosselée?s?)",
    "de": r"(?:zerkratzt|beschädigt|zerbrochen|gesprungen|verbogen|defekt|verbeult|gebrochen)",
    "it": r"(?:graffiat[oaie]|danneggiat[oaie]|ammaccat[oaie]|scheggiat[oaie]|incrinat[oaie]|rigat[oaie]"
    r"|difettos[oaie])",
    "es": r"(?:rayad[oa]s?|dañad[oa]s?|abollad[oa]s?|agrietad[oa]s?|astillad[oa]s?|desconchad[oa]s?|defectuos[oa]s?)",
    "pt": r"(?:riscad[oa]s?|danificad[oa]s?|amassad[oa]s?|rachad[oa]s?|lascad[oa]s?|trincad[oa]s?|com{s}defeito)",
}
_ARRIVED = {
    "en": r"(?:arrived|came|turned{s}up|was{s}delivered)(?:{s}(?:already|totally|completely|all))?",
    "fr": r"(?:est|était|m'est|m’est)?(?:{s})?(?:arrivée?s?|livrée?s?)(?:{s}(?:toute?s?|complètement|déjà))?",
    "de": r"(?:kam|ist|war)(?:{s}(?:schon|bereits|völlig|total|ganz))?",
    "it": r"(?:(?:è|e'|mi{s}è){s})?(?:arrivat[oaie]|consegnat[oaie])(?:{s}(?:già|tutt[oaie]))?",
    "es": r"(?:(?:me{s})?(?:llegó|ha{s}llegado|vino|llegaron))(?:{s}(?:ya|tod[oa]|complet[oa]mente))?",
    "pt": r"(?:(?:me{s})?(?:chegou|veio|chegaram))(?:{s}(?:já|tod[oa]|completamente))?",
}
_DAMAGE_END = {"de": r"(?:{s}an|{s}angekommen|{s}geliefert)?"}
# Arrived with a damaged part: "arrived with a cracked shade", "est arrivée avec un pied rayé" (never
# "broken", "cassé", a scratch, nor a body part: said of a person as often, "a cracked rib")
_ARRIVED_WITH = {
    "en": r"(?:arrived|came){s}with{s}(?:a|an|the|one|its){s}(?:(?:cracked|scratched|dented|chipped|smashed"
    r"|shattered|scuffed|damaged|bent|missing){s}(?!(?:rib|ribs|tooth|teeth|arm|leg|wrist|ankle|knee|nose|face"
    r"|hand|finger|toe|head|lip|elbow|collarbone|shoulder|heel|knuckle)(?!\p{L}))\p{L}+"
    r"|(?:dent|crack|chip){s}(?:in|on))",
    "fr": r"(?:est|était|m['’]est){s}arrivée?s?{s}avec{s}(?:un|une|le|la|son|sa){s}\p{L}+(?:{s}\p{L}+)?{s}"
    r"(?:rayée?s?|fêlée?s?|fissurée?s?|ébréchée?s?|abîmée?s?|abimée?s?|bosselée?s?|endommagée?s?|manquante?s?)",
}
# Set against another version of itself: "Stella or the floor version", "Stella ou la version sur pied";
# or against a cheaper thing or another make (2026-12-08): "Ariston or something cheaper", "Vaillant o
# qualcosa di più economico", "Baxi ou algo mais barato", "Douglas oder eine andere Marke". A person is
# set against someone ("or someone else", "o qualcun altro"), never against something cheaper or a brand
_OTHER_VERSION = {
    "en": r"or{s}(?:the{s}(?:\p{L}+{s}){0,2}(?:version|model)|something{s}(?:cheaper|less{s}expensive)"
    r"|(?:another|a{s}different|a{s}cheaper){s}(?:make|brand))",
    "fr": r"ou{s}(?:la{s}version|le{s}modèle|moins{s}cher|quelque{s}chose{s}de{s}moins{s}cher|une{s}autre{s}marque)",
    "it": r"o{s}(?:qualcosa{s}di{s}(?:più{s}economico|meno{s}caro)|un'altra{s}marca|un{s}altro{s}marchio)",
    "es": r"[ou]{s}(?:algo{s}más{s}barato|otra{s}marca)",
    "pt": r"ou{s}(?:algo{s}mais{s}barato|outra{s}marca)",
    "de": r"oder{s}(?:etwas{s}(?:Günstigeres|Billigeres)|eine{s}andere{s}Marke)",
}

# On offer, discounted or sold out right after the name, with its copula (2026-12-07, evening): "Luna is
# on offer", "Clio est en promo", "Aurora è in offerta", "Octavia está de oferta", "Flora está em
# promoção", "Greta ist im Angebot", "Die Paloma war ausverkauft": a price is cut on goods, not on
# people. Not "agotada", "esaurita", "esgotada", "épuisée": said of a tired person as well
_ON_OFFER = {
    "en": r"(?:is|are)(?:{s}(?:still|now|currently|also))?{s}(?:on{s}(?:sale|offer|special{s}offer|promotion)"
    r"|discounted)",
    "fr": r"(?:est|sont)(?:{s}(?:toujours|encore|aussi|déjà))?{s}(?:en{s}(?:promo|promotion|solde|soldes|réduction)"
    r"|soldée?s?)",
    "it": r"(?:è|e'|sono)(?:{s}(?:ancora|già|anche|sempre))?{s}(?:in{s}(?:offerta|promozione|promo|saldo|sconto)"
    r"|scontat[oaie])",
    "es": r"(?:está|están|sigue|siguen)(?:{s}(?:todavía|aún|ya|también))?{s}(?:de{s}oferta"
    r"|en{s}(?:oferta|promoción|promo|rebajas)|rebajad[oa]s?)",
    "pt": r"(?:está|estão|continua|continuam)(?:{s}(?:ainda|já|também))?{s}(?:em{s}(?:promoção|promo|oferta|saldos?)"
    r"|com{s}desconto)",
    "de": r"(?:ist|sind|war|waren)(?:{s}(?:noch|schon|auch|gerade|wieder))?{s}(?:im{s}(?:Angebot|Sale|Ausverkauf)"
    r"|reduziert|ausverkauft|heruntergesetzt)",
}
# German asks with the copula first and the offer at the clause's end: "Ist Greta vor Ostern im Angebot?"
_DE_BE_FRAME = regex.compile(r"(?:^|[\s,;:(\"„])(?:ist|sind|war|waren)[ \t\u00a0]+$", regex.IGNORECASE)
_DE_OFFER_CLOSE = regex.compile(
    r"((?:[ \t\u00a0]+[\p{L}\d.]+){0,4}?)[ \t\u00a0]+"
    r"(?:im[ \t\u00a0]+Angebot|im[ \t\u00a0]+Sale|reduziert|ausverkauft|heruntergesetzt)(?=[\s?.!,]|$)",
    regex.IGNORECASE,
)

# The name as the subject of a passive of delivery, right after it
_PASSIVE = {
    "en": r"(?:be|been|being|get|is|are|was|were){s}(?:delivered|shipped|dispatched|restocked|assembled|wall-mounted)",
    "fr": r"(?:peut|pourra|pourrait|sera|serait|est|a{s}été)(?:-(?:elle|il))?{s}(?:être{s})?"
    r"(?:livrée?s?|expédiée?s?|réassortie?s?)",
    "de": r"",
    "it": r"(?:può|potrà|potrebbe|sarà|è|viene|verrà)(?:{s}(?:essere|stat[oa]))?{s}(?:consegnat[oaie]|spedit[oaie])",
    "es": r"(?:puede|podrá|podría|será|es|ha{s}sido)(?:{s}(?:ser|estar))?{s}(?:entregad[oa]s?|enviad[oa]s?)",
    "pt": r"(?:pode|poderá|poderia|será|é|foi)(?:{s}ser)?{s}(?:entregue|enviad[oa]s?|despachad[oa]s?)",
}

# A verb of delivery or selling right before the name, the name its direct object
_OBJECT_BEFORE = {
    "en": r"(?:deliver|ship|dispatch|restock|stock|sell|selling|stocking)",
    "fr": r"(?:livrer|livrez|livrerez|expédier|expédiez|vendez|vendre|vendez-vous|réassortir|stockez)"
    r"(?:{s}(?:toujours|encore|aussi))?",
    "de": r"(?:verkauft|verkaufen|verkaufst|liefert|liefern|lieferst|führt|führen)(?:{s}(?:ihr|sie|du|man))?"
    r"(?:{s}(?:noch|auch|wieder|weiterhin|immer{s}noch))?",
    "it": r"(?:consegnare|consegnate|consegnerete|spedire|spedite|spedirete|vendete|vendere)"
    r"(?:{s}(?:ancora|anche))?",
    "es": r"(?:entregar|entregáis|entregan|enviar|enviáis|envían|mandar|mandáis|vender|vendéis|venden)"
    r"(?:{s}(?:todavía|aún|también))?",
    "pt": r"(?:entregar|entregam|vender|vendem)(?:{s}(?:ainda|também))?",
}
# German puts the name between the finite verb and the participle or infinitive at the clause's end:
# "Wird Giulietta mit Wandhalterung geliefert?", "Könnt ihr Stella vor Freitag liefern?"
_DE_FRAME = regex.compile(
    r"(?:^|[\s,;:(\"„])(?:wird|werden|würde|kann|könnt|können|könnten|würdet|würden|werdet)"
    r"(?:[ \t\u00a0]+(?:ihr|sie|du|man))?[ \t\u00a0]+$",
    regex.IGNORECASE,
)
_DE_CLOSE = regex.compile(
    r"((?:[ \t\u00a0]+[\p{L}\d.]+){0,4}?)[ \t\u00a0]+"
    r"(?:geliefert|verschickt|versendet|versandt|liefern|verschicken|versenden|zugestellt|zustellen)(?=[\s?.!,]|$)",
    regex.IGNORECASE,
)
# Between the name and the German verb: no second object (an article, a possessive, a pronoun)
_DE_OBJECT = regex.compile(
    r"(?<!\p{L})(?:den|die|das|dem|der|ein|eine|einen|einem|einer|ihr|ihm|ihre|ihren|sein|seine|seinen"
    r"|mein|meine|meinen|es|sie)(?!\p{L})",
    regex.IGNORECASE,
)
# After an English or German object verb, a second object makes the name the receiver: "ship Anna a
# new one", "liefert ihr Anna das Paket"
_SECOND_OBJECT = {
    "en": regex.compile(
        r"[ \t\u00a0]+(?:a|an|the|her|his|their|my|your|our|some|one|it|them|this|that|these|those|any)(?!\p{L})",
        regex.IGNORECASE,
    ),
    "de": regex.compile(r"[ \t\u00a0]+" + _DE_OBJECT.pattern, regex.IGNORECASE),
}
_POSSESSIVE = regex.compile(r"['’]s(?!\p{L})")
# A preposition right before the name makes it no subject: what arrived or comes in a size is the noun
# before it ("O casaco da Baltazar veio com defeito", "the coat for Anna arrived scratched")
_PREPOSITION_BEFORE = regex.compile(
    r"(?<!\p{L})(?:of|for|to|from|with|by|at|de|da|do|das|dos|di|del|della|dello|dei|degli|delle|dal|dalla"
    r"|du|des|von|vom|für|zu|zum|zur|mit|bei|per|pour|para|pra|pro|a|à|al|ao|avec|con|com|par|chez)"
    r"[ \t\u00a0]+$|(?<!\p{L})(?:d|dell|dall)['’]$",
    regex.IGNORECASE,
)


def _compile(parts: dict[str, str], *, after: bool) -> dict[str, regex.Pattern[str]]:
    out: dict[str, regex.Pattern[str]] = {}
    for language, body in parts.items():
        if not body:
            continue
        body = body.replace("{s}", _S)
        pattern = rf"{_S}(?:{body})(?![\p{{L}}-])" if after else rf"(?<![\p{{L}}]){body}{_S}$"
        out[language] = regex.compile(pattern, regex.IGNORECASE)
    return out


_SIZE_AFTER = _compile(_SIZE, after=True)
_ARRIVED_WITH_AFTER = _compile(_ARRIVED_WITH, after=True)
_OTHER_VERSION_AFTER = _compile(_OTHER_VERSION, after=True)
_PASSIVE_AFTER = _compile(_PASSIVE, after=True)
_ON_OFFER_AFTER = _compile(_ON_OFFER, after=True)
_OBJECT = _compile(_OBJECT_BEFORE, after=False)
_DAMAGED_AFTER = {
    language: regex.compile(
        rf"{_S}(?:{_ARRIVED[language]}){_S}{_DAMAGE[language]}{_DAMAGE_END.get(language, '')}(?![\p{{L}}-])".replace(
            "{s}", _S
        ),
        regex.IGNORECASE,
    )
    for language in _DAMAGE
}


def said_as_goods(text: str, start: int, end: int, language: str) -> bool:
    """True when the clause around the capitalised run `text[start:end]` (a name span of the
    first-name list or a model) treats it as goods: a size after it, an arrival with damage after
    it, a passive of delivery after it, or a verb of delivery or selling right before it with the
    run as its direct object (module doc). Not after a person cue, not before a possessive."""
    if _POSSESSIVE.match(text, end):
        return False  # "Stella's size": hers
    if not _said(text, start, end, language):
        return False
    return not ctx.person_cue(text, start, end, lone_word=True)


def _said(text: str, start: int, end: int, language: str) -> bool:
    before = _PREPOSITION_BEFORE.search(text, max(0, start - 12), start)
    # English and Portuguese "a" is an article there ("a Stella in the larger size", "a Flora chegou")
    subject = before is None or (language in ("en", "pt") and before.group().strip().casefold() == "a")
    tables = (_SIZE_AFTER, _DAMAGED_AFTER, _ARRIVED_WITH_AFTER, _PASSIVE_AFTER, _OTHER_VERSION_AFTER, _ON_OFFER_AFTER)
    for table in tables if subject else ():
        pattern = table.get(language)
        if pattern is not None and pattern.match(text, end):
            return True
    verb = _OBJECT.get(language)
    if verb is not None and verb.search(text, max(0, start - 40), start):
        second = _SECOND_OBJECT.get(language)
        return second is None or second.match(text, end) is None
    if language == "de" and _DE_BE_FRAME.search(text, max(0, start - 12), start):
        close = _DE_OFFER_CLOSE.match(text, end)
        if close is not None and not _DE_OBJECT.search(close.group(1)):
            return True  # "Ist Greta vor Ostern im Angebot?"
    if language == "de" and _DE_FRAME.search(text, max(0, start - 40), start):
        close = _DE_CLOSE.match(text, end)
        return close is not None and not _DE_OBJECT.search(close.group(1))
    return False


_POPULAR_BEFORE_NOUN = 5  # a first name this popular before the noun ("Jacques Maillot") needs a determiner
# A determiner right before the run puts a thing there ("the Sofia Chair", "die Alba Lampe")
_DETERMINER_BEFORE = regex.compile(
    r"(?<![\p{L}'’-])(?:the|a|an|my|your|our|this|that|le|la|les|un|une|du|des|ce|cette|mon|ma|il|lo|uno|una|el"
    r"|los|las|o|os|as|um|uma|der|die|das|den|dem|ein|eine|einen|einem|mein|meine|meinen)[ \t\u00a0]+$",
    regex.IGNORECASE,
)
_RUN_NAME_POPULARITY = 3  # a goods noun given this often as a first name ("Funda", "Kit") needs more
_SURNAME_POPULARITY = 2  # after such a head, a first name given more than rarely may be the person's


def goods_run(text: str, run_start: int, run_end: int, span_start: int, span_end: int, language: str) -> bool:
    """True when the capitalised run `text[run_start:run_end]` around a name span is a product's
    name by its goods noun: two words or more, the last a listed goods noun (English and German
    order: "Velvet Armchair", "Oak Bookcase", "Osaka Lounge Chair") or the first one (Romance
    order: "Funda Nórdica", "Casque Vélo Urbain", "Cappotto Lana Bergen"; `name_words.PRODUCT_NOUNS`,
    which leaves out the nouns that are surnames: "Fryer", "Bowl"). People are not named after a
    chair; a goods noun that is also a first name given more than rarely ("Funda", "Kit", "Silver")
    counts at the end never, and at the head only when no word after it is a census surname or a
    first name ("Funda Nórdica", not "Funda Yılmaz"). A noun that is a surname too ends a person's name
    ("Jacques Maillot"): after a popular first name the noun counts only with a determiner before the
    run ("the Sofia Chair"); after a possessive never ("Waltrauds Jacke", "Anna's Coat"). Every word
    of the run is capitalised (a catalogue's name; "ludovica scarpa" is a person typed in lower case);
    a stop word opening it is no part of it ("Il Cuscino …"). Not after a person cue."""
    raw = [t.strip(EDGE) for t in text[run_start:run_end].split()]
    stops = gazetteer().stop_words.get(language, frozenset())
    while raw and raw[0].casefold() in stops:
        raw = raw[1:]  # "Il Cuscino …", "¿La Almohada …": an article opening the sentence
    if len(raw) < 2 or not all(t[:1].isupper() or t.casefold() in stops for t in raw):
        return False  # a catalogue's capitals only: "ludovica scarpa" is a name typed in lower case
    words = [t.casefold() for t in raw]
    popularity = gazetteer().popularity
    last, first = words[-1], words[0]
    tail = (
        last in w.PRODUCT_NOUNS
        and popularity.get(last, 0) < _RUN_NAME_POPULARITY
        and not _possessor(words[-2], popularity)
        and (
            all(popularity.get(x, 0) < _POPULAR_BEFORE_NOUN for x in words[:-1])
            or _DETERMINER_BEFORE.search(text, max(0, run_start - 12), run_start) is not None
        )
    )
    head = first in w.PRODUCT_NOUNS and (
        popularity.get(first, 0) < _RUN_NAME_POPULARITY
        or not any(surname_pairs.surname(x) or popularity.get(x, 0) >= _SURNAME_POPULARITY for x in words[1:])
    )
    if not (tail or head):
        return False
    return not ctx.person_cue(text, min(run_start, span_start), max(run_end, span_end))


def _possessor(word: str, popularity: dict[str, int]) -> bool:
    """A possessive before the goods noun: "Anna's Coat", German "Waltrauds Jacke" (a first name and
    the genitive "s")."""
    if word.endswith(("'s", "’s")):
        return True
    return word.endswith("s") and popularity.get(word[:-1], 0) > 0


# French masculine determiners right before the span: French puts no article before a person's name,
# and a masculine one before a woman's name even less ("le Octavia", "du Stella", "un Giulietta")
_FR_MASCULINE_BEFORE = regex.compile(
    r"(?:(?<![\p{L}'’-])(?:le|du|un|ce|cet)|(?:^|(?<=[.!?:;«\"“(\n][ \t\u00a0]*))(?:Le|Du|Un|Ce|Cet))[ \t\u00a0]+$"
)


def fr_masculine_thing(text: str, start: int, end: int) -> bool:
    """True for a French name span right after a masculine determiner, "le", "du", "un", "ce", "cet"
    (capitalised only where a sentence opens): "je peux retirer le Octavia", "j'attends le Stella",
    "le Giulietta Bershka a une garantie ?". French names people with no article; the determiner makes
    the word a model, a car, a dish. A capital "Le" inside a sentence is a surname's particle ("Marine
    Le Pen"), and a listed place with its article ("le Havre", "le Mans") is the model's or the place
    list's, read elsewhere. Not after a person cue."""
    if _FR_MASCULINE_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    return not ctx.person_cue(text, start, end)
