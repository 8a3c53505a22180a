"""A tenth held-out set for person names and no-PII commerce chat, frozen before its first run.

Why a tenth set: the ninth (`bench.names_heldout9`) has been run and the day's rounds of rules
were written after it, so final figures need a set that neither the rules nor the people tuning
them have seen. This one was written on 2026-12-06 by an independent author (a helper session
started for this alone) who had not read Veil's rule code (`recognizers/`, `proxy/detection/`),
its data files (`recognizers/data/`), the tune sets (`bench/*tune*.py`), any held-out or retired
set's messages, templates or name lists (heldout9's tables between its constants and `_bare`
included), any miss list, `/tmp/agg/`, nor `docs/detection.md` and `docs/detection-rounds.md`,
and who never ran Veil on it. Read were: `bench.names_heldout9`'s docstring, constants and
functions (`_bare` to `main`) for the interface, one line of its data file for the format,
`bench.names_heldout` (`Example`, `_fill`, `load`, `freeze_cli`, `dumps`, `fingerprint`),
`tests/bench/test_names_heldout_sets.py`, and the `SETS` dict and `--set` help of
`bench.names`. `build()` compares this set's names with every earlier held-out set's
(`heldout` to `heldout9`) only by program, to leave out any given name and surname pair one of
them has; their messages and names were never printed or read:

- names are typed here from knowledge of each country's naming, in groups by origin that no
  earlier set's docstring lists, a given name going with a surname of its own origin
  (Zimbabwean Shona and Ndebele, Nepali, Irish Traveller, Lithuanian-British, Texan, Sikh
  Canadian, Tongan in en; Martiniquais, Cameroonian, Ivorian, Tunisian, Portuguese-French, Swiss
  Romand, Acadian in fr; Ukrainian-Italian, Moroccan-Italian, Bangladeshi-Italian,
  Peruvian-Italian, Trentino, Apulian, Molise Croat in it; Ecuadorian, Bolivian, Paraguayan,
  Chilean, Romanian-Spanish, Asturian, Aragonese in es; Bissau-Guinean, Santomean, Timorese,
  Macanese, German-Brazilian, Syrian-Brazilian, Bahian in pt; Silesian, Sorbian, Afghan-German,
  Italian-German, Syrian-German, Tyrolean, Ghanaian-German in de; Lithuanian surnames in a
  woman's and a man's form); surnames of two words or with particles ("Thapa Magar", "Ben
  Salah", "N'Guessan", "El Amrani", "De Tullio", "Espírito Santo", "Lo Iacono", "Al-Hamwi"),
  surnames that are words or places elsewhere ("Moyo", "Cash", "Ward", "Paz", "Jesus",
  "Conceição", "Messina", "Tonga", "Gill"), given names that are words ("Blessing",
  "Segunda", "Quinta", "Milagros", "Covadonga", "Aurora"); each group has short forms used with a
  surname ("Kuda", "Jonjo", "Ti-Jean", "Mimmo", "Pancha", "Mundinho", "Sepp") and adopted names
  ("Kévin", "Jessica", "Washington", "Jefferson"); names come as given name and surname, given
  name alone, surname alone, surname first as on a form ("SANDHU Harpreet"), with an initial,
  with two surnames, with accents dropped, in lower case and in capitals;
- 55 or 56 message shapes a language, each written as a customer types on WhatsApp to a dentist,
  a driving school, a piano tuner, a removal firm, a pet sitter, a hotel's night desk, a
  concert-ticket resale, a youth football club's kit order, a nursery, a supplier's quote desk, a
  courier, a hospital ward's florist, a thesis binder, a car dealer, a choir's robe supplier, a
  warranty desk, a parcel locker, a sworn translator, a hairdresser, an engraver, a garage, a
  takeaway, a party venue, a school shop, an online marketplace seller, a dog walker, a
  babysitting agency, a boiler engineer, a van hire, a changing room's lost property, a physio,
  a bakery (cake and Epiphany orders) and a painter (typos, missing stops, emoji, voice-to-text
  run-ons of up to 45 words, mixed case), names at the start, in the middle and at the end: a
  relative collecting a parcel or a child, a neighbour holding a parcel, a patient on a ward, a
  team sheet with injured players, a company's contact person, a best man paying for the
  wedding car, a name spelled as in a passport; about 7 % of messages wholly in lower case and
  about 3 % wholly in capitals; at least 318 gold names a language;
- 157 no-PII messages a language from 42 shapes, written the same way: phones, cars, films and
  series, brands, branches in towns, shops named after streets ("King Street", "via Mazzini",
  "Maria-Theresien-Straße"), football teams, dishes, holidays, weekdays, months, saints' days as
  dates ("St Andrew's Day", "San Vigilio", "São João", "Martini"), everyday thanks. No private
  person is in them, and no customer's home address.

Gold spans are offsets computed by `_fill` while the text is built, never typed by hand; a
title, a kinship word or an article before a name stays outside its span.
`python -m bench.names_heldout10 --write` wrote the file once; it was committed and landed on
main before Veil ran on it. `load()` refuses `bench/data/names_heldout10.jsonl` when its
SHA-256 differs from `FINGERPRINT`. Nothing is tuned on it; it is run to report figures, and
its individual misses are not printed or read.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

from bench.names_heldout import Example, freeze_cli
from bench.names_heldout import load as _load

PATH = Path(__file__).resolve().parent / "data" / "names_heldout10.jsonl"
FINGERPRINT = "730ef87f2a095d31"
SEED = 20261206_10
NAMES_PER_LANGUAGE = 318
CLEAN_PER_LANGUAGE = 157
LOWER_SHARE = 0.07
CAPS_SHARE = 0.03
_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "đ": "d"})

# fmt: off
# Per language, groups of people by origin: (women's given names, men's given names, surnames,
# short or adopted forms used with a surname). Lithuanian surnames take a woman's and a man's form,
# so that group is split in two, one side empty. Slots: {full} given name and surname; {first}
# given name; {last} surname; {rev} surname then given name, as on a form; {dbl} a given name and
# two surnames (es, pt side by side, the others hyphenated); {nick} a short form and a surname;
# {init} an initial and a surname; {bare} a full name with accents dropped; {low} one in lower
# case; {caps} one in capitals; ":f" / ":m" where the message says whether it is a woman or a man.
PEOPLE: dict[str, list[tuple[list[str], list[str], list[str], list[str]]]] = {
    "en": [
        # Zimbabwean (Shona, Ndebele)
        (["Tendai", "Rutendo", "Chiedza", "Nyasha", "Tsitsi", "Vimbai", "Fadzai", "Rumbidzai", "Nokuthula"],
         ["Tafadzwa", "Tinashe", "Farai", "Kudakwashe", "Tatenda", "Takudzwa", "Simbarashe", "Blessing", "Themba"],
         ["Moyo", "Chikwanha", "Mutasa", "Ncube", "Makoni", "Chigumba", "Mupfumira", "Sibanda", "Zvobgo", "Marufu"],
         ["Kuda", "Simba", "Taffy", "Rue", "Nyashie", "Tino"]),
        # Nepali
        (["Sabina", "Pratiksha", "Sunita", "Anjali", "Bimala", "Srijana", "Rojina", "Kabita"],
         ["Bishal", "Roshan", "Prakash", "Suman", "Dipendra", "Nabin", "Bikash", "Sagar", "Pemba"],
         ["Gurung", "Shrestha", "Tamang", "Thapa Magar", "Adhikari", "Rai", "Sherpa", "Pokharel", "Bhandari"],
         ["Bish", "Rosh", "Suni", "Dipu", "Kabi"]),
        # Irish Traveller
        (["Bridget", "Kathleen", "Winnie", "Nora", "Margaret", "Chrissie", "Josie", "Bernadette"],
         ["Paddy", "Martin", "Johnny", "Michael", "Christy", "Francie", "Tom", "Pa"],
         ["McDonagh", "Ward", "Joyce", "Maughan", "Collins", "Furey", "Cash", "Stokes", "Mongan"],
         ["Biddy", "Katie", "Mikey", "Jonjo", "Mags", "Chrissy"]),
        # Lithuanian-British, women's surnames
        (["Ieva", "Gintarė", "Rūta", "Agnė", "Justina", "Eglė", "Vaida", "Aušra"], [],
         ["Kazlauskienė", "Petrauskaitė", "Jankauskienė", "Žukauskaitė", "Butkutė", "Vasiliauskienė", "Stankevičiūtė"],
         ["Gintė", "Rūtele", "Justė", "Egle"]),
        # Lithuanian-British, men's surnames
        ([], ["Mantas", "Tomas", "Darius", "Lukas", "Mindaugas", "Arūnas", "Žygimantas", "Vytautas"],
         ["Kazlauskas", "Petrauskas", "Jankauskas", "Žukauskas", "Butkus", "Vasiliauskas", "Stankevičius"],
         ["Mantukas", "Vytas", "Žygis", "Dariukas"]),
        # Texan
        (["Lacey", "Kaylee", "Brandi", "Shelby", "Reba", "Darlene", "Bobbie Sue", "Tammy"],
         ["Travis", "Colt", "Dwayne", "Bubba", "Wade", "Cody", "Clint", "Jimmy Ray"],
         ["Whitfield", "Dupree", "Hollister", "Burleson", "McAllen", "Pruitt", "Grissom", "Boudreaux"],
         ["Bo", "Trav", "Shel", "Dee", "Lace"]),
        # Sikh Canadian
        (["Harpreet", "Jasleen", "Manpreet", "Simran", "Navneet", "Gurleen", "Amandeep", "Rajveer"],
         ["Gurpreet", "Harjit", "Jaswinder", "Balwinder", "Sukhdeep", "Tejinder", "Arshdeep", "Kuldip"],
         ["Dhaliwal", "Grewal", "Sandhu", "Sidhu", "Gill", "Brar", "Aujla", "Bains", "Johal", "Randhawa"],
         ["Harry", "Jas", "Sukhi", "Manny", "Nav", "Gurps", "Kully"]),
        # Tongan
        (["Mele", "Salote", "Losaline", "Ana", "Lupe", "Seini", "Fifita", "Tupou"],
         ["Sione", "Viliami", "Tevita", "Siaosi", "Semisi", "Pita", "Taniela", "Lopeti"],
         ["Taufa", "Havili", "Vaipulu", "Tonga", "Fonua", "Lolohea", "Kauhalalalo", "Piutau", "Naufahu"],
         ["Vili", "Sio", "Tevs", "Losa", "Semi"]),
    ],
    "fr": [
        # Martiniquais
        (["Maryse", "Ketty", "Lucette", "Murielle", "Josiane", "Rosemonde", "Fabienne", "Line-Rose"],
         ["Fritz", "Ludovic", "Gesner", "Rodrigue", "Harry", "Max-Henri", "Judes", "Alex"],
         ["Lordinot", "Jean-Baptiste", "Bellemare", "Cidalise", "Nestoret",
          "Larcher", "Édouard-Rose", "Sainte-Rose", "Valcourt"],
         ["Mimi", "Roro", "Ludo", "Jojo", "Fanfan"]),
        # Cameroonian
        (["Ngozi", "Brigitte", "Carine", "Nadège", "Rosine", "Ornella", "Solange", "Mireille"],
         ["Samuel", "Hervé", "Blaise", "Serge", "Aristide", "Landry", "Joël", "Cyrille"],
         ["Ngono", "Mbarga", "Essomba", "Tchuente", "Fotso", "Nkoulou", "Atangana", "Owona", "Kamga", "Tchakounté"],
         ["Sam", "Ary", "Nini", "Caro", "Cyril"]),
        # Ivorian
        (["Aya", "Affoué", "Adjoua", "Akissi", "Mariam", "Awa", "Ahou", "Yolande"],
         ["Kouadio", "Yao", "Koffi", "Konan", "Drissa", "Serge-Alain", "Didier", "Kouassi"],
         ["N'Guessan", "Kouamé", "Touré", "Bamba", "Gnahoré", "Yapi", "Aka", "Brou", "Ouattara", "Dosso"],
         ["Koko", "Yaya", "Didi", "Ayo", "Drissou"]),
        # Tunisian
        (["Amira", "Rania", "Sonia", "Ines", "Hela", "Olfa", "Wafa", "Syrine"],
         ["Mehdi", "Skander", "Nizar", "Hatem", "Slim", "Anis", "Walid", "Mourad"],
         ["Ben Salah", "Trabelsi", "Jaziri", "Chaabane", "Gharbi", "Ben Ammar", "Mejri", "Bouazizi", "Hammami"],
         ["Sousou", "Skan", "Mimou", "Nounou", "Wiwi"]),
        # Portuguese-French
        (["Sandrine", "Fátima", "Conceição", "Célia", "Paula", "Lurdes", "Stéphanie", "Sónia"],
         ["Joaquim", "Manuel", "David", "Fernando", "José", "Rui", "Kévin", "Nuno"],
         ["Fernandes", "Da Silva", "Teixeira", "Gonçalves", "Pinto", "Rodrigues", "Dos Santos", "Pereira", "Lopes"],
         ["Quim", "Zé", "Nando", "Sandy", "Fafa"]),
        # Swiss Romand
        (["Romaine", "Mathilde", "Laurence", "Corinne", "Valentine", "Aline", "Noémie", "Sabine"],
         ["Blaise", "Gilles", "Pascal", "Yvan", "Sébastien", "Jean-Daniel", "Loïc", "Raphaël"],
         ["Rochat", "Gygax", "Bonvin", "Favre", "Chappuis", "Perrenoud",
          "Vuilleumier", "Monnier", "Maillard", "Cuénod"],
         ["Seb", "Jean-Da", "Raph", "Val", "Titi"]),
        # Acadian
        (["Évangéline", "Angèle", "Rose-Marie", "Lise", "Jeannine", "Ginette", "Monique", "Édithe"],
         ["Rhéal", "Aurèle", "Léonard", "Camille", "Normand", "Gérald", "Placide", "Rémi"],
         ["LeBlanc", "Cormier", "Arsenault", "Thibodeau", "Robichaud",
          "Gallant", "Landry", "Doucet", "Gaudet", "Comeau"],
         ["Ti-Jean", "Norm", "Lisette", "Gégé", "Rémy"]),
    ],
    "it": [
        # Ukrainian-Italian
        (["Oksana", "Olena", "Iryna", "Halyna", "Nataliya", "Svitlana", "Tetyana", "Lyudmyla"],
         ["Taras", "Bohdan", "Mykola", "Andriy", "Vasyl", "Oleksandr", "Yuriy", "Serhiy"],
         ["Kovalenko", "Shevchuk", "Bondarenko", "Tkachuk", "Melnyk", "Hnatyuk", "Savchenko", "Kravets", "Marchuk"],
         ["Oksi", "Sasha", "Tania", "Mykolka", "Yura", "Halia"]),
        # Moroccan-Italian
        (["Fatima Zahra", "Khadija", "Salma", "Houda", "Meryem", "Ikram", "Soukaina", "Nadia"],
         ["Youssef", "Hamza", "Ayoub", "Mohamed", "Abdelali", "Reda", "Anass", "Zakaria"],
         ["El Amrani", "Benali", "Ouazzani", "Bouchaib", "Lahlou", "Tazi", "El Fassi", "Berrada", "Chraibi"],
         ["Momo", "Zaki", "Yusy", "Soso", "Hami"]),
        # Bangladeshi-Italian
        (["Nusrat", "Taslima", "Rokeya", "Shirin", "Farzana", "Sumaiya", "Mitu", "Jannatul"],
         ["Rakib", "Shahidul", "Mizanur", "Arif", "Sohel", "Tanvir", "Rashed", "Mamun"],
         ["Hossain", "Rahman", "Miah", "Chowdhury", "Uddin", "Akter", "Sarker", "Talukder", "Bhuiyan"],
         ["Mizan", "Tanu", "Shimu", "Roki", "Sohag"]),
        # Peruvian-Italian
        (["Milagros", "Rosmery", "Yessenia", "Maribel", "Liz", "Katherine", "Nélida", "Gianella"],
         ["Jhonatan", "Wilmer", "Edinson", "Percy", "Luis Alberto", "Renzo", "Giancarlo", "Julio César"],
         ["Quispe", "Huamán", "Mamani", "Chávez", "Condori", "Ticona", "Vilca", "Palomino", "Cusihuamán"],
         ["Mili", "Jhony", "Gian", "Maribe", "Wil"]),
        # Trentino
        (["Mirella", "Ornella", "Elisa", "Chiara", "Roberta", "Nives", "Daniela", "Luisa"],
         ["Ezio", "Renzo", "Livio", "Mauro", "Fabrizio", "Sergio", "Tullio", "Ivo"],
         ["Dallapiccola", "Zanoni", "Pedrotti", "Bortolotti", "Tamanini",
          "Dalsasso", "Zeni", "Bertoldi", "Anesi", "Tomasi"],
         ["Mire", "Fabri", "Dani", "Tulli", "Bobi"]),
        # Apulian
        (["Addolorata", "Immacolata", "Rosaria", "Cosima", "Vita", "Grazia", "Teresa", "Lucrezia"],
         ["Cosimo", "Vito", "Oronzo", "Nicola", "Michele", "Pasquale", "Donato", "Sabino"],
         ["Lorusso", "Laforgia", "Dibenedetto", "Caputo", "Lacatena",
          "Quarto", "Pugliese", "De Tullio", "Sciannimanico"],
         ["Dolores", "Mimmo", "Cosimino", "Uccia", "Nicolino", "Lino"]),
        # Molisan Croat
        (["Marija", "Ana", "Zorka", "Lucija", "Dragica", "Mira", "Katarina", "Jela"],
         ["Ivan", "Nikola", "Jure", "Antun", "Mate", "Frane", "Stipe", "Petar"],
         ["Blascetta", "Giorgetta", "Radatta", "Sammartino", "Piccoli", "Gliosca", "Tamburri", "Mascio"],
         ["Ive", "Niko", "Mimi", "Kata", "Pero"]),
    ],
    "es": [
        # Ecuadorian
        (["Mishell", "Jessenia", "Gabriela", "Verónica", "Dayana", "Nathaly", "Cumandá", "Yadira"],
         ["Byron", "Wilson", "Darwin", "Édison", "Segundo", "Patricio", "Jefferson", "Galo"],
         ["Guamán", "Pilataxi", "Cevallos", "Andrango", "Tituaña", "Villacís", "Chiriboga", "Zambrano", "Yánez"],
         ["Mishu", "Gaby", "Pato", "Yeffer", "Dari"]),
        # Bolivian
        (["Wara", "Mirtha", "Lidia", "Roxana", "Inés", "Sdenka", "Amparo", "Ximena"],
         ["Evaristo", "Freddy", "Marcelo", "Wálter", "Teodoro", "Rodrigo", "Nelson", "Grover"],
         ["Choque", "Apaza", "Mamani", "Limachi", "Condarco", "Paz", "Arce", "Gutiérrez", "Sirpa", "Huanca"],
         ["Rox", "Fredy", "Chelo", "Teo", "Mirthi"]),
        # Paraguayan
        (["Rosalba", "Mirna", "Liz Carolina", "Fátima", "Nilda", "Sonia", "Araceli", "Perla"],
         ["Oscar", "Derlis", "Celso", "Aníbal", "Rubén", "Fidencio", "Gustavo", "Venancio"],
         ["Benítez", "Giménez", "Ayala", "Cáceres", "Villalba", "Ortiz", "Ojeda", "Duarte", "Cabañas", "Riquelme"],
         ["Derli", "Tavo", "Lichi", "Pochi", "Ruben"]),
        # Chilean
        (["Francisca", "Javiera", "Constanza", "Catalina", "Macarena", "Valentina", "Trinidad", "Fernanda"],
         ["Matías", "Cristóbal", "Benjamín", "Vicente", "Ignacio", "Felipe", "Tomás", "Joaquín"],
         ["Contreras", "Fuenzalida", "Valdivia", "Ugarte", "Sepúlveda", "Bustos", "Errázuriz", "Aravena", "Carrasco"],
         ["Pancha", "Coni", "Cata", "Maca", "Nacho", "Cote", "Feña"]),
        # Romanian-Spanish
        (["Ioana", "Andreea", "Mihaela", "Roxana", "Georgiana", "Alina", "Florentina", "Denisa"],
         ["Ionuț", "Florin", "Bogdan", "Marius", "Cătălin", "Gheorghe", "Ovidiu", "Adrian"],
         ["Popescu", "Ionescu", "Dumitru", "Stoica", "Munteanu", "Moldovan", "Constantin", "Ciobanu", "Lupu"],
         ["Geta", "Mihai", "Flori", "Cata", "Oana"]),
        # Asturian
        (["Covadonga", "Xana", "Llucía", "Pilarín", "Aurora", "Begoña", "Olaya", "Nuria"],
         ["Xuan", "Pelayo", "Xosé", "Manolo", "Adolfo", "Bernardino", "Celestino", "Ramón"],
         ["Fernández-Llana", "Menéndez", "Álvarez", "Suárez", "Cuervo",
          "Prendes", "Canteli", "Quirós", "Llaneza", "Vigón"],
         ["Cova", "Xuanín", "Pela", "Lino", "Tino"]),
        # Aragonese
        (["Pilar", "Carmen", "Mariví", "Yolanda", "Blanca", "Inmaculada", "Ascensión", "Loreto"],
         ["Jorge", "Joaquín", "Valero", "Braulio", "Lorenzo", "Mariano", "Fermín", "Chusé"],
         ["Lambán", "Ballarín", "Gracia", "Lasheras", "Azcón", "Ginés", "Sancho", "Bielsa", "Lalaguna", "Ainsa"],
         ["Pili", "Mari", "Quino", "Marianico", "Lolo"]),
    ],
    "pt": [
        # Guinean (Bissau)
        (["Nhima", "Segunda", "Domingas", "Maimuna", "Fatumata", "Quinta", "Binta", "Aua"],
         ["Braima", "Malam", "Sambu", "Armando", "Nuno", "Carlitos", "Suleimane", "Iaia"],
         ["Embaló", "Baldé", "Sanhá", "Nhaga", "Có", "Djaló", "Mané", "Indjai", "Camará", "Cassamá"],
         ["Bra", "Suli", "Mamu", "Dinga", "Carlinho"]),
        # Santomean
        (["Celmira", "Nilza", "Eudalina", "Graciete", "Lúcia", "Idalina", "Filomena", "Deolinda"],
         ["Osvaldo", "Gabriel", "Adelino", "Filinto", "Aurélio", "Delfim", "Olinto", "Evaristo"],
         ["Neto", "Trovoada", "Bragança", "Vaz", "Ceita", "Quaresma", "Espírito Santo", "Pontes", "Costa Alegre"],
         ["Vado", "Lino", "Dadá", "Graça", "Fifi"]),
        # Timorese
        (["Aurora", "Ermelinda", "Jacinta", "Terezinha", "Natália", "Olandina", "Rosalina", "Joaninha"],
         ["Mateus", "Domingos", "Agostinho", "Mariano", "Cipriano", "Longuinhos", "Egas", "Abílio"],
         ["Soares", "Guterres", "Ximenes", "Belo", "Amaral", "Da Cruz", "Pinto", "Sarmento", "Freitas", "Mau Lear"],
         ["Nino", "Tinha", "Cipri", "Gusto", "Olan"]),
        # Macanese
        (["Aida", "Graça", "Margarida", "Isabelina", "Leonor", "Cristina", "Lúcia", "Rita"],
         ["Henrique", "Carlos", "Ambrósio", "Frederico", "Leonel", "Filipe", "Jorge", "Miguel"],
         ["Senna Fernandes", "Jorge", "Nolasco", "Airosa", "Basto",
          "Remédios", "Xavier", "Lok", "Ung", "Gomes da Silva"],
         ["Fred", "Nelinha", "Quico", "Bela", "Nel"]),
        # German-Brazilian
        (["Gisele", "Ingrid", "Marli", "Elke", "Renate", "Lisiane", "Rosane", "Edith"],
         ["Arno", "Egon", "Nelson", "Hélio", "Dieter", "Valdir", "Lauro", "Wilson"],
         ["Schmitt", "Kuhn", "Wendt", "Krüger", "Heinzen", "Klein", "Vogt", "Boettcher", "Ritter", "Zimmermann"],
         ["Gi", "Lisi", "Val", "Didi", "Nelsinho"]),
        # Syrian-Brazilian
        (["Samira", "Laila", "Jamile", "Nádia", "Mariana", "Soraya", "Yasmin", "Jihan"],
         ["Jorge", "Farid", "Michel", "Habib", "Kamal", "Said", "Nagib", "Emir"],
         ["Haddad", "Maluf", "Jafet", "Salomão", "Kassab", "Abdalla", "Sabbag", "Hakim", "Atallah", "Nasser"],
         ["Jamilinha", "Mimi", "Farizinho", "Nagi", "Sami"]),
        # Bahian
        (["Iracema", "Jussara", "Ivete", "Daiane", "Rosimeire", "Valdirene", "Tainá", "Lindinalva"],
         ["Raimundo", "Edvaldo", "Genivaldo", "Jailson", "Rosivaldo", "Ubiratan", "Deijair", "Washington"],
         ["Bomfim", "Santana", "Conceição", "Nascimento", "Sacramento", "Bispo", "Purificação", "Anunciação", "Jesus"],
         ["Mundinho", "Biro", "Jai", "Neguinho", "Dai", "Ju"]),
    ],
    "de": [
        # Silesian
        (["Gerlinde", "Ortrud", "Hedwig", "Jadwiga", "Renate", "Brunhilde", "Elfriede", "Agnieszka"],
         ["Gottfried", "Ewald", "Alois", "Reinhold", "Damian", "Jerzy", "Paul", "Hubert"],
         ["Kaluza", "Pietrzyk", "Wochnik", "Morawietz", "Kubitza", "Prohaska", "Czaja", "Zimny", "Swoboda", "Pollok"],
         ["Hedi", "Friedl", "Jurek", "Ewi", "Bertl"]),
        # Sorbian
        (["Hanka", "Měrana", "Lenka", "Jadwiga", "Marja", "Beata", "Milena", "Ludmila"],
         ["Jurij", "Měrćin", "Pětr", "Marko", "Bjarnat", "Jan", "Křesćan", "Alojs"],
         ["Nowak", "Kral", "Zschornack", "Wjeńk", "Šołta", "Kubaš", "Bjeńš", "Žur", "Mikławšk", "Brězan"],
         ["Jurko", "Hanusch", "Pěto", "Mila", "Janko"]),
        # Afghan-German
        (["Mariam", "Zahra", "Nilofar", "Shabnam", "Parwana", "Freshta", "Mursal", "Sahar"],
         ["Ahmad Shah", "Farhad", "Sayed", "Jawid", "Wahid", "Mustafa", "Nasir", "Ajmal"],
         ["Popal", "Rahimi", "Sultani", "Karimi", "Noorzai", "Wardak", "Hashimi", "Nazari", "Amiri", "Safi"],
         ["Farhi", "Jawi", "Nilo", "Shabi", "Mus"]),
        # Italian-German
        (["Giuseppina", "Antonella", "Graziella", "Sabrina", "Loredana", "Carmela", "Jessica", "Melissa"],
         ["Salvatore", "Gennaro", "Calogero", "Domenico", "Enzo", "Marco", "Angelo", "Gaetano"],
         ["Lo Iacono", "Messina", "Caruso", "D'Amico", "Russo", "Di Stefano", "Lombardo", "Mancuso", "Cuccia"],
         ["Totò", "Mimmo", "Pina", "Nella", "Lillo", "Gero"]),
        # Syrian-German
        (["Rasha", "Lama", "Ghalia", "Reem", "Hiba", "Razan", "Dima", "Nour"],
         ["Khaled", "Ammar", "Bassel", "Mazen", "Tarek", "Firas", "Majd", "Yamen"],
         ["Al-Hamwi", "Darwish", "Shami", "Kabbani", "Haddad", "Al-Khatib", "Sabbagh", "Masri", "Jabri"],
         ["Khalo", "Basso", "Razi", "Hibo", "Mimo"]),
        # Tyrolean (Austria)
        (["Notburga", "Kathi", "Rosmarie", "Theresia", "Burgi", "Christl", "Zenzi", "Agathe"],
         ["Romed", "Hansjörg", "Josef", "Alois", "Engelbert", "Pius", "Kassian", "Luis"],
         ["Pfurtscheller", "Hörtnagl", "Schwarzenberger", "Kröll",
          "Eller", "Gapp", "Höllrigl", "Trenkwalder", "Hauser"],
         ["Sepp", "Hansi", "Resi", "Gelli", "Burgl", "Loisl"]),
        # Ghanaian-German
        (["Akosua", "Ama", "Abena", "Efua", "Yaa", "Adwoa", "Esi", "Afia"],
         ["Kwame", "Kofi", "Kwabena", "Yaw", "Kojo", "Kwaku", "Fiifi", "Nana"],
         ["Owusu", "Asante", "Mensah", "Boateng", "Amoah", "Agyeman", "Ofori", "Darko", "Frimpong", "Acheampong"],
         ["Kwesi", "Nana Yaw", "Abby", "Kofie", "Efi"]),
    ],
}

TEMPLATES: dict[str, list[str]] = {
    "en": [
        "Hi its {full} confirming my 3pm check up on thursday, can the dentist look at my back tooth too",
        "reminder for tomorrow: driving lesson with {first} at 8, pick up outside the library please 🚗",
        "Hiya the piano tuner came yesterday, {full} was lovely, can you send the invoice to me",
        "can the moving crew tomorrow ask for {first:m} at the door, he has the keys, I'll be at work",
        "Pet sitting booked for Biscuit from 12th to 19th, owner {rev}, emergency contact {full}",
        "Hello we're arriving after midnight, room is under {full}, is the night porter there?",
        "Selling my ticket for Saturday's gig, transfer it to {full:f} please, she's paid me already",
        "Kit order for the under 12s: {caps} no 7, {full} no 4 and {first} no 11 👕⚽",
        "Nursery pick up today will be my sister {full:f}, she has the password. thanks",
        "Please address the quote to our facilities manager {init}, not to me, cheers",
        "Courier here, left your parcel with your neighbour {full} at number 14",
        "hi can i order flowers for ward 6, patient is {full:f}, card should say get well soon nan x",
        "Thesis binding, black cover, gold lettering {full} on the spine and MSc 2026 underneath",
        "Test drive booked for Saturday 10am in the name of {rev}, bringing my licence",
        "Choir robe order: two large for {first} and {full}, one medium for me",
        "I'm filing the warranty claim for my dad {full:m} as he doesn't use email, hope thats ok",
        "Parcel locker code went to my flatmate {first} by mistake, can you resend it to me",
        "The translation needs the name spelled {caps} exactly as in the passport, no hyphen",
        "{full} here, im running 10 min late for the cut and colour sorry!!",
        "yeah so my mum {full:f} wants the same appointment as last time with {first:f} if shes in",
        "Could you put {nick:m} on the trophy engraving, he prefers that to his full name",
        "Garage said the car's ready, can {full:f} collect it? she's on the insurance",
        "Thank you so much to {first} on reception today, really made my day 🙏",
        "Order for pickup 7pm: 2 lamb curry, 1 dal, name {last}",
        "Hi, booking the hall for a 40th on the 3rd, contact person {full}, number to follow",
        "its {low} from flat 2 the washing machine part arrived but nobody came to fit it",
        "school shop: 2 jumpers age 9 with name tapes {full} please, will collect friday",
        "Our tutor {init} said you do the reading books, do you have level 5 in",
        "Hi {first}, saw your listing for the cot, is it still available? can collect today",
        "Marketplace seller {full} never posted the headphones, what do I do now",
        "The dog walker this week is {full:f} not me, she'll pick Luna up at 11",
        "Babysitter for saturday is {first:f}, she's allowed to take them to the park",
        "Could the receipt say {dbl} please, the double barrel, my work needs it",
        "hi yes i spoke to {full:f} earlier about the boiler service, she said wed was fine",
        "Can you tell {first:m} the van needs to be back by 5 latest thanks",
        "Driving school: my son {full:m} passed his theory!! when can he book the test 🎉",
        "Lost a gold bracelet in your changing rooms, engraved {first}, please call if found",
        "Late check in please, our friend {full} will arrive first and sign for both rooms",
        "Dentist reminder for {full} on Monday 9.20, reply Y to confirm",
        "Table for 6 at 8 under {last}, one is vegan and one is {first}'s birthday",
        "Please cancel the delivery for {bare:f}, she moved out last month",
        "ok so the piano goes to {full}'s house and the stool stays with us",
        "Team sheet for sunday {full} {full} and {full} are all injured so we need subs",
        "Got your number from {full} at the gym, do you still do sports massage",
        "Authorised to collect: {full:f} (grandmother) and {full:m} (uncle)",
        "Hey could {first} fit me in for a trim tomorrow? anytime after 3",
        "my uncle {nick:m} needs a quote for two rooms painting he's not on whatsapp",
        "Spelling on the certificate should be {bare}, without the accent marks",
        "FAO {full}, attached is the purchase order for the 30 chairs",
        "Hello, contact for the wedding car is the best man {full:m}, he'll sort payment",
        "Thanks {first}!! the hamper arrived and mum loved it",
        "Ring {last} on the intercom if nobody answers at the front, that's my partner",
        "{rev} - appointment card lost, when is my next physio?",
        "hiya sorry voice note typing this so the lads from the removal firm can they ring "
        "{full:f} when theyre 10 mins away cos shes got the key and im stuck at work till 6 cheers",
        "Cake order for Sunday please, writing should say Happy 18th {first} with a blue border 🎂",
    ],
    "fr": [
        "Bonjour c'est {full}, je confirme mon détartrage jeudi 15h, merci",
        "rappel leçon de conduite demain 8h avec {first}, rdv devant la gare svp 🚗",
        "L'accordeur est passé hier, {full} très pro, vous pouvez m'envoyer la facture ?",
        "Pour le déménagement demain demandez {first:m} en bas, c'est lui qui a les clés",
        "Garde du chat du 12 au 19, propriétaire {rev}, contact en cas d'urgence {full}",
        "Bonsoir on arrive après minuit, la chambre est au nom de {full}, il y a quelqu'un à l'accueil ?",
        "je revends ma place pour le concert de samedi, mettez la au nom de {full:f} svp elle m'a déjà payé",
        "Commande maillots U13 : {caps} n°7, {full} n°4 et {first} n°10 ⚽",
        "Ce soir c'est ma sœur {full:f} qui récupère la petite à la crèche, elle a le code",
        "Merci d'adresser le devis à notre responsable achats {init}",
        "Votre colis a été déposé chez votre voisin {full:m} au 2e étage",
        "bonjour je voudrais faire livrer un bouquet au service cardio, chambre 12, pour {full}",
        "Reliure mémoire, couverture bleue, en doré {full} et Master 2 en dessous",
        "Essai de la voiture samedi 10h au nom de {rev}, je viens avec mon permis",
        "Pour les aubes de la chorale : deux en L pour {first} et {full}, une en M pour moi",
        "Je fais la demande de garantie pour mon père {full:m}, il n'a pas internet",
        "Le code de la consigne est parti chez mon colocataire {first:m} par erreur, vous pouvez le renvoyer ?",
        "Pour la traduction le nom doit être écrit {caps} comme sur le passeport",
        "{full} ici, j'ai 10 min de retard pour la couleur désolée !!",
        "ma mère {full:f} voudrait le même créneau que la dernière fois avec {first:f} si possible",
        "Vous pouvez graver {nick:m} sur la coupe, il préfère ça à son vrai prénom",
        "Le garage dit que la voiture est prête, {full:f} peut passer la chercher ? elle est sur l'assurance",
        "Un grand merci à {first} de l'accueil aujourd'hui 🙏",
        "Commande à emporter 19h : 2 tajines, 1 couscous, au nom de {last}",
        "Bonjour je réserve la salle pour un anniversaire le 3, la personne à contacter c'est {full}",
        "c'est {low} du 2e, la pièce du lave linge est arrivée mais personne n'est venu",
        "boutique de l'école : 2 sweats taille 10 ans avec étiquettes {full} svp",
        "La maîtresse, {init:f}, m'a dit que vous aviez les cahiers d'exercices, vous en avez encore ?",
        "Bonjour {first}, le lit bébé sur Leboncoin est toujours dispo ? je peux passer aujourd'hui",
        "Le vendeur {full} n'a jamais envoyé le casque, je fais comment",
        "Cette semaine c'est {full:f} qui promène le chien, elle passe à 11h",
        "La baby-sitter samedi c'est {first:f}, elle a le droit de les emmener au parc",
        "Le reçu peut-il être au nom de {dbl} svp, avec les deux noms, c'est pour mon travail",
        "oui j'ai eu {full:f} ce matin pour l'entretien de la chaudière elle a dit mercredi ça va",
        "Dites à {first:m} que le camion doit être rendu avant 17h merci",
        "Auto-école : mon fils {full:m} a eu son code !! on peut réserver l'examen quand ? 🎉",
        "J'ai perdu un bracelet dans vos cabines, gravé {first}, appelez moi si vous le trouvez",
        "Arrivée tardive, notre ami {full:m} arrive en premier et signe pour les deux chambres",
        "Rappel RDV dentiste pour {full} lundi 9h20, répondez OUI pour confirmer",
        "Table pour 6 à 20h au nom de {last}, une personne végane et c'est l'anniversaire de {first}",
        "Merci d'annuler la livraison pour {bare:f}, elle a déménagé le mois dernier",
        "bon le piano va chez {full} et le tabouret reste chez nous",
        "pour dimanche {full}, {full} et {full} sont blessés il nous faut des remplaçants",
        "J'ai eu votre numéro par {full} à la salle, vous faites toujours les massages ?",
        "Personnes autorisées à récupérer l'enfant : {full:f} (grand-mère) et {full:m} (oncle)",
        "Coucou {first} peux-tu me prendre demain pour une coupe ? après 15h",
        "mon oncle {nick:m} voudrait un devis peinture pour deux pièces il n'a pas whatsapp",
        "Sur l'attestation il faut écrire {bare}, sans les accents",
        "À l'attention de {full} : ci-joint le bon de commande pour les 30 chaises",
        "Pour la voiture des mariés voyez avec le témoin {full:m}, il s'occupe du paiement",
        "Merci {first} !! le panier est arrivé maman a adoré",
        "Sonnez chez {last} à l'interphone si personne ne répond, c'est mon conjoint",
        "{rev} - j'ai perdu ma carte de rdv, c'est quand ma prochaine séance de kiné ?",
        "oui bonjour je vous envoie un vocal transcrit alors demain je pourrai pas récupérer le colis "
        "c'est ma belle-sœur {full:f} qui passera elle aura ma carte d'identité voilà merci bonne journée",
        "Commande galette pour le 6 janvier au nom de {full}, frangipane, 8 parts",
    ],
    "it": [
        "Buongiorno sono {full}, confermo la pulizia dei denti giovedì alle 15",
        "promemoria guida domani alle 8 con {first}, ci vediamo davanti alla stazione 🚗",
        "L'accordatore è venuto ieri, {full} bravissimo, mi mandate la fattura?",
        "Per il trasloco domani chiedete di {first:m} al portone, ha lui le chiavi",
        "Pet sitter dal 12 al 19 per il gatto, proprietario {rev}, contatto emergenze {full}",
        "Buonasera arriviamo dopo mezzanotte, la camera è a nome {full}, c'è qualcuno alla reception?",
        "vendo il biglietto del concerto di sabato, intestatelo a {full:f} per favore mi ha già pagato",
        "Ordine divise under 12: {caps} numero 7, {full} numero 4 e {first} numero 10 ⚽",
        "Oggi all'asilo nido viene a prendere la bimba mia sorella {full:f}, ha la delega",
        "Il preventivo va intestato al nostro referente acquisti {init:m}, grazie",
        "Il pacco è stato lasciato al vicino {full:m} al secondo piano",
        "vorrei mandare dei fiori in reparto cardiologia stanza 12 per {full}",
        "Rilegatura tesi copertina blu, scritta in oro {full} e Laurea Magistrale 2026 sotto",
        "Prova su strada sabato alle 10 a nome {rev}, porto la patente",
        "Tuniche del coro: due L per {first} e {full}, una M per me",
        "Faccio io la richiesta di garanzia per mio padre {full:m}, lui non usa la mail",
        "Il codice del locker è arrivato al mio coinquilino {first:m} per sbaglio, potete rimandarlo?",
        "Per la traduzione il nome va scritto {caps} come sul passaporto",
        "Sono {full}, ritardo di 10 minuti per il colore scusate!!",
        "mia mamma {full:f} vorrebbe lo stesso orario dell'ultima volta con {first:f} se c'è",
        "Potete incidere {nick} sulla coppa, preferisce così",
        "Il meccanico dice che la macchina è pronta, può ritirarla {full}? è sull'assicurazione",
        "Grazie mille a {first} della reception oggi 🙏",
        "Asporto ore 20: 2 margherite e una diavola, nome {last}",
        "Prenoto la sala per un compleanno il 3, referente {full}",
        "sono {low} dell'interno 4, il pezzo della lavatrice è arrivato ma non è venuto nessuno",
        "cartoleria scuola: 2 grembiuli taglia 8 anni con etichetta {full} grazie",
        "La maestra {init:f} ha detto che avete i libri delle vacanze, ci sono ancora?",
        "Ciao {first}, il lettino su Subito è ancora disponibile? passo oggi",
        "Il venditore {full} non ha mai spedito le cuffie, come faccio",
        "Questa settimana il cane lo porta fuori {full}, passa alle 11",
        "La babysitter sabato è {first:f}, può portarli al parco",
        "La ricevuta può essere intestata a {dbl}? serve per il lavoro",
        "sì ho sentito {full} stamattina per la revisione della caldaia, ha detto che mercoledì va bene",
        "Dite a {first:m} che il furgone va riportato entro le 17 grazie",
        "Autoscuola: mio figlio {full:m} ha passato la teoria!! quando prenotiamo la pratica? 🎉",
        "Ho perso un braccialetto nei camerini, inciso {first}, chiamatemi se lo trovate",
        "Check-in tardivo, il nostro amico {full:m} arriva prima e firma per tutte e due le camere",
        "Promemoria dentista per {full} lunedì ore 9:20, risponda SI per confermare",
        "Tavolo per 6 alle 20 a nome {last}, uno è vegano ed è il compleanno di {first}",
        "Annullate la consegna per {bare:f}, si è trasferita il mese scorso",
        "allora il pianoforte va a casa di {full} e lo sgabello resta da noi",
        "per domenica {full}, {full} e {full} sono infortunati servono riserve",
        "Ho avuto il numero da {full} della palestra, fate ancora massaggi sportivi?",
        "Delegati al ritiro: {full:f} (nonna) e {full:m} (zio)",
        "Ciao {first} mi fai un taglio domani? dopo le 15",
        "mio zio {nick:m} vuole un preventivo per imbiancare due stanze, non ha whatsapp",
        "Sul certificato va scritto {bare}, senza accenti",
        "Alla c.a. di {full}: in allegato l'ordine per le 30 sedie",
        "Per l'auto degli sposi sentite il testimone {full:m}, paga lui",
        "Grazie {first}!! il cesto è arrivato, la mamma era felicissima",
        "Citofonate {last} se non risponde nessuno, è il mio compagno",
        "{rev} - ho perso il foglio appuntamenti, quando ho la prossima fisioterapia?",
        "ciao scusa ti scrivo col vocale perché guido allora domani non riesco a ritirare il pacco "
        "viene mio cognato {full:m} quello alto con la barba ha la mia carta d'identità ok grazie",
        "Ordino la torta per domenica, scritta Auguri {first} e bordo azzurro 🎂",
    ],
    "es": [
        "Hola soy {full}, confirmo la limpieza dental del jueves a las 15h",
        "recordatorio clase de conducir mañana 8h con {first}, te espero frente a la estación 🚗",
        "Ayer vino el afinador del piano, {full} un encanto, me mandan la factura?",
        "Para la mudanza de mañana pregunten por {first:m} en el portal, él tiene las llaves",
        "Cuidado del perro del 12 al 19, dueño {rev}, contacto de emergencia {full}",
        "Buenas noches llegamos pasada la medianoche, la habitación está a nombre de {full}, hay alguien en recepción?",
        "vendo mi entrada del concierto del sábado, pásenla a nombre de {full} porfa ya me pagó",
        "Pedido de camisetas alevín: {caps} dorsal 7, {full} dorsal 4 y {first} dorsal 10 ⚽",
        "Hoy recoge a la niña en la guarde mi hermana {full:f}, tiene la autorización firmada",
        "El presupuesto a la atención de nuestro responsable de compras {init:m} por favor",
        "Su paquete se entregó a su vecino {full:m} del 2ºB",
        "quería enviar flores a planta de traumatología habitación 412 para {full}",
        "Encuadernación TFG tapa negra, en dorado {full} y Grado en Enfermería debajo",
        "Prueba del coche el sábado a las 10 a nombre de {rev}, llevo el carnet",
        "Túnicas del coro: dos talla L para {first} y {full}, una M para mí",
        "Hago yo la reclamación de garantía por mi padre {full:m}, él no usa el correo",
        "El código de la taquilla le llegó a mi compañero de piso {first:m} por error, me lo reenvían?",
        "En la traducción jurada el nombre tiene que ir como {caps}, igual que en el pasaporte",
        "{full} aquí, llego 10 min tarde al tinte perdón!!",
        "mi madre {full:f} quiere la misma hora que la otra vez con {first:f} si puede ser",
        "Podéis grabar {nick} en el trofeo? le llaman así desde pequeño",
        "Del taller dicen que el coche ya está, lo puede recoger {full}? está en el seguro",
        "Muchísimas gracias a {first} de recepción, un sol 🙏",
        "Pedido para recoger 21h: 2 pizzas barbacoa y una de atún, a nombre de {last}",
        "Reservo el local para un cumple el día 3, la persona de contacto es {full}",
        "soy {low} del 3º izquierda, la pieza de la lavadora llegó pero no vino nadie a montarla",
        "papelería del cole: 2 chándales talla 10 con etiqueta {full} gracias",
        "La profe {init:f} nos dijo que aquí tenéis los cuadernillos de verano, os quedan?",
        "Hola {first}, sigue disponible la cuna de Wallapop? puedo pasar hoy",
        "El vendedor {full} nunca mandó los auriculares, qué hago",
        "Esta semana saca al perro {full}, pasa a las 11",
        "La canguro del sábado es {first:f}, puede llevarlos al parque",
        "Me podéis hacer la factura a nombre de {dbl}? es para la empresa",
        "sí hablé con {full} esta mañana por la revisión de la caldera dijo que el miércoles bien",
        "Decidle a {first:m} que la furgo hay que devolverla antes de las 5",
        "Autoescuela: mi hijo {full:m} aprobó el teórico!! cuándo pedimos el práctico? 🎉",
        "Perdí una pulsera en vuestros probadores, pone {first} grabado, llamadme si aparece",
        "Llegada tarde, nuestro amigo {full:m} llega antes y firma por las dos habitaciones",
        "Recordatorio de cita dental para {full} el lunes 9:20, responda SI para confirmar",
        "Mesa para 6 a las 21 a nombre de {last}, uno es vegano y es el cumple de {first}",
        "Anulen el envío para {bare}, se mudó el mes pasado",
        "a ver el piano va a casa de {full} y la banqueta se queda con nosotros",
        "para el domingo {full}, {full} y {full} están lesionados necesitamos suplentes",
        "Me pasó tu número {full} del gimnasio, sigues haciendo masajes deportivos?",
        "Autorizados para recoger: {full:f} (abuela) y {full:m} (tío)",
        "Hola {first} me coges mañana para cortar? a partir de las 4",
        "mi tío {nick:m} quiere presupuesto para pintar dos habitaciones, no tiene whatsapp",
        "En el diploma tiene que poner {bare}, sin tildes",
        "A la atención de {full}: adjunto el pedido de las 30 sillas",
        "Para el coche de la boda hablad con el padrino {full:m}, él paga",
        "Gracias {first}!! llegó la cesta y a mi madre le encantó",
        "Llamad al telefonillo de {last} si no contesta nadie, es mi pareja",
        "{rev} - perdí la tarjeta de citas, cuándo me toca fisio?",
        "hola mira te escribo por audio que voy conduciendo es que mañana no puedo ir a por el "
        "paquete así que va a ir mi cuñado {full:m} que es alto con barba y lleva mi dni vale gracias",
        "Buenas, encargo de roscón para el 6 de enero a nombre de {full}, con nata y sin fruta",
    ],
    "pt": [
        "Olá sou {full}, confirmo a limpeza dentária de quinta às 15h",
        "lembrete aula de direção amanhã 8h com {first}, te espero na frente da rodoviária 🚗",
        "O afinador de piano veio ontem, {full} muito atencioso, podem mandar a nota?",
        "Pra mudança amanhã perguntem pelo {first:m} na portaria, ele está com as chaves",
        "Pet sitter do dia 12 ao 19 pro gato, tutor {rev}, contato de emergência {full}",
        "Boa noite chegamos depois da meia-noite, o quarto está no nome de {full}, tem alguém na recepção?",
        "tô vendendo meu ingresso do show de sábado, transfere pro nome de {full:f} pfv ela já me pagou",
        "Pedido de uniformes sub-13: {caps} camisa 7, {full} camisa 4 e {first} camisa 10 ⚽",
        "Hoje quem busca a menina na creche é minha irmã {full:f}, ela tem a autorização",
        "O orçamento deve ser enviado aos cuidados do nosso comprador {init:m}, obrigado",
        "Sua encomenda foi deixada com o vizinho {full:m} do apto 22",
        "queria mandar flores pra ala de cardiologia quarto 12 para {full}",
        "Encadernação do TCC capa preta, em dourado {full} e Engenharia Civil 2026 embaixo",
        "Test drive sábado 10h no nome de {rev}, levo a carteira",
        "Becas do coral: duas G pra {first} e {full}, uma M pra mim",
        "Eu que vou abrir o pedido de garantia pelo meu pai {full:m}, ele não usa email",
        "O código do armário inteligente foi pro meu colega de apê {first:m} por engano, podem reenviar?",
        "Na tradução juramentada o nome tem que sair {caps} igual ao passaporte",
        "Aqui é {full}, vou atrasar 10 min pra coloração desculpa!!",
        "minha mãe {full:f} quer o mesmo horário da última vez com a {first:f} se der",
        "Dá pra gravar {nick:m} no troféu? todo mundo chama ele assim",
        "A oficina disse que o carro tá pronto, o {full:m} pode buscar? ele tá no seguro",
        "Muito obrigada à {first:f} da recepção hoje, um amor 🙏",
        "Pedido pra retirar 20h: 2 acarajés e 1 abará, nome {last}",
        "Quero reservar o salão pra um aniversário dia 3, o contato é {full}",
        "aqui é {low} do 301, a peça da máquina de lavar chegou mas ninguém veio instalar",
        "papelaria da escola: 2 camisetas tamanho 10 com etiqueta {full} obrigada",
        "A professora {init:f} falou que vocês têm as apostilas, ainda tem?",
        "Oi {first}, o berço da OLX ainda tá disponível? posso buscar hoje",
        "O vendedor {full} nunca mandou o fone, o que eu faço",
        "Essa semana quem passeia com o cachorro é {full}, passa às 11",
        "A babá de sábado é a {first:f}, pode levar eles na praça",
        "Pode emitir a nota no nome de {dbl}? é pra empresa",
        "sim falei com {full:f} hoje cedo sobre a revisão do aquecedor ela disse que quarta tá ok",
        "Avisa o {first:m} que a van tem que voltar até às 17h",
        "Autoescola: meu filho {full:m} passou na prova teórica!! quando marca a prática? 🎉",
        "Perdi uma pulseira no provador de vocês, gravado {first}, me liguem se acharem",
        "Check-in tarde, nosso amigo {full:m} chega antes e assina pelos dois quartos",
        "Lembrete de consulta odontológica para {full} segunda 9h20, responda SIM para confirmar",
        "Mesa pra 6 às 20h no nome de {last}, um é vegano e é aniversário da {first:f}",
        "Cancelem a entrega pra {bare:f}, ela se mudou mês passado",
        "então o piano vai pra casa de {full} e o banquinho fica com a gente",
        "pro domingo {full}, {full} e {full} estão machucados precisamos de reservas",
        "Peguei seu número com {full} da academia, ainda faz massagem esportiva?",
        "Autorizados a buscar: {full:f} (avó) e {full:m} (tio)",
        "Oi {first} consegue me encaixar amanhã pra cortar? depois das 15h",
        "meu tio {nick:m} quer orçamento pra pintar dois quartos, ele não tem zap",
        "No certificado tem que sair {bare}, sem acento",
        "A/C {full}: segue em anexo o pedido das 30 cadeiras",
        "Sobre o carro da noiva falem com o padrinho {full:m}, ele paga",
        "Valeu {first}!! a cesta chegou e minha mãe amou",
        "Toca o interfone do {last} se ninguém atender, é meu marido",
        "{rev} - perdi o cartão de consultas, quando é minha próxima fisio?",
        "oi moça tô mandando áudio transcrito tá então amanhã não vou conseguir pegar a "
        "encomenda quem vai é minha cunhada {full:f} ela vai levar meu rg tá bom obrigada viu",
        "Encomenda de bolo de aniversário pra sexta escrito Parabéns {first} com glacê azul",
    ],
    "de": [
        "Hallo hier ist {full}, ich bestätige die Zahnreinigung am Donnerstag um 15 Uhr",
        "Erinnerung Fahrstunde morgen 8 Uhr mit {first}, Treffpunkt vor dem Bahnhof 🚗",
        "Der Klavierstimmer war gestern da, {full} super nett, schicken Sie mir die Rechnung?",
        "Für den Umzug morgen bitte unten nach {first:m} fragen, der hat die Schlüssel",
        "Katzensitting vom 12. bis 19., Halter {rev}, Notfallkontakt {full}",
        "Guten Abend wir kommen erst nach Mitternacht an, Zimmer läuft auf {full}, ist jemand an der Rezeption?",
        "verkaufe mein Ticket fürs Konzert am Samstag, bitte auf {full:f} umschreiben sie hat schon bezahlt",
        "Trikotbestellung E-Jugend: {caps} Nr. 7, {full} Nr. 4 und {first} Nr. 10 ⚽",
        "Heute holt meine Schwester {full:f} die Kleine aus der Kita ab, sie hat die Vollmacht",
        "Das Angebot bitte an unseren Ansprechpartner im Einkauf {init:m} adressieren",
        "Ihr Paket wurde bei Ihrem Nachbarn {full:m} im 2. OG abgegeben",
        "ich möchte Blumen auf Station 6 schicken, Zimmer 12, für {full}",
        "Bindung Bachelorarbeit schwarzer Einband, in Gold {full} und darunter B.Sc. 2026",
        "Probefahrt Samstag 10 Uhr auf den Namen {rev}, Führerschein bringe ich mit",
        "Chorgewänder: zwei in L für {first} und {full}, eins in M für mich",
        "Ich reiche die Garantie für meinen Vater {full:m} ein, der hat keine Mail",
        "Der Abholcode für die Packstation ging aus Versehen an "
        "meinen Mitbewohner {first:m}, können Sie ihn neu schicken?",
        "Für die beglaubigte Übersetzung muss der Name {caps} geschrieben sein wie im Pass",
        "{full} hier, bin 10 min zu spät zum Färben sorry!!",
        "meine Mutter {full:f} hätte gern denselben Termin wie letztes Mal bei {first:f} wenn möglich",
        "Könnt ihr {nick:m} auf den Pokal gravieren, so nennen ihn alle",
        "Die Werkstatt sagt das Auto ist fertig, kann {full:f} es abholen? sie ist mitversichert",
        "Ganz lieben Dank an {first} vom Empfang heute 🙏",
        "Abholung 19 Uhr: 2x Qabuli Palau, 1x Bolani, Name {last}",
        "Ich möchte den Raum für einen 40. am 3. reservieren, Ansprechpartner ist {full:m}",
        "hier ist {low} aus der 2. Etage, das Ersatzteil für die Waschmaschine ist da aber keiner kam",
        "Schulshop: 2 Pullis Gr. 140 mit Namensband {full} bitte",
        "Die Lehrerin {init:f} hat gesagt bei Ihnen gibt es die Arbeitshefte, haben Sie noch welche?",
        "Hallo {first}, ist das Babybett bei Kleinanzeigen noch da? könnte heute abholen",
        "Der Verkäufer {full} hat die Kopfhörer nie verschickt, was mache ich jetzt",
        "Diese Woche geht {full:f} mit dem Hund, sie kommt um 11",
        "Babysitterin am Samstag ist {first:f}, sie darf mit den Kindern auf den Spielplatz",
        "Kann die Quittung auf {dbl} ausgestellt werden? brauche sie für die Arbeit",
        "ja ich hab heute früh mit {full:f} wegen der Thermenwartung gesprochen sie meinte Mittwoch passt",
        "Sagt {first:m} bitte dass der Transporter bis 17 Uhr zurück muss",
        "Fahrschule: mein Sohn {full:m} hat die Theorie bestanden!! wann können wir die Praxis buchen? 🎉",
        "Hab ein Armband in eurer Umkleide verloren, Gravur {first}, bitte melden falls gefunden",
        "Späte Anreise, unser Freund {full:m} kommt zuerst und unterschreibt für beide Zimmer",
        "Terminerinnerung Zahnarzt für {full} Montag 9:20, bitte mit JA bestätigen",
        "Tisch für 6 um 20 Uhr auf {last}, einer ist vegan und {first} hat Geburtstag",
        "Bitte die Lieferung für {bare:f} stornieren, sie ist letzten Monat ausgezogen",
        "also das Klavier geht zu {full} und der Hocker bleibt bei uns",
        "für Sonntag sind {full}, {full} und {full} verletzt wir brauchen Ersatz",
        "Hab Ihre Nummer von {full} aus dem Fitnessstudio, machen Sie noch Sportmassagen?",
        "Abholberechtigt: {full:f} (Oma) und {full:m} (Onkel)",
        "Hey {first} hast du morgen Zeit für einen Schnitt? ab 15 Uhr",
        "mein Onkel {nick:m} braucht ein Angebot für zwei Zimmer streichen, hat kein WhatsApp",
        "Auf der Urkunde soll {bare} stehen, ohne Sonderzeichen",
        "z. Hd. {full}: anbei die Bestellung über 30 Stühle",
        "Wegen dem Hochzeitsauto bitte an den Trauzeugen {full:m} wenden, er zahlt",
        "Danke {first}!! der Korb ist angekommen und Mama hat sich riesig gefreut",
        "Bitte bei {last} klingeln falls keiner aufmacht, das ist mein Partner",
        "{rev} - Terminkarte verloren, wann ist meine nächste Physio?",
        "hallo ich sprech das grad ein weil ich im auto sitz also morgen kann ich das paket nicht "
        "holen da kommt mein schwager {full:m} vorbei der hat meinen ausweis dabei okay danke dir",
        "Bestellung Schultüte für die Einschulung, bitte {first} draufsticken in Regenbogenfarben",
    ],
}

PHONES = ["iPhone 14", "Galaxy A54", "Pixel 8a", "Redmi Note 13", "Xperia 10",
          "Moto G84", "Nothing Phone 2", "OnePlus Nord"]
CARS = ["Dacia Sandero", "Fiat Panda", "Škoda Octavia", "Kia Ceed", "Toyota Yaris Cross",
        "Renault Clio", "Seat Ibiza", "VW Polo"]
SHOWS = ["The Bear", "Stranger Things", "Frozen 2", "Dune", "Bluey", "Inside Out 2", "The Crown", "Barbie"]
BRANDS = ["Tefal", "Dyson", "Moulinex", "Nespresso", "Krups", "Rowenta",
          "De'Longhi", "Smeg", "Philips", "Russell Hobbs"]
TOYS = ["Lego", "Playmobil", "Ravensburger", "Hot Wheels", "Schleich", "Hama"]

SHOP: dict[str, dict[str, list[str]]] = {
    "en": {"town": ["Leeds", "Swindon", "Ipswich", "Stockport", "Kirkcaldy", "Truro"],
           "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
           "month": ["January", "March", "May", "August", "October", "December"],
           "team": ["Arsenal", "Leeds United", "Celtic", "Wrexham", "Aston Villa", "Everton"],
           "dish": ["shepherd's pie", "chicken tikka", "fish and chips", "Victoria sponge", "full English"],
           "fest": ["Christmas", "Easter", "Bonfire Night", "Halloween", "Boxing Day", "Pancake Day"],
           "saint": ["St Patrick's Day", "St Andrew's Day", "St George's Day", "St David's Day"],
           "street": ["King Street", "Church Road", "Victoria Road", "Market Street", "Station Road"]},
    "fr": {"town": ["Rennes", "Annecy", "Metz", "Poitiers", "Besançon", "Pau"],
           "day": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
           "month": ["janvier", "mars", "mai", "août", "octobre", "décembre"],
           "team": ["l'OM", "l'OL", "l'AJ Auxerre", "l'ASSE", "l'OGC Nice", "l'AS Monaco"],
           "dish": ["la blanquette", "la raclette", "la tartiflette", "la quiche lorraine", "la soupe à l'oignon"],
           "fest": ["Noël", "Pâques", "la Toussaint", "la Chandeleur", "le 14 juillet", "la fête des mères"],
           "saint": ["la Saint-Nicolas", "la Sainte-Catherine", "la Saint-Jean", "la Saint-Valentin"],
           "street": ["rue de la République", "avenue Jean-Jaurès", "rue Nationale", "boulevard Gambetta"]},
    "it": {"town": ["Trento", "Bari", "Lecce", "Campobasso", "Bergamo", "Rovereto"],
           "day": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"],
           "month": ["gennaio", "marzo", "maggio", "agosto", "ottobre", "dicembre"],
           "team": ["Juventus", "Bari", "Atalanta", "Lecce", "Torino", "Fiorentina"],
           "dish": ["le orecchiette", "le tagliatelle al ragù", "le lasagne", "le polpette", "le frittelle"],
           "fest": ["Natale", "Pasqua", "Ferragosto", "Capodanno", "Carnevale", "Pasquetta"],
           "saint": ["San Nicola", "Sant'Ambrogio", "San Vigilio", "Santo Stefano"],
           "street": ["via Roma", "corso Vittorio Emanuele", "via Mazzini", "piazza Duomo", "viale Europa"]},
    "es": {"town": ["Oviedo", "Huesca", "Zaragoza", "Gijón", "Alcalá de Henares", "Teruel"],
           "day": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
           "month": ["enero", "marzo", "mayo", "agosto", "octubre", "diciembre"],
           "team": ["Sporting", "Real Zaragoza", "Betis", "Atleti", "Real Oviedo", "Osasuna"],
           "dish": ["la fabada", "el cachopo", "la paella", "la tortilla", "el ternasco"],
           "fest": ["Navidad", "Semana Santa", "Reyes", "Nochevieja", "el Pilar", "Carnaval"],
           "saint": ["San Juan", "San Fermín", "San Isidro", "San Jorge"],
           "street": ["calle Mayor", "Gran Vía", "calle Uría", "paseo de la Independencia"]},
    "pt": {"town": ["Salvador", "Blumenau", "Joinville", "Feira de Santana", "Coimbra", "Braga"],
           "day": ["segunda", "terça", "quarta", "quinta", "sexta", "quarta-feira"],
           "month": ["janeiro", "março", "maio", "agosto", "outubro", "dezembro"],
           "team": ["o Bahia", "o Vitória", "o Grêmio", "o Benfica", "o Flamengo", "o Porto"],
           "dish": ["moqueca", "feijoada", "acarajé", "esfiha", "bacalhau à Brás"],
           "fest": ["Natal", "Carnaval", "réveillon", "Dia das Mães", "Dia dos Pais", "feriado de Tiradentes"],
           "saint": ["São João", "Santo Antônio", "São Pedro", "Senhor do Bonfim"],
           "street": ["rua Chile", "avenida Sete de Setembro", "rua XV de Novembro", "rua Augusta"]},
    "de": {"town": ["Görlitz", "Bautzen", "Innsbruck", "Kufstein", "Cottbus", "Gelsenkirchen"],
           "day": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
           "month": ["Januar", "März", "Mai", "August", "Oktober", "Dezember"],
           "team": ["Schalke", "Union Berlin", "Wacker Innsbruck", "Energie Cottbus", "der BVB", "Dynamo Dresden"],
           "dish": ["Schlesisches Himmelreich", "Kaspressknödel", "Schnitzel", "Döner", "Spätzle"],
           "fest": ["Weihnachten", "Ostern", "Fasching", "Silvester", "Pfingsten", "Fronleichnam"],
           "saint": ["Nikolaus", "Martini", "Johanni", "Allerheiligen"],
           "street": ["Bahnhofstraße", "Hauptstraße", "Maria-Theresien-Straße", "Schillerstraße"]},
}

CLEAN: dict[str, list[str]] = {
    "en": [
        "do you have the {ph} in stock at the {town} branch?", "is the {car} still available for a test drive on {day}",
        "hi what time do you close on {fest}", "can I return the {brand} kettle without the box",
        "we're watching {show} tonight so can we push dinner to 8", "any {dish} left for lunch today?",
        "is the {street} shop open on {day} mornings", "screen protector for {ph} please, the glass one",
        "are you doing a {team} shirt in kids sizes", "booking for {saint}, table for four, 7pm",
        "thanks so much, all sorted 👍", "whats the price of a full service on a {car}",
        "the {brand} blender arrived broken, lid cracked", "do you deliver to {town} before {fest}",
        "ok see you {day} then", "can I pre order the {show} advent calendar",
        "dentist said to come back in {month}, can I book now?", "is there parking behind the {street} branch",
        "how long is the wait for {ph} battery replacement", "piano lessons start again in {month}?",
        "do you still do the {dish} on {day}s", "lovely thank you!! 😊",
        "driving test slots in {month}? any at the {town} centre", "need a new tyre for the {car}, 205/55 R16",
        "what's on offer for {fest} this year", "can you print the {team} crest on a mug",
        "is the {brand} hoover still on sale", "hotel check out is 11 on {day} right?",
        "do you have {show} on blu-ray", "cheers mate, see you after {fest}",
        "moving quote for a 2 bed from {town}, {month} if poss", "do you sell {toy} sets for ages 6+",
        "how much is a kit wash for the whole squad after the {team} game",
        "are flowers delivered to {town} hospital on {day}?",
        "the locker at {street} is full again", "thesis binding same day if I come {day} morning?",
        "parcel says delivered but not here, {ph} box", "the {dish} was amazing last night, well done chef",
        "can we move my cut to {day}, something came up", "choir concert is {saint}, do you rent robes?",
        "warranty on the {brand} machine is 2 years yes?", "no worries, {day} works",
    ],
    "fr": [
        "vous avez le {ph} en stock à l'agence de {town} ?", "la {car} est encore dispo pour un essai {day} ?",
        "bonjour vous fermez à quelle heure pour {fest}", "je peux rendre la bouilloire {brand} sans la boîte ?",
        "on regarde {show} ce soir on peut décaler le dîner à 20h", "il reste de {dish} pour midi ?",
        "la boutique {street} est ouverte le {day} matin ?", "un verre trempé pour {ph} svp",
        "vous faites le maillot de {team} en taille enfant ?", "réservation pour {saint}, 4 personnes, 19h",
        "merci beaucoup c'est réglé 👍", "c'est combien une révision complète sur une {car}",
        "le blender {brand} est arrivé cassé, couvercle fendu", "vous livrez à {town} avant {fest} ?",
        "ok à {day} alors", "je peux précommander le calendrier de l'avent {show} ?",
        "le dentiste m'a dit de revenir en {month}, je peux réserver maintenant ?",
        "il y a un parking derrière la boutique {street} ?",
        "c'est long pour changer la batterie d'un {ph} ?", "les cours de piano reprennent en {month} ?",
        "vous faites toujours {dish} le {day} ?", "super merci !! 😊",
        "des places d'examen du permis en {month} ? à {town} ?", "il me faut un pneu pour la {car}, 205/55 R16",
        "quelles sont les promos pour {fest} cette année", "vous pouvez imprimer le logo de {team} sur un mug ?",
        "l'aspirateur {brand} est toujours en promo ?", "le départ de l'hôtel c'est 11h le {day} c'est ça ?",
        "vous avez {show} en blu-ray ?", "merci et à après {fest} !",
        "devis déménagement pour un T3 depuis {town}, en {month} si possible",
        "vous vendez des boîtes {toy} à partir de 6 ans ?",
        "combien pour laver tous les maillots après le match contre {team}",
        "vous livrez les fleurs à l'hôpital de {town} le {day} ?",
        "la consigne {street} est encore pleine", "reliure du mémoire dans la journée si je passe {day} matin ?",
        "le colis est marqué livré mais rien reçu, c'est le {ph}", "{dish} d'hier soir était top bravo au chef",
        "on peut décaler ma coupe à {day} ? un imprévu",
        "le concert de la chorale c'est pour {saint}, vous louez des aubes ?",
        "la garantie de la machine {brand} c'est 2 ans ?", "pas de souci, {day} ça marche",
    ],
    "it": [
        "avete il {ph} disponibile nel punto vendita di {town}?",
        "la {car} è ancora disponibile per un giro di prova {day}?",
        "a che ora chiudete a {fest}", "posso restituire il bollitore {brand} senza scatola?",
        "stasera guardiamo {show} possiamo spostare la cena alle 20", "sono rimaste {dish} per pranzo?",
        "il negozio di {street} è aperto {day} mattina?", "pellicola in vetro per {ph} grazie",
        "fate la maglia ufficiale {team} per bambini?", "prenotazione per {saint}, 4 persone, ore 20",
        "grazie mille tutto a posto 👍", "quanto costa un tagliando completo su una {car}",
        "il frullatore {brand} è arrivato rotto, coperchio crepato", "consegnate a {town} prima di {fest}?",
        "ok allora a {day}", "posso prenotare il calendario dell'avvento di {show}?",
        "il dentista ha detto di tornare a {month}, posso prenotare ora?",
        "c'è parcheggio dietro il negozio di {street}?",
        "quanto ci vuole per cambiare la batteria di un {ph}?", "le lezioni di pianoforte riprendono a {month}?",
        "fate ancora {dish} il {day}?", "bellissimo grazie!! 😊",
        "posti per l'esame di guida a {month}? a {town}?", "mi serve una gomma per la {car}, 205/55 R16",
        "che offerte ci sono per {fest} quest'anno", "potete stampare lo stemma {team} su una tazza?",
        "l'aspirapolvere {brand} è ancora in offerta?", "il check out è alle 11 di {day} giusto?",
        "avete {show} in blu-ray?", "grazie e ci vediamo dopo {fest}",
        "preventivo trasloco bilocale da {town}, a {month} se possibile", "vendete set {toy} dai 6 anni?",
        "quanto per lavare tutte le divise dopo la partita contro {team}",
        "consegnate fiori all'ospedale di {town} di {day}?",
        "il locker di {street} è di nuovo pieno", "rilegatura tesi in giornata se passo {day} mattina?",
        "il pacco risulta consegnato ma non c'è, è il {ph}", "{dish} di ieri sera erano top complimenti",
        "possiamo spostare il mio taglio a {day}? ho un imprevisto",
        "il concerto del coro è a {saint}, noleggiate tuniche?",
        "la garanzia della macchina {brand} è di 2 anni vero?", "nessun problema, {day} va bene",
    ],
    "es": [
        "tenéis el {ph} en la tienda de {town}?", "el {car} sigue disponible para probarlo el {day}?",
        "a qué hora cerráis en {fest}", "puedo devolver el hervidor {brand} sin caja?",
        "esta noche vemos {show} podemos mover la cena a las 9", "queda {dish} para comer?",
        "la tienda de {street} abre el {day} por la mañana?", "protector de cristal para {ph} porfa",
        "tenéis la camiseta del {team} en talla niño?", "reserva para {saint}, 4 personas, 21h",
        "muchas gracias todo solucionado 👍", "cuánto cuesta una revisión completa de un {car}",
        "la batidora {brand} llegó rota, la tapa rajada", "enviáis a {town} antes de {fest}?",
        "vale pues el {day} nos vemos", "puedo reservar el calendario de adviento de {show}?",
        "el dentista dijo que volviera en {month}, puedo pedir cita ya?",
        "hay parking detrás de la tienda de {street}?",
        "cuánto tardáis en cambiar la batería de un {ph}?", "las clases de piano vuelven en {month}?",
        "seguís haciendo {dish} el {day}?", "genial gracias!! 😊",
        "hay fechas de examen práctico en {month}? en {town}?", "necesito una rueda para el {car}, 205/55 R16",
        "qué ofertas hay para {fest} este año", "podéis estampar el escudo del {team} en una taza?",
        "la aspiradora {brand} sigue de oferta?", "el check out es a las 11 del {day} no?",
        "tenéis {show} en blu-ray?", "gracias y nos vemos después de {fest}",
        "presupuesto mudanza de un piso de 2 habitaciones desde {town}, en {month} si puede ser",
        "vendéis sets de {toy} para 6 años?",
        "cuánto por lavar todas las equipaciones después del partido contra el {team}",
        "lleváis flores al hospital de {town} el {day}?",
        "la taquilla de {street} está llena otra vez", "encuadernación en el día si paso el {day} por la mañana?",
        "pone entregado pero no ha llegado, es el {ph}", "{dish} de anoche estaba de diez felicidades al cocinero",
        "podemos cambiar mi corte al {day}? me ha surgido algo",
        "el concierto del coro es por {saint}, alquiláis túnicas?",
        "la garantía de la máquina {brand} son 2 años no?", "sin problema, el {day} me va bien",
    ],
    "pt": [
        "vocês têm o {ph} na loja de {town}?", "o {car} ainda tá disponível pra test drive na {day}?",
        "que horas vocês fecham no {fest}", "posso devolver a chaleira {brand} sem a caixa?",
        "hoje a gente vai ver {show} dá pra passar o jantar pras 20h", "ainda tem {dish} pro almoço?",
        "a loja da {street} abre {day} de manhã?", "película de vidro pro {ph} por favor",
        "vocês têm a camisa d{team} infantil?", "reserva pro {saint}, 4 pessoas, 20h",
        "muito obrigada deu tudo certo 👍", "quanto fica uma revisão completa num {car}",
        "o liquidificador {brand} chegou quebrado, tampa rachada", "entregam em {town} antes do {fest}?",
        "ok então até {day}", "dá pra encomendar o calendário do advento de {show}?",
        "o dentista mandou voltar em {month}, já posso marcar?", "tem estacionamento atrás da loja da {street}?",
        "quanto tempo demora pra trocar a bateria de um {ph}?", "as aulas de piano voltam em {month}?",
        "ainda fazem {dish} na {day}?", "maravilha obrigado!! 😊",
        "tem vaga pra prova de direção em {month}? em {town}?", "preciso de um pneu pro {car}, 205/55 R16",
        "quais as promoções pro {fest} esse ano", "dá pra estampar o escudo d{team} numa caneca?",
        "o aspirador {brand} ainda tá na promoção?", "o check-out é 11h na {day} né?",
        "vocês têm {show} em blu-ray?", "valeu e até depois do {fest}",
        "orçamento de mudança de um apê de 2 quartos saindo de {town}, em {month} se der",
        "vendem kits {toy} a partir de 6 anos?",
        "quanto pra lavar todos os uniformes depois do jogo contra {team}",
        "entregam flores no hospital de {town} na {day}?",
        "o armário da {street} tá lotado de novo", "encadernação no mesmo dia se eu passar {day} de manhã?",
        "diz entregue mas não chegou, é o {ph}", "{dish} de ontem tava top parabéns pro chef",
        "dá pra passar meu corte pra {day}? surgiu um imprevisto",
        "a apresentação do coral é no {saint}, vocês alugam becas?",
        "a garantia da máquina {brand} é de 2 anos né?", "sem problema, {day} tá ótimo",
    ],
    "de": [
        "habt ihr das {ph} in der Filiale {town} vorrätig?", "ist der {car} am {day} noch für eine Probefahrt frei?",
        "wie lange habt ihr an {fest} offen", "kann ich den {brand} Wasserkocher ohne Karton zurückgeben?",
        "wir schauen heute {show} können wir das Essen auf 20 Uhr schieben", "gibt es heute Mittag noch {dish}?",
        "hat der Laden in der {street} am {day} vormittags offen?", "Panzerglas für das {ph} bitte",
        "gibt es das Trikot von {team} in Kindergrößen?", "Reservierung für {saint}, 4 Personen, 19 Uhr",
        "vielen Dank hat alles geklappt 👍", "was kostet eine große Inspektion beim {car}",
        "der {brand} Mixer kam kaputt an, Deckel gesprungen", "liefert ihr vor {fest} nach {town}?",
        "ok dann bis {day}", "kann ich den {show} Adventskalender vorbestellen?",
        "der Zahnarzt meinte ich soll im {month} wiederkommen, kann ich schon buchen?",
        "gibt es Parkplätze hinter dem Laden in der {street}?",
        "wie lange dauert ein Akkutausch beim {ph}?", "fängt der Klavierunterricht im {month} wieder an?",
        "macht ihr am {day} noch {dish}?", "super danke!! 😊",
        "gibt es im {month} Prüfungstermine? in {town}?", "brauche einen Reifen für den {car}, 205/55 R16",
        "welche Angebote gibt es dieses Jahr zu {fest}", "könnt ihr das Wappen von {team} auf eine Tasse drucken?",
        "ist der {brand} Staubsauger noch im Angebot?", "Check-out ist am {day} um 11 oder?",
        "habt ihr {show} auf Blu-ray?", "danke und bis nach {fest}",
        "Umzugsangebot für 2 Zimmer ab {town}, wenn möglich im {month}", "verkauft ihr {toy} Sets ab 6 Jahren?",
        "was kostet das Waschen aller Trikots nach dem Spiel gegen {team}",
        "liefert ihr am {day} Blumen ins Klinikum {town}?",
        "die Packstation in der {street} ist schon wieder voll", "Bindung am selben Tag wenn ich {day} früh komme?",
        "steht zugestellt ist aber nicht da, es ist das {ph}", "{dish} gestern Abend war top, Kompliment an die Küche",
        "können wir meinen Schnitt auf {day} verschieben? mir ist was dazwischengekommen",
        "das Chorkonzert ist an {saint}, verleiht ihr Gewänder?",
        "die Garantie auf die {brand} Maschine sind 2 Jahre oder?", "kein Problem, {day} passt",
    ],
}
# fmt: on


def _bare(text: str) -> str:
    """A name as typed on a phone that drops accents ("Lounes", "Cela", "Wisniewska")."""
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
        return f"{last.upper() if rng.random() < 0.5 else last} {given}"  # "TREMBLAY Josée" as on a form
    full = f"{given} {last}"
    if kind == "bare":
        return _bare(full)
    return {"low": full.lower(), "caps": full.upper()}.get(kind, full)


def _pair(name: str) -> tuple[str, str]:
    """A name's given name and surname as compared with another set: its first and last words in
    lower case, hyphens split, accents dropped so that "Lounes" and "Lounès" count as one."""
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
    )

    modules = (names_heldout, names_heldout2, names_heldout3, names_heldout4, names_heldout5, names_heldout6,
               names_heldout7, names_heldout8, names_heldout9)  # fmt: skip
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
        words = {**SHOP[lang], "ph": PHONES, "car": CARS, "show": SHOWS, "brand": BRANDS, "toy": TOYS}
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
