<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Canvas</name>
    <message numerus="yes"><location filename="../../gui/canvas/editing.py" line="317" /><source>Freeze %n layer(s)</source><translation>
            <numerusform>Freeze %n layer</numerusform>
            <numerusform>Freeze %n layers</numerusform>
        </translation></message><message numerus="yes"><location filename="../../gui/canvas/editing.py" line="322" /><source>Unfreeze %n layer(s)</source><translation>
            <numerusform>Unfreeze %n layer</numerusform>
            <numerusform>Unfreeze %n layers</numerusform>
        </translation></message><message numerus="yes"><location filename="../../gui/canvas/folding.py" line="55" /><source>%n layer(s)</source><translation>
            <numerusform>%n layer</numerusform>
            <numerusform>%n layers</numerusform>
        </translation></message></context>
<context>
    <name>Commands</name>
    <message numerus="yes"><location filename="../../gui/commands.py" line="53" /><source>Delete %n layer(s)</source><translation>
            <numerusform>Delete %n layer</numerusform>
            <numerusform>Delete %n layers</numerusform>
        </translation></message><message numerus="yes"><location filename="../../gui/commands.py" line="247" /><source>Paste %n layer(s)</source><translation>
            <numerusform>Paste %n layer</numerusform>
            <numerusform>Paste %n layers</numerusform>
        </translation></message></context>
<context>
    <name>ConvLab</name>
    <message numerus="yes"><location filename="../../gui/labs/conv_lab.py" line="310" /><source>%n row(s)</source><translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation></message><message numerus="yes"><location filename="../../gui/labs/conv_lab.py" line="311" /><source>%n column(s)</source><translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation></message></context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes"><location filename="../../gui/widgets/export_dialogs.py" line="205" /><source>early stopping after %n epoch(s) without a better validation loss</source><translation>
            <numerusform>early stopping after %n epoch without a better validation loss</numerusform>
            <numerusform>early stopping after %n epochs without a better validation loss</numerusform>
        </translation></message><message numerus="yes"><location filename="../../gui/widgets/export_dialogs.py" line="208" /><source>gradient norms every %n step(s)</source><translation>
            <numerusform>gradient norms every step</numerusform>
            <numerusform>gradient norms every %n steps</numerusform>
        </translation></message><message numerus="yes"><location filename="../../gui/widgets/export_dialogs.py" line="214" /><source>%n frozen layer(s)</source><translation>
            <numerusform>%n frozen layer</numerusform>
            <numerusform>%n frozen layers</numerusform>
        </translation></message></context>
<context>
    <name>Inspector</name>
    <message numerus="yes"><location filename="../../gui/properties/inspector.py" line="72" /><source>%n layer(s) selected.</source><translation>
            <numerusform>%n layer selected.</numerusform>
            <numerusform>%n layers selected.</numerusform>
        </translation></message></context>
<context>
    <name>MainWindow</name>
    <message numerus="yes"><location filename="../../gui/main_window.py" line="419" /><source>%n layer(s)</source><translation>
            <numerusform>%n layer</numerusform>
            <numerusform>%n layers</numerusform>
        </translation></message><message numerus="yes"><location filename="../../gui/main_window.py" line="422" /><source>%n error(s)</source><translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation></message><message numerus="yes"><location filename="../../gui/main_window.py" line="423" /><source>%n warning(s)</source><translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation></message></context>
<context>
    <name>MonitorWidget</name>
    <message numerus="yes">
        <location filename="../../gui/training/monitor.py" line="307" />
        <source>%n run(s) kept with the project are shown; tick others in Runs.</source>
        <translation>
            <numerusform>%n run kept with the project is shown; tick others in Runs.</numerusform>
            <numerusform>%n runs kept with the project are shown; tick others in Runs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RfLab</name>
    <message numerus="yes"><location filename="../../gui/labs/rf_lab.py" line="228" /><source>After %n layer(s): %1x%1 pixels</source><translation>
            <numerusform>After %n layer: %1x%1 pixels</numerusform>
            <numerusform>After %n layers: %1x%1 pixels</numerusform>
        </translation></message></context>
<context>
    <name>SetupPanel</name>
    <message numerus="yes">
        <location filename="../../gui/training/setup.py" line="147" />
        <source>CPU (%n thread(s))</source>
        <translation>
            <numerusform>CPU (%n thread)</numerusform>
            <numerusform>CPU (%n threads)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartWeights</name>
    <message numerus="yes"><location filename="../../gui/weights_report.py" line="21" /><source> and %n more</source><translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation></message><message numerus="yes"><location filename="../../gui/weights_report.py" line="28" /><source>Starting weights: %n layer(s) keep their weights.</source><translation>
            <numerusform>Starting weights: %n layer keeps its weights.</numerusform>
            <numerusform>Starting weights: %n layers keep their weights.</numerusform>
        </translation></message></context>
</TS>