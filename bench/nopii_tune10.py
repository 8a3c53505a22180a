"""`python -m bench.nopii_tune10`: capitalised words that are first names but no one here (six languages).

Written for a round on no-PII messages that the first-name list, the cue-word rules or the French
model's PERSON change, from the writer's own knowledge of WhatsApp chat with shops, without reading
any held-out file or its misses, and before any rule was changed for it. Its shapes are the ones
`nopii_tune5`, `nopii_tune6` and `nopii_tune8` lack, one kind each:

- `word`: a word of the language (or a thing) that is a first name in another language or its
  own: "Rosa" the colour, "Luz" the light, "Dolores" pains, "Mercedes" the car, "Victoria" the
  beer, "Will", "Bill", "Penny" the supermarket, "Max" the maximum;
- `virtue`: months and virtues that are first names ("April", "June", "Grace", "Hope", "Joy",
  "Abril", "Esperanza", "Paz", "Glória", "Speranza", "Grâce", "August");
- `church`: saints, churches and squares in the directions to the shop ("beside St Mary's church",
  "junto a la iglesia de Santa Teresa", "ao lado da Igreja de São Francisco");
- `street`: streets and squares named after people in the shop's own address, no house number
  ("we're on Victoria Road", "estamos en la calle Alfonso XII", "rue Victor Hugo");
- `brand`: fashion, perfume and shop brands named like people ("Zara", "Lola Casademunt",
  "Carolina Herrera", "Massimo Dutti", "Tom Tailor", "Yves Rocher");
- `device`: assistants and cleaners named like people ("Alexa", "Siri", "Mr Muscle", "Don Limpio",
  "Meister Proper", "Monsieur Propre");
- `shade`: colours, shades and sizes named like people ("in Amber", "the Queen size", "colore
  Viola", "tono Carmen", "coloris Capucine");
- `famous`: a public figure as a product's reference ("like Ronaldo's shirt", "la camiseta de
  Messi", "le maillot de Mbappé", "das Trikot von Musiala"). Named only as goods, they are no
  customer's data; the set keeps them apart so a round can see what a rule without a list of
  famous people can and cannot tell from "la camiseta de Marta" (the customer's daughter's shirt).

In chat style: lower case, typos, emojis. Controls put real people ({n}: first name and surname,
{f}: first name) in the same shapes, many of them bearing the very names the no-PII messages use as
words ("Rosa", "Luz", "Mercedes", "April", "Grace", "Pilar", "Victoria", "Max", "Gloria"): a person
the customer deals with, is related to, or is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "word": (
            "Will the blue one be back in stock next week?",
            "Bill attached, can you confirm the VAT number on it?",
            "Max order per customer is 3 or can I get 5?",
            "Is the Victoria sponge available without cream?",
            "Does the Mercedes roof box fit a Golf?",
            "Sterling silver or plated? the Art Deco ring I mean",
        ),
        "virtue": (
            "April delivery slots are all gone?",
            "June is too late for the wedding, anything sooner?",
            "Grace period for returns is 30 days right?",
            "Hope the parcel comes before Friday 🙏",
            "Joy of Cooking is out of stock again?",
            "Faith and Hope candles, are they still in the sale?",
        ),
        "church": (
            "you're the shop beside St Mary's church right?",
            "is the branch opposite St Patrick's Cathedral open sunday?",
            "parking near St John's church or on the street?",
            "I walked past Christ Church and couldn't find you",
            "is it the unit behind St Luke's Hall?",
            "we did the flowers for St Bride's last year, same again?",
        ),
        "street": (
            "is your shop still on Victoria Road or did you move?",
            "the Albert Street branch closes at 5?",
            "can I collect from the one on Princess Street?",
            "your King Edward Street store had no size 8",
            "is the George Square shop open on bank holidays?",
            "I'm outside the Nelson Mandela Place entrance, which door?",
        ),
        "brand": (
            "do you stock Ted Baker or just Barbour?",
            "the Kate Spade purse came without the dust bag",
            "is Molly Mae's range back? the pink hoodie",
            "Charlotte Tilbury pillow talk, the lip liner?",
            "is Jo Malone wood sage in the 100ml?",
            "the Joules wellies, do they come in 4?",
        ),
        "device": (
            "Alexa won't connect to the smart plug I bought",
            "does it work with Siri or only Google?",
            "is the Mr Muscle oven cleaner safe on glass?",
            "the Henry hoover bag, which size fits?",
            "can I ask Alexa to reorder the capsules?",
            "Mr Sheen or the Pledge, which is better on oak?",
        ),
        "shade": (
            "do you have the hoodie in Amber or only Olive?",
            "the Queen size duvet cover is sold out?",
            "is the sofa in Hazel darker than the photo?",
            "the paint in Rose, is it matt?",
            "shade Ruby or Scarlett for a wedding?",
            "the King size fitted sheet in Ivy green please",
        ),
        "famous": (
            "I want the Ronaldo shirt in age 10",
            "the Taylor Swift vinyl, signed or not?",
            "have you got the Messi boots in size 6?",
            "looking for a dress like Kate Middleton wore at Wimbledon",
            "the Harry Kane England shirt with the number",
            "is the Beyoncé tour hoodie back?",
        ),
    },
    "es": {
        "word": (
            "Luz del probador no funciona, os aviso",
            "Dolores de cabeza con este perfume, es normal?",
            "el portabicis para Mercedes Clase A lo tenéis?",
            "una caja de Victoria y dos de Mahou",
            "Rosa palo o fucsia, cuál os queda en la M?",
            "Máximo cuántas unidades por pedido?",
        ),
        "virtue": (
            "Abril es muy tarde para la comunión, antes no hay?",
            "Paz y tranquilidad, eso busco en el colchón jaja",
            "la vela Esperanza de la colección navidad sigue?",
            "Mayo ya tenéis las camisetas de tirantes?",
            "Consuelo ninguno, el paquete sigue sin llegar",
            "las medallas de la Virgen de la Soledad en plata?",
        ),
        "church": (
            "sois la tienda junto a la iglesia de Santa Teresa?",
            "estáis al lado de la parroquia de San Antonio?",
            "aparco en la plaza de la Basílica del Pilar?",
            "la floristería frente a la ermita de San Roque abre el lunes?",
            "cerca de la catedral de Santiago hay una tienda vuestra?",
            "hacéis los ramos para la iglesia de los Jerónimos?",
        ),
        "street": (
            "la tienda de la calle Alfonso XII sigue abierta?",
            "estáis en la avenida Reina Victoria o os mudasteis?",
            "la de la plaza de Isabel II tiene probadores?",
            "la tienda de Gran Vía o la de Príncipe de Vergara?",
            "en la calle Fernando el Católico no tenían la 38",
            "la de Paseo de Gracia abre los domingos?",
        ),
        "brand": (
            "tenéis algo de Lola Casademunt en rebajas?",
            "el perfume Good Girl de Carolina Herrera de 80?",
            "la camisa de Massimo Dutti me queda grande",
            "Purificación García o Adolfo Domínguez, cuál tenéis?",
            "el bolso de Tous viene con caja?",
            "la chaqueta de Pedro del Hierro en la 50?",
        ),
        "device": (
            "Alexa no reconoce el enchufe que compré",
            "funciona con Siri o solo con Google?",
            "el Don Limpio de limón se ha agotado?",
            "la Conga de Cecotec aspira bien el pelo de perro?",
            "le puedo pedir a Alexa que repita el pedido?",
            "el Mister Proper sirve para el suelo de madera?",
        ),
        "shade": (
            "la sudadera en Rosa o en Caqui?",
            "la cama Queen cabe en un cuarto de 3 metros?",
            "el pintalabios tono Carmen se ha agotado?",
            "la funda nórdica King en azul Marina",
            "el vestido en color Celeste lo tenéis en la S?",
            "el esmalte Dolores rojo es el de la foto?",
        ),
        "famous": (
            "quiero la camiseta de Messi en talla 10",
            "la del Real con el nombre de Vinicius cuánto es?",
            "el disco de Rosalía firmado sigue a la venta?",
            "un vestido como el de la Reina Letizia en los premios",
            "las botas de Lamine Yamal en el 38?",
            "la taza de Shakira de la gira?",
        ),
    },
    "pt": {
        "word": (
            "Luz do provador não funciona, só avisando",
            "Rosa ou lilás, qual tem no M?",
            "o rack de teto pro Mercedes Classe A vocês têm?",
            "Dores nas costas com esse colchão, é normal?",
            "Máximo quantas unidades por pedido?",
            "uma caixa de Brahma e uma de Amstel",
        ),
        "virtue": (
            "Abril fica tarde pra festa, não tem antes?",
            "Glória a Deus chegou tudo certo",
            "a vela Esperança da coleção de natal ainda tem?",
            "Maio vocês já tem as regatas?",
            "Graças a Deus o reembolso caiu",
            "Paz no coração e entrega rápida kkk obrigada",
        ),
        "church": (
            "vocês ficam do lado da Igreja de São Francisco?",
            "a loja em frente à Igreja da Candelária abre domingo?",
            "estaciono na praça da Matriz de Santo Antônio?",
            "perto da Catedral da Sé tem loja de vocês?",
            "a floricultura atrás da capela de Santa Luzia fecha que horas?",
            "fazem arranjos pra Igreja de Nossa Senhora do Carmo?",
        ),
        "street": (
            "a loja da Avenida Getúlio Vargas ainda existe?",
            "vocês estão na rua Marechal Deodoro ou mudaram?",
            "a da praça Tiradentes tem provador?",
            "na loja da rua Oscar Freire não tinha o 38",
            "a unidade da Avenida Presidente Vargas abre sábado?",
            "a loja do Largo do Machado tem estacionamento?",
        ),
        "brand": (
            "tem alguma coisa da Maria Filó na promoção?",
            "o perfume Good Girl da Carolina Herrera de 80?",
            "a sandália da Carmen Steffens veio sem caixa",
            "a bolsa da Luiza Barcelos tem na cor caramelo?",
            "o Malbec do Boticário ou o Kaiak da Natura?",
            "a blusa da Farm em tamanho P?",
        ),
        "device": (
            "a Alexa não reconhece a tomada que comprei",
            "funciona com a Siri ou só com o Google?",
            "o Mr Músculo de forno serve no vidro?",
            "a Alexa consegue repetir o pedido das cápsulas?",
            "o robô aspirador Robbie da Mondial aspira pelo de cachorro?",
            "o Veja ou o Mr Músculo pra gordura?",
        ),
        "shade": (
            "o moletom na cor Rosa ou Caqui?",
            "a cama Queen cabe num quarto de 3 metros?",
            "o batom tom Carmim acabou?",
            "o jogo de cama King em azul Marinho",
            "o vestido na cor Celeste tem no P?",
            "a sombra Jade é a da foto?",
        ),
        "famous": (
            "quero a camisa do Neymar tamanho 10",
            "a do Flamengo com o nome do Gabigol quanto é?",
            "o vinil da Anitta autografado ainda tem?",
            "um vestido igual o da Marina Ruy Barbosa na novela",
            "a chuteira do Vini Jr no 38?",
            "a caneca da turnê da Ivete Sangalo?",
        ),
    },
    "fr": {
        "word": (
            "Rose ou fuchsia, lequel vous reste en M ?",
            "la galerie de toit pour Mercedes Classe A vous l'avez ?",
            "Max combien d'articles par commande ?",
            "un pack de Grimbergen et deux Leffe",
            "Ambre ou Vanille, quelle bougie sent le plus ?",
            "Olive ou taupe pour le canapé ?",
        ),
        "virtue": (
            "Avril c'est trop tard pour la communion, rien avant ?",
            "la bougie Espérance de la collection Noël existe encore ?",
            "Grâce à vous le colis est arrivé à temps merci",
            "Juin vous aurez les maillots de bain ?",
            "Patience je sais mais ça fait 3 semaines",
            "Joie de vivre, c'est le nom du parfum ?",
        ),
        "church": (
            "vous êtes la boutique à côté de l'église Saint-Pierre ?",
            "le magasin en face de la cathédrale Sainte-Cécile ouvre dimanche ?",
            "je me gare place de l'église Notre-Dame ?",
            "près de la basilique Saint-Sernin il y a une boutique à vous ?",
            "le fleuriste derrière la chapelle Sainte-Anne ferme à quelle heure ?",
            "vous faites les compositions pour l'église Saint-Eustache ?",
        ),
        "street": (
            "la boutique de la rue Victor Hugo est toujours ouverte ?",
            "vous êtes boulevard Jean Jaurès ou vous avez déménagé ?",
            "celle de la place Charles de Gaulle a des cabines ?",
            "rue Émile Zola ils n'avaient pas le 38",
            "le magasin avenue Jean Médecin ouvre le dimanche ?",
            "celui du cours Mirabeau a un parking ?",
        ),
        "brand": (
            "vous avez du Isabel Marant en soldes ?",
            "le parfum Good Girl de Carolina Herrera en 80 ?",
            "la crème Yves Rocher est arrivée ouverte",
            "le sac Jacadi a une bandoulière ?",
            "la veste Pierre Cardin en 50 ?",
            "le rouge Christian Louboutin revient quand ?",
        ),
        "device": (
            "Alexa ne reconnaît pas la prise que j'ai achetée",
            "ça marche avec Siri ou seulement Google ?",
            "le Monsieur Propre citron est épuisé ?",
            "le Monsieur Cuisine de Lidl va au lave-vaisselle ?",
            "je peux demander à Alexa de recommander les capsules ?",
            "le Mister Propre sol ou le Saint Marc pour le carrelage ?",
        ),
        "shade": (
            "le sweat en coloris Capucine ou Kaki ?",
            "la housse de couette Queen size est épuisée ?",
            "le rouge à lèvres teinte Ruby c'est celui de la photo ?",
            "le drap housse King en bleu Marine",
            "la robe en Céleste vous l'avez en S ?",
            "le vernis Margaux rouge est épuisé ?",
        ),
        "famous": (
            "je voudrais le maillot de Mbappé en 10 ans",
            "celui du PSG avec le nom de Dembélé c'est combien ?",
            "le vinyle d'Aya Nakamura dédicacé est encore dispo ?",
            "une robe comme celle de Brigitte Macron au défilé",
            "les crampons de Griezmann en 38 ?",
            "le mug de la tournée de Mylène Farmer ?",
        ),
    },
    "it": {
        "word": (
            "Rosa o fucsia, quale avete in M?",
            "il portapacchi per Mercedes Classe A ce l'avete?",
            "Massimo quanti pezzi per ordine?",
            "una cassa di Peroni e due di Moretti",
            "Viola o lilla per la bomboniera?",
            "Gioia mia che bello il pacco 😍",
        ),
        "virtue": (
            "Aprile è troppo tardi per la comunione, prima niente?",
            "Grazie a voi il pacco è arrivato in tempo",
            "la candela Speranza della collezione natale c'è ancora?",
            "Giugno avrete i costumi?",
            "Pazienza ma sono tre settimane",
            "Gloria a Dio è arrivato tutto",
        ),
        "church": (
            "siete il negozio accanto alla chiesa di Santa Chiara?",
            "quello davanti al Duomo di San Giorgio apre la domenica?",
            "parcheggio in piazza della chiesa di San Francesco?",
            "vicino alla basilica di Sant'Antonio c'è un vostro negozio?",
            "il fiorista dietro la cappella di Santa Rita a che ora chiude?",
            "fate gli addobbi per la chiesa di San Lorenzo?",
        ),
        "street": (
            "il negozio di via Garibaldi è ancora aperto?",
            "siete in corso Vittorio Emanuele o vi siete spostati?",
            "quello di piazza Cavour ha i camerini?",
            "in via Mazzini non avevano il 38",
            "il punto vendita di viale Regina Margherita apre il sabato?",
            "quello di corso Umberto ha il parcheggio?",
        ),
        "brand": (
            "avete qualcosa di Elena Mirò in saldo?",
            "il profumo Good Girl di Carolina Herrera da 80?",
            "la camicia di Massimo Dutti mi sta larga",
            "la borsa di Furla ha la tracolla?",
            "il cappotto Luisa Spagnoli in 46?",
            "il rossetto di Giorgio Armani torna quando?",
        ),
        "device": (
            "Alexa non riconosce la presa che ho comprato",
            "funziona con Siri o solo con Google?",
            "il Mastro Lindo al limone è finito?",
            "il Bimby va in lavastoviglie?",
            "posso chiedere ad Alexa di riordinare le capsule?",
            "il Chanteclair o il Mastro Lindo per il parquet?",
        ),
        "shade": (
            "la felpa in colore Viola o Kaki?",
            "il copripiumino Queen size è finito?",
            "il rossetto tonalità Ruby è quello della foto?",
            "il lenzuolo King in blu Marina",
            "il vestito color Celeste ce l'avete in S?",
            "lo smalto Ambra è finito?",
        ),
        "famous": (
            "vorrei la maglia di Totti in taglia 10 anni",
            "quella dell'Inter col nome di Lautaro quanto costa?",
            "il vinile di Laura Pausini autografato c'è ancora?",
            "un vestito come quello di Chiara Ferragni a Sanremo",
            "le scarpe di Sinner in 38?",
            "la tazza del tour di Vasco Rossi?",
        ),
    },
    "de": {
        "word": (
            "Rosa oder Pink, was habt ihr noch in M?",
            "der Dachträger für Mercedes A-Klasse, habt ihr den?",
            "Max wie viele Stück pro Bestellung?",
            "Penny hat die gleichen Kapseln billiger",
            "bei Otto gibt es den Toaster günstiger",
            "Netto oder Brutto, welcher Preis ist das?",
        ),
        "virtue": (
            "August ist zu spät für die Konfirmation, geht's früher?",
            "die Kerze Hoffnung aus der Weihnachtskollektion gibt's noch?",
            "Ende Juni kommen die Badeanzüge?",
            "Gloria Fettfrei Spray, habt ihr das?",
            "Geduld hab ich ja, aber drei Wochen?",
            "Anfang August bin ich im Urlaub, bitte vorher liefern",
        ),
        "church": (
            "seid ihr der Laden neben der Marienkirche?",
            "der Laden gegenüber vom Dom St. Peter hat sonntags auf?",
            "parke ich am Kirchplatz von St. Josef?",
            "ist bei der Frauenkirche ein Laden von euch?",
            "der Blumenladen hinter der Kapelle St. Anna schließt wann?",
            "macht ihr den Blumenschmuck für St. Michael?",
        ),
        "street": (
            "ist der Laden in der Goethestraße noch offen?",
            "seid ihr noch in der Karl-Marx-Straße oder umgezogen?",
            "die Filiale am Konrad-Adenauer-Platz hat Umkleiden?",
            "in der Friedrichstraße hatten sie die 38 nicht",
            "hat die Filiale am Willy-Brandt-Platz samstags auf?",
            "die am Kaiser-Wilhelm-Ring hat einen Parkplatz?",
        ),
        "brand": (
            "habt ihr was von Tom Tailor im Sale?",
            "das Parfum Good Girl von Carolina Herrera in 80?",
            "die Bluse von Betty Barclay fällt groß aus",
            "die Tasche von Marc O'Polo hat einen Schulterriemen?",
            "die Jacke von Gerry Weber in 44?",
            "der Lippenstift von Manhattan kommt wann wieder?",
        ),
        "device": (
            "Alexa erkennt die Steckdose nicht, die ich gekauft habe",
            "geht das mit Siri oder nur mit Google?",
            "ist der Meister Proper Zitrone ausverkauft?",
            "der Monsieur Cuisine von Lidl, spülmaschinenfest?",
            "kann ich Alexa die Kapseln nachbestellen lassen?",
            "Frosch oder Meister Proper für Parkett?",
        ),
        "shade": (
            "den Hoodie in der Farbe Rosa oder Khaki?",
            "ist der Bettbezug Queen Size ausverkauft?",
            "der Lippenstift in Ruby, ist das der vom Foto?",
            "das Spannbettlaken King in Marine bitte",
            "das Kleid in Jade gibt es in S?",
            "der Nagellack Ambra ist ausverkauft?",
        ),
        "famous": (
            "ich will das Trikot von Musiala in 152",
            "das von Bayern mit Kane drauf, was kostet das?",
            "die Vinyl von Helene Fischer signiert gibt's noch?",
            "ein Kleid wie das von Heidi Klum bei der Show",
            "die Schuhe von Boateng in 38?",
            "die Tasse von der Tour von Herbert Grönemeyer?",
        ),
    },
}
CONTROLS: dict[str, tuple[str, ...]] = {
    "en": (
        "{f} from your shop called me about the refund",
        "my daughter {f} ordered the hoodie in Amber",
        "ask {f} at the Victoria Road branch",
        "{n} here, the Mercedes roof box arrived",
        "the parcel is for {n}, Flat 2",
        "I spoke to {f} yesterday about the Queen size cover",
        "can {f} collect it instead of me?",
        "Thanks {f}, it all arrived",
        "my wife {f} wants the Ronaldo shirt for our son",
        "{f} said the Alexa plug was faulty",
        "Regards,\n{n}",
        "the order is under {n}",
        "{f} and I will come by St Mary's after mass",
        "please send the invoice to {n}",
    ),
    "es": (
        "{f} de vuestra tienda me llamó por el reembolso",
        "mi hija {f} pidió la sudadera en Rosa",
        "preguntad a {f} en la tienda de la calle Alfonso XII",
        "soy {n}, llegó el portabicis del Mercedes",
        "el paquete es para {n}, 2º B",
        "ayer hablé con {f} sobre la cama Queen",
        "puede recogerlo {f} en vez de mí?",
        "Gracias {f}, ya me llegó todo",
        "mi mujer {f} quiere la camiseta de Messi para el niño",
        "{f} dice que el enchufe de Alexa no va",
        "Un saludo,\n{n}",
        "el pedido está a nombre de {n}",
        "{f} y yo pasamos por la iglesia de Santa Teresa después de misa",
        "mandad la factura a {n}",
    ),
    "pt": (
        "a {f} da loja de vocês me ligou sobre o reembolso",
        "minha filha {f} pediu o moletom na cor Rosa",
        "pergunta pra {f} na loja da Avenida Getúlio Vargas",
        "aqui é a {n}, o rack do Mercedes chegou",
        "o pacote é pra {n}, apto 21",
        "ontem falei com a {f} sobre a cama Queen",
        "a {f} pode buscar no meu lugar?",
        "Obrigada {f}, chegou tudo",
        "minha esposa {f} quer a camisa do Neymar pro nosso filho",
        "a {f} disse que a tomada da Alexa veio com defeito",
        "Abraço,\n{n}",
        "o pedido está no nome de {n}",
        "eu e a {f} passamos na Igreja de São Francisco depois da missa",
        "manda a nota fiscal pra {n}",
    ),
    "fr": (
        "{f} de votre boutique m'a appelée pour le remboursement",
        "ma fille {f} a commandé le sweat en coloris Kaki",
        "demandez à {f} à la boutique de la rue Victor Hugo",
        "c'est {n}, la galerie pour la Mercedes est arrivée",
        "le colis est pour {n}, 3e étage",
        "j'ai parlé hier avec {f} de la housse Queen size",
        "{f} peut le récupérer à ma place ?",
        "Merci {f}, tout est arrivé",
        "ma femme {f} veut le maillot de Mbappé pour notre fils",
        "{f} dit que la prise Alexa ne marche pas",
        "Cordialement,\n{n}",
        "la commande est au nom de {n}",
        "{f} et moi passerons après la messe à Saint-Pierre",
        "envoyez la facture à {n}",
    ),
    "it": (
        "{f} del vostro negozio mi ha chiamato per il rimborso",
        "mia figlia {f} ha ordinato la felpa color Viola",
        "chiedete a {f} nel negozio di via Garibaldi",
        "sono {n}, è arrivato il portapacchi per la Mercedes",
        "il pacco è per {n}, interno 4",
        "ieri ho parlato con {f} del copripiumino Queen size",
        "può ritirarlo {f} al posto mio?",
        "Grazie {f}, tutto arrivato",
        "mia moglie {f} vuole la maglia di Totti per nostro figlio",
        "{f} dice che la presa di Alexa non va",
        "Cordiali saluti,\n{n}",
        "l'ordine è a nome di {n}",
        "io e {f} passiamo dalla chiesa di Santa Chiara dopo la messa",
        "mandate la fattura a {n}",
    ),
    "de": (
        "{f} aus eurem Laden hat mich wegen der Erstattung angerufen",
        "meine Tochter {f} hat den Hoodie in Rosa bestellt",
        "fragt {f} in der Filiale in der Goethestraße",
        "hier ist {n}, der Dachträger für den Mercedes ist da",
        "das Paket ist für {n}, 2. OG",
        "ich hab gestern mit {f} über den Bettbezug Queen Size gesprochen",
        "kann {f} das statt mir abholen?",
        "Danke {f}, alles angekommen",
        "meine Frau {f} will das Trikot von Musiala für unseren Sohn",
        "{f} sagt, die Alexa-Steckdose geht nicht",
        "Viele Grüße\n{n}",
        "die Bestellung läuft auf {n}",
        "{f} und ich kommen nach der Messe an St. Michael vorbei",
        "schickt die Rechnung an {n}",
    ),
}
# People bearing the names the no-PII messages use as words, beside names that are none
FIRST: dict[str, tuple[str, ...]] = {
    "en": ("April", "Grace", "Will", "Hope", "Amber", "Victoria", "Joy", "Hazel", "Max", "Penny"),
    "es": ("Rosa", "Luz", "Dolores", "Mercedes", "Pilar", "Victoria", "Consuelo", "Abril", "Paz", "Esperanza"),
    "pt": ("Luz", "Rosa", "Glória", "Graça", "Mercedes", "Esperança", "Paz", "Victória", "Célia", "Jade"),
    "fr": ("Rose", "Capucine", "Margaux", "Ambre", "Victoire", "Grâce", "Olive", "Constance", "Max", "Avril"),
    "it": ("Rosa", "Viola", "Gioia", "Grazia", "Speranza", "Massimo", "Gloria", "Ambra", "Mercedes", "Celeste"),
    "de": ("August", "Frank", "Gloria", "Rosa", "Max", "Jade", "Penny", "Konstanze", "Mercedes", "Viola"),
}
SURNAMES: dict[str, tuple[str, ...]] = {
    "en": ("Whitfield", "Okafor", "Pennington", "Doyle", "Harrow", "Lindqvist", "Beaumont", "Clarke"),
    "es": ("Rivas", "Echeverría", "Salcedo", "Montero", "Quintana", "Arroyo", "Villalba", "Cano"),
    "pt": ("Nogueira", "Teixeira", "Figueiredo", "Assunção", "Brandão", "Pacheco", "Queiroz", "Siqueira"),
    "fr": ("Delattre", "Marchand", "Perrin", "Guillot", "Chevalier", "Roux", "Lemaire", "Baudry"),
    "it": ("Ferraresi", "Santoro", "Bellini", "Cattaneo", "Rinaldi", "Marchetti", "Pellegrini", "Fabbri"),
    "de": ("Brandt", "Kessler", "Vogt", "Lindner", "Hartmann", "Seidel", "Krüger", "Albrecht"),
}
REGIONS = {"en": "GB", "es": "ES", "pt": "BR", "fr": "FR", "it": "IT", "de": "DE"}
_SLOT = re.compile(r"\{(n|f)\}")
REPEATS = 2  # each control filled with this many names


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message, then the controls filled with names in turn."""
    return nopii_runner.with_controls(
        language, NO_PII[language], CONTROLS[language], _SLOT, REPEATS, FIRST[language], SURNAMES[language]
    )


def main() -> None:
    kinds = "word, virtue, church, street, brand, device, shade, famous"
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, kinds)


if __name__ == "__main__":
    main()
