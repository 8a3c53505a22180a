"""Slots of chat where only a person's name can stand, and the short forms that fill them.

Friends, regulars and gift cards call people by short forms and nicknames ("Fi", "Gaz", "Giò",
"Riri", "Kiko", "Basti") that no first-name list holds. The words around such a name are a short,
closed list in every language, and the slot closes right after the name:

- **thanks or a greeting** opening a sentence, the word, then "!", ",", ".", an emoji, a kiss
  ("x") or a line break: "Thanks Fi!!", "Danke Jupp!!", "cheers Mikey x", "Ciao Jacopo, …";
- **a wish**, the word, and the same closings: "Happy birthday Gaz!", "Buon compleanno Ale!",
  "¡feliz cumple nacho!", "Alles Gute zum Geburtstag Basti!";
- **who the wish is from**, after a wish in the same message or after "love from": "Love from
  Gareth", "Da Chiara e i bambini", "De Letícia", "Von Malte und den Kindern";
- **a greeting passed on**: "say hi to bex", "salutatemi Sasà", "dites bonjour à béa de ma part",
  "manda um beijo pra bia", "dadle recuerdos a Curro", "grüß Jupp von mir", "tell bex i said hi";
- **an introduction** opening a line: "hey it's Sully 😂", "oi é a Kiko", "coucou c'est Nanou".

The word is read as a name when it is not an everyday word: no stop word, no word that ends such
phrases ("Thanks Team!", "Grazie Mille!", "Merci Beaucoup !", "Danke Schön!", "Gracias Totales",
"Valeu Demais": `ADDRESSED_NOT_NAMES` and the common-word lists), no relative ("Happy Birthday
Mum!"), no brand, carrier or app ("Thanks Amazon!"). A listed first name that is also a word
("Ale", "Nacho", "Toni") stays a name in the slot when capitalised or in a text typed without
capitals; a word no list holds is a name
in any case, at least three letters long in lower case ("merci bcp" is an abbreviation list's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from recognizers import factored
from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer

_LETTERS = r"[^\W\d_]"
_WORD = re.compile(rf"{_LETTERS}+(?:['’\-]{_LETTERS}+)*")
_EMOJI = "\u2600-\u27bf\U0001f000-\U0001faff"
_SP = r"[ \t\u00a0]"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> tuple[str, ...]:
    """One phrase a line, longest first (so the regex alternation prefers it)."""
    lines = {" ".join(line.split()) for line in text.strip().splitlines() if line.strip()}
    return tuple(sorted(lines, key=lambda p: (-len(p), p)))


# Thanks and greetings that address the person whose name follows them.
THANKS_AND_GREETINGS = _phrases("""
    thanks
    thank you
    thanks so much
    thank you so much
    thanks a lot
    thanks again
    many thanks
    cheers
    thx
    tysm
    grazie
    grazie mille
    grazie ancora
    grazie infinite
    merci
    merci beaucoup
    merci encore
    merci bien
    danke
    danke schön
    dankeschön
    danke sehr
    vielen dank
    tausend dank
    gracias
    muchas gracias
    mil gracias
    graciass
    graciasss
    graciassss
    gracias de nuevo
    obrigado
    obrigada
    muito obrigado
    muito obrigada
    valeu
    brigado
    brigada
    hi
    hey
    heya
    hiya
    hello
    howdy
    ciao
    salve
    buongiorno
    buonasera
    hola
    holaa
    buenas
    buenos días
    olá
    ola
    oi
    oie
    bom dia
    boa tarde
    boa noite
    hallo
    servus
    moin
    guten morgen
    guten tag
    guten abend
    coucou
    salut
    bonjour
    bonsoir
""")

# Wishes for a day or an event, on gift cards and in messages, before the person they are for.
WISHES = _phrases("""
    happy birthday
    happy bday
    happy b-day
    happy anniversary
    happy retirement
    happy christmas
    merry christmas
    happy new year
    happy holidays
    happy easter
    happy name day
    many happy returns
    congratulations
    congrats
    well done
    get well soon
    good luck
    buon compleanno
    tanti auguri
    auguri
    buon anniversario
    buon onomastico
    buon natale
    buona pasqua
    buon anno
    congratulazioni
    felicitazioni
    complimenti
    buona guarigione
    buona fortuna
    in bocca al lupo
    joyeux anniversaire
    bon anniversaire
    bonne fête
    joyeux noël
    bonne année
    félicitations
    bonne chance
    bon rétablissement
    meilleurs vœux
    meilleurs voeux
    joyeuses fêtes
    joyeuses pâques
    feliz cumpleaños
    feliz cumple
    feliz aniversario
    feliz santo
    feliz navidad
    feliz año nuevo
    feliz año
    felices fiestas
    felicidades
    felicitaciones
    enhorabuena
    mucha suerte
    feliz aniversário
    parabéns
    parabens
    feliz natal
    feliz ano novo
    boas festas
    boa sorte
    alles gute zum geburtstag
    alles liebe zum geburtstag
    alles gute
    alles liebe
    herzlichen glückwunsch zum geburtstag
    herzlichen glückwunsch
    herzliche glückwünsche
    frohe weihnachten
    frohes neues jahr
    frohes neues
    frohe ostern
    gute besserung
    viel glück
    viel erfolg
    buona pensione
    bonne retraite
    heureuse retraite
    feliz jubilación
    feliz jubilacion
    feliz aposentadoria
    boa reforma
    alles gute zur rente
    alles gute zum ruhestand
    schönen ruhestand
""")

# A greeting or a kiss passed on to someone: the name follows ("say hi to bex", "salutatemi Sasà",
# "dites bonjour à béa", "manda um beijo pra bia", "dadle recuerdos a Curro", "grüß Jupp").
PASSED_ON = _phrases("""
    say hi to
    say hello to
    give my love to
    give my regards to
    send my love to
    send my regards to
    send my best to
    my love to
    my best to
    hugs to
    regards to
    salutami
    salutatemi
    salutaci
    salutateci
    saluta
    salutate
    saluti a
    tanti saluti a
    un saluto a
    un bacio a
    un bacione a
    un abbraccio a
    dites bonjour à
    dis bonjour à
    passe le bonjour à
    passez le bonjour à
    le bonjour à
    bisous à
    des bisous à
    embrasse
    embrassez
    mes amitiés à
    dadle recuerdos a
    dale recuerdos a
    dales recuerdos a
    recuerdos a
    saludos a
    saluda a
    saludad a
    un saludo a
    un abrazo a
    un beso a
    besos a
    manda saludos a
    mándale saludos a
    manda um beijo pra
    manda um beijo para
    manda beijos pra
    manda beijos para
    manda um abraço pra
    manda um abraço para
    um beijo pra
    um beijo para
    um abraço pra
    um abraço para
    beijos pra
    beijos para
    diz oi pra
    diga oi para
    manda lembranças pra
    manda lembranças para
    lembranças pra
    lembranças para
    grüß
    grüße
    grüßt
    grüße an
    liebe grüße an
    viele grüße an
    schöne grüße an
    einen gruß an
""")

# "tell bex i said hi": a verb of telling, the person, and the greeting told
_TOLD = factored.compile(
    rf"(?<![\w'’])(?:tell|give)(?P<name>{_SP}+{_WORD.pattern})"
    rf"{_SP}+(?:i|we){_SP}+(?:said|say){_SP}+(?:hi|hello|hey)(?![\w'’])",
    re.IGNORECASE,
)
# What may follow a name a greeting is passed on to, closing its slot: "de ma part", "von mir"
_ON_BEHALF = (
    r"i[ \t]+said[ \t]+hi|from[ \t]+(?:me|us)|for[ \t]+me|de[ \t]+ma[ \t]+part|de[ \t]+notre[ \t]+part|"
    r"da[ \t]+parte[ \t]+(?:mia|nostra)|de[ \t]+mi[ \t]+parte|de[ \t]+nuestra[ \t]+parte|"
    r"por[ \t]+mim|por[ \t]+nós|da[ \t]+minha[ \t]+parte|von[ \t]+(?:mir|uns)|tanto|tantissimo"
)

# Words that follow thanks, a greeting or a wish as words, not as someone's name: thanks' and
# greetings' intensifiers, groups ("Thanks Team!", "Hi All"), endearments ("Buon compleanno amore"),
# relatives ("Happy Birthday Mum!"), and the chat abbreviations that close thanks ("merci bcp").
ADDRESSED_NOT_NAMES = (
    w.VOCATIVE_WORDS
    | w.KIN
    | _words("""
    team squad crew folks fam family friends friend people ladies gents gentlemen everybody y'all yall
    you u ya ye man men bro bros bruh buddy pal sis dude chap lads lad girls boys kids peeps
    heaps tons lots much again anyway anyways mucho indeed though then there
    sweetie sweetheart sweety honey hon darling darlin baby bby babe angel sunshine gorgeous lovely
    mum mom mummy mommy mam mama mamma momma dad daddy papa pops nan nana nanna gran granny grandma
    grandpa grandad granddad grandmother grandfather auntie aunty aunt uncle cuz cousin hubby wifey
    bff bestie boss chef doc doctor sir madam maam ma'am miss mister mrs mr ms dr
    staff support service services store shop everyone all
    tutti tutte ragazze ragazzi raga gente amici amiche amica amico amore amo tesoro tesori cara caro
    cari care bella bello belli belle carissimo carissima carissimi mamma papà nonna nonno zia zio
    davvero ancora infinite infinito mille tante tantissime assai mille volte
    tous toutes tout monde les gars les filles chéri chérie chéris chéries mon ma mes copain copine
    copains copines maman papa mamie papy papi tata tonton beaucoup bcp bcq bcoup infiniment encore
    énormément enormement bien mille fois vous
    todos todas todo amigos amigas amigo amiga chicos chicas chavales peña cariño cariña guapa guapo
    guapas guapos reina rey corazón cielo mi mis querida querido tía tío mamá papá abuela abuelo
    totales mil infinitas infinitamente nuevo igualmente
    galera pessoal gente todos todas amor amores querida querido fofa fofo linda lindo flor mãe pai
    vó vô vovó vovô tia tio demais mesmo muito muitíssimo tudo brother
    leute zusammen alle allerseits freunde liebe lieben schatz schatzi liebling mausi süße süßer
    mama papa oma opa tante onkel schön schoen sehr vielmals nochmal dir euch ihnen herzlich
    eve day days week weekend everyone's
    legend champ champion chief star superstar hero genius luv pet duck chuck darl treasure
    grande mitico mitica capo campione campionessa stella cocco mito
    belle grand chef patron puce chou bichette
    majo maja majos majas bonita bonito preciosa precioso hermosa hermoso crack máquina campeón campeona
    genio jefe jefa mija mijo nena nene vida
    lindona lindinha querido mano mana parceiro parceira parça chefe craque gata gato fera
    meister kollege kollegin digga alter junge jungs mädels schatzi beinand mitnand mitanand zamm
    allerseits ihr
    doctor doc dottore dottoressa docteur doctora doctor doutor doutora professor professore professoressa
    professeur profesora professora prof maestro maestra signori signore signora signorina señores señora
    señorita senhores senhora senhorita messieurs mesdames monsieur madame mademoiselle herren damen
    herr frau mister missus neighbour neighbor neighbours vicino vicina vicini voisin voisine voisins
    vecino vecina vecinos vizinho vizinha vizinhos nachbar nachbarin nachbarn kollegen kollege chefin
    colleague colleagues colleghi collega collègue collègues compañeros colegas xmas navidad natale
""")
)

# A wish or thanks' slot closes right after the name: punctuation, an emoji, a kiss, a line break,
# or the closing quote of the words to be written ("écrire « Bonne retraite Exaucée » en bleu",
# "bitte „Alles Gute zur Rente Golnar“ in blau": a cake's or a card's inscription)
_CLOSES = re.compile(rf"{_SP}*(?:[!,.?;:)»”“\"]|[{_EMOJI}]|\n|$)|{_SP}+x{{1,3}}(?![\w'’])")
# ... and a greeting passed on closes also on whose behalf it is ("à béa de ma part", "Jupp von mir")
# ... or the clause that goes on speaking to the person thanked or greeted ("Thanks Sully you're a
# star", "gracias nacho nos vemos el sábado", "grazie farah sei stata gentilissima", "Danke Jupp du
# bist spitze")
_SECOND_PERSON = (
    r"you|you['’]re|youre|ur|u|ya|your|see[ \t]+(?:you|ya|u)|cya|appreciate[ \t]+it|speak[ \t]+soon|talk[ \t]+soon"
    r"|sei|siete|ci[ \t]+vediamo|ci[ \t]+sentiamo|a[ \t]+presto|sempre[ \t]+gentil\w*"
    r"|t['’]es|tu[ \t]+es|vous[ \t]+êtes|à[ \t]+bientôt|à[ \t]+plus|à[ \t]+samedi"
    r"|eres|sois|nos[ \t]+vemos|hasta[ \t]+(?:pronto|luego|el|mañana)"
    r"|você|vc|voce|tu[ \t]+é|até[ \t]+(?:mais|logo|amanhã|sábado)"
    r"|du[ \t]+bist|ihr[ \t]+seid|bis[ \t]+(?:bald|dann|morgen|samstag)|wir[ \t]+sehen[ \t]+uns"
)
# ... or what they are thanked for ("thanks Anahera for sorting the brakes")
_THANKS_CLOSES = factored.compile(
    rf"{_CLOSES.pattern}|{_SP}+(?:{_SECOND_PERSON}|for(?={_SP}+[^\W\d_]))(?![\w'’])", re.IGNORECASE
)
# English verbs whose object is "you", between a greeting and the clause: "hello hope you are well",
# "hi trust you're well", "hey miss you guys": a wish, not someone called Hope
_VERBS_OF_YOU = _words("hope hoping trust miss love wish bless thank see owe need")
_PASSED_CLOSES = factored.compile(rf"{_CLOSES.pattern}|{_SP}+(?:{_ON_BEHALF})(?![\w'’])", re.IGNORECASE)
# The sentence opening a thanks or a greeting needs ("ok thanks,", "¡¡Gracias", "Gift message: Happy")
_OPENING = (
    rf"(?:^|(?<=[\n.!?:;(]|[{_EMOJI}]))[ \t\u00a0\"“«¡¿]*"
    rf"(?:(?:ok|okay|oh|ah|aw|aww|vale|bueno|bon|ben|beh|allora|ja|also|então|entao|tá|so|well|and|e|y|et|und)"
    rf"{_SP}*,?{_SP}+)?"
)
_ARTICLE = rf"(?:(?:la|il|lo|el|o|a|der|die)(?={_SP}+\w){_SP}+)?"
# "Love from Gareth", "Da Chiara e i bambini", "De Letícia", "Von Malte", "de parte de nerea"
_FROM = factored.compile(
    rf"(?:^|(?<=[\n.!?,:;]|[{_EMOJI}]))[ \t\u00a0]*"
    rf"(?:(?:(?:lots{_SP}+of|all{_SP}+(?:my|our)|with|much){_SP}+)?love{_SP}+)?"
    rf"(?:from|de{_SP}+parte{_SP}+de|da{_SP}+parte{_SP}+di|da{_SP}+parte{_SP}+de|da|dai|de|von|vom)"
    rf"{_SP}+(?=[^\W\d_])",
    re.IGNORECASE,
)
_LOVE_FROM = factored.compile(
    rf"(?:^|(?<=[\n.!?,:;]|[{_EMOJI}]))[ \t\u00a0]*(?:\w+{_SP}+){{0,2}}?love{_SP}+from", re.IGNORECASE
)
# "hey it's Sully 😂", "oi é a Kiko", "coucou c'est Nanou": an introduction after a greeting at most
_INTRODUCING = rf"(?:it['’]s|its|it{_SP}+is|c['’]est|é{_SP}+(?:a|o)|sou{_SP}+(?:a|o)){_SP}+"
_INTRODUCED = factored.compile(
    rf"(?:^|(?<=[\n.!?]))[ \t\u00a0]*(?:(?:{'|'.join(re.escape(g) for g in THANKS_AND_GREETINGS)})"
    rf"{_SP}*[,!]?{_SP}*)?{_INTRODUCING}",
    re.IGNORECASE,
)
# Screens: every match of `_LOVE_FROM` ends in what `_LOVED` finds, every match of `_INTRODUCED` in what
# `_INTRODUCING` finds (the same pieces with nothing around them): a text where a screen finds nothing skips
# the scan, which starts at every line, sentence and clause with an optional run of words or greetings.
_LOVED = factored.compile(rf"love{_SP}+from", re.IGNORECASE)
_INTRODUCING_SCREEN = factored.compile(_INTRODUCING, re.IGNORECASE)
# Superlatives that thank as words ("Grazie, gentilissima", "Gracias, amabilísima")
_SUPERLATIVE = re.compile(r"(?:issim[oaie]|ísim[oa]s?|íssim[oa]s?)$")
# Elided articles and prepositions glued to the next word ("dell'aiuto", "l'ordine", "c'est"), not
# "D'Angelo": a name never opens so
_ELIDED = re.compile(r"(?:l|c|j|m|n|s|t|qu|dell|dall|nell|sull|all|coll|quell|un)['’]", re.IGNORECASE)
# ... and an introduction also on "again", "from", "here" ("oi é a Kiko de novo", "it's Baz from …")
_INTRODUCED_CLOSES = factored.compile(
    rf"{_CLOSES.pattern}|{_SP}+(?:again|from|here|de[ \t]+novo|encore|di[ \t]+nuovo|otra[ \t]+vez|de[ \t]+nuevo"
    r"|nochmal|schon[ \t]+wieder|qui|aquí|aqui|ici|hier)(?![\w'’])",
    re.IGNORECASE,
)
_MIN_LOWER = 3  # a lower-case word no list holds, shorter than this, is too often chat shorthand

Reader = Callable[[str, int, bool], "tuple[int, int] | None"]


def _alternation(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", rf"{_SP}+") for p in phrases)


class VocativeSlots:
    """The names in the slots above, for one language (see module doc)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._thanks = factored.compile(
            rf"{_OPENING}(?:{_alternation(THANKS_AND_GREETINGS)}){_SP}*,?{_SP}+(?=[^\W\d_])", re.IGNORECASE
        )
        self._wish = factored.compile(rf"(?<!\w)(?:{_alternation(WISHES)}){_SP}*,?{_SP}+(?=[^\W\d_])", re.IGNORECASE)
        self._passed = factored.compile(
            rf"(?<![\w'’])(?:{_alternation(PASSED_ON)}){_SP}+{_ARTICLE}(?=[^\W\d_])", re.IGNORECASE
        )

    def find(self, text: str, read: Reader) -> Iterator[tuple[int, int]]:
        """Spans of the names in the slots; `read(text, pos, lower)` reads a capitalised run."""
        for match in self._thanks.finditer(text):
            span = self._slot(text, match.end(), read, _THANKS_CLOSES)
            if span:
                yield span
        wished = False
        for match in self._wish.finditer(text):
            wished = True
            span = self._slot(text, match.end(), read, _THANKS_CLOSES)
            if span:
                yield span
        for match in self._passed.finditer(text):
            span = self._slot(text, match.end(), read, _PASSED_CLOSES, single=True)
            if span:
                yield span
        for match in _TOLD.finditer(text):
            start = match.start("name") + len(match.group("name")) - len(match.group("name").lstrip())
            if self.name(text[start : match.end("name")], lower_text=not any(ch.isupper() for ch in text)):
                yield start, match.end("name")
        if wished or (_LOVED.search(text) is not None and _LOVE_FROM.search(text) is not None):
            yield from self._from(text, read)
        for match in _INTRODUCED.finditer(text) if _INTRODUCING_SCREEN.search(text) is not None else ():
            span = self._slot(text, match.end(), read, _INTRODUCED_CLOSES)
            if span:
                yield span

    def _slot(
        self, text: str, pos: int, read: Reader, closes: re.Pattern[str], *, single: bool = False
    ) -> tuple[int, int] | None:
        """The name at `pos` when its slot closes right after it: a capitalised run (one word when
        `single`), or one lower-case word."""
        word = _WORD.match(text, pos)
        if word is not None and closes is _THANKS_CLOSES and word.group().casefold() in _VERBS_OF_YOU:
            if not _CLOSES.match(text, word.end()):
                return None  # "hello hope you are well"; "Hello Hope!" still greets her
        if word is None or not self.name(word.group(), lower_text=not any(ch.isupper() for ch in text)):
            return None
        span: tuple[int, int] | None = word.span()
        if word.group()[0].isupper() and not single:
            span = read(text, pos, False) or span
        assert span is not None  # noqa: S101 - set from the word above
        return span if closes.match(text, span[1]) else None

    def _from(self, text: str, read: Reader) -> Iterator[tuple[int, int]]:
        """Who a wish is from: "Love from Gareth", "Da Chiara e i bambini", "Von Malte und …"."""
        lower_text = not any(ch.isupper() for ch in text)
        for match in _FROM.finditer(text):
            word = _WORD.match(text, match.end())
            if word is None or not self.name(word.group(), lower_text=lower_text):
                continue
            if word.group()[0].isupper():
                span = read(text, match.end(), False)
            elif lower_text:
                span = word.span()
            else:
                continue
            if span:
                yield span

    def name(self, token: str, *, lower_text: bool = False) -> bool:
        """Whether a word in a slot is a name: see the module doc. In a text typed without capitals
        ("ok cheers poppy!!") a listed first name needs no capital to stay one."""
        folded = token.casefold()
        lists = gazetteer()
        languages = {self.language, "en"}
        if _ELIDED.match(token) or (_SUPERLATIVE.search(folded) and len(folded) > 7):
            return False
        if folded in _GREETING_WORDS:
            return False  # "Moin moin", "hey hey": the greeting said twice
        if folded in ADDRESSED_NOT_NAMES or folded in w.NOT_NAMES or folded in w.ATTENTION:
            return False
        if folded in w.WEEKDAYS or _CONTRACTION.fullmatch(folded):
            return False
        if any(folded in lists.stop_words.get(lang, frozenset()) for lang in languages):
            return False
        companies = (w.CARRIERS, w.APPS, w.BRANDS, w.EPONYMOUS_BRANDS, w.DELIVERY_APPS, w.CUE_COMPANIES)
        if any(folded in listed for listed in companies):
            return False
        popularity = lists.popularity.get(folded, 0)
        capital = token[0].isupper()
        if token.isupper() and len(token) > 1 and popularity == 0:
            return False  # "Thanks DHL!", "Hi TEAM": a code or shouting, not a short name
        if popularity >= 1 and (capital or lower_text) or popularity >= 2:
            return True
        if any(folded in lists.common.get(lang, frozenset()) for lang in languages):
            return False
        return len(folded) >= (2 if capital else _MIN_LOWER)


_GREETING_WORDS = frozenset(p for p in THANKS_AND_GREETINGS if " " not in p)
_CONTRACTION = re.compile(r"[^\W\d_]+['’](?:m|s|re|ve|ll|d|t)", re.IGNORECASE)
