"""`python -m bench.nopii_tune9`: towns that are not the customer's, shapes earlier sets lack (six languages).

Written for a third round on places in no-PII shop chat, from the writer's own knowledge of WhatsApp
chat with shops, before any rule was changed for it and without reading any held-out file or its
misses. `nopii_tune4` wrote branches, origins, shipping zones of a country, fairs, trains and clubs;
`nopii_tune7` shop names, town-named goods, store hours, sales, lead times, hubs, editions and teams.
This set writes towns in other shapes, where the town says nothing about where the customer is, one
kind each:

- `named`: goods named after a town or region: cheeses, wine appellations, fabrics, fragrances, a
  club's limited-edition shirt ("Harris Tweed", "toile de Jouy", "cravatta di seta di Como",
  "Albariño de Cambados", "Lübecker Marzipan");
- `event`: festivals, races, marathons, carnivals and trade shows in a town ("durante il Palio di
  Siena consegnate?", "Liefert ihr während des Oktoberfests in München?");
- `news`: weather, strikes, floods, road closures, fires and match results in a town, asked about
  as they touch a delivery ("Is the snow in Aberdeen why my parcel is late?");
- `hub`: couriers' scans, depots, customs and sorting in tracking words ("scanned at Tamworth",
  "retenido en aduanas en Barajas", "in Börnicke sortiert");
- `origin`: where goods are made, roasted, forged, blown or designed ("Are the knives forged in
  Solingen?", "Il caffè è tostato a Trieste?");
- `chain`: a chain's other stores, and the shop's own notices about a store's hours ("Notice: from
  1 March the Ipswich shop opens at 10am", "Vostra tienda de Cáceres lo tenía más barato");
- `compare`: prices compared with a town and questions about zones and islands ("It's £20 cheaper
  in the Manchester shop", "La spedizione in Sardegna costa di più?");
- `catalogue`: towns in article codes, collections and model names, and place adjectives ("Item
  code YORK-204", "la collection Deauville", "stile veneziano", "Venetian blinds").

Controls put the customer's own town ({t}) in the same vocabulary: where they live, where the
order goes, where they are from, an address, a pickup store, a relative's home, a move, and weather
or prices where they live; gold spans are the town. Some control towns are also named in no-PII
messages, so a rule that drops a listed town fails the controls. It prints per language and kind
no-PII messages left unchanged and towns protected, with the whole default analyzer
(`bench.nopii_runner`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "named": (
            "Is the Wensleydale with cranberries back in?",
            "Do you have the Harris Tweed jacket in a 40R?",
            "Two bottles of the Rioja Reserva and a Sancerre please",
            "Is the Melton Mowbray pork pie still warm?",
            "Is the Sheffield steel knife set dishwasher safe?",
            "The limited edition Kyoto blossom candle, is it coming back?",
            "Do you still have the Brighton away kit in the centenary edition?",
            "Is the Tuscan Leather by Tom Ford in 50ml?",
        ),
        "event": (
            "Are you doing a stand at the Harrogate flower show this year?",
            "Are you closed during the Notting Hill carnival?",
            "Will orders be slow during the Henley regatta week?",
            "The Edinburgh Fringe programme has your ad on the back",
            "Is the discount from the Birmingham NEC show still valid online?",
            "Are the Cheltenham races hampers still available?",
            "Will the London Marathon stop deliveries on Sunday?",
        ),
        "news": (
            "Is the snow in Aberdeen why my parcel is late?",
            "Heard the Royal Mail strike in Bristol is holding everything up",
            "Are deliveries affected by the floods in York?",
            "Is the M6 closure at Stoke delaying couriers?",
            "The port strike in Felixstowe, does that hit my order?",
            "Did you see Norwich got promoted? Any discount on the shirt?",
            "The fire at the Swindon warehouse was on the news, is my order ok?",
        ),
        "hub": (
            "It says scanned at Tamworth at 3am, is that normal?",
            "Why has my parcel gone via Rugby twice?",
            "Tracking says returned to the depot in Crick",
            "It was out for delivery then went back to Wellingborough",
            "Evri says it's at their Barnsley parcel hub",
            "Says held at customs in Stansted since Thursday",
            "Sorted overnight in Warrington, whatever that means",
        ),
        "origin": (
            "Is this leather really from Florence?",
            "The coffee is roasted in Bristol, right?",
            "Are the knives forged in Solingen?",
            "Designed in Copenhagen, made in Portugal it says on the box",
            "Is the glass blown in Murano or just styled like it?",
            "Does the wool come from Shetland?",
            "Are the candles hand poured in Grasse?",
        ),
        "chain": (
            "Does the Cardiff store price match the website?",
            "Your Norwich shop had it cheaper last week",
            "Will the Bath and Chester stores get the sale stock too?",
            "Our Exeter store is closed on Monday for refurbishment",
            "Notice: from 1 March the Ipswich shop opens at 10am",
            "Is the Oxford Street flagship open on Boxing Day?",
            "Can another store order it in, like the Leicester one?",
        ),
        "compare": (
            "It's £20 cheaper in the Manchester shop, will you match it?",
            "Why is it dearer online than in Glasgow?",
            "Is postage to the Scottish Highlands more than to London?",
            "Do prices in Dublin include VAT?",
            "Is delivery to Jersey or Guernsey extra?",
            "Is it the same price as in Paris?",
            "Is shipping to the Channel Islands free over £50?",
        ),
        "catalogue": (
            "Item code YORK-204 is showing as unavailable",
            "I'm after the Windsor collection dining chairs",
            "Is the Kensington sofa from the Heritage range?",
            "Is the Cotswold range of candles soy wax?",
            "Do the Venetian blinds come in white?",
            "Is the Parisian chic dress in a size 12?",
            "The Bohemian glass vase arrived chipped",
        ),
    },
    "fr": {
        "named": (
            "Vous avez du Roquefort en portion de 200 g ?",
            "Un Sancerre blanc et un Côtes-du-Rhône svp",
            "La toile de Jouy existe en bleu ?",
            "Le savon de Marseille en bloc de 600 g est revenu ?",
            "La bouteille de Champagne en édition limitée Noël est dispo ?",
            "Le parfum Paris d'YSL est arrêté ?",
            "Le maillot domicile du Stade Rennais en XL ?",
            "Les sardines de Quiberon en édition limitée sont encore là ?",
        ),
        "event": (
            "Pendant le festival d'Avignon vous livrez quand même ?",
            "La foire de Châlons, vous y aurez un stand ?",
            "Vous faites une remise pour les 24 Heures du Mans ?",
            "Le marathon de Nice bloque les livraisons dimanche ?",
            "Vous exposez aux Vieilles Charrues à Carhaix ?",
            "La fête du citron à Menton, vous avez des stocks ?",
            "Vous serez au salon Maison&Objet à Villepinte ?",
        ),
        "news": (
            "Avec la neige à Grenoble les colis arrivent quand même ?",
            "La grève de La Poste à Rennes, ça bloque ma commande ?",
            "Les inondations à Nîmes retardent les livraisons ?",
            "L'A7 est coupée à Valence, ça change quoi pour le colis ?",
            "J'ai vu aux infos l'incendie de l'entrepôt d'Amiens, ma commande va bien ?",
            "Lens a gagné hier, le maillot est en promo ?",
            "Le blocage du port de Calais va retarder le colis ?",
        ),
        "hub": (
            "Le suivi dit « flashé à Corbeil », c'est normal ?",
            "Pourquoi mon colis est passé deux fois par Mâcon ?",
            "Colis retourné à l'agence de Brive",
            "Il est en attente au dépôt Colissimo de Montpellier",
            "Le colis a été scanné à Orléans cette nuit",
            "Bloqué en douane à Roissy depuis jeudi",
            "Trié cette nuit à Cavaillon, c'est bon signe ?",
        ),
        "origin": (
            "Ce cuir vient vraiment de Florence ?",
            "Le café est torréfié à Nantes ?",
            "Les couteaux sont forgés à Thiers ?",
            "Conçu à Copenhague, fabriqué au Portugal, c'est écrit sur la boîte",
            "Le verre est soufflé à Biot ?",
            "La laine vient d'Écosse ?",
            "Les bougies sont coulées à la main à Grasse ?",
        ),
        "chain": (
            "Le magasin de Tours fait le même prix que le site ?",
            "Votre boutique d'Annecy l'avait moins cher la semaine dernière",
            "Les magasins de Pau et Bayonne auront aussi le déstockage ?",
            "Info : notre boutique de Quimper sera fermée lundi pour inventaire",
            "À partir du 1er mars, le magasin de Niort ouvre à 10h",
            "Un autre magasin peut le commander, celui de Colmar par exemple ?",
            "Le corner des Galeries Lafayette à Metz a la même collection ?",
        ),
        "compare": (
            "C'est 20 € moins cher à Lyon, vous vous alignez ?",
            "Pourquoi c'est plus cher en ligne qu'à Bordeaux ?",
            "La livraison en Corse est plus chère ?",
            "Les prix à Genève sont en francs suisses ?",
            "Vous livrez les DOM, genre la Réunion ?",
            "C'est le même prix qu'en Belgique ?",
            "Les frais de port pour Monaco sont les mêmes ?",
        ),
        "catalogue": (
            "La réf. NICE-204 est indisponible",
            "La collection Deauville en lin existe en 160 ?",
            "Le canapé Chambord de la gamme Héritage est en stock ?",
            "Les assiettes ligne Provence vont au micro-ondes ?",
            "Le buffet style normand, c'est du chêne massif ?",
            "La vaisselle de Gien arrive bien emballée ?",
            "La nappe Biarritz existe en rouge ?",
        ),
    },
    "it": {
        "named": (
            "Avete il Parmigiano Reggiano 36 mesi?",
            "Un Franciacorta e un Prosecco di Valdobbiadene per favore",
            "La cravatta in seta di Como è disponibile in blu?",
            "Il velluto di Genova per la poltrona quanto costa al metro?",
            "La maglia del Napoli edizione limitata scudetto c'è ancora?",
            "Il profumo Acqua di Parma Colonia è da 100 ml?",
            "La mozzarella di bufala di Battipaglia arriva in giornata?",
            "Avete i cantucci di Prato?",
        ),
        "event": (
            "Sarete al Vinitaly a Verona quest'anno?",
            "Durante il Palio di Siena consegnate lo stesso?",
            "Avete uno stand a Lucca Comics?",
            "La maratona di Firenze blocca le consegne domenica?",
            "Per Sanremo fate gli sconti sugli abiti da sera?",
            "Alla Fiera del Tartufo di Alba portate i prodotti?",
            "Durante la Mostra del Cinema a Venezia il negozio è aperto?",
        ),
        "news": (
            "Con la neve a Belluno i corrieri passano?",
            "Lo sciopero dei corrieri a Piacenza blocca il mio ordine?",
            "L'alluvione a Faenza rallenta le spedizioni?",
            "Ho visto al tg l'incendio del magazzino di Carpi, il mio ordine?",
            "L'autostrada chiusa a Barberino ritarda il corriere?",
            "Il Como ha vinto, la maglia è in sconto?",
            "Il porto di Genova è bloccato, il container arriva?",
        ),
        "hub": (
            "Il tracking dice scansionato a Castel San Giovanni alle 3",
            "Perché il pacco è passato due volte da Bologna Interporto?",
            "Reso al deposito di Lodi, che vuol dire?",
            "È in giacenza presso il centro GLS di Padova",
            "Il pacco è stato smistato a Vigonza stanotte",
            "Fermo in dogana a Malpensa da giovedì",
            "Era in consegna e poi è rientrato in filiale a Sesto Fiorentino",
        ),
        "origin": (
            "Questa pelle viene davvero da Firenze?",
            "Il caffè è tostato a Trieste?",
            "I coltelli sono forgiati a Maniago?",
            "Disegnato a Copenaghen, prodotto in Portogallo, c'è scritto sulla scatola",
            "Il vetro è soffiato a Murano o è solo in stile?",
            "La lana arriva dal Biellese?",
            "Le ceramiche sono dipinte a mano a Caltagirone?",
        ),
        "chain": (
            "Il negozio di Lecce fa lo stesso prezzo del sito?",
            "Il vostro punto vendita di Treviso ce l'aveva a meno la settimana scorsa",
            "Anche i negozi di Udine e Trento avranno i saldi?",
            "Avviso: il negozio di Cremona resterà chiuso lunedì per inventario",
            "Dal 1° marzo il punto vendita di Asti apre alle 10",
            "Un altro negozio può ordinarlo, tipo quello di Arezzo?",
            "Il corner alla Rinascente di Palermo ha la stessa collezione?",
        ),
        "compare": (
            "A Milano costa 20 euro in meno, fate lo stesso prezzo?",
            "Perché online costa più che a Bergamo?",
            "La spedizione in Sardegna costa di più?",
            "I prezzi a Lugano sono in franchi?",
            "Spedite anche a San Marino?",
            "Costa uguale che in Germania?",
            "Le spese per le isole minori tipo Lampedusa sono le stesse?",
        ),
        "catalogue": (
            "Il codice art. SIENA-204 risulta non disponibile",
            "La collezione Positano in lino esiste in 160?",
            "Il divano Ravello della linea Heritage è disponibile?",
            "I piatti linea Toscana vanno nel microonde?",
            "Il mobile in stile veneziano è in legno massello?",
            "La ceramica di Vietri arriva ben imballata?",
            "La tovaglia Amalfi esiste in rosso?",
        ),
    },
    "pt": {
        "named": (
            "Têm queijo de Azeitão amanteigado?",
            "Uma garrafa de Alvarinho de Monção e um Dão tinto",
            "O lenço de Viana em vermelho ainda há?",
            "Os bordados da Madeira vêm com certificado?",
            "A camisola do Vitória de Guimarães edição limitada ainda há?",
            "Têm o perfume Lisboa da Claus Porto?",
            "As conservas de Matosinhos em edição de Natal chegaram?",
            "O presunto de Barrancos é de porco preto?",
        ),
        "event": (
            "Vão estar na Feira de São Mateus em Viseu?",
            "Durante o Rock in Rio Lisboa entregam na mesma?",
            "Têm banca na Feira do Livro do Porto?",
            "A maratona de Lisboa bloqueia as entregas no domingo?",
            "Durante o São João no Porto há atrasos?",
            "Vão levar os produtos à Ovibeja em Beja?",
            "No Carnaval de Torres Vedras a loja abre?",
        ),
        "news": (
            "Com a neve na Guarda os CTT entregam?",
            "A greve dos CTT em Coimbra atrasa a minha encomenda?",
            "As cheias em Águeda atrasam as entregas?",
            "Vi nas notícias o incêndio no armazém de Ovar, a minha encomenda está bem?",
            "A A1 cortada em Pombal atrasa a transportadora?",
            "O Braga ganhou, a camisola está em promoção?",
            "O porto de Sines está parado, o contentor chega?",
        ),
        "hub": (
            "O rastreio diz digitalizado em Alverca às 3h",
            "Porque passou duas vezes pelo centro da Azambuja?",
            "Devolvido ao depósito do Carregado, o que quer dizer?",
            "Está retida na alfândega em Lisboa desde quinta",
            "A encomenda foi separada em Loures esta noite",
            "Está no centro operacional dos CTT em Perafita",
            "Saiu para entrega e depois ficou na base da Trofa",
        ),
        "origin": (
            "Este couro vem mesmo de Florença?",
            "O café é torrado em Braga?",
            "As facas são forjadas em Guimarães?",
            "Desenhado em Copenhaga, fabricado em Portugal, está escrito na caixa",
            "O vidro é soprado na Marinha Grande?",
            "A lã vem da Serra da Estrela?",
            "A loiça é pintada à mão nas Caldas da Rainha?",
        ),
        "chain": (
            "A loja de Leiria faz o mesmo preço que o site?",
            "A vossa loja de Viseu tinha mais barato a semana passada",
            "As lojas de Aveiro e Tomar também vão ter os saldos?",
            "Aviso: a loja de Santarém fecha na segunda para inventário",
            "A partir de 1 de março a loja da Covilhã abre às 10h",
            "Outra loja pode encomendar, tipo a de Castelo Branco?",
            "O espaço no El Corte Inglés de Gaia tem a mesma coleção?",
        ),
        "compare": (
            "Em Lisboa custa menos 20 euros, fazem o mesmo preço?",
            "Porque é mais caro online do que no Porto?",
            "O envio para os Açores é mais caro?",
            "Os preços em Luanda são em kwanzas?",
            "Enviam para a Madeira?",
            "É o mesmo preço que em Espanha?",
            "Os portes para Cabo Verde são iguais?",
        ),
        "catalogue": (
            "O código art. EVORA-204 aparece indisponível",
            "A coleção Comporta em linho existe em 160?",
            "O sofá Monsaraz da linha Heritage tem stock?",
            "Os pratos linha Alentejo vão ao micro-ondas?",
            "O móvel em estilo minhoto é de madeira maciça?",
            "A faiança de Coimbra chega bem embalada?",
            "A toalha Nazaré existe em vermelho?",
        ),
    },
    "es": {
        "named": (
            "¿Tenéis queso Idiazábal ahumado?",
            "Una botella de Ribera del Duero y un Albariño de Cambados",
            "¿El mantón de Manila viene bordado?",
            "¿La camiseta del Cádiz edición limitada del centenario queda?",
            "¿Tenéis el perfume Agua de Sevilla?",
            "¿La sobrasada de Mallorca es picante?",
            "¿El turrón de Alicante es el duro?",
            "¿Las alpargatas de Caravaca vienen en la talla 38?",
        ),
        "event": (
            "¿Estaréis en FITUR en Madrid?",
            "¿Durante los Sanfermines en Pamplona entregáis igual?",
            "¿Tenéis puesto en el Mobile World Congress de Barcelona?",
            "¿La maratón de Valencia corta las entregas el domingo?",
            "¿Para las Fallas de Valencia hacéis descuento?",
            "¿Lleváis productos a la feria de Zafra?",
            "¿En el Carnaval de Cádiz abre la tienda?",
        ),
        "news": (
            "¿Con la nieve en Soria pasan los repartidores?",
            "¿La huelga de Correos en Vigo retrasa mi pedido?",
            "¿La DANA en Paiporta retrasa los envíos?",
            "Vi en las noticias el incendio de la nave de Getafe, ¿mi pedido está bien?",
            "¿La A-7 cortada en Motril retrasa al transportista?",
            "Ha subido el Racing de Santander, ¿la camiseta está rebajada?",
            "El puerto de Algeciras está parado, ¿llega el contenedor?",
        ),
        "hub": (
            "El seguimiento dice escaneado en Coslada a las 3",
            "¿Por qué ha pasado dos veces por el centro de Zaragoza?",
            "Devuelto a la delegación de Alcalá, ¿qué significa?",
            "Está retenido en aduanas en Barajas desde el jueves",
            "El paquete se clasificó en Illescas esta noche",
            "Está en el centro de tratamiento de Correos en Vallecas",
            "Salió en reparto y luego se quedó en la base de Rivas",
        ),
        "origin": (
            "¿Esta piel viene de verdad de Florencia?",
            "¿El café se tuesta en Bilbao?",
            "¿Los cuchillos están forjados en Albacete?",
            "Diseñado en Copenhague, fabricado en Portugal, pone en la caja",
            "¿El vidrio está soplado en Murano o es solo el estilo?",
            "¿La lana viene de Escocia?",
            "¿La cerámica está pintada a mano en Talavera?",
        ),
        "chain": (
            "¿La tienda de Segovia tiene el mismo precio que la web?",
            "Vuestra tienda de Cáceres lo tenía más barato la semana pasada",
            "¿Las tiendas de León y Ourense también tendrán las rebajas?",
            "Aviso: la tienda de Huesca cierra el lunes por inventario",
            "A partir del 1 de marzo la tienda de Lugo abre a las 10",
            "¿Otra tienda puede pedirlo, tipo la de Jaén?",
            "¿El córner de El Corte Inglés de Castellón tiene la misma colección?",
        ),
        "compare": (
            "En Madrid cuesta 20 euros menos, ¿me hacéis el mismo precio?",
            "¿Por qué online es más caro que en Málaga?",
            "¿El envío a Canarias es más caro?",
            "¿Los precios en Andorra llevan IVA?",
            "¿Enviáis a Ceuta?",
            "¿Es el mismo precio que en Francia?",
            "¿Los portes a Baleares son iguales?",
        ),
        "catalogue": (
            "El código art. TOLEDO-204 sale no disponible",
            "¿La colección Menorca en lino existe en 160?",
            "¿El sofá Cadaqués de la línea Heritage tiene stock?",
            "¿Los platos línea Andalucía van al microondas?",
            "¿El mueble de estilo castellano es de madera maciza?",
            "¿La cerámica de Manises llega bien embalada?",
            "¿El mantel Formentera existe en rojo?",
        ),
    },
    "de": {
        "named": (
            "Habt ihr den Allgäuer Bergkäse am Stück?",
            "Eine Flasche Riesling von der Mosel und einen Rheingauer Spätburgunder",
            "Ist das Harris Tweed Sakko in 50 da?",
            "Ist der Duft Berlin im Winter noch lieferbar?",
            "Gibt es das Trikot von Mainz 05 noch als Sonderedition?",
            "Habt ihr Lübecker Marzipan in der Weihnachtsedition?",
            "Ist der Schwarzwälder Schinken am Stück?",
            "Sind die Thüringer Rostbratwürste tiefgekühlt?",
        ),
        "event": (
            "Seid ihr auf der Frankfurter Buchmesse?",
            "Liefert ihr während des Oktoberfests in München trotzdem?",
            "Habt ihr einen Stand auf dem Cannstatter Wasen?",
            "Sperrt der Marathon in Hamburg am Sonntag die Zustellung?",
            "Gibt es zum Karneval in Köln Rabatt auf Kostüme?",
            "Bringt ihr eure Produkte zur Grünen Woche in Berlin?",
            "Hat der Laden während der Kieler Woche offen?",
        ),
        "news": (
            "Kommen die Zusteller bei dem Schnee in Oberstdorf durch?",
            "Verzögert der Poststreik in Leipzig meine Bestellung?",
            "Verzögert das Hochwasser in Passau die Lieferungen?",
            "Ich habe in den Nachrichten vom Brand im Lager in Bad Hersfeld gehört, ist meine Bestellung ok?",
            "Verzögert die Sperrung der A7 bei Kassel den Paketdienst?",
            "Heidenheim hat gewonnen, ist das Trikot jetzt reduziert?",
            "Der Hafen in Bremerhaven steht still, kommt der Container trotzdem?",
        ),
        "hub": (
            "Laut Sendungsverfolgung um 3 Uhr in Obertshausen gescannt",
            "Warum ist das Paket zweimal über Greven gelaufen?",
            "Zurück an das Depot in Neuss, was heißt das?",
            "Hängt seit Donnerstag beim Zoll in Frankfurt",
            "Das Paket wurde heute Nacht in Börnicke sortiert",
            "Liegt im Verteilzentrum von Hermes in Haldensleben",
            "Ist in der Zustellbasis in Nohra liegen geblieben",
        ),
        "origin": (
            "Kommt das Leder wirklich aus Florenz?",
            "Wird der Kaffee in Bremen geröstet?",
            "Sind die Messer in Solingen geschmiedet?",
            "Entworfen in Kopenhagen, hergestellt in Portugal, steht auf der Packung",
            "Ist das Glas in Murano mundgeblasen oder nur im Stil?",
            "Kommt die Wolle von den Shetlandinseln?",
            "Ist das Porzellan in Meißen handbemalt?",
        ),
        "chain": (
            "Macht die Filiale in Ulm den gleichen Preis wie online?",
            "Euer Laden in Fulda hatte es letzte Woche günstiger",
            "Bekommen die Läden in Trier und Koblenz auch die Sale-Ware?",
            "Hinweis: unsere Filiale in Detmold bleibt am Montag wegen Inventur geschlossen",
            "Ab 1. März öffnet der Laden in Bamberg um 10 Uhr",
            "Kann eine andere Filiale es bestellen, zum Beispiel die in Landshut?",
            "Hat der Shop-in-Shop im KaDeWe die gleiche Kollektion?",
        ),
        "compare": (
            "In München kostet es 20 Euro weniger, geht ihr mit dem Preis mit?",
            "Warum ist es online teurer als in Dortmund?",
            "Kostet der Versand nach Sylt mehr?",
            "Sind die Preise in Zürich in Franken?",
            "Liefert ihr nach Helgoland?",
            "Ist es der gleiche Preis wie in Österreich?",
            "Sind die Versandkosten nach Südtirol gleich?",
        ),
        "catalogue": (
            "Artikelnummer POTSDAM-204 wird als nicht verfügbar angezeigt",
            "Gibt es die Kollektion Sylt aus Leinen in 160?",
            "Ist das Sofa Heidelberg aus der Heritage-Linie vorrätig?",
            "Sind die Teller der Serie Toskana mikrowellengeeignet?",
            "Ist der Schrank im Friesenstil aus Massivholz?",
            "Kommt das Porzellan aus Fürstenberg gut verpackt an?",
            "Gibt es die Tischdecke Amalfi in Rot?",
        ),
    },
}
# The customer's own town ({t}) in the same vocabulary: weather, prices, stores, goods named on towns
CONTROLS: dict[str, tuple[str, ...]] = {
    "en": (
        "I live in {t}, is the snow there going to delay it?",
        "Deliver to my place in {t} please, not the depot",
        "I'm from {t}, do you sell the local cheese?",
        "It's going to 14 Mill Lane, {t}",
        "Is it cheaper if I collect from your store in {t}?",
        "My mum in {t} ordered the Harris Tweed scarf",
        "We just moved to {t}, can you update my address?",
        "Please send the Champagne to my sister in {t}",
        "Shipping to {t} where I work, how long?",
        "Where I live in {t} the shops sell it for less",
    ),
    "fr": (
        "J'habite à {t}, avec la neige ça va arriver ?",
        "Livrez chez moi à {t} svp, pas au point relais",
        "Je suis de {t}, vous avez le fromage du coin ?",
        "Adresse : 12 rue des Lilas, 49000 {t}",
        "C'est moins cher si je récupère au magasin de {t} ?",
        "Ma mère à {t} a commandé la toile de Jouy",
        "On vient d'emménager à {t}, changez l'adresse svp",
        "Envoyez le Champagne à ma sœur à {t}",
        "Livraison à {t} au boulot, ça prend combien ?",
        "Chez moi à {t} les magasins le vendent moins cher",
    ),
    "it": (
        "Abito a {t}, con la neve arriva lo stesso?",
        "Consegnate a casa mia a {t}, non al punto di ritiro",
        "Sono di {t}, avete il formaggio della zona?",
        "Indirizzo: via Garibaldi 12, {t}",
        "Costa meno se ritiro al negozio di {t}?",
        "Mia madre a {t} ha ordinato la cravatta di Como",
        "Ci siamo appena trasferiti a {t}, cambiate l'indirizzo",
        "Mandate il Prosecco a mia sorella a {t}",
        "Spedizione a {t} in ufficio, quanto ci vuole?",
        "Qui a {t} dove abito i negozi lo vendono a meno",
    ),
    "pt": (
        "Moro em {t}, com a neve chega na mesma?",
        "Entreguem em minha casa em {t}, não no ponto de recolha",
        "Sou de {t}, têm o queijo da zona?",
        "Morada: Rua da Liberdade 12, {t}",
        "Fica mais barato se levantar na loja de {t}?",
        "A minha mãe em {t} encomendou o lenço de Viana",
        "Acabámos de nos mudar para {t}, atualizem a morada",
        "Mandem o vinho para a minha irmã em {t}",
        "Envio para {t} para o meu trabalho, quanto tempo?",
        "Aqui em {t} onde moro as lojas vendem mais barato",
    ),
    "es": (
        "Vivo en {t}, ¿con la nieve llega igual?",
        "Entregad en mi casa de {t}, no en el punto de recogida",
        "Soy de {t}, ¿tenéis el queso de la zona?",
        "Dirección: calle Mayor 12, {t}",
        "¿Sale más barato si lo recojo en la tienda de {t}?",
        "Mi madre en {t} pidió el mantón de Manila",
        "Nos acabamos de mudar a {t}, cambiad la dirección",
        "Mandad el vino a mi hermana a {t}",
        "Envío a {t} a mi trabajo, ¿cuánto tarda?",
        "Aquí en {t} donde vivo las tiendas lo venden más barato",
    ),
    "de": (
        "Ich wohne in {t}, kommt es bei dem Schnee trotzdem?",
        "Bitte zu mir nach Hause in {t} liefern, nicht in die Packstation",
        "Ich komme aus {t}, habt ihr den Käse von hier?",
        "Adresse: Hauptstraße 12, {t}",
        "Ist es günstiger, wenn ich es in der Filiale in {t} abhole?",
        "Meine Mutter in {t} hat den Bergkäse bestellt",
        "Wir sind gerade nach {t} gezogen, bitte Adresse ändern",
        "Schickt den Riesling an meine Schwester in {t}",
        "Versand nach {t} an meine Arbeit, wie lange dauert das?",
        "Hier in {t}, wo ich wohne, verkaufen die Läden es billiger",
    ),
}
# Towns of customers; some are also a store's, a hub's or an event's town in the no-PII messages
HOME_TOWNS: dict[str, tuple[str, ...]] = {
    "en": ("Kendal", "Stockport", "Norwich", "Darlington", "Carlisle", "Truro"),
    "fr": ("Quimper", "Niort", "Colmar", "Chambéry", "Brive", "Grenoble"),
    "it": ("Lecce", "Treviso", "Cremona", "Asti", "Arezzo", "Belluno"),
    "pt": ("Viseu", "Aveiro", "Tomar", "Santarém", "Covilhã", "Barcelos"),
    "es": ("Cáceres", "Huesca", "Lugo", "Jaén", "Segovia", "Soria"),
    "de": ("Fulda", "Bamberg", "Detmold", "Landshut", "Koblenz", "Passau"),
}
REGIONS = {"en": "GB", "fr": "FR", "it": "IT", "pt": "PT", "es": "ES", "de": "DE"}
_SLOT = re.compile(r"\{(t)\}")
REPEATS = 3  # each control filled with this many towns


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
    kinds = "named, event, news, hub, origin, chain, compare, catalogue"
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, kinds)


if __name__ == "__main__":
    main()
