<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppView</name>
    <message>
        <location filename="../qml/AppView.qml" line="97"/>
        <source>Kōbai</source>
        <translation>Kōbai</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="104"/>
        <source>How neural networks learn</source>
        <translation>How neural networks learn</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="194"/>
        <source>run %1/%2 · epoch %3 / %4</source>
        <translation>run %1/%2 · epoch %3 / %4</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="112"/>
        <source>Rerun</source>
        <translation>Rerun</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="115"/>
        <source>Run the lesson&apos;s experiments again (Ctrl+R)</source>
        <translation>Run the lesson&apos;s experiments again (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="121"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="124"/>
        <source>Stop the run (Esc)</source>
        <translation>Stop the run (Esc)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="130"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="133"/>
        <source>Set every control back to the lesson&apos;s defaults (Ctrl+Z undoes one change)</source>
        <translation>Set every control back to the lesson&apos;s defaults (Ctrl+Z undoes one change)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="140"/>
        <source>Exam practice</source>
        <translation>Exam practice</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="142"/>
        <source>Practise questions from every lesson, review, mock exam</source>
        <translation>Practise questions from every lesson, review, mock exam</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="148"/>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="150"/>
        <source>Open the glossary (用語集)</source>
        <translation>Open the glossary (用語集)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="156"/>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="160"/>
        <source>Projector mode: thicker lines, stronger contrast (zoom with Ctrl+plus / Ctrl+minus, Ctrl+0 resets; now %1 %)</source>
        <translation>Projector mode: thicker lines, stronger contrast (zoom with Ctrl+plus / Ctrl+minus, Ctrl+0 resets; now %1 %)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="173"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="176"/>
        <source>Language of the whole app (日本語 / English); takes effect at once</source>
        <translation>Language of the whole app (日本語 / English); takes effect at once</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="218"/>
        <location filename="../qml/AppView.qml" line="232"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="246"/>
        <source>(done)</source>
        <translation>(done)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="283"/>
        <source>Add lesson folder…</source>
        <translation>Add lesson folder…</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="287"/>
        <source>Add a folder of lessons (for teachers)</source>
        <translation>Add a folder of lessons (for teachers)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="292"/>
        <source>Your progress</source>
        <translation>Your progress</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="350"/>
        <source>Choose a folder of lessons</source>
        <translation>Choose a folder of lessons</translation>
    </message>
</context>
<context>
    <name>CurveChart</name>
    <message>
        <location filename="../qml/CurveChart.qml" line="15"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="15"/>
        <source>trial</source>
        <translation>trial</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="16"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="16"/>
        <source>objective (validation)</source>
        <translation>objective (validation)</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="18"/>
        <source>training loss</source>
        <translation>training loss</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="18"/>
        <source>each trial&apos;s objective</source>
        <translation>each trial&apos;s objective</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="20"/>
        <source>validation loss</source>
        <translation>validation loss</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="20"/>
        <source>best so far</source>
        <translation>best so far</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="42"/>
        <source>Training…</source>
        <translation>Training…</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="42"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="50"/>
        <source>diverged at epoch %1</source>
        <translation>diverged at epoch %1</translation>
    </message>
</context>
<context>
    <name>FirstTour</name>
    <message>
        <location filename="../qml/FirstTour.qml" line="17"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="17"/>
        <source>The lessons, in order. Pick one here; a tick marks the ones you have done. The arrow keys move through the list.</source>
        <translation>The lessons, in order. Pick one here; a tick marks the ones you have done. The arrow keys move through the list.</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="18"/>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="18"/>
        <source>Each lesson explains one idea. Linked words open the glossary; the switch at the top shows Japanese and English side by side.</source>
        <translation>Each lesson explains one idea. Linked words open the glossary; the switch at the top shows Japanese and English side by side.</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="19"/>
        <source>Turn the knobs</source>
        <translation>Turn the knobs</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="19"/>
        <source>Every knob reruns the lesson&apos;s real training at once and the charts redraw as it learns. Reset brings the lesson&apos;s values back; Ctrl+Z undoes one change.</source>
        <translation>Every knob reruns the lesson&apos;s real training at once and the charts redraw as it learns. Reset brings the lesson&apos;s values back; Ctrl+Z undoes one change.</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="20"/>
        <source>Practise</source>
        <translation>Practise</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="20"/>
        <source>Exam-style questions close every lesson; Exam practice gathers them all, with review and a timed mock exam.</source>
        <translation>Exam-style questions close every lesson; Exam practice gathers them all, with review and a timed mock exam.</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="75"/>
        <source>Skip the tour</source>
        <translation>Skip the tour</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="80"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="86"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="86"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../qml/GlossaryDialog.qml" line="39"/>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../qml/GlossaryDialog.qml" line="47"/>
        <source>Search: 過学習, かがくしゅう, overfitting…</source>
        <translation>Search: 過学習, かがくしゅう, overfitting…</translation>
    </message>
    <message>
        <location filename="../qml/GlossaryDialog.qml" line="48"/>
        <source>Search the glossary</source>
        <translation>Search the glossary</translation>
    </message>
    <message>
        <location filename="../qml/GlossaryDialog.qml" line="51"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/GlossaryDialog.qml" line="91"/>
        <source>No term matches.</source>
        <translation>No term matches.</translation>
    </message>
    <message>
        <location filename="../qml/GlossaryDialog.qml" line="123"/>
        <source>See also</source>
        <translation>See also</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <location filename="../qml/LandscapeView.qml" line="76"/>
        <source>Loss landscape: click or drag to move the start point</source>
        <translation>Loss landscape: click or drag to move the start point</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="109"/>
        <source>Step back</source>
        <translation>Step back</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="121"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="121"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="144"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="130"/>
        <source>Single step</source>
        <translation>Single step</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="146"/>
        <source>Step %1 of %2: drag to go through the steps</source>
        <translation>Step %1 of %2: drag to go through the steps</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="148"/>
        <source>step %1 / %2</source>
        <translation>step %1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="155"/>
        <location filename="../qml/LandscapeView.qml" line="166"/>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="163"/>
        <source>%1 steps/s</source>
        <translation>%1 steps/s</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="168"/>
        <source>Steps per second while playing</source>
        <translation>Steps per second while playing</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="171"/>
        <source>Save image…</source>
        <translation>Save image…</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="173"/>
        <source>Save the landscape as a PNG image</source>
        <translation>Save the landscape as a PNG image</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="178"/>
        <source>Save paths…</source>
        <translation>Save paths…</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="180"/>
        <source>Save the paths as CSV</source>
        <translation>Save the paths as CSV</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="190"/>
        <source>Click or drag on the map to move the start point; every path restarts from it.</source>
        <translation>Click or drag on the map to move the start point; every path restarts from it.</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="203"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="211"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>LessonControl</name>
    <message>
        <location filename="../qml/LessonControl.qml" line="41"/>
        <source>from %1 to %2%3</source>
        <translation>from %1 to %2%3</translation>
    </message>
    <message>
        <location filename="../qml/LessonControl.qml" line="41"/>
        <source>, log scale</source>
        <translation>, log scale</translation>
    </message>
    <message>
        <location filename="../qml/LessonControl.qml" line="42"/>
        <source>%1: %2. In PyTorch: %3</source>
        <translation>%1: %2. In PyTorch: %3</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <location filename="../qml/LessonPage.qml" line="71"/>
        <source>This lesson cannot be opened</source>
        <translation>This lesson cannot be opened</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="71"/>
        <source>No lesson is open</source>
        <translation>No lesson is open</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="83"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="105"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="108"/>
        <source>Mark this lesson as done</source>
        <translation>Mark this lesson as done</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="111"/>
        <source>Code of:</source>
        <translation>Code of:</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="118"/>
        <source>Experiment to show as PyTorch code</source>
        <translation>Experiment to show as PyTorch code</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="124"/>
        <source>Show as PyTorch code</source>
        <translation>Show as PyTorch code</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="150"/>
        <source>Japanese and English side by side</source>
        <translation>Japanese and English side by side</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="235"/>
        <source>Try this</source>
        <translation>Try this</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="337"/>
        <source>Run “%1”</source>
        <translation>Run “%1”</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="372"/>
        <source>Open a web page?</source>
        <translation>Open a web page?</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="383"/>
        <source>The lesson links to this address. Open it in your web browser?</source>
        <translation>The lesson links to this address. Open it in your web browser?</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="191"/>
        <source>Practice questions</source>
        <translation>Practice questions</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="276"/>
        <source>Updates per epoch, ⌈N/B⌉:</source>
        <translation>Updates per epoch, ⌈N/B⌉:</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="277"/>
        <source>%1 %2 (N = %3, B = %4)</source>
        <translation>%1 %2 (N = %3, B = %4)</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="278"/>
        <source>every training run</source>
        <translation>every training run</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="282"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="299"/>
        <source>%1: diverged at step %2</source>
        <translation>%1: diverged at step %2</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="300"/>
        <source>%1: diverged at epoch %2</source>
        <translation>%1: diverged at epoch %2</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../qml/LossChart.qml" line="32"/>
        <source>training loss</source>
        <translation>training loss</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="33"/>
        <source>validation loss</source>
        <translation>validation loss</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="34"/>
        <source>training accuracy</source>
        <translation>training accuracy</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="35"/>
        <source>validation accuracy</source>
        <translation>validation accuracy</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="36"/>
        <location filename="../qml/LossChart.qml" line="92"/>
        <source>learning rate</source>
        <translation>learning rate</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="37"/>
        <source>mini-batch loss</source>
        <translation>mini-batch loss</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="39"/>
        <source>gradient variance (measured)</source>
        <translation>gradient variance (measured)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="40"/>
        <source>gradient variance (formula)</source>
        <translation>gradient variance (formula)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="41"/>
        <location filename="../qml/LossChart.qml" line="111"/>
        <location filename="../qml/LossChart.qml" line="126"/>
        <source>samples per second</source>
        <translation>samples per second</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="42"/>
        <source>norm of the mean mini-batch gradient</source>
        <translation>norm of the mean mini-batch gradient</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="43"/>
        <source>distance of that mean from the full gradient</source>
        <translation>distance of that mean from the full gradient</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="44"/>
        <source>finite-population factor (N − B)/(N − 1)</source>
        <translation>finite-population factor (N − B)/(N − 1)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="45"/>
        <source>weight gradient norm ‖∂L/∂W‖</source>
        <translation>weight gradient norm ‖∂L/∂W‖</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="46"/>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="47"/>
        <source>standard deviation</source>
        <translation>standard deviation</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="48"/>
        <source>fraction saturated</source>
        <translation>fraction saturated</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="49"/>
        <source>fraction dead (exactly 0)</source>
        <translation>fraction dead (exactly 0)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="50"/>
        <source>each trial&apos;s objective</source>
        <translation>each trial&apos;s objective</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="51"/>
        <source>best so far</source>
        <translation>best so far</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="52"/>
        <location filename="../qml/LossChart.qml" line="120"/>
        <source>speed-up</source>
        <translation>speed-up</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="53"/>
        <source>efficiency (speed-up / K)</source>
        <translation>efficiency (speed-up / K)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="54"/>
        <source>seconds per update</source>
        <translation>seconds per update</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="55"/>
        <source>communication seconds per update</source>
        <translation>communication seconds per update</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="56"/>
        <source>ideal speed-up (= K)</source>
        <translation>ideal speed-up (= K)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="61"/>
        <source>layer %1</source>
        <translation>layer %1</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="67"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="57"/>
        <location filename="../qml/LossChart.qml" line="68"/>
        <location filename="../qml/LossChart.qml" line="102"/>
        <source>updates</source>
        <translation>updates</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="69"/>
        <source>gradient evaluations (samples)</source>
        <translation>gradient evaluations (samples)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="70"/>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="71"/>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="72"/>
        <source>swept value</source>
        <translation>swept value</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="73"/>
        <source>batch size B</source>
        <translation>batch size B</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="74"/>
        <source>activation value at epoch %1</source>
        <translation>activation value at epoch %1</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="75"/>
        <source>weight value at epoch %1</source>
        <translation>weight value at epoch %1</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="76"/>
        <source>hidden layer at epoch %1</source>
        <translation>hidden layer at epoch %1</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="77"/>
        <source>trial</source>
        <translation>trial</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="78"/>
        <source>workers K</source>
        <translation>workers K</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="79"/>
        <source>staleness (updates between a gradient&apos;s read and its write)</source>
        <translation>staleness (updates between a gradient&apos;s read and its write)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="86"/>
        <source>fraction of the layer&apos;s values</source>
        <translation>fraction of the layer&apos;s values</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="90"/>
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="98"/>
        <source>objective (validation)</source>
        <translation>objective (validation)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="109"/>
        <source>gradient variance V(B)</source>
        <translation>gradient variance V(B)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="113"/>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="88"/>
        <location filename="../qml/LossChart.qml" line="114"/>
        <location filename="../qml/LossChart.qml" line="127"/>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="345"/>
        <source>Switch the vertical axis between a linear and a logarithmic scale</source>
        <translation>Switch the vertical axis between a linear and a logarithmic scale</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="38"/>
        <location filename="../qml/LossChart.qml" line="103"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="182"/>
        <location filename="../qml/LossChart.qml" line="204"/>
        <source>%1 (log scale)</source>
        <translation>%1 (log scale)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="267"/>
        <source>diverged at epoch %1</source>
        <translation>diverged at epoch %1</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="265"/>
        <source>early stop at epoch %1</source>
        <translation>early stop at epoch %1</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="94"/>
        <source>coordinate</source>
        <translation>coordinate</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="122"/>
        <source>efficiency</source>
        <translation>efficiency</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="124"/>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="266"/>
        <source>diverged at step %1</source>
        <translation>diverged at step %1</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="338"/>
        <source>log scale</source>
        <translation>log scale</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="338"/>
        <source>linear scale</source>
        <translation>linear scale</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="343"/>
        <source>Logarithmic loss axis</source>
        <translation>Logarithmic loss axis</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="26"/>
        <source>Kōbai — learning by gradient descent</source>
        <translation>Kōbai — learning by gradient descent</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="39"/>
        <source>one choice</source>
        <translation>one choice</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="40"/>
        <source>several choices</source>
        <translation>several choices</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="41"/>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="42"/>
        <source>fill in the code</source>
        <translation>fill in the code</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="43"/>
        <source>read the curve</source>
        <translation>read the curve</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="45"/>
        <source>all kinds</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="56"/>
        <source>d MMM HH:mm</source>
        <extracomment>The next review&apos;s date and time as a Qt date format; Japanese: M月d日 HH:mm</extracomment>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="73"/>
        <source>Exam practice</source>
        <translation>Exam practice</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="83"/>
        <source>All questions</source>
        <translation>All questions</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="88"/>
        <source>Due for review</source>
        <translation>Due for review</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="93"/>
        <source>Mock exam</source>
        <translation>Mock exam</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="97"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="108"/>
        <source>All lessons</source>
        <translation>All lessons</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="115"/>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="120"/>
        <source>All syllabus items</source>
        <translation>All syllabus items</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="125"/>
        <source>Syllabus item</source>
        <translation>Syllabus item</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="135"/>
        <source>Kind of question</source>
        <translation>Kind of question</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="139"/>
        <source>Any difficulty</source>
        <translation>Any difficulty</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="139"/>
        <source>★ recall</source>
        <translation>★ recall</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="140"/>
        <source>★★ apply</source>
        <translation>★★ apply</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="140"/>
        <source>★★★ calculate</source>
        <translation>★★★ calculate</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="146"/>
        <source>Difficulty</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="158"/>
        <source>20 questions from every lesson in 24 minutes, the pace of the E資格 exam. Answers stay open to change until you submit; then every question shows the right answer and the explanation, with a score by syllabus item.</source>
        <translation>20 questions from every lesson in 24 minutes, the pace of the E資格 exam. Answers stay open to change until you submit; then every question shows the right answer and the explanation, with a score by syllabus item.</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="167"/>
        <source>Start a new mock exam</source>
        <translation>Start a new mock exam</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="167"/>
        <source>Start the mock exam</source>
        <translation>Start the mock exam</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="176"/>
        <source>%1 left · %2 of %3 answered</source>
        <translation>%1 left · %2 of %3 answered</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="182"/>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="197"/>
        <source>Score: %1 / %2 (not answered: %3)</source>
        <translation>Score: %1 / %2 (not answered: %3)</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="224"/>
        <source>Next review: %1</source>
        <translation>Next review: %1</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="284"/>
        <source>Submit the exam?</source>
        <translation>Submit the exam?</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="288"/>
        <source>%1 of %2 questions are not answered yet. Unanswered questions count as wrong.</source>
        <translation>%1 of %2 questions are not answered yet. Unanswered questions count as wrong.</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="296"/>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="301"/>
        <source>Submit anyway</source>
        <translation>Submit anyway</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="217"/>
        <source>Nothing is due for review now.</source>
        <translation>Nothing is due for review now.</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="217"/>
        <source>No question matches.</source>
        <translation>No question matches.</translation>
    </message>
</context>
<context>
    <name>ProgressBackup</name>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="23"/>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="24"/>
        <source>Progress exported to %1</source>
        <translation>Progress exported to %1</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="30"/>
        <location filename="../qml/ProgressBackup.qml" line="92"/>
        <source>Import failed: %1</source>
        <translation>Import failed: %1</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="30"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="92"/>
        <source>Progress imported.</source>
        <translation>Progress imported.</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="102"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="105"/>
        <source>Export your progress as a JSON file</source>
        <translation>Export your progress as a JSON file</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="111"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="115"/>
        <source>Import progress from a JSON file</source>
        <translation>Import progress from a JSON file</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="130"/>
        <source>Answers imported: %1 of %2</source>
        <translation>Answers imported: %1 of %2</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="134"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="136"/>
        <source>Cancel the import; nothing of it is kept</source>
        <translation>Cancel the import; nothing of it is kept</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="150"/>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="153"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="155"/>
        <location filename="../qml/ProgressBackup.qml" line="163"/>
        <source>Kōbai progress (*.json)</source>
        <translation>Kōbai progress (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="161"/>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
</context>
<context>
    <name>ProgressNotice</name>
    <message>
        <location filename="../qml/ProgressNotice.qml" line="29"/>
        <source>Your progress file could not be read. It was kept aside as %1 and a new one was started; nothing was deleted.</source>
        <translation>Your progress file could not be read. It was kept aside as %1 and a new one was started; nothing was deleted.</translation>
    </message>
    <message>
        <location filename="../qml/ProgressNotice.qml" line="31"/>
        <source>Your progress file was written by a newer Kōbai. It was kept aside as %1 and a new one was started; open it with the newer Kōbai.</source>
        <translation>Your progress file was written by a newer Kōbai. It was kept aside as %1 and a new one was started; open it with the newer Kōbai.</translation>
    </message>
    <message>
        <location filename="../qml/ProgressNotice.qml" line="33"/>
        <source>Your progress cannot be saved in %1 (%2). Kōbai works, but nothing you do will be kept.</source>
        <translation>Your progress cannot be saved in %1 (%2). Kōbai works, but nothing you do will be kept.</translation>
    </message>
    <message>
        <location filename="../qml/ProgressNotice.qml" line="35"/>
        <source>Another Kōbai is using this progress folder, so this window will not save your answers (%1). Close the other Kōbai, then press Try again.</source>
        <translation>Another Kōbai is using this progress folder, so this window will not save your answers (%1). Close the other Kōbai, then press Try again.</translation>
    </message>
    <message>
        <location filename="../qml/ProgressNotice.qml" line="43"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../qml/ProgressNotice.qml" line="45"/>
        <source>Try again to save progress in this window</source>
        <translation>Try again to save progress in this window</translation>
    </message>
    <message>
        <location filename="../qml/ProgressNotice.qml" line="48"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qml/ProgressNotice.qml" line="50"/>
        <source>Close this message</source>
        <translation>Close this message</translation>
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
    <name>QuestionCard</name>
    <message>
        <location filename="../qml/QuestionCard.qml" line="166"/>
        <source>✓ right answer</source>
        <translation>✓ right answer</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="166"/>
        <source>✗ your answer</source>
        <translation>✗ your answer</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="203"/>
        <source>Your answer, e.g. 0.5 or 0,5</source>
        <translation>Your answer, e.g. 0.5 or 0,5</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="207"/>
        <source>Answer (a number)</source>
        <translation>Answer (a number)</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="215"/>
        <source>Right answer: %1 (± %2)</source>
        <translation>Right answer: %1 (± %2)</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="216"/>
        <source>Right answer: %1</source>
        <translation>Right answer: %1</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="223"/>
        <source>That is not a number Kōbai can read; write it like 0.5, 0,5 or 1e-3.</source>
        <translation>That is not a number Kōbai can read; write it like 0.5, 0,5 or 1e-3.</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="285"/>
        <source>Blank %1</source>
        <translation>Blank %1</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="301"/>
        <source>Right code:</source>
        <translation>Right code:</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="316"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="319"/>
        <source>Check the answer</source>
        <translation>Check the answer</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="324"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="330"/>
        <source>Next card</source>
        <translation>Next card</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="332"/>
        <source>Next card (this one leaves the due list)</source>
        <translation>Next card (this one leaves the due list)</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="340"/>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="341"/>
        <source>✓ Right</source>
        <translation>✓ Right</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="341"/>
        <source>✗ Wrong</source>
        <translation>✗ Wrong</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="346"/>
        <source>(not saved)</source>
        <translation>(not saved)</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../qml/SearchView.qml" line="42"/>
        <source>● a trial (on the trials pane: brighter is better)   ○ pruned   × diverged   ◆ red: where the model sends the next trials. Maps: bright where the mean is good, where σ or the expected improvement is large.</source>
        <translation>● a trial (on the trials pane: brighter is better)   ○ pruned   × diverged   ◆ red: where the model sends the next trials. Maps: bright where the mean is good, where σ or the expected improvement is large.</translation>
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
        <location filename="../qml/StepThroughPanel.qml" line="80"/>
        <source>g = ∇f(w) on a mini-batch of %1</source>
        <translation>g = ∇f(w) on a mini-batch of %1</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="84"/>
        <source>numerical gradient (central difference, h = 10⁻⁴)</source>
        <translation>numerical gradient (central difference, h = 10⁻⁴)</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="91"/>
        <source>numerical − g</source>
        <translation>numerical − g</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="93"/>
        <source>learning rate η</source>
        <translation>learning rate η</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="105"/>
        <source>step taken Δw</source>
        <translation>step taken Δw</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="107"/>
        <source>start w₀</source>
        <translation>start w₀</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="107"/>
        <source>new point w</source>
        <translation>new point w</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="109"/>
        <source>loss f(w)</source>
        <translation>loss f(w)</translation>
    </message>
</context>
<context>
    <name>kobai::app::LandscapeCanvas</name>
    <message>
        <location filename="../src/app/landscape/LandscapeCanvas.cpp" line="115"/>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <location filename="../src/app/landscape/LandscapeCanvas.cpp" line="164"/>
        <location filename="../src/app/landscape/LandscapeCanvas.cpp" line="182"/>
        <source>diverged at step %1</source>
        <translation>diverged at step %1</translation>
    </message>
    <message>
        <location filename="../src/app/landscape/LandscapeCanvas.cpp" line="191"/>
        <source>step %1 / %2</source>
        <translation>step %1 / %2</translation>
    </message>
</context>
<context>
    <name>kobai::app::Progress</name>
    <message>
        <location filename="../src/app/progress/Progress.cpp" line="83"/>
        <source>%1 is your progress database (or a file kept beside it); export to another file.</source>
        <translation>%1 is your progress database (or a file kept beside it); export to another file.</translation>
    </message>
    <message>
        <location filename="../src/app/progress/Progress.cpp" line="103"/>
        <source>Progress cannot be saved here, so nothing can be imported.</source>
        <translation>Progress cannot be saved here, so nothing can be imported.</translation>
    </message>
    <message>
        <location filename="../src/app/progress/Progress.cpp" line="105"/>
        <source>An import is already running.</source>
        <translation>An import is already running.</translation>
    </message>
</context>
<context>
    <name>kobai::app::ProgressImport</name>
    <message>
        <location filename="../src/app/progress/ProgressImport.cpp" line="60"/>
        <source>%1 is not a file that can be imported.</source>
        <translation>%1 is not a file that can be imported.</translation>
    </message>
    <message>
        <location filename="../src/app/progress/ProgressImport.cpp" line="62"/>
        <source>%1 is %2 MB; a progress export this Kōbai imports is at most %3 MB.</source>
        <translation>%1 is %2 MB; a progress export this Kōbai imports is at most %3 MB.</translation>
    </message>
    <message>
        <location filename="../src/app/progress/ProgressImport.cpp" line="72"/>
        <source>%1 is not a Kōbai progress export (%2 at byte %3).</source>
        <translation>%1 is not a Kōbai progress export (%2 at byte %3).</translation>
    </message>
    <message>
        <location filename="../src/app/progress/ProgressImport.cpp" line="76"/>
        <source>%1 holds JSON, but not an object: it is not a Kōbai progress export.</source>
        <translation>%1 holds JSON, but not an object: it is not a Kōbai progress export.</translation>
    </message>
    <message>
        <location filename="../src/app/progress/ProgressImport.cpp" line="78"/>
        <location filename="../src/app/progress/ProgressImport.cpp" line="90"/>
        <source>The import was cancelled; nothing of it was kept.</source>
        <translation>The import was cancelled; nothing of it was kept.</translation>
    </message>
</context>
<context>
    <name>kobai::app::SearchCanvas</name>
    <message>
        <location filename="../src/app/landscape/SearchCanvas.cpp" line="160"/>
        <source>The model appears once the first random trials have finished.</source>
        <translation>The model appears once the first random trials have finished.</translation>
    </message>
    <message>
        <location filename="../src/app/landscape/SearchCanvas.cpp" line="196"/>
        <source>trials %1 / %2</source>
        <translation>trials %1 / %2</translation>
    </message>
    <message>
        <location filename="../src/app/landscape/SearchCanvas.cpp" line="199"/>
        <source>posterior mean μ</source>
        <translation>posterior mean μ</translation>
    </message>
    <message>
        <location filename="../src/app/landscape/SearchCanvas.cpp" line="202"/>
        <source>uncertainty σ</source>
        <translation>uncertainty σ</translation>
    </message>
    <message>
        <location filename="../src/app/landscape/SearchCanvas.cpp" line="205"/>
        <source>expected improvement</source>
        <translation>expected improvement</translation>
    </message>
</context>
<context>
    <name>kobai::app::StepLossPlot</name>
    <message>
        <location filename="../src/app/landscape/StepLossPlot.cpp" line="72"/>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <location filename="../src/app/landscape/StepLossPlot.cpp" line="72"/>
        <source>loss (log scale)</source>
        <translation>loss (log scale)</translation>
    </message>
    <message>
        <location filename="../src/app/landscape/StepLossPlot.cpp" line="72"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
</context>
</TS>
