<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AppView</name>
    <message>
        <location filename="../qml/AppView.qml" line="97"/>
        <source>Kōbai</source>
        <translation>勾配 Kōbai</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="104"/>
        <source>How neural networks learn</source>
        <translation>ニューラルネットワークが学ぶしくみ</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="194"/>
        <source>run %1/%2 · epoch %3 / %4</source>
        <translation>実行 %1/%2 · エポック %3 / %4</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="112"/>
        <source>Rerun</source>
        <translation>再実行</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="115"/>
        <source>Run the lesson&apos;s experiments again (Ctrl+R)</source>
        <translation>レッスンの実験をもう一度実行（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="121"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="124"/>
        <source>Stop the run (Esc)</source>
        <translation>実行を止める（Esc）</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="130"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="133"/>
        <source>Set every control back to the lesson&apos;s defaults (Ctrl+Z undoes one change)</source>
        <translation>すべてのつまみをレッスンの初期値に戻す（Ctrl+Z で1つずつ元に戻せます）</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="140"/>
        <source>Exam practice</source>
        <translation>試験対策</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="142"/>
        <source>Practise questions from every lesson, review, mock exam</source>
        <translation>全レッスンの問題演習・復習・模擬試験</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="148"/>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="150"/>
        <source>Open the glossary (用語集)</source>
        <translation>用語集を開く</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="156"/>
        <source>Projector</source>
        <translation>プロジェクター</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="160"/>
        <source>Projector mode: thicker lines, stronger contrast (zoom with Ctrl+plus / Ctrl+minus, Ctrl+0 resets; now %1 %)</source>
        <translation>プロジェクターモード：線を太く、コントラストを強く（拡大は Ctrl+プラス／Ctrl+マイナス、Ctrl+0 で元に戻す。いま %1 %）</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="173"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="176"/>
        <source>Language of the whole app (日本語 / English); takes effect at once</source>
        <translation>アプリ全体の表示言語（日本語／English）。すぐに切り替わります</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="218"/>
        <location filename="../qml/AppView.qml" line="232"/>
        <source>Lessons</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="246"/>
        <source>(done)</source>
        <translation>（完了）</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="283"/>
        <source>Add lesson folder…</source>
        <translation>レッスンフォルダを追加…</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="287"/>
        <source>Add a folder of lessons (for teachers)</source>
        <translation>レッスンのフォルダを追加（教える方向け）</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="292"/>
        <source>Your progress</source>
        <translation>学習記録</translation>
    </message>
    <message>
        <location filename="../qml/AppView.qml" line="350"/>
        <source>Choose a folder of lessons</source>
        <translation>レッスンのフォルダを選ぶ</translation>
    </message>
</context>
<context>
    <name>CurveChart</name>
    <message>
        <location filename="../qml/CurveChart.qml" line="15"/>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="15"/>
        <source>trial</source>
        <translation>試行</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="16"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="16"/>
        <source>objective (validation)</source>
        <translation>目的値（検証データ）</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="18"/>
        <source>training loss</source>
        <translation>訓練損失</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="18"/>
        <source>each trial&apos;s objective</source>
        <translation>各試行の目的値</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="20"/>
        <source>validation loss</source>
        <translation>検証損失</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="20"/>
        <source>best so far</source>
        <translation>それまでの最良値</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="42"/>
        <source>Training…</source>
        <translation>学習中…</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="42"/>
        <source>Searching…</source>
        <translation>探索中…</translation>
    </message>
    <message>
        <location filename="../qml/CurveChart.qml" line="50"/>
        <source>diverged at epoch %1</source>
        <translation>発散: エポック %1</translation>
    </message>
</context>
<context>
    <name>FirstTour</name>
    <message>
        <location filename="../qml/FirstTour.qml" line="17"/>
        <source>Lessons</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="17"/>
        <source>The lessons, in order. Pick one here; a tick marks the ones you have done. The arrow keys move through the list.</source>
        <translation>レッスンが順に並んでいます。ここで選んでください。終えたレッスンにはチェックが付きます。矢印キーでも移動できます。</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="18"/>
        <source>Read</source>
        <translation>読む</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="18"/>
        <source>Each lesson explains one idea. Linked words open the glossary; the switch at the top shows Japanese and English side by side.</source>
        <translation>各レッスンは1つの考え方を説明します。リンクの付いた語は用語集を開きます。上のスイッチで日本語と英語を並べて読めます。</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="19"/>
        <source>Turn the knobs</source>
        <translation>つまみを動かす</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="19"/>
        <source>Every knob reruns the lesson&apos;s real training at once and the charts redraw as it learns. Reset brings the lesson&apos;s values back; Ctrl+Z undoes one change.</source>
        <translation>つまみを動かすと、レッスンの実際の学習がすぐにやり直され、学習の進みに合わせてグラフが描き直されます。「リセット」で初期値に戻り、Ctrl+Z で1つ前に戻せます。</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="20"/>
        <source>Practise</source>
        <translation>練習する</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="20"/>
        <source>Exam-style questions close every lesson; Exam practice gathers them all, with review and a timed mock exam.</source>
        <translation>各レッスンの最後に試験形式の問題があります。「試験対策」ではすべての問題を、復習と時間制限つきの模擬試験とともに練習できます。</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="75"/>
        <source>Skip the tour</source>
        <translation>ツアーを飛ばす</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="80"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="86"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../qml/FirstTour.qml" line="86"/>
        <source>Done</source>
        <translation>完了</translation>
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
        <location filename="../qml/LandscapeView.qml" line="109"/>
        <source>Step back</source>
        <translation>1 ステップ戻る</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="121"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="121"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="144"/>
        <source>Step</source>
        <translation>進む</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="130"/>
        <source>Single step</source>
        <translation>1 ステップ進む</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="146"/>
        <source>Step %1 of %2: drag to go through the steps</source>
        <translation>ステップ %1／%2：ドラッグしてステップをたどる</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="148"/>
        <source>step %1 / %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="155"/>
        <location filename="../qml/LandscapeView.qml" line="166"/>
        <source>Speed</source>
        <translation>速さ</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="163"/>
        <source>%1 steps/s</source>
        <translation>%1 ステップ/秒</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="168"/>
        <source>Steps per second while playing</source>
        <translation>再生中の1秒あたりのステップ数</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="171"/>
        <source>Save image…</source>
        <translation>画像を保存…</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="173"/>
        <source>Save the landscape as a PNG image</source>
        <translation>地形を PNG 画像で保存</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="178"/>
        <source>Save paths…</source>
        <translation>経路を保存…</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="180"/>
        <source>Save the paths as CSV</source>
        <translation>経路を CSV で保存</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="190"/>
        <source>Click or drag on the map to move the start point; every path restarts from it.</source>
        <translation>地図をクリックまたはドラッグすると出発点が動き、すべての経路がそこからやり直します。</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="203"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../qml/LandscapeView.qml" line="211"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>LessonControl</name>
    <message>
        <location filename="../qml/LessonControl.qml" line="41"/>
        <source>from %1 to %2%3</source>
        <translation>%1 から %2 まで%3</translation>
    </message>
    <message>
        <location filename="../qml/LessonControl.qml" line="41"/>
        <source>, log scale</source>
        <translation>、対数目盛</translation>
    </message>
    <message>
        <location filename="../qml/LessonControl.qml" line="42"/>
        <source>%1: %2. In PyTorch: %3</source>
        <translation>%1：%2。PyTorch では %3</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <location filename="../qml/LessonPage.qml" line="71"/>
        <source>This lesson cannot be opened</source>
        <translation>このレッスンは開けません</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="71"/>
        <source>No lesson is open</source>
        <translation>レッスンが開かれていません</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="83"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="105"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="108"/>
        <source>Mark this lesson as done</source>
        <translation>このレッスンを完了にする</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="111"/>
        <source>Code of:</source>
        <translation>コード：</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="118"/>
        <source>Experiment to show as PyTorch code</source>
        <translation>PyTorch コードで表示する実験</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="124"/>
        <source>Show as PyTorch code</source>
        <translation>PyTorch コードで表示</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="150"/>
        <source>Japanese and English side by side</source>
        <translation>日本語と英語を並べて読む</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="235"/>
        <source>Try this</source>
        <translation>やってみよう</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="337"/>
        <source>Run “%1”</source>
        <translation>「%1」を実行</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="372"/>
        <source>Open a web page?</source>
        <translation>Web ページを開きますか？</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="383"/>
        <source>The lesson links to this address. Open it in your web browser?</source>
        <translation>レッスンはこのアドレスにリンクしています。Web ブラウザーで開きますか？</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="191"/>
        <source>Practice questions</source>
        <translation>練習問題</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="276"/>
        <source>Updates per epoch, ⌈N/B⌉:</source>
        <translation>1 エポックあたりの更新回数 ⌈N/B⌉：</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="277"/>
        <source>%1 %2 (N = %3, B = %4)</source>
        <translation>%1 %2 回（N = %3、B = %4）</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="278"/>
        <source>every training run</source>
        <translation>すべての学習</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="282"/>
        <source>all</source>
        <translation>全体</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="299"/>
        <source>%1: diverged at step %2</source>
        <translation>%1: ステップ %2 で発散</translation>
    </message>
    <message>
        <location filename="../qml/LessonPage.qml" line="300"/>
        <source>%1: diverged at epoch %2</source>
        <translation>%1: エポック %2 で発散</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../qml/LossChart.qml" line="32"/>
        <source>training loss</source>
        <translation>訓練損失</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="33"/>
        <source>validation loss</source>
        <translation>検証損失</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="34"/>
        <source>training accuracy</source>
        <translation>学習正解率</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="35"/>
        <source>validation accuracy</source>
        <translation>検証正解率</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="36"/>
        <location filename="../qml/LossChart.qml" line="92"/>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="37"/>
        <source>mini-batch loss</source>
        <translation>ミニバッチ損失</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="39"/>
        <source>gradient variance (measured)</source>
        <translation>勾配の分散（実測）</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="40"/>
        <source>gradient variance (formula)</source>
        <translation>勾配の分散（式の値）</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="41"/>
        <location filename="../qml/LossChart.qml" line="111"/>
        <location filename="../qml/LossChart.qml" line="126"/>
        <source>samples per second</source>
        <translation>1秒あたりのサンプル数</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="42"/>
        <source>norm of the mean mini-batch gradient</source>
        <translation>ミニバッチ勾配の平均のノルム</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="43"/>
        <source>distance of that mean from the full gradient</source>
        <translation>その平均と全データの勾配の距離</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="44"/>
        <source>finite-population factor (N − B)/(N − 1)</source>
        <translation>有限母集団修正 (N − B)/(N − 1)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="45"/>
        <source>weight gradient norm ‖∂L/∂W‖</source>
        <translation>重みの勾配のノルム ‖∂L/∂W‖</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="46"/>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="47"/>
        <source>standard deviation</source>
        <translation>標準偏差</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="48"/>
        <source>fraction saturated</source>
        <translation>飽和した値の割合</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="49"/>
        <source>fraction dead (exactly 0)</source>
        <translation>ちょうど 0 の値の割合（死んだユニット）</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="50"/>
        <source>each trial&apos;s objective</source>
        <translation>各試行の目的値</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="51"/>
        <source>best so far</source>
        <translation>それまでの最良値</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="52"/>
        <location filename="../qml/LossChart.qml" line="120"/>
        <source>speed-up</source>
        <translation>速度向上率</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="53"/>
        <source>efficiency (speed-up / K)</source>
        <translation>効率（速度向上率 / K）</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="54"/>
        <source>seconds per update</source>
        <translation>1 回の更新の秒数</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="55"/>
        <source>communication seconds per update</source>
        <translation>1 回の更新の通信秒数</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="56"/>
        <source>ideal speed-up (= K)</source>
        <translation>理想的な速度向上率（= K）</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="61"/>
        <source>layer %1</source>
        <translation>第 %1 層</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="67"/>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="57"/>
        <location filename="../qml/LossChart.qml" line="68"/>
        <location filename="../qml/LossChart.qml" line="102"/>
        <source>updates</source>
        <translation>更新回数</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="69"/>
        <source>gradient evaluations (samples)</source>
        <translation>勾配計算（サンプル数）</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="70"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="71"/>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="72"/>
        <source>swept value</source>
        <translation>掃引した値</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="73"/>
        <source>batch size B</source>
        <translation>バッチサイズ B</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="74"/>
        <source>activation value at epoch %1</source>
        <translation>活性化の値（エポック %1）</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="75"/>
        <source>weight value at epoch %1</source>
        <translation>重みの値（エポック %1）</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="76"/>
        <source>hidden layer at epoch %1</source>
        <translation>隠れ層（エポック %1）</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="77"/>
        <source>trial</source>
        <translation>試行</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="78"/>
        <source>workers K</source>
        <translation>ワーカー数 K</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="79"/>
        <source>staleness (updates between a gradient&apos;s read and its write)</source>
        <translation>古さ（勾配の読み出しから書き込みまでの更新回数）</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="86"/>
        <source>fraction of the layer&apos;s values</source>
        <translation>層の値に占める割合</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="90"/>
        <source>accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="98"/>
        <source>objective (validation)</source>
        <translation>目的値（検証データ）</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="109"/>
        <source>gradient variance V(B)</source>
        <translation>勾配の分散 V(B)</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="113"/>
        <source>factor</source>
        <translation>係数</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="88"/>
        <location filename="../qml/LossChart.qml" line="114"/>
        <location filename="../qml/LossChart.qml" line="127"/>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="345"/>
        <source>Switch the vertical axis between a linear and a logarithmic scale</source>
        <translation>縦軸を線形目盛と対数目盛で切り替える</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="38"/>
        <location filename="../qml/LossChart.qml" line="103"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="182"/>
        <location filename="../qml/LossChart.qml" line="204"/>
        <source>%1 (log scale)</source>
        <translation>%1（対数）</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="267"/>
        <source>diverged at epoch %1</source>
        <translation>発散: エポック %1</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="265"/>
        <source>early stop at epoch %1</source>
        <translation>早期終了: エポック %1</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="94"/>
        <source>coordinate</source>
        <translation>座標</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="122"/>
        <source>efficiency</source>
        <translation>効率</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="124"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="266"/>
        <source>diverged at step %1</source>
        <translation>発散: ステップ %1</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="338"/>
        <source>log scale</source>
        <translation>対数目盛</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="338"/>
        <source>linear scale</source>
        <translation>線形目盛</translation>
    </message>
    <message>
        <location filename="../qml/LossChart.qml" line="343"/>
        <source>Logarithmic loss axis</source>
        <translation>損失の軸を対数にする</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="26"/>
        <source>Kōbai — learning by gradient descent</source>
        <translation>勾配 Kōbai — 勾配降下法で学ぶ</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="39"/>
        <source>one choice</source>
        <translation>単一選択</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="40"/>
        <source>several choices</source>
        <translation>複数選択</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="41"/>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="42"/>
        <source>fill in the code</source>
        <translation>コードの穴埋め</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="43"/>
        <source>read the curve</source>
        <translation>曲線の読み取り</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="45"/>
        <source>all kinds</source>
        <translation>すべての形式</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="56"/>
        <source>d MMM HH:mm</source>
        <extracomment>The next review&apos;s date and time as a Qt date format; Japanese: M月d日 HH:mm</extracomment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="73"/>
        <source>Exam practice</source>
        <translation>試験対策</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="83"/>
        <source>All questions</source>
        <translation>すべての問題</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="88"/>
        <source>Due for review</source>
        <translation>復習する問題</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="93"/>
        <source>Mock exam</source>
        <translation>模擬試験</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="97"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="108"/>
        <source>All lessons</source>
        <translation>すべてのレッスン</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="115"/>
        <source>Lesson</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="120"/>
        <source>All syllabus items</source>
        <translation>すべてのシラバス項目</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="125"/>
        <source>Syllabus item</source>
        <translation>シラバス項目</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="135"/>
        <source>Kind of question</source>
        <translation>問題の形式</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="139"/>
        <source>Any difficulty</source>
        <translation>すべての難易度</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="139"/>
        <source>★ recall</source>
        <translation>★ 知識</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="140"/>
        <source>★★ apply</source>
        <translation>★★ 応用</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="140"/>
        <source>★★★ calculate</source>
        <translation>★★★ 計算</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="146"/>
        <source>Difficulty</source>
        <translation>難易度</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="158"/>
        <source>20 questions from every lesson in 24 minutes, the pace of the E資格 exam. Answers stay open to change until you submit; then every question shows the right answer and the explanation, with a score by syllabus item.</source>
        <translation>全レッスンから 20 問を 24 分で解きます（E資格と同じペース）。提出するまで解答は何度でも変えられます。提出後は全問の正解と解説、シラバス項目ごとの得点が表示されます。</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="167"/>
        <source>Start a new mock exam</source>
        <translation>新しい模擬試験を始める</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="167"/>
        <source>Start the mock exam</source>
        <translation>模擬試験を始める</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="176"/>
        <source>%1 left · %2 of %3 answered</source>
        <translation>残り %1 · %3 問中 %2 問解答</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="182"/>
        <source>Submit</source>
        <translation>提出</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="197"/>
        <source>Score: %1 / %2 (not answered: %3)</source>
        <translation>得点: %1 / %2（未解答: %3 問）</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="224"/>
        <source>Next review: %1</source>
        <translation>次の復習: %1</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="284"/>
        <source>Submit the exam?</source>
        <translation>試験を提出しますか？</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="288"/>
        <source>%1 of %2 questions are not answered yet. Unanswered questions count as wrong.</source>
        <translation>%2 問中 %1 問がまだ未解答です。未解答の問題は不正解として数えます。</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="296"/>
        <source>Go back</source>
        <translation>試験に戻る</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="301"/>
        <source>Submit anyway</source>
        <translation>このまま提出</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="217"/>
        <source>Nothing is due for review now.</source>
        <translation>いま復習する問題はありません。</translation>
    </message>
    <message>
        <location filename="../qml/PracticeDialog.qml" line="217"/>
        <source>No question matches.</source>
        <translation>該当する問題はありません。</translation>
    </message>
</context>
<context>
    <name>ProgressBackup</name>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="23"/>
        <source>Export failed: %1</source>
        <translation>書き出せませんでした: %1</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="24"/>
        <source>Progress exported to %1</source>
        <translation>学習記録を %1 に書き出しました</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="30"/>
        <location filename="../qml/ProgressBackup.qml" line="92"/>
        <source>Import failed: %1</source>
        <translation>読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="30"/>
        <source>Importing…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="92"/>
        <source>Progress imported.</source>
        <translation>学習記録を読み込みました。</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="102"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="105"/>
        <source>Export your progress as a JSON file</source>
        <translation>学習記録を JSON ファイルに書き出す</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="111"/>
        <source>Import…</source>
        <translation>読み込み…</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="115"/>
        <source>Import progress from a JSON file</source>
        <translation>JSON ファイルから学習記録を読み込む</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="130"/>
        <source>Answers imported: %1 of %2</source>
        <translation>読み込んだ解答: %2 件中 %1 件</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="134"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="136"/>
        <source>Cancel the import; nothing of it is kept</source>
        <translation>読み込みをキャンセルします（読み込んだ分は何も残りません）</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="150"/>
        <source>Export progress</source>
        <translation>学習記録の書き出し</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="153"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="155"/>
        <location filename="../qml/ProgressBackup.qml" line="163"/>
        <source>Kōbai progress (*.json)</source>
        <translation>Kōbai 学習記録 (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/ProgressBackup.qml" line="161"/>
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
        <translation>学習記録を %1 に保存できません（%2）。Kōbai は使えますが、記録は残りません。</translation>
    </message>
    <message>
        <location filename="../qml/ProgressNotice.qml" line="35"/>
        <source>Another Kōbai is using this progress folder, so this window will not save your answers (%1). Close the other Kōbai, then press Try again.</source>
        <translation>別の Kōbai がこの学習記録フォルダを使っているため、このウィンドウでは解答を保存しません（%1）。もう一方の Kōbai を閉じてから「再試行」を押してください。</translation>
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
        <location filename="../qml/QuestionCard.qml" line="166"/>
        <source>✓ right answer</source>
        <translation>✓ 正しい選択肢</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="166"/>
        <source>✗ your answer</source>
        <translation>✗ あなたの解答</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="203"/>
        <source>Your answer, e.g. 0.5 or 0,5</source>
        <translation>答え（例: 0.5 または 0,5）</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="207"/>
        <source>Answer (a number)</source>
        <translation>答え（数値）</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="215"/>
        <source>Right answer: %1 (± %2)</source>
        <translation>正解: %1（± %2）</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="216"/>
        <source>Right answer: %1</source>
        <translation>正解: %1</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="223"/>
        <source>That is not a number Kōbai can read; write it like 0.5, 0,5 or 1e-3.</source>
        <translation>数値として読めません。0.5、0,5、1e-3 のように書いてください。</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="285"/>
        <source>Blank %1</source>
        <translation>空欄 %1</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="301"/>
        <source>Right code:</source>
        <translation>正しいコード:</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="316"/>
        <source>Check</source>
        <translation>答え合わせ</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="319"/>
        <source>Check the answer</source>
        <translation>答え合わせをする</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="324"/>
        <source>Try again</source>
        <translation>もう一度</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="330"/>
        <source>Next card</source>
        <translation>次のカードへ</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="332"/>
        <source>Next card (this one leaves the due list)</source>
        <translation>次のカードへ（このカードは復習リストから外れます）</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="340"/>
        <source>Not answered</source>
        <translation>未解答</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="341"/>
        <source>✓ Right</source>
        <translation>✓ 正解</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="341"/>
        <source>✗ Wrong</source>
        <translation>✗ 不正解</translation>
    </message>
    <message>
        <location filename="../qml/QuestionCard.qml" line="346"/>
        <source>(not saved)</source>
        <translation>（保存されていません）</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../qml/SearchView.qml" line="42"/>
        <source>● a trial (on the trials pane: brighter is better)   ○ pruned   × diverged   ◆ red: where the model sends the next trials. Maps: bright where the mean is good, where σ or the expected improvement is large.</source>
        <translation>● 試行（試行の図では明るいほど良い）&#x3000;○ 枝刈り&#x3000;× 発散&#x3000;◆ 赤: モデルが次に試す点。マップ: 平均は良い所ほど、σ と期待改善量は大きい所ほど明るい。</translation>
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
        <translation>数値勾配（中心差分, h = 10⁻⁴）</translation>
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
        <location filename="../src/app/landscape/LandscapeCanvas.cpp" line="115"/>
        <source>minimum</source>
        <translation>最小値</translation>
    </message>
    <message>
        <location filename="../src/app/landscape/LandscapeCanvas.cpp" line="164"/>
        <location filename="../src/app/landscape/LandscapeCanvas.cpp" line="182"/>
        <source>diverged at step %1</source>
        <translation>発散（ステップ %1）</translation>
    </message>
    <message>
        <location filename="../src/app/landscape/LandscapeCanvas.cpp" line="191"/>
        <source>step %1 / %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
</context>
<context>
    <name>kobai::app::Progress</name>
    <message>
        <location filename="../src/app/progress/Progress.cpp" line="83"/>
        <source>%1 is your progress database (or a file kept beside it); export to another file.</source>
        <translation>%1 は学習記録のデータベース（またはその隣に置かれるファイル）です。別のファイルに書き出してください。</translation>
    </message>
    <message>
        <location filename="../src/app/progress/Progress.cpp" line="103"/>
        <source>Progress cannot be saved here, so nothing can be imported.</source>
        <translation>ここには学習記録を保存できないため、読み込めません。</translation>
    </message>
    <message>
        <location filename="../src/app/progress/Progress.cpp" line="105"/>
        <source>An import is already running.</source>
        <translation>すでに読み込み中です。</translation>
    </message>
</context>
<context>
    <name>kobai::app::ProgressImport</name>
    <message>
        <location filename="../src/app/progress/ProgressImport.cpp" line="60"/>
        <source>%1 is not a file that can be imported.</source>
        <translation>%1 は読み込めるファイルではありません。</translation>
    </message>
    <message>
        <location filename="../src/app/progress/ProgressImport.cpp" line="62"/>
        <source>%1 is %2 MB; a progress export this Kōbai imports is at most %3 MB.</source>
        <translation>%1 は %2 MB あります。この Kōbai が読み込める学習記録は %3 MB までです。</translation>
    </message>
    <message>
        <location filename="../src/app/progress/ProgressImport.cpp" line="72"/>
        <source>%1 is not a Kōbai progress export (%2 at byte %3).</source>
        <translation>%1 は Kōbai の学習記録のエクスポートではありません（%3 バイト目で %2）。</translation>
    </message>
    <message>
        <location filename="../src/app/progress/ProgressImport.cpp" line="76"/>
        <source>%1 holds JSON, but not an object: it is not a Kōbai progress export.</source>
        <translation>%1 は JSON ですがオブジェクトではないため、Kōbai の学習記録のエクスポートではありません。</translation>
    </message>
    <message>
        <location filename="../src/app/progress/ProgressImport.cpp" line="78"/>
        <location filename="../src/app/progress/ProgressImport.cpp" line="90"/>
        <source>The import was cancelled; nothing of it was kept.</source>
        <translation>読み込みをキャンセルしました。読み込んだ分は何も残っていません。</translation>
    </message>
</context>
<context>
    <name>kobai::app::SearchCanvas</name>
    <message>
        <location filename="../src/app/landscape/SearchCanvas.cpp" line="160"/>
        <source>The model appears once the first random trials have finished.</source>
        <translation>最初のランダムな試行が終わるとモデルが現れます。</translation>
    </message>
    <message>
        <location filename="../src/app/landscape/SearchCanvas.cpp" line="196"/>
        <source>trials %1 / %2</source>
        <translation>試行 %1 / %2</translation>
    </message>
    <message>
        <location filename="../src/app/landscape/SearchCanvas.cpp" line="199"/>
        <source>posterior mean μ</source>
        <translation>事後平均 μ</translation>
    </message>
    <message>
        <location filename="../src/app/landscape/SearchCanvas.cpp" line="202"/>
        <source>uncertainty σ</source>
        <translation>不確かさ σ</translation>
    </message>
    <message>
        <location filename="../src/app/landscape/SearchCanvas.cpp" line="205"/>
        <source>expected improvement</source>
        <translation>期待改善量 (EI)</translation>
    </message>
</context>
<context>
    <name>kobai::app::StepLossPlot</name>
    <message>
        <location filename="../src/app/landscape/StepLossPlot.cpp" line="72"/>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../src/app/landscape/StepLossPlot.cpp" line="72"/>
        <source>loss (log scale)</source>
        <translation>損失（対数目盛）</translation>
    </message>
    <message>
        <location filename="../src/app/landscape/StepLossPlot.cpp" line="72"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
</context>
</TS>
