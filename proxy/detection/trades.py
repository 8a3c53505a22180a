"""Trade and offer nouns that open a shop's or an offer's name, per language.

A capitalised run built on one of these is the business or its offer, not a person or a place:
"Pressing Nantes Gare", "Cave Bordeaux Chartrons", "Menu Saint-Valentin", "Farmacia San Antonio",
"Óptica Colón", "Cicli Piazza Mazzini". Two readers share the list: `filters._trade_name` (the run is
a shop's name, so a first name or a town inside it is the shop's) and `shop_town` (a town right after
such a name and "de"/"in" is the shop's branch town). It lives apart from both so that neither imports
the other.
"""

from __future__ import annotations

TRADES: dict[str, frozenset[str]] = {
    "fr": frozenset(
        """
        boulangerie pâtisserie boucherie charcuterie fromagerie épicerie pharmacie parapharmacie pressing
        cave brasserie restaurant café bistrot hôtel garage optique opticien librairie papeterie fleuriste
        quincaillerie droguerie poissonnerie primeur traiteur institut laverie cordonnerie bijouterie
        supérette boutique magasin agence drive menu coffret forfait ferramenta trattoria pizzeria osteria
        salon atelier maison bar crêperie creperie bistro petit petite p'tit p’tit chez
        bricolage jardinerie animalerie chocolaterie confiserie crémerie horlogerie mercerie friperie
        meubles cycles parfumerie toilettage
        """.split()
    ),
    "en": frozenset(
        """
        bakery pharmacy chemist chemists deli delicatessen brasserie bistro cafe café restaurant pub hotel
        garage opticians optician bookshop butcher butchers florist florists hardware ironmonger launderette
        barbers salon grocer grocers greengrocer newsagent ferramenta trattoria pizzeria osteria
        bar patisserie pâtisserie boulangerie atelier crêperie creperie bistrot maison petit chez
        boutique studio barber barbershop diner tearoom inn
        furniture interiors cycles jewellers jewelers tyres
        """.split()
    ),
    "de": frozenset(
        """
        bäckerei konditorei apotheke buchhandlung metzgerei fleischerei eisenwaren drogerie brauerei
        gaststätte restaurant café cafe hotel optik optiker blumen floristik friseur reinigung autohaus
        weinhandlung feinkost ferramenta trattoria pizzeria osteria
        salon atelier bistro bistrot eiscafé eisdiele gasthaus gasthof wirtshaus kneipe bar imbiss
        möbel fahrräder zweirad parfümerie juwelier schmuck spielwaren
        """.split()
    ),
    "it": frozenset(
        """
        farmacia parafarmacia panetteria panificio pasticceria macelleria salumeria ferramenta tabaccheria
        edicola bar caffè caffetteria trattoria pizzeria osteria ristorante gelateria libreria cartoleria
        ottica profumeria merceria drogheria enoteca alimentari fioreria lavanderia negozio emporio bottega
        albergo hotel salone atelier
        parrucchiera parrucchiere barbiere barberia sartoria boutique forno cantina pescheria locanda
        agriturismo gastronomia
        mobili mobilificio officina gioielleria orologeria calzature cicli toelettatura
        """.split()
    ),
    "es": frozenset(
        """
        farmacia panadería pastelería confitería carnicería pollería frutería pescadería ferretería droguería
        librería papelería óptica mercería zapatería tortillería abarrotes bar cafetería restaurante hotel
        hostal floristería peluquería lavandería estanco colmado bodega pizzería pizzeria churrería heladería
        mesón taberna cervecería salón
        boutique marisquería asador cantina freiduría chiringuito barbería
        muebles mascotas taller joyería relojería juguetería perfumería calzados bicis
        """.split()
    ),
    "pt": frozenset(
        """
        farmácia drogaria padaria pastelaria confeitaria açougue talho mercadinho mercearia papelaria livraria
        ótica óptica loja empório ferragem ferragens restaurante lanchonete bar café hotel pousada
        floricultura lavandaria lavanderia sapataria armarinho pizzaria salão sorveteria churrascaria
        cervejaria boteco tasca
        barbearia boutique cantina marisqueira adega churrasqueira cabeleireiro cabeleireira
        móveis moveis oficina joalharia joalheria relojoaria perfumaria calçados brinquedos
        """.split()
    ),
}
