<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>AccountView</name>
    <message>
      <location filename="../approval_console/ui/main_window/accounts.py" />
      <source>(demo)</source>
      <translation>(Demo)</translation>
    </message>
  </context>
  <context>
    <name>ActivityViewModel</name>
    <message>
      <location filename="../approval_console/ui/viewmodels/activity.py" />
      <source>Exporting the activity log</source>
      <translation>Aktivitätsprotokoll wird exportiert</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/activity.py" />
      <source>Reading the activity log</source>
      <translation>Aktivitätsprotokoll wird gelesen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/activity.py" />
      <source>Retrying changes</source>
      <translation>Änderungen werden erneut versucht</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/activity.py" />
      <source>The activity could not be exported: {reason}</source>
      <translation>Die Aktivität konnte nicht exportiert werden: {reason}</translation>
    </message>
  </context>
  <context>
    <name>ActivityWindow</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n applied</source>
      <translation>
        <numerusform>%n angewendet</numerusform>
        <numerusform>%n angewendet</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n change(s)</source>
      <translation>
        <numerusform>%n Änderung</numerusform>
        <numerusform>%n Änderungen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n change(s) exported to {path}</source>
      <translation>
        <numerusform>%n Änderung nach {path} exportiert</numerusform>
        <numerusform>%n Änderungen nach {path} exportiert</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n held back: changed meanwhile</source>
      <translation>
        <numerusform>%n zurückgehalten: inzwischen geändert</numerusform>
        <numerusform>%n zurückgehalten: inzwischen geändert</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n left as they were</source>
      <translation>
        <numerusform>%n unverändert gelassen</numerusform>
        <numerusform>%n unverändert gelassen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n not applied</source>
      <translation>
        <numerusform>%n nicht angewendet</numerusform>
        <numerusform>%n nicht angewendet</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n not sent</source>
      <translation>
        <numerusform>%n nicht gesendet</numerusform>
        <numerusform>%n nicht gesendet</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n order(s) selected in the list.</source>
      <translation>
        <numerusform>%n Bestellung in der Liste ausgewählt.</numerusform>
        <numerusform>%n Bestellungen in der Liste ausgewählt.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>%n still in doubt</source>
      <translation>
        <numerusform>%n noch ungewiss</numerusform>
        <numerusform>%n noch ungewiss</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>&amp;Export…</source>
      <translation>&amp;Exportieren…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>&amp;Retry</source>
      <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>&amp;Show in list</source>
      <translation>In der &amp;Liste zeigen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Account</source>
      <translation>Konto</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Activity log — Approval Console</source>
      <translation>Aktivitätsprotokoll — Approval Console</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>All accounts</source>
      <translation>Alle Konten</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Any day</source>
      <translation>Jeder Tag</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Any outcome</source>
      <translation>Jedes Ergebnis</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>CSV files (*.csv)</source>
      <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>CSV files for Excel, UTF-8 with a byte order mark (*.csv)</source>
      <translation>CSV-Dateien für Excel, UTF-8 mit Byte-Order-Mark (*.csv)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Cancel e&amp;xport</source>
      <translation>E&amp;xport abbrechen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Day</source>
      <translation>Tag</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Export canceled; no file was written.</source>
      <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Export the activity log as CSV</source>
      <translation>Aktivitätsprotokoll als CSV exportieren</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Exporting %n change(s)…</source>
      <translation>
        <numerusform>%n Änderung wird exportiert…</numerusform>
        <numerusform>%n Änderungen werden exportiert…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Exporting… {done} of {total}</source>
      <translation>Export läuft… {done} von {total}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Last 7 days</source>
      <translation>Letzte 7 Tage</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>On a day…</source>
      <translation>An einem Tag…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Order number</source>
      <translation>Bestellnummer</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Orders of %n other account(s) are not shown there.</source>
      <translation>
        <numerusform>Bestellungen von %n weiteren Konto werden dort nicht angezeigt.</numerusform>
        <numerusform>Bestellungen von %n weiteren Konten werden dort nicht angezeigt.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Outcome</source>
      <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Retried %n change(s): {outcomes}.</source>
      <translation>
        <numerusform>%n Änderung erneut versucht: {outcomes}.</numerusform>
        <numerusform>%n Änderungen erneut versucht: {outcomes}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Retrying %n change(s)…</source>
      <translation>
        <numerusform>%n Änderung wird erneut versucht…</numerusform>
        <numerusform>%n Änderungen werden erneut versucht…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Send again what was not applied</source>
      <translation>Erneut senden, was nicht angewendet wurde</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Today</source>
      <translation>Heute</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Yesterday</source>
      <translation>Gestern</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>{change} on {order}: {reason}</source>
      <translation>{change} bei {order}: {reason}</translation>
    </message>
  </context>
  <context>
    <name>BulkAction</name>
    <message>
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Approve</source>
      <translation>Genehmigen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Cancel</source>
      <translation>Stornieren</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Finalize</source>
      <translation>Abschließen</translation>
    </message>
  </context>
  <context>
    <name>BulkActionViewModel</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Approve %n order(s)</source>
      <translation>
        <numerusform>%n Bestellung genehmigen</numerusform>
        <numerusform>%n Bestellungen genehmigen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Approve %n order(s) anyway</source>
      <translation>
        <numerusform>%n Bestellung trotzdem genehmigen</numerusform>
        <numerusform>%n Bestellungen trotzdem genehmigen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Cancel %n order(s)</source>
      <translation>
        <numerusform>%n Bestellung stornieren</numerusform>
        <numerusform>%n Bestellungen stornieren</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Cancel %n order(s) anyway</source>
      <translation>
        <numerusform>%n Bestellung trotzdem stornieren</numerusform>
        <numerusform>%n Bestellungen trotzdem stornieren</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Finalize %n order(s)</source>
      <translation>
        <numerusform>%n Bestellung abschließen</numerusform>
        <numerusform>%n Bestellungen abschließen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk_action.py" />
      <source>Finalize %n order(s) anyway</source>
      <translation>
        <numerusform>%n Bestellung trotzdem abschließen</numerusform>
        <numerusform>%n Bestellungen trotzdem abschließen</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BulkChangeViewModel</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk.py" />
      <source>Change %n order(s) to {status}</source>
      <translation>
        <numerusform>%n Bestellung auf {status} setzen</numerusform>
        <numerusform>%n Bestellungen auf {status} setzen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/bulk.py" />
      <source>Change %n order(s) to {status} anyway</source>
      <translation>
        <numerusform>%n Bestellung trotzdem auf {status} setzen</numerusform>
        <numerusform>%n Bestellungen trotzdem auf {status} setzen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/bulk.py" />
      <source>{applied} applied · {not_applied} not applied</source>
      <translation>Angewendet: {applied} · nicht angewendet: {not_applied}</translation>
    </message>
  </context>
  <context>
    <name>BulkJob</name>
    <message>
      <location filename="../approval_console/ui/viewmodels/bulk.py" />
      <source>{summary} · still checking</source>
      <translation>{summary} · wird noch geprüft</translation>
    </message>
  </context>
  <context>
    <name>DetailViewModel</name>
    <message>
      <location filename="../approval_console/ui/viewmodels/detail.py" />
      <source>Could not read the statuses this order can take: {reason}</source>
      <translation>Die möglichen Status dieser Bestellung konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/detail.py" />
      <source>No order with that number and email.</source>
      <translation>Keine Bestellung mit dieser Nummer und E-Mail-Adresse.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/detail.py" />
      <source>Offline: showing the saved history. ({reason})</source>
      <translation>Offline: gespeicherter Verlauf wird angezeigt. ({reason})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/detail.py" />
      <source>The seller's details could not be read: {reason}</source>
      <translation>Die Angaben des Verkäufers konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/detail.py" />
      <source>This order no longer exists on the server.</source>
      <translation>Diese Bestellung existiert auf dem Server nicht mehr.</translation>
    </message>
  </context>
  <context>
    <name>ExportRun</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/export_actions.py" />
      <source>%n order(s) written to {file}</source>
      <translation>
        <numerusform>%n Bestellung in {file} geschrieben</numerusform>
        <numerusform>%n Bestellungen in {file} geschrieben</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Canceled: {what}</source>
      <translation>Abgebrochen: {what}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Export canceled: {what}</source>
      <translation>Export abgebrochen: {what}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Export failed</source>
      <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Exported %n order(s) to {file}</source>
      <translation>
        <numerusform>%n Bestellung nach {file} exportiert</numerusform>
        <numerusform>%n Bestellungen nach {file} exportiert</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>{file} could not be written. {reason} {what}</source>
      <translation>{file} konnte nicht geschrieben werden. {reason} {what}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>{file} could not be written: {reason}. {what}</source>
      <translation>{file} konnte nicht geschrieben werden: {reason}. {what}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>{file} was left as it was.</source>
      <translation>{file} blieb unverändert.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>{file} was not written.</source>
      <translation>{file} wurde nicht geschrieben.</translation>
    </message>
  </context>
  <context>
    <name>ExportStatus</name>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Exporting to {file}…</source>
      <translation>Export nach {file}…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Open folder</source>
      <translation>Ordner öffnen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Stop the export; {file} is left as it was</source>
      <translation>Export anhalten; {file} bleibt unverändert</translation>
    </message>
  </context>
  <context>
    <name>Exports</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Export %n order(s) to {file}</source>
      <translation>
        <numerusform>%n Bestellung nach {file} exportieren</numerusform>
        <numerusform>%n Bestellungen nach {file} exportieren</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Export the report to CSV</source>
      <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Export the report to {file}</source>
      <translation>Bericht nach {file} exportieren</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>Export to CSV</source>
      <translation>Als CSV exportieren</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/export_actions.py" />
      <source>There are no orders in the list to export.</source>
      <translation>Die Liste enthält keine Bestellungen zum Exportieren.</translation>
    </message>
  </context>
  <context>
    <name>InvoiceActions</name>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>Cancel invoice</source>
      <translation>Rechnung stornieren</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>Cancel invoice {name}? The buyer will not be asked to pay it.</source>
      <translation>Rechnung {name} stornieren? Der Käufer wird nicht zur Zahlung aufgefordert.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>Close invoice</source>
      <translation>Rechnung abschließen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>Close invoice {name}? It is then considered paid as it stands and no longer collected.</source>
      <translation>Rechnung {name} abschließen? Sie gilt dann im jetzigen Stand als bezahlt und wird nicht mehr eingezogen.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>Export invoice as PDF</source>
      <translation>Rechnung als PDF exportieren</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>Invoice saved to {path}</source>
      <translation>Rechnung gespeichert unter {path}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>The invoice could not be saved: {reason}</source>
      <translation>Die Rechnung konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_actions.py" />
      <source>The order's invoices are still loading.</source>
      <translation>Die Rechnungen der Bestellung werden noch geladen.</translation>
    </message>
  </context>
  <context>
    <name>Job</name>
    <message>
      <location filename="../approval_console/ui/jobs.py" />
      <source>Done</source>
      <translation>Fertig</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/jobs.py" />
      <source>Failed</source>
      <translation>Fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/jobs.py" />
      <source>Running</source>
      <translation>Läuft</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/jobs.py" />
      <source>Stopped</source>
      <translation>Angehalten</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/jobs.py" />
      <source>Stopping</source>
      <translation>Wird angehalten</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/jobs.py" />
      <source>Stopping · {done} of {total}</source>
      <translation>Wird angehalten · {done} von {total}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/jobs.py" />
      <source>{done} of {total}</source>
      <translation>{done} von {total}</translation>
    </message>
  </context>
  <context>
    <name>JobList</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/jobs.py" />
      <source>%n finished</source>
      <comment>jobs</comment>
      <translation>
        <numerusform>%n abgeschlossen</numerusform>
        <numerusform>%n abgeschlossen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/jobs.py" />
      <source>%n job(s) finished</source>
      <translation>
        <numerusform>%n Auftrag abgeschlossen</numerusform>
        <numerusform>%n Aufträge abgeschlossen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/jobs.py" />
      <source>%n job(s) running · {done}/{total}</source>
      <translation>
        <numerusform>%n Auftrag läuft · {done}/{total}</numerusform>
        <numerusform>%n Aufträge laufen · {done}/{total}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>JobsPanel</name>
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Running</source>
      <translation>Läuft</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../approval_console/ui/main_window/window.py" />
      <source>Account</source>
      <translation>Konto</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/window.py" />
      <source>Keep working</source>
      <translation>Weiterarbeiten</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/window.py" />
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/window.py" />
      <source>Quit while changes are running</source>
      <translation>Beenden, während Änderungen laufen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/window.py" />
      <source>Search number, customer or email  (Ctrl+F)</source>
      <translation>Nummer, Kunde oder E-Mail suchen  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/window.py" />
      <source>Those orders' account no longer exists.</source>
      <translation>Das Konto dieser Bestellungen existiert nicht mehr.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/window.py" />
      <source>What was already sent is checked with the server when you start again, and what was not is offered to send then.</source>
      <translation>Was bereits gesendet wurde, wird beim nächsten Start mit dem Server abgeglichen; was nicht gesendet wurde, wird dann zum Senden angeboten.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/window.py" />
      <source>{names} are still running ({done} of {total} done). Quit anyway?</source>
      <translation>{names} laufen noch ({done} von {total} erledigt). Trotzdem beenden?</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/window.py" />
      <source>{names} is still running ({done} of {total} done). Quit anyway?</source>
      <translation>{names} läuft noch ({done} von {total} erledigt). Trotzdem beenden?</translation>
    </message>
  </context>
  <context>
    <name>NoticeBanner</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>%n unsent change(s) belong to an account no longer set up ({account} at {address}): add it again (File → Accounts…) to send them.</source>
      <translation>
        <numerusform>%n nicht gesendete Änderung gehört zu einem Konto, das nicht mehr eingerichtet ist ({account} unter {address}): Fügen Sie es erneut hinzu (Datei → Konten…), um sie zu senden.</numerusform>
        <numerusform>%n nicht gesendete Änderungen gehören zu einem Konto, das nicht mehr eingerichtet ist ({account} unter {address}): Fügen Sie es erneut hinzu (Datei → Konten…), um sie zu senden.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>%n was never sent.</source>
      <comment>changes</comment>
      <translation>
        <numerusform>%n wurde nie gesendet.</numerusform>
        <numerusform>%n wurden nie gesendet.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>Changes interrupted last time were checked with the server: {summary}.</source>
      <translation>Die beim letzten Mal unterbrochenen Änderungen wurden mit dem Server abgeglichen: {summary}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>Discard</source>
      <translation>Verwerfen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>Dismiss</source>
      <translation>Ausblenden</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>Interrupted changes sent: {summary}.</source>
      <translation>Unterbrochene Änderungen gesendet: {summary}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>Send them now</source>
      <translation>Jetzt senden</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>Sending the interrupted changes…</source>
      <translation>Unterbrochene Änderungen werden gesendet…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>The local copy of your orders could not be read, so it is being read again from your accounts. The old file is kept at {path}.</source>
      <translation>Die lokale Kopie Ihrer Bestellungen konnte nicht gelesen werden und wird daher erneut aus Ihren Konten gelesen. Die alte Datei liegt unter {path}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>The settings file could not be read, so your accounts need adding again (File → Accounts…). The old file is kept at {path}.</source>
      <translation>Die Einstellungsdatei konnte nicht gelesen werden; Ihre Konten müssen daher erneut hinzugefügt werden (Datei → Konten…). Die alte Datei liegt unter {path}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>The settings file could not be read; your accounts were restored from the last good copy. The damaged file is kept at {path}.</source>
      <translation>Die Einstellungsdatei konnte nicht gelesen werden; Ihre Konten wurden aus der letzten intakten Kopie wiederhergestellt. Die beschädigte Datei liegt unter {path}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/notice_banner.py" />
      <source>an unknown address</source>
      <translation>einer unbekannten Adresse</translation>
    </message>
  </context>
  <context>
    <name>OrderActions</name>
    <message>
      <location filename="../approval_console/ui/main_window/order_actions.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/order_actions.py" />
      <source>&amp;Undo: {change}</source>
      <translation>&amp;Rückgängig: {change}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/order_actions.py" />
      <source>Cancel order</source>
      <translation>Bestellung stornieren</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/order_actions.py" />
      <source>Cancel order {order}?</source>
      <translation>Bestellung {order} stornieren?</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/order_actions.py" />
      <source>Changed %n order(s) to {status}.</source>
      <translation>
        <numerusform>%n Bestellung wurde auf {status} gesetzt.</numerusform>
        <numerusform>%n Bestellungen wurden auf {status} gesetzt.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/order_actions.py" />
      <source>Changed {order} to its new status.</source>
      <translation>{order} wurde auf den neuen Status gesetzt.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/order_actions.py" />
      <source>Changed {order} to {status}.</source>
      <translation>{order} wurde auf {status} gesetzt.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/order_actions.py" />
      <source>Its unpaid invoices are canceled with it.</source>
      <translation>Ihre offenen Rechnungen werden mit ihr storniert.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/order_actions.py" />
      <source>Select an order first.</source>
      <translation>Wählen Sie zuerst eine Bestellung aus.</translation>
    </message>
  </context>
  <context>
    <name>Outcome</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>%n already had it</source>
      <translation>
        <numerusform>%n hatte dies bereits</numerusform>
        <numerusform>%n hatten dies bereits</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>%n applied</source>
      <translation>
        <numerusform>%n angewendet</numerusform>
        <numerusform>%n angewendet</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>%n changed meanwhile by someone else: not sent</source>
      <translation>
        <numerusform>%n inzwischen von jemand anderem geändert: nicht gesendet</numerusform>
        <numerusform>%n inzwischen von jemand anderem geändert: nicht gesendet</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>%n not applied</source>
      <translation>
        <numerusform>%n nicht angewendet</numerusform>
        <numerusform>%n nicht angewendet</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>%n not sent</source>
      <translation>
        <numerusform>%n nicht gesendet</numerusform>
        <numerusform>%n nicht gesendet</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>%n unknown</source>
      <translation>
        <numerusform>%n unbekannt</numerusform>
        <numerusform>%n unbekannt</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>nothing to do</source>
      <translation>nichts zu tun</translation>
    </message>
  </context>
  <context>
    <name>ReadProblem</name>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Cannot reach the server of “{name}”</source>
      <translation>Der Server von „{name}“ ist nicht erreichbar</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Check that the address in File → Accounts… is that of the API.</source>
      <translation>Prüfen Sie, ob die Adresse unter Datei → Konten… die der API ist.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Check that the address in File → Accounts… is that of the {api} API.</source>
      <translation>Prüfen Sie, ob die Adresse unter Datei → Konten… die der {api}-API ist.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Check the address in File → Accounts…</source>
      <translation>Adresse unter Datei → Konten… prüfen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Check the key in File → Accounts…</source>
      <translation>Schlüssel unter Datei → Konten… prüfen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Check this computer's network connection, then try again.</source>
      <translation>Prüfen Sie die Netzwerkverbindung dieses Computers und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>It answered: {said}</source>
      <translation>Seine Antwort: {said}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Its key would travel in clear: give it an https:// address.</source>
      <translation>Sein Schlüssel würde unverschlüsselt übertragen: Geben Sie eine https://-Adresse an.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>No key is stored for “{name}”</source>
      <translation>Für „{name}“ ist kein Schlüssel gespeichert</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Once a key is stored, the orders are read again.</source>
      <translation>Sobald ein Schlüssel gespeichert ist, werden die Bestellungen erneut gelesen.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Once the server accepts the key, the orders are read again.</source>
      <translation>Sobald der Server den Schlüssel annimmt, werden die Bestellungen erneut gelesen.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>The orders of “{name}” could not be read</source>
      <translation>Die Bestellungen von „{name}“ konnten nicht gelesen werden</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>The server of “{name}” did not answer as the API does</source>
      <translation>Der Server von „{name}“ hat nicht wie die API geantwortet</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>The server of “{name}” did not answer as the {api} API does</source>
      <translation>Der Server von „{name}“ hat nicht wie die {api}-API geantwortet</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>The server of “{name}” failed to answer</source>
      <translation>Der Server von „{name}“ hat nicht geantwortet</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>The server refused the key of “{name}”</source>
      <translation>Der Server hat den Schlüssel von „{name}“ abgelehnt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>The system keyring holds no key for this account.</source>
      <translation>Der Schlüsselbund des Systems enthält keinen Schlüssel für dieses Konto.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>This is usually brief: try again in a minute.</source>
      <translation>Das ist meist nur kurz: Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Try again</source>
      <translation>Erneut versuchen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Try again; if it keeps failing, check the account in File → Accounts…</source>
      <translation>Versuchen Sie es erneut; wenn es weiter fehlschlägt, prüfen Sie das Konto unter Datei → Konten…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>“{name}” was not contacted</source>
      <translation>„{name}“ wurde nicht kontaktiert</translation>
    </message>
  </context>
  <context>
    <name>Review</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>%n from {account}.</source>
      <translation>
        <numerusform>%n von {account}.</numerusform>
        <numerusform>%n von {account}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>%n from {account}: the customers are not told.</source>
      <translation>
        <numerusform>%n von {account}: Die Kunden werden nicht benachrichtigt.</numerusform>
        <numerusform>%n von {account}: Die Kunden werden nicht benachrichtigt.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>%n from {account}: the customers are told.</source>
      <translation>
        <numerusform>%n von {account}: Die Kunden werden benachrichtigt.</numerusform>
        <numerusform>%n von {account}: Die Kunden werden benachrichtigt.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>%n selected is left as it is: {reasons}</source>
      <translation>
        <numerusform>%n ausgewählte Bestellung bleibt unverändert: {reasons}</numerusform>
        <numerusform>%n ausgewählte Bestellungen bleiben unverändert: {reasons}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>Approve</source>
      <translation>Genehmigen</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>Approve %n</source>
      <comment>orders</comment>
      <translation>
        <numerusform>%n genehmigen</numerusform>
        <numerusform>%n genehmigen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>Approve %n order(s)?</source>
      <translation>
        <numerusform>%n Bestellung genehmigen?</numerusform>
        <numerusform>%n Bestellungen genehmigen?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>Approve order</source>
      <translation>Bestellung genehmigen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>Approve order {order}?</source>
      <translation>Bestellung {order} genehmigen?</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>Approve orders</source>
      <translation>Bestellungen genehmigen</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>Cancel %n order(s)</source>
      <translation>
        <numerusform>%n Bestellung stornieren</numerusform>
        <numerusform>%n Bestellungen stornieren</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_question.py" />
      <source>Cancel %n order(s)?</source>
      <translation>
        <numerusform>%n Bestellung stornieren?</numerusform>
        <numerusform>%n Bestellungen stornieren?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>Cancel order</source>
      <translation>Bestellung stornieren</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>Cancel order {order}?</source>
      <translation>Bestellung {order} stornieren?</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>Cancel orders</source>
      <translation>Bestellungen stornieren</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>Keep them</source>
      <translation>Behalten</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>Not now</source>
      <translation>Nicht jetzt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>The customer is not told.</source>
      <translation>Der Kunde wird nicht benachrichtigt.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>The customer is told.</source>
      <translation>Der Kunde wird benachrichtigt.</translation>
    </message>
  </context>
  <context>
    <name>ReviewQueueViewModel</name>
    <message>
      <location filename="../approval_console/ui/viewmodels/review.py" />
      <source>Refreshing {account} ({number} of {total})…</source>
      <translation>{account} wird aktualisiert ({number} von {total})…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/review.py" />
      <source>This account no longer exists.</source>
      <translation>Dieses Konto existiert nicht mehr.</translation>
    </message>
  </context>
  <context>
    <name>ReviewWindow</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>%n approved.</source>
      <translation>
        <numerusform>%n genehmigt.</numerusform>
        <numerusform>%n genehmigt.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>%n awaiting a decision</source>
      <translation>
        <numerusform>%n wartet auf Entscheidung</numerusform>
        <numerusform>%n warten auf Entscheidung</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>%n canceled.</source>
      <translation>
        <numerusform>%n storniert.</numerusform>
        <numerusform>%n storniert.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>%n of them cannot be decided here and is left as it is.</source>
      <translation>
        <numerusform>%n davon kann hier nicht entschieden werden und bleibt unverändert.</numerusform>
        <numerusform>%n davon können hier nicht entschieden werden und bleiben unverändert.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>%n order(s)</source>
      <translation>
        <numerusform>%n Bestellung</numerusform>
        <numerusform>%n Bestellungen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>%n selected.</source>
      <translation>
        <numerusform>%n ausgewählt.</numerusform>
        <numerusform>%n ausgewählt.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>%n waiting on their buyer</source>
      <translation>
        <numerusform>%n wartet auf den Käufer</numerusform>
        <numerusform>%n warten auf den Käufer</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>A approve · C cancel · J next · K previous · Shift+↓ select more · Esc close</source>
      <translation>A genehmigen · C stornieren · J nächste · K vorherige · Umschalt+↓ mehr auswählen · Esc schließen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>All accounts</source>
      <translation>Alle Konten</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Amount {amount}</source>
      <translation>Betrag {amount}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Apply anyway</source>
      <translation>Trotzdem anwenden</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Approve  (A)</source>
      <translation>Genehmigen  (A)</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>Approve %n selected  (A)</source>
      <translation>
        <numerusform>%n ausgewählte genehmigen  (A)</numerusform>
        <numerusform>%n ausgewählte genehmigen  (A)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Approve anyway</source>
      <translation>Trotzdem genehmigen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Approved by:</source>
      <translation>Genehmigt von:</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>Cancel %n selected  (C)</source>
      <translation>
        <numerusform>%n ausgewählte stornieren  (C)</numerusform>
        <numerusform>%n ausgewählte stornieren  (C)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Cancel anyway</source>
      <translation>Trotzdem stornieren</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Cancel order  (C)</source>
      <translation>Bestellung stornieren  (C)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Export this list, or the selected orders, to CSV (Ctrl+E)</source>
      <translation>Diese Liste oder die ausgewählten Bestellungen als CSV exportieren (Ctrl+E)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Export…</source>
      <translation>Exportieren…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Mark which statuses of status-based accounts need review</source>
      <translation>Festlegen, welche Status statusbasierter Konten eine Prüfung erfordern</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Needs review</source>
      <translation>Prüfung erforderlich</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>No orders.</source>
      <translation>Keine Bestellungen.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Nobody in particular</source>
      <translation>Niemand Bestimmtes</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Not done for {problems}</source>
      <translation>Nicht ausgeführt für {problems}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Nothing awaits a decision.</source>
      <translation>Nichts wartet auf eine Entscheidung.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Nothing to approve here.</source>
      <translation>Hier ist nichts zu genehmigen.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Nothing to approve: {reasons}</source>
      <translation>Nichts zu genehmigen: {reasons}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Nothing to cancel here.</source>
      <translation>Hier ist nichts zu stornieren.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Nothing to cancel: {reasons}</source>
      <translation>Nichts zu stornieren: {reasons}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Nothing waits.</source>
      <translation>Nichts wartet.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Notify the customer</source>
      <translation>Kunden benachrichtigen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Orders awaiting their buyer's approval: nothing to decide here, only to follow up</source>
      <translation>Bestellungen, die auf die Genehmigung ihres Käufers warten: hier nichts zu entscheiden, nur nachzuverfolgen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Refresh all accounts</source>
      <translation>Alle Konten aktualisieren</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Review settings…</source>
      <translation>Prüfeinstellungen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Search number, customer or email</source>
      <translation>Nummer, Kunde oder E-Mail suchen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Sending…</source>
      <translation>Wird gesendet…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>This store emails its customer when an order is canceled, not when approved.</source>
      <translation>Dieser Shop benachrichtigt seinen Kunden per E-Mail, wenn eine Bestellung storniert wird, nicht wenn sie genehmigt wird.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Waiting on buyers</source>
      <translation>Wartet auf Käufer</translation>
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
        <numerusform>%n E-Mail-Adresse kopiert.</numerusform>
        <numerusform>%n E-Mail-Adressen kopiert.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>Copied %n link(s).</source>
      <translation>
        <numerusform>%n Link kopiert.</numerusform>
        <numerusform>%n Links kopiert.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>Copied %n number(s).</source>
      <translation>
        <numerusform>%n Nummer kopiert.</numerusform>
        <numerusform>%n Nummern kopiert.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>Copied the email: {value}</source>
      <translation>E-Mail-Adresse kopiert: {value}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>Copied the link: {value}</source>
      <translation>Link kopiert: {value}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>Copied the number: {value}</source>
      <translation>Nummer kopiert: {value}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>Copy &amp;email</source>
      <translation>&amp;E-Mail kopieren</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>Copy &amp;link to the order in {title}</source>
      <translation>&amp;Link zur Bestellung in {title} kopieren</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>Copy &amp;number</source>
      <translation>&amp;Nummer kopieren</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>No emails to copy.</source>
      <translation>Keine E-Mail-Adressen zum Kopieren.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>No links to copy.</source>
      <translation>Keine Links zum Kopieren.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/row_menu.py" />
      <source>No numbers to copy.</source>
      <translation>Keine Nummern zum Kopieren.</translation>
    </message>
  </context>
  <context>
    <name>SavedViews</name>
    <message>
      <location filename="../approval_console/ui/main_window/saved_views.py" />
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/saved_views.py" />
      <source>Delete the view “{view}”?</source>
      <translation>Ansicht „{view}“ löschen?</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/saved_views.py" />
      <source>Delete view</source>
      <translation>Ansicht löschen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/saved_views.py" />
      <source>Its filters, sort and columns are forgotten; the orders stay as they are.</source>
      <translation>Ihre Filter, Sortierung und Spalten werden verworfen; die Bestellungen bleiben unverändert.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/saved_views.py" />
      <source>Saved the view “{view}”.</source>
      <translation>Ansicht „{view}“ gespeichert.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/saved_views.py" />
      <source>The account of “{view}” was removed: the view shows nothing.</source>
      <translation>Das Konto von „{view}“ wurde entfernt: Die Ansicht zeigt nichts an.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/saved_views.py" />
      <source>The views the console comes with can be brought back: right-click the views and choose Restore default views.</source>
      <translation>Die mitgelieferten Ansichten lassen sich wiederherstellen: Klicken Sie mit der rechten Maustaste auf die Ansichten und wählen Sie Standardansichten wiederherstellen.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/saved_views.py" />
      <source>Updated the view “{view}”.</source>
      <translation>Ansicht „{view}“ aktualisiert.</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Last refreshed {time} · refresh failed</source>
      <translation>Zuletzt aktualisiert {time} · Aktualisierung fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Refresh failed</source>
      <translation>Aktualisierung fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Refreshed {time}</source>
      <translation>Aktualisiert {time}</translation>
    </message>
  </context>
  <context>
    <name>SessionViewModel</name>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Could not check interrupted changes: {reason}</source>
      <translation>Unterbrochene Änderungen konnten nicht geprüft werden: {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>No account: add one under File → Accounts…</source>
      <translation>Kein Konto: Fügen Sie eines unter Datei → Konten… hinzu</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Offline: showing saved orders</source>
      <translation>Offline: gespeicherte Bestellungen werden angezeigt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Refresh failed: {reason}</source>
      <translation>Aktualisierung fehlgeschlagen: {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Refreshing…</source>
      <translation>Wird aktualisiert…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>The server refused the key: check File → Accounts…</source>
      <translation>Der Server hat den Schlüssel abgelehnt: Prüfen Sie Datei → Konten…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>Up to date</source>
      <translation>Aktuell</translation>
    </message>
  </context>
  <context>
    <name>UndoNotice</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>%n already had its earlier status again ({orders})</source>
      <translation>
        <numerusform>%n hatte bereits wieder den früheren Status ({orders})</numerusform>
        <numerusform>%n hatten bereits wieder den früheren Status ({orders})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>%n could not be put back ({orders})</source>
      <translation>
        <numerusform>%n konnte nicht zurückgesetzt werden ({orders})</numerusform>
        <numerusform>%n konnten nicht zurückgesetzt werden ({orders})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>%n had changed since ({orders})</source>
      <translation>
        <numerusform>%n hatte sich inzwischen geändert ({orders})</numerusform>
        <numerusform>%n hatten sich inzwischen geändert ({orders})</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Dismiss</source>
      <translation>Ausblenden</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Nothing was put back: the change had not reached any order.</source>
      <translation>Nichts wurde zurückgesetzt: Die Änderung hatte keine Bestellung erreicht.</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Put back %n order(s)</source>
      <translation>
        <numerusform>%n Bestellung zurückgesetzt</numerusform>
        <numerusform>%n Bestellungen zurückgesetzt</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Put back what this change changed (Ctrl+Z)</source>
      <translation>Zurücksetzen, was diese Änderung geändert hat (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Put back {done} of {total}</source>
      <translation>{done} von {total} zurückgesetzt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Undo ({seconds} s)</source>
      <translation>Rückgängig ({seconds} s)</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>and %n more</source>
      <translation>
        <numerusform>und %n weitere</numerusform>
        <numerusform>und %n weitere</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UndoOffer</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Approved %n order(s).</source>
      <translation>
        <numerusform>%n Bestellung genehmigt.</numerusform>
        <numerusform>%n Bestellungen genehmigt.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Canceled %n order(s).</source>
      <translation>
        <numerusform>%n Bestellung storniert.</numerusform>
        <numerusform>%n Bestellungen storniert.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Changed %n order(s).</source>
      <translation>
        <numerusform>%n Bestellung geändert.</numerusform>
        <numerusform>%n Bestellungen geändert.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Putting back…</source>
      <translation>Wird zurückgesetzt…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/undo_notice.py" />
      <source>Undo did not finish: {reason}</source>
      <translation>Rückgängig machen wurde nicht abgeschlossen: {reason}</translation>
    </message>
  </context>
  <context>
    <name>WindowStatusBar</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>%n order(s)</source>
      <translation>
        <numerusform>%n Bestellung</numerusform>
        <numerusform>%n Bestellungen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>%n selected</source>
      <comment>orders</comment>
      <translation>
        <numerusform>%n ausgewählt</numerusform>
        <numerusform>%n ausgewählt</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>API budget {left}/{limit} a minute</source>
      <translation>API-Budget {left}/{limit} pro Minute</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>Offline</source>
      <translation>Offline</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>Reading orders… {done} of {total}</source>
      <translation>Bestellungen werden gelesen… {done} von {total}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>{context}: {message}</source>
      <comment>what failed: why</comment>
      <translation>{context}: {message}</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>{shown} of %n order(s)</source>
      <translation>
        <numerusform>{shown} von %n Bestellung</numerusform>
        <numerusform>{shown} von %n Bestellungen</numerusform>
      </translation>
    </message>
  </context>
</TS>
