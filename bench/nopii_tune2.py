"""`python -m bench.nopii_tune2`: a second no-PII tune set, shop chat in French, English and German.

Written for the round on French no-PII messages, from the writer's own vocabulary, without
reading any held-out file or its misses. `bench.nopii_tune` fills a few templates with product
lines, brand runs, shops, warehouse towns and companies; this set is whole hand-written messages
in the shapes it lacks, by kind:

- `order`: order numbers with brand lines and colours ("commande 48213, le Kartell Componibili");
- `resto`: restaurant bookings with dish names ("le Saint-Jacques", "la Tatin", "Paris-Brest");
- `size`: models named like people in sizes ("le modèle Charlotte en taille 38");
- `pharma`: pharmacies and their products;
- `garage`: garages with car models ("la Mégane", "le Kangoo", "ma Clio");
- `optic`: opticians' frames named like people ("la monture Lucien");
- `fashion`: collections, lines and capsules ("la collection Capucine");
- `hours`: opening hours, Monday to Sunday, feasts and bank holidays;
- `terroir`: products named on towns ("un Laguiole", "de la moutarde de Dijon", "un Calvados");
- `street`: shops named on a street or a district ("Galeries Lafayette Haussmann");
- `chat` (French only, added in a second round): everyday shop chat with carriers, payment apps,
  promotions, feasts and capitalised words mid-sentence ("Excellente journée", "Point Relais");
- `goods` (French only, a third round): appliances, electronics, toys, books and beauty named by
  brand and line ("la machine Nespresso Vertuo", "plutôt Yves Rocher ou L'Occitane ?").

And name-bearing controls in the same vocabulary: a real name or the customer's own address next
to a product line, a dish, a frame or a street-named shop, so that what a rule costs shows. Gold
spans are marked `[[...]]` in the source text; a title before a name stays out of it, as Veil
leaves titles out of a name's span.

It prints, per language and kind, no-PII messages left unchanged and gold spans protected (every
character inside some span, whatever its entity) with the whole default analyzer (as shipped);
`--show N` prints up to N changed messages and misses, with the recognizer and entity of each span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.corpus import REGION
from bench.nopii_runner import Example

FR: dict[str, tuple[str, ...]] = {
    "order": (
        "Bonjour, ma commande n° 48213 contenait le Kartell Componibili blanc, j'ai reçu le rouge",
        "Commande 2024-77815 : il manque le coussin Ferm Living Quilt",
        "Ma commande FR-55102 avec la cocotte Staub Ronde 24 cm est partie ?",
        "J'ai commandé la poêle De Buyer Mineral B, commande 90331, toujours pas expédiée",
        "Commande n°66120, la lampe Serge Mouille est arrivée sans ampoule",
        "Bonjour, où en est la commande 31877 ? C'est le tapis Nanimarquina Vitoria",
        "Le colis de la commande 70412 (Le Creuset Signature) est abîmé",
        "Pour la commande 12098 j'ai pris le plaid Mauviel par erreur, je peux échanger ?",
        "Suite à ma commande 88410, le couteau Opinel Intempora n°220 manque",
        "Commande 50766 : la Bialetti Venus est arrivée sans joint",
        "Je n'ai pas reçu la facture de la commande 43309, parure Carré Blanc Élise",
        "La commande 21455 indique livrée mais je n'ai rien, c'était la chaise Tolix Marius",
        "Bonjour, commande 64190, le fauteuil Pierre Paulin est-il toujours en stock ?",
        "J'ai un souci avec la commande 39021 : le service Gien Oiseau Bleu est ébréché",
        "Commande 77613 annulée ? Je voulais la bougie Diptyque Baies",
        "Pouvez-vous regrouper les commandes 81234 et 81236 ? Ce sont deux tabourets Magis Steelwood",
    ),
    "resto": (
        "Bonsoir, une table pour quatre samedi à 20 h, c'est possible ?",
        "Je voudrais réserver pour deux dimanche midi, vous avez encore la Saint-Jacques ?",
        "Est-ce que la tarte Tatin est faite maison ?",
        "Vous faites toujours le Paris-Brest le week-end ?",
        "Le menu Bocuse est servi le midi aussi ?",
        "Réservation pour six vendredi soir, dont un enfant, avec le menu Rabelais",
        "La sole meunière est-elle au menu cette semaine ?",
        "On a adoré le Saint-Honoré, vous le faites sur commande ?",
        "Pouvez-vous prévoir une crêpe Suzette pour un anniversaire ?",
        "Une table en terrasse jeudi, et la pêche Melba sans amandes svp",
        "Le poulet Marengo du plat du jour contient-il du gluten ?",
        "Le bœuf Stroganoff est-il encore à la carte ?",
        "Il reste de la place mardi pour le menu Escoffier ?",
        "Je peux commander un fraisier et un Opéra pour dimanche ?",
        "Vous avez une option sans porc pour la choucroute Alsacienne ?",
        "La salade Niçoise, c'est avec du thon frais ?",
        "Le brunch du dimanche inclut les œufs Bénédicte ?",
    ),
    "size": (
        "Bonjour, le modèle Charlotte en taille 38, il taille grand ?",
        "La robe Louise existe en 40 ?",
        "Je fais du 42, je prends la Margaux en M ou en L ?",
        "Le jean Gaspard taille petit, je passe au 44 ?",
        "Avez-vous la blouse Apolline en écru, taille 36 ?",
        "La veste Victor revient en taille 50 quand ?",
        "Le pull Jeanne gratte ou pas ?",
        "La sandale Camille en 39, elle est large ?",
        "J'hésite entre la jupe Adèle et la Suzanne en 38",
        "Le short Marius existe aussi en bleu marine ?",
        "Taille 40 épuisée pour la chemise Célestine ?",
        "La botte Joséphine monte jusqu'où sur le mollet ?",
        "La Lison en 37 est-elle réassortie bientôt ?",
        "Le trench Augustin se lave en machine ?",
        "Je voudrais échanger la robe Colette 38 contre une 40",
        "Le maillot Inès taille-t-il comme le Rose ?",
    ),
    "pharma": (
        "Bonjour, avez-vous du Doliprane 1000 en comprimés ?",
        "La pharmacie est de garde ce dimanche ?",
        "Vous avez la crème Avène Cicalfate en stock ?",
        "Je cherche le sérum Caudalie Vinoperfect, il est disponible ?",
        "Le lait La Roche-Posay Lipikar existe en 400 ml ?",
        "Est-ce que la Biafine est remboursée ?",
        "Vous vendez le Gaviscon en sachets ?",
        "Il vous reste des tests antigéniques ?",
        "Je peux passer prendre mon ordonnance vers 18 h ?",
        "Le shampoing Klorane à l'ortie est revenu ?",
        "Vous faites les vaccins contre la grippe sans rendez-vous ?",
        "La pharmacie Saint-Michel ouvre à quelle heure le samedi ?",
        "Avez-vous l'huile Nuxe Prodigieuse en format voyage ?",
        "Le baume Bioderma Atoderm est-il adapté aux bébés ?",
        "Vous avez du Smecta pour enfant ?",
        "La crème Mustela est en promotion cette semaine ?",
    ),
    "garage": (
        "Bonjour, la révision de ma Clio 4 prend combien de temps ?",
        "Vous avez des pneus pour une Peugeot 208 en 16 pouces ?",
        "Le Kangoo est prêt ? Je passe à 17 h",
        "Combien pour la distribution d'une Mégane 3 dCi ?",
        "Ma Twingo fait un bruit au freinage",
        "Je voudrais un devis pour le pare-brise du Berlingo",
        "La Zoé peut être rechargée pendant la révision ?",
        "Vous faites le contrôle technique sur les Dacia Sandero ?",
        "La vidange de la C3 Aircross est à combien ?",
        "Le Scénic a encore le voyant moteur allumé",
        "Vous avez un véhicule de prêt pendant la réparation de la Captur ?",
        "Le Trafic doit passer au garage mardi, c'est bon pour vous ?",
        "Ma Fiat Panda ne démarre plus, vous pouvez la remorquer ?",
        "Les plaquettes de la Citroën Picasso sont arrivées ?",
        "La Laguna a besoin d'une batterie, vous l'avez en stock ?",
        "Combien de temps pour changer l'embrayage d'une Golf ?",
    ),
    "optic": (
        "Bonjour, la monture Lucien existe en écaille ?",
        "Mes verres pour la Jeanne sont prêts ?",
        "La monture Anatole est-elle trop grande pour un visage fin ?",
        "J'ai cassé la branche de ma Suzon, vous la réparez ?",
        "Vous avez encore le modèle Ernest en vert bouteille ?",
        "Les lunettes de soleil Gabin sont polarisées ?",
        "La monture Honorine se fait en titane ?",
        "Je voudrais essayer la Simone et la Berthe samedi",
        "Les lentilles mensuelles Acuvue sont arrivées ?",
        "La monture Marcel est-elle prise en charge par la mutuelle ?",
        "Vous faites l'examen de vue sans rendez-vous ?",
        "Combien coûtent des verres progressifs pour la Léontine ?",
        "Le modèle Gustave en 52 est-il réassorti ?",
        "Les Ray-Ban Clubmaster existent en verres correcteurs ?",
    ),
    "fashion": (
        "La collection Capucine sort quand en boutique ?",
        "Est-ce que la ligne Mathilde est en soldes ?",
        "Vous aurez la capsule Riviera en magasin ?",
        "La collection Automne-Hiver est déjà en ligne ?",
        "Le sac Diane de la collection Héritage existe en camel ?",
        "La ligne Bretonne est-elle fabriquée en France ?",
        "Vous recevez la nouvelle collection Printemps-Été quand ?",
        "Le foulard Hortense de la capsule Jardin est-il en soie ?",
        "La gamme Sophie est-elle lavable à 30 degrés ?",
        "Les derniers modèles de la ligne Marceline partent vite ?",
        "La collection Côte d'Azur est-elle disponible en grandes tailles ?",
        "Le cabas Eugénie revient dans la collection Été ?",
        "Vous faites encore la marinière Saint James ?",
        "La collaboration Sézane x Petit Bateau est sortie ?",
    ),
    "hours": (
        "Vous êtes ouverts le lundi ?",
        "Le magasin ouvre à quelle heure le mardi ?",
        "Ouvert le mercredi après-midi ?",
        "Fermé le jeudi ou seulement le matin ?",
        "Vous fermez à quelle heure le vendredi soir ?",
        "Le samedi vous faites la journée continue ?",
        "Ouvert le dimanche matin jusqu'à 13 h ?",
        "Horaires : du lundi au samedi 9 h - 19 h, dimanche 10 h - 13 h ?",
        "Vous êtes ouverts le lundi de Pâques ?",
        "Ouvert le 15 août ou fermé ?",
        "Le magasin est ouvert pendant la Toussaint ?",
        "Vous fermez à 17 h la veille de Noël ?",
        "Ouvert le 1er mai ?",
        "Vous êtes fermés le dimanche et le lundi, c'est ça ?",
        "Le drive est ouvert le samedi après-midi ?",
        "Les horaires d'été commencent en juillet ?",
    ),
    "terroir": (
        "Vous avez des couteaux Laguiole à manche en corne ?",
        "Le pot de moutarde de Dijon fait combien de grammes ?",
        "Un Calvados hors d'âge pour offrir, vous conseillez lequel ?",
        "Le Comté 24 mois est revenu ?",
        "Vous avez du Cognac VSOP en demi-bouteille ?",
        "Le Roquefort est-il au lait cru ?",
        "Je voudrais un Camembert de Normandie bien fait",
        "Vous vendez du Champagne brut à l'unité ?",
        "Un Saint-Émilion 2018 pour accompagner l'agneau ?",
        "Le nougat de Montélimar est-il sans miel ?",
        "Vous avez des calissons d'Aix en boîte cadeau ?",
        "La fourme d'Ambert est en promo ?",
        "Il vous reste du Chablis premier cru ?",
        "Le savon de Marseille existe en copeaux ?",
        "Un Sancerre blanc bien frais pour ce soir ?",
        "Les bêtises de Cambrai sont arrivées ?",
        "Vous faites des paniers avec du Reblochon et du Beaufort ?",
        "La porcelaine de Limoges passe-t-elle au lave-vaisselle ?",
    ),
    "street": (
        "C'est disponible aux Galeries Lafayette Haussmann ?",
        "Je peux retirer ma commande au Printemps Haussmann ?",
        "Le Bon Marché Rive Gauche a la collection ?",
        "La Fnac Saint-Lazare a-t-elle le modèle en stock ?",
        "Vous avez un point de retrait au BHV Marais ?",
        "Le magasin Darty Wagram est ouvert dimanche ?",
        "J'ai acheté la lampe chez Habitat Montparnasse",
        "La boutique Rivoli ferme à quelle heure ?",
        "Le Monoprix Montorgueil prend les colis ?",
        "Retrait possible au Decathlon Madeleine ?",
        "Le Carrefour Market République est fermé ?",
        "Je suis passée à la boutique Saint-Germain, ils n'avaient plus ma taille",
        "La Samaritaine Pont-Neuf fait les retouches ?",
        "Le point relais du Franprix Oberkampf est plein",
        "La boulangerie de la place Bellecour fait des commandes ?",
        "Le stand du marché Wilson est là samedi ?",
    ),
    "chat": (
        "Bonjour, j'ai reçu un mail de Colissimo mais le colis n'est pas au Point Relais",
        "Je peux payer avec Lydia ou Paylib ?",
        "Vous acceptez les Chèques Vacances et les Tickets Restaurant ?",
        "C'est possible de livrer en Mondial Relay plutôt qu'en Chronopost ?",
        "J'ai vu l'article sur Vinted moins cher, c'est une contrefaçon ?",
        "Vous faites une remise pour la Fête des Mères ?",
        "Le Black Friday commence quand chez vous ?",
        "Les Soldes d'Hiver commencent mercredi ?",
        "Petite question : le Pass Culture marche chez vous ?",
        "Bonsoir ! Toujours pas de nouvelles de mon remboursement",
        "Super, merci beaucoup, Excellente journée !",
        "Top, Bonne soirée et à bientôt",
        "Génial, Merci pour la rapidité",
        "Coucou, vous avez reçu ma photo du carton abîmé ?",
        "Re-bonjour, finalement je garde la Taille M",
        "Nickel, le colis est arrivé ce matin",
        "Désolée pour le retard de réponse, Bon week-end",
        "Est-ce que la Carte Cadeau est valable en magasin ?",
        "Le code PROMO10 ne marche pas sur Safari",
        "J'ai un compte Google, je peux me connecter avec ?",
        "L'appli Android plante quand je valide le panier",
        "Ça part de Roissy ou de Marne-la-Vallée ?",
        "Le transporteur DPD Predict m'a donné un créneau",
        "Je suis en Télétravail, livrez à partir de 14 h",
        "Vous êtes présents au Salon de l'Agriculture ?",
        "Vous livrez dans les DOM-TOM, en Guadeloupe par exemple ?",
        "Merci Infiniment, tout est parfait !",
        "La Poste dit que le colis est en Instance",
        "Mon Relais Colis est fermé pour congés, vous pouvez rediriger ?",
        "Je l'offre pour la Saint-Valentin, vous faites l'emballage ?",
        "C'est compatible avec l'Apple Watch ?",
        "Bien reçu, Parfait, à bientôt",
    ),
    "goods": (
        "Bonjour, mon aspirateur Dyson V15 ne charge plus, il est encore sous garantie ?",
        "La machine Nespresso Vertuo fuit par le dessous",
        "J'ai commandé un Samsung Galaxy A55, il arrive quand ?",
        "Le canapé Hanna d'Ikea rentre-t-il dans un ascenseur ?",
        "Mon fils veut la tente Quechua 2 Seconds, elle est en stock ?",
        "Est-ce que le rouge à lèvres Rouge Allure de Chanel existe en 99 ?",
        "La crème Nivea Soft est-elle sans parfum ?",
        "Les baskets Veja Campo taillent grand ?",
        "J'ai reçu un SMS de Chronopost, c'est une arnaque ?",
        "Le robot Thermomix TM6 est-il livré avec le Varoma ?",
        "Est-ce que le Lego Star Wars Faucon Millenium est encore dispo ?",
        "Mon compte Amazon Prime est débité deux fois",
        "La console Nintendo Switch OLED est revenue en stock ?",
        "Je voudrais retourner la poussette Yoyo, comment faire ?",
        "Le lave-linge Bosch Serie 6 fait du bruit à l'essorage",
        "Vous reprenez l'ancien matelas quand vous livrez le Emma ?",
        "Le parfum Angel de Mugler est-il en coffret pour Noël ?",
        "C'est quoi la différence entre l'Airfryer Philips et le Ninja ?",
        "Le vélo électrique Moustache Samedi 28 est en promo ?",
        "Je cherche un cadeau pour ma belle-mère, plutôt Yves Rocher ou L'Occitane ?",
        "Bonjour ! Mon colis Vinted est bloqué à la Poste depuis Lundi",
        "Est-ce que le Pass Navigo peut être rechargé chez vous ?",
        "Le jeu Mario Kart est-il en français ?",
        "J'ai perdu la télécommande de ma Freebox, vous en vendez ?",
        "Le dernier Astérix est sorti ?",
        "La série Lupin, vous l'avez en DVD ?",
        "Mon iPhone est tombé, vous changez les écrans ?",
        "La cafetière Moka Bialetti va sur l'induction ?",
        "Vous vendez des piles pour la balance Terraillon ?",
    ),
}

EN: dict[str, tuple[str, ...]] = {
    "order": (
        "Hi, order #48213 had the Kartell Componibili in white, I got red",
        "Order 77815: the Ferm Living Quilt cushion is missing",
        "Has order UK-55102 with the Staub Round 24 cm shipped yet?",
        "Order 90331, the Le Creuset Signature pan, still not dispatched",
        "My order 31877 for the Nanimarquina Vitoria rug says delivered but nothing came",
        "Order 50766: the Bialetti Venus arrived without a seal",
        "Can you merge orders 81234 and 81236? Both Magis Steelwood stools",
        "Order 64190, is the Ercol Windsor chair still in stock?",
    ),
    "resto": (
        "Table for four on Saturday at 8pm please",
        "Is the Beef Wellington on the Sunday menu?",
        "Do you still do Eton Mess for dessert?",
        "Can we book for six on Friday, with the Chef's Table menu?",
        "Is the Caesar salad made with anchovies?",
        "Could you do a Victoria sponge for a birthday?",
        "Is the Eggs Benedict available all day?",
        "Do you have gluten-free Yorkshire puddings?",
    ),
    "size": (
        "Does the Charlotte dress come in size 12?",
        "The Harper jeans run small, should I go up to a 14?",
        "Is the Florence blouse back in an 8?",
        "I'm between the Ivy skirt and the Mabel in a 10",
        "Does the Arthur jacket come in XL?",
        "Can I swap the Matilda boots in a 6 for a 7?",
        "Is the Rosie swimsuit true to size?",
        "When is the Oscar coat back in medium?",
    ),
    "pharma": (
        "Do you have Calpol sixplus in stock?",
        "Is the pharmacy open on Sunday?",
        "Is the CeraVe moisturising cream back?",
        "Can I collect my prescription after 6?",
        "Do you do flu jabs without an appointment?",
        "Do you sell Gaviscon Advance in the big bottle?",
        "Is the La Roche-Posay Anthelios on offer?",
        "Have you got Sudocrem in the small tub?",
    ),
    "garage": (
        "How long is a service on a Ford Fiesta?",
        "Is the Transit ready? I can come at 5",
        "Quote for a windscreen on a Vauxhall Corsa please",
        "My Golf has the engine light on again",
        "Do you have tyres for a Nissan Qashqai?",
        "Can you do the MOT on the Mini Clubman on Tuesday?",
        "Is there a courtesy car while the Octavia is in?",
        "The Berlingo needs a new battery, do you have one?",
    ),
    "optic": (
        "Do you have the Lucien frame in tortoiseshell?",
        "Are my lenses for the Audrey ready?",
        "Is the Ernest frame too wide for a narrow face?",
        "Can you fix the arm on my Hepburn frames?",
        "Does the Winston come in titanium?",
        "Are the Ray-Ban Clubmaster available with a prescription?",
        "Can I try the Grace and the Beatrice on Saturday?",
        "Do you do eye tests without booking?",
    ),
    "fashion": (
        "When does the Cornwall collection arrive in store?",
        "Is the Rosalind line in the sale?",
        "Will the Riviera capsule be in the shop?",
        "Is the Autumn Winter collection online yet?",
        "Does the Diana bag from the Heritage line come in tan?",
        "Is the Highland range made in Scotland?",
        "Is the Margot cardigan from the Autumn edit still available?",
        "When is the Spring Summer drop?",
    ),
    "hours": (
        "Are you open on Mondays?",
        "What time do you open on Tuesday?",
        "Open Wednesday afternoon?",
        "Are you closed on Thursdays?",
        "What time do you close on Friday?",
        "Open all day Saturday?",
        "Are you open Sunday morning?",
        "Are you open on Easter Monday or Boxing Day?",
    ),
    "terroir": (
        "Do you have a Laguiole steak knife set?",
        "Is the Dijon mustard the smooth or grainy one?",
        "Which Calvados would you suggest as a gift?",
        "Is the Stilton from Colston Bassett?",
        "Do you sell Champagne by the bottle?",
        "Is the Cheddar mature or extra mature?",
        "Have you got Cornish pasties today?",
        "Is the Bakewell tart made here?",
    ),
    "street": (
        "Is it in stock at Selfridges Oxford Street?",
        "Can I collect from John Lewis Kingston?",
        "Does Liberty Regent Street have the scarf?",
        "Is the Argos in Sainsbury's Holborn open late?",
        "Is the Boots on Piccadilly open on Sunday?",
        "I bought it at Harrods Knightsbridge",
        "Can I return it to the Covent Garden store?",
        "Does the Marylebone shop do alterations?",
    ),
}

DE: dict[str, tuple[str, ...]] = {
    "order": (
        "Hallo, in Bestellung 48213 war der Kartell Componibili in Weiß, gekommen ist Rot",
        "Bestellung 77815: das Kissen Ferm Living Quilt fehlt",
        "Ist Bestellung DE-55102 mit dem Staub Bräter 24 cm schon raus?",
        "Bestellung 90331, die WMF Perfect Plus, noch nicht verschickt",
        "Meine Bestellung 31877 mit dem Teppich Nanimarquina Vitoria ist laut Status zugestellt",
        "Bestellung 50766: die Bialetti Venus kam ohne Dichtung",
        "Könnt ihr die Bestellungen 81234 und 81236 zusammenlegen? Zwei Hocker Magis Steelwood",
        "Bestellung 64190, ist der Sessel Egon Eiermann noch da?",
    ),
    "resto": (
        "Einen Tisch für vier am Samstag um 20 Uhr, geht das?",
        "Gibt es am Sonntag noch das Wiener Schnitzel?",
        "Ist der Kaiserschmarrn hausgemacht?",
        "Macht ihr die Schwarzwälder Kirschtorte auf Bestellung?",
        "Reservierung für sechs am Freitag mit dem Menü Lukullus",
        "Ist die Forelle Müllerin heute auf der Karte?",
        "Kann ich eine Sachertorte für Sonntag bestellen?",
        "Sind die Königsberger Klopse glutenfrei?",
    ),
    "size": (
        "Gibt es das Kleid Charlotte in Größe 38?",
        "Die Jeans Paul fällt klein aus, lieber eine Nummer größer?",
        "Ist die Bluse Greta wieder in 36 da?",
        "Ich schwanke zwischen dem Rock Ida und dem Modell Frieda in 40",
        "Gibt es die Jacke Anton auch in XL?",
        "Kann ich die Stiefel Mathilda in 39 gegen 40 tauschen?",
        "Fällt der Badeanzug Rosa normal aus?",
        "Wann kommt der Mantel Oskar wieder in M?",
    ),
    "pharma": (
        "Habt ihr Aspirin Complex vorrätig?",
        "Hat die Apotheke am Sonntag Notdienst?",
        "Ist die Eucerin Urea Creme wieder da?",
        "Kann ich mein Rezept nach 18 Uhr abholen?",
        "Macht ihr Grippeimpfungen ohne Termin?",
        "Gibt es Bepanthen auch in der großen Tube?",
        "Ist die Weleda Calendula gerade im Angebot?",
        "Habt ihr Nasenspray von Ratiopharm?",
    ),
    "garage": (
        "Wie lange dauert die Inspektion beim Golf 7?",
        "Ist der Transporter fertig? Ich komme um 17 Uhr",
        "Angebot für eine Frontscheibe am Opel Corsa bitte",
        "Mein Passat hat wieder die Motorleuchte an",
        "Habt ihr Winterreifen für einen Skoda Octavia?",
        "Könnt ihr den Tiguan am Dienstag zum TÜV bringen?",
        "Gibt es einen Ersatzwagen, solange der Polo in der Werkstatt ist?",
        "Der Caddy braucht eine neue Batterie, habt ihr eine?",
    ),
    "optic": (
        "Gibt es die Fassung Lucien in Havanna?",
        "Sind meine Gläser für die Audrey fertig?",
        "Ist die Fassung Ernst zu breit für ein schmales Gesicht?",
        "Könnt ihr den Bügel meiner Hepburn reparieren?",
        "Gibt es das Modell Konrad auch in Titan?",
        "Gibt es die Ray-Ban Clubmaster mit Sehstärke?",
        "Kann ich am Samstag die Greta und die Hedwig anprobieren?",
        "Macht ihr Sehtests ohne Termin?",
    ),
    "fashion": (
        "Wann kommt die Kollektion Sylt in den Laden?",
        "Ist die Linie Marlene im Sale?",
        "Kommt die Kapsel Riviera auch in die Filiale?",
        "Ist die Herbst-Winter-Kollektion schon online?",
        "Gibt es die Tasche Diana aus der Linie Heritage in Cognac?",
        "Wird die Linie Alpenglühen in Deutschland hergestellt?",
        "Ist die Strickjacke Margot aus der Herbstkollektion noch da?",
        "Wann kommt die Frühjahr-Sommer-Kollektion?",
    ),
    "hours": (
        "Habt ihr montags geöffnet?",
        "Wann macht ihr am Dienstag auf?",
        "Mittwochnachmittag geöffnet?",
        "Ist donnerstags geschlossen?",
        "Bis wann habt ihr am Freitag offen?",
        "Samstag durchgehend geöffnet?",
        "Habt ihr am Sonntagvormittag offen?",
        "Habt ihr an Ostermontag oder am zweiten Weihnachtstag offen?",
    ),
    "terroir": (
        "Habt ihr ein Laguiole Steakmesser-Set?",
        "Ist der Dijon Senf die feine oder die grobe Sorte?",
        "Welchen Calvados würdet ihr zum Verschenken empfehlen?",
        "Ist der Allgäuer Bergkäse 12 Monate gereift?",
        "Verkauft ihr Champagner auch einzeln?",
        "Habt ihr Nürnberger Lebkuchen in der Dose?",
        "Gibt es heute Thüringer Rostbratwurst?",
        "Ist der Schwarzwälder Schinken am Stück?",
    ),
    "street": (
        "Ist es im KaDeWe Tauentzienstraße vorrätig?",
        "Kann ich bei Galeria Kaufhof Alexanderplatz abholen?",
        "Hat der Laden in der Maximilianstraße die Tasche?",
        "Ist der dm am Jungfernstieg sonntags offen?",
        "Ich habe es bei Manufactum Hackescher Markt gekauft",
        "Kann ich es in der Filiale Königsallee zurückgeben?",
        "Macht die Filiale Schildergasse Änderungen?",
        "Ist die Packstation am Rosenthaler Platz voll?",
    ),
}

# Name-bearing controls: a real name or the customer's own address beside the same vocabulary.
CONTROLS: dict[str, tuple[str, ...]] = {
    "fr": (
        "Bonjour, c'est [[Camille Garnier]], le modèle Charlotte en 38 est-il revenu ?",
        "Je suis [[Julien Morel]], commande 48213, le Kartell Componibili est arrivé rouge",
        "Réservation au nom de [[Dufresne]] pour quatre samedi, avec le menu Bocuse",
        "Une table pour deux au nom de [[Léa Rousseau]] dimanche midi",
        "La Clio de M. [[Chevalier]] est-elle prête ?",
        "[[Nicolas Fontaine]] passera chercher la Mégane à 17 h",
        "Les lunettes de [[Manon Lambert]], monture Lucien, sont prêtes ?",
        "Ordonnance au nom de [[Élodie Marchand]], je passe vers 18 h",
        "Merci beaucoup,\n[[Thomas Girard]]",
        "Cordialement, [[Sophie Lemaire]]",
        "Livraison au [[14 rue des Tilleuls]], [[69003 Lyon]]",
        "Mon adresse : [[8 avenue Jean Jaurès]], [[31000 Toulouse]]",
        "Vous pouvez livrer le Laguiole au [[22 boulevard Voltaire]] ?",
        "Ma fille [[Charlotte]] voudrait la robe Louise en 36",
        "Pour Mme [[Beaumont]] : la crème Avène est arrivée ?",
        "Demandez [[Hugo Perrin]] au comptoir de la boutique Rivoli",
        "[[Claire Dumas]] a commandé la collection Capucine, elle la retire samedi",
        "Je m'appelle [[Bastien Roux]], ma Twingo fait un bruit au freinage",
        "Bonjour Madame [[Leroy]], votre monture Anatole est prête",
        "De la part de [[Margaux Vidal]] : la table de samedi est annulée",
        "Le colis est pour [[Antoine Carré]], c'est la cocotte Staub",
        "J'habite à [[Villeurbanne]], vous livrez le dimanche ?",
        "Signé : [[Paul Mercier]], Galeries Lafayette Haussmann",
        "Merci, [[Inès Bonnet]] (ligne Mathilde, taille 40)",
        "Nickel, le colis est arrivé. À demain, [[Marchand]].",
        "Coucou, c'est [[Fontaine]], vous avez reçu ma photo ?",
        "Je suis en [[Normandie]], vous livrez la Saint-Valentin ?",
    ),
    "en": (
        "Hi, it's [[Sarah Hughes]], is the Charlotte dress back in a 12?",
        "Table for two under [[James Walker]] on Sunday",
        "Can [[Emily Barnes]] collect the Transit at 5?",
        "Kind regards,\n[[Oliver Fletcher]]",
        "Deliver to [[14 Elm Grove]], Leeds [[LS6 2AB]]",
        "My daughter [[Harper]] wants the Florence blouse in an 8",
        "Prescription for Mrs [[Dawson]], I'll come after 6",
        "Ask for [[Daniel Pearce]] at the Selfridges Oxford Street desk",
        "Thanks, [[Chloe Morgan]] (Rosalind line, size 10)",
        "Booking for [[Hannah Rossi]], Beef Wellington for four",
    ),
    "de": (
        "Hallo, hier ist [[Lena Schröder]], gibt es das Kleid Charlotte in 38?",
        "Tisch für zwei auf den Namen [[Jonas Hoffmann]] am Sonntag",
        "Kann [[Katrin Krüger]] den Golf um 17 Uhr abholen?",
        "Mit freundlichen Grüßen\n[[Lukas Neumann]]",
        "Bitte an [[Sabine Wolf]], [[Lindenstraße 12]], [[04109 Leipzig]] liefern",
        "Meine Tochter [[Frieda]] möchte die Bluse Greta in 36",
        "Rezept für Frau [[Zimmermann]], ich komme nach 18 Uhr",
        "Fragt nach [[Felix Hartmann]] in der Filiale Königsallee",
        "Danke, [[Anja Becker]] (Linie Marlene, Größe 40)",
        "Reservierung für Herrn [[Vogel]], Wiener Schnitzel für vier",
    ),
}

NO_PII = {"fr": FR, "en": EN, "de": DE}
_MARK = re.compile(r"\[\[(.+?)\]\]")


def _gold(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text without its `[[...]]` marks, and the offsets of what they enclosed."""
    text, gold, pos = "", [], 0
    for m in _MARK.finditer(marked):
        text += marked[pos : m.start()]
        gold.append((len(text), len(text) + len(m.group(1))))
        text += m.group(1)
        pos = m.end()
    return text + marked[pos:], tuple(gold)


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message by kind, then the controls."""
    for kind, texts in NO_PII[language].items():
        for text in texts:
            yield language, kind, text, ()
    for marked in CONTROLS[language]:
        text, gold = _gold(marked)
        yield language, "control", text, gold


def main() -> None:
    regions = {lang: REGION[lang] for lang in ("fr", "en", "de")}
    nopii_runner.main(__doc__.splitlines()[0], examples, regions, "order, resto, ...")


if __name__ == "__main__":
    main()
