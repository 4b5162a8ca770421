<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>WindowStatusBar</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>Searching %n order(s)…</source>
      <translation>
        <numerusform>%n Bestellung wird durchsucht…</numerusform>
        <numerusform>%n Bestellungen werden durchsucht…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>{found}+ of %n order(s), counting…</source>
      <translation>
        <numerusform>{found}+ von %n Bestellung, wird gezählt…</numerusform>
        <numerusform>{found}+ von %n Bestellungen, wird gezählt…</numerusform>
      </translation>
    </message>
  </context>
</TS>
