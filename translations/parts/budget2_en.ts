<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>Meanwhile</name>
    <message numerus="yes">
      <location filename="../approval_console/services/meanwhile.py" />
      <source>%n listing page(s)</source>
      <translation>
        <numerusform>%n listing page</numerusform>
        <numerusform>%n listing pages</numerusform>
      </translation>
    </message>
  </context>
</TS>
