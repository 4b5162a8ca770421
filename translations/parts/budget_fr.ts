<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Bulk</name>
    <message numerus="yes">
      <location filename="../approval_console/services/viability.py" />
      <source>%n order(s) were not checked, to save the rate budget for the change; the server skips any that cannot take this status and the report will say so.</source>
      <translation>
        <numerusform>%n commande n’a pas été vérifiée, pour réserver le quota de requêtes à la modification ; le serveur ignore celles qui ne peuvent pas prendre ce statut, et le rapport l’indiquera.</numerusform>
        <numerusform>%n commandes n’ont pas été vérifiées, pour réserver le quota de requêtes à la modification ; le serveur ignore celles qui ne peuvent pas prendre ce statut, et le rapport l’indiquera.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/services/viability.py" />
      <source>Checking which orders can take this status used %n request(s) of the API's rate budget.</source>
      <translation>
        <numerusform>Vérifier quelles commandes peuvent prendre ce statut a utilisé %n requête du quota de l’API.</numerusform>
        <numerusform>Vérifier quelles commandes peuvent prendre ce statut a utilisé %n requêtes du quota de l’API.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/services/viability.py" />
      <source>Which orders can take this status is known from earlier answers: no request was needed.</source>
      <translation>Les commandes pouvant prendre ce statut sont connues grâce à des réponses précédentes : aucune requête n’a été nécessaire.</translation>
    </message>
  </context>
</TS>
