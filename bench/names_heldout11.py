"""An eleventh held-out set for person names and no-PII commerce chat, frozen before its first run.

Why an eleventh set: the tenth (`bench.names_heldout10`) has been run and rounds of rules were
written after it, so final figures need a set that neither the rules nor the people tuning them
have seen. This one was written on 2026-12-06 by an independent author (a helper session started
for this alone) who had not read Veil's rule code (`recognizers/`, `proxy/detection/`), its data
files (`recognizers/data/`, `bench/data/` but one line), the tune sets (`bench/*tune*.py`), any
held-out or retired set's name lists or tables, any miss list, `/tmp/agg/`, nor
`docs/detection.md` and `docs/detection-rounds.md`, and who never ran Veil on it. Read were:
`bench.names_heldout10`'s docstring, constants and functions (`_bare` to `main`) for the
interface, the docstrings of `bench.names_heldout7` to `bench.names_heldout9` (only to keep off
their origin groups and businesses), one line of heldout10's data file for the format,
`bench.names_heldout` (`Example`, `_fill`, `load`, `freeze_cli`, `dumps`, `fingerprint`; by
overrunning, also the first dozen of its retired Italian templates), a glimpse of heldout10's
phone list line (not used here), `tests/bench/test_names_heldout_sets.py`, and the `SETS` dict and
docstring of `bench.names`. `build()` compares this set's names with every earlier held-out set's
(`heldout` to `heldout10`) only by program, to leave out any given name and surname pair one of
them has; their messages and names were never printed or read:

- names are typed here from knowledge of each country's naming, in groups by origin that no
  earlier set's docstring lists, a given name going with a surname of its own origin (Kenyan,
  Gujarati-British, Hong Kong British, Samoan New Zealander, Afrikaner, Louisiana Cajun,
  Guyanese in en; Congolese, Guinean, Mauritian, Cambodian-French, Armenian-French, Savoyard,
  Nord (Ch'ti) in fr; Egyptian-Italian (Muslim and Copt), Moldovan-Italian, Ligurian,
  Bergamasque, Tuscan, Abruzzese, Slovene of Trieste in it; Uruguayan, Guatemalan Maya, Puerto
  Rican, Salvadoran, Valencian, Equatoguinean, Cantabrian in es; Madeiran, Transmontano,
  Algarvian, Minhoto, Paraense, Dutch-Brazilian, Carioca in pt; Serbian-German, Bosnian-German,
  Iranian-German, Hungarian-German, Luxembourgish, Saxon, Rhenish in de); surnames of two words
  or with particles ("van der Merwe", "du Plessis", "Der Sarkissian", "El Sayed", "Abdel Malak",
  "Del Bene", "D'Alessandro", "De León", "de Geus", "ten Kate", "Marin-Lamellet", "Fa'alogo"),
  surnames that are words, brands or places elsewhere ("Lad", "Bacchus", "Hinds", "Bah",
  "Perrier", "Tissot", "Labonne", "Pace", "Kralj", "Gamba", "Chicas", "Guardado", "Colón",
  "Burgos", "Jardim", "Sardinha", "Barata", "Quaresma", "Lima", "Madeira", "Kiss", "Esser",
  "Faber", "Bettendorf"), given names that are words or read as another sex ("Faith", "Mercy",
  "Trésor", "Patient", "Merveille", "Domingo", "Esperanza", "Nieves", "Reina", "Celeste",
  "Joke", "Mina" for a Coptic man, "Jasmin" for a Bosnian man); each group has short forms used
  with a surname ("Shiro", "T-Boy", "Koos", "Bouba", "Garo", "Baciccia", "Mincho", "Xelo",
  "Tó", "Kees", "Jhemp", "Jupp", "Tünn") and adopted names ("Kelvin", "Jonathan", "Wellington",
  "Jéssica"); names come as given name and surname, given name alone, surname alone, surname
  first as on a form ("VAN NIEKERK Ruan"), with an initial, with two surnames, with accents
  dropped, in lower case and in capitals;
- 57 message shapes a language, each written as a customer types on WhatsApp to an optician, a
  vet, a tailor, a locksmith, a wine shop, a gym, a travel agent, an insurance broker, a funeral
  florist, a bike repair shop, a photographer, a tutoring centre, a pharmacy, a print shop, a
  language school, a laundry, a wedding florist, an estate agent, a cleaning company, a kebab
  shop, a bookshop, a tattoo studio, a bank, a framing shop, a school taxi, a fitted
  wardrobe maker, a cake shop and a workplace's shift swap (typos, missing stops, emoji, a
  voice-to-text run-on of 40-odd words, mixed case), names at the start, in the middle and at
  the end: a witness to a car scrape, a tenant giving notice, a coach, godparents on a
  christening certificate, a carer collecting a prescription, a colleague covering a shift, a
  car's previous owner, a referee's expenses, an ex-partner still on a policy or holding a key,
  a classmate booking a study room, a driver thanked, a payer who is a brother-in-law, a late
  father's account, a deaf mother to be texted; about 7 % of messages wholly in lower case and
  about 3 % wholly in capitals; at least 320 gold names a language;
- 158 no-PII messages a language from 43 shapes, written the same way to the same kinds of
  shop: phones, cars, films and series, brands (some of them surnames elsewhere: "Kärcher",
  "Ray-Ban", "Brompton"), branches in towns, shops named after streets ("Deansgate", "rue
  Gambetta", "via XX Settembre", "calle Colón", "Rua Oscar Freire", "Schildergasse"), football
  teams, dishes (some named after people: "Tarte Tatin", "Bacalhau à Brás", "Strammer Max"),
  holidays, weekdays, months, saints' days and feasts as dates ("St David's Day", "Saint-Jean",
  "San Giusto", "San Isidro", "Círio de Nazaré", "Sankt Martin"), everyday thanks. No private
  person is in them, and no customer's home address.

Gold spans are offsets computed by `_fill` while the text is built, never typed by hand; a
title, a kinship word or an article before a name stays outside its span.
`python -m bench.names_heldout11 --write` wrote the file once; it was committed and landed on
main before Veil ran on it. `load()` refuses `bench/data/names_heldout11.jsonl` when its
SHA-256 differs from `FINGERPRINT`. Nothing is tuned on it; it is run to report figures, and
its individual misses are not printed or read.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

from bench.names_heldout import Example, freeze_cli
from bench.names_heldout import load as _load

PATH = Path(__file__).resolve().parent / "data" / "names_heldout11.jsonl"
FINGERPRINT = "96b5d23869b3063f"
SEED = 20261206_11
NAMES_PER_LANGUAGE = 320
CLEAN_PER_LANGUAGE = 158
LOWER_SHARE = 0.07
CAPS_SHARE = 0.03
_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "đ": "d", "Đ": "D"})

# fmt: off
# Per language, groups of people by origin: (women's given names, men's given names, surnames,
# short or adopted forms used with a surname). Slots: {full} given name and surname; {first}
# given name; {last} surname; {rev} surname then given name, as on a form; {dbl} a given name and
# two surnames (es, pt side by side, the others hyphenated); {nick} a short form and a surname;
# {init} an initial and a surname; {bare} a full name with accents dropped; {low} one in lower
# case; {caps} one in capitals; ":f" / ":m" where the message says whether it is a woman or a man.
PEOPLE: dict[str, list[tuple[list[str], list[str], list[str], list[str]]]] = {
    "en": [
        (["Wanjiru", "Akinyi", "Nyambura", "Achieng", "Wambui", "Atieno", "Njeri", "Faith", "Mercy"],
         ["Ochieng", "Kipchoge", "Njoroge", "Omondi", "Kibet", "Kimani", "Dennis"],
         ["Kamau", "Mwangi", "Otieno", "Wanjiku", "Odhiambo", "Kiprotich", "Chebet", "Onyango", "Karanja",
          "Koech", "Mutua"],
         ["Shiro", "Kim", "Shiku", "Ken", "Wakesho"]),  # Kenyan
        (["Hetal", "Bhavna", "Nisha", "Krupa", "Falguni", "Dhara", "Jalpa", "Hina"],
         ["Nilesh", "Jignesh", "Hitesh", "Ketan", "Paresh", "Bhavesh", "Mehul", "Chirag"],
         ["Patel", "Shah", "Mistry", "Desai", "Parmar", "Solanki", "Chauhan", "Thakkar", "Lad", "Vaghela", "Joshi"],
         ["Hets", "Jig", "Nil", "Bhav", "Kets"]),  # Gujarati-British
        (["Ka-Yan", "Wing-Sze", "Hoi-Ting", "Suet-Ying", "Mandy", "Winnie", "Cherry"],
         ["Ka-Ho", "Chi-Wai", "Siu-Ming", "Kwok-Keung", "Raymond", "Kelvin", "Terence"],
         ["Chan", "Wong", "Leung", "Cheung", "Lau", "Ng", "Tsang", "Yip", "Kwok", "Fung", "Ho", "Lam"],
         ["Ah-Wai", "Ming", "Kenny", "Bonnie", "Ah-Keung"]),  # Hong Kong British
        (["Sina", "Lagi", "Fetu", "Malia", "Siniva", "Losaline", "Pua"],
         ["Tavita", "Iosefa", "Pita", "Sefo", "Tui", "Ioane", "Filipo"],
         ["Leota", "Tuilagi", "Fa'alogo", "Aumua", "Sapolu", "Faleolo", "Tuala", "Sopoaga", "Va'a", "Mulitalo"],
         ["Tavi", "Sefa", "Mali", "Jo", "Lagz"]),  # Samoan New Zealander
        (["Annelie", "Marietjie", "Elmarie", "Sunette", "Riana", "Liezl", "Anri"],
         ["Pieter", "Johan", "Gerrit", "Wynand", "Schalk", "Francois", "Ruan"],
         ["van der Merwe", "Botha", "Pretorius", "du Plessis", "Coetzee", "Venter", "Nel", "Steyn", "Joubert",
          "van Niekerk", "Oosthuizen", "le Roux"],
         ["Koos", "Sakkie", "Piet", "Jannie", "Ria"]),  # Afrikaner South African
        (["Clothilde", "Yvonne", "Lorena", "Noelie", "Jolie", "Alcina", "Gisele"],
         ["Alcide", "Clovis", "Onezime", "Remy", "Beau", "Lucien", "Dudley"],
         ["Boudreaux", "Thibodeaux", "Guidry", "Broussard", "Hebert", "Landry", "LeBlanc", "Arceneaux", "Fontenot",
          "Robichaux", "Doucet", "Cormier"],
         ["T-Boy", "Boo", "Lulu", "Nonc", "Tee-Ray"]),  # Louisiana Cajun
        (["Savitri", "Drupatie", "Indranie", "Bibi", "Shondel", "Leonora", "Roxanne"],
         ["Deonarine", "Ramesh", "Khemraj", "Parsram", "Desmond", "Cleveland", "Shawn"],
         ["Persaud", "Ramdass", "Ramnarine", "Bacchus", "Jagdeo", "Seepersaud", "Lall", "Chin", "Rodrigues",
          "Fraser", "Hinds"],
         ["Dev", "Khem", "Indi", "Sav", "Cleve"]),  # Guyanese
    ],
    "fr": [
        (["Grâce", "Merveille", "Dorcas", "Exaucée", "Bénie", "Ngalula", "Kapinga"],
         ["Dieumerci", "Glody", "Trésor", "Patient", "Héritier", "Christian", "Jonathan"],
         ["Mbuyi", "Tshibangu", "Kabongo", "Ilunga", "Lukusa", "Mukendi", "Nzuzi", "Makiese", "Lumbala", "Kalonji",
          "Mputu", "Nsimba"],
         ["Dido", "Glo", "Merv", "Bébé", "Jojo"]),  # Congolese (Kinshasa)
        (["Mariama", "Kadiatou", "Fatoumata", "Hadja", "Aïssatou", "Diariou", "Oumou"],
         ["Mamadou", "Alpha", "Thierno", "Boubacar", "Ibrahima", "Amadou", "Souleymane"],
         ["Diallo", "Barry", "Bah", "Sow", "Baldé", "Souaré", "Bangoura", "Camara", "Kourouma", "Sylla"],
         ["Bouba", "Ibou", "Fanta", "Kadi", "Ami"]),  # Guinean (Peul and Soussou)
        (["Devika", "Poonam", "Anoushka", "Vidya", "Shalini", "Mélanie", "Nathalie"],
         ["Vikash", "Anil", "Yogesh", "Kessen", "Jean-Noël", "Ludovic", "Dev"],
         ["Ramgoolam", "Beeharry", "Ramsamy", "Seeruttun", "Gopaul", "Bhugun", "Permal", "Appadoo", "Veerasamy",
          "Labonne", "Perrine", "Augustin"],
         ["Viki", "Ani", "Nono", "Mimi", "Yogi"]),  # Mauritian
        (["Sophea", "Chanthou", "Sreymom", "Bopha", "Sokha", "Malis", "Rachana"],
         ["Sambath", "Vuthy", "Rithy", "Dara", "Sovann", "Bunthoeun", "Visal"],
         ["Chhim", "Sok", "Heng", "Ly", "Chea", "Pich", "Meas", "Keo", "Tan", "Ouk", "Prak"],
         ["Bo", "Thy", "Sam", "Da", "Srey"]),  # Cambodian-French
        (["Anahit", "Arpi", "Lilit", "Nairi", "Taline", "Arevik", "Sirvart"],
         ["Haïk", "Aram", "Vartan", "Sarkis", "Hagop", "Ara", "Krikor"],
         ["Papazian", "Kevorkian", "Manoukian", "Der Sarkissian", "Boghossian", "Hagopian", "Kalfayan", "Tchakerian",
          "Minassian", "Der Haroutiounian"],
         ["Garo", "Haig", "Jacky", "Sako", "Nana"]),  # Armenian-French
        (["Madeleine", "Joséphine", "Albane", "Solène", "Perrine", "Bernadette", "Marthe"],
         ["Joseph", "Auguste", "Aurélien", "Baptiste", "Séraphin", "Éloi", "Théo"],
         ["Bouvier", "Favre", "Mermoz", "Perrier", "Dunand", "Burnier", "Chappaz", "Ducret", "Sallaz", "Gaillard",
          "Excoffier", "Tissot", "Marin-Lamellet"],
         ["Jo", "Titi", "Gus", "Mado", "Babeth"]),  # Savoyard
        (["Ginette", "Josiane", "Mélissa", "Ludivine", "Amandine", "Maryse", "Marie-Thérèse"],
         ["Raymond", "Gérard", "Kévin", "Dylan", "Jérémy", "Ludovic", "Benoît"],
         ["Delattre", "Vandewalle", "Lefebvre", "Leclercq", "Deschamps", "Vanhoutte", "Dewaele", "Wattel", "Lemaire",
          "Delporte", "Carpentier", "Dhainaut"],
         ["Dédé", "Ginou", "Ludo", "Momo", "Jéjé"]),  # Nord (Ch'ti)
    ],
    "it": [
        (["Mariam", "Nour", "Yasmin", "Shaimaa", "Rana", "Heba", "Doaa"],
         ["Mohamed", "Ahmed", "Mahmoud", "Karim", "Tarek", "Amr", "Hossam", "Mina"],
         ["Abdelrahman", "El Sayed", "Mostafa", "Gaber", "Fawzy", "Shenouda", "Girgis", "Abdel Malak", "Soliman",
          "Farag"],
         ["Hamada", "Mido", "Tito", "Nono", "Bebo"]),  # Egyptian-Italian (Muslim and Copt)
        (["Natalia", "Olesea", "Doina", "Tatiana", "Corina", "Mariana", "Ecaterina"],
         ["Ion", "Vasile", "Sergiu", "Vitalie", "Dumitru", "Andrei", "Iurie"],
         ["Rusu", "Ceban", "Ciobanu", "Munteanu", "Lungu", "Cojocaru", "Botnari", "Bivol", "Ursu", "Turcan", "Grosu"],
         ["Vitea", "Serioja", "Nata", "Dima", "Olea"]),  # Moldovan-Italian
        (["Nicoletta", "Benedetta", "Caterina", "Maddalena", "Rosetta", "Bianca", "Marinella"],
         ["Giobatta", "Lorenzo", "Nicolò", "Stefano", "Bartolomeo", "Emanuele", "Franco"],
         ["Parodi", "Canepa", "Repetto", "Traverso", "Cambiaso", "Dellepiane", "Pittaluga", "Queirolo", "Bagnasco",
          "Ghiglione", "Oneto", "Risso", "Boero"],
         ["Baciccia", "Bacci", "Nicco", "Mimma", "Manu"]),  # Ligurian
        (["Elisa", "Angela", "Gemma", "Ornella", "Pierangela", "Vittoria", "Mansueta"],
         ["Battista", "Angelo", "Gianpietro", "Bortolo", "Pierluigi", "Cesare", "Mansueto"],
         ["Rota", "Carminati", "Locatelli", "Pesenti", "Rottoli", "Gamba", "Ghisleni", "Cortinovis", "Brembilla",
          "Previtali", "Belotti", "Ravasio", "Salvi"],
         ["Bortol", "Tita", "Gigi", "Lino", "Pier"]),  # Bergamasque
        (["Ilaria", "Costanza", "Beatrice", "Fiamma", "Fiorella", "Ginevra", "Lapa"],
         ["Duccio", "Lapo", "Niccolò", "Iacopo", "Gherardo", "Tommaso", "Guelfo"],
         ["Innocenti", "Baldini", "Bartolini", "Niccolai", "Cecchi", "Lazzerini", "Mannucci", "Bardelli", "Nencini",
          "Pucci", "Del Bene", "Guidotti"],
         ["Cecco", "Nanni", "Bista", "Bice", "Tommi"]),  # Tuscan
        (["Filomena", "Assunta", "Annunziata", "Giustina", "Vincenza", "Loreta", "Tiziana"],
         ["Domenico", "Panfilo", "Nicandro", "Cetteo", "Camillo", "Donato", "Berardino"],
         ["Di Carlo", "D'Alessandro", "Di Giacomo", "Marinucci", "Di Censo", "Ciccone", "D'Orazio", "Colasante",
          "Di Nardo", "Iezzi", "Tiberio", "Pace"],
         ["Peppino", "Nando", "Titina", "Nunziata", "Dunì"]),  # Abruzzese
        (["Marija", "Nataša", "Vesna", "Mojca", "Tanja", "Jasna", "Alenka"],
         ["Boris", "Igor", "Marko", "Dušan", "Matjaž", "Bogdan", "Rado"],
         ["Kralj", "Gruden", "Pahor", "Kosmina", "Sosič", "Legiša", "Žerjal", "Furlan", "Škerk", "Pertot", "Vremec",
          "Tretjak"],
         ["Dule", "Bori", "Nata", "Vesi", "Mojči"]),  # Slovene of Trieste
    ],
    "es": [
        (["Florencia", "Agustina", "Micaela", "Rocío", "Soledad", "Maite", "Valentina"],
         ["Gonzalo", "Facundo", "Obdulio", "Mathías", "Gastón", "Bruno", "Santiago"],
         ["Pereyra", "Sosa", "Techera", "Olivera", "De León", "Cabrera", "Da Silva", "Fagúndez", "Bentancur",
          "Cardozo", "Varela", "Rocha"],
         ["Facu", "Flor", "Vale", "Tato", "Gonza"]),  # Uruguayan
        (["Ixchel", "Candelaria", "Eulalia", "Rosalía", "Petrona", "Magdalena", "Nikté"],
         ["Gaspar", "Tomás", "Baltazar", "Sebastián", "Felipe", "Domingo", "Santos"],
         ["Tzul", "Xoc", "Ajcot", "Cux", "Tuy", "Batz", "Chocooj", "Tzoc", "Ixcoy", "Sicán", "Caal", "Choc"],
         ["Mincho", "Chepe", "Memo", "Lencho", "Chus"]),  # Guatemalan Maya
        (["Yaritza", "Zuleyka", "Nilda", "Migdalia", "Marisol", "Yamilet", "Coral"],
         ["Jaime", "Wilfredo", "Edwin", "Yadiel", "Efraín", "Héctor", "Joel"],
         ["Rivera", "Colón", "Rosado", "Vélez", "Figueroa", "Cintrón", "Quiñones", "Burgos", "Maldonado", "Negrón",
          "Pagán", "Acevedo"],
         ["Willy", "Papo", "Cuca", "Nildi", "Yayo"]),  # Puerto Rican
        (["Xiomara", "Yesenia", "Glenda", "Reina", "Delmy", "Ingrid", "Marlene"],
         ["Nelson", "Ulises", "Wilber", "Elmer", "Milton", "Fredy", "Walter"],
         ["Portillo", "Chicas", "Alvarado", "Menjívar", "Argueta", "Ayala", "Mejía", "Lemus", "Villatoro", "Guardado",
          "Escobar", "Quintanilla"],
         ["Chamba", "Neto", "Tito", "Meche", "Chele"]),  # Salvadoran
        (["Amparo", "Empar", "Vicenta", "Consuelo", "Neus", "Remei", "Fina"],
         ["Vicent", "Pasqual", "Jaume", "Batiste", "Salvador", "Joan", "Toni"],
         ["Ferrer", "Císcar", "Llorca", "Bataller", "Peris", "Sanchis", "Soler", "Tormo", "Alapont", "Sendra",
          "Gisbert", "Camarasa", "Puchades"],
         ["Xelo", "Tonet", "Quique", "Pepa", "Visantet"]),  # Valencian
        (["Trinidad", "Purificación", "Anacleta", "Fausta", "Esperanza", "Nieves", "Salomé"],
         ["Tobías", "Crisantos", "Anacleto", "Celestino", "Severo", "Rufino", "Deogracias"],
         ["Nsue", "Esono", "Mba", "Ndong", "Ondo", "Mangue", "Oyono", "Bacale", "Edjang", "Abeso", "Nchama"],
         ["Puri", "Celes", "Trini", "Chito", "Tobi"]),  # Equatoguinean
        (["Piedad", "Araceli", "Rebeca", "Marisa", "Bienvenida", "Noelia", "Celia"],
         ["Ceferino", "Ramiro", "Jacinto", "Sandalio", "Orlando", "Emeterio", "Celedonio"],
         ["Cobo", "Sainz", "Revuelta", "Bustamante", "Ceballos", "Güemes", "Cagigas", "Mazón", "Quintana", "Cuesta",
          "Sañudo", "Lavín"],
         ["Miro", "Chinto", "Sandi", "Cheli", "Rebe"]),  # Cantabrian
    ],
    "pt": [
        (["Graça", "Fátima", "Lurdes", "Ilda", "Filipa", "Zita", "Odete"],
         ["Gualberto", "Agostinho", "Duarte", "Gonçalo", "Rui", "Virgílio", "Nélio"],
         ["Freitas", "Gouveia", "Abreu", "Jardim", "Nóbrega", "Mendonça", "Drumond", "Câmara", "Aveiro", "Camacho",
          "Sardinha", "Figueira"],
         ["Guida", "Nelinho", "Tina", "Zé", "Gugu"]),  # Madeiran
        (["Hermínia", "Celeste", "Amélia", "Rosalina", "Alzira", "Adelaide", "Deolinda"],
         ["Armindo", "Albino", "Aníbal", "Zeferino", "Silvino", "Delfim", "Alcino"],
         ["Morais", "Sarmento", "Carvalhais", "Pires", "Fontoura", "Taveira", "Cepeda", "Mirandela", "Vilela", "Calvão",
          "Barreira", "Mourão"],
         ["Mindinho", "Bino", "Zeca", "Lina", "Dina"]),  # Transmontano
        (["Custódia", "Guilhermina", "Mafalda", "Vitória", "Idalina", "Ermelinda", "Noémia"],
         ["Custódio", "Hilário", "Sebastião", "Vitorino", "Florival", "Quintino", "Leonel"],
         ["Guerreiro", "Viegas", "Palma", "Cabrita", "Brito", "Encarnação", "Pacheco", "Vairinhos", "Cavaco", "Madeira",
          "Coelho"],
         ["Tó", "Mimi", "Vitó", "Quim", "Bastião"]),  # Algarvian
        (["Arminda", "Olívia", "Rosinda", "Albertina", "Gracinda", "Felismina", "Glória"],
         ["Adelino", "Joaquim", "Arlindo", "Bernardino", "Domingos", "Amaro", "Serafim"],
         ["Araújo", "Barbosa", "Magalhães", "Lima", "Machado", "Coutinho", "Malheiro", "Dantas", "Cerqueira", "Amorim",
          "Passos", "Portela"],
         ["Mindo", "Berto", "Dinda", "Nanda", "Quinzé"]),  # Minhoto
        (["Raimunda", "Nazaré", "Iracema", "Jurema", "Edilene", "Rosenilda", "Kátia"],
         ["Raimundo", "Edivaldo", "Jurandir", "Ubiratan", "Nonato", "Edinaldo", "Wanderley"],
         ["Pantoja", "Barata", "Lobato", "Quaresma", "Bentes", "Farias", "Sarmanho", "Maués", "Leão", "Cordovil",
          "Assunção"],
         ["Dico", "Naza", "Bira", "Kaká", "Didi"]),  # Paraense
        (["Anneke", "Marieke", "Wilma", "Joke", "Janneke", "Gerda", "Femke"],
         ["Hendrik", "Geert", "Willem", "Arie", "Dirk", "Jacob", "Teunis"],
         ["de Geus", "Schouten", "Jansen", "Kool", "Groenwold", "Verschoor", "de Ruiter", "Boer", "Los", "van Beek",
          "ten Kate"],
         ["Kees", "Henk", "Wim", "Joop", "Ank"]),  # Dutch-Brazilian (Holambra, Carambeí)
        (["Thaís", "Luana", "Bruna", "Jéssica", "Priscila", "Tatiane", "Rayane"],
         ["Thiago", "Leandro", "Wellington", "Anderson", "Marcelo", "Renan", "Diego"],
         ["Nascimento", "Santana", "Barros", "Cardoso", "Paiva", "Rangel", "Menezes", "Pimentel", "Bastos", "Cruz",
          "Guimarães", "Peixoto"],
         ["Léo", "Tati", "Lelê", "Dudu", "Binho"]),  # Carioca
    ],
    "de": [
        (["Jelena", "Dragana", "Milica", "Snežana", "Gordana", "Ivana", "Biljana"],
         ["Dragan", "Miloš", "Nenad", "Dejan", "Goran", "Zoran", "Slobodan"],
         ["Jovanović", "Petrović", "Nikolić", "Đorđević", "Stojanović", "Marković", "Ilić", "Popović", "Lazić",
          "Stanković", "Milosavljević", "Kostić"],
         ["Gaga", "Boban", "Cane", "Buba", "Sloba"]),  # Serbian-German
        (["Amra", "Selma", "Lejla", "Aida", "Emina", "Merima", "Edina"],
         ["Adnan", "Edin", "Emir", "Mirza", "Haris", "Senad", "Jasmin"],
         ["Hodžić", "Mehmedović", "Begić", "Hadžić", "Omerović", "Delić", "Karić", "Mujić", "Softić", "Halilović",
          "Kovač"],
         ["Edo", "Hari", "Seki", "Lela", "Mima"]),  # Bosnian-German
        (["Shirin", "Parisa", "Mahsa", "Golnar", "Nasrin", "Roya", "Azadeh"],
         ["Reza", "Behnam", "Dariush", "Kian", "Arash", "Omid", "Babak"],
         ["Hosseini", "Moradi", "Ahmadi", "Rezaei", "Tehrani", "Jafari", "Sadeghi", "Farahani", "Rahimi", "Bagheri",
          "Shirazi"],
         ["Dari", "Ari", "Nasi", "Pari", "Bobby"]),  # Iranian-German
        (["Zsófia", "Ildikó", "Erzsébet", "Katalin", "Krisztina", "Réka", "Eszter"],
         ["Zoltán", "Gábor", "László", "Attila", "Ferenc", "Tibor", "Csaba"],
         ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Farkas", "Balogh", "Fekete",
          "Takács"],
         ["Zoli", "Laci", "Feri", "Kati", "Zsófi"]),  # Hungarian-German
        (["Carole", "Martine", "Nadine", "Joëlle", "Fernande", "Monique", "Danielle"],
         ["Marc", "Romain", "Gaston", "Guy", "Fernand", "Jos", "Claude"],
         ["Schmit", "Thill", "Kieffer", "Reding", "Majerus", "Weis", "Feltgen", "Goedert", "Faber", "Bettendorf",
          "Krier", "Wiltzius"],
         ["Jhemp", "Tun", "Jang", "Nic", "Fifi"]),  # Luxembourgish
        (["Peggy", "Mandy", "Cindy", "Ramona", "Ines", "Manja", "Doreen"],
         ["Ronny", "Maik", "Enrico", "Mirko", "Steffen", "Heiko", "René"],
         ["Richter", "Lehmann", "Seidel", "Kretzschmar", "Ullrich", "Haase", "Zschoche", "Wünsche", "Schreiter",
          "Püschel", "Starke"],
         ["Micha", "Danny", "Steffi", "Conny", "Ricci"]),  # Saxon
        (["Anneliese", "Hildegard", "Sibylle", "Käthe", "Christel", "Marlies", "Gertrud"],
         ["Josef", "Wilhelm", "Hans-Josef", "Heribert", "Matthias", "Konrad", "Wolfgang"],
         ["Schmitz", "Küpper", "Esser", "Hamacher", "Nettesheim", "Pütz", "Kemper", "Bungarten", "Weyer", "Odenthal",
          "Kessel", "Lückerath"],
         ["Jupp", "Tünn", "Willi", "Mattes", "Trudi"]),  # Rhenish (Cologne)
    ],
}

TEMPLATES: dict[str, list[str]] = {
    "en": [
        "hi, glasses for {first:f} ready yet? booked under {full} last tuesday, she needs them for school",
        "Morning! {full} here, the vet said to message about Biscuit's stitches being taken out",
        "can {first:m} pick up my suit instead of me? he has the ticket, surname on it is {last}",
        "Locked out again 🙈 the flat is rented by {full}, I'm the lodger, can someone come before 6",
        "Hi there, case of the Rioja for {caps} please, he'll collect Saturday",
        "{first} from the gym said I could freeze my membership over Christmas is that right",
        "Travel docs should say {rev} exactly as in the passport, you've put the names the wrong way",
        "hello the policy is in my ex's name {full} but we split, can I take it over",
        "Funeral on the 14th, flowers from the grandchildren and a card saying love from {first}, {first} and {first}",
        "my bike was brought in by {nick}, back wheel buckled, any news",
        "photographer please! the shoot is for {first:f} and {first:m}, engagement, sunday at 3",
        "Hi is {first:f} teaching maths on thursdays still? my son liked her a lot",
        "Prescription to collect for {init}, I'm her carer, do you need ID",
        "Can you print 200 flyers, contact name on the bottom is {full} and the number",
        "{low} booked the Spanish course for both of us, was it paid?",
        "laundry ticket 4417 is under {last}, it was a duvet and two pillows",
        "Wedding flowers 💐 bride is {full}, groom {full}, ceremony at St Mary's",
        "estate agent? the tenant {full} has given notice, need the check out done",
        "Cleaners were great today, please say thanks to {first} and {first}!!",
        "large doner and chips for {first} on the door buzzer says {last}",
        "Hi, a book was ordered by {full} and she's asked me to pick it up",
        "tattoo appointment for {first:m} moved to friday? artist was {nick} i think",
        "Dear team, the referee on Saturday was {full}, he has asked for his match fee by transfer",
        "witness statement for the accident is from {full}, she saw the van reverse into my car",
        "coach {last} wants the team photo in colour and black and white",
        "godparents are {full} and {full}, please spell them right on the christening certificate",
        "covering {first}'s shift today so send the delivery to me instead",
        "Previous owner of the car was {full}, logbook still has their details",
        "Hiya it's {first:f}, I'm {first:m}'s classmate, we want to book a study room",
        "driver {nick} was so kind helping my mum with the bags, please pass it on",
        "Hi hi, frames were chosen by my husband {first:m} but the lenses are mine, name {full}",
        "Quote for the insurance pls, main driver {full}, named driver {dbl}",
        "can you hold the sofa until {first:f} comes with the van? her name is on the receipt as {last}",
        "dog Luna is registered to {dbl}, new owner is me since July",
        "i spoke with {first} on the phone yesterday about the boiler cover and nobody called back",
        "VOICE NOTE: yeah hi so basically {full} my neighbour said you do alterations and I've got this "
        "dress for the wedding which is next month and its too long so can I bring it in",
        "Order 5531 – please change the name to {bare}, thank you",
        "keys cut for {first:m}, three copies, he'll come in at lunch",
        "room for {low} and {full}, twin not double please 😂",
        "Hello, my late father {full} had an account with you, what do I need to close it",
        "Is it ok if {first:f} signs for it? she's at home all day",
        "School run taxi: kids are {first}, {first} and little {first}, pick up 8.10",
        "Framing the certificate for {caps}, gold frame, no glass glare",
        "gym induction with {first} tomorrow 7am still on?",
        "Payment came from {bare} not me, it's my brother in law, reference 2291",
        "ticket office, the lost scarf belongs to {full:f}, grey wool",
        "{bare} - fitted wardrobes quote - the room is 3m wide",
        "Hi could {init} be added to the tutoring group? same level as the others",
        "Please address the invoice to {rev}, accounts dept",
        "ok so {first:m} said he'd drop the bike Thursday but he forgot lol, tomorrow then",
        "hello, {full} is my mother, she's deaf so please text rather than call her",
        "the pharmacist {first:f} said the cream would be in today, is it?",
        "Can I transfer my language course to my colleague {full}? I can't make the dates",
        "cake for the retirement, write 'Happy retirement {first}' in blue",
        "My ex {first:m} still has the spare key, can you change the lock barrel",
        "shift swap: {full} covers Sunday, I do his Monday, told the manager",
        "Thank you so much {first}!! the photos are gorgeous 😍",
    ],
    "fr": [
        "bonjour les lunettes de {first:f} sont prêtes ? c'est au nom de {full}",
        "Bonsoir, {full} à l'appareil, le véto m'a dit de vous écrire pour le rappel du vaccin de Caramel",
        "Mon mari {first:m} passera chercher le costume, le ticket est au nom de {last}",
        "Je suis enfermé dehors 😩 le bail est au nom de {full}, moi je suis colocataire",
        "Vous pouvez mettre de côté 6 bouteilles de Chinon pour {caps} ? il passe samedi",
        "{first} de la salle m'a dit que je pouvais suspendre mon abonnement en janvier",
        "sur le billet d'avion il faut {rev} comme sur le passeport svp",
        "Le contrat d'assurance est au nom de mon ex {full}, on est séparés, je peux le reprendre ?",
        "Pour les obsèques du 14, la carte doit dire « de la part de {first}, {first} et {first} »",
        "le vélo a été déposé par {nick}, roue arrière voilée, des nouvelles ?",
        "Séance photo pour {first:f} et {first:m}, fiançailles, dimanche 15h",
        "Est-ce que {first:f} donne encore les cours de maths le jeudi ? mon fils l'adore",
        "ordonnance à retirer pour {init}, je suis son aide à domicile, il faut une pièce d'identité ?",
        "Il me faut 200 flyers, le contact en bas c'est {full} avec le numéro",
        "{low} a inscrit nous deux au cours d'anglais, c'est réglé ?",
        "ticket pressing 4417 au nom de {last}, une couette et deux oreillers",
        "Fleurs du mariage 💐 la mariée s'appelle {full}, le marié {full}",
        "l'agence ? la locataire {full} a donné son préavis, il faut faire l'état des lieux",
        "Merci à {first} et {first} pour le ménage de ce matin, nickel !!",
        "un grec frites pour {first}, sur l'interphone c'est marqué {last}",
        "Bonjour, un livre a été commandé par {full} et elle m'a demandé de le récupérer",
        "le rdv tatouage de {first:m} est décalé à vendredi ? le tatoueur c'était {nick} je crois",
        "L'arbitre de samedi, {full}, demande son défraiement par virement",
        "le témoin de l'accrochage c'est {full}, elle a vu la camionnette reculer",
        "le coach {last} veut la photo d'équipe en couleur et en noir et blanc",
        "parrain et marraine : {full} et {full}, merci de bien les écrire sur le certificat de baptême",
        "je remplace {first} aujourd'hui donc livrez chez moi",
        "L'ancien propriétaire de la voiture c'était {full}, la carte grise est encore à son nom",
        "Coucou c'est {first:f}, je suis dans la classe de {first:m}, on voudrait réserver une salle de révision",
        "Le chauffeur {nick} a été adorable avec ma mère, dites-lui merci",
        "c'est mon mari {first:m} qui a choisi la monture mais les verres sont pour moi, {full}",
        "Devis assurance auto svp, conducteur principal {full}, secondaire {dbl}",
        "Vous pouvez garder le canapé jusqu'à ce que {first:f} passe avec le camion ? sur le ticket c'est {last}",
        "Le chien Rocky est pucé au nom de {dbl}, le nouveau proprio c'est moi depuis juillet",
        "j'ai eu {first} au téléphone hier pour la chaudière et personne ne m'a rappelé",
        "message vocal : oui bonjour alors voilà {full} ma voisine m'a dit que vous faisiez les retouches "
        "et j'ai une robe pour le mariage le mois prochain qui est trop longue est-ce que je peux passer",
        "Commande 5531 : merci de changer le nom pour {bare}",
        "3 doubles de clés pour {first:m}, il passe à midi",
        "chambre pour {low} et {full}, lits séparés svp 😂",
        "Bonjour, mon père {full} est décédé, il avait un compte chez vous, que faut-il pour le clôturer",
        "Est-ce que {first:f} peut signer à ma place ? elle est à la maison toute la journée",
        "Taxi école : les enfants sont {first}, {first} et le petit {first}, départ 8h10",
        "Encadrement du diplôme de {caps}, cadre doré, verre antireflet",
        "séance découverte avec {first} demain 7h toujours ok ?",
        "Le virement vient de {bare} et pas de moi, c'est mon beau-frère, réf 2291",
        "objets trouvés : l'écharpe grise est à {full:f}",
        "{bare} - devis placard sur mesure - la pièce fait 3 m",
        "Bonjour, {init} peut rejoindre le groupe de soutien ? même niveau que les autres",
        "facture à l'ordre de {rev}, service compta",
        "bon {first:m} devait déposer le vélo jeudi mais il a oublié mdr, demain alors",
        "bonjour, {full} c'est ma mère, elle est sourde donc envoyez des sms plutôt",
        "la pharmacienne {first:f} m'a dit que la crème arrivait aujourd'hui, c'est bon ?",
        "Je peux céder mon stage de langue à ma collègue {full} ? je ne suis pas dispo",
        "gâteau pour le pot de départ, écrire « Bonne retraite {first} » en bleu",
        "Mon ex {first:m} a toujours le double, vous pouvez changer le barillet",
        "échange de garde : {full} fait dimanche, moi son lundi, le chef est au courant",
        "Merci mille fois {first} !! les photos sont magnifiques 😍",
    ],
    "it": [
        "buongiorno gli occhiali di {first:f} sono pronti? sono a nome {full}",
        "Salve sono {full}, il veterinario mi ha detto di scrivervi per il richiamo del vaccino di Briciola",
        "passa mio marito {first:m} a ritirare il vestito, lo scontrino è a nome {last}",
        "Sono rimasta chiusa fuori 😩 il contratto d'affitto è intestato a {full}, io sono in subaffitto",
        "mi mettete da parte 6 bottiglie di Barbera per {caps}? passa sabato",
        "{first} della palestra mi ha detto che posso sospendere l'abbonamento a gennaio",
        "sul biglietto aereo deve esserci {rev} come sul passaporto per favore",
        "La polizza è intestata al mio ex {full}, ci siamo lasciati, posso subentrare io?",
        "Per il funerale del 14 sul nastro scrivete «i nipoti {first}, {first} e {first}»",
        "la bici l'ha portata {nick}, ruota dietro storta, novità?",
        "Servizio fotografico per {first:f} e {first:m}, fidanzamento, domenica alle 15",
        "{first:f} fa ancora ripetizioni di matematica il giovedì? mio figlio si è trovato benissimo",
        "ricetta da ritirare per {init}, sono la sua badante, serve un documento?",
        "Mi servono 200 volantini, in fondo il referente è {full} col numero",
        "{low} ha iscritto tutti e due al corso di tedesco, risulta pagato?",
        "scontrino lavanderia 4417 a nome {last}, un piumone e due cuscini",
        "Fiori per il matrimonio 💐 la sposa è {full}, lo sposo {full}",
        "agenzia? l'inquilina {full} ha dato disdetta, bisogna fare il verbale di riconsegna",
        "Grazie a {first} e {first} per le pulizie di stamattina, perfetto!!",
        "un kebab con patatine per {first}, sul citofono c'è scritto {last}",
        "Buongiorno, un libro l'ha ordinato {full} e mi ha chiesto di ritirarlo io",
        "l'appuntamento per il tatuaggio di {first:m} è spostato a venerdì? il tatuatore era {nick} mi pare",
        "L'arbitro di sabato, {full}, chiede il rimborso spese con bonifico",
        "la testimone dell'incidente è {full}, ha visto il furgone fare retromarcia",
        "il mister {last} vuole la foto di squadra a colori e in bianco e nero",
        "padrino e madrina: {full} e {full}, scriveteli giusti sull'attestato del battesimo per favore",
        "oggi copro il turno di {first} quindi consegnate a me",
        "Il proprietario precedente della macchina era {full}, il libretto è ancora a suo nome",
        "Ciao sono {first:f}, compagna di classe di {first:m}, vorremmo prenotare un'aula studio",
        "L'autista {nick} è stato gentilissimo con mia madre, ringraziatelo",
        "la montatura l'ha scelta mio marito {first:m} ma le lenti sono mie, {full}",
        "Preventivo RC auto, conducente principale {full}, secondo conducente {dbl}",
        "potete tenermi il divano finché {first:f} passa col furgone? sullo scontrino c'è {last}",
        "Il cane Rocky ha il microchip a nome di {dbl}, il nuovo proprietario sono io da luglio",
        "ieri ho sentito {first} al telefono per la caldaia e nessuno mi ha richiamato",
        "messaggio vocale: sì buongiorno allora praticamente {full} la mia vicina mi ha detto che fate riparazioni "
        "sartoriali e io ho un vestito per il matrimonio del mese prossimo che è troppo lungo posso passare",
        "Ordine 5531: cambiate il nome in {bare} grazie",
        "3 copie della chiave per {first:m}, passa in pausa pranzo",
        "camera per {low} e {full}, letti separati per favore 😂",
        "Buongiorno, mio padre {full} è mancato, aveva un conto da voi, cosa serve per chiuderlo",
        "Può firmare {first:f} al posto mio? è a casa tutto il giorno",
        "Scuolabus: i bambini sono {first}, {first} e il piccolo {first}, partenza 8.10",
        "Cornice per la laurea di {caps}, cornice dorata, vetro antiriflesso",
        "prova gratuita con {first} domani alle 7 confermata?",
        "Il bonifico arriva da {bare} non da me, è mio cognato, causale 2291",
        "oggetti smarriti: la sciarpa grigia è di {full:f}",
        "{bare} - preventivo armadio su misura - la stanza è 3 metri",
        "Buongiorno, {init} può entrare nel gruppo di ripetizioni? stesso livello degli altri",
        "fattura intestata a {rev}, ufficio amministrazione",
        "allora {first:m} doveva portare la bici giovedì ma se n'è dimenticato ahah, domani",
        "salve, {full} è mia madre, è sorda quindi mandatele messaggi e non chiamate",
        "la farmacista {first:f} mi ha detto che la crema arrivava oggi, è arrivata?",
        "Posso cedere il mio corso di lingua alla collega {full}? io non riesco",
        "torta per la pensione, scrivete «Buona pensione {first}» in azzurro",
        "Il mio ex {first:m} ha ancora la copia della chiave, potete cambiare il cilindro",
        "cambio turno: {full} fa domenica, io il suo lunedì, il capo lo sa",
        "Grazie mille {first}!! le foto sono bellissime 😍",
    ],
    "es": [
        "hola las gafas de {first:f} ya están? van a nombre de {full}",
        "Buenas, soy {full}, el veterinario me dijo que os escribiera por la vacuna de Canela",
        "pasa mi marido {first:m} a por el traje, el resguardo está a nombre de {last}",
        "Me he quedado fuera 😩 el contrato de alquiler está a nombre de {full}, yo estoy de inquilina",
        "me guardáis 6 botellas de Ribera para {caps}? pasa el sábado",
        "{first} del gimnasio me dijo que puedo congelar la cuota en enero",
        "en el billete de avión tiene que poner {rev} como en el pasaporte porfa",
        "El seguro está a nombre de mi ex {full}, nos separamos, puedo quedármelo yo?",
        "Para el entierro del 14 en la cinta poned «tus nietos {first}, {first} y {first}»",
        "la bici la dejó {nick}, rueda trasera torcida, se sabe algo?",
        "Sesión de fotos para {first:f} y {first:m}, pedida de mano, domingo a las 5",
        "{first:f} sigue dando clases de mates los jueves? a mi hijo le encantó",
        "receta para recoger a nombre de {init}, soy su cuidadora, hace falta el DNI?",
        "Necesito 200 flyers, abajo el contacto es {full} con el teléfono",
        "{low} nos apuntó a los dos al curso de inglés, está pagado?",
        "ticket de la tintorería 4417 a nombre de {last}, un edredón y dos almohadas",
        "Flores de la boda 💐 la novia es {full} y el novio {full}",
        "inmobiliaria? la inquilina {full} ha avisado que se va, hay que hacer la revisión del piso",
        "Gracias a {first} y {first} por la limpieza de esta mañana, impecable!!",
        "un dürüm con patatas para {first}, en el portero pone {last}",
        "Hola, un libro lo encargó {full} y me pidió que lo recogiera yo",
        "la cita del tatuaje de {first:m} se cambió al viernes? el tatuador era {nick} creo",
        "El árbitro del sábado, {full}, pide que le paguéis el desplazamiento por transferencia",
        "la testigo del golpe es {full}, vio a la furgoneta dar marcha atrás",
        "el míster {last} quiere la foto del equipo en color y en blanco y negro",
        "padrinos: {full} y {full}, escribidlos bien en el certificado del bautizo porfa",
        "hoy cubro el turno de {first} así que entregad a mí",
        "El dueño anterior del coche era {full}, el permiso de circulación sigue a su nombre",
        "Hola soy {first:f}, compañera de clase de {first:m}, queremos reservar una sala de estudio",
        "El conductor {nick} fue un encanto con mi madre, dadle las gracias",
        "la montura la eligió mi marido {first:m} pero los cristales son míos, {full}",
        "Presupuesto seguro de coche, conductor principal {full}, ocasional {dbl}",
        "me podéis guardar el sofá hasta que {first:f} venga con la furgo? en el ticket pone {last}",
        "El perro Rocky tiene el chip a nombre de {dbl}, el dueño nuevo soy yo desde julio",
        "ayer hablé con {first} por teléfono por la caldera y nadie me ha llamado",
        "audio: sí hola a ver es que {full} mi vecina me dijo que hacéis arreglos de ropa y tengo un "
        "vestido para la boda del mes que viene que me queda largo puedo pasarme",
        "Pedido 5531: cambiad el nombre a {bare} gracias",
        "3 copias de la llave para {first:m}, pasa a mediodía",
        "habitación para {low} y {full}, dos camas porfa 😂",
        "Buenas, mi padre {full} falleció, tenía una cuenta con vosotros, qué hace falta para cerrarla",
        "Puede firmar {first:f} por mí? está en casa todo el día",
        "Ruta escolar: los niños son {first}, {first} y el pequeño {first}, recogida 8.10",
        "Marco para el título de {caps}, dorado, cristal antirreflejo",
        "clase de prueba con {first} mañana a las 7 sigue en pie?",
        "La transferencia viene de {bare} no de mí, es mi cuñado, concepto 2291",
        "objetos perdidos: la bufanda gris es de {full:f}",
        "{bare} - presupuesto armario empotrado - la habitación mide 3 m",
        "Hola, {init} puede entrar en el grupo de refuerzo? mismo nivel que los demás",
        "factura a nombre de {rev}, departamento de contabilidad",
        "a ver {first:m} iba a traer la bici el jueves pero se le olvidó jaja, mañana",
        "hola, {full} es mi madre, es sorda así que mejor mensajes que llamadas",
        "la farmacéutica {first:f} me dijo que la crema llegaba hoy, ha llegado?",
        "Puedo pasarle mi curso de idiomas a mi compañera {full}? yo no puedo ir",
        "tarta de jubilación, poned «Feliz jubilación {first}» en azul",
        "Mi ex {first:m} todavía tiene copia de la llave, podéis cambiar el bombín",
        "cambio de turno: {full} hace el domingo y yo su lunes, el encargado lo sabe",
        "Mil gracias {first}!! las fotos son preciosas 😍",
    ],
    "pt": [
        "oi os óculos da {first:f} já ficaram prontos? tá no nome de {full}",
        "Bom dia, aqui é {full}, o veterinário pediu pra falar com vocês sobre o reforço da vacina da Pipoca",
        "meu marido {first:m} vai buscar o terno, o recibo tá no nome {last}",
        "Fiquei trancada do lado de fora 😩 o contrato de aluguel tá no nome de {full}, eu divido o apê",
        "separa 6 garrafas de vinho do Porto pro {caps}? ele passa sábado",
        "o {first} da academia falou que dá pra trancar o plano em janeiro",
        "na passagem tem que sair {rev} igual no passaporte por favor",
        "O seguro tá no nome do meu ex {full}, a gente se separou, posso assumir?",
        "Pro velório do dia 14 a faixa da coroa é «dos netos {first}, {first} e {first}»",
        "a bike quem deixou foi o {nick}, roda de trás empenada, alguma novidade?",
        "Ensaio de fotos da {first:f} e do {first:m}, noivado, domingo às 15h",
        "a {first:f} ainda dá aula de matemática na quinta? meu filho amou",
        "receita pra retirar em nome de {init}, sou cuidadora dela, precisa de documento?",
        "Preciso de 200 panfletos, embaixo o contato é {full} com o telefone",
        "{low} matriculou nós dois no curso de inglês, tá pago?",
        "comprovante da lavanderia 4417 no nome {last}, um edredom e dois travesseiros",
        "Flores do casamento 💐 a noiva é {full} e o noivo {full}",
        "imobiliária? a inquilina {full} avisou que vai sair, precisa fazer a vistoria",
        "Obrigada {first} e {first} pela faxina de hoje, ficou impecável!!",
        "um churrasco grego com batata pro {first}, no interfone tá escrito {last}",
        "Olá, um livro foi encomendado por {full} e ela pediu pra eu retirar",
        "a sessão de tattoo do {first:m} passou pra sexta? o tatuador era o {nick} acho",
        "O árbitro de sábado, {full}, pediu o pagamento da taxa por Pix",
        "a testemunha da batida é {full}, ela viu a van dar ré",
        "o técnico {last} quer a foto do time colorida e em preto e branco",
        "padrinhos: {full} e {full}, escrevam certinho na lembrança do batizado por favor",
        "hoje tô cobrindo o turno do {first} então entrega comigo",
        "O dono anterior do carro era {full}, o documento ainda tá no nome dele",
        "Oi sou a {first:f}, colega de turma do {first:m}, queremos reservar uma sala de estudo",
        "O motorista {nick} foi um amor com minha mãe, agradeçam a ele",
        "a armação quem escolheu foi meu marido {first:m} mas as lentes são minhas, {full}",
        "Cotação seguro auto, condutor principal {full}, condutor adicional {dbl}",
        "dá pra segurar o sofá até a {first:f} vir com a kombi? no recibo tá {last}",
        "O cachorro Thor tem microchip no nome de {dbl}, o dono novo sou eu desde julho",
        "ontem falei com o {first} por telefone sobre o aquecedor e ninguém retornou",
        "áudio: oi bom dia então é assim a {full} minha vizinha falou que vocês fazem ajuste de roupa e "
        "eu tenho um vestido pro casamento mês que vem que ficou comprido posso passar aí",
        "Pedido 5531: troquem o nome pra {bare} obrigado",
        "3 cópias da chave pro {first:m}, ele passa no almoço",
        "quarto pra {low} e {full}, camas separadas por favor 😂",
        "Boa tarde, meu pai {full} faleceu, ele tinha conta com vocês, o que preciso pra encerrar",
        "A {first:f} pode assinar por mim? ela fica em casa o dia todo",
        "Van escolar: as crianças são {first}, {first} e o pequeno {first}, saída 7h10",
        "Moldura pro diploma de {caps}, dourada, vidro antirreflexo",
        "aula experimental com {first} amanhã 7h tá confirmada?",
        "O Pix veio de {bare} e não de mim, é meu cunhado, referência 2291",
        "achados e perdidos: o cachecol cinza é da {full:f}",
        "{bare} - orçamento guarda-roupa planejado - o quarto tem 3 m",
        "Oi, {init} pode entrar no grupo de reforço? mesmo nível dos outros",
        "nota fiscal em nome de {rev}, setor financeiro",
        "então o {first:m} ia trazer a bike quinta mas esqueceu kkk, amanhã",
        "olá, {full} é minha mãe, ela é surda então mandem mensagem em vez de ligar",
        "a farmacêutica {first:f} disse que a pomada chegava hoje, chegou?",
        "Posso passar meu curso de idiomas pra minha colega {full}? não vou conseguir ir",
        "bolo de aposentadoria, escrevam «Feliz aposentadoria {first}» em azul",
        "Meu ex {first:m} ainda tem cópia da chave, dá pra trocar o miolo da fechadura",
        "troca de plantão: {full} faz domingo e eu a segunda dele, a chefia sabe",
        "Muito obrigada {first}!! as fotos ficaram lindas 😍",
    ],
    "de": [
        "hallo ist die brille von {first:f} schon fertig? läuft auf {full}",
        "Guten Morgen, hier ist {full}, der Tierarzt meinte ich soll mich wegen der Auffrischimpfung von Krümel melden",
        "mein Mann {first:m} holt den Anzug ab, der Abholschein ist auf {last}",
        "Hab mich ausgesperrt 😩 der Mietvertrag läuft auf {full}, ich bin nur Untermieterin",
        "könnt ihr 6 Flaschen Riesling für {caps} zurücklegen? er kommt Samstag",
        "{first} vom Studio meinte ich kann den Vertrag im Januar ruhen lassen",
        "auf dem Flugticket muss {rev} stehen wie im Pass bitte",
        "Die Versicherung läuft noch auf meinen Ex {full}, wir sind getrennt, kann ich die übernehmen?",
        "Für die Beerdigung am 14. auf die Schleife bitte «Deine Enkel {first}, {first} und {first}»",
        "das Rad hat {nick} abgegeben, Hinterrad hat eine Acht, gibt's was Neues?",
        "Fotoshooting für {first:f} und {first:m}, Verlobung, Sonntag 15 Uhr",
        "Gibt {first:f} noch Mathe-Nachhilfe donnerstags? mein Sohn fand sie super",
        "Rezept abholen für {init}, ich bin ihre Pflegekraft, brauchen Sie einen Ausweis?",
        "Brauche 200 Flyer, unten als Kontakt {full} mit Nummer",
        "{low} hat uns beide für den Englischkurs angemeldet, ist das bezahlt?",
        "Reinigungszettel 4417 auf {last}, eine Bettdecke und zwei Kissen",
        "Hochzeitsblumen 💐 Braut ist {full}, Bräutigam {full}",
        "Hausverwaltung? die Mieterin {full} hat gekündigt, die Wohnungsübergabe muss gemacht werden",
        "Danke an {first} und {first} für die Reinigung heute morgen, top!!",
        "ein Döner mit Pommes für {first}, an der Klingel steht {last}",
        "Hallo, ein Buch wurde von {full} bestellt und sie hat mich gebeten es abzuholen",
        "ist der Tattootermin von {first:m} auf Freitag verschoben? der Tätowierer war glaub ich {nick}",
        "Der Schiri vom Samstag, {full}, will seine Spesen per Überweisung",
        "Zeugin vom Unfall ist {full}, sie hat gesehen wie der Transporter rückwärts reingefahren ist",
        "Trainer {last} will das Mannschaftsfoto in Farbe und schwarz-weiß",
        "Paten sind {full} und {full}, bitte richtig auf die Taufurkunde schreiben",
        "ich übernehme heute die Schicht von {first}, also an mich liefern",
        "Vorbesitzer vom Auto war {full}, im Fahrzeugschein steht noch der Name",
        "Hi ich bin {first:f}, aus der Klasse von {first:m}, wir wollen einen Lernraum buchen",
        "Der Fahrer {nick} war so lieb zu meiner Mutter, richten Sie ihm Danke aus",
        "das Gestell hat mein Mann {first:m} ausgesucht aber die Gläser sind für mich, {full}",
        "Angebot Kfz-Versicherung, Hauptfahrer {full}, weiterer Fahrer {dbl}",
        "könnt ihr das Sofa reservieren bis {first:f} mit dem Transporter kommt? auf dem Beleg steht {last}",
        "Hund Rocky ist auf {dbl} gechippt, neuer Halter bin ich seit Juli",
        "hab gestern mit {first} telefoniert wegen der Therme und keiner hat zurückgerufen",
        "Sprachnachricht: ja hallo also {full} meine Nachbarin hat gesagt ihr macht Änderungen und ich "
        "hab ein Kleid für die Hochzeit nächsten Monat das zu lang ist kann ich vorbeikommen",
        "Bestellung 5531: bitte Namen ändern auf {bare} danke",
        "3 Nachschlüssel für {first:m}, er kommt in der Mittagspause",
        "Zimmer für {low} und {full}, getrennte Betten bitte 😂",
        "Guten Tag, mein Vater {full} ist verstorben, er hatte ein Konto bei Ihnen, was brauchen Sie zur Auflösung",
        "Darf {first:f} für mich unterschreiben? sie ist den ganzen Tag zu Hause",
        "Schulfahrt: die Kinder sind {first}, {first} und der kleine {first}, Abholung 7.10",
        "Rahmen für das Diplom von {caps}, gold, entspiegeltes Glas",
        "Probetraining mit {first} morgen 7 Uhr steht noch?",
        "Die Überweisung kommt von {bare} nicht von mir, das ist mein Schwager, Verwendungszweck 2291",
        "Fundsachen: der graue Schal gehört {full:f}",
        "{bare} - Angebot Einbauschrank - das Zimmer ist 3 m breit",
        "Hallo, kann {init} in die Nachhilfegruppe? gleiches Niveau wie die anderen",
        "Rechnung bitte an {rev}, Buchhaltung",
        "also {first:m} wollte das Rad Donnerstag bringen hat's aber vergessen haha, dann morgen",
        "hallo, {full} ist meine Mutter, sie ist gehörlos also bitte schreiben statt anrufen",
        "die Apothekerin {first:f} meinte die Salbe kommt heute, ist sie da?",
        "Kann ich meinen Sprachkurs an meine Kollegin {full} abgeben? ich schaff die Termine nicht",
        "Torte zum Ruhestand, bitte «Alles Gute zur Rente {first}» in blau",
        "Mein Ex {first:m} hat noch einen Schlüssel, könnt ihr den Zylinder tauschen",
        "Schichttausch: {full} macht Sonntag, ich seinen Montag, Chef weiß Bescheid",
        "Vielen Dank {first}!! die Fotos sind wunderschön 😍",
    ],
}

PHONES = ["iPhone 15 Pro", "Galaxy S24", "Pixel 9", "Xiaomi 14T", "Fairphone 5", "Honor 200", "Oppo Reno 12"]
CARS = ["Renault Clio", "Peugeot 208", "VW Polo", "Seat Ibiza", "Opel Corsa", "Hyundai i20", "Citroën C3",
        "Tesla Model 3"]
SHOWS = ["Wicked", "Gladiator II", "Paddington", "Squid Game", "The Last of Us", "Top Gun", "Avatar", "Shrek"]
BRANDS = ["Ray-Ban", "Oakley", "Brompton", "Shimano", "Canon", "Fujifilm", "Epson", "Garmin", "Kärcher", "Vileda"]

SHOP: dict[str, dict[str, list[str]]] = {
    "en": {
        "town": ["Leeds", "Reading", "Bath", "Chester", "Luton", "Derby", "Stockport", "Kingston"],
        "street": ["High Street", "Church Road", "Station Road", "Deansgate", "Market Street", "Princes Street",
                   "Baker Street"],
        "dish": ["Sunday roast", "fish and chips", "Balti", "Lancashire hotpot", "Eton mess", "Cornish pasty",
                 "Beef Wellington"],
        "team": ["Arsenal", "Everton", "Leeds United", "Aston Villa", "Celtic", "Wolves", "Spurs"],
        "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "month": ["January", "March", "April", "May", "June", "August", "October", "December"],
        "holiday": ["Christmas", "Easter", "Boxing Day", "Bonfire Night", "New Year's Day"],
        "saint": ["St Patrick's Day", "St George's Day", "St David's Day", "Valentine's Day"],
    },
    "fr": {
        "town": ["Lille", "Annecy", "Chambéry", "Roubaix", "Nantes", "Valence", "Saint-Étienne", "Montreuil"],
        "street": ["rue de la République", "rue Jean-Jaurès", "rue Nationale", "rue Gambetta", "rue Sainte-Catherine",
                   "rue de Siam", "rue du Faubourg-Saint-Denis"],
        "dish": ["tartiflette", "Paris-Brest", "Tarte Tatin", "couscous royal", "croque-monsieur", "Saint-Honoré",
                 "bœuf bourguignon"],
        "team": ["PSG", "OM", "Lens", "Losc", "ASSE", "Stade Rennais", "RC Strasbourg"],
        "day": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "month": ["janvier", "mars", "avril", "mai", "juin", "septembre", "octobre", "décembre"],
        "holiday": ["Noël", "Pâques", "la Toussaint", "la Pentecôte", "l'Ascension"],
        "saint": ["Saint-Jean", "Sainte-Catherine", "Saint-Nicolas", "Saint-Valentin"],
    },
    "it": {
        "town": ["Genova", "Bergamo", "Trieste", "Pescara", "Lucca", "Prato", "Chieti", "Savona"],
        "street": ["via Roma", "corso Buenos Aires", "via Dante", "piazza Unità", "corso Italia", "via XX Settembre",
                   "via del Corso"],
        "dish": ["pesto alla Genovese", "Cacciucco alla Livornese", "vitello tonnato", "risotto alla Milanese",
                 "tiramisù", "Panettone", "brodetto all'Abruzzese"],
        "team": ["Genoa", "Atalanta", "Sampdoria", "Fiorentina", "Pescara", "Triestina", "Inter"],
        "day": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        "month": ["gennaio", "marzo", "aprile", "maggio", "giugno", "settembre", "ottobre", "dicembre"],
        "holiday": ["Natale", "Pasqua", "Ferragosto", "Capodanno", "Pasquetta", "Ognissanti"],
        "saint": ["Sant'Ambrogio", "San Giusto", "San Petronio", "San Giovanni", "Santo Stefano"],
    },
    "es": {
        "town": ["Valencia", "Santander", "Murcia", "Castellón", "Torrelavega", "Alicante", "Getafe", "Gandía"],
        "street": ["Gran Vía", "calle Mayor", "Paseo de Gracia", "calle Colón", "avenida de la Constitución",
                   "calle Larios", "Rambla Nova"],
        "dish": ["Arroz a Banda", "cocido montañés", "salmorejo", "pulpo a la Gallega", "sobao Pasiego",
                 "pastel de Tres Leches", "all i pebre"],
        "team": ["Betis", "Sevilla", "Racing", "Villarreal", "Levante", "Valencia", "Athletic"],
        "day": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        "month": ["enero", "marzo", "abril", "mayo", "junio", "septiembre", "octubre", "diciembre"],
        "holiday": ["Reyes", "Navidad", "Semana Santa", "Nochebuena", "Todos los Santos"],
        "saint": ["San Isidro", "San Fermín", "San Juan", "la Virgen del Carmen"],
    },
    "pt": {
        "town": ["Belém", "Funchal", "Niterói", "Faro", "Bragança", "Holambra", "Braga", "Campinas"],
        "street": ["Rua Augusta", "Avenida Paulista", "Rua da Praia", "Avenida Atlântica", "Rua das Flores",
                   "Rua Oscar Freire", "Avenida Brasil"],
        "dish": ["tacacá", "Pato no Tucupi", "bolo do caco", "Bacalhau à Brás", "feijão tropeiro", "pão de queijo",
                 "cuscuz paulista"],
        "team": ["Flamengo", "Vasco", "Fluminense", "Botafogo", "Paysandu", "Remo", "Marítimo", "Sporting"],
        "day": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
        "month": ["janeiro", "março", "abril", "maio", "junho", "setembro", "outubro", "dezembro"],
        "holiday": ["Natal", "Carnaval", "Réveillon", "feriado de Corpus Christi", "Dia das Crianças"],
        "saint": ["São Pedro", "Santo Antônio", "Círio de Nazaré", "Dia de Reis"],
    },
    "de": {
        "town": ["Köln", "Dresden", "Leipzig", "Bonn", "Chemnitz", "Offenbach", "Trier", "Görlitz"],
        "street": ["Schildergasse", "Hohe Straße", "Königsallee", "Kaiserstraße", "Prager Straße", "Bahnhofstraße",
                   "Ehrenstraße"],
        "dish": ["Sauerbraten", "Kaiserschmarrn", "Halve Hahn", "Flammkuchen", "Leberkäs", "Strammer Max",
                 "Zwiebelkuchen", "Bienenstich"],
        "team": ["1. FC Köln", "Dynamo Dresden", "RB Leipzig", "Erzgebirge Aue", "Fortuna Düsseldorf",
                 "Bayer Leverkusen", "Union Berlin"],
        "day": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        "month": ["Januar", "März", "April", "Mai", "Juni", "September", "Oktober", "Dezember"],
        "holiday": ["Ostern", "Weihnachten", "Pfingsten", "Silvester", "Rosenmontag"],
        "saint": ["Sankt Martin", "Nikolaus", "Allerheiligen", "Mariä Himmelfahrt", "Fronleichnam"],
    },
}

CLEAN: dict[str, list[str]] = {
    "en": [
        "do you stock {brand} frames at the {town} branch or only online",
        "is the {town} shop open on {day} or just the {street} one",
        "hi, can I get the {ph} screen done while I wait? it's cracked at the top",
        "Any Rioja or Malbec under £15 for {holiday}? need 6 bottles",
        "gym open on {holiday}? and does the {month} offer include the sauna",
        "Flights to Lisbon or Porto in {month}, 2 adults, cheapest with a bag please",
        "quote for third party fire and theft on a {car}, 2019, parked on the drive",
        "Do you fix {brand} gears? the chain keeps slipping on hills",
        "photo booth for a 40th in {month}, is the {town} venue ok for you",
        "GCSE maths group on {day} evenings, still spaces?",
        "Is the Calpol Infant back in stock at {street}? 🙏",
        "need 50 A5 menus printed, {dish} on the front, gloss finish",
        "French evening classes start in {month}? beginner level",
        "service wash today? 2 bags, collect after 5",
        "Wedding in {month}, we want peonies and eucalyptus, budget around 800",
        "Any 2 bed flats to rent near {street} under 1100",
        "end of tenancy clean for a 3 bed, oven included, next {day}",
        "large mixed kebab, garlic mayo, no onions, delivered to the {street} office",
        "do you have the new {show} book in paperback yet",
        "walk in tattoos on {day}? just something small on the wrist",
        "Can I get the {show} poster framed, A2, black frame",
        "locksmith? {car} key fob stopped working, spare too",
        "pls do you have {brand} lens cleaning wipes, the big pack",
        "Is {holiday} a bank holiday for you or are you open as normal",
        "Booked the {dish} night for {day}, can we make it 8 people instead of 6",
        "hi, charger for the {ph} left at the {town} desk, black cable",
        "any deals on {brand} in the {month} sale?",
        "Do you deliver to {town} or only collection",
        "wine tasting on {saint}, how much a ticket?",
        "does the bike shop on {street} do tubeless conversions",
        "MY PARCEL WENT TO THE {town} BRANCH BY MISTAKE",
        "Are dogs allowed in the {town} store? small terrier",
        "cattery free over {holiday}? two cats, indoor only",
        "dry clean a wool coat by {day}?",
        "{team} shirts in kids sizes? age 8-9",
        "watching {team} v {team2} on {day}, can we book the big screen table",
        "Insurance renewal letter says {month}, can I pay monthly",
        "Is the {dish} vegan or does it have butter",
        "Chimney sweep available in {month}? wood burner",
        "thanks for today, all sorted 👍",
        "where's the nearest drop off point to {street}",
        "can you recommend a {brand} model for a beginner, budget 400",
        "Will the {town} and {town2} branches both be shut on {saint}",
    ],
    "fr": [
        "vous avez des montures {brand} à l'agence de {town} ou seulement en ligne",
        "le magasin de {town} est ouvert le {day} ou juste celui de la {street}",
        "bonjour, vous changez l'écran d'un {ph} en attendant ? il est fissuré en haut",
        "Un Chinon ou un Côtes-du-Rhône à moins de 15 € pour {holiday} ? il m'en faut 6",
        "la salle est ouverte à {holiday} ? et l'offre de {month} comprend le sauna ?",
        "Vols pour Lisbonne ou Porto en {month}, 2 adultes, le moins cher avec bagage svp",
        "devis assurance au tiers pour une {car} de 2019, garée dans l'allée",
        "Vous réparez les dérailleurs {brand} ? la chaîne saute en côte",
        "photobooth pour des 40 ans en {month}, la salle de {town} ça vous va",
        "le groupe de maths du brevet le {day} soir, il reste de la place ?",
        "Le Doliprane enfant est revenu en stock à la pharmacie {street} ? 🙏",
        "50 menus A5 à imprimer, {dish} en couverture, finition brillante",
        "Les cours d'espagnol du soir commencent en {month} ? niveau débutant",
        "lavage-séchage aujourd'hui ? 2 sacs, je récupère après 17h",
        "Mariage en {month}, on veut des pivoines et de l'eucalyptus, budget 800 environ",
        "Vous avez des T3 à louer vers la {street} à moins de 1100",
        "ménage de fin de bail pour un T4, four compris, {day} prochain",
        "un kebab complet sauce blanche sans oignons, livré au bureau {street}",
        "vous avez le nouveau {show} en poche",
        "tatouage sans rdv le {day} ? juste un petit truc au poignet",
        "Je voudrais encadrer l'affiche de {show}, A2, cadre noir",
        "serrurier ? la clé de la {car} ne marche plus, le double non plus",
        "svp vous avez les lingettes {brand} pour lunettes, le grand paquet",
        "{holiday} c'est férié chez vous ou vous êtes ouverts normalement",
        "On a réservé la soirée {dish} du {day}, on peut passer à 8 au lieu de 6",
        "bonjour, chargeur de {ph} oublié à l'accueil de {town}, câble noir",
        "des promos sur {brand} pour les soldes de {month} ?",
        "Vous livrez à {town} ou c'est seulement du retrait",
        "dégustation de vins à la {saint}, c'est combien la place ?",
        "l'atelier vélo de la {street} fait le passage en tubeless ?",
        "MON COLIS EST PARTI À L'AGENCE DE {town} PAR ERREUR",
        "Les chiens sont acceptés au magasin de {town} ? petit terrier",
        "la pension pour chats a de la place pour {holiday} ? deux chats d'intérieur",
        "nettoyage d'un manteau en laine pour {day} possible ?",
        "maillots {team} en taille enfant ? 8-9 ans",
        "on regarde {team} - {team2} {day}, on peut réserver la table devant l'écran",
        "La lettre de renouvellement dit {month}, je peux payer tous les mois ?",
        "Votre {dish} est vegan ou il y a du beurre",
        "ramonage possible en {month} ? poêle à bois",
        "merci pour aujourd'hui, tout est réglé 👍",
        "c'est où le point relais le plus proche de la {street}",
        "vous me conseillez quel modèle {brand} pour débuter, budget 400",
        "Les agences de {town} et {town2} seront fermées à la {saint} ?",
    ],
    "it": [
        "avete montature {brand} nel negozio di {town} o solo online",
        "il punto vendita di {town} è aperto di {day} o solo quello di {street}",
        "buongiorno, mi cambiate lo schermo del {ph} al momento? è crepato in alto",
        "Un Barbera o un Montepulciano sotto i 15 € per {holiday}? me ne servono 6",
        "la palestra è aperta a {holiday}? e l'offerta di {month} include la sauna?",
        "Voli per Lisbona o Porto a {month}, 2 adulti, il più economico con bagaglio",
        "preventivo RC e furto incendio per una {car} del 2019, sta in garage",
        "Riparate i cambi {brand}? la catena salta in salita",
        "photobooth per un quarantesimo a {month}, la sala di {town} vi va bene",
        "il gruppo di matematica per la maturità il {day} sera, ci sono posti?",
        "La Tachipirina per bambini è tornata disponibile in {street}? 🙏",
        "200 menù A5 da stampare, {dish} in copertina, lucidi",
        "I corsi serali di spagnolo partono a {month}? livello base",
        "lavaggio e asciugatura oggi? 2 sacchi, ritiro dopo le 17",
        "Matrimonio a {month}, vorremmo peonie ed eucalipto, budget sugli 800",
        "Avete bilocali in affitto vicino a {street} sotto i 1100",
        "pulizia di fine locazione per un trilocale, forno compreso, {day} prossimo",
        "un kebab misto salsa yogurt senza cipolla, consegna all'ufficio di {street}",
        "avete il nuovo libro di {show} in edizione economica",
        "tatuaggi senza appuntamento il {day}? solo una cosina sul polso",
        "Vorrei incorniciare il poster di {show}, formato A2, cornice nera",
        "fabbro? la chiave della {car} non va più, neanche quella di scorta",
        "avete le salviette {brand} per occhiali, confezione grande",
        "{holiday} siete chiusi o aperti come sempre",
        "Abbiamo prenotato la serata {dish} di {day}, possiamo essere 8 invece di 6",
        "buongiorno, caricatore del {ph} lasciato alla cassa di {town}, cavo nero",
        "sconti su {brand} per i saldi di {month}?",
        "Consegnate a {town} o solo ritiro in negozio",
        "degustazione di vini per {saint}, quanto costa il biglietto?",
        "la ciclofficina di {street} fa il tubeless?",
        "IL MIO PACCO È FINITO NEL PUNTO VENDITA DI {town} PER SBAGLIO",
        "Si possono portare cani nel negozio di {town}? terrier piccolo",
        "la pensione per gatti ha posto per {holiday}? due gatti da appartamento",
        "lavaggio a secco di un cappotto di lana entro {day}?",
        "maglie {team} taglia bambino? 8-9 anni",
        "guardiamo {team}-{team2} {day}, possiamo prenotare il tavolo davanti al maxischermo",
        "La lettera di rinnovo dice {month}, posso pagare a rate mensili?",
        "Il {dish} è vegano o c'è il burro",
        "spazzacamino disponibile a {month}? stufa a legna",
        "grazie per oggi, tutto a posto 👍",
        "qual è il punto di ritiro più vicino a {street}",
        "che modello {brand} mi consigliate per iniziare, budget 400",
        "I negozi di {town} e di {town2} saranno chiusi per {saint}?",
    ],
    "es": [
        "tenéis monturas {brand} en la tienda de {town} o solo online",
        "la tienda de {town} abre el {day} o solo la de {street}",
        "hola, me cambiáis la pantalla del {ph} en el momento? está rajada arriba",
        "Un Ribera o un Rioja por menos de 15 € para {holiday}? necesito 6",
        "el gimnasio abre en {holiday}? y la oferta de {month} incluye la sauna?",
        "Vuelos a Lisboa u Oporto en {month}, 2 adultos, el más barato con maleta porfa",
        "presupuesto a terceros ampliado para un {car} de 2019, duerme en garaje",
        "Arregláis cambios {brand}? la cadena salta en las cuestas",
        "photocall para unos 40 en {month}, el local de {town} os viene bien",
        "el grupo de mates de la EBAU el {day} por la tarde, quedan plazas?",
        "Ha vuelto el Dalsy en la farmacia de {street}? 🙏",
        "200 cartas A5 para imprimir, {dish} en la portada, acabado brillo",
        "Las clases de francés por la tarde empiezan en {month}? nivel inicial",
        "lavado y secado hoy? 2 bolsas, recojo después de las 5",
        "Boda en {month}, queremos peonías y eucalipto, presupuesto unos 800",
        "Tenéis pisos de 2 habitaciones en alquiler cerca de {street} por menos de 1100",
        "limpieza de fin de alquiler de un piso de 3 habitaciones, horno incluido, el {day} que viene",
        "un kebab mixto salsa de yogur sin cebolla, a la oficina de {street}",
        "tenéis el libro nuevo de {show} en bolsillo",
        "tatuajes sin cita el {day}? algo pequeñito en la muñeca",
        "Quiero enmarcar el póster de {show}, A2, marco negro",
        "cerrajero? la llave del {car} ya no va, la de repuesto tampoco",
        "porfa tenéis toallitas {brand} para gafas, el paquete grande",
        "{holiday} es festivo para vosotros o abrís normal",
        "Reservamos la noche de {dish} del {day}, podemos ser 8 en vez de 6",
        "hola, cargador del {ph} olvidado en el mostrador de {town}, cable negro",
        "hay ofertas de {brand} en las rebajas de {month}?",
        "Enviáis a {town} o solo recogida en tienda",
        "cata de vinos por {saint}, cuánto cuesta la entrada?",
        "el taller de bicis de {street} hace tubeless?",
        "MI PAQUETE HA IDO A LA TIENDA DE {town} POR ERROR",
        "Se puede entrar con perro en la tienda de {town}? un terrier pequeño",
        "la residencia felina tiene sitio para {holiday}? dos gatos de interior",
        "limpieza en seco de un abrigo de lana para el {day}?",
        "camisetas del {team} talla niño? 8-9 años",
        "vemos el {team}-{team2} el {day}, se puede reservar la mesa delante de la pantalla",
        "La carta de renovación dice {month}, puedo pagar mensual?",
        "El {dish} es vegano o lleva mantequilla",
        "deshollinador disponible en {month}? estufa de leña",
        "gracias por lo de hoy, todo arreglado 👍",
        "dónde está el punto de recogida más cerca de {street}",
        "qué modelo de {brand} me recomendáis para empezar, presupuesto 400",
        "Las tiendas de {town} y {town2} cierran por {saint}?",
    ],
    "pt": [
        "vocês têm armação {brand} na loja de {town} ou só no site",
        "a loja de {town} abre {day} ou só a da {street}",
        "oi, vocês trocam a tela do {ph} na hora? trincou em cima",
        "Um vinho do Douro ou Alentejo até 80 reais pro {holiday}? preciso de 6",
        "a academia abre no {holiday}? e a promo de {month} inclui a sauna?",
        "Passagem pra Lisboa ou Porto em {month}, 2 adultos, a mais barata com mala",
        "cotação seguro contra terceiros pra um {car} 2019, fica na garagem",
        "Vocês consertam câmbio {brand}? a corrente pula na subida",
        "cabine de fotos pra um aniversário de 40 em {month}, o salão de {town} serve",
        "a turma de matemática pro ENEM {day} à noite, ainda tem vaga?",
        "Chegou o Tylenol infantil na farmácia da {street}? 🙏",
        "200 cardápios A5 pra imprimir, {dish} na capa, acabamento brilho",
        "As aulas de espanhol à noite começam em {month}? nível básico",
        "lavar e secar hoje? 2 sacolas, busco depois das 17h",
        "Casamento em {month}, queremos peônias e eucalipto, orçamento uns 8 mil",
        "Tem apê de 2 quartos pra alugar perto da {street} até 2500",
        "faxina de saída de aluguel, 3 quartos, forno incluso, {day} que vem",
        "um churrasco grego completo sem cebola, entrega no escritório da {street}",
        "vocês têm o livro novo de {show} em edição de bolso",
        "tattoo sem hora marcada {day}? só uma coisinha no pulso",
        "Quero emoldurar o pôster de {show}, A2, moldura preta",
        "chaveiro? a chave do {car} parou de funcionar, a reserva também",
        "por favor tem lenço {brand} pra óculos, pacote grande",
        "{holiday} vocês fecham ou abrem normal",
        "Reservamos a noite de {dish} de {day}, pode ser 8 pessoas em vez de 6",
        "oi, carregador do {ph} esquecido no balcão de {town}, cabo preto",
        "tem promoção de {brand} na liquidação de {month}?",
        "Vocês entregam em {town} ou só retirada",
        "degustação de vinhos no {saint}, quanto é o ingresso?",
        "a oficina de bike da {street} faz tubeless?",
        "MEU PACOTE FOI PRA LOJA DE {town} POR ENGANO",
        "Pode entrar com cachorro na loja de {town}? um terrier pequeno",
        "o hotelzinho de gatos tem vaga no {holiday}? dois gatos de apartamento",
        "lavagem a seco de um casaco de lã até {day}?",
        "camisa do {team} tamanho infantil? 8-9 anos",
        "vamos ver {team} x {team2} {day}, dá pra reservar a mesa na frente do telão",
        "A carta de renovação diz {month}, posso pagar mensal?",
        "O {dish} é vegano ou leva manteiga",
        "limpeza de chaminé em {month}? fogão a lenha",
        "valeu por hoje, tudo certo 👍",
        "qual o ponto de retirada mais perto da {street}",
        "qual modelo {brand} vocês indicam pra iniciante, orçamento 2 mil",
        "As lojas de {town} e {town2} fecham no {saint}?",
    ],
    "de": [
        "habt ihr {brand} Gestelle in der Filiale {town} oder nur online",
        "hat die Filiale {town} am {day} offen oder nur die in der {street}",
        "hallo, tauscht ihr das Display vom {ph} sofort? oben gesprungen",
        "Einen Riesling oder Spätburgunder unter 15 € für {holiday}? brauche 6",
        "hat das Studio an {holiday} auf? und ist im {month}-Angebot die Sauna dabei",
        "Flüge nach Lissabon oder Porto im {month}, 2 Erwachsene, günstigste mit Koffer bitte",
        "Angebot Teilkasko für einen {car} Baujahr 2019, steht in der Garage",
        "Repariert ihr {brand} Schaltungen? die Kette springt am Berg",
        "Fotobox für einen 40. im {month}, passt euch der Saal in {town}",
        "die Mathe-Gruppe fürs Abi am {day} abend, noch Plätze frei?",
        "Ist der Nurofen Kindersaft in der Apotheke {street} wieder da? 🙏",
        "200 Speisekarten A5 drucken, {dish} vorne drauf, glänzend",
        "Die Abendkurse Spanisch fangen im {month} an? Anfänger",
        "waschen und trocknen heute? 2 Säcke, hole nach 17 Uhr ab",
        "Hochzeit im {month}, wir möchten Pfingstrosen und Eukalyptus, Budget so 800",
        "Habt ihr 2-Zimmer-Wohnungen zur Miete nahe {street} unter 1100 warm",
        "Endreinigung für eine 3-Zimmer-Wohnung, Backofen inklusive, nächsten {day}",
        "einen Dürüm mit allem ohne Zwiebeln, ans Büro in der {street}",
        "habt ihr das neue Buch zu {show} als Taschenbuch",
        "Tattoo ohne Termin am {day}? nur was Kleines am Handgelenk",
        "Ich möchte das {show} Poster rahmen lassen, A2, schwarzer Rahmen",
        "Schlüsseldienst? der Schlüssel vom {car} geht nicht mehr, Ersatzschlüssel auch nicht",
        "bitte habt ihr {brand} Brillenputztücher, die große Packung",
        "Ist {holiday} bei euch geschlossen oder normal offen",
        "Wir haben den {dish}-Abend am {day} gebucht, können wir 8 statt 6 sein",
        "hallo, Ladekabel vom {ph} an der Kasse in {town} liegen lassen, schwarz",
        "gibt's {brand} im {month}-Sale günstiger?",
        "Liefert ihr nach {town} oder nur Abholung",
        "Weinprobe an {saint}, was kostet ein Ticket?",
        "macht die Radwerkstatt in der {street} Tubeless-Umbau?",
        "MEIN PAKET IST AUS VERSEHEN IN DIE FILIALE {town} GEGANGEN",
        "Dürfen Hunde in den Laden in {town}? kleiner Terrier",
        "hat die Katzenpension über {holiday} Platz? zwei Wohnungskatzen",
        "Wollmantel reinigen bis {day} möglich?",
        "{team} Trikots in Kindergröße? 8-9 Jahre",
        "wir schauen {team} gegen {team2} am {day}, können wir den Tisch vor der Leinwand reservieren",
        "Im Verlängerungsschreiben steht {month}, kann ich monatlich zahlen?",
        "Ist der {dish} vegan oder ist Butter drin",
        "Schornsteinfeger im {month} frei? Kaminofen",
        "danke für heute, alles erledigt 👍",
        "wo ist die nächste Packstation bei der {street}",
        "welches {brand} Modell empfehlt ihr für Anfänger, Budget 400",
        "Haben die Filialen {town} und {town2} an {saint} zu?",
    ],
}

# fmt: on


def _bare(text: str) -> str:
    """A name as typed on a phone that drops accents ("Dusan", "Baldé" as "Balde", "Kovac")."""
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
    )

    modules = (names_heldout, names_heldout2, names_heldout3, names_heldout4, names_heldout5, names_heldout6,
               names_heldout7, names_heldout8, names_heldout9, names_heldout10)  # fmt: skip
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
