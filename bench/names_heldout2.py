"""A second held-out set for person names and no-PII commerce chat, frozen before the next round of rules.

Why a second set: the first (`bench.names_heldout`) had been run and its misses
read several times while the name rules were tuned, so its figures are no longer
independent. This one was written and frozen (2026-12-05) before any rule of the
round that followed it, by someone who had not read the first set's templates
nor the tune sets' (`bench/names_tune.py`, `bench/names_tune_data.py`):

- names come from `Faker`'s localized person providers (it_IT, es_ES, pt_BR and
  pt_PT, de_DE, fr_FR, en_US and en_GB), under a seed of their own; Veil ships
  no list drawn from Faker;
- the chat templates below are new: self-introductions, third parties (people
  who collect, pay, phone, are named on an invoice), signatures and sign-offs,
  and lower-case chat; gold spans are the name only;
- the no-PII part (150 messages a language) is commerce chat written from
  scratch, dense with capitalised product words, brands, weekdays, months,
  colours, and places used as product or collection names ("borsa Firenze",
  "the Milano sofa").

`python -m bench.names_heldout2 --write` wrote the file; it was rewritten once,
after the first run's "before" table (no rule changed in between): one commerce
template per language shipped to a real place ("para Manaus"), which the place
rules rightly tokenise, so the destination became a common noun ("para o
interior"). `load()` refuses `bench/data/names_heldout2.jsonl` when its SHA-256 differs from `FINGERPRINT`.
Rules are tuned only on `bench.names_tune`; this set is run to report figures.
"""

from __future__ import annotations

import random
from pathlib import Path

from bench.names_heldout import Example, freeze_cli
from bench.names_heldout import load as _load

PATH = Path(__file__).resolve().parent / "data" / "names_heldout2.jsonl"
FINGERPRINT = "4f4582b0f79fcdbb"
SEED = 51220605
LOCALES = {
    "it": ("it_IT",),
    "es": ("es_ES",),
    "pt": ("pt_BR", "pt_PT"),
    "de": ("de_DE",),
    "fr": ("fr_FR",),
    "en": ("en_US", "en_GB"),
}
NAMES_PER_LANGUAGE = 310
CLEAN_PER_LANGUAGE = 150
LOWER_SHARE = 0.15

# {full} first and last name, {first} first name, {last} last name.
TEMPLATES: dict[str, list[str]] = {
    "it": [
        "Salve a tutti, {full} qui: il codice sconto non funziona",
        "Sono la moglie di {full}, chiamo per il suo ordine",
        "Domani passa a ritirare {first}, è mio cognato",
        "Fattura intestata a {full} per favore, non alla ditta",
        "La consegna l'ha firmata {first} {last}, ma io non la conosco",
        "Vi scrivo da parte di {first}: il reso è partito lunedì",
        "Resto in attesa, grazie\n{first}",
        "Un caro saluto\n{full}",
        "Mi ha chiamato un vostro operatore, {first} mi pare, per il rimborso",
        "piacere, {full}, ho comprato due lampade da voi",
        "il pacco l'ha preso il vicino, {full}",
        "Sto scrivendo per mia nonna {first} che non usa il telefono",
        "Posso mandare {first} a ritirare? Porta un documento",
    ],
    "es": [
        "Hola a todos, {full} por aquí: el cupón no me funciona",
        "Soy la mujer de {full}, llamo por su pedido",
        "Mañana pasa a recogerlo {first}, es mi cuñado",
        "Factura a nombre de {full} por favor, no de la empresa",
        "La entrega la firmó {first} {last}, pero yo no la conozco",
        "Os escribo de parte de {first}: la devolución salió el lunes",
        "Quedo a la espera, gracias\n{first}",
        "Un abrazo\n{full}",
        "Me llamó una operadora vuestra, {first} creo, por el reembolso",
        "encantada, {full}, os compré dos lámparas",
        "el paquete lo cogió el vecino, {full}",
        "Escribo por mi abuela {first}, que no usa el móvil",
        "¿Puedo mandar a {first} a recogerlo? Lleva el DNI",
    ],
    "pt": [
        "Olá a todos, {full} aqui: o cupom não está funcionando",
        "Sou a esposa de {full}, estou ligando pelo pedido dele",
        "Amanhã quem vai buscar é {first}, meu cunhado",
        "Nota fiscal em nome de {full} por favor, não da empresa",
        "Quem assinou a entrega foi {first} {last}, mas eu não conheço",
        "Escrevo da parte de {first}: a devolução saiu na segunda",
        "Fico no aguardo, obrigada\n{first}",
        "Um abraço\n{full}",
        "Uma atendente de vocês me ligou, {first} eu acho, sobre o reembolso",
        "prazer, {full}, comprei dois candeeiros com vocês",
        "o pacote ficou com o vizinho, {full}",
        "Estou escrevendo pela minha avó {first}, que não usa celular",
        "Posso mandar {first} buscar? Leva documento",
    ],
    "de": [
        "Hallo zusammen, hier ist {full}: der Gutschein geht nicht",
        "Ich bin die Frau von {full} und rufe wegen seiner Bestellung an",
        "Morgen holt es {first} ab, mein Schwager",
        "Rechnung bitte auf {full}, nicht auf die Firma",
        "Unterschrieben hat {first} {last}, aber die kenne ich nicht",
        "Ich schreibe im Namen von {first}: die Rücksendung ging am Montag raus",
        "Ich warte auf Antwort, danke\n{first}",
        "Liebe Grüße\n{full}",
        "Eine Mitarbeiterin von Ihnen, {first} glaube ich, hat wegen der Erstattung angerufen",
        "freut mich, {full}, ich habe zwei Lampen bei euch gekauft",
        "das paket hat der nachbar genommen, {full}",
        "Ich schreibe für meine Oma {first}, die kein Handy benutzt",
        "Kann ich {first} zum Abholen schicken? Ausweis bringt er mit",
    ],
    "fr": [
        "Bonjour à tous, {full} ici : le code promo ne marche pas",
        "Je suis la femme de {full}, j'appelle pour sa commande",
        "Demain c'est {first} qui passe la chercher, mon beau-frère",
        "Facture au nom de {full} svp, pas de la société",
        "C'est {first} {last} qui a signé la livraison, je ne la connais pas",
        "Je vous écris de la part de {first} : le retour est parti lundi",
        "Dans l'attente de votre réponse, merci\n{first}",
        "Bien à vous\n{full}",
        "Une de vos conseillères, {first} je crois, m'a appelée pour le remboursement",
        "enchantée, {full}, j'ai acheté deux lampes chez vous",
        "le colis est chez le voisin, {full}",
        "J'écris pour ma grand-mère {first} qui n'a pas de portable",
        "Je peux envoyer {first} le récupérer ? Avec sa pièce d'identité",
    ],
    "en": [
        "Hi all, {full} here: the promo code won't work",
        "I'm the wife of {full}, calling about his order",
        "Tomorrow {first} will pick it up, he's my brother-in-law",
        "Invoice to {full} please, not to the company",
        "The delivery was signed by {first} {last} but I don't know her",
        "Writing on behalf of {first}: the return went out Monday",
        "Looking forward to hearing back, thanks\n{first}",
        "Kind regards\n{full}",
        "One of your agents, {first} I think, called me about the refund",
        "nice to meet you, {full}, i bought two lamps from you",
        "the parcel is with the neighbour, {full}",
        "I'm writing for my grandma {first}, she doesn't use a phone",
        "Can I send {first} to collect it? They'll bring ID",
    ],
}  # fmt: skip

# Product names a shop would use: capitalised words, brands, places, colours, weekdays.
PRODUCTS = [
    "Sneaker Milano Bianca", "Borsa Firenze", "Divano Oslo", "Lampada Atollo", "Poltrona Vienna",
    "Zaino Everest", "Giacca Aspen", "Tazza Montreal", "Tappeto Marrakech", "Sedia Panton",
    "Samsonite Lite-Box", "Bialetti Moka Express", "Smeg Toaster", "KitchenAid Artisan",
    "Garmin Forerunner", "Canon EOS R50", "Sony WH-1000XM5", "Bose QuietComfort", "JBL Flip 6",
    "Osaka Lounge Chair", "Havana Linen Shirt", "Sunday Morning Candle", "Midnight Blue Throw",
    "Copenhagen Desk", "Brooklyn Tote", "Santorini Sandals", "Monaco Sunglasses", "Tokyo Ramen Bowl",
    "Weekend Duffel", "Friday Night Kit", "Autumn Gold Serum", "Ivory Silk Pillow", "Emerald Velvet Armchair",
    "Crocs Classic Clog", "Salomon XT-6", "Fjällräven Kånken", "Eastpak Padded", "Herschel Little America",
]  # fmt: skip
COLOURS = {
    "it": ["Blu Notte", "Verde Salvia", "Rosso Ciliegia", "Grigio Perla", "Sabbia"],
    "es": ["Azul Marino", "Verde Oliva", "Rojo Cereza", "Gris Perla", "Arena"],
    "pt": ["Azul Marinho", "Verde Oliva", "Vermelho Cereja", "Cinza Pérola", "Areia"],
    "de": ["Marineblau", "Olivgrün", "Kirschrot", "Perlgrau", "Sand"],
    "fr": ["Bleu Nuit", "Vert Sauge", "Rouge Cerise", "Gris Perle", "Sable"],
    "en": ["Navy Blue", "Sage Green", "Cherry Red", "Pearl Grey", "Sand"],
}
DAYS = {
    "it": ["Lunedì", "Martedì", "Giovedì", "Sabato"], "es": ["Lunes", "Martes", "Jueves", "Sábado"],
    "pt": ["Segunda", "Terça", "Quinta", "Sábado"], "de": ["Montag", "Dienstag", "Donnerstag", "Samstag"],
    "fr": ["Lundi", "Mardi", "Jeudi", "Samedi"], "en": ["Monday", "Tuesday", "Thursday", "Saturday"],
}  # fmt: skip
MONTHS = {
    "it": ["Gennaio", "Marzo", "Luglio", "Ottobre"], "es": ["Enero", "Marzo", "Julio", "Octubre"],
    "pt": ["Janeiro", "Março", "Julho", "Outubro"], "de": ["Januar", "März", "Juli", "Oktober"],
    "fr": ["Janvier", "Mars", "Juillet", "Octobre"], "en": ["January", "March", "July", "October"],
}  # fmt: skip

# {p} product, {c} colour, {d} weekday, {m} month.
CLEAN: dict[str, list[str]] = {
    "it": [
        "Il {p} in {c} torna disponibile a {m}?", "Ho ordinato {d} il {p}, quando spedite?",
        "Quanto costa la spedizione del {p} in montagna?", "Il {p} è compatibile con il modello precedente?",
        "Vorrei il {p} ma nella Taglia M, c'è?", "Avete la Collezione Primavera del {p}?",
        "Offerta Weekend: il {p} è scontato anche in negozio?", "Il {p} colore {c} è uguale alla foto?",
    ],
    "es": [
        "¿El {p} en {c} vuelve en {m}?", "Pedí el {d} el {p}, ¿cuándo lo enviáis?",
        "¿Cuánto cuesta enviar el {p} a las islas?", "¿El {p} es compatible con el modelo anterior?",
        "Quiero el {p} pero en Talla M, ¿hay?", "¿Tenéis la Colección Primavera del {p}?",
        "Oferta Fin de Semana: ¿el {p} está rebajado en tienda?", "¿El {p} color {c} es igual que en la foto?",
    ],
    "pt": [
        "O {p} em {c} volta em {m}?", "Pedi na {d} o {p}, quando vocês enviam?",
        "Quanto custa o frete do {p} para o interior?", "O {p} é compatível com o modelo anterior?",
        "Quero o {p} mas no Tamanho M, tem?", "Vocês têm a Coleção Primavera do {p}?",
        "Oferta de Fim de Semana: o {p} está com desconto na loja?", "O {p} na cor {c} é igual à foto?",
    ],
    "de": [
        "Gibt es den {p} in {c} wieder im {m}?", "Ich habe am {d} den {p} bestellt, wann versenden Sie?",
        "Was kostet der Versand vom {p} ins Ausland?", "Passt der {p} zum Vorgängermodell?",
        "Ich möchte den {p} in Größe M, gibt es den?", "Haben Sie die Frühjahrskollektion vom {p}?",
        "Wochenend-Angebot: ist der {p} auch im Laden reduziert?", "Sieht der {p} in {c} aus wie auf dem Foto?",
    ],
    "fr": [
        "Le {p} en {c} revient en {m} ?", "J'ai commandé {d} le {p}, vous l'expédiez quand ?",
        "Combien coûte la livraison du {p} à l'étranger ?", "Le {p} est compatible avec l'ancien modèle ?",
        "Je voudrais le {p} en Taille M, c'est possible ?", "Vous avez la Collection Printemps du {p} ?",
        "Offre Week-end : le {p} est aussi en promo en boutique ?", "Le {p} coloris {c} est comme sur la photo ?",
    ],
    "en": [
        "Is the {p} in {c} back in {m}?", "I ordered the {p} on {d}, when do you ship?",
        "How much is shipping for the {p} overseas?", "Does the {p} fit the older model?",
        "I'd like the {p} in Size M, do you have it?", "Do you have the Spring Collection {p}?",
        "Weekend Deal: is the {p} discounted in store too?", "Does the {p} in {c} look like the photo?",
    ],
}  # fmt: skip


def _fill(template: str, names: dict[str, list[str]], rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    text, gold, rest = "", [], template
    while "{" in rest:
        before, _, tail = rest.partition("{")
        slot, _, rest = tail.partition("}")
        value = rng.choice(names[slot])
        text += before
        gold.append((len(text), len(text) + len(value)))
        text += value
    return text + rest, gold


def build() -> list[Example]:
    """The set as generated (only `--write` calls this; the bench reads the frozen file)."""
    from faker import Faker  # a bench/test dependency only

    rng = random.Random(SEED)
    out: list[Example] = []
    for lang, locales in LOCALES.items():
        fakes = []
        for locale in locales:
            fake = Faker(locale)
            fake.seed_instance(SEED)
            fakes.append(fake)
        count = 0
        while count < NAMES_PER_LANGUAGE:
            fake = rng.choice(fakes)
            first = [fake.first_name() for _ in range(2)]
            last = [fake.last_name() for _ in range(2)]
            names = {"first": first, "last": last, "full": [f"{f} {ln}" for f, ln in zip(first, last, strict=True)]}
            text, gold = _fill(rng.choice(TEMPLATES[lang]), names, rng)
            if rng.random() < LOWER_SHARE:
                text = text.lower()
            out.append(Example(lang, text, tuple(gold), "pii"))
            count += len(gold)
        seen: set[str] = set()
        while len(seen) < CLEAN_PER_LANGUAGE:
            text = rng.choice(CLEAN[lang]).format(
                p=rng.choice(PRODUCTS), c=rng.choice(COLOURS[lang]), d=rng.choice(DAYS[lang]),
                m=rng.choice(MONTHS[lang]),
            )  # fmt: skip
            if text not in seen:
                seen.add(text)
                out.append(Example(lang, text, (), "clean"))
    return out


def load(path: Path = PATH) -> list[Example]:
    """The frozen set; SystemExit if the file is not the one frozen."""
    return _load(path, FINGERPRINT)


def main() -> None:
    freeze_cli(__doc__ or "", PATH, build)


if __name__ == "__main__":
    main()
