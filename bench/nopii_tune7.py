"""`python -m bench.nopii_tune7`: towns in shop talk, shapes `bench.nopii_tune4` lacks (six languages).

Written for a second short round on places in no-PII shop chat, from the writer's own knowledge of
WhatsApp chat with shops, without reading any held-out file or its misses. `nopii_tune4` wrote
branches, origins, shipping zones, fairs, trains and clubs on goods; this set writes the other
shapes a town takes when it is the business's or the goods', one kind each:

- `shopname`: shops, hotels and cafés named after a town ("Pasticceria Cuneo", "Hotel Lisboa",
  "Boulangerie de Rouen", "Bäckerei Krefeld");
- `product`: goods and styles named after a town ("Chelsea boots", "Oxford shirt", "Berliner",
  "Panettone Milano", "eau de Cologne", "jamón de Teruel");
- `hours`: store hours and timetables of a branch ("a Torino aprite alle 9?");
- `promo`: promotions and events in a town ("Black Friday a Torino", "soldes à Lille");
- `distance`: delivery times and distances in general ("from Milan it takes 2 days");
- `hub`: couriers' hubs and sorting centres ("the parcel is in the Bologna hub");
- `edition`: regional editions, sizes and models named after a town ("edizione Napoli");
- `team`: sports teams named by their town, in chat about goods or matches.

Controls put the customer's own town ({t}) in the same vocabulary (where they live, where the order
goes, a relative's home); gold spans are the town. It prints per language and kind no-PII messages
left unchanged and places protected, with the whole default analyzer (`bench.nopii_runner`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "shopname": (
            "Is Hotel Lisboa taking bookings for the weekend?",
            "I bought it at Harrogate Home Store last week",
            "Are you the same company as Bath Soap Co?",
            "The Cambridge Cheese Company sold me the wrong brie",
            "Is Brighton Bikes part of your group?",
            "Does Oxford Stationers stock your pens?",
            "I saw it in the Windsor Garden Centre leaflet",
        ),
        "product": (
            "Do you have the Chelsea boots in tan, size 9?",
            "Is the Oxford shirt slim fit?",
            "Two Bakewell tarts and a Victoria sponge please",
            "The Bologna sauce jar was leaking",
            "Do you sell Cheddar in 1kg blocks?",
            "Is the Cologne 100ml or 50ml?",
            "I'd like a Worcester sauce and a Cornish pasty",
            "The Derby shoes run small",
            "Is the Stilton ready for Christmas orders?",
        ),
        "hours": (
            "What time does Swindon open on Sundays?",
            "Is the Exeter branch open late on Thursday?",
            "Are you open on bank holiday Monday in Bournemouth?",
            "Bolton closes at 5 on Saturdays, right?",
            "Opening hours for Croydon please",
        ),
        "promo": (
            "Is the Black Friday offer in Leicester stores too?",
            "Does the Swansea sale include furniture?",
            "The Christmas market in Bath had your stall",
            "Is the Luton clearance still on?",
            "Did the Sheffield pop-up have the new range?",
        ),
        "distance": (
            "From Manchester it usually takes 2 days",
            "Delivery from Milan to the UK is about a week",
            "Parcels from Shenzhen take up to 3 weeks",
            "It's a 2 day trip from the factory in Porto",
            "The courier said Glasgow to London is next day",
        ),
        "hub": (
            "Tracking says the parcel is at the Coventry hub",
            "It has been stuck in the Daventry depot for 4 days",
            "Why did it go to the Warrington sorting centre?",
            "The status says arrived at Northampton facility",
            "It left the Heathrow hub yesterday",
        ),
        "edition": (
            "Is the Monopoly London edition in stock?",
            "Do you have the Edinburgh edition of the guide?",
            "The Paris model lamp is out of stock again",
            "I want the Milan version of the sofa, not the Rome",
            "Is the Cambridge blue colour available?",
        ),
        "team": (
            "Do you have the Arsenal home kit for kids?",
            "Is the Liverpool mug dishwasher safe?",
            "We watched Everton lose at the pub",
            "Are the Celtic scarves back in stock?",
            "Any Newcastle shirts in XL?",
        ),
    },
    "fr": {
        "shopname": (
            "C'est bien la Boulangerie de Rouen qui fait les galettes ?",
            "J'ai acheté ça chez Maison Lyon Déco",
            "L'Hôtel de Bordeaux est complet ce week-end ?",
            "Vous êtes liés à Pharmacie de Nantes ?",
            "La Fromagerie de Tours livre aussi ?",
            "J'ai vu ça au Garage de Lille",
            "Le Café de Paris est ouvert dimanche ?",
        ),
        "product": (
            "Vous avez de l'eau de Cologne en 100 ml ?",
            "Une bouteille de Bordeaux rouge et un Chablis svp",
            "Le camembert de Normandie est au lait cru ?",
            "Je voudrais de la moutarde de Dijon",
            "Vous faites le Paris-Brest pour 8 personnes ?",
            "Les bêtises de Cambrai sont en promo ?",
            "Du nougat de Montélimar pour Noël",
            "Les calissons d'Aix sont arrivés ?",
            "Un Saint-Nectaire et un Comté svp",
        ),
        "hours": (
            "À Lille vous ouvrez à quelle heure le dimanche ?",
            "Le magasin de Reims ferme à 19h ?",
            "Horaires de Toulon svp",
            "Vous êtes ouverts le 15 août à Angers ?",
            "Limoges est fermé le lundi ?",
        ),
        "promo": (
            "Les soldes à Lille commencent quand ?",
            "Le Black Friday à Nantes c'est aussi en ligne ?",
            "La braderie de Lille, vous y serez ?",
            "La promo de Dijon marche sur le site ?",
            "Le déstockage à Metz est fini ?",
        ),
        "distance": (
            "Depuis Lyon ça met combien de temps ?",
            "De Paris à Marseille il faut 2 jours",
            "Depuis la Chine ça prend 3 semaines",
            "En partant de Lille c'est livré en 48h",
            "Le transporteur dit que de Bordeaux c'est 3 jours",
        ),
        "hub": (
            "Le suivi dit que le colis est à la plateforme de Chilly-Mazarin",
            "Il est bloqué au centre de tri de Wissous depuis lundi",
            "Le colis est arrivé à l'agence Chronopost de Rungis",
            "Pourquoi il est passé par le hub de Roissy ?",
            "Statut : en transit à Bordeaux",
        ),
        "edition": (
            "Le Monopoly édition Marseille est dispo ?",
            "Vous avez le guide édition Bretagne ?",
            "Le modèle Biarritz existe en bleu ?",
            "La lampe Montmartre est en rupture ?",
            "Le canapé Lisbonne existe en 3 places ?",
        ),
        "team": (
            "Vous avez le maillot du PSG taille enfant ?",
            "L'écharpe de Lens est en stock ?",
            "On a regardé Marseille contre Lyon hier",
            "Le mug de l'OM passe au lave-vaisselle ?",
            "Les ballons de Nantes sont arrivés ?",
        ),
    },
    "it": {
        "shopname": (
            "La Pasticceria Cuneo fa anche le torte su ordinazione?",
            "Ho comprato da Ferramenta Bergamo",
            "L'Hotel Milano ha ancora camere?",
            "Siete collegati con Farmacia Torino?",
            "La Pizzeria Napoli consegna a domicilio?",
            "Il Caffè Firenze è aperto la domenica?",
            "Ho visto la borsa da Pelletteria Roma",
        ),
        "product": (
            "Avete il panettone Milano da un chilo?",
            "Vorrei due sfogliatelle napoletane e un babà",
            "La mortadella Bologna è IGP?",
            "Il pesto alla genovese è senza aglio?",
            "Un Parmigiano di 24 mesi per favore",
            "Il Gorgonzola è dolce o piccante?",
            "Avete la focaccia di Recco?",
            "Le scarpe modello Oxford sono in pelle?",
            "Una bottiglia di Barolo e una di Chianti",
        ),
        "hours": (
            "A Torino aprite alle 9?",
            "Il punto vendita di Pavia chiude alle 19?",
            "Orari di Monza per favore",
            "Siete aperti a Ferragosto a Rimini?",
            "Vicenza è chiuso il lunedì mattina?",
        ),
        "promo": (
            "Il Black Friday a Torino vale anche online?",
            "I saldi a Verona quando iniziano?",
            "La promo di Brescia è finita?",
            "Il mercatino di Natale di Bolzano ha il vostro stand?",
            "Lo svuotatutto di Padova è ancora in corso?",
        ),
        "distance": (
            "Da Milano ci vogliono 2 giorni",
            "Dalla Cina ci mette 3 settimane",
            "Il corriere dice che da Roma sono 48 ore",
            "Partendo da Bologna arriva in un giorno",
            "Da Napoli a Torino quanto ci mette?",
        ),
        "hub": (
            "Il pacco è al centro di smistamento di Piacenza",
            "È fermo nell'hub di Bologna da lunedì",
            "Il tracking dice in transito a Verona",
            "Perché è passato dal deposito di Landriano?",
            "È in lavorazione presso la filiale BRT di Modena",
        ),
        "edition": (
            "Avete il Monopoly edizione Napoli?",
            "La guida edizione Sicilia è aggiornata?",
            "Il divano modello Capri esiste in grigio?",
            "La lampada Portofino è esaurita?",
            "Il modello Venezia ha la seduta più alta?",
        ),
        "team": (
            "Avete la maglia della Juve taglia bambino?",
            "La sciarpa del Napoli è tornata?",
            "Ieri abbiamo visto Inter Genoa",
            "La tazza della Roma va in lavastoviglie?",
            "I palloni dell'Atalanta sono arrivati?",
        ),
    },
    "pt": {
        "shopname": (
            "A Pastelaria Coimbra faz bolos por encomenda?",
            "Comprei na Drogaria Braga",
            "O Hotel Lisboa tem quartos livres?",
            "Vocês são da mesma empresa que a Padaria Porto?",
            "A Farmácia Aveiro entrega ao domicílio?",
            "O Café Viseu abre ao domingo?",
            "Vi a mala na Sapataria Faro",
        ),
        "product": (
            "Têm queijo da Serra amanteigado?",
            "Uma garrafa de vinho do Porto e um Douro tinto",
            "Os pastéis de Belém são de hoje?",
            "Queria ovos moles de Aveiro",
            "O pão de ló de Ovar é para 6 pessoas?",
            "Têm a alheira de Mirandela?",
            "Os travesseiros de Sintra chegaram?",
            "Os sapatos modelo Oxford são de couro?",
            "Tem pão de queijo mineiro congelado?",
        ),
        "hours": (
            "Em Braga vocês abrem às 9?",
            "A loja de Setúbal fecha às 19h?",
            "Horário de Leiria por favor",
            "Estão abertos no feriado em Évora?",
            "Guimarães fecha à segunda de manhã?",
        ),
        "promo": (
            "A Black Friday em Braga vale também online?",
            "Os saldos em Coimbra começam quando?",
            "A promoção de Faro já acabou?",
            "Na feira de Barcelos vão ter banca?",
            "A liquidação em Campinas ainda está a decorrer?",
        ),
        "distance": (
            "De Lisboa demora 2 dias",
            "Da China leva 3 semanas",
            "A transportadora diz que do Porto são 48 horas",
            "Saindo de São Paulo chega em 5 dias úteis",
            "De Coimbra a Faro quanto tempo demora?",
        ),
        "hub": (
            "A encomenda está no centro de distribuição de Cajamar",
            "Está parada no hub da Maia desde segunda",
            "O rastreio diz em trânsito em Curitiba",
            "Porque passou pelo centro de triagem de Cabo Ruivo?",
            "Está na unidade de tratamento de Indaiatuba",
        ),
        "edition": (
            "Têm o Monopoly edição Lisboa?",
            "O guia edição Algarve está atualizado?",
            "O sofá modelo Cascais existe em cinzento?",
            "O candeeiro Sintra esgotou?",
            "O modelo Porto tem o assento mais alto?",
        ),
        "team": (
            "Têm a camisola do Benfica tamanho criança?",
            "O cachecol do Sporting voltou?",
            "Ontem vimos o Porto contra o Braga",
            "A caneca do Flamengo vai à máquina?",
            "As bolas do Corinthians chegaram?",
        ),
    },
    "es": {
        "shopname": (
            "¿La Pastelería Zaragoza hace tartas por encargo?",
            "Lo compré en Ferretería Burgos",
            "¿El Hotel Sevilla tiene habitaciones libres?",
            "¿Sois la misma empresa que Panadería Bilbao?",
            "¿La Farmacia Toledo envía a domicilio?",
            "¿El Café Málaga abre los domingos?",
            "Vi el bolso en Marroquinería Ubrique",
        ),
        "product": (
            "¿Tenéis turrón de Jijona del blando?",
            "Una botella de Rioja y otra de Ribera",
            "¿El queso Manchego es curado?",
            "Quiero jamón de Teruel cortado a mano",
            "¿Las ensaimadas de Mallorca son de hoy?",
            "¿Tenéis pimientos de Padrón?",
            "¿Las tortas de Aranda llegaron?",
            "¿Los zapatos modelo Oxford son de piel?",
            "¿El mazapán de Toledo lleva almendra?",
        ),
        "hours": (
            "¿En Burgos abrís a las 9?",
            "¿La tienda de Getafe cierra a las 21h?",
            "Horario de Alcalá por favor",
            "¿Estáis abiertos el festivo en Murcia?",
            "¿Logroño cierra los lunes por la mañana?",
        ),
        "promo": (
            "¿El Black Friday en Sevilla vale también online?",
            "¿Las rebajas en Vigo empiezan cuándo?",
            "¿La promo de Gijón ya terminó?",
            "¿En la feria de Abril tendréis caseta?",
            "¿La liquidación en Elche sigue?",
        ),
        "distance": (
            "Desde Madrid tarda 2 días",
            "Desde China tarda 3 semanas",
            "El transportista dice que desde Barcelona son 48 horas",
            "Saliendo de Valencia llega en un día",
            "¿De Sevilla a Bilbao cuánto tarda?",
        ),
        "hub": (
            "El paquete está en el centro logístico de Coslada",
            "Está parado en el hub de Zaragoza desde el lunes",
            "El seguimiento dice en tránsito en Guadalajara",
            "¿Por qué pasó por la nave de Getafe?",
            "Está en la delegación de Seur en Alcobendas",
        ),
        "edition": (
            "¿Tenéis el Monopoly edición Madrid?",
            "¿La guía edición Asturias está actualizada?",
            "¿El sofá modelo Marbella existe en gris?",
            "¿La lámpara Ibiza está agotada?",
            "¿El modelo Toledo tiene el asiento más alto?",
        ),
        "team": (
            "¿Tenéis la camiseta del Betis talla niño?",
            "¿La bufanda del Athletic volvió?",
            "Ayer vimos al Sevilla contra el Valencia",
            "¿La taza del Atleti va al lavavajillas?",
            "¿Los balones del Celta llegaron?",
        ),
    },
    "de": {
        "shopname": (
            "Macht die Bäckerei Krefeld auch Torten auf Bestellung?",
            "Ich habe es bei Eisenwaren Bochum gekauft",
            "Hat das Hotel München noch Zimmer frei?",
            "Gehört ihr zur Apotheke Kassel?",
            "Liefert die Metzgerei Ulm auch?",
            "Hat das Café Wien am Sonntag offen?",
            "Ich habe die Tasche bei Lederwaren Offenbach gesehen",
        ),
        "product": (
            "Habt ihr noch Berliner mit Vanille?",
            "Eine Flasche Kölsch und zwei Dortmunder bitte",
            "Ist der Dresdner Stollen schon da?",
            "Ich hätte gern Nürnberger Lebkuchen",
            "Sind die Frankfurter Würstchen im Glas?",
            "Habt ihr Aachener Printen?",
            "Ist die Schwarzwälder Kirschtorte für 12 Personen?",
            "Sind die Oxford Schuhe aus Leder?",
            "Ist das Kölnisch Wasser 4711 vorrätig?",
        ),
        "hours": (
            "Macht ihr in Kassel um 9 auf?",
            "Hat die Filiale Gießen bis 20 Uhr offen?",
            "Öffnungszeiten Bochum bitte",
            "Habt ihr am Feiertag in Mainz offen?",
            "Ist Rosenheim montags zu?",
        ),
        "promo": (
            "Gilt der Black Friday in Essen auch online?",
            "Wann fängt der Sommerschlussverkauf in Bremen an?",
            "Ist die Aktion in Kiel schon vorbei?",
            "Habt ihr einen Stand auf dem Weihnachtsmarkt in Nürnberg?",
            "Läuft der Räumungsverkauf in Hagen noch?",
        ),
        "distance": (
            "Aus Hamburg dauert es 2 Tage",
            "Aus China dauert es 3 Wochen",
            "Der Paketdienst sagt von Berlin aus sind es 48 Stunden",
            "Ab München ist es in einem Tag da",
            "Wie lange dauert es von Köln nach Dresden?",
        ),
        "hub": (
            "Das Paket ist im Paketzentrum Radefeld",
            "Es hängt seit Montag im Verteilzentrum Staufenberg",
            "Laut Sendungsverfolgung in Zustellung ab Hannover",
            "Warum ging es über das Hub in Hersfeld?",
            "Es liegt im Depot in Bochum",
        ),
        "edition": (
            "Habt ihr das Monopoly Edition Hamburg?",
            "Ist der Reiseführer Ausgabe Bayern aktuell?",
            "Gibt es das Sofa Modell Lübeck in Grau?",
            "Ist die Lampe Bremen ausverkauft?",
            "Hat das Modell Potsdam eine höhere Sitzfläche?",
        ),
        "team": (
            "Habt ihr das Trikot vom BVB in Kindergröße?",
            "Ist der Schal von Schalke wieder da?",
            "Gestern haben wir Bremen gegen Freiburg gesehen",
            "Ist die Tasse vom HSV spülmaschinenfest?",
            "Sind die Bälle von Union Berlin angekommen?",
        ),
    },
}
# The customer's own town ({t}) in the same vocabulary
CONTROLS: dict[str, tuple[str, ...]] = {
    "en": (
        "I live in {t}, how long does delivery take?",
        "From {t} to your shop it takes me an hour, can you hold it?",
        "Please send it to my mum in {t}",
        "I'm in {t}, is the Chelsea boot in stock online?",
        "We moved to {t} last month, update my address",
        "Can it be delivered to {t} before Black Friday?",
        "Ship it to {t} please, the Oxford shirt in M",
    ),
    "fr": (
        "J'habite à {t}, ça met combien de temps ?",
        "Livrez à {t} chez ma sœur svp",
        "Je suis de {t}, vous livrez le Paris-Brest ?",
        "On a déménagé à {t}, changez l'adresse",
        "Envoyez le colis à {t} avant les soldes",
        "Je vis à {t}, le magasin est ouvert dimanche ?",
        "Mon père habite {t}, livrez-le là-bas",
    ),
    "it": (
        "Abito a {t}, quanto ci mette?",
        "Spedite a {t} da mia madre",
        "Sono di {t}, consegnate il panettone?",
        "Mi sono trasferito a {t}, cambiate l'indirizzo",
        "Mandate il pacco a {t} prima del Black Friday",
        "Vivo a {t}, il negozio è aperto domenica?",
        "Consegna a {t} presso mio fratello",
    ),
    "pt": (
        "Moro em {t}, quanto tempo demora?",
        "Enviem para {t}, para a casa da minha irmã",
        "Sou de {t}, entregam pastéis de nata?",
        "Mudei para {t}, atualizem a morada",
        "Mandem a encomenda para {t} antes da Black Friday",
        "Vivo em {t}, a loja abre ao domingo?",
        "Entreguem em {t} na casa do meu pai",
    ),
    "es": (
        "Vivo en {t}, ¿cuánto tarda?",
        "Enviadlo a {t}, a casa de mi hermana",
        "Soy de {t}, ¿enviáis turrón?",
        "Me mudé a {t}, cambiad la dirección",
        "Mandad el paquete a {t} antes del Black Friday",
        "Estoy en {t}, ¿la tienda abre el domingo?",
        "Entregad en {t} en casa de mi padre",
    ),
    "de": (
        "Ich wohne in {t}, wie lange dauert es?",
        "Bitte nach {t} zu meiner Schwester schicken",
        "Ich komme aus {t}, liefert ihr Stollen?",
        "Wir sind nach {t} gezogen, bitte Adresse ändern",
        "Schickt das Paket vor dem Black Friday nach {t}",
        "Ich lebe in {t}, hat der Laden sonntags offen?",
        "Bitte in {t} bei meinem Vater abgeben",
    ),
}
HOME_TOWNS: dict[str, tuple[str, ...]] = {
    "en": ("Swindon", "Coventry", "Harrogate", "Bolton", "Luton", "Exeter"),
    "fr": ("Lille", "Reims", "Angers", "Toulon", "Metz", "Rouen"),
    "it": ("Cuneo", "Pavia", "Monza", "Rimini", "Vicenza", "Piacenza"),
    "pt": ("Braga", "Leiria", "Setúbal", "Évora", "Guimarães", "Faro"),
    "es": ("Burgos", "Getafe", "Murcia", "Logroño", "Vigo", "Elche"),
    "de": ("Krefeld", "Gießen", "Bochum", "Mainz", "Rosenheim", "Kassel"),
}
REGIONS = {"en": "GB", "fr": "FR", "it": "IT", "pt": "PT", "es": "ES", "de": "DE"}
_SLOT = re.compile(r"\{(t)\}")
REPEATS = 3  # each control filled with this many towns


def _fill(template: str, town: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The template with its slots filled, and the spans of the customer's town."""
    return nopii_runner.fill(template, _SLOT, {"t": town})


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message as written, then the filled controls."""
    for kind, texts in NO_PII[language].items():
        for text in texts:
            yield language, kind, text, ()
    towns = HOME_TOWNS[language]
    for t, template in enumerate(CONTROLS[language]):
        for r in range(REPEATS):
            text, gold = _fill(template, towns[(t * REPEATS + r) % len(towns)])
            yield language, "control", text, gold


def main() -> None:
    kinds = "shopname, product, hours, promo, distance, hub, edition, team"
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, kinds)


if __name__ == "__main__":
    main()
