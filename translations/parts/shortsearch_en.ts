<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>WindowStatusBar</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>Searching %n order(s)…</source>
      <translation>
        <numerusform>Searching %n order…</numerusform>
        <numerusform>Searching %n orders…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>{found}+ of %n order(s), counting…</source>
      <translation>
        <numerusform>{found}+ of %n order, counting…</numerusform>
        <numerusform>{found}+ of %n orders, counting…</numerusform>
      </translation>
    </message>
  </context>
</TS>
