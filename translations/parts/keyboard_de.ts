<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>CommandPalette</name>
    <message>
      <location filename="../approval_console/ui/dialogs/command_palette.py" />
      <source>Command palette</source>
      <translation>Befehlspalette</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/command_palette.py" />
      <source>Nothing matches.</source>
      <translation>Keine Treffer.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/command_palette.py" />
      <source>Type an action, a view or an order number</source>
      <translation>Aktion, Ansicht oder Bestellnummer eingeben</translation>
    </message>
  </context>
  <context>
    <name>ShortcutEditor</name>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Action</source>
      <translation>Aktion</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Choose an action, then press its new key.</source>
      <translation>Wählen Sie eine Aktion und drücken Sie dann ihre neue Taste.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Find an action or a key</source>
      <translation>Aktion oder Taste suchen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>No key</source>
      <translation>Keine Taste</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Press the new key for the chosen action</source>
      <translation>Drücken Sie die neue Taste für die gewählte Aktion</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Reset all to defaults</source>
      <translation>Alle auf Standard zurücksetzen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/widgets/shortcut_editor.py" />
      <source>Reset to default</source>
      <translation>Auf Standard zurücksetzen</translation>
    </message>
  </context>
  <context>
    <name>ShortcutKeys</name>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>A modifier alone is not a shortcut.</source>
      <translation>Eine Zusatztaste allein ist kein Tastenkürzel.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>A shortcut is one key with its modifiers.</source>
      <translation>Ein Tastenkürzel ist eine einzelne Taste mit ihren Zusatztasten.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>Esc closes dialogs, menus and popups.</source>
      <translation>Esc schließt Dialoge, Menüs und Popups.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>Return confirms dialogs and opens what is chosen.</source>
      <translation>Eingabe bestätigt Dialoge und öffnet das Gewählte.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>Tab moves from one field to the next.</source>
      <translation>Tab wechselt von einem Feld zum nächsten.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} copies the selected text in text fields.</source>
      <translation>{key} kopiert in Textfeldern den markierten Text.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} cuts the selected text in text fields.</source>
      <translation>{key} schneidet in Textfeldern den markierten Text aus.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} is already {action}: give that action another key first.</source>
      <translation>{key} ist bereits „{action}“ zugewiesen: Geben Sie dieser Aktion zuerst eine andere Taste.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} is typed in text fields: add Ctrl or Alt to it.</source>
      <translation>{key} wird in Textfeldern getippt: Nehmen Sie Strg oder Alt hinzu.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} moves or edits in lists and text fields.</source>
      <translation>{key} bewegt oder bearbeitet in Listen und Textfeldern.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} opens the {menu} menu.</source>
      <translation>{key} öffnet das Menü „{menu}“.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} pastes in text fields.</source>
      <translation>{key} fügt in Textfeldern ein.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/shortcut_keys.py" />
      <source>{key} selects all the text of a text field.</source>
      <translation>{key} markiert den ganzen Text eines Textfelds.</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../approval_console/ui/dialogs/shortcuts.py" />
      <source>Action</source>
      <translation>Aktion</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shortcuts.py" />
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/dialogs/shortcuts.py" />
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>%n order(s) await a decision, across all accounts</source>
      <translation>
        <numerusform>%n Bestellung wartet auf eine Entscheidung, über alle Konten</numerusform>
        <numerusform>%n Bestellungen warten auf eine Entscheidung, über alle Konten</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;About Approval Console</source>
      <translation>&amp;Über Approval Console</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Accounts…</source>
      <translation>&amp;Konten…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Clear selection</source>
      <translation>Auswahl au&amp;fheben</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Export to CSV…</source>
      <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Finalize…</source>
      <translation>&amp;Abschließen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Find order…</source>
      <translation>Bestellung &amp;suchen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Merchant: accounts and webhooks…</source>
      <translation>&amp;Händler: Konten und Webhooks…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Next order</source>
      <translation>&amp;Nächste Bestellung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Orders</source>
      <translation>Bes&amp;tellungen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Previous order</source>
      <translation>&amp;Vorherige Bestellung</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Refresh</source>
      <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Search</source>
      <translation>&amp;Suchen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Send comment</source>
      <translation>Kommentar &amp;senden</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>&lt;b&gt;Approval Console&lt;/b&gt; {version}&lt;br&gt;Review and approve orders from all your order systems in one place.</source>
      <translation>&lt;b&gt;Approval Console&lt;/b&gt; {version}&lt;br&gt;Prüfen und genehmigen Sie Bestellungen aus all Ihren Bestellsystemen an einem Ort.</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>A&amp;pprove</source>
      <translation>&amp;Genehmigen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>About Approval Console</source>
      <translation>Über Approval Console</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Activity &amp;log…</source>
      <translation>Aktivitäts&amp;protokoll…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Add &amp;comment</source>
      <translation>&amp;Kommentar hinzufügen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>All a&amp;ccounts' orders…</source>
      <translation>Bestellungen a&amp;ller Konten…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Anywhere but a text field</source>
      <translation>Überall außer in einem Textfeld</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Cancel &amp;order…</source>
      <translation>Bestellung s&amp;tornieren…</translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Change &amp;status of %n…</source>
      <translation>
        <numerusform>&amp;Status von %n ändern…</numerusform>
        <numerusform>&amp;Status von %n ändern…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Change &amp;status…</source>
      <translation>&amp;Status ändern…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Command &amp;palette…</source>
      <translation>Befehls&amp;palette…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Create &amp;invoice…</source>
      <translation>&amp;Rechnung erstellen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Go to order {number}</source>
      <translation>Zu Bestellung {number} wechseln</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Go to order {number} ({customer})</source>
      <translation>Zu Bestellung {number} wechseln ({customer})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>In the comment box</source>
      <translation>Im Kommentarfeld</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>In the order list</source>
      <translation>In der Bestellliste</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Keyboard</source>
      <translation>Tastatur</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Main</source>
      <comment>toolbar</comment>
      <translation>Haupt</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Needs &amp;review (all accounts)…</source>
      <translation>Zu &amp;prüfen (alle Konten)…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Needs review</source>
      <translation>Zu prüfen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Needs review ({count})</source>
      <translation>Zu prüfen ({count})</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Order &amp;menu</source>
      <translation>Bestell&amp;menü</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Orders awaiting a decision, across all accounts</source>
      <translation>Bestellungen, die auf eine Entscheidung warten, über alle Konten</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Reset &amp;filters</source>
      <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Save as &amp;view…</source>
      <translation>Als &amp;Ansicht speichern…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Select &amp;all matching</source>
      <translation>&amp;Alle Treffer auswählen</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>Set &amp;due date…</source>
      <translation>&amp;Fälligkeitsdatum setzen…</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>View {number}</source>
      <translation>Ansicht {number}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>View: {name}</source>
      <translation>Ansicht: {name}</translation>
    </message>
    <message>
      <location filename="../approval_console/ui/main_window/actions.py" />
      <source>{tip} ({key})</source>
      <comment>a tooltip with its key</comment>
      <translation>{tip} ({key})</translation>
    </message>
  </context>
</TS>
