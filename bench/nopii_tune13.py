"""`python -m bench.nopii_tune13`: towns that are not the customer's, a fourth round of shapes (six languages).

Written for a fourth round on places in no-PII shop chat, from the writer's own knowledge of how people
write to shops on WhatsApp and how shops sign their messages, before any rule was changed for it and
without reading any held-out file, its misses or the shipped place list (towns were chosen by the
writer; some are surely not in the list). `nopii_tune4` wrote branches, origins, shipping zones, fairs,
trains and clubs; `nopii_tune7` shop names, town-named goods, store hours, sales, lead times, hubs,
editions and teams; `nopii_tune9` goods named on towns, events, news, scans, origins, a chain's other
stores, prices and catalogue codes. This set writes towns in other shapes, one kind each:

- `transport`: stations, airports, ports, motorway exits and ferries as goods or the shop's staff pass
  them ("ritirato a Milano Centrale", "the Holyhead ferry", "Ausfahrt Kassel-Ost");
- `clock`: a town's or region's time ("ora di Londra", "hora de Canarias", "Lisbon time", "MEZ");
- `variant`: plugs, versions, sizes and editions by country ("UK plug", "spina tedesca", "versión
  europea", "EU-Größe", "taglia italiana");
- `souvenir`: maps, guides, posters, puzzles, snow globes and prints of a town ("the Edinburgh puzzle",
  "le poster de Marseille", "Kölner Dom als Miniatur");
- `legal`: a shop's seat, register court, VAT office and bank in its signature or imprint ("Sitz:
  München, Amtsgericht München HRB 12345", "sede legale a Milano");
- `closed`: strikes, weather and holidays in the shop's own town or region, said by the shop or asked
  of it ("Fronleichnam in Bayern", "festa di Sant'Ambrogio a Milano"), and a delivery van's round;
- `market`: a country's tax, customs and marketplace site, a supplier's or factory's town ("amazon.de",
  "la IVA de Canarias", "il fornitore di Prato").

Controls put the customer's own town ({t}) in nearby words: where they live or are, where the order
goes, their pickup point near home, their station or airport to collect from, their time there; gold
spans are the town. Some control towns are also the shop's town in the no-PII messages. It prints per
language and kind no-PII messages left unchanged and towns protected, with the whole default analyzer
(`bench.nopii_runner`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "transport": (
            "Our driver will hand the pallet over at Felixstowe port on Monday",
            "The parcel goes on the Holyhead ferry, so Irish orders take a day longer",
            "Stock arrives via Heathrow cargo, usually Tuesdays",
            "The van got stuck at junction 15 of the M1 near Northampton, sorry for the delay",
            "We collect the fabric from Leeds Bradford airport cargo once a week",
            "Your tracking shows it left Southampton docks this morning",
        ),
        "clock": (
            "We reply between 9 and 5 London time",
            "Is the flash sale ending at midnight UK time or Dublin time?",
            "The drop goes live at 6pm New York time, 11pm here",
            "Our support team works on Lisbon time in winter",
            "Orders placed before 2pm Edinburgh time ship the same day",
            "The live stream starts at 8 Sydney time",
        ),
        "variant": (
            "Does the kettle come with a UK plug or a European one?",
            "Is this the American version or the Japanese import?",
            "Do your shoes run in Italian sizing or English?",
            "Is the console the Australian model? The PAL one won't work here",
            "Does the hair dryer have a Swiss plug?",
            "The French keyboard layout is out of stock, only the German one",
            "Is the Spanish edition of the game in English too?",
        ),
        "souvenir": (
            "Do you have the 1000-piece Edinburgh puzzle again?",
            "The vintage London Underground map poster, is it A2?",
            "Is the Bath snow globe still in stock?",
            "Do you sell the Lake District walking guide?",
            "I love the Liverpool skyline print, is it framed?",
            "Is there a Cornwall tea towel with the lighthouses?",
            "The Brighton pier fridge magnet arrived broken",
        ),
        "legal": (
            "Acme Prints Ltd, registered in England and Wales no. 08123456, registered office Cambridge",
            "VAT registered in Ireland, our head office is in Cork",
            "Our company is based in Reading but the warehouse is elsewhere",
            "Payments go to our Barclays account in Guildford, sort code on the invoice",
            "Ts&Cs: governed by the laws of Scotland, courts of Edinburgh",
            "We are a spin-off of the University of Exeter",
        ),
        "closed": (
            "Our Glasgow office is shut for St Andrew's Day so replies are slower",
            "With the snow in Inverness our van can't get out today",
            "The rail strike in Kent means our staff can't get in Thursday",
            "Bank holiday in Northern Ireland on the 12th, orders ship the day after",
            "The van does Harrogate, Ripon and Thirsk on Wednesdays",
            "Our round covers Penrith and Keswick on Fridays",
        ),
        "market": (
            "Is it cheaper on amazon.de or on your site?",
            "Do you sell on Amazon Spain too?",
            "Our supplier in Stoke makes the mugs, so they're back in 2 weeks",
            "The factory in Leicester is closed for the summer",
            "Do I have to pay Irish VAT on top?",
            "Since Brexit the customs from Germany adds a fee",
        ),
    },
    "fr": {
        "transport": (
            "Le transporteur dépose la palette au port du Havre lundi",
            "Le colis a pris le ferry de Calais, ça rajoute un jour",
            "Notre coursier le remet en consigne à la gare de Lyon-Part-Dieu",
            "Gros bouchon sur l'A7 à la sortie de Valence, le camion aura du retard",
            "La marchandise arrive par le fret de Roissy le mardi",
            "Le suivi indique un départ de l'aéroport de Mérignac ce matin",
        ),
        "clock": (
            "On répond de 9h à 17h heure de Paris",
            "La vente flash finit à minuit heure de Montréal ou heure française ?",
            "Le live commence à 20h heure de la Réunion",
            "Notre SAV est à l'heure de Québec, d'où les horaires décalés",
            "Commandes passées avant 14h heure de Paris expédiées le jour même",
            "L'ouverture des ventes c'est 10h heure de Genève",
        ),
        "variant": (
            "La bouilloire a une prise anglaise ou française ?",
            "C'est la version américaine ou la version européenne ?",
            "Les chaussures taillent en pointure italienne ?",
            "Le clavier existe en disposition suisse ?",
            "C'est l'édition belge de la BD ou la française ?",
            "Le sèche-cheveux a une prise européenne ?",
            "La console est la version japonaise ?",
        ),
        "souvenir": (
            "Vous avez encore le puzzle de Marseille 1000 pièces ?",
            "L'affiche vintage de Biarritz existe en 50x70 ?",
            "La boule à neige de Strasbourg est en stock ?",
            "Le guide du Morbihan est la dernière édition ?",
            "Le magnet de Saint-Malo est arrivé cassé",
            "Le torchon de Honfleur avec les bateaux est dispo ?",
            "La carte ancienne de Lyon est encadrée ?",
        ),
        "legal": (
            "SARL Atelier Bleu, siège social à Nantes, RCS Nantes 812 345 678",
            "Notre siège est à Bordeaux mais l'entrepôt est ailleurs",
            "Le virement se fait sur notre compte au Crédit Agricole de Rennes",
            "Tribunal compétent : Tribunal de commerce de Lille",
            "Nous sommes une jeune pousse de l'université de Grenoble",
            "TVA intracommunautaire FR 12 345678901, immatriculée à Lyon",
        ),
        "closed": (
            "Notre boutique d'Annecy est fermée pour l'Ascension",
            "Avec la grève des cheminots à Lyon, nos envois partent jeudi",
            "Avec la neige à Gap le camion ne passe pas aujourd'hui",
            "Le 8 mai est férié en Alsace aussi, on rouvre le 9",
            "Notre tournée fait Vannes, Auray et Lorient le mercredi",
            "La camionnette passe par Cholet et Saumur le vendredi",
        ),
        "market": (
            "C'est moins cher sur amazon.it ou chez vous ?",
            "Vous vendez aussi sur Amazon Allemagne ?",
            "Notre fournisseur de Limoges refait des tasses, retour dans 2 semaines",
            "L'usine de Roanne ferme en août",
            "Il faut payer la TVA suisse en plus ?",
            "Depuis le Brexit les douanes britanniques ajoutent des frais",
        ),
    },
    "it": {
        "transport": (
            "Il corriere consegna il bancale al porto di Livorno lunedì",
            "Il pacco è sul traghetto per Olbia, ci mette un giorno in più",
            "Il nostro fattorino lo lascia al deposito bagagli di Milano Centrale",
            "Coda in A1 all'uscita Modena Nord, il furgone arriva più tardi",
            "La merce arriva col cargo di Malpensa il martedì",
            "Il tracking dice partito da Roma Termini stamattina",
        ),
        "clock": (
            "Rispondiamo dalle 9 alle 18 ora italiana",
            "Il flash sale finisce a mezzanotte ora di Londra o ora italiana?",
            "La diretta inizia alle 21 ora di New York",
            "Il nostro servizio clienti segue l'ora di Lisbona",
            "Gli ordini entro le 14 ora di Roma partono in giornata",
            "L'apertura delle vendite è alle 10 ora di Tokyo",
        ),
        "variant": (
            "Il bollitore ha la spina tedesca o italiana?",
            "È la versione americana o quella europea?",
            "Le scarpe vestono taglia italiana o francese?",
            "La tastiera c'è col layout svizzero?",
            "È l'edizione spagnola del gioco?",
            "Il phon ha la spina inglese?",
            "La console è la versione giapponese?",
        ),
        "souvenir": (
            "Avete ancora il puzzle di Venezia da 1000 pezzi?",
            "Il poster vintage di Portofino c'è in 50x70?",
            "La palla di neve di Firenze è disponibile?",
            "La guida delle Cinque Terre è l'ultima edizione?",
            "La calamita di Matera è arrivata rotta",
            "Lo strofinaccio di Positano con i limoni c'è ancora?",
            "La mappa antica di Torino è incorniciata?",
        ),
        "legal": (
            "Bottega Verde Srl, sede legale a Bergamo, REA BG-123456",
            "La nostra sede è a Padova ma il magazzino è altrove",
            "Il bonifico va sul nostro conto Intesa di Vicenza",
            "Foro competente: Tribunale di Brescia",
            "Siamo uno spin-off del Politecnico di Milano",
            "P.IVA 01234567890, iscritta al Registro Imprese di Rimini",
        ),
        "closed": (
            "Il negozio resta chiuso per Sant'Ambrogio, qui a Milano è festa",
            "Con lo sciopero dei treni a Genova i nostri spedizionieri non arrivano",
            "Con la neve a Cortina il furgone oggi non sale",
            "Il 29 giugno a Roma è festa patronale, riapriamo il 30",
            "Il nostro giro fa Cesena, Forlì e Faenza il mercoledì",
            "Il furgone passa per Empoli e Pontedera il venerdì",
        ),
        "market": (
            "Costa meno su amazon.fr o da voi?",
            "Vendete anche su Amazon Germania?",
            "Il nostro fornitore di Prato rifà i tessuti, tornano tra 2 settimane",
            "La fabbrica di Sassuolo chiude ad agosto",
            "Devo pagare l'IVA svizzera in più?",
            "Dopo la Brexit la dogana inglese aggiunge costi",
        ),
    },
    "pt": {
        "transport": (
            "A transportadora entrega a palete no porto de Leixões na segunda",
            "A encomenda vai no ferry para o Funchal, demora mais um dia",
            "O nosso estafeta deixa na estação de Santa Apolónia",
            "Trânsito na A1 à saída de Coimbra, a carrinha vai atrasar",
            "A mercadoria chega pelo aeroporto do Porto às terças",
            "O tracking diz que saiu do terminal de Alcântara hoje",
        ),
        "clock": (
            "Respondemos das 9h às 18h hora de Lisboa",
            "A promoção acaba à meia-noite hora dos Açores ou do continente?",
            "O direto começa às 21h hora de Brasília",
            "O nosso apoio segue a hora de Londres",
            "Encomendas até às 14h hora de Lisboa seguem no mesmo dia",
            "A abertura das vendas é às 10h hora da Madeira",
        ),
        "variant": (
            "A chaleira vem com ficha inglesa ou europeia?",
            "É a versão americana ou a europeia?",
            "Os sapatos são numeração italiana?",
            "O teclado existe com layout espanhol?",
            "É a edição brasileira do livro?",
            "O secador tem ficha suíça?",
            "A consola é a versão japonesa?",
        ),
        "souvenir": (
            "Ainda têm o puzzle de Lisboa de 1000 peças?",
            "O poster vintage da Nazaré existe em 50x70?",
            "A bola de neve de Sintra está disponível?",
            "O guia do Alentejo é a última edição?",
            "O íman de Óbidos chegou partido",
            "O pano de cozinha de Guimarães com o castelo ainda há?",
            "O mapa antigo do Porto vem emoldurado?",
        ),
        "legal": (
            "Tecelagem Sol, Lda, sede em Braga, NIPC 512345678",
            "A nossa sede é em Leiria mas o armazém é noutro sítio",
            "A transferência é para a nossa conta do BPI em Évora",
            "Foro competente: comarca de Setúbal",
            "Somos uma spin-off da Universidade de Coimbra",
            "Matriculada na Conservatória do Registo Comercial de Viseu",
        ),
        "closed": (
            "A loja fecha no Santo António, em Lisboa é feriado",
            "Com a greve da CP no Porto os nossos funcionários não chegam",
            "Com a neve na Serra da Estrela a carrinha hoje não sobe",
            "Dia 24 de junho é feriado no Porto, reabrimos dia 25",
            "A nossa rota faz Tondela, Mangualde e Nelas à quarta",
            "A carrinha passa por Fafe e Felgueiras à sexta",
        ),
        "market": (
            "Fica mais barato na amazon.es ou convosco?",
            "Vendem também na Amazon Espanha?",
            "O nosso fornecedor de Barcelos volta a fazer os galos, chegam em 2 semanas",
            "A fábrica de Ílhavo fecha em agosto",
            "Tenho de pagar o IVA suíço à parte?",
            "Depois do Brexit a alfândega inglesa cobra taxas",
        ),
    },
    "es": {
        "transport": (
            "El transportista deja el palé en el puerto de Algeciras el lunes",
            "El paquete va en el ferry a Palma, tarda un día más",
            "Nuestro mensajero lo deja en consigna en Atocha",
            "Atasco en la A-3 a la salida de Motilla, la furgoneta llega tarde",
            "La mercancía entra por el aeropuerto de Barajas los martes",
            "El seguimiento dice que salió de la estación de Sants esta mañana",
        ),
        "clock": (
            "Contestamos de 9 a 18 hora peninsular",
            "¿La oferta acaba a medianoche hora de Canarias o de Madrid?",
            "El directo empieza a las 21 hora de México",
            "Nuestro soporte va con hora de Londres",
            "Pedidos antes de las 14 hora de Madrid salen el mismo día",
            "La preventa abre a las 10 hora de Buenos Aires",
        ),
        "variant": (
            "¿El hervidor trae enchufe inglés o europeo?",
            "¿Es la versión americana o la europea?",
            "¿Las zapatillas tallan en numeración italiana?",
            "¿El teclado viene con distribución española?",
            "¿Es la edición mexicana del libro?",
            "¿El secador tiene enchufe suizo?",
            "¿La consola es la versión japonesa?",
        ),
        "souvenir": (
            "¿Os queda el puzle de Barcelona de 1000 piezas?",
            "¿El póster vintage de San Sebastián lo hay en 50x70?",
            "¿La bola de nieve de Toledo está disponible?",
            "¿La guía de Asturias es la última edición?",
            "El imán de Cádiz llegó roto",
            "¿Queda el paño de cocina de Ronda con el puente?",
            "¿El mapa antiguo de Sevilla viene enmarcado?",
        ),
        "legal": (
            "Cerámicas Luna S.L., domicilio social en Valencia, inscrita en el Registro Mercantil de Valencia",
            "Nuestra sede está en Zaragoza pero el almacén está en otro sitio",
            "La transferencia es a nuestra cuenta del Sabadell de Alicante",
            "Fuero: juzgados y tribunales de Bilbao",
            "Somos una spin-off de la Universidad de Salamanca",
            "CIF B12345678, con domicilio fiscal en Logroño",
        ),
        "closed": (
            "La tienda cierra por San Isidro, en Madrid es festivo",
            "Con la huelga de Renfe en Barcelona nuestros repartidores no llegan",
            "Con la nieve en Teruel la furgoneta hoy no sale",
            "El 25 de julio es festivo en Galicia, abrimos el 26",
            "Nuestra ruta hace Manacor, Inca y Sóller los miércoles",
            "La furgoneta pasa por Getafe y Leganés los viernes",
        ),
        "market": (
            "¿Sale más barato en amazon.it o con vosotros?",
            "¿Vendéis también en Amazon Francia?",
            "Nuestro proveedor de Manises vuelve a hacer los platos, llegan en 2 semanas",
            "La fábrica de Elche cierra en agosto",
            "¿Tengo que pagar el IGIC de Canarias aparte?",
            "Desde el Brexit la aduana británica cobra tasas",
        ),
    },
    "de": {
        "transport": (
            "Der Spediteur liefert die Palette am Montag im Hamburger Hafen an",
            "Das Paket geht mit der Fähre nach Sylt, dauert einen Tag länger",
            "Unser Fahrer gibt es am Hauptbahnhof Köln in der Gepäckaufbewahrung ab",
            "Stau auf der A7 an der Ausfahrt Kassel-Ost, der Transporter kommt später",
            "Die Ware kommt dienstags über Frankfurt Cargo",
            "Laut Sendungsverfolgung ist es heute früh ab Leipzig/Halle geflogen",
        ),
        "clock": (
            "Wir antworten von 9 bis 17 Uhr deutscher Zeit",
            "Endet der Sale um Mitternacht Londoner Zeit oder bei uns?",
            "Der Livestream startet um 21 Uhr New Yorker Zeit",
            "Unser Support arbeitet nach Wiener Zeit, also wie bei euch",
            "Bestellungen bis 14 Uhr MEZ gehen am selben Tag raus",
            "Der Vorverkauf öffnet um 10 Uhr Züricher Zeit",
        ),
        "variant": (
            "Hat der Wasserkocher einen UK-Stecker oder einen deutschen?",
            "Ist das die US-Version oder die EU-Version?",
            "Fallen die Schuhe in italienischer Größe aus?",
            "Gibt es die Tastatur mit Schweizer Layout?",
            "Ist das die österreichische Ausgabe des Buchs?",
            "Passt die EU-Größe 42 einer englischen 8?",
            "Ist die Konsole die japanische Version?",
        ),
        "souvenir": (
            "Habt ihr das 1000-Teile-Puzzle vom Kölner Dom wieder?",
            "Gibt es das Vintage-Poster von Sylt auch in 50x70?",
            "Ist die Schneekugel mit dem Brandenburger Tor noch da?",
            "Ist der Wanderführer Allgäu die neueste Auflage?",
            "Der Magnet mit der Münchner Frauenkirche kam kaputt an",
            "Gibt es das Geschirrtuch mit dem Lübecker Holstentor noch?",
            "Ist die alte Stadtkarte von Dresden gerahmt?",
        ),
        "legal": (
            "Sitz der Gesellschaft: München, Amtsgericht München HRB 123456",
            "Registergericht Hamburg, HRB 98765, USt-IdNr. DE123456789",
            "Amtsgericht Köln HRB 4567, Geschäftsführer siehe Impressum",
            "Unser Firmensitz ist in Stuttgart, das Lager aber nicht",
            "Überweisung bitte auf unser Konto bei der Sparkasse Bielefeld",
            "Wir sind eine Ausgründung der Uni Freiburg",
        ),
        "closed": (
            "Wegen Fronleichnam in Bayern bleibt unser Lager geschlossen",
            "Wegen des Bahnstreiks in Nürnberg kommen unsere Leute nicht rein",
            "Bei dem Schnee in Oberstdorf kommt der Transporter heute nicht raus",
            "Der Reformationstag ist in Sachsen Feiertag, wir versenden am 1.",
            "Unsere Tour fährt mittwochs Lemgo, Detmold und Bad Salzuflen an",
            "Der Transporter kommt freitags über Siegburg und Troisdorf",
        ),
        "market": (
            "Ist es auf amazon.fr günstiger oder bei euch?",
            "Verkauft ihr auch bei Amazon Österreich?",
            "Unser Zulieferer in Selb brennt das Porzellan neu, in 2 Wochen wieder da",
            "Das Werk in Wolfsburg macht im August Betriebsferien",
            "Muss ich die Schweizer Mehrwertsteuer extra zahlen?",
            "Seit dem Brexit verlangt der britische Zoll Gebühren",
        ),
    },
}
# The customer's own town ({t}) in nearby words: where they live or are, where it goes, their pickup
# point or station near home, their time there, a van's round that stops at their door
CONTROLS: dict[str, tuple[str, ...]] = {
    "en": (
        "I live in {t}, can the van drop it off on its round?",
        "I'm in {t} this week, can I collect from the station there?",
        "Please send it to the Evri shop near me in {t}",
        "I'm flying out of {t} airport, can you deliver before Friday?",
        "It's 9pm here in {t}, are you still answering?",
        "Deliver to 3 Station Road, {t} please",
        "With the snow here in {t}, please hold my parcel",
        "We moved to {t}, does the UK plug version work there?",
        "My son in {t} wants the Edinburgh puzzle, can you post it to him?",
        "Can I pick it up at the locker in {t} where I work?",
    ),
    "fr": (
        "J'habite à {t}, la camionnette peut passer dans sa tournée ?",
        "Je suis à {t} cette semaine, je peux récupérer à la gare ?",
        "Envoyez-le au point relais près de chez moi à {t}",
        "Je pars de l'aéroport de {t} vendredi, vous livrez avant ?",
        "Il est 21h ici à {t}, vous répondez encore ?",
        "Livraison au 3 rue de la Gare, {t} svp",
        "Avec la neige chez moi à {t}, gardez mon colis",
        "On a déménagé à {t}, la version européenne marche là-bas ?",
        "Mon fils à {t} veut le puzzle de Marseille, vous pouvez lui envoyer ?",
        "Je peux le retirer au casier de {t} où je travaille ?",
    ),
    "it": (
        "Abito a {t}, il furgone può passare nel suo giro?",
        "Sono a {t} questa settimana, posso ritirare in stazione?",
        "Mandatelo al punto di ritiro vicino a casa mia a {t}",
        "Parto dall'aeroporto di {t} venerdì, consegnate prima?",
        "Qui a {t} sono le 21, rispondete ancora?",
        "Consegna in via della Stazione 3, {t}",
        "Con la neve qui a {t}, tenetemi il pacco",
        "Ci siamo trasferiti a {t}, la versione europea funziona lì?",
        "Mio figlio a {t} vuole il puzzle di Venezia, potete spedirglielo?",
        "Posso ritirarlo al locker di {t} dove lavoro?",
    ),
    "pt": (
        "Moro em {t}, a carrinha pode passar na rota?",
        "Estou em {t} esta semana, posso levantar na estação?",
        "Mandem para o ponto de recolha perto de minha casa em {t}",
        "Parto do aeroporto de {t} na sexta, entregam antes?",
        "Aqui em {t} são 21h, ainda respondem?",
        "Entrega na Rua da Estação 3, {t}",
        "Com a neve aqui em {t}, guardem a minha encomenda",
        "Mudámo-nos para {t}, a versão europeia funciona lá?",
        "O meu filho em {t} quer o puzzle de Lisboa, podem enviar-lhe?",
        "Posso levantar no cacifo de {t} onde trabalho?",
    ),
    "es": (
        "Vivo en {t}, ¿la furgoneta puede pasar en su ruta?",
        "Estoy en {t} esta semana, ¿puedo recogerlo en la estación?",
        "Mandadlo al punto de recogida cerca de mi casa en {t}",
        "Salgo del aeropuerto de {t} el viernes, ¿lo entregáis antes?",
        "Aquí en {t} son las 21, ¿seguís contestando?",
        "Entrega en calle de la Estación 3, {t}",
        "Con la nieve aquí en {t}, guardadme el paquete",
        "Nos mudamos a {t}, ¿la versión europea funciona allí?",
        "Mi hijo en {t} quiere el puzle de Barcelona, ¿se lo podéis mandar?",
        "¿Puedo recogerlo en el taquillero de {t} donde trabajo?",
    ),
    "de": (
        "Ich wohne in {t}, kann der Transporter das auf seiner Tour mitnehmen?",
        "Ich bin diese Woche in {t}, kann ich am Bahnhof abholen?",
        "Schickt es bitte an die Packstation bei mir in {t}",
        "Ich fliege am Freitag ab {t}, liefert ihr vorher?",
        "Hier in {t} ist es 21 Uhr, antwortet ihr noch?",
        "Lieferung an Bahnhofstraße 3, {t}",
        "Bei dem Schnee hier in {t} bitte das Paket zurückhalten",
        "Wir sind nach {t} gezogen, funktioniert die EU-Version dort?",
        "Mein Sohn in {t} will das Kölner-Dom-Puzzle, könnt ihr es ihm schicken?",
        "Kann ich es an der Packstation in {t} abholen, wo ich arbeite?",
    ),
}
# Towns of customers; some are also the shop's or a supplier's town in the no-PII messages
HOME_TOWNS: dict[str, tuple[str, ...]] = {
    "en": ("Guildford", "Penrith", "Kettering", "Cork", "Ripon", "Bideford"),
    "fr": ("Vannes", "Cholet", "Gap", "Lisieux", "Annecy", "Millau"),
    "it": ("Vicenza", "Faenza", "Prato", "Sondrio", "Empoli", "Rovigo"),
    "pt": ("Évora", "Tondela", "Leiria", "Fafe", "Portimão", "Chaves"),
    "es": ("Getafe", "Logroño", "Manacor", "Teruel", "Ponferrada", "Elche"),
    "de": ("Bielefeld", "Detmold", "Siegburg", "Selb", "Rosenheim", "Lemgo"),
}
REGIONS = {"en": "GB", "fr": "FR", "it": "IT", "pt": "PT", "es": "ES", "de": "DE"}
_SLOT = re.compile(r"\{(t)\}")
REPEATS = 2  # each control filled with this many towns


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message as written, then the controls filled with the customers' towns."""
    for kind, texts in NO_PII[language].items():
        for text in texts:
            yield language, kind, text, ()
    towns = HOME_TOWNS[language]
    for t, template in enumerate(CONTROLS[language]):
        for r in range(REPEATS):
            text, gold = nopii_runner.fill(template, _SLOT, {"t": towns[(t * REPEATS + r) % len(towns)]})
            yield language, "control", text, gold


def main() -> None:
    kinds = "transport, clock, variant, souvenir, legal, closed, market"
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, kinds)


if __name__ == "__main__":
    main()
