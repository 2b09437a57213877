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
        <translation>Run the lesson&apos;s experiments again (Ctrl+R)</translation>
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
        <location filename="../qml/AppView.qml" line="117"/>
        <location filename="../qml/AppView.qml" line="131"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="145"/>
        <source>(done)</source>
        <translation>(done)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="158"/>
        <source>Add lesson folder…</source>
        <translation>Add lesson folder…</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="162"/>
        <source>Add a folder of lessons (for teachers)</source>
        <translation>Add a folder of lessons (for teachers)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="177"/>
        <source>Choose a folder of lessons</source>
        <translation>Choose a folder of lessons</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <location filename="../qml/LandscapeView.qml" line="73"/>
        <source>Loss landscape: click or drag to move the start point</source>
        <translation>Loss landscape: click or drag to move the start point</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="102"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="105"/>
        <source>Step back</source>
        <translation>Step back</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="109"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="109"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="119"/>
        <location filename="../qml/LandscapeView.qml" line="133"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="122"/>
        <source>Single step</source>
        <translation>Single step</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="135"/>
        <source>step %1 / %2</source>
        <translation>step %1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="136"/>
        <location filename="../qml/LandscapeView.qml" line="143"/>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="140"/>
        <source>%1 steps/s</source>
        <translation>%1 steps/s</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="146"/>
        <source>Save image…</source>
        <translation>Save image…</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="148"/>
        <source>Save the landscape as a PNG image</source>
        <translation>Save the landscape as a PNG image</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="151"/>
        <source>Save paths…</source>
        <translation>Save paths…</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="153"/>
        <source>Save the paths as CSV</source>
        <translation>Save the paths as CSV</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="161"/>
        <source>Click or drag on the map to move the start point; every path restarts from it.</source>
        <translation>Click or drag on the map to move the start point; every path restarts from it.</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="174"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="182"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
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
        <location filename="../qml/LessonPage.qml" line="54"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="57"/>
        <source>Mark this lesson as done</source>
        <translation>Mark this lesson as done</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="67"/>
        <source>Experiment to show as PyTorch code</source>
        <translation>Experiment to show as PyTorch code</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="71"/>
        <source>Show as PyTorch code</source>
        <translation>Show as PyTorch code</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="108"/>
        <source>Try this</source>
        <translation>Try this</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="119"/>
        <source>Practice questions</source>
        <translation>Practice questions</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="123"/>
        <source>Practice questions come with the lessons.</source>
        <translation>Practice questions come with the lessons.</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="174"/>
        <source>%1: diverged at epoch %2</source>
        <translation>%1: diverged at epoch %2</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../qml/LossChart.qml" line="33"/>
        <source>training loss</source>
        <translation>training loss</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="34"/>
        <source>validation loss</source>
        <translation>validation loss</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="35"/>
        <source>training accuracy</source>
        <translation>training accuracy</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="36"/>
        <source>validation accuracy</source>
        <translation>validation accuracy</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="37"/>
        <location filename="../qml/LossChart.qml" line="57"/>
        <source>learning rate</source>
        <translation>learning rate</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="38"/>
        <source>mini-batch loss</source>
        <translation>mini-batch loss</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="45"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="46"/>
        <source>updates</source>
        <translation>updates</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="47"/>
        <source>gradient evaluations (samples)</source>
        <translation>gradient evaluations (samples)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="48"/>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="55"/>
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="58"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="185"/>
        <source>%1 (log scale)</source>
        <translation>%1 (log scale)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="246"/>
        <source>diverged at epoch %1</source>
        <translation>diverged at epoch %1</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="247"/>
        <source>early stop at epoch %1</source>
        <translation>early stop at epoch %1</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="299"/>
        <source>log scale</source>
        <translation>log scale</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="299"/>
        <source>linear scale</source>
        <translation>linear scale</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="304"/>
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
<context>
    <name>StepThroughPanel</name>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="32"/>
        <source>Step through one update</source>
        <translation>Step through one update</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="38"/>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="44"/>
        <source>Optimizer to step through</source>
        <translation>Optimizer to step through</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="47"/>
        <source>step %1</source>
        <translation>step %1</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="56"/>
        <source>Textbook form</source>
        <translation>Textbook form</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="65"/>
        <source>PyTorch form</source>
        <translation>PyTorch form</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="77"/>
        <source>from w</source>
        <translation>from w</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="81"/>
        <source>learning rate η</source>
        <translation>learning rate η</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="93"/>
        <source>step taken Δw</source>
        <translation>step taken Δw</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="95"/>
        <source>start w₀</source>
        <translation>start w₀</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="95"/>
        <source>new point w</source>
        <translation>new point w</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="97"/>
        <source>loss f(w)</source>
        <translation>loss f(w)</translation>
    </message>
</context>
<context>
    <name>kobai::app::LandscapeCanvas</name>
    <message>
        <location filename="../src/app/LandscapeCanvas.cpp" line="154"/>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <location filename="../src/app/LandscapeCanvas.cpp" line="193"/>
        <location filename="../src/app/LandscapeCanvas.cpp" line="211"/>
        <source>diverged at step %1</source>
        <translation>diverged at step %1</translation>
    </message>
    <message>
        <location filename="../src/app/LandscapeCanvas.cpp" line="220"/>
        <source>step %1 / %2</source>
        <translation>step %1 / %2</translation>
    </message>
</context>
<context>
    <name>kobai::app::StepLossPlot</name>
    <message>
        <location filename="../src/app/StepLossPlot.cpp" line="93"/>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <location filename="../src/app/StepLossPlot.cpp" line="93"/>
        <source>loss (log scale)</source>
        <translation>loss (log scale)</translation>
    </message>
    <message>
        <location filename="../src/app/StepLossPlot.cpp" line="93"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
</context>
</TS>
