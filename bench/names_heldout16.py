"""A sixteenth held-out set for person names and no-PII commerce chat, frozen before its first run.

Why a sixteenth set: the twelfth (`bench.names_heldout12`) was retired to tuning in the small hours
of 2026-12-07, while the thirteenth to the fifteenth still measure; rounds of rules may follow, so
final figures need one more set that neither the rules nor the people tuning them have seen. This
one was written on the night of 2026-12-06 by an independent author (a helper session started for
this alone) who had not read Veil's rule code (`recognizers/`, `proxy/`), its data files
(`recognizers/data/`, `bench/data/` but the first 400 bytes of one file), the tune sets
(`bench/*tune*.py`), any held-out or retired set's templates, no-PII shapes, shop words or name
lists, nor any set's messages, any miss list, `/tmp/agg/`, nor `docs/detection*.md`, and who never
ran Veil on it. Read were: `bench.names_heldout15`'s docstring, constants and functions (`_bare`
to `main`) for the interface (a search for definitions also showed its one-line phone, car and
show lists, none of which is used here), the docstrings of `bench.names_heldout12` to
`bench.names_heldout14` (only to keep off their origin groups, businesses and situations), the
first 400 bytes of heldout15's data file for the format (two and a half lines), `bench.names_heldout`
in full (`Example`, `_fill`, `load`, `freeze_cli`, `dumps`, `fingerprint`; being printed whole it
also showed that first, long-retired set's own Faker-filled templates and product words, none of
which is used here), `tests/bench/test_names_heldout_sets.py`, and the `SETS` dict, docstring and
`--set` help of `bench.names`. `build()` compares this set's names with every earlier held-out
set's (`heldout` to `heldout15`) only by program, to leave out any given name and surname pair one
of them has, either way round; their messages and names were never printed or read:

- names are typed here from knowledge of each country's naming, in groups by origin that none of
  the docstrings read lists, a given name going with a surname of its own origin (Cajun
  Louisianan, Hong Kong Cantonese British, Irish-speaking Connacht, Samoan New Zealander, Kikuyu
  Kenyan British, Manx in en; Acadian of New Brunswick, Ivorian (Baoulé and Bété), Congolese of
  Kinshasa, Tunisian, Savoyard, Armenian French of Marseille in fr; Ligurian, Bergamasco,
  Abruzzese, Florentine Tuscan, Filipino Italian, Ukrainian Italian in it; Yucatecan Mexican
  (Maya surnames), Guatemalan (Kaqchikel and K'iche' surnames), Valencian, Paraguayan,
  Cantabrian, Muslim Spanish of Ceuta and Melilla in es; Madeirense, Minhoto, Transmontano,
  Carioca, Paraense, Macanese in pt; Tyrolean, Upper Valais Swiss (Walliser), Saxon, Rhinelander
  of Cologne, Italian German, Bosnian German in de); surnames of several words, with particles
  or hyphens ("Ó Súilleabháin", "Mac an Iomaire", "Ní Fhlatharta", "Fa'asavalu", "N'Guessan",
  "Ben Romdhane", "Der Sarkissian", "Rey-Bellet", "Pollet-Villard", "D'Alessandro", "Di
  Pietrantonio", "Del Lungo", "Gómez de la Torre", "Gutiérrez-Solana", "El Amrani", "Lobo da
  Costa", "Vilas Boas", "Senna Fernandes", "Penna Firme", "Jesus Ng", "In-Albon", "Lo Presti",
  "Di Benedetto"; "Wing Yan", "Otto René", "Mohamed Alí", "Maria Grazia", "Hermann-Josef" as
  given names), surnames that are words, brands, places or given names elsewhere ("LeBlanc",
  "Chan", "Ng", "Kamau", "Léger", "Gallant", "Favre", "Bouvier", "Tissot", "Rota", "Bozzo",
  "De Cecco", "Tiberio", "Martelli", "Manalo", "Uc", "Soler", "Peris", "Aquino", "Cobo",
  "Mustafa", "Jardim", "Quintal", "Brito", "Sá", "Guerra", "Bastos", "Barata", "Xavier",
  "Richter", "Grille", "Esser", "Leone", "Fazio", "Delić"), given names that are words or read as
  another sex ("Faith", "Mae", "Beau", "Tala", "Lupe", "Grâce", "Merveille", "Bijou", "Trésor",
  "Fiston", "Héritier", "Slim", "Aimé", "Liberata", "Concetta", "Romeo", "Jocelyn", "Amparo",
  "Desamparados", "Neus", "Librada", "Bienvenida", "Nazaré", "Celeste", "Conceição", "German",
  "Beat", "Jasmin" for a man); each group has short forms used with a surname ("T-Boy", "Nonc",
  "Ah Kit", "Páidí", "Sefa", "Shiro", "Illy", "Ti-Louis", "Noune", "Yaoyao", "Papy", "Hamma",
  "Fefé", "Garo", "Giamba", "Tita", "Cettè", "Lapo", "Jun-Jun", "Inday", "Halya", "Chente",
  "Cheche", "Visantet", "Tonet", "Kelo", "Gume", "Moha", "Tino", "Mingos", "Tó", "Digão",
  "Dico", "Béto", "Vinzi", "Bartl", "Mädi", "Stoffel", "Jüppchen", "Totò", "Sejo") and adopted
  names ("Winnie", "Raymond", "Kelvin", "Brigitte", "Didier", "Junior", "Sonia",
  "Mildred", "Heidy", "Byron", "Wellington", "Renato"); names come as given name and
  surname, given name alone, surname alone, surname first as on a form, with an initial, with two
  surnames, with accents dropped, in lower case and in capitals;
- 70 message shapes a language, the same situations written in each language, as a customer
  types on WhatsApp to a tattoo studio, a vet's, a language school, an allotment association, a
  framing shop, a choir, a florist, an optician, a pharmacy, a locksmith, a print shop, a taxi
  firm, a bike shop, a bookshop, a travel agent, an estate agent, a tailor, a stonemason, a gym,
  a laundrette, a cake shop, a landscape gardener and a wardrobe fitter (typos, missing stops,
  emoji, a voice-to-text run-on of about 60 words, mixed case), names at the start, in the
  middle and at the end: a self-introduction and a tattoo artist, a daughter's name to be
  tattooed, a mate wanting a quote, a deposit on a partner's card, a pet's file under a surname,
  a neighbour who found a cat, a vet asked for by name, insurance in an ex-husband's name, a
  daughter enrolled and signed for, a teacher praised, two colleagues on a course and a manager
  invoiced, a certificate with a misspelt surname in capitals, a late father's allotment plot, a
  neighbour's tip for the waiting list, members present at a meeting, a degree certificate
  framed, a sister collecting a wedding photo, an artist's signed print, a tenor brought by a
  chorister, soloists, a stand-in conductor, a wreath ribbon from grandchildren, a bouquet for
  a colleague, a groom and best man, a father's eye test surname first, a son collecting
  glasses, a wife's prescription with an initial, a carer collecting, a landlord for a
  locked-out tenant, keys for a lodger, business cards with two surnames, a memorial booklet,
  birth announcements, in-laws met at the airport, a taxi driver thanked, a visitor on a company
  account, a son's bike, a receipt in a partner's name, a book dedicated and given, an order
  held for a friend, a passport name and a short form, a group trip list, a couple at a viewing,
  sellers accepting an offer, a groom's suit and a fitter, name tapes in capitals, a headstone
  inscription in capitals, a cousin ordering a headstone, a trainer recommended by a physio, a
  guest pass for a brother, a flatmate collecting washing under a lower-case name, a birthday
  cake's piping, a husband collecting an order, a neighbour's garden, a partner working from
  home, a forwarded contact, a quoted mother, a signature with a job title, a signed initial, a
  neighbouring shop's worker at the start, congratulations with emoji, a collection list, a booking
  typed without accents, a name in lower case, a maiden name, a godmother's voucher, glasses sent to
  a sister's during a move and a form with surname and first name; about 7 % of
  messages wholly in lower case and about 3 % wholly in capitals; at least 320 gold names a
  language;
- 158 no-PII messages a language from 56 shapes, written the same way to the same kinds of
  business: phones, cars, musicals and films some named like people ("Matilda", "Heidi",
  "Pinocchio", "Mary Poppins", "Moana"), books named like people ("Emma", "Rebecca", "Jane Eyre",
  "Madame Bovary", "Bel-Ami", "Nana", "Marcovaldo", "Don Quijote", "Marianela", "Pedro
  Páramo", "Dom Casmurro", "Iracema", "Effi Briest", "Momo", "Pippi Langstrumpf"), brands each
  with what it is sold on, some of them surnames or given names elsewhere ("Tom Ford", "Persol",
  "Yale", "Chubb", "Abus", "Evva", "Cisa", "Hahnemühle", "Canson", "Fabriano", "Arches",
  "Cannondale", "Bianchi", "Gazelle", "Orbea", "Royal Canin", "Hill's", "Frontline", "Eucerin",
  "Bepanthen", "Puma", "Kappa", "Reebok"), choral works ("Messiah", "Gloria", "Stabat Mater",
  "Zadok the Priest", "Magnificat", "Te Deum"), flowers named like people ("Sweet Williams",
  "Black-eyed Susans", "hortensias Annabelle", "roses Pierre de Ronsard"), exams ("IELTS", "DELF
  B2", "DELE B1", "TOEIC"), teams ("Tottenham", "Celtic", "Guingamp", "Bastia", "Genoa",
  "Atalanta", "Levante", "Cerro Porteño", "Marítimo", "Paysandu", "Dynamo Dresden", "FC Sion"),
  cakes and dishes, some named after people or places ("Battenberg", "Simnel cake", "Welsh
  rarebit", "coronation chicken", "poulet Marengo", "Paris-Brest", "saint-honoré", "torta
  Mimosa", "Sacher", "saltimbocca alla romana", "cochinita pibil", "roscón de Reyes", "pudim
  Abade de Priscos", "Himmel un Ääd", "Halve Hahn", "Malakofftorte", "Linzer Torte"), feasts and
  saints' days as dates ("St David's Day", "Candlemas", "Hogmanay", "la Saint-Martin", "la
  Saint-Sylvestre", "Sant'Ambrogio", "San Giuseppe", "Ferragosto", "San Isidro", "Reyes", "São
  Pedro", "São Gonçalo", "Círio de Nazaré", "Martinsfest", "Dreikönigsfest"), weekdays, months,
  everyday thanks. No private person is in them, and no customer's home address or street.

Gold spans are offsets computed by `_fill` while the text is built, never typed by hand; a
title, a kinship word or an article before a name stays outside its span.
`python -m bench.names_heldout16 --write` wrote the file once; it was committed and landed on
main before Veil ran on it. `load()` refuses `bench/data/names_heldout16.jsonl` when its
SHA-256 differs from `FINGERPRINT`. Nothing is tuned on it; it is run to report figures, and
its individual misses are not printed or read.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

from bench.names_heldout import Example, freeze_cli
from bench.names_heldout import load as _load

PATH = Path(__file__).resolve().parent / "data" / "names_heldout16.jsonl"
FINGERPRINT = "aa5a84f0f68bc2fb"
SEED = 20261206_17
NAMES_PER_LANGUAGE = 320
CLEAN_PER_LANGUAGE = 158
LOWER_SHARE = 0.07
CAPS_SHARE = 0.03
_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i", "İ": "I"})

# Groups of one origin each: (women's given names, men's given names, surnames, short forms used
# with a surname). Typed from knowledge of naming in each country, not from any list of Veil's.
PEOPLE: dict[str, list[tuple[list[str], list[str], list[str], list[str]]]] = {
    "en": [
        # Cajun Louisiana
        (
            ["Aimée", "Odile", "Clothilde", "Mae", "Evangeline", "Noëlie"],
            ["Théophile", "Alcide", "Ulysse", "Placide", "Dudley", "Beau"],
            [
                "Thibodeaux",
                "Boudreaux",
                "Fontenot",
                "Guidry",
                "Hebert",
                "Arceneaux",
                "LeBlanc",
                "Broussard",
                "Comeaux",
                "Doucet",
            ],
            ["T-Boy", "Nonc", "Parrain", "Boo"],
        ),
        # Hong Kong Cantonese British
        (
            ["Wing Yan", "Ka Man", "Mei Ling", "Suet Ying", "Hoi Yan", "Winnie"],
            ["Chun Kit", "Ka Wai", "Siu Ming", "Wai Lun", "Raymond", "Kelvin"],
            ["Chan", "Wong", "Cheung", "Leung", "Yeung", "Tsang", "Mak", "Kwok", "Lau", "Ng"],
            ["Ah Kit", "Ming Jai", "Lun Lun", "Siu Wai"],
        ),
        # Connacht Irish, Irish-speaking
        (
            ["Siobhán", "Niamh", "Aoife", "Gráinne", "Caoimhe", "Sadhbh", "Bríd"],
            ["Pádraig", "Ciarán", "Donncha", "Seosamh", "Tadhg", "Colm"],
            [
                "Ó Súilleabháin",
                "Mac Donncha",
                "Ní Fhlatharta",
                "Ó Conghaile",
                "Breathnach",
                "Mac an Iomaire",
                "Ó Máille",
                "Seoighe",
            ],
            ["Páidí", "Joe Mháirtín", "Cáit", "Dinny"],
        ),
        # Samoan New Zealander
        (
            ["Losa", "Fetu", "Malia", "Sina", "Tala", "Lupe"],
            ["Tavita", "Iosefa", "Sione", "Filipo", "Manu", "Ioane"],
            ["Faleolo", "Tuilagi", "Leiataua", "Fa'asavalu", "Tuimavave", "Aumua", "Sapolu", "Tuiasosopo"],
            ["Sefa", "Vita", "Tui", "Lusi"],
        ),
        # Kikuyu Kenyan British
        (
            ["Wanjiru", "Njeri", "Wairimu", "Wambui", "Nyokabi", "Faith"],
            ["Kamau", "Njoroge", "Mwangi", "Kariuki", "Gitau", "Kimani"],
            ["Kamau", "Mwangi", "Njoroge", "Gichuru", "Waweru", "Muriuki", "Githinji", "Ndung'u"],
            ["Shiro", "Kim", "Jojo", "Wanji"],
        ),
        # Manx
        (
            ["Breesha", "Aalish", "Voirrey", "Ealish", "Moirrey"],
            ["Juan", "Illiam", "Orry", "Fynlo", "Stanley"],
            [
                "Quayle",
                "Kermode",
                "Corlett",
                "Kinvig",
                "Cregeen",
                "Quilliam",
                "Costain",
                "Kewley",
                "Clague",
                "Faragher",
            ],
            ["Illy", "Breesh", "Fin", "Juanie"],
        ),
    ],
    "fr": [
        # Acadian of New Brunswick
        (
            ["Rose-Aimée", "Gisèle", "Évangéline", "Marie-Reine", "Natasha", "Lise"],
            ["Ulysse", "Aurèle", "Rhéal", "Léonce", "Gaétan", "Dany"],
            [
                "Arsenault",
                "Cormier",
                "LeBlanc",
                "Léger",
                "Thériault",
                "Robichaud",
                "Gallant",
                "Haché",
                "Chiasson",
                "Doiron",
            ],
            ["Ti-Louis", "Noune", "Bidou", "Ti-Gus"],
        ),
        # Ivorian (Baoulé and Bété)
        (
            ["Affoué", "Amenan", "Akissi", "Adjoua", "Brigitte", "Christelle"],
            ["Kouassi", "Yao", "Konan", "Serge-Alain", "Guy-Roland", "Didier"],
            ["N'Guessan", "Kouamé", "Koffi", "Gnagbo", "Zadi", "Kouadio", "Yapo", "Bohoussou", "Dago", "Gbané"],
            ["Yaoyao", "Bobo", "Sergio", "Akissi"],
        ),
        # Congolese of Kinshasa
        (
            ["Mbuyi", "Kapinga", "Bijou", "Grâce", "Merveille", "Nsimba"],
            ["Trésor", "Dieudonné", "Fiston", "Héritier", "Glody", "Junior"],
            ["Mukendi", "Kabongo", "Tshibangu", "Mbala", "Ilunga", "Lukusa", "Nzuzi", "Makiese", "Kalonji"],
            ["Papy", "Dodo", "Tresse", "Glo"],
        ),
        # Tunisian
        (
            ["Rim", "Asma", "Mouna", "Sonia", "Emna", "Olfa", "Nesrine"],
            ["Slim", "Hédi", "Moncef", "Chokri", "Walid", "Anis", "Bilel"],
            [
                "Ben Ammar",
                "Trabelsi",
                "Jebali",
                "Bouazizi",
                "Gharbi",
                "Jaziri",
                "Ben Romdhane",
                "Mejri",
                "Chebbi",
                "Khemiri",
            ],
            ["Hamma", "Sousou", "Mimi", "Bibou"],
        ),
        # Savoyard
        (
            ["Marie-Claude", "Josiane", "Ghislaine", "Apolline", "Margaux"],
            ["Joseph", "Aimé", "Fernand", "Clovis", "Anthelme", "Benoît"],
            [
                "Perrillat",
                "Rey-Bellet",
                "Mugnier",
                "Favre",
                "Bouvier",
                "Ducret",
                "Gaillard",
                "Collomb",
                "Pollet-Villard",
                "Tissot",
            ],
            ["Jojo", "Nanou", "Fefé", "Titi"],
        ),
        # Armenian French of Marseille and Alfortville
        (
            ["Anahid", "Lousine", "Araxie", "Siranouch", "Nairi", "Taline"],
            ["Haroutioun", "Garbis", "Vahé", "Sarkis", "Krikor", "Aram"],
            [
                "Der Sarkissian",
                "Kévorkian",
                "Papazian",
                "Manoukian",
                "Boghossian",
                "Tchakerian",
                "Ohanessian",
                "Kalaydjian",
            ],
            ["Garo", "Haro", "Nounou", "Kiko"],
        ),
    ],
    "it": [
        # Ligurian (Genoa and the Riviera)
        (
            ["Rosetta", "Nives", "Ornella", "Giovanna", "Marinella"],
            ["Baciccia", "Gerolamo", "Nicolò", "Stefano", "Ottavio"],
            [
                "Parodi",
                "Canepa",
                "Ferrando",
                "Queirolo",
                "Dellepiane",
                "Bozzo",
                "Traverso",
                "Repetto",
                "Cevasco",
                "Ansaldo",
            ],
            ["Giamba", "Nicco", "Tavio", "Nella"],
        ),
        # Bergamasco Lombard
        (
            ["Angela", "Pierangela", "Mariarosa", "Gianna", "Ines"],
            ["Battista", "Pierangelo", "Giacomino", "Mansueto", "Isidoro"],
            [
                "Locatelli",
                "Pesenti",
                "Rota",
                "Cortinovis",
                "Carminati",
                "Personeni",
                "Belotti",
                "Gervasoni",
                "Facchinetti",
                "Milesi",
            ],
            ["Pier", "Giacom", "Tita", "Rosy"],
        ),
        # Abruzzese
        (
            ["Filomena", "Concetta", "Pasqualina", "Liberata", "Domitilla"],
            ["Camillo", "Panfilo", "Cetteo", "Ercole", "Nicola"],
            [
                "D'Alessandro",
                "Di Giampaolo",
                "De Cecco",
                "Di Pietrantonio",
                "Ranalli",
                "Ciccarelli",
                "D'Annunzio",
                "Tiberio",
                "Paolini",
            ],
            ["Nicò", "Mimì", "Cettè", "Linuccia"],
        ),
        # Tuscan (Florence and Prato)
        (
            ["Ilaria", "Benedetta", "Costanza", "Niccolina", "Lapa"],
            ["Jacopo", "Lapo", "Duccio", "Niccolò", "Tommaso", "Cosimo"],
            [
                "Bartolini",
                "Guidotti",
                "Frescobaldi",
                "Cecchi",
                "Martelli",
                "Bonechi",
                "Paoletti",
                "Nencini",
                "Pecchioli",
                "Del Lungo",
            ],
            ["Tommi", "Cosi", "Nicco", "Bene"],
        ),
        # Filipino Italian of Rome and Milan
        (
            ["Maricel", "Rowena", "Jocelyn", "Marites", "Lovelyn", "Jennylyn"],
            ["Rodel", "Jericho", "Arnel", "Romeo", "Efren", "Joven"],
            ["Dizon", "Villanueva", "Manalo", "Pangilinan", "Bautista", "Macaraeg", "Sison", "Lacson", "Dimaculangan"],
            ["Tess", "Jun-Jun", "Bong", "Inday"],
        ),
        # Ukrainian Italian
        (
            ["Oksana", "Halyna", "Nadiya", "Svitlana", "Olena", "Iryna"],
            ["Mykola", "Bohdan", "Taras", "Vasyl", "Oleh", "Yaroslav"],
            ["Kovalchuk", "Shevchuk", "Bondarenko", "Tkachuk", "Hrytsenko", "Melnychuk", "Savchuk", "Lysenko"],
            ["Halya", "Slavko", "Mykolka", "Oksi"],
        ),
    ],
    "es": [
        # Yucatecan Mexican (Maya surnames)
        (
            ["Xóchitl", "Nicte-Ha", "Guadalupe", "Rosalba", "Yazmín"],
            ["Wilberth", "Canuto", "Eleuterio", "Jacinto", "Ismael"],
            ["Canché", "Pech", "Dzul", "Chablé", "Poot", "Cocom", "Uc", "Tzuc", "Euán", "Chan"],
            ["Wil", "Lupita", "Chente", "Yaz"],
        ),
        # Guatemalan
        (
            ["Ixchel", "Sucely", "Mildred", "Heidy", "Brenda"],
            ["Otto René", "Edwin", "Byron", "Mynor", "Axel"],
            ["Xicará", "Cojtí", "Tzoc", "Batz", "Ajcip", "Monzón", "Barrios", "Girón", "Estrada"],
            ["Cheche", "Chito", "Mynorcito", "Suce"],
        ),
        # Valencian
        (
            ["Amparo", "Desamparados", "Vicenta", "Empar", "Neus", "Lledó"],
            ["Vicent", "Xavier", "Salvador", "Batiste", "Ximo", "Andreu"],
            ["Ferrando", "Soler", "Climent", "Llopis", "Gimeno", "Sanchis", "Bataller", "Peris", "Alborch", "Ortells"],
            ["Amparín", "Visantet", "Tonet", "Pepet"],
        ),
        # Paraguayan (Guaraní surnames and Spanish ones)
        (
            ["Arami", "Rosalina", "Librada", "Ramona", "Mirna", "Nilda"],
            ["Eulalio", "Rumildo", "Ever", "Derlis", "Hugo Darío", "Celso"],
            ["Benítez", "Cáceres", "Cañiza", "Aquino", "Irala", "Ayala", "Ocampos", "Candia", "Riquelme"],
            ["Chiquito", "Tavo", "Ramonita", "Kelo"],
        ),
        # Cantabrian (Pasiegos and the coast)
        (
            ["Bienvenida", "Maruca", "Henar", "Cristeta", "Eloína"],
            ["Abilio", "Demetrio", "Gumersindo", "Cástor", "Jesús Ángel"],
            [
                "Gómez de la Torre",
                "Ruiz de la Prada",
                "Revuelta",
                "Setién",
                "Cobo",
                "Gutiérrez-Solana",
                "Pellón",
                "Campuzano",
                "Sainz",
            ],
            ["Maru", "Gume", "Chucho", "Cristi"],
        ),
        # Ceuta and Melilla Muslim Spanish (Rif)
        (
            ["Nayat", "Yamila", "Karima", "Hanan", "Sohora"],
            ["Mimon", "Hamed", "Mohamed Alí", "Dris", "Abderrahman", "Tarik"],
            ["Abdelkader", "Mustafa", "Laarbi", "Buyema", "Hamido", "Amar", "El Amrani", "Chaib", "Mohatar"],
            ["Moha", "Momo", "Nayi", "Driss"],
        ),
    ],
    "pt": [
        # Madeirense
        (
            ["Lurdes", "Graciela", "Nélia", "Lígia", "Sónia"],
            ["Duarte", "Marcelino", "Agostinho", "Gabriel", "Élvio"],
            ["Freitas", "Gouveia", "Abreu", "Nóbrega", "Jardim", "Teixeira", "Câmara", "Drumond", "Quintal", "Pestana"],
            ["Tino", "Gui", "Nelinha", "Élvinho"],
        ),
        # Minhoto
        (
            ["Conceição", "Albertina", "Rosa Maria", "Laurinda", "Deolinda"],
            ["Domingos", "Avelino", "Serafim", "Joaquim", "Custódio"],
            [
                "Araújo",
                "Barbosa",
                "Lobo da Costa",
                "Vilas Boas",
                "Magalhães",
                "Amorim",
                "Cerqueira",
                "Brito",
                "Sá",
                "Faria",
            ],
            ["Quim", "Mingos", "Lili", "Tó"],
        ),
        # Transmontano
        (
            ["Aldina", "Ermelinda", "Arminda", "Benilde", "Celeste"],
            ["Aníbal", "Belmiro", "Adelino", "Eduardo", "Germano"],
            [
                "Morais",
                "Sarmento",
                "Pires",
                "Gonçalves",
                "Fernandes",
                "Cordeiro",
                "Veiga",
                "Borges",
                "Guerra",
                "Taveira",
            ],
            ["Mino", "Dina", "Nandinho", "Gé"],
        ),
        # Carioca
        (
            ["Thaís", "Luana", "Raíssa", "Bruna", "Kátia", "Jéssica"],
            ["Thiago", "Rodrigo", "Wellington", "Leandro", "Caio", "Renan"],
            [
                "Siqueira",
                "Bastos",
                "Lacerda",
                "Monteiro",
                "Brandão",
                "Nogueira",
                "Peçanha",
                "Mattos",
                "Rangel",
                "Penna Firme",
            ],
            ["Binho", "Rafa", "Lu", "Digão"],
        ),
        # Paraense (Belém and the Amazon)
        (
            ["Raimunda", "Nazaré", "Iracema", "Jaci", "Ivaneide"],
            ["Raimundo", "Edivaldo", "Jacinto", "Ubiratan", "Rosivaldo"],
            ["Tapajós", "Guajará", "Bentes", "Corrêa", "Cabral", "Lobato", "Maués", "Baena", "Barata"],
            ["Dico", "Bira", "Nazinha", "Rai"],
        ),
        # Macanese
        (
            ["Aida", "Filomena", "Ercília", "Natércia", "Henriqueta"],
            ["Jorge", "Lourenço", "Alberto", "Leonel", "Rogério"],
            [
                "Senna Fernandes",
                "Rosário",
                "Remédios",
                "Xavier",
                "Jesus Ng",
                "Lai",
                "Ho",
                "Sequeira",
                "Badaraco",
                "Rocha Vieira",
            ],
            ["Nini", "Béto", "Lolo", "Neto"],
        ),
    ],
    "de": [
        # Tyrolean (North Tyrol)
        (
            ["Notburga", "Burgi", "Kathrin", "Magdalena", "Resi"],
            ["Vinzenz", "Alois", "Florian", "Josef", "Bartholomäus", "Kassian"],
            [
                "Hechenberger",
                "Kirchmair",
                "Haselwanter",
                "Oberhofer",
                "Plattner",
                "Schwaighofer",
                "Rieder",
                "Hörtnagl",
                "Stubenvoll",
            ],
            ["Vinzi", "Lois", "Flo", "Bartl"],
        ),
        # Walliser Swiss (Upper Valais)
        (
            ["Ursula", "Manuela", "Philomena", "Rosmarie", "Jolanda"],
            ["Beat", "Amadé", "Kilian", "Elmar", "German", "Renato"],
            [
                "Imboden",
                "Zurbriggen",
                "Kalbermatten",
                "Anthamatten",
                "Supersaxo",
                "Zenklusen",
                "Summermatter",
                "Andenmatten",
                "In-Albon",
            ],
            ["Mädi", "Kiki", "Elmi", "Rösi"],
        ),
        # Saxon (Dresden, Leipzig, Erzgebirge)
        (
            ["Cornelia", "Anett", "Doreen", "Ramona", "Heike", "Katrin"],
            ["Uwe", "Steffen", "Jens", "Maik", "Rico", "Falk"],
            ["Hänel", "Richter", "Wünsche", "Kunze", "Pfützner", "Grille", "Löschner", "Naumann", "Uhlig", "Seidel"],
            ["Conny", "Stoffel", "Ricky", "Mäxchen"],
        ),
        # Rhinelander of Cologne
        (
            ["Hildegard", "Trude", "Marlies", "Agnes", "Gertrud"],
            ["Tünnes", "Jupp", "Hermann-Josef", "Wilhelm", "Klaus-Peter"],
            ["Schmitz", "Lückerath", "Esser", "Pütz", "Hürtgen", "Nettesheim", "Odenthal", "Kippels", "Stommel"],
            ["Hilde", "Jüppchen", "Kläuschen", "Willi"],
        ),
        # Italian German (families who came from Apulia and Sicily)
        (
            ["Rosaria", "Giuseppina", "Carmela", "Antonella", "Maria Grazia"],
            ["Calogero", "Salvatore", "Vito", "Rocco", "Cosimo"],
            [
                "Lo Presti",
                "Scaturro",
                "Caruana",
                "Di Benedetto",
                "Leone",
                "Castellano",
                "Fazio",
                "Giacalone",
                "Monteleone",
            ],
            ["Totò", "Melo", "Pina", "Rocky"],
        ),
        # Bosnian German
        (
            ["Amra", "Emina", "Lejla", "Selma", "Jasmina", "Mirsada"],
            ["Edin", "Adnan", "Mirza", "Senad", "Jasmin", "Haris"],
            ["Hodžić", "Mehmedović", "Begić", "Hadžiomerović", "Delić", "Softić", "Hasanović", "Karahasan"],
            ["Edo", "Mirzo", "Sejo", "Lejla"],
        ),
    ],
}


# A message shape per situation, the same situations in each language, each written as it is typed
# there. Slots: {full}, {first}, {last} (":f"/":m" for a woman or a man), {dbl} two surnames, {nick}
# a short form and surname, {init} an initial and surname, {rev} surname first, {bare} accents dropped,
# {low} and {caps} a name in lower case or capitals.
TEMPLATES: dict[str, list[str]] = {
    "en": [
        "Hi, it's {full} 👋 I'm booked in with {first} for the sleeve on Thursday, still ok for 11?",
        "can you do the name {first:f} on my inner wrist, same script as the one you did for my mum",
        "Bringing my mate {full:m} along to the studio Sat, he wants a quote for a small piece",
        "The deposit for my booking was paid by my partner {full} so it'll show under her card",
        "Hello, the dog's due his booster, the account's under {last} 🐶",
        "My neighbour {full:f} found our cat on the road, she'll drop him in to you around 5",
        "Is {first} on tonight? Dr {last} saw our rabbit last time and we'd rather see her again",
        "Insurance for the spaniel is still in my ex-husband's name, {full}, can you bill me instead?",
        "Hi, I'd like to enrol my daughter {first:f} in the Saturday Spanish group.\nThanks,\n{full}",
        "Just wanted to say {first:f} is a brilliant teacher, my Italian has come on loads 🙏",
        "Two of us from the office for the business German course: {full} and {full}. Invoice to our manager "
        "{last} please",
        "The certificate says {caps} but it should be {full}, the surname's spelt wrong",
        "My late father {full:m} had plot 14 for thirty years, I'd like to take it over if the committee agrees",
        "hiya, {first} from number 9 said to message you about the allotment waiting list",
        "Minutes from Sunday's meeting: present {full}, {full}, {init} and myself",
        "Could you frame the degree certificate for {caps}, black frame, white mount",
        "The wedding photo is ready? My sister {first:f} will collect it after work",
        "It's the print signed by {full} in the window, do you have it unsigned too?",
        "Hello, I'm a tenor and {full} from the choir suggested I come along to a rehearsal",
        "Soloists for the Christmas concert: {full:f}, {full} and {full:m}",
        "{first} can't make Tuesday so rehearsal will be led by {full} instead",
        "For the wreath ribbon please: 'Grandad, love from {first}, {first} and {first}'",
        "Bouquet for my colleague {full:f} at reception please, card from all of us, {first}",
        "Buttonholes x6 for the wedding, the groom {full:m} and best man {first:m} want ivory",
        "Booking an eye test for my dad, on your form he'd be {rev}, he's 81",
        "My son {first:m} will pick up my glasses tomorrow, I'm {full}",
        "Prescription for my wife {init}, she gave consent for me to collect",
        "Her carer {full} will be collecting Mrs {last}'s prescription from now on",
        "Locked out!! Landlord is {full} if you need to check, I'm at the flat now 😩",
        "Need two spare keys cut for my lodger {first}, same as the ones for {full}",
        "Business cards please, name should read {dbl}, job title underneath",
        "Order of service for the memorial of {full}, 40 copies, her photo on the front",
        "Birth announcements: 'welcome {first:f}, a little sister for {first}', 60 cards",
        "Airport pickup Friday for my in-laws, {full} and {full}, landing 14:20",
        "Your driver {first:m} was so kind to my mum yesterday, please pass on our thanks",
        "Taxi on the company account for our visitor {full}, from the office to the station",
        "My son {first:m}'s bike needs a service before school starts, gears keep slipping",
        "The receipt will be under {full}, my partner bought the bike in March",
        "For the signing could the book be dedicated to {first}? It's a present from {full}",
        "Can you hold the order for my friend {full}, she'll pay when she picks up",
        "His passport says {full:m} but everyone calls him {nick}, which goes on the booking?",
        "Names for the group trip: {full}, {full}, {full}, {first} and me",
        "Booking a viewing Sat for me and my fiancé {full:m}, we're both first-time buyers",
        "The sellers, {full} and {full}, accepted the offer?? 🙌",
        "Groom's suit needs taking up 2cm, it's under {last}, fitting with {first} on Wed",
        "Name tapes for the blazer: {caps}, 30 please",
        "Inscription as agreed: 'In loving memory of {caps}'",
        "My cousin {full} is ordering the headstone for the family plot, I'm only paying half",
        "Is {first:m} still doing personal training? My physio {full} recommended him",
        "Guest pass for my brother {full:m} tomorrow please, I'm member {last}",
        "Service wash done? My flatmate {first} will pick it up, it's under {low}",
        "Cake piping please: 'Happy 40th {first}!! 🎂' with gold stars",
        "Order under {last}, my husband {first:m} will pick it up around 4",
        "Our neighbour {full:f} said you did her garden, could you come round to quote?",
        "The wardrobe fitters can come any day, my partner {first} works from home",
        "ok so basically I'm on the bus and can't type so voice note it is the wardrobe you fitted last "
        "month has a door that won't shut my partner {first} tried adjusting it and my dad {full:m} had a go "
        "too but no joy could someone pop round next week any day after 3 except Thursday when {first} has "
        "the car",
        "Forwarding a contact: {full}, she's the one who wants the same cake for her daughter",
        "My mum said, and I quote: \"tell {first} the flowers were perfect\" 😂",
        "Thanks for sorting the locks so quickly.\nKind regards,\n{full}\nOffice manager",
        "Great, see you at 10 then. {init}",
        "{first} here from the tattoo studio upstairs, we've got a parcel of yours",
        "🎉🎉 congrats to {first} on the new shop, the cakes for {full:f}'s party were amazing",
        "Collecting today: {full}, {full} and {first:f} (with the big bag)",
        "He's on your list as {full:m} but he goes by {nick}, don't let him confuse you",
        "Room for two under {bare} please, no accent on the name in the system",
        "sorry it's {low} again, did the frames come in",
        "Her name's on the old lease as {full:f}, née {last}",
        "My godmother {full:f} has left a gift voucher for me, can I use it online?",
        "Long story but we're moving flats on the 3rd so the new glasses should go to my sister's, she's "
        "{full:f}, and {first} next door will sign if nobody's in",
        "Surname: {last}\nFirst name: {first}\nCourse: evening French, level 2",
    ],
    "fr": [
        "Coucou c'est {full} 👋 je suis calée avec {first} jeudi pour la manchette, toujours bon pour 11h ?",
        "vous pouvez me faire le prénom {first:f} à l'intérieur du poignet, même écriture que celui de ma mère",
        "Je viens samedi au salon avec mon pote {full:m}, il voudrait un devis pour une petite pièce",
        "L'acompte a été réglé par ma compagne {full}, donc ça apparaît sur sa carte à elle",
        "Bonjour, le chien doit faire son rappel de vaccin, le dossier est au nom de {last} 🐶",
        "Ma voisine {full:f} a retrouvé notre chat au bord de la route, elle vous le dépose vers 17h",
        "C'est {first} de garde ce soir ? Le Dr {last} avait vu notre lapin, on aimerait la revoir",
        "L'assurance de l'épagneul est encore au nom de mon ex-mari, {full}, vous pouvez me facturer à moi ?",
        "Bonjour, je voudrais inscrire ma fille {first:f} au groupe d'espagnol du samedi.\nMerci,\n{full}",
        "Juste pour dire que {first:f} est une prof géniale, mon italien a fait des progrès fous 🙏",
        "On est deux du bureau pour l'allemand des affaires : {full} et {full}. Facture à l'attention de M. {last} svp",
        "Sur l'attestation c'est écrit {caps} alors que c'est {full}, le nom est mal orthographié",
        "Mon défunt père {full:m} avait la parcelle 14 depuis trente ans, j'aimerais la reprendre si le "
        "bureau est d'accord",
        "slt, {first} du numéro 9 m'a dit de vous écrire pour la liste d'attente des jardins familiaux",
        "CR de la réunion de dimanche : présents {full}, {full}, {init} et moi-même",
        "Vous pourriez encadrer le diplôme de {caps}, cadre noir, passe-partout blanc",
        "La photo de mariage est prête ? Ma sœur {first:f} passera la chercher après le boulot",
        "C'est la lithographie signée {full} en vitrine, vous l'avez aussi non signée ?",
        "Bonsoir, je suis ténor et {full} de la chorale m'a conseillé de venir à une répétition",
        "Solistes pour le concert de Noël : {full:f}, {full} et {full:m}",
        "{first} ne peut pas mardi, la répétition sera dirigée par {full}",
        "Pour le ruban de la couronne svp : « À notre papy, de la part de {first}, {first} et {first} »",
        "Un bouquet pour ma collègue {full:f} à l'accueil svp, carte de nous tous, {first}",
        "6 boutonnières pour le mariage, le marié {full:m} et son témoin {first:m} les veulent ivoire",
        "Je prends rdv pour un examen de vue pour mon père, sur votre fiche ce serait {rev}, il a 81 ans",
        "Mon fils {first:m} passera prendre mes lunettes demain, je suis {full}",
        "Ordonnance pour ma femme {init}, elle m'a autorisé à la retirer",
        "Son aide à domicile {full} viendra chercher les médicaments de Mme {last} désormais",
        "Je me suis enfermée dehors !! Le proprio c'est {full} si vous devez vérifier, je suis devant l'appart 😩",
        "Il me faut deux doubles pour mon colocataire {first:m}, les mêmes que pour {full}",
        "Des cartes de visite svp, le nom doit être {dbl}, la fonction en dessous",
        "Livret pour la cérémonie en mémoire de {full}, 40 exemplaires, sa photo en couverture",
        "Faire-part de naissance : « bienvenue {first:f}, petite sœur de {first} », 60 cartes",
        "Navette vendredi à l'aéroport pour mes beaux-parents, {full} et {full}, atterrissage 14h20",
        "Votre chauffeur {first:m} a été adorable avec ma mère hier, merci de lui transmettre",
        "Taxi sur le compte de la boîte pour notre visiteur {full}, du bureau à la gare",
        "Le vélo de mon fils {first:m} a besoin d'une révision avant la rentrée, les vitesses sautent",
        "Le ticket est au nom de {full}, c'est ma compagne qui a acheté le vélo en mars",
        "Pour la dédicace, le livre pourrait être pour {first} ? C'est un cadeau de {full}",
        "Vous pouvez mettre la commande de côté pour mon amie {full}, elle paiera en passant",
        "Sur son passeport c'est {full:m} mais tout le monde l'appelle {nick}, je mets quoi sur la résa ?",
        "Les noms pour le voyage de groupe : {full}, {full}, {full}, {first} et moi",
        "Je réserve une visite samedi pour moi et mon fiancé {full:m}, premier achat pour nous deux",
        "Les vendeurs, {full} et {full}, ont accepté l'offre ?? 🙌",
        "Le costume du marié est à raccourcir de 2 cm, au nom de {last}, essayage avec {first} mercredi",
        "Étiquettes brodées pour le blazer : {caps}, 30 svp",
        "Inscription comme convenu : « À la mémoire de {caps} »",
        "C'est mon cousin {full} qui commande la stèle pour le caveau familial, je ne paie que la moitié",
        "{first:m} fait toujours du coaching perso ? Mon kiné {full} me l'a recommandé",
        "Un pass invité pour mon frère {full:m} demain svp, je suis adhérente au nom de {last}",
        "Le lavage est fait ? Mon coloc {first:m} passe le prendre, c'est au nom de {low}",
        "Écriture sur le gâteau svp : « Joyeux 40 ans {first} !! 🎂 » avec des étoiles dorées",
        "Commande au nom de {last}, mon mari {first:m} passera vers 16h",
        "Notre voisine {full:f} m'a dit que vous aviez fait son jardin, vous pourriez passer pour un devis ?",
        "Les poseurs du dressing peuvent venir n'importe quel jour, mon conjoint {first:m} est en télétravail",
        "bon alors je suis dans le bus je peux pas écrire donc message vocal le dressing que vous avez posé "
        "le mois dernier a une porte qui ferme pas mon conjoint {first:m} a essayé de la régler et mon père "
        "{full:m} aussi mais rien à faire quelqu'un pourrait passer la semaine prochaine n'importe quel jour "
        "après 15h sauf jeudi parce que {first} a la voiture",
        "Je vous transfère un contact : {full}, c'est elle qui veut le même gâteau pour sa fille",
        "Ma mère a dit, je cite : « dis à {first} que les fleurs étaient parfaites » 😂",
        "Merci d'avoir changé les serrures si vite.\nBien cordialement,\n{full}\nAssistante de direction",
        "Parfait, à 10h alors. {init}",
        "{first} du salon de tatouage d'en haut, on a un colis pour vous",
        "🎉🎉 bravo à {first} pour la nouvelle boutique, les gâteaux pour l'anniversaire de {full:f} étaient top",
        "À récupérer aujourd'hui : {full}, {full} et {first:f} (avec le grand sac)",
        "Il est sur votre liste comme {full:m} mais il se fait appeler {nick}, ne vous laissez pas embrouiller",
        "Une chambre pour deux au nom de {bare} svp, sans accent dans le système",
        "désolée c'est encore {low}, les cadres sont arrivés ?",
        "Sur l'ancien bail elle est inscrite {full:f}, née {last}",
        "Ma marraine {full:f} m'a offert un bon cadeau, je peux l'utiliser en ligne ?",
        "C'est compliqué mais on déménage le 3 donc les nouvelles lunettes doivent aller chez ma sœur, c'est "
        "{full:f}, et {first} d'à côté signera s'il n'y a personne",
        "Nom : {last}\nPrénom : {first}\nCours : anglais du soir, niveau 2",
    ],
    "it": [
        "Ciao sono {full} 👋 ho l'appuntamento con {first} giovedì per la manica, confermi le 11?",
        "mi fareste il nome {first:f} all'interno del polso, stessa scrittura di quello di mia mamma",
        "Sabato passo in studio con il mio amico {full:m}, vorrebbe un preventivo per un pezzo piccolo",
        "La caparra l'ha pagata la mia compagna {full}, quindi risulta sulla sua carta",
        "Buongiorno, il cane deve fare il richiamo del vaccino, la scheda è a nome {last} 🐶",
        "La mia vicina {full:f} ha trovato il nostro gatto per strada, ve lo porta lei verso le 17",
        "Stasera c'è {first} di turno? Il coniglio l'aveva visto la dott.ssa {last}, preferiremmo lei",
        "L'assicurazione dello spaniel è ancora intestata al mio ex marito, {full}, potete fatturare a me?",
        "Buongiorno, vorrei iscrivere mia figlia {first:f} al corso di spagnolo del sabato.\nGrazie,\n{full}",
        "Volevo solo dire che {first:f} è un'insegnante bravissima, il mio tedesco è migliorato tantissimo 🙏",
        "Siamo in due dall'ufficio per l'inglese commerciale: {full} e {full}. Fattura all'attenzione del dott. {last}",
        "Sull'attestato c'è scritto {caps} ma è {full}, il cognome è sbagliato",
        "Il mio povero papà {full:m} ha avuto l'orto 14 per trent'anni, vorrei subentrare se il direttivo è d'accordo",
        "ciao, {first} del civico 9 mi ha detto di scrivervi per la lista d'attesa degli orti",
        "Verbale della riunione di domenica: presenti {full}, {full}, {init} e la sottoscritta",
        "Potete incorniciare la laurea di {caps}, cornice nera e passe-partout bianco",
        "La foto del matrimonio è pronta? Passa a ritirarla mia sorella {first:f} dopo il lavoro",
        "È la litografia firmata {full} in vetrina, ce l'avete anche senza firma?",
        "Buonasera, sono tenore e {full} del coro mi ha detto di venire a una prova",
        "Solisti del concerto di Natale: {full:f}, {full} e {full:m}",
        "Martedì {first} non c'è, la prova la dirige {full}",
        "Per il nastro della corona: 'Al nonno, da {first}, {first} e {first}'",
        "Un mazzo per la mia collega {full:f} alla reception, biglietto da parte di tutti noi, {first}",
        "6 boutonnière per il matrimonio, lo sposo {full:m} e il testimone {first:m} le vogliono avorio",
        "Prenoto una visita della vista per mio padre, sul vostro modulo sarebbe {rev}, ha 81 anni",
        "Gli occhiali domani li ritira mio figlio {first:m}, io sono {full}",
        "Ricetta per mia moglie {init}, mi ha delegato al ritiro",
        "D'ora in poi i farmaci della signora {last} li ritira la badante {full}",
        "Sono rimasta chiusa fuori!! Il padrone di casa è {full} se dovete verificare, sono sotto casa 😩",
        "Mi servono due copie della chiave per il mio coinquilino {first:m}, uguali a quelle di {full}",
        "Biglietti da visita per favore, il nome deve essere {dbl}, sotto la qualifica",
        "Libretto per la messa in ricordo di {full}, 40 copie, con la sua foto in copertina",
        "Partecipazioni di nascita: 'benvenuta {first:f}, sorellina di {first}', 60 biglietti",
        "Transfer venerdì dall'aeroporto per i miei suoceri, {full} e {full}, atterrano alle 14:20",
        "Il vostro autista {first:m} è stato gentilissimo con mia mamma ieri, ringraziatelo da parte nostra",
        "Taxi sul conto aziendale per il nostro ospite {full}, dall'ufficio alla stazione",
        "La bici di mio figlio {first:m} ha bisogno di un tagliando prima della scuola, il cambio salta",
        "Lo scontrino è a nome {full}, la bici l'ha comprata la mia compagna a marzo",
        "Per il firmacopie, la dedica potrebbe essere per {first}? È un regalo di {full}",
        "Potete tenere da parte l'ordine per la mia amica {full}? Paga lei quando passa",
        "Sul passaporto è {full:m} ma tutti lo chiamano {nick}, cosa metto nella prenotazione?",
        "Nomi per la gita di gruppo: {full}, {full}, {full}, {first} e io",
        "Vorrei fissare una visita sabato per me e il mio fidanzato {full:m}, è la nostra prima casa",
        "I venditori, {full} e {full}, hanno accettato la proposta?? 🙌",
        "L'abito dello sposo va accorciato di 2 cm, è a nome {last}, prova con {first} mercoledì",
        "Etichette ricamate per il blazer: {caps}, 30 pezzi",
        "Epigrafe come d'accordo: 'In ricordo di {caps}'",
        "La lapide per la tomba di famiglia la ordina mio cugino {full}, io pago solo metà",
        "{first:m} fa ancora personal training? Me l'ha consigliato il mio fisioterapista {full}",
        "Un pass ospite per mio fratello {full:m} domani, la tessera è a nome {last}",
        "Il lavaggio è pronto? Lo ritira il mio coinquilino {first:m}, è a nome {low}",
        "Scritta sulla torta: 'Buon 40° {first}!! 🎂' con le stelline dorate",
        "Ordine a nome {last}, passa mio marito {first:m} verso le 16",
        "La nostra vicina {full:f} dice che le avete fatto voi il giardino, potete venire per un preventivo?",
        "I montatori dell'armadio possono venire quando vogliono, il mio compagno {first:m} lavora da casa",
        "allora sono sul pullman e non riesco a scrivere quindi vocale l'armadio che avete montato il mese "
        "scorso ha un'anta che non chiude il mio compagno {first:m} ha provato a sistemarla e anche mio papà "
        "{full:m} ma niente qualcuno può passare la settimana prossima un giorno qualsiasi dopo le 15 tranne "
        "giovedì che {first} ha la macchina",
        "Vi inoltro un contatto: {full}, è lei che vuole la stessa torta per sua figlia",
        "Mia mamma ha detto, testuali parole: \"di' a {first} che i fiori erano perfetti\" 😂",
        "Grazie per aver cambiato le serrature così in fretta.\nCordiali saluti,\n{full}\nSegreteria di direzione",
        "Perfetto, allora alle 10. {init}",
        "Sono {first} dello studio di tatuaggi di sopra, abbiamo un pacco vostro",
        "🎉🎉 complimenti a {first} per il nuovo negozio, le torte per la festa di {full:f} erano spettacolari",
        "Ritirano oggi: {full}, {full} e {first:f} (quella con la borsa grande)",
        "In lista è {full:m} ma si fa chiamare {nick}, non fatevi confondere",
        "Una doppia a nome {bare} per favore, nel sistema senza accenti",
        "scusate sono ancora {low}, sono arrivate le cornici?",
        "Nel vecchio contratto d'affitto risulta {full:f}, nata {last}",
        "La mia madrina {full:f} mi ha regalato un buono, posso usarlo online?",
        "Storia lunga ma traslochiamo il 3 quindi gli occhiali nuovi vanno da mia sorella, è {full:f}, e se "
        "non c'è nessuno firma {first} della porta accanto",
        "Cognome: {last}\nNome: {first}\nCorso: inglese serale, livello 2",
    ],
    "es": [
        "Hola soy {full} 👋 tengo cita con {first} el jueves para el brazo entero, ¿sigue a las 11?",
        "me podéis hacer el nombre {first:f} en la cara interna de la muñeca, con la misma letra que el de mi madre",
        "El sábado voy al estudio con mi colega {full:m}, quiere presupuesto para una pieza pequeña",
        "La señal la pagó mi pareja {full}, así que sale con su tarjeta",
        "Buenas, al perro le toca la vacuna de refuerzo, la ficha está a nombre de {last} 🐶",
        "Mi vecina {full:f} encontró a nuestro gato en la carretera, os lo lleva ella sobre las 5",
        "¿Está {first} de guardia esta noche? Al conejo lo vio la Dra. {last} y preferimos repetir con ella",
        "El seguro del cocker sigue a nombre de mi exmarido, {full}, ¿me lo podéis facturar a mí?",
        "Hola, quería apuntar a mi hija {first:f} al grupo de inglés de los sábados.\nGracias,\n{full}",
        "Solo quería decir que {first:f} es una profe buenísima, mi italiano ha mejorado un montón 🙏",
        "Somos dos de la oficina para el curso de alemán de negocios: {full} y {full}. Factura a la atención "
        "del Sr. {last}",
        "En el certificado pone {caps} pero es {full}, el apellido está mal escrito",
        "Mi difunto padre {full:m} tuvo la parcela 14 treinta años, me gustaría quedármela si la junta está de acuerdo",
        "hola, {first} del número 9 me dijo que os escribiera por la lista de espera de los huertos",
        "Acta de la reunión del domingo: asistentes {full}, {full}, {init} y la que suscribe",
        "¿Me enmarcáis el título de {caps}? Marco negro y paspartú blanco",
        "¿Está lista la foto de la boda? Pasa a recogerla mi hermana {first:f} al salir del trabajo",
        "Es la litografía firmada por {full} del escaparate, ¿la tenéis sin firmar?",
        "Buenas tardes, soy tenor y {full} del coro me dijo que me pasara por un ensayo",
        "Solistas del concierto de Navidad: {full:f}, {full} y {full:m}",
        "{first} no puede el martes, así que el ensayo lo dirige {full}",
        "Para la cinta de la corona: 'Al abuelo, de {first}, {first} y {first}'",
        "Un ramo para mi compañera {full:f} en recepción, tarjeta de parte de todos, {first}",
        "6 prendidos para la boda, el novio {full:m} y el padrino {first:m} los quieren en marfil",
        "Pido cita para graduar la vista a mi padre, en vuestra ficha sería {rev}, tiene 81 años",
        "Mañana recoge mis gafas mi hijo {first:m}, yo soy {full}",
        "Receta para mi mujer {init}, me ha autorizado a recogerla",
        "A partir de ahora los medicamentos de la Sra. {last} los recoge su cuidadora {full}",
        "¡¡Me he quedado fuera!! El casero es {full} por si tenéis que comprobarlo, estoy en el portal 😩",
        "Necesito dos copias de la llave para mi compañero de piso {first:m}, iguales que las de {full}",
        "Tarjetas de visita, por favor, el nombre tiene que ser {dbl}, el cargo debajo",
        "Recordatorios para la misa por {full}, 40 copias, con su foto en la portada",
        "Tarjetas de nacimiento: 'bienvenida {first:f}, hermanita de {first}', 60 unidades",
        "Recogida en el aeropuerto el viernes para mis suegros, {full} y {full}, aterrizan a las 14:20",
        "Vuestro conductor {first:m} fue un encanto con mi madre ayer, dadle las gracias de nuestra parte",
        "Taxi a cargo de la empresa para nuestro invitado {full}, de la oficina a la estación",
        "La bici de mi hijo {first:m} necesita una revisión antes del cole, se le salta el cambio",
        "El tique está a nombre de {full}, la bici la compró mi pareja en marzo",
        "Para la firma de libros, ¿la dedicatoria podría ser para {first}? Es un regalo de {full}",
        "¿Me guardáis el pedido para mi amiga {full}? Lo paga ella cuando pase",
        "En el pasaporte pone {full:m} pero todo el mundo le llama {nick}, ¿qué pongo en la reserva?",
        "Nombres para el viaje en grupo: {full}, {full}, {full}, {first} y yo",
        "Quería una visita el sábado para mí y mi prometido {full:m}, es nuestro primer piso",
        "¿¿Los vendedores, {full} y {full}, han aceptado la oferta?? 🙌",
        "Al traje del novio hay que subirle 2 cm, está a nombre de {last}, prueba con {first} el miércoles",
        "Etiquetas bordadas para el blazer del cole: {caps}, 30 unidades",
        "Inscripción como quedamos: 'En memoria de {caps}'",
        "La lápida del panteón familiar la encarga mi primo {full}, yo solo pago la mitad",
        "¿{first:m} sigue haciendo entrenamiento personal? Me lo recomendó mi fisio {full}",
        "Un pase de invitado para mi hermano {full:m} mañana, el socio es {last}",
        "¿Está la colada? La recoge mi compañero de piso {first:m}, está a nombre de {low}",
        "Texto para la tarta: '¡¡Feliz 40 {first}!! 🎂' con estrellitas doradas",
        "Encargo a nombre de {last}, lo recoge mi marido {first:m} sobre las 4",
        "Nuestra vecina {full:f} dice que le hicisteis el jardín, ¿podéis venir a darnos presupuesto?",
        "Los montadores del armario pueden venir cualquier día, mi pareja {first} teletrabaja",
        "vale estoy en el autobús y no puedo escribir así que audio el armario que montasteis el mes pasado "
        "tiene una puerta que no cierra mi pareja {first} intentó ajustarla y mi padre {full:m} también pero "
        "nada podría pasarse alguien la semana que viene cualquier día después de las 3 menos el jueves que "
        "{first} tiene el coche",
        "Os reenvío un contacto: {full}, es la que quiere la misma tarta para su hija",
        "Mi madre ha dicho, textual: \"dile a {first} que las flores estaban perfectas\" 😂",
        "Gracias por cambiar las cerraduras tan rápido.\nUn saludo,\n{full}\nSecretaría de dirección",
        "Perfecto, a las 10 entonces. {init}",
        "Soy {first} del estudio de tatuajes de arriba, tenemos un paquete vuestro",
        "🎉🎉 enhorabuena a {first} por la tienda nueva, las tartas del cumple de {full:f} estaban de muerte",
        "Recogen hoy: {full}, {full} y {first:f} (la del bolso grande)",
        "En la lista está como {full:m} pero le llaman {nick}, que no os líe",
        "Una doble a nombre de {bare}, por favor, en el sistema sin tildes",
        "perdón soy {low} otra vez, ¿han llegado los marcos?",
        "En el contrato antiguo del piso figura {full:f}, de soltera {last}",
        "Mi madrina {full:f} me ha regalado un vale, ¿puedo usarlo en la web?",
        "Es largo de contar pero nos mudamos el 3, así que las gafas nuevas mejor a casa de mi hermana, es "
        "{full:f}, y si no hay nadie firma {first:m} el de al lado",
        "Apellidos: {last}\nNombre: {first}\nCurso: inglés de tarde, nivel 2",
    ],
    "pt": [
        "Oi, aqui é {full} 👋 tenho horário com {first} quinta pra fechar o braço, continua às 11?",
        "dá pra fazer o nome {first:f} no pulso por dentro, com a mesma letra do da minha mãe",
        "Sábado vou ao estúdio com o meu amigo {full:m}, ele quer um orçamento para uma peça pequena",
        "O sinal foi pago pela minha companheira {full}, por isso aparece no cartão dela",
        "Bom dia, o cão tem de levar o reforço da vacina, a ficha está em nome de {last} 🐶",
        "A minha vizinha {full:f} encontrou o nosso gato na estrada, ela leva-o aí por volta das 17h",
        "O {first:m} está de serviço hoje à noite? O coelho foi visto pela Dra. {last}, preferíamos ela",
        "O seguro do cocker ainda está no nome do meu ex-marido, {full}, dá pra faturar em meu nome?",
        "Olá, queria inscrever a minha filha {first:f} na turma de inglês de sábado.\nObrigada,\n{full}",
        "Só queria dizer que a {first:f} é uma professora incrível, o meu italiano melhorou imenso 🙏",
        "Somos dois do escritório para o alemão empresarial: {full} e {full}. Fatura ao cuidado do Sr. "
        "{last}, por favor",
        "No certificado está {caps} mas é {full}, o apelido está mal escrito",
        "O meu falecido pai {full:m} teve o talhão 14 durante trinta anos, gostava de ficar com ele se a "
        "direção concordar",
        "olá, o {first:m} do número 9 disse para vos escrever por causa da lista de espera das hortas",
        "Ata da reunião de domingo: presentes {full}, {full}, {init} e eu",
        "Conseguem emoldurar o diploma de {caps}? Moldura preta, passe-partout branco",
        "A foto do casamento já está pronta? A minha irmã {first:f} passa para buscar depois do trabalho",
        "É a litografia assinada por {full} que está na montra, têm também sem assinatura?",
        "Boa noite, sou tenor e o {full:m} do coro disse para eu aparecer num ensaio",
        "Solistas do concerto de Natal: {full:f}, {full} e {full:m}",
        "{first} não pode na terça, por isso quem dirige o ensaio é {full}",
        "Para a fita da coroa: 'Ao avô, de {first}, {first} e {first}'",
        "Um ramo para a minha colega {full:f} na receção, cartão de todos nós, {first}",
        "6 lapelas para o casamento, o noivo {full:m} e o padrinho {first:m} querem marfim",
        "Queria marcar consulta de vista para o meu pai, na vossa ficha fica {rev}, tem 81 anos",
        "Amanhã quem levanta os meus óculos é o meu filho {first:m}, eu sou {full}",
        "Receita da minha mulher {init}, ela autorizou-me a levantar",
        "A partir de agora os remédios da D. {last} são levantados pela cuidadora {full}",
        "Fiquei trancada do lado de fora!! O senhorio é {full} se precisarem confirmar, estou à porta 😩",
        "Preciso de duas cópias da chave para o meu colega de casa {first:m}, iguais às do {full:m}",
        "Cartões de visita, por favor, o nome tem de ser {dbl}, o cargo por baixo",
        "Santinhos para a missa de sétimo dia de {full}, 40 exemplares, com a foto na capa",
        "Lembrancinhas de nascimento: 'bem-vinda {first:f}, irmãzinha de {first}', 60 cartões",
        "Transfer sexta no aeroporto para os meus sogros, {full} e {full}, aterram às 14h20",
        "O vosso motorista {first:m} foi um amor com a minha mãe ontem, agradeçam-lhe da nossa parte",
        "Táxi na conta da empresa para o nosso visitante {full}, do escritório para a estação",
        "A bicicleta do meu filho {first:m} precisa de revisão antes das aulas, as mudanças saltam",
        "O talão está em nome de {full}, foi a minha companheira que comprou a bicicleta em março",
        "Na sessão de autógrafos, a dedicatória pode ser para {first}? É um presente de {full}",
        "Podem guardar a encomenda para a minha amiga {full}? Ela paga quando passar",
        "No passaporte é {full:m} mas todo mundo chama ele de {nick}, o que ponho na reserva?",
        "Nomes para a viagem de grupo: {full}, {full}, {full}, {first} e eu",
        "Queria marcar uma visita sábado para mim e o meu noivo {full:m}, é a nossa primeira casa",
        "Os vendedores, {full} e {full}, aceitaram a proposta?? 🙌",
        "O fato do noivo é para subir 2 cm, está em nome de {last}, prova com {first} na quarta",
        "Etiquetas bordadas para a farda: {caps}, 30 unidades",
        "Inscrição como combinado: 'Eterna saudade de {caps}'",
        "Quem encomenda a lápide do jazigo da família é o meu primo {full}, eu só pago metade",
        "{first:m} ainda faz treino personalizado? Foi o meu fisioterapeuta {full} que recomendou",
        "Um passe de convidado para o meu irmão {full:m} amanhã, o sócio é {last}",
        "A roupa já está lavada? Quem busca é o meu colega de quarto {first:m}, está no nome {low}",
        "Escrita no bolo: 'Parabéns pelos 40 {first}!! 🎂' com estrelinhas douradas",
        "Encomenda em nome de {last}, o meu marido {first:m} passa lá pelas 16h",
        "A nossa vizinha {full:f} disse que foram vocês que fizeram o jardim dela, podem vir cá fazer orçamento?",
        "Os montadores do roupeiro podem vir qualquer dia, o meu companheiro {first:m} está em teletrabalho",
        "então estou no ônibus e não consigo escrever por isso vai áudio o roupeiro que montaram mês passado "
        "tem uma porta que não fecha o meu companheiro {first:m} tentou ajustar e o meu pai {full:m} também "
        "mas nada alguém pode passar semana que vem qualquer dia depois das 15h menos quinta porque o "
        "{first:m} fica com o carro",
        "Reencaminho um contacto: {full}, é ela que quer o mesmo bolo para a filha",
        "A minha mãe disse, palavra por palavra: \"diz à {first:f} que as flores estavam perfeitas\" 😂",
        "Obrigada por trocarem as fechaduras tão depressa.\nCumprimentos,\n{full}\nSecretariado da direção",
        "Perfeito, então às 10. {init}",
        "É {first} do estúdio de tatuagem de cima, temos aqui uma encomenda vossa",
        "🎉🎉 parabéns {first} pela loja nova, os bolos da festa de {full:f} estavam maravilhosos",
        "Levantam hoje: {full}, {full} e {first:f} (a do saco grande)",
        "Na lista está como {full:m} mas ele prefere {nick}, não se confundam",
        "Um quarto duplo em nome de {bare}, por favor, no sistema sem acentos",
        "desculpa sou {low} de novo, as molduras já chegaram?",
        "No contrato antigo de arrendamento ela aparece como {full:f}, de solteira {last}",
        "A minha madrinha {full:f} ofereceu-me um vale, posso usar no site?",
        "É uma longa história mas mudamos de casa dia 3, por isso os óculos novos vão para casa da minha "
        "irmã, é a {full:f}, e se não estiver ninguém assina {first} aqui do lado",
        "Apelido: {last}\nNome: {first}\nCurso: inglês pós-laboral, nível 2",
    ],
    "de": [
        "Hi, hier ist {full} 👋 ich hab Donnerstag den Termin bei {first} für den Sleeve, bleibt's bei 11?",
        "könnt ihr mir den Namen {first:f} innen aufs Handgelenk machen, gleiche Schrift wie bei meiner Mama",
        "Samstag komm ich mit meinem Kumpel {full:m} ins Studio, er will ein Angebot für ein kleines Motiv",
        "Die Anzahlung hat meine Partnerin {full} gemacht, deshalb steht ihre Karte drauf",
        "Guten Tag, der Hund muss zur Auffrischimpfung, die Kartei läuft auf {last} 🐶",
        "Unsere Nachbarin {full:f} hat unseren Kater an der Straße gefunden, sie bringt ihn gegen 17 Uhr vorbei",
        "Hat {first} heute Abend Notdienst? Letztes Mal war Frau Dr. {last} beim Kaninchen, die wäre uns lieber",
        "Die Versicherung vom Cocker läuft noch auf meinen Ex-Mann, {full}, könnt ihr die Rechnung an mich stellen?",
        "Hallo, ich möchte meine Tochter {first:f} für die Spanischgruppe am Samstag anmelden.\nDanke,\n{full}",
        "Wollte nur sagen, dass {first:f} eine super Lehrerin ist, mein Italienisch ist so viel besser geworden 🙏",
        "Wir sind zu zweit aus dem Büro für Business-Englisch: {full} und {full}. Rechnung bitte z. Hd. Herrn {last}",
        "Auf dem Zertifikat steht {caps}, richtig wäre {full}, der Nachname ist falsch geschrieben",
        "Mein verstorbener Vater {full:m} hatte die Parzelle 14 dreißig Jahre lang, ich würde sie gern "
        "übernehmen, wenn der Vorstand zustimmt",
        "hallo, {first} aus der Nummer 9 meinte ich soll mich wegen der Warteliste für die Kleingärten melden",
        "Protokoll der Sitzung vom Sonntag: anwesend {full}, {full}, {init} und ich",
        "Könnt ihr die Meisterurkunde von {caps} rahmen? Schwarzer Rahmen, weißes Passepartout",
        "Ist das Hochzeitsfoto fertig? Meine Schwester {first:f} holt es nach der Arbeit ab",
        "Es geht um die Lithografie im Schaufenster, signiert von {full}, habt ihr die auch unsigniert?",
        "Guten Abend, ich singe Tenor und {full} aus dem Chor hat gesagt, ich soll mal zur Probe kommen",
        "Solisten fürs Weihnachtskonzert: {full:f}, {full} und {full:m}",
        "{first} kann am Dienstag nicht, die Probe leitet dann {full}",
        "Für die Kranzschleife bitte: „Lieber Opa, in Liebe {first}, {first} und {first}“",
        "Einen Strauß für meine Kollegin {full:f} am Empfang, Karte von uns allen, {first}",
        "6 Anstecksträußchen für die Hochzeit, der Bräutigam {full:m} und Trauzeuge {first:m} wollen Elfenbein",
        "Ich möchte einen Sehtest für meinen Vater buchen, in eurem Formular wäre das {rev}, er ist 81",
        "Morgen holt mein Sohn {first:m} meine Brille ab, ich bin {full}",
        "Rezept für meine Frau {init}, sie hat mich zur Abholung bevollmächtigt",
        "Ab jetzt holt die Pflegerin {full} die Medikamente von Frau {last} ab",
        "Ich hab mich ausgesperrt!! Vermieter ist {full}, falls ihr das prüfen müsst, ich steh vor der Tür 😩",
        "Ich brauch zwei Nachschlüssel für meinen Mitbewohner {first:m}, die gleichen wie für {full}",
        "Visitenkarten bitte, der Name soll {dbl} lauten, darunter die Funktion",
        "Sterbebildchen für das Requiem von {full}, 40 Stück, mit ihrem Foto vorne",
        "Geburtskarten: „Willkommen {first:f}, kleine Schwester von {first}“, 60 Stück",
        "Flughafentransfer am Freitag für meine Schwiegereltern, {full} und {full}, Landung 14:20",
        "Euer Fahrer {first:m} war gestern so lieb zu meiner Mutter, bitte richtet ihm unseren Dank aus",
        "Taxi auf Firmenrechnung für unseren Gast {full}, vom Büro zum Bahnhof",
        "Das Rad von meinem Sohn {first:m} braucht vor Schulbeginn eine Inspektion, die Schaltung springt",
        "Der Kassenbon läuft auf {full}, meine Partnerin hat das Rad im März gekauft",
        "Könnte die Widmung bei der Lesung für {first} sein? Ist ein Geschenk von {full}",
        "Könnt ihr die Bestellung für meine Freundin {full} zurücklegen? Sie zahlt beim Abholen",
        "Im Pass steht {full:m}, aber alle nennen ihn {nick}, was schreib ich in die Buchung?",
        "Namen für die Gruppenreise: {full}, {full}, {full}, {first} und ich",
        "Ich hätte gern eine Besichtigung am Samstag für mich und meinen Verlobten {full:m}, unsere erste Wohnung",
        "Die Verkäufer, {full} und {full}, haben das Angebot angenommen?? 🙌",
        "Der Anzug vom Bräutigam muss 2 cm kürzer, läuft auf {last}, Anprobe mit {first} am Mittwoch",
        "Namensbänder für den Blazer: {caps}, 30 Stück bitte",
        "Inschrift wie besprochen: „In liebevoller Erinnerung an {caps}“",
        "Den Grabstein fürs Familiengrab bestellt mein Cousin {full}, ich zahl nur die Hälfte",
        "Macht {first:m} noch Personal Training? Mein Physio {full} hat ihn empfohlen",
        "Einen Gastpass für meinen Bruder {full:m} morgen bitte, Mitglied ist {last}",
        "Ist die Wäsche fertig? Mein Mitbewohner {first:m} holt sie ab, läuft auf {low}",
        "Aufschrift für die Torte: „Alles Gute zum 40. {first}!! 🎂“ mit goldenen Sternchen",
        "Bestellung auf {last}, mein Mann {first:m} holt sie gegen 16 Uhr ab",
        "Unsere Nachbarin {full:f} sagt, ihr habt ihren Garten gemacht, könnt ihr für ein Angebot vorbeikommen?",
        "Die Schrankmonteure können jeden Tag kommen, mein Partner {first:m} ist im Homeoffice",
        "also ich sitz im Bus und kann nicht tippen deshalb Sprachnachricht der Schrank den ihr letzten "
        "Monat aufgebaut habt da geht eine Tür nicht zu mein Partner {first:m} hat versucht sie einzustellen "
        "und mein Vater {full:m} auch aber nix zu machen könnte nächste Woche jemand vorbeikommen egal "
        "welcher Tag ab 15 Uhr nur nicht Donnerstag da hat {first:m} das Auto",
        "Ich leite euch einen Kontakt weiter: {full}, die möchte dieselbe Torte für ihre Tochter",
        "Meine Mutter hat gesagt, Zitat: „sag {first}, die Blumen waren perfekt“ 😂",
        "Danke, dass ihr die Schlösser so schnell getauscht habt.\nMit freundlichen "
        "Grüßen\n{full}\nAssistenz der Geschäftsführung",
        "Super, dann um 10. {init}",
        "{first} vom Tattoostudio oben, wir haben ein Paket von euch",
        "🎉🎉 Glückwunsch an {first} zum neuen Laden, die Torten für {full:f}s Feier waren der Hammer",
        "Holen heute ab: {full}, {full} und {first:f} (die mit der großen Tasche)",
        "Auf eurer Liste steht er als {full:m}, aber er heißt bei allen {nick}, nicht verwirren lassen",
        "Ein Doppelzimmer auf {bare} bitte, im System ohne Umlaute und Akzente",
        "sorry, ist nochmal {low}, sind die Rahmen gekommen?",
        "Im alten Mietvertrag steht sie als {full:f}, geb. {last}",
        "Meine Patentante {full:f} hat mir einen Gutschein geschenkt, kann ich den online einlösen?",
        "Lange Geschichte, aber wir ziehen am 3. um, also die neue Brille bitte zu meiner Schwester, das ist "
        "{full:f}, und wenn keiner da ist unterschreibt {first} von nebenan",
        "Nachname: {last}\nVorname: {first}\nKurs: Englisch am Abend, Stufe 2",
    ],
}  # fmt: skip

# The words no-PII messages are filled with: what each language's customers write about.
SHOP: dict[str, dict[str, list[str]]] = {
    "en": {
        "d": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "m": ["January", "February", "April", "June", "August", "October", "December"],
        "feast": [
            "St David's Day",
            "Candlemas",
            "Shrove Tuesday",
            "Hogmanay",
            "St George's Day",
            "Bonfire Night",
            "Lammas",
        ],
        "dish": [
            "Eton mess",
            "Scotch eggs",
            "Lancashire hotpot",
            "cottage pie",
            "bubble and squeak",
            "Welsh rarebit",
            "coronation chicken",
        ],
        "title": [
            "Wolf Hall",
            "Middlemarch",
            "Rebecca",
            "Emma",
            "The Secret Garden",
            "Brideshead Revisited",
            "Jane Eyre",
        ],
        "team": [
            "Tottenham",
            "Celtic",
            "Leicester Tigers",
            "Swansea City",
            "Bath Rugby",
            "Nottingham Forest",
            "Kilmarnock",
        ],
        "piece": ["Messiah", "Carmina Burana", "Gloria", "Stabat Mater", "Zadok the Priest", "Te Deum"],
        "exam": ["IELTS", "Cambridge C1 Advanced", "TOEFL", "A-level French", "GCSE Spanish"],
        "flower": [
            "amaryllis",
            "Iceberg roses",
            "Sweet Williams",
            "Black-eyed Susans",
            "hellebores",
            "Casa Blanca lilies",
        ],
        "cake": [
            "coffee and walnut cake",
            "Battenberg",
            "Dundee cake",
            "red velvet",
            "Black Forest gateau",
            "Simnel cake",
        ],
    },
    "fr": {
        "d": ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"],
        "m": ["Janvier", "Février", "Avril", "Juin", "Août", "Octobre", "Décembre"],
        "feast": [
            "la Saint-Jean",
            "la Saint-Martin",
            "la Saint-Sylvestre",
            "l'Épiphanie",
            "la Toussaint",
            "la Saint-Valentin",
            "la Pentecôte",
        ],
        "dish": [
            "bœuf bourguignon",
            "pot-au-feu",
            "gratin dauphinois",
            "croque-monsieur",
            "vol-au-vent",
            "cassoulet",
            "poulet Marengo",
        ],
        "title": ["Madame Bovary", "Bel-Ami", "Germinal", "Tintin au Tibet", "Candide", "Thérèse Desqueyroux", "Nana"],
        "team": ["Lens", "Saint-Étienne", "Guingamp", "Bastia", "Montpellier", "Grenoble", "Lorient"],
        "piece": ["Messie", "Stabat Mater", "Magnificat", "Gloria", "Te Deum", "Carmina Burana"],
        "exam": ["DELF B2", "TOEIC", "Cambridge First", "DALF C1", "TOEFL"],
        "flower": [
            "renoncules",
            "pivoines",
            "roses Pierre de Ronsard",
            "hortensias Annabelle",
            "anémones",
            "lys Casa Blanca",
        ],
        "cake": ["Paris-Brest", "fraisier", "saint-honoré", "opéra", "moka", "Mont-Blanc"],
    },
    "it": {
        "d": ["Lunedì", "Martedì", "Mercoledì", "Giovedì", "Venerdì", "Sabato"],
        "m": ["Gennaio", "Febbraio", "Aprile", "Giugno", "Agosto", "Ottobre", "Dicembre"],
        "feast": [
            "San Martino",
            "Sant'Ambrogio",
            "San Giuseppe",
            "San Silvestro",
            "Ferragosto",
            "San Valentino",
            "San Michele",
        ],
        "dish": [
            "vitello tonnato",
            "risotto alla milanese",
            "parmigiana",
            "arancini",
            "saltimbocca alla romana",
            "trofie al pesto",
            "cappon magro",
        ],
        "title": ["Pinocchio", "Cuore", "Marcovaldo", "Gomorra", "Novecento", "Zanna Bianca", "Lessico famigliare"],
        "team": ["Genoa", "Sampdoria", "Atalanta", "Fiorentina", "Pescara", "Spezia", "Cagliari"],
        "piece": ["Messiah", "Stabat Mater", "Magnificat", "Gloria", "Te Deum", "Requiem"],
        "exam": ["IELTS", "Cambridge B2 First", "DELE B1", "DELF", "TOEFL"],
        "flower": ["stelle di Natale", "peonie", "ortensie Annabelle", "rose Pierre de Ronsard", "calle"],
        "cake": [
            "Saint-Honoré",
            "torta Mimosa",
            "torta della nonna",
            "pastiera",
            "zuppa inglese",
            "Sacher",
            "crostata di visciole",
        ],
    },
    "es": {
        "d": ["Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo"],
        "m": ["Enero", "Febrero", "Abril", "Junio", "Agosto", "Octubre", "Diciembre"],
        "feast": ["San Isidro", "San Juan", "Reyes", "Santa Lucía", "San Valentín", "Nochevieja", "San Martín"],
        "dish": [
            "cocido madrileño",
            "paella valenciana",
            "croquetas",
            "pulpo a la gallega",
            "fideuà",
            "cochinita pibil",
            "chipá",
        ],
        "title": [
            "Don Quijote",
            "Marianela",
            "Platero y yo",
            "Manolito Gafotas",
            "Cien años de soledad",
            "Pedro Páramo",
            "Nada",
        ],
        "team": ["Levante", "Racing de Santander", "Cerro Porteño", "Valencia", "Celta", "Alavés", "Osasuna"],
        "piece": ["Stabat Mater", "Magnificat", "Carmina Burana", "Te Deum", "Gloria", "Réquiem"],
        "exam": ["IELTS", "Cambridge C1", "DELF", "TOEFL", "First"],
        "flower": [
            "flores de Pascua",
            "peonías",
            "hortensias Annabelle",
            "rosas Pierre de Ronsard",
            "calas",
            "azucenas Casa Blanca",
        ],
        "cake": [
            "roscón de Reyes",
            "brazo de gitano",
            "bizcocho de yogur",
            "milhojas",
            "tronco de Navidad",
            "pastel Selva Negra",
        ],
    },
    "pt": {
        "d": ["Segunda", "Terça", "Quarta", "Sexta", "Segunda-feira", "Sexta-feira"],
        "m": ["Janeiro", "Fevereiro", "Abril", "Junho", "Agosto", "Outubro", "Dezembro"],
        "feast": [
            "São Pedro",
            "São Gonçalo",
            "Carnaval",
            "Dia de Reis",
            "Círio de Nazaré",
            "São Cosme e Damião",
            "Dia de Todos os Santos",
        ],
        "dish": [
            "bacalhau com natas",
            "francesinha",
            "feijoada",
            "caldo verde",
            "arroz de pato",
            "espetada",
            "maniçoba",
        ],
        "title": [
            "Dom Casmurro",
            "Os Maias",
            "Memorial do Convento",
            "Capitães da Areia",
            "Gabriela, Cravo e Canela",
            "Iracema",
            "Mensagem",
        ],
        "team": ["Marítimo", "Nacional", "Braga", "Flamengo", "Paysandu", "Remo", "Vasco"],
        "piece": ["Stabat Mater", "Magnificat", "Carmina Burana", "Te Deum", "Gloria", "Requiem"],
        "exam": ["IELTS", "Cambridge C1", "DELE", "TOEFL", "First"],
        "flower": ["jarros", "ranúnculos", "bicos-de-papagaio", "crisântemos", "lírios Casablanca", "antúrios"],
        "cake": [
            "bolo-rei",
            "pão-de-ló",
            "bolo de mel",
            "bolo Floresta Negra",
            "pudim Abade de Priscos",
            "toucinho do céu",
        ],
    },
    "de": {
        "d": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        "m": ["Januar", "Februar", "April", "Juni", "August", "Oktober", "Dezember"],
        "feast": ["Martinsfest", "Nikolausfest", "Dreikönigsfest", "Erntedankfest", "Pfingstfest", "Osterfest"],
        "dish": [
            "Himmel un Ääd",
            "Kässpätzle",
            "Tiroler Gröstl",
            "Leipziger Allerlei",
            "Halve Hahn",
            "Sauerbraten",
            "Raclette",
        ],
        "title": [
            "Effi Briest",
            "Heidi",
            "Momo",
            "Die Buddenbrooks",
            "Emil und die Detektive",
            "Der Zauberberg",
            "Pippi Langstrumpf",
        ],
        "team": [
            "1. FC Köln",
            "Dynamo Dresden",
            "Wacker Innsbruck",
            "Erzgebirge Aue",
            "FC Sion",
            "Fortuna Köln",
            "Chemnitzer FC",
        ],
        "piece": [
            "Messias",
            "Stabat Mater",
            "Magnificat",
            "Gloria",
            "Te Deum",
            "Carmina Burana",
            "Weihnachtsoratorium",
        ],
        "exam": ["IELTS", "Cambridge C1 Advanced", "DELF B2", "TOEFL", "DELE"],
        "flower": [
            "Ranunkeln",
            "Pfingstrosen",
            "Christrosen",
            "Amaryllis",
            "Hortensien Annabelle",
            "Lilien Casa Blanca",
        ],
        "cake": [
            "Schwarzwälder Kirschtorte",
            "Donauwelle",
            "Dresdner Eierschecke",
            "Linzer Torte",
            "Malakofftorte",
            "Käsesahnetorte",
        ],
    },
}
PHONES = ["Pixel 9a", "Galaxy A55", "Fairphone 5", "iPhone 16e", "Redmi Note 14", "Nothing Phone (3a)"]
CARS = ["Renault Clio", "Peugeot 208", "Kia Picanto", "Opel Corsa", "Citroën C3", "Mazda 2", "Hyundai i20", "VW Golf"]
SHOWS = ["Matilda", "Heidi", "Pinocchio", "Mary Poppins", "Encanto", "Wicked", "Moana"]
# Brands each with what it is sold on, shared by every language.
BRANDS = {
    "ink": ["Eternal Ink", "World Famous", "Intenze", "Dynamic", "Kuro Sumi"],
    "cream": ["Bepanthen", "Hirudoid", "Nivea Creme", "Eucerin", "Bioderma Cicabio", "La Roche-Posay Cicaplast"],
    "pet": ["Royal Canin", "Hill's", "Purina Pro Plan", "Bravecto", "Seresto", "Frontline"],
    "eye": ["Oakley", "Persol", "Silhouette", "Varilux", "Zeiss", "Tom Ford"],
    "lock": ["Yale", "Abus", "Chubb", "Mul-T-Lock", "Cisa", "Evva"],
    "paper": ["Hahnemühle", "Canson", "Fabriano", "Arches", "Clairefontaine"],
    "bk": ["Cannondale", "Trek", "Orbea", "Bianchi", "Gazelle", "Cube", "Specialized"],
    "kit": ["Technogym", "Life Fitness", "Reebok", "Under Armour", "Puma", "Kappa"],
}

# No-PII shapes: the same businesses, no private person, no address.
CLEAN: dict[str, list[str]] = {
    "en": [
        "Do you use {ink} for the colour work or something else?",
        "Aftercare question: is {cream} ok or should I get the one you sell?",
        "Any slots left before {feast}? Happy to come in on a {d}",
        "Fully booked until {m}?? Gutted 😭",
        "Is {pet} on offer this month or only the small bags?",
        "The vet said to switch to {pet}, do you stock the Senior one?",
        "Flea treatment: {pet} or the collar, which lasts longer?",
        "Does the {exam} prep course start in {m} or after {feast}?",
        "Is the {exam} exam fee included or paid separately?",
        "Can we swap the {d} class for the Thursday evening one?",
        "Shed key is back on the hook, the water goes off in {m} as usual",
        "Seed swap on {feast} at the clubhouse, bring your spare {flower}",
        "Which paper for a watercolour, {paper} or the cheaper one?",
        "Could the frame be oak with {paper} behind it? It's a poster of {title}",
        "Is the {show} poster A2 or A3? I want it in the black frame",
        "Rehearsal for {piece} moved to {d}, same time, church hall",
        "Do we bring our own score for {piece} or are you handing them out?",
        "Concert on {feast}: black tops, {piece} in the first half, carols after",
        "Do you have {flower} in white for {feast}?",
        "A dozen {flower} with some eucalyptus, delivered {d} morning please",
        "Is {eye} covered by the voucher or only the house frames?",
        "My new {eye} lenses are a bit blurry on the left, is that normal?",
        "Do you have {cream} in the 100g tube? The small one ran out",
        "Is {cream} ok during pregnancy? Asking before I buy",
        "Is the {lock} cylinder the same size as the old one?",
        "Can you fit a {lock} on a uPVC back door, and how long does it take?",
        "500 A5 flyers for the {team} supporters' quiz night, glossy please",
        "Could the banner say 'Happy {feast}' in red and green, 2 metres?",
        "Taxi to the {team} match on {d}, six of us, do you have a people carrier?",
        "Is the airport run cheaper before {m}? Saw the winter prices",
        "Does the {bk} come in a Medium frame or only Large?",
        "Chain snapped on my {bk}, can you fit a new one today?",
        "Is the {bk} e-bike part of the Cycle to Work scheme?",
        "Do you have {title} in paperback or only hardback?",
        "Book club wants 8 copies of {title} by {m}, doable?",
        "Is the signed edition of {title} still on pre-order?",
        "Any deals on the {team} away trip in {m}? Coach and hotel",
        "Is the city break over {feast} still available?",
        "Viewing the two-bed on {d}, is there parking for a {car}?",
        "Is the flat still free in {m}? We'd need room for a {car} and two bikes",
        "Can you take in the {kit} joggers? Bought them a size up",
        "Hemming school trousers before {m}, how long is the wait?",
        "Does the headstone price include gold lettering or only black?",
        "Is the {kit} treadmill fixed yet? It's been out since {d}",
        "Do members get a discount on {kit} at the front desk?",
        "Service wash for a King Size duvet, can I drop it off {d} before 9?",
        "Cake for {feast}: {cake}, serves 12, could we collect at 10?",
        "Is the {cake} gluten-free or can you make one that is?",
        "Do you do {dish} for a party of 20? Small portions",
        "Could the hedge be done before {m}? The {flower} bed needs clearing too",
        "Wardrobe doors in oak or white gloss? Saw one like it in {show} 😂",
        "Cracked the screen on my {ph} at the studio, know a repair place?",
        "Thank you so much, see you on {d}! 🙏",
        "Merry Christmas and a Happy New Year to all the team 🎄",
        "Received, thanks. Happy {feast}!",
        "Paid by card, reference is the {m} invoice",
    ],
    "fr": [
        "Vous utilisez de l'{ink} pour la couleur ou autre chose ?",
        "Question soins : la {cream} ça va ou je prends celle que vous vendez ?",
        "Il reste des créneaux avant {feast} ? Je peux venir un {d}",
        "Complet jusqu'en {m} ?? Trop dégoûtée 😭",
        "Le {pet} est en promo ce mois-ci ou seulement les petits sacs ?",
        "La véto m'a dit de passer au {pet}, vous avez la gamme Senior ?",
        "Antipuces : {pet} ou le collier, lequel tient le plus longtemps ?",
        "La prépa {exam} commence en {m} ou après {feast} ?",
        "Les frais d'inscription au {exam} sont compris ou à part ?",
        "On peut échanger le cours du {d} contre celui du jeudi soir ?",
        "La clé de l'abri est raccrochée, l'eau sera coupée en {m} comme chaque année",
        "Troc de graines à {feast} au local, apportez vos {flower} en trop",
        "Quel papier pour une aquarelle, du {paper} ou le moins cher ?",
        "Le cadre pourrait être en chêne avec du {paper} derrière ? C'est une affiche de {title}",
        "L'affiche {show} est en A2 ou en A3 ? Je la veux avec le cadre noir",
        "Répétition du {piece} déplacée au {d}, même heure, salle paroissiale",
        "On amène notre partition du {piece} ou vous les distribuez ?",
        "Concert de {feast} : haut noir, {piece} en première partie, chants de Noël ensuite",
        "Vous avez des {flower} en blanc pour {feast} ?",
        "Une douzaine de {flower} avec de l'eucalyptus, livraison {d} matin svp",
        "Les {eye} sont pris en charge avec le bon ou seulement les montures maison ?",
        "Mes nouveaux verres {eye} sont un peu flous à gauche, c'est normal ?",
        "Vous avez la {cream} en tube de 100 g ? Le petit est fini",
        "La {cream} c'est ok pendant la grossesse ? Je demande avant d'acheter",
        "Le cylindre {lock} fait la même taille que l'ancien ?",
        "Vous posez une serrure {lock} sur une porte PVC, et ça prend combien de temps ?",
        "500 flyers A5 pour la soirée quiz des supporters de {team}, en brillant svp",
        "La banderole pourrait dire « Vive {feast} » en rouge et vert, 2 mètres ?",
        "Taxi pour le match de {team} {d}, on est six, vous avez un monospace ?",
        "La navette aéroport est moins chère avant {m} ? J'ai vu les tarifs d'hiver",
        "Le {bk} existe en taille M ou seulement en L ?",
        "La chaîne de mon {bk} a cassé, vous pouvez en mettre une neuve aujourd'hui ?",
        "Le VAE {bk} rentre dans le forfait mobilités durables ?",
        "Vous avez {title} en poche ou seulement en grand format ?",
        "Le club de lecture veut 8 exemplaires de {title} pour {m}, c'est faisable ?",
        "L'édition dédicacée de {title} est toujours en précommande ?",
        "Des offres pour le déplacement de {team} en {m} ? Car et hôtel",
        "Le week-end en ville pour {feast} est toujours dispo ?",
        "Visite du T3 {d}, il y a une place pour une {car} ?",
        "L'appart est encore libre en {m} ? Il nous faut de la place pour une {car} et deux vélos",
        "Vous pouvez reprendre le jogging {kit} ? Je l'ai pris une taille au-dessus",
        "Ourlets des pantalons d'école avant {m}, il y a combien d'attente ?",
        "Le prix de la stèle comprend la gravure dorée ou seulement noire ?",
        "Le tapis de course {kit} est réparé ? Il est en panne depuis {d}",
        "Les adhérents ont une remise sur {kit} à l'accueil ?",
        "Lavage d'une couette King Size, je peux la déposer {d} avant 9h ?",
        "Gâteau pour {feast} : un {cake} pour 12, on peut le récupérer à 10h ?",
        "Le {cake} est sans gluten ou vous pouvez en faire un ?",
        "Vous faites du {dish} pour un groupe de 20 ? Petites portions",
        "La haie pourrait être taillée avant {m} ? Le massif de {flower} est à nettoyer aussi",
        "Portes du dressing en chêne ou laquées blanc ? J'en ai vu une comme ça dans {show} 😂",
        "J'ai fissuré l'écran de mon {ph} au studio, vous connaissez un réparateur ?",
        "Merci beaucoup, à {d} ! 🙏",
        "Joyeux Noël et Bonne Année à toute l'équipe 🎄",
        "Bien reçu, merci, et bonne fête de {feast} !",
        "Payé par carte, référence facture de {m}",
    ],
    "it": [
        "Per il colore usate {ink} o altro?",
        "Domanda sulla cura: va bene la {cream} o prendo quella che vendete voi?",
        "Ci sono ancora posti prima di {feast}? Posso venire di {d}",
        "Tutto pieno fino a {m}?? Che peccato 😭",
        "Il {pet} è in offerta questo mese o solo i sacchi piccoli?",
        "La veterinaria mi ha detto di passare al {pet}, avete la linea Senior?",
        "Antipulci: {pet} o il collare, quale dura di più?",
        "Il corso di preparazione {exam} parte a {m} o dopo {feast}?",
        "La tassa d'esame {exam} è compresa o si paga a parte?",
        "Possiamo spostare la lezione del {d} a quella del giovedì sera?",
        "La chiave del capanno è di nuovo al suo gancio, l'acqua la chiudono a {m} come sempre",
        "Scambio di semi a {feast} in sede, portate le {flower} che vi avanzano",
        "Che carta per un acquerello, {paper} o quella più economica?",
        "La cornice si può fare in rovere con {paper} dietro? È un poster di {title}",
        "Il poster di {show} è A2 o A3? Lo vorrei con la cornice nera",
        "Prova del {piece} spostata a {d}, stessa ora, sala parrocchiale",
        "Lo spartito del {piece} lo portiamo noi o li distribuite voi?",
        "Concerto di {feast}: maglia nera, {piece} nel primo tempo, poi canti natalizi",
        "Avete le {flower} bianche per {feast}?",
        "Una dozzina di {flower} con un po' di eucalipto, consegna {d} mattina per favore",
        "Gli {eye} rientrano nel buono o solo le montature della casa?",
        "Le lenti nuove {eye} sono un po' sfocate a sinistra, è normale?",
        "Avete la {cream} nel tubo da 100 g? Quello piccolo è finito",
        "La {cream} si può usare in gravidanza? Chiedo prima di comprarla",
        "Il cilindro {lock} è della stessa misura di quello vecchio?",
        "Montate una serratura {lock} su una porta in PVC? Quanto ci vuole?",
        "500 volantini A5 per la serata quiz dei tifosi ({team}), lucidi per favore",
        "Lo striscione può dire 'Buon {feast}' in rosso e verde, 2 metri?",
        "Taxi per lo stadio {d}, gioca {team}, siamo in sei, avete un monovolume?",
        "Il transfer per l'aeroporto costa meno prima di {m}? Ho visto le tariffe invernali",
        "La {bk} c'è in taglia M o solo L?",
        "Si è rotta la catena della mia {bk}, me la cambiate oggi?",
        "La e-bike {bk} rientra nel bonus mobilità?",
        "Avete {title} in edizione tascabile o solo rilegato?",
        "Il gruppo di lettura vuole 8 copie di {title} entro {m}, si riesce?",
        "L'edizione autografata di {title} è ancora in preordine?",
        "Offerte per la trasferta di {m}? Tifosi {team}, pullman e hotel",
        "Il weekend in città per {feast} è ancora disponibile?",
        "Visita al bilocale {d}, c'è posto per una {car}?",
        "L'appartamento è libero a {m}? Ci serve spazio per una {car} e due bici",
        "Potete stringere i pantaloni {kit}? Li ho presi una taglia in più",
        "Orli dei pantaloni della scuola prima di {m}, quanto c'è da aspettare?",
        "Il prezzo della lapide comprende le lettere dorate o solo nere?",
        "Il tapis roulant {kit} è stato riparato? È fuori uso da {d}",
        "I soci hanno lo sconto su {kit} alla reception?",
        "Lavaggio di un piumone King Size, posso lasciarlo {d} prima delle 9?",
        "Torta per {feast}: una {cake} per 12, si può ritirare alle 10?",
        "La {cake} è senza glutine o potete farne una?",
        "Fate {dish} per un gruppo di 20? Porzioni piccole",
        "La siepe si può fare prima di {m}? Anche l'aiuola di {flower} è da pulire",
        "Ante dell'armadio in rovere o laccate bianche? Ne ho vista una così in {show} 😂",
        "Ho crepato lo schermo del mio {ph} in studio, conoscete qualcuno che lo ripara?",
        "Grazie mille, ci vediamo {d}! 🙏",
        "Buon Natale e Felice Anno Nuovo a tutto lo staff 🎄",
        "Ricevuto, grazie. Buon {feast}!",
        "Pagato con carta, riferimento fattura di {m}",
    ],
    "es": [
        "¿Para el color usáis {ink} o alguna otra?",
        "Pregunta de cuidados: ¿vale la {cream} o me compro la que vendéis vosotros?",
        "¿Quedan huecos antes de {feast}? Puedo ir un {d}",
        "¿¿Todo lleno hasta {m}?? Qué rabia 😭",
        "¿El {pet} está de oferta este mes o solo los sacos pequeños?",
        "La veterinaria me dijo que cambiara a {pet}, ¿tenéis la gama Senior?",
        "Antiparasitario: ¿{pet} o el collar, cuál dura más?",
        "¿La preparación del {exam} empieza en {m} o después de {feast}?",
        "¿La tasa del examen {exam} está incluida o se paga aparte?",
        "¿Podemos cambiar la clase del {d} por la del jueves por la tarde?",
        "La llave de la caseta está otra vez en su gancho, el agua la cortan en {m} como siempre",
        "Intercambio de semillas por {feast} en el local, traed las {flower} que os sobren",
        "¿Qué papel para una acuarela, {paper} o el más barato?",
        "¿El marco puede ser de roble con {paper} detrás? Es un cartel de {title}",
        "¿El póster de {show} es A2 o A3? Lo quiero con el marco negro",
        "El ensayo de {piece} pasa al {d}, misma hora, salón parroquial",
        "¿Llevamos nuestra partitura de {piece} o las repartís vosotros?",
        "Concierto de {feast}: camiseta negra, {piece} en la primera parte y villancicos después",
        "¿Tenéis {flower} en blanco para {feast}?",
        "Una docena de {flower} con eucalipto, entrega el {d} por la mañana por favor",
        "¿Las {eye} entran con el vale o solo las monturas de la casa?",
        "Los cristales nuevos {eye} se ven un poco borrosos del izquierdo, ¿es normal?",
        "¿Tenéis la {cream} en tubo de 100 g? La pequeña se me acabó",
        "¿La {cream} se puede usar en el embarazo? Pregunto antes de comprarla",
        "¿El bombín {lock} es de la misma medida que el viejo?",
        "¿Ponéis una cerradura {lock} en una puerta de PVC? ¿Cuánto se tarda?",
        "500 flyers A5 para la noche de trivial de la peña del {team}, en brillo por favor",
        "¿La pancarta puede decir 'Feliz {feast}' en rojo y verde, 2 metros?",
        "Taxi al partido del {team} el {d}, somos seis, ¿tenéis monovolumen?",
        "¿El traslado al aeropuerto sale más barato antes de {m}? Vi las tarifas de invierno",
        "¿La {bk} viene en talla M o solo en L?",
        "Se me ha roto la cadena de la {bk}, ¿me ponéis una nueva hoy?",
        "¿La eléctrica {bk} entra en las ayudas de movilidad?",
        "¿Tenéis {title} en bolsillo o solo en tapa dura?",
        "El club de lectura quiere 8 ejemplares de {title} para {m}, ¿se puede?",
        "¿La edición firmada de {title} sigue en preventa?",
        "¿Alguna oferta para el desplazamiento del {team} en {m}? Autobús y hotel",
        "¿La escapada de {feast} sigue disponible?",
        "Visita al piso de dos habitaciones el {d}, ¿hay plaza para un {car}?",
        "¿El piso está libre en {m}? Necesitamos sitio para un {car} y dos bicis",
        "¿Me podéis meter el chándal {kit}? Lo cogí una talla más",
        "Bajos de los pantalones del uniforme antes de {m}, ¿cuánta espera hay?",
        "¿El precio de la lápida incluye letras doradas o solo negras?",
        "¿Está arreglada la cinta {kit}? Lleva rota desde el {d}",
        "¿Los socios tenemos descuento en {kit} en recepción?",
        "Lavado de un edredón King Size, ¿lo puedo dejar el {d} antes de las 9?",
        "Tarta para {feast}: un {cake} para 12, ¿la podemos recoger a las 10?",
        "¿Ese {cake} es sin gluten o podéis hacer uno?",
        "¿Hacéis {dish} para un grupo de 20? Raciones pequeñas",
        "¿El seto se puede podar antes de {m}? El parterre de {flower} también hay que limpiarlo",
        "¿Puertas del armario en roble o lacadas en blanco? Vi una así en {show} 😂",
        "Se me rajó la pantalla del {ph} en el estudio, ¿conocéis dónde lo arreglen?",
        "¡Muchísimas gracias, nos vemos el {d}! 🙏",
        "Feliz Navidad y Próspero Año Nuevo a todo el equipo 🎄",
        "Recibido, gracias. ¡Feliz {feast}!",
        "Pagado con tarjeta, referencia la factura de {m}",
    ],
    "pt": [
        "Para a cor vocês usam {ink} ou outra marca?",
        "Pergunta de cuidados: a {cream} serve ou compro a que vocês vendem?",
        "Ainda há vagas antes de {feast}? Posso ir numa {d}",
        "Tudo cheio até {m}?? Que pena 😭",
        "A {pet} está em promoção este mês ou só os sacos pequenos?",
        "A veterinária disse para trocar para {pet}, têm a linha Senior?",
        "Antipulgas: {pet} ou a coleira, qual dura mais?",
        "A preparação para o {exam} começa em {m} ou depois de {feast}?",
        "A taxa do exame {exam} está incluída ou paga-se à parte?",
        "Dá para trocar a aula de {d} pela de quinta à noite?",
        "A chave do barracão já está no prego, a água é cortada em {m} como sempre",
        "Troca de sementes no {feast} na sede, tragam os {flower} que sobrarem",
        "Que papel para aguarela, {paper} ou o mais barato?",
        "A moldura pode ser em carvalho com {paper} atrás? É um cartaz de {title}",
        "O poster de {show} é A2 ou A3? Quero com a moldura preta",
        "Ensaio de {piece} passou para {d}, mesma hora, salão paroquial",
        "Levamos a nossa partitura de {piece} ou vocês distribuem?",
        "Concerto do {feast}: camisola preta, {piece} na primeira parte, depois cânticos de Natal",
        "Têm {flower} brancos para o {feast}?",
        "Uma dúzia de {flower} com eucalipto, entrega {d} de manhã por favor",
        "Os {eye} entram no vale ou só as armações da casa?",
        "As lentes novas {eye} estão um pouco desfocadas do lado esquerdo, é normal?",
        "Têm a {cream} em bisnaga de 100 g? A pequena acabou",
        "A {cream} pode ser usada na gravidez? Pergunto antes de comprar",
        "O canhão {lock} é do mesmo tamanho do antigo?",
        "Montam uma fechadura {lock} numa porta de PVC? Quanto tempo leva?",
        "500 flyers A5 para a noite de quiz da claque do {team}, brilhantes por favor",
        "A faixa pode dizer 'Bom {feast}' a vermelho e verde, 2 metros?",
        "Táxi para o jogo do {team} {d}, somos seis, têm carrinha?",
        "O transfer para o aeroporto fica mais barato antes de {m}? Vi os preços de inverno",
        "A {bk} tem tamanho M ou só L?",
        "Partiu a corrente da minha {bk}, conseguem pôr uma nova hoje?",
        "A elétrica {bk} entra no apoio à mobilidade suave?",
        "Têm {title} em edição de bolso ou só capa dura?",
        "O clube de leitura quer 8 exemplares de {title} até {m}, dá?",
        "A edição autografada de {title} ainda está em pré-venda?",
        "Alguma promoção para a deslocação do {team} em {m}? Autocarro e hotel",
        "O fim de semana na cidade no {feast} ainda está disponível?",
        "Visita ao T2 na {d}, há lugar para um {car}?",
        "O apartamento fica livre em {m}? Precisamos de espaço para um {car} e duas bicicletas",
        "Conseguem apertar o fato de treino {kit}? Comprei um número acima",
        "Bainhas das calças da farda antes de {m}, quanto tempo de espera?",
        "O preço da lápide inclui letras douradas ou só pretas?",
        "A passadeira {kit} já foi arranjada? Está avariada desde {d}",
        "Os sócios têm desconto em {kit} na receção?",
        "Lavagem de um edredão King Size, posso deixar na {d} antes das 9?",
        "Bolo para o {feast}: um {cake} para 12, dá para levantar às 10?",
        "Esse {cake} é sem glúten ou conseguem fazer um?",
        "Fazem {dish} para um grupo de 20? Doses pequenas",
        "A sebe pode ser aparada antes de {m}? O canteiro de {flower} também precisa de limpeza",
        "Portas do roupeiro em carvalho ou lacadas a branco? Vi um assim em {show} 😂",
        "Rachei o ecrã do meu {ph} no estúdio, conhecem quem arranje?",
        "Muito obrigada, até {d}! 🙏",
        "Feliz Natal e um Próspero Ano Novo para toda a equipa 🎄",
        "Recebido, obrigado. Bom {feast}!",
        "Pago com cartão, referência fatura de {m}",
    ],
    "de": [
        "Nehmt ihr für die Farbe {ink} oder was anderes?",
        "Frage zur Pflege: geht {cream} oder soll ich lieber die von euch nehmen?",
        "Gibt's noch Termine vor dem {feast}? Ich könnte an einem {d}",
        "Ausgebucht bis {m}?? Schade 😭",
        "Ist {pet} diesen Monat im Angebot oder nur die kleinen Säcke?",
        "Die Tierärztin meinte, ich soll auf {pet} umstellen, habt ihr die Senior-Sorte?",
        "Flohschutz: {pet} oder das Halsband, was hält länger?",
        "Fängt der Vorbereitungskurs für {exam} im {m} an oder erst nach dem {feast}?",
        "Ist die Prüfungsgebühr für {exam} drin oder extra?",
        "Können wir den Kurs am {d} gegen den am Donnerstagabend tauschen?",
        "Der Schlüssel für die Laube hängt wieder am Haken, das Wasser wird wie immer im {m} abgestellt",
        "Saatguttausch am {feast} im Vereinsheim, bringt eure übrigen {flower} mit",
        "Welches Papier für Aquarell, {paper} oder das günstigere?",
        "Geht der Rahmen in Eiche mit {paper} dahinter? Ist ein Plakat von {title}",
        "Ist das {show}-Poster A2 oder A3? Ich will es im schwarzen Rahmen",
        "Probe für {piece} auf {d} verschoben, gleiche Zeit, Gemeindesaal",
        "Bringen wir unsere eigenen Noten für {piece} mit oder teilt ihr sie aus?",
        "Konzert am {feast}: schwarze Oberteile, {piece} im ersten Teil, danach Weihnachtslieder",
        "Habt ihr {flower} in Weiß fürs {feast}?",
        "Ein Dutzend {flower} mit etwas Eukalyptus, Lieferung {d} früh bitte",
        "Ist {eye} im Gutschein drin oder nur die Hausmarke?",
        "Die neuen {eye}-Gläser sind links etwas verschwommen, ist das normal?",
        "Habt ihr {cream} in der 100-g-Tube? Die kleine ist leer",
        "Darf man {cream} in der Schwangerschaft nehmen? Frag lieber vorher",
        "Ist der {lock}-Zylinder gleich groß wie der alte?",
        "Baut ihr ein {lock}-Schloss in eine Kunststofftür ein, und wie lange dauert das?",
        "500 Flyer A5 für den Quizabend vom Fanclub {team}, glänzend bitte",
        "Kann auf dem Banner „Frohes {feast}“ in Rot und Grün stehen, 2 Meter?",
        "Taxi zum Spiel von {team} am {d}, wir sind zu sechst, habt ihr einen Van?",
        "Ist der Flughafentransfer vor dem {m} günstiger? Hab die Winterpreise gesehen",
        "Gibt's das {bk} in Rahmengröße M oder nur L?",
        "Kette am {bk} gerissen, könnt ihr heute eine neue draufmachen?",
        "Läuft das {bk} E-Bike übers Dienstrad-Leasing?",
        "Habt ihr {title} als Taschenbuch oder nur gebunden?",
        "Der Lesekreis will 8 Exemplare von {title} bis {m}, geht das?",
        "Ist die signierte Ausgabe von {title} noch vorbestellbar?",
        "Gibt's Angebote für die Auswärtsfahrt von {team} im {m}? Bus und Hotel",
        "Ist der Städtetrip übers {feast} noch frei?",
        "Besichtigung der Zweizimmerwohnung am {d}, gibt's einen Stellplatz für einen {car}?",
        "Ist die Wohnung im {m} noch frei? Wir bräuchten Platz für einen {car} und zwei Räder",
        "Könnt ihr die {kit}-Jogginghose enger machen? Hab sie eine Nummer größer gekauft",
        "Schulhosen kürzen vor dem {m}, wie lange ist die Wartezeit?",
        "Ist beim Grabstein die Schrift in Gold drin oder nur in Schwarz?",
        "Ist das {kit}-Laufband wieder heil? Ist seit {d} kaputt",
        "Kriegen Mitglieder am Empfang Rabatt auf {kit}?",
        "Bettdecke in King Size waschen, kann ich sie am {d} vor 9 abgeben?",
        "Torte für {feast}: eine {cake} für 12, können wir die um 10 abholen?",
        "Ist die {cake} glutenfrei oder könnt ihr eine machen?",
        "Macht ihr {dish} für eine Gruppe von 20? Kleine Portionen",
        "Geht die Hecke noch vor dem {m}? Das Beet mit den {flower} muss auch gemacht werden",
        "Schranktüren in Eiche oder weiß Hochglanz? Hab so einen in {show} gesehen 😂",
        "Display vom {ph} im Studio zerbrochen, kennt ihr eine Werkstatt?",
        "Vielen lieben Dank, bis {d}! 🙏",
        "Frohe Weihnachten und einen guten Rutsch an das ganze Team 🎄",
        "Ist angekommen, danke. Schönes {feast}!",
        "Per Karte bezahlt, Verwendungszweck Rechnung {m}",
    ],
}  # fmt: skip


def _bare(text: str) -> str:
    """A name as typed on a phone that drops accents ("Hodzic", "Kevorkian", "Nobrega")."""
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
        return f"{last.upper() if rng.random() < 0.5 else last} {given}"  # "KINVIG Orry" as on a form
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
        names_heldout15,
    )

    modules = (names_heldout, names_heldout2, names_heldout3, names_heldout4, names_heldout5, names_heldout6,
               names_heldout7, names_heldout8, names_heldout9, names_heldout10, names_heldout11,
               names_heldout12, names_heldout13, names_heldout14, names_heldout15)  # fmt: skip
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
