<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AppView</name>
    <message>
        <location filename="../qml/AppView.qml" line="59"/>
        <source>Kōbai</source>
        <translation>勾配 Kōbai</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="64"/>
        <source>How neural networks learn</source>
        <translation>ニューラルネットワークが学ぶしくみ</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="81"/>
        <source>run %1/%2 · epoch %3 / %4</source>
        <translation>実行 %1/%2 · エポック %3 / %4</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="85"/>
        <source>Rerun</source>
        <translation>再実行</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="88"/>
        <source>Run the lesson&apos;s experiments again (Ctrl+R)</source>
        <translation>レッスンの実験をもう一度実行 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="93"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="96"/>
        <source>Stop the run (Esc)</source>
        <translation>実行を止める (Esc)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="102"/>
        <source>Exam practice</source>
        <translation>試験対策</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="104"/>
        <source>Practise questions from every lesson, review, mock exam</source>
        <translation>全レッスンの問題演習・復習・模擬試験</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="108"/>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="110"/>
        <source>Open the glossary (用語集)</source>
        <translation>用語集を開く</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="119"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="142"/>
        <location filename="../qml/AppView.qml" line="156"/>
        <source>Lessons</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="170"/>
        <source>(done)</source>
        <translation>(完了)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="183"/>
        <source>Add lesson folder…</source>
        <translation>レッスンフォルダを追加…</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="187"/>
        <source>Add a folder of lessons (for teachers)</source>
        <translation>レッスンのフォルダを追加 (教える方向け)</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="190"/>
        <source>Your progress</source>
        <translation>学習記録</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="229"/>
        <source>Choose a folder of lessons</source>
        <translation>レッスンのフォルダを選ぶ</translation>
    </message>
</context>
<context>
    <name>CurveChart</name>
    <message>
        <location filename="../qml/CurveChart.qml" line="43"/>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="50"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="54"/>
        <source>training loss</source>
        <translation>学習損失</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="62"/>
        <source>validation loss</source>
        <translation>検証損失</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="73"/>
        <source>Training…</source>
        <translation>学習中…</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="81"/>
        <source>diverged at epoch %1</source>
        <translation>発散: エポック %1</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../qml/GlossaryDialog.qml" line="39"/>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <location filename="../qml/GlossaryDialog.qml" line="47"/>
        <source>Search: 過学習, かがくしゅう, overfitting…</source>
        <translation>検索: 過学習, かがくしゅう, overfitting…</translation>
    </message>
    <message>
        <location filename="../qml/GlossaryDialog.qml" line="48"/>
        <source>Search the glossary</source>
        <translation>用語集を検索</translation>
    </message>
    <message>
        <location filename="../qml/GlossaryDialog.qml" line="51"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../qml/GlossaryDialog.qml" line="91"/>
        <source>No term matches.</source>
        <translation>該当する用語はありません。</translation>
    </message>
    <message>
        <location filename="../qml/GlossaryDialog.qml" line="123"/>
        <source>See also</source>
        <translation>関連用語</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <location filename="../qml/LandscapeView.qml" line="76"/>
        <source>Loss landscape: click or drag to move the start point</source>
        <translation>損失の地形：クリックまたはドラッグで出発点を動かす</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="105"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="108"/>
        <source>Step back</source>
        <translation>1 ステップ戻る</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="112"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="112"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="122"/>
        <location filename="../qml/LandscapeView.qml" line="136"/>
        <source>Step</source>
        <translation>進む</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="125"/>
        <source>Single step</source>
        <translation>1 ステップ進む</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="138"/>
        <source>step %1 / %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="139"/>
        <location filename="../qml/LandscapeView.qml" line="146"/>
        <source>Speed</source>
        <translation>速さ</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="143"/>
        <source>%1 steps/s</source>
        <translation>%1 ステップ/秒</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="149"/>
        <source>Save image…</source>
        <translation>画像を保存…</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="151"/>
        <source>Save the landscape as a PNG image</source>
        <translation>地形を PNG 画像で保存</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="154"/>
        <source>Save paths…</source>
        <translation>経路を保存…</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="156"/>
        <source>Save the paths as CSV</source>
        <translation>経路を CSV で保存</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="164"/>
        <source>Click or drag on the map to move the start point; every path restarts from it.</source>
        <translation>地図をクリックまたはドラッグすると出発点が動き、すべての経路がそこからやり直します。</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="177"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="185"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <location filename="../qml/LessonPage.qml" line="55"/>
        <source>This lesson cannot be opened</source>
        <translation>このレッスンは開けません</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="55"/>
        <source>No lesson is open</source>
        <translation>レッスンが開かれていません</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="67"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="89"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="92"/>
        <source>Mark this lesson as done</source>
        <translation>このレッスンを完了にする</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="98"/>
        <source>Experiment to show as PyTorch code</source>
        <translation>PyTorch コードで表示する実験</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="102"/>
        <source>Show as PyTorch code</source>
        <translation>PyTorch コードで表示</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="127"/>
        <source>Japanese and English side by side</source>
        <translation>日本語と英語を並べて読む</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="176"/>
        <source>Try this</source>
        <translation>やってみよう</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="185"/>
        <source>Practice questions</source>
        <translation>練習問題</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="246"/>
        <source>Updates per epoch, ⌈N/B⌉:</source>
        <translation>1 エポックあたりの更新回数 ⌈N/B⌉：</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="247"/>
        <source>%1 %2 (N = %3, B = %4)</source>
        <translation>%1 %2 回（N = %3、B = %4）</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="248"/>
        <source>every training run</source>
        <translation>すべての学習</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="252"/>
        <source>all</source>
        <translation>全体</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="269"/>
        <source>%1: diverged at step %2</source>
        <translation>%1: ステップ %2 で発散</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="270"/>
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
        <location filename="../qml/LossChart.qml" line="60"/>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="38"/>
        <source>mini-batch loss</source>
        <translation>ミニバッチ損失</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="46"/>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="47"/>
        <source>updates</source>
        <translation>更新回数</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="48"/>
        <source>gradient evaluations (samples)</source>
        <translation>勾配計算 (サンプル数)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="49"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="50"/>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="51"/>
        <source>swept value</source>
        <translation>掃引した値</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="58"/>
        <source>accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="39"/>
        <location filename="../qml/LossChart.qml" line="63"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="184"/>
        <location filename="../qml/LossChart.qml" line="203"/>
        <source>%1 (log scale)</source>
        <translation>%1 (対数)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="265"/>
        <source>diverged at epoch %1</source>
        <translation>発散: エポック %1</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="263"/>
        <source>early stop at epoch %1</source>
        <translation>早期終了: エポック %1</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="62"/>
        <source>coordinate</source>
        <translation>座標</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="264"/>
        <source>diverged at step %1</source>
        <translation>発散: ステップ %1</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="319"/>
        <source>log scale</source>
        <translation>対数目盛</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="319"/>
        <source>linear scale</source>
        <translation>線形目盛</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="324"/>
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
    <name>PracticeDialog</name>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="30"/>
        <source>one choice</source>
        <translation>単一選択</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="31"/>
        <source>several choices</source>
        <translation>複数選択</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="32"/>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="33"/>
        <source>fill in the code</source>
        <translation>コードの穴埋め</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="34"/>
        <source>read the curve</source>
        <translation>曲線の読み取り</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="36"/>
        <source>all kinds</source>
        <translation>すべての形式</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="51"/>
        <source>Exam practice</source>
        <translation>試験対策</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="59"/>
        <source>All questions</source>
        <translation>すべての問題</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="60"/>
        <source>Due for review</source>
        <translation>復習する問題</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="61"/>
        <source>Mock exam</source>
        <translation>模擬試験</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="64"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="75"/>
        <source>All lessons</source>
        <translation>すべてのレッスン</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="82"/>
        <source>Lesson</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="87"/>
        <source>All syllabus items</source>
        <translation>すべてのシラバス項目</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="92"/>
        <source>Syllabus item</source>
        <translation>シラバス項目</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="102"/>
        <source>Kind of question</source>
        <translation>問題の形式</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="106"/>
        <source>Any difficulty</source>
        <translation>すべての難易度</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="106"/>
        <source>★ recall</source>
        <translation>★ 知識</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="107"/>
        <source>★★ apply</source>
        <translation>★★ 応用</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="107"/>
        <source>★★★ calculate</source>
        <translation>★★★ 計算</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="113"/>
        <source>Difficulty</source>
        <translation>難易度</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="123"/>
        <source>Start a mock exam (20 questions, 24 minutes)</source>
        <translation>模擬試験を始める (20 問・24 分)</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="133"/>
        <source>%1 left · %2 answered</source>
        <translation>残り %1 · %2 問解答</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="137"/>
        <source>Hand in</source>
        <translation>提出</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="151"/>
        <source>Score: %1 / %2</source>
        <translation>得点: %1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="165"/>
        <source>Nothing is due for review now.</source>
        <translation>いま復習する問題はありません。</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="165"/>
        <source>No question matches.</source>
        <translation>該当する問題はありません。</translation>
    </message>
</context>
<context>
    <name>ProgressBackup</name>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="21"/>
        <source>Export failed: %1</source>
        <translation>書き出せませんでした: %1</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="21"/>
        <source>Progress exported.</source>
        <translation>学習記録を書き出しました。</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="27"/>
        <location filename="../qml/ProgressBackup.qml" line="34"/>
        <source>Import failed: %1</source>
        <translation>読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="27"/>
        <source>Importing…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="34"/>
        <source>Progress imported.</source>
        <translation>学習記録を読み込みました。</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="43"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="46"/>
        <source>Export your progress as a JSON file</source>
        <translation>学習記録を JSON ファイルに書き出す</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="51"/>
        <source>Import…</source>
        <translation>読み込み…</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="55"/>
        <source>Import progress from a JSON file</source>
        <translation>JSON ファイルから学習記録を読み込む</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="70"/>
        <source>Answers imported: %1 of %2</source>
        <translation>読み込んだ解答: %2 件中 %1 件</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="74"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="76"/>
        <source>Cancel the import; nothing of it is kept</source>
        <translation>読み込みをキャンセルします(読み込んだ分は何も残りません)</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="90"/>
        <source>Export progress</source>
        <translation>学習記録の書き出し</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="93"/>
        <location filename="../qml/ProgressBackup.qml" line="100"/>
        <source>Kōbai progress (*.json)</source>
        <translation>Kōbai 学習記録 (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="98"/>
        <source>Import progress</source>
        <translation>学習記録の読み込み</translation>
    </message>
</context>
<context>
    <name>ProgressNotice</name>
    <message>
        <location filename="../qml/ProgressNotice.qml" line="29"/>
        <source>Your progress file could not be read. It was kept aside as %1 and a new one was started; nothing was deleted.</source>
        <translation>学習記録のファイルを読めませんでした。%1 として残し、新しい記録を始めました。何も削除していません。</translation>
    </message>
    <message>
        <location filename="../qml/ProgressNotice.qml" line="31"/>
        <source>Your progress file was written by a newer Kōbai. It was kept aside as %1 and a new one was started; open it with the newer Kōbai.</source>
        <translation>学習記録のファイルは新しい版の Kōbai で書かれています。%1 として残し、新しい記録を始めました。新しい版の Kōbai で開いてください。</translation>
    </message>
    <message>
        <location filename="../qml/ProgressNotice.qml" line="33"/>
        <source>Your progress cannot be saved in %1 (%2). Kōbai works, but nothing you do will be kept.</source>
        <translation>学習記録を %1 に保存できません (%2)。Kōbai は使えますが、記録は残りません。</translation>
    </message>
    <message>
        <location filename="../qml/ProgressNotice.qml" line="35"/>
        <source>Another Kōbai is using this progress folder, so this window will not save your answers (%1). Close the other Kōbai, then press Try again.</source>
        <translation>別の Kōbai がこの学習記録フォルダを使っているため、このウィンドウでは解答を保存しません(%1)。もう一方の Kōbai を閉じてから「再試行」を押してください。</translation>
    </message>
    <message>
        <location filename="../qml/ProgressNotice.qml" line="43"/>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../qml/ProgressNotice.qml" line="45"/>
        <source>Try again to save progress in this window</source>
        <translation>このウィンドウで学習記録を保存できるか、もう一度試します</translation>
    </message>
    <message>
        <location filename="../qml/ProgressNotice.qml" line="48"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qml/ProgressNotice.qml" line="50"/>
        <source>Close this message</source>
        <translation>このメッセージを閉じる</translation>
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
    <name>QuestionCard</name>
    <message>
        <location filename="../qml/QuestionCard.qml" line="144"/>
        <source>Your answer, e.g. 0.5 or 0,5</source>
        <translation>答え (例: 0.5 または 0,5)</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="147"/>
        <source>Answer (a number)</source>
        <translation>答え (数値)</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="152"/>
        <source>That is not a number Kōbai can read; write it like 0.5, 0,5 or 1e-3.</source>
        <translation>数値として読めません。0.5、0,5、1e-3 のように書いてください。</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="205"/>
        <source>Blank %1</source>
        <translation>空欄 %1</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="219"/>
        <source>Check</source>
        <translation>答え合わせ</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="222"/>
        <source>Check the answer</source>
        <translation>答え合わせをする</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="226"/>
        <source>Try again</source>
        <translation>もう一度</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="234"/>
        <source>✓ Right</source>
        <translation>✓ 正解</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="234"/>
        <source>✗ Wrong</source>
        <translation>✗ 不正解</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="238"/>
        <source>Answered</source>
        <translation>解答済み</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="244"/>
        <source>(not saved)</source>
        <translation>(保存されていません)</translation>
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
        <location filename="../qml/StepThroughPanel.qml" line="80"/>
        <source>g = ∇f(w) on a mini-batch of %1</source>
        <translation>g = ∇f(w)（%1 件のミニバッチ）</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="84"/>
        <source>numerical gradient (central difference, h = 10⁻⁴)</source>
        <translation>数値勾配 (中心差分, h = 10⁻⁴)</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="91"/>
        <source>numerical − g</source>
        <translation>数値勾配 − g</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="93"/>
        <source>learning rate η</source>
        <translation>学習率 η</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="105"/>
        <source>step taken Δw</source>
        <translation>一歩 Δw</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="107"/>
        <source>start w₀</source>
        <translation>出発点 w₀</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="107"/>
        <source>new point w</source>
        <translation>新しい点 w</translation>
    </message>
    <message>
        <location filename="../qml/StepThroughPanel.qml" line="109"/>
        <source>loss f(w)</source>
        <translation>損失 f(w)</translation>
    </message>
</context>
<context>
    <name>kobai::app::LandscapeCanvas</name>
    <message>
        <location filename="../src/app/LandscapeCanvas.cpp" line="115"/>
        <source>minimum</source>
        <translation>最小値</translation>
    </message>
    <message>
        <location filename="../src/app/LandscapeCanvas.cpp" line="164"/>
        <location filename="../src/app/LandscapeCanvas.cpp" line="182"/>
        <source>diverged at step %1</source>
        <translation>発散（ステップ %1）</translation>
    </message>
    <message>
        <location filename="../src/app/LandscapeCanvas.cpp" line="191"/>
        <source>step %1 / %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
</context>
<context>
    <name>kobai::app::Progress</name>
    <message>
        <location filename="../src/app/Progress.cpp" line="82"/>
        <source>%1 is your progress database (or a file kept beside it); export to another file.</source>
        <translation>%1 は学習記録のデータベース(またはその隣に置かれるファイル)です。別のファイルに書き出してください。</translation>
    </message>
    <message>
        <location filename="../src/app/Progress.cpp" line="102"/>
        <source>Progress cannot be saved here, so nothing can be imported.</source>
        <translation>ここには学習記録を保存できないため、読み込めません。</translation>
    </message>
    <message>
        <location filename="../src/app/Progress.cpp" line="104"/>
        <source>An import is already running.</source>
        <translation>すでに読み込み中です。</translation>
    </message>
</context>
<context>
    <name>kobai::app::ProgressImport</name>
    <message>
        <location filename="../src/app/ProgressImport.cpp" line="52"/>
        <source>%1 is not a file that can be imported.</source>
        <translation>%1 は読み込めるファイルではありません。</translation>
    </message>
    <message>
        <location filename="../src/app/ProgressImport.cpp" line="54"/>
        <source>%1 is %2 MB; a progress export this Kōbai imports is at most %3 MB.</source>
        <translation>%1 は %2 MB あります。この Kōbai が読み込める学習記録は %3 MB までです。</translation>
    </message>
    <message>
        <location filename="../src/app/ProgressImport.cpp" line="64"/>
        <source>%1 is not a Kōbai progress export (%2 at byte %3).</source>
        <translation>%1 は Kōbai の学習記録のエクスポートではありません (%3 バイト目で %2)。</translation>
    </message>
    <message>
        <location filename="../src/app/ProgressImport.cpp" line="68"/>
        <source>%1 holds JSON, but not an object: it is not a Kōbai progress export.</source>
        <translation>%1 は JSON ですがオブジェクトではないため、Kōbai の学習記録のエクスポートではありません。</translation>
    </message>
    <message>
        <location filename="../src/app/ProgressImport.cpp" line="70"/>
        <location filename="../src/app/ProgressImport.cpp" line="82"/>
        <source>The import was cancelled; nothing of it was kept.</source>
        <translation>読み込みをキャンセルしました。読み込んだ分は何も残っていません。</translation>
    </message>
</context>
<context>
    <name>kobai::app::StepLossPlot</name>
    <message>
        <location filename="../src/app/StepLossPlot.cpp" line="72"/>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../src/app/StepLossPlot.cpp" line="72"/>
        <source>loss (log scale)</source>
        <translation>損失（対数目盛）</translation>
    </message>
    <message>
        <location filename="../src/app/StepLossPlot.cpp" line="72"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
</context>
</TS>
