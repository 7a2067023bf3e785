<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ArgumentParser</name>
    <message>
        <source>show this help</source>
        <translation>顯示此說明</translation>
    </message>
    <message>
        <source>%1: %2 (mixshift %1 --help lists the options)</source>
        <translation>%1: %2（mixshift %1 --help 可列出選項）</translation>
    </message>
    <message>
        <source>%1: --%2 is required</source>
        <translation>%1: 必須指定 --%2</translation>
    </message>
    <message>
        <source>%1: --%2 must be %3, not &apos;%4&apos;</source>
        <translation>%1: --%2 必須是 %3，而非「%4」</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 其中之一</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos; (mixshift %1 --help lists the arguments)</source>
        <translation>%1: 非預期的引數「%2」（mixshift %1 --help 可列出引數）</translation>
    </message>
    <message>
        <source>Usage: mixshift %1</source>
        <translation>用法：mixshift %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <extracomment>In the usage line, after the command&apos;s arguments: the options it may take besides.</extracomment>
        <translation>[選項]</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>引數：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>選項：</translation>
    </message>
    <message>
        <source>--%1 takes NAME=VALUE, not &apos;%2&apos;</source>
        <translation>--%1 的格式應為 NAME=VALUE，而非「%2」</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a finite number</source>
        <translation>%1: 「%2」不是有限數值</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 必須是 %2 到 %3 之間的整數，而非「%4」</translation>
    </message>
    <message>
        <source>the project: a file, or a team store&apos;s postgresql:// URI</source>
        <translation>專案：一個檔案，或團隊庫的 postgresql:// URI</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>&apos;%1&apos; is not TARGET@Q=VALUE (targets: %2)</source>
        <translation>「%1」不符合 TARGET@Q=VALUE 格式（可用目標：%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a finite number</source>
        <translation>「%1」：「%2」不是有限的數字</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the quarter must be from 0 to %2</source>
        <translation>「%1」：季度必須介於 0 到 %2 之間</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: growth is against the quarter four before; Q must be 4 or more</source>
        <translation>「%1」：成長率是與四個季度前相比，因此 Q 必須大於或等於 4</translation>
    </message>
    <message>
        <source>unknown target &apos;%1&apos; (targets: %2)</source>
        <translation>未知的目標「%1」（可用目標：%2）</translation>
    </message>
    <message>
        <source>target %1 lies beyond the horizon of %2 quarters (raise it with --set horizon=%3, or aim at quarter %2 or earlier)</source>
        <translation>目標 %1 超出了 %2 個季度的期限（可用 --set horizon=%3 延長期限，或將目標設在第 %2 季度或更早）</translation>
    </message>
    <message>
        <source>calibration solves for one to three levers, not %1</source>
        <translation>校準只能求解 1 到 3 個槓桿，而非 %1 個</translation>
    </message>
    <message>
        <source>calibration needs as many targets as levers (%1 levers, %2 targets)</source>
        <translation>校準所需的目標數必須與槓桿數相同（%1 個槓桿，%2 個目標）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be solved for (continuous levers: %2)</source>
        <translation>無法求解「%1」（連續型槓桿：%2）</translation>
    </message>
    <message>
        <source>not unique: the levers %1 move the targets alike (or one moves none), so more than one set of values reproduces them; fix one lever or add a target</source>
        <translation>解不唯一：槓桿 %1 對目標的影響相同（或其中某個槓桿對目標毫無影響），因此有多組數值都能達成這些目標；請固定一個槓桿或新增一個目標</translation>
    </message>
    <message>
        <source>no solution within the levers&apos; bounds: the closest values still miss the targets (residuals below)</source>
        <translation>在槓桿的範圍內無解：最接近的數值仍未達成目標（殘差如下）</translation>
    </message>
    <message>
        <source>solved in %1 iterations</source>
        <translation>經 %1 次疊代求解完成</translation>
    </message>
</context>
<context>
    <name>ChartCommands</name>
    <message>
        <source>a saved chart (mixshift chart list shows them); or give --series</source>
        <translation>已儲存的圖表（可用 mixshift chart list 查看）；或指定 --series</translation>
    </message>
    <message>
        <source>a series to plot, once for each: PROVIDER/METRIC[:yoy|qoq|ttm|index|margin|share|usd|implied], by name or alias; a name holding / @ # $ ~ : or &quot; goes in double quotes</source>
        <translation>要繪製的序列，每個序列指定一次：PROVIDER/METRIC[:yoy|qoq|ttm|index|margin|share|usd|implied]，可用名稱或別名；名稱中含有 / @ # $ ~ : 或 &quot; 時須加上雙引號</translation>
    </message>
    <message>
        <source>line, bars, stacked-area, stacked-100 or bar-line (bars with lines on a second axis); default: the saved chart&apos;s, else line</source>
        <translation>line、bars、stacked-area、stacked-100 或 bar-line（長條搭配第二座標軸上的折線）；預設：已儲存圖表的類型，否則為 line</translation>
    </message>
    <message>
        <source>the chart&apos;s title; default: the saved chart&apos;s, else what the series share</source>
        <translation>圖表標題；預設：已儲存圖表的標題，否則取各序列的共同部分</translation>
    </message>
    <message>
        <source>a line under the title</source>
        <translation>標題下方的一行文字</translation>
    </message>
    <message>
        <source>a note under the plot, once for each</source>
        <translation>圖表下方的附註，每則附註指定一次</translation>
    </message>
    <message>
        <source>who made the chart, last under the plot</source>
        <translation>圖表製作者，顯示於圖表下方的最後一行</translation>
    </message>
    <message>
        <source>a text at a period and value, once for each: PERIOD,VALUE,TEXT (&quot;FY2024 Q2,276.48,the article&apos;s quarter&quot;); the value as the axis reads</source>
        <translation>在某期間與數值處加上文字，每則指定一次：PERIOD,VALUE,TEXT（例如 &quot;FY2024 Q2,276.48,the article&apos;s quarter&quot;）；數值依座標軸上的讀數填寫</translation>
    </message>
    <message>
        <source>a horizontal line, once for each: VALUE,TEXT (&quot;10,10% margin target&quot; on a percent axis)</source>
        <translation>水平參考線，每條指定一次：VALUE,TEXT（例如百分比座標軸上的 &quot;10,10% margin target&quot;）</translation>
    </message>
    <message>
        <source>a shaded range of periods, once for each: FROM,TO,TEXT (TO empty: to the end)</source>
        <translation>期間陰影區域，每個區域指定一次：FROM,TO,TEXT（TO 留空表示直到最後）</translation>
    </message>
    <message>
        <source>logarithmic value axis</source>
        <translation>數值軸使用對數刻度</translation>
    </message>
    <message>
        <source>data labels on bars</source>
        <translation>在長條上顯示資料標籤</translation>
    </message>
    <message>
        <source>export-chart: give either --chart NAME or one or more --series PROVIDER/METRIC[:DERIVATION]</source>
        <translation>export-chart: 請指定 --chart NAME，或一個或多個 --series PROVIDER/METRIC[:DERIVATION]</translation>
    </message>
    <message>
        <source>export-chart: no saved chart &apos;%1&apos; (mixshift chart list shows them)</source>
        <translation>export-chart: 沒有名為「%1」的已儲存圖表（可用 mixshift chart list 查看）</translation>
    </message>
    <message>
        <source>export-chart: --kind must be line, bars, stacked-area, stacked-100 or bar-line, not &apos;%1&apos;</source>
        <translation>export-chart: --kind 必須是 line、bars、stacked-area、stacked-100 或 bar-line，而非「%1」</translation>
    </message>
    <message>
        <source>wrote %1 (%2 series)</source>
        <translation>已寫入 %1（%2 個序列）</translation>
    </message>
    <message>
        <source>chart: the only subcommand is &apos;list&apos; (mixshift chart list --db PROJECT)</source>
        <translation>chart: 唯一的子指令是「list」（mixshift chart list --db PROJECT）</translation>
    </message>
    <message>
        <source>the file to write: .png, .pdf, .svg, or .csv or .xlsx (the data plotted)</source>
        <translation>要寫入的檔案：.png、.pdf、.svg，或 .csv、.xlsx（所繪資料）</translation>
    </message>
    <message>
        <source>the project: a file, or a team store&apos;s postgresql:// URI</source>
        <translation>專案：一個檔案，或團隊庫的 postgresql:// URI</translation>
    </message>
</context>
<context>
    <name>ChartDefinition</name>
    <message>
        <source>&apos;%1&apos;: give PERIOD,VALUE,TEXT</source>
        <translation>「%1」：請依 PERIOD,VALUE,TEXT 格式指定</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give VALUE,TEXT</source>
        <translation>「%1」：請依 VALUE,TEXT 格式指定</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give FROM,TO,TEXT (TO may be empty)</source>
        <translation>「%1」：請依 FROM,TO,TEXT 格式指定（TO 可留空）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a finite number</source>
        <translation>「%1」：「%2」不是有限的數字</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the period is missing</source>
        <translation>「%1」：缺少期間</translation>
    </message>
    <message>
        <source>a saved chart needs a name</source>
        <translation>儲存的圖表必須有名稱</translation>
    </message>
    <message>
        <source>there is already a chart called &apos;%1&apos;; choose another name</source>
        <translation>已有名為「%1」的圖表，請另選名稱</translation>
    </message>
</context>
<context>
    <name>ChartDocument</name>
    <message>
        <source>Figures as %1 gives them</source>
        <translation>依 %1 公布的數字</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation>衍生：%1</translation>
    </message>
    <message>
        <source>%1 has no values to plot</source>
        <translation>%1 沒有可繪製的數值</translation>
    </message>
    <message>
        <source>1 value of another period length is not plotted</source>
        <translation>1 個期間長度不同的數值未繪製</translation>
    </message>
    <message>
        <source>%1 values of other period lengths are not plotted</source>
        <translation>%1 個期間長度不同的數值未繪製</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>來源： </translation>
    </message>
    <message>
        <source> (date approximate)</source>
        <translation> （日期為概略值）</translation>
    </message>
    <message>
        <source>Projected from %1 by %2 (dashed; shaded: %3 prediction intervals)</source>
        <extracomment>%1 the first projected period, %2 the model, %3 the intervals&apos; levels (&quot;80%, 95%&quot;)</extracomment>
        <translation>自 %1 起由 %2 預測（虛線；陰影：%3 預測區間）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (projected)</source>
        <translation>%1（預測）</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>%1: the image could not be drawn (%2 × %3 pixels)</source>
        <translation>%1: 無法繪製影像（%2 × %3 像素）</translation>
    </message>
    <message>
        <source>%1: the PDF could not be drawn</source>
        <translation>%1: 無法繪製 PDF</translation>
    </message>
    <message>
        <source>%1: the SVG could not be drawn</source>
        <translation>%1: 無法繪製 SVG</translation>
    </message>
    <message>
        <source>Exported by MixShift</source>
        <translation>由 MixShift 匯出</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The file (%1) and why it cannot be exported (%2).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: export as .png, .pdf, .svg, .csv or .xlsx</source>
        <translation>%1：請匯出為 .png、.pdf、.svg、.csv 或 .xlsx</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>findings: %1</source>
        <translation>發現: %1 項</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>create a project: the reference catalog, or the sample too</source>
        <translation>建立專案：僅含參考目錄，或一併加入範例資料</translation>
    </message>
    <message>
        <source>what the project holds, one `name: value` line each</source>
        <translation>專案包含的內容，每項一行 `name: value`</translation>
    </message>
    <message>
        <source>the stored values with period, unit, source and status</source>
        <translation>已儲存的數值，附帶期間、單位、來源與狀態</translation>
    </message>
    <message>
        <source>import a CSV file in one transaction; prints a summary</source>
        <translation>以單一交易匯入一個 CSV 檔案；並輸出摘要</translation>
    </message>
    <message>
        <source>the imports and hand edits: when, which file, SHA-256, values added/overwritten/revised, who (also plain `imports`)</source>
        <translation>匯入紀錄與手動輸入：時間、檔案、SHA-256、新增/覆寫/修訂的數值、操作者（也可直接使用 `imports`）</translation>
    </message>
    <message>
        <source>take one import back: its values go, the values it replaced return</source>
        <translation>復原一次匯入：移除其數值，還原被它取代的數值</translation>
    </message>
    <message>
        <source>stated figures that disagree, with their sources</source>
        <translation>互相矛盾的列報數字及其來源</translation>
    </message>
    <message>
        <source>the project&apos;s saved charts: name, kind and series</source>
        <translation>專案中已儲存的圖表：名稱、類型與序列</translation>
    </message>
    <message>
        <source>a PDF report: charts with their values, scenarios, findings, sources</source>
        <translation>PDF 報告：圖表及其數值、情境、發現、來源</translation>
    </message>
    <message>
        <source>the project&apos;s saved scenarios: name, model, provider</source>
        <translation>專案中已儲存的情境：名稱、模型、供應商</translation>
    </message>
    <message>
        <source>run the mix, share or penetration model, or a saved one</source>
        <translation>執行組合模型、市占模型或滲透率模型，或執行已儲存的情境</translation>
    </message>
    <message>
        <source>mixshift help COMMAND or mixshift COMMAND --help: its arguments and options.</source>
        <translation>mixshift help COMMAND 或 mixshift COMMAND --help：檢視該指令的引數與選項。</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>open the app (the sample project on first start)</source>
        <translation>開啟應用程式（首次啟動時開啟範例專案）</translation>
    </message>
    <message>
        <source>run a command without the window</source>
        <translation>不開啟視窗，直接執行指令</translation>
    </message>
    <message>
        <source>this help, or a command&apos;s</source>
        <translation>顯示此說明，或某個指令的說明</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>指令：</translation>
    </message>
    <message>
        <source>Every command takes --verbose: a problem&apos;s technical details on a second line
of stderr. Exit codes: 0 done; 1 the command ran but refused something or could
not finish (rejected rows, a name not in the project, a failed write); 2 the
command line is wrong.
CSV output puts &apos; before text that a spreadsheet would run as a formula (=, +,
-, @); import reads it back. An output file (--out, --csv, --errors) is written
whole or not at all, and never over the project or an input.
</source>
        <translation>每個指令都接受 --verbose：在 stderr 的第二行輸出問題的技術細節。
結束代碼：0 表示完成；1 表示指令已執行但拒絕了某些內容或無法完成
（被拒絕的列、專案中不存在的名稱、寫入失敗）；2 表示命令列有誤。
CSV 輸出會在試算表可能當作公式執行的文字（以 =、+、-、@ 開頭）
前加上 &apos;；import 讀回時會將其去除。輸出檔案（--out、--csv、--errors）
只會完整寫入或完全不寫入，且絕不會覆寫專案或輸入檔案。
</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>範例：</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; — did you mean &apos;%2&apos;? (mixshift help lists them)</source>
        <translation>未知的指令 &apos;%1&apos;——您是不是要輸入 &apos;%2&apos;？（mixshift help 可列出所有指令）</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: %2; mixshift help; a project file to open needs its suffix, e.g. %1.mixshift)</source>
        <translation>未知的指令 &apos;%1&apos;（可用指令：%2；請參閱 mixshift help；要開啟專案檔須加上副檔名，例如 %1.mixshift）</translation>
    </message>
    <message>
        <source>help: no command &apos;%1&apos;%2 (commands: %3)</source>
        <translation>help: 沒有指令 &apos;%1&apos;%2（可用指令：%3）</translation>
    </message>
    <message>
        <source> — did you mean &apos;%1&apos;?</source>
        <translation> ——您是不是要輸入 &apos;%1&apos;？</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (try mixshift --help)</source>
        <translation>未知的選項 &apos;%1&apos;（請試試 mixshift --help）</translation>
    </message>
    <message>
        <source>expected at most one project file, got %1 arguments (try mixshift --help)</source>
        <translation>最多只能指定一個專案檔，但收到 %1 個引數（請試試 mixshift --help）</translation>
    </message>
    <message>
        <source>unexpected failure: %1</source>
        <translation>非預期的失敗：%1</translation>
    </message>
    <message>
        <source>the output could not be written to standard output (is the disk full or the reader gone?); what it shows is incomplete</source>
        <translation>無法將輸出寫入標準輸出（磁碟是否已滿，或讀取端已關閉？）；已顯示的內容不完整</translation>
    </message>
    <message>
        <source>a chart as PNG, PDF, SVG, or the data it plots as CSV or XLSX</source>
        <translation>將圖表匯出為 PNG、PDF、SVG，或將所繪資料匯出為 CSV 或 XLSX</translation>
    </message>
    <message>
        <source>the mix model&apos;s output over two levers at once</source>
        <translation>營收結構模型在兩個槓桿同時變動下的輸出</translation>
    </message>
    <message>
        <source>the value of one lever at which an output reaches a target</source>
        <translation>使某項輸出達到目標的單一槓桿取值</translation>
    </message>
    <message>
        <source>an ETS forecast of a series with prediction intervals; the model by AICc</source>
        <translation>序列的 ETS 預測及預測區間；依 AICc 選擇模型</translation>
    </message>
    <message>
        <source>copy a whole project: file to team store, team store to file, file to file</source>
        <translation>複製整個專案：檔案到團隊庫、團隊庫到檔案、檔案到檔案</translation>
    </message>
</context>
<context>
    <name>ConflictPolicyChoice</name>
    <message>
        <source>keep the old value as a revision, store the new one</source>
        <translation>將舊數值保留為修訂，儲存新數值</translation>
    </message>
    <message>
        <source>keep the stored value, skip the new one</source>
        <translation>保留已儲存的數值，略過新數值</translation>
    </message>
    <message>
        <source>overwrite the stored value</source>
        <translation>覆寫已儲存的數值</translation>
    </message>
</context>
<context>
    <name>ConsistencyChecks</name>
    <message>
        <source>%1, %2 %3: %4 — %5</source>
        <extracomment>One figure of a finding: provider, metric name, period: value with unit — source</extracomment>
        <translation>%1，%2 %3：%4 — %5</translation>
    </message>
    <message>
        <source>Shares of %1 in %2 add up to %3</source>
        <extracomment>%1 market name (or &quot;one market&quot;), %2 period, %3 percentage</extracomment>
        <translation>%1在 %2 的市占率合計為 %3</translation>
    </message>
    <message>
        <source>one market</source>
        <translation>某一市場</translation>
    </message>
    <message>
        <source>%1 %2 of %3 is stated as %4, but the levels give %5</source>
        <extracomment>%1 metric name, %2 period, %3 provider, %4 and %5 percentages</extracomment>
        <translation>%3 %2 的%1列報為 %4，但依數值水準推算為 %5</translation>
    </message>
    <message>
        <source>%1 of %2 in %3 is larger than its revenue: a margin of %4</source>
        <extracomment>%1 metric name, %2 provider, %3 period, %4 percentage</extracomment>
        <translation>%2 在 %3 的%1超過其營收：利潤率為 %4</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>details: %1</source>
        <translation>詳細資訊: %1</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>the project to copy: a file or a postgresql:// URI</source>
        <translation>要複製的專案：檔案或 postgresql:// URI</translation>
    </message>
    <message>
        <source>the new project: a file that does not exist yet, or an empty database&apos;s URI</source>
        <translation>新專案：尚不存在的檔案，或空資料庫的 URI</translation>
    </message>
    <message>
        <source>copied %1 to %2 (%3 series, %4 observations)</source>
        <translation>已將 %1 複製到 %2（%3 個序列，%4 個觀測值）</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quote inside an unquoted field; quote the whole field (%1…%1) or choose lenient quotes</source>
        <translation>未加引號的欄位中出現引號；請以引號括住整個欄位（%1…%1），或選擇寬鬆引號模式</translation>
    </message>
    <message>
        <source>unknown text encoding &apos;%1&apos;</source>
        <translation>未知的文字編碼「%1」</translation>
    </message>
    <message>
        <source>the cell is longer than %1 characters, the most a cell may hold</source>
        <translation>儲存格超過 %1 個字元的上限</translation>
    </message>
    <message>
        <source>the row has more than %1 fields</source>
        <translation>該列的欄位超過 %1 個</translation>
    </message>
    <message>
        <source>the cell holds bytes that are not valid %1 (shown as �); check the file&apos;s encoding</source>
        <translation>儲存格含有無效的 %1 位元組（顯示為 �）；請檢查檔案的編碼</translation>
    </message>
    <message>
        <source>text after the closing quote of a quoted field</source>
        <translation>含引號欄位的結尾引號之後還有文字</translation>
    </message>
    <message>
        <source>quoted field is never closed (it opens on line %1)</source>
        <translation>含引號的欄位未結束（從第 %1 行開始）</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 欄：%3</translation>
    </message>
</context>
<context>
    <name>CsvSniffer</name>
    <message>
        <source>chosen by the user</source>
        <translation>由使用者選擇</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 無法讀取：%2</translation>
    </message>
    <message>
        <source>UTF-8 (made from the cells)</source>
        <translation>UTF-8（由儲存格產生）</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 無法讀取：%2</translation>
    </message>
    <message>
        <source>%1: is empty (a header row is expected)</source>
        <translation>%1: 檔案是空的（應有標題列）</translation>
    </message>
    <message>
        <source>%1:1: the header has no column &apos;%2&apos;</source>
        <translation>%1:1: 標題列中沒有「%2」欄</translation>
    </message>
    <message>
        <source>%1:%2: the row has %3 fields, the header %4</source>
        <translation>%1:%2: 該列有 %3 個欄位，標題列有 %4 個</translation>
    </message>
    <message>
        <source>%1:%2: column %3: %4</source>
        <translation>%1:%2: 第 %3 欄：%4</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; (&apos;%4&apos;): %5</source>
        <translation>%1:%2: 「%3」欄（值「%4」）：%5</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot be opened; check that it exists and that you may read it and its folder</source>
        <translation>%1: 無法開啟；請確認它是否存在，以及您是否有權讀取它及其所在資料夾</translation>
    </message>
</context>
<context>
    <name>DatePeriods</name>
    <message>
        <source>periods</source>
        <extracomment>a period length inside a sentence, e.g. &quot;each read as the period ending on that date&quot;</extracomment>
        <translation>期間</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>days</source>
        <extracomment>a period length inside a sentence, e.g. &quot;dates a day apart&quot;</extracomment>
        <translation>天</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>months</source>
        <extracomment>a period length inside a sentence, e.g. &quot;dates a month apart&quot;, &quot;combined into months&quot;</extracomment>
        <translation>月</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>quarters</source>
        <extracomment>a period length inside a sentence, e.g. &quot;combined into quarters&quot;, &quot;the quarter ending on that date&quot;</extracomment>
        <translation>季度</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>years</source>
        <extracomment>a period length inside a sentence, e.g. &quot;dates a year apart&quot;, &quot;the year ending on that date&quot;</extracomment>
        <translation>年</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>DisplayUnit</name>
    <message>
        <source>億元</source>
        <translation>億元</translation>
    </message>
    <message>
        <source>億美元</source>
        <translation>億美元</translation>
    </message>
    <message>
        <source>億港元</source>
        <translation>億港元</translation>
    </message>
    <message>
        <source>億 %1</source>
        <translation>億 %1</translation>
    </message>
</context>
<context>
    <name>EncodingDetector</name>
    <message>
        <source>decodes cleanly</source>
        <translation>解碼無誤</translation>
    </message>
    <message>
        <source>%1 undecodable or unassigned bytes</source>
        <translation>%1 個無法解碼或未指派的位元組</translation>
    </message>
    <message>
        <source>only ASCII characters, read as UTF-8</source>
        <translation>僅含 ASCII 字元，以 UTF-8 讀取</translation>
    </message>
    <message>
        <source>valid UTF-8; %1 characters beyond ASCII</source>
        <translation>有效的 UTF-8；%1 個非 ASCII 字元</translation>
    </message>
    <message>
        <source>%1; %2 CJK ideographs (%3 common)</source>
        <translation>%1；%2 個 CJK 表意文字（%3 個常用字）</translation>
    </message>
    <message>
        <source>%1, %2 kana</source>
        <translation>%1，%2 個假名</translation>
    </message>
    <message>
        <source>%1, %2 hangul</source>
        <translation>%1，%2 個韓文字母</translation>
    </message>
    <message>
        <source>%1; %2 accented letters</source>
        <translation>%1；%2 個帶重音符號的字母</translation>
    </message>
    <message>
        <source>%1, %2 letters of other alphabets</source>
        <translation>%1，%2 個其他字母系統的字母</translation>
    </message>
    <message>
        <source>%1, %2 unlikely Latin sequences</source>
        <translation>%1，%2 處不常見的拉丁字母組合</translation>
    </message>
    <message>
        <source>UTF-8 byte-order mark</source>
        <translation>UTF-8 位元組順序標記</translation>
    </message>
    <message>
        <source>UTF-16 little-endian byte-order mark</source>
        <translation>UTF-16 小端序位元組順序標記</translation>
    </message>
    <message>
        <source>UTF-16 big-endian byte-order mark</source>
        <translation>UTF-16 大端序位元組順序標記</translation>
    </message>
    <message>
        <source>no byte-order mark, but the ASCII characters are little-endian UTF-16</source>
        <translation>無位元組順序標記，但 ASCII 字元呈小端序 UTF-16 格式</translation>
    </message>
    <message>
        <source>no byte-order mark, but the ASCII characters are big-endian UTF-16</source>
        <translation>無位元組順序標記，但 ASCII 字元呈大端序 UTF-16 格式</translation>
    </message>
    <message>
        <source>%1; uchardet had no guess</source>
        <translation>%1；uchardet 無法判斷</translation>
    </message>
    <message>
        <source>%1; uchardet agrees</source>
        <translation>%1；uchardet 判斷一致</translation>
    </message>
    <message>
        <source>%1; uchardet said %2</source>
        <translation>%1；uchardet 判斷為 %2</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>not enough memory; close other programs and try again</source>
        <translation>記憶體不足；請關閉其他程式後再試一次</translation>
    </message>
    <message>
        <source>an unexpected error; please report it with the details</source>
        <translation>發生未預期的錯誤；請連同詳細資訊一併回報</translation>
    </message>
    <message>
        <source>an unexpected error; please report it</source>
        <translation>發生未預期的錯誤；請回報此問題</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The action that failed (%1) and why (%2).</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>EtsFit</name>
    <message>
        <source>%1: seasons of more than %2 periods are not modelled</source>
        <translation>%1：不支援超過 %2 期的季節</translation>
    </message>
    <message>
        <source>%1 needs a season: the series has one value a year</source>
        <translation>%1 需要季節：該序列每年只有一個值</translation>
    </message>
    <message>
        <source>%1 needs values above zero: the series has zero or below</source>
        <translation>%1 需要大於零的值：該序列有零或負值</translation>
    </message>
    <message>
        <source>%1 needs at least %2 values; the series has %3</source>
        <translation>%1 至少需要 %2 個值；該序列有 %3 個</translation>
    </message>
    <message>
        <source>%1: no admissible parameters fit the series</source>
        <translation>%1：沒有可容許的參數能擬合該序列</translation>
    </message>
</context>
<context>
    <name>EtsForecast</name>
    <message>
        <source>the horizon must be 1 period or more, not %1</source>
        <translation>預測期數須為 1 期或以上，而不是 %1</translation>
    </message>
    <message>
        <source>a prediction interval&apos;s level lies between 0 and 100, not %1</source>
        <translation>預測區間的水準須在 0 與 100 之間，而不是 %1</translation>
    </message>
</context>
<context>
    <name>ExportSize</name>
    <message>
        <source>the width and height must be from 1 to %1 pixels (%2 mm), not %3 × %4</source>
        <translation>寬度與高度必須介於 1 到 %1 像素（%2 mm）之間，而非 %3 × %4</translation>
    </message>
    <message>
        <source>the scale must be a number from %1 to %2 (%3 to %4 dpi), not %5</source>
        <translation>縮放比例必須是介於 %1 到 %2 之間的數字（%3 到 %4 dpi），而非 %5</translation>
    </message>
    <message>
        <source>a PNG of %1 × %2 pixels would have %3 million pixels; the most is %4 million (make it smaller or its dpi lower, or export a PDF or SVG, which stay sharp at any size)</source>
        <translation>%1 × %2 像素的 PNG 會有 %3 百萬像素，上限為 %4 百萬（請縮小尺寸或降低 dpi，或匯出為 PDF 或 SVG，這兩種格式在任何尺寸下都能保持清晰）</translation>
    </message>
</context>
<context>
    <name>ExportSizeOptions</name>
    <message>
        <source>whole pixels, or a length in mm, cm or in (%1 is 1890 pixels at 300 dpi); from 1 to %2 pixels; default %3</source>
        <translation>整數像素，或以 mm、cm 或 in 表示的長度（%1 在 300 dpi 下為 1890 像素）；範圍 1 到 %2 像素；預設 %3</translation>
    </message>
    <message>
        <source>dots per inch of a PNG (a pixel of the width is 1/96 inch), from %1 to %2; default %3</source>
        <translation>PNG 的每英寸點數（寬度的 1 像素為 1/96 英寸），範圍 %1 到 %2；預設 %3</translation>
    </message>
    <message>
        <source>PNG pixels per pixel of the width, from %1 to %2 (the same as --dpi S x 96); a PNG has at most %3 million pixels</source>
        <translation>寬度每像素對應的 PNG 像素數，範圍 %1 到 %2（等同 --dpi S x 96）；PNG 最多 %3 百萬像素</translation>
    </message>
    <message>
        <source>no background (a PNG keeps its alpha channel)</source>
        <translation>無背景（PNG 保留 Alpha 通道）</translation>
    </message>
    <message>
        <source>%1: --%2 &apos;%3&apos; is not a size: give whole pixels (1600) or a length in mm, cm or in (160mm, 16cm, 6.3in)</source>
        <translation>%1: --%2「%3」不是有效的尺寸：請指定整數像素（1600）或以 mm、cm 或 in 表示的長度（160mm、16cm、6.3in）</translation>
    </message>
    <message>
        <source>%1: give --dpi or --scale, not both (the scale is the dpi / 96)</source>
        <translation>%1: 請指定 --dpi 或 --scale，不可同時指定（scale 即 dpi / 96）</translation>
    </message>
    <message>
        <source>wrote %1 (%2)</source>
        <translation>已寫入 %1（%2）</translation>
    </message>
</context>
<context>
    <name>FanChart</name>
    <message>
        <source>median (P50)</source>
        <translation>中位數（P50）</translation>
    </message>
</context>
<context>
    <name>ForecastCommand</name>
    <message>
        <source>forecast: --model is auto or one of %1, not &apos;%2&apos;</source>
        <translation>forecast：--model 為 auto 或 %1 之一，而不是「%2」</translation>
    </message>
    <message>
        <source>forecast: --level takes percentages between 0 and 100, not %1</source>
        <translation>forecast：--level 取 0 到 100 之間的百分數，而不是 %1</translation>
    </message>
    <message>
        <source>the series to forecast: PROVIDER/METRIC[:DERIVATION], as export-chart takes it</source>
        <translation>要預測的序列：PROVIDER/METRIC[:DERIVATION]，與 export-chart 相同</translation>
    </message>
    <message>
        <source>how many periods ahead (1 to 1000)</source>
        <translation>向前預測的期數（1 到 1000）</translation>
    </message>
    <message>
        <source>auto (the least AICc; default) or an ETS model: ANN, AAN, AAdN, ANA, AAA, AAdA, MNN, MAN, MAdN, MNA, MAA, MAdA, MNM, MAM, MAdM</source>
        <translation>auto（AICc 最小；預設）或一個 ETS 模型：ANN、AAN、AAdN、ANA、AAA、AAdA、MNN、MAN、MAdN、MNA、MAA、MAdA、MNM、MAM、MAdM</translation>
    </message>
    <message>
        <source>prediction intervals, in percent (default 80,95)</source>
        <translation>預測區間，以百分數表示（預設 80,95）</translation>
    </message>
    <message>
        <source>the forecast as period,start,end,forecast,lo80,hi80,lo95,hi95 in base units (a name ending in .xlsx writes a workbook)</source>
        <translation>以基本單位寫出預測 period,start,end,forecast,lo80,hi80,lo95,hi95（檔名以 .xlsx 結尾則寫成活頁簿）</translation>
    </message>
    <message>
        <source>forecast: give --series SPEC and --horizon H</source>
        <translation>forecast：請給出 --series SPEC 和 --horizon H</translation>
    </message>
    <message>
        <source>history: %1 periods, %2 to %3, %4 without a value</source>
        <translation>歷史：%1 期，%2 至 %3，其中 %4 期無值</translation>
    </message>
    <message>
        <source>model: %1 (%2)</source>
        <translation>模型：%1（%2）</translation>
    </message>
    <message>
        <source>as asked</source>
        <translation>依指定</translation>
    </message>
    <message>
        <source>the least AICc of those that suit</source>
        <translation>適用模型中 AICc 最小者</translation>
    </message>
    <message>
        <source>the simplest: too few values to compare models by AICc</source>
        <translation>最簡單的模型：值太少，無法依 AICc 比較模型</translation>
    </message>
    <message>
        <source>parameters: %1</source>
        <translation>參數：%1</translation>
    </message>
    <message>
        <source>AICc %1  AIC %2  BIC %3  log-likelihood %4  sigma %5</source>
        <translation>AICc %1  AIC %2  BIC %3  對數概似 %4  sigma %5</translation>
    </message>
    <message>
        <source>accuracy on the history: MAE %1  RMSE %2  MAPE %3%  MASE %4</source>
        <translation>歷史擬合精度：MAE %1  RMSE %2  MAPE %3%  MASE %4</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>單位：%1</translation>
    </message>
</context>
<context>
    <name>GuardedCommand</name>
    <message>
        <source>Undo %1</source>
        <translation>復原 %1</translation>
    </message>
</context>
<context>
    <name>ImportBatches</name>
    <message>
        <source>there is no import %1; `mixshift imports` lists them</source>
        <translation>沒有編號為 %1 的匯入；`mixshift imports` 可列出所有匯入</translation>
    </message>
    <message>
        <source>import %1 (%2) was made before this version of MixShift recorded what an import replaces, so it cannot be undone</source>
        <translation>匯入 %1（%2）早於 MixShift 開始記錄匯入所取代內容的版本，因此無法復原</translation>
    </message>
    <message>
        <source>import %1 (%2) cannot be undone alone: later imports replaced or revised its values — undo them first: %3</source>
        <translation>匯入 %1（%2）無法單獨復原：之後的匯入取代或修訂了它的數值——請先復原這些匯入：%3</translation>
    </message>
</context>
<context>
    <name>ImportChange</name>
    <message>
        <source>Import %1</source>
        <translation>匯入 %1</translation>
    </message>
    <message>
        <source>%1 is gone or has changed since it was imported; import it again</source>
        <translation>%1 已不存在或在匯入後已變更；請重新匯入</translation>
    </message>
    <message>
        <source>%1 could not be imported again: %2 rows refused</source>
        <translation>無法重新匯入 %1：%2 列被拒絕</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import: --delimiter must be one character, or &apos;tab&apos;</source>
        <translation>import: --delimiter 必須是單一字元或 &apos;tab&apos;</translation>
    </message>
    <message>
        <source>import: --%1 must be one character, &apos;space&apos; or &apos;none&apos;</source>
        <translation>import: --%1 必須是單一字元、&apos;space&apos; 或 &apos;none&apos;</translation>
    </message>
    <message>
        <source>import: --%1: unknown field &apos;%2&apos; (fields: %3)</source>
        <translation>import: --%1: 未知的欄位「%2」（可用欄位：%3）</translation>
    </message>
    <message>
        <source>import: --%1 must be %2, not &apos;%3&apos;</source>
        <translation>import: --%1 必須是 %2，而非「%3」</translation>
    </message>
    <message>
        <source>the file being imported</source>
        <translation>要匯入的檔案</translation>
    </message>
    <message>
        <source>read the file with this saved mapping (by default the one saved for the file&apos;s header)</source>
        <translation>使用此已儲存的對應讀取檔案（預設使用針對該檔案標題列儲存的對應）</translation>
    </message>
    <message>
        <source>save the mapping under this name, with the import</source>
        <translation>匯入時以此名稱儲存對應</translation>
    </message>
    <message>
        <source>the file&apos;s text encoding (UTF-8, GB18030, Big5, windows-1252 …); detected by default</source>
        <translation>檔案的文字編碼（UTF-8、GB18030、Big5、windows-1252 …）；預設自動偵測</translation>
    </message>
    <message>
        <source>the field delimiter: one character or &apos;tab&apos;; detected by default</source>
        <translation>欄位分隔符號：單一字元或 &apos;tab&apos;；預設自動偵測</translation>
    </message>
    <message>
        <source>the quote character, or &apos;none&apos;</source>
        <translation>引號字元，或 &apos;none&apos;</translation>
    </message>
    <message>
        <source>the header&apos;s record number (1 = first); records above it are titles</source>
        <translation>標題列所在的記錄編號（1 = 第一筆）；其上方的記錄視為標題文字</translation>
    </message>
    <message>
        <source>the decimal mark (&apos;.&apos; or &apos;,&apos;)</source>
        <translation>小數點符號（&apos;.&apos; 或 &apos;,&apos;）</translation>
    </message>
    <message>
        <source>the thousands separator: a character, &apos;space&apos; or &apos;none&apos;</source>
        <translation>千分位符號：單一字元、&apos;space&apos; 或 &apos;none&apos;</translation>
    </message>
    <message>
        <source>long (one value a row), wide (value columns) or transposed (a statement: line items down the first column, a column a period)</source>
        <translation>long（每列一個數值）、wide（數值分欄排列）或 transposed（報表：第一欄為各報表項目，每欄一個期間）</translation>
    </message>
    <message>
        <source>in the wide layout, what the value columns&apos; headers name: period, provider or metric</source>
        <translation>wide 版面配置下，數值欄的標題代表什麼：period（期間）、provider（供應商）或 metric（指標）</translation>
    </message>
    <message>
        <source>read a column (header text or number) as a field; repeatable</source>
        <translation>將某欄（依標題文字或欄號指定）讀作某個欄位；可重複指定</translation>
    </message>
    <message>
        <source>leave a column out; repeatable</source>
        <translation>略過某欄；可重複指定</translation>
    </message>
    <message>
        <source>a value for a field the file lacks, e.g. provider=Alibaba; repeatable</source>
        <translation>為檔案中缺少的欄位指定值，例如 provider=Alibaba；可重複指定</translation>
    </message>
    <message>
        <source>what a range such as 32-34 stores: reject, midpoint, low or high</source>
        <translation>範圍值（如 32-34）的儲存方式：reject（拒絕）、midpoint（取中點）、low（取下限）或 high（取上限）</translation>
    </message>
    <message>
        <source>what a date stands for: day, month, quarter or year (a column headed 2018-12-31 of an annual statement is the year 2018); inferred by default</source>
        <translation>日期代表的期間：day（日）、month（月）、quarter（季度）或 year（年）。例如年報中標題為 2018-12-31 的欄代表 2018 年；預設自動推斷</translation>
    </message>
    <message>
        <source>how values dated within one period combine: last, first, sum, mean, min or max (default: last for stocks and ratios, sum for flows)</source>
        <translation>同一期間內不同日期的數值如何合併：last（最後一個）、first（第一個）、sum（加總）、mean（平均值）、min（最小值）或 max（最大值）（預設：存量與比率取 last，流量取 sum）</translation>
    </message>
    <message>
        <source>take NAME as written instead of matching it through an alias (Amazon is not AWS); repeatable</source>
        <translation>依原文採用 NAME，不透過別名比對（Amazon 不等於 AWS）；可重複指定</translation>
    </message>
    <message>
        <source>when a value is already stored: skip, overwrite or revision (default)</source>
        <translation>數值已存在時的處理方式：skip（略過）、overwrite（覆寫）或 revision（記為修訂，預設）</translation>
    </message>
    <message>
        <source>take a quote inside an unquoted field literally instead of refusing the row</source>
        <translation>未加引號的欄位中出現引號時視為一般字元，而不拒絕該列</translation>
    </message>
    <message>
        <source>guess the mapping even if one is saved for the header</source>
        <translation>即使已針對該標題列儲存對應，仍自動推測對應</translation>
    </message>
    <message>
        <source>import the valid rows even if others are refused</source>
        <translation>即使部分列被拒絕，仍匯入有效的列</translation>
    </message>
    <message>
        <source>print what would be stored as CSV; change nothing (no write lock)</source>
        <translation>以 CSV 格式輸出將會儲存的內容；不做任何變更（不取得寫入鎖定）</translation>
    </message>
    <message>
        <source>long, wide or transposed</source>
        <extracomment>The values the option takes, as typed (keep them in English).</extracomment>
        <translation>long、wide 或 transposed</translation>
    </message>
    <message>
        <source>reject, midpoint, low or high</source>
        <extracomment>The values the option takes, as typed (keep them in English).</extracomment>
        <translation>reject、midpoint、low 或 high</translation>
    </message>
    <message>
        <source>day, month, quarter or year</source>
        <extracomment>The values the option takes, as typed (keep them in English).</extracomment>
        <translation>day、month、quarter 或 year</translation>
    </message>
    <message>
        <source>last, first, sum, mean, min or max</source>
        <extracomment>The values the option takes, as typed (keep them in English).</extracomment>
        <translation>last、first、sum、mean、min 或 max</translation>
    </message>
    <message>
        <source>%1 … %2 (%3 columns)</source>
        <translation>%1 … %2（共 %3 欄）</translation>
    </message>
    <message>
        <source>long</source>
        <extracomment>The layout of the file: one value a row (--layout long).</extracomment>
        <translation>long（每列一個數值）</translation>
    </message>
    <message>
        <source>wide, value columns headed by %1: %2</source>
        <translation>wide，數值欄的標題為 %1：%2</translation>
    </message>
    <message>
        <source>transposed statement, line items down column %1 (%2), periods %3</source>
        <translation>transposed 轉置報表，報表項目位於第 %1 欄（%2），期間為 %3</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> 以及另外 %1 個</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>檔案: %1</translation>
    </message>
    <message>
        <source>sha256: %1</source>
        <translation>sha256: %1</translation>
    </message>
    <message>
        <source>encoding: %1 (%2)</source>
        <translation>編碼: %1（%2）</translation>
    </message>
    <message>
        <source>other encodings: %1</source>
        <translation>其他可能的編碼: %1</translation>
    </message>
    <message>
        <source>delimiter: %1, quote: %2, header: record %3</source>
        <translation>分隔符號: %1，引號: %2，標題列: 第 %3 筆記錄</translation>
    </message>
    <message>
        <source>numbers: decimal %1, thousands %2</source>
        <translation>數字: 小數點 %1，千分位符號 %2</translation>
    </message>
    <message>
        <source>layout: %1</source>
        <translation>版面配置: %1</translation>
    </message>
    <message>
        <source>mapping: %1</source>
        <translation>對應: %1</translation>
    </message>
    <message>
        <source>same file imported before: %1</source>
        <translation>先前已匯入過相同檔案: %1</translation>
    </message>
    <message>
        <source>matched through an alias: %1 -&gt; %2 (%3; --no-alias %1 keeps it apart)</source>
        <translation>透過別名比對: %1 -&gt; %2（%3；使用 --no-alias %1 可使其保持獨立）</translation>
    </message>
    <message>
        <source>metrics matched through aliases: %1 (--no-alias NAME keeps one apart)</source>
        <translation>透過別名比對的指標: %1（使用 --no-alias NAME 可使其中一項保持獨立）</translation>
    </message>
    <message>
        <source>rows read: %1</source>
        <translation>已讀取列數: %1</translation>
    </message>
    <message>
        <source>values imported: %1</source>
        <translation>已匯入數值: %1</translation>
    </message>
    <message>
        <source>values skipped: %1 (missing %2, unchanged %3, conflicts kept as stored %4)</source>
        <translation>略過的數值: %1（缺漏 %2，未變更 %3，衝突時保留既有值 %4）</translation>
    </message>
    <message>
        <source>rows rejected: %1</source>
        <translation>被拒絕的列: %1</translation>
    </message>
    <message>
        <source>conflicts: %1 (revised %2, overwritten %3, skipped %4)</source>
        <translation>衝突: %1（記為修訂 %2，覆寫 %3，略過 %4）</translation>
    </message>
    <message>
        <source>new providers: %1</source>
        <translation>新增供應商: %1</translation>
    </message>
    <message>
        <source>new metrics: %1</source>
        <translation>新增指標: %1</translation>
    </message>
    <message>
        <source>new markets: %1</source>
        <translation>新增市場: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1 cells, lines %2–%3</source>
        <translation>%1 個儲存格，第 %2–%3 行</translation>
    </message>
    <message>
        <source>%1 rows, lines %2–%3</source>
        <translation>%1 列，第 %2–%3 行</translation>
    </message>
    <message>
        <source>, column %1 (%2)</source>
        <translation>，第 %1 欄（%2）</translation>
    </message>
    <message>
        <source>, &apos;%1&apos;</source>
        <translation>，「%1」</translation>
    </message>
    <message>
        <source>, first &apos;%1&apos;</source>
        <translation>，第一個為「%1」</translation>
    </message>
    <message>
        <source>rejected: %1%2%3: %4</source>
        <extracomment>A refused part of the file: where (%1), in which column (%2), the text refused (%3), and why (%4).</extracomment>
        <translation>被拒絕: %1%2%3：%4</translation>
    </message>
    <message>
        <source>… and more rejections%1</source>
        <translation>… 還有更多被拒絕的內容%1</translation>
    </message>
    <message>
        <source> (all in %1)</source>
        <translation> （完整清單見 %1）</translation>
    </message>
    <message>
        <source> (--errors FILE.csv lists them all)</source>
        <translation> （使用 --errors FILE.csv 可列出全部）</translation>
    </message>
    <message>
        <source>dry run: nothing changed</source>
        <translation>模擬執行：未做任何變更</translation>
    </message>
    <message>
        <source>imported</source>
        <extracomment>The result of an import: it was committed.</extracomment>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>nothing imported: %1 rows rejected (--accept-valid imports the valid rows)</source>
        <translation>未匯入任何內容：%1 列被拒絕（使用 --accept-valid 可匯入有效的列）</translation>
    </message>
    <message>
        <source>batch: %1 (mixshift imports undo --batch %1 takes it back)</source>
        <translation>批次: %1（執行 mixshift imports undo --batch %1 可復原此次匯入）</translation>
    </message>
    <message>
        <source>result: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source>seconds: %1</source>
        <translation>耗時（秒）: %1</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 檔案不存在</translation>
    </message>
    <message>
        <source>skip, overwrite or revision</source>
        <extracomment>The values the option takes, as typed (keep them in English).</extracomment>
        <translation>skip、overwrite 或 revision</translation>
    </message>
    <message>
        <source>%1 (the import itself was committed)</source>
        <translation>%1（匯入本身已提交）</translation>
    </message>
    <message>
        <source>%1 (the project is unchanged)</source>
        <translation>%1（專案未變更）</translation>
    </message>
    <message>
        <source>the sheet of a workbook (.xlsx, .ods) to read; the first by default</source>
        <translation>要讀取的活頁簿（.xlsx、.ods）中的工作表；預設為第一個</translation>
    </message>
    <message>
        <source>every refused row as CSV (or a workbook, for a name ending in .xlsx)</source>
        <translation>所有被拒絕的列，寫成 CSV（檔名以 .xlsx 結尾時寫成活頁簿）</translation>
    </message>
    <message>
        <source>sheet: %1</source>
        <extracomment>%1 is the sheet&apos;s name.</extracomment>
        <translation>工作表：%1</translation>
    </message>
    <message>
        <source>sha256 of the sheet&apos;s cells: %1</source>
        <translation>工作表儲存格的 sha256：%1</translation>
    </message>
    <message>
        <source>header: row %1</source>
        <translation>標題：第 %1 列</translation>
    </message>
    <message>
        <source>import: expected one CSV file or workbook, e.g. mixshift import figures.csv --db my.mixshift</source>
        <translation>import：需要一個 CSV 檔案或活頁簿，例如 mixshift import figures.csv --db my.mixshift</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>import profile: unknown version %1</source>
        <translation>匯入設定檔：未知的版本 %1</translation>
    </message>
    <message>
        <source>import profile: unknown field &apos;%1&apos;</source>
        <translation>匯入設定檔：未知的欄位「%1」</translation>
    </message>
</context>
<context>
    <name>ImportProfiles</name>
    <message>
        <source>an import profile needs a name</source>
        <translation>匯入設定檔需要一個名稱</translation>
    </message>
    <message>
        <source>import profile &apos;%1&apos; is damaged</source>
        <translation>匯入設定檔「%1」已損毀</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>… (%1 characters)</source>
        <extracomment>after a cell cut short in a message: &quot;…&quot; follows the cell&apos;s first 80 characters</extracomment>
        <translation>…（共 %1 個字元）</translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>import: the header has no column &apos;%1&apos; (columns: %2)</source>
        <translation>import: 標題列中沒有「%1」欄（現有欄位：%2）</translation>
    </message>
    <message>
        <source>periods: labels, not dates; the period length chosen does not apply</source>
        <translation>期間: 為標籤而非日期；所選的期間長度不適用</translation>
    </message>
    <message>
        <source>one date (%1)</source>
        <translation>只有一個日期（%1）</translation>
    </message>
    <message>
        <source>dates a %1 apart (%2)</source>
        <translation>日期以%1為間隔（%2）</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>已指定</translation>
    </message>
    <message>
        <source>--period-length chooses</source>
        <translation>可用 --period-length 指定</translation>
    </message>
    <message>
        <source>periods: %1; daily values are not stored: choose --period-length month, quarter or year to combine them</source>
        <translation>期間: %1；不儲存逐日數值：請用 --period-length month、quarter 或 year 將其合併</translation>
    </message>
    <message>
        <source>periods: %1, combined into %2 (%3; %4 of each period, --aggregate chooses)</source>
        <translation>期間: %1，合併為%2（%3；每期%4，可用 --aggregate 指定）</translation>
    </message>
    <message>
        <source>the last value of stocks and ratios, the sum of flows</source>
        <translation>存量與比率取最後一個值、流量取加總</translation>
    </message>
    <message>
        <source>the %1</source>
        <translation>取 %1</translation>
    </message>
    <message>
        <source>periods: %1, each read as the %2 ending on that date (%3)</source>
        <translation>期間: %1，每個日期視為截至該日的%2（%3）</translation>
    </message>
    <message>
        <source>guessed from the header</source>
        <translation>依標題列推測</translation>
    </message>
    <message>
        <source>import: no profile &apos;%1&apos; in this project (profiles: %2)</source>
        <translation>import: 此專案中沒有匯入設定檔「%1」（現有設定檔：%2）</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;</source>
        <translation>匯入設定檔「%1」</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; (saved for this header)</source>
        <translation>匯入設定檔「%1」（為此標題列儲存）</translation>
    </message>
    <message>
        <source>from the profile</source>
        <translation>來自匯入設定檔</translation>
    </message>
    <message>
        <source>columns left out as asked: %1</source>
        <translation>依要求略過的欄: %1</translation>
    </message>
    <message>
        <source>columns not read (text, not values): %1</source>
        <translation>未讀取的欄（為文字而非數值）: %1</translation>
    </message>
    <message>
        <source>a statement names no provider: give the company (--default provider=NAME)</source>
        <translation>報表未註明供應商：請指定公司（--default provider=NAME）</translation>
    </message>
    <message>
        <source>statement currency: %1 (per-share lines without a unit take it)</source>
        <translation>報表幣別: %1（未註明單位的每股項目採用此幣別）</translation>
    </message>
    <message>
        <source>%1 is read from its cells: the encoding, delimiter and quote given do not apply</source>
        <translation>%1 依儲存格讀取：所給的編碼、分隔符號和引號不適用</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>%1: --sheet is for workbooks (.xlsx, .ods); this is a text file</source>
        <translation>%1：--sheet 僅用於活頁簿（.xlsx、.ods）；這是文字檔</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：無法讀取：%2</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>percent, stored as a fraction</source>
        <translation>百分比，以小數形式儲存</translation>
    </message>
    <message>
        <source>unit %1 = %2 (%3 values)</source>
        <translation>單位 %1 = %2（%3 個數值）</translation>
    </message>
    <message>
        <source>per share, not scaled as totals: %1</source>
        <translation>每股資料，不依總額換算：%1</translation>
    </message>
    <message>
        <source>two lines for one metric: %1</source>
        <translation>同一指標有兩行：%1</translation>
    </message>
    <message>
        <source>1 line missing in every period, skipped</source>
        <translation>1 行在所有期間皆無數值，已略過</translation>
    </message>
    <message>
        <source>%1 lines missing in every period, skipped</source>
        <translation>%1 行在所有期間皆無數值，已略過</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>該列有 %1 個欄位，標題列有 %2 個</translation>
    </message>
    <message>
        <source>%1; the rest of the file cannot be read</source>
        <translation>%1；檔案其餘部分無法讀取</translation>
    </message>
    <message>
        <source>%1: no header row (record %2) in the file</source>
        <translation>%1: 檔案中沒有標題列（第 %2 筆記錄）</translation>
    </message>
    <message>
        <source>a revision without a current value for its period above it</source>
        <translation>修訂列的上方沒有同一期間的現行值</translation>
    </message>
</context>
<context>
    <name>ImportsCommand</name>
    <message>
        <source>a table to read (default), or CSV with every field whole</source>
        <translation>便於閱讀的表格（預設），或每個欄位完整輸出的 CSV</translation>
    </message>
    <message>
        <source>the import to take back (mixshift imports lists them)</source>
        <translation>要復原的匯入批次（可用 mixshift imports 查看）</translation>
    </message>
    <message>
        <source>imports undo: --batch ID is required (mixshift imports lists them)</source>
        <translation>imports undo: 必須指定 --batch ID（可用 mixshift imports 查看）</translation>
    </message>
    <message>
        <source>undone: %1 (%2, %3)</source>
        <translation>已復原：%1（%2，%3）</translation>
    </message>
    <message>
        <source>values removed: %1</source>
        <translation>已刪除數值：%1</translation>
    </message>
    <message>
        <source>values restored: %1</source>
        <translation>已還原數值：%1</translation>
    </message>
    <message>
        <source>revisions removed: %1</source>
        <translation>已刪除修訂：%1</translation>
    </message>
    <message>
        <source>catalog entries removed: %1</source>
        <translation>已刪除目錄項目：%1</translation>
    </message>
    <message>
        <source>imports: use &apos;imports list&apos; (or just &apos;imports&apos;) or &apos;imports undo&apos;</source>
        <translation>imports: 請使用「imports list」（或僅「imports」）或「imports undo」</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>also fill it with the bundled sample figures, their sources and saved charts</source>
        <translation>同時填入隨附的範例資料及其來源與已儲存的圖表</translation>
    </message>
    <message>
        <source>init: the project file name is empty; give one, e.g. mixshift init my.mixshift</source>
        <translation>init: 專案檔名稱為空白；請指定一個，例如 mixshift init my.mixshift</translation>
    </message>
    <message>
        <source>created %1 (%2 series, %3 observations)</source>
        <translation>已建立 %1（%2 個序列，%3 個觀測值）</translation>
    </message>
    <message>
        <source>the project to create: a file that does not exist yet, or an empty database&apos;s postgresql:// URI</source>
        <translation>要建立的專案：尚不存在的檔案，或空資料庫的 postgresql:// URI</translation>
    </message>
    <message>
        <source>init: expected one project, e.g. mixshift init my.mixshift [--sample] or mixshift init postgresql://admin@dbhost/cloud</source>
        <translation>init：需要一個專案，例如 mixshift init my.mixshift [--sample] 或 mixshift init postgresql://admin@dbhost/cloud</translation>
    </message>
    <message>
        <source>its roles: GRANT mixshift_reader TO someone; lets a user read, GRANT mixshift_writer TO someone; lets one import and edit too</source>
        <translation>其角色：GRANT mixshift_reader TO 某人; 允許其讀取，GRANT mixshift_writer TO 某人; 還允許其匯入和編輯</translation>
    </message>
</context>
<context>
    <name>LeverMoveCommand</name>
    <message>
        <source>Move %1</source>
        <translation>調整%1</translation>
    </message>
</context>
<context>
    <name>MixLevers</name>
    <message>
        <source>Base-quarter revenue</source>
        <translation>基期季度營收</translation>
    </message>
    <message>
        <source>Alibaba Cloud&apos;s FY2024 Q2 revenue, 276.48 億元 (the article); replaced by the project&apos;s base quarter</source>
        <translation>Alibaba Cloud FY2024 Q2 營收為 276.48 億元（據文章）；會由專案的基期季度資料取代</translation>
    </message>
    <message>
        <source>Base-quarter adjusted EBITA</source>
        <translation>基期季度調整後 EBITA</translation>
    </message>
    <message>
        <source>Alibaba Cloud&apos;s FY2024 Q2 adjusted EBITA, 14.09 億元 (the article); it fixes the public-cloud margin</source>
        <translation>Alibaba Cloud FY2024 Q2 調整後 EBITA 為 14.09 億元（據文章）；公有雲利潤率由此決定</translation>
    </message>
    <message>
        <source>Project-based share of revenue</source>
        <translation>專案型營收占比</translation>
    </message>
    <message>
        <source>not disclosed; 30% is a round assumption for a provider known for large integration projects</source>
        <translation>未揭露；對以大型整合專案著稱的供應商取 30% 這個整數假設</translation>
    </message>
    <message>
        <source>Margin on project revenue</source>
        <translation>專案營收利潤率</translation>
    </message>
    <message>
        <source>integration work carries custom effort and hardware resale (the article&apos;s 增收不增利): a 5% loss is assumed</source>
        <translation>整合工作包含客製化投入與硬體轉售（即文章所說的「增收不增利」）：假設虧損 5%</translation>
    </message>
    <message>
        <source>Margin on public-cloud revenue</source>
        <translation>公有雲營收利潤率</translation>
    </message>
    <message>
        <source>used only without a base EBITA; with the article&apos;s base quarter it is implied (about 9.4%)</source>
        <translation>僅在沒有基期 EBITA 時使用；採用文章的基期季度時，此值可由其推算（約 9.4%）</translation>
    </message>
    <message>
        <source>Quarterly wind-down of project revenue</source>
        <translation>專案營收每季縮減比例</translation>
    </message>
    <message>
        <source>the article&apos;s 減少項目制銷售訂單: a twentieth of project revenue dropped each quarter</source>
        <translation>即文章所說的「減少項目制銷售訂單」：每季減少二十分之一的專案營收</translation>
    </message>
    <message>
        <source>Dropped project revenue won back as public cloud</source>
        <translation>縮減專案營收的公有雲回流比例</translation>
    </message>
    <message>
        <source>share of dropped project revenue that customers bring back as public-cloud use; an assumption</source>
        <translation>縮減的專案營收中，客戶轉為使用公有雲而帶回的比例；此為假設</translation>
    </message>
    <message>
        <source>Delay before it comes back</source>
        <translation>回流前的延遲</translation>
    </message>
    <message>
        <source>migrations take about half a year</source>
        <translation>遷移約需半年</translation>
    </message>
    <message>
        <source>Organic public-cloud growth</source>
        <translation>公有雲有機成長</translation>
    </message>
    <message>
        <source>public-cloud growth between AWS&apos;s 12% and Azure&apos;s 29% (2023 Q3, the article)</source>
        <translation>公有雲成長率介於 AWS 的 12% 與 Azure 的 29% 之間（2023 Q3，據文章）</translation>
    </message>
    <message>
        <source>Extra growth from AI workloads</source>
        <translation>AI 工作負載帶來的額外成長</translation>
    </message>
    <message>
        <source>extra public-cloud growth from AI workloads; China&apos;s AI public cloud grew 80.6% in 2022 (IDC, the article) from a small base</source>
        <translation>AI 工作負載帶來的公有雲額外成長；2022 年中國 AI 公有雲在較小基數上成長了 80.6%（IDC，據文章）</translation>
    </message>
    <message>
        <source>Margin gain per doubling of public cloud</source>
        <translation>公有雲每倍增一次的利潤率提升</translation>
    </message>
    <message>
        <source>standardised services spread fixed costs: two margin points per doubling of public-cloud revenue</source>
        <translation>標準化服務可分攤固定成本：公有雲營收每倍增一次，利潤率提升兩個百分點</translation>
    </message>
    <message>
        <source>Ceiling on the public-cloud margin</source>
        <translation>公有雲利潤率上限</translation>
    </message>
    <message>
        <source>AWS&apos;s FY2022 margin was 28.5% (the article); 35% caps the leverage</source>
        <translation>AWS FY2022 的利潤率為 28.5%（據文章）；以 35% 為規模效應設定上限</translation>
    </message>
    <message>
        <source>Quarters projected</source>
        <translation>預測季數</translation>
    </message>
    <message>
        <source>three years, as product.md §6.1 suggests</source>
        <translation>三年，依 product.md §6.1 的建議</translation>
    </message>
    <message>
        <source>1 quarter</source>
        <translation>1 個季度</translation>
    </message>
    <message>
        <source>%1 quarters</source>
        <translation>%1 個季度</translation>
    </message>
    <message>
        <source>%1 points per doubling</source>
        <translation>每倍增一次 %1 個百分點</translation>
    </message>
    <message>
        <source>%1% a quarter</source>
        <translation>每季 %1%</translation>
    </message>
    <message>
        <source>%1% a year</source>
        <translation>每年 %1%</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>每季</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>points per doubling</source>
        <translation>百分點/每倍增一次</translation>
    </message>
    <message>
        <source>unknown lever &apos;%1&apos; (levers: %2)</source>
        <translation>未知的槓桿「%1」（可用槓桿：%2）</translation>
    </message>
    <message>
        <source>lever %1 = %2 is outside its bounds %3 … %4 (%5)</source>
        <translation>槓桿 %1 = %2 超出其範圍 %3 … %4（%5）</translation>
    </message>
</context>
<context>
    <name>MixOutput</name>
    <message>
        <source>EBITA at the horizon</source>
        <translation>期末 EBITA</translation>
    </message>
    <message>
        <source>Cumulative revenue over the horizon</source>
        <translation>預測期累計營收</translation>
    </message>
    <message>
        <source>Margin at the horizon</source>
        <translation>期末利潤率</translation>
    </message>
    <message>
        <source>Quarter revenue is back at the status quo</source>
        <translation>營收回到現狀路徑的季度</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>個季度</translation>
    </message>
</context>
<context>
    <name>MixQuarterTable</name>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>利潤率</translation>
    </message>
    <message>
        <source>Revenue YoY</source>
        <translation>營收年增</translation>
    </message>
    <message>
        <source>EBITA YoY</source>
        <translation>EBITA 年增</translation>
    </message>
    <message>
        <source>Status-quo revenue</source>
        <translation>現狀營收</translation>
    </message>
    <message>
        <source>Status-quo EBITA</source>
        <translation>現狀 EBITA</translation>
    </message>
    <message>
        <source>Revenue P5 … P95</source>
        <extracomment>A column of the quarters&apos; table: the Monte Carlo&apos;s band of revenue.</extracomment>
        <translation>營收 P5 … P95</translation>
    </message>
</context>
<context>
    <name>MonteCarlo</name>
    <message>
        <source>&apos;%1&apos; is not a distribution (%2)</source>
        <translation>「%1」不是有效的分佈（%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a finite number</source>
        <translation>「%1」：「%2」不是有限數值</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2 numbers (%3)</source>
        <translation>「%1」需要 %2 個數值（%3）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a must be below b</source>
        <translation>「%1」：a 必須小於 b</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: needs a ≤ mode ≤ b with a &lt; b</source>
        <translation>「%1」：需滿足 a ≤ mode ≤ b 且 a &lt; b</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the standard deviation must be above zero</source>
        <translation>「%1」：標準差必須大於零</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: sigma must be above zero</source>
        <translation>「%1」：sigma 必須大於零</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give LEVER=DISTRIBUTION, e.g. wind_down=uniform(0.02,0.15)</source>
        <translation>「%1」：請以 LEVER=DISTRIBUTION 格式指定，例如 wind_down=uniform(0.02,0.15)</translation>
    </message>
    <message>
        <source>unknown lever &apos;%1&apos; (levers: %2)</source>
        <translation>未知的槓桿「%1」（可用槓桿：%2）</translation>
    </message>
    <message>
        <source>Monte Carlo takes 1 to %1 draws, not %2</source>
        <translation>蒙地卡羅模擬次數須為 1 到 %1，而非 %2</translation>
    </message>
    <message>
        <source>wind_down and organic_growth ±50% around their settings</source>
        <translation>wind_down 與 organic_growth 在目前設定上下浮動 50%</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1: cannot be written: the folder %2 does not exist</source>
        <translation>%1: 無法寫入：資料夾 %2 不存在</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: 無法寫入：%2</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2; the output is incomplete</source>
        <translation>%1: 無法寫入：%2；輸出不完整</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2; nothing was saved</source>
        <translation>%1: 無法寫入：%2；未儲存任何內容</translation>
    </message>
</context>
<context>
    <name>OutputGuard</name>
    <message>
        <source>the project</source>
        <translation>專案檔</translation>
    </message>
    <message>
        <source>the project&apos;s write-ahead log</source>
        <translation>專案的預寫式日誌檔</translation>
    </message>
    <message>
        <source>the project&apos;s shared-memory file</source>
        <translation>專案的共用記憶體檔案</translation>
    </message>
    <message>
        <source>the project&apos;s journal</source>
        <translation>專案的回復日誌檔</translation>
    </message>
    <message>
        <source>%1 %2 would overwrite %3 (%4); choose another output file (nothing was written)</source>
        <extracomment>%1 is an option (--csv, --errors, --out), %2 the file given with it, %3 what that file is, %4 its path</extracomment>
        <translation>%1 %2 會覆寫%3（%4）；請選擇其他輸出檔案（未寫入任何內容）</translation>
    </message>
</context>
<context>
    <name>PostgresDatabase</name>
    <message>
        <source>%1: the server refused the password</source>
        <translation>%1：伺服器拒絕了該密碼</translation>
    </message>
    <message>
        <source>%1: the server wants a password; give it in PGPASSWORD or ~/.pgpass (or in the app&apos;s Connect dialog)</source>
        <translation>%1：伺服器需要密碼；請在 PGPASSWORD 或 ~/.pgpass 中提供（或在應用程式的連線對話方塊中輸入）</translation>
    </message>
    <message>
        <source>%1: cannot connect to the team store: %2</source>
        <translation>%1：無法連線團隊庫：%2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>%1: was written by an older MixShift (schema version %2); open it once for writing (e.g. in the app) to upgrade it</source>
        <translation>%1: 由較舊版的 MixShift 寫入（結構描述版本 %2）；請以可寫入方式開啟一次（例如在應用程式中開啟）以完成升級</translation>
    </message>
    <message>
        <source>%1: cannot be changed: the file or its folder is read-only; the project is unchanged</source>
        <translation>%1: 無法變更：檔案或其所在資料夾為唯讀；專案未做變更</translation>
    </message>
    <message>
        <source>no project file named; give a file name, e.g. my.mixshift</source>
        <translation>未指定專案檔；請提供檔名，例如 my.mixshift</translation>
    </message>
    <message>
        <source>%1: already exists; choose a new file name</source>
        <translation>%1: 已存在；請選擇新的檔名</translation>
    </message>
    <message>
        <source>%1: is not a MixShift team store (no MixShift tables in the database); create one with mixshift init %1</source>
        <translation>%1：不是 MixShift 團隊庫（資料庫中沒有 MixShift 的表）；請用 mixshift init %1 建立</translation>
    </message>
    <message>
        <source>%1: was written by a newer MixShift (schema version %2; this version reads up to %3); use a newer MixShift</source>
        <translation>%1：由較新的 MixShift 寫入（結構版本 %2；本版本最多讀取 %3）；請使用較新的 MixShift</translation>
    </message>
    <message>
        <source>%1: read-only access to the team store (database user %2 may only read); nothing was changed; ask the administrator for the mixshift_writer role</source>
        <translation>%1：對團隊庫只有唯讀權限（資料庫使用者 %2 只能讀取）；未做任何變更；請向管理員申請 mixshift_writer 角色</translation>
    </message>
    <message>
        <source>%1: already holds a MixShift team store; open it, or name an empty database</source>
        <translation>%1：已有 MixShift 團隊庫；請開啟它，或指定一個空資料庫</translation>
    </message>
    <message>
        <source>%1: was written by an older MixShift (schema version %2); its owner, database user %3, must open it once for writing with this version to upgrade it; nothing was changed</source>
        <translation>%1: 由較舊版本的 MixShift 寫入（結構描述版本 %2）；須由其擁有者（資料庫使用者 %3）以此版本用可寫方式開啟一次以完成升級；未做任何變更</translation>
    </message>
</context>
<context>
    <name>ProjectCopy</name>
    <message>
        <source>%1: cannot take the rows of table %2: two of them have the same key there (e.g. aliases that differ only in the case of non-ASCII letters); nothing was copied</source>
        <translation>%1：無法接收表 %2 的列：其中兩列在此處鍵相同（例如僅非 ASCII 字母大小寫不同的別名）；未複製任何內容</translation>
    </message>
</context>
<context>
    <name>ProjectFileCheck</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>無法讀取：%1</translation>
    </message>
    <message>
        <source>is not a MixShift project (not a SQLite database)</source>
        <translation>不是 MixShift 專案（不是 SQLite 資料庫）</translation>
    </message>
    <message>
        <source>is corrupt (invalid page size %1 in the SQLite header)</source>
        <translation>已損毀（SQLite 檔頭中的頁面大小 %1 無效）</translation>
    </message>
    <message>
        <source>is truncated (the header says %1 bytes, the file has %2)</source>
        <translation>已被截斷（檔頭標示 %1 位元組，實際檔案為 %2 位元組）</translation>
    </message>
    <message>
        <source>is corrupt (SQLite integrity check: %1)</source>
        <translation>已損毀（SQLite 完整性檢查：%1）</translation>
    </message>
    <message>
        <source>is damaged: a MixShift project without a schema version; restore it from a backup</source>
        <translation>已損毀：MixShift 專案缺少結構描述版本；請從備份還原</translation>
    </message>
    <message>
        <source>was written by a newer MixShift (schema version %1; this version reads up to %2); open it with a newer MixShift</source>
        <translation>由較新版的 MixShift 寫入（結構描述版本 %1；此版本最高僅能讀取 %2）；請以較新版的 MixShift 開啟</translation>
    </message>
    <message>
        <source>is a SQLite database of another application, not a MixShift project</source>
        <translation>是其他應用程式的 SQLite 資料庫，不是 MixShift 專案</translation>
    </message>
    <message>
        <source>is an empty SQLite database, not a MixShift project; create a project with mixshift init or File › New Project</source>
        <translation>是空的 SQLite 資料庫，不是 MixShift 專案；請使用 mixshift init 或「檔案 › 新增專案」建立專案</translation>
    </message>
    <message>
        <source>%1: is corrupt or not a MixShift project; it was left unchanged</source>
        <translation>%1: 已損毀或不是 MixShift 專案；檔案未做任何變更</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>不是檔案</translation>
    </message>
    <message>
        <source>is empty (0 bytes), not a MixShift project; create a project with mixshift init or File › New Project</source>
        <translation>是空的（0 位元組），不是 MixShift 專案；請使用 mixshift init 或「檔案 › 新增專案」建立專案</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg);;Data behind the chart (*.csv);;Data behind the chart, workbook (*.xlsx)</source>
        <translation>PNG 影像 (*.png);;PDF 文件 (*.pdf);;SVG 圖形 (*.svg);;圖表資料 (*.csv);;圖表資料，活頁簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>QMenu</name>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>複製影像(&amp;C)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The sample project could not be created: %1</source>
        <translation>無法建立範例專案：%1</translation>
    </message>
</context>
<context>
    <name>QueryCommand</name>
    <message>
        <source>only this provider (name or alias)</source>
        <translation>僅限此供應商（名稱或別名）</translation>
    </message>
    <message>
        <source>only this metric (key or alias)</source>
        <translation>僅限此指標（代碼或別名）</translation>
    </message>
    <message>
        <source>a table to read (default; long cells cut at 60 columns), or CSV with names whole, which import reads back</source>
        <translation>便於閱讀的表格（預設；過長的儲存格在 60 個字元寬處截斷），或名稱完整的 CSV（可由 import 讀回）</translation>
    </message>
    <message>
        <source>query: no provider or alias &apos;%1&apos; in %2</source>
        <translation>query: %2 中沒有名為 &apos;%1&apos; 的供應商或別名</translation>
    </message>
    <message>
        <source>query: no metric or alias &apos;%1&apos; in %2</source>
        <translation>query: %2 中沒有名為 &apos;%1&apos; 的指標或別名</translation>
    </message>
    <message>
        <source>with --format xlsx: the workbook to write (the values in display units, and a sheet of their sources)</source>
        <translation>配合 --format xlsx：要寫入的活頁簿（數值以顯示單位表示，另附來源工作表）</translation>
    </message>
    <message>
        <source>query: --format xlsx writes a file: give it with --out FILE.xlsx</source>
        <translation>query：--format xlsx 會寫入檔案：請用 --out FILE.xlsx 指定</translation>
    </message>
    <message>
        <source>wrote %1 values and their sources to %2</source>
        <translation>已將 %1 個數值及其來源寫入 %2</translation>
    </message>
    <message>
        <source>query: --out is for --format xlsx; csv and table go to the terminal (use &gt; FILE)</source>
        <translation>query：--out 僅用於 --format xlsx；csv 和 table 輸出到終端機（請用 &gt; FILE）</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>a saved chart to show, once for each (mixshift chart list); with no --chart and no --scenario, every saved chart and scenario</source>
        <translation>要顯示的已儲存圖表，每個圖表指定一次（見 mixshift chart list）；未指定 --chart 與 --scenario 時，顯示所有已儲存的圖表與情境</translation>
    </message>
    <message>
        <source>a saved mix scenario to show, once for each (mixshift scenario list)</source>
        <translation>要顯示的已儲存組合模型情境，每個情境指定一次（見 mixshift scenario list）</translation>
    </message>
    <message>
        <source>the report&apos;s title; default: the project&apos;s name</source>
        <translation>報告標題；預設：專案名稱</translation>
    </message>
    <message>
        <source>who wrote it, on the title page</source>
        <translation>作者，顯示於標題頁</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>要寫入的 PDF 檔案</translation>
    </message>
    <message>
        <source>report: --out names a .pdf file, not &apos;%1&apos;</source>
        <translation>report: --out 須指定 .pdf 檔案，而非 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wrote %1 (%2 pages) in %3 s: charts %4, scenarios %5, findings %6, sources %7</source>
        <translation>已寫入 %1（%2 頁），耗時 %3 秒：圖表 %4 個、情境 %5 個、發現 %6 項、來源 %7 個</translation>
    </message>
    <message>
        <source>the project: a file, or a team store&apos;s postgresql:// URI</source>
        <translation>專案：一個檔案，或團隊庫的 postgresql:// URI</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>report: no saved chart &apos;%1&apos; (mixshift chart list shows them)</source>
        <translation>report: 沒有已儲存的圖表「%1」（可用 mixshift chart list 查看）</translation>
    </message>
    <message>
        <source>report: chart &apos;%1&apos;: %2</source>
        <translation>report: 圖表「%1」：%2</translation>
    </message>
    <message>
        <source>report: no saved scenario &apos;%1&apos; (mixshift scenario list shows them)</source>
        <translation>report: 沒有已儲存的情境「%1」（可用 mixshift scenario list 查看）</translation>
    </message>
    <message>
        <source>report: scenario &apos;%1&apos; is of the %2 model; a report shows mix scenarios</source>
        <translation>report: 情境「%1」使用的是 %2 模型；報告只納入 mix 模型的情境</translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>the report&apos;s pages could not be drawn</source>
        <translation>無法繪製報告頁面</translation>
    </message>
    <message>
        <source>A MixShift report on %1</source>
        <translation>關於 %1 的 MixShift 報告</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>報告內容</translation>
    </message>
    <message>
        <source>1 chart</source>
        <translation>1 張圖表</translation>
    </message>
    <message>
        <source>%1 charts</source>
        <translation>%1 張圖表</translation>
    </message>
    <message>
        <source>1 scenario</source>
        <translation>1 個情境</translation>
    </message>
    <message>
        <source>%1 scenarios</source>
        <translation>%1 個情境</translation>
    </message>
    <message>
        <source>1 consistency finding</source>
        <translation>1 項一致性發現</translation>
    </message>
    <message>
        <source>%1 consistency findings</source>
        <translation>%1 項一致性發現</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>1 個來源</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 個來源</translation>
    </message>
    <message>
        <source>Every value shown is followed by the number of its source in brackets; the sources are listed at the end. Values are the project&apos;s current ones, in the units the charts show.</source>
        <translation>每個數值後方括號內的數字是其來源編號；來源列於報告末尾。數值為專案目前的值，單位與圖表所示相同。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Values plotted</source>
        <translation>圖中數值</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>情境：%1</translation>
    </message>
    <message>
        <source>revenue %1, adjusted EBITA %2</source>
        <translation>營收 %1，調整後 EBITA %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>%1, from base figures set in the scenario (%2); quarters are counted from them.</source>
        <translation>%1，採用情境中設定的基期數值（%2）；各季由此起算。</translation>
    </message>
    <message>
        <source>%1, from %2: %3 %4.</source>
        <translation>%1，取自 %2：%3 %4。</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>槓桿</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Why this value</source>
        <translation>取值依據</translation>
    </message>
    <message>
        <source>%1, implied by the base quarter</source>
        <translation>%1，由基期季度推算</translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation>（預設 %1）</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>槓桿</translation>
    </message>
    <message>
        <source>Results, quarter by quarter (%1)</source>
        <translation>逐季結果（%1）</translation>
    </message>
    <message>
        <source>quarter %1 (%2)</source>
        <translation>第 %1 季（%2）</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>不在預測期限內</translation>
    </message>
    <message>
        <source>Consistency findings</source>
        <translation>一致性發現</translation>
    </message>
    <message>
        <source>No stated figure behind what this report shows disagrees with what other stated figures imply.</source>
        <translation>本報告所示內容所依據的列報數字，皆與其他列報數字推算出的結果一致。</translation>
    </message>
    <message>
        <source>Stated figures behind what this report shows that disagree with what other stated figures imply (as mixshift check finds them), with every figure involved, so that the reader can see which one to doubt.</source>
        <translation>以下列出本報告所示內容所依據、但與其他列報數字推算結果不一致的列報數字（即 mixshift check 發現的問題），並附上涉及的所有數字，方便讀者判斷應懷疑哪一個。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Every source behind a number shown, numbered as in the footnotes.</source>
        <translation>所示數字的所有來源，編號與註腳一致。</translation>
    </message>
    <message>
        <source>[%1] %2 (how a derived figure was computed)</source>
        <translation>[%1] %2（衍生數字的計算方式）</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>A QDate format for the date on the title page</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1: &quot;3 charts&quot; (or &quot;1 chart&quot;); %2: their names.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 of the revenue-mix model: %2</source>
        <extracomment>%1: &quot;2 scenarios&quot; (or &quot;1 scenario&quot;); %2: their names.</extracomment>
        <translation>營收組合模型的 %1：%2</translation>
    </message>
    <message>
        <source>%1 about the figures shown</source>
        <extracomment>%1: &quot;2 consistency findings&quot; (or &quot;1 consistency finding&quot;).</extracomment>
        <translation>關於所示數字的 %1</translation>
    </message>
    <message>
        <source>%1 behind the numbers shown, each listed with its publisher, date and address</source>
        <extracomment>%1: &quot;5 sources&quot; (or &quot;1 source&quot;).</extracomment>
        <translation>所示數字背後的 %1，逐一列出發布者、日期與網址</translation>
    </message>
    <message>
        <source>The status quo is %1. Revenue foregone against it, all quarters together: %2. EBITA gained: %3. Revenue is lowest in quarter %4 (%5); it is back at the status quo in %6. Of %7 draws varying %8, %9 end with revenue at or above the base quarter&apos;s.</source>
        <translation>現狀路徑為%1。相對現狀累計放棄的營收：%2。增加的 EBITA：%3。營收在第 %4 季（%5）最低；在%6回到現狀。在變動%8的 %7 次抽樣中，%9 的期末營收不低於基準季。</translation>
    </message>
</context>
<context>
    <name>RowMapper</name>
    <message>
        <source>not a date range (YYYY-MM-DD, start before end, years %1–%2)</source>
        <translation>不是有效的日期範圍（YYYY-MM-DD，開始早於結束，年份 %1–%2）</translation>
    </message>
    <message>
        <source>no period (map a period column, or give a default period)</source>
        <translation>缺少期間（請對應一個期間欄，或提供預設期間）</translation>
    </message>
    <message>
        <source>the dates are days, and a day is not a period MixShift stores: choose a period length of month, quarter or year (--period-length); the values of each period are then combined (--aggregate)</source>
        <translation>日期為逐日日期，而 MixShift 不儲存以日為單位的期間：請選擇月、季度或年作為期間長度（--period-length）；隨後每個期間內的數值會合併（--aggregate）</translation>
    </message>
    <message>
        <source>not a period (e.g. 2023Q3, Q3 2023, FY2024 Q2, 2024財年第二財季, 2023年第三季度, 2023-09-30, 2023; years %1–%2)</source>
        <translation>不是有效的期間（例如 2023Q3、Q3 2023、FY2024 Q2、2024財年第二財季、2023年第三季度、2023-09-30、2023；年份 %1–%2）</translation>
    </message>
    <message>
        <source>%1: kept &apos;%2&apos;, left out &apos;%3&apos; (line %4)</source>
        <translation>%1：保留「%2」，略過「%3」（第 %4 行）</translation>
    </message>
    <message>
        <source>no value column is mapped</source>
        <translation>未對應任何數值欄</translation>
    </message>
    <message>
        <source>no provider (map a provider column, or give a default provider)</source>
        <translation>缺少供應商（請對應一個供應商欄，或提供預設供應商）</translation>
    </message>
    <message>
        <source>%1; choose a rule for ranges (midpoint, low or high)</source>
        <translation>%1；請選擇範圍值的處理規則（中點、下限或上限）</translation>
    </message>
    <message>
        <source>no metric (map a metric column, or give a default metric)</source>
        <translation>缺少指標（請對應一個指標欄，或提供預設指標）</translation>
    </message>
    <message>
        <source>not a unit (two scales or currencies)</source>
        <translation>不是有效的單位（含兩個量級或兩種幣別）</translation>
    </message>
    <message>
        <source>the cell&apos;s unit disagrees with the unit &apos;%1&apos;</source>
        <translation>儲存格的單位與單位「%1」不一致</translation>
    </message>
    <message>
        <source>the unit says %1</source>
        <translation>單位中的幣別為 %1</translation>
    </message>
    <message>
        <source>%1 is a percentage: give the unit % (in the cell, a unit column, the header as in &apos;Share (%)&apos;, or a default unit)</source>
        <translation>%1 是百分比：請指定單位 %（可寫在儲存格、單位欄或標題列中，如「Share (%)」，也可設為預設單位）</translation>
    </message>
    <message>
        <source>%1 is not a percentage, but the value is</source>
        <translation>%1 不是百分比，但該數值是百分比</translation>
    </message>
    <message>
        <source>%1 is money but no currency is given (a currency column, a unit such as 億元 or bn USD, or a default currency)</source>
        <translation>%1 是金額，但未指定幣別（請使用幣別欄、億元 或 bn USD 之類的單位，或預設幣別）</translation>
    </message>
    <message>
        <source>status must be current or revision</source>
        <translation>狀態（status）必須為 current 或 revision</translation>
    </message>
</context>
<context>
    <name>SampleDataset</name>
    <message>
        <source>not a month number 1-12</source>
        <translation>不是 1-12 之間的月份數字</translation>
    </message>
    <message>
        <source>no such metric in metrics.csv</source>
        <translation>metrics.csv 中沒有此指標</translation>
    </message>
    <message>
        <source>no such market in markets.csv</source>
        <translation>markets.csv 中沒有此市場</translation>
    </message>
    <message>
        <source>every source needs a title</source>
        <translation>每個來源都需要標題</translation>
    </message>
    <message>
        <source>no such source in sources.csv</source>
        <translation>sources.csv 中沒有此來源</translation>
    </message>
    <message>
        <source>no such provider in providers.csv</source>
        <translation>providers.csv 中沒有此供應商</translation>
    </message>
    <message>
        <source>not a period (2022, 2023Q3, FY2024Q2, FY2022 or 2023-07)</source>
        <translation>不是有效的期間（2022、2023Q3、FY2024Q2、FY2022 或 2023-07）</translation>
    </message>
    <message>
        <source>not a plain number</source>
        <translation>不是單純的數字</translation>
    </message>
    <message>
        <source>not a unit (it names two scales or two currencies)</source>
        <translation>不是有效的單位（包含兩個數量級或兩種貨幣）</translation>
    </message>
    <message>
        <source>the unit says %1</source>
        <translation>單位標示為 %1</translation>
    </message>
    <message>
        <source>a money figure needs a currency</source>
        <translation>金額數值需要指定幣別</translation>
    </message>
    <message>
        <source>the metric is %1</source>
        <translation>該指標為 %1</translation>
    </message>
    <message>
        <source>expected one of ≈ &gt; ≥ &lt; ≤ or nothing</source>
        <translation>應為 ≈ &gt; ≥ &lt; ≤ 其中之一，或留空</translation>
    </message>
    <message>
        <source>not a period</source>
        <translation>不是有效的期間</translation>
    </message>
    <message>
        <source>not a positive number</source>
        <translation>不是正數</translation>
    </message>
    <message>
        <source>not line, bars, stacked-area, stacked-100 or bar-line</source>
        <translation>不是 line、bars、stacked-area、stacked-100 或 bar-line</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not LEVER=NUMBER</source>
        <translation>「%1」不符合 LEVER=NUMBER 格式</translation>
    </message>
</context>
<context>
    <name>ScenarioCommand</name>
    <message>
        <source>sensitivity of %1 (base %2):</source>
        <translation>%1 的敏感度（基準 %2）：</translation>
    </message>
    <message>
        <source>run a saved mix scenario (mixshift scenario list shows them)</source>
        <translation>執行已儲存的 mix 情境（可用 mixshift scenario list 查看）</translation>
    </message>
    <message>
        <source>mix: project-based revenue winding down into public cloud, quarter by quarter; share: a market&apos;s shares year by year; penetration: public cloud&apos;s share of a country&apos;s compute</source>
        <translation>mix: 專案型營收逐季縮減並移轉至公有雲；share: 某一市場逐年的市占率；penetration: 公有雲在一國運算市場中的占比</translation>
    </message>
    <message>
        <source>mix: the provider, whose latest quarter with revenue is quarter 0 (default %1)</source>
        <translation>mix: 供應商，以其最近一個有營收的季度為第 0 季（預設 %1）</translation>
    </message>
    <message>
        <source>a lever or setting, once for each (fractions as decimals: 0.3 = 30%); mix: %1; share: market_growth, years; penetration: start_share, target_share, compute_market (these three needed), compute_growth, years, start_year</source>
        <translation>一個槓桿或設定，每項指定一次（比例以小數表示：0.3 = 30%）；mix: %1；share: market_growth, years；penetration: start_share, target_share, compute_market（此三項必填）, compute_growth, years, start_year</translation>
    </message>
    <message>
        <source>mix: targets to meet by solving for the --solve levers: revenue_growth@Q, ebita_growth@Q, margin@Q, revenue@Q, ebita@Q (Q a quarter within the horizon)</source>
        <translation>mix: 藉由求解 --solve 所列槓桿來達成的目標：revenue_growth@Q, ebita_growth@Q, margin@Q, revenue@Q, ebita@Q（Q 為期限內的某一季）</translation>
    </message>
    <message>
        <source>mix: the levers --calibrate solves for</source>
        <translation>mix: --calibrate 要求解的槓桿</translation>
    </message>
    <message>
        <source>mix: P5…P95 bands from N random draws, 1 to %1</source>
        <translation>mix: 以 N 次隨機抽樣求得 P5…P95 區間，N 為 1 至 %1</translation>
    </message>
    <message>
        <source>with --monte-carlo: the random seed, 0 to %1</source>
        <translation>搭配 --monte-carlo：亂數種子，0 至 %1</translation>
    </message>
    <message>
        <source>mix: rank the levers by how far each swings this output across its bounds</source>
        <translation>mix: 依各槓桿在其上下限之間對此輸出的影響幅度排序</translation>
    </message>
    <message>
        <source>mix: keep the levers in the project under this name (the one option that writes to the project)</source>
        <translation>mix: 以此名稱將槓桿儲存至專案（唯一會寫入專案的選項）</translation>
    </message>
    <message>
        <source>with --save: notes kept with the scenario</source>
        <translation>搭配 --save：隨情境儲存的備註</translation>
    </message>
    <message>
        <source>share: the market&apos;s key (default: Gartner worldwide IaaS)</source>
        <translation>share: 市場識別碼（預設：Gartner 全球 IaaS）</translation>
    </message>
    <message>
        <source>share: the base year (default 2022)</source>
        <translation>share: 基準年（預設 2022）</translation>
    </message>
    <message>
        <source>share: the source key of the base-year shares, or current for each period&apos;s current values (default: the article)</source>
        <translation>share: 基準年市占率的來源識別碼，或以 current 表示各期的現行值（預設：文章中的資料）</translation>
    </message>
    <message>
        <source>share: a provider&apos;s own yearly revenue growth instead of the market&apos;s, once for each (above -1)</source>
        <translation>share: 某供應商自身的年營收成長率，取代市場成長率；每個供應商指定一次（須大於 -1）</translation>
    </message>
    <message>
        <source>share: move POINTS of share (0.02 = 2 points) from one provider to another in YEAR, once for each</source>
        <translation>share: 在 YEAR 年將 POINTS 個百分點的市占率從一家供應商移轉給另一家（0.02 = 2 個百分點）；每次移轉指定一次</translation>
    </message>
    <message>
        <source>mix: draw the paths (against the status quo), the revenue bridge, the tornado (of --tornado, default ebita) or the Monte Carlo fan (with --monte-carlo); share: the shares year by year; into --out</source>
        <translation>mix: 繪製路徑（paths，與現狀對照）、營收橋接圖（bridge）、龍捲風圖（tornado，即 --tornado 指定的輸出，預設 ebita）或蒙地卡羅扇形圖（fan，需搭配 --monte-carlo）；share: 逐年市占率（shares）；輸出至 --out</translation>
    </message>
    <message>
        <source>with --plot: the file to write, .png, .pdf, .svg or .csv (the values drawn)</source>
        <translation>搭配 --plot：要寫入的檔案，.png、.pdf、.svg 或 .csv（繪製的數值）</translation>
    </message>
    <message>
        <source>scenario: --plot PLOT and --out FILE go together</source>
        <translation>scenario: --plot PLOT 與 --out FILE 須一併使用</translation>
    </message>
    <message>
        <source>scenario: the penetration model has no --plot (its --csv has the path)</source>
        <translation>scenario: 滲透率模型不支援 --plot（其路徑請見 --csv 輸出）</translation>
    </message>
    <message>
        <source>scenario: the share model plots --plot shares</source>
        <translation>scenario: 市占模型僅能繪製 --plot shares</translation>
    </message>
    <message>
        <source>scenario: --plot shares is the share model&apos;s (--model share)</source>
        <translation>scenario: --plot shares 僅適用於市占模型（--model share）</translation>
    </message>
    <message>
        <source>scenario: no saved scenario &apos;%1&apos; (saved: %2)</source>
        <translation>scenario: 沒有名為「%1」的已儲存情境（已儲存：%2）</translation>
    </message>
    <message>
        <source>scenario run: give --name SAVED or --model mix|share|penetration</source>
        <translation>scenario run: 請指定 --name SAVED 或 --model mix|share|penetration</translation>
    </message>
    <message>
        <source>scenario: --vary and --seed go with --monte-carlo N (the number of draws)</source>
        <translation>scenario: --vary 與 --seed 須搭配 --monte-carlo N（抽樣次數）使用</translation>
    </message>
    <message>
        <source>scenario: --plot fan draws the bands of --monte-carlo N; give it</source>
        <translation>scenario: --plot fan 繪製的是 --monte-carlo N 的區間，請指定 --monte-carlo N</translation>
    </message>
    <message>
        <source>calibration: %1</source>
        <translation>校準：%1</translation>
    </message>
    <message>
        <source>solved %1</source>
        <translation>已求解 %1</translation>
    </message>
    <message>
        <source>residual %1 = %2</source>
        <translation>殘差 %1 = %2</translation>
    </message>
    <message>
        <source>revenue %1, EBITA %2</source>
        <translation>營收 %1，EBITA %2</translation>
    </message>
    <message>
        <source>revenue %1</source>
        <translation>營收 %1</translation>
    </message>
    <message>
        <source>provider: %1</source>
        <translation>供應商：%1</translation>
    </message>
    <message>
        <source>base quarter: %1</source>
        <translation>基準季度：%1</translation>
    </message>
    <message>
        <source>Q0, figures set here (%1), not the project&apos;s %2 (%3); quarters are counted from it</source>
        <translation>Q0，採用此處設定的數字（%1），而非專案中的 %2（%3）；季度由此起算</translation>
    </message>
    <message>
        <source>public-cloud margin: %1 (implied by the base quarter)</source>
        <translation>公有雲利潤率：%1（由基準季度推算）</translation>
    </message>
    <message>
        <source>public-cloud margin: %1 (lever)</source>
        <translation>公有雲利潤率：%1（槓桿）</translation>
    </message>
    <message>
        <source>unit: %1</source>
        <translation>單位：%1</translation>
    </message>
    <message>
        <source>revenue foregone vs status quo (cumulative): %1</source>
        <translation>相較現狀放棄的營收（累計）：%1</translation>
    </message>
    <message>
        <source>EBITA gained vs status quo (cumulative): %1</source>
        <translation>相較現狀增加的 EBITA（累計）：%1</translation>
    </message>
    <message>
        <source>trough quarter: %1 (%2)</source>
        <translation>谷底季度：%1（%2）</translation>
    </message>
    <message>
        <source>recovery to status quo: %1</source>
        <translation>回復至現狀水準：%1</translation>
    </message>
    <message>
        <source>quarter %1 (%2)</source>
        <translation>第 %1 季（%2）</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>不在期限內</translation>
    </message>
    <message>
        <source>bridge: %1 − wind-down %2 + conversion %3 + organic %4 + AI %5 = %6</source>
        <translation>營收橋接：%1 − 縮減 %2 + 轉換 %3 + 自然成長 %4 + AI %5 = %6</translation>
    </message>
    <message>
        <source>draws: %1</source>
        <translation>抽樣次數：%1</translation>
    </message>
    <message>
        <source>P(revenue at H &gt;= base): %1</source>
        <translation>P(期限末營收 &gt;= 基準)：%1</translation>
    </message>
    <message>
        <source>saved as: %1</source>
        <translation>已儲存為：%1</translation>
    </message>
    <message>
        <source>the results as CSV: the quarters (with the P5…P95 bands of --monte-carlo) or the years; a name ending in .xlsx writes a workbook</source>
        <translation>結果寫成 CSV：各季（含 --monte-carlo 的 P5…P95 區間）或各年度；檔名以 .xlsx 結尾時寫成活頁簿</translation>
    </message>
    <message>
        <source>scenario: use &apos;scenario run&apos;, &apos;scenario list&apos;, &apos;scenario grid&apos; or &apos;scenario goal&apos;</source>
        <translation>scenario：請使用 &apos;scenario run&apos;、&apos;scenario list&apos;、&apos;scenario grid&apos; 或 &apos;scenario goal&apos;</translation>
    </message>
    <message>
        <source>mix: what the path is measured against: path (the model without wind-down, the default) or forecast (an ETS forecast of the provider&apos;s revenue, the model chosen by AICc)</source>
        <translation>mix：路徑的比較基準：path（不縮減專案的模型路徑，預設）或 forecast（對服務商營收的 ETS 預測，模型依 AICc 選擇）</translation>
    </message>
    <message>
        <source>with --monte-carlo: how a lever varies, once for each: uniform(low,high), triangular(low,mode,high), normal(mean,sd) or lognormal(mu,sigma) (default: %1)</source>
        <translation>與 --monte-carlo 一起：槓桿如何變動，每個一次：uniform(low,high)、triangular(low,mode,high)、normal(mean,sd) 或 lognormal(mu,sigma)（預設：%1）</translation>
    </message>
    <message>
        <source>status quo: %1</source>
        <translation>現狀路徑：%1</translation>
    </message>
</context>
<context>
    <name>ScenarioPlots</name>
    <message>
        <source>%1 — %2, from %3</source>
        <translation>%1 — %2，自 %3 起</translation>
    </message>
    <message>
        <source>Source: MixShift&apos;s mix model, from %1&apos;s figures for %2 in the project</source>
        <translation>來源：MixShift 組合模型，依據專案中 %1 在 %2 的數值</translation>
    </message>
    <message>
        <source>revenue and EBITA against the status quo</source>
        <translation>營收與 EBITA 相較現狀</translation>
    </message>
    <message>
        <source>%1 P5–P95</source>
        <extracomment>The P5–P95 band of a projection (%1: Revenue or EBITA), in the legend.</extracomment>
        <translation>%1 P5–P95</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>EBITA</source>
        <translation>EBITA</translation>
    </message>
    <message>
        <source>Revenue, projected</source>
        <translation>營收（預測值）</translation>
    </message>
    <message>
        <source>EBITA, projected</source>
        <translation>EBITA（預測值）</translation>
    </message>
    <message>
        <source>Base figures given</source>
        <translation>給定的基期數值</translation>
    </message>
    <message>
        <source>Stated, %1</source>
        <translation>列報值，%1</translation>
    </message>
    <message>
        <source>revenue bridge over %1 quarters</source>
        <translation>%1 季的營收變動拆解</translation>
    </message>
    <message>
        <source>Revenue at 0</source>
        <translation>第 0 季營收</translation>
    </message>
    <message>
        <source>Wind-down</source>
        <translation>縮減</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>轉換</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation>自然成長</translation>
    </message>
    <message>
        <source>AI uplift</source>
        <translation>AI 加成</translation>
    </message>
    <message>
        <source>Revenue at H</source>
        <translation>第 H 季營收</translation>
    </message>
    <message>
        <source>revenue&apos;s Monte Carlo fan</source>
        <translation>營收的蒙地卡羅扇形圖</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>營收（%1）</translation>
    </message>
    <message>
        <source>Share of %1 (%)</source>
        <translation>%1 市占率（%）</translation>
    </message>
    <message>
        <source>Projected shares of %1, %2–%3</source>
        <translation>%1 市占率預測，%2–%3</translation>
    </message>
    <message>
        <source>Source: MixShift&apos;s share model, from the %1 shares of %2 in the project</source>
        <translation>來源：MixShift 市占模型，依據專案中 %2 的 %1 年市占率</translation>
    </message>
    <message>
        <source>status quo</source>
        <translation>現狀</translation>
    </message>
    <message>
        <source>status quo, %1</source>
        <translation>現狀，%1</translation>
    </message>
    <message>
        <source>Revenue, %1</source>
        <extracomment>A line of the paths chart: %1 is &quot;status quo&quot; or &quot;status quo, ETS(M,A,N)&quot;.</extracomment>
        <translation>營收，%1</translation>
    </message>
    <message>
        <source>EBITA, %1</source>
        <translation>EBITA，%1</translation>
    </message>
</context>
<context>
    <name>ScenarioStore</name>
    <message>
        <source>a scenario needs a name</source>
        <translation>情境需要一個名稱</translation>
    </message>
    <message>
        <source>there is already a scenario called &apos;%1&apos;; choose another name</source>
        <translation>已有名為「%1」的情境；請另選一個名稱</translation>
    </message>
    <message>
        <source>no provider or alias &apos;%1&apos;</source>
        <translation>沒有名為「%1」的供應商或別名</translation>
    </message>
    <message>
        <source>%1 has no quarterly revenue in %2 to start a scenario from</source>
        <translation>%1 沒有以 %2 計價的季度營收，無法據以建立情境</translation>
    </message>
</context>
<context>
    <name>ScenarioTools</name>
    <message>
        <source>start from a saved mix scenario</source>
        <translation>從已儲存的營收結構情境開始</translation>
    </message>
    <message>
        <source>the model: mix</source>
        <translation>模型：mix</translation>
    </message>
    <message>
        <source>the provider (default %1)</source>
        <translation>廠商（預設 %1）</translation>
    </message>
    <message>
        <source>a lever held at a value, once for each</source>
        <translation>固定為某個值的槓桿，每個槓桿各寫一次</translation>
    </message>
    <message>
        <source>ebita or margin at the horizon, revenue over it, or the recovery quarter</source>
        <translation>期末的 ebita 或 margin、整個期間的 revenue，或 recovery 恢復季度</translation>
    </message>
    <message>
        <source>%1: give --output ebita|revenue|margin|recovery</source>
        <translation>%1：請指定 --output ebita|revenue|margin|recovery</translation>
    </message>
    <message>
        <source>scenario grid: give --%1 LEVER=FROM:TO:STEPS</source>
        <translation>scenario grid：請指定 --%1 LEVER=FROM:TO:STEPS</translation>
    </message>
    <message>
        <source>scenario grid: --%1 takes LEVER=FROM:TO:STEPS, not &apos;%2&apos;</source>
        <translation>scenario grid：--%1 的格式是 LEVER=FROM:TO:STEPS，而不是「%2」</translation>
    </message>
    <message>
        <source>the lever across, from a value to a value in steps</source>
        <translation>橫向的槓桿：從一個值到另一個值，分若干步</translation>
    </message>
    <message>
        <source>the lever down, likewise</source>
        <translation>縱向的槓桿，格式同上</translation>
    </message>
    <message>
        <source>every cell as a row: the two levers and the output (a name ending in .xlsx writes a workbook)</source>
        <translation>每個格子一列：兩個槓桿與輸出（檔名以 .xlsx 結尾時寫成活頁簿）</translation>
    </message>
    <message>
        <source>%1 by %2 (across) and %3 (down), %4 quarters:</source>
        <translation>%1，依 %2（橫向）與 %3（縱向），%4 季：</translation>
    </message>
    <message>
        <source>money in %1</source>
        <translation>金額單位：%1</translation>
    </message>
    <message>
        <source>the lever to solve for</source>
        <translation>要求解的槓桿</translation>
    </message>
    <message>
        <source>the output&apos;s value to reach (fractions as decimals: 0.1 = 10%; money in base units)</source>
        <translation>輸出要達到的值（比例寫成小數：0.1 = 10%；金額用基本單位）</translation>
    </message>
    <message>
        <source>search the lever from this value (default: its low bound)</source>
        <translation>從此值開始搜尋槓桿（預設：其下限）</translation>
    </message>
    <message>
        <source>search the lever up to this value (default: its high bound)</source>
        <translation>搜尋槓桿直到此值（預設：其上限）</translation>
    </message>
    <message>
        <source>not reachable within %1 %2 … %3: %4 goes from %5 to %6 there, the target is %7</source>
        <translation>在 %1 %2 … %3 範圍內無法達到：%4 在此範圍內從 %5 變到 %6，目標為 %7</translation>
    </message>
    <message>
        <source>%1 = %2 brings %3 to %4 (%5 quarters)</source>
        <translation>%1 = %2 可使 %3 達到 %4（%5 季）</translation>
    </message>
    <message>
        <source>value: %1</source>
        <translation>取值：%1</translation>
    </message>
    <message>
        <source>scenario goal: give --lever LEVER and --target VALUE</source>
        <translation>scenario goal：請指定 --lever LEVER 和 --target VALUE</translation>
    </message>
</context>
<context>
    <name>SeriesForecast</name>
    <message>
        <source>%1 has no values to forecast from</source>
        <translation>%1 沒有可用於預測的值</translation>
    </message>
    <message>
        <source>the horizon must be 1 to %1 periods, not %2</source>
        <translation>預測期數須為 1 到 %1 期，而不是 %2</translation>
    </message>
    <message>
        <source>%1 mixes periods of %2 and %3 months; a forecast needs one length</source>
        <translation>%1 混合了 %2 個月和 %3 個月的期間；預測需要統一的期間長度</translation>
    </message>
    <message>
        <source>%1: the period starting %2 is off the %3-month steps</source>
        <translation>%1：始於 %2 的期間不在 %3 個月的間隔上</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the series, %2 why it cannot be forecast</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SeriesResolver</name>
    <message>
        <source>YoY growth</source>
        <translation>年增率</translation>
    </message>
    <message>
        <source>QoQ growth</source>
        <translation>季增率</translation>
    </message>
    <message>
        <source>trailing twelve months</source>
        <translation>近十二個月</translation>
    </message>
    <message>
        <source>index (first period = 100)</source>
        <translation>指數（首期 = 100）</translation>
    </message>
    <message>
        <source>margin on revenue</source>
        <translation>利潤率（相對營收）</translation>
    </message>
    <message>
        <source>share of the market total</source>
        <translation>市占率（佔市場總量）</translation>
    </message>
    <message>
        <source>in USD</source>
        <translation>換算為美元</translation>
    </message>
    <message>
        <source>earlier levels implied by stated growth</source>
        <translation>由列報成長率推算的前期水準</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 a derivation (&quot;YoY growth&quot;), %2 the series it is derived from</extracomment>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>%1, YoY growth</source>
        <translation>%1，年增率</translation>
    </message>
    <message>
        <source>%1, QoQ growth</source>
        <translation>%1，季增率</translation>
    </message>
    <message>
        <source>%1: a trailing twelve-month sum needs a flow such as revenue</source>
        <translation>%1：近十二個月合計僅適用於流量指標（如營收）</translation>
    </message>
    <message>
        <source>%1 (TTM)</source>
        <translation>%1 (TTM)</translation>
    </message>
    <message>
        <source>%1 index</source>
        <translation>%1指數</translation>
    </message>
    <message>
        <source>%1: no revenue series of %2 in the same currency and scope to divide by</source>
        <translation>%1：%2 沒有幣別與範圍相同的營收序列可作為除數</translation>
    </message>
    <message>
        <source>%1 margin</source>
        <translation>%1利潤率</translation>
    </message>
    <message>
        <source>%1: no market total of %2 in the same market to divide by</source>
        <translation>%1：同一市場中沒有 %2 的市場總量可作為除數</translation>
    </message>
    <message>
        <source>%1 share</source>
        <translation>%1市占率</translation>
    </message>
    <message>
        <source>%1: only money converts to USD</source>
        <translation>%1：只有金額可以換算為美元</translation>
    </message>
    <message>
        <source>YoY</source>
        <extracomment>year on year, in &quot;derived: … ÷ (1 + 2.00% YoY)&quot;</extracomment>
        <translation>年增</translation>
    </message>
    <message>
        <source>QoQ</source>
        <extracomment>quarter on quarter, in &quot;derived: … ÷ (1 + 2.00% QoQ)&quot;</extracomment>
        <translation>季增</translation>
    </message>
    <message>
        <source>derived: %1 in %2 ÷ (1 %3 %4 %5)</source>
        <extracomment>A derived point&apos;s source: level in period ÷ (1 sign rate YoY/QoQ)</extracomment>
        <translation>推算：%2 的 %1 ÷ (1 %3 %5 %4)</translation>
    </message>
    <message>
        <source>%1: no stated growth of %2 (%3_growth_yoy or %3_growth_qoq) for a period it has</source>
        <translation>%1：%2 現有的期間皆無列報的成長率（%3_growth_yoy 或 %3_growth_qoq）</translation>
    </message>
    <message>
        <source>%1 implied by stated growth</source>
        <translation>由列報成長率推算的%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: no provider or alias &apos;%2&apos;</source>
        <translation>「%1」：沒有名為「%2」的供應商或別名</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: no metric or alias &apos;%2&apos;</source>
        <translation>「%1」：沒有名為「%2」的指標或別名</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has no %3 series</source>
        <translation>「%1」：%2 沒有 %3 序列</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has no %3 series there (it has: %4)</source>
        <translation>「%1」：%2 在此範圍內沒有 %3 序列（現有：%4）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has no values from a source &apos;%3&apos;</source>
        <translation>「%1」：%2 沒有來自來源「%3」的數值</translation>
    </message>
    <message>
        <source>ETS forecast</source>
        <translation>ETS 預測</translation>
    </message>
</context>
<context>
    <name>SeriesSpec</name>
    <message>
        <source>&apos;%1&apos;: a quote is not closed (a quote inside a name is written twice: &quot;&quot;)</source>
        <translation>「%1」：引號未閉合（名稱中的引號需寫兩次：&quot;&quot;）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: text after the quoted name &quot;%2&quot;; put all of the name in the quotes</source>
        <translation>「%1」：加引號的名稱 &quot;%2&quot; 後面還有文字；請將整個名稱放在引號內</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER/METRIC[:DERIVATION]</source>
        <translation>「%1」不符合 PROVIDER/METRIC[:DERIVATION] 格式</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a name with &apos;/&apos; goes in double quotes, e.g. &quot;A/B Cloud&quot;/revenue</source>
        <translation>「%1」：含 &apos;/&apos; 的名稱須放在雙引號內，例如 &quot;A/B Cloud&quot;/revenue</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is given twice</source>
        <translation>「%1」：「%2」指定了兩次</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown derivation &apos;%2&apos; (yoy qoq ttm index margin share usd implied forecast(H))</source>
        <translation>「%1」：未知的衍生「%2」（yoy qoq ttm index margin share usd implied forecast(H)）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a forecast reaches 1 to %2 periods ahead, not %3</source>
        <translation>「%1」：預測可向前 1 到 %2 期，而不是 %3</translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <source>SHA-256 is not available (OpenSSL)</source>
        <translation>無法使用 SHA-256（OpenSSL）</translation>
    </message>
</context>
<context>
    <name>ShareModel</name>
    <message>
        <source>%1 must be a growth rate above -1 (-100%) and at most %2, not %3</source>
        <translation>%1必須大於 -1（-100%）且不超過 %2，而非 %3</translation>
    </message>
    <message>
        <source>the base year must be from %1 to %2, not %3</source>
        <translation>基準年必須介於 %1 到 %2 之間，而非 %3</translation>
    </message>
    <message>
        <source>years must be a whole number from 0 to %1, not %2</source>
        <translation>年數必須是 0 到 %1 之間的整數，而非 %2</translation>
    </message>
    <message>
        <source>market growth</source>
        <translation>市場成長率</translation>
    </message>
    <message>
        <source>the growth of %1</source>
        <translation>%1 的成長率</translation>
    </message>
    <message>
        <source>the share of %1 must be from 0 to 1, not %2</source>
        <translation>%1 的市占率必須介於 0 到 1 之間，而非 %2</translation>
    </message>
    <message>
        <source>transfer in %1: points are a fraction from 0 to 1 (0.02 = 2 points), not %2</source>
        <translation>%1 年的移轉：點數必須是 0 到 1 之間的小數（0.02 = 2 個百分點），而非 %2</translation>
    </message>
    <message>
        <source>transfer in %1: the year must be after the base year %2 and at most %3</source>
        <translation>%1 年的移轉：年份必須晚於基準年 %2，且不晚於 %3</translation>
    </message>
    <message>
        <source>the base shares must add up to 100% (they add up to %1%)</source>
        <translation>基準市占率合計必須為 100%（目前合計為 %1%）</translation>
    </message>
    <message>
        <source>transfer in %1: no provider &apos;%2&apos; in the market</source>
        <translation>%1 年的移轉：市場中沒有供應商「%2」</translation>
    </message>
    <message>
        <source>no market shares of %1 in %2</source>
        <translation>%2 年沒有 %1 的市占率資料</translation>
    </message>
    <message>
        <source>no market shares of %1 in %2 from &apos;%3&apos;</source>
        <translation>%2 年沒有來自「%3」的 %1 市占率資料</translation>
    </message>
    <message>
        <source>the penetration path takes 1 to %1 years, not %2</source>
        <translation>滲透路徑必須為 1 到 %1 年，而非 %2</translation>
    </message>
    <message>
        <source>the start year must be from %1 to %2, not %3</source>
        <translation>起始年份必須介於 %1 到 %2 之間，而非 %3</translation>
    </message>
    <message>
        <source>%1 is a share from 0 to 1, not %2</source>
        <translation>%1 必須是 0 到 1 之間的占比，而非 %2</translation>
    </message>
    <message>
        <source>compute_market must be a size of 0 or more, not %1</source>
        <translation>compute_market 必須是大於或等於 0 的規模，而非 %1</translation>
    </message>
    <message>
        <source>compute_growth must be a growth rate above -1 (-100%) and at most %1, not %2</source>
        <translation>compute_growth 必須是大於 -1（-100%）且不超過 %1 的成長率，而非 %2</translation>
    </message>
</context>
<context>
    <name>ShareScenario</name>
    <message>
        <source>scenario: unknown setting &apos;%1&apos; (settings: %2)</source>
        <translation>scenario: 未知的設定「%1」（可用設定：%2）</translation>
    </message>
    <message>
        <source>scenario: %1 must be a whole number from %2 to %3, not %4</source>
        <translation>scenario: %1 必須是 %2 到 %3 之間的整數，而非 %4</translation>
    </message>
    <message>
        <source>scenario: --transfer takes YEAR,FROM,TO,POINTS (points as a fraction: 0.02 = 2 points), not &apos;%1&apos;</source>
        <translation>scenario: --transfer 的格式為 YEAR,FROM,TO,POINTS（點數以小數表示：0.02 = 2 個百分點），而非「%1」</translation>
    </message>
    <message>
        <source>scenario: the transfer year</source>
        <translation>scenario: 移轉年份</translation>
    </message>
    <message>
        <source>scenario: transfer points</source>
        <translation>scenario: 移轉點數</translation>
    </message>
    <message>
        <source>scenario: --growth: no provider &apos;%1&apos; in %2 %3</source>
        <translation>scenario: --growth: %2 %3 中沒有供應商「%1」</translation>
    </message>
    <message>
        <source>scenario: the growth of %1</source>
        <translation>scenario: %1 的成長率</translation>
    </message>
    <message>
        <source>market: %1, base year %2 (%3)</source>
        <translation>市場: %1，基準年 %2（%3）</translation>
    </message>
    <message>
        <source>current values</source>
        <translation>目前數值</translation>
    </message>
    <message>
        <source>market growth: %1 a year</source>
        <translation>市場成長: 每年 %1</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>market ×</source>
        <extracomment>A column of the shares&apos; table: the market&apos;s size as a multiple of the base year&apos;s.</extracomment>
        <translation>市場規模 ×</translation>
    </message>
    <message>
        <source>rank in %1 (change since %2):</source>
        <translation>%1 年排名（相較 %2 年的變化）：</translation>
    </message>
    <message>
        <source>scenario: the penetration model needs --set %1=VALUE</source>
        <translation>scenario: 滲透率模型需要 --set %1=VALUE</translation>
    </message>
    <message>
        <source>public share</source>
        <translation>公有雲占比</translation>
    </message>
    <message>
        <source>compute market</source>
        <translation>運算市場</translation>
    </message>
    <message>
        <source>public-cloud market</source>
        <translation>公有雲市場</translation>
    </message>
    <message>
        <source>markets are in the unit of compute_market</source>
        <translation>市場規模的單位與 compute_market 相同</translation>
    </message>
</context>
<context>
    <name>SqliteFailure</name>
    <message>
        <source>another program is writing to this project; try again when it has finished (the project is unchanged)</source>
        <translation>另一個程式正在寫入此專案；請待其完成後再試一次（專案未變更）</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again (the project is unchanged)</source>
        <translation>磁碟已滿；請釋放部分空間後再試一次（專案未變更）</translation>
    </message>
    <message>
        <source>is open read-only (a read-only file, folder or medium); nothing was changed</source>
        <translation>以唯讀方式開啟（檔案、資料夾或儲存媒體為唯讀）；未做任何變更</translation>
    </message>
    <message>
        <source>is damaged or not a MixShift project; restore it from a backup</source>
        <translation>已損毀或不是 MixShift 專案；請從備份還原</translation>
    </message>
    <message>
        <source>cannot be opened; check that it exists and that you may read it and its folder</source>
        <translation>無法開啟；請確認它是否存在，以及您是否有權讀取它及其所在資料夾</translation>
    </message>
    <message>
        <source>cannot be accessed: permission denied</source>
        <translation>無法存取：權限遭拒</translation>
    </message>
    <message>
        <source>not enough memory to finish; nothing was changed</source>
        <translation>記憶體不足，無法完成；未做任何變更</translation>
    </message>
    <message>
        <source>could not be read or written (a disk error, a full disk or a file-size limit); the project is unchanged</source>
        <translation>無法讀取或寫入（磁碟錯誤、磁碟已滿或超出檔案大小限制）；專案未變更</translation>
    </message>
    <message>
        <source>the change conflicts with what the project already holds; nothing was changed</source>
        <translation>此變更與專案中既有的內容衝突；未做任何變更</translation>
    </message>
    <message>
        <source>could not be read or written; nothing was changed (run with --verbose for details)</source>
        <translation>無法讀取或寫入；未做任何變更（加上 --verbose 執行可查看詳細資訊）</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>此專案</translation>
    </message>
</context>
<context>
    <name>StatusQuoForecast</name>
    <message>
        <source>%1&apos;s quarterly revenue to %2</source>
        <translation>%1 截至 %2 的季營收</translation>
    </message>
    <message>
        <source>%1: the base quarter&apos;s revenue is not positive</source>
        <translation>%1：基準季營收不是正數</translation>
    </message>
    <message>
        <source>%1 quarters to %2, %3 missing</source>
        <translation>截至 %2 的 %1 個季度，缺 %3 個</translation>
    </message>
    <message>
        <source>%1 quarters to %2</source>
        <translation>截至 %2 的 %1 個季度</translation>
    </message>
    <message>
        <source>the path without wind-down</source>
        <translation>不縮減專案的路徑</translation>
    </message>
    <message>
        <source>%1 forecast of revenue (%2)</source>
        <translation>營收的 %1 預測（%2）</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>the workbook could not be started</source>
        <translation>無法建立活頁簿</translation>
    </message>
    <message>
        <source>%1 rows are more than a worksheet holds (1,048,576); export CSV instead</source>
        <translation>%1 列超出一個工作表的容量（1,048,576）；請改為匯出 CSV</translation>
    </message>
    <message>
        <source>the sheet &apos;%1&apos; could not be added</source>
        <translation>無法新增工作表「%1」</translation>
    </message>
    <message>
        <source>the workbook could not be written: %1</source>
        <translation>無法寫入活頁簿：%1</translation>
    </message>
    <message>
        <source>a cell could not be written: %1</source>
        <translation>無法寫入儲存格：%1</translation>
    </message>
    <message>
        <source>no temporary folder for the workbook: %1</source>
        <translation>沒有可供活頁簿使用的暫存資料夾：%1</translation>
    </message>
    <message>
        <source>the workbook could not be read back: %1</source>
        <translation>無法讀回活頁簿：%1</translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <source>lever at its low bound</source>
        <translation>槓桿取下限</translation>
    </message>
    <message>
        <source>lever at its high bound</source>
        <translation>槓桿取上限</translation>
    </message>
</context>
<context>
    <name>TwoWayGrid</name>
    <message>
        <source>%1: from 2 to %2 steps, not %3</source>
        <translation>%1：步數須在 2 到 %2 之間，而不是 %3</translation>
    </message>
    <message>
        <source>the grid needs two different levers, not %1 twice</source>
        <translation>網格需要兩個不同的槓桿，而不是兩次 %1</translation>
    </message>
</context>
<context>
    <name>ValueAggregator</name>
    <message>
        <source>%1 dated values combined into %2 period values (%3; %4 values a period)</source>
        <extracomment>%3: the rules applied (last, sum, …); %4: how many dated values each period combines, e.g. 20–23</extracomment>
        <translation>%1 個帶日期的數值已合併為 %2 個期間數值（%3；每期 %4 個數值）</translation>
    </message>
</context>
<context>
    <name>ValueEdit</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period (FY2024 Q2, 2024Q1, 2024-09, 2024)</source>
        <translation>「%1」不是有效的期間（FY2024 Q2、2024Q1、2024-09、2024）</translation>
    </message>
    <message>
        <source>type a number, e.g. 276.48 億元</source>
        <translation>請輸入數字，例如 276.48 億元</translation>
    </message>
    <message>
        <source>a range; type one number</source>
        <translation>這是一個範圍；請輸入單一數字</translation>
    </message>
    <message>
        <source>its unit disagrees with the series&apos; unit &apos;%1&apos;</source>
        <translation>其單位與序列的單位「%1」不一致</translation>
    </message>
    <message>
        <source>this metric is a percentage: add %</source>
        <translation>此指標為百分比：請加上 %</translation>
    </message>
    <message>
        <source>this metric is not a percentage</source>
        <translation>此指標不是百分比</translation>
    </message>
    <message>
        <source>give its unit, e.g. 276.48 億元 or 8.4 bn USD</source>
        <translation>請註明單位，例如 276.48 億元 或 8.4 bn USD</translation>
    </message>
    <message>
        <source>the series is in %1, the value says %2</source>
        <translation>序列的單位是 %1，但此數值標示為 %2</translation>
    </message>
    <message>
        <source>say where the figure comes from</source>
        <translation>請註明數字來源</translation>
    </message>
    <message>
        <source>a value entered by hand needs its source</source>
        <translation>手動輸入的數值需註明來源</translation>
    </message>
    <message>
        <source>that value from that source is stored already: nothing to change</source>
        <translation>此來源的這個數值已儲存：無需變更</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>give its currency, e.g. 276.48 億元 or 8.4 bn USD</source>
        <translation>請註明幣別，例如 276.48 億元或 8.4 bn USD</translation>
    </message>
</context>
<context>
    <name>ValueParser</name>
    <message>
        <source>not a number</source>
        <translation>不是數字</translation>
    </message>
    <message>
        <source>not a number or a range</source>
        <translation>不是數字或範圍</translation>
    </message>
    <message>
        <source>a range (%1), not a single value</source>
        <translation>是範圍（%1），而非單一數值</translation>
    </message>
    <message>
        <source>not a number in this file&apos;s format (decimal &apos;%1&apos;)</source>
        <translation>不是符合此檔案格式的數字（小數點為「%1」）</translation>
    </message>
    <message>
        <source>not a number in this file&apos;s format (decimal &apos;%1&apos;, thousands &apos;%2&apos;)</source>
        <translation>不是符合此檔案格式的數字（小數點為「%1」，千分位符號為「%2」）</translation>
    </message>
    <message>
        <source>the unit &apos;%1&apos; names two scales or two currencies</source>
        <translation>單位「%1」同時指定了兩個數量級或兩種貨幣</translation>
    </message>
    <message>
        <source>more than one number</source>
        <translation>包含多個數字</translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <source>increase</source>
        <translation>增加</translation>
    </message>
    <message>
        <source>decrease</source>
        <translation>減少</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>the formula %1 was saved without its result (open and save the workbook in a spreadsheet program to compute it)</source>
        <translation>公式 %1 儲存時沒有計算結果（請在試算表軟體中開啟並儲存該活頁簿以計算）</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：無法讀取：%2</translation>
    </message>
    <message>
        <source>%1: a legacy Excel 97–2003 workbook (.xls) is not read: the reader Debian packages for it does not tell a percentage from a plain number. Save it as .xlsx or .ods and import that.</source>
        <translation>%1：不讀取舊版 Excel 97–2003 活頁簿（.xls）：Debian 提供的讀取程式庫無法區分百分比與一般數字。請另存為 .xlsx 或 .ods 後再匯入。</translation>
    </message>
    <message>
        <source>%1: not a readable .xlsx or .ods workbook (damaged, or another kind of file)</source>
        <translation>%1：不是可讀取的 .xlsx 或 .ods 活頁簿（已損毀，或是其他類型的檔案）</translation>
    </message>
    <message>
        <source>%1: the workbook cannot be read: %2</source>
        <translation>%1：無法讀取活頁簿：%2</translation>
    </message>
    <message>
        <source>%1: sheet &apos;%2&apos; spans %3 rows by %4 columns, more than an import can hold; delete the cells far outside its table</source>
        <translation>%1：工作表「%2」跨 %3 列 × %4 欄，超出匯入的容量；請刪除遠在表格之外的儲存格</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheets</source>
        <translation>%1：活頁簿中沒有工作表</translation>
    </message>
    <message>
        <source>%1: no sheet &apos;%2&apos; (sheets: %3)</source>
        <translation>%1：沒有工作表「%2」（工作表：%3）</translation>
    </message>
    <message>
        <source>%1: more than %2 cells, more than an import can hold; import a smaller sheet or range</source>
        <translation>%1：超過 %2 個儲存格，超出匯入的容量；請匯入較小的工作表或範圍</translation>
    </message>
    <message>
        <source>%1: a part of the workbook declares more than %2 MB, more than an import can hold (or the file is damaged)</source>
        <translation>%1：活頁簿中有一部分宣告超過 %2 MB，超出匯入的容量（或檔案已損毀）</translation>
    </message>
</context>
<context>
    <name>mixshift</name>
    <message>
        <source>read-only access to the team store (your database user may only read); nothing was changed</source>
        <translation>對團隊庫只有唯讀權限（您的資料庫使用者只能讀取）；未做任何變更</translation>
    </message>
    <message>
        <source>another user is changing the team store; try again (nothing was changed)</source>
        <translation>另一位使用者正在修改團隊庫；請重試（未做任何變更）</translation>
    </message>
    <message>
        <source>the change conflicts with what the project already holds; nothing was changed</source>
        <translation>該變更與專案中已有內容衝突；未做任何變更</translation>
    </message>
    <message>
        <source>the connection to the server was lost; nothing was changed; connect again</source>
        <translation>與伺服器的連線已中斷；未做任何變更；請重新連線</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full; nothing was changed; ask the administrator</source>
        <translation>伺服器磁碟已滿；未做任何變更；請聯絡管理員</translation>
    </message>
    <message>
        <source>is not a MixShift team store (no MixShift tables); create one with mixshift init</source>
        <translation>不是 MixShift 團隊庫（沒有 MixShift 的表）；請用 mixshift init 建立</translation>
    </message>
    <message>
        <source>could not be read or written; nothing was changed (run with --verbose for details)</source>
        <translation>無法讀取或寫入；未做任何變更（用 --verbose 執行查看詳情）</translation>
    </message>
</context>
<context>
    <name>mixshift::AliasDialog</name>
    <message>
        <source>Aliases</source>
        <translation>別名</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>別名</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>another name, e.g. 阿里云</source>
        <translation>另一個名稱，例如 阿里雲</translation>
    </message>
    <message>
        <source>another name, e.g. 营收</source>
        <translation>另一個名稱，例如 營收</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>移除選取項目</translation>
    </message>
    <message>
        <source>Add alias “%1”</source>
        <translation>新增別名「%1」</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name itself, not an alias.</source>
        <translation>「%1」是名稱本身，而不是別名。</translation>
    </message>
    <message>
        <source>Remove alias “%1”</source>
        <translation>移除別名「%1」</translation>
    </message>
</context>
<context>
    <name>mixshift::AnnotationEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>編輯 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Add a Label at %1, %2…</source>
        <translation>在 %1, %2 處新增標籤…</translation>
    </message>
    <message>
        <source>Add a Reference Line at %1…</source>
        <translation>在 %1 處新增參考線…</translation>
    </message>
    <message>
        <source>Shade from %1 to the End…</source>
        <translation>從 %1 到結尾加上陰影區域…</translation>
    </message>
    <message>
        <source>Text, then Enter (Escape: none)</source>
        <translation>輸入文字後按 Enter（Escape：不新增）</translation>
    </message>
    <message>
        <source>Add annotation “%1”</source>
        <translation>新增註解「%1」</translation>
    </message>
    <message>
        <source>Edit annotation “%1”</source>
        <translation>編輯註解「%1」</translation>
    </message>
    <message>
        <source>Remove annotation “%1”</source>
        <translation>移除註解「%1」</translation>
    </message>
    <message>
        <source>Remove Series</source>
        <translation>移除序列</translation>
    </message>
</context>
<context>
    <name>mixshift::BreakEvenPanel</name>
    <message>
        <source>Lever:</source>
        <translation>槓桿：</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>輸出：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目標：</translation>
    </message>
    <message>
        <source>%1 at %2 brings %3 to %4 by %5.</source>
        <translation>%1 為 %2 時，%3 在 %5 達到 %4。</translation>
    </message>
    <message>
        <source>Not reachable with %1 between %2 and %3: %4 goes from %5 to %6 by %7.</source>
        <translation>%1 在 %2 到 %3 之間時無法達到：到 %7，%4 從 %5 變到 %6。</translation>
    </message>
</context>
<context>
    <name>mixshift::ChartMenu</name>
    <message>
        <source>&amp;Chart</source>
        <translation>圖表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New Chart</source>
        <translation>新增圖表(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Saved Chart</source>
        <translation>開啟已儲存的圖表(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save Chart As…</source>
        <translation>另存圖表(&amp;S)…</translation>
    </message>
    <message>
        <source>Re&amp;name Saved Chart…</source>
        <translation>重新命名已儲存的圖表(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Chart…</source>
        <translation>刪除已儲存的圖表(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類型(&amp;K)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>折線圖</translation>
    </message>
    <message>
        <source>Grouped bars</source>
        <translation>群組長條圖</translation>
    </message>
    <message>
        <source>Stacked area</source>
        <translation>堆疊面積圖</translation>
    </message>
    <message>
        <source>100% stacked bars</source>
        <translation>100% 堆疊長條圖</translation>
    </message>
    <message>
        <source>Bars with lines on a second axis</source>
        <translation>長條圖 + 副座標軸折線圖</translation>
    </message>
    <message>
        <source>&amp;Logarithmic Axis</source>
        <translation>對數座標軸(&amp;L)</translation>
    </message>
    <message>
        <source>Data &amp;Labels</source>
        <translation>資料標籤(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>重設檢視(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>複製影像(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Saved charts</source>
        <translation>已儲存的圖表</translation>
    </message>
    <message>
        <source>Build a chart in a chart tab first: right-click series in the browser and add them.</source>
        <translation>請先在圖表分頁中建立圖表：在「序列」面板中以滑鼠右鍵按一下序列，將其加入圖表。</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>儲存圖表</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Saved chart:</source>
        <translation>已儲存的圖表：</translation>
    </message>
    <message>
        <source>Rename Saved Chart</source>
        <translation>重新命名已儲存的圖表</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
    <message>
        <source>Delete Saved Chart</source>
        <translation>刪除已儲存的圖表</translation>
    </message>
</context>
<context>
    <name>mixshift::ChartTabs</name>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation>圖表 %1</translation>
    </message>
    <message>
        <source>Chart “%1”</source>
        <translation>圖表「%1」</translation>
    </message>
    <message>
        <source>New chart</source>
        <translation>新增圖表</translation>
    </message>
    <message>
        <source>Add %1 to the chart</source>
        <translation>將 %1 加入圖表</translation>
    </message>
    <message>
        <source>Open chart “%1”</source>
        <translation>開啟圖表「%1」</translation>
    </message>
    <message>
        <source>Save chart “%1”</source>
        <translation>儲存圖表「%1」</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <source>Change chart kind</source>
        <translation>變更圖表類型</translation>
    </message>
    <message>
        <source>Rename chart “%1” to “%2”</source>
        <translation>將圖表「%1」重新命名為「%2」</translation>
    </message>
    <message>
        <source>Delete chart “%1”</source>
        <translation>刪除圖表「%1」</translation>
    </message>
</context>
<context>
    <name>mixshift::ChartView</name>
    <message>
        <source>and %1 more, listed with the data</source>
        <translation>及其他 %1 項，詳見資料</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>來源： </translation>
    </message>
    <message>
        <source>Select a series in the browser</source>
        <translation>請在序列瀏覽面板中選擇序列</translation>
    </message>
    <message>
        <source>%1 is in a third unit (%2) and is not drawn</source>
        <translation>%1 使用第三種單位（%2），未繪製</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) without a value for every series are left out</source>
        <translation>
            <numerusform>已略過 %n 個缺少部分序列數值的期間</numerusform>
        </translation>
    </message>
    <message>
        <source>Share of the total (%)</source>
        <translation>佔總量的比重（%）</translation>
    </message>
    <message>
        <source>“%1” is not drawn: no period %2 on this chart</source>
        <translation>「%1」未繪製：此圖表中沒有期間 %2</translation>
    </message>
    <message>
        <source>“%1” is not drawn: %2 is outside the chart&apos;s periods</source>
        <translation>「%1」未繪製：%2 不在圖表的期間範圍內</translation>
    </message>
    <message>
        <source>Nothing to plot</source>
        <translation>沒有可繪製的內容</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>註：%1</translation>
    </message>
    <message>
        <source>Logarithmic axis</source>
        <translation>對數座標軸</translation>
    </message>
    <message>
        <source>Linear axis</source>
        <translation>線性座標軸</translation>
    </message>
    <message>
        <source>Show data labels</source>
        <translation>顯示資料標籤</translation>
    </message>
    <message>
        <source>Hide data labels</source>
        <translation>隱藏資料標籤</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>%1, forecast (%2)</source>
        <extracomment>%1 the series&apos; name in the legend, %2 the model (&quot;ETS(M,A,N)&quot;)</extracomment>
        <translation>%1，預測（%2）</translation>
    </message>
    <message>
        <source>%1%: %2 to %3</source>
        <extracomment>%1 the level (80), %2 and %3 the bounds</extracomment>
        <translation>%1%：%2 至 %3</translation>
    </message>
    <message>
        <source>%1
%2: %3, forecast by %4
%5</source>
        <extracomment>%1 the series, %2 the period, %3 the forecast, %4 the model, %5 its intervals</extracomment>
        <translation>%1
%2：%3，由 %4 預測
%5</translation>
    </message>
</context>
<context>
    <name>mixshift::ChecksPanel</name>
    <message>
        <source>No inconsistencies among the stated figures.</source>
        <translation>列報數字之間未發現不一致。</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>檢查（%1）</translation>
    </message>
    <message>
        <source>Checking the stated figures…</source>
        <translation>正在檢查列報數字…</translation>
    </message>
    <message>
        <source>Checks (checking…)</source>
        <translation>檢查（進行中…）</translation>
    </message>
    <message>
        <source>Check the stated figures</source>
        <translation>檢查列報數字</translation>
    </message>
    <message>
        <source>Checks (failed)</source>
        <translation>檢查（失敗）</translation>
    </message>
    <message>
        <source>… and %1 more (mixshift check lists them all)</source>
        <translation>…… 另有 %1 項（mixshift check 列出全部）</translation>
    </message>
</context>
<context>
    <name>mixshift::ExportSizeDialog</name>
    <message>
        <source>Transparent background</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <source>Export Size</source>
        <translation>匯出尺寸</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>millimetres</source>
        <translation>公釐</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>英吋</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Dots per inch of the PNG; a pixel of the width is 1/96 inch</source>
        <translation>PNG 每英吋的點數；寬度的 1 像素為 1/96 英吋</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>解析度：</translation>
    </message>
    <message>
        <source>Cannot export: %1.</source>
        <translation>無法匯出：%1。</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>A PNG of %1 × %2 pixels, %3 at %4 dpi.</source>
        <translation>PNG 影像 %1 × %2 像素，即 %4 dpi 下的 %3。</translation>
    </message>
    <message>
        <source>A page of %1.</source>
        <translation>頁面尺寸 %1。</translation>
    </message>
</context>
<context>
    <name>mixshift::HeatMapPanel</name>
    <message>
        <source>Across:</source>
        <translation>橫軸：</translation>
    </message>
    <message>
        <source>Down:</source>
        <translation>縱軸：</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>輸出：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目標：</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <extracomment>The contour on the heat map: where the output (%1) meets the target (%2).</extracomment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Levers as set: %1, %2</source>
        <translation>目前槓桿：%1，%2</translation>
    </message>
    <message>
        <source>%1 — %2 over two levers, %3 quarters from %4</source>
        <translation>%1 — 兩個槓桿下的%2，自 %4 起 %3 個季度</translation>
    </message>
    <message>
        <source>Source: MixShift&apos;s mix model, %1 × %2 runs, the other levers as set, from %3&apos;s figures for %4</source>
        <translation>來源：MixShift 營收結構模型，%1 × %2 次執行，其餘槓桿依目前設定，根據專案中 %3 的 %4 資料</translation>
    </message>
</context>
<context>
    <name>mixshift::ImportCheckPage</name>
    <message>
        <source>Names this project does not know yet</source>
        <translation>此專案尚未收錄的名稱</translation>
    </message>
    <message>
        <source>Names matched to a differently named provider or metric; untick one to keep it apart (a parent company is not its cloud unit):</source>
        <translation>以下名稱已對應到名稱不同的供應商或指標；取消勾選即可將其分開保留（母公司並不等於其雲端事業部門）：</translation>
    </message>
    <message>
        <source>Add the names marked &apos;new&apos; to the project</source>
        <translation>將標示為「新」的名稱加入專案</translation>
    </message>
    <message>
        <source>Export refused rows…</source>
        <translation>匯出被拒絕的列…</translation>
    </message>
    <message>
        <source>Import the valid rows and leave the refused ones out</source>
        <translation>匯入有效的列，排除被拒絕的列</translation>
    </message>
    <message>
        <source>Check and import</source>
        <translation>檢查並匯入</translation>
    </message>
    <message>
        <source>The whole file has been read with this mapping; nothing is stored until you press Import.</source>
        <translation>已依此對應讀取整個檔案；在您按下「匯入」之前不會儲存任何資料。</translation>
    </message>
    <message>
        <source>Unticking a name checks the file again with the name kept as written.</source>
        <translation>取消勾選某個名稱後，會以其原始寫法重新檢查檔案。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>儲存格</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>a name, to offer this mapping again for files like this one</source>
        <translation>輸入名稱，日後匯入類似檔案時可再次套用此對應</translation>
    </message>
    <message>
        <source>When a value is already stored:</source>
        <translation>數值已存在時：</translation>
    </message>
    <message>
        <source>Save the mapping as:</source>
        <translation>將對應儲存為：</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>正在檢查 %1</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>無法檢查檔案：%1</translation>
    </message>
    <message>
        <source>The check was cancelled after %1 rows.</source>
        <translation>讀取 %1 列後，檢查已取消。</translation>
    </message>
    <message>
        <source>%1 rows read: %2 values to store, %3 already stored unchanged, %4 missing values, %5 conflicts with stored values, %6 rows refused.</source>
        <translation>已讀取 %1 列：%2 個數值待儲存，%3 個已存在且未變更，%4 個缺失值，%5 個與已儲存數值衝突，%6 列被拒絕。</translation>
    </message>
    <message>
        <source>This file was imported before: %1.</source>
        <translation>此檔案先前已匯入過：%1。</translation>
    </message>
    <message>
        <source>Refused %1 × %2%3</source>
        <translation>拒絕 %1 個值，%2%3</translation>
    </message>
    <message>
        <source>column %1 (%2): </source>
        <translation>第 %1 欄（%2）： </translation>
    </message>
    <message>
        <source>%1 kept apart (as written)</source>
        <translation>%1 分開保留（依原始寫法）</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <source>new %1</source>
        <translation>新%1</translation>
    </message>
    <message>
        <source>same as %1</source>
        <translation>與 %1 相同</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Export refused rows</source>
        <translation>匯出被拒絕的列</translation>
    </message>
    <message>
        <source>the file being imported</source>
        <translation>正在匯入的檔案</translation>
    </message>
    <message>
        <source>the refused rows&apos; file</source>
        <translation>被拒絕列的檔案</translation>
    </message>
    <message>
        <source>%1: not written, the export was cancelled</source>
        <translation>%1: 未寫入，匯出已取消</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Workbooks (*.xlsx)</source>
        <translation>CSV 檔案 (*.csv);;活頁簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>mixshift::ImportFormatPage</name>
    <message>
        <source>Comma ,</source>
        <translation>逗號 ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>分號 ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>定位字元</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>垂直線 |</translation>
    </message>
    <message>
        <source>Double quote &quot;</source>
        <translation>雙引號 &quot;</translation>
    </message>
    <message>
        <source>Single quote &apos;</source>
        <translation>單引號 &apos;</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Point 1.5</source>
        <translation>句點 1.5</translation>
    </message>
    <message>
        <source>Comma 1,5</source>
        <translation>逗號 1,5</translation>
    </message>
    <message>
        <source>Comma 1,000</source>
        <translation>逗號 1,000</translation>
    </message>
    <message>
        <source>Point 1.000</source>
        <translation>句點 1.000</translation>
    </message>
    <message>
        <source>Space 1 000</source>
        <translation>空白 1 000</translation>
    </message>
    <message>
        <source>Take a quote inside an unquoted field as text (otherwise its row is refused)</source>
        <translation>將未加引號欄位中的引號視為一般文字（否則該列會被拒絕）</translation>
    </message>
    <message>
        <source>How the file is written</source>
        <translation>檔案格式</translation>
    </message>
    <message>
        <source>MixShift guessed these settings from the file; change any that look wrong. The rows below are the file as read with them.</source>
        <translation>MixShift 已根據檔案推測出下列設定；如有不正確之處，請加以修改。下方各列為依這些設定讀取檔案的結果。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>已儲存的對應：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>編碼：</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符號：</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>引號：</translation>
    </message>
    <message>
        <source>Header on row:</source>
        <translation>標題列所在列：</translation>
    </message>
    <message>
        <source>Decimal mark:</source>
        <translation>小數點符號：</translation>
    </message>
    <message>
        <source>Thousands:</source>
        <translation>千分位符號：</translation>
    </message>
    <message>
        <source>None: guess from the header</source>
        <translation>無：依標題列推測</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>已儲存的對應</translation>
    </message>
    <message>
        <source>%1. Also possible: %2</source>
        <translation>%1。也可能是：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an encoding this system knows</source>
        <translation>本系統無法辨識編碼「%1」</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
</context>
<context>
    <name>mixshift::ImportJob</name>
    <message>
        <source>Import of %1</source>
        <translation>匯入 %1</translation>
    </message>
</context>
<context>
    <name>mixshift::ImportMappingPage</name>
    <message>
        <source>What the columns mean</source>
        <translation>各欄的意義</translation>
    </message>
    <message>
        <source>Map each column to a field, or give a value for a field the file does not have. The preview shows the first rows as they will be stored.</source>
        <translation>將每一欄對應到一個欄位，或為檔案中沒有的欄位指定值。預覽會顯示前幾列儲存後的樣子。</translation>
    </message>
    <message>
        <source>Long: one value a row</source>
        <translation>長表格：每列一個數值</translation>
    </message>
    <message>
        <source>Wide: several value columns a row</source>
        <translation>寬表格：每列多個數值欄</translation>
    </message>
    <message>
        <source>Statement: line items down the first column, a column a period</source>
        <translation>報表：第一欄為報表項目，每欄對應一個期間</translation>
    </message>
    <message>
        <source>as the dates&apos; spacing says</source>
        <translation>依日期間隔判斷</translation>
    </message>
    <message>
        <source>a date is a day</source>
        <translation>每個日期代表一天</translation>
    </message>
    <message>
        <source>a date stands for its month</source>
        <translation>每個日期代表其所在月份</translation>
    </message>
    <message>
        <source>a date stands for its quarter</source>
        <translation>每個日期代表其所在季度</translation>
    </message>
    <message>
        <source>a date stands for its (fiscal) year</source>
        <translation>每個日期代表其所在（財）年度</translation>
    </message>
    <message>
        <source>last value of stocks and ratios, sum of flows</source>
        <translation>存量與比率取最後一個值，流量取加總</translation>
    </message>
    <message>
        <source>the last value</source>
        <translation>取最後一個值</translation>
    </message>
    <message>
        <source>the first value</source>
        <translation>取第一個值</translation>
    </message>
    <message>
        <source>the sum</source>
        <translation>取加總</translation>
    </message>
    <message>
        <source>the mean</source>
        <translation>取平均值</translation>
    </message>
    <message>
        <source>the lowest value</source>
        <translation>取最小值</translation>
    </message>
    <message>
        <source>the highest value</source>
        <translation>取最大值</translation>
    </message>
    <message>
        <source>their headers name the %1</source>
        <translation>欄標題為%1</translation>
    </message>
    <message>
        <source>refuse ranges such as 32-34</source>
        <translation>拒絕 32-34 這類範圍值</translation>
    </message>
    <message>
        <source>store a range&apos;s midpoint</source>
        <translation>儲存範圍的中點</translation>
    </message>
    <message>
        <source>store a range&apos;s low end</source>
        <translation>儲存範圍的下限</translation>
    </message>
    <message>
        <source>store a range&apos;s high end</source>
        <translation>儲存範圍的上限</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一個值</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>表格形式：</translation>
    </message>
    <message>
        <source>Value columns:</source>
        <translation>數值欄：</translation>
    </message>
    <message>
        <source>Ranges:</source>
        <translation>範圍值：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Several dates a period:</source>
        <translation>一個期間有多個日期時：</translation>
    </message>
    <message>
        <source>Values for fields the file lacks</source>
        <translation>檔案中缺少的欄位值</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>refused: %1%2</source>
        <translation>被拒絕：%1%2</translation>
    </message>
    <message>
        <source>First %1 rows: %2 values would be stored, %3 missing, %4 rows refused.</source>
        <translation>前 %1 列：將儲存 %2 個數值，缺少 %3 個，%4 列被拒絕。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Calendar range</source>
        <translation>日期範圍</translation>
    </message>
    <message>
        <source>Value (base units)</source>
        <translation>數值（基本單位）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>market</source>
        <translation>市場</translation>
    </message>
    <message>
        <source>category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>start</source>
        <extracomment>The field: the first day of an imported value&apos;s period.</extracomment>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>end</source>
        <extracomment>The field: the last day of an imported value&apos;s period.</extracomment>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>stated unit</source>
        <translation>列報單位</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>qualifier</source>
        <translation>限定符號</translation>
    </message>
    <message>
        <source>original text</source>
        <translation>原始文字</translation>
    </message>
    <message>
        <source>source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>source url</source>
        <translation>來源網址</translation>
    </message>
    <message>
        <source>note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>status</source>
        <extracomment>The field: whether an imported value is the current one or a revision.</extracomment>
        <translation>狀態</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A field (%1) whose value the next box gives.</extracomment>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>mixshift::ImportProgressDialog</name>
    <message>
        <source>Reading the file…</source>
        <translation>正在讀取檔案…</translation>
    </message>
    <message>
        <source> · about %1 s left</source>
        <translation> · 剩餘約 %1 秒</translation>
    </message>
    <message>
        <source>%1 rows · %2%%3</source>
        <translation>%1 列 · %2%%3</translation>
    </message>
</context>
<context>
    <name>mixshift::ImportWizard</name>
    <message>
        <source>Import %1</source>
        <translation>匯入 %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is unchanged.</source>
        <translation>已取消匯入，專案未變更。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 rows were refused; the project is unchanged.</source>
        <translation>未匯入任何內容：%1 列被拒絕；專案未變更。</translation>
    </message>
</context>
<context>
    <name>mixshift::ImportsPanel</name>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>復原匯入(&amp;U)…</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>匯入時間</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Overwritten</source>
        <translation>覆寫</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>修訂</translation>
    </message>
    <message>
        <source>By</source>
        <translation>匯入者</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>(entered by hand)</source>
        <translation>（手動輸入）</translation>
    </message>
</context>
<context>
    <name>mixshift::LeverEditor</name>
    <message>
        <source>quarters</source>
        <translation>個季度</translation>
    </message>
</context>
<context>
    <name>mixshift::MainWindow</name>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已匯出 %1</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>複製圖表</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新增專案(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>開啟專案(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟的專案(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Aliases…</source>
        <translation>別名(&amp;A)…</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>別名</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>匯出報告(&amp;X)…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>報告已儲存</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>情境(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revenue-mix workspace…</source>
        <translation>營收組合工作區(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Market-share workspace…</source>
        <translation>市占率工作區(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MixShift</source>
        <translation>關於 MixShift(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Revenue-mix workspace</source>
        <translation>營收組合工作區</translation>
    </message>
    <message>
        <source>Market-share workspace</source>
        <translation>市占率工作區</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>開啟專案</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（唯讀）</translation>
    </message>
    <message>
        <source>Refresh project</source>
        <translation>重新整理專案</translation>
    </message>
    <message>
        <source>%1 · %2 providers · %3 series · %4 values (%5 revisions) · %6 sources</source>
        <translation>%1 · %2 家供應商 · %3 個序列 · %4 個數值（%5 筆修訂） · %6 個來源</translation>
    </message>
    <message>
        <source>Read-only: %1 (changes cannot be saved)</source>
        <translation>唯讀：%1（無法儲存變更）</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>匯入 %1</translation>
    </message>
    <message>
        <source>Imported %1 values from %2 (%3 conflicts, %4 rows refused)</source>
        <translation>已從 %2 匯入 %1 個數值（%3 處衝突，%4 列被拒絕）</translation>
    </message>
    <message>
        <source>Show series</source>
        <translation>顯示序列</translation>
    </message>
    <message>
        <source>This project holds no series yet</source>
        <translation>此專案尚無任何序列</translation>
    </message>
    <message>
        <source>Select a series in the browser</source>
        <translation>請在「序列」面板中選取一個序列</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新增專案</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新增專案</translation>
    </message>
    <message>
        <source>About MixShift</source>
        <translation>關於 MixShift</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MixShift %1&lt;/h3&gt;&lt;p&gt;Cloud-market figures with their sources, charts, and what-if scenarios of a shift from project-based to public-cloud revenue.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Built with Qt %2 (LGPL-3.0), QCustomPlot (GPL-3.0) and SQLite (public domain).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MixShift %1&lt;/h3&gt;&lt;p&gt;雲端市場數字及其來源、圖表，以及從專案型營收轉向公有雲營收的假設情境分析。&lt;/p&gt;&lt;p&gt;依 GNU 通用公共授權條款第 3 版或更新版本授權。使用 Qt %2（LGPL-3.0）、QCustomPlot（GPL-3.0）與 SQLite（公眾領域）建置。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>MixShift projects (*.mixshift);;All files (*)</source>
        <translation>MixShift 專案 (*.mixshift);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx *.ods);;CSV files (*.csv *.tsv *.txt);;Workbooks (*.xlsx *.ods);;All files (*)</source>
        <translation>表格 (*.csv *.tsv *.txt *.xlsx *.ods);;CSV 檔案 (*.csv *.tsv *.txt);;活頁簿 (*.xlsx *.ods);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>匯入檔案(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Paste Table…</source>
        <translation>貼上表格(&amp;P)…</translation>
    </message>
    <message>
        <source>Import a table copied from a spreadsheet or a web page</source>
        <translation>匯入從試算表或網頁複製的表格</translation>
    </message>
    <message>
        <source>Import File</source>
        <translation>匯入檔案</translation>
    </message>
    <message>
        <source>The clipboard holds no table to import</source>
        <translation>剪貼簿中沒有可匯入的表格</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼上</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Store…</source>
        <translation>連線團隊庫(&amp;T)…</translation>
    </message>
    <message>
        <source>Open a project shared on a PostgreSQL server</source>
        <translation>開啟 PostgreSQL 伺服器上共用的專案</translation>
    </message>
    <message>
        <source>%1 changed the team store; the series are read again</source>
        <translation>%1 修改了團隊庫；已重新讀取序列</translation>
    </message>
    <message>
        <source>Listen for changes</source>
        <translation>監聽變更</translation>
    </message>
</context>
<context>
    <name>mixshift::ObservationTableModel</name>
    <message>
        <source>current</source>
        <translation>目前</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>修訂</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>發布單位：%1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>發布日期：%1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>數值（%1）</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>原始文字</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>mixshift::PreferencesDialog</name>
    <message>
        <source>Open the sample project when there is no recent project</source>
        <translation>沒有最近的專案時開啟範例專案</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>變更…</translation>
    </message>
    <message>
        <source>Importing, when a value is already stored:</source>
        <translation>匯入時，若數值已存在：</translation>
    </message>
    <message>
        <source>Exported charts start at:</source>
        <translation>匯出圖表的初始尺寸：</translation>
    </message>
    <message>
        <source>Starting:</source>
        <translation>啟動時：</translation>
    </message>
    <message>
        <source>%1 × %2 px at %3 dpi%4</source>
        <translation>%1 × %2 px，%3 dpi%4</translation>
    </message>
    <message>
        <source>, transparent</source>
        <translation>，透明</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>依照系統（%1）</translation>
    </message>
    <message>
        <source>By currency: 億元 for CNY, billions for USD and others</source>
        <translation>依幣別：CNY 用億元，USD 及其他幣別用十億</translation>
    </message>
    <message>
        <source>In 億 (hundred millions) for every currency</source>
        <translation>所有幣別皆以億為單位</translation>
    </message>
    <message>
        <source>In billions for every currency</source>
        <translation>所有幣別皆以十億為單位</translation>
    </message>
    <message>
        <source>Language (from the next start):</source>
        <translation>語言（下次啟動時生效）：</translation>
    </message>
    <message>
        <source>Money shown:</source>
        <translation>金額顯示：</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>依照系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>配色：</translation>
    </message>
</context>
<context>
    <name>mixshift::ProjectEditing</name>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>取消復原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Enter or Correct Value…</source>
        <translation>輸入或更正數值(&amp;E)…</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>匯入記錄</translation>
    </message>
    <message>
        <source>&lt;project as opened&gt;</source>
        <translation>&lt;開啟時的專案&gt;</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>復原記錄</translation>
    </message>
    <message>
        <source>Read imports</source>
        <translation>讀取匯入記錄</translation>
    </message>
    <message>
        <source>Enter Value</source>
        <translation>輸入數值</translation>
    </message>
    <message>
        <source>Choose a series in the browser first.</source>
        <translation>請先在序列瀏覽器中選取一個序列。</translation>
    </message>
    <message>
        <source>Enter value</source>
        <translation>輸入數值</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>復原匯入</translation>
    </message>
    <message>
        <source>Undo import %1 (%2)? Its values are removed and the values it replaced come back. This clears the undo history.</source>
        <translation>要復原匯入 %1（%2）嗎？此次匯入的數值將被移除，被其取代的數值將會還原。此操作會清除復原記錄。</translation>
    </message>
    <message>
        <source>Undo import %1</source>
        <translation>復原匯入 %1</translation>
    </message>
    <message>
        <source>&amp;New Series…</source>
        <translation>新增序列(&amp;N)…</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>新增序列</translation>
    </message>
</context>
<context>
    <name>mixshift::ProjectOpenDialog</name>
    <message>
        <source>Open Project</source>
        <translation>開啟專案</translation>
    </message>
    <message>
        <source>a project file, or a team store: postgresql://user@server/database</source>
        <translation>專案檔，或團隊庫：postgresql://使用者@伺服器/資料庫</translation>
    </message>
</context>
<context>
    <name>mixshift::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>Charts:</source>
        <translation>圖表：</translation>
    </message>
    <message>
        <source>Scenarios:</source>
        <translation>情境：</translation>
    </message>
    <message>
        <source>Unticked charts and scenarios are left out; the findings and sources follow what is shown.</source>
        <translation>未勾選的圖表與情境不會納入；一致性發現與來源依所示內容而定。</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>儲存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>報告預覽</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在產生報告…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>儲存報告</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>mixshift::ScenarioComparison</name>
    <message>
        <source>Compare scenarios</source>
        <translation>比較情境</translation>
    </message>
    <message>
        <source>Tick two to four:</source>
        <translation>勾選兩到四個：</translation>
    </message>
    <message>
        <source>Tick two to four scenarios (%1 ticked).</source>
        <translation>請勾選兩到四個情境（已勾選 %1 個）。</translation>
    </message>
    <message>
        <source>These scenarios are in different currencies; compare scenarios of one currency.</source>
        <translation>這些情境的幣別不同；請比較相同幣別的情境。</translation>
    </message>
    <message>
        <source>Revenue of %1 saved scenarios, quarter by quarter</source>
        <translation>%1 個已儲存情境的逐季營收</translation>
    </message>
    <message>
        <source>Source: MixShift&apos;s mix model on the scenarios&apos; saved levers and base quarters</source>
        <translation>來源：MixShift 組合模型，依據各情境已儲存的槓桿與基期季度</translation>
    </message>
    <message>
        <source>Differences are against “%1”; quarters count from each scenario&apos;s base quarter.</source>
        <translation>差異皆相對於「%1」；季度自各情境的基期季度起算。</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>Revenue at H</source>
        <translation>第 H 季營收</translation>
    </message>
    <message>
        <source>EBITA at H</source>
        <translation>第 H 季 EBITA</translation>
    </message>
    <message>
        <source>Margin at H</source>
        <translation>第 H 季利潤率</translation>
    </message>
    <message>
        <source>Revenue foregone</source>
        <translation>放棄的營收</translation>
    </message>
    <message>
        <source>EBITA gained</source>
        <translation>增加的 EBITA</translation>
    </message>
    <message>
        <source>Δ revenue at H</source>
        <translation>Δ 第 H 季營收</translation>
    </message>
    <message>
        <source>Δ EBITA at H</source>
        <translation>Δ 第 H 季 EBITA</translation>
    </message>
    <message>
        <source>Quarters from the base quarter</source>
        <translation>距基期季度的季數</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>營收（%1）</translation>
    </message>
</context>
<context>
    <name>mixshift::ScenarioWorkspace</name>
    <message>
        <source>LEVER=DISTRIBUTION ..., e.g. wind_down=uniform(0.02,0.15) organic_growth=triangular(0.05,0.15,0.3) project_margin=normal(-0.05,0.02) ai_uplift=lognormal(-3,0.5); empty for the default</source>
        <translation>LEVER=DISTRIBUTION ...（槓桿=分布，可寫多個），例如 wind_down=uniform(0.02,0.15) organic_growth=triangular(0.05,0.15,0.3) project_margin=normal(-0.05,0.02) ai_uplift=lognormal(-3,0.5)；留空則使用預設設定</translation>
    </message>
    <message>
        <source>Scenarios — %1</source>
        <translation>情境 — %1</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存為…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>建立副本</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比較…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>供應商：</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>已儲存：</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>走勢</translation>
    </message>
    <message>
        <source>Revenue bridge</source>
        <translation>營收橋接圖</translation>
    </message>
    <message>
        <source>Rank the levers by:</source>
        <translation>槓桿排序依據：</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感度</translation>
    </message>
    <message>
        <source>Vary:</source>
        <translation>變動：</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>蒙地卡羅</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Compare scenarios</source>
        <translation>比較情境</translation>
    </message>
    <message>
        <source>Start from %1</source>
        <translation>以 %1 為起點</translation>
    </message>
    <message>
        <source>Open scenario “%1”</source>
        <translation>開啟情境「%1」</translation>
    </message>
    <message>
        <source>Save scenario “%1”</source>
        <translation>儲存情境「%1」</translation>
    </message>
    <message>
        <source>Delete scenario “%1”</source>
        <translation>刪除情境「%1」</translation>
    </message>
    <message>
        <source>Duplicate scenario “%1”</source>
        <translation>建立情境「%1」的副本</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <source>Rename scenario “%1”</source>
        <translation>重新命名情境「%1」</translation>
    </message>
    <message>
        <source>there is already a scenario called “%1”; choose another name</source>
        <translation>已有名為「%1」的情境；請另選一個名稱</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>重新命名情境</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>儲存情境</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Notes (optional):</source>
        <translation>備註（選填）：</translation>
    </message>
    <message>
        <source>base quarter %1: revenue %2, EBITA %3; public-cloud margin %4</source>
        <translation>基期季度 %1：營收 %2，EBITA %3；公有雲利潤率 %4</translation>
    </message>
    <message>
        <source>not in the project</source>
        <translation>專案中沒有此資料</translation>
    </message>
    <message>
        <source>not within %1 quarters</source>
        <translation>未在 %1 個季度內恢復</translation>
    </message>
    <message>
        <source>Monte Carlo: %1</source>
        <translation>蒙地卡羅：%1</translation>
    </message>
    <message>
        <source>Simulating %L1 draws…</source>
        <translation>正在模擬 %L1 次抽樣…</translation>
    </message>
    <message>
        <source>%L1 draws, seed 1, varying %2. P(revenue at the horizon ≥ today): %3 · P(margin at the horizon ≥ 10%): %4</source>
        <translation>%L1 次抽樣，亂數種子 1，變動 %2。P(預測期末營收 ≥ 目前)：%3 · P(預測期末利潤率 ≥ 10%)：%4</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>損益平衡</translation>
    </message>
    <message>
        <source>The path without wind-down</source>
        <translation>不縮減專案的路徑</translation>
    </message>
    <message>
        <source>ETS forecast of revenue</source>
        <translation>營收的 ETS 預測</translation>
    </message>
    <message>
        <source>What revenue foregone, EBITA gained and the recovery are measured against: the model with no wind-down, or the provider&apos;s revenue history forecast by exponential smoothing (the model chosen by AICc), at the margin the model has without wind-down</source>
        <translation>放棄的營收、增加的 EBITA 與恢復季度的比較基準：不縮減專案的模型，或以指數平滑（依 AICc 選擇模型）預測的服務商歷史營收，利潤率取不縮減專案時模型的利潤率</translation>
    </message>
    <message>
        <source>Two-way grid</source>
        <translation>雙變數網格</translation>
    </message>
    <message>
        <source>Status quo:</source>
        <translation>現狀路徑：</translation>
    </message>
    <message>
        <source>Forecast the status quo</source>
        <translation>預測現狀路徑</translation>
    </message>
    <message>
        <source>Status quo: %5 · revenue foregone against it: %1 · EBITA gained: %2 · trough: %3 · back at the status quo: %4</source>
        <translation>現狀路徑：%5 · 相對其放棄的營收：%1 · 增加的 EBITA：%2 · 低谷：%3 · 回到現狀：%4</translation>
    </message>
</context>
<context>
    <name>mixshift::SeriesBrowser</name>
    <message>
        <source>Add to this chart</source>
        <translation>加入此圖表</translation>
    </message>
    <message>
        <source>Add to a new chart</source>
        <translation>加入新圖表</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>YoY growth</source>
        <translation>年增率</translation>
    </message>
    <message>
        <source>QoQ growth</source>
        <translation>季增率</translation>
    </message>
    <message>
        <source>Trailing twelve months</source>
        <translation>近十二個月</translation>
    </message>
    <message>
        <source>Index (first period = 100)</source>
        <translation>指數（首期 = 100）</translation>
    </message>
    <message>
        <source>Margin on revenue</source>
        <translation>占營收的利潤率</translation>
    </message>
    <message>
        <source>Share of the market total</source>
        <translation>占市場總額的比重</translation>
    </message>
    <message>
        <source>In USD</source>
        <translation>換算為 USD</translation>
    </message>
    <message>
        <source>Earlier levels implied by stated growth</source>
        <translation>由列報成長率推算的早期數值</translation>
    </message>
    <message>
        <source>ETS forecast, %1 periods ahead</source>
        <translation>ETS 預測，向前 %1 期</translation>
    </message>
</context>
<context>
    <name>mixshift::SeriesTreeModel</name>
    <message>
        <source>Whole business</source>
        <translation>整體業務</translation>
    </message>
    <message>
        <source>%1 (+%2 rev.)</source>
        <translation>%1（+%2 修訂）</translation>
    </message>
    <message>
        <source>%1 current values; %2 revisions (values of the same periods from other sources)</source>
        <translation>%1 個目前值；%2 個修訂（同一期間來自其他來源的數值）</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>數值</translation>
    </message>
</context>
<context>
    <name>mixshift::ShareWorkspace</name>
    <message>
        <source>Provider</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Annual growth (empty: the market&apos;s)</source>
        <translation>年成長率（留空：採用市場成長率）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>From</source>
        <translation>移出方</translation>
    </message>
    <message>
        <source>To</source>
        <translation>移入方</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>百分點</translation>
    </message>
    <message>
        <source>Market shares — %1</source>
        <translation>市占率 — %1</translation>
    </message>
    <message>
        <source>A source key or title whose figures to start from, or “current” for the current values</source>
        <translation>作為起始資料的來源代碼或標題；輸入「current」則使用目前數值</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>市場：</translation>
    </message>
    <message>
        <source>Base year:</source>
        <translation>基準年份：</translation>
    </message>
    <message>
        <source>Base shares from:</source>
        <translation>基準市占率來源：</translation>
    </message>
    <message>
        <source>Market growth a year:</source>
        <translation>市場年成長率：</translation>
    </message>
    <message>
        <source>Years ahead:</source>
        <translation>預測年數：</translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation>新增移轉</translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation>移除移轉</translation>
    </message>
    <message>
        <source>Each provider&apos;s growth:</source>
        <translation>各供應商成長率：</translation>
    </message>
    <message>
        <source>Transfers (points of share moved in a year):</source>
        <translation>市占移轉（一年內移轉的市占率百分點）：</translation>
    </message>
    <message>
        <source>Base shares</source>
        <translation>基準市占率</translation>
    </message>
    <message>
        <source>growth of %1: &apos;%2&apos; is not a number (0.3 = 30% a year)</source>
        <translation>%1 的成長率：「%2」不是數字（0.3 = 每年 30%）</translation>
    </message>
    <message>
        <source>the year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>the points</source>
        <translation>百分點數</translation>
    </message>
    <message>
        <source>Shares add up to 100% every year; HHI, CR3 and CR5 leave out “Others”.</source>
        <translation>市占率每年合計皆為 100%；HHI、CR3 與 CR5 不計入「Others」。</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>HHI</source>
        <translation>HHI</translation>
    </message>
    <message>
        <source>CR3</source>
        <translation>CR3</translation>
    </message>
    <message>
        <source>CR5</source>
        <translation>CR5</translation>
    </message>
    <message>
        <source>transfer %1: %2 is not a number</source>
        <translation>第 %1 筆移轉：%2不是數字</translation>
    </message>
</context>
<context>
    <name>mixshift::TeamStoreDialog</name>
    <message>
        <source>Connect to Team Store</source>
        <translation>連線團隊庫</translation>
    </message>
    <message>
        <source>e.g. cloudmarkets</source>
        <translation>例如 cloudmarkets</translation>
    </message>
    <message>
        <source>none: from ~/.pgpass or PGPASSWORD</source>
        <translation>留空：取自 ~/.pgpass 或 PGPASSWORD</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>連接埠(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>資料庫(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>The password is used for this connection only; it is not remembered.</source>
        <translation>密碼僅用於本次連線，不會被儲存。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>連線(&amp;C)</translation>
    </message>
</context>
<context>
    <name>mixshift::ValueEditDialog</name>
    <message>
        <source>Correct Value</source>
        <translation>更正數值</translation>
    </message>
    <message>
        <source>Enter Value</source>
        <translation>輸入數值</translation>
    </message>
    <message>
        <source>FY2024 Q2, 2024Q1, 2024</source>
        <translation>FY2024 Q2, 2024Q1, 2024</translation>
    </message>
    <message>
        <source>276.48 億元, 8.4 bn USD, 12%</source>
        <translation>276.48 億元, 8.4 bn USD, 12%</translation>
    </message>
    <message>
        <source>a number in %1, or with its own unit</source>
        <translation>以 %1 為單位的數字，或附上單位的數值</translation>
    </message>
    <message>
        <source>where the figure comes from (a report, a call, a URL)</source>
        <translation>數字來源（報告、電話會議、網址）</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>序列：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Value as stated:</source>
        <translation>列報數值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>來源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Enter %1 %2</source>
        <translation>輸入 %1 %2</translation>
    </message>
    <message>
        <source>New Series</source>
        <translation>新增序列</translation>
    </message>
    <message>
        <source>none (the provider&apos;s own figure)</source>
        <translation>無（供應商本身的數據）</translation>
    </message>
    <message>
        <source>optional: a segment or product, e.g. Intelligent Cloud</source>
        <translation>選填：業務部門或產品，例如 Intelligent Cloud</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>供應商(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指標(&amp;M)：</translation>
    </message>
    <message>
        <source>M&amp;arket:</source>
        <translation>市場(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>類別(&amp;C)：</translation>
    </message>
    <message>
        <source>Choose the series&apos; provider and metric.</source>
        <translation>請選擇此序列的供應商與指標。</translation>
    </message>
</context>
</TS>
