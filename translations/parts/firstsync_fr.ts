<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Duration</name>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
  </context>
  <context>
    <name>HistoryChoice</name>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_history.py" />
      <source>A large account's first reading can take hours; the list fills as it goes.</source>
      <translation>La première lecture d'un compte volumineux peut prendre des heures ; la liste se remplit au fur et à mesure.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_history.py" />
      <source>All orders, with their history</source>
      <translation>Toutes les commandes, avec leur historique</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_history.py" />
      <source>Cancelled and older orders are not read or kept: the first reading is shorter, and older orders are let go.</source>
      <translation>Les commandes annulées et plus anciennes ne sont ni lues ni conservées : la première lecture est plus courte et les commandes plus anciennes sont retirées.</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/accounts_history.py" />
      <source>Open orders of the last %n day(s)</source>
      <translation>
        <numerusform>Commandes ouvertes du dernier jour</numerusform>
        <numerusform>Commandes ouvertes des %n derniers jours</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_history.py" />
      <source>Open orders of the last 12 months</source>
      <translation>Commandes ouvertes des 12 derniers mois</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/accounts_history.py" />
      <source>Orders to read:</source>
      <translation>Commandes à lire :</translation>
    </message>
  </context>
  <context>
    <name>WindowStatusBar</name>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>Carried on where the last reading stopped.</source>
      <translation>Reprise là où la dernière lecture s'était arrêtée.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>Reading orders… {done} of {total} (page {page} of {pages})</source>
      <translation>Lecture des commandes… {done} sur {total} (page {page} sur {pages})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>Reading orders… {done} of {total} (page {page} of {pages}), {left} left</source>
      <translation>Lecture des commandes… {done} sur {total} (page {page} sur {pages}), encore {left}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>Reading recent orders… {done} of about {total} (page {page} of {pages}), {left} left</source>
      <translation>Lecture des commandes récentes… {done} sur environ {total} (page {page} sur {pages}), encore {left}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/status_bar.py" />
      <source>The list shows the orders read so far: you can work with them while the rest arrive. If the console is closed, reading carries on where it stopped.</source>
      <translation>La liste affiche les commandes déjà lues : vous pouvez les traiter pendant que les autres arrivent. Si la console est fermée, la lecture reprend là où elle s'est arrêtée.</translation>
    </message>
  </context>
</TS>
