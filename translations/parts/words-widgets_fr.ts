<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>AcrossAccountsModel</name>
    <message>
      <location filename="../approval_console/ui/models/across.py" />
      <source>Account</source>
      <translation>Compte</translation>
    </message>
  </context>
  <context>
    <name>ActivityModel</name>
    <message>
      <location filename="../approval_console/ui/models/activity.py" />
      <source>Account</source>
      <translation>Compte</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/activity.py" />
      <source>Change</source>
      <translation>Modification</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/activity.py" />
      <source>Order</source>
      <translation>Commande</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/activity.py" />
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/activity.py" />
      <source>When</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/activity.py" />
      <source>Why</source>
      <translation>Motif</translation>
    </message>
  </context>
  <context>
    <name>BillingTabs</name>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Amount due</source>
      <translation>Montant dû</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Bill to</source>
      <translation>Facturer à</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Cancel invoice</source>
      <translation>Annuler la facture</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Close</source>
      <comment>an invoice</comment>
      <translation>Clôturer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Complete</source>
      <comment>a shipment</comment>
      <translation>Complète</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Consider the invoice paid; Apruve stops collecting</source>
      <translation>Considérer la facture comme payée ; Apruve cesse le recouvrement</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Delivered</source>
      <translation>Livrée le</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Export PDF…</source>
      <translation>Exporter en PDF…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Finalize the order first: an invoice is issued once the buyer can see the order</source>
      <translation>Finalisez d'abord la commande : une facture est émise une fois que l'acheteur peut voir la commande</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Fiscal representative</source>
      <translation>Représentant fiscal</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Invoice</source>
      <translation>Facture</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Invoices</source>
      <translation>Factures</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Issue</source>
      <comment>an invoice</comment>
      <translation>Émettre</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Issued</source>
      <translation>Émise le</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Item</source>
      <translation>Article</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Items</source>
      <translation>Articles</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Method</source>
      <translation>Moyen de paiement</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>No invoices yet.</source>
      <translation>Aucune facture pour l'instant.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Notes</source>
      <translation>Remarques</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Partial</source>
      <comment>a shipment</comment>
      <translation>Partielle</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Payments</source>
      <translation>Paiements</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Print…</source>
      <translation>Imprimer…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Qty</source>
      <translation>Qté</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Record return…</source>
      <translation>Enregistrer un retour…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Record shipment…</source>
      <translation>Enregistrer une expédition…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Refunds</source>
      <translation>Remboursements</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Remit to</source>
      <translation>Payer à</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Returned</source>
      <translation>Retourné</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Returns</source>
      <translation>Retours</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>SKU</source>
      <translation>Réf.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Send the invoice to the buyer for payment</source>
      <translation>Envoyer la facture à l'acheteur pour paiement</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Ship to</source>
      <translation>Livrer à</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Shipments</source>
      <translation>Expéditions</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Shipped</source>
      <translation>Expédiée le</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Shipper</source>
      <translation>Transporteur</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Shipping</source>
      <translation>Livraison</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Sold to</source>
      <translation>Vendu à</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Tax</source>
      <translation>Taxes</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Terms of delivery</source>
      <translation>Conditions de livraison</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>The server does not list which items this shipment carried.</source>
      <translation>Le serveur n'indique pas quels articles cette expédition contenait.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Tracking number</source>
      <translation>Numéro de suivi</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Unit price</source>
      <translation>Prix unitaire</translation>
    </message>
  </context>
  <context>
    <name>ChoiceButton</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>%n chosen</source>
      <translation>
        <numerusform>%n choisi</numerusform>
        <numerusform>%n choisis</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Any</source>
      <translation>Tous</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Nothing to choose yet</source>
      <translation>Rien à choisir pour l'instant</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>{filter}: {chosen}</source>
      <translation>{filter} : {chosen}</translation>
    </message>
  </context>
  <context>
    <name>ColumnChooser</name>
    <message>
      <location filename="../approval_console/ui/widgets/column_chooser.py" />
      <source>Reset columns</source>
      <translation>Réinitialiser les colonnes</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/column_chooser.py" />
      <source>{column} (not kept by this account)</source>
      <translation>{column} (non fourni par ce compte)</translation>
    </message>
  </context>
  <context>
    <name>CommentEditor</name>
    <message>
      <location filename="../approval_console/ui/widgets/comment_box.py" />
      <source>Comment</source>
      <translation>Commentaire</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/comment_box.py" />
      <source>Public (visible to the customer)</source>
      <translation>Public (visible par le client)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/comment_box.py" />
      <source>The server refused this comment.</source>
      <translation>Le serveur a refusé ce commentaire.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/comment_box.py" />
      <source>Write a comment…</source>
      <translation>Écrire un commentaire…</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Add comment</source>
      <translation>Ajouter un commentaire</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Amount {amount}</source>
      <translation>Montant {amount}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Apply anyway</source>
      <translation>Appliquer quand même</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Approve</source>
      <translation>Approuver</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Cancel order…</source>
      <translation>Annuler la commande…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Change status…</source>
      <translation>Changer le statut…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Comment</source>
      <translation>Commentaire</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Create invoice…</source>
      <translation>Créer une facture…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Due date</source>
      <translation>Date d'échéance</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Due date…</source>
      <translation>Date d'échéance…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Due {dates}</source>
      <translation>Échéance {dates}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Due {dates} · overdue</source>
      <translation>Échéance {dates} · en retard</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Finalize</source>
      <translation>Finaliser</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Fulfillment: sent as “{word}”</source>
      <translation>Traitement : envoyé sous la forme « {word} »</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Fulfillment: {state}</source>
      <translation>Traitement : {state}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Invoice</source>
      <translation>Facture</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Invoice change</source>
      <translation>Modification de la facture</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Language: {language}</source>
      <translation>Langue : {language}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Let the order go ahead (it awaits a decision)</source>
      <translation>Laisser la commande suivre son cours (elle attend une décision)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Loading history…</source>
      <translation>Chargement de l'historique…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>No due date</source>
      <translation>Pas de date d'échéance</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>No history yet</source>
      <translation>Pas encore d'historique</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Order change</source>
      <translation>Modification de la commande</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Payment: sent as “{word}”</source>
      <translation>Paiement : envoyé sous la forme « {word} »</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Payment: {state}</source>
      <translation>Paiement : {state}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Present the order to the buyer for approval</source>
      <translation>Présenter la commande à l'acheteur pour approbation</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Progress the customer sees</source>
      <translation>Avancement vu par le client</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Return</source>
      <translation>Retour</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Select an order to see its history and progress.</source>
      <translation>Sélectionnez une commande pour voir son historique et son avancement.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Send the change to the order as it is now</source>
      <translation>Envoyer la modification à la commande dans son état actuel</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Shipment</source>
      <translation>Expédition</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Status change</source>
      <translation>Changement de statut</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Tags: {tags}</source>
      <translation>Étiquettes : {tags}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>refused</source>
      <translation>refusé</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>{action} not saved: {reason}</source>
      <translation>{action} : non enregistré, {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>{action} not sent: {reason}. Look at the order as it is now, then apply anyway if it still should be.</source>
      <translation>{action} : non envoyé, {reason}. Examinez la commande dans son état actuel, puis appliquez quand même si c'est toujours souhaité.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>{action} saved.</source>
      <translation>{action} : enregistré.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>{action}: the server did not confirm it yet ({reason}). It will be checked again before anything is resent.</source>
      <translation>{action} : le serveur ne l'a pas encore confirmé ({reason}). Ce sera vérifié à nouveau avant tout nouvel envoi.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>{number}  (canceled)</source>
      <translation>{number}  (annulée)</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>&amp;Overdue orders only</source>
      <translation>Commandes en &amp;retard uniquement</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>+ Add filter</source>
      <translation>+ Ajouter un filtre</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Account</source>
      <translation>Compte</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Awaiting a decision</source>
      <translation>En attente de décision</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Canceled hidden</source>
      <translation>Annulées masquées</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Changed today</source>
      <translation>Modifiées aujourd'hui</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Due between</source>
      <translation>Échéance entre le</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Due between…</source>
      <translation>Échéance entre…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Due this week</source>
      <translation>Échéance cette semaine</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Due: {start} – {end}</source>
      <translation>Échéance : {start} – {end}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Financial</source>
      <translation>Paiement</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Fulfillment</source>
      <translation>Traitement</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>No status</source>
      <translation>Sans statut</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Only orders past their due date and not yet shipped, fulfilled or canceled ({shortcut})</source>
      <translation>Uniquement les commandes dont la date d'échéance est passée et qui ne sont pas encore expédiées, traitées ou annulées ({shortcut})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Reset filters</source>
      <translation>Réinitialiser les filtres</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Show canceled</source>
      <translation>Afficher les annulées</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>and</source>
      <comment>between two dates</comment>
      <translation>et le</translation>
    </message>
  </context>
  <context>
    <name>FilterChip</name>
    <message>
      <location filename="../approval_console/ui/widgets/filter_chips.py" />
      <source>Remove filter {filter}</source>
      <translation>Retirer le filtre {filter}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_chips.py" />
      <source>Remove this filter ({filter})</source>
      <translation>Retirer ce filtre ({filter})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_chips.py" />
      <source>{filter}: {names}</source>
      <translation>{filter} : {names}</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/filter_chips.py" />
      <source>{filter}: {names} and %n more</source>
      <translation>
        <numerusform>{filter} : {names} et %n autre</numerusform>
        <numerusform>{filter} : {names} et %n autres</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HistoryTimeline</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n day(s) ago</source>
      <translation>
        <numerusform>il y a %n jour</numerusform>
        <numerusform>il y a %n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n hour(s) ago</source>
      <translation>
        <numerusform>il y a %n heure</numerusform>
        <numerusform>il y a %n heures</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n minute(s) ago</source>
      <translation>
        <numerusform>il y a %n minute</numerusform>
        <numerusform>il y a %n minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n month(s) ago</source>
      <translation>
        <numerusform>il y a %n mois</numerusform>
        <numerusform>il y a %n mois</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n week(s) ago</source>
      <translation>
        <numerusform>il y a %n semaine</numerusform>
        <numerusform>il y a %n semaines</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n year(s) ago</source>
      <translation>
        <numerusform>il y a %n an</numerusform>
        <numerusform>il y a %n ans</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>Comment</source>
      <translation>Commentaire</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>No history yet</source>
      <translation>Pas encore d'historique</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>Order history</source>
      <translation>Historique de la commande</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>Private</source>
      <translation>Privé</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>Public</source>
      <translation>Public</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>Status → {status}</source>
      <translation>Statut → {status}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>Unknown status</source>
      <translation>Statut inconnu</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n day(s)</source>
      <translation>
        <numerusform>dans %n jour</numerusform>
        <numerusform>dans %n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n hour(s)</source>
      <translation>
        <numerusform>dans %n heure</numerusform>
        <numerusform>dans %n heures</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n minute(s)</source>
      <translation>
        <numerusform>dans %n minute</numerusform>
        <numerusform>dans %n minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n month(s)</source>
      <translation>
        <numerusform>dans %n mois</numerusform>
        <numerusform>dans %n mois</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n week(s)</source>
      <translation>
        <numerusform>dans %n semaine</numerusform>
        <numerusform>dans %n semaines</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n year(s)</source>
      <translation>
        <numerusform>dans %n an</numerusform>
        <numerusform>dans %n ans</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>just now</source>
      <translation>à l'instant</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>tomorrow</source>
      <translation>demain</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>yesterday</source>
      <translation>hier</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>{time} · {ago}</source>
      <translation>{time} · {ago}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>{time} · {ago} · by {person}</source>
      <translation>{time} · {ago} · par {person}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>✉ Email</source>
      <translation>✉ E-mail</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>✉ Email to {recipient}</source>
      <translation>✉ E-mail à {recipient}</translation>
    </message>
  </context>
  <context>
    <name>InvoiceDocument</name>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Adjustments</source>
      <translation>Ajustements</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Amount due</source>
      <translation>Montant dû</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Amounts in {currency}</source>
      <translation>Montants en {currency}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Bill to</source>
      <translation>Facturer à</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/output.py" />
      <source>Cannot save the invoice as {file}: {reason}</source>
      <translation>Impossible d'enregistrer la facture sous {file} : {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/output.py" />
      <source>Cannot save the invoice in {folder}: {reason}</source>
      <translation>Impossible d'enregistrer la facture dans {folder} : {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/output.py" />
      <source>Cannot write {file}</source>
      <translation>Impossible d'écrire {file}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/output.py" />
      <source>Cannot write {file}: the PDF was not completed</source>
      <translation>Impossible d'écrire {file} : le PDF n'a pas été terminé</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Discount</source>
      <translation>Remise</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Due date</source>
      <translation>Date d'échéance</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Fax {number}</source>
      <translation>Fax {number}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Fiscal representative</source>
      <translation>Représentant fiscal</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>INVOICE</source>
      <comment>the printed document's title</comment>
      <translation>FACTURE</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Invoice no.</source>
      <translation>N° de facture</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Invoice {reference}</source>
      <translation>Facture {reference}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Invoice {reference}.pdf</source>
      <translation>Facture {reference}.pdf</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Invoice.pdf</source>
      <translation>Facture.pdf</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Issue date</source>
      <translation>Date d'émission</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Item</source>
      <translation>Article</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Notes</source>
      <translation>Remarques</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Order</source>
      <translation>Commande</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/pages.py" />
      <source>Page {page} of {count}</source>
      <translation>Page {page} sur {count}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Paid or credited</source>
      <translation>Payé ou crédité</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/output.py" />
      <source>Print Invoice</source>
      <translation>Imprimer la facture</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/output.py" />
      <source>Print Invoice {reference}</source>
      <translation>Imprimer la facture {reference}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Qty</source>
      <translation>Qté</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Remit payment to</source>
      <translation>Paiement à l'ordre de</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>SKU {sku}</source>
      <translation>Réf. {sku}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Ship to</source>
      <translation>Livrer à</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Shipping</source>
      <translation>Livraison</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Sold to</source>
      <translation>Vendu à</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Subtotal</source>
      <translation>Sous-total</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Tax</source>
      <translation>Taxes</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Tax exempt: {reason}</source>
      <translation>Exonération de taxes : {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Tax rate</source>
      <translation>Taux de taxe</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Tel. {number}</source>
      <translation>Tél. {number}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Terms of delivery</source>
      <translation>Conditions de livraison</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/output.py" />
      <source>The invoice could not be printed: the printer did not start.</source>
      <translation>La facture n'a pas pu être imprimée : l'imprimante n'a pas démarré.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Unit price</source>
      <translation>Prix unitaire</translation>
    </message>
  </context>
  <context>
    <name>JobRow</name>
    <message>
      <location filename="../approval_console/ui/widgets/jobs_indicator.py" />
      <source>Dismiss</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/jobs_indicator.py" />
      <source>Show progress</source>
      <translation>Afficher l'avancement</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/jobs_indicator.py" />
      <source>Show report</source>
      <translation>Afficher le rapport</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/jobs_indicator.py" />
      <source>Stop</source>
      <comment>a job</comment>
      <translation>Arrêter</translation>
    </message>
  </context>
  <context>
    <name>JobsIndicator</name>
    <message>
      <location filename="../approval_console/ui/widgets/jobs_indicator.py" />
      <source>Background jobs: their progress, and their reports</source>
      <translation>Tâches en arrière-plan : leur avancement et leurs rapports</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/jobs_indicator.py" />
      <source>Closing this window does not stop it: it goes on, and Jobs in the status bar shows how far it got and opens this report again.</source>
      <translation>Fermer cette fenêtre ne l'arrête pas : la tâche continue, et Tâches, dans la barre d'état, indique où elle en est et rouvre ce rapport.</translation>
    </message>
  </context>
  <context>
    <name>JobsPanel</name>
    <message>
      <location filename="../approval_console/ui/widgets/jobs_indicator.py" />
      <source>Jobs</source>
      <translation>Tâches</translation>
    </message>
  </context>
  <context>
    <name>OrderTableModel</name>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Canceled {when}</source>
      <translation>Annulée le {when}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Created</source>
      <translation>Créée le</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Customer</source>
      <translation>Client</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Financial</source>
      <translation>Paiement</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Fulfillment</source>
      <translation>Traitement</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>No status</source>
      <translation>Sans statut</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Number</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Sent as “{word}”</source>
      <translation>Envoyé sous la forme « {word} »</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Status changed</source>
      <translation>Statut modifié le</translation>
    </message>
  </context>
  <context>
    <name>ProgressStepper</name>
    <message>
      <location filename="../approval_console/ui/widgets/stepper.py" />
      <source>No progress timeline</source>
      <translation>Pas de chronologie d'avancement</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/stepper.py" />
      <source>Public progress</source>
      <translation>Avancement public</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/stepper.py" />
      <source>Step {number} of {total}: {step}</source>
      <translation>Étape {number} sur {total} : {step}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/stepper.py" />
      <source>completed</source>
      <translation>terminée</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/stepper.py" />
      <source>current step</source>
      <translation>étape en cours</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/stepper.py" />
      <source>not reached yet</source>
      <translation>pas encore atteinte</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/stepper.py" />
      <source>{done} of %n step(s) completed</source>
      <translation>
        <numerusform>Étapes terminées : {done} sur %n</numerusform>
        <numerusform>Étapes terminées : {done} sur %n</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/stepper.py" />
      <source>{step} — {progress}</source>
      <translation>{step} — {progress}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/stepper.py" />
      <source>{step} — {progress} ({time})</source>
      <translation>{step} — {progress} ({time})</translation>
    </message>
  </context>
  <context>
    <name>ReadProblemView</name>
    <message>
      <location filename="../approval_console/ui/widgets/read_problem.py" />
      <source>The orders below are those saved on this computer.</source>
      <translation>Les commandes ci-dessous sont celles enregistrées sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/read_problem.py" />
      <source>Try again</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/read_problem.py" />
      <source>Trying again…</source>
      <translation>Nouvelle tentative…</translation>
    </message>
  </context>
  <context>
    <name>StatusChip</name>
    <message>
      <location filename="../approval_console/ui/widgets/status_chip.py" />
      <source>No status</source>
      <translation>Sans statut</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/status_chip.py" />
      <source>Status: {status}</source>
      <translation>Statut : {status}</translation>
    </message>
  </context>
  <context>
    <name>ViewsBar</name>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>All orders</source>
      <translation>Toutes les commandes</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Changed since chosen: Update view keeps the change.</source>
      <translation>Modifiée depuis qu'elle a été choisie : Mettre à jour la vue conserve la modification.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Changed today</source>
      <translation>Modifiées aujourd'hui</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Delete…</source>
      <translation>Supprimer…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Due this week</source>
      <translation>Échéance cette semaine</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Make the view show what the list shows now</source>
      <translation>Faire afficher à la vue ce que la liste affiche maintenant</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Move left</source>
      <translation>Déplacer à gauche</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Move right</source>
      <translation>Déplacer à droite</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Needs review</source>
      <translation>À vérifier</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Rename…</source>
      <translation>Renommer…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Restore default views</source>
      <translation>Restaurer les vues par défaut</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Save as view…</source>
      <translation>Enregistrer comme vue…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Save the list's filters, search, sort and columns (Ctrl+S)</source>
      <translation>Enregistrer les filtres, la recherche, le tri et les colonnes de la liste (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Saved views</source>
      <translation>Vues enregistrées</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Show</source>
      <comment>a saved view</comment>
      <translation>Afficher</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Update view</source>
      <translation>Mettre à jour la vue</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>all accounts (opens their window)</source>
      <translation>tous les comptes (ouvre leur fenêtre)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>one account</source>
      <translation>un seul compte</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>the account that is open</source>
      <translation>le compte ouvert</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>{view}: {shows}</source>
      <translation>{view} : {shows}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>{view}: {shows} (Alt+{number})</source>
      <translation>{view} : {shows} (Alt+{number})</translation>
    </message>
  </context>
  <context>
    <name>WelcomePanel</name>
    <message>
      <location filename="../approval_console/ui/widgets/welcome.py" />
      <source>Add account…</source>
      <translation>Ajouter un compte…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/welcome.py" />
      <source>Add an account to see its orders</source>
      <translation>Ajoutez un compte pour voir ses commandes</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/welcome.py" />
      <source>Approval Console shows the orders of {systems} and {last} accounts, from a copy kept on this computer, and changes them for you. An account needs the system's address and its API key or password, which is kept in this computer's keyring, never in a file.</source>
      <translation>Approval Console affiche les commandes des comptes {systems} et {last}, à partir d'une copie conservée sur cet ordinateur, et les modifie pour vous. Un compte nécessite l'adresse du système et sa clé d'API ou son mot de passe, conservé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/welcome.py" />
      <source>To look around first, start &lt;tt&gt;approval-console --demo&lt;/tt&gt;: a sample account of each kind, on a sandbox that runs on this computer.</source>
      <translation>Pour faire d'abord le tour, lancez &lt;tt&gt;approval-console --demo&lt;/tt&gt; : un compte d'exemple de chaque type, sur un bac à sable qui tourne sur cet ordinateur.</translation>
    </message>
  </context>
</TS>
