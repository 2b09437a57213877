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
        <location filename="../qml/AppView.qml" line="116"/>
        <location filename="../qml/AppView.qml" line="130"/>
        <source>Lessons</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="144"/>
        <source>(done)</source>
        <translation>(完了)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="157"/>
        <source>Add lesson folder…</source>
        <translation>レッスンフォルダを追加…</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="161"/>
        <source>Add a folder of lessons (for teachers)</source>
        <translation>レッスンのフォルダを追加 (教える方向け)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="176"/>
        <source>Choose a folder of lessons</source>
        <translation>レッスンのフォルダを選ぶ</translation>
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
        <location filename="../qml/LessonPage.qml" line="53"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="56"/>
        <source>Mark this lesson as done</source>
        <translation>このレッスンを完了にする</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="66"/>
        <source>Experiment to show as PyTorch code</source>
        <translation>PyTorch コードで表示する実験</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="69"/>
        <source>Show as PyTorch code</source>
        <translation>PyTorch コードで表示</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="106"/>
        <source>Try this</source>
        <translation>やってみよう</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="117"/>
        <source>Practice questions</source>
        <translation>練習問題</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="121"/>
        <source>Practice questions come with the lessons.</source>
        <translation>練習問題はレッスンとともに追加されます。</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="172"/>
        <source>%1: diverged at epoch %2</source>
        <translation>%1: エポック %2 で発散</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../qml/LossChart.qml" line="30"/>
        <source>training loss</source>
        <translation>学習損失</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="31"/>
        <source>validation loss</source>
        <translation>検証損失</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="32"/>
        <source>training accuracy</source>
        <translation>学習正解率</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="33"/>
        <source>validation accuracy</source>
        <translation>検証正解率</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="34"/>
        <location filename="../qml/LossChart.qml" line="54"/>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="35"/>
        <source>mini-batch loss</source>
        <translation>ミニバッチ損失</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="42"/>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="43"/>
        <source>updates</source>
        <translation>更新回数</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="44"/>
        <source>gradient evaluations (samples)</source>
        <translation>勾配計算 (サンプル数)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="45"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="52"/>
        <source>accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="55"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="114"/>
        <source>%1 (log scale)</source>
        <translation>%1 (対数)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="159"/>
        <source>diverged at epoch %1</source>
        <translation>発散: エポック %1</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="160"/>
        <source>early stop at epoch %1</source>
        <translation>早期終了: エポック %1</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="175"/>
        <source>log scale</source>
        <translation>対数目盛</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="175"/>
        <source>linear scale</source>
        <translation>線形目盛</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="180"/>
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
</TS>
