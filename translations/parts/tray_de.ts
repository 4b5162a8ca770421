<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</TS>
