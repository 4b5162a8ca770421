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
    <name>BillingTabs</name>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Amount</source>
      <translation>Betrag</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Amount due</source>
      <translation>Offener Betrag</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Bill to</source>
      <translation>Rechnungsempfänger</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Cancel invoice</source>
      <translation>Rechnung stornieren</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Close</source>
      <comment>an invoice</comment>
      <translation>Abschließen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Complete</source>
      <comment>a shipment</comment>
      <translation>Vollständig</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Consider the invoice paid; Apruve stops collecting</source>
      <translation>Die Rechnung als bezahlt betrachten; Apruve stellt den Einzug ein</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Delivered</source>
      <translation>Zugestellt am</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Due</source>
      <translation>Fällig am</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Export PDF…</source>
      <translation>Als PDF exportieren…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Finalize the order first: an invoice is issued once the buyer can see the order</source>
      <translation>Schließen Sie zuerst die Bestellung ab: Eine Rechnung wird ausgestellt, sobald der Käufer die Bestellung sehen kann</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Fiscal representative</source>
      <translation>Fiskalvertreter</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Invoice</source>
      <translation>Rechnung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Invoices</source>
      <translation>Rechnungen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Issue</source>
      <comment>an invoice</comment>
      <translation>Ausstellen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Issued</source>
      <translation>Ausgestellt am</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Item</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Items</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Method</source>
      <translation>Zahlungsart</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>No invoices yet.</source>
      <translation>Noch keine Rechnungen.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Notes</source>
      <translation>Anmerkungen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Partial</source>
      <comment>a shipment</comment>
      <translation>Teilweise</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Payments</source>
      <translation>Zahlungen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Print…</source>
      <translation>Drucken…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Qty</source>
      <translation>Menge</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Record return…</source>
      <translation>Rücksendung erfassen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Record shipment…</source>
      <translation>Sendung erfassen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Refunds</source>
      <translation>Erstattungen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Remit to</source>
      <translation>Zahlungsempfänger</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Returned</source>
      <translation>Zurückgegeben</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Returns</source>
      <translation>Rücksendungen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>SKU</source>
      <translation>Art.-Nr.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Send the invoice to the buyer for payment</source>
      <translation>Die Rechnung dem Käufer zur Zahlung senden</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Ship to</source>
      <translation>Lieferanschrift</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Shipments</source>
      <translation>Sendungen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Shipped</source>
      <translation>Versandt am</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Shipper</source>
      <translation>Versanddienstleister</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Shipping</source>
      <translation>Versand</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Sold to</source>
      <translation>Verkauft an</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Tax</source>
      <translation>Steuer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Terms of delivery</source>
      <translation>Lieferbedingungen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>The server does not list which items this shipment carried.</source>
      <translation>Der Server gibt nicht an, welche Artikel diese Sendung enthielt.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Total</source>
      <translation>Gesamt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Tracking number</source>
      <translation>Sendungsnummer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/billing_tabs.py" />
      <source>Unit price</source>
      <translation>Einzelpreis</translation>
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
    <name>InvoiceDocument</name>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Adjustments</source>
      <translation>Anpassungen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Amount</source>
      <translation>Betrag</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Amount due</source>
      <translation>Offener Betrag</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Amounts in {currency}</source>
      <translation>Beträge in {currency}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Bill to</source>
      <translation>Rechnungsempfänger</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/output.py" />
      <source>Cannot save the invoice as {file}: {reason}</source>
      <translation>Die Rechnung kann nicht als {file} gespeichert werden: {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/output.py" />
      <source>Cannot save the invoice in {folder}: {reason}</source>
      <translation>Die Rechnung kann nicht in {folder} gespeichert werden: {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/output.py" />
      <source>Cannot write {file}</source>
      <translation>{file} kann nicht geschrieben werden</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/output.py" />
      <source>Cannot write {file}: the PDF was not completed</source>
      <translation>{file} kann nicht geschrieben werden: Das PDF wurde nicht fertiggestellt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Discount</source>
      <translation>Rabatt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Due date</source>
      <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Fax {number}</source>
      <translation>Fax {number}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Fiscal representative</source>
      <translation>Fiskalvertreter</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>INVOICE</source>
      <comment>the printed document's title</comment>
      <translation>RECHNUNG</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Invoice no.</source>
      <translation>Rechnungsnr.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Invoice {reference}</source>
      <translation>Rechnung {reference}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Invoice {reference}.pdf</source>
      <translation>Rechnung {reference}.pdf</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Invoice.pdf</source>
      <translation>Rechnung.pdf</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Issue date</source>
      <translation>Rechnungsdatum</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Item</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Notes</source>
      <translation>Anmerkungen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Order</source>
      <translation>Bestellung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/pages.py" />
      <source>Page {page} of {count}</source>
      <translation>Seite {page} von {count}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Paid or credited</source>
      <translation>Bezahlt oder gutgeschrieben</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/output.py" />
      <source>Print Invoice</source>
      <translation>Rechnung drucken</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/output.py" />
      <source>Print Invoice {reference}</source>
      <translation>Rechnung {reference} drucken</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Qty</source>
      <translation>Menge</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Remit payment to</source>
      <translation>Zahlung an</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>SKU {sku}</source>
      <translation>Art.-Nr. {sku}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Ship to</source>
      <translation>Lieferanschrift</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Shipping</source>
      <translation>Versand</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Sold to</source>
      <translation>Verkauft an</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Subtotal</source>
      <translation>Zwischensumme</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Tax</source>
      <translation>Steuer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Tax exempt: {reason}</source>
      <translation>Steuerbefreit: {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Tax rate</source>
      <translation>Steuersatz</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Tel. {number}</source>
      <translation>Tel. {number}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Terms of delivery</source>
      <translation>Lieferbedingungen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/output.py" />
      <source>The invoice could not be printed: the printer did not start.</source>
      <translation>Die Rechnung konnte nicht gedruckt werden: Der Drucker ist nicht gestartet.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Total</source>
      <translation>Gesamtbetrag</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/invoice_document/markup.py" />
      <source>Unit price</source>
      <translation>Einzelpreis</translation>
    </message>
  </context>
  <context>
    <name>JobRow</name>
    <message>
      <location filename="../approval_console/ui/widgets/jobs_indicator.py" />
      <source>Dismiss</source>
      <translation>Ausblenden</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/jobs_indicator.py" />
      <source>Show progress</source>
      <translation>Fortschritt anzeigen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/jobs_indicator.py" />
      <source>Show report</source>
      <translation>Bericht anzeigen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/jobs_indicator.py" />
      <source>Stop</source>
      <comment>a job</comment>
      <translation>Anhalten</translation>
    </message>
  </context>
  <context>
    <name>JobsIndicator</name>
    <message>
      <location filename="../approval_console/ui/widgets/jobs_indicator.py" />
      <source>Background jobs: their progress, and their reports</source>
      <translation>Hintergrundaufträge: ihr Fortschritt und ihre Berichte</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/jobs_indicator.py" />
      <source>Closing this window does not stop it: it goes on, and Jobs in the status bar shows how far it got and opens this report again.</source>
      <translation>Das Schließen dieses Fensters hält den Auftrag nicht an: Er läuft weiter, und „Aufträge“ in der Statusleiste zeigt, wie weit er ist, und öffnet diesen Bericht wieder.</translation>
    </message>
  </context>
  <context>
    <name>JobsPanel</name>
    <message>
      <location filename="../approval_console/ui/widgets/jobs_indicator.py" />
      <source>Jobs</source>
      <translation>Aufträge</translation>
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
    <name>ReadProblemView</name>
    <message>
      <location filename="../approval_console/ui/widgets/read_problem.py" />
      <source>The orders below are those saved on this computer.</source>
      <translation>Die Bestellungen unten sind die auf diesem Computer gespeicherten.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/read_problem.py" />
      <source>Try again</source>
      <translation>Erneut versuchen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/read_problem.py" />
      <source>Trying again…</source>
      <translation>Neuer Versuch…</translation>
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
  <context>
    <name>WelcomePanel</name>
    <message>
      <location filename="../approval_console/ui/widgets/welcome.py" />
      <source>Add account…</source>
      <translation>Konto hinzufügen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/welcome.py" />
      <source>Add an account to see its orders</source>
      <translation>Fügen Sie ein Konto hinzu, um seine Bestellungen zu sehen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/welcome.py" />
      <source>Approval Console shows the orders of {systems} and {last} accounts, from a copy kept on this computer, and changes them for you. An account needs the system's address and its API key or password, which is kept in this computer's keyring, never in a file.</source>
      <translation>Approval Console zeigt die Bestellungen von Konten bei {systems} und {last} aus einer auf diesem Computer gespeicherten Kopie und ändert sie für Sie. Ein Konto benötigt die Adresse des Systems und seinen API-Schlüssel oder sein Passwort, das im Schlüsselbund dieses Computers aufbewahrt wird, nie in einer Datei.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/welcome.py" />
      <source>To look around first, start &lt;tt&gt;approval-console --demo&lt;/tt&gt;: a sample account of each kind, on a sandbox that runs on this computer.</source>
      <translation>Um sich zuerst umzusehen, starten Sie &lt;tt&gt;approval-console --demo&lt;/tt&gt;: ein Beispielkonto jeder Art, auf einer Sandbox, die auf diesem Computer läuft.</translation>
    </message>
  </context>
</TS>
