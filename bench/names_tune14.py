"""`python -m bench.names_tune14`: a twelfth tuning set of the name rules, English, Spanish, Italian.

Written for a recall round of the name rules in en, es and it, before any of its changes, without
reading the held-out name sets or their misses, in shapes none of `bench/names_tune*.py` has: a
name as the subject of a past verb ("… served me yesterday", "… me atendió", "… mi ha servito"),
after a passive "by" ("served by", "atendido por", "servito da"), after "thanks to", "according
to" ("gracias a", "según", "secondo"), a possessive ("…'s order", "el pedido de …"), a name
written on a label or a delivery record ("Delivered to:", "Recogido por:", "Ritirato da:"), the
header of a quoted mail reply ("On Mon, … wrote:"), "a lady called …", a question about or to a
member of staff ("Is … working today?", "¿Eres …?"), an appointment, a name in brackets, a
cleft ("Who helped me was …"), two people joined by "or", a middle initial, a name followed by
an emoji or by an age in brackets, a cardholder, a voice note, a second contact, a review
("… has been so helpful, 5 stars"). The no-PII messages share the shapes with no one in them.

Every name is hand-written for this set from general knowledge, not drawn from a list; the
surnames include words and towns ("Baker", "Hill", "Toledo", "Cuenca", "Ferrara", "Costa"). A
template that starts with `~` is typed all in lower case. It prints names protected and no-PII
messages unchanged with the rules only (the stock en spaCy pipeline), and with `--show N` up to N
misses and false positives.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from bench import chat_tune
from bench.chat_tune import Example, fill

LANGS = ("en", "es", "it")
SEED = 20261205
REPEATS = 6  # each template filled with this many names

_FIRST = {
    "en": (
        "Imogen", "Callum", "Niamh", "Owain", "Siobhan", "Jasper", "Rosalind", "Barnaby", "Esme",
        "Hamish", "Carys", "Tobias", "Felicity", "Gareth", "Marcus", "Delphine", "Alfie", "Poppy",
        "Desmond", "Winifred", "Ashleigh", "Jordan", "Tyrone", "Logan", "Savannah", "Dwayne",
        "Kelsey", "Neville", "Bethan", "Oisin", "Ffion", "Rhys", "Mabel", "Cormac", "Eleanor",
    ),
    "es": (
        "Maribel", "Valeriano", "Eloísa", "Baltasar", "Herminia", "Custodio", "Zuriñe", "Arantxa",
        "Borja", "Cayetana", "Froilán", "Jacinta", "Leandro", "Milagros", "Nieves", "Olegario",
        "Rigoberto", "Soraya", "Telmo", "Wenceslao", "Yaiza", "Abril", "Bruno", "Celia", "Dámaso",
        "Elvira", "Fabiola", "Gregorio", "Hugo", "Irene", "Jimena", "Lucas", "Mireia", "Oriol",
        "Paloma",
    ),
    "it": (
        "Ginevra", "Edoardo", "Beatrice", "Leonardo", "Arianna", "Riccardo", "Chiara", "Mattia",
        "Sofia", "Alessio", "Martina", "Jacopo", "Giorgia", "Emanuele", "Rebecca", "Cristian",
        "Noemi", "Samuele", "Aurora", "Luca", "Gianluca", "Serena", "Vittorio", "Carlotta", "Ettore",
        "Benedetta", "Ottavio", "Loredana", "Ruggero", "Agnese", "Corrado", "Mirella", "Settimio",
    ),
}  # fmt: skip
_SURNAMES = {
    "en": (
        "Ashworth", "Blenkinsop", "Crowther", "Dalgleish", "Entwistle", "Fothergill", "Greenhalgh",
        "Hetherington", "Illingworth", "Jarvis", "Kilbride", "Llewellyn", "McAlister", "Nettleton",
        "Ormerod", "Prendergast", "Quigley", "Rowntree", "Sutcliffe", "Tunstall", "Upton", "Varley",
        "Wainwright", "Yardley", "Brooks", "Fisher", "Baker", "Hill", "Wood", "Young", "Mason",
        "Hunter", "Rose", "Lamb", "Bishop", "Walsh",
    ),
    "es": (
        "Zubizarreta", "Olabarrieta", "Garrido", "Cuenca", "Requena", "Mayoral", "Alcántara",
        "Valverde", "Soler", "Pujol", "Riba", "Colomer", "Ferrándiz", "Albiol", "Cortés", "Espinosa",
        "Figueroa", "Gallardo", "Hidalgo", "Iglesias", "Jurado", "Ledesma", "Maldonado", "Nieto",
        "Ocaña", "Pacheco", "Quiroga", "Robledo", "Segura", "Toledo", "Ureña", "Vallejo", "Yáñez",
        "Zapata",
    ),
    "it": (
        "Esposito", "Russo", "Ferrara", "Greco", "Bruno", "Conti", "De Rosa", "Moretti", "Marino",
        "Giordano", "Rizzo", "Lombardi", "Serra", "Messina", "Sala", "Monti", "Leone", "Costa",
        "Villa", "Orlando", "Parisi", "Coppola", "Bianchi", "D'Angelo", "Grasso", "Ferri", "Gatti",
        "Testa", "Mancini", "Cirillo", "Pagano", "Montanari", "Brambilla", "Sartori",
    ),
}  # fmt: skip

# {n} first + surname, {f} first, {m} first, middle initial and surname
_SLOT = re.compile(r"\{(\w)\}")
TEMPLATES = {
    "en": (
        "{n} served me yesterday and was lovely",
        "I was served by {n} at the big branch",
        "Thanks to {n} it got sorted in the end",
        "According to {f} it shipped on Monday",
        "{f}'s order still hasn't arrived",
        "The label on the box says {n}",
        "Delivered to: {n}",
        "On Mon, 3 Mar 2025 at 10:14, {n} wrote:\n> is it in stock?",
        "A lady called {n} rang me about it",
        "Is {f} working today?",
        "Are you {f}? we spoke last week",
        "Appointment for {n} at 5pm on Friday",
        "My neighbour ({n}) took it in",
        "Who helped me was {n}, please thank her",
        "Either {f} or {f} will be home",
        "{m} here, order 5531",
        "~ok cheers {f}!!",
        "Can you pass this to {f} from returns?",
        "{f} (my son, 12) needs the smaller size",
        "One box for {n} and one for {n}",
        "Collected by: {n} 14:32",
        "{n} 😊 order 7720",
        "Cardholder: {n}",
        "The account is in my partner's name, {n}",
        "Voice note from {f}: can you call her back?",
        "Please add {n} as a second contact",
        "Please reply to {f}'s email",
        "Booking 8812, lead guest {n}",
        "Sent by {n} via WhatsApp",
        "~hiya its {f} again about the sofa",
        "{n} has been so helpful, 5 stars",
    ),
    "es": (
        "{n} me atendió ayer y fue muy amable",
        "Me atendió {n} en la tienda grande",
        "Gracias a {n} se solucionó todo",
        "Según {f} el pedido salió el lunes",
        "El pedido de {n} todavía no ha llegado",
        "En la etiqueta de la caja pone {n}",
        "Entregado a: {n}",
        "El lun, 3 mar 2025 a las 10:14, {n} escribió:\n> ¿hay stock?",
        "Me llamó una señora llamada {n} por lo del pedido",
        "¿Está {f} hoy en la tienda?",
        "¿Eres {f}? hablamos la semana pasada",
        "Cita para {n} el viernes a las 17h",
        "Mi vecina ({n}) lo recogió",
        "Quien me atendió fue {n}, dadle las gracias",
        "En casa estará {f} o {f}",
        "Soy {m}, pedido 5531",
        "~vale gracias {f}!!",
        "¿Le podéis pasar esto a {f} de devoluciones?",
        "{f} (mi hijo, 12 años) necesita una talla menos",
        "Una caja para {n} y otra para {n}",
        "Recogido por: {n} 14:32",
        "{n} 😊 pedido 7720",
        "Titular de la tarjeta: {n}",
        "La cuenta está a nombre de mi pareja, {n}",
        "Audio de {f}: ¿podéis llamarla?",
        "Añadid a {n} como segundo contacto",
        "Contestad al correo de {f}, porfa",
        "Reserva 8812, titular {n}",
        "Enviado por {n} desde WhatsApp",
        "~hola otra vez soy {f} por lo del sofá",
        "{n} ha sido muy atento, 5 estrellas",
    ),
    "it": (
        "{n} mi ha servito ieri ed è stata gentilissima",
        "Mi ha servito {n} nel negozio grande",
        "Grazie a {n} si è risolto tutto",
        "Secondo {f} l'ordine è partito lunedì",
        "L'ordine di {n} non è ancora arrivato",
        "Sull'etichetta della scatola c'è scritto {n}",
        "Consegnato a: {n}",
        "Il giorno lun 3 mar 2025 alle 10:14 {n} ha scritto:\n> è disponibile?",
        "Mi ha chiamato una signora di nome {n} per l'ordine",
        "C'è {f} oggi in negozio?",
        "Sei {f}? ci siamo sentiti la settimana scorsa",
        "Appuntamento per {n} venerdì alle 17",
        "La mia vicina ({n}) l'ha ritirato",
        "Chi mi ha aiutato è stato {n}, ringraziatelo",
        "A casa ci sarà {f} oppure {f}",
        "Sono {m}, ordine 5531",
        "~ok grazie {f}!!",
        "Potete girare questo a {f} dei resi?",
        "{f} (mio figlio, 12 anni) ha bisogno di una taglia in meno",
        "Un pacco per {n} e uno per {n}",
        "Ritirato da: {n} 14:32",
        "{n} 😊 ordine 7720",
        "Titolare della carta: {n}",
        "L'account è intestato al mio compagno, {n}",
        "Vocale di {f}: potete richiamarla?",
        "Aggiungete {n} come secondo contatto",
        "Rispondete alla mail di {f}, per favore",
        "Prenotazione 8812, titolare {n}",
        "Inviato da {n} tramite WhatsApp",
        "~ciao sono di nuovo {f} per il divano",
        "{n} è stato gentilissimo, 5 stelle",
    ),
}
CLEAN = {
    "en": (
        "The courier served me yesterday and was lovely",
        "I was served by the manager at the big branch",
        "Thanks to your team it got sorted in the end",
        "According to the tracking it shipped on Monday",
        "My daughter's order still hasn't arrived",
        "The label on the box says fragile",
        "Delivered to: front porch",
        "On Mon, 3 Mar 2025 at 10:14, Customer Care wrote:\n> is it in stock?",
        "A lady from the depot rang me about it",
        "Is the bakery counter open today?",
        "Are you the manager? we spoke last week",
        "Appointment for a fitting at 5pm on Friday",
        "My neighbour (next door) took it in",
        "Who helped me was the girl on the till, please thank her",
        "Either me or my husband will be home",
        "Order 5531 here, any news?",
        "~ok cheers mate!!",
        "Can you pass this to someone from returns?",
        "My son (12) needs the smaller size",
        "One box for the kitchen and one for the garage",
        "Collected by: customer 14:32",
        "Order 7720 😊 arrived today",
        "Cardholder: same as account",
        "The account is in my partner's name",
        "Voice note: can you call me back?",
        "Please add my work number as a second contact",
        "Please reply to my email",
        "Booking 8812, two guests, late arrival",
        "Sent via WhatsApp",
        "~hiya its me again about the sofa",
        "The delivery team has been so helpful, 5 stars",
        "Gift wrap the Apple Watch please",
        "Does the Dyson come with a spare filter?",
        "I ordered the Hugo Boss aftershave",
        "Is the Ford Transit roof rack in stock?",
        "My Samsung Galaxy won't charge",
        "The Cadbury hamper was missing a box",
        "Happy Valentine's Day to the team!",
        "I saw the Dr. Martens boots in your window",
        "Thanks for the quick reply, have a good weekend",
    ),
    "es": (
        "El repartidor me atendió ayer y fue muy amable",
        "Me atendió el encargado en la tienda grande",
        "Gracias a vuestro equipo se solucionó todo",
        "Según el seguimiento el pedido salió el lunes",
        "El pedido de mi hija todavía no ha llegado",
        "En la etiqueta de la caja pone frágil",
        "Entregado a: conserjería",
        "El lun, 3 mar 2025 a las 10:14, Atención al Cliente escribió:\n> ¿hay stock?",
        "Me llamó una señora del almacén por lo del pedido",
        "¿Está abierta hoy la tienda?",
        "¿Eres el encargado? hablamos la semana pasada",
        "Cita para la prueba el viernes a las 17h",
        "Mi vecina (la del quinto) lo recogió",
        "Quien me atendió fue la chica de caja, dadle las gracias",
        "En casa estaré yo o mi marido",
        "Pedido 5531, ¿alguna novedad?",
        "~vale gracias majo!!",
        "¿Le podéis pasar esto a alguien de devoluciones?",
        "Mi hijo (12 años) necesita una talla menos",
        "Una caja para la cocina y otra para el garaje",
        "Recogido por: cliente 14:32",
        "Pedido 7720 😊 ha llegado hoy",
        "Titular de la tarjeta: el mismo de la cuenta",
        "La cuenta está a nombre de mi pareja",
        "Audio: ¿podéis llamarme?",
        "Añadid mi móvil del trabajo como segundo contacto",
        "Contestad a mi correo, porfa",
        "Reserva 8812, dos personas, llegada tarde",
        "Enviado desde WhatsApp",
        "~hola otra vez soy yo por lo del sofá",
        "El repartidor ha sido muy atento, 5 estrellas",
        "Envolved para regalo el perfume de Carolina Herrera",
        "¿El Seat León trae baca de serie?",
        "Compré unas zapatillas Victoria en rebajas",
        "¿Tenéis el turrón de Jijona de 300 g?",
        "Mi Xiaomi no carga",
        "Feliz San Valentín a todo el equipo",
        "¿El Mercedes Clase A tiene garantía?",
        "Gracias por la respuesta, buen fin de semana",
        "El paquete de Correos llegó abierto",
    ),
    "it": (
        "Il corriere mi ha servito ieri ed è stato gentilissimo",
        "Mi ha servito il responsabile nel negozio grande",
        "Grazie al vostro team si è risolto tutto",
        "Secondo il tracciamento l'ordine è partito lunedì",
        "L'ordine di mia figlia non è ancora arrivato",
        "Sull'etichetta della scatola c'è scritto fragile",
        "Consegnato a: portineria",
        "Il giorno lun 3 mar 2025 alle 10:14 Servizio Clienti ha scritto:\n> è disponibile?",
        "Mi ha chiamato una signora del magazzino per l'ordine",
        "C'è il banco gastronomia oggi?",
        "Sei il responsabile? ci siamo sentiti la settimana scorsa",
        "Appuntamento per la prova venerdì alle 17",
        "La mia vicina (quella del terzo piano) l'ha ritirato",
        "Chi mi ha aiutato è stata la ragazza alla cassa, ringraziatela",
        "A casa ci sarò io oppure mio marito",
        "Ordine 5531, novità?",
        "~ok grazie mille!!",
        "Potete girare questo a qualcuno dei resi?",
        "Mio figlio (12 anni) ha bisogno di una taglia in meno",
        "Un pacco per la cucina e uno per il garage",
        "Ritirato da: cliente 14:32",
        "Ordine 7720 😊 arrivato oggi",
        "Titolare della carta: lo stesso dell'account",
        "L'account è intestato al mio compagno",
        "Vocale: potete richiamarmi?",
        "Aggiungete il mio numero di lavoro come secondo contatto",
        "Rispondete alla mia mail, per favore",
        "Prenotazione 8812, due persone, arrivo tardi",
        "Inviato tramite WhatsApp",
        "~ciao sono di nuovo io per il divano",
        "Il corriere è stato gentilissimo, 5 stelle",
        "Fatemi un pacchetto regalo per il profumo di Valentino",
        "La Fiat Panda ha le barre sul tetto?",
        "Ho comprato la moka Bialetti in offerta",
        "Il panettone Motta è ancora disponibile?",
        "Il mio Xiaomi non si carica",
        "Buon San Valentino a tutto lo staff",
        "La Lancia Ypsilon è in garanzia?",
        "Grazie della risposta, buon fine settimana",
        "Il pacco di Poste Italiane è arrivato aperto",
    ),
}


def name_messages(language: str) -> Iterator[tuple[str, chat_tune.Gold]]:
    """Every template of the language filled REPEATS times with this set's own draw."""
    rng = random.Random(f"{SEED}-{language}")

    def value(kind: str) -> str:
        f, s = rng.choice(_FIRST[language]), rng.choice(_SURNAMES[language])
        initial = rng.choice("ABCDEJLMPRST")
        return {"n": f"{f} {s}", "f": f, "m": f"{f} {initial}. {s}"}[kind]

    yield from fill(TEMPLATES[language], REPEATS, _SLOT, value)


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(language), CLEAN[language])


def main() -> None:
    chat_tune.print_unknown_share(LANGS, _FIRST, _SURNAMES)
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
