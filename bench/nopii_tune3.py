"""`python -m bench.nopii_tune3`: no-PII shop chat in pt, es and it, with name controls.

Written for the round on no-PII messages in Portuguese, Spanish and Italian, from the writer's own
vocabulary, without reading any held-out file or its misses. The shapes are the ones
`bench.nopii_tune` lacks, one kind each:

- `market`: marketplace and shop chat ("Comprei no Mercado Livre", "Fala com a Magalu", "El Corte
  Inglés", "Paris" and "Liverpool" as Chilean and Mexican stores, "Subito", "Coin");
- `product`: product lines named like people or places, perfumes, car models, telenovela goods
  ("o sofá Veneza", "el SEAT León", "la lampada Atollo", "a caneca Avenida Brasil");
- `pay`: "Pix", "boleto", "MB Way", "Bizum", "OXXO", "Satispay", "contrassegno";
- `football`: club shirts ("a camisa do Flamengo", "la camiseta del Betis", "la maglia della Roma");
- `shop`: shops named after saints and towns ("Farmácia São João", "Panadería La Asunción", "Bar
  Sport Roma");
- `calendar`: weekdays, months and feasts written with a capital ("na Sexta", "el Lunes");
- `greeting`: greetings and sign-offs with a capital ("Opa Beleza", "Buenas, Qué tal", "Ciao
  Ragazzi");
- `shout`: messages in capitals or in Title Case;
- `origin`: foods and drinks named by where they come from ("o queijo do Serro", "el jamón de
  Teruel", "l'aceto di Modena");
- `family`: relatives doing things ("minha mãe sai cedo", "mi hermano lo recoge"), and for Italian
  "Italia" after "dall'", "in".

Portuguese mixes Brazil and Portugal, Spanish mixes Spain and Latin America.

Name-bearing controls use the same vocabulary beside real names, first names after a cue ("Fala
com a {f}"), and the customer's own town in an address or after "moro em" ({t}), so that a rule's
cost shows. It prints, per language and kind, no-PII messages left unchanged and names protected
(every character of a gold span inside some span) with the whole default analyzer (Veil's own
it/es/pt pipelines on). `--show N` prints up to N changed messages and misses with the recognizer
of each span; `--dump FILE` writes every span per message, `--against FILE` prints the messages
whose spans differ from such a dump.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path

Example = tuple[str, str, str, tuple[tuple[int, int], ...]]  # language, kind, text, gold name spans

NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "pt": {
        "market": (
            "Comprei no Mercado Livre e veio com defeito, como faço a devolução?",
            "Fala com a Magalu que o pedido não chegou",
            "Vi esse mesmo produto na Shopee mais barato",
            "O vendedor do Mercado Livre não responde",
            "A Americanas cancelou meu pedido sem avisar",
            "Pedido feito pela Amazon, entrega pela Loggi",
            "Chegou pelos Correios ou pela Jadlog?",
            "Na Magazine Luiza aparece como esgotado",
            "Comprei na Worten, a garantia é convosco?",
            "A Fnac do Colombo tem em stock?",
            "Encomendei pela Casas Bahia e veio errado",
            "O anúncio na OLX diz novo mas veio usado",
            "A loja oficial da Samsung no Mercado Livre emite nota fiscal?",
            "A Shein demora, a Shopee entrega mais rápido",
            "O frete da Magalu para o Nordeste está caro",
            "Vendido e entregue pela Amazon, certo?",
            "A Kabum mandou o cabo errado",
            "O reembolso do Mercado Pago caiu hoje",
            "No Continente e no Pingo Doce está mais barato",
            "A encomenda dos CTT está parada no centro de Lisboa",
            "Pergunta pra Magalu se tem outra cor",
            "Liga pra Americanas e cancela",
            "Manda mensagem pro vendedor da Shopee",
            "A Renner tem esse casaco no tamanho P?",
            "A Leroy Merlin entrega no mesmo dia?",
        ),
        "product": (
            "O perfume Malbec do Boticário está em promoção?",
            "Tem o Egeo Dolce em 90 ml?",
            "Quero o perfume Lily, o frasco de 75 ml",
            "A Maria Filó tem esse vestido no tamanho P?",
            "O sofá Veneza vem em cinza?",
            "A cama Florença ainda tem em estoque?",
            "O Chevrolet Onix 2022 tem sensor de ré?",
            "Preciso da lanterna traseira do Fiat Argo",
            "Tapete para o Renault Sandero Stepway",
            "Capa de banco para o Gol e para o Polo",
            "A caneca Avenida Brasil voltou?",
            "A camiseta da novela Pantanal tem tamanho G?",
            "O kit Terra e Paixão ainda está à venda?",
            "Quero o jogo de panelas Tramontina Paris",
            "O jogo de cama Santista Lisboa é de algodão?",
            "A cafeteira Oster Roma vem com jarra?",
            "O relógio Orient Veneza é à prova de água?",
            "Tem a Havaianas Slim Brasil no 37?",
            "O vinho Periquita é do Alentejo?",
            "O queijo da Serra da Estrela chega bem embalado?",
            "O Kaiak Aventura é masculino?",
            "O Hyundai Creta usa essa palheta?",
            "O Toyota Corolla Cross tem engate?",
            "O colchão Castor Gold Star é firme?",
            "A poltrona Milano é de couro?",
        ),
        "pay": (
            "Paguei no Pix agora, já caiu?",
            "Posso pagar com boleto ou só Pix?",
            "O boleto vence na Sexta, dá para prorrogar?",
            "Mandei o comprovante do Pix pelo WhatsApp",
            "Paguei por MB Way, confirmam?",
            "Dá para parcelar em 10x no cartão?",
            "O Pix deu erro no Nubank",
            "A referência Multibanco expirou, podem enviar outra?",
            "Paguei com PicPay e aparece pendente",
            "O boleto ainda não compensou, já são três dias úteis",
            "Chave Pix é o CNPJ da loja?",
            "Fiz o Pix Parcelado, tudo certo?",
            "Aceitam Mercado Pago ou só cartão?",
            "Paguei à cobrança, quando chega a fatura?",
            "O Pix caiu duas vezes, podem estornar um?",
        ),
        "football": (
            "Tem a camisa do Flamengo 2024 tamanho M?",
            "A camisola do Benfica é a oficial da Adidas?",
            "Camisa do Corinthians personalizada, quanto fica?",
            "A camisola do Sporting esgotou?",
            "Quero a do Palmeiras e a do São Paulo, tamanho G",
            "Tem a camisa do Grêmio azul?",
            "A camisola alternativa do Porto chega antes do jogo?",
            "Camisa do Vasco retrô com o patrocínio antigo",
            "O cachecol do Braga é de lã?",
            "Camisa do Santos com o número 10",
            "A camisa do Atlético Mineiro veio com a costura torta",
            "Tem a camisa do Fluminense e a do Botafogo?",
            "Boné do Internacional para criança",
            "A camisa do Cruzeiro veio sem o escudo",
            "A camisola do Vitória de Guimarães tem tamanho XL?",
        ),
        "shop": (
            "A Farmácia São João tem esse remédio?",
            "Retirei na Drogaria São Paulo da avenida",
            "A Padaria Santa Luzia faz encomenda para festa?",
            "Posso trocar na loja Santo Antônio do centro?",
            "A Pastelaria Santa Clara abre ao domingo?",
            "O Mercadinho São Jorge aceita Pix?",
            "A Ótica Santa Rita fez os meus óculos",
            "Comprei na Papelaria Nossa Senhora de Fátima",
            "A loja do Chiado tem o tamanho 38?",
            "Levantei na loja do NorteShopping",
            "A Confeitaria Colombo aceita reserva?",
            "Retirada na unidade Barra da Tijuca ou Copacabana?",
            "O Açougue Bom Jesus tem picanha?",
            "A Farmácia Santa Marta entrega ao domicílio?",
            "A Drogaria Pacheco tem genérico?",
            "A Padaria Nova Esperança abre cedo?",
            "A Loja São Bento fecha para almoço?",
            "Comprei no Empório Santa Maria",
            "A Ferragem São Cristóvão tem esse parafuso?",
            "O Restaurante Vila Madalena aceita VR?",
        ),
        "calendar": (
            "Entrega na Segunda ou na Terça?",
            "A promoção de Novembro vale até Sexta-Feira?",
            "Chega antes do Natal?",
            "Só entregam de Segunda a Sábado?",
            "O pedido de Março ainda não chegou",
            "A Black Friday começa na Quinta?",
            "A loja fecha no Carnaval?",
            "Abrem no feriado de Tiradentes?",
            "Entrega prevista para Quarta, dia 12",
            "Volta ao estoque em Janeiro?",
            "No Domingo de Páscoa abrem?",
            "Chegou na Terça-feira, obrigado",
            "Consigo receber até o Dia das Mães?",
            "A fatura de Dezembro ainda não veio",
            "Abrem no Santo António?",
        ),
        "greeting": (
            "Opa, beleza? Ainda tem esse?",
            "Opa Beleza, tem no azul?",
            "Bom dia! O pedido já saiu?",
            "Boa tarde, Tudo bem? Queria trocar o tamanho",
            "Olá, Boa noite. Chegou partido",
            "E aí, Beleza? Manda o link",
            "Salve, ainda tem o tênis 42?",
            "Oi Oi, alguém aí?",
            "Bom Dia, obrigado pela rapidez",
            "Fala aí, tem frete grátis?",
            "Valeu, Falou!",
            "Obrigadão, Show de bola",
            "Olá Boa Tarde, preciso da fatura",
            "Opa Blz, ainda tá disponível?",
            "Bom dia Pessoal, chegou certinho",
            "Oi Tudo Bom? Qual o prazo?",
            "Tranquilo, Obrigado",
            "Olá Amigo, tem desconto no Pix?",
            "Grato, Abraço",
            "Boa Noite Querida, já paguei",
        ),
        "shout": (
            "PEDIDO NÃO CHEGOU ATÉ AGORA",
            "QUERO MEU DINHEIRO DE VOLTA",
            "VEIO QUEBRADO, QUE VERGONHA",
            "URGENTE: PAGUEI O PIX E NADA",
            "ATENDIMENTO PÉSSIMO, NUNCA MAIS COMPRO NA MAGALU",
            "CADÊ A MINHA ENCOMENDA???",
            "Já Paguei O Boleto E Continua Pendente",
            "Muito Obrigado Pela Atenção",
            "Chegou Tudo Certo, Recomendo A Loja",
            "A ENCOMENDA ESTÁ PARADA NOS CTT HÁ UMA SEMANA",
            "ALGUÉM ME RESPONDE POR FAVOR",
            "Produto Excelente, Entrega Rápida",
        ),
        "family": (
            "Minha mãe sai cedo, podem entregar à tarde?",
            "A minha mãe disse que chegou errado",
            "Meu pai vai buscar na loja",
            "Minha irmã adorou o perfume",
            "O meu filho usa tamanho 10",
            "Minha vó prefere o boleto",
            "Minha mãe sai às sete, deixem na portaria",
            "O meu marido vai levantar a encomenda",
            "Minha esposa pediu o tamanho errado",
            "Meu irmão recebe se eu não estiver",
        ),
        "origin": (
            "O queijo do Serro chega refrigerado?",
            "O vinho do Douro vem em caixa de seis?",
            "O café de Minas é torrado na hora?",
            "A cachaça de Salinas é envelhecida?",
            "O doce de Pelotas vem em lata?",
            "O azeite de Moura é biológico?",
        ),
    },
    "es": {
        "market": (
            "Lo compré en Mercado Libre y llegó roto",
            "En El Corte Inglés lo tienen más barato",
            "¿Se puede devolver en cualquier tienda de El Corte Inglés?",
            "El vendedor de Wallapop no contesta",
            "Lo pedí por AliExpress y tardó dos meses",
            "¿Lo envían por Correos o por SEUR?",
            "En Liverpool aparece agotado",
            "Lo vi en Falabella y en Ripley más barato",
            "Lo compré en Coppel a meses sin intereses",
            "La tienda de MediaMarkt no me lo cambia",
            "¿Lo venden en Carrefour o solo online?",
            "El pedido de Shein llegó sin la chaqueta",
            "¿Lo tenéis en PcComponentes?",
            "Mercado Pago me cobró dos veces",
            "En Paris tienen la misma tele más barata",
            "Estafeta lo dejó en la oficina equivocada",
            "En la Fnac de Callao lo tienen",
            "Lo compré en el Primark de Gran Vía",
            "En Zara Home me dijeron que lo pidiera aquí",
            "Habla con Mercado Libre, ellos lo resuelven",
            "Pregúntale a Amazon por el reembolso",
            "Llama a El Corte Inglés y pide la factura",
            "¿Sodimac tiene este taladro?",
            "Lo vi en Éxito y en Alkosto",
            "En Leroy Merlin lo tienen en blanco",
        ),
        "product": (
            "¿El perfume Good Girl viene en 80 ml?",
            "El SEAT Ibiza tiene el faro roto",
            "Alfombrillas para el SEAT León y el Toledo",
            "¿Tenéis la funda para el Renault Clio?",
            "¿El Nissan Sentra 2019 usa esta batería?",
            "Repuesto para el Chevrolet Aveo",
            "¿La lámpara Sevilla viene con bombilla?",
            "El sofá Valencia en gris, ¿cuánto tarda?",
            "¿El colchón Pikolin Marbella es firme?",
            "¿La taza de Betty la Fea está agotada?",
            "El muñeco del Chavo llegó sin caja",
            "La camiseta de La Casa de Papel en talla M",
            "¿La mochila Totto Santiago tiene garantía?",
            "¿El jamón Joselito llega envasado al vacío?",
            "¿La guitarra Alhambra 3C viene con funda?",
            "¿El perfume Agua de Sevilla es unisex?",
            "La colonia Nenuco para bebé, la grande",
            "Las zapatillas Victoria blancas en el 39",
            "Los cuchillos Arcos Riviera, ¿son de acero?",
            "El reloj Lotus Marbella no tiene pila",
            "¿El Volkswagen Jetta 2018 lleva este filtro?",
            "El Cupra Formentor, ¿tenéis alfombrillas?",
            "¿La cafetera Oster Roma trae jarra?",
            "El vino Ramón Bilbao crianza, ¿cuántas botellas por caja?",
            "La silla Bolonia, ¿se puede montar sola?",
        ),
        "pay": (
            "Te pago por Bizum ahora",
            "¿Aceptáis Bizum o solo tarjeta?",
            "Pagué con Mercado Pago y sigue pendiente",
            "¿Se puede pagar en OXXO?",
            "Te mandé la transferencia por SPEI",
            "¿Hay meses sin intereses con Banamex?",
            "Pagué contra reembolso, ¿me dan factura?",
            "¿Se paga con Yape o con Plin?",
            "El cargo de PayPal salió doble",
            "Nequi no me deja pagar",
            "Ya hice el Bizum, ¿lo veis?",
            "¿Puedo pagar en efectivo en Seven Eleven?",
            "Pagué con Daviplata, ¿les llegó?",
            "La tarjeta Santander me rechaza el pago",
            "¿Aceptan Mercado Pago en cuotas?",
        ),
        "football": (
            "¿Tenéis la camiseta del Betis de esta temporada?",
            "La camiseta del Real Madrid en talla L",
            "¿La del Atlético viene con el parche de la Liga?",
            "Quiero la camiseta de Boca y la de River",
            "La playera del América llegó descosida",
            "¿Hay camiseta del Sevilla para niño?",
            "La camiseta del Valencia retro",
            "La del Barça con el 10 en la espalda",
            "La camiseta de la Selección Argentina con tres estrellas",
            "Bufanda del Athletic para regalo",
            "La playera de Chivas en talla M",
            "¿La camiseta de Colo-Colo está agotada?",
            "La del Villarreal amarilla, ¿queda?",
            "La de Peñarol llegó con otro número",
            "La camiseta de Independiente roja",
        ),
        "shop": (
            "Panadería La Asunción, ¿abre los domingos?",
            "Lo compré en la Farmacia San Antonio",
            "¿La Ferretería San José tiene tornillos de este tipo?",
            "Lo recogí en la Librería Santa Teresa",
            "¿La tienda de Triana tiene mi talla?",
            "¿Puedo recoger en la tienda de Salamanca?",
            "¿En Abarrotes La Guadalupana aceptan tarjeta?",
            "La Tortillería San Juan hace pedidos",
            "La Droguería Santa Cruz lo tiene",
            "¿Recojo en la sucursal Polanco o en Coyoacán?",
            "La Óptica San Gabriel me hizo las gafas",
            "La Mercería La Milagrosa tiene botones así",
            "La Frutería Santa Ana cierra a las dos",
            "¿La Farmacia del Carmen abre en agosto?",
            "Lo dejé en la Papelería San Miguel",
            "La Carnicería Santa Rosa tiene cordero",
            "Pastelería La Esperanza, ¿hacen tartas por encargo?",
            "El Bar Los Ángeles tiene terraza?",
            "¿La Zapatería Santa Lucía arregla tacones?",
            "La Pollería San Isidro reparte a domicilio",
        ),
        "calendar": (
            "¿Llega el Lunes o el Martes?",
            "¿La oferta de Noviembre acaba el Viernes?",
            "¿Abren en Semana Santa?",
            "El pedido de Marzo sigue sin llegar",
            "¿Solo reparten de Lunes a Sábado?",
            "¿Llega antes de Reyes?",
            "El Miércoles estoy fuera, mejor el Jueves",
            "¿Vuelve a estar disponible en Enero?",
            "¿El Buen Fin empieza el Viernes?",
            "¿Abren el Día de Muertos?",
            "Lo recibí el Domingo, gracias",
            "¿Llega para el Día de la Madre?",
            "La factura de Diciembre no me llegó",
            "¿Cierran por San Fermín?",
            "¿Hay rebajas en Julio?",
        ),
        "greeting": (
            "Hola, Buenas! ¿Sigue disponible?",
            "Buenas tardes, Qué tal? Quería cambiar la talla",
            "Qué onda, ¿tienen en negro?",
            "Buenos Días, el paquete no llegó",
            "Hola Hola, ¿alguien?",
            "Vale Genial, lo pido ya",
            "Quiubo, ¿me lo aparta?",
            "Muchas Gracias, Un saludo",
            "Saludos Cordiales",
            "Che, ¿tienen envío a domicilio?",
            "Órale, gracias",
            "Buenas Noches, ya pagué",
            "Hola Amigo, ¿hay descuento?",
            "Gracias Crack, llegó perfecto",
            "Buen Día, ¿hacen factura?",
            "Hola Chicos, ¿novedades del pedido?",
            "Mil Gracias, Saludos",
            "Oye Tío, que no me llega",
            "Hola Señora, ¿tiene cambio?",
            "Listo, Gracias Joven",
        ),
        "shout": (
            "EL PEDIDO NO HA LLEGADO",
            "QUIERO MI DINERO YA",
            "LLEGÓ ROTO, QUÉ VERGÜENZA",
            "URGENTE: PAGUÉ POR BIZUM Y NADA",
            "NUNCA MÁS COMPRO EN MERCADO LIBRE",
            "¿¿DÓNDE ESTÁ MI PAQUETE??",
            "Ya Pagué Y Sigue Pendiente",
            "Muchas Gracias Por La Atención",
            "Todo Perfecto, Recomiendo La Tienda",
            "LLEVO UNA SEMANA ESPERANDO A CORREOS",
            "ALGUIEN QUE ME CONTESTE POR FAVOR",
            "Excelente Producto, Envío Rápido",
        ),
        "family": (
            "Mi madre sale temprano, ¿pueden entregar por la tarde?",
            "Mi mamá dice que llegó mal",
            "Mi hermano lo recoge en la tienda",
            "Mi abuela prefiere pagar en efectivo",
            "Mi hijo usa la talla 10",
            "Mi marido pasa a recogerlo el sábado",
            "Mi esposa pidió la talla equivocada",
            "Mi papá sale a las siete, déjenlo en portería",
            "Mi hermana quiere el mismo perfume",
            "Mi suegra lo recibe si no estoy",
        ),
        "origin": (
            "¿El jamón de Teruel llega envasado?",
            "¿El aceite de Jaén es virgen extra?",
            "¿El café de Colombia es de tueste natural?",
            "¿El mezcal de Oaxaca es artesanal?",
            "¿El turrón de Jijona es blando?",
            "¿El queso de Cabrales huele mucho?",
        ),
    },
    "it": {
        "market": (
            "L'ho comprato su Amazon e il venditore non risponde",
            "Su Subito c'era lo stesso a meno",
            "Ordinato su Zalando, il reso va con BRT?",
            "Lo spedite con Poste o con GLS?",
            "Su eBay lo vendono usato",
            "L'ho visto da MediaWorld e da Unieuro",
            "Esselunga consegna anche la domenica?",
            "Il ritiro da Leroy Merlin è gratis?",
            "Coin ce l'ha in vetrina",
            "Ho preso il divano da Poltronesofà",
            "Il pacco è fermo al centro SDA di Bologna",
            "Chiedi ad Amazon il rimborso",
            "Parla con Zalando, loro risolvono",
            "Ho ordinato su Vinted, il venditore è sparito",
            "Il corriere Bartolini ha lasciato l'avviso",
            "Su Temu costa la metà",
        ),
        "product": (
            "La lampada Atollo è ancora disponibile?",
            "Il profumo Acqua di Parma Colonia da 100 ml?",
            "La Fiat Panda del 2015 monta questo filtro?",
            "Tappetini per Lancia Ypsilon e Alfa Romeo Giulia",
            "La moka Bialetti Venus in acciaio",
            "Il divano Firenze in velluto blu",
            "Il materasso Venezia è sfoderabile?",
            "La borsa Furla Metropolis in rosso",
            "La Vespa Primavera ha il bauletto?",
            "Il pandoro Bauli arriva integro?",
            "La poltrona Margherita è per esterni?",
            "La tazza del Commissario Montalbano è finita?",
            "La Fiat Tipo usa queste spazzole?",
            "La Giulietta del 2016 monta queste pastiglie?",
            "Il profumo Bulgari Omnia da 65 ml?",
            "Il divano Chester in pelle marrone",
            "La lampada Tolomeo da tavolo è in offerta?",
            "Il Cornetto Algida al pistacchio è finito",
        ),
        "pay": (
            "Pago con Satispay o PayPal?",
            "Posso pagare in contrassegno?",
            "Il bonifico parte Lunedì",
            "Ho pagato con la PostePay, arriva la ricevuta?",
            "Accettate Scalapay in tre rate?",
            "Ho fatto il bonifico istantaneo, vi risulta?",
            "Pagamento alla consegna con il POS?",
        ),
        "football": (
            "La maglia della Juventus in taglia M",
            "Avete la maglia dell'Inter con il numero 10?",
            "La maglia del Milan retrò",
            "La sciarpa della Roma per un regalo",
            "La maglia del Napoli azzurra è esaurita?",
            "La maglia della Lazio da bambino",
            "La maglia della Fiorentina viola",
            "Le maglie dell'Atalanta e del Torino",
            "La maglia del Bologna rossoblù",
            "La maglia del Genoa da trasferta",
            "Il cappellino della Juve per bambino",
        ),
        "shop": (
            "Bar Sport Roma è aperto la domenica?",
            "La Farmacia San Marco ha il prodotto?",
            "La Panetteria Santa Lucia fa le consegne?",
            "Ritiro alla Ferramenta San Giorgio",
            "La Tabaccheria San Francesco vende le ricariche",
            "Il Caffè Firenze in piazza è chiuso",
            "La Pasticceria Sant'Ambrogio fa le torte",
            "Il negozio di Trastevere ha la mia taglia?",
            "Ritiro al punto vendita di Porta Nuova",
            "La Macelleria San Rocco consegna a domicilio?",
        ),
        "calendar": (
            "Arriva Lunedì o Martedì?",
            "La promozione di Novembre scade Venerdì?",
            "Siete aperti a Ferragosto?",
            "L'ordine di Marzo non è arrivato",
            "Consegnate da Lunedì a Sabato?",
            "Torna disponibile a Gennaio?",
            "Arriva prima di Natale?",
            "Il Mercoledì non ci sono, meglio Giovedì",
            "Siete aperti il giorno di Santo Stefano?",
            "Arriva entro San Valentino?",
        ),
        "greeting": (
            "Ciao, Buongiorno! È ancora disponibile?",
            "Salve, Tutto bene? Volevo cambiare taglia",
            "Buonasera, il pacco non è arrivato",
            "Ehi Ciao, c'è in nero?",
            "Grazie Mille, Buona giornata",
            "Buongiorno a tutti, domanda veloce",
            "Ciao Ragazzi, avete novità?",
            "Arrivederci e Grazie",
            "Salve Signora, ha il resto?",
            "Ottimo, Grazie Ancora",
            "Ehi Capo, tutto a posto?",
        ),
        "shout": (
            "IL PACCO NON È ARRIVATO",
            "VOGLIO IL RIMBORSO SUBITO",
            "ARRIVATO ROTTO, VERGOGNA",
            "Ho Pagato E Risulta Ancora In Attesa",
            "Prodotto Ottimo, Spedizione Veloce",
            "NESSUNO RISPONDE AL TELEFONO",
        ),
        "family": (
            "Spedite in tutta Italia?",
            "Arriva dall'Italia o dalla Cina?",
            "Il prodotto è fatto in Italia?",
            "Consegna gratuita in Italia sopra 50 euro",
            "Spedizione dall'Italia in 48 ore",
            "Mia madre esce presto, potete consegnare il pomeriggio?",
            "Mio fratello passa a ritirarlo",
            "Mia nonna preferisce pagare in contanti",
            "Mio marito ritira Sabato",
            "Mia figlia porta la 38",
            "Mia zia lo ritira Martedì",
        ),
        "origin": (
            "L'aceto di Modena è invecchiato?",
            "Il prosciutto di Parma arriva sottovuoto?",
            "La mozzarella di Battipaglia arriva fresca?",
            "Il limoncello di Sorrento è artigianale?",
        ),
    },
}

# Name-bearing controls: {n} a full name, {f} a first name, {t} the customer's own town.
CONTROLS: dict[str, tuple[str, ...]] = {
    "pt": (
        "Sou a {n}, comprei o perfume Malbec",
        "Entregar para {n} na Rua das Flores, 120, {t}",
        "Fala com a {f}, ela recebe a encomenda",
        "Opa, aqui é o {n}, o Pix já foi",
        "Minha mãe {f} vai buscar na Farmácia São João",
        "Moro em {t}, entregam no Sábado?",
        "Boa tarde, {n} falando. A camisa do Flamengo veio errada",
        "Pedido em nome de {n}, pago por boleto",
        "Obrigado, {n}",
        "A {f} da loja disse que ia resolver",
        "Retirar na loja de {t} em nome de {n}",
        "Opa Beleza, aqui é a {f}",
        "A camisa do {f} veio trocada, a minha é a do Flamengo",
        "Mandem o queijo do Serro para {n}, que mora em {t}",
    ),
    "es": (
        "Soy {n}, pedí el perfume Agua de Sevilla",
        "Entregar a {n} en calle Mayor 12, {t}",
        "Habla con {f}, ella recibe el paquete",
        "Hola, soy {f}, ya hice el Bizum",
        "Mi madre {f} lo recoge en la Farmacia San Antonio",
        "Vivo en {t}, ¿reparten el Sábado?",
        "Buenas, habla {n}. La camiseta del Betis vino mal",
        "Pedido a nombre de {n}, pagado en OXXO",
        "Gracias, {n}",
        "{f} de la tienda me dijo que lo resolvía",
        "Recoger en la tienda de {t} a nombre de {n}",
        "Hola Buenas, soy {f}",
        "La camiseta de {f} llegó pequeña, la mía es la del Betis",
        "Enviad el jamón de Teruel a {n}, que vive en {t}",
    ),
    "it": (
        "Sono {n}, ho ordinato la lampada Atollo",
        "Consegnare a {n} in via Roma 12, {t}",
        "Chieda di {f}, riceve lei il pacco",
        "Ciao, sono {f}, ho pagato con Satispay",
        "Mia madre {f} ritira alla Farmacia San Marco",
        "Abito a {t}, consegnate Sabato?",
        "Buongiorno, sono {n}. La maglia della Juventus è sbagliata",
        "Ordine a nome di {n}, pagato in contrassegno",
        "Grazie, {n}",
        "Ritiro al negozio di {t} a nome di {n}",
        "La maglia di {f} è arrivata stretta, la mia è quella della Roma",
        "Spedite l'aceto di Modena a {n}, abita a {t}",
    ),
}
FIRST: dict[str, tuple[str, ...]] = {
    "pt": ("Larissa", "Thiago", "Fernanda", "Rodrigo", "Gabriela", "Vinícius", "Joana", "Duarte"),
    "es": ("Ximena", "Alejandro", "Paula", "Gonzalo", "Sofía", "Íñigo", "Camila", "Rodrigo"),
    "it": ("Alessandra", "Davide", "Silvia", "Riccardo", "Federica", "Stefano", "Martina", "Lorenzo"),
}
SURNAMES: dict[str, tuple[str, ...]] = {
    "pt": ("Nogueira", "Albuquerque", "Cavalcanti", "Barbosa", "Teixeira", "Moreira", "Antunes", "Fonseca"),
    "es": ("Fuentes", "Castillo", "Ibáñez", "Medina", "Salinas", "Cabrera", "Arrieta", "Vargas"),
    "it": ("Fontana", "Lombardi", "Moretti", "Barbieri", "Rinaldi", "Caruso", "Galli", "Conti"),
}
HOME_TOWNS: dict[str, tuple[str, ...]] = {
    "pt": ("Campinas", "Niterói", "Aveiro", "Viseu", "Recife", "Setúbal"),
    "es": ("Valladolid", "Córdoba", "Guadalajara", "Rosario", "Cuenca", "Mendoza"),
    "it": ("Ancona", "Lecce", "Trento", "Perugia", "Modena"),
}
REGIONS = {"pt": "BR", "es": "ES", "it": "IT"}
_SLOT = re.compile(r"\{(n|f|t)\}")
REPEATS = 3  # each control filled with this many names


def _fill(template: str, values: dict[str, str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The filled control and the offsets of its slots."""
    text, gold, pos = "", [], 0
    for slot in _SLOT.finditer(template):
        text += template[pos : slot.start()]
        value = values[slot.group(1)]
        gold.append((len(text), len(text) + len(value)))
        text += value
        pos = slot.end()
    return text + template[pos:], tuple(gold)


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message, then the controls filled with names and towns in turn."""
    for kind, texts in NO_PII[language].items():
        for text in texts:
            yield language, kind, text, ()
    first, surnames, towns = FIRST[language], SURNAMES[language], HOME_TOWNS[language]
    for t, template in enumerate(CONTROLS[language]):
        for r in range(REPEATS):
            k = t * REPEATS + r
            values = {"n": f"{first[(k + t) % len(first)]} {surnames[k % len(surnames)]}",
                      "f": first[(k + 1) % len(first)], "t": towns[k % len(towns)]}  # fmt: skip
            text, gold = _fill(template, values)
            yield language, "control", text, gold


def covered(gold: tuple[int, int], spans: list[tuple[int, int]], text: str) -> bool:
    start, end = gold
    return all(text[i].isspace() or any(s <= i < e for s, e in spans) for i in range(start, end))


def main() -> None:
    from proxy.detection.detector import DetectionSettings, build_analyzer

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print up to N changed messages and misses")
    parser.add_argument("--kind", default="", help="show only this kind (market, product, ..., control)")
    parser.add_argument("--lang", choices=tuple(NO_PII), action="append", help="only these languages")
    parser.add_argument("--dump", type=Path, help="write every span per message to this JSON file")
    parser.add_argument("--against", type=Path, help="print messages whose spans differ from this dump")
    args = parser.parse_args()
    analyzer = build_analyzer(DetectionSettings())
    before = json.loads(args.against.read_text()) if args.against else {}
    dump: dict[str, list[str]] = {}
    shown = itertools.count()
    for language in args.lang or NO_PII:
        rows = list(examples(language))
        preds: list[list[tuple[int, int]]] = []
        sources: list[list[str]] = []
        for i in range(0, len(rows), 32):
            batch = [text for _, _, text, _ in rows[i : i + 32]]
            for found in analyzer.analyze(batch, language=language, regions=[REGIONS[language]]):
                preds.append([(s.start, s.end) for s in found])
                sources.append([f"{s.recognizer}:{s.entity}" for s in found])
        tally: dict[str, list[int]] = {}
        for (_, kind, text, gold), spans, source in zip(rows, preds, sources, strict=True):
            t = tally.setdefault(kind, [0, 0])
            described = [f"{text[a:b]} ({by})" for (a, b), by in zip(spans, source, strict=True)]
            dump[f"{language}|{text}"] = described
            if args.against and before.get(f"{language}|{text}") != described:
                print(
                    f"  {language} CHANGED {text!r}\n     was {before.get(f'{language}|{text}')}\n     now {described}"
                )
            if gold:
                missed = [text[a:b] for a, b in gold if not covered((a, b), spans, text)]
                t[0], t[1] = t[0] + len(gold), t[1] + len(gold) - len(missed)
                bad = missed
            else:
                t[0], t[1] = t[0] + 1, t[1] + (not spans)
                bad = described
            if bad and (not args.kind or args.kind == kind) and next(shown) < args.show:
                print(f"  {language} {kind} {'miss' if gold else 'FP'} {bad!r} in {text!r}")
        clean = [v for k, v in tally.items() if k != "control"]
        for kind, (n, ok) in tally.items():
            label = "names" if kind == "control" else "no-PII"
            print(f"{language:4} {kind:10} {ok:5d}/{n:<4} = {ok / n:.3f}  ({label})")
        n, ok = sum(v[0] for v in clean), sum(v[1] for v in clean)
        print(f"{language:4} {'ALL no-PII':10} {ok:5d}/{n:<4} = {ok / n:.3f}")
    if args.dump:
        args.dump.write_text(json.dumps(dump, ensure_ascii=False, indent=0))


if __name__ == "__main__":
    main()
