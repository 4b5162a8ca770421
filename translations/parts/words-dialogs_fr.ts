<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <name>Confirmation</name>
    <message>
      <location filename="../approval_console/ui/dialogs/confirm.py" />
      <source>Keep it</source>
      <translation>Ne rien changer</translation>
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
      <source>{hours} h {minutes} min</source>
      <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>{minutes} min {seconds} s</source>
      <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>{seconds} s</source>
      <translation>{seconds} s</translation>
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
    <name>Outcome</name>
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
</TS>
