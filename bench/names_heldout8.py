"""An eighth held-out set for person names and no-PII commerce chat, frozen before its first run.

Why an eighth set: the seventh (`bench.names_heldout7`) has been run and its shapes described to
the people tuning the rules, so final figures need a set that neither the rules nor those people
have seen. This one was written on 2026-12-06 by an independent author (a helper session started
for this alone) who had not read Veil's rule code (`recognizers/`, `proxy/detection/`), its data
files (`recognizers/data/`), the tune sets (`bench/*tune*.py`), any held-out or retired set's
messages or name lists, any miss list, `/tmp/agg/`, nor the rule sections of `docs/detection.md`
and `docs/detection-rounds.md`, and who never ran Veil on it. Read were: `bench.names_heldout7`'s
docstring and interface (`load()`, `FINGERPRINT`, `build()`, `_fill`, `freeze_cli`, `main`), one
line of its data file for the format, `bench.names_heldout` (`Example`, `_fill`, `load`,
`freeze_cli`, `dumps`), `tests/bench/test_names_heldout_sets.py`, and the `SETS` dict and `--set`
help of `bench.names`. `build()` compares this set's names with every earlier held-out set's
(`heldout` to `heldout7`) only by program, to leave out any given name and surname pair one of
them has; their messages and names were never printed or read:

- names are typed here from knowledge of each country's naming, in groups by origin the earlier
  docstrings do not list, a given name going with a surname of its own origin (Scottish, Welsh,
  Ghanaian, Sri Lankan, Jamaican, Somali, Australian in en; Breton, Alsatian, Corsican, Haitian,
  Comorian, Lebanese, Senegalese in fr; Sardinian, Sicilian, Friulian, Sri Lankan Tamil, Korean,
  Chinese-Italian, Eritrean in it; Galician, Andalusian, Mexican, Colombian, Argentinian,
  Dominican, Chinese-Spanish in es; Mozambican, Angolan, Azorean, Japanese-Brazilian,
  Lebanese-Brazilian, Minas Gerais in pt; Austrian, Swiss, Kurdish, Croatian, Vietnamese-German,
  Frisian in de); each group has short forms used with a surname ("Kobby", "Dumè", "Turi",
  "Chuy", "Tião", "Ferdl"), and adopted names used with a surname ("Marco Zhou", "Tommy Nguyen");
  names come as given name and surname, given name alone, surname alone, surname first as on a
  form ("LE GOFF Maëlle", "Piras Gavina"), with an initial, with two surnames, with accents dropped, in lower
  case and in capitals;
- 53 to 55 message shapes a language, each written on its own as a customer types to a shop on
  WhatsApp (typos, missing stops, abbreviations, emoji, voice-to-text run-ons, mixed case), 3 to
  63 words, names at the start, in the middle and at the end: changing the name on an order, a
  gift card's message ("per Giulia da parte di zia Nella"), a review naming a member of staff, an
  appointment booked for someone else, a pharmacy pickup for a parent, a child's name on a
  personalised product, a name brought into the chat without "@", "c/o" and "for the attention
  of", a reply quoting an earlier message with its sender's name, several people in one message,
  names next to order numbers, dates and prices, a name corrected after a typo, a voice message
  transcribed, a carer writing for an account holder, a parcel locker code sent to someone else, a
  tip for the fitter, a baby-shower list, a colouring contest won, hen-party sashes, a ring
  resized for a fiancée, names for Christmas baubles, a maiden name and a married name, a refund
  paid to someone else, a shirt printed with a surname (es, pt, de), a long run-on about a
  mother-in-law's order; about 8 % of messages wholly in lower case and about 3 % wholly in
  capitals; 315 or 316 gold names a language;
- 155 no-PII commerce messages a language from 43 shapes, written the same way: products
  and models, brands, shops named after streets, branches in towns, origins of goods, weekdays,
  months, holidays, sizes, colours, food and drink, football teams, bands' merchandise, phones.
  No private person is in them, and no customer's home address.

Gold spans are offsets computed by `_fill` while the text is built, never typed by hand; a
title, a kinship word or an article before a name stays outside its span.
`python -m bench.names_heldout8 --write` wrote the file once; it was committed and landed on
main before Veil ran on it. `load()` refuses `bench/data/names_heldout8.jsonl` when its
SHA-256 differs from `FINGERPRINT`. Nothing is tuned on it; it is run to report figures, and
its individual misses are not printed or read.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

from bench.names_heldout import Example, freeze_cli
from bench.names_heldout import load as _load

PATH = Path(__file__).resolve().parent / "data" / "names_heldout8.jsonl"
FINGERPRINT = "f43d555d1876f3ba"
SEED = 20261206_8
NAMES_PER_LANGUAGE = 315
CLEAN_PER_LANGUAGE = 155
LOWER_SHARE = 0.06
CAPS_SHARE = 0.025

# fmt: off
# Per language, groups of people by origin: (women's given names, men's given names, surnames,
# short or adopted forms used with a surname). A slot is {kind} or {kind:f} / {kind:m} where the
# message says who the person is. {full} is a given name and a surname; {first} a given name;
# {last} a surname; {rev} a surname then a given name, as on a form; {dbl} a given name and two
# surnames (es, pt: side by side; the others hyphenated); {nick} a short form and a surname;
# {init} an initial and a surname; {bare} a full name with its accents dropped; {low} a full name
# in lower case; {caps} one in capitals.
Group = tuple[list[str], list[str], list[str], list[str]]
PEOPLE: dict[str, list[Group]] = {
    "en": [
        (["Catriona", "Morag", "Eilidh", "Iona", "Kirsteen", "Isla"],
         ["Hamish", "Callum", "Lachlan", "Ruaridh", "Euan", "Alasdair"],
         ["MacLeod", "Urquhart", "Buchanan", "MacKenzie", "Drummond", "Lamont", "McIntyre", "Sinclair"],
         ["Cat", "Ali", "Ruari", "Eck"]),
        (["Angharad", "Ffion", "Rhiannon", "Carys", "Bethan", "Eleri"],
         ["Dafydd", "Rhys", "Gethin", "Iwan", "Aled", "Emyr"],
         ["Pritchard", "Llewellyn", "Prosser", "Bowen", "Vaughan", "ap Gwilym", "Parry", "Probert"],
         ["Daf", "Geth", "Ang", "Bethy"]),
        (["Akosua", "Abena", "Efua", "Adwoa", "Ama", "Yaa"],
         ["Kwame", "Kofi", "Kwabena", "Yaw", "Kwaku", "Kojo"],
         ["Mensah", "Asante", "Boateng", "Owusu", "Appiah", "Agyeman", "Ofori", "Acheampong"],
         ["Kobby", "Nana", "Kwabs", "Abby"]),
        (["Dilrukshi", "Nadeeka", "Tharushi", "Kavitha", "Thilini"],
         ["Chaminda", "Dinesh", "Nuwan", "Tharindu", "Sivakumar", "Kasun"],
         ["Perera", "Fernando", "Jayasuriya", "Wickramasinghe", "Gunawardena", "Rajapaksha", "Senanayake",
          "Balasingham"],
         ["Chami", "Nuwa", "Kavi", "Dilu"]),
        (["Shanice", "Tamika", "Keisha", "Nadine", "Sashalee", "Latoya"],
         ["Delroy", "Errol", "Leroy", "Fitzroy", "Kemoy", "Alton"],
         ["Brissett", "Wellington", "Facey", "Gayle", "Ebanks", "Barrett", "Grant", "Reid"],
         ["Roy", "Kish", "Dell", "Tami"]),
        (["Hodan", "Ayaan", "Sahra", "Faduma", "Ifrah", "Hibaq"],
         ["Abdirahman", "Abdullahi", "Liban", "Mukhtar", "Guled", "Abdiwali"],
         ["Warsame", "Farah", "Jama", "Egal", "Dahir", "Yusuf", "Hirsi", "Nur"],
         ["Mo", "Abdi", "Sahro"]),
        (["Kylie", "Narelle", "Tegan", "Bronwyn", "Jacinta", "Shannon"],
         ["Shane", "Brett", "Darren", "Jarrod", "Mitchell", "Clayton"],
         ["Treloar", "Blackwood", "Cartwright", "Fitzsimons", "O'Loughlin", "McGuinness", "Pendlebury", "Kelleher"],
         ["Bazza", "Shazza", "Jacko", "Mitch", "Tegs"]),
    ],
    "fr": [
        (["Maëlle", "Gwenaëlle", "Nolwenn", "Morgane", "Soizic", "Annaïg"],
         ["Yannick", "Loïc", "Gwendal", "Erwan", "Tanguy", "Ronan"],
         ["Le Goff", "Le Gall", "Kerbrat", "Le Bihan", "Guéguen", "Quéméner", "Le Floch", "Kervella"],
         ["Gwen", "Nono", "Yann"]),
        (["Odile", "Christiane", "Mathilde", "Liliane", "Marie-Odile"],
         ["Joseph", "Hubert", "Xavier", "Rémy", "Florian", "Albert"],
         ["Schaeffer", "Wurtz", "Haeberlé", "Schwoerer", "Kieffer", "Riehl", "Hirtz", "Zimmermann"],
         ["Seppi", "Bébert", "Flo"]),
        (["Letizia", "Ghjulia", "Marie-Dominique", "Paola", "Anghjula"],
         ["Petru", "Paulu", "Lisandru", "Ange-Marie", "Dumenicu", "Ghjuvan Santu"],
         ["Santoni", "Mattei", "Albertini", "Paoli", "Luciani", "Filippi", "Leca", "Ristori"],
         ["Dumè", "Jean-Do", "Marie-Do"]),
        (["Mirlande", "Guerline", "Nadège", "Rose-Berthe", "Marie-Carmel", "Fabienne"],
         ["Jean-Robert", "Wisly", "Fritzner", "Wilner", "Frantz", "Evens"],
         ["Dorsainvil", "Exantus", "Saint-Fleur", "Mésidor", "Fleurimond", "Pierre-Louis", "Célestin", "Beauvoir"],
         ["Frantzy", "Mimi", "Ti-Jean"]),
        (["Zaïnaba", "Anfiati", "Faïza", "Echati", "Hadidja", "Moinahalima"],
         ["Saïd", "Chamsidine", "Houmadi", "Madi", "Nassur", "Ansuf"],
         ["Msa", "Mchangama", "Toihir", "Boinali", "Djoumoi", "Youssouf", "Abdallah", "Soilihi"],
         ["Zaza", "Chams", "Fifi"]),
        (["Rania", "Nour", "Joumana", "Rima", "Hala", "Mireille"],
         ["Élie", "Karim", "Ziad", "Fadi", "Walid", "Georges"],
         ["Khoury", "Haddad", "Nassar", "Abi Saab", "El Hage", "Karam", "Sfeir", "Frem"],
         ["Jojo", "Nounou", "Dédé"]),
        (["Awa", "Ndèye", "Khady", "Coumba", "Aïssatou", "Mame Diarra"],
         ["Ousmane", "Cheikh", "Abdoulaye", "Moustapha", "Babacar", "Pape"],
         ["Ndiaye", "Diop", "Fall", "Sow", "Gueye", "Mbaye", "Faye", "Sarr"],
         ["Tapha", "Laye", "Baye"]),
    ],
    "it": [
        (["Bonaria", "Efisia", "Gavina", "Ignazia", "Annedda", "Giannina"],
         ["Efisio", "Gavino", "Antioco", "Bachisio", "Giommaria", "Ignazio"],
         ["Piras", "Porcu", "Murgia", "Deiana", "Usai", "Melis", "Cossu", "Atzeni", "Mureddu", "Ledda"],
         ["Tore", "Peppino", "Bachis"]),
        (["Carmela", "Concetta", "Rosalia", "Agata", "Santina", "Nunziata"],
         ["Calogero", "Carmelo", "Gaetano", "Rosario", "Salvatore", "Santo"],
         ["Lo Presti", "La Rosa", "Scalia", "Cusumano", "Lo Bianco", "Di Stefano", "Giambanco", "Scaduto"],
         ["Turi", "Melo", "Lillo", "Tanino", "Cettina"]),
        (["Nives", "Oriana", "Elda", "Tiziana", "Gemma"],
         ["Ermes", "Dino", "Renzo", "Gelindo", "Ugo", "Elvio"],
         ["Zanier", "Candotti", "Cragnolini", "Tomat", "Pividori", "Feruglio", "Bertossi", "De Cillia"],
         ["Tita", "Gigi", "Nini"]),
        (["Thusyanthy", "Vithya", "Sharmila", "Nirosha", "Jeyanthi"],
         ["Sivaraj", "Tharmalingam", "Kajan", "Thusyanthan", "Niroshan", "Suthakar"],
         ["Sivakumar", "Thevarajah", "Kanagaratnam", "Balachandran", "Selvarajah", "Arulampalam", "Ponnusamy"],
         ["Siva", "Thusi", "Niro"]),
        (["Ji-yeon", "Seo-yeon", "Min-ji", "Hye-jin", "Eun-ji"],
         ["Min-ho", "Jae-won", "Seung-hyun", "Dong-hyun", "Ji-hoon"],
         ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon", "Lim"],
         ["Minnie", "Jay", "Sunny"]),
        (["Xiaoyan", "Meiling", "Jingjing", "Li Na", "Yuqing"],
         ["Weiming", "Jianguo", "Hao", "Zhiwei", "Jiahui"],
         ["Hu", "Zhou", "Chen", "Wang", "Ye", "Zheng", "Lin", "Pan"],
         ["Marco", "Lucia", "Michele", "Sara"]),
        (["Senait", "Mebrat", "Tsega", "Rahel", "Saba", "Luwam"],
         ["Yonas", "Tesfay", "Mehari", "Robel", "Filmon", "Dawit"],
         ["Tesfamariam", "Ghebremedhin", "Haile", "Kidane", "Berhane", "Woldemichael", "Andemariam", "Tekle"],
         ["Yoni", "Mike", "Sabi"]),
    ],
    "es": [
        (["Uxía", "Antía", "Iria", "Sabela", "Xiana", "Noela"],
         ["Xoán", "Brais", "Xurxo", "Anxo", "Iago", "Roi"],
         ["Otero", "Pazos", "Souto", "Vilariño", "Carballo", "Lamas", "Regueiro", "Freire"],
         ["Xan", "Chelo", "Suso"]),
        (["Rocío", "Macarena", "Esperanza", "Inmaculada", "Reyes", "Triana"],
         ["Joaquín", "Rafael", "Juan Manuel", "Antonio", "Jesús", "Francisco"],
         ["Cortés", "Heredia", "Romero", "Lozano", "Bermúdez", "Cabello", "Ortega", "Montoya"],
         ["Curro", "Rafa", "Manoli", "Inma", "Chari"]),
        (["Guadalupe", "Xóchitl", "Citlali", "Maricela", "Yesenia", "Itzel"],
         ["Cuauhtémoc", "Rigoberto", "Homero", "Octavio", "Rubén", "Abelardo"],
         ["Hernández", "Huerta", "Zamora", "Villarreal", "Quintanilla", "Cuevas", "Tovar", "Galván"],
         ["Lupita", "Chuy", "Memo"]),
        (["Yuliana", "Leidy", "Marcela", "Yurani", "Ángela", "Natalia"],
         ["Jhon Jairo", "Wilmer", "Hernán", "Andrés Felipe", "Duván", "Yeison"],
         ["Restrepo", "Giraldo", "Ospina", "Arango", "Zuluaga", "Cardona", "Henao", "Valencia"],
         ["Pipe", "Mafe", "Caro"]),
        (["Florencia", "Agustina", "Milagros", "Romina", "Celeste", "Luján"],
         ["Facundo", "Gonzalo", "Nahuel", "Leandro", "Ezequiel", "Matías"],
         ["Gagliardi", "Ferraro", "Rossetti", "Aguirre", "Benítez", "Echeverría", "Sosa", "Acosta"],
         ["Facu", "Flor", "Agus", "Eze", "Tincho"]),
        (["Yokasta", "Yudelka", "Altagracia", "Yahaira", "Rosanna", "Yaneris"],
         ["Yunior", "Radhamés", "Wilkin", "Franklin", "Ramón Antonio", "Deivi"],
         ["Peña", "Almonte", "De los Santos", "Batista", "Tejada", "Rosario", "Mejía", "Frías"],
         ["Nena", "Kiko", "Tati"]),
        (["Xiaomei", "Yuxin", "Lili", "Meiyu"],
         ["Wei", "Jun", "Zhenyu", "Haoran"],
         ["Zhang", "Li", "Wu", "Xu", "Jin", "Huang", "Chen", "Lin"],
         ["Ana", "Pedro", "Sara", "Luis"]),
    ],
    "pt": [
        (["Albertina", "Celestina", "Ercília", "Felismina", "Nélia", "Zaida"],
         ["Armando", "Celso", "Abílio", "Lourenço", "Fenias", "Elísio"],
         ["Machava", "Cossa", "Mondlane", "Sitoe", "Nhantumbo", "Macuácua", "Tembe", "Mabunda"],
         ["Nelinha", "Celito", "Tó"]),
        (["Esperança", "Luzia", "Domingas", "Jandira", "Nzinga", "Yolanda"],
         ["Adilson", "Osvaldo", "Ndalu", "Kiluanji", "Edvaldo", "Manuel"],
         ["Cassoma", "Van-Dúnem", "Kiala", "Bunga", "Capita", "Sebastião", "Mateus", "Kiluange"],
         ["Kiki", "Zito", "Yola"]),
        (["Conceição", "Fátima", "Manuela", "Natércia", "Lurdes", "Glória"],
         ["Duarte", "Gualberto", "Hélio", "Nélson", "Jacinto", "Norberto"],
         ["Medeiros", "Furtado", "Pacheco", "Cabral", "Raposo", "Botelho", "Câmara", "Rego"],
         ["São", "Nelo", "Tói"]),
        (["Yumi", "Keiko", "Akemi", "Mayumi", "Erika", "Sayuri"],
         ["Hiroshi", "Kenji", "Takeshi", "Yoshio", "Massao", "Marcos"],
         ["Tanaka", "Yamamoto", "Nakamura", "Watanabe", "Kobayashi", "Matsumoto", "Hayashi", "Okada"],
         ["Hiro", "Mayu", "Ken"]),
        (["Samira", "Soraya", "Leila", "Jamile", "Nádia"],
         ["Habib", "Kalil", "Michel", "Nagib", "Salim", "Farid"],
         ["Maluf", "Jafet", "Abdalla", "Sabbag", "Chaddad", "Assad", "Nassif", "Bechara"],
         ["Bia", "Dudu", "Mimi"]),
        (["Terezinha", "Aparecida", "Lucimar", "Rosângela", "Edilene", "Sônia"],
         ["Geraldo", "Sebastião", "Tarcísio", "Valdeci", "Wanderley", "Jair"],
         ["Rezende", "Guimarães", "Vasconcelos", "Fonseca", "Lacerda", "Tolentino", "Andrade", "Drumond"],
         ["Tião", "Tetê", "Cida"]),
    ],
    "de": [
        (["Roswitha", "Waltraud", "Theresia", "Johanna", "Leopoldine", "Hermine"],
         ["Alois", "Ferdinand", "Leopold", "Engelbert", "Gottfried", "Hubert"],
         ["Hofbauer", "Gruber", "Pichler", "Moser", "Leitner", "Wallner", "Aigner", "Haslinger"],
         ["Poldi", "Ferdl", "Resi", "Wolfi"]),
        (["Regula", "Verena", "Corina", "Seraina", "Annina", "Mirjam"],
         ["Urs", "Beat", "Reto", "Jürg", "Andri", "Gian"],
         ["Brunner", "Zürcher", "Bühlmann", "Tschudi", "Wüthrich", "Käser", "Häberli", "Zbinden"],
         ["Vreni", "Ueli", "Migg"]),
        (["Rojda", "Berfin", "Zelal", "Rojin", "Delal", "Nergiz"],
         ["Rojhat", "Serhat", "Dilovan", "Azad", "Baran", "Şivan"],
         ["Amedi", "Berwari", "Zebari", "Ekinci", "Akbaş", "Rashid", "Sindi", "Tekin"],
         ["Rojo", "Dilo", "Azo"]),
        (["Ankica", "Snježana", "Vesna", "Mirjana", "Ljiljana", "Zrinka"],
         ["Ante", "Tomislav", "Krešimir", "Zvonimir", "Dražen", "Stjepan"],
         ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Knežević", "Vuković", "Šarić"],
         ["Krešo", "Tomo", "Ivka", "Štef"]),
        (["Thi Huong", "Lan Anh", "Phuong", "Hoa", "Ngoc Anh"],
         ["Minh Tuan", "Duc Anh", "Quang", "Hung", "Van Long"],
         ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Ngo", "Dinh"],
         ["Tommy", "Jenny", "Kim"]),
        (["Tjarda", "Fenna", "Ocka", "Imke", "Wiebke", "Gesa"],
         ["Tjark", "Okke", "Hauke", "Eilert", "Jelto", "Fokko"],
         ["Janssen", "Hinrichs", "Eilers", "Ihnen", "Tjaden", "Ulferts", "Habben", "Poppinga"],
         ["Fiete", "Imme", "Hauki"]),
    ],
}

# Message shapes: each written on its own, as customers type to a shop on WhatsApp.
TEMPLATES: dict[str, list[str]] = {
    "en": [
        "hi can u change the name on order 48817 to {full} pls, i put my own by mistake",
        "Card msg: To {first}, happy 40th!! love from Auntie {first:f} and the boys xx",
        "{full} was brilliant today at the Leeds store, so patient with my mum. 5 stars",
        "Booking for my dad {full:m} thurs 10:30 for the hearing check, he's 81 so ground floor if poss",
        "Picking up Mum's prescription, name is {full:f}, DOB on file. Can my son {first:m} collect it instead?",
        "can we get {first} embroidered on the back of the backpack, navy thread, all caps",
        "just tagging {full:f} here, she's the one who ordered the cake 🎂",
        "Please send it c/o {full:f}, she's at reception till 6",
        "For the attention of {init}, accounts dept, re invoice INV-2291",
        "> {first}: is the sofa still available?\nyes it is, shall I hold it for you?",
        "me {full} and {full} will come at 2 to pick the table up, is that ok",
        "Order #77120 for {rev}, paid £64.99 on the 3rd, still nothing 😕",
        "the locker code went to {full}'s phone not mine?? can u resend",
        "Hen do sat: 5 sashes please - Bride {first:f}, then {first}, {first}, {first} and Maid of Honour {first:f}",
        "Sorry typo earlier, it's {full} not {full}, for the engraving",
        "Thank {first:f} for us, she sorted the refund in two minutes flat",
        "hello yes I'm ringing about my nan {full:f}, she ordered the riser recliner on the phone",
        "the fitter {first:m} did a lovely job on the wardrobe, can I leave him a tip through you",
        "Voice note: hi its {first} erm calling about the curtains that came yesterday theyre the wrong "
        "length can someone ring me back please cheers",
        "baby shower list for {full:f}, due in March - is the pram on it yet?",
        "Gift receipt please, it's for {first:f} and I don't want her to see the price lol",
        "Name for the collection: {last}. I'll be there around 5ish",
        "{full:m} collecting on my behalf tmrw, he'll bring my ID",
        "Thanks {first}!! The frame arrived and it's perfect 👌 tell {first} I said hi",
        "can i book 2 for the pottery class, me and {full}, sat 14th",
        "Mrs {last:f} asked me to chase the order for her, she's not on whatsapp",
        "£25 voucher please, To: {full} From: everyone at the surgery",
        "HI ITS {caps} RE THE BIKE REPAIR WHEN CAN I COLLECT",
        "my daughter {first:f} lost her school jumper, name tag says {full:f}, has it been handed in",
        "The lady who served me was {full:f}, please pass on my thanks, she went out of her way",
        "tbh {first} said it'd be ready monday and its wednesday now",
        "Can the personalised mug say 'World's best grandad {first:m}'? 2 of them",
        "Hi, {bare} here - you emailed me about a missing parcel, ref 55-0913",
        "please cancel the 2nd order, {full} already bought one for us",
        "Appt for {first:f} (my wife) at 9 and me at 9:30, surname {last}",
        "{low} is coming to get the keys on my behalf",
        "hey {first} did u get my msg about the blue one",
        "Replying to {full}'s message from yesterday: yes we can do Saturday delivery",
        "{first:f} won the colouring competition!! her drawing's up in the window, tell her mum {full:f} x",
        "Put {dbl:f} on the certificate please, the double barrel is important to her",
        "So {first:m} rang and {first:f} rang and neither knew the order number, it's 30412 for {last}",
        "ring resize for my fiancée {full:f}, N to P, before the 20th if u can 💍",
        "ok thanks {first:f} x",
        "Mr {init:m} is the account holder, I'm his carer. Can I change the delivery day?",
        "Morning! Is it {first:m} or {first:f} on the deli counter today? Need the big platter for Sunday",
        "wee parcel for {full} got left at the Tesco locker by mistake, can ye sort it",
        "Attn: {full} (Facilities) - quote for 40 office chairs attached",
        "Stocking names pls: {first}, {first}, {first} 🎄🎄🎄 glitter gold",
        "ordered under my maiden name {last} but my card says {last} now, will that be a problem",
        "reply to {first}: no worries mate, she'll be right, Thursday's fine",
        "Hi it's {nick}'s sister, they're in hospital so I'm picking up the glasses, that ok?",
        "£12.50 refund went to {full} instead of me??? order 20077",
        "hi sorry this is long, so basically i ordered the garden bench for my mother in law {full:f} "
        "back in april and it was meant to go straight to her, but the confirmation email went to my "
        "husband {first:m} and now nobody knows if it shipped, she rang twice already and shes 78 so "
        "could someone please just call her direct thanks",
    ],
    "fr": [
        "bjr pouvez vous mettre la commande 55102 au nom de {full} svp, je me suis trompée",
        "Carte: Pour {first}, joyeux anniversaire ma puce, bisous de tata {first:f}",
        "Super accueil au magasin de Rennes, {full} a pris le temps de tout nous expliquer 👍",
        "Je prends rdv pour mon père {full:m} mardi 14h, il marche avec une canne",
        "bonjour c'est pour récupérer l'ordonnance de ma mère {full:f}, c'est mon fils {first:m} qui passe",
        "Est-ce qu'on peut broder {first} sur le bavoir ? en rose pâle",
        "je mets {full:f} dans la conversation, c'est elle qui a commandé",
        "Livraison chez {full:f} svp, elle réceptionne pour moi",
        "À l'attention de {init}, service compta, facture F-2026-118",
        "> {first} : il reste des tailles 38 ?\noui bien sûr, je vous mets de côté ?",
        "on passera à 3 pour le buffet, moi {full} et {full}",
        "Commande n°33981 au nom de {rev}, payée 89,90 € le 2, toujours rien reçu",
        "le code du casier est parti sur le tel de {full} au lieu du mien ?? vous pouvez renvoyer",
        "EVJF samedi : 5 écharpes svp, Future mariée {first:f}, puis {first}, {first}, {first} et témoin {first:f}",
        "pardon faute de frappe, c'est {full} et pas {full} pour la gravure",
        "Merci à {first:f} pour son aide, le remboursement est arrivé hier",
        "allo oui je vous écris pour ma grand-mère {full:f} qui a commandé le fauteuil releveur par téléphone",
        "le monteur {first:m} a super bien monté l'armoire, je peux lui laisser un pourboire via vous ?",
        "message vocal: oui bonjour c'est {first} euh je vous appelle pour les rideaux qu'on a reçus hier "
        "ils sont trop courts voilà rappelez moi merci",
        "liste de naissance de {full:f}, terme en mars, la poussette y est déjà ?",
        "Un ticket cadeau svp, c'est pour {first:f} et je veux pas qu'elle voie le prix 😅",
        "Nom pour le retrait : {last}. Je passe vers 18h",
        "M. {last:m} viendra chercher le colis à ma place demain avec ma pièce d'identité",
        "Merci {first} !! le cadre est parfait, dis bonjour à {first} de ma part",
        "2 places pour l'atelier poterie samedi 14 svp, pour moi et {full}",
        "Mme {last:f} m'a demandé de relancer sa commande, elle n'a pas whatsapp",
        "Bon cadeau de 30 € : pour {full}, de la part de toute l'équipe",
        "BONJOUR C EST {caps} POUR LE VELO JE PEUX PASSER QUAND",
        "ma fille {first:f} a perdu son gilet à l'atelier, l'étiquette dit {full:f}",
        "La vendeuse s'appelait {full:f} je crois, vraiment adorable, merci à elle",
        "{first} m'avait dit lundi et on est mercredi...",
        "le mug perso avec 'Meilleur papy du monde {first:m}' c'est possible ? x2",
        "Bonsoir, {bare} ici, vous m'avez écrit pour un colis perdu, réf 77-4410",
        "annulez la 2e commande svp, {full} nous l'a déjà offert",
        "Rdv pour {first:f} (ma femme) à 9h et moi à 9h30, nom {last}",
        "{low} passe récupérer les clés pour moi",
        "Tu as vu mon message {first} ? pour la bleue",
        "Pour répondre au message de {full} d'hier : oui livraison samedi possible",
        "{first:f} a gagné le concours de coloriage !! son dessin est en vitrine, dites le à sa maman {full:f}",
        "Sur le diplôme mettez {dbl:f} svp, elle tient aux deux noms",
        "{first:m} a appelé, {first:f} aussi, personne n'avait le numéro, c'est le 40917 au nom de {last}",
        "mise à taille de la bague de ma fiancée {full:f}, du 52 au 54, avant le 20 si possible 💍",
        "ok merci {first:f} bonne soirée",
        "Je suis l'aide à domicile de M. {init:m}, c'est lui le titulaire du compte. On peut changer le jour "
        "de livraison ?",
        "Bjr c'est qui au rayon fromage aujourd'hui, {first:m} ou {first:f} ? je voudrais un plateau pour dimanche",
        "Colis pour {full} déposé par erreur au point relais du tabac, vous pouvez arranger ça",
        "Devis pour 40 chaises de bureau, à l'attention de {full} (services généraux)",
        "Prénoms sur les boules de Noël : {first}, {first}, {first} 🎄 en doré",
        "j'ai commandé à mon nom de jeune fille {last} mais ma carte est au nom de {last} maintenant, ça "
        "pose problème ?",
        "Réponse à {first} : pas de souci, jeudi ça marche",
        "bonjour je suis la soeur de {nick}, qui est à l'hôpital, je peux récupérer les lunettes à sa place ?",
        "le remboursement de 12,50 € est parti chez {full} au lieu de moi ??? commande 20077",
        "bonjour désolée pour le pavé, j'ai commandé le banc de jardin pour ma belle-mère {full:f} en "
        "avril et il devait être livré chez elle, mais la confirmation est partie chez mon mari "
        "{first:m} et personne ne sait si c'est expédié, elle a déjà appelé deux fois et elle a 78 ans "
        "donc merci de l'appeler directement",
    ],
    "it": [
        "buongiorno potete intestare l'ordine 61204 a {full}? ho messo il mio nome per sbaglio",
        "Biglietto: per {first:f} da parte di zia {first:f}, auguri tesoro ❤️",
        "Complimenti a {full} del negozio di Cagliari, gentilissima con mia madre",
        "Vorrei prenotare per mio papà {full:m} giovedì alle 10, ha 84 anni",
        "salve devo ritirare i farmaci di mia mamma {full:f}, può passare mio figlio {first:m}?",
        "si può ricamare {first} sul grembiulino? filo blu",
        "aggiungo {full:f} al gruppo, è lei che ha ordinato la torta",
        "Spedire presso {full}, sta in portineria fino alle 19",
        "Alla c.a. di {init}, ufficio acquisti, fattura n. 338",
        "> {first}: il divano è ancora disponibile?\nsì certo, glielo teniamo?",
        "veniamo in 3 a ritirare il tavolo, io {full} e {full}",
        "Ordine n. 40712 a nome {rev}, pagato 129 € il 4, non è arrivato niente",
        "il codice del locker è arrivato sul cell di {full} e non sul mio?? me lo rimandate",
        "addio al nubilato sabato: 5 fasce, Sposa {first:f}, poi {first}, {first}, {first} e testimone {first:f}",
        "scusate errore, è {full} non {full}, per l'incisione",
        "Ringraziate {first:f} da parte nostra, rimborso arrivato in due minuti",
        "salve scrivo per conto di mia nonna {full:f} che ha ordinato la poltrona per telefono",
        "il montatore {first:m} è stato bravissimo con l'armadio, posso lasciargli una mancia tramite voi?",
        "messaggio vocale: pronto sì sono {first} ehm chiamo per le tende arrivate ieri sono troppo corte mi "
        "richiamate grazie",
        "lista nascita di {full:f}, termine a marzo, c'è già il passeggino?",
        "Mi fate lo scontrino regalo? è per {first} e non voglio che veda il prezzo 😅",
        "Cognome per il ritiro: {last}. Passo verso le 18",
        "Domani ritira {full:m} al posto mio, con la mia delega",
        "Grazie {first}!! la cornice è perfetta, saluta {first} da parte mia",
        "due posti per il corso di ceramica sabato 14, io e {full}",
        "La sig.ra {last:f} mi ha chiesto di sollecitare il suo ordine, lei non ha whatsapp",
        "Buono regalo 50 €: per {full}, da tutti i colleghi dell'ufficio",
        "BUONGIORNO SONO {caps} PER LA BICI QUANDO POSSO PASSARE",
        "mia figlia {first:f} ha perso la felpa, sull'etichetta c'è scritto {full:f}",
        "La commessa si chiamava {full:f}, gentilissima, ditele grazie",
        "{first} aveva detto lunedì e siamo a mercoledì...",
        "la tazza personalizzata con scritto 'Al nonno {first:m} il più bravo' si può fare? 2 pezzi",
        "Buonasera, sono {bare}, mi avete scritto per un pacco smarrito, rif. 22-0815",
        "annullate il secondo ordine, ce l'ha già regalato {full}",
        "Appuntamento per {first:f} (mia moglie) alle 9 e io alle 9:30, cognome {last}",
        "{low} passa a prendere le chiavi per me",
        "{first} hai visto il mio messaggio? quello blu",
        "Rispondo al messaggio di {full} di ieri: sì, consegna sabato ok",
        "{first:f} ha vinto il concorso di disegno!! il disegno è in vetrina, ditelo alla mamma {full:f}",
        "Sull'attestato mettete {dbl}, ci tiene ai due cognomi",
        "ha chiamato {first:m}, poi {first:f}, nessuno aveva il numero d'ordine: è il 50388 a nome {last}",
        "allargare l'anello della mia fidanzata {full:f}, dalla 12 alla 14, entro il 20 se si può 💍",
        "ok grazie {first:f} buona serata",
        "Sono la badante del sig. {init:m}, il conto è a nome suo. Possiamo cambiare il giorno di consegna?",
        "Buongiorno oggi al banco salumi c'è {first:m} o {first:f}? mi serve un vassoio per domenica",
        "Il pacco di {full} è finito per sbaglio al punto ritiro della tabaccheria, potete sistemare?",
        "Preventivo per 40 sedie da ufficio, alla cortese attenzione di {full} (servizi generali)",
        "Nomi sulle palline di Natale: {first}, {first}, {first} 🎄 in oro",
        "ho ordinato col cognome da nubile {last} ma la carta è intestata {last}, è un problema?",
        "Risposta a {first}: tranquillo, giovedì va benissimo",
        "salve sono la sorella di {nick}, è ricoverato e passo io a ritirare gli occhiali, si può?",
        "il rimborso di 12,50 € è andato a {full} invece che a me??? ordine 20077",
        "buongiorno scusate il papiro, ho ordinato la panchina da giardino per mia suocera {full:f} ad "
        "aprile e doveva arrivare direttamente a lei, ma la conferma è andata a mio marito {first:m} e "
        "adesso nessuno sa se è partita, lei ha già chiamato due volte e ha 78 anni quindi per favore "
        "chiamatela direttamente grazie",
        "Dottoressa {last:f} ha lasciato detto che la pomata per mio nonno {first:m} è pronta?",
    ],
    "es": [
        "hola me cambiais el nombre del pedido 90215 a {full}? puse el mío sin querer",
        "Tarjeta: para {first:f} de parte de la tía {first:f}, feliz santo guapa 💐",
        "Quiero felicitar a {full} de la tienda de Vigo, nos atendió genial a mi madre y a mí",
        "cita para mi padre {full:m} el jueves a las 11 porfa, va en silla de ruedas",
        "buenas vengo a por la receta de mi madre {full:f}, la recoge mi hijo {first:m} vale?",
        "se puede bordar {first} en la toalla? en letra cursiva y verde",
        "os paso a {full} que es quien pidió la tarta",
        "enviar a la atención de {full}, está en recepción hasta las 7",
        "A/A {init}, departamento de compras, factura 2026/441",
        "> {first}: sigue disponible el sofá?\nsí, te lo reservo?",
        "vamos {full}, {full} y yo a por la mesa a las 5 ok?",
        "Pedido nº 18830 a nombre de {rev}, pagado 74,50 € el día 3 y nada de nada 😤",
        "el código de la taquilla le llegó a {full} y no a mí?? me lo reenviáis",
        "despedida el sábado: 5 bandas, Novia {first:f}, luego {first}, {first}, {first} y madrina {first:f}",
        "perdón me equivoqué, es {full}, no {full}, para el grabado",
        "Dadle las gracias a {first:f}, me devolvió el dinero en un momento",
        "hola escribo por mi abuela {full:f} que pidió el sillón por teléfono la semana pasada y no sabe nada",
        "el montador {first:m} dejó el armario perfecto, le puedo dejar propina a través de vosotros?",
        "audio: hola sí soy {first} eh te llamo por las cortinas que llegaron ayer que son cortas a ver si "
        "me llamáis gracias",
        "lista de nacimiento de {full:f}, sale de cuentas en marzo, está ya el carrito?",
        "Me das ticket regalo? es para {first} y no quiero que vea el precio jaja",
        "Apellido para recoger: {last}. Paso sobre las 6",
        "Mañana lo recoge {full:m} en mi nombre, lleva autorización firmada",
        "Graciasss {first}!! el marco es precioso 😍 dale recuerdos a {first}",
        "2 plazas para el taller de cerámica del sábado 14, yo y {full}",
        "La señora {last:f} me pidió que reclamara su pedido, no tiene whatsapp",
        "Cheque regalo de 40 €: para {full}, de parte de los compañeros del cole",
        "HOLA SOY {caps} POR LO DE LA BICI CUANDO PUEDO PASAR",
        "mi hija {first:f} perdió la sudadera en el campamento, la etiqueta pone {full:f}",
        "nos atendió {full:f}, majísima, que se lo digan de nuestra parte",
        "{first} me dijo el lunes y estamos a miércoles...",
        "la taza personalizada que ponga 'Al mejor abuelo del mundo, {first:m}' se puede? 2",
        "buenas tardes soy {bare}, me escribisteis por un paquete perdido, ref 66-2031",
        "cancelad el segundo pedido que {full} ya nos lo ha regalado",
        "Cita para {first:f} (mi mujer) a las 9 y para mí a las 9:30, apellido {last}",
        "{low} pasa a por las llaves por mí",
        "{first} viste mi mensaje? el de la azul",
        "Respondiendo al mensaje de {full} de ayer: sí, entrega el sábado",
        "{first:f} ganó el concurso de dibujo!! está en el escaparate, decídselo a su madre {full:f}",
        "En el diploma poned {dbl}, con los dos apellidos por favor",
        "llamó {first:m}, luego {first:f}, ninguno tenía el número: es el 51142 a nombre de {last}",
        "agrandar el anillo de mi prometida {full:f}, de la 12 a la 14, antes del 20 si puede ser 💍",
        "vale gracias {first:f} buenas noches",
        "Soy la cuidadora de don {full:m}, la cuenta está a su nombre. Podemos cambiar el día de entrega?",
        "oye que la camiseta del equipo lleva dorsal 10 y el nombre {last} detrás, sin tilde",
        "Buenas, hoy en la charcutería está {first:m} o {first:f}? quiero una bandeja para el domingo",
        "el paquete de {full} lo dejaron por error en el estanco, podéis arreglarlo?",
        "Presupuesto de 40 sillas de oficina, a la atención de {full} (servicios generales)",
        "Nombres en las bolas de Navidad: {first}, {first}, {first} 🎄 en dorado",
        "pedí con mi apellido {last} pero la tarjeta está a nombre de {last} ahora, pasa algo?",
        "Respuesta a {first}: tranqui, el jueves perfecto",
        "hola soy la hermana de {nick}, está en el hospital y paso yo a por las gafas, se puede?",
        "el reembolso de 12,50 € le llegó a {full} en vez de a mí??? pedido 20077",
        "hola perdón por el tocho, pedí el banco de jardín para mi suegra {full:f} en abril y tenía que "
        "ir directo a su casa, pero la confirmación le llegó a mi marido {first:m} y ahora nadie sabe "
        "si salió, ella ya llamó dos veces y tiene 78 años así que porfa llamadla directamente a ella "
        "gracias",
        "che {first:m} me dijo que el mate de calabaza vuelve el martes, es así?",
    ],
    "pt": [
        "oi vcs conseguem trocar o nome do pedido 70316 pra {full}? coloquei o meu sem querer",
        "Cartão: para {first:f} com carinho da tia {first:f}, feliz aniversário 🎈",
        "Quero elogiar a {full:f} da loja do shopping, atendeu minha mãe super bem",
        "agendar pro meu pai {full:m} quinta às 10h, ele tem 79 anos e usa andador",
        "bom dia vou buscar o remédio da minha mãe {full:f}, pode ser meu filho {first:m}?",
        "dá pra bordar {first} na mochila? linha amarela",
        "to adicionando a {full:f} aqui, foi ela que encomendou o bolo",
        "entregar aos cuidados de {full:f}, ela fica na portaria até as 19h",
        "A/C {init}, setor de compras, nota fiscal 8812",
        "> {first}: o sofá ainda tá disponível?\nsim, quer que eu separe?",
        "vamos eu, {full} e {full} buscar a mesa às 15h blz?",
        "Pedido nº 27409 no nome de {rev}, paguei R$ 189,90 dia 2 e nada ainda 😕",
        "o código do armário foi pro cel de {full} e não pro meu?? reenvia por favor",
        "despedida de solteira sábado: 5 faixas, Noiva {first:f}, depois {first}, {first}, {first} e "
        "madrinha {first:f}",
        "desculpa errei, é {full} e não {full}, pra gravação",
        "Agradeçam a {first:f} por mim, o estorno caiu na hora",
        "oi to escrevendo pela minha avó {full:f} que comprou a poltrona pelo telefone e ainda não chegou nada",
        "o montador {first:m} montou o guarda-roupa certinho, posso deixar uma gorjeta por vcs?",
        "áudio transcrito: oi é {first} então é sobre as cortinas que chegaram ontem ficaram curtas me liga "
        "por favor obrigada",
        "lista do chá de bebê de {full:f}, nasce em março, o carrinho já tá nela?",
        "Manda nota de presente? é pra {first} e não quero que veja o preço kkkk",
        "Sobrenome pra retirada: {last}. Passo umas 18h",
        "Amanhã quem retira é {full:m}, ele leva minha autorização",
        "Obrigadaaa {first}!! o quadro ficou lindo 😍 manda um beijo pra {first}",
        "duas vagas na oficina de cerâmica sábado dia 14, eu e {full}",
        "A dona {first:f} pediu pra eu cobrar o pedido dela, ela não usa whatsapp",
        "Vale-presente de R$ 100: para {full}, de todos da firma",
        "OI AQUI É {caps} SOBRE A BICICLETA QUANDO POSSO BUSCAR",
        "minha filha {first:f} perdeu o casaco na escola, a etiqueta tá com o nome {full:f}",
        "quem me atendeu foi {full:f}, um amor de pessoa, parabéns pra ela",
        "{first} falou segunda e já é quarta...",
        "a caneca personalizada com 'Melhor vovô do mundo {first:m}' dá pra fazer? 2 unidades",
        "boa tarde, sou {bare}, vcs me mandaram email sobre um pacote extraviado, protocolo 40-9917",
        "cancela o segundo pedido, {full} já deu de presente pra gente",
        "Horário pra {first:f} (minha esposa) às 9h e pra mim às 9h30, sobrenome {last}",
        "{low} vai passar pegar as chaves pra mim",
        "{first} viu minha msg? aquela da azul",
        "Respondendo a mensagem do {full:m} de ontem: sim, entrega no sábado",
        "{first:f} ganhou o concurso de desenho!! tá na vitrine, avisa a mãe dela {full:f}",
        "No certificado coloca {dbl}, com os dois sobrenomes por favor",
        "ligou o {first:m}, depois a {first:f}, ninguém tinha o número, é o 61023 no nome de {last}",
        "ajustar o anel da minha noiva {full:f}, do 14 pro 16, antes do dia 20 se der 💍",
        "ok obg {first:f} boa noite",
        "Sou cuidadora do seu {full:m}, a conta tá no nome dele. Dá pra mudar o dia da entrega?",
        "camisa do time com número 7 e nome {last} nas costas, tamanho M",
        "Bom dia, hoje no balcão de frios tá o {first:m} ou a {first:f}? queria uma tábua pro domingo",
        "o pacote de {full} foi parar na lotérica por engano, vcs conseguem resolver?",
        "Orçamento de 40 cadeiras de escritório, aos cuidados de {full} (administrativo)",
        "Nomes nas bolas de Natal: {first}, {first}, {first} 🎄 em dourado",
        "comprei com meu nome de solteira {last} mas o cartão agora tá {last}, tem problema?",
        "Resposta pra {first}: tranquilo, quinta tá ótimo",
        "oi sou irmã de {nick}, tá no hospital e eu vou pegar os óculos, pode?",
        "o reembolso de R$ 12,50 caiu pra {full} e não pra mim??? pedido 20077",
        "oi desculpa o textão, comprei o banco de jardim pra minha sogra {full:f} em abril e era pra ir "
        "direto pra casa dela, mas a confirmação foi pro meu marido {first:m} e agora ninguém sabe se "
        "foi enviado, ela já ligou duas vezes e tem 78 anos então por favor liguem direto pra ela "
        "obrigada",
        "uai sô, o {first:m} falou que o queijo canastra chega sexta, é isso mesmo?",
    ],
    "de": [
        "hallo könnt ihr die bestellung 30517 auf {full} umschreiben? hab aus versehen meinen namen genommen",
        "Karte: Für {first:f}, alles Liebe zum 30. von Tante {first:f} 🎂",
        "Großes Lob an {full} aus der Filiale in Graz, super geduldig mit meiner Mutter",
        "Termin für meinen Vater {full:m} Donnerstag 10 Uhr bitte, er ist 82 und schlecht zu Fuß",
        "Hallo ich hole das Rezept für meine Mutter {full:f} ab, darf mein Sohn {first:m} das machen?",
        "kann man {first} auf den Turnbeutel sticken? in dunkelgrün",
        "ich hol {full:f} mal mit in den Chat, sie hat die Torte bestellt",
        "Bitte an {full:f} senden, c/o Empfang, sie ist bis 18 Uhr da",
        "z. Hd. {init}, Einkauf, Rechnung RE-2026-0412",
        "> {first}: Ist das Sofa noch da?\nJa, soll ich es reservieren?",
        "wir kommen zu dritt den Tisch holen, ich, {full} und {full}",
        "Bestellung Nr. 66108 auf {rev}, am 2. bezahlt 79,95 €, bisher nix angekommen 😒",
        "der Code fürs Schließfach ging an {full} statt an mich?? bitte nochmal schicken",
        "JGA am Samstag: 5 Schärpen bitte, Braut {first:f}, dann {first}, {first}, {first} und Trauzeugin {first:f}",
        "sorry vertippt, es heißt {full} und nicht {full}, für die Gravur",
        "Bitte richtet {first:f} ein Danke aus, die Erstattung war sofort da",
        "grüß gott ich schreibe für meine Oma {full:f}, die hat den Sessel telefonisch bestellt",
        "der Monteur {first:m} hat den Schrank super aufgebaut, kann ich ihm über euch Trinkgeld geben?",
        "Sprachnachricht: ja hallo hier ist {first} ähm wegen der Vorhänge die gestern kamen die sind zu "
        "kurz ruft mich bitte zurück danke",
        "Babyparty-Liste von {full:f}, ET im März, ist der Kinderwagen schon drauf?",
        "Könnt ihr einen Geschenkbeleg dazulegen? Ist für {first:f}, die soll den Preis nicht sehen 😅",
        "Abholung auf den Namen {last}. Komme so gegen 17 Uhr",
        "Morgen holt {full:m} für mich ab, er hat eine Vollmacht dabei",
        "Danke {first}!! Der Rahmen ist perfekt 👌 grüß {first} von mir",
        "2 Plätze im Töpferkurs am Samstag den 14., für mich und {full}",
        "Frau {last:f} hat mich gebeten nach ihrer Bestellung zu fragen, sie hat kein WhatsApp",
        "Gutschein über 50 €: Für {full}, von allen Kolleginnen und Kollegen",
        "HALLO HIER IST {caps} WEGEN DEM FAHRRAD WANN KANN ICH ES HOLEN",
        "meine Tochter {first:f} hat ihre Jacke beim Training verloren, im Etikett steht {full:f}",
        "Bedient hat uns {full}, total nett, bitte weitergeben!",
        "{first} hat Montag gesagt und jetzt ist Mittwoch...",
        "geht die Tasse mit 'Bester Opa der Welt {first:m}'? 2 Stück",
        "Guten Abend, {bare} hier, ihr hattet mir wegen einem verlorenen Paket geschrieben, Vorgang 88-1204",
        "bitte die 2. Bestellung stornieren, {full} hat uns das schon geschenkt",
        "Termin für {first:f} (meine Frau) um 9 und für mich um 9:30, Nachname {last}",
        "{low} holt die Schlüssel für mich ab",
        "{first} hast du meine Nachricht gesehen? wegen dem blauen",
        "Zur Nachricht von {full} gestern: ja, Lieferung am Samstag passt",
        "{first:f} hat den Malwettbewerb gewonnen!! Ihr Bild hängt im Schaufenster, sagt es ihrer Mama {full:f}",
        "Auf die Urkunde bitte {dbl:f}, der Doppelname ist ihr wichtig",
        "erst rief {first:m} an, dann {first:f}, keiner hatte die Nummer: 52290 auf {last}",
        "Ring meiner Verlobten {full:f} bitte von 52 auf 54 weiten, wenn's geht vor dem 20. 💍",
        "ok danke {first:f} schönen Abend noch",
        "Ich bin die Pflegekraft von Herrn {init:m}, das Konto läuft auf ihn. Kann man den Liefertag ändern?",
        "Trikot mit der 9 und {last} hinten drauf, Größe 164",
        "Moin, ist heute {first:m} oder {first:f} an der Käsetheke? Brauche eine Platte für Sonntag",
        "das Paket für {full} ist aus Versehen im Kiosk gelandet, könnt ihr das klären?",
        "Angebot über 40 Bürostühle, zu Händen {full} (Hausverwaltung)",
        "Namen auf die Christbaumkugeln: {first}, {first}, {first} 🎄 in Gold",
        "hab mit meinem Mädchennamen {last} bestellt, die Karte läuft aber auf {last}, ist das ein Problem?",
        "Antwort an {first}: passt scho, Donnerstag geht",
        "Grüezi, ich bin die Schwester von {nick}, liegt grad im Spital, ich hole die Brille ab, geht das?",
        "die Erstattung über 12,50 € ging an {full} statt an mich??? Bestellung 20077",
        "hallo sorry für den Roman, ich hab im April die Gartenbank für meine Schwiegermutter {full:f} "
        "bestellt und die sollte direkt zu ihr gehen, aber die Bestätigung ging an meinen Mann "
        "{first:m} und jetzt weiß keiner ob die verschickt ist, sie hat schon zweimal angerufen und ist "
        "78 also ruft sie bitte direkt an danke",
    ],
}

# No-PII shop chat. Words for the slots: {p} a product, {b} a brand, {t} a town with a branch or an
# origin, {d} a weekday, {m} a month, {h} a holiday, {c} a colour, {f} food or drink, {k} a football
# team, {s} a size, {st} a shop named after its street or square; {ph} a phone, {band} a band.
PHONES = ["iPhone 16 Pro", "Galaxy A55", "Pixel 8a", "Redmi Note 13", "Moto G84", "Nothing Phone 2a", "iPhone SE"]
BANDS = ["Coldplay", "Metallica", "Arctic Monkeys", "Måneskin", "Imagine Dragons", "Iron Maiden", "ABBA",
         "Depeche Mode", "Queen", "Radiohead", "The Cure", "Muse"]
SHOP: dict[str, dict[str, list[str]]] = {
    "en": {
        "p": ["Dyson V15", "Le Creuset casserole", "Barbour wax jacket", "Dr. Martens 1460 boots", "Kindle Paperwhite",
              "Nespresso Vertuo", "Ninja air fryer", "Lego Millennium Falcon", "Hunter wellies", "Stanley cup"],
        "b": ["Boden", "Joules", "Fred Perry", "Ted Baker", "Whistles", "Seasalt", "Crew Clothing", "Superdry",
              "Karen Millen"],
        "t": ["Glasgow", "Cardiff", "Kumasi", "Kingston", "Melbourne", "Inverness", "Swansea", "Perth", "Edinburgh"],
        "d": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "m": ["January", "March", "May", "June", "August", "October", "November", "December"],
        "h": ["Burns Night", "St David's Day", "Easter", "Boxing Day", "Bonfire Night", "Hogmanay", "Mother's Day",
              "Australia Day", "the August bank holiday"],
        "c": ["sage green", "oatmeal", "navy", "burgundy", "mustard", "charcoal", "dusty pink", "cobalt"],
        "f": ["Welsh cakes", "shortbread", "jollof seasoning", "Tim Tams", "Irn-Bru", "ginger beer", "Earl Grey",
              "Scotch whisky", "jerk marinade"],
        "k": ["Celtic", "Rangers", "Aston Villa", "Wrexham", "Newcastle United", "Swansea City", "Hearts"],
        "s": ["size 8", "size 12", "XL", "UK 9", "age 7-8", "32 waist", "medium"],
        "st": ["the Byres Road shop", "our Queen Street branch", "the Church Street store", "the Market Square outlet",
               "the High Street shop"],
    },
    "fr": {
        "p": ["Thermomix TM6", "faitout Staub", "pull marin Saint James", "ciré Aigle", "Kindle Paperwhite",
              "Cookeo Moulinex", "Lego Millennium Falcon", "sac Longchamp Le Pliage", "couteau Opinel n°8",
              "Nespresso Vertuo"],
        "b": ["Petit Bateau", "Armor-Lux", "Sézane", "Le Slip Français", "Cyrillus", "Kiabi", "Jacadi", "Maje",
              "Sandro"],
        "t": ["Quimper", "Colmar", "Ajaccio", "Port-au-Prince", "Moroni", "Beyrouth", "Dakar", "Brest", "Bastia"],
        "d": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "m": ["janvier", "mars", "mai", "juin", "août", "octobre", "novembre", "décembre"],
        "h": ["la Chandeleur", "Pâques", "la Toussaint", "le 14 juillet", "la Fête des mères", "l'Épiphanie",
              "la Saint-Nicolas", "Noël", "le marché de Noël de Strasbourg"],
        "c": ["vert sauge", "écru", "bleu marine", "bordeaux", "moutarde", "anthracite", "rose poudré", "terracotta"],
        "f": ["kouign-amann", "bretzels", "canistrelli", "bière Pietra", "crêpes au sarrasin", "galettes Saint-Michel",
              "kouglof", "thiéboudienne", "café Malongo"],
        "k": ["Stade Rennais", "RC Strasbourg", "SC Bastia", "OM", "PSG", "EA Guingamp", "FC Lorient"],
        "s": ["taille 38", "taille 42", "XL", "pointure 39", "8 ans", "taille S", "T3"],
        "st": ["la boutique rue de Siam", "la boutique place Kléber", "la boutique rue Fesch",
               "la boutique du cours Napoléon", "la boutique de la Grand-Rue"],
    },
    "it": {
        "p": ["Bimby TM6", "giubbotto Barbour", "Kindle Paperwhite", "forno Smeg", "zaino Invicta",
              "set Lego Millennium Falcon", "thermos Stanley", "bollitore Smeg", "tostapane Bialetti",
              "robot Kenwood Cooking Chef"],
        "b": ["Benetton", "Calzedonia", "Intimissimi", "Geox", "Piquadro", "Liu Jo", "Kiko", "Alessi", "Borsalino"],
        "t": ["Cagliari", "Sassari", "Palermo", "Catania", "Udine", "Pordenone", "Prato", "Asmara", "Jaffna"],
        "d": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        "m": ["gennaio", "marzo", "maggio", "giugno", "agosto", "ottobre", "novembre", "dicembre"],
        "h": ["Sant'Efisio", "Santa Rosalia", "Sant'Agata", "Ferragosto", "Befana", "Pasquetta", "Ognissanti",
              "Capodanno cinese", "Carnevale"],
        "c": ["verde salvia", "panna", "blu notte", "bordeaux", "senape", "grigio antracite", "rosa cipria", "cotto"],
        "f": ["pane carasau", "cannoli", "frico", "Mirto", "arancine", "seadas", "montasio", "caffè Illy", "Ichnusa"],
        "k": ["Cagliari", "Palermo", "Catania", "Torino", "Venezia", "Genoa", "Bologna"],
        "s": ["taglia 42", "taglia 46", "XL", "numero 39", "8 anni", "taglia S", "taglia unica"],
        "st": ["negozio di via Roma", "punto vendita di corso Vittorio Emanuele", "negozio di via Etnea",
               "punto vendita di piazza Matteotti", "negozio di via Mercatovecchio"],
    },
    "es": {
        "p": ["Thermomix TM6", "cafetera Bialetti", "chaqueta Barbour", "funda del Kindle Paperwhite",
              "Nespresso Vertuo", "freidora de aire Cosori", "caja de Lego Millennium Falcon", "mochila Panama Jack",
              "taza Stanley", "olla exprés WMF"],
        "b": ["Zara", "Mango", "Desigual", "Camper", "Pull&Bear", "Massimo Dutti", "Lladró", "Tous", "Bimba y Lola"],
        "t": ["Vigo", "Lugo", "Sevilla", "Cádiz", "Guadalajara", "Medellín", "Rosario", "Santo Domingo", "Usera"],
        "d": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        "m": ["enero", "marzo", "mayo", "junio", "agosto", "octubre", "noviembre", "diciembre"],
        "h": ["la Feria de Abril", "Semana Santa", "el Día de Muertos", "San Juan", "Reyes", "el Año Nuevo chino",
              "el Día del Padre", "la Nochebuena", "el Apóstol"],
        "c": ["verde salvia", "crudo", "azul marino", "granate", "mostaza", "gris marengo", "rosa palo", "teja"],
        "f": ["pulpo á feira", "tetilla", "salmorejo", "mole poblano", "arepas", "alfajores", "mangú",
              "Estrella Galicia",
              "yerba Taragüí"],
        "k": ["Celta", "Betis", "Sevilla", "Deportivo", "Boca", "River", "Atlético Nacional"],
        "s": ["talla 38", "talla 44", "XL", "un 39", "8 años", "talla S", "talla única"],
        "st": ["la tienda de la calle Príncipe", "nuestra tienda de Triana", "el local de la calle Real",
               "la tienda de la Gran Vía", "el outlet de la avenida de la Constitución"],
    },
    "pt": {
        "p": ["Thermomix TM6", "panela Tramontina", "sandália Havaianas", "capa do Kindle Paperwhite",
              "cafeteira Nespresso Vertuo", "air fryer Mondial", "caixa de Lego Millennium Falcon", "mochila Olympikus",
              "garrafa Stanley", "batedeira Arno"],
        "b": ["Natura", "O Boticário", "Farm", "Reserva", "Osklen", "Melissa", "Hering", "Renner", "Arezzo"],
        "t": ["Maputo", "Luanda", "Ponta Delgada", "Belo Horizonte", "Ouro Preto", "Liberdade", "Beira",
              "Angra do Heroísmo",
              "Uberlândia"],
        "d": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
        "m": ["janeiro", "março", "maio", "junho", "agosto", "outubro", "novembro", "dezembro"],
        "h": ["o Carnaval", "a Páscoa", "as festas juninas", "o Dia das Mães", "o Natal", "a Festa do Divino",
              "o Réveillon", "o Dia dos Namorados", "o Espírito Santo"],
        "c": ["verde sálvia", "off-white", "azul marinho", "vinho", "mostarda", "grafite", "rosê", "terracota"],
        "f": ["pão de queijo", "queijo canastra", "doce de leite", "chá Gorreana", "esfiha", "moqueca",
              "pastel de nata",
              "cachaça mineira", "guaraná Antarctica"],
        "k": ["o Cruzeiro", "o Atlético Mineiro", "o Flamengo", "o Palmeiras", "o Santa Clara", "o Petro de Luanda",
              "o Ferroviário"],
        "s": ["tamanho 38", "tamanho 42", "GG", "número 39", "8 anos", "tamanho P", "tamanho único"],
        "st": ["loja da Rua da Bahia", "filial da Savassi", "loja da Rua Augusta", "loja da Praça da Liberdade",
               "loja da Avenida Paulista"],
    },
    "de": {
        "p": ["Thermomix TM6", "Bräter von Le Creuset", "Barbour-Mantel", "Kindle Paperwhite", "Nespresso Vertuo",
              "Airfryer von Ninja", "Lego Millennium Falcon", "Birkenstock Arizona", "Stanley-Becher",
              "Victorinox-Rucksack"],
        "b": ["Jack Wolfskin", "Vaude", "Trigema", "Fjällräven", "Deuter", "Mammut", "Freitag", "Swarovski", "Riedel"],
        "t": ["Graz", "Innsbruck", "Bern", "Luzern", "Emden", "Aurich", "Split", "Zagreb", "Erbil"],
        "d": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        "m": ["Januar", "März", "Mai", "Juni", "August", "Oktober", "November", "Dezember"],
        "h": ["Ostern", "Pfingsten", "Nikolaus", "Newroz", "Fasching", "Allerheiligen", "Tết", "Weihnachten",
              "Silvester"],
        "c": ["salbeigrün", "naturweiß", "marineblau", "bordeauxrot", "senfgelb", "anthrazit", "altrosa", "terrakotta"],
        "f": ["Sachertorte", "Mozartkugeln", "Rösti", "Ostfriesentee", "Kluntjes", "Ajvar", "Pho", "Almdudler",
              "Appenzeller"],
        "k": ["Rapid Wien", "Sturm Graz", "die Young Boys", "den FC Basel", "Werder Bremen", "Dinamo Zagreb",
              "den FC St. Pauli"],
        "s": ["Größe 38", "Größe 44", "XL", "Schuhgröße 39", "Größe 128", "Größe S", "Einheitsgröße"],
        "st": ["die Filiale in der Mariahilfer Straße", "die Filiale am Bahnhofplatz",
               "die Filiale in der Getreidegasse", "die Filiale in der Marktstraße", "die Filiale am Kornmarkt"],
    },
}
CLEAN: dict[str, list[str]] = {
    "en": [
        "do u have the {p} in {c}?",
        "Is {st} open on {h}?",
        "Hi, any {b} in {s} left at {st}? saw it online",
        "when does the {ph} come back in stock",
        "ordered the {p} on {d}, tracking hasnt moved since 🙄",
        "Are the {f} from {t} or made here?",
        "{band} hoodie in {s} pls, the black one",
        "do you still do the {k} home shirt for kids",
        "can i return a {b} jumper without the receipt, bought it in {m}",
        "What time do you close on {d}? Need to grab some {f}",
        "Is the {h} sale starting {d} or next week",
        "got the {p} today, box was crushed but it works fine",
        "{ph} case in {c}?",
        "hi do you ship to {t}",
        "Your {t} branch said to ask here about the {p}",
        "do u price match the {p}? it's cheaper at {st}",
        "HOW MUCH IS THE {p}",
        "Any chance of {f} before {h}??",
        "loving my {b} dress, do you have it in {c} too",
        "click and collect from {st} on {d} ok?",
        "the {p} i got in {m} stopped working, still under warranty?",
        "can you gift wrap the {band} vinyl",
        "Is the {k} scarf back yet? My lot play {d}",
        "sorry wrong chat 😂",
        "do you have {f} gift boxes for {h}",
        "Is {c} darker in real life than the photo? The {b} coat",
        "{s} or size up for the {p}?",
        "Restock of {f} from {t} when?",
        "ok cheers mate",
        "Hiya, is the {p} dishwasher safe?",
        "need 2 x {p} and a {ph} charger, will pop in {d}",
        "is the {m} catalogue out yet",
        "do you have a {h} opening hours sheet",
        "Can I pay the {p} in 3 instalments?",
        "tried the {f}, amazing!! more pls",
        "Where's {st}? Near the station?",
        "is the {band} tour tee 100% cotton",
        "does the {k} away kit come in {s}",
        "Just checking the {b} order went through, card got charged twice??",
        "Do you deliver {f} to {t} before {h}?",
        "thanks for the quick reply, see you {d}!",
        "Can I swap the {c} one for {s}?",
        "any {b} discount codes this {m}?",
    ],
    "fr": [
        "vous avez le {p} en {c} ?",
        "{st} est ouverte pour {h} ?",
        "Bonjour, il reste du {b} en {s} à {st} ?",
        "le {ph} revient quand en stock",
        "commandé le {p} {d}, le suivi bouge plus depuis 🙄",
        "Les {f} viennent de {t} ou c'est fait maison ?",
        "sweat {band} en {s} svp, le noir",
        "vous faites encore le maillot {k} pour enfant ?",
        "je peux rendre un pull {b} sans ticket ? acheté en {m}",
        "Vous fermez à quelle heure {d} ? je veux passer prendre des {f}",
        "Les soldes pour {h} c'est {d} ou la semaine prochaine ?",
        "reçu le {p} aujourd'hui, carton abîmé mais tout marche",
        "coque {ph} en {c} ?",
        "vous livrez à {t} ?",
        "Le magasin de {t} m'a dit de demander ici pour le {p}",
        "vous alignez le prix du {p} ? moins cher à {st}",
        "C'EST COMBIEN LE {p}",
        "des {f} avant {h} c'est possible ??",
        "j'adore ma robe {b}, elle existe en {c} ?",
        "retrait à {st} {d} ça va ?",
        "le {p} acheté en {m} ne marche plus, c'est sous garantie ?",
        "vous pouvez faire un paquet cadeau pour le vinyle {band} ?",
        "l'écharpe {k} est revenue ? ils jouent {d}",
        "oups mauvaise conversation 😂",
        "vous avez des coffrets de {f} pour {h} ?",
        "le {c} est plus foncé en vrai ? le manteau {b}",
        "{s} ou je prends au-dessus pour le {p} ?",
        "Réassort de {f} de {t} quand ?",
        "ok merci beaucoup",
        "Bonjour, le {p} passe au lave-vaisselle ?",
        "2 {p} et un chargeur {ph}, je passe {d}",
        "le catalogue de {m} est sorti ?",
        "vous avez les horaires de {h} ?",
        "On peut payer le {p} en 3 fois ?",
        "goûté les {f}, trop bons !! j'en reveux",
        "{st} c'est près de la gare ?",
        "le t-shirt de la tournée {band} est 100 % coton ?",
        "le maillot extérieur {k} existe en {s} ?",
        "Je vérifie que la commande {b} est passée, débitée deux fois ??",
        "Vous livrez des {f} à {t} avant {h} ?",
        "merci pour la réponse rapide, à {d} !",
        "Je peux échanger le {c} contre du {s} ?",
        "des codes promo {b} en {m} ?",
    ],
    "it": [
        "avete il {p} color {c}?",
        "il {st} è aperto per {h}?",
        "Salve, c'è ancora {b} in {s} al {st}?",
        "quando torna disponibile il {ph}",
        "ordinato il {p} {d}, il tracking è fermo 🙄",
        "Il {f} arriva da {t} o lo fate voi?",
        "felpa {band} {s} per favore, quella nera",
        "fate ancora la maglia del {k} per bambini?",
        "posso rendere un maglione {b} senza scontrino? preso a {m}",
        "A che ora chiudete {d}? devo prendere del {f}",
        "I saldi per {h} partono {d} o la settimana dopo?",
        "arrivato il {p} oggi, scatola ammaccata ma funziona",
        "cover {ph} {c}?",
        "spedite a {t}?",
        "Il negozio di {t} mi ha detto di chiedere qui per il {p}",
        "fate lo stesso prezzo sul {p}? costa meno al {st}",
        "QUANTO COSTA IL {p}",
        "si riesce ad avere il {f} prima di {h}??",
        "adoro il vestito {b}, c'è anche {c}?",
        "ritiro al {st} {d} va bene?",
        "il {p} preso a {m} non va più, è in garanzia?",
        "mi fate un pacchetto regalo per il vinile dei {band}?",
        "è tornata la sciarpa del {k}? giocano {d}",
        "scusate chat sbagliata 😂",
        "avete confezioni regalo di {f} per {h}?",
        "il {c} dal vivo è più scuro? il cappotto {b}",
        "{s} o prendo la taglia sopra per il {p}?",
        "Quando arriva il {f} da {t}?",
        "ok grazie mille 🙏",
        "Buongiorno, il {p} va in lavastoviglie?",
        "2 {p} e un caricatore per {ph}, passo {d}",
        "è uscito il catalogo di {m}?",
        "avete gli orari di {h}?",
        "Si può pagare il {p} in 3 rate?",
        "assaggiato il {f}, buonissimo!! ne voglio ancora",
        "il {st} è vicino alla stazione?",
        "la t-shirt del tour dei {band} è 100% cotone?",
        "la maglia da trasferta del {k} c'è in {s}?",
        "Controllo che l'ordine {b} sia passato, addebitato due volte??",
        "Spedite il {f} a {t} prima di {h}?",
        "grazie della risposta veloce, a {d}!",
        "Posso cambiare quello {c} con una {s}?",
        "codici sconto {b} a {m}?",
    ],
    "es": [
        "tenéis la {p} en {c}?",
        "{st} abre en {h}?",
        "Hola, queda algo de {b} en {s} en {st}?",
        "cuándo vuelve el {ph}",
        "pedí la {p} el {d} y el seguimiento no se mueve 🙄",
        "El {f} viene de {t} o lo hacéis aquí?",
        "sudadera de {band} en {s} porfa, la negra",
        "seguís teniendo la camiseta del {k} de niño?",
        "puedo devolver un jersey de {b} sin ticket? lo compré en {m}",
        "A qué hora cerráis el {d}? tengo que pillar {f}",
        "Las rebajas de {h} empiezan el {d} o la semana que viene?",
        "me llegó la {p} hoy, la caja aplastada pero funciona",
        "funda de {ph} en {c}?",
        "enviáis a {t}?",
        "En la tienda de {t} me dijeron que preguntara aquí por la {p}",
        "me igualáis el precio de la {p}? está más barata en {st}",
        "CUANTO CUESTA LA {p}",
        "hay {f} antes de {h}??",
        "me encanta el vestido de {b}, lo tenéis en {c}?",
        "recogida en {st} el {d} vale?",
        "la {p} que compré en {m} ya no va, está en garantía?",
        "me envolvéis para regalo el vinilo de {band}?",
        "ha vuelto la bufanda del {k}? juegan el {d}",
        "perdón chat equivocado 😂",
        "tenéis lotes de {f} para {h}?",
        "el {c} es más oscuro en persona? el abrigo de {b}",
        "{s} o cojo una más para la {p}?",
        "cuándo reponéis el {f} de {t}?",
        "vale gracias majos",
        "Hola, la {p} va al lavavajillas?",
        "2 {p} y un cargador de {ph}, paso el {d}",
        "ha salido el catálogo de {m}?",
        "tenéis el horario de {h}?",
        "Se puede pagar la {p} a plazos?",
        "probé el {f}, buenísimo!! quiero más",
        "{st} está cerca de la estación?",
        "la camiseta de la gira de {band} es 100% algodón?",
        "la segunda equipación del {k} la hay en {s}?",
        "Compruebo que el pedido de {b} ha entrado, me cobraron dos veces??",
        "Enviáis {f} a {t} antes de {h}?",
        "gracias por contestar tan rápido, hasta el {d}!",
        "Puedo cambiar la {c} por una {s}?",
        "algún código de descuento de {b} en {m}?",
    ],
    "pt": [
        "vcs têm a {p} em {c}?",
        "a {st} abre n{h}?",
        "Oi, ainda tem {b} {s} na {st}?",
        "quando o {ph} volta pro estoque",
        "pedi a {p} na {d} e o rastreio não anda 🙄",
        "O {f} vem de {t} ou é feito aqui?",
        "moletom do {band} {s} por favor, o preto",
        "ainda tem a camisa d{k} infantil?",
        "posso trocar um suéter {b} sem nota? comprei em {m}",
        "Que horas vcs fecham na {d}? preciso pegar {f}",
        "A promoção d{h} começa na {d} ou semana que vem?",
        "chegou a {p} hoje, caixa amassada mas funciona",
        "capinha de {ph} {c}?",
        "vcs entregam em {t}?",
        "Na loja de {t} me falaram pra perguntar aqui sobre a {p}",
        "cobrem o preço da {p}? tá mais barata na {st}",
        "QUANTO TA A {p}",
        "dá pra ter {f} antes d{h}??",
        "amei o vestido {b}, tem em {c} tbm?",
        "retirada na {st} na {d} pode ser?",
        "a {p} que comprei em {m} parou, tá na garantia?",
        "embrulha pra presente o vinil do {band}?",
        "voltou o cachecol d{k}? tem jogo na {d}",
        "foi mal conversa errada 😂",
        "tem kit de {f} para {h}?",
        "o {c} é mais escuro pessoalmente? o casaco {b}",
        "{s} ou pego um número acima pra {p}?",
        "quando chega {f} de {t}?",
        "blz obg viu",
        "Bom dia, a {p} pode ir na lava-louças?",
        "2 {p} e um carregador de {ph}, passo na {d}",
        "já saiu o catálogo de {m}?",
        "tem o horário d{h}?",
        "Dá pra parcelar a {p} em 3x?",
        "provei o {f}, maravilhoso!! quero mais",
        "a {st} é perto do metrô?",
        "a camiseta da turnê do {band} é 100% algodão?",
        "a camisa reserva d{k} tem {s}?",
        "Confirmando se o pedido {b} entrou, cobrou duas vezes??",
        "Vcs mandam {f} pra {t} antes d{h}?",
        "valeu pela resposta rápida, até {d}!",
        "Posso trocar a {c} por {s}?",
        "algum cupom {b} em {m}?",
    ],
    "de": [
        "habt ihr den {p} in {c}?",
        "Hat {st} an {h} offen?",
        "Hallo, hat {st} noch {b} in {s}?",
        "wann ist das {ph} wieder da",
        "{p} am {d} bestellt, Sendungsverfolgung steht still 🙄",
        "Kommt die {f} aus {t} oder macht ihr die selbst?",
        "{band}-Hoodie in {s} bitte, den schwarzen",
        "gibt's das Trikot für {k} noch für Kinder?",
        "kann ich einen {b}-Pulli ohne Kassenzettel zurückgeben? im {m} gekauft",
        "Wann macht ihr am {d} zu? Will noch {f} holen",
        "Fängt der Sale zu {h} am {d} an oder nächste Woche?",
        "{p} heute bekommen, Karton zerdrückt aber geht alles",
        "Hülle fürs {ph} in {c}?",
        "liefert ihr nach {t}?",
        "In der Filiale in {t} hieß es, ich soll hier wegen dem {p} fragen",
        "macht ihr Preisanpassung beim {p}? {st} hat ihn billiger",
        "WAS KOSTET DER {p}",
        "gibt's {f} noch vor {h}??",
        "liebe mein {b}-Kleid, gibt's das auch in {c}?",
        "Abholung am {d} über {st}, ok?",
        "der {p} aus dem {m} geht nicht mehr, ist das noch Garantie?",
        "könnt ihr die {band}-Platte als Geschenk einpacken?",
        "ist der Schal für {k} wieder da? Spiel ist am {d}",
        "sorry falscher Chat 😂",
        "habt ihr {f} als Geschenkset zu {h}?",
        "ist {c} in echt dunkler? der Mantel von {b} meine ich",
        "{s} oder eine Nummer größer beim {p}?",
        "Wann kommt wieder {f} aus {t}?",
        "ok danke euch",
        "Hallo, ist der {p} spülmaschinenfest?",
        "2x {p} und ein Ladekabel fürs {ph}, komme am {d}",
        "ist der Katalog für {m} schon raus?",
        "habt ihr die Öffnungszeiten für {h}?",
        "Kann man den {p} in 3 Raten zahlen?",
        "{f} probiert, mega!! mehr davon bitte",
        "Ist {st} nah am Bahnhof?",
        "ist das Tour-Shirt von {band} aus 100 % Baumwolle?",
        "gibt es das Auswärtstrikot für {k} in {s}?",
        "Wollte nur checken ob die {b}-Bestellung durch ist, wurde zweimal abgebucht??",
        "Liefert ihr {f} nach {t} vor {h}?",
        "danke für die schnelle Antwort, bis {d}!",
        "Kann ich das in {c} gegen {s} tauschen?",
        "gibt's im {m} Rabattcodes für {b}?",
    ],
}
# fmt: on


_PLAIN = str.maketrans("ıłŁđĐøØş", "ilLdDoOs")  # letters NFKD does not split


def _bare(text: str) -> str:
    """A name as typed on a phone that drops accents ("Maelle", "Kresimir", "Uxia")."""
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
        return f"{last.upper() if rng.random() < 0.5 else last} {given}"  # "LE GOFF Maëlle" as on a form
    full = f"{given} {last}"
    if kind == "bare":
        return _bare(full)
    return {"low": full.lower(), "caps": full.upper()}.get(kind, full)


def _pair(name: str) -> tuple[str, str]:
    """A name's given name and surname as compared with another set: its first and last words in
    lower case, hyphens split, accents dropped so that "Uxia" and "Uxía" count as one."""
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
    )

    modules = (names_heldout, names_heldout2, names_heldout3, names_heldout4, names_heldout5, names_heldout6,
               names_heldout7)  # fmt: skip
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
        words = {**SHOP[lang], "ph": PHONES, "band": BANDS}
        shapes = list(range(len(CLEAN[lang])))
        seen: set[str] = set()
        turn = 0
        while len(seen) < CLEAN_PER_LANGUAGE:
            if turn % len(shapes) == 0:
                rng.shuffle(shapes)  # every no-PII shape used before any is used again
            template = CLEAN[lang][shapes[turn % len(shapes)]]
            turn += 1
            text = template.format(**{key: rng.choice(values) for key, values in words.items()})
            text = text[0].upper() + text[1:] if rng.random() < 0.7 else text  # some start in lower case
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
