<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>GeneralPage</name>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>&amp;New orders need review</source>
      <translation>De &amp;nouvelles commandes sont à vérifier</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>&amp;Refresh from the server:</source>
      <translation>&amp;Actualiser depuis le serveur :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>A &amp;bulk change has finished</source>
      <translation>Une modification &amp;groupée est terminée</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>An &amp;export has finished</source>
      <translation>Un &amp;export est terminé</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Closing the window &amp;keeps the console in the tray</source>
      <translation>La fermeture de la fenêtre &amp;garde la console dans la zone de notification</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Colour &amp;scheme:</source>
      <translation>&amp;Jeu de couleurs :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Dark</source>
      <comment>colour scheme</comment>
      <translation>Sombre</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Every %n minute(s)</source>
      <translation>
        <numerusform>Toutes les minutes</numerusform>
        <numerusform>Toutes les %n minutes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>How often the account on screen is read again; F5 refreshes at any time</source>
      <translation>Fréquence de relecture du compte affiché ; F5 actualise à tout moment</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Light</source>
      <comment>colour scheme</comment>
      <translation>Clair</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Notifications</source>
      <translation>Notifications</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Only when asked (F5)</source>
      <translation>Seulement sur demande (F5)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>System</source>
      <comment>colour scheme</comment>
      <translation>Système</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>System default</source>
      <translation>Langue du système</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Tell me on the desktop when:</source>
      <translation>M'avertir sur le bureau lorsque :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>The language of the console's words, dates and numbers</source>
      <translation>La langue des textes, des dates et des nombres de la console</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>This desktop shows no tray icons, so closing quits.</source>
      <translation>Ce bureau n'affiche pas d'icônes dans la zone de notification : fermer la fenêtre quitte donc la console.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Window</source>
      <translation>Fenêtre</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/preferences.py" />
      <source>General</source>
      <translation>Général</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preferences.py" />
      <source>Preferences</source>
      <translation>Préférences</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preferences.py" />
      <source>Review</source>
      <comment>preferences page</comment>
      <translation>Vérification</translation>
    </message>
  </context>
  <context>
    <name>ReviewChoices</name>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>No account here uses statuses of its own.</source>
      <translation>Aucun compte ici n'utilise ses propres statuts.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Orders of these accounts join the review queue when they are in a status marked here. Other accounts' orders join it when their system says they await approval.</source>
      <translation>Les commandes de ces comptes entrent dans la file de vérification lorsqu'elles sont dans un statut coché ici. Celles des autres comptes y entrent lorsque leur système indique qu'elles attendent une approbation.</translation>
    </message>
  </context>
  <context>
    <name>ReviewSettingsDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Review settings</source>
      <translation>Paramètres de vérification</translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Préférences…</translation>
    </message>
  </context>
  <context>
    <name>_AccountMarks</name>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Approving moves to:</source>
      <translation>L'approbation passe à :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Cancelling moves to:</source>
      <translation>L'annulation passe à :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Needs review:</source>
      <translation>À vérifier :</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Not set</source>
      <comment>destination status</comment>
      <translation>Non défini</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Refresh this account once to see its statuses.</source>
      <translation>Actualisez ce compte une fois pour voir ses statuts.</translation>
    </message>
  </context>
</TS>
