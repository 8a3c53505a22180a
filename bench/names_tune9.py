"""`python -m bench.names_tune9`: a seventh tuning set of the name rules, Spanish chat forms.

Written for the ninth round of the name rules, before any of it, without reading the held-out name
sets (`bench/names_heldout*.py`, `bench/data/names_heldout*.jsonl`) or their misses. The shapes are
those the earlier tune sets lack in Spanish: a name after "con", "para", "a nombre de", "de parte
de", "le dije a", "habla con", "soy la de", "pregunta por"; compound surnames joined by "y", "de",
"del", "de la" or a hyphen ("José Luis de la Fuente y Ortega", "María del Pilar Sánchez-Vicario");
diminutives people sign with ("Pepe", "Nacho", "Lupita", "Chema"); Spain and Latin America
(Mexico, Colombia, Argentina, Peru, Venezuela) in their own chat words ("che", "porfa", "parce",
"pana", "vale", "wey"); names in lower case and in capitals.

Every name is hand-written for this set from general knowledge (about 200 given names, surnames and
diminutives of Spain and Latin America); no name comes from a library. A template that starts with
`~` is typed all in lower case. The no-PII messages share the shapes with no one in them (companies,
services, products and roles after the same cue words; no place, which Veil protects).

It prints names protected and no-PII messages unchanged with the rules only (a blank es pipeline),
and with `--show N` up to N misses and false positives.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from bench import chat_tune
from bench.chat_tune import Example, fill

LANGS = ("es",)
SEED = 20261209
REPEATS = 3  # each template filled with this many names

FIRST = (
    "Alejandro", "Álvaro", "Andrés", "Ángel", "Antonio", "Arturo", "Benjamín", "Bernardo", "Camilo",
    "Carlos", "César", "Cristian", "Daniel", "Diego", "Eduardo", "Emilio", "Enrique", "Esteban",
    "Federico", "Felipe", "Fernando", "Gabriel", "Gonzalo", "Guillermo", "Gustavo", "Héctor", "Hugo",
    "Ignacio", "Iker", "Jaime", "Javier", "Jesús", "Joaquín", "Jorge", "Julián", "Leonardo", "Lucas",
    "Manuel", "Marcos", "Mateo", "Mauricio", "Nicolás", "Óscar", "Pablo", "Rafael", "Ramiro", "Raúl",
    "Ricardo", "Rodrigo", "Rubén", "Santiago", "Sebastián", "Sergio", "Tomás", "Vicente", "Xavier",
    "Adriana", "Alejandra", "Alicia", "Amparo", "Ana", "Beatriz", "Camila", "Carmen", "Catalina",
    "Claudia", "Consuelo", "Daniela", "Elena", "Esperanza", "Estefanía", "Florencia", "Gabriela",
    "Guadalupe", "Inés", "Isabel", "Jimena", "Josefina", "Juliana", "Laura", "Lorena", "Lucía",
    "Luciana", "Luz", "Macarena", "Marisol", "Marta", "Mercedes", "Milagros", "Montserrat", "Natalia",
    "Nerea", "Paola", "Paula", "Pilar", "Rocío", "Rosario", "Soledad", "Valentina", "Valeria",
    "Verónica", "Ximena", "Yolanda",
)  # fmt: skip
SURNAMES = (
    "Aguilar", "Alonso", "Arias", "Barrios", "Benítez", "Bustamante", "Cabrera", "Calderón", "Campos",
    "Cárdenas", "Carrasco", "Castillo", "Castro", "Chávez", "Cortés", "Delgado", "Domínguez",
    "Escobar", "Espinoza", "Figueroa", "Flores", "Fuentes", "Gallardo", "Garrido", "Guerrero",
    "Herrera", "Ibáñez", "Iglesias", "Lozano", "Maldonado", "Marín", "Medina", "Mendoza", "Molina",
    "Montoya", "Morales", "Navarro", "Ochoa", "Ortega", "Pacheco", "Paredes", "Peña", "Quintero",
    "Quispe", "Ramos", "Reyes", "Ríos", "Rojas", "Romero", "Rubio", "Salazar", "Sandoval", "Santana",
    "Serrano", "Soto", "Suárez", "Tapia", "Toledo", "Urrutia", "Valencia", "Vargas", "Vega",
    "Villanueva", "Zambrano", "Zapata", "Echeverría", "Goikoetxea", "Mamani", "Huamán", "Ccori",
)  # fmt: skip
# Whole compound names: particles, "y" and hyphens between surnames
COMPOUND = (
    "José Luis de la Fuente y Ortega", "María del Pilar Sánchez-Vicario", "Juan de Dios Pérez del Río",
    "Ana María de los Ríos", "Fernando de la Torre Ugarte", "Luis Alberto del Valle", "Carmen de la Vega",
    "Francisco Ruiz de Alarcón", "Beatriz Fernández de Córdoba", "Ignacio Ortiz de Zárate",
    "Lucía Martínez de la Rosa", "Diego López de Haro", "Rosa María García y García",
    "Pedro Sáenz de Santamaría", "María de las Mercedes Gil", "Jorge Pérez-Reverte",
    "Inés de la Cruz Mendoza", "Miguel Ángel del Pozo y Roldán", "Sofía Gómez-Acebo",
    "Manuel Díaz de Mera", "Teresa del Olmo", "Álvaro de Luna Herrera",
)  # fmt: skip
DIMINUTIVES = (
    "Pepe", "Nacho", "Lupita", "Chema", "Paco", "Pili", "Charo", "Concha", "Lola", "Manolo", "Quique",
    "Rafa", "Javi", "Dani", "Santi", "Nando", "Memo", "Lalo", "Chuy", "Pancho", "Toño", "Beto",
    "Fito", "Maite", "Mayte", "Marisa", "Maripaz", "Chelo", "Nati", "Cuca", "Tere", "Vero", "Pato",
    "Coco", "Juancho", "Chabela", "Cata", "Flor", "Caro", "Gabo",
)  # fmt: skip

# {n} first + surname, {f} first, {s} surname, {w} first + two surnames, {c} compound name,
# {k} diminutive, {u} first + surname in capitals
TEMPLATES = (
    "Hablé ayer con {n} y me dijo que ya salió",
    "Ya hablé con {f} por teléfono",
    "~ya hablé con {f} y nada",
    "Es un regalo para {f}, ¿lo podéis envolver?",
    "El paquete es para {n}, segundo piso",
    "~es para {n} porfa",
    "La factura a nombre de {c}, por favor",
    "El pedido está a nombre de {c}",
    "~está a nombre de {n}",
    "A NOMBRE DE {u}",
    "Les escribo de parte de {c}",
    "~de parte de {f}, que no puede escribir",
    "Le dije a {f} que lo recogiera ella",
    "Ya le dije a {n} que pasara por la tienda",
    "~le dije a {f} que viniera hoy",
    "Habla con {f}, ella sabe del pedido",
    "Si no estoy, habla con {n} del 3ºB",
    "Hola, soy la de {f}, la del pedido de ayer",
    "Soy la mujer de {n}",
    "~soy la de la devolución, {f} {s}",
    "Cuando llegue el repartidor que pregunte por {f}",
    "Pregunta por {n} en recepción",
    "~pregunta por {f} en la puerta",
    "Gracias, {k}",
    "Un abrazo,\n{k}",
    "Soy {k}, el del pedido de las zapatillas",
    "~soy {k} otra vez jaja",
    "Besos, {k} 😘",
    "Hola, qué tal, soy {c} y no me llegó nada",
    "Me llamo {c}",
    "Mi nombre es {w}",
    "Att.: {w}",
    "Saludos,\n{c}",
    "Cordialmente,\n{w}\nGerente de compras",
    "Che, soy {f}, ¿qué onda con mi pedido?",
    "~che soy {f} y no me llegó nada",
    "Qué más parce, habla {f}, ¿ya despacharon?",
    "Buenas, le escribe {w} desde Bogotá",
    "Hola pana, soy {f}, ¿cuándo llega?",
    "Quiubo wey, soy {k}",
    "Vale, se lo doy a {f} mañana",
    "Lo recoge mi prima {n}",
    "Lo va a recoger la señora {s}",
    "El Sr. {s} pasará a las 5",
    "Dña. {f} {s} no estaba en casa",
    "Está con {f}, mi vecina del 2º",
    "Déjalo con {n}, el portero",
    "~déjaselo a {f} la vecina",
    "Envíalo a {n}, C/ Mayor",
    "HOLA SOY {u} Y QUIERO DEVOLVER",
    "NOMBRE: {u}",
    "Destinatario: {c}",
    "~hola soy {w}",
    "Mi esposo {n} hizo la compra",
    "Mi hijo {f} la usa y se rompió",
    "Le paso el teléfono a {f}",
    "Te paso con {k}",
    "Gracias a {f} por la ayuda",
    "De: {n}\nPara: Atención al cliente",
    "Para: {n}",
    "Quedo atento.\n{n}",
    "Un saludo de {n} y {k}",
)

CLEAN = (
    "Hablé ayer con atención al cliente y nada",
    "Ya hablé con el repartidor",
    "~ya hablé con la tienda y nada",
    "Es un regalo para mi madre, ¿lo podéis envolver?",
    "El paquete es para la oficina, segundo piso",
    "~es para mañana porfa",
    "La factura a nombre de la empresa, por favor",
    "El pedido está a nombre de mi empresa",
    "Les escribo de parte de la administración del edificio",
    "Le dije al portero que lo recogiera",
    "Habla con el encargado, él sabe del pedido",
    "Hola, soy la del pedido de ayer",
    "Soy la de la devolución",
    "Pregunta por recepción cuando llegues",
    "Pregunta por el pedido 88123, por favor",
    "Gracias, muy amables",
    "Un abrazo y gracias",
    "Me llamo igual que en la cuenta",
    "Saludos,\nEl equipo de compras",
    "Che, ¿qué onda con mi pedido?",
    "Qué más parce, ¿ya despacharon?",
    "Hola pana, ¿cuándo llega?",
    "Vale, mañana lo recojo",
    "Lo recoge mi prima",
    "Déjalo con el portero",
    "HOLA QUIERO DEVOLVER EL PEDIDO",
    "A NOMBRE DE LA EMPRESA",
    "Mi esposo hizo la compra",
    "Le paso el teléfono a mi marido",
    "Te paso con el encargado",
    "Gracias a todos por la ayuda",
    "Quedo atento.\nUn saludo",
    "Compré con Mercado Pago y no se acreditó",
    "Para cuándo llega?",
    "Vale, perfecto",
    "Lo pagué con PayPal",
    "Hablé con Correos y no saben nada",
    "Es para Navidad",
    "Pregunta por la talla M",
    "De parte de todos, gracias",
)

_SLOT = re.compile(r"\{([nfswcku])\}")


def name_messages(language: str) -> Iterator[tuple[str, tuple[tuple[int, int], ...]]]:
    """Every template filled `REPEATS` times from a seeded draw, with the gold name spans."""
    rng = random.Random(f"{SEED}-{language}")

    def value(kind: str) -> str:
        f, s, s2 = rng.choice(FIRST), rng.choice(SURNAMES), rng.choice(SURNAMES)
        return {
            "n": lambda: f"{f} {s}",
            "f": lambda: f,
            "s": lambda: s,
            "w": lambda: f"{f} {s} {s2}",
            "c": lambda: rng.choice(COMPOUND),
            "k": lambda: rng.choice(DIMINUTIVES),
            "u": lambda: f"{f} {s}".upper(),
        }[kind]()

    yield from fill(TEMPLATES, REPEATS, _SLOT, value)


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(language), CLEAN)


def main() -> None:
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
