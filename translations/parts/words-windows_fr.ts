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
    <name>ActivityViewModel</name>
    <message>
      <location filename="../approval_console/ui/viewmodels/activity.py" />
      <source>Exporting the activity log</source>
      <translation>Export du journal d'activité</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/activity.py" />
      <source>Reading the activity log</source>
      <translation>Lecture du journal d'activité</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/activity.py" />
      <source>Retrying changes</source>
      <translation>Nouvel essai des modifications</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/activity.py" />
      <source>The activity could not be exported: {reason}</source>
      <translation>L'activité n'a pas pu être exportée : {reason}</translation>
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
      <translation>Journal d'activité — Approval Console</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>All accounts</source>
      <translation>Tous les comptes</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Any day</source>
      <translation>N'importe quel jour</translation>
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
      <translation>Fichiers CSV pour Excel, UTF-8 avec marque d'ordre des octets (*.csv)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Cancel e&amp;xport</source>
      <translation>Annuler l'e&amp;xport</translation>
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
      <translation>Export annulé ; aucun fichier n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Export the activity log as CSV</source>
      <translation>Exporter le journal d'activité en CSV</translation>
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
        <numerusform>Les commandes de %n autre compte n'y sont pas affichées.</numerusform>
        <numerusform>Les commandes de %n autres comptes n'y sont pas affichées.</numerusform>
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
      <translation>Renvoyer ce qui n'a pas été appliqué</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Today</source>
      <translation>Aujourd'hui</translation>
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
      <translation>Hors ligne : affichage de l'historique enregistré. ({reason})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/detail.py" />
      <source>The seller's details could not be read: {reason}</source>
      <translation>Les coordonnées du vendeur n'ont pas pu être lues : {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/detail.py" />
      <source>This order no longer exists on the server.</source>
      <translation>Cette commande n'existe plus sur le serveur.</translation>
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
      <translation>Échec de l'export</translation>
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
      <translation>{file} n'a pas pu être écrit. {reason} {what}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>{file} could not be written: {reason}. {what}</source>
      <translation>{file} n'a pas pu être écrit : {reason}. {what}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>{file} was left as it was.</source>
      <translation>{file} a été laissé tel quel.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>{file} was not written.</source>
      <translation>{file} n'a pas été écrit.</translation>
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
      <translation>Arrêter l'export ; {file} reste tel quel</translation>
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
    <name>InvoiceActions</name>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>Cancel invoice</source>
      <translation>Annuler la facture</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>Cancel invoice {name}? The buyer will not be asked to pay it.</source>
      <translation>Annuler la facture {name} ? L'acheteur ne sera pas invité à la payer.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>Close invoice</source>
      <translation>Clôturer la facture</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>Close invoice {name}? It is then considered paid as it stands and no longer collected.</source>
      <translation>Clôturer la facture {name} ? Elle est alors considérée comme payée en l'état et n'est plus recouvrée.</translation>
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
      <translation>La facture n'a pas pu être enregistrée : {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>The order's invoices are still loading.</source>
      <translation>Les factures de la commande sont encore en cours de chargement.</translation>
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
    <name>JobsPanel</name>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Running</source>
      <translation>En cours</translation>
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
      <translation>Le compte de ces commandes n'existe plus.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/window.py" />
      <source>What was already sent is checked with the server when you start again, and what was not is offered to send then.</source>
      <translation>Ce qui a déjà été envoyé est vérifié auprès du serveur au prochain démarrage, et ce qui ne l'a pas été vous est alors proposé à l'envoi.</translation>
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
    <name>NoticeBanner</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>%n unsent change(s) belong to an account no longer set up ({account} at {address}): add it again (File → Accounts…) to send them.</source>
      <translation>
        <numerusform>%n modification non envoyée appartient à un compte qui n'est plus configuré ({account} à {address}) : ajoutez-le à nouveau (Fichier → Comptes…) pour l'envoyer.</numerusform>
        <numerusform>%n modifications non envoyées appartiennent à un compte qui n'est plus configuré ({account} à {address}) : ajoutez-le à nouveau (Fichier → Comptes…) pour les envoyer.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>%n was never sent.</source>
      <comment>changes</comment>
      <translation>
        <numerusform>%n n'a jamais été envoyée.</numerusform>
        <numerusform>%n n'ont jamais été envoyées.</numerusform>
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
      <translation>La copie locale de vos commandes n'a pas pu être lue ; elle est donc relue depuis vos comptes. L'ancien fichier est conservé dans {path}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>The settings file could not be read, so your accounts need adding again (File → Accounts…). The old file is kept at {path}.</source>
      <translation>Le fichier de paramètres n'a pas pu être lu ; vos comptes doivent donc être ajoutés à nouveau (Fichier → Comptes…). L'ancien fichier est conservé dans {path}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>The settings file could not be read; your accounts were restored from the last good copy. The damaged file is kept at {path}.</source>
      <translation>Le fichier de paramètres n'a pas pu être lu ; vos comptes ont été restaurés depuis la dernière copie valide. Le fichier endommagé est conservé dans {path}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>an unknown address</source>
      <translation>une adresse inconnue</translation>
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
      <translation>Sélectionnez d'abord une commande.</translation>
    </message>
  </context>
  <context>
    <name>Outcome</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>%n already had it</source>
      <translation>
        <numerusform>%n l'avait déjà</numerusform>
        <numerusform>%n l'avaient déjà</numerusform>
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
        <numerusform>%n modifiée entre-temps par quelqu'un d'autre : non envoyée</numerusform>
        <numerusform>%n modifiées entre-temps par quelqu'un d'autre : non envoyées</numerusform>
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
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>nothing to do</source>
      <translation>rien à faire</translation>
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
      <translation>Vérifiez que l'adresse indiquée dans Fichier → Comptes… est bien celle de l'API.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Check that the address in File → Accounts… is that of the {api} API.</source>
      <translation>Vérifiez que l'adresse indiquée dans Fichier → Comptes… est bien celle de l'API {api}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Check the address in File → Accounts…</source>
      <translation>Vérifier l'adresse dans Fichier → Comptes…</translation>
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
      <translation>Aucune clé n'est enregistrée pour « {name} »</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Once a key is stored, the orders are read again.</source>
      <translation>Dès qu'une clé sera enregistrée, les commandes seront relues.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Once the server accepts the key, the orders are read again.</source>
      <translation>Dès que le serveur acceptera la clé, les commandes seront relues.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>The orders of “{name}” could not be read</source>
      <translation>Les commandes de « {name} » n'ont pas pu être lues</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>The server of “{name}” did not answer as the API does</source>
      <translation>Le serveur de « {name} » n'a pas répondu comme le fait l'API</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>The server of “{name}” did not answer as the {api} API does</source>
      <translation>Le serveur de « {name} » n'a pas répondu comme le fait l'API {api}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>The server of “{name}” failed to answer</source>
      <translation>Le serveur de « {name} » n'a pas répondu</translation>
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
      <translation>C'est généralement passager : réessayez dans une minute.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Try again</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Try again; if it keeps failing, check the account in File → Accounts…</source>
      <translation>Réessayez ; si l'échec persiste, vérifiez le compte dans Fichier → Comptes…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>“{name}” was not contacted</source>
      <translation>« {name} » n'a pas été contacté</translation>
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
        <numerusform>%n de {account} : les clients n'en sont pas informés.</numerusform>
        <numerusform>%n de {account} : les clients n'en sont pas informés.</numerusform>
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
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>Cancel %n order(s)</source>
      <translation>
        <numerusform>Annuler %n commande</numerusform>
        <numerusform>Annuler %n commandes</numerusform>
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
      <location filename="../approval_console/ui/review_question.py" />
      <source>Keep them</source>
      <translation>Les conserver</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>Not now</source>
      <translation>Pas maintenant</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>The customer is not told.</source>
      <translation>Le client n'en est pas informé.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>The customer is told.</source>
      <translation>Le client en est informé.</translation>
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
      <translation>Ce compte n'existe plus.</translation>
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
      <location filename="../approval_console/ui/review_window.py" />
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
        <numerusform>%n d'entre elles ne peut pas être décidée ici et reste telle quelle.</numerusform>
        <numerusform>%n d'entre elles ne peuvent pas être décidées ici et restent telles quelles.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
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
      <location filename="../approval_console/ui/review_window.py" />
      <source>%n waiting on their buyer</source>
      <translation>
        <numerusform>%n en attente de son acheteur</numerusform>
        <numerusform>%n en attente de leur acheteur</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>A approve · C cancel · J next · K previous · Shift+↓ select more · Esc close</source>
      <translation>A approuver · C annuler · J suivante · K précédente · Maj+↓ sélectionner plus · Échap fermer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
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
      <source>Approve  (A)</source>
      <translation>Approuver  (A)</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>Approve %n selected  (A)</source>
      <translation>
        <numerusform>Approuver %n sélectionnée  (A)</numerusform>
        <numerusform>Approuver %n sélectionnées  (A)</numerusform>
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
      <source>Cancel %n selected  (C)</source>
      <translation>
        <numerusform>Annuler %n sélectionnée  (C)</numerusform>
        <numerusform>Annuler %n sélectionnées  (C)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Cancel anyway</source>
      <translation>Annuler quand même</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Cancel order  (C)</source>
      <translation>Annuler la commande  (C)</translation>
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
      <location filename="../approval_console/ui/review_window.py" />
      <source>Needs review</source>
      <translation>À vérifier</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
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
      <location filename="../approval_console/ui/review_window.py" />
      <source>Nothing awaits a decision.</source>
      <translation>Rien n'est en attente de décision.</translation>
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
      <location filename="../approval_console/ui/review_window.py" />
      <source>Nothing waits.</source>
      <translation>Rien n'est en attente.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Notify the customer</source>
      <translation>Informer le client</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Orders awaiting their buyer's approval: nothing to decide here, only to follow up</source>
      <translation>Commandes en attente de l'approbation de leur acheteur : rien à décider ici, seulement à suivre</translation>
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
      <location filename="../approval_console/ui/review_window.py" />
      <source>This store emails its customer when an order is canceled, not when approved.</source>
      <translation>Cette boutique envoie un e-mail à son client quand une commande est annulée, pas quand elle est approuvée.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Waiting on buyers</source>
      <translation>En attente des acheteurs</translation>
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
      <translation>Le compte de « {view} » a été supprimé : la vue n'affiche rien.</translation>
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
    <name>Session</name>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Last refreshed {time} · refresh failed</source>
      <translation>Dernière actualisation {time} · échec de l'actualisation</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Refresh failed</source>
      <translation>Échec de l'actualisation</translation>
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
      <translation>Échec de l'actualisation : {reason}</translation>
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
        <numerusform>%n n'a pas pu être rétablie ({orders})</numerusform>
        <numerusform>%n n'ont pas pu être rétablies ({orders})</numerusform>
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
      <translation>Rien n'a été rétabli : la modification n'avait atteint aucune commande.</translation>
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
      <translation>L'annulation n'a pas abouti : {reason}</translation>
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
      <source>{context}: {message}</source>
      <comment>what failed: why</comment>
      <translation>{context} : {message}</translation>
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
</TS>
