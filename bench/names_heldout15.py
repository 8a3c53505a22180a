"""A fifteenth held-out set for person names and no-PII commerce chat, frozen before its first run.

Why a fifteenth set: the eleventh (`bench.names_heldout11`) was retired to tuning on the night of
2026-12-06, while the twelfth to the fourteenth still measure; rounds of rules may follow, so final
figures need one more set that neither the rules nor the people tuning them have seen. This one
was written on 2026-12-06 by an independent author (a helper session started for this alone) who
had not read Veil's rule code (`recognizers/`, `proxy/`), its data files (`recognizers/data/`,
`bench/data/` but the first 400 bytes of one file), the tune sets (`bench/*tune*.py`), any
held-out or retired set's templates, no-PII shapes, shop words, name lists or messages, any miss
list, `/tmp/agg/`, nor `docs/detection*.md`, and who never ran Veil on it. Read were:
`bench.names_heldout14`'s docstring, constants and functions (`_bare` to `main`) for the
interface (a search for definitions also showed the first words of its phone, car and show lists,
none of which is used here), the docstrings of `bench.names_heldout11` to `bench.names_heldout13`
(only to keep off their origin groups, businesses and situations), the first 400 bytes of
heldout14's data file for the format (two and a half lines, a little more than the one line
meant), `bench.names_heldout` (`Example`, `_fill`, `load`, `freeze_cli`, `dumps`,
`fingerprint`), `tests/bench/test_names_heldout_sets.py`, and the `SETS` dict, docstring and
`--set` help of `bench.names`. `build()` compares this set's names with every earlier held-out
set's (`heldout` to `heldout14`) only by program, to leave out any given name and surname pair
one of them has, either way round; their messages and names were never printed or read:

- names are typed here from knowledge of each country's naming, in groups by origin that none of
  the docstrings read lists, a given name going with a surname of its own origin (Akan Ghanaian
  British, Sikh Punjabi British, Newfoundlander, South African English, Anglo-Indian,
  Trinidadian (Indo- and Afro-Trinidadian), Shetlander and Orcadian in en; Guadeloupean,
  Senegalese (Wolof), Swiss Romand, Vietnamese French, Cameroonian, Lorrain, Portuguese French
  in fr; Trentino, South Tyrolean, Istrian (Julian-Dalmatian), Salentine, Chinese Italian of
  Prato (Wenzhou), Romanian Italian, Bengali Italian of Rome in it; Basque of Gipuzkoa, Asturian,
  Aragonese, Chilean, Peruvian Andean (Quechua and Aymara surnames), Antioquian Colombian,
  Ecuadorian in Madrid in es; Baiano, Gaucho of German descent, Timorese, Bissau-Guinean,
  Santomean, Syrian-Lebanese Brazilian, Capixaba of Italian and Pomeranian descent in pt;
  Sorbian, Polish German of the Ruhr, Greek German, Syrian German, Danish Schleswig, East
  Frisian, Upper Austrian in de); surnames of two words or with particles ("De Rozario",
  "D'Cruz", "De Giorgi", "García-Rendueles", "da Cruz", "Corte-Real", "Espírito Santo", "Vila
  Nova", "Costa Alegre", "Boa Morte", "Na Bitchita", "Dalla Bernardina", "Al Masri", "Al-Ahmad",
  "de Vries", "Bébel-Gisler"; "Mame Diarra", "Luz Marina" and "Jhon Jairo" as given names),
  surnames that are words, brands, places or given names elsewhere ("Power", "Nurse", "Brink",
  "Dyer", "Gardner", "Skinner", "Luke", "Rhodes", "Gill", "Kang", "Gentil", "Jeanne", "Pépin",
  "Condé", "Rey", "Le", "Do", "Long", "Colin", "Mathieu", "Henry", "Branco", "Machado", "Sergio",
  "Mele", "Rainer", "Stan", "Lupu", "Marin", "Ye", "Pan", "Villa", "Canal", "Gracia", "Latorre",
  "Bravo", "Puma", "Inca", "Posada", "Jesus", "Cruz", "Reis", "Passos", "Amado", "Belo",
  "Trovoada", "Mata", "Jacob", "Lang", "Stein", "Kral", "Piątek", "Sobota", "Kot", "Lund",
  "Skov", "Bonde", "Ihnen", "Fuchs"), given names that are words or read as another sex ("Gifty",
  "Blessing", "Grant", "Courtney", "Gurpreet" for a man and "Kiran" for a woman, "Merle", "Ruby",
  "Max", "Line", "Long", "Anh", "Flore", "Félicité", "Maite", "Paz", "Trinidad", "Flor",
  "Milagros", "Piedad", "Dolores", "Soledad", "Segundo", "Washington", "Blanca", "Aurora",
  "Michel" for a woman, "Georgia", "Paraskevi", "Kyriaki", "Lone", "Harm"); each group has short
  forms used with a surname ("Kobby", "Bally", "Ches", "Robbo", "Bunty", "Shivvy", "Erlie",
  "Ti-Max", "Vieux", "Jean-Da", "Rigo", "Cloclo", "Zé", "Remino", "Luisl", "Bepo", "Uccio",
  "Nelu", "Bappy", "Txema", "Xuanín", "Marianico", "Pancha", "Wili", "Pacho", "Washo", "Cacau",
  "Ivinho", "Tchico", "Vadinho", "Fafá", "Bastião", "Hanzo", "Zbyszek", "Takis", "Hamoudi",
  "Nisse", "Okke", "Hias") and adopted names ("Sonny", "Kévin", "Mickaël", "Marco", "Giulia",
  "Luca", "Sara"); names come as given name and surname, given name alone, surname alone,
  surname first as on a form, with an initial, with two surnames, with accents dropped, in lower
  case and in capitals;
- 72 message shapes a language, the same situations written in each language, as a customer
  types on WhatsApp to a piano tuner, a bike courier, a driving school, a removals firm, a
  bookbinder, a sailing school, a barber, a hairdresser doing a wedding trial, an MOT garage, a
  plumber, a physiotherapist, a dentist, a diving school, an archery club, a rowing club, a
  tennis club, a pizzeria, a sushi takeaway, a hotel, a children's summer camp, a marquee hire,
  a sewing machine repairer, a vintage clothes shop, a school uniform shop, a day nursery, a
  holiday cottage, a ferry line, a wedding stationer, an e-scooter repairer, a photo booth
  hire, a translation agency and a beekeeper at a market (typos, missing stops, emoji, a
  voice-to-text run-on of about 60 words, mixed case), names at the start, in the middle and at
  the end: a neighbour with a spare key for the tuner, a late mother's name in a piano lid, a
  courier's sender and recipient, an envelope for one person only, a son's driving lessons, an
  instructor recommended by a friend, a test booked surname first, an old landlord handing over
  keys, a brother and his mate loading a van, a name embossed on a spine, a thesis author, a
  dinghy course pair, a skipper and crew, a barber asked for by name, a bride and bridesmaids, a
  van registered to a business partner, a landlord sent an invoice, a deaf father at home, a
  husband's physio moved, a referring doctor, a son's broken tooth, a hygienist, a dive buddy,
  club members and partners, a rowing crew and cox, doubles partners by surname, a takeaway
  under a surname, a colleague on the second floor, a hotel room under two surnames, an
  anniversary card, children at camp and the one grandmother allowed to collect them, an 18th
  birthday marquee and an uncle, a grandmother's name scratched on a sewing machine, a jacket
  held for someone, school name labels in capitals, jumpers for two children, a nursery
  collection by someone else, a nursery form with surname and first name, holiday cottage
  guests, a ferry booking without accents, names on wedding invitations, a flatmate's scooter, a
  couple on a photo backdrop, a maiden name on a translated certificate, a forwarded message, a
  boss's engraving, a separated partner taken off an account, a mother-in-law's card payment, a
  gift voucher from one person to another, a mix-up between two photo orders, a signature and a
  signed initial; about 7 % of messages wholly in lower case and about 3 % wholly in capitals; at
  least 320 gold names a language;
- 158 no-PII messages a language from 54 shapes, written the same way to the same kinds of
  business: phones, cars, children's films and series ("Doctor Who", "Peppa Pig", "Harry
  Potter", "Astérix"), brands each with what it is sold on, some of them surnames or given names
  elsewhere ("Steinway", "Bechstein", "Riese & Müller", "Gill", "Henri Lloyd", "Helly Hansen",
  "Paul Mitchell", "John Frieda", "Michelin", "Pirelli", "Vaillant", "Viessmann", "Junkers",
  "Singer", "Pfaff", "Barbour", "Lacoste", "Pierre Cardin", "Parker", "Waterman", "Grimaldi",
  "Moby"), branches in towns some of which are names elsewhere ("Lincoln", "Beverley",
  "Wellington", "Sainte-Maxime", "Santa Margherita", "San Sebastián", "Santander", "Vitória",
  "Natal", "Leer", "Essen"), shops named after streets ("Princes Street", "rue Jean-Jaurès", "via
  Garibaldi", "calle Larios", "Rua Augusta", "Kaufingerstraße"), teams ("Aston Villa", "Nancy",
  "Lecce", "Betis", "Grêmio", "Holstein Kiel"), dishes, some named after people ("Victoria
  sponge", "Sally Lunn bun", "Arnold Bennett omelette", "poire Belle-Hélène", "pommes Anna",
  "sole Dugléré", "pasta alla Gricia", "spaghetti alla Nerano", "tarta de Santiago", "Romeu e
  Julieta", "bife à Oswaldo Aranha", "bolo Souza Leão", "Prinzregententorte", "Königsberger
  Klopse"), feasts and saints' days as dates ("St Andrew's Day", "la Sainte-Catherine", "Santo
  Stefano", "San Valero", "São João", "Johanni"), weekdays, months, everyday thanks. No private
  person is in them, and no customer's home address.

Gold spans are offsets computed by `_fill` while the text is built, never typed by hand; a
title, a kinship word or an article before a name stays outside its span.
`python -m bench.names_heldout15 --write` wrote the file once; it was committed and landed on
main before Veil ran on it. `load()` refuses `bench/data/names_heldout15.jsonl` when its
SHA-256 differs from `FINGERPRINT`. Nothing is tuned on it; it is run to report figures, and
its individual misses are not printed or read.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

from bench.names_heldout import Example, freeze_cli
from bench.names_heldout import load as _load

PATH = Path(__file__).resolve().parent / "data" / "names_heldout15.jsonl"
FINGERPRINT = "9ef1650a03ddd7e1"
SEED = 20261206_16
NAMES_PER_LANGUAGE = 320
CLEAN_PER_LANGUAGE = 158
LOWER_SHARE = 0.07
CAPS_SHARE = 0.03
_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i", "İ": "I"})

# fmt: off
# Per language, groups of one origin each: (women's given names, men's given names, surnames, short forms
# and adopted names used with a surname). A name is drawn within one group, so given name and surname match.
_Group = tuple[list[str], list[str], list[str], list[str]]
PEOPLE: dict[str, list[_Group]] = {
    "en": [
        (["Akosua", "Abena", "Adwoa", "Efua", "Yaa", "Afua", "Akua", "Esi", "Gifty", "Blessing"],
         ["Kwame", "Kofi", "Kwabena", "Kwaku", "Yaw", "Kojo", "Kwasi", "Ekow", "Godfred", "Nana"],
         ["Mensah", "Owusu", "Boateng", "Asante", "Appiah", "Agyeman", "Ofori", "Amoah", "Sarpong", "Opoku",
          "Darko", "Addo", "Frimpong", "Bonsu"],
         ["Kobby", "Pappy", "Sly", "Efya"]),  # Akan Ghanaian British
        (["Harpreet", "Simran", "Jaspreet", "Manpreet", "Navdeep", "Kiran", "Amrit", "Baljit", "Jasleen"],
         ["Harjit", "Gurpreet", "Jaswinder", "Kuldip", "Sukhwinder", "Ravinder", "Amarjit", "Parminder", "Satnam"],
         ["Sandhu", "Gill", "Dhillon", "Grewal", "Sidhu", "Bains", "Johal", "Kang", "Atwal", "Bassi", "Sahota",
          "Chahal", "Virdi", "Rai"],
         ["Sonny", "Jas", "Bally", "Pinky", "Rav"]),  # Sikh Punjabi British
        (["Bridget", "Colleen", "Sheila", "Dorothy", "Bernadette", "Kathleen", "Marg", "Theresa", "Brenda"],
         ["Cyril", "Gerard", "Leo", "Lloyd", "Clarence", "Gordon", "Jethro", "Merv", "Alphonsus"],
         ["Pittman", "Tobin", "Furlong", "Hickey", "Power", "Mercer", "Squires", "Pardy", "Kavanagh", "Coish",
          "Penney", "Hollett", "Gosse", "Strickland"],
         ["Ches", "Buddy", "Gerry", "Fonse"]),  # Newfoundlander
        (["Candice", "Bronwyn", "Tarryn", "Shannon", "Kirsty", "Jolene", "Courtney", "Bianca", "Lindiwe"],
         ["Craig", "Wayne", "Grant", "Dean", "Bradley", "Warren", "Shaun", "Glen", "Clive"],
         ["Pollock", "Rhodes", "Kirsten", "Barlow", "Fairbairn", "Goodall", "Standish", "Nash", "Brink",
          "Hartley", "Bowden", "Kemp", "Gibbs", "Bolus"],
         ["Gav", "Shaz", "Robbo", "Kels"]),  # South African English
        (["Yvonne", "Marlene", "Cheryl", "Noreen", "Rosemary", "Merle", "Esme", "Glenda", "Dulcie"],
         ["Roy", "Errol", "Trevor", "Melville", "Cedric", "Derrick", "Neville", "Lionel", "Stanley"],
         ["D'Cruz", "Rozario", "Gonsalves", "Sequeira", "Baptist", "Skinner", "Gardner", "Dyer", "Colaco",
          "Carapiet", "Heyne", "Luke", "De Rozario", "Lazarus"],
         ["Bunty", "Dolly", "Tuts", "Sonny"]),  # Anglo-Indian
        (["Savitri", "Indra", "Rookmin", "Kamla", "Leela", "Marcia", "Jillian", "Ayanna", "Keisha"],
         ["Deonarine", "Kishore", "Ravi", "Sookdeo", "Kerwin", "Dwight", "Marlon", "Kenwyn", "Jerome"],
         ["Ramdial", "Maharaj", "Persad", "Rampersad", "Boodoo", "Sookram", "Baptiste", "Nurse", "Cudjoe",
          "Alleyne", "Roopnarine", "Mahabir", "Sealy", "Lashley"],
         ["Kerry", "Deo", "Shivvy", "Indy"]),  # Trinidadian
        (["Thora", "Inga", "Marion", "Freya", "Elspeth", "Agnes", "Ruby", "Isla", "Ingrid"],
         ["Magnus", "Ronald", "Thorfinn", "Erlend", "Tammas", "Lowrie", "Harald", "Gibbie", "Sigurd"],
         ["Tulloch", "Jamieson", "Halcrow", "Isbister", "Sinclair", "Flett", "Linklater", "Rendall", "Omand",
          "Harcus", "Drever", "Manson", "Leask", "Goudie"],
         ["Tam", "Erlie", "Mags", "Ina"]),  # Shetlander and Orcadian
    ],
    "fr": [
        (["Lucette", "Ketty", "Rosette", "Maryse", "Ginette", "Mylène", "Line", "Gisèle", "Lilia"],
         ["Dany", "Ruddy", "Rony", "Max", "Lucien", "Félix", "Gérard", "Fritz", "Harry"],
         ["Thuram", "Riner", "Arron", "Mormeck", "Gentil", "Flessel", "Condé", "Archimède", "Pépin", "Jeanne",
          "Rupaire", "Chalus", "Lurel", "Bébel-Gisler", "Nomertin", "Sylvestre"],
         ["Titi", "Doudou", "Ti-Max", "Loulou"]),  # Guadeloupean
        (["Awa", "Khady", "Ndèye", "Coumba", "Astou", "Mame Diarra", "Sokhna", "Yacine", "Rokhaya"],
         ["Cheikh", "Mamadou", "Ousmane", "Ibrahima", "Abdoulaye", "Babacar", "Modou", "Serigne", "Pape"],
         ["Diop", "Ndiaye", "Gueye", "Mbaye", "Seck", "Thiam", "Sarr", "Faye", "Diouf", "Niang", "Samb",
          "Mbengue", "Kane", "Sène"],
         ["Zale", "Vieux", "Baba", "Khadi"]),  # Senegalese (Wolof)
        (["Anne-Claude", "Nicole", "Mireille", "Séverine", "Corinne", "Fabienne", "Romaine", "Joëlle", "Sylvie"],
         ["Jean-Daniel", "Pierre-Alain", "Yvan", "Christophe", "Stéphane", "Gilles", "Jean-Marc", "Blaise", "Cédric"],
         ["Rochat", "Favre", "Chappuis", "Cuendet", "Pittet", "Golay", "Bonvin", "Rey", "Monnier", "Délèze",
          "Berset", "Jaccard", "Dubuis", "Sierro"],
         ["Jean-Da", "Pilou", "Cricri", "Fab"]),  # Swiss Romand
        (["Mai", "Linh", "Huong", "Thu", "Ngoc", "Hoa", "Anh", "Phuong", "Trang"],
         ["Minh", "Tuan", "Dung", "Hung", "Long", "Quang", "Bao", "Thanh", "Khanh"],
         ["Nguyen", "Tran", "Le", "Pham", "Huynh", "Vo", "Dang", "Bui", "Do", "Ngo", "Duong", "Truong", "Vu", "Ha"],
         ["Kim", "Jojo", "Lili", "Nono"]),  # Vietnamese French
        (["Nadège", "Hortense", "Ghislaine", "Carine", "Flore", "Murielle", "Josiane", "Félicité", "Brigitte"],
         ["Rigobert", "Achille", "Serge", "Hervé", "Aristide", "Landry", "Cyrille", "Samuel", "Thierry"],
         ["Kamga", "Tchatchoua", "Fotso", "Ngono", "Mbarga", "Essomba", "Tchakounté", "Ngando", "Atangana",
          "Onana", "Kamdem", "Foning", "Owona", "Ekambi"],
         ["Sam", "Rigo", "Nana", "Cyr"]),  # Cameroonian
        (["Monique", "Huguette", "Odile", "Claudine", "Béatrice", "Élodie", "Solène", "Danièle", "Laurence"],
         ["Jean-Claude", "Gaston", "Patrice", "Hubert", "Étienne", "Didier", "Régis", "Bernard", "Laurent"],
         ["Thiriet", "Colin", "Mathieu", "Vautrin", "Didierjean", "Claudel", "Aubertin", "Jacquot", "Thiébaut",
          "Humbert", "Grandjean", "Marchal", "Remy", "Henry"],
         ["Jeannot", "Riri", "Dédou", "Cloclo"]),  # Lorrain
        (["Fernanda", "Lurdes", "Sandra", "Célia", "Carla", "Vanessa", "Sónia", "Marisa", "Paula"],
         ["Manuel", "Joaquim", "Armando", "Fernando", "Rui", "Nelson", "Mickaël", "Kévin", "Sérgio"],
         ["Ferreira", "Rodrigues", "Carvalho", "Gonçalves", "Teixeira", "Marques", "Machado", "Fonseca",
          "Correia", "Moreira", "Vieira", "Cardoso", "Pires", "Branco"],
         ["Zé", "Manu", "Nelinho", "Quinzinho"]),  # Portuguese French
    ],
    "it": [
        (["Giuliana", "Mariarosa", "Renata", "Ornella", "Graziella", "Nadia", "Flavia", "Cristina", "Loredana"],
         ["Remo", "Silvano", "Ettore", "Mirko", "Fulvio", "Tullio", "Cesare", "Dario", "Renzo"],
         ["Pedrotti", "Tomasi", "Zeni", "Bertoldi", "Dallago", "Pisoni", "Tamanini", "Fedrizzi", "Giovanazzi",
          "Chistè", "Gretter", "Andreatta", "Tait", "Bonomi"],
         ["Remino", "Giuli", "Silvanin", "Tulio"]),  # Trentino
        (["Waltraud", "Notburga", "Irmgard", "Verena", "Evi", "Karin", "Hannelore", "Martina", "Rosmarie"],
         ["Florian", "Luis", "Reinhold", "Alois", "Lukas", "Hubert", "Johann", "Manfred", "Meinrad"],
         ["Pichler", "Gruber", "Kofler", "Mair", "Messner", "Oberhofer", "Thaler", "Unterkircher", "Gasser",
          "Hofer", "Plankensteiner", "Obwexer", "Rainer", "Trojer"],
         ["Flo", "Luisl", "Hansi", "Resi"]),  # South Tyrolean
        (["Nives", "Licia", "Nerina", "Rossana", "Mafalda", "Noemi", "Fulvia", "Dorina", "Lidia"],
         ["Nereo", "Bruno", "Sergio", "Claudio", "Livio", "Ferruccio", "Guido", "Ottavio", "Mario"],
         ["Benussi", "Sponza", "Bencich", "Degrassi", "Vascotto", "Zigante", "Babich", "Pauletich", "Giuricin",
          "Budicin", "Ravalico", "Bernobich", "Dussich", "Poropat"],
         ["Nerè", "Ninni", "Bepo", "Gigio"]),  # Istrian (Julian-Dalmatian)
        (["Addolorata", "Immacolata", "Assunta", "Oronza", "Concetta", "Cosima", "Mariella", "Donata", "Lucia"],
         ["Cosimo", "Oronzo", "Vito", "Rocco", "Donato", "Giorgio", "Fortunato", "Pantaleo", "Antonio"],
         ["Quarta", "De Giorgi", "Stefanelli", "Miglietta", "Carrozzo", "Pascali", "Rizzo", "Marti", "Sergio",
          "Coluccia", "Montinaro", "Zecca", "Schirinzi", "Mele"],
         ["Uccio", "Mimino", "Ninì", "Cosimino"]),  # Salentine (Apulia)
        (["Xiaoyan", "Jiayi", "Meiling", "Huiling", "Yanyan", "Xiaohong", "Ying", "Jing", "Hong"],
         ["Wei", "Jianguo", "Lei", "Hao", "Zhiwei", "Jun", "Yong", "Xiaoming", "Zhenhua"],
         ["Hu", "Zhou", "Chen", "Wang", "Lin", "Xu", "Jin", "Ye", "Zheng", "Pan", "Huang", "Zhu", "Ji", "Dong"],
         ["Marco", "Giulia", "Luca", "Sara"]),  # Chinese Italian of Prato (Wenzhou)
        (["Ioana", "Mihaela", "Andreea", "Elena", "Alina", "Roxana", "Oana", "Gabriela", "Crina"],
         ["Ionuț", "Mihai", "Florin", "Dumitru", "Costel", "Vasile", "Bogdan", "Marius", "Sorin"],
         ["Popescu", "Ionescu", "Munteanu", "Dumitrescu", "Stan", "Lupu", "Ursu", "Pop", "Marin", "Constantin",
          "Ciobanu", "Rusu", "Neagu", "Dobre"],
         ["Nelu", "Gelu", "Fane", "Mimi"]),  # Romanian Italian
        (["Nasrin", "Rokeya", "Sharmin", "Farzana", "Taslima", "Shirin", "Ruma", "Moushumi", "Joya"],
         ["Rahim", "Kamal", "Shahid", "Jahid", "Rakib", "Mizan", "Rana", "Sumon", "Babul"],
         ["Hossain", "Ahmed", "Rahman", "Uddin", "Chowdhury", "Miah", "Sarker", "Alam", "Mondal", "Sheikh",
          "Bhuiyan", "Talukder", "Akter", "Sikder"],
         ["Joy", "Bappy", "Sumi", "Rony"]),  # Bengali Italian of Rome
    ],
    "es": [
        (["Ainhoa", "Itziar", "Nerea", "Arantxa", "Garazi", "Maite", "Irati", "Edurne", "Leire"],
         ["Iñaki", "Gorka", "Aitor", "Unai", "Xabier", "Mikel", "Ander", "Koldo", "Eneko"],
         ["Etxeberria", "Goikoetxea", "Arrieta", "Aranburu", "Zubizarreta", "Larrañaga", "Agirre", "Uriarte",
          "Olano", "Ibarguren", "Mendizabal", "Arregi", "Azpiazu", "Lasa"],
         ["Txema", "Iña", "Josetxo", "Mikeltxo"]),  # Basque (Gipuzkoa)
        (["Covadonga", "Xana", "Noelia", "Aroa", "Lorena", "Tamara", "Ludivina", "Eloína", "Begoña"],
         ["Pelayo", "Xuan", "Fidel", "Ceferino", "Benigno", "Faustino", "Abelardo", "Nolo", "Tino"],
         ["Suárez", "Menéndez", "Cueto", "Llaneza", "Peláez", "Canal", "Prieto", "Tuñón", "Villa", "Quirós",
          "Muñiz", "Cabal", "García-Rendueles", "Fueyo"],
         ["Xuanín", "Chechu", "Pepín", "Cova"]),  # Asturian
        (["Pilar", "Felisa", "Ascensión", "Blanca", "Inmaculada", "Sagrario", "Alodia", "Orosia", "Yolanda"],
         ["Mariano", "Valero", "Braulio", "Joaquín", "Marcial", "Ramiro", "Sancho", "Alfonso", "Lorenzo"],
         ["Lacasa", "Lanuza", "Gimeno", "Lafuente", "Escartín", "Latorre", "Lasierra", "Bescós", "Abadía",
          "Gracia", "Royo", "Broto", "Pueyo", "Artigas"],
         ["Marianico", "Pili", "Quino", "Brauli"]),  # Aragonese
        (["Javiera", "Constanza", "Francisca", "Catalina", "Antonia", "Trinidad", "Paz", "Macarena", "Josefina"],
         ["Matías", "Benjamín", "Vicente", "Cristóbal", "Tomás", "Agustín", "Felipe", "Rodrigo", "Nicanor"],
         ["Aravena", "Valdivia", "Ossandón", "Errázuriz", "Larraín", "Vergara", "Pizarro", "Zamorano", "Bravo",
          "Contreras", "Urrutia", "Yáñez", "Carrasco", "Araya"],
         ["Coni", "Pancha", "Cote", "Benja"]),  # Chilean
        (["Flor", "Maribel", "Nélida", "Rocío", "Milagros", "Luzmila", "Sonia", "Yeni", "Marleni"],
         ["Wilber", "Edwin", "Percy", "Walter", "Yony", "Elmer", "Fredy", "Alcides", "Hernán"],
         ["Quispe", "Mamani", "Huamán", "Condori", "Ccahuana", "Puma", "Yupanqui", "Choque", "Apaza", "Cusi",
          "Ticona", "Huillca", "Inca", "Condorcanqui"],
         ["Wili", "Flory", "Yenita", "Perci"]),  # Peruvian Andean (Quechua and Aymara surnames)
        (["Luz Marina", "Beatriz", "Lina", "Marcela", "Yaneth", "Liliana", "Sorany", "Natalia", "Diana"],
         ["Jhon Jairo", "Wilmar", "Duván", "Jaime", "Alirio", "Gustavo", "Arley", "Yeison", "Fabio"],
         ["Restrepo", "Arango", "Mejía", "Echeverri", "Gaviria", "Ochoa", "Vélez", "Zuluaga", "Londoño",
          "Montoya", "Cardona", "Jaramillo", "Posada", "Isaza"],
         ["Mono", "Pacho", "Lucho", "Tavo"]),  # Antioquian Colombian (paisa)
        (["Mayra", "Gissela", "Jessenia", "Narcisa", "Piedad", "Guadalupe", "Dolores", "Soledad", "Karina"],
         ["Washington", "Segundo", "Holger", "Byron", "Patricio", "Galo", "Jefferson", "Darwin", "Fausto"],
         ["Guamán", "Pesántez", "Cevallos", "Zambrano", "Loor", "Macías", "Intriago", "Villacís", "Andrade",
          "Solórzano", "Cedeño", "Alvarado", "Bermeo", "Quizhpe"],
         ["Panchito", "Washo", "Mayri", "Segun"]),  # Ecuadorian in Madrid
    ],
    "pt": [
        (["Ivete", "Jussara", "Railda", "Marinalva", "Eliete", "Luzia", "Iracema", "Dalva", "Jandira"],
         ["Edvaldo", "Raimundo", "Gilberto", "Caetano", "Ubiratan", "Reinaldo", "Valdomiro", "Jailson", "Lázaro"],
         ["Bonfim", "Conceição", "Nascimento", "Jesus", "Reis", "Menezes", "Cruz", "Brito", "Passos", "Amado",
          "Sacramento", "Anunciação", "Encarnação", "Paixão"],
         ["Gil", "Val", "Nenê", "Cacau"]),  # Baiano
        (["Marlise", "Ingrid", "Liane", "Gisela", "Helga", "Ivone", "Rosani", "Loiva", "Elci"],
         ["Arno", "Egon", "Valdir", "Lauro", "Ivo", "Ernani", "Norberto", "Rudi", "Elmar"],
         ["Schneider", "Kunz", "Wendt", "Dietrich", "Schmitt", "Scherer", "Lenz", "Zimmermann", "Kern",
          "Spohr", "Reichert", "Heck", "Lang", "Stein"],
         ["Nene", "Gigi", "Ivinho", "Lili"]),  # Gaucho of German descent
        (["Ermelinda", "Filomena", "Jacinta", "Olandina", "Madalena", "Domingas", "Natércia", "Zulmira", "Aurora"],
         ["Lino", "Agostinho", "Hermenegildo", "Constâncio", "Aniceto", "Justino", "Virgílio", "Domingos", "Abílio"],
         ["Guterres", "Ximenes", "Belo", "Alkatiri", "Gusmão", "Lobato", "Sarmento", "Carrascalão", "Corte-Real",
          "da Cruz", "Hornay", "Lemos", "Soares", "Amaral"],
         ["Lala", "Mau", "Bere", "Tino"]),  # Timorese
        (["Fatumata", "Binta", "Nhima", "Adama", "Cadi", "Mariama", "Aissatu", "Sali", "Ndeye"],
         ["Braima", "Umaro", "Malam", "Bacar", "Quintino", "Amílcar", "Iaia", "Armando", "Sene"],
         ["Embaló", "Baldé", "Djaló", "Sanhá", "Có", "Mané", "Indjai", "Nhaga", "Té", "Camará", "Sambu", "Biai",
          "Na Bitchita", "Cassamá"],
         ["Tchico", "Zinha", "Brai", "Cadizinha"]),  # Bissau-Guinean
        (["Alda", "Olinda", "Deolinda", "Gertrudes", "Albertina", "Nilza", "Guilhermina", "Eulália", "Jerónima"],
         ["Evaristo", "Gualter", "Guilherme", "Osvaldo", "Delfim", "Aurélio", "Damião", "Fradique", "Leonel"],
         ["Trovoada", "Espírito Santo", "Bragança", "Vila Nova", "Neto", "Tiny", "Afonso", "Mata", "Costa Alegre",
          "Boa Morte", "Pontes", "Quaresma Dias", "Viegas", "Sacramento Neto"],
         ["Guigui", "Aldinha", "Vadinho", "Zeca"]),  # Santomean
        (["Samira", "Nádia", "Leila", "Jamile", "Soraya", "Yasmin", "Salma", "Zaida", "Michel"],
         ["Nagib", "Elias", "Farid", "Kalil", "Jamil", "Habib", "Salim", "Jorge", "Fuad"],
         ["Haddad", "Maluf", "Jafet", "Abdalla", "Salomão", "Simão", "Farah", "Aidar", "Assad", "Nassif",
          "Sfeir", "Jabour", "Chaib", "Mattar"],
         ["Mimi", "Sami", "Juju", "Fafá"]),  # Syrian-Lebanese Brazilian
        (["Rosilene", "Elizete", "Luciane", "Rosângela", "Sirlene", "Ivanete", "Zuleica", "Erna", "Hildegard"],
         ["Ademir", "Valdemar", "Sebastião", "Gilmar", "Josué", "Helmut", "Ervino", "Alcemir", "Romildo"],
         ["Zanotti", "Bortolini", "Tesch", "Pagung", "Ramlow", "Jacob", "Dalla Bernardina", "Milanez", "Zanol",
          "Foerste", "Bravim", "Tonini", "Gava", "Sossai"],
         ["Deco", "Bastião", "Mirinho", "Lene"]),  # Capixaba of Italian and Pomeranian descent
    ],
    "de": [
        (["Marja", "Hanka", "Lenka", "Madlena", "Milena", "Katrin", "Dorota", "Měrana", "Wórša"],
         ["Jurij", "Měrćin", "Kito", "Pawoł", "Beno", "Handrij", "Měto", "Marko", "Bogumił"],
         ["Kral", "Šołta", "Krawc", "Brězan", "Nuk", "Dučman", "Wićaz", "Kockel", "Zarjeńk", "Bjar",
          "Mikławšk", "Domašcyna", "Rjeda", "Młynk"],
         ["Hanzo", "Jurko", "Marjuška", "Kitko"]),  # Sorbian
        (["Agnieszka", "Małgorzata", "Joanna", "Beata", "Ewa", "Katarzyna", "Żaneta", "Justyna", "Monika"],
         ["Krzysztof", "Piotr", "Tomasz", "Paweł", "Grzegorz", "Wojciech", "Marek", "Zbigniew", "Dariusz"],
         ["Kowalczyk", "Wójcik", "Kaczmarek", "Piątek", "Sobota", "Wrona", "Kot", "Mazur", "Pawlak", "Krawczyk",
          "Sikora", "Dudek", "Jasiak", "Wieczorek"],
         ["Gosia", "Kasia", "Darek", "Wojtek", "Zbyszek"]),  # Polish German (Ruhr)
        (["Eleni", "Despina", "Vasiliki", "Georgia", "Athina", "Chrysoula", "Paraskevi", "Kyriaki", "Stavroula"],
         ["Dimitrios", "Georgios", "Konstantinos", "Nikolaos", "Christos", "Thanasis", "Panagiotis", "Stelios",
          "Spyros"],
         ["Papadopoulos", "Georgiou", "Karagiannis", "Nikolaidis", "Oikonomou", "Dimitriou", "Papageorgiou",
          "Alexiou", "Makris", "Vlachos", "Pappas", "Angelopoulos", "Christodoulou", "Tsakiris"],
         ["Takis", "Dimi", "Kiki", "Stathis"]),  # Greek German
        (["Lina", "Rasha", "Hiba", "Ghalia", "Dima", "Reem", "Aya", "Batoul", "Yara"],
         ["Mohammad", "Ahmad", "Khaled", "Yazan", "Firas", "Wael", "Samer", "Ghaith", "Hussam"],
         ["Al-Ahmad", "Al Masri", "Hamdan", "Khalil", "Darwish", "Al-Hassan", "Kassab", "Hijazi", "Sabbagh",
          "Najjar", "Halabi", "Attar", "Zein", "Hallak"],
         ["Hamoudi", "Ziko", "Lulu", "Sami"]),  # Syrian German
        (["Kirsten", "Mette", "Birgitte", "Inge", "Lone", "Bodil", "Hanne", "Pernille", "Signe"],
         ["Jens", "Søren", "Niels", "Morten", "Anders", "Bjarne", "Holger", "Kjeld", "Torben"],
         ["Petersen", "Sørensen", "Thomsen", "Jessen", "Lorenzen", "Paulsen", "Andresen", "Lund", "Møller",
          "Skov", "Dam", "Bonde", "Juhl", "Holm"],
         ["Bitten", "Nisse", "Jesse", "Kjeldi"]),  # Danish Schleswig
        (["Hilke", "Tomke", "Frauke", "Okka", "Imke", "Wiebke", "Gesine", "Insa", "Meike"],
         ["Okko", "Tjark", "Hauke", "Enno", "Hilko", "Onno", "Eilert", "Ubbo", "Harm"],
         ["Janssen", "Gerdes", "Eilers", "Harms", "Ubben", "Oltmanns", "Saathoff", "Frerichs", "Wübbena",
          "de Vries", "Poppinga", "Ihnen", "Tjaden", "Onken"],
         ["Okke", "Hinni", "Enne", "Frauki"]),  # East Frisian
        (["Gerlinde", "Hermine", "Hedwig", "Elfriede", "Rosalia", "Theresia", "Leopoldine", "Christl", "Burgi"],
         ["Leopold", "Engelbert", "Ignaz", "Rupert", "Herbert", "Gottfried", "Ambros", "Kajetan", "Friedrich"],
         ["Leitner", "Pühringer", "Hinterleitner", "Haslinger", "Wimmer", "Riepl", "Pammer", "Höllmüller",
          "Stadlbauer", "Mayrhofer", "Eder", "Fuchs", "Holzinger", "Haider"],
         ["Hias", "Resl", "Gerli", "Rupi"]),  # Upper Austrian (Mühlviertel)
    ],
}

# Message shapes: {full}, {first}, {last} (with :f or :m for a woman or a man), {dbl} two surnames,
# {nick} a short form and surname, {init} an initial, {rev} surname first, {bare} accents dropped,
# {low} lower case, {caps} capitals.
TEMPLATES: dict[str, list[str]] = {
    "en": [
        "Hi, the piano tuner can come Thursday, my neighbour {full} has a spare key",
        "The piano was my late mum's, it still has {full:f} written inside the lid",
        "Courier pickup from {full} at the front desk, deliver to {last} in accounts",
        "please hand the envelope only to {first} at reception not anyone else",
        "Hi I'd like to book lessons for my son {first:m}, he turned 17 last week",
        "Is {first:m} still instructing? {full} recommended him",
        "The test is booked under {rev}, provisional licence attached",
        "Removal on Saturday, the old landlord {full} will hand over the keys",
        "my brother {first:m} and his mate {first:m} will help load the van",
        "so basically we're moving on the 14th and my partner {first} will be at the old place from 8 and "
        "I'll be at the new one with {full} who's helping with the boxes and can the lads ring her if "
        "they're running late because my phone dies all the time thanks",
        "Could you emboss {caps} on the spine in gold?",
        "It's a thesis by {full}, she needs 3 bound copies by Friday",
        "Two places on the dinghy course please: {full} and {full}",
        "Skipper is {init}, crew {first} and {first}",
        "Can I book in with {first:m} for a fade Saturday? last time {first:m} was off",
        "Wedding hair trial for the bride {full:f}, bridesmaids are {first:f}, {first:f} and {first:f}",
        "The van is registered to {full}, my business partner, not me",
        "{last} here, is the Transit ready for collection?",
        "The landlord is {full}, send the invoice to him please",
        "my dad {full:m} is at home all day, ring the bell twice he's a bit deaf",
        "Can I move {full}'s physio appointment? he's my husband and still can't drive",
        "I have a referral letter from Dr {last} for the knee",
        "Any emergency slot for my son {first:m} {last}? he knocked a front tooth",
        "Is it {first:f} or the other hygienist tomorrow?",
        "Dive buddy for the weekend is {full}, her cert is attached",
        "Archery membership for {full} and her partner {full} please",
        "Crew for Sunday's outing: {first}, {first}, {first}, cox {nick}",
        "Doubles with {last} and {last} at 6, court 3 if free",
        "Collection order under the name {last}, 2 large pepperoni",
        "Sushi to the office please, ask for {full} on the 2nd floor",
        "Room is booked under {dbl}, we'll arrive after 11",
        "Could you leave a card in the room: Happy anniversary {first:f} & {first:m}!",
        "My kids {first} and {first} {last} are both on week 2 of the camp",
        "Only their grandma {full:f} is allowed to pick them up",
        "Marquee for {first:f}'s 18th, the contact on the day is her uncle {nick}",
        "It was my nan's machine, her name {full:f} is scratched on the case",
        "Is the suede jacket still reserved for {first}? she said she'd come back",
        "Name labels please: {caps} x 20",
        "Two jumpers for {first:f} and one for {first:m}, age 9-10",
        "{full:f} will collect {first:m} from nursery today instead of me",
        "New starter form\nChild's surname: {last}\nFirst name: {first}\nAllergies: none",
        "Guests for the cottage: {full}, {full}, 2 kids and a dog",
        "Ferry booking for {bare}, names as on the passports",
        "Wedding invites, the names to print are {full:f} & {full:m}",
        "The scooter was dropped off by my flatmate {first}, it's under {full:f}",
        "The backdrop should say {first:f} & {first:m} 2026 in silver",
        "Birth certificate translation for {full}, born {last}",
        "the honey order for {low} from the Saturday market",
        "Forwarded:\n> hi it's {first}, can you call the tuner back before 5",
        "Thanks again, great job on the boiler\n{full}",
        "Cheers for today\n{init}",
        "hi its {low} again about the marquee quote",
        "ok so {first} cant make it tmrw can {first} do the 10am instead",
        "{first} loved the photos 😍😍 thank u so much",
        "PLEASE call {full} BEFORE 5 about the removal",
        "PICKUP FOR {caps} AT 3PM",
        "{full} from accounts says the invoice is wrong",
        "{first} says hi and thanks for fitting us in",
        "I'm ordering for my boss {full}, he wants it engraved",
        "Was it {first:m} who tuned it last year? he was great",
        "Can you give {first:f} my number? she wants the same cut",
        "Please remove {full} from the account, we've separated",
        "The card payment came from {full}, my mother-in-law",
        "tell {first:m} from the van crew the sofa didn't fit lol",
        "The gift voucher is from {full} to {full}",
        "I had {first:m} last time, is he free again on the 3rd?",
        "Full name for the certificate: {dbl}",
        "{nick} said you'd do mates rates 😂",
        "add {full} to the regatta WhatsApp group pls",
        "Who signs the removal contract, me or {first}?",
        "Lesson moved to Tuesday, sorry, {first} has a school trip",
        "Is the photo order for {last} or for {full}? I think they got mixed",
    ],
    "fr": [
        "Bonjour, l'accordeur peut passer jeudi, ma voisine {full:f} a un double des clés",
        "Le piano était à ma mère, il y a encore {full:f} écrit sous le couvercle",
        "Enlèvement chez {full} à l'accueil, livraison à {last} à la compta",
        "svp remettez l'enveloppe seulement à {first} à l'accueil et à personne d'autre",
        "Bonjour je voudrais des leçons de conduite pour mon fils {first:m}, il a eu 17 ans",
        "Est-ce que {first:m} donne encore des cours ? C'est {full} qui me l'a conseillé",
        "L'examen est réservé au nom de {rev}, je joins le livret",
        "Déménagement samedi, l'ancien propriétaire {full:m} rendra les clés",
        "mon frère {first:m} et son pote {first:m} aideront à charger le camion",
        "alors en fait on déménage le 14 et mon conjoint {first} sera à l'ancien appart dès 8h et moi au "
        "nouveau avec {full} qui aide pour les cartons et est-ce que les gars peuvent l'appeler s'ils sont "
        "en retard parce que mon téléphone n'a jamais de batterie merci",
        "Vous pouvez graver {caps} en lettres dorées sur le dos ?",
        "C'est la thèse de {full}, il lui faut 3 exemplaires reliés pour vendredi",
        "Deux places au stage de dériveur svp : {full} et {full}",
        "Le chef de bord est {init}, équipiers {first} et {first}",
        "Je peux prendre {first:m} pour un dégradé samedi ? la dernière fois {first:m} était absent",
        "Essai coiffure pour la mariée {full:f}, les demoiselles d'honneur sont {first:f}, {first:f} et {first:f}",
        "Le camion est au nom de {full}, mon associé, pas au mien",
        "C'est {last}, le Trafic est prêt ?",
        "Le propriétaire c'est {full:m}, envoyez-lui la facture svp",
        "mon père {full:m} est là toute la journée, sonnez deux fois il entend mal",
        "Je peux décaler la séance de kiné de {full:m} ? c'est mon mari, il ne conduit pas encore",
        "J'ai une ordonnance du Dr {last} pour le genou",
        "Un créneau en urgence pour mon fils {first:m} {last} ? il s'est cassé une dent",
        "C'est {first:f} ou l'autre assistante demain ?",
        "Mon binôme de plongée ce week-end est {full}, son niveau 2 est en pièce jointe",
        "Inscription au tir à l'arc pour {full} et sa compagne {full:f} svp",
        "Équipage pour la sortie de dimanche : {first}, {first}, {first}, barreur {nick}",
        "Double avec {last} et {last} à 18h, court 3 si libre",
        "Commande à emporter au nom de {last}, 2 grandes reines",
        "Sushis au bureau svp, demandez {full} au 2e étage",
        "La chambre est réservée au nom de {dbl}, on arrive après 23h",
        "Vous pouvez laisser une carte dans la chambre : Joyeux anniversaire de mariage {first:f} & {first:m} !",
        "Mes enfants {first} et {first} {last} sont tous les deux en semaine 2 de la colo",
        "Seule leur grand-mère {full:f} peut venir les chercher",
        "Chapiteau pour les 18 ans de {first:f}, le contact le jour J c'est son oncle {nick}",
        "C'était la machine de ma grand-mère, son nom {full:f} est gravé sur le boîtier",
        "La veste en daim est toujours réservée pour {first} ? elle a dit qu'elle repasserait",
        "Étiquettes nominatives svp : {caps} x 20",
        "Deux pulls pour {first:f} et un pour {first:m}, taille 10 ans",
        "{full:f} récupère {first:m} à la crèche aujourd'hui à ma place",
        "Fiche d'inscription\nNom de l'enfant : {last}\nPrénom : {first}\nAllergies : aucune",
        "Pour le gîte : {full}, {full}, 2 enfants et un chien",
        "Réservation du ferry pour {bare}, noms comme sur les passeports",
        "Faire-part de mariage, les noms à imprimer sont {full:f} & {full:m}",
        "La trottinette a été déposée par ma coloc {first:f}, c'est à son nom {full:f}",
        "Le fond doit dire {first:f} & {first:m} 2026 en argenté",
        "Traduction d'acte de naissance pour {full}, née {last}",
        "la commande de miel pour {low} du marché de samedi",
        "Transféré :\n> coucou c'est {first}, tu peux rappeler l'accordeur avant 17h",
        "Merci encore, super travail sur la chaudière\n{full}",
        "Merci pour aujourd'hui\n{init}",
        "slt c'est {low} pour le devis du chapiteau",
        "bon {first} peut pas demain est-ce que {first} peut prendre 10h a la place",
        "{first} a adoré les photos 😍😍 merci mille fois",
        "MERCI D'APPELER {full} AVANT 17H pour le déménagement",
        "RETRAIT POUR {caps} À 15H",
        "{full} de la compta dit que la facture est fausse",
        "{first} vous passe le bonjour et merci de nous avoir casés",
        "Je commande pour mon patron {full:m}, il veut une gravure",
        "C'est {first:m} qui l'avait accordé l'an dernier ? il était top",
        "Vous pouvez donner mon numéro à {first:f} ? elle veut la même coupe",
        "Merci de retirer {full} du compte, nous sommes séparés",
        "Le paiement par carte vient de {full:f}, ma belle-mère",
        "dites à {first:m} de l'équipe du camion que le canapé passait pas mdr",
        "Le bon cadeau est de la part de {full} pour {full}",
        "J'avais eu {first:m} la dernière fois, il est libre le 3 ?",
        "Nom complet pour l'attestation : {dbl}",
        "{nick} m'a dit que vous faisiez un prix d'ami 😂",
        "ajoutez {full} au groupe WhatsApp de la régate svp",
        "Qui signe le contrat de déménagement, moi ou {first} ?",
        "Cours décalé à mardi, désolée, {first} a une sortie scolaire",
        "La commande photo est pour {last} ou pour {full} ? je crois qu'elles ont été mélangées",
    ],
    "it": [
        "Buongiorno, l'accordatore può venire giovedì, la mia vicina {full:f} ha le chiavi",
        "Il pianoforte era di mia madre, dentro il coperchio c'è ancora scritto {full:f}",
        "Ritiro da {full} alla reception, consegna a {last} in amministrazione",
        "per favore consegnate la busta solo a {first} alla reception e a nessun altro",
        "Salve vorrei prenotare le guide per mio figlio {first:m}, ha appena fatto 17 anni",
        "{first:m} fa ancora l'istruttore? Me l'ha consigliato {full}",
        "L'esame è prenotato a nome {rev}, allego il foglio rosa",
        "Trasloco sabato, le chiavi le consegna il vecchio proprietario {full:m}",
        "mio fratello {first:m} e il suo amico {first:m} aiutano a caricare il furgone",
        "allora praticamente traslochiamo il 14 e il mio compagno {first} sarà nella casa vecchia dalle 8 e "
        "io in quella nuova con {full} che ci aiuta con gli scatoloni e se i ragazzi sono in ritardo possono "
        "chiamare lei perché il mio telefono si scarica sempre grazie",
        "Potete imprimere {caps} in oro sul dorso?",
        "È la tesi di {full}, servono 3 copie rilegate entro venerdì",
        "Due posti al corso di deriva per favore: {full} e {full}",
        "Lo skipper è {init}, equipaggio {first} e {first}",
        "Posso prenotare con {first:m} per una sfumatura sabato? l'ultima volta {first:m} non c'era",
        "Prova acconciatura per la sposa {full:f}, le damigelle sono {first:f}, {first:f} e {first:f}",
        "Il furgone è intestato a {full}, il mio socio, non a me",
        "Sono {last}, il Ducato è pronto da ritirare?",
        "Il padrone di casa è {full:m}, mandate a lui la fattura",
        "mio padre {full:m} è a casa tutto il giorno, suonate due volte che ci sente poco",
        "Posso spostare la fisioterapia di {full:m}? è mio marito e non guida ancora",
        "Ho l'impegnativa del dott. {last} per il ginocchio",
        "C'è un posto urgente per mio figlio {first:m} {last}? ha sbattuto un dente",
        "Domani c'è {first:f} o l'altra igienista?",
        "Il mio compagno di immersione nel weekend è {full}, allego il brevetto",
        "Iscrizione al tiro con l'arco per {full} e la sua compagna {full:f}",
        "Equipaggio per l'uscita di domenica: {first}, {first}, {first}, timoniere {nick}",
        "Doppio con {last} e {last} alle 18, campo 3 se è libero",
        "Ordine da asporto a nome {last}, 2 diavole grandi",
        "Sushi in ufficio per favore, chiedete di {full} al secondo piano",
        "La camera è prenotata a nome {dbl}, arriviamo dopo le 23",
        "Potete lasciare un biglietto in camera: Buon anniversario {first:f} e {first:m}!",
        "I miei figli {first} e {first} {last} sono tutti e due nel secondo turno del campo estivo",
        "Può ritirarli solo la nonna {full:f}",
        "Gazebo per i 18 anni di {first:f}, il contatto quel giorno è suo zio {nick}",
        "Era la macchina da cucire di mia nonna, c'è inciso il suo nome {full:f}",
        "La giacca di camoscio è ancora tenuta da parte per {first}? ha detto che ripassava",
        "Etichette col nome per favore: {caps} x 20",
        "Due maglioni per {first:f} e uno per {first:m}, taglia 10 anni",
        "Oggi al nido viene {full:f} a prendere {first:m} al posto mio",
        "Modulo di iscrizione\nCognome del bambino: {last}\nNome: {first}\nAllergie: nessuna",
        "Ospiti per la casa vacanze: {full}, {full}, 2 bambini e un cane",
        "Prenotazione traghetto per {bare}, nomi come sui passaporti",
        "Partecipazioni di nozze, i nomi da stampare sono {full:f} e {full:m}",
        "Il monopattino l'ha lasciato la mia coinquilina {first:f}, è a nome {full:f}",
        "Sullo sfondo ci va scritto {first:f} & {first:m} 2026 in argento",
        "Traduzione dell'atto di nascita per {full}, nata {last}",
        "l'ordine di miele per {low} del mercato del sabato",
        "Inoltrato:\n> ciao sono {first}, puoi richiamare l'accordatore prima delle 17",
        "Grazie ancora, ottimo lavoro sulla caldaia\n{full}",
        "Grazie per oggi\n{init}",
        "ciao sono {low} di nuovo per il preventivo del gazebo",
        "allora {first} domani non può può venire {first} alle 10 al posto suo",
        "{first} ha adorato le foto 😍😍 grazie mille",
        "PER FAVORE CHIAMATE {full} PRIMA DELLE 17 per il trasloco",
        "RITIRO PER {caps} ALLE 15",
        "{full} dell'amministrazione dice che la fattura è sbagliata",
        "{first} vi saluta e grazie per averci trovato un posto",
        "Ordino per il mio capo {full:m}, la vuole incisa",
        "Era {first:m} che l'aveva accordato l'anno scorso? bravissimo",
        "Potete dare il mio numero a {first:f}? vuole lo stesso taglio",
        "Per favore togliete {full} dall'account, ci siamo separati",
        "Il pagamento con carta è di {full:f}, mia suocera",
        "dite a {first:m} dei traslocatori che il divano non passava ahah",
        "Il buono regalo è da parte di {full} per {full}",
        "L'altra volta avevo {first:m}, è libero il 3?",
        "Nome completo per l'attestato: {dbl}",
        "{nick} mi ha detto che fate il prezzo da amici 😂",
        "aggiungete {full} al gruppo WhatsApp della regata pls",
        "Chi firma il contratto del trasloco, io o {first}?",
        "Lezione spostata a martedì, scusate, {first} ha la gita",
        "L'ordine delle foto è per {last} o per {full}? credo si siano scambiati",
    ],
    "es": [
        "Hola, el afinador puede venir el jueves, mi vecina {full:f} tiene una copia de la llave",
        "El piano era de mi madre, todavía pone {full:f} dentro de la tapa",
        "Recogida en {full} en recepción, entrega a {last} en contabilidad",
        "porfa dad el sobre solo a {first} en recepción y a nadie más",
        "Hola quería clases de conducir para mi hijo {first:m}, acaba de cumplir 17",
        "¿{first:m} sigue dando clases? Me lo recomendó {full}",
        "El examen está a nombre de {rev}, adjunto el permiso",
        "Mudanza el sábado, las llaves las entrega el casero anterior {full:m}",
        "mi hermano {first:m} y su colega {first:m} ayudan a cargar la furgo",
        "a ver nos mudamos el 14 y mi pareja {first} estará en el piso viejo desde las 8 y yo en el nuevo "
        "con {full} que nos ayuda con las cajas y si los chicos llegan tarde que la llamen a ella porque mi "
        "móvil se queda sin batería siempre gracias",
        "¿Podéis grabar {caps} en dorado en el lomo?",
        "Es la tesis de {full}, necesita 3 copias encuadernadas para el viernes",
        "Dos plazas en el curso de vela ligera: {full} y {full}",
        "El patrón es {init}, tripulación {first} y {first}",
        "¿Puedo pedir con {first:m} un degradado el sábado? la última vez {first:m} no estaba",
        "Prueba de peinado para la novia {full:f}, las damas de honor son {first:f}, {first:f} y {first:f}",
        "La furgoneta está a nombre de {full}, mi socio, no mío",
        "Soy {last}, ¿la Transit ya está lista?",
        "El casero es {full:m}, mandadle a él la factura",
        "mi padre {full:m} está en casa todo el día, llamad dos veces que oye poco",
        "¿Puedo cambiar la sesión de fisio de {full:m}? es mi marido y aún no conduce",
        "Traigo el volante de la Dra. {last} para la rodilla",
        "¿Hay hueco urgente para mi hijo {first:m} {last}? se ha roto un diente",
        "¿Mañana está {first:f} o la otra higienista?",
        "Mi compañera de buceo este finde es {full:f}, adjunto su titulación",
        "Alta en el club de tiro con arco para {full} y su pareja {full:f}",
        "Tripulación para la salida del domingo: {first}, {first}, {first}, timonel {nick}",
        "Dobles con {last} y {last} a las 18, pista 3 si está libre",
        "Pedido para recoger a nombre de {last}, 2 barbacoas grandes",
        "Sushi a la oficina porfa, preguntad por {full} en la segunda planta",
        "La habitación está a nombre de {dbl}, llegamos después de las 23",
        "¿Podéis dejar una tarjeta en la habitación? ¡Feliz aniversario {first:f} y {first:m}!",
        "Mis hijos {first} y {first} {last} van los dos al segundo turno del campamento",
        "Solo puede recogerlos su abuela {full:f}",
        "Carpa para los 18 de {first:f}, el contacto ese día es su tío {nick}",
        "Era la máquina de coser de mi abuela, tiene grabado su nombre {full:f}",
        "¿La chaqueta de ante sigue reservada para {first}? dijo que volvería",
        "Etiquetas con nombre porfa: {caps} x 20",
        "Dos jerséis para {first:f} y uno para {first:m}, talla 10 años",
        "Hoy recoge {full:f} a {first:m} en la guarde en vez de mí",
        "Hoja de inscripción\nApellido del niño: {last}\nNombre: {first}\nAlergias: ninguna",
        "Huéspedes para la casa rural: {full}, {full}, 2 niños y un perro",
        "Reserva del ferry para {bare}, nombres como en los pasaportes",
        "Invitaciones de boda, los nombres a imprimir son {full:f} y {full:m}",
        "El patinete lo dejó mi compañera de piso {first:f}, está a nombre de {full:f}",
        "En el fondo tiene que poner {first:f} & {first:m} 2026 en plateado",
        "Traducción de la partida de nacimiento de {full}, de soltera {last}",
        "el pedido de miel para {low} del mercadillo del sábado",
        "Reenviado:\n> hola soy {first}, puedes llamar al afinador antes de las 5",
        "Gracias otra vez, gran trabajo con la caldera\n{full}",
        "Gracias por lo de hoy\n{init}",
        "hola soy {low} otra vez por el presupuesto de la carpa",
        "vale {first} no puede mañana puede ir {first} a las 10 en su lugar",
        "¡A {first} le encantaron las fotos 😍😍 mil gracias!",
        "POR FAVOR LLAMAD A {full} ANTES DE LAS 5 por la mudanza",
        "RECOGIDA PARA {caps} A LAS 15H",
        "{full} de contabilidad dice que la factura está mal",
        "{first} os manda saludos y gracias por hacernos hueco",
        "Pido para mi jefe {full:m}, lo quiere grabado",
        "¿Fue {first:m} quien lo afinó el año pasado? era un crack",
        "¿Le podéis pasar mi número a {first:f}? quiere el mismo corte",
        "Por favor quitad a {full} de la cuenta, nos hemos separado",
        "El pago con tarjeta es de {full:f}, mi suegra",
        "decidle a {first:m} de la mudanza que el sofá no cabía jaja",
        "El vale regalo es de {full} para {full}",
        "La otra vez me tocó {first:m}, ¿está libre el día 3?",
        "Nombre completo para el certificado: {dbl}",
        "{nick} me dijo que hacéis precio de amigo 😂",
        "añadid a {full} al grupo de WhatsApp de la regata porfa",
        "¿Quién firma el contrato de la mudanza, yo o {first}?",
        "Clase movida al martes, perdón, {first} tiene excursión",
        "¿El pedido de fotos es para {last} o para {full}? creo que se han mezclado",
    ],
    "pt": [
        "Olá, o afinador pode vir quinta, minha vizinha {full:f} tem uma cópia da chave",
        "O piano era da minha mãe, ainda tem {full:f} escrito dentro da tampa",
        "Coleta com {full} na recepção, entrega para {last} no financeiro",
        "por favor entreguem o envelope só pra {first} na recepção e mais ninguém",
        "Oi queria aulas de direção pro meu filho {first:m}, ele fez 18 agora",
        "O {first:m} ainda dá aula? Quem indicou foi {full}",
        "A prova está marcada no nome de {rev}, segue o documento",
        "Mudança no sábado, quem entrega as chaves é o antigo senhorio {full:m}",
        "meu irmão {first:m} e o amigo dele {first:m} vão ajudar a carregar o caminhão",
        "então a gente se muda dia 14 e meu companheiro {first} vai estar no apartamento antigo desde as 8 e "
        "eu no novo com {full} que está ajudando com as caixas e se os rapazes atrasarem podem ligar pra ela "
        "porque meu celular vive descarregado obrigada",
        "Vocês conseguem gravar {caps} em dourado na lombada?",
        "É a tese de {full}, ela precisa de 3 cópias encadernadas até sexta",
        "Duas vagas no curso de vela por favor: {full} e {full}",
        "O comandante é {init}, tripulação {first} e {first}",
        "Dá pra marcar com {first:m} um degradê no sábado? da última vez {first:m} não estava",
        "Teste de penteado pra noiva {full:f}, as madrinhas são {first:f}, {first:f} e {first:f}",
        "A van está no nome de {full}, meu sócio, não no meu",
        "Aqui é {last}, a Sprinter já está pronta?",
        "O senhorio é {full:m}, mandem a fatura pra ele",
        "meu pai {full:m} fica em casa o dia todo, toquem duas vezes que ele ouve mal",
        "Posso remarcar a fisioterapia de {full:m}? é meu marido e ainda não dirige",
        "Tenho o encaminhamento da Dra. {last} para o joelho",
        "Tem encaixe urgente pro meu filho {first:m} {last}? ele quebrou um dente",
        "Amanhã é a {first:f} ou a outra higienista?",
        "Minha dupla de mergulho no fim de semana é {full}, segue a certificação",
        "Inscrição no tiro com arco para {full} e a companheira dele {full:f}",
        "Tripulação pro treino de domingo: {first}, {first}, {first}, timoneiro {nick}",
        "Duplas com {last} e {last} às 18h, quadra 3 se estiver livre",
        "Pedido pra retirar no nome de {last}, 2 calabresas grandes",
        "Sushi no escritório por favor, procurem {full} no segundo andar",
        "O quarto está reservado no nome de {dbl}, chegamos depois das 23h",
        "Podem deixar um cartão no quarto: Feliz aniversário de casamento {first:f} e {first:m}!",
        "Meus filhos {first} e {first} {last} estão os dois na segunda semana da colônia de férias",
        "Só a avó {full:f} pode buscar eles",
        "Tenda pros 18 anos da {first:f}, o contato no dia é o tio dela {nick}",
        "Era a máquina de costura da minha avó, tem o nome dela {full:f} gravado",
        "A jaqueta de camurça ainda está separada pra {first}? ela disse que voltava",
        "Etiquetas com nome por favor: {caps} x 20",
        "Duas blusas de frio pra {first:f} e uma pro {first:m}, tamanho 10",
        "Hoje quem busca o {first:m} na creche é {full:f}, não eu",
        "Ficha de matrícula\nSobrenome da criança: {last}\nNome: {first}\nAlergias: nenhuma",
        "Hóspedes da casa de temporada: {full}, {full}, 2 crianças e um cachorro",
        "Reserva do ferry para {bare}, nomes como no passaporte",
        "Convites de casamento, os nomes a imprimir são {full:f} e {full:m}",
        "O patinete foi deixado pela minha colega de casa {first:f}, está no nome de {full:f}",
        "No fundo tem que estar escrito {first:f} & {first:m} 2026 em prata",
        "Tradução da certidão de nascimento de {full}, nascida {last}",
        "a encomenda de mel pra {low} da feira de sábado",
        "Encaminhada:\n> oi é {first}, você pode ligar pro afinador antes das 17h",
        "Obrigada de novo, ótimo trabalho no aquecedor\n{full}",
        "Valeu por hoje\n{init}",
        "oi é {low} de novo sobre o orçamento da tenda",
        "então {first} não pode amanhã {first} pode ir as 10 no lugar",
        "{first} amou as fotos 😍😍 muito obrigada",
        "POR FAVOR LIGUEM PRA {full} ANTES DAS 17H sobre a mudança",
        "RETIRADA PARA {caps} ÀS 15H",
        "{full} do financeiro diz que a fatura está errada",
        "{first} mandou um abraço e obrigado pelo encaixe",
        "Estou pedindo pro meu chefe {full:m}, ele quer com gravação",
        "Foi o {first:m} que afinou ano passado? ele é ótimo",
        "Podem passar meu número pra {first:f}? ela quer o mesmo corte",
        "Por favor tirem {full} da conta, a gente se separou",
        "O pagamento no cartão veio de {full:f}, minha sogra",
        "avisa o {first:m} da mudança que o sofá não passou kkkk",
        "O vale-presente é de {full} para {full}",
        "Da outra vez foi o {first:m}, ele está livre dia 3?",
        "Nome completo para o certificado: {dbl}",
        "{nick} disse que vocês fazem preço de amigo 😂",
        "adiciona {full} no grupo do WhatsApp da regata pfv",
        "Quem assina o contrato da mudança, eu ou {first}?",
        "Aula mudada pra terça, desculpa, {first} tem passeio da escola",
        "O pedido de fotos é pra {last} ou pra {full}? acho que trocaram",
    ],
    "de": [
        "Hallo, der Klavierstimmer kann Donnerstag kommen, meine Nachbarin {full:f} hat einen Ersatzschlüssel",
        "Das Klavier war von meiner Mutter, innen im Deckel steht noch {full:f}",
        "Abholung bei {full} am Empfang, Zustellung an {last} in der Buchhaltung",
        "bitte den Umschlag nur an {first} am Empfang geben und sonst niemandem",
        "Hallo ich möchte Fahrstunden für meinen Sohn {first:m} buchen, er ist gerade 17 geworden",
        "Unterrichtet {first:m} noch? {full} hat ihn empfohlen",
        "Die Prüfung ist auf {rev} gebucht, Antrag hängt an",
        "Umzug am Samstag, die Schlüssel übergibt der alte Vermieter {full:m}",
        "mein Bruder {first:m} und sein Kumpel {first:m} helfen beim Laden",
        "also wir ziehen am 14. um und mein Partner {first} ist ab 8 in der alten Wohnung und ich in der "
        "neuen mit {full} die bei den Kartons hilft und wenn die Jungs später kommen sollen sie bitte sie "
        "anrufen weil mein Handy dauernd leer ist danke",
        "Können Sie {caps} in Gold auf den Buchrücken prägen?",
        "Es ist die Doktorarbeit von {full}, sie braucht 3 gebundene Exemplare bis Freitag",
        "Zwei Plätze im Jollenkurs bitte: {full} und {full}",
        "Skipper ist {init}, Crew {first} und {first}",
        "Kann ich bei {first:m} einen Fade für Samstag buchen? letztes Mal war {first:m} nicht da",
        "Probefrisur für die Braut {full:f}, die Brautjungfern sind {first:f}, {first:f} und {first:f}",
        "Der Transporter ist auf {full} zugelassen, meinen Geschäftspartner, nicht auf mich",
        "Hier {last}, ist der Sprinter schon fertig?",
        "Der Vermieter ist {full:m}, bitte die Rechnung an ihn",
        "mein Vater {full:m} ist den ganzen Tag da, bitte zweimal klingeln er hört schlecht",
        "Kann ich die Physio von {full:m} verschieben? das ist mein Mann, er darf noch nicht fahren",
        "Ich habe eine Überweisung von Dr. {last} fürs Knie",
        "Gibt es einen Notfalltermin für meinen Sohn {first:m} {last}? ein Schneidezahn ist abgebrochen",
        "Ist morgen {first:f} da oder die andere Prophylaxe-Assistentin?",
        "Mein Tauchpartner am Wochenende ist {full}, Brevet hängt an",
        "Anmeldung im Bogenschützenverein für {full} und seine Partnerin {full:f}",
        "Mannschaft für die Ausfahrt am Sonntag: {first}, {first}, {first}, Steuermann {nick}",
        "Doppel mit {last} und {last} um 18 Uhr, Platz 3 wenn frei",
        "Bestellung zum Abholen auf den Namen {last}, 2 große Salami",
        "Sushi ins Büro bitte, nach {full} im 2. Stock fragen",
        "Das Zimmer ist auf {dbl} gebucht, wir kommen erst nach 23 Uhr",
        "Könnten Sie eine Karte ins Zimmer legen: Alles Gute zum Hochzeitstag {first:f} & {first:m}!",
        "Meine Kinder {first} und {first} {last} sind beide in Woche 2 vom Feriencamp",
        "Abholen darf sie nur die Oma {full:f}",
        "Festzelt für den 18. von {first:f}, Ansprechpartner am Tag ist ihr Onkel {nick}",
        "Das war die Nähmaschine meiner Oma, ihr Name {full:f} ist ins Gehäuse geritzt",
        "Ist die Wildlederjacke noch für {first} zurückgelegt? sie wollte wiederkommen",
        "Namensetiketten bitte: {caps} x 20",
        "Zwei Pullis für {first:f} und einer für {first:m}, Größe 140",
        "{full:f} holt {first:m} heute statt mir von der Kita ab",
        "Anmeldebogen\nNachname des Kindes: {last}\nVorname: {first}\nAllergien: keine",
        "Gäste für die Ferienwohnung: {full}, {full}, 2 Kinder und ein Hund",
        "Fährbuchung für {bare}, Namen wie im Reisepass",
        "Hochzeitseinladungen, zu drucken sind die Namen {full:f} & {full:m}",
        "Den E-Roller hat meine Mitbewohnerin {first:f} abgegeben, läuft auf {full:f}",
        "Auf dem Hintergrund soll {first:f} & {first:m} 2026 in Silber stehen",
        "Übersetzung der Geburtsurkunde für {full}, geborene {last}",
        "die Honigbestellung für {low} vom Samstagsmarkt",
        "Weitergeleitet:\n> hi hier ist {first}, kannst du den Klavierstimmer vor 17 Uhr zurückrufen",
        "Nochmal danke, super Arbeit an der Therme\n{full}",
        "Danke für heute\n{init}",
        "hi hier ist nochmal {low} wegen dem Angebot fürs Zelt",
        "ok also {first} kann morgen nicht kann {first} stattdessen um 10",
        "{first} fand die Fotos toll 😍😍 tausend Dank",
        "BITTE {full} VOR 17 UHR ANRUFEN wegen dem Umzug",
        "ABHOLUNG FÜR {caps} UM 15 UHR",
        "{full} aus der Buchhaltung sagt die Rechnung stimmt nicht",
        "{first} lässt grüßen und danke dass Sie uns reingeschoben haben",
        "Ich bestelle für meinen Chef {full:m}, er möchte eine Gravur",
        "War das {first:m} der es letztes Jahr gestimmt hat? der war super",
        "Können Sie {first:f} meine Nummer geben? sie will den gleichen Schnitt",
        "Bitte {full} vom Konto nehmen, wir haben uns getrennt",
        "Die Kartenzahlung kam von {full:f}, meiner Schwiegermutter",
        "sagt {first:m} von den Umzugsleuten das Sofa hat nicht gepasst lol",
        "Der Gutschein ist von {full} für {full}",
        "Letztes Mal hatte ich {first:m}, hat er am 3. Zeit?",
        "Vollständiger Name für die Urkunde: {dbl}",
        "{nick} meinte ihr macht Freundschaftspreise 😂",
        "fügt {full} bitte zur WhatsApp-Gruppe der Regatta hinzu",
        "Wer unterschreibt den Umzugsvertrag, ich oder {first}?",
        "Stunde auf Dienstag verschoben, sorry, {first} hat Klassenausflug",
        "Ist die Fotobestellung für {last} oder für {full}? ich glaube die wurden vertauscht",
    ],
}

PHONES = ["iPhone 13 mini", "Galaxy Z Flip6", "Moto G85", "OnePlus 12R", "Xperia 10 VI", "Oppo Reno12"]
CARS = ["Dacia Sandero", "Fiat Panda", "Toyota Yaris", "Skoda Fabia", "Seat Ibiza", "VW Polo", "Ford Fiesta"]
SHOWS = ["Doctor Who", "Peppa Pig", "Bluey", "Shrek", "Astérix", "Harry Potter", "Frozen"]
BRANDS: dict[str, list[str]] = {
    "piano": ["Steinway", "Yamaha", "Bechstein", "Blüthner", "Kawai", "Petrof"],
    "bike": ["Urban Arrow", "Riese & Müller", "Gazelle", "Babboe", "Tern"],
    "sail": ["Musto", "Helly Hansen", "Gill", "Henri Lloyd", "Zhik"],
    "hair": ["Kérastase", "Wella", "Schwarzkopf", "Paul Mitchell", "John Frieda", "Davines"],
    "tyre": ["Michelin", "Pirelli", "Continental", "Goodyear", "Hankook"],
    "boiler": ["Vaillant", "Viessmann", "Baxi", "Junkers", "Worcester Bosch", "Ariston"],
    "band": ["TheraBand", "Blackroll", "Domyos", "Kinesio"],
    "dental": ["Oral-B", "Philips Sonicare", "Curaprox", "Elmex"],
    "dive": ["Cressi", "Mares", "Scubapro", "Aqua Lung"],
    "beer": ["Asahi", "Kirin", "Sapporo", "Tsingtao"],
    "sew": ["Singer", "Bernina", "Pfaff", "Janome", "Necchi"],
    "cloth": ["Barbour", "Carhartt", "Ellesse", "Fila", "Lacoste", "Pierre Cardin"],
    "pen": ["Montblanc", "Lamy", "Pelikan", "Parker", "Waterman", "Faber-Castell"],
    "scooter": ["Segway Ninebot", "Xiaomi 4 Pro", "Vespa Elettrica"],
    "cam": ["Polaroid", "Instax", "Kodak"],
    "racket": ["Babolat", "Yonex", "Tecnifibre", "Dunlop"],
    "ferry": ["Brittany Ferries", "Stena Line", "Moby", "Grimaldi", "Baleària", "Corsica Ferries"],
    "brand": ["Decathlon", "Thomann", "Fnac", "MediaMarkt", "Ikea"],
}
SHOP: dict[str, dict[str, list[str]]] = {
    "en": {
        "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        "month": ["January", "March", "April", "June", "August", "October"],
        "town": ["St Ives", "Lincoln", "Beverley", "Kendal", "Shrewsbury", "Wellington"],
        "street": ["Princes Street", "Queen Street", "Victoria Road", "Bridge Street", "Castle Street"],
        "team": ["Aston Villa", "Tottenham", "Celtic", "Wrexham", "Crystal Palace", "Hibs"],
        "dish": ["Victoria sponge", "Chicken Kiev", "Sally Lunn bun", "Arnold Bennett omelette", "Eton mess"],
        "feast": ["St Andrew's Day", "Bonfire Night", "St Patrick's Day", "Pancake Day", "St George's Day"],
    },
    "fr": {
        "day": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
        "month": ["janvier", "mars", "avril", "juin", "août", "octobre"],
        "town": ["Sainte-Maxime", "Saint-Malo", "Vannes", "Annecy", "Colmar", "Saint-Brieuc"],
        "street": ["rue Jean-Jaurès", "rue Victor-Hugo", "rue Sainte-Catherine", "rue Nationale", "rue Saint-Ferréol"],
        "team": ["Saint-Étienne", "Lens", "Marseille", "Rennes", "Nancy", "Metz"],
        "dish": ["poire Belle-Hélène", "pommes Anna", "quiche lorraine", "tarte tropézienne", "sole Dugléré",
                 "gâteau Saint-Honoré"],
        "feast": ["la Sainte-Catherine", "la Saint-Valentin", "la Saint-Sylvestre", "la Toussaint", "la Saint-Éloi"],
    },
    "it": {
        "day": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"],
        "month": ["gennaio", "marzo", "aprile", "giugno", "agosto", "ottobre"],
        "town": ["Santa Margherita", "Sanremo", "Bolzano", "Trento", "Lecce", "Prato"],
        "street": ["via Garibaldi", "corso Cavour", "via Mazzini", "via Dante", "corso Italia"],
        "team": ["Lecce", "Torino", "Genoa", "Triestina", "Sampdoria"],
        "dish": ["pasta alla Gricia", "spaghetti alla Nerano", "risotto alla milanese", "zuppa inglese",
                 "pasticciotto leccese", "strudel di mele"],
        "feast": ["San Giovanni", "Santo Stefano", "Sant'Ambrogio", "San Valentino", "Ferragosto"],
    },
    "es": {
        "day": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
        "month": ["enero", "marzo", "abril", "junio", "agosto", "octubre"],
        "town": ["San Sebastián", "Gijón", "Huesca", "Teruel", "Santander", "Loja"],
        "street": ["calle Alcalá", "calle Larios", "calle Uría", "calle Alfonso I", "calle Corrida"],
        "team": ["Betis", "Athletic", "Celta", "Sporting", "Real Oviedo", "Zaragoza"],
        "dish": ["merluza a la koskera", "bacalao al pil pil", "pollo al chilindrón", "fabada", "tarta de Santiago",
                 "crema catalana"],
        "feast": ["San Juan", "San Esteban", "Nochebuena", "Reyes", "Santiago", "San Valero"],
    },
    "pt": {
        "day": ["Segunda-feira", "Terça", "Quarta", "Quinta-feira", "Sexta"],
        "month": ["janeiro", "março", "abril", "junho", "agosto", "outubro"],
        "town": ["Salvador", "Vitória", "Santa Cruz do Sul", "São Leopoldo", "Blumenau", "Natal"],
        "street": ["Rua Augusta", "Rua Chile", "Avenida Sete de Setembro", "Rua dos Andradas", "Rua XV de Novembro"],
        "team": ["Bahia", "Grêmio", "Vitória", "Flamengo", "Internacional"],
        "dish": ["Romeu e Julieta", "bife à Oswaldo Aranha", "bolo Souza Leão", "moqueca baiana", "cuca de uva",
                 "acarajé"],
        "feast": ["São João", "São Pedro", "Santo Amaro", "Dia de Reis", "Carnaval", "Réveillon"],
    },
    "de": {
        "day": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
        "month": ["Januar", "März", "April", "Juni", "August", "Oktober"],
        "town": ["Bautzen", "Flensburg", "Leer", "Emden", "Linz", "Essen"],
        "street": ["Kaufingerstraße", "Großen Straße", "Reichenstraße", "Landstraße", "Roten Straße"],
        "team": ["Schalke", "St. Pauli", "Werder", "Union Berlin", "Energie Cottbus", "Holstein Kiel"],
        "dish": ["Königsberger Klopse", "Kaiserschmarrn", "Prinzregententorte", "Leipziger Allerlei", "Linzer Torte"],
        "feast": ["Nikolaus", "Fronleichnam", "Johanni", "Michaeli", "Pfingsten"],
    },
}

# No-PII shapes: commerce chat to the same businesses, no private person and no home address.
CLEAN: dict[str, list[str]] = {
    "en": [
        "Is the {piano} upright in the {town} branch still for sale?",
        "Do you tune {piano} grands as well, or only uprights?",
        "Can the courier take a parcel from {street} to {town} before {day}?",
        "Is the {bike} cargo bike the one your riders use?",
        "How much is a block of ten lessons in the {car}?",
        "Is the {car} free on {day} afternoon for a lesson?",
        "We need 20 boxes and tape for a move on {day}, thanks!",
        "Can you rebind my old {show} annual in red leather?",
        "Does the dinghy course in {month} include a {sail} jacket?",
        "Are you open on {feast}?",
        "Do you sell {hair} products or only use them in the salon?",
        "Is the MOT on the {car} done? You quoted {tyre} tyres",
        "Which boiler do you fit, {boiler} or something cheaper?",
        "The physio said to get a {band} band, do you sell them?",
        "Is the {dental} brush on offer in {month}?",
        "Do you rent {dive} masks or do we bring our own?",
        "Can we watch {team} on the big screen on {day}?",
        "One {dish} and two garlic breads please",
        "Is the {dish} on the menu for {feast}?",
        "Sushi platter for 6 and three bottles of {beer} please",
        "Any sea view rooms free in {month}? We'd come from {town}",
        "Does the summer camp run in the {feast} week?",
        "Marquee for 80 guests in {town}, possible in {month}?",
        "My {sew} won't feed the fabric, can you look at it on {day}?",
        "Any {cloth} jackets in a medium?",
        "Do you still have the {cloth} fleece from the window on {street}?",
        "Blazers for Year 7, is {month} too late to order?",
        "Are there nursery places from {month}?",
        "Is the cottage dog friendly? We're driving the {car} down",
        "Which {ferry} crossing is quicker, day or night?",
        "Do you sell {pen} fountain pens and refills?",
        "My {scooter} has a flat, can you fix it {day}?",
        "Can the photo booth print {cam} style instant pictures?",
        "Can you do a {show} theme for the backdrop?",
        "Is the heather honey back in {month}?",
        "Thanks so much, Happy {feast}!",
        "Cheers, see you {day} 👍",
        "Does your booking app work on a {ph}?",
        "Can you print photos straight from a {ph}?",
        "Do you price match {brand} at the {town} branch?",
        "We're a {team} supporters club, group booking in {month}?",
        "Are you open late on {day} in {month}?",
        "Is parking free on {street} after 6?",
        "Is the {racket} racket in stock in blue?",
        "Do you restring {racket} rackets the same day?",
        "Is the {dish} gluten free?",
        "Thanks for the quick fix, the {boiler} works fine now",
        "Lovely service at {town}, thanks to the whole Team!",
        "Merry Christmas and see you in {month}!",
        "Do you deliver to {town} on {feast}?",
        "Which size {sail} wetsuit for a 10 year old?",
        "Can I pay by Apple Pay at the {street} shop?",
        "Is the {bike} in the {street} window a 54 or a 56?",
        "Do you take {ferry} vouchers at the {town} office?",
    ],
    "fr": [
        "Le piano droit {piano} de la boutique de {town} est toujours en vente ?",
        "Vous accordez aussi les queues {piano} ou seulement les droits ?",
        "Le coursier peut porter un colis de la {street} à {town} avant {day} ?",
        "Le vélo cargo {bike}, c'est celui de vos livreurs ?",
        "Combien coûtent dix leçons sur la {car} ?",
        "La {car} est libre {day} après-midi pour une leçon ?",
        "Il nous faut 20 cartons et du scotch pour un déménagement {day}, merci !",
        "Vous pouvez relier mon vieil album {show} en cuir rouge ?",
        "Le stage de dériveur en {month} comprend une veste {sail} ?",
        "Vous êtes ouverts pour {feast} ?",
        "Vous vendez les produits {hair} ou vous les utilisez seulement au salon ?",
        "Le contrôle technique de la {car} est fait ? Vous aviez proposé des pneus {tyre}",
        "Quelle chaudière vous posez, {boiler} ou moins cher ?",
        "Le kiné m'a dit de prendre un élastique {band}, vous en vendez ?",
        "La brosse {dental} est en promo en {month} ?",
        "Vous louez des masques {dive} ou on apporte les nôtres ?",
        "On peut regarder {team} sur grand écran {day} ?",
        "Une portion de {dish} et deux pains à l'ail svp",
        "Il y aura {dish} au menu pour {feast} ?",
        "Plateau de sushis pour 6 et trois bouteilles de {beer} svp",
        "Des chambres vue mer libres en {month} ? On viendrait de {town}",
        "La colo a lieu pendant la semaine de {feast} ?",
        "Chapiteau pour 80 invités à {town}, possible en {month} ?",
        "Ma {sew} n'entraîne plus le tissu, vous pouvez la voir {day} ?",
        "Vous avez des vestes {cloth} en M ?",
        "Vous avez encore la polaire {cloth} de la vitrine de la {street} ?",
        "Blazers pour la 6e, c'est trop tard en {month} pour commander ?",
        "Il y a des places en crèche à partir de {month} ?",
        "Le gîte accepte les chiens ? On descend en {car}",
        "Quelle traversée {ferry} est la plus rapide, jour ou nuit ?",
        "Vous vendez des stylos plume {pen} et des cartouches ?",
        "Ma {scooter} a un pneu crevé, vous pouvez la réparer {day} ?",
        "Le photomaton peut imprimer des photos instantanées façon {cam} ?",
        "Vous pouvez faire un fond sur le thème {show} ?",
        "Le miel de bruyère revient en {month} ?",
        "Merci beaucoup, bonne fête de {feast} !",
        "Merci, à {day} 👍",
        "Votre appli de réservation marche sur {ph} ?",
        "Vous imprimez les photos directement depuis un {ph} ?",
        "Vous alignez vos prix sur {brand} à la boutique de {town} ?",
        "On est un club de supporters de {team}, réservation de groupe en {month} ?",
        "Vous fermez tard le {day} en {month} ?",
        "Le stationnement est gratuit {street} après 18h ?",
        "La raquette {racket} est dispo en bleu ?",
        "Vous recordez les raquettes {racket} dans la journée ?",
        "Le plat {dish} est sans gluten ?",
        "Merci pour la réparation rapide, la {boiler} marche très bien",
        "Super accueil à {town}, merci à toute l'Équipe !",
        "Joyeux Noël et à bientôt en {month} !",
        "Vous livrez à {town} pour {feast} ?",
        "Quelle taille de combinaison {sail} pour un enfant de 10 ans ?",
        "Je peux payer avec Apple Pay à la boutique de la {street} ?",
        "Le {bike} en vitrine {street} c'est un 54 ou un 56 ?",
        "Vous prenez les bons {ferry} à l'agence de {town} ?",
    ],
    "it": [
        "Il verticale {piano} del negozio di {town} è ancora in vendita?",
        "Accordate anche i coda {piano} o solo i verticali?",
        "Il corriere può portare un pacco da {street} a {town} prima di {day}?",
        "La cargo bike {bike} è quella dei vostri rider?",
        "Quanto costa un pacchetto di dieci guide sulla {car}?",
        "La {car} è libera {day} pomeriggio per una guida?",
        "Ci servono 20 scatoloni e nastro per un trasloco {day}, grazie!",
        "Potete rilegare il mio vecchio album {show} in pelle rossa?",
        "Il corso di deriva a {month} include una giacca {sail}?",
        "Siete aperti a {feast}?",
        "Vendete i prodotti {hair} o li usate solo in salone?",
        "La revisione della {car} è fatta? Avevate proposto gomme {tyre}",
        "Che caldaia montate, {boiler} o qualcosa di più economico?",
        "Il fisioterapista dice di prendere un elastico {band}, li vendete?",
        "Lo spazzolino {dental} è in offerta a {month}?",
        "Noleggiate maschere {dive} o portiamo le nostre?",
        "Si può vedere {team} sul maxischermo {day}?",
        "Una porzione di {dish} e due bruschette per favore",
        "C'è {dish} nel menù per {feast}?",
        "Barca di sushi per 6 e tre bottiglie di {beer} per favore",
        "Camere vista mare libere a {month}? Veniamo da {town}",
        "Il campo estivo c'è anche nella settimana di {feast}?",
        "Gazebo per 80 invitati a {town}, si può fare a {month}?",
        "La mia {sew} non trascina la stoffa, potete guardarla {day}?",
        "Avete giacche {cloth} in taglia M?",
        "Avete ancora il pile {cloth} della vetrina di {street}?",
        "Blazer per la prima media, a {month} è troppo tardi per ordinare?",
        "Ci sono posti al nido da {month}?",
        "La casa vacanze accetta cani? Scendiamo con la {car}",
        "Quale traversata {ferry} è più veloce, giorno o notte?",
        "Vendete stilografiche {pen} e cartucce?",
        "Il mio {scooter} ha una gomma a terra, potete ripararlo {day}?",
        "La cabina foto stampa foto istantanee tipo {cam}?",
        "Potete fare uno sfondo a tema {show}?",
        "Il miele di erica torna a {month}?",
        "Grazie mille, buona festa di {feast}!",
        "Grazie, a {day} 👍",
        "La vostra app di prenotazione va su {ph}?",
        "Stampate le foto direttamente da un {ph}?",
        "Fate lo stesso prezzo di {brand} al negozio di {town}?",
        "Siamo un club di tifosi di {team}, prenotazione di gruppo a {month}?",
        "Siete aperti fino a tardi {day} a {month}?",
        "Il parcheggio in {street} è gratis dopo le 18?",
        "La racchetta {racket} c'è in blu?",
        "Incordate le racchette {racket} in giornata?",
        "Il piatto {dish} è senza glutine?",
        "Grazie per la riparazione veloce, la {boiler} va benissimo",
        "Servizio ottimo a {town}, grazie a tutto il Team!",
        "Buon Natale e ci vediamo a {month}!",
        "Consegnate a {town} per {feast}?",
        "Che taglia di muta {sail} per un bambino di 10 anni?",
        "Posso pagare con Apple Pay al negozio di {street}?",
        "La {bike} in vetrina in {street} è una 54 o una 56?",
        "Accettate i buoni {ferry} all'agenzia di {town}?",
    ],
    "es": [
        "¿El piano vertical {piano} de la tienda de {town} sigue a la venta?",
        "¿Afináis también pianos de cola {piano} o solo verticales?",
        "¿El mensajero puede llevar un paquete de {street} a {town} antes del {day}?",
        "¿La bici de carga {bike} es la que usan vuestros riders?",
        "¿Cuánto cuesta un bono de diez clases en el {car}?",
        "¿El {car} está libre el {day} por la tarde para una clase?",
        "Necesitamos 20 cajas y cinta para una mudanza el {day}, ¡gracias!",
        "¿Podéis encuadernar mi viejo álbum de {show} en piel roja?",
        "¿El curso de vela ligera de {month} incluye chaqueta {sail}?",
        "¿Abrís en {feast}?",
        "¿Vendéis productos {hair} o solo los usáis en el salón?",
        "¿Ya está la ITV del {car}? Me dijisteis neumáticos {tyre}",
        "¿Qué caldera instaláis, {boiler} o algo más barato?",
        "El fisio me dijo que comprara una banda {band}, ¿las vendéis?",
        "¿El cepillo {dental} está de oferta en {month}?",
        "¿Alquiláis gafas {dive} o traemos las nuestras?",
        "¿Se puede ver al {team} en pantalla grande el {day}?",
        "Una ración de {dish} y dos panes de ajo porfa",
        "¿Habrá {dish} en el menú por {feast}?",
        "Barco de sushi para 6 y tres botellas de {beer} porfa",
        "¿Habitaciones con vistas al mar libres en {month}? Venimos de {town}",
        "¿El campamento funciona la semana de {feast}?",
        "Carpa para 80 invitados en {town}, ¿se puede en {month}?",
        "Mi {sew} no arrastra la tela, ¿la podéis mirar el {day}?",
        "¿Tenéis chaquetas {cloth} en talla M?",
        "¿Os queda el forro polar {cloth} del escaparate de {street}?",
        "Blazers para 1º de ESO, ¿es tarde pedir en {month}?",
        "¿Hay plazas en la guarde a partir de {month}?",
        "¿La casa rural admite perros? Bajamos en el {car}",
        "¿Qué travesía de {ferry} es más rápida, de día o de noche?",
        "¿Vendéis plumas {pen} y cartuchos?",
        "Mi {scooter} tiene un pinchazo, ¿lo arregláis el {day}?",
        "¿El fotomatón imprime fotos instantáneas tipo {cam}?",
        "¿Podéis hacer un fondo temático de {show}?",
        "¿Vuelve la miel de brezo en {month}?",
        "¡Muchas gracias y feliz {feast}!",
        "Gracias, nos vemos el {day} 👍",
        "¿Vuestra app de reservas funciona en un {ph}?",
        "¿Imprimís fotos directamente desde un {ph}?",
        "¿Igualáis el precio de {brand} en la tienda de {town}?",
        "Somos una peña del {team}, ¿reserva de grupo en {month}?",
        "¿Abrís hasta tarde los {day} de {month}?",
        "¿El aparcamiento en {street} es gratis después de las 18?",
        "¿Tenéis la raqueta {racket} en azul?",
        "¿Encordáis raquetas {racket} en el día?",
        "¿El plato {dish} es sin gluten?",
        "Gracias por el arreglo rápido, la {boiler} va perfecta",
        "¡Atención de diez en {town}, gracias a todo el Equipo!",
        "¡Feliz Navidad y nos vemos en {month}!",
        "¿Repartís en {town} por {feast}?",
        "¿Qué talla de neopreno {sail} para un niño de 10 años?",
        "¿Puedo pagar con Apple Pay en la tienda de {street}?",
        "¿La {bike} del escaparate de {street} es una 54 o una 56?",
        "¿Aceptáis bonos de {ferry} en la oficina de {town}?",
    ],
    "pt": [
        "O piano vertical {piano} da loja de {town} ainda está à venda?",
        "Vocês afinam também pianos de cauda {piano} ou só verticais?",
        "O motoboy pode levar um pacote da {street} até {town} antes de {day}?",
        "A bike cargueira {bike} é a que os entregadores de vocês usam?",
        "Quanto custa um pacote de dez aulas no {car}?",
        "O {car} está livre {day} à tarde para uma aula?",
        "Precisamos de 20 caixas e fita pra uma mudança na {day}, obrigado!",
        "Vocês reencadernam meu álbum antigo de {show} em couro vermelho?",
        "O curso de vela em {month} inclui jaqueta {sail}?",
        "Vocês abrem no {feast}?",
        "Vocês vendem os produtos {hair} ou só usam no salão?",
        "A revisão do {car} já ficou pronta? Vocês tinham falado em pneus {tyre}",
        "Qual aquecedor vocês instalam, {boiler} ou algo mais barato?",
        "O fisioterapeuta mandou comprar uma faixa {band}, vocês vendem?",
        "A escova {dental} está em promoção em {month}?",
        "Vocês alugam máscaras {dive} ou a gente leva as nossas?",
        "Dá pra ver o jogo do {team} no telão na {day}?",
        "Uma porção de {dish} e dois pães de alho por favor",
        "Vai ter {dish} no cardápio no {feast}?",
        "Barca de sushi pra 6 e três garrafas de {beer} por favor",
        "Tem quartos com vista pro mar livres em {month}? Vamos de {town}",
        "A colônia de férias funciona na semana do {feast}?",
        "Tenda pra 80 convidados em {town}, dá pra fazer em {month}?",
        "Minha {sew} não puxa o tecido, vocês podem olhar na {day}?",
        "Tem jaquetas {cloth} no tamanho M?",
        "Ainda tem o fleece {cloth} da vitrine da {street}?",
        "Blazers pro 6º ano, {month} é tarde demais pra encomendar?",
        "Tem vagas na creche a partir de {month}?",
        "A casa de temporada aceita cachorro? Vamos descer de {car}",
        "Qual travessia da {ferry} é mais rápida, de dia ou de noite?",
        "Vocês vendem canetas-tinteiro {pen} e cartuchos?",
        "Meu {scooter} furou o pneu, vocês consertam na {day}?",
        "A cabine de fotos imprime fotos instantâneas tipo {cam}?",
        "Vocês fazem um fundo com tema de {show}?",
        "O mel de urze volta em {month}?",
        "Muito obrigada e bom {feast}!",
        "Valeu, até {day} 👍",
        "O app de reservas de vocês funciona num {ph}?",
        "Vocês imprimem fotos direto de um {ph}?",
        "Vocês cobrem o preço da {brand} na loja de {town}?",
        "Somos uma torcida do {team}, reserva de grupo em {month}?",
        "Vocês abrem até tarde na {day} em {month}?",
        "O estacionamento na {street} é grátis depois das 18h?",
        "Tem a raquete {racket} em azul?",
        "Vocês encordoam raquetes {racket} no mesmo dia?",
        "O prato {dish} é sem glúten?",
        "Obrigado pelo conserto rápido, o {boiler} está funcionando bem",
        "Atendimento ótimo em {town}, obrigado a toda a Equipe!",
        "Feliz Natal e até {month}!",
        "Vocês entregam em {town} no {feast}?",
        "Que tamanho de roupa de neoprene {sail} para uma criança de 10 anos?",
        "Posso pagar com Apple Pay na loja da {street}?",
        "A {bike} da vitrine da {street} é 54 ou 56?",
        "Vocês aceitam vale da {ferry} na agência de {town}?",
    ],
    "de": [
        "Ist das {piano} Klavier in der Filiale {town} noch zu haben?",
        "Stimmen Sie auch {piano} Flügel oder nur Klaviere?",
        "Kann der Kurier ein Paket von der {street} nach {town} vor {day} bringen?",
        "Ist das {bike} Lastenrad das, was Ihre Fahrer nutzen?",
        "Was kosten zehn Fahrstunden im {car}?",
        "Ist der {car} am {day}nachmittag für eine Stunde frei?",
        "Wir brauchen 20 Kartons und Klebeband für einen Umzug am {day}, danke!",
        "Können Sie mein altes {show} Album in rotes Leder binden?",
        "Ist beim Jollenkurs im {month} eine {sail} Jacke dabei?",
        "Haben Sie an {feast} geöffnet?",
        "Verkaufen Sie die {hair} Produkte oder nutzen Sie die nur im Salon?",
        "Ist der TÜV beim {car} durch? Sie hatten {tyre} Reifen angeboten",
        "Welche Therme bauen Sie ein, {boiler} oder etwas Günstigeres?",
        "Die Physio meinte ich soll ein {band} Band holen, haben Sie die?",
        "Ist die {dental} Zahnbürste im {month} im Angebot?",
        "Verleihen Sie {dive} Masken oder bringen wir unsere mit?",
        "Kann man {team} am {day} auf der Leinwand schauen?",
        "Einmal {dish} und zwei Knoblauchbrote bitte",
        "Gibt es an {feast} {dish} auf der Karte?",
        "Sushi-Platte für 6 und drei Flaschen {beer} bitte",
        "Sind im {month} Zimmer mit Meerblick frei? Wir kommen aus {town}",
        "Läuft das Feriencamp auch in der Woche von {feast}?",
        "Festzelt für 80 Gäste in {town}, geht das im {month}?",
        "Meine {sew} transportiert den Stoff nicht mehr, können Sie am {day} schauen?",
        "Haben Sie {cloth} Jacken in M?",
        "Haben Sie die {cloth} Fleecejacke aus dem Schaufenster in der {street} noch?",
        "Blazer für die 5. Klasse, ist {month} zu spät zum Bestellen?",
        "Gibt es ab {month} Kitaplätze?",
        "Sind Hunde in der Ferienwohnung erlaubt? Wir kommen mit dem {car}",
        "Welche Überfahrt mit {ferry} ist schneller, Tag oder Nacht?",
        "Führen Sie {pen} Füller und Patronen?",
        "Mein {scooter} hat einen Platten, können Sie das am {day} machen?",
        "Druckt die Fotobox Sofortbilder im {cam} Stil?",
        "Können Sie einen Hintergrund im {show} Stil machen?",
        "Kommt der Heidehonig im {month} wieder?",
        "Vielen Dank und schöne Feiertage, bis nach {feast}!",
        "Danke, bis {day} 👍",
        "Läuft Ihre Buchungs-App auf dem {ph}?",
        "Drucken Sie Fotos direkt vom {ph}?",
        "Gehen Sie in der Filiale {town} auf den {brand} Preis mit?",
        "Wir sind ein {team} Fanclub, Gruppenbuchung im {month}?",
        "Haben Sie am {day} im {month} länger offen?",
        "Ist Parken in der {street} nach 18 Uhr kostenlos?",
        "Gibt es den {racket} Schläger in Blau?",
        "Bespannen Sie {racket} Schläger am selben Tag?",
        "Ist {dish} glutenfrei?",
        "Danke für die schnelle Reparatur, die {boiler} läuft wieder",
        "Toller Service in {town}, danke an das ganze Team!",
        "Frohe Weihnachten und bis {month}!",
        "Liefern Sie an {feast} nach {town}?",
        "Welche Größe {sail} Neoprenanzug für ein 10-jähriges Kind?",
        "Kann ich im Laden in der {street} mit Apple Pay zahlen?",
        "Ist das {bike} im Schaufenster in der {street} ein 54er oder 56er?",
        "Nehmen Sie {ferry} Gutscheine im Büro in {town} an?",
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
        names_heldout12,
        names_heldout13,
        names_heldout14,
    )

    modules = (names_heldout, names_heldout2, names_heldout3, names_heldout4, names_heldout5, names_heldout6,
               names_heldout7, names_heldout8, names_heldout9, names_heldout10, names_heldout11,
               names_heldout12, names_heldout13, names_heldout14)  # fmt: skip
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
        words = {**shop, "ph": PHONES, "car": CARS, "show": SHOWS, **BRANDS}
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
