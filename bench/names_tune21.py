"""`python -m bench.names_tune21`: names in lower-case chat, six languages.

Written for a round on lower-case names, from the writer's own knowledge of how customers type to
shops on WhatsApp in en, fr, it, pt, es and de, before any rule was changed for it and without
reading a held-out file, its misses or the shipped name and place lists (the names are chosen by
the writer; `main()` prints how many of them `given_names*.tsv` lacks). Every name message is
typed all in lower case (a template starting with `~`), in twelve shapes a language:

- a sign-off and a full name at the end ("cordiali saluti, …", "un saludo, …", "bisous …");
- "with" and its kin before a full name ("ho parlato con … del negozio", "ich war mit … im laden");
- a lower-case greeting before a first name ("ciao …,", "hola …", "hey …");
- a signature line alone at the end of the message;
- "I'm / sono / soy / je suis / ich bin / sou" and "my name is" before a full name;
- a kinship word before a first name or a full name ("mia sorella …", "mi primo …", "my cousin …");
- a name as the subject of a pick-up ("… picks it up tomorrow", "il pacco lo ritira …");
- an apology or thanks with a vocative and an emoji ("sorry …,", "grazie … 🙏");
- a greeting and a self-introduction in one message (two names).

Half of each language's given names are also everyday words there or nearby (colours, virtues,
flowers, months: "will", "grace", "rosa", "viola", "gioia", "paz", "luz", "graça", "ernst", "heide");
the rest are given names of communities earlier sets use little (Igbo, Māori and Irish; Breton;
Sardinian and southern nicknames; Tupi-Guarani; Mapuche and Quechua; Kurdish and Swiss German
nicknames), chosen so that `given_names*.tsv` lacks them. Surnames are hand-written likewise.

The no-PII messages (30 a language, all lower case) are shop chat dense with those same words as
words: colours, moods, flowers, virtues, months, verbs ("will", "mark the parcel", "ganz ernst").

It prints names protected and no-PII messages unchanged with the rules only (the stock en spaCy
pipeline), and with `--show N` up to N misses and false positives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import chat_tune
from bench.chat_tune import Example

LANGS = ("en", "fr", "it", "pt", "es", "de")
SEED = 20261221
REPEATS = 5  # each template filled with this many names

_FIRST = {
    "en": (
        "will", "mark", "frank", "grace", "hope", "ruby", "rose", "june", "dawn", "faith",
        "somto", "ogechi", "adaobi", "tochukwu", "nkiruka", "aroha", "tamati", "wiremu", "mairead", "eabha",
    ),
    "fr": (
        "rose", "claire", "blanche", "violette", "marguerite", "aurore", "capucine", "prune",
        "constance", "victoire", "maëlan", "youenn", "riwan", "bleuenn", "azilis", "loeiz", "solenn",
        "maiwenn", "gwenvaël", "trifine",
    ),
    "it": (
        "viola", "gioia", "serena", "rosa", "chiara", "stella", "aurora", "bianca", "fiore",
        "speranza", "giomaria", "bainzu", "giuannicu", "tottoi", "peppinu", "tittì", "totò", "bastianina",
        "gonaria", "itria",
    ),
    "pt": (
        "graça", "luz", "glória", "rosário", "conceição", "fátima", "aurora", "vitória", "estrela",
        "flor", "kauã", "cauê", "potira", "ubiratã", "aruanã", "ybytu", "kaiala", "aratã", "jandaíra",
        "piatã",
    ),
    "es": (
        "paz", "luz", "rocío", "dolores", "nieves", "amparo", "consuelo", "pilar", "victoria",
        "esperanza", "nahuel", "amaru", "killa", "ayelén", "yanara", "rayén", "millaray", "lautaro",
        "aukan", "ailén",
    ),
    "de": (
        "ernst", "frank", "heide", "iris", "rosa", "erika", "jasmin", "linde", "august", "gisela",
        "rojda", "zozan", "hevin", "housi", "resli", "rojin", "delal", "beritan", "dilvin", "welat",
    ),
}  # fmt: skip
_SURNAMES = {
    "en": (
        "okafor", "mensah", "kowalczyk", "brennan", "doherty", "gallagher", "patel", "nair",
        "ramsay", "whitlock", "pemberton", "hargreaves", "okonkwo", "lindqvist", "halloran",
        "ashworth", "fairbairn", "strachan", "mcbride", "adebayo",
    ),
    "fr": (
        "kerjean", "le gall", "tanguy", "quéré", "morvan", "guillou", "jacquemart", "fournel",
        "vasseur", "lheureux", "dufresne", "cazenave", "etcheverry", "lacombe", "le bihan",
        "kervella", "courtois", "boulanger", "pichon", "rivière",
    ),
    "it": (
        "caruso", "ferretti", "esposito", "mancuso", "lo bianco", "di stefano", "scognamiglio",
        "cuccurullo", "pappalardo", "bevilacqua", "zanetti", "brambilla", "quagliarella", "santoro",
        "locatelli", "fumagalli", "abbate", "trombetta", "mastrangelo", "spanò",
    ),
    "pt": (
        "coutinho", "albuquerque", "figueiredo", "magalhães", "vasconcelos", "bettencourt",
        "medeiros", "brandão", "quintela", "pestana", "sampaio", "arruda", "guimarães", "teixeira",
        "nogueira", "fonseca", "cavalcanti", "barreto", "macedo", "carneiro",
    ),
    "es": (
        "romero", "peralta", "etxeberria", "goikoetxea", "urquiza", "villalba", "quiroga", "cabrera",
        "mamani", "huanca", "olaizola", "bustamante", "sepúlveda", "figueroa", "carrizo", "ledesma",
        "zurita", "barrionuevo", "saavedra", "catrileo",
    ),
    "de": (
        "keller", "brinkmann", "oltmanns", "janssen", "hinrichs", "ahlers", "ebbinghaus", "wendt",
        "petersen", "kowalski", "schütte", "tiedemann", "rademacher", "voß", "harms", "lüders",
        "meinke", "poppinga", "eilers", "hoffmann",
    ),
}  # fmt: skip

# {n} first + surname, {f} first
_SLOT = re.compile(r"\{(\w)\}")
TEMPLATES = {
    "en": (
        "~kind regards, {n}",
        "~i spoke to {n} in the shop yesterday and she said to message here",
        "~hey {f}, got the parcel today 😊",
        "~thanks for sorting the refund so fast\n{n}",
        "~hi im {n}, i ordered the boots on tuesday",
        "~my cousin {f} will collect the dress on saturday",
        "~{n} is picking it up tomorrow morning",
        "~sorry {f}, is the size 12 still in stock?",
        "~hi {f}, it's {n} from the bakery 👋",
        "~my name is {n} and i want to return the jacket",
        "~i gave the receipt to my brother {n}",
        "~cheers {f} 🙏",
    ),
    "fr": (
        "~bonne journée, {n}",
        "~j'ai parlé avec {n} au magasin, elle m'a dit de vous écrire",
        "~coucou {f}, le colis est bien arrivé 😊",
        "~merci pour le remboursement si rapide\n{n}",
        "~bonjour je suis {n}, j'ai commandé les bottes mardi",
        "~ma sœur {f} passe chercher la robe samedi",
        "~c'est {n} qui récupère le colis demain matin",
        "~désolée {f}, la taille 40 est encore dispo ?",
        "~salut {f}, c'est {n} de la boulangerie 👋",
        "~je m'appelle {n} et je voudrais retourner la veste",
        "~j'ai donné le ticket à mon cousin {n}",
        "~merci {f} 🙏",
    ),
    "it": (
        "~cordiali saluti, {n}",
        "~ho parlato con {n} del negozio, mi ha detto di scrivervi",
        "~ciao {f}, il pacco è arrivato ieri 😊",
        "~grazie mille per il rimborso così veloce\n{n}",
        "~buongiorno sono {n}, ho ordinato gli stivali martedì",
        "~mia sorella {f} passa a ritirare il vestito sabato",
        "~il pacco lo ritira {n} domani mattina",
        "~scusa {f}, la taglia 42 c'è ancora?",
        "~ciao {f}, sono {n} del forno 👋",
        "~mi chiamo {n} e vorrei fare il reso della giacca",
        "~ho dato lo scontrino a mio cugino {n}",
        "~grazie {f} 🙏",
    ),
    "pt": (
        "~att, {n}",
        "~falei com {n} na loja e ela disse pra mandar mensagem aqui",
        "~oi {f}, o pacote chegou hoje 😊",
        "~obrigada pelo reembolso tão rápido\n{n}",
        "~bom dia sou {n}, comprei as botas na terça",
        "~minha irmã {f} vai buscar o vestido no sábado",
        "~quem vai retirar é {n} amanhã de manhã",
        "~desculpa {f}, ainda tem o tamanho 38?",
        "~oi {f}, aqui é {n} da padaria 👋",
        "~meu nome é {n} e quero devolver a jaqueta",
        "~dei o recibo pro meu primo {n}",
        "~valeu {f} 🙏",
    ),
    "es": (
        "~un saludo, {n}",
        "~hablé con {n} en la tienda y me dijo que os escribiera aquí",
        "~hola {f}, ya me llegó el paquete 😊",
        "~gracias por la devolución tan rápida\n{n}",
        "~buenas soy {n}, pedí las botas el martes",
        "~mi prima {f} pasa a recoger el vestido el sábado",
        "~el paquete lo recoge {n} mañana por la mañana",
        "~perdona {f}, queda la talla 38?",
        "~hola {f}, soy {n} de la panadería 👋",
        "~me llamo {n} y quiero devolver la chaqueta",
        "~le di el ticket a mi primo {n}",
        "~gracias {f} 🙏",
    ),
    "de": (
        "~viele grüße, {n}",
        "~ich war mit {n} im laden und sie meinte ich soll hier schreiben",
        "~hallo {f}, das paket ist gestern angekommen 😊",
        "~danke für die schnelle erstattung\n{n}",
        "~moin ich bin {n}, ich hab die stiefel am dienstag bestellt",
        "~meine schwester {f} holt das kleid am samstag ab",
        "~das paket holt {n} morgen früh ab",
        "~sorry {f}, gibt es die größe 40 noch?",
        "~hi {f}, hier ist {n} von der bäckerei 👋",
        "~mein name ist {n} und ich möchte die jacke zurückschicken",
        "~ich hab den beleg meinem cousin {n} gegeben",
        "~danke {f} 🙏",
    ),
}

CLEAN = {
    "en": (
        "i will send the photos tonight",
        "will it arrive before friday?",
        "can you mark the parcel as fragile",
        "to be frank the colour was a bit off",
        "grace period for returns is 30 days right",
        "i hope it fits this time haha",
        "the ruby ring in size n please",
        "rose gold or silver for the bracelet?",
        "is the june sale still on",
        "got up at dawn to catch the courier lol",
        "keep the faith, the parcel will turn up 😂",
        "the violet one is lovely, do you have it in a 10",
        "lavender or sage for the cushion covers?",
        "the jasmine candle smells amazing 😍",
        "amber or hazel for the frames?",
        "do you do the olive green in large",
        "the daisy print dress is back in stock?",
        "iris blue or sky blue?",
        "will the august delivery slots open soon",
        "the pearl earrings came without the box",
        "april order still not here",
        "is the holly wreath real or fake",
        "mark down the price on the coat pls 🙏",
        "frank answer please, is it real leather",
        "the honey colour is more orange than the photo",
        "the heather grey hoodie in medium",
        "i'll grab the ivy plant pot too",
        "cheers, got it 👍",
        "sorry, wrong chat 🙈",
        "kind regards and thanks again",
    ),
    "fr": (
        "la robe rose existe en 38 ?",
        "c'est plus clair que sur la photo",
        "la chemise blanche est en coton ?",
        "le pull violette ou prune ?",
        "les marguerites en pot sont encore dispo ?",
        "livraison à l'aurore c'est possible ? 😂",
        "la capucine en graines vous en avez ?",
        "confiture de prune ou d'abricot ?",
        "avec constance ils livrent en retard 🙄",
        "victoire ! le colis est arrivé",
        "bonne journée et merci",
        "la taille est claire sur l'étiquette",
        "le parfum fleur d'oranger est en rupture ?",
        "rouge cerise ou rose poudré ?",
        "la bougie jasmin sent trop bon 😍",
        "olive ou kaki pour le pantalon ?",
        "le collier perle est arrivé sans boîte",
        "c'est en promo jusqu'en mai ?",
        "le vert sauge est plus foncé que prévu",
        "je prends la lavande en sachet aussi",
        "coucou, le colis est arrivé 😊",
        "désolée, mauvaise conversation 🙈",
        "merci pour tout 🙏",
        "salut, vous ouvrez dimanche ?",
        "la nuance ambre ou miel ?",
        "le bleu iris est dispo en xl ?",
        "c'est la pure vérité, il est trop petit",
        "la violette de toulouse en bonbons vous en avez ?",
        "le coussin fleuri en 40x40 svp",
        "je vous écris avec plaisir, tout est parfait",
    ),
    "it": (
        "avete la gonna viola in taglia 42?",
        "che gioia ricevere il pacco 😍",
        "serata serena, il pacco è arrivato",
        "rosa antico o rosa cipria?",
        "la spiegazione è chiara grazie",
        "il cielo stellato sulla tazza è bellissimo",
        "la stella di natale in vaso ce l'avete?",
        "la camicia bianca è di cotone?",
        "fiore all'occhiello del negozio davvero",
        "con la speranza che arrivi prima di venerdì",
        "il colore è più chiaro di come sembra",
        "la viola del pensiero in vaso quanto costa",
        "aurora boreale è il nome della fantasia?",
        "la borsa verde oliva è ancora disponibile",
        "profumo al gelsomino o alla lavanda?",
        "orecchini di perla senza scatola 😕",
        "il saldo di maggio vale anche online?",
        "ciao, il pacco è arrivato 😊",
        "scusa, chat sbagliata 🙈",
        "grazie mille 🙏",
        "cordiali saluti e buona giornata",
        "il blu notte o il grigio perla?",
        "la crema alla rosa mosqueta c'è?",
        "con gioia vi dico che è perfetto",
        "la candela all'ambra è finita?",
        "un mazzo di margherite per sabato",
        "ho parlato con il negozio e mi hanno detto di scrivervi",
        "mia sorella passa a ritirare il vestito",
        "la stella marina in argento in che misura è",
        "serena notte e grazie ancora",
    ),
    "pt": (
        "entrega de graça acima de 100?",
        "a luz do abajur é quente ou fria?",
        "glória a deus chegou 🙏",
        "o terço de rosário vem com caixa?",
        "a vitória régia de pelúcia ainda tem?",
        "o brinco estrela em prata 925",
        "o vestido de flor bordada tem no p?",
        "aurora boreal é o nome da cor?",
        "a cor é mais clara que na foto",
        "a camisa branca é de algodão?",
        "o perfume de jasmim acabou?",
        "verde oliva ou caqui?",
        "o colar de pérola veio sem caixa",
        "a promoção de maio vale no site?",
        "oi, o pacote chegou 😊",
        "desculpa, conversa errada 🙈",
        "valeu pela ajuda 🙏",
        "att e obrigada",
        "a vela de lavanda tem em 200g?",
        "rosa bebê ou rosa chá?",
        "a graça é que veio duas vezes kkk",
        "a luz de led vem com pilha?",
        "o buquê de margaridas é pra sábado",
        "falei com a loja e disseram pra mandar mensagem aqui",
        "minha irmã vai buscar o vestido",
        "cor âmbar ou mel?",
        "o azul íris tem no g?",
        "a flor de laranjeira é o óleo ou o sabonete?",
        "a estrela do mar de crochê custa quanto",
        "bom dia, vocês abrem domingo?",
    ),
    "es": (
        "lo quiero en rosa palo, talla m",
        "qué paz, ya me llegó todo",
        "la luz de la lámpara es cálida o fría?",
        "el rocío de la mañana estropeó la caja jaja",
        "dolores de cabeza con este pedido 😂",
        "la nieve artificial para el belén la tenéis?",
        "con consuelo de que llegó entero",
        "la virgen del pilar en miniatura cuánto vale",
        "victoria! ya llegó el paquete",
        "con la esperanza de que llegue antes del viernes",
        "el color es más claro que en la foto",
        "la camisa blanca es de algodón?",
        "el perfume de jazmín está agotado?",
        "verde oliva o caqui?",
        "los pendientes de perla llegaron sin caja",
        "las rebajas de mayo valen en la web?",
        "hola, ya me llegó el paquete 😊",
        "perdona, chat equivocado 🙈",
        "gracias por todo 🙏",
        "un saludo y gracias",
        "la vela de lavanda la hay en 200g?",
        "la flor de azahar es el aceite o el jabón?",
        "color ámbar o miel?",
        "el azul cielo lo tenéis en xl?",
        "hablé con la tienda y me dijeron que os escribiera",
        "mi prima pasa a recoger el vestido",
        "la estrella de mar de plata en qué medida",
        "el ramo de margaritas para el sábado",
        "con amparo legal o sin él, quiero el reembolso",
        "buenas, abrís el domingo?",
    ),
    "de": (
        "das ist ganz ernst gemeint, die jacke ist zu klein",
        "frank und frei gesagt, die farbe passt nicht",
        "die heide im topf ist schon verblüht",
        "die iris im garten blüht schon",
        "tee mit jasmin oder mit minze?",
        "die rosa bluse in größe 38 bitte",
        "die linde vor dem laden ist gefällt worden?",
        "die lieferung im august klappt noch?",
        "die erika im topf gibt es noch?",
        "die farbe ist heller als auf dem foto",
        "die weiße bluse ist aus baumwolle?",
        "olive oder khaki für die hose?",
        "die perlenohrringe kamen ohne schachtel",
        "gilt der mai-sale auch online?",
        "hallo, das paket ist angekommen 😊",
        "sorry, falscher chat 🙈",
        "danke für alles 🙏",
        "viele grüße und danke",
        "die kerze mit lavendel gibt es in 200g?",
        "ist das rosa oder eher lila?",
        "ein strauß margeriten für samstag",
        "bernstein oder honig als farbe?",
        "ich war im laden und die meinten ich soll hier schreiben",
        "meine schwester holt das kleid ab",
        "der seestern aus silber wie groß ist der",
        "moin, habt ihr sonntag offen?",
        "die mark ist schon lange weg, zahlt man jetzt in euro 😂",
        "im august ist der laden zu?",
        "die jasmin-seife ist ausverkauft?",
        "ganz ehrlich, die qualität ist top",
    ),
}


def name_messages(language: str) -> Iterator[tuple[str, chat_tune.Gold]]:
    """Every template of the language filled REPEATS times with this set's own draw."""
    pools = {"first": _FIRST[language], "surnames": _SURNAMES[language]}
    yield from chat_tune.drawn(TEMPLATES[language], REPEATS, _SLOT, f"{SEED}-{language}", pools)


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(language), CLEAN[language])


def main() -> None:
    chat_tune.print_unknown_share(LANGS, _FIRST, _SURNAMES)
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
