"""A third held-out set for person names and no-PII commerce chat, frozen before its first run.

Why a third set: the first two (`bench.names_heldout`, `bench.names_heldout2`) have been run
several times while rules and the opt-in NER corroboration were chosen, so their figures are
no longer independent. This one was written on 2026-12-05 by someone who had not read Veil's
rule code, cue-word lists, `recognizers/data/*.tsv`, the tune sets (`bench/names_tune*.py`,
`bench/ner_tune_data.py`) nor `scripts/train_ner.py`'s templates:

- names are hand-written here, not drawn from Faker, mimesis or `given_names.tsv`: first
  names and surnames typical of each country, with compound given names ("Maria Grazia",
  "Hans-Peter"), double surnames ("Navarro Gil", "Costa Ribeiro"), particles ("de la Fuente",
  "von Bergen", "Lo Bianco"), accents, nicknames and names typed in lower case;
- 26 chat shapes a language (self-introductions, third parties, signatures, lists of
  people, names after prepositions, greetings to staff, titles with a surname, names inside
  longer messages with order numbers and products); each gold span is one person's name as a
  whole (first and last together, a title left out);
- 150 no-PII commerce messages a language, dense with capitalised product words, brands, shop
  names built on towns ("Ferramenta Torino Centro"), weekdays, months, sizes and model
  numbers.

`python -m bench.names_heldout3 --write` wrote the file once; it was committed on its own
before Veil ran on it. `load()` refuses `bench/data/names_heldout3.jsonl` when its SHA-256
differs from `FINGERPRINT`. Nothing is tuned on it; it is run to report figures.
"""

from __future__ import annotations

import random
from pathlib import Path

from bench.names_heldout import Example, freeze_cli
from bench.names_heldout import load as _load

PATH = Path(__file__).resolve().parent / "data" / "names_heldout3.jsonl"
FINGERPRINT = "ea8d64ff2203feda"
SEED = 20261205
NAMES_PER_LANGUAGE = 310
CLEAN_PER_LANGUAGE = 150
LOWER_SHARE = 0.12

# Per language: given names, surnames, nicknames. {full} is a given name and one surname
# (two surnames for es and pt a third of the time), {first} a given name, {nick} a
# nickname, {last} a surname, {low} a full name in lower case.
PEOPLE: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en": (
        ["Olivia", "Liam", "Siobhan", "Declan", "Priya", "Mohammed", "Chloe", "Gareth", "Bethany", "Callum",
         "Aisling", "Tyrone", "Megan", "Rhys", "Hannah", "Kwame", "Leanne", "Dominic", "Imogen", "Fraser",
         "Niamh", "Jamal", "Georgia", "Connor", "Abigail", "Marcus", "Eleanor", "Darren", "Shauna",
         "Oluwaseun", "Mary-Kate", "Anne-Marie", "Ruairi", "Tamsin", "Harvey", "Zainab", "Bradley", "Lucinda"],
        ["Whitaker", "O'Connell", "McAllister", "Patel", "Okafor", "Fitzgerald", "Hargreaves", "Nguyen",
         "Brennan", "Thompson-Reid", "Ashworth", "Khan", "Donnelly", "Sutherland", "Pemberton", "Gallagher",
         "Blackwood", "Kowalski", "Ellison", "MacLeod", "Okonkwo", "Carter", "Featherstone", "Llewellyn",
         "Chaudhry", "Winterbottom", "Osei", "Delaney", "Pritchard", "Van der Berg", "Hussain", "Crawley"],
        ["Lizzie", "Jonno", "Becky", "Mikey", "Danny", "Steph", "Gaz", "Katie", "Tommo", "Bex", "Robbie", "Jaz"],
    ),
    "fr": (
        ["Marie-Claire", "Jean-Baptiste", "Océane", "Théo", "Anaïs", "Grégoire", "Maëlle", "Loïc", "Séverine",
         "Benoît", "Clémence", "Yannick", "Éloïse", "Mathis", "Karima", "Rachid", "Solène", "Thibault",
         "Aurélie", "Gaëtan", "Hélène", "Jérôme", "Lucie", "Baptiste", "Inès", "François-Xavier",
         "Anne-Sophie", "Pierre-Yves", "Ghislaine", "Quentin", "Amandine", "Yasmine", "Ludovic", "Margaux"],
        ["Lefèvre", "Dubois", "de Villeneuve", "Le Goff", "Kerboriou", "Mercier", "Fontaine", "Rousseau",
         "Benali", "N'Diaye", "Gauthier", "Chevalier", "Perrin", "Lemaire", "Durand-Lasserre", "Boucher",
         "Marchand", "Texier", "du Plessis", "Le Bihan", "Haddad", "Picard", "Caron", "Vasseur", "Delacroix",
         "Trémoulet", "Bouaziz", "Lacombe", "Giraud", "d'Aubigné", "Morvan", "Pelletier"],
        ["Titou", "Manu", "Seb", "Fanfan", "Jojo", "Flo", "Nico", "Cricri", "Doudou", "Mimi", "Béa", "Loulou"],
    ),
    "it": (
        ["Gian Marco", "Maria Grazia", "Pierluigi", "Ginevra", "Matteo", "Chiara", "Salvatore", "Rosalba",
         "Ludovica", "Carmine", "Federica", "Alessio", "Annunziata", "Niccolò", "Elisabetta", "Gennaro",
         "Martina", "Raffaele", "Benedetta", "Ottavio", "Giuseppina", "Tommaso", "Ilaria", "Vincenzo", "Noemi",
         "Domenico", "Anna Maria", "Pasquale", "Lorenza", "Gianluca", "Assunta", "Cristiano", "Serena"],
        ["Esposito", "De Luca", "Lo Bianco", "Ferraro", "D'Angelo", "Galli", "Santoro", "Marchetti",
         "Di Stefano", "Colombo", "Barbieri", "Caruso", "Rinaldi", "Fontana", "Pellegrino", "Russo", "La Rosa",
         "Mancuso", "Greco", "Bianchi", "Cattaneo", "Parisi", "Dell'Acqua", "Vitale", "Sorrentino", "Piras",
         "Gallo", "Zanetti", "Lombardo", "Di Pietro", "Brambilla", "Mazzoleni", "Scognamiglio"],
        ["Peppe", "Gigi", "Fede", "Vale", "Ale", "Betta", "Totò", "Sasà", "Robi", "Cicci", "Pino", "Ninni"],
    ),
    "pt": (
        ["João Pedro", "Maria Eduarda", "Ana Luísa", "Thiago", "Gonçalo", "Inês", "Rafaela", "Vitória",
         "Luíza", "Caio", "Tiago", "Leonor", "Matheus", "Beatriz", "Rodrigo", "Francisca", "Cauã", "Yasmin",
         "Henrique", "Conceição", "Sebastião", "Letícia", "Duarte", "Raimunda", "Joaquim", "Bárbara",
         "Maria do Carmo", "Luiz Fernando", "Jéssica", "Wellington", "Simone", "Afonso", "Rosângela"],
        ["Silva", "Santos", "Oliveira", "Souza", "Ferreira", "Pereira", "Costa", "Rodrigues", "Almeida",
         "Nascimento", "Gonçalves", "Carvalho", "Ribeiro", "da Silva", "dos Santos", "de Oliveira",
         "Magalhães", "Sá", "Vasconcelos", "Araújo", "Cardoso", "Teixeira", "Monteiro", "Pinto", "Barros",
         "Lopes", "Brandão", "Moura", "Quintela", "Figueiredo", "Azevedo", "Damasceno"],
        ["Zé", "Quim", "Nando", "Bia", "Duda", "Gabi", "Rafa", "Tico", "Lulu", "Nina", "Guto", "Malu"],
    ),
    "es": (
        ["José Luis", "María José", "Juan Carlos", "Lucía", "Álvaro", "Nerea", "Íñigo", "Ainhoa", "Mercedes",
         "Sergio", "Begoña", "Ramón", "Paula", "Jordi", "Montserrat", "Rocío", "Aitor", "Pilar", "Hugo",
         "Inmaculada", "Guillermo", "Carmen", "Almudena", "Francisco Javier", "Marta", "Adrián", "Itziar",
         "Gonzalo", "Remedios", "Maite", "Esteban", "Yolanda", "Joaquín"],
        ["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz", "Hernández",
         "Jiménez", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Torres", "Domínguez", "Gil",
         "Vázquez", "Serrano", "Ramos", "Blanco", "Molina", "Castro", "Ortega", "de la Fuente", "del Río",
         "Iglesias", "Echeverría", "Puig", "Santamaría", "Goikoetxea", "Calvo"],
        ["Pepe", "Paco", "Nacho", "Lola", "Curro", "Chus", "Quique", "Manolo", "Pili", "Charo", "Rafa", "Toni"],
    ),
    "de": (
        ["Hans-Peter", "Anna-Lena", "Karl-Heinz", "Lukas", "Jürgen", "Sabine", "Maximilian", "Jörg", "Ursula",
         "Björn", "Franziska", "Tobias", "Gisela", "Sören", "Katharina", "Dieter", "Lea", "Uwe", "Mareike",
         "Florian", "Birgit", "Niklas", "Heike", "Malte", "Özlem", "Friederike", "Günther", "Anneliese",
         "Kai-Uwe", "Svenja", "Detlef", "Henrike", "Mehmet"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
         "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz",
         "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange", "von Bergen", "von der Heide", "Yılmaz",
         "Kowalczyk", "Schmitz-Höfer", "Lehmann-Brandt", "Oberhuber", "Brösel", "Dreßler"],
        ["Steffi", "Kalle", "Gabi", "Uli", "Basti", "Rike", "Hanni", "Moni", "Schorsch", "Lenchen", "Fritzi",
         "Tommi"],
    ),
}  # fmt: skip

TEMPLATES: dict[str, list[str]] = {
    "en": [
        "Hi, this is {full}, I ordered the grey sofa cover last week (order #48213) and it still hasn't shipped",
        "My name is {full} and I'd like to return the trainers, they're a size too small",
        "Can you put the order under {full} please? Same address as last time",
        "Thanks so much!!\n{first}",
        "cheers {nick} x",
        "Order 77-30419, customer {full}, two Bosch drills, one came without the battery",
        "My husband {first} will pick it up on Saturday morning, is that ok?",
        "Spoke to {first} on the phone yesterday and she said you'd refund the delivery fee",
        "hiya its {low} again lol, any news on my parcel",
        "Hello, I'm writing on behalf of {full}, who is in hospital and can't use her phone",
        "The parcel was left with {full} next door, but I never got it",
        "Invoice to {full} please, not to the company",
        "Please leave it with my neighbour {first} if I'm out, she's always in",
        "Names for the Saturday workshop: {full}, {full} and {full}",
        "Could {full} and I both get the student discount?",
        "Hi {first}, thanks for sorting the exchange so quickly!",
        "Good morning, is {first} working today? She helped me choose the lamp",
        "Gift message: Happy birthday {nick}! Love from {first} and the kids",
        "Order #A55219 - 1x Kindle Paperwhite, 2x USB-C cables - name on the order is {full}, paid by PayPal",
        "Dear Sir or Madam, I bought a Samsung fridge from you in March and the door seal has split.\n"
        "Kind regards,\n{full}",
        "from {full}: the blender arrived broken, photos attached",
        "ok thanks, tell {nick} I said hi",
        "Mrs {last} here, I rang about the curtain fitting on Thursday",
        "Collection by {full} (ID required), ref 99012",
        "mum says thanks, she's {full} on your system, can you check her loyalty points",
        "The courier gave my box to a {full}?? I don't know anyone by that name",
    ],
    "fr": [
        "Bonjour, c'est {full}, j'ai commandé la housse de canapé grise la semaine dernière (commande n° 48213)",
        "Je m'appelle {full} et je voudrais retourner les baskets, elles taillent petit",
        "Vous pouvez mettre la commande au nom de {full} svp ? Même adresse que la dernière fois",
        "Merci beaucoup !!\n{first}",
        "bisous {nick}",
        "Commande 77-30419, client {full}, deux perceuses Bosch, une est arrivée sans batterie",
        "Mon mari {first} passera la récupérer samedi matin, ça vous va ?",
        "J'ai eu {first} au téléphone hier et elle m'a dit que les frais de port seraient remboursés",
        "coucou c'est {low}, des nouvelles de mon colis ?",
        "Bonjour, je vous écris de la part de {full}, qui est hospitalisée et ne peut pas utiliser son portable",
        "Le colis a été déposé chez {full}, le voisin, mais je ne l'ai jamais eu",
        "Facture au nom de {full} s'il vous plaît, pas de la société",
        "Si je suis absente, laissez-le à ma voisine {first}, elle est toujours là",
        "Inscrits pour l'atelier de samedi : {full}, {full} et {full}",
        "Est-ce que {full} et moi pouvons avoir la remise étudiante ?",
        "Bonjour {first}, merci d'avoir fait l'échange aussi vite !",
        "Bonjour, est-ce que {first} travaille aujourd'hui ? C'est elle qui m'a conseillé pour la lampe",
        "Message cadeau : Joyeux anniversaire {nick} ! De la part de {first} et des enfants",
        "Commande n° A55219 - 1 Kindle Paperwhite, 2 câbles USB-C - au nom de {full}, payé par PayPal",
        "Madame, Monsieur, j'ai acheté un frigo Samsung chez vous en mars et le joint de porte est fendu.\n"
        "Cordialement,\n{full}",
        "de la part de {full} : le blender est arrivé cassé, photos jointes",
        "ok merci, dites bonjour à {nick} de ma part",
        "Mme {last} à l'appareil, j'ai appelé pour la pose des rideaux jeudi",
        "Retrait par {full} (pièce d'identité demandée), réf 99012",
        "ma mère vous remercie, elle est enregistrée sous {full}, vous pouvez vérifier ses points fidélité ?",
        "Le livreur a donné mon carton à un certain {full} ?? Je ne connais personne de ce nom",
    ],
    "it": [
        "Buongiorno, sono {full}, ho ordinato il copridivano grigio la settimana scorsa (ordine n. 48213)",
        "Mi chiamo {full} e vorrei restituire le scarpe, sono di un numero più piccole",
        "Potete intestare l'ordine a {full}? Stesso indirizzo dell'altra volta",
        "Grazie mille!!\n{first}",
        "un bacio, {nick}",
        "Ordine 77-30419, cliente {full}, due trapani Bosch, uno è arrivato senza batteria",
        "Mio marito {first} passa a ritirarlo sabato mattina, va bene?",
        "Ho sentito {first} al telefono ieri e mi ha detto che mi rimborsate la spedizione",
        "ciao sono {low}, novità sul mio pacco?",
        "Salve, scrivo per conto di {full}, che è ricoverata e non può usare il cellulare",
        "Il pacco l'hanno lasciato a {full}, il vicino, ma io non l'ho mai ricevuto",
        "Fattura a nome di {full} per cortesia, non della ditta",
        "Se non ci sono lasciatelo alla mia vicina {first}, è sempre in casa",
        "Iscritti al laboratorio di sabato: {full}, {full} e {full}",
        "Io e {full} possiamo avere entrambi lo sconto studenti?",
        "Ciao {first}, grazie per aver fatto il cambio così in fretta!",
        "Buongiorno, oggi c'è {first} in negozio? Mi aveva aiutato a scegliere la lampada",
        "Biglietto regalo: Buon compleanno {nick}! Da {first} e i bambini",
        "Ordine n. A55219 - 1 Kindle Paperwhite, 2 cavi USB-C - intestato a {full}, pagato con PayPal",
        "Gentili signori, ho comprato da voi un frigorifero Samsung a marzo e la guarnizione si è rotta.\n"
        "Cordiali saluti\n{full}",
        "da parte di {full}: il frullatore è arrivato rotto, vi mando le foto",
        "ok grazie, salutatemi {nick}",
        "Sono la signora {last}, avevo chiamato per il montaggio delle tende giovedì",
        "Ritira {full} (con documento), rif. 99012",
        "mia mamma ringrazia, nel vostro sistema è {full}, potete controllare i punti fedeltà?",
        "Il corriere ha dato il mio scatolone a un certo {full}?? Non conosco nessuno con quel nome",
    ],
    "pt": [
        "Olá, aqui é {full}, encomendei a capa de sofá cinzenta na semana passada (encomenda nº 48213)",
        "Meu nome é {full} e queria devolver o tênis, ficou pequeno",
        "Podem pôr o pedido em nome de {full}? Mesmo endereço da última vez",
        "Muito obrigada!!\n{first}",
        "bjs {nick}",
        "Pedido 77-30419, cliente {full}, duas furadeiras Bosch, uma veio sem bateria",
        "O meu marido {first} vai buscar no sábado de manhã, pode ser?",
        "Falei com a {first} ontem por telefone e ela disse que iam devolver o frete",
        "oi é {low} de novo kkk, alguma novidade do meu pacote?",
        "Bom dia, escrevo em nome de {full}, que está internada e não consegue usar o celular",
        "A encomenda ficou com {full}, o vizinho, mas eu nunca a recebi",
        "Nota fiscal em nome de {full} por favor, não da empresa",
        "Se eu não estiver deixem com a minha vizinha {first}, ela está sempre em casa",
        "Inscritos na oficina de sábado: {full}, {full} e {full}",
        "Eu e {full} podemos ter os dois o desconto de estudante?",
        "Oi {first}, obrigado por fazer a troca tão rápido!",
        "Bom dia, a {first} está hoje na loja? Foi ela que me ajudou a escolher o candeeiro",
        "Mensagem do presente: Feliz aniversário {nick}! De {first} e das crianças",
        "Pedido nº A55219 - 1 Kindle Paperwhite, 2 cabos USB-C - em nome de {full}, pago via Pix",
        "Prezados, comprei uma geladeira Samsung com vocês em março e a borracha da porta rasgou.\n"
        "Atenciosamente,\n{full}",
        "da parte de {full}: o liquidificador chegou partido, seguem fotos",
        "ok obrigada, manda um beijo pra {nick}",
        "Fala a dona {last}, liguei por causa da instalação das cortinas na quinta",
        "Levantamento por {full} (com documento), ref. 99012",
        "a minha mãe agradece, ela está no sistema como {full}, podem ver os pontos dela?",
        "O estafeta entregou a minha caixa a um tal de {full}?? Não conheço ninguém com esse nome",
    ],
    "es": [
        "Hola, soy {full}, pedí la funda de sofá gris la semana pasada (pedido nº 48213) y aún no ha salido",
        "Me llamo {full} y quiero devolver las zapatillas, me quedan pequeñas",
        "¿Podéis poner el pedido a nombre de {full}? Misma dirección que la otra vez",
        "¡¡Muchas gracias!!\n{first}",
        "besos, {nick}",
        "Pedido 77-30419, cliente {full}, dos taladros Bosch, uno vino sin batería",
        "Mi marido {first} pasa a recogerlo el sábado por la mañana, ¿vale?",
        "Hablé ayer con {first} por teléfono y me dijo que me devolvíais los gastos de envío",
        "holaa soy {low} otra vez jaja, ¿sabéis algo de mi paquete?",
        "Buenas, os escribo de parte de {full}, que está ingresada y no puede usar el móvil",
        "El paquete se lo dejaron a {full}, el vecino, pero yo nunca lo recibí",
        "Factura a nombre de {full} por favor, no de la empresa",
        "Si no estoy dejádselo a mi vecina {first}, siempre está en casa",
        "Apuntados al taller del sábado: {full}, {full} y {full}",
        "¿{full} y yo podemos tener los dos el descuento de estudiante?",
        "¡Hola {first}, gracias por hacer el cambio tan rápido!",
        "Buenos días, ¿está hoy {first} en la tienda? Me ayudó a elegir la lámpara",
        "Mensaje regalo: ¡Feliz cumple {nick}! De parte de {first} y los niños",
        "Pedido nº A55219 - 1 Kindle Paperwhite, 2 cables USB-C - a nombre de {full}, pagado con Bizum",
        "Estimados señores, les compré una nevera Samsung en marzo y la goma de la puerta se ha roto.\n"
        "Un saludo,\n{full}",
        "de parte de {full}: la batidora llegó rota, os mando fotos",
        "vale gracias, dadle recuerdos a {nick}",
        "Soy la señora {last}, llamé por el montaje de las cortinas del jueves",
        "Recoge {full} (con DNI), ref. 99012",
        "mi madre os da las gracias, está en vuestro sistema como {full}, ¿podéis mirar sus puntos?",
        "¿¿El repartidor le dio mi caja a un tal {full}?? No conozco a nadie con ese nombre",
    ],
    "de": [
        "Hallo, hier ist {full}, ich habe letzte Woche den grauen Sofabezug bestellt (Bestellung Nr. 48213)",
        "Mein Name ist {full} und ich möchte die Turnschuhe zurückschicken, sie sind eine Nummer zu klein",
        "Können Sie die Bestellung auf {full} laufen lassen? Gleiche Adresse wie letztes Mal",
        "Vielen Dank!!\n{first}",
        "lg {nick}",
        "Bestellung 77-30419, Kunde {full}, zwei Bosch Bohrmaschinen, eine kam ohne Akku",
        "Mein Mann {first} holt es am Samstagvormittag ab, passt das?",
        "Ich hab gestern mit {first} telefoniert und sie meinte, Sie erstatten die Versandkosten",
        "hey hier ist nochmal {low} haha, gibts was neues zu meinem paket?",
        "Guten Tag, ich schreibe im Auftrag von {full}, die im Krankenhaus liegt und ihr Handy nicht benutzen kann",
        "Das Paket wurde bei {full} abgegeben, dem Nachbarn, aber ich habe es nie bekommen",
        "Rechnung bitte auf {full}, nicht auf die Firma",
        "Wenn ich nicht da bin, bitte bei meiner Nachbarin {first} abgeben, die ist immer zu Hause",
        "Angemeldet für den Workshop am Samstag: {full}, {full} und {full}",
        "Können {full} und ich beide den Studentenrabatt bekommen?",
        "Hallo {first}, danke, dass der Umtausch so schnell ging!",
        "Guten Morgen, ist {first} heute im Laden? Sie hat mich bei der Lampe beraten",
        "Grußkarte: Alles Gute zum Geburtstag {nick}! Von {first} und den Kindern",
        "Bestellung Nr. A55219 - 1x Kindle Paperwhite, 2x USB-C Kabel - auf den Namen {full}, bezahlt mit PayPal",
        "Sehr geehrte Damen und Herren, ich habe im März einen Samsung Kühlschrank bei Ihnen gekauft und die "
        "Türdichtung ist gerissen.\nMit freundlichen Grüßen\n{full}",
        "von {full}: der Mixer kam kaputt an, Fotos anbei",
        "ok danke, grüßen Sie {nick} von mir",
        "Hier spricht Frau {last}, ich hatte wegen der Vorhangmontage am Donnerstag angerufen",
        "Abholung durch {full} (mit Ausweis), Ref. 99012",
        "meine Mutter sagt danke, sie ist bei Ihnen als {full} gespeichert, können Sie ihre Treuepunkte prüfen?",
        "Der Paketbote hat meinen Karton einem gewissen {full} gegeben?? Ich kenne niemanden mit dem Namen",
    ],
}

BRANDS = ["Samsung", "Bosch", "Philips", "IKEA", "Nike", "Adidas", "Dyson", "Lego", "Nespresso", "Le Creuset",
          "Apple", "Sony", "Miele", "Decathlon", "Zara", "Puma", "Tefal", "Xiaomi", "Canon", "Braun"]  # fmt: skip
MODELS = ["XL", "S", "M", "EU 42", "iPhone 15 Pro", "Galaxy A54", "V15 Detect", "SM-R910", "Air Max 90",
          "WH-1000XM5", "KG 39", "3er Set", "Pro 2", "Serie 8", "Ultra Boost 22", "160x200"]  # fmt: skip

# Per language: products, shops built on towns, weekdays, months, and message templates
# with {p} product, {b} brand, {s} shop, {d} weekday, {m} month, {z} size or model.
SHOP: dict[str, tuple[list[str], list[str], list[str], list[str], list[str]]] = {
    "en": (
        ["Memory Foam Pillow", "Garden Hose Reel", "Espresso Machine", "Winter Parka", "Cast Iron Skillet",
         "Bluetooth Speaker", "Office Chair", "Rain Boots", "Wool Throw", "Air Fryer", "Standing Desk",
         "Table Lamp"],
        ["Camden Market Stall", "Brighton Home Store", "Chester Garden Centre", "York Outlet",
         "Bristol Cycle Hub", "Oxford Street branch"],
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        ["January", "March", "April", "June", "September", "November", "December"],
        [
            "Is the {b} {p} still in stock in size {z}?",
            "Do you price match the {b} {p}? It's cheaper on Amazon",
            "Is the {s} open on {d} or only online?",
            "Will the {p} be back in stock in {m}?",
            "Black Friday Deal: does the {p} come with Free Delivery?",
            "Can I swap the {p} for the {z} version at the {s}?",
            "Ordered the {b} {p} on {d}, Royal Mail says Out For Delivery",
            "Does the {p} come with a UK Plug and Warranty?",
            "Is the New Season {p} available in Navy or only Olive Green?",
            "Click and Collect at the {s} on {d}, is that possible?",
            "The {p} I bought in {m} has stopped working, can I get a Replacement?",
            "Do you sell the {b} {z} in the Summer Sale too?",
            "Gift Wrap for the {p} please, it's for Christmas Day",
            "Is the {p} Dishwasher Safe? The box only says Hand Wash",
            "Any Discount Code for the {b} {p} this {d}?",
            "What's the Return Policy on Sale Items like the {p}?",
            "Does the {s} have the {p} on display so I can see it?",
            "Order Status says Processing since {d}, it's the {b} {z}",
            "Is the {b} {p} compatible with the {z} model?",
            "Easter Opening Hours at the {s}? Need the {p} before {d}",
        ],
    ),
    "fr": (
        ["Oreiller Mémoire de Forme", "Machine Expresso", "Parka Hiver", "Poêle en Fonte", "Enceinte Bluetooth",
         "Chaise de Bureau", "Bottes de Pluie", "Plaid en Laine", "Friteuse sans Huile", "Lampe de Chevet",
         "Robe Portefeuille", "Cocotte Signature"],
        ["Boutique Lyon Part-Dieu", "Jardinerie de Nantes", "Bricolage Bordeaux Lac", "Outlet Roubaix",
         "Cave Reims Centre", "Magasin Lille Europe"],
        ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        ["janvier", "mars", "avril", "juin", "septembre", "novembre", "décembre"],
        [
            "La {p} {b} est encore en stock en taille {z} ?",
            "Vous alignez le prix de la {p} {b} ? Elle est moins chère sur Amazon",
            "La {s} est ouverte {d} ou seulement en ligne ?",
            "La {p} revient en stock en {m} ?",
            "Offre Black Friday : la {p} a la Livraison Gratuite ?",
            "Je peux échanger la {p} contre la version {z} à la {s} ?",
            "Commandé la {p} {b} {d}, Colissimo indique En Cours de Livraison",
            "La {p} a bien la Garantie 2 Ans ?",
            "La {p} Nouvelle Collection existe en Bleu Marine ou seulement en Vert Olive ?",
            "Click and Collect à la {s} {d}, c'est possible ?",
            "La {p} achetée en {m} ne marche plus, je peux avoir un Échange ?",
            "Vous vendez aussi le {b} {z} pendant les Soldes d'Été ?",
            "Papier Cadeau pour la {p} svp, c'est pour Noël",
            "La {p} passe au Lave-Vaisselle ? La boîte dit Lavage à la Main",
            "Un Code Promo pour la {p} {b} ce {d} ?",
            "Quelle est la Politique de Retour pour les articles en Promo comme la {p} ?",
            "La {s} a la {p} en exposition pour que je la voie ?",
            "Statut de Commande En Préparation depuis {d}, c'est le {b} {z}",
            "La {p} {b} est compatible avec le modèle {z} ?",
            "Horaires de Pâques à la {s} ? Il me faut la {p} avant {d}",
        ],
    ),
    "it": (
        ["Cuscino Memory", "Macchina Espresso", "Piumino Invernale", "Padella in Ghisa", "Cassa Bluetooth",
         "Sedia da Ufficio", "Stivali da Pioggia", "Plaid di Lana", "Friggitrice ad Aria", "Lampada da Comodino",
         "Borsa Tracolla", "Moka Express"],
        ["Ferramenta Torino Centro", "Vivaio Bergamo Alta", "Outlet Serravalle", "Negozio Bari Vecchia",
         "Enoteca Siena", "Punto Vendita Padova Est"],
        ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        ["gennaio", "marzo", "aprile", "giugno", "settembre", "novembre", "dicembre"],
        [
            "La {p} {b} è ancora disponibile in taglia {z}?",
            "Fate l'adeguamento prezzo sulla {p} {b}? Su Amazon costa meno",
            "Il {s} è aperto {d} o solo online?",
            "La {p} torna disponibile a {m}?",
            "Offerta Black Friday: la {p} ha la Spedizione Gratuita?",
            "Posso cambiare la {p} con la versione {z} al {s}?",
            "Ordinato la {p} {b} {d}, BRT dice In Consegna",
            "La {p} ha la Garanzia di 2 Anni?",
            "La {p} della Nuova Collezione c'è in Blu Notte o solo Verde Oliva?",
            "Ritiro in Negozio al {s} {d}, si può?",
            "La {p} comprata a {m} non funziona più, posso avere la Sostituzione?",
            "Vendete anche il {b} {z} con i Saldi Estivi?",
            "Confezione Regalo per la {p} grazie, è per Natale",
            "La {p} va in Lavastoviglie? Sulla scatola c'è scritto Lavaggio a Mano",
            "C'è un Codice Sconto per la {p} {b} questo {d}?",
            "Come funziona il Reso per gli articoli in Promo come la {p}?",
            "Al {s} hanno la {p} esposta così la vedo?",
            "Stato Ordine In Lavorazione da {d}, è il {b} {z}",
            "La {p} {b} è compatibile con il modello {z}?",
            "Orari di Pasqua al {s}? Mi serve la {p} prima di {d}",
        ],
    ),
    "pt": (
        ["Almofada Viscoelástica", "Máquina de Café Expresso", "Parka de Inverno", "Frigideira de Ferro",
         "Coluna Bluetooth", "Cadeira de Escritório", "Galochas", "Manta de Lã", "Fritadeira sem Óleo",
         "Candeeiro de Mesa", "Mochila Escolar", "Panela de Pressão"],
        ["Loja Porto Baixa", "Viveiro Braga Norte", "Outlet Alcochete", "Loja Shopping Curitiba",
         "Adega Évora Centro", "Quiosque Recife Antigo"],
        ["segunda-feira", "terça-feira", "quarta", "quinta-feira", "sexta", "sábado", "domingo"],
        ["janeiro", "março", "abril", "junho", "setembro", "novembro", "dezembro"],
        [
            "A {p} {b} ainda tem em estoque no tamanho {z}?",
            "Vocês cobrem o preço da {p} {b}? Na Amazon está mais barata",
            "A {s} abre na {d} ou só online?",
            "A {p} volta ao stock em {m}?",
            "Promoção Black Friday: a {p} tem Frete Grátis?",
            "Posso trocar a {p} pela versão {z} na {s}?",
            "Encomendei a {p} {b} na {d}, os CTT dizem Em Distribuição",
            "A {p} tem Garantia de 2 Anos?",
            "A {p} da Nova Coleção tem em Azul Marinho ou só Verde Oliva?",
            "Retirada na {s} na {d}, dá?",
            "A {p} que comprei em {m} parou de funcionar, posso ter uma Substituição?",
            "Vendem o {b} {z} também na Liquidação de Verão?",
            "Embrulho para Presente na {p} por favor, é para o Natal",
            "A {p} pode ir à Máquina de Lavar Loiça? A caixa diz Lavar à Mão",
            "Tem Cupom de Desconto para a {p} {b} nesta {d}?",
            "Como funciona a Devolução de artigos em Promoção como a {p}?",
            "A {s} tem a {p} em exposição para eu ver?",
            "Status do Pedido Em Separação desde {d}, é o {b} {z}",
            "A {p} {b} é compatível com o modelo {z}?",
            "Horário de Páscoa da {s}? Preciso da {p} antes de {d}",
        ],
    ),
    "es": (
        ["Almohada Viscoelástica", "Cafetera Espresso", "Parka de Invierno", "Sartén de Hierro",
         "Altavoz Bluetooth", "Silla de Oficina", "Botas de Agua", "Manta de Lana", "Freidora de Aire",
         "Lámpara de Mesita", "Mochila Escolar", "Olla Exprés"],
        ["Tienda Sevilla Triana", "Vivero Valencia Norte", "Outlet Las Rozas", "Ferretería Bilbao Centro",
         "Bodega Logroño", "Tienda Zaragoza Plaza"],
        ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        ["enero", "marzo", "abril", "junio", "septiembre", "noviembre", "diciembre"],
        [
            "¿La {p} {b} sigue en stock en talla {z}?",
            "¿Igualáis el precio de la {p} {b}? En Amazon está más barata",
            "¿La {s} abre el {d} o solo online?",
            "¿La {p} vuelve a estar disponible en {m}?",
            "Oferta Black Friday: ¿la {p} tiene Envío Gratis?",
            "¿Puedo cambiar la {p} por la versión {z} en la {s}?",
            "Pedí la {p} {b} el {d}, Correos pone En Reparto",
            "¿La {p} tiene Garantía de 2 Años?",
            "¿La {p} de la Nueva Colección está en Azul Marino o solo en Verde Oliva?",
            "Recogida en la {s} el {d}, ¿se puede?",
            "La {p} que compré en {m} ya no funciona, ¿me dais una Sustitución?",
            "¿Vendéis también el {b} {z} en las Rebajas de Verano?",
            "Papel de Regalo para la {p} por favor, es para Reyes",
            "¿La {p} va al Lavavajillas? La caja dice Lavar a Mano",
            "¿Hay Código Descuento para la {p} {b} este {d}?",
            "¿Cómo va la Devolución de artículos en Oferta como la {p}?",
            "¿En la {s} tienen la {p} expuesta para verla?",
            "Estado del Pedido En Preparación desde el {d}, es el {b} {z}",
            "¿La {p} {b} es compatible con el modelo {z}?",
            "¿Horario de Semana Santa en la {s}? Necesito la {p} antes del {d}",
        ],
    ),
    "de": (
        ["Nackenkissen", "Siebträgermaschine", "Winterjacke", "Gusseisenpfanne", "Bluetooth-Lautsprecher",
         "Bürostuhl", "Gummistiefel", "Wolldecke", "Heißluftfritteuse", "Nachttischlampe", "Rucksack",
         "Schnellkochtopf"],
        ["Filiale Hamburg Altona", "Gartencenter Köln Süd", "Outlet Metzingen", "Baumarkt Leipzig Nord",
         "Weinhandlung Freiburg", "Laden am Münchner Tor"],
        ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        ["Januar", "März", "April", "Juni", "September", "November", "Dezember"],
        [
            "Ist der {b} {p} in Größe {z} noch auf Lager?",
            "Machen Sie eine Preisanpassung beim {b} {p}? Bei Amazon ist er günstiger",
            "Hat die {s} am {d} geöffnet oder nur der Onlineshop?",
            "Kommt der {p} im {m} wieder rein?",
            "Black Friday Angebot: Ist beim {p} der Versand kostenlos?",
            "Kann ich den {p} in der {s} gegen die Variante {z} tauschen?",
            "Den {b} {p} am {d} bestellt, DHL sagt In Zustellung",
            "Hat der {p} zwei Jahre Garantie?",
            "Gibt es den {p} aus der Neuen Kollektion in Marineblau oder nur in Olivgrün?",
            "Abholung in der {s} am {d}, geht das?",
            "Der {p} vom {m} funktioniert nicht mehr, bekomme ich Ersatz?",
            "Verkaufen Sie den {b} {z} auch im Sommerschlussverkauf?",
            "Geschenkverpackung für den {p} bitte, ist für Weihnachten",
            "Ist der {p} spülmaschinenfest? Auf der Verpackung steht Handwäsche",
            "Gibt es diesen {d} einen Rabattcode für den {b} {p}?",
            "Wie läuft die Rücksendung bei reduzierter Ware wie dem {p}?",
            "Hat die {s} den {p} in der Ausstellung, damit ich ihn anschauen kann?",
            "Bestellstatus seit {d} In Bearbeitung, es geht um den {b} {z}",
            "Ist der {b} {p} mit dem Modell {z} kompatibel?",
            "Öffnungszeiten an Ostern in der {s}? Ich brauche den {p} vor {d}",
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
        count, turn = 0, 0
        while count < NAMES_PER_LANGUAGE:
            text, gold = _fill(lang, templates[turn % len(templates)], rng)  # every shape in turn
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
