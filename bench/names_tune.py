"""`python -m bench.names_tune`: the tuning set of the first-name rules, written apart from the held-out one.

`GivenNameRecognizer` was tuned on this set and on the hand-written tables of
tests/recognizers/test_given_name_recognizer.py, never on
`bench/data/names_heldout.jsonl`. Everything here was written for tuning,
without reading the held-out file or its templates: commerce messages with no
personal data in them, dense with what a first-name list can trip over:
brands and products (many named after people or spelt like first names),
colours, product lines, places used as product names, shop and payment
names, capitalised sentence starts. Per language, every template is filled
with every slot value of its kind, so each brand or product is seen in
several positions.

It prints, per language, how many messages the recognizer (alone, no spaCy)
leaves unchanged and, with `--show N`, the spans it wrongly reported.
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Iterator

BRANDS = (
    "Adidas", "Puma", "Samsung", "Apple", "Xiaomi", "Dyson", "Philips", "Bosch", "Lego", "IKEA",
    "Vans", "Converse", "New Balance", "Asics", "Skechers", "Timberland", "Birkenstock", "Geox",
    "Superga", "Benetton", "Calzedonia", "Intimissimi", "Desigual", "Mango", "Bershka",
    "Stradivarius", "Primark", "Uniqlo", "Decathlon", "Zalando", "Tchibo", "Rossmann", "Douglas",
    "Sephora", "Kiko Milano", "L'Oréal", "Garnier", "Maybelline", "Lancôme", "Clinique", "Rituals",
    "Pandora", "Swarovski", "Tiffany", "Cartier", "Swatch", "Casio", "Fossil", "Daniel Wellington",
    "Ray-Ban", "Moncler", "Napapijri", "Woolrich", "Barbour", "Burberry", "Gucci", "Prada", "Fendi",
    "Versace", "Furla", "Guess", "Diesel", "Replay", "Pepe Jeans", "Wrangler", "Carhartt", "Fila",
    "Kappa", "Ellesse", "Diadora", "Mizuno", "Saucony", "Brooks", "Salomon", "Columbia",
    "The North Face", "Patagonia", "Jack Wolfskin", "Tommy Hilfiger", "Calvin Klein", "Ralph Lauren",
    "Massimo Dutti", "Carolina Herrera", "Michael Kors", "Nivea", "Zara", "Lacoste", "Chanel",
    "Estée Lauder", "Marc O'Polo", "Hugo Boss", "Max Mara", "Liu Jo", "Victoria's Secret",
)  # fmt: skip
PRODUCTS = (
    "iPhone 15 Pro Max", "Galaxy S24 Ultra", "AirPods Pro", "PlayStation 5", "Nintendo Switch",
    "Apple Watch Series 9", "Kindle Paperwhite", "Echo Dot", "Fire TV Stick", "MacBook Air",
    "Air Max 90", "Stan Smith", "Chuck Taylor All Star", "Old Skool", "Gazelle", "Samba OG",
    "Classic Leather", "Clio", "Golf", "Polo", "Panda", "Yaris", "Corsa", "Octavia", "Giulietta",
    "Luna Light", "Stella", "Aurora Lamp", "Alba Sofa", "Marina Dress", "Diana Bag", "Venus Razor",
    "Nova Mini", "Bella Vita", "Sofia Chair", "Elsa Doll", "Mia Sandals", "Eva Jacket",
    "Linea Rosa", "Blu Navy", "Verde Militare", "Rosa Antico", "Grigio Perla", "Bianco Latte",
    "Rot", "Schwarz", "Weiß", "Azul Marino", "Rosa Palo", "Verde Agua", "Preto", "Branco",
)  # fmt: skip
SHOPS = ("PayPal", "Satispay", "Bizum", "MB Way", "Pix", "Klarna", "Scalapay", "Apple Pay", "Google Pay",
         "Amazon", "Esselunga", "Carrefour", "El Corte Inglés", "Continente", "MediaMarkt", "Lidl",
         "GLS", "BRT", "DHL", "UPS", "SEUR", "Correos", "CTT", "Hermes", "DPD", "Poste Italiane")  # fmt: skip
PLACES = ("Milano", "Roma", "Madrid", "Barcelona", "Lisboa", "Porto", "Berlin", "München", "Paris",
          "London", "Napoli", "Torino", "Sevilla", "Valencia", "Hamburg", "Köln", "Florence", "Victoria")  # fmt: skip

TEMPLATES: dict[str, tuple[str, ...]] = {
    "it": (
        "Avete ancora {product} di {brand} in taglia M?",
        "{brand} {product} è tornato disponibile?",
        "Ho pagato con {shop} ma l'ordine risulta ancora in attesa",
        "Il modello {product} arriva da {place} o da un altro magazzino?",
        "Cerco {product}, meglio {brand} o un'altra marca?",
        "Posso ritirare da {shop} il {product}?",
        "Buongiorno, il {product} {brand} ha la garanzia italiana?",
        "Grazie, aspetto il {product}. Buona giornata",
    ),
    "es": (
        "¿Tenéis todavía {product} de {brand} en talla M?",
        "¿{brand} {product} vuelve a estar disponible?",
        "He pagado con {shop} pero el pedido sigue pendiente",
        "¿El modelo {product} sale de {place} o de otro almacén?",
        "Busco {product}, ¿mejor {brand} u otra marca?",
        "¿Puedo recoger el {product} en {shop}?",
        "Buenos días, ¿el {product} de {brand} tiene garantía?",
        "Gracias, espero el {product}. Un saludo",
    ),
    "pt": (
        "Ainda têm {product} da {brand} no tamanho M?",
        "{brand} {product} voltou ao estoque?",
        "Paguei com {shop} mas o pedido continua pendente",
        "O modelo {product} sai de {place} ou de outro armazém?",
        "Procuro {product}, melhor {brand} ou outra marca?",
        "Posso levantar o {product} na {shop}?",
        "Bom dia, o {product} da {brand} tem garantia?",
        "Obrigado, fico à espera do {product}. Abraço",
    ),
    "de": (
        "Habt ihr {product} von {brand} noch in Größe M?",
        "Ist {brand} {product} wieder lieferbar?",
        "Ich habe mit {shop} bezahlt, aber die Bestellung ist noch offen",
        "Kommt das Modell {product} aus {place} oder aus einem anderen Lager?",
        "Ich suche {product}, lieber {brand} oder eine andere Marke?",
        "Kann ich den {product} bei {shop} abholen?",
        "Guten Tag, hat der {product} von {brand} Garantie?",
        "Danke, ich warte auf den {product}. Viele Grüße",
    ),
    "fr": (
        "Vous avez encore {product} de {brand} en taille M ?",
        "{brand} {product} est de nouveau disponible ?",
        "J'ai payé avec {shop} mais la commande est toujours en attente",
        "Le modèle {product} part de {place} ou d'un autre entrepôt ?",
        "Je cherche {product}, plutôt {brand} ou une autre marque ?",
        "Je peux retirer le {product} chez {shop} ?",
        "Bonjour, le {product} {brand} a une garantie ?",
        "Merci, j'attends le {product}. Bonne journée",
    ),
    "en": (
        "Do you still have the {brand} {product} in size M?",
        "Is {brand} {product} back in stock?",
        "I paid with {shop} but the order is still pending",
        "Does the {product} ship from {place} or another warehouse?",
        "Looking for {product}, is {brand} better or another make?",
        "Can I collect the {product} at {shop}?",
        "Good morning, does the {brand} {product} have a warranty?",
        "Thanks, waiting for the {product}. Have a good day",
    ),
}


def messages(language: str) -> Iterator[str]:
    """Every template with every value of its slots (a cyclic pairing for two-slot templates)."""
    for template in TEMPLATES[language]:
        slots = [s for s in ("brand", "product", "shop", "place") if "{" + s + "}" in template]
        pools = [{"brand": BRANDS, "product": PRODUCTS, "shop": SHOPS, "place": PLACES}[s] for s in slots]
        longest = max(len(p) for p in pools)
        for k in range(longest):
            yield template.format(**{s: p[k % len(p)] for s, p in zip(slots, pools, strict=True)})


def main() -> None:
    from recognizers.given_name_recognizer import GivenNameRecognizer

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print up to N wrongly reported spans")
    args = parser.parse_args()
    shown = itertools.count()
    for language in TEMPLATES:
        rec = GivenNameRecognizer(supported_language=language)
        texts = list(messages(language))
        changed = 0
        for text in texts:
            spans = rec.analyze(text, ["PERSON"])
            changed += bool(spans)
            if spans and next(shown) < args.show:
                print(f"{language} {[text[s.start : s.end] for s in spans]!r} in {text!r}")
        print(f"{language}: {len(texts) - changed}/{len(texts)} unchanged = {1 - changed / len(texts):.3f}")


if __name__ == "__main__":
    main()
