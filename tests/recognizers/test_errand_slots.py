"""Names in the slots of a shop's errands, Spanish and Portuguese (`recognizers.name_slots`): whom the
writer collects for, whose account a transfer comes from, who won a raffle, whose name goes on a
shirt, the driver a complaint names; an initial before a surname that is also a word, and a first name
that is also a stop word before a listed surname, in such a slot. Controls hold a time, a bank, a
country, a logo, a number, a club or a size in the same places. The sentences are written here."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # collecting on someone's behalf
        ("es", "Recojo yo por Segundo Tello, está trabajando", ["Segundo Tello"]),
        ("es", "paso a recoger por Anselmo Urquiaga, tengo el ticket", ["Anselmo Urquiaga"]),
        ("pt", "Vou levantar pelo Miroslau Tkatchuk, ele está a trabalhar", ["Miroslau Tkatchuk"]),
        ("pt", "retiro pela Jurema Potiguara, ela não pode vir", ["Jurema Potiguara"]),
        # whose account a transfer comes from
        ("es", "La transferencia viene de Itziar Goikoetxea, es la cuenta de mi mujer", ["Itziar Goikoetxea"]),
        ("pt", "A transferência vem de Kerexu Baniwa, é a conta do meu marido", ["Kerexu Baniwa"]),
        ("pt", "o pix vem da conta do Ubiratã Xavante, tá?", ["Ubiratã Xavante"]),
        # a raffle's or a draw's winner, with an initial before a surname that is also a word
        ("es", "El ganador de la rifa es B. Contreras, ¿le mandáis la cesta?", ["B. Contreras"]),
        ("es", "La ganadora del sorteo es Nieves Arrabal, pasa el lunes", ["Nieves Arrabal"]),
        ("pt", "Quem ganhou a rifa foi E. Schneider, mandam o cabaz?", ["E. Schneider"]),
        ("pt", "quem ganhou o sorteio foi t. terena, mandam o cabaz?", ["t. terena"]),
        # the name printed on a shirt, with both surnames and particles
        (
            "es",
            "¿Podéis estampar Marta Esteban de la Fuente en la espalda de la camiseta?",
            ["Marta Esteban de la Fuente"],
        ),
        ("es", "¿Podéis estampar Yorman Briceño Colmenares en la espalda?", ["Yorman Briceño Colmenares"]),
        ("pt", "Dá pra estampar Jacira Tabajara nas costas da camisa?", ["Jacira Tabajara"]),
        # the driver a complaint names
        ("es", "Queja del conductor P. Font, dejó la nevera fuera bajo la lluvia", ["P. Font"]),
        ("pt", "reclamação do motorista e. varela, deixou a geladeira lá fora", ["e. varela"]),
        ("pt", "reclamação do motorista v. dos santos, deixou a geladeira lá fora", ["v. dos santos"]),
        # the sales assistant a receipt names
        ("es", "En el ticket pone dependiente J. Vallejo, me cobró dos veces", ["J. Vallejo"]),
        ("es", "en el ticket pone cajera m. rosales, me cobró dos veces", ["m. rosales"]),
        ("pt", "No talão diz vendedor A. Sá, cobrou-me duas vezes", ["A. Sá"]),
        ("pt", "na nota diz atendente r. rosa, cobrou duas vezes", ["r. rosa"]),
        # "M." before a surname is an initial there, and still Monsieur in French
        ("es", "recoge M. Font, con dni", ["M. Font"]),
        ("fr", "retiré par : M. Kerjean, pièce vérifiée", ["Kerjean"]),
    ],
)
def test_names_in_errand_slots(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "recojo yo por la mañana, antes de las 10"),
        ("es", "Recojo yo por Segundo Piso, gracias"),
        ("es", "¿Podéis estampar el logo en la espalda de la camiseta?"),
        ("es", "¿Podéis estampar FELIZ CUMPLEAÑOS en la camiseta?"),
        ("es", "La transferencia viene de Santander, mañana llega"),
        ("es", "La transferencia viene de Alemania, por eso tarda"),
        ("es", "Queja del conductor, dejó la nevera fuera"),
        ("es", "Queja del conductor, talla L. Gracias"),
        ("es", "El ganador del sorteo es el número 45"),
        ("pt", "Vou levantar pela manhã, antes das 10"),
        ("pt", "Vou buscar pelo CPF, é mais fácil"),
        ("pt", "O pix vem do Nubank, é a minha conta"),
        ("pt", "A transferência vem de Portugal, demora um pouco"),
        ("pt", "Dá pra estampar Flamengo nas costas da camisa?"),
        ("pt", "Quem ganhou o sorteio foi o número 12"),
        ("pt", "Vou retirar pela Loja Centro, tá?"),
        ("es", "El ganador de la rifa es A. Gracias por participar"),
        ("es", "El vendedor Mercado Libre no contesta, pedido 1234"),
        ("es", "el cajero BBVA no me da billetes, ayer"),
        ("pt", "O vendedor Mercado Livre não responde, pedido 1234"),
        ("pt", "atendente virtual, não resolve"),
    ],
)
def test_times_banks_places_and_things_in_the_same_slots(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == []
