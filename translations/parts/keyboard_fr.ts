<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>CommandPalette</name>
    <message>
      <location filename="../approval_console/ui/dialogs/command_palette.py" />
      <source>Command palette</source>
      <translation>Palette de commandes</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/command_palette.py" />
      <source>Nothing matches.</source>
      <translation>Aucun résultat.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/command_palette.py" />
      <source>Type an action, a view or an order number</source>
      <translation>Saisissez une action, une vue ou un numéro de commande</translation>
    </message>
  </context>
  <context>
    <name>ShortcutEditor</name>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Choose an action, then press its new key.</source>
      <translation>Choisissez une action, puis appuyez sur sa nouvelle touche.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Find an action or a key</source>
      <translation>Rechercher une action ou une touche</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Keys</source>
      <translation>Touches</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>No key</source>
      <translation>Aucune touche</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Press the new key for the chosen action</source>
      <translation>Appuyez sur la nouvelle touche de l’action choisie</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Reset all to defaults</source>
      <translation>Tout rétablir par défaut</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Reset to default</source>
      <translation>Rétablir la valeur par défaut</translation>
    </message>
  </context>
  <context>
    <name>ShortcutKeys</name>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>A modifier alone is not a shortcut.</source>
      <translation>Un modificateur seul n’est pas un raccourci.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>A shortcut is one key with its modifiers.</source>
      <translation>Un raccourci est une seule touche avec ses modificateurs.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>Esc closes dialogs, menus and popups.</source>
      <translation>Échap ferme les boîtes de dialogue, les menus et les fenêtres contextuelles.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>Return confirms dialogs and opens what is chosen.</source>
      <translation>Entrée valide les boîtes de dialogue et ouvre l’élément choisi.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>Tab moves from one field to the next.</source>
      <translation>Tab passe d’un champ au suivant.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} copies the selected text in text fields.</source>
      <translation>{key} copie le texte sélectionné dans les champs de saisie.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} cuts the selected text in text fields.</source>
      <translation>{key} coupe le texte sélectionné dans les champs de saisie.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} is already {action}: give that action another key first.</source>
      <translation>{key} est déjà attribué à « {action} » : attribuez d’abord une autre touche à cette action.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} is typed in text fields: add Ctrl or Alt to it.</source>
      <translation>{key} est saisi dans les champs de saisie : ajoutez-y Ctrl ou Alt.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} moves or edits in lists and text fields.</source>
      <translation>{key} sert à se déplacer ou à modifier dans les listes et les champs de saisie.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} opens the {menu} menu.</source>
      <translation>{key} ouvre le menu « {menu} ».</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} pastes in text fields.</source>
      <translation>{key} colle dans les champs de saisie.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} selects all the text of a text field.</source>
      <translation>{key} sélectionne tout le texte d’un champ de saisie.</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/shortcuts.py" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shortcuts.py" />
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shortcuts.py" />
      <source>Keys</source>
      <translation>Touches</translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>%n order(s) await a decision, across all accounts</source>
      <translation>
        <numerusform>%n commande attend une décision, tous comptes confondus</numerusform>
        <numerusform>%n commandes attendent une décision, tous comptes confondus</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;About Approval Console</source>
      <translation>À &amp;propos d’Approval Console</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Accounts…</source>
      <translation>&amp;Comptes…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Clear selection</source>
      <translation>Effacer la sé&amp;lection</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Export to CSV…</source>
      <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Finalize…</source>
      <translation>&amp;Finaliser…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Find order…</source>
      <translation>&amp;Rechercher une commande…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Help</source>
      <translation>Aid&amp;e</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Merchant: accounts and webhooks…</source>
      <translation>&amp;Marchand : comptes et webhooks…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Next order</source>
      <translation>Commande &amp;suivante</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Orders</source>
      <translation>&amp;Commandes</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Préférences…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Previous order</source>
      <translation>Commande &amp;précédente</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Refresh</source>
      <translation>&amp;Actualiser</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Search</source>
      <translation>&amp;Rechercher</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Send comment</source>
      <translation>&amp;Envoyer le commentaire</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&lt;b&gt;Approval Console&lt;/b&gt; {version}&lt;br&gt;Review and approve orders from all your order systems in one place.</source>
      <translation>&lt;b&gt;Approval Console&lt;/b&gt; {version}&lt;br&gt;Vérifiez et approuvez en un seul endroit les commandes de tous vos systèmes de commande.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>A&amp;pprove</source>
      <translation>A&amp;pprouver</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>About Approval Console</source>
      <translation>À propos d’Approval Console</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Activity &amp;log…</source>
      <translation>&amp;Journal d’activité…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Add &amp;comment</source>
      <translation>Ajouter un &amp;commentaire</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>All a&amp;ccounts' orders…</source>
      <translation>Commandes de t&amp;ous les comptes…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Anywhere but a text field</source>
      <translation>Partout sauf dans un champ de saisie</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Cancel &amp;order…</source>
      <translation>Annuler la c&amp;ommande…</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Change &amp;status of %n…</source>
      <translation>
        <numerusform>Modifier le &amp;statut de %n…</numerusform>
        <numerusform>Modifier le &amp;statut de %n…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Change &amp;status…</source>
      <translation>Modifier le &amp;statut…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Command &amp;palette…</source>
      <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Create &amp;invoice…</source>
      <translation>Créer la fact&amp;ure…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Go to order {number}</source>
      <translation>Aller à la commande {number}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Go to order {number} ({customer})</source>
      <translation>Aller à la commande {number} ({customer})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>In the comment box</source>
      <translation>Dans la zone de commentaire</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>In the order list</source>
      <translation>Dans la liste des commandes</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Keyboard</source>
      <translation>Clavier</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Main</source>
      <comment>toolbar</comment>
      <translation>Principale</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Needs &amp;review (all accounts)…</source>
      <translation>À &amp;vérifier (tous les comptes)…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Needs review</source>
      <translation>À vérifier</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Needs review ({count})</source>
      <translation>À vérifier ({count})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Order &amp;menu</source>
      <translation>&amp;Menu de la commande</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Orders awaiting a decision, across all accounts</source>
      <translation>Commandes en attente de décision, tous comptes confondus</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Reset &amp;filters</source>
      <translation>Réinitialiser les &amp;filtres</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Save as &amp;view…</source>
      <translation>Enregistrer comme v&amp;ue…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Select &amp;all matching</source>
      <translation>Sélectionner &amp;tous les résultats</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Set &amp;due date…</source>
      <translation>Définir la date d’&amp;échéance…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>View {number}</source>
      <translation>Vue {number}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>View: {name}</source>
      <translation>Vue : {name}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>{tip} ({key})</source>
      <comment>a tooltip with its key</comment>
      <translation>{tip} ({key})</translation>
    </message>
  </context>
</TS>
