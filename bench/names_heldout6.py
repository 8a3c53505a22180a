"""A sixth held-out set for person names and no-PII commerce chat, frozen before its first run.

Why a sixth set: the fifth (`bench.names_heldout5`) has been run several times while rules were
tuned, so final figures need a set that neither the rules nor the people tuning them have seen.
This one was written on 2026-12-05 by someone who had not read Veil's rule code
(`recognizers/`, `proxy/detection/`), its data files (`recognizers/data/`), the tune sets
(`bench/*tune*.py`) nor the rule sections of `docs/detection.md`, and who never ran Veil on it.
Of `bench.names_heldout5` its docstring, its interface (`load()`, `FINGERPRINT`, `build()`,
`_fill`) and its tests were read; `build()` compares this set's names with the fourth and fifth
sets' only by program, to leave out any given name and surname pair either of them has:

- names are typed here from knowledge of each country's naming, in groups by origin the fifth
  set did not list where possible, so that a given name goes with a surname of its own origin,
  women's and men's given names apart where the message says who the person is (Scottish,
  Welsh, Jamaican, Somali, Bangladeshi, Greek-Cypriot, Jewish, Chinese-Malaysian, English in
  en; Breton, Corsican, Alsatian, Armenian, Haitian, Lebanese, Cambodian, French in fr;
  Sardinian, South Tyrolean, Friulian, Sicilian, Egyptian, Senegalese, Chinese-Italian,
  Peruvian, Italian in it; Minho, Azorean, Angolan, Mozambican, Japanese-Brazilian,
  Lebanese-Brazilian, north-eastern and Italian-Brazilian in pt; Galician, Andalusian,
  Canarian, Mexican, Argentine, Colombian, Ecuadorian, Dominican in es; Austrian, Swiss,
  Bavarian, Frisian, Kosovar, Croatian, Iranian, Vietnamese-German, German in de); each group
  also has the short forms people really write with a surname ("Gigi", "Dumé", "Chuy",
  "Poldi"), and names come with initials ("G. Ferraro") or with their accents dropped as phones
  type them ("Jose", "Francois");
- 28 or 29 message shapes a language as a shop's WhatsApp inbox reads, chosen to differ from
  the fifth set's: order forms ("Nome: … / Cognome: …", "Vorname: …"), voice notes transcribed
  with no punctuation, replies quoting the shop's question, names in parentheses and quotes,
  after a colon or an emoji, "c/o", "presso", "aos cuidados de", "z. Hd." lines, bookings at the
  hairdresser, the vet's grooming table, the garage, the pharmacy, gift cards ("Per: …", "Von:
  …"), a name with a role after it, a name between an order number and a complaint, reviews and
  complaints naming staff, lists by commas and by slashes, a ticket changing hands, and
  messages in a regional language or mixed with one (Scots-English, Malaysian English, Breton,
  Corsican, Haitian Creole, Sicilian, South Tyrolean German, Galician, Mexican, Argentine and
  Dominican Spanish, Swiss German, Bavarian, Austrian, Low German); about 8 % of messages are
  wholly in lower case;
- 155 no-PII commerce messages a language: restaurants and dishes named after people and
  places, hairdressers, pharmacies, garages, bookshops, ticketing, travel, electronics,
  furniture and pet shops, with capitalised products, brands and fashion houses named after
  their founders, car models, shops named after given names and towns, branch and origin
  towns, countries shipped to, holidays, weekdays, months and brand mascots. No private person
  is in them.

Gold spans are offsets computed by `_fill` while the text is built, never typed by hand; a
title before a name ("Mr", "Dott.", "Herr") stays outside its span.
`python -m bench.names_heldout6 --write` wrote the file once; it was committed on its own and
landed before Veil ran on it. `load()` refuses `bench/data/names_heldout6.jsonl` when its
SHA-256 differs from `FINGERPRINT`. Nothing is tuned on it; it is run to report figures, and
its individual misses are not printed or read.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

from bench.names_heldout import Example, freeze_cli
from bench.names_heldout import load as _load

PATH = Path(__file__).resolve().parent / "data" / "names_heldout6.jsonl"
FINGERPRINT = "4f23af57b6c05984"
SEED = 20261205_6
NAMES_PER_LANGUAGE = 320
CLEAN_PER_LANGUAGE = 155
LOWER_SHARE = 0.08

# fmt: off
# Per language, groups of people by origin: (women's given names, men's given names, surnames,
# short forms used with a surname), so that a given name goes with a surname of its own origin.
# A slot is {kind} or {kind:f} / {kind:m} where the message says who the person is. {full} is a
# given name and a surname; {dbl} a given name and two surnames (es, pt: side by side; the others
# hyphenated); {sur2} two surnames alone (es, pt); {first} a given name; {last} a surname; {nick}
# a short form and a surname; {init} an initial and a surname; {bare} a full name with its
# accents dropped; {low} a full name in lower case; {caps} one in capitals. A span is the name
# alone: a title or an article before it stays outside.
Group = tuple[list[str], list[str], list[str], list[str]]
PEOPLE: dict[str, list[Group]] = {
    "en": [
        (["Eilidh", "Catriona", "Isla", "Kirsteen", "Ailsa", "Mhairi"],
         ["Fraser", "Struan", "Lachlan", "Angus", "Murdo", "Ruaridh"],
         ["Macdonald", "Urquhart", "Drummond", "Sinclair", "Munro", "Buchanan", "Lamont", "MacKinnon"],
         ["Ally", "Sandy", "Kenny", "Cat"]),
        (["Ffion", "Cerys", "Angharad", "Nia", "Seren"], ["Dafydd", "Ioan", "Emyr", "Gethin", "Owain"],
         ["Pritchard", "Bowen", "Vaughan", "ap Rhys", "Jenkins", "Parry", "Griffiths"], ["Dai", "Ffi", "Gee"]),
        (["Tanisha", "Shanice", "Kerry-Ann", "Latoya"], ["Dwayne", "Garfield", "Andre", "Everton"],
         ["McKenzie", "Brissett", "Grant", "Francis", "Reid"], ["Tash", "Dre", "Gaz"]),
        (["Hodan", "Ubah", "Fadumo", "Sagal", "Ikran"], ["Abdirahman", "Mohamed", "Abdi", "Liban", "Said"],
         ["Warsame", "Farah", "Jama", "Abdullahi", "Osman", "Hersi"], ["Mo", "Fadi"]),
        (["Shamima", "Rumana", "Tahmina", "Nusrat"], ["Shahidul", "Rafiq", "Anwar", "Mizanur"],
         ["Miah", "Uddin", "Hoque", "Chowdhury", "Islam", "Ahmed"], ["Raf", "Shammi", "Mizan"]),
        (["Eleni", "Androulla", "Christina", "Despina"], ["Andreas", "Kyriacos", "Costas", "Panayiotis"],
         ["Georgiou", "Christodoulou", "Charalambous", "Constantinou", "Ioannou"], ["Andy", "Kyri", "Dina", "Panos"]),
        (["Miriam", "Rivka", "Naomi", "Talia"], ["Shmuel", "Yossi", "Daniel", "Ari"],
         ["Goldberg", "Rosenthal", "Levy", "Finkelstein", "Abrahams", "Gluckstein"], ["Mimi", "Danny", "Shmulik"]),
        (["Mei Xin", "Siew Ling", "Hui Min"], ["Wei Jie", "Chee Keong", "Kah Wai"],
         ["Tan", "Lim", "Ong", "Goh", "Teo"], ["Kelvin", "Vivian", "Jason", "Cheryl"]),
        (["Charlotte", "Eleanor", "Jessica", "Hannah", "Sophie"], ["Oliver", "George", "Jack", "Harry", "William"],
         ["Bennett", "Marsh", "Fletcher", "Sutton", "Chapman", "Baxter", "Hobbs", "Kemp"],
         ["Charlie", "Lottie", "Ollie", "Bill", "Jess"]),
    ],
    "fr": [
        (["Maëlle", "Gwenaëlle", "Nolwenn", "Anaïg", "Soizic", "Rozenn"],
         ["Yannick", "Gwendal", "Erwan", "Loïc", "Ronan", "Tanguy"],
         ["Le Goff", "Kerhervé", "Le Bihan", "Le Gall", "Quéméner", "Kervella", "Le Floch", "Guivarc'h"],
         ["Gwen", "Yann", "Soaz"]),
        (["Marie-Dominique", "Ghjulia", "Letizia"], ["Jean-Toussaint", "Pascal", "Ange-Mathieu", "Orsu"],
         ["Santoni", "Colonna", "Pieri", "Albertini", "Orsoni", "Luciani", "Ceccaldi"], ["Dumé", "Jean-To", "Mimi"]),
        (["Odile", "Marthe", "Christiane", "Gabrielle"], ["Florian", "Thiébaut", "Rémy", "Xavier"],
         ["Schaeffer", "Kieffer", "Muller", "Ehrhart", "Heitz", "Wiedemann", "Hirtz"], ["Flo", "Titi", "Séb"]),
        (["Anahid", "Araksi", "Sona", "Nairi"], ["Aram", "Hagop", "Sevan", "Krikor"],
         ["Der Sarkissian", "Manoukian", "Kévorkian", "Papazian", "Boyadjian", "Tchakmakian"], ["Jacky", "Ara"]),
        (["Marie-Carmelle", "Nadège", "Rose-Andrée", "Fabienne"], ["Jean-Robert", "Wilner", "Frantz", "Wesner"],
         ["Pierre-Louis", "Joseph", "Célestin", "Dorvilien", "Saint-Fleur", "Jean-Baptiste"], ["Ti-Jean", "Nana"]),
        (["Rania", "Nour", "Joumana", "Maya"], ["Karim", "Élie", "Ziad", "Georges"],
         ["Khoury", "Haddad", "Nassar", "Abi Nader", "Fakhoury", "Saadé"], ["Jo", "Zizi"]),
        (["Sophea", "Chanthou", "Bopha"], ["Vuthy", "Sokha", "Rithy"], ["Chhim", "Sok", "Meas", "Kheng", "Prak"],
         ["Sophie", "Tony"]),
        (["Camille", "Hélène", "Margaux", "Clémence", "Solène"], ["Théo", "Baptiste", "Mathis", "Gaspard", "Aurélien"],
         ["Lefèvre", "Rousseau", "Chevalier", "Mercier", "Fournier", "Garnier", "Lemaire", "Perrin", "Bonnet"],
         ["Manu", "Steph", "Fred", "Cathy", "Val", "François"]),
    ],
    "it": [
        (["Bonaria", "Efisia", "Tonina", "Speranza", "Giovanna"], ["Efisio", "Gavino", "Giommaria", "Bachisio"],
         ["Pinna", "Piras", "Sanna", "Deiana", "Murgia", "Melis", "Porcu", "Cossu", "Loi"], ["Tore", "Peppino"]),
        (["Verena", "Notburga", "Theresia", "Sabine"], ["Florian", "Hannes", "Lukas", "Reinhold"],
         ["Pichler", "Oberhofer", "Gruber", "Kofler", "Egger", "Unterthurner", "Mair"], ["Hansi", "Resi", "Flo"]),
        (["Fabiola", "Tiziana", "Elisa"], ["Dario", "Ivano", "Loris", "Gianni"],
         ["Tonizzo", "Del Frate", "Zanutta", "Cescutti", "Bortolussi", "Tomasin", "Peressini"], ["Gigi", "Bepi"]),
        (["Concetta", "Carmela", "Agata", "Rosalia", "Santina"], ["Calogero", "Rosario", "Gaetano", "Salvatore"],
         ["Scalia", "Cannizzaro", "Giuffrida", "Lo Giudice", "Pappalardo", "Catalano", "Sciacca", "Buscemi"],
         ["Turi", "Totò", "Cettina", "Saro"]),
        (["Mariam", "Nesrine", "Heba", "Yasmin"], ["Mahmoud", "Mina", "Karim", "Tarek"],
         ["Abdelaziz", "Soliman", "Girgis", "Mansour", "El Sayed"], ["Mido", "Hamada"]),
        (["Fatou", "Awa", "Ndeye", "Coumba"], ["Moussa", "Cheikh", "Ousmane", "Babacar"],
         ["Diop", "Ndiaye", "Fall", "Sarr", "Gueye", "Mbaye", "Thiam"], ["Papis", "Mame"]),
        (["Xiaoli", "Yan", "Jing"], ["Wei", "Jian", "Hao"], ["Hu", "Zhou", "Chen", "Ye", "Xu"],
         ["Marco", "Giulia", "Luca"]),
        (["Milagros", "Yesenia", "Maribel"], ["Wilmer", "Jhonatan", "Percy", "Edwin"],
         ["Quispe", "Huamán", "Mamani", "Condori", "Chávez", "Rojas"], ["Mily", "Jhony"]),
        (["Chiara", "Federica", "Ilaria", "Martina", "Valentina"],
         ["Lorenzo", "Matteo", "Riccardo", "Davide", "Niccolò"],
         ["Ferraro", "Colombo", "Marchetti", "Galli", "Barbieri", "Santoro", "Benedetti", "Fontana", "Mancini"],
         ["Fede", "Vale", "Richi", "Ale", "Lollo"]),
    ],
    "pt": [
        (["Maria do Céu", "Conceição", "Fátima", "Glória"], ["Manuel", "Joaquim", "Abílio", "Custódio", "Albano"],
         ["Araújo", "Vieira", "Magalhães", "Gonçalves", "Fernandes", "Correia", "Sá", "Barbosa"],
         ["Zé", "Quim", "Nelo"]),
        (["Lúcia", "Natália", "Filomena"], ["Duarte", "Eduíno", "Valdemar"],
         ["Medeiros", "Furtado", "Bettencourt", "Raposo", "Câmara", "Pacheco"], ["Lena", "Tó"]),
        (["Luzia", "Esperança", "Domingas", "Nádia"], ["Adilson", "Edvaldo", "Osvaldo"],
         ["Kiala", "Capenda", "Neto", "Bumba", "Lukoki", "Mateus"], ["Didi", "Nando"]),
        (["Amélia", "Celeste", "Graça"], ["Armando", "Teodoro", "Zacarias"],
         ["Macuácua", "Cossa", "Sitoe", "Mondlane", "Nhantumbo", "Tembe"], ["Zeca", "Teo"]),
        (["Akemi", "Yuki", "Érica", "Juliana"], ["Hiroshi", "Kenji", "Fábio", "Rodrigo"],
         ["Nakamura", "Yamamoto", "Takahashi", "Kobayashi", "Hayashi", "Ishikawa"], ["Ju", "Fabinho"]),
        (["Samira", "Jamile", "Leila"], ["Jorge", "Habib", "Michel", "Elias"],
         ["Maluf", "Salomão", "Jafet", "Abdalla", "Chaer", "Curi"], ["Mimi", "Jorginho"]),
        (["Francisca", "Raimunda", "Josefa"], ["Cícero", "Raimundo", "Severino", "Antônio"],
         ["Bezerra", "Cavalcanti", "Albuquerque", "Nogueira", "Paiva", "Holanda"], ["Chico", "Tonho", "Zefa"]),
        (["Giovana", "Bruna", "Daiane"], ["Thiago", "Gustavo", "Leandro"],
         ["Bortolotto", "Zanella", "Mazzuco", "Dal Pizzol", "Tonet"], ["Guto", "Gabi"]),
    ],
    "es": [
        (["Uxía", "Iria", "Antía", "Sabela"], ["Xosé", "Brais", "Iago", "Anxo"],
         ["Castiñeiras", "Louzao", "Otero", "Seoane", "Varela", "Carballo", "Piñeiro", "Souto"], ["Pepiño", "Chelo"]),
        (["Rocío", "Macarena", "Inmaculada", "Esperanza"], ["Rafael", "Joaquín", "Antonio", "Jesús"],
         ["Moreno", "Romero", "Domínguez", "Calvo", "Marín", "Benítez", "Carmona", "Villalobos"],
         ["Curro", "Lola", "Manolo", "Macu"]),
        (["Candelaria", "Yaiza", "Dácil", "Nieves"], ["Acoidan", "Jonay", "Airam", "Yeray"],
         ["Perdomo", "Santana", "Falcón", "Quintana", "Betancor", "Déniz"], ["Cande", "Yeyo"]),
        (["Guadalupe", "Itzel", "Xóchitl", "Citlali"], ["Juan Carlos", "Ulises", "Emiliano"],
         ["Gutiérrez", "Ochoa", "Zavala", "Villaseñor", "Treviño", "Cervantes"], ["Lupita", "Chuy", "Memo"]),
        (["Florencia", "Agustina", "Belén", "Lucila"], ["Facundo", "Lautaro", "Gonzalo", "Nahuel"],
         ["Lombardi", "Pereyra", "Acosta", "Iturralde", "Sosa", "Ferreyra"], ["Flor", "Facu", "Agus"]),
        (["Yuliana", "Leidy", "Marcela", "Paola"], ["Jhon Jairo", "Andrés Felipe", "Yeison"],
         ["Restrepo", "Gaviria", "Ospina", "Cardona", "Zapata", "Londoño", "Arango"], ["Pipe", "Mafe", "Caro"]),
        (["Mayra", "Jessenia", "Gissela"], ["Byron", "Wellington", "Darwin"],
         ["Zambrano", "Quishpe", "Guamán", "Mendoza", "Vera", "Cedeño"], ["Pancho", "Maye"]),
        (["Yokasta", "Ramona", "Altagracia", "Yahaira"], ["Wander", "Yunior", "Franklin"],
         ["Almonte", "De los Santos", "Peña", "Tavárez", "Polanco"], ["Juny", "Fello", "Tata"]),
    ],
    "de": [
        (["Roswitha", "Johanna", "Elfriede", "Valentina"], ["Leopold", "Ferdinand", "Gottfried", "Herbert"],
         ["Leitner", "Pöltl", "Wimmer", "Haider", "Gschwandtner", "Steinbauer", "Auer"], ["Poldi", "Ferdl", "Hansi"]),
        (["Regula", "Ursina", "Annina", "Seraina"], ["Urs", "Beat", "Reto", "Andri"],
         ["Brunner", "Zürcher", "Grob", "Gisler", "Tschudi", "Bühlmann", "Egli", "Caduff"], ["Ruedi", "Köbi", "Vreni"]),
        (["Rosi", "Franziska", "Walburga", "Kreszenz"], ["Xaver", "Korbinian", "Alois", "Quirin"],
         ["Hintermeier", "Reischl", "Lechner", "Obermaier", "Pfaffinger", "Zehetmair"], ["Sepp", "Wastl", "Kathi"]),
        (["Frauke", "Imke", "Wiebke", "Gesa"], ["Hauke", "Jannes", "Okke", "Tjark", "Folkert"],
         ["Janssen", "Ihnen", "Rickmers", "Onnen", "Boyens", "Harms"], ["Fiete", "Jan"]),
        (["Arta", "Drita", "Vjosa", "Besarta"], ["Besnik", "Arben", "Fatmir", "Driton", "Valon"],
         ["Berisha", "Krasniqi", "Gashi", "Morina", "Shala", "Kastrati"], ["Besi", "Ardi"]),
        (["Ivana", "Snježana", "Vesna"], ["Ivica", "Tomislav", "Zvonimir", "Mate"],
         ["Kovačević", "Horvat", "Perić", "Jurić", "Babić", "Vuković"], ["Ivo", "Tomo"]),
        (["Shirin", "Parisa", "Nasrin"], ["Reza", "Farhad", "Babak", "Dariush", "Kian"],
         ["Tehrani", "Rahimi", "Mohammadi", "Karimi", "Sadeghi", "Hosseini"], ["Ali", "Pari"]),
        (["Thu Trang", "Ngoc Anh", "Hoa", "Linh"], ["Minh Duc", "Quang", "Tuan", "Van Long"],
         ["Nguyen", "Tran", "Pham", "Vu", "Hoang", "Dang"], ["Tom", "Lisa", "Tony"]),
        (["Anja", "Katrin", "Stefanie", "Jana", "Lea"], ["Jonas", "Tobias", "Niklas", "Matthias", "Sven"],
         ["Schröder", "Zimmermann", "Krüger", "Hartmann", "Lehmann", "Vogel", "Brandt", "Kühn"],
         ["Steffi", "Basti", "Nicki", "Tobi"]),
    ],
}

# Message shapes a language, as a shop's WhatsApp inbox reads them.
TEMPLATES: dict[str, list[str]] = {
    "en": [
        "First name: {first}\nSurname: {last}\nOrder no: 48213\nSize: M\nColour: navy",
        "Full name - {caps}\nItem - Ashby table lamp x2",
        "hiya its {full} here i ordered the grey throw last week and it still hasnt come "
        "can someone ring me back cheers",
        "> Could you confirm the name for the booking?\n{full:m}, table for 4 at half 7 please",
        "Collected today by my neighbour ({full:f}), thanks for holding it for me",
        'Can you engrave "{first}" on the back of the locket? It\'s for a christening',
        "Please mark the parcel c/o {full:f}, it goes to her office reception",
        "Hi, could I book a cut and colour with {first:f} on Thursday? Under {full:f} please",
        "Gift message please:\nTo: {first}\nFrom: {nick} x",
        "I spoke to {full:f}, the accountant, she'll send over the PO later today",
        "re order #88412 / {full} / refund still not showing",
        "The driver, {full:m}, was really rude when he dropped off my sofa today",
        "5 stars for {first:f} at the Kingsway branch, she sorted my warranty claim in ten minutes",
        "Names for the 2pm tour: {full}, {full} and {nick}",
        "guest list {low} / {low} / {low}",
        "Invoice should be made out to {init}, not to the company",
        "Salaan, I want to order the blue abaya size L for my sister {full:f}, mahadsanid",
        "🎂 cake for {first}, 7 candles, name in pink icing",
        "Account holder: {full}",
        "Is the prescription for {full:m} ready? It's his repeat, I'm picking it up for him",
        "Grooming for Biscuit (dog) Saturday 10am, owner {full}",
        "MOT booked under {last}, silver Corsa, can you check it's Friday not Thursday",
        "Receipt says served by {init:m} and he charged me twice for the case",
        "Can the tickets be changed from {full} to {full:f}? She's going instead of me",
        "Client: {full:f}\nStylist: {first:f}\nService: balayage + trim",
        "boss can deliver before Friday or not? recipient {full:f}, she's home after 6 lah",
        "Aye, the kilt hire is for {full:m}, he'll collect it Wednesday, cheers",
        "👉 {full} (Year 6) still needs the PE kit in age 10-11",
    ],
    "fr": [
        "Nom : {last}\nPrénom : {first}\nCommande n° 51207\nTaille : 38",
        "Nom - Prénom : {caps}",
        "oui bonjour c'est {full} je vous écris pour le canapé on m'avait dit livraison mardi "
        "et personne est venu merci de me rappeler",
        "> Au nom de qui la réservation ?\n{full:m}, 4 personnes à 20h",
        "Colis récupéré par ma voisine ({full:f}), merci de l'avoir gardé",
        "Vous pouvez graver « {first} » au dos de la médaille ? C'est pour un baptême",
        "Merci d'envoyer à l'attention de {full}, service comptabilité",
        "Bonjour, je voudrais un rendez-vous avec {first:f} samedi matin pour une couleur, au nom de {full:f}",
        "Carte cadeau\nPour : {first}\nDe la part de : {nick}",
        "J'ai eu {full:f}, la conseillère du magasin de Brest, elle devait me rappeler",
        "commande 77314 / {full} / toujours pas remboursé",
        "Le livreur, {full:m}, a été très désagréable et a laissé le carton sous la pluie",
        "Un grand merci à {first:f} de l'agence de Quimper, super accueil ⭐⭐⭐⭐⭐",
        "Inscrits pour l'atelier de samedi : {full}, {full}, {nick}",
        "liste des invités {low} / {low} / {low}",
        "Facture au nom de {init} svp, pas de la société",
        "Bonjou, gato chokola a se pou {full:f}, l ap pase chèche l samdi. Mèsi anpil 🙏",
        "🎂 Gâteau au nom de {first}, 8 bougies, écriture bleue",
        "Commande passée par M. {full:m} mardi, il passera la récupérer",
        "L'ordonnance de {full:m} est prête ? Je viens la chercher pour lui",
        "Toilettage pour Caramel (chat) jeudi 15h, propriétaire {full}",
        "Révision prévue au nom de {last}, Clio grise, c'est bien vendredi ?",
        "Nom sur le colis : {bare}",
        "Sur le ticket c'est marqué vendeur {init:m}, il m'a compté deux fois la housse",
        "Demat ! Je voudrais réserver la crêpe-party pour {full}, trugarez",
        "Bonghjornu, a coppa è u lonzu sò per {full:m}, passa ellu sabbatu",
        "Changement de nom sur le billet : {full} à la place de {full}",
        "Cliente : {full:f}\nCoiffeuse demandée : {first:f}\nPrestation : balayage",
        "👉 {full} (CM2) il manque encore le tee-shirt en 10 ans",
    ],
    "it": [
        "Nome: {first}\nCognome: {last}\nOrdine n. 30418\nTaglia: 42",
        "Nome e cognome - {caps}",
        "ciao sono {full} ti scrivo per il divano che doveva arrivare martedì ma non si è visto nessuno "
        "mi richiami per favore grazie",
        "> A che nome la prenotazione?\n{full:m}, siamo in 5 alle 20:30",
        "Il pacco l'ha ritirato la mia vicina ({full:f}), grazie per averlo tenuto",
        'Si può incidere "{first}" sulla medaglietta? È per una cresima',
        "Spedire presso {full}, ufficio acquisti, secondo piano",
        "Buongiorno, vorrei prenotare taglio e piega con {first:f} venerdì, a nome {full:f}",
        "Biglietto regalo\nPer: {first}\nDa: {nick}",
        "Ho sentito {full:f}, la commercialista, vi manda lei i dati per la fattura",
        "ordine 55102 / {full} / rimborso ancora non arrivato",
        "Il corriere, {full:m}, è stato maleducato e ha lasciato il pacco sotto la pioggia",
        "Grazie mille a {first:f} del negozio di Cagliari, gentilissima ⭐⭐⭐⭐⭐",
        "Iscritti al corso di sabato: {full}, {full}, {nick}",
        "lista ospiti {low} / {low} / {low}",
        "Fattura intestata a {init} per favore, non alla ditta",
        "Salutamu, i cannoli sunnu pi {full:m}, passa iddu dumani matina",
        "🎂 Torta con scritto {first}, 18 candeline, scritta dorata",
        "L'ordine l'ha fatto il Dott. {full:m} martedì, passa lui a ritirare",
        "È pronta la ricetta di {full:m}? Passo io a prenderla per lui",
        "Toelettatura per Briciola (cane) giovedì alle 15, proprietaria {full:f}",
        "Tagliando prenotato a nome {last}, Panda grigia, confermate venerdì?",
        "Nome sul pacco: {bare}",
        "Sullo scontrino c'è scritto commesso {init:m}, mi ha fatto pagare due volte la cover",
        "Servus, die Bestellung ist für {full}, grazie e schönen Tag",
        "Cambio nominativo sul biglietto: {full} al posto di {full}",
        "Cliente: {full:f}\nParrucchiera: {first:f}\nServizio: colore + taglio",
        "Buongiorno, sono {nick} del bar in piazza, ci servono 20 casse d'acqua per domani",
        "👉 {full} (quinta B) manca ancora la felpa taglia 10 anni",
    ],
    "pt": [
        "Nome: {first}\nApelido: {last}\nEncomenda nº 61520\nTamanho: M",
        "Nome completo - {caps}",
        "oi aqui é {full} tô mandando mensagem por causa do sofá que era pra chegar terça e ninguém "
        "apareceu me liga por favor obrigada",
        "> Em nome de quem fica a reserva?\n{full:m}, mesa para 6 às 20h",
        "Quem recebeu foi a minha vizinha ({full:f}), obrigada por guardar",
        'Dá pra gravar "{first}" na pulseira? É presente de batizado',
        "Enviar aos cuidados de {full}, departamento de compras",
        "Bom dia, queria marcar corte e escova com a {first:f} no sábado, em nome de {full:f}",
        "Cartão de presente\nPara: {first}\nDe: {nick}",
        "Falei com {full:f}, a contabilista, ela envia os dados da fatura",
        "pedido 48830 / {full} / reembolso ainda não caiu",
        "O entregador, {full:m}, foi muito grosso e deixou a caixa na chuva",
        "Obrigada à {first:f} da loja de Braga, super atenciosa ⭐⭐⭐⭐⭐",
        "Inscritos na oficina de sábado: {full}, {dbl}, {nick}",
        "lista de convidados {low} / {low} / {low}",
        "Fatura em nome de {init}, por favor, não da empresa",
        "Kota, a encomenda é pra {full:f}, ela vai levantar amanhã cedo, obrigado",
        "🎂 Bolo com o nome {first}, 10 velinhas, letra azul",
        "Quem fez o pedido foi o Dr. {full:m} na terça, ele passa para levantar",
        "A receita de {full:m} já está pronta? Vou buscar pra ele",
        "Banho e tosa para o Paçoca (cão) quinta às 15h, tutora {full:f}",
        "Revisão marcada em nome de {last}, Gol prata, confirmam sexta?",
        "Nome no pacote: {bare}",
        "No talão diz vendedor {init:m}, cobrou-me duas vezes a capa",
        "Nome para a nota fiscal: {dbl}",
        "Troca de titular no bilhete: {full} no lugar de {full}",
        "Cliente: {full:f}\nCabeleireira: {first:f}\nServiço: madeixas",
        "Boa tarde, as queijadas são para {full}, levanta na loja de Ponta Delgada",
        "Sobrenomes: {sur2}\nNome: {first}\nPedido 20991",
    ],
    "es": [
        "Nombre: {first}\nApellidos: {sur2}\nPedido nº 70215\nTalla: 40",
        "Nombre y apellidos - {caps}",
        "hola soy {full} te escribo por lo del sofá que tenía que llegar el martes y no vino nadie "
        "llámame porfa gracias",
        "> ¿A nombre de quién la reserva?\n{full:m}, somos 6 a las 21:30",
        "Lo recogió mi vecina ({full:f}), gracias por guardarlo",
        '¿Se puede grabar "{first}" en la pulsera? Es para una comunión',
        "Enviar a la atención de {full}, departamento de compras",
        "Buenas, quería pedir cita con {first:f} el sábado para mechas, a nombre de {full:f}",
        "Tarjeta regalo\nPara: {first}\nDe: {nick}",
        "Hablé con {full:f}, la gestora, ella os manda los datos de la factura",
        "pedido 39917 / {dbl} / el reembolso sigue sin llegar",
        "El repartidor, {full:m}, fue muy borde y dejó la caja bajo la lluvia",
        "Mil gracias a {first:f} de la tienda de Vigo, un amor ⭐⭐⭐⭐⭐",
        "Apuntados al taller del sábado: {full}, {dbl}, {nick}",
        "lista de invitados {low} / {low} / {low}",
        "Factura a nombre de {init}, por favor, no de la empresa",
        "Bos días! A empanada é para {full}, pasa a buscala mañá, grazas",
        "🎂 Tarta con el nombre {first}, 15 velas, letras en rosa",
        "El pedido lo hizo el Sr. {full:m} el martes, pasará él a recogerlo",
        "¿Está lista la receta de {full:m}? Voy yo a por ella",
        "Peluquería para Canela (perra) el jueves a las 17h, dueña {full:f}",
        "Revisión a nombre de {last}, Ibiza gris, ¿me confirmáis el viernes?",
        "Nombre en el paquete: {bare}",
        "En el ticket pone dependiente {init:m}, me cobró dos veces la funda",
        "Qué onda, el pastel es para {full:f}, ¿me lo tienen listo para el sábado? Saludos",
        "Cambio de titular en la entrada: {full} en lugar de {full}",
        "Clienta: {full:f}\nEstilista: {first:f}\nServicio: corte + color",
        "Che, el encargo sale a nombre de {full}, lo retira mañana a la tarde, gracias!!",
        "Klk, el pedido es pa {full:m}, él pasa en la mañana",
    ],
    "de": [
        "Vorname: {first}\nNachname: {last}\nBestellnr.: 82144\nGröße: 40",
        "Vor- und Nachname - {caps}",
        "hallo hier ist {full} ich schreib wegen dem sofa das am dienstag kommen sollte da kam keiner "
        "bitte ruft mich zurück danke",
        "> Auf welchen Namen darf ich reservieren?\n{full:m}, 4 Personen um 19 Uhr",
        "Das Paket hat meine Nachbarin ({full:f}) angenommen, danke fürs Aufheben",
        "Könnt ihr „{first}“ auf den Anhänger gravieren? Ist zur Taufe",
        "Lieferung bitte z. Hd. {full}, Abteilung Einkauf",
        "Hallo, hätte gern einen Termin bei {first:f} am Samstag für Strähnchen, auf den Namen {full:f}",
        "Geschenkkarte\nFür: {first}\nVon: {nick}",
        "Ich hab mit {full:f} gesprochen, unserer Buchhalterin, sie schickt euch die Rechnungsdaten",
        "Bestellung 40378 / {full} / Erstattung immer noch nicht da",
        "Der Fahrer, {full:m}, war total unfreundlich und hat den Karton in den Regen gestellt",
        "Danke an {first:f} aus der Filiale in Graz, super nett ⭐⭐⭐⭐⭐",
        "Angemeldet für den Workshop am Samstag: {full}, {full}, {nick}",
        "gästeliste {low} / {low} / {low}",
        "Rechnung bitte auf {init} ausstellen, nicht auf die Firma",
        "Grüezi, d Bstellig isch für {full:m}, er holt si am Fritig ab, merci vielmal",
        "🎂 Torte mit Namen {first}, 30 Kerzen, Schrift in Gold",
        "Bestellt hat Herr {full:m} am Dienstag, er holt es selbst ab",
        "Ist das Rezept von {full:m} fertig? Ich hol es für ihn ab",
        "Scheren für Bello (Hund) am Donnerstag 15 Uhr, Halterin {full:f}",
        "Inspektion auf den Namen {last}, grauer Golf, passt Freitag?",
        "Name auf dem Paket: {bare}",
        "Auf dem Bon steht Verkäufer {init:m}, der hat mir die Hülle doppelt berechnet",
        "Servus, d'Brezn fürs Fest san für {full}, abgholt werd's am Samstag, pfiat di",
        "Namensänderung auf dem Ticket: {full} statt {full}",
        "Kundin: {full:f}\nFriseurin: {first:f}\nLeistung: Färben + Schnitt",
        "Griaß Gott, die Torte is für {full:f}, sie holt's morgen ab, dankschön",
        "Moin, de Bestellung is för {full:m}, he kümmt morgen vörbi",
    ],
}

# No-PII commerce chat: brands and fashion houses named after their founders, car models, dishes
# named after people and places, mascots; per language shops, towns, days, months, holidays,
# countries, products and message shapes. Every slot is filled in every message.
BRANDS = ["Ralph Lauren", "Tommy Hilfiger", "Calvin Klein", "Giorgio Armani", "Karl Lagerfeld", "Ted Baker",
          "Jean Paul Gaultier", "Paco Rabanne", "Vivienne Westwood", "Miele", "Smeg", "KitchenAid", "Playmobil",
          "Ray-Ban", "Levi's", "Dr. Martens", "Ben & Jerry's", "Pierre Cardin", "Salvatore Ferragamo",
          "Marc O'Polo", "Tom Tailor", "Jack Wolfskin", "Mary Kay", "Estée Lauder"]
CARS = ["Toyota Yaris", "Kia Ceed", "Hyundai Tucson", "Ford Mondeo", "Mercedes Vito", "Skoda Octavia",
        "Nissan Micra", "Renault Zoe", "Citroën C3 Picasso", "Opel Adam", "Fiat Tipo", "VW Tiguan",
        "Alfa Romeo Giulietta", "Mazda CX-5", "Seat Ateca"]
PHONES = ["Galaxy A55", "Pixel 8a", "iPhone 13 mini", "Redmi Note 13", "Moto G84", "Xperia 10 V", "Nokia G42"]
SHOP: dict[str, dict[str, list[str]]] = {
    "en": {
        "p": ["Chesterfield sofa", "Windsor chair", "Earl Grey tins", "Cornish pasties", "Bramley apple pie",
              "Kindle Paperwhite", "Harris Tweed cap", "Victoria sponge", "Eccles cakes", "Oxford shirt",
              "Chelsea boots", "Wellington boots", "Cumberland sausages", "Yorkshire puddings"],
        "x": ["Beef Wellington", "Eggs Benedict", "Peach Melba", "Pavlova", "Caesar salad", "Chicken Kiev",
              "Pizza Margherita", "Eton mess", "Arnold Bennett omelette"],
        "s": ["Annie's Florist", "Barnaby's Pet Supplies", "Kingsway Pharmacy", "Harrogate Books",
              "Mr Fix-It Garage", "Rosie Lee Tearooms", "St Albans Cycles", "Clive's Carpets", "Halifax Hair Co"],
        "t": ["Leeds", "Stoke", "Inverness", "Swansea", "Milton Keynes", "Luton", "Reading", "Carlisle", "Derby"],
        "d": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "m": ["January", "March", "April", "June", "August", "September", "November", "December"],
        "h": ["Boxing Day", "Easter Monday", "Burns Night", "Bonfire Night", "Pancake Day", "the August bank holiday"],
        "c": ["Ireland", "Jersey", "the Netherlands", "Norway", "Canada", "Malta", "Guernsey"],
        "k": ["Ronald McDonald", "the Michelin Man", "Mr Kipling", "Paddington", "Captain Birdseye", "Tony the Tiger"],
    },
    "fr": {
        "p": ["le fauteuil Louis XV", "les bouteilles de Chablis", "le camembert de Normandie", "le kouign-amann",
              "le parfum Chanel n°5", "le coffret Ladurée", "la liseuse Kobo", "la cocotte Staub", "les bottes Aigle",
              "la marinière Saint James", "les blocs Rhodia", "la poupée Corolle", "la crème Nivea"],
        "x": ["la tarte Tatin", "les crêpes Suzette", "la pêche Melba", "les pommes Anna", "la sole Colbert",
              "le poulet Marengo", "le croque-monsieur", "la salade niçoise", "le Paris-Brest", "le Saint-Honoré"],
        "s": ["Pâtisserie Chez Yvonne", "Librairie Saint-Exupéry", "Garage des Tilleuls", "Pharmacie du Marché",
              "Animalerie Milou", "Salon Coiff'Élise", "Meubles Gautier", "Bistrot Chez Marcel", "Optique Lafayette"],
        "t": ["Lorient", "Bastia", "Colmar", "Valence", "Roubaix", "Pau", "Angers", "Chambéry", "Cholet"],
        "d": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "m": ["janvier", "février", "avril", "mai", "juillet", "septembre", "octobre", "décembre"],
        "h": ["la Toussaint", "la Chandeleur", "Pâques", "la Saint-Valentin", "le 14 juillet", "l'Épiphanie"],
        "c": ["en Belgique", "en Suisse", "au Luxembourg", "à Monaco", "à la Réunion", "au Québec", "au Maroc"],
        "k": ["Bibendum", "Monsieur Propre", "Père Dodu", "la Vache qui rit", "Ronald McDonald", "Mère Denis"],
    },
    "it": {
        "p": ["la moka Pedrini", "il pandoro Melegatti", "il panettone Motta", "il divano Chesterfield",
              "il Brunello di Montalcino", "il pecorino sardo", "lo speck dell'Alto Adige", "il Montasio stagionato",
              "la borsa Furla", "il Kindle Paperwhite", "la cassata siciliana", "i Baci Perugina"],
        "x": ["la pizza Margherita", "gli spaghetti alla Norma", "il carpaccio", "le fettuccine Alfredo",
              "la pasta alla gricia", "il risotto alla milanese", "la cotoletta alla bolognese", "la torta Sacher",
              "le penne all'arrabbiata"],
        "s": ["Pasticceria Da Rosa", "Libreria Mondadori", "Officina San Cristoforo", "Farmacia Sant'Anna",
              "Pet Shop Fido", "Parrucchiere Luigi", "Mobili Giuliana", "Trattoria Da Gino", "Ottica Vittoria"],
        "t": ["Nuoro", "Bolzano", "Pordenone", "Catania", "Udine", "Merano", "Trapani", "Sassari", "Cremona"],
        "d": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        "m": ["gennaio", "febbraio", "aprile", "maggio", "luglio", "settembre", "ottobre", "dicembre"],
        "h": ["Ferragosto", "Pasquetta", "Santo Stefano", "San Valentino", "Natale", "Capodanno"],
        "c": ["in Svizzera", "a San Marino", "in Austria", "a Malta", "in Slovenia", "in Germania", "in Francia"],
        "k": ["Mastro Lindo", "Calimero", "Topo Gigio", "Ronald McDonald", "Pinocchio", "Geronimo Stilton"],
    },
    "pt": {
        "p": ["os pastéis de Belém", "o queijo São Jorge", "o vinho Alvarinho", "o pão de queijo", "os brigadeiros",
              "as Havaianas", "o sofá Chesterfield", "o Kindle Paperwhite", "o galo de Barcelos",
              "o bolo de bolacha", "as sardinhas Ramirez", "o pastel de Santa Clara"],
        "x": ["o bacalhau à Gomes de Sá", "o bacalhau à Brás", "a francesinha", "o bife à Marrare",
              "os pastéis de Tentúgal", "o bolo Souza Leão", "o frango à passarinho", "o pudim Abade de Priscos",
              "o cozido à portuguesa"],
        "s": ["Pastelaria Dona Amélia", "Livraria Bertrand", "Oficina São Cristóvão", "Farmácia Santa Luzia",
              "Pet Shop Totó", "Salão da Rosinha", "Móveis Teresa", "Restaurante O Zé", "Ótica Vitória"],
        "t": ["Viana do Castelo", "Ponta Delgada", "Guimarães", "Luanda", "Maputo", "Londrina", "Caxias do Sul",
              "Campinas", "Braga"],
        "d": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta", "no sábado", "no domingo"],
        "m": ["janeiro", "março", "abril", "junho", "julho", "setembro", "novembro", "dezembro"],
        "h": ["o Santo António", "o São João", "o Carnaval", "a Páscoa", "o Natal", "o Dia das Mães"],
        "c": ["Angola", "Moçambique", "Cabo Verde", "Espanha", "França", "a Suíça", "o Luxemburgo"],
        "k": ["o Ronald McDonald", "o Boneco Michelin", "o Mister Músculo", "o Tio Patinhas", "a Mônica",
              "o Pato Donald"],
    },
    "es": {
        "p": ["el jamón de Jabugo", "el queso de Tetilla", "el turrón de Jijona", "el mojo picón",
              "los alfajores Havanna", "el café Juan Valdez", "el sofá Chesterfield", "el Kindle Paperwhite",
              "las botas Camper", "la tarta de Santiago", "la yerba Taragüí", "el tequila José Cuervo"],
        "x": ["la ensalada César", "la pizza Margarita", "los huevos rotos", "las papas arrugadas", "el pulpo a feira",
              "los tacos al pastor", "el solomillo Wellington", "el bife de chorizo", "el bacalao a la vizcaína"],
        "s": ["Pastelería Doña Rosa", "Librería Cervantes", "Taller San Cristóbal", "Farmacia Santa Lucía",
              "Mascotas Toby", "Peluquería Mari Carmen", "Muebles Lola", "Bar Casa Paco", "Óptica Victoria"],
        "t": ["Lugo", "Cádiz", "Las Palmas", "Guadalajara", "Rosario", "Medellín", "Cuenca", "Santiago", "Jerez"],
        "d": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        "m": ["enero", "febrero", "abril", "mayo", "julio", "septiembre", "octubre", "diciembre"],
        "h": ["Reyes", "Semana Santa", "Navidad", "San Juan", "Nochebuena", "Carnaval"],
        "c": ["Portugal", "Andorra", "Francia", "México", "Argentina", "Colombia", "Chile"],
        "k": ["Don Limpio", "Ronald McDonald", "Mafalda", "Osito Bimbo", "Juan Valdez", "Pocoyó"],
    },
    "de": {
        "p": ["Mozartkugeln", "Sachertorte", "Kärntner Kasnudeln", "Emmentaler", "Weißwürste", "Friesentee",
              "Chesterfield-Sofas", "Kindle Paperwhite", "Birkenstock Arizona", "Thermomix TM6",
              "Nussknacker von Käthe Wohlfahrt", "Haribo Goldbären", "Steiff-Teddys"],
        "x": ["Wiener Schnitzel", "Kaiserschmarrn", "Zürcher Geschnetzeltes", "Königsberger Klopse",
              "Leipziger Allerlei", "Schwarzwälder Kirschtorte", "Fürst-Pückler-Eis", "Pizza Margherita",
              "Strammer Max"],
        "s": ["Konditorei Rosalinde", "Buchhandlung Thalia", "Autohaus St. Christophorus", "Marien-Apotheke",
              "Zoohandlung Bello", "Salon Gabi", "Möbel Martin", "Gasthaus Zum Alten Fritz", "Optik Viktoria"],
        "t": ["Linz", "Innsbruck", "Basel", "Rosenheim", "Husum", "Emden", "Passau", "Chur", "Flensburg"],
        "d": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        "m": ["Januar", "Februar", "April", "Mai", "Juli", "September", "Oktober", "Dezember"],
        "h": ["Nikolaus", "Pfingsten", "Fasching", "Allerheiligen", "Ostern", "Fronleichnam"],
        "c": ["Österreich", "Liechtenstein", "Dänemark", "Luxemburg", "Belgien", "Italien", "Tschechien"],
        "k": ["Meister Proper", "Lurchi", "Ronald McDonald", "Bibendum", "Pumuckl", "dem Sandmännchen"],
    },
}
CLEAN: dict[str, list[str]] = {
    "en": [
        "Do you still do the {x} on {d}s or has it come off the menu?",
        "Is the {p} back in stock at {s}? The {t} branch said to ask here",
        "Hi, can you ship the {p} to {c} before {h}?",
        "My {c2} is booked in for a service on {d}, is the courtesy car still free?",
        "Does the {b} sale carry on into {m}?",
        "Any chance of the {ph} in stock before {h}? The {t} shop had none",
        "Can I order the {p} for collection at {s} on {d}?",
        "Kids loved the {k} colouring sheets, will there be more at {s} in {m}?",
        "Are you open on {h}? Wanted to pick up the {x} for six",
        "Hi is the {b} perfume gift set still £45 or was that just for {h}?",
        "Table for 4 on {d}, is the {x} still on the set menu?",
        "Quick one about the {p}: same as last year's or a new version? Delivery to {t}",
        "Do you stock winter tyres for my {c2}? Coming from {t} on {d}",
        "Ordered a {ph} case from {s}, does it ship from {t} or from {c}?",
        "Does {s} do gift wrapping for {h}? Looking at the {p}",
        "Is the {x} gluten free? Booking for a {d} in {m}",
    ],
    "fr": [
        "Vous faites toujours {x} le {d} ou c'est fini ?",
        "Vous avez de nouveau {p} chez {s} ? Le magasin de {t} m'a dit de demander ici",
        "Bonjour, vous livrez {c} avant {h} ? C'est pour {p}",
        "Ma {c2} est prévue pour la révision {d}, il reste un véhicule de prêt ?",
        "Les soldes {b} continuent en {m} ?",
        "Vous aurez un {ph} en stock avant {h} ? Le magasin de {t} n'en avait plus",
        "Je peux commander {p} et le retirer chez {s} {d} ?",
        "Les coloriages avec {k} ont eu du succès, il y en aura d'autres chez {s} en {m} ?",
        "Vous êtes ouverts pour {h} ? Je voulais prendre {x} pour six",
        "Le coffret parfum {b} est toujours à 45 € ou c'était seulement pour {h} ?",
        "Table pour 4 {d}, {x} est toujours au menu du jour ?",
        "Petite question : {p}, c'est la même version que l'an dernier ? Livraison à {t}",
        "Vous avez des pneus neige pour une {c2} ? Je viens de {t} {d}",
        "J'ai commandé une coque {ph} chez {s}, vous livrez aussi {c} ?",
        "{s} fait les paquets cadeaux pour {h} ? Je regarde {p}",
        "Est-ce que {x} est sans gluten ? Réservation pour {d} en {m}",
    ],
    "it": [
        "Fate ancora {x} di {d} o non c'è più?",
        "{s}: avete di nuovo {p}? Il negozio di {t} mi ha detto di chiedere qui",
        "Buongiorno, spedite {p} anche {c} prima di {h}?",
        "La mia {c2} ha il tagliando {d}, c'è ancora l'auto sostitutiva?",
        "I saldi {b} continuano anche a {m}?",
        "Arriva un {ph} prima di {h}? A {t} erano finiti",
        "Posso ordinare {p} e passare a ritirare {d} da {s}?",
        "I disegni di {k} sono piaciuti tanto, ce ne saranno altri da {s} a {m}?",
        "Siete aperti a {h}? Volevo prendere {x} per sei",
        "Il cofanetto profumo {b} costa ancora 45 € o era solo per {h}?",
        "Tavolo per 4 {d}, c'è ancora {x} nel menù del giorno?",
        "Una domanda: {p} è uguale all'anno scorso o è cambiato? Consegna a {t}",
        "Avete le gomme invernali per una {c2}? Vengo da {t} {d}",
        "Ho ordinato una cover {ph} da {s}, la spedite anche {c}?",
        "{s} fa i pacchetti regalo per {h}? Guardavo {p}",
        "Prenotiamo per {d} a {m}, {x} è senza glutine?",
    ],
    "pt": [
        "Ainda fazem {x} {d} ou já saiu do cardápio?",
        "{s}: voltaram a ter {p}? A loja de {t} disse para perguntar aqui",
        "Bom dia, enviam {p} para {c} antes d{h}?",
        "O meu {c2} tem revisão {d}, ainda há carro de substituição?",
        "A promoção {b} continua em {m}?",
        "Vai chegar um {ph} antes d{h}? Em {t} estava esgotado",
        "Posso encomendar {p} para levantar {d}? Sou de {t}",
        "Os desenhos d{k} fizeram sucesso, vai ter mais na loja em {m}?",
        "Estão abertos n{h}? Queria levar {x} para seis",
        "O estojo de perfume {b} ainda está a 45 € ou era só para {h}?",
        "Mesa para 4 {d}, ainda tem {x} no prato do dia?",
        "Uma pergunta: {p} é igual ao do ano passado? Entrega em {t}",
        "Têm pneus de inverno para um {c2}? Venho de {t} {d}",
        "Pedi uma capa de {ph} na loja online, sai de {t}? Enviam para {c}?",
        "{s}: fazem embrulho de presente para {h}? Estou de olho n{p}",
        "Uma dúvida: {x} é sem glúten? É para uma reserva {d}, em {m}",
    ],
    "es": [
        "¿Seguís haciendo {x} entre semana o solo el {d}?",
        "¿Os vuelve a quedar {p} en {s}? En la tienda de {t} me dijeron que preguntara aquí",
        "Buenas, ¿enviáis {p} a {c} antes de {h}?",
        "Mi {c2} tiene revisión el {d}, ¿queda coche de sustitución?",
        "¿Las rebajas de {b} siguen en {m}?",
        "¿Os llega algún {ph} antes de {h}? En {t} estaban agotados",
        "¿Puedo encargar {p} para recoger en {s} el {d}?",
        "Los dibujos de {k} gustaron mucho, ¿habrá más en {s} en {m}?",
        "¿Abrís en {h}? Quería llevarme {x} para seis",
        "¿El estuche de perfume {b} sigue a 45 € o era solo para {h}?",
        "Mesa para 4 el {d}, ¿sigue {x} en el menú del día?",
        "Una duda: ¿{p} es igual que el del año pasado? Envío a {t}",
        "¿Tenéis neumáticos de invierno para un {c2}? Voy desde {t} el {d}",
        "Pedí una funda de {ph} en {s}, ¿sale de {t} o de {c}?",
        "¿En {s} envolvéis para regalo en {h}? Estoy mirando {p}",
        "¿{x} es sin gluten? Reserva para el {d}, en {m}",
    ],
    "de": [
        "Gibt's {x} noch jeden {d} oder ist das von der Karte?",
        "Gibt's bei {s} wieder {p}? Die Filiale in {t} meinte, ich soll hier fragen",
        "Hallo, liefert ihr {p} auch nach {c}, noch vor {h}?",
        "Mein {c2} hat am {d} Inspektion, gibt's noch einen Leihwagen?",
        "Läuft der {b} Sale noch bis in den {m}?",
        "Kommt bis {h} noch ein {ph} rein? In {t} war alles weg",
        "Kann ich {p} bestellen und am {d} bei {s} abholen?",
        "Die Malbilder mit {k} kamen super an, gibt's im {m} bei {s} neue?",
        "Habt ihr an {h} offen? Wollte {x} für sechs mitnehmen",
        "Kostet das {b} Duftset noch 45 € oder war das nur zu {h}?",
        "Tisch für 4 am {d}, steht {x} noch auf der Mittagskarte?",
        "Kurze Frage: gibt's {p} noch wie letztes Jahr? Lieferung nach {t}",
        "Habt ihr Winterreifen für einen {c2}? Komme am {d} aus {t}",
        "Hab eine {ph} Hülle bei {s} bestellt, kommt die aus {t} oder aus {c}?",
        "Packt ihr bei {s} zu {h} auch als Geschenk ein? Schaue mir {p} an",
        "Ist {x} glutenfrei? Reservierung für {d} im {m}",
    ],
}
# fmt: on


def _bare(text: str) -> str:
    """A name as typed on a phone that drops accents ("Francois", "Muller")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _person(lang: str, slot: str, rng: random.Random) -> str:
    kind, _, gender = slot.partition(":")
    groups = PEOPLE[lang]
    women, men, surnames, short = rng.choices(groups, weights=[len(w) + len(m) + len(s) for w, m, s, _ in groups])[0]
    given = rng.choice({"f": women, "m": men}.get(gender, women + men))
    if kind == "first":
        return given
    last = rng.choice(surnames)
    if kind == "last":
        return last
    if kind in ("dbl", "sur2"):
        other = rng.choice([s for s in surnames if s != last])
        last = f"{last} {other}" if lang in ("es", "pt") else f"{last}-{other}"
        return last if kind == "sur2" else f"{given} {last}"
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
    in lower case, accents dropped so that "Jose" and "José" count as one."""
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
    """The fourth and fifth sets' full names as (given, surname) pairs, compared by program,
    never printed."""
    from bench import names_heldout4, names_heldout5

    return {
        _pair(e.text[a:b])
        for e in names_heldout4.load() + names_heldout5.load()
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
            if rng.random() < LOWER_SHARE and len(text.lower()) == len(text):
                text = text.lower()
            out.append(Example(lang, text, tuple(gold), "pii"))
            count += len(gold)
        words = {**SHOP[lang], "b": BRANDS, "c2": CARS, "ph": PHONES}
        seen: set[str] = set()
        while len(seen) < CLEAN_PER_LANGUAGE:
            text = rng.choice(CLEAN[lang]).format(**{key: rng.choice(values) for key, values in words.items()})
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
