"""Street-address evaluation sets: Faker's localized addresses in chat sentences, frozen in files.

Kept apart from the rules in three ways: the addresses come from the `Faker` package's
localized address providers (its own street-type, city and postcode generators, not any
list in `recognizers/`); the sentence templates and the no-PII commerce messages below
are written for this evaluation only; and each generated split is committed as
`bench/data/addresses_<split>.jsonl` with its SHA-256 prefix in `SPLITS`, so neither a
new Faker release nor an edit here can change it silently (`load()` refuses a file
whose fingerprint differs; Faker's output is not fully reproducible from a seed, so the
files, not the generator, are the sets).

Two splits. "tune" was written and frozen before any address rule existed and measured
once with the first rules; having been looked at, it then became the tune split.
"heldout" (another seed) was written and frozen right after that first measurement,
before any rule changed, and is not looked at while tuning. The no-PII messages of both
splits are drawn from the same 16 sentences per language (other greetings around them),
so the no-PII figure is not independent of the tune split; no rule was changed for them.

Format: one JSON object a line: country (IT ES PT BR DE FR GB US IN, or "" for
no-PII messages), language (the country's: it es pt pt de fr en en en), text,
gold ([["ADDRESS", start, end]] or [] for no-PII), kind ("pii" / "clean").
Forms per address (picked at random): Faker's full `address()` with its line
breaks written as ", ", " " or " - "; street + city; street alone. One in ten
is written all lower-case, as people type in chats.

Regenerate (only with a new file name and fingerprint, never in place):
    .venv/bin/python -m bench.address_corpus --split heldout --write /tmp/addresses.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from dataclasses import dataclass
from pathlib import Path

COUNTRIES = {
    "IT": ("it_IT", "it"), "ES": ("es_ES", "es"), "PT": ("pt_PT", "pt"), "BR": ("pt_BR", "pt"),
    "DE": ("de_DE", "de"), "FR": ("fr_FR", "fr"), "GB": ("en_GB", "en"), "US": ("en_US", "en"),
    "IN": ("en_IN", "en"),
}  # fmt: skip
LANGUAGES = ("en", "fr", "it", "pt", "es", "de")
PER_COUNTRY = 320
CLEAN_PER_LANGUAGE = 160
DATA = Path(__file__).parent / "data"
# split -> (seed, file, fingerprint(load(file, check=False))), each set once when its file
# was written. "tune" (seed 20261204) was frozen first and measured once before any tuning;
# after that first look it became the tune split. "heldout" (seed 20261205) was written and
# frozen right after that first measurement, before any rule was changed, and is what
# bench.address_report reports.
SPLITS = {
    "tune": (20261204, DATA / "addresses_tune.jsonl", "ce78af2b76b936e3"),
    "heldout": (20261205, DATA / "addresses_heldout.jsonl", "bb8c9fb1139e83c8"),
    # Typed by hand apart from the rules (bench.addresses_handwritten, not Faker; its seed picks
    # nothing), frozen and landed before its first run.
    "handwritten": (20261206, DATA / "addresses_handwritten.jsonl", "b1675316feed8500"),
}

TEMPLATES: dict[str, tuple[str, ...]] = {
    "it": (
        "Buongiorno, potete spedire a {a}? Grazie",
        "il mio indirizzo è {a}",
        "Consegna presso {a}, citofono Bianchi non funziona",
        "Ho cambiato casa, ora sto in {a}.",
        "indirizzo di fatturazione: {a}",
        "Mandatelo a {a} per favore, sono in ufficio fino alle 18",
        "{a} — è lì che deve arrivare il pacco",
        "Salve, ritiro non possibile, lasciate a {a}",
    ),
    "es": (
        "Hola, ¿podéis enviarlo a {a}? Gracias",
        "mi dirección es {a}",
        "Entrega en {a}, el portero lo recoge",
        "Me he mudado, ahora vivo en {a}.",
        "dirección de facturación: {a}",
        "Mandadlo a {a} por favor, estoy hasta las 18h",
        "{a} es donde tiene que llegar el paquete",
        "Buenas, no estaré, dejadlo en {a}",
    ),
    "pt": (
        "Olá, podem enviar para {a}? Obrigado",
        "meu endereço é {a}",
        "Entrega em {a}, o porteiro recebe",
        "Mudei de casa, agora moro em {a}.",
        "morada de faturação: {a}",
        "Mandem para {a} por favor, fico até às 18h",
        "{a} é onde a encomenda tem de chegar",
        "Bom dia, não vou estar, deixem em {a}",
    ),
    "de": (
        "Hallo, könnt ihr an {a} liefern? Danke",
        "meine Adresse ist {a}",
        "Lieferung an {a}, bitte beim Nachbarn abgeben",
        "Ich bin umgezogen, jetzt wohne ich in der {a}.",
        "Rechnungsadresse: {a}",
        "Schickt es bitte an {a}, ich bin bis 18 Uhr da",
        "{a} — dorthin soll das Paket",
        "Guten Tag, bin nicht da, bitte an {a} zustellen",
    ),
    "fr": (
        "Bonjour, vous pouvez livrer au {a} ? Merci",
        "mon adresse est {a}",
        "Livraison au {a}, le gardien réceptionne",
        "J'ai déménagé, j'habite maintenant {a}.",
        "adresse de facturation : {a}",
        "Envoyez-le au {a} svp, je suis là jusqu'à 18h",
        "{a} c'est là que le colis doit arriver",
        "Bonsoir, absent demain, déposez au {a}",
    ),
    "en": (
        "Hi, can you ship it to {a}? Thanks",
        "my address is {a}",
        "Deliver to {a}, leave it with the neighbour",
        "I moved, now living at {a}.",
        "billing address: {a}",
        "Send it to {a} please, I'm in until 6pm",
        "{a} is where the parcel should go",
        "Hello, not home tomorrow, drop it at {a}",
    ),
}

# No-PII commerce messages: capitalised product words, brand names, prices,
# dates, order numbers and street-type words used as ordinary words.
CLEAN: dict[str, tuple[str, ...]] = {
    "it": (
        "Ciao! Vi scrivo Via WhatsApp per l'ordine 48213: le Nike Air Max 90 taglia 42 arrivano Lunedì?",
        "Il Corso di Cucina Base costa 49,90 € e inizia Martedì 12 Marzo",
        "Avete ancora la Piazza Italia Collection in Blu Navy? Taglia M",
        "Ho visto la Lavatrice Samsung EcoBubble 9 kg a 399 €, è disponibile?",
        "La Borsa Gucci Marmont è arrivata rotta, ordine n. 2024-00981",
        "Posso pagare con PayPal o Satispay? Totale 128,50 €",
        "Il Frullatore Philips Serie 5000 fa rumore dopo 3 giorni",
        "Quando torna disponibile l'iPhone 15 Pro Max 256 GB Titanio Naturale?",
        "Grazie mille! Il Panettone Motta 1 kg era perfetto per Natale",
        "Vorrei cambiare le Adidas Stan Smith 40 con la 41, ordine 77812",
        "Street Fighter 6 per PS5 è in offerta a 29,99 fino a Domenica?",
        "La Crema Nivea Soft da 300 ml è finita, quando arriva?",
        "Promo Black Friday: 3x2 sui Caffè Lavazza Qualità Rossa?",
        "Il Divano Milano 3 Posti in Velluto Verde ha tempi di consegna di 4 settimane?",
        "Ho ricevuto il codice sconto ESTATE20 ma non funziona sul Trapano Bosch PSB 18",
        "Buonasera, il Monopoly Edizione Roma è in italiano?",
    ),
    "es": (
        "Hola! Os escribo Vía WhatsApp por el pedido 48213: ¿las Nike Air Max 90 talla 42 llegan el Lunes?",
        "El Curso de Cocina Básico cuesta 49,90 € y empieza el Martes 12 de Marzo",
        "¿Tenéis todavía la Colección Gran Vía en Azul Marino? Talla M",
        "He visto la Lavadora Samsung EcoBubble 9 kg a 399 €, ¿está disponible?",
        "El Bolso Loewe Puzzle llegó roto, pedido nº 2024-00981",
        "¿Puedo pagar con PayPal o Bizum? Total 128,50 €",
        "La Batidora Philips Serie 5000 hace ruido después de 3 días",
        "¿Cuándo vuelve el iPhone 15 Pro Max 256 GB Titanio Natural?",
        "¡Gracias! El Turrón El Almendro de 250 g estaba perfecto para Navidad",
        "Quiero cambiar las Adidas Stan Smith 40 por la 41, pedido 77812",
        "¿Street Fighter 6 para PS5 está en oferta a 29,99 hasta el Domingo?",
        "La Crema Nivea Soft de 300 ml está agotada, ¿cuándo llega?",
        "Promo Black Friday: ¿3x2 en Café Marcilla Natural?",
        "¿El Sofá Plaza 3 Plazas en Terciopelo Verde tarda 4 semanas?",
        "Recibí el código VERANO20 pero no funciona con el Taladro Bosch PSB 18",
        "Buenas, ¿el Monopoly Edición Madrid está en español?",
    ),
    "pt": (
        "Olá! Escrevo Via WhatsApp sobre o pedido 48213: os Nike Air Max 90 tamanho 42 chegam Segunda?",
        "O Curso de Cozinha Básico custa R$ 149,90 e começa Terça 12 de Março",
        "Ainda têm a Coleção Avenida em Azul Marinho? Tamanho M",
        "Vi a Máquina de Lavar Samsung EcoBubble 9 kg a 399 €, está disponível?",
        "A Bolsa Michael Kors Jet Set chegou rasgada, encomenda nº 2024-00981",
        "Posso pagar com Pix ou MB Way? Total 128,50",
        "O Liquidificador Philips Série 5000 faz barulho depois de 3 dias",
        "Quando volta o iPhone 15 Pro Max 256 GB Titânio Natural?",
        "Obrigada! O Pastel de Nata Congelado Continente era ótimo",
        "Quero trocar os Adidas Stan Smith 40 pelo 41, pedido 77812",
        "Street Fighter 6 para PS5 está em promoção a 29,99 até Domingo?",
        "O Creme Nivea Soft de 300 ml esgotou, quando chega?",
        "Promoção Black Friday: leve 3 pague 2 no Café Pilão Tradicional?",
        "O Sofá Rua Nova 3 Lugares em Veludo Verde demora 4 semanas?",
        "Recebi o cupom VERAO20 mas não funciona na Furadeira Bosch PSB 18",
        "Bom dia, o Banco Imobiliário Edição Lisboa vem em português?",
    ),
    "de": (
        "Hallo! Ich schreibe Via WhatsApp wegen Bestellung 48213: kommen die Nike Air Max 90 Größe 42 am Montag?",
        "Der Kochkurs Basis kostet 49,90 € und beginnt Dienstag, 12. März",
        "Habt ihr die Kollektion Alpenstraße noch in Marineblau? Größe M",
        "Ich habe die Waschmaschine Samsung EcoBubble 9 kg für 399 € gesehen, ist sie lieferbar?",
        "Die Tasche von Liebeskind Berlin kam kaputt an, Bestellnr. 2024-00981",
        "Kann ich mit PayPal oder Klarna zahlen? Summe 128,50 €",
        "Der Mixer Philips Serie 5000 ist nach 3 Tagen laut",
        "Wann ist das iPhone 15 Pro Max 256 GB Titan Natur wieder da?",
        "Danke! Der Stollen von Dresdner Backhaus 1 kg war perfekt zu Weihnachten",
        "Ich möchte die Adidas Stan Smith 40 gegen 41 tauschen, Bestellung 77812",
        "Ist Street Fighter 6 für PS5 bis Sonntag für 29,99 im Angebot?",
        "Die Nivea Soft Creme 300 ml ist ausverkauft, wann kommt sie wieder?",
        "Black Friday Aktion: 3 für 2 auf Tchibo Feine Milde?",
        "Hat das Sofa Schlossallee 3-Sitzer in Samt Grün 4 Wochen Lieferzeit?",
        "Ich habe den Code SOMMER20 bekommen, er geht nicht beim Bohrschrauber Bosch PSB 18",
        "Guten Abend, ist das Monopoly Edition München auf Deutsch?",
    ),
    "fr": (
        "Bonjour ! Je vous écris Via WhatsApp pour la commande 48213 : "
        "les Nike Air Max 90 pointure 42 arrivent Lundi ?",
        "Le Cours de Cuisine Débutant coûte 49,90 € et commence Mardi 12 Mars",
        "Vous avez encore la Collection Rue de la Paix en Bleu Marine ? Taille M",
        "J'ai vu le Lave-linge Samsung EcoBubble 9 kg à 399 €, il est dispo ?",
        "Le Sac Longchamp Le Pliage est arrivé déchiré, commande n° 2024-00981",
        "Je peux payer avec PayPal ou Lydia ? Total 128,50 €",
        "Le Blender Philips Série 5000 fait du bruit après 3 jours",
        "Quand revient l'iPhone 15 Pro Max 256 Go Titane Naturel ?",
        "Merci ! La Bûche Picard Chocolat Praliné était parfaite pour Noël",
        "Je voudrais échanger les Adidas Stan Smith 40 contre du 41, commande 77812",
        "Street Fighter 6 sur PS5 est en promo à 29,99 jusqu'à Dimanche ?",
        "La Crème Nivea Soft 300 ml est en rupture, elle revient quand ?",
        "Promo Black Friday : 3 pour 2 sur le Café Carte Noire ?",
        "Le Canapé Boulevard 3 Places en Velours Vert met 4 semaines ?",
        "J'ai reçu le code ETE20 mais il ne marche pas sur la Perceuse Bosch PSB 18",
        "Bonsoir, le Monopoly Édition Paris est en français ?",
    ),
    "en": (
        "Hi! Messaging Via WhatsApp about order 48213: will the Nike Air Max 90 size 9 arrive on Monday?",
        "The Beginner Cooking Course is £49.90 and starts Tuesday 12 March",
        "Do you still have the Park Avenue Collection in Navy Blue? Size M",
        "I saw the Samsung EcoBubble 9 kg Washing Machine at $399, is it in stock?",
        "The Coach Tabby Bag arrived torn, order no. 2024-00981",
        "Can I pay with PayPal or Apple Pay? Total 128.50",
        "The Philips Series 5000 Blender is noisy after 3 days",
        "When is the iPhone 15 Pro Max 256 GB Natural Titanium back?",
        "Thanks! The Walkers Shortbread 1 kg tin was perfect for Christmas",
        "I'd like to swap the Adidas Stan Smith 8 for a 9, order 77812",
        "Is Street Fighter 6 for PS5 on sale at 29.99 until Sunday?",
        "The Nivea Soft Cream 300 ml is sold out, when is it back?",
        "Black Friday deal: 3 for 2 on Starbucks House Blend?",
        "Does the Baker Street 3 Seater Sofa in Green Velvet take 4 weeks?",
        "I got the code SUMMER20 but it fails on the Bosch PSB 18 Drill",
        "Good evening, is the Monopoly London Edition in English?",
    ),
}
# Short additions that make each clean message distinct without new PII.
TAILS: dict[str, tuple[str, ...]] = {
    "it": ("Grazie", "Ciao", "A presto", "Buona giornata", "Fatemi sapere", "ok", "😊", "Saluti", "?", "!"),
    "es": ("Gracias", "Un saludo", "Hasta luego", "Buen día", "Avisadme", "ok", "😊", "Saludos", "?", "!"),
    "pt": ("Obrigado", "Abraço", "Até logo", "Bom dia", "Avisem-me", "ok", "😊", "Cumprimentos", "?", "!"),
    "de": ("Danke", "Viele Grüße", "Bis dann", "Schönen Tag", "Gebt Bescheid", "ok", "😊", "LG", "?", "!"),
    "fr": (
        "Merci",
        "Bonne journée",
        "À bientôt",
        "Cordialement",
        "Tenez-moi au courant",
        "ok",
        "😊",
        "Bisous",
        "?",
        "!",
    ),  # fmt: skip
    "en": ("Thanks", "Cheers", "See you", "Have a good day", "Let me know", "ok", "😊", "Regards", "?", "!"),
}


@dataclass(frozen=True, slots=True)
class AddressMessage:
    country: str
    language: str
    text: str
    gold: tuple[tuple[str, int, int], ...]
    kind: str


def _address(fake: object, rng: random.Random) -> str:
    form = rng.random()
    if form < 0.6:
        lines = [line.strip() for line in fake.address().splitlines() if line.strip()]  # type: ignore[attr-defined]
        value = rng.choice([", ", " ", " - ", ", ", ", "]).join(lines)
    elif form < 0.8:
        value = f"{fake.street_address().strip()}, {fake.city()}"  # type: ignore[attr-defined]
    else:
        value = fake.street_address().strip()  # type: ignore[attr-defined]
    return value.lower() if rng.random() < 0.1 else value


def generate(seed: int) -> list[AddressMessage]:
    """Build a split from Faker (imported here: only regenerating needs it)."""
    from faker import Faker

    rng = random.Random(seed)
    out: list[AddressMessage] = []
    for country, (locale, lang) in COUNTRIES.items():
        fake = Faker(locale)
        fake.seed_instance(seed + len(out))
        for _ in range(PER_COUNTRY):
            value = _address(fake, rng)
            before, after = rng.choice(TEMPLATES[lang]).split("{a}")
            out.append(AddressMessage(country, lang, before + value + after,
                                      (("ADDRESS", len(before), len(before) + len(value)),), "pii"))  # fmt: skip
    for lang in LANGUAGES:
        seen: set[str] = set()
        while len(seen) < CLEAN_PER_LANGUAGE:
            text = f"{rng.choice(CLEAN[lang])} {rng.choice(TAILS[lang])}"
            if rng.random() < 0.5:
                text = f"{rng.choice(TAILS[lang])} {text}"
            if text not in seen:
                seen.add(text)
                out.append(AddressMessage("", lang, text, (), "clean"))
    return out


def fingerprint(messages: list[AddressMessage]) -> str:
    digest = hashlib.sha256()
    for m in messages:
        digest.update(repr((m.country, m.language, m.text, m.gold, m.kind)).encode())
    return digest.hexdigest()[:16]


def write(messages: list[AddressMessage], path: Path) -> None:
    rows = (
        json.dumps(
            {
                "country": m.country,
                "language": m.language,
                "text": m.text,
                "gold": [list(g) for g in m.gold],
                "kind": m.kind,
            },
            ensure_ascii=False,
        )  # fmt: skip
        for m in messages
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def load(split: str = "heldout", check: bool = True) -> list[AddressMessage]:
    """A frozen split; refuses a file whose fingerprint is not the split's."""
    _, path, frozen = SPLITS[split]
    messages = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold = tuple((str(e), int(s), int(t)) for e, s, t in row["gold"])
        messages.append(AddressMessage(row["country"], row["language"], row["text"], gold, row["kind"]))
    if check and fingerprint(messages) != frozen:
        raise SystemExit(f"{path}: fingerprint {fingerprint(messages)} is not the frozen {frozen}")
    return messages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "heldout"), required=True)  # Faker's; not "handwritten"
    parser.add_argument("--write", type=Path, required=True)
    args = parser.parse_args()
    messages = generate(SPLITS[args.split][0])
    write(messages, args.write)
    print(f"{args.write}: {len(messages)} messages, fingerprint {fingerprint(messages)}")


if __name__ == "__main__":
    main()
