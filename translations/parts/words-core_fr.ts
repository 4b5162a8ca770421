<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Accounts</name>
    <message>
      <location filename="../approval_console/core/backends.py" />
      <source>API key</source>
      <translation>clé d’API</translation>
    </message>
    <message>
      <location filename="../approval_console/core/settings.py" />
      <source>Enter a full address such as https://app.example.com.</source>
      <translation>Saisissez une adresse complète, par exemple https://app.example.com.</translation>
    </message>
    <message>
      <location filename="../approval_console/app.py" />
      <source>No key is stored for the account {name}.</source>
      <translation>Aucune clé n’est enregistrée pour le compte {name}.</translation>
    </message>
    <message>
      <location filename="../approval_console/core/settings.py" />
      <source>Plain http:// is only allowed for this computer (127.0.0.1); use https://.</source>
      <translation>Le http:// simple n’est autorisé que pour cet ordinateur (127.0.0.1) ; utilisez https://.</translation>
    </message>
    <message>
      <location filename="../approval_console/app.py" />
      <source>There is no account {id}.</source>
      <translation>Il n’y a pas de compte {id}.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/account_ops.py" />
      <source>This account no longer exists.</source>
      <translation>Ce compte n’existe plus.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/account_ops.py" />
      <source>This account's server does not say who the seller is.</source>
      <translation>Le serveur de ce compte n’indique pas qui est le vendeur.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/account_ops.py" />
      <source>This account's server keeps no contacts.</source>
      <translation>Le serveur de ce compte ne conserve aucun contact.</translation>
    </message>
    <message>
      <location filename="../approval_console/core/backends.py" />
      <source>password</source>
      <translation>mot de passe</translation>
    </message>
  </context>
  <context>
    <name>Activity</name>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Add webhook {url}</source>
      <translation>Ajouter le webhook {url}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Applied</source>
      <translation>Appliquée</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Approve</source>
      <translation>Approuver</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Cancel invoice</source>
      <translation>Annuler la facture</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Close invoice</source>
      <translation>Clôturer la facture</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Comment</source>
      <translation>Commentaire</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Comment (public)</source>
      <translation>Commentaire (public)</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Due date cleared</source>
      <translation>Date d’échéance effacée</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Due date {day}</source>
      <translation>Échéance {day}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Due date {start} – {end}</source>
      <translation>Échéance {start} – {end}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Finalize</source>
      <translation>Finaliser</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>In flight</source>
      <translation>En cours d’envoi</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Interrupted</source>
      <translation>Interrompue</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Invoice {number}</source>
      <translation>Facture {number}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Issue invoice</source>
      <translation>Émettre la facture</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Merchant</source>
      <translation>Marchand</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Not applied</source>
      <translation>Non appliquée</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Pending</source>
      <translation>En attente</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Pending or in flight</source>
      <translation>En attente ou en cours d’envoi</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Remove webhook {url}</source>
      <translation>Supprimer le webhook {url}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Return {amount}</source>
      <translation>Retour {amount}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Shipment</source>
      <translation>Expédition</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Shipment {tracking}</source>
      <translation>Expédition {tracking}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Status → {status}</source>
      <translation>Statut → {status}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>a webhook is changed again from the merchant's settings</source>
      <translation>un webhook se modifie à nouveau depuis les paramètres du marchand</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>already applied</source>
      <translation>déjà appliquée</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>applied on a later try</source>
      <translation>appliquée lors d’un essai ultérieur</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>interrupted in flight; checked with the server before anything is resent</source>
      <translation>interrompue en cours d’envoi ; vérifiée auprès du serveur avant tout nouvel envoi</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>still being sent</source>
      <translation>encore en cours d’envoi</translation>
    </message>
  </context>
  <context>
    <name>Apruve</name>
    <message>
      <location filename="../approval_console/connectors/apruve/client.py" />
      <source>Not found: it does not exist or belongs to another merchant.</source>
      <translation>Introuvable : il n’existe pas ou appartient à un autre marchand.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/apruve/client.py" />
      <source>The merchant id is not known yet: set merchant_id in the account options.</source>
      <translation>L’identifiant du marchand n’est pas encore connu : renseignez merchant_id dans les options du compte.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/apruve/serialise.py" />
      <source>There is no record {id}.</source>
      <translation>Il n’y a pas d’enregistrement {id}.</translation>
    </message>
  </context>
  <context>
    <name>Arlo</name>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>Arlo answered {status}.</source>
      <translation>Arlo a répondu {status}.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>Arlo cannot answer in XML here ({reason}).</source>
      <translation>Arlo ne peut pas répondre en XML ici ({reason}).</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>Arlo did not accept the password of API user {user}.</source>
      <translation>Arlo n’a pas accepté le mot de passe de l’utilisateur d’API {user}.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>Arlo does not support this request ({reason}).</source>
      <translation>Arlo ne prend pas en charge cette requête ({reason}).</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>Arlo has no such record.</source>
      <translation>Arlo n’a pas cet enregistrement.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>Arlo refused the request as malformed: {reason}</source>
      <translation>Arlo a refusé la requête comme mal formée : {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>There is no {what} {id} in Arlo.</source>
      <translation>Il n’y a pas de {what} {id} dans Arlo.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>This Arlo account has no API user name: set the account option 'username' to the Arlo user the console signs in as.</source>
      <translation>Ce compte Arlo n’a pas de nom d’utilisateur d’API : renseignez l’option de compte « username » avec l’utilisateur Arlo sous lequel la console se connecte.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>bad request</source>
      <translation>requête incorrecte</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_xml.py" />
      <source>declares a DTD or entities, which are refused for safety</source>
      <translation>déclare une DTD ou des entités, refusées par sécurité</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>has no contact href</source>
      <translation>n’a pas de href de contact</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>has no order href</source>
      <translation>n’a pas de href de commande</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_xml.py" />
      <source>is empty where XML was expected</source>
      <translation>est vide alors que du XML était attendu</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>is not an Arlo contact id</source>
      <translation>n’est pas un identifiant de contact Arlo</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_xml.py" />
      <source>is not well-formed XML ({reason}, line {line})</source>
      <translation>n’est pas du XML bien formé ({reason}, ligne {line})</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_xml.py" />
      <source>is too large to be an Arlo answer</source>
      <translation>est trop volumineux pour être une réponse d’Arlo</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>method not allowed</source>
      <translation>méthode non autorisée</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>not acceptable</source>
      <translation>non acceptable</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>was {status} where Arlo documents 204 No Content</source>
      <translation>valait {status} alors qu’Arlo documente 204 No Content</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>{id} is not an Arlo contact id.</source>
      <translation>{id} n’est pas un identifiant de contact Arlo.</translation>
    </message>
  </context>
  <context>
    <name>Billing</name>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Accepted</source>
      <translation>Acceptée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Canceled</source>
      <translation>Annulée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Closed</source>
      <translation>Clôturée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Created, not yet escalated for approval</source>
      <translation>Créée, pas encore soumise à approbation</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Created, not yet issued to the payer</source>
      <translation>Créée, pas encore émise au payeur</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Credit available and approved by the account holder</source>
      <translation>Crédit disponible et approuvé par le titulaire du compte</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Fully paid by the purchaser</source>
      <translation>Entièrement payée par l’acheteur</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Funded</source>
      <translation>Financée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Issued, awaiting payment and/or funding</source>
      <translation>Émise, en attente de paiement et/ou de financement</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>New</source>
      <translation>Nouvelle</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Open</source>
      <translation>Ouverte</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Paid to you by the bank, awaiting the purchaser's payment</source>
      <translation>Versée par la banque, en attente du paiement de l’acheteur</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Pending</source>
      <translation>En attente</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Rejected, short of credit, or canceled by the seller</source>
      <translation>Refusée, crédit insuffisant ou annulée par le vendeur</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Waiting for credit and/or account holder approval</source>
      <translation>En attente du crédit et/ou de l’approbation du titulaire du compte</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Withdrawn: no goods provided, no payment received</source>
      <translation>Retirée : aucune marchandise fournie, aucun paiement reçu</translation>
    </message>
  </context>
  <context>
    <name>Bulk</name>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <source>Queued, but the server had not applied it; checked again at the next start.</source>
      <translation>En file d’attente, mais le serveur ne l’avait pas appliquée ; vérifiée à nouveau au prochain démarrage.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <source>Queued; the server had not applied it yet. Still checking.</source>
      <translation>En file d’attente ; le serveur ne l’avait pas encore appliquée. Vérification en cours.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <source>The change stopped on an error in this program ({reason}).</source>
      <translation>La modification s’est arrêtée sur une erreur de ce programme ({reason}).</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <source>The order no longer exists.</source>
      <translation>La commande n’existe plus.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <source>The server's queue did not apply it.</source>
      <translation>La file d’attente du serveur ne l’a pas appliquée.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <source>The server's queue skipped it (status not available).</source>
      <translation>La file d’attente du serveur l’a ignorée (statut non disponible).</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk_plan.py" />
      <source>This status is not available for this order.</source>
      <translation>Ce statut n’est pas disponible pour cette commande.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <location filename="../approval_console/services/undo.py" />
      <source>already has this status</source>
      <translation>a déjà ce statut</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <source>canceled</source>
      <translation>annulée</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <source>canceled before sending</source>
      <translation>annulée avant l’envoi</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <source>lost in flight</source>
      <translation>perdue en cours d’envoi</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <source>lost in flight and never applied</source>
      <translation>perdue en cours d’envoi et jamais appliquée</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <source>the queue has not run it</source>
      <translation>la file d’attente ne l’a pas encore traitée</translation>
    </message>
  </context>
  <context>
    <name>Changes</name>
    <message>
      <location filename="../approval_console/services/changes.py" />
      <source>could not be read back</source>
      <translation>n’a pas pu être relue</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/changes.py" />
      <source>gave up after %n attempt(s)</source>
      <translation>
        <numerusform>abandon après %n tentative</numerusform>
        <numerusform>abandon après %n tentatives</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <location filename="../approval_console/services/changes.py" />
      <source>interrupted before sending</source>
      <translation>interrompue avant l’envoi</translation>
    </message>
    <message>
      <location filename="../approval_console/services/changes.py" />
      <location filename="../approval_console/services/merchant.py" />
      <source>interrupted in flight</source>
      <translation>interrompue en cours d’envoi</translation>
    </message>
    <message>
      <location filename="../approval_console/services/changes.py" />
      <location filename="../approval_console/services/merchant.py" />
      <source>interrupted; not applied</source>
      <translation>interrompue ; non appliquée</translation>
    </message>
    <message>
      <location filename="../approval_console/services/merchant.py" />
      <source>not applied</source>
      <translation>non appliquée</translation>
    </message>
    <message>
      <location filename="../approval_console/services/changes.py" />
      <source>not applied; sending again</source>
      <translation>non appliquée ; nouvel envoi</translation>
    </message>
    <message>
      <location filename="../approval_console/services/changes.py" />
      <source>not sent: the order could not be checked first ({reason})</source>
      <translation>non envoyée : la commande n’a pas pu être vérifiée au préalable ({reason})</translation>
    </message>
    <message>
      <location filename="../approval_console/services/changes.py" />
      <source>outcome could not be read back</source>
      <translation>le résultat n’a pas pu être relu</translation>
    </message>
    <message>
      <location filename="../approval_console/services/changes.py" />
      <source>stopped before sending</source>
      <translation>arrêtée avant l’envoi</translation>
    </message>
  </context>
  <context>
    <name>Comment</name>
    <message numerus="yes">
      <location filename="../approval_console/core/changes.py" />
      <source>A comment can have at most %n character(s) ({count} now).</source>
      <translation>
        <numerusform>Un commentaire peut comporter au plus %n caractère ({count} actuellement).</numerusform>
        <numerusform>Un commentaire peut comporter au plus %n caractères ({count} actuellement).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/core/changes.py" />
      <source>A comment needs at least %n character(s).</source>
      <translation>
        <numerusform>Un commentaire doit comporter au moins %n caractère.</numerusform>
        <numerusform>Un commentaire doit comporter au moins %n caractères.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Event</name>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Comment</source>
      <translation>Commentaire</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Status change</source>
      <translation>Changement de statut</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <location filename="../approval_console/services/export_process.py" />
      <source>The export stopped unexpectedly.</source>
      <translation>L’export s’est arrêté de manière inattendue.</translation>
    </message>
  </context>
  <context>
    <name>Financial</name>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Authorized</source>
      <translation>Autorisée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Balance due</source>
      <translation>Solde dû</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Credit owed</source>
      <translation>Avoir dû</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>No payment</source>
      <translation>Aucun paiement</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Overcharged</source>
      <translation>Trop-perçu</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Paid</source>
      <translation>Payée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Partially paid</source>
      <translation>Partiellement payée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Partially refunded</source>
      <translation>Partiellement remboursée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Payment failed</source>
      <translation>Échec du paiement</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Pending</source>
      <translation>En attente</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Refunded</source>
      <translation>Remboursée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Unpaid</source>
      <translation>Impayée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Voided</source>
      <translation>Annulée</translation>
    </message>
  </context>
  <context>
    <name>Fulfillment</name>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Backordered</source>
      <translation>En réapprovisionnement</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Canceled</source>
      <translation>Annulée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Delivered</source>
      <translation>Livrée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Fulfilled</source>
      <translation>Traitée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Partially fulfilled</source>
      <translation>Partiellement traitée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Pending</source>
      <translation>En attente</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Ready to ship</source>
      <translation>Prête à expédier</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Restocked</source>
      <translation>Remise en stock</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Shipped</source>
      <translation>Expédiée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Unfulfilled</source>
      <translation>Non traitée</translation>
    </message>
  </context>
  <context>
    <name>Keyring</name>
    <message>
      <location filename="../approval_console/core/secrets.py" />
      <source>No usable system keyring was found, so the API key cannot be stored safely. Install or unlock a keyring (for example GNOME Keyring or KWallet) and try again.</source>
      <translation>Aucun trousseau système utilisable n’a été trouvé : la clé d’API ne peut pas être enregistrée en sécurité. Installez ou déverrouillez un trousseau (par exemple GNOME Keyring ou KWallet) et réessayez.</translation>
    </message>
    <message>
      <location filename="../approval_console/core/secrets.py" />
      <source>The system keyring could not be read ({reason}).</source>
      <translation>Le trousseau système n’a pas pu être lu ({reason}).</translation>
    </message>
    <message>
      <location filename="../approval_console/core/secrets.py" />
      <source>The system keyring refused to store the key ({reason}).</source>
      <translation>Le trousseau système a refusé d’enregistrer la clé ({reason}).</translation>
    </message>
  </context>
  <context>
    <name>Meanwhile</name>
    <message numerus="yes">
      <location filename="../approval_console/services/meanwhile.py" />
      <source>%n listing page(s) are read</source>
      <translation>
        <numerusform>%n page de liste est lue</numerusform>
        <numerusform>%n pages de liste sont lues</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/meanwhile.py" />
      <source>%n order(s) in long statuses are not checked.</source>
      <translation>
        <numerusform>%n commande dans des statuts trop longs n’est pas vérifiée.</numerusform>
        <numerusform>%n commandes dans des statuts trop longs ne sont pas vérifiées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/meanwhile.py" />
      <source>Just before sending, {pages} to check that the %n orders are still as you saw them; any changed meanwhile are held back.</source>
      <translation>
        <numerusform>Juste avant l’envoi, {pages} pour vérifier que la commande est toujours telle que vous l’avez vue ; si elle a changé entre-temps, elle est retenue.</numerusform>
        <numerusform>Juste avant l’envoi, {pages} pour vérifier que les %n commandes sont toujours telles que vous les avez vues ; celles modifiées entre-temps sont retenues.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>Just before sending, {pages} to check that the order is still as you saw it; if it changed meanwhile, it is held back.</source>
      <translation>Juste avant l’envoi, {pages} pour vérifier que la commande est toujours telle que vous l’avez vue ; si elle a changé entre-temps, elle est retenue.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>Orders are not checked for changes made meanwhile: their statuses hold too many orders to read cheaply.</source>
      <translation>Les commandes ne sont pas vérifiées pour les modifications faites entre-temps : leurs statuts contiennent trop de commandes pour être lus à peu de frais.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>approved</source>
      <translation>approuvée</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>canceled</source>
      <translation>annulée</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>changed meanwhile</source>
      <translation>modifiée entre-temps</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>changed meanwhile: {where}</source>
      <translation>modifiée entre-temps : {where}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>no longer in the status you saw</source>
      <translation>n’est plus dans le statut que vous aviez vu</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>no longer “{status}”</source>
      <translation>n’est plus « {status} »</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <location filename="../approval_console/services/undo.py" />
      <source>no status</source>
      <translation>sans statut</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>not sent: could not check it was still as you saw it ({reason})</source>
      <translation>non envoyée : impossible de vérifier qu’elle était toujours telle que vous l’aviez vue ({reason})</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <location filename="../approval_console/services/undo.py" />
      <source>now {state}</source>
      <translation>désormais {state}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>now {state}, at {moment}</source>
      <translation>désormais {state}, le {moment}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>now {state}, by {actor}</source>
      <translation>désormais {state}, par {actor}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <location filename="../approval_console/services/undo.py" />
      <source>“{status}”</source>
      <translation>« {status} »</translation>
    </message>
  </context>
  <context>
    <name>Merchant</name>
    <message>
      <location filename="../approval_console/services/merchant.py" />
      <source>“{account}” has no merchant settings to show (only Apruve accounts have them).</source>
      <translation>« {account} » n’a pas de paramètres marchand à afficher (seuls les comptes Apruve en ont).</translation>
    </message>
  </context>
  <context>
    <name>Payment</name>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>At checkout</source>
      <translation>Au paiement</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Completed</source>
      <translation>Terminé</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Failed</source>
      <translation>Échoué</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Invalid</source>
      <translation>Invalide</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Pending</source>
      <translation>En attente</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Processing</source>
      <translation>En traitement</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Voided</source>
      <translation>Annulé</translation>
    </message>
  </context>
  <context>
    <name>Reason</name>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Consignment</source>
      <translation>Dépôt-vente</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Damaged</source>
      <translation>Endommagée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Defective</source>
      <translation>Défectueuse</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Duplicate</source>
      <translation>Doublon</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Refused</source>
      <translation>Refusée</translation>
    </message>
  </context>
  <context>
    <name>Review</name>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Already approved — nothing to decide here.</source>
      <translation>Déjà approuvée — rien à décider ici.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Already canceled — nothing to decide here.</source>
      <translation>Déjà annulée — rien à décider ici.</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/account_ops.py" />
      <source>Approve %n order(s) from review</source>
      <translation>
        <numerusform>Approuver %n commande depuis la vérification</numerusform>
        <numerusform>Approuver %n commandes depuis la vérification</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Approving or canceling does not tell the customer, and approvals name the approving contact you chose. Change this in Needs review.</source>
      <translation>Approuver ou annuler ne prévient pas le client, et les approbations nomment le contact approbateur que vous avez choisi. Modifiez ce choix dans À vérifier.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Approving or canceling does not tell the customer. Change this in Needs review.</source>
      <translation>Approuver ou annuler ne prévient pas le client. Modifiez ce choix dans À vérifier.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Approving or canceling tells the customer, and approvals name the approving contact you chose. Change this in Needs review.</source>
      <translation>Approuver ou annuler prévient le client, et les approbations nomment le contact approbateur que vous avez choisi. Modifiez ce choix dans À vérifier.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Approving or canceling tells the customer. Change this in Needs review.</source>
      <translation>Approuver ou annuler prévient le client. Modifiez ce choix dans À vérifier.</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/account_ops.py" />
      <source>Cancel %n order(s) from review</source>
      <translation>
        <numerusform>Annuler %n commande depuis la vérification</numerusform>
        <numerusform>Annuler %n commandes depuis la vérification</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Canceling does not tell the customer, and approvals name the approving contact you chose. Change this in Needs review.</source>
      <translation>Annuler ne prévient pas le client, et les approbations nomment le contact approbateur que vous avez choisi. Modifiez ce choix dans À vérifier.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Canceling does not tell the customer. Change this in Needs review.</source>
      <translation>Annuler ne prévient pas le client. Modifiez ce choix dans À vérifier.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Canceling tells the customer, and approvals name the approving contact you chose. Change this in Needs review.</source>
      <translation>Annuler prévient le client, et les approbations nomment le contact approbateur que vous avez choisi. Modifiez ce choix dans À vérifier.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Canceling tells the customer. Change this in Needs review.</source>
      <translation>Annuler prévient le client. Modifiez ce choix dans À vérifier.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>No status</source>
      <translation>Sans statut</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>The customer is not told.</source>
      <translation>Le client n’est pas prévenu.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>The customer is told.</source>
      <translation>Le client est prévenu.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Waiting for its buyer's approval.</source>
      <translation>En attente de l’approbation de son acheteur.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Waiting on the buyer — nothing to decide here.</source>
      <translation>En attente de l’acheteur — rien à décider ici.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Waiting on the buyer — nothing to decide here. To withdraw it, cancel it in {account}'s own list.</source>
      <translation>En attente de l’acheteur — rien à décider ici. Pour la retirer, annulez-la dans la liste propre à {account}.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>{account} is read-only: orders cannot be decided here.</source>
      <translation>{account} est en lecture seule : les commandes ne peuvent pas être décidées ici.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>{account}: choose the status approving moves orders to, in Review settings.</source>
      <translation>{account} : choisissez, dans les paramètres de vérification, le statut vers lequel l’approbation déplace les commandes.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>{account}: choose the status cancelling moves orders to, in Review settings.</source>
      <translation>{account} : choisissez, dans les paramètres de vérification, le statut vers lequel l’annulation déplace les commandes.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>{account}: the buyer approves these orders; to withdraw one, cancel it in the account's own list.</source>
      <translation>{account} : l’acheteur approuve ces commandes ; pour en retirer une, annulez-la dans la liste propre au compte.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>{status}: awaiting a decision.</source>
      <translation>{status} : en attente de décision.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>“{status}” is marked as needing review.</source>
      <translation>« {status} » est marqué comme à vérifier.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>“{status}” is not marked as needing review: nothing to decide here.</source>
      <translation>« {status} » n’est pas marqué comme à vérifier : rien à décider ici.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>“{status}”: no decision is asked of it.</source>
      <translation>« {status} » : aucune décision n’est demandée.</translation>
    </message>
  </context>
  <context>
    <name>Server</name>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n heure</numerusform>
        <numerusform>%n heures</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n seconde</numerusform>
        <numerusform>%n secondes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/http.py" />
      <source>Could not connect to the server ({reason}).</source>
      <translation>Impossible de se connecter au serveur ({reason}).</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/http.py" />
      <source>The connection dropped before the server answered ({reason}).</source>
      <translation>La connexion a été coupée avant la réponse du serveur ({reason}).</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/apruve/client.py" />
      <location filename="../approval_console/connectors/http.py" />
      <location filename="../approval_console/connectors/spree.py" />
      <location filename="../approval_console/connectors/wholesale.py" />
      <source>The server answered {status}.</source>
      <translation>Le serveur a répondu {status}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>The server asked the console to wait {wait} before trying again (answer {status}); it does not wait longer than %n second(s). Try again later.</source>
      <translation>
        <numerusform>Le serveur a demandé à la console d’attendre {wait} avant de réessayer (réponse {status}) ; elle n’attend pas plus de %n seconde. Réessayez plus tard.</numerusform>
        <numerusform>Le serveur a demandé à la console d’attendre {wait} avant de réessayer (réponse {status}) ; elle n’attend pas plus de %n secondes. Réessayez plus tard.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/http.py" />
      <source>The server did not answer in time ({reason}).</source>
      <translation>Le serveur n’a pas répondu à temps ({reason}).</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>The server kept asking the console to wait (answer {status}); it stopped after waiting %n second(s) in all. Try again later.</source>
      <translation>
        <numerusform>Le serveur a demandé à plusieurs reprises à la console d’attendre (réponse {status}) ; elle s’est arrêtée après %n seconde d’attente au total. Réessayez plus tard.</numerusform>
        <numerusform>Le serveur a demandé à plusieurs reprises à la console d’attendre (réponse {status}) ; elle s’est arrêtée après %n secondes d’attente au total. Réessayez plus tard.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>The server took longer than %n second(s) to answer; the console stopped waiting.</source>
      <translation>
        <numerusform>Le serveur a mis plus de %n seconde à répondre ; la console a cessé d’attendre.</numerusform>
        <numerusform>Le serveur a mis plus de %n secondes à répondre ; la console a cessé d’attendre.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/approvepro.py" />
      <location filename="../approval_console/connectors/wholesale.py" />
      <source>There is no order {number}.</source>
      <translation>Il n’y a pas de commande {number}.</translation>
    </message>
    <message>
      <location filename="../approval_console/core/errors.py" />
      <source>Unexpected answer from the server: {field} {problem}</source>
      <translation>Réponse inattendue du serveur : {field} {problem}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>a boolean</source>
      <translation>un booléen</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>a list</source>
      <translation>une liste</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>a number ({value})</source>
      <translation>un nombre ({value})</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>an object</source>
      <translation>un objet</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/http.py" />
      <source>could not be decompressed as its Content-Encoding says</source>
      <translation>n’a pas pu être décompressé comme l’indique son Content-Encoding</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/common.py" />
      <source>goes on past {count} pages; the console stopped reading it</source>
      <translation>dépasse {count} pages ; la console a cessé de la lire</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/http.py" />
      <source>indefinitely</source>
      <translation>indéfiniment</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/http.py" />
      <source>is larger than {size} MB; the console stopped reading it</source>
      <translation>dépasse {size} Mo ; la console a cessé de le lire</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_xml.py" />
      <location filename="../approval_console/connectors/fields.py" />
      <source>is missing</source>
      <translation>est absent</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/http.py" />
      <source>is nested too deeply to be a real answer</source>
      <translation>est trop profondément imbriqué pour être une vraie réponse</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>is not a date and time: {value}</source>
      <translation>n’est pas une date et une heure : {value}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>is not a date: {value}</source>
      <translation>n’est pas une date : {value}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_xml.py" />
      <source>should be a date and time, got {value}</source>
      <translation>devrait être une date et une heure, reçu {value}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_xml.py" />
      <source>should be a date, got {value}</source>
      <translation>devrait être une date, reçu {value}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>should be a list, got {kind}</source>
      <translation>devrait être une liste, reçu {kind}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_xml.py" />
      <source>should be a number, got {value}</source>
      <translation>devrait être un nombre, reçu {value}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>should be a whole number, got {kind}</source>
      <translation>devrait être un nombre entier, reçu {kind}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>should be an object, got {kind}</source>
      <translation>devrait être un objet, reçu {kind}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>should be text</source>
      <translation>devrait être du texte</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>should be text, got {kind}</source>
      <translation>devrait être du texte, reçu {kind}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>should be true or false, got {kind}</source>
      <translation>devrait être vrai ou faux, reçu {kind}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>text ({value})</source>
      <translation>du texte ({value})</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/registry.py" />
      <source>“{account}” was not contacted, so its key was not sent: {problem}</source>
      <translation>« {account} » n’a pas été contacté, sa clé n’a donc pas été envoyée : {problem}</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../approval_console/core/settings.py" />
      <source>The settings file {path} cannot be read ({reason}). It was left as it is. Check that it belongs to you and is readable, then start Approval Console again.</source>
      <translation>Le fichier de paramètres {path} ne peut pas être lu ({reason}). Il a été laissé tel quel. Vérifiez qu’il vous appartient et qu’il est lisible, puis relancez Approval Console.</translation>
    </message>
    <message>
      <location filename="../approval_console/core/settings.py" />
      <source>The settings file {path} is damaged and could not be moved aside ({reason}); it was left as it is.</source>
      <translation>Le fichier de paramètres {path} est endommagé et n’a pas pu être mis de côté ({reason}) ; il a été laissé tel quel.</translation>
    </message>
  </context>
  <context>
    <name>Shipment</name>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Backordered</source>
      <translation>En réapprovisionnement</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Canceled</source>
      <translation>Annulée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Delivered</source>
      <translation>Livrée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Delivery failed</source>
      <translation>Échec de livraison</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>In transit</source>
      <translation>En transit</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Label created</source>
      <translation>Étiquette créée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>No carrier update</source>
      <translation>Aucune mise à jour du transporteur</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Not shipped yet</source>
      <translation>Pas encore expédiée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Out for delivery</source>
      <translation>En cours de livraison</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Partial</source>
      <translation>Partielle</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Pending</source>
      <translation>En attente</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Ready for pickup</source>
      <translation>Prête pour le retrait</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Ready to ship</source>
      <translation>Prête à expédier</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Returned to sender</source>
      <translation>Retournée à l’expéditeur</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Shipped</source>
      <translation>Expédiée</translation>
    </message>
  </context>
  <context>
    <name>Spree</name>
    <message>
      <location filename="../approval_console/connectors/spree.py" />
      <source>Spree answered without recording the approval: the order is as it was.</source>
      <translation>Spree a répondu sans enregistrer l’approbation : la commande est restée telle quelle.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree.py" />
      <source>Spree did not cancel the order: it is as it was.</source>
      <translation>Spree n’a pas annulé la commande : elle est restée telle quelle.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree.py" />
      <source>Spree did not cancel the order: it is still {state} and {shipping}.</source>
      <translation>Spree n’a pas annulé la commande : elle est toujours « {state} » et « {shipping} ».</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree.py" />
      <source>Spree did not cancel the order: it is still {state}.</source>
      <translation>Spree n’a pas annulé la commande : elle est toujours « {state} ».</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree.py" />
      <source>Spree refused the API key: {reason}</source>
      <translation>Spree a refusé la clé d’API : {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree.py" />
      <source>Spree refused this change: its key was already used for a different request (idempotency_key_reused), so nothing was sent twice and nothing changed.</source>
      <translation>Spree a refusé cette modification : sa clé avait déjà servi pour une autre requête (idempotency_key_reused) ; rien n’a donc été envoyé deux fois et rien n’a changé.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree.py" />
      <source>Spree refused: the order cannot take this change as it stands</source>
      <translation>Spree a refusé : la commande ne peut pas recevoir cette modification en l’état</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree.py" />
      <source>The Spree API key contains spaces or characters an API key cannot have.</source>
      <translation>La clé d’API Spree contient des espaces ou des caractères qu’une clé d’API ne peut pas avoir.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree.py" />
      <source>There is no Spree record {id}.</source>
      <translation>Il n’y a pas d’enregistrement Spree {id}.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree.py" />
      <source>This Spree server ignores the filter, and it has more than {count} orders to filter here: narrow the search or show every order.</source>
      <translation>Ce serveur Spree ignore le filtre et a plus de {count} commandes à filtrer ici : affinez la recherche ou affichez toutes les commandes.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree.py" />
      <source>This is a publishable key (pk_…), which only the storefront API accepts: Spree's Admin API needs a secret key (sk_…) from Settings → Developers.</source>
      <translation>Ceci est une clé publiable (pk_…), que seule l’API de la boutique accepte : l’API d’administration de Spree exige une clé secrète (sk_…), à trouver dans Settings → Developers.</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <location filename="../approval_console/connectors/spree_parse.py" />
      <source>A cart or a checkout not completed yet</source>
      <translation>Un panier ou un paiement pas encore terminé</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Accepted</source>
      <translation>Acceptée</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/wholesale.py" />
      <source>Accepted by the portal's staff, being prepared</source>
      <translation>Acceptée par l’équipe du portail, en préparation</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_orders.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Approved</source>
      <translation>Approuvée</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_orders.py" />
      <source>Approved: its registrations go ahead. It can still be canceled.</source>
      <translation>Approuvée : ses inscriptions sont maintenues. Elle peut encore être annulée.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_orders.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Awaiting approval</source>
      <translation>En attente d’approbation</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Awaiting return</source>
      <translation>Retour attendu</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree_parse.py" />
      <location filename="../approval_console/connectors/wholesale.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Canceled</source>
      <translation>Annulée</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree_parse.py" />
      <source>Canceled by an admin before it shipped</source>
      <translation>Annulée par un administrateur avant l’expédition</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/wholesale.py" />
      <source>Canceled by the buyer or by staff</source>
      <translation>Annulée par l’acheteur ou par l’équipe</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_orders.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Cancelled</source>
      <translation>Annulée</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_orders.py" />
      <source>Cancelled, with its registrations.</source>
      <translation>Annulée, avec ses inscriptions.</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Cart</source>
      <translation>Panier</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree_parse.py" />
      <source>Checkout completed: the order is to be fulfilled</source>
      <translation>Paiement terminé : la commande est à traiter</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Checkout: address</source>
      <translation>Paiement : adresse</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Checkout: confirm</source>
      <translation>Paiement : confirmation</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Checkout: delivery</source>
      <translation>Paiement : livraison</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Checkout: payment</source>
      <translation>Paiement : règlement</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Complete</source>
      <translation>Terminée</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/wholesale.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Completed</source>
      <translation>Terminée</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/wholesale.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Confirmed</source>
      <translation>Confirmée</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree_parse.py" />
      <source>Considered risky by the store's checks: approve it to go ahead, or cancel it.</source>
      <translation>Jugée risquée par les contrôles de la boutique : approuvez-la pour poursuivre, ou annulez-la.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/wholesale.py" />
      <source>Delivered</source>
      <translation>Livrée</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree_parse.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Draft</source>
      <translation>Brouillon</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_orders.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Expired</source>
      <translation>Expirée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>New</source>
      <translation>Nouvelle</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_orders.py" />
      <source>Not approved in time; no decision is asked any more.</source>
      <translation>Non approuvée à temps ; plus aucune décision n’est demandée.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/wholesale.py" />
      <source>On its way: one or more shipments in transit</source>
      <translation>En route : une ou plusieurs expéditions en transit</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_orders.py" />
      <location filename="../approval_console/connectors/wholesale.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Pending</source>
      <translation>En attente</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree_parse.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Placed</source>
      <translation>Passée</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Resumed</source>
      <translation>Reprise</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Returned</source>
      <translation>Retournée</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/wholesale.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Shipped</source>
      <translation>Expédiée</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_orders.py" />
      <source>Submitted and waiting for someone to approve it.</source>
      <translation>Soumise, en attente d’une approbation.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/wholesale.py" />
      <source>Submitted by the buyer, waiting to be confirmed</source>
      <translation>Soumise par l’acheteur, en attente de confirmation</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_orders.py" />
      <source>Waiting on payment or processing; it can still be approved or canceled.</source>
      <translation>En attente de paiement ou de traitement ; elle peut encore être approuvée ou annulée.</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message numerus="yes">
      <location filename="../approval_console/services/undo.py" />
      <source>Undo: status → {status} on %n order(s)</source>
      <translation>
        <numerusform>Annulation : statut → {status} sur %n commande</numerusform>
        <numerusform>Annulation : statut → {status} sur %n commandes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/services/undo.py" />
      <source>it had no status before, and a status cannot be taken away again</source>
      <translation>elle n’avait pas de statut auparavant, et un statut ne peut pas être retiré</translation>
    </message>
    <message>
      <location filename="../approval_console/services/undo.py" />
      <source>no longer in this account</source>
      <translation>n’est plus dans ce compte</translation>
    </message>
  </context>
  <context>
    <name>Views</name>
    <message>
      <location filename="../approval_console/core/views.py" />
      <source>A view named “{name}” exists already: choose another name.</source>
      <translation>Une vue nommée « {name} » existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
      <location filename="../approval_console/core/views.py" />
      <source>All orders</source>
      <translation>Toutes les commandes</translation>
    </message>
    <message>
      <location filename="../approval_console/core/views.py" />
      <source>Changed today</source>
      <translation>Modifiées aujourd’hui</translation>
    </message>
    <message>
      <location filename="../approval_console/core/views.py" />
      <source>Due this week</source>
      <translation>Échéance cette semaine</translation>
    </message>
    <message>
      <location filename="../approval_console/core/views.py" />
      <source>Enter a name for the view.</source>
      <translation>Saisissez un nom pour la vue.</translation>
    </message>
    <message>
      <location filename="../approval_console/core/views.py" />
      <source>Needs review</source>
      <translation>À vérifier</translation>
    </message>
    <message>
      <location filename="../approval_console/core/views.py" />
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/core/views.py" />
      <source>Use at most %n character(s).</source>
      <translation>
        <numerusform>Utilisez au plus %n caractère.</numerusform>
        <numerusform>Utilisez au plus %n caractères.</numerusform>
      </translation>
    </message>
  </context>
</TS>
