<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>WindowActions</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>%n order(s) await a decision, across all accounts</source>
      <translation>
        <numerusform>%n order awaits a decision, across all accounts</numerusform>
        <numerusform>%n orders await a decision, across all accounts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Change &amp;status of %n…</source>
      <translation>
        <numerusform>Change &amp;status of %n…</numerusform>
        <numerusform>Change &amp;status of %n…</numerusform>
      </translation>
    </message>
  </context>
</TS>
