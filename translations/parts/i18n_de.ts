<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>ProfileLock</name>
    <message>
      <location filename="../approval_console/single_instance.py" />
      <source>The profile folder {folder} cannot be written (it is read-only, or not yours). Approval Console keeps its settings, local cache and change journal there, so it cannot start. Make the folder writable, or start with another profile (--profile DIR).</source>
      <translation>In den Profilordner {folder} kann nicht geschrieben werden (er ist schreibgeschützt oder gehört nicht Ihnen). Approval Console speichert dort seine Einstellungen, den lokalen Cache und das Änderungsjournal und kann daher nicht starten. Machen Sie den Ordner beschreibbar oder starten Sie mit einem anderen Profil (--profile DIR).</translation>
    </message>
  </context>
  <context>
    <name>StartProblem</name>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>A file or folder of the profile could not be used ({path}): {reason}. Check that the profile's folder is yours and writable, and that the disk has space.</source>
      <translation>Eine Datei oder ein Ordner des Profils konnte nicht verwendet werden ({path}): {reason}. Prüfen Sie, ob der Profilordner Ihnen gehört und beschreibbar ist und ob auf dem Datenträger genügend Speicherplatz frei ist.</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>A file or folder of the profile could not be used: {reason}. Check that the profile's folder is yours and writable, and that the disk has space.</source>
      <translation>Eine Datei oder ein Ordner des Profils konnte nicht verwendet werden: {reason}. Prüfen Sie, ob der Profilordner Ihnen gehört und beschreibbar ist und ob auf dem Datenträger genügend Speicherplatz frei ist.</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>Approval Console cannot start</source>
      <translation>Approval Console kann nicht starten</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>Something went wrong ({error}).</source>
      <translation>Es ist ein Fehler aufgetreten ({error}).</translation>
    </message>
  </context>
</TS>
