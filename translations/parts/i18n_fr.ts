<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>ProfileLock</name>
    <message>
      <location filename="../approval_console/single_instance.py" />
      <source>The profile folder {folder} cannot be written (it is read-only, or not yours). Approval Console keeps its settings, local cache and change journal there, so it cannot start. Make the folder writable, or start with another profile (--profile DIR).</source>
      <translation>Impossible d’écrire dans le dossier du profil {folder} (il est en lecture seule ou ne vous appartient pas). Approval Console y conserve ses paramètres, son cache local et son journal des modifications ; il ne peut donc pas démarrer. Rendez le dossier accessible en écriture ou démarrez avec un autre profil (--profile DIR).</translation>
    </message>
  </context>
  <context>
    <name>StartProblem</name>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>A file or folder of the profile could not be used ({path}): {reason}. Check that the profile's folder is yours and writable, and that the disk has space.</source>
      <translation>Un fichier ou un dossier du profil n’a pas pu être utilisé ({path}) : {reason}. Vérifiez que le dossier du profil vous appartient et est accessible en écriture, et qu’il reste de l’espace sur le disque.</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>A file or folder of the profile could not be used: {reason}. Check that the profile's folder is yours and writable, and that the disk has space.</source>
      <translation>Un fichier ou un dossier du profil n’a pas pu être utilisé : {reason}. Vérifiez que le dossier du profil vous appartient et est accessible en écriture, et qu’il reste de l’espace sur le disque.</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>Approval Console cannot start</source>
      <translation>Approval Console ne peut pas démarrer</translation>
    </message>
    <message>
      <location filename="../approval_console/start_problems.py" />
      <source>Something went wrong ({error}).</source>
      <translation>Une erreur s’est produite ({error}).</translation>
    </message>
  </context>
</TS>
