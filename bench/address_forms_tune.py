"""`python -m bench.address_forms_tune`: addresses pasted from labelled forms, one field a line, a tune set.

Written for this round, before the rule, from the forms' own field names (Correios' logradouro,
número, complemento, bairro, CEP; Poste Italiane's via, civico, CAP; Correos' calle, número, piso,
CP; Deutsche Post's Straße, Hausnummer, PLZ, Ort; La Poste's adresse, code postal, ville; the
"Address line 1/2, City, State, ZIP/Postcode/PIN" of US, GB and Indian checkout forms), never from
a benchmark's sentences: a field a line, fields on one line split by ";" or "|", labels in bold
("*CEP:*"), a blank field, other fields (name, phone) between the address's. Each PII message
names the values that must be covered; the clean ones are labelled product, order and chat lines
of the same language that must come back unchanged (a product spec "Material: Wood", an order form
with a lone "Città: Milano"). Each text is analysed in its language with its country's region.

Tune only: the rule was written while reading this file's misses, so its figure shows that the
forms are caught, not how well unseen text is.
"""

from __future__ import annotations

from bench import forms_tune

Case = tuple[str, tuple[str, ...]]

PII: dict[str, tuple[Case, ...]] = {
    "pt": (
        (
            "Logradouro: Rua Tabatinguera\nNúmero: 45\nComplemento: apto 12\nBairro: Centro\n"
            "CEP: 01310-100\nCidade: São Paulo",
            ("Rua Tabatinguera", "45", "apto 12", "Centro", "01310-100", "São Paulo"),
        ),
        ("Rua: Antônio Prado\nNº: 120", ("Antônio Prado", "120")),
        (
            "segue meu endereço\nEndereço: Rua das Acácias\nNúmero: 88\nBairro: Jardim América\n"
            "Cidade: Goiânia\nEstado: GO",
            ("Rua das Acácias", "88", "Jardim América", "Goiânia", "GO"),
        ),
        ("*CEP:* 30140071\n*Rua:* Espírito Santo\n*Número:* 1020", ("30140071", "Espírito Santo", "1020")),
        (
            "Nome: Carla Menezes\nRua: Coronel Lisboa, 77\nBairro: Vila Mariana\nTelefone: 11 98888-1234",
            ("Coronel Lisboa, 77", "Vila Mariana"),
        ),
        (
            "Rua: Cândido Reis; Nº: 9; Código postal: 4050-151; Localidade: Porto",
            ("Cândido Reis", "9", "4050-151", "Porto"),
        ),
        ("bairro: boa vista\nrua: são joão\nnumero: 300", ("boa vista", "são joão", "300")),
    ),
    "it": (
        ("Via: Roma\nCivico: 12\nCAP: 20121\nCittà: Milano", ("Roma", "12", "20121", "Milano")),
        (
            "Indirizzo: Via dei Mille\nN. civico: 4\nCAP: 80121\nCittà: Napoli\nProvincia: NA",
            ("Via dei Mille", "4", "80121", "Napoli", "NA"),
        ),
        ("Nome: Marco Bellandi | Indirizzo: Corso Lodi | Civico: 20 | CAP: 20135", ("Corso Lodi", "20", "20135")),
        ("Via: Garibaldi\nNumero civico: 7/B\nInterno: 3\nComune: Bergamo", ("Garibaldi", "7/B", "3", "Bergamo")),
        ("indirizzo: piazza cavour\ncap: 00193\ncittà: roma", ("piazza cavour", "00193", "roma")),
    ),
    "es": (
        ("Calle: Mayor\nNúmero: 5\nPiso: 2º B\nCP: 28013", ("Mayor", "5", "2º B", "28013")),
        (
            "Dirección: Avenida de la Constitución\nNúmero: 18\nCódigo postal: 41001\n"
            "Ciudad: Sevilla\nProvincia: Sevilla",
            ("Avenida de la Constitución", "18", "41001", "Sevilla"),
        ),
        ("Calle: Arenal; Número: 3; Localidad: Madrid", ("Arenal", "3", "Madrid")),
        (
            "Nombre: Lucía Ferrer\nDirección: Carrer de Provença\nNº: 250\nCP: 08008\nPoblación: Barcelona",
            ("Carrer de Provença", "250", "08008", "Barcelona"),
        ),
        ("calle: san vicente\nnumero: 41\npuerta: 6", ("san vicente", "41", "6")),
    ),
    "de": (
        ("Straße: Hauptstraße\nHausnummer: 5\nPLZ: 10115\nOrt: Berlin", ("Hauptstraße", "5", "10115", "Berlin")),
        ("Anschrift: Lindenweg\nHausnr.: 17a\nPLZ: 80331\nStadt: München", ("Lindenweg", "17a", "80331", "München")),
        ("Name: Jonas Weber | Straße: Am Markt | Nr.: 3 | PLZ: 50667 | Ort: Köln", ("Am Markt", "3", "50667", "Köln")),
        ("Strasse: Bahnhofstrasse\nHausnummer: 12\nPLZ: 8001\nOrt: Zürich", ("Bahnhofstrasse", "12", "8001", "Zürich")),
        ("straße: gartenweg\nhausnummer: 9\nort: kassel", ("gartenweg", "9", "kassel")),
    ),
    "fr": (
        ("Adresse : 12 rue des Lilas\nCode postal : 75011\nVille : Paris", ("12 rue des Lilas", "75011", "Paris")),
        ("Rue : Victor Hugo\nNuméro : 8\nCode postal : 69002\nVille : Lyon", ("Victor Hugo", "8", "69002", "Lyon")),
        (
            "Adresse : 3 allée des Tilleuls\nComplément d'adresse : Bâtiment B\nCP : 33000\nVille : Bordeaux",
            ("3 allée des Tilleuls", "Bâtiment B", "33000", "Bordeaux"),
        ),
        ("Nom : Léa Morel ; Adresse : 5 impasse du Moulin ; Ville : Nantes", ("5 impasse du Moulin", "Nantes")),
        (
            "adresse : 40 avenue jean jaurès\ncode postal : 13001\nville : marseille",
            ("40 avenue jean jaurès", "13001", "marseille"),
        ),
    ),
    "en": (
        (
            "Address line 1: 42 Maple Avenue\nAddress line 2: Apt 3B\nCity: Springfield\nState: IL\nZIP: 62704",
            ("42 Maple Avenue", "Apt 3B", "Springfield", "IL", "62704"),
        ),
        (
            "Street: Oakfield Road; House no: 14; Town: Reading; Postcode: RG1 2AB",
            ("Oakfield Road", "14", "Reading", "RG1 2AB"),
        ),
        (
            "Address line 1: Flat 7, Rosebery Court\nTown/City: Leeds\nPostcode: LS6 3QE",
            ("Flat 7, Rosebery Court", "Leeds", "LS6 3QE"),
        ),
        (
            "House No: 221\nStreet: MG Road\nLandmark: near City Mall\nCity: Bengaluru\nPIN code: 560001",
            ("221", "MG Road", "near City Mall", "Bengaluru", "560001"),
        ),
        (
            "Name: Sam Porter\nStreet address: 9 Birch Lane\nCity: Portland\nZip/Postal code: 97201",
            ("9 Birch Lane", "Portland", "97201"),
        ),
        ("street: elm grove\nhouse number: 31\ncity: york", ("elm grove", "31", "york")),
        ("Postcode/ZIP: 10001 | City: New York | Street: Bleecker", ("10001", "New York", "Bleecker")),
    ),
}

CLEAN: dict[str, tuple[str, ...]] = {
    "pt": (
        "Material: Algodão\nCor: Azul\nTamanho: M",
        "Cidade: São Paulo\nQuantidade: 2\nTamanho: G",
        "Número do pedido: 48213\nStatus: enviado",
        "Modelo: Rua 2\nCor: preto",
        "Obs: entregar depois das 18h\nPagamento: Pix",
    ),
    "it": (
        "Città: Milano",
        "Materiale: Legno\nColore: Rovere\nNumero: 3",
        "Città: Milano\nTaglia: M\nQuantità: 2",
        "Ordine: 2024-00123\nStato: spedito\nCorriere: BRT",
        "Via: WhatsApp\nOrario: 9-18",
    ),
    "es": (
        "Material: Madera\nColor: Roble\nMedidas: 120x80",
        "Pedido: 48213\nNúmero: 2\nTalla: M",
        "Ciudad: Madrid\nTalla: 42",
        "Estado: enviado\nTransportista: Seur",
    ),
    "de": (
        "Material: Holz\nFarbe: Eiche\nMaße: 120x80",
        "Bestellnummer: 48213\nStatus: versandt",
        "Ort: Berlin\nGröße: M",
        "Nummer: 3\nFarbe: rot\nGröße: 42",
    ),
    "fr": (
        "Matière : Bois\nCouleur : Chêne",
        "Ville : Paris\nTaille : M\nQuantité : 2",
        "Numéro de commande : 48213\nStatut : expédiée",
        "Couleur : noir ; Taille : 40 ; Quantité : 1",
    ),
    "en": (
        "Material: Wood\nColour: Oak",
        "Order number: 48213\nStatus: shipped\nCarrier: UPS",
        "City: London\nSize: M\nQty: 2",
        "Number: 3\nColour: red\nSize: 10",
        "Model: Street 2\nColour: black",
        "State: new\nCondition: boxed",
    ),
}  # fmt: skip


def main() -> None:
    from bench.corpus import REGION

    for language, pii in PII.items():
        forms_tune.main(
            f"Labelled address forms ({language})", pii, CLEAN[language], language=language, regions=[REGION[language]]
        )


if __name__ == "__main__":
    main()
