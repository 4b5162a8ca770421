<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>GeneralPage</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/dialogs/preference_pages.py" />
      <source>Every %n minute(s)</source>
      <translation>
        <numerusform>Every minute</numerusform>
        <numerusform>Every %n minutes</numerusform>
      </translation>
    </message>
  </context>
</TS>
