"""A seventh held-out set for person names and no-PII commerce chat, frozen before its first run.

Why a seventh set: the shapes of the sixth (`bench.names_heldout6`) have been described to the
people tuning the rules, so final figures need a set that neither the rules nor those people
have seen. This one was written on 2026-12-05 by an independent author (a helper session started
for this alone) who had not read Veil's rule code (`recognizers/`, `proxy/detection/`), its data
files (`recognizers/data/`), the tune sets (`bench/*tune*.py`), any miss list nor the rule
sections of `docs/detection.md`, and who never ran Veil on it. Read were: `bench.names_heldout6`
(its docstring, lists, interface `load()`, `FINGERPRINT`, `build()`, `_fill`), one line of its
data file for the format, the interface of `bench.names_heldout` (`Example`, `_fill`, `load`,
`freeze_cli`), `tests/bench/test_names_heldout_sets.py`, the `SETS` dict and `--set` help of
`bench.names`, and the paragraph on the sixth set in `docs/detection-rounds.md` (by overrunning
it, also the opening lines of the section after it). `build()` compares this set's names with
every earlier held-out set's (`heldout` to `heldout6`) only by program, to leave out any given
name and surname pair one of them has; their messages were never printed or read:

- names are typed here from knowledge of each country's naming, in groups by origin the sixth
  set did not list, so that a given name goes with a surname of its own origin, women's and
  men's given names apart where the message says who the person is, Greek surnames (which change
  with sex) in a women's and a men's group, Polish ones of the kinds that do not change (Irish,
  Yoruba and Igbo Nigerian, Pakistani, Filipino, Polish, Barbadian, northern English in en;
  Basque-French, Vietnamese, Malian, Portuguese-French, Québécois, Belgian, French in fr;
  Albanian, Romanian, Filipino, Moroccan, Bangladeshi, Venetian, Neapolitan in it; Cape
  Verdean, Goan, Ukrainian-Brazilian, German-Brazilian, Indigenous Brazilian, Alentejo,
  Brazilian in pt; Basque, Catalan, Venezuelan, Peruvian, Cuban, Chilean, Castilian in es;
  Turkish-German, Polish-German, Russian-German, Syrian, Greek, Swabian, German in de); each
  group has short forms used with a surname ("Tunde", "Montse", "Ti-Guy", "Krzysiek"), and
  particle and double surnames ("de Búrca", "dos Santos", "de la Fuente", "Van den Bossche",
  "von der Heyde", "Da Ros"); names also come with initials, with accents dropped as phones type
  them, with two surnames, spelled out letter by letter ("D-U-F-F-Y"), in lower case and in
  capitals;
- 29 message shapes a language, chosen to differ from the sixth set's (26 have no counterpart in
  its list; a neighbour, a driver and a school kit order are themes it also had, here in other
  wording and structure): delivery driver notes, a neighbour taking the parcel, complaints about
  a courier by name, school uniform and sports club orders, wedding lists, funeral flowers, a
  surname spelled out, a forwarded contact typed as text, a name in a question ("Is Kemal
  there?", "Did Tunde Eze already collect the cake?"), a nickname with a surname, a name at the
  very start or end with no punctuation, emojis between names, a name after a date or a time, a
  name in a price dispute, a relative ordering for someone, a raffle winner, a party list of
  first names, a bank transfer's payer, a voice message to call back, a teacher's present tag
  ("Mrs …", "Frau …"), a loyalty card in a late husband's name, a whole message in capitals,
  and in fr, it, pt, es and de a name inside an English sentence of the message;
  about 8 % of messages are wholly in lower case and about 6 % wholly in capitals (one shape,
  and 2 % of the others); 315 to 317 gold names a language;
- 155 no-PII commerce messages a language from 16 shapes: products and models, brands (some
  named after their founders), car and phone models, shops, dishes, towns as the shop's
  branches, origins of goods, destinations of shipping options, fairs and sales, football
  teams, TV shows, songs, apps, holidays, saints' days, weekdays, months and the weather. No
  private person is in them, and no customer's home.

Gold spans are offsets computed by `_fill` while the text is built, never typed by hand; a
title or an article before a name stays outside its span.
`python -m bench.names_heldout7 --write` wrote the file once; it was committed and landed on
main before Veil ran on it. `load()` refuses `bench/data/names_heldout7.jsonl` when its
SHA-256 differs from `FINGERPRINT`. Nothing is tuned on it; it is run to report figures, and
its individual misses are not printed or read.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

from bench.names_heldout import Example, freeze_cli
from bench.names_heldout import load as _load

PATH = Path(__file__).resolve().parent / "data" / "names_heldout7.jsonl"
FINGERPRINT = "a86263b3d8a64543"
SEED = 20261205_7
NAMES_PER_LANGUAGE = 315
CLEAN_PER_LANGUAGE = 155
LOWER_SHARE = 0.08
CAPS_SHARE = 0.02

# fmt: off
# Per language, groups of people by origin: (women's given names, men's given names, surnames,
# short forms used with a surname). A group whose surnames change with sex has one side empty.
# A slot is {kind} or {kind:f} / {kind:m} where the message says who the person is. {full} is a
# given name and a surname; {dbl} a given name and two surnames (es, pt: side by side; the others
# hyphenated); {first} a given name; {last} a surname; {nick} a short form and a surname; {init}
# an initial and a surname; {bare} a full name with its accents dropped; {low} a full name in
# lower case; {caps} one in capitals; {spell} a one-word surname spelled out ("D-U-F-F-Y").
Group = tuple[list[str], list[str], list[str], list[str]]
PEOPLE: dict[str, list[Group]] = {
    "en": [
        (["Siobhán", "Aoife", "Niamh", "Gráinne", "Orla", "Clodagh"],
         ["Seán", "Ciarán", "Pádraig", "Cathal", "Donal", "Tadhg"],
         ["O'Sullivan", "Fitzgerald", "Kavanagh", "O'Driscoll", "Moriarty", "de Búrca", "Duffy", "Mac Carthaigh"],
         ["Paddy", "Shiv", "Dec", "Fitzy"]),
        (["Funmilayo", "Titilayo", "Bukola", "Yewande", "Chiamaka", "Ngozi"],
         ["Babatunde", "Olumide", "Oluwaseun", "Chukwuemeka", "Obinna", "Ikenna"],
         ["Adeyemi", "Ogunleye", "Balogun", "Okafor", "Nwosu", "Eze", "Adebanjo", "Okonkwo"],
         ["Tunde", "Seun", "Bukky", "Emeka", "Funmi"]),
        (["Ayesha", "Sana", "Hira", "Mehwish", "Saima"], ["Imran", "Bilal", "Usman", "Tariq", "Zeeshan"],
         ["Qureshi", "Malik", "Butt", "Rana", "Mirza", "Siddiqui", "Bhatti"], ["Ash", "Billu", "Zee"]),
        (["Marites", "Rowena", "Analyn", "Jocelyn"], ["Ronaldo", "Mark Anthony", "Rodel", "Jericho"],
         ["Dimaculangan", "Macaraeg", "Pangilinan", "dela Rosa", "Manalo", "Soriano"], ["Bong", "Jojo", "Tess"]),
        (["Agnieszka", "Katarzyna", "Magdalena", "Justyna"], ["Piotr", "Łukasz", "Kamil", "Grzegorz"],
         ["Nowak", "Kowalczyk", "Wójcik", "Mazur", "Krawczyk", "Zając", "Dudek"], ["Kasia", "Magda", "Greg"]),
        (["Shelly-Ann", "Marcia", "Kimberley", "Desiree"], ["Desmond", "Trevor", "Winston", "Kemar"],
         ["Boyce", "Alleyne", "Greenidge", "Springer", "Holder", "St. Hill", "De Freitas"], ["Des", "Trev", "Shell"]),
        (["Gemma", "Kirsty", "Stacey", "Lauren", "Joanne"], ["Craig", "Lee", "Wayne", "Dean", "Gareth"],
         ["Hargreaves", "Ackroyd", "Sutcliffe", "Butterworth", "Whittaker", "Ormerod", "Ramsbottom", "Lumb"],
         ["Jo", "Gaz", "Kirst", "Deano"]),
    ],
    "fr": [
        (["Maite", "Amaia", "Itxaro", "Maialen"], ["Peio", "Beñat", "Ander", "Xabi", "Ellande"],
         ["Etcheverry", "Elissalde", "Duhalde", "Larralde", "Etchegaray", "Iriart", "Harriague"], ["Pantxo", "Maddi"]),
        (["Thi Lan", "Mai", "Thuy", "Kim Ngân"], ["Duc", "Thanh", "Long", "Van Hai"],
         ["Lê", "Trinh", "Bui", "Truong", "Phan", "Dô", "Lâm"], ["Tina", "Jacky"]),
        (["Aminata", "Kadiatou", "Mariam", "Fatoumata"], ["Mamadou", "Seydou", "Boubacar", "Modibo"],
         ["Keïta", "Traoré", "Coulibaly", "Diarra", "Konaté", "Sidibé", "Sissoko"], ["Bouba", "Fanta", "Ami"]),
        (["Fernanda", "Sandra", "Carla", "Maria José"], ["Jorge", "Paulo", "Nuno", "Joaquim"],
         ["Da Silva", "Dos Santos", "Teixeira", "De Oliveira", "Rodrigues", "Pinheiro", "Gomes"], ["Zé", "Nando"]),
        (["Geneviève", "Marie-Ève", "Josée", "Chantal"], ["Jean-Guy", "Réjean", "Gaétan", "Sylvain"],
         ["Tremblay", "Gagnon", "Bouchard", "Côté", "Pelletier", "Lavoie", "Ouellet"], ["Ginette", "J-G", "Ti-Guy"]),
        (["Annick", "Martine", "Véronique", "Nathalie"], ["Benoît", "Jean-Luc", "Didier", "Pascal"],
         ["Leclercq", "Delvaux", "Jacquemin", "Collignon", "Van den Bossche", "Vanderlinden", "Goffin"],
         ["Didi", "Véro", "Nat"]),
        (["Inès", "Léa", "Chloé", "Manon", "Zoé"], ["Hugo", "Lucas", "Nathan", "Arthur", "Maxime"],
         ["Marchand", "Roussel", "Faure", "Renaud", "de La Tour", "Delacroix", "Barbier", "du Plessis"],
         ["Max", "Lulu", "Nono", "Titou"]),
    ],
    "it": [
        (["Elira", "Klea", "Anisa", "Blerina"], ["Ermal", "Kledi", "Gentian", "Arjan"],
         ["Hoxha", "Leka", "Dervishi", "Çela", "Bushati", "Xhafa", "Marku"], ["Geni", "Eri"]),
        (["Ioana", "Andreea", "Mihaela", "Roxana"], ["Ionuț", "Florin", "Bogdan", "Mihai"],
         ["Popescu", "Ionescu", "Constantinescu", "Dumitru", "Munteanu", "Moldovan"], ["Nelu", "Ana", "Dede"]),
        (["Maricel", "Rowena", "Jovelyn", "Rosario"], ["Arnel", "Rodel", "Jun", "Efren"],
         ["Dela Cruz", "Bautista", "Villanueva", "De Guzman", "Reyes", "Mercado"], ["Jun-Jun", "Malou", "Inday"]),
        (["Fatima Zahra", "Khadija", "Salma", "Naima"], ["Youssef", "Hamza", "Mehdi", "Rachid"],
         ["El Amrani", "Benali", "Bouzid", "Tahiri", "Alaoui", "Chakir", "Ouazzani"], ["Youss", "Rachi"]),
        (["Sumaiya", "Farzana", "Ruma", "Taslima"], ["Rashed", "Sohel", "Jahid", "Masud"],
         ["Hossain", "Rahman", "Sarker", "Molla", "Sikder", "Talukder"], ["Babu", "Shumi"]),
        (["Nicoletta", "Michela", "Beatrice", "Marisa"], ["Alvise", "Piero", "Nicolò", "Tiziano"],
         ["Zanon", "Da Ros", "Dal Molin", "De Marchi", "Scarpa", "Bortolato", "Trevisan", "Zennaro"],
         ["Toni", "Nane", "Bepi"]),
        (["Assunta", "Nunzia", "Immacolata", "Teresa"], ["Gennaro", "Ciro", "Vincenzo", "Pasquale"],
         ["Esposito", "Capasso", "Iovine", "Cozzolino", "Di Lorenzo", "Russo", "Ascione"],
         ["Enzo", "Titina", "Ciruzzo", "Lino"]),
    ],
    "pt": [
        (["Odete", "Zenaida", "Nilsa", "Djamila"], ["Nelson", "Aristides", "Euclides", "Ildo"],
         ["Tavares", "Semedo", "Lopes", "Monteiro", "Fortes", "Brito", "Varela"], ["Nilsinha", "Tuca", "Dju"]),
        (["Lavínia", "Marisa", "Sónia", "Benedita"], ["Agnelo", "Caetano", "Sávio", "Menino"],
         ["D'Souza", "Colaço", "Mascarenhas", "de Menezes", "Pinto", "Dias"], ["Nelinha", "Cae"]),
        (["Oksana", "Tatiana", "Olga", "Halyna"], ["Iuri", "Vladimir", "Estefano", "Miroslau"],
         ["Tkatchuk", "Kovaltchuk", "Melnyk", "Boiko", "Chevtchenko", "Romaniuk"], ["Tati", "Vlad"]),
        (["Gisele", "Franciele", "Ingrid", "Marlene"], ["Arno", "Egon", "Rudimar", "Valdir"],
         ["Hoffmann", "Schneider", "Kunz", "Ritter", "Bauermann", "Heinzen", "Schmitt"], ["Gi", "Rudi"]),
        (["Tainá", "Jaciara", "Iracema", "Kerexu"], ["Kauê", "Ubiratã", "Raoni", "Tupã"],
         ["Guajajara", "Krenak", "Munduruku", "Terena", "Pataxó", "Baniwa", "Xakriabá"], ["Bira", "Jaci"]),
        (["Maria Antónia", "Joaquina", "Perpétua", "Isabel"], ["Francisco", "Bento", "Domingos", "Jacinto"],
         ["Caeiro", "Pardal", "Mestre", "Charrua", "Rosado", "Baião", "Grilo"], ["Chico", "Quina", "Mingos"]),
        (["Larissa", "Camila", "Letícia", "Thaís"], ["Matheus", "Vinícius", "Felipe", "Caio"],
         ["Oliveira", "dos Santos", "da Costa", "Ribeiro", "Carvalho", "de Souza", "Pires"],
         ["Lari", "Vini", "Lelê", "Teteu"]),
    ],
    "es": [
        (["Ane", "Nerea", "Itziar", "Miren"], ["Iker", "Unai", "Aitor", "Gorka", "Jon"],
         ["Etxeberria", "Goikoetxea", "Agirre", "Urrutia", "Arrizabalaga", "Zubizarreta", "Ibarguren"],
         ["Txema", "Mirentxu"]),
        (["Montserrat", "Núria", "Mireia", "Laia"], ["Jordi", "Pau", "Oriol", "Arnau"],
         ["Puig", "Vilanova", "Soler", "Casals", "Pujol", "Roca", "Bosch", "Font"], ["Montse", "Quim", "Txell"]),
        (["Yusmary", "Génesis", "Oriana", "Yuleisy"], ["José Gregorio", "Yorman", "Luis Eduardo", "Wilfredo"],
         ["Rondón", "Colmenares", "Briceño", "Marcano", "Uzcátegui", "Barrios"], ["Goyo", "Cheo", "Yuli"]),
        (["Miluska", "Yolanda", "Flor de María", "Ruth"], ["Segundo", "Teófilo", "Wálter", "Alberto"],
         ["Vilca", "Chambi", "Apaza", "Tello", "Paucar", "Ccori"], ["Chino", "Yola"]),
        (["Yamilé", "Dayana", "Yusimí", "Odalys"], ["Yoandri", "Yusniel", "Reinaldo", "Osmany"],
         ["Hechavarría", "Pedroso", "Valdés", "Fonseca", "Castellanos", "Rivero", "Fajardo"], ["Yoyi", "Rey", "Dayi"]),
        (["Javiera", "Constanza", "Catalina", "Antonia"], ["Matías", "Benjamín", "Vicente", "Cristóbal"],
         ["Sepúlveda", "Fuentealba", "Valenzuela", "Riquelme", "Contreras", "Muñoz", "Araya"],
         ["Coni", "Benja", "Cata", "Pancho"]),
        (["Lucía", "Paula", "Marta", "Irene", "Blanca"], ["Álvaro", "Sergio", "Rodrigo", "Íñigo", "Pablo"],
         ["Sanz", "Herrero", "Pastor", "Lozano", "de la Fuente", "del Río", "Esteban", "Gil"],
         ["Nacho", "Bea", "Rodri", "Maite"]),
    ],
    "de": [
        (["Ayşe", "Elif", "Zeynep", "Merve"], ["Mehmet", "Emre", "Murat", "Cem", "Burak"],
         ["Yılmaz", "Öztürk", "Demir", "Kaya", "Şahin", "Çelik", "Aydın", "Doğan"], ["Memo", "Ayşo", "Cemo"]),
        (["Agnieszka", "Małgorzata", "Ewa", "Dorota"], ["Krzysztof", "Paweł", "Tomasz", "Marek"],
         ["Kaczmarek", "Pawlak", "Michalak", "Sobczak", "Walczak", "Jankowiak"], ["Gosia", "Krzysiek", "Tomek"]),
        (["Swetlana", "Olga", "Natalja", "Irina"], ["Waldemar", "Viktor", "Eduard", "Alexander"],
         ["Reimer", "Penner", "Friesen", "Dyck", "Wiens", "Klassen", "Neufeld"], ["Sascha", "Wowa", "Swetti"]),
        (["Rasha", "Lina", "Hiba", "Dima"], ["Mohammad", "Omar", "Khaled", "Yamen"],
         ["Al-Hassan", "Kassem", "Al-Khatib", "Hamdan", "Darwish", "Mardini"], ["Abu Omar", "Mo"]),
        (["Georgia", "Dimitra", "Vasiliki", "Eleftheria"], [],
         ["Papadopoulou", "Nikolaidou", "Karagianni", "Vlachou", "Alexiou"], ["Vicky", "Dimi"]),
        ([], ["Giorgos", "Nikos", "Dimitrios", "Stavros"],
         ["Papadopoulos", "Nikolaidis", "Karagiannis", "Vlachos", "Tsiolis"], ["Takis", "Jorgo"]),
        (["Hildegard", "Bärbel", "Renate", "Gerlinde"], ["Gottlieb", "Eberhard", "Jochen", "Wolfgang"],
         ["Häfele", "Kienzle", "Nägele", "Eisele", "Pfeifle", "Rieple", "Mäule"], ["Schorsch", "Karle", "Bärbele"]),
        (["Julia", "Miriam", "Carolin", "Friederike", "Nele"], ["Florian", "Moritz", "Jan-Hendrik", "Lukas", "Till"],
         ["Wagner", "Becker", "Hoffmeister", "von der Heyde", "Lindner", "Seidel", "von Arnim", "Kessler"],
         ["Flo", "Caro", "Rike", "Mo"]),
    ],
}

# Message shapes a language, as a shop's WhatsApp inbox reads them.
TEMPLATES: dict[str, list[str]] = {
    "en": [
        "Driver note: if no answer leave it with my neighbour {full:f}, she knows it's coming",
        "Your courier {full:m} marked it delivered but nothing's here, can you check with him?",
        "School uniform order for {full} class 4B, two jumpers age 9-10 and a book bag",
        "Under-11s kit order: {full} no. 7, {full} no. 9, {nick} no. 11",
        "Is the wedding list for {full:f} & {full:m} still open? I'd like the Le Creuset set",
        "Funeral flowers for Friday, card to read: In loving memory of {full}, from all at the club",
        "The surname is {spell}, you've got it wrong on the invoice again",
        "Forwarded contact:\n{full}\nMobile 07700 900418",
        "Is {first:m} there? He said he'd put the bike aside for me",
        "{nick} here can you keep two sourdough loaves back for me",
        "order 6631 ready? tell the lads it's for {full}",
        "{full} 🎉 {full} 🎉 {full} all want the group photo printed A4",
        "14/11 {full:f} paid a £50 deposit for the christening cake",
        "At 10:15 {full:m} dropped the van keys in, can you confirm you've got them",
        "I was quoted £45 by {full:f} and now it says £60, which is it?",
        "Hi, my nan {full:f} ordered the riser recliner, she doesn't do WhatsApp so I'm asking for her",
        "Parcel went to the wrong door, {full:m} at the end has it, he's bringing it round",
        "Can you put {dbl} on the back of the netball top? Both surnames with the hyphen",
        "Raffle winner was {init}, can you post the hamper or will it be collected?",
        "Party booking Sat 2pm: {first}, {first}, {first} and {first}, all turning 6",
        "The bank transfer came from {bare}, that's my husband's account, same order",
        "Voice message from {full:f} about the curtains, can someone call her back",
        "PLEASE CANCEL ORDER 5521 FOR {caps} THANK YOU",
        "{low} wants to know if the hamper can go out tomorrow",
        "Complaint about driver {init:m}, left my fridge freezer on the drive in the rain",
        "Picking up on behalf of {full:m}, he's at work, I've got his order number",
        "Did {nick} already collect the cake or is it still in your fridge?",
        "Tag for the teacher's present please: Thank you Mrs {last:f} from all of class 2",
        "The loyalty card is still in my late husband's name, {full:m}, can you move the points to mine?",
    ],
    "fr": [
        "Note pour le livreur : s'il n'y a personne, laissez-le à ma voisine {full:f}, elle est au courant",
        "Votre livreur {full:m} a mis « livré » mais je n'ai rien reçu, vous pouvez vérifier avec lui ?",
        "Commande uniforme pour {full} en CE1, deux polos taille 8 ans",
        "Maillots du club U11 : {full} n°7, {full} n°9, {nick} n°11",
        "La liste de mariage de {full:f} et {full:m} est toujours ouverte ? Je voudrais le service Gien",
        "Fleurs pour les obsèques vendredi, sur la carte : En souvenir de {full}, de la part du club",
        "Le nom c'est {spell}, c'est encore mal écrit sur la facture",
        "Contact transféré :\n{full}\nPortable 06 00 00 41 18",
        "Est-ce que {first:m} est là ? Il devait me mettre le vélo de côté",
        "{nick} ici vous pouvez me garder deux baguettes tradition",
        "commande 6631 prête ? dites-leur que c'est pour {full}",
        "{full} 🎉 {full} 🎉 {full} veulent tous la photo de groupe en A4",
        "14/11 {full:f} a versé 50 € d'acompte pour le gâteau de baptême",
        "À 10h15 {full:m} a déposé les clés du camion, vous confirmez ?",
        "{full:f} m'avait dit 45 € et maintenant c'est 60 €, c'est lequel ?",
        "Bonjour, ma grand-mère {full:f} a commandé le fauteuil releveur, elle n'a pas WhatsApp",
        "Le colis est parti chez le voisin, {full:m} au bout de la rue l'a, il me le ramène",
        "Vous pouvez floquer {dbl} au dos du maillot ? Les deux noms avec le tiret",
        "Le gagnant de la tombola c'est {init}, vous envoyez le panier ou il passe le chercher ?",
        "Anniversaire samedi 14h : {first}, {first}, {first} et {first}, tous 6 ans",
        "Le virement vient de {bare}, c'est le compte de mon mari, même commande",
        "Message vocal de {full:f} pour les rideaux, quelqu'un peut la rappeler ?",
        "MERCI D'ANNULER LA COMMANDE 5521 POUR {caps}",
        "Bonjour, commande au nom de {full}, sorry my French is not good, can I pick it up Saturday?",
        "Réclamation contre le chauffeur {init:m}, il a laissé le frigo dehors sous la pluie",
        "Je récupère pour {full:m}, il travaille, j'ai son numéro de commande",
        "Est-ce que {nick} a déjà récupéré le gâteau ou il est encore dans votre frigo ?",
        "Pour l'étiquette du cadeau de la maîtresse : Merci Madame {last:f}, de toute la classe de CP",
        "La carte de fidélité est encore au nom de mon défunt mari, {full:m}, vous pouvez passer les points "
        "sur la mienne ?",
    ],
    "it": [
        "Nota per il corriere: se non c'è nessuno lasciatelo alla vicina {full:f}, lo sa già",
        "Il vostro corriere {full:m} ha segnato consegnato ma qui non è arrivato niente, potete sentirlo?",
        "Ordine grembiuli per {full} di seconda B, due grembiuli taglia 8 anni",
        "Divise della squadra Under 11: {full} n. 7, {full} n. 9, {nick} n. 11",
        "La lista nozze di {full:f} e {full:m} è ancora aperta? Vorrei il servizio Richard Ginori",
        "Fiori per il funerale di venerdì, sul biglietto: In ricordo di {full}, gli amici del circolo",
        "Il cognome è {spell}, sulla fattura l'avete scritto di nuovo sbagliato",
        "Contatto inoltrato:\n{full}\nCell. 333 000 0418",
        "C'è {first:m}? Mi aveva detto che mi metteva da parte la bici",
        "{nick} qui mi tenete da parte due pagnotte di pane di Altamura",
        "ordine 6631 pronto? ditegli che è per {full}",
        "{full} 🎉 {full} 🎉 {full} vogliono tutti la foto di gruppo in A4",
        "14/11 {full:f} ha lasciato 50 € di acconto per la torta della comunione",
        "Alle 10:15 {full:m} ha lasciato le chiavi del furgone, confermate?",
        "{full:f} mi aveva detto 45 € e adesso sono 60 €, quale è giusto?",
        "Buongiorno, mia nonna {full:f} ha ordinato la poltrona alzapersona, non usa WhatsApp",
        "Il pacco è finito dal vicino, {full:m} in fondo alla via ce l'ha, me lo porta lui",
        "Potete stampare {dbl} sulla maglia? Tutti e due i cognomi col trattino",
        "Il vincitore della lotteria è {init}, spedite il cesto o passa a ritirarlo?",
        "Festa sabato alle 16: {first}, {first}, {first} e {first}, tutti di 6 anni",
        "Il bonifico arriva da {bare}, è il conto di mio marito, stesso ordine",
        "Vocale di {full:f} per le tende, qualcuno la può richiamare?",
        "ANNULLATE L'ORDINE 5521 DI {caps} GRAZIE",
        "Buongiorno, ordine a nome {full}, sorry I don't speak Italian well, can I collect it Saturday?",
        "Reclamo sull'autista {init:m}, ha lasciato il frigo fuori sotto la pioggia",
        "Ritiro io per {full:m}, lui lavora, ho il numero d'ordine",
        "Ma {nick} ha già ritirato la torta o è ancora nel vostro frigo?",
        "Per il biglietto del regalo alla maestra: Grazie maestra {full:f}, da tutta la prima A",
        "La tessera fedeltà è ancora intestata al mio povero marito, {full:m}, potete passare i punti sulla mia?",
    ],
    "pt": [
        "Nota para o estafeta: se não estiver ninguém deixe com a vizinha {full:f}, ela já sabe",
        "O entregador {full:m} marcou como entregue mas não chegou nada, podem falar com ele?",
        "Encomenda de uniforme para {full} do 3º ano, duas camisolas tamanho 8",
        "Equipamentos dos sub-11: {full} nº 7, {full} nº 9, {nick} nº 11",
        "A lista de casamento da {full:f} e do {full:m} ainda está aberta? Queria o serviço Vista Alegre",
        "Coroa de flores para sexta, no cartão: Eterna saudade de {full}, dos amigos do clube",
        "O apelido é {spell}, escreveram mal outra vez na fatura",
        "Contato encaminhado:\n{full}\nCelular (11) 90000-0418",
        "O {first:m} está aí? Ele disse que me guardava a bicicleta",
        "{nick} aqui podem guardar dois pães de forma pra mim",
        "pedido 6631 pronto? avisa que é pra {full}",
        "{full} 🎉 {full} 🎉 {full} todos querem a foto do grupo em A4",
        "14/11 {full:f} deixou 50 € de sinal para o bolo de batizado",
        "Às 10h15 {full:m} deixou as chaves da carrinha, confirmam?",
        "A {full:f} tinha-me dito 45 € e agora aparece 60 €, qual é?",
        "Olá, a minha avó {full:f} encomendou o cadeirão, ela não usa WhatsApp",
        "A encomenda foi parar ao vizinho, o {full:m} ao fundo da rua tem, ele traz",
        "Dá pra estampar {dbl} nas costas da camisa? Os dois sobrenomes",
        "Quem ganhou a rifa foi {init}, mandam o cabaz ou ele vem buscar?",
        "Festa sábado às 16h: {first}, {first}, {first} e {first}, todos com 6 anos",
        "A transferência vem de {bare}, é a conta do meu marido, mesma encomenda",
        "Áudio da {full:f} sobre as cortinas, alguém pode ligar pra ela?",
        "FAVOR CANCELAR O PEDIDO 5521 DE {caps} OBRIGADO",
        "Bom dia, encomenda em nome de {full}, sorry my Portuguese is bad, can I pick it up Saturday?",
        "Reclamação do motorista {init:m}, deixou a geladeira lá fora na chuva",
        "Vou levantar pelo {full:m}, ele está a trabalhar, tenho o número da encomenda",
        "Alguém sabe se {nick} já levantou o bolo ou ainda está no frigorífico?",
        "Etiqueta do presente da professora: Obrigado, professora {full:f}, de toda a turma do 1º ano",
        "O cartão de cliente ainda está em nome do meu falecido marido, {full:m}, podem passar os pontos para o meu?",
    ],
    "es": [
        "Nota para el repartidor: si no hay nadie déjelo con mi vecina {full:f}, ya lo sabe",
        "Su repartidor {full:m} lo marcó como entregado pero aquí no llegó nada, ¿pueden hablar con él?",
        "Pedido de uniforme para {full} de 3º B, dos polos talla 8",
        "Equipaciones del alevín: {full} dorsal 7, {full} dorsal 9, {nick} dorsal 11",
        "¿Sigue abierta la lista de bodas de {full:f} y {full:m}? Quería la vajilla de Sargadelos",
        "Corona para el funeral del viernes, en la cinta: Tus amigos de la peña no te olvidan, {full}",
        "El apellido es {spell}, en la factura lo han vuelto a poner mal",
        "Contacto reenviado:\n{full}\nMóvil 600 000 418",
        "¿Está {first:m}? Me dijo que me apartaba la bici",
        "{nick} aquí me guardáis dos barras de pan de pueblo",
        "pedido 6631 listo? decidles que es para {full}",
        "{full} 🎉 {full} 🎉 {full} quieren todos la foto del grupo en A4",
        "14/11 {full:f} dejó 50 € de señal para la tarta de la comunión",
        "A las 10:15 {full:m} dejó las llaves de la furgoneta, ¿me confirmáis?",
        "{full:f} me dijo 45 € y ahora pone 60 €, ¿cuál es?",
        "Hola, mi abuela {full:f} pidió el sillón levantapersonas, ella no usa WhatsApp",
        "El paquete fue al vecino, {full:m} al final de la calle lo tiene, me lo trae",
        "¿Podéis estampar {dbl} en la espalda de la camiseta? Los dos apellidos",
        "El ganador de la rifa es {init}, ¿le mandáis la cesta o pasa a recogerla?",
        "Cumple el sábado a las 17h: {first}, {first}, {first} y {first}, todos de 6 años",
        "La transferencia viene de {bare}, es la cuenta de mi marido, mismo pedido",
        "Audio de {full:f} sobre las cortinas, ¿alguien la puede llamar?",
        "POR FAVOR CANCELEN EL PEDIDO 5521 DE {caps} GRACIAS",
        "Hola, pedido a nombre de {full}, sorry my Spanish is bad, can I pick it up on Saturday?",
        "Queja del conductor {init:m}, dejó la nevera fuera bajo la lluvia",
        "Recojo yo por {full:m}, está trabajando, tengo el número de pedido",
        "¿{nick} ya recogió la tarta o sigue en vuestra nevera?",
        "Para la tarjeta del regalo de la profe: Gracias, profesora {full:f}, de toda la clase de 1º A",
        "La tarjeta de puntos sigue a nombre de mi difunto marido, {full:m}, ¿podéis pasar los puntos a la mía?",
    ],
    "de": [
        "Hinweis für den Fahrer: wenn keiner da ist, bitte bei meiner Nachbarin {full:f} abgeben, sie weiß Bescheid",
        "Ihr Zusteller {full:m} hat zugestellt eingetragen, aber hier ist nichts, können Sie ihn fragen?",
        "Bestellung Schul-T-Shirts für {full}, Klasse 3b, zwei Stück Größe 128",
        "Trikots F-Jugend: {full} Nr. 7, {full} Nr. 9, {nick} Nr. 11",
        "Ist der Hochzeitstisch von {full:f} und {full:m} noch offen? Ich hätte gern das Villeroy-Service",
        "Trauerkranz für Freitag, Schleife: In stillem Gedenken an {full}, dein Sportverein",
        "Der Nachname ist {spell}, auf der Rechnung ist er schon wieder falsch",
        "Weitergeleiteter Kontakt:\n{full}\nMobil 0151 00000418",
        "Ist {first:m} da? Er wollte mir das Fahrrad zurücklegen",
        "{nick} hier könnt ihr mir zwei Bauernbrote zurücklegen",
        "bestellung 6631 fertig? sagt ihnen, die ist für {full}",
        "{full} 🎉 {full} 🎉 {full} wollen alle das Gruppenfoto in A4",
        "14.11. {full:f} hat 50 € Anzahlung für die Tauftorte geleistet",
        "Um 10:15 hat {full:m} die Transporterschlüssel eingeworfen, könnt ihr das bestätigen?",
        "{full:f} hat mir 45 € gesagt und jetzt stehen da 60 €, was stimmt?",
        "Hallo, meine Oma {full:f} hat den Aufstehsessel bestellt, sie hat kein WhatsApp",
        "Das Paket ist beim Nachbarn gelandet, {full:m} am Ende der Straße hat es, er bringt es rüber",
        "Könnt ihr {dbl} hinten aufs Trikot drucken? Beide Nachnamen mit Bindestrich",
        "Gewinner der Tombola ist {init}, schickt ihr den Korb oder wird er abgeholt?",
        "Kindergeburtstag Samstag 15 Uhr: {first}, {first}, {first} und {first}, alle 6",
        "Die Überweisung kommt von {bare}, das ist das Konto meines Mannes, gleiche Bestellung",
        "Sprachnachricht von {full:f} wegen der Vorhänge, kann sie jemand zurückrufen?",
        "BITTE BESTELLUNG 5521 VON {caps} STORNIEREN DANKE",
        "Hallo, Bestellung auf {full}, sorry my German is not good, can I pick it up on Saturday?",
        "Beschwerde über den Fahrer {init:m}, er hat den Kühlschrank im Regen stehen lassen",
        "Ich hole für {full:m} ab, er ist auf der Arbeit, die Bestellnummer habe ich",
        "Hat {nick} die Torte schon abgeholt oder steht sie noch bei euch im Kühlschrank?",
        "Für den Anhänger am Lehrerinnengeschenk: Danke, Frau {last:f}, von der ganzen Klasse 2a",
        "Die Kundenkarte läuft noch auf meinen verstorbenen Mann, {full:m}, könnt ihr die Punkte auf meine übertragen?",
    ],
}

# No-PII commerce chat. Brands (some named after their founders), car and phone models are
# shared; per language: p products, x dishes, s shops, t the shop's branch towns, o origins of
# goods, c shipping destinations, d weekdays, m months, h holidays and saints' days, e fairs,
# sales, teams, TV shows and songs, a apps. Every slot is filled in every message.
BRANDS = ["Hugo Boss", "Christian Louboutin", "Yves Saint Laurent", "Burberry", "Paul Smith", "Michael Kors",
          "Dolce & Gabbana", "Max Mara", "Ferrero", "Lindt", "Dr. Oetker", "Bosch", "Le Creuset", "Tefal",
          "Philips", "Braun", "Adidas", "Puma", "Lacoste", "Fred Perry", "Dyson", "Stanley", "Marc Jacobs",
          "Birkenstock", "Kenwood", "Haribo", "Tommee Tippee"]
CARS = ["Peugeot 208", "Dacia Sandero", "Tesla Model Y", "Volvo XC40", "BMW X1", "Audi A3 Sportback",
        "Ford Puma", "Fiat 500e", "Suzuki Swift", "Honda Jazz", "Cupra Born", "Lancia Ypsilon", "Jeep Renegade"]
PHONES = ["iPhone 15", "Galaxy S24 FE", "Pixel 9", "Xiaomi 14T", "OnePlus Nord 4", "Honor Magic6", "Fairphone 5"]
SHOP: dict[str, dict[str, list[str]]] = {
    "en": {
        "p": ["Barbour jacket", "Aga kettle", "Lancashire hotpot kit", "Brompton folding bike", "Shetland jumper",
              "Stilton gift box", "Dualit toaster", "Penhaligon's candle", "Hunter wellies", "Aran cardigan"],
        "x": ["Chicken Tikka Masala", "Lancashire hotpot", "Scotch eggs", "Arbroath smokies", "Bakewell tart",
              "Bangers and mash", "Cornish cream tea", "Jollof rice", "Lahori chargha"],
        "s": ["Kwik Fit", "Boots", "Holland & Barrett", "The Cotswold Company", "Hobbycraft", "Waterstones",
              "Greggs", "Robert Dyas", "Ryman"],
        "t": ["Bolton", "Huddersfield", "Belfast", "Galway", "Preston", "Dundee", "Norwich", "Exeter", "Wigan"],
        "o": ["Kerala", "Darjeeling", "Lancashire", "Jaffa", "Seville", "the Highlands", "Colombia", "Yorkshire"],
        "c": ["France", "Spain", "the Isle of Man", "Gibraltar", "Australia", "the United States", "Poland"],
        "d": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "m": ["February", "May", "July", "October", "November", "December", "March"],
        "h": ["St Patrick's Day", "St David's Day", "Mother's Day", "Good Friday", "Halloween", "Christmas Eve",
              "Eid", "Diwali"],
        "e": ["Grand National", "Six Nations", "Glastonbury", "Chelsea Flower Show", "Strictly", "Bake Off",
              "Manchester United", "Leeds United", "Fairytale of New York", "Eurovision"],
        "a": ["Deliveroo", "Just Eat", "Vinted", "Klarna", "Apple Pay", "PayPal", "Uber Eats"],
    },
    "fr": {
        "p": ["le blouson Schott", "la cocotte Le Creuset", "le vélo Btwin", "la marinière Armor-Lux",
              "le Comté 24 mois", "le couteau Opinel", "la lampe Berger", "le sac Longchamp", "les sabots Birkenstock"],
        "x": ["le bœuf bourguignon", "le poulet Gaston Gérard", "les madeleines de Commercy", "la quiche lorraine",
              "le gâteau basque", "le pho", "le mafé", "la tourtière du Lac-Saint-Jean", "les moules-frites"],
        "s": ["Boulanger", "Darty", "Cultura", "Jardiland", "Maisons du Monde", "Picard", "La Grande Récré",
              "Fnac", "Nature & Découvertes"],
        "t": ["Bayonne", "Biarritz", "Namur", "Liège", "Montréal", "Limoges", "Tours", "Dunkerque", "Nancy"],
        "o": ["d'Espelette", "de Bourgogne", "du Jura", "de Savoie", "de Madagascar", "du Périgord", "du Mali"],
        "c": ["en Espagne", "en Allemagne", "en Guadeloupe", "en Martinique", "au Canada", "au Portugal", "en Italie"],
        "d": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "m": ["mars", "juin", "août", "novembre", "janvier", "octobre", "décembre"],
        "h": ["la Saint-Nicolas", "la Fête des mères", "Noël", "la Pentecôte", "l'Ascension", "la Fête de la musique",
              "le Nouvel An"],
        "e": ["le Tour de France", "Roland-Garros", "la Foire de Paris", "les soldes d'hiver", "Koh-Lanta",
              "le Stade Toulousain", "l'OM", "Star Academy", "La Vie en rose"],
        "a": ["Leboncoin", "Lydia", "Vinted", "Doctolib", "Uber Eats", "Paylib", "Too Good To Go"],
    },
    "it": {
        "p": ["la moka Bialetti", "il panettone Loison", "la Vespa Primavera", "la borsa Furla",
              "il parmigiano 30 mesi", "la lampada Artemide", "il divano Poltronesofà", "le scarpe Tod's",
              "il frullatore Kenwood"],
        "x": ["il risotto alla milanese", "la pizza Marinara", "le sarde in saor", "il babà", "la pastiera",
              "le orecchiette", "il cuscus", "il tiramisù", "la sfogliatella"],
        "s": ["MediaWorld", "Coin", "Feltrinelli", "Unieuro", "Brico Center", "Rinascente", "Kiko", "Acqua & Sapone",
              "Tigotà"],
        "t": ["Mestre", "Treviso", "Pozzuoli", "Caserta", "Bergamo", "Rimini", "Trieste", "Lecce", "Parma"],
        "o": ["di Bronte", "di Sorrento", "della Valtellina", "di Modena", "del Cilento", "di Chioggia",
              "della Puglia"],
        "c": ["in Svizzera", "in Francia", "a San Marino", "in Austria", "in Germania", "in Albania", "in Romania"],
        "d": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        "m": ["gennaio", "marzo", "maggio", "luglio", "settembre", "ottobre", "dicembre"],
        "h": ["San Gennaro", "la Festa del Redentore", "Ferragosto", "San Giuseppe", "la Befana", "Pasquetta",
              "la Festa della Repubblica"],
        "e": ["il Festival di Sanremo", "il Giro d'Italia", "il Napoli", "il Venezia", "il Salone del Mobile",
              "Masterchef", "il Black Friday", "Volare", "la Biennale"],
        "a": ["Satispay", "Glovo", "Subito", "Just Eat", "PostePay", "Vinted", "Deliveroo"],
    },
    "pt": {
        "p": ["a panela Tramontina", "as Havaianas", "o queijo da Serra", "a loiça Bordallo Pinheiro",
              "o vinho do Porto", "a chaleira Oster", "a cuia de chimarrão", "o azeite do Alentejo", "a rede de Ceará"],
        "x": ["a cachupa", "o bacalhau com natas", "o xacuti", "a feijoada", "o pão de queijo", "a cuca alemã",
              "as migas", "o pastel de Belém", "o arroz de pato"],
        "s": ["Worten", "Pingo Doce", "Renner", "Casas Bahia", "Magazine Luiza", "Bertrand", "Leroy Merlin",
              "Continente", "Tok&Stok"],
        "t": ["Évora", "Beja", "Curitiba", "Blumenau", "Joinville", "Praia", "Mindelo", "Setúbal", "Manaus"],
        "o": ["de Goa", "de Cabo Verde", "do Alentejo", "de Minas", "do Douro", "da Madeira", "do Pará"],
        "c": ["para Angola", "para Cabo Verde", "para Portugal", "para a Suíça", "para o Luxemburgo",
              "para Moçambique", "para a França"],
        "d": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
        "m": ["janeiro", "março", "maio", "julho", "setembro", "outubro", "dezembro"],
        "h": ["o Santo António", "o São João", "o Carnaval", "a Páscoa", "o Natal", "a Festa Junina", "o Ano Novo"],
        "e": ["a Oktoberfest de Blumenau", "o Benfica", "o Grêmio", "o Rock in Rio", "a Black Friday",
              "o Festival da Canção", "a novela das nove", "o Big Brother", "Garota de Ipanema"],
        "a": ["MB Way", "Pix", "iFood", "Glovo", "Mercado Livre", "OLX", "Uber Eats"],
    },
    "es": {
        "p": ["la paellera Garcima", "el turrón de Jijona", "las alpargatas Castañer", "la cafetera Cecotec",
              "el jamón de Guijuelo", "el pisco Quebranta", "el ron Havana Club", "el mate de calabaza",
              "la camiseta Desigual"],
        "x": ["el marmitako", "el pan con tomate", "las arepas", "el ceviche", "la ropa vieja", "las empanadas",
              "el pastel de choclo", "la crema catalana", "el lomo saltado"],
        "s": ["El Corte Inglés", "Casa del Libro", "Decathlon", "Mercadona", "Eroski", "MediaMarkt", "Primor",
              "Zara Home", "Bershka"],
        "t": ["Bilbao", "Donostia", "Girona", "Tarragona", "Vitoria", "Lleida", "Valladolid", "Cáceres", "Almería"],
        "o": ["de Idiazábal", "del Empordà", "de Cusco", "de Mérida", "de La Habana", "de Valdivia", "de Jabugo"],
        "c": ["a Canarias", "a Andorra", "a Portugal", "a Francia", "a Baleares", "a Ceuta", "a Melilla"],
        "d": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        "m": ["enero", "marzo", "mayo", "julio", "septiembre", "octubre", "diciembre"],
        "h": ["San Fermín", "Sant Jordi", "la Semana Grande", "los Reyes", "San Juan", "la Mercè",
              "la Nochevieja"],
        "e": ["el Athletic", "el Barça", "la Real Sociedad", "el Mundial de Clubes", "Operación Triunfo",
              "La Revuelta", "el Black Friday", "Despacito", "el Mobile World Congress"],
        "a": ["Bizum", "Wallapop", "Glovo", "Just Eat", "Vinted", "Cabify", "Milanuncios"],
    },
    "de": {
        "p": ["die Jack-Wolfskin-Jacke", "den WMF-Topf", "die Lamy-Füller", "das Ravensburger Puzzle",
              "den Thermomix", "die Steiff-Teddys", "die Spätzlepresse", "das Fissler-Set", "die Birkenstock Arizona"],
        "x": ["Maultaschen", "Käsespätzle", "Döner Teller", "Baklava", "Pierogi", "Pelmeni", "Gyros Pita",
              "Schwarzwälder Kirschtorte", "Königsberger Klopse"],
        "s": ["MediaMarkt", "Thalia", "Rossmann", "dm", "Douglas", "Fressnapf", "Hornbach", "Tchibo",
              "Müller Drogerie"],
        "t": ["Stuttgart", "Esslingen", "Tübingen", "Duisburg", "Bielefeld", "Osnabrück", "Kassel", "Ulm", "Pforzheim"],
        "o": ["aus dem Allgäu", "aus Izmir", "aus Kreta", "aus Schlesien", "aus Aleppo", "vom Bodensee",
              "aus dem Schwarzwald"],
        "c": ["nach Österreich", "in die Schweiz", "nach Polen", "in die Türkei", "nach Griechenland",
              "nach Luxemburg", "nach Dänemark"],
        "d": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        "m": ["Januar", "März", "Mai", "Juli", "September", "Oktober", "Dezember"],
        "h": ["Sankt Martin", "Nikolaus", "Fasching", "Pfingsten", "Ostern", "Fronleichnam", "Silvester"],
        "e": ["zur IAA", "zum Cannstatter Wasen", "zum Weihnachtsmarkt", "zum Bundesligastart", "zum Black Friday",
              "zur Fußball-EM", "zum VfB-Heimspiel", "zum Revierderby Schalke gegen Dortmund"],
        "v": ["Tatort", "Bauer sucht Frau", "Let's Dance", "Atemlos durch die Nacht", "Die Höhle der Löwen",
              "Wer wird Millionär"],
        "a": ["PayPal", "Lieferando", "Kleinanzeigen", "Wolt", "Klarna", "Vinted", "Flink"],
    },
}
CLEAN: dict[str, list[str]] = {
    "en": [
        "Is the {p} back in stock at {s} {t}? Saw it on {a} but it says sold out",
        "Do you ship {b} to {c} before {h}, or only after?",
        "Will {x} be on the specials board this {d} with {e} on?",
        "Can I pay for the {ph} case with {a} and collect from {t} on {d}?",
        "What's the courier cut-off for {c} in {m}? Want the {p} there for {h}",
        "Is the {b} outlet in {t} open on {h}? Looking at the {p}",
        "My {c2} is booked in {d} morning, can I wait or is there a courtesy car?",
        "Is your tea from {o} or blended in {t}? The {b} tin was lovely",
        "Are you doing a {e} offer on the {p} or just the {ph}?",
        "Rain's forecast {d}, is the {t} market stall still on or just the shop?",
        "Table for six {d}, is {x} still on or was it only for {h}?",
        "Does the {ph} come boxed from {o}? Delivery to {c} please",
        "Saw the {p} on {e}, do you stock it at {s} or only online?",
        "Is the {t} branch open late for {e}? And is the {b} sale still on till {m}?",
        "Can I reserve the {p} on {a} and pick it up in {t} after {h}?",
        "Any {b} gift sets left for {h}? Shipping to {c} if possible",
    ],
    "fr": [
        "{p} est revenu en stock chez {s} à {t} ? Sur {a} c'est marqué épuisé",
        "Vous livrez {b} {c} avant {h} ou seulement après ?",
        "Il y aura {x} au menu ce {d} avec {e} à la télé ?",
        "Je peux payer la coque {ph} avec {a} et la récupérer à {t} {d} ?",
        "C'est quand la dernière expédition {c} en {m} ? Je veux {p} pour {h}",
        "La boutique {b} de {t} est ouverte pour {h} ? Je regarde {p}",
        "Ma {c2} a rendez-vous {d} matin, il y a un véhicule de prêt ?",
        "Votre piment vient {o} ou il est conditionné à {t} ? La boîte {b} était top",
        "Vous faites une offre pour {e} sur {p} ou seulement sur la coque {ph} ?",
        "Il va pleuvoir {d}, le stand du marché de {t} est maintenu ?",
        "Table pour six {d}, {x} est toujours à la carte ou c'était pour {h} ?",
        "La commande {ph} part de quel entrepôt ? Livraison {c} svp",
        "J'ai vu {p} pendant {e}, vous l'avez chez {s} ou seulement en ligne ?",
        "Les soldes {b} continuent jusqu'en {m} à {t} ?",
        "Je peux réserver {p} sur {a} et le retirer à {t} après {h} ?",
        "Il reste des coffrets {b} pour {h} ? Envoi {c} si possible",
    ],
    "it": [
        "Avete di nuovo {p} da {s} a {t}? Su {a} risulta esaurito",
        "Spedite {b} {c} prima di {h} o solo dopo?",
        "C'è {x} nel menù di {d} con {e} in tv?",
        "Posso pagare la cover del {ph} con {a} e ritirarla a {t} {d}?",
        "Qual è l'ultimo giorno per spedire {c} a {m}? Mi serve {p} per {h}",
        "Il negozio {b} di {t} è aperto per {h}? Guardavo {p}",
        "La mia {c2} ha il tagliando {d} mattina, c'è un'auto sostitutiva?",
        "I pistacchi sono {o} o confezionati a {t}? La scatola {b} era ottima",
        "Fate un'offerta per {e} su {p} o solo sul {ph}?",
        "Danno pioggia {d}, il banco al mercato di {t} c'è lo stesso?",
        "Tavolo per sei {d}, c'è ancora {x} o era solo per {h}?",
        "Il {ph} parte da quale magazzino? Spedizione {c} per favore",
        "Ho visto {p} durante {e}, ce l'avete da {s} o solo online?",
        "I saldi {b} a {t} durano fino a {m}?",
        "Posso prenotare {p} su {a} e passare a {t} dopo {h}?",
        "Ci sono ancora confezioni regalo {b} per {h}? Spedizione {c} se si può",
    ],
    "pt": [
        "{p} voltou ao stock na {s} de {t}? No {a} aparece esgotado",
        "Enviam {b} {c} antes d{h} ou só depois?",
        "Vai haver {x} no menu de {d} com {e} na televisão?",
        "Posso pagar a capa do {ph} com {a} e levantar em {t} na {d}?",
        "Qual é o último dia de envio {c} em {m}? Quero {p} para {h}",
        "A loja {b} de {t} abre n{h}? Estou a ver {p}",
        "O meu {c2} tem revisão na {d} de manhã, há carro de substituição?",
        "O café é {o} ou embalado em {t}? A lata {b} era ótima",
        "Têm promoção para {e} n{p} ou só no {ph}?",
        "Vai chover na {d}, a banca da feira de {t} mantém-se?",
        "Mesa para seis na {d}, ainda há {x} ou era só para {h}?",
        "O {ph} sai de que armazém? Envio {c}, por favor",
        "Vi {p} durante {e}, têm na {s} ou só online?",
        "Os saldos {b} em {t} duram até {m}?",
        "Posso reservar {p} pelo {a} e levantar em {t} depois d{h}?",
        "Ainda há caixas de presente {b} para {h}? Envio {c} se der",
    ],
    "es": [
        "¿Ha vuelto {p} a {s} de {t}? En {a} sale agotado",
        "¿Enviáis {b} {c} antes de {h} o solo después?",
        "¿Habrá {x} en el menú del {d} con {e} en la tele?",
        "¿Puedo pagar la funda del {ph} con {a} y recogerla en {t} el {d}?",
        "¿Cuál es el último envío {c} en {m}? Quiero {p} para {h}",
        "¿La tienda {b} de {t} abre por {h}? Estoy mirando {p}",
        "Mi {c2} tiene revisión el {d} por la mañana, ¿hay coche de sustitución?",
        "¿El queso es {o} o se envasa en {t}? La caja {b} estaba genial",
        "¿Hacéis oferta por {e} en {p} o solo en el {ph}?",
        "Dan lluvia el {d}, ¿se mantiene el puesto del mercado de {t}?",
        "Mesa para seis el {d}, ¿sigue {x} en la carta o era solo para {h}?",
        "¿El {ph} sale de qué almacén? Envío {c}, por favor",
        "Vi {p} durante {e}, ¿lo tenéis en {s} o solo online?",
        "¿Las rebajas de {b} en {t} duran hasta {m}?",
        "¿Puedo reservar {p} por {a} y pasar por {t} después de {h}?",
        "¿Quedan estuches de regalo {b} para {h}? Envío {c} si se puede",
    ],
    "de": [
        "Habt ihr {p} bei {s} in {t} wieder? Bei {a} steht ausverkauft",
        "Liefert ihr {b} {c} noch vor {h} oder erst danach?",
        "Gibt's am {d} {x}, wenn {v} läuft?",
        "Kann ich die {ph} Hülle mit {a} zahlen und am {d} in {t} abholen?",
        "Wann ist der letzte Versand {c} im {m}? Ich brauche {p} bis {h}",
        "Hat der {b} Laden in {t} an {h} offen? Ich schaue mir {p} an",
        "Mein {c2} hat am {d} früh Inspektion, gibt's einen Leihwagen?",
        "Ist der Honig {o} oder wird er in {t} abgefüllt? Die {b} Dose war super",
        "Gibt's {e} ein Angebot auf {p} oder nur aufs {ph}?",
        "Am {d} soll es regnen, steht der Marktstand in {t} trotzdem?",
        "Tisch für sechs am {d}, gibt's {x} noch oder war das nur zu {h}?",
        "Aus welchem Lager kommt das {ph}? Versand {c} bitte",
        "Hab {p} in der Werbung bei {v} gesehen, habt ihr das bei {s} oder nur online?",
        "Läuft der {b} Sale in {t} noch bis {m}?",
        "Kann ich {p} über {a} reservieren und nach {h} in {t} abholen?",
        "Gibt's noch {b} Geschenksets zu {h}? Versand {c} wenn möglich",
    ],
}
# fmt: on


_PLAIN = str.maketrans("ıłŁđĐøØ", "ilLdDoO")  # letters NFKD does not split: "Yilmaz", "Lukasz"


def _bare(text: str) -> str:
    """A name as typed on a phone that drops accents ("Sean", "Keita", "Yilmaz")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return plain.translate(_PLAIN)


def _person(lang: str, slot: str, rng: random.Random) -> str:
    kind, _, gender = slot.partition(":")
    side = {"f": 0, "m": 1}.get(gender)
    groups = [g for g in PEOPLE[lang] if side is None or g[side]]
    women, men, surnames, short = rng.choices(groups, weights=[len(w) + len(m) + len(s) for w, m, s, _ in groups])[0]
    given = rng.choice({0: women, 1: men}.get(side, women + men) if side is not None else women + men)
    if kind == "first":
        return given
    last = rng.choice(surnames)
    if kind == "last":
        return last
    if kind == "spell":
        while not last.isalpha():  # one word of letters only: "D-U-F-F-Y"
            last = rng.choice(surnames)
        return "-".join(last.upper())
    if kind == "dbl":
        other = rng.choice([s for s in surnames if s != last])
        return f"{given} {last} {other}" if lang in ("es", "pt") else f"{given} {last}-{other}"
    if kind == "nick":
        return f"{rng.choice(short)} {last}"
    if kind == "init":
        return f"{given[0]}. {last}"
    full = f"{given} {last}"
    if kind == "bare":
        return _bare(full)
    return {"low": full.lower(), "caps": full.upper()}.get(kind, full)


def _pair(name: str) -> tuple[str, str]:
    """A full name's given name and surname as compared with another set: its first and last words
    in lower case, accents dropped so that "Sean" and "Seán" count as one."""
    words = _bare(name).lower().replace("-", " ").split()
    return words[0], words[-1]


def _fill(
    lang: str, template: str, rng: random.Random, taken: set[tuple[str, str]]
) -> tuple[str, list[tuple[int, int]]]:
    text, gold, rest = "", [], template
    while "{" in rest:
        before, _, tail = rest.partition("{")
        slot, _, rest = tail.partition("}")
        value = _person(lang, slot, rng)
        while len(value.split()) > 1 and _pair(value) in taken:  # a pair an earlier set has
            value = _person(lang, slot, rng)
        text += before
        gold.append((len(text), len(text) + len(value)))  # offsets from the text as built
        text += value
    return text + rest, gold


def earlier_pairs() -> set[tuple[str, str]]:
    """Every earlier held-out set's full names as (given, surname) pairs, compared by program,
    never printed."""
    from bench import names_heldout, names_heldout2, names_heldout3, names_heldout4, names_heldout5, names_heldout6

    sets = [m.load() for m in (names_heldout, names_heldout2, names_heldout3, names_heldout4, names_heldout5)]
    return {
        _pair(e.text[a:b])
        for examples in [*sets, names_heldout6.load()]
        for e in examples
        for a, b in e.gold
        if len(e.text[a:b].split()) > 1
    }


def build() -> list[Example]:
    """The set as generated (only `--write` calls this; the bench reads the frozen file)."""
    rng = random.Random(SEED)
    taken = earlier_pairs()
    out: list[Example] = []
    for lang, templates in TEMPLATES.items():
        order = list(range(len(templates)))
        count, turn = 0, 0
        while count < NAMES_PER_LANGUAGE:
            if turn % len(templates) == 0:
                rng.shuffle(order)  # every shape once a round, in a fresh order
            text, gold = _fill(lang, templates[order[turn % len(templates)]], rng, taken)
            turn += 1
            roll = rng.random()
            if roll < LOWER_SHARE and len(text.lower()) == len(text):
                text = text.lower()
            elif roll > 1 - CAPS_SHARE and len(text.upper()) == len(text):
                text = text.upper()
            out.append(Example(lang, text, tuple(gold), "pii"))
            count += len(gold)
        words = {**SHOP[lang], "b": BRANDS, "c2": CARS, "ph": PHONES}
        seen: set[str] = set()
        while len(seen) < CLEAN_PER_LANGUAGE:
            text = rng.choice(CLEAN[lang]).format(**{key: rng.choice(values) for key, values in words.items()})
            text = text[0].upper() + text[1:]  # "la moka Bialetti ..." opening a message
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
