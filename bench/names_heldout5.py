"""A fifth held-out set for person names and no-PII commerce chat, frozen before its first run.

Why a fifth set: the fourth (`bench.names_heldout4`) has been run while the last rounds of rules
were written, so final figures need a set that neither the rules nor the people tuning them saw.
This one was written on 2026-12-05 by someone who had not read Veil's rule code
(`recognizers/`, `proxy/detection/`), its data files (`recognizers/data/`), the tune sets
(`bench/*tune*.py`) nor the rule sections of `docs/detection.md`, and who never ran Veil on it.
Of `bench.names_heldout4` only its docstring, its interface (`load()`, `FINGERPRINT`, `build()`)
and its test conventions were read, not its name or message lists; `build()` compares its names with the
fourth set's only by program, to leave out a given name and surname pair the fourth set has:

- names are typed here from knowledge of each country's naming, in groups by origin so that a
  given name goes with a surname of the same origin, women's and men's given names apart so that
  "her husband", "Mrs" or "mio padre" name the right one (British, Irish, Punjabi, Pakistani,
  Indian, Nigerian, Ghanaian, Polish, Caribbean, Hong Kong, Dutch in en; Maghrebi, West African,
  Portuguese, Vietnamese, Italian in fr; Romanian, Albanian, Moroccan, Filipino, Ukrainian in it;
  Brazilian, Cape Verdean, Ukrainian, Goan, Nepali in pt; Basque and Catalan names with Spanish
  ones, Latin American, Moroccan, Romanian, Chinese in es; Turkish, Polish, Russian-German,
  Syrian, Greek in de): hyphenated and compound given names ("Jean-Baptiste",
  "Hans-Jürgen", "María del Mar", "Maria João"), particles ("de La Roche", "von der Heide",
  "Di Pietro", "dos Reis", "van der Linden", "Dela Cruz"), double surnames (es and pt two
  surnames, the others a hyphenated pair), whole names in lower case and in capitals;
- 27 or 28 message shapes a language, unlike the earlier sets where possible: long
  multi-sentence messages, forwarded messages, people listed ("for Anna and her husband
  Tomás"), names after prepositions and verbs, signatures with titles (the title left out of
  the span), names at the very start of a message, mixed languages and regional spellings;
- 155 no-PII commerce messages a language, dense with capitalised products and brands, shops
  named after streets, saints and towns, warehouses' towns, weekdays and months, and product
  lines named like people (cars, phones, perfumes, fashion houses named after their founders).

Gold spans are offsets computed by `_fill` while the text is built, never typed by hand.
`python -m bench.names_heldout5 --write` wrote the file once; it was committed on its own and
landed before Veil ran on it. `load()` refuses `bench/data/names_heldout5.jsonl` when its
SHA-256 differs from `FINGERPRINT`. Nothing is tuned on it; it is run to report figures, and
its individual misses are not printed or read.
"""

from __future__ import annotations

import random
from pathlib import Path

from bench.names_heldout import Example, freeze_cli
from bench.names_heldout import load as _load

PATH = Path(__file__).resolve().parent / "data" / "names_heldout5.jsonl"
FINGERPRINT = "c7a04bd479381493"
SEED = 20261205_5
NAMES_PER_LANGUAGE = 320
CLEAN_PER_LANGUAGE = 155
LOWER_SHARE = 0.08

# fmt: off
# Per language, groups of people by origin: (women's given names, men's given names, surnames),
# so that a given name goes with a surname of its own origin. A slot is {kind} or {kind:f} /
# {kind:m} where the message says who the person is ("her husband", "Mrs", "mio padre"): {full}
# is a given name and a surname; {dbl} a given name and two surnames (es, pt: side by side; the
# others hyphenated); {first} a given name; {last} a surname; {low} a full name in lower case;
# {caps} a full name in capitals. A span is the name alone: a title before it stays outside.
Group = tuple[list[str], list[str], list[str]]
PEOPLE: dict[str, list[Group]] = {
    "en": [
        (["Harriet", "Imogen", "Bethany", "Phoebe", "Lydia", "Morag", "Gemma", "Rosie", "Kirsty", "Mary-Beth"],
         ["Callum", "Rhys", "Declan", "Alfie", "Gareth", "Hamish", "Nigel", "Toby", "Euan", "Rupert"],
         ["Pemberton", "Ashworth", "Cartwright", "Holloway", "Fairbairn", "Whitlock", "Greenhalgh", "Ogilvie",
          "Thwaites", "Penhaligon", "Llewellyn", "Prosser", "Hargreaves", "Featherstone", "Rowntree",
          "McAllister", "MacLeod", "St John"]),
        (["Siobhan", "Aoife", "Niamh"], ["Ciarán", "Padraig"], ["O'Callaghan", "McGettigan", "Donnelly", "O'Rourke"]),
        (["Harpreet", "Gurleen", "Manjit"], ["Jaswinder", "Kuldeep", "Harjeet"], ["Sandhu", "Dhillon", "Gill"]),
        (["Farzana", "Nazia", "Ayesha"], ["Imran", "Tariq", "Bilal"], ["Chaudhry", "Hussain", "Rahman", "Akhtar"]),
        (["Priyanka", "Sunita", "Ananya"], ["Aarav", "Rajesh", "Vikram"], ["Mistry", "Bhattacharya", "Varma", "Joshi"]),
        (["Chiamaka", "Adaeze", "Funmilayo"], ["Oluwaseun", "Tunde", "Chinedu"],
         ["Okonkwo", "Adebayo", "Olawale", "Nwosu"]),
        (["Efua", "Akosua"], ["Kwame", "Kofi"], ["Mensah", "Asante", "Owusu"]),
        (["Katarzyna", "Magdalena"], ["Wojciech", "Tomasz"], ["Nowak", "Kaczmarek", "Wójcik", "Mazur"]),
        (["Marcia", "Shereen"], ["Delroy", "Winston"], ["Campbell", "Gayle", "Blackwood", "Thompson"]),
        (["Mei Ling", "Ka Yan"], ["Wing", "Chun Kit"], ["Lau", "Tsang", "Cheung"]),
        (["Anouk"], ["Pieter"], ["van Dijk", "de Vries"]),
    ],
    "fr": [
        (["Amandine", "Ségolène", "Maëlys", "Solène", "Clémence", "Aurélie", "Marie-Claire", "Anne-Sophie",
          "Gwenaëlle", "Bérengère", "Ghislaine"],
         ["Gaëtan", "Thibault", "Corentin", "Yannick", "Loïc", "Jean-Baptiste", "Pierre-Yves", "Hervé",
          "Marc-Antoine"],
         ["Le Goff", "Kerbrat", "Dufresne", "Marchal", "Besnard", "Lacombe", "Vasseur", "Rigaud", "Carpentier",
          "Delaunay", "de La Roche", "Fournel", "Bouvier", "Jacquemin", "Le Bihan", "Poulain", "Chevallier",
          "du Plessis", "Lamarque", "d'Harcourt"]),
        (["Yasmine", "Nadia", "Samira", "Lina"], ["Karim", "Mehdi", "Rachid", "Sofiane"],
         ["Benali", "Haddad", "Boukhari", "Cherif", "Mansouri", "Belkacem", "Ait Ahmed", "Ziani"]),
        (["Fátima", "Conceição"], ["Joaquim", "Nuno"], ["Pereira", "Gonçalves", "Rodrigues"]),
        (["Aminata", "Fatoumata", "Awa"], ["Moussa", "Ibrahima", "Mamadou"], ["Diallo", "Traoré", "Koné", "Ndiaye"]),
        (["Thi Lan", "Hoa"], ["Minh", "Quang"], ["Nguyen", "Tran", "Pham"]),
        (["Giulia"], ["Enzo"], ["Santucci", "Morelli"]),
    ],
    "it": [
        (["Ludovica", "Ilaria", "Benedetta", "Annalisa", "Donatella", "Carmela", "Michela", "Vittoria",
          "Maria Grazia", "Nunzia"],
         ["Gianluca", "Pierpaolo", "Raffaele", "Ottavio", "Gaetano", "Rocco", "Tommaso", "Gian Marco", "Pasquale",
          "Ettore"],
         ["Lo Bianco", "Di Pietro", "D'Alessandro", "Dalla Torre", "Santoro", "Mancuso", "Pellegrini",
          "Cattaneo", "Brambilla", "Sciortino", "Zanetti", "Barbieri", "De Santis", "La Rosa", "Locatelli",
          "Parisi", "Capuano", "Del Vecchio", "Fumagalli", "Scarpa"]),
        (["Andreea", "Mihaela"], ["Ionuț", "Florin"], ["Popescu", "Ionescu", "Dumitrescu", "Stoica"]),
        (["Elira", "Blerta"], ["Arben", "Klodian"], ["Hoxha", "Krasniqi", "Shehu", "Gjoka"]),
        (["Khadija", "Fatima Zahra"], ["Youssef", "Hamza"], ["El Idrissi", "Bennani", "Amrani"]),
        (["Maricel", "Rowena"], ["Jomar", "Rommel"], ["Dela Cruz", "Villanueva", "Bautista"]),
        (["Oksana", "Olena"], ["Taras", "Bohdan"], ["Kovalenko", "Shevchuk", "Hrytsenko"]),
    ],
    "pt": [
        (["Inês", "Beatriz", "Mafalda", "Leonor", "Matilde", "Carolina", "Maria João", "Ana Rita", "Filipa",
          "Luísa"],
         ["Tiago", "Gonçalo", "Duarte", "Rodrigo", "Afonso", "Rui", "João Pedro", "Diogo", "Nuno", "Vasco"],
         ["Carvalho", "Albuquerque", "Teixeira", "Moura", "Baptista", "Pinto", "da Silva", "dos Reis",
          "de Sousa", "Mendonça", "Figueiredo", "Vasconcelos", "Magalhães", "Cardoso", "da Costa", "Sampaio",
          "Rebelo", "Quaresma", "Sá Pereira", "Antunes"]),
        (["Larissa", "Thaís", "Gabriela", "Jéssica"], ["Wellington", "Cléber", "Thiago", "Anderson"],
         ["Nascimento", "Oliveira", "Rocha", "Barbosa", "Araújo", "Cavalcanti"]),
        (["Djamila", "Nelsa"], ["Edmilson", "Adilson"], ["Tavares", "Semedo", "Monteiro", "Fortes"]),
        (["Iryna", "Svitlana"], ["Andriy", "Oleksandr"], ["Bondarenko", "Melnyk", "Tkachenko"]),
        (["Sheila"], ["Agnelo"], ["D'Souza", "Colaço"]),
        (["Sita", "Anjali"], ["Rahul", "Sunil"], ["Gurung", "Shrestha", "Tamang"]),
    ],
    "es": [
        (["Nerea", "Ainhoa", "Rocío", "Montserrat", "Macarena", "María del Mar", "Mari Carmen", "Begoña",
          "Remedios", "Inmaculada"],
         ["Iker", "Álvaro", "Jaume", "Íñigo", "Borja", "Guillermo", "José Luis", "Xabier", "Sergi", "Fermín"],
         ["Etxeberria", "Garrido", "de la Fuente", "del Pino", "Villalba", "Cifuentes", "Olmos", "Puig",
          "Aranda", "Izquierdo", "Quintana", "Salvatierra", "Galindo", "Benítez", "Zubizarreta", "Roig",
          "de los Ríos", "Arrieta", "Sotomayor", "Valcárcel"]),
        (["Yulieth", "Karina", "Valentina", "Yésica"], ["Jhon Jairo", "Wilmer", "Luciano", "Franklin"],
         ["Cárdenas", "Londoño", "Quispe", "Bustamante", "Rivadeneira", "Mamani", "Ocampo", "Sepúlveda"]),
        (["Hanane", "Soukaina"], ["Abdelkader", "Mohamed"], ["El Amrani", "Bouzid", "Ouali", "Tahiri"]),
        (["Alina", "Ioana"], ["Bogdan", "Cristian"], ["Munteanu", "Radu", "Ciobanu"]),
        (["Jiahui"], ["Wei"], ["Chen", "Zhang"]),
    ],
    "de": [
        (["Friederike", "Svenja", "Henrike", "Anna-Lena", "Ute", "Birgit", "Mareike", "Gesine", "Wiebke",
          "Roswitha"],
         ["Jannik", "Ole", "Malte", "Hans-Jürgen", "Wolfgang", "Torsten", "Lennart", "Kai-Uwe", "Bernd", "Heinz"],
         ["Brinkmann", "von Arnim", "von der Heide", "Kretschmer", "Lindemann", "Pfeiffer", "Wagenknecht",
          "Kühne", "Janßen", "Oberländer", "Riedel", "Thießen", "van der Linden", "Stegemann", "Grabowski",
          "Weißenborn", "Hinrichs", "Eichhorn", "Mühlbauer", "zur Nieden"]),
        (["Aylin", "Büşra", "Derya"], ["Emre", "Serkan", "Mehmet"], ["Yıldırım", "Öztürk", "Demir", "Aydın", "Kaya"]),
        (["Agnieszka", "Małgorzata"], ["Paweł", "Krzysztof"], ["Zając", "Wróbel", "Pietrzak"]),
        (["Swetlana", "Olga"], ["Dmitri", "Viktor"], ["Wiebe", "Penner", "Friesen", "Janzen"]),
        (["Rania", "Lama"], ["Ahmad", "Yousef"], ["Al-Hassan", "Haddad", "Khoury"]),
        (["Eleni"], ["Giorgos"], ["Georgiou", "Christodoulou"]),
    ],
}

TEMPLATES: dict[str, list[str]] = {
    "en": [
        "{full} here, I ordered the walnut bookcase on the 3rd and it still says processing. "
        "Could someone check? I'm away from Friday so my neighbour {full} can sign for it.",
        "---------- Forwarded message ----------\nFrom: {full}\nSubject: Re: collection\n\n"
        "Hi, forwarding this from my mum, she can't work WhatsApp. The return label is in her name.",
        "Table for four on Saturday at 8 please, for me, {full:f} and her husband {first:m}. "
        "One of us is coeliac if that matters.",
        "Hello, the delivery driver left the parcel with {first} at number 14 instead of me. "
        "It's fine, just letting you know. Cheers, {full}",
        "Can you change the name on booking 55812 to {full}? I booked it under my maiden name by mistake.",
        "Morning! Is Dr {last} in on Thursday? I need to move my 10:40 appointment, it's {full}.",
        "I'm writing on behalf of my father, {full:m}, who bought the recliner in March. "
        "The motor has stopped working and he's 87 so he can't carry it back. What are the options?",
        "Kind regards,\nMrs {full:f}\nOffice Manager",
        "The gift is for {full}, please don't put the price in the box. Message on the card: "
        "Happy 40th {first}!",
        "Hiya, it's {first} from the flat above the bakery, my partner {full} placed the order "
        "but I'll be the one at home",
        "Please send the invoice to our accounts person {full}, not to me. Thanks, {full}",
        "{caps} - ORDER 40177 - WRONG SIZE SENT AGAIN. THIS IS THE SECOND TIME.",
        "Appointment for the kids please: {first} (7) and {first} (10), parent {full}.",
        "spoke to {low:f} on the phone yesterday and she said the refund would be today, nothing yet",
        "We'd like to book the private room for 12 people. Contact person is {full}, and {full} "
        "will pay the deposit.",
        "Complaint: the fitter, {first:m}, was lovely, but the manager {full} was rude when I called. "
        "I'd like someone other than {last} to deal with this.",
        "Can {full:f} pick up my prescription? I've given her my collection code.",
        "> {full} wrote:\n> Is the oak table still available?\nYes it is, but I'm asking for a friend now.",
        "Thanks so much to {first} in the Leeds store for sorting out the exchange!",
        "The parcel is addressed to {full} c/o {full}, flat 2. Both names are on the buzzer.",
        "Hi, I'm collecting on behalf of {full} and {full}, they're both on the order.",
        "Best wishes,\nProf. {full}\nDepartment of Chemistry",
        "My son {first:m} ordered the trainers on my card, can you cancel? He's 13. Regards {full}",
        "Appointment confirmed with {full} for a colour and cut, Tuesday 2pm? Thanks x",
        "Would it be possible to deliver to my sister-in-law {dbl:f} instead? Same town.",
        "Sorry, wrong person! The order is under {full}, not {full}. My husband used his account.",
        "Re: lost parcel. I've already spoken to {first} and then to {full} from your team, "
        "three weeks and no answer.",
    ],
    "fr": [
        "Bonjour, c'est {full}. J'ai commandé le canapé d'angle le 4 et le suivi n'a pas bougé. "
        "Si je ne suis pas là, ma voisine {full:f} peut réceptionner.",
        "---------- Message transféré ----------\nDe : {full}\nObjet : Retour colis\n\n"
        "Je vous transfère le message de ma mère, elle n'a pas WhatsApp.",
        "Une table pour quatre samedi soir svp, pour moi, {full:f} et son mari {first:m}. "
        "L'un de nous est végétarien.",
        "Le livreur a laissé le colis chez {first} au 3e au lieu de chez moi. Pas grave, "
        "c'est juste pour info. Bonne journée, {full}",
        "Pouvez-vous mettre la réservation 88210 au nom de {full} ? Je me suis trompée de nom.",
        "Bonjour, le Dr {last} consulte-t-il jeudi ? Je dois déplacer mon rendez-vous de 10h30, "
        "c'est pour {full}.",
        "Je vous écris pour mon père, {full:m}, qui a acheté le fauteuil releveur en mars. Le moteur ne "
        "marche plus et il a 86 ans, il ne peut pas le rapporter. Que proposez-vous ?",
        "Cordialement,\nMme {full:f}\nResponsable des achats",
        "C'est un cadeau pour {full}, merci de ne pas mettre le prix. Sur la carte : "
        "Joyeux anniversaire {first} !",
        "Coucou c'est {first}, ma copine {full:f} a passé la commande mais c'est moi qui serai là",
        "Merci d'envoyer la facture à notre comptable, {full}, et pas à moi. {full}",
        "{caps} - COMMANDE 31984 - MAUVAISE TAILLE ENCORE UNE FOIS",
        "Rendez-vous pour les enfants svp : {first} (6 ans) et {first} (9 ans), parent {full}.",
        "j'ai eu {low:f} au téléphone hier elle m'a dit que le remboursement serait fait aujourd'hui, rien",
        "On voudrait réserver la salle pour 14 personnes. Contact : {full}, et c'est {full} qui "
        "règle l'acompte.",
        "Réclamation : le monteur, {first:m}, était très bien, mais le responsable {full:m} a été désagréable. "
        "Je voudrais que ce soit quelqu'un d'autre que M. {last} qui s'en occupe.",
        "Est-ce que {full} peut récupérer mon ordonnance à ma place ? Je lui ai donné le code.",
        "> {full} a écrit :\n> La table en chêne est toujours dispo ?\nOui, mais je demande pour une amie.",
        "Un grand merci à {first} du magasin de Nantes pour l'échange !",
        "Le colis est au nom de {full} chez {full}, 2e étage, les deux noms sont sur l'interphone.",
        "Bonjour, je viens retirer pour {full} et {full}, ils sont tous les deux sur la commande.",
        "Bien à vous,\nPr {full}\nService de cardiologie",
        "Mon fils {first:m} a commandé des baskets avec ma carte, pouvez-vous annuler ? Il a 13 ans. {full}",
        "Rdv confirmé avec {full} pour couleur et coupe mardi 14h ? Merci",
        "Serait-il possible de livrer chez ma belle-sœur {dbl:f} ? Même ville.",
        "Pardon, erreur ! La commande est au nom de {full}, pas {full}. Mon mari a utilisé son compte.",
        "Concernant le colis perdu : j'ai déjà parlé à {first} puis à {full} de chez vous, "
        "trois semaines sans réponse.",
    ],
    "it": [
        "Salve, sono {full}. Ho ordinato il divano angolare il 4 e il tracciamento è fermo. "
        "Se non ci sono può ritirare la mia vicina {full:f}.",
        "---------- Messaggio inoltrato ----------\nDa: {full}\nOggetto: Reso\n\n"
        "Vi inoltro il messaggio di mia madre, lei non usa WhatsApp.",
        "Un tavolo per quattro sabato sera per favore, per me, {full:f} e suo marito {first:m}. "
        "Uno di noi è celiaco.",
        "Il corriere ha lasciato il pacco da {first} al terzo piano invece che a me. Nessun problema, "
        "era solo per avvisare. Grazie, {full}",
        "Potete intestare la prenotazione 77420 a {full}? Ho sbagliato nome.",
        "Buongiorno, il dott. {last} riceve giovedì? Devo spostare l'appuntamento delle 10:30, "
        "sono {full}.",
        "Scrivo per conto di mio padre, {full:m}, che ha comprato la poltrona relax a marzo. Il motore non "
        "funziona più e ha 88 anni, non può riportarla. Cosa si può fare?",
        "Cordiali saluti,\nDott.ssa {full:f}\nUfficio acquisti",
        "È un regalo per {full}, per favore niente prezzo nel pacco. Sul biglietto: "
        "Buon compleanno {first}!",
        "Ciao sono {first}, il mio compagno {full:m} ha fatto l'ordine ma a casa ci sono io",
        "Mandate la fattura alla nostra commercialista {full:f}, non a me. Saluti, {full}",
        "{caps} - ORDINE 52210 - TAGLIA SBAGLIATA DI NUOVO",
        "Appuntamento per i bambini: {first} (6 anni) e {first} (9 anni), genitore {full}.",
        "ho sentito {low} al telefono ieri e mi ha detto che il rimborso arrivava oggi, niente",
        "Vorremmo prenotare la saletta per 14 persone. Referente {full}, la caparra la paga {full}.",
        "Reclamo: il montatore, {first:m}, è stato gentilissimo, ma il responsabile {full:m} è stato "
        "scortese. Vorrei che se ne occupasse qualcun altro e non il sig. {last}.",
        "Può ritirare {full:f} la mia ricetta? Le ho dato il codice.",
        "> {full} ha scritto:\n> Il tavolo in rovere è ancora disponibile?\nSì, ma chiedo per un'amica.",
        "Grazie mille a {first} del negozio di Bergamo per il cambio!",
        "Il pacco è intestato a {full} presso {full}, secondo piano, tutti e due i nomi sul citofono.",
        "Salve, ritiro per conto di {full} e {full}, sono entrambi sull'ordine.",
        "Distinti saluti,\nProf. {full}\nDipartimento di Fisica",
        "Mio figlio {first:m} ha ordinato le scarpe con la mia carta, potete annullare? Ha 13 anni. {full}",
        "Confermato con {full} per colore e taglio martedì alle 14? Grazie",
        "Sarebbe possibile consegnare da mia cognata {dbl:f}? Stesso paese.",
        "Scusate, errore! L'ordine è a nome di {full}, non {full}. Mio marito ha usato il suo account.",
        "Per il pacco perso: ho già parlato con {first} e poi con {full} del vostro servizio clienti, "
        "tre settimane e nessuna risposta.",
        "ciao {first}! ti scrivo io per {full}, che il cellulare gliel'hanno rubato ieri",
    ],
    "pt": [
        "Bom dia, fala {full}. Encomendei o sofá de canto no dia 4 e o seguimento não mexe. "
        "Se eu não estiver, a minha vizinha {full:f} pode receber.",
        "---------- Mensagem encaminhada ----------\nDe: {full}\nAssunto: Devolução\n\n"
        "Reencaminho a mensagem da minha mãe, ela não tem WhatsApp.",
        "Mesa para quatro no sábado à noite, por favor, para mim, a {full:f} e o marido dela, o {first:m}. "
        "Um de nós é celíaco.",
        "O estafeta deixou a encomenda com a {first:f} do 3.º esquerdo em vez de mim. Não faz mal, "
        "era só para saberem. Obrigada, {full:f}",
        "Podem pôr a reserva 66310 em nome de {full}? Enganei-me no nome.",
        "Boa tarde, o Dr. {last} dá consulta na quinta? Preciso de mudar a consulta das 10h30, "
        "é para {full}.",
        "Escrevo em nome do meu pai, {full:m}, que comprou o cadeirão reclinável em março. O motor deixou de "
        "funcionar e ele tem 87 anos, não o consegue levar. O que podem fazer?",
        "Com os melhores cumprimentos,\nEng.ª {full:f}\nDepartamento de Compras",
        "É uma prenda para {full}, por favor sem o preço na caixa. No cartão: Parabéns {first}!",
        "Olá é a {first:f}, o meu namorado {full:m} fez a encomenda mas quem está em casa sou eu",
        "Enviem a fatura para a nossa contabilista, {full:f}, e não para mim. Cumprimentos, {full}",
        "{caps} - ENCOMENDA 28841 - TAMANHO ERRADO OUTRA VEZ",
        "Marcação para os miúdos: {first} (6 anos) e {first} (9 anos), encarregado de educação {full}.",
        "falei ontem com {low} ao telefone e disse que o reembolso era hoje, até agora nada",
        "Queríamos reservar a sala para 14 pessoas. Contacto: {full}, e quem paga o sinal é {full}.",
        "Reclamação: o técnico, {first:m}, foi impecável, mas o gerente {full:m} foi mal-educado. "
        "Quero que seja outra pessoa a tratar disto e não o Sr. {last}.",
        "A {full:f} pode levantar a minha receita? Já lhe dei o código.",
        "> {full} escreveu:\n> A mesa de carvalho ainda está disponível?\nSim, mas agora pergunto por uma amiga.",
        "Um grande obrigado à {first:f} da loja de Braga pela troca!",
        "A encomenda vai em nome de {full} ao cuidado de {full}, 2.º andar, os dois nomes estão na campainha.",
        "Olá, venho levantar em nome de {full} e de {full}, estão os dois na encomenda.",
        "Atenciosamente,\nProf. Dr. {full}\nFaculdade de Medicina",
        "O meu filho {first:m} encomendou as sapatilhas com o meu cartão, podem cancelar? Tem 13 anos. {full}",
        "Fica marcado com {full} para cor e corte na terça às 14h? Obrigada",
        "Seria possível entregar em casa da minha cunhada {dbl:f}? É na mesma terra.",
        "Desculpem, engano! A encomenda está em nome de {full}, não de {full}. O meu marido usou a conta dele.",
        "Sobre a encomenda perdida: já falei com o {first:m} e depois com a {full:f} do vosso apoio, "
        "três semanas sem resposta.",
        "oi, aqui é {full}, tô morando em Lisboa faz pouco, vocês entregam no Seixal?",
    ],
    "es": [
        "Buenas, soy {full}. Pedí el sofá rinconera el día 4 y el seguimiento no se mueve. "
        "Si no estoy, lo puede recoger mi vecina {full:f}.",
        "---------- Mensaje reenviado ----------\nDe: {full}\nAsunto: Devolución\n\n"
        "Os reenvío el mensaje de mi madre, que no tiene WhatsApp.",
        "Mesa para cuatro el sábado por la noche, por favor, para mí, {full:f} y su marido {first:m}. "
        "Uno de nosotros es celíaco.",
        "El repartidor dejó el paquete a {first} del 3.º B en vez de a mí. No pasa nada, "
        "solo para que lo sepáis. Gracias, {full}",
        "¿Podéis poner la reserva 99132 a nombre de {full}? Me equivoqué de nombre.",
        "Hola, ¿pasa consulta la Dra. {last} el jueves? Tengo que cambiar la cita de las 10:30, "
        "es para {full}.",
        "Os escribo de parte de mi padre, {full:m}, que compró el sillón relax en marzo. El motor ha dejado "
        "de funcionar y tiene 87 años, no puede llevarlo. ¿Qué opciones hay?",
        "Un saludo,\nSra. {full:f}\nDepartamento de Compras",
        "Es un regalo para {full}, por favor sin el precio en la caja. En la tarjeta: ¡Felicidades {first}!",
        "Hola soy {first}, mi pareja {full} hizo el pedido pero la que está en casa soy yo",
        "Mandad la factura a nuestra gestora, {full:f}, no a mí. Saludos, {full}",
        "{caps} - PEDIDO 41170 - TALLA EQUIVOCADA OTRA VEZ",
        "Cita para los niños: {first} (6 años) y {first} (9 años), a cargo de {full}.",
        "hablé ayer con {low} por teléfono y me dijo que el reembolso era hoy, nada de nada",
        "Queremos reservar el reservado para 14 personas. Contacto: {full}, y la señal la paga {full}.",
        "Reclamación: el montador, {first:m}, fue un encanto, pero el encargado {full:m} fue muy borde. "
        "Quiero que lo lleve otra persona y no el Sr. {last}.",
        "¿Puede recoger {full} mi receta? Ya le he dado el código.",
        "> {full} escribió:\n> ¿Sigue disponible la mesa de roble?\nSí, pero ahora pregunto por una amiga.",
        "¡Mil gracias a {first} de la tienda de Zaragoza por el cambio!",
        "El paquete va a nombre de {full}, en casa de {full}, 2.º piso, los dos nombres en el portero.",
        "Hola, vengo a recoger de parte de {full} y de {full}, los dos están en el pedido.",
        "Atentamente,\nDr. {full:m}\nServicio de Traumatología",
        "Mi hijo {first:m} pidió las zapatillas con mi tarjeta, ¿podéis anularlo? Tiene 13 años. {full}",
        "¿Queda confirmado con {full} para color y corte el martes a las 14h? Gracias",
        "¿Sería posible entregarlo en casa de mi cuñada {dbl:f}? Es el mismo pueblo.",
        "¡Perdón, me equivoqué! El pedido está a nombre de {full}, no de {full}. Mi marido usó su cuenta.",
        "Sobre el paquete perdido: ya hablé con {first} y luego con {full} de atención al cliente, "
        "tres semanas sin respuesta.",
        "Bon dia, sóc {full}, voldria canviar la comanda del dijous, gràcies!",
    ],
    "de": [
        "Hallo, hier ist {full}. Ich habe am 4. das Ecksofa bestellt und die Sendungsverfolgung steht still. "
        "Falls ich nicht da bin, kann meine Nachbarin {full:f} annehmen.",
        "---------- Weitergeleitete Nachricht ----------\nVon: {full}\nBetreff: Rücksendung\n\n"
        "Ich leite Ihnen die Nachricht meiner Mutter weiter, sie hat kein WhatsApp.",
        "Einen Tisch für vier am Samstagabend bitte, für mich, {full:f} und ihren Mann {first:m}. "
        "Einer von uns ist Zöliakie-Patient.",
        "Der Bote hat das Paket bei {first} im 3. OG abgegeben statt bei mir. Kein Problem, "
        "nur zur Info. Danke, {full}",
        "Können Sie die Reservierung 61208 auf {full} umschreiben? Ich habe mich im Namen vertan.",
        "Guten Tag, hat Dr. {last} am Donnerstag Sprechstunde? Ich muss den Termin um 10:30 verschieben, "
        "es geht um {full}.",
        "Ich schreibe für meinen Vater, {full:m}, der im März den Relaxsessel gekauft hat. Der Motor geht "
        "nicht mehr und er ist 87, er kann ihn nicht zurückbringen. Was schlagen Sie vor?",
        "Mit freundlichen Grüßen\nDipl.-Ing. {full}\nEinkauf",
        "Das ist ein Geschenk für {full}, bitte ohne Preis im Paket. Auf die Karte: "
        "Alles Gute zum 40., {first}!",
        "Hi hier ist {first}, mein Freund {full:m} hat bestellt aber zu Hause bin ich",
        "Bitte schicken Sie die Rechnung an unsere Buchhalterin {full:f}, nicht an mich. Gruß {full}",
        "{caps} - BESTELLUNG 73391 - SCHON WIEDER FALSCHE GRÖSSE",
        "Termin für die Kinder bitte: {first} (6) und {first} (9), Elternteil {full}.",
        "hab gestern mit {low:f} telefoniert, sie meinte die Erstattung kommt heute, bisher nichts",
        "Wir möchten das Nebenzimmer für 14 Personen reservieren. Ansprechpartner ist {full}, die "
        "Anzahlung übernimmt {full}.",
        "Beschwerde: Der Monteur, {first:m}, war super, aber der Filialleiter {full:m} war unhöflich. "
        "Ich möchte, dass sich jemand anderes als Herr {last} darum kümmert.",
        "Darf {full:f} mein Rezept abholen? Ich habe ihr den Abholcode gegeben.",
        "> {full} schrieb:\n> Ist der Eichentisch noch zu haben?\nJa, aber ich frage jetzt für eine Freundin.",
        "Vielen Dank an {first} aus der Filiale in Bielefeld für den Umtausch!",
        "Das Paket geht an {full} bei {full}, 2. Stock, beide Namen stehen an der Klingel.",
        "Hallo, ich hole für {full} und {full} ab, beide stehen auf der Bestellung.",
        "Beste Grüße\nProf. Dr. {full}\nLehrstuhl für Chemie",
        "Mein Sohn {first:m} hat die Turnschuhe mit meiner Karte bestellt, können Sie stornieren? "
        "Er ist 13. {full}",
        "Ist der Termin bei {full} für Farbe und Schnitt am Dienstag um 14 Uhr bestätigt? Danke",
        "Wäre es möglich, an meine Schwägerin {dbl:f} zu liefern? Gleicher Ort.",
        "Sorry, Verwechslung! Die Bestellung läuft auf {full}, nicht auf {full}. Mein Mann hat sein "
        "Konto benutzt.",
        "Zum verlorenen Paket: Ich habe schon mit {first} und dann mit {full} vom Kundenservice "
        "gesprochen, seit drei Wochen keine Antwort.",
        "Servus, da {full}, i bräucht den Termin am Freitag leider doch früher, passt 9 Uhr?",
    ],
}

BRANDS = ["Bialetti", "Hugo Boss", "Carolina Herrera", "Tefal", "Dyson", "Philips", "Nespresso", "Le Creuset",
          "Ralph Lauren", "Samsung Galaxy", "iPhone 15", "Nina Ricci", "Calvin Klein", "Miele", "Bosch",
          "Tommy Hilfiger", "Giorgio Armani", "Jean Paul Gaultier", "Yves Saint Laurent", "Moulinex"]
CARS = ["Renault Clio", "Peugeot 208", "Fiat Panda", "Opel Corsa", "VW Golf", "Seat Leon", "Dacia Sandero",
        "Alfa Romeo Giulia", "Mercedes Vito", "Citroën Berlingo", "Toyota Yaris", "Škoda Octavia"]
MODELS = ["XL", "M", "EU 42", "UK 6", "Pro Max", "V15 Detect", "Series 8", "Ultra", "Mini", "T2"]

# Per language: products, shops, towns of shops and warehouses, weekdays, months, clean shapes.
# {p} product, {b} brand, {c} car model, {s} shop, {t} town, {d} weekday, {m} month, {z} size or model.
SHOP: dict[str, tuple[list[str], list[str], list[str], list[str], list[str], list[str]]] = {
    "en": (
        ["Oak Bookcase", "Pressure Cooker", "Memory Foam Pillow", "Garden Parasol", "Espresso Maker",
         "Wool Coat", "Bike Helmet", "Cast Iron Pan", "Roof Box", "Baby Monitor", "Electric Toothbrush",
         "Velvet Armchair"],
        ["Mill Lane Hardware", "High Street Pharmacy", "St Mary's Florist", "Victoria Road Bakery",
         "Queen Street Tyres", "Kings Cross Outlet", "Abbey Road Interiors", "Canal Street Cycles"],
        ["Milton Keynes", "Daventry", "Swindon", "Leeds", "Bristol", "Glasgow", "Crewe", "Reading"],
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        ["January", "March", "April", "June", "August", "October", "December"],
        [
            "Hi, is the {b} {p} in stock at {s}? I'd pick it up {d} if so.",
            "Do you have roof bars that fit a {c}? Size {z} if possible.",
            "My order of the {p} left the {t} warehouse on {d}, when will it reach {s}?",
            "Is the {b} perfume sale still on until the end of {m}?",
            "Could you hold the {p} for me until {d}? I'll come to {s} after work.",
            "Does the {b} {z} come with a UK plug? The one from {t} didn't.",
            "Price match? {s} has the {p} for £20 less this {d}.",
            "When does the new {b} range land in {t}? I was told {m}.",
            "Is the car park behind {s} free on {d}s?",
            "Do you deliver to {t}, or only around {s}? It's for the {p}.",
            "Hello, are you open on Bank Holiday {d}? Looking for a {p} and {b} gift sets.",
            "Can a {p} go in the boot of a {c} or do I need the van hire?",
            "The {p} in size {z} shows out of stock online, but {s} in {t} says they have it?",
            "Restock date for the {b} {p}? Saw it in {m} at {s}.",
            "Hi! Is the {m} catalogue out yet? Want to see the {b} and {p} deals.",
        ],
    ),
    "fr": (
        ["la Bibliothèque Chêne Oslo", "l'Autocuiseur Clipso", "l'Oreiller Mémoire de Forme", "le Parasol Déporté",
         "la Cafetière Moka", "le Manteau Laine Bergen", "le Casque Vélo Urbain", "la Poêle Fonte Signature",
         "le Coffre de Toit Lagon", "le Babyphone Vidéo", "la Brosse à Dents Sonic", "le Fauteuil Velours Milano"],
        ["Quincaillerie du Moulin", "Pharmacie de la Gare", "Fleuriste Saint-Martin",
         "Boulangerie rue Victor Hugo", "Librairie du boulevard Voltaire", "Cycles Jean Jaurès",
         "Caves Saint-Vincent", "Optique Pasteur"],
        ["Lyon", "Roissy", "Chartres", "Orléans", "Lille", "Valence", "Tours", "Saint-Quentin-Fallavier"],
        ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        ["janvier", "mars", "avril", "juin", "août", "octobre", "décembre"],
        [
            "Bonjour, vous avez {p} de chez {b} en stock chez {s} ? Je passerais {d}.",
            "Vous avez des barres de toit pour une {c} ? Taille {z} si possible.",
            "Ma commande ({p}) est partie de l'entrepôt de {t} {d}, elle arrive quand chez {s} ?",
            "Les soldes sur les parfums {b} durent jusqu'à fin {m} ?",
            "Pouvez-vous me mettre de côté {p} jusqu'à {d} ? Je passe chez {s} après le travail.",
            "L'article {b} {z} est livré avec une prise française ? Celui venu de {t} non.",
            "{s} fait {p} 20 € moins cher ce {d}, vous alignez le prix ?",
            "La nouvelle collection {b} arrive quand à {t} ? On m'a dit {m}.",
            "Le parking derrière {s} est gratuit le {d} ?",
            "Vous livrez jusqu'à {t} ou seulement autour de {s} ? C'est pour {p}.",
            "Bonjour, vous êtes ouverts le {d} férié ? Je cherche {p} et des coffrets {b}.",
            "Est-ce que {p} rentre dans le coffre d'une {c} ou il faut louer un utilitaire ?",
            "En ligne {p} taille {z} est en rupture, mais {s} à {t} dit l'avoir ?",
            "Date de réassort pour {p} de {b} ? Vu en {m} chez {s}.",
            "Coucou ! Le catalogue de {m} est sorti ? Je veux voir les promos {b} et {p}.",
        ],
    ),
    "it": (
        ["la Libreria Rovere Oslo", "la Pentola Rapida", "il Cuscino Memory", "l'Ombrellone Decentrato",
         "la Moka Express", "il Cappotto Lana Bergen", "il Casco Bici Urban", "la Padella Ghisa Signature",
         "il Box Tetto Lagon", "il Baby Monitor Video", "lo Spazzolino Sonic", "la Poltrona Velluto Milano"],
        ["Ferramenta Garibaldi", "Farmacia San Marco", "Fioreria Santa Lucia", "Panificio Via Roma",
         "Libreria Corso Vittorio Emanuele", "Cicli Piazza Mazzini", "Enoteca San Lorenzo", "Ottica Cavour"],
        ["Piacenza", "Castel San Giovanni", "Bologna", "Arezzo", "Verona", "Bari", "Torino", "Passo Corese"],
        ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        ["gennaio", "marzo", "aprile", "giugno", "agosto", "ottobre", "dicembre"],
        [
            "Buongiorno, avete {p} di {b} disponibile da {s}? Passerei {d}.",
            "Avete le barre portatutto per una {c}? Misura {z} se possibile.",
            "Il mio ordine ({p}) è partito dal magazzino di {t} {d}, quando arriva da {s}?",
            "I saldi sui profumi {b} valgono fino a fine {m}?",
            "Potete tenermi da parte {p} fino a {d}? Passo da {s} dopo il lavoro.",
            "L'articolo {b} {z} ha la spina italiana? Quello spedito da {t} no.",
            "{s} ha {p} con 20 euro di sconto questo {d}, vi adeguate?",
            "Quando arriva a {t} la nuova collezione {b}? Mi hanno detto {m}.",
            "Il parcheggio dietro {s} è gratis il {d}?",
            "Consegnate fino a {t} o solo in zona {s}? È per {p}.",
            "Salve, siete aperti {d} festivo? Cerco {p} e le confezioni regalo {b}.",
            "Secondo voi {p} entra nel bagagliaio di una {c} o devo noleggiare il furgone?",
            "Online {p} taglia {z} risulta non disponibile, ma {s} di {t} dice che c'è?",
            "Quando torna disponibile {p} di {b}? A {m} c'era da {s}.",
            "Ciao! È uscito il volantino di {m}? Voglio vedere le offerte {b} e {p}.",
        ],
    ),
    "pt": (
        ["a Estante Carvalho Oslo", "a Panela de Pressão Rápida", "a Almofada Viscoelástica", "o Guarda-Sol Lateral",
         "a Cafeteira Moka", "o Casaco Lã Bergen", "o Capacete Urban", "a Frigideira Ferro Signature",
         "a Mala de Tejadilho Lagon", "o Intercomunicador Vídeo", "a Escova Sonic", "o Cadeirão Veludo Milano"],
        ["Drogaria da Rua Augusta", "Farmácia Santo António", "Florista São João", "Padaria da Avenida da Liberdade",
         "Livraria Rua do Carmo", "Oficina de Bicicletas da Batalha", "Garrafeira Santa Catarina",
         "Óptica Almirante Reis"],
        ["Azambuja", "Alverca", "Carregado", "Maia", "Braga", "Faro", "Leiria", "Setúbal"],
        ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
        ["janeiro", "março", "abril", "junho", "agosto", "outubro", "dezembro"],
        [
            "Bom dia, têm {p} da {b} disponível na {s}? Passava lá na {d}.",
            "Têm barras de tejadilho para um {c}? Tamanho {z} se possível.",
            "A minha encomenda ({p}) saiu do armazém de {t} na {d}, quando chega à {s}?",
            "Os saldos dos perfumes {b} vão até ao fim de {m}?",
            "Podem guardar-me {p} até {d}? Passo na {s} depois do trabalho.",
            "O artigo {b} {z} vem com ficha portuguesa? O que veio de {t} não vinha.",
            "A {s} tem {p} com 20 euros de desconto esta semana, acompanham o preço?",
            "Quando chega a {t} a nova coleção {b}? Disseram-me {m}.",
            "O estacionamento atrás da {s} é grátis ao {d}?",
            "Entregam em {t} ou só perto da {s}? É para {p}.",
            "Olá, estão abertos no feriado de {m}? Procuro {p} e conjuntos {b}.",
            "Acham que {p} cabe na mala de um {c} ou preciso de alugar carrinha?",
            "Online {p} tamanho {z} aparece sem stock, mas a {s} de {t} diz que tem?",
            "Quando volta a haver stock? Procuro {p} da {b}, vi em {m} na {s}.",
            "Olá! Já saiu o folheto de {m}? Quero ver as promoções {b} e {p}.",
        ],
    ),
    "es": (
        ["la Estantería Roble Oslo", "la Olla Rápida", "la Almohada Viscoelástica", "la Sombrilla Descentrada",
         "la Cafetera Moka", "el Abrigo Lana Bergen", "el Casco Urban", "la Sartén Hierro Signature",
         "el Cofre de Techo Lagon", "el Vigilabebés Vídeo", "el Cepillo Sonic", "el Sillón Terciopelo Milano"],
        ["Ferretería Gran Vía", "Farmacia San Bernardo", "Floristería Santa Ana", "Panadería Calle Mayor",
         "Librería Paseo de Gracia", "Bicis Plaza de Cervantes", "Bodega San Antón", "Óptica Colón"],
        ["Getafe", "San Fernando de Henares", "El Prat", "Illescas", "Zaragoza", "Sevilla", "Valencia", "Murcia"],
        ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        ["enero", "marzo", "abril", "junio", "agosto", "octubre", "diciembre"],
        [
            "Hola, ¿tenéis {p} de {b} disponible en {s}? Pasaría el {d}.",
            "¿Tenéis barras de techo para un {c}? Talla {z} si puede ser.",
            "Mi pedido ({p}) salió del almacén de {t} el {d}, ¿cuándo llega a {s}?",
            "¿Las rebajas de perfumes {b} duran hasta final de {m}?",
            "¿Me podéis guardar {p} hasta el {d}? Paso por {s} al salir del trabajo.",
            "¿El artículo {b} {z} viene con enchufe español? El que vino de {t} no.",
            "En {s} tienen {p} con 20 euros de descuento este {d}, ¿igualáis el precio?",
            "¿Cuándo llega a {t} la nueva colección {b}? Me dijeron que en {m}.",
            "¿El parking detrás de {s} es gratis los {d}?",
            "¿Entregáis en {t} o solo cerca de {s}? Es para {p}.",
            "Hola, ¿abrís el {d} festivo? Busco {p} y estuches {b}.",
            "¿Creéis que {p} cabe en el maletero de un {c} o tengo que alquilar furgoneta?",
            "En la web {p} talla {z} sale sin stock, pero en {s} de {t} dicen que queda",
            "¿Cuándo reponéis {p} de {b}? En {m} había en {s}.",
            "¡Hola! ¿Ha salido ya el folleto de {m}? Quiero ver las ofertas de {b} y {p}.",
        ],
    ),
    "de": (
        ["das Eichenregal Oslo", "das Nackenkissen Memory", "die Siebträgermaschine Barista",
         "die Gusseisenpfanne Signature", "die Dachbox Lagon", "das Babyphone Vision", "die Zahnbürste Sonic",
         "das Sofa Milano", "die Wolljacke Bergen", "das Rennrad Allegro", "die Kaffeemühle Moka",
         "das Schneidebrett Eiche"],
        ["Eisenwaren Lindenstraße", "Goethe-Apotheke", "Blumen am Marienplatz", "Bäckerei Schillerstraße",
         "Buchhandlung am Kaiser-Wilhelm-Ring", "Radhaus Bismarckstraße", "Weinhandel St. Georg",
         "Optik Hauptstraße"],
        ["Bad Hersfeld", "Leipzig", "Graben", "Dortmund", "Kassel", "Rheinberg", "Erfurt", "Pforzheim"],
        ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        ["Januar", "März", "April", "Juni", "August", "Oktober", "Dezember"],
        [
            "Hallo, ist {p} von {b} bei {s} vorrätig? Ich käme am {d}.",
            "Haben Sie Dachträger für einen {c}? Größe {z} wenn möglich.",
            "Meine Bestellung ({p}) hat das Lager in {t} am {d} verlassen, wann ist sie bei {s}?",
            "Läuft der Sale auf {b} Parfum noch bis Ende {m}?",
            "Können Sie mir {p} bis {d} zurücklegen? Ich komme nach der Arbeit bei {s} vorbei.",
            "Hat der Artikel {b} {z} einen deutschen Stecker? Der aus {t} nicht.",
            "{s} hat {p} diesen {d} 20 Euro günstiger, gehen Sie mit dem Preis mit?",
            "Wann kommt die neue {b} Kollektion nach {t}? Mir wurde {m} gesagt.",
            "Ist der Parkplatz hinter {s} am {d} kostenlos?",
            "Liefern Sie bis {t} oder nur rund um {s}? Es geht um {p}.",
            "Hallo, haben Sie am Feiertag ({d}) geöffnet? Ich suche {p} und {b} Geschenksets.",
            "Passt {p} in den Kofferraum von einem {c} oder brauche ich einen Transporter?",
            "Online ist {p} in {z} ausverkauft, aber {s} in {t} sagt, sie haben es?",
            "Wann kommt {p} von {b} wieder rein? Im {m} bei {s} gesehen.",
            "Hi! Ist der Prospekt für {m} schon raus? Will die Angebote von {b} sehen, vor allem {p}.",
        ],
    ),
}
# fmt: on


def _person(lang: str, slot: str, rng: random.Random) -> str:
    kind, _, gender = slot.partition(":")
    groups = PEOPLE[lang]
    women, men, surnames = rng.choices(groups, weights=[len(w) + len(m) + len(s) for w, m, s in groups])[0]
    given = rng.choice({"f": women, "m": men}.get(gender, women + men))
    if kind == "first":
        return given
    last = rng.choice(surnames)
    if kind == "last":
        return last
    if kind == "dbl":
        other = rng.choice([s for s in surnames if s != last])
        last = f"{last} {other}" if lang in ("es", "pt") else f"{last}-{other}"
    full = f"{given} {last}"
    return {"low": full.lower(), "caps": full.upper()}.get(kind, full)


def _pair(name: str) -> tuple[str, str]:
    """A full name's given name and surname as compared with another set: its first and last words."""
    words = name.lower().replace("-", " ").split()
    return words[0], words[-1]


def _fill(
    lang: str, template: str, rng: random.Random, taken: set[tuple[str, str]]
) -> tuple[str, list[tuple[int, int]]]:
    text, gold, rest = "", [], template
    while "{" in rest:
        before, _, tail = rest.partition("{")
        slot, _, rest = tail.partition("}")
        value = _person(lang, slot, rng)
        while len(value.split()) > 1 and _pair(value) in taken:  # a pair the fourth set has
            value = _person(lang, slot, rng)
        text += before
        gold.append((len(text), len(text) + len(value)))  # offsets from the text as built
        text += value
    return text + rest, gold


def fourth_pairs() -> set[tuple[str, str]]:
    """The fourth set's full names as (given, surname) pairs, compared by program, never printed."""
    from bench import names_heldout4

    return {_pair(e.text[a:b]) for e in names_heldout4.load() for a, b in e.gold if len(e.text[a:b].split()) > 1}


def build() -> list[Example]:
    """The set as generated (only `--write` calls this; the bench reads the frozen file)."""
    rng = random.Random(SEED)
    taken = fourth_pairs()
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
        products, shops, towns, days, months, clean = SHOP[lang]
        seen: set[str] = set()
        while len(seen) < CLEAN_PER_LANGUAGE:
            text = rng.choice(clean).format(
                p=rng.choice(products), b=rng.choice(BRANDS), c=rng.choice(CARS), s=rng.choice(shops),
                t=rng.choice(towns), d=rng.choice(days), m=rng.choice(months), z=rng.choice(MODELS),
            )  # fmt: skip
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
