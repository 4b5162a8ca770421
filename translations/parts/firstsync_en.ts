<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>HistoryChoice</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/accounts_history.py" />
      <source>Open orders of the last %n day(s)</source>
      <translation>
        <numerusform>Open orders of the last day</numerusform>
        <numerusform>Open orders of the last %n days</numerusform>
      </translation>
    </message>
  </context>
</TS>
