"""`python -m bench.names_tune12`: a tenth tuning set of the name rules, Spanish, English, Italian.

Written for a recall round of the name rules in es, en and it, before any of its changes, without
reading the held-out name sets (`bench/names_heldout*.py`, `bench/data/names_heldout*.jsonl`) or
their misses. About fifty chat shapes per language, the same across the three where the languages
allow: a name opening a message ("Lorenzo Fadda, ordine 4431"), after verbs of giving, sending,
asking and talking ("he hablado con", "lo ha preso", "I spoke with"), after prepositions ("para",
"per", "on behalf of", "a nome di"), people listed with their relations ("for Anna and her husband
Tomás"), forwarded messages, signatures with and without titles ("Lic.", "Avv.", "Prof.ssa"),
people of other origins living in each country, compound given names and double or particled
surnames ("María del Carmen", "Gian Marco Dell'Orto", "Mary-Kate O'Brien"), a nickname and
surname, lower case and capitals, a name followed by its role ("Ana, la contable"), and messages
mixing two languages. The no-PII messages share the shapes with no one in them.

Every name is hand-written for this set from general knowledge, not drawn from a list. A template
that starts with `~` is typed all in lower case. It prints names protected and no-PII messages
unchanged with the rules only (the stock en spaCy pipeline), and with `--show N` up to N misses
and false positives.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from bench import chat_tune
from bench.chat_tune import Example, fill

LANGS = ("es", "en", "it")
SEED = 20261212
REPEATS = 4  # each template filled with this many names

# Per language: given names, surnames, compound given names with double or particled surnames,
# people of other origins living in the country (first + surname written whole), a nickname and
# surname. All hand-written for this set.
_FIRST = {
    "es": (
        "Lorena", "Íñigo", "Begoña", "Ainhoa", "Iker", "Nerea", "Xabier", "Montserrat", "Jordi", "Núria",
        "Pau", "Aitana", "Rocío", "Macarena", "Inmaculada", "Fermín", "Remedios", "Ximena", "Santiago",
        "Joaquín", "Yolanda", "Eusebio", "Amparo", "Gonzalo", "Leire", "Unai", "Sergio", "Adriana",
        "Candela", "Tomás", "Yeray", "Noelia", "Raquel", "Álvaro", "Marta", "Gorka", "Itziar", "Encarna",
    ),
    "en": (
        "Gemma", "Lewis", "Harriet", "Declan", "Shauna", "Kieran", "Lydia", "Rory", "Phoebe", "Fergus",
        "Tamsin", "Jolene", "Darnell", "Tanisha", "Bradley", "Courtney", "Wesley", "Maddison", "Ewan",
        "Lorna", "Nigel", "Marjorie", "Travis", "Brianna", "Graham", "Hollie", "Stuart", "Leanne",
        "Dominic", "Amelia", "Connor", "Abigail", "Trevor", "Kayleigh", "Reuben", "Natalie",
    ),
    "it": (
        "Lorenzo", "Ilaria", "Tommaso", "Valentina", "Gabriele", "Elisa", "Nicolò", "Filippo", "Alessandra",
        "Davide", "Francesca", "Stefano", "Raffaella", "Massimo", "Ornella", "Giacomo", "Veronica", "Michele",
        "Annalisa", "Marco", "Roberta", "Daniele", "Silvia", "Fabrizio", "Donatella", "Simone", "Cristina",
        "Paolo", "Tiziana", "Manuela", "Enrico", "Patrizia", "Cesare", "Ludovica",
    ),
}  # fmt: skip
_SURNAMES = {
    "es": (
        "Etxeberria", "Goikoetxea", "Urrutia", "Arrieta", "Ferrer", "Vidal", "Casals", "Sabaté", "Oliveras",
        "Cañizares", "Quintana", "Bermúdez", "Villalobos", "Saavedra", "Palacios", "Montero", "Carrasco",
        "Peñalver", "Cifuentes", "Galindo", "Lozano", "Escobar", "Benítez", "Arroyo", "Salinas", "Castaño",
        "Barrios", "Zamora", "Orozco", "Bustamante", "Aguirre", "Echevarría", "Manzano", "Roldán", "Ibarra",
    ),
    "en": (
        "Fairbairn", "Whitfield", "Cartwright", "Ellery", "Stroud", "Pennington", "Halloran", "Dunphy",
        "Gascoigne", "Treadwell", "Bramley", "Oakes", "Hollis", "Sandoval", "Marchetti", "Kaczmarek",
        "Lindqvist", "Okafor", "Thornbury", "Blackwood", "Ridley", "Mallory", "Castellano", "Winslow",
        "Garside", "Ingram", "Fenwick", "Coates", "Pryce", "Hargreaves", "Moynihan", "Atherton",
    ),
    "it": (
        "Fadda", "Piras", "Mura", "Zanetti", "Bonetti", "Galli", "Ricci", "Barbieri", "Fontana", "Santoro",
        "Mariani", "Rinaldi", "Caruso", "Fabbri", "Colombo", "Longo", "Gentile", "Martinelli", "Vitale",
        "Lombardo", "Marchi", "Benedetti", "Pellegrini", "Palumbo", "Sanna", "Farina", "Cattaneo",
        "Pellizzari", "Bortoluzzi", "Tedeschi", "Negri", "Zoppi", "Cavallaro", "Ferrandino",
    ),
}  # fmt: skip
_COMPOUND = {
    "es": (
        "María del Carmen Ruiz", "José Luis de la Fuente y Soto", "Juan Pablo Echeverría",
        "María José Gil de Biedma", "Ana Belén Sánchez del Río", "Francisco Javier Ortiz de Zárate",
        "Luis Miguel Pérez de Guzmán", "María de los Ángeles Torres", "Juan Carlos Moreno-Vidal",
        "Rosa María Lucas de la Calle", "Miguel Ángel García Herrera", "María Jesús Llorente Gil",
    ),
    "en": (
        "Mary-Kate O'Brien", "Anne-Marie Fitzpatrick", "Billy Joe McAllister", "Sarah Jane Van der Berg",
        "John Paul D'Souza", "Mary Ellen de Souza", "Lee-Ann MacDonald", "Ruth St. John",
        "Pierre-Louis Le Roux", "Kerry-Ann Ffrench", "Jo-Anne Featherstonehaugh", "Sean O'Loughlin",
    ),
    "it": (
        "Gian Marco Dell'Orto", "Maria Grazia D'Amico", "Anna Maria De Angelis", "Pier Paolo Lo Cascio",
        "Gian Luca Della Rovere", "Maria Teresa Dalla Costa", "Gian Piero Li Causi", "Rosa Maria Del Vecchio",
        "Francesco Paolo D'Alessandro", "Maria Luisa Degli Esposti", "Pierluigi Dall'Ara", "Anna Rita Lo Giudice",
    ),
}  # fmt: skip
_OTHER = {
    "es": (
        "Ioana Dumitrescu", "Vasile Moldovan", "Chen Jie", "Wang Fang", "Fatima Zahra El Amrani",
        "Youssef Benali", "Maricel Dizon", "Rodel Bautista", "Chinedu Okafor", "Oluwaseun Adeyemi",
        "Imran Qureshi", "Ayesha Malik", "Oksana Boyko", "Taras Hnatiuk", "Yeison Ramírez", "Dayana Quintero",
    ),
    "en": (
        "Ionut Popescu", "Mihaela Stan", "Wei Liang Chen", "Xiu Ying Lin", "Karim Benhaddou",
        "Samira El Fassi", "Jocelyn Manalo", "Ramil Tolentino", "Adebayo Ogunleye", "Funmilayo Adebisi",
        "Waqar Hussain", "Saima Akhtar", "Bohdan Shevchuk", "Yulia Tkachenko", "Yesenia Morales",
        "Camila Restrepo",
    ),
    "it": (
        "Andreea Ionescu", "Florin Munteanu", "Hu Wei", "Zhou Xin", "Youssef El Amrani", "Fatima Zahra Bouazza",
        "Marites Dela Cruz", "Jonel Bautista", "Emeka Nwosu", "Precious Eze", "Shahid Iqbal", "Asma Butt",
        "Iryna Bondarenko", "Oleksandr Lysenko", "Yuliana Flores", "Wilmer Chávez",
    ),
}  # fmt: skip
_NICK = {
    "es": (
        "Pepe Calvo", "Paco Jiménez", "Lola Navarro", "Charo Pascual", "Nacho Borrell", "Quique Sáez",
        "Manolo Reina", "Chema Robles", "Conchi Varela", "Pili Agudo", "Rafa Lorente", "Maite Ugarte",
    ),
    "en": (
        "Bobby Tran", "Liz Okafor", "Jimmy O'Neill", "Kate Fairbairn", "Chuck Novak", "Trish Mallory",
        "Gaz Whitfield", "Becca Stroud", "Dave Ellery", "Mikey Dunphy", "Jen Hollis", "Tommo Garside",
    ),
    "it": (
        "Beppe Fadda", "Pippo Ricci", "Totò Caruso", "Gigi Zanetti", "Nando Piras", "Betta Longo",
        "Fede Colombo", "Vale Sanna", "Ale Gentile", "Checco Marchi", "Lele Santoro", "Titti Galli",
    ),
}  # fmt: skip

# {n} first + surname, {f} first, {s} surname, {c} compound or particled, {o} other origins,
# {k} nickname + surname, {u} {n} in capitals
_SLOT = re.compile(r"\{(\w)\}")
TEMPLATES = {
    "es": (
        "{n}, pedido 4431",
        "{n}, necesito cambiar la dirección de envío",
        "~{n}, pedido 7712, no me ha llegado",
        "He hablado con {n} y me dijo que ya estaba enviado",
        "Hablé con {f} por teléfono ayer",
        "Mándaselo a {n}, es mi vecina",
        "Se lo di a {f} en la tienda",
        "Pregunté a {n} en el mostrador",
        "Lo recogió {n} el martes",
        "Es un regalo para {n}",
        "La factura va a nombre de {n}",
        "Escribo de parte de {n}",
        "De parte de {f}: ¿ya salió el pedido?",
        "Lo recoge {f} por mí",
        "Es para {f} y su marido {f}",
        "Mi hermana {f} y su novio {n} vienen a por él",
        "---------- Mensaje reenviado ----------\nDe: {n}\nAsunto: devolución",
        "Reenviado de {n}:\nel paquete llegó roto",
        "{n}: ¿me confirmáis la entrega?",
        "Un saludo,\nLic. {n}",
        "Atentamente,\nIng. {n}",
        "Gracias\n{n}",
        "Saludos\nDra. {n}",
        "Firmado: {c}",
        "Me llamo {c} y tengo un problema con el pedido",
        "El pedido está a nombre de {c}",
        "Mi madre, {c}, recogerá el paquete",
        "Soy {o}, hice un pedido el lunes",
        "He hablado con {o} del almacén",
        "El paquete es para {o}, piso 3",
        "Mi compañero de piso {o} lo recogerá",
        "{k} me dijo que llamara",
        "Pregunta por {k} en caja",
        "{f}, la contable, tiene la factura",
        "{n}, el encargado, no me contestó",
        "~soy {n} y no me ha llegado nada",
        "~he hablado con {n} y nada",
        "~el pedido es para {n}",
        "SOY {u}, NO ME HA LLEGADO EL PEDIDO",
        "A NOMBRE DE {u}",
        "Hi, lo pedí para mi tía {f}, can you check?",
        "Mi novio {f} paid with his card, it's for {n}",
        "Oye, el delivery guy le dio el paquete a {n}",
        "Contacto: {n}, teléfono en el pedido",
        "Gracias {f}, muy amable",
        "Buenos días {f}, ¿hay novedades?",
        "Con copia a {n}",
        "Dejé el paquete con {n}, la portera",
        "¿Puede recogerlo {n} por mí?",
        "{f} y yo pedimos la misma chaqueta",
        "Dadle el ticket a {f}",
        "Avisad a {f} de que ya está listo",
        "Llamé a {s} del almacén y no contesta",
        "El señor {s} dice que no ha recibido nada",
    ),
    "en": (
        "{n}, order 4431",
        "{n} - still waiting on my refund",
        "~{n} order 5512 never arrived",
        "I spoke with {n} on Tuesday and she promised a callback",
        "I spoke to {f} at the till",
        "I talked to {f} about the exchange",
        "I gave it to {n} at the front desk",
        "Send it to {n} instead please",
        "Please ask {f} to check the tracking",
        "It's a gift for {n}",
        "The invoice should be made out to {n}",
        "I'm writing on behalf of {n}",
        "On behalf of {f}: has the order shipped?",
        "{f} will collect it for me",
        "The order is for {f} and her husband {f}",
        "My sister {f} and her boyfriend {n} will pick it up",
        "---------- Forwarded message ---------\nFrom: {n}\nSubject: Re: refund",
        "Fwd from {n}:\nthe box was crushed",
        "{n}: can you confirm delivery?",
        "Kind regards,\nDr. {n}",
        "Sincerely,\nProf. {n}",
        "Thanks\n{n}",
        "Best\nDr {n}",
        "Signed: {c}",
        "My name is {c} and I have a problem with my order",
        "The order is under {c}",
        "My mum, {c}, will collect the parcel",
        "Hi, I'm {o}, I ordered on Monday",
        "I spoke with {o} in the warehouse",
        "Parcel is for {o}, flat 3",
        "My flatmate {o} will collect it",
        "{k} told me to give you a ring",
        "Ask for {k} at the counter",
        "{f}, the accountant, has the invoice",
        "{n}, the store manager, never replied",
        "~i'm {n} and nothing has arrived",
        "~spoke with {n} yesterday and nothing",
        "~the order is for {n}",
        "THIS IS {u}, MY ORDER NEVER CAME",
        "ORDER FOR {u}",
        "Ciao, I ordered this for my nonna {f}, can you check?",
        "Grazie! I spoke with {n} and it's sorted",
        "Contact: {n}, number on the order",
        "Thanks {f}, very kind",
        "Good morning {f}, any update?",
        "Copying in {n}",
        "I left the parcel with {n}, the concierge",
        "Can {n} pick it up for me?",
        "{f} and I ordered the same jacket",
        "Give the receipt to {f}",
        "Let {f} know it's ready",
        "I rang {s} in the warehouse and got no answer",
        "Mr {s} says he never received anything",
    ),
    "it": (
        "{n}, ordine 4431",
        "{n} - aspetto ancora il rimborso",
        "~{n}, ordine 5512 mai arrivato",
        "Ho parlato con {n} martedì e mi ha promesso di richiamare",
        "Lo ha preso {f} in negozio",
        "L'ha ritirato {n} ieri",
        "Ho dato lo scontrino a {n} alla cassa",
        "Mandatelo a {n}, è mia cugina",
        "Chiedi a {f} di controllare la spedizione",
        "È un regalo per {n}",
        "Fattura intestata a {n}",
        "Scrivo a nome di {n}",
        "Da parte di {f}: l'ordine è partito?",
        "Lo ritira {f} per me",
        "Per {f} e suo marito {f}",
        "Mia sorella {f} e il suo ragazzo {n} passano a prenderlo",
        "---------- Messaggio inoltrato ----------\nDa: {n}\nOggetto: reso",
        "Inoltrato da {n}:\nla scatola era rotta",
        "{n}: mi confermate la consegna?",
        "Cordiali saluti,\nAvv. {n}",
        "Distinti saluti\nIng. {n}",
        "Grazie\n{n}",
        "Saluti,\nProf.ssa {n}",
        "Firmato: {c}",
        "Mi chiamo {c}, ho un problema con l'ordine",
        "L'ordine è intestato a {c}",
        "Mia madre, {c}, ritirerà il pacco",
        "Sono {o}, ho ordinato lunedì",
        "Ho parlato con {o} del magazzino",
        "Il pacco è per {o}, interno 3",
        "Il mio coinquilino {o} lo ritira",
        "{k} mi ha detto di chiamarvi",
        "Chiedete di {k} alla cassa",
        "{f}, la commercialista, ha la fattura",
        "{n}, il responsabile, non mi ha risposto",
        "~sono {n} e non è arrivato niente",
        "~ho parlato con {n} ieri e niente",
        "~l'ordine è per {n}",
        "SONO {u}, L'ORDINE NON È MAI ARRIVATO",
        "ORDINE PER {u}",
        "Hi, l'ho ordinato per mia zia {f}, can you check?",
        "Thanks! Ho parlato con {n} ed è tutto ok",
        "Referente: {n}, telefono nell'ordine",
        "Grazie {f}, gentilissima",
        "Buongiorno {f}, novità?",
        "In copia {n}",
        "Ho lasciato il pacco a {n}, la portinaia",
        "Può ritirarlo {n} per me?",
        "Io e {f} abbiamo ordinato la stessa giacca",
        "Date lo scontrino a {f}",
        "Avvisate {f} che è pronto",
        "Ho chiamato {s} in magazzino e non risponde",
        "Il signor {s} dice che non ha ricevuto niente",
    ),
}

CLEAN = {
    "es": (
        "Pedido 4431, necesito cambiar la dirección de envío",
        "~pedido 7712, no me ha llegado",
        "He hablado con atención al cliente y me dijeron que ya estaba enviado",
        "Hablé con el servicio técnico por teléfono ayer",
        "Mándaselo a la oficina, por favor",
        "Se lo di al repartidor en la puerta",
        "Pregunté en el mostrador y nadie sabía nada",
        "Lo recogió el transportista el martes",
        "Es un regalo para el Día de la Madre",
        "La factura va a nombre de la empresa",
        "Escribo de parte del departamento de compras",
        "De parte de la tienda: ¿ya salió el pedido?",
        "Es para mi hermana y su novio",
        "---------- Mensaje reenviado ----------\nDe: Atención al Cliente\nAsunto: devolución",
        "Reenviado de Correos:\nel paquete llegó roto",
        "Un saludo,\nEl equipo de ventas",
        "Atentamente,\nDepartamento de Facturación",
        "Gracias\nUn saludo",
        "Firmado: la dirección",
        "El pedido está a nombre de la sociedad",
        "Pregunta por el encargado en caja",
        "La contable tiene la factura",
        "~soy cliente y no me ha llegado nada",
        "~el pedido es para la oficina",
        "NO ME HA LLEGADO EL PEDIDO",
        "A NOMBRE DE LA EMPRESA",
        "Hi, lo pedí para la oficina, can you check?",
        "Oye, el delivery guy dejó el paquete en portería",
        "Contacto: el teléfono está en el pedido",
        "Gracias, muy amable",
        "Buenos días, ¿hay novedades?",
        "Con copia a contabilidad",
        "Dejé el paquete en conserjería",
        "¿Puede recogerlo un amigo por mí?",
        "Mi marido pagó con su tarjeta",
        "Pagué con Bizum, ¿lo habéis recibido?",
        "Lo compré en El Corte Inglés",
        "Pedido para Navidad, ¿llega antes del 24?",
        "Dadle el ticket al cajero",
        "Llamé al almacén y no contesta",
    ),
    "en": (
        "Order 4431, I need to change the delivery address",
        "~order 5512 never arrived",
        "I spoke with customer service on Tuesday and they promised a callback",
        "I spoke to someone at the till",
        "I gave it to the driver at the front desk",
        "Send it to the office instead please",
        "Please ask the warehouse to check the tracking",
        "It's a gift for Mother's Day",
        "The invoice should be made out to the company",
        "I'm writing on behalf of the purchasing team",
        "On behalf of the shop: has the order shipped?",
        "The order is for my sister and her boyfriend",
        "---------- Forwarded message ---------\nFrom: Customer Service\nSubject: Re: refund",
        "Fwd from Royal Mail:\nthe box was crushed",
        "Kind regards,\nThe Sales Team",
        "Sincerely,\nAccounts Department",
        "Thanks\nBest wishes",
        "Signed: the management",
        "The order is under the company account",
        "Ask for the manager at the counter",
        "The accountant has the invoice",
        "~i'm a customer and nothing has arrived",
        "~the order is for the office",
        "MY ORDER NEVER CAME",
        "ORDER FOR THE OFFICE",
        "Ciao, I ordered this for the office, can you check?",
        "Grazie! I spoke with support and it's sorted",
        "Contact: number on the order",
        "Thanks, very kind",
        "Good morning, any update?",
        "Copying in accounts",
        "I left the parcel with the concierge",
        "Can a friend pick it up for me?",
        "My husband paid with his card",
        "I paid with Apple Pay, did it go through?",
        "I bought it at Marks & Spencer",
        "Order for Christmas, will it arrive before the 24th?",
        "Give the receipt to the cashier",
        "I rang the warehouse and got no answer",
        "Let me know when it's ready",
    ),
    "it": (
        "Ordine 4431, devo cambiare l'indirizzo di spedizione",
        "~ordine 5512 mai arrivato",
        "Ho parlato con l'assistenza martedì e mi hanno promesso di richiamare",
        "Lo ha preso il corriere in negozio",
        "Ho dato lo scontrino alla cassa",
        "Mandatelo in ufficio, per favore",
        "Chiedi al magazzino di controllare la spedizione",
        "È un regalo per la Festa della Mamma",
        "Fattura intestata alla società",
        "Scrivo a nome dell'ufficio acquisti",
        "Da parte del negozio: l'ordine è partito?",
        "Per mia sorella e il suo ragazzo",
        "---------- Messaggio inoltrato ----------\nDa: Servizio Clienti\nOggetto: reso",
        "Inoltrato da Poste Italiane:\nla scatola era rotta",
        "Cordiali saluti,\nL'ufficio vendite",
        "Distinti saluti\nAmministrazione",
        "Grazie\nSaluti",
        "Firmato: la direzione",
        "L'ordine è intestato alla ditta",
        "Chiedete del responsabile alla cassa",
        "La commercialista ha la fattura",
        "~sono un cliente e non è arrivato niente",
        "~l'ordine è per l'ufficio",
        "L'ORDINE NON È MAI ARRIVATO",
        "ORDINE PER L'UFFICIO",
        "Hi, l'ho ordinato per l'ufficio, can you check?",
        "Thanks! Ho parlato con l'assistenza ed è tutto ok",
        "Referente: telefono nell'ordine",
        "Grazie, gentilissima",
        "Buongiorno, novità?",
        "In copia l'amministrazione",
        "Ho lasciato il pacco in portineria",
        "Può ritirarlo un amico per me?",
        "Mio marito ha pagato con la sua carta",
        "Ho pagato con Satispay, vi è arrivato?",
        "L'ho comprato alla Rinascente",
        "Ordine per Natale, arriva prima del 24?",
        "Date lo scontrino al cassiere",
        "Ho chiamato il magazzino e non risponde",
        "Avvisatemi quando è pronto",
    ),
}


def name_messages(language: str) -> Iterator[tuple[str, chat_tune.Gold]]:
    """Every template of the language filled REPEATS times with this set's own draw."""
    rng = random.Random(f"{SEED}-{language}")

    def value(kind: str) -> str:
        f, s = rng.choice(_FIRST[language]), rng.choice(_SURNAMES[language])
        return {
            "n": lambda: f"{f} {s}",
            "f": lambda: f,
            "s": lambda: s,
            "c": lambda: rng.choice(_COMPOUND[language]),
            "o": lambda: rng.choice(_OTHER[language]),
            "k": lambda: rng.choice(_NICK[language]),
            "u": lambda: f"{f} {s}".upper(),
        }[kind]()

    yield from fill(TEMPLATES[language], REPEATS, _SLOT, value)


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(language), CLEAN[language])


def main() -> None:
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
