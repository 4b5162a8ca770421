<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>WindowStatusBar</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>Searching %n order(s)…</source>
      <translation>
        <numerusform>Recherche dans %n commande…</numerusform>
        <numerusform>Recherche dans %n commandes…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>{found}+ of %n order(s), counting…</source>
      <translation>
        <numerusform>{found}+ sur %n commande, décompte en cours…</numerusform>
        <numerusform>{found}+ sur %n commandes, décompte en cours…</numerusform>
      </translation>
    </message>
  </context>
</TS>
