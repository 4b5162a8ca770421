<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>GeneralPage</name>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>&amp;Language:</source>
      <translation>&amp;Sprache:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>&amp;New orders need review</source>
      <translation>&amp;Neue Bestellungen zu prüfen sind</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>&amp;Refresh from the server:</source>
      <translation>Vom Server &amp;aktualisieren:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>A &amp;bulk change has finished</source>
      <translation>Eine &amp;Sammeländerung abgeschlossen ist</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>An &amp;export has finished</source>
      <translation>Ein &amp;Export abgeschlossen ist</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Closing the window &amp;keeps the console in the tray</source>
      <translation>Beim Schließen des Fensters bleibt die Konsole im &amp;Infobereich</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Colour &amp;scheme:</source>
      <translation>&amp;Farbschema:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Dark</source>
      <comment>colour scheme</comment>
      <translation>Dunkel</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Every %n minute(s)</source>
      <translation>
        <numerusform>Jede Minute</numerusform>
        <numerusform>Alle %n Minuten</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>How often the account on screen is read again; F5 refreshes at any time</source>
      <translation>Wie oft das angezeigte Konto neu gelesen wird; F5 aktualisiert jederzeit</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Light</source>
      <comment>colour scheme</comment>
      <translation>Hell</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Notifications</source>
      <translation>Benachrichtigungen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Only when asked (F5)</source>
      <translation>Nur auf Anforderung (F5)</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>System</source>
      <comment>colour scheme</comment>
      <translation>System</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>System default</source>
      <translation>Systemsprache</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Tell me on the desktop when:</source>
      <translation>Auf dem Desktop benachrichtigen, wenn:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>The language of the console's words, dates and numbers</source>
      <translation>Die Sprache der Texte, Datumsangaben und Zahlen der Konsole</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>This desktop shows no tray icons, so closing quits.</source>
      <translation>Diese Arbeitsumgebung zeigt keine Symbole im Infobereich an; Schließen beendet daher die Konsole.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Window</source>
      <translation>Fenster</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/preferences.py" />
      <source>General</source>
      <translation>Allgemein</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preferences.py" />
      <source>Preferences</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/preferences.py" />
      <source>Review</source>
      <comment>preferences page</comment>
      <translation>Prüfung</translation>
    </message>
  </context>
  <context>
    <name>ReviewChoices</name>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>No account here uses statuses of its own.</source>
      <translation>Kein Konto hier verwendet eigene Status.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Orders of these accounts join the review queue when they are in a status marked here. Other accounts' orders join it when their system says they await approval.</source>
      <translation>Bestellungen dieser Konten kommen in die Prüfliste, wenn sie einen hier markierten Status haben. Bestellungen anderer Konten kommen hinein, wenn ihr System meldet, dass sie auf Freigabe warten.</translation>
    </message>
  </context>
  <context>
    <name>ReviewSettingsDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Review settings</source>
      <translation>Prüfeinstellungen</translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Einstellungen…</translation>
    </message>
  </context>
  <context>
    <name>_AccountMarks</name>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Approving moves to:</source>
      <translation>Freigabe setzt auf:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Cancelling moves to:</source>
      <translation>Stornierung setzt auf:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Needs review:</source>
      <translation>Zu prüfen:</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Not set</source>
      <comment>destination status</comment>
      <translation>Nicht festgelegt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/review_settings.py" />
      <source>Refresh this account once to see its statuses.</source>
      <translation>Aktualisieren Sie dieses Konto einmal, um seine Status zu sehen.</translation>
    </message>
  </context>
</TS>
