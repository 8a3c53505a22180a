"""`python -m bench.nopii_tune14`: words that are first names somewhere, in lower case, capitals, tags and feasts.

Written for a round on no-PII messages that the first-name gazetteer changes, from the writer's own
knowledge of how people write to shops on WhatsApp in es, pt, it, en and de, without reading any
held-out file or its misses, and written and committed before any rule was changed for it (its
words, brands, feasts and colours chosen by the writer, not taken from the lists Veil ships; some
are surely absent from them). Its shapes are ones `nopii_tune5`, `8`, `10` and `11` lack:

- `lower`: chat with no capital at all, where a noun, adjective or verb of the language is a first
  name elsewhere ("lana merino", "es rosa palo", "de graça", "la spiegazione è chiara", "i will
  send it", "ganz ernst gemeint");
- `titled`: a product listing or menu in Title Case ("Jersey Lana Merino Talla M", "Torta Margherita
  Alla Crema", "Pearl Drop Earrings");
- `caps`: a whole message in capitals ("QUIERO LA ROSA Y LA BLANCA", "OLIVE OR SAGE?");
- `tag`: a brand's or campaign's hashtag or @handle, and the word beside it ("@floresdelmar_shop",
  "#rosapastel", "@casa.aurora");
- `feast`: a saint's day or feast used as a date or an occasion ("para San Juan", "no São João",
  "dopo Santo Stefano", "vor Sankt Martin", "by St Patrick's");
- `spec`: a colour, finish or material named like a person in a spec ("color Jade", "acabamento
  Pérola", "tessuto Alba", "Farbe Lila");
- `emoji`: a word next to an emoji, lower case ("🌹rosa", "sol ☀️", "ruby 💍");
- `compound` (de only): a name inside a German compound or a brand ("Marienkäfer", "Johannisbeeren",
  "Petersilie", "Martinsgans").

Controls ({n}: first name and surname, {f}: first name) put real people in the same registers, most
of them bearing names the no-PII messages use as words: lower-case self-introductions ("me llamo
{f} y…", "sono {f}, ho ordinato…"), a name signing a lower-case message, a name after "con", "per",
"for". A control template with no capital letter is filled in lower case (the whole message is).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "lower": (
            "hola, el jersey es de lana o sintético?",
            "lo quiero en rosa palo, talla m",
            "la clara de huevo pasteurizada la tenéis en brick?",
            "no hay prisa, con que llegue antes de reyes me vale",
            "el bolso de flor bordada sigue disponible?",
            "la crema de sol factor 50 cuánto cuesta",
            "la sal del mar muerto es la de 500g?",
            "tenéis velas de luz cálida o solo fría?",
            "el collar de perla cultivada viene con caja?",
            "qué paz, ya me llegó todo bien jaja",
        ),
        "titled": (
            "Jersey Lana Merino Talla M",
            "Menú: Ensalada Templada, Merluza A La Sal, Flan De Huevo",
            "Colgante Estrella De Mar Plata 925",
            "Vela Aromática Flor De Azahar 200g",
            "Camiseta Sol Y Sombra Algodón Orgánico",
            "Pendientes Perla Blanca Cierre Presión",
        ),
        "caps": (
            "QUIERO LA ROSA Y LA BLANCA EN TALLA 38",
            "EL PEDIDO DE LANA NO HA LLEGADO",
            "HOLA TENÉIS LA MANTA DE FLORES EN CELESTE?",
            "LA CREMA DE SOL ME HA LLEGADO ABIERTA",
            "NECESITO EL COJÍN EN AMBAR ANTES DEL VIERNES",
        ),
        "tag": (
            "os vi en @floresdelmar_shop, sois la misma tienda?",
            "el sorteo de #lanaypunto sigue activo?",
            "me lo recomendó la cuenta @casa.alba.deco",
            "vi el vestido en #rosapastel de instagram",
            "la colección @solymar.baño ya está en web?",
        ),
        "feast": (
            "lo necesito para la noche de San Juan, llegaría?",
            "cerráis por San Isidro?",
            "es un regalo para Reyes, podéis envolverlo?",
            "para Sant Jordi hacéis descuento en libros?",
            "abrís el día del Pilar?",
            "lo quiero antes de San Fermín que me voy a pamplona",
        ),
        "spec": (
            "la funda color Jade, la tenéis para el iphone 13?",
            "acabado Perla o acabado Marfil, cuál brilla menos?",
            "la pintura tono Alba es la de la foto?",
            "el sofá en tela Celeste, se puede lavar?",
            "el esmalte en tono Coral me llega mañana?",
            "tono Rocío o tono Arena para el baño?",
        ),
        "emoji": (
            "me encanta 😍 la quiero en rosa 🌸",
            "sol ☀️ y playa, necesito el bikini ya jaja",
            "🌹rosa o 🤍blanca? no me decido",
            "la de flor 🌼 está agotada?",
            "mar 🌊 es el azul más oscuro?",
            "gracias!! 🙏 qué paz",
        ),
    },
    "pt": {
        "lower": (
            "o frete é de graça acima de 100?",
            "quero a capinha rosa, tem pro galaxy a54?",
            "a camiseta é branca ou off white?",
            "vocês vendem mel puro ou misturado?",
            "que linda essa bolsa, ainda tem?",
            "a luz do abajur é quente ou fria?",
            "comprei o kit de aloe vera e veio sem a tampa",
            "o perfume é de flor de laranjeira?",
            "o brinco de pérola vem com certificado?",
            "paz, chegou tudo certinho obrigado",
        ),
        "titled": (
            "Vestido Midi Flor De Lis Viscose",
            "Kit Presente Aurora Boreal Com Vela",
            "Colar Estrela Do Mar Banhado A Ouro",
            "Cardápio: Bolo De Mel, Pudim De Leite, Torta Holandesa",
            "Toalha Luz Do Sol 100% Algodão",
            "Brinco Pérola Negra Tarraxa",
        ),
        "caps": (
            "QUERO O VESTIDO ROSA E O BRANCO",
            "A ENTREGA FOI DE GRAÇA OU VOU PAGAR?",
            "TEM A VELA DE FLOR DE LARANJEIRA?",
            "MEU PEDIDO DE MEL AINDA NÃO CHEGOU",
            "TEM O SOFÁ EM CELESTE?",
        ),
        "tag": (
            "vi no @luzdolar.decor, é da loja de vocês?",
            "o sorteio #florbela ainda tá valendo?",
            "achei vocês pela @casa.aurora.store",
            "tá no #rosachá do insta esse tom?",
            "o perfil @melebela é de vocês?",
        ),
        "feast": (
            "chega antes do São João? é pra festa",
            "vocês abrem no feriado de Nossa Senhora Aparecida?",
            "quero pro Santo Antônio, dia dos namorados",
            "tem roupa de festa junina pro São Pedro?",
            "doces pra Cosme e Damião vocês fazem?",
            "entrega antes do Dia de Reis?",
        ),
        "spec": (
            "acabamento Pérola ou acabamento Grafite?",
            "a cor Celeste é clara mesmo ou mais pro azul?",
            "o tecido Linho Aurora amassa muito?",
            "tom Jade serve pra pele morena?",
            "a tinta cor Graça é fosca?",
            "o piso na cor Esmeralda ainda tem?",
        ),
        "emoji": (
            "amei 😍 quero na cor rosa 🌸",
            "luz ✨ do abajur queimou em 2 dias",
            "🌹rosa ou 🤍branca, qual combina?",
            "mel 🍯 orgânico chegou?",
            "sol ☀️ e praia, preciso do biquíni até sexta",
            "obrigada 🙏 paz",
        ),
    },
    "it": {
        "lower": (
            "la spiegazione è chiara, grazie. faccio il reso",
            "la maglia la prendo viola, la s",
            "la borsa in ambra è ancora disponibile?",
            "tutto arrivato, che gioia",
            "il tessuto è di lana vera o misto?",
            "la spedizione è franco domicilio?",
            "serena la consegna, tutto perfetto",
            "la collana di perla ha la chiusura in argento?",
            "la crema al gusto di stella alpina ce l'avete?",
            "la gemma è vera o sintetica?",
        ),
        "titled": (
            "Maglione Lana Merino Colore Viola",
            "Menù: Pizza Margherita, Spaghetti Alla Norma, Tiramisù",
            "Collana Stella Marina Argento 925",
            "Candela Profumata Fiore Di Loto",
            "Cuscino Alba Chiara Cotone",
            "Orecchini Perla Bianca Pendenti",
        ),
        "caps": (
            "VORREI LA ROSA E LA BIANCA IN 38",
            "IL MAGLIONE DI LANA NON È ARRIVATO",
            "AVETE IL PLAID IN CELESTE?",
            "LA SPEDIZIONE È FRANCO DOMICILIO?",
            "LA BORSA AMBRA È TORNATA?",
        ),
        "tag": (
            "vi ho visto su @casa.aurora.design, siete voi?",
            "il giveaway #gioiadinatale è ancora aperto?",
            "l'account @perla_bijoux è vostro?",
            "ho visto il colore #violapastello su instagram",
            "su @stellamarina.shop c'è lo stesso modello",
        ),
        "feast": (
            "arriva prima di Santo Stefano?",
            "siete aperti a Sant'Ambrogio?",
            "lo volevo per Santa Lucia, è un regalo",
            "le zeppole di San Giuseppe le fate anche senza glutine?",
            "chiudete per San Giovanni?",
            "la consegna dopo San Silvestro va bene",
        ),
        "spec": (
            "il divano in tessuto Alba si lava?",
            "colore Ambra o colore Perla per la cucina?",
            "finitura Gioia è lucida o opaca?",
            "la vernice tono Aurora quanti litri servono?",
            "la cover colore Giada per iphone 14 c'è?",
            "il piumino tinta Celeste è sfoderabile?",
        ),
        "emoji": (
            "bellissima 😍 la voglio viola 💜",
            "🌹rosa o 🤍bianca? non so",
            "sole ☀️ e mare, mi serve il costume entro sabato",
            "che gioia 🥰 tutto arrivato",
            "la stella ⭐ di natale è finita?",
            "grazie 🙏 serena",
        ),
    },
    "en": {
        "lower": (
            "i will send it back tomorrow if that's ok",
            "can you mark it as a gift please",
            "hope it arrives before friday",
            "the charger needs a jack for the old headphones?",
            "to be frank the first one was better",
            "is the penny loafer true to size",
            "may i swap it for a bigger size",
            "the sandy beige one or the grey",
            "is the ruby ring real gold",
            "the olive jumper in a medium pls",
        ),
        "titled": (
            "Ruby Red Velvet Cushion Cover 45cm",
            "Pearl Drop Earrings Sterling Silver",
            "Menu: Jacket Potato, Penny Bun Soup, Summer Pudding",
            "Ivy Leaf Garland 2m Battery Lights",
            "Holly Wreath With Pine Cones",
            "Hazel Wood Plant Stand Large",
        ),
        "caps": (
            "OLIVE OR SAGE FOR THE SOFA?",
            "WILL IT COME BY MONDAY",
            "THE RUBY ONE IS OUT OF STOCK AGAIN",
            "CAN YOU MARK THE BOX FRAGILE",
            "IS THE AMBER LAMP BACK",
        ),
        "tag": (
            "saw you on @ivyandpearl_home, is that you?",
            "the #ruby_tuesday giveaway still on?",
            "found the jumper via @holly.and.hazel",
            "is @sandybay.surf your other shop?",
            "saw #hopeforspring on insta, is it in store",
        ),
        "feast": (
            "will it arrive before St Patrick's?",
            "are you open on St Andrew's Day?",
            "need it for St David's Day, kid's costume",
            "anything for Valentine's under 20?",
            "order by when for St George's Day?",
            "closed for Boxing Day and St Stephen's?",
        ),
        "spec": (
            "colour Jade or colour Olive for the bedroom?",
            "finish Pearl, is it glossy?",
            "the rug in shade Hazel, how thick?",
            "fabric Heather, is it wool?",
            "the paint in Amber, do you do tester pots",
            "the case in Ruby for the pixel 8?",
        ),
        "emoji": (
            "love it 😍 the ruby 💍 one please",
            "hope 🤞 it comes tomorrow",
            "🌹rose or 🤍white? can't decide",
            "olive 🫒 green one pls",
            "may ☀️ delivery is fine",
            "thanks 🙏 will do",
        ),
    },
    "de": {
        "lower": (
            "ist das ganz ernst gemeint mit dem rabatt?",
            "ich will die jacke zurückschicken",
            "die mütze gibt es auch in rosa oder lila?",
            "frank und frei, die erste lieferung war besser",
            "ist die heide im topf winterhart?",
            "die erika pflanzen sind alle vertrocknet angekommen",
            "der rahmen ist aus linde oder buche?",
            "die iris blüht erst nächstes jahr oder?",
            "gibt es den tee mit jasmin auch lose?",
            "die flora im garten ist super, danke für den tipp",
        ),
        "titled": (
            "Strickmütze Rosa Mit Bommel",
            "Duftkerze Jasmin Und Vanille 200g",
            "Bilderrahmen Linde Natur 30x40",
            "Speisekarte: Frankfurter Kranz, Wiener Schnitzel, Kaiserschmarrn",
            "Hortensie Lila Im Topf",
            "Kissenbezug Rose Samt 50x50",
        ),
        "caps": (
            "DIE MÜTZE IN ROSA BITTE",
            "ICH WILL DAS GELD ZURÜCK",
            "GIBT ES DIE KERZE MIT JASMIN NOCH?",
            "IST DAS ERNST GEMEINT?",
            "DER TOPF IN LILA IST KAPUTT",
        ),
        "tag": (
            "hab euch über @rosa.und.lila gefunden",
            "ist das gewinnspiel #jasminzeit noch aktiv?",
            "seid ihr auch @linde.holzdesign?",
            "auf #heideblüte gesehen, gibt es das noch?",
            "ist @erika_gartenshop euer laden?",
        ),
        "feast": (
            "kommt das noch vor Sankt Martin an?",
            "habt ihr an Mariä Himmelfahrt offen?",
            "brauche es zu Nikolaus für die kinder",
            "bis Silvester geliefert?",
            "ist an Pfingsten geschlossen?",
            "zum Valentinstag gibt es rabatt?",
        ),
        "spec": (
            "Farbe Lila oder Farbe Salbei für das bad?",
            "ausführung Jade matt, ist das eher grün?",
            "der stoff Heide meliert, kratzt der?",
            "das sofa in Bezug Flora waschbar?",
            "ton Bernstein oder ton Rosa für den flur",
            "lack Perlmutt glänzt der stark?",
        ),
        "emoji": (
            "super schön 😍 in rosa 🌸 bitte",
            "ich will 🙏 die in lila",
            "🌹rosa oder 🤍weiß? kann mich nicht entscheiden",
            "jasmin 🌼 tee ist leer?",
            "ernst 😅 gemeint? so teuer?",
            "danke 🙏 frank gesagt bin begeistert",
        ),
        "compound": (
            "die Marienkäfer Aufkleber sind ausverkauft?",
            "habt ihr noch Johannisbeeren Marmelade?",
            "die Petersilie im Topf ist welk angekommen",
            "kann ich die Martinsgans vorbestellen?",
            "die Nikolausstiefel in Kindergröße 30?",
            "gibt es den Annaberger Stollen noch?",
        ),
    },
}

CONTROLS: dict[str, tuple[str, ...]] = {
    "es": (
        "hola soy {f}, el jersey de lana me llegó roto",
        "me llamo {f} y hice un pedido ayer",
        "pregunta {f} si tenéis la talla m",
        "el pedido es para {n}, calle no hace falta",
        "gracias por todo!\n{f}",
        "habló conmigo {f} de la tienda de sol",
        "soy {n}, os escribo por la devolución",
        "Hola, soy {f}. El bolso de flor no llegó",
        "lo recoge mi hermana {f} el sábado",
        "quedé con {f} en la tienda a las 5",
        "a nombre de {n} por favor",
        "saludos, {n}",
    ),
    "pt": (
        "oi, aqui é a {f}, meu pedido de mel não chegou",
        "meu nome é {f} e comprei a capinha rosa",
        "sou a {f}, fiz o pedido ontem",
        "quem vai receber é a {n}",
        "obrigada!\n{f}",
        "falei com a {f} da loja, ela disse que tinha",
        "o pedido tá no nome de {n}",
        "Oi, sou a {f}. A vela chegou quebrada",
        "minha filha {f} vai buscar sábado",
        "a {f} do atendimento me passou o código",
        "nota fiscal no nome de {n} por favor",
        "att, {n}",
    ),
    "it": (
        "ciao sono {f}, ho ordinato la maglia viola",
        "mi chiamo {f} e vorrei fare un reso",
        "sono {n}, il pacco è arrivato rotto",
        "il pacco è per {n}",
        "grazie mille!\n{f}",
        "ho parlato con {f} del negozio ieri",
        "passa a ritirare {f} sabato",
        "Buongiorno, sono {f}. La collana non è arrivata",
        "mia sorella {f} ha il codice",
        "intestate la fattura a {n}",
        "la signora {f} mi ha detto di scrivere qui",
        "cordiali saluti, {n}",
    ),
    "en": (
        "hi its {f}, i ordered the olive jumper",
        "my name is {f} and my order hasn't come",
        "this is {n}, order 4471",
        "can you send it to {n} instead",
        "thanks so much!\n{f}",
        "i spoke to {f} in the shop yesterday",
        "my daughter {f} will collect it saturday",
        "Hi, it's {f} here. The ring came damaged",
        "{f} from your team said to message here",
        "put it under the name {n} please",
        "cheers, {n}",
        "its for my mum {f}, can you gift wrap",
    ),
    "de": (
        "hallo hier ist {f}, die mütze ist kaputt",
        "ich heiße {f} und habe gestern bestellt",
        "ich bin {n}, bestellung 5521",
        "bitte an {n} schicken",
        "danke!\nlg {f}",
        "ich hab mit {f} im laden gesprochen",
        "meine tochter {f} holt es samstag ab",
        "Hallo, hier ist {f}. Die Kerze kam kaputt an",
        "rechnung bitte auf {n}",
        "frau {f} aus der filiale meinte ich soll hier schreiben",
        "viele grüße, {n}",
        "mein mann {f} hat die bestellung gemacht",
    ),
}
# People bearing the names the no-PII messages use as words, beside names that are nothing else
FIRST: dict[str, tuple[str, ...]] = {
    "es": ("Rocío", "Clara", "Paz", "Alba", "Nieves", "Reyes", "Sol", "Mar", "Amparo", "Begoña"),
    "pt": ("Graça", "Aurora", "Luz", "Clara", "Celeste", "Glória", "Vitória", "Iara", "Rosa", "Thaís"),
    "it": ("Chiara", "Viola", "Serena", "Gioia", "Ambra", "Perla", "Aurora", "Gemma", "Stella", "Ilaria"),
    "en": ("Ruby", "Hope", "Penny", "Jack", "Frank", "Will", "Mark", "May", "Sandy", "Olive"),
    "de": ("Ernst", "Frank", "Erika", "Heide", "Iris", "Jasmin", "Rosa", "Linde", "Gudrun", "Till"),
}
SURNAMES: dict[str, tuple[str, ...]] = {
    "es": ("Ruiz", "Quintana", "Arrieta", "Montoya", "Salcedo", "Villalba", "Cuesta", "Peralta"),
    "pt": ("Figueiredo", "Bastos", "Queiroz", "Nogueira", "Sampaio", "Teixeira", "Coutinho", "Dantas"),
    "it": ("Bellini", "Fabbri", "Moretti", "Gatti", "Rinaldi", "Palumbo", "Caruso", "Negri"),
    "en": ("Thornton", "Okafor", "Bramley", "Doyle", "Haworth", "McBride", "Seddon", "Parry"),
    "de": ("Lehmann", "Brandt", "Keller", "Wagner", "Ziegler", "Roth", "Fuchs", "Sommer"),
}
REGIONS = {"es": "ES", "pt": "BR", "it": "IT", "en": "GB", "de": "DE"}
_SLOT = re.compile(r"\{(n|f)\}")
REPEATS = 2  # each control filled with this many names


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message, then the controls filled with names in turn; a control whose template
    has no capital letter is written all in lower case, its name too (the spans keep their offsets)."""
    for lang, kind, text, gold in nopii_runner.with_controls(
        language, NO_PII[language], CONTROLS[language], _SLOT, REPEATS, FIRST[language], SURNAMES[language]
    ):
        yield lang, kind, text.lower() if kind == "control" and _lower_template(text, gold) else text, gold


def _lower_template(text: str, gold: tuple[tuple[int, int], ...]) -> bool:
    """True when `text` was filled from a template with no capital: the text less its names."""
    rest, pos = "", 0
    for start, end in gold:
        rest, pos = rest + text[pos:start], end
    rest += text[pos:]
    return rest == rest.lower()


def main() -> None:
    kinds = "lower, titled, caps, tag, feast, spec, emoji, compound (de), control"
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, kinds)


if __name__ == "__main__":
    main()
