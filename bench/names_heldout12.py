"""A twelfth held-out set for person names and no-PII commerce chat, frozen before its first run.

Why a twelfth set: the eleventh (`bench.names_heldout11`) has been run and rounds of rules were
written after it, so final figures need a set that neither the rules nor the people tuning them
have seen. This one was written on 2026-12-06 by an independent author (a helper session started
for this alone) who had not read Veil's rule code (`recognizers/`, `proxy/detection/`), its data
files (`recognizers/data/`, `bench/data/` but one line), the tune sets (`bench/*tune*.py`), any
held-out or retired set's messages or templates, any miss list, `/tmp/agg/`, nor
`docs/detection.md` and `docs/detection-rounds.md`, and who never ran Veil on it. Read were:
`bench.names_heldout11`'s docstring, constants and functions (`_bare` to `main`) for the
interface (by overrunning, also the first lines of its first name group, whose origin its
docstring already lists; nothing of it is used here), the docstrings of `bench.names_heldout8`
to `bench.names_heldout10` (only to keep off their origin groups, businesses and situations),
one line of heldout11's data file for the format, `bench.names_heldout` (`Example`, `_fill`,
`load`, `freeze_cli`, `dumps`, `fingerprint`), `tests/bench/test_names_heldout_sets.py`, and the
`SETS` dict and docstring of `bench.names`. `build()` compares this set's names with every
earlier held-out set's (`heldout` to `heldout11`) only by program, to leave out any given name
and surname pair one of them has, either way round; their messages and names were never printed
or read:

- names are typed here from knowledge of each country's naming, in groups by origin that no
  earlier set's docstring lists, a given name going with a surname of its own origin (Yoruba
  Nigerian, Sylheti Bangladeshi-British, Polish-British, Greek-Australian, Ukrainian-Canadian,
  Zulu South African, Malayali (Kerala Christian) in en; Malian, Moroccan-French,
  Turkish-French, Wenzhou Chinese-French, Basque of Iparralde, Auvergnat and Aveyronnais,
  Tahitian, Polish-French of the mining north in fr; Piedmontese, Romagnolo, Marchigiano,
  Lucanian, Valdostan, Senegalese-Italian, Punjabi Sikh-Italian, Edo Nigerian-Italian in it;
  Honduran, Nicaraguan, Costa Rican, Mallorcan, Extremaduran, Gitano, Navarrese,
  Pakistani-Catalan in es; Beirão, Paulista, Ukrainian-Portuguese, Polish-Brazilian,
  Gujarati-Portuguese of Lisbon, Goiano, Manauara, Qingtian Chinese-Portuguese in pt; Swabian,
  Franconian, Westphalian, Kosovo-Albanian German, Korean-German, Spanish-German, Transylvanian
  Saxon, Ukrainian-German in de); surnames of two words or with particles ("El Fassi", "Di
  Lorenzo", "Schulze Althoff", "Große Wöstmann"), surnames that are words, brands, places or
  given names elsewhere ("Islam", "Bello", "Thomas", "George", "Zulu", "Król", "Salmon",
  "Bidart", "Demir", "Kaya", "Koç", "Rosso", "Boero", "Cerise", "Summa", "Fall", "Mann",
  "Sevilla", "Real", "Company", "Oliver", "Cordero", "Santiago", "Butt", "Pais", "Bueno",
  "Toledo", "Moroz", "Peixoto", "Dorsch", "Binder", "Park", "Song", "Jung", "Voß"), given names
  that are words or read as another sex ("Comfort", "Precious", "Lucky", "Prince", "Con",
  "Tiare", "Moana", "Hinano", "Primo", "Libero", "Quinto", "Vita", "Happiness", "Minor",
  "Francis" for a Nicaraguan woman, "Montaña", "Salud", "Puy", "Camino", "Graça", "Socorro",
  "Divino", "Drita", "Mercedes"); each group has short forms used with a surname ("Tunde",
  "Krzysiek", "Sbu", "Bakus", "Momo", "Pantxo", "Mimile", "Censin", "Rocchino", "Chepe",
  "Tomeu", "Fermintxo", "Zezé", "Bira", "Gottl", "Misch", "Chus") and adopted names ("Steve",
  "Bill", "Kevin", "Sophie", "Tony", "Godwin", "Tiago", "Rita", "Sabine", "Daniel"); names come
  as given name and surname, given name alone, surname alone, surname first as on a form, with
  an initial, with two surnames, with accents dropped, in lower case and in capitals;
- 59 message shapes a language, each written as a customer types on WhatsApp to a notary, a
  piano teacher, a pet groomer, a garden centre, a pest control firm, a solar installer, a
  climbing wall, an accountant, a ski school, a music shop, a chimney sweep, an upholsterer, a
  cattery, an escape room, a karting track, a phone repair shop, a watch repairer, a cobbler, a
  roofer, an electrician, a glazier, a tree surgeon, a farm shop, a butcher, an ice cream
  parlour, a dance school, a campsite, a storage unit firm, a skip hire, a yoga studio, a coach
  tour operator, a hardware store and a kitchen fitter (typos, missing stops, emoji, a
  voice-to-text run-on of about 50 words, mixed case), names at the start, in the middle and at
  the end: sellers and a buyer at a deed signing, a co-owner signing a solar contract, a late
  father's tax papers, a lodger or flatmate letting a tradesman in, a spare-key holder, a lead
  player and a team for an escape room, an invoice for the attention of a husband's firm, a
  watch engraved in capitals, a landlord and a tenant, a mother-in-law's window, a neighbour's
  overhanging tree or driveway, an ex-partner still holding a storage key, a class cover, a
  dance recital's costume list, a power of attorney for an aunt, a loan from a friend, a
  delivery driver praised to his manager, a birthday boy's certificate, a collection for a
  teacher, a till error owned up to, a child's name spelled wrong on a list, a quoted message,
  a forwarded note and a signature; about 7 % of messages wholly in lower case and about 3 %
  wholly in capitals; at least 320 gold names a language;
- 158 no-PII messages a language from 44 shapes, written the same way to the same kinds of
  business: phones, cars, films and series, brands (some of them surnames or given names
  elsewhere: "Fender", "Marshall", "Gibson", "Hoover", "Dyson", "Salomon", "Husqvarna",
  "Ercol", "Farrow & Ball", "Boero", "Frau", "Leroy Merlin"), branches in towns, shops named
  after streets ("Bold Street", "cours Mirabeau", "corso Vittorio Emanuele", "calle Estafeta",
  "Avenida Paulista", "Königstraße"), teams, dishes (some named after people: "Peach Melba",
  "Beef Wellington", "crêpes Suzette", "tournedos Rossini", "pizza Margherita", "huevos
  Benedict", "bife à Marrare", "Fürst-Pückler-Eis"), feasts and saints' days as dates ("Burns
  Night", "la Sainte-Barbe", "Sant'Orso", "San Fermín", "Sant Antoni", "São Martinho",
  "Kiliani"), weekdays, months, everyday thanks. No private person is in them, and no
  customer's home address.

Gold spans are offsets computed by `_fill` while the text is built, never typed by hand; a
title, a kinship word or an article before a name stays outside its span.
`python -m bench.names_heldout12 --write` wrote the file once; it was committed and landed on
main before Veil ran on it. `load()` refuses `bench/data/names_heldout12.jsonl` when its
SHA-256 differs from `FINGERPRINT`. Nothing is tuned on it; it is run to report figures, and
its individual misses are not printed or read.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

from bench.names_heldout import Example, freeze_cli
from bench.names_heldout import load as _load

PATH = Path(__file__).resolve().parent / "data" / "names_heldout12.jsonl"
FINGERPRINT = "73f5cee459e6fc66"
SEED = 20261206_12
NAMES_PER_LANGUAGE = 320
CLEAN_PER_LANGUAGE = 158
LOWER_SHARE = 0.07
CAPS_SHARE = 0.03
_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i", "İ": "I"})

# fmt: off
# Per language, groups of people by origin: (women's given names, men's given names, surnames,
# short or adopted forms used with a surname). Slots: {full} given name and surname; {first}
# given name; {last} surname; {rev} surname then given name, as on a form; {dbl} a given name and
# two surnames (es, pt side by side, the others hyphenated); {nick} a short form and a surname;
# {init} an initial and a surname; {bare} a full name with accents dropped; {low} one in lower
# case; {caps} one in capitals; ":f" / ":m" where the message says whether it is a woman or a man.
PEOPLE: dict[str, list[tuple[list[str], list[str], list[str], list[str]]]] = {
    "en": [
        (["Bisola", "Funmilayo", "Adunni", "Temitope", "Yewande", "Bukola", "Comfort"],
         ["Babatunde", "Olumide", "Oluwaseun", "Adebayo", "Kayode", "Femi", "Segun"],
         ["Adeyemi", "Ogunleye", "Olawale", "Adeleke", "Bello", "Ojo", "Akinola", "Balogun", "Ogundipe"],
         ["Tunde", "Seun", "Bayo", "Tope", "Funmi"]),
        (["Rumana", "Shirin", "Nazia", "Tahmina", "Sultana", "Rehana", "Shapla"],
         ["Abdul", "Shahid", "Mizanur", "Jamal", "Rafiq", "Anwar", "Habib"],
         ["Miah", "Uddin", "Choudhury", "Rahman", "Islam", "Hussain", "Ali", "Begum"],
         ["Mizan", "Raf", "Shah", "Ruma"]),
        (["Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Zofia", "Dorota"],
         ["Krzysztof", "Łukasz", "Paweł", "Tomasz", "Grzegorz", "Wojciech"],
         ["Nowak", "Kowal", "Król", "Wójcik", "Mazur", "Krawczyk", "Zając", "Sikora", "Baran"],
         ["Gosia", "Kasia", "Krzysiek", "Tomek", "Wojtek"]),
        (["Eleni", "Despina", "Voula", "Chrysoula", "Stavroula", "Katerina"],
         ["Con", "Stavros", "Dimitrios", "Spiros", "Yiannis", "Angelo"],
         ["Papadopoulos", "Kyriakou", "Christodoulou", "Pappas", "Karagiannis", "Vlahos", "Andreou", "Mavros"],
         ["Jim", "Tasso", "Dimi", "Steve", "Connie"]),
        (["Oksana", "Natalka", "Halyna", "Marusia", "Lesia", "Olenka"],
         ["Taras", "Bohdan", "Mykola", "Wasyl", "Petro", "Orest"],
         ["Kowalchuk", "Melnyk", "Boychuk", "Sawchuk", "Hnatiuk", "Yaremko", "Holub", "Kuzyk", "Shewchuk"],
         ["Bill", "Pete", "Nat", "Steff"]),
        (["Nomvula", "Thandiwe", "Zanele", "Lindiwe", "Nokuthula", "Sibongile", "Precious"],
         ["Sipho", "Thabo", "Bongani", "Mandla", "Sibusiso", "Themba", "Lucky"],
         ["Dlamini", "Khumalo", "Ngcobo", "Zulu", "Mkhize", "Zungu", "Shezi", "Gumede", "Buthelezi", "Cele"],
         ["Sbu", "Thandi", "Bongs", "Zee"]),
        (["Ancy", "Bincy", "Jincy", "Soumya", "Reshma", "Lincy", "Mariamma"],
         ["Jomon", "Shibu", "Biju", "Anish", "Jijo", "Thomaskutty", "Prince"],
         ["Kurian", "Varghese", "Thomas", "Mathew", "George", "Jacob", "Chacko", "Philip", "Cherian", "Joseph"],
         ["Kunju", "Babu", "Tomy", "Sunny"]),
    ],
    "fr": [
        (["Aminata", "Fatoumata", "Kadiatou", "Oumou", "Mariam", "Assitan", "Djénéba"],
         ["Moussa", "Seydou", "Bakary", "Mamadou", "Adama", "Souleymane", "Boubacar"],
         ["Keïta", "Traoré", "Coulibaly", "Diarra", "Konaté", "Sissoko", "Doumbia", "Dembélé", "Sacko", "Kanté"],
         ["Bakus", "Ami", "Fanta", "Sékou", "Zou"]),
        (["Khadija", "Naïma", "Fatima-Zahra", "Samira", "Rachida", "Yasmine", "Ghita"],
         ["Abdelkader", "Rachid", "Youssef", "Hicham", "Driss", "Mehdi", "Abdelilah"],
         ["El Fassi", "Benjelloun", "Bennani", "Alaoui", "Tazi", "Berrada", "Chraïbi", "Ouazzani", "Lahlou"],
         ["Momo", "Rach", "Youss", "Dédé"]),
        (["Ayşe", "Elif", "Zeynep", "Esra", "Büşra", "Merve", "Hatice"],
         ["Mehmet", "Mustafa", "Emre", "Burak", "Serkan", "Volkan", "Hakan"],
         ["Yılmaz", "Öztürk", "Kaya", "Demir", "Çelik", "Aydın", "Arslan", "Doğan", "Koç", "Şahin"],
         ["Memo", "Musti", "Zey", "Boubou"]),
        (["Xiaoli", "Meiling", "Yanyan", "Lijuan", "Huiying", "Sophie"],
         ["Jianming", "Weiqiang", "Zhiwei", "Haitao", "Kevin", "Thomas"],
         ["Wang", "Chen", "Lin", "Zhou", "Huang", "Ye", "Pan", "Hu", "Jin", "Xu"],
         ["Tony", "Lily", "Coco", "Jacky"]),
        (["Maitena", "Amaia", "Itxaso", "Ainhoa", "Maialen", "Graxi"],
         ["Peio", "Beñat", "Ximun", "Mattin", "Eneko", "Txomin"],
         ["Etchegaray", "Etcheverry", "Iribarne", "Larralde", "Harispe", "Elissalde", "Hiriart", "Bidart", "Sallaberry",
          "Ospital"],
         ["Battitte", "Pantxo", "Maite", "Ttotte"]),
        (["Odile", "Marinette", "Solange", "Ginette", "Josiane", "Amandine"],
         ["Raymond", "Gaston", "Fernand", "Auguste", "Baptiste", "Lucien"],
         ["Bonnefous", "Chassang", "Vidalenc", "Espinasse", "Vaissière", "Couderc", "Chaudesaigues", "Rouquette",
          "Malzieu", "Bousquet"],
         ["Fanfan", "Titou", "Nénette", "Mimile"]),
        (["Heiata", "Moana", "Tiare", "Vaimiti", "Hinano", "Poerava", "Teura"],
         ["Teva", "Manutea", "Raiarii", "Tamatea", "Heimana", "Teiki"],
         ["Teriitehau", "Tetuanui", "Temauri", "Tehei", "Mahaa", "Teuira", "Pambrun", "Bambridge", "Salmon", "Drollet"],
         ["Tiki", "Mana", "Vai", "Hiro"]),
        (["Bernadette", "Irène", "Jadwiga", "Halina", "Stéphanie"],
         ["Stanislas", "Casimir", "Bronislaw", "Thadée", "Zdzisław"],
         ["Kaczmarek", "Kowalczyk", "Dudek", "Grabowski", "Lewandowski", "Pawlak", "Szczepaniak", "Kopa", "Wozniak"],
         ["Stan", "Stach", "Bronek", "Zosia"]),
    ],
    "it": [
        (["Margherita", "Erminia", "Giuseppina", "Luigina", "Franca", "Domenica"],
         ["Battista", "Secondo", "Pierluigi", "Felice", "Giacomo", "Ottavio"],
         ["Bertola", "Gribaudo", "Giordanino", "Bergese", "Operti", "Fenoglio", "Chiabrando", "Rosso", "Boero",
          "Gallesio"],
         ["Censin", "Giors", "Carlin", "Pinin"]),
        (["Ornella", "Loretta", "Marisa", "Giuliana", "Vanda", "Morena"],
         ["Romano", "Ivano", "Arrigo", "Primo", "Libero", "Tonino"],
         ["Casadei", "Fabbri", "Ravaioli", "Zoffoli", "Strocchi", "Neri", "Montanari", "Gardini", "Babini", "Pasini"],
         ["Gigi", "Bibi", "Pippo", "Lori"]),
        (["Assunta", "Rosella", "Gabriella", "Nazzarena", "Ilaria", "Graziella"],
         ["Quinto", "Settimio", "Nazzareno", "Ubaldo", "Emidio", "Sante"],
         ["Cingolani", "Carloni", "Paoletti", "Mancinelli", "Santoni", "Cardinali", "Pieroni", "Ferretti", "Fermani"],
         ["Nazza", "Ubi", "Mimì", "Sandrino"]),
        (["Rocchina", "Filomena", "Donata", "Carmela", "Vita", "Mariantonietta"],
         ["Rocco", "Canio", "Vito", "Donato", "Gerardo", "Egidio"],
         ["Summa", "Lacerenza", "Santarsiero", "Lorusso", "Laguardia", "Carlucci", "Di Lorenzo", "Colangelo", "Araneo"],
         ["Rocchino", "Minuccia", "Nuccio", "Canuccio"]),
        (["Marie-Claire", "Joséphine", "Ivana", "Odette", "Eliane", "Nathalie"],
         ["Ilario", "Émile", "Corrado", "Renato", "Ferruccio", "Albert"],
         ["Jacquemod", "Bionaz", "Chenal", "Perruchon", "Bovet", "Favre", "Gerbore", "Chabod", "Vuillermoz", "Cerise"],
         ["Mimi", "Fine", "Rico", "Milo"]),
        (["Awa", "Ndèye", "Coumba", "Astou", "Mame", "Khady"],
         ["Modou", "Cheikh", "Ousmane", "Serigne", "Abdoulaye", "Ibrahima"],
         ["Ndiaye", "Diop", "Fall", "Sow", "Mbaye", "Gueye", "Seck", "Faye", "Thiam", "Cissé"],
         ["Pape", "Baye", "Laye", "Ass"]),
        (["Jasleen", "Simranjit", "Manpreet", "Rajwinder", "Kulwinder", "Gurleen"],
         ["Gurpreet", "Baljit", "Sukhwinder", "Jaswant", "Harjinder", "Amrik"],
         ["Singh", "Sidhu", "Dhillon", "Brar", "Randhawa", "Grewal", "Bains", "Mann", "Sandhar"],
         ["Sukhi", "Happy", "Goldy", "Bobby"]),
        (["Ivie", "Osayi", "Itohan", "Ewere", "Omosede", "Happiness"],
         ["Osagie", "Efosa", "Osaze", "Nosakhare", "Godwin", "Ehis"],
         ["Osagiede", "Igbinedion", "Omoregie", "Ogbebor", "Aigbe", "Edosomwan", "Osayande", "Iyamu", "Idahosa"],
         ["Osa", "Nosa", "Ivy", "Fidel"]),
    ],
    "es": [
        (["Dunia", "Yolany", "Iris", "Suyapa", "Nolvia", "Glenda"],
         ["Wilmer", "Elvin", "Darwin", "Marvin", "Josué", "Osman"],
         ["Zelaya", "Banegas", "Maradiaga", "Ordóñez", "Cálix", "Funes", "Lanza", "Andino", "Sevilla", "Cárcamo"],
         ["Chepe", "Mayito", "Yoli", "Suya"]),
        (["Scarleth", "Xiomara", "Maryuri", "Auxiliadora", "Francis", "Yessenia"],
         ["Norlan", "Yader", "Bayardo", "Róger", "Erling", "Harold"],
         ["Chamorro", "Téllez", "Membreño", "Obando", "Argüello", "Somarriba", "Dávila", "Blandón", "Urbina", "Real"],
         ["Chayo", "Rogercito", "Xio", "Bayo"]),
        (["Marianela", "Yorleny", "Hazel", "Ileana", "Grettel", "Kattia"],
         ["Keylor", "Randall", "Greivin", "Minor", "Geovanny", "Esteban"],
         ["Solís", "Quesada", "Chaves", "Mora", "Alvarado", "Brenes", "Madrigal", "Segura", "Villalobos", "Arias"],
         ["Tito", "Nela", "Kata", "Memo"]),
        (["Margalida", "Francisca", "Aina", "Antònia", "Magdalena", "Bel"],
         ["Miquel", "Bartomeu", "Jaume", "Llorenç", "Guillem", "Biel"],
         ["Bauzà", "Oliver", "Crespí", "Pons", "Mascaró", "Salom", "Riera", "Garau", "Canyelles", "Company"],
         ["Tomeu", "Xisca", "Tòfol", "Cati"]),
        (["Guadalupe", "Montaña", "Soledad", "Candelaria", "Piedad", "Inmaculada"],
         ["Florencio", "Eusebio", "Jacinto", "Feliciano", "Ceferino", "Tomás"],
         ["Cordero", "Gallardo", "Rubio", "Durán", "Pozo", "Solano", "Mangas", "Carrasco", "Galeano", "Caballero"],
         ["Lupe", "Sole", "Inma", "Ceferi"]),
        (["Remedios", "Reyes", "Rocío", "Esmeralda", "Salud", "Estrella"],
         ["Israel", "Samuel", "Rafael", "Ezequiel", "Moisés", "Joaquín"],
         ["Heredia", "Montoya", "Amaya", "Cortés", "Carmona", "Santiago", "Motos", "Salazar", "Borja"],
         ["Lole", "Farruco", "Chiqui", "Rafi"]),
        (["Maite", "Uxue", "Blanca", "Puy", "Camino", "Edurne"],
         ["Fermín", "Sancho", "Íñigo", "Koldo", "Javier", "Patxi"],
         ["Goñi", "Erro", "Lacasa", "Arraiza", "Urdiain", "Ezcurra", "Navarro", "Ayerra", "Irujo", "Garde"],
         ["Fermintxo", "Javi", "Sanchico", "Txiki"]),
        (["Ayesha", "Sana", "Mehwish", "Rabia", "Hina", "Saima"],
         ["Imran", "Asif", "Waqas", "Bilal", "Zeeshan", "Tariq"],
         ["Chaudhry", "Butt", "Raza", "Iqbal", "Javed", "Malik", "Qureshi", "Bhatti", "Anjum"],
         ["Mani", "Vicky", "Bobby", "Shani"]),
    ],
    "pt": [
        (["Felismina", "Adelaide", "Graça", "Glória", "Natércia", "Ermelinda"],
         ["Albano", "Aníbal", "Arménio", "Serafim", "Abílio", "Custódio"],
         ["Pais", "Amaral", "Cabral", "Loureiro", "Figueiredo", "Sobral", "Gouveia", "Marçal", "Pinhel", "Coutinho"],
         ["Mindinha", "Bino", "Tino", "Gracinha"]),
        (["Thaís", "Priscila", "Vanessa", "Bruna", "Camila", "Letícia"],
         ["Rodrigo", "Thiago", "Vinícius", "Guilherme", "Leandro", "Fábio"],
         ["Prado", "Bueno", "Toledo", "Camargo", "Leme", "Arruda", "Queiroz", "Moraes", "Franco", "Pires"],
         ["Vini", "Gui", "Pri", "Rô"]),
        (["Iryna", "Svitlana", "Tetiana", "Nadiia", "Liudmyla", "Oksana"],
         ["Oleksandr", "Andriy", "Serhiy", "Vasyl", "Volodymyr", "Ihor"],
         ["Kovalenko", "Bondarenko", "Tkachenko", "Moroz", "Savchuk", "Lysenko", "Kravets", "Rudenko", "Melnychuk"],
         ["Sasha", "Sveta", "Tania", "Vova"]),
        (["Eliane", "Rosicler", "Marlene", "Sueli", "Cleonice", "Andressa"],
         ["Edson", "Valdir", "Casimiro", "Estanislau", "Ademir", "Jocemar"],
         ["Kaminski", "Wisniewski", "Kowalski", "Kulka", "Nowicki", "Stachowski", "Gruszka", "Pietrzak", "Sobczak"],
         ["Dinho", "Ade", "Vavá", "Lene"]),
        (["Hansa", "Jyoti", "Nilam", "Rupal", "Bhavna", "Shaila"],
         ["Jayant", "Ramesh", "Dilip", "Hiten", "Nizar", "Amirali"],
         ["Prabhudas", "Narotam", "Jamnadas", "Premji", "Bhika", "Kassam", "Ladha", "Vaghela", "Ranchhod"],
         ["Jay", "Raju", "Nilu", "Bina"]),
        (["Lorena", "Suelen", "Jaqueline", "Ivanilde", "Marília", "Kelly"],
         ["Wesley", "Cleiton", "Wanderley", "Divino", "Valdeci", "Lindomar"],
         ["Caiado", "Fleury", "Jubé", "Borges", "Guimarães", "Teles", "Peixoto", "Bastos", "Rezende"],
         ["Zezé", "Neguinho", "Lu", "Ju"]),
        (["Jucilene", "Raimunda", "Socorro", "Iracema", "Jandira", "Francisca"],
         ["Raimundo", "Ubirajara", "Aldenor", "Waldemir", "Deoclécio", "Moacir"],
         ["Cordeiro", "Brito", "Negreiros", "Tupinambá", "Bentes", "Benchimol", "Sicsú", "Assayag", "Farias"],
         ["Bira", "Dico", "Neca", "Mundico"]),
        (["Jiali", "Xiaomei", "Yingying", "Huimin", "Rita", "Ana"],
         ["Jianguo", "Hao", "Lei", "Zhongwei", "Tiago", "Lucas"],
         ["Chen", "Zhu", "Ji", "Zou", "Wu", "Li", "Ye", "Xie"],
         ["Xiao", "Tiago", "Rita", "Lucas"]),
    ],
    "de": [
        (["Hildegard", "Gerlinde", "Rosemarie", "Ute", "Sieglinde", "Waltraud"],
         ["Gottlieb", "Eberhard", "Ulrich", "Dieter", "Hansjörg", "Wolfgang"],
         ["Häberle", "Eisele", "Kienzle", "Bäuerle", "Fischle", "Rapp", "Hägele", "Stäbler", "Kuttler", "Wörner"],
         ["Gottl", "Hansi", "Uli", "Gerli"]),
        (["Kunigunde", "Margarete", "Gunda", "Lieselotte", "Irmgard", "Barbara"],
         ["Kilian", "Burkhard", "Gunther", "Veit", "Hermann", "Bernd"],
         ["Dürr", "Höfling", "Scheuerlein", "Leupold", "Kraußer", "Pfannenmüller", "Hümmer", "Engelhardt", "Zenk",
          "Dorsch"],
         ["Kili", "Gundl", "Lotte", "Burki"]),
        (["Anneliese", "Hedwig", "Agnes", "Mechthild", "Brigitte", "Elisabeth"],
         ["Heinrich", "Bernhard", "Clemens", "Ludger", "Josef", "Theo"],
         ["Schulze Althoff", "Große Wöstmann", "Brüggemann", "Hölscher", "Tenhagen", "Wiewel", "Overmeyer", "Kötter",
          "Vennemann", "Voß"],
         ["Änne", "Hein", "Clemi", "Lüdi"]),
        (["Arbnora", "Albulena", "Drita", "Vjosa", "Blerta", "Fjolla"],
         ["Arben", "Besnik", "Driton", "Fatmir", "Valon", "Labinot", "Agon"],
         ["Krasniqi", "Gashi", "Berisha", "Hoxha", "Shala", "Morina", "Rexhepi", "Bytyqi", "Kastrati", "Zeka"],
         ["Beni", "Dritoni", "Vali", "Albi"]),
        (["Sunhee", "Mikyung", "Jiyoung", "Eunjung", "Soyeon", "Sabine"],
         ["Minho", "Jaesung", "Dongwook", "Sungmin", "Hyunwoo", "Daniel"],
         ["Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Yoon", "Han", "Shin", "Song"],
         ["Mimi", "Sunny", "Tom", "Jay"]),
        (["Encarnación", "Pilar", "Mercedes", "Consuelo", "Nuria", "Remedios"],
         ["Ángel", "Jesús", "Emilio", "Andrés", "Ramón", "Francisco"],
         ["Iglesias", "Montero", "Rodríguez", "Otero", "Villar", "Pazos", "Lorenzo", "Mosquera", "Seoane"],
         ["Manolo", "Paco", "Encarni", "Chus"]),
        (["Gerhild", "Hermine", "Katharina", "Rosina", "Erika", "Adelheid"],
         ["Andreas", "Michael", "Johann", "Martin", "Günter", "Georg"],
         ["Schuster", "Binder", "Theiß", "Kloos", "Fabritius", "Glatz", "Zikeli", "Capesius", "Fronius", "Schlattner"],
         ["Misch", "Hanzi", "Tini", "Gerri"]),
        (["Olena", "Yulia", "Anastasiia", "Kateryna", "Mariia", "Viktoriia"],
         ["Dmytro", "Maksym", "Bohdan", "Yaroslav", "Roman", "Taras"],
         ["Hrytsenko", "Pavlenko", "Marchenko", "Kovalchuk", "Zinchenko", "Romaniuk", "Polishchuk", "Koval", "Honchar"],
         ["Dima", "Max", "Katia", "Nastia", "Yarik"]),
    ],
}

# Message shapes with names, per language, as customers type them on WhatsApp.
TEMPLATES: dict[str, list[str]] = {
    "en": [
        "hi this is {full} I booked the 10am piano lesson for my daughter {first:f}, can we move it to thursday",
        "Morning, re the house sale at the notary. Sellers are {full} and {full}, buyer is me {full}",
        "Hello I'm picking the dog up from grooming at 4, she's booked under {last} not my name",
        "can u tell {first} at the garden centre the olive tree she put aside is still wanted pls. {full}",
        "Hi, pest control came yesterday. Tech was {first:m}, really thorough 👍 pls pass on my thanks",
        "Solar quote request - house is co-owned with my brother {full:m}, he'll sign as well. Thanks, {full}",
        "{full} here, can I add two to tonight's climbing induction: {full} and {first}",
        "Hi my accountant {full} said to send you the P60 for my late father {full:m}, which email is best",
        "hello the ski school booking for the kids is under {rev}, ages 7 and 9",
        "re the guitar I ordered - my neighbour {full} will take it in if im out",
        "Hiya chimney sweep booked for weds, if I'm not in my lodger {first} will let you in",
        "Can I collect the reupholstered armchair Sat? my son {first:m} has the van. {init}",
        "Cattery booking for Biscuit and Mango from the 20th, owner {full}, spare key with {full}",
        "escape room booking for 6 tomorrow, lead player {full}. others: {first}, {first}, {first} and {nick}",
        "Fwd: \"From {full:f}: please could the karting party invoice go to my husband's firm, attn {full}\"",
        "Phone repair - my screen was done by {first:m} on monday and it's already lifting at the corner. not happy",
        "Hi, battery and strap for my mum's watch, she's {full:f}, the back is engraved {caps}",
        "Cobbler — boots left Friday, ticket in the name {last}. Can my partner {first} collect them",
        "Roofer never showed. {full} from your office promised 8am. Third time now 😡",
        "Electrician quote accepted. Landlord is {full:m}, invoice to him please not me. Tenant {full}",
        "hi glazier, the cracked pane is at my mother in law's, {full:f}. she's 84 so ring the bell and wait pls",
        "Tree surgeon: the oak hangs over from {full:f}'s garden, she's happy for you to go in her side",
        "Farm shop xmas order: 1 x 6kg bronze turkey, name {full}, collecting 23rd, {first} will pay the deposit",
        "do u still have the brisket? put it aside for {last} pls, my husband {first:m} will be there by 5",
        "Ice cream van for the school fair, it's being organised by {full} (PTA chair) and {full}",
        "Dance school costume list — {full} (medium), {full} (small), {first} (small)",
        "Campsite pitch 14 is booked in my friend {full}'s name but we're arriving first, I'm {full}",
        "Storage unit B12 — my ex {full:m} still has a key. Please take him off the access list",
        "skip for the 3rd. it'll go on {full:f}'s drive, the neighbour, ours is too narrow. she's fine with it",
        "Yoga: I'm covering {first}'s Tuesday class, could you tell the members? {full}",
        "Coach tour to the Lakes - seats for me and {full}, plus {dbl} if there's room",
        "hi yeah it's {full:f} about the solar panels on the garage roof so basically my husband {first:m} "
        "spoke to one of your lads last week i think his name was {first:m} and he said someone would ring us "
        "back about the battery but nobody has so can you sort it please",
        "Dear Sir/Madam, please find attached the signed form. Kind regards, {full}",
        "Thank you so much for the lesson today!! {first:f} loved it 😍 see you next week. {first}",
        "Accountant: self assessment for {full} and spouse {full}, UTRs attached",
        "Your message said \"{full} will call round between 2 and 4\" - nobody came",
        "Hello I need a notary to witness a power of attorney for my aunt {full:f}, she's in a care home",
        "Hardware store - 3 tins of paint ordered under {low}, can you confirm the colour mix",
        "Hi music shop, is the violin my teacher {full} ordered for me in yet? {full}",
        "Groomers - Hi it's {first:f}, Luna's mum 🐶 can she come at 10 instead of 11",
        "on the ski school list my son's name is spelt wrong, it should be {full:m}",
        "Landline's down so message me here pls. Account holder is {caps}",
        "MOVE MY DOG'S GROOM TO FRIDAY PLEASE. {first}",
        "Piano exam entry: candidate {rev}, Grade 3, teacher {init}",
        "Hiya, {nick} recommended you for the kitchen fit, he said you did his mum's",
        "Accountant query: the payment from {full:f} on the 5th is a loan from her, not income",
        "Your delivery driver {first:m} was brilliant, carried the compost all round the back. Please tell "
        "his manager {full}",
        "ok so {first:f} can't make climbing tonight, can {full} have her slot",
        "Tree surgery invoice to be split between me and {full}, 50/50. {full}",
        "Hi — {bare} here. Is the upholstery fabric sample ready?",
        "Electrician who came today ({first:m}) left his drill here, I'll leave it with {full} on reception",
        "Both names on the solar contract please: {full} and {full}",
        "pest control: the wasp nest is actually in {last}'s loft next door, they've said ok",
        "Cattery: only {first} is allowed to visit the cats, nobody else. Owner {init}",
        "karting: birthday boy is {first:m}, turning 10, his surname is {last} for the certificate",
        "Hi it's {full} from the dance school parents' group, we're collecting for a gift for Miss {last}",
        "farm shop - lady on the till today, {first:f} i think, undercharged me £4, I want to pay it back",
        "Watch repair: it was my grandad's, {full:m}, his initials are on the back so please be careful",
        "hi was told to ask for {first:m} in repairs about my amp? {full}",
    ],
    "fr": [
        "bonjour c'est {full}, je voudrais décaler le cours de piano de ma fille {first:f} à jeudi svp",
        "Bonjour Maître, pour l'acte de vente les vendeurs sont {full} et {full}, l'acquéreur c'est moi, {full}",
        "Bonjour, je récupère le chien au toilettage à 16h, c'est réservé au nom de {last}",
        "pouvez vous dire à {first} de la jardinerie que l'olivier mis de côté est toujours pour moi ? {full}",
        "Bonjour, le technicien dératisation est passé hier, {first:m}, très pro 👍 transmettez mes remerciements",
        "Demande de devis panneaux solaires – la maison est en indivision avec mon frère {full:m}, il signera "
        "aussi. {full}",
        "{full} ici, je peux ajouter 2 personnes à l'initiation escalade de ce soir : {full} et {first}",
        "Mon expert-comptable {full:m} m'a dit de vous envoyer l'avis d'imposition de feu mon père {full:m}",
        "bonjour l'inscription des enfants à l'école de ski est au nom {rev}, 7 et 9 ans",
        "pour la guitare commandée, mon voisin {full:m} la réceptionnera si je suis absent",
        "Coucou, ramoneur mercredi, si je suis pas là c'est {first:m} mon coloc qui ouvrira",
        "Je peux récupérer le fauteuil retapissé samedi ? Mon fils {first:m} a la camionnette. {init}",
        "Pension chats : Biscotte et Mangue à partir du 20, propriétaire {full}, double des clés chez {full}",
        "résa escape game demain 18h, chef d'équipe {full}. les autres : {first}, {first}, {first} et {nick}",
        "Transféré : « De la part de {full:f} : merci d'envoyer la facture du karting à la société de mon "
        "mari, à l'attention de {full} »",
        "Réparation téléphone : l'écran a été changé lundi par {first:m} et il se décolle déjà dans le coin, "
        "pas content",
        "Bonjour pile et bracelet pour la montre de ma mère, {full:f}, la gravure au dos dit {caps}",
        "Cordonnerie – bottes déposées vendredi, ticket au nom de {last}. Mon compagnon {first:m} peut passer "
        "les chercher ?",
        "Le couvreur n'est jamais venu. {full} de votre bureau avait promis 8h. Troisième fois 😡",
        "Devis électricien accepté. Le propriétaire c'est {full:m}, facture à son nom svp. Locataire : {full}",
        "bonjour, la vitre fêlée est chez ma belle-mère {full:f}, elle a 84 ans donc sonnez et attendez svp",
        "Élagage : le chêne déborde du jardin de Mme {last}, elle est d'accord pour que vous passiez chez elle",
        "Commande de Noël à la ferme : 1 chapon, nom {full}, retrait le 23, c'est {first} qui paiera l'acompte",
        "vous avez encore de la côte de bœuf ? mettez la de côté au nom de {last} svp, mon mari {first:m} "
        "passe avant 17h",
        "Glacier pour la kermesse de l'école, organisée par {full:f} (présidente APE) et {full}",
        "École de danse, liste costumes du gala — {full} (M), {full} (S), {first} (S)",
        "Camping emplacement 14 réservé au nom de mon amie {full:f} mais on arrive avant elle, je suis {full}",
        "Box de stockage B12 — mon ex {full:m} a encore une clé. Merci de le retirer de la liste d'accès",
        "benne pour le 3. elle sera devant chez {full:f}, la voisine, notre allée est trop étroite. elle est ok",
        "Yoga : je remplace {first} pour le cours du mardi, vous pouvez prévenir les adhérents ? {full}",
        "Excursion en car au Mont-Saint-Michel : places pour moi et {full}, et {dbl} s'il en reste",
        "oui bonjour c'est {full:f} pour les panneaux sur le toit du garage alors en fait mon mari {first:m} "
        "a parlé avec un de vos gars la semaine dernière je crois qu'il s'appelait {first:m} et il a dit "
        "qu'on nous rappellerait pour la batterie mais personne a rappelé donc voilà merci",
        "Madame, Monsieur, veuillez trouver ci-joint le formulaire signé. Cordialement, {full}",
        "Merci beaucoup pour le cours !! {first:f} a adoré 😍 à la semaine prochaine. {first}",
        "Comptable : déclaration commune pour {full:m} et son épouse {full:f}, pièces jointes",
        "Votre message disait « {full} passera entre 14h et 16h » — personne n'est venu",
        "Bonjour je cherche un notaire pour une procuration pour ma tante {full:f}, elle est en EHPAD",
        "Quincaillerie – 3 pots de peinture commandés au nom {low}, vous confirmez la teinte ?",
        "Bonjour, le violon que ma prof {full:f} a commandé pour moi est arrivé ? {full}",
        "Toilettage – Coucou c'est {first:f}, la maman de Luna 🐶 elle peut venir à 10h au lieu de 11h",
        "sur la liste de l'école de ski le nom de mon fils est mal écrit, c'est {full:m}",
        "Le fixe ne marche plus, écrivez moi ici. Titulaire du compte : {caps}",
        "DÉCALEZ LE TOILETTAGE À VENDREDI SVP. {first}",
        "Inscription examen de piano : candidat {rev}, niveau 3, professeur {init}",
        "Bonjour, c'est {nick} qui m'a conseillé votre entreprise pour la cuisine, vous avez fait celle de sa mère",
        "Question compta : le virement de {full} du 5 est un prêt de sa part, pas un revenu",
        "Votre livreur {first:m} était super, il a porté le terreau derrière la maison. Dites-le à son "
        "responsable {full}",
        "bon {first} peut pas venir à l'escalade ce soir, est-ce que {full} peut prendre sa place",
        "La facture d'élagage est à partager entre moi et {full}, moitié moitié. {full}",
        "Bonjour, ici {bare}. L'échantillon de tissu pour le canapé est prêt ?",
        "L'électricien venu aujourd'hui ({first:m}) a oublié sa perceuse, je la laisse à {full} à l'accueil",
        "Les deux noms sur le contrat solaire svp : {full} et {full}",
        "dératisation : le nid de frelons est en fait dans le grenier des {last} à côté, ils sont d'accord",
        "Pension : seule {first:f} est autorisée à rendre visite aux chats. Propriétaire {init}",
        "karting : le héros du jour c'est {first:m}, 10 ans, son nom de famille est {last} pour le diplôme",
        "Bonjour c'est {full} du groupe des parents de l'école de danse, on fait une cagnotte pour Mme {last}",
        "ferme – la dame à la caisse aujourd'hui, {first:f} je crois, m'a rendu 4 € de trop, je veux les rendre",
        "Horlogerie : c'était la montre de mon grand-père, {full:m}, ses initiales sont au dos. faites attention svp",
        "on m'a dit de demander {first:m} à l'atelier pour mon ampli ? {full}",
    ],
    "it": [
        "buongiorno sono {full}, vorrei spostare la lezione di pianoforte di mia figlia {first:f} a giovedì",
        "Buongiorno dottore, per il rogito i venditori sono {full} e {full}, l'acquirente sono io, {full}",
        "Salve, ritiro il cane dalla toelettatura alle 16, la prenotazione è a nome {last}",
        "potete dire a {first} del garden che l'ulivo messo da parte è ancora mio? {full}",
        "Buongiorno, ieri è passato il tecnico della disinfestazione, {first:m}, precisissimo 👍 ringraziatelo "
        "da parte mia",
        "Preventivo fotovoltaico – la casa è cointestata con mio fratello {full:m}, firma anche lui. {full}",
        "{full} qui, posso aggiungere due persone al corso base di arrampicata di stasera: {full} e {first}",
        "Il mio commercialista {full:m} mi ha detto di mandarvi il 730 del mio povero papà {full:m}",
        "salve l'iscrizione dei bambini alla scuola sci è a nome {rev}, 7 e 9 anni",
        "per la chitarra ordinata, se non ci sono la ritira il mio vicino {full:m}",
        "Ciao, spazzacamino mercoledì, se non ci sono apre il mio coinquilino {first:m}",
        "Posso ritirare la poltrona rifoderata sabato? Mio figlio {first:m} ha il furgone. {init}",
        "Pensione gatti: Biscotto e Mango dal 20, proprietaria {full:f}, chiavi di riserva da {full}",
        "prenotazione escape room domani ore 18, capogruppo {full}. gli altri: {first}, {first}, {first} e {nick}",
        "Inoltrato: «Da parte di {full:f}: la fattura dei go-kart intestatela alla ditta di mio marito, alla "
        "c.a. di {full}»",
        "Riparazione cellulare: lo schermo me l'ha cambiato {first:m} lunedì e si sta già staccando "
        "nell'angolo, non va bene",
        "Buongiorno pila e cinturino per l'orologio di mia mamma, {full:f}, dietro c'è inciso {caps}",
        "Calzolaio – stivali lasciati venerdì, scontrino a nome {last}. Può ritirarli il mio compagno {first:m}?",
        "Il lattoniere non si è visto. {full} del vostro ufficio aveva promesso alle 8. Terza volta 😡",
        "Preventivo elettricista accettato. Il proprietario è {full:m}, fattura intestata a lui per favore. "
        "Inquilino {full}",
        "salve, il vetro rotto è da mia suocera {full:f}, ha 84 anni quindi suonate e aspettate",
        "Potatura: la quercia sporge dal giardino della signora {last}, lei è d'accordo che entriate da lei",
        "Ordine di Natale allo spaccio: 1 cappone, nome {full}, ritiro il 23, l'acconto lo paga {first}",
        "avete ancora la fiorentina? mettetela da parte per {last}, passa mio marito {first:m} entro le 17",
        "Gelateria per la festa della scuola, organizzata da {full} (rappresentante di classe) e {full}",
        "Scuola di danza, costumi del saggio — {full} (M), {full} (S), {first} (S)",
        "Campeggio piazzola 14 prenotata a nome della mia amica {full:f} ma arriviamo prima noi, sono {full}",
        "Box deposito B12 — il mio ex {full:m} ha ancora una chiave. Toglietelo dalla lista accessi per favore",
        "cassone per il 3. lo mettiamo davanti da {full:f}, la vicina, il nostro vialetto è troppo stretto. "
        "lei è d'accordo",
        "Yoga: sostituisco {first} per la lezione del martedì, potete avvisare gli iscritti? {full}",
        "Gita in pullman ad Assisi: posti per me e {full}, e per {dbl} se c'è posto",
        "sì buongiorno sono {full:f} per i pannelli sul tetto del garage allora praticamente mio marito "
        "{first:m} ha parlato con un vostro ragazzo la settimana scorsa mi pare si chiamasse {first:m} e ha "
        "detto che ci richiamavate per la batteria ma non ha richiamato nessuno quindi ecco grazie",
        "Gentili signori, in allegato il modulo firmato. Cordiali saluti, {full}",
        "Grazie mille per la lezione!! {first:f} si è divertita tantissimo 😍 a settimana prossima. {first}",
        "Commercialista: dichiarazione congiunta per {full:m} e la moglie {full:f}, allego i documenti",
        "Il vostro messaggio diceva «{full} passa tra le 14 e le 16» — non è venuto nessuno",
        "Buongiorno mi serve un notaio per una procura per mia zia {full:f}, è in RSA",
        "Ferramenta – 3 latte di vernice ordinate a nome {low}, mi confermate il colore?",
        "Salve, è arrivato il violino che la mia insegnante {full:f} ha ordinato per me? {full}",
        "Toelettatura – Ciao sono {first:f}, la mamma di Luna 🐶 può venire alle 10 invece che alle 11?",
        "nella lista della scuola sci il nome di mio figlio è sbagliato, è {full:m}",
        "Il fisso non va, scrivetemi qui. Intestatario: {caps}",
        "SPOSTATE LA TOELETTATURA A VENERDÌ PER FAVORE. {first}",
        "Iscrizione esame di pianoforte: candidato {rev}, livello 3, docente {init}",
        "Salve, mi ha consigliato {nick} per la cucina, avete montato quella di sua madre",
        "Domanda per il commercialista: il bonifico di {full} del 5 è un prestito suo, non un reddito",
        "Il vostro fattorino {first:m} è stato bravissimo, ha portato il terriccio sul retro. Ditelo al "
        "responsabile {full}",
        "allora {first} stasera non viene ad arrampicare, può prendere il suo posto {full}?",
        "La fattura della potatura va divisa tra me e {full}, metà per uno. {full}",
        "Buongiorno, sono {bare}. È pronto il campione di stoffa per il divano?",
        "L'elettricista di oggi ({first:m}) ha dimenticato il trapano, lo lascio a {full} alla reception",
        "Tutti e due i nomi sul contratto del fotovoltaico: {full} e {full}",
        "disinfestazione: il nido di calabroni è nel sottotetto dei {last} qui accanto, sono d'accordo",
        "Pensione: solo {first:f} è autorizzata a visitare i gatti. Proprietario {init}",
        "go-kart: il festeggiato è {first:m}, fa 10 anni, il cognome per l'attestato è {last}",
        "Buongiorno sono {full} del gruppo genitori della scuola di danza, facciamo una colletta per la maestra {last}",
        "macelleria – la signora alla cassa oggi, {first:f} credo, mi ha dato 4 € di resto in più, li vorrei "
        "restituire",
        "Orologeria: era l'orologio di mio nonno, {full:m}, dietro ci sono le sue iniziali. fate attenzione",
        "mi hanno detto di chiedere di {first:m} al laboratorio per l'amplificatore? {full}",
    ],
    "es": [
        "hola soy {full}, quería pasar la clase de piano de mi hija {first:f} al jueves si puede ser",
        "Buenos días, para la firma en la notaría los vendedores son {full} y {full}, el comprador soy yo, {full}",
        "Hola, recojo a la perra de la peluquería canina a las 4, la cita está a nombre de {last}",
        "le pueden decir a {first} del centro de jardinería que el olivo apartado sigue siendo para mí? {full}",
        "Buenas, ayer vino el técnico de control de plagas, {first:m}, muy cuidadoso 👍 dadle las gracias",
        "Presupuesto placas solares – la casa es a medias con mi hermano {full:m}, firma él también. {full}",
        "{full} aquí, puedo apuntar a dos más al bautismo de escalada de esta tarde: {full} y {first}",
        "Mi gestor {full:m} me dijo que os mandara la renta de mi difunto padre {full:m}",
        "hola la inscripción de los niños en la escuela de esquí está a nombre de {rev}, 7 y 9 años",
        "lo de la guitarra encargada, si no estoy la recoge mi vecino {full:m}",
        "Hola, deshollinador el miércoles, si no estoy abre mi compañero de piso {first:m}",
        "Puedo recoger el sillón retapizado el sábado? Mi hijo {first:m} tiene la furgo. {init}",
        "Residencia felina: Galleta y Mango desde el 20, dueña {full:f}, copia de llaves en casa de {full}",
        "reserva escape room mañana a las 18, jefe de equipo {full}. los demás: {first}, {first}, {first} y {nick}",
        "Reenviado: «De parte de {full:f}: la factura del karting a la empresa de mi marido, a la atención de {full}»",
        "Reparación de móvil: la pantalla me la cambió {first:m} el lunes y ya se está despegando por la "
        "esquina, fatal",
        "Buenas pila y correa para el reloj de mi madre, {full:f}, detrás lleva grabado {caps}",
        "Zapatero – botas dejadas el viernes, resguardo a nombre de {last}. Puede recogerlas mi pareja {first}?",
        "El del tejado no ha venido. {full} de vuestra oficina prometió a las 8. Tercera vez 😡",
        "Presupuesto del electricista aceptado. El casero es {full:m}, factura a su nombre porfa. Inquilino {full}",
        "hola, el cristal roto está en casa de mi suegra {full:f}, tiene 84 años así que llamad al timbre y esperad",
        "Poda: la encina sobresale del jardín de la señora {last}, ella está de acuerdo en que entréis por su lado",
        "Pedido de Navidad en la granja: 1 capón, nombre {full}, recogida el 23, la señal la paga {first}",
        "os queda chuletón? apartadlo a nombre de {last} porfa, pasa mi marido {first:m} antes de las 5",
        "Heladería para la fiesta del cole, la organizan {full:f} (presidenta del AMPA) y {full}",
        "Escuela de danza, trajes del festival — {full} (M), {full} (S), {first} (S)",
        "Camping parcela 14 reservada a nombre de mi amiga {full:f} pero llegamos antes nosotros, soy {full}",
        "Trastero B12 — mi ex {full:m} todavía tiene llave. Quitadle de la lista de acceso por favor",
        "contenedor para el día 3. irá delante de la casa de {full:f}, la vecina, nuestra entrada es muy "
        "estrecha. le parece bien",
        "Yoga: sustituyo a {first} en la clase del martes, podéis avisar a los socios? {full}",
        "Excursión en autobús a Montserrat: plazas para mí y {full}, y para {dbl} si queda sitio",
        "sí hola soy {full:f} por las placas del tejado del garaje a ver resulta que mi marido {first:m} "
        "habló con uno de vuestros chicos la semana pasada creo que se llamaba {first:m} y dijo que nos "
        "llamaríais por lo de la batería pero nadie ha llamado así que nada eso gracias",
        "Estimados señores, adjunto el formulario firmado. Un saludo, {full}",
        "Muchas gracias por la clase!! {first:f} se lo pasó genial 😍 hasta la semana que viene. {first}",
        "Gestoría: declaración conjunta de {full:m} y su mujer {full:f}, adjunto papeles",
        "Vuestro mensaje decía «{full} pasará entre las 4 y las 6» — no vino nadie",
        "Hola necesito un notario para un poder para mi tía {full:f}, está en una residencia",
        "Ferretería – 3 botes de pintura encargados a nombre de {low}, me confirmáis el color?",
        "Hola, ha llegado el violín que encargó para mí mi profesora {full:f}? {full}",
        "Peluquería canina – Hola soy {first:f}, la mami de Luna 🐶 puede ir a las 10 en vez de a las 11?",
        "en la lista de la escuela de esquí el nombre de mi hijo está mal, es {full:m}",
        "El fijo no funciona, escribidme aquí. Titular: {caps}",
        "CAMBIADME LA PELUQUERÍA DEL PERRO AL VIERNES POR FAVOR. {first}",
        "Inscripción examen de piano: candidato {rev}, grado 3, profesor {init}",
        "Hola, me recomendó {nick} para la cocina, le montasteis la de su madre",
        "Pregunta para la gestoría: la transferencia de {full} del día 5 es un préstamo suyo, no un ingreso",
        "Vuestro repartidor {first:m} fue un crack, llevó el sustrato hasta atrás. Decídselo a su encargado {full}",
        "bueno {first} no puede venir a escalar esta noche, puede ocupar su plaza {full}?",
        "La factura de la poda se divide entre {full} y yo, a medias. {full}",
        "Buenas, soy {bare}. Está lista la muestra de tela para el sofá?",
        "El electricista de hoy ({first:m}) se dejó el taladro, se lo dejo a {full} en recepción",
        "Los dos nombres en el contrato de las placas: {full} y {full}",
        "control de plagas: el avispero está en el altillo de los {last} de al lado, les parece bien",
        "Residencia: solo {first:f} puede visitar a los gatos. Dueño {init}",
        "karting: el cumpleañero es {first:m}, cumple 10, el apellido para el diploma es {last}",
        "Hola soy {full} del grupo de padres de la escuela de danza, hacemos un bote para la profe {last}",
        "carnicería – la chica de la caja hoy, {first:f} creo, me cobró 4 € de menos, quiero pagarlos",
        "Relojería: era el reloj de mi abuelo, {full:m}, detrás tiene sus iniciales. cuidadito porfa",
        "me dijeron que preguntara por {first:m} en el taller para lo del ampli? {full}",
    ],
    "pt": [
        "olá sou {full}, queria passar a aula de piano da minha filha {first:f} para quinta se der",
        "Bom dia, para a escritura no notário os vendedores são {full} e {full}, o comprador sou eu, {full}",
        "Olá, vou buscar a cadela à tosquia às 16h, a marcação está em nome de {last}",
        "podem dizer à {first:f} do centro de jardinagem que a oliveira reservada continua a ser para mim? {full}",
        "Boa tarde, ontem veio o técnico da desinfestação, {first:m}, muito cuidadoso 👍 agradeçam-lhe por mim",
        "Orçamento painéis solares – a casa é minha e do meu irmão {full:m}, ele também assina. {full}",
        "{full} aqui, posso juntar mais dois ao batismo de escalada de hoje à noite: {full} e {first}",
        "O meu contabilista {full:m} disse para vos mandar o IRS do meu falecido pai {full:m}",
        "olá a inscrição dos miúdos na escola de esqui está em nome de {rev}, 7 e 9 anos",
        "quanto à guitarra encomendada, se eu não estiver quem recebe é o meu vizinho {full:m}",
        "Oi, limpeza da chaminé quarta, se eu não estiver quem abre é o {first:m}, que divide a casa comigo",
        "Posso levantar o cadeirão reestofado sábado? O meu filho {first:m} tem a carrinha. {init}",
        "Hotel para gatos: Bolacha e Manga a partir do dia 20, dona {full:f}, chave suplente com {full}",
        "reserva escape room amanhã 18h, chefe de equipa {full}. os outros: {first}, {first}, {first} e {nick}",
        "Reencaminhada: «Da parte de {full:f}: a fatura do karting em nome da empresa do meu marido, ao "
        "cuidado de {full}»",
        "Reparação de telemóvel: o ecrã foi trocado segunda pelo {first:m} e já está a descolar no canto, não gostei",
        "Bom dia pilha e bracelete para o relógio da minha mãe, {full:f}, atrás tem gravado {caps}",
        "Sapateiro – botas deixadas sexta, talão em nome de {last}. Pode ir buscá-las o meu companheiro {first:m}?",
        "O do telhado não apareceu. {full} do vosso escritório prometeu às 8. Terceira vez 😡",
        "Orçamento do eletricista aceite. O senhorio é {full:m}, fatura em nome dele por favor. Inquilino {full}",
        "olá, o vidro partido é em casa da minha sogra {full:f}, tem 84 anos por isso toquem e esperem",
        "Poda: o carvalho passa para o quintal da dona {last}, ela concorda que entrem pelo lado dela",
        "Encomenda de Natal na quinta: 1 capão, nome {full}, levantamento dia 23, o sinal é pago pelo {first:m}",
        "ainda têm picanha? guardem em nome de {last} por favor, o meu marido {first:m} passa antes das 17h",
        "Gelataria para a festa da escola, organizada pela {full:f} (associação de pais) e pelo {full:m}",
        "Escola de dança, fatos da festa — {full} (M), {full} (S), {first} (S)",
        "Parque de campismo lote 14 reservado em nome da minha amiga {full:f} mas chegamos primeiro, sou {full}",
        "Box de armazenamento B12 — o meu ex {full:m} ainda tem chave. Tirem-no da lista de acessos por favor",
        "contentor para dia 3. fica à porta da {full:f}, a vizinha, a nossa entrada é estreita demais. ela "
        "não se importa",
        "Ioga: vou substituir a {first:f} na aula de terça, podem avisar os alunos? {full}",
        "Excursão de autocarro a Fátima: lugares para mim e {full}, e para {dbl} se houver",
        "sim olá é {full:f} por causa dos painéis no telhado da garagem então pronto o meu marido {first:m} "
        "falou com um dos vossos rapazes na semana passada acho que se chamava {first:m} e disse que nos "
        "ligavam por causa da bateria mas ninguém ligou portanto é isso obrigada",
        "Exmos. Senhores, segue em anexo o formulário assinado. Com os melhores cumprimentos, {full}",
        "Muito obrigada pela aula!! A {first:f} adorou 😍 até para a semana. {first}",
        "Contabilista: IRS conjunto de {full:m} e da mulher {full:f}, seguem os documentos",
        "A vossa mensagem dizia «{full} passa entre as 14h e as 16h» — não veio ninguém",
        "Olá preciso de um notário para uma procuração para a minha tia {full:f}, está num lar",
        "Drogaria – 3 latas de tinta encomendadas em nome de {low}, confirmam a cor?",
        "Olá, já chegou o violino que a minha professora {full:f} encomendou para mim? {full}",
        "Tosquia – Olá é a {first:f}, a dona da Luna 🐶 pode ir às 10 em vez das 11?",
        "na lista da escola de esqui o nome do meu filho está mal escrito, é {full:m}",
        "O fixo não funciona, escrevam-me aqui. Titular: {caps}",
        "PASSEM A TOSQUIA PARA SEXTA POR FAVOR. {first}",
        "Inscrição exame de piano: candidato {rev}, grau 3, professor {init}",
        "Olá, foi o {nick} que me recomendou para a cozinha, montaram a da mãe dele",
        "Pergunta para o contabilista: a transferência de {full:f} do dia 5 é um empréstimo dela, não é rendimento",
        "O vosso estafeta {first:m} foi impecável, levou o substrato até às traseiras. Digam ao responsável {full}",
        "então a {first:f} não pode vir escalar hoje, o {full:m} pode ficar com a vaga dela?",
        "A fatura da poda é dividida entre mim e {full}, metade cada. {full}",
        "Boa tarde, é {bare}. A amostra de tecido para o sofá já está pronta?",
        "O eletricista de hoje ({first:m}) esqueceu-se do berbequim, deixo-o com {full} na receção",
        "Os dois nomes no contrato dos painéis: {full} e {full}",
        "desinfestação: o ninho de vespas é no sótão dos {last} aqui ao lado, eles deixam",
        "Hotel: só a {first:f} está autorizada a visitar os gatos. Dono {init}",
        "karting: o aniversariante é o {first:m}, faz 10 anos, o apelido para o diploma é {last}",
        "Olá é {full} do grupo de pais da escola de dança, estamos a juntar para uma prenda para a professora {last}",
        "talho – a senhora da caixa hoje, {first:f} acho eu, cobrou-me 4 € a menos, quero pagar",
        "Relojoaria: era o relógio do meu avô, {full:m}, atrás tem as iniciais dele. cuidado por favor",
        "disseram-me para perguntar pelo {first:m} na oficina por causa do amplificador? {full}",
    ],
    "de": [
        "hallo hier ist {full}, kann ich die Klavierstunde meiner Tochter {first:f} auf Donnerstag verschieben",
        "Guten Morgen, zum Notartermin: Verkäufer sind {full} und {full}, Käufer bin ich, {full}",
        "Hallo, ich hole den Hund um 16 Uhr vom Hundesalon ab, der Termin läuft auf {last}",
        "könnt ihr {first} im Gartencenter sagen dass der zurückgelegte Olivenbaum noch gewollt ist? {full}",
        "Hallo, gestern war der Kammerjäger da, {first:m}, sehr gründlich 👍 bitte Danke ausrichten",
        "Angebot Solaranlage – das Haus gehört mir und meinem Bruder {full:m}, er unterschreibt auch. {full}",
        "{full} hier, kann ich zwei Leute zum Schnupperklettern heute Abend mitbringen: {full} und {first}",
        "Mein Steuerberater {full:m} meinte, ich soll Ihnen den Steuerbescheid meines verstorbenen Vaters "
        "{full:m} schicken",
        "hallo die Skischul-Anmeldung der Kinder läuft auf {rev}, 7 und 9 Jahre",
        "wegen der bestellten Gitarre: wenn ich nicht da bin nimmt sie mein Nachbar {full:m} an",
        "Hi, Schornsteinfeger am Mittwoch, falls ich nicht da bin macht mein Mitbewohner {first:m} auf",
        "Kann ich den neu bezogenen Sessel am Samstag holen? Mein Sohn {first:m} hat den Transporter. {init}",
        "Katzenpension: Keks und Mango ab dem 20., Halterin {full:f}, Ersatzschlüssel bei {full}",
        "Escape Room morgen 18 Uhr, Teamleiter {full}. dazu: {first}, {first}, {first} und {nick}",
        "Weitergeleitet: „Von {full:f}: bitte die Rechnung für die Kartbahn an die Firma meines Mannes, z. Hd. {full}“",
        "Handyreparatur: das Display hat {first:m} am Montag getauscht und es löst sich schon an der Ecke, nicht gut",
        "Hallo Batterie und Armband für die Uhr meiner Mutter, {full:f}, hinten ist {caps} eingraviert",
        "Schuster – Stiefel Freitag abgegeben, Abholschein auf {last}. Kann mein Partner {first:m} sie holen?",
        "Der Dachdecker ist nicht gekommen. {full} aus Ihrem Büro hatte 8 Uhr versprochen. Zum dritten Mal 😡",
        "Angebot Elektriker angenommen. Vermieter ist {full:m}, Rechnung bitte an ihn. Mieter {full}",
        "hallo, die gesprungene Scheibe ist bei meiner Schwiegermutter {full:f}, sie ist 84, also bitte "
        "klingeln und warten",
        "Baumpflege: die Eiche hängt aus dem Garten von Frau {last} rüber, sie ist einverstanden dass Sie bei ihr rein",
        "Hofladen Weihnachtsbestellung: 1 Gans, Name {full}, Abholung am 23., Anzahlung zahlt {first}",
        "habt ihr noch Rinderbrust? bitte auf {last} zurücklegen, mein Mann {first:m} kommt bis 17 Uhr",
        "Eiswagen fürs Schulfest, organisiert von {full} (Elternbeirat) und {full}",
        "Tanzschule, Kostümliste für die Aufführung — {full} (M), {full} (S), {first} (S)",
        "Campingplatz Stellplatz 14 läuft auf meine Freundin {full:f}, aber wir kommen zuerst an, ich bin {full}",
        "Lagerbox B12 — mein Ex {full:m} hat noch einen Schlüssel. Bitte von der Zugangsliste streichen",
        "Container für den 3. der kommt vor das Haus von {full:f}, der Nachbarin, unsere Einfahrt ist zu "
        "schmal. sie ist einverstanden",
        "Yoga: ich vertrete {first} am Dienstag, könnt ihr den Mitgliedern Bescheid geben? {full}",
        "Busfahrt zum Bodensee: Plätze für mich und {full}, und für {dbl} wenn noch was frei ist",
        "ja hallo hier ist {full:f} wegen der Solarmodule auf dem Garagendach also mein Mann {first:m} hat "
        "letzte Woche mit einem von euren Jungs geredet ich glaub der hieß {first:m} und der hat gesagt ihr "
        "ruft wegen dem Speicher zurück aber es hat keiner angerufen also ja danke",
        "Sehr geehrte Damen und Herren, anbei das unterschriebene Formular. Mit freundlichen Grüßen {full}",
        "Vielen Dank für die Stunde!! {first:f} war begeistert 😍 bis nächste Woche. {first}",
        "Steuerberatung: gemeinsame Erklärung für {full:m} und Ehefrau {full:f}, Unterlagen anbei",
        "In Ihrer Nachricht stand „{full} kommt zwischen 14 und 16 Uhr“ — es kam niemand",
        "Hallo ich brauche einen Notar für eine Vorsorgevollmacht für meine Tante {full:f}, sie ist im Pflegeheim",
        "Baumarkt – 3 Eimer Farbe bestellt auf {low}, könnt ihr den Farbton bestätigen?",
        "Hallo, ist die Geige schon da, die meine Lehrerin {full:f} für mich bestellt hat? {full}",
        "Hundesalon – Hallo hier ist {first:f}, Lunas Frauchen 🐶 kann sie um 10 statt um 11 kommen?",
        "auf der Skischul-Liste ist der Name von meinem Sohn falsch geschrieben, richtig ist {full:m}",
        "Festnetz geht nicht, bitte hier schreiben. Anschlussinhaber: {caps}",
        "BITTE DEN HUNDETERMIN AUF FREITAG VERSCHIEBEN. {first}",
        "Anmeldung Klavierprüfung: Prüfling {rev}, Stufe 3, Lehrkraft {init}",
        "Hallo, {nick} hat euch für die Küche empfohlen, ihr habt die von seiner Mutter eingebaut",
        "Frage an die Steuerberatung: die Überweisung von {full:f} am 5. ist ein Darlehen von ihr, kein Einkommen",
        "Euer Fahrer {first:m} war super, hat die Blumenerde bis hinters Haus getragen. Sagt das bitte seinem "
        "Chef {full}",
        "also {first} kann heute nicht zum Klettern, kann {full} den Platz haben?",
        "Die Rechnung für den Baumschnitt bitte teilen zwischen mir und {full}, halbe-halbe. {full}",
        "Hallo, hier {bare}. Ist das Stoffmuster fürs Sofa fertig?",
        "Der Elektriker heute ({first:m}) hat seine Bohrmaschine vergessen, ich gebe sie {full} am Empfang",
        "Bitte beide Namen in den Solarvertrag: {full} und {full}",
        "Kammerjäger: das Wespennest ist eigentlich auf dem Dachboden von {last} nebenan, die sind einverstanden",
        "Katzenpension: nur {first:f} darf die Katzen besuchen, sonst niemand. Halter {init}",
        "Kartbahn: Geburtstagskind ist {first:m}, wird 10, Nachname für die Urkunde ist {last}",
        "Hallo hier ist {full} aus der Elterngruppe der Tanzschule, wir sammeln für ein Geschenk für Frau {last}",
        "Metzgerei – die Dame an der Kasse heute, {first:f} glaub ich, hat mir 4 € zu wenig berechnet, ich "
        "will das zahlen",
        "Uhrmacher: das war die Uhr von meinem Opa, {full:m}, hinten sind seine Initialen. bitte vorsichtig",
        "mir wurde gesagt ich soll in der Werkstatt nach {first:m} fragen wegen dem Verstärker? {full}",
    ],
}

PHONES = ["iPhone 16", "Galaxy A55", "Pixel 8a", "Moto G84", "Nothing Phone 2", "OnePlus 12", "Xperia 10 VI"]
CARS = ["Ford Fiesta", "Toyota Yaris", "Skoda Octavia", "Kia Sportage", "Dacia Duster", "Fiat Panda", "Mini Cooper",
        "Nissan Qashqai"]
SHOWS = ["Dune", "Wednesday", "Bluey", "Inside Out 2", "The Crown", "Bridgerton", "Moana 2", "Frozen"]
BRANDS = ["Stihl", "Makita", "Yamaha", "Fender", "Gibson", "Salomon", "Rossignol", "Dyson", "Hoover", "Petzl",
          "Marshall"]

# Words that fill the no-PII shapes, per language: towns, streets as shop locations, teams, dishes
# (some named after people), feasts and saints' days as dates, weekdays, months.
SHOP: dict[str, dict[str, list[str]]] = {
    "en": {"town": ["Croydon", "Harrogate", "Swansea", "Galway", "Halifax", "Durban", "Kingston", "Bendigo"],
           "street": ["Bold Street", "Church Road", "Union Street", "Corporation Street", "Lord Street"],
           "team": ["Arsenal", "Leeds United", "Celtic", "Wrexham", "Brentford", "Sunderland", "Kaizer Chiefs"],
           "dish": ["Eggs Benedict", "Beef Wellington", "Peach Melba", "Pavlova", "Victoria sponge", "Lamingtons"],
           "feast": ["Bonfire Night", "St Patrick's Day", "Boxing Day", "Pancake Day", "Easter Monday", "Burns Night",
                     "Thanksgiving"],
           "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
           "month": ["January", "March", "April", "June", "August", "October", "November"]},
    "fr": {"town": ["Bayonne", "Aurillac", "Papeete", "Lens", "Roubaix", "Rodez", "Annecy", "Valenciennes"],
           "street": ["rue Nationale", "cours Mirabeau", "rue de Siam", "avenue Jean-Jaurès", "rue Sainte-Catherine"],
           "team": ["l'OM", "Lens", "Toulouse", "l'Aviron Bayonnais", "Rodez", "l'ASSE"],
           "dish": ["pêches Melba", "crêpes Suzette", "madeleines", "tartes Tatin", "croque-monsieur",
                    "tournedos Rossini"],
           "feast": ["la Saint-Nicolas", "la Chandeleur", "la Toussaint", "la Sainte-Barbe", "l'Ascension",
                     "la Saint-Sylvestre", "le Heiva"],
           "day": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
           "month": ["janvier", "mars", "juin", "juillet", "septembre", "novembre", "décembre"]},
    "it": {"town": ["Cuneo", "Rimini", "Macerata", "Potenza", "Aosta", "Cesena", "Matera", "Ancona"],
           "street": ["via Roma", "corso Vittorio Emanuele", "via Cavour", "piazza Duomo", "via Dante"],
           "team": ["Torino", "Cesena", "Sampdoria", "Cagliari", "Bologna", "Fiorentina"],
           "dish": ["zuppa inglese", "pizza Margherita", "carpaccio", "vitello tonnato", "piadina",
                    "bagna cauda"],
           "feast": ["San Martino", "Natale", "Santo Stefano", "Ferragosto", "Capodanno", "San Rocco",
                     "Sant'Orso"],
           "day": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"],
           "month": ["gennaio", "marzo", "giugno", "luglio", "settembre", "novembre", "dicembre"]},
    "es": {"town": ["Pamplona", "Palma", "Cáceres", "Mérida", "Badalona", "Jerez", "Manacor", "Tudela"],
           "street": ["calle Estafeta", "calle Mayor", "avenida de la Constitución", "calle Larios", "Rambla"],
           "team": ["Osasuna", "Mallorca", "Betis", "Athletic", "Saprissa", "Olimpia"],
           "dish": ["ensaimadas", "ensalada César", "tortilla de patatas", "huevos Benedict", "migas extremeñas",
                    "tarta Sacher"],
           "feast": ["San Fermín", "Sant Antoni", "la Virgen de Guadalupe", "Reyes", "San Isidro Labrador",
                     "la Purísima", "Semana Santa"],
           "day": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
           "month": ["enero", "marzo", "abril", "junio", "agosto", "octubre", "noviembre"]},
    "pt": {"town": ["Viseu", "Guarda", "Curitiba", "Goiânia", "Manaus", "Campinas", "Odivelas", "Covilhã"],
           "street": ["Avenida Paulista", "Rua Augusta", "Rua Direita", "Avenida da Liberdade", "Rua XV de Novembro"],
           "team": ["o Benfica", "o Sporting", "o Coritiba", "o Goiás", "o Corinthians", "o Académico de Viseu"],
           "dish": ["pastéis de Belém", "bife à Marrare", "pudim Abade de Priscos", "tacacá", "pamonha",
                    "arroz de Pequi"],
           "feast": ["Santo António", "Dia de Reis", "Carnaval", "São Martinho", "São João", "Natal",
                     "Corpo de Deus"],
           "day": ["segunda", "terça", "quarta", "quinta", "sexta"],
           "month": ["janeiro", "março", "abril", "junho", "agosto", "outubro", "novembro"]},
    "de": {"town": ["Reutlingen", "Bamberg", "Münster", "Würzburg", "Esslingen", "Coesfeld", "Fürth", "Gütersloh"],
           "street": ["Königstraße", "Hauptstraße", "Marktstraße", "Kaiserstraße", "Obere Sandstraße"],
           "team": ["VfB Stuttgart", "Greuther Fürth", "Preußen Münster", "FC Augsburg", "Arminia Bielefeld",
                    "Stuttgarter Kickers"],
           "dish": ["Maultaschen", "Käsespätzle", "Schäufele", "Pfefferpotthast", "Fürst-Pückler-Eis",
                    "Kalter Hund"],
           "feast": ["Sankt Nikolaus", "Fronleichnam", "Pfingstmontag", "Heilige Drei Könige", "Mariä Himmelfahrt",
                     "Kiliani", "Aschermittwoch"],
           "day": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
           "month": ["Januar", "März", "April", "Juni", "August", "Oktober", "November"]},
}

CLEAN: dict[str, list[str]] = {
    "en": [
        "hi do you have the {brand} hedge trimmer in stock at the {town} branch?",
        "is the {street} shop open on {feast}?",
        "ordered a screen protector for my {ph} on {day}, still not here",
        "Do you fit roof bars on a {car}? thanks",
        "what time does the {town} garden centre close on {day}",
        "Can we book the climbing wall for a {team} supporters' night in {month}",
        "is {dish} on the menu at the {town2} café this {day}?",
        "Do you do {show} party bags for a karting party",
        "Husqvarna mower service, how much? it's the 2019 model",
        "looking for a second hand {brand} amp, under £300 ideally",
        "Does ski school start {day} or the week after? the {month} course",
        "can i pay the deposit for the {month} piano exam by bank transfer",
        "cracked my {ph} screen again 🙈 how much and how long",
        "Is the campsite dog friendly over {feast}?",
        "Thanks for the quick service today, top job 👍",
        "Any 50 sq ft units free at {town} storage from {month}?",
        "do you stock Farrow & Ball or just Dulux",
        "Hi, wasp nest, we're near the big Tesco in {town}, do you cover there",
        "Solar panels: is the {month} install slot still free? semi in {town}",
        "can we watch {team} v {team2} in the clubhouse on {day}",
        "how much to resole a pair of {brand} boots",
        "Is the farm shop doing {dish} for {feast} this year?",
        "Dance show is it {day} or Sunday??",
        "How much is a watch battery for a Seiko? and a Casio G-Shock",
        "Do you cut keys for a {car}?",
        "Yoga timetable for {month} please, the {street} studio",
        "Can I return the {brand} drill to the {town} store or only online",
        "is the {show} escape room ok for 10 year olds",
        "the ice cream parlour on {street}, open till 9 on {day}s?",
        "Tree surgeon quote for 2 Leylandii, does it include VAT",
        "Coach trip to {town} on {feast}, any seats left",
        "Is the paper return deadline 31 October or 31 January?",
        "Need the chimney swept before {feast}, any slots",
        "re the {car} hire — is it diesel or petrol",
        "does the music shop on {street} sell {brand} strings",
        "Great groom today, the spaniel looks like a new dog 😂",
        "Can you re-cover an Ercol armchair? {month} would be fine",
        "Glazier: double glazed unit 600x900, how soon could you do it?",
        "Is the {team} home kit back in kids' sizes",
        "BUTCHER'S OPEN ON {feast}? NEED A JOINT FOR {day}",
        "Is the riding school open on {feast} or closed",
        "Karting for 8 on {day}, do you have the junior karts",
        "do u price match Screwfix or Toolstation",
        "Is the {town} hotel bar showing {show} night on {day}",
    ],
    "fr": [
        "bonjour vous avez le taille-haie {brand} en stock au magasin de {town} ?",
        "le magasin {street} est ouvert pour {feast} ?",
        "commandé un verre trempé pour mon {ph} {day} dernier, toujours rien",
        "Vous posez des barres de toit sur une {car} ? merci",
        "la jardinerie de {town} ferme à quelle heure le {day}",
        "On peut réserver le mur d'escalade pour une soirée supporters de {team} en {month}",
        "il y a des {dish} au menu du café de {town2} ce {day} ?",
        "Vous faites des sachets {show} pour un anniversaire au karting",
        "Révision tondeuse Husqvarna, c'est combien ? modèle 2019",
        "je cherche un ampli {brand} d'occasion, moins de 300 € idéalement",
        "L'école de ski commence {day} ou la semaine d'après ? le stage de {month}",
        "je peux payer l'acompte de l'examen de piano de {month} par virement",
        "encore cassé l'écran de mon {ph} 🙈 combien et quel délai",
        "Le camping accepte les chiens pendant {feast} ?",
        "Merci pour l'intervention rapide aujourd'hui, au top 👍",
        "Il reste des box de 5 m² à {town} à partir de {month} ?",
        "vous avez de la peinture Tollens ou seulement Dulux Valentine",
        "Bonjour, nid de guêpes, on est près du Leclerc de {town}, vous intervenez là-bas ?",
        "Panneaux solaires : le créneau de pose de {month} est encore libre ? maison à {town}",
        "on peut regarder {team} contre {team2} au club-house {day} ?",
        "combien pour ressemeler des chaussures {brand}",
        "La ferme fait des {dish} pour {feast} cette année ?",
        "Le gala de danse c'est {day} ou dimanche ??",
        "C'est combien une pile de montre pour une Seiko ? et une Casio G-Shock",
        "Vous faites les doubles de clés pour une {car} ?",
        "Planning yoga de {month} svp, le studio {street}",
        "Je peux rapporter la perceuse {brand} au magasin de {town} ou seulement en ligne",
        "l'escape game {show} c'est ok pour des enfants de 10 ans",
        "le glacier {street}, ouvert jusqu'à 21h le {day} ?",
        "Devis élagage pour 2 thuyas, la TVA est comprise ?",
        "Sortie en car à {town} pour {feast}, il reste des places",
        "La date limite de la déclaration papier c'est en mai ou en juin ?",
        "Il faut ramoner avant {feast}, vous avez des créneaux",
        "pour la location de la {car} — diesel ou essence ?",
        "le magasin de musique {street} vend des cordes {brand} ?",
        "Super toilettage aujourd'hui, l'épagneul est méconnaissable 😂",
        "Vous pouvez retapisser un fauteuil Voltaire ? {month} ça irait",
        "Vitrier : double vitrage 60x90, quel délai ?",
        "Le maillot domicile de {team} est revenu en taille enfant",
        "LA BOUCHERIE EST OUVERTE POUR {feast} ? IL ME FAUT UN RÔTI POUR {day}",
        "Le centre équestre est ouvert pour {feast} ou fermé",
        "Karting pour 8 {day}, vous avez les karts enfants",
        "vous alignez vos prix sur Leroy Merlin ou Castorama",
        "Le bar de l'hôtel à {town} passe {show} {day} soir ?",
    ],
    "it": [
        "salve avete il tagliasiepi {brand} disponibile nel punto vendita di {town}?",
        "il negozio di {street} è aperto a {feast}?",
        "ordinato una pellicola per il mio {ph} {day} scorso, non è ancora arrivata",
        "Montate le barre portatutto su una {car}? grazie",
        "a che ora chiude il garden di {town} il {day}",
        "Possiamo prenotare la parete di arrampicata per una serata del club tifosi {team} a {month}",
        "c'è {dish} nel menù del bar di {town2} questo {day}?",
        "Fate i sacchetti a tema {show} per una festa ai go-kart",
        "Tagliando tosaerba Husqvarna, quanto costa? modello 2019",
        "cerco un amplificatore {brand} usato, massimo 300 €",
        "La scuola sci comincia {day} o la settimana dopo? il corso di {month}",
        "posso pagare l'acconto dell'esame di pianoforte di {month} con bonifico",
        "ho di nuovo rotto lo schermo del telefono 🙈 quanto costa e quanto ci vuole",
        "Il campeggio accetta cani a {feast}?",
        "Grazie per l'intervento rapido di oggi, perfetto 👍",
        "Ci sono box da 5 mq liberi a {town} da {month}?",
        "avete le vernici Sikkens o solo Boero",
        "Salve, nido di vespe, siamo vicino all'Esselunga di {town}, venite fin lì?",
        "Fotovoltaico: è ancora libero lo slot di {month} per l'installazione? casa a {town}",
        "possiamo guardare {team} contro {team2} in club house {day}?",
        "quanto costa risuolare degli scarponi {brand}",
        "Lo spaccio fa {dish} per {feast} quest'anno?",
        "Il saggio di danza è {day} o domenica??",
        "Quanto costa una pila per un Seiko? e per un Casio G-Shock",
        "Fate le chiavi per una {car}?",
        "Orari yoga di {month} per favore, la sede di {street}",
        "Posso restituire il trapano {brand} al negozio di {town} o solo online",
        "l'escape room di {show} va bene per bambini di 10 anni",
        "la gelateria in {street}, aperta fino alle 21 il {day}?",
        "preventivo potatura per 2 cipressi, iva compresa?",
        "Gita in pullman a {town} per {feast}, ci sono ancora posti",
        "La scadenza del 730 è a settembre o a ottobre?",
        "Devo pulire la canna fumaria prima di {feast}, avete posto",
        "per il noleggio della {car} — diesel o benzina?",
        "il negozio di musica in {street} vende corde {brand}?",
        "Toelettatura fantastica oggi, lo spinone sembra un altro cane 😂",
        "Potete rifoderare una poltrona Frau? {month} va benissimo",
        "Vetraio: vetrocamera 60x90, che tempi avete?",
        "È tornata la maglia {team} nelle taglie bambino",
        "LA MACELLERIA È APERTA A {feast}? MI SERVE UN ARROSTO PER {day}",
        "Il maneggio è aperto a {feast} o chiuso",
        "Go-kart per 8 {day}, avete i kart per bambini",
        "fate lo stesso prezzo di Leroy Merlin o Brico io",
        "Il bar dell'hotel a {town} trasmette {show} {day} sera?",
    ],
    "es": [
        "hola tenéis el cortasetos {brand} en la tienda de {town}?",
        "la tienda de la {street} abre en {feast}?",
        "pedí un protector de pantalla para mi {ph} el {day} y no llega",
        "Montáis barras de techo en un {car}? gracias",
        "a qué hora cierra el centro de jardinería de {town} el {day}",
        "Podemos reservar el rocódromo para una noche de la peña de {team} en {month}",
        "hay {dish} en la carta de la cafetería de {town2} este {day}?",
        "Hacéis bolsitas de {show} para un cumple en el karting",
        "Revisión cortacésped Husqvarna, cuánto sale? es del 2019",
        "busco un ampli {brand} de segunda mano, máximo 300 €",
        "La escuela de esquí empieza el {day} o la semana siguiente? el cursillo de {month}",
        "puedo pagar la señal del examen de piano de {month} por transferencia",
        "se me ha vuelto a romper la pantalla del {ph} 🙈 cuánto y cuánto tarda",
        "El camping admite perros en {feast}?",
        "Gracias por venir tan rápido hoy, genial 👍",
        "Os quedan trasteros de 5 m² en {town} a partir de {month}?",
        "tenéis pintura Bruguer o solo Titan",
        "Hola, nido de avispas, estamos al lado del Mercadona de {town}, llegáis hasta allí?",
        "Placas solares: sigue libre el hueco de instalación de {month}? casa en {town}",
        "podemos ver {team} - {team2} en el bar del club el {day}?",
        "cuánto cuesta poner suela a unas botas {brand}",
        "La granja hace {dish} para {feast} este año?",
        "El festival de danza es el {day} o el domingo??",
        "Cuánto cuesta una pila para un Seiko? y para un Casio G-Shock",
        "Hacéis llaves para un {car}?",
        "Horario de yoga de {month} porfa, el centro de la {street}",
        "Puedo devolver el taladro {brand} en la tienda de {town} o solo online",
        "el escape room de {show} vale para niños de 10 años",
        "la heladería de la {street}, abre hasta las 9 el {day}?",
        "Presupuesto de poda para 2 cipreses, lleva IVA?",
        "Excursión en bus a {town} por {feast}, quedan plazas",
        "La renta se presenta hasta junio o hasta julio?",
        "Hay que limpiar la chimenea antes de {feast}, tenéis hueco",
        "lo del alquiler del {car} — es diésel o gasolina?",
        "la tienda de música de la {street} vende cuerdas {brand}?",
        "Qué bien ha quedado el perro hoy, el podenco parece otro 😂",
        "Podéis retapizar un sillón Chester? en {month} me va bien",
        "Cristalero: doble acristalamiento 60x90, qué plazo tenéis?",
        "Ha vuelto la camiseta de {team} en tallas de niño",
        "LA CARNICERÍA ABRE EN {feast}? NECESITO UN ASADO PARA EL {day}",
        "La hípica abre en {feast} o está cerrada",
        "Karting para 8 el {day}, tenéis karts infantiles",
        "igualáis el precio de Leroy Merlin o de Bricomart",
        "El bar del hotel en {town} pone {show} el {day} por la noche?",
    ],
    "pt": [
        "olá têm o corta-sebes {brand} na loja de {town}?",
        "a loja da {street} abre no {feast}?",
        "encomendei uma película para o meu {ph} na {day} e ainda não chegou",
        "Montam barras de tejadilho num {car}? obrigado",
        "a que horas fecha o centro de jardinagem de {town} na {day}",
        "Podemos reservar a parede de escalada para uma noite da claque d{team} em {month}",
        "há {dish} no menu do café de {town2} esta {day}?",
        "Fazem saquinhos de {show} para uma festa no karting",
        "Revisão do corta-relva Husqvarna, quanto fica? é de 2019",
        "procuro um amplificador {brand} usado, até 300 €",
        "A escola de esqui começa na {day} ou na semana a seguir? o curso de {month}",
        "posso pagar o sinal do exame de piano de {month} por transferência",
        "parti outra vez o ecrã do {ph} 🙈 quanto custa e quanto tempo",
        "O parque de campismo aceita cães no {feast}?",
        "Obrigado pela rapidez hoje, impecável 👍",
        "Ainda têm boxes de 5 m² em {town} a partir de {month}?",
        "têm tintas CIN ou só Robbialac",
        "Olá, ninho de vespas, estamos perto do Continente de {town}, vão lá?",
        "Painéis solares: a vaga de instalação de {month} ainda está livre? moradia em {town}",
        "dá para ver {team} contra {team2} no bar do clube na {day}?",
        "quanto custa meter solas numas botas {brand}",
        "A quinta vai ter {dish} para {feast} este ano?",
        "A festa de dança é na {day} ou no domingo??",
        "Quanto custa uma pilha para um Seiko? e para um Casio G-Shock",
        "Fazem chaves para um {car}?",
        "Horário de ioga de {month} por favor, o estúdio da {street}",
        "Posso devolver o berbequim {brand} na loja de {town} ou só online",
        "o escape room de {show} dá para crianças de 10 anos",
        "a gelataria da {street} está aberta até às 21h na {day}?",
        "Orçamento de poda para 2 ciprestes, já tem IVA?",
        "Excursão de autocarro a {town} no {feast}, ainda há lugares",
        "O prazo do IRS acaba em junho ou julho?",
        "Preciso de limpar a chaminé antes do {feast}, têm vaga",
        "quanto ao aluguer do {car} — é gasóleo ou gasolina?",
        "a loja de música da {street} vende cordas {brand}?",
        "Tosquia espetacular hoje, o podengo parece outro cão 😂",
        "Conseguem reestofar um cadeirão Chesterfield? em {month} dá jeito",
        "Vidraceiro: vidro duplo 60x90, qual o prazo?",
        "Já voltou a camisola d{team} em tamanhos de criança",
        "O TALHO ABRE NO {feast}? PRECISO DE UM ASSADO PARA {day}",
        "O centro hípico abre no {feast} ou está fechado",
        "Karting para 8 na {day}, têm karts de criança",
        "fazem o preço do Leroy Merlin ou do Brico Depôt",
        "O bar do hotel em {town} vai dar {show} na {day} à noite?",
    ],
    "de": [
        "hallo habt ihr die {brand} Heckenschere in der Filiale in {town} vorrätig?",
        "hat der Laden in der {street} an {feast} offen?",
        "Panzerglas für mein {ph} am {day} bestellt, immer noch nicht da",
        "Montiert ihr Dachträger auf einen {car}? danke",
        "wann macht das Gartencenter in {town} am {day} zu",
        "Können wir die Kletterhalle für einen Fanclub-Abend für {team} im {month} buchen",
        "gibt es {dish} im Café in {town2} diesen {day}?",
        "Macht ihr {show}-Tüten für einen Kindergeburtstag auf der Kartbahn",
        "Rasenmäher-Inspektion Husqvarna, was kostet das? Baujahr 2019",
        "suche einen gebrauchten {brand} Verstärker, bis 300 €",
        "Fängt die Skischule am {day} an oder die Woche danach? der Kurs im {month}",
        "kann ich die Anzahlung für die Klavierprüfung im {month} überweisen",
        "schon wieder das Display vom {ph} kaputt 🙈 was kostet das und wie lange",
        "Sind Hunde an {feast} auf dem Campingplatz erlaubt?",
        "Danke für den schnellen Einsatz heute, top 👍",
        "Habt ihr ab {month} noch 5 m² Boxen in {town} frei?",
        "habt ihr Farben von Caparol oder nur Alpina",
        "Hallo, Wespennest, wir sind beim Kaufland in {town}, kommt ihr bis da?",
        "Solaranlage: ist der Montagetermin im {month} noch frei? Doppelhaushälfte in {town}",
        "können wir {team} gegen {team2} am {day} im Vereinsheim schauen?",
        "was kostet neu besohlen bei {brand} Stiefeln",
        "Macht der Hofladen {dish} zu {feast} dieses Jahr?",
        "Ist die Tanzaufführung am {day} oder am Sonntag??",
        "Was kostet eine Uhrenbatterie für eine Seiko? und für eine Casio G-Shock",
        "Macht ihr Schlüssel für einen {car}?",
        "Yoga-Stundenplan für {month} bitte, das Studio in der {street}",
        "Kann ich die {brand} Bohrmaschine in der Filiale in {town} zurückgeben oder nur online",
        "ist der {show} Escape Room ok für 10-Jährige",
        "die Eisdiele in der {street}, am {day} bis 21 Uhr offen?",
        "Angebot Baumschnitt für 2 Thujen, ist die MwSt dabei?",
        "Busfahrt nach {town} an {feast}, noch Plätze frei",
        "Ist die Abgabefrist für die Steuererklärung Ende Juli oder später?",
        "Der Kamin muss vor {feast} gekehrt werden, habt ihr Termine",
        "wegen dem Mietwagen {car} — Diesel oder Benzin?",
        "verkauft der Musikladen in der {street} {brand} Saiten?",
        "Super Pflege heute, der Spaniel sieht aus wie ein neuer Hund 😂",
        "Könnt ihr einen Eames Chair neu beziehen? {month} wäre gut",
        "Glaser: Isolierglas 60x90, wie schnell geht das?",
        "Gibt es das Heimtrikot von {team} wieder in Kindergrößen",
        "HAT DIE METZGEREI AN {feast} AUF? BRAUCHE EINEN BRATEN FÜR {day}",
        "Hat der Reitstall an {feast} offen oder zu",
        "Kartbahn für 8 am {day}, habt ihr Kinderkarts",
        "macht ihr Preisgarantie gegen OBI oder Hornbach",
        "Zeigt die Hotelbar in {town} am {day} Abend {show}?",
    ],
}

# fmt: on


def _bare(text: str) -> str:
    """A name as typed on a phone that drops accents ("Keita", "Yilmaz", "Bauza")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return plain.translate(_PLAIN)


def _person(lang: str, slot: str, rng: random.Random) -> str:
    """One name for a slot, drawn from a group of one origin so given name and surname match."""
    kind, _, gender = slot.partition(":")
    side = {"f": 0, "m": 1}.get(gender)
    groups = [g for g in PEOPLE[lang] if side is None or g[side]]
    women, men, surnames, short = rng.choices(groups, weights=[len(w) + len(m) + len(s) for w, m, s, _ in groups])[0]
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
        return f"{rng.choice(short)} {last}"
    if kind == "init":
        return f"{given[0]}. {last}"
    if kind == "rev":
        return f"{last.upper() if rng.random() < 0.5 else last} {given}"  # "VAN NIEKERK Ruan" as on a form
    full = f"{given} {last}"
    if kind == "bare":
        return _bare(full)
    return {"low": full.lower(), "caps": full.upper()}.get(kind, full)


def _pair(name: str) -> tuple[str, str]:
    """A name's given name and surname as compared with another set: its first and last words in
    lower case, hyphens split, accents dropped so that "Balde" and "Baldé" count as one."""
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
    )

    modules = (names_heldout, names_heldout2, names_heldout3, names_heldout4, names_heldout5, names_heldout6,
               names_heldout7, names_heldout8, names_heldout9, names_heldout10, names_heldout11)  # fmt: skip
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
        shop = SHOP[lang]
        words = {**shop, "town2": shop["town"], "team2": shop["team"], "ph": PHONES, "car": CARS, "show": SHOWS,
                 "brand": BRANDS}  # fmt: skip
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
