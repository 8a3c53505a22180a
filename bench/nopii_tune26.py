"""`python -m bench.nopii_tune26`: goods, titles, teams and trades that Veil's own pipelines call people.

Written for a round on the PERSON spans of Veil's compact Italian, Spanish and Portuguese spaCy
pipelines on no-PII commerce chat: a capitalised product, model or brand, a programme, song or film,
a club or a player's name printed on a shirt, a shop, a dish, a saint's feast or an app, which the
models read as a person and the post-filter lets through. Written from the writer's own knowledge of
how customers write to shops in Italian, Spanish and Portuguese on WhatsApp, without reading any
held-out file or its misses, without reading the rules' word lists or the shipped name lists, and
before any rule was changed for it. Each no-PII message names one kind:

- `goods`: a product, model, brand or app, mostly with what tells it is goods: a goods noun, a
  size, colour or quantity after it, an article or a count before it, a buy or order verb
  ("la Vespa Primavera 125 grigia", "dos Air Force blancas talla 42", "o Galaxy A54 de 128GB");
- `title`: a programme, series, song, film or book, often after watch, play or read verbs or in
  quotes ("stasera guardo Il Commissario Montalbano", "¿tenéis el vinilo de Motomami?");
- `team`: a club, or a player's name as printed on a shirt ("la maglia della Juve con Vlahović 9",
  "la camiseta del Betis", "a camisola do Benfica com o nome do Di María");
- `trade`: a shop, restaurant or bar, a dish, a saint's feast or a fair ("da Pasticceria
  Marchesi", "la paella de la Taberna El Gallo", "para o Santo António").

Controls name a real private person, by a full name ({n}) or a first name ({f}), in sentences
shaped like the no-PII ones (a name before a goods noun, after an article or a buy verb, in quotes):
"la borsa è per {n}", "compré dos camisetas para {f}", "o {n} encomendou o sofá cinzento". They
must stay tokenised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "it": {
        "goods": (
            "avete ancora la Vespa Primavera 125 grigia?",
            "cerco una Panda Cross usata, massimo 8000 euro",
            "il Galaxy A54 da 128 giga è in offerta?",
            "vorrei due Stan Smith bianche numero 41",
            "la Moka Express da 6 tazze è disponibile?",
            "avete le Superga 2750 in blu navy?",
            "mi serve un caricatore per MacBook Air",
            "ho comprato una Bialetti Brikka e perde",
            "la Nutella Biscuits è finita di nuovo",
            "quanto costa la Fiat Tipo Cross in rosso?",
            "volevo ordinare tre Lavazza Oro da un chilo",
            "il Bimby TM6 fa anche il pane?",
            "la borsa Borbonese media in tortora c'è?",
            "mi consigliate il Dyson V15 o il Folletto?",
            "avete la Ducati Monster in pronta consegna?",
            "la cover per iPhone 15 Pro trasparente",
            "quanti Kinder Bueno ci sono nella confezione?",
            "ho scaricato Satispay ma non riesco a pagare",
            "si può pagare con PostePay Evolution?",
            "il frullatore Smeg Cream anni 50 arriva con la garanzia?",
            "la giacca Moncler Maya taglia 3 è originale?",
            "prendo anche una Peroni Gran Riserva da 66",
        ),
        "title": (
            "stasera guardo Il Commissario Montalbano, chiamatemi domani",
            "avete il DVD di Nuovo Cinema Paradiso?",
            "il vinile di Vasco Rossi Albachiara è ristampato?",
            "cerco il libro L'amica geniale in edizione tascabile",
            "la puntata di Masterchef di ieri era assurda",
            "mia figlia vuole il cofanetto di Harry Potter",
            "avete il gioco di Super Mario Wonder per Switch?",
            "la colonna sonora di La Vita è Bella in vinile",
            "ho visto Don Matteo e c'era la vostra piazza",
            "il poster di Pulp Fiction formato 50x70",
            "c'è ancora il Monopoly edizione Milano?",
            "la canzone Volare nella pubblicità era vostra?",
        ),
        "team": (
            "la maglia della Juve con Vlahović 9 taglia M",
            "avete la maglia dell'Inter con Lautaro 10?",
            "vorrei la divisa del Napoli di Osimhen per un bambino di 8 anni",
            "la sciarpa della Fiorentina costa 15 euro?",
            "c'è la maglia del Milan da trasferta con Leão?",
            "la maglia della Roma di Totti è quella vintage?",
            "stampate anche Dybala 21 sulla schiena?",
            "il pallone della Lazio firmato è autentico?",
        ),
        "trade": (
            "il panettone della Pasticceria Marchesi è arrivato",
            "prendo una Margherita e una Capricciosa da asporto",
            "siete aperti per San Giovanni?",
            "per la festa di Sant'Ambrogio fate orario ridotto?",
            "il tiramisù della Trattoria Da Enzo era buonissimo",
            "vorrei prenotare da Osteria Francescana per sabato",
            "ho ordinato su Glovo dalla Piadineria Romagnola",
            "a Santa Lucia aprite?",
            "fate ancora le Orecchiette alla Crudaiola?",
            "la Fiera di Sinigaglia è questa domenica?",
        ),
    },
    "es": {
        "goods": (
            "¿tenéis dos Air Force blancas talla 42?",
            "busco un Seat Ibiza FR de segunda mano",
            "el Galaxy A54 de 128 gigas sigue en oferta?",
            "¿la Thermomix TM6 hace pan?",
            "quiero tres Estrella Galicia de litro",
            "¿cuánto cuesta el Dacia Sandero Stepway rojo?",
            "me llegó la Roomba i7 sin cargador",
            "¿os quedan Converse All Star negras del 38?",
            "la funda del iPhone 15 Pro transparente",
            "¿aceptáis Bizum o solo tarjeta?",
            "la Cola Cao de 760 gramos está agotada",
            "¿el patinete Xiaomi Pro 2 lleva garantía?",
            "pedí una Nespresso Vertuo y vino abollada",
            "¿tenéis el bolso Carolina Herrera mediano en beige?",
            "¿la Vespa Primavera azul está disponible?",
            "quiero el Cupra Formentor en gris",
            "me bajé Wallapop para vender la bici",
            "¿tenéis Mahou Cinco Estrellas en lata?",
            "las Adidas Samba verdes talla 40",
            "¿el perfume Paco Rabanne One Million es original?",
            "busco un Chupa Chups gigante para una fiesta",
            "¿la Lola Casademunt estampada tiene talla L?",
        ),
        "title": (
            "esta noche veo La Casa de Papel, llámame mañana",
            "¿tenéis el vinilo de Motomami?",
            "busco el libro Cien Años de Soledad en tapa dura",
            "el capítulo de Pasapalabra de ayer fue buenísimo",
            "mi hija quiere la caja de Harry Potter",
            "¿tenéis el juego de Super Mario Wonder?",
            "vi Aquí No Hay Quien Viva y salía vuestra calle",
            "el póster de Pulp Fiction de 50x70",
            "¿queda el Monopoly edición Barcelona?",
            "la canción Despacito del anuncio era vuestra?",
            "¿venden entradas para El Rey León?",
            "quiero la figura de Don Quijote de bronce",
        ),
        "team": (
            "la camiseta del Betis con Isco 22 talla M",
            "¿tenéis la camiseta del Madrid con Vinícius 7?",
            "quiero la equipación del Barça de Lewandowski para un niño de 8 años",
            "¿la bufanda del Athletic cuesta 15 euros?",
            "¿hay camiseta del Atleti de visitante con Griezmann?",
            "¿estampáis Pedri 8 en la espalda?",
            "¿el balón del Sevilla firmado es auténtico?",
            "la camiseta retro de Raúl del Madrid",
        ),
        "trade": (
            "el roscón de la Pastelería Mallorca ya llegó",
            "la paella de la Taberna El Gallo estaba buenísima",
            "¿abrís por San Juan?",
            "por San Fermín hacéis horario reducido?",
            "quiero reservar en Casa Lucio para el sábado",
            "pedí por Glovo de la Bodega Santa Cruz",
            "¿el Rastro es este domingo?",
            "¿seguís haciendo las Patatas Bravas de la casa?",
            "para la Virgen del Pilar cerráis?",
            "una ración de Pimientos de Padrón y dos cañas",
        ),
    },
    "pt": {
        "goods": (
            "ainda têm a Vespa Primavera 125 cinzenta?",
            "procuro um Renault Clio usado até 8000 euros",
            "o Galaxy A54 de 128GB está em promoção?",
            "queria duas Stan Smith brancas tamanho 41",
            "a Bimby TM6 também faz pão?",
            "quanto custa o Peugeot 208 GT vermelho?",
            "queria encomendar três Super Bock de litro",
            "a capa para iPhone 15 Pro transparente",
            "paga-se com MB Way?",
            "a Delta Q Qool chegou amolgada",
            "têm as Converse All Star pretas 38?",
            "o secador Dyson Supersonic tem garantia?",
            "a mala Parfois média em bege ainda há?",
            "descarreguei o OLX para vender a bicicleta",
            "há Sagres Mini em pack de 12?",
            "a Yamaha NMax de 2021 ainda está à venda?",
            "quero o Seat Arona em cinzento",
            "a Nutella de 750 gramas acabou outra vez",
            "o perfume Paco Rabanne One Million é original?",
            "queria uma Licor Beirão de litro para oferta",
            "os ténis Nike Pegasus 40 vêm com caixa?",
            "a Sanjo clássica branca tamanho 39",
        ),
        "title": (
            "logo à noite vejo A Casa de Papel, liga amanhã",
            "têm o vinil do Amália Hoje?",
            "procuro o livro Ensaio sobre a Cegueira em capa dura",
            "o episódio do Preço Certo de ontem foi ótimo",
            "a minha filha quer a caixa do Harry Potter",
            "têm o jogo do Super Mario Wonder?",
            "vi a Festa é Festa e aparecia a vossa rua",
            "o poster do Pulp Fiction de 50x70",
            "ainda há o Monopoly edição Lisboa?",
            "a música Canção do Mar do anúncio era vossa?",
            "vendem bilhetes para O Rei Leão?",
            "quero a figura do Dom Sebastião em bronze",
        ),
        "team": (
            "a camisola do Benfica com o Di María 11 tamanho M",
            "têm a camisola do Porto com o Pepê?",
            "queria o equipamento do Sporting do Gyökeres para um miúdo de 8 anos",
            "o cachecol do Braga custa 15 euros?",
            "há camisola alternativa do Benfica com o Rafa?",
            "estampam Ronaldo 7 nas costas?",
            "a bola do Vitória autografada é verdadeira?",
            "a camisola retro do Eusébio",
        ),
        "trade": (
            "o bolo-rei da Pastelaria Versailles já chegou",
            "o bacalhau da Tasca do Chico estava ótimo",
            "estão abertos no Santo António?",
            "no São João fazem horário reduzido?",
            "queria reservar no Cervejaria Ramiro para sábado",
            "pedi pela Glovo da Padaria Portuguesa",
            "a Feira da Ladra é este sábado?",
            "ainda fazem o Bitoque da casa?",
            "no dia de Nossa Senhora fecham?",
            "uma dose de Pica-Pau e duas imperiais",
        ),
    },
}

CONTROLS: dict[str, tuple[str, ...]] = {
    "it": (
        "la borsa è per {n}, la ritira lei",
        "ho comprato due maglie per {f}",
        "{n} ha ordinato il divano grigio",
        "la Panda usata la prende {f}, mia cognata",
        "il pacco va a {n}, via Garibaldi 12",
        "stasera guardo la partita con {f}",
        "la maglia è un regalo per {n}",
        "chiedete a {f} per la taglia",
        "ordine a nome di {n}, tre pizze",
        "{f} ha scelto le scarpe blu numero 38",
        "il ritiro lo fa {n} domani",
        "ho parlato con {f} del negozio",
        "la fattura intestata a {n}, grazie",
        "il biglietto dice 'Auguri {f}'",
        "mio figlio {f} vuole la maglia del Milan",
        "prenotazione per {n}, sabato alle 8",
        "{n} e io prendiamo la Vespa grigia",
        "la torta è per il compleanno di {f}",
        "contattate {n} per la consegna",
        "il telefono nuovo è di {f}",
    ),
    "es": (
        "el bolso es para {n}, lo recoge ella",
        "compré dos camisetas para {f}",
        "{n} pidió el sofá gris",
        "el Ibiza usado se lo queda {f}, mi cuñada",
        "el paquete va a {n}, calle Mayor 12",
        "esta noche veo el partido con {f}",
        "la camiseta es un regalo para {n}",
        "preguntad a {f} por la talla",
        "pedido a nombre de {n}, tres pizzas",
        "{f} eligió las zapatillas azules del 38",
        "la recogida la hace {n} mañana",
        "hablé con {f} de la tienda",
        "la factura a nombre de {n}, gracias",
        "la tarjeta dice 'Felicidades {f}'",
        "mi hijo {f} quiere la camiseta del Betis",
        "reserva para {n}, sábado a las 8",
        "{n} y yo nos llevamos la Vespa gris",
        "la tarta es para el cumpleaños de {f}",
        "contactad con {n} para la entrega",
        "el móvil nuevo es de {f}",
    ),
    "pt": (
        "a mala é para a {n}, ela vai levantar",
        "comprei duas camisolas para o {f}",
        "o {n} encomendou o sofá cinzento",
        "o Clio usado fica para a {f}, a minha cunhada",
        "a encomenda vai para {n}, Rua Direita 12",
        "logo à noite vejo o jogo com o {f}",
        "a camisola é uma prenda para a {n}",
        "perguntem à {f} pelo tamanho",
        "encomenda em nome de {n}, três pizas",
        "a {f} escolheu as sapatilhas azuis 38",
        "quem levanta é a {n} amanhã",
        "falei com a {f} da loja",
        "a fatura em nome de {n}, obrigado",
        "o cartão diz 'Parabéns {f}'",
        "o meu filho {f} quer a camisola do Benfica",
        "reserva para {n}, sábado às 8",
        "o {n} e eu ficamos com a Vespa cinzenta",
        "o bolo é para os anos da {f}",
        "contactem a {n} para a entrega",
        "o telemóvel novo é do {f}",
    ),
}

FIRST: dict[str, tuple[str, ...]] = {
    "it": ("Chiara", "Lorenzo", "Martina", "Matteo", "Giorgia", "Alessio", "Serena", "Nicola"),
    "es": ("Lucía", "Sergio", "Marta", "Javier", "Paula", "Adrián", "Noelia", "Óscar"),
    "pt": ("Beatriz", "Nuno", "Inês", "Pedro", "Mariana", "André", "Sofia", "Bruno"),
}

SURNAMES: dict[str, tuple[str, ...]] = {
    "it": ("Ferraro", "Galli", "Mancini", "Barbieri", "Lombardi"),
    "es": ("Moreno", "Ibáñez", "Herrero", "Cabello", "Prieto"),
    "pt": ("Marques", "Pinheiro", "Correia", "Sousa", "Teixeira"),
}

REGIONS = {"it": "IT", "es": "ES", "pt": "PT"}
_SLOT = re.compile(r"\{(n|f)\}")
REPEATS = 2  # each control filled with two names in turn


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message, then the controls filled with names in turn."""
    return nopii_runner.with_controls(
        language, NO_PII[language], CONTROLS[language], _SLOT, REPEATS, FIRST[language], SURNAMES[language]
    )


def main() -> None:
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, "goods, title, team, trade")


if __name__ == "__main__":
    main()
