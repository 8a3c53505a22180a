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
leaves unchanged; then, unless `--alone`, the whole default analyzer (both
spaCy models, every recognizer) on this set, the second part's name sentences
and its commerce messages (`bench.names_tune_data`, written the same way):
names protected (every character of each gold name inside some span) and
no-PII messages unchanged per language. `--show N` prints up to N misses and
wrongly reported spans.
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections.abc import Iterator

from bench import names_tune_data as d

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


Example = tuple[str, str, tuple[tuple[int, int], ...]]  # language, text, gold name spans ((): no PII)
_SLOT = re.compile(r"\{([nfgsd])\}")
REPEATS = 4  # each name template filled with this many names


def name_messages(language: str) -> Iterator[tuple[str, tuple[tuple[int, int], ...]]]:
    """Every name template of `names_tune_data`, filled `REPEATS` times, with its gold spans."""
    first, surnames, double = d.FIRST[language], d.SURNAMES[language], d.DOUBLE[language]
    for t, template in enumerate(d.NAME_TEMPLATES[language]):
        lower = template.startswith("~")
        template = template.removeprefix("~")
        for r in range(REPEATS):
            k = t * REPEATS + r
            values = {
                "n": f"{first[k % len(first)]} {surnames[(7 * k + 3) % len(surnames)]}",
                "f": first[(k + 11) % len(first)],
                "s": surnames[(5 * k + 1) % len(surnames)],
                "d": f"{double[k % len(double)]} {surnames[(3 * k + 2) % len(surnames)]}",
            }
            text, gold, pos = "", [], 0
            for slot in _SLOT.finditer(template):
                text += template[pos : slot.start()]
                value = values[slot.group(1)]
                gold.append((len(text), len(text) + len(value)))
                text += value
                pos = slot.end()
            text += template[pos:]
            if lower:
                assert len(text.lower()) == len(text)  # noqa: S101 - offsets must survive
                text = text.lower()
            yield text, tuple(gold)


def examples() -> list[Example]:
    """The whole tuning set, language by language: names, then both commerce sets."""
    out: list[Example] = []
    for language in TEMPLATES:
        out += [(language, text, gold) for text, gold in name_messages(language)]
        out += [(language, text, ()) for text in (*messages(language), *d.CLEAN[language])]
    return out


def covered(gold: tuple[int, int], spans: list[tuple[int, int]], text: str) -> bool:
    start, end = gold
    return all(text[i].isspace() or any(s <= i < e for s, e in spans) for i in range(start, end))


def whole_analyzer(show: int) -> None:
    """Names protected and no-PII messages unchanged with every default recognizer (both models)."""
    from bench.corpus import REGION
    from proxy.detection.detector import DetectionSettings, build_analyzer

    analyzer = build_analyzer(DetectionSettings())
    shown = itertools.count()
    print(f"\n{'lang':4} {'names':>5} {'protected':>9} {'no-PII unchanged':>22}")
    data = examples()
    for language in TEMPLATES:
        rows = [(text, gold) for lang, text, gold in data if lang == language]
        preds: list[list[tuple[int, int]]] = []
        for i in range(0, len(rows), 32):
            batch = [text for text, _ in rows[i : i + 32]]
            for found in analyzer.analyze(batch, language=language, regions=[REGION[language]]):
                preds.append([(s.start, s.end) for s in found])
        names = hit = clean = same = 0
        for (text, gold), spans in zip(rows, preds, strict=True):
            bad: list[str]
            if gold:
                missed = [text[a:b] for a, b in gold if not covered((a, b), spans, text)]
                names, hit = names + len(gold), hit + len(gold) - len(missed)
                bad = missed
            else:
                clean, same = clean + 1, same + (not spans)
                bad = [text[start:end] for start, end in spans]
            if bad and next(shown) < show:
                print(f"  {language} {'miss' if gold else 'FP  '} {bad!r} in {text!r}")
        print(f"{language:4} {names:5d} {hit / names:9.3f} {same:8d}/{clean} = {same / clean:.3f}")


def main() -> None:
    from recognizers.given_name_recognizer import GivenNameRecognizer

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print up to N wrongly reported spans / misses")
    parser.add_argument("--alone", action="store_true", help="only GivenNameRecognizer alone on the commerce set")
    args = parser.parse_args()
    shown = itertools.count()
    print("GivenNameRecognizer alone, the first commerce set:")
    for language in TEMPLATES:
        rec = GivenNameRecognizer(supported_language=language)
        texts = list(messages(language))
        changed = 0
        for text in texts:
            spans = rec.analyze(text, ["PERSON"])
            changed += bool(spans)
            if spans and next(shown) < args.show and args.alone:
                print(f"{language} {[text[s.start : s.end] for s in spans]!r} in {text!r}")
        print(f"{language}: {len(texts) - changed}/{len(texts)} unchanged = {1 - changed / len(texts):.3f}")
    if not args.alone:
        whole_analyzer(args.show)


if __name__ == "__main__":
    main()
