<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>AccountView</name>
    <message>
      <location filename="../approval_console/ui/main_window/accounts.py" />
      <source>(demo)</source>
      <translation>(démo)</translation>
    </message>
  </context>
  <context>
    <name>Accounts</name>
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
  </context>
  <context>
    <name>AccountsDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>&lt;b&gt;The server refused this key: save anyway?&lt;/b&gt;&lt;br&gt;Until the key is fixed, the console cannot read this account's orders.</source>
      <translation>&lt;b&gt;Le serveur a refusé cette clé : l’enregistrer quand même ?&lt;/b&gt;&lt;br&gt;Tant que la clé n’est pas corrigée, la console ne peut pas lire les commandes de ce compte.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Accounts</source>
      <translation>Comptes</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Add an account</source>
      <translation>Ajouter un compte</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Added “{name}”.</source>
      <translation>« {name} » ajouté.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Add…</source>
      <translation>Ajouter…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Backend</source>
      <translation>Plateforme</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Backend:</source>
      <translation>Plateforme :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Base URL</source>
      <translation>URL de base</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Base URL:</source>
      <translation>URL de base :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Connect with the stored key and read the status list</source>
      <translation>Se connecter avec la clé enregistrée et lire la liste des statuts</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Connect with these settings without saving them</source>
      <translation>Se connecter avec ces paramètres sans les enregistrer</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Connected: %n status(es).</source>
      <translation>
        <numerusform>Connecté : %n statut.</numerusform>
        <numerusform>Connecté : %n statuts.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Connecting to {address}…</source>
      <translation>Connexion à {address}…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Edit “{name}”</source>
      <translation>Modifier « {name} »</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Enter a name.</source>
      <translation>Saisissez un nom.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Enter the API key to test the connection.</source>
      <translation>Saisissez la clé d’API pour tester la connexion.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Enter the user name.</source>
      <translation>Saisissez le nom d’utilisateur.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Enter the {secret}.</source>
      <translation>Saisissez le champ « {secret} ».</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Fix the address.</source>
      <translation>Corrigez l’adresse.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>For example: Northwind Workshop</source>
      <translation>Par exemple : Northwind Workshop</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Keep</source>
      <translation>Conserver</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Keep editing</source>
      <translation>Continuer la modification</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Leave empty to keep the stored key</source>
      <translation>Laissez vide pour conserver la clé enregistrée</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Name:</source>
      <translation>Nom :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>No accounts yet. Add one to start reviewing orders.</source>
      <translation>Aucun compte pour l’instant. Ajoutez-en un pour commencer à vérifier des commandes.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>No key is stored for this account: enter its API key.</source>
      <translation>Aucune clé n’est enregistrée pour ce compte : saisissez sa clé d’API.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>No key is stored for “{name}”: edit it to add one.</source>
      <translation>Aucune clé n’est enregistrée pour « {name} » : modifiez le compte pour en ajouter une.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>No keyring: saving is off.</source>
      <translation>Aucun trousseau de clés : l’enregistrement est désactivé.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>No usable system keyring was found, so API keys cannot be stored safely and nothing can be saved here. Install or unlock a keyring (for example GNOME Keyring or KWallet), then open this window again.</source>
      <translation>Aucun trousseau de clés système utilisable n’a été trouvé : les clés d’API ne peuvent pas être conservées en sécurité et rien ne peut être enregistré ici. Installez ou déverrouillez un trousseau (par exemple GNOME Keyring ou KWallet), puis rouvrez cette fenêtre.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Not removed: {reason}</source>
      <translation>Non supprimé : {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Nothing was saved.</source>
      <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Paste the API key or password</source>
      <translation>Collez la clé d’API ou le mot de passe</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Remove account</source>
      <translation>Supprimer le compte</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Remove “{name}”? Its API key is deleted from the system keyring.</source>
      <translation>Supprimer « {name} » ? Sa clé d’API est effacée du trousseau de clés du système.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Removed “{name}”.</source>
      <translation>« {name} » supprimé.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Save anyway</source>
      <translation>Enregistrer quand même</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Saved “{name}”.</source>
      <translation>« {name} » enregistré.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Show</source>
      <translation>Afficher</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Test</source>
      <translation>Tester</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Test connection</source>
      <translation>Tester la connexion</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Test failed: the server refused this key ({reason})</source>
      <translation>Échec du test : le serveur a refusé cette clé ({reason})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Test failed: {reason}</source>
      <translation>Échec du test : {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>The key is kept in the system keyring, never in a file.</source>
      <translation>La clé est conservée dans le trousseau de clés du système, jamais dans un fichier.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>The user the API is reached as</source>
      <translation>L’utilisateur sous lequel l’API est appelée</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>User name:</source>
      <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>{secret}:</source>
      <translation>{secret} :</translation>
    </message>
  </context>
  <context>
    <name>AcrossAccountsModel</name>
    <message>
      <location filename="../approval_console/ui/models/across.py" />
      <source>Account</source>
      <translation>Compte</translation>
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
    <name>ActivityViewModel</name>
    <message>
      <location filename="../approval_console/ui/viewmodels/activity.py" />
      <source>Exporting the activity log</source>
      <translation>Export du journal d’activité</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/activity.py" />
      <source>Reading the activity log</source>
      <translation>Lecture du journal d’activité</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/activity.py" />
      <source>Retrying changes</source>
      <translation>Nouvel essai des modifications</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/activity.py" />
      <source>The activity could not be exported: {reason}</source>
      <translation>L’activité n’a pas pu être exportée : {reason}</translation>
    </message>
  </context>
  <context>
    <name>ActivityWindow</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n applied</source>
      <translation>
        <numerusform>%n appliquée</numerusform>
        <numerusform>%n appliquées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n change(s)</source>
      <translation>
        <numerusform>%n modification</numerusform>
        <numerusform>%n modifications</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n change(s) exported to {path}</source>
      <translation>
        <numerusform>%n modification exportée vers {path}</numerusform>
        <numerusform>%n modifications exportées vers {path}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n held back: changed meanwhile</source>
      <translation>
        <numerusform>%n retenue : modifiée entre-temps</numerusform>
        <numerusform>%n retenues : modifiées entre-temps</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n left as they were</source>
      <translation>
        <numerusform>%n laissée telle quelle</numerusform>
        <numerusform>%n laissées telles quelles</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n not applied</source>
      <translation>
        <numerusform>%n non appliquée</numerusform>
        <numerusform>%n non appliquées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n not sent</source>
      <translation>
        <numerusform>%n non envoyée</numerusform>
        <numerusform>%n non envoyées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n order(s) selected in the list.</source>
      <translation>
        <numerusform>%n commande sélectionnée dans la liste.</numerusform>
        <numerusform>%n commandes sélectionnées dans la liste.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n still in doubt</source>
      <translation>
        <numerusform>%n encore incertaine</numerusform>
        <numerusform>%n encore incertaines</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>&amp;Export…</source>
      <translation>&amp;Exporter…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>&amp;Retry</source>
      <translation>&amp;Réessayer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>&amp;Show in list</source>
      <translation>&amp;Afficher dans la liste</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Account</source>
      <translation>Compte</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Activity log — Approval Console</source>
      <translation>Journal d’activité — Approval Console</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>All accounts</source>
      <translation>Tous les comptes</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Any day</source>
      <translation>N’importe quel jour</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Any outcome</source>
      <translation>Tout résultat</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>CSV files for Excel, UTF-8 with a byte order mark (*.csv)</source>
      <translation>Fichiers CSV pour Excel, UTF-8 avec marque d’ordre des octets (*.csv)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Cancel e&amp;xport</source>
      <translation>Annuler l’e&amp;xport</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Export canceled; no file was written.</source>
      <translation>Export annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Export the activity log as CSV</source>
      <translation>Exporter le journal d’activité en CSV</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Exporting %n change(s)…</source>
      <translation>
        <numerusform>Export de %n modification…</numerusform>
        <numerusform>Export de %n modifications…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Exporting… {done} of {total}</source>
      <translation>Export en cours… {done} sur {total}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Last 7 days</source>
      <translation>7 derniers jours</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>On a day…</source>
      <translation>Un jour précis…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Order number</source>
      <translation>Numéro de commande</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Orders of %n other account(s) are not shown there.</source>
      <translation>
        <numerusform>Les commandes de %n autre compte n’y sont pas affichées.</numerusform>
        <numerusform>Les commandes de %n autres comptes n’y sont pas affichées.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Retried %n change(s): {outcomes}.</source>
      <translation>
        <numerusform>%n modification réessayée : {outcomes}.</numerusform>
        <numerusform>%n modifications réessayées : {outcomes}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Retrying %n change(s)…</source>
      <translation>
        <numerusform>Nouvel essai de %n modification…</numerusform>
        <numerusform>Nouvel essai de %n modifications…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Send again what was not applied</source>
      <translation>Renvoyer ce qui n’a pas été appliqué</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Today</source>
      <translation>Aujourd’hui</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Yesterday</source>
      <translation>Hier</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>{change} on {order}: {reason}</source>
      <translation>{change} sur {order} : {reason}</translation>
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
    <name>Backend</name>
    <message>
      <location filename="../approval_console/core/backends.py" />
      <source>API key</source>
      <translation>clé d’API</translation>
    </message>
    <message>
      <location filename="../approval_console/core/backends.py" />
      <source>password</source>
      <translation>mot de passe</translation>
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
      <translation>Finalisez d’abord la commande : une facture est émise une fois que l’acheteur peut voir la commande</translation>
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
      <translation>Aucune facture pour l’instant.</translation>
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
      <translation>Envoyer la facture à l’acheteur pour paiement</translation>
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
      <translation>Le serveur n’indique pas quels articles cette expédition contenait.</translation>
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
    <name>Bulk</name>
    <message numerus="yes">
      <location filename="../approval_console/services/viability.py" />
      <source>%n order(s) were not checked, to save the rate budget for the change; the server skips any that cannot take this status and the report will say so.</source>
      <translation>
        <numerusform>%n commande n’a pas été vérifiée, pour réserver le quota de requêtes à la modification ; le serveur ignore celles qui ne peuvent pas prendre ce statut, et le rapport l’indiquera.</numerusform>
        <numerusform>%n commandes n’ont pas été vérifiées, pour réserver le quota de requêtes à la modification ; le serveur ignore celles qui ne peuvent pas prendre ce statut, et le rapport l’indiquera.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/viability.py" />
      <source>Checking which orders can take this status used %n request(s) of the API's rate budget.</source>
      <translation>
        <numerusform>Vérifier quelles commandes peuvent prendre ce statut a utilisé %n requête du quota de l’API.</numerusform>
        <numerusform>Vérifier quelles commandes peuvent prendre ce statut a utilisé %n requêtes du quota de l’API.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk_source.py" />
      <source>Confirmed by having left “{source}” once its request ran; not read back in “{target}”.</source>
      <translation>Confirmée parce qu’elle a quitté « {source} » une fois sa demande traitée ; non relue dans « {target} ».</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk_source.py" />
      <source>Moved elsewhere while the change ran: it left “{source}” but is not in “{target}”.</source>
      <translation>Déplacée ailleurs pendant la modification : elle a quitté « {source} » mais n’est pas dans « {target} ».</translation>
    </message>
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
      <location filename="../approval_console/services/viability.py" />
      <source>Which orders can take this status is known from earlier answers: no request was needed.</source>
      <translation>Les commandes pouvant prendre ce statut sont connues grâce à des réponses précédentes : aucune requête n’a été nécessaire.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <location filename="../approval_console/services/undo.py" />
      <source>already has this status</source>
      <translation>a déjà ce statut</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <location filename="../approval_console/services/bulk_source.py" />
      <source>canceled</source>
      <translation>annulée</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <location filename="../approval_console/services/bulk_source.py" />
      <source>canceled before sending</source>
      <translation>annulée avant l’envoi</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <location filename="../approval_console/services/bulk_source.py" />
      <source>lost in flight</source>
      <translation>perdue en cours d’envoi</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <location filename="../approval_console/services/bulk_source.py" />
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
    <name>BulkAction</name>
    <message>
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Approve</source>
      <translation>Approuver</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Finalize</source>
      <translation>Finaliser</translation>
    </message>
  </context>
  <context>
    <name>BulkActionDialog</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>%n selected order(s) await(s) no decision and is(are) left out.</source>
      <translation>
        <numerusform>%n commande sélectionnée n’attend aucune décision et est laissée de côté.</numerusform>
        <numerusform>%n commandes sélectionnées n’attendent aucune décision et sont laissées de côté.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>%n selected order(s) is(are) already canceled and is(are) left out.</source>
      <translation>
        <numerusform>%n commande sélectionnée est déjà annulée et est laissée de côté.</numerusform>
        <numerusform>%n commandes sélectionnées sont déjà annulées et sont laissées de côté.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>%n selected order(s) is(are) not new and is(are) left out.</source>
      <translation>
        <numerusform>%n commande sélectionnée n’est pas nouvelle et est laissée de côté.</numerusform>
        <numerusform>%n commandes sélectionnées ne sont pas nouvelles et sont laissées de côté.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>&lt;b&gt;%n&lt;/b&gt; order(s) will be approved. Each order goes ahead.</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; commande sera approuvée. Elle peut suivre son cours.</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; commandes seront approuvées. Chaque commande suit son cours.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>&lt;b&gt;%n&lt;/b&gt; order(s) will be canceled. It(Each) is canceled with its unpaid invoices; this cannot be undone.</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; commande sera annulée. Elle est annulée avec ses factures impayées ; cette action est irréversible.</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; commandes seront annulées. Chacune est annulée avec ses factures impayées ; cette action est irréversible.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>&lt;b&gt;%n&lt;/b&gt; order(s) will be canceled. This cannot be undone.</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; commande sera annulée. Cette action est irréversible.</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; commandes seront annulées. Cette action est irréversible.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>&lt;b&gt;%n&lt;/b&gt; order(s) will be finalized. Each order is presented to its buyer for approval.</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; commande sera finalisée. Elle est présentée à son acheteur pour approbation.</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; commandes seront finalisées. Chaque commande est présentée à son acheteur pour approbation.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Approve %n order(s)</source>
      <translation>
        <numerusform>Approuver %n commande</numerusform>
        <numerusform>Approuver %n commandes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Approve anyway: %n order(s) changed meanwhile</source>
      <translation>
        <numerusform>Approuver quand même : %n commande modifiée entre-temps</numerusform>
        <numerusform>Approuver quand même : %n commandes modifiées entre-temps</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Cancel %n order(s)</source>
      <translation>
        <numerusform>Annuler %n commande</numerusform>
        <numerusform>Annuler %n commandes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Cancel anyway: %n order(s) changed meanwhile</source>
      <translation>
        <numerusform>Annuler quand même : %n commande modifiée entre-temps</numerusform>
        <numerusform>Annuler quand même : %n commandes modifiées entre-temps</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Customers are not told.</source>
      <translation>Les clients ne sont pas prévenus.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Customers are told.</source>
      <translation>Les clients sont prévenus.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Export report…</source>
      <translation>Exporter le rapport…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Failed: {message}</source>
      <translation>Échec : {message}</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Finalize %n order(s)</source>
      <translation>
        <numerusform>Finaliser %n commande</numerusform>
        <numerusform>Finaliser %n commandes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Finalize anyway: %n order(s) changed meanwhile</source>
      <translation>
        <numerusform>Finaliser quand même : %n commande modifiée entre-temps</numerusform>
        <numerusform>Finaliser quand même : %n commandes modifiées entre-temps</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Orders not sent yet are left as they are.</source>
      <translation>Les commandes pas encore envoyées restent telles quelles.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Sending to the orders changed meanwhile…</source>
      <translation>Envoi aux commandes modifiées entre-temps…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Sending…</source>
      <translation>Envoi en cours…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Stop sending</source>
      <translation>Arrêter l’envoi</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Stopped: {summary}</source>
      <translation>Arrêté : {summary}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Stopping after the order in flight…</source>
      <translation>Arrêt après la commande en cours d’envoi…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Stopping · {progress}</source>
      <translation>Arrêt en cours · {progress}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>The customer is not told.</source>
      <translation>Le client n’est pas prévenu.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>The customer is told.</source>
      <translation>Le client est prévenu.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>{done} of {total} sent</source>
      <translation>{done} sur {total} envoyées</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>{order}: {reason}</source>
      <translation>{order} : {reason}</translation>
    </message>
  </context>
  <context>
    <name>BulkActionViewModel</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Approve %n order(s)</source>
      <translation>
        <numerusform>Approuver %n commande</numerusform>
        <numerusform>Approuver %n commandes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Approve %n order(s) anyway</source>
      <translation>
        <numerusform>Approuver quand même %n commande</numerusform>
        <numerusform>Approuver quand même %n commandes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Cancel %n order(s)</source>
      <translation>
        <numerusform>Annuler %n commande</numerusform>
        <numerusform>Annuler %n commandes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Cancel %n order(s) anyway</source>
      <translation>
        <numerusform>Annuler quand même %n commande</numerusform>
        <numerusform>Annuler quand même %n commandes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Finalize %n order(s)</source>
      <translation>
        <numerusform>Finaliser %n commande</numerusform>
        <numerusform>Finaliser %n commandes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Finalize %n order(s) anyway</source>
      <translation>
        <numerusform>Finaliser quand même %n commande</numerusform>
        <numerusform>Finaliser quand même %n commandes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BulkChangeDialog</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>%n already has(have) this status and will be skipped.</source>
      <translation>
        <numerusform>%n commande a déjà ce statut et sera ignorée.</numerusform>
        <numerusform>%n commandes ont déjà ce statut et seront ignorées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>%n probably cannot take this status (its(their) tags do not allow it); the server will skip it(them) and the report will say so.</source>
      <translation>
        <numerusform>%n commande ne peut probablement pas prendre ce statut (ses étiquettes ne le permettent pas) ; le serveur l’ignorera et le rapport l’indiquera.</numerusform>
        <numerusform>%n commandes ne peuvent probablement pas prendre ce statut (leurs étiquettes ne le permettent pas) ; le serveur les ignorera et le rapport l’indiquera.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>&lt;b&gt;{sent}&lt;/b&gt; of %n order(s) will be sent.</source>
      <translation>
        <numerusform>Envoi prévu : &lt;b&gt;{sent}&lt;/b&gt; sur %n commande.</numerusform>
        <numerusform>Envoi prévu : &lt;b&gt;{sent}&lt;/b&gt; sur %n commandes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>About {duration} under the API's rate limits (%n bulk request(s)).</source>
      <translation>
        <numerusform>Environ {duration} compte tenu des limites de débit de l’API (%n requête groupée).</numerusform>
        <numerusform>Environ {duration} compte tenu des limites de débit de l’API (%n requêtes groupées).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Also set the due date</source>
      <translation>Définir aussi la date d’échéance</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Apply anyway to %n order(s) changed meanwhile</source>
      <translation>
        <numerusform>Appliquer quand même à %n commande modifiée entre-temps</numerusform>
        <numerusform>Appliquer quand même aux %n commandes modifiées entre-temps</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Change %n order(s)</source>
      <translation>
        <numerusform>Modifier %n commande</numerusform>
        <numerusform>Modifier %n commandes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Change the status of %n order(s)</source>
      <translation>
        <numerusform>Modifier le statut de %n commande</numerusform>
        <numerusform>Modifier le statut de %n commandes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Checking…</source>
      <translation>Vérification…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Choose a status to see what will happen.</source>
      <translation>Choisissez un statut pour voir ce qui va se passer.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Choose a status…</source>
      <translation>Choisissez un statut…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Done.</source>
      <translation>Terminé.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Export report…</source>
      <translation>Exporter le rapport…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Failed: {message}</source>
      <translation>Échec : {message}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Order</source>
      <translation>Commande</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Orders not sent yet are left as they are; those already sent are still confirmed.</source>
      <translation>Les commandes pas encore envoyées restent telles quelles ; celles déjà envoyées sont tout de même confirmées.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Result</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Select the orders not applied</source>
      <translation>Sélectionner les commandes non appliquées</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Send the change to the orders changed meanwhile, as they are now</source>
      <translation>Envoyer la modification aux commandes modifiées entre-temps, dans leur état actuel</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Send the emails at</source>
      <translation>Envoyer les e-mails le</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Sending to the orders changed meanwhile…</source>
      <translation>Envoi aux commandes modifiées entre-temps…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Sending…</source>
      <translation>Envoi en cours…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Stop sending</source>
      <translation>Arrêter l’envoi</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Stopped: orders not sent by then were left as they were.</source>
      <translation>Arrêté : les commandes pas encore envoyées à ce moment-là sont restées telles quelles.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Stopping · {progress}</source>
      <translation>Arrêt en cours · {progress}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Stopping: nothing more is sent; orders already sent are still being confirmed…</source>
      <translation>Arrêt en cours : plus rien n’est envoyé ; les commandes déjà envoyées sont encore en cours de confirmation…</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>The server's queue has not applied %n order(s) yet: still checking, and this report will change when it does.</source>
      <translation>
        <numerusform>La file d’attente du serveur n’a pas encore appliqué %n commande : la vérification continue, et ce rapport changera dès que ce sera fait.</numerusform>
        <numerusform>La file d’attente du serveur n’a pas encore appliqué %n commandes : la vérification continue, et ce rapport changera dès que ce sera fait.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Why</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Working out what will happen…</source>
      <translation>Calcul de ce qui va se passer…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>{message}&lt;br&gt;Choose the status again to try again.</source>
      <translation>{message}&lt;br&gt;Choisissez à nouveau le statut pour réessayer.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>{progress} · about {duration} left</source>
      <translation>{progress} · encore environ {duration}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>{sent} sent · {applied} applied · {not_applied} not applied</source>
      <translation>{sent} envoyées · {applied} appliquées · {not_applied} non appliquées</translation>
    </message>
  </context>
  <context>
    <name>BulkChangeViewModel</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk.py" />
      <source>Change %n order(s) to {status}</source>
      <translation>
        <numerusform>Passer %n commande au statut {status}</numerusform>
        <numerusform>Passer %n commandes au statut {status}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk.py" />
      <source>Change %n order(s) to {status} anyway</source>
      <translation>
        <numerusform>Passer quand même %n commande au statut {status}</numerusform>
        <numerusform>Passer quand même %n commandes au statut {status}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/bulk.py" />
      <source>{applied} applied · {not_applied} not applied</source>
      <translation>Appliquées : {applied} · non appliquées : {not_applied}</translation>
    </message>
  </context>
  <context>
    <name>BulkJob</name>
    <message>
      <location filename="../approval_console/ui/viewmodels/bulk.py" />
      <source>{summary} · still checking</source>
      <translation>{summary} · vérification en cours</translation>
    </message>
  </context>
  <context>
    <name>ChangeStatusDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/change_status.py" />
      <source>Change status</source>
      <translation>Modifier le statut</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/change_status.py" />
      <source>Change status of {order}</source>
      <translation>Modifier le statut de {order}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/change_status.py" />
      <source>Choose the new status</source>
      <translation>Choisissez le nouveau statut</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/change_status.py" />
      <source>Loading the statuses this order can take…</source>
      <translation>Chargement des statuts possibles pour cette commande…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/change_status.py" />
      <source>No other status</source>
      <translation>Aucun autre statut</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/change_status.py" />
      <source>This order cannot move to any other status.</source>
      <translation>Cette commande ne peut passer à aucun autre statut.</translation>
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
      <translation>Rien à choisir pour l’instant</translation>
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
    <name>CommandPalette</name>
    <message>
      <location filename="../approval_console/ui/dialogs/command_palette.py" />
      <source>Command palette</source>
      <translation>Palette de commandes</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/command_palette.py" />
      <source>Nothing matches.</source>
      <translation>Aucun résultat.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/command_palette.py" />
      <source>Type an action, a view or an order number</source>
      <translation>Saisissez une action, une vue ou un numéro de commande</translation>
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
    <name>Confirmation</name>
    <message>
      <location filename="../approval_console/ui/dialogs/confirm.py" />
      <source>Keep it</source>
      <translation>Ne rien changer</translation>
    </message>
  </context>
  <context>
    <name>ConsoleTray</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/tray.py" />
      <source>%n order(s) await a decision</source>
      <translation>
        <numerusform>%n commande attend une décision</numerusform>
        <numerusform>%n commandes attendent une décision</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/tray.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/tray.py" />
      <source>&amp;Show Approval Console</source>
      <translation>&amp;Afficher Approval Console</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/tray.py" />
      <source>Needs &amp;review…</source>
      <translation>À e&amp;xaminer…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/tray.py" />
      <source>No order awaits a decision</source>
      <translation>Aucune commande n’attend de décision</translation>
    </message>
  </context>
  <context>
    <name>CreateInvoiceDialog</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Bills &lt;b&gt;{amount}&lt;/b&gt; for %n item(s), tax {tax}, shipping {shipping}.</source>
      <translation>
        <numerusform>Facture &lt;b&gt;{amount}&lt;/b&gt; pour %n article, taxes {tax}, livraison {shipping}.</numerusform>
        <numerusform>Facture &lt;b&gt;{amount}&lt;/b&gt; pour %n articles, taxes {tax}, livraison {shipping}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Bills &lt;b&gt;{amount}&lt;/b&gt; for %n item(s), tax {tax}, shipping {shipping}. Shipping is billed with the last invoice.</source>
      <translation>
        <numerusform>Facture &lt;b&gt;{amount}&lt;/b&gt; pour %n article, taxes {tax}, livraison {shipping}. La livraison est facturée avec la dernière facture.</numerusform>
        <numerusform>Facture &lt;b&gt;{amount}&lt;/b&gt; pour %n articles, taxes {tax}, livraison {shipping}. La livraison est facturée avec la dernière facture.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Choose at least one item to bill.</source>
      <translation>Choisissez au moins un article à facturer.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Create an invoice for {order}</source>
      <translation>Créer une facture pour {order}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Create invoice</source>
      <translation>Créer la facture</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Due on</source>
      <translation>Échéance le</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Give the invoice a number: the buyer sees it on the invoice.</source>
      <translation>Donnez un numéro à la facture : l’acheteur le voit sur la facture.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Invoice number:</source>
      <translation>Numéro de facture :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Issue it to the buyer now</source>
      <translation>L’émettre à l’acheteur maintenant</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Issue it to the buyer once the order is finalized</source>
      <translation>L’émettre à l’acheteur une fois la commande finalisée</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Items to bill:</source>
      <translation>Articles à facturer :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Notes:</source>
      <translation>Remarques :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Shown to the buyer on the invoice</source>
      <translation>Affiché à l’acheteur sur la facture</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>This order already has an invoice {number}.</source>
      <translation>Cette commande a déjà une facture {number}.</translation>
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
      <translation>Date d’échéance</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Due date…</source>
      <translation>Date d’échéance…</translation>
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
      <translation>Chargement de l’historique…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>No due date</source>
      <translation>Pas de date d’échéance</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>No history yet</source>
      <translation>Pas encore d’historique</translation>
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
      <translation>Présenter la commande à l’acheteur pour approbation</translation>
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
      <translation>{action} : non envoyé, {reason}. Examinez la commande dans son état actuel, puis appliquez quand même si c’est toujours souhaité.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>{action} saved.</source>
      <translation>{action} : enregistré.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>{action}: the server did not confirm it yet ({reason}). It will be checked again before anything is resent.</source>
      <translation>{action} : le serveur ne l’a pas encore confirmé ({reason}). Ce sera vérifié à nouveau avant tout nouvel envoi.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>{number}  (canceled)</source>
      <translation>{number}  (annulée)</translation>
    </message>
  </context>
  <context>
    <name>DetailViewModel</name>
    <message>
      <location filename="../approval_console/ui/viewmodels/detail.py" />
      <source>Could not read the statuses this order can take: {reason}</source>
      <translation>Impossible de lire les statuts possibles pour cette commande : {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/detail.py" />
      <source>No order with that number and email.</source>
      <translation>Aucune commande avec ce numéro et cette adresse e-mail.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/detail.py" />
      <source>Offline: showing the saved history. ({reason})</source>
      <translation>Hors ligne : affichage de l’historique enregistré. ({reason})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/detail.py" />
      <source>The seller's details could not be read: {reason}</source>
      <translation>Les coordonnées du vendeur n’ont pas pu être lues : {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/detail.py" />
      <source>This order no longer exists on the server.</source>
      <translation>Cette commande n’existe plus sur le serveur.</translation>
    </message>
  </context>
  <context>
    <name>DueDateDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>Clear due date</source>
      <translation>Effacer la date d’échéance</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>Due date</source>
      <translation>Date d’échéance</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>Due date:</source>
      <translation>Date d’échéance :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>Give a range: due from the first date until this one</source>
      <translation>Indiquer une période : échéance de la première date jusqu’à celle-ci</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>Now due {due} until {until}.</source>
      <translation>Échéance actuelle du {due} au {until}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>Now due {due}.</source>
      <translation>Échéance actuelle le {due}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>Remove the due date</source>
      <translation>Supprimer la date d’échéance</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>The end must be after the due date.</source>
      <translation>La fin doit être postérieure à la date d’échéance.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>This order has no due date</source>
      <translation>Cette commande n’a pas de date d’échéance</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>This order has no due date yet.</source>
      <translation>Cette commande n’a pas encore de date d’échéance.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>Until</source>
      <translation>Jusqu’au</translation>
    </message>
  </context>
  <context>
    <name>Duration</name>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>{hours} h {minutes} min</source>
      <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>{minutes} min {seconds} s</source>
      <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>{seconds} s</source>
      <translation>{seconds} s</translation>
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
    <name>ExportDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>Add a BOM for Excel</source>
      <translation>Ajouter un BOM pour Excel</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>All %n order(s) in the list (its filters, search and sort)</source>
      <translation>
        <numerusform>La %n commande de la liste (avec ses filtres, sa recherche et son tri)</numerusform>
        <numerusform>Les %n commandes de la liste (avec ses filtres, sa recherche et son tri)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>Choose a file to export to.</source>
      <translation>Choisissez le fichier dans lequel exporter.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>Excel reads a CSV file's accents and symbols correctly only when it starts with this mark; LibreOffice and other programs do not need it.</source>
      <translation>Excel ne lit correctement les accents et symboles d’un fichier CSV que s’il commence par cette marque ; LibreOffice et les autres programmes n’en ont pas besoin.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>Export to CSV</source>
      <translation>Exporter en CSV</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>Export:</source>
      <translation>Exporter :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>File:</source>
      <translation>Fichier :</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>The %n selected order(s)</source>
      <translation>
        <numerusform>La %n commande sélectionnée</numerusform>
        <numerusform>Les %n commandes sélectionnées</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>The folder {folder} does not exist.</source>
      <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>The selected order</source>
      <translation>La commande sélectionnée</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>{path} is a folder: choose a file name in it.</source>
      <translation>{path} est un dossier : choisissez un nom de fichier à l’intérieur.</translation>
    </message>
  </context>
  <context>
    <name>ExportRun</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/export_actions.py" />
      <source>%n order(s) written to {file}</source>
      <translation>
        <numerusform>%n commande écrite dans {file}</numerusform>
        <numerusform>%n commandes écrites dans {file}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Canceled: {what}</source>
      <translation>Annulé : {what}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Export canceled: {what}</source>
      <translation>Export annulé : {what}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Export failed</source>
      <translation>Échec de l’export</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Exported %n order(s) to {file}</source>
      <translation>
        <numerusform>%n commande exportée vers {file}</numerusform>
        <numerusform>%n commandes exportées vers {file}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>{file} could not be written. {reason} {what}</source>
      <translation>{file} n’a pas pu être écrit. {reason} {what}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>{file} could not be written: {reason}. {what}</source>
      <translation>{file} n’a pas pu être écrit : {reason}. {what}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>{file} was left as it was.</source>
      <translation>{file} a été laissé tel quel.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>{file} was not written.</source>
      <translation>{file} n’a pas été écrit.</translation>
    </message>
  </context>
  <context>
    <name>ExportStatus</name>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Exporting to {file}…</source>
      <translation>Export vers {file}…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Open folder</source>
      <translation>Ouvrir le dossier</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Stop the export; {file} is left as it was</source>
      <translation>Arrêter l’export ; {file} reste tel quel</translation>
    </message>
  </context>
  <context>
    <name>Exports</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Export %n order(s) to {file}</source>
      <translation>
        <numerusform>Exporter %n commande vers {file}</numerusform>
        <numerusform>Exporter %n commandes vers {file}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Export the report to CSV</source>
      <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Export the report to {file}</source>
      <translation>Exporter le rapport vers {file}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Export to CSV</source>
      <translation>Exporter en CSV</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>There are no orders in the list to export.</source>
      <translation>La liste ne contient aucune commande à exporter.</translation>
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
      <translation>Modifiées aujourd’hui</translation>
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
      <translation>Uniquement les commandes dont la date d’échéance est passée et qui ne sont pas encore expédiées, traitées ou annulées ({shortcut})</translation>
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
    <name>FindOrderDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/find_order.py" />
      <source>1188 or #1188</source>
      <translation>1188 ou #1188</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/find_order.py" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/find_order.py" />
      <source>Customer email:</source>
      <translation>E-mail du client :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/find_order.py" />
      <source>Find</source>
      <translation>Rechercher</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/find_order.py" />
      <source>Find order</source>
      <translation>Rechercher une commande</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/find_order.py" />
      <source>Order number:</source>
      <translation>Numéro de commande :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/find_order.py" />
      <source>Searching…</source>
      <translation>Recherche en cours…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/find_order.py" />
      <source>customer@example.com</source>
      <translation>client@example.com</translation>
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
    <name>GeneralPage</name>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>&amp;New orders need review</source>
      <translation>De &amp;nouvelles commandes sont à vérifier</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>&amp;Refresh from the server:</source>
      <translation>&amp;Actualiser depuis le serveur :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>A &amp;bulk change has finished</source>
      <translation>Une modification &amp;groupée est terminée</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>An &amp;export has finished</source>
      <translation>Un &amp;export est terminé</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Closing the window &amp;keeps the console in the tray</source>
      <translation>La fermeture de la fenêtre &amp;garde la console dans la zone de notification</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Colour &amp;scheme:</source>
      <translation>&amp;Jeu de couleurs :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Dark</source>
      <comment>colour scheme</comment>
      <translation>Sombre</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Every %n minute(s)</source>
      <translation>
        <numerusform>Toutes les minutes</numerusform>
        <numerusform>Toutes les %n minutes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>How often the account on screen is read again; F5 refreshes at any time</source>
      <translation>Fréquence de relecture du compte affiché ; F5 actualise à tout moment</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Light</source>
      <comment>colour scheme</comment>
      <translation>Clair</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Notifications</source>
      <translation>Notifications</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Only when asked (F5)</source>
      <translation>Seulement sur demande (F5)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>System</source>
      <comment>colour scheme</comment>
      <translation>Système</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>System default</source>
      <translation>Langue du système</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Tell me on the desktop when:</source>
      <translation>M’avertir sur le bureau lorsque :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>The language of the console's words, dates and numbers</source>
      <translation>La langue des textes, des dates et des nombres de la console</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>This desktop shows no tray icons, so closing quits.</source>
      <translation>Ce bureau n’affiche pas d’icônes dans la zone de notification : fermer la fenêtre quitte donc la console.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Window</source>
      <translation>Fenêtre</translation>
    </message>
  </context>
  <context>
    <name>HistoryChoice</name>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_history.py" />
      <source>A large account's first reading can take hours; the list fills as it goes.</source>
      <translation>La première lecture d'un compte volumineux peut prendre des heures ; la liste se remplit au fur et à mesure.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_history.py" />
      <source>All orders, with their history</source>
      <translation>Toutes les commandes, avec leur historique</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_history.py" />
      <source>Cancelled and older orders are not read or kept: the first reading is shorter, and older orders are let go.</source>
      <translation>Les commandes annulées et plus anciennes ne sont ni lues ni conservées : la première lecture est plus courte et les commandes plus anciennes sont retirées.</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/accounts_history.py" />
      <source>Open orders of the last %n day(s)</source>
      <translation>
        <numerusform>Commandes ouvertes du dernier jour</numerusform>
        <numerusform>Commandes ouvertes des %n derniers jours</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_history.py" />
      <source>Open orders of the last 12 months</source>
      <translation>Commandes ouvertes des 12 derniers mois</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_history.py" />
      <source>Orders to read:</source>
      <translation>Commandes à lire :</translation>
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
      <translation>Pas encore d’historique</translation>
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
      <translation>à l’instant</translation>
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
    <name>InvoiceActions</name>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>Cancel invoice</source>
      <translation>Annuler la facture</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>Cancel invoice {name}? The buyer will not be asked to pay it.</source>
      <translation>Annuler la facture {name} ? L’acheteur ne sera pas invité à la payer.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>Close invoice</source>
      <translation>Clôturer la facture</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>Close invoice {name}? It is then considered paid as it stands and no longer collected.</source>
      <translation>Clôturer la facture {name} ? Elle est alors considérée comme payée en l’état et n’est plus recouvrée.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>Export invoice as PDF</source>
      <translation>Exporter la facture en PDF</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>Invoice saved to {path}</source>
      <translation>Facture enregistrée dans {path}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>The invoice could not be saved: {reason}</source>
      <translation>La facture n’a pas pu être enregistrée : {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>The order's invoices are still loading.</source>
      <translation>Les factures de la commande sont encore en cours de chargement.</translation>
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
      <translation>Impossible d’enregistrer la facture sous {file} : {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/output.py" />
      <source>Cannot save the invoice in {folder}: {reason}</source>
      <translation>Impossible d’enregistrer la facture dans {folder} : {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/output.py" />
      <source>Cannot write {file}</source>
      <translation>Impossible d’écrire {file}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/output.py" />
      <source>Cannot write {file}: the PDF was not completed</source>
      <translation>Impossible d’écrire {file} : le PDF n’a pas été terminé</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Discount</source>
      <translation>Remise</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Due date</source>
      <translation>Date d’échéance</translation>
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
      <translation>Date d’émission</translation>
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
      <translation>Paiement à l’ordre de</translation>
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
      <translation>La facture n’a pas pu être imprimée : l’imprimante n’a pas démarré.</translation>
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
    <name>Job</name>
    <message>
      <location filename="../approval_console/ui/jobs.py" />
      <source>Done</source>
      <translation>Terminé</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/jobs.py" />
      <source>Failed</source>
      <translation>Échec</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/jobs.py" />
      <source>Running</source>
      <translation>En cours</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/jobs.py" />
      <source>Stopped</source>
      <translation>Arrêté</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/jobs.py" />
      <source>Stopping</source>
      <translation>Arrêt en cours</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/jobs.py" />
      <source>Stopping · {done} of {total}</source>
      <translation>Arrêt en cours · {done} sur {total}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/jobs.py" />
      <source>{done} of {total}</source>
      <translation>{done} sur {total}</translation>
    </message>
  </context>
  <context>
    <name>JobList</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/jobs.py" />
      <source>%n finished</source>
      <comment>jobs</comment>
      <translation>
        <numerusform>%n terminée</numerusform>
        <numerusform>%n terminées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/jobs.py" />
      <source>%n job(s) finished</source>
      <translation>
        <numerusform>%n tâche terminée</numerusform>
        <numerusform>%n tâches terminées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/jobs.py" />
      <source>%n job(s) running · {done}/{total}</source>
      <translation>
        <numerusform>%n tâche en cours · {done}/{total}</numerusform>
        <numerusform>%n tâches en cours · {done}/{total}</numerusform>
      </translation>
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
      <translation>Afficher l’avancement</translation>
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
      <translation>Fermer cette fenêtre ne l’arrête pas : la tâche continue, et Tâches, dans la barre d’état, indique où elle en est et rouvre ce rapport.</translation>
    </message>
  </context>
  <context>
    <name>JobsPanel</name>
    <message>
      <location filename="../approval_console/ui/widgets/jobs_indicator.py" />
      <source>Jobs</source>
      <translation>Tâches</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Running</source>
      <translation>En cours</translation>
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
    <name>MainWindow</name>
    <message>
      <location filename="../approval_console/ui/main_window/window.py" />
      <source>Account</source>
      <translation>Compte</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/window.py" />
      <source>Keep working</source>
      <translation>Continuer à travailler</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/window.py" />
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/window.py" />
      <source>Quit while changes are running</source>
      <translation>Quitter pendant que des modifications sont en cours</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/window.py" />
      <source>Search number, customer or email  (Ctrl+F)</source>
      <translation>Rechercher un numéro, un client ou un e-mail  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/window.py" />
      <source>Those orders' account no longer exists.</source>
      <translation>Le compte de ces commandes n’existe plus.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/window.py" />
      <source>What was already sent is checked with the server when you start again, and what was not is offered to send then.</source>
      <translation>Ce qui a déjà été envoyé est vérifié auprès du serveur au prochain démarrage, et ce qui ne l’a pas été vous est alors proposé à l’envoi.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/window.py" />
      <source>{names} are still running ({done} of {total} done). Quit anyway?</source>
      <translation>{names} sont toujours en cours ({done} sur {total} effectuées). Quitter quand même ?</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/window.py" />
      <source>{names} is still running ({done} of {total} done). Quit anyway?</source>
      <translation>{names} est toujours en cours ({done} sur {total} effectuées). Quitter quand même ?</translation>
    </message>
  </context>
  <context>
    <name>Meanwhile</name>
    <message numerus="yes">
      <location filename="../approval_console/services/meanwhile.py" />
      <source>%n listing page(s)</source>
      <translation>
        <numerusform>%n page de liste</numerusform>
        <numerusform>%n pages de liste</numerusform>
      </translation>
    </message>
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
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>Before each burst of requests, the listing of “{status}” is read ({pages} in all): it checks that the next orders are still as you saw them (any changed meanwhile are held back) and shows that those already sent have left it. An order is confirmed by the new status where the budget lets it be read, otherwise by having left “{status}” once its request ran.</source>
      <translation>Avant chaque salve de requêtes, la liste « {status} » est lue ({pages} au total) : elle vérifie que les commandes suivantes sont toujours telles que vous les avez vues (celles modifiées entre-temps sont retenues) et montre que celles déjà envoyées l’ont quittée. Une commande est confirmée par le nouveau statut lorsque le quota permet de le lire, sinon parce qu’elle a quitté « {status} » une fois sa demande traitée.</translation>
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
      <location filename="../approval_console/services/bulk_source.py" />
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
    <name>MerchantDialog</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>%n account(s)</source>
      <translation>
        <numerusform>%n compte</numerusform>
        <numerusform>%n comptes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Add endpoint</source>
      <translation>Ajouter le point de terminaison</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Added {url}.</source>
      <translation>{url} ajouté.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Adding {url}…</source>
      <translation>Ajout de {url}…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Add…</source>
      <translation>Ajouter…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Apruve posts order and invoice notifications to these addresses.</source>
      <translation>Apruve envoie les notifications de commandes et de factures à ces adresses.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Apruve stops notifying this address at once.</source>
      <translation>Apruve cesse immédiatement de notifier cette adresse.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Auth header:</source>
      <translation>En-tête d’authentification :</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Authorized buyer(s) of “{account}” (%n)</source>
      <translation>
        <numerusform>Acheteur autorisé de « {account} » (%n)</numerusform>
        <numerusform>Acheteurs autorisés de « {account} » (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Buyers</source>
      <translation>Acheteurs</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Corporate accounts</source>
      <translation>Comptes d’entreprise</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Corporate accounts ({count})</source>
      <translation>Comptes d’entreprise ({count})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Filter by account name or buyer email</source>
      <translation>Filtrer par nom de compte ou e-mail d’acheteur</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Loading…</source>
      <translation>Chargement…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Merchant — {name}</source>
      <translation>Marchand — {name}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>New webhook endpoint</source>
      <translation>Nouveau point de terminaison webhook</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>No account matches</source>
      <translation>Aucun compte ne correspond</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>No webhook endpoints: Apruve notifies none of your systems.</source>
      <translation>Aucun point de terminaison webhook : Apruve ne notifie aucun de vos systèmes.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Not added</source>
      <translation>Non ajouté</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Not read</source>
      <translation>Non lu</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Not removed</source>
      <translation>Non supprimé</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Optional, e.g. Bearer &lt;token&gt;</source>
      <translation>Facultatif, p. ex. Bearer &lt;jeton&gt;</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Payment terms</source>
      <translation>Conditions de paiement</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Read the endpoints from the server again</source>
      <translation>Relire les points de terminaison depuis le serveur</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Reading the endpoints…</source>
      <translation>Lecture des points de terminaison…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Reload</source>
      <translation>Recharger</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Remove this webhook endpoint?&lt;br&gt;&lt;br&gt;&lt;nobr&gt;{url}&lt;/nobr&gt;</source>
      <translation>Supprimer ce point de terminaison webhook ?&lt;br&gt;&lt;br&gt;&lt;nobr&gt;{url}&lt;/nobr&gt;</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Remove webhook endpoint</source>
      <translation>Supprimer le point de terminaison webhook</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Removed {url}.</source>
      <translation>{url} supprimé.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Removing {url}…</source>
      <translation>Suppression de {url}…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Retry</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Select a corporate account to see its authorized buyers.</source>
      <translation>Sélectionnez un compte d’entreprise pour voir ses acheteurs autorisés.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Sent by Apruve as the Authorization header. It is never shown again.</source>
      <translation>Envoyé par Apruve comme en-tête Authorization. Il n’est plus jamais affiché.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>The merchant could not be loaded.

{reason}</source>
      <translation>Le marchand n’a pas pu être chargé.

{reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>The server refused the API key of “{account}”. Check the key under Accounts, then try again.

The server said: {reason}</source>
      <translation>Le serveur a refusé la clé d’API de « {account} ». Vérifiez la clé dans Comptes, puis réessayez.

Réponse du serveur : {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>URL</source>
      <translation>URL</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>URL:</source>
      <translation>URL :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Web</source>
      <translation>Site web</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Webhook endpoints</source>
      <translation>Points de terminaison webhook</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Webhook endpoints ({count})</source>
      <translation>Points de terminaison webhook ({count})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>{action}: {reason}</source>
      <translation>{action} : {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>{message} The list could not be re-read ({reason}): use Reload.</source>
      <translation>{message} La liste n’a pas pu être relue ({reason}) : utilisez Recharger.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>{refusal} The request may have reached the server: check the list below.</source>
      <translation>{refusal} La requête a peut-être atteint le serveur : vérifiez la liste ci-dessous.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>{refusal} The request may have reached the server: use Reload to check.</source>
      <translation>{refusal} La requête a peut-être atteint le serveur : utilisez Recharger pour vérifier.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>{shown} of {total} shown</source>
      <translation>{shown} sur {total} affichés</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>“{account}” has no authorized buyers.</source>
      <translation>« {account} » n’a aucun acheteur autorisé.</translation>
    </message>
  </context>
  <context>
    <name>NoticeBanner</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>%n unsent change(s) belong to an account no longer set up ({account} at {address}): add it again (File → Accounts…) to send them.</source>
      <translation>
        <numerusform>%n modification non envoyée appartient à un compte qui n’est plus configuré ({account} à {address}) : ajoutez-le à nouveau (Fichier → Comptes…) pour l’envoyer.</numerusform>
        <numerusform>%n modifications non envoyées appartiennent à un compte qui n’est plus configuré ({account} à {address}) : ajoutez-le à nouveau (Fichier → Comptes…) pour les envoyer.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>%n was never sent.</source>
      <comment>changes</comment>
      <translation>
        <numerusform>%n n’a jamais été envoyée.</numerusform>
        <numerusform>%n n’ont jamais été envoyées.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>Changes interrupted last time were checked with the server: {summary}.</source>
      <translation>Les modifications interrompues la dernière fois ont été vérifiées auprès du serveur : {summary}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>Discard</source>
      <translation>Abandonner</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>Dismiss</source>
      <translation>Masquer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>Interrupted changes sent: {summary}.</source>
      <translation>Modifications interrompues envoyées : {summary}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>Send them now</source>
      <translation>Les envoyer maintenant</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>Sending the interrupted changes…</source>
      <translation>Envoi des modifications interrompues…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>The local copy of your orders could not be read, so it is being read again from your accounts. The old file is kept at {path}.</source>
      <translation>La copie locale de vos commandes n’a pas pu être lue ; elle est donc relue depuis vos comptes. L’ancien fichier est conservé dans {path}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>The local copy of your orders was written by a newer version of Approval Console, so this version reads your orders again from your accounts. The newer file is kept, unchanged, at {path}.</source>
      <translation>La copie locale de vos commandes a été écrite par une version plus récente d’Approval Console ; cette version relit donc vos commandes depuis vos comptes. Le fichier plus récent est conservé tel quel dans {path}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>The settings file could not be read, so your accounts need adding again (File → Accounts…). The old file is kept at {path}.</source>
      <translation>Le fichier de paramètres n’a pas pu être lu ; vos comptes doivent donc être ajoutés à nouveau (Fichier → Comptes…). L’ancien fichier est conservé dans {path}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>The settings file could not be read; your accounts were restored from the last good copy. The damaged file is kept at {path}.</source>
      <translation>Le fichier de paramètres n’a pas pu être lu ; vos comptes ont été restaurés depuis la dernière copie valide. Le fichier endommagé est conservé dans {path}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>an unknown address</source>
      <translation>une adresse inconnue</translation>
    </message>
  </context>
  <context>
    <name>Notifier</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/notifications.py" />
      <source>%n new order(s) to review</source>
      <translation>
        <numerusform>%n nouvelle commande à examiner</numerusform>
        <numerusform>%n nouvelles commandes à examiner</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/notifications.py" />
      <source>Bulk change failed</source>
      <translation>Échec de la modification groupée</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/notifications.py" />
      <source>Bulk change finished</source>
      <translation>Modification groupée terminée</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/notifications.py" />
      <source>Export failed</source>
      <translation>Échec de l’export</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/notifications.py" />
      <source>Export finished</source>
      <translation>Export terminé</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/notifications.py" />
      <source>{account}: {numbers}</source>
      <translation>{account} : {numbers}</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/notifications.py" />
      <source>{account}: {numbers} and %n more</source>
      <translation>
        <numerusform>{account} : {numbers} et %n autre</numerusform>
        <numerusform>{account} : {numbers} et %n autres</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OrderActions</name>
    <message>
      <location filename="../approval_console/ui/main_window/order_actions.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/order_actions.py" />
      <source>&amp;Undo: {change}</source>
      <translation>&amp;Annuler : {change}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/order_actions.py" />
      <source>Cancel order</source>
      <translation>Annuler la commande</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/order_actions.py" />
      <source>Cancel order {order}?</source>
      <translation>Annuler la commande {order} ?</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/order_actions.py" />
      <source>Changed %n order(s) to {status}.</source>
      <translation>
        <numerusform>%n commande est passée au statut {status}.</numerusform>
        <numerusform>%n commandes sont passées au statut {status}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/order_actions.py" />
      <source>Changed {order} to its new status.</source>
      <translation>{order} est passée à son nouveau statut.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/order_actions.py" />
      <source>Changed {order} to {status}.</source>
      <translation>{order} est passée au statut {status}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/order_actions.py" />
      <source>Its unpaid invoices are canceled with it.</source>
      <translation>Ses factures impayées sont annulées avec elle.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/order_actions.py" />
      <source>Select an order first.</source>
      <translation>Sélectionnez d’abord une commande.</translation>
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
    <name>Outcome</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>%n already had it</source>
      <translation>
        <numerusform>%n l’avait déjà</numerusform>
        <numerusform>%n l’avaient déjà</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>%n applied</source>
      <translation>
        <numerusform>%n appliquée</numerusform>
        <numerusform>%n appliquées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>%n changed meanwhile by someone else: not sent</source>
      <translation>
        <numerusform>%n modifiée entre-temps par quelqu’un d’autre : non envoyée</numerusform>
        <numerusform>%n modifiées entre-temps par quelqu’un d’autre : non envoyées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>%n not applied</source>
      <translation>
        <numerusform>%n non appliquée</numerusform>
        <numerusform>%n non appliquées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>%n not sent</source>
      <translation>
        <numerusform>%n non envoyée</numerusform>
        <numerusform>%n non envoyées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>%n unknown</source>
      <translation>
        <numerusform>%n inconnue</numerusform>
        <numerusform>%n inconnues</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Already had it</source>
      <translation>Avait déjà ce statut</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Applied</source>
      <translation>Appliquée</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Changed meanwhile</source>
      <translation>Modifiée entre-temps</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Not applied</source>
      <translation>Non appliquée</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Not sent</source>
      <translation>Non envoyée</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Unknown</source>
      <translation>Résultat inconnu</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>nothing to do</source>
      <translation>rien à faire</translation>
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
    <name>PreferencesDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/preferences.py" />
      <source>General</source>
      <translation>Général</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preferences.py" />
      <source>Preferences</source>
      <translation>Préférences</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preferences.py" />
      <source>Review</source>
      <comment>preferences page</comment>
      <translation>Vérification</translation>
    </message>
  </context>
  <context>
    <name>ProfileLock</name>
    <message>
      <location filename="../approval_console/single_instance.py" />
      <source>The profile folder {folder} cannot be written (it is read-only, or not yours). Approval Console keeps its settings, local cache and change journal there, so it cannot start. Make the folder writable, or start with another profile (--profile DIR).</source>
      <translation>Impossible d’écrire dans le dossier du profil {folder} (il est en lecture seule ou ne vous appartient pas). Approval Console y conserve ses paramètres, son cache local et son journal des modifications ; il ne peut donc pas démarrer. Rendez le dossier accessible en écriture ou démarrez avec un autre profil (--profile DIR).</translation>
    </message>
  </context>
  <context>
    <name>ProgressStepper</name>
    <message>
      <location filename="../approval_console/ui/widgets/stepper.py" />
      <source>No progress timeline</source>
      <translation>Pas de chronologie d’avancement</translation>
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
    <name>ReadProblem</name>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Cannot reach the server of “{name}”</source>
      <translation>Impossible de joindre le serveur de « {name} »</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Check that the address in File → Accounts… is that of the API.</source>
      <translation>Vérifiez que l’adresse indiquée dans Fichier → Comptes… est bien celle de l’API.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Check that the address in File → Accounts… is that of the {api} API.</source>
      <translation>Vérifiez que l’adresse indiquée dans Fichier → Comptes… est bien celle de l’API {api}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Check the address in File → Accounts…</source>
      <translation>Vérifier l’adresse dans Fichier → Comptes…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Check the key in File → Accounts…</source>
      <translation>Vérifier la clé dans Fichier → Comptes…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Check this computer's network connection, then try again.</source>
      <translation>Vérifiez la connexion réseau de cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>It answered: {said}</source>
      <translation>Il a répondu : {said}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Its key would travel in clear: give it an https:// address.</source>
      <translation>Sa clé circulerait en clair : donnez-lui une adresse https://.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>No key is stored for “{name}”</source>
      <translation>Aucune clé n’est enregistrée pour « {name} »</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Once a key is stored, the orders are read again.</source>
      <translation>Dès qu’une clé sera enregistrée, les commandes seront relues.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Once the server accepts the key, the orders are read again.</source>
      <translation>Dès que le serveur acceptera la clé, les commandes seront relues.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>The orders of “{name}” could not be read</source>
      <translation>Les commandes de « {name} » n’ont pas pu être lues</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>The server of “{name}” did not answer as the API does</source>
      <translation>Le serveur de « {name} » n’a pas répondu comme le fait l’API</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>The server of “{name}” did not answer as the {api} API does</source>
      <translation>Le serveur de « {name} » n’a pas répondu comme le fait l’API {api}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>The server of “{name}” failed to answer</source>
      <translation>Le serveur de « {name} » n’a pas répondu</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>The server refused the key of “{name}”</source>
      <translation>Le serveur a refusé la clé de « {name} »</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>The system keyring holds no key for this account.</source>
      <translation>Le trousseau du système ne contient aucune clé pour ce compte.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>This is usually brief: try again in a minute.</source>
      <translation>C’est généralement passager : réessayez dans une minute.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Try again</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Try again; if it keeps failing, check the account in File → Accounts…</source>
      <translation>Réessayez ; si l’échec persiste, vérifiez le compte dans Fichier → Comptes…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>“{name}” was not contacted</source>
      <translation>« {name} » n’a pas été contacté</translation>
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
    <name>ReturnDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>A return must be less than {amount}.</source>
      <translation>Un retour doit être inférieur à {amount}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Amount ({currency}):</source>
      <translation>Montant ({currency}) :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Consignment</source>
      <translation>Dépôt-vente</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Damaged</source>
      <translation>Endommagé</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Defective</source>
      <translation>Défectueux</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Duplicate</source>
      <translation>Doublon</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Invoice total {total}, {returned} already returned.</source>
      <translation>Total de la facture {total}, dont {returned} déjà retourné.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Invoice total {total}.</source>
      <translation>Total de la facture {total}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Reason:</source>
      <translation>Motif :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Record a return on invoice {invoice}</source>
      <translation>Enregistrer un retour sur la facture {invoice}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Record return</source>
      <translation>Enregistrer le retour</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Refused by the buyer</source>
      <translation>Refusé par l’acheteur</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>The amount has at most two decimals.</source>
      <translation>Le montant a au plus deux décimales.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>The amount must be more than zero.</source>
      <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Type an amount such as 125.50.</source>
      <translation>Saisissez un montant tel que 125.50.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>less than {amount}</source>
      <translation>moins de {amount}</translation>
    </message>
  </context>
  <context>
    <name>Review</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>%n from {account}.</source>
      <translation>
        <numerusform>%n de {account}.</numerusform>
        <numerusform>%n de {account}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>%n from {account}: the customers are not told.</source>
      <translation>
        <numerusform>%n de {account} : les clients n’en sont pas informés.</numerusform>
        <numerusform>%n de {account} : les clients n’en sont pas informés.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>%n from {account}: the customers are told.</source>
      <translation>
        <numerusform>%n de {account} : les clients en sont informés.</numerusform>
        <numerusform>%n de {account} : les clients en sont informés.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>%n selected is left as it is: {reasons}</source>
      <translation>
        <numerusform>%n commande sélectionnée reste telle quelle : {reasons}</numerusform>
        <numerusform>%n commandes sélectionnées restent telles quelles : {reasons}</numerusform>
      </translation>
    </message>
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
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>Approve</source>
      <translation>Approuver</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>Approve %n</source>
      <comment>orders</comment>
      <translation>
        <numerusform>Approuver %n</numerusform>
        <numerusform>Approuver %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/account_ops.py" />
      <source>Approve %n order(s) from review</source>
      <translation>
        <numerusform>Approuver %n commande depuis la vérification</numerusform>
        <numerusform>Approuver %n commandes depuis la vérification</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>Approve %n order(s)?</source>
      <translation>
        <numerusform>Approuver %n commande ?</numerusform>
        <numerusform>Approuver %n commandes ?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>Approve order</source>
      <translation>Approuver la commande</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>Approve order {order}?</source>
      <translation>Approuver la commande {order} ?</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>Approve orders</source>
      <translation>Approuver les commandes</translation>
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
      <location filename="../approval_console/ui/review_question.py" />
      <source>Cancel %n order(s)</source>
      <translation>
        <numerusform>Annuler %n commande</numerusform>
        <numerusform>Annuler %n commandes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/account_ops.py" />
      <source>Cancel %n order(s) from review</source>
      <translation>
        <numerusform>Annuler %n commande depuis la vérification</numerusform>
        <numerusform>Annuler %n commandes depuis la vérification</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>Cancel %n order(s)?</source>
      <translation>
        <numerusform>Annuler %n commande ?</numerusform>
        <numerusform>Annuler %n commandes ?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>Cancel order</source>
      <translation>Annuler la commande</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>Cancel order {order}?</source>
      <translation>Annuler la commande {order} ?</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>Cancel orders</source>
      <translation>Annuler les commandes</translation>
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
      <location filename="../approval_console/ui/review_question.py" />
      <source>Keep them</source>
      <translation>Les conserver</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>No status</source>
      <translation>Sans statut</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>Not now</source>
      <translation>Pas maintenant</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>The customer is not told.</source>
      <translation>Le client n’en est pas informé.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>The customer is told.</source>
      <translation>Le client en est informé.</translation>
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
    <name>ReviewChoices</name>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>No account here uses statuses of its own.</source>
      <translation>Aucun compte ici n’utilise ses propres statuts.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Orders of these accounts join the review queue when they are in a status marked here. Other accounts' orders join it when their system says they await approval.</source>
      <translation>Les commandes de ces comptes entrent dans la file de vérification lorsqu’elles sont dans un statut coché ici. Celles des autres comptes y entrent lorsque leur système indique qu’elles attendent une approbation.</translation>
    </message>
  </context>
  <context>
    <name>ReviewQueueViewModel</name>
    <message>
      <location filename="../approval_console/ui/viewmodels/review.py" />
      <source>Refreshing {account} ({number} of {total})…</source>
      <translation>Actualisation de {account} ({number} sur {total})…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/review.py" />
      <source>This account no longer exists.</source>
      <translation>Ce compte n’existe plus.</translation>
    </message>
  </context>
  <context>
    <name>ReviewSettingsDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Review settings</source>
      <translation>Paramètres de vérification</translation>
    </message>
  </context>
  <context>
    <name>ReviewWindow</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>%n approved.</source>
      <translation>
        <numerusform>%n approuvée.</numerusform>
        <numerusform>%n approuvées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_words.py" />
      <source>%n awaiting a decision</source>
      <translation>
        <numerusform>%n en attente de décision</numerusform>
        <numerusform>%n en attente de décision</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>%n canceled.</source>
      <translation>
        <numerusform>%n annulée.</numerusform>
        <numerusform>%n annulées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>%n of them cannot be decided here and is left as it is.</source>
      <translation>
        <numerusform>%n d’entre elles ne peut pas être décidée ici et reste telle quelle.</numerusform>
        <numerusform>%n d’entre elles ne peuvent pas être décidées ici et restent telles quelles.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_words.py" />
      <source>%n order(s)</source>
      <translation>
        <numerusform>%n commande</numerusform>
        <numerusform>%n commandes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>%n selected.</source>
      <translation>
        <numerusform>%n sélectionnée.</numerusform>
        <numerusform>%n sélectionnées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_words.py" />
      <source>%n waiting on their buyer</source>
      <translation>
        <numerusform>%n en attente de son acheteur</numerusform>
        <numerusform>%n en attente de leur acheteur</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_words.py" />
      <source>All accounts</source>
      <translation>Tous les comptes</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Amount {amount}</source>
      <translation>Montant {amount}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Apply anyway</source>
      <translation>Appliquer quand même</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Approve  ({key})</source>
      <translation>Approuver  ({key})</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>Approve %n selected  ({key})</source>
      <translation>
        <numerusform>Approuver %n sélectionnée  ({key})</numerusform>
        <numerusform>Approuver %n sélectionnées  ({key})</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Approve anyway</source>
      <translation>Approuver quand même</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Approved by:</source>
      <translation>Approuvé par :</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>Cancel %n selected  ({key})</source>
      <translation>
        <numerusform>Annuler %n sélectionnée  ({key})</numerusform>
        <numerusform>Annuler %n sélectionnées  ({key})</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Cancel anyway</source>
      <translation>Annuler quand même</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Cancel order  ({key})</source>
      <translation>Annuler la commande  ({key})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Export this list, or the selected orders, to CSV (Ctrl+E)</source>
      <translation>Exporter cette liste, ou les commandes sélectionnées, en CSV (Ctrl+E)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Export…</source>
      <translation>Exporter…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Mark which statuses of status-based accounts need review</source>
      <translation>Indiquer quels statuts des comptes à statuts sont à vérifier</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_words.py" />
      <source>Needs review</source>
      <translation>À vérifier</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_words.py" />
      <source>No orders.</source>
      <translation>Aucune commande.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Nobody in particular</source>
      <translation>Personne en particulier</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Not done for {problems}</source>
      <translation>Non effectué pour {problems}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_words.py" />
      <source>Nothing awaits a decision.</source>
      <translation>Rien n’est en attente de décision.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Nothing to approve here.</source>
      <translation>Rien à approuver ici.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Nothing to approve: {reasons}</source>
      <translation>Rien à approuver : {reasons}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Nothing to cancel here.</source>
      <translation>Rien à annuler ici.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Nothing to cancel: {reasons}</source>
      <translation>Rien à annuler : {reasons}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_words.py" />
      <source>Nothing waits.</source>
      <translation>Rien n’est en attente.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Notify the customer</source>
      <translation>Informer le client</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Orders awaiting their buyer's approval: nothing to decide here, only to follow up</source>
      <translation>Commandes en attente de l’approbation de leur acheteur : rien à décider ici, seulement à suivre</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Refresh all accounts</source>
      <translation>Actualiser tous les comptes</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Review settings…</source>
      <translation>Paramètres de vérification…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Search number, customer or email</source>
      <translation>Rechercher un numéro, un client ou un e-mail</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Sending…</source>
      <translation>Envoi…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_words.py" />
      <source>This store emails its customer when an order is canceled, not when approved.</source>
      <translation>Cette boutique envoie un e-mail à son client quand une commande est annulée, pas quand elle est approuvée.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_words.py" />
      <source>Waiting on buyers</source>
      <translation>En attente des acheteurs</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_words.py" />
      <source>{approve} approve · {cancel} cancel · {next} next · {previous} previous · Shift+↓ select more · Esc close</source>
      <translation>{approve} approuver · {cancel} annuler · {next} suivante · {previous} précédente · Maj+↓ sélectionner plus · Échap fermer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>{list} — Approval Console</source>
      <translation>{list} — Approval Console</translation>
    </message>
  </context>
  <context>
    <name>RowMenu</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>Copied %n email(s).</source>
      <translation>
        <numerusform>%n e-mail copié.</numerusform>
        <numerusform>%n e-mails copiés.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>Copied %n link(s).</source>
      <translation>
        <numerusform>%n lien copié.</numerusform>
        <numerusform>%n liens copiés.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>Copied %n number(s).</source>
      <translation>
        <numerusform>%n numéro copié.</numerusform>
        <numerusform>%n numéros copiés.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>Copied the email: {value}</source>
      <translation>E-mail copié : {value}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>Copied the link: {value}</source>
      <translation>Lien copié : {value}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>Copied the number: {value}</source>
      <translation>Numéro copié : {value}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>Copy &amp;email</source>
      <translation>Copier l'&amp;e-mail</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>Copy &amp;link to the order in {title}</source>
      <translation>Copier le &amp;lien vers la commande dans {title}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>Copy &amp;number</source>
      <translation>Copier le &amp;numéro</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>No emails to copy.</source>
      <translation>Aucun e-mail à copier.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>No links to copy.</source>
      <translation>Aucun lien à copier.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>No numbers to copy.</source>
      <translation>Aucun numéro à copier.</translation>
    </message>
  </context>
  <context>
    <name>SaveViewDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/save_view.py" />
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/save_view.py" />
      <source>&amp;Shows:</source>
      <translation>&amp;Portée :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/save_view.py" />
      <source>All accounts</source>
      <translation>Tous les comptes</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/save_view.py" />
      <source>For example: Rush orders to approve</source>
      <translation>Par exemple : Commandes urgentes à approuver</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/save_view.py" />
      <source>Only {account}</source>
      <translation>Uniquement {account}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/save_view.py" />
      <source>Rename view</source>
      <translation>Renommer la vue</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/save_view.py" />
      <source>Save as view</source>
      <translation>Enregistrer comme vue</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/save_view.py" />
      <source>Whichever account is open</source>
      <translation>Le compte ouvert, quel qu’il soit</translation>
    </message>
  </context>
  <context>
    <name>SavedViews</name>
    <message>
      <location filename="../approval_console/ui/main_window/saved_views.py" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/saved_views.py" />
      <source>Delete the view “{view}”?</source>
      <translation>Supprimer la vue « {view} » ?</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/saved_views.py" />
      <source>Delete view</source>
      <translation>Supprimer la vue</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/saved_views.py" />
      <source>Its filters, sort and columns are forgotten; the orders stay as they are.</source>
      <translation>Ses filtres, son tri et ses colonnes sont oubliés ; les commandes restent telles quelles.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/saved_views.py" />
      <source>Saved the view “{view}”.</source>
      <translation>Vue « {view} » enregistrée.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/saved_views.py" />
      <source>The account of “{view}” was removed: the view shows nothing.</source>
      <translation>Le compte de « {view} » a été supprimé : la vue n’affiche rien.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/saved_views.py" />
      <source>The views the console comes with can be brought back: right-click the views and choose Restore default views.</source>
      <translation>Les vues fournies avec la console peuvent être rétablies : faites un clic droit sur les vues et choisissez Rétablir les vues par défaut.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/saved_views.py" />
      <source>Updated the view “{view}”.</source>
      <translation>Vue « {view} » mise à jour.</translation>
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
      <location filename="../approval_console/connectors/spree_errors.py" />
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
    <name>Session</name>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Last refreshed {time} · refresh failed</source>
      <translation>Dernière actualisation {time} · échec de l’actualisation</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Refresh failed</source>
      <translation>Échec de l’actualisation</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Refreshed {time}</source>
      <translation>Actualisé à {time}</translation>
    </message>
  </context>
  <context>
    <name>SessionViewModel</name>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Could not check interrupted changes: {reason}</source>
      <translation>Impossible de vérifier les modifications interrompues : {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>No account: add one under File → Accounts…</source>
      <translation>Aucun compte : ajoutez-en un dans Fichier → Comptes…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Offline: showing saved orders</source>
      <translation>Hors ligne : affichage des commandes enregistrées</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Refresh failed: {reason}</source>
      <translation>Échec de l’actualisation : {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Refreshing…</source>
      <translation>Actualisation…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>The server refused the key: check File → Accounts…</source>
      <translation>Le serveur a refusé la clé : vérifiez Fichier → Comptes…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Up to date</source>
      <translation>À jour</translation>
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
    <name>ShipmentDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>A shipment is recorded once it has left: the date is in the future.</source>
      <translation>Une expédition s’enregistre une fois partie : la date est dans le futur.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>As the carrier gave it</source>
      <translation>Tel que fourni par le transporteur</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>Carrier:</source>
      <translation>Transporteur :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>Delivered</source>
      <translation>Livré</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>Delivery cannot come before shipping.</source>
      <translation>La livraison ne peut pas précéder l’expédition.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>Name the carrier.</source>
      <translation>Indiquez le transporteur.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>Notes:</source>
      <translation>Remarques :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>Record a shipment for invoice {invoice}</source>
      <translation>Enregistrer une expédition pour la facture {invoice}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>Record shipment</source>
      <translation>Enregistrer l’expédition</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>Shipped:</source>
      <translation>Expédié le :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>This shipment completes the invoice</source>
      <translation>Cette expédition solde la facture</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>Tracking number:</source>
      <translation>Numéro de suivi :</translation>
    </message>
  </context>
  <context>
    <name>ShortcutEditor</name>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Choose an action, then press its new key.</source>
      <translation>Choisissez une action, puis appuyez sur sa nouvelle touche.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Find an action or a key</source>
      <translation>Rechercher une action ou une touche</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Keys</source>
      <translation>Touches</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>No key</source>
      <translation>Aucune touche</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Press the new key for the chosen action</source>
      <translation>Appuyez sur la nouvelle touche de l’action choisie</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Reset all to defaults</source>
      <translation>Tout rétablir par défaut</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Reset to default</source>
      <translation>Rétablir la valeur par défaut</translation>
    </message>
  </context>
  <context>
    <name>ShortcutKeys</name>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>A modifier alone is not a shortcut.</source>
      <translation>Un modificateur seul n’est pas un raccourci.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>A shortcut is one key with its modifiers.</source>
      <translation>Un raccourci est une seule touche avec ses modificateurs.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>Esc closes dialogs, menus and popups.</source>
      <translation>Échap ferme les boîtes de dialogue, les menus et les fenêtres contextuelles.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>Return confirms dialogs and opens what is chosen.</source>
      <translation>Entrée valide les boîtes de dialogue et ouvre l’élément choisi.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>Tab moves from one field to the next.</source>
      <translation>Tab passe d’un champ au suivant.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} copies the selected text in text fields.</source>
      <translation>{key} copie le texte sélectionné dans les champs de saisie.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} cuts the selected text in text fields.</source>
      <translation>{key} coupe le texte sélectionné dans les champs de saisie.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} is already {action}: give that action another key first.</source>
      <translation>{key} est déjà attribué à « {action} » : attribuez d’abord une autre touche à cette action.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} is typed in text fields: add Ctrl or Alt to it.</source>
      <translation>{key} est saisi dans les champs de saisie : ajoutez-y Ctrl ou Alt.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} moves or edits in lists and text fields.</source>
      <translation>{key} sert à se déplacer ou à modifier dans les listes et les champs de saisie.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} opens the {menu} menu.</source>
      <translation>{key} ouvre le menu « {menu} ».</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} pastes in text fields.</source>
      <translation>{key} colle dans les champs de saisie.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} selects all the text of a text field.</source>
      <translation>{key} sélectionne tout le texte d’un champ de saisie.</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/shortcuts.py" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shortcuts.py" />
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shortcuts.py" />
      <source>Keys</source>
      <translation>Touches</translation>
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
      <location filename="../approval_console/connectors/spree_errors.py" />
      <source>Spree refused the API key: {reason}</source>
      <translation>Spree a refusé la clé d’API : {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree_errors.py" />
      <source>Spree refused this change: its key was already used for a different request (idempotency_key_reused), so nothing was sent twice and nothing changed.</source>
      <translation>Spree a refusé cette modification : sa clé avait déjà servi pour une autre requête (idempotency_key_reused) ; rien n’a donc été envoyé deux fois et rien n’a changé.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree_errors.py" />
      <source>Spree refused: the order cannot take this change as it stands</source>
      <translation>Spree a refusé : la commande ne peut pas recevoir cette modification en l’état</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree_errors.py" />
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
      <location filename="../approval_console/connectors/spree_errors.py" />
      <source>This is a publishable key (pk_…), which only the storefront API accepts: Spree's Admin API needs a secret key (sk_…) from Settings → Developers.</source>
      <translation>Ceci est une clé publiable (pk_…), que seule l’API de la boutique accepte : l’API d’administration de Spree exige une clé secrète (sk_…), à trouver dans Settings → Developers.</translation>
    </message>
  </context>
  <context>
    <name>StartProblem</name>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>A file or folder of the profile could not be used ({path}): {reason}. Check that the profile's folder is yours and writable, and that the disk has space.</source>
      <translation>Un fichier ou un dossier du profil n’a pas pu être utilisé ({path}) : {reason}. Vérifiez que le dossier du profil vous appartient et est accessible en écriture, et qu’il reste de l’espace sur le disque.</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>A file or folder of the profile could not be used: {reason}. Check that the profile's folder is yours and writable, and that the disk has space.</source>
      <translation>Un fichier ou un dossier du profil n’a pas pu être utilisé : {reason}. Vérifiez que le dossier du profil vous appartient et est accessible en écriture, et qu’il reste de l’espace sur le disque.</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>Approval Console cannot start</source>
      <translation>Approval Console ne peut pas démarrer</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>Set aside and start</source>
      <translation>Mettre de côté et démarrer</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>Set it aside to start with a new journal: the damaged file is kept beside it, renamed, for support to read. Check the orders you changed last once the console is open.</source>
      <translation>Mettez-le de côté pour démarrer avec un nouveau journal : le fichier endommagé est conservé à côté, renommé, pour que le support puisse le lire. Vérifiez les dernières commandes que vous avez modifiées une fois la console ouverte.</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>Something went wrong ({error}).</source>
      <translation>Une erreur s’est produite ({error}).</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>The change journal cannot be read</source>
      <translation>Le journal des modifications est illisible</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>The change journal {path} cannot be read: it is {reason}. It keeps each change until its server confirms it, so changes not yet sent or not yet confirmed may be in it, and cannot be read back from it.</source>
      <translation>Le journal des modifications {path} est illisible : {reason}. Il conserve chaque modification jusqu’à ce que son serveur la confirme ; des modifications pas encore envoyées ou pas encore confirmées peuvent donc s’y trouver, sans pouvoir en être relues.</translation>
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
    <name>StatusOptions</name>
    <message>
      <location filename="../approval_console/ui/dialogs/change_status.py" />
      <source>Comment (optional)</source>
      <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/change_status.py" />
      <source>Email additional recipients</source>
      <translation>Envoyer un e-mail aux destinataires supplémentaires</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/change_status.py" />
      <source>Email the customer</source>
      <translation>Envoyer un e-mail au client</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/change_status.py" />
      <source>New status</source>
      <translation>Nouveau statut</translation>
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
    <name>UndoNotice</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>%n already had its earlier status again ({orders})</source>
      <translation>
        <numerusform>%n avait déjà retrouvé son statut précédent ({orders})</numerusform>
        <numerusform>%n avaient déjà retrouvé leur statut précédent ({orders})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>%n could not be put back ({orders})</source>
      <translation>
        <numerusform>%n n’a pas pu être rétablie ({orders})</numerusform>
        <numerusform>%n n’ont pas pu être rétablies ({orders})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>%n had changed since ({orders})</source>
      <translation>
        <numerusform>%n avait changé entre-temps ({orders})</numerusform>
        <numerusform>%n avaient changé entre-temps ({orders})</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Dismiss</source>
      <translation>Masquer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Nothing was put back: the change had not reached any order.</source>
      <translation>Rien n’a été rétabli : la modification n’avait atteint aucune commande.</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Put back %n order(s)</source>
      <translation>
        <numerusform>%n commande rétablie</numerusform>
        <numerusform>%n commandes rétablies</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Put back what this change changed (Ctrl+Z)</source>
      <translation>Rétablir ce que cette modification a changé (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Put back {done} of {total}</source>
      <translation>{done} sur {total} rétablies</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Undo ({seconds} s)</source>
      <translation>Annuler ({seconds} s)</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>and %n more</source>
      <translation>
        <numerusform>et %n autre</numerusform>
        <numerusform>et %n autres</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UndoOffer</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Approved %n order(s).</source>
      <translation>
        <numerusform>%n commande approuvée.</numerusform>
        <numerusform>%n commandes approuvées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Canceled %n order(s).</source>
      <translation>
        <numerusform>%n commande annulée.</numerusform>
        <numerusform>%n commandes annulées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Changed %n order(s).</source>
      <translation>
        <numerusform>%n commande modifiée.</numerusform>
        <numerusform>%n commandes modifiées.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>In {accounts}: {change}</source>
      <translation>Dans {accounts} : {change}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Putting back…</source>
      <translation>Rétablissement…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Undo did not finish: {reason}</source>
      <translation>L’annulation n’a pas abouti : {reason}</translation>
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
  <context>
    <name>ViewsBar</name>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Changed since chosen: Update view keeps the change.</source>
      <translation>Modifiée depuis qu’elle a été choisie : Mettre à jour la vue conserve la modification.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Delete…</source>
      <translation>Supprimer…</translation>
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
      <translation>Approval Console affiche les commandes des comptes {systems} et {last}, à partir d’une copie conservée sur cet ordinateur, et les modifie pour vous. Un compte nécessite l’adresse du système et sa clé d’API ou son mot de passe, conservé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/welcome.py" />
      <source>To look around first, start &lt;tt&gt;approval-console --demo&lt;/tt&gt;: a sample account of each kind, on a sandbox that runs on this computer.</source>
      <translation>Pour faire d’abord le tour, lancez &lt;tt&gt;approval-console --demo&lt;/tt&gt; : un compte d’exemple de chaque type, sur un bac à sable qui tourne sur cet ordinateur.</translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>%n order(s) await a decision, across all accounts</source>
      <translation>
        <numerusform>%n commande attend une décision, tous comptes confondus</numerusform>
        <numerusform>%n commandes attendent une décision, tous comptes confondus</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;About Approval Console</source>
      <translation>À &amp;propos d’Approval Console</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Accounts…</source>
      <translation>&amp;Comptes…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Clear selection</source>
      <translation>Effacer la sé&amp;lection</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Export to CSV…</source>
      <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Finalize…</source>
      <translation>&amp;Finaliser…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Find order…</source>
      <translation>&amp;Rechercher une commande…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Help</source>
      <translation>Aid&amp;e</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Merchant: accounts and webhooks…</source>
      <translation>&amp;Marchand : comptes et webhooks…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Next order</source>
      <translation>Commande &amp;suivante</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Orders</source>
      <translation>&amp;Commandes</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Préférences…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Previous order</source>
      <translation>Commande &amp;précédente</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Refresh</source>
      <translation>&amp;Actualiser</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Search</source>
      <translation>&amp;Rechercher</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Send comment</source>
      <translation>&amp;Envoyer le commentaire</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&lt;b&gt;Approval Console&lt;/b&gt; {version}&lt;br&gt;Review and approve orders from all your order systems in one place.</source>
      <translation>&lt;b&gt;Approval Console&lt;/b&gt; {version}&lt;br&gt;Vérifiez et approuvez en un seul endroit les commandes de tous vos systèmes de commande.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>A&amp;pprove</source>
      <translation>A&amp;pprouver</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>About Approval Console</source>
      <translation>À propos d’Approval Console</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Activity &amp;log…</source>
      <translation>&amp;Journal d’activité…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Add &amp;comment</source>
      <translation>Ajouter un &amp;commentaire</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>All a&amp;ccounts' orders…</source>
      <translation>Commandes de t&amp;ous les comptes…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Anywhere but a text field</source>
      <translation>Partout sauf dans un champ de saisie</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Approve the current order</source>
      <translation>Approuver la commande en cours</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Cancel &amp;order…</source>
      <translation>Annuler la c&amp;ommande…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Cancel the current order</source>
      <translation>Annuler la commande en cours</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Change &amp;status of %n…</source>
      <translation>
        <numerusform>Modifier le &amp;statut de %n…</numerusform>
        <numerusform>Modifier le &amp;statut de %n…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Change &amp;status…</source>
      <translation>Modifier le &amp;statut…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Command &amp;palette…</source>
      <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Create &amp;invoice…</source>
      <translation>Créer la fact&amp;ure…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Go to order {number}</source>
      <translation>Aller à la commande {number}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Go to order {number} ({customer})</source>
      <translation>Aller à la commande {number} ({customer})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>In the comment box</source>
      <translation>Dans la zone de commentaire</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>In the order list</source>
      <translation>Dans la liste des commandes</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>In the review queue</source>
      <translation>Dans la file de vérification</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Keyboard</source>
      <translation>Clavier</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Main</source>
      <comment>toolbar</comment>
      <translation>Principale</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Needs &amp;review (all accounts)…</source>
      <translation>À &amp;vérifier (tous les comptes)…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Needs review</source>
      <translation>À vérifier</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Needs review ({count})</source>
      <translation>À vérifier ({count})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Next order</source>
      <comment>review queue</comment>
      <translation>Commande suivante</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Order &amp;menu</source>
      <translation>&amp;Menu de la commande</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Orders awaiting a decision, across all accounts</source>
      <translation>Commandes en attente de décision, tous comptes confondus</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Previous order</source>
      <comment>review queue</comment>
      <translation>Commande précédente</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Reset &amp;filters</source>
      <translation>Réinitialiser les &amp;filtres</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Save as &amp;view…</source>
      <translation>Enregistrer comme v&amp;ue…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Select &amp;all matching</source>
      <translation>Sélectionner &amp;tous les résultats</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Set &amp;due date…</source>
      <translation>Définir la date d’&amp;échéance…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>View {number}</source>
      <translation>Vue {number}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>View: {name}</source>
      <translation>Vue : {name}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>{tip} ({key})</source>
      <comment>a tooltip with its key</comment>
      <translation>{tip} ({key})</translation>
    </message>
  </context>
  <context>
    <name>WindowStatusBar</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>%n order(s)</source>
      <translation>
        <numerusform>%n commande</numerusform>
        <numerusform>%n commandes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>%n selected</source>
      <comment>orders</comment>
      <translation>
        <numerusform>%n sélectionnée</numerusform>
        <numerusform>%n sélectionnées</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>API budget {left}/{limit} a minute</source>
      <translation>Budget API {left}/{limit} par minute</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>Carried on where the last reading stopped.</source>
      <translation>Reprise là où la dernière lecture s'était arrêtée.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>Offline</source>
      <translation>Hors ligne</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>Reading orders… {done} of {total}</source>
      <translation>Lecture des commandes… {done} sur {total}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>Reading orders… {done} of {total} (page {page} of {pages})</source>
      <translation>Lecture des commandes… {done} sur {total} (page {page} sur {pages})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>Reading orders… {done} of {total} (page {page} of {pages}), {left} left</source>
      <translation>Lecture des commandes… {done} sur {total} (page {page} sur {pages}), encore {left}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>Reading recent orders… {done} of about {total} (page {page} of {pages}), {left} left</source>
      <translation>Lecture des commandes récentes… {done} sur environ {total} (page {page} sur {pages}), encore {left}</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>Searching %n order(s)…</source>
      <translation>
        <numerusform>Recherche dans %n commande…</numerusform>
        <numerusform>Recherche dans %n commandes…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>The list shows the orders read so far: you can work with them while the rest arrive. If the console is closed, reading carries on where it stopped.</source>
      <translation>La liste affiche les commandes déjà lues : vous pouvez les traiter pendant que les autres arrivent. Si la console est fermée, la lecture reprend là où elle s'est arrêtée.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>{context}: {message}</source>
      <comment>what failed: why</comment>
      <translation>{context} : {message}</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>{found}+ of %n order(s), counting…</source>
      <translation>
        <numerusform>{found}+ sur %n commande, décompte en cours…</numerusform>
        <numerusform>{found}+ sur %n commandes, décompte en cours…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>{shown} of %n order(s)</source>
      <translation>
        <numerusform>{shown} sur %n commande</numerusform>
        <numerusform>{shown} sur %n commandes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>_AccountMarks</name>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Approving moves to:</source>
      <translation>L’approbation passe à :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Cancelling moves to:</source>
      <translation>L’annulation passe à :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Needs review:</source>
      <translation>À vérifier :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Not set</source>
      <comment>destination status</comment>
      <translation>Non défini</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Refresh this account once to see its statuses.</source>
      <translation>Actualisez ce compte une fois pour voir ses statuts.</translation>
    </message>
  </context>
</TS>
