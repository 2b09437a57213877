<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AppView</name>
    <message>
        <location filename="../qml/AppView.qml" line="50"/>
        <source>Kōbai</source>
        <translation>勾配 Kōbai</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="55"/>
        <source>How neural networks learn</source>
        <translation>ニューラルネットワークが学ぶしくみ</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="72"/>
        <source>run %1/%2 · epoch %3 / %4</source>
        <translation>実行 %1/%2 · エポック %3 / %4</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="76"/>
        <source>Rerun</source>
        <translation>再実行</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="79"/>
        <source>Run the lesson&apos;s experiments again (Ctrl+R)</source>
        <translation>レッスンの実験をもう一度実行 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="84"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="87"/>
        <source>Stop the run (Esc)</source>
        <translation>実行を止める (Esc)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="98"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="117"/>
        <location filename="../qml/AppView.qml" line="131"/>
        <source>Lessons</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="145"/>
        <source>(done)</source>
        <translation>(完了)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="158"/>
        <source>Add lesson folder…</source>
        <translation>レッスンフォルダを追加…</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="162"/>
        <source>Add a folder of lessons (for teachers)</source>
        <translation>レッスンのフォルダを追加 (教える方向け)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="177"/>
        <source>Choose a folder of lessons</source>
        <translation>レッスンのフォルダを選ぶ</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <location filename="../qml/LandscapeView.qml" line="73"/>
        <source>Loss landscape: click or drag to move the start point</source>
        <translation>損失の地形：クリックまたはドラッグで出発点を動かす</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="102"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="105"/>
        <source>Step back</source>
        <translation>1 ステップ戻る</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="109"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="109"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="119"/>
        <location filename="../qml/LandscapeView.qml" line="133"/>
        <source>Step</source>
        <translation>進む</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="122"/>
        <source>Single step</source>
        <translation>1 ステップ進む</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="135"/>
        <source>step %1 / %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="136"/>
        <location filename="../qml/LandscapeView.qml" line="143"/>
        <source>Speed</source>
        <translation>速さ</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="140"/>
        <source>%1 steps/s</source>
        <translation>%1 ステップ/秒</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="146"/>
        <source>Save image…</source>
        <translation>画像を保存…</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="148"/>
        <source>Save the landscape as a PNG image</source>
        <translation>地形を PNG 画像で保存</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="151"/>
        <source>Save paths…</source>
        <translation>経路を保存…</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="153"/>
        <source>Save the paths as CSV</source>
        <translation>経路を CSV で保存</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="161"/>
        <source>Click or drag on the map to move the start point; every path restarts from it.</source>
        <translation>地図をクリックまたはドラッグすると出発点が動き、すべての経路がそこからやり直します。</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="174"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="182"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <location filename="../qml/LessonPage.qml" line="21"/>
        <source>This lesson cannot be opened</source>
        <translation>このレッスンは開けません</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="21"/>
        <source>No lesson is open</source>
        <translation>レッスンが開かれていません</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="33"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="54"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="57"/>
        <source>Mark this lesson as done</source>
        <translation>このレッスンを完了にする</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="67"/>
        <source>Experiment to show as PyTorch code</source>
        <translation>PyTorch コードで表示する実験</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="71"/>
        <source>Show as PyTorch code</source>
        <translation>PyTorch コードで表示</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="108"/>
        <source>Try this</source>
        <translation>やってみよう</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="119"/>
        <source>Practice questions</source>
        <translation>練習問題</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="123"/>
        <source>Practice questions come with the lessons.</source>
        <translation>練習問題はレッスンとともに追加されます。</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="174"/>
        <source>%1: diverged at epoch %2</source>
        <translation>%1: エポック %2 で発散</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../qml/LossChart.qml" line="33"/>
        <source>training loss</source>
        <translation>学習損失</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="34"/>
        <source>validation loss</source>
        <translation>検証損失</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="35"/>
        <source>training accuracy</source>
        <translation>学習正解率</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="36"/>
        <source>validation accuracy</source>
        <translation>検証正解率</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="37"/>
        <location filename="../qml/LossChart.qml" line="57"/>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="38"/>
        <source>mini-batch loss</source>
        <translation>ミニバッチ損失</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="45"/>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="46"/>
        <source>updates</source>
        <translation>更新回数</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="47"/>
        <source>gradient evaluations (samples)</source>
        <translation>勾配計算 (サンプル数)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="48"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="55"/>
        <source>accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="58"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="185"/>
        <source>%1 (log scale)</source>
        <translation>%1 (対数)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="246"/>
        <source>diverged at epoch %1</source>
        <translation>発散: エポック %1</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="247"/>
        <source>early stop at epoch %1</source>
        <translation>早期終了: エポック %1</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="299"/>
        <source>log scale</source>
        <translation>対数目盛</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="299"/>
        <source>linear scale</source>
        <translation>線形目盛</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="304"/>
        <source>Logarithmic loss axis</source>
        <translation>損失の軸を対数にする</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="19"/>
        <source>Kōbai — learning by gradient descent</source>
        <translation>勾配 Kōbai — 勾配降下法で学ぶ</translation>
    </message>
</context>
<context>
    <name>PyTorchDialog</name>
    <message>
        <location filename="../qml/PyTorchDialog.qml" line="11"/>
        <source>As PyTorch code</source>
        <translation>PyTorch コード</translation>
    </message>
    <message>
        <location filename="../qml/PyTorchDialog.qml" line="36"/>
        <source>Copied to the clipboard</source>
        <translation>クリップボードにコピーしました</translation>
    </message>
    <message>
        <location filename="../qml/PyTorchDialog.qml" line="40"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../qml/PyTorchDialog.qml" line="41"/>
        <source>Copy the code</source>
        <translation>コードをコピー</translation>
    </message>
</context>
<context>
    <name>StepThroughPanel</name>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="32"/>
        <source>Step through one update</source>
        <translation>1 回の更新をたどる</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="38"/>
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="44"/>
        <source>Optimizer to step through</source>
        <translation>たどる最適化手法</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="47"/>
        <source>step %1</source>
        <translation>ステップ %1</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="56"/>
        <source>Textbook form</source>
        <translation>教科書の形</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="65"/>
        <source>PyTorch form</source>
        <translation>PyTorch の形</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="77"/>
        <source>from w</source>
        <translation>更新前の w</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="81"/>
        <source>learning rate η</source>
        <translation>学習率 η</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="93"/>
        <source>step taken Δw</source>
        <translation>一歩 Δw</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="95"/>
        <source>start w₀</source>
        <translation>出発点 w₀</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="95"/>
        <source>new point w</source>
        <translation>新しい点 w</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="97"/>
        <source>loss f(w)</source>
        <translation>損失 f(w)</translation>
    </message>
</context>
<context>
    <name>kobai::app::LandscapeCanvas</name>
    <message>
        <location filename="../src/app/LandscapeCanvas.cpp" line="154"/>
        <source>minimum</source>
        <translation>最小値</translation>
    </message>
    <message>
        <location filename="../src/app/LandscapeCanvas.cpp" line="193"/>
        <location filename="../src/app/LandscapeCanvas.cpp" line="211"/>
        <source>diverged at step %1</source>
        <translation>発散（ステップ %1）</translation>
    </message>
    <message>
        <location filename="../src/app/LandscapeCanvas.cpp" line="220"/>
        <source>step %1 / %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
</context>
<context>
    <name>kobai::app::StepLossPlot</name>
    <message>
        <location filename="../src/app/StepLossPlot.cpp" line="93"/>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../src/app/StepLossPlot.cpp" line="93"/>
        <source>loss (log scale)</source>
        <translation>損失（対数目盛）</translation>
    </message>
    <message>
        <location filename="../src/app/StepLossPlot.cpp" line="93"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
</context>
</TS>
