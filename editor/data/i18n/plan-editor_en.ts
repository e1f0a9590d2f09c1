<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChangesPanel</name>
    <message numerus="yes">
        <location filename="../../ui/compare.py" line="+308"/>
        <source>%n field(s) changed.</source>
        <translation>
            <numerusform>%n field changed.</numerusform>
            <numerusform>%n fields changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictCopyBar</name>
    <message numerus="yes">
        <location filename="../../ui/workspace/conflicts.py" line="+57"/>
        <source>(%n more copies after this one.)</source>
        <translation>
            <numerusform>(%n more copy after this one.)</numerusform>
            <numerusform>(%n more copies after this one.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message numerus="yes">
        <location filename="../../ui/export.py" line="+213"/>
        <source>Exporting %n plan(s)…</source>
        <translation>
            <numerusform>Exporting %n plan…</numerusform>
            <numerusform>Exporting %n plans…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n file(s) written to {}.</source>
        <translation>
            <numerusform>%n file written to {}.</numerusform>
            <numerusform>%n files written to {}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="+164"/>
        <source>%n field(s) differ from this version.</source>
        <translation>
            <numerusform>%n field differs from this version.</numerusform>
            <numerusform>%n fields differ from this version.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/window.py" line="+414"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message numerus="yes">
        <location filename="../../ui/review.py" line="+127"/>
        <source>(%n reply(s))</source>
        <translation>
            <numerusform>(%n reply)</numerusform>
            <numerusform>(%n replies)</numerusform>
        </translation>
    </message>
</context>
</TS>
