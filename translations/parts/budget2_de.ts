<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>Bulk</name>
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
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>Before each burst of requests, the listing of “{status}” is read ({pages} in all): it checks that the next orders are still as you saw them (any changed meanwhile are held back) and shows that those already sent have left it. An order is confirmed by the new status where the budget lets it be read, otherwise by having left “{status}” once its request ran.</source>
      <translation>Vor jedem Schub von Anfragen wird die Liste „{status}“ gelesen ({pages} insgesamt): Sie prüft, dass die nächsten Bestellungen noch so sind, wie Sie sie gesehen haben (zwischenzeitlich geänderte werden zurückgehalten), und zeigt, dass die bereits gesendeten sie verlassen haben. Eine Bestellung wird durch den neuen Status bestätigt, soweit das Kontingent das Lesen erlaubt, sonst dadurch, dass sie „{status}“ verlassen hat, nachdem ihre Anfrage ausgeführt wurde.</translation>
    </message>
  </context>
</TS>
