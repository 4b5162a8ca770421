<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>Changes</name>
    <message numerus="yes">
      <location filename="../approval_console/services/changes.py" />
      <source>gave up after %n attempt(s)</source>
      <translation>
        <numerusform>gave up after %n attempt</numerusform>
        <numerusform>gave up after %n attempts</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Comment</name>
    <message numerus="yes">
      <location filename="../approval_console/core/changes.py" />
      <source>A comment can have at most %n character(s) ({count} now).</source>
      <translation>
        <numerusform>A comment can have at most %n character ({count} now).</numerusform>
        <numerusform>A comment can have at most %n characters ({count} now).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/core/changes.py" />
      <source>A comment needs at least %n character(s).</source>
      <translation>
        <numerusform>A comment needs at least %n character.</numerusform>
        <numerusform>A comment needs at least %n characters.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Meanwhile</name>
    <message numerus="yes">
      <location filename="../approval_console/services/meanwhile.py" />
      <source>%n listing page(s) are read</source>
      <translation>
        <numerusform>%n listing page is read</numerusform>
        <numerusform>%n listing pages are read</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/meanwhile.py" />
      <source>%n order(s) in long statuses are not checked.</source>
      <translation>
        <numerusform>%n order in long statuses is not checked.</numerusform>
        <numerusform>%n orders in long statuses are not checked.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/meanwhile.py" />
      <source>Just before sending, {pages} to check that the %n orders are still as you saw them; any changed meanwhile are held back.</source>
      <translation>
        <numerusform>Just before sending, {pages} to check that the %n orders are still as you saw them; any changed meanwhile are held back.</numerusform>
        <numerusform>Just before sending, {pages} to check that the %n orders are still as you saw them; any changed meanwhile are held back.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Review</name>
    <message numerus="yes">
      <location filename="../approval_console/services/account_ops.py" />
      <source>Approve %n order(s) from review</source>
      <translation>
        <numerusform>Approve %n order from review</numerusform>
        <numerusform>Approve %n orders from review</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/account_ops.py" />
      <source>Cancel %n order(s) from review</source>
      <translation>
        <numerusform>Cancel %n order from review</numerusform>
        <numerusform>Cancel %n orders from review</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Server</name>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n hour</numerusform>
        <numerusform>%n hours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n second</numerusform>
        <numerusform>%n seconds</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>The server asked the console to wait {wait} before trying again (answer {status}); it does not wait longer than %n second(s). Try again later.</source>
      <translation>
        <numerusform>The server asked the console to wait {wait} before trying again (answer {status}); it does not wait longer than %n second. Try again later.</numerusform>
        <numerusform>The server asked the console to wait {wait} before trying again (answer {status}); it does not wait longer than %n seconds. Try again later.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>The server kept asking the console to wait (answer {status}); it stopped after waiting %n second(s) in all. Try again later.</source>
      <translation>
        <numerusform>The server kept asking the console to wait (answer {status}); it stopped after waiting %n second in all. Try again later.</numerusform>
        <numerusform>The server kept asking the console to wait (answer {status}); it stopped after waiting %n seconds in all. Try again later.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/connectors/http.py" />
      <source>The server took longer than %n second(s) to answer; the console stopped waiting.</source>
      <translation>
        <numerusform>The server took longer than %n second to answer; the console stopped waiting.</numerusform>
        <numerusform>The server took longer than %n seconds to answer; the console stopped waiting.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message numerus="yes">
      <location filename="../approval_console/services/undo.py" />
      <source>Undo: status → {status} on %n order(s)</source>
      <translation>
        <numerusform>Undo: status → {status} on %n order</numerusform>
        <numerusform>Undo: status → {status} on %n orders</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Views</name>
    <message numerus="yes">
      <location filename="../approval_console/core/views.py" />
      <source>Use at most %n character(s).</source>
      <translation>
        <numerusform>Use at most %n character.</numerusform>
        <numerusform>Use at most %n characters.</numerusform>
      </translation>
    </message>
  </context>
</TS>
