<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>Duration</name>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>{minutes} min</source>
      <translation>{minutes} Min.</translation>
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
    <name>WindowStatusBar</name>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>Carried on where the last reading stopped.</source>
      <translation>Dort fortgesetzt, wo das letzte Lesen aufgehört hat.</translation>
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
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>The list shows the orders read so far: you can work with them while the rest arrive. If the console is closed, reading carries on where it stopped.</source>
      <translation>Die Liste zeigt die bisher gelesenen Bestellungen: Sie können sie bearbeiten, während die übrigen eintreffen. Wird die Konsole geschlossen, wird das Lesen dort fortgesetzt, wo es aufgehört hat.</translation>
    </message>
  </context>
</TS>
