<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>ConsoleTray</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/tray.py" />
      <source>%n order(s) await a decision</source>
      <translation>
        <numerusform>%n order awaits a decision</numerusform>
        <numerusform>%n orders await a decision</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Notifier</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/notifications.py" />
      <source>%n new order(s) to review</source>
      <translation>
        <numerusform>%n new order to review</numerusform>
        <numerusform>%n new orders to review</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/notifications.py" />
      <source>{account}: {numbers} and %n more</source>
      <translation>
        <numerusform>{account}: {numbers} and %n more</numerusform>
        <numerusform>{account}: {numbers} and %n more</numerusform>
      </translation>
    </message>
  </context>
</TS>
