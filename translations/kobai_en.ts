<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppView</name>
    <message>
        <location filename="../qml/AppView.qml" line="50"/>
        <source>Kōbai</source>
        <translation>Kōbai</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="55"/>
        <source>How neural networks learn</source>
        <translation>How neural networks learn</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="72"/>
        <source>run %1/%2 · epoch %3 / %4</source>
        <translation>run %1/%2 · epoch %3 / %4</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="76"/>
        <source>Rerun</source>
        <translation>Rerun</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="79"/>
        <source>Run the lesson&apos;s experiments again (Ctrl+R)</source>
        <translation>Run the lesson's experiments again (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="84"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="87"/>
        <source>Stop the run (Esc)</source>
        <translation>Stop the run (Esc)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="98"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="116"/>
        <location filename="../qml/AppView.qml" line="130"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="144"/>
        <source>(done)</source>
        <translation>(done)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="157"/>
        <source>Add lesson folder…</source>
        <translation>Add lesson folder…</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="161"/>
        <source>Add a folder of lessons (for teachers)</source>
        <translation>Add a folder of lessons (for teachers)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="176"/>
        <source>Choose a folder of lessons</source>
        <translation>Choose a folder of lessons</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <location filename="../qml/LessonPage.qml" line="21"/>
        <source>This lesson cannot be opened</source>
        <translation>This lesson cannot be opened</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="21"/>
        <source>No lesson is open</source>
        <translation>No lesson is open</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="33"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="53"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="56"/>
        <source>Mark this lesson as done</source>
        <translation>Mark this lesson as done</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="66"/>
        <source>Experiment to show as PyTorch code</source>
        <translation>Experiment to show as PyTorch code</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="69"/>
        <source>Show as PyTorch code</source>
        <translation>Show as PyTorch code</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="106"/>
        <source>Try this</source>
        <translation>Try this</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="117"/>
        <source>Practice questions</source>
        <translation>Practice questions</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="121"/>
        <source>Practice questions come with the lessons.</source>
        <translation>Practice questions come with the lessons.</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="172"/>
        <source>%1: diverged at epoch %2</source>
        <translation>%1: diverged at epoch %2</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../qml/LossChart.qml" line="30"/>
        <source>training loss</source>
        <translation>training loss</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="31"/>
        <source>validation loss</source>
        <translation>validation loss</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="32"/>
        <source>training accuracy</source>
        <translation>training accuracy</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="33"/>
        <source>validation accuracy</source>
        <translation>validation accuracy</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="34"/>
        <location filename="../qml/LossChart.qml" line="54"/>
        <source>learning rate</source>
        <translation>learning rate</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="35"/>
        <source>mini-batch loss</source>
        <translation>mini-batch loss</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="42"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="43"/>
        <source>updates</source>
        <translation>updates</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="44"/>
        <source>gradient evaluations (samples)</source>
        <translation>gradient evaluations (samples)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="45"/>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="52"/>
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="55"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="114"/>
        <source>%1 (log scale)</source>
        <translation>%1 (log scale)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="159"/>
        <source>diverged at epoch %1</source>
        <translation>diverged at epoch %1</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="160"/>
        <source>early stop at epoch %1</source>
        <translation>early stop at epoch %1</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="175"/>
        <source>log scale</source>
        <translation>log scale</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="175"/>
        <source>linear scale</source>
        <translation>linear scale</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="180"/>
        <source>Logarithmic loss axis</source>
        <translation>Logarithmic loss axis</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="19"/>
        <source>Kōbai — learning by gradient descent</source>
        <translation>Kōbai — learning by gradient descent</translation>
    </message>
</context>
<context>
    <name>PyTorchDialog</name>
    <message>
        <location filename="../qml/PyTorchDialog.qml" line="11"/>
        <source>As PyTorch code</source>
        <translation>As PyTorch code</translation>
    </message>
    <message>
        <location filename="../qml/PyTorchDialog.qml" line="36"/>
        <source>Copied to the clipboard</source>
        <translation>Copied to the clipboard</translation>
    </message>
    <message>
        <location filename="../qml/PyTorchDialog.qml" line="40"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../qml/PyTorchDialog.qml" line="41"/>
        <source>Copy the code</source>
        <translation>Copy the code</translation>
    </message>
</context>
</TS>
