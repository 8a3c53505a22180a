"""`python -m bench.nopii_tune8`: first names in goods, shows and greetings (it, es, pt, fr).

Written for a second round on no-PII messages that a listed first name or the French model's
PERSON changes, from the writer's own knowledge of shop chat, without reading any held-out file or
its misses, in shapes `nopii_tune5` and `nopii_tune6` lack. One kind per shape:

- `line`: a collection or model line named with a first name ("linha Helena", "colección
  Carmen", "la collection Jeanne", "la borsa Giulia in blu");
- `toy`: dolls, plush and toys named like children ("la bambola Nenuco", "la poupée Corolle
  Lili", "boneca Baby Alive");
- `scent`: fragrances and cosmetics with a name ("Olympéa", "Alien", "La Vie est Belle");
- `food`: dishes, wines and cheeses named after people or saints ("pizza Diavola", "Saint-Nectaire",
  "Don Perignon", "tarta Santiago");
- `app`: payment and delivery apps ("Lydia", "Bizum", "Satispay", "Glovo", "Pix");
- `show`: TV shows, telenovelas and films in shop chat ("la DVD de Betty la fea");
- `day`: holidays and saints' days written like names ("San Giovanni", "São João", "la
  Saint-Valentin", "Sant Jordi");
- `opener`: a capitalised verb or interjection opening the message ("Coucou", "Transféré",
  "Prévenez", "Salam", "Oi", "Buenas", "Ciao").

In chat style: lower case, typos, emojis. Controls put real people's names ({n}: first name and
surname, {f}: first name) in the same shapes, after a cue or doing something ("Coucou {f}, ...",
"{f} m'a envoyé l'argent par Lydia", "la borsa che ha preso {f}").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "it": {
        "line": (
            "vorrei la borsa Giulia in blu, taglia media",
            "la linea Beatrice di piatti è ancora disponibile?",
            "il divano Matilde esiste in tre posti?",
            "la collezione Aurora costa 49 euro o 59?",
            "ho preso la sedia Margherita nera, arriva smontata?",
            "il modello Francesca in 38 è finito?",
            "la tazza Camilla rosa va in lavastoviglie?",
        ),
        "toy": (
            "la bambola Nenuco piange ancora?",
            "il Cicciobello Amicicci arriva con il biberon?",
            "mia figlia vuole la Barbie Chelsea per natale",
            "il peluche Trudi Teddy è lavabile?",
            "la Pinypon Mix is Max è fuori produzione?",
            "il trenino Thomas ha le pile incluse?",
        ),
        "scent": (
            "il profumo Olympéa di Paco Rabanne in 80 ml?",
            "Alien di Mugler è in offerta questa settimana?",
            "la Vie est Belle da 50 è arrivata senza tappo",
            "avete ancora l'Acqua di Giò in formato viaggio?",
            "lo smalto Kiko Rossella 301 è finito?",
            "il rossetto MAC Ruby Woo torna disponibile?",
        ),
        "food": (
            "una pizza Diavola e una Capricciosa da asporto",
            "il Brunello di Montalcino 2018 è finito?",
            "avete il Sangiovese in bottiglia da 1,5?",
            "il gorgonzola Dolce arriva sottovuoto?",
            "due pastiere e un Montebianco per domenica",
            "la torta Sacher è senza glutine?",
            "un Negroni sbagliato e un Aperol",
        ),
        "app": (
            "posso pagare con Satispay alla consegna?",
            "il pagamento con Scalapay è stato rifiutato",
            "l'ordine su Glovo è arrivato freddo",
            "accettate Postepay o solo Paypal?",
            "il rimborso su Klarna quando arriva?",
            "su Deliveroo il ristorante risulta chiuso",
        ),
        "show": (
            "avete il cofanetto di Don Matteo completo?",
            "il DVD di Montalbano stagione 3 è rovinato",
            "la tazza di Mare Fuori è ancora in vendita?",
            "il libro della Pimpa in edizione cartonata?",
            "la maglietta di Mercoledì in taglia S?",
        ),
        "day": (
            "siete aperti a San Giovanni?",
            "consegnate il giorno di Santo Stefano?",
            "per San Valentino avete le scatole a cuore?",
            "la colomba arriva prima di Pasqua?",
            "a Sant'Ambrogio il negozio è chiuso?",
            "il panettone per la Befana è ancora in offerta?",
        ),
        "opener": (
            "Ciao, il pacco non è ancora arrivato",
            "Buongiorno! la taglia M è disponibile?",
            "Salve, vorrei annullare l'ordine",
            "Grazie mille, tutto arrivato",
            "Perfetto, allora aspetto la mail",
            "Scusate, mi avete mandato il colore sbagliato",
            "Inoltrato: conferma ordine 55312",
        ),
    },
    "es": {
        "line": (
            "quiero la colección Carmen en azul marino",
            "la vajilla Lucía de 18 piezas está agotada?",
            "el sofá Valeria en gris cuánto tarda?",
            "la línea Paloma de toallas viene en blanco?",
            "el vestido Alba en la talla 40 lo tenéis?",
            "el colchón Emma viene enrollado?",
            "la lámpara Inés de 60 cm tiene bombilla?",
        ),
        "toy": (
            "la muñeca Nenuco hace pipí de verdad?",
            "la Nancy de Famosa viene con peine?",
            "mi hija quiere la Barbie Chelsea para reyes",
            "el peluche de Pocoyó es lavable?",
            "los Pinypon Mix is Max ya no se fabrican?",
            "la Mariquita Pérez original está a la venta?",
        ),
        "scent": (
            "el perfume Olympéa de Paco Rabanne en 80 ml?",
            "Alien de Mugler está de oferta?",
            "La Vie est Belle de 50 llegó sin tapón",
            "tenéis la colonia Nenuco de 600?",
            "el Agua de Rosas de Álvarez Gómez ya no está?",
            "la barra de labios Ruby Woo vuelve a estar?",
        ),
        "food": (
            "una tarta de Santiago y dos flanes",
            "el Ribera Emilio Moro está agotado?",
            "tenéis queso Idiazábal curado?",
            "una pizza Margarita y una Cuatro Quesos",
            "el vino Marqués de Riscal reserva 2019?",
            "dos raciones de patatas bravas y una Mahou",
            "el turrón de Jijona llega antes de Navidad?",
        ),
        "app": (
            "os puedo pagar por Bizum?",
            "el pago con Klarna me lo ha rechazado",
            "el pedido de Glovo llegó frío",
            "aceptáis Mercado Pago o solo efectivo?",
            "el reembolso de Paypal cuándo llega?",
            "en Wallapop el envío sale más barato",
        ),
        "show": (
            "tenéis el DVD de Betty la fea completo?",
            "la taza de La Casa de Papel sigue a la venta?",
            "el libro de Manolito Gafotas en bolsillo?",
            "la camiseta de Miércoles en talla S?",
            "el cofre de Los Serrano llegó roto",
        ),
        "day": (
            "abrís el día de San Juan?",
            "para Sant Jordi tenéis rosas?",
            "el roscón llega antes de Reyes?",
            "cerráis en San Isidro?",
            "hacéis envíos en Semana Santa?",
            "el Día de la Madre tenéis cajas regalo?",
        ),
        "opener": (
            "Buenas, el paquete no ha llegado",
            "Hola! la talla M está disponible?",
            "Vale, espero el correo entonces",
            "Perdona, me mandasteis el color equivocado",
            "Reenviado: confirmación de pedido 55312",
            "Gracias!! ya me llegó todo",
            "Oye, el cupón no funciona",
        ),
    },
    "pt": {
        "line": (
            "quero a linha Helena em azul marinho",
            "a coleção Aurora de pratos ainda tem?",
            "o sofá Beatriz de 3 lugares vem desmontado?",
            "a bolsa Luiza tem na cor caramelo?",
            "o vestido Clara no tamanho M acabou?",
            "a toalha Sofia de banho é 100% algodão?",
            "o colchão Emma vem enrolado?",
        ),
        "toy": (
            "a boneca Baby Alive faz xixi mesmo?",
            "a Barbie Chelsea chega antes do natal?",
            "a boneca Susi ainda fabricam?",
            "o pelúcia da Peppa é lavável?",
            "o carrinho Hot Wheels vem com pista?",
            "a Polly Pocket veio sem as roupinhas",
        ),
        "scent": (
            "o perfume Olympéa da Paco Rabanne de 80 ml?",
            "o Alien da Mugler está em promoção?",
            "o La Vie est Belle de 50 chegou sem tampa",
            "tem o Malbec do Boticário?",
            "o Egeo Dolce acabou?",
            "o batom Ruby Woo volta quando?",
        ),
        "food": (
            "uma pizza Marguerita e uma Portuguesa",
            "o vinho Pêra-Manca está esgotado?",
            "tem queijo da Serra da Estrela amanteigado?",
            "dois pastéis de Belém e um galão",
            "o vinho Casillero del Diablo chegou quebrado",
            "um bacalhau à Gomes de Sá para viagem",
            "o bolo Souza Leão é sem glúten?",
        ),
        "app": (
            "posso pagar no Pix?",
            "o pagamento pelo PicPay foi recusado",
            "o pedido do iFood chegou frio",
            "aceitam MB Way ou só multibanco?",
            "o reembolso do Mercado Pago quando cai?",
            "no Rappi o restaurante aparece fechado",
        ),
        "show": (
            "tem o DVD da novela Avenida Brasil completo?",
            "a caneca de Chaves ainda vende?",
            "o livro do Menino Maluquinho em capa dura?",
            "a camiseta da Wandinha no tamanho P?",
            "o box de Carrossel chegou quebrado",
        ),
        "day": (
            "vocês abrem no São João?",
            "entregam no dia de Santo António?",
            "o kit do Dia dos Namorados ainda tem?",
            "a loja fecha no feriado de Nossa Senhora Aparecida?",
            "o panetone chega antes do Natal?",
            "no São Pedro tem entrega?",
        ),
        "opener": (
            "Oi, o pacote ainda não chegou",
            "Bom dia! tem o tamanho M?",
            "Beleza, aguardo o email então",
            "Desculpa, mandaram a cor errada",
            "Encaminhado: confirmação do pedido 55312",
            "Valeu!! chegou tudo certinho",
            "Opa, o cupom não funcionou",
        ),
    },
    "fr": {
        "line": (
            "je voudrais la collection Jeanne en bleu marine",
            "le service Louise de 18 pièces est épuisé ?",
            "le canapé Margaux en gris, c'est combien de délai ?",
            "la gamme Adèle de linge de lit existe en 160 ?",
            "la robe Capucine en 38 vous l'avez ?",
            "le matelas Emma arrive roulé ?",
            "le sac Lou de chez Sézane en camel ?",
        ),
        "toy": (
            "la poupée Corolle Lili pleure vraiment ?",
            "le baigneur Nenuco est livré avec le biberon ?",
            "ma fille veut la Barbie Chelsea pour Noël",
            "le doudou Lapinou de Moulin Roty est lavable ?",
            "la Polly Pocket est arrivée sans les vêtements",
            "les Pinypon sont en rupture ?",
        ),
        "scent": (
            "le parfum Olympéa de Paco Rabanne en 80 ml ?",
            "Alien de Mugler est en promo ?",
            "La Vie est Belle 50 ml est arrivée sans bouchon",
            "vous avez l'eau de toilette Mademoiselle Rochas ?",
            "le vernis Essie Ballet Slippers est épuisé ?",
            "le rouge Ruby Woo revient quand ?",
        ),
        "food": (
            "un Saint-Nectaire fermier et un Comté 18 mois",
            "le Saint-Émilion 2018 est épuisé ?",
            "une pizza Reine et une Calzone à emporter",
            "deux Paris-Brest et un Saint-Honoré pour dimanche",
            "le Château Margaux est arrivé cassé",
            "le Brillat-Savarin est au lait cru ?",
            "un croque-madame et un Perrier",
        ),
        "app": (
            "je peux vous payer par Lydia ?",
            "le paiement Paylib a été refusé",
            "la commande Uber Eats est arrivée froide",
            "vous acceptez Alma en 3 fois ?",
            "le remboursement Vinted arrive quand ?",
            "sur Deliveroo le resto est marqué fermé",
        ),
        "show": (
            "vous avez le coffret de Plus belle la vie ?",
            "le DVD de Joséphine ange gardien saison 2 est rayé",
            "le mug Kaamelott est encore en vente ?",
            "le t-shirt Mercredi en S ?",
            "le livre de Mortelle Adèle tome 3 en rupture ?",
        ),
        "day": (
            "vous êtes ouverts à la Saint-Jean ?",
            "pour la Saint-Valentin vous avez des boîtes cœur ?",
            "la galette arrive avant l'Épiphanie ?",
            "fermé pour la Saint-Nicolas ?",
            "vous livrez à la Pentecôte ?",
            "la Sainte-Catherine vous faites des bouquets ?",
        ),
        "opener": (
            "Coucou, le colis n'est toujours pas arrivé",
            "Transféré : confirmation de commande 55312",
            "Prévenez-moi quand la taille M revient",
            "Salam, vous livrez le dimanche ?",
            "Merci beaucoup, tout est arrivé",
            "Désolée, vous m'avez envoyé la mauvaise couleur",
            "Parfait, j'attends le mail alors",
        ),
    },
}
CONTROLS: dict[str, tuple[str, ...]] = {
    "it": (
        "Ciao {f}, il pacco è arrivato?",
        "vorrei la borsa che ha preso {f} ieri",
        "{f} mi ha pagato con Satispay",
        "mia figlia {f} vuole la Barbie Chelsea",
        "Sono {n}, la pizza Diavola era fredda",
        "il regalo di San Valentino è per {f}",
        "Grazie {f}, tutto arrivato",
        "Inoltrato da {n}: conferma ordine",
        "Cordiali saluti\n{n}",
        "{n} ha ritirato il divano Matilde",
        "chiedete a {f} in cassa",
        "l'ordine su Glovo è a nome di {n}",
        "mio marito {f} ha preso il Brunello",
        "{f} passa a prendere la colomba sabato",
        "Buongiorno, sono {n}",
        "parlate con {f} per il reso",
        "il profumo Olympéa è per mia moglie {f}",
        "ho dato il Cicciobello a {n}",
        "Salve, mi chiamo {n}",
        "{f} e io veniamo a San Giovanni",
    ),
    "es": (
        "Hola {f}, ha llegado el paquete?",
        "quiero el bolso que compró {f} ayer",
        "{f} me pagó por Bizum",
        "mi hija {f} quiere la Barbie Chelsea",
        "Soy {n}, la pizza Margarita llegó fría",
        "el regalo de San Valentín es para {f}",
        "Gracias {f}, ya me llegó todo",
        "Reenviado de {n}: confirmación de pedido",
        "Saludos,\n{n}",
        "{n} recogió el sofá Valeria",
        "preguntad a {f} en caja",
        "el pedido de Glovo está a nombre de {n}",
        "mi marido {f} se llevó el Ribera",
        "{f} pasa a buscar el roscón el sábado",
        "Buenas, soy {n}",
        "hablad con {f} para la devolución",
        "el perfume Olympéa es para mi mujer {f}",
        "le di la Nancy a {n}",
        "Buenos días, me llamo {n}",
        "{f} y yo vamos en San Juan",
    ),
    "pt": (
        "Oi {f}, o pacote chegou?",
        "quero a bolsa que a {f} comprou ontem",
        "a {f} me pagou no Pix",
        "minha filha {f} quer a Barbie Chelsea",
        "Sou o {n}, a pizza Portuguesa chegou fria",
        "o presente do Dia dos Namorados é para a {f}",
        "Obrigada {f}, chegou tudo",
        "Encaminhado por {n}: confirmação do pedido",
        "Abraços,\n{n}",
        "{n} buscou o sofá Beatriz",
        "pergunta para a {f} no caixa",
        "o pedido do iFood está no nome de {n}",
        "meu marido {f} levou o Pêra-Manca",
        "{f} vem buscar o panetone no sábado",
        "Bom dia, aqui é {n}",
        "fala com a {f} sobre a troca",
        "o perfume Olympéa é para minha esposa {f}",
        "dei a Baby Alive para {n}",
        "Boa tarde, meu nome é {n}",
        "{f} e eu vamos no São João",
    ),
    "fr": (
        "Coucou {f}, le colis est arrivé ?",
        "je voudrais le sac qu'a pris {f} hier",
        "{f} m'a remboursé par Lydia",
        "ma fille {f} veut la Barbie Chelsea",
        "Je suis {n}, la pizza Reine était froide",
        "le cadeau de la Saint-Valentin est pour {f}",
        "Merci {f}, tout est arrivé",
        "Transféré de la part de {n} : confirmation de commande",
        "Cordialement,\n{n}",
        "{n} a récupéré le canapé Margaux",
        "demandez à {f} en caisse",
        "la commande Uber Eats est au nom de {n}",
        "mon mari {f} a pris le Saint-Émilion",
        "{f} passe chercher la galette samedi",
        "Bonjour, c'est {n}",
        "voyez avec {f} pour le retour",
        "le parfum Olympéa est pour ma femme {f}",
        "j'ai donné la poupée Corolle à {n}",
        "Salam, je m'appelle {n}",
        "{f} et moi passerons à la Saint-Jean",
    ),
}
# Names of people, some the same as a line's or a doll's ("Giulia", "Carmen", "Helena", "Jeanne")
FIRST: dict[str, tuple[str, ...]] = {
    "it": ("Giulia", "Matteo", "Beatrice", "Lorenzo", "Aurora", "Stefano", "Camilla", "Riccardo"),
    "es": ("Carmen", "Alejandro", "Lucía", "Álvaro", "Valeria", "Jorge", "Paloma", "Andrés"),
    "pt": ("Helena", "Gabriel", "Luiza", "Thiago", "Clara", "Gustavo", "Sofia", "Bruno"),
    "fr": ("Jeanne", "Mathieu", "Louise", "Baptiste", "Margaux", "Rémi", "Adèle", "Yanis"),
}
SURNAMES: dict[str, tuple[str, ...]] = {
    "it": ("Esposito", "Ferrari", "Conti", "Gallo", "Mancini", "Lombardi", "Moretti", "Barbieri"),
    "es": ("Fernández", "Moreno", "Jiménez", "Navarro", "Torres", "Domínguez", "Castro", "Ortega"),
    "pt": ("Rodrigues", "Carvalho", "Gomes", "Ribeiro", "Martins", "Barbosa", "Lima", "Araújo"),
    "fr": ("Lambert", "Bonnet", "François", "Rousseau", "Vincent", "Muller", "Lefebvre", "Fontaine"),
}
REGIONS = {"it": "IT", "es": "ES", "pt": "BR", "fr": "FR"}
_SLOT = re.compile(r"\{(n|f)\}")
REPEATS = 2  # each control filled with this many names


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message, then the controls filled with names in turn."""
    return nopii_runner.with_controls(
        language, NO_PII[language], CONTROLS[language], _SLOT, REPEATS, FIRST[language], SURNAMES[language]
    )


def main() -> None:
    kinds = "line, toy, scent, food, app, show, day, opener"
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, kinds)


if __name__ == "__main__":
    main()
