<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>AcrossAccountsModel</name>
    <message>
      <location filename="../approval_console/ui/models/across.py" />
      <source>Account</source>
      <translation>Konto</translation>
    </message>
  </context>
  <context>
    <name>ActivityModel</name>
    <message>
      <location filename="../approval_console/ui/models/activity.py" />
      <source>Account</source>
      <translation>Konto</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/activity.py" />
      <source>Change</source>
      <translation>Änderung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/activity.py" />
      <source>Order</source>
      <translation>Bestellung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/activity.py" />
      <source>Outcome</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/activity.py" />
      <source>When</source>
      <translation>Zeitpunkt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/activity.py" />
      <source>Why</source>
      <translation>Grund</translation>
    </message>
  </context>
  <context>
    <name>ChoiceButton</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>%n chosen</source>
      <translation>
        <numerusform>%n ausgewählt</numerusform>
        <numerusform>%n ausgewählt</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Any</source>
      <translation>Alle</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Nothing to choose yet</source>
      <translation>Noch nichts zur Auswahl</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>{filter}: {chosen}</source>
      <translation>{filter}: {chosen}</translation>
    </message>
  </context>
  <context>
    <name>ColumnChooser</name>
    <message>
      <location filename="../approval_console/ui/widgets/column_chooser.py" />
      <source>Reset columns</source>
      <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/column_chooser.py" />
      <source>{column} (not kept by this account)</source>
      <translation>{column} (von diesem Konto nicht geführt)</translation>
    </message>
  </context>
  <context>
    <name>CommentEditor</name>
    <message>
      <location filename="../approval_console/ui/widgets/comment_box.py" />
      <source>Comment</source>
      <translation>Kommentar</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/comment_box.py" />
      <source>Public (visible to the customer)</source>
      <translation>Öffentlich (für den Kunden sichtbar)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/comment_box.py" />
      <source>The server refused this comment.</source>
      <translation>Der Server hat diesen Kommentar abgelehnt.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/comment_box.py" />
      <source>Write a comment…</source>
      <translation>Kommentar schreiben…</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Add comment</source>
      <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Amount {amount}</source>
      <translation>Betrag {amount}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Apply anyway</source>
      <translation>Trotzdem anwenden</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Approve</source>
      <translation>Genehmigen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Cancel order…</source>
      <translation>Bestellung stornieren…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Change status…</source>
      <translation>Status ändern…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Comment</source>
      <translation>Kommentar</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Create invoice…</source>
      <translation>Rechnung erstellen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Due date</source>
      <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Due date…</source>
      <translation>Fälligkeitsdatum…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Due {dates}</source>
      <translation>Fällig {dates}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Due {dates} · overdue</source>
      <translation>Fällig {dates} · überfällig</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Finalize</source>
      <translation>Abschließen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Fulfillment: sent as “{word}”</source>
      <translation>Ausführung: gesendet als „{word}“</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Fulfillment: {state}</source>
      <translation>Ausführung: {state}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Invoice</source>
      <translation>Rechnung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Invoice change</source>
      <translation>Rechnungsänderung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Language: {language}</source>
      <translation>Sprache: {language}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Let the order go ahead (it awaits a decision)</source>
      <translation>Die Bestellung freigeben (sie wartet auf eine Entscheidung)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Loading history…</source>
      <translation>Verlauf wird geladen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>No due date</source>
      <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>No history yet</source>
      <translation>Noch kein Verlauf</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Order change</source>
      <translation>Bestelländerung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Payment: sent as “{word}”</source>
      <translation>Zahlung: gesendet als „{word}“</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Payment: {state}</source>
      <translation>Zahlung: {state}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Present the order to the buyer for approval</source>
      <translation>Die Bestellung dem Käufer zur Genehmigung vorlegen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Progress the customer sees</source>
      <translation>Fortschritt aus Kundensicht</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Return</source>
      <translation>Rücksendung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Select an order to see its history and progress.</source>
      <translation>Wählen Sie eine Bestellung aus, um ihren Verlauf und Fortschritt zu sehen.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Send the change to the order as it is now</source>
      <translation>Die Änderung an die Bestellung in ihrem jetzigen Stand senden</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Shipment</source>
      <translation>Sendung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Status change</source>
      <translation>Statusänderung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>Tags: {tags}</source>
      <translation>Tags: {tags}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>refused</source>
      <translation>abgelehnt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>{action} not saved: {reason}</source>
      <translation>{action} nicht gespeichert: {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>{action} not sent: {reason}. Look at the order as it is now, then apply anyway if it still should be.</source>
      <translation>{action} nicht gesendet: {reason}. Sehen Sie sich die Bestellung in ihrem jetzigen Stand an und wenden Sie die Änderung trotzdem an, falls sie weiterhin gelten soll.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>{action} saved.</source>
      <translation>{action} gespeichert.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>{action}: the server did not confirm it yet ({reason}). It will be checked again before anything is resent.</source>
      <translation>{action}: Der Server hat dies noch nicht bestätigt ({reason}). Vor jedem erneuten Senden wird es noch einmal geprüft.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/detail_pane.py" />
      <source>{number}  (canceled)</source>
      <translation>{number}  (storniert)</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>&amp;Overdue orders only</source>
      <translation>Nur &amp;überfällige Bestellungen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>+ Add filter</source>
      <translation>+ Filter hinzufügen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Account</source>
      <translation>Konto</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Awaiting a decision</source>
      <translation>Wartet auf Entscheidung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Canceled hidden</source>
      <translation>Stornierte ausgeblendet</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Changed today</source>
      <translation>Heute geändert</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Due between</source>
      <translation>Fällig zwischen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Due between…</source>
      <translation>Fällig zwischen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Due this week</source>
      <translation>Diese Woche fällig</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Due: {start} – {end}</source>
      <translation>Fällig: {start} – {end}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Financial</source>
      <translation>Zahlung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Fulfillment</source>
      <translation>Ausführung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>No status</source>
      <translation>Kein Status</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Only orders past their due date and not yet shipped, fulfilled or canceled ({shortcut})</source>
      <translation>Nur Bestellungen, deren Fälligkeitsdatum überschritten ist und die noch nicht versandt, ausgeführt oder storniert sind ({shortcut})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Overdue</source>
      <translation>Überfällig</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Reset filters</source>
      <translation>Filter zurücksetzen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Show canceled</source>
      <translation>Stornierte anzeigen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>Tags</source>
      <translation>Tags</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>and</source>
      <comment>between two dates</comment>
      <translation>und</translation>
    </message>
  </context>
  <context>
    <name>FilterChip</name>
    <message>
      <location filename="../approval_console/ui/widgets/filter_chips.py" />
      <source>Remove filter {filter}</source>
      <translation>Filter {filter} entfernen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_chips.py" />
      <source>Remove this filter ({filter})</source>
      <translation>Diesen Filter entfernen ({filter})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/filter_chips.py" />
      <source>{filter}: {names}</source>
      <translation>{filter}: {names}</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/filter_chips.py" />
      <source>{filter}: {names} and %n more</source>
      <translation>
        <numerusform>{filter}: {names} und %n weiterer</numerusform>
        <numerusform>{filter}: {names} und %n weitere</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HistoryTimeline</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n day(s) ago</source>
      <translation>
        <numerusform>vor %n Tag</numerusform>
        <numerusform>vor %n Tagen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n hour(s) ago</source>
      <translation>
        <numerusform>vor %n Stunde</numerusform>
        <numerusform>vor %n Stunden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n minute(s) ago</source>
      <translation>
        <numerusform>vor %n Minute</numerusform>
        <numerusform>vor %n Minuten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n month(s) ago</source>
      <translation>
        <numerusform>vor %n Monat</numerusform>
        <numerusform>vor %n Monaten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n week(s) ago</source>
      <translation>
        <numerusform>vor %n Woche</numerusform>
        <numerusform>vor %n Wochen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n year(s) ago</source>
      <translation>
        <numerusform>vor %n Jahr</numerusform>
        <numerusform>vor %n Jahren</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>Comment</source>
      <translation>Kommentar</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>No history yet</source>
      <translation>Noch kein Verlauf</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>Order history</source>
      <translation>Bestellverlauf</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>Private</source>
      <translation>Privat</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>Public</source>
      <translation>Öffentlich</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>Status → {status}</source>
      <translation>Status → {status}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>Unknown status</source>
      <translation>Unbekannter Status</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n day(s)</source>
      <translation>
        <numerusform>in %n Tag</numerusform>
        <numerusform>in %n Tagen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n hour(s)</source>
      <translation>
        <numerusform>in %n Stunde</numerusform>
        <numerusform>in %n Stunden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n minute(s)</source>
      <translation>
        <numerusform>in %n Minute</numerusform>
        <numerusform>in %n Minuten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n month(s)</source>
      <translation>
        <numerusform>in %n Monat</numerusform>
        <numerusform>in %n Monaten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n week(s)</source>
      <translation>
        <numerusform>in %n Woche</numerusform>
        <numerusform>in %n Wochen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n year(s)</source>
      <translation>
        <numerusform>in %n Jahr</numerusform>
        <numerusform>in %n Jahren</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>just now</source>
      <translation>gerade eben</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>tomorrow</source>
      <translation>morgen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>yesterday</source>
      <translation>gestern</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>{time} · {ago}</source>
      <translation>{time} · {ago}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>{time} · {ago} · by {person}</source>
      <translation>{time} · {ago} · von {person}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>✉ Email</source>
      <translation>✉ E-Mail</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>✉ Email to {recipient}</source>
      <translation>✉ E-Mail an {recipient}</translation>
    </message>
  </context>
  <context>
    <name>OrderTableModel</name>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Amount</source>
      <translation>Betrag</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Canceled {when}</source>
      <translation>Storniert am {when}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Created</source>
      <translation>Erstellt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Customer</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Financial</source>
      <translation>Zahlung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Fulfillment</source>
      <translation>Ausführung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>No status</source>
      <translation>Kein Status</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Sent as “{word}”</source>
      <translation>Gesendet als „{word}“</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/models/orders.py" />
      <source>Status changed</source>
      <translation>Status geändert</translation>
    </message>
  </context>
  <context>
    <name>ProgressStepper</name>
    <message>
      <location filename="../approval_console/ui/widgets/stepper.py" />
      <source>No progress timeline</source>
      <translation>Keine Fortschrittszeitachse</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/stepper.py" />
      <source>Public progress</source>
      <translation>Öffentlicher Fortschritt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/stepper.py" />
      <source>Step {number} of {total}: {step}</source>
      <translation>Schritt {number} von {total}: {step}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/stepper.py" />
      <source>completed</source>
      <translation>abgeschlossen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/stepper.py" />
      <source>current step</source>
      <translation>aktueller Schritt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/stepper.py" />
      <source>not reached yet</source>
      <translation>noch nicht erreicht</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/stepper.py" />
      <source>{done} of %n step(s) completed</source>
      <translation>
        <numerusform>{done} von %n Schritt abgeschlossen</numerusform>
        <numerusform>{done} von %n Schritten abgeschlossen</numerusform>
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
    <name>StatusChip</name>
    <message>
      <location filename="../approval_console/ui/widgets/status_chip.py" />
      <source>No status</source>
      <translation>Kein Status</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/status_chip.py" />
      <source>Status: {status}</source>
      <translation>Status: {status}</translation>
    </message>
  </context>
  <context>
    <name>ViewsBar</name>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>All orders</source>
      <translation>Alle Bestellungen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Changed since chosen: Update view keeps the change.</source>
      <translation>Seit der Auswahl geändert: „Ansicht aktualisieren“ übernimmt die Änderung.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Changed today</source>
      <translation>Heute geändert</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Delete…</source>
      <translation>Löschen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Due this week</source>
      <translation>Diese Woche fällig</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Make the view show what the list shows now</source>
      <translation>Die Ansicht zeigen lassen, was die Liste jetzt zeigt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Move left</source>
      <translation>Nach links verschieben</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Move right</source>
      <translation>Nach rechts verschieben</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Needs review</source>
      <translation>Prüfung erforderlich</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Overdue</source>
      <translation>Überfällig</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Rename…</source>
      <translation>Umbenennen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Restore default views</source>
      <translation>Standardansichten wiederherstellen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Save as view…</source>
      <translation>Als Ansicht speichern…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Save the list's filters, search, sort and columns (Ctrl+S)</source>
      <translation>Filter, Suche, Sortierung und Spalten der Liste speichern (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Saved views</source>
      <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Show</source>
      <comment>a saved view</comment>
      <translation>Anzeigen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Update view</source>
      <translation>Ansicht aktualisieren</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>all accounts (opens their window)</source>
      <translation>alle Konten (öffnet deren Fenster)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>one account</source>
      <translation>ein bestimmtes Konto</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>the account that is open</source>
      <translation>das geöffnete Konto</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>{view}: {shows}</source>
      <translation>{view}: {shows}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>{view}: {shows} (Alt+{number})</source>
      <translation>{view}: {shows} (Alt+{number})</translation>
    </message>
  </context>
</TS>
