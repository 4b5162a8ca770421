<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>Accounts</name>
    <message>
      <location filename="../approval_console/core/backends.py" />
      <source>API key</source>
      <translation>API-Schlüssel</translation>
    </message>
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
    <message>
      <location filename="../approval_console/core/backends.py" />
      <source>password</source>
      <translation>Passwort</translation>
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
    <name>Bulk</name>
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
      <location filename="../approval_console/services/bulk.py" />
      <location filename="../approval_console/services/undo.py" />
      <source>already has this status</source>
      <translation>hat diesen Status bereits</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <source>canceled</source>
      <translation>abgebrochen</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <source>canceled before sending</source>
      <translation>vor dem Senden abgebrochen</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
      <source>lost in flight</source>
      <translation>bei der Übertragung verloren</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk.py" />
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
    <name>Meanwhile</name>
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
      <source>changed meanwhile</source>
      <translation>zwischenzeitlich geändert</translation>
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
    <name>Review</name>
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
    <message numerus="yes">
      <location filename="../approval_console/services/account_ops.py" />
      <source>Approve %n order(s) from review</source>
      <translation>
        <numerusform>%n Bestellung aus der Prüfung genehmigen</numerusform>
        <numerusform>%n Bestellungen aus der Prüfung genehmigen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Approving or canceling does not tell the customer, and approvals name the approving contact you chose. Change this in Needs review.</source>
      <translation>Genehmigen oder Stornieren benachrichtigt den Kunden nicht, und Genehmigungen nennen den von Ihnen gewählten genehmigenden Kontakt. Ändern Sie das unter Prüfung erforderlich.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Approving or canceling does not tell the customer. Change this in Needs review.</source>
      <translation>Genehmigen oder Stornieren benachrichtigt den Kunden nicht. Ändern Sie das unter Prüfung erforderlich.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Approving or canceling tells the customer, and approvals name the approving contact you chose. Change this in Needs review.</source>
      <translation>Genehmigen oder Stornieren benachrichtigt den Kunden, und Genehmigungen nennen den von Ihnen gewählten genehmigenden Kontakt. Ändern Sie das unter Prüfung erforderlich.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Approving or canceling tells the customer. Change this in Needs review.</source>
      <translation>Genehmigen oder Stornieren benachrichtigt den Kunden. Ändern Sie das unter Prüfung erforderlich.</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/account_ops.py" />
      <source>Cancel %n order(s) from review</source>
      <translation>
        <numerusform>%n Bestellung aus der Prüfung stornieren</numerusform>
        <numerusform>%n Bestellungen aus der Prüfung stornieren</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Canceling does not tell the customer, and approvals name the approving contact you chose. Change this in Needs review.</source>
      <translation>Stornieren benachrichtigt den Kunden nicht, und Genehmigungen nennen den von Ihnen gewählten genehmigenden Kontakt. Ändern Sie das unter Prüfung erforderlich.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Canceling does not tell the customer. Change this in Needs review.</source>
      <translation>Stornieren benachrichtigt den Kunden nicht. Ändern Sie das unter Prüfung erforderlich.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Canceling tells the customer, and approvals name the approving contact you chose. Change this in Needs review.</source>
      <translation>Stornieren benachrichtigt den Kunden, und Genehmigungen nennen den von Ihnen gewählten genehmigenden Kontakt. Ändern Sie das unter Prüfung erforderlich.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>Canceling tells the customer. Change this in Needs review.</source>
      <translation>Stornieren benachrichtigt den Kunden. Ändern Sie das unter Prüfung erforderlich.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>No status</source>
      <translation>Kein Status</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
      <source>The customer is not told.</source>
      <translation>Der Kunde wird nicht benachrichtigt.</translation>
    </message>
    <message>
      <location filename="../approval_console/services/review.py" />
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
      <location filename="../approval_console/connectors/spree.py" />
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
      <location filename="../approval_console/connectors/spree.py" />
      <source>Spree refused the API key: {reason}</source>
      <translation>Spree hat den API-Schlüssel abgelehnt: {reason}</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree.py" />
      <source>Spree refused this change: its key was already used for a different request (idempotency_key_reused), so nothing was sent twice and nothing changed.</source>
      <translation>Spree hat diese Änderung abgelehnt: Ihr Schlüssel wurde bereits für eine andere Anfrage verwendet (idempotency_key_reused), daher wurde nichts doppelt gesendet und nichts geändert.</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree.py" />
      <source>Spree refused: the order cannot take this change as it stands</source>
      <translation>Spree hat abgelehnt: Die Bestellung kann diese Änderung im jetzigen Zustand nicht annehmen</translation>
    </message>
    <message>
      <location filename="../approval_console/connectors/spree.py" />
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
      <location filename="../approval_console/connectors/spree.py" />
      <source>This is a publishable key (pk_…), which only the storefront API accepts: Spree's Admin API needs a secret key (sk_…) from Settings → Developers.</source>
      <translation>Dies ist ein veröffentlichbarer Schlüssel (pk_…), den nur die Storefront-API akzeptiert: Die Admin-API von Spree braucht einen geheimen Schlüssel (sk_…) aus Settings → Developers.</translation>
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
      <translation>Prüfung erforderlich</translation>
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
</TS>
