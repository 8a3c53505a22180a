"""A twenty-first held-out set for person names and no-PII commerce chat, frozen before its first run.

Why a twenty-first set: the seventeenth (`bench.names_heldout17`) was retired to tuning on 2026-12-07, in
the evening, while the eighteenth to the twentieth still measure; rounds of rules may follow, so final
figures need one more set that neither the rules nor the people tuning them have seen. This one was
written on 2026-12-07 by a fifteenth independent author (a helper session started for this alone), after
the seventeenth had been retired, who had not read Veil's rule code (`recognizers/`, `proxy/`), its data
files (`recognizers/data/`, `bench/data/` but the first 400 bytes of one file), the tune sets
(`bench/*tune*.py`), any held-out or retired set's templates, no-PII shapes, shop words or name lists, nor
any set's messages, any miss list, nor `docs/detection*.md`, and who never ran Veil on it. Read were:
`bench.names_heldout20`'s lines 1 to 215 (docstring, imports, constants and its first `PEOPLE` group, the
Doric one, none of whose names is used here) and its functions `_bare` to `main` for the interface (none
of its tables between them was read), the docstrings of `bench.names_heldout17` to `bench.names_heldout19`
(printed by program, only to keep off their origin groups, businesses and situations), the first 400
bytes of heldout20's data file for the format (two and a half lines), `bench.names_heldout`'s `Example`,
`dumps`, `fingerprint`, `load` and `freeze_cli` (printed by program one by one, so none of that first
set's own templates was seen), `tests/bench/test_names_heldout_sets.py`, and the docstring, import block,
`SETS` dict and `--set` help of `bench.names` (a search in it also showed the docstring lines naming the
sets, and the lines read after `SETS` its `RETIRED` constant, `covered` and the opening of `run`, none of
which shows a rule or a message). Its functions `_bare` to `main` were taken over from heldout20's, with
`heldout20` added to the sets compared. `build()` compares this set's names with every earlier held-out
set's (`heldout` to `heldout20`) only by program, to leave out any given name and surname pair one of
them has, either way round; their messages and names were never printed or read:

- names are typed here from knowledge of each country's naming, in groups by origin that none of the
  docstrings read lists, a given name going with a surname of its own origin (Munster Irish of Cork and
  Kerry, Hong Kong Cantonese British of Manchester, Malayali Christian British of Kerala families,
  Filipino British of the nursing families, Cumbrian of the Lakes and the Eden valley, Lithuanian British
  of Boston and Peterborough, Kikuyu Kenyan British in en; Ivorian of Paris and Lyon (Baoulé, Bété,
  Dioula), Cameroonian (Bamiléké, Douala, Beti), Savoyard of Annecy, the Chablais and the Maurienne,
  Armenian French of Marseille, Valence and Alfortville, Tunisian Jewish of Sarcelles, Burgundian of the
  Côte-d'Or and the Morvan, Portuguese French of Champigny and Créteil in fr; Ligurian of Genoa,
  Abruzzese, Lombard of Bergamo and Brescia, Tuscan of Florence and Siena, Ukrainian Italian of Naples and
  Rome, Irpinian and Sannita of Avellino and Benevento, Tunisian of Mazara del Vallo in it; Jalisciense of
  Guadalajara and Los Altos, Valencian of Alicante and Elche, Gitano of Granada's Sacromonte and Seville's
  Triana, Ecuadorian of Madrid and Murcia (Kichwa and coastal surnames), Paraguayan, Cantabrian of
  Santander and the Pas valleys, Riojano of Logroño and Haro in es; Madeirense of Funchal, Transmontano
  of Bragança and Chaves, Carioca of Rio's Zona Norte, Paraense of Belém, Minhoto of Braga and Viana do
  Castelo, Timorese of Lisbon, Potiguar of Natal and the Seridó in pt; Saxon of Dresden, Chemnitz and the
  Erzgebirge, Tyrolean of Innsbruck and the Zillertal, Kölsch Rhinelander of Cologne and Bonn, Alemannic
  Badener of Freiburg and the Black Forest, Silesian families of Görlitz, Afghan German of Hamburg and
  Frankfurt, Bosniak of Vienna and Stuttgart in de); given names of two words ("Wing Yee", "Mei Ling",
  "Ka Ho", "Chi Wai", "Cherry Mae", "Mark Anthony", "Marie-Claude", "Jesús María", "Ana Belén",
  "Anna-Lena"), surnames of two words, with particles or apostrophes ("O'Sullivan", "O'Driscoll", "Dela
  Cruz", "Ndung'u", "N'Guessan", "Der Sarkissian", "Da Silva", "Di Nardo", "D'Alessandro", "De Cecco",
  "Ben Salah", "Ben Ammar", "Las Heras", "Martínez de Pisón", "da Costa"; two surnames hyphenated or side
  by side as a slot asks), surnames that are words, brands, places or given names elsewhere ("Murphy",
  "Fell", "Rigg", "Tyson", "Armstrong", "Thomas", "Abraham", "Kamau", "Vuarnet", "Tissot", "Bouvier",
  "Favre", "Drouhin", "Bouchard", "Morey", "Gros", "Carré", "Cohen", "Bismuth", "Boero", "Repetto",
  "Beretta", "Moretti", "Gamba", "Rota", "Innocenti", "Frescobaldi", "Ciccone", "De Cecco", "Marrone",
  "Festa", "Capone", "Moroz", "Pastor", "Bernabeu", "Partida", "Navarro", "Santiago", "Carmona",
  "Habichuela", "Zapatero", "Garrido", "Jardim", "Preto", "Pinheiro", "Barata", "Peixoto", "Conceição",
  "Belo", "Rocha", "Brings", "Haase", "Hauser", "Pohl", "Scholz", "Kreuzberg"), given names that are words
  or read as another sex ("Florence" for an Irish man, "Lovely", "Baby", "Romeo", "Grace", "Nora",
  "Ange" for a man, "Aurore", "Refugio" and "Segundo" for men, "Desamparados", "Amparo", "Triana",
  "Macarena", "Soleá", "Perla", "Bienvenida", "Aparecida", "Milagros", "Domingo", "Liz", "Glória",
  "Celeste", "Socorro", "Nazaré", "Sameiro", "Wellington" and "Washington" for men, "Generoso",
  "Pellegrino", "Modestino", "Bambina", "Fiamma", "Gemma", "Neri", "Maryam", "Jean" for a Cologne man);
  each group has short forms, its women's and its men's apart ("Shiv", "Dee", "Breeda", "Flor",
  "Dinny", "Paudie", "Yee Yee", "Ah Ho", "Kit", "Des", "Kunjumol", "Kunju", "Babu", "Tomy", "Tess",
  "Ning", "Bong", "Boyet", "Jun-Jun", "Wilfy", "Kez", "Baz", "Rūtelė", "Vytas", "Dariukas", "Shiru",
  "Wanji", "Ciku", "Njoro", "Adjo", "Kouass", "Zoum", "Caro", "Lalou", "Chille", "Lodie", "Toto",
  "Séra", "Anouche", "Siro", "Haro", "Krik", "Sako", "Yayou", "Rachou", "Débo", "Rapha", "Nanette",
  "Didine", "Nanard", "Sandrinha", "Nelsinho", "Mika", "Nena", "Baciccia", "Manuelin", "Stè", "Cettina",
  "Filuccio", "Camì", "Berardì", "Giusy", "Angiolina", "Tone", "Gioàn", "Gine", "Nicco", "Iaco", "Oksi",
  "Halia", "Natalka", "Tarasyk", "Vasia", "Bodya", "Titina", "Gerardino", "Sabinuccio", "Nesso",
  "Hamadi", "Bibo", "Kimo", "Xime", "Chio", "Chuy", "Cuau", "Cuco", "Ampa", "Vicentica", "Visantet",
  "Tonet", "Lole", "Maca", "Quique", "Moi", "Jesse", "Wili", "Jeff", "Lichi", "Cachi", "Chelo", "Mila",
  "Celes", "Valva", "Chusma", "Iñi", "Gogó", "Élvinho", "Guto", "Bina", "Bilo", "Lindo", "Thatá", "Wall",
  "Jaci", "Ceminha", "Naza", "Mundico", "Bira", "Dica", "Rosinha", "Fino", "Mingos", "Nata", "Mada",
  "Mano", "Api", "Zefinha", "Nivaldo", "Kerschti", "Jacky", "Ronni", "Steff", "Mirki", "Moidl",
  "Nannerl", "Bartl", "Hias", "Vinz", "Liesje", "Tünn", "Pitter", "Jupp", "Schäng", "Vroneli", "Luiti",
  "Wendel", "Fridli", "Friedel", "Ulla", "Achim", "Ede", "Nilo", "Shabi", "Nadschi", "Jawi", "Lela",
  "Sabi", "Edo", "Seki", "Mirso"); names come as given name and surname, given name alone, surname
  alone, surname first as on a form, with an initial, with two surnames, with accents dropped, in lower
  case and in capitals;
- 77 message shapes a language, the same situations written in each language, as a customer types on
  WhatsApp to an optician, a vet, a locksmith, a florist, a bike repair shop, a tattoo studio, a tailor,
  a pharmacy, a language school, a bookshop, a kayak hire, a karaoke bar, a print shop, a boxing gym, a
  taxi firm, a children's summer camp, a picture framer, a Thai restaurant, an ice rink, a car garage, a
  nursery, an antiques dealer, a paintball field, a marquee hire and a children's entertainer (typos,
  missing stops, emoji, a voice-to-text run-on of about 60 words, mixed case), names at the start, in
  the middle and at the end: an optometrist asked for again, a son's eye test with his father, glasses
  collected under a name surname first, a cat's jabs under a surname, a vet by title thanked, a
  neighbour bringing a rabbit, a tenant locked out and her landlord, new locks invoiced to an initial, a
  locksmith's forgotten drill bits, a birthday bouquet's card from a nickname, a funeral wreath,
  flowers to a receptionist in capitals, a bike left for its gears, a mechanic's promise about a wheel,
  a daughter's first bike, a tattoo artist by nickname, a 19-year-old's booking, a grandfather's name
  as a tattoo, a groom's suit under a surname, a tailor thanked, a husband collecting a jacket, a
  diabetic father's prescription, a pharmacist asked for, a prescription collected surname first, a
  self-introduction at a language school, a teacher asked after, a double surname on a certificate, a
  book put aside, an author's signing, a book club listed in lower case, kayakers listed, a kayak
  instructor asked for again, a lead name in capitals, a hen party's karaoke room, a birthday boy by
  nickname, a karaoke host praised, a flyer's contact name, business cards in capitals, a proof resent
  by a print worker, a son starting boxing and his coach, a trial session, a sparring partner by
  nickname, a taxi for an initial, a driver asked to take a grandmother, a taxi account surname first,
  twins at summer camp with their surname apart, a sister-in-law collecting, a camp leader, a late
  father's signature typed without accents, a framing order under a surname, a framer recommended, a
  restaurant table, an allergic son's takeaway, a chef thanked, a skating party, ice-skating lessons
  with a coach, a daughter's lost glove, a car's MOT, a mechanic's word on brakes, a wife dropping a
  car off, a nursery mother introducing herself, a grandfather collecting, two nursery teachers
  thanked, a dresser's former owner, an aunt's silver valued, a stag party by nickname, a paintball
  group listed, a marquee for a daughter's wedding, a crew lead returning, a son's fifth birthday, an
  entertainer booked by nickname, a signature with a job title, a form with surname and first name,
  congratulations with emoji, a lower-case self-introduction and a deposit waived by an initial; about
  7 % of messages wholly in lower case and about 3 % wholly in capitals; at least 320 gold names a
  language;
- 158 no-PII messages a language from 58 shapes, written the same way to the same kinds of business:
  frames and lenses, some named after people ("Ray-Ban", "Persol", "Oliver Peoples", "Tom Ford",
  "Lindberg", "Silhouette", "Moscot", "Oakley", "Varilux", "Zeiss", "Hoya", "Acuvue"), pet food and vet
  medicines ("Royal Canin", "Hill's", "Purina Pro Plan", "Lily's Kitchen", "Edgard & Cooper", "Bravecto",
  "Frontline", "Seresto", "NexGard", "Milbemax"), locks named after their makers ("Yale", "Chubb",
  "Abloy", "Mul-T-Lock", "Fichet", "Cisa", "Abus", "Evva"), roses named after people ("Pierre de
  Ronsard", "Ingrid Bergman", "Red Naomi", "Queen Elizabeth", "Juliet", "Sarah Bernhardt", "Charles de
  Gaulle"), bikes and parts ("Brompton", "Bianchi", "Colnago", "Pinarello", "Gazelle", "Campagnolo
  Chorus", "Shimano 105", "Schwalbe Marathon", "Brooks B17"), tattoo inks ("Eternal Ink", "World
  Famous", "Intenze", "Panthera"), cloths named after people ("Vitale Barberis Canonico", "Zegna",
  "Holland & Sherry", "Dormeuil", "Scabal", "Reda", "Marzotto"), medicines ("Nurofen", "Voltaren",
  "Bepanthen", "Gaviscon", "Strepsils", "Fenistil", "Aspirin"), language exams ("Cambridge C1", "DELF
  B2", "DELE", "Goethe-Zertifikat", "CELI", "CAPLE"), books named after people ("Jane Eyre", "Madame
  Bovary", "Anna Karenina", "Don Quijote", "Pippi Langstrumpf", "Oliver Twist", "Effi Briest", "Dom
  Casmurro", "Pedro Páramo", "Heidi", "Il Gattopardo", "Eugénie Grandet"), kayaks ("Perception
  Pescador", "Dagger Katana", "Old Town Loon", "Prijon Combi"), karaoke songs named after people
  ("Angie", "Gloria", "Hey Jude", "Michelle", "Rosanna", "Mrs Robinson", "Lola", "Alejandro", "Daniel",
  "Bette Davis Eyes"), papers and printers ("Canson", "Fedrigoni", "Clairefontaine", "Conqueror",
  "Hahnemühle", "Epson", "Brother", "Kyocera"), boxing gloves ("Everlast", "Cleto Reyes", "Rival",
  "Winning", "Venum", "Lonsdale", "Adidas"), cars some named like people ("Skoda Octavia", "Toyota
  Prius", "Dacia Logan", "Kia Niro", "Citroën Berlingo", "Renault Clio", "Opel Zafira"), paintings named
  after people or places ("Mona Lisa", "Guernica", "Las Meninas", "Olympia", "Nighthawks", "Abaporu"),
  Thai dishes and beers ("massaman", "pad see ew", "khao soi", "Singha", "Chang", "Leo", "Beerlao"),
  skates ("Bauer", "Graf", "Jackson", "Risport", "Edea"), engine oils ("Castrol Edge", "Mobil 1",
  "Motul", "Liqui Moly"), children's characters some with given names ("Elsa", "Peppa Pig", "Bluey",
  "Super Mario", "Rapunzel", "Moana", "Spider-Man"), furniture styles named after people or reigns
  ("Biedermeier", "Chippendale", "Louis XVI", "Sheraton", "Regency"), porcelain named after places
  ("Meissen", "Wedgwood", "Limoges", "Capodimonte", "Vista Alegre", "Sargadelos", "Herend"), paintball
  markers ("Tippmann", "Dye", "Planet Eclipse", "Spyder"), dishes, some named after people or places
  ("Cumberland sausage", "Kendal mint cake", "Welsh rarebit", "Battenberg cake", "Coronation chicken",
  "Arnold Bennett omelette", "Grasmere gingerbread", "Melton Mowbray pork pies", "Garibaldi biscuits",
  "Madeira cake", "poulet Marengo", "pommes Dauphine", "paris-brest", "saint-honoré", "bœuf
  bourguignon", "tartiflette", "attiéké", "ndolé", "gâteau de Savoie", "pesto alla genovese", "focaccia
  di Recco", "arrosticini", "casoncelli", "polenta taragna", "panforte di Siena", "cuscus di Mazara",
  "saltimbocca alla romana", "torta ahogada", "birria", "arroz con costra", "turrón de Jijona", "sopa
  paraguaya", "encebollado", "cocido montañés", "patatas a la riojana", "piononos de Santa Fe",
  "ensaladilla rusa", "bacalhau à Gomes de Sá", "pudim Abade de Priscos", "espetada madeirense",
  "alheira de Mirandela", "pato no tucupi", "maniçoba", "Dresdner Eierschecke", "Tiroler Gröstl", "Halve
  Hahn", "Himmel un Ääd", "Schwarzwälder Kirschtorte", "Schlesisches Himmelreich", "Kabuli Palau",
  "Ćevapi", "Sachertorte"), teams ("Carlisle United", "Workington Reds", "Boston United", "Cork City",
  "Gor Mahia", "Olympique de Marseille", "ASEC Mimosas", "Dijon", "Annecy", "Genoa", "Pescara",
  "Brescia", "Benevento", "Elche", "Hércules", "Racing", "Logroñés", "Chivas", "Cerro Porteño",
  "Barcelona de Guayaquil", "Marítimo", "Fluminense", "Botafogo", "Paysandu", "Remo", "Gil Vicente",
  "Dynamo Dresden", "Chemnitzer FC", "Wacker Innsbruck", "1. FC Köln", "SC Freiburg", "Erzgebirge
  Aue"), feasts and saints' days as dates ("St David's Day", "St Stephen's Day", "St Brigid's Day",
  "Mothering Sunday", "Onam", "Chinese New Year", "la Sainte-Catherine", "la Saint-Sylvestre",
  "Hanoukka", "le Nouvel An arménien", "San Giovanni", "Sant'Alessandro", "San Faustino", "Ferragosto",
  "San Silvestro", "las Fallas", "las Hogueras", "el Día de Muertos", "San Bernabé", "la Bien
  Aparecida", "Círio de Nazaré", "São Pedro", "feriado de Tiradentes", "Corpus Christi", "Pfingsten",
  "Christi Himmelfahrt", "Mariä Empfängnis", "Dreikönig", "Kirtag"), towns of the businesses, some
  named after saints ("St Bees", "St Helens", "St Annes", "Saint-Julien-en-Genevois",
  "Nuits-Saint-Georges", "Saint-Gervais", "San Giorgio del Sannio", "Sant'Angelo dei Lombardi",
  "Santander", "Santillana del Mar", "San Vicente de la Barquera", "St. Blasien", "Sankt Johann in
  Tirol"), weekdays, months, everyday thanks. No private person is in them, and no customer's home
  address or street.

Gold spans are offsets computed by `_fill` while the text is built, never typed by hand; a title, a
kinship word or an article before a name stays outside its span. `python -m bench.names_heldout21
--write` wrote the file once; it was committed before Veil ran on it. `load()` refuses
`bench/data/names_heldout21.jsonl` when its SHA-256 differs from `FINGERPRINT`. Nothing is tuned on
it; it is run to report figures, and its individual misses are not printed or read.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

from bench.names_heldout import Example, freeze_cli
from bench.names_heldout import load as _load

PATH = Path(__file__).resolve().parent / "data" / "names_heldout21.jsonl"
FINGERPRINT = "72e3474b8bc8fe8d"
SEED = 20261207_61
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
        # Munster Irish of Cork and Kerry
        (["Siobhán", "Aoife", "Niamh", "Deirdre", "Clodagh", "Sinéad", "Bríd", "Nora"],
         ["Donal", "Fionn", "Cathal", "Diarmuid", "Tadhg", "Colm", "Padraig", "Florence"],
         ["O'Sullivan", "McCarthy", "Murphy", "Crowley", "O'Driscoll",
          "Hurley", "Moriarty", "Buckley", "Cronin", "Galvin"],
         ["Shiv", "Dee", "Breeda"], ["Flor", "Dinny", "Paudie", "Tadgh"]),
        # Hong Kong Cantonese British of Manchester
        (["Wing Yee", "Mei Ling", "Ka Man", "Suk Yin", "Hoi Yan", "Winnie", "Cherry", "Candy"],
         ["Ka Ho", "Chi Wai", "Wai Keung", "Kwok Leung", "Man Kit", "Desmond", "Ivan", "Kelvin"],
         ["Chan", "Wong", "Leung", "Cheung", "Lau", "Yeung", "Tsang", "Kwok", "Fung", "Mak"],
         ["Yee Yee", "Ling", "Mandy"], ["Ah Ho", "Kit", "Des"]),
        # Malayali Christian British of Kerala families (Syrian Christian surnames)
        (["Mariamma", "Ancy", "Jincy", "Sherin", "Ammu", "Annamma", "Bincy", "Rincy"],
         ["Jobin", "Binu", "Shibu", "Varghese", "Jijo", "Thomas", "Eldho", "Ajith"],
         ["Kurian", "Chacko", "Mathew", "Varghese", "Kuriakose",
          "Puthenpurackal", "Thekkekara", "Abraham", "Pulikkal", "Cherian"],
         ["Mini", "Kunjumol", "Molly"], ["Kunju", "Babu", "Tomy"]),
        # Filipino British of the NHS nursing families
        (["Maricel", "Rowena", "Jocelyn", "Marites", "Lovely", "Arlene", "Rhodora", "Cherry Mae"],
         ["Rodel", "Arnel", "Jomar", "Romeo", "Ferdinand", "Reynaldo", "Jun", "Mark Anthony"],
         ["Dela Cruz", "Bautista", "Villanueva", "Dizon", "Manalo",
          "Ocampo", "Macaraeg", "Pangilinan", "Tolentino", "Aquino"],
         ["Tess", "Baby", "Ning"], ["Bong", "Boyet", "Jun-Jun"]),
        # Cumbrian of the Lakes and Eden valley
        (["Bethany", "Hannah", "Lindsey", "Mabel", "Dorothy", "Wendy", "Joanne", "Sheila"],
         ["Wilf", "Ian", "Barry", "Keith", "Graham", "Joss", "Clive", "Nigel"],
         ["Birkett", "Tyson", "Rigg", "Gaskarth", "Hodgson", "Ullock", "Dalzell", "Postlethwaite", "Armstrong", "Fell"],
         ["Beth", "Dot", "Jo"], ["Wilfy", "Kez", "Baz"]),
        # Lithuanian British of Boston (Lincolnshire) and Peterborough
        (["Rūta", "Eglė", "Aušra", "Gintarė", "Ieva", "Jurgita", "Vilma", "Laima"],
         ["Mantas", "Darius", "Tomas", "Vytautas", "Rimantas", "Giedrius", "Arūnas", "Paulius"],
         ["Kazlauskas", "Petrauskas", "Jankauskas", "Žukauskas", "Butkus",
          "Paulauskas", "Vasiliauskas", "Navickas", "Urbonas", "Balčiūnas"],
         ["Rūtelė", "Egle", "Jurga"], ["Vytas", "Dariukas", "Tomukas"]),
        # Kikuyu Kenyan British
        (["Wanjiru", "Njeri", "Wambui", "Wairimu", "Nyambura", "Wanjiku", "Mumbi", "Grace"],
         ["Kamau", "Mwangi", "Njoroge", "Kariuki", "Githinji", "Njenga", "Kimani", "Stephen"],
         ["Kamau", "Mwangi", "Njoroge", "Kariuki", "Gitau", "Waweru", "Macharia", "Ndung'u", "Kimani", "Wainaina"],
         ["Shiru", "Wanji", "Ciku"], ["Kim", "Steve", "Njoro"]),
    ],
    "fr": [
        # Ivorian of Paris and Lyon (Baoulé, Bété, Dioula)
        (["Adjoua", "Akissi", "Amenan", "Affoué", "Aya", "Mariam", "Nadège", "Prisca"],
         ["Kouassi", "Koffi", "Yao", "Serge", "Didier", "Ange", "Arsène", "Souleymane"],
         ["Kouamé", "Konan", "N'Guessan", "Kouadio", "Gnagne", "Zadi", "Bamba", "Touré", "Yapi", "Gbaka"],
         ["Adjo", "Kiki", "Nana"], ["Kouass", "Zoum", "Soul"]),
        # Cameroonian of Paris and Marseille (Bamiléké, Douala, Beti)
        (["Ngono", "Mireille", "Carine", "Ginette", "Laure", "Clémence", "Blandine", "Larissa"],
         ["Hervé", "Achille", "Landry", "Boris", "Wilfried", "Aristide", "Blaise", "Martial"],
         ["Fotso", "Kamga", "Kamdem", "Tchatchoua", "Djoumessi", "Ewane", "Ekambi", "Mbarga", "Essomba", "Nkeng"],
         ["Mimi", "Caro", "Lalou"], ["Riri", "Chille", "Wil"]),
        # Savoyard of Annecy, the Chablais and the Maurienne
        (["Marie-Claude", "Josette", "Ghislaine", "Élodie", "Gisèle", "Léonie", "Berthe", "Maryse"],
         ["Joseph", "Gaston", "Léon", "Marius", "Laurent", "Régis", "Anthelme", "Séraphin"],
         ["Perrillat", "Mermillod", "Jacquier", "Bozon", "Tissot", "Bouvier", "Baud", "Vuarnet", "Favre", "Duret"],
         ["Mimi-Claude", "Jojo", "Lodie"], ["Jo", "Toto", "Séra"]),
        # Armenian French of Marseille, Valence and Alfortville
        (["Anahid", "Siranouche", "Arpi", "Nairi", "Araxie", "Lucine", "Takouhi", "Méliné"],
         ["Garo", "Haroutioun", "Krikor", "Vahé", "Sarkis", "Hagop", "Ara", "Varoujan"],
         ["Manoukian", "Papazian", "Kevorkian", "Hagopian", "Boghossian",
          "Der Sarkissian", "Tchakerian", "Guedikian", "Arakelian", "Minassian"],
         ["Anouche", "Siro", "Lulu"], ["Haro", "Krik", "Sako"]),
        # Tunisian Jewish of Sarcelles and the 19th arrondissement
        (["Yaël", "Déborah", "Myriam", "Esther", "Sonia", "Rachel", "Sarah", "Mazal"],
         ["Gilles", "Élie", "Raphaël", "Michaël", "Jonathan", "Gad", "Patrick", "Nissim"],
         ["Sitbon", "Uzan", "Boccara", "Sebag", "Chemla", "Taieb", "Journo", "Bismuth", "Cohen", "Attal"],
         ["Yayou", "Rachou", "Débo"], ["Rapha", "Jo", "Gégé"]),
        # Burgundian of the Côte-d'Or and the Morvan
        (["Bernadette", "Odile", "Solange", "Colette", "Edwige", "Huguette", "Marinette", "Aurore"],
         ["Bernard", "Gérard", "Thierry", "Hubert", "Lazare", "Bénigne", "Claudius", "Philibert"],
         ["Drouhin", "Jobard", "Roulot", "Gouges", "Lafarge", "Boillot", "Morey", "Gros", "Bouchard", "Carré"],
         ["Nanette", "Coco", "Didine"], ["Nanard", "Titi", "Bébert"]),
        # Portuguese French of Champigny and Créteil
        (["Sandra", "Cindy", "Mélanie", "Fátima", "Conceição", "Vanessa", "Sónia", "Jessica"],
         ["Kévin", "Mickaël", "Manuel", "Joaquim", "Fernando", "Nelson", "David", "Carlos"],
         ["Da Silva", "Pereira", "Ferreira", "Gonçalves", "Teixeira",
          "Carvalho", "Rodrigues", "Fernandes", "Moreira", "Lourenço"],
         ["Sandrinha", "Vaness", "Mel"], ["Mika", "Nelsinho", "Manu"]),
    ],
    "it": [
        # Ligurian of Genoa and the Riviera di Levante
        (["Maddalena", "Caterina", "Benedetta", "Giovanna", "Nives", "Luisella", "Marinella", "Bianca"],
         ["Giobatta", "Emanuele", "Stefano", "Lorenzo", "Ottavio", "Bartolomeo", "Germano", "Edoardo"],
         ["Parodi", "Bruzzone", "Canepa", "Ferrando", "Queirolo", "Oneto", "Pittaluga", "Cevasco", "Boero", "Repetto"],
         ["Nena", "Cate", "Luisa"], ["Baciccia", "Manuelin", "Stè"]),
        # Abruzzese of Pescara, Chieti and L'Aquila
        (["Concetta", "Filomena", "Annunziata", "Domenica", "Ortensia", "Lucilla", "Giulia", "Iolanda"],
         ["Panfilo", "Camillo", "Cetteo", "Nicola", "Tommaso", "Berardino", "Gabriele", "Rocco"],
         ["Di Nardo", "D'Alessandro", "Di Giovanni", "Mancinelli", "Tiberio",
          "Iezzi", "Di Crescenzo", "Ciccone", "De Cecco", "Marrone"],
         ["Cettina", "Mena", "Iole"], ["Filuccio", "Camì", "Berardì"]),
        # Lombard of Bergamo and Brescia
        (["Giuseppina", "Angela", "Ermelinda", "Cristina", "Elisa", "Mariarosa", "Santina", "Bambina"],
         ["Battista", "Pierangelo", "Ermanno", "Gianbattista", "Mansueto", "Alessio", "Diego", "Faustino"],
         ["Belotti", "Rota", "Pesenti", "Locatelli", "Gamba", "Bonomi", "Beretta", "Moretti", "Cortesi", "Pedrali"],
         ["Giusy", "Angiolina", "Cri"], ["Tone", "Gioàn", "Pier"]),
        # Tuscan of Florence, Prato hills and Siena
        (["Ilaria", "Gemma", "Beatrice", "Ginevra", "Fiamma", "Brunella", "Niccoletta", "Dianora"],
         ["Niccolò", "Iacopo", "Duccio", "Lapo", "Neri", "Guido", "Tiberio", "Bernardo"],
         ["Bartolini", "Fantoni", "Mugnai", "Nencini", "Innocenti",
          "Baldi", "Pratesi", "Fabbrini", "Cecchi", "Frescobaldi"],
         ["Bea", "Gine", "Ila"], ["Nicco", "Iaco", "Bernardino"]),
        # Ukrainian Italian of Naples and Rome
        (["Oksana", "Halyna", "Nataliya", "Iryna", "Oleksandra", "Tetiana", "Lyudmyla", "Solomiya"],
         ["Taras", "Andriy", "Vasyl", "Bohdan", "Mykola", "Oleh", "Yuriy", "Serhiy"],
         ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachuk", "Melnyk",
          "Kravets", "Hnatyuk", "Savchuk", "Lysenko", "Moroz"],
         ["Oksi", "Halia", "Natalka"], ["Tarasyk", "Vasia", "Bodya"]),
        # Irpinian and Sannita of Avellino and Benevento
        (["Carmela", "Assunta", "Immacolata", "Gerardina", "Filippa", "Michelina", "Pasqualina", "Annarita"],
         ["Gerardo", "Pellegrino", "Generoso", "Modestino", "Alfonso", "Sabino", "Ciriaco", "Donato"],
         ["Pagliuca", "Iannaccone", "Picariello", "Carpenito", "Pisano",
          "Festa", "Taddeo", "Capone", "Ciampi", "Follo"],
         ["Titina", "Melina", "Imma"], ["Gerardino", "Nino", "Sabinuccio"]),
        # Tunisian of Mazara del Vallo
        (["Amel", "Rim", "Ines", "Hajer", "Sana", "Olfa", "Nesrine", "Emna"],
         ["Mohamed", "Karim", "Slim", "Mehdi", "Bilel", "Hichem", "Nabil", "Chokri"],
         ["Ben Salah", "Trabelsi", "Jlassi", "Hammami", "Gharbi", "Mejri", "Ben Ammar", "Chaouch", "Dridi", "Ayari"],
         ["Mimi", "Nesso", "Ousa"], ["Hamadi", "Bibo", "Kimo"]),
    ],
    "es": [
        # Jalisciense of Guadalajara and Los Altos
        (["Ximena", "Itzel", "Citlali", "Xóchitl", "Rocío", "Yadira", "Maricruz", "Araceli"],
         ["Rigoberto", "Eleazar", "Cuauhtémoc", "Refugio", "Heriberto", "Jesús", "Efraín", "Abundio"],
         ["Orozco", "Villaseñor", "Íñiguez", "Aceves", "Ochoa", "Cuevas", "Partida", "Gallardo", "Navarro", "Padilla"],
         ["Xime", "Chio", "Mary"], ["Chuy", "Cuau", "Cuco"]),
        # Valencian of Alicante and Elche
        (["Amparo", "Desamparados", "Remei", "Empar", "Vicenta", "Purificació", "Lledó", "Neus"],
         ["Vicent", "Pasqual", "Batiste", "Ximo", "Toni", "Rafel", "Salvador", "Josep"],
         ["Ferrandis", "Boluda", "Pastor", "Climent", "Sempere", "Llorca", "Alcaraz", "Bernabeu", "Gisbert", "Soler"],
         ["Ampa", "Puri", "Vicentica"], ["Visantet", "Tonet", "Fel"]),
        # Gitano of Granada's Sacromonte and Seville's Triana
        (["Soleá", "Triana", "Macarena", "Saray", "Azahara", "Rocío", "Sara", "Mercedes"],
         ["Israel", "Josué", "Samuel", "Rafael", "Manuel", "Enrique", "Moisés", "Juan"],
         ["Amaya", "Heredia", "Montoya", "Cortés", "Vargas", "Carmona", "Maya", "Habichuela", "Moreno", "Santiago"],
         ["Lole", "Chari", "Maca"], ["Quique", "Lolo", "Moi"]),
        # Ecuadorian of Madrid and Murcia (Kichwa and coastal surnames)
        (["Jessenia", "Mayra", "Katherine", "Maritza", "Nancy", "Jazmín", "Sisa", "Nayeli"],
         ["Wilmer", "Jefferson", "Segundo", "Byron", "Klever", "Holger", "Darwin", "Fausto"],
         ["Quishpe", "Guamán", "Chiluisa", "Pilataxi", "Morocho",
          "Andrade", "Cevallos", "Zambrano", "Intriago", "Tixi"],
         ["Jesse", "Kathy", "Mari"], ["Wili", "Jeff", "Fausti"]),
        # Paraguayan of Asunción and Madrid
        (["Liz", "Nidia", "Ramona", "Perla", "Yeruti", "Rossana", "Gladys", "Aracely"],
         ["Derlis", "Ever", "Arnaldo", "Osvaldo", "Celso", "Nery", "Aníbal", "Blas"],
         ["Benítez", "Ayala", "Cáceres", "Acosta", "Villalba", "Ozuna", "Riquelme", "Cardozo", "Giménez", "Insfrán"],
         ["Lichi", "Mona", "Ro"], ["Cachi", "Nene", "Chelo"]),
        # Cantabrian of Santander and the Pas valleys
        (["Bienvenida", "Aparecida", "Covadonga", "Milagros", "Marisol", "Begoña", "Noelia", "Candelas"],
         ["Ramón", "Celestino", "Evaristo", "Tomás", "Severiano", "Toribio", "Iván", "Mario"],
         ["Ceballos", "Trueba", "Cobo", "Sainz", "Setién", "Bustamante", "Bolado", "Rasines", "Revilla", "Gándara"],
         ["Bien", "Mila", "Mari Sol"], ["Sevi", "Celes", "Tori"]),
        # Riojano of Logroño and Haro
        (["Valvanera", "Marisa", "Inmaculada", "Yolanda", "Rebeca", "Leire", "Estíbaliz", "Ana Belén"],
         ["Millán", "Domingo", "Jesús María", "Íñigo", "Fermín", "Ignacio", "Rubén", "Óscar"],
         ["Sáenz", "Ezquerro", "Hernáez", "Ochagavía", "Torrecilla",
          "Las Heras", "Martínez de Pisón", "Lapuente", "Garrido", "Zapatero"],
         ["Valva", "Inma", "Yoli"], ["Chusma", "Iñi", "Nacho"]),
    ],
    "pt": [
        # Madeirense of Funchal and Câmara de Lobos
        (["Lígia", "Conceição", "Gorete", "Sílvia", "Zita", "Filipa", "Graciela", "Ivone"],
         ["Élvio", "Énio", "Rúben", "Duarte", "Sidónio", "Agostinho", "Nélio", "Filipe"],
         ["Freitas", "Gouveia", "Abreu", "Jardim", "Vasconcelos", "Spínola", "Camacho", "Nóbrega", "Aveiro", "Teles"],
         ["Lili", "Gogó", "Cita"], ["Élvinho", "Nel", "Guto"]),
        # Transmontano of Bragança and Chaves
        (["Albina", "Deolinda", "Celeste", "Amélia", "Olímpia", "Hermínia", "Alzira", "Felismina"],
         ["Abílio", "Ilídio", "Adelino", "Firmino", "Aníbal", "Belmiro", "Arlindo", "Horácio"],
         ["Morais", "Pires", "Afonso", "Preto", "Pinheiro", "Meireles", "Lopes", "Carção", "Rebordão", "Tomé"],
         ["Bina", "Lina", "Mimi"], ["Bilo", "Lindo", "Lino"]),
        # Carioca of Rio's Zona Norte and the Baixada
        (["Thaís", "Jéssica", "Raíssa", "Luana", "Priscila", "Tatiane", "Daiane", "Kelly"],
         ["Wellington", "Washington", "Anderson", "Jefferson", "Thiago", "Rômulo", "Wallace", "Cleiton"],
         ["Souza", "Nascimento", "Rangel", "Peixoto", "Assis", "Macedo", "Monteiro", "Cardoso", "Conceição", "Paiva"],
         ["Thatá", "Pri", "Lu"], ["Tom", "Wall", "Well"]),
        # Paraense of Belém and the Marajó
        (["Jaciara", "Iracema", "Raimunda", "Benedita", "Socorrinho", "Darlene", "Nazaré", "Rosilene"],
         ["Raimundo", "Benedito", "Dorival", "Ribamar", "Edivaldo", "Manoel", "Ubirajara", "Dioclécio"],
         ["Barata", "Pantoja", "Maués", "Siqueira", "Corrêa", "Magno", "Tavares", "Guimarães", "Sarmento", "Bentes"],
         ["Jaci", "Ceminha", "Naza"], ["Mundico", "Bira", "Dica"]),
        # Minhoto of Braga and Viana do Castelo
        (["Rosalina", "Glória", "Laurinda", "Sameiro", "Custódia", "Teresa", "Emília", "Carolina"],
         ["Avelino", "Serafim", "Zeferino", "Bráulio", "Domingos", "Gaspar", "Martinho", "Tiago"],
         ["Araújo", "Barbosa", "Sampaio", "Rego", "Amorim", "Cerqueira", "Brandão", "Barros", "Calheiros", "Rocha"],
         ["Rosinha", "Laura", "Mila"], ["Lino", "Fino", "Mingos"]),
        # Timorese of Lisbon and Setúbal
        (["Natalina", "Olinda", "Ermelinda", "Adelaide", "Filomena", "Madalena", "Domingas", "Rosália"],
         ["Abílio", "Mário", "Lúcio", "Aurélio", "Constâncio", "Venâncio", "Agapito", "Marçal"],
         ["Ximenes", "Guterres", "Soares", "Belo", "Amaral", "Alkatiri", "Sarmento", "da Costa", "Lobato", "Freitas"],
         ["Nata", "Linda", "Mada"], ["Mano", "Lucinho", "Api"]),
        # Potiguar of Natal and the Seridó
        (["Francinete", "Marluce", "Aldenora", "Rivanilda", "Josefa", "Edileuza", "Socorro", "Lucineide"],
         ["Gilvan", "Genival", "Erivaldo", "Francisco", "Damião", "Cosme", "Josivan", "Edilson"],
         ["Medeiros", "Dantas", "Maia", "Galvão", "Faria", "Azevedo", "Nóbrega", "Fernandes", "Bezerril", "Saldanha"],
         ["Neta", "Lucy", "Zefinha"], ["Chico", "Gil", "Nivaldo"]),
    ],
    "de": [
        # Saxon of Dresden, Chemnitz and the Erzgebirge
        (["Ramona", "Kerstin", "Peggy", "Anja", "Cindy", "Jacqueline", "Heike", "Doreen"],
         ["Ronny", "Enrico", "Silvio", "Mirko", "Steffen", "Tino", "Maik", "René"],
         ["Uhlig", "Seidel", "Böhme", "Pietsch", "Haase", "Kretzschmar", "Nestler", "Engelmann", "Lorenz", "Günther"],
         ["Kerschti", "Jacky", "Moni"], ["Ronni", "Steff", "Mirki"]),
        # Tyrolean of Innsbruck and the Zillertal
        (["Notburga", "Theresia", "Kathrin", "Magdalena", "Hildegard", "Marianne", "Anna-Lena", "Elisabeth"],
         ["Alois", "Bartholomäus", "Florian", "Andrä", "Matthias", "Johann", "Sebastian", "Vinzenz"],
         ["Hörtnagl", "Kröll", "Hauser", "Eberharter", "Fankhauser",
          "Geisler", "Rieser", "Wechselberger", "Schiestl", "Tipotsch"],
         ["Moidl", "Nannerl", "Leni"], ["Bartl", "Hias", "Vinz"]),
        # Kölsch Rhinelander of Cologne and Bonn
        (["Marlies", "Anneliese", "Sibylla", "Gertrud", "Katharina", "Billa", "Maria", "Hanne"],
         ["Hubert", "Antonius", "Peter", "Josef", "Jean", "Willi", "Heribert", "Kurt"],
         ["Schmitz", "Küpper", "Esser", "Pütz", "Jansen", "Heinen", "Kreuzberg", "Odenthal", "Brings", "Schumacher"],
         ["Trudi", "Kathi", "Liesje"], ["Tünn", "Pitter", "Jupp", "Schäng"]),
        # Alemannic Badener of Freiburg and the Black Forest
        (["Roswitha", "Veronika", "Hedwig", "Monika", "Waltraud", "Agathe", "Irmgard", "Luitgard"],
         ["Wendelin", "Fridolin", "Bernhard", "Lothar", "Meinrad", "Konrad", "Egon", "Gebhard"],
         ["Kaltenbach", "Fehrenbach", "Schwörer", "Ketterer", "Tritschler",
          "Dold", "Faller", "Rombach", "Wehrle", "Kirner"],
         ["Rosi", "Vroneli", "Luiti"], ["Wendel", "Fridli", "Berni"]),
        # Silesian families of Görlitz and Bautzen
        (["Hedel", "Ilse", "Ursel", "Elfriede", "Gerlinde", "Brigitte", "Rosemarie", "Annemarie"],
         ["Gerhard", "Günter", "Joachim", "Reinhold", "Eberhard", "Ewald", "Siegfried", "Dietmar"],
         ["Kuschel", "Pohl", "Scholz", "Jeschke", "Kutscher", "Wittig", "Schirmer", "Tietze", "Hanke", "Kaschube"],
         ["Friedel", "Ulla", "Rosi"], ["Achim", "Ede", "Siggi"]),
        # Afghan German of Hamburg and Frankfurt
        (["Mariam", "Farida", "Nilofar", "Shabnam", "Zohra", "Freshta", "Maryam", "Hasina"],
         ["Ahmad", "Farid", "Najib", "Wahid", "Jawid", "Hamid", "Sayed", "Ajmal"],
         ["Noori", "Popal", "Sultani", "Rahimi", "Haidari", "Nazari", "Azizi", "Sediqi", "Wardak", "Amiri"],
         ["Nilo", "Shabi", "Fari"], ["Nadschi", "Jawi", "Hami"]),
        # Bosniak of Vienna and Stuttgart
        (["Amra", "Lejla", "Emina", "Selma", "Aida", "Merima", "Sabina", "Azra"],
         ["Emir", "Adnan", "Edin", "Haris", "Senad", "Mirsad", "Kemal", "Damir"],
         ["Hodžić", "Begić", "Mehmedović", "Hadžić", "Delić",
          "Omerović", "Salihović", "Hasanović", "Mujkić", "Kovačević"],
         ["Emi", "Lela", "Sabi"], ["Edo", "Seki", "Mirso"]),
    ],
}
# Message shapes: {kind[:f|m]} is a name slot (full, first, last, nick, init, rev, bare, low, caps, dbl)
TEMPLATES: dict[str, list[str]] = {
    "en": [
        "hi is {first:f} in today? she did my eye test last time and id like her again",
        "My son {full:m} has an appointment at 4, can his dad bring him instead of me?",
        "glasses ready for collection under {rev}? got a text but it didnt say which shop",
        "Our cat is registered under {last}, can we get her jabs done saturday morning",
        "Dr {last} was brilliant with our old dog last week, please pass on thanks from all of us ❤️",
        "my neighbour {full} will bring the rabbit in tomorrow as im at work, is that ok",
        "LOCKED OUT at the flat!! landlord is {full:m}, he can confirm i live here",
        "can you invoice the new locks to {init} please, its for the office not me",
        "the guy who came on tuesday, {first:m} i think, left his drill bits in our hallway",
        "Can I order a bouquet for my mums 70th, card to say Happy birthday {first:f}, love from {nick}",
        "wreath for the funeral of {full} please, friday 10am at the crematorium",
        "flowers were meant to go to {caps} at reception today?? they say nothing came",
        "dropped my bike off yesterday, name {full}, any news on the gears",
        "{first:m} said the back wheel would be trued by thursday, still on?",
        "my daughter {first:f} needs her first proper bike, she's 7, what have you got",
        "is {nick:f} still doing fine line? want the same artist my sister had",
        "Booking for {full:f}, consent form attached, she's 19 so no parent needed",
        "want my grandad's name {first:m} in script on my forearm, how much roughly?",
        "wedding suit in for alterations under {last}, the groom is my brother {first:m}",
        "hi {first:f}, trousers fit perfectly, thank you so much!!",
        "My husband {full:m} will pick up the jacket on his way home, he has the ticket",
        "is the prescription for my father {full:m} ready? he's diabetic and has run out",
        "Is the pharmacist {first} on today, he told me to come back about my rash",
        "collecting a prescription for {rev}, date of birth is on file",
        "Hello, I'd like to enrol, my name is {full} and I'm about B1 in Spanish",
        "is {full:f} still teaching the thursday evening class? our group loved her",
        "the certificate should read {dbl} please, both surnames, my bank is fussy",
        "can you put a copy aside for {full}, i'll come in saturday",
        "is the book signing with {full} on the 12th? are tickets still going",
        "our book club ({low}, {first:f} and me) wants 3 copies of this months pick",
        "booking kayaks for 4: me, {first:m}, {first:f} and {nick}",
        "the instructor {first:m} was great, can we have him again in august?",
        "lead name {caps}, 2 doubles for sunday 9am please",
        "private room for my friend {first:f}'s hen do, 12 of us friday night",
        "booking is under {nick:m}, he's the birthday boy 🎤🎤🎤",
        "the host last night, {first} was it?? absolute legend, tell them thanks",
        "Need 200 flyers printed, the contact name on them is {full}",
        "business cards for {caps}, director, same design as last time",
        "can {first:m} send the proof again? the email went to spam",
        "my son {first:m} (14) wants to start boxing, does coach {last} take juniors",
        "any chance of a trial session for {full:m} on tuesday?",
        "{first:m} here, sparring partner of {nick:m}, need to pay for my month",
        "taxi for {init} from the station at 11.40 pls",
        "can the driver {first:m} from last week take my gran {first:f} to the hospital thursday",
        "account name {rev}, I need a receipt for tuesday's ride",
        "registering twins for the summer, {first:f} and {first:m}, surname {last}",
        "pick up on friday will be my sister-in-law {full:f}, she's on the permission list",
        "camp leader {first:f} said he forgot his hat, can someone have a look 🙏",
        "framing for my late father's painting, it's signed {bare:m} bottom right",
        "order under {last}, is it ready to collect?",
        "{first:f} recommended you, she had her wedding photos framed with you",
        "table for 6 at 8 under {full} please",
        "takeaway for {first}, 2 pad thai no peanuts, my son {first:m} is allergic",
        "please thank the chef {first:f} for the birthday dessert, so kind 🙏",
        "skating party for {first:f}'s 9th, 15 kids and 2 adults, me and {full:m}",
        "are there spaces in the saturday lessons with {full:f}?",
        "lost a glove, my daughter {first:f}, pink with her name on the inside",
        "car booked in for its MOT under {full:m}, reg is on the booking",
        "the mechanic {first:m} said the brakes need doing, how much are we talking",
        "my wife {first:f} will drop the car off at 8, keys in the box",
        "Hi, this is {full:f}, mum of {first:m} in the sunflower room",
        "{first:f}'s grandad {full:m} will collect her today, he's on the list",
        "thank you {first:f} and {first:f} for the lovely end of year card 😭",
        "the dresser I bought from you belonged to {full} apparently, any papers with it?",
        "could you value my aunt {full:f}'s silver, she passed in march",
        "stag do for {nick:m}, 14 lads, sunday if you've got it",
        "group booking: {first:m}, {first:m}, {first:m}, {first:m} and me",
        "quote for a marquee for my daughter {first:f}'s wedding please, 120 guests",
        "the crew lead {first:m} said he'd come back for the poles monday",
        "party for {first:m} turning 5, he loves dinosaurs, are you free saturday",
        "we had {nick} at my niece's party and the kids loved it, available in may?",
        "hi so um its {first:f} again from yesterday about the party for my son {first:m} and his cousin {full:f} "
        "its going to be at my mums in the garden if it doesnt rain otherwise the church hall and there will be "
        "about twenty kids so can you bring the bubble machine and the parachute thing and also can {first} do face "
        "painting as well thanks",
        "Please confirm the order of 50 invitations.\nKind regards,\n{full}\nOffice manager",
        "Surname: {last}\nFirst name: {first}\nDate of birth: see passport",
        "congrats {first:f} on the new shop!! 🎉🎉 see you soon",
        "hi its {low} i booked the 6pm",
        "spoke to {init} on the phone, she said no deposit was needed",
    ],
    "fr": [
        "bonjour {first:f} est là aujourd'hui ? c'est elle qui m'a fait l'examen de vue la dernière fois",
        "Mon fils {full:m} a rdv à 16h, son père peut l'amener à ma place ?",
        "lunettes prêtes au nom de {rev} ? j'ai reçu un sms mais sans le magasin",
        "Notre chatte est enregistrée au nom de {last}, possible de faire ses vaccins samedi matin",
        "Le Dr {last} a été formidable avec notre vieux chien la semaine dernière, merci de notre part à tous ❤️",
        "ma voisine {full} va déposer le lapin demain car je travaille, ça vous va",
        "ENFERMÉE DEHORS à l'appart !! le propriétaire c'est {full:m}, il peut confirmer que j'habite là",
        "vous pouvez facturer les nouvelles serrures à {init} svp, c'est pour le bureau",
        "le monsieur venu mardi, {first:m} je crois, a oublié ses forets dans notre entrée",
        "Je voudrais un bouquet pour les 70 ans de ma mère, carte : Joyeux anniversaire {first:f}, de la part de "
        "{nick}",
        "couronne pour les obsèques de {full} svp, vendredi 10h au crématorium",
        "les fleurs devaient être livrées à {caps} à l'accueil aujourd'hui ?? ils disent que rien n'est arrivé",
        "j'ai déposé mon vélo hier, nom {full}, des nouvelles pour le dérailleur",
        "{first:m} m'a dit que la roue arrière serait dévoilée pour jeudi, toujours ok ?",
        "ma fille {first:f} a besoin de son premier vrai vélo, elle a 7 ans, vous avez quoi",
        "{nick:f} fait toujours du fine line ? je veux la même tatoueuse que ma sœur",
        "Réservation pour {full:f}, décharge en pièce jointe, elle a 19 ans donc pas besoin des parents",
        "je veux le prénom de mon grand-père {first:m} en écriture cursive sur l'avant-bras, combien à peu près ?",
        "costume de mariage en retouche au nom de {last}, le marié c'est mon frère {first:m}",
        "bonjour {first:f}, le pantalon tombe parfaitement, merci mille fois !!",
        "Mon mari {full:m} passera prendre la veste en rentrant, il a le ticket",
        "l'ordonnance de mon père {full:m} est prête ? il est diabétique et n'a plus rien",
        "Le pharmacien {first} est là aujourd'hui, il m'avait dit de repasser pour mes plaques",
        "je viens chercher une ordonnance pour {rev}, date de naissance dans le dossier",
        "Bonjour, je voudrais m'inscrire, je m'appelle {full} et j'ai à peu près le niveau B1 en espagnol",
        "{full:f} donne toujours le cours du jeudi soir ? notre groupe l'adorait",
        "le certificat doit porter {dbl} svp, les deux noms, ma banque est pointilleuse",
        "vous pouvez mettre un exemplaire de côté pour {full}, je passe samedi",
        "la dédicace avec {full} c'est bien le 12 ? il reste des places",
        "notre club de lecture ({low}, {first:f} et moi) veut 3 exemplaires du livre du mois",
        "réservation de kayaks pour 4 : moi, {first:m}, {first:f} et {nick}",
        "le moniteur {first:m} était top, on peut l'avoir de nouveau en août ?",
        "nom du responsable {caps}, 2 biplaces dimanche 9h svp",
        "salon privé pour l'evjf de mon amie {first:f}, on sera 12 vendredi soir",
        "la résa est au nom de {nick:m}, c'est son anniversaire 🎤🎤🎤",
        "l'animateur d'hier soir, {first} c'est ça ?? une légende, dites-lui merci",
        "Il me faut 200 flyers, le nom du contact dessus c'est {full}",
        "cartes de visite pour {caps}, gérant, même maquette que la dernière fois",
        "{first:m} peut renvoyer le BAT ? le mail est parti dans les spams",
        "mon fils {first:m} (14 ans) veut commencer la boxe, le coach {last} prend les jeunes ?",
        "une séance d'essai possible pour {full:m} mardi ?",
        "c'est {first:m}, le partenaire de sparring de {nick:m}, je dois payer mon mois",
        "taxi pour {init} à la gare à 11h40 svp",
        "le chauffeur {first:m} de la semaine dernière peut emmener ma grand-mère {first:f} à l'hôpital jeudi",
        "compte au nom de {rev}, il me faut un reçu pour la course de mardi",
        "inscription des jumeaux pour l'été, {first:f} et {first:m}, nom de famille {last}",
        "vendredi c'est ma belle-sœur {full:f} qui récupère, elle est sur la liste des autorisations",
        "l'animatrice {first:f} a dit qu'il avait oublié sa casquette, quelqu'un peut regarder 🙏",
        "encadrement du tableau de mon défunt père, il est signé {bare:m} en bas à droite",
        "commande au nom de {last}, elle est prête ?",
        "{first:f} vous a recommandés, elle a fait encadrer ses photos de mariage chez vous",
        "une table pour 6 à 20h au nom de {full} svp",
        "à emporter pour {first}, 2 pad thaï sans cacahuètes, mon fils {first:m} est allergique",
        "merci de remercier la cheffe {first:f} pour le dessert d'anniversaire, trop gentil 🙏",
        "goûter patinoire pour les 9 ans de {first:f}, 15 enfants et 2 adultes, moi et {full:m}",
        "il reste de la place aux cours du samedi avec {full:f} ?",
        "un gant perdu, ma fille {first:f}, rose avec son prénom à l'intérieur",
        "voiture réservée pour le contrôle technique au nom de {full:m}, immat dans la résa",
        "le mécano {first:m} a dit qu'il fallait refaire les freins, ça coûte combien",
        "ma femme {first:f} dépose la voiture à 8h, clés dans la boîte",
        "Bonjour, c'est {full:f}, la maman de {first:m} chez les tournesols",
        "le grand-père de {first:f}, {full:m}, vient la chercher aujourd'hui, il est sur la liste",
        "merci {first:f} et {first:f} pour la jolie carte de fin d'année 😭",
        "le buffet que je vous ai acheté appartenait à {full} apparemment, il y a des papiers ?",
        "vous pourriez estimer l'argenterie de ma tante {full:f}, elle est décédée en mars",
        "evg pour {nick:m}, 14 gars, dimanche si c'est dispo",
        "réservation de groupe : {first:m}, {first:m}, {first:m}, {first:m} et moi",
        "devis pour un chapiteau pour le mariage de ma fille {first:f} svp, 120 invités",
        "le chef d'équipe {first:m} a dit qu'il repasserait lundi pour les mâts",
        "anniversaire de {first:m} qui aura 5 ans, il adore les dinosaures, vous êtes libre samedi",
        "on a eu {nick} à l'anniversaire de ma nièce et les enfants ont adoré, dispo en mai ?",
        "bon alors euh c'est encore {first:f} d'hier pour la fête de mon fils {first:m} et de sa cousine {full:f} "
        "ça se passera chez ma mère dans le jardin s'il pleut pas sinon à la salle paroissiale et il y aura une "
        "vingtaine d'enfants donc vous pouvez apporter la machine à bulles et le parachute et aussi est-ce que "
        "{first} peut faire les maquillages merci",
        "Merci de confirmer la commande de 50 faire-part.\nCordialement,\n{full}\nAssistante de direction",
        "Nom : {last}\nPrénom : {first}\nDate de naissance : voir passeport",
        "bravo {first:f} pour la nouvelle boutique !! 🎉🎉 à bientôt",
        "bonjour c'est {low} j'ai réservé pour 18h",
        "j'ai eu {init} au téléphone, elle a dit qu'il n'y avait pas d'acompte",
    ],
    "it": [
        "ciao oggi c'è {first:f}? l'ultima volta mi ha fatto lei l'esame della vista e vorrei di nuovo lei",
        "Mio figlio {full:m} ha l'appuntamento alle 16, può accompagnarlo il papà al posto mio?",
        "occhiali pronti a nome {rev}? mi è arrivato un sms ma non dice quale negozio",
        "La nostra gatta è registrata a nome {last}, possiamo fare i vaccini sabato mattina",
        "Il dott. {last} è stato bravissimo col nostro cane anziano la settimana scorsa, grazie da tutti noi ❤️",
        "la mia vicina {full} porta il coniglio domani perché io lavoro, va bene",
        "CHIUSA FUORI casa!! il padrone di casa è {full:m}, può confermare che abito lì",
        "potete fatturare le serrature nuove a {init} per favore, è per l'ufficio",
        "il tecnico venuto martedì, {first:m} mi pare, ha lasciato le punte del trapano nell'ingresso",
        "Vorrei un mazzo per i 70 anni di mia mamma, biglietto: Buon compleanno {first:f}, da {nick}",
        "corona per il funerale di {full} per favore, venerdì alle 10 in chiesa",
        "i fiori dovevano arrivare a {caps} in reception oggi?? dicono che non è arrivato niente",
        "ho lasciato la bici ieri, nome {full}, novità sul cambio",
        "{first:m} ha detto che la ruota dietro sarebbe stata centrata per giovedì, confermato?",
        "mia figlia {first:f} ha bisogno della prima bici vera, ha 7 anni, cosa avete",
        "{nick:f} fa ancora fine line? voglio la stessa tatuatrice di mia sorella",
        "Prenotazione per {full:f}, consenso in allegato, ha 19 anni quindi niente genitori",
        "vorrei il nome di mio nonno {first:m} in corsivo sull'avambraccio, quanto più o meno?",
        "abito da sposo in sartoria a nome {last}, lo sposo è mio fratello {first:m}",
        "ciao {first:f}, i pantaloni stanno benissimo, grazie mille!!",
        "Mio marito {full:m} passa a ritirare la giacca tornando a casa, ha lo scontrino",
        "è pronta la ricetta di mio padre {full:m}? è diabetico e ha finito tutto",
        "Oggi c'è il farmacista {first}? mi aveva detto di ripassare per l'irritazione",
        "ritiro una ricetta per {rev}, la data di nascita ce l'avete",
        "Buongiorno, vorrei iscrivermi, mi chiamo {full} e sono più o meno B1 in spagnolo",
        "{full:f} insegna ancora il corso del giovedì sera? al nostro gruppo piaceva tantissimo",
        "sul certificato deve esserci {dbl} per favore, entrambi i cognomi, la banca è pignola",
        "potete mettermi da parte una copia per {full}, passo sabato",
        "la presentazione con {full} è il 12? ci sono ancora posti",
        "il nostro club del libro ({low}, {first:f} e io) vuole 3 copie del libro del mese",
        "prenoto kayak per 4: io, {first:m}, {first:f} e {nick}",
        "l'istruttore {first:m} era bravissimo, possiamo riaverlo ad agosto?",
        "nome del capogruppo {caps}, 2 biposto domenica alle 9 grazie",
        "saletta privata per l'addio al nubilato della mia amica {first:f}, siamo in 12 venerdì sera",
        "la prenotazione è a nome {nick:m}, è il festeggiato 🎤🎤🎤",
        "il presentatore di ieri sera, {first} giusto?? un mito, ditegli grazie",
        "Mi servono 200 volantini, il nome del referente sopra è {full}",
        "biglietti da visita per {caps}, amministratore, stessa grafica dell'altra volta",
        "{first:m} può rimandarmi la bozza? la mail è finita nello spam",
        "mio figlio {first:m} (14 anni) vuole iniziare boxe, il maestro {last} prende i ragazzi?",
        "si può fare una lezione di prova per {full:m} martedì?",
        "sono {first:m}, compagno di sparring di {nick:m}, devo pagare il mese",
        "taxi per {init} dalla stazione alle 11.40 grazie",
        "l'autista {first:m} della settimana scorsa può portare mia nonna {first:f} in ospedale giovedì",
        "conto a nome {rev}, mi serve la ricevuta della corsa di martedì",
        "iscrivo i gemelli al centro estivo, {first:f} e {first:m}, cognome {last}",
        "venerdì li ritira mia cognata {full:f}, è nell'elenco delle deleghe",
        "l'animatrice {first:f} ha detto che ha dimenticato il cappellino, qualcuno può guardare 🙏",
        "cornice per il quadro del mio povero papà, è firmato {bare:m} in basso a destra",
        "ordine a nome {last}, è pronto da ritirare?",
        "{first:f} mi ha consigliato voi, aveva fatto incorniciare le foto del matrimonio da voi",
        "tavolo per 6 alle 20 a nome {full} per favore",
        "da asporto per {first}, 2 pad thai senza arachidi, mio figlio {first:m} è allergico",
        "ringraziate la chef {first:f} per il dolce di compleanno, gentilissima 🙏",
        "festa al palaghiaccio per i 9 anni di {first:f}, 15 bambini e 2 adulti, io e {full:m}",
        "ci sono posti nei corsi del sabato con {full:f}?",
        "perso un guanto, mia figlia {first:f}, rosa col nome dentro",
        "auto prenotata per la revisione a nome {full:m}, la targa è nella prenotazione",
        "il meccanico {first:m} ha detto che vanno rifatti i freni, quanto viene",
        "mia moglie {first:f} lascia la macchina alle 8, chiavi nella cassetta",
        "Ciao, sono {full:f}, la mamma di {first:m} della sezione girasoli",
        "il nonno di {first:f}, {full:m}, la viene a prendere oggi, è tra i delegati",
        "grazie {first:f} e {first:f} per il bellissimo biglietto di fine anno 😭",
        "la credenza che ho comprato da voi era di {full} a quanto pare, ci sono documenti?",
        "potreste valutare l'argenteria di mia zia {full:f}, è mancata a marzo",
        "addio al celibato per {nick:m}, 14 ragazzi, domenica se c'è posto",
        "prenotazione di gruppo: {first:m}, {first:m}, {first:m}, {first:m} e io",
        "preventivo per un gazebo per il matrimonio di mia figlia {first:f}, 120 invitati",
        "il caposquadra {first:m} ha detto che ripassa lunedì per i pali",
        "festa per {first:m} che compie 5 anni, ama i dinosauri, siete liberi sabato",
        "abbiamo avuto {nick} alla festa di mia nipote e i bimbi l'hanno adorato, disponibile a maggio?",
        "allora ehm sono di nuovo {first:f} di ieri per la festa di mio figlio {first:m} e di sua cugina {full:f} "
        "si fa da mia mamma in giardino se non piove sennò nel salone della parrocchia e ci saranno una ventina di "
        "bambini quindi potete portare la macchina delle bolle e il paracadute e anche {first} può fare i trucchi "
        "sulla faccia grazie",
        "Vi chiedo conferma dell'ordine di 50 partecipazioni.\nCordiali saluti,\n{full}\nSegreteria",
        "Cognome: {last}\nNome: {first}\nData di nascita: vedi passaporto",
        "complimenti {first:f} per il negozio nuovo!! 🎉🎉 a presto",
        "ciao sono {low} ho prenotato per le 18",
        "ho sentito {init} al telefono, ha detto che non serve la caparra",
    ],
    "es": [
        "hola está {first:f} hoy? la última vez me graduó ella la vista y quiero repetir con ella",
        "Mi hijo {full:m} tiene cita a las 4, puede llevarlo su padre en vez de mí?",
        "gafas listas a nombre de {rev}? me llegó un sms pero no pone qué tienda",
        "Nuestra gata está registrada a nombre de {last}, podemos ponerle las vacunas el sábado por la mañana",
        "La Dra. {last} estuvo genial con nuestro perro mayor la semana pasada, gracias de parte de todos ❤️",
        "mi vecina {full} traerá el conejo mañana porque yo trabajo, vale",
        "ME HE QUEDADO FUERA del piso!! el casero es {full:m}, él puede confirmar que vivo aquí",
        "podéis hacer la factura de las cerraduras nuevas a {init} porfa, es para la oficina",
        "el chico que vino el martes, {first:m} creo, se dejó las brocas en la entrada",
        "Quiero un ramo para los 70 de mi madre, tarjeta: Feliz cumple {first:f}, de parte de {nick}",
        "corona para el funeral de {full} por favor, viernes a las 10 en el tanatorio",
        "las flores tenían que llegar hoy a {caps} en recepción?? dicen que no ha llegado nada",
        "dejé la bici ayer, nombre {full}, hay novedades del cambio",
        "{first:m} me dijo que la rueda de atrás estaría centrada el jueves, sigue en pie?",
        "mi hija {first:f} necesita su primera bici de verdad, tiene 7 años, qué tenéis",
        "{nick:f} sigue haciendo fine line? quiero la misma tatuadora que tuvo mi hermana",
        "Reserva para {full:f}, consentimiento adjunto, tiene 19 así que no hacen falta padres",
        "quiero el nombre de mi abuelo {first:m} en letra cursiva en el antebrazo, cuánto más o menos?",
        "traje de novio en arreglos a nombre de {last}, el novio es mi hermano {first:m}",
        "hola {first:f}, el pantalón queda perfecto, mil gracias!!",
        "Mi marido {full:m} pasará a recoger la chaqueta al volver a casa, tiene el resguardo",
        "está lista la receta de mi padre {full:m}? es diabético y se ha quedado sin nada",
        "Está hoy el farmacéutico {first}? me dijo que volviera por lo del sarpullido",
        "vengo a recoger una receta para {rev}, la fecha de nacimiento la tenéis",
        "Hola, quiero matricularme, me llamo {full} y tengo más o menos un B1 de inglés",
        "{full:f} sigue dando la clase del jueves por la tarde? a nuestro grupo le encantaba",
        "en el certificado tiene que poner {dbl} por favor, los dos apellidos, el banco es muy tiquismiquis",
        "me podéis guardar un ejemplar para {full}, paso el sábado",
        "la firma de libros con {full} es el 12? quedan entradas",
        "nuestro club de lectura ({low}, {first:f} y yo) quiere 3 ejemplares del libro del mes",
        "reserva de kayaks para 4: yo, {first:m}, {first:f} y {nick}",
        "el monitor {first:m} fue un crack, podemos repetir con él en agosto?",
        "nombre del responsable {caps}, 2 dobles el domingo a las 9 porfa",
        "sala privada para la despedida de soltera de mi amiga {first:f}, somos 12 el viernes por la noche",
        "la reserva está a nombre de {nick:m}, es el cumpleañero 🎤🎤🎤",
        "el presentador de anoche, {first} era?? un crack, dadle las gracias",
        "Necesito 200 flyers, el nombre de contacto que va es {full}",
        "tarjetas de visita para {caps}, gerente, mismo diseño que la última vez",
        "{first:m} me puede reenviar la prueba? el correo se fue a spam",
        "mi hijo {first:m} (14 años) quiere empezar boxeo, el entrenador {last} coge chavales?",
        "se puede hacer una clase de prueba para {full:m} el martes?",
        "soy {first:m}, compañero de sparring de {nick:m}, tengo que pagar el mes",
        "taxi para {init} en la estación a las 11.40 porfa",
        "el conductor {first:m} de la semana pasada puede llevar a mi abuela {first:f} al hospital el jueves",
        "cuenta a nombre de {rev}, necesito recibo del viaje del martes",
        "inscribo a los mellizos en el campamento, {first:f} y {first:m}, apellido {last}",
        "el viernes los recoge mi cuñada {full:f}, está en la lista de autorizados",
        "la monitora {first:f} dijo que se dejó la gorra, alguien puede mirar 🙏",
        "enmarcar el cuadro de mi difunto padre, está firmado {bare:m} abajo a la derecha",
        "pedido a nombre de {last}, está listo para recoger?",
        "{first:f} me recomendó vuestra tienda, enmarcó allí las fotos de su boda",
        "mesa para 6 a las 9 a nombre de {full} por favor",
        "para llevar a nombre de {first}, 2 pad thai sin cacahuete, mi hijo {first:m} es alérgico",
        "dadle las gracias a la cocinera {first:f} por el postre de cumpleaños, un detallazo 🙏",
        "fiesta de patinaje por los 9 de {first:f}, 15 niños y 2 adultos, yo y {full:m}",
        "hay plazas en las clases del sábado con {full:f}?",
        "perdimos un guante, mi hija {first:f}, rosa con su nombre por dentro",
        "coche con cita para la ITV a nombre de {full:m}, la matrícula está en la reserva",
        "el mecánico {first:m} dijo que hay que cambiar los frenos, cuánto sería",
        "mi mujer {first:f} deja el coche a las 8, llaves en el buzón",
        "Hola, soy {full:f}, la mamá de {first:m} de la clase de los girasoles",
        "el abuelo de {first:f}, {full:m}, la recoge hoy, está en la lista",
        "gracias {first:f} y {first:f} por la tarjeta tan bonita de fin de curso 😭",
        "el aparador que os compré era de {full} por lo visto, tiene papeles?",
        "podríais tasar la plata de mi tía {full:f}, falleció en marzo",
        "despedida de soltero para {nick:m}, 14 tíos, el domingo si hay hueco",
        "reserva de grupo: {first:m}, {first:m}, {first:m}, {first:m} y yo",
        "presupuesto de una carpa para la boda de mi hija {first:f}, 120 invitados",
        "el jefe de montaje {first:m} dijo que volvía el lunes a por los postes",
        "cumple de {first:m} que hace 5, le flipan los dinosaurios, estáis libres el sábado",
        "tuvimos a {nick} en el cumple de mi sobrina y los niños encantados, libre en mayo?",
        "hola a ver soy otra vez {first:f} de ayer por lo del cumple de mi hijo {first:m} y de su prima {full:f} va "
        "a ser en casa de mi madre en el jardín si no llueve y si no en el salón de la parroquia y habrá unos "
        "veinte niños así que podéis traer la máquina de pompas y el paracaídas y también puede {first} pintar "
        "caras gracias",
        "Os ruego confirméis el pedido de 50 invitaciones.\nUn saludo,\n{full}\nAdministración",
        "Apellidos: {last}\nNombre: {first}\nFecha de nacimiento: ver pasaporte",
        "enhorabuena {first:f} por la tienda nueva!! 🎉🎉 nos vemos",
        "hola soy {low} reservé para las 6",
        "hablé con {init} por teléfono, dijo que no hacía falta señal",
    ],
    "pt": [
        "oi a {first:f} está hoje? da última vez foi ela que fez meu exame de vista e queria ela de novo",
        "Meu filho {full:m} tem consulta às 16h, o pai pode levar ele no meu lugar?",
        "óculos prontos em nome de {rev}? recebi sms mas não diz qual loja",
        "A nossa gata está registada em nome de {last}, dá para dar as vacinas sábado de manhã",
        "O Dr. {last} foi espetacular com o nosso cão velhinho semana passada, obrigado de todos nós ❤️",
        "a minha vizinha {full} leva o coelho amanhã porque estou a trabalhar, pode ser",
        "FIQUEI TRANCADA FORA do apê!! o proprietário é {full:m}, ele pode confirmar que moro aqui",
        "podem faturar as fechaduras novas para {init} por favor, é para o escritório",
        "o rapaz que veio terça, {first:m} acho eu, deixou as brocas no nosso hall",
        "Queria um ramo para os 70 anos da minha mãe, cartão: Parabéns {first:f}, com amor de {nick}",
        "coroa para o funeral de {full} por favor, sexta às 10h no cemitério",
        "as flores deviam chegar hoje para {caps} na recepção?? dizem que não chegou nada",
        "deixei a bike ontem, nome {full}, alguma novidade do câmbio",
        "o {first:m} disse que a roda de trás ficava centrada até quinta, ainda está de pé?",
        "a minha filha {first:f} precisa da primeira bicicleta a sério, tem 7 anos, o que têm",
        "a {nick:f} ainda faz fine line? quero a mesma tatuadora da minha irmã",
        "Reserva para {full:f}, termo em anexo, ela tem 19 então não precisa dos pais",
        "quero o nome do meu avô {first:m} em letra cursiva no antebraço, quanto mais ou menos?",
        "fato de noivo nos ajustes em nome de {last}, o noivo é o meu irmão {first:m}",
        "olá {first:f}, as calças ficaram perfeitas, muito obrigada!!",
        "O meu marido {full:m} passa para buscar o casaco quando voltar, ele tem o talão",
        "a receita do meu pai {full:m} já está pronta? ele é diabético e ficou sem nada",
        "O farmacêutico {first} está hoje? ele disse para voltar por causa da alergia",
        "venho levantar uma receita para {rev}, a data de nascimento está na ficha",
        "Olá, queria inscrever-me, chamo-me {full} e tenho mais ou menos B1 de espanhol",
        "a {full:f} ainda dá a aula de quinta à noite? o nosso grupo adorava ela",
        "no certificado tem que estar {dbl} por favor, os dois sobrenomes, o banco é chato",
        "podem guardar um exemplar para {full}, passo aí sábado",
        "a sessão de autógrafos com {full} é dia 12? ainda há lugares",
        "o nosso clube do livro ({low}, {first:f} e eu) quer 3 exemplares do livro do mês",
        "reserva de caiaques para 4: eu, {first:m}, {first:f} e {nick}",
        "o instrutor {first:m} foi fera, podemos repetir com ele em agosto?",
        "nome do responsável {caps}, 2 duplos domingo às 9h por favor",
        "sala privada para a despedida de solteira da minha amiga {first:f}, somos 12 sexta à noite",
        "a reserva está em nome do {nick:m}, é o aniversariante 🎤🎤🎤",
        "o apresentador de ontem à noite, {first} né?? uma lenda, agradeçam a ele",
        "Preciso de 200 panfletos, o nome de contacto neles é {full}",
        "cartões de visita para {caps}, diretor, mesmo design da última vez",
        "o {first:m} pode reenviar a prova? o email foi para o spam",
        "o meu filho {first:m} (14 anos) quer começar boxe, o treinador {last} aceita juniores?",
        "dá para marcar uma aula experimental para {full:m} na terça?",
        "aqui é o {first:m}, parceiro de sparring do {nick:m}, preciso pagar a mensalidade",
        "táxi para {init} na estação às 11h40 por favor",
        "o motorista {first:m} da semana passada pode levar a minha avó {first:f} ao hospital quinta",
        "conta em nome de {rev}, preciso do recibo da corrida de terça",
        "inscrevo os gêmeos na colônia de férias, {first:f} e {first:m}, sobrenome {last}",
        "sexta quem busca é a minha cunhada {full:f}, ela está na lista de autorizados",
        "a monitora {first:f} disse que ele esqueceu o boné, alguém pode ver 🙏",
        "emoldurar o quadro do meu falecido pai, está assinado {bare:m} no canto de baixo",
        "encomenda em nome de {last}, já está pronta para levantar?",
        "a {first:f} recomendou vocês, ela emoldurou as fotos do casamento aí",
        "mesa para 6 às 20h em nome de {full} por favor",
        "para levar em nome de {first}, 2 pad thai sem amendoim, o meu filho {first:m} é alérgico",
        "agradeçam à chef {first:f} pela sobremesa de aniversário, um amor 🙏",
        "festa na patinação para os 9 anos da {first:f}, 15 crianças e 2 adultos, eu e {full:m}",
        "há vagas nas aulas de sábado com a {full:f}?",
        "perdemos uma luva, a minha filha {first:f}, cor-de-rosa com o nome por dentro",
        "carro marcado para a inspeção em nome de {full:m}, a matrícula está na marcação",
        "o mecânico {first:m} disse que os travões têm de ser feitos, quanto fica",
        "a minha mulher {first:f} deixa o carro às 8h, chaves na caixa",
        "Olá, é a {full:f}, mãe do {first:m} da sala dos girassóis",
        "o avô da {first:f}, {full:m}, vai buscá-la hoje, está na lista",
        "obrigada {first:f} e {first:f} pelo cartão lindo de fim de ano 😭",
        "a cómoda que vos comprei era de {full} pelos vistos, tem papéis?",
        "podiam avaliar as pratas da minha tia {full:f}, faleceu em março",
        "despedida de solteiro para o {nick:m}, 14 rapazes, domingo se houver vaga",
        "reserva de grupo: {first:m}, {first:m}, {first:m}, {first:m} e eu",
        "orçamento de uma tenda para o casamento da minha filha {first:f}, 120 convidados",
        "o chefe da equipa {first:m} disse que voltava segunda para buscar os mastros",
        "festa do {first:m} que faz 5 anos, ele adora dinossauros, vocês estão livres sábado",
        "tivemos {nick} na festa da minha sobrinha e a criançada amou, livre em maio?",
        "oi então é a {first:f} de novo de ontem sobre a festa do meu filho {first:m} e da prima dele {full:f} vai "
        "ser na casa da minha mãe no quintal se não chover senão no salão da paróquia e vão ser umas vinte crianças "
        "então podem trazer a máquina de bolhas e o paraquedas e também o {first} pode pintar as carinhas obrigada",
        "Agradeço a confirmação da encomenda de 50 convites.\nCumprimentos,\n{full}\nSecretariado",
        "Apelido: {last}\nNome: {first}\nData de nascimento: ver passaporte",
        "parabéns {first:f} pela loja nova!! 🎉🎉 até breve",
        "oi é {low} reservei para as 18h",
        "falei com {init} ao telefone, disse que não precisava de sinal",
    ],
    "de": [
        "hallo ist {first:f} heute da? sie hat letztes mal meinen sehtest gemacht und ich hätte gern wieder sie",
        "Mein Sohn {full:m} hat um 16 Uhr einen Termin, kann sein Papa ihn statt mir bringen?",
        "brille abholbereit auf {rev}? hab ne sms bekommen aber da steht nicht welche filiale",
        "Unsere Katze ist auf {last} angemeldet, können wir Samstag früh zum Impfen kommen",
        "Dr. {last} war letzte Woche großartig mit unserem alten Hund, liebe Grüße und Dank von uns allen ❤️",
        "meine nachbarin {full} bringt morgen das kaninchen, ich muss arbeiten, passt das",
        "AUSGESPERRT aus der Wohnung!! Vermieter ist {full:m}, er kann bestätigen dass ich hier wohne",
        "könnt ihr die neuen schlösser an {init} rechnen bitte, ist fürs büro",
        "der monteur vom dienstag, {first:m} glaub ich, hat seine bohrer bei uns im flur liegen lassen",
        "Ich hätte gern einen Strauß zum 70. meiner Mutter, Karte: Alles Liebe {first:f}, von {nick}",
        "Kranz für die Beerdigung von {full} bitte, Freitag 10 Uhr im Krematorium",
        "die blumen sollten heute an {caps} am empfang gehen?? die sagen es kam nix",
        "hab gestern mein rad abgegeben, name {full}, gibts was neues zur schaltung",
        "{first:m} meinte das hinterrad ist bis donnerstag zentriert, bleibt das so?",
        "meine tochter {first:f} braucht ihr erstes richtiges rad, sie ist 7, was habt ihr da",
        "macht {nick:f} noch fine line? will dieselbe tätowiererin wie meine schwester",
        "Termin für {full:f}, Einverständnis im Anhang, sie ist 19 also keine Eltern nötig",
        "ich will den namen von meinem opa {first:m} in schreibschrift auf den unterarm, was kostet das ungefähr?",
        "Hochzeitsanzug zum Ändern auf {last}, der Bräutigam ist mein Bruder {first:m}",
        "hallo {first:f}, die hose sitzt perfekt, tausend dank!!",
        "Mein Mann {full:m} holt das Sakko auf dem Heimweg ab, er hat den Abholschein",
        "ist das rezept für meinen vater {full:m} fertig? er ist diabetiker und hat nix mehr",
        "Ist der Apotheker {first} heute da, er meinte ich soll wegen dem Ausschlag nochmal kommen",
        "ich hole ein rezept für {rev} ab, geburtsdatum habt ihr",
        "Hallo, ich möchte mich anmelden, ich heiße {full} und hab ungefähr B1 in Spanisch",
        "unterrichtet {full:f} noch den donnerstagabendkurs? unsere gruppe fand sie super",
        "auf dem zertifikat soll bitte {dbl} stehen, beide namen, meine bank ist pingelig",
        "könnt ihr ein exemplar für {full} zurücklegen, ich komm samstag",
        "ist die signierstunde mit {full} am 12.? gibts noch karten",
        "unser lesekreis ({low}, {first:f} und ich) will 3 exemplare vom buch des monats",
        "kajaks für 4: ich, {first:m}, {first:f} und {nick}",
        "der guide {first:m} war spitze, können wir ihn im august wieder haben?",
        "hauptbucher {caps}, 2 zweier am sonntag um 9 bitte",
        "privatraum für den junggesellinnenabschied meiner freundin {first:f}, wir sind 12 am freitagabend",
        "die buchung läuft auf {nick:m}, er hat geburtstag 🎤🎤🎤",
        "der moderator gestern abend, {first} wars?? legende, sagt ihm danke",
        "Ich brauche 200 Flyer, als Kontakt steht {full} drauf",
        "visitenkarten für {caps}, geschäftsführer, gleiches design wie letztes mal",
        "kann {first:m} den korrekturabzug nochmal schicken? die mail ist im spam gelandet",
        "mein sohn {first:m} (14) will mit boxen anfangen, nimmt trainer {last} auch jugendliche?",
        "geht ein probetraining für {full:m} am dienstag?",
        "hier ist {first:m}, sparringspartner von {nick:m}, ich muss meinen monat zahlen",
        "taxi für {init} am bahnhof um 11.40 bitte",
        "kann der fahrer {first:m} von letzter woche meine oma {first:f} donnerstag ins krankenhaus fahren",
        "konto auf {rev}, ich brauch eine quittung für die fahrt vom dienstag",
        "anmeldung der zwillinge fürs feriencamp, {first:f} und {first:m}, nachname {last}",
        "freitag holt meine schwägerin {full:f} ab, sie steht auf der abholliste",
        "betreuerin {first:f} meinte er hat seine kappe vergessen, kann jemand schauen 🙏",
        "rahmen für das bild meines verstorbenen vaters, es ist unten rechts mit {bare:m} signiert",
        "auftrag auf {last}, ist der schon fertig zum abholen?",
        "{first:f} hat euch empfohlen, sie hat ihre hochzeitsfotos bei euch rahmen lassen",
        "tisch für 6 um 20 uhr auf {full} bitte",
        "zum mitnehmen für {first}, 2 pad thai ohne erdnüsse, mein sohn {first:m} ist allergisch",
        "bitte richtet der köchin {first:f} dank für das geburtstagsdessert aus, so lieb 🙏",
        "eislaufparty zum 9. von {first:f}, 15 kinder und 2 erwachsene, ich und {full:m}",
        "gibts noch plätze in den samstagskursen bei {full:f}?",
        "handschuh verloren, meine tochter {first:f}, rosa mit namen innen drin",
        "auto für den TÜV auf {full:m} gebucht, kennzeichen steht in der buchung",
        "der mechaniker {first:m} meinte die bremsen müssen gemacht werden, was kostet das",
        "meine frau {first:f} bringt das auto um 8, schlüssel in den kasten",
        "Hallo, hier ist {full:f}, Mama von {first:m} aus der Sonnenblumengruppe",
        "der opa von {first:f}, {full:m}, holt sie heute ab, er steht auf der liste",
        "danke {first:f} und {first:f} für die schöne karte zum kitajahr-ende 😭",
        "die kommode die ich bei euch gekauft hab gehörte wohl {full}, gibts papiere dazu?",
        "könnt ihr das silber meiner tante {full:f} schätzen, sie ist im märz verstorben",
        "junggesellenabschied für {nick:m}, 14 jungs, sonntag wenn frei",
        "gruppenbuchung: {first:m}, {first:m}, {first:m}, {first:m} und ich",
        "angebot für ein festzelt zur hochzeit meiner tochter {first:f} bitte, 120 gäste",
        "der vorarbeiter {first:m} meinte er kommt montag wegen der stangen wieder",
        "party für {first:m} der 5 wird, er liebt dinos, habt ihr samstag zeit",
        "wir hatten {nick} beim geburtstag meiner nichte und die kinder waren begeistert, frei im mai?",
        "hallo also ähm hier nochmal {first:f} von gestern wegen der party von meinem sohn {first:m} und seiner "
        "cousine {full:f} die ist bei meiner mutter im garten wenns nicht regnet sonst im gemeindesaal und es "
        "kommen so zwanzig kinder also könnt ihr die seifenblasenmaschine und das schwungtuch mitbringen und kann "
        "{first} auch kinderschminken danke",
        "Bitte bestätigen Sie die Bestellung von 50 Einladungen.\nMit freundlichen Grüßen\n{full}\nSekretariat",
        "Nachname: {last}\nVorname: {first}\nGeburtsdatum: siehe Pass",
        "glückwunsch {first:f} zum neuen laden!! 🎉🎉 bis bald",
        "hi hier ist {low} hab für 18 uhr gebucht",
        "hab mit {init} telefoniert, sie meinte keine anzahlung nötig",
    ],
}
# No-PII shapes: {key} is a word of SHOP[language] or BRANDS
CLEAN: dict[str, list[str]] = {
    "en": [
        "do you have {frames} frames in stock? saw them on your insta",
        "are {lens} lenses included in the offer or extra",
        "is the shop open on {feast}?",
        "what time do you close on {day}",
        "do you stock {petfood} kitten food",
        "is {vetmed} ok for a 20kg dog or do we need the large one",
        "can you fit a {lock} cylinder on a uPVC door",
        "how much to cut 3 {lock} keys",
        "have you got {rose} roses for {feast}",
        "do you deliver to {town} on {day}s",
        "my {bike} has a puncture again, can you look at it {day}",
        "do you have {bikepart} in stock",
        "is {ink} ink vegan?",
        "do you take walk-ins on {day}s or appointment only",
        "can I bring my own {cloth} cloth for a suit",
        "how long to take up trousers? need them before {feast}",
        "have you got {med} in stock, the 400mg",
        "can I take {med} with hay fever tablets",
        "when does the next {exam} course start",
        "is the {exam} exam in {month} or later",
        "do you have {book} in paperback",
        "looking for a children's edition of {book}",
        "can we hire a {kayak} on {day} morning",
        "is the river ok for beginners in {month}",
        "can you add {song} to the karaoke list? couldn't find it",
        "is {song} on the system? it's for a birthday",
        "can you print on {paper} card, 300gsm",
        "do you sell {printer} ink cartridges",
        "are {gloves} gloves ok for beginners or too heavy",
        "is the gym open on {feast}",
        "can I book a taxi to the {team} match on {day}",
        "how much from the station to {town}",
        "is the {car} an estate? we have loads of luggage",
        "what's the price for summer camp in {month}, 2 weeks",
        "do the kids need a packed lunch on {day}s",
        "can you frame a {artwork} print, 50x70",
        "is the {thai} very spicy?",
        "do you have {beer} on draught",
        "do you rent {skates} skates or only sell them",
        "is the rink open on {feast}",
        "how much for a service on a {car}",
        "do you use {oil}? the manual says so",
        "is the nursery shut on {feast}",
        "the kids loved the {character} dress-up day, thank you!",
        "is the {furniture} chest of drawers still for sale",
        "do you buy {porcelain}? I have a full tea set",
        "do you hire {marker} markers or do we bring our own",
        "do you do paintball for 12 year olds on {day}s",
        "how much for a 6x12 marquee in {month}",
        "can the marquee be up by {day} for {feast}",
        "can the entertainer come dressed as {character}?",
        "{thanks}, see you on {day}!",
        "{thanks} for sorting it so quickly 🙏",
        "are you near the {team} ground?",
        "can the caterer in the marquee do {dish} for 120",
        "is {dish} on the nursery menu in {month}? my son loves it",
        "can we get the {thai} as a takeaway on {feast}",
        "is your {town} branch open {day}",
    ],
    "fr": [
        "vous avez des montures {frames} en stock ? vues sur votre insta",
        "les verres {lens} sont compris dans l'offre ou en plus",
        "le magasin est ouvert pour {feast} ?",
        "vous fermez à quelle heure {day}",
        "vous avez les croquettes {petfood} pour chaton",
        "le {vetmed} ça va pour un chien de 20 kg ou il faut le grand modèle",
        "vous pouvez poser un cylindre {lock} sur une porte PVC",
        "combien pour refaire 3 clés {lock}",
        "vous aurez des roses {rose} pour {feast}",
        "vous livrez à {town} le {day}",
        "mon {bike} est encore crevé, vous pouvez regarder {day}",
        "vous avez du {bikepart} en stock",
        "l'encre {ink} est vegan ?",
        "vous prenez sans rdv le {day} ou seulement sur rendez-vous",
        "je peux apporter mon tissu {cloth} pour un costume",
        "combien de temps pour un ourlet ? il me le faut avant {feast}",
        "vous avez du {med} en stock, le 400",
        "je peux prendre du {med} avec mes antihistaminiques",
        "la prochaine session {exam} commence quand",
        "l'examen {exam} c'est en {month} ou après",
        "vous avez {book} en poche",
        "je cherche une édition jeunesse de {book}",
        "on peut louer un {kayak} {day} matin",
        "la rivière est ok pour débutants en {month}",
        "vous pouvez ajouter {song} au karaoké ? pas trouvé",
        "{song} est dans le système ? c'est pour un anniv",
        "vous imprimez sur du papier {paper}, 300 g",
        "vous vendez des cartouches {printer}",
        "les gants {gloves} ça va pour débuter ou trop lourds",
        "la salle est ouverte pour {feast}",
        "je peux réserver un taxi pour le match de {team} {day}",
        "combien de la gare jusqu'à {town}",
        "la {car} c'est un break ? on a plein de bagages",
        "c'est combien le centre aéré en {month}, 2 semaines",
        "les enfants doivent apporter un pique-nique le {day}",
        "vous pouvez encadrer une affiche {artwork}, 50x70",
        "le {thai} est très épicé ?",
        "vous avez de la {beer} à la pression",
        "vous louez des patins {skates} ou seulement en vente",
        "la patinoire est ouverte pour {feast}",
        "combien pour une révision sur une {car}",
        "vous mettez de l'huile {oil} ? le carnet le demande",
        "la crèche est fermée pour {feast}",
        "les enfants ont adoré la journée déguisée {character}, merci !",
        "la commode {furniture} est toujours à vendre",
        "vous rachetez du {porcelain} ? j'ai un service à thé complet",
        "vous louez des lanceurs {marker} ou on apporte les nôtres",
        "vous faites du paintball pour les 12 ans le {day}",
        "combien pour un chapiteau 6x12 en {month}",
        "le chapiteau peut être monté pour {day} pour {feast}",
        "l'animateur peut venir déguisé en {character} ?",
        "{thanks}, à {day} !",
        "{thanks} d'avoir réglé ça si vite 🙏",
        "vous êtes près du stade de {team} ?",
        "le traiteur sous le chapiteau peut faire {dish} pour 120",
        "il y a {dish} au menu de la crèche en {month} ? mon fils adore",
        "on peut avoir le {thai} à emporter pour {feast}",
        "votre boutique de {town} est ouverte {day}",
    ],
    "it": [
        "avete montature {frames} disponibili? viste su instagram",
        "le lenti {lens} sono comprese nell'offerta o a parte",
        "il negozio è aperto a {feast}?",
        "a che ora chiudete {day}",
        "avete le crocchette {petfood} per gattini",
        "il {vetmed} va bene per un cane di 20 kg o serve quello grande",
        "potete montare un cilindro {lock} su una porta in PVC",
        "quanto per fare 3 chiavi {lock}",
        "avete rose {rose} per {feast}",
        "consegnate a {town} di {day}",
        "la mia {bike} ha di nuovo bucato, potete guardarla {day}",
        "avete {bikepart} disponibile",
        "l'inchiostro {ink} è vegano?",
        "prendete senza appuntamento di {day} o solo su prenotazione",
        "posso portare il mio tessuto {cloth} per un abito",
        "quanto ci vuole per un orlo? mi servono prima di {feast}",
        "avete il {med} disponibile, quello da 400",
        "posso prendere il {med} con l'antistaminico",
        "quando inizia il prossimo corso {exam}",
        "l'esame {exam} è a {month} o dopo",
        "avete {book} in edizione tascabile",
        "cerco un'edizione per ragazzi di {book}",
        "possiamo noleggiare un {kayak} {day} mattina",
        "il fiume va bene per principianti a {month}",
        "potete aggiungere {song} al karaoke? non la trovo",
        "c'è {song} nel sistema? è per un compleanno",
        "stampate su carta {paper}, 300 grammi",
        "vendete cartucce {printer}",
        "i guantoni {gloves} vanno bene per iniziare o sono troppo pesanti",
        "la palestra è aperta a {feast}",
        "posso prenotare un taxi per la partita del {team} {day}",
        "quanto costa dalla stazione a {town}",
        "la {car} è station wagon? abbiamo un sacco di bagagli",
        "quanto costa il centro estivo a {month}, 2 settimane",
        "i bambini devono portare il pranzo al sacco di {day}",
        "potete incorniciare una stampa {artwork}, 50x70",
        "il {thai} è molto piccante?",
        "avete la {beer} alla spina",
        "noleggiate pattini {skates} o solo vendita",
        "il palaghiaccio è aperto a {feast}",
        "quanto per un tagliando su una {car}",
        "usate olio {oil}? lo dice il libretto",
        "l'asilo nido è chiuso a {feast}",
        "i bambini hanno adorato la giornata in maschera da {character}, grazie!",
        "il cassettone {furniture} è ancora in vendita",
        "comprate {porcelain}? ho un servizio da tè completo",
        "noleggiate marcatori {marker} o portiamo i nostri",
        "fate paintball per ragazzi di 12 anni di {day}",
        "quanto per un gazebo 6x12 a {month}",
        "il gazebo può essere montato entro {day} per {feast}",
        "l'animatore può venire vestito da {character}?",
        "{thanks}, a {day}!",
        "{thanks} per aver risolto così in fretta 🙏",
        "siete vicini allo stadio del {team}?",
        "il catering sotto il gazebo può fare {dish} per 120",
        "c'è {dish} nel menù del nido a {month}? mio figlio lo adora",
        "si può avere il {thai} da asporto a {feast}",
        "il vostro negozio di {town} è aperto {day}",
    ],
    "es": [
        "tenéis monturas {frames} en stock? las vi en vuestro insta",
        "las lentes {lens} entran en la oferta o van aparte",
        "abrís en {feast}?",
        "a qué hora cerráis el {day}",
        "tenéis pienso {petfood} para gatitos",
        "el {vetmed} vale para un perro de 20 kilos o hace falta el grande",
        "podéis poner un bombín {lock} en una puerta de PVC",
        "cuánto por hacer 3 copias de llave {lock}",
        "tendréis rosas {rose} para {feast}",
        "repartís en {town} el {day}",
        "mi {bike} ha vuelto a pinchar, podéis mirarla el {day}",
        "tenéis {bikepart} en stock",
        "la tinta {ink} es vegana?",
        "atendéis sin cita el {day} o solo con cita",
        "puedo llevar mi propio tejido {cloth} para un traje",
        "cuánto tardáis en cogerle el bajo a un pantalón? lo necesito antes de {feast}",
        "tenéis {med} del de 400",
        "puedo tomar {med} con el antihistamínico",
        "cuándo empieza el próximo curso de {exam}",
        "el examen {exam} es en {month} o después",
        "tenéis {book} en edición de bolsillo",
        "busco una edición infantil de {book}",
        "podemos alquilar un {kayak} el {day} por la mañana",
        "el río está bien para principiantes en {month}",
        "podéis añadir {song} al karaoke? no la encuentro",
        "está {song} en el sistema? es para un cumple",
        "imprimís en papel {paper} de 300 gramos",
        "vendéis cartuchos {printer}",
        "los guantes {gloves} valen para empezar o pesan mucho",
        "el gimnasio abre en {feast}",
        "puedo reservar un taxi para el partido del {team} el {day}",
        "cuánto cuesta de la estación a {town}",
        "el {car} es familiar? llevamos un montón de maletas",
        "qué precio tiene el campamento en {month}, 2 semanas",
        "los niños tienen que llevar táper el {day}",
        "podéis enmarcar una lámina de {artwork}, 50x70",
        "el {thai} pica mucho?",
        "tenéis {beer} de barril",
        "alquiláis patines {skates} o solo los vendéis",
        "la pista abre en {feast}",
        "cuánto cuesta una revisión de un {car}",
        "usáis aceite {oil}? lo pone el manual",
        "la guarde cierra en {feast}",
        "a los niños les encantó el día de disfraces de {character}, gracias!",
        "sigue a la venta la cómoda {furniture}",
        "compráis {porcelain}? tengo un juego de té completo",
        "alquiláis marcadoras {marker} o traemos las nuestras",
        "hacéis paintball para niños de 12 el {day}",
        "cuánto cuesta una carpa de 6x12 en {month}",
        "puede estar montada la carpa para el {day} por {feast}",
        "el animador puede venir disfrazado de {character}?",
        "{thanks}, nos vemos el {day}!",
        "{thanks} por solucionarlo tan rápido 🙏",
        "estáis cerca del campo del {team}?",
        "el catering de la carpa puede hacer {dish} para 120",
        "hay {dish} en el menú de la guarde en {month}? a mi hijo le encanta",
        "se puede pedir el {thai} para llevar en {feast}",
        "vuestra tienda de {town} abre el {day}",
    ],
    "pt": [
        "têm armações {frames} em stock? vi no vosso insta",
        "as lentes {lens} estão incluídas na promoção ou são à parte",
        "a loja abre no {feast}?",
        "a que horas fecham na {day}",
        "têm ração {petfood} para gatinhos",
        "o {vetmed} serve para um cão de 20 kg ou precisa do grande",
        "conseguem pôr um canhão {lock} numa porta de PVC",
        "quanto custa fazer 3 chaves {lock}",
        "vão ter rosas {rose} para o {feast}",
        "entregam em {town} na {day}",
        "a minha {bike} furou outra vez, podem ver na {day}",
        "têm {bikepart} em stock",
        "a tinta {ink} é vegana?",
        "atendem sem marcação na {day} ou só com hora marcada",
        "posso levar o meu tecido {cloth} para um fato",
        "quanto tempo para fazer a bainha? preciso antes do {feast}",
        "têm {med} em stock, o de 400",
        "posso tomar {med} com o antialérgico",
        "quando começa o próximo curso {exam}",
        "o exame {exam} é em {month} ou depois",
        "têm {book} em edição de bolso",
        "procuro uma edição infantil de {book}",
        "dá para alugar um {kayak} na {day} de manhã",
        "o rio está bom para iniciantes em {month}",
        "podem pôr {song} no karaokê? não encontrei",
        "{song} está no sistema? é para um aniversário",
        "imprimem em papel {paper} de 300 g",
        "vendem tinteiros {printer}",
        "as luvas {gloves} servem para começar ou são pesadas demais",
        "o ginásio abre no {feast}",
        "posso marcar um táxi para o jogo do {team} na {day}",
        "quanto custa da estação até {town}",
        "o {car} é carrinha? temos muita bagagem",
        "quanto custa a colônia de férias em {month}, 2 semanas",
        "as crianças têm de levar lanche na {day}",
        "podem emoldurar um poster de {artwork}, 50x70",
        "o {thai} é muito picante?",
        "têm {beer} à pressão",
        "alugam patins {skates} ou só vendem",
        "o rinque abre no {feast}",
        "quanto custa uma revisão num {car}",
        "usam óleo {oil}? o manual pede",
        "a creche fecha no {feast}",
        "as crianças adoraram o dia de fantasia de {character}, obrigada!",
        "a cómoda {furniture} ainda está à venda",
        "compram {porcelain}? tenho um serviço de chá completo",
        "alugam marcadores {marker} ou levamos os nossos",
        "fazem paintball para miúdos de 12 anos na {day}",
        "quanto custa uma tenda de 6x12 em {month}",
        "a tenda pode estar montada até {day} para o {feast}",
        "o animador pode vir vestido de {character}?",
        "{thanks}, até {day}!",
        "{thanks} por resolverem tão rápido 🙏",
        "vocês ficam perto do estádio do {team}?",
        "o catering na tenda pode fazer {dish} para 120",
        "tem {dish} no cardápio da creche em {month}? o meu filho adora",
        "dá para levar o {thai} para casa no {feast}",
        "a vossa loja de {town} abre na {day}",
    ],
    "de": [
        "habt ihr {frames}-Fassungen da? auf eurem insta gesehen",
        "sind {lens}-Gläser im Angebot drin oder extra",
        "habt ihr an {feast} offen?",
        "wann macht ihr am {day} zu",
        "habt ihr {petfood} für Kitten",
        "geht {vetmed} für einen 20-kg-Hund oder brauchen wir die große Packung",
        "könnt ihr einen {lock}-Zylinder in eine Kunststofftür bauen",
        "was kosten 3 {lock}-Schlüssel nachmachen",
        "habt ihr {rose}-Rosen zu {feast}",
        "liefert ihr am {day} nach {town}",
        "mein {bike} hat schon wieder einen Platten, könnt ihr am {day} schauen",
        "habt ihr {bikepart} auf Lager",
        "ist die {ink}-Farbe vegan?",
        "nehmt ihr am {day} ohne Termin oder nur mit",
        "kann ich meinen eigenen {cloth}-Stoff für einen Anzug mitbringen",
        "wie lange dauert Hose kürzen? brauch sie vor {feast}",
        "habt ihr {med} da, die 400er",
        "kann ich {med} mit den Heuschnupfentabletten nehmen",
        "wann startet der nächste {exam}-Kurs",
        "ist die {exam}-Prüfung im {month} oder später",
        "habt ihr {book} als Taschenbuch",
        "suche eine Kinderausgabe von {book}",
        "können wir am {day} vormittag ein {kayak} leihen",
        "ist der Fluss im {month} okay für Anfänger",
        "könnt ihr {song} in die Karaoke-Liste nehmen? finds nicht",
        "ist {song} im System? ist für einen Geburtstag",
        "druckt ihr auf {paper}-Papier, 300 g",
        "verkauft ihr {printer}-Patronen",
        "sind {gloves}-Handschuhe okay für Anfänger oder zu schwer",
        "hat das Gym an {feast} offen",
        "kann ich ein Taxi zum {team}-Spiel am {day} buchen",
        "was kostet es vom Bahnhof nach {town}",
        "ist der {car} ein Kombi? wir haben viel Gepäck",
        "was kostet das Feriencamp im {month}, 2 Wochen",
        "brauchen die Kinder am {day} ein Lunchpaket",
        "könnt ihr einen {artwork}-Druck rahmen, 50x70",
        "ist das {thai} sehr scharf?",
        "habt ihr {beer} vom Fass",
        "verleiht ihr {skates}-Schlittschuhe oder nur Verkauf",
        "hat die Eishalle an {feast} offen",
        "was kostet eine Inspektion bei einem {car}",
        "nehmt ihr {oil}? steht so im Handbuch",
        "ist die Kita an {feast} zu",
        "die Kinder fanden den {character}-Verkleidungstag toll, danke!",
        "ist die {furniture}-Kommode noch zu haben",
        "kauft ihr {porcelain} an? hab ein komplettes Teeservice",
        "verleiht ihr {marker}-Markierer oder bringen wir eigene mit",
        "macht ihr Paintball für 12-Jährige am {day}",
        "was kostet ein Festzelt 6x12 im {month}",
        "kann das Zelt bis {day} zu {feast} stehen",
        "kann der Animateur als {character} verkleidet kommen?",
        "{thanks}, bis {day}!",
        "{thanks} fürs schnelle Erledigen 🙏",
        "seid ihr in der Nähe vom {team}-Stadion?",
        "kann der Caterer im Zelt {dish} für 120 machen",
        "gibts im {month} {dish} in der Kita? mein Sohn liebt das",
        "kann man das {thai} an {feast} zum Mitnehmen haben",
        "hat euer Laden in {town} am {day} offen",
    ],
}
# The words a no-PII shape takes, by language: weekdays, months, feasts as dates, the businesses' towns,
# teams, dishes named after people or places, thanks
SHOP: dict[str, dict[str, list[str]]] = {
    "en": {
        "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "month": ["January", "March", "April", "May", "June", "July", "August", "October", "December"],
        "feast": ["St David's Day", "Easter Monday", "Halloween", "St Stephen's Day", "Good Friday",
                  "Chinese New Year", "Onam", "Christmas Eve", "St Brigid's Day", "Mothering Sunday"],
        "town": ["Kendal", "Keswick", "St Bees", "Boston", "Ambleside", "St Helens", "Cockermouth", "Skibbereen",
                 "Altrincham", "St Annes"],
        "team": ["Carlisle United", "Workington Reds", "Manchester City", "Boston United", "Peterborough United",
                 "Cork City", "Stockport County", "Gor Mahia"],
        "dish": ["Cumberland sausage", "Kendal mint cake", "Welsh rarebit", "Battenberg cake", "Coronation chicken",
                 "Arnold Bennett omelette", "Grasmere gingerbread", "Melton Mowbray pork pies", "Garibaldi biscuits",
                 "Madeira cake"],
        "thanks": ["Thanks a million", "Cheers", "Thank you so much", "Many thanks", "Ta very much", "Thanks loads"],
    },
    "fr": {
        "day": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "month": ["janvier", "mars", "avril", "mai", "juin", "juillet", "août", "octobre", "décembre"],
        "feast": ["la Pentecôte", "Pâques", "la Sainte-Catherine", "la Saint-Sylvestre", "Hanoukka", "le 14 Juillet",
                  "le 15 août", "Noël", "la Saint-Valentin", "le Nouvel An arménien"],
        "town": ["Annecy", "Saint-Julien-en-Genevois", "Beaune", "Champigny-sur-Marne", "Sarcelles", "Valence",
                 "Alfortville", "Nuits-Saint-Georges", "Saint-Gervais", "Thonon"],
        "team": ["l'Olympique de Marseille", "Dijon", "l'ASEC Mimosas", "Annecy", "Créteil", "Thonon Évian",
                 "l'AJ Auxerre", "Valence"],
        "dish": ["le poulet Marengo", "les pommes Dauphine", "un paris-brest", "un saint-honoré", "le bœuf bourguignon",
                 "une tartiflette", "l'attiéké poisson", "le ndolé", "un gâteau de Savoie", "des croque-madame",
                 "des gougères"],
        "thanks": ["Merci beaucoup", "Merci mille fois", "Merci encore", "Un grand merci", "Merci"],
    },
    "it": {
        "day": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        "month": ["gennaio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "ottobre", "dicembre"],
        "feast": ["Ferragosto", "Pasqua", "San Giovanni", "San Valentino", "San Silvestro", "Capodanno",
                  "Sant'Alessandro", "San Faustino", "Natale", "Carnevale"],
        "town": ["Bergamo", "Recco", "Camogli", "Pescara", "Avellino", "Mazara del Vallo", "Siena",
                 "San Giorgio del Sannio", "Sant'Angelo dei Lombardi", "Lanciano"],
        "team": ["Genoa", "Pescara", "Brescia", "Siena", "Benevento", "Mazara", "Lanciano"],
        "dish": ["il pesto alla genovese", "la focaccia di Recco", "la farinata", "gli arrosticini", "i casoncelli",
                 "la polenta taragna", "la ribollita", "il panforte di Siena", "il cuscus di Mazara",
                 "i ricciarelli", "i saltimbocca alla romana"],
        "thanks": ["Grazie mille", "Grazie davvero", "Grazie infinite", "Mille grazie", "Grazie ancora"],
    },
    "es": {
        "day": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        "month": ["enero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "octubre", "diciembre"],
        "feast": ["Semana Santa", "Nochebuena", "Nochevieja", "las Fallas", "las Hogueras", "el Día de Muertos",
                  "San Bernabé", "la Bien Aparecida", "el puente de diciembre", "Navidad"],
        "town": ["Elche", "Alicante", "Logroño", "Haro", "Santander", "Torrelavega", "Tlaquepaque",
                 "Santillana del Mar", "San Vicente de la Barquera", "Usera"],
        "team": ["Elche", "Hércules", "Racing", "Logroñés", "Chivas", "Cerro Porteño", "Barcelona de Guayaquil",
                 "Granada"],
        "dish": ["torta ahogada", "birria", "arroz con costra", "turrón de Jijona", "sopa paraguaya", "chipa guasu",
                 "encebollado", "cocido montañés", "patatas a la riojana", "piononos de Santa Fe",
                 "ensaladilla rusa", "huevos a la flamenca"],
        "thanks": ["Muchas gracias", "Mil gracias", "Gracias de verdad", "Gracias otra vez", "Graciaaas"],
    },
    "pt": {
        "day": ["segunda", "terça", "quarta", "quinta", "sexta"],
        "month": ["janeiro", "março", "abril", "maio", "junho", "julho", "agosto", "outubro", "dezembro"],
        "feast": ["Natal", "Carnaval", "Círio de Nazaré", "São Pedro", "Ano Novo", "feriado de Tiradentes",
                  "Dia da Mãe", "Réveillon", "Dia de Portugal", "Corpus Christi"],
        "town": ["Funchal", "Câmara de Lobos", "Bragança", "Chaves", "Braga", "Viana do Castelo", "Belém", "Caicó",
                 "Setúbal", "Nova Iguaçu"],
        "team": ["Marítimo", "Fluminense", "Botafogo", "Paysandu", "Remo", "Sporting de Braga", "Gil Vicente", "ABC",
                 "Desportivo de Chaves"],
        "dish": ["bacalhau à Gomes de Sá", "pudim Abade de Priscos", "espetada madeirense", "bolo de mel",
                 "posta mirandesa", "alheira de Mirandela", "pato no tucupi", "maniçoba", "arroz de sarrabulho",
                 "carne de sol", "francesinha"],
        "thanks": ["Muito obrigada", "Obrigadão", "Mil obrigados", "Obrigado mesmo", "Valeu"],
    },
    "de": {
        "day": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        "month": ["Januar", "März", "April", "Mai", "Juni", "Juli", "August", "Oktober", "Dezember"],
        "feast": ["Ostern", "Pfingsten", "Weihnachten", "Heiligabend", "Ostermontag", "Pfingstmontag",
                  "Christi Himmelfahrt", "Mariä Empfängnis", "Dreikönig", "Kirtag"],
        "town": ["Dresden", "Chemnitz", "Innsbruck", "Mayrhofen", "Köln", "Bonn", "Freiburg", "Titisee-Neustadt",
                 "Görlitz", "St. Blasien", "Sankt Johann in Tirol"],
        "team": ["Dynamo Dresden", "Chemnitzer FC", "Wacker Innsbruck", "1. FC Köln", "SC Freiburg", "Erzgebirge Aue",
                 "Hamburger SV", "Bonner SC"],
        "dish": ["Dresdner Eierschecke", "Christstollen", "Tiroler Gröstl", "Speckknödel", "Halve Hahn",
                 "Himmel un Ääd", "Schwarzwälder Kirschtorte", "Schlesisches Himmelreich", "Kabuli Palau", "Ćevapi",
                 "Sachertorte", "Bienenstich"],
        "thanks": ["Vielen Dank", "Danke schön", "Tausend Dank", "Danke euch", "Merci"],
    },
}

# Brands and titles the no-PII shapes name in every language, some of them named after people or places
BRANDS: dict[str, list[str]] = {
    "frames": ["Ray-Ban", "Persol", "Oliver Peoples", "Tom Ford", "Lindberg", "Silhouette", "Moscot", "Oakley"],
    "lens": ["Varilux", "Zeiss", "Hoya", "Transitions", "Acuvue", "Essilor Eyezen"],
    "petfood": ["Royal Canin", "Hill's", "Purina Pro Plan", "Applaws", "Lily's Kitchen", "Edgard & Cooper"],
    "vetmed": ["Bravecto", "Frontline", "Seresto", "NexGard", "Advocate", "Milbemax"],
    "lock": ["Yale", "Chubb", "Abloy", "Mul-T-Lock", "Fichet", "Cisa", "Abus", "Evva"],
    "rose": ["Pierre de Ronsard", "Ingrid Bergman", "Red Naomi", "Queen Elizabeth", "Juliet", "Sarah Bernhardt",
             "Avalanche", "Charles de Gaulle"],
    "bike": ["Brompton", "Bianchi", "Colnago", "Pinarello", "Gazelle", "Cube", "Specialized Allez"],
    "bikepart": ["Campagnolo Chorus", "Shimano 105", "SRAM Rival", "Schwalbe Marathon", "Continental Grand Prix",
                 "Brooks B17"],
    "ink": ["Eternal Ink", "World Famous", "Intenze", "Dynamic", "Panthera", "Solid Ink"],
    "cloth": ["Vitale Barberis Canonico", "Zegna", "Holland & Sherry", "Dormeuil", "Scabal", "Reda", "Marzotto"],
    "med": ["Nurofen", "Voltaren", "Bepanthen", "Gaviscon", "Strepsils", "Fenistil", "Aspirin"],
    "exam": ["Cambridge C1", "DELF B2", "DELE", "Goethe-Zertifikat", "CELI", "IELTS", "TOEFL", "CAPLE"],
    "book": ["Jane Eyre", "Madame Bovary", "Anna Karenina", "Don Quijote", "Pippi Langstrumpf", "Oliver Twist",
             "Effi Briest", "Dom Casmurro", "Pedro Páramo", "Heidi", "Il Gattopardo", "Eugénie Grandet"],
    "kayak": ["Perception Pescador", "Dagger Katana", "Old Town Loon", "Prijon Combi", "Pyranha Fusion",
              "Gumotex Solar"],
    "song": ["Angie", "Gloria", "Hey Jude", "Michelle", "Rosanna", "Mrs Robinson", "Lola", "Alejandro", "Daniel",
             "Bette Davis Eyes"],
    "paper": ["Canson", "Fedrigoni", "Clairefontaine", "Munken", "Conqueror", "Hahnemühle"],
    "printer": ["Epson", "Canon", "Brother", "HP", "Xerox", "Kyocera"],
    "gloves": ["Everlast", "Cleto Reyes", "Rival", "Winning", "Venum", "Lonsdale", "Adidas"],
    "car": ["Skoda Octavia", "Toyota Prius", "Dacia Logan", "Kia Niro", "Peugeot 5008", "Citroën Berlingo",
            "Renault Clio", "Opel Zafira"],
    "artwork": ["Mona Lisa", "Guernica", "Las Meninas", "Olympia", "Nighthawks", "Abaporu"],
    "thai": ["massaman", "pad see ew", "tom kha", "green curry", "khao soi", "som tam", "larb"],
    "beer": ["Singha", "Chang", "Leo", "Tiger", "Beerlao"],
    "skates": ["Bauer", "Graf", "Jackson", "Risport", "Edea", "CCM"],
    "oil": ["Castrol Edge", "Mobil 1", "Total Quartz", "Shell Helix", "Motul", "Liqui Moly"],
    "character": ["Elsa", "Spider-Man", "Peppa Pig", "Bluey", "Sonic", "Super Mario", "Pikachu", "Rapunzel", "Moana",
                  "Paw Patrol"],
    "furniture": ["Biedermeier", "Art Deco", "Chippendale", "Louis XVI", "Sheraton", "Regency"],
    "porcelain": ["Meissen", "Wedgwood", "Limoges", "Capodimonte", "Vista Alegre", "Sargadelos", "Herend"],
    "marker": ["Tippmann", "Dye", "Planet Eclipse", "Empire Axe", "Spyder"],
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
    )

    modules = (names_heldout, names_heldout2, names_heldout3, names_heldout4, names_heldout5, names_heldout6,
               names_heldout7, names_heldout8, names_heldout9, names_heldout10, names_heldout11,
               names_heldout12, names_heldout13, names_heldout14, names_heldout15, names_heldout16,
               names_heldout17, names_heldout18, names_heldout19, names_heldout20)  # fmt: skip
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
