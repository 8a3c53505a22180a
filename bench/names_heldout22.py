"""A twenty-second held-out set for person names and no-PII commerce chat, frozen before its first run.

Why a twenty-second set: the eighteenth (`bench.names_heldout18`) was retired to tuning on 2026-12-07, at
night, while the nineteenth to the twenty-first still measure; rounds of rules may follow, so final
figures need one more set that neither the rules nor the people tuning them have seen. This one was
written on 2026-12-07 by a sixteenth independent author (a helper session started for this alone), after
the eighteenth had been retired, who had not read Veil's rule code (`recognizers/`, `proxy/`), its data
files (`recognizers/data/`, `bench/data/` but the first 400 bytes of one file), the tune sets
(`bench/*tune*.py`), any held-out or retired set's templates, no-PII shapes, shop words or name lists, nor
any set's messages, any miss list, nor `docs/detection*.md`, and who never ran Veil on it. Read were:
`bench.names_heldout21`'s lines 1 to 206 (docstring, imports, constants and its first `PEOPLE` group, the
Munster Irish one, none of whose names is used here, and its second group, the Hong Kong one, shown
with it, none of whose names is used either) and its functions `_bare` to the end of the file for the interface (none of
its tables between them was read), the docstrings of `bench.names_heldout19` and `bench.names_heldout20`
(printed by program, only to keep off their origin groups, businesses and situations; heldout21's was
read in its first lines), the first 400 bytes of heldout21's data file for the format (two and a half
lines), `bench.names_heldout`'s `Example`, `dumps`, `fingerprint`, `load` and `freeze_cli` (printed by
program one by one, so none of that first set's own templates was seen),
`tests/bench/test_names_heldout_sets.py` (all of it), and the docstring, import block, `SETS` dict,
`RETIRED` constant and `--set` help of `bench.names` (a search in it for those also showed a few lines
of its functions' docstrings, the import lines of a snippet it runs and the argument lines around
`--set`, none of which shows a rule or a message), a search of `tests/` for file names that name the
sets, and, before writing, the subjects of main's last five commits (two of which name a rule change
in passing; no rule code was read). Its functions `_bare` to `main` were taken
over from heldout21's, with `heldout21` added to the sets compared. `build()` compares this set's names
with every earlier held-out set's (`heldout` to `heldout21`) only by program, to leave out any given name
and surname pair one of them has, either way round; their messages and names were never printed or read:

- names are typed here from knowledge of each country's naming, in groups by origin that none of the
  docstrings read lists, a given name going with a surname of its own origin (Hebridean Gaelic of Lewis
  and Harris, Gujarati Hindu British of Leicester's Belgrave, Somali British of Bristol and Cardiff,
  Jamaican British of Handsworth, Greek Cypriot of Palmers Green and Enfield, Geordie of Tyneside and
  Northumberland, Sylheti Bangladeshi British of Tower Hamlets in en; Breton of Finistère, Alsatian of
  Strasbourg, Colmar and the Sundgau, Corsican of Ajaccio, Bastia and the Balagne, Martiniquais of
  Fort-de-France and the Paris region, Moroccan French of Montpellier and Mantes-la-Jolie, Haitian of
  Saint-Denis, Aubervilliers and Sarcelles, Aveyronnais of Rodez and the Aubrac in fr; Sardinian of
  Cagliari, Nuoro and the Barbagia, Friulian of Udine and the Carnia, Sicilian of Palermo and Catania,
  Piedmontese of Turin, the Langhe and Cuneo, Barese of Bari and the Murge, Eritrean Italian of Milan and
  Rome, Marchigiano of Ancona, Macerata and Loreto in it; Gallego of Vigo, Lugo and the Rías Baixas,
  Murciano of Cartagena and Lorca, Oaxaqueño of Oaxaca and the Istmo, Dominicano of Madrid's Tetuán and
  Barcelona, Extremeño of Cáceres and Badajoz, Uruguayo of Montevideo and Canelones, Navarro of Pamplona
  and the Ribera in es; Açoriano of São Miguel and Terceira, Angolan of Luanda and Lisbon, Mineiro of
  Belo Horizonte, Japanese Brazilian of São Paulo's Liberdade and Paraná, Algarvio of Faro and Olhão,
  Goiano of Goiânia, Beirão of Viseu and Guarda in pt; Swabian of Stuttgart and the Alb, Viennese with
  Czech surnames, Bernese of Bern and the Emmental, Italian German of Wolfsburg and Mannheim, Westphalian
  of the Münsterland, Iranian German of Hamburg and Cologne, Pfälzer of Kaiserslautern and the
  Weinstraße in de); given names of two words ("Angus John", "Donald Iain", "Abdul Karim", "Mohammed
  Ali", "Marie-Dominique", "Paul-Antoine", "Jean-Toussaint", "Ange-Mathieu", "Rose-Aimée",
  "Fatima-Zahra", "Marie-Carmel", "Jean-Robert", "Maria Grazia", "Carlo Alberto", "Giovanni Battista",
  "Maria Pia", "Xosé Manuel", "María Dolores", "Juan Gabriel", "Dulce María", "Ramón Antonio", "María del
  Puerto", "Miguel Ángel", "Jesús Mari", "Maria das Dores", "José Geraldo", "Geraldo Magela", "Jorge
  Hideki", "Paulo Takeshi", "Ricardo Akira", "Hans-Jörg", "Karl-Heinz", "Hermann-Josef", "Karl-Otto"),
  surnames of two words, with particles, apostrophes or hyphens ("MacLeod", "Le Goff", "Le Bihan",
  "Guivarc'h", "Marie-Sainte", "Sainte-Luce", "El Amrani", "El Idrissi", "Pierre-Louis", "Saint-Fleur",
  "Fils-Aimé", "Jean-Baptiste", "Lo Presti", "La Rosa", "Li Causi", "Lo Cascio", "Di Cagno", "Del
  Fabbro", "De los Santos", "De León", "Da Rosa", "Van-Dúnem", "Di Stefano", "Lo Bianco", "D'Onofrio",
  "Schulze Föcking", "Schulze Pellengahr", "Große Kleimann"; two surnames hyphenated or side by side as a
  slot asks), surnames that are words, brands, places or given names elsewhere ("Smith", "Lad", "Modi",
  "Brown", "Francis", "Michael", "Tulip", "Bell", "Islam", "Ali", "Tanguy", "Koenig", "Casanova",
  "Colonna", "Bienvenu", "Laventure", "Délice", "Toussaint", "Augustin", "Bras", "Carta", "Porcu",
  "Fabbro", "Messina", "Caruso", "Finocchiaro", "Ferrero", "Lingua", "Chiesa", "Gallo", "Bruno", "Mehari",
  "Castro", "Zapata", "Lorca", "Nicolás", "Toledo", "Cruz", "Regalado", "Rosario", "Encarnación",
  "Mercedes", "Bravo", "Galán", "Rodilla", "Pizarro", "Sola", "Raposo", "Rego", "Bento", "Neto",
  "Drummond", "Guerreiro", "Palma", "Cabrita", "Bota", "Bueno", "Curado", "Sobral", "Wurster", "Dürr",
  "Tedesco", "Amato", "Marino", "Kiefer", "Schlosser", "Wolf", "Jung", "Frey"), given names that are
  words or read as another sex ("Norman", "Bharat", "Kiran", "Precious", "Junior" and "Courtney" for
  men, "Jackie" and "Lee" for men, "Ridley", "Stanley", "Shirin", "Camille" and "Aimé" for men, "Santa",
  "Esther", "Bonaria", "Vita", "Venera", "Provvidenza", "Grazia", "Addolorata", "Rosario" and "Santo" for
  men, "Secondo", "Felice", "Quinto", "Sante", "Settimio", "Elsa", "Fuensanta", "Caridad", "Remedios",
  "Belén", "Visitación", "Purificación", "Salvador", "Montaña", "Piedad", "Victoria", "Soledad", "Camino",
  "Puy", "Ujué", "Altagracia", "Esperança", "Amor" for a man, "Imaculada", "Divina", "Divino",
  "Prazeres", "Benvinda", "Graça", "Beat", "Ernst", "Omid", "Leila"); each group has short forms, its
  women's and its men's apart ("Peggy", "Dolly", "Murdie", "Donnie", "Torq", "Hetu", "Jay", "Mahi",
  "Faadu", "Nimo", "Maxa", "Deeq", "Bev", "Del", "Ty", "Roulla", "Yiota", "Bambos", "Kokos", "Dot",
  "Trace", "Gaz", "Stan", "Rukhi", "Naz", "Mizan", "Juby", "Gwen", "Zizic", "Yannig", "Tangi", "Seppi",
  "Xav", "Ghjulì", "Titti", "Ghjuvà", "Dumè", "Jojo", "Nadou", "Fab", "Ti-Serge", "Dija", "Yass", "Momo",
  "Kader", "Souf", "Wiwi", "Guerl", "Jamy", "Mack", "Dédette", "Ninou", "Tistou", "Polyte", "Grazietta",
  "Nanà", "Efis", "Totoni", "Marisute", "Gelin", "Tizi", "Sarina", "Turi", "Totò", "Nuccio", "Ninin",
  "Giors", "Censin", "Nicla", "Colino", "Vituccio", "Mimmo", "Seni", "Yordi", "Tesfu", "Yoni", "Sere",
  "Giancà", "Middio", "Settì", "Maruxiña", "Uxi", "Suso", "Pepiño", "Fuen", "Encarni", "Bartolo",
  "Ginesico", "Lupita", "Xochi", "Rigo", "Lalo", "Yoka", "Tatica", "Juni", "Radha", "Lali", "Feli",
  "Marce", "Sebio", "Flopi", "Vale", "Nacho", "Gonza", "Puyi", "Fermintxo", "Javitxu", "Linda", "Deo",
  "Necas", "Ndá", "Teté", "Kilu", "Gustinho", "Dorinha", "Terê", "Zé", "Tião", "Maju", "Mayu", "Ken",
  "Massa", "Zuzu", "Vitó", "Bino", "Keilinha", "Tonhão", "Wandinho", "Gracinha", "Lurdinhas", "Quim",
  "Zeca", "Lore", "Bärbel", "Gottl", "Ebi", "Mitzi", "Poldi", "Pepi", "Wickerl", "Burli", "Käthi",
  "Betli", "Housi", "Chrigu", "Märku", "Pinuccia", "Melli", "Rocky", "Gennà", "Mechti", "Walli", "Hubi",
  "Heini", "Shiri", "Pari", "Dari", "Babi", "Lissi", "Irmi", "Ottes", "Eddi"); names come as given name
  and surname, given name alone, surname alone, surname first as on a form, with an initial, with two
  surnames, with accents dropped, in lower case and in capitals;
- 88 message shapes a language, the same situations written in each language, as a customer types on
  WhatsApp to a nail salon, a dog groomer, a climbing wall, a pottery studio, an electrician, a portrait
  photographer, a guitar school, a yoga studio, a Lebanese restaurant, a butcher, a garden centre, a
  bridal shop, a cobbler and key cutter, a phone repair shop, a riding stables, a ballet school, an escape
  room, a jeweller, a window cleaner, an ice-cream parlour, an upholsterer, boarding kennels and a
  cattery, a maths tutoring agency, a car valeting firm, a trampoline park, a cheese shop and a solar
  panel installer (typos, missing stops, emoji, chat shorthand, a voice-to-text run-on of about 70 words,
  mixed case), names at the start, in the middle and at the end: a nail technician asked for again, a
  daughter's prom nails with her friend, a nickname promising a slot, a dog groomed under a surname, a
  groomer the dog trusts, a neighbour bringing a spaniel, a climbing partner, a son's climbing party, an
  instructor thanked, an induction surname first, a pottery voucher from a wife, a wheel teacher asked
  after, a sister collecting glazed pieces, a tenant's tripping fuse box, an electrician's forgotten
  torch, a rewire invoiced to a landlord's initial, a newborn shoot, prints sent to a mother, a wedding
  photographer asked for again, a son's guitar lessons, a teacher by title and surname, a mother
  cancelling a sick son's lesson, a yoga mat's name tag in capitals, a colleague added to a class, a
  yoga teacher praised, a restaurant table, a takeaway under a full name, a chef thanked, brisket
  collected by a husband, an order under an initial, a butcher's word on a crown of lamb, a garden
  centre helper unsure of his name, a delivery surname first, a café worker who found a purse, a bridal
  appointment with a maid of honour, a seamstress praised, a fiancée trying a dress again, boots
  resoled under a surname, keys cut for a tenant, a cobbler's promise, a daughter's cracked phone, photos
  saved from an old phone, a repair ticket in capitals, a daughter's first riding lesson, a riding
  teacher a son wants, livery invoiced to an initial, a niece starting ballet, a ballet teacher by title,
  a costume label, an escape room booking, a games master praised, a booking moved for a colleague, a
  bracelet engraved for a woman, a ring resized surname first, a husband collecting a watch, a window
  round under a surname, a window cleaner asked back, a bill to a mother-in-law, an ice-cream cake's
  greeting and the customer's name, a counter girl thanked, a late grandmother's armchair, an upholsterer
  by first name, a quote sent to a name, a cat's boarding with a brother as contact, a kennel worker
  giving tablets, kennels surname first, a son's maths tutor, a tutor praised, a mother introducing
  herself, a car valet under a surname, a valeter asked for again, a trampoline party, two waivers, a
  nickname and his mates, a wedding couple's cheese board, a deli order added to, a solar survey for a
  father, an installer's word on an inverter, a run-on about a father's panels, a signature with a job
  title, a form with surname and first name, a lower-case self-introduction, congratulations with emoji, a
  name dictated in capitals for a certificate, a delivery c/o someone else, a lead name typed without
  accents, a double surname on a certificate and a niece picked up by her aunt; about 7 % of messages
  wholly in lower case and about 3 % wholly in capitals; at least 320 gold names a language;
- 158 no-PII messages a language from 65 shapes, written the same way to the same kinds of business:
  nail polish ("OPI", "Essie", "Gelish", "CND Shellac", "Sally Hansen", "Chanel Rouge Noir"), dog breeds
  named after people or places ("Cavalier King Charles", "Jack Russell", "Dobermann", "Saint Bernard",
  "Bernhardiner", "Yorkshire terrier"), clay and climbing makes ("Potclays", "Amaco", "Botz", "Scarva",
  "La Sportiva", "Five Ten", "Black Diamond", "Petzl", "Evolv"), switches and solar kit ("Legrand",
  "Schneider", "Hager", "Gira", "Busch-Jaeger", "Philips Hue", "SolarEdge", "Enphase", "Fronius", "Tesla
  Powerwall", "SMA Sunny Boy"), cameras ("Canon", "Nikon", "Leica", "Hasselblad"), guitars named after
  people ("Gibson Les Paul", "Martin D-28", "Taylor", "Gretsch", "Fender Stratocaster"), yoga mats and
  styles some named after people ("Manduka", "Liforme", "Jade", "Iyengar", "Ashtanga", "Kundalini"),
  Lebanese dishes and beer ("fattoush", "kibbeh", "shish taouk", "baba ghanoush", "knafeh", "Almaza"),
  butcher's cuts named after people or places ("beef Wellington", "Barnsley chop", "tournedos Rossini",
  "rôti Orloff", "vitello tonnato", "Tafelspitz", "Schäufele", "picanha"), garden plants named after
  people ("Clematis 'Nelly Moser'", "Hydrangea 'Annabelle'", "Fuchsia 'Lady Boothby'", "Magnolia
  'Susan'", "Camellia 'Lady Campbell'"), bridal designers ("Pronovias", "Rosa Clará", "Vera Wang", "Jenny
  Packham", "Justin Alexander", "Maggie Sottero"), shoes named after people ("Clarks", "Church's",
  "Tod's", "Lloyd", "Red Wing", "Paraboot"), phones, horse breeds and saddles ("Haflinger", "Lusitano",
  "Connemara", "Appaloosa", "Stübben", "Pessoa", "Passier"), ballets named after people and ballet shoes
  ("Giselle", "Coppélia", "Raymonda", "Paquita", "Carmen", "Bloch", "Capezio", "Grishko"), escape rooms
  named after people ("Houdini", "Sherlock", "Da Vinci", "Tutankhamun", "Dracula"), watches and jewellery
  ("Pandora", "Tiffany", "Cartier", "Thomas Sabo", "Longines"), window kit ("Kärcher", "Unger",
  "Leifheit"), ice creams some named after people or places ("Carte d'Or", "Ben & Jerry's",
  "Häagen-Dazs", "Mövenpick", "Rocky Road", "Jaffa Cake", "Plombières", "Mont-Blanc", "Marie-Galante",
  "stracciatella", "Malaga", "pistacchio di Bronte", "Dom Rodrigo", "Mozart"), upholstery fabrics named
  after people ("Liberty", "Sanderson", "William Morris", "Pierre Frey", "Dedar", "Rubelli"), pet foods
  named like people ("James Wellbeloved", "Wolf of Wilderness", "Josera", "Orijen"), exams ("the
  11-plus", "GCSE", "le brevet", "la maturità", "la EBAU", "o ENEM", "Abi"), valeting products
  ("Meguiar's", "Autoglym", "Turtle Wax", "Sonax", "Koch-Chemie"), trampolines ("Jumpking", "Berg",
  "Springfree"), cheeses named after places and saints ("Comté", "Gruyère", "Manchego", "Serra da
  Estrela", "Stilton", "Saint-Nectaire", "Sainte-Maure", "Bel Paese", "Tête de Moine", "Idiazabal"),
  dishes some named after people or places ("stottie cakes", "pan haggerty", "Stornoway black pudding",
  "Bedfordshire clangers", "kouign-amann", "far breton", "kougelhopf", "fiadone", "aligot",
  "baeckeoffe", "seadas", "culurgiones", "frico", "bagna càuda", "vincisgrassi", "pulpo á feira",
  "zarangollo", "tlayudas", "chivito", "cozido das Furnas", "muamba de galinha", "pão de queijo",
  "cataplana", "pamonha", "Maultaschen", "Saumagen", "Berner Platte", "Wiener Schnitzel", "Käsekrainer"),
  teams ("Newcastle", "Leicester City", "Bristol Rovers", "Aston Villa", "Ross County", "le Stade
  Brestois", "l'AC Ajaccio", "le MHSC", "Rodez AF", "il Cagliari", "l'Udinese", "il Toro", "il Bari",
  "el Celta", "Osasuna", "Peñarol", "el Mérida", "o Santa Clara", "o Petro de Luanda", "o Atlético
  Mineiro", "o Farense", "o Goiás", "der VfB", "Rapid", "YB", "Preußen Münster", "der FCK"), feasts and
  saints' days as dates ("Burns Night", "Greek Easter", "Diwali", "Eid", "le pardon de Sainte-Anne", "la
  Santa di u Niolu", "la Saint-Nicolas", "Sant'Efisio", "Santa Rosalia", "San Nicola", "Sant'Agata", "San
  Ciriaco", "San Fermín", "Santiago Apóstol", "la Guelaguetza", "San Isidro", "o Espírito Santo", "o
  Senhor Santo Cristo", "a Festa do Divino", "o Tanabata", "o 25 de Abril", "Fronleichnam", "Nouruz",
  "Sankt Martin"), towns of the businesses, some named after saints ("St Ives", "Saint-Pol-de-Léon",
  "Sainte-Luce", "Sant'Antioco", "San Daniele del Friuli", "Santiago de Compostela", "San Javier", "São
  Brás de Alportel", "Santa Maria da Feira", "Sankt Ingbert", "St. Gallen"), weekdays, months, everyday
  thanks. No private person is in them, and no customer's home address or street.

Gold spans are offsets computed by `_fill` while the text is built, never typed by hand; a title, a
kinship word or an article before a name stays outside its span. `python -m bench.names_heldout22
--write` wrote the file once; it was committed before Veil ran on it. `load()` refuses
`bench/data/names_heldout22.jsonl` when its SHA-256 differs from `FINGERPRINT`. Nothing is tuned on
it; it is run to report figures, and its individual misses are not printed or read.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

from bench.names_heldout import Example, freeze_cli
from bench.names_heldout import load as _load

PATH = Path(__file__).resolve().parent / "data" / "names_heldout22.jsonl"
FINGERPRINT = "40edcd2debc1eb70"
SEED = 20261207_71
NAMES_PER_LANGUAGE = 320
CLEAN_PER_LANGUAGE = 158
LOWER_SHARE = 0.07
CAPS_SHARE = 0.03
_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i", "İ": "I"})

Group = tuple[list[str], list[str], list[str], list[str], list[str]]

# fmt: off
# (women, men, surnames, women's short forms, men's short forms), one group per origin
PEOPLE: dict[str, list[Group]] = {
    "en": [
        # Hebridean Gaelic of Lewis and Harris
        (["Catriona", "Peigi", "Mòrag", "Seonag", "Kirsteen", "Ishbel", "Murdina", "Dolina"],
         ["Murdo", "Calum", "Angus John", "Donald Iain", "Ruaraidh", "Torquil", "Norman", "Kenny"],
         ["MacLeod", "Macaulay", "MacIver", "Morrison", "Matheson",
          "Nicolson", "MacSween", "Smith", "Macritchie", "Montgomery"],
         ["Peggy", "Ina", "Dolly"], ["Murdie", "Donnie", "Torq"]),
        # Gujarati Hindu British of Leicester's Belgrave
        (["Hetal", "Nisha", "Bhavna", "Jayshree", "Pooja", "Kinjal", "Hansa", "Dharmishta"],
         ["Hitesh", "Jayesh", "Bharat", "Nilesh", "Kiran", "Dilip", "Mahendra", "Bhavesh"],
         ["Patel", "Mistry", "Lad", "Chauhan", "Parmar", "Solanki", "Thakkar", "Modi", "Lakhani", "Raval"],
         ["Hetu", "Jaya", "Bhavu"], ["Jay", "Nil", "Dilu", "Mahi"]),
        # Somali British of Bristol and Cardiff
        (["Hodan", "Ubah", "Faadumo", "Sahra", "Ayaan", "Hibo", "Nimco", "Hamdi"],
         ["Abdirahman", "Mohamed", "Liban", "Guled", "Abdullahi", "Mahad", "Hassan", "Ayanle"],
         ["Warsame", "Farah", "Jama", "Egal", "Abdi", "Hersi", "Dualeh", "Yusuf", "Omar", "Aden"],
         ["Faadu", "Nimo", "Sahru"], ["Maxa", "Guli", "Deeq", "Abdi"]),
        # Jamaican British of Handsworth, Birmingham
        (["Marcia", "Sharon", "Yvonne", "Paulette", "Shanice", "Althea", "Beverley", "Precious"],
         ["Delroy", "Winston", "Leroy", "Errol", "Clive", "Tyrone", "Junior", "Courtney"],
         ["Brown", "Grant", "Clarke", "Francis", "Reid", "Bailey", "Morgan", "Powell", "Gayle", "Samuels"],
         ["Bev", "Shan", "Thea"], ["Del", "Wins", "Roy", "Ty"]),
        # Greek Cypriot of Palmers Green and Enfield
        (["Androulla", "Chrystalla", "Panayiota", "Eleni", "Despina", "Loukia", "Stella", "Maroulla"],
         ["Andreas", "Kyriacos", "Panicos", "Christakis", "Savvas", "Costas", "Michalis", "Demetris"],
         ["Georgiou", "Constantinou", "Christodoulou", "Ioannou", "Kyriacou",
          "Charalambous", "Hadjipavlou", "Stavrou", "Theodorou", "Michael"],
         ["Roulla", "Tallou", "Yiota"], ["Bambos", "Panny", "Kokos", "Savvy"]),
        # Geordie of Tyneside and Northumberland
        (["Lindsay", "Joanne", "Carly", "Hayley", "Tracey", "Dorothy", "Brenda", "Kayleigh"],
         ["Gary", "Shaun", "Alan", "Jackie", "Wayne", "Lee", "Ridley", "Stanley"],
         ["Charlton", "Robson", "Milburn", "Dodds", "Hedley", "Tweddle", "Tulip", "Forster", "Bell", "Scott"],
         ["Dot", "Trace", "Jo"], ["Gaz", "Shauny", "Stan", "Bob"]),
        # Sylheti Bangladeshi British of Tower Hamlets
        (["Rukhsana", "Shahena", "Nazma", "Rumana", "Taslima", "Jahanara", "Shirin", "Monowara"],
         ["Abdul Karim", "Shahid", "Mizanur", "Anwar", "Rafiq", "Jubair", "Mohammed Ali", "Khalil"],
         ["Uddin", "Miah", "Ahmed", "Rahman", "Choudhury", "Hussain", "Islam", "Ali", "Haque", "Mahmud"],
         ["Rukhi", "Naz", "Ruma"], ["Shah", "Mizan", "Rafi", "Juby"]),
    ],
    "fr": [
        # Breton of Finistère (Léon and Cornouaille)
        (["Gwenaëlle", "Maïwenn", "Soizic", "Nolwenn", "Rozenn", "Katell", "Enora", "Marie-Anne"],
         ["Yann", "Erwan", "Gwendal", "Loïc", "Ronan", "Tanguy", "Yves-Marie", "Corentin"],
         ["Le Goff", "Le Gall", "Kerhervé", "Le Bihan", "Quéré",
          "Tanguy", "Guivarc'h", "Le Floch", "Morvan", "Le Roux"],
         ["Gwen", "Maï", "Zizic"], ["Yannig", "Tangi", "Lolo"]),
        # Alsatian of Strasbourg, Colmar and the Sundgau
        (["Odile", "Liliane", "Christiane", "Sabine", "Mathilde", "Adèle", "Justine", "Huguette"],
         ["Aloyse", "Fernand", "Jean-Paul", "Théo", "Florent", "Rémy", "Xavier", "Eugène"],
         ["Kieffer", "Ehrhart", "Heitz", "Bronner", "Wetzel",
          "Stoeffler", "Haeberlé", "Ungerer", "Koenig", "Schaeffer"],
         ["Odi", "Lili", "Tine"], ["Seppi", "Xav", "Flo"]),
        # Corsican of Ajaccio, Bastia and the Balagne
        (["Letizia", "Ghjulia", "Vannina", "Santa", "Francesca", "Marie-Dominique", "Angèle", "Ghjacumina"],
         ["Ghjuvanni", "Petru", "Orsu", "Paul-Antoine", "Jean-Toussaint", "Ange-Mathieu", "Dumenicu", "Saveriu"],
         ["Santoni", "Luciani", "Casanova", "Pietri", "Orsini", "Filippi", "Colonna", "Bartoli", "Cesari", "Mattei"],
         ["Ghjulì", "Titti", "Nanou"], ["Ghjuvà", "Petrì", "Tittu", "Dumè"]),
        # Martiniquais of Fort-de-France and the Paris region
        (["Mireille", "Josiane", "Lucette", "Nadège", "Rose-Aimée", "Eudoxie", "Ketty", "Maryse"],
         ["Fabrice", "Tony", "Camille", "Lucien", "Aimé", "Serge", "Josselin", "Régis"],
         ["Marie-Sainte", "Lordinot", "Zobda", "Monrose", "Jos",
          "Laventure", "Bellance", "Sainte-Luce", "Rosemain", "Bienvenu"],
         ["Jojo", "Nadou", "Lulu"], ["Fab", "Camé", "Ti-Serge"]),
        # Moroccan French of Montpellier and Mantes-la-Jolie (Fassi and Rbati families)
        (["Khadija", "Yasmine", "Fatima-Zahra", "Nawal", "Salma", "Siham", "Houda", "Imane"],
         ["Hamza", "Mehdi", "Youssef", "Abdelkader", "Rachid", "Driss", "Soufiane", "Anouar"],
         ["El Amrani", "Bennani", "Ouazzani", "Tazi", "Berrada",
          "El Idrissi", "Alaoui", "Benjelloun", "Chraïbi", "Fassi"],
         ["Dija", "Yass", "Sisi"], ["Momo", "Youss", "Kader", "Souf"]),
        # Haitian of Saint-Denis, Aubervilliers and Sarcelles
        (["Widline", "Rose-Berthe", "Nadia", "Guerline", "Marie-Carmel", "Fabienne", "Esther", "Mirlande"],
         ["Jameson", "Frantz", "Wilfrid", "Mackenson", "Jean-Robert", "Fritz", "Evens", "Wisly"],
         ["Pierre-Louis", "Saint-Fleur", "Dorsainvil", "Célestin", "Exantus",
          "Fils-Aimé", "Jean-Baptiste", "Augustin", "Délice", "Toussaint"],
         ["Wiwi", "Guerl", "Fabi"], ["Jamy", "Frantzy", "Wil", "Mack"]),
        # Aveyronnais of Rodez and the Aubrac, and their Paris cafés
        (["Odette", "Germaine", "Clémence", "Solange", "Marthe", "Léonie", "Pauline", "Bernadette"],
         ["Baptiste", "Hippolyte", "Aurélien", "Gaston", "Amans", "Bastien", "Benoît", "Firmin"],
         ["Vayssière", "Puech", "Soulié", "Costes", "Cayla", "Bessière", "Delmas", "Couderc", "Bras", "Malaval"],
         ["Dédette", "Ninou", "Clémou"], ["Tistou", "Polyte", "Gasty", "Basti"]),
    ],
    "it": [
        # Sardinian of Cagliari, Nuoro and the Barbagia
        (["Tonina", "Graziella", "Maria Grazia", "Bonaria", "Efisia", "Giovanna", "Luisella", "Ignazia"],
         ["Efisio", "Gavino", "Bachisio", "Giommaria", "Antonello", "Ignazio", "Gonario", "Costantino"],
         ["Pinna", "Piras", "Melis", "Porcu", "Deiana", "Sanna", "Murgia", "Cossu", "Mura", "Carta"],
         ["Grazietta", "Giuanna", "Nanà"], ["Efis", "Bachis", "Totoni", "Gavì"]),
        # Friulian of Udine and the Carnia
        (["Gigliola", "Elda", "Luigina", "Erica", "Ivana", "Daniela", "Marisa", "Fiorella"],
         ["Tiziano", "Elio", "Gelindo", "Ottorino", "Renzo", "Valentino", "Enore", "Lucio"],
         ["Candotti", "Zuliani", "Tonutti", "Pittaro", "Iob", "Zanin", "Fabbro", "Del Fabbro", "Zamparo", "Tomat"],
         ["Marisute", "Elde", "Fiore"], ["Gelin", "Tizi", "Rino"]),
        # Sicilian of Palermo and Catania
        (["Rosalia", "Agata", "Concetta", "Santina", "Calogera", "Venera", "Provvidenza", "Grazia"],
         ["Salvatore", "Calogero", "Santo", "Gaetano", "Rosario", "Carmelo", "Sebastiano", "Agatino"],
         ["Lo Presti", "La Rosa", "Caruso", "Messina", "Li Causi",
          "Scalia", "Spampinato", "Finocchiaro", "Musumeci", "Lo Cascio"],
         ["Lia", "Sarina", "Tina"], ["Turi", "Totò", "Nuccio", "Melo"]),
        # Piedmontese of Turin, the Langhe and Cuneo
        (["Piera", "Ornella", "Franca", "Battistina", "Margherita", "Anna Maria", "Erminia", "Clotilde"],
         ["Carlo Alberto", "Giovanni Battista", "Teresio", "Secondo", "Felice", "Michele", "Gianpiero", "Bartolomeo"],
         ["Gribaudo", "Bertola", "Ferrero", "Einaudi", "Cravero", "Lingua", "Chiesa", "Gallo", "Bruno", "Olivero"],
         ["Pierina", "Ninin", "Gina"], ["Giors", "Censin", "Berto"]),
        # Barese of Bari and the Murge
        (["Addolorata", "Nicoletta", "Rosanna", "Filomena", "Vita", "Porzia", "Angela", "Lucrezia"],
         ["Nicola", "Vitantonio", "Onofrio", "Cosimo", "Pasquale", "Sabino", "Leonardo", "Giacinto"],
         ["Laforgia", "Lorusso", "Decaro", "Di Cagno", "Scaramuzzi",
          "Petruzzelli", "Abbrescia", "Tatò", "Lamanna", "Ladisa"],
         ["Nicla", "Rosà", "Lina"], ["Colino", "Vituccio", "Mimmo", "Pasqualino"]),
        # Eritrean Italian of Milan's Porta Venezia and Rome
        (["Senait", "Selam", "Saba", "Helen", "Mebrat", "Luwam", "Yordanos", "Elsa"],
         ["Tesfaye", "Yonas", "Filmon", "Tsegai", "Dawit", "Samuel", "Mehari", "Biniam"],
         ["Tesfamariam", "Ghebremedhin", "Haile", "Kidane", "Berhane",
          "Tekle", "Woldemariam", "Mehari", "Habte", "Gebreyesus"],
         ["Seni", "Yordi", "Lulu"], ["Tesfu", "Yoni", "Dawi", "Bini"]),
        # Marchigiano of Ancona, Macerata and Loreto
        (["Serenella", "Lorena", "Mirella", "Loredana", "Maria Pia", "Ilaria", "Nazzarena", "Loreta"],
         ["Giancarlo", "Emidio", "Nazzareno", "Settimio", "Sante", "Adriano", "Mariano", "Quinto"],
         ["Pieroni", "Mancinelli", "Bartolucci", "Paolucci", "Cingolani",
          "Giuliodori", "Mengoni", "Lanari", "Ciccarelli", "Santarelli"],
         ["Sere", "Lori", "Pia"], ["Giancà", "Nazza", "Middio", "Settì"]),
    ],
    "es": [
        # Gallego of Vigo, Lugo and the Rías Baixas
        (["Uxía", "Antía", "Rosalía", "Maruxa", "Iria", "Sabela", "Carme", "Xiana"],
         ["Xoán", "Brais", "Iago", "Xurxo", "Anxo", "Roi", "Xosé Manuel", "Fiz"],
         ["Pazos", "Otero", "Outeiriño", "Lousada", "Souto", "Seoane", "Piñeiro", "Castro", "Vilariño", "Rivas"],
         ["Maruxiña", "Carmiña", "Uxi"], ["Suso", "Pepiño", "Xurxiño"]),
        # Murciano of Cartagena, Lorca and the huerta
        (["Fuensanta", "Encarna", "Purificación", "Caridad", "María Dolores", "Remedios", "Belén", "Visitación"],
         ["Ginés", "Bartolomé", "Pedro José", "Juan Antonio", "Fulgencio", "Patricio", "Salvador", "Andrés"],
         ["Meroño", "Abellán", "Zapata", "Caravaca", "Alcaraz",
          "Sandoval", "Hernández", "Nicolás", "Conesa", "Lorca"],
         ["Fuen", "Encarni", "Reme"], ["Bartolo", "Fulgen", "Ginesico", "Patri"]),
        # Oaxaqueño of Oaxaca and the Istmo de Tehuantepec
        (["Xóchitl", "Citlali", "Guadalupe", "Nayeli", "Itzel", "Rufina", "Eufrosina", "Yolanda"],
         ["Juan Gabriel", "Eufemio", "Rigoberto", "Heladio", "Benito", "Jacinto", "Gerardo", "Tomás"],
         ["Matus", "Toledo", "López", "Ruiz", "Vásquez", "Pineda", "Regalado", "Jiménez", "Cruz", "Orozco"],
         ["Lupita", "Xochi", "Chela"], ["Beni", "Rigo", "Lalo", "Jacin"]),
        # Dominicano of Madrid's Tetuán and Barcelona
        (["Yokasta", "Yuleisy", "Wanda", "Altagracia", "Yaniris", "Mildred", "Dulce María", "Ana Mercedes"],
         ["Ramón Antonio", "Yunior", "Anderson", "Wilkin", "Radhamés", "Eddy", "Félix", "Juan Pablo"],
         ["Peña", "Mejía", "Rosario", "De los Santos", "Encarnación",
          "Almonte", "Tejada", "Féliz", "Mercedes", "Guzmán"],
         ["Yoka", "Yuly", "Tatica"], ["Juni", "Ramoncito", "Wilki", "Radha"]),
        # Extremeño of Cáceres, Badajoz and the Vera
        (["Montaña", "Piedad", "Eulalia", "Candelaria", "Leonor", "Felisa", "Victoria", "María del Puerto"],
         ["Isidro", "Leandro", "Feliciano", "Emiliano", "Hernán", "Valentín", "Marcelino", "Eusebio"],
         ["Durán", "Barroso", "Galán", "Calderón", "Pizarro", "Bravo", "Cortés", "Rodilla", "Gallardo", "Trejo"],
         ["Lali", "Pie", "Feli"], ["Leandrito", "Marce", "Sebio"]),
        # Uruguayo of Montevideo and Canelones
        (["Florencia", "Agustina", "Rocío", "Valentina", "Soledad", "Camila", "Natalia", "Maite"],
         ["Obdulio", "Ignacio", "Matías", "Gonzalo", "Walter", "Sebastián", "Héctor", "Rodrigo"],
         ["Pereyra", "Sosa", "Olivera", "Techera", "Bentancur", "De León", "Da Rosa", "Varela", "Suárez", "Forlán"],
         ["Flopi", "Agus", "Vale"], ["Nacho", "Mati", "Gonza", "Seba"]),
        # Navarro of Pamplona and the Ribera
        (["Ujué", "Camino", "Puy", "Itziar", "Fermina", "Miren", "Edurne", "Amaya"],
         ["Fermín", "Javier", "Patxi", "Koldo", "Miguel Ángel", "Mikel", "Jesús Mari", "Joaquín"],
         ["Goñi", "Iriarte", "Arbeloa", "Induráin", "Osés", "Erro", "Lacunza", "Ayerra", "Sola", "Echeverría"],
         ["Puyi", "Cami", "Ferminita"], ["Fermintxo", "Javitxu", "Mikeltxo"]),
    ],
    "pt": [
        # Açoriano of São Miguel and Terceira
        (["Ermelinda", "Guilhermina", "Deolinda", "Rosa Maria", "Eduarda", "Lídia", "Natércia", "Fernanda"],
         ["Duarte", "Gualberto", "Humberto", "Laudalino", "Eduíno", "Rui", "José Carlos", "Manuel"],
         ["Medeiros", "Furtado", "Raposo", "Botelho", "Pacheco", "Borges", "Rego", "Moniz", "Carreiro", "Arruda"],
         ["Linda", "Mina", "Deo"], ["Duartinho", "Beto", "Necas"]),
        # Angolan of Luanda and Lisbon (Kimbundu and Umbundu families)
        (["Ndalu", "Lueji", "Nzinga", "Esperança", "Teresa", "Rosária", "Josefa", "Yola"],
         ["Teodoro", "Agostinho", "Domingos", "Bráulio", "Kiluanje", "Sebastião", "Amor", "Edmilson"],
         ["Van-Dúnem", "Vunge", "Chipenda", "Kassoma", "Sapalo", "Bento", "Lourenço", "Neto", "Kiala", "Mbala"],
         ["Ndá", "Zinga", "Teté"], ["Teo", "Kilu", "Gustinho"]),
        # Mineiro of Belo Horizonte and the interior of Minas
        (["Maria das Dores", "Terezinha", "Rosângela", "Sônia", "Marlene", "Imaculada", "Lourdes", "Adélia"],
         ["José Geraldo", "Tarcísio", "Dorival", "Lindomar", "Itamar", "Juscelino", "Geraldo Magela", "Milton"],
         ["Andrade", "Vasconcelos", "Guimarães", "Resende", "Junqueira",
          "Tolentino", "Diniz", "Campolina", "Drummond", "Magalhães"],
         ["Dorinha", "Terê", "Sô"], ["Zé", "Tião", "Tarcisinho", "Dori"]),
        # Japanese Brazilian of São Paulo's Liberdade and the north of Paraná
        (["Akemi", "Mayumi", "Yuki", "Márcia", "Sayuri", "Emiko", "Tieko", "Harumi"],
         ["Hiroshi", "Kenji", "Jorge Hideki", "Paulo Takeshi", "Minoru", "Massao", "Yoshio", "Ricardo Akira"],
         ["Nakamura", "Tanaka", "Yamamoto", "Sato", "Hayashi",
          "Kobayashi", "Matsumoto", "Oshiro", "Higa", "Miyazaki"],
         ["Maju", "Mayu", "Saya"], ["Ken", "Hiro", "Yoshi", "Massa"]),
        # Algarvio of Faro, Olhão and the serra
        (["Custódia", "Idalina", "Madalena", "Zulmira", "Guiomar", "Vanda", "Mafalda", "Catarina"],
         ["Aníbal", "Bernardino", "Leonel", "Vitorino", "Hélder", "Custódio", "Abílio", "Amadeu"],
         ["Guerreiro", "Viegas", "Mendonça", "Cabrita", "Palma", "Cavaco", "Pires", "Sequeira", "Brito", "Bota"],
         ["Dina", "Zuzu", "Mafaldinha"], ["Nino", "Vitó", "Bino"]),
        # Goiano of Goiânia and the interior of Goiás
        (["Keila", "Lorena", "Leidiane", "Valdirene", "Divina", "Luzia", "Cleide", "Marília"],
         ["Valdivino", "Divino", "Cleiton", "Wanderley", "Elismar", "Leomar", "Romário", "Ubiratan"],
         ["Caiado", "Bueno", "Curado", "Fleury", "Siqueira", "Rezende", "Teixeira", "Borba", "Jayme", "Vieira"],
         ["Keilinha", "Lorê", "Val"], ["Tonhão", "Divininho", "Cleitinho", "Wandinho"]),
        # Beirão of Viseu, Guarda and the Serra da Estrela
        (["Graça", "Lurdes", "Arminda", "Olívia", "Benvinda", "Albertina", "Amélia", "Prazeres"],
         ["Joaquim", "Amândio", "Albano", "Armindo", "Belmiro", "Serafim", "Adelino", "Ilídio"],
         ["Loureiro", "Amaral", "Figueiredo", "Albuquerque", "Cardoso",
          "Tavares", "Saraiva", "Marques", "Quelhas", "Sobral"],
         ["Gracinha", "Lurdinhas", "Mena"], ["Quim", "Mandinho", "Zeca"]),
    ],
    "de": [
        # Swabian of Stuttgart, Reutlingen and the Alb
        (["Gudrun", "Hannelore", "Waltraud", "Dorothea", "Sibylle", "Friederike", "Annegret", "Margarete"],
         ["Gottlieb", "Eberhard", "Ulrich", "Reinhold", "Gotthilf", "Wilhelm", "Christoph", "Hans-Jörg"],
         ["Pfleiderer", "Bräuninger", "Kächele", "Schwenk", "Hägele", "Rapp", "Wurster", "Dürr", "Kienzle", "Mauch"],
         ["Lore", "Bärbel", "Rike"], ["Gottl", "Ebi", "Uli", "Reini"]),
        # Viennese of Favoriten and Ottakring (Czech surnames)
        (["Leopoldine", "Hermine", "Josefine", "Gabriele", "Edeltraud", "Anneliese", "Ludmilla", "Veronika"],
         ["Ferdinand", "Leopold", "Alois", "Wenzel", "Rudolf", "Gustav", "Karl-Heinz", "Engelbert"],
         ["Novak", "Dvořák", "Swoboda", "Prohaska", "Pospischil",
          "Hrdlicka", "Wessely", "Nemec", "Kratochwil", "Blaha"],
         ["Mitzi", "Poldi", "Gabi"], ["Pepi", "Gustl", "Wickerl", "Burli"]),
        # Bernese of Bern, the Emmental and the Oberland
        (["Kathrin", "Rösli", "Margrit", "Elsbeth", "Therese", "Madeleine", "Barbara", "Annelies"],
         ["Ueli", "Beat", "Heinz", "Kurt", "Hansruedi", "Christian", "Markus", "Ernst"],
         ["Zaugg", "Stucki", "Rüfenacht", "Wyss", "Gfeller",
          "Blaser", "Schüpbach", "Iseli", "Brönnimann", "Aebersold"],
         ["Käthi", "Rösi", "Betli"], ["Housi", "Chrigu", "Märku", "Res"]),
        # Italian German of Wolfsburg and Mannheim (the families of the Gastarbeiter)
        (["Giuseppina", "Carmela", "Assunta", "Antonella", "Gianna", "Rosaria", "Melina", "Immacolata"],
         ["Rocco", "Tommaso", "Vincenzo", "Donato", "Gennaro", "Franco", "Pietro", "Enzo"],
         ["Di Stefano", "Pellegrini", "Marino", "Cusumano", "Tedesco",
          "Amato", "Sciortino", "Lo Bianco", "Cirillo", "D'Onofrio"],
         ["Pinuccia", "Melli", "Nella"], ["Rocky", "Tommi", "Enzino", "Gennà"]),
        # Westphalian of the Münsterland (farm names as double surnames)
        (["Mechthild", "Agnes", "Elisabeth", "Hildegard", "Walburga", "Gertrud", "Roswitha", "Hedwig"],
         ["Bernd", "Hubertus", "Ludger", "Heinrich", "Clemens", "Reinhard", "Josef", "Hermann-Josef"],
         ["Schulze Föcking", "Schulze Pellengahr", "Terhorst", "Budde", "Brüggemann",
          "Wiesmann", "Hölscher", "Overmeyer", "Tenhagen", "Große Kleimann"],
         ["Mechti", "Hilde", "Walli"], ["Hubi", "Heini", "Bernie"]),
        # Iranian German of Hamburg and Cologne
        (["Shirin", "Parisa", "Nasrin", "Mahnaz", "Roya", "Golnar", "Azadeh", "Leila"],
         ["Darius", "Kaveh", "Arash", "Babak", "Reza", "Omid", "Behnam", "Farhad"],
         ["Tehrani", "Hosseini", "Karimi", "Rahimi", "Mohammadi",
          "Farahani", "Ahmadi", "Sadeghi", "Jafari", "Rostami"],
         ["Shiri", "Pari", "Nasi"], ["Dari", "Babi", "Ari"]),
        # Pfälzer of Kaiserslautern and the Weinstraße
        (["Liesel", "Irmgard", "Helga", "Ilse", "Renate", "Inge", "Gisela", "Marliese"],
         ["Erwin", "Walter", "Horst", "Otmar", "Edgar", "Gerd", "Friedhelm", "Karl-Otto"],
         ["Kiefer", "Brendel", "Bassermann", "Bürklin", "Theis", "Henrich", "Schlosser", "Frey", "Wolf", "Jung"],
         ["Lissi", "Irmi", "Gisi"], ["Ottes", "Gerdi", "Eddi"]),
    ],
}

# message shapes with name slots: {kind} or {kind:f|m}, kind one of full, first, last, dbl, nick, init, rev,
# bare, low, caps (see `_person`)
TEMPLATES: dict[str, list[str]] = {
    "en": [
        "hi, can I book gel nails with {first:f} again on saturday? she did them last time and they lasted 3 weeks 💅",
        "Booking for my daughter {full:f} and her friend {first:f}, prom nails, Friday after school if poss",
        "{nick:f} said you'd fit me in for a infill before my holiday, is 11 ok",
        "hiya, dropping Biscuit off for a groom at 9, it's under {last} - he's the cockapoo with the bad knee",
        "Can {first:m} do the nail clipping? my dog only lets him near her paws lol",
        "My neighbour {full} is bringing our spaniel in tomorrow as I'm at work, she has the lead and the money",
        "Hi, is the climbing wall open late Thursday? Me and {first:m} want to try the lead wall",
        "Booking a kids party for my son {full:m} turning 9, 10 kids, are belayers included?",
        "instructor {first} was brilliant with my nervous lad today, please pass on our thanks 🙏",
        "Induction booked under {rev}, 2 adults, Sunday 10am",
        "hello, my wife {full:f} bought me a pottery voucher for my birthday, how do I use it",
        "Is {first:f} still teaching the Tuesday wheel class? we loved her",
        "Pieces for glazing collected by my sister {first:f}, name on the shelf is {last}",
        "hi, {full:m} from the flat above the chippy, my fuse box keeps tripping, can someone come today",
        "Your electrician {first:m} left his torch and a box of wago connectors at ours",
        "please invoice the rewire to my landlord {init}, not me",
        "Newborn shoot for baby {first} on the 14th please, we're the {last} family",
        "Can the prints be sent to my mum, {full:f}? she's paying for them as a gift",
        "{first} took our wedding photos last year and we want the same photographer for the christening",
        "Hi, I'd like guitar lessons for my son {first:m}, he's 12 and has a Squier already",
        "Is Mr {last} still doing the Saturday beginners class?",
        "this is {full:f}, {first:m}'s mum, he's poorly so won't make his lesson tonight",
        "yoga mat left in studio 2 last night, name tag says {caps}",
        "Could you add my colleague {full} to the Wednesday lunchtime class? I'll pay for both",
        "loved {first:f}'s class today, does she do private sessions?",
        "table for 6 tonight at 8, name {last}, one vegan",
        "Hi, collection order for {full:m}: 2 mixed grills, fattoush, extra garlic sauce",
        "please tell the chef {first:m} the kibbeh was the best we've had outside Beirut!!",
        "Can I order 4kg of brisket for Sunday? my husband {first:m} will collect, it's under {last}",
        "my order's under {init}, is it ready? the pork belly and the sausages",
        "{first:m} in the shop said you could do a crown of lamb for christmas, is that right?",
        "Hi, I bought compost and a bird table on Saturday, the lad who helped me ({first:m}?) said you deliver",
        "Garden centre delivery for {rev}, 3 bags bark, 1 trellis, the gate's round the side",
        "omg {first:f} from your café found my purse, please thank her so much x",
        "Hi, bridal appointment for {full:f} on the 3rd, I'll bring my mum and my maid of honour {first:f}",
        "Alterations on my dress were perfect, {first:f} is a genius 🥹",
        "My fiancée {first:f} wants to try the ivory one again, can we come back Saturday",
        "Resoling two pairs of boots under {last}, when will they be done?",
        "Can you cut keys for my tenant {full}? she'll bring the original and ID",
        "the man in the shop ({first:m}?) said my heels would be ready tuesday, still on?",
        "Cracked screen on an iPhone 12, the phone belongs to my daughter {first:f} so she'll drop it in",
        "Hi it's {full:m}, did you manage to get the photos off my old phone?",
        "Repair ticket says {caps}, can I pick it up after 5",
        "Riding lesson for my daughter {full:f}, she's 7, never been on a pony",
        "Is {first:f} teaching on Saturday? my son only wants to ride with her",
        "livery invoice to {init} please, same as last month",
        "My niece {first:f} is starting ballet in September, is there a space in the baby class?",
        "Hi Miss {last}, just to let you know we've paid the exam fee",
        "Costume for the show: the label says {full:f}, she's in the Wednesday grade 2 class",
        "Escape room for 5 on Friday at 7, booking name {full}",
        "our games master {first} was hilarious, we didn't escape but 10/10",
        "Hi can I move my booking from 6 to 8, it's under {last}? {first:m} from work can only do later",
        "Hi, I'd like a bracelet engraved 'To {first:f}, love always' - how many letters can you fit?",
        "Ring resize for {rev}, ticket 4471",
        "my husband {full:m} will pick up the watch, he's got the receipt",
        "Window cleaning for number 14 please, name {last}, every 4 weeks",
        "{first:m} who does our road missed the back windows this time, can he pop back?",
        "Please send the bill to my mother-in-law {full:f}, it's her house",
        "Ice cream cake with 'Happy 8th {first}' on top please, collection Saturday, my name's {full:f}",
        "the girl on the counter {first:f} gave my kids extra sprinkles, so kind 🍦",
        "Reupholstering my late gran's armchair, it was {full:f}'s favourite, can you keep the original buttons",
        "Hi {first:m}, the fabric samples arrived, we like the green velvet",
        "Quote please for 6 dining chairs, send it to {full}, thanks",
        "Boarding for our cat Pickle 12th-19th, owner {full}, emergency contact my brother {first:m}",
        "Can {first:f} give Bruno his tablets at breakfast? she did last time",
        "kennels booking under {rev}, two dogs, one's reactive",
        "Looking for a maths tutor for my son {full:m}, GCSE higher, Thursdays",
        "The tutor {full:f} has been amazing, my daughter got a 7!",
        "my name is {full:f} and I'd like a trial tutoring session for my twins",
        "Full valet on a Kia Sportage Saturday, name {last}, it's covered in dog hair sorry",
        "Can {first:m} do the interior again? he got the sand out of every corner",
        "Trampoline park party for {first:m}'s 6th, 15 jumpers, who's our party host?",
        "Waivers signed for {full} and {full}, both under 16",
        "{nick:m} and the lads want an hour on Friday night, is that ok for adults?",
        "Cheese board for a wedding, the couple are {first:f} and {first:m}, about 80 guests",
        "Hi it's {full:f} from the deli order, can I add a wedge of Stilton",
        "Solar survey booked for {full:m} next Tuesday, he'll be home all morning",
        "your installer {first:m} says the inverter needs replacing, is that under warranty?",
        "hi yeah it's {first:f} again so basically my dad {full:m} wants the panels on the garage roof as "
         "well not just the house and he was asking if the battery can go in the utility room because "
         "there's no space in the loft and also can you send the quote to his email not mine because he "
         "doesn't check his phone thanks",
        "Please find the signed contract attached.\nKind regards,\n{full}\nOffice Manager, Tyne Valley Builders",
        "Surname: {last}\nFirst name: {first}\nReason: party booking",
        "hiya im {low} just moved in next door to ur shop, do u do student discount",
        "Congratulations {first} and the team on 10 years of the climbing wall 🎉🧗",
        "for the certificate the name is {caps} please, capitals like that",
        "Please deliver the bird bath to 12 Marsh Lane c/o {full}, I'm away that week",
        "booking ref 8812, lead name {bare}",
        "The certificate should read {dbl}, both surnames please",
        "Hi, pickup for {first:f} at 3, her auntie {full:f} will collect her from ballet today",
    ],
    "fr": [
        "bonjour, je voudrais reprendre rdv pour un semi-permanent avec {first:f} samedi, elle me l'avait "
         "super bien fait 💅",
        "Rdv pour ma fille {full:f} et sa copine {first:f}, ongles pour le bal de fin d'année, vendredi "
         "après les cours si possible",
        "{nick:f} m'a dit que vous pouviez me caser un remplissage avant mes vacances, 11h ça irait ?",
        "coucou, je dépose Caramel pour le toilettage à 9h, c'est au nom de {last}, le caniche qui boite un peu",
        "Est-ce que {first:m} peut lui couper les griffes ? y a que lui qu'elle laisse approcher mdr",
        "Ma voisine {full} vous amène notre épagneul demain, je travaille, elle a la laisse et le règlement",
        "Bonjour, la salle est ouverte tard jeudi ? Avec {first:m} on voudrait tester la voie en tête",
        "Je voudrais réserver un anniversaire pour mon fils {full:m} qui a 9 ans, 10 enfants, les "
         "moniteurs sont compris ?",
        "le moniteur {first:m} a été top avec mon fils qui avait peur, merci de lui transmettre 🙏",
        "Initiation réservée au nom de {rev}, 2 adultes, dimanche 10h",
        "bonjour ma femme {full:f} m'a offert un bon pour un atelier poterie, comment je fais pour l'utiliser",
        "C'est toujours {first:f} qui fait le cours de tour du mardi ? on l'adorait",
        "Ma sœur {first:f} passera récupérer mes pièces à émailler, le nom sur l'étagère c'est {last}",
        "bonjour, {full:m}, j'habite au-dessus de la boulangerie, mon disjoncteur saute sans arrêt, "
         "quelqu'un peut passer aujourd'hui",
        "Votre électricien {first:m} a oublié sa lampe frontale et une boîte de wago chez nous",
        "merci de facturer la rénovation électrique à mon propriétaire {init} et pas à moi",
        "Séance naissance pour bébé {first} le 14 svp, c'est la famille {last}",
        "Les tirages peuvent être envoyés à ma mère, {full:f} ? c'est elle qui les offre",
        "C'est {first} qui a fait nos photos de mariage l'an dernier, on voudrait le même photographe "
         "pour le baptême",
        "Bonjour, je cherche des cours de guitare pour mon fils {first:m}, 12 ans, il a déjà une guitare",
        "M. {last} donne toujours le cours débutants du samedi ?",
        "c'est {full:f}, la maman de {first:m}, il est malade donc il ne viendra pas à son cours ce soir",
        "tapis oublié dans la salle 2 hier soir, l'étiquette dit {caps}",
        "Vous pouvez ajouter ma collègue {full} au cours du mercredi midi ? je paie pour les deux",
        "trop bien le cours de {first:f} aujourd'hui, elle fait des cours particuliers ?",
        "une table pour 6 ce soir à 20h, au nom de {last}, dont un vegan",
        "Bonjour, commande à emporter pour {full:m} : 2 grillades mixtes, un fattoush, sauce à l'ail en plus",
        "dites au chef {first:m} que c'étaient les meilleurs kebbés qu'on ait mangés depuis Beyrouth !!",
        "Je peux commander 4 kg de paleron pour dimanche ? mon mari {first:m} passera, c'est au nom de {last}",
        "ma commande est au nom de {init}, elle est prête ? la poitrine de porc et les saucisses",
        "{first:m} à la boutique m'a dit que vous faisiez la couronne d'agneau pour Noël, c'est bien ça ?",
        "Bonjour, j'ai acheté du terreau et une mangeoire samedi, le jeune qui m'a aidée ({first:m} ?) "
         "m'a dit que vous livriez",
        "Livraison jardinerie pour {rev}, 3 sacs d'écorces, 1 treillage, le portail est sur le côté",
        "{first:f} de votre coin café a retrouvé mon porte-monnaie, remerciez-la mille fois de ma part",
        "Bonjour, rdv robe de mariée pour {full:f} le 3, je viens avec ma mère et mon témoin {first:f}",
        "Les retouches sur ma robe sont parfaites, {first:f} est une magicienne 🥹",
        "Ma fiancée {first:f} veut réessayer la robe ivoire, on peut repasser samedi",
        "Ressemelage de deux paires de bottes au nom de {last}, ce sera prêt quand ?",
        "Vous pouvez refaire des clés pour ma locataire {full} ? elle viendra avec l'original et sa pièce d'identité",
        "le monsieur de la cordonnerie ({first:m} ?) m'a dit que mes talons seraient prêts mardi, c'est "
         "toujours bon ?",
        "Écran cassé sur un iPhone 12, c'est le téléphone de ma fille {first:f}, c'est elle qui le déposera",
        "Bonjour c'est {full:m}, vous avez réussi à récupérer les photos de mon ancien téléphone ?",
        "Le ticket de réparation dit {caps}, je peux passer après 17h",
        "Cours d'équitation pour ma fille {full:f}, 7 ans, jamais montée sur un poney",
        "{first:f} donne cours samedi ? mon fils ne veut monter qu'avec elle",
        "facture de pension du cheval au nom de {init} svp, comme le mois dernier",
        "Ma nièce {first:f} commence la danse classique en septembre, il reste de la place en éveil ?",
        "Bonjour Mme {last}, juste pour vous dire qu'on a payé les frais d'examen",
        "Costume du gala : l'étiquette dit {full:f}, elle est dans le cours du mercredi",
        "Escape game pour 5 vendredi à 19h, réservation au nom de {full}",
        "notre maître du jeu {first:m} était hilarant, on n'est pas sortis mais 10/10",
        "Bonjour je peux décaler ma résa de 18h à 20h ? c'est au nom de {last}, {first:m} du boulot ne "
         "peut que plus tard",
        "Bonjour, je voudrais faire graver « Pour {first:f}, pour toujours » sur un bracelet, combien de "
         "lettres max ?",
        "Mise à taille de bague pour {rev}, ticket 4471",
        "mon mari {full:m} passera chercher la montre, il a le reçu",
        "Nettoyage des vitres au n° 14 svp, nom {last}, toutes les 4 semaines",
        "{first:m} qui fait notre rue a oublié les fenêtres de derrière cette fois, il peut repasser ?",
        "Merci d'envoyer la facture à ma belle-mère {full:f}, c'est sa maison",
        "Un vacherin glacé avec « Joyeux anniversaire {first} » dessus svp, retrait samedi, je m'appelle {full:f}",
        "la jeune fille au comptoir, {first:f}, a mis plein de vermicelles à mes enfants, trop gentille 🍦",
        "Je voudrais faire refaire le fauteuil de ma grand-mère, c'était le préféré de {full:f}, vous "
         "pouvez garder les boutons d'origine",
        "Bonjour {first:m}, les échantillons de tissu sont arrivés, on aime bien le velours vert",
        "Un devis svp pour 6 chaises de salle à manger, à envoyer à {full}, merci",
        "Pension pour notre chat Cornichon du 12 au 19, propriétaire {full}, contact d'urgence mon frère {first:m}",
        "{first:f} pourrait donner ses comprimés à Bruno le matin ? elle l'avait fait la dernière fois",
        "résa pension au nom de {rev}, deux chiens dont un réactif",
        "Je cherche un prof de maths pour mon fils {full:m}, niveau 3e, le jeudi",
        "La prof {full:f} a été géniale, ma fille a eu 16 au brevet !",
        "je m'appelle {full:f} et je voudrais un cours d'essai pour mes jumeaux",
        "Lavage complet d'un Peugeot 3008 samedi, nom {last}, désolée il est plein de poils de chien",
        "{first:m} peut refaire l'intérieur ? la dernière fois il a enlevé tout le sable",
        "Anniversaire au trampoline park pour les 6 ans de {first:m}, 15 enfants, qui sera notre animateur ?",
        "Décharges signées pour {full} et {full}, tous les deux mineurs",
        "{nick:m} et les potes voudraient une heure vendredi soir, c'est ouvert aux adultes ?",
        "Plateau de fromages pour un mariage, les mariés c'est {first:f} et {first:m}, environ 80 personnes",
        "Bonjour c'est {full:f} pour la commande de la fromagerie, je peux rajouter un morceau de Laguiole",
        "Visite technique solaire prévue pour {full:m} mardi prochain, il sera là toute la matinée",
        "votre installateur {first:m} dit que l'onduleur est à changer, c'est sous garantie ?",
        "oui bonjour c'est {first:f} encore alors en fait mon père {full:m} voudrait des panneaux aussi "
         "sur le toit du garage pas seulement sur la maison et il demandait si la batterie pouvait aller "
         "dans la buanderie parce qu'il n'y a plus de place dans les combles et aussi vous pouvez envoyer "
         "le devis sur son mail à lui parce qu'il ne regarde jamais son téléphone merci",
        "Veuillez trouver ci-joint le contrat signé.\nCordialement,\n{full}\nAssistante de direction, "
         "SARL Bâti Rouergue",
        "Nom : {last}\nPrénom : {first}\nObjet : réservation anniversaire",
        "slt moi c {low} je viens d'emménager à côté de votre boutique, vous faites une réduc étudiant ?",
        "Félicitations {first} et toute l'équipe pour les 10 ans de la salle 🎉🧗",
        "pour le diplôme le nom c'est {caps} svp, en majuscules comme ça",
        "Merci de livrer la vasque à oiseaux au 12 chemin des Mûriers c/o {full}, je suis absente cette semaine-là",
        "réservation n° 8812, nom du responsable {bare}",
        "Le certificat doit indiquer {dbl}, les deux noms svp",
        "Bonjour, c'est sa tante {full:f} qui récupérera {first:f} à 15h à la danse aujourd'hui",
    ],
    "it": [
        "ciao, posso riprenotare il semipermanente con {first:f} sabato? l'ultima volta mi è durato 3 settimane 💅",
        "Prenotazione per mia figlia {full:f} e la sua amica {first:f}, unghie per la festa dei "
         "diciottenni, venerdì dopo scuola se si può",
        "{nick:f} mi ha detto che mi potete infilare per un refill prima delle ferie, le 11 vanno bene?",
        "ciao, porto Biscotto alla toelettatura alle 9, è a nome {last}, il barboncino che zoppica un po'",
        "{first:m} può tagliargli le unghie? si fa toccare le zampe solo da lui ahah",
        "Domani vi porta lo spaniel la mia vicina {full}, io lavoro, ha lei il guinzaglio e i soldi",
        "Ciao, giovedì la palestra di arrampicata è aperta fino a tardi? Io e {first:m} vorremmo provare da primi",
        "Vorrei prenotare una festa per mio figlio {full:m} che compie 9 anni, 10 bambini, gli istruttori "
         "sono compresi?",
        "l'istruttore {first:m} è stato bravissimo con mio figlio che aveva paura, ringraziatelo da parte nostra 🙏",
        "Corso base prenotato a nome {rev}, 2 adulti, domenica alle 10",
        "buongiorno, mia moglie {full:f} mi ha regalato un buono per un corso di ceramica, come lo uso?",
        "Il corso di tornio del martedì lo tiene ancora {first:f}? ci piaceva tantissimo",
        "Passa mia sorella {first:f} a ritirare i pezzi da smaltare, sullo scaffale c'è scritto {last}",
        "buongiorno, sono {full:m}, abito sopra il panificio, mi salta continuamente il salvavita, può "
         "passare qualcuno oggi",
        "Il vostro elettricista {first:m} ha dimenticato da noi la torcia e una scatola di morsetti wago",
        "per favore la fattura dell'impianto intestatela al mio padrone di casa {init}, non a me",
        "Servizio newborn per la piccola {first:f} il 14 per favore, siamo la famiglia {last}",
        "Le stampe potete spedirle a mia mamma, {full:f}? le regala lei",
        "Le foto del nostro matrimonio le ha fatte {first} l'anno scorso, vorremmo lo stesso fotografo "
         "per il battesimo",
        "Buongiorno, cerco lezioni di chitarra per mio figlio {first:m}, ha 12 anni e ha già una chitarra",
        "Il maestro {last} fa ancora il corso principianti del sabato?",
        "sono {full:f}, la mamma di {first:m}, ha la febbre quindi stasera salta la lezione",
        "tappetino dimenticato in sala 2 ieri sera, sull'etichetta c'è scritto {caps}",
        "Potete aggiungere la mia collega {full} alla lezione del mercoledì in pausa pranzo? pago io per tutte e due",
        "bellissima la lezione di {first:f} oggi, fa anche lezioni private?",
        "un tavolo per 6 stasera alle 20, a nome {last}, uno è vegano",
        "Buonasera, ordine da asporto per {full:m}: 2 grigliate miste, un fattoush, salsa all'aglio in più",
        "dite allo chef {first:m} che il kibbeh era il più buono mangiato fuori da Beirut!!",
        "Posso ordinare 4 kg di punta di petto per domenica? passa mio marito {first:m}, è a nome {last}",
        "il mio ordine è a nome {init}, è pronto? la pancetta e le salsicce",
        "{first:m} in macelleria mi ha detto che fate la corona d'agnello per Natale, è vero?",
        "Buongiorno, sabato ho comprato terriccio e una mangiatoia, il ragazzo che mi ha aiutata "
         "({first:m}?) mi ha detto che consegnate",
        "Consegna dal garden per {rev}, 3 sacchi di corteccia, 1 grigliato, il cancello è di lato",
        "{first:f} del vostro bar ha ritrovato il mio portafoglio, ringraziatela tantissimo da parte mia",
        "Buongiorno, appuntamento abiti da sposa per {full:f} il 3, vengo con mia mamma e la testimone {first:f}",
        "Le modifiche al vestito sono perfette, {first:f} è una maga 🥹",
        "La mia fidanzata {first:f} vuole riprovare quello avorio, possiamo ripassare sabato",
        "Risuolatura di due paia di stivali a nome {last}, quando sono pronti?",
        "Potete fare le chiavi per la mia inquilina {full}? porta l'originale e il documento",
        "il signore del negozio ({first:m}?) mi ha detto che i tacchi sono pronti martedì, confermate?",
        "Schermo rotto su un iPhone 12, è di mia figlia {first:f}, lo porta lei",
        "Buongiorno sono {full:m}, siete riusciti a recuperare le foto dal mio vecchio telefono?",
        "Sulla ricevuta della riparazione c'è scritto {caps}, posso passare dopo le 17",
        "Lezione di equitazione per mia figlia {full:f}, 7 anni, mai salita su un pony",
        "Sabato insegna {first:f}? mio figlio vuole montare solo con lei",
        "fattura della pensione del cavallo a nome {init} per favore, come il mese scorso",
        "Mia nipote {first:f} inizia danza classica a settembre, c'è posto nel corso propedeutico?",
        "Buongiorno maestra {last}, solo per dirle che abbiamo pagato la quota dell'esame",
        "Costume del saggio: l'etichetta dice {full:f}, è nel corso del mercoledì",
        "Escape room per 5 venerdì alle 19, prenotazione a nome {full}",
        "il nostro game master {first:m} era troppo simpatico, non siamo usciti ma 10/10",
        "Ciao posso spostare la prenotazione dalle 18 alle 20? è a nome {last}, {first:m} del lavoro può "
         "solo più tardi",
        "Buongiorno, vorrei far incidere 'A {first:f}, per sempre' su un bracciale, quante lettere ci stanno?",
        "Ridimensionamento anello per {rev}, scontrino 4471",
        "mio marito {full:m} passa a prendere l'orologio, ha lui la ricevuta",
        "Pulizia vetri al civico 14 per favore, nome {last}, ogni 4 settimane",
        "{first:m} che fa la nostra via stavolta ha saltato le finestre sul retro, può ripassare?",
        "Mandate la fattura a mia suocera {full:f}, la casa è sua",
        "Una torta gelato con scritto 'Auguri {first}' per favore, ritiro sabato, mi chiamo {full:f}",
        "la ragazza al banco, {first:f}, ha messo un sacco di codette ai miei bimbi, gentilissima 🍦",
        "Vorrei rifare la poltrona di mia nonna, era la preferita di {full:f}, si possono tenere i "
         "bottoni originali?",
        "Buongiorno {first:m}, sono arrivati i campioni di stoffa, ci piace il velluto verde",
        "Un preventivo per 6 sedie da pranzo, da mandare a {full}, grazie",
        "Pensione per il nostro gatto Cetriolo dal 12 al 19, proprietario {full}, per emergenze mio "
         "fratello {first:m}",
        "{first:f} può dare a Bruno le pastiglie a colazione? l'ultima volta l'ha fatto lei",
        "prenotazione pensione a nome {rev}, due cani, uno è reattivo",
        "Cerco un insegnante di matematica per mio figlio {full:m}, terza media, il giovedì",
        "La prof {full:f} è stata fantastica, mia figlia ha preso 9!",
        "mi chiamo {full:f} e vorrei una lezione di prova per i miei gemelli",
        "Lavaggio completo di una Fiat 500X sabato, nome {last}, scusate è piena di peli di cane",
        "{first:m} può rifare gli interni? l'ultima volta ha tolto tutta la sabbia",
        "Festa al trampoline park per i 6 anni di {first:m}, 15 bambini, chi sarà il nostro animatore?",
        "Liberatorie firmate per {full} e {full}, sono tutti e due minorenni",
        "{nick:m} e gli amici vorrebbero un'ora venerdì sera, va bene anche per adulti?",
        "Tagliere di formaggi per un matrimonio, gli sposi sono {first:f} e {first:m}, circa 80 invitati",
        "Buongiorno sono {full:f} per l'ordine dei formaggi, posso aggiungere un pezzo di Castelmagno",
        "Sopralluogo per il fotovoltaico fissato per {full:m} martedì prossimo, è a casa tutta la mattina",
        "il vostro installatore {first:m} dice che l'inverter va cambiato, è in garanzia?",
        "sì ciao sono di nuovo {first:f} allora praticamente mio papà {full:m} vorrebbe i pannelli anche "
         "sul tetto del garage non solo sulla casa e chiedeva se la batteria si può mettere in lavanderia "
         "perché in soffitta non c'è più posto e poi potete mandare il preventivo alla sua mail non alla "
         "mia perché lui il telefono non lo guarda mai grazie",
        "In allegato il contratto firmato.\nCordiali saluti,\n{full}\nSegreteria amministrativa, Edilizia Conero srl",
        "Cognome: {last}\nNome: {first}\nMotivo: prenotazione festa",
        "ciao sn {low} mi sono appena trasferita accanto al vostro negozio, fate sconti per studenti?",
        "Complimenti {first} e a tutto lo staff per i 10 anni della palestra 🎉🧗",
        "per l'attestato il nome è {caps} per favore, in maiuscolo così",
        "Per favore consegnate la vasca per uccelli in via dei Gelsi 12 c/o {full}, io quella settimana non ci sono",
        "prenotazione n. 8812, nome del referente {bare}",
        "Sul certificato deve esserci {dbl}, tutti e due i cognomi per favore",
        "Buongiorno, oggi alle 15 a danza {first:f} la prende sua zia {full:f}",
    ],
    "es": [
        "hola, ¿puedo volver a pedir cita para semipermanente con {first:f} el sábado? la última vez me "
         "duró 3 semanas 💅",
        "Cita para mi hija {full:f} y su amiga {first:f}, uñas para la graduación, el viernes después del "
         "cole si puede ser",
        "{nick:f} me dijo que me podíais hacer un hueco para el relleno antes de las vacaciones, ¿a las "
         "11 os va bien?",
        "holaa, dejo a Galleta para peluquería a las 9, está a nombre de {last}, es el caniche que cojea un poco",
        "¿{first:m} le puede cortar las uñas? solo se deja tocar las patas por él jaja",
        "Mañana os lleva el perro mi vecina {full}, yo trabajo, ella lleva la correa y el dinero",
        "Hola, ¿el rocódromo abre hasta tarde el jueves? {first:m} y yo queremos probar de primero",
        "Quería reservar un cumple para mi hijo {full:m} que cumple 9, 10 niños, ¿los monitores van incluidos?",
        "el monitor {first:m} estuvo genial con mi hijo que tenía miedo, dadle las gracias de nuestra parte 🙏",
        "Bautismo de escalada reservado a nombre de {rev}, 2 adultos, domingo a las 10",
        "buenas, mi mujer {full:f} me regaló un bono para un taller de cerámica, ¿cómo lo uso?",
        "¿La clase de torno de los martes la sigue dando {first:f}? nos encantaba",
        "Pasa mi hermana {first:f} a recoger las piezas para esmaltar, en la balda pone {last}",
        "buenas, soy {full:m}, vivo encima de la panadería, me salta el diferencial todo el rato, ¿puede "
         "venir alguien hoy?",
        "Vuestro electricista {first:m} se dejó la linterna y una caja de regletas wago en casa",
        "por favor la factura de la instalación a nombre de mi casero {init}, no a mí",
        "Sesión de recién nacido para la peque {first:f} el día 14 porfa, somos la familia {last}",
        "¿Podéis mandar las copias a mi madre, {full:f}? se las regala ella",
        "{first} nos hizo las fotos de la boda el año pasado y queremos el mismo fotógrafo para el bautizo",
        "Hola, busco clases de guitarra para mi hijo {first:m}, tiene 12 años y ya tiene guitarra",
        "¿El profe {last} sigue dando el grupo de iniciación de los sábados?",
        "soy {full:f}, la madre de {first:m}, está malito así que hoy no va a clase",
        "esterilla olvidada en la sala 2 anoche, en la etiqueta pone {caps}",
        "¿Podéis apuntar a mi compañera {full} a la clase del miércoles a mediodía? pago yo las dos",
        "qué bonita la clase de {first:f} hoy, ¿da clases particulares?",
        "mesa para 6 esta noche a las 21, a nombre de {last}, uno es vegano",
        "Hola, pedido para recoger a nombre de {full:m}: 2 parrilladas mixtas, un fattoush y salsa de ajo extra",
        "decidle al chef {first:m} que el kibbeh era el mejor que hemos comido fuera de Beirut!!",
        "¿Puedo encargar 4 kg de pecho de ternera para el domingo? pasa mi marido {first:m}, está a nombre de {last}",
        "mi pedido está a nombre de {init}, ¿ya está? la panceta y las longanizas",
        "{first:m} en la carnicería me dijo que hacéis corona de cordero para Navidad, ¿es así?",
        "Hola, el sábado compré sustrato y un comedero, el chico que me atendió ({first:m}?) me dijo que "
         "hacéis envíos",
        "Envío del vivero para {rev}, 3 sacos de corteza, 1 celosía, la puerta está por el lateral",
        "{first:f} de vuestra cafetería encontró mi cartera, dadle mil gracias de mi parte",
        "Hola, cita de vestido de novia para {full:f} el día 3, voy con mi madre y mi testigo {first:f}",
        "Los arreglos del vestido han quedado perfectos, {first:f} es una artista 🥹",
        "Mi novia {first:f} quiere volver a probarse el marfil, ¿podemos pasar el sábado?",
        "Medias suelas para dos pares de botas a nombre de {last}, ¿cuándo estarán?",
        "¿Podéis hacer copias de llaves para mi inquilina {full}? lleva la original y el DNI",
        "el señor de la zapatería ({first:m}?) me dijo que los tacones estaban el martes, ¿sigue en pie?",
        "Pantalla rota de un iPhone 12, es de mi hija {first:f}, lo lleva ella",
        "Hola soy {full:m}, ¿pudisteis sacar las fotos de mi móvil viejo?",
        "En el resguardo de la reparación pone {caps}, ¿puedo pasar después de las 5?",
        "Clase de equitación para mi hija {full:f}, 7 años, nunca ha montado en poni",
        "¿{first:f} da clase el sábado? mi hijo solo quiere montar con ella",
        "factura del pupilaje del caballo a nombre de {init} porfa, como el mes pasado",
        "Mi sobrina {first:f} empieza ballet en septiembre, ¿queda sitio en predanza?",
        "Hola profe {last}, solo para decirle que ya hemos pagado la tasa del examen",
        "Traje del festival: la etiqueta pone {full:f}, está en el grupo de los miércoles",
        "Escape room para 5 el viernes a las 19, reserva a nombre de {full}",
        "nuestro game master {first:m} fue divertidísimo, no salimos pero 10/10",
        "Hola ¿puedo pasar la reserva de las 18 a las 20? está a nombre de {last}, {first:m} del curro "
         "solo puede más tarde",
        "Hola, quería grabar 'Para {first:f}, siempre' en una pulsera, ¿cuántas letras caben?",
        "Ajuste de anillo para {rev}, ticket 4471",
        "mi marido {full:m} pasa a por el reloj, lleva él el tique",
        "Limpieza de cristales en el número 14 porfa, nombre {last}, cada 4 semanas",
        "{first:m}, el que hace nuestra calle, esta vez se dejó las ventanas de atrás, ¿puede volver?",
        "Mandad la factura a mi suegra {full:f}, la casa es suya",
        "Una tarta helada que ponga 'Felicidades {first}' porfa, recogida el sábado, me llamo {full:f}",
        "la chica del mostrador, {first:f}, les puso un montón de fideos de colores a mis hijos, majísima 🍦",
        "Quiero retapizar el sillón de mi abuela, era el favorito de {full:f}, ¿se pueden dejar los "
         "botones originales?",
        "Hola {first:m}, han llegado las muestras de tela, nos gusta el terciopelo verde",
        "Presupuesto porfa para 6 sillas de comedor, enviadlo a {full}, gracias",
        "Residencia para nuestro gato Pepinillo del 12 al 19, dueño {full}, contacto de urgencia mi "
         "hermano {first:m}",
        "¿{first:f} le puede dar a Bruno las pastillas en el desayuno? la última vez lo hizo ella",
        "reserva de residencia a nombre de {rev}, dos perros, uno es reactivo",
        "Busco profe de mates para mi hijo {full:m}, 3º de la ESO, los jueves",
        "La profe {full:f} ha sido increíble, mi hija ha sacado un 9!",
        "me llamo {full:f} y quería una clase de prueba para mis gemelos",
        "Lavado completo de un Seat Ateca el sábado, nombre {last}, perdón está lleno de pelos de perro",
        "¿{first:m} puede volver a hacer el interior? la última vez sacó toda la arena",
        "Cumple en el parque de camas elásticas para los 6 de {first:m}, 15 niños, ¿quién será nuestro monitor?",
        "Autorizaciones firmadas para {full} y {full}, los dos menores",
        "{nick:m} y los colegas quieren una hora el viernes por la noche, ¿vale para adultos?",
        "Tabla de quesos para una boda, los novios son {first:f} y {first:m}, unos 80 invitados",
        "Hola soy {full:f} del pedido de la quesería, ¿puedo añadir una cuña de Torta del Casar?",
        "Visita técnica de placas solares para {full:m} el martes que viene, estará en casa toda la mañana",
        "vuestro instalador {first:m} dice que hay que cambiar el inversor, ¿entra en la garantía?",
        "sí hola soy {first:f} otra vez a ver que mi padre {full:m} quiere placas también en el tejado "
         "del garaje no solo en la casa y preguntaba si la batería puede ir en el lavadero porque en el "
         "altillo ya no cabe nada y también si podéis mandar el presupuesto a su correo no al mío porque "
         "él nunca mira el móvil gracias",
        "Adjunto el contrato firmado.\nUn saludo,\n{full}\nAdministración, Construcciones Ribera Baja S.L.",
        "Apellido: {last}\nNombre: {first}\nMotivo: reserva de cumpleaños",
        "hola soy {low} me acabo de mudar al lado de vuestra tienda, ¿hacéis descuento de estudiante?",
        "Enhorabuena {first} y a todo el equipo por los 10 años del rocódromo 🎉🧗",
        "para el diploma el nombre es {caps} porfa, en mayúsculas así",
        "Por favor entregad la pila para pájaros en calle de los Moreras 12 c/o {full}, yo esa semana no estoy",
        "reserva nº 8812, nombre del titular {bare}",
        "En el certificado tiene que poner {dbl}, los dos apellidos porfa",
        "Hola, hoy a las 15 en ballet recoge a {first:f} su tía {full:f}",
    ],
    "pt": [
        "oi, posso remarcar o gel com a {first:f} no sábado? da última vez durou 3 semanas 💅",
        "Marcação para a minha filha {full:f} e a amiga {first:f}, unhas para a festa de finalistas, "
         "sexta depois das aulas se possível",
        "A {nick:f} disse que me conseguiam encaixar para uma manutenção antes das férias, às 11 dá?",
        "olá, deixo o Bolacha para a tosquia às 9, está em nome de {last}, é o caniche que coxeia um bocadinho",
        "O {first:m} pode cortar as unhas dela? ela só deixa ele mexer nas patas kkkk",
        "Amanhã quem leva o nosso cão é a minha vizinha {full}, eu trabalho, ela leva a trela e o dinheiro",
        "Olá, a parede de escalada abre até tarde na quinta? Eu e o {first:m} queremos experimentar a via "
         "de dificuldade",
        "Queria marcar uma festa para o meu filho {full:m} que faz 9 anos, 10 crianças, os monitores "
         "estão incluídos?",
        "o monitor {first:m} foi incrível com o meu filho que tinha medo, agradeçam-lhe por nós 🙏",
        "Batismo de escalada reservado em nome de {rev}, 2 adultos, domingo às 10h",
        "bom dia, a minha mulher {full:f} ofereceu-me um vale para um workshop de cerâmica, como é que o uso?",
        "A aula de roda de terça ainda é com a {first:f}? adorávamos ela",
        "A minha irmã {first:f} vai buscar as peças para vidrar, na prateleira está {last}",
        "boa tarde, sou o {full:m}, moro em cima da padaria, o disjuntor está sempre a ir abaixo, pode "
         "vir alguém hoje?",
        "O vosso eletricista {first:m} esqueceu a lanterna e uma caixa de conectores wago cá em casa",
        "por favor passem a fatura da instalação em nome do meu senhorio {init}, não em meu nome",
        "Ensaio newborn da bebé {first:f} no dia 14 por favor, somos a família {last}",
        "Podem enviar as fotos impressas para a minha mãe, {full:f}? é ela que as oferece",
        "Foi o {first:m} que fez as fotos do nosso casamento no ano passado, queremos o mesmo fotógrafo "
         "para o batizado",
        "Oi, procuro aulas de violão para o meu filho {first:m}, tem 12 anos e já tem violão",
        "O professor {last} ainda dá a turma de iniciação aos sábados?",
        "é a {full:f}, mãe do {first:m}, ele está doente por isso hoje não vai à aula",
        "tapete esquecido na sala 2 ontem à noite, na etiqueta está {caps}",
        "Podem pôr a minha colega {full} na aula de quarta à hora de almoço? eu pago as duas",
        "que aula linda a da {first:f} hoje, ela dá aulas particulares?",
        "mesa para 6 hoje às 20h, em nome de {last}, um é vegano",
        "Boa noite, pedido para levar em nome de {full:m}: 2 grelhadas mistas, um fattoush e molho de alho extra",
        "digam ao chef {first:m} que o kibbeh foi o melhor que comemos fora de Beirute!!",
        "Posso encomendar 4 kg de peito de vaca para domingo? o meu marido {first:m} vai buscar, está em "
         "nome de {last}",
        "a minha encomenda está em nome de {init}, já está pronta? a barriga de porco e as linguiças",
        "O {first:m} do talho disse-me que fazem coroa de borrego para o Natal, é verdade?",
        "Olá, no sábado comprei terra e um comedouro, o rapaz que me atendeu ({first:m}?) disse que fazem entregas",
        "Entrega do horto para {rev}, 3 sacos de casca de pinheiro, 1 treliça, o portão é de lado",
        "A {first:f} do vosso café encontrou a minha carteira, agradeçam-lhe imenso da minha parte",
        "Olá, marcação de vestido de noiva para {full:f} dia 3, vou com a minha mãe e a minha madrinha {first:f}",
        "Os ajustes do vestido ficaram perfeitos, a {first:f} é uma artista 🥹",
        "A minha noiva {first:f} quer voltar a provar o marfim, podemos passar sábado?",
        "Meias solas em dois pares de botas em nome de {last}, quando ficam prontas?",
        "Podem fazer cópias das chaves para a minha inquilina {full}? ela leva a original e o documento",
        "o senhor da sapataria ({first:m}?) disse que os saltos ficavam prontos terça, mantém-se?",
        "Ecrã partido num iPhone 12, é da minha filha {first:f}, é ela que o vai deixar",
        "Oi, aqui é o {full:m}, vocês conseguiram tirar as fotos do meu celular antigo?",
        "No talão da reparação está {caps}, posso passar depois das 17h?",
        "Aula de equitação para a minha filha {full:f}, 7 anos, nunca montou num pónei",
        "A {first:f} dá aula no sábado? o meu filho só quer montar com ela",
        "fatura da pensão do cavalo em nome de {init} por favor, como no mês passado",
        "A minha sobrinha {first:f} começa ballet em setembro, ainda há vaga na pré-dança?",
        "Olá professora {last}, só para avisar que já pagámos a taxa do exame",
        "Fato do espetáculo: a etiqueta diz {full:f}, ela está na turma de quarta",
        "Escape room para 5 na sexta às 19h, reserva em nome de {full}",
        "o nosso game master {first:m} foi hilariante, não saímos mas 10/10",
        "Oi, dá para passar a reserva das 18h para as 20h? está em nome de {last}, o {first:m} do "
         "trabalho só pode mais tarde",
        "Olá, queria gravar 'Para a {first:f}, para sempre' numa pulseira, quantas letras cabem?",
        "Ajuste de anel para {rev}, talão 4471",
        "o meu marido {full:m} vai buscar o relógio, ele tem o recibo",
        "Limpeza de vidros no nº 14 por favor, nome {last}, de 4 em 4 semanas",
        "O {first:m}, que faz a nossa rua, desta vez esqueceu as janelas de trás, pode voltar?",
        "Mandem a fatura para a minha sogra {full:f}, a casa é dela",
        "Um bolo gelado com 'Parabéns {first}' escrito por favor, levanto sábado, chamo-me {full:f}",
        "a menina do balcão, a {first:f}, pôs granulado a dobrar aos meus filhos, uma querida 🍦",
        "Queria forrar de novo o cadeirão da minha avó, era o preferido da {full:f}, dá para manter os "
         "botões originais?",
        "Olá {first:m}, chegaram as amostras de tecido, gostamos do veludo verde",
        "Orçamento por favor para 6 cadeiras de sala de jantar, enviem para {full}, obrigado",
        "Hotel para o nosso gato Pepino de 12 a 19, dono {full}, contacto de emergência o meu irmão {first:m}",
        "A {first:f} pode dar os comprimidos ao Bruno ao pequeno-almoço? da última vez foi ela",
        "reserva de hotel canino em nome de {rev}, dois cães, um é reativo",
        "Procuro explicador de matemática para o meu filho {full:m}, 9º ano, às quintas",
        "A explicadora {full:f} foi incrível, a minha filha teve 5 no teste!",
        "chamo-me {full:f} e queria uma aula experimental para os meus gémeos",
        "Lavagem completa de um Renault Captur no sábado, nome {last}, desculpem está cheio de pelo de cão",
        "O {first:m} pode fazer o interior outra vez? da última vez tirou a areia toda",
        "Festa no parque de trampolins para os 6 anos do {first:m}, 15 crianças, quem vai ser o nosso animador?",
        "Termos de responsabilidade assinados para {full} e {full}, os dois menores",
        "O {nick:m} e a malta querem uma hora sexta à noite, dá para adultos?",
        "Tábua de queijos para um casamento, os noivos são a {first:f} e o {first:m}, uns 80 convidados",
        "Olá, é a {full:f} da encomenda da queijaria, posso juntar uma fatia de Queijo do Pico",
        "Visita técnica para painéis solares marcada para o {full:m} na próxima terça, ele está em casa a manhã toda",
        "o vosso instalador {first:m} diz que é preciso trocar o inversor, está na garantia?",
        "sim olá sou a {first:f} outra vez então é assim o meu pai {full:m} quer painéis também no "
         "telhado da garagem não só na casa e perguntava se a bateria pode ficar na lavandaria porque no "
         "sótão já não há espaço e também se podem mandar o orçamento para o email dele e não para o meu "
         "porque ele nunca vê o telemóvel obrigada",
        "Segue em anexo o contrato assinado.\nCumprimentos,\n{full}\nDepartamento administrativo, "
         "Construções Beira Alta Lda.",
        "Apelido: {last}\nNome: {first}\nAssunto: reserva de aniversário",
        "oii sou {low} acabei de me mudar do lado da loja de vcs, tem desconto de estudante?",
        "Parabéns {first} e a toda a equipa pelos 10 anos da parede de escalada 🎉🧗",
        "para o diploma o nome é {caps} por favor, em maiúsculas assim",
        "Por favor entreguem o bebedouro de pássaros na Rua das Amoreiras 12 c/o {full}, eu nessa semana não estou",
        "reserva nº 8812, nome do titular {bare}",
        "No certificado tem de aparecer {dbl}, com os dois apelidos por favor",
        "Olá, hoje às 15h no ballet quem vai buscar a {first:f} é a tia dela, {full:f}",
    ],
    "de": [
        "hallo, kann ich am samstag wieder Gelnägel bei {first:f} buchen? die haben letztes mal 3 wochen gehalten 💅",
        "Termin für meine Tochter {full:f} und ihre Freundin {first:f}, Nägel für den Abiball, Freitag "
         "nach der Schule wenn's geht",
        "{nick:f} meinte, ihr könnt mich vor dem Urlaub noch zum Auffüllen reinschieben, passt 11 Uhr?",
        "hallo, ich bring Keks um 9 zum Scheren, läuft unter {last}, der Pudel, der ein bisschen hinkt",
        "Kann {first:m} ihr die Krallen schneiden? an die Pfoten lässt sie nur ihn ran haha",
        "Morgen bringt meine Nachbarin {full} unseren Spaniel, ich muss arbeiten, sie hat Leine und Geld dabei",
        "Hallo, hat die Kletterhalle am Donnerstag lang offen? {first:m} und ich wollen mal Vorstieg probieren",
        "Ich würde gern einen Kindergeburtstag für meinen Sohn {full:m} buchen, er wird 9, 10 Kinder, "
         "sind die Trainer dabei?",
        "Trainer {first:m} war super mit meinem ängstlichen Sohn heute, bitte richtet ihm ein Danke aus 🙏",
        "Schnupperkurs gebucht auf {rev}, 2 Erwachsene, Sonntag 10 Uhr",
        "Guten Tag, meine Frau {full:f} hat mir einen Töpferkurs-Gutschein geschenkt, wie löse ich den ein?",
        "Macht {first:f} noch den Drehscheibenkurs am Dienstag? wir fanden sie toll",
        "Meine Schwester {first:f} holt meine Stücke zum Glasieren ab, auf dem Regal steht {last}",
        "Guten Tag, {full:m} hier, ich wohne über der Bäckerei, bei mir fliegt dauernd der FI raus, kann "
         "heute jemand kommen",
        "Euer Elektriker {first:m} hat seine Stirnlampe und eine Schachtel Wago-Klemmen bei uns liegen lassen",
        "bitte die Rechnung für die Elektrik an meinen Vermieter {init}, nicht an mich",
        "Neugeborenen-Shooting für die kleine {first:f} am 14. bitte, wir sind Familie {last}",
        "Könnt ihr die Abzüge an meine Mutter schicken, {full:f}? sie schenkt sie",
        "{first} hat letztes Jahr unsere Hochzeitsfotos gemacht, wir hätten gern denselben Fotografen für die Taufe",
        "Hallo, ich suche Gitarrenunterricht für meinen Sohn {first:m}, er ist 12 und hat schon eine Gitarre",
        "Gibt Herr {last} noch den Anfängerkurs am Samstag?",
        "hier ist {full:f}, die Mama von {first:m}, er ist krank und kommt heute nicht zum Unterricht",
        "Matte gestern Abend in Raum 2 liegen gelassen, auf dem Schild steht {caps}",
        "Könnt ihr meine Kollegin {full} noch in die Mittwochmittagsstunde nehmen? ich zahl für beide",
        "so schöne Stunde heute bei {first:f}, gibt sie auch Einzelstunden?",
        "Tisch für 6 heute um 20 Uhr, auf {last}, einer ist vegan",
        "Hallo, Bestellung zum Abholen für {full:m}: 2 gemischte Grillteller, ein Fattoush, extra Knoblauchsoße",
        "sagt dem Koch {first:m}, das Kibbeh war das beste, das wir außerhalb von Beirut gegessen haben!!",
        "Kann ich 4 kg Rinderbrust für Sonntag bestellen? mein Mann {first:m} holt ab, läuft auf {last}",
        "meine Bestellung läuft auf {init}, ist die fertig? Schweinebauch und die Bratwürste",
        "{first:m} an der Theke meinte, ihr macht Lammkrone zu Weihnachten, stimmt das?",
        "Hallo, ich hab am Samstag Erde und ein Vogelhaus gekauft, der junge Mann der mir geholfen hat "
         "({first:m}?) sagte, ihr liefert",
        "Lieferung Gartencenter für {rev}, 3 Sack Rindenmulch, 1 Rankgitter, das Tor ist seitlich",
        "{first:f} aus eurem Café hat meinen Geldbeutel gefunden, bitte tausend Dank an sie",
        "Hallo, Brautkleid-Termin für {full:f} am 3., ich komme mit meiner Mutter und meiner Trauzeugin {first:f}",
        "Die Änderungen am Kleid sind perfekt, {first:f} ist eine Künstlerin 🥹",
        "Meine Verlobte {first:f} möchte das elfenbeinfarbene nochmal anprobieren, können wir Samstag vorbeikommen",
        "Neue Sohlen für zwei Paar Stiefel auf {last}, wann sind die fertig?",
        "Könnt ihr Schlüssel für meine Mieterin {full} nachmachen? sie bringt das Original und den Ausweis",
        "der Herr im Laden ({first:m}?) hat gesagt die Absätze sind Dienstag fertig, bleibt's dabei?",
        "Display kaputt bei einem iPhone 12, gehört meiner Tochter {first:f}, sie bringt es vorbei",
        "Hallo, hier {full:m}, habt ihr die Fotos von meinem alten Handy retten können?",
        "Auf dem Reparaturschein steht {caps}, kann ich nach 17 Uhr abholen",
        "Reitstunde für meine Tochter {full:f}, 7 Jahre, saß noch nie auf einem Pony",
        "Unterrichtet {first:f} am Samstag? mein Sohn will nur bei ihr reiten",
        "Rechnung für die Pferdeboxenmiete bitte auf {init}, wie letzten Monat",
        "Meine Nichte {first:f} fängt im September mit Ballett an, ist in der Vorschulgruppe noch Platz?",
        "Hallo Frau {last}, nur zur Info, wir haben die Prüfungsgebühr überwiesen",
        "Kostüm für die Aufführung: auf dem Etikett steht {full:f}, sie ist in der Mittwochsgruppe",
        "Escape Room für 5 am Freitag um 19 Uhr, Buchung auf {full}",
        "unser Spielleiter {first:m} war urkomisch, wir sind nicht rausgekommen aber 10/10",
        "Hallo, kann ich die Buchung von 18 auf 20 Uhr schieben? läuft auf {last}, {first:m} von der "
         "Arbeit kann erst später",
        "Hallo, ich möchte 'Für {first:f}, für immer' in ein Armband gravieren lassen, wie viele Buchstaben passen?",
        "Ring weiten für {rev}, Abholschein 4471",
        "mein Mann {full:m} holt die Uhr ab, er hat den Beleg",
        "Fensterputzen bei Hausnummer 14 bitte, Name {last}, alle 4 Wochen",
        "{first:m}, der bei uns in der Straße putzt, hat diesmal die hinteren Fenster vergessen, kann er "
         "nochmal kommen?",
        "Schickt die Rechnung bitte an meine Schwiegermutter {full:f}, es ist ihr Haus",
        "Eine Eistorte mit 'Alles Gute {first}' drauf bitte, Abholung Samstag, ich heiße {full:f}",
        "das Mädel an der Theke, {first:f}, hat meinen Kindern extra Streusel gegeben, so lieb 🍦",
        "Ich möchte den Sessel meiner Oma neu beziehen lassen, das war der Lieblingssessel von {full:f}, "
         "können die Originalknöpfe bleiben?",
        "Hallo {first:m}, die Stoffmuster sind da, uns gefällt der grüne Samt",
        "Bitte ein Angebot für 6 Esszimmerstühle, an {full} schicken, danke",
        "Katzenpension für unsere Gurke vom 12. bis 19., Halter {full}, Notfallkontakt mein Bruder {first:m}",
        "Kann {first:f} Bruno die Tabletten zum Frühstück geben? letztes Mal hat sie das gemacht",
        "Pensionsbuchung auf {rev}, zwei Hunde, einer ist reaktiv",
        "Ich suche Mathe-Nachhilfe für meinen Sohn {full:m}, 9. Klasse Gymnasium, donnerstags",
        "Die Nachhilfelehrerin {full:f} war großartig, meine Tochter hat eine 2 geschrieben!",
        "ich heiße {full:f} und hätte gern eine Probestunde für meine Zwillinge",
        "Komplettaufbereitung für einen VW Tiguan am Samstag, Name {last}, sorry der ist voller Hundehaare",
        "Kann {first:m} wieder den Innenraum machen? letztes Mal hat er den ganzen Sand rausbekommen",
        "Geburtstag im Trampolinpark zum 6. von {first:m}, 15 Kinder, wer ist unser Betreuer?",
        "Einverständniserklärungen unterschrieben für {full} und {full}, beide minderjährig",
        "{nick:m} und die Jungs wollen Freitagabend eine Stunde springen, geht das auch für Erwachsene?",
        "Käseplatte für eine Hochzeit, das Brautpaar sind {first:f} und {first:m}, ca. 80 Gäste",
        "Hallo, hier {full:f} wegen der Käsebestellung, kann ich noch ein Stück Appenzeller dazunehmen",
        "Vor-Ort-Termin für die Solaranlage bei {full:m} nächsten Dienstag, er ist den ganzen Vormittag da",
        "euer Monteur {first:m} sagt, der Wechselrichter muss getauscht werden, ist das Garantie?",
        "ja hallo hier nochmal {first:f} also folgendes mein Vater {full:m} will die Module jetzt doch "
         "auch aufs Garagendach nicht nur aufs Haus und er fragt ob der Speicher in den "
         "Hauswirtschaftsraum kann weil auf dem Dachboden kein Platz mehr ist und könnt ihr das Angebot an "
         "seine Mail schicken und nicht an meine weil er nie aufs Handy schaut danke",
        "Anbei der unterschriebene Vertrag.\nMit freundlichen Grüßen\n{full}\nSekretariat, "
         "Bauunternehmung Pfälzerwald GmbH",
        "Nachname: {last}\nVorname: {first}\nAnliegen: Geburtstagsbuchung",
        "hi bin {low} bin grad neben euren laden gezogen, gibts studentenrabatt?",
        "Glückwunsch {first} und dem ganzen Team zu 10 Jahren Kletterhalle 🎉🧗",
        "für die Urkunde bitte der Name {caps}, so in Großbuchstaben",
        "Bitte die Vogeltränke an Maulbeerweg 12 c/o {full} liefern, ich bin die Woche weg",
        "Buchungsnr. 8812, Name der Kontaktperson {bare}",
        "Auf der Urkunde soll {dbl} stehen, beide Nachnamen bitte",
        "Hallo, heute um 15 Uhr holt {first:f} ihre Tante {full:f} vom Ballett ab",
    ],
}

# the words each language's no-PII messages fill in
SHOP: dict[str, dict[str, list[str]]] = {
    "en": {
        "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "month": ["January", "March", "April", "May", "June", "August", "October", "December"],
        "town": ["Stornoway", "Leicester", "Bristol", "Handsworth", "Palmers Green", "Hexham", "Whitechapel",
                 "St Ives", "Morpeth"],
        "feast": ["Easter Monday", "the bank holiday", "Christmas Eve", "Diwali", "Eid", "Burns Night",
                  "Greek Easter", "Boxing Day", "Halloween"],
        "team": ["Newcastle", "Leicester City", "Bristol Rovers", "Aston Villa", "West Ham", "Ross County"],
        "dish": ["stottie cakes", "pan haggerty", "Scotch eggs", "Stornoway black pudding", "Lincolnshire sausages",
                 "Bedfordshire clangers", "Eccles cakes"],
        "cut": ["beef Wellington", "Barnsley chop", "Sunday roast joint", "rack of lamb", "pork crackling joint"],
        "flavour": ["Rocky Road", "Mint Choc Chip", "Cookie Dough", "Eton Mess", "Jaffa Cake", "Raspberry Ripple"],
        "exam": ["the 11-plus", "GCSE", "A-level Further Maths", "SATs"],
        "dog": ["Cavalier King Charles", "Jack Russell", "Dobermann", "Saint Bernard", "Bichon Frise",
                "Yorkshire terrier", "Labrador"],
    },
    "fr": {
        "day": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "month": ["janvier", "mars", "avril", "mai", "juin", "août", "octobre", "décembre"],
        "town": ["Quimper", "Colmar", "Ajaccio", "Fort-de-France", "Montpellier", "Saint-Denis", "Rodez",
                 "Saint-Pol-de-Léon", "Sainte-Luce"],
        "feast": ["la Toussaint", "le lundi de Pentecôte", "la Saint-Nicolas", "l'Aïd", "le 14 juillet",
                  "le pardon de Sainte-Anne", "la Santa di u Niolu", "le carnaval", "Noël"],
        "team": ["le Stade Brestois", "le Racing", "l'AC Ajaccio", "le Sporting Club de Bastia", "le MHSC",
                 "Rodez AF"],
        "dish": ["kouign-amann", "far breton", "kougelhopf", "fiadone", "boudin créole", "aligot", "pounti",
                 "baeckeoffe"],
        "cut": ["tournedos Rossini", "rôti Orloff", "gigot de l'Aveyron", "carré d'agneau", "bœuf Wellington"],
        "flavour": ["pistache", "Plombières", "rhum-raisin", "caramel au beurre salé", "Mont-Blanc", "Marie-Galante"],
        "exam": ["le brevet", "le bac", "le contrôle de mars", "le concours de Sciences Po"],
        "dog": ["cavalier King Charles", "jack russell", "dobermann", "saint-bernard", "bichon frisé",
                "yorkshire", "labrador"],
    },
    "it": {
        "day": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        "month": ["gennaio", "marzo", "aprile", "maggio", "giugno", "agosto", "ottobre", "dicembre"],
        "town": ["Nuoro", "Udine", "Catania", "Alba", "Bari", "Porta Venezia", "Macerata", "Sant'Antioco",
                 "San Daniele del Friuli"],
        "feast": ["Sant'Efisio", "Santa Rosalia", "San Nicola", "Sant'Agata", "San Ciriaco",
                  "Pasquetta", "Ognissanti", "Natale", "Capodanno"],
        "team": ["il Cagliari", "l'Udinese", "il Catania", "il Toro", "il Bari", "l'Ancona"],
        "dish": ["seadas", "culurgiones", "frico", "arancini", "bagna càuda", "panzerotti", "vincisgrassi",
                 "cannoli"],
        "cut": ["vitello tonnato", "bollito misto", "bombette", "porceddu", "filetto alla Wellington"],
        "flavour": ["stracciatella", "fiordilatte", "amarena", "pistacchio di Bronte", "Malaga", "bacio"],
        "exam": ["esame di terza media", "maturità", "prove Invalsi", "test di medicina"],
        "dog": ["cavalier King", "jack russell", "dobermann", "San Bernardo", "bichon", "yorkshire", "labrador"],
    },
    "es": {
        "day": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        "month": ["enero", "marzo", "abril", "mayo", "junio", "agosto", "octubre", "diciembre"],
        "town": ["Vigo", "Lugo", "Cartagena", "Lorca", "Cáceres", "Tetuán", "Pamplona", "Santiago de Compostela",
                 "San Javier"],
        "feast": ["San Fermín", "Santiago Apóstol", "los Reyes", "las Fiestas de Primavera", "la Guelaguetza",
                  "Semana Santa", "Todos los Santos", "Nochebuena", "San Isidro"],
        "team": ["el Celta", "el Real Murcia", "el Efe Ce Cartagena", "Osasuna", "Peñarol", "el Mérida"],
        "dish": ["pulpo á feira", "zarangollo", "pastel de carne", "migas extremeñas", "tlayudas", "chistorra",
                 "empanada gallega", "chivito"],
        "cut": ["chuletón de buey", "cochinillo", "presa ibérica", "cordero al chilindrón", "solomillo Wellington"],
        "flavour": ["turrón", "leche merengada", "dulce de leche", "horchata", "stracciatella", "Málaga"],
        "exam": ["la EBAU", "la recuperación de junio", "la evaluación final de 4º", "la PAU"],
        "dog": ["cavalier King Charles", "jack russell", "dóberman", "san bernardo", "bichón maltés",
                "yorkshire", "labrador"],
    },
    "pt": {
        "day": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
        "month": ["janeiro", "março", "abril", "maio", "junho", "agosto", "outubro", "dezembro"],
        "town": ["Ponta Delgada", "Angra do Heroísmo", "Belo Horizonte", "Liberdade", "Olhão", "Goiânia", "Viseu",
                 "São Brás de Alportel", "Santa Maria da Feira"],
        "feast": ["o Espírito Santo", "o Senhor Santo Cristo", "o São João", "a Festa do Divino", "o Tanabata",
                  "a Páscoa", "o Carnaval", "o Natal", "o 25 de Abril"],
        "team": ["o Santa Clara", "o Petro de Luanda", "o Atlético Mineiro", "o Cruzeiro", "o Farense", "o Goiás",
                 "o Académico de Viseu"],
        "dish": ["cozido das Furnas", "muamba de galinha", "pão de queijo", "cataplana", "pamonha", "queijadas",
                 "tremoços", "feijão tropeiro"],
        "cut": ["picanha", "costeletas de borrego", "lombo assado", "cabrito da Beira", "bife Wellington"],
        "flavour": ["doce de leite", "pastel de nata", "maracujá", "ovos moles", "açaí", "Dom Rodrigo"],
        "exam": ["o exame nacional", "o ENEM", "o teste de março", "a prova de aferição"],
        "dog": ["cavalier King Charles", "jack russell", "dobermann", "são-bernardo", "bichon frisé", "yorkshire",
                "labrador"],
    },
    "de": {
        "day": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        "month": ["Januar", "März", "April", "Mai", "Juni", "August", "Oktober", "Dezember"],
        "town": ["Reutlingen", "Favoriten", "Thun", "Wolfsburg", "Münster", "Ottensen", "Kaiserslautern",
                 "Sankt Ingbert", "St. Gallen"],
        "feast": ["Fronleichnam", "Allerheiligen", "Nouruz", "Ostermontag", "Silvester", "Pfingstmontag",
                  "Neujahr", "Heiligabend", "Sankt Martin"],
        "team": ["der VfB", "Rapid", "YB", "der VfL Wolfsburg", "Preußen Münster", "der FCK"],
        "dish": ["Maultaschen", "Kässpätzle", "Saumagen", "Berner Platte", "Wiener Schnitzel", "Leberkäse",
                 "Pumpernickel", "Käsekrainer"],
        "cut": ["Tafelspitz", "Schäufele", "Rinderroulade", "Kasseler", "Filet Wellington"],
        "flavour": ["Stracciatella", "Malaga", "Spaghettieis", "Mozart", "Zitrone-Basilikum", "Bananensplit"],
        "exam": ["Abi", "Fachabi", "Mathe-Abi", "Probeabi"],
        "dog": ["Cavalier King Charles", "Jack Russell", "Dobermann", "Bernhardiner", "Bichon Frisé",
                "Yorkshire", "Labrador"],
    },
}

# makes, varieties and titles the no-PII messages name, the same in every language
BRANDS: dict[str, list[str]] = {
    "polish": ["OPI", "Essie", "Gelish", "CND Shellac", "Kiko", "Sally Hansen", "Chanel Rouge Noir"],
    "clay": ["Potclays", "Amaco", "Botz", "Spectrum", "Shimpo", "Scarva"],
    "climb": ["La Sportiva", "Five Ten", "Black Diamond", "Petzl", "Ocun", "Edelrid", "Evolv"],
    "guitar": ["Fender Stratocaster", "Gibson Les Paul", "Yamaha C40", "Martin D-28", "Ibanez", "Epiphone",
               "Taylor", "Gretsch"],
    "yoga": ["Manduka", "Lululemon", "Liforme", "Gaiam", "Jade"],
    "yogastyle": ["Iyengar", "Ashtanga", "Hatha", "Kundalini", "Yin", "Vinyasa"],
    "jewel": ["Pandora", "Tiffany", "Cartier", "Swatch", "Thomas Sabo", "Seiko", "Longines", "Casio"],
    "phone": ["iPhone 13", "Samsung Galaxy A54", "Xiaomi Redmi Note 12", "Google Pixel 7", "Huawei P30",
              "Motorola Moto G"],
    "breed": ["Haflinger", "Lusitano", "Connemara", "Appaloosa", "Shetland", "Fjord", "Welsh Cob"],
    "saddle": ["Stübben", "Pessoa", "Kentucky", "Prestige", "Passier", "Wintec"],
    "ballet": ["Giselle", "Coppélia", "Raymonda", "Paquita", "La Sylphide", "Carmen"],
    "dancewear": ["Bloch", "Capezio", "Grishko", "Freed", "Sansha"],
    "gelato": ["Carte d'Or", "Ben & Jerry's", "Häagen-Dazs", "Magnum", "Mövenpick", "Algida"],
    "fabric": ["Liberty", "Designers Guild", "Sanderson", "William Morris", "Pierre Frey", "Dedar", "Kvadrat",
               "Rubelli"],
    "petfood": ["Wolf of Wilderness", "Josera", "Acana", "Orijen", "Taste of the Wild", "James Wellbeloved"],
    "valet": ["Meguiar's", "Autoglym", "Turtle Wax", "Chemical Guys", "Sonax", "Koch-Chemie"],
    "trampo": ["Jumpking", "Berg", "Springfree", "Plum", "Salta"],
    "cheese": ["Comté", "Gruyère", "Parmigiano Reggiano", "Manchego", "Serra da Estrela", "Stilton",
               "Emmentaler", "Pecorino Sardo", "Saint-Nectaire", "Sainte-Maure", "Bel Paese", "Tête de Moine",
               "Idiazabal"],
    "solar": ["SolarEdge", "Enphase", "Fronius", "Tesla Powerwall", "SMA Sunny Boy", "Victron"],
    "electric": ["Legrand", "Schneider", "Hager", "Gira", "Busch-Jaeger", "Philips Hue", "Bticino"],
    "camera": ["Canon", "Nikon", "Fujifilm", "Leica", "Hasselblad", "Sony Alpha"],
    "escape": ["Houdini", "Sherlock", "Da Vinci", "Tutankhamun", "Alcatraz", "Dracula"],
    "window": ["Kärcher", "Unger", "Vileda", "Leifheit"],
    "plant": ["Clematis 'Nelly Moser'", "Hydrangea 'Annabelle'", "Fuchsia 'Lady Boothby'", "Lavandula 'Hidcote'",
              "Magnolia 'Susan'", "Camellia 'Lady Campbell'", "Buddleja 'Royal Red'"],
    "shoe": ["Clarks", "Timberland", "Red Wing", "Church's", "Tod's", "Geox", "Camper", "Lloyd", "Paraboot"],
    "bridal": ["Pronovias", "Rosa Clará", "Vera Wang", "Jenny Packham", "Justin Alexander", "Maggie Sottero"],
    "mezze": ["fattoush", "tabbouleh", "kibbeh", "shish taouk", "manakish", "baba ghanoush", "moutabal", "knafeh"],
}

# no-PII message shapes, filled from SHOP and BRANDS
CLEAN: dict[str, list[str]] = {
    "en": [
        "Do you have {polish} in a nude shade? I'm in on {day}",
        "is the gel manicure still £25 on {day}s?",
        "What shampoo do you use on the dogs? my {dog} came home smelling amazing",
        "Can you groom a {dog} on {day} morning or is that too big for the table",
        "Are {climb} shoes available to hire or only the house ones?",
        "Is the bouldering area closed over {feast}?",
        "Do you fire stoneware on {day}s? my mug's been on the shelf since {month}",
        "which glaze is the speckled blue, I can't find it in the {clay} chart",
        "Need 3 double sockets moved and a {electric} dimmer fitted, rough price?",
        "Can you fit {solar} batteries or only panels?",
        "Do you do headshots? looking at {month}, natural light if possible",
        "What camera do you shoot on, {camera}? asking for a college project",
        "Is a {guitar} ok for a beginner or too heavy",
        "are lessons cancelled for {feast}? just checking",
        "Which mat would you recommend, {yoga} or the cheaper one?",
        "Is the {yogastyle} class ok for complete beginners",
        "Table for 4 on {day}, do you have {mezze} tonight?",
        "Do you sell Almaza or only soft drinks 🍺",
        "Could you do a {cut} for 8 people, collecting {day}",
        "Any {dish} left for the weekend?",
        "Do you stock {plant}? want one for a north-facing wall",
        "Open on {feast}? need compost and bark",
        "Do you have {bridal} in stock or is it order only?",
        "How long do alterations take for a {month} wedding",
        "Can you resole {shoe} boots? the heel's gone",
        "Do you stretch shoes? new {shoe} are killing me",
        "{phone} battery replacement, how long does it take",
        "Is it cheaper to fix a {phone} screen or just trade it in",
        "Are your ponies ok for a nervous 6-year-old, is the {breed} the quiet one?",
        "do you sell {saddle} saddles or just hire tack",
        "When do tickets for {ballet} go on sale?",
        "where can I get {dancewear} ballet shoes in a child's 11?",
        "Is the {escape} room ok for 10-year-olds?",
        "Do you run {escape} on {day} evenings",
        "Can you replace a battery in a {jewel} watch while I wait",
        "Do you buy old gold? I have a {jewel} chain I never wear",
        "Do you use a {window} pole or ladders? we've got a conservatory",
        "Can you do the windows before {feast}? having people over",
        "Is {flavour} gluten free?",
        "Do you still do {gelato} tubs or only your own",
        "Do you have {fabric} samples in the shop?",
        "How much to recover a footstool in {fabric}?",
        "What food do the dogs get, is it {petfood}? ours is on a special diet",
        "Any spaces over {feast} for a small terrier?",
        "Does your tutor cover {exam} or just GCSE?",
        "Do you do a mock before {exam} in {month}?",
        "Do you use {valet} products? the last place left swirls on the paint",
        "How long is a full valet, I need the car back by {day}",
        "Are the {trampo} trampolines the ones you have in the park?",
        "are grip socks compulsory? we left ours at home 😅",
        "Is {cheese} in stock this week?",
        "Can you do a cheese tower with {cheese} for {month}?",
        "Open on {feast}? I need {cheese} for the board",
        "is there parking near the {town} shop?",
        "{team} are playing on {day} so can we do an earlier slot",
        "Can I pay by bank transfer, the card machine was down on {day}",
        "Thanks so much, see you in {month}!",
        "Is the {town} branch open on {feast}",
        "Do you do gift vouchers for {feast}?",
        "Quote please for 8 panels, {solar} inverter, south-facing roof",
        "Any {polish} for a pedicure on {day}?",
        "Does the groom include nails and ears, it's a {dog}",
        "Can you print a canvas of our {dog} from a phone photo?",
        "Do you sell {clay} clay for home use?",
        "Will {plant} cope in full sun?",
    ],
    "fr": [
        "Vous avez du {polish} en nude ? je passe {day}",
        "le semi-permanent est toujours à 25 € le {day} ?",
        "C'est quoi le shampoing que vous utilisez ? mon {dog} sentait trop bon en rentrant",
        "Vous pouvez toiletter un {dog} {day} matin ou c'est trop gros pour la table",
        "Les chaussons {climb} sont en location ou il n'y a que ceux de la salle ?",
        "L'espace bloc est fermé pour {feast} ?",
        "Vous faites des cuissons grès le {day} ? mon mug attend depuis {month}",
        "c'est quel émail le bleu moucheté, je le trouve pas sur le nuancier {clay}",
        "3 prises doubles à déplacer et un variateur {electric} à poser, à peu près combien ?",
        "Vous installez les batteries {solar} ou seulement les panneaux ?",
        "Vous faites des portraits pro ? plutôt en {month}, lumière naturelle si possible",
        "Vous travaillez avec quel appareil, {camera} ? c'est pour un projet de BTS",
        "Une {guitar} ça va pour un débutant ou c'est trop lourd",
        "les cours sont annulés pour {feast} ? je vérifie",
        "Vous conseillez quel tapis, {yoga} ou le moins cher ?",
        "Le cours de {yogastyle} c'est ok pour grands débutants",
        "Table pour 4 {day}, vous avez du {mezze} ce soir ?",
        "Vous avez de l'Almaza ou que des softs 🍺",
        "Vous pouvez préparer un {cut} pour 8, retrait {day}",
        "Il vous reste du {dish} pour le week-end ?",
        "Vous avez {plant} ? c'est pour un mur exposé nord",
        "Ouvert pour {feast} ? il me faut du terreau",
        "Vous avez du {bridal} en boutique ou c'est sur commande ?",
        "Combien de temps pour les retouches pour un mariage en {month}",
        "Vous pouvez ressemeler des bottines {shoe} ? le talon est fichu",
        "Vous élargissez les chaussures ? mes {shoe} neuves me tuent",
        "Batterie de {phone} à changer, ça prend combien de temps",
        "C'est moins cher de réparer l'écran d'un {phone} ou de le revendre",
        "Vos poneys sont ok pour une petite de 6 ans qui a peur, c'est le {breed} le plus calme ?",
        "vous vendez des selles {saddle} ou seulement en location",
        "Les places pour {ballet} sont en vente quand ?",
        "où trouver des demi-pointes {dancewear} en 29 ?",
        "La salle {escape} c'est ok pour des enfants de 10 ans ?",
        "Vous ouvrez {escape} le {day} soir",
        "Vous changez la pile d'une montre {jewel} pendant que j'attends ?",
        "Vous rachetez l'or ? j'ai une chaîne {jewel} que je ne porte jamais",
        "Vous utilisez une perche {window} ou une échelle ? on a une véranda",
        "Vous pouvez faire les vitres avant {feast} ? on reçoit",
        "Le parfum {flavour} est sans gluten ?",
        "Vous vendez encore les pots {gelato} ou seulement vos glaces maison",
        "Vous avez des échantillons {fabric} en boutique ?",
        "Combien pour recouvrir un pouf en {fabric} ?",
        "Vous donnez quelles croquettes aux chiens, {petfood} ? le nôtre a un régime spécial",
        "Il reste de la place pour {feast} pour un petit terrier ?",
        "Le prof fait aussi la préparation pour {exam} ?",
        "Vous faites un examen blanc avant {exam} en {month} ?",
        "Vous utilisez des produits {valet} ? l'autre station m'a laissé des micro-rayures",
        "Un lavage complet ça prend combien de temps, il me faut la voiture pour {day}",
        "Ce sont des trampolines {trampo} que vous avez au parc ?",
        "les chaussettes antidérapantes sont obligatoires ? on les a oubliées 😅",
        "Vous avez du {cheese} cette semaine ?",
        "Vous pouvez faire une pièce montée de fromages avec du {cheese} pour {month} ?",
        "Ouvert pour {feast} ? il me faut du {cheese} pour le plateau",
        "il y a un parking près de la boutique de {town} ?",
        "Il y a {team} qui joue {day}, on peut prendre un créneau plus tôt",
        "Je peux payer par virement, le terminal CB ne marchait pas {day}",
        "Merci beaucoup, à {month} !",
        "La boutique de {town} est ouverte pour {feast}",
        "Vous faites des cartes cadeaux pour {feast} ?",
        "Devis svp pour 8 panneaux, onduleur {solar}, toit plein sud",
        "Vous avez du {polish} pour une beauté des pieds {day} ?",
        "Le toilettage comprend les griffes et les oreilles ? c'est un {dog}",
        "Vous pouvez imprimer une toile de notre {dog} à partir d'une photo de téléphone ?",
        "Vous vendez de l'argile {clay} pour faire à la maison ?",
        "Est-ce que {plant} supporte le plein soleil ?",
    ],
    "it": [
        "Avete {polish} color nude? passo {day}",
        "il semipermanente costa sempre 25 € il {day}?",
        "Che shampoo usate? il mio {dog} è tornato che profumava tantissimo",
        "Riuscite a toelettare un {dog} {day} mattina o è troppo grande per il tavolo",
        "Le scarpette {climb} si possono noleggiare o ci sono solo quelle della palestra?",
        "Il boulder è chiuso per {feast}?",
        "Fate cotture di gres il {day}? la mia tazza è sullo scaffale da {month}",
        "qual è lo smalto blu puntinato, non lo trovo nella cartella {clay}",
        "3 prese doppie da spostare e un dimmer {electric} da montare, più o meno quanto?",
        "Montate le batterie {solar} o solo i pannelli?",
        "Fate ritratti professionali? pensavo a {month}, luce naturale se possibile",
        "Con che macchina scattate, {camera}? è per un progetto di scuola",
        "Una {guitar} va bene per un principiante o è troppo pesante",
        "le lezioni sono sospese per {feast}? chiedo",
        "Che tappetino consigliate, {yoga} o quello più economico?",
        "Il corso di {yogastyle} va bene per principianti assoluti",
        "Tavolo per 4 {day}, stasera avete il {mezze}?",
        "Avete la Almaza o solo bibite 🍺",
        "Potete preparare {cut} per 8, ritiro {day}",
        "Vi sono rimasti dei {dish} per il fine settimana?",
        "Avete {plant}? è per un muro esposto a nord",
        "Aperti per {feast}? mi serve del terriccio",
        "Avete {bridal} in negozio o è solo su ordinazione?",
        "Quanto ci vuole per le modifiche per un matrimonio a {month}",
        "Potete risuolare degli stivaletti {shoe}? il tacco è andato",
        "Allargate le scarpe? le {shoe} nuove mi stanno uccidendo",
        "Batteria da cambiare su {phone}, quanto ci vuole",
        "Conviene riparare lo schermo di un {phone} o darlo in permuta",
        "I vostri pony vanno bene per una bimba di 6 anni che ha paura, il {breed} è quello tranquillo?",
        "vendete selle {saddle} o solo noleggio",
        "Quando escono i biglietti per {ballet}?",
        "dove trovo le mezze punte {dancewear} misura 29?",
        "La stanza {escape} va bene per bambini di 10 anni?",
        "Fate {escape} il {day} sera",
        "Mi cambiate la pila di un orologio {jewel} mentre aspetto?",
        "Comprate oro usato? ho una catenina {jewel} che non metto mai",
        "Usate l'asta {window} o la scala? abbiamo una veranda",
        "Riuscite a fare i vetri prima di {feast}? abbiamo ospiti",
        "Il gusto {flavour} è senza glutine?",
        "Avete ancora le vaschette {gelato} o solo il vostro gelato",
        "Avete campionari {fabric} in negozio?",
        "Quanto costa rivestire un pouf in {fabric}?",
        "Che crocchette date ai cani, {petfood}? il nostro ha una dieta speciale",
        "C'è ancora posto per {feast} per un terrier piccolo?",
        "Fate anche preparazione {exam}?",
        "Fate una simulazione di {exam} a {month}?",
        "Usate prodotti {valet}? l'altro autolavaggio mi ha lasciato gli aloni sulla vernice",
        "Quanto dura un lavaggio completo, mi serve la macchina per {day}",
        "I tappeti elastici del parco sono {trampo}?",
        "i calzini antiscivolo sono obbligatori? li abbiamo dimenticati 😅",
        "Avete il {cheese} questa settimana?",
        "Potete fare una torta di formaggi con il {cheese} per {month}?",
        "Aperti per {feast}? mi serve il {cheese} per il tagliere",
        "c'è parcheggio vicino al negozio di {town}?",
        "{day} gioca {team}, possiamo fare un orario prima",
        "Posso pagare con bonifico, il POS {day} non funzionava",
        "Grazie mille, ci vediamo a {month}!",
        "Il negozio di {town} è aperto per {feast}",
        "Fate buoni regalo per {feast}?",
        "Preventivo per favore per 8 pannelli, inverter {solar}, tetto esposto a sud",
        "Avete {polish} per una pedicure {day}?",
        "La toelettatura comprende unghie e orecchie? è un {dog}",
        "Potete stampare una tela del nostro {dog} da una foto del telefono?",
        "Vendete argilla {clay} da usare a casa?",
        "{plant} regge il sole pieno?",
    ],
    "es": [
        "¿Tenéis {polish} en tono nude? me paso el {day}",
        "el semipermanente sigue a 25 € los {day}?",
        "¿Qué champú usáis? mi {dog} volvió oliendo de maravilla",
        "¿Podéis pelar a un {dog} el {day} por la mañana o es muy grande para la mesa?",
        "¿Los pies de gato {climb} se alquilan o solo hay los del rocódromo?",
        "¿La zona de búlder cierra por {feast}?",
        "¿Hacéis horneadas de gres los {day}? mi taza lleva en la balda desde {month}",
        "cuál es el esmalte azul moteado, no lo encuentro en la carta de {clay}",
        "Mover 3 enchufes dobles y poner un regulador {electric}, ¿más o menos cuánto?",
        "¿Instaláis baterías {solar} o solo placas?",
        "¿Hacéis retratos profesionales? pensaba en {month}, con luz natural si puede ser",
        "¿Con qué cámara trabajáis, {camera}? es para un trabajo del ciclo",
        "¿Una {guitar} está bien para empezar o pesa mucho?",
        "¿se suspenden las clases por {feast}? pregunto",
        "¿Qué esterilla recomendáis, {yoga} o la más barata?",
        "¿La clase de {yogastyle} vale para principiantes totales?",
        "Mesa para 4 el {day}, ¿tenéis {mezze} esta noche?",
        "¿Tenéis Almaza o solo refrescos 🍺",
        "¿Me podéis preparar {cut} para 8, recojo el {day}?",
        "¿Os queda {dish} para el finde?",
        "¿Tenéis {plant}? es para una pared orientada al norte",
        "¿Abrís en {feast}? necesito sustrato",
        "¿Tenéis {bridal} en tienda o es solo por encargo?",
        "¿Cuánto tardan los arreglos para una boda en {month}?",
        "¿Podéis poner suela a unos botines {shoe}? el tacón está fatal",
        "¿Dais de sí los zapatos? los {shoe} nuevos me están matando",
        "Cambio de batería de un {phone}, ¿cuánto tarda?",
        "¿Sale más a cuenta arreglar la pantalla de un {phone} o venderlo?",
        "¿Vuestros ponis van bien para una niña de 6 años con miedo, el {breed} es el tranquilo?",
        "¿vendéis sillas de montar {saddle} o solo alquiler?",
        "¿Cuándo salen las entradas de {ballet}?",
        "¿dónde encuentro medias puntas {dancewear} de la 29?",
        "¿La sala {escape} vale para niños de 10 años?",
        "¿Tenéis {escape} los {day} por la tarde?",
        "¿Me cambiáis la pila de un reloj {jewel} mientras espero?",
        "¿Compráis oro? tengo una cadena {jewel} que no me pongo nunca",
        "¿Usáis pértiga {window} o escalera? tenemos un cerramiento",
        "¿Podéis hacer los cristales antes de {feast}? tenemos visita",
        "¿El sabor {flavour} es sin gluten?",
        "¿Seguís teniendo tarrinas de {gelato} o solo el helado vuestro?",
        "¿Tenéis muestrarios de {fabric} en tienda?",
        "¿Cuánto cuesta tapizar un puf en {fabric}?",
        "¿Qué pienso les dais a los perros, {petfood}? el nuestro lleva dieta especial",
        "¿Queda sitio para {feast} para un terrier pequeño?",
        "¿El profe prepara también {exam}?",
        "¿Hacéis un simulacro antes de {exam} en {month}?",
        "¿Usáis productos {valet}? el otro lavadero me dejó marcas en la pintura",
        "¿Cuánto tarda un lavado completo? necesito el coche para el {day}",
        "¿Las camas elásticas del parque son {trampo}?",
        "¿los calcetines antideslizantes son obligatorios? nos los hemos dejado 😅",
        "¿Tenéis {cheese} esta semana?",
        "¿Podéis hacer una tarta de quesos con {cheese} para {month}?",
        "¿Abrís en {feast}? necesito {cheese} para la tabla",
        "¿hay aparcamiento cerca de la tienda de {town}?",
        "El {day} juega {team}, ¿podemos coger un turno antes?",
        "¿Puedo pagar por transferencia? el datáfono no iba el {day}",
        "¡Muchas gracias, nos vemos en {month}!",
        "¿La tienda de {town} abre en {feast}?",
        "¿Hacéis tarjetas regalo para {feast}?",
        "Presupuesto porfa para 8 placas, inversor {solar}, tejado orientado al sur",
        "¿Tenéis {polish} para una pedicura el {day}?",
        "¿La peluquería incluye uñas y orejas? es un {dog}",
        "¿Podéis imprimir un lienzo de nuestro {dog} a partir de una foto del móvil?",
        "¿Vendéis arcilla {clay} para usar en casa?",
        "¿{plant} aguanta el sol directo?",
    ],
    "pt": [
        "Têm {polish} em tom nude? passo aí na {day}",
        "o gel continua a 25 € à {day}?",
        "Que champô usam? o meu {dog} voltou a cheirar tão bem",
        "Conseguem tosquiar um {dog} na {day} de manhã ou é grande demais para a mesa?",
        "As sapatilhas {climb} alugam-se ou só há as do ginásio?",
        "A zona de boulder fecha para {feast}?",
        "Fazem cozeduras de grés à {day}? a minha caneca está na prateleira desde {month}",
        "qual é o vidrado azul pintalgado, não encontro na carta da {clay}",
        "Mudar 3 tomadas duplas e pôr um regulador {electric}, mais ou menos quanto fica?",
        "Instalam baterias {solar} ou só painéis?",
        "Fazem retratos profissionais? pensava em {month}, com luz natural se der",
        "Fotografam com que câmara, {camera}? é para um trabalho da escola",
        "Uma {guitar} serve para principiante ou é pesada demais",
        "as aulas são canceladas para {feast}? só para confirmar",
        "Que tapete recomendam, {yoga} ou o mais barato?",
        "A aula de {yogastyle} dá para quem nunca fez nada?",
        "Mesa para 4 na {day}, hoje há {mezze}?",
        "Têm Almaza ou só refrigerantes 🍺",
        "Podem preparar {cut} para 8, levanto na {day}",
        "Ainda há {dish} para o fim de semana?",
        "Têm {plant}? é para uma parede virada a norte",
        "Abrem para {feast}? preciso de terra",
        "Têm {bridal} em loja ou é só por encomenda?",
        "Quanto tempo demoram os ajustes para um casamento em {month}",
        "Conseguem pôr sola nuns botins {shoe}? o salto já era",
        "Alargam sapatos? os {shoe} novos estão a dar cabo de mim",
        "Trocar a bateria de um {phone}, quanto tempo demora",
        "Compensa arranjar o ecrã de um {phone} ou vender",
        "Os vossos póneis dão para uma menina de 6 anos com medo, o {breed} é o mais calmo?",
        "vendem selas {saddle} ou só alugam",
        "Quando saem os bilhetes para {ballet}?",
        "onde encontro sapatilhas de ballet {dancewear} no 29?",
        "A sala {escape} dá para crianças de 10 anos?",
        "Têm {escape} na {day} à noite",
        "Trocam a pilha de um relógio {jewel} enquanto espero?",
        "Compram ouro? tenho um fio {jewel} que nunca uso",
        "Usam vara {window} ou escada? temos uma marquise",
        "Conseguem limpar os vidros antes d{feast}? temos visitas",
        "O sabor {flavour} é sem glúten?",
        "Ainda vendem as caixas {gelato} ou só os vossos gelados",
        "Têm mostruários {fabric} na loja?",
        "Quanto custa forrar um pufe em {fabric}?",
        "Que ração dão aos cães, {petfood}? o nosso faz dieta especial",
        "Ainda há vaga n{feast} para um terrier pequeno?",
        "O explicador prepara também para {exam}?",
        "Fazem simulado antes d{exam} em {month}?",
        "Usam produtos {valet}? a outra lavagem deixou marcas na pintura",
        "Quanto tempo demora uma lavagem completa? preciso do carro na {day}",
        "Os trampolins do parque são {trampo}?",
        "as meias antiderrapantes são obrigatórias? esquecemo-nos delas 😅",
        "Têm {cheese} esta semana?",
        "Conseguem fazer um bolo de queijos com {cheese} para {month}?",
        "Abrem n{feast}? preciso de {cheese} para a tábua",
        "há estacionamento perto da loja de {town}?",
        "Na {day} joga {team}, dá para marcar mais cedo?",
        "Posso pagar por transferência? o multibanco não funcionava na {day}",
        "Muito obrigada, até {month}!",
        "A loja de {town} abre n{feast}?",
        "Fazem vales de oferta para {feast}?",
        "Orçamento por favor para 8 painéis, inversor {solar}, telhado virado a sul",
        "Têm {polish} para uma pedicure na {day}?",
        "A tosquia inclui unhas e orelhas? é um {dog}",
        "Conseguem imprimir uma tela do nosso {dog} a partir de uma foto do telemóvel?",
        "Vendem barro {clay} para usar em casa?",
        "{plant} aguenta sol direto?",
    ],
    "de": [
        "Habt ihr {polish} in Nude? ich komm am {day}",
        "kostet die Gel-Maniküre am {day} immer noch 25 €?",
        "Was für ein Shampoo benutzt ihr? mein {dog} hat so gut gerochen",
        "Könnt ihr einen {dog} am {day} vormittag scheren oder ist der zu groß für den Tisch",
        "Kann man {climb} Kletterschuhe leihen oder gibt's nur die von der Halle?",
        "Ist der Boulderbereich über {feast} zu?",
        "Brennt ihr Steinzeug am {day}? meine Tasse steht seit {month} im Regal",
        "welche Glasur ist das gesprenkelte Blau, ich find's nicht in der {clay}-Karte",
        "3 Doppelsteckdosen versetzen und einen {electric}-Dimmer einbauen, was kostet das ungefähr?",
        "Baut ihr auch {solar} Speicher ein oder nur Module?",
        "Macht ihr Bewerbungsfotos? eher im {month}, mit Tageslicht wenn's geht",
        "Mit welcher Kamera fotografiert ihr, {camera}? ist für ein Schulprojekt",
        "Ist eine {guitar} okay für Anfänger oder zu schwer",
        "fällt der Unterricht an {feast} aus? nur zur Sicherheit",
        "Welche Matte empfehlt ihr, {yoga} oder die günstige?",
        "Ist die {yogastyle}-Stunde was für totale Anfänger",
        "Tisch für 4 am {day}, gibt's heute {mezze}?",
        "Habt ihr Almaza oder nur Softdrinks 🍺",
        "Könnt ihr {cut} für 8 Personen machen, Abholung {day}",
        "Habt ihr noch {dish} fürs Wochenende?",
        "Habt ihr {plant}? für eine Nordwand",
        "Habt ihr an {feast} offen? brauche Blumenerde",
        "Habt ihr {bridal} im Laden oder nur auf Bestellung?",
        "Wie lange dauern Änderungen für eine Hochzeit im {month}",
        "Könnt ihr {shoe} Stiefeletten neu besohlen? der Absatz ist hin",
        "Weitet ihr Schuhe? die neuen {shoe} bringen mich um",
        "Akkutausch beim {phone}, wie lange dauert das",
        "Lohnt sich ein neues Display beim {phone} oder lieber verkaufen",
        "Sind eure Ponys was für eine ängstliche 6-Jährige, ist der {breed} der ruhige?",
        "verkauft ihr {saddle} Sättel oder nur Verleih",
        "Wann gibt's Karten für {ballet}?",
        "wo bekomme ich {dancewear} Ballettschläppchen in Größe 29?",
        "Ist der {escape}-Raum okay für 10-Jährige?",
        "Spielt ihr {escape} auch am {day} abends",
        "Könnt ihr die Batterie einer {jewel} Uhr wechseln, während ich warte?",
        "Kauft ihr Altgold an? ich hab eine {jewel} Kette, die ich nie trage",
        "Nehmt ihr eine {window} Teleskopstange oder Leitern? wir haben einen Wintergarten",
        "Schafft ihr die Fenster noch vor {feast}? wir kriegen Besuch",
        "Ist die Sorte {flavour} glutenfrei?",
        "Verkauft ihr noch {gelato} Packungen oder nur euer eigenes Eis",
        "Habt ihr {fabric} Stoffmuster im Laden?",
        "Was kostet es, einen Hocker mit {fabric} zu beziehen?",
        "Welches Futter bekommen die Hunde, {petfood}? unserer braucht Diätfutter",
        "Ist über {feast} noch ein Platz für einen kleinen Terrier frei?",
        "Bereitet die Nachhilfe auch aufs {exam} vor?",
        "Macht ihr vor dem {exam} im {month} eine Probeprüfung?",
        "Benutzt ihr {valet} Produkte? die andere Aufbereitung hat Hologramme im Lack hinterlassen",
        "Wie lange dauert eine Komplettaufbereitung, ich brauch das Auto am {day}",
        "Sind die Trampoline im Park von {trampo}?",
        "sind Stoppersocken Pflicht? wir haben unsere vergessen 😅",
        "Habt ihr diese Woche {cheese}?",
        "Könnt ihr eine Käsetorte mit {cheese} für {month} machen?",
        "Habt ihr an {feast} offen? ich brauch {cheese} für die Platte",
        "gibt's Parkplätze beim Laden in {town}?",
        "Am {day} spielt {team}, können wir einen früheren Termin nehmen",
        "Kann ich überweisen? das Kartengerät ging am {day} nicht",
        "Vielen Dank, bis im {month}!",
        "Hat der Laden in {town} an {feast} offen",
        "Macht ihr Gutscheine für {feast}?",
        "Angebot bitte für 8 Module, Wechselrichter {solar}, Süddach",
        "Habt ihr {polish} für eine Pediküre am {day}?",
        "Sind beim Scheren Krallen und Ohren dabei? es ist ein {dog}",
        "Könnt ihr eine Leinwand von unserem {dog} aus einem Handyfoto drucken?",
        "Verkauft ihr {clay} Ton für zuhause?",
        "Verträgt {plant} volle Sonne?",
    ],
}
# fmt: on


def _bare(text: str) -> str:
    """A name as typed on a phone that drops accents ("Nguyễn" as "Nguyen", "Šołta" as "Solta")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return plain.translate(_PLAIN)


def _person(lang: str, slot: str, rng: random.Random) -> str:
    """One name for a slot, drawn from a group of one origin so given name and surname match; a
    short form is a woman's or a man's as the slot asks."""
    kind, _, gender = slot.partition(":")
    side = {"f": 0, "m": 1}.get(gender)
    groups = [g for g in PEOPLE[lang] if side is None or g[side]]
    women, men, surnames, short_f, short_m = rng.choices(
        groups, weights=[len(g[0]) + len(g[1]) + len(g[2]) for g in groups]
    )[0]
    given = rng.choice(women + men if side is None else (women, men)[side])
    if kind == "first":
        return given
    last = rng.choice(surnames)
    if kind == "last":
        return last
    if kind == "dbl":
        other = rng.choice([s for s in surnames if s != last])
        return f"{given} {last} {other}" if lang in ("es", "pt") else f"{given} {last}-{other}"
    if kind == "nick":
        return f"{rng.choice(short_f + short_m if side is None else (short_f, short_m)[side])} {last}"
    if kind == "init":
        return f"{given[0]}. {last}"
    if kind == "rev":
        return f"{last.upper() if rng.random() < 0.5 else last} {given}"  # "CRONIN Aoife" as on a form
    full = f"{given} {last}"
    if kind == "bare":
        return _bare(full)
    return {"low": full.lower(), "caps": full.upper()}.get(kind, full)


def _pair(name: str) -> tuple[str, str]:
    """A name's given name and surname as compared with another set: its first and last words in
    lower case, hyphens split, accents dropped so that "Yilmaz" and "Yılmaz" count as one."""
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
        while len(value.split()) > 1 and (_pair(value) in taken or _pair(" ".join(value.split()[::-1])) in taken):
            value = _person(lang, slot, rng)  # a pair an earlier set has, either way round
        text += before
        gold.append((len(text), len(text) + len(value)))  # offsets from the text as built
        text += value
    return text + rest, gold


def earlier_pairs() -> set[tuple[str, str]]:
    """Every earlier held-out set's full names as (given, surname) pairs, compared by program,
    never printed."""
    from bench import (
        names_heldout,
        names_heldout2,
        names_heldout3,
        names_heldout4,
        names_heldout5,
        names_heldout6,
        names_heldout7,
        names_heldout8,
        names_heldout9,
        names_heldout10,
        names_heldout11,
        names_heldout12,
        names_heldout13,
        names_heldout14,
        names_heldout15,
        names_heldout16,
        names_heldout17,
        names_heldout18,
        names_heldout19,
        names_heldout20,
        names_heldout21,
    )

    modules = (names_heldout, names_heldout2, names_heldout3, names_heldout4, names_heldout5, names_heldout6,
               names_heldout7, names_heldout8, names_heldout9, names_heldout10, names_heldout11,
               names_heldout12, names_heldout13, names_heldout14, names_heldout15, names_heldout16,
               names_heldout17, names_heldout18, names_heldout19, names_heldout20, names_heldout21)  # fmt: skip
    return {
        _pair(e.text[a:b])
        for module in modules
        for e in module.load()
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
        words = {**SHOP[lang], **BRANDS}
        shapes = list(range(len(CLEAN[lang])))
        seen: set[str] = set()
        turn = 0
        while len(seen) < CLEAN_PER_LANGUAGE:
            if turn % len(shapes) == 0:
                rng.shuffle(shapes)  # every no-PII shape used before any is used again
            template = CLEAN[lang][shapes[turn % len(shapes)]]
            turn += 1
            text = template.format(**{key: rng.choice(values) for key, values in words.items()})
            text = text[0].upper() + text[1:] if rng.random() < 0.6 else text  # some start in lower case
            roll = rng.random()
            if roll < LOWER_SHARE:
                text = text.lower()
            elif roll > 1 - CAPS_SHARE:
                text = text.upper()
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
