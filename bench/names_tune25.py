"""`python -m bench.names_tune25`: full names whose given name the first-name list lacks, six languages.

Written for a round on a surname list as evidence: names like "Hodan Warsame", "Wislande Toussaint",
"Itziar Goikoetxea" or "Kwabena Mensah", whose given name a European first-name dictionary lacks
but whose surname is borne by many people, and given names that are also words ("Grace", "Rosa",
"Paz") before a surname. Written from the writer's own knowledge of how customers write to shops on
WhatsApp in en, fr, it, pt, es and de, before any rule was changed for it, without reading a
held-out file, the rules' word lists, the shipped name lists or the surname list (`main()` prints
how many of the given names `given_names*.tsv` lacks). Each language has eight templates, six
capitalised (with a cue such as "my name is" / "à l'attention de" or none, mid-sentence or opening
it) and two typed all in lower case after a cue (a template starting with `~`), each filled ten
times: 80 names a language.

Given names come from Somali, Bangladeshi, Igbo, Haitian and Armenian families in en; Haitian,
Malagasy, Wolof, Comorian and Basque in fr; Albanian, Eritrean, Sri Lankan, Filipino and Romanian
in it; Cape Verdean, Angolan and Tupi in pt; Basque, Quechua, Aymara and Guaraní in es; Akan,
Kurdish, Polish, Vietnamese and Syrian in de; a few in each are also words. Surnames are
hand-written likewise, most of them common surnames somewhere.

The no-PII messages (40 a language) hold capitalised pairs a surname rule could take for a name:
a brand and its model ("Ford Ranger", "Harley Davidson"), shops and chains, products, dishes,
film and series titles, teams and two-word places.

It prints names protected and no-PII messages unchanged with the rules only (the stock en spaCy
pipeline), and with `--show N` up to N misses and false positives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import chat_tune
from bench.chat_tune import Example

LANGS = ("en", "fr", "it", "pt", "es", "de")
SEED = 20261225
REPEATS = 10  # each template filled with this many names

_FIRST = {
    "en": (
        "Hodan", "Abdiqani", "Sagal", "Tahmina", "Rubel", "Chidinma", "Obinna", "Guerline",
        "Mackenson", "Anush", "Hovhannes", "Grace", "Hope", "Will",
    ),
    "fr": (
        "Wislande", "Fritznel", "Guerda", "Fanja", "Hery", "Ndeye", "Mamadou", "Anrafa",
        "Maialen", "Beñat", "Rose", "Aurore", "Blanche", "Ambre",
    ),
    "it": (
        "Besnik", "Arjola", "Dritan", "Yonas", "Senait", "Tharshan", "Nilusha", "Marivic",
        "Jhun", "Ionela", "Rosa", "Stella", "Gemma", "Fortunato",
    ),
    "pt": (
        "Edmilson", "Nelsa", "Djenifer", "Kiame", "Nzinga", "Luvualu", "Potira", "Raoni",
        "Ubiratan", "Graça", "Luz", "Vitória", "Glória", "Socorro",
    ),
    "es": (
        "Itziar", "Garazi", "Oihana", "Illari", "Sumaq", "Yupanqui", "Arami", "Yerutí",
        "Ekaitz", "Paz", "Rosario", "Consuelo", "Amparo", "Cruz",
    ),
    "de": (
        "Kwabena", "Akosua", "Yaw", "Rojda", "Dilovan", "Grzegorz", "Małgorzata", "Thanh",
        "Huong", "Rasha", "Ghaith", "Rose", "Linde", "Frieda",
    ),
}  # fmt: skip
_SURNAMES = {
    "en": (
        "Warsame", "Farah", "Hussain", "Chowdhury", "Okafor", "Nwosu", "Eze", "Pierre",
        "Dorsainvil", "Petrosyan", "Sargsyan", "Miah",
    ),
    "fr": (
        "Toussaint", "Joseph", "Celestin", "Rakotomalala", "Ndiaye", "Diallo", "Sow", "Mendy",
        "Etcheverry", "Nguyen", "Charles", "Soilihi",
    ),
    "it": (
        "Hoxha", "Gashi", "Tesfaye", "Perera", "Fernando", "Reyes", "Santos", "Mendoza",
        "Popescu", "Esposito", "Ferrara", "Bianchi",
    ),
    "pt": (
        "Tavares", "Semedo", "Monteiro", "Furtado", "Cabral", "Barbosa", "Lopes", "Fernandes",
        "Sato", "Pinheiro", "Medeiros", "Rocha",
    ),
    "es": (
        "Goikoetxea", "Echeverria", "Mamani", "Quispe", "Condori", "Huanca", "Benitez", "Ayala",
        "Villalba", "Ortiz", "Zubiri", "Arriaga",
    ),
    "de": (
        "Mensah", "Boateng", "Owusu", "Nowak", "Kowalski", "Nguyen", "Tran", "Haddad",
        "Khalil", "Yilmaz", "Kaya", "Wagner",
    ),
}  # fmt: skip

# {n} first + surname
_SLOT = re.compile(r"\{(\w)\}")
TEMPLATES = {
    "en": (
        "Hi, my name is {n}, I ordered the blue kettle last week",
        "The parcel is for {n}, flat 2",
        "Can you put the order under {n} please",
        "{n} will collect it on Friday",
        "I spoke to your colleague yesterday and gave the order number to {n} from accounts",
        "Thanks, {n}",
        "~hi my name is {n} and my order hasn't arrived",
        "~it's for {n}, she'll be home after 4",
    ),
    "fr": (
        "Bonjour, je m'appelle {n}, j'ai commandé une lampe la semaine dernière",
        "Le colis est au nom de {n}",
        "À l'attention de {n}, 2e étage",
        "{n} passera chercher la commande vendredi",
        "J'ai donné le numéro de commande à {n} hier soir",
        "Merci beaucoup, {n}",
        "~bonjour je m'appelle {n} et je n'ai pas reçu ma commande",
        "~c'est au nom de {n}, elle sera là après 16h",
    ),
    "it": (
        "Buongiorno, mi chiamo {n}, ho ordinato una lampada la settimana scorsa",
        "Il pacco è intestato a {n}",
        "Alla cortese attenzione di {n}, secondo piano",
        "{n} passa a ritirare l'ordine venerdì",
        "Ho dato il numero d'ordine a {n} ieri sera",
        "Grazie mille, {n}",
        "~buongiorno mi chiamo {n} e l'ordine non è arrivato",
        "~è a nome di {n}, sarà a casa dopo le 16",
    ),
    "pt": (
        "Olá, o meu nome é {n}, encomendei um candeeiro na semana passada",
        "A encomenda está em nome de {n}",
        "Ao cuidado de {n}, 2º andar",
        "{n} vai buscar a encomenda na sexta",
        "Passei o número do pedido para {n} ontem à noite",
        "Muito obrigado, {n}",
        "~oi meu nome é {n} e o pedido não chegou",
        "~está em nome de {n}, ela chega depois das 16h",
    ),
    "es": (
        "Hola, me llamo {n}, pedí una lámpara la semana pasada",
        "El paquete va a nombre de {n}",
        "A la atención de {n}, segundo piso",
        "{n} pasará a recoger el pedido el viernes",
        "Le pasé el número de pedido a {n} anoche",
        "Muchas gracias, {n}",
        "~hola me llamo {n} y el pedido no ha llegado",
        "~va a nombre de {n}, estará en casa después de las 4",
    ),
    "de": (
        "Hallo, mein Name ist {n}, ich habe letzte Woche eine Lampe bestellt",
        "Das Paket ist für {n}",
        "Zu Händen von {n}, 2. Stock",
        "{n} holt die Bestellung am Freitag ab",
        "Ich habe {n} gestern die Bestellnummer gegeben",
        "Vielen Dank, {n}",
        "~hallo mein name ist {n} und die bestellung ist nicht angekommen",
        "~das paket ist für {n}, sie ist ab 16 uhr zu hause",
    ),
}

CLEAN = {
    "en": (
        "Does the Ford Ranger roof rack fit the 2019 model?",
        "I want the Harley Davidson jacket in XL",
        "Is the Land Rover Defender floor mat still in stock?",
        "The Aston Martin keyring arrived broken",
        "Do you sell the Hugo Boss aftershave gift set?",
        "Ordered the Calvin Klein boxers, wrong size",
        "Is the Tommy Hilfiger polo on sale?",
        "Can I pay at Marks Spencer with the gift card?",
        "Is there a Burger King near the collection point?",
        "The Pizza Hut voucher didn't work",
        "Picked up the Taco Bell order but the drinks were missing",
        "We had the Beef Wellington and the Eggs Benedict",
        "Is the Caesar Salad dressing gluten free?",
        "Do you have Peach Melba on the dessert menu?",
        "I'm looking for the Jurassic Park box set",
        "Is Toy Story on Blu-ray?",
        "Got the Forrest Gump poster, frame was cracked",
        "Do you stock Leeds United shirts?",
        "Aston Villa away kit, medium please",
        "The Crystal Palace scarf hasn't arrived",
        "Shipping to Palm Springs takes how long?",
        "Do you deliver to Baton Rouge?",
        "We're moving to Cape Cod next month, same address until then",
        "Is the Samsung Galaxy case compatible with the S23?",
        "The Nike Air Max box was damaged",
        "I need a charger for the Dell Latitude",
        "Does the Jeep Wrangler cover come in grey?",
        "Toyota Camry wiper blades, which size?",
        "The Honda Civic mats are too small",
        "Johnnie Walker Black Label, is it the 70cl bottle?",
        "Is the Jack Daniels hamper still available?",
        "Golden Retriever dog bed, large",
        "The Boston Celtics cap is a bit small",
        "Do you have the Miami Heat jersey?",
        "Kindle Paperwhite cover in green please",
        "Is the Dyson Airwrap back in stock?",
        "Costa Coffee gift card balance?",
        "Where is the nearest Carphone Warehouse?",
        "I returned the Apple Watch strap yesterday",
        "Morgan Plus Four model kit, is it 1:24?",
    ),
    "fr": (
        "Le porte-clés Aston Martin est arrivé cassé",
        "Vous avez le blouson Harley Davidson en XL ?",
        "Les tapis pour Renault Clio sont trop petits",
        "La housse pour Peugeot Partner existe en gris ?",
        "Le coffret Yves Rocher est encore dispo ?",
        "J'ai commandé le parfum Jean Paul Gaultier",
        "Le sac Louis Vuitton est-il authentique ?",
        "Vous livrez au Relais Leclerc de Brest ?",
        "On a pris le Croque Monsieur et la Tarte Tatin",
        "Le Poulet Basquaise était froid",
        "Vous avez la Pêche Melba en dessert ?",
        "Je cherche le coffret Star Wars",
        "Le DVD Intouchables est rayé",
        "Le poster Amélie Poulain est arrivé plié",
        "Le maillot Olympique Lyonnais en M svp",
        "L'écharpe Paris Saint-Germain n'est pas arrivée",
        "Vous avez le maillot Stade Rennais ?",
        "Livraison à Saint Malo en combien de temps ?",
        "On déménage à Aix Provence le mois prochain",
        "Vous livrez à Port Louis ?",
        "La coque Samsung Galaxy est compatible S23 ?",
        "La boîte des Nike Air Max était abîmée",
        "Il me faut un chargeur pour Dell Latitude",
        "Les essuie-glaces Toyota Yaris, quelle taille ?",
        "Le coffret Hennessy Paradis est encore dispo ?",
        "Le panier Fauchon est en rupture ?",
        "Le bonnet Boston Celtics est un peu petit",
        "Housse Kindle Paperwhite en vert svp",
        "Le Dyson Airwrap revient quand ?",
        "La carte cadeau Galeries Lafayette marche en ligne ?",
        "Où est le Bricorama le plus proche ?",
        "J'ai renvoyé le bracelet Apple Watch hier",
        "Le fromage Saint Nectaire est au lait cru ?",
        "Vous avez du Comté Vieux ?",
        "Le Château Margaux 2015 est en cave ?",
        "Le jeu Mario Kart est en français ?",
        "Le livre Harry Potter est en poche ?",
        "La maquette Citroën Traction est au 1/24 ?",
        "Le coussin Maison Sarah Lavoine est déchiré",
        "La doudoune Canada Goose taille grand ?",
    ),
    "it": (
        "Il portachiavi Aston Martin è arrivato rotto",
        "Avete il giubbotto Harley Davidson in XL?",
        "I tappetini per Fiat Panda sono troppo piccoli",
        "Il telo per Alfa Romeo Giulia esiste in grigio?",
        "La borsa Dolce Gabbana è originale?",
        "Ho ordinato il profumo Giorgio Armani",
        "Le scarpe Tod's Gommino sono in saldo?",
        "Consegnate all'Esselunga di Pioltello?",
        "Abbiamo preso la Pizza Margherita e gli Spaghetti Carbonara",
        "Il Vitello Tonnato era freddo",
        "Avete la Zuppa Inglese come dolce?",
        "Cerco il cofanetto Star Wars",
        "Il DVD Nuovo Cinema Paradiso è rigato",
        "La maglia Inter Milan in M per favore",
        "La sciarpa Juventus Stadium non è arrivata",
        "Avete la maglia Hellas Verona?",
        "Spedizione a Reggio Emilia in quanto tempo?",
        "Ci trasferiamo a Porto Cervo il mese prossimo",
        "Consegnate a Santa Margherita?",
        "La cover Samsung Galaxy è compatibile con S23?",
        "La scatola delle Nike Air Max era rovinata",
        "Mi serve un caricatore per Dell Latitude",
        "Le spazzole Lancia Ypsilon, che misura?",
        "Il cofanetto Martini Rosso è ancora disponibile?",
        "Il panettone Tre Marie è finito?",
        "Il cappello Boston Celtics è piccolo",
        "Custodia Kindle Paperwhite verde per favore",
        "Il Dyson Airwrap quando torna?",
        "La gift card Rinascente vale online?",
        "Dov'è il MediaWorld più vicino?",
        "Ho reso il cinturino Apple Watch ieri",
        "Il Parmigiano Reggiano è stagionato 24 mesi?",
        "Avete il Brunello Montalcino 2016?",
        "Il gioco Mario Kart è in italiano?",
        "Il libro Harry Potter è tascabile?",
        "Il modellino Ferrari Testarossa è 1:24?",
        "Il cuscino Bialetti Moka è bucato",
        "Il piumino Moncler Maya taglia grande?",
        "La Vespa Primavera ha il bauletto?",
        "Il Baci Perugina è senza glutine?",
    ),
    "pt": (
        "O porta-chaves Aston Martin chegou partido",
        "Têm o casaco Harley Davidson em XL?",
        "Os tapetes para Fiat Uno são pequenos",
        "A capa para Volkswagen Gol tem em cinza?",
        "O perfume Carolina Herrera é original?",
        "Encomendei a mala Michael Kors",
        "A camisola Tommy Hilfiger está em promoção?",
        "Entregam no Pingo Doce de Alvalade?",
        "Pedimos o Bacalhau Brás e o Frango Piri",
        "A Francesinha Especial veio fria",
        "Têm Pastel Nata sem glúten?",
        "Procuro a caixa Star Wars",
        "O DVD Cidade Deus está riscado",
        "A camisola Sporting Clube em M por favor",
        "O cachecol Benfica Lisboa não chegou",
        "Têm a camisa Vasco Gama?",
        "Envio para Porto Alegre demora quanto?",
        "Vamos mudar para Ponta Delgada no mês que vem",
        "Entregam em Belo Horizonte?",
        "A capa Samsung Galaxy serve no S23?",
        "A caixa dos Nike Air Max veio amassada",
        "Preciso de um carregador para Dell Latitude",
        "As escovas do Toyota Corolla, qual tamanho?",
        "O cabaz Mateus Rosé ainda está disponível?",
        "O kit Natura Ekos acabou?",
        "O boné Boston Celtics ficou pequeno",
        "Capa Kindle Paperwhite verde por favor",
        "O Dyson Airwrap volta quando?",
        "O cartão oferta El Corte Inglés vale online?",
        "Onde fica a Worten mais próxima?",
        "Devolvi a bracelete Apple Watch ontem",
        "O Queijo Serra é curado?",
        "Têm Porto Vintage 2016?",
        "O jogo Mario Kart é em português?",
        "O livro Harry Potter é de bolso?",
        "A miniatura Ford Ranger é 1:24?",
        "O chinelo Havaianas Slim rasgou",
        "O vinho Pêra Manca está em stock?",
        "A Bimby Thermomix tem garantia?",
        "O Guaraná Antarctica vem em lata?",
    ),
    "es": (
        "El llavero Aston Martin llegó roto",
        "¿Tienen la chaqueta Harley Davidson en XL?",
        "Las alfombrillas para Seat Ibiza son pequeñas",
        "¿La funda para Ford Ranger viene en gris?",
        "¿El perfume Carolina Herrera es original?",
        "Pedí el bolso Michael Kors",
        "¿El polo Tommy Hilfiger está rebajado?",
        "¿Entregan en el Mercadona de Triana?",
        "Pedimos la Tortilla Española y las Patatas Bravas",
        "La Paella Valenciana llegó fría",
        "¿Tienen Crema Catalana de postre?",
        "Busco la caja Star Wars",
        "El DVD Volver está rayado",
        "La camiseta Real Madrid en M por favor",
        "La bufanda Athletic Club no ha llegado",
        "¿Tienen la camiseta Boca Juniors?",
        "¿El envío a Santa Cruz tarda mucho?",
        "Nos mudamos a Puerto Rico el mes que viene",
        "¿Entregan en San Sebastián?",
        "¿La funda Samsung Galaxy sirve para el S23?",
        "La caja de las Nike Air Max llegó dañada",
        "Necesito un cargador para Dell Latitude",
        "¿Las escobillas del Toyota Corolla, qué medida?",
        "¿La cesta Vega Sicilia sigue disponible?",
        "¿El lote Torres Gran Coronas se agotó?",
        "La gorra Boston Celtics me queda pequeña",
        "Funda Kindle Paperwhite verde por favor",
        "¿Cuándo vuelve el Dyson Airwrap?",
        "¿La tarjeta regalo El Corte Inglés vale online?",
        "¿Dónde está el Leroy Merlin más cercano?",
        "Devolví la correa Apple Watch ayer",
        "¿El Jamón Ibérico es de bellota?",
        "¿Tienen Rioja Reserva 2016?",
        "¿El juego Mario Kart está en español?",
        "¿El libro Harry Potter es de bolsillo?",
        "¿La maqueta Hispano Suiza es 1:24?",
        "La Bimby Thermomix no enciende",
        "¿Las Alpargatas Castañer tienen talla 38?",
        "¿El Turrón Jijona lleva almendra?",
        "¿La Inca Kola viene en lata?",
    ),
    "de": (
        "Der Schlüsselanhänger Aston Martin kam kaputt an",
        "Habt ihr die Harley Davidson Jacke in XL?",
        "Die Fußmatten für VW Golf sind zu klein",
        "Gibt es die Abdeckung für Ford Ranger in Grau?",
        "Ist das Parfum Hugo Boss original?",
        "Ich habe die Tasche von Michael Kors bestellt",
        "Ist das Tommy Hilfiger Polo reduziert?",
        "Liefert ihr zur Edeka Filiale in Pankow?",
        "Wir hatten das Wiener Schnitzel und die Rote Grütze",
        "Die Currywurst Pommes kam kalt an",
        "Habt ihr Schwarzwälder Kirschtorte?",
        "Ich suche die Star Wars Box",
        "Die DVD Good Bye Lenin ist zerkratzt",
        "Das Trikot Borussia Dortmund in M bitte",
        "Der Schal Werder Bremen ist nicht angekommen",
        "Habt ihr das Trikot Hertha Berlin?",
        "Wie lange dauert der Versand nach Bad Homburg?",
        "Wir ziehen nächsten Monat nach Frankfurt Oder",
        "Liefert ihr nach Garmisch Partenkirchen?",
        "Passt die Samsung Galaxy Hülle zum S23?",
        "Der Karton der Nike Air Max war beschädigt",
        "Ich brauche ein Ladegerät für Dell Latitude",
        "Welche Größe haben die Wischer für Toyota Corolla?",
        "Ist der Korb Jacobs Krönung noch da?",
        "Ist das Set Kölnisch Wasser ausverkauft?",
        "Die Mütze Boston Celtics ist zu klein",
        "Kindle Paperwhite Hülle in Grün bitte",
        "Wann kommt der Dyson Airwrap wieder?",
        "Gilt der Gutschein Galeria Kaufhof online?",
        "Wo ist der nächste Media Markt?",
        "Ich habe das Apple Watch Armband gestern zurückgeschickt",
        "Ist der Allgäuer Bergkäse aus Rohmilch?",
        "Habt ihr Riesling Spätlese 2019?",
        "Ist das Spiel Mario Kart auf Deutsch?",
        "Ist das Buch Harry Potter als Taschenbuch da?",
        "Ist das Modell Porsche Carrera 1:24?",
        "Die Thermomix Bimby geht nicht an",
        "Gibt es die Birkenstock Arizona in 38?",
        "Ist die Ritter Sport Nuss vegan?",
        "Kommt die Fritz Kola in Dosen?",
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
