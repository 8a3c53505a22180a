"""`python -m bench.names_tune8`: a sixth tuning set of the name rules, chat forms of en, it and fr.

Written for the eighth round of the name rules, before any of them, without reading the held-out
name sets (`bench/names_heldout*.py`, `bench/data/names_heldout*.jsonl`) or their misses. The
shapes are those the earlier tune sets lack: a name as the object of a verb ("I gave it to …",
"ho parlato con …"), in a list, after a preposition, in forwarded text ("---------- Forwarded
message ---------", "Da: …"), a given name used alone in Italian ("Chiedi a …"), a surname alone
after a title ("dott.ssa …", "avv. …", "Dr …"), a name before a job ("… il corriere"), nicknames,
lower-case chat, particles ("Van Der Berg", "De La Cruz") and apostrophes ("D'Angelo", "O'Brien"),
in messages otherwise full of shop talk. Later batches of the same round (appended, so earlier
draws stay as they were) add surname-first forms, letters and mail headers, bells and staff,
and lower case and capitals with a surname.

Every name is hand-written for this set from general knowledge: names of people living in the UK,
the US, Italy and France, with the origins common there (English, Irish, Scottish, Italian, French,
Indian, Pakistani, Nigerian, Ghanaian, Chinese, Polish, Romanian, Albanian, Ukrainian, Arabic,
Filipino, Senegalese, Vietnamese, Portuguese). No names come from a library. A template that
starts with `~` is typed all in lower case. The no-PII messages share the shapes with no one in
them (companies, services, products after the same cue words; no place, which Veil protects).

It prints, per language, names protected and no-PII messages unchanged with the rules only (the
stock en/fr spaCy pipelines, blank ones for it), and with `--show N` up to N misses and false
positives.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from bench import chat_tune
from bench.chat_tune import Example, fill

LANGS = ("en", "it", "fr")
SEED = 20261208
REPEATS = 5  # each template filled with this many names

# Given names and surnames of people of many origins (written for this set, not drawn from a list).
_DIASPORA_FIRST = (
    "Priya", "Arjun", "Sanjay", "Deepika", "Rohan", "Ananya", "Vikram", "Lakshmi", "Rajesh", "Kavitha",
    "Imran", "Ayesha", "Bilal", "Farah", "Usman", "Zainab", "Chinedu", "Ngozi", "Oluwaseun", "Adaeze",
    "Emeka", "Folake", "Tunde", "Chiamaka", "Kwame", "Ama", "Kofi", "Abena", "Wei", "Xiaoling",
    "Jun", "Mei", "Haoran", "Yan", "Zhiwei", "Agnieszka", "Krzysztof", "Małgorzata", "Tomasz",
    "Katarzyna", "Wojciech", "Ionuț", "Mihaela", "Andreea", "Bogdan", "Florin", "Roxana", "Alexandru",
    "Ermal", "Besnik", "Elira", "Arben", "Dritan", "Blerina", "Oksana", "Taras", "Olena", "Yuriy",
    "Fatima", "Youssef", "Karim", "Leila", "Mohammed", "Samira", "Omar", "Nour", "Hamza", "Rania",
    "Maricel", "Jericho", "Rowena", "Marlon", "Jhun", "Analyn", "Rhea", "Aminata", "Moussa", "Fatou",
    "Ousmane", "Thi Lan", "Minh", "Huong", "Duc",
)  # fmt: skip
_DIASPORA_SURNAMES = (
    "Natarajan", "Patel", "Sharma", "Iyer", "Reddy", "Chaudhry", "Khan", "Hussain", "Qureshi", "Malik",
    "Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Mensah", "Owusu", "Asante", "Boateng",
    "Zhang", "Liu", "Chen", "Huang", "Zhou", "Wang", "Kowalski", "Nowak", "Wiśniewska", "Lewandowski",
    "Zieliński", "Wójcik", "Popescu", "Ionescu", "Dumitrescu", "Constantin", "Munteanu", "Stoica",
    "Hoxha", "Krasniqi", "Berisha", "Gashi", "Shehu", "Kovalenko", "Shevchenko", "Bondarenko",
    "El Amrani", "Benali", "Haddad", "Mansour", "Saleh", "Al-Masri", "Santos", "Reyes", "Dela Cruz",
    "Bautista", "Villanueva", "Mendoza", "Diop", "Ndiaye", "Sow", "Fall", "Nguyen", "Tran", "Pham",
)  # fmt: skip
_LOCAL_FIRST = {
    "en": ("Oliver", "Harriet", "Gareth", "Siobhan", "Callum", "Niamh", "Rhys", "Imogen", "Declan", "Bethany",
           "Hamish", "Eilidh", "Tristan", "Felicity", "Dominic", "Lydia", "Graham", "Maureen", "Wesley",
           "Courtney", "Tyrone", "Shanice", "Duncan", "Fiona", "Rupert", "Gemma", "Kieran", "Lorna",
           "Brandon", "Kayleigh", "Desmond", "Eleanor", "Jasper", "Philippa", "Dwayne", "Tamsin"),
    "it": ("Gianluca", "Ornella", "Tiziana", "Massimiliano", "Loredana", "Raffaele", "Ilaria", "Gennaro",
           "Donatella", "Ottavio", "Graziella", "Pasquale", "Rossella", "Ludovica", "Carmine", "Nunzia",
           "Fabrizio", "Annalisa", "Vittorio", "Benedetta", "Salvatore", "Concetta", "Ettore", "Manuela",
           "Cosimo", "Assunta", "Dario", "Serena", "Ignazio", "Marisa", "Tommaso", "Antonella", "Rocco",
           "Elisabetta", "Settimio", "Filomena"),
    "fr": ("Gaëtan", "Solène", "Thibault", "Margaux", "Bastien", "Ségolène", "Yannick", "Maëlys", "Jérémie",
           "Coralie", "Loïc", "Apolline", "Grégoire", "Clémence", "Hervé", "Nadège", "Benoît", "Anaïs",
           "Quentin", "Ghislaine"),
}  # fmt: skip
_LOCAL_SURNAMES = {
    "en": ("Whitaker", "Pemberton", "Hargreaves", "McAllister", "Fairbanks", "Thornton", "Ashworth",
           "Blackwood", "Cartwright", "Doherty", "Fitzgerald", "Gallagher", "Holloway", "Lockhart",
           "Marsden", "Pennington", "Radcliffe", "Sutcliffe", "Underwood", "Wainwright", "Yardley",
           "Kowalczyk", "Brennan", "Campbell"),
    "it": ("Lombardo", "Ferri", "Esposito", "Marchetti", "Colombo", "Fumagalli", "Bianchi", "Santoro",
           "Pellegrini", "Caruso", "Mancuso", "Sorrentino", "Ruggiero", "Galli", "Vitale", "Barbieri",
           "Cattaneo", "Longo", "Palumbo", "Rinaldi", "Testa", "Benedetti", "Guerra", "Piras", "Sanna",
           "Zanetti", "Bassi", "Fontana", "Monti", "Orlando"),
    "fr": ("Lefebvre", "Garnier", "Rousseau", "Chevalier", "Fontaine", "Mercier", "Girard", "Lemaire",
           "Faure", "Perrin", "Morel", "Guérin", "Boucher", "Lacroix", "Renaud", "Carpentier"),
}  # fmt: skip
# Surnames with particles and apostrophes, written whole
_PARTICLED = {
    "en": ("Leopold Van Der Berg", "Kevin O'Brien", "Siobhan O'Connor", "Sean O'Sullivan", "Mary-Kate McDonagh",
           "Lucia D'Angelo", "Pieter de Vries", "Anneke Van Dijk", "Maria De La Cruz", "Carlos De Souza",
           "Jonathan Van Helden", "Ciara O'Neill", "Aoife Ni Bhriain", "Ronan Mac Giolla", "Antoine de Saint-Clair",
           "Julia Von Trapp", "Niall O'Dowd", "Fiona D'Arcy", "Hannah van den Bosch", "Rosa Di Stefano"),
    "it": ("Lucia D'Angelo", "Marco Dell'Acqua", "Chiara De Luca", "Gianni Lo Bianco", "Paola Della Valle",
           "Sergio D'Alessandro", "Rita Dall'Olio", "Nicola Di Pietro", "Elena La Rosa", "Bruno Li Causi",
           "Fabio Degli Esposti", "Sara Dal Molin", "Ugo D'Amico", "Marta De Filippis", "Luigi Lo Russo",
           "Kevin O'Brien", "Anna Van Der Meer", "Mario D'Urso", "Carla Dell'Orto", "Pietro De Rosa"),
    "fr": ("Jean-Marc d'Arcy", "Hélène De La Tour", "Pierre Le Goff", "Anne-Sophie Du Pont", "Louis d'Aubigné",
           "Marie Le Corre", "Yves De Villiers", "Claire Van Damme", "Paul-Henri de Lestrange", "Nina D'Alessio"),
}  # fmt: skip
NICKNAMES: dict[str, tuple[str, ...]] = {
    "en": ("Gazza", "Robbo", "Shaz", "Tash", "Jonno", "Deano", "Kez", "Mo", "Raj", "Sammy", "Ade", "Tomek",
           "Bogdi", "Lexi", "Georgie", "Freddie", "Alfie", "Millie", "Nicky", "Tony"),
    "it": ("Gigi", "Totò", "Peppe", "Ciccio", "Nino", "Tonino", "Mimmo", "Sandro", "Nando", "Lalla",
           "Pupa", "Titti", "Gianni", "Enzo", "Franci", "Marghe", "Ste", "Simo", "Giorgio", "Teo"),
    "fr": ("Flo", "Manu", "Nico", "Seb", "Steph", "Caro", "Mimi", "Juju", "Greg", "Thib"),
}  # fmt: skip

# {n} first + surname, {f} first, {s} surname, {p} a particled or apostrophised name, {k} a nickname,
# {u} first + surname in capitals, {w} an Italian given name that is also a word
TEMPLATES: dict[str, tuple[str, ...]] = {
    "en": (
        "I gave the return label to {n} at the post office",
        "I handed the parcel to {f} on reception",
        "We sent the invoice to {n} last Tuesday, order 55812",
        "Please refund the order to {n}, not to me",
        "The courier left it with {n} downstairs",
        "Can you cc {n} on the delivery confirmation?",
        "Both {f} and {f} need a copy of the receipt",
        "Team: {n}, {n}, {n} (all on the same invoice)",
        "Gift for {f}, please include a gift receipt",
        "According to {n} the discount code expired",
        "Dr {s} signed for the delivery",
        "Mr {s} from accounts approved the refund",
        "Mrs {s} still hasn't received the replacement",
        "Ms {s} asked for an exchange on the boots",
        "Prof. {s} ordered the lab coats",
        "---------- Forwarded message ---------\nFrom: {n}\nSubject: Re: order 99120",
        "> On Mon, 3 Nov, {n} wrote:\n> the size 10 is out of stock",
        "Forwarded from {n}: my trainers arrived damaged",
        "{n} the courier said nobody was in",
        "{f} the delivery driver rang twice",
        "{f} from customer service promised a voucher",
        "~i gave it to {n} yesterday, she paid by card",
        "~sent the tracking number to {f} already",
        "~ask {f} about the refund pls",
        "The order was placed by {p}",
        "Invoice address: {p}, 12 Mill Lane",
        "I spoke with {p} about the warranty",
        "Please pass this on to {k}, he handles returns",
        "{k} sorted out the exchange, thanks",
        "Talked to {f} and {n} about the bulk order",
        "Ship it to my colleague {n} instead",
        "Who is {n}? The card statement shows a payment to them",
        "My landlord {n} has to sign for the furniture",
        "Thank you to {f} for the quick refund!",
        "Collected by {n} on behalf of the shop",
        "Contact person: {n} (warehouse)",
        "The sofa was delivered to {n} by mistake",
        "{n}, {n} and I share the account",
        "Shout out to {f} in the Croydon store",
        "Is {f} working today? She helped with my return",
        "Send the voucher to {f} please",
        "Payment came from {n}'s card",
        "Return authorised by {n}, supervisor",
        "@{f} can you check order 7781?",
        "Please make the invoice out to {n}",
        "Booked with {f} for the fitting on Friday",
        "Paid via PayPal by {n}",
        "My daughter {f} wants the blue one",
        "Thanks {f}, the replacement arrived",
        "Dear {n}, your refund has been processed",
        # second batch: surname first, letters and mail headers, staff and family, possessives
        "{s}, {f} - order 55120, wrong size",
        "FAO {n}, accounts department",
        "Dear Mr {s},\nThe sofa arrived with a broken leg.",
        "Dear {f},\nthanks for sorting the return.",
        "Regards,\nDr {n}",
        "cc: {n}",
        "Hi team, {f} here, quick one about invoice 3319",
        "Ticket assigned to {n}",
        "Buzz {s} on the intercom, flat 9",
        "c/o {n}",
        "Order for {n} (it's a gift)",
        "{f}'s order hasn't arrived yet",
        "Me and {f} ordered the same trainers",
        "Recipient: {n}",
        "Deliver to: {n}",
        "On Tue, 4 Nov 2026 at 18:40, {n} wrote:\n> the blue one is sold out",
        "Sent on behalf of {n}",
        "As {f} said on the phone, the refund takes five days",
        "~its {n} again re order 5512",
        "Your colleague {f} said I'd get a voucher",
        "The engineer, {f}, never turned up",
        "I'm {f}'s mum, she placed the order on my card",
        "Thanks {n}!",
        "{n}\nSent from my Samsung Galaxy",
        "Hi {f}, any update on the refund?",
        # third batch: lower case and capitals with a surname after the first name
        "~hi this is {n}",
        "~sent it to {n} yesterday",
        "HI THIS IS {u}, WHERE IS MY ORDER",
        "{n}: parcel arrived damaged",
    ),
    "it": (
        "Ho parlato con {f} del servizio clienti",
        "ho parlato con {f} ieri per il reso",
        "Chiedi a {f}, ha lei la ricevuta",
        "Chiedete a {f} in magazzino",
        "Ho dato il pacco a {n} al piano terra",
        "Il corriere l'ha lasciato a {f} della portineria",
        "{f} il corriere ha detto che ripassa domani",
        "{n} il fattorino non ha suonato",
        "La fattura va intestata a {n}",
        "Ho girato la mail a {n}",
        "La dott.ssa {s} ha firmato la consegna",
        "Il dott. {s} ha approvato il rimborso",
        "L'avv. {s} chiede la copia dello scontrino",
        "La sig.ra {s} non ha ricevuto il cambio",
        "Il sig. {s} ritira in negozio",
        "Il geom. {s} ha ordinato le piastrelle",
        "L'ing. {s} vuole la fattura elettronica",
        "Sono passata da {f} per il pacco",
        "Erano presenti {f}, {f} e {f} al ritiro",
        "Regalo per {f}, mettete lo scontrino cortesia",
        "Secondo {n} il codice sconto è scaduto",
        "---------- Messaggio inoltrato ---------\nDa: {n}\nOggetto: ordine 44120",
        "Inoltrato da {n}: il divano è arrivato rotto",
        "Il {date} {n} ha scritto:\n> la taglia 42 è esaurita",
        "~ho dato la ricevuta a {f} ieri",
        "~chiedi a {f} per il reso",
        "~ha pagato {n} con la carta",
        "L'ordine l'ha fatto {p}",
        "Intestatario: {p}",
        "Ho sentito {p} per la garanzia",
        "Passatelo a {k}, si occupa lui dei resi",
        "{k} ha sistemato il cambio, grazie",
        "Ho parlato con {f} e con {n} per l'ordine all'ingrosso",
        "Spedite a mia cognata {n}",
        "Il pagamento risulta da {n}",
        "Il padrone di casa, {n}, deve firmare",
        "Grazie a {f} per il rimborso veloce!",
        "Ritirato da {n} per conto del negozio",
        "Referente: {n} (magazzino)",
        "Il divano è stato consegnato a {n} per errore",
        "Io, {f} e {f} abbiamo lo stesso account",
        "C'è {f} oggi in negozio? Mi ha aiutata col reso",
        "Mandate il buono a {f} per favore",
        "Pagato con PayPal da {n}",
        "Mia figlia {f} vuole quello blu",
        "Grazie {f}, il cambio è arrivato",
        "Gentile {n}, il rimborso è stato emesso",
        "Ho lasciato le chiavi a {f} la vicina",
        "Ne ho parlato con la collega {n}",
        "Fate riferimento a {n} per la consegna",
        # second batch: cognome prima del nome, lettere e intestazioni, personale e famiglia
        "Sono {s} {f}, ordine 5512",
        "Cognome e nome: {s} {f}",
        "Citofonare {s}, scala B",
        "~citofono {s} interno 4",
        "Alla c.a. del sig. {s}",
        "C.a. {n}",
        "Gentile sig.ra {s},\nil divano è arrivato rotto.",
        "Egregio dott. {n},\nle scrivo per il rimborso.",
        "Cordiali saluti\nDott. {n}",
        "Mi ha risposto {f} del customer care",
        "L'operatrice {f} mi ha detto di aspettare",
        "Il vostro collega {f} mi ha promesso un buono",
        "Il tecnico, {f}, non si è presentato",
        "Sono la mamma di {f}, ha ordinato con la mia carta",
        "Scrivo per conto di mia nonna {n}",
        "L'ordine è intestato a mio marito {n}",
        "Il destinatario è {n}",
        "Consegnare a: {n}",
        "Presso {n}, scala B, interno 4",
        "Ho fatto l'ordine insieme a {f}",
        "Un saluto,\n{f}",
        "Saluti\n{n}",
        "~ciao sono {f} quella del reso",
        "Buongiorno {f}, grazie del rimborso",
        "Ciao {k}!",
        "Rif. {n} - reso taglia 42",
        "Ordine a nome {s}",
        "Il pacco è di {f}, la mia coinquilina",
        "Grazie mille a {f} e a {f}!",
        "Mi ha risposto un certo {f}, molto gentile",
        "Il sig. {n} ha pagato alla consegna",
        "La signora {f} del terzo piano ha ritirato il pacco",
        "Da parte di {n}",
        "{n}\nInviato da iPhone",
        "Il giorno {date} {n} ha scritto:\n> il reso è stato accettato",
        "~grazie {f} sei stata gentilissima",
        "Mio figlio {f} vuole la maglia della Juve",
        # third batch: lower case and capitals with a surname after the first name
        "~ciao sono {n}",
        "~ho parlato con {n} ieri",
        "~il pacco è per {n}",
        "SONO {u}, DOVE È IL MIO ORDINE",
        "{n}: il pacco è arrivato rotto",
        "{f} qui, il pacco non è arrivato",
        "Il mio vicino {f} ha ritirato il pacco",
        "Ti mando il numero di {f}",
        # fourth batch: given names that are also Italian words, opening a sentence as its subject
        "{w} ha ordinato due felpe",
        "{w} mi ha detto di scrivervi",
        "Buongiorno. {w} ha già pagato con Satispay",
        "{w} è passata in negozio ieri",
    ),
    "fr": (
        "J'ai donné le colis à {n} à l'accueil",
        "J'ai parlé avec {f} du service client",
        "Demande à {f}, elle a le ticket",
        "Le livreur l'a laissé à {n} au rez-de-chaussée",
        "{f} le livreur a dit qu'il repasse demain",
        "La facture est au nom de {n}",
        "Le Dr {s} a signé la livraison",
        "Maître {s} demande une copie de la facture",
        "---------- Message transféré ---------\nDe : {n}\nObjet : commande 44120",
        "~j'ai filé le reçu à {f} hier",
        "La commande a été passée par {p}",
        "Passez-le à {k}, il gère les retours",
        "J'ai vu {f} et {n} pour la commande groupée",
        "Envoyez le bon d'achat à {f} svp",
        "Payé par PayPal par {n}",
        "Merci à {f} pour le remboursement rapide !",
        "Le canapé a été livré chez {n} par erreur",
        "Ma fille {f} veut le bleu",
        "Remis en main propre à {n}",
        "Selon {n}, le code promo a expiré",
        # second batch
        "À l'attention de M. {s}",
        "Sonner chez {s}, 3e étage",
        "{s} {f}, commande 5512",
        "Cordialement,\nDr {n}",
        "Votre collègue {f} m'a promis un avoir",
        "Le technicien, {f}, n'est jamais venu",
        "Destinataire : {n}",
        "Le {date}, {n} a écrit :\n> le bleu est épuisé",
    ),
}

CLEAN: dict[str, tuple[str, ...]] = {
    "en": (
        "I gave the return label to the post office",
        "I handed the parcel to reception",
        "We sent the invoice to Accounts Payable last Tuesday, order 55812",
        "Please refund the order to my Visa, not to PayPal",
        "The courier left it with the concierge downstairs",
        "Can you cc Customer Services on the delivery confirmation?",
        "Both Amazon and Argos need a copy of the receipt",
        "Team: Sales, Marketing, Logistics (all on the same invoice)",
        "Gift for Mother's Day, please include a gift receipt",
        "According to Royal Mail the discount code expired",
        "Dr Martens boots arrived in the wrong size",
        "Mr Kipling cakes were missing from the order",
        "---------- Forwarded message ---------\nFrom: Marks & Spencer\nSubject: Re: order 99120",
        "Forwarded from Customer Care: my trainers arrived damaged",
        "The courier said nobody was in",
        "DPD the delivery firm rang twice",
        "~i gave it to the neighbour yesterday, paid by card",
        "~sent the tracking number to support already",
        "The order was placed by Head Office",
        "I spoke with Samsung about the warranty",
        "Ship it to my office address instead",
        "Shout out to the Croydon store",
        "Send the voucher to my work email please",
        "Paid via PayPal by bank transfer",
        "Thanks, the replacement arrived",
        "Is the flagship store open on Sunday?",
        "Contact person: Warehouse Manager",
        "Return authorised by the supervisor",
        "Booked with Specsavers for the fitting on Friday",
        "Can I pay with Apple Pay or Google Pay?",
        "I bought the Van Heusen shirt and the O'Neill jacket",
        "Delivered to the parcel locker by mistake",
        "Dear Customer,\nThe sofa arrived with a broken leg.",
        "Regards,\nCustomer Services",
        "cc: Accounts Payable",
        "Ticket assigned to the Returns Team",
        "Buzz the intercom, flat 9",
        "Recipient: Head Office",
        "Deliver to: Goods In",
        "On Tue, 4 Nov 2026 at 18:40, Support wrote:\n> the blue one is sold out",
        "Sent from my Samsung Galaxy",
        "Your colleague said I'd get a voucher",
        "Hi team, quick one about invoice 3319",
    ),
    "it": (
        "Ho parlato con il servizio clienti",
        "ho parlato con l'assistenza ieri per il reso",
        "Chiedi al magazzino, hanno la ricevuta",
        "Ho dato il pacco al portiere al piano terra",
        "Il corriere ha detto che ripassa domani",
        "La fattura va intestata alla ditta",
        "Ho girato la mail all'amministrazione",
        "Il dottore ha firmato la consegna",
        "Sono passata da Zara per il pacco",
        "Regalo per la Festa della Mamma, mettete lo scontrino cortesia",
        "Secondo Poste Italiane il codice sconto è scaduto",
        "---------- Messaggio inoltrato ---------\nDa: Amazon.it\nOggetto: ordine 44120",
        "Inoltrato dal negozio: il divano è arrivato rotto",
        "~ho dato la ricevuta al corriere ieri",
        "~chiedi in negozio per il reso",
        "~ha pagato con la carta",
        "L'ordine l'ha fatto l'ufficio acquisti",
        "Ho sentito Samsung per la garanzia",
        "Spedite in ufficio, non a casa",
        "Il pagamento risulta da PayPal",
        "Grazie per il rimborso veloce!",
        "Ritirato per conto del negozio",
        "Referente: ufficio logistica",
        "Mandate il buono alla mia email per favore",
        "Pagato con PayPal da conto corrente",
        "Grazie, il cambio è arrivato",
        "Ho lasciato le chiavi in portineria",
        "Fate riferimento al numero d'ordine per la consegna",
        "Il punto ritiro Mail Boxes Etc. chiude alle 19",
        "Ho preso la felpa Dell'Acqua e il piumino Colmar",
        "Il negozio in centro è aperto domenica?",
        "Consegnato a Poste Italiane per errore",
        "Citofonare interno 4, scala B",
        "Alla c.a. dell'ufficio acquisti",
        "Gentile cliente,\nil divano è arrivato rotto.",
        "Cordiali saluti\nServizio Clienti",
        "Mi ha risposto il customer care",
        "Il tecnico non si è presentato",
        "Il destinatario è l'azienda",
        "Consegnare a: magazzino",
        "Rif. ordine 4471 - reso taglia 42",
        "Inviato da iPhone",
        "Il giorno lun 3 nov 2026 alle 10:12 Assistenza Clienti ha scritto:\n> il reso è stato accettato",
        "Mio figlio vuole la maglia della Juve",
        "Grazie mille, siete stati gentilissimi!",
        "Rosa è il colore più venduto",
        "Nero ha fatto furore quest'anno",
        "Viola è disponibile in taglia M?",
        "Bianca è la versione più venduta",
    ),
    "fr": (
        "J'ai donné le colis à l'accueil",
        "J'ai parlé avec le service client",
        "Demande au magasin, ils ont le ticket",
        "Le livreur l'a laissé au gardien",
        "La facture est au nom de la société",
        "---------- Message transféré ---------\nDe : Fnac\nObjet : commande 44120",
        "~j'ai filé le reçu au livreur hier",
        "La commande a été passée par le service achats",
        "Envoyez le bon d'achat à mon adresse mail svp",
        "Payé par PayPal par virement",
        "Merci pour le remboursement rapide !",
        "Le canapé a été livré chez Darty par erreur",
        "À l'attention du service comptabilité",
        "Cordialement,\nLe service client",
        "Destinataire : l'entreprise",
    ),
}

_SLOT = re.compile(r"\{(n|f|s|p|k|u|w|date)\}")
# Italian given names that are also words ("Chiara": clear, "Serena": serene), hand-written
_WORD_NAMES = ("Chiara", "Serena", "Vittoria", "Bianca", "Gioia", "Marina", "Stella", "Aurora", "Letizia",
               "Grazia", "Felicita", "Celeste", "Gemma", "Perla", "Speranza", "Fortunata")  # fmt: skip


def name_messages(language: str) -> Iterator[tuple[str, tuple[tuple[int, int], ...]]]:
    """Every template filled `REPEATS` times from a seeded draw, with the gold name spans
    (a `{date}` slot is filled too but is no name: its span is dropped)."""
    rng = random.Random(f"{SEED}-{language}")
    first = _DIASPORA_FIRST + _LOCAL_FIRST[language] * 2  # about two in three names local
    surnames = _DIASPORA_SURNAMES + _LOCAL_SURNAMES[language] * 2

    def value(kind: str) -> str:
        if kind == "date":
            dates = {
                "fr": ("lun. 3 nov. 2026 à 10:12",),
                "it": ("lun 3 nov 2026 alle 10:12", "mar 4 nov 2026 alle 18:40"),
            }
            return rng.choice(dates.get(language, dates["it"]))
        f, s = rng.choice(first), rng.choice(surnames)
        return {
            "n": lambda: f"{f} {s}",
            "f": lambda: f,
            "s": lambda: s,
            "p": lambda: rng.choice(_PARTICLED[language]),
            "k": lambda: rng.choice(NICKNAMES[language]),
            "u": lambda: f"{f} {s}".upper(),
            "w": lambda: rng.choice(_WORD_NAMES),
        }[kind]()

    for template in TEMPLATES[language]:
        dates = [m.start() for m in _SLOT.finditer(template.removeprefix("~")) if m.group(1) == "date"]
        for text, gold in fill([template], REPEATS, _SLOT, value):
            if dates:  # the date is the template's first slot where present
                gold = gold[1:]
            yield text, gold


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(language), CLEAN[language])


def main() -> None:
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
