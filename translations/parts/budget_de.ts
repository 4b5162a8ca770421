<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
      <location filename="../approval_console/services/viability.py" />
      <source>Which orders can take this status is known from earlier answers: no request was needed.</source>
      <translation>Welche Bestellungen diesen Status annehmen können, ist aus früheren Antworten bekannt: Es war keine Anfrage nötig.</translation>
    </message>
  </context>
</TS>
