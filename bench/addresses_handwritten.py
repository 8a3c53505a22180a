"""A hand-written held-out street-address set: addresses and chat messages typed by one author apart from the rules.

Who wrote it: a helper session started by the lead for this one job (author tag "addr"), acting as an
independent author. Every address, message shape and no-PII message below was typed for this file; no
address comes from Faker or from any list in the repository.

What was read, and what was not. Read: the brief; in `bench/address_corpus.py` only its module
docstring, `SPLITS`, `COUNTRIES`, `LANGUAGES`, `AddressMessage`, `fingerprint`, `write`, `load` and
`main`; all of `bench/address_report.py`; `tests/bench/test_reports_hide_heldout_misses.py`; one line
of `bench/data/addresses_heldout.jsonl` for the format. Not read: anything in `recognizers/` or
`proxy/detection/`, any `bench/*tune*.py`, the address corpus's templates, tails and address builders,
the other files in `bench/data/`, `docs/detection.md`, `docs/detection-rounds.md`. Veil's detector and
`bench.address_report` were never run on this set before it was frozen: the file and its fingerprint
were committed and landed first, and the lead runs the report once, after that.

What it holds (`python -m bench.addresses_handwritten --write` prints the same):
- per country IT ES PT BR DE FR GB US IN, 131 to 137 gold ADDRESS spans (1 194 in all), each an
  address written the way people type their own in a chat in that country: with and without
  postcode (CAP, CP, código postal, CEP, PLZ, code postal, postcode, ZIP, PIN), with and without
  commas, house number before or after the street, abbreviations (v., p.zza, C/, Avda., Ctra., R.,
  Av., Str., bd, av., Rd, St, Ave, Blvd, Apt, Flat, Ste, #), flat/floor/staircase/building parts
  (int., sc., piano, 3º izq, 2º dto, r/c, bloco, apto, qd/lt, OG, Whg., Hinterhaus, bât., escalier,
  appt, Flat 2/1, Unit, Fl, H.No., Door No., Tower/Wing), districts and hamlets (frazione, località,
  urbanización, lugar, bairro, OT, lieu-dit, résidence, sector, colony, "near" a landmark), city and
  province/state, c/o, PO Box / Postfach / BP / RR, "bis", "ter", "s/n", "snc", "km", lower case,
  all caps, a few typos, and addresses written over two or three lines;
- message shapes (a sentence with one or two slots; gold offsets are computed while the text is
  built, in `_fill`, never counted by hand): 45 for it, 42 for es, 63 for pt (31 Portugal, 32 Brazil),
  42 for de, 42 for fr, 90 for en (30 each for GB, US, IN): customers writing to shops, couriers,
  plumbers, pizzerias, a school, a bank, a landlord; the address after a label ("indirizzo:",
  "Anschrift:", "ship to:", "CEP e endereço:", "dest:"), on its own line, in the middle of a sentence
  and at its end; one shape a country carries two addresses (pick-up and drop-off: 31 messages);
- per language it es pt de fr en, 123 to 127 no-PII messages (gold empty, kind "clean"), typed as
  customers write to shops: order numbers, product codes ("Art. 4521", "Modell 3 Pro", "8003-77-B"),
  sizes, prices, times, dates, a shop's floors, a shop's branch by town or mall, delivery windows,
  "via WhatsApp", the piano as an instrument, street-like words used otherwise ("Corso di inglese",
  "Avenue" the brand, "Rua" as a word, "Main Street Coffee", a closed "Hauptstraße" with no number).

Frozen: the file `bench/data/addresses_handwritten.jsonl` is what `build()` returns, and its
fingerprint is in `bench.address_corpus.SPLITS["handwritten"]`, so `load("handwritten")` refuses an
edited file. It was written, frozen and landed before its first run; a later edit needs a new file
name and fingerprint, never an edit in place.

    .venv/bin/python -m bench.addresses_handwritten --write
"""

from __future__ import annotations

import argparse
import re

from bench.address_corpus import COUNTRIES, LANGUAGES, SPLITS, AddressMessage, fingerprint, write

SEED = 20261206  # only the key of the split in SPLITS: nothing here is random
PATH = SPLITS["handwritten"][1]

ADDRESSES: dict[str, tuple[str, ...]] = {}
SHAPES: dict[str, tuple[str, ...]] = {}
CLEAN: dict[str, tuple[str, ...]] = {}


def _rows(block: str) -> tuple[str, ...]:
    """One entry a line; " | " inside an entry is a line break as the customer typed it."""
    return tuple(line.strip().replace(" | ", "\n") for line in block.splitlines() if line.strip())


# --- Italy (it) --------------------------------------------------------------------------
ADDRESSES["IT"] = _rows("""
Via Roma 12, 20121 Milano
via Garibaldi 45/B
Corso Vittorio Emanuele II 118, Torino
Piazza della Libertà 3, 50129 Firenze FI
viale dei Mille 27 int. 5, 00185 Roma
Via G. Mazzini, 8 - 40126 Bologna (BO)
via dei Tigli 14 scala B piano 3 int. 9
Via Castellana 220/A | 31100 Treviso
VIA CAVOUR 71 - 80133 NAPOLI
v. fratelli bandiera 6, 35123 padova
Vicolo del Pozzo 2, Lucca
Località Poggio Alto 15, 53024 Montalcino (SI)
fraz. San Martino, via della Chiesa 4, 12051 Alba CN
Via Nazionale km 14,500, 87036 Rende (CS)
via Dante 14 bis, 25121 Brescia
Strada Provinciale 32 n. 118, 24050 Grassobbio BG
Via Emilia Est 1010, Modena
p.zza Garibaldi 9, Como
c/o Studio Ferri, Via Manzoni 33, 20121 Milano
Via Appia Nuova 612 scala C int. 14, 00179 Roma
via tiburtina 1155
Largo Augusto 1, 20122 Milano MI
Via San Giovanni Bosco 21, 10152 Torino
via delle Rose snc, 04019 Terracina (LT)
Corso Umberto I, 224 - 84013 Cava de' Tirreni
Via XX Settembre 37/5, 16121 Genova
via palermo 8 int 3 piano terra
Viale Europa 55, 70132 Bari
Contrada Santa Lucia 7, 97100 Ragusa
Via dei Mercanti 10, 95131 Catania CT
via S. Francesco d'Assisi 18, Perugia
Via Nuova Marina 5, 80133 Napoli
Borgo Pinti 44r, 50121 Firenze
VIA ALDO MORO 3/C, 73100 LECCE
Via Giuseppe Verdi 2 | 43121 Parma PR
viale Trento e Trieste 19, 33170 Pordenone
Via Circonvallazione 41, 38068 Rovereto (TN)
Via Marconi 7, loc. Osteria Nuova, 00123 Roma
Via del Lavoro 3, zona industriale, 36100 Vicenza
via Montegrappa 12 - 31044 Montebelluna
Piazzale Loreto 1, Milano
Via Torino 88 scala A 2° piano int. 6, 10064 Pinerolo
strada statale 16 km 312, 65015 Montesilvano PE
via dell'Arco 3, frazione Colle, 67100 L'Aquila
Via Sassari 4, 09126 Cagliari
via degli Ulivi 22 - 07026 Olbia (SS)
Via Vittorio Veneto 102, 90144 Palermo
Via Gramsci, 17 - 56125 Pisa
via Papa Giovanni XXIII 3, 24121 Bergamo
Via Mazzini 50/2, 37122 Verona VR
Via Pescara 9, Chieti
Corso Italia 200, 95129 Catania
Via Carducci 15, 34125 Trieste
vIa Leopardi 4, 62100 Macerata
via del Corso 301 int. 12, 00186 Roma
Via delle Industrie 19/A, 30175 Marghera VE
Via della Repubblica 88, 59100 Prato
Via Po 24 sc. D, 10124 Torino
via XXV Aprile 6, 21052 Busto Arsizio
Viale Regina Margherita 5, 98121 Messina
Via Cesare Battisti 33, 38122 Trento
piazza Duomo 2, 29121 Piacenza PC
Via Trieste 11, 46100 Mantova
via don minzoni 7, 42121 reggio emilia
Via San Rocco 1, fraz. Villanova, 15040 Mirabello Monferrato AL
Via Matteotti 64, 41012 Carpi (MO)
Via del Porto 3/1, 48121 Ravenna
Via Ponte Vecchio 8, 47921 Rimini
Via Enrico Fermi 2, 20090 Assago
Via Manzoni 9 - 22100 Como
Via della Stazione 1 | 39100 Bolzano
via dei pini 4 int 2, 57023 Cecina LI
Via Bellini 21, 92100 Agrigento
Via Lamarmora 40, 13900 Biella
VIA NAZIONALE 45 SCALA B INT 7 - 00184 ROMA
Viale Marche 12, 60128 Ancona
via benedetto croce 18 3 piano, 80134 napoli
Via Mameli 2, 17100 Savona
Via Pascoli 13, 40033 Casalecchio di Reno (BO)
Via Crispi 5, Caserta
Via Cairoli 27/B, 27100 Pavia
Via degli Artigiani 6, 62012 Civitanova Marche
Corso Cavour 90, 70121 Bari BA
Via Ghibellina 71 rosso, Firenze
viale della Vittoria 3, 06034 Foligno
Via Felice Cavallotti 22, 18038 Sanremo (IM)
Via Tasso 14 int. 1, 80127 Napoli
via giolliti 150, torino
Via Sant'Antonio 8, fraz. Ponte, 23017 Morbegno SO
Via Trento 4, 09170 Oristano
Via Michelangelo 31, 74121 Taranto
Piazza Castello 5, 28921 Verbania
via roma 1, 23100 sondrio
Via San Marco 47, 30124 Venezia
Castello 5312, 30122 Venezia
Via Bologna 220, 44122 Ferrara FE
Via Galilei 3, 85100 Potenza
Via Mazzini 117 | scala A, interno 4 | 86100 Campobasso
via giacomo matteotti 33, 61121 pesaro
Via dei Caduti 1, 01100 Viterbo
Via Volta 14, 22070 Grandate (CO)
Via Monte Rosa 2, 20149 Milano
Vico Lungo Montecalvario 11, 80134 Napoli
Via Cristoforo Colombo 440, 00145 Roma
Via Cialdini 12, 88100 Catanzaro
Via Carlo Alberto 9 piano 1, 10123 Torino
Via San Lorenzo 27, 16123 Genova GE
Via Verdi 6, 33100 Udine
Via Diaz 4, 26100 Cremona
via f.lli rosselli 41, 57122 livorno
Via Orti 19, 20122 Milano
Via Risorgimento 15, 89127 Reggio Calabria
Via Solferino 3, 25122 Brescia
Via Fiume 10, 72100 Brindisi
Via Ariosto 21, 42015 Correggio (RE)
Via della Pace 2, 19121 La Spezia
Via Oberdan 8, 34170 Gorizia
via Brennero 42, 38121 trento
VIA VENEZIA 63, 35131 PADOVA PD
Via Pirandello 5, 90011 Bagheria
Via Sardegna 31 int. 10, 00187 Roma
Via Lombardia 2, 09047 Selargius
Via Milano 104, 23900 Lecco
Via del Mare 90, 04100 Latina
via napoli 5 - 81031 aversa ce
Via Alessandro Volta 18, 56025 Pontedera
Via Vespucci 7, 55049 Viareggio (LU)
Via Prati 3, fraz. Camerlata, 22100 Como
Via Dalmazia 16, 00198 Roma
Via Novara 2 sc. A int. 3, 28100 Novara
Via Gorizia 11, 07100 Sassari
Via dei Gelsi 9, 72015 Fasano (BR)
Via Fabio Filzi 4, 39012 Merano
via Sempione 29, 21013 Gallarate
Via Cavour 3, 13100 Vercelli
Via Nazario Sauro 17, 47121 Forlì
Via S. Giorgio 2 ter, 25010 Pozzolengo
""")

# --- Spain (es) --------------------------------------------------------------------------
ADDRESSES["ES"] = _rows("""
C/ Mayor 5, 3º izq, 28013 Madrid
calle Alcalá 120, 2ºB
Avda. de la Constitución 22, 41004 Sevilla
Pza. de España 7, bajo, 50001 Zaragoza
c/ san vicente 44 pta 12, 46002 valencia
Calle del Pez 18, 1º dcha, Madrid
Avenida Diagonal 431, 5º 2ª, 08036 Barcelona
Carrer de Sants 210, 08028 Barcelona
C/ Real s/n, 18690 Almuñécar (Granada)
Ctra. de Málaga km 4, 29700 Vélez-Málaga
calle los olivos 3 | 23001 jaén
Urb. Los Pinos, c/ Jazmín 14, 29660 Marbella
Polígono Industrial El Álamo, nave 12, 28946 Fuenlabrada
CALLE ANCHA 9, 11001 CÁDIZ
C/ Gran Vía 33, esc. B, 4º D, 28013 Madrid
Paseo de Gracia 55, 08007 Barcelona
Avda. Andalucía 101, 2º 3, Málaga
calle Colón, 14 - 46004 Valencia
Rúa do Franco 24, 15705 Santiago de Compostela (A Coruña)
Plaza Mayor 1, 37002 Salamanca
C/ Doctor Fleming 8 bis, 30003 Murcia
c/ del Carmen 12, 3º izda, 28013 madrid
Camino de la Fuente 5, 24007 León
Avda. Portugal 18, portal 2, 1º A, 26001 Logroño (La Rioja)
Calle Mayor 33, 31001 Pamplona
C/ Sierpes 40, Sevilla
Calle Serrano 90 6º izq 28006 Madrid
Travesía del Arenal 3, 33201 Gijón
calle de la paz 7, 2º, 03001 alicante
Avda. de Cantabria 15, 39012 Santander
C/ Uría 46, 3ºC, 33003 Oviedo (Asturias)
Gran Vía de Colón 22, 18010 Granada
calle real 48, bajo B, 15003 A Coruña
Ronda de Atocha 11, 28012 Madrid
C/ Pintor Sorolla 6, 12001 Castellón de la Plana
Avda. Juan Carlos I 60, 30009 Murcia
Calle San Francisco 2, 38002 Santa Cruz de Tenerife
C/ Triana 87, 35002 Las Palmas de Gran Canaria
Passeig Marítim 14, 07014 Palma (Illes Balears)
c/ las flores 21 | 2º dcha | 47001 valladolid
Avenida de Madrid 40, 6º, 36204 Vigo (Pontevedra)
C/ Zamora 5, 37002 Salamanca
Calle Doctor Cerrada 10, 50005 Zaragoza
c/ santa clara 3, 49014 zamora
Ctra. Nacional 340 km 1032, 29680 Estepona
Camino Viejo de Leganés 77, 28025 Madrid
C/ Reyes Católicos 19, 4º izda, 03003 Alicante
Calle Pelayo 5, entlo. 2ª, 08001 Barcelona
C/ Mayor 12, 01001 Vitoria-Gasteiz (Álava)
Avda. Libertad 30, 20004 Donostia
calle bailen3, 48003 bilbao
Plaza del Pilar 4, 50003 Zaragoza
C/ Ancha 2, 24003 León
Barrio La Iglesia 12, 39600 Maliaño (Cantabria)
C/ Cervantes 11, 10001 Cáceres
Avda. de Europa 6, 06004 Badajoz
c/ santiago 1 3ºA 47001 Valladolid
Calle de Toledo 104, 28005 Madrid
C/ Jorge Juan 9, 46004 Valencia
Carrer Major 30, 25007 Lleida
Calle Larios 3, 29005 Málaga
C/ San Pedro 14, 02001 Albacete
Avda. de la Paz 17, 1º B, Ciudad Real
c/ ramón y cajal 32, 22006 huesca
Calle Mesones 8, 18001 Granada
Pza. San Juan 4, 09004 Burgos
C/ Libreros 12, 28801 Alcalá de Henares
Avenida del Puerto 210, 46023 Valencia
Calle Fuencarral 76, 2º dcha, Madrid
C/ Alfonso X El Sabio 6, 30008 Murcia
Calle Hernán Cortés 15, 06002 Badajoz
C/ Méndez Núñez 3, 15003 A Coruña
Avda. Reina Victoria 34, 28003 Madrid
CALLE SAN MIGUEL 16 1º, 05001 AVILA
Calle Nueva 9, 14001 Córdoba
c/ Las Huertas 25, 40001 Segovia
Calle Embajadores 50, 3º int. izq, 28012 Madrid
C/ Poeta Querol 1, Valencia
Avda. Ramón y Cajal 8, 41005 Sevilla
Calle Gascona 11, 33001 Oviedo
C/ Canalejas 3, 37001 Salamanca
Calle Mayor 1, 19001 Guadalajara
Rambla de Catalunya 91, 08008 Barcelona
C/ Princesa 25, 28008 Madrid
Calle Victoria 2, 35003 Las Palmas
C/ San Fernando 48 | 04004 Almería
Avda. de Elvas s/n, 06006 Badajoz
Calle Iglesia 1, 45500 Torrijos (Toledo)
C/ Real 70, 11100 San Fernando (Cádiz)
calle de atocha 43 4ºizq, madrid
C/ Hospital 21, 46001 Valencia
Calle Recoletos 4, 47004 Valladolid
Avenida Blasco Ibáñez 120, 46022 Valencia
Plaza de la Constitución 5, 29008 Málaga
C/ Castilla 37, 39009 Santander
Calle Santa Engracia 151, 28003 Madrid
C/ Herrería 8, 34001 Palencia
Calle Ruiz Zorrilla 2, 3º, 42001 Soria
C/ Coso 65, 50001 Zaragoza
Calle Trajano 26, 41002 Sevilla
C/ Sant Antoni 14, 07800 Eivissa
Calle del Agua 3, 44001 Teruel
Avda. de Burgos 12, 28036 Madrid
Calle Pintor Zuloaga 2, 20008 San Sebastián
C/ Ponzano 31, 28003 Madrid
Carretera de Valencia km 3,5, 50410 Cuarte de Huerva
Calle San Jorge 10, bajo, 26001 Logroño
C/ Martínez Campos 7, 18002 Granada
Avenida de América 35, 28002 Madrid
Calle Mallorca 245, pral. 1ª, 08008 Barcelona
c/ san bernardo 88, madrid
C/ Velázquez 64, 5º dcha, 28001 Madrid
Calle Hileras 4, 28013 Madrid
Calle Arapiles 14, 37007 Salamanca
Urbanización Las Lomas, parcela 21, 29679 Benahavís
C/ Dos de Mayo 9, 28004 Madrid
Calle Rosalía de Castro 20, 36201 Vigo
Avda. Fernando el Católico 44, 50006 Zaragoza
C/ Goya 5, 3º, 50006 Zaragoza
Calle Zaragoza 15, 22002 Huesca
C/ Hernani 17, 28020 Madrid
Calle Molino 6, 45002 Toledo
Avda. de los Castros 35, 39005 Santander
C/ Olivo 3, Pozuelo de Alarcón
Calle Bravo Murillo 200, 28020 Madrid
C/ Manuel de Falla 12, 1º, 11500 El Puerto de Santa María
Calle Armas 4, 06300 Zafra (Badajoz)
Pasaje del Comercio 2, 41001 Sevilla
C/ Bilbao 6, 2º B, 15002 A Coruña
calle tetuán 19 - 11003 cádiz
Calle Alta 7, Santander
C/ Carretas 29, 28012 Madrid
Avda. del Mediterráneo 60, 03503 Benidorm (Alicante)
""")

# --- Portugal (pt) -----------------------------------------------------------------------
ADDRESSES["PT"] = _rows("""
Rua Augusta 120, 1100-053 Lisboa
R. de Santa Catarina 312, 4000-443 Porto
Av. da Liberdade 245, 3º Esq, 1250-143 Lisboa
rua das flores 27 1º dto
Travessa do Carmo 4, 1200-095 Lisboa
Largo do Município 2, 4700-435 Braga
Rua Direita 58, 3500-116 Viseu
Av. Fernão de Magalhães 1100, 4350-150 Porto
Rua 5 de Outubro 33, 2º Dto, 8000-076 Faro
R. Dr. Manuel de Arriaga 15 r/c, 2400-186 Leiria
Estrada Nacional 10 km 12, 2615-001 Alverca do Ribatejo
Rua da Igreja 8, Lugar de Cima, 4610-120 Felgueiras
RUA DO SOL 14, 3000-380 COIMBRA
rua d. joão iv 510, 4000-299 porto
Bairro da Boavista, Lote 12, 2º Esq, 1500-240 Lisboa
Praceta Luís de Camões 3, 2810-005 Almada
Urbanização Quinta da Fonte, Bloco B, 4º Frente, 2770-192 Paço de Arcos
Rua do Comércio 45 | 6000-083 Castelo Branco
Av. 25 de Abril 88, 2750-512 Cascais
rua da escola s/n, 5300-252 Bragança
Rua Serpa Pinto 22, 9000-070 Funchal
Rua de Cedofeita 415, 4050-181 Porto
Av. Almirante Reis 150, 5º, 1000-052 Lisboa
Rua Cândido dos Reis 7, Setúbal
Rua Visconde de Valmor 66, 1050-239 Lisboa
Rua Gil Vicente 3, 3º B, 2300-350 Tomar
R. Alexandre Herculano 19, 3000-019 Coimbra
Rua da Liberdade 101, 4760-123 Vila Nova de Famalicão
Rua Ferreira Borges 62, 4050-253 Porto
Av. D. Afonso Henriques 1460, 4450-013 Matosinhos
Rua do Castelo 1, 7000-546 Évora
Rua de São Bento 230, 1200-821 Lisboa
Rua Júlio Dinis 890, 4º Dto Tras, 4050-327 Porto
Rua Principal 12, Casal Novo, 2460-711 Alcobaça
rua de santo antónio 5, 7800-468 beja
Largo da Sé 3, 8000-138 Faro
Av. Infante D. Henrique 59, 9500-150 Ponta Delgada
Rua do Mercado 20, 6300-539 Guarda
Rua Marquês de Pombal 9, 2410-152 Leiria
Rua Heróis do Ultramar 41, 4900-421 Viana do Castelo
Rua Nova 3, 4990-062 Ponte de Lima
R. da Prata 80, 2º, 1100-415 Lisboa
Av. da República 1500, 4430-205 Vila Nova de Gaia
Rua Infante Santo 14, 7ºA, 1350-178 Lisboa
Rua 1º de Maio 2, 2825-389 Costa da Caparica
Caminho do Monte 44, 9050-288 Funchal
Rua Conselheiro Januário 130, 4700-373 Braga
Rua dos Bombeiros Voluntários 8, 2500-173 Caldas da Rainha
rua central 17 | 3830-044 ílhavo
Rua José Falcão 5, 3º Esq, 2900-419 Setúbal
Av. Sá da Bandeira 71, 3000-351 Coimbra
Rua Miguel Bombarda 213, 4050-381 Porto
Rua de Santa Marta 36, 1150-297 Lisboa
Rua Dom Dinis 4, Leiria
Rua do Brasil 400, 3030-175 Coimbra
Rua das Amoreiras 71, 1250-024 Lisboa
Rua Cidade de Bolama 6, 1800-079 Lisboa
Quinta das Lágrimas, Casa 3, 3040-004 Coimbra
Rua Elias Garcia 120, 2700-327 Amadora
Av. Cidade de Montgeron 11, 2135-080 Samora Correia
Rua Dr. António José de Almeida 7, 2005-164 Santarém
Rua São João 55, 5000-641 Vila Real
Rua de Aveiro 12, 3800-012 Aveiro
R. Capitão Salgueiro Maia 4, 2º Dto, 2890-039 Alcochete
Rua da Fonte Nova 2, 7300-126 Portalegre
rua dos combatentes 19, 4440-510 valogo
Rua Santos Pousada 800, 4000-486 Porto
Rua Teófilo Braga 3, 8500-535 Portimão
Av. Dr. Lourenço Peixinho 91, 3800-160 Aveiro
Rua Professor Egas Moniz 23, 2330-141 Entroncamento
Rua do Alecrim 12, 1200-017 Lisboa
Rua de Camões 19, 4000-143 Porto
Rua das Salinas 2, 3090-650 Figueira da Foz
Rua Direita 5, Aldeia de Baixo, 6270-001 Seia
Travessa da Glória 10 r/c Esq, 1250-118 Lisboa
Rua da Paz 4, 4200-392 Porto
Av. do Brasil 45, 1700-062 Lisboa
Rua Sacadura Cabral 17, 2775-266 Parede
Rua do Carmo 22, 2º, Lisboa
Rua Almeida Garrett 14, 2780-050 Oeiras
Rua 31 de Janeiro 180, 4000-542 Porto
Rua Pinheiro Chagas 9, 1050-174 Lisboa
Lugar da Portela, Casa 2, 4720-221 Amares
Rua de Trás 6, 4050-600 Porto
Rua do Outeiro 98, 4820-143 Fafe
R. Garcia de Orta 30 1º Esq 1200-679 Lisboa
Rua Vasco da Gama 3, 2520-450 Peniche
RUA DA MISERICÓRDIA 40, 1200-270 LISBOA
Rua Guerra Junqueiro 501, 4150-389 Porto
Rua das Musas 2, Parque das Nações, 1990-173 Lisboa
Av. Columbano Bordalo Pinheiro 75, 1070-061 Lisboa
Rua António Sérgio 12, 2830-335 Barreiro
Estrada de Benfica 520, 1500-104 Lisboa
Rua do Loreto 61, Lisboa
Rua Nossa Senhora de Fátima 30, 2495-413 Fátima
Rua Padre Cruz 8, 7º Esq, 1600-560 Lisboa
Rua da Estação 1, 3700-215 São João da Madeira
Av. Marginal 6870, 2765-425 Estoril
Rua do Pombal 3, 6200-163 Covilhã
Rua Luís de Camões 77, 2600-076 Vila Franca de Xira
rua s. pedro 10, 3070-055 mira
Rua 1º de Dezembro 54, 4450-227 Matosinhos
Rua Latino Coelho 40, 1050-137 Lisboa
Av. Vasco da Gama 120, 2580-498 Carregado
Rua do Pinhal 9, Vale de Cambra
Rua Mouzinho da Silveira 200, 4050-416 Porto
Rua Eça de Queirós 2, 3º Dto, 2795-106 Linda-a-Velha
Rua Fernando Pessoa 61, 4700-068 Braga
Rua Padre António Vieira 11, 3000-315 Coimbra
Rua da Alegria 44, 4000-036 Porto
Rua de Moçambique 3, 1170-253 Lisboa
Rua do Alto 12, Moinhos, 2530-121 Lourinhã
Rua Quinta do Bom Sucesso 8, Bl. 3, 2º, 2725-301 Mem Martins
R. 1º de Maio 14, 2900-004 Setúbal
Rua Tenente Valadim 250, 4100-476 Porto
Rua de Belém 84, 1300-085 Lisboa
Rua Bartolomeu Dias 150, 1400-031 Lisboa
Rua Combatentes da Grande Guerra 17, 3810-087 Aveiro
Av. Dom João II 40, 4715-304 Braga
rua do norte 63 2º esq lisboa
Rua Manuel da Maia 5, 1000-201 Lisboa
Rua General Humberto Delgado 9, 2560-253 Torres Vedras
Rua Escura 2, 4050-250 Porto
Rua de São Mamede 3, 1250-231 Lisboa
Rua dos Clérigos 32, 4050-205 Porto
Rua de Entrecampos 28, 1700-158 Lisboa
Rua do Bonfim 11, 4300-069 Porto
Rua do Quelhas 15, 1200-781 Lisboa
Rua Sá de Miranda 27, 4900-306 Viana do Castelo
Rua de Olivença 4, 3000-306 Coimbra
Rua das Gaivotas 6, 8125-403 Quarteira
""")

# --- Brazil (pt) -------------------------------------------------------------------------
ADDRESSES["BR"] = _rows("""
Rua das Laranjeiras 350, apto 402, Laranjeiras, Rio de Janeiro - RJ, 22240-003
Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200
R. Augusta 2050 ap 71
rua joão pessoa 45, centro, campina grande pb
Avenida Brasil 9000, bloco 3 apto 204, Bonsucesso, Rio de Janeiro
Rua Sete de Setembro 112, Centro, 80060-070 Curitiba/PR
Travessa São José 8, casa 2, Boa Vista, Recife - PE
R. Marechal Deodoro 77 - Centro - Florianópolis/SC - CEP 88010-020
Rua 15 de Novembro, 300, Blumenau SC
Av. Afonso Pena 1212 sala 805, Funcionários, Belo Horizonte - MG, 30130-005
Rua da Paz s/n, Vila Nova, Petrolina PE
Rodovia BR-116 km 145, Fazenda Rio Grande - PR
Quadra 204 Norte, Bloco C, apto 101, Asa Norte, Brasília - DF
SQS 308 Bloco E apto 503, Asa Sul, Brasília/DF, 70355-050
Rua Tiradentes 1500, casa 3, Jardim América, Goiânia - GO
RUA DOS ANDRADAS 1234 AP 12 PORTO ALEGRE RS
av. sete de setembro 2300 apto 1101, vitória, salvador ba
Rua Oscar Freire 900 | Jardins | São Paulo SP | 01426-001
Rua Quinze 44, Centro, 69005-000 Manaus - AM
Alameda Santos 1800, cj 42, Cerqueira César, São Paulo
Rua Gonçalves Dias 19, Centro, Fortaleza CE
Av. Boa Viagem 3500, apt 1602, Boa Viagem, Recife PE, 51020-000
Rua Padre Chagas 200 ap 301 Moinhos de Vento Porto Alegre
Estrada do Coco km 8, Lauro de Freitas - BA
Rua Voluntários da Pátria 450, Botafogo, Rio de Janeiro/RJ
Rua Bahia 1148, Lourdes, BH
R. Dr. Flores 62 sala 3, Centro Histórico, Porto Alegre RS
Rua Barão de Jaguara 1000, Centro, Campinas - SP, 13015-001
Av. Getúlio Vargas 55, qd 12 lt 4, Setor Central, Anápolis GO
Rua São Bento 320, Centro, São Paulo - SP
rua das palmeiras 88 casa fundos, jd são luís, sp
Av. Beira Mar 2100, Meireles, Fortaleza - CE, 60165-121
Rua do Catete 228, apto 704, Catete, Rio de Janeiro - RJ
Rua XV de Novembro 760, Centro, Joinville/SC
Av. Rio Branco 156, sala 2210, Centro, RJ
Rua Amazonas 15, Bairro Industrial, Contagem - MG
Rua Floriano Peixoto 321, Centro, Natal RN 59012-500
Rua Silva Jardim 77, Vila Mathias, Santos - SP
Rua Duque de Caxias 900 ap 23, Centro, Ribeirão Preto SP
Rua Santa Rita 44 | Bairro Santa Rita | Teresina - PI
Av. Presidente Vargas 3131, apto 1504, Cidade Nova, Rio de Janeiro
Rua Visconde de Pirajá 410, Ipanema, 22410-002 Rio de Janeiro RJ
Rua Haddock Lobo 595, Cerqueira César, São Paulo
Rua Marquês de Herval 12, Centro, Maceió - AL
Rua Bento Gonçalves 1200, Centro, Caxias do Sul RS
AV. NOSSA SENHORA DE COPACABANA 680 APTO 902 COPACABANA RJ
Rua Coronel Linhares 1010, Aldeota, Fortaleza
Rua Manoel Ribas 3300, Santa Felicidade, Curitiba - PR, 82020-000
Av. João Pessoa 5000, casa 12, Cond. Bela Vista, Aracaju - SE
Rua da Aurora 295, Boa Vista, Recife
Rua Pará 17, Pituba, Salvador - BA, 41830-070
rua das hortênsias 230, vila mariana, são paulo
Av. Brigadeiro Faria Lima 3477, 14º andar, Itaim Bibi, São Paulo
Rua Aristides Lobo 140, Rio Comprido, RJ
Rua Santa Clara 98, bloco B, ap 303, Copacabana, Rio de Janeiro
Rua Teófilo Otoni 400, Centro, Uberlândia MG
Rua Mato Grosso 1200, Centro, Londrina/PR, 86010-180
Av. Epitácio Pessoa 1500, Tambaú, João Pessoa - PB
Rua Major Facundo 700, Centro, Fortaleza - CE
Av. Ipiranga 6681, prédio 32, Partenon, Porto Alegre
Rua Goiás 1450, Centro, Cascavel PR
Rua Maranhão 55, Higienópolis, São Paulo - SP, 01240-001
Rua Conde de Bonfim 1000, apto 302, Tijuca, Rio de Janeiro - RJ
Rua Pedro Álvares Cabral 10, casa 4, Jardim das Flores, Osasco
Rua Teresa 1234, Alto da Serra, Petrópolis RJ
Av. Ayrton Senna 3000, bloco 2 apto 1203, Barra da Tijuca, RJ
Rua Barata Ribeiro 502, Copacabana
Rua dos Timbiras 2000, Barro Preto, Belo Horizonte - MG
Rua Antônio Carlos 8, Centro, Chapecó - SC, 89801-010
Rua Senador Pompeu 120, Centro, 60025-000 Fortaleza CE
Rua Carlos Gomes 45, Centro, Limeira - SP
Av. Dom Luís 500, loja 3, Meireles, Fortaleza
Rua Paraíba 330, Savassi, BH - MG
Rua Itapeva 26, Bela Vista, São Paulo
rua beija-flor 12 qd 5 lt 10 setor jaó goiânia
Rua Frei Caneca 1380, apto 55, Consolação, São Paulo - SP, 01307-002
Rua Coronel Diogo 15, Jardim da Glória, SP
Rua Primeiro de Março 66, Centro, Rio de Janeiro
Av. Sete de Setembro 1000, Centro, Manaus/AM
Rua Jerônimo Coelho 210, Centro, Florianópolis - SC
Rua Cel. Moreira César 400, Icaraí, Niterói - RJ, 24230-054
Rua Vinte e Quatro de Maio 55, Centro, SP
Rua Guaicurus 300, Vila Romana, São Paulo
Rua Curitiba 1002, ap 201, Centro, Belo Horizonte
Av. Tancredo Neves 1632, sala 1809, Caminho das Árvores, Salvador BA
Rua do Ouvidor 60, Centro, RJ
Rua José Bonifácio 220, Centro, Santos - SP, 11013-000
Rua Alagoas 740, Funcionários, Belo Horizonte - MG
Estrada Velha de Itapevi 1500, km 2, Jandira - SP
Rua Marechal Floriano 19, Centro, Pelotas RS
Rua Paissandu 80, Flamengo, Rio de Janeiro
Av. Juscelino Kubitschek 50, Jd. Paulista, Ribeirão Preto
Rua São Paulo 200, casa 1, Vila Operária, Maringá PR
Rua Tomé de Souza 810, Savassi, Belo Horizonte
Rua da Consolação 3000, apto 81, Cerqueira César, São Paulo
Rua Humaitá 275, Humaitá, Rio de Janeiro - RJ, 22261-001
Rua Itália 36, Jardim Europa, Sorocaba - SP
Rua Barão do Rio Branco 1200, Centro, Campo Grande - MS
Av. Mário Ypiranga 1300, Adrianópolis, Manaus - AM, 69057-002
Rua Cristóvão Colombo 1900, Floresta, Porto Alegre - RS
Rua Uruguai 245, Tijuca, RJ
rua da moóca 2100 ap 14 mooca sp
Rua Treze de Maio 650, Bela Vista, São Paulo - SP
Rua Sergipe 475, Consolação, SP
Rua Presidente Backer 110, Icaraí, Niterói
Rua Desembargador Motta 1800, Batel, Curitiba
Av. Engenheiro Domingos Ferreira 4000, Boa Viagem, Recife
Rua Aimorés 981, Lourdes, 30140-071 Belo Horizonte MG
Rua Dom Pedro II 88, Centro, Juiz de Fora - MG
Rua Osvaldo Cruz 1, Centro, Fortaleza
Rua Ceará 12, Centro, Porto Velho - RO
Rua Sergipe 10, casa B, Vila Bela, São José dos Campos
Av. Nações Unidas 12901, Brooklin, São Paulo - SP, 04578-000
Rua Bela Cintra 1500 apto 23 São Paulo
Rua General Osório 400, Centro, Santa Maria - RS
Rua do Rosário 120, Centro, Rio de Janeiro - RJ, 20041-004
Travessa da Lapa 3, Lapa, Salvador - BA
Rua Minas Gerais 30, Boqueirão, Praia Grande - SP
Rua Domingos de Morais 2187, apto 12, Vila Mariana, São Paulo - SP
Rua Rui Barbosa 800, Centro, Macaé - RJ
Av. Dr. Chucri Zaidan 1240, Vila São Francisco, SP
Rua Pernambuco 1000, Savassi, BH
Rua Alferes Poli 420, Centro, Curitiba - PR
Rua dos Pinheiros 870, Pinheiros, São Paulo
Rua Amapá 21, casa 2, Vila Isabel, Rio de Janeiro
Rua Tabapuã 1123, Itaim Bibi, São Paulo - SP
Sítio Boa Esperança s/n, Zona Rural, Garanhuns - PE
Rua Acre 33, Centro, Rio Branco - AC, 69900-000
Rua Siqueira Campos 143, loja 12, Copacabana, Rio de Janeiro
Rua Monte Alegre 984, Perdizes, São Paulo - SP, 05014-000
Av. Bento Gonçalves 4200 bl 7 ap 301 Partenon Porto Alegre RS
Rua Pedro Primeiro 55, Centro, Teresina - PI
CEP 01310-100, Av. Paulista 900, conj. 52, São Paulo
""")

# --- Germany (de) ------------------------------------------------------------------------
ADDRESSES["DE"] = _rows("""
Hauptstraße 12, 10115 Berlin
Goethestr. 5a
Lindenallee 33, 3. OG links, 50968 Köln
Am Marktplatz 2 | 79098 Freiburg im Breisgau
bahnhofstr 17 80335 münchen
Schillerstraße 48, Hinterhaus, 2. Stock, 04109 Leipzig
Berliner Str. 101, Whg. 14, 60311 Frankfurt am Main
Kirchweg 4, 27356 Rotenburg (Wümme)
Mozartstraße 9 b, 93047 Regensburg
In der Aue 7, 65205 Wiesbaden-Nordenstadt
Postfach 10 12 34, 70011 Stuttgart
Friedrich-Ebert-Str. 210, 42117 Wuppertal
HAFENSTRASSE 3, 20459 HAMBURG
Dorfstr. 1, OT Kleinmachnow, 14532 Stahnsdorf
Ringstraße 66 | App. 203 | 86150 Augsburg
c/o Praxis am Ring, Kaiserring 10, 68161 Mannheim
Poststraße 20, 01067 Dresden
Am Sonnenhang 14, 97076 Würzburg
Lange Reihe 88, 20099 Hamburg
Wilhelmstr. 7, 3. Etage, 52070 Aachen
Karl-Marx-Allee 90, Aufgang B, 10243 Berlin
Gartenweg 3a, 34117 Kassel
Marktstr. 15-17, 72764 Reutlingen
Bergstraße 2, 69120 Heidelberg
Eichendorffstraße 21, 90491 Nürnberg
zum alten wasserturm 4, 41236 mönchengladbach
Königsallee 60, 40212 Düsseldorf
Rosenstraße 11 EG rechts, 30159 Hannover
Feldstraße 5, 24105 Kiel
Am Kanal 19, 14467 Potsdam
Breite Str. 30, 53111 Bonn
Schlossallee 2, 76131 Karlsruhe
Burgstraße 8, 99084 Erfurt
Neue Straße 4, 89073 Ulm
Sandweg 23, 60316 Frankfurt
Blumenstr. 12, 2. OG, 80331 München
Ahornweg 6, 18057 Rostock
Kantstraße 150, 10623 Berlin-Charlottenburg
Talstr. 38, 66119 Saarbrücken
Lessingstr. 1, 39108 Magdeburg
Im Winkel 3, 53340 Meckenheim
Uhlandstraße 27, 73728 Esslingen am Neckar
An der Alster 40, 20099 Hamburg
Birkenweg 12, 31137 Hildesheim
Mühlenstraße 9 | 26122 Oldenburg
Schulstr. 4, 84028 Landshut
Marienplatz 1, 80331 München
Kaiserstraße 55, 55116 Mainz
Waldweg 17, 01326 Dresden
Hohe Str. 41, 50667 Köln
Dieselstraße 5, Gewerbegebiet Nord, 74076 Heilbronn
LUDWIGSTR. 22, 95444 BAYREUTH
Gneisenaustraße 44, 10961 Berlin
Am Rathaus 1, 33098 Paderborn
Herderstr. 13, 07743 Jena
Steinstraße 26, 06108 Halle (Saale)
Wiesenweg 2, 49074 Osnabrück
Obere Str. 5, 37073 Göttingen
Karlstraße 8, 3. Stock rechts, 70173 Stuttgart
Elbchaussee 300, 22605 Hamburg
Im Grund 6, 35390 Gießen
Kurfürstendamm 195, 10707 Berlin
Bismarckstr. 70, 45128 Essen
Rheinstraße 14, 64283 Darmstadt
Am Burggraben 2, 96047 Bamberg
Amselweg 9, 25524 Itzehoe
hauptsrasse 3, 71032 böblingen
Lindenstr. 16, Seitenflügel, 10969 Berlin
Großer Burstah 31, 20457 Hamburg
Münsterplatz 8, 89073 Ulm
Tannenweg 19, 83022 Rosenheim
Kolpingstraße 1, 48143 Münster
Waldstraße 4 c, 54292 Trier
Am Bahnhof 2, 09111 Chemnitz
Brunnenstraße 54, 13355 Berlin
Domplatz 3, 44135 Dortmund
Sternstr. 9, 53111 Bonn
Fritz-Reuter-Weg 5, 23966 Wismar
Mittelweg 17, 60318 Frankfurt am Main
Kastanienallee 12, Hinterhof, 10435 Berlin
Kirchstraße 2, 56068 Koblenz
Hansaring 70, 50670 Köln
Zeppelinstraße 8, 88045 Friedrichshafen
Alte Landstraße 120, 22339 Hamburg
Gutenbergstr. 3, 47441 Moers
Lerchenweg 14, 91126 Schwabach
Schwanthalerstraße 32, 80336 München
Ostwall 7, 47798 Krefeld
Bahnhofsplatz 1, 28195 Bremen
Kiefernweg 2, 03044 Cottbus
Domstr. 20, 17489 Greifswald
Schützenstraße 10, 26789 Leer (Ostfriesland)
An den Eichen 3, 16225 Eberswalde
Heinrich-Heine-Str. 40, 06844 Dessau-Roßlau
Holzmarkt 6, 38640 Goslar
Löwenstraße 2 1/2, 86152 Augsburg
Grabenstraße 11, 78462 Konstanz
Pfarrgasse 3, 63739 Aschaffenburg
Marktplatz 4, 74523 Schwäbisch Hall
Sophienstraße 29, 76530 Baden-Baden
Römerstr. 15, 54290 Trier
Industriestr. 22, Halle 3, 41460 Neuss
Moltkestraße 1, 19053 Schwerin
Jahnstraße 18, 85049 Ingolstadt
Oranienstr. 185, 10999 Berlin
Fischmarkt 5, 99084 Erfurt
Weserstraße 44, 32423 Minden
Frankenstraße 150, 90461 Nürnberg
Am Hang 8, 82319 Starnberg
Kaiser-Wilhelm-Ring 12, 50672 Köln
Prinzregentenstraße 80, 81675 München
Hegelstraße 3, 39104 Magdeburg
Bürgerstraße 10, 37073 Göttingen
Marktstraße 1, 25980 Sylt OT Westerland
Nordstr. 2 | 2. Etage | 32105 Bad Salzuflen
Zollstraße 6, 79539 Lörrach
Erlenweg 4a, 21079 Hamburg-Harburg
Blücherstr. 17, 65195 Wiesbaden
Auf dem Berge 9, 28844 Weyhe
Humboldtstraße 33, 04105 Leipzig
Weinbergstraße 2, 01129 Dresden
Klosterstraße 12, 40211 Düsseldorf
Bergmannstr. 102, 10961 Berlin
Am Wall 155, 28195 Bremen
kaiserstr 12 whg 5 66111 saarbrücken
Ulmenweg 7, 99425 Weimar
Hindenburgstraße 3, 41061 Mönchengladbach
Maximilianstraße 11, 86150 Augsburg
Sonnenstr. 8, 80331 München
Wallstraße 24, 55122 Mainz
Rathausstraße 5, 72555 Metzingen
Große Bleichen 12, 20354 Hamburg
""")

# --- France (fr) -------------------------------------------------------------------------
ADDRESSES["FR"] = _rows("""
12 rue de la République, 69002 Lyon
45 bd Haussmann, 75009 Paris
3 bis avenue Jean Jaurès
8 rue des lilas 33000 bordeaux
27 av. Foch, appt 14, 3e étage, 75116 Paris
5 place du Marché | 21000 Dijon
14 ter chemin des Vignes, 84000 Avignon
Bâtiment C, escalier 2, 18 rue Victor Hugo, 59000 Lille
Résidence Les Acacias, apt 22, 4 allée des Peupliers, 31400 Toulouse
BP 1234, 13001 Marseille
102 RUE NATIONALE, 37000 TOURS
7 impasse du Moulin, 44100 Nantes
lieu-dit La Croix Blanche, 35190 Tinténiac
23 quai de la Loire, 75019 Paris
1 rue Pasteur 06000 Nice
60 boulevard Gambetta, Bât. A, 38000 Grenoble
11 rue Sainte-Catherine, 33000 Bordeaux
route de Paris km 5, 45000 Orléans
9 rue du Général Leclerc, 67000 Strasbourg
34 cours Mirabeau, 13100 Aix-en-Provence
2 rue de l'Église, 57000 Metz
16 av. de la Gare, 64000 Pau
rue des écoles 15, 29200 brest
4 place Bellecour, 69002 Lyon
88 rue de Rivoli, 75004 Paris
19 allée des Tilleuls, Résidence du Parc, 78000 Versailles
6 rue Jeanne d'Arc, 76000 Rouen
chez Boulangerie Martin, 10 Grande Rue, 25000 Besançon
31 rue de la Paix | appt 5 | 51100 Reims
77 avenue de la Libération, 63000 Clermont-Ferrand
5 rue du Château, 86000 Poitiers
13 rue des Carmes, 14000 Caen
22 rue Saint-Ferréol, 13001 Marseille
150 route de Lyon, 38300 Bourgoin-Jallieu
40 rue de Metz, 54000 Nancy
18 rue Voltaire, 49100 Angers
3 rue des Halles, 17000 La Rochelle
9 chemin de la Plage, 83400 Hyères
26 bd de la Liberté, 59800 Lille
1 square Charles de Gaulle, 94000 Créteil
5 avenue des Champs-Élysées, 75008 Paris
71 rue d'Antibes, 06400 Cannes
17 rue Nationale, 62000 Arras
3 rue Pierre Corneille, Lyon
12 rue du Faubourg Saint-Antoine, 75011 Paris
43 rue de Siam, 29200 Brest
8 rue de la Monnaie, 59000 Lille
2 rue Saint-Michel, 35000 Rennes
96 avenue de Grammont, 37000 Tours
24 place du Capitole, 31000 Toulouse
1 bis rue des Fleurs, 68100 Mulhouse
la Ferme des Aulnes, 41120 Cellettes
55 rue du Commerce, 75015 Paris
6 rue du 8 Mai 1945, 60000 Beauvais
11 rue des Trois Rois, 72000 Le Mans
19 rue Nationale, 71100 Chalon-sur-Saône
7 rue Foch, 34000 Montpellier
46 avenue Thiers, 06000 Nice
8 RUE DES TANNEURS, 87000 LIMOGES
32 rue Carnot, 03000 Moulins
15 quai Saint-Antoine, 69002 Lyon
2 place de la Comédie, 34000 Montpellier
4 rue Émile Zola, 42000 Saint-Étienne
210 rue de Vaugirard, 75015 Paris
14 avenue du Maréchal Juin, 92100 Boulogne-Billancourt
9 rue Sadi Carnot, 93100 Montreuil
3 allée des Marronniers, 91300 Massy
Zone artisanale Les Prés, lot 7, 01100 Oyonnax
25 rue Lamartine, 66000 Perpignan
15 rue Jean Moulin, appartement 8, 30000 Nîmes
81 rue de la Pompe, 75016 Paris
2 rue du Port, 56100 Lorient
37 rue de Bretagne, 53000 Laval
10 rue Gambetta, 80000 Amiens
18 place Stanislas, 54000 Nancy
6 rue Paul Bert, 92120 Montrouge
5 rue des Augustins, 22100 Dinan
44 rue de la Marne, 02200 Soissons
12 avenue de Verdun, 11000 Carcassonne
hameau de Peyre, 12100 Millau
1 rue du Docteur Roux, 10000 Troyes
140 rue Oberkampf, 75011 Paris
23 rue Mercière, 69002 Lyon
67 rue de Brest, 29000 Quimper
9 av. Maréchal Foch, 87000 Limoges
3 rue des Remparts, 24000 Périgueux
58 boulevard Voltaire, 75011 Paris
20 rue du Palais, 19100 Brive-la-Gaillarde
11 rue Aristide Briand, 58000 Nevers
rés. Le Clos Fleuri bât B apt 12 | 5 rue des Roses | 45100 orléans
7 chemin du Lavoir, 74000 Annecy
29 rue de Strasbourg, 44000 Nantes
4 rue de la Poste, 73000 Chambéry
36 rue Saint-Jean, 57000 Metz
1 place de l'Hôtel de Ville, 42000 Saint-Étienne
13 rue Thiers, 38000 Grenoble
8 rue Alsace-Lorraine, 31000 Toulouse
52 avenue de la République, 75011 Paris
16 rue de la Gare, 68000 Colmar
3 route de Bayonne, 40100 Dax
75 rue Blatin, 63000 Clermont-Ferrand
2 rue Beauvoisine, 76000 Rouen
24 rue des Marchands, 68000 Colmar
5 rue Nationale, 97400 Saint-Denis (La Réunion)
90 rue Saint-Dominique, 75007 Paris
12 rue du Lac, 74200 Thonon-les-Bains
19 bd Carnot, 06400 Cannes
4 avenue Clemenceau, 64200 Biarritz
33 rue Esquermoise, 59000 Lille
rue de la fontaine 6 86000 poitiers
14 rue du Vieux Marché, 76000 Rouen
2 chemin de Halage, 77400 Lagny-sur-Marne
47 rue de Charonne, 75011 Paris
10 rue Gutenberg, 67000 Strasbourg
18 rue de Brest, 35000 Rennes
63 rue Saint-Honoré, 75001 Paris
29 bis rue de la Victoire, 95100 Argenteuil
21 rue des Trois Maillets, 51100 Reims
7 rue Montesquieu, 47000 Agen
6 rue Ledru-Rollin, 94200 Ivry-sur-Seine
15 rue de la Croix Rousse, 69004 Lyon
1 avenue Jean Médecin, 06000 Nice
17 place de la Cathédrale, 67000 Strasbourg
26 rue Saint-Martin, 56000 Vannes
84 cours Victor Hugo, 33000 Bordeaux
11 rue du Lycée, 92330 Sceaux
3 impasse des Cerisiers, 31830 Plaisance-du-Touch
5 rue d'Alésia, 75014 Paris
22 rue Gustave Eiffel, ZI Nord, 49300 Cholet
8 rue paradis 13001 marseile
40 Grande Rue, 2e étage porte gauche, 78100 Saint-Germain-en-Laye
4 rue de l'Abbaye, 27000 Évreux
""")

# --- United Kingdom (en) -----------------------------------------------------------------
ADDRESSES["GB"] = _rows("""
14 Church Road, London SW19 5DQ
Flat 3, 27 Victoria Street, Bristol BS1 6AA
22 mill lane, leeds ls6 2aa
The Old Rectory, Main Street, Little Snoring, Norfolk NR21 0HZ
Flat 12b Kingsley Court | 5 Park Avenue | Manchester M14 5JT
9 High St, Oxford OX1 4AA
118 Cowley Rd
Apt 4, 61 Albert Rd, Southsea PO4 0JT
3 Rose Cottages, Station Road, Ely CB7 4BS
PO Box 512, Cardiff CF10 1XX
45A Queen's Road, Brighton BN1 3XE
Unit 7, Riverside Industrial Estate, Warrington WA1 1RG
2/1, 38 Byres Road, Glasgow G11 5JY
17 Elm Grove, Headingley, Leeds
FLAT 6 ROSEBERY HOUSE 12 DALRY ROAD EDINBURGH EH11 2AH
c/o The Red Lion, 4 Market Place, Thame OX9 3DX
88 Stanley Rd, Liverpool L20 7BS
Ground floor flat, 19 Cromwell Road, Hove BN3 3EB
5 Beech Close, Kenilworth, Warwickshire CV8 1DP
Rose Farm, Long Lane, Upper Slaughter GL54 2JJ
33 Lower Bristol Rd, Bath BA2 3BE
10 Downing Crescent, Stoke-on-Trent ST4 7AA
Flat 1, 2 Princes Street, Edinburgh EH2 2ER
71 Newport Road, Cardiff CF24 0AA
4 The Green, Richmond TW9 1PL
15 Ormeau Rd, Belfast BT7 1SH
56 Dale St, Manchester M1 2HF
1 Abbey Mews, York YO1 7HB
Flat 9 Marine Court, Esplanade, Scarborough YO11 2AQ
21 Hollybush Lane, Welwyn Garden City AL7 4JS
112 Holloway Rd, London N7 8JE
7 Tannery Way, Kendal LA9 4DR
8 Castle St, Norwich NR2 1PB
The Cottage, 3 Chapel Row, Much Wenlock TF13 6AQ
Basement flat, 40 Clarendon Road, Notting Hill, London W11 3AD
230 Lichfield Road, Sutton Coldfield B74 2UG
3 Wellington Square, Ayr KA7 1EN
26 Harbour Street, Whitstable CT5 1AJ
14 Oak Avenue, Cheadle SK8 1EX
flat 2 41 gloucester road bristol bs7 8af
9 St Mary's Place, Shrewsbury SY1 1DZ
90 Sauchiehall St, Glasgow G2 3DE
6 Pine Close, Camberley GU15 2EE
44 Eastgate, Lincoln LN2 1QA
12 Orchard Way, Tiverton, Devon EX16 6RE
Flat 5, Lansdowne House, 2 Lansdowne Place, Cheltenham GL50 2HU
19 Trinity Street, Cambridge CB2 1TB
3 Meadow View, Hexham NE46 3LX
Unit 3, Cobden Works, 77 Sheffield Road, Barnsley S70 1HN
62 Fishergate, Preston PR1 2UH
18 Portland Terrace, Southampton SO14 7EJ
1 Quayside, Newcastle upon Tyne NE1 3DX
11 bell st henley on thames rg9 2bw
Flat C, 250 Walworth Road, London SE17 1JE
7 Sandy Lane, Chester CH3 5UL
Hillview Farm, Pennant Road, Llanidloes SY18 6NH
53 Grange Rd, Darlington DL1 5NR
28 North Parade, Aberystwyth SY23 2JN
2 Coronation Cottages, Ashby-de-la-Zouch LE65 2AB
81 Ecclesall Road, Sheffield S11 8HR
9 Market Square, Bicester OX26 6AA
16 Southgate, Chichester PO19 1ES
Flat 10, 8 Bath Street, Aberdeen AB11 6AD
6 Woodland Drive, Swansea SA2 0PY
134 Gloucester Rd, Horfield, Bristol
39 Ladbroke Grove, London W11 3AY
Top floor, 12 Clifton Terrace, Brighton BN1 3HA
5 Waverley Rd, Redland, Bristol BS6 6ES
27 Stoney St, Nottingham NG1 1LP
14 Silver St, Durham DH1 3RB
3 Victoria Parade, Torquay TQ1 2BD
The Barn, Hall Farm, Church Lane, Great Easton CM6 2HB
20 Cathedral Road, Cardiff CF11 9LJ
61 Bold Street, Liverpool L1 4EZ
Flat 4/2, 10 Hyndland Road, Glasgow G12 9UP
22 King Street, Ludlow SY8 1AQ
4 Lime Tree Walk, Milton Keynes MK14 6AB
190 Kingsland Rd, London E2 8EB
8 Oxford Road, Reading RG1 7LA
15 Friar Gate, Derby DE1 1BU
36 High Street, Stamford PE9 2BB
1 Regent Terrace, Cambridge CB2 1AA
77 bridge steet, worcester wr1 2ps
11 Lord Street, Southport PR8 1NY
Flat 7, Tower Court, 1 Sea Road, Bexhill-on-Sea TN40 1EE
9 Hope St, Lerwick ZE1 0EA
Apartment 18, The Wharf, 2 Canal Street, Birmingham B1 2AB
5 Cherry Tree Ave, Bangor BT20 4EQ
43 Fore St, St Ives TR26 1HE
2 Clarence Street, Kingston upon Thames KT1 1NS
17 Priory Road, Hampton Wick
58 Bath Road, Swindon SN1 4AU
Flat 2, 14 Mount Pleasant, Tunbridge Wells TN1 1QU
6 Larkspur Close, Basingstoke RG22 5NS
12 GEORGE STREET, EDINBURGH EH2 2PF
30 Crown Street, Aberdeen AB11 6HB
4 Gordon Place, Inverness IV2 3HE
21 Thornhill Road, Huddersfield HD3 3DD
The Mill House, Mill Road, Harleston IP20 9AA
8 Mansfield Rd, Nottingham NG5 2BT
41 Westgate Street, Gloucester GL1 2NW
10 Ash Grove, Hereford HR1 1JN
2 Rectory Gardens, Wokingham RG40 1EX
Flat 3 | 9 Albion Street | Hull HU1 3TG
55 Commercial Street, Lerwick
19 Claremont Road, Surbiton KT6 4QU
3 Cedar Drive, Loughborough LE11 2PN
Room 14, Hall 3, University Park, Nottingham NG7 2RD
76 Northdown Road, Margate CT9 2RE
26 London Road, Sevenoaks TN13 1AP
13 Sycamore Close, Peterborough PE3 6JT
1 Lower Street, Stansted Mountfitchet CM24 8LN
5 Greenhill Place, Lanark ML11 7AL
28 Wolverhampton St, Dudley DY1 1DB
44 Albert Road, Stockport SK4 4QF
9 Mount Street, Taunton TA1 3QB
2 Hawthorn Rise, Sherborne DT9 3QW
Flat 1, 60 Lee High Road, London SE13 5PE
7 Queen Street, Exeter EX4 3SR
133 Lozells Road, Birmingham B19 2TP
14 Bridge Street, Stratford-upon-Avon CV37 6AB
31 Wood Lane, Harborne, Birmingham
3 Park Row, Leeds LS1 5HN
Apartment 6, Century Buildings, 14 St Mary's Parsonage, Manchester M3 2DF
9 West End, Redruth TR15 2SA
22 Kings Road, Reading RG1 3AA
4 Church Walk, Bury St Edmunds IP33 1NN
82 Abbey Foregate, Shrewsbury SY2 6AE
15 Station Rd, Keighley BD21 4DA
Flat 8 Clarence House, 3 Clarence Street, Cheltenham
71 Causewayside, Edinburgh EH9 1QF
2 Tudor Way, Hertford SG14 2DL
""")

# --- United States (en) ------------------------------------------------------------------
ADDRESSES["US"] = _rows("""
1420 Maple Ave, Springfield, IL 62704
233 W 14th St Apt 5C, New York, NY 10011
88 elm stret
4512 Sunset Blvd #210, Los Angeles, CA 90027
PO Box 1187, Bozeman, MT 59771
1900 N Lamar Blvd, Austin TX 78705
77 Beacon St, Boston, MA 02108
310 Oak Ridge Dr | Knoxville, TN 37919
5 Harbor View Rd, Bar Harbor ME 04609
2600 Pennsylvania Ave NW Apt 402, Washington, DC 20037
1125 S Michigan Ave, Unit 1806, Chicago, IL 60605
742 Evergreen Terrace, Eugene, OR 97401
19 Pine Hill Ln, Concord NH 03301
9800 Westheimer Rd Ste 300, Houston, TX 77042
412 e main st, bozeman mt
1600 Lakeshore Dr, Apt 12B, Madison WI 53715
3301 N Central Ave, Phoenix, AZ 85012
56 Orchard St, Brooklyn, NY 11211
8 Cedar Ct, Naperville IL 60540
RR 2 Box 45, Hinton, WV 25951
1207 Peachtree St NE, Atlanta, GA 30309
4100 Wisconsin Ave NW, Washington DC 20016
65 Mission St Apt 3, San Francisco, CA 94105
2021 Broadway, Nashville, TN 37203
c/o Riverside Dental, 450 River Rd, Suite 2, Hartford CT 06103
301 Cherry Ln, Lancaster, PA 17601
15 COLONIAL DR, WILLIAMSBURG VA 23185
1815 Pike Pl, Seattle, WA 98101
6020 Gulf Blvd, St Pete Beach, FL 33706
910 Walnut St, Kansas City, MO 64106
2340 Fulton St, Denver, CO 80238
45 Rockefeller Plaza, New York NY 10111
123 county road 7, fort morgan co 80701
7001 E Speedway Blvd, Tucson AZ 85710
500 Market St Apt 1502 | Philadelphia, PA 19106
211 Magnolia St, Savannah, GA 31401
3400 Spruce Street, Philadelphia PA
99 Ocean Ave, Santa Monica CA 90402
1500 Canal St, New Orleans, LA 70112
27 Birch Rd, Burlington, VT 05401
818 SW 3rd Ave, Portland, OR 97204
4440 Elm Creek Pkwy, Maple Grove MN 55369
Apt 7, 64 Washington St, Hoboken NJ 07030
1010 W Grand River Ave, Lansing, MI 48906
260 Commerce Dr, Rochester NY 14623
14 Maple Ln, Scarsdale NY 10583
3025 Paseo Del Prado, Albuquerque NM 87110
1200 1st Ave S, Seattle WA 98134
451 Franklin St, Cambridge MA 02139
2150 Shattuck Ave, Berkeley CA 94704
6 River St, Sandusky OH 44870
8300 Hwy 70 W, Cordova, TN 38018
1234 Main Street Apt 2R, Wichita, KS 67202
345 Park Ave S, 10th Floor, New York, NY 10010
17 Sycamore Ave, Charleston SC 29407
50 Kalakaua Ave #1104, Honolulu, HI 96815
4700 Kingsway Dr, Indianapolis, IN 46205
3920 Lindell Blvd, St. Louis, MO 63108
2222 Michigan Ave, Santa Monica CA
102 Bayou Rd, Lafayette, LA 70503
801 Congress Ave Suite 400, Austin TX 78701
29 Spring St, Saratoga Springs, NY 12866
1776 Liberty Ln, Valley Forge PA 19481
640 N La Salle Dr, Chicago IL 60654
412 Cypress St, Abilene, TX 79601
2300 Ridge Rd, Lincoln NE 68502
17 Lake Shore Rd, Lake Placid, NY 12946
7400 Hollister Ave, Goleta CA 93117
1010 Harbor Blvd Unit B, Oxnard CA 93035
318 Elm St Fl 2, Northampton MA 01060
3000 K St NW, Washington, DC 20007
2900 SW 72nd Ave, Miami FL 33155
22 Railroad Ave, Bozeman, MT 59715
400 Dexter Ave N, Seattle
115 W Washington St, Indianapolis IN 46204
1600 Amphitheatre Loop, Boulder CO 80302
5840 Olive Blvd, St Louis MO 63112
930 Hillcrest Rd, Mobile, AL 36695
48 Court St, Plymouth MA 02360
201 E Colfax Ave, Denver CO 80203
1400 Stadium Way Apt 33, Pullman WA 99163
315 Walnut Ave, Ames IA 50010
2525 Bluebonnet Ln, Plano TX 75075
12 Quail Run, Santa Fe NM 87505
9 Willow St, Salem MA 01970
600 Brickell Ave Ste 1200, Miami, FL 33131
700 N High St, Columbus OH 43215
3550 S Las Vegas Blvd, Las Vegas, NV 89109
81 Prospect St, Providence RI 02906
1111 Lincoln Rd, Miami Beach FL 33139
2405 Garden Ln, Boise ID 83706
4 Hawthorne Cir, Greenwich CT 06830
1900 Market St, San Francisco CA 94102
360 State St, New Haven CT 06510
8050 Sandhill Rd, Fort Myers FL 33912
1020 E Jefferson St, Louisville KY 40206
72 Ridgewood Ave, Glen Ridge NJ 07028
221 Baker St, Reno NV 89502
5201 Dodge St, Omaha, NE 68132
47 north st apt 3 pittsfield ma 01201
2900 Chain Bridge Rd, Oakton, VA 22124
318 Main St, Park City UT 84060
1000 S 4th St, Louisville, KY 40203
1330 Boylston St Apt 811, Boston MA 02215
6100 Main St, Houston TX 77005
25 Meadowbrook Rd, West Hartford, CT 06107
2001 Rio Grande Blvd NW, Albuquerque NM
1450 Washington Blvd, Detroit MI 48226
830 Poplar Ave, Memphis TN 38105
77 Summer St, Stamford CT 06901
4321 Desert Willow Dr, Scottsdale AZ 85255
501 Dunn St, Bloomington IN 47401
1 Lighthouse Ln, Montauk NY 11954
2718 Pine St, Duluth MN 55812
3900 University Way NE, Seattle, WA 98105
612 Dogwood Trl, Asheville NC 28803
1234 CHESTNUT ST APT 5, PHILADELPHIA PA 19107
201 Gay St, Knoxville TN 37902
7 Fox Hollow Rd, Woodstock NY 12498
940 S Main St, Salt Lake City, UT 84111
3311 Mockingbird Ln, Dallas TX 75205
11 Harrison Ave, Glens Falls NY 12801
555 California St Fl 26, San Francisco, CA 94104
1450 Old Town Rd, Chapel Hill NC 27514
84 Bay St, Sag Harbor NY 11963
201 Route 9, Englishtown NJ 07726
9 Windmill Ln, Nantucket, MA 02554
1300 Post Oak Blvd, Houston, TX 77056
55 Water St Apt 14F, Brooklyn NY 11201
2710 State Hwy 16, Bandera TX 78003
98 Church St, Burlington, VT
1608 n. milwaukee ave, chicago il 60647
""")

# --- India (en) --------------------------------------------------------------------------
ADDRESSES["IN"] = _rows("""
H.No. 12-2-417, Gudimalkapur, Hyderabad 500028
Flat 302, Sai Krupa Apartments, 14th Cross, Malleswaram, Bangalore 560003
B-45, Sector 62, Noida, Uttar Pradesh 201301
House No 221, Near Hanuman Mandir, Sector 15, Gurgaon
flat no 5 2nd floor shanti niwas nehru road vile parle east mumbai 400057
C-12, Lajpat Nagar II, New Delhi 110024
12, Gandhi Street, T. Nagar, Chennai - 600017
Plot No. 88, Phase 2, Electronic City, Bengaluru 560100
D/404, Sunrise Towers, Opp. Big Bazaar, Andheri West, Mumbai 400058
No. 7, 3rd Main Road, Jayanagar 4th Block, Bangalore
House 16, Ward 9, Near Govt School, Kottayam, Kerala 686001
Shop No 3, Laxmi Complex, MG Road, Pune 411001
A-201, Green Park Society, Satellite, Ahmedabad 380015
Qtr No. 45, Railway Colony, Kharagpur 721301
27/3 Park Street, Kolkata 700016
Village Rampur, PO Bhadaur, Dist Barnala, Punjab 148102
H.No 5-9-22/1, Adarsh Nagar, Hyderabad
Flat 8B, Tower 3, Prestige Shantiniketan, Whitefield, Bengaluru 560048
WZ-104, Uttam Nagar, New Delhi 110059
14 Rajpur Road, Dehradun 248001
Door No. 4-56, Main Road, Near Bus Stand, Guntur, Andhra Pradesh 522001
FLAT 12 ASHOK VIHAR PHASE 3 DELHI 110052
Room 5, Bhagwati Chawl, Dharavi Cross Road, Mumbai 400017
#23, 1st Floor, 5th Cross, Indiranagar, Bangalore 560038
Plot 45, Sector 21, Chandigarh 160022
c/o Sharma General Store, Main Bazaar, Manali, HP 175131
3rd floor, 18 Camac Street, Kolkata 700017
E-502, Lodha Amara, Kolshet Road, Thane West 400607
House no 88 gali no 4 near jama masjid old delhi
2/14, Anna Nagar West, Chennai 600040
Villa 19, Palm Meadows, Varthur Road, Bangalore 560066
Flat 101 | Shree Ganesh Apartments | Baner Road | Pune 411045
118, Civil Lines, Jaipur, Rajasthan 302006
B-3/56 Paschim Vihar, New Delhi
No. 32, Temple Street, Near Meenakshi Temple, Madurai 625001
Ward No. 7, Station Road, Sitamarhi, Bihar 843301
Quarter 14, Block C, BHEL Township, Bhopal 462022
61/2 Rash Behari Avenue, Kolkata 700019
Flat G-2, Swathi Residency, Kondapur, Hyderabad 500084
Plot no. 12, Sector 7, Vashi, Navi Mumbai 400703
House No. 401, Sector 9, Panchkula, Haryana
17 MG Road, Camp, Pune
New No. 45, Old No. 23, Greams Road, Chennai 600006
TC 25/1234, Thampanoor, Thiruvananthapuram 695001
Flat 3C, Kanchan Apartments, Near Law Garden, Ahmedabad 380006
A-9, Hauz Khas, New Delhi 110016
SCO 58, Sector 26, Chandigarh
56, Linking Road, Bandra West, Mumbai 400050
Near Clock Tower, Ghanta Ghar Chowk, Jodhpur 342001
H No 34 Block 2 Kalkaji New Delhi 110019
Flat No. 904, Wing B, Kalpataru Estate, Powai, Mumbai 400076
15/A, Model Town, Ludhiana, Punjab 141002
PO Box 2015, Cochin 682016
G-14, Saket, New Delhi 110017
Door No 8-3-167, Yellareddyguda, Ameerpet, Hyderabad 500073
Room 304, Boys Hostel 2, IIT Campus, Powai, Mumbai 400076
No 9, Church Street, Bangalore 560001
Gali No. 3, Krishna Nagar, Behind Petrol Pump, Mathura 281004
Plot 7, Shivaji Nagar, Nagpur 440010
22 Hazratganj, Lucknow 226001
B-12 Defence Colony, New Delhi 110024
Flat 2A, Rose Villa, Bund Garden Road, Pune 411001
House 40, Sector 4, R.K. Puram, New Delhi
Tower 6, Flat 1103, Supertech Capetown, Sector 74, Noida 201301
34, Brigade Road, Bangalore 560025
Near Gurudwara, VPO Phagwara, Kapurthala, Punjab 144401
H.No. 1-1-79, RTC X Roads, Hyderabad 500020
121 Nehru Place, New Delhi 110019
Flat 6, Sea Breeze CHS, Juhu Tara Road, Mumbai 400049
14/2 Ballygunge Circular Road, Kolkata
No 3, 2nd Street, Gopalapuram, Chennai 600086
DLF Phase 3, U Block, House 27, Gurugram 122002
Flat 501, Prestige Lakeside, Varthur, Bangalore
House No. 9, Lane 2, Rajpur Road, Dehradun
Plot 33, Jubilee Hills Road No. 10, Hyderabad 500033
K-5, Green Park Main, New Delhi 110016
12, Fort Road, Kannur, Kerala 670001
A-14 Vaishali Nagar Jaipur 302021
Shop 12, Ground Floor, Crystal Mall, Rajkot 360001
Flat 402, Building 7, Mhada Colony, Goregaon East, Mumbai 400065
15 Marine Drive, Ernakulam, Kochi 682031
C-304, Ansal Plaza, Sector 1, Vaishali, Ghaziabad 201010
House no. 112, Near Shiv Mandir, Kankarbagh, Patna 800020
no 67 car steet udupi 576101
8 Cantonment Road, Cuttack 753001
Flat 3, 1st Floor, 29 Hill Road, Bandra West, Mumbai
B-7, Sector C, Aliganj, Lucknow 226024
Plot 101, IT Park, Chandigarh 160101
23/1, Sarat Bose Road, Kolkata 700020
Flat 17, Block B, DDA Flats, Munirka, New Delhi 110067
H.No. 2-3-64, Amberpet, Hyderabad
Room 12, Girls Hostel, St. Xavier's College, Mumbai 400001
75, Residency Road, Bangalore 560025
Flat 201, Sapphire Heights, Near D-Mart, Wakad, Pune 411057
House 12, Lane 4, Sector 10, Dwarka, New Delhi 110075
19 Mall Road, Shimla 171001
A-3, Kamla Nagar, Agra 282005
Ganesh Peth, Near Bus Stand, Nagpur 440018
Flat 7, Silver Oak Apartments, Sector 50, Noida
45/6 Kasturba Road, Bangalore
No. 14, 4th Avenue, Ashok Nagar, Chennai 600083
Flat 11, Sunshine Apartments, Panjim, Goa 403001
22, Russell Street, Kolkata 700071
House No 56, Village Kheri, Tehsil Sonipat, Haryana 131001
Flat No 203, Vasant Vihar Society, Thane 400610
17-A, Sardarpura, Jodhpur
Plot No 4, Gachibowli, Hyderabad 500032
B-204 Mayur Vihar Phase 1 Delhi 110091
6 Park Lane, Secunderabad 500003
Flat 12, Hill View, Near IIM, Vastrapur, Ahmedabad
301, Orchid Enclave, Vijay Nagar, Indore 452010
House 28, Golf Links, New Delhi 110003
No. 45, 80 Feet Road, Koramangala 4th Block, Bangalore 560034
Flat 9, Jeevan Jyoti, Sion West, Mumbai 400022
House No. 19, Near Gandhi Chowk, Raipur, Chhattisgarh 492001
Sector 17-C, Shop 33, Chandigarh
D-15, Kailash Colony, New Delhi 110048
11 Lal Bagh Road, Lucknow
Flat 605, Ashiana Towers, Sakchi, Jamshedpur 831001
H.No 7, Lane 3, Jawahar Nagar, Srinagar 190008
Plot 12, Kukatpally Housing Board, Hyderabad 500072
14/B, Salt Lake Sector 1, Kolkata 700064
Flat 2, Ground Floor, 8 Boat Club Road, Pune 411001
House 3, Near Railway Crossing, Hapur Road, Meerut 250002
No.5, Ramakrishna Street, Puducherry 605001
Flat 14, Sheetal Apartments, Opp. City Mall, Surat 395007
9, Kamaraj Salai, Coimbatore 641018
H.No. 6, Near SBI ATM, Main Market, Karnal
Flat 1204, Tower B, Amrapali Sapphire, Sector 45, Noida 201303
no.18 kamarajar street near post office tirunelveli
33, Sector 14, Near Huda Market, Faridabad 121007
Flat 6, Anand Bhavan, Near Sion Hospital, Mumbai 400022
""")

# --- message shapes, per country (a language's are its countries' together) ---------------
SHAPES["IT"] = _rows("""
Buongiorno, potete spedire a {A}? grazie
indirizzo: {A}
Ciao, la pizza la portate in {A} verso le 20?
salve il tecnico può venire domani mattina in {A}, suonate al citofono 4
Per la consegna: {A}
mi mandate il pacco a {A} per favore
Indirizzo di spedizione | {A}
Buonasera vorrei ordinare due margherite, consegna in {A}
L'idraulico deve passare in {A} entro le 18, la caldaia perde ancora
abito in {A}
Salve, ho cambiato casa, il nuovo indirizzo è {A}, aggiornate i dati per favore
il corriere non trova il citofono, sono in {A}
Spedizione a: {A}. Pago con carta
ok allora ci vediamo in {A} alle 10
Gentile segreteria, la residenza di mio figlio ora è {A}
Buongiorno, come da contratto l'affitto lo porto io in {A}, ma il tubo del bagno è rotto
Consegnate pure in {A} anche se non ci sono, c'è la portinaia
vorrei ritirare in negozio ma se non si può mandate a {A}
Fattura intestata a me, indirizzo {A}, codice SDI non serve
Buongiorno, per la sostituzione della carta l'indirizzo è {A}. Grazie mille
{A} è l'indirizzo giusto, quello vecchio non vale più
Salve! Il divano va consegnato in {A}, piano alto senza ascensore purtroppo
mi potete portare la spesa in {A}? entro mezzogiorno
indirizzo di fatturazione {A} | indirizzo di consegna uguale
Il mio indirizzo: {A}
Sì confermo l'indirizzo {A}
ciao, scusa ho sbagliato indirizzo nell'ordine, quello giusto è {A}
Buongiorno, mandate il preventivo per la ristrutturazione in {A} via mail?
Sto aspettando il pacco da 3 giorni a {A}, mi dite dove è finito?
Recapito: {A}
per il ritiro dell'usato passate da {A} sabato mattina
La caldaia da controllare è in {A}, ci sono dopo le 15
Salve, la lettera della banca deve arrivare a {A} non al vecchio indirizzo
Arrivo a {A} fra 10 minuti, aprite il cancello?
Per il reso: il corriere ritira in {A}, lunedì o martedì
Per favore lasciate il pacco al vicino, {A}
Buongiorno, domicilio: {A}. Il resto dei dati è invariato
Mandatemi il campione gratuito a {A}
consegna a {A} grazie!
Buonasera, dove devo mandare la caparra? Io sto in {A}
dest: {A}
Il materiale scolastico va spedito a {A}, grazie della disponibilità
Salve, per il sopralluogo l'indirizzo dell'appartamento è {A}, chiavi dalla vicina
Ciao! Allora la torta la ritiro io, ma se non riesco me la portate in {A}?
Pacco da spedire da {A} a {B}
""")

SHAPES["ES"] = _rows("""
Hola, me lo podéis enviar a {A}? gracias
dirección: {A}
Buenas, el pedido a {A} por favor
Hola buenas tardes, el fontanero puede venir mañana a {A}? Tengo una fuga en la cocina
Para el envío: {A}
vivo en {A}
Dirección de entrega | {A}
Buenas noches, quería pedir dos pizzas barbacoa para {A}
Hola, me he mudado, la nueva dirección es {A}, podéis actualizarla?
El repartidor no encuentra el portal, estoy en {A}
Envío a: {A}. Pago contrarreembolso
vale, quedamos en {A} a las 11
Buenos días, le escribo del colegio por el cambio de domicilio: ahora es {A}
Hola, el casero dice que la caldera de {A} la arregla él, es verdad?
Dejadlo en conserjería, {A}
Factura a mi nombre, dirección fiscal {A}
Buenos días, para la tarjeta nueva la dirección es {A}. Un saludo
{A} es la buena, la otra ya no vale
Hola! El sofá va a {A}, es un cuarto sin ascensor
me traéis la compra a {A}? antes de las 2 porfa
dirección de facturación {A} | la de envío es la misma
Mi dirección: {A}
Sí, confirmo la dirección {A}
perdona, puse mal la dirección en el pedido, la correcta es {A}
Llevo 4 días esperando el paquete en {A}, me decís algo?
Domicilio: {A}
para recoger los muebles viejos pasad por {A} el sábado
La caldera está en {A}, estoy a partir de las 4
Hola, las cartas del banco tienen que llegar a {A} y no a la dirección antigua
Llego a {A} en 5 min, me abrís la puerta del garaje?
Para la devolución, que el mensajero recoja en {A} el lunes
Si no estoy, dejadlo al vecino de {A}
Buenos días, datos de envío: {A}. El resto igual
Enviadme la muestra gratis a {A}
entrega en {A} gracias!!
Buenas, ¿a dónde mando la señal del piso? Yo estoy en {A}
dest: {A}
Los libros del curso hay que mandarlos a {A}, gracias por todo
Hola, para ver el piso la dirección es {A}, las llaves las tiene la vecina
La tarta la recojo yo, pero si no puedo me la traéis a {A}?
Recogida en {A} y entrega en {B}
El presupuesto de la reforma es para {A}, me lo mandáis por correo?
""")

SHAPES["PT"] = _rows("""
Bom dia, podem enviar para {A}? obrigado
morada: {A}
Boa tarde, a encomenda é para {A}
Olá, o canalizador pode vir amanhã de manhã à {A}? Está a pingar a torneira da cozinha
Para entrega: {A}
moro na {A}
Morada de entrega | {A}
Boa noite, queria duas pizzas margarita para a {A}
Olá, mudei de casa, a nova morada é {A}, podem atualizar?
o estafeta não encontra a porta, estou na {A}
Envio para: {A}. Pago por MB Way
ok, encontramo-nos na {A} às 10h
Bom dia, escrevo por causa da mudança de morada do meu filho: agora é {A}
O senhorio disse que o esquentador da {A} é ele que arranja
Deixem na porteira, {A}
Fatura em meu nome, morada fiscal {A}
Bom dia, para o cartão novo a morada é {A}. Cumprimentos
{A} é a certa, a outra já não serve
Olá! O sofá vai para a {A}, é um 4º andar sem elevador
podem trazer as compras à {A}? até ao meio-dia se faz favor
morada de faturação {A} | a de envio é igual
A minha morada: {A}
Sim, confirmo a morada {A}
desculpe enganei-me na morada da encomenda, a certa é {A}
Estou há 3 dias à espera da encomenda na {A}, sabem alguma coisa?
Recolha para a devolução na {A}, de preferência segunda
Se eu não estiver deixem no vizinho, {A}
Mandem-me a amostra grátis para {A}
entrega na {A} obrigada!!
Levantamento em {A} e entrega em {B}
O orçamento das obras é para a casa na {A}, mandam por email?
""")
SHAPES["BR"] = _rows("""
Oi, vocês entregam em {A}? valeu
endereço: {A}
Boa tarde, o pedido é pra {A}
Olá, o encanador pode vir amanhã cedo na {A}? O chuveiro queimou
Pra entrega: {A}
moro na {A}
Endereço de entrega | {A}
Boa noite, queria uma pizza grande de calabresa pra {A}
Oi, me mudei, o endereço novo é {A}, consegue atualizar no cadastro?
o motoboy não tá achando, é na {A}
Enviar para: {A}. Vou pagar no pix
beleza, a gente se vê na {A} às 15h
Bom dia, sou mãe de aluno do 5º ano, o endereço novo da família é {A}
O proprietário falou que o conserto da pia na {A} é por conta dele
Pode deixar na portaria, {A}
Nota fiscal no meu CPF, endereço {A}
Bom dia, pro cartão novo o endereço é {A}. Obrigada
{A} é o certo, o outro não vale mais
Oi! O guarda-roupa vai pra {A}, é no 3º andar sem elevador
vcs trazem as compras na {A}? até meio dia pfv
endereço de cobrança {A} | o de entrega é o mesmo
Meu endereço: {A}
Sim, confirmo o endereço {A}
foi mal errei o endereço no pedido, o certo é {A}
Tô esperando a encomenda faz 5 dias aqui na {A}, cadê?
CEP e endereço: {A}
Coleta da devolução na {A}, pode ser segunda
Se eu não estiver deixa com o vizinho, {A}
Me manda a amostra grátis em {A}
entrega na {A} obg!!
Retirar em {A} e levar pra {B}
O orçamento da reforma é pro apê na {A}, manda por email?
""")

SHAPES["DE"] = _rows("""
Hallo, könnt ihr das an {A} schicken? danke
Anschrift: {A}
Guten Tag, die Bestellung bitte an {A}
Hallo, kann der Installateur morgen früh in die {A} kommen? Die Heizung ist wieder aus
Lieferadresse: {A}
ich wohne in der {A}
Lieferanschrift | {A}
Guten Abend, 2x Pizza Salami bitte an {A}
Hallo, ich bin umgezogen, die neue Adresse lautet {A}. Bitte ändern
Der Fahrer findet die Klingel nicht, ich bin in der {A}
Versand an: {A}. Zahle per PayPal
ok dann treffen wir uns {A} um 10
Sehr geehrte Damen und Herren, die neue Wohnanschrift unserer Tochter ist {A}
Der Vermieter sagt, die Therme in der {A} lässt er reparieren
Bitte beim Nachbarn abgeben, {A}
Rechnung auf meinen Namen, Rechnungsadresse {A}
Guten Tag, für die neue Karte ist die Adresse {A}. Viele Grüße
{A} ist richtig, die alte gilt nicht mehr
Hallo! Das Sofa kommt in die {A}, 4. Stock ohne Aufzug leider
könnt ihr den Einkauf in die {A} bringen? bis 12 bitte
Rechnungsadresse {A} | Lieferadresse gleich
Meine Adresse: {A}
Ja, ich bestätige die Adresse {A}
sorry, hab mich bei der Adresse vertippt, richtig ist {A}
Ich warte seit 4 Tagen auf das Paket in der {A}, wo bleibt es?
Wohnhaft: {A}
Sperrmüll kann am Samstag in der {A} abgeholt werden
Der Heizkessel steht in der {A}, ich bin ab 15 Uhr da
Hallo, die Post von der Bank soll an {A} gehen, nicht mehr an die alte Adresse
bin in 5 min in der {A}, macht ihr das Tor auf?
Für die Retoure bitte in der {A} abholen, Montag oder Dienstag
Guten Morgen, Versanddaten: {A}. Der Rest bleibt gleich
Schickt mir die Gratisprobe an {A}
Lieferung an {A} danke!!
Hallo, wohin soll ich die Kaution überweisen bzw. wo vorbeibringen? Ich wohne {A}
Empf.: {A}
Die Schulbücher bitte an {A} schicken, vielen Dank
Die Besichtigung ist in der {A}, Schlüssel hat die Nachbarin
Den Kuchen hole ich ab, sonst bitte an {A} liefern?
Abholung {A}, Zustellung {B}
Das Angebot für die Renovierung ist für die Wohnung {A}, per Mail bitte
Neue Adresse ab 1.3.: {A}
""")

SHAPES["FR"] = _rows("""
Bonjour, vous pouvez envoyer au {A} ? merci
adresse : {A}
Bonsoir, la commande c'est pour le {A}
Bonjour, le plombier peut passer demain matin au {A} ? Le chauffe-eau fuit encore
Pour la livraison : {A}
j'habite au {A}
Adresse de livraison | {A}
Bonsoir, je voudrais deux pizzas reine, livraison {A}
Bonjour, j'ai déménagé, ma nouvelle adresse est {A}, vous pouvez mettre à jour ?
le livreur trouve pas l'interphone, je suis au {A}
Envoi à : {A}. Paiement par carte
ok on se retrouve au {A} à 10h
Madame, Monsieur, la nouvelle adresse de notre fils est {A}
Le propriétaire dit que la chaudière du {A} c'est lui qui la fait réparer
Laissez le colis au gardien, {A}
Facture à mon nom, adresse de facturation {A}
Bonjour, pour la nouvelle carte l'adresse est {A}. Cordialement
{A} c'est la bonne, l'ancienne n'est plus valable
Coucou ! Le canapé va au {A}, 5e sans ascenseur malheureusement
vous pouvez livrer les courses au {A} ? avant midi svp
adresse de facturation {A} | adresse de livraison identique
Mon adresse : {A}
Oui je confirme l'adresse {A}
pardon je me suis trompée d'adresse dans la commande, la bonne c'est {A}
J'attends le colis depuis 4 jours au {A}, vous avez des nouvelles ?
Domicile : {A}
pour l'enlèvement des encombrants passez au {A} samedi matin
La chaudière est au {A}, je suis là à partir de 15h
Bonjour, les courriers de la banque doivent arriver au {A} et plus à l'ancienne adresse
J'arrive au {A} dans 5 min, vous m'ouvrez le portail ?
Pour le retour, le transporteur peut enlever au {A} lundi ou mardi
Si je ne suis pas là déposez chez le voisin, {A}
Bonjour, coordonnées de livraison : {A}. Le reste ne change pas
Envoyez-moi l'échantillon gratuit au {A}
livraison au {A} merci !!
Bonsoir, où est-ce que je dépose la caution ? Moi je suis au {A}
dest : {A}
Les manuels scolaires sont à envoyer au {A}, merci beaucoup
Pour la visite de l'appart l'adresse c'est {A}, les clés sont chez la voisine
Le gâteau je passe le chercher, sinon vous me le livrez au {A} ?
Enlèvement au {A} et livraison au {B}
Le devis des travaux c'est pour l'appartement du {A}, par mail svp
""")

SHAPES["GB"] = _rows("""
Hi, can you send it to {A}? cheers
address: {A}
Hiya, the order's for {A}
Hi, could the plumber come round tomorrow morning to {A}? The boiler's leaking again
Delivery address: {A}
i live at {A}
Delivery address | {A}
Evening, 2 large pepperoni to {A} please
Hi, I've moved house, new address is {A}, can you update it?
driver can't find the door, I'm at {A}
Ship to: {A}. Paying by card
ok see you at {A} at 10
Dear school office, my son's new home address is {A}
The landlord says he'll sort the boiler at {A} himself
Please leave it with the neighbour, {A}
Invoice in my name, billing address {A}
Hi, for the replacement card the address is {A}. Thanks
{A} is the right one, the old one's no good anymore
Hello! The sofa's going to {A}, 3rd floor no lift sorry
can you bring the shopping to {A}? before 12 ideally
billing address {A} | delivery address same
My address: {A}
Yes, I confirm the address {A}
sorry typed the wrong address in the order, it's {A}
Been waiting 4 days for the parcel at {A}, any news?
Collection for the return from {A}, Monday if poss
postcode and all: {A}
Hi mate, can you drop the keys round to {A} after 6?
Could you send me the free sample at {A}
Pick up from {A} and drop at {B}
""")
SHAPES["US"] = _rows("""
Hi, can you ship it to {A}? thanks
Address: {A}
Hey, the order is for {A}
Hi, can the plumber come by tomorrow morning to {A}? Water heater is leaking
Shipping address: {A}
i live at {A}
Ship to | {A}
Hi, can I get 2 large pepperoni delivered to {A}
Hey, I moved, new address is {A}, can you update my account?
delivery guy can't find the building, I'm at {A}
Ship to: {A}. Paying with Venmo
ok meet you at {A} at 10am
Hello, updating our family's address with the school office: {A}
Landlord said he'd fix the AC at {A} himself
Please leave it with the doorman, {A}
Invoice under my name, billing address {A}
Hi, for the replacement debit card please mail it to {A}. Thank you
{A} is correct, the old one is no longer valid
Hi! The couch goes to {A}, 4th floor walk-up sorry
can you deliver the groceries to {A}? before noon pls
billing address {A} | shipping same as billing
My address is {A}
Yes, confirming the address {A}
oops wrong address on my order, the right one is {A}
Waiting 5 days on my package at {A}, any update?
Return pickup at {A}, Monday works
zip and all: {A}
Send the free sample to {A} please
Pickup at {A}, dropoff at {B}
Can you quote the kitchen remodel at {A}? email is fine
""")
SHAPES["IN"] = _rows("""
Hello sir, please send it to {A}, thank you
address: {A}
Hi, order is for {A}
Sir plumber can come tomorrow morning to {A}? Tap is leaking in bathroom
Delivery address: {A}
i stay at {A}
Delivery address | {A}
Hello, 2 medium farmhouse pizzas to {A} please
Hi, I have shifted, new address is {A}, kindly update
delivery boy is not finding the house, I am at {A}
Ship to: {A}. Will pay by UPI
ok we will meet at {A} at 10
Respected madam, the new residential address of my daughter is {A}
Owner said he will repair the geyser at {A} himself
Please give to the watchman, {A}
Invoice in my name, billing address {A}
Hello, for the new debit card my address is {A}. Regards
{A} is correct address, old one is not valid
Hi! Sofa is to be delivered at {A}, 3rd floor no lift
can you send groceries to {A}? before 1 pm please
billing address {A} | shipping address same
My address: {A}
Yes I confirm the address {A}
sorry I gave wrong address in order, correct one is {A}
Waiting for parcel since 4 days at {A}, please check
Return pickup from {A}, Monday is fine
pincode and full address: {A}
Kindly send the free sample to {A}
Pickup from {A} and drop at {B}
Please send quotation for the painting work at {A} on mail
""")

# --- no-PII messages, per language ------------------------------------------------------
CLEAN["it"] = _rows("""
Buongiorno, a che punto è l'ordine 48213?
Avete ancora la taglia 42 delle scarpe Art. 4521?
quanto costa la spedizione? grazie
Il negozio di Milano centro è aperto domenica?
Ciao, la pizza era fredda ieri sera, l'ordine delle 21:15
Si può pagare con Satispay?
Salve, il modello 3 Pro è disponibile in nero?
ok grazie mille, a domani
Vorrei disdire l'appuntamento di giovedì alle 16:30
Il reparto bambini è al primo piano del negozio?
Avete il Corso di inglese per adulti anche il sabato?
Buonasera, consegnate anche la domenica sera?
Mi serve una fattura per l'ordine n. 7731, grazie
Ho ricevuto il pacco ma manca un pezzo, codice 55-201
Suono il piano da 10 anni, avete spartiti per principianti?
che orari fate ad agosto?
Il prezzo è 39,90 € o c'è lo sconto del 20%?
Posso cambiare la giacca taglia M con una L?
La consegna è tra le 9 e le 13 o nel pomeriggio?
Grazie, ricevuto tutto, gentilissimi
Il punto vendita di Bergamo ha la lavatrice in esposizione?
Scusate, il codice sconto ESTATE24 non funziona
Ci vediamo al centro commerciale Le Gru verso le 5?
Quante rate si possono fare per il divano da 1.200 euro?
vorrei prenotare un tavolo per 4 stasera alle 20:30
La via più veloce è prendere la tangenziale, tranquilli
Avete la via di mezzo tra la versione base e la Pro?
Buongiorno, vorrei info sul mutuo a tasso fisso
Il piano tariffario da 9,99 al mese include i giga illimitati?
Il ritiro in negozio è gratuito?
ho pagato via bonifico ieri, vi arriva entro domani?
Mandatemi pure la conferma via WhatsApp
C'è posto al corso di nuoto del martedì?
Il volantino dice 2x1 sulle pizze fino al 30 giugno, vale anche d'asporto?
La caldaia modello EcoTherm 24 fa un rumore strano
Salve, il tecnico arriva tra le 14 e le 16?
Il numero di tracking è IT8844213, ma non si aggiorna
Ordine 90122 arrivato, tutto perfetto
Quanto manca per l'ordine della torta di compleanno? 
Posso venire a ritirare alle 18:45?
Il bonifico l'ho fatto con causale ordine 3310
La stanza è al secondo piano? Ho problemi con le scale
Avete il caricatore USB-C da 65W?
Buongiorno, la visita del tecnico è confermata per lunedì 14?
il reso va fatto entro 30 giorni giusto?
Ho visto il divano nel negozio di Roma Est, lo avete anche in grigio?
Scusate il ritardo, arrivo tra 10 minuti
La piazza del mercato è chiusa per lavori, dove posso parcheggiare vicino al negozio?
A che ora chiude la filiale domani?
La scuola riapre il 9 settembre?
Il saldo della retta si può pagare in due volte?
Vorrei un preventivo per 3 finestre 120x140
Il frigorifero ha 2 anni di garanzia?
Mi confermate la disponibilità della camera dal 3 al 7 maggio?
ok perfetto grazie, buona giornata
Avete cornetti senza glutine?
Il corriere ha lasciato l'avviso, posso ritirare al punto di ritiro?
Il prezzo include il montaggio?
Quanti giorni ci vogliono per la consegna in Sardegna?
Il pacco pesa 12 kg, va bene per il ritiro?
Posso pagare alla consegna?
Salve, vorrei sapere se il corso di pianoforte è per bambini dagli 8 anni
Le lezioni iniziano alle 17 o alle 17:30?
Il pistone della moka si è rotto, vendete il ricambio?
Ho sbagliato colore nell'ordine 66013, si può cambiare?
Buonasera, è ancora valida l'offerta del 15%?
Il servizio di rilegatura costa 5 euro a copia?
Avete la batteria per il modello X200?
Lo scontrino l'ho perso, posso fare il cambio lo stesso?
Ci sono posti auto davanti al negozio?
Mi servono 2 sacchi di cemento da 25 kg
Il prossimo autobus per l'aeroporto parte alle 7:10?
La stampa delle foto 10x15 quanto costa?
La lavatrice fa 1400 giri?
I gelati da asporto li fate in vaschetta da mezzo chilo?
Grazie, la riparazione è andata benissimo
Lo sportello della banca è al piano terra?
La tessera fedeltà si può usare online?
Quanto viene il cambio gomme?
Il camion delle consegne passa di mattina?
Avete il libro di matematica per la terza media?
Vorrei 3 teglie di lasagne per sabato alle 12
Il vostro magazzino è a Verona o a Vicenza?
Si può fare il pagamento con PayPal?
La garanzia copre anche lo schermo?
Per caso avete delle scatole per il trasloco?
Il venerdì fate orario continuato?
Volevo ringraziarvi per la pazienza
Il corso Excel base dura 20 ore?
Quanto costa il trasporto al piano?
Ho bisogno del modulo per il rimborso
La mia carta è stata bloccata, cosa devo fare?
L'app della banca non mi fa entrare da stamattina
C'è una promozione per studenti?
Arriva prima il divano o la poltrona?
La tenda va tagliata a 2,40 m di altezza
Il codice articolo è 8003-77-B
I biscotti sono senza lattosio?
Posso prenotare il ritiro per le 11?
Avete la versione in inglese del manuale?
Il volo è alle 6, potete consegnare entro le 5?
Vi scrivo per il ritardo dell'ordine, ormai sono 2 settimane
Il colore è bianco ghiaccio o bianco latte?
Avete aperto un nuovo punto vendita a Firenze?
Il menu del giorno costa 12 euro con acqua e caffè?
quanti pezzi ci sono nella confezione?
Il tavolo allungabile arriva a 240 cm?
Il mio ordine risulta consegnato ma non è arrivato niente
Va bene, aspetto la vostra chiamata
Il parcheggio del centro commerciale è gratuito?
Quanto dura la batteria del modello Air 5?
Il cassetto della scrivania si è staccato, mandate un ricambio?
Avete pile AA da 12?
Fate anche la consegna in giornata?
La mia prenotazione è per le 20, siamo in 6
La lezione di prova è gratuita?
Quanti punti servono per il premio della tessera?
Potete chiamarmi dopo le 18?
Mi piacerebbe iscrivermi al corso di chitarra del giovedì
Il servizio clienti risponde anche il sabato?
Ho già pagato la seconda rata
Per favore annullate l'ordine 55120
Il gazebo 3x3 è impermeabile?
""")

CLEAN["es"] = _rows("""
Hola, cómo va el pedido 48213?
Os queda la talla 42 de las zapatillas Art. 4521?
cuánto cuesta el envío? gracias
La tienda de Valencia abre el domingo?
Hola, la pizza llegó fría anoche, el pedido de las 21:15
Se puede pagar con Bizum?
Buenas, el Modelo 3 Pro lo tenéis en negro?
vale gracias, hasta mañana
Quería anular la cita del jueves a las 16:30
La sección de niños está en la primera planta de la tienda?
El curso de inglés para adultos también es los sábados?
Buenas noches, repartís también los domingos?
Necesito factura del pedido nº 7731, gracias
Me ha llegado el paquete pero falta una pieza, código 55-201
Toco el piano desde hace 10 años, tenéis partituras para principiantes?
qué horario tenéis en agosto?
El precio es 39,90 € o tiene el 20% de descuento?
Puedo cambiar la chaqueta de la M a la L?
La entrega es de 9 a 13 o por la tarde?
Gracias, recibido todo, sois unos cracks
En la tienda de La Vaguada tienen la lavadora expuesta?
Perdonad, el código VERANO24 no funciona
Quedamos en el centro comercial Xanadú sobre las 5?
Cuántos plazos se pueden hacer para el sofá de 1.200 euros?
quería reservar mesa para 4 esta noche a las 21:30
Lo más rápido es ir por la M-30, tranquilos
Tenéis algo a medio camino entre la versión básica y la Pro?
Buenos días, quería información sobre la hipoteca a tipo fijo
La tarifa de 9,99 al mes incluye gigas ilimitados?
La recogida en tienda es gratis?
he pagado por transferencia ayer, os llega mañana?
Mandadme la confirmación por WhatsApp
Queda sitio en natación del martes?
El folleto pone 2x1 en pizzas hasta el 30 de junio, vale para llevar?
La caldera modelo EcoTherm 24 hace un ruido raro
Hola, el técnico viene entre las 14 y las 16?
El número de seguimiento es ES8844213 y no se actualiza
Pedido 90122 recibido, todo perfecto
Cuánto falta para la tarta de cumpleaños?
Puedo pasar a recogerlo a las 18:45?
La transferencia la hice con concepto pedido 3310
La habitación está en el segundo piso? Me cuestan las escaleras
Tenéis cargador USB-C de 65W?
Buenos días, la visita del técnico sigue siendo el lunes 14?
la devolución es en 30 días, no?
Vi el sofá en la tienda de Diagonal Mar, lo tenéis en gris?
Perdón por el retraso, llego en 10 minutos
A qué hora cierra la oficina mañana?
El colegio empieza el 9 de septiembre?
La matrícula se puede pagar en dos veces?
Quería presupuesto para 3 ventanas de 120x140
La nevera tiene 2 años de garantía?
Me confirmáis la habitación del 3 al 7 de mayo?
perfecto gracias, buen día
Tenéis cruasanes sin gluten?
El mensajero dejó aviso, puedo recogerlo en el punto de recogida?
El precio incluye el montaje?
Cuántos días tarda el envío a Canarias?
El paquete pesa 12 kg, hay problema?
Puedo pagar contra reembolso?
Hola, el curso de piano es para niños a partir de 8 años?
Las clases empiezan a las 17 o a las 17:30?
Se me rompió la junta de la cafetera, vendéis el recambio?
Me equivoqué de color en el pedido 66013, se puede cambiar?
Buenas tardes, sigue válida la oferta del 15%?
La encuadernación cuesta 5 euros por copia?
Tenéis batería para el modelo X200?
He perdido el ticket, puedo cambiarlo igualmente?
Hay aparcamiento delante de la tienda?
Necesito 2 sacos de cemento de 25 kg
El próximo bus al aeropuerto sale a las 7:10?
Cuánto cuesta revelar fotos 10x15?
La lavadora centrifuga a 1400 rpm?
Los helados para llevar los hacéis en tarrina de medio kilo?
Gracias, la reparación ha quedado genial
La ventanilla del banco está en la planta baja?
La tarjeta de puntos se puede usar online?
Cuánto sale cambiar las ruedas?
El camión del reparto pasa por la mañana?
Tenéis el libro de matemáticas de 3º de la ESO?
Quería 3 bandejas de croquetas para el sábado a las 12
Vuestro almacén está en Getafe o en Alcorcón?
Se puede pagar con PayPal?
La garantía cubre la pantalla?
Tenéis cajas para la mudanza?
Los viernes hacéis horario continuo?
Quería daros las gracias por la paciencia
El curso de Excel básico son 20 horas?
Cuánto cuesta subirlo al piso?
Necesito el formulario del reembolso
Me han bloqueado la tarjeta, qué hago?
La app del banco no me deja entrar desde esta mañana
Hay descuento para estudiantes?
Llega antes el sofá o el sillón?
La cortina hay que cortarla a 2,40 m de alto
La referencia es 8003-77-B
Las galletas son sin lactosa?
Puedo reservar la recogida para las 11?
Tenéis el manual en inglés?
El vuelo es a las 6, podéis entregar antes de las 5?
Os escribo por el retraso del pedido, ya son 2 semanas
El color es blanco roto o blanco nuclear?
Habéis abierto tienda nueva en Bilbao?
El menú del día son 12 euros con bebida y café?
cuántas unidades trae la caja?
La mesa extensible llega a 240 cm?
Mi pedido sale como entregado pero no ha llegado nada
Vale, espero vuestra llamada
El parking del centro comercial es gratis?
Cuánto dura la batería del modelo Air 5?
Se ha soltado el cajón del escritorio, mandáis recambio?
Tenéis pilas AA de 12?
Hacéis entrega en el mismo día?
La reserva es a las 21, somos 6
La clase de prueba es gratis?
Cuántos puntos hacen falta para el regalo?
Me podéis llamar después de las 18?
Me gustaría apuntarme a guitarra los jueves
Atención al cliente contesta los sábados?
Ya he pagado el segundo plazo
Por favor cancelad el pedido 55120
La carpa de 3x3 es impermeable?
Avenue es la marca de la mochila que buscaba, la tenéis?
""")

CLEAN["pt"] = _rows("""
Bom dia, como está a encomenda 48213?
Ainda têm o tamanho 42 das sapatilhas Art. 4521?
quanto custa o envio? obrigado
A loja do NorteShopping abre ao domingo?
Olá, a pizza chegou fria ontem, o pedido das 21:15
Aceitam MB Way?
Boa tarde, o Modelo 3 Pro há em preto?
ok obrigada, até amanhã
Queria desmarcar a consulta de quinta às 16:30
A secção de criança é no primeiro andar da loja?
O curso de inglês para adultos também é ao sábado?
Boa noite, fazem entregas ao domingo?
Preciso de fatura com contribuinte da encomenda nº 7731
Recebi a caixa mas falta uma peça, código 55-201
Toco piano há 10 anos, têm partituras para iniciantes?
qual é o horário em agosto?
O preço é 39,90 € ou tem os 20% de desconto?
Posso trocar o casaco M por um L?
A entrega é entre as 9h e as 13h ou à tarde?
Obrigado, recebi tudo, muito simpáticos
A loja de Braga tem a máquina de lavar em exposição?
Desculpem, o código VERAO24 não dá
Encontramo-nos no Colombo por volta das 5?
Em quantas prestações posso pagar o sofá de 1.200 euros?
queria reservar mesa para 4 hoje às 20:30
Vai pela A1 que é mais rápido, não se preocupem
Rua é uma palavra bonita, o livro infantil chama-se assim mesmo?
Bom dia, queria informações sobre o crédito habitação a taxa fixa
O tarifário de 9,99 por mês inclui dados ilimitados?
O levantamento na loja é grátis?
paguei por transferência ontem, chega amanhã?
Mandem a confirmação via WhatsApp
Ainda há vaga na natação de terça?
O folheto diz 2x1 nas pizzas até 30 de junho, vale para take away?
O esquentador modelo EcoTherm 24 faz um barulho estranho
Olá, o técnico vem entre as 14h e as 16h?
O código de seguimento é PT8844213 e não atualiza
Encomenda 90122 recebida, tudo perfeito
Falta muito para o bolo de aniversário?
Posso ir buscar às 18:45?
Fiz a transferência com a referência encomenda 3310
O quarto é no segundo andar? Tenho dificuldade com escadas
Têm carregador USB-C de 65W?
Bom dia, a visita do técnico continua para segunda dia 14?
a devolução é até 30 dias, certo?
Vi o sofá na loja do Almada Fórum, há em cinzento?
Desculpem o atraso, chego em 10 minutos
A que horas fecha o balcão amanhã?
A escola começa a 9 de setembro?
A propina pode ser paga em duas vezes?
Queria orçamento para 3 janelas 120x140
O frigorífico tem 2 anos de garantia?
Confirmam o quarto de 3 a 7 de maio?
perfeito obrigado, bom dia
Têm croissants sem glúten?
O estafeta deixou aviso, posso levantar no ponto de recolha?
O preço inclui a montagem?
Quantos dias demora o envio para os Açores?
A caixa pesa 12 kg, há problema?
Posso pagar à cobrança?
Olá, o curso de piano é para crianças a partir dos 8 anos?
As aulas começam às 17h ou 17h30?
Partiu-se a borracha da cafeteira, vendem a peça?
Enganei-me na cor na encomenda 66013, dá para trocar?
Boa tarde, a promoção de 15% ainda está válida?
A encadernação custa 5 euros por cópia?
Têm bateria para o modelo X200?
Perdi o talão, posso trocar na mesma?
Há estacionamento à porta da loja?
Preciso de 2 sacos de cimento de 25 kg
O próximo autocarro para o aeroporto sai às 7h10?
Quanto custa revelar fotos 10x15?
A máquina centrifuga a 1400 rotações?
Os gelados para levar são em caixa de meio quilo?
Obrigada, a reparação ficou ótima
O balcão do banco é no rés do chão?
O cartão de cliente dá para usar online?
Quanto custa trocar os pneus?
A carrinha das entregas passa de manhã?
Têm o livro de matemática do 9º ano?
Queria 3 tabuleiros de rissóis para sábado ao meio-dia
O vosso armazém é na Maia ou em Gaia?
Dá para pagar com PayPal?
A garantia cobre o ecrã?
Têm caixas de cartão para mudanças?
À sexta fazem horário contínuo?
Queria agradecer a paciência
O curso de Excel básico tem 20 horas?
Quanto custa levar ao andar?
Preciso do formulário de reembolso
O meu cartão foi bloqueado, o que faço?
A app do banco não me deixa entrar desde manhã
Há desconto para estudantes?
Chega primeiro o sofá ou o cadeirão?
O cortinado tem de ser cortado a 2,40 m
A referência do artigo é 8003-77-B
As bolachas são sem lactose?
Posso marcar o levantamento para as 11h?
Têm o manual em inglês?
Oi, qual o prazo de entrega pro pedido 77120?
Vocês aceitam pix?
O frete pra região Sul é grátis acima de 199 reais?
A loja do Shopping Iguatemi tem o tênis tamanho 40?
Boa noite, a pizza de calabresa tá saindo?
O boleto vence dia 10, posso pagar dia 12?
Meu pedido consta como entregue mas não chegou nada
Vocês parcelam em 10x sem juros?
Tem a capinha pro modelo 3 Pro?
Beleza, fico no aguardo
O estacionamento do shopping é pago?
A bateria do modelo Air 5 dura quanto?
Dá pra retirar na loja de Campinas amanhã?
Vocês fazem entrega no mesmo dia?
A reserva é pras 20h, somos em 6
A aula experimental é gratuita?
Quantos pontos preciso pro brinde?
Podem me ligar depois das 18h?
Queria me matricular no violão de quinta
O SAC atende sábado?
Já paguei a segunda parcela
Por favor cancelem o pedido 55120
O gazebo 3x3 é impermeável?
A aula de piano é no segundo andar da escola de música?
Curti muito o atendimento, valeu!
""")

CLEAN["de"] = _rows("""
Hallo, wie ist der Stand von Bestellung 48213?
Habt ihr die Schuhe Art. 4521 noch in Größe 42?
was kostet der Versand? danke
Hat die Filiale in Köln am Sonntag offen?
Hallo, die Pizza war gestern kalt, Bestellung von 21:15
Kann man mit Apple Pay zahlen?
Guten Tag, gibt es das Modell 3 Pro auch in Schwarz?
ok danke, bis morgen
Ich möchte den Termin am Donnerstag um 16:30 absagen
Ist die Kinderabteilung im ersten Stock vom Laden?
Gibt es den Englischkurs für Erwachsene auch samstags?
Guten Abend, liefert ihr auch sonntags?
Ich brauche eine Rechnung für Bestellung Nr. 7731
Paket ist da, aber ein Teil fehlt, Artikelnummer 55-201
Ich spiele seit 10 Jahren Klavier, habt ihr Noten für Anfänger?
wie sind eure Öffnungszeiten im August?
Kostet das 39,90 € oder gibt es 20 % Rabatt?
Kann ich die Jacke in M gegen L tauschen?
Kommt die Lieferung zwischen 9 und 13 Uhr oder nachmittags?
Danke, alles angekommen, super Service
Hat die Filiale im Alexa die Waschmaschine ausgestellt?
Sorry, der Code SOMMER24 funktioniert nicht
Treffen wir uns im Centro Oberhausen gegen 5?
In wie vielen Raten kann ich das Sofa für 1.200 Euro zahlen?
ich würde gern einen Tisch für 4 heute um 20:30 reservieren
Am schnellsten über die A3, keine Sorge
Straße frei? Wegen Glatteis fahrt ihr heute überhaupt aus?
Guten Morgen, ich hätte gern Infos zur Baufinanzierung mit festem Zins
Ist beim Tarif für 9,99 im Monat unbegrenztes Datenvolumen dabei?
Ist Abholung im Laden kostenlos?
hab gestern überwiesen, kommt das bis morgen an?
Schickt mir die Bestätigung per WhatsApp
Gibt es noch Plätze im Schwimmkurs am Dienstag?
Im Prospekt steht 2 für 1 bei Pizzen bis 30. Juni, gilt das auch zum Mitnehmen?
Die Therme Modell EcoTherm 24 macht komische Geräusche
Hallo, kommt der Techniker zwischen 14 und 16 Uhr?
Die Sendungsnummer ist DE8844213, aber sie aktualisiert sich nicht
Bestellung 90122 angekommen, alles perfekt
Wie lange dauert die Geburtstagstorte noch?
Kann ich um 18:45 abholen?
Überweisung mit Verwendungszweck Bestellung 3310 ist raus
Ist das Zimmer im zweiten Stock? Treppen sind schwierig für mich
Habt ihr ein USB-C Ladegerät mit 65W?
Guten Morgen, bleibt der Techniker-Termin am Montag, den 14.?
Rückgabe geht innerhalb von 30 Tagen oder?
Ich habe das Sofa in der Filiale im Main-Taunus-Zentrum gesehen, gibt es das in Grau?
Sorry für die Verspätung, bin in 10 Minuten da
Wann schließt die Filiale morgen?
Fängt die Schule am 9. September an?
Kann man das Schulgeld in zwei Raten zahlen?
Ich hätte gern ein Angebot für 3 Fenster 120x140
Hat der Kühlschrank 2 Jahre Garantie?
Könnt ihr das Zimmer vom 3. bis 7. Mai bestätigen?
perfekt danke, schönen Tag noch
Habt ihr glutenfreie Croissants?
Der Bote hat eine Karte dagelassen, kann ich in der Packstation abholen?
Ist der Aufbau im Preis drin?
Wie lange dauert der Versand nach Österreich?
Das Paket wiegt 12 kg, ist das ein Problem?
Kann ich per Nachnahme zahlen?
Hallo, ist der Klavierkurs für Kinder ab 8 Jahren?
Fangen die Stunden um 17 oder 17:30 Uhr an?
Die Dichtung vom Espressokocher ist kaputt, verkauft ihr Ersatzteile?
Bei Bestellung 66013 hab ich die falsche Farbe gewählt, kann man das ändern?
Guten Tag, gilt das Angebot mit 15 % noch?
Kostet das Binden 5 Euro pro Exemplar?
Habt ihr einen Akku für das Modell X200?
Ich hab den Kassenbon verloren, kann ich trotzdem umtauschen?
Gibt es Parkplätze vor dem Laden?
Ich brauche 2 Sack Zement à 25 kg
Fährt der nächste Bus zum Flughafen um 7:10?
Was kosten Fotoabzüge 10x15?
Schleudert die Waschmaschine mit 1400 Touren?
Gibt es das Eis zum Mitnehmen im 500-g-Becher?
Danke, die Reparatur hat super geklappt
Ist der Bankschalter im Erdgeschoss?
Kann ich die Kundenkarte auch online nutzen?
Was kostet der Reifenwechsel?
Kommt der Lieferwagen vormittags?
Habt ihr das Mathebuch für die 8. Klasse?
Ich hätte gern 3 Bleche Butterkuchen für Samstag um 12
Ist euer Lager in Kassel oder in Erfurt?
Kann man mit PayPal zahlen?
Deckt die Garantie auch das Display ab?
Habt ihr Umzugskartons?
Habt ihr freitags durchgehend geöffnet?
Ich wollte mich für eure Geduld bedanken
Geht der Excel-Grundkurs 20 Stunden?
Was kostet das Hochtragen in die Wohnung?
Ich brauche das Formular für die Erstattung
Meine Karte wurde gesperrt, was soll ich tun?
Die Banking-App lässt mich seit heute früh nicht rein
Gibt es einen Studentenrabatt?
Kommt zuerst das Sofa oder der Sessel?
Der Vorhang muss auf 2,40 m gekürzt werden
Die Artikelnummer ist 8003-77-B
Sind die Kekse laktosefrei?
Kann ich die Abholung für 11 Uhr buchen?
Gibt es die Anleitung auf Englisch?
Der Flug geht um 6, könnt ihr bis 5 liefern?
Ich schreibe wegen der verspäteten Bestellung, sind jetzt 2 Wochen
Ist die Farbe Eisweiß oder Cremeweiß?
Habt ihr eine neue Filiale in Leipzig eröffnet?
Kostet das Mittagsmenü 12 Euro mit Getränk und Kaffee?
wie viele Stück sind in der Packung?
Geht der Ausziehtisch bis 240 cm?
Meine Bestellung steht als zugestellt, aber es ist nichts gekommen
Okay, ich warte auf euren Anruf
Ist das Parkhaus vom Einkaufszentrum kostenlos?
Wie lange hält der Akku beim Modell Air 5?
Die Schublade vom Schreibtisch ist abgegangen, schickt ihr Ersatz?
Habt ihr AA-Batterien im 12er-Pack?
Liefert ihr auch am selben Tag?
Die Reservierung ist für 20 Uhr, wir sind 6
Ist die Probestunde kostenlos?
Wie viele Punkte brauche ich für die Prämie?
Könnt ihr mich nach 18 Uhr anrufen?
Ich würde mich gern für Gitarre am Donnerstag anmelden
Ist der Kundenservice samstags erreichbar?
Die zweite Rate habe ich schon bezahlt
Bitte storniert die Bestellung 55120
Ist der Pavillon 3x3 wasserdicht?
Die Hauptstraße ist gesperrt, kommt der Lieferdienst trotzdem durch?
""")

CLEAN["fr"] = _rows("""
Bonjour, où en est la commande 48213 ?
Vous avez encore la pointure 42 des baskets Art. 4521 ?
combien coûte la livraison ? merci
Le magasin de Lyon Part-Dieu est ouvert dimanche ?
Bonjour, la pizza est arrivée froide hier soir, commande de 21h15
On peut payer avec Lydia ?
Bonjour, le Modèle 3 Pro existe en noir ?
ok merci, à demain
Je voudrais annuler le rendez-vous de jeudi à 16h30
Le rayon enfant est au premier étage du magasin ?
Le cours d'anglais pour adultes a lieu aussi le samedi ?
Bonsoir, vous livrez aussi le dimanche soir ?
J'ai besoin d'une facture pour la commande n° 7731
J'ai reçu le colis mais il manque une pièce, référence 55-201
Je joue du piano depuis 10 ans, vous avez des partitions pour débutants ?
c'est quoi vos horaires en août ?
Le prix c'est 39,90 € ou il y a la remise de 20 % ?
Je peux échanger la veste taille M contre une L ?
La livraison c'est entre 9h et 13h ou l'après-midi ?
Merci, tout est bien arrivé, super sympa
Le magasin de Bordeaux Lac a la machine à laver en exposition ?
Désolé, le code ETE24 ne marche pas
On se retrouve aux Quatre Temps vers 17h ?
En combien de fois je peux payer le canapé à 1 200 euros ?
je voudrais réserver une table pour 4 ce soir à 20h30
Le plus rapide c'est par le périph, pas de souci
Avenue, c'est bien la marque du sac que vous vendez ?
Bonjour, je voudrais des infos sur le prêt immobilier à taux fixe
Le forfait à 9,99 par mois inclut la data illimitée ?
Le retrait en magasin est gratuit ?
j'ai payé par virement hier, ça arrive demain ?
Envoyez-moi la confirmation par WhatsApp
Il reste de la place au cours de natation du mardi ?
Le prospectus dit 2 pour 1 sur les pizzas jusqu'au 30 juin, c'est valable à emporter ?
La chaudière modèle EcoTherm 24 fait un bruit bizarre
Bonjour, le technicien passe entre 14h et 16h ?
Le numéro de suivi est FR8844213 mais il ne bouge pas
Commande 90122 reçue, tout est parfait
Il reste combien de temps pour le gâteau d'anniversaire ?
Je peux passer le récupérer à 18h45 ?
J'ai fait le virement avec le motif commande 3310
La chambre est au deuxième étage ? J'ai du mal avec les escaliers
Vous avez un chargeur USB-C 65W ?
Bonjour, la visite du technicien est toujours lundi 14 ?
le retour c'est sous 30 jours c'est ça ?
J'ai vu le canapé au magasin de Vélizy 2, il existe en gris ?
Désolée pour le retard, j'arrive dans 10 minutes
L'agence ferme à quelle heure demain ?
L'école reprend le 2 septembre ?
On peut payer la cantine en deux fois ?
Je voudrais un devis pour 3 fenêtres 120x140
Le frigo a 2 ans de garantie ?
Vous me confirmez la chambre du 3 au 7 mai ?
parfait merci, bonne journée
Vous avez des croissants sans gluten ?
Le livreur a laissé un avis, je peux retirer en point relais ?
Le montage est compris dans le prix ?
Combien de jours pour une livraison en Corse ?
Le colis fait 12 kg, ça passe ?
Je peux payer à la livraison ?
Bonjour, le cours de piano c'est pour les enfants à partir de 8 ans ?
Les cours commencent à 17h ou 17h30 ?
Le joint de la cafetière est cassé, vous vendez la pièce ?
Je me suis trompé de couleur dans la commande 66013, on peut changer ?
Bonsoir, l'offre à -15 % est toujours valable ?
La reliure coûte 5 euros par exemplaire ?
Vous avez la batterie pour le modèle X200 ?
J'ai perdu le ticket, je peux quand même échanger ?
Il y a du parking devant le magasin ?
Il me faut 2 sacs de ciment de 25 kg
Le prochain bus pour l'aéroport part à 7h10 ?
Combien coûte le tirage photo 10x15 ?
La machine essore à 1400 tours ?
Les glaces à emporter sont en pot de 500 g ?
Merci, la réparation est nickel
Le guichet de la banque est au rez-de-chaussée ?
La carte de fidélité marche en ligne ?
Combien pour changer les pneus ?
Le camion de livraison passe le matin ?
Vous avez le manuel de maths de 4e ?
Je voudrais 3 plateaux de quiches pour samedi midi
Votre entrepôt est à Orléans ou à Tours ?
On peut payer par PayPal ?
La garantie couvre l'écran ?
Vous avez des cartons de déménagement ?
Le vendredi vous faites journée continue ?
Je voulais vous remercier pour votre patience
La formation Excel débutant dure 20 heures ?
Combien coûte la livraison à l'étage ?
Il me faut le formulaire de remboursement
Ma carte est bloquée, je fais comment ?
L'appli de la banque ne marche plus depuis ce matin
Il y a une réduction étudiante ?
Le canapé arrive avant ou après le fauteuil ?
Le rideau doit être coupé à 2,40 m
La référence article c'est 8003-77-B
Les biscuits sont sans lactose ?
Je peux réserver le retrait pour 11h ?
Vous avez la notice en anglais ?
Le vol est à 6h, vous pouvez livrer avant 5h ?
Je vous écris pour le retard de la commande, ça fait 2 semaines
La couleur c'est blanc cassé ou blanc pur ?
Vous avez ouvert un nouveau magasin à Nantes ?
Le menu du jour c'est 12 euros avec boisson et café ?
il y a combien de pièces dans la boîte ?
La table à rallonge va jusqu'à 240 cm ?
Ma commande est marquée livrée mais je n'ai rien reçu
D'accord, j'attends votre appel
Le parking du centre commercial est gratuit ?
La batterie du modèle Air 5 tient combien de temps ?
Le tiroir du bureau s'est décroché, vous envoyez une pièce ?
Vous avez des piles AA par 12 ?
Vous livrez le jour même ?
La réservation est à 20h, on sera 6
Le cours d'essai est gratuit ?
Il faut combien de points pour le cadeau ?
Vous pouvez m'appeler après 18h ?
J'aimerais m'inscrire en guitare le jeudi
Le service client répond le samedi ?
J'ai déjà payé la deuxième mensualité
Merci d'annuler la commande 55120
La tonnelle 3x3 est imperméable ?
La rue est barrée pour le marché, le livreur pourra passer ?
""")

CLEAN["en"] = _rows("""
Hi, any update on order 48213?
Do you still have the trainers Art. 4521 in a size 9?
how much is delivery? thanks
Is the Manchester Arndale store open on Sunday?
Hi, the pizza was cold last night, the 9:15 pm order
Can I pay with Apple Pay?
Hello, does the Model 3 Pro come in black?
ok thanks, see you tomorrow
I'd like to cancel Thursday's appointment at 4:30
Is the kids section on the first floor of the shop?
Is the English course for adults also on Saturdays?
Evening, do you deliver on Sundays too?
I need an invoice for order no. 7731 please
Parcel arrived but a part is missing, code 55-201
I've played piano for 10 years, do you have sheet music for beginners?
what are your opening hours in August?
Is it £39.99 or is the 20% discount applied?
Can I swap the jacket in M for an L?
Is delivery between 9 and 1 or in the afternoon?
Thanks, got everything, lovely service
Does the Leeds branch have the washing machine on display?
Sorry, the code SUMMER24 isn't working
Meet at the Bullring around 5?
How many instalments can I split the £1,200 sofa into?
i'd like to book a table for 4 tonight at 8:30
Quickest way is the M25, no worries
Avenue is the brand of the bag I saw, do you stock it?
Good morning, I'd like some info on a fixed rate mortgage
Does the £9.99 a month plan include unlimited data?
Is click and collect free?
paid by bank transfer yesterday, will it clear by tomorrow?
Send me the confirmation via WhatsApp
Any spaces left in Tuesday's swimming class?
The flyer says 2 for 1 on pizzas until 30 June, is that for takeaway too?
The boiler model EcoTherm 24 is making a weird noise
Hi, is the engineer coming between 2 and 4?
Tracking number is GB8844213 but it isn't updating
Order 90122 arrived, all perfect
How long until the birthday cake is ready?
Can I pick it up at 6:45?
I made the transfer with reference order 3310
Is the room on the second floor? Stairs are hard for me
Do you have a 65W USB-C charger?
Morning, is the engineer visit still Monday the 14th?
returns are within 30 days right?
I saw the sofa at your Lakeside store, does it come in grey?
Sorry I'm late, there in 10 minutes
What time does the branch close tomorrow?
Does school start back on 3 September?
Can the school trip be paid in two instalments?
Could I get a quote for 3 windows 120x140?
Does the fridge have a 2 year warranty?
Can you confirm the room from 3 to 7 May?
perfect thanks, have a good day
Do you have gluten free croissants?
The courier left a card, can I collect from the pickup point?
Is assembly included in the price?
How many days does shipping to Alaska take?
The box weighs 12 kg, is that ok?
Can I pay cash on delivery?
Hi, is the piano class for kids from age 8?
Do lessons start at 5 or 5:30?
The seal on my coffee maker broke, do you sell the part?
I picked the wrong colour on order 66013, can it be changed?
Evening, is the 15% offer still on?
Is binding £5 per copy?
Do you have a battery for the X200 model?
I lost the receipt, can I still exchange it?
Is there parking in front of the shop?
I need 2 bags of cement, 25 kg each
Is the next bus to the airport at 7:10?
How much are 6x4 photo prints?
Does the washer spin at 1400 rpm?
Do you do takeaway ice cream in half litre tubs?
Thanks, the repair went great
Is the bank counter on the ground floor?
Can the loyalty card be used online?
How much for new tyres?
Does the delivery van come in the morning?
Do you have the Year 9 maths textbook?
I'd like 3 trays of samosas for Saturday at 12
Is your warehouse in Leicester or Coventry?
Can I pay with PayPal?
Does the warranty cover the screen?
Do you have moving boxes?
Are you open all day on Fridays?
Just wanted to say thanks for your patience
Is the basic Excel course 20 hours?
How much to carry it upstairs?
I need the refund form
My card has been blocked, what do I do?
The banking app won't let me log in since this morning
Is there a student discount?
Does the sofa or the armchair arrive first?
The curtain needs cutting to 2.40 m
The item code is 8003-77-B
Are the biscuits lactose free?
Can I book the collection for 11?
Do you have the manual in Spanish?
Flight is at 6, can you deliver before 5?
Writing about the delayed order, it's been 2 weeks now
Is the colour off-white or pure white?
Did you open a new store in Austin?
Is the lunch special $12 with a drink?
how many pieces are in the box?
Does the extending table go to 240 cm?
My order says delivered but nothing came
Ok, I'll wait for your call
Is parking at the mall free?
How long does the battery last on the Air 5?
The desk drawer came off, can you send a replacement?
Do you have AA batteries in a 12 pack?
Do you do same day delivery?
Booking is for 8 pm, there are 6 of us
Is the trial class free?
How many points do I need for the reward?
Can you call me after 6 pm?
I'd like to sign up for Thursday guitar
Is customer service open on Saturdays?
Already paid the second instalment
Please cancel order 55120
Is the 3x3 gazebo waterproof?
Sir, is the Diwali offer valid on the mixer grinder also?
Can you send the bill on WhatsApp, I will pay by UPI
Is COD available for pincode delivery outside the city?
Main Street Coffee is my favourite brand, do you stock the dark roast?
Is the Phoenix Mall branch open till 10 pm?
""")


_SLOT = re.compile(r"\{[AB]\}")


def _fill(shape: str, addresses: list[str]) -> tuple[str, tuple[tuple[str, int, int], ...]]:
    """The shape with its slots filled in order, and each address's span, measured as it is placed."""
    text, gold, last = "", [], 0
    for slot, address in zip(_SLOT.finditer(shape), addresses, strict=True):
        text += shape[last : slot.start()]
        gold.append(("ADDRESS", len(text), len(text) + len(address)))
        text += address
        last = slot.end()
    return text + shape[last:], tuple(gold)


def slots(shape: str) -> int:
    return len(_SLOT.findall(shape))


def build() -> list[AddressMessage]:
    """Each country's addresses in the order written, through its shapes in turn; then the no-PII messages."""
    messages = []
    for country, (_, lang) in COUNTRIES.items():
        addresses, shapes = ADDRESSES[country], SHAPES[country]
        i = k = 0
        while i < len(addresses):
            shape = shapes[k % len(shapes)]
            k += 1
            n = slots(shape)
            if i + n > len(addresses):
                continue
            text, gold = _fill(shape, list(addresses[i : i + n]))
            messages.append(AddressMessage(country, lang, text, gold, "pii"))
            i += n
    for lang in LANGUAGES:
        messages.extend(AddressMessage("", lang, text, (), "clean") for text in CLEAN[lang])
    return messages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {PATH.name}")
    args = parser.parse_args()
    messages = build()
    for country in COUNTRIES:
        spans = sum(len(m.gold) for m in messages if m.country == country)
        print(f"{country}: {spans} addresses, {len(SHAPES[country])} shapes")
    for lang in LANGUAGES:
        print(f"{lang}: {sum(1 for m in messages if m.kind == 'clean' and m.language == lang)} no-PII")
    if args.write:
        write(messages, PATH)
    print(f"{len(messages)} messages, fingerprint {fingerprint(messages)}")


if __name__ == "__main__":
    main()
