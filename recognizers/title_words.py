"""Titles written in full and the people who take parcels in: words before a person's name.

Why a list of its own: the honorifics of `name_words` were the short ones ("dott.ssa", "Sr.",
"Mme"), but people write the title out as often ("come concordato con la dottoressa Ferri",
"el doctor Ibáñez", "o engenheiro Paiva", "Maître Caron", "Professor Lindqvist"), and name the
person who holds their parcel by their post ("il portiere, il signor Russo", "der Hausmeister
Jannik", "the concierge, Hollis Abara"). Each list holds the whole class in the six languages,
masculine and feminine, not the words one data set showed. `name_words` merges them into its
`HONORIFICS` and `RELATIONS`, so every rule that reads those reads these.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Academic and professional titles written in full or shortened, before a surname or full name.
FULL_TITLES = _words("""
    dottore dottor dottoressa dott.re avvocato avvocata avvocatessa avv.ssa avv.to avv ingegnere ingegner
    professore professor professoressa prof.re prof prof.sa geometra architetto architetta ragioniere
    ragionier ragioniera rag.ra notaio notaia onorevole
    doctor doctora licenciado licenciada ingeniero ingeniera profesor profesora prof.ª profa.
    arquitecto arquitecta
    doutor doutora dr.ª engenheiro engenheira eng. eng.º eng.ª professora arquiteto arquiteta
    docteur docteure professeur professeure maître pr.
    doktor doktorin professorin fräulein frl. frl
    sir reverend revd. mx.
    sr sra srta
""")

# Titles that are also ordinary words in some language: read only when written with a capital
# letter (in a text that has capitals). "sir" opens "Dear Sir or Madam" as often as "Sir Alan";
# "maître" is a head waiter's word ("maître d'hôtel"); "pr.", "avv", "mx.", "frl" are
# abbreviations of other things too, "sr" is "senior". Left out: "ING", "MX", "PR", "Lic", "Rev"
# without a dot (a bank, a mouse, public relations, a licence, a revision).
CAPITALISED_TITLES = _words("""
    sir maître pr. avv mx. sr sra srta frl
""")

# Titles of one language only: English "Dame" ("Dame Hilary") is French "lady" and a chess queen.
LANGUAGE_TITLES = {"en": _words("dame")}

# Offices that follow a title and an article as a role, not a surname: "Monsieur le Directeur",
# "Madame la Présidente", "Signor Sindaco". After a title and a capitalised article any other word
# is read as a particled surname ("Mme Le Roux", "la signora La Torre").
OFFICES = _words("""
    directeur directrice président présidente maire ministre juge préfet préfète procureur procureure
    recteur rectrice doyen doyenne proviseur proviseure commissaire député députée sénateur sénatrice
    consul consule ambassadeur ambassadrice gérant gérante responsable secrétaire trésorier trésorière
    comte comtesse duc duchesse marquis marquise baron baronne prince princesse abbé curé professeur
    docteur maître bâtonnier notaire conseiller conseillère délégué déléguée chef cheffe capitaine
    direttore direttrice presidente sindaco sindaca ministro ministra giudice prefetto procuratore
    rettore preside commissario deputato deputata senatore senatrice console ambasciatore conte contessa
    duca duchessa marchese marchesa principe principessa
    director directora alcalde alcaldesa juez jueza fiscal rector rectora decano decana cónsul
    diretor diretora prefeito prefeita reitor reitora juiz juíza
    direktor direktorin präsident präsidentin bürgermeister bürgermeisterin
""")

# The tradespeople a shop sends to fit, install or mend what it sold, and the branch manager a
# complaint names, before their name ("el montador Wilkin dejó el armario perfecto", "der Monteur Urs",
# "der Filialleiter Giorgos Christodoulou war unhöflich"); not "técnico", "tecnico", "technicien"
# ("servicio técnico Bosch"). A trade is also a service's name ("der Elektriker Notdienst", "el
# fontanero Urgente"): after these the name may be no everyday word or place (`PersonNameRecognizer`).
# English names the tradesperson, the tutor and the pharmacist the same way ("the plumber Wes", "the
# pharmacist noelie said"); not "cleaner", "trainer" (products), "coach" (a brand and a bus) nor
# "driver" (a relation already).
TRADE_NOUNS = _words("""
    montador montadora instalador instaladora fontanero fontanera electricista carpintero carpintera
    montatore montatrice installatore idraulico idraulica elettricista falegname
    encanador canalizador eletricista marceneiro carpinteiro
    monteur monteuse installateur installatrice plombier plombière électricien électricienne menuisier
    monteurin installateurin klempner klempnerin elektriker elektrikerin schreiner schreinerin tischler
    tischlerin filialleiter filialleiterin
    plumber electrician gardener carpenter joiner plasterer decorator tiler roofer locksmith fitter
    barber hairdresser stylist tutor pharmacist physio physiotherapist midwife dentist optician
    childminder referee instructor
""")

# The teachers, coaches, carers, health staff and tenants Spanish chat names by their post ("el míster
# Cux", "la farmacéutica Nikté", "la profe Rosado"; added 2026-12-06, night). Not "monitor", "maestro",
# "gestor", "tutor": a screen, a card, a program. A post is also a service's or a course's name ("el
# entrenador Personal", "la peluquera Canina"), so after these, as after `TRADE_NOUNS`, a run opening
# with an everyday word or a place that is no first name is no one (`GUARDED_ROLES`).
SERVICE_ROLES = _words("""
    míster profe profesor profesora maestra entrenador entrenadora monitora tutora farmacéutico farmacéutica
    fisio fisioterapeuta enfermero enfermera dentista pediatra tatuador tatuadora peluquero peluquera
    inquilino inquilina gestora cuidador cuidadora socorrista
""")
GUARDED_ROLES = TRADE_NOUNS | SERVICE_ROLES

# People who take in a parcel, deliver it or serve a customer, named after their post ("the
# concierge Hollis", "la portinaia Gina", "o zelador Nilton", "der Hausmeister Jannik"), and, in French,
# the trainer, the pharmacist, the tattooist and the nurse a customer names the same way
# ("l'entraîneur Favre veut la photo", "la pharmacienne Merveille m'a dit"); not "coach" (a brand and
# a bus: "le sac Coach", "Coach Tabby", "the coach Leeds to London"), "moniteur" (a screen), "opticien"
# or "fleuriste" (chains are called so: "l'opticien Krys"). Not the
# words that are also everyday things in another language: Spanish "cartera" (a wallet), "casero"
# (homemade), "conductor" (an electrical conductor in English), Italian "tata" (a company), English
# "agent" ("Agent Provocateur").
ROLE_NOUNS = (
    _words("""
    portiere portinaio portinaia custode postino postina autista badante colf
    portero portera conserje cartero chófer chofer niñera asistenta
    porteiro porteira zelador zeladora carteiro motorista síndico síndica babá diarista faxineira
    gardien gardienne concierge facteur factrice chauffeur livreuse nounou
    hausmeister hausmeisterin pförtner pförtnerin fahrerin paketbote paketbotin postbote postbotin
    briefträger briefträgerin zustellerin kurier kurierin vermieter vermieterin
    porter doorman doorwoman caretaker janitor postman postwoman mailman landlord landlady nanny
    babysitter handyman
    entraîneur entraîneuse pharmacien pharmacienne tatoueur tatoueuse infirmier infirmière
""")
    | TRADE_NOUNS
    | SERVICE_ROLES
)

# German people named by the post they hold for the customer, beyond taking in parcels: who
# coaches, teaches, cares, advises or serves them, who stands guarantor or keeps an animal, whom to
# ask ("Trainer Ilić will das Mannschaftsfoto", "für die Lehrerin Mila", "Bürge Walentina
# Unruh-Schellenberg", "Halterin Kreszenz Zehetmair", "mein Ex Dragan"). German only: "trainer" is an
# English shoe, "chef" an English cook, "pate" French meat paste. Not "Halter" (a holder, a thing),
# "Coach" (a brand of bags, "Coach Tabby") nor "Kunde" (the customer is the writer). Only
# `PersonNameRecognizer`'s cues read them, not the relations other modules look for a person by ("the
# coach to Bristol" is a bus). The judge refuses the everyday nouns that follow them as often
# ("Trainer Schuhe", "Lehrer Kalender"). "Ansprechpartner" is a label already (`name_words`).
GERMAN_ROLE_NOUNS = _words("""
    trainer trainerin lehrer lehrerin klassenlehrer klassenlehrerin erzieher erzieherin betreuer
    betreuerin fahrlehrer fahrlehrerin ausbilder ausbilderin bürge bürgin halterin besitzer
    besitzerin eigentümer eigentümerin friseur friseurin frisör frisörin therapeut therapeutin
    physiotherapeut physiotherapeutin masseur masseurin pfleger pflegerin pflegekraft verkäufer
    verkäuferin berater beraterin chef chefin trauzeuge trauzeugin pate patin mieter mieterin
""") | frozenset({"mein ex", "meine ex", "meinem ex", "meiner ex"})

# German capitalises every noun, so after a post or a relative ("dem Hausmeister Bescheid sagen",
# "beim Pförtner Paket abgeben", "dem Fahrer Trinkgeld geben") the nouns of a notice, a parcel and
# its key follow as often as a name does: no name after a relation opens with one. Only there: "Sagen
# Sie Timo Bescheid" still names Timo.
HANDED_NOUNS = _words("""
    bescheid paket pakete päckchen schlüssel zettel karton kartons trinkgeld
""")

# "One of your agents, Reece I think, called me": the staff member the writer half remembers is
# named after "one of your" and the staff noun, usually between commas. Only after "one of your":
# "your staff, Brilliant job" thanks no one by name.
_ONE_OF_YOUR = {
    "en": ("one of your",),
    "it": ("uno dei vostri", "una delle vostre", "uno dei tuoi", "una delle tue"),
    "es": ("uno de sus", "una de sus", "uno de vuestros", "una de vuestras"),
    "pt": ("um dos seus", "uma das suas", "um de seus", "uma de suas"),
    "fr": ("un de vos", "une de vos", "l'un de vos", "l'une de vos"),
    "de": ("einer ihrer", "eine ihrer", "einer eurer", "eine eurer"),
}
_STAFF = {
    "en": "agents colleagues staff employees advisors advisers reps operators people drivers couriers",
    "it": "operatori colleghi addetti agenti dipendenti consulenti operatrici colleghe addette corrieri",
    "es": "agentes compañeros compañeras empleados empleadas operadores operadoras asesores asesoras repartidores",
    "pt": "atendentes colegas funcionários funcionárias agentes consultores consultoras entregadores",
    "fr": "conseillers conseillères agents collègues employés employées opérateurs opératrices livreurs",
    "de": "mitarbeiter mitarbeiterinnen kollegen kolleginnen berater beraterinnen fahrer zusteller",
}
ONE_OF_STAFF = tuple(
    sorted(
        {f"{one} {staff}" for lang, ones in _ONE_OF_YOUR.items() for one in ones for staff in _STAFF[lang].split()},
        key=lambda p: (-len(p), p),
    )
)
