"""A twentieth held-out set for person names and no-PII commerce chat, frozen before its first run.

Why a twentieth set: the sixteenth (`bench.names_heldout16`) was retired to tuning on 2026-12-07, in the
afternoon, while the seventeenth to the nineteenth still measure; rounds of rules may follow, so final
figures need one more set that neither the rules nor the people tuning them have seen. This one was
written on 2026-12-07 by a fourteenth independent author (a helper session started for this alone)
who had not read Veil's rule code (`recognizers/`, `proxy/`), its data files (`recognizers/data/`,
`bench/data/` but the first 400 bytes of one file), the tune sets (`bench/*tune*.py`), any held-out or
retired set's templates, no-PII shapes, shop words or name lists, nor any set's messages, any miss
list, nor `docs/detection*.md`, and who never ran Veil on it. Read were: `bench.names_heldout19`'s
docstring, imports and constants (its lines 1 to 180) and its functions `_bare` to `main` for the
interface (none of its tables between them was read), the docstrings of `bench.names_heldout16` to
`bench.names_heldout18` (printed by program, only to keep off their origin groups, businesses and
situations), the first 400 bytes of heldout19's data file for the format (two and a half lines),
`bench.names_heldout`'s `Example`, `dumps`, `fingerprint`, `load` and `freeze_cli` (printed by program
one by one, so none of that first set's own templates was seen), `tests/bench/test_names_heldout_sets.py`,
and the `SETS` dict, docstring, import block and `--set` help of `bench.names` (a search in it also
showed the import lines of a snippet it runs, and the lines read around `SETS` its three constants and
the comment after it). Its functions `_bare` to `main` were taken over from heldout19's, with
`heldout19` added to the sets compared. After the file was written, a search of `tests/` for `SETS`
led to reading the first 40 lines of `tests/bench/test_gate.py` and one 23-line test of
`tests/detection/test_ner_recipe.py` (how they use `SETS`; neither shows a rule or a message).
`build()` compares this set's names with every earlier held-out set's (`heldout` to `heldout19`) only
by program, to leave out any given name and surname pair one of them has, either way round; their
messages and names were never printed or read:

- names are typed here from knowledge of each country's naming, in groups by origin that none of the
  docstrings read lists, a given name going with a surname of its own origin (Doric North-East Scots
  of Aberdeen and Buchan, Punjabi Sikh British of Southall and Wolverhampton, Ghanaian British (Akan
  and Ga), Polish British of Ealing, Trinidadian British (Afro- and Indo-Trinidadian), Yorkshire Dales
  (Swaledale and Wensleydale surnames), Vietnamese British of Hackney in en; Québécois of Montréal and
  the Saguenay, Walloon of Liège, Basque of Labourd and Basse-Navarre, Guadeloupéen (with
  Indo-Guadeloupean surnames), Senegalese of Dakar and Paris (Wolof, Serer, Halpulaar), Vietnamese
  French of the 13th arrondissement and Lyon, Lorrain of the Moselle in fr; Triestino (Giuliano),
  Salentino of Lecce, Romagnolo of Rimini and Ravenna, Trentino of the Val di Non and Rovereto,
  Molisano, Chinese Italian of Prato (Wenzhou families), Romanian Italian of Turin and Rome in it;
  Asturian, Basque of Gipuzkoa and Bizkaia, Aragonese of Zaragoza and Huesca, Chilean, Colombian paisa
  of Medellín, Peruvian of Lima (Andean surnames), Catalan of Girona and the Empordà in es; Gaúcho of
  Porto Alegre and the Serra (Italian and German descent), Baiano of Salvador, Amazonense of Manaus
  (with Amazon Jewish surnames), Capixaba of Espírito Santo (Italian and Pomeranian descent), São
  Tomean of Lisbon, Bissau-Guinean of Lisbon and Amadora, Syrian-Lebanese Brazilian of São Paulo in
  pt; Sorbian of Lusatia, North Frisian of Föhr, Amrum and Husum, Styrian of Graz and the Ennstal,
  Thuringian of Erfurt, Jena and Gera, Ruhr Polish of Gelsenkirchen and Bottrop, Greek German of
  Stuttgart and Munich, Vietnamese German of Leipzig and Berlin-Lichtenberg in de); surnames of two
  words, with particles, apostrophes or hyphens ("De Matteis", "Di Iorio", "D'Addario", "Di Lallo",
  "Dalla Costa", "Dalla Bernardina", "Espírito Santo", "Boa Morte", "Vera Cruz", "Costa Alegre", "Na
  Tchuto", "Sainte-Rose"; "Sherry-Ann", "Marie-Ève", "Marie-Paule", "Marie-Odile", "Jean-François",
  "Jean-Marc", "Jean-Luc", "Kim-Ly", "Luz Marina", "Gloria Inés", "Claudia Patricia", "Jhon Jairo",
  "Jaime Alberto", "Hernán Darío" as given names; two surnames hyphenated or side by side as a slot
  asks), surnames that are words, brands, places or given names elsewhere ("Gordon", "Gill", "Kang",
  "Raw", "Sunderland", "Fawcett", "Joseph", "Renard", "Lemaire", "Calvaire", "Vainqueur",
  "Lafortune", "Fall", "Colin", "Weber", "Furlan", "Stock", "Mele", "Quarta", "Colavita", "Petrella",
  "Jin", "Ye", "Stan", "Roca", "Costa", "Bosch", "Serra", "Sala", "Sancho", "Bielsa", "Tapia", "Soto",
  "Posada", "Flores", "Ramos", "Fontana", "Reis", "Paixão", "Sacramento", "Purificação", "Batista",
  "Trovoada", "Bragança", "Mané", "Farah", "Fink", "Koch", "Zach", "Möbius", "Bräutigam", "Zeitz",
  "Schimanski", "Cao"), given names that are words or read as another sex ("Isla", "Forbes" for a
  man, "Amrit" for a woman, "Manpreet" for a man, "Ama", "Naa", "Long", "Mai", "Huy", "Max", "José"
  for a Walloon man, "Yves", "Harry", "Dany" for a man, "Lan", "Hoa", "Nam", "Lucia", "Vito", "Libera",
  "Neva", "Rina", "Dante", "Remo", "Italo", "Angelo", "Xana", "Pilar", "Blanca", "Isabel", "Loreto",
  "Pascual", "Constanza", "Vicente", "Milagros", "Zoila", "Percy", "Ulises", "Roser", "Glòria",
  "Simone" for a woman, "Iara", "Jorge", "Darci" for a man, "Altair", "Erna", "Helmut", "Ilda",
  "Domingas", "Adama" for a woman, "Michel", "Hanka", "Knut", "Erk", "Christl", "Romy", "Mandy",
  "Mike", "Rico", "Georgia", "Đức", "Việt", "Sơn"); each group has short forms, its women's and its
  men's apart ("Kirst", "Elsie", "Jess", "Dod", "Sandy", "Eck", "Ally", "Preeti", "Simi", "Rani",
  "Sukhi", "Bally", "Harj", "Jas", "Akos", "Dedei", "Efe", "KB", "Kobby", "Kwabs", "Gosia", "Kasia",
  "Aga", "Madzia", "Grzesiek", "Krzysiek", "Tomek", "Wojtek", "Jarek", "Shar", "Sherry", "Kam", "Dex",
  "Kerry", "Ravs", "Babs", "Les", "Jo", "Stu", "Mal", "Bri", "Tez", "Út", "Bé", "Lin", "Tony", "Tí",
  "Bin", "Méli", "Gen", "JF", "Gaét", "Ti-Guy", "Josie", "Mimi", "Vero", "Fredo", "Titi", "Phil",
  "Mayi", "Maitxu", "Nahi", "Xan", "Manu", "Beñatxo", "Lulu", "Ryse", "Fafa", "Dédé", "Fifi", "Ti-Max",
  "Fatim", "Ami", "Coumbis", "Tapha", "Laye", "Ibou", "Zale", "Bi", "Mimy", "Bo", "Bébette", "Nini",
  "Riri", "Nono", "Bébert", "Marisetta", "Lici", "Ornì", "Livietto", "Clau", "Mauri", "Dora",
  "Cosimina", "Ninetta", "Uccio", "Ronzino", "Tatà", "Lori", "Tizi", "Rinetta", "Gibo", "Tonio",
  "Mirkone", "Pina", "Mire", "Silva", "Fio", "Ottavin", "Renzin", "Nicolì", "Sunta", "Filuccia",
  "Peppuccio", "Biasino", "Cola", "Yanyan", "Jing", "Lily", "Marco", "Jun", "Hao", "Roxi", "Miha",
  "Flori", "Geo", "Ionel", "Costel", "Bogdi", "Cătă", "Cova", "Ara", "Lali", "Pela", "Quilo", "Sevi",
  "Arantxi", "Mirentxu", "Itzi", "Txema", "Xabi", "Unaitxo", "Ascen", "Engra", "Isa", "Juaco",
  "Braulín", "Marianico", "Javi", "Coni", "Cata", "Fran", "Benja", "Maxi", "Rorro", "Tomi", "Marle",
  "Yuli", "Pipe", "Mono", "Yei", "Mili", "Yoli", "Chabela", "Cucho", "Willy", "Pocho", "Montse",
  "Txell", "Quim", "Cesc", "Xevi", "Pitu", "Li", "Nane", "Gi", "Giba", "Dado", "Nenê", "Jaque",
  "Leuza", "Mery", "Naldo", "Dadá", "Edinho", "Katinha", "Su", "Lindinha", "Chiquinho", "Ed", "Tatá",
  "Lu", "Sol", "Lisa", "Bastião", "Geraldinho", "Dema", "Lena", "Ildinha", "Memé", "Nito", "Lino",
  "Dino", "Fatu", "Dodó", "Aissa", "Bra", "Dudu", "Malaminho", "Sami", "Jami", "Nani", "Nagi",
  "Salinho", "Fuadinho", "Lubka", "Madlenka", "Ludka", "Jurk", "Handrik", "Benno", "Inki", "Wibbi",
  "Keiki", "Jenne", "Ocki", "Erki", "Traudl", "Gerli", "Hermi", "Loisl", "Ferdl", "Flo", "Kati", "Ini",
  "Anki", "Rici", "Heiki", "Svenni", "Gerti", "Moni", "Bine", "Manni", "Didi", "Atze", "Vicky", "Popi",
  "Chrysa", "Takis", "Mitsos", "Kostakis", "Ly", "Bông", "Mi", "Ben", "Tý"); names come as given
  name and surname, given name alone, surname alone, surname first as on a form, with an initial, with
  two surnames, with accents dropped, in lower case and in capitals;
- 74 message shapes a language, the same situations written in each language, as a customer types on
  WhatsApp to a barber, a driving school, a plumber, a dentist, a physiotherapist, a pizzeria, a sushi
  bar, a removals firm, a dry cleaner, a piano tuner, a scuba diving centre, a tennis club, a golf
  club, a cinema, a beekeeper's honey stall, a brewery taproom, a chocolatier, a mattress shop, a bed
  and breakfast, a wedding DJ, a parcel shop, a tiler, a sailing school, an archery club, a vintage
  clothes shop and a board-game café (typos, missing stops, emoji, a voice-to-text run-on of about 60
  words, mixed case), names at the start, in the middle and at the end: a barber asked for by first
  name, a son's trim booked under his full name, a bearded regular by nickname, a daughter's theory
  test and her instructor, an instructor by title and surname, a lesson booked surname first, a
  landlord to be invoiced for a boiler, a plumber's forgotten wrench, a neighbour's recommendation for
  a leak, a mother's check-up cancelled, a dentist by title, an appointment under an initial shared
  with a father, a physio's advice, a husband's back, an insurer's policy holder in capitals, a pizza
  order under a surname, a name on a pizza box, a mate collecting a friend's order, a sushi table for a
  pregnant guest, a chef thanked, a removals quote, two removal men praised, keys left with a buyer, a
  wedding dress under two surnames, a husband's shirts collected, a late grandmother's piano, a piano
  tuner and a teacher at reception, brothers on a dive course, a dive instructor's signature, a tennis
  court under a surname, a coach for a left-handed son, a new doubles partner, a tee time's lead name,
  a father-in-law and the golf pro, a daughter's birthday screening, a cinema booking under an initial,
  honey collected at a market stall, a beekeeper's swarm, a stag party's groom and best man by
  nickname, a guest list, a chocolate plaque piped for an 80th birthday, truffles for a boss, a
  delivery driver's word, a mattress in a wife's name, two guests at a bed and breakfast, a breakfast
  cook thanked, a sister checking in early, a wedding couple for the DJ, a retirement shout-out, a
  neighbour's parcel in capitals, a parcel collected with ID, a tiler recommended to a friend, an
  invoice to an initial, twins on a sailing course, a sailing teacher asked after, an archery party
  booked surname first, a county medal, a jacket held for a friend, an aunt's dresses for sale, a
  board-game table under a surname, a games host asked for, a colleague's number forwarded, a run-on
  about a brother, his wife and their son, a lower-case self-introduction, a doorbell in capitals, a
  table typed without accents, a double surname on a certificate, a form with surname and first name, a
  quoted question and its answer, a message sent on behalf of a parents' association, congratulations
  with emoji, greetings to a former colleague by nickname, a friend added to a booking chat and a
  misspelt confirmation request; about 7 % of messages wholly in lower case and about 3 % wholly in
  capitals; at least 320 gold names a language;
- 158 no-PII messages a language from 58 shapes, written the same way to the same kinds of business:
  beard care named after people ("Captain Fawcett", "Proraso", "Reuzel", "Layrite", "American Crew"),
  driving-school cars some named like people ("Renault Zoe", "Toyota Yaris", "Fiat Panda", "Opel
  Corsa"), boilers named after their founders ("Vaillant", "Viessmann", "Junkers", "Worcester Bosch",
  "Ariston", "Baxi"), toothbrushes and physio kit ("Oral-B", "Philips Sonicare", "Curaprox", "Elmex",
  "TheraBand", "Compex", "Bauerfeind", "Blackroll"), pizzas some named after people ("Margherita",
  "Capricciosa", "Diavola", "Quattro Stagioni", "Marinara"), sushi and Japanese beers ("California
  roll", "Philadelphia roll", "Asahi", "Kirin", "Sapporo"), cloth and coats named after people or
  places ("Harris Tweed", "Barbour", "Burberry", "Loro Piana", "Max Mara", "Hugo Boss", "Paul Smith"),
  pianos named after their makers ("Steinway", "Bösendorfer", "Pleyel", "Fazioli", "Kawai",
  "Grotrian-Steinweg"), diving kit ("Mares", "Scubapro", "Cressi", "Aqualung", "Suunto", "Garmin
  Descent"), rackets ("Babolat Pure Drive", "Wilson Blade", "Yonex Ezone", "Prince", "Tecnifibre",
  "Slazenger"), golf balls and clubs ("Titleist Pro V1", "Callaway", "Ping", "TaylorMade", "Mizuno",
  "Cobra"), films named after people ("Oppenheimer", "Barbie", "Napoleon", "Elvis", "Amélie",
  "Paddington", "Wonka", "Priscilla", "Maestro"), beers and ciders some named after saints or people
  ("Guinness", "Leffe", "Duvel", "Westmalle", "Paulaner", "Franziskaner", "Peroni", "Estrella Galicia",
  "Super Bock", "Kwak", "Saint Feuillien", "Mort Subite", "Magners", "Thatchers", "Strongbow", "Aspall",
  "El Gaitero", "Possmann"), chocolates some named after people ("Valrhona", "Callebaut", "Neuhaus",
  "Leonidas", "Godiva", "Côte d'Or", "Venchi", "Amedei"), mattresses ("Tempur", "Simba", "Emma",
  "Hypnos", "Sealy", "Dunlopillo"), songs named after people ("Sweet Caroline", "Valerie", "Come On
  Eileen", "Billie Jean", "Roxanne", "Layla", "Delilah", "Dancing Queen", "Mambo No. 5", "Mr.
  Brightside"), couriers ("DPD", "GLS", "UPS", "DHL", "Mondial Relay", "InPost", "Hermes",
  "Chronopost"), tiles and adhesives ("Porcelanosa", "Marazzi", "Villeroy & Boch", "Mapei", "Atlas
  Concorde", "Ragno"), dinghies ("Laser", "Topper", "RS Feva", "Optimist", "Hobie Cat", "Mirror"),
  bows ("Hoyt", "Win&Win", "Easton", "Bear Archery", "Samick Sage"), vintage labels named after people
  ("Levi's 501", "Dr. Martens", "Fred Perry", "Laura Ashley", "Yves Saint Laurent", "Pierre Cardin",
  "Lacoste"), board games some named after places ("Catan", "Carcassonne", "Dixit", "Azul",
  "Wingspan", "Cluedo", "Ticket to Ride", "Pandemic", "Agricola"), dishes, some named after people or
  places ("Eton mess", "Victoria sponge", "beef Wellington", "Yorkshire pudding", "Cullen skink",
  "Arbroath smokies", "Bakewell tart", "Earl Grey", "Lancashire hotpot", "tarte Tatin", "crêpes
  Suzette", "madeleines de Commercy", "pommes Anna", "boulets à la liégeoise", "gâteau basque",
  "poulet yassa", "bouchées à la reine", "mirabelles de Lorraine", "carpaccio", "bellini",
  "pasticciotto", "piadina", "jota", "presnitz", "cavatelli", "spaghetti all'assassina", "strudel",
  "fettuccine Alfredo", "tarta de Santiago", "crema catalana", "bandeja paisa", "lomo saltado",
  "ternasco", "fabada", "suspiro a la limeña", "cachopo", "pastel de choclo", "bolo Souza Leão",
  "moqueca capixaba", "acarajé", "tacacá", "cuca", "quibe", "esfiha", "romeu e julieta", "brigadeiro",
  "Maria-mole", "Fürst-Pückler-Eis", "Thüringer Klöße", "Bismarckhering", "Käsekrainer",
  "Wurzelfleisch", "Gyros", "Phở", "Kaiserschmarrn", "Prinzregententorte", "Mozartkugeln"), honeys,
  teams ("Aberdeen", "Wolves", "Brentford", "Leyton Orient", "Middlesbrough", "Huddersfield Town",
  "Harrogate Town", "Peterhead", "Standard de Liège", "FC Metz", "Aviron Bayonnais", "Biarritz
  Olympique", "CF Montréal", "Canadiens de Montréal", "AS Nancy", "RFC Liège", "Triestina", "Lecce",
  "Rimini", "Ravenna", "Trento", "Campobasso", "Prato", "Pallacanestro Trieste", "Real Oviedo",
  "Sporting de Gijón", "Real Sociedad", "Athletic", "Real Zaragoza", "SD Huesca", "Girona",
  "Colo-Colo", "Atlético Nacional", "Alianza Lima", "Grêmio", "Internacional", "Bahia", "Vitória",
  "Nacional", "Desportiva Ferroviária", "Estrela da Amadora", "Corinthians", "Palmeiras", "Energie
  Cottbus", "Schalke", "Sturm Graz", "Rot-Weiß Erfurt", "Carl Zeiss Jena", "VfB Stuttgart", "RB
  Leipzig", "Husumer SV"), feasts and saints' days as dates ("Shrove Tuesday", "Michaelmas",
  "Vaisakhi", "Diwali", "St Andrew's Day", "Boxing Day", "Bonfire Night", "Lunar New Year", "la
  Toussaint", "la Saint-Nicolas", "la Fête-Dieu", "la Mi-Carême", "le Têt", "la Tabaski", "la
  Saint-Jean-Baptiste", "la Saint-Michel", "San Giusto", "Sant'Oronzo", "Santa Lucia", "la Notte
  Rosa", "San Vigilio", "l'Epifania", "Ognissanti", "Santa Águeda", "el Pilar", "Sant Jordi", "San
  Mateo", "la Semana Grande", "el Corpus", "San Juan", "las Fiestas Patrias", "San Prudencio", "o São
  João", "a Festa de Iemanjá", "a Lavagem do Bonfim", "o Festival de Parintins", "a Festa da Uva",
  "Vogelhochzeit", "Zampern", "Fasching", "Fronleichnam", "Barbaratag", "Tet"), towns of the
  businesses, some named after saints ("St Neots", "St Albans", "Saint-Jean-de-Luz", "Saint-Avold",
  "Sainte-Anne", "Santa Maria di Leuca", "San Sebastián", "Santo Amaro", "São Paulo", "Sankt
  Peter-Ording"), weekdays, months, everyday thanks. No private person is in them, and no customer's
  home address or street.

Gold spans are offsets computed by `_fill` while the text is built, never typed by hand; a title, a
kinship word or an article before a name stays outside its span. `python -m bench.names_heldout20
--write` wrote the file once; it was committed before Veil ran on it. `load()` refuses
`bench/data/names_heldout20.jsonl` when its SHA-256 differs from `FINGERPRINT`. Nothing is tuned on
it; it is run to report figures, and its individual misses are not printed or read.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

from bench.names_heldout import Example, freeze_cli
from bench.names_heldout import load as _load

PATH = Path(__file__).resolve().parent / "data" / "names_heldout20.jsonl"
FINGERPRINT = "ed4f0f098d136aa2"
SEED = 20261207_51
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
        # Doric North-East Scots of Aberdeen and Buchan
        (["Elspeth", "Isla", "Kirsty", "Ishbel", "Ailsa", "Lorna", "Jessie", "Morven"],
         ["Alistair", "Gregor", "Hamish", "Fraser", "Alexander", "Lewis", "Ewan", "Forbes"],
         ["Buchan", "Duthie", "Cowie", "Ritchie", "Gauld", "Leask", "Strachan", "Mutch", "Milne", "Gordon"],
         ["Kirst", "Elsie", "Jess"], ["Dod", "Sandy", "Eck", "Ally"]),
        # Punjabi Sikh British of Southall and Wolverhampton
        (["Harpreet", "Jaspreet", "Simran", "Manjit", "Gurleen", "Navneet", "Rajwinder", "Amrit"],
         ["Gurpreet", "Harjit", "Jaswinder", "Sukhdev", "Kuldip", "Balwinder", "Manpreet", "Amarjit"],
         ["Sandhu", "Gill", "Dhillon", "Bains", "Sidhu", "Kang", "Grewal", "Johal", "Sahota", "Bassi", "Virdi"],
         ["Preeti", "Simi", "Rani"], ["Sukhi", "Bally", "Harj", "Jas"]),
        # Ghanaian British (Akan and Ga)
        (["Akosua", "Abena", "Efua", "Adwoa", "Ama", "Esi", "Naa", "Afua", "Dede"],
         ["Kwame", "Kofi", "Kwabena", "Yaw", "Kwaku", "Nii", "Kojo", "Ekow"],
         ["Mensah", "Asante", "Owusu", "Boateng", "Ofori", "Quaye", "Tetteh", "Lamptey", "Darko", "Appiah", "Sarpong"],
         ["Akos", "Dedei", "Efe"], ["KB", "Kobby", "Kwabs"]),
        # Polish British of Ealing
        (["Agnieszka", "Małgorzata", "Katarzyna", "Justyna", "Zofia", "Ewelina", "Dorota"],
         ["Grzegorz", "Krzysztof", "Tomasz", "Wojciech", "Paweł", "Łukasz", "Jarosław"],
         ["Nowak", "Mazur", "Wójcik", "Kaczmarek", "Sikora", "Krawczyk", "Pawlak", "Dudek", "Zając", "Kowal"],
         ["Gosia", "Kasia", "Aga", "Madzia"], ["Grzesiek", "Krzysiek", "Tomek", "Wojtek", "Jarek"]),
        # Trinidadian British (Afro- and Indo-Trinidadian)
        (["Sharlene", "Candice", "Kamla", "Indra", "Sherry-Ann", "Marcia", "Alisha"],
         ["Dexter", "Ravi", "Nigel", "Kerwin", "Darren", "Ramesh", "Sherwin", "Anand"],
         ["Ramdial", "Maharaj", "Ramkissoon", "Persad", "Baptiste", "Roopnarine", "Lezama", "Jagessar", "Boodoo",
          "Joseph"],
         ["Shar", "Sherry", "Kam"], ["Dex", "Kerry", "Ravs"]),
        # Yorkshire Dales (Swaledale and Wensleydale surnames)
        (["Hilda", "Marjorie", "Wendy", "Barbara", "Lesley", "Joanne", "Beth"],
         ["Brian", "Stuart", "Malcolm", "Keith", "Trevor", "Derek", "Robert"],
         ["Metcalfe", "Alderson", "Raw", "Thwaite", "Harker", "Kearton", "Calvert", "Dinsdale", "Sunderland",
          "Fawcett", "Burrow"],
         ["Babs", "Les", "Jo"], ["Stu", "Mal", "Bri", "Tez"]),
        # Vietnamese British of Hackney
        (["Thảo", "Linh", "Hương", "Ngọc", "Trang", "Mai", "Phương"],
         ["Minh", "Tuấn", "Dũng", "Huy", "Quang", "Long", "Bảo", "Khánh"],
         ["Nguyễn", "Trần", "Phạm", "Lê", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"],
         ["Út", "Bé", "Lin"], ["Tony", "Tí", "Bin"]),
    ],
    "fr": [
        # Québécois of Montréal and the Saguenay
        (["Geneviève", "Josée", "Chantal", "Mélanie", "Marie-Ève", "Sylvie", "Nathalie"],
         ["Réjean", "Gaétan", "Sylvain", "Jean-François", "Mathieu", "Yves", "Ghislain"],
         ["Tremblay", "Gagnon", "Bouchard", "Côté", "Gauthier", "Pelletier", "Bélanger", "Lévesque", "Ouellet",
          "Boivin", "Lapointe"],
         ["Méli", "Gen", "Jo"], ["JF", "Gaét", "Ti-Guy"]),
        # Walloon of Liège
        (["Josiane", "Annick", "Marie-Paule", "Joëlle", "Murielle", "Véronique", "Françoise"],
         ["Thierry", "Jean-Marc", "Benoît", "Freddy", "José", "Philippe", "Michel"],
         ["Lejeune", "Dethier", "Collignon", "Lambotte", "Delvaux", "Renard", "Massart", "Jacquemin", "Goffin",
          "Lemaire"],
         ["Josie", "Mimi", "Vero"], ["Fredo", "Titi", "Phil"]),
        # Basque of Labourd and Basse-Navarre
        (["Maialen", "Amaia", "Maddi", "Ainhoa", "Nahia", "Irati", "Kattalin"],
         ["Peio", "Ximun", "Beñat", "Eneko", "Gaizka", "Manex", "Battita"],
         ["Etcheverry", "Harriague", "Iriart", "Olhagaray", "Bidart", "Elissalde", "Haramboure", "Goyhenetche",
          "Larre", "Urruty", "Darrigrand"],
         ["Mayi", "Maitxu", "Nahi"], ["Xan", "Manu", "Beñatxo"]),
        # Guadeloupéen (with Indo-Guadeloupean surnames)
        (["Lucienne", "Maryse", "Ketty", "Jocelyne", "Mylène", "Fabienne", "Laurette"],
         ["Harry", "Max", "Firmin", "Dany", "Eddy", "Rudy", "Gérald"],
         ["Bazile", "Calvaire", "Lafortune", "Beaubrun", "Ramassamy", "Sitcharn", "Anzala", "Bellance", "Vainqueur",
          "Sainte-Rose", "Moutoussamy"],
         ["Lulu", "Ryse", "Fafa"], ["Dédé", "Fifi", "Ti-Max"]),
        # Senegalese of Dakar and Paris (Wolof, Serer, Halpulaar)
        (["Aminata", "Fatou", "Ndèye", "Awa", "Coumba", "Mariama", "Khady", "Adja"],
         ["Mamadou", "Ousmane", "Cheikh", "Moustapha", "Ibrahima", "Abdoulaye", "Modou", "Pape"],
         ["Diop", "Ndiaye", "Faye", "Sarr", "Diouf", "Seck", "Gueye", "Sow", "Fall", "Mbaye", "Thiam", "Ba"],
         ["Fatim", "Ami", "Coumbis"], ["Tapha", "Laye", "Ibou", "Zale"]),
        # Vietnamese French of the 13th arrondissement and Lyon
        (["Lan", "Hoa", "Thu", "Diệp", "Anh", "Kim-Ly"],
         ["Hoàng", "Thanh", "Vinh", "Phúc", "Trung", "Nam"],
         ["Trương", "Lâm", "Vũ", "Phan", "Đinh", "Ngô", "Dương", "Lý", "Tạ"],
         ["Bi", "Mimy"], ["Bo", "Tí"]),
        # Lorrain of the Moselle (Germanic and Romance surnames)
        (["Bernadette", "Monique", "Christiane", "Marie-Odile", "Annie", "Sandrine", "Aurélie"],
         ["Gilbert", "Joseph", "Gérard", "Bernard", "Rémy", "Jean-Luc", "Hubert"],
         ["Schmitt", "Thiriet", "Kieffer", "Weber", "Colin", "Marchal", "Ancel", "Steinmetz", "Bour", "Grosjean"],
         ["Bébette", "Nini", "Sandy"], ["Riri", "Nono", "Bébert"]),
    ],
    "it": [
        # Triestino (Giuliano) of Trieste and the Carso
        (["Marisa", "Licia", "Daria", "Ornella", "Fulvia", "Sonia", "Neva"],
         ["Livio", "Claudio", "Dario", "Fulvio", "Sergio", "Guido", "Mauro"],
         ["Visintin", "Cociani", "Zerjal", "Furlan", "Sossi", "Bencich", "Crevatin", "Sbisà", "Stock", "Pahor"],
         ["Marisetta", "Lici", "Ornì"], ["Livietto", "Clau", "Mauri"]),
        # Salentino of Lecce and the Capo di Leuca
        (["Addolorata", "Cosima", "Immacolata", "Oronza", "Annunziata", "Rosaria", "Lucia"],
         ["Cosimo", "Oronzo", "Donato", "Salvatore", "Rocco", "Pantaleo", "Vito"],
         ["Quarta", "Miglietta", "Perrone", "Carlà", "Martella", "Manni", "Lezzi", "Surdo", "De Matteis", "Calò",
          "Mele"],
         ["Dora", "Cosimina", "Ninetta"], ["Uccio", "Ronzino", "Tatà"]),
        # Romagnolo of Rimini and Ravenna
        (["Romina", "Loretta", "Gianna", "Tiziana", "Elisa", "Vanda", "Rina"],
         ["Tonino", "Ivano", "Gilberto", "Dante", "Mirko", "Davide", "Loris"],
         ["Casadei", "Zavoli", "Pazzaglia", "Fabbri", "Bertozzi", "Babbi", "Guidi", "Montanari", "Ravaioli",
          "Pasini"],
         ["Lori", "Tizi", "Rinetta"], ["Gibo", "Tonio", "Mirkone"]),
        # Trentino of the Val di Non and Rovereto
        (["Mirella", "Ester", "Giuseppina", "Silvana", "Milena", "Annamaria", "Chiara"],
         ["Remo", "Ezio", "Renzo", "Ottavio", "Fiorenzo", "Silvano", "Italo"],
         ["Dallapiccola", "Pedrotti", "Bonmassar", "Tomasi", "Dalpiaz", "Zanella", "Decarli", "Vettori",
          "Tamanini", "Depaoli"],
         ["Pina", "Mire", "Silva"], ["Fio", "Ottavin", "Renzin"]),
        # Molisano of Campobasso and Isernia
        (["Nicolina", "Assunta", "Angiolina", "Filomena", "Incoronata", "Michelina", "Libera"],
         ["Pasquale", "Giuseppe", "Domenico", "Michele", "Angelo", "Biagio", "Nicola"],
         ["Di Iorio", "D'Addario", "Petrella", "Colavita", "Iacovone", "Pallotta", "Di Lallo", "Fratianni",
          "Santella", "Mastropietro"],
         ["Nicolì", "Sunta", "Filuccia"], ["Peppuccio", "Biasino", "Cola"]),
        # Chinese Italian of Prato (Wenzhou families)
        (["Xiaoyan", "Wenjing", "Lihua", "Yuqing", "Jingjing", "Meili"],
         ["Weijun", "Jianguo", "Haoran", "Zhiwei", "Xiaoming", "Jiahao"],
         ["Hu", "Chen", "Zheng", "Wang", "Ye", "Pan", "Lin", "Jin", "Xu", "Dong"],
         ["Yanyan", "Jing", "Lily"], ["Marco", "Jun", "Hao"]),
        # Romanian Italian of Turin and Rome
        (["Ioana", "Mihaela", "Alina", "Roxana", "Daniela", "Florentina", "Georgiana"],
         ["Ionuț", "Mihai", "Florin", "Bogdan", "Constantin", "Adrian", "Cătălin", "Vasile"],
         ["Popescu", "Ionescu", "Dumitru", "Stan", "Munteanu", "Lungu", "Ciobanu", "Moldovan", "Rusu", "Neagu"],
         ["Roxi", "Miha", "Flori", "Geo"], ["Ionel", "Costel", "Bogdi", "Cătă"]),
    ],
    "es": [
        # Asturian of Oviedo, Gijón and the mining valleys
        (["Covadonga", "Xana", "Noelia", "Araceli", "Olaya", "Eulalia", "Visitación"],
         ["Pelayo", "Xuan", "Xurde", "Adolfo", "Severino", "Laureano", "Aquilino"],
         ["Menéndez", "Álvarez", "Suárez", "Llaneza", "Cueto", "Argüelles", "Cienfuegos", "Valdés", "Prendes",
          "Quirós", "Tuñón", "Canga"],
         ["Cova", "Ara", "Lali"], ["Pela", "Quilo", "Sevi"]),
        # Basque of Gipuzkoa and Bizkaia
        (["Arantxa", "Itziar", "Garazi", "Miren", "Nerea", "Leire", "Edurne", "Idoia"],
         ["Iñaki", "Aitor", "Jon", "Koldo", "Unai", "Xabier", "Joseba", "Ander"],
         ["Etxeberria", "Agirre", "Goikoetxea", "Zubizarreta", "Arrieta", "Urrutia", "Larrañaga", "Mendizabal",
          "Olano", "Elorza", "Ibarra", "Garmendia"],
         ["Arantxi", "Mirentxu", "Itzi"], ["Txema", "Xabi", "Unaitxo"]),
        # Aragonese of Zaragoza and Huesca
        (["Pilar", "Ascensión", "Engracia", "Orosia", "Blanca", "Loreto", "Isabel"],
         ["Jorge", "Joaquín", "Lorenzo", "Braulio", "Valero", "Mariano", "Pascual"],
         ["Lasierra", "Lacasa", "Lanuza", "Sancho", "Bielsa", "Lahoz", "Labarta", "Buil", "Ballarín", "Claver",
          "Lafuente"],
         ["Ascen", "Engra", "Isa"], ["Juaco", "Braulín", "Marianico"]),
        # Chilean of Santiago and Valparaíso
        (["Javiera", "Constanza", "Catalina", "Francisca", "Valentina", "Fernanda", "Josefa"],
         ["Cristóbal", "Matías", "Benjamín", "Vicente", "Tomás", "Felipe", "Maximiliano", "Rodrigo"],
         ["Muñoz", "Contreras", "Sepúlveda", "Fuentes", "Valenzuela", "Araya", "Carrasco", "Tapia", "Soto",
          "Cornejo", "Bustos"],
         ["Javi", "Coni", "Cata", "Fran"], ["Benja", "Maxi", "Rorro", "Tomi"]),
        # Colombian paisa of Medellín
        (["Luz Marina", "Yesenia", "Marleny", "Gloria Inés", "Sorany", "Leidy", "Yuliana", "Claudia Patricia"],
         ["Jhon Jairo", "Wilmar", "Jaime Alberto", "Duván", "Hernán Darío", "Yeison", "Alirio"],
         ["Restrepo", "Ochoa", "Arango", "Jaramillo", "Londoño", "Vélez", "Echeverri", "Múnera", "Posada",
          "Cadavid", "Gaviria"],
         ["Marle", "Clau", "Yuli"], ["Pipe", "Mono", "Yei"]),
        # Peruvian of Lima (Andean surnames)
        (["Milagros", "Yolanda", "Maribel", "Zoila", "Rocío", "Medalit", "Gladys"],
         ["Percy", "Jhonatan", "Wilber", "Ulises", "Edgar", "Teófilo", "César"],
         ["Quispe", "Mamani", "Huamán", "Flores", "Chávez", "Condori", "Ramos", "Huanca", "Yupanqui", "Paredes",
          "Salazar"],
         ["Mili", "Yoli", "Chabela"], ["Cucho", "Willy", "Pocho"]),
        # Catalan of Girona and the Empordà
        (["Montserrat", "Núria", "Mireia", "Roser", "Meritxell", "Laia", "Glòria"],
         ["Jordi", "Pere", "Arnau", "Oriol", "Narcís", "Lluís", "Joan"],
         ["Vila", "Roca", "Casals", "Sala", "Serra", "Costa", "Planas", "Bosch", "Ribas", "Masó", "Riera"],
         ["Montse", "Mire", "Txell"], ["Quim", "Cesc", "Xevi", "Pitu"]),
    ],
    "pt": [
        # Gaúcho of Porto Alegre and the Serra (Italian and German descent)
        (["Eliane", "Rosane", "Simone", "Lisiane", "Gisele", "Marlene", "Carine", "Bruna"],
         ["Rogério", "Gilmar", "Valdir", "Lauro", "Darci", "Ireno", "Leandro"],
         ["Bortolini", "Fontana", "Dalla Costa", "Kist", "Wenzel", "Rech", "Sperb", "Mallmann", "Pasqualotto",
          "Stumpf"],
         ["Li", "Nane", "Gi"], ["Giba", "Dado", "Nenê"]),
        # Baiano of Salvador and the Recôncavo
        (["Jaqueline", "Edileuza", "Rosimeire", "Lucineide", "Tainá", "Iara", "Nilza"],
         ["Ailton", "Edvaldo", "Reinaldo", "Uelinton", "Jorge", "Nivaldo", "Adailton"],
         ["Nascimento", "Sacramento", "Purificação", "Anunciação", "Paixão", "Brandão", "Reis", "Menezes", "Fiuza"],
         ["Jaque", "Leuza", "Mery"], ["Naldo", "Dadá", "Edinho"]),
        # Amazonense of Manaus (with Amazon Jewish surnames)
        (["Raimunda", "Francisca", "Kátia", "Suely", "Odete", "Iraci", "Lindalva"],
         ["Francisco", "Osmar", "Manoel", "Altair", "Waldemir", "Edilson"],
         ["Bentes", "Benchimol", "Assayag", "Serfaty", "Batista", "Tavares", "Queiroz", "Negreiros", "Guedes",
          "Corrêa"],
         ["Katinha", "Su", "Lindinha"], ["Chiquinho", "Ed", "Tatá"]),
        # Capixaba of Espírito Santo (Italian and Pomeranian descent)
        (["Luciene", "Solange", "Elisângela", "Adriana", "Marilza", "Erna"],
         ["Sebastião", "Wagner", "Élcio", "Geraldo", "Ademir", "Helmut"],
         ["Zanotti", "Dalla Bernardina", "Recla", "Moschen", "Buss", "Ramlow", "Kuster", "Tesch", "Pagotto",
          "Venturini"],
         ["Lu", "Sol", "Lisa"], ["Bastião", "Geraldinho", "Dema"]),
        # São Tomean of Lisbon
        (["Aurélia", "Filomena", "Ilda", "Edna", "Lúcia", "Guilhermina", "Dalila"],
         ["Aníbal", "Adelino", "Arlindo", "Celestino", "Hélder", "Osvaldo", "Delfim"],
         ["Afonso", "Trovoada", "Espírito Santo", "Boa Morte", "Vera Cruz", "Pontes", "Viegas", "Costa Alegre",
          "Bragança"],
         ["Lena", "Ildinha", "Memé"], ["Nito", "Lino", "Dino"]),
        # Bissau-Guinean of Lisbon and Amadora
        (["Fatumata", "Mariama", "Aissatu", "Domingas", "Nhima", "Adama"],
         ["Malam", "Braima", "Bacar", "Amadu", "Tchernó", "Aladje"],
         ["Djaló", "Baldé", "Embaló", "Sanhá", "Sambu", "Cá", "Indjai", "Có", "Mané", "Na Tchuto"],
         ["Fatu", "Dodó", "Aissa"], ["Bra", "Dudu", "Malaminho"]),
        # Syrian-Lebanese Brazilian of São Paulo
        (["Samira", "Jamile", "Yasmin", "Nadia", "Soraya", "Leila"],
         ["Fuad", "Nagib", "Habib", "Salim", "Elias", "Kalil", "Michel"],
         ["Maluf", "Jafet", "Nader", "Abdalla", "Farah", "Sabbag", "Salomão", "Chohfi", "Zogbi", "Mattar", "Saad"],
         ["Sami", "Jami", "Nani"], ["Nagi", "Salinho", "Fuadinho"]),
    ],
    "de": [
        # Sorbian of Upper and Lower Lusatia
        (["Hanka", "Marja", "Lubina", "Madlena", "Ludmila", "Jadwiga"],
         ["Jurij", "Handrij", "Měrćin", "Bjarnat", "Pawoł", "Michał", "Benedikt"],
         ["Krawc", "Šołta", "Nawka", "Brězan", "Kral", "Kowar", "Mučink", "Rjeda", "Cyž", "Wjela"],
         ["Lubka", "Madlenka", "Ludka"], ["Jurk", "Handrik", "Benno"]),
        # North Frisian of Föhr, Amrum and the Husum coast
        (["Inken", "Tatje", "Göntje", "Kerrin", "Wiebke", "Frauke", "Keike"],
         ["Knut", "Erk", "Ocke", "Brar", "Nommen", "Hark", "Jens"],
         ["Ketels", "Nickelsen", "Brodersen", "Ingwersen", "Boysen", "Matthiesen", "Knudsen", "Rörden", "Olufs",
          "Martinen"],
         ["Inki", "Wibbi", "Keiki"], ["Jenne", "Ocki", "Erki"]),
        # Styrian of Graz and the Ennstal
        (["Waltraud", "Gerlinde", "Hermine", "Roswitha", "Christl", "Anneliese", "Elfriede"],
         ["Alois", "Herbert", "Johann", "Engelbert", "Ferdinand", "Kajetan", "Gottfried", "Florian"],
         ["Pölzl", "Hödl", "Fink", "Kainz", "Wurzinger", "Lackner", "Stranzl", "Zach", "Koch", "Pusterhofer"],
         ["Traudl", "Gerli", "Hermi"], ["Loisl", "Ferdl", "Flo"]),
        # Thuringian of Erfurt, Jena and Gera
        (["Ines", "Doreen", "Kerstin", "Anke", "Mandy", "Romy", "Katrin"],
         ["Ronny", "Enrico", "Mike", "Sven", "Rico", "Steffen", "Maik", "Heiko"],
         ["Rödiger", "Eckardt", "Möbius", "Stötzer", "Hildebrandt", "Kästner", "Bräutigam", "Henneberg", "Zeitz",
          "Apel", "Gräfe"],
         ["Kati", "Ini", "Anki"], ["Rici", "Heiki", "Svenni"]),
        # Ruhr Polish of Gelsenkirchen and Bottrop
        (["Gertrud", "Helga", "Martina", "Sabine", "Renate", "Monika", "Elke"],
         ["Horst", "Günter", "Dieter", "Manfred", "Jürgen", "Willi", "Reinhard"],
         ["Kuzorra", "Szepan", "Tilkowski", "Kwiatkowski", "Schimanski", "Nowakowski", "Grabowski", "Burdenski",
          "Koslowski", "Przybylski"],
         ["Gerti", "Moni", "Bine"], ["Manni", "Didi", "Atze"]),
        # Greek German of Stuttgart and Munich
        (["Eleni", "Georgia", "Katerina", "Despina", "Vasiliki", "Paraskevi", "Chrysoula"],
         ["Giorgos", "Dimitrios", "Nikos", "Vasilis", "Kostas", "Christos", "Panagiotis", "Spyros"],
         ["Georgiou", "Dimitriou", "Oikonomou", "Alexiou", "Christodoulou", "Ioannou", "Konstantinou", "Antoniou",
          "Pavlou"],
         ["Vicky", "Popi", "Chrysa"], ["Takis", "Mitsos", "Kostakis"]),
        # Vietnamese German of Leipzig and Berlin-Lichtenberg
        (["Hằng", "Ngân", "Yến", "Loan", "Nga", "Tuyết", "Hạnh"],
         ["Thắng", "Hùng", "Cường", "Sơn", "Việt", "Đức", "Tùng"],
         ["Nguyễn", "Trần", "Phạm", "Hoàng", "Vũ", "Đào", "Lương", "Cao", "Kiều", "Mạc"],
         ["Ly", "Bông", "Mi"], ["Bi", "Ben", "Tý"]),
    ],
}

# Message shapes, the same situations in each language's own words: {kind:sex} is a name slot
# (full name, first, last, dbl = two surnames, nick = short form and surname, init = initial and
# surname, rev = surname first as on a form, bare = accents dropped, low = lower case, caps = capitals).
TEMPLATES: dict[str, list[str]] = {
    "en": [
        "hi is {first:m} in today? want a skin fade before 3 if he's free",
        "Booked my son in for 4.30 under {full:m}, he's 9 so just a trim pls 👍",
        "{nick:m} here, the one with the big beard, can I get the same slot next Friday",
        "My daughter {first:f} passed her theory today!! can she start lessons with {first:m} again",
        "Hi, is Mr {last:m} still doing the automatic car? my test is in March",
        "Lesson for {rev:f} on Tuesday 8am, pick up from the college car park",
        "Boiler's making that banging noise again. Landlord is {full:m}, he said invoice him direct",
        "your plumber {first:m} left his pipe wrench under our sink lol",
        "hi my neighbour {full:f} gave me your number, leak under the bath, can someone come tomorrow",
        "I need to cancel my mum's check up, it's under {full:f}, she's got the flu 🤒",
        "Can I see Dr {last:f} rather than the hygienist? my crown feels loose",
        "appointment for {init:m} at 10.15 - is that me or my dad, we've got the same initial 😅",
        "{first:f} said do the exercises twice a day but my knee still swells, is that normal?",
        "Booking for my husband {full:m}, lower back, evenings only",
        "Could you send the invoice to my insurer please, policy holder {caps:m}",
        "order for collection under {last:m}, two margheritas one with no basil",
        "It's {first:f}'s birthday today can you write her name on the pizza box 😂",
        "my mate {full:m} is picking up the order for {first:f}, it's paid online already",
        "Table for 6 at 8pm please, name {full:f}, one of us is pregnant so no raw fish for her",
        "Please thank the chef {first:m} for the birthday plate last night, my girlfriend loved it",
        "Quote please: 2 bed flat to a house Saturday the 14th, contact {full:m}, number on my profile",
        "The lads who moved us, {first:m} and {first:m}, were brilliant, please pass it on",
        "Keys will be with the buyer {full:f}, she's there from noon",
        "wedding dress ticket is in the name {dbl:f}, when will it be ready",
        "my husband {first:m} dropped off 3 shirts and a suit yesterday, can I collect them for him",
        "Hello, the piano was my late grandmother {full:f}'s, it hasn't been tuned in ten years",
        "Could {first:m} tune the school piano before the concert? Ask for Mrs {last:f} at reception",
        "Signing up for open water, me and my brother {first:m}, we can both swim fine",
        "My dive log needs signing by the instructor, I think it was {full:m}",
        "Court 3 is booked in {last:f}'s name Thursday 7pm, can we switch to court 1",
        "can {first:f} coach my son? he's 11 and a lefty 🎾",
        "New doubles partner for the club ladder: {full:f} (joined last week)",
        "Tee time for four Saturday, lead name {full:m}, two of us are guests",
        "My father in law {full:m} wants a lesson with the pro, is it {first:m} on Mondays?",
        "Private screening for my daughter {first:f}'s 10th, 20 kids, is popcorn included",
        "the booking ref is under {init:f}, can I move it to the 9pm showing",
        "Two jars of heather honey for {full:f} please, she'll collect at the market stall Sunday",
        "{first:m} said you might have a swarm to give away? I've got an empty hive",
        "Brewery tour for a stag of 12, groom is {full:m}, best man is {nick:m}",
        "Can you put {first:f} on the guest list for the tap takeover, she's driving so soft drinks",
        "Could you pipe Happy 80th {first:f} on the chocolate plaque? collecting Thursday",
        "Box of truffles for my boss {full:m} please, gift wrapped with a card",
        "The delivery driver {first:m} said you'd take the old mattress away, is that right",
        "Order is in my wife's name {full:f}, super king, no delivery before the 20th",
        "Room for two nights, guests {full:f} and {full:m}, arriving late around 11",
        "We loved breakfast, please say thanks to {first:f} for the scones ☺️",
        "my sister {first:f} is arriving a day earlier, can she check in on her own?",
        "Wedding on 12 June, the couple are {first:f} & {first:m}, first dance song to follow",
        "Can you give a shout out to {full:m} around 10, it's his retirement do",
        "A parcel for {caps:f} came to you by mistake, she lives upstairs from me, can I collect it",
        "collecting for my neighbour {full:m}, I've got his ID and the code",
        "Your tiler {first:m} did our bathroom last year, my friend {full:f} wants him for her kitchen",
        "Invoice to {init:m} please, limited company, same as last time",
        "Dinghy course for my twins {first:f} and {first:m}, age 12, second week of July",
        "Is {full:f} still teaching the adult beginners? She was amazing",
        "Have a go archery for 8 on Sunday, lead booker {rev:m}",
        "Congrats to {full:m} on the county medal!! 🏹🥇",
        "can you hold the 70s leather jacket for {first:f}? she'll come in Saturday",
        "I'm selling my auntie {full:f}'s old dresses, would you have a look at them",
        "Table for 5 Friday under {last:m}, we'll bring our own dice 🎲",
        "{first:m} who explained the rules last time was great, is he on tonight",
        "Forwarding you my colleague's number, she's {full:f}, ring her about the quote",
        "hi yes so its about saturday we booked the room for my brother {first:m} and his wife {first:f} "
        "but now their lad {first:m} is coming too so is there a bigger room or an extra bed and also "
        "can we have breakfast a bit later like 9 because we're driving up after work friday thanks so much",
        "hiya its {low:f} just checking you got my deposit",
        "PLEASE RING {caps:m} BEFORE YOU COME THE DOORBELL IS BROKEN",
        "table for 2 tonight for {bare:f} pls",
        "Name on the certificate should be {dbl:m} please, both surnames",
        "Surname: {last:f}\nFirst name: {first:f}\nMembership: adult",
        "> Can you confirm the name for the order?\nyes it's {full:m}",
        "Sent by {full:f} on behalf of the PTA, about the raffle prize",
        "🎉🎉 well done {first:f} on passing your test!!",
        "does {nick:f} still work there? tell her {first:f} says hi 😘",
        "I've added {first:m} to our booking chat, he'll pay the rest",
        "cn u confirm the booking plz, name is {full:f}",
    ],
    "fr": [
        "slt {first:m} est là aujourd'hui ? je voudrais un dégradé avant 15h si il est dispo",
        "J'ai réservé pour mon fils à 16h30 au nom de {full:m}, il a 9 ans donc juste une coupe svp 👍",
        "C'est {nick:m}, celui avec la grosse barbe, je peux avoir le même créneau vendredi prochain",
        "Ma fille {first:f} a eu son code aujourd'hui !! elle peut reprendre les leçons avec {first:m} ?",
        "Bonjour, M. {last:m} fait toujours la boîte auto ? mon permis est en mars",
        "Leçon pour {rev:f} mardi 8h, on me prend devant le lycée",
        "La chaudière refait ce bruit de cognement. Le proprio c'est {full:m}, il a dit de le facturer direct",
        "votre plombier {first:m} a oublié sa clé à molette sous notre évier mdr",
        "bjr ma voisine {full:f} m'a donné votre numéro, fuite sous la baignoire, quelqu'un peut passer demain",
        "Je dois annuler le contrôle de ma mère, c'est au nom de {full:f}, elle a la grippe 🤒",
        "Je peux voir le Dr {last:f} plutôt que l'hygiéniste ? ma couronne bouge",
        "rdv pour {init:m} à 10h15 - c'est moi ou mon père, on a la même initiale 😅",
        "{first:f} m'a dit de faire les exercices 2 fois par jour mais mon genou gonfle encore, c'est normal ?",
        "Rdv pour mon mari {full:m}, bas du dos, le soir seulement",
        "Vous pouvez envoyer la facture à ma mutuelle svp, assuré {caps:m}",
        "commande à emporter au nom de {last:m}, deux margherita dont une sans basilic",
        "C'est l'anniv de {first:f} aujourd'hui vous pouvez écrire son prénom sur la boîte de pizza 😂",
        "mon pote {full:m} récupère la commande de {first:f}, c'est déjà payé en ligne",
        "Une table pour 6 à 20h svp, au nom de {full:f}, une de nous est enceinte donc pas de poisson cru pour elle",
        "Merci au chef {first:m} pour l'assiette d'anniversaire hier soir, ma copine a adoré",
        "Devis svp : d'un T3 à une maison le samedi 14, contact {full:m}, numéro sur mon profil",
        "Les gars qui nous ont déménagés, {first:m} et {first:m}, étaient top, transmettez-leur",
        "Les clés seront chez l'acheteuse {full:f}, elle est sur place à partir de midi",
        "le ticket de la robe de mariée est au nom {dbl:f}, elle sera prête quand",
        "mon mari {first:m} a déposé 3 chemises et un costume hier, je peux les récupérer pour lui",
        "Bonjour, le piano était à ma grand-mère {full:f}, décédée, il n'a pas été accordé depuis dix ans",
        "{first:m} pourrait accorder le piano de l'école avant le concert ? Demandez Mme {last:f} à l'accueil",
        "Inscription au niveau 1, moi et mon frère {first:m}, on nage bien tous les deux",
        "Mon carnet de plongée doit être signé par le moniteur, je crois que c'était {full:m}",
        "Le court 3 est réservé au nom de {last:f} jeudi 19h, on peut passer sur le court 1",
        "est-ce que {first:f} peut entraîner mon fils ? il a 11 ans et il est gaucher 🎾",
        "Nouvelle partenaire de double pour le classement du club : {full:f} (inscrite la semaine dernière)",
        "Départ pour quatre samedi, nom principal {full:m}, deux invités",
        "Mon beau-père {full:m} veut un cours avec le pro, c'est {first:m} le lundi ?",
        "Séance privée pour les 10 ans de ma fille {first:f}, 20 enfants, le pop-corn est compris ?",
        "la réservation est au nom de {init:f}, je peux la mettre à la séance de 21h",
        "Deux pots de miel de bruyère pour {full:f} svp, elle passe au stand du marché dimanche",
        "{first:m} m'a dit que vous aviez peut-être un essaim à donner ? j'ai une ruche vide",
        "Visite de la brasserie pour un EVG de 12, le marié c'est {full:m}, le témoin c'est {nick:m}",
        "Vous pouvez mettre {first:f} sur la liste pour la soirée, elle conduit donc sans alcool",
        "Vous pouvez écrire Joyeux 80 ans {first:f} sur la plaque en chocolat ? je passe jeudi",
        "Une boîte de truffes pour mon patron {full:m} svp, emballage cadeau avec une carte",
        "Le livreur {first:m} a dit que vous repreniez l'ancien matelas, c'est bien ça",
        "La commande est au nom de ma femme {full:f}, 180x200, pas de livraison avant le 20",
        "Chambre pour deux nuits, clients {full:f} et {full:m}, arrivée tard vers 23h",
        "Super petit-déj, dites merci à {first:f} pour les scones ☺️",
        "ma sœur {first:f} arrive un jour plus tôt, elle peut faire le check-in seule ?",
        "Mariage le 12 juin, les mariés c'est {first:f} & {first:m}, la chanson d'ouverture suit",
        "Vous pouvez faire une dédicace à {full:m} vers 22h, c'est son pot de départ à la retraite",
        "Un colis pour {caps:f} est arrivé chez vous par erreur, elle habite au-dessus de chez moi, je peux le prendre",
        "je récupère pour mon voisin {full:m}, j'ai sa pièce d'identité et le code",
        "Votre carreleur {first:m} a fait notre salle de bain l'an dernier, mon amie {full:f} le veut pour sa cuisine",
        "Facture à {init:m} svp, société, comme la dernière fois",
        "Stage de dériveur pour mes jumeaux {first:f} et {first:m}, 12 ans, deuxième semaine de juillet",
        "Est-ce que {full:f} donne toujours les cours adultes débutants ? Elle était géniale",
        "Initiation tir à l'arc pour 8 dimanche, réservation au nom de {rev:m}",
        "Bravo à {full:m} pour la médaille départementale !! 🏹🥇",
        "vous pouvez garder le blouson en cuir années 70 pour {first:f} ? elle passe samedi",
        "Je vends les vieilles robes de ma tante {full:f}, vous voudriez les voir",
        "Table pour 5 vendredi au nom de {last:m}, on amène nos dés 🎲",
        "{first:m} qui nous a expliqué les règles la dernière fois était top, il est là ce soir",
        "Je vous transfère le numéro de ma collègue, c'est {full:f}, appelez-la pour le devis",
        "oui alors c'est pour samedi on avait réservé la chambre pour mon frère {first:m} et sa femme {first:f} "
        "mais maintenant leur fils {first:m} vient aussi donc est-ce qu'il y a une chambre plus grande ou un lit "
        "en plus et aussi on peut avoir le petit déjeuner un peu plus tard genre 9h parce qu'on monte après le "
        "boulot vendredi merci beaucoup",
        "coucou c'est {low:f} je voulais juste savoir si vous avez reçu mon acompte",
        "MERCI D'APPELER {caps:m} AVANT DE VENIR LA SONNETTE EST CASSÉE",
        "table pour 2 ce soir pour {bare:f} stp",
        "Sur le certificat il faut mettre {dbl:m} svp, les deux noms",
        "Nom : {last:f}\nPrénom : {first:f}\nAdhésion : adulte",
        "> Vous pouvez confirmer le nom pour la commande ?\noui c'est {full:m}",
        "Envoyé par {full:f} pour l'association des parents, au sujet du lot de la tombola",
        "🎉🎉 bravo {first:f} pour ton permis !!",
        "est-ce que {nick:f} travaille toujours chez vous ? dites-lui que {first:f} lui fait coucou 😘",
        "J'ai ajouté {first:m} au groupe de la réservation, c'est lui qui paie le reste",
        "vs pouvez confirmer la résa svp, c'est au nom de {full:f}",
    ],
    "it": [
        "ciao {first:m} c'è oggi? vorrei una sfumatura prima delle 15 se è libero",
        "Ho prenotato per mio figlio alle 16.30 a nome {full:m}, ha 9 anni quindi solo una spuntata grazie 👍",
        "Sono {nick:m}, quello con la barba lunga, posso avere lo stesso orario venerdì prossimo",
        "Mia figlia {first:f} ha passato la teoria oggi!! può ricominciare le guide con {first:m}?",
        "Salve, il sig. {last:m} fa ancora le guide col cambio automatico? ho l'esame a marzo",
        "Guida per {rev:f} martedì alle 8, mi prendete davanti all'istituto",
        "La caldaia fa di nuovo quel colpo. Il padrone di casa è {full:m}, ha detto di fatturare a lui",
        "il vostro idraulico {first:m} ha lasciato la chiave a pappagallo sotto il nostro lavandino ahah",
        "buongiorno la mia vicina {full:f} mi ha dato il vostro numero, perdita sotto la vasca, potete venire domani",
        "Devo disdire il controllo di mia mamma, è a nome {full:f}, ha l'influenza 🤒",
        "Posso vedere la dott.ssa {last:f} invece dell'igienista? la capsula si muove",
        "appuntamento per {init:m} alle 10.15 - sono io o mio padre, abbiamo la stessa iniziale 😅",
        "{first:f} mi ha detto di fare gli esercizi due volte al giorno ma il ginocchio si gonfia ancora, è normale?",
        "Prenotazione per mio marito {full:m}, zona lombare, solo di sera",
        "Potete mandare la fattura all'assicurazione per favore, intestatario {caps:m}",
        "ordine da asporto a nome {last:m}, due margherite una senza basilico",
        "Oggi è il compleanno di {first:f} potete scrivere il suo nome sul cartone della pizza 😂",
        "il mio amico {full:m} passa a ritirare l'ordine per {first:f}, è già pagato online",
        "Un tavolo per 6 alle 20 per favore, a nome {full:f}, una di noi è incinta quindi niente crudo per lei",
        "Ringraziate lo chef {first:m} per il piatto di compleanno di ieri sera, la mia ragazza l'ha adorato",
        "Preventivo: da un trilocale a una casa sabato 14, referente {full:m}, numero sul profilo",
        "I ragazzi del trasloco, {first:m} e {first:m}, sono stati bravissimi, diteglielo",
        "Le chiavi le avrà l'acquirente {full:f}, è lì da mezzogiorno",
        "lo scontrino dell'abito da sposa è a nome {dbl:f}, quando è pronto",
        "mio marito {first:m} ha lasciato 3 camicie e un completo ieri, posso ritirarli io per lui",
        "Salve, il pianoforte era della mia povera nonna {full:f}, non viene accordato da dieci anni",
        "{first:m} potrebbe accordare il piano della scuola prima del concerto? Chiedete della prof.ssa {last:f}",
        "Iscrizione al corso open water, io e mio fratello {first:m}, sappiamo nuotare bene tutti e due",
        "Il logbook va firmato dall'istruttore, mi sembra fosse {full:m}",
        "Il campo 3 è prenotato a nome {last:f} giovedì alle 19, possiamo passare al campo 1",
        "{first:f} può allenare mio figlio? ha 11 anni ed è mancino 🎾",
        "Nuova compagna di doppio per la classifica del circolo: {full:f} (iscritta la settimana scorsa)",
        "Partenza per quattro sabato, nome di riferimento {full:m}, due sono ospiti",
        "Mio suocero {full:m} vuole una lezione col maestro, il lunedì c'è {first:m}?",
        "Proiezione privata per i 10 anni di mia figlia {first:f}, 20 bambini, i popcorn sono compresi",
        "la prenotazione è a nome {init:f}, posso spostarla allo spettacolo delle 21",
        "Due vasetti di miele di castagno per {full:f} grazie, passa lei al banco del mercato domenica",
        "{first:m} mi ha detto che forse avete uno sciame da regalare? ho un'arnia vuota",
        "Visita al birrificio per un addio al celibato di 12, lo sposo è {full:m}, il testimone è {nick:m}",
        "Potete mettere {first:f} in lista per la serata, guida lei quindi analcolici",
        "Potete scrivere Buoni 80 anni {first:f} sulla placca di cioccolato? ritiro giovedì",
        "Una scatola di tartufi per il mio capo {full:m} per favore, incartata con un biglietto",
        "Il corriere {first:m} ha detto che ritirate il materasso vecchio, è giusto",
        "L'ordine è a nome di mia moglie {full:f}, matrimoniale grande, niente consegna prima del 20",
        "Camera per due notti, ospiti {full:f} e {full:m}, arrivo tardi verso le 23",
        "Colazione buonissima, ringraziate {first:f} per la crostata ☺️",
        "mia sorella {first:f} arriva un giorno prima, può fare il check-in da sola?",
        "Matrimonio il 12 giugno, gli sposi sono {first:f} & {first:m}, la canzone del primo ballo ve la mando",
        "Potete fare una dedica a {full:m} verso le 22, è la sua festa di pensione",
        "Un pacco per {caps:f} è arrivato da voi per sbaglio, abita sopra di me, posso ritirarlo io",
        "ritiro per il mio vicino {full:m}, ho il suo documento e il codice",
        "Il vostro piastrellista {first:m} ci ha fatto il bagno l'anno scorso, la mia amica {full:f} lo vuole "
        "per la cucina",
        "Fattura a {init:m} per favore, srl, come l'altra volta",
        "Corso di deriva per i miei gemelli {first:f} e {first:m}, 12 anni, seconda settimana di luglio",
        "{full:f} insegna ancora al corso adulti principianti? Era fantastica",
        "Prova di tiro con l'arco per 8 domenica, prenotazione a nome {rev:m}",
        "Complimenti a {full:m} per la medaglia provinciale!! 🏹🥇",
        "potete tenere il giubbotto di pelle anni 70 per {first:f}? passa sabato",
        "Vendo i vestiti vecchi di mia zia {full:f}, vi interessa darci un'occhiata",
        "Tavolo per 5 venerdì a nome {last:m}, portiamo i nostri dadi 🎲",
        "{first:m} che ci ha spiegato le regole l'altra volta è stato bravissimo, stasera c'è",
        "Vi inoltro il numero della mia collega, è {full:f}, chiamatela per il preventivo",
        "sì allora è per sabato avevamo prenotato la camera per mio fratello {first:m} e sua moglie {first:f} "
        "ma adesso viene anche il figlio {first:m} quindi c'è una camera più grande o un letto in più e poi "
        "possiamo fare colazione un po' più tardi tipo alle 9 perché saliamo dopo il lavoro venerdì grazie mille",
        "ciao sono {low:f} volevo solo sapere se vi è arrivata la caparra",
        "PER FAVORE CHIAMATE {caps:m} PRIMA DI VENIRE IL CAMPANELLO È ROTTO",
        "tavolo per 2 stasera per {bare:f} grazie",
        "Sul certificato va scritto {dbl:m} per favore, tutti e due i cognomi",
        "Cognome: {last:f}\nNome: {first:f}\nTessera: adulto",
        "> Può confermare il nome per l'ordine?\nsì è {full:m}",
        "Inviato da {full:f} per il comitato genitori, per il premio della lotteria",
        "🎉🎉 brava {first:f} per la patente!!",
        "{nick:f} lavora ancora da voi? ditele che {first:f} la saluta 😘",
        "Ho aggiunto {first:m} alla chat della prenotazione, il resto lo paga lui",
        "mi confermate la prenotazione x favore, il nome è {full:f}",
    ],
    "es": [
        "hola está {first:m} hoy? quiero un degradado antes de las 3 si está libre",
        "He reservado para mi hijo a las 16:30 a nombre de {full:m}, tiene 9 años así que solo repasar porfa 👍",
        "Soy {nick:m}, el de la barba larga, me puedes dar la misma hora el viernes que viene",
        "Mi hija {first:f} ha aprobado el teórico hoy!! puede volver a las prácticas con {first:m}?",
        "Hola, el señor {last:m} sigue dando clases con el coche automático? tengo el examen en marzo",
        "Clase para {rev:f} el martes a las 8, me recogéis en la puerta del instituto",
        "La caldera vuelve a dar golpes. El casero es {full:m}, dice que le facturéis a él directamente",
        "vuestro fontanero {first:m} se dejó la llave inglesa debajo del fregadero jaja",
        "buenas mi vecina {full:f} me ha pasado vuestro número, tengo una fuga debajo de la bañera, podéis "
        "venir mañana",
        "Tengo que anular la revisión de mi madre, está a nombre de {full:f}, tiene gripe 🤒",
        "Puedo ver a la doctora {last:f} en vez de a la higienista? se me mueve la corona",
        "cita para {init:m} a las 10:15 - soy yo o mi padre, tenemos la misma inicial 😅",
        "{first:f} me dijo que hiciera los ejercicios dos veces al día pero la rodilla se me sigue hinchando, "
        "es normal?",
        "Cita para mi marido {full:m}, lumbares, solo por las tardes",
        "Podéis mandar la factura a mi seguro por favor, titular {caps:m}",
        "pedido para recoger a nombre de {last:m}, dos margaritas una sin albahaca",
        "Hoy es el cumple de {first:f} podéis escribir su nombre en la caja de la pizza 😂",
        "mi colega {full:m} recoge el pedido de {first:f}, ya está pagado online",
        "Mesa para 6 a las 20:00 por favor, a nombre de {full:f}, una está embarazada así que nada crudo para ella",
        "Dadle las gracias al chef {first:m} por el plato de cumpleaños de anoche, a mi novia le encantó",
        "Presupuesto: de un piso de 2 habitaciones a una casa el sábado 14, contacto {full:m}, número en el perfil",
        "Los chicos de la mudanza, {first:m} y {first:m}, fueron geniales, decídselo",
        "Las llaves las tendrá la compradora {full:f}, está allí desde mediodía",
        "el resguardo del vestido de novia está a nombre de {dbl:f}, cuándo estará listo",
        "mi marido {first:m} dejó 3 camisas y un traje ayer, puedo recogerlos yo por él",
        "Hola, el piano era de mi difunta abuela {full:f}, no se afina desde hace diez años",
        "Podría {first:m} afinar el piano del colegio antes del concierto? Preguntad por la señora {last:f} en "
        "conserjería",
        "Apuntarnos al open water, yo y mi hermano {first:m}, los dos nadamos bien",
        "El libro de inmersiones lo tiene que firmar el instructor, creo que era {full:m}",
        "La pista 3 está reservada a nombre de {last:f} el jueves a las 19, podemos cambiar a la pista 1",
        "{first:f} puede entrenar a mi hijo? tiene 11 años y es zurdo 🎾",
        "Nueva pareja de dobles para la escalera del club: {full:f} (se apuntó la semana pasada)",
        "Salida para cuatro el sábado, nombre principal {full:m}, dos son invitados",
        "Mi suegro {full:m} quiere una clase con el profesional, los lunes está {first:m}?",
        "Sesión privada para los 10 años de mi hija {first:f}, 20 niños, las palomitas van incluidas",
        "la reserva está a nombre de {init:f}, puedo pasarla a la sesión de las 21",
        "Dos tarros de miel de brezo para {full:f} por favor, pasa ella por el puesto del mercado el domingo",
        "{first:m} me dijo que a lo mejor teníais un enjambre para regalar? tengo una colmena vacía",
        "Visita a la cervecería para una despedida de 12, el novio es {full:m}, el padrino es {nick:m}",
        "Podéis apuntar a {first:f} en la lista de la noche, conduce ella así que sin alcohol",
        "Podéis escribir Feliz 80 {first:f} en la placa de chocolate? lo recojo el jueves",
        "Una caja de trufas para mi jefe {full:m} por favor, envuelta para regalo con tarjeta",
        "El repartidor {first:m} dijo que os llevabais el colchón viejo, es así",
        "El pedido está a nombre de mi mujer {full:f}, 180x200, nada de entrega antes del 20",
        "Habitación para dos noches, huéspedes {full:f} y {full:m}, llegamos tarde sobre las 23",
        "Desayuno buenísimo, dadle las gracias a {first:f} por el bizcocho ☺️",
        "mi hermana {first:f} llega un día antes, puede hacer el check-in sola?",
        "Boda el 12 de junio, los novios son {first:f} & {first:m}, la canción del primer baile os la paso",
        "Podéis dedicarle una canción a {full:m} sobre las 22, es su fiesta de jubilación",
        "Un paquete para {caps:f} os ha llegado por error, vive encima de mí, puedo recogerlo yo",
        "recojo para mi vecino {full:m}, tengo su DNI y el código",
        "Vuestro alicatador {first:m} nos hizo el baño el año pasado, mi amiga {full:f} lo quiere para su cocina",
        "Factura a {init:m} por favor, sociedad limitada, como la última vez",
        "Curso de vela ligera para mis mellizos {first:f} y {first:m}, 12 años, segunda semana de julio",
        "{full:f} sigue dando el curso de adultos de iniciación? Era estupenda",
        "Bautismo de tiro con arco para 8 el domingo, reserva a nombre de {rev:m}",
        "Enhorabuena a {full:m} por la medalla autonómica!! 🏹🥇",
        "me guardáis la chupa de cuero de los 70 para {first:f}? pasa el sábado",
        "Vendo los vestidos antiguos de mi tía {full:f}, os interesaría verlos",
        "Mesa para 5 el viernes a nombre de {last:m}, traemos nuestros dados 🎲",
        "{first:m} que nos explicó las reglas la última vez fue un crack, está esta noche",
        "Os reenvío el número de mi compañera, es {full:f}, llamadla por lo del presupuesto",
        "sí a ver es para el sábado teníamos la habitación reservada para mi hermano {first:m} y su mujer {first:f} "
        "pero ahora viene también su hijo {first:m} así que hay una habitación más grande o una cama supletoria "
        "y también podemos desayunar un poco más tarde como a las 9 porque subimos el viernes después del "
        "trabajo muchas gracias",
        "holaa soy {low:f} solo quería saber si os ha llegado la señal",
        "POR FAVOR LLAMAD A {caps:m} ANTES DE VENIR EL TIMBRE NO FUNCIONA",
        "mesa para 2 esta noche para {bare:f} porfa",
        "En el certificado tiene que poner {dbl:m} por favor, los dos apellidos",
        "Apellidos: {last:f}\nNombre: {first:f}\nAbono: adulto",
        "> Me confirma el nombre para el pedido?\nsí es {full:m}",
        "Enviado por {full:f} en nombre del AMPA, sobre el premio de la rifa",
        "🎉🎉 enhorabuena {first:f} por aprobar el carnet!!",
        "{nick:f} sigue trabajando ahí? decidle que {first:f} le manda un saludo 😘",
        "He metido a {first:m} en el chat de la reserva, él paga lo que falta",
        "me confirmáis la reserva xfa, el nombre es {full:f}",
    ],
    "pt": [
        "oi o {first:m} está aí hoje? queria um degradê antes das 15h se ele estiver livre",
        "Marquei para o meu filho às 16h30 em nome de {full:m}, ele tem 9 anos então só aparar pfv 👍",
        "Aqui é o {nick:m}, o da barba grande, dá pra marcar o mesmo horário na sexta que vem",
        "A minha filha {first:f} passou na teórica hoje!! ela pode voltar às aulas com o {first:m}?",
        "Olá, o senhor {last:m} ainda dá aulas no carro automático? o meu exame é em março",
        "Aula para {rev:f} terça às 8h, apanhem-me à porta da escola",
        "A caldeira voltou a fazer aquele barulho. O senhorio é {full:m}, disse para faturar direto a ele",
        "o vosso canalizador {first:m} esqueceu a chave inglesa debaixo da nossa pia kkk",
        "boa tarde a minha vizinha {full:f} me passou o vosso número, vazamento debaixo da banheira, alguém "
        "pode vir amanhã",
        "Preciso de desmarcar a consulta da minha mãe, está em nome de {full:f}, ela está com gripe 🤒",
        "Posso ser atendida pela Dra. {last:f} em vez da higienista? a coroa está mexendo",
        "consulta para {init:m} às 10h15 - sou eu ou o meu pai, temos a mesma inicial 😅",
        "A {first:f} disse para fazer os exercícios duas vezes por dia mas o joelho ainda incha, é normal?",
        "Marcação para o meu marido {full:m}, lombar, só à noite",
        "Podem mandar a fatura para o meu seguro por favor, titular {caps:m}",
        "pedido para retirar em nome de {last:m}, duas margueritas uma sem manjericão",
        "Hoje é aniversário da {first:f} dá pra escrever o nome dela na caixa da pizza 😂",
        "o meu amigo {full:m} vai buscar o pedido da {first:f}, já está pago online",
        "Mesa para 6 às 20h por favor, em nome de {full:f}, uma de nós está grávida então nada cru para ela",
        "Agradeçam ao chef {first:m} pelo prato de aniversário ontem, a minha namorada adorou",
        "Orçamento: de um T2 para uma moradia no sábado dia 14, contacto {full:m}, número no perfil",
        "Os rapazes da mudança, {first:m} e {first:m}, foram impecáveis, digam-lhes",
        "As chaves ficam com a compradora {full:f}, ela está lá a partir do meio-dia",
        "o talão do vestido de noiva está em nome de {dbl:f}, quando fica pronto",
        "o meu marido {first:m} deixou 3 camisas e um fato ontem, posso ir eu buscar",
        "Olá, o piano era da minha falecida avó {full:f}, não é afinado há dez anos",
        "O {first:m} podia afinar o piano da escola antes do concerto? Perguntem pela professora {last:f}",
        "Inscrição no open water, eu e o meu irmão {first:m}, nadamos bem os dois",
        "O logbook tem de ser assinado pelo instrutor, acho que era o {full:m}",
        "O campo 3 está reservado em nome de {last:f} quinta às 19h, dá pra trocar para o campo 1",
        "a {first:f} pode treinar o meu filho? ele tem 11 anos e é canhoto 🎾",
        "Nova parceira de pares para o ranking do clube: {full:f} (entrou na semana passada)",
        "Saída para quatro no sábado, nome principal {full:m}, dois são convidados",
        "O meu sogro {full:m} quer uma aula com o profissional, às segundas é o {first:m}?",
        "Sessão privada para os 10 anos da minha filha {first:f}, 20 crianças, a pipoca está incluída",
        "a reserva está em nome de {init:f}, posso passar para a sessão das 21h",
        "Dois frascos de mel de urze para {full:f} por favor, ela passa na banca da feira no domingo",
        "O {first:m} disse que talvez tenham um enxame para dar? tenho uma colmeia vazia",
        "Visita à cervejaria para uma despedida de solteiro de 12, o noivo é {full:m}, o padrinho é {nick:m}",
        "Podem pôr a {first:f} na lista da noite, ela vai conduzir então sem álcool",
        "Podem escrever Parabéns 80 anos {first:f} na placa de chocolate? levanto na quinta",
        "Uma caixa de trufas para o meu chefe {full:m} por favor, embrulho de presente com cartão",
        "O entregador {first:m} disse que vocês levam o colchão velho, é isso",
        "A encomenda está em nome da minha mulher {full:f}, king size, nada de entrega antes do dia 20",
        "Quarto para duas noites, hóspedes {full:f} e {full:m}, chegamos tarde por volta das 23h",
        "Pequeno-almoço maravilhoso, agradeçam à {first:f} pelo bolo ☺️",
        "a minha irmã {first:f} chega um dia antes, ela pode fazer o check-in sozinha?",
        "Casamento a 12 de junho, os noivos são {first:f} & {first:m}, a música da primeira dança vai a seguir",
        "Podem mandar um alô para o {full:m} lá pelas 22h, é a festa de aposentadoria dele",
        "Uma encomenda para {caps:f} chegou aí por engano, ela mora no andar de cima, posso levantar",
        "vou levantar pelo meu vizinho {full:m}, tenho o documento dele e o código",
        "O vosso ladrilhador {first:m} fez a nossa casa de banho no ano passado, a minha amiga {full:f} quer "
        "ele para a cozinha",
        "Fatura para {init:m} por favor, empresa, igual à última vez",
        "Curso de vela ligeira para os meus gémeos {first:f} e {first:m}, 12 anos, segunda semana de julho",
        "A {full:f} ainda dá o curso de adultos iniciantes? Ela era ótima",
        "Batismo de tiro com arco para 8 no domingo, reserva em nome de {rev:m}",
        "Parabéns ao {full:m} pela medalha estadual!! 🏹🥇",
        "podem guardar o casaco de couro anos 70 para a {first:f}? ela passa no sábado",
        "Estou vendendo os vestidos antigos da minha tia {full:f}, vocês querem dar uma olhada",
        "Mesa para 5 na sexta em nome de {last:m}, levamos os nossos dados 🎲",
        "O {first:m} que explicou as regras da última vez foi top, ele está hoje à noite",
        "Reencaminho o número da minha colega, é a {full:f}, liguem para ela por causa do orçamento",
        "sim então é para sábado tínhamos reservado o quarto para o meu irmão {first:m} e a mulher dele {first:f} "
        "mas agora vem também o filho deles {first:m} então há um quarto maior ou uma cama extra e também "
        "dá para tomar o pequeno-almoço um pouco mais tarde tipo 9h porque subimos na sexta depois do "
        "trabalho muito obrigada",
        "oii é a {low:f} só queria saber se receberam o meu sinal",
        "POR FAVOR LIGUEM PARA {caps:m} ANTES DE VIR A CAMPAINHA ESTÁ AVARIADA",
        "mesa para 2 hoje à noite para {bare:f} pfv",
        "No certificado tem de estar {dbl:m} por favor, os dois apelidos",
        "Apelido: {last:f}\nNome: {first:f}\nSócio: adulto",
        "> Pode confirmar o nome para a encomenda?\nsim é {full:m}",
        "Enviado por {full:f} em nome da associação de pais, sobre o prémio da rifa",
        "🎉🎉 parabéns {first:f} por passar na carta!!",
        "a {nick:f} ainda trabalha aí? digam que a {first:f} mandou um beijo 😘",
        "Adicionei o {first:m} ao grupo da reserva, ele paga o resto",
        "vcs confirmam a reserva pfv, o nome é {full:f}",
    ],
    "de": [
        "hi ist {first:m} heute da? hätte gern nen Fade vor 15 Uhr wenn er frei ist",
        "Hab meinen Sohn für 16:30 eingetragen unter {full:m}, er ist 9 also nur Spitzen bitte 👍",
        "Hier ist {nick:m}, der mit dem langen Bart, krieg ich nächsten Freitag wieder den gleichen Termin",
        "Meine Tochter {first:f} hat heute die Theorie bestanden!! kann sie wieder Stunden bei {first:m} nehmen?",
        "Hallo, fährt Herr {last:m} noch das Automatikauto? meine Prüfung ist im März",
        "Fahrstunde für {rev:f} am Dienstag 8 Uhr, Abholung vorm Berufskolleg",
        "Die Therme klopft schon wieder. Vermieter ist {full:m}, er sagt Rechnung direkt an ihn",
        "euer Klempner {first:m} hat seine Rohrzange unter unserer Spüle vergessen haha",
        "hallo meine Nachbarin {full:f} hat mir eure Nummer gegeben, undicht unter der Badewanne, kann morgen "
        "wer kommen",
        "Ich muss die Kontrolle von meiner Mutter absagen, läuft auf {full:f}, sie hat Grippe 🤒",
        "Kann ich zu Frau Dr. {last:f} statt zur Prophylaxe? meine Krone wackelt",
        "Termin für {init:m} um 10:15 - bin das ich oder mein Vater, wir haben den gleichen Anfangsbuchstaben 😅",
        "{first:f} meinte die Übungen zweimal am Tag machen aber das Knie schwillt immer noch an, ist das normal?",
        "Termin für meinen Mann {full:m}, unterer Rücken, nur abends",
        "Könnt ihr die Rechnung bitte an meine Versicherung schicken, Versicherungsnehmer {caps:m}",
        "Abholung auf den Namen {last:m}, zwei Margherita eine ohne Basilikum",
        "Heute hat {first:f} Geburtstag könnt ihr ihren Namen auf den Pizzakarton schreiben 😂",
        "mein Kumpel {full:m} holt die Bestellung für {first:f} ab, ist schon online bezahlt",
        "Tisch für 6 um 20 Uhr bitte, auf {full:f}, eine von uns ist schwanger also kein roher Fisch für sie",
        "Bitte sagt Koch {first:m} danke für den Geburtstagsteller gestern, meine Freundin war begeistert",
        "Angebot bitte: 3-Zimmer-Wohnung in ein Haus am Samstag den 14., Ansprechpartner {full:m}, Nummer im Profil",
        "Die Jungs vom Umzug, {first:m} und {first:m}, waren super, richtet es ihnen aus",
        "Die Schlüssel hat dann die Käuferin {full:f}, sie ist ab 12 Uhr da",
        "der Abholschein fürs Brautkleid läuft auf {dbl:f}, wann ist es fertig",
        "mein Mann {first:m} hat gestern 3 Hemden und einen Anzug abgegeben, kann ich die für ihn holen",
        "Hallo, das Klavier war von meiner verstorbenen Oma {full:f}, es ist seit zehn Jahren nicht gestimmt",
        "Könnte {first:m} das Schulklavier vor dem Konzert stimmen? Fragt im Sekretariat nach Frau {last:f}",
        "Anmeldung zum Open Water, ich und mein Bruder {first:m}, wir können beide gut schwimmen",
        "Mein Logbuch muss noch vom Tauchlehrer unterschrieben werden, ich glaub das war {full:m}",
        "Platz 3 ist auf {last:f} gebucht Donnerstag 19 Uhr, können wir auf Platz 1 wechseln",
        "kann {first:f} meinen Sohn trainieren? er ist 11 und Linkshänder 🎾",
        "Neue Doppelpartnerin für die Vereinsrangliste: {full:f} (seit letzter Woche Mitglied)",
        "Abschlagzeit für vier am Samstag, Hauptname {full:m}, zwei davon Gäste",
        "Mein Schwiegervater {full:m} will eine Stunde beim Pro, ist montags {first:m} da?",
        "Privatvorstellung zum 10. von meiner Tochter {first:f}, 20 Kinder, ist Popcorn dabei",
        "die Reservierung läuft auf {init:f}, kann ich sie auf die 21-Uhr-Vorstellung legen",
        "Zwei Gläser Heidehonig für {full:f} bitte, sie holt sie Sonntag am Marktstand ab",
        "{first:m} meinte ihr hättet vielleicht einen Schwarm abzugeben? ich hab eine leere Beute",
        "Brauereiführung für einen JGA mit 12 Leuten, Bräutigam ist {full:m}, Trauzeuge ist {nick:m}",
        "Könnt ihr {first:f} auf die Gästeliste setzen, sie fährt also alkoholfrei",
        "Könnt ihr Alles Gute zum 80. {first:f} auf die Schokoplatte spritzen? hole Donnerstag ab",
        "Eine Schachtel Trüffel für meinen Chef {full:m} bitte, als Geschenk verpackt mit Karte",
        "Der Fahrer {first:m} hat gesagt ihr nehmt die alte Matratze mit, stimmt das",
        "Die Bestellung läuft auf meine Frau {full:f}, 180x200, keine Lieferung vor dem 20.",
        "Zimmer für zwei Nächte, Gäste {full:f} und {full:m}, wir kommen spät so gegen 23 Uhr",
        "Frühstück war super, sagt {first:f} danke für den Kuchen ☺️",
        "meine Schwester {first:f} kommt einen Tag früher, kann sie allein einchecken?",
        "Hochzeit am 12. Juni, das Paar sind {first:f} & {first:m}, Eröffnungstanz schick ich noch",
        "Könnt ihr gegen 22 Uhr einen Gruß an {full:m} durchsagen, es ist seine Abschiedsfeier zur Rente",
        "Ein Paket für {caps:f} ist aus Versehen bei euch gelandet, sie wohnt über mir, kann ich es mitnehmen",
        "ich hole für meinen Nachbarn {full:m} ab, hab seinen Ausweis und den Code",
        "Euer Fliesenleger {first:m} hat letztes Jahr unser Bad gemacht, meine Freundin {full:f} will ihn für "
        "die Küche",
        "Rechnung an {init:m} bitte, GmbH, wie beim letzten Mal",
        "Jollenkurs für meine Zwillinge {first:f} und {first:m}, 12 Jahre, zweite Juliwoche",
        "Gibt {full:f} noch den Anfängerkurs für Erwachsene? Sie war großartig",
        "Bogenschießen zum Ausprobieren für 8 am Sonntag, gebucht auf {rev:m}",
        "Glückwunsch an {full:m} zur Bezirksmedaille!! 🏹🥇",
        "könnt ihr die 70er Lederjacke für {first:f} zurücklegen? sie kommt Samstag",
        "Ich verkaufe die alten Kleider von meiner Tante {full:f}, wollt ihr sie euch anschauen",
        "Tisch für 5 am Freitag auf {last:m}, wir bringen eigene Würfel mit 🎲",
        "{first:m} der uns letztes Mal die Regeln erklärt hat war super, ist er heute Abend da",
        "Ich leite euch die Nummer meiner Kollegin weiter, das ist {full:f}, ruft sie wegen dem Angebot an",
        "ja also es geht um Samstag wir hatten das Zimmer für meinen Bruder {first:m} und seine Frau {first:f} "
        "gebucht aber jetzt kommt ihr Sohn {first:m} auch mit also gibt es ein größeres Zimmer oder ein "
        "Zustellbett und können wir auch etwas später frühstücken so um 9 weil wir Freitag nach der Arbeit "
        "hochfahren vielen lieben Dank",
        "hallo hier ist {low:f} wollte nur fragen ob meine Anzahlung angekommen ist",
        "BITTE {caps:m} ANRUFEN BEVOR IHR KOMMT DIE KLINGEL IST KAPUTT",
        "Tisch für 2 heute Abend für {bare:f} bitte",
        "Auf die Urkunde bitte {dbl:m}, beide Nachnamen",
        "Nachname: {last:f}\nVorname: {first:f}\nMitgliedschaft: Erwachsene",
        "> Können Sie den Namen für die Bestellung bestätigen?\nja ist {full:m}",
        "Gesendet von {full:f} im Namen des Elternbeirats, wegen dem Tombolapreis",
        "🎉🎉 super {first:f} zum bestandenen Führerschein!!",
        "arbeitet {nick:f} noch bei euch? sagt ihr schöne Grüße von {first:f} 😘",
        "Ich hab {first:m} in den Buchungschat hinzugefügt, er zahlt den Rest",
        "könnt ihr die Buchung bestätigen bitte, Name ist {full:f}",
    ],
}

# Words of each language's businesses for the no-PII shapes: towns, days, months, feasts, teams,
# dishes some named after people or places, honeys.
SHOP: dict[str, dict[str, list[str]]] = {
    "en": {
        "town": ["Aberdeen", "Peterhead", "Southall", "Ealing", "Hackney", "Hawes", "St Neots", "St Albans",
                 "Wolverhampton", "Richmond"],
        "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "month": ["January", "March", "April", "May", "June", "July", "August", "October", "November"],
        "feast": ["Shrove Tuesday", "Michaelmas", "Vaisakhi", "Diwali", "St Andrew's Day", "Boxing Day",
                  "Bonfire Night", "Easter Monday", "Halloween", "Lunar New Year"],
        "team": ["Aberdeen", "Wolves", "Brentford", "Leyton Orient", "Middlesbrough", "Huddersfield Town",
                 "Harrogate Town", "Peterhead"],
        "dish": ["Eton mess", "Victoria sponge", "beef Wellington", "Yorkshire pudding", "Cullen skink",
                 "Arbroath smokies", "Bakewell tart", "Earl Grey", "Lancashire hotpot"],
        "honey": ["heather", "clover", "borage", "lime blossom", "wildflower"],
    },
    "fr": {
        "town": ["Liège", "Bayonne", "Saint-Jean-de-Luz", "Pointe-à-Pitre", "Metz", "Thionville", "Saint-Avold",
                 "Biarritz", "Montréal", "Sainte-Anne"],
        "day": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "month": ["janvier", "mars", "avril", "mai", "juin", "juillet", "août", "octobre", "novembre"],
        "feast": ["la Toussaint", "la Saint-Nicolas", "la Fête-Dieu", "la Mi-Carême", "le Têt", "la Tabaski",
                  "la Saint-Jean-Baptiste", "la Saint-Michel", "le 15 août", "Pâques"],
        "team": ["Standard de Liège", "FC Metz", "Aviron Bayonnais", "Biarritz Olympique", "CF Montréal",
                 "Canadiens de Montréal", "AS Nancy", "RFC Liège"],
        "dish": ["tarte Tatin", "crêpes Suzette", "madeleines de Commercy", "pommes Anna", "boulets à la liégeoise",
                 "gâteau basque", "poulet yassa", "bouchées à la reine", "mirabelles de Lorraine"],
        "honey": ["bruyère", "acacia", "châtaignier", "lavande", "tilleul"],
    },
    "it": {
        "town": ["Trieste", "Lecce", "Gallipoli", "Rimini", "Ravenna", "Trento", "Rovereto", "Campobasso", "Prato",
                 "Santa Maria di Leuca"],
        "day": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        "month": ["gennaio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "ottobre", "novembre"],
        "feast": ["San Giusto", "Sant'Oronzo", "Santa Lucia", "la Notte Rosa", "il Capodanno cinese", "San Vigilio",
                  "l'Epifania", "Ognissanti", "la festa dei Misteri", "il 2 giugno"],
        "team": ["Triestina", "Lecce", "Rimini", "Ravenna", "Trento", "Campobasso", "Prato", "Pallacanestro Trieste"],
        "dish": ["carpaccio", "bellini", "pasticciotto", "piadina", "jota", "presnitz", "cavatelli",
                 "spaghetti all'assassina", "strudel", "fettuccine Alfredo"],
        "honey": ["castagno", "acacia", "millefiori", "tiglio", "sulla"],
    },
    "es": {
        "town": ["Oviedo", "Gijón", "Donostia", "Bilbao", "Zaragoza", "Huesca", "Girona", "Figueres",
                 "San Sebastián", "Medellín"],
        "day": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        "month": ["enero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "octubre", "noviembre"],
        "feast": ["Santa Águeda", "el Pilar", "Sant Jordi", "San Mateo", "la Semana Grande", "el Corpus",
                  "San Juan", "Todos los Santos", "las Fiestas Patrias", "San Prudencio"],
        "team": ["Real Oviedo", "Sporting de Gijón", "Real Sociedad", "Athletic", "Real Zaragoza", "SD Huesca",
                 "Girona", "Colo-Colo", "Atlético Nacional", "Alianza Lima"],
        "dish": ["tarta de Santiago", "crema catalana", "bandeja paisa", "lomo saltado", "ternasco", "fabada",
                 "suspiro a la limeña", "cachopo", "pastel de choclo"],
        "honey": ["brezo", "azahar", "romero", "castaño", "milflores"],
    },
    "pt": {
        "town": ["Porto Alegre", "Caxias do Sul", "Salvador", "Manaus", "Vitória", "Vila Velha", "Amadora",
                 "Lisboa", "São Paulo", "Santo Amaro"],
        "day": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
        "month": ["janeiro", "março", "abril", "maio", "junho", "julho", "agosto", "outubro", "novembro"],
        "feast": ["o São João", "a Festa de Iemanjá", "a Lavagem do Bonfim", "o Festival de Parintins",
                  "a Festa da Uva", "o Dia de Finados", "o Carnaval", "a Páscoa", "o Natal", "o Corpus Christi"],
        "team": ["Grêmio", "Internacional", "Bahia", "Vitória", "Nacional", "Desportiva Ferroviária",
                 "Estrela da Amadora", "Corinthians", "Palmeiras"],
        "dish": ["bolo Souza Leão", "moqueca capixaba", "acarajé", "tacacá", "cuca", "quibe", "esfiha",
                 "romeu e julieta", "brigadeiro", "Maria-mole"],
        "honey": ["urze", "laranjeira", "eucalipto", "jataí", "silvestre"],
    },
    "de": {
        "town": ["Bautzen", "Cottbus", "Husum", "Wyk auf Föhr", "Graz", "Leoben", "Erfurt", "Jena", "Gelsenkirchen",
                 "Bottrop", "Sankt Peter-Ording", "Leipzig"],
        "day": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        "month": ["Januar", "März", "April", "Mai", "Juni", "Juli", "August", "Oktober", "November"],
        "feast": ["Vogelhochzeit", "Zampern", "Fasching", "Allerheiligen", "Fronleichnam", "Himmelfahrt",
                  "Barbaratag", "Tet", "Ostern", "Pfingsten"],
        "team": ["Energie Cottbus", "Schalke", "Sturm Graz", "Rot-Weiß Erfurt", "Carl Zeiss Jena", "VfB Stuttgart",
                 "RB Leipzig", "Husumer SV"],
        "dish": ["Fürst-Pückler-Eis", "Thüringer Klöße", "Bismarckhering", "Käsekrainer", "Wurzelfleisch",
                 "Gyros", "Phở", "Kaiserschmarrn", "Prinzregententorte", "Mozartkugeln"],
        "honey": ["Heide", "Raps", "Linden", "Wald", "Akazien"],
    },
}

# Makes and titles the same in every language, many of them named after people or places.
BRANDS: dict[str, list[str]] = {
    "grooming": ["Captain Fawcett", "Proraso", "Reuzel", "Layrite", "American Crew", "Uppercut Deluxe"],
    "car": ["Renault Zoe", "Toyota Yaris", "Peugeot 208", "Fiat Panda", "Opel Corsa", "Skoda Fabia", "VW Polo"],
    "boiler": ["Vaillant", "Viessmann", "Junkers", "Baxi", "Worcester Bosch", "Ariston"],
    "toothbrush": ["Oral-B", "Philips Sonicare", "Curaprox", "Elmex", "Sensodyne", "Colgate"],
    "physio": ["TheraBand", "Compex", "Kinesio", "Bauerfeind", "Blackroll"],
    "pizza": ["Margherita", "Capricciosa", "Diavola"],
    "pizza2": ["Quattro Stagioni", "Marinara", "Napoletana"],
    "sushi": ["California roll", "Philadelphia roll", "dragon roll", "uramaki", "temaki"],
    "japan": ["Asahi", "Kirin", "Sapporo"],
    "fabric": ["Harris Tweed", "Barbour", "Burberry", "Loro Piana", "Max Mara", "Hugo Boss", "Paul Smith"],
    "piano": ["Steinway", "Bösendorfer", "Pleyel", "Fazioli", "Kawai", "Grotrian-Steinweg"],
    "dive": ["Mares", "Scubapro", "Cressi", "Aqualung", "Suunto", "Garmin Descent"],
    "racket": ["Babolat Pure Drive", "Wilson Blade", "Yonex Ezone", "Prince", "Tecnifibre", "Slazenger"],
    "golf": ["Titleist Pro V1", "Callaway", "Ping", "TaylorMade", "Mizuno", "Cobra"],
    "film": ["Oppenheimer", "Barbie", "Napoleon", "Elvis", "Amélie", "Paddington", "Wonka", "Priscilla", "Maestro"],
    "beer": ["Guinness", "Leffe", "Duvel", "Westmalle", "Paulaner", "Franziskaner", "Peroni", "Estrella Galicia",
             "Super Bock", "Kwak", "Saint Feuillien", "Mort Subite"],
    "cider": ["Magners", "Thatchers", "Strongbow", "Aspall", "El Gaitero", "Possmann"],
    "chocolate": ["Valrhona", "Callebaut", "Neuhaus", "Leonidas", "Godiva", "Côte d'Or", "Venchi", "Amedei"],
    "mattress": ["Tempur", "Simba", "Emma", "Hypnos", "Sealy", "Dunlopillo"],
    "song": ["Sweet Caroline", "Valerie", "Come On Eileen", "Billie Jean", "Roxanne", "Layla", "Delilah",
             "Dancing Queen", "Mambo No. 5", "Mr. Brightside"],
    "courier": ["DPD", "GLS", "UPS", "DHL"],
    "courier2": ["Mondial Relay", "InPost", "Hermes", "Chronopost"],
    "tile": ["Porcelanosa", "Marazzi", "Villeroy & Boch", "Mapei", "Atlas Concorde", "Ragno"],
    "boat": ["Laser", "Topper", "RS Feva"],
    "boat2": ["Optimist", "Hobie Cat", "Mirror"],
    "bow": ["Hoyt", "Win&Win", "Easton", "Bear Archery", "Samick Sage"],
    "vintage": ["Levi's 501", "Dr. Martens", "Fred Perry", "Laura Ashley", "Yves Saint Laurent", "Pierre Cardin",
                "Lacoste"],
    "game": ["Catan", "Carcassonne", "Dixit", "Azul", "Wingspan"],
    "game2": ["Cluedo", "Ticket to Ride", "Pandemic", "Agricola"],
}

# No-PII shapes, the same situations in each language: {key} is a word of SHOP or BRANDS.
CLEAN: dict[str, list[str]] = {
    "en": [
        "do you stock {grooming} beard oil or just the pomade",
        "Is the {grooming} matte clay back in yet? the last tub ran out on {day}",
        "barbers closed on {day}? the sign said open till 6",
        "Do lessons use the {car} or can I book the manual one",
        "Is the intensive course in {month} still full? need to pass before uni",
        "our {boiler} combi is showing F28 again, how soon could you come out",
        "Do you fit {boiler} or only service them? quote for a swap in {month} please",
        "Are you open over {feast}? burst pipe in the kitchen 😩",
        "Is whitening cheaper if I buy the {toothbrush} kit from you",
        "do you take cards on {day} evenings or is it cash for the hygienist",
        "Bought a {physio} roller from you, which exercises for shin splints?",
        "Can I claim the {physio} taping sessions on my sports insurance",
        "Half price {pizza} on {day} still on?",
        "2 x {pizza}, one {pizza2}, garlic bread, collecting at 7 ✌️",
        "Do you do gluten free bases? a {pizza} and a {pizza2} please",
        "Can I get the {sushi} without cucumber? and 3 bottles of {japan}",
        "is the all you can eat the same price on {feast}",
        "How many boxes for a 3 bed in {town}? moving in {month}",
        "Do your vans go as far as {town} on a {day}",
        "can you clean a {fabric} wax jacket or does it need rewaxing",
        "Is a {fabric} coat ok in the machine or dry clean only",
        "How much to tune an old {piano} upright? it's gone a bit flat",
        "Do you move grand pianos too, a {piano} baby grand, ground floor",
        "Is the {dive} regulator on offer still available?",
        "Pool session {day} night, do I need my own {dive} mask",
        "can you restring a {racket} with a hybrid, 24 kg",
        "Are the courts floodlit on {day}? thinking of booking after work",
        "Do you sell Titleist balls in the pro shop or just {golf}",
        "Is the course open on {feast} or members only",
        "Are you showing {film} again in {month}?",
        "2 adults 1 child for {film} on {day}, is it the 3D one",
        "Do you still have {honey} honey from {town} this year or has it sold out",
        "Is your {honey} honey raw? they say local is better for hay fever",
        "What's on tap this weekend? any {beer} or all your own brews",
        "Have you got {cider} zero for the designated driver 😂",
        "Do you use {chocolate} for the ganache? my sister is vegan",
        "Egg box for {feast}, the dark one with {chocolate}, is it ready",
        "Is the {mattress} in the showroom the medium or the firm",
        "Do you deliver {mattress} mattresses to {town} on a {day}",
        "Can you play {song} as the last song? the whole family loves it",
        "Please no {song}, we've heard it at every wedding this year 🙈",
        "Does the {courier} van pick up here or do I drop at the depot in {town}",
        "is it cheaper to send by {courier} or {courier2} to Spain",
        "Do you lay {tile} large format or only metro tiles",
        "Got {tile} adhesive left over, do you want it for free",
        "Kids course in a {boat} or a {boat2}, which is better for a beginner",
        "Is the club open on {feast}? we'd like to take the {boat} out",
        "Is the {bow} recurve in the window for hire or for sale",
        "archery {day} morning, is it indoors if it rains?",
        "Have you got any {vintage} in a size 12",
        "Looking for a {vintage} jacket, 80s, any colour",
        "Is {game} free on {day} night or is it always taken",
        "Which is better for 6 players, {game} or {game2}",
        "Thank you so much, see you in {month} 🙏",
        "Are you open on {feast} or back on the {day} after",
        "Happy {feast} to the whole team 🎉",
        "Will you show the {team} match on the big screen on {day}?",
        "Is {dish} on the breakfast menu every day or only on {day}",
    ],
    "fr": [
        "vous avez de l'huile à barbe {grooming} ou juste la pommade",
        "La cire mate {grooming} est revenue ? le dernier pot est parti {day}",
        "le barbier est fermé {day} ? la pancarte disait ouvert jusqu'à 18h",
        "Les leçons se font sur la {car} ou je peux réserver la manuelle",
        "Le stage accéléré de {month} est complet ? je dois l'avoir avant la fac",
        "notre chaudière {boiler} affiche F28 encore, vous pouvez passer quand",
        "Vous posez des {boiler} ou seulement l'entretien ? devis pour un remplacement en {month} svp",
        "Vous êtes ouverts pendant {feast} ? tuyau éclaté dans la cuisine 😩",
        "Le blanchiment est moins cher si je prends le kit {toothbrush} chez vous",
        "vous prenez la carte le {day} soir ou c'est en espèces pour l'hygiéniste",
        "J'ai acheté un rouleau {physio} chez vous, quels exercices pour la périostite ?",
        "Les séances de strapping {physio} sont remboursées par ma mutuelle sport",
        "La {pizza} à moitié prix le {day} c'est toujours d'actualité ?",
        "2 x {pizza}, une {pizza2}, pain à l'ail, je passe à 19h ✌️",
        "Vous faites des pâtes sans gluten ? une {pizza} et une {pizza2} svp",
        "Je peux avoir le {sushi} sans concombre ? et 3 bouteilles de {japan}",
        "le buffet à volonté est au même prix pour {feast}",
        "Combien de cartons pour un T4 à {town} ? on déménage en {month}",
        "Vos camions vont jusqu'à {town} un {day}",
        "vous nettoyez les vestes cirées {fabric} ou il faut les recirer",
        "Un manteau {fabric} ça passe en machine ou pressing seulement",
        "Combien pour accorder un vieux droit {piano} ? il est un peu bas",
        "Vous déménagez aussi les pianos à queue, un crapaud {piano}, rez-de-chaussée",
        "Le détendeur {dive} en promo est encore dispo ?",
        "Séance piscine {day} soir, il me faut mon propre masque {dive}",
        "vous pouvez recorder une {racket} en hybride, 24 kg",
        "Les courts sont éclairés le {day} ? je pensais réserver après le boulot",
        "Vous vendez des balles Titleist au pro shop ou seulement {golf}",
        "Le parcours est ouvert pour {feast} ou réservé aux membres",
        "Vous repassez {film} en {month} ?",
        "2 adultes 1 enfant pour {film} {day}, c'est la version 3D",
        "Vous avez encore du miel de {honey} de {town} cette année ou c'est épuisé",
        "Votre miel de {honey} est cru ? on dit que le local c'est mieux pour le rhume des foins",
        "Qu'est-ce qu'il y a à la pression ce week-end ? de la {beer} ou que vos bières",
        "Vous avez du {cider} sans alcool pour le conducteur 😂",
        "Vous utilisez du {chocolate} pour la ganache ? ma sœur est vegan",
        "La boîte d'œufs pour {feast}, le noir au {chocolate}, il est prêt",
        "Le matelas {mattress} du magasin c'est le mi-ferme ou le ferme",
        "Vous livrez les matelas {mattress} à {town} le {day}",
        "Vous pouvez passer {song} en dernière chanson ? toute la famille l'adore",
        "Pas de {song} svp, on l'a entendue à tous les mariages cette année 🙈",
        "Le camion {courier} passe ici ou je dépose au dépôt de {town}",
        "c'est moins cher d'envoyer en {courier} ou en {courier2} pour l'Espagne",
        "Vous posez du {tile} grand format ou seulement du métro",
        "Il me reste de la colle {tile}, vous la voulez gratuitement",
        "Stage enfants en {boat} ou en {boat2}, c'est quoi le mieux pour débuter",
        "Le club est ouvert pour {feast} ? on voudrait sortir le {boat}",
        "L'arc classique {bow} en vitrine est à louer ou à vendre",
        "tir à l'arc {day} matin, c'est en salle s'il pleut ?",
        "Vous avez du {vintage} en 38",
        "Je cherche une veste {vintage}, années 80, n'importe quelle couleur",
        "{game} est libre {day} soir ou il est toujours pris",
        "C'est quoi le mieux à 6 joueurs, {game} ou {game2}",
        "Merci beaucoup, à bientôt en {month} 🙏",
        "Vous êtes ouverts pour {feast} ou vous rouvrez le {day} d'après",
        "Belle journée pour {feast} à toute l'équipe 🎉",
        "Vous passez le match {team} sur grand écran ce {day} ?",
        "Il y a {dish} au menu tous les jours ou seulement le {day} ?",
    ],
    "it": [
        "avete l'olio da barba {grooming} o solo la pomata",
        "È tornata la cera opaca {grooming}? l'ultimo barattolo è finito {day}",
        "il barbiere è chiuso {day}? il cartello diceva aperto fino alle 18",
        "Le guide si fanno con la {car} o posso prenotare quella col cambio manuale",
        "Il corso intensivo di {month} è pieno? devo prendere la patente prima dell'università",
        "la nostra caldaia {boiler} dà di nuovo F28, quando potete passare",
        "Installate {boiler} o fate solo la manutenzione? preventivo per una sostituzione a {month} grazie",
        "Siete aperti per {feast}? tubo scoppiato in cucina 😩",
        "Lo sbiancamento costa meno se prendo il kit {toothbrush} da voi",
        "accettate la carta {day} sera o per l'igienista solo contanti",
        "Ho comprato un rullo {physio} da voi, che esercizi per la periostite?",
        "Le sedute di taping {physio} me le rimborsa l'assicurazione sportiva",
        "La {pizza} a metà prezzo il {day} vale ancora?",
        "2 x {pizza}, una {pizza2}, pane all'aglio, ritiro alle 19 ✌️",
        "Fate impasti senza glutine? una {pizza} e una {pizza2} per favore",
        "Posso avere il {sushi} senza cetriolo? e 3 bottiglie di {japan}",
        "l'all you can eat costa uguale per {feast}",
        "Quanti scatoloni per un quadrilocale a {town}? traslochiamo a {month}",
        "I vostri furgoni arrivano fino a {town} di {day}",
        "pulite le giacche cerate {fabric} o vanno ricerate",
        "Un cappotto {fabric} si può lavare in lavatrice o solo a secco",
        "Quanto costa accordare un vecchio verticale {piano}? è un po' calante",
        "Spostate anche i pianoforti a coda, un mezza coda {piano}, piano terra",
        "L'erogatore {dive} in offerta è ancora disponibile?",
        "Uscita in piscina {day} sera, mi serve la mia maschera {dive}",
        "potete incordare una {racket} in ibrido, 24 kg",
        "I campi sono illuminati il {day}? pensavo di prenotare dopo il lavoro",
        "Vendete palline Titleist nel pro shop o solo {golf}",
        "Il percorso è aperto per {feast} o solo soci",
        "Ridate {film} a {month}?",
        "2 adulti 1 bambino per {film} {day}, è la versione 3D",
        "Avete ancora miele di {honey} di {town} quest'anno o è finito",
        "Il vostro miele di {honey} è crudo? dicono che quello locale aiuti con l'allergia",
        "Cosa avete alla spina questo weekend? c'è la {beer} o solo le vostre",
        "Avete il {cider} analcolico per chi guida 😂",
        "Usate {chocolate} per la ganache? mia sorella è vegana",
        "L'uovo per {feast}, quello fondente {chocolate}, è pronto",
        "Il materasso {mattress} in negozio è il medio o il rigido",
        "Consegnate i materassi {mattress} a {town} il {day}",
        "Potete mettere {song} come ultima canzone? piace a tutta la famiglia",
        "Niente {song} per favore, l'abbiamo sentita a tutti i matrimoni quest'anno 🙈",
        "Il furgone {courier} ritira qui o devo portarlo al deposito di {town}",
        "costa meno spedire con {courier} o con {courier2} per la Spagna",
        "Posate {tile} grande formato o solo piastrelle diamantate",
        "Mi è avanzato collante {tile}, lo volete gratis",
        "Corso per bambini su {boat} o su {boat2}, cosa è meglio per iniziare",
        "Il circolo è aperto per {feast}? vorremmo uscire col {boat}",
        "L'arco olimpico {bow} in vetrina è a noleggio o in vendita",
        "tiro con l'arco {day} mattina, se piove si fa al coperto?",
        "Avete qualcosa di {vintage} in una 42",
        "Cerco una giacca {vintage}, anni 80, qualsiasi colore",
        "{game} è libero {day} sera o è sempre preso",
        "Cosa è meglio in 6, {game} o {game2}",
        "Grazie mille, ci vediamo a {month} 🙏",
        "Siete aperti per {feast} o riaprite il {day} dopo",
        "Buona festa per {feast} a tutto lo staff 🎉",
        "Fate vedere la partita del {team} sul maxischermo {day}?",
        "C'è {dish} nel menu tutti i giorni o solo il {day}",
    ],
    "es": [
        "tenéis aceite de barba {grooming} o solo la pomada",
        "Ha vuelto la cera mate {grooming}? el último bote se acabó el {day}",
        "la barbería cierra el {day}? el cartel ponía abierto hasta las 6",
        "Las clases son con el {car} o puedo reservar el manual",
        "El intensivo de {month} está lleno? tengo que sacarlo antes de la uni",
        "nuestra caldera {boiler} vuelve a dar el F28, cuándo podéis venir",
        "Instaláis {boiler} o solo hacéis mantenimiento? presupuesto para cambiarla en {month} porfa",
        "Abrís en {feast}? se ha reventado una tubería en la cocina 😩",
        "El blanqueamiento sale más barato si compro el kit {toothbrush} con vosotros",
        "aceptáis tarjeta el {day} por la tarde o la higienista es solo en efectivo",
        "Os compré un rodillo {physio}, qué ejercicios para la periostitis?",
        "Las sesiones de vendaje {physio} me las cubre el seguro deportivo",
        "La {pizza} a mitad de precio el {day} sigue en pie?",
        "2 x {pizza}, una {pizza2}, pan de ajo, recojo a las 7 ✌️",
        "Tenéis masa sin gluten? una {pizza} y una {pizza2} por favor",
        "Me ponéis el {sushi} sin pepino? y 3 botellas de {japan}",
        "el buffet libre cuesta lo mismo en {feast}",
        "Cuántas cajas para un piso de 3 habitaciones en {town}? nos mudamos en {month}",
        "Vuestras furgonetas llegan hasta {town} un {day}",
        "limpiáis chaquetas enceradas {fabric} o hay que volver a encerarlas",
        "Un abrigo {fabric} se puede meter en la lavadora o solo en seco",
        "Cuánto cuesta afinar un piano vertical {piano} viejo? está algo bajo",
        "Lleváis también pianos de cola, un colín {piano}, planta baja",
        "El regulador {dive} de oferta sigue disponible?",
        "Sesión de piscina el {day} por la noche, necesito mi propia máscara {dive}",
        "podéis encordar una {racket} en híbrido, 24 kg",
        "Las pistas tienen luz el {day}? pensaba reservar después del trabajo",
        "Vendéis bolas Titleist en la tienda del club o solo {golf}",
        "El campo abre en {feast} o solo para socios",
        "Volvéis a poner {film} en {month}?",
        "2 adultos 1 niño para {film} el {day}, es la versión 3D",
        "Os queda miel de {honey} de {town} este año o se ha agotado",
        "Vuestra miel de {honey} es cruda? dicen que la local va mejor para la alergia",
        "Qué tenéis de barril este finde? hay {beer} o solo las vuestras",
        "Tenéis {cider} sin alcohol para el que conduce 😂",
        "Usáis {chocolate} para la ganache? mi hermana es vegana",
        "La caja de huevos para {feast}, el negro de {chocolate}, está lista",
        "El colchón {mattress} de la tienda es el medio o el firme",
        "Lleváis colchones {mattress} a {town} el {day}",
        "Podéis poner {song} como última canción? le encanta a toda la familia",
        "Nada de {song} por favor, la hemos oído en todas las bodas este año 🙈",
        "La furgo de {courier} recoge aquí o lo dejo en la nave de {town}",
        "sale más barato mandarlo por {courier} o por {courier2} a Francia",
        "Ponéis {tile} de gran formato o solo azulejo metro",
        "Me ha sobrado cemento cola {tile}, lo queréis gratis",
        "Curso infantil en {boat} o en {boat2}, qué es mejor para empezar",
        "El club abre en {feast}? queremos sacar el {boat}",
        "El arco recurvo {bow} del escaparate es de alquiler o de venta",
        "tiro con arco el {day} por la mañana, si llueve es bajo techo?",
        "Tenéis algo de {vintage} en una 40",
        "Busco una chaqueta {vintage}, de los 80, cualquier color",
        "El {game} está libre el {day} por la noche o siempre está cogido",
        "Qué es mejor para 6, {game} o {game2}",
        "Muchísimas gracias, nos vemos en {month} 🙏",
        "Abrís en {feast} o volvéis el {day} siguiente",
        "Felices fiestas a todo el equipo, disfrutad {feast} 🎉",
        "Vais a poner el partido del {team} en pantalla grande el {day}?",
        "Hay {dish} en la carta todos los días o solo el {day}",
    ],
    "pt": [
        "vocês têm óleo de barba {grooming} ou só a pomada",
        "A cera mate {grooming} já voltou? o último pote acabou na {day}",
        "a barbearia fecha na {day}? a placa dizia aberto até às 18h",
        "As aulas são no {car} ou posso marcar o manual",
        "O intensivo de {month} está cheio? tenho de tirar a carta antes da faculdade",
        "a nossa caldeira {boiler} está outra vez com o F28, quando podem vir",
        "Vocês instalam {boiler} ou só fazem manutenção? orçamento para trocar em {month} pfv",
        "Estão abertos durante {feast}? rebentou um cano na cozinha 😩",
        "O clareamento fica mais barato se eu comprar o kit {toothbrush} com vocês",
        "aceitam cartão na {day} à noite ou a higienista é só dinheiro",
        "Comprei um rolo {physio} com vocês, que exercícios para canelite?",
        "As sessões de bandagem {physio} o seguro desportivo cobre",
        "A {pizza} a metade do preço na {day} ainda vale?",
        "2 x {pizza}, uma {pizza2}, pão de alho, busco às 19h ✌️",
        "Têm massa sem glúten? uma {pizza} e uma {pizza2} por favor",
        "Pode ser o {sushi} sem pepino? e 3 garrafas de {japan}",
        "o rodízio custa o mesmo durante {feast}",
        "Quantas caixas para um T3 em {town}? mudamos em {month}",
        "As vossas carrinhas vão até {town} numa {day}",
        "limpam casacos encerados {fabric} ou têm de ser encerados de novo",
        "Um sobretudo {fabric} pode ir à máquina ou só lavagem a seco",
        "Quanto custa afinar um piano vertical {piano} antigo? está um pouco baixo",
        "Também transportam pianos de cauda, um meia cauda {piano}, rés-do-chão",
        "O regulador {dive} em promoção ainda está disponível?",
        "Sessão de piscina na {day} à noite, preciso da minha máscara {dive}",
        "podem encordoar uma {racket} em híbrido, 24 kg",
        "Os courts têm luz na {day}? pensava reservar depois do trabalho",
        "Vendem bolas Titleist na loja do clube ou só {golf}",
        "O campo está aberto durante {feast} ou só para sócios",
        "Vão voltar a passar {film} em {month}?",
        "2 adultos 1 criança para {film} na {day}, é a versão 3D",
        "Ainda têm mel de {honey} de {town} este ano ou esgotou",
        "O vosso mel de {honey} é cru? dizem que o local é melhor para a alergia",
        "O que têm de pressão este fim de semana? tem {beer} ou só as vossas",
        "Têm {cider} sem álcool para quem conduz 😂",
        "Usam {chocolate} na ganache? a minha irmã é vegana",
        "O ovo para {feast}, o preto de {chocolate}, já está pronto",
        "O colchão {mattress} da loja é o médio ou o firme",
        "Entregam colchões {mattress} em {town} na {day}",
        "Podem pôr {song} como última música? a família toda adora",
        "Nada de {song} por favor, ouvimos em todos os casamentos este ano 🙈",
        "A carrinha da {courier} recolhe aqui ou deixo no armazém de {town}",
        "fica mais barato enviar pela {courier} ou pela {courier2} para Espanha",
        "Assentam {tile} de grande formato ou só azulejo metro",
        "Sobrou-me cola {tile}, querem de graça",
        "Curso infantil em {boat} ou em {boat2}, o que é melhor para começar",
        "O clube abre durante {feast}? queríamos levar o {boat}",
        "O arco recurvo {bow} da montra é para alugar ou vender",
        "tiro com arco na {day} de manhã, se chover é coberto?",
        "Têm alguma coisa {vintage} no tamanho 40",
        "Procuro um casaco {vintage}, anos 80, qualquer cor",
        "O {game} está livre na {day} à noite ou está sempre ocupado",
        "O que é melhor para 6, {game} ou {game2}",
        "Muito obrigada, até {month} 🙏",
        "Abrem durante {feast} ou voltam na {day} a seguir",
        "Felicidades para toda a equipa durante {feast} 🎉",
        "Vão passar o jogo do {team} no telão na {day}?",
        "Tem {dish} no cardápio todos os dias ou só na {day}",
    ],
    "de": [
        "habt ihr {grooming} Bartöl oder nur die Pomade",
        "Ist die matte Paste von {grooming} wieder da? die letzte Dose war am {day} weg",
        "ist der Barbier am {day} zu? auf dem Schild stand bis 18 Uhr offen",
        "Fahrt ihr in den Stunden den {car} oder kann ich den Schalter buchen",
        "Ist der Intensivkurs im {month} schon voll? muss vor dem Studium bestehen",
        "unsere {boiler} Therme zeigt wieder F28, wann könnt ihr vorbeikommen",
        "Baut ihr {boiler} ein oder nur Wartung? Angebot für einen Tausch im {month} bitte",
        "Habt ihr über {feast} offen? Rohrbruch in der Küche 😩",
        "Ist das Bleaching günstiger wenn ich das {toothbrush} Set bei euch kaufe",
        "nehmt ihr am {day} abends Karte oder bei der Prophylaxe nur bar",
        "Hab bei euch eine {physio} Rolle gekauft, welche Übungen bei Schienbeinkantensyndrom?",
        "Übernimmt meine Sportversicherung die {physio} Tape-Termine",
        "Gilt die {pizza} zum halben Preis am {day} noch?",
        "2 x {pizza}, eine {pizza2}, Knoblauchbrot, hole um 19 Uhr ab ✌️",
        "Habt ihr glutenfreien Teig? eine {pizza} und eine {pizza2} bitte",
        "Kann ich die {sushi} ohne Gurke haben? und 3 Flaschen {japan}",
        "kostet das All-you-can-eat an {feast} gleich viel",
        "Wie viele Kartons für 4 Zimmer in {town}? wir ziehen im {month} um",
        "Fahren eure Transporter an einem {day} bis {town}",
        "reinigt ihr gewachste Jacken von {fabric} oder müssen die neu gewachst werden",
        "Darf ein {fabric} Mantel in die Maschine oder nur chemische Reinigung",
        "Was kostet das Stimmen von einem alten {piano} Klavier? es ist etwas zu tief",
        "Transportiert ihr auch Flügel, einen {piano} Stutzflügel, Erdgeschoss",
        "Ist der {dive} Atemregler im Angebot noch da?",
        "Schwimmbadtraining am {day} abends, brauche ich eine eigene {dive} Maske",
        "könnt ihr einen {racket} hybrid bespannen, 24 kg",
        "Haben die Plätze am {day} Flutlicht? würde nach der Arbeit buchen",
        "Verkauft ihr im Proshop Titleist Bälle oder nur {golf}",
        "Ist der Platz an {feast} offen oder nur für Mitglieder",
        "Zeigt ihr {film} im {month} nochmal?",
        "2 Erwachsene 1 Kind für {film} am {day}, ist das die 3D-Fassung",
        "Habt ihr dieses Jahr noch {honey}honig aus {town} oder ist der aus",
        "Ist euer {honey}honig roh? regionaler soll ja besser gegen Heuschnupfen sein",
        "Was gibt es am Wochenende vom Fass? {beer} oder nur eure eigenen",
        "Habt ihr {cider} alkoholfrei für den Fahrer 😂",
        "Nehmt ihr {chocolate} für die Ganache? meine Schwester ist vegan",
        "Die Eierbox für {feast}, die dunkle mit {chocolate}, ist die fertig",
        "Ist die {mattress} Matratze im Laden die mittlere oder die feste",
        "Liefert ihr {mattress} Matratzen am {day} nach {town}",
        "Könnt ihr {song} als letztes Lied spielen? die ganze Familie liebt es",
        "Bitte kein {song}, das lief dieses Jahr auf jeder Hochzeit 🙈",
        "Holt der {courier} Wagen hier ab oder bring ich es ins Depot in {town}",
        "ist es billiger mit {courier} oder mit {courier2} nach Österreich",
        "Verlegt ihr {tile} Großformat oder nur Metrofliesen",
        "Hab noch {tile} Fliesenkleber übrig, wollt ihr den umsonst",
        "Kinderkurs im {boat} oder im {boat2}, was ist besser für Anfänger",
        "Hat der Club an {feast} offen? wir würden gern den {boat} rausholen",
        "Ist der {bow} Recurve im Schaufenster zum Leihen oder zum Kaufen",
        "Bogenschießen am {day} morgens, bei Regen in der Halle?",
        "Habt ihr was von {vintage} in Größe 38",
        "Suche eine {vintage} Jacke, 80er, egal welche Farbe",
        "Ist {game} am {day} abends frei oder immer weg",
        "Was ist besser zu sechst, {game} oder {game2}",
        "Vielen lieben Dank, bis im {month} 🙏",
        "Habt ihr an {feast} offen oder erst wieder am {day} danach",
        "Frohe Feiertage zu {feast} an das ganze Team 🎉",
        "Zeigt ihr das Spiel von {team} am {day} auf der Leinwand?",
        "Gibt es {dish} jeden Tag auf der Karte oder nur am {day}",
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
        return f"{last.upper() if rng.random() < 0.5 else last} {given}"  # "DUTHIE Elspeth" as on a form
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
    )

    modules = (names_heldout, names_heldout2, names_heldout3, names_heldout4, names_heldout5, names_heldout6,
               names_heldout7, names_heldout8, names_heldout9, names_heldout10, names_heldout11,
               names_heldout12, names_heldout13, names_heldout14, names_heldout15, names_heldout16,
               names_heldout17, names_heldout18, names_heldout19)  # fmt: skip
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
