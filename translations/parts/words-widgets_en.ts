<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>ChoiceButton</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/filter_bar.py" />
      <source>%n chosen</source>
      <translation>
        <numerusform>%n chosen</numerusform>
        <numerusform>%n chosen</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FilterChip</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/filter_chips.py" />
      <source>{filter}: {names} and %n more</source>
      <translation>
        <numerusform>{filter}: {names} and %n more</numerusform>
        <numerusform>{filter}: {names} and %n more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HistoryTimeline</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n day(s) ago</source>
      <translation>
        <numerusform>%n day ago</numerusform>
        <numerusform>%n days ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n hour(s) ago</source>
      <translation>
        <numerusform>%n hour ago</numerusform>
        <numerusform>%n hours ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n minute(s) ago</source>
      <translation>
        <numerusform>%n minute ago</numerusform>
        <numerusform>%n minutes ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n month(s) ago</source>
      <translation>
        <numerusform>%n month ago</numerusform>
        <numerusform>%n months ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n week(s) ago</source>
      <translation>
        <numerusform>%n week ago</numerusform>
        <numerusform>%n weeks ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>%n year(s) ago</source>
      <translation>
        <numerusform>%n year ago</numerusform>
        <numerusform>%n years ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n day(s)</source>
      <translation>
        <numerusform>in %n day</numerusform>
        <numerusform>in %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n hour(s)</source>
      <translation>
        <numerusform>in %n hour</numerusform>
        <numerusform>in %n hours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n minute(s)</source>
      <translation>
        <numerusform>in %n minute</numerusform>
        <numerusform>in %n minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n month(s)</source>
      <translation>
        <numerusform>in %n month</numerusform>
        <numerusform>in %n months</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n week(s)</source>
      <translation>
        <numerusform>in %n week</numerusform>
        <numerusform>in %n weeks</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/timeline.py" />
      <source>in %n year(s)</source>
      <translation>
        <numerusform>in %n year</numerusform>
        <numerusform>in %n years</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProgressStepper</name>
    <message numerus="yes">
      <location filename="../approval_console/ui/widgets/stepper.py" />
      <source>{done} of %n step(s) completed</source>
      <translation>
        <numerusform>{done} of %n step completed</numerusform>
        <numerusform>{done} of %n steps completed</numerusform>
      </translation>
    </message>
  </context>
</TS>
