"""Names in a message's structure and in a record's name slot, in the six languages.

Some places in a message hold a person's name whatever its case, because the message's own shape
says so and also says where the name ends:

- a **chat export's speaker**: "[14:02] Name: …", "14:02 - Name: …" (a time stamp, a date before it
  or not), up to the colon;
- a **quoted reply's header**: "On 3 Mar, Name wrote:", "El 3 mar, Name escribió:", "Em 3 de mar.,
  Name escreveu:", "Le 3 mars, Name a écrit :", "il 3 mar, Name ha scritto:", and German with the
  verb first "Am 3. März schrieb Name:", an address in angle brackets after it or not;
- a **forwarded header**: "From: Name", "Da:", "De :", "Von:" on a line of its own, in a message
  that has another header line ("Subject:", "Oggetto:", "Asunto:", "Betreff:", "Objet :", "Date:")
  or a forwarded marker; to the line's end or the address;
- a **salutation** opening a line: "Dear Name,", "Gentile Name,", "Estimada Name:", "Prezado Name,",
  "Chère Name,", "Sehr geehrte Frau Name,", up to the comma or colon that ends the line;
- a **label that names the wrong person**: "the label says X but it should say Y", "c'è scritto X ma
  dovrebbe essere Y", "pone X pero tendría que poner Y", "está escrito X mas devia ser Y", "c'est
  écrit X alors que ça devrait être Y", "steht X, es sollte aber Y sein";
- a **record's name slot**: "customer X,", "cliente X,", "Kunde X,", "in the system as X", "nel
  sistema è X", "no sistema como X", "collection by X", "recoge X (con dni)", "retiré par : X",
  "table booked for X", "tavolo prenotato per X", "mesa reservada para X", "Tisch reserviert für X";
- a **shop errand's person**, Spanish and Portuguese: "recojo yo por X", "vou levantar pelo X", "la
  transferencia viene de X", "el ganador de la rifa es X", "quem ganhou o sorteio foi X", "estampar X
  en la espalda", "queja del conductor X", "no talão diz vendedor X".

The slot bounds the run, so lower case ("[20:31] luís filipe vilaça bettencourt: alô??"), capitals
and long names with particles ("maría del mar valverde de castro", "maria teresa la torre") are read
whole. What fills the slot must still have a name's shape (`PersonNameRecognizer._slot_name`): no
stop word or number, no shop, brand, department or company word, and a first word that is a name
rather than an everyday word: "From: Ivy Lane Bakery", "De : Cave Saint-Vincent", "Dear Customer
Care,", "mesa reservada para 6" stay unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from recognizers import factored

# The run a slot holds: words, particles, initials and "St." (no digit, colon, comma or bracket).
_RUN = r"[^\W\d_][^\n\d:,;!?()\[\]<>@\"“”«»|]{0,80}?"
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]*[aApP]\.?[mM]\.?)?"
_DATE = r"\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?"
_STAMP = rf"(?:{_DATE},?[ \t]+)?{_TIME}"
_SPEAKER = factored.compile(
    rf"(?:^|(?<=\n))[ \t>]*(?:\[[ \t]*{_STAMP}[ \t]*\]|\(?{_STAMP}\)?[ \t]*[-–—])[ \t]*"
    rf"(?P<name>{_RUN})[ \t]*:(?=[ \t]|$)"
)
_QUOTED_VERBS = r"wrote|escribió|escribio|a[ \t]+écrit|a[ \t]+ecrit|ha[ \t]+scritto|escreveu|schrieb"
_ADDRESS = r"(?:[ \t]*[<\[(][^\n>\])]*[>\])])?"
_QUOTED = factored.compile(
    rf"(?:^|(?<=\n))[ \t>]*(?:(?:on|el|le|il|em|am|op)\b[^\n]{{0,90}},[ \t]*)?(?P<name>{_RUN}){_ADDRESS}"
    rf"[ \t]+(?:{_QUOTED_VERBS})[ \t]*:",
    re.IGNORECASE,
)
_QUOTED_VERB_FIRST = factored.compile(  # "Am 3. März 2026 um 10:02 schrieb Fynn Lehmann <f@x.de>:"
    rf"(?:^|(?<=\n))[ \t>]*am\b[^\n]{{0,60}}?\bschrieb[ \t]+(?P<name>{_RUN}){_ADDRESS}[ \t]*:",
    re.IGNORECASE,
)
_FROM = factored.compile(
    rf"(?:^|(?<=\n))[ \t>*]*(?:from|da|de|von|van|mittente|remitente|remetente|expéditeur|absender)[ \t]*:"
    rf"[ \t]*(?P<name>{_RUN}){_ADDRESS}[ \t]*(?=\n|$)",
    re.IGNORECASE,
)
# Another line of a mail header, or a forwarded marker: the "From:" line is a header's.
_HEADER_SIBLING = factored.compile(
    r"(?:^|(?<=\n))[ \t>*]*(?:subject|oggetto|asunto|assunto|objet|betreff|sent|inviato|enviado|envoyé|"
    r"gesendet|date|data|fecha|datum|to|a|para|à|an|cc|re|fw|fwd|rv|enc|tr|wg)[ \t]*:"
    r"|forwarded[ \t]+message|messaggio[ \t]+inoltrato|mensaje[ \t]+reenviado|mensagem[ \t]+encaminhada|"
    r"message[ \t]+transféré|weitergeleitete[ \t]+nachricht|original[ \t]+message|messaggio[ \t]+originale|"
    r"mensaje[ \t]+original|mensagem[ \t]+original|message[ \t]+d'origine|ursprüngliche[ \t]+nachricht",
    re.IGNORECASE,
)
# Formal and friendly salutations that open a letter to someone (`name_words.GREETINGS` has "dear",
# "caro", "liebe"; these are the letter's).
SALUTATIONS = (
    "dear", "dearest", "my dear",
    "gentile", "gentilissimo", "gentilissima", "gentili", "egregio", "egregia", "caro", "cara", "carissimo",
    "carissima", "cari", "care",
    "estimado", "estimada", "estimados", "estimadas", "distinguido", "distinguida", "apreciado", "apreciada",
    "querido", "querida",
    "prezado", "prezada", "prezados", "prezadas", "caríssimo", "caríssima", "estimado", "estimada",
    "cher", "chère", "très cher", "très chère",
    "sehr geehrte", "sehr geehrter", "geehrte", "geehrter", "liebe", "lieber", "hallo", "guten tag",
)  # fmt: skip
# Longest first, and alphabetical among equals: a set's order changes with the process's string hashes, and so
# would the pattern's text, which the shipped code file (`factored`) is looked up by.
_SALUTED = "|".join(
    re.escape(s).replace(r"\ ", r"[ \t]+") for s in sorted(set(SALUTATIONS), key=lambda s: (-len(s), s))
)
_SALUTATION = factored.compile(
    rf"(?:^|(?<=\n))[ \t]*(?:{_SALUTED})[ \t]+"
    rf"(?P<name>{_RUN})[ \t]*[,:!]?[ \t]*(?=\n|$)",
    re.IGNORECASE,
)
# What a label says, a "but", and what it should say.
_SAYS = (
    r"says|reads|shows|said|c['’]è[ \t]+scritto|è[ \t]+scritto|c['’]era[ \t]+scritto|pone|dice|pusieron|"
    r"está[ \t]+escrito|esta[ \t]+escrito|diz|vem|veio|c['’]est[ \t]+écrit|c['’]est[ \t]+marqué|il[ \t]+y[ \t]+a[ \t]+"
    r"marqué|est[ \t]+écrit"
)
_BUT = (
    r"but|ma|però|pero|mas|mais|alors[ \t]+que|aber|instead[ \t]+of|invece[ \t]+di|en[ \t]+vez[ \t]+de|"
    r"em[ \t]+vez[ \t]+de|au[ \t]+lieu[ \t]+de|statt|anstatt"
)
_SHOULD = (
    r"(?:it[ \t]+)?should[ \t]+(?:say|read|be)|(?:it[ \t]+)?was[ \t]+meant[ \t]+to[ \t]+say|"
    r"dovrebbe[ \t]+essere|doveva[ \t]+essere|dovrebbe[ \t]+esserci|deve[ \t]+essere|"
    r"tendría[ \t]+que[ \t]+poner|tendria[ \t]+que[ \t]+poner|debería[ \t]+poner|deberia[ \t]+poner|"
    r"debería[ \t]+ser|tendría[ \t]+que[ \t]+ser|tenía[ \t]+que[ \t]+poner|"
    r"devia[ \t]+ser|deveria[ \t]+ser|deveria[ \t]+estar|deveria[ \t]+vir|(?:ça|ca|cela)?[ \t]*devrait[ \t]+être|"
    r"aurait[ \t]+dû[ \t]+être"
)
_LABEL_SAYS = factored.compile(
    rf"(?<![\w'’])(?:{_SAYS})[ \t]+[\"“'‘«]?[ \t]*(?P<said>{_RUN})[ \t]*[\"”'’»]?[ \t]*,?[ \t]+(?:{_BUT})(?![\w'’])"
    rf"(?:[^\n.]{{0,30}}?(?<![\w'’])(?:{_SHOULD})[ \t]*[\"“'‘«]?[ \t]*(?P<meant>{_RUN})(?=[ \t]*[\"”'’»]?[ \t]*"
    r"(?:[,.;!?)\n]|$)))?",
    re.IGNORECASE,
)
# Every match of `_LABEL_SAYS` holds a "but" between a space and no letter (`_BUT`): a text where this finds
# none skips that scan, which reads a run of words after every "says", "dice", "vem", "diz"...
_ANY_BUT = factored.compile(rf"(?<![\w'’])(?:{_BUT})(?![\w'’])", re.IGNORECASE)
# German: "auf dem Etikett steht X, es sollte aber Y sein", "da steht X statt Y"
_LABEL_STEHT = factored.compile(
    rf"(?<![\w'’])(?:steht|stand)[ \t]+[\"„“'‚]?(?P<said>{_RUN})[\"“”'‘]?[ \t]*,?[ \t]+"
    r"(?:(?:statt|anstatt)[ \t]+|(?:(?:es|das)[ \t]+)?(?:sollte|müsste|soll)[ \t]+(?:aber[ \t]+)?"
    r"(?:(?:eigentlich|doch)[ \t]+)?)"
    rf"[\"„“'‚]?(?P<meant>{_RUN})(?=[\"“”'‘]?(?:[ \t]*(?:[,.;!?)\n]|$)|[ \t]+(?:sein|stehen|heißen)(?![\w'’])))",
    re.IGNORECASE,
)
# Slots a person fills in a shop's errands, Spanish and Portuguese: whom the writer collects for
# ("recojo yo por X", "vou levantar pelo X"), whose account a transfer comes from ("la transferencia
# viene de X", "o pix vem de X"), who won a raffle or draw ("el ganador de la rifa es X", "quem ganhou o
# sorteio foi X"), whose name goes on a shirt ("estampar X en la espalda", "estampar X nas costas") and
# the driver a complaint names ("queja del conductor X": Spanish "conductor" is no role noun in
# `title_words`, where an English text could read it, but here the text is Spanish) and the sales
# assistant a receipt names ("en el ticket pone dependiente X", "no talão diz vendedor X").
_ES_ERRANDS = (
    r"(?:recojo|recogeré|recogere|paso[ \t]+a[ \t]+recoger|vengo[ \t]+a[ \t]+recoger)(?:[ \t]+yo)?[ \t]+por|"
    r"(?:transferencia|bizum|ingreso)[ \t]+(?:viene|vendrá|vendra|llega|llegará|llegara|sale|saldrá|saldra)"
    r"[ \t]+(?:de|desde[ \t]+la[ \t]+cuenta[ \t]+de)|"
    r"(?:ganador|ganadora)[ \t]+(?:de[ \t]+la[ \t]+rifa|del[ \t]+sorteo|del[ \t]+concurso|de[ \t]+la[ \t]+cesta)"
    r"[ \t]+(?:es|ha[ \t]+sido|fue)|"
    r"(?:la[ \t]+rifa|el[ \t]+sorteo|la[ \t]+cesta)[ \t]+(?:la[ \t]+|lo[ \t]+)?"
    r"(?:ha[ \t]+ganado|ganó|gano|se[ \t]+la[ \t]+llevó)|"
    r"(?:estampar|estampad[oa][ \t]+con|bordar|bordad[oa][ \t]+con|grabar|grabad[oa][ \t]+con)|"
    r"(?:del|el|al)[ \t]+(?:conductor|conductora|repartidor|repartidora|transportista)|"
    r"(?:dependiente|dependienta|cajero|cajera|vendedor|vendedora)"
)
_PT_ERRANDS = (
    r"(?:levantar|levanto|retirar|retiro|buscar|busco)[ \t]+(?:(?:a[ \t]+encomenda|o[ \t]+pedido)[ \t]+)?pel[oa]|"
    r"(?:transferência|transferencia|pix|depósito|deposito|ted)[ \t]+(?:vem|veio|vai[ \t]+vir|sai|saiu)[ \t]+"
    r"(?:de|da[ \t]+conta[ \t]+d[oae])|"
    r"quem[ \t]+ganhou[ \t]+(?:a[ \t]+rifa|o[ \t]+sorteio|o[ \t]+cabaz|o[ \t]+concurso|o[ \t]+cesto)[ \t]+foi|"
    r"(?:vencedor|vencedora|ganhador|ganhadora)[ \t]+(?:da[ \t]+rifa|do[ \t]+sorteio|do[ \t]+concurso|do[ \t]+cabaz)"
    r"[ \t]+(?:é|foi)|"
    r"(?:estampar|estampad[oa][ \t]+com|bordar|bordad[oa][ \t]+com|gravar|gravad[oa][ \t]+com)|"
    r"(?:do|o|ao|pelo)[ \t]+(?:motorista|entregador|entregadora|estafeta)|"
    r"(?:vendedor|vendedora|atendente|operador[ \t]+de[ \t]+caixa|operadora[ \t]+de[ \t]+caixa)"
)
# The same errands' slots in English, French, Italian and German: the driver a complaint names
# ("complaint about driver X", "réclamation contre le chauffeur X", "reclamo sull'autista X", "Beschwerde
# über den Fahrer X"), who won a raffle or draw ("raffle winner was X", "le gagnant de la tombola c'est
# X", "il vincitore della lotteria è X") and the sales assistant a receipt names ("vendeur X", "commesso
# X", "Verkäufer X"). The German raffle's winner is a verb frame (`verb_slots`). A role noun here is
# bound to its errand (an article or a complaint before it), so "the driver left it" gives the judge a
# run of everyday words, which it turns down.
_EN_ERRANDS = (
    r"(?:complaint|complaining|complain)[ \t]+about[ \t]+(?:the[ \t]+|your[ \t]+)?(?:delivery[ \t]+)?"
    r"(?:driver|courier)|"
    r"(?:raffle|draw|prize[ \t]+draw|hamper|tombola)[ \t]+winner[ \t]+(?:is|was)|"
    r"winner[ \t]+of[ \t]+the[ \t]+(?:raffle|draw|prize[ \t]+draw|hamper|tombola)[ \t]+(?:is|was)|"
    r"(?:receipt|till[ \t]+slip)[ \t]+says[ \t]+(?:sales[ \t]+assistant|cashier|served[ \t]+by)"
)
_FR_ERRANDS = (
    r"(?:le|du|au|contre[ \t]+le|sur[ \t]+le)[ \t]+(?:chauffeur|livreur|transporteur)|"
    r"(?:la|de[ \t]+la|contre[ \t]+la|sur[ \t]+la)[ \t]+livreuse|"
    r"(?:gagnant|gagnante)[ \t]+(?:de[ \t]+la[ \t]+tombola|du[ \t]+tirage|du[ \t]+concours|du[ \t]+panier|"
    r"de[ \t]+la[ \t]+loterie)[ \t]+(?:c['’]est|est|a[ \t]+été)|"
    r"(?:vendeur|vendeuse|caissier|caissière)"
)
_IT_ERRANDS = (
    r"(?:l['’]|dell['’]|sull['’]|all['’]|contro[ \t]+l['’])autista|"
    r"(?:il|del|sul|al|contro[ \t]+il)[ \t]+fattorino|"
    r"(?:vincitore|vincitrice)[ \t]+(?:della[ \t]+lotteria|della[ \t]+tombola|della[ \t]+riffa|"
    r"del[ \t]+sorteggio|dell['’]estrazione|del[ \t]+concorso|del[ \t]+cesto)[ \t]+(?:è|e|era|è[ \t]+stat[oa])|"
    r"(?:commesso|commessa|cassiere|cassiera|venditore|venditrice)"
)
_DE_ERRANDS = (
    r"(?:den|dem|der|die)[ \t]+(?:fahrer|fahrerin|zusteller|zustellerin|paketboten|paketbote)|"
    r"(?:verkäufer|verkäuferin|kassierer|kassiererin)"
)
# A record's name slot, to the clause's end: who the customer is, who collects, whom a table or an
# invoice is for, how the system holds the customer; in the message's language only (these are its
# verbs and nouns, and a French text read as English is read so on purpose: `detection.language`).
_SLOT_CUES = {
    "en": (
        r"customer|client|in[ \t]+the[ \t]+system[ \t]+as|on[ \t]+the[ \t]+system[ \t]+as|registered[ \t]+as|"
        r"collection[ \t]+by|collected[ \t]+by|picked[ \t]+up[ \t]+by|pick-?up[ \t]+by|"
        r"table[ \t]+(?:booked|reserved)[ \t]+(?:for|under)|booking[ \t]+under|reserved[ \t]+under|"
        r"in[ \t]+the[ \t]+name[ \t]+of|made[ \t]+out[ \t]+to|" + _EN_ERRANDS
    ),
    "it": (
        r"cliente|nel[ \t]+(?:vostro[ \t]+)?sistema[ \t]+(?:è|e|risulta|come)|registrat[oa][ \t]+come|"
        r"ritira|ritirato[ \t]+da|ritirata[ \t]+da|ritiro[ \t]+da[ \t]+parte[ \t]+di|"
        r"tavolo[ \t]+(?:prenotato|riservato)[ \t]+(?:per|a)|intestat[aoei][ \t]+a|a[ \t]+nome[ \t]+di|" + _IT_ERRANDS
    ),
    "es": (
        r"cliente|en[ \t]+el[ \t]+sistema[ \t]+(?:está[ \t]+como|esta[ \t]+como|aparece[ \t]+como|como)|"
        r"registrad[oa][ \t]+como|recoge|recogido[ \t]+por|recogida[ \t]+por|retirado[ \t]+por|"
        r"retirada[ \t]+por|retira|mesa[ \t]+(?:reservada|apartada)[ \t]+(?:para|a)|a[ \t]+nombre[ \t]+de|"
        + _ES_ERRANDS
    ),
    "pt": (
        r"cliente|no[ \t]+sistema[ \t]+(?:está[ \t]+como|esta[ \t]+como|aparece[ \t]+como|como)|"
        r"cadastrad[oa][ \t]+como|registrad[oa][ \t]+como|retirado[ \t]+por|retirada[ \t]+por|retira|"
        r"levantamento[ \t]+por|levantado[ \t]+por|levantada[ \t]+por|mesa[ \t]+reservada[ \t]+(?:para|a)|"
        r"em[ \t]+nome[ \t]+de|no[ \t]+nome[ \t]+de|" + _PT_ERRANDS
    ),
    "fr": (
        r"client|cliente|dans[ \t]+le[ \t]+système[ \t]+(?:c['’]est|au[ \t]+nom[ \t]+de|comme)|"
        r"enregistrée?[ \t]+sous|retiré[ \t]+par|retirée[ \t]+par|retrait[ \t]+par|récupérée?[ \t]+par|"
        r"table[ \t]+réservée[ \t]+(?:pour|à|au[ \t]+nom[ \t]+de)|"
        r"(?:au|à[ \t]+(?:mon|ton|son|notre|votre|leur))[ \t]+nom(?:[ \t]+de)?|"
        r"(?:réservation|résa|inscription|chambre|dégustation)[ \t]+pour|" + _FR_ERRANDS
    ),
    "de": (
        r"kunde|kundin|im[ \t]+system[ \t]+(?:als|steht|unter)|registriert[ \t]+als|abgeholt[ \t]+von|"
        r"abholung[ \t]+durch|abholer|abholerin|tisch[ \t]+(?:reserviert|gebucht)[ \t]+(?:für|auf)|"
        r"auf[ \t]+den[ \t]+namen(?:[ \t]+von)?|rechnung(?:[ \t]+bitte)?[ \t]+(?:auf|an)|"
        r"bestellung(?:[ \t]+läuft)?[ \t]+auf|" + _DE_ERRANDS
    ),
}
_SLOTS = {
    language: factored.compile(
        rf"(?<![\w'’])(?:{cues})(?:[ \t]*:)?[ \t]+(?P<name>{_RUN})"
        # the clause ends at a mark, a number or a German verb ("auf Fynn Winkler ausstellen"); a full
        # stop ends it unless after "St" or an initial ("Cerys St. John", "J. Okafor")
        r"(?=[ \t]*(?:[,;!?()\n–—|]|$|[-][ \t]|\d|(?<![Ss]t)(?<![Ss]te)(?<![\W\d_][^\W\d_])\.)"
        r"|[ \t]+(?:ausstellen|laufen|ausschreiben|stellen|schreiben)(?![\w'’]))",
        re.IGNORECASE,
    )
    for language, cues in _SLOT_CUES.items()
}
# Courtesy words that may end a slot's clause ("facture au nom de X svp", "per X grazie").
_TAIL = factored.compile(
    r"[ \t]+(?:please|pls|plz|thanks|thank[ \t]+you|svp|stp|merci|grazie|per[ \t]+favore|por[ \t]+favor|porfa|"
    r"gracias|obrigad[oa]|bitte|danke|and|e|y|et|und|but|ma|pero|mas|mais|aber|not|non|no|não|nicht|pas)$",
    re.IGNORECASE,
)

# Things that have names too, before "names" in a label: "team names: Red Dragons, …", "product names:".
# A list of people a label says are names, English: "stocking names pls: dilrukshi, jarrod, isla 🎄",
# "names for the 2pm tour: andreas christodoulou, mohamed abdullahi and cat drummond". The label is a
# short line opening whose last noun before the colon is "names"; the list runs to the line's end, an
# emoji or any mark but a comma, each item read whole by the judge ("names: TBC", "names: all of us"
# are refused there).
_NAMED_THINGS = frozenset(
    """
    team product brand shop store street place pet dog cat horse file user model song book film band colour
    color paint font wifi boat house company
    """.split()
)
_NAMES_LABEL = factored.compile(
    r"(?:^|(?<=\n))[ \t>*-]*(?P<label>(?:[^\W\d_]+[ \t]+){0,3})names"
    r"(?:[ \t]+(?:please|pls|plz|for[ \t]+[^\n:]{1,30}))?"
    r"[ \t]*:[ \t]*(?P<list>[^\W\d_][^\W\d_ \t,&'’.\-]*(?:(?:[ \t]*[,&][ \t]*|[ \t]+|['’.\-])[^\W\d_]+)*)",
    re.IGNORECASE,
)
_LIST_SEPARATOR = re.compile(r"[ \t]*(?:,|&|(?<![^\W\d_])and(?![^\W\d_]))[ \t]*", re.IGNORECASE)
_MAX_LIST_WORDS = 3  # an item longer than this is a clause, not a name
_CODE = re.compile(r"[A-Z]{2,4}")  # "names: TBC", "names: N/A"
_MIN_LOWER = 3  # a lower-case item no list holds, shorter than this, is chat shorthand ("names: idk")


Judge = Callable[[str, int, int], "tuple[int, int] | None"]


def _listed_names(text: str) -> Iterator[tuple[int, int]]:
    """The items of each list a "names:" label opens (see `_NAMES_LABEL`)."""
    for match in _NAMES_LABEL.finditer(text):
        label = match.group("label").casefold().split()
        if label and label[-1] in _NAMED_THINGS:
            continue  # "team names: Red Dragons, Blue Sharks"
        start, end = match.span("list")
        pos = start
        for sep in (*_LIST_SEPARATOR.finditer(text, start, end), None):
            item_end = sep.start() if sep is not None else end
            item = text[pos:item_end]
            if pos < item_end and len(item.split()) <= _MAX_LIST_WORDS and not _CODE.fullmatch(item):
                yield pos, item_end
            if sep is not None:
                pos = sep.end()


def spans(
    text: str, language: str, judge: Judge, everyday: Callable[[str], bool] | None = None
) -> Iterator[tuple[int, int]]:
    """The names the message's structure or a record slot holds; `judge(text, start, end)` says
    whether a run has a name's shape and returns the name's own extent. A "names:" list's item the
    judge turns down is still a name when it is one lower-case word that `everyday` says is no
    ordinary word ("stocking names pls: dilrukshi, jarrod"): the label vouches for it."""
    if language == "en" and ":" in text:
        for start, end in _listed_names(text):
            span = judge(text, start, end)
            word = text[start:end]
            if span is None and everyday is not None and word.isalpha() and word.islower():
                span = (start, end) if len(word) >= _MIN_LOWER and not everyday(word) else None
            if span is not None:
                yield span
    if language == "fr" and "moi" in text.casefold():
        yield from _with_me(text, judge, everyday)
    runs: list[tuple[int, int]] = []
    if ":" in text:
        runs += [m.span("name") for m in _SPEAKER.finditer(text)]
        runs += [m.span("name") for m in _QUOTED.finditer(text)]
        runs += [m.span("name") for m in _QUOTED_VERB_FIRST.finditer(text)]
        if _HEADER_SIBLING.search(text):
            runs += [m.span("name") for m in _FROM.finditer(text)]
    runs += [m.span("name") for m in _SALUTATION.finditer(text)]
    says = _LABEL_SAYS.finditer(text) if _ANY_BUT.search(text) is not None else ()
    for match in (*says, *_LABEL_STEHT.finditer(text)):
        runs.append(match.span("said"))
        if match.group("meant"):
            runs.append(match.span("meant"))
    slot = _SLOTS.get(language)
    if slot is not None:
        runs += [m.span("name") for m in slot.finditer(text)]
    for start, end in runs:
        while True:  # "X svp", "X e non …": courtesy words and conjunctions end the clause, not the name
            tail = _TAIL.search(text, start, end)
            if tail is None:
                break
            end = tail.start()
        span = judge(text, start, end)
        if span is not None:
            yield span
        elif language == "fr":
            yield from _joined(text, start, end, judge)


# The people a French writer counts themself among: a list closed by "et moi", opening the clause or
# after "pour", "avec", "de" ("départ samedi pour dethier, rakotomalala, slimani et moi", "Yuba, Léa et
# moi on arrive"): items of one or two words, no digit. Each item is judged as a slot's run; a
# lower-case word the judge turns down is a name still when it is no everyday word (the list vouches
# for it, as the "names:" label does): "pour sebag, aït mouhoub, mammeri et moi".
_ITEM = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*(?:[ \t]+[^\W\d_]+(?:['’\-][^\W\d_]+)*)?"
_WITH_ME = factored.compile(
    r"(?:^|(?<=[\n:;(—–])[ \t]*|(?<=[.!?])[ \t]+|(?<![\w'’])(?:pour|avec|de)[ \t]+)"
    rf"(?P<list>{_ITEM}(?:[ \t]*,[ \t]*{_ITEM})*)[ \t]*,?[ \t]+et[ \t]+moi(?![\w'’])",
    re.IGNORECASE,
)
_ITEM_SEPARATOR = re.compile(r"[ \t]*,[ \t]*")


def _with_me(text: str, judge: Judge, everyday: Callable[[str], bool] | None) -> Iterator[tuple[int, int]]:
    """The items of a French list closed by "et moi" that have a name's shape (see `_WITH_ME`)."""
    for match in _WITH_ME.finditer(text):
        start, end = match.span("list")
        pos = start
        for sep in (*_ITEM_SEPARATOR.finditer(text, start, end), None):
            item_end = sep.start() if sep is not None else end
            word = text[pos:item_end]
            span = judge(text, pos, item_end)
            if span is None and everyday is not None and word.isalpha() and word.islower():
                span = (pos, item_end) if len(word) >= _MIN_LOWER and not everyday(word) else None
            if span is not None:
                yield span
            if sep is not None:
                pos = sep.end()


# "chambre pour merveille kalonji et maryse lemaire", "au nom de Léa Roux et Hugo Petit": a French
# slot holding two people joined by "et", each side judged as the slot's run is
_ET = re.compile(r"[ \t]+et[ \t]+", re.IGNORECASE)


def _joined(text: str, start: int, end: int, judge: Judge) -> Iterator[tuple[int, int]]:
    """Both sides of one "et" in a French slot's run the judge turned down whole, when the judge
    takes each side: a slot holds people, and "et" joins two of them ("pour léa et le chien" gives
    nothing, the judge refusing "le chien")."""
    joins = list(_ET.finditer(text, start, end))
    if len(joins) != 1:
        return
    sides = [judge(text, start, joins[0].start()), judge(text, joins[0].end(), end)]
    if all(side is not None for side in sides):
        yield from (side for side in sides if side is not None)
