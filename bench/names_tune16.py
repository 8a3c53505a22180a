"""`python -m bench.names_tune16`: a fourteenth tuning set of the name rules, English, Spanish, Italian.

Written for a recall round of the name rules in en, es and it, before any of its changes, without
reading the held-out name sets or their misses, in shapes no earlier tuning set has: a name as
the subject opening a sentence with a verb of saying or wanting and no cue ("… says the size runs
small", "… dice que", "… dice che"), after verbs of handing, phoning and meeting ("I handed the
box to", "Quedé con", "Ho sentito"), the lines and table rows of a group order, initials ("J. R.
Okafor", "M.ª José Ibarra", "G. B. Ferrante"), hyphenated and compound surnames as the subject,
a name then a relative clause about the role ("…, who manages the Bristol branch,"), an
@mention in mid-sentence, a forwarded contact card ("vCard: …", "BEGIN:VCARD … FN:"), titles no
earlier set signs with ("Rev.", "Cllr", "Arq.", "Mtra.", "Geom.", "Arch."), lower-case requests
("tell … i'll be late"), names typed without their accents ("Jose Angel Nunez", "Nicolo"), a
delivery note leaving the parcel with a neighbour, a young child ("my little one", "mi peque",
"il mio piccolo"), a nickname in quotes between given name and surname, "any news from",
"me and …"/"io e …", "do you know if … has", "waiting for … to call".

A pet's name alone is not personal data: the no-PII messages hold pets named like people ("our
dog Bella", "mi gata Luna", "il mio cane Pippo") as controls, beside the same shapes as the name
messages with no one in them.

Every name is hand-written for this set from general knowledge of people of many origins, not
drawn from a list. A template that starts with `~` is typed all in lower case. It prints names
protected and no-PII messages unchanged with the rules only (the stock en spaCy pipeline), and
with `--show N` up to N misses and false positives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from bench import chat_tune
from bench.chat_tune import Example

LANGS = ("en", "es", "it")
SEED = 20261216
REPEATS = 6  # each template filled with this many names

_FIRST = {
    "en": (
        "Temitope", "Ngozi", "Priya", "Rajesh", "Agnieszka", "Tomasz", "Declan", "Maeve",
        "Shanice", "Delroy", "Farah", "Bilal", "Mei", "Kwame", "Abena", "Gwen", "Rory", "Harriet",
        "Nathaniel", "Bronwyn", "Ewan", "Isla", "Tariq", "Yasmin", "Oliver", "Lucy", "Damian",
        "Courtney", "Stanley", "Marjorie",
    ),
    "es": (
        "Itziar", "Gorka", "Ainhoa", "Xabier", "Montserrat", "Jordi", "Uxía", "Xoán", "Guadalupe",
        "Eusebio", "Remedios", "Anselmo", "Fernanda", "Mauricio", "Yolanda", "Ulises", "Florencia",
        "Ezequiel", "Nayeli", "Brayan", "Fátima", "Hamza", "Mihaela", "Constantin", "Inmaculada",
        "Sebastián", "Lorena", "Octavio", "Trinidad", "Marcelino",
    ),
    "it": (
        "Gavino", "Bonaria", "Efisio", "Tecla", "Nives", "Fulvio", "Ludovica", "Pasquale",
        "Annunziata", "Gennaro", "Elisabetta", "Massimiliano", "Rosaria", "Calogero", "Teresa",
        "Ermes", "Brunella", "Dorina", "Ardit", "Mihai", "Fatou", "Moussa", "Xiaoyan", "Jiahao",
        "Federica", "Daniele", "Marisa", "Vittoria", "Cosimo", "Ilenia",
    ),
}  # fmt: skip
_SURNAMES = {
    "en": (
        "Adebayo", "Okonkwo", "Chaudhry", "Kowalczyk", "Nowak", "Gallagher", "McCarthy", "Henriques",
        "Thornton", "Pickering", "Ramsbottom", "Whitaker", "Ahmed", "Osei", "Mensah", "Liang",
        "Morrison", "Kaur", "Sandhu", "Doyle", "Harrington", "Blackwood", "Ellison", "Fraser",
        "Gill", "Hale", "Hughes", "Marsh", "Bell", "Carpenter",
    ),
    "es": (
        "Etxeberria", "Aguirre", "Urrutia", "Vidal", "Puig", "Castells", "Otero", "Lamas",
        "Pereira", "Salcedo", "Villanueva", "Bustamante", "Carrasco", "Benítez", "Montoya",
        "Arellano", "Cifuentes", "Escobar", "Palacios", "Rivas", "Tapia", "Zamora", "Belmonte",
        "Campos", "Cruz", "Flores", "León", "Marín", "Pastor", "Prieto",
    ),
    "it": (
        "Sanna", "Pinna", "Porcu", "Deiana", "Cocco", "Zanon", "Furlan", "Brancaccio", "Iannone",
        "Cuomo", "Vitale", "Lo Presti", "Scalia", "Amato", "Pellegrini", "Guidi", "Berti", "Moro",
        "Bassi", "Fontana", "Marchetti", "Gallo", "Ricci", "Rossetti", "Colonna", "Nardi",
        "Hoxha", "Diop", "Popa", "Zhou",
    ),
}  # fmt: skip
# Initials before a surname, or an abbreviated given name.
_INITIALS = {
    "en": (
        "J. R. Okafor", "A. K. Sharma", "P.J. Dunleavy", "M. Ferreira", "R. T. Osborne", "S. Patel",
        "D. W. Griffiths", "K. L. Nwachukwu", "E.M. Forsyth", "T. Nakamura", "C. J. Robb",
        "H. Begum",
    ),
    "es": (
        "M.ª José Ibarra", "M.ª Ángeles Serrano", "J. A. Quiroga", "Fco. Javier Lozano",
        "Mª Pilar Ochoa", "J. M. Larrañaga", "M. Teresa Aranda", "Jose Mª Cabello", "A. L. Gámez",
        "M.ª Dolores Peña", "R. Bermúdez", "Fdez. Ortega",
    ),
    "it": (
        "G. B. Ferrante", "M. Grazia Usai", "A. Rinaldi", "F.sco Loddo", "P. L. Caputo",
        "G. Carlo Melis", "M. T. Palladino", "L. Esposito", "S. D'Urso", "R. M. Tosi",
        "C. Ruggiero", "V. Cannas",
    ),
}  # fmt: skip
# Hyphenated and compound surnames with a given name.
_COMPOUND = {
    "en": (
        "Olivia Hughes-Mensah", "Thomas Sinclair-Boateng", "Anna Kowalska-Reid", "James Fortescue-Smythe",
        "Ruth Bennett-Okoro", "Daniel Ashby-Khan", "Hannah Lloyd-Jones", "Sam Taylor-Wood",
        "Grace Owusu-Ansah", "Ben Price-Whittaker", "Leah Mitchell-Baptiste", "Fiona Rees-Mogg",
    ),
    "es": (
        "Carmen Ruiz-Tagle", "Íñigo Sáenz-Díez", "Lucía Fernández de Córdoba", "Pablo Gil-Robles",
        "Marta López-Ibor", "Andrés Martín-Artajo", "Elena Pérez-Llorca", "Jaime Ortiz-Cañavate",
        "Irene Sánchez-Ocaña", "Álvaro Díaz-Ambrona", "Nuria Puig-Serra", "Diego Fernández-Shaw",
    ),
    "it": (
        "Carlo Rossi-Doria", "Giulia Lanza Tomasi", "Marco Pallavicini-Serra", "Sara Rinaldi-Kuhn",
        "Paolo Dal Molin", "Chiara Degli Uberti", "Luca Maria Capriotti", "Anna Di Pietrantonio",
        "Stefano Bonelli-Ferrero", "Elena Zanella Bortolotto", "Franco Li Volsi", "Irene Mele-Hoxha",
    ),
}  # fmt: skip
# Names typed without their accents or marks.
_PLAIN = {
    "en": (
        "Zoe Lefevre", "Chloe Bronte", "Renee Dubois", "Jose Nunez", "Andre Goncalves", "Noel Ferrer",
        "Joao Pereira", "Bjorn Ostergaard", "Sinead O Neill", "Mairead Ni Bhriain", "Agnes Muller",
        "Zeynep Sahin",
    ),
    "es": (
        "Jose Angel Nunez", "Maria Jesus Pena", "Ines Munoz", "Ramon Ibanez", "Sofia Garcia",
        "Hector Perez", "Monica Gomez", "Ruben Diaz", "Angela Jimenez", "Ivan Martinez",
        "Veronica Sanchez", "Raul Fernandez",
    ),
    "it": (
        "Nicolo Fabbri", "Niccolo Baldini", "Mose Zanon", "Salvatore Dell Aquila", "Lucrezia D Amato",
        "Tommaso Lo Giudice", "Andrea Lucchesi", "Gioele Pasini", "Noe Marras", "Raffaele Sciacca",
        "Ilaria Re", "Francesca Mazzu",
    ),
}  # fmt: skip
# A nickname in quotes between a given name and a surname.
_NICK = {
    "en": (
        'Robert "Bobby" Ferguson', 'Elizabeth "Libby" Carver', "Thomas 'Tommy' Gleeson",
        'Margaret "Peggy" Doherty', 'Oluwaseun "Seun" Bakare', 'Christopher "Kit" Hambly',
        'Abdullah "Abdi" Warsame', "Katherine 'Kat' Renshaw", 'Francis "Frankie" Delaney',
        'Rebecca "Becks" Ottley', 'Nicholas "Nico" Antoniou', 'Patricia "Trish" Gormley',
    ),
    "es": (
        'José "Pepe" Bermejo', 'Francisco "Paco" Segovia', 'Concepción "Concha" Ríos',
        'Ignacio "Nacho" Valle', 'Dolores "Lola" Guerrero', 'Enrique "Quique" Arroyo',
        "Mercedes 'Merche' Caballero", 'Jesús "Chus" Medina', 'Guadalupe "Lupita" Rangel',
        'Rosario "Charo" Pizarro', 'José María "Chema" Vera', 'Asunción "Susi" Lorenzo',
    ),
    "it": (
        'Giuseppe "Peppe" Lo Bianco', 'Salvatore "Totò" Grimaldi', "Francesco 'Ciccio' Barone",
        'Giovanni "Nanni" Loi', 'Maria Antonietta "Mimma" Russo', 'Domenico "Mimmo" Fiore',
        'Vincenzo "Enzo" Cutrone', 'Elisabetta "Betta" Nobili', "Raffaele 'Lello' Esposito",
        'Gabriele "Lele" Tosatti', 'Antonietta "Tina" Spina', 'Alessandro "Sandro" Pace',
    ),
}  # fmt: skip

# {n} first + surname, {f} first, {s} surname, {i} initials, {h} compound surname,
# {a} without accents, {k} nickname in quotes
_SLOT = re.compile(r"\{(\w)\}")
TEMPLATES = {
    "en": (
        "{f} says the size runs small, can we swap it?",
        "{n} wants to know if the blue one is back",
        "I handed the box to {n} at the door",
        "I phoned {f} twice this morning and nobody picked up",
        "Met {n} at your shop on Saturday, really helpful",
        "Group order:\n1. {n} - M\n2. {n} - L\n3. {n} - XL",
        "Name | Size | Paid\n{n} | 10 | yes\n{n} | 12 | no",
        "Signed for by {i} at 09:40",
        "{h} placed the order, not me",
        "{n}, who manages the Bristol branch, promised a refund",
        "Adding @{f} who has the receipt",
        "vCard: {n}\nTEL: +44 7700 900123",
        "BEGIN:VCARD\nVERSION:3.0\nFN:{n}\nEND:VCARD",
        "Many thanks,\nRev. {n}",
        "Best wishes,\nCllr {n}",
        "~can u tell {f} i'll be late picking up",
        "The parcel is for {a}",
        "Leave it with the neighbour {s} at no. 14",
        "If no one's in, leave it with {n} next door",
        "It's for my little one {f}, she's 4",
        "The order is in the name of {k}",
        "Any news from {f} about the swap?",
        "Me and {f} both ordered the same coat",
        "Do you know if {n} has collected it?",
        "Happy to wait for {f} to call me back",
    ),
    "es": (
        "{f} dice que la talla es pequeña, ¿se puede cambiar?",
        "{n} quiere saber si vuelve el azul",
        "Le entregué la caja a {n} en la puerta",
        "Quedé con {f} en la tienda del centro",
        "Llamé a {f} dos veces esta mañana y no lo cogió",
        "Pedido del grupo:\n1. {n} - M\n2. {n} - L\n3. {n} - XL",
        "Nombre | Talla | Pagado\n{n} | 38 | sí\n{n} | 40 | no",
        "Firmó el albarán {i} a las 09:40",
        "{h} hizo el pedido, no yo",
        "{n}, que lleva la tienda de Triana, me prometió el reembolso",
        "Añado a @{f}, que tiene el ticket",
        "vCard: {n}\nTEL: +34 612 345 678",
        "BEGIN:VCARD\nVERSION:3.0\nFN:{n}\nEND:VCARD",
        "Saludos cordiales,\nArq. {n}",
        "Un abrazo,\nMtra. {n}",
        "~dile a {f} que llego tarde a recogerlo",
        "El paquete es para {a}",
        "Si no hay nadie, dejadlo con el vecino {s} del 2ºB",
        "Si no estoy, dejadlo con {n}, la del quinto",
        "Es para mi peque {f}, tiene 4 años",
        "El pedido está a nombre de {k}",
        "¿Alguna noticia de {f} sobre el cambio?",
        "Entre {f} y yo pagamos el regalo",
        "¿Sabéis si {n} ya lo ha recogido?",
        "Espero a que {f} me llame",
    ),
    "it": (
        "{f} dice che la taglia è piccola, si può cambiare?",
        "{n} vuole sapere se torna quello blu",
        "Ho consegnato la scatola a {n} alla porta",
        "Ho sentito {f} stamattina, dice che manca lo scontrino",
        "Ho incontrato {n} nel vostro negozio sabato, gentilissima",
        "Ordine di gruppo:\n1. {n} - M\n2. {n} - L\n3. {n} - XL",
        "Nome | Taglia | Pagato\n{n} | 42 | sì\n{n} | 44 | no",
        "Ha firmato la bolla {i} alle 09:40",
        "{h} ha fatto l'ordine, non io",
        "{n}, che gestisce il negozio di Brera, mi ha promesso il rimborso",
        "Aggiungo @{f} che ha lo scontrino",
        "vCard: {n}\nTEL: +39 333 123 4567",
        "BEGIN:VCARD\nVERSION:3.0\nFN:{n}\nEND:VCARD",
        "Distinti saluti,\nGeom. {n}",
        "Cordialmente,\nArch. {n}",
        "~dì a {f} che arrivo tardi per il ritiro",
        "Il pacco è per {a}",
        "Se non c'è nessuno lasciatelo al vicino {s}, interno 4",
        "Se non ci sono lasciatelo a {n} del terzo piano",
        "È per il mio piccolo {f}, ha 4 anni",
        "L'ordine è intestato a {k}",
        "Notizie da {f} per il cambio?",
        "Io e {f} abbiamo preso lo stesso cappotto",
        "Sapete se {n} l'ha già ritirato?",
        "Aspetto che {f} mi richiami",
    ),
}

CLEAN = {
    "en": (
        "The driver says the size runs small, can we swap it?",
        "Customer services want to know if the blue one is back",
        "I handed the box to the driver at the door",
        "I phoned the branch twice this morning and nobody picked up",
        "Met the staff at your shop on Saturday, really helpful",
        "Group order:\n1. Blue hoodie - M\n2. Grey hoodie - L\n3. Black tee - XL",
        "Item | Size | Paid\nJacket | 10 | yes\nScarf | 12 | no",
        "Signed for by reception at 09:40",
        "Head office placed the order, not me",
        "The manager of the branch promised a refund",
        "Adding @support who has the receipt",
        "vCard: Customer Services\nORG: Example Ltd",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Returns Desk\nEND:VCARD",
        "Many thanks,\nThe Returns Team",
        "~can u tell the driver i'll be late picking up",
        "Leave it with the neighbour at no. 14",
        "If no one's in, leave it in the porch",
        "It's for my little one, she's 4",
        "Any news from the warehouse about the swap?",
        "Me and my sister both ordered the same coat",
        "Do you know if the parcel has been collected?",
        "Happy to wait for a call back",
        "Our dog Bella chewed the lead, do you sell a stronger one?",
        "The harness is for my cat Oscar, he's quite big",
        "Our puppy Max needs a bigger bed",
        "The collar is for our spaniel Rosie",
        "Do you have the Oxford shirt in M?",
        "The Hudson sofa is still on back order",
        "Paid with Apple Pay, order 8812",
        "Is the Windsor chair back in oak?",
    ),
    "es": (
        "El repartidor dice que la talla es pequeña, ¿se puede cambiar?",
        "En atención al cliente quieren saber si vuelve el azul",
        "Le entregué la caja al repartidor en la puerta",
        "Quedé con el encargado en la tienda del centro",
        "Llamé a la tienda dos veces esta mañana y no lo cogieron",
        "Pedido del grupo:\n1. Sudadera azul - M\n2. Sudadera gris - L\n3. Camiseta negra - XL",
        "Artículo | Talla | Pagado\nChaqueta | 38 | sí\nBufanda | 40 | no",
        "Firmó el albarán el conserje a las 09:40",
        "La oficina hizo el pedido, no yo",
        "El encargado de la tienda me prometió el reembolso",
        "Añado a @soporte, que tiene el ticket",
        "vCard: Atención al cliente\nORG: Ejemplo S.L.",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Devoluciones\nEND:VCARD",
        "Saludos cordiales,\nEl equipo de devoluciones",
        "~dile al repartidor que llego tarde a recogerlo",
        "Si no hay nadie, dejadlo en el buzón del 2ºB",
        "Si no estoy, dejadlo en conserjería",
        "Es para mi peque, tiene 4 años",
        "¿Alguna noticia del almacén sobre el cambio?",
        "Entre mi hermana y yo pagamos el regalo",
        "¿Sabéis si ya lo han recogido?",
        "Espero a que me llaméis",
        "Mi perro Toby ha roto la correa, ¿tenéis una más fuerte?",
        "El arnés es para mi gata Luna, es bastante grande",
        "Nuestro cachorro Rocky necesita una cama más grande",
        "El collar es para nuestra perrita Lola",
        "¿Tenéis la camisa Oxford en M?",
        "El sofá Nórdico sigue sin stock",
        "Pagué con Bizum, pedido 8812",
        "¿Vuelve la silla Windsor en roble?",
    ),
    "it": (
        "Il corriere dice che la taglia è piccola, si può cambiare?",
        "Il servizio clienti vuole sapere se torna quello blu",
        "Ho consegnato la scatola al corriere alla porta",
        "Ho sentito il negozio stamattina, dice che manca lo scontrino",
        "Ho incontrato la commessa nel vostro negozio sabato, gentilissima",
        "Ordine di gruppo:\n1. Felpa blu - M\n2. Felpa grigia - L\n3. Maglietta nera - XL",
        "Articolo | Taglia | Pagato\nGiacca | 42 | sì\nSciarpa | 44 | no",
        "Ha firmato la bolla il portiere alle 09:40",
        "L'ufficio ha fatto l'ordine, non io",
        "Il responsabile del negozio mi ha promesso il rimborso",
        "Aggiungo @assistenza che ha lo scontrino",
        "vCard: Servizio clienti\nORG: Esempio S.r.l.",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ufficio resi\nEND:VCARD",
        "Distinti saluti,\nL'ufficio resi",
        "~dì al corriere che arrivo tardi per il ritiro",
        "Se non c'è nessuno lasciatelo in portineria, interno 4",
        "Se non ci sono lasciatelo al bar sotto casa",
        "È per il mio piccolo, ha 4 anni",
        "Notizie dal magazzino per il cambio?",
        "Io e mia sorella abbiamo preso lo stesso cappotto",
        "Sapete se l'hanno già ritirato?",
        "Aspetto che mi richiamiate",
        "Il mio cane Pippo ha rotto il guinzaglio, ne avete uno più robusto?",
        "La pettorina è per la mia gatta Luna, è bella grossa",
        "Il nostro cucciolo Rocky ha bisogno di una cuccia più grande",
        "Il collare è per la nostra cagnolina Bianca",
        "Avete la camicia Oxford in M?",
        "Il divano Nordico è ancora esaurito",
        "Ho pagato con Satispay, ordine 8812",
        "Torna la sedia Windsor in rovere?",
    ),
}

_POOLS = {"i": _INITIALS, "h": _COMPOUND, "a": _PLAIN, "k": _NICK}


def name_messages(language: str) -> Iterator[tuple[str, chat_tune.Gold]]:
    """Every template of the language filled REPEATS times with this set's own draw."""
    pools: dict[str, Sequence[str]] = {"first": _FIRST[language], "surnames": _SURNAMES[language]}
    pools.update({slot: pool[language] for slot, pool in _POOLS.items()})
    yield from chat_tune.drawn(TEMPLATES[language], REPEATS, _SLOT, f"{SEED}-{language}", pools)


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(language), CLEAN[language])


def main() -> None:
    chat_tune.print_unknown_share(LANGS, _FIRST, _SURNAMES)
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
