"""`python -m bench.address_handwritten_tune`: hand-written street addresses in chat messages, a TUNE set.

Written by the author of the address-part rules (span extension over flat/floor parts, landmarks,
districts and the next line's postcode and town), before those rules changed, from that author's
own knowledge of how people in each country type their address in a chat: Indian "H.No."/"Flat
No.", "near"/"opp." a landmark, sector/phase/block, colony/nagar, district, state and a 6-digit
PIN; Spanish "C/", "Avda.", "3º izq", "Bajo B", "Portal 2", "Esc. dcha", "s/n"; Italian "int.",
"scala", "piano", "c/o", "fraz.", "loc.", "(MI)"; French "bis"/"ter", "Bât.", "Appt", "Résidence",
"lieu-dit", "Cedex", "BP"; Portuguese "R/C Esq.", "2º Dto", "Lote", "Urbanização"; German
"Hinterhaus", "3. OG", "c/o", "Zi."; GB, US and Brazilian forms. Streets, towns and landmarks are
ordinary ones typed from memory, no list in the repository and no held-out file was read.

Tune only: the rules were written while reading this file's misses, so its figure shows what the
rules catch, not how well unseen text is protected (the frozen hand-written held-out set does that).
Gold offsets are computed while each message is built (`messages`), never counted by hand.

    .venv/bin/python -m bench.address_handwritten_tune [--show-misses N]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from bench.address_corpus import COUNTRIES, AddressMessage

LANG = {country: lang for country, (_, lang) in COUNTRIES.items()}

# Message shapes a language: "{a}" is the address.
SHAPES: dict[str, tuple[str, ...]] = {
    "en": (
        "Hi, please deliver to {a}. Thanks",
        "my address is {a}",
        "Ship to:\n{a}\nThanks!",
        "can you send the parcel to {a} pls",
        "{a}\nthat's where I live, ring twice",
    ),
    "es": (
        "Hola, mi dirección es {a}. Gracias",
        "Enviadlo a {a} por favor",
        "Dirección de entrega:\n{a}\nGracias!",
        "vivo en {a}, llamad al timbre",
        "{a}\nahí es donde tiene que llegar",
    ),
    "it": (
        "Buongiorno, il mio indirizzo è {a}. Grazie",
        "spedite a {a} per favore",
        "Indirizzo di consegna:\n{a}\nGrazie!",
        "abito in {a}, citofonate pure",
        "{a}\nè lì che deve arrivare il pacco",
    ),
    "fr": (
        "Bonjour, mon adresse est {a}. Merci",
        "vous pouvez livrer au {a} svp",
        "Adresse de livraison :\n{a}\nMerci !",
        "j'habite {a}, sonnez deux fois",
        "{a}\nc'est là qu'il faut livrer",
    ),
    "pt": (
        "Olá, a minha morada é {a}. Obrigado",
        "podem enviar para {a} por favor",
        "Endereço de entrega:\n{a}\nObrigada!",
        "moro na {a}, é só tocar",
        "{a}\né aí que tem de chegar",
    ),
    "de": (
        "Hallo, meine Adresse ist {a}. Danke",
        "bitte an {a} schicken",
        "Lieferadresse:\n{a}\nDanke!",
        "ich wohne {a}, bitte klingeln",
        "{a}\ndorthin soll das Paket",
    ),
}

ADDRESSES: dict[str, tuple[str, ...]] = {
    "IN": (
        "H.No. 12-3-45, Ameerpet, Hyderabad - 500016",
        "Flat No. 304, Sai Residency, 5th Cross, Indiranagar, Bangalore - 560038",
        "H No 221, Sector 15, Faridabad, Haryana 121007",
        "Flat 12B, Tower 3, Prestige Lakeside, Whitefield, Bengaluru 560066",
        "#45, 2nd Main, 3rd Block, Jayanagar, Bangalore 560011",
        "House No. 78, Gali No. 4, Laxmi Nagar, Delhi 110092",
        "Plot No. 23, Phase 2, Hinjewadi, Pune - 411057",
        "12/A, Near Shiv Mandir, Kothrud, Pune 411038",
        "Flat 2B, Opp. City Hospital, MG Road, Kochi - 682016",
        "H.No. 5-6-90, Near Bus Stand, Warangal, Telangana 506002",
        "D-14, Sector 62, Noida, Uttar Pradesh - 201301",
        "B-204, Shanti Apartments, Andheri East, Mumbai 400069",
        "Door No. 7/112, Gandhi Street, T Nagar, Chennai - 600017",
        "Flat No. 101, Block C, Green Park Colony, Bhopal 462003",
        "House No. 56, Ward No. 9, Near Post Office, Sikar, Rajasthan 332001",
        "Qtr No. 18, Railway Colony, Kharagpur, West Bengal - 721301",
        "45, Rajaji Nagar, 1st Stage, Bangalore 560010",
        "H.No. 3-88, Main Road, Guntur District, Andhra Pradesh 522001",
        "Flat 603, Wing B, Lodha Amara, Kolshet Road, Thane West 400607",
        "No. 9, 4th Cross Street, Anna Nagar West, Chennai 600040",
        "C-52, Malviya Nagar, Jaipur 302017",
        "House 11, Sector 21C, Chandigarh 160022",
        "Flat 7, 2nd Floor, Ganga Niwas, Near Railway Station, Nashik 422101",
        "H.No. 1-2-33/4, Dilsukhnagar, Hyderabad, Telangana - 500060",
        "221 B, Civil Lines, Opp. District Court, Allahabad 211001",
        "Flat No. 5, Shree Krishna Society, Paldi, Ahmedabad - 380007",
        "32, MG Road, Camp, Pune 411001",
        "Villa 14, Palm Meadows, Varthur Road, Bangalore 560066",
        "Shop No. 3, Ground Floor, Sai Complex, Vashi, Navi Mumbai 400703",
        "H No 89, Vill. Rampur, Post Khurja, Dist. Bulandshahr, UP 203131",
        "Flat 1A, Block 2, Salt Lake Sector V, Kolkata - 700091",
        "17/3, Rash Behari Avenue, Kolkata 700029",
        "Room 12, Hostel 4, IIT Campus, Powai, Mumbai 400076",
        "H.No. 44, Street No. 6, Model Town, Ludhiana, Punjab 141002",
        "Plot 88, HUDA Sector 14, Gurgaon 122001",
        "Flat G-2, Sunrise Apartments, Near Big Bazaar, Indore - 452010",
        "No. 27, Perumal Koil Street, Mylapore,\nChennai - 600004",
        "H.No. 8-2-293, Road No. 12, Banjara Hills,\nHyderabad 500034",
        "Flat 402, Krishna Towers, Behind SBI Bank, Vijayawada 520010",
        "House No. 19, Near Hanuman Temple, Gokul Nagar, Nagpur - 440022",
        "B-204, Sai Residency, Near Ganesh Temple, Kothrud, Pune 411038",
        "H.No. 2-1-56/B, Nallakunta, Hyderabad - 500044",
        "#45/2, 3rd Cross, 5th Main, Malleswaram, Bangalore 560003",
        "Door No. 14-2-7, Gandhi Road, Visakhapatnam, Andhra Pradesh 530002",
        "Plot No. 67, Sector 21, Kharghar, Navi Mumbai - 410210",
        "S/O Ramesh Kumar, H.No. 102, Vill. Sultanpur, Dist. Meerut, UP 250001",
        "W/O Suresh Patil, 23, Shivaji Nagar, Kolhapur, Maharashtra 416003",
        "Flat G-2, Lake View Enclave, Phase 2, Mohali, Punjab 160062",
        "12, Ashok Vihar, Phase 1, Delhi - 110052",
        "A-17, Block C, Vasant Kunj, New Delhi 110070",
        "No. 88, 7th Cross, HSR Layout, Sector 2, Bangalore - 560102",
        "34/1, Opp. Bus Depot, Station Road, Ratlam, MP 457001",
        "Flat 9C, Behind Reliance Fresh, Saket Nagar, Bhopal 462024",
        "House No. 210, Beside Axis Bank, Kakkanad, Kochi, Kerala - 682030",
        "D-5/12, Rohini Sector 7, Delhi 110085",
        "Flat No. 302, Shanti Kunj, Vaishali Nagar, Jaipur, Rajasthan - 302021",
        "H.No. 4-7-13, Ramnagar Colony, Karimnagar, Telangana PIN 505001",
        "Plot 14, Gandhi Nagar, Behind Collectorate, Nellore - 524003",
        "C-302, Raheja Gardens, LBS Marg, Thane West - 400604",
        "7/2, Mission Road, Shanthi Nagar, Bangalore 560027",
        "Door No. 3/45, Kamaraj Street, Tambaram, Chennai 600045",
        "Quarter No. B-12, Steel Colony, Bhilai, Chhattisgarh 490006",
        "H No 55, Ward 4, Near Panchayat Office, Vill. Khedi, Dist. Sehore, MP 466001",
        "Flat 5A, Block B, Sector 45, Gurgaon, Haryana - 122003",
        "16, Indira Colony, Opp. Govt School, Ajmer 305001",
        "Flat No. 11, Mahalaxmi Apartments, Kasba Peth, Pune - 411011",
        "House No. 90, Block E, Greater Kailash 1, New Delhi 110048",
        "G-8, Phase 3, Hitech City, Hyderabad - 500081",
        "S/O Mohan Lal, Ward No. 12, Near Gurudwara, Bathinda, Punjab 151001",
        "E-45, Sector 9, Vashi, Navi Mumbai 400703",
        "No. 5, 2nd Street, Gandhi Nagar, Adyar,\nChennai - 600020",
        "Flat 3B, Kavya Enclave, Jubilee Hills,\nHyderabad 500033",
    ),
    "ES": (
        "C/ Mayor 5, 3º izq, 28013 Madrid",
        "Avda. de la Constitución 18, 2º B, 41001 Sevilla",
        "Calle Alcalá 120, Bajo B, 28009 Madrid",
        "C/ Sant Pere 14, Portal 2, 3º 1ª, 08003 Barcelona",
        "Calle Real 7, Esc. dcha, 4º A, 15003 A Coruña",
        "Ctra. de Valencia km 12, s/n, 46900 Torrent",
        "Plaza de España 3, 1º dcha, 50004 Zaragoza",
        "C/ Colón 22, 5ºD\n46004 Valencia",
        "Paseo de Gracia 55, ático 2ª, 08007 Barcelona",
        "Calle Larios 4, 2º izda, 29005 Málaga",
        "Avenida de América 33, Bloque 4, 3º C, 28002 Madrid",
        "C/ Gran Vía 40, 6º, 48011 Bilbao",
        "Urbanización Los Pinos, C/ Jazmín 8, 29600 Marbella",
        "Calle del Carmen 9, entresuelo 1ª, 08001 Barcelona",
        "Camino de los Huertos s/n, 30800 Lorca (Murcia)",
        "C/ San Francisco 11, 1º izq, 33003 Oviedo, Asturias",
        "Rambla Catalunya 98, pral. 2ª, 08008 Barcelona",
        "Avda. Andalucía 27, Local 3, 18014 Granada",
        "C/ Nueva 3, bajo, 37002 Salamanca",
        "calle toledo 45 3ºb 28005 madrid",
        "Calle Mayor 12, 2º, puerta 4, 46002 Valencia",
        "Pza. del Pilar 6, 3º dcha\n50003 Zaragoza",
        "C/ Real 88, piso 2, 11100 San Fernando (Cádiz)",
        "Avda. Diagonal 601, 7ª planta, 08028 Barcelona",
        "Calle Doctor Fleming 14, Esc. B, 2º A, 28036 Madrid",
        "C/ Las Flores 5, Bl. 3, 1º B, 41020 Sevilla",
        "Travesía del Mar 2, 36202 Vigo, Pontevedra",
        "C/ Ancha 19, 11001 Cádiz",
        "Ronda de Segovia 50, 4º izda, 28005 Madrid",
        "Calle Sol 8, casa, 38001 Santa Cruz de Tenerife",
        "C/ Princesa 25, 2º dcha, junto al Corte Inglés, 28008 Madrid",
        "Av. Blasco Ibáñez 112, pta 9, 46022 Valencia",
        "Calle de Atocha 70, 3º izq,\n28012 Madrid",
        "Polígono Industrial El Prado, nave 12, 06800 Mérida",
        "C/ Herrería 3, bajo dcha, 24003 León",
        "Plaza Mayor 1, 2º, 37002 Salamanca",
        "Calle Feria 40, 1ºA, 41003 Sevilla",
        "Avda. Madrid 15, Portal 3, 5º B, 23003 Jaén",
        "C/ Uría 28, 4º, 33003 Oviedo",
        "Calle San Juan 3, Apto. 12, 07001 Palma de Mallorca",
    ),
    "IT": (
        "Via Roma 12, int. 5, 20121 Milano (MI)",
        "Via Garibaldi 7, scala B, piano 3, 10122 Torino",
        "c/o Rossi, Via Dante 4, 40125 Bologna (BO)",
        "Fraz. San Martino, Via della Chiesa 3, 52100 Arezzo (AR)",
        "Loc. Le Fornaci 12, 53036 Poggibonsi (SI)",
        "Corso Vittorio Emanuele II 45, int. 8, 80121 Napoli",
        "Piazza Cavour 2, 00193 Roma",
        "Via dei Mille 16, scala C, int. 12\n80121 Napoli",
        "Viale Monza 140, piano 2, 20127 Milano",
        "via manzoni 3 int 4 20121 milano",
        "Via Nazionale 200, 00184 Roma RM",
        "P.zza Duomo 1, 50122 Firenze (FI)",
        "Via San Giovanni 22/A, piano terra, 09124 Cagliari",
        "Vicolo Stretto 5, 37121 Verona (VR)",
        "Via Mazzini 10, sc. A, int. 3, 16122 Genova",
        "Strada Provinciale 45 km 3, 12051 Alba (CN)",
        "Via Verdi 8, c/o Studio Bianchi, 35122 Padova",
        "Largo Argentina 4, 00186 Roma",
        "Via Trieste 33, fraz. Borgo Nuovo, 33100 Udine",
        "Contrada Serra 14, 90046 Monreale (PA)",
        "Via Cavour 18, pal. B, int. 6, 70121 Bari",
        "Corso Buenos Aires 50, 3° piano, 20124 Milano",
        "Via XX Settembre 12, 16121 Genova (GE)",
        "Via Toledo 256, scala A, piano 4, int. 9, 80134 Napoli",
        "Via Po 8, 10123 Torino TO",
        "Via Appia Nuova 301, 00183 Roma",
        "Via del Corso 88, int. 2\n00186 Roma",
        "Località Poggio 7, 58100 Grosseto (GR)",
        "Via Marconi 14, Fraz. Ponte, 24030 Villa d'Adda (BG)",
        "Borgo Santa Croce 9, 43121 Parma",
        "Via Etnea 150, 95131 Catania (CT)",
        "Viale Europa 3, scala D, 25128 Brescia",
        "Via Carducci 6, presso Ferri, 57123 Livorno",
        "Piazza Garibaldi 11, piano 1, 43121 Parma (PR)",
        "Via Emilia Est 55, 41121 Modena",
        "Via Nuova 2, int. 1, 98122 Messina ME",
        "Via Solferino 27, citofono 4, 20121 Milano",
        "Via Libertà 90, 90143 Palermo",
        "Via Indipendenza 44, 40121 Bologna, piano 2",
        "Via Aurelia 5, loc. Marina, 57016 Rosignano (LI)",
    ),
    "FR": (
        "12 bis rue des Lilas, 75011 Paris",
        "5 ter avenue Jean Jaurès, Bât. B, 69007 Lyon",
        "Résidence Les Tilleuls, Bât. C, Appt 12, 3 rue Pasteur, 33000 Bordeaux",
        "Appt 45, 18 boulevard Voltaire, 75011 Paris",
        "Lieu-dit Les Granges, 24200 Sarlat-la-Canéda",
        "BP 123, 31000 Toulouse Cedex",
        "8 place Bellecour, 69002 Lyon",
        "22 rue de la République\n13001 Marseille",
        "14 allée des Roses, escalier A, 44000 Nantes",
        "3 impasse du Moulin, 67000 Strasbourg",
        "27 rue Victor Hugo, 2e étage, porte gauche, 59000 Lille",
        "Résidence du Parc, 10 chemin des Vignes, 06000 Nice",
        "7 quai des Chartrons, 33000 Bordeaux",
        "La Ferme Neuve, lieu-dit Le Bourg, 35000 Rennes",
        "115 avenue de la Libération, Bât. 2, Appt 204, 54000 Nancy",
        "4 rue du Général Leclerc, 92100 Boulogne-Billancourt",
        "30 cours Mirabeau, 13100 Aix-en-Provence",
        "9 rue de la Paix, appartement 3, 21000 Dijon",
        "6 rue Nationale, BP 45, 37000 Tours Cedex 1",
        "16 bd Gambetta, 46000 Cahors",
        "2 av. Foch, 75116 Paris",
        "Chez M. Durand, 11 rue des Écoles, 75005 Paris",
        "1 rue de l'Église, Hameau de Vaux, 71000 Mâcon",
        "50 route de Lyon, 38000 Grenoble",
        "18 rue Sainte-Catherine, 3ème étage, 33000 Bordeaux",
        "Bâtiment D, Résidence Les Pins, 45 avenue Thiers, 06000 Nice",
        "23 rue du Faubourg Saint-Antoine\n75012 Paris",
        "5 place du Marché, 84000 Avignon",
        "Appt 7, Bât A, 12 rue Jean Moulin, 34000 Montpellier",
        "40 rue de Rivoli, 4e étage droite, 75004 Paris",
        "8 chemin des Cigales, 83000 Toulon",
        "Villa Les Mimosas, 3 avenue de la Mer, 06400 Cannes",
        "19 rue Gambetta, Esc. 2, 76000 Rouen",
        "Le Clos, lieu-dit La Croix, 46100 Figeac",
        "77 rue Saint-Jean, rez-de-chaussée, 69005 Lyon",
        "3 rue des Tanneurs, 68000 Colmar",
        "12 rue du Port, 56000 Vannes",
        "25 boulevard de la Croisette, Appt 5B, 06400 Cannes",
        "1 bis impasse des Lilas\n44100 Nantes",
        "10 rue Pierre Corneille, 2ème étage gauche, 69006 Lyon",
    ),
    "PT": (
        "Rua Augusta 120, 2º Dto, 1100-053 Lisboa",
        "Av. da Liberdade 45, R/C Esq., 1250-140 Lisboa",
        "Rua de Santa Catarina 300, 3º Esq, 4000-442 Porto",
        "Urbanização Quinta das Flores, Lote 12, 3º Frente, 3030-001 Coimbra",
        "Rua do Comércio 8, 1º, 8000-200 Faro",
        "Travessa da Fé 3, R/C, 4700-321 Braga",
        "Largo do Rato 2, 4º Dto, 1250-185 Lisboa",
        "Rua Direita 55\n3500-116 Viseu",
        "Av. dos Aliados 20, 5º andar, 4000-064 Porto",
        "Lote 7, Urbanização Vale Verde, 2750-001 Cascais",
        "Rua José Falcão 14, 2º Esq., 4050-315 Porto",
        "Praceta Bento de Jesus Caraça 4, 1º Dto, 2810-010 Almada",
        "Estrada Nacional 125, km 80, 8600-315 Lagos",
        "Rua da Sofia 44, Cave, 3000-389 Coimbra",
        "rua do carmo 12 2 esq 1200-093 lisboa",
        "Av. Almirante Reis 150, 6º Esq, 1000-055 Lisboa",
        "Rua Cândido dos Reis 9, r/c dto, 4050-151 Porto",
        "Bairro da Boavista, Rua 5, Lote 3, 1500-001 Lisboa",
        "Rua Serpa Pinto 31, 1º andar, 7000-537 Évora",
        "Quinta do Lago, Lote 20, 8135-024 Almancil",
        "Rua das Flores 71, 3º Dto\n4050-265 Porto",
        "Calçada do Combro 30, 2º, 1200-111 Lisboa",
        "Rua Dr. António José de Almeida 5, Bloco B, 2º Esq, 3000-045 Coimbra",
        "Avenida da República 90, 7º A, 1600-206 Lisboa",
        "Rua de Cedofeita 400, loja 2, 4050-174 Porto",
        "Lugar de Paço, 4730-001 Vila Verde",
        "Rua do Sol 3, 4º Frente, 2000-050 Santarém",
        "Urb. do Rosário, Lote 4, R/C Dto, 2900-001 Setúbal",
        "Rua Miguel Bombarda 12, 2º, 4050-377 Porto",
        "Av. de Roma 88, 9º Esq., 1700-348 Lisboa",
        "Rua 1º de Dezembro 14, 3º, 4450-227 Matosinhos",
        "Rua da Alegria 22, casa 3, 4000-034 Porto",
        "Beco do Forno 1, 6300-701 Guarda",
        "Rua Heróis de França 200, 1º Dto, 4450-155 Matosinhos",
        "Praça da República 10, 2º Frente, 4900-520 Viana do Castelo",
        "Rua de Ceuta 8, sala 4, 4050-190 Porto",
        "Estrada da Circunvalação 1200, 4200-162 Porto",
        "Rua do Norte 5, 1º Esq,\n1200-284 Lisboa",
        "Rua D. Pedro V 60, R/C, 1250-094 Lisboa",
        "Rua Alexandre Herculano 19, 5º Dto, 3000-019 Coimbra",
    ),
    "DE": (
        "Hauptstraße 5, Hinterhaus, 3. OG, 10115 Berlin",
        "c/o Müller, Lindenweg 17a, 80331 München",
        "Bahnhofstr. 12, Zi. 204, 60329 Frankfurt am Main",
        "Schillerstraße 8, 2. OG links, 70173 Stuttgart",
        "Gartenweg 3\n34117 Kassel",
        "Am Markt 9, Seitenflügel, 04109 Leipzig",
        "Kantstr. 40, Vorderhaus, 1. OG, 10625 Berlin",
        "Goethestraße 21, Whg. 7, 99423 Weimar",
        "Friedrichstraße 110, EG rechts, 10117 Berlin",
        "Postfach 10 02 45, 20001 Hamburg",
        "Ringstraße 4a, 3. Stock, 50667 Köln",
        "Mozartweg 11, Dachgeschoss, 93047 Regensburg",
        "Hafenstraße 2, App. 14, 28195 Bremen",
        "Neue Straße 33\n89073 Ulm",
        "Berliner Allee 15, c/o Schmidt, 40212 Düsseldorf",
        "Rosenweg 6, 2. OG rechts, 01067 Dresden",
        "Kirchplatz 1, 83022 Rosenheim",
        "hauptstr. 44 hinterhaus 69117 heidelberg",
        "Parkstraße 7, Gartenhaus, 14469 Potsdam",
        "Zeppelinstraße 80, Zimmer 12, 72074 Tübingen",
        "Lessingstr. 3, 4. OG, 22087 Hamburg",
        "Marktplatz 2, 1. Etage, 97070 Würzburg",
        "Bergstraße 19, Whg. 3, 69120 Heidelberg",
        "Wilhelmstraße 55, Hinterhof, 65183 Wiesbaden",
        "Dorfstraße 8, OT Kleinwalde, 01234 Musterhausen",
        "Sonnenallee 200, Aufgang B, 12059 Berlin",
        "Königsallee 60, 5. OG, 40212 Düsseldorf",
        "Feldweg 1, bei Becker, 48143 Münster",
        "Ludwigstraße 16, Rückgebäude, 80539 München",
        "Karl-Marx-Allee 90, Whg. 112, 10243 Berlin",
        "Talstraße 5, Souterrain, 66111 Saarbrücken",
        "Eichenweg 12\n24103 Kiel",
        "Schulstraße 3, 2. OG, Tür links, 39104 Magdeburg",
        "Im Winkel 4, 79098 Freiburg im Breisgau",
        "Lange Reihe 70, 3. OG, 20099 Hamburg",
        "Burgstraße 9, Zi. 3, 53111 Bonn",
        "Kaiserstr. 101, Seitenflügel links, 76133 Karlsruhe",
        "Fischerweg 2, 18055 Rostock",
        "Sternstraße 14, Erdgeschoss, 30159 Hannover",
        "Am Anger 6, Ortsteil Oberdorf, 98693 Ilmenau",
    ),
    "GB": (
        "Flat 3, 12 Baker Street, London NW1 6XE",
        "Flat 2/1, 45 Byres Road, Glasgow G11 5RG",
        "27 Oak Avenue, Didsbury, Manchester M20 2RL",
        "Unit 5, Riverside Business Park, Leeds LS11 5DQ",
        "The Old Rectory, Church Lane, Little Snoring, Norfolk NR21 0HS",
        "14 Victoria Road\nCambridge\nCB4 3BW",
        "Flat 8, Kensington Court, 2 High Street, London W8 5NP",
        "3 Mill Lane, Hay-on-Wye, Hereford HR3 5AB",
        "Apartment 12, 1 Park Row, Bristol BS1 5LJ",
        "9 Queen's Road, Brighton, East Sussex BN1 3XE",
        "21a Station Road, Harrow HA1 2UA",
        "Basement Flat, 60 Royal Crescent, Bath BA1 2LR",
        "5 The Green, Kings Langley, Herts WD4 8AA",
        "Rose Cottage, Back Lane, Hathersage S32 1AR",
        "Flat 4B, 100 Princes Street, Edinburgh EH2 3AA",
        "12 Castle Street,\nCardiff\nCF10 1BS",
        "Room 5, Block C, Student Village, Coventry CV4 7ES",
        "88 London Road, Leicester, LE2 0QS",
        "Top Floor Flat, 3 Albert Terrace, York YO24 1AB",
        "2 Meadow Close, Ashby, Leicestershire LE65 1AA",
    ),
    "US": (
        "1234 Elm St, Apt 5B, Springfield, IL 62704",
        "500 Market Street, Suite 300, San Francisco, CA 94105",
        "77 Maple Ave #2, Burlington, VT 05401",
        "PO Box 123, Austin, TX 78767",
        "42 W 57th St, Fl 12, New York, NY 10019",
        "9 Ocean Dr\nMiami Beach, FL 33139",
        "3300 Lake Shore Dr, Unit 14C, Chicago, IL 60657",
        "1600 Pennsylvania Ave NW, Washington, DC 20500",
        "18 Birch Lane, Lot 7, Bozeman, MT 59715",
        "250 Peachtree St NE, Atlanta, GA 30303",
        "15 Main St, Bldg 2, Boulder, CO 80302",
        "411 N Central Ave, Phoenix AZ 85004",
        "820 Pine St Apt 4\nSeattle WA 98101",
        "6 Cedar Ct, Princeton, NJ 08540",
        "RR 2 Box 45, Hanover, NH 03755",
        "3 Hillside Rd, 2nd Floor, Cambridge, MA 02138",
        "700 Canal St, Ste 210, New Orleans, LA 70130",
        "101 Broadway, Apt 9F, Brooklyn, NY 11211",
        "54 Sunset Blvd, Los Angeles, CA 90028",
        "2210 Guadalupe St, Austin, TX 78705",
    ),
    "BR": (
        "Rua Augusta, 1500, apto 72, Consolação, São Paulo - SP, 01304-001",
        "Av. Paulista 1000, conj. 45, Bela Vista, São Paulo/SP, CEP 01310-100",
        "Rua das Laranjeiras 200, bloco B, ap 302, Laranjeiras, Rio de Janeiro - RJ",
        "Rua XV de Novembro, 300, sala 12, Centro, Curitiba - PR, 80020-310",
        "Qd 12 Lt 5, Setor Bueno, Goiânia - GO, 74230-010",
        "SQS 308 Bloco C apto 504, Asa Sul, Brasília - DF",
        "Rua Bahia 300, Funcionários\nBelo Horizonte - MG\n30160-011",
        "Av. Boa Viagem 3000, apto 1201, Boa Viagem, Recife - PE, 51020-000",
        "Rua Padre Chagas 10, casa 2, fundos, Moinhos de Vento, Porto Alegre - RS",
        "Travessa São José 45, Centro, Salvador/BA, 40020-000",
        "rua sete de setembro 88 apto 3 centro 88010-000 florianópolis sc",
        "Rua Frei Caneca, 1.380, Consolação, São Paulo - SP",
        "Av. Afonso Pena 4000, 10º andar, Serra, Belo Horizonte - MG",
        "Rua Oscar Freire 900, loja 3, Jardins, São Paulo, 01426-001",
        "Alameda Santos 200, ap 81, Cerqueira César, São Paulo - SP",
        "Rua Marechal Deodoro 15, próximo ao mercado, Centro, Juiz de Fora - MG",
        "Condomínio Vila Verde, casa 14, Rua das Palmeiras 50, Campinas - SP",
        "Rua Pernambuco 77, Savassi, Belo Horizonte/MG, CEP: 30130-150",
        "Av. Beira Mar 1200, apto 501, Meireles, Fortaleza - CE, 60165-121",
        "Rua do Catete 100, Catete\nRio de Janeiro - RJ, 22220-000",
    ),
}

# No-PII chat lines a language (shop talk with numbers, floors, street-like words used otherwise).
CLEAN: dict[str, tuple[str, ...]] = {
    "en": (
        "Order 45821 shipped, arriving in 3 days",
        "We're on the 2nd floor, near the escalators",
        "Size 12 please, the blue one",
        "Meet at the station at 5, opp. the ticket office",
        "Block 3 of the course starts Monday",
        "the flat 4 pack was £12.99",
        "Flat 20% off everything this weekend",
        "Block Friday with the team, no meetings",
        "we reached Sector 5 of the game last night",
        "your order B-204 is packed, 12/3 items shipped",
        "Phase 2 of the project starts on Monday",
    ),
    "es": (
        "El pedido 45821 sale mañana",
        "Estamos en la 2ª planta, junto a las escaleras",
        "Talla 42 por favor, la azul",
        "Quedamos a las 5 en la puerta 3 del centro comercial",
        "El bloque 2 del curso empieza el lunes",
        "Son 3 unidades a 12,50 €",
    ),
    "it": (
        "L'ordine 45821 arriva tra 3 giorni",
        "Siamo al piano 2 del centro commerciale",
        "Taglia 42 per favore, quella blu",
        "Ci vediamo alle 5 alla scala B dello stadio",
        "Il corso inizia lunedì, modulo 3",
        "Sono 3 pezzi a 12,50 €",
    ),
    "fr": (
        "La commande 45821 part demain",
        "On est au 2e étage, près des escalators",
        "Taille 42 svp, la bleue",
        "Rendez-vous à 17h au bâtiment B de la fac",
        "Le module 3 commence lundi",
        "3 articles à 12,50 €",
    ),
    "pt": (
        "A encomenda 45821 sai amanhã",
        "Estamos no 2º andar, ao pé das escadas",
        "Tamanho 42 por favor, o azul",
        "Encontramo-nos às 5 no lote 3 do estacionamento",
        "O módulo 3 começa segunda",
        "São 3 unidades a 12,50 €",
    ),
    "de": (
        "Bestellung 45821 ist unterwegs, kommt in 3 Tagen",
        "Wir sind im 2. OG, neben der Rolltreppe",
        "Größe 42 bitte, die blaue",
        "Treffen um 5 am Eingang B vom Stadion",
        "Modul 3 beginnt am Montag",
        "3 Stück für 12,50 €",
    ),
}


def messages() -> list[AddressMessage]:
    """Each address in each of its language's shapes, in turn; gold offsets from the fill itself."""
    out: list[AddressMessage] = []
    for country, addresses in ADDRESSES.items():
        lang = LANG[country]
        shapes = SHAPES[lang]
        for i, address in enumerate(addresses):
            before, after = shapes[i % len(shapes)].split("{a}")
            gold = (("ADDRESS", len(before), len(before) + len(address)),)
            out.append(AddressMessage(country, lang, before + address + after, gold, "pii"))
    for lang, lines in CLEAN.items():
        out.extend(AddressMessage("", lang, line, (), "clean") for line in lines)
    return out


Spans = list[tuple[str, int, int]]


def report(
    analyse: Callable[[list[str], str], list[Spans]], misses: int = 0, msgs: list[AddressMessage] | None = None
) -> dict[str, float]:
    """Per country the share of addresses fully protected, per language the no-PII lines unchanged (of this
    set's `messages()`, or of `msgs`, another hand-written set's)."""
    from bench.address_report import analyse_all, covered

    msgs = messages() if msgs is None else msgs
    preds = analyse_all(msgs, analyse)
    rows: dict[str, list[int]] = {}
    missed: dict[str, list[str]] = {}
    for m, spans in zip(msgs, preds, strict=True):
        for gold in m.gold:
            full, _ = covered(gold, spans, m.text)
            row = rows.setdefault(m.country, [0, 0])
            row[0] += 1
            row[1] += full
            if not full:
                found = [m.text[s:t] for _, s, t in spans]
                missed.setdefault(m.country, []).append(f"{m.text[gold[1] : gold[2]]!r} -> {found}")
    out: dict[str, float] = {}
    for country, (n, protected) in rows.items():
        out[country] = protected / n
        print(f"{country:3} {n:4d} fully protected {protected / n:.3f}")
    for lang in dict.fromkeys(m.language for m in msgs if m.kind == "clean"):
        clean = [p for m, p in zip(msgs, preds, strict=True) if m.kind == "clean" and m.language == lang]
        flagged = [m.text for m, p in zip(msgs, preds, strict=True) if m.kind == "clean" and m.language == lang and p]
        out[f"clean-{lang}"] = sum(1 for p in clean if not p) / len(clean)
        print(f"{lang:3} {len(clean):4d} no-PII unchanged {out[f'clean-{lang}']:.3f} {flagged[:misses]}")
    for country, values in missed.items():
        for value in values[:misses]:
            print(f"  not fully covered ({country}): {value}")
    return out


def cli(doc: str, msgs: list[AddressMessage] | None = None) -> None:
    """The command line of each hand-written address tune set: the default analyzer on its messages."""
    from bench.corpus import REGION
    from proxy.detection.detector import DetectionSettings, build_analyzer

    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--show-misses", type=int, default=0)
    args = parser.parse_args()
    analyzer = build_analyzer(DetectionSettings())

    def analyse(texts: list[str], lang: str) -> list[Spans]:
        return [
            [(s.entity, s.start, s.end) for s in spans]
            for spans in analyzer.analyze(texts, language=lang, regions=[REGION[lang]])
        ]

    report(analyse, args.show_misses, msgs)


def main() -> None:
    cli(__doc__ or "")


if __name__ == "__main__":
    main()
