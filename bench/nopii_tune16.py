"""`python -m bench.nopii_tune16`: cue words followed by a capitalised word that is no one.

Written for a round on the cue-word rules of `recognizers/person_name_recognizer.py`
(self-introductions, honorifics, kinship and role nouns, sign-offs, "tell"/"ask" someone, "on
behalf of"), from the writer's own knowledge of how customers write to shops on WhatsApp, without
reading any held-out file or its misses, without reading the rules' word lists or the shipped
name and place lists, and before any rule was changed for it. English, Spanish, French, Italian
and Portuguese. Each no-PII message puts a cue or cue shape before a capitalised word or run that
is not a person, one kind each:

- `intro`: a self-introduction before a nationality, a loyalty tier or a customer status ("I'm
  Italian", "I'm Gold member", "soy Cliente Oro", "sono Premium", "sou Cliente Prime");
- `brand`: "from", "at", "with", "chez", "da", "con", "para", "per conto di" before a company,
  a shop or a carrier ("from Amazon", "con Movistar", "chez Darty", "da Zara", "para Correos");
- `tell`: telling, asking or passing something to a department or a team ("tell Customer
  Service", "ask Support", "dile a Atención al Cliente", "dites au Service Client");
- `sign`: a sign-off followed by a team or a company rather than a person ("Thanks, The Team",
  "Saludos, Atención al Cliente", "Cordialement, Service Client");
- `honor`: a brand or title that starts with an honorific-like word ("Dr. Martens", "Mr Porter",
  "Miss Sixty", "Madame Figaro", "Don Simón", "Mister Wonderful", "Dona Benta");
- `kin`: a kinship noun before a thing, a brand or a product ("my brother's iPhone", "mia madre ha
  un Bimby", "mi hermana tiene un Xiaomi", "ma mère a une Clio");
- `role`: a role noun before a carrier or a company ("il corriere BRT", "el repartidor de SEUR",
  "le livreur Chronopost", "the driver from DPD", "o estafeta dos CTT").

In chat style: lower case, typos, emojis. Controls put real people ({n}: first name and surname,
{f}: first name) after the same cues: "I'm {f}", "soy {n}", "from {f}", "tell {f}", a sign-off
and a name, "Dr. {n}", "my brother {f}", "il corriere {f}", "per conto di {n}". The names are
chosen by the writer, several of them uncommon ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "intro": (
            "hi I'm Italian so my sizes might be different, is a 44 a M?",
            "I'm Premium member, do I get free delivery?",
            "I'm Gold member since 2019 and the discount didn't apply",
            "hello, I'm Vegan, does the leather jacket have any real leather",
            "I am Prime so why is it 3 days",
            "Hi I'm Canadian, do you ship to Toronto?",
            "im Platinum tier btw",
        ),
        "brand": (
            "I ordered it from Amazon but it came broken",
            "I saw the same one at Currys for less",
            "I'm with Vodafone, will the phone work?",
            "bought it from Argos last week",
            "the parcel from Zalando never came",
            "do you price match with John Lewis?",
        ),
        "tell": (
            "can you tell Customer Service I'm still waiting",
            "I'll ask Support then",
            "please tell Billing the invoice is wrong",
            "could you ask Returns to call me back",
            "I told Accounts already twice",
            "pass it on to Head Office please",
        ),
        "sign": (
            "ok thank you\nThanks, The Team",
            "I'll wait for your reply\nRegards, Customer Care",
            "Best, Accounts Payable",
            "Kind regards\nThe Bookkeeping Team",
            "Cheers, Marketing",
            "many thanks\nWarm regards, Front Desk",
        ),
        "honor": (
            "do you sell Dr. Martens in size 6?",
            "I got the jacket from Mr Porter, can you alter it",
            "are the Miss Selfridge jeans back in?",
            "is the Mr Kipling cake gluten free",
            "Dr Oetker pizza is out of stock again",
            "do you stock Mrs Crimble's macaroons?",
        ),
        "kin": (
            "my brother's iPhone won't charge with this cable",
            "my mum has a Dyson, do the filters fit?",
            "my sister's Kindle froze after the update",
            "my dad wants the Samsung one",
            "my wife's Fitbit strap broke",
            "my son Xbox controller needs a new battery",
            "grandma's Nespresso is leaking",
        ),
        "role": (
            "the driver from DPD left it at the wrong door",
            "the courier Evri said it was delivered",
            "your delivery guy from Yodel was really rude",
            "the engineer from Openreach is coming tomorrow",
            "the postman Royal Mail sticker says 2nd class",
            "the rep from Samsung said it's under warranty",
        ),
    },
    "es": {
        "intro": (
            "hola soy Cliente Oro y no me aplica el descuento",
            "soy Premium desde hace años",
            "soy Argentina, hacéis envíos a Buenos Aires?",
            "Soy Autónomo, me podéis hacer factura?",
            "soy Socio Club y no me salen los puntos",
            "hola! soy Vegana, el bolso es de piel?",
            "soy Cliente Prime, por qué tarda tanto",
        ),
        "brand": (
            "lo compré en Amazon pero me llegó roto",
            "estoy con Movistar, me sirve el router?",
            "me lo mandaron por Correos y no llega",
            "es para Correos Express o para SEUR?",
            "en El Corte Inglés lo tienen más barato",
            "lo vi en Zara igual",
            "tengo fibra con Digi",
        ),
        "tell": (
            "dile a Atención al Cliente que sigo esperando",
            "pregúntale a Contabilidad por la factura",
            "pásaselo a Devoluciones porfa",
            "decidle a Administración que ya pagué",
            "lo hablo con Soporte Técnico mañana",
            "avisad a Almacén que falta una caja",
        ),
        "sign": (
            "gracias\nSaludos, Atención al Cliente",
            "Un saludo, Departamento de Compras",
            "Atentamente, Administración",
            "gracias!\nUn abrazo, el equipo de Recursos Humanos",
            "Saludos cordiales\nDepartamento Comercial",
            "Gracias, Dirección",
        ),
        "honor": (
            "tenéis zumo Don Simón de piña?",
            "el Señor de los Anillos en edición especial está?",
            "quiero las Doña Pepa de limón",
            "el vino Marqués de Riscal cuánto vale",
            "tenéis agendas de Mr. Wonderful?",
            "las galletas Don Limpio... perdón, el Don Limpio para suelos",
        ),
        "kin": (
            "mi hermana tiene un Xiaomi, le sirve la funda?",
            "mi madre tiene una Thermomix antigua",
            "el iPhone de mi hermano no carga",
            "mi padre quiere el Samsung grande",
            "mi mujer tiene una Cecotec y va genial",
            "mi abuela usa Android",
        ),
        "role": (
            "el repartidor de SEUR no ha pasado",
            "el mensajero MRW dice que no había nadie",
            "el técnico de Movistar viene el lunes",
            "el cartero de Correos dejó aviso",
            "el transportista Nacex me llamó",
            "la comercial de Vodafone me dijo otra cosa",
            "el conductor de GLS lo dejó en portería",
        ),
    },
    "fr": {
        "intro": (
            "je suis Parisienne, vous livrez dans le 15e ?",
            "bonjour je suis Client Premium et la livraison est payante ?",
            "je suis Belge, ça marche en Belgique ?",
            "Je suis Végétarienne, il y a de la gélatine dedans ?",
            "je suis Gold depuis 2 ans",
            "moi c'est Carte Fidélité, j'ai droit à la remise ?",
            "je suis Auto-entrepreneur, facture possible ?",
        ),
        "brand": (
            "je l'ai vu chez Darty moins cher",
            "je l'ai commandé sur Cdiscount",
            "je suis chez Free, la box est compatible ?",
            "envoyé par Colissimo",
            "c'est pour Leclerc ou pour vous ?",
            "je passe chez Boulanger demain",
            "j'ai un forfait chez Bouygues",
        ),
        "tell": (
            "dites au Service Client que j'attends toujours",
            "demandez à la Comptabilité svp",
            "transmettez à la Direction merci",
            "je vais demander au SAV alors",
            "vous pouvez voir avec Logistique ?",
            "prévenez le Magasin que je passe",
        ),
        "sign": (
            "merci\nCordialement, Service Client",
            "Bien à vous, La Direction",
            "Cordialement\nService Comptabilité",
            "Bonne journée, l'Équipe Commerciale",
            "Merci, Service Achats",
            "Salutations, Le Secrétariat",
        ),
        "honor": (
            "vous avez le dernier Madame Figaro ?",
            "les Monsieur Madame pour enfants sont en rayon ?",
            "le Docteur Maboul c'est pour quel âge",
            "vous vendez le Dr. Martens 1460 en 38 ?",
            "le Père Noël en chocolat est à combien",
            "la Mère Poulard en biscuits, vous avez ?",
        ),
        "kin": (
            "ma mère a une Clio, les essuie-glaces vont ?",
            "le iPhone de mon frère ne charge plus",
            "ma sœur a un Dyson, le filtre est compatible ?",
            "mon père veut le Samsung",
            "ma femme a la Nespresso Vertuo",
            "mon fils joue sur Switch",
        ),
        "role": (
            "le livreur Chronopost n'est pas passé",
            "le facteur de La Poste a laissé un avis",
            "le technicien Orange vient jeudi",
            "le transporteur DHL dit adresse incomplète",
            "le coursier Stuart est reparti",
            "la conseillère SFR m'a dit l'inverse",
            "le chauffeur de Geodis a appelé",
        ),
    },
    "it": {
        "intro": (
            "sono Cliente Premium e la spedizione non è gratis?",
            "sono Milanese, consegnate a Milano in giornata?",
            "ciao sono Vegana, la borsa è in pelle vera?",
            "sono Gold da tre anni",
            "sono Socio Coop, vale lo sconto?",
            "sono Svizzera, spedite a Lugano?",
            "sono Partita Iva, mi fate fattura?",
        ),
        "brand": (
            "l'ho preso su Amazon ma era rotto",
            "ho la fibra con Fastweb",
            "da Zara costa meno",
            "l'ho visto da MediaWorld",
            "per conto di Amazon mi hanno chiamato",
            "spedito con Poste Italiane",
            "sono passata da Esselunga",
        ),
        "tell": (
            "dite al Servizio Clienti che aspetto ancora",
            "chiedo all'Assistenza allora",
            "girate all'Amministrazione per favore",
            "avvisate il Magazzino che manca un pezzo",
            "ne parlo con l'Ufficio Resi",
        ),
        "sign": (
            "grazie\nCordiali saluti, Servizio Clienti",
            "Saluti, Ufficio Acquisti",
            "Distinti saluti\nAmministrazione",
            "Grazie, lo Staff",
            "Buona giornata, Ufficio Tecnico",
            "Un saluto, la Direzione",
        ),
        "honor": (
            "avete il Dottor Kucident?",
            "la Signora Bianca è un pomodoro o un sugo?",
            "vendete il Mister Baby passeggino?",
            "il Dr. Martens in 37 c'è?",
            "Miss Sixty jeans arrivano quando?",
            "il Capitan Findus c'è in offerta",
        ),
        "kin": (
            "mia madre ha un Bimby, va bene il coperchio?",
            "l'iPhone di mio fratello non carica",
            "mio padre vuole il Samsung",
            "mia sorella ha una Panda del 2015",
            "mia moglie usa la Lavazza A Modo Mio",
            "mio figlio ha la PlayStation 5",
        ),
        "role": (
            "il corriere BRT non è passato",
            "il corriere di SDA ha lasciato l'avviso",
            "il tecnico Tim viene martedì",
            "il postino di Poste ha detto che era chiuso",
            "l'autista GLS ha chiamato",
            "l'operatore Vodafone mi ha detto altro",
            "il fattorino di Glovo ha sbagliato",
        ),
    },
    "pt": {
        "intro": (
            "sou Cliente Premium e não tenho portes grátis?",
            "sou Brasileira, enviam para São Paulo?",
            "olá sou Vegana, a mala é de pele?",
            "sou Gold há 2 anos",
            "sou Sócio do clube, tenho desconto?",
            "sou Cliente Prime, porque demora tanto",
            "sou Empresa, podem passar fatura?",
        ),
        "brand": (
            "comprei na Worten mais barato",
            "estou com a Vodafone, o router serve?",
            "veio pelos CTT e não chegou",
            "vi na Fnac igual",
            "é para a Zara ou para vocês?",
            "em nome da Amazon ligaram-me",
            "tenho fibra com a MEO",
        ),
        "tell": (
            "diga ao Apoio ao Cliente que ainda espero",
            "pergunte à Contabilidade pela fatura",
            "passem à Faturação por favor",
            "avisem o Armazém que falta uma caixa",
            "falo com o Suporte Técnico amanhã",
        ),
        "sign": (
            "obrigada\nCumprimentos, Apoio ao Cliente",
            "Atenciosamente, Departamento Financeiro",
            "Com os melhores cumprimentos\nA Direção",
            "Obrigado, Equipa Comercial",
            "Abraço, a Equipa",
            "Bom dia, Serviço de Compras",
        ),
        "honor": (
            "têm farinha Dona Benta?",
            "o Dr. Martens em 38 ainda há?",
            "o Senhor dos Anéis edição especial está disponível?",
            "querem a Dona Bimba de morango",
            "o Mestre Cuca é de que marca",
            "o Mister Wonderful caderno voltou?",
        ),
        "kin": (
            "a minha mãe tem uma Bimby, a tampa serve?",
            "o iPhone do meu irmão não carrega",
            "o meu pai quer o Samsung",
            "a minha irmã tem um Xiaomi",
            "a minha mulher usa Nespresso",
            "o meu filho tem a PlayStation",
        ),
        "role": (
            "o estafeta dos CTT não passou",
            "o estafeta DPD disse que não havia ninguém",
            "o técnico da MEO vem segunda",
            "o carteiro CTT deixou aviso",
            "o motorista da GLS ligou",
            "a comercial da NOS disse outra coisa",
            "o entregador do iFood errou",
        ),
    },
}

CONTROLS: dict[str, tuple[str, ...]] = {
    "en": (
        "hi I'm {f}, I ordered the blue jacket",
        "I'm {n} and my order hasn't come",
        "I ordered it for {f} from your shop",
        "can you tell {f} I'll pick it up at 5",
        "I'll ask {f} then",
        "ok thank you\nThanks, {n}",
        "Kind regards\n{n}",
        "Cheers, {f}",
        "is Dr. {n} available on Tuesday",
        "Mr {n} will collect it",
        "my brother {f} will pick it up",
        "my sister {n} paid for it",
        "the driver {f} was really helpful",
        "I'm writing on behalf of {n}",
        "the courier said {f} signed for it",
        "Mrs {n} ordered the cake",
    ),
    "es": (
        "hola soy {f}, pedí la chaqueta azul",
        "soy {n} y mi pedido no llega",
        "es para {f}, que cumple años",
        "dile a {f} que paso a las 5",
        "pregúntale a {f} por la factura",
        "gracias\nSaludos, {n}",
        "Un saludo\n{n}",
        "Gracias, {f}",
        "la Dra. {n} atiende el martes?",
        "el Sr. {n} lo recoge",
        "mi hermano {f} pasa a recogerlo",
        "mi madre {n} lo pagó",
        "el repartidor {f} fue muy amable",
        "escribo en nombre de {n}",
        "Doña {f} ya lo recogió",
        "lo firmó {f} en portería",
    ),
    "fr": (
        "bonjour je suis {f}, j'ai commandé la veste bleue",
        "je suis {n} et ma commande n'arrive pas",
        "c'est pour {f}, c'est son anniversaire",
        "dites à {f} que je passe à 17h",
        "je vais demander à {f} alors",
        "merci\nCordialement, {n}",
        "Bien à vous\n{n}",
        "Merci, {f}",
        "le Dr {n} consulte mardi ?",
        "Madame {n} passera le chercher",
        "mon frère {f} passe le récupérer",
        "ma sœur {n} a payé",
        "le livreur {f} était très sympa",
        "j'écris de la part de {n}",
        "Monsieur {n} a réservé",
        "c'est {f} qui a signé",
    ),
    "it": (
        "ciao sono {f}, ho ordinato la giacca blu",
        "sono {n} e l'ordine non arriva",
        "è per {f}, compie gli anni",
        "dite a {f} che passo alle 5",
        "chiedo a {f} allora",
        "grazie\nCordiali saluti, {n}",
        "Distinti saluti\n{n}",
        "Grazie, {f}",
        "il Dottor {n} riceve martedì?",
        "la Signora {n} passa a ritirarlo",
        "mio fratello {f} passa a prenderlo",
        "mia madre {n} ha pagato",
        "il corriere {f} è stato gentilissimo",
        "scrivo per conto di {n}",
        "il Sig. {n} ha prenotato",
        "l'ha firmato {f} in portineria",
    ),
    "pt": (
        "olá sou {f}, encomendei o casaco azul",
        "sou {n} e a encomenda não chega",
        "é para a {f}, faz anos",
        "diga à {f} que passo às 5",
        "pergunto à {f} então",
        "obrigada\nCumprimentos, {n}",
        "Atenciosamente\n{n}",
        "Obrigado, {f}",
        "o Dr. {n} atende terça?",
        "a Dona {f} vem buscar",
        "o meu irmão {f} vai buscar",
        "a minha mãe {n} pagou",
        "o estafeta {f} foi muito simpático",
        "escrevo em nome de {n}",
        "o Sr. {n} reservou",
        "quem assinou foi a {f}",
    ),
}

FIRST: dict[str, tuple[str, ...]] = {
    "en": ("Ffion", "Declan", "Imogen", "Rhys", "Tamsin", "Callum", "Niamh", "Bartholomew", "Esme", "Kwame"),
    "es": ("Itziar", "Fermín", "Ainhoa", "Baltasar", "Nerea", "Iker", "Rocío", "Telmo", "Maialen", "Eusebio"),
    "fr": ("Gwenaëlle", "Maël", "Solène", "Anatole", "Ombeline", "Tanguy", "Clémence", "Eudes", "Maëlys", "Aymeric"),
    "it": (
        "Ludovica",
        "Ettore",
        "Ginevra",
        "Brunello",
        "Ottavia",
        "Raffaele",
        "Benedetta",
        "Tancredi",
        "Nives",
        "Osvaldo",
    ),
    "pt": ("Iolanda", "Gonçalo", "Leonor", "Afonso", "Benedita", "Tomé", "Madalena", "Duarte", "Graça", "Vasco"),
}

SURNAMES: dict[str, tuple[str, ...]] = {
    "en": ("Pritchard", "Okonkwo", "Featherstone", "Gallagher", "Whitlock", "Ashworth", "Nwosu", "Llewellyn"),
    "es": ("Etxeberria", "Villalobos", "Quiroga", "Arrieta", "Zubizarreta", "Bermúdez", "Cifuentes", "Olabarría"),
    "fr": ("Kerjean", "Vasseur", "Delacroix", "Le Goff", "Bouvier", "Marchetti", "Haddad", "Pelletier"),
    "it": ("Scognamiglio", "Bellandi", "Pirrone", "Zanetti", "Cavallaro", "Lombardo", "Tedeschi", "Quagliarella"),
    "pt": ("Magalhães", "Figueiredo", "Sequeira", "Albuquerque", "Mourão", "Carvalhal", "Brandão", "Teixeira"),
}

REGIONS = {"en": "GB", "es": "ES", "fr": "FR", "it": "IT", "pt": "PT"}
_SLOT = re.compile(r"\{(n|f)\}")
REPEATS = 1  # each control filled with one name


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message, then the controls filled with names in turn."""
    return nopii_runner.with_controls(
        language, NO_PII[language], CONTROLS[language], _SLOT, REPEATS, FIRST[language], SURNAMES[language]
    )


def main() -> None:
    kinds = "intro, brand, tell, sign, honor, kin, role"
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, kinds)


if __name__ == "__main__":
    main()
