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
    <name>Accounts</name>
    <message>
      <location filename="../approval_console/core/settings.py" />
      <source>Enter a full address such as https://app.example.com.</source>
      <translation>Geben Sie eine vollständige Adresse ein, etwa https://app.example.com.</translation>
    </message>
    <message>
      <location filename="../approval_console/app.py" />
      <source>No key is stored for the account {name}.</source>
      <translation>Für das Konto {name} ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
      <location filename="../approval_console/core/settings.py" />
      <source>Plain http:// is only allowed for this computer (127.0.0.1); use https://.</source>
      <translation>Unverschlüsseltes http:// ist nur für diesen Computer (127.0.0.1) erlaubt; verwenden Sie https://.</translation>
    </message>
    <message>
      <location filename="../approval_console/app.py" />
      <source>There is no account {id}.</source>
      <translation>Es gibt kein Konto {id}.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/account_ops.py" />
      <source>This account no longer exists.</source>
      <translation>Dieses Konto existiert nicht mehr.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/account_ops.py" />
      <source>This account's server does not say who the seller is.</source>
      <translation>Der Server dieses Kontos gibt den Verkäufer nicht an.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/account_ops.py" />
      <source>This account's server keeps no contacts.</source>
      <translation>Der Server dieses Kontos führt keine Kontakte.</translation>
    </message>
  </context>
  <context>
    <name>AccountsDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>&lt;b&gt;The server refused this key: save anyway?&lt;/b&gt;&lt;br&gt;Until the key is fixed, the console cannot read this account's orders.</source>
      <translation>&lt;b&gt;Der Server hat diesen Schlüssel abgelehnt: Trotzdem speichern?&lt;/b&gt;&lt;br&gt;Solange der Schlüssel nicht korrigiert ist, kann die Konsole die Bestellungen dieses Kontos nicht lesen.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Accounts</source>
      <translation>Konten</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Add an account</source>
      <translation>Konto hinzufügen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Added “{name}”.</source>
      <translation>„{name}“ hinzugefügt.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Add…</source>
      <translation>Hinzufügen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Backend</source>
      <translation>Backend</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Backend:</source>
      <translation>Backend:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Base URL</source>
      <translation>Basis-URL</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Base URL:</source>
      <translation>Basis-URL:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Connect with the stored key and read the status list</source>
      <translation>Mit dem gespeicherten Schlüssel verbinden und die Statusliste lesen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Connect with these settings without saving them</source>
      <translation>Mit diesen Einstellungen verbinden, ohne sie zu speichern</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Connected: %n status(es).</source>
      <translation>
        <numerusform>Verbunden: %n Status.</numerusform>
        <numerusform>Verbunden: %n Status.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Connecting to {address}…</source>
      <translation>Verbindung zu {address} wird hergestellt…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Edit “{name}”</source>
      <translation>„{name}“ bearbeiten</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Edit…</source>
      <translation>Bearbeiten…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Enter a name.</source>
      <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Enter the API key to test the connection.</source>
      <translation>Geben Sie den API-Schlüssel ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Enter the user name.</source>
      <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Enter the {secret}.</source>
      <translation>Geben Sie „{secret}“ ein.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Fix the address.</source>
      <translation>Korrigieren Sie die Adresse.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>For example: Northwind Workshop</source>
      <translation>Zum Beispiel: Northwind Workshop</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Keep</source>
      <translation>Behalten</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Keep editing</source>
      <translation>Weiter bearbeiten</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Leave empty to keep the stored key</source>
      <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>No accounts yet. Add one to start reviewing orders.</source>
      <translation>Noch keine Konten. Fügen Sie eines hinzu, um mit der Prüfung von Bestellungen zu beginnen.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>No key is stored for this account: enter its API key.</source>
      <translation>Für dieses Konto ist kein Schlüssel gespeichert: Geben Sie seinen API-Schlüssel ein.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>No key is stored for “{name}”: edit it to add one.</source>
      <translation>Für „{name}“ ist kein Schlüssel gespeichert: Bearbeiten Sie das Konto, um einen hinzuzufügen.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>No keyring: saving is off.</source>
      <translation>Kein Schlüsselbund: Speichern ist deaktiviert.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>No usable system keyring was found, so API keys cannot be stored safely and nothing can be saved here. Install or unlock a keyring (for example GNOME Keyring or KWallet), then open this window again.</source>
      <translation>Es wurde kein nutzbarer Schlüsselbund des Systems gefunden, daher können API-Schlüssel nicht sicher gespeichert werden, und hier lässt sich nichts speichern. Installieren oder entsperren Sie einen Schlüsselbund (zum Beispiel GNOME Keyring oder KWallet) und öffnen Sie dieses Fenster dann erneut.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Not removed: {reason}</source>
      <translation>Nicht entfernt: {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Nothing was saved.</source>
      <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Paste the API key or password</source>
      <translation>API-Schlüssel oder Passwort einfügen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Remove account</source>
      <translation>Konto entfernen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Remove “{name}”? Its API key is deleted from the system keyring.</source>
      <translation>„{name}“ entfernen? Sein API-Schlüssel wird aus dem Schlüsselbund des Systems gelöscht.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Removed “{name}”.</source>
      <translation>„{name}“ entfernt.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Save anyway</source>
      <translation>Trotzdem speichern</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Saved “{name}”.</source>
      <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Show</source>
      <translation>Anzeigen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Test</source>
      <translation>Testen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>Test connection</source>
      <translation>Verbindung testen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Test failed: the server refused this key ({reason})</source>
      <translation>Test fehlgeschlagen: Der Server hat diesen Schlüssel abgelehnt ({reason})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>Test failed: {reason}</source>
      <translation>Test fehlgeschlagen: {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>The key is kept in the system keyring, never in a file.</source>
      <translation>Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>The user the API is reached as</source>
      <translation>Der Benutzer, als der die API aufgerufen wird</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_words.py" />
      <source>User name:</source>
      <translation>Benutzername:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts.py" />
      <source>{secret}:</source>
      <translation>{secret}:</translation>
    </message>
  </context>
  <context>
    <name>AcrossAccountsModel</name>
    <message>
      <location filename="../approval_console/ui/models/across.py" />
      <source>Account</source>
      <translation>Konto</translation>
    </message>
  </context>
  <context>
    <name>Activity</name>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Add webhook {url}</source>
      <translation>Webhook {url} hinzufügen</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Applied</source>
      <translation>Angewendet</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Approve</source>
      <translation>Genehmigen</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Cancel</source>
      <translation>Stornieren</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Cancel invoice</source>
      <translation>Rechnung stornieren</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Close invoice</source>
      <translation>Rechnung schließen</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Comment</source>
      <translation>Kommentar</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Comment (public)</source>
      <translation>Kommentar (öffentlich)</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Due date cleared</source>
      <translation>Fälligkeitsdatum entfernt</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Due date {day}</source>
      <translation>Fällig {day}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Due date {start} – {end}</source>
      <translation>Fällig {start} – {end}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Finalize</source>
      <translation>Abschließen</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>In flight</source>
      <translation>Unterwegs</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Interrupted</source>
      <translation>Unterbrochen</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Invoice {number}</source>
      <translation>Rechnung {number}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Issue invoice</source>
      <translation>Rechnung ausstellen</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Merchant</source>
      <translation>Händler</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Not applied</source>
      <translation>Nicht angewendet</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Pending</source>
      <translation>Ausstehend</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Pending or in flight</source>
      <translation>Ausstehend oder unterwegs</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Remove webhook {url}</source>
      <translation>Webhook {url} entfernen</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Return {amount}</source>
      <translation>Rücksendung {amount}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Shipment</source>
      <translation>Sendung</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Shipment {tracking}</source>
      <translation>Sendung {tracking}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>Status → {status}</source>
      <translation>Status → {status}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>a webhook is changed again from the merchant's settings</source>
      <translation>ein Webhook wird erneut in den Händlereinstellungen geändert</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>already applied</source>
      <translation>bereits angewendet</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>applied on a later try</source>
      <translation>bei einem späteren Versuch angewendet</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>interrupted in flight; checked with the server before anything is resent</source>
      <translation>während der Übertragung unterbrochen; vor jedem erneuten Senden beim Server geprüft</translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <source>still being sent</source>
      <translation>wird noch gesendet</translation>
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
    <name>Apruve</name>
    <message>
      <location filename="../approval_console/connectors/apruve/client.py" />
      <source>Not found: it does not exist or belongs to another merchant.</source>
      <translation>Nicht gefunden: Es existiert nicht oder gehört einem anderen Händler.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/apruve/client.py" />
      <source>The merchant id is not known yet: set merchant_id in the account options.</source>
      <translation>Die Händler-ID ist noch nicht bekannt: Legen Sie merchant_id in den Kontooptionen fest.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/apruve/serialise.py" />
      <source>There is no record {id}.</source>
      <translation>Es gibt keinen Datensatz {id}.</translation>
    </message>
  </context>
  <context>
    <name>Arlo</name>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>Arlo answered {status}.</source>
      <translation>Arlo antwortete {status}.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>Arlo cannot answer in XML here ({reason}).</source>
      <translation>Arlo kann hier nicht in XML antworten ({reason}).</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>Arlo did not accept the password of API user {user}.</source>
      <translation>Arlo hat das Passwort des API-Benutzers {user} nicht akzeptiert.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>Arlo does not support this request ({reason}).</source>
      <translation>Arlo unterstützt diese Anfrage nicht ({reason}).</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>Arlo has no such record.</source>
      <translation>Arlo hat keinen solchen Datensatz.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>Arlo refused the request as malformed: {reason}</source>
      <translation>Arlo hat die Anfrage als fehlerhaft abgelehnt: {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>There is no {what} {id} in Arlo.</source>
      <translation>In Arlo gibt es kein(e) {what} {id}.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>This Arlo account has no API user name: set the account option 'username' to the Arlo user the console signs in as.</source>
      <translation>Dieses Arlo-Konto hat keinen API-Benutzernamen: Setzen Sie die Kontooption „username“ auf den Arlo-Benutzer, mit dem sich die Konsole anmeldet.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>bad request</source>
      <translation>fehlerhafte Anfrage</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_xml.py" />
      <source>declares a DTD or entities, which are refused for safety</source>
      <translation>deklariert eine DTD oder Entitäten, die aus Sicherheitsgründen abgelehnt werden</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>has no contact href</source>
      <translation>hat keinen Kontakt-href</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>has no order href</source>
      <translation>hat keinen Bestellungs-href</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_xml.py" />
      <source>is empty where XML was expected</source>
      <translation>ist leer, wo XML erwartet wurde</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>is not an Arlo contact id</source>
      <translation>ist keine Arlo-Kontakt-ID</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_xml.py" />
      <source>is not well-formed XML ({reason}, line {line})</source>
      <translation>ist kein wohlgeformtes XML ({reason}, Zeile {line})</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_xml.py" />
      <source>is too large to be an Arlo answer</source>
      <translation>ist zu groß für eine Antwort von Arlo</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>method not allowed</source>
      <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>not acceptable</source>
      <translation>nicht akzeptabel</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>was {status} where Arlo documents 204 No Content</source>
      <translation>war {status}, wo Arlo 204 No Content dokumentiert</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo.py" />
      <source>{id} is not an Arlo contact id.</source>
      <translation>{id} ist keine Arlo-Kontakt-ID.</translation>
    </message>
  </context>
  <context>
    <name>Backend</name>
    <message>
      <location filename="../approval_console/core/backends.py" />
      <source>API key</source>
      <translation>API-Schlüssel</translation>
    </message>
    <message>
      <location filename="../approval_console/core/backends.py" />
      <source>password</source>
      <translation>Passwort</translation>
    </message>
  </context>
  <context>
    <name>Billing</name>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Accepted</source>
      <translation>Angenommen</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Canceled</source>
      <translation>Storniert</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Closed</source>
      <translation>Geschlossen</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Created, not yet escalated for approval</source>
      <translation>Erstellt, noch nicht zur Genehmigung vorgelegt</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Created, not yet issued to the payer</source>
      <translation>Erstellt, dem Zahler noch nicht ausgestellt</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Credit available and approved by the account holder</source>
      <translation>Kredit verfügbar und vom Kontoinhaber genehmigt</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Fully paid by the purchaser</source>
      <translation>Vom Käufer vollständig bezahlt</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Funded</source>
      <translation>Finanziert</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Issued, awaiting payment and/or funding</source>
      <translation>Ausgestellt, wartet auf Zahlung und/oder Finanzierung</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>New</source>
      <translation>Neu</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Open</source>
      <translation>Offen</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Paid to you by the bank, awaiting the purchaser's payment</source>
      <translation>Von der Bank an Sie gezahlt, wartet auf die Zahlung des Käufers</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Pending</source>
      <translation>Ausstehend</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Rejected, short of credit, or canceled by the seller</source>
      <translation>Abgelehnt, Kredit unzureichend oder vom Verkäufer storniert</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Waiting for credit and/or account holder approval</source>
      <translation>Wartet auf Kredit und/oder Genehmigung durch den Kontoinhaber</translation>
    </message>
    <message>
      <location filename="../approval_console/core/billing.py" />
      <source>Withdrawn: no goods provided, no payment received</source>
      <translation>Zurückgezogen: keine Ware geliefert, keine Zahlung erhalten</translation>
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
    <name>Bulk</name>
    <message numerus="yes">
      <location filename="../approval_console/services/viability.py" />
      <source>%n order(s) were not checked, to save the rate budget for the change; the server skips any that cannot take this status and the report will say so.</source>
      <translation>
        <numerusform>%n Bestellung wurde nicht geprüft, um das Anfragekontingent für die Änderung aufzusparen; der Server überspringt alle, die diesen Status nicht annehmen können, und der Bericht weist darauf hin.</numerusform>
        <numerusform>%n Bestellungen wurden nicht geprüft, um das Anfragekontingent für die Änderung aufzusparen; der Server überspringt alle, die diesen Status nicht annehmen können, und der Bericht weist darauf hin.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/viability.py" />
      <source>Checking which orders can take this status used %n request(s) of the API's rate budget.</source>
      <translation>
        <numerusform>Die Prüfung, welche Bestellungen diesen Status annehmen können, hat %n Anfrage des API-Kontingents verbraucht.</numerusform>
        <numerusform>Die Prüfung, welche Bestellungen diesen Status annehmen können, hat %n Anfragen des API-Kontingents verbraucht.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk_source.py" />
      <source>Confirmed by having left “{source}” once its request ran; not read back in “{target}”.</source>
      <translation>Bestätigt, weil sie „{source}“ verlassen hat, nachdem ihre Anfrage ausgeführt wurde; in „{target}“ nicht nachgelesen.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk_source.py" />
      <source>Moved elsewhere while the change ran: it left “{source}” but is not in “{target}”.</source>
      <translation>Während der Änderung anderweitig verschoben: Sie hat „{source}“ verlassen, ist aber nicht in „{target}“.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <source>Queued, but the server had not applied it; checked again at the next start.</source>
      <translation>In der Warteschlange, aber vom Server nicht angewendet; beim nächsten Start erneut geprüft.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <source>Queued; the server had not applied it yet. Still checking.</source>
      <translation>In der Warteschlange; der Server hatte sie noch nicht angewendet. Wird weiter geprüft.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <source>The change stopped on an error in this program ({reason}).</source>
      <translation>Die Änderung wurde durch einen Fehler in diesem Programm abgebrochen ({reason}).</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <source>The order no longer exists.</source>
      <translation>Die Bestellung existiert nicht mehr.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <source>The server's queue did not apply it.</source>
      <translation>Die Warteschlange des Servers hat sie nicht angewendet.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <source>The server's queue skipped it (status not available).</source>
      <translation>Die Warteschlange des Servers hat sie übersprungen (Status nicht verfügbar).</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk_plan.py" />
      <source>This status is not available for this order.</source>
      <translation>Dieser Status ist für diese Bestellung nicht verfügbar.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/viability.py" />
      <source>Which orders can take this status is known from earlier answers: no request was needed.</source>
      <translation>Welche Bestellungen diesen Status annehmen können, ist aus früheren Antworten bekannt: Es war keine Anfrage nötig.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <location filename="../approval_console/services/undo.py" />
      <source>already has this status</source>
      <translation>hat diesen Status bereits</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <location filename="../approval_console/services/bulk_source.py" />
      <source>canceled</source>
      <translation>abgebrochen</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <location filename="../approval_console/services/bulk_source.py" />
      <source>canceled before sending</source>
      <translation>vor dem Senden abgebrochen</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <location filename="../approval_console/services/bulk_source.py" />
      <source>lost in flight</source>
      <translation>bei der Übertragung verloren</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <location filename="../approval_console/services/bulk_source.py" />
      <source>lost in flight and never applied</source>
      <translation>bei der Übertragung verloren und nie angewendet</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <source>the queue has not run it</source>
      <translation>die Warteschlange hat sie noch nicht ausgeführt</translation>
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
    <name>BulkActionDialog</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>%n selected order(s) await(s) no decision and is(are) left out.</source>
      <translation>
        <numerusform>%n ausgewählte Bestellung wartet auf keine Entscheidung und wird ausgelassen.</numerusform>
        <numerusform>%n ausgewählte Bestellungen warten auf keine Entscheidung und werden ausgelassen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>%n selected order(s) is(are) already canceled and is(are) left out.</source>
      <translation>
        <numerusform>%n ausgewählte Bestellung ist bereits storniert und wird ausgelassen.</numerusform>
        <numerusform>%n ausgewählte Bestellungen sind bereits storniert und werden ausgelassen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>%n selected order(s) is(are) not new and is(are) left out.</source>
      <translation>
        <numerusform>%n ausgewählte Bestellung ist nicht neu und wird ausgelassen.</numerusform>
        <numerusform>%n ausgewählte Bestellungen sind nicht neu und werden ausgelassen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>&lt;b&gt;%n&lt;/b&gt; order(s) will be approved. Each order goes ahead.</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; Bestellung wird genehmigt. Sie wird weiter bearbeitet.</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; Bestellungen werden genehmigt. Jede Bestellung wird weiter bearbeitet.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>&lt;b&gt;%n&lt;/b&gt; order(s) will be canceled. It(Each) is canceled with its unpaid invoices; this cannot be undone.</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; Bestellung wird storniert. Sie wird mit ihren offenen Rechnungen storniert; dies kann nicht rückgängig gemacht werden.</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; Bestellungen werden storniert. Jede wird mit ihren offenen Rechnungen storniert; dies kann nicht rückgängig gemacht werden.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>&lt;b&gt;%n&lt;/b&gt; order(s) will be canceled. This cannot be undone.</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; Bestellung wird storniert. Dies kann nicht rückgängig gemacht werden.</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; Bestellungen werden storniert. Dies kann nicht rückgängig gemacht werden.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>&lt;b&gt;%n&lt;/b&gt; order(s) will be finalized. Each order is presented to its buyer for approval.</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; Bestellung wird abgeschlossen. Sie wird ihrem Käufer zur Genehmigung vorgelegt.</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; Bestellungen werden abgeschlossen. Jede Bestellung wird ihrem Käufer zur Genehmigung vorgelegt.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Approve %n order(s)</source>
      <translation>
        <numerusform>%n Bestellung genehmigen</numerusform>
        <numerusform>%n Bestellungen genehmigen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Approve anyway: %n order(s) changed meanwhile</source>
      <translation>
        <numerusform>Trotzdem genehmigen: %n zwischenzeitlich geänderte Bestellung</numerusform>
        <numerusform>Trotzdem genehmigen: %n zwischenzeitlich geänderte Bestellungen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Cancel %n order(s)</source>
      <translation>
        <numerusform>%n Bestellung stornieren</numerusform>
        <numerusform>%n Bestellungen stornieren</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Cancel anyway: %n order(s) changed meanwhile</source>
      <translation>
        <numerusform>Trotzdem stornieren: %n zwischenzeitlich geänderte Bestellung</numerusform>
        <numerusform>Trotzdem stornieren: %n zwischenzeitlich geänderte Bestellungen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Customers are not told.</source>
      <translation>Die Kunden werden nicht benachrichtigt.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Customers are told.</source>
      <translation>Die Kunden werden benachrichtigt.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Export report…</source>
      <translation>Bericht exportieren…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Failed: {message}</source>
      <translation>Fehlgeschlagen: {message}</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Finalize %n order(s)</source>
      <translation>
        <numerusform>%n Bestellung abschließen</numerusform>
        <numerusform>%n Bestellungen abschließen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Finalize anyway: %n order(s) changed meanwhile</source>
      <translation>
        <numerusform>Trotzdem abschließen: %n zwischenzeitlich geänderte Bestellung</numerusform>
        <numerusform>Trotzdem abschließen: %n zwischenzeitlich geänderte Bestellungen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Orders not sent yet are left as they are.</source>
      <translation>Noch nicht gesendete Bestellungen bleiben unverändert.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Sending to the orders changed meanwhile…</source>
      <translation>Wird an die zwischenzeitlich geänderten Bestellungen gesendet…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Sending…</source>
      <translation>Wird gesendet…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Stop sending</source>
      <translation>Senden stoppen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Stopped: {summary}</source>
      <translation>Gestoppt: {summary}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Stopping after the order in flight…</source>
      <translation>Stopp nach der gerade gesendeten Bestellung…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>Stopping · {progress}</source>
      <translation>Wird gestoppt · {progress}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>The customer is not told.</source>
      <translation>Der Kunde wird nicht benachrichtigt.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>The customer is told.</source>
      <translation>Der Kunde wird benachrichtigt.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>{done} of {total} sent</source>
      <translation>{done} von {total} gesendet</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_action.py" />
      <source>{order}: {reason}</source>
      <translation>{order}: {reason}</translation>
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
    <name>BulkChangeDialog</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>%n already has(have) this status and will be skipped.</source>
      <translation>
        <numerusform>%n Bestellung hat diesen Status bereits und wird übersprungen.</numerusform>
        <numerusform>%n Bestellungen haben diesen Status bereits und werden übersprungen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>%n probably cannot take this status (its(their) tags do not allow it); the server will skip it(them) and the report will say so.</source>
      <translation>
        <numerusform>%n Bestellung kann diesen Status wahrscheinlich nicht annehmen (ihre Tags lassen es nicht zu); der Server überspringt sie, und der Bericht weist darauf hin.</numerusform>
        <numerusform>%n Bestellungen können diesen Status wahrscheinlich nicht annehmen (ihre Tags lassen es nicht zu); der Server überspringt sie, und der Bericht weist darauf hin.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>&lt;b&gt;{sent}&lt;/b&gt; of %n order(s) will be sent.</source>
      <translation>
        <numerusform>Zum Senden vorgesehen: &lt;b&gt;{sent}&lt;/b&gt; von %n Bestellung.</numerusform>
        <numerusform>Zum Senden vorgesehen: &lt;b&gt;{sent}&lt;/b&gt; von %n Bestellungen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>About {duration} under the API's rate limits (%n bulk request(s)).</source>
      <translation>
        <numerusform>Etwa {duration} unter den Ratenlimits der API (%n Sammelanfrage).</numerusform>
        <numerusform>Etwa {duration} unter den Ratenlimits der API (%n Sammelanfragen).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Also set the due date</source>
      <translation>Auch das Fälligkeitsdatum setzen</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Apply anyway to %n order(s) changed meanwhile</source>
      <translation>
        <numerusform>Trotzdem auf %n zwischenzeitlich geänderte Bestellung anwenden</numerusform>
        <numerusform>Trotzdem auf %n zwischenzeitlich geänderte Bestellungen anwenden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Change %n order(s)</source>
      <translation>
        <numerusform>%n Bestellung ändern</numerusform>
        <numerusform>%n Bestellungen ändern</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Change the status of %n order(s)</source>
      <translation>
        <numerusform>Status von %n Bestellung ändern</numerusform>
        <numerusform>Status von %n Bestellungen ändern</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Checking…</source>
      <translation>Wird geprüft…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Choose a status to see what will happen.</source>
      <translation>Wählen Sie einen Status, um zu sehen, was geschehen wird.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Choose a status…</source>
      <translation>Status wählen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Done.</source>
      <translation>Fertig.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Export report…</source>
      <translation>Bericht exportieren…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Failed: {message}</source>
      <translation>Fehlgeschlagen: {message}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Order</source>
      <translation>Bestellung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Orders not sent yet are left as they are; those already sent are still confirmed.</source>
      <translation>Noch nicht gesendete Bestellungen bleiben unverändert; bereits gesendete werden weiterhin bestätigt.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Select the orders not applied</source>
      <translation>Nicht übernommene Bestellungen auswählen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Send the change to the orders changed meanwhile, as they are now</source>
      <translation>Die Änderung an die zwischenzeitlich geänderten Bestellungen in ihrem jetzigen Zustand senden</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Send the emails at</source>
      <translation>E-Mails senden am</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Sending to the orders changed meanwhile…</source>
      <translation>Wird an die zwischenzeitlich geänderten Bestellungen gesendet…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Sending…</source>
      <translation>Wird gesendet…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Stop sending</source>
      <translation>Senden stoppen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Stopped: orders not sent by then were left as they were.</source>
      <translation>Gestoppt: Bis dahin nicht gesendete Bestellungen blieben unverändert.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Stopping · {progress}</source>
      <translation>Wird gestoppt · {progress}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Stopping: nothing more is sent; orders already sent are still being confirmed…</source>
      <translation>Wird gestoppt: Es wird nichts mehr gesendet; bereits gesendete Bestellungen werden noch bestätigt…</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>The server's queue has not applied %n order(s) yet: still checking, and this report will change when it does.</source>
      <translation>
        <numerusform>Die Warteschlange des Servers hat %n Bestellung noch nicht übernommen: Es wird weiter geprüft, und dieser Bericht ändert sich, sobald es geschieht.</numerusform>
        <numerusform>Die Warteschlange des Servers hat %n Bestellungen noch nicht übernommen: Es wird weiter geprüft, und dieser Bericht ändert sich, sobald es geschieht.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Why</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Working out what will happen…</source>
      <translation>Es wird ermittelt, was geschehen wird…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>{message}&lt;br&gt;Choose the status again to try again.</source>
      <translation>{message}&lt;br&gt;Wählen Sie den Status erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>{progress} · about {duration} left</source>
      <translation>{progress} · noch etwa {duration}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>{sent} sent · {applied} applied · {not_applied} not applied</source>
      <translation>{sent} gesendet · {applied} übernommen · {not_applied} nicht übernommen</translation>
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
    <name>ChangeStatusDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/change_status.py" />
      <source>Change status</source>
      <translation>Status ändern</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/change_status.py" />
      <source>Change status of {order}</source>
      <translation>Status von {order} ändern</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/change_status.py" />
      <source>Choose the new status</source>
      <translation>Neuen Status wählen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/change_status.py" />
      <source>Loading the statuses this order can take…</source>
      <translation>Mögliche Status dieser Bestellung werden geladen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/change_status.py" />
      <source>No other status</source>
      <translation>Kein anderer Status</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/change_status.py" />
      <source>This order cannot move to any other status.</source>
      <translation>Diese Bestellung kann in keinen anderen Status wechseln.</translation>
    </message>
  </context>
  <context>
    <name>Changes</name>
    <message>
      <location filename="../approval_console/services/changes.py" />
      <source>could not be read back</source>
      <translation>konnte nicht zurückgelesen werden</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/changes.py" />
      <source>gave up after %n attempt(s)</source>
      <translation>
        <numerusform>nach %n Versuch aufgegeben</numerusform>
        <numerusform>nach %n Versuchen aufgegeben</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/services/activity.py" />
      <location filename="../approval_console/services/changes.py" />
      <source>interrupted before sending</source>
      <translation>vor dem Senden unterbrochen</translation>
    </message>
    <message>
      <location filename="../approval_console/services/changes.py" />
      <location filename="../approval_console/services/merchant.py" />
      <source>interrupted in flight</source>
      <translation>während der Übertragung unterbrochen</translation>
    </message>
    <message>
      <location filename="../approval_console/services/changes.py" />
      <location filename="../approval_console/services/merchant.py" />
      <source>interrupted; not applied</source>
      <translation>unterbrochen; nicht angewendet</translation>
    </message>
    <message>
      <location filename="../approval_console/services/merchant.py" />
      <source>not applied</source>
      <translation>nicht angewendet</translation>
    </message>
    <message>
      <location filename="../approval_console/services/changes.py" />
      <source>not applied; sending again</source>
      <translation>nicht angewendet; wird erneut gesendet</translation>
    </message>
    <message>
      <location filename="../approval_console/services/changes.py" />
      <source>not sent: the order could not be checked first ({reason})</source>
      <translation>nicht gesendet: Die Bestellung konnte vorher nicht geprüft werden ({reason})</translation>
    </message>
    <message>
      <location filename="../approval_console/services/changes.py" />
      <source>outcome could not be read back</source>
      <translation>das Ergebnis konnte nicht zurückgelesen werden</translation>
    </message>
    <message>
      <location filename="../approval_console/services/changes.py" />
      <source>stopped before sending</source>
      <translation>vor dem Senden angehalten</translation>
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
    <name>CommandPalette</name>
    <message>
      <location filename="../approval_console/ui/dialogs/command_palette.py" />
      <source>Command palette</source>
      <translation>Befehlspalette</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/command_palette.py" />
      <source>Nothing matches.</source>
      <translation>Keine Treffer.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/command_palette.py" />
      <source>Type an action, a view or an order number</source>
      <translation>Aktion, Ansicht oder Bestellnummer eingeben</translation>
    </message>
  </context>
  <context>
    <name>Comment</name>
    <message numerus="yes">
      <location filename="../approval_console/core/changes.py" />
      <source>A comment can have at most %n character(s) ({count} now).</source>
      <translation>
        <numerusform>Ein Kommentar darf höchstens %n Zeichen haben (jetzt {count}).</numerusform>
        <numerusform>Ein Kommentar darf höchstens %n Zeichen haben (jetzt {count}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/core/changes.py" />
      <source>A comment needs at least %n character(s).</source>
      <translation>
        <numerusform>Ein Kommentar braucht mindestens %n Zeichen.</numerusform>
        <numerusform>Ein Kommentar braucht mindestens %n Zeichen.</numerusform>
      </translation>
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
    <name>Confirmation</name>
    <message>
      <location filename="../approval_console/ui/dialogs/confirm.py" />
      <source>Keep it</source>
      <translation>Nichts ändern</translation>
    </message>
  </context>
  <context>
    <name>ConsoleTray</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/tray.py" />
      <source>%n order(s) await a decision</source>
      <translation>
        <numerusform>%n Bestellung wartet auf eine Entscheidung</numerusform>
        <numerusform>%n Bestellungen warten auf eine Entscheidung</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/tray.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/tray.py" />
      <source>&amp;Show Approval Console</source>
      <translation>Approval Console &amp;anzeigen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/tray.py" />
      <source>Needs &amp;review…</source>
      <translation>Zu &amp;prüfen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/tray.py" />
      <source>No order awaits a decision</source>
      <translation>Keine Bestellung wartet auf eine Entscheidung</translation>
    </message>
  </context>
  <context>
    <name>CreateInvoiceDialog</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Bills &lt;b&gt;{amount}&lt;/b&gt; for %n item(s), tax {tax}, shipping {shipping}.</source>
      <translation>
        <numerusform>Berechnet &lt;b&gt;{amount}&lt;/b&gt; für %n Artikel, Steuer {tax}, Versand {shipping}.</numerusform>
        <numerusform>Berechnet &lt;b&gt;{amount}&lt;/b&gt; für %n Artikel, Steuer {tax}, Versand {shipping}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Bills &lt;b&gt;{amount}&lt;/b&gt; for %n item(s), tax {tax}, shipping {shipping}. Shipping is billed with the last invoice.</source>
      <translation>
        <numerusform>Berechnet &lt;b&gt;{amount}&lt;/b&gt; für %n Artikel, Steuer {tax}, Versand {shipping}. Der Versand wird mit der letzten Rechnung berechnet.</numerusform>
        <numerusform>Berechnet &lt;b&gt;{amount}&lt;/b&gt; für %n Artikel, Steuer {tax}, Versand {shipping}. Der Versand wird mit der letzten Rechnung berechnet.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Choose at least one item to bill.</source>
      <translation>Wählen Sie mindestens einen Artikel zur Berechnung aus.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Create an invoice for {order}</source>
      <translation>Rechnung für {order} erstellen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Create invoice</source>
      <translation>Rechnung erstellen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Due on</source>
      <translation>Fällig am</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Give the invoice a number: the buyer sees it on the invoice.</source>
      <translation>Geben Sie der Rechnung eine Nummer: Der Käufer sieht sie auf der Rechnung.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Invoice number:</source>
      <translation>Rechnungsnummer:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Issue it to the buyer now</source>
      <translation>Dem Käufer jetzt ausstellen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Issue it to the buyer once the order is finalized</source>
      <translation>Dem Käufer ausstellen, sobald die Bestellung abgeschlossen ist</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Items to bill:</source>
      <translation>Zu berechnende Artikel:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Notes:</source>
      <translation>Anmerkungen:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>Shown to the buyer on the invoice</source>
      <translation>Wird dem Käufer auf der Rechnung angezeigt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/create_invoice.py" />
      <source>This order already has an invoice {number}.</source>
      <translation>Diese Bestellung hat bereits eine Rechnung {number}.</translation>
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
    <name>DueDateDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>Clear due date</source>
      <translation>Fälligkeitsdatum löschen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>Due date</source>
      <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>Due date:</source>
      <translation>Fälligkeitsdatum:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>Give a range: due from the first date until this one</source>
      <translation>Einen Zeitraum angeben: fällig vom ersten Datum bis zu diesem</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>Now due {due} until {until}.</source>
      <translation>Derzeit fällig vom {due} bis {until}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>Now due {due}.</source>
      <translation>Derzeit fällig am {due}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>Remove the due date</source>
      <translation>Das Fälligkeitsdatum entfernen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>The end must be after the due date.</source>
      <translation>Das Ende muss nach dem Fälligkeitsdatum liegen.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>This order has no due date</source>
      <translation>Diese Bestellung hat kein Fälligkeitsdatum</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>This order has no due date yet.</source>
      <translation>Diese Bestellung hat noch kein Fälligkeitsdatum.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/due_date.py" />
      <source>Until</source>
      <translation>Bis</translation>
    </message>
  </context>
  <context>
    <name>Duration</name>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>{hours} h {minutes} min</source>
      <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>{minutes} min</source>
      <translation>{minutes} Min.</translation>
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
      <translation>Kommentar</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Status change</source>
      <translation>Statusänderung</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <location filename="../approval_console/services/export_process.py" />
      <source>The export stopped unexpectedly.</source>
      <translation>Der Export wurde unerwartet abgebrochen.</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>Add a BOM for Excel</source>
      <translation>BOM für Excel hinzufügen</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>All %n order(s) in the list (its filters, search and sort)</source>
      <translation>
        <numerusform>Die %n Bestellung der Liste (mit ihren Filtern, ihrer Suche und Sortierung)</numerusform>
        <numerusform>Alle %n Bestellungen der Liste (mit ihren Filtern, ihrer Suche und Sortierung)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>CSV files (*.csv)</source>
      <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>Choose a file to export to.</source>
      <translation>Wählen Sie die Datei, in die exportiert werden soll.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>Choose…</source>
      <translation>Auswählen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>Excel reads a CSV file's accents and symbols correctly only when it starts with this mark; LibreOffice and other programs do not need it.</source>
      <translation>Excel liest Umlaute und Sonderzeichen einer CSV-Datei nur dann richtig, wenn sie mit dieser Markierung beginnt; LibreOffice und andere Programme brauchen sie nicht.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>Export</source>
      <translation>Exportieren</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>Export to CSV</source>
      <translation>Als CSV exportieren</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>Export:</source>
      <translation>Exportieren:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>File:</source>
      <translation>Datei:</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>The %n selected order(s)</source>
      <translation>
        <numerusform>Die %n ausgewählte Bestellung</numerusform>
        <numerusform>Die %n ausgewählten Bestellungen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>The folder {folder} does not exist.</source>
      <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>The selected order</source>
      <translation>Die ausgewählte Bestellung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/export.py" />
      <source>{path} is a folder: choose a file name in it.</source>
      <translation>{path} ist ein Ordner: Wählen Sie einen Dateinamen darin.</translation>
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
    <name>Financial</name>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Authorized</source>
      <translation>Autorisiert</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Balance due</source>
      <translation>Restbetrag fällig</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Credit owed</source>
      <translation>Guthaben geschuldet</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>No payment</source>
      <translation>Keine Zahlung</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Overcharged</source>
      <translation>Überzahlt</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Paid</source>
      <translation>Bezahlt</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Partially paid</source>
      <translation>Teilweise bezahlt</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Partially refunded</source>
      <translation>Teilweise erstattet</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Payment failed</source>
      <translation>Zahlung fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Pending</source>
      <translation>Ausstehend</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Refunded</source>
      <translation>Erstattet</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Unpaid</source>
      <translation>Unbezahlt</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Voided</source>
      <translation>Storniert</translation>
    </message>
  </context>
  <context>
    <name>FindOrderDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/find_order.py" />
      <source>1188 or #1188</source>
      <translation>1188 oder #1188</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/find_order.py" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/find_order.py" />
      <source>Customer email:</source>
      <translation>E-Mail des Kunden:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/find_order.py" />
      <source>Find</source>
      <translation>Suchen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/find_order.py" />
      <source>Find order</source>
      <translation>Bestellung suchen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/find_order.py" />
      <source>Order number:</source>
      <translation>Bestellnummer:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/find_order.py" />
      <source>Searching…</source>
      <translation>Wird gesucht…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/find_order.py" />
      <source>customer@example.com</source>
      <translation>kunde@example.com</translation>
    </message>
  </context>
  <context>
    <name>Fulfillment</name>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Backordered</source>
      <translation>Nachbestellt</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Canceled</source>
      <translation>Storniert</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Delivered</source>
      <translation>Zugestellt</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Fulfilled</source>
      <translation>Erfüllt</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Partially fulfilled</source>
      <translation>Teilweise erfüllt</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Pending</source>
      <translation>Ausstehend</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Ready to ship</source>
      <translation>Versandbereit</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Restocked</source>
      <translation>Wieder eingelagert</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Shipped</source>
      <translation>Versandt</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Unfulfilled</source>
      <translation>Nicht erfüllt</translation>
    </message>
  </context>
  <context>
    <name>GeneralPage</name>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>&amp;Language:</source>
      <translation>&amp;Sprache:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>&amp;New orders need review</source>
      <translation>&amp;Neue Bestellungen zu prüfen sind</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>&amp;Refresh from the server:</source>
      <translation>Vom Server &amp;aktualisieren:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>A &amp;bulk change has finished</source>
      <translation>Eine &amp;Sammeländerung abgeschlossen ist</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>An &amp;export has finished</source>
      <translation>Ein &amp;Export abgeschlossen ist</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Closing the window &amp;keeps the console in the tray</source>
      <translation>Beim Schließen des Fensters bleibt die Konsole im &amp;Infobereich</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Colour &amp;scheme:</source>
      <translation>&amp;Farbschema:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Dark</source>
      <comment>colour scheme</comment>
      <translation>Dunkel</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Every %n minute(s)</source>
      <translation>
        <numerusform>Jede Minute</numerusform>
        <numerusform>Alle %n Minuten</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>How often the account on screen is read again; F5 refreshes at any time</source>
      <translation>Wie oft das angezeigte Konto neu gelesen wird; F5 aktualisiert jederzeit</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Light</source>
      <comment>colour scheme</comment>
      <translation>Hell</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Notifications</source>
      <translation>Benachrichtigungen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Only when asked (F5)</source>
      <translation>Nur auf Anforderung (F5)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>System</source>
      <comment>colour scheme</comment>
      <translation>System</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>System default</source>
      <translation>Systemsprache</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Tell me on the desktop when:</source>
      <translation>Auf dem Desktop benachrichtigen, wenn:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>The language of the console's words, dates and numbers</source>
      <translation>Die Sprache der Texte, Datumsangaben und Zahlen der Konsole</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>This desktop shows no tray icons, so closing quits.</source>
      <translation>Diese Arbeitsumgebung zeigt keine Symbole im Infobereich an; Schließen beendet daher die Konsole.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Window</source>
      <translation>Fenster</translation>
    </message>
  </context>
  <context>
    <name>HistoryChoice</name>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_history.py" />
      <source>A large account's first reading can take hours; the list fills as it goes.</source>
      <translation>Das erste Einlesen eines großen Kontos kann Stunden dauern; die Liste füllt sich dabei nach und nach.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_history.py" />
      <source>All orders, with their history</source>
      <translation>Alle Bestellungen, mit ihrem Verlauf</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_history.py" />
      <source>Cancelled and older orders are not read or kept: the first reading is shorter, and older orders are let go.</source>
      <translation>Stornierte und ältere Bestellungen werden weder gelesen noch behalten: Das erste Einlesen ist kürzer, ältere Bestellungen werden entfernt.</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/accounts_history.py" />
      <source>Open orders of the last %n day(s)</source>
      <translation>
        <numerusform>Offene Bestellungen des letzten Tages</numerusform>
        <numerusform>Offene Bestellungen der letzten %n Tage</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_history.py" />
      <source>Open orders of the last 12 months</source>
      <translation>Offene Bestellungen der letzten 12 Monate</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_history.py" />
      <source>Orders to read:</source>
      <translation>Zu lesende Bestellungen:</translation>
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
    <message>
      <location filename="../approval_console/ui/activity_window.py" />
      <source>Running</source>
      <translation>Läuft</translation>
    </message>
  </context>
  <context>
    <name>Keyring</name>
    <message>
      <location filename="../approval_console/core/secrets.py" />
      <source>No usable system keyring was found, so the API key cannot be stored safely. Install or unlock a keyring (for example GNOME Keyring or KWallet) and try again.</source>
      <translation>Es wurde kein nutzbarer Systemschlüsselbund gefunden, daher kann der API-Schlüssel nicht sicher gespeichert werden. Installieren oder entsperren Sie einen Schlüsselbund (zum Beispiel GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="../approval_console/core/secrets.py" />
      <source>The system keyring could not be read ({reason}).</source>
      <translation>Der Systemschlüsselbund konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
      <location filename="../approval_console/core/secrets.py" />
      <source>The system keyring refused to store the key ({reason}).</source>
      <translation>Der Systemschlüsselbund hat das Speichern des Schlüssels abgelehnt ({reason}).</translation>
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
    <name>Meanwhile</name>
    <message numerus="yes">
      <location filename="../approval_console/services/meanwhile.py" />
      <source>%n listing page(s)</source>
      <translation>
        <numerusform>%n Listenseite</numerusform>
        <numerusform>%n Listenseiten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/meanwhile.py" />
      <source>%n listing page(s) are read</source>
      <translation>
        <numerusform>wird %n Listenseite gelesen</numerusform>
        <numerusform>werden %n Listenseiten gelesen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/meanwhile.py" />
      <source>%n order(s) in long statuses are not checked.</source>
      <translation>
        <numerusform>%n Bestellung in langen Status wird nicht geprüft.</numerusform>
        <numerusform>%n Bestellungen in langen Status werden nicht geprüft.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>Before each burst of requests, the listing of “{status}” is read ({pages} in all): it checks that the next orders are still as you saw them (any changed meanwhile are held back) and shows that those already sent have left it. An order is confirmed by the new status where the budget lets it be read, otherwise by having left “{status}” once its request ran.</source>
      <translation>Vor jedem Schub von Anfragen wird die Liste „{status}“ gelesen ({pages} insgesamt): Sie prüft, dass die nächsten Bestellungen noch so sind, wie Sie sie gesehen haben (zwischenzeitlich geänderte werden zurückgehalten), und zeigt, dass die bereits gesendeten sie verlassen haben. Eine Bestellung wird durch den neuen Status bestätigt, soweit das Kontingent das Lesen erlaubt, sonst dadurch, dass sie „{status}“ verlassen hat, nachdem ihre Anfrage ausgeführt wurde.</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/meanwhile.py" />
      <source>Just before sending, {pages} to check that the %n orders are still as you saw them; any changed meanwhile are held back.</source>
      <translation>
        <numerusform>Kurz vor dem Senden {pages}, um zu prüfen, ob die %n Bestellung noch so ist, wie Sie sie gesehen haben; wurde sie zwischenzeitlich geändert, wird sie zurückgehalten.</numerusform>
        <numerusform>Kurz vor dem Senden {pages}, um zu prüfen, ob die %n Bestellungen noch so sind, wie Sie sie gesehen haben; zwischenzeitlich geänderte werden zurückgehalten.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>Just before sending, {pages} to check that the order is still as you saw it; if it changed meanwhile, it is held back.</source>
      <translation>Kurz vor dem Senden {pages}, um zu prüfen, ob die Bestellung noch so ist, wie Sie sie gesehen haben; wurde sie zwischenzeitlich geändert, wird sie zurückgehalten.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>Orders are not checked for changes made meanwhile: their statuses hold too many orders to read cheaply.</source>
      <translation>Die Bestellungen werden nicht auf zwischenzeitliche Änderungen geprüft: Ihre Status enthalten zu viele Bestellungen, um sie günstig zu lesen.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>approved</source>
      <translation>genehmigt</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>canceled</source>
      <translation>storniert</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>changed meanwhile: {where}</source>
      <translation>zwischenzeitlich geändert: {where}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>no longer in the status you saw</source>
      <translation>nicht mehr im Status, den Sie gesehen haben</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>no longer “{status}”</source>
      <translation>nicht mehr „{status}“</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <location filename="../approval_console/services/undo.py" />
      <source>no status</source>
      <translation>ohne Status</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk_source.py" />
      <location filename="../approval_console/services/meanwhile.py" />
      <source>not sent: could not check it was still as you saw it ({reason})</source>
      <translation>nicht gesendet: Es konnte nicht geprüft werden, ob sie noch so war, wie Sie sie gesehen haben ({reason})</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <location filename="../approval_console/services/undo.py" />
      <source>now {state}</source>
      <translation>jetzt {state}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>now {state}, at {moment}</source>
      <translation>jetzt {state}, am {moment}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>now {state}, by {actor}</source>
      <translation>jetzt {state}, durch {actor}</translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <location filename="../approval_console/services/undo.py" />
      <source>“{status}”</source>
      <translation>„{status}“</translation>
    </message>
  </context>
  <context>
    <name>Merchant</name>
    <message>
      <location filename="../approval_console/services/merchant.py" />
      <source>“{account}” has no merchant settings to show (only Apruve accounts have them).</source>
      <translation>„{account}“ hat keine Händlereinstellungen zum Anzeigen (nur Apruve-Konten haben welche).</translation>
    </message>
  </context>
  <context>
    <name>MerchantDialog</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>%n account(s)</source>
      <translation>
        <numerusform>%n Konto</numerusform>
        <numerusform>%n Konten</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Add endpoint</source>
      <translation>Endpunkt hinzufügen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Added {url}.</source>
      <translation>{url} hinzugefügt.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Adding {url}…</source>
      <translation>{url} wird hinzugefügt…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Add…</source>
      <translation>Hinzufügen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Apruve posts order and invoice notifications to these addresses.</source>
      <translation>Apruve sendet Benachrichtigungen zu Bestellungen und Rechnungen an diese Adressen.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Apruve stops notifying this address at once.</source>
      <translation>Apruve benachrichtigt diese Adresse ab sofort nicht mehr.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Auth header:</source>
      <translation>Auth-Header:</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Authorized buyer(s) of “{account}” (%n)</source>
      <translation>
        <numerusform>Berechtigter Käufer von „{account}“ (%n)</numerusform>
        <numerusform>Berechtigte Käufer von „{account}“ (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Buyers</source>
      <translation>Käufer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Corporate accounts</source>
      <translation>Firmenkonten</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Corporate accounts ({count})</source>
      <translation>Firmenkonten ({count})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Filter by account name or buyer email</source>
      <translation>Nach Kontoname oder E-Mail des Käufers filtern</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Loading…</source>
      <translation>Wird geladen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Merchant — {name}</source>
      <translation>Händler — {name}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>New webhook endpoint</source>
      <translation>Neuer Webhook-Endpunkt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>No account matches</source>
      <translation>Kein Konto passt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>No webhook endpoints: Apruve notifies none of your systems.</source>
      <translation>Keine Webhook-Endpunkte: Apruve benachrichtigt keines Ihrer Systeme.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Not added</source>
      <translation>Nicht hinzugefügt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Not read</source>
      <translation>Nicht gelesen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Not removed</source>
      <translation>Nicht entfernt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Optional, e.g. Bearer &lt;token&gt;</source>
      <translation>Optional, z. B. Bearer &lt;Token&gt;</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Payment terms</source>
      <translation>Zahlungsbedingungen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Read the endpoints from the server again</source>
      <translation>Die Endpunkte erneut vom Server lesen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Reading the endpoints…</source>
      <translation>Endpunkte werden gelesen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Reload</source>
      <translation>Neu laden</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Remove this webhook endpoint?&lt;br&gt;&lt;br&gt;&lt;nobr&gt;{url}&lt;/nobr&gt;</source>
      <translation>Diesen Webhook-Endpunkt entfernen?&lt;br&gt;&lt;br&gt;&lt;nobr&gt;{url}&lt;/nobr&gt;</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Remove webhook endpoint</source>
      <translation>Webhook-Endpunkt entfernen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Removed {url}.</source>
      <translation>{url} entfernt.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>Removing {url}…</source>
      <translation>{url} wird entfernt…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Retry</source>
      <translation>Erneut versuchen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Select a corporate account to see its authorized buyers.</source>
      <translation>Wählen Sie ein Firmenkonto aus, um seine berechtigten Käufer zu sehen.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Sent by Apruve as the Authorization header. It is never shown again.</source>
      <translation>Wird von Apruve als Authorization-Header gesendet. Er wird nie wieder angezeigt.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>The merchant could not be loaded.

{reason}</source>
      <translation>Der Händler konnte nicht geladen werden.

{reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>The server refused the API key of “{account}”. Check the key under Accounts, then try again.

The server said: {reason}</source>
      <translation>Der Server hat den API-Schlüssel von „{account}“ abgelehnt. Prüfen Sie den Schlüssel unter „Konten“ und versuchen Sie es dann erneut.

Antwort des Servers: {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>URL</source>
      <translation>URL</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>URL:</source>
      <translation>URL:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Web</source>
      <translation>Web</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Webhook endpoints</source>
      <translation>Webhook-Endpunkte</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>Webhook endpoints ({count})</source>
      <translation>Webhook-Endpunkte ({count})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>{action}: {reason}</source>
      <translation>{action}: {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>{message} The list could not be re-read ({reason}): use Reload.</source>
      <translation>{message} Die Liste konnte nicht erneut gelesen werden ({reason}): Verwenden Sie „Neu laden“.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>{refusal} The request may have reached the server: check the list below.</source>
      <translation>{refusal} Die Anfrage hat den Server möglicherweise erreicht: Prüfen Sie die Liste unten.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant_words.py" />
      <source>{refusal} The request may have reached the server: use Reload to check.</source>
      <translation>{refusal} Die Anfrage hat den Server möglicherweise erreicht: Prüfen Sie es mit „Neu laden“.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>{shown} of {total} shown</source>
      <translation>{shown} von {total} angezeigt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/merchant.py" />
      <source>“{account}” has no authorized buyers.</source>
      <translation>„{account}“ hat keine berechtigten Käufer.</translation>
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
      <source>The local copy of your orders was written by a newer version of Approval Console, so this version reads your orders again from your accounts. The newer file is kept, unchanged, at {path}.</source>
      <translation>Die lokale Kopie Ihrer Bestellungen wurde von einer neueren Version von Approval Console geschrieben; diese Version liest Ihre Bestellungen daher erneut aus Ihren Konten. Die neuere Datei liegt unverändert unter {path}.</translation>
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
    <name>Notifier</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/notifications.py" />
      <source>%n new order(s) to review</source>
      <translation>
        <numerusform>%n neue Bestellung zu prüfen</numerusform>
        <numerusform>%n neue Bestellungen zu prüfen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/notifications.py" />
      <source>Bulk change failed</source>
      <translation>Sammeländerung fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/notifications.py" />
      <source>Bulk change finished</source>
      <translation>Sammeländerung abgeschlossen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/notifications.py" />
      <source>Export failed</source>
      <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/notifications.py" />
      <source>Export finished</source>
      <translation>Export abgeschlossen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/notifications.py" />
      <source>{account}: {numbers}</source>
      <translation>{account}: {numbers}</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/notifications.py" />
      <source>{account}: {numbers} and %n more</source>
      <translation>
        <numerusform>{account}: {numbers} und %n weitere</numerusform>
        <numerusform>{account}: {numbers} und %n weitere</numerusform>
      </translation>
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
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Already had it</source>
      <translation>Hatte den Status bereits</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Applied</source>
      <translation>Übernommen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Changed meanwhile</source>
      <translation>Zwischenzeitlich geändert</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Not applied</source>
      <translation>Nicht übernommen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Not sent</source>
      <translation>Nicht gesendet</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/bulk_change.py" />
      <source>Unknown</source>
      <translation>Unbekannt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/viewmodels/session.py" />
      <source>nothing to do</source>
      <translation>nichts zu tun</translation>
    </message>
  </context>
  <context>
    <name>Payment</name>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>At checkout</source>
      <translation>An der Kasse</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Completed</source>
      <translation>Abgeschlossen</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Failed</source>
      <translation>Fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Invalid</source>
      <translation>Ungültig</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Pending</source>
      <translation>Ausstehend</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Processing</source>
      <translation>In Bearbeitung</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Voided</source>
      <translation>Storniert</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/preferences.py" />
      <source>General</source>
      <translation>Allgemein</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preferences.py" />
      <source>Preferences</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preferences.py" />
      <source>Review</source>
      <comment>preferences page</comment>
      <translation>Prüfung</translation>
    </message>
  </context>
  <context>
    <name>ProfileLock</name>
    <message>
      <location filename="../approval_console/single_instance.py" />
      <source>The profile folder {folder} cannot be written (it is read-only, or not yours). Approval Console keeps its settings, local cache and change journal there, so it cannot start. Make the folder writable, or start with another profile (--profile DIR).</source>
      <translation>In den Profilordner {folder} kann nicht geschrieben werden (er ist schreibgeschützt oder gehört nicht Ihnen). Approval Console speichert dort seine Einstellungen, den lokalen Cache und das Änderungsjournal und kann daher nicht starten. Machen Sie den Ordner beschreibbar oder starten Sie mit einem anderen Profil (--profile DIR).</translation>
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
    <name>Reason</name>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Consignment</source>
      <translation>Kommission</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Damaged</source>
      <translation>Beschädigt</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Defective</source>
      <translation>Defekt</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Duplicate</source>
      <translation>Duplikat</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Other</source>
      <translation>Sonstiges</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Refused</source>
      <translation>Abgelehnt</translation>
    </message>
  </context>
  <context>
    <name>ReturnDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>A return must be less than {amount}.</source>
      <translation>Eine Rücksendung muss weniger als {amount} betragen.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Amount ({currency}):</source>
      <translation>Betrag ({currency}):</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Consignment</source>
      <translation>Kommission</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Damaged</source>
      <translation>Beschädigt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Defective</source>
      <translation>Defekt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Duplicate</source>
      <translation>Duplikat</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Invoice total {total}, {returned} already returned.</source>
      <translation>Rechnungsbetrag {total}, davon {returned} bereits zurückgesendet.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Invoice total {total}.</source>
      <translation>Rechnungsbetrag {total}.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Other</source>
      <translation>Sonstiges</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Reason:</source>
      <translation>Grund:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Record a return on invoice {invoice}</source>
      <translation>Rücksendung zur Rechnung {invoice} erfassen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Record return</source>
      <translation>Rücksendung erfassen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Refused by the buyer</source>
      <translation>Vom Käufer abgelehnt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>The amount has at most two decimals.</source>
      <translation>Der Betrag hat höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>The amount must be more than zero.</source>
      <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>Type an amount such as 125.50.</source>
      <translation>Geben Sie einen Betrag wie 125.50 ein.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/invoice_return.py" />
      <source>less than {amount}</source>
      <translation>weniger als {amount}</translation>
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
      <location filename="../approval_console/services/review.py" />
      <source>Already approved — nothing to decide here.</source>
      <translation>Bereits genehmigt – hier ist nichts zu entscheiden.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Already canceled — nothing to decide here.</source>
      <translation>Bereits storniert – hier ist nichts zu entscheiden.</translation>
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
      <location filename="../approval_console/services/account_ops.py" />
      <source>Approve %n order(s) from review</source>
      <translation>
        <numerusform>%n Bestellung aus der Prüfung genehmigen</numerusform>
        <numerusform>%n Bestellungen aus der Prüfung genehmigen</numerusform>
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
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Approving or canceling does not tell the customer, and approvals name the approving contact you chose. Change this in Needs review.</source>
      <translation>Genehmigen oder Stornieren benachrichtigt den Kunden nicht, und Genehmigungen nennen den von Ihnen gewählten genehmigenden Kontakt. Ändern Sie das unter „Zu prüfen“.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Approving or canceling does not tell the customer. Change this in Needs review.</source>
      <translation>Genehmigen oder Stornieren benachrichtigt den Kunden nicht. Ändern Sie das unter „Zu prüfen“.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Approving or canceling tells the customer, and approvals name the approving contact you chose. Change this in Needs review.</source>
      <translation>Genehmigen oder Stornieren benachrichtigt den Kunden, und Genehmigungen nennen den von Ihnen gewählten genehmigenden Kontakt. Ändern Sie das unter „Zu prüfen“.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Approving or canceling tells the customer. Change this in Needs review.</source>
      <translation>Genehmigen oder Stornieren benachrichtigt den Kunden. Ändern Sie das unter „Zu prüfen“.</translation>
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
      <location filename="../approval_console/services/account_ops.py" />
      <source>Cancel %n order(s) from review</source>
      <translation>
        <numerusform>%n Bestellung aus der Prüfung stornieren</numerusform>
        <numerusform>%n Bestellungen aus der Prüfung stornieren</numerusform>
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
      <location filename="../approval_console/services/review.py" />
      <source>Canceling does not tell the customer, and approvals name the approving contact you chose. Change this in Needs review.</source>
      <translation>Stornieren benachrichtigt den Kunden nicht, und Genehmigungen nennen den von Ihnen gewählten genehmigenden Kontakt. Ändern Sie das unter „Zu prüfen“.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Canceling does not tell the customer. Change this in Needs review.</source>
      <translation>Stornieren benachrichtigt den Kunden nicht. Ändern Sie das unter „Zu prüfen“.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Canceling tells the customer, and approvals name the approving contact you chose. Change this in Needs review.</source>
      <translation>Stornieren benachrichtigt den Kunden, und Genehmigungen nennen den von Ihnen gewählten genehmigenden Kontakt. Ändern Sie das unter „Zu prüfen“.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Canceling tells the customer. Change this in Needs review.</source>
      <translation>Stornieren benachrichtigt den Kunden. Ändern Sie das unter „Zu prüfen“.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_question.py" />
      <source>Keep them</source>
      <translation>Behalten</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>No status</source>
      <translation>Kein Status</translation>
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
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Waiting for its buyer's approval.</source>
      <translation>Wartet auf die Genehmigung durch den Käufer.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Waiting on the buyer — nothing to decide here.</source>
      <translation>Wartet auf den Käufer – hier ist nichts zu entscheiden.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Waiting on the buyer — nothing to decide here. To withdraw it, cancel it in {account}'s own list.</source>
      <translation>Wartet auf den Käufer – hier ist nichts zu entscheiden. Um sie zurückzuziehen, stornieren Sie sie in der Liste von {account}.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>{account} is read-only: orders cannot be decided here.</source>
      <translation>{account} ist schreibgeschützt: Über Bestellungen kann hier nicht entschieden werden.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>{account}: choose the status approving moves orders to, in Review settings.</source>
      <translation>{account}: Wählen Sie in den Prüfungseinstellungen den Status, in den das Genehmigen Bestellungen verschiebt.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>{account}: choose the status cancelling moves orders to, in Review settings.</source>
      <translation>{account}: Wählen Sie in den Prüfungseinstellungen den Status, in den das Stornieren Bestellungen verschiebt.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>{account}: the buyer approves these orders; to withdraw one, cancel it in the account's own list.</source>
      <translation>{account}: Der Käufer genehmigt diese Bestellungen; um eine zurückzuziehen, stornieren Sie sie in der Liste des Kontos.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>{status}: awaiting a decision.</source>
      <translation>{status}: wartet auf Entscheidung.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>“{status}” is marked as needing review.</source>
      <translation>„{status}“ ist als prüfungsbedürftig markiert.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>“{status}” is not marked as needing review: nothing to decide here.</source>
      <translation>„{status}“ ist nicht als prüfungsbedürftig markiert: Hier ist nichts zu entscheiden.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>“{status}”: no decision is asked of it.</source>
      <translation>„{status}“: Es wird keine Entscheidung verlangt.</translation>
    </message>
  </context>
  <context>
    <name>ReviewChoices</name>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>No account here uses statuses of its own.</source>
      <translation>Kein Konto hier verwendet eigene Status.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Orders of these accounts join the review queue when they are in a status marked here. Other accounts' orders join it when their system says they await approval.</source>
      <translation>Bestellungen dieser Konten kommen in die Prüfliste, wenn sie einen hier markierten Status haben. Bestellungen anderer Konten kommen hinein, wenn ihr System meldet, dass sie auf Freigabe warten.</translation>
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
    <name>ReviewSettingsDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Review settings</source>
      <translation>Prüfeinstellungen</translation>
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
      <location filename="../approval_console/ui/review_words.py" />
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
      <location filename="../approval_console/ui/review_words.py" />
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
      <location filename="../approval_console/ui/review_words.py" />
      <source>%n waiting on their buyer</source>
      <translation>
        <numerusform>%n wartet auf den Käufer</numerusform>
        <numerusform>%n warten auf den Käufer</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_words.py" />
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
      <source>Approve  ({key})</source>
      <translation>Genehmigen  ({key})</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/review_window.py" />
      <source>Approve %n selected  ({key})</source>
      <translation>
        <numerusform>%n ausgewählte genehmigen  ({key})</numerusform>
        <numerusform>%n ausgewählte genehmigen  ({key})</numerusform>
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
      <source>Cancel %n selected  ({key})</source>
      <translation>
        <numerusform>%n ausgewählte stornieren  ({key})</numerusform>
        <numerusform>%n ausgewählte stornieren  ({key})</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Cancel anyway</source>
      <translation>Trotzdem stornieren</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_window.py" />
      <source>Cancel order  ({key})</source>
      <translation>Bestellung stornieren  ({key})</translation>
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
      <location filename="../approval_console/ui/review_words.py" />
      <source>Needs review</source>
      <translation>Zu prüfen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_words.py" />
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
      <location filename="../approval_console/ui/review_words.py" />
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
      <location filename="../approval_console/ui/review_words.py" />
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
      <location filename="../approval_console/ui/review_words.py" />
      <source>This store emails its customer when an order is canceled, not when approved.</source>
      <translation>Dieser Shop benachrichtigt seinen Kunden per E-Mail, wenn eine Bestellung storniert wird, nicht wenn sie genehmigt wird.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_words.py" />
      <source>Waiting on buyers</source>
      <translation>Wartet auf Käufer</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/review_words.py" />
      <source>{approve} approve · {cancel} cancel · {next} next · {previous} previous · Shift+↓ select more · Esc close</source>
      <translation>{approve} genehmigen · {cancel} stornieren · {next} nächste · {previous} vorherige · Umschalt+↓ mehr auswählen · Esc schließen</translation>
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
    <name>SaveViewDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/save_view.py" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/save_view.py" />
      <source>&amp;Shows:</source>
      <translation>&amp;Bereich:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/save_view.py" />
      <source>All accounts</source>
      <translation>Alle Konten</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/save_view.py" />
      <source>For example: Rush orders to approve</source>
      <translation>Zum Beispiel: Eilbestellungen zum Genehmigen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/save_view.py" />
      <source>Only {account}</source>
      <translation>Nur {account}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/save_view.py" />
      <source>Rename view</source>
      <translation>Ansicht umbenennen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/save_view.py" />
      <source>Save as view</source>
      <translation>Als Ansicht speichern</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/save_view.py" />
      <source>Whichever account is open</source>
      <translation>Das jeweils geöffnete Konto</translation>
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
    <name>Server</name>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n Stunde</numerusform>
        <numerusform>%n Stunden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n Minute</numerusform>
        <numerusform>%n Minuten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n Sekunde</numerusform>
        <numerusform>%n Sekunden</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/http.py" />
      <source>Could not connect to the server ({reason}).</source>
      <translation>Keine Verbindung zum Server möglich ({reason}).</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/http.py" />
      <source>The connection dropped before the server answered ({reason}).</source>
      <translation>Die Verbindung brach ab, bevor der Server antwortete ({reason}).</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/apruve/client.py" />
      <location filename="../approval_console/connectors/http.py" />
      <location filename="../approval_console/connectors/spree_errors.py" />
      <location filename="../approval_console/connectors/wholesale.py" />
      <source>The server answered {status}.</source>
      <translation>Der Server antwortete {status}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>The server asked the console to wait {wait} before trying again (answer {status}); it does not wait longer than %n second(s). Try again later.</source>
      <translation>
        <numerusform>Der Server bat die Konsole, {wait} zu warten, bevor sie es erneut versucht (Antwort {status}); sie wartet nicht länger als %n Sekunde. Versuchen Sie es später erneut.</numerusform>
        <numerusform>Der Server bat die Konsole, {wait} zu warten, bevor sie es erneut versucht (Antwort {status}); sie wartet nicht länger als %n Sekunden. Versuchen Sie es später erneut.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/http.py" />
      <source>The server did not answer in time ({reason}).</source>
      <translation>Der Server hat nicht rechtzeitig geantwortet ({reason}).</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>The server kept asking the console to wait (answer {status}); it stopped after waiting %n second(s) in all. Try again later.</source>
      <translation>
        <numerusform>Der Server bat die Konsole immer wieder zu warten (Antwort {status}); sie hat nach insgesamt %n Sekunde Wartezeit aufgegeben. Versuchen Sie es später erneut.</numerusform>
        <numerusform>Der Server bat die Konsole immer wieder zu warten (Antwort {status}); sie hat nach insgesamt %n Sekunden Wartezeit aufgegeben. Versuchen Sie es später erneut.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>The server took longer than %n second(s) to answer; the console stopped waiting.</source>
      <translation>
        <numerusform>Der Server brauchte länger als %n Sekunde für die Antwort; die Konsole hat aufgehört zu warten.</numerusform>
        <numerusform>Der Server brauchte länger als %n Sekunden für die Antwort; die Konsole hat aufgehört zu warten.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/approvepro.py" />
      <location filename="../approval_console/connectors/wholesale.py" />
      <source>There is no order {number}.</source>
      <translation>Es gibt keine Bestellung {number}.</translation>
    </message>
    <message>
      <location filename="../approval_console/core/errors.py" />
      <source>Unexpected answer from the server: {field} {problem}</source>
      <translation>Unerwartete Antwort des Servers: {field} {problem}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>a boolean</source>
      <translation>ein Wahrheitswert</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>a list</source>
      <translation>eine Liste</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>a number ({value})</source>
      <translation>eine Zahl ({value})</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>an object</source>
      <translation>ein Objekt</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/http.py" />
      <source>could not be decompressed as its Content-Encoding says</source>
      <translation>konnte nicht wie im Content-Encoding angegeben entpackt werden</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/common.py" />
      <source>goes on past {count} pages; the console stopped reading it</source>
      <translation>geht über {count} Seiten hinaus; die Konsole hat das Lesen beendet</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/http.py" />
      <source>indefinitely</source>
      <translation>unbegrenzt</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/http.py" />
      <source>is larger than {size} MB; the console stopped reading it</source>
      <translation>ist größer als {size} MB; die Konsole hat das Lesen beendet</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_xml.py" />
      <location filename="../approval_console/connectors/fields.py" />
      <source>is missing</source>
      <translation>fehlt</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/http.py" />
      <source>is nested too deeply to be a real answer</source>
      <translation>ist zu tief verschachtelt, um eine echte Antwort zu sein</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>is not a date and time: {value}</source>
      <translation>ist kein Datum mit Uhrzeit: {value}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>is not a date: {value}</source>
      <translation>ist kein Datum: {value}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_xml.py" />
      <source>should be a date and time, got {value}</source>
      <translation>sollte Datum und Uhrzeit sein, erhalten: {value}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_xml.py" />
      <source>should be a date, got {value}</source>
      <translation>sollte ein Datum sein, erhalten: {value}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>should be a list, got {kind}</source>
      <translation>sollte eine Liste sein, erhalten: {kind}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_xml.py" />
      <source>should be a number, got {value}</source>
      <translation>sollte eine Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>should be a whole number, got {kind}</source>
      <translation>sollte eine ganze Zahl sein, erhalten: {kind}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>should be an object, got {kind}</source>
      <translation>sollte ein Objekt sein, erhalten: {kind}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>should be text</source>
      <translation>sollte Text sein</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>should be text, got {kind}</source>
      <translation>sollte Text sein, erhalten: {kind}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>should be true or false, got {kind}</source>
      <translation>sollte wahr oder falsch sein, erhalten: {kind}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/fields.py" />
      <source>text ({value})</source>
      <translation>Text ({value})</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/registry.py" />
      <source>“{account}” was not contacted, so its key was not sent: {problem}</source>
      <translation>„{account}“ wurde nicht kontaktiert, sein Schlüssel wurde also nicht gesendet: {problem}</translation>
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
    <name>Settings</name>
    <message>
      <location filename="../approval_console/core/settings.py" />
      <source>The settings file {path} cannot be read ({reason}). It was left as it is. Check that it belongs to you and is readable, then start Approval Console again.</source>
      <translation>Die Einstellungsdatei {path} kann nicht gelesen werden ({reason}). Sie wurde unverändert gelassen. Prüfen Sie, ob sie Ihnen gehört und lesbar ist, und starten Sie Approval Console dann erneut.</translation>
    </message>
    <message>
      <location filename="../approval_console/core/settings.py" />
      <source>The settings file {path} is damaged and could not be moved aside ({reason}); it was left as it is.</source>
      <translation>Die Einstellungsdatei {path} ist beschädigt und konnte nicht beiseitegelegt werden ({reason}); sie wurde unverändert gelassen.</translation>
    </message>
  </context>
  <context>
    <name>Shipment</name>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Backordered</source>
      <translation>Nachbestellt</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Canceled</source>
      <translation>Storniert</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Delivered</source>
      <translation>Zugestellt</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Delivery failed</source>
      <translation>Zustellung fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>In transit</source>
      <translation>Unterwegs</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Label created</source>
      <translation>Etikett erstellt</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>No carrier update</source>
      <translation>Keine Meldung des Versanddienstleisters</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Not shipped yet</source>
      <translation>Noch nicht versandt</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Out for delivery</source>
      <translation>In Zustellung</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Partial</source>
      <translation>Teilweise</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Pending</source>
      <translation>Ausstehend</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Ready for pickup</source>
      <translation>Zur Abholung bereit</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Ready to ship</source>
      <translation>Versandbereit</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Returned to sender</source>
      <translation>An Absender zurückgesandt</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Shipped</source>
      <translation>Versandt</translation>
    </message>
  </context>
  <context>
    <name>ShipmentDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>A shipment is recorded once it has left: the date is in the future.</source>
      <translation>Eine Sendung wird erfasst, wenn sie unterwegs ist: Das Datum liegt in der Zukunft.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>As the carrier gave it</source>
      <translation>Wie vom Versanddienstleister angegeben</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>Carrier:</source>
      <translation>Versanddienstleister:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>Delivered</source>
      <translation>Zugestellt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>Delivery cannot come before shipping.</source>
      <translation>Die Zustellung kann nicht vor dem Versand liegen.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>Name the carrier.</source>
      <translation>Geben Sie den Versanddienstleister an.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>Notes:</source>
      <translation>Anmerkungen:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>Record a shipment for invoice {invoice}</source>
      <translation>Sendung zur Rechnung {invoice} erfassen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>Record shipment</source>
      <translation>Sendung erfassen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>Shipped:</source>
      <translation>Versandt am:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>This shipment completes the invoice</source>
      <translation>Diese Sendung schließt die Rechnung ab</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shipment.py" />
      <source>Tracking number:</source>
      <translation>Sendungsnummer:</translation>
    </message>
  </context>
  <context>
    <name>ShortcutEditor</name>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Action</source>
      <translation>Aktion</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Choose an action, then press its new key.</source>
      <translation>Wählen Sie eine Aktion und drücken Sie dann ihre neue Taste.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Find an action or a key</source>
      <translation>Aktion oder Taste suchen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>No key</source>
      <translation>Keine Taste</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Press the new key for the chosen action</source>
      <translation>Drücken Sie die neue Taste für die gewählte Aktion</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Reset all to defaults</source>
      <translation>Alle auf Standard zurücksetzen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Reset to default</source>
      <translation>Auf Standard zurücksetzen</translation>
    </message>
  </context>
  <context>
    <name>ShortcutKeys</name>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>A modifier alone is not a shortcut.</source>
      <translation>Eine Zusatztaste allein ist kein Tastenkürzel.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>A shortcut is one key with its modifiers.</source>
      <translation>Ein Tastenkürzel ist eine einzelne Taste mit ihren Zusatztasten.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>Esc closes dialogs, menus and popups.</source>
      <translation>Esc schließt Dialoge, Menüs und Popups.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>Return confirms dialogs and opens what is chosen.</source>
      <translation>Eingabe bestätigt Dialoge und öffnet das Gewählte.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>Tab moves from one field to the next.</source>
      <translation>Tab wechselt von einem Feld zum nächsten.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} copies the selected text in text fields.</source>
      <translation>{key} kopiert in Textfeldern den markierten Text.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} cuts the selected text in text fields.</source>
      <translation>{key} schneidet in Textfeldern den markierten Text aus.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} is already {action}: give that action another key first.</source>
      <translation>{key} ist bereits „{action}“ zugewiesen: Geben Sie dieser Aktion zuerst eine andere Taste.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} is typed in text fields: add Ctrl or Alt to it.</source>
      <translation>{key} wird in Textfeldern getippt: Nehmen Sie Strg oder Alt hinzu.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} moves or edits in lists and text fields.</source>
      <translation>{key} bewegt oder bearbeitet in Listen und Textfeldern.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} opens the {menu} menu.</source>
      <translation>{key} öffnet das Menü „{menu}“.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} pastes in text fields.</source>
      <translation>{key} fügt in Textfeldern ein.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} selects all the text of a text field.</source>
      <translation>{key} markiert den ganzen Text eines Textfelds.</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/shortcuts.py" />
      <source>Action</source>
      <translation>Aktion</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shortcuts.py" />
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shortcuts.py" />
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
  </context>
  <context>
    <name>Spree</name>
    <message>
      <location filename="../approval_console/connectors/spree.py" />
      <source>Spree answered without recording the approval: the order is as it was.</source>
      <translation>Spree hat geantwortet, ohne die Genehmigung zu erfassen: Die Bestellung ist unverändert.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree.py" />
      <source>Spree did not cancel the order: it is as it was.</source>
      <translation>Spree hat die Bestellung nicht storniert: Sie ist unverändert.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree.py" />
      <source>Spree did not cancel the order: it is still {state} and {shipping}.</source>
      <translation>Spree hat die Bestellung nicht storniert: Sie ist weiterhin „{state}“ und „{shipping}“.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree.py" />
      <source>Spree did not cancel the order: it is still {state}.</source>
      <translation>Spree hat die Bestellung nicht storniert: Sie ist weiterhin „{state}“.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree_errors.py" />
      <source>Spree refused the API key: {reason}</source>
      <translation>Spree hat den API-Schlüssel abgelehnt: {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree_errors.py" />
      <source>Spree refused this change: its key was already used for a different request (idempotency_key_reused), so nothing was sent twice and nothing changed.</source>
      <translation>Spree hat diese Änderung abgelehnt: Ihr Schlüssel wurde bereits für eine andere Anfrage verwendet (idempotency_key_reused), daher wurde nichts doppelt gesendet und nichts geändert.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree_errors.py" />
      <source>Spree refused: the order cannot take this change as it stands</source>
      <translation>Spree hat abgelehnt: Die Bestellung kann diese Änderung im jetzigen Zustand nicht annehmen</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree_errors.py" />
      <source>The Spree API key contains spaces or characters an API key cannot have.</source>
      <translation>Der Spree-API-Schlüssel enthält Leerzeichen oder Zeichen, die ein API-Schlüssel nicht haben kann.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree.py" />
      <source>There is no Spree record {id}.</source>
      <translation>Es gibt keinen Spree-Datensatz {id}.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree.py" />
      <source>This Spree server ignores the filter, and it has more than {count} orders to filter here: narrow the search or show every order.</source>
      <translation>Dieser Spree-Server ignoriert den Filter und hat hier mehr als {count} Bestellungen zu filtern: Grenzen Sie die Suche ein oder zeigen Sie alle Bestellungen an.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree_errors.py" />
      <source>This is a publishable key (pk_…), which only the storefront API accepts: Spree's Admin API needs a secret key (sk_…) from Settings → Developers.</source>
      <translation>Dies ist ein veröffentlichbarer Schlüssel (pk_…), den nur die Storefront-API akzeptiert: Die Admin-API von Spree braucht einen geheimen Schlüssel (sk_…) aus Settings → Developers.</translation>
    </message>
  </context>
  <context>
    <name>StartProblem</name>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>A file or folder of the profile could not be used ({path}): {reason}. Check that the profile's folder is yours and writable, and that the disk has space.</source>
      <translation>Eine Datei oder ein Ordner des Profils konnte nicht verwendet werden ({path}): {reason}. Prüfen Sie, ob der Profilordner Ihnen gehört und beschreibbar ist und ob auf dem Datenträger genügend Speicherplatz frei ist.</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>A file or folder of the profile could not be used: {reason}. Check that the profile's folder is yours and writable, and that the disk has space.</source>
      <translation>Eine Datei oder ein Ordner des Profils konnte nicht verwendet werden: {reason}. Prüfen Sie, ob der Profilordner Ihnen gehört und beschreibbar ist und ob auf dem Datenträger genügend Speicherplatz frei ist.</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>Approval Console cannot start</source>
      <translation>Approval Console kann nicht starten</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>Set aside and start</source>
      <translation>Beiseitelegen und starten</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>Set it aside to start with a new journal: the damaged file is kept beside it, renamed, for support to read. Check the orders you changed last once the console is open.</source>
      <translation>Legen Sie es beiseite, um mit einem neuen Journal zu starten: Die beschädigte Datei bleibt umbenannt daneben erhalten, damit der Support sie lesen kann. Prüfen Sie nach dem Öffnen der Konsole die zuletzt geänderten Bestellungen.</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>Something went wrong ({error}).</source>
      <translation>Es ist ein Fehler aufgetreten ({error}).</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>The change journal cannot be read</source>
      <translation>Das Änderungsjournal ist nicht lesbar</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>The change journal {path} cannot be read: it is {reason}. It keeps each change until its server confirms it, so changes not yet sent or not yet confirmed may be in it, and cannot be read back from it.</source>
      <translation>Das Änderungsjournal {path} ist nicht lesbar: {reason}. Es bewahrt jede Änderung auf, bis ihr Server sie bestätigt; noch nicht gesendete oder noch nicht bestätigte Änderungen können darin stehen und lassen sich nicht mehr daraus lesen.</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <location filename="../approval_console/connectors/spree_parse.py" />
      <source>A cart or a checkout not completed yet</source>
      <translation>Ein Warenkorb oder ein noch nicht abgeschlossener Bestellvorgang</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Accepted</source>
      <translation>Angenommen</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/wholesale.py" />
      <source>Accepted by the portal's staff, being prepared</source>
      <translation>Vom Portalteam angenommen, in Vorbereitung</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_orders.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Approved</source>
      <translation>Genehmigt</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_orders.py" />
      <source>Approved: its registrations go ahead. It can still be canceled.</source>
      <translation>Genehmigt: Ihre Anmeldungen gehen weiter. Sie kann noch storniert werden.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_orders.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Awaiting approval</source>
      <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Awaiting return</source>
      <translation>Rücksendung erwartet</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree_parse.py" />
      <location filename="../approval_console/connectors/wholesale.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Canceled</source>
      <translation>Storniert</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree_parse.py" />
      <source>Canceled by an admin before it shipped</source>
      <translation>Vor dem Versand von einem Administrator storniert</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/wholesale.py" />
      <source>Canceled by the buyer or by staff</source>
      <translation>Vom Käufer oder vom Team storniert</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_orders.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Cancelled</source>
      <translation>Storniert</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_orders.py" />
      <source>Cancelled, with its registrations.</source>
      <translation>Storniert, samt ihren Anmeldungen.</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Cart</source>
      <translation>Warenkorb</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree_parse.py" />
      <source>Checkout completed: the order is to be fulfilled</source>
      <translation>Bestellvorgang abgeschlossen: Die Bestellung ist zu erfüllen</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Checkout: address</source>
      <translation>Kasse: Adresse</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Checkout: confirm</source>
      <translation>Kasse: Bestätigung</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Checkout: delivery</source>
      <translation>Kasse: Lieferung</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Checkout: payment</source>
      <translation>Kasse: Zahlung</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Complete</source>
      <translation>Abgeschlossen</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/wholesale.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Completed</source>
      <translation>Abgeschlossen</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/wholesale.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Confirmed</source>
      <translation>Bestätigt</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree_parse.py" />
      <source>Considered risky by the store's checks: approve it to go ahead, or cancel it.</source>
      <translation>Von den Prüfungen des Shops als riskant eingestuft: Genehmigen Sie sie, damit es weitergeht, oder stornieren Sie sie.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/wholesale.py" />
      <source>Delivered</source>
      <translation>Zugestellt</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree_parse.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Draft</source>
      <translation>Entwurf</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_orders.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Expired</source>
      <translation>Abgelaufen</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>New</source>
      <translation>Neu</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_orders.py" />
      <source>Not approved in time; no decision is asked any more.</source>
      <translation>Nicht rechtzeitig genehmigt; es wird keine Entscheidung mehr verlangt.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/wholesale.py" />
      <source>On its way: one or more shipments in transit</source>
      <translation>Unterwegs: eine oder mehrere Sendungen im Transit</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_orders.py" />
      <location filename="../approval_console/connectors/wholesale.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Pending</source>
      <translation>Ausstehend</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree_parse.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Placed</source>
      <translation>Aufgegeben</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Resumed</source>
      <translation>Fortgesetzt</translation>
    </message>
    <message>
      <location filename="../approval_console/core/labels.py" />
      <source>Returned</source>
      <translation>Zurückgesandt</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/wholesale.py" />
      <location filename="../approval_console/core/labels.py" />
      <source>Shipped</source>
      <translation>Versandt</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_orders.py" />
      <source>Submitted and waiting for someone to approve it.</source>
      <translation>Eingereicht, wartet auf eine Genehmigung.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/wholesale.py" />
      <source>Submitted by the buyer, waiting to be confirmed</source>
      <translation>Vom Käufer eingereicht, wartet auf Bestätigung</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/arlo_orders.py" />
      <source>Waiting on payment or processing; it can still be approved or canceled.</source>
      <translation>Wartet auf Zahlung oder Bearbeitung; sie kann noch genehmigt oder storniert werden.</translation>
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
    <name>StatusOptions</name>
    <message>
      <location filename="../approval_console/ui/dialogs/change_status.py" />
      <source>Comment (optional)</source>
      <translation>Kommentar (optional)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/change_status.py" />
      <source>Email additional recipients</source>
      <translation>Weitere Empfänger per E-Mail benachrichtigen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/change_status.py" />
      <source>Email the customer</source>
      <translation>Den Kunden per E-Mail benachrichtigen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/change_status.py" />
      <source>New status</source>
      <translation>Neuer Status</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message numerus="yes">
      <location filename="../approval_console/services/undo.py" />
      <source>Undo: status → {status} on %n order(s)</source>
      <translation>
        <numerusform>Rückgängig: Status → {status} für %n Bestellung</numerusform>
        <numerusform>Rückgängig: Status → {status} für %n Bestellungen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/services/undo.py" />
      <source>it had no status before, and a status cannot be taken away again</source>
      <translation>sie hatte vorher keinen Status, und ein Status kann nicht wieder entfernt werden</translation>
    </message>
    <message>
      <location filename="../approval_console/services/undo.py" />
      <source>no longer in this account</source>
      <translation>nicht mehr in diesem Konto</translation>
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
      <source>In {accounts}: {change}</source>
      <translation>In {accounts}: {change}</translation>
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
    <name>Views</name>
    <message>
      <location filename="../approval_console/core/views.py" />
      <source>A view named “{name}” exists already: choose another name.</source>
      <translation>Eine Ansicht namens „{name}“ existiert bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
      <location filename="../approval_console/core/views.py" />
      <source>All orders</source>
      <translation>Alle Bestellungen</translation>
    </message>
    <message>
      <location filename="../approval_console/core/views.py" />
      <source>Changed today</source>
      <translation>Heute geändert</translation>
    </message>
    <message>
      <location filename="../approval_console/core/views.py" />
      <source>Due this week</source>
      <translation>Diese Woche fällig</translation>
    </message>
    <message>
      <location filename="../approval_console/core/views.py" />
      <source>Enter a name for the view.</source>
      <translation>Geben Sie einen Namen für die Ansicht ein.</translation>
    </message>
    <message>
      <location filename="../approval_console/core/views.py" />
      <source>Needs review</source>
      <translation>Zu prüfen</translation>
    </message>
    <message>
      <location filename="../approval_console/core/views.py" />
      <source>Overdue</source>
      <translation>Überfällig</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/core/views.py" />
      <source>Use at most %n character(s).</source>
      <translation>
        <numerusform>Verwenden Sie höchstens %n Zeichen.</numerusform>
        <numerusform>Verwenden Sie höchstens %n Zeichen.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ViewsBar</name>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Changed since chosen: Update view keeps the change.</source>
      <translation>Seit der Auswahl geändert: „Ansicht aktualisieren“ übernimmt die Änderung.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/views_bar.py" />
      <source>Delete…</source>
      <translation>Löschen…</translation>
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
  <context>
    <name>WindowActions</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>%n order(s) await a decision, across all accounts</source>
      <translation>
        <numerusform>%n Bestellung wartet auf eine Entscheidung, über alle Konten</numerusform>
        <numerusform>%n Bestellungen warten auf eine Entscheidung, über alle Konten</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;About Approval Console</source>
      <translation>&amp;Über Approval Console</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Accounts…</source>
      <translation>&amp;Konten…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Clear selection</source>
      <translation>Auswahl au&amp;fheben</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Export to CSV…</source>
      <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Finalize…</source>
      <translation>&amp;Abschließen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Find order…</source>
      <translation>Bestellung &amp;suchen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Merchant: accounts and webhooks…</source>
      <translation>&amp;Händler: Konten und Webhooks…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Next order</source>
      <translation>&amp;Nächste Bestellung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Orders</source>
      <translation>Bes&amp;tellungen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Previous order</source>
      <translation>&amp;Vorherige Bestellung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Refresh</source>
      <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Search</source>
      <translation>&amp;Suchen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Send comment</source>
      <translation>Kommentar &amp;senden</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&lt;b&gt;Approval Console&lt;/b&gt; {version}&lt;br&gt;Review and approve orders from all your order systems in one place.</source>
      <translation>&lt;b&gt;Approval Console&lt;/b&gt; {version}&lt;br&gt;Prüfen und genehmigen Sie Bestellungen aus all Ihren Bestellsystemen an einem Ort.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>A&amp;pprove</source>
      <translation>&amp;Genehmigen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>About Approval Console</source>
      <translation>Über Approval Console</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Activity &amp;log…</source>
      <translation>Aktivitäts&amp;protokoll…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Add &amp;comment</source>
      <translation>&amp;Kommentar hinzufügen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>All a&amp;ccounts' orders…</source>
      <translation>Bestellungen a&amp;ller Konten…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Anywhere but a text field</source>
      <translation>Überall außer in einem Textfeld</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Approve the current order</source>
      <translation>Aktuelle Bestellung genehmigen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Cancel &amp;order…</source>
      <translation>Bestellung s&amp;tornieren…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Cancel the current order</source>
      <translation>Aktuelle Bestellung stornieren</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Change &amp;status of %n…</source>
      <translation>
        <numerusform>&amp;Status von %n ändern…</numerusform>
        <numerusform>&amp;Status von %n ändern…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Change &amp;status…</source>
      <translation>&amp;Status ändern…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Command &amp;palette…</source>
      <translation>Befehls&amp;palette…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Create &amp;invoice…</source>
      <translation>&amp;Rechnung erstellen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Go to order {number}</source>
      <translation>Zu Bestellung {number} wechseln</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Go to order {number} ({customer})</source>
      <translation>Zu Bestellung {number} wechseln ({customer})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>In the comment box</source>
      <translation>Im Kommentarfeld</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>In the order list</source>
      <translation>In der Bestellliste</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>In the review queue</source>
      <translation>In der Prüfliste</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Keyboard</source>
      <translation>Tastatur</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Main</source>
      <comment>toolbar</comment>
      <translation>Haupt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Needs &amp;review (all accounts)…</source>
      <translation>Zu &amp;prüfen (alle Konten)…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Needs review</source>
      <translation>Zu prüfen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Needs review ({count})</source>
      <translation>Zu prüfen ({count})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Next order</source>
      <comment>review queue</comment>
      <translation>Nächste Bestellung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Order &amp;menu</source>
      <translation>Bestell&amp;menü</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Orders awaiting a decision, across all accounts</source>
      <translation>Bestellungen, die auf eine Entscheidung warten, über alle Konten</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Previous order</source>
      <comment>review queue</comment>
      <translation>Vorherige Bestellung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Reset &amp;filters</source>
      <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Save as &amp;view…</source>
      <translation>Als &amp;Ansicht speichern…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Select &amp;all matching</source>
      <translation>&amp;Alle Treffer auswählen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Set &amp;due date…</source>
      <translation>&amp;Fälligkeitsdatum setzen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>View {number}</source>
      <translation>Ansicht {number}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>View: {name}</source>
      <translation>Ansicht: {name}</translation>
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
      <source>Carried on where the last reading stopped.</source>
      <translation>Dort fortgesetzt, wo das letzte Lesen aufgehört hat.</translation>
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
      <source>Reading orders… {done} of {total} (page {page} of {pages})</source>
      <translation>Bestellungen werden gelesen… {done} von {total} (Seite {page} von {pages})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>Reading orders… {done} of {total} (page {page} of {pages}), {left} left</source>
      <translation>Bestellungen werden gelesen… {done} von {total} (Seite {page} von {pages}), noch {left}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>Reading recent orders… {done} of about {total} (page {page} of {pages}), {left} left</source>
      <translation>Aktuelle Bestellungen werden gelesen… {done} von etwa {total} (Seite {page} von {pages}), noch {left}</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>Searching %n order(s)…</source>
      <translation>
        <numerusform>%n Bestellung wird durchsucht…</numerusform>
        <numerusform>%n Bestellungen werden durchsucht…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>The list shows the orders read so far: you can work with them while the rest arrive. If the console is closed, reading carries on where it stopped.</source>
      <translation>Die Liste zeigt die bisher gelesenen Bestellungen: Sie können sie bearbeiten, während die übrigen eintreffen. Wird die Konsole geschlossen, wird das Lesen dort fortgesetzt, wo es aufgehört hat.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>{context}: {message}</source>
      <comment>what failed: why</comment>
      <translation>{context}: {message}</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>{found}+ of %n order(s), counting…</source>
      <translation>
        <numerusform>{found}+ von %n Bestellung, wird gezählt…</numerusform>
        <numerusform>{found}+ von %n Bestellungen, wird gezählt…</numerusform>
      </translation>
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
  <context>
    <name>_AccountMarks</name>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Approving moves to:</source>
      <translation>Freigabe setzt auf:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Cancelling moves to:</source>
      <translation>Stornierung setzt auf:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Needs review:</source>
      <translation>Zu prüfen:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Not set</source>
      <comment>destination status</comment>
      <translation>Nicht festgelegt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Refresh this account once to see its statuses.</source>
      <translation>Aktualisieren Sie dieses Konto einmal, um seine Status zu sehen.</translation>
    </message>
  </context>
</TS>
