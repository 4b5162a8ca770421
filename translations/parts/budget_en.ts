<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>Bulk</name>
    <message numerus="yes">
      <location filename="../approval_console/services/viability.py" />
      <source>%n order(s) were not checked, to save the rate budget for the change; the server skips any that cannot take this status and the report will say so.</source>
      <translation>
        <numerusform>%n order was not checked, to save the rate budget for the change; the server skips any that cannot take this status and the report will say so.</numerusform>
        <numerusform>%n orders were not checked, to save the rate budget for the change; the server skips any that cannot take this status and the report will say so.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/viability.py" />
      <source>Checking which orders can take this status used %n request(s) of the API's rate budget.</source>
      <translation>
        <numerusform>Checking which orders can take this status used %n request of the API's rate budget.</numerusform>
        <numerusform>Checking which orders can take this status used %n requests of the API's rate budget.</numerusform>
      </translation>
    </message>
  </context>
</TS>
