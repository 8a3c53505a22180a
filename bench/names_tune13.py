"""`python -m bench.names_tune13`: an eleventh tuning set of the name rules, French, Portuguese, German.

Written for a recall round of the name rules in fr, pt and de, before any of its changes, without
reading the held-out name sets or their misses, and with shapes of its own next to
`bench.names_tune12`'s: a name opening a message, after verbs of giving, sending, asking and
talking ("j'ai parlé avec", "entreguei a", "ich habe mit … gesprochen"), after prepositions
("de la part de", "au nom de", "em nome de", "im Namen von", "für", "mit"), people listed with
their relations, forwarded messages ("Transféré", "Encaminhada", "Weitergeleitet"), signatures
with and without titles ("Me", "Dr.", "Eng.ª", "Dipl.-Ing."), people of other origins living in
each country, compound given names and particled or hyphenated surnames ("Marie-Claire
Dupont-Moreau", "Maria da Conceição dos Santos", "Hans-Jürgen von der Heide"), a nickname and
surname, lower case and capitals, a name followed by its role ("Frau Aydın, die Buchhalterin"),
and messages mixing two languages. The no-PII messages share the shapes with no one in them.

Every name is hand-written for this set from general knowledge, not drawn from a list. A template
that starts with `~` is typed all in lower case. It prints names protected and no-PII messages
unchanged with the rules only (the stock en spaCy pipeline), and with `--show N` up to N misses
and false positives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import chat_tune
from bench.chat_tune import Example

LANGS = ("fr", "pt", "de")
SEED = 20261213
REPEATS = 4  # each template filled with this many names

# Per language: given names, surnames, compound given names with particled or hyphenated
# surnames, people of other origins living in the country (written whole), a nickname and
# surname. All hand-written for this set.
_FIRST = {
    "fr": (
        "Gaëlle", "Maëlys", "Enzo", "Solène", "Thibault", "Clémence", "Gwenaël", "Loïc", "Anaïs",
        "Bastien", "Ségolène", "Quentin", "Margaux", "Florian", "Perrine", "Yannick", "Aurélien",
        "Capucine", "Grégoire", "Manon", "Jérémie", "Apolline", "Timothée", "Nolwenn", "Maxence",
        "Bérénice", "Corentin", "Héloïse", "Lucie", "Mathis", "Océane", "Romain", "Soizic", "Tanguy",
    ),
    "pt": (
        "Gonçalo", "Inês", "Tiago", "Leonor", "Rui", "Beatriz", "Duarte", "Matilde", "Vasco", "Carolina",
        "Afonso", "Mafalda", "Nuno", "Filipa", "Rodrigo", "Catarina", "Sérgio", "Joana", "Diogo",
        "Raquel", "Thiago", "Letícia", "Caio", "Larissa", "Vinícius", "Thaís", "Guilherme", "Jéssica",
        "Leandro", "Fabiana", "Renato", "Simone", "Hélder", "Graça",
    ),
    "de": (
        "Jürgen", "Ulrike", "Dieter", "Heike", "Torsten", "Anke", "Sören", "Wiebke", "Malte", "Frauke",
        "Jörg", "Silke", "Uwe", "Birgit", "Lukas", "Hannah", "Jannik", "Lea", "Finn", "Svenja", "Timo",
        "Katrin", "Björn", "Dörte", "Ingo", "Gesine", "Henning", "Marlene", "Volker", "Sabine",
        "Rüdiger", "Tobias", "Annika", "Gerd",
    ),
}  # fmt: skip
_SURNAMES = {
    "fr": (
        "Lefebvre", "Rousseau", "Fournier", "Girard", "Bonnet", "Mercier", "Lambert", "Faure",
        "Chevalier", "Gauthier", "Perrin", "Morel", "Boulanger", "Marchand", "Le Goff", "Le Gall",
        "Kerbrat", "Quéméner", "Lemaire", "Brunet", "Carpentier", "Vasseur", "Delacroix", "Rigaud",
        "Texier", "Pruvost", "Hennequin", "Dumas", "Barbier", "Jacquet", "Lacombe", "Poirier",
        "Tessier", "Villeneuve",
    ),
    "pt": (
        "Ferreira", "Pereira", "Carvalho", "Gomes", "Lopes", "Marques", "Sousa", "Teixeira", "Moreira",
        "Pinto", "Correia", "Mendes", "Nunes", "Vieira", "Magalhães", "Antunes", "Figueiredo", "Tavares",
        "Cardoso", "Fonseca", "Brandão", "Azevedo", "Barbosa", "Cunha", "Medeiros", "Loureiro",
        "Quintela", "Sampaio", "Guimarães", "Portela", "Amaral", "Bettencourt", "Resende", "Cavaco",
    ),
    "de": (
        "Schmidt", "Becker", "Hoffmann", "Schulz", "Koch", "Richter", "Wolf", "Schröder", "Neumann",
        "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann",
        "Köhler", "Brandt", "Vogel", "Friedrich", "Günther", "Haas", "Seidel", "Jansen", "Petersen",
        "Kühn", "Pohl", "Engel", "Dietrich", "Scholz", "Ostermann", "Brinkmann",
    ),
}  # fmt: skip
_COMPOUND = {
    "fr": (
        "Marie-Claire Dupont-Moreau", "Jean-Baptiste d'Anjou", "Anne-Sophie de La Tour", "Pierre-Yves Le Floch",
        "Marie-Hélène Saint-Clair", "Jean-Christophe Des Rosiers", "Louis-Marie du Plessis",
        "Marie-Thérèse Lebrun-Vidal", "Paul-Henri de Villiers", "Anne-Laure Le Bihan", "Jean-Luc d'Estaing",
        "Marie-Pierre Van den Bossche",
    ),
    "pt": (
        "Maria da Conceição dos Santos", "João Pedro de Almeida", "Ana Luísa da Silva Costa",
        "Maria do Rosário Barros", "José Manuel dos Reis", "Luís Filipe de Sá", "Maria das Dores Rocha",
        "Ana Rita Pinto da Cunha", "João Paulo do Carmo", "Maria João Vasconcelos", "Pedro Henrique de Souza",
        "Maria Eduarda Oliveira Lima",
    ),
    "de": (
        "Hans-Jürgen von der Heide", "Karl-Heinz Müller-Lüdenscheidt", "Anna-Lena zu Stolberg",
        "Klaus-Dieter van Beek", "Marie-Luise von Bredow", "Hans-Peter Schulte-Wien", "Eva-Maria Meyer-Voss",
        "Jan-Hendrik de Vries", "Lisa-Marie Zur Mühlen", "Karl Theodor von Arnim", "Franz-Josef Overbeck",
        "Ann-Kathrin vom Stein",
    ),
}  # fmt: skip
_OTHER = {
    "fr": (
        "Mohamed Benali", "Karima Haddad", "Yacine Belkacem", "Nadia Boukhari", "Mamadou Diallo",
        "Aminata Traoré", "Moussa Keïta", "Fatoumata Cissé", "Nguyen Van Thanh", "Trinh Thi Lan",
        "Mehmet Yılmaz", "Ayşe Demir", "Joaquim Teixeira", "Rosa Da Costa", "Ioana Popa", "Wei Zhang",
    ),
    "pt": (
        "Oksana Kovalenko", "Andriy Melnyk", "Mihai Constantin", "Raj Patel", "Priya Sharma",
        "Mamadu Baldé", "Fatumata Djaló", "Edson Tavares Semedo", "Adilson Monteiro", "Kenji Nakamura",
        "Yuki Tanaka", "Ahmed Rahman", "Sadia Begum", "Li Wen", "Chen Hao", "Giovanni Rossetti",
    ),
    "de": (
        "Mehmet Aydın", "Ayşe Kaya", "Emre Öztürk", "Elif Şahin", "Piotr Kowalczyk", "Agnieszka Nowak",
        "Dragan Petrović", "Jelena Marković", "Olena Shevchenko", "Dmitri Wolkow", "Giuseppe Esposito",
        "Konstantinos Papadopoulos", "Ahmad Al-Hassan", "Rania Haddad", "Nguyen Thi Mai", "Arben Krasniqi",
    ),
}  # fmt: skip
_NICK = {
    "fr": (
        "Manu Lefebvre", "Fanfan Girard", "Jojo Mercier", "Titou Faure", "Steph Bonnet", "Greg Morel",
        "Flo Brunet", "Seb Rigaud", "Nico Lemaire", "Béa Texier", "Dédé Pruvost", "Mimi Barbier",
    ),
    "pt": (
        "Zé Ferreira", "Quim Pereira", "Tó Marques", "Nando Gomes", "Manu Sousa", "Chico Pinto",
        "Bia Teixeira", "Juca Nunes", "Guto Medeiros", "Lulu Amaral", "Tonico Vieira", "Dudu Cardoso",
    ),
    "de": (
        "Hansi Becker", "Uschi Koch", "Steffi Richter", "Basti Wolf", "Kalle Neumann", "Conny Braun",
        "Schorsch Lange", "Gabi Werner", "Flo Krause", "Mausi Lehmann", "Andi Vogel", "Jupp Engel",
    ),
}  # fmt: skip

# {n} first + surname, {f} first, {s} surname, {c} compound or particled, {o} other origins,
# {k} nickname + surname, {u} {n} in capitals
_SLOT = re.compile(r"\{(\w)\}")
TEMPLATES = {
    "fr": (
        "{n}, commande 4431",
        "{n} - toujours pas de remboursement",
        "~{n}, commande 5512 jamais reçue",
        "J'ai parlé avec {n} mardi, elle devait me rappeler",
        "J'ai eu {f} au téléphone hier",
        "Je l'ai donné à {n} à l'accueil",
        "Envoyez-le à {n}, c'est ma voisine",
        "Demandez à {f} de vérifier le suivi",
        "C'est un cadeau pour {n}",
        "La facture doit être au nom de {n}",
        "J'écris de la part de {n}",
        "De la part de {f} : la commande est partie ?",
        "Je viendrai avec {n} samedi",
        "C'est pour {f} et son mari {f}",
        "Ma sœur {f} et son copain {n} passeront le chercher",
        "---------- Message transféré ----------\nDe : {n}\nObjet : retour",
        "Transféré de la part de {n} :\nle carton était abîmé",
        "{n} : vous me confirmez la livraison ?",
        "Cordialement,\nMe {n}",
        "Bien à vous,\nDr {n}",
        "Merci\n{n}",
        "Bonne journée,\n{f}",
        "Signé : {c}",
        "Je m'appelle {c} et j'ai un souci de commande",
        "La commande est au nom de {c}",
        "Ma mère, {c}, récupérera le colis",
        "Bonjour, c'est {o}, j'ai commandé lundi",
        "J'ai parlé avec {o} de l'entrepôt",
        "Le colis est pour {o}, 3e étage",
        "Mon colocataire {o} le récupère",
        "Salam, c'est {o}, wesh le colis il est où ?",
        "{k} m'a dit de vous appeler",
        "Demandez {k} à la caisse",
        "{f}, la comptable, a la facture",
        "Mme {s}, la gardienne, a signé le bon",
        "~je suis {n} et je n'ai rien reçu",
        "~j'ai parlé avec {n} hier et rien",
        "~la commande est pour {n}",
        "JE SUIS {u}, JE N'AI JAMAIS REÇU MA COMMANDE",
        "AU NOM DE {u}",
        "Hi, je l'ai commandé pour ma tante {f}, can you check?",
        "Merci {f}, très gentil",
        "Bonjour {f}, des nouvelles ?",
        "En copie {n}",
        "J'ai laissé le colis chez {n}, la voisine",
        "{n} peut-il le récupérer pour moi ?",
        "{f} et moi avons commandé la même veste",
        "Prévenez {f} que c'est prêt",
        "J'ai appelé M. {s} à l'entrepôt, pas de réponse",
    ),
    "pt": (
        "{n}, encomenda 4431",
        "{n} - ainda à espera do reembolso",
        "~{n}, encomenda 5512 nunca chegou",
        "Falei com {n} na terça e ela prometeu ligar de volta",
        "Liguei para {f} ontem",
        "Entreguei o talão a {n} no balcão",
        "Mande para {n}, é a minha vizinha",
        "Peça ao {f} para ver o rastreio",
        "É um presente para {n}",
        "A fatura deve ficar em nome de {n}",
        "Escrevo em nome de {n}",
        "Da parte de {f}: a encomenda já saiu?",
        "Vou com {n} buscar no sábado",
        "É para a {f} e o marido {f}",
        "A minha irmã {f} e o namorado {n} vão buscar",
        "---------- Mensagem encaminhada ----------\nDe: {n}\nAssunto: devolução",
        "Encaminhado de {n}:\na caixa veio amassada",
        "{n}: podem confirmar a entrega?",
        "Com os melhores cumprimentos,\nDr. {n}",
        "Atenciosamente,\nEng.ª {n}",
        "Obrigado\n{n}",
        "Abraço,\n{f}",
        "Assinado: {c}",
        "Chamo-me {c} e tenho um problema com a encomenda",
        "O pedido está em nome de {c}",
        "A minha mãe, {c}, vai levantar a encomenda",
        "Olá, sou o {o}, encomendei na segunda",
        "Falei com {o} do armazém",
        "A encomenda é para {o}, 3º esquerdo",
        "O meu colega de casa {o} vai buscar",
        "Hi, aqui é {o}, my order still hasn't arrived",
        "{k} disse-me para vos ligar",
        "Pergunte pelo {k} na caixa",
        "{f}, a contabilista, tem a fatura",
        "A Dona {f}, a porteira, assinou",
        "~sou {n} e não recebi nada",
        "~falei com {n} ontem e nada",
        "~a encomenda é para {n}",
        "SOU {u}, A MINHA ENCOMENDA NUNCA CHEGOU",
        "EM NOME DE {u}",
        "Hi, encomendei para a minha tia {f}, can you check?",
        "Obrigada {f}, muito simpática",
        "Bom dia {f}, alguma novidade?",
        "Com cópia para {n}",
        "Deixei a encomenda com {n}, a vizinha",
        "O {n} pode levantar por mim?",
        "Eu e a {f} encomendámos o mesmo casaco",
        "Avisem o {f} que está pronto",
        "Liguei ao Sr. {s} do armazém e ninguém atende",
    ),
    "de": (
        "{n}, Bestellung 4431",
        "{n} - warte immer noch auf die Erstattung",
        "~{n}, bestellung 5512 nie angekommen",
        "Ich habe mit {n} gesprochen, sie wollte zurückrufen",
        "Ich hatte {f} gestern am Telefon",
        "Ich habe den Beleg {n} an der Kasse gegeben",
        "Schicken Sie es an {n}, meine Nachbarin",
        "Fragen Sie {f}, ob die Sendung unterwegs ist",
        "Das ist ein Geschenk für {n}",
        "Die Rechnung bitte auf {n} ausstellen",
        "Ich schreibe im Namen von {n}",
        "Im Auftrag von {f}: ist die Bestellung raus?",
        "Ich komme mit {n} am Samstag vorbei",
        "Es ist für {f} und ihren Mann {f}",
        "Meine Schwester {f} und ihr Freund {n} holen es ab",
        "---------- Weitergeleitete Nachricht ----------\nVon: {n}\nBetreff: Rücksendung",
        "Weitergeleitet von {n}:\nder Karton war kaputt",
        "{n}: können Sie die Lieferung bestätigen?",
        "Mit freundlichen Grüßen\nDr. {n}",
        "Viele Grüße\nDipl.-Ing. {n}",
        "Danke\n{n}",
        "LG\n{f}",
        "Gez. {c}",
        "Ich heiße {c} und habe ein Problem mit der Bestellung",
        "Die Bestellung läuft auf {c}",
        "Meine Mutter, {c}, holt das Paket ab",
        "Hallo, hier ist {o}, ich habe am Montag bestellt",
        "Ich habe mit {o} vom Lager gesprochen",
        "Das Paket ist für {o}, 3. OG",
        "Mein Mitbewohner {o} holt es ab",
        "Merhaba, ich bin {o}, paket nerede, bitte Info",
        "{k} hat gesagt, ich soll anrufen",
        "Fragen Sie an der Kasse nach {k}",
        "{f}, die Buchhalterin, hat die Rechnung",
        "Frau {s}, die Hausmeisterin, hat unterschrieben",
        "~ich bin {n} und habe nichts bekommen",
        "~habe gestern mit {n} gesprochen und nichts",
        "~die bestellung ist für {n}",
        "HIER IST {u}, MEINE BESTELLUNG KAM NIE AN",
        "AUF DEN NAMEN {u}",
        "Hi, ich habe es für meine Tante {f} bestellt, can you check?",
        "Danke {f}, sehr nett",
        "Guten Morgen {f}, gibt es Neuigkeiten?",
        "In Kopie {n}",
        "Ich habe das Paket bei {n} gelassen, der Nachbarin",
        "Kann {n} es für mich abholen?",
        "{f} und ich haben dieselbe Jacke bestellt",
        "Sagen Sie {f} Bescheid, dass es fertig ist",
        "Ich habe Herrn {s} im Lager angerufen, keiner geht ran",
    ),
}

CLEAN = {
    "fr": (
        "Commande 4431, toujours pas de remboursement",
        "~commande 5512 jamais reçue",
        "J'ai parlé avec le service client mardi, ils devaient me rappeler",
        "J'ai eu l'entrepôt au téléphone hier",
        "Je l'ai donné au livreur à l'accueil",
        "Envoyez-le au bureau, s'il vous plaît",
        "Demandez au magasin de vérifier le suivi",
        "C'est un cadeau pour la fête des mères",
        "La facture doit être au nom de la société",
        "J'écris de la part du service achats",
        "De la part du magasin : la commande est partie ?",
        "Je viendrai avec ma femme samedi",
        "C'est pour ma sœur et son copain",
        "---------- Message transféré ----------\nDe : Service Client\nObjet : retour",
        "Transféré de la part de La Poste :\nle carton était abîmé",
        "Cordialement,\nLe service commercial",
        "Bien à vous,\nLa direction",
        "Merci\nBonne journée",
        "Signé : la gérance",
        "Ma mère récupérera le colis",
        "Le colis est pour le 3e étage",
        "Mon colocataire le récupère",
        "Salam, wesh le colis il est où ?",
        "Demandez le responsable à la caisse",
        "La comptable a la facture",
        "~je suis client et je n'ai rien reçu",
        "~la commande est pour le bureau",
        "JE N'AI JAMAIS REÇU MA COMMANDE",
        "AU NOM DE LA SOCIÉTÉ",
        "Hi, je l'ai commandé pour le bureau, can you check?",
        "Merci, très gentil",
        "Bonjour, des nouvelles ?",
        "En copie la comptabilité",
        "J'ai laissé le colis chez la voisine",
        "Un ami peut-il le récupérer pour moi ?",
        "Prévenez-moi quand c'est prêt",
        "J'ai appelé l'entrepôt, pas de réponse",
        "J'ai payé avec Lydia, vous l'avez reçu ?",
        "Je l'ai acheté aux Galeries Lafayette",
        "Commande pour Noël, elle arrive avant le 24 ?",
    ),
    "pt": (
        "Encomenda 4431, ainda à espera do reembolso",
        "~encomenda 5512 nunca chegou",
        "Falei com o apoio ao cliente na terça e prometeram ligar",
        "Liguei para a loja ontem",
        "Entreguei o talão no balcão",
        "Mande para o escritório, por favor",
        "Peça ao armazém para ver o rastreio",
        "É um presente para o Dia da Mãe",
        "A fatura deve ficar em nome da empresa",
        "Escrevo em nome do departamento de compras",
        "Da parte da loja: a encomenda já saiu?",
        "Vou com o meu marido buscar no sábado",
        "É para a minha irmã e o namorado",
        "---------- Mensagem encaminhada ----------\nDe: Apoio ao Cliente\nAssunto: devolução",
        "Encaminhado dos CTT:\na caixa veio amassada",
        "Com os melhores cumprimentos,\nA equipa comercial",
        "Atenciosamente,\nDepartamento Financeiro",
        "Obrigado\nAbraço",
        "Assinado: a gerência",
        "A minha mãe vai levantar a encomenda",
        "A encomenda é para o 3º esquerdo",
        "O meu colega de casa vai buscar",
        "Hi, my order still hasn't arrived, podem ver?",
        "Pergunte pelo gerente na caixa",
        "A contabilista tem a fatura",
        "~sou cliente e não recebi nada",
        "~a encomenda é para o escritório",
        "A MINHA ENCOMENDA NUNCA CHEGOU",
        "EM NOME DA EMPRESA",
        "Hi, encomendei para o escritório, can you check?",
        "Obrigada, muito simpática",
        "Bom dia, alguma novidade?",
        "Com cópia para a contabilidade",
        "Deixei a encomenda com a vizinha",
        "Um amigo pode levantar por mim?",
        "Avisem-me quando estiver pronto",
        "Liguei ao armazém e ninguém atende",
        "Paguei com MB Way, já receberam?",
        "Comprei no Continente do centro comercial",
        "Encomenda para o Natal, chega antes do dia 24?",
    ),
    "de": (
        "Bestellung 4431, warte immer noch auf die Erstattung",
        "~bestellung 5512 nie angekommen",
        "Ich habe mit dem Kundendienst gesprochen, sie wollten zurückrufen",
        "Ich hatte das Lager gestern am Telefon",
        "Ich habe den Beleg an der Kasse abgegeben",
        "Schicken Sie es bitte ins Büro",
        "Fragen Sie im Lager, ob die Sendung unterwegs ist",
        "Das ist ein Geschenk zum Muttertag",
        "Die Rechnung bitte auf die Firma ausstellen",
        "Ich schreibe im Namen der Einkaufsabteilung",
        "Im Auftrag der Filiale: ist die Bestellung raus?",
        "Ich komme mit meiner Frau am Samstag vorbei",
        "Es ist für meine Schwester und ihren Freund",
        "---------- Weitergeleitete Nachricht ----------\nVon: Kundenservice\nBetreff: Rücksendung",
        "Weitergeleitet von DHL:\nder Karton war kaputt",
        "Mit freundlichen Grüßen\nIhr Vertriebsteam",
        "Viele Grüße\nDie Geschäftsleitung",
        "Danke\nLG",
        "Gez. die Verwaltung",
        "Meine Mutter holt das Paket ab",
        "Das Paket ist für das 3. OG",
        "Mein Mitbewohner holt es ab",
        "Merhaba, paket nerede, bitte Info",
        "Fragen Sie an der Kasse nach dem Filialleiter",
        "Die Buchhalterin hat die Rechnung",
        "~ich bin kunde und habe nichts bekommen",
        "~die bestellung ist fürs büro",
        "MEINE BESTELLUNG KAM NIE AN",
        "AUF DEN NAMEN DER FIRMA",
        "Hi, ich habe es fürs Büro bestellt, can you check?",
        "Danke, sehr nett",
        "Guten Morgen, gibt es Neuigkeiten?",
        "In Kopie die Buchhaltung",
        "Ich habe das Paket bei der Nachbarin gelassen",
        "Kann ein Freund es für mich abholen?",
        "Sagen Sie mir Bescheid, wenn es fertig ist",
        "Ich habe im Lager angerufen, keiner geht ran",
        "Ich habe mit PayPal bezahlt, ist es angekommen?",
        "Ich habe es bei Douglas gekauft",
        "Bestellung für Weihnachten, kommt sie vor dem 24.?",
    ),
}


def name_messages(language: str) -> Iterator[tuple[str, chat_tune.Gold]]:
    """Every template of the language filled REPEATS times with this set's own draw."""
    pools = {"first": _FIRST[language], "surnames": _SURNAMES[language], "c": _COMPOUND[language],
             "o": _OTHER[language], "k": _NICK[language]}  # fmt: skip
    return chat_tune.drawn(TEMPLATES[language], REPEATS, _SLOT, f"{SEED}-{language}", pools)


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(language), CLEAN[language])


def main() -> None:
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
