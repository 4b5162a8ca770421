<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>Confirmation</name>
    <message>
      <location filename="../approval_console/ui/dialogs/confirm.py" />
      <source>Keep it</source>
      <translation>Nichts ändern</translation>
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
      <source>{hours} h {minutes} min</source>
      <translation>{hours} Std. {minutes} Min.</translation>
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
    <name>Outcome</name>
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
</TS>
