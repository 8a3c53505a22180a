"""Everyday commerce and chat words that are never a name or a place on their own.

Used by the NER post-filter (`filters.trim_ner`): the small spaCy
models tag capitalised sentence starts of shop talk ("Size 42", "Commande",
"Suivi", "Rendez-vous") as PERSON or LOCATION. A word listed here is cut from
the edges of an NER span; a span of nothing but such words is dropped.

Rules for these lists: lower-case, case-folded; words of customer-service chat
in general (orders, delivery, payment, sizes, greetings, shop verbs), not a
copy of any test corpus; never a word that is also a common first name,
surname or place (no "petit", "brown", "grace", "rose", "may", "bill"). French subject pronouns
are here for the verb they are joined to by a hyphen, as a question writes it: the whole word
"Pouvez-vous", "Avez-vous" is noise (`filters._noise` checks each part). Only
languages with a spaCy model need one; the others are here for when a user
installs one.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

_EN = """
order orders ordered invoice receipt tracking track parcel package delivery deliver
shipping ship ships shipment courier size sizes qty quantity total subtotal price prices
discount refund refunds return returns exchange payment pay paid card visa mastercard
amex iban account bank transfer code coupon voucher promo sale sales item items product
products cart basket checkout stock colour color model ref reference number no nr tel
phone email mail hi hello hey thanks thank ok okay please yes dear sir madam customer
support team store shop shops online today tomorrow yesterday monday tuesday wednesday
thursday friday saturday sunday small medium large xl xxl box invoice address status
delivered dispatched cancel cancelled pickup collect collection warranty see let send check
january february march july september october november december
mon tue tues wed weds thur thurs fri sat feb apr jul aug sep sept oct nov dec query
express premium vip deluxe opening hours
"""
_FR = """
commande commandes commander facture factures reçu ticket suivi suivre colis livraison
livrer livrez livré expédition expédié expédier taille tailles pointure quantité qté
total prix remise réduction solde soldes remboursement rembourser remboursez rembourse
retour retours échange échanger paiement payer payez payé carte visa mastercard iban
compte banque virement code coupon bon promo article articles produit produits panier
stock couleur modèle réf référence numéro n° no tél téléphone mail courriel bonjour
bonsoir bonne salut merci ok oui non madame monsieur client cliente service magasin boutique
rendez-vous rendez envoyez envoyer envoie débitez débiter débit appelez appeler écrivez
aujourd'hui demain hier lundi mardi mercredi jeudi vendredi samedi dimanche livreur
adresse statut annuler annulé annulation garantie carton boîte
janvier février mars mai juin juillet août septembre octobre novembre décembre
horaires horaire ouverture fermeture réservation réserver ordonnance devis révision vidange
rdv commandé commandée commandés commandées
vous tu nous ils elles je il elle on t
express premium vip gratuit gratuite gratuits gratuites offert offerte offre offres
svp stp
"""
_IT = """
ordine ordini fattura scontrino tracking spedizione spedito consegna pacco taglia
quantità totale prezzo sconto rimborso reso cambio pagamento carta visa iban conto
codice coupon buono articolo prodotto carrello colore modello numero ciao buongiorno
grazie ok sì negozio cliente servizio oggi domani ieri
express premium vip orari orario apertura chiusura gratuito gratuita gratuiti omaggio
"""
_ES = """
pedido pedidos factura ticket seguimiento envío enviado entrega paquete talla cantidad
total precio descuento reembolso devolución cambio pago tarjeta visa iban cuenta código
cupón artículo producto carrito color modelo número hola gracias vale ok sí tienda
cliente servicio hoy mañana ayer
express premium vip horario horarios apertura gratis gratuito gratuita
"""
_PT = """
pedido pedidos nota fiscal rastreio entrega envio encomenda pacote tamanho quantidade
total preço desconto reembolso devolução troca pagamento cartão visa iban conta código
cupom artigo produto carrinho cor modelo número olá oi obrigado obrigada ok sim loja
cliente serviço hoje amanhã ontem
express expresso premium vip horário horários abertura grátis gratuito gratuita
"""
_DE = """
bestellung bestellungen rechnung quittung sendungsnummer sendung versand lieferung paket
größe menge gesamt preis rabatt erstattung rücksendung umtausch zahlung karte visa iban
konto code gutschein artikel produkt warenkorb farbe modell nummer nr hallo danke ok ja
laden kunde kundenservice heute morgen gestern
express premium vip öffnungszeiten stammkunde stammkundin gratis kostenlos
"""

NOT_NAMES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        lang: frozenset(words.split())
        for lang, words in {"en": _EN, "fr": _FR, "it": _IT, "es": _ES, "pt": _PT, "de": _DE}.items()
    }
)
