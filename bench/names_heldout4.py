"""A fourth held-out set for person names and no-PII commerce chat, frozen before its first run.

Why a fourth set: the first three (`bench.names_heldout`, `bench.names_heldout2`,
`bench.names_heldout3`) have all been run while rules were tuned, so none of their figures is
independent any more; the final figures need a set no rule was tuned against. This one was
written on 2026-12-05 by someone who had not read Veil's rule code (`recognizers/`,
`proxy/detection/`), its cue-word lists, `recognizers/data/*.tsv`, the tune sets
(`bench/names_tune*.py`, `bench/ner_tune_data.py`, `bench/en_forms_tune.py`),
`scripts/train_ner.py`, nor the data of the other held-out sets (only `bench.names_heldout3`'s
code structure was read, and its name lists were checked for overlap so that none is reused):

- names are hand-written here from knowledge of each country, not drawn from a package or
  from `given_names.tsv`: compound given names ("Maria Teresa", "Klaus-Dieter", "Ana Belén"),
  double surnames ("Castaño Olmedo", "Meier-Lindner"), particles ("de Montaigu", "zu Solms",
  "Della Valle", "dos Anjos"), accents, nicknames alone or before a surname ("Kike Robles"),
  and names typed in lower case;
- 29 chat shapes a language, chosen to differ from the earlier sets: forwarded messages and
  quoted mail headers, voice-note-like run-on text without punctuation, names in the middle of
  long complaints, names after "per"/"para"/"für"/"pour", names in quoted order notes,
  delivery instructions naming a neighbour, caretaker or concierge, names next to phone and
  order numbers, emoji, mixed-language messages, WhatsApp-style timestamped lines and tick
  lists, business replies addressed to a customer, wrong-label corrections; each gold span is
  one person's name as written (first and last together, a title such as "Frau" or "Dr."
  left out, a possessive "'s" left out);
- 150 no-PII commerce messages a language, dense with capitalised products, brands (some
  that look like surnames: "De'Longhi", "Ferrero"), shops named after towns, saints and
  given-name-like words ("Pâtisserie Madeleine", "Farmacia San Marco"), weekdays, months,
  sizes and model numbers, some in the same shapes as the name messages (lists, forwarded
  headers, "per"/"für" + product).

`python -m bench.names_heldout4 --write` wrote the file once; it was committed on its own and
landed before Veil ran on it. `load()` refuses `bench/data/names_heldout4.jsonl` when its
SHA-256 differs from `FINGERPRINT`. Nothing is tuned on it; it is run to report figures, and
its individual misses are not printed or read.
"""

from __future__ import annotations

import random
from pathlib import Path

from bench.names_heldout import Example, freeze_cli
from bench.names_heldout import load as _load

PATH = Path(__file__).resolve().parent / "data" / "names_heldout4.jsonl"
FINGERPRINT = "42e146b518cbb9ba"
SEED = 20261255
NAMES_PER_LANGUAGE = 310
CLEAN_PER_LANGUAGE = 150
LOWER_SHARE = 0.12

# Per language: given names, surnames, nicknames. {full} is a given name and one surname
# (two surnames for es and pt a third of the time), {first} a given name, {nick} a
# nickname, {nf} a nickname and a surname, {last} a surname, {low} a full name in lower case.
PEOPLE: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en": (
        ["Harriet", "Rowan", "Fiona", "Alistair", "Ciara", "Eoin", "Nadia", "Ravi", "Jasmine", "Kieran",
         "Phoebe", "Ewan", "Lydia", "Barnaby", "Yusuf", "Cerys", "Angus", "Freya", "Crispin", "Maeve",
         "Desmond", "Keisha", "Gwen", "Rupert", "Isla", "Adebayo", "Sian", "Lachlan", "Poppy", "Ifeoma",
         "Mary-Jane", "Sarah-Louise", "Oisín", "Hamish", "Deirdre", "Winston"],
        ["Abernathy", "O'Sullivan", "McGregor", "Ramsbottom", "Adeyemi", "Fairbairn", "Sharma", "Whitfield",
         "Kavanagh", "Holloway", "Mensah", "Braithwaite", "Quinlan", "Rahman", "Cartwright-Jones", "Doherty",
         "Lindqvist", "Ogunleye", "Prescott", "Thistlewood", "McCarthy", "de Souza", "Hollingsworth", "Iqbal",
         "Penhaligon", "Mulligan", "St. John", "Yeo", "Farquharson", "Baptiste", "Ainsworth", "Nwosu"],
        ["Hattie", "Ali", "Fi", "Kez", "Pip", "Baz", "Nat", "Dougie", "Lou", "Reenie", "Sully", "Tash"],
    ),
    "fr": (
        ["Guillaume", "Capucine", "Anne-Laure", "Jean-Marc", "Bérénice", "Cédric", "Noémie", "Hugues",
         "Laëtitia", "Mathilde", "Sylvain", "Héloïse", "Fabrice", "Kader", "Fatoumata", "Romain", "Apolline",
         "Gwenaëlle", "Bastien", "Éléonore", "Jean-Luc", "Marie-Hélène", "Yvonne", "Thierry", "Nadège",
         "Arnaud", "Zoé", "Djamel", "Ségolène", "Jean-Philippe", "Lénaïc", "Maïwenn"],
        ["Garnier", "de Montaigu", "Lebrun", "Kerjean", "Le Floch", "Moreau-Vidal", "Fournier", "Lambert",
         "Rivière", "Bensaïd", "Diallo", "Chauvin", "Leclerc", "Dufour", "Masson", "Bertin", "Guérin",
         "d'Arcy", "Le Roux", "Poulain", "Aubert", "Ménard", "Cordier", "Ould-Ahmed", "Lagarde", "Roussel",
         "Faure", "Boulanger", "Tessier", "de La Salle"],
        ["Guigui", "Cam", "Max", "Lolo", "Bibi", "Dédé", "Coco", "Riri", "Zaza", "Pat", "Nanou", "Fredo"],
    ),
    "it": (
        ["Lorenzo", "Beatrice", "Gianpaolo", "Maria Teresa", "Carmela", "Edoardo", "Rocco", "Arianna",
         "Corrado", "Graziella", "Filippo", "Giorgia", "Ciro", "Immacolata", "Riccardo", "Vittoria",
         "Leonardo", "Marisa", "Gaetano", "Emanuele", "Ornella", "Fabrizio", "Letizia", "Gianfranco",
         "Rossella", "Antonella", "Pier Paolo", "Maria Luisa", "Calogero", "Nunzia", "Jacopo", "Sveva"],
        ["Ricci", "De Santis", "Lo Presti", "Moretti", "D'Alessandro", "Conti", "Ferri", "Marino", "Cocco",
         "Bellini", "Di Marzio", "Guerrieri", "Pagano", "Amato", "La Torre", "Melis", "Testa", "Serra", "Longo",
         "Morelli", "Dal Bosco", "Fiore", "Messina", "Negri", "Coppola", "De Rosa", "Orlando", "Sanna",
         "Cirillo", "Bruno", "Lo Russo", "Della Valle"],
        ["Lollo", "Bea", "Teo", "Ricky", "Mimmo", "Cate", "Nando", "Franci", "Giò", "Tina", "Lele", "Toni"],
    ),
    "es": (
        ["Javier", "Jorge", "Fernando", "Iker", "Ana Belén", "Consuelo", "Borja", "Amparo", "Leire", "Eulalia",
         "Teodoro", "Fermín", "Marisol", "Raúl", "Susana", "Noelia", "Julián", "Encarnación", "Gregorio",
         "Luis Miguel", "Rosario", "Ismael", "Jimena", "Celia", "Ignacio", "Vicente", "Mireia", "Oriol",
         "Nuria", "Eneko", "Araceli", "María del Mar", "José Antonio"],
        ["de la Torre", "Olmedo", "Castaño", "Zubizarreta", "Villalobos", "Herrero", "Cabrera", "Medina",
         "Sáez", "Quintana", "Arroyo", "Peña", "Bermúdez", "Lozano", "Montero", "Aguirre", "Soler", "Benítez",
         "Robles", "Urquijo", "Garrido", "Sanz", "Carrasco", "Gallardo", "Navarrete", "Pascual", "Crespo",
         "Ibarra", "de Castro", "Valverde", "Iturriaga"],
        ["Pepa", "Chema", "Xavi", "Tere", "Javi", "Toñi", "Lupe", "Kike", "Sito", "Puri", "Rodri", "Encarni"],
    ),
    "pt": (
        ["Bernardo", "Mariana", "Guilherme", "Ana Clara", "Joana", "Davi", "Lívia", "Rui", "Fernanda",
         "Paulo Sérgio", "Carolina", "Vinícius", "Madalena", "Renato", "Luís Filipe", "Graça", "Antônio",
         "Raquel", "Eduardo", "Sílvia", "Heitor", "Isadora", "Márcio", "Cristina", "Benedita", "Filipa",
         "Tomás", "Valentina", "Otávio", "Edileuza", "Wesley", "Jussara", "Natália"],
        ["Gomes", "Rocha", "Barbosa", "Fonseca", "Sampaio", "Correia", "Machado", "Guimarães", "Dias", "Freitas",
         "dos Anjos", "Coutinho", "Mendonça", "Xavier", "Siqueira", "Tavares", "Bezerra", "Cavalcanti", "Amaral",
         "Nogueira", "Pimentel", "Queiroz", "Lacerda", "Vilaça", "Seabra", "Bettencourt", "Valadares",
         "de Menezes", "Louro", "Arruda"],
        ["Tonho", "Dudu", "Juca", "Cacá", "Lipe", "Tati", "Lelê", "Vavá", "Dani", "Fafá", "Kiko", "Tuca"],
    ),
    "de": (
        ["Annegret", "Lena", "Wolfgang", "Anja", "Torsten", "Jannik", "Gudrun", "Ole", "Reinhard", "Dagmar",
         "Ömer", "Ayşe", "Hans-Jürgen", "Eva-Maria", "Till", "Jutta", "Hannelore", "Gerd", "Rosemarie", "Sönke",
         "Ingeborg", "Volker", "Silke", "Bernd", "Almut", "Lutz", "Liselotte", "Arne", "Wiebke",
         "Klaus-Dieter", "Ute", "Fynn"],
        ["von Ahlen", "Meier-Lindner", "Böhm", "Weißmann", "Brandt", "zu Solms", "Lehmann", "Vogt", "Kaiser",
         "Fuchs", "Schulte-Brinkmann", "Pohl", "Engel", "Kühn", "Albrecht", "Roth", "Seidel", "Winkler",
         "Dietrich", "Haas", "van der Linden", "Öztürk", "Graf", "Baumgärtner", "Kessler", "Ostermann",
         "Reuter", "Thielemann", "Hüttner", "Janssen", "Scholz"],
        ["Uschi", "Jupp", "Andi", "Susi", "Hansi", "Tobi", "Conny", "Lotte", "Rudi", "Gitti", "Heinzi", "Kathi"],
    ),
}  # fmt: skip

TEMPLATES: dict[str, list[str]] = {
    "en": [
        "---------- Forwarded message ---------\nFrom: {full}\nSubject: Re: order 55102\n\nHi, can you check this "
        "one for me, the parcel came without the charger",
        "hiya so basically i ordered the blue duvet set on tuesday and it never came and my neighbour {full} said a "
        "van came but nobody knocked so can you tell me where it is",
        "I've been a customer for six years and honestly this is the worst service I've had, the kettle arrived "
        "cracked, I rang twice and spoke to {first} who promised a callback that never came, and the refund is still "
        "pending",
        "Please leave it with the concierge, {full}, if I'm not in 🙏",
        "Order note: \"gift for {full}, please no price tag\"",
        "If no answer leave it with {full} next door, she knows it's coming",
        "Order 882910 – contact {full} 07700 900482 for the delivery slot",
        "Dear {full},\nThank you for getting in touch. Your replacement has been dispatched and should arrive within "
        "3 working days.\nKind regards, Customer Care",
        "✅ 2x pillow cases\n✅ 1x throw\n✅ collection by {full}\nthanks!",
        "Buongiorno, I'm writing for my nonna, {full}, she doesn't speak English well and wants to change her order",
        "hey it's {nick} 😂 the mug came smashed AGAIN",
        "{low} here, sorry typing on my phone, did the wardrobe doors get sent",
        "Can {first} from your Leeds branch ring me back? She had all the details",
        "My husband {full} and I both have accounts, can you merge them?",
        "Sent from my iPhone\n\n> On 3 Mar, {full} wrote:\n> any update on the fridge?",
        "[14:02] {full}: is the sofa still in stock\n[14:05] {full}: hello??",
        "pls ring the bell twice, if I don't answer the caretaker {first} has a key",
        "Refund to go to {full}, same card as the original purchase, ref RTN-20931",
        "Hey team — {full} and {full} will both be at the pickup, either can sign",
        "Collected by: {full} (ID checked) – bag 3 of 4",
        "Hi {first}, thanks for your patience! Your order is on its way 🚚",
        "ok so {nf} told me you do price match is that true because Argos has it cheaper",
        "wrong name on the label, it says {full} but it should be {full}",
        "Just left a voice note but in case: the parcel is for {full}, flat above the bakery",
        "Thanks {nick}!! you're a star ⭐",
        "As agreed with Dr {last}, we'll swap the size free of charge",
        "As per {full}'s email the invoice should be in her name, not the company's",
        "The driver left everything with {full} on the 2nd floor, a neighbour I've never met",
        "Table booked for {full}, party of 6, Friday 7pm – anything else let me know",
    ],
    "fr": [
        "---------- Message transféré ---------\nDe : {full}\nObjet : commande 30418\n\nBonjour, vous pouvez "
        "regarder ça, le colis est arrivé ouvert",
        "bonjour alors voilà j'ai commandé le plaid gris lundi et toujours rien et ma voisine {full} m'a dit qu'un "
        "livreur est passé mais personne a sonné donc je comprends pas",
        "Franchement je suis déçue, la cafetière est arrivée cassée, j'ai appelé deux fois, j'ai eu {first} au "
        "téléphone qui m'a promis un rappel et rien depuis dix jours, et le remboursement n'est toujours pas fait",
        "Si je suis absente, laissez le colis à la gardienne, Mme {last}, loge au rez-de-chaussée",
        "Note de commande : « cadeau pour {full}, merci de ne pas mettre la facture dans le paquet »",
        "C'est pour {full}, elle passera le chercher samedi",
        "Commande n° 77120 – joindre {full} au 06 12 48 90 33 pour le créneau",
        "Bonjour {full},\nNous avons bien reçu votre demande. Un avoir de 25 € a été crédité sur votre "
        "compte.\nCordialement, le service client",
        "✔️ 3 bocaux\n✔️ 1 nappe\n✔️ retrait par {full}\nmerci !",
        "Hello, je vous écris pour mon beau-père {full}, he doesn't read French very well, il veut annuler sa commande",
        "coucou c'est {nick} 😅 le mug est encore arrivé en miettes",
        "{low} ici, désolé j'écris du téléphone, les portes du placard sont parties ?",
        "Pouvez-vous demander à {first} de l'agence de Lille de me rappeler ? Elle avait tout le dossier",
        "Mon mari {full} et moi avons chacun un compte, c'est possible de les fusionner ?",
        "Envoyé de mon iPhone\n\n> Le 3 mars, {full} a écrit :\n> des nouvelles du frigo ?",
        "[09:12] {full} : le canapé est toujours dispo ?\n[09:20] {full} : allô ??",
        "sonnez deux fois svp, sinon le gardien {first} a un double des clés",
        "Remboursement au nom de {full}, même carte que l'achat, réf. RMB-55821",
        "{full} et {full} seront là pour le retrait, l'un ou l'autre peut signer",
        "Retiré par : {full} (pièce d'identité vérifiée) – sac 2 sur 3",
        "Bonjour {first}, merci pour votre patience ! Votre commande est en route 🚚",
        "bon {nf} m'a dit que vous faites l'alignement de prix c'est vrai ? parce que chez Darty c'est moins cher",
        "erreur sur l'étiquette, c'est écrit {full} alors que ça devrait être {full}",
        "Je viens de laisser un vocal mais au cas où : le colis est pour {full}, l'appartement au-dessus de la "
        "boulangerie",
        "Merci {nick} !! t'es au top ⭐",
        "Comme convenu avec M. {last}, on échange la taille sans frais",
        "La facture doit être établie au nom de {full} et pas de la société",
        "Le livreur a tout laissé chez {full}, au 2e, c'est une voisine mais je ne la connais pas",
        "Table réservée pour {full}, 6 couverts, vendredi 20h – dites-moi si besoin",
    ],
    "it": [
        "---------- Messaggio inoltrato ---------\nDa: {full}\nOggetto: ordine 61027\n\nCiao, potete verificare? Il "
        "pacco è arrivato senza caricabatterie",
        "allora praticamente ho ordinato il piumone martedì e non è mai arrivato e la mia vicina {full} dice che è "
        "passato un corriere ma non ha suonato nessuno quindi boh dove sta",
        "Sono cliente da anni e sinceramente è il peggior servizio mai avuto, il bollitore è arrivato crepato, ho "
        "chiamato due volte e ho parlato con {first} che mi ha promesso di richiamarmi e niente, e il rimborso è "
        "ancora in sospeso",
        "Se non ci sono lasciate il pacco al portiere, il signor {last}, grazie 🙏",
        "Nota ordine: \"regalo per {full}, per favore niente scontrino nel pacco\"",
        "È per {full}, passa lei a ritirarlo sabato",
        "Ordine 550183 – contattare {full} al 347 218 9054 per la fascia oraria",
        "Gentile {full},\nabbiamo ricevuto la sua richiesta. Il reso è stato registrato e il rimborso arriverà entro "
        "5 giorni lavorativi.\nCordiali saluti, Servizio Clienti",
        "✅ 2 federe\n✅ 1 plaid\n✅ ritira {full}\ngrazie!",
        "Hi, scrivo per mia suocera {full}, she doesn't use WhatsApp much, vuole cambiare l'indirizzo di consegna",
        "ciao sono {nick} 😂 la tazza è arrivata di nuovo rotta",
        "{low} qui, scusate scrivo dal telefono, sono partite le ante dell'armadio?",
        "Può richiamarmi {first} del punto vendita di Bergamo? Aveva lei tutti i dettagli",
        "Io e mio marito {full} abbiamo due account, si possono unire?",
        "Inviato da iPhone\n\n> Il 3 mar, {full} ha scritto:\n> novità sul frigo?",
        "[18:40] {full}: il divano è ancora disponibile?\n[18:52] {full}: ci siete??",
        "suonate due volte per favore, sennò il custode {first} ha le chiavi",
        "Rimborso intestato a {full}, stessa carta dell'acquisto, rif. RMB-22817",
        "Al ritiro vengono {full} e {full}, può firmare uno dei due",
        "Ritirato da: {full} (documento verificato) – collo 1 di 2",
        "Ciao {first}, grazie per la pazienza! Il tuo ordine è in viaggio 🚚",
        "ma {nf} mi ha detto che fate l'adeguamento prezzo è vero? perché da MediaWorld costa meno",
        "etichetta sbagliata, c'è scritto {full} ma dovrebbe essere {full}",
        "Ho appena mandato un vocale ma per sicurezza: il pacco è per {full}, interno 5 sopra il bar",
        "Grazie {nick}!! sei un mito ⭐",
        "Come concordato con la dottoressa {last}, cambiamo la taglia senza costi",
        "La fattura va intestata a {full} e non alla ditta",
        "Il corriere ha lasciato tutto da {full} al secondo piano, è una vicina ma non la conosco",
        "Tavolo prenotato per {full}, 6 persone, venerdì alle 20 – fatemi sapere",
    ],
    "es": [
        "---------- Mensaje reenviado ---------\nDe: {full}\nAsunto: pedido 40391\n\nHola, ¿podéis revisar esto? El "
        "paquete llegó sin el cargador",
        "hola a ver pedí el edredón azul el martes y nunca llegó y mi vecina {full} dice que vino una furgoneta pero "
        "nadie llamó al timbre así que no sé dónde está",
        "Llevo seis años comprando aquí y es el peor servicio que he tenido, la tetera llegó rajada, llamé dos veces "
        "y hablé con {first} que me prometió que me llamarían y nada, y el reembolso sigue pendiente",
        "Si no estoy, dejadlo en conserjería con {full}, está hasta las dos",
        "Nota del pedido: «regalo para {full}, por favor sin ticket dentro»",
        "Es para {full}, pasa ella a recogerlo el sábado",
        "Pedido 771204 – llamar a {full} al 612 345 987 para la franja de entrega",
        "Estimada {full}:\nHemos recibido su solicitud. La devolución está registrada y el abono llegará en 5 días "
        "hábiles.\nUn saludo, Atención al Cliente",
        "✅ 2 fundas\n✅ 1 manta\n✅ recoge {full}\n¡gracias!",
        "Hi, os escribo por mi suegro {full}, he doesn't really use WhatsApp, quiere cambiar la dirección de entrega",
        "hola soy {nick} 😂 la taza ha llegado rota OTRA VEZ",
        "{low} por aquí, perdón que escribo desde el móvil, ¿salieron ya las puertas del armario?",
        "¿Me puede llamar {first} de la tienda de Zaragoza? Ella tenía todos los datos",
        "Mi marido {full} y yo tenemos dos cuentas, ¿se pueden unir?",
        "Enviado desde mi iPhone\n\n> El 3 mar, {full} escribió:\n> ¿alguna novedad de la nevera?",
        "[11:05] {full}: ¿el sofá sigue disponible?\n[11:19] {full}: ¿¿hola??",
        "tocad dos veces porfa, si no el portero {first} tiene llave",
        "Reembolso a nombre de {full}, misma tarjeta de la compra, ref. DEV-31872",
        "A la recogida van {full} y {full}, puede firmar cualquiera",
        "Recogido por: {full} (DNI comprobado) – bulto 2 de 3",
        "¡Hola {first}! Gracias por tu paciencia, tu pedido ya va de camino 🚚",
        "oye {nf} me dijo que igualáis precios es verdad? porque en otra web está más barato",
        "la etiqueta está mal, pone {full} pero tendría que poner {full}",
        "Te acabo de mandar un audio pero por si acaso: el paquete es para {full}, el piso encima de la panadería",
        "¡¡Gracias {nick}!! eres un sol ⭐",
        "Como hablé con la señora {last}, cambiamos la talla sin coste",
        "La factura tiene que ir a nombre de {full} y no de la empresa",
        "El repartidor lo dejó todo en casa de {full}, en el segundo, es una vecina pero no la conozco",
        "Mesa reservada para {full}, 6 personas, viernes a las 21h – cualquier cosa me decís",
    ],
    "pt": [
        "---------- Mensagem encaminhada ---------\nDe: {full}\nAssunto: pedido 29084\n\nOi, vocês podem ver isso? A "
        "caixa chegou sem o carregador",
        "oi então eu pedi o edredom azul na terça e nunca chegou e minha vizinha {full} falou que passou uma van mas "
        "ninguém tocou a campainha aí não sei cadê",
        "Sou cliente há seis anos e sinceramente é o pior atendimento que já tive, a chaleira chegou rachada, liguei "
        "duas vezes e falei com {first} que prometeu retornar e nada, e o reembolso continua pendente",
        "Se eu não estiver, deixem com o porteiro, seu {first}, ele fica até as 18h",
        "Observação do pedido: \"presente para {full}, por favor sem nota fiscal dentro\"",
        "É para {full}, ela passa pra buscar no sábado",
        "Pedido 661093 – falar com {full} no (11) 98765-4321 para agendar a entrega",
        "Prezada {full},\nrecebemos a sua solicitação. A devolução foi registrada e o estorno cai em até 5 dias "
        "úteis.\nAtenciosamente, Atendimento ao Cliente",
        "✅ 2 fronhas\n✅ 1 manta\n✅ retirada por {full}\nobrigada!",
        "Hi, estou escrevendo pela minha sogra {full}, she doesn't use WhatsApp much, ela quer mudar o endereço de "
        "entrega",
        "oi é a {nick} 😂 a caneca chegou quebrada DE NOVO",
        "{low} aqui, desculpa tô digitando no celular, as portas do guarda-roupa já foram enviadas?",
        "O {first} da loja de Campinas pode me ligar? Ele tinha todos os dados",
        "Eu e o meu marido {full} temos duas contas, dá para juntar?",
        "Enviado do meu iPhone\n\n> Em 3 de mar., {full} escreveu:\n> alguma novidade da geladeira?",
        "[20:14] {full}: o sofá ainda está disponível?\n[20:31] {full}: alô??",
        "toquem duas vezes por favor, senão a zeladora {first} tem a chave",
        "Reembolso em nome de {full}, mesmo cartão da compra, ref. EST-48213",
        "Na retirada vão {full} e {full}, qualquer um pode assinar",
        "Retirado por: {full} (documento conferido) – volume 1 de 2",
        "Olá {first}, obrigado pela paciência! O seu pedido já está a caminho 🚚",
        "então {nf} me disse que vocês cobrem preço é verdade? porque na Magalu tá mais barato",
        "a etiqueta está errada, está escrito {full} mas devia ser {full}",
        "Acabei de mandar um áudio mas por via das dúvidas: a encomenda é para {full}, o andar por cima da pastelaria",
        "Valeu {nick}!! você é demais ⭐",
        "Conforme falei com a Dra. {last}, vamos trocar o tamanho sem custo",
        "A fatura tem de ser passada em nome de {full} e não da empresa",
        "O estafeta deixou tudo em casa da {full}, no 2.º esquerdo, é uma vizinha mas não a conheço",
        "Mesa reservada para {full}, 6 pessoas, sexta às 20h – qualquer coisa avisem",
    ],
    "de": [
        "---------- Weitergeleitete Nachricht ---------\nVon: {full}\nBetreff: Bestellung 38120\n\nHallo, könnt ihr "
        "euch das mal ansehen? Das Paket kam ohne Ladegerät",
        "hallo also ich hab am dienstag die blaue bettwäsche bestellt und die ist nie gekommen und meine nachbarin "
        "{full} meint da war ein transporter aber keiner hat geklingelt also wo ist das jetzt",
        "Ich bin seit sechs Jahren Kundin und ehrlich gesagt war das der schlechteste Service bisher, der "
        "Wasserkocher kam gesprungen an, ich habe zweimal angerufen und mit {first} gesprochen, die einen Rückruf "
        "versprochen hat, und die Erstattung ist immer noch offen",
        "Falls ich nicht da bin, bitte beim Hausmeister abgeben, Herr {last}, Erdgeschoss links",
        "Bestellnotiz: „Geschenk für {full}, bitte keine Rechnung ins Paket“",
        "Ist für {full}, sie holt es am Samstag ab",
        "Bestellung 904417 – bitte {full} unter 0171 2345678 wegen Liefertermin anrufen",
        "Sehr geehrte Frau {last},\nvielen Dank für Ihre Nachricht. Ihre Rücksendung wurde erfasst, die Gutschrift "
        "erfolgt innerhalb von 5 Werktagen.\nMit freundlichen Grüßen\nIhr Kundenservice",
        "✅ 2 Kissenbezüge\n✅ 1 Decke\n✅ Abholung durch {full}\ndanke!",
        "Hi, ich schreibe für meinen Schwiegervater {full}, he doesn't really use WhatsApp, er möchte die "
        "Lieferadresse ändern",
        "hey hier ist {nick} 😂 die Tasse ist SCHON WIEDER kaputt angekommen",
        "{low} hier, sorry schreib vom Handy, sind die Schranktüren schon raus?",
        "Kann mich {first} aus der Filiale in Bielefeld zurückrufen? Sie hatte alle Unterlagen",
        "Mein Mann {full} und ich haben zwei Konten, kann man die zusammenlegen?",
        "Von meinem iPhone gesendet\n\n> Am 3. März schrieb {full}:\n> gibt es was Neues zum Kühlschrank?",
        "[07:45] {full}: ist das Sofa noch verfügbar?\n[07:58] {full}: hallo??",
        "bitte zweimal klingeln, sonst hat der Hausmeister {first} einen Schlüssel",
        "Erstattung auf {full}, gleiche Karte wie beim Kauf, Ref. RET-66120",
        "Zur Abholung kommen {full} und {full}, unterschreiben kann jeder von beiden",
        "Abgeholt von: {full} (Ausweis geprüft) – Karton 3 von 4",
        "Hallo {first}, danke für deine Geduld! Deine Bestellung ist unterwegs 🚚",
        "also {nf} hat gesagt ihr macht Preisanpassung stimmt das? bei MediaMarkt ist es nämlich billiger",
        "falsches Etikett, da steht {full} drauf, sollte aber {full} sein",
        "Hab gerade eine Sprachnachricht geschickt, aber sicherheitshalber: das Paket ist für {full}, die Wohnung "
        "über der Bäckerei",
        "Danke {nick}!! du bist spitze ⭐",
        "Wie mit Dr. {last} besprochen, tauschen wir die Größe kostenlos",
        "Die Rechnung bitte auf {full} ausstellen, nicht auf die Firma",
        "Der Bote hat alles bei {full} im 2. Stock abgegeben, eine Nachbarin, die ich gar nicht kenne",
        "Tisch reserviert für {full}, 6 Personen, Freitag 19 Uhr – meldet euch, falls noch was ist",
    ],
}  # fmt: skip

BRANDS = ["Siemens", "Kärcher", "De'Longhi", "Lindt", "Ferrero", "Levi's", "Asics", "New Balance", "Smeg",
          "Rowenta", "Moulinex", "Garmin", "JBL", "Logitech", "Tupperware", "Vileda", "WMF", "Fjällräven",
          "Birkenstock", "Lavazza", "Krups", "Huawei", "Nintendo", "Samsonite"]  # fmt: skip
MODELS = ["XXL", "L", "EU 39", "UK 8", "Switch OLED", "Forerunner 265", "Pixel 8a", "T7 Shield", "K2 Pro",
          "MX Master 3S", "Flip 6", "Gr. 38", "Kånken Mini", "2 l", "140x200", "Ref. 7731-B", "TX-55"]  # fmt: skip

# Per language: products, shops (towns, saints, given-name-like words), weekdays, months,
# and message templates with {p} product, {b} brand, {s} shop, {d} weekday, {m} month,
# {z} size or model.
SHOP: dict[str, tuple[list[str], list[str], list[str], list[str], list[str]]] = {
    "en": (
        ["Weighted Blanket", "Air Fryer", "Standing Desk", "Steam Iron", "Trail Runners", "Gilet", "Hand Blender",
         "Coffee Grinder", "Duvet Cover", "Raincoat", "Hiking Backpack", "Smartwatch", "Ceramic Hob",
         "Robot Vacuum", "Denim Jacket", "Chocolate Hamper", "Lunch Box Set", "Wireless Mouse"],
        ["Harrogate Home Centre", "Cardiff Bay outlet", "St Albans store", "Victoria Street shop",
         "Florence Road Pharmacy", "Rose & Crown Gifts", "Ivy Lane Bakery", "Kingston Retail Park"],
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        ["February", "May", "July", "August", "October", "November", "December"],
        [
            "---------- Forwarded message ---------\nFrom: {s}\nSubject: Your {b} order\n\nIs this real or a scam?",
            "does the {b} {p} come in {z} i cant find it anywhere on the app",
            "✅ {p}\n✅ {b} {z}\n✅ gift wrap\nall good for {d}?",
            "[10:14] is the {s} open on {d}\n[10:15] need the {p} before then",
            "Hi, the {b} {p} I got in {m} stopped working, is it still under warranty?",
            "Order note: \"{p} for the spare room, {z}, no rush\"",
            "any chance the {p} will be back before {m}?? 🙏",
            "Per the {b} website the {z} is compatible, can you confirm?",
            "Dear Customer Care, the {p} arrived on {d} with a dent in the box. Can I swap it at the {s}?",
            "Brilliant service at the {s} today, the lady on the till was lovely 😊",
            "is the {b} {z} cheaper in the {m} sale or is this the best price",
            "Can I collect the {p} from {s} on {d} after work?",
            "Returns label for the {b} {p} please, wrong size ({z})",
            "the {p} is great but the {b} charger is missing",
            "Do you still do the free {b} mug with the {p}?",
            "Is the {s} doing late opening on {d} in {m}?",
            "Ordered the {p} on {d} and the app says Dispatched, any tracking?",
            "Happy Christmas from all of us at the {s}! Open {d} till 4",
        ],
    ),
    "fr": (
        ["Couette Tempérée", "Friteuse sans Huile", "Bureau Assis-Debout", "Fer à Repasser", "Chaussures de Trail",
         "Doudoune", "Mixeur Plongeant", "Moulin à Café", "Housse de Couette", "Ciré", "Sac à Dos Randonnée",
         "Montre Connectée", "Plaque Induction", "Aspirateur Robot", "Veste en Jean", "Coffret Chocolats",
         "Boîte à Lunch", "Souris sans Fil"],
        ["Pâtisserie Madeleine", "Fleuriste Marguerite", "magasin de Villeurbanne", "boutique Saint-Malo Centre",
         "Pharmacie Sainte-Claire", "Cave Saint-Vincent", "relais Colmar Gare", "drive de Montauban"],
        ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        ["février", "mai", "juillet", "août", "octobre", "novembre", "décembre"],
        [
            "---------- Message transféré ---------\nDe : {s}\nObjet : votre commande {b}\n\nC'est une arnaque ou "
            "pas ?",
            "est ce que la {p} {b} existe en {z} je la trouve pas sur l'appli",
            "✔️ {p}\n✔️ {b} {z}\n✔️ papier cadeau\nc'est bon pour {d} ?",
            "[10:14] la {s} est ouverte {d} ?\n[10:15] il me faut la {p} avant",
            "Bonjour, la {p} {b} achetée en {m} ne marche plus, elle est encore sous garantie ?",
            "Note de commande : « {p} pour la chambre d'amis, {z}, pas pressé »",
            "la {p} revient en stock avant {m} ?? 🙏",
            "D'après le site {b} le {z} est compatible, vous confirmez ?",
            "Bonjour le service client, la {p} est arrivée {d} avec le carton enfoncé. Je peux l'échanger à la {s} ?",
            "Super accueil à la {s} aujourd'hui, merci 😊",
            "Le {b} {z} sera moins cher pendant les soldes de {m} ?",
            "Je peux récupérer la {p} à la {s} {d} après le travail ?",
            "Une étiquette de retour pour la {p} {b} svp, mauvaise taille ({z})",
            "la {p} est top mais il manque le chargeur {b}",
            "Vous offrez toujours le mug {b} avec la {p} ?",
            "La {s} fait une nocturne le {d} en {m} ?",
            "Commandé la {p} {d} et l'appli dit Expédié, il y a un suivi ?",
            "Joyeux Noël de toute l'équipe de la {s} ! Ouvert {d} jusqu'à 16h",
            "C'est pour un cadeau : {p} {b}, taille {z}, livraison avant {d} possible ?",
        ],
    ),
    "it": (
        ["Coperta Ponderata", "Friggitrice ad Aria", "Scrivania Regolabile", "Ferro da Stiro", "Scarpe da Trail",
         "Piumino Smanicato", "Frullatore a Immersione", "Macinacaffè", "Copripiumino", "Impermeabile",
         "Zaino da Trekking", "Smartwatch", "Piano a Induzione", "Robot Aspirapolvere", "Giacca di Jeans",
         "Cesto di Cioccolatini", "Portapranzo", "Mouse Wireless"],
        ["Farmacia San Marco", "Pasticceria Santa Rita", "negozio di Lecco", "outlet Serravalle",
         "Fioreria Margherita", "Bar Aurora", "punto vendita Cagliari Centro", "Ferramenta Sant'Antonio"],
        ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        ["febbraio", "maggio", "luglio", "agosto", "ottobre", "novembre", "dicembre"],
        [
            "---------- Messaggio inoltrato ---------\nDa: {s}\nOggetto: il tuo ordine {b}\n\nÈ vero o è una truffa?",
            "il {p} {b} c'è in {z} non lo trovo sull'app",
            "✅ {p}\n✅ {b} {z}\n✅ confezione regalo\ntutto ok per {d}?",
            "[10:14] il {s} è aperto {d}?\n[10:15] mi serve il {p} prima",
            "Salve, il {p} {b} preso a {m} non funziona più, è ancora in garanzia?",
            "Nota ordine: \"{p} per la camera degli ospiti, {z}, nessuna fretta\"",
            "il {p} torna disponibile prima di {m}?? 🙏",
            "Secondo il sito {b} il {z} è compatibile, confermate?",
            "Buongiorno Servizio Clienti, il {p} è arrivato {d} con la scatola ammaccata. Posso cambiarlo al {s}?",
            "Servizio ottimo oggi al {s}, gentilissimi 😊",
            "Il {b} {z} costerà meno con i saldi di {m}?",
            "Posso ritirare il {p} al {s} {d} dopo il lavoro?",
            "Un'etichetta di reso per il {p} {b} per favore, taglia sbagliata ({z})",
            "il {p} è bellissimo ma manca il caricatore {b}",
            "Regalate ancora la tazza {b} con il {p}?",
            "Il {s} fa apertura serale {d} a {m}?",
            "Ordinato il {p} {d} e l'app dice Spedito, c'è un tracking?",
            "Buon Natale da tutto lo staff del {s}! Aperti {d} fino alle 16",
            "È per un regalo: {p} {b}, misura {z}, si può avere entro {d}?",
        ],
    ),
    "es": (
        ["Manta con Peso", "Freidora de Aire", "Escritorio Elevable", "Plancha de Vapor", "Zapatillas de Trail",
         "Chaleco Acolchado", "Batidora de Mano", "Molinillo de Café", "Funda Nórdica", "Chubasquero",
         "Mochila de Montaña", "Reloj Inteligente", "Placa de Inducción", "Robot Aspirador", "Cazadora Vaquera",
         "Cesta de Bombones", "Fiambrera", "Ratón Inalámbrico"],
        ["Farmacia San Isidro", "Pastelería Santa Clara", "tienda de Logroño", "outlet de Getafe",
         "Floristería Azucena", "Ferretería El Pilar", "Bar Mercedes", "centro comercial Gran Vía"],
        ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        ["febrero", "mayo", "julio", "agosto", "octubre", "noviembre", "diciembre"],
        [
            "---------- Mensaje reenviado ---------\nDe: {s}\nAsunto: tu pedido {b}\n\n¿Esto es real o es una estafa?",
            "la {p} {b} viene en {z} no la encuentro en la app",
            "✅ {p}\n✅ {b} {z}\n✅ papel de regalo\n¿todo listo para el {d}?",
            "[10:14] ¿la {s} abre el {d}?\n[10:15] necesito la {p} antes",
            "Hola, la {p} {b} que compré en {m} ya no funciona, ¿sigue en garantía?",
            "Nota del pedido: «{p} para el cuarto de invitados, {z}, sin prisa»",
            "¿¿la {p} vuelve antes de {m}?? 🙏",
            "Según la web de {b} el {z} es compatible, ¿me lo confirmáis?",
            "Hola Atención al Cliente, la {p} llegó el {d} con la caja abollada. ¿La puedo cambiar en la {s}?",
            "Muy buena atención hoy en la {s}, majísimos 😊",
            "¿El {b} {z} estará más barato en las rebajas de {m}?",
            "¿Puedo recoger la {p} en la {s} el {d} al salir del trabajo?",
            "Una etiqueta de devolución para la {p} {b} por favor, talla equivocada ({z})",
            "la {p} está genial pero falta el cargador {b}",
            "¿Seguís regalando la taza {b} con la {p}?",
            "¿La {s} abre por la tarde el {d} en {m}?",
            "Pedí la {p} el {d} y la app pone Enviado, ¿hay seguimiento?",
            "¡Feliz Navidad de parte de todo el equipo de la {s}! Abrimos el {d} hasta las 16h",
            "Es para un regalo: {p} {b}, talla {z}, ¿puede llegar antes del {d}?",
        ],
    ),
    "pt": (
        ["Manta com Peso", "Air Fryer", "Mesa Regulável", "Ferro a Vapor", "Tênis de Trilha", "Colete Acolchoado",
         "Mixer de Mão", "Moedor de Café", "Capa de Edredom", "Capa de Chuva", "Mochila de Trilha",
         "Relógio Inteligente", "Cooktop de Indução", "Robô Aspirador", "Jaqueta Jeans", "Cesta de Chocolates",
         "Marmita", "Mouse sem Fio"],
        ["Farmácia São Bento", "Pastelaria Santa Luzia", "loja de Sorocaba", "outlet de Braga",
         "Floricultura Margarida", "Padaria Estrela", "loja Vila Mariana", "Drogaria Santo Antônio"],
        ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
        ["fevereiro", "maio", "julho", "agosto", "outubro", "novembro", "dezembro"],
        [
            "---------- Mensagem encaminhada ---------\nDe: {s}\nAssunto: seu pedido {b}\n\nIsso é verdade ou golpe?",
            "a {p} {b} tem no {z} não acho no app",
            "✅ {p}\n✅ {b} {z}\n✅ embrulho de presente\ntudo certo pra {d}?",
            "[10:14] a {s} abre na {d}?\n[10:15] preciso da {p} antes",
            "Olá, a {p} {b} que comprei em {m} parou de funcionar, ainda está na garantia?",
            "Observação do pedido: \"{p} para o quarto de hóspedes, {z}, sem pressa\"",
            "a {p} volta ao estoque antes de {m}?? 🙏",
            "Pelo site da {b} o {z} é compatível, vocês confirmam?",
            "Olá Atendimento, a {p} chegou na {d} com a caixa amassada. Posso trocar na {s}?",
            "Atendimento excelente hoje na {s}, super simpáticos 😊",
            "O {b} {z} fica mais barato na promoção de {m}?",
            "Posso retirar a {p} na {s} na {d} depois do trabalho?",
            "Uma etiqueta de devolução para a {p} {b} por favor, tamanho errado ({z})",
            "a {p} é ótima mas veio sem o carregador {b}",
            "Vocês ainda dão a caneca {b} com a {p}?",
            "A {s} tem horário estendido na {d} em {m}?",
            "Pedi a {p} na {d} e o app diz Enviado, tem rastreio?",
            "Feliz Natal de toda a equipe da {s}! Abertos na {d} até às 16h",
            "É para presente: {p} {b}, tamanho {z}, chega antes de {d}?",
        ],
    ),
    "de": (
        ["Gewichtsdecke", "Heißluftfritteuse", "Höhenverstellbarer Schreibtisch", "Dampfbügeleisen",
         "Trailschuhe", "Steppweste", "Stabmixer", "Kaffeemühle", "Bettbezug", "Regenjacke", "Wanderrucksack",
         "Smartwatch", "Induktionskochfeld", "Saugroboter", "Jeansjacke", "Pralinenkorb", "Brotdose",
         "Funkmaus"],
        ["Marien-Apotheke", "Bäckerei Sonnenschein", "Filiale Paderborn", "Outlet Wertheim",
         "Blumenhaus Rosalie", "Café Luise", "Markt Regensburg-Süd", "Sankt-Georg-Drogerie"],
        ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        ["Februar", "Mai", "Juli", "August", "Oktober", "November", "Dezember"],
        [
            "---------- Weitergeleitete Nachricht ---------\nVon: {s}\nBetreff: Ihre {b} Bestellung\n\nIst das echt "
            "oder Betrug?",
            "gibt es die {b} {p} in {z} ich finde die nicht in der App",
            "✅ {p}\n✅ {b} {z}\n✅ Geschenkverpackung\nalles klar für {d}?",
            "[10:14] hat die {s} am {d} offen?\n[10:15] brauche die {p} vorher",
            "Hallo, die {b} {p} aus dem {m} geht nicht mehr, ist da noch Garantie drauf?",
            "Bestellnotiz: „{p} fürs Gästezimmer, {z}, keine Eile“",
            "kommt die {p} vor {m} wieder rein?? 🙏",
            "Laut {b} Website ist {z} kompatibel, könnt ihr das bestätigen?",
            "Hallo Kundenservice, die {p} kam am {d} mit eingedrücktem Karton. Kann ich sie in der {s} umtauschen?",
            "Super Beratung heute in der {s}, total nett 😊",
            "Wird {b} {z} im {m} im Angebot günstiger?",
            "Kann ich die {p} am {d} nach der Arbeit in der {s} abholen?",
            "Ein Retourenetikett für die {b} {p} bitte, falsche Größe ({z})",
            "die {p} ist super aber das {b} Ladekabel fehlt",
            "Gibt es die {b} Tasse noch gratis zur {p}?",
            "Hat die {s} am {d} im {m} länger offen?",
            "Die {p} am {d} bestellt und die App sagt Versendet, gibt es eine Sendungsnummer?",
            "Frohe Weihnachten vom ganzen Team der {s}! {d} bis 16 Uhr geöffnet",
            "Ist für ein Geschenk: {p} von {b}, Größe {z}, geht Lieferung vor {d}?",
        ],
    ),
}  # fmt: skip


def _person(lang: str, slot: str, rng: random.Random) -> str:
    given, surnames, nicks = PEOPLE[lang]
    if slot == "first":
        return rng.choice(given)
    if slot == "nick":
        return rng.choice(nicks)
    if slot == "last":
        return rng.choice(surnames)
    if slot == "nf":
        return f"{rng.choice(nicks)} {rng.choice(surnames)}"
    last = rng.choice(surnames)
    if lang in ("es", "pt") and rng.random() < 0.35:
        last += " " + rng.choice([s for s in surnames if s != last])
    full = f"{rng.choice(given)} {last}"
    return full.lower() if slot == "low" else full


def _fill(lang: str, template: str, rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    text, gold, rest = "", [], template
    while "{" in rest:
        before, _, tail = rest.partition("{")
        slot, _, rest = tail.partition("}")
        value = _person(lang, slot, rng)
        text += before
        gold.append((len(text), len(text) + len(value)))
        text += value
    return text + rest, gold


def build() -> list[Example]:
    """The set as generated (only `--write` calls this; the bench reads the frozen file)."""
    rng = random.Random(SEED)
    out: list[Example] = []
    for lang, templates in TEMPLATES.items():
        order = list(range(len(templates)))
        count, turn = 0, 0
        while count < NAMES_PER_LANGUAGE:
            if turn % len(templates) == 0:
                rng.shuffle(order)  # every shape once a round, in a fresh order
            text, gold = _fill(lang, templates[order[turn % len(templates)]], rng)
            turn += 1
            if rng.random() < LOWER_SHARE and len(text.lower()) == len(text):
                text = text.lower()
            out.append(Example(lang, text, tuple(gold), "pii"))
            count += len(gold)
        products, shops, days, months, clean = SHOP[lang]
        seen: set[str] = set()
        while len(seen) < CLEAN_PER_LANGUAGE:
            text = rng.choice(clean).format(
                p=rng.choice(products), b=rng.choice(BRANDS), s=rng.choice(shops), d=rng.choice(days),
                m=rng.choice(months), z=rng.choice(MODELS),
            )  # fmt: skip
            if text not in seen:
                seen.add(text)
                out.append(Example(lang, text, (), "clean"))
    return out


def load(path: Path = PATH) -> list[Example]:
    """The frozen set; SystemExit if the file is not the one frozen."""
    return _load(path, FINGERPRINT)


def main() -> None:
    freeze_cli(__doc__ or "", PATH, build)


if __name__ == "__main__":
    main()
