<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Bulk</name>
    <message>
      <location filename="../approval_console/services/bulk_source.py" />
      <source>Confirmed by having left “{source}” once its request ran; not read back in “{target}”.</source>
      <translation>Confirmée parce qu’elle a quitté « {source} » une fois sa demande traitée ; non relue dans « {target} ».</translation>
    </message>
    <message>
      <location filename="../approval_console/services/bulk_source.py" />
      <source>Moved elsewhere while the change ran: it left “{source}” but is not in “{target}”.</source>
      <translation>Déplacée ailleurs pendant la modification : elle a quitté « {source} » mais n’est pas dans « {target} ».</translation>
    </message>
  </context>
  <context>
    <name>Meanwhile</name>
    <message numerus="yes">
      <location filename="../approval_console/services/meanwhile.py" />
      <source>%n listing page(s)</source>
      <translation>
        <numerusform>%n page de liste</numerusform>
        <numerusform>%n pages de liste</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/services/meanwhile.py" />
      <source>Before each burst of requests, the listing of “{status}” is read ({pages} in all): it checks that the next orders are still as you saw them (any changed meanwhile are held back) and shows that those already sent have left it. An order is confirmed by the new status where the budget lets it be read, otherwise by having left “{status}” once its request ran.</source>
      <translation>Avant chaque salve de requêtes, la liste « {status} » est lue ({pages} au total) : elle vérifie que les commandes suivantes sont toujours telles que vous les avez vues (celles modifiées entre-temps sont retenues) et montre que celles déjà envoyées l’ont quittée. Une commande est confirmée par le nouveau statut lorsque le quota permet de le lire, sinon parce qu’elle a quitté « {status} » une fois sa demande traitée.</translation>
    </message>
  </context>
</TS>
