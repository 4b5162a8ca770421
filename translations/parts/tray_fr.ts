<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>ConsoleTray</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/tray.py" />
      <source>%n order(s) await a decision</source>
      <translation>
        <numerusform>%n commande attend une décision</numerusform>
        <numerusform>%n commandes attendent une décision</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/tray.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/tray.py" />
      <source>&amp;Show Approval Console</source>
      <translation>&amp;Afficher Approval Console</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/tray.py" />
      <source>Needs &amp;review…</source>
      <translation>À e&amp;xaminer…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/tray.py" />
      <source>No order awaits a decision</source>
      <translation>Aucune commande n’attend de décision</translation>
    </message>
  </context>
  <context>
    <name>Notifier</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/notifications.py" />
      <source>%n new order(s) to review</source>
      <translation>
        <numerusform>%n nouvelle commande à examiner</numerusform>
        <numerusform>%n nouvelles commandes à examiner</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/notifications.py" />
      <source>Bulk change failed</source>
      <translation>Échec de la modification groupée</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/notifications.py" />
      <source>Bulk change finished</source>
      <translation>Modification groupée terminée</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/notifications.py" />
      <source>Export failed</source>
      <translation>Échec de l’export</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/notifications.py" />
      <source>Export finished</source>
      <translation>Export terminé</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/notifications.py" />
      <source>{account}: {numbers}</source>
      <translation>{account} : {numbers}</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/notifications.py" />
      <source>{account}: {numbers} and %n more</source>
      <translation>
        <numerusform>{account} : {numbers} et %n autre</numerusform>
        <numerusform>{account} : {numbers} et %n autres</numerusform>
      </translation>
    </message>
  </context>
</TS>
