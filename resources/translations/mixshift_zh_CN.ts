<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArgumentParser</name>
    <message>
        <source>show this help</source>
        <translation>显示此帮助</translation>
    </message>
    <message>
        <source>%1: %2 (mixshift %1 --help lists the options)</source>
        <translation>%1: %2（mixshift %1 --help 可列出选项）</translation>
    </message>
    <message>
        <source>%1: --%2 is required</source>
        <translation>%1: 必须指定 --%2</translation>
    </message>
    <message>
        <source>%1: --%2 must be %3, not &apos;%4&apos;</source>
        <translation>%1: --%2 必须是 %3，而不是“%4”</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 中的一个</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos; (mixshift %1 --help lists the arguments)</source>
        <translation>%1: 意外的参数“%2”（mixshift %1 --help 可列出参数）</translation>
    </message>
    <message>
        <source>Usage: mixshift %1</source>
        <translation>用法：mixshift %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <extracomment>In the usage line, after the command&apos;s arguments: the options it may take besides.</extracomment>
        <translation>[选项]</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>--%1 takes NAME=VALUE, not &apos;%2&apos;</source>
        <translation>--%1 的格式应为 NAME=VALUE，而不是“%2”</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a finite number</source>
        <translation>%1: “%2”不是有限数值</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 必须是 %2 到 %3 之间的整数，而不是“%4”</translation>
    </message>
    <message>
        <source>the project: a file, or a team store&apos;s postgresql:// URI</source>
        <translation>项目：一个文件，或团队库的 postgresql:// URI</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>&apos;%1&apos; is not TARGET@Q=VALUE (targets: %2)</source>
        <translation>“%1”不符合 TARGET@Q=VALUE 格式（可用目标：%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a finite number</source>
        <translation>“%1”：“%2”不是有限的数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the quarter must be from 0 to %2</source>
        <translation>“%1”：季度必须在 0 到 %2 之间</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: growth is against the quarter four before; Q must be 4 or more</source>
        <translation>“%1”：增长率是与四个季度前相比，因此 Q 必须大于或等于 4</translation>
    </message>
    <message>
        <source>unknown target &apos;%1&apos; (targets: %2)</source>
        <translation>未知目标“%1”（可用目标：%2）</translation>
    </message>
    <message>
        <source>target %1 lies beyond the horizon of %2 quarters (raise it with --set horizon=%3, or aim at quarter %2 or earlier)</source>
        <translation>目标 %1 超出了 %2 个季度的期限（可用 --set horizon=%3 延长期限，或将目标设在第 %2 季度或更早）</translation>
    </message>
    <message>
        <source>calibration solves for one to three levers, not %1</source>
        <translation>校准只能求解 1 到 3 个杠杆，而不是 %1 个</translation>
    </message>
    <message>
        <source>calibration needs as many targets as levers (%1 levers, %2 targets)</source>
        <translation>校准所需的目标数必须与杠杆数相同（%1 个杠杆，%2 个目标）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be solved for (continuous levers: %2)</source>
        <translation>无法求解“%1”（连续杠杆：%2）</translation>
    </message>
    <message>
        <source>not unique: the levers %1 move the targets alike (or one moves none), so more than one set of values reproduces them; fix one lever or add a target</source>
        <translation>解不唯一：杠杆 %1 对目标的影响相同（或其中某个杠杆对目标没有影响），因此有多组数值都能达到这些目标；请固定一个杠杆或增加一个目标</translation>
    </message>
    <message>
        <source>no solution within the levers&apos; bounds: the closest values still miss the targets (residuals below)</source>
        <translation>在杠杆的取值范围内无解：最接近的数值仍未达到目标（残差如下）</translation>
    </message>
    <message>
        <source>solved in %1 iterations</source>
        <translation>经 %1 次迭代求解完成</translation>
    </message>
</context>
<context>
    <name>ChartCommands</name>
    <message>
        <source>a saved chart (mixshift chart list shows them); or give --series</source>
        <translation>已保存的图表（可用 mixshift chart list 查看）；或指定 --series</translation>
    </message>
    <message>
        <source>a series to plot, once for each: PROVIDER/METRIC[:yoy|qoq|ttm|index|margin|share|usd|implied], by name or alias; a name holding / @ # $ ~ : or &quot; goes in double quotes</source>
        <translation>要绘制的序列，每个序列指定一次：PROVIDER/METRIC[:yoy|qoq|ttm|index|margin|share|usd|implied]，可用名称或别名；名称中含有 / @ # $ ~ : 或 &quot; 时须加双引号</translation>
    </message>
    <message>
        <source>line, bars, stacked-area, stacked-100 or bar-line (bars with lines on a second axis); default: the saved chart&apos;s, else line</source>
        <translation>line、bars、stacked-area、stacked-100 或 bar-line（柱形加第二坐标轴上的折线）；默认：已保存图表的类型，否则为 line</translation>
    </message>
    <message>
        <source>the chart&apos;s title; default: the saved chart&apos;s, else what the series share</source>
        <translation>图表标题；默认：已保存图表的标题，否则取各序列的共同部分</translation>
    </message>
    <message>
        <source>a line under the title</source>
        <translation>标题下方的一行文字</translation>
    </message>
    <message>
        <source>a note under the plot, once for each</source>
        <translation>图表下方的附注，每条附注指定一次</translation>
    </message>
    <message>
        <source>who made the chart, last under the plot</source>
        <translation>图表制作者，显示在图表下方的最后一行</translation>
    </message>
    <message>
        <source>a text at a period and value, once for each: PERIOD,VALUE,TEXT (&quot;FY2024 Q2,276.48,the article&apos;s quarter&quot;); the value as the axis reads</source>
        <translation>在某期间与数值处添加文字，每条指定一次：PERIOD,VALUE,TEXT（例如 &quot;FY2024 Q2,276.48,the article&apos;s quarter&quot;）；数值按坐标轴上的读数填写</translation>
    </message>
    <message>
        <source>a horizontal line, once for each: VALUE,TEXT (&quot;10,10% margin target&quot; on a percent axis)</source>
        <translation>水平参考线，每条指定一次：VALUE,TEXT（例如百分比坐标轴上的 &quot;10,10% margin target&quot;）</translation>
    </message>
    <message>
        <source>a shaded range of periods, once for each: FROM,TO,TEXT (TO empty: to the end)</source>
        <translation>期间阴影区域，每个区域指定一次：FROM,TO,TEXT（TO 留空表示直到末尾）</translation>
    </message>
    <message>
        <source>logarithmic value axis</source>
        <translation>数值轴使用对数刻度</translation>
    </message>
    <message>
        <source>data labels on bars</source>
        <translation>在柱形上显示数据标签</translation>
    </message>
    <message>
        <source>export-chart: give either --chart NAME or one or more --series PROVIDER/METRIC[:DERIVATION]</source>
        <translation>export-chart: 请指定 --chart NAME，或一个或多个 --series PROVIDER/METRIC[:DERIVATION]</translation>
    </message>
    <message>
        <source>export-chart: no saved chart &apos;%1&apos; (mixshift chart list shows them)</source>
        <translation>export-chart: 没有名为“%1”的已保存图表（可用 mixshift chart list 查看）</translation>
    </message>
    <message>
        <source>export-chart: --kind must be line, bars, stacked-area, stacked-100 or bar-line, not &apos;%1&apos;</source>
        <translation>export-chart: --kind 必须是 line、bars、stacked-area、stacked-100 或 bar-line，而不是“%1”</translation>
    </message>
    <message>
        <source>wrote %1 (%2 series)</source>
        <translation>已写入 %1（%2 个序列）</translation>
    </message>
    <message>
        <source>chart: the only subcommand is &apos;list&apos; (mixshift chart list --db PROJECT)</source>
        <translation>chart: 唯一的子命令是“list”（mixshift chart list --db PROJECT）</translation>
    </message>
    <message>
        <source>the file to write: .png, .pdf, .svg, or .csv or .xlsx (the data plotted)</source>
        <translation>要写入的文件：.png、.pdf、.svg，或 .csv、.xlsx（所绘数据）</translation>
    </message>
    <message>
        <source>the project: a file, or a team store&apos;s postgresql:// URI</source>
        <translation>项目：一个文件，或团队库的 postgresql:// URI</translation>
    </message>
</context>
<context>
    <name>ChartDefinition</name>
    <message>
        <source>&apos;%1&apos;: give PERIOD,VALUE,TEXT</source>
        <translation>“%1”：请按 PERIOD,VALUE,TEXT 格式给出</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give VALUE,TEXT</source>
        <translation>“%1”：请按 VALUE,TEXT 格式给出</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give FROM,TO,TEXT (TO may be empty)</source>
        <translation>“%1”：请按 FROM,TO,TEXT 格式给出（TO 可以为空）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a finite number</source>
        <translation>“%1”：“%2”不是有限的数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the period is missing</source>
        <translation>“%1”：缺少期间</translation>
    </message>
    <message>
        <source>a saved chart needs a name</source>
        <translation>保存的图表必须有名称</translation>
    </message>
    <message>
        <source>there is already a chart called &apos;%1&apos;; choose another name</source>
        <translation>已有名为“%1”的图表，请另选一个名称</translation>
    </message>
</context>
<context>
    <name>ChartDocument</name>
    <message>
        <source>Figures as %1 gives them</source>
        <translation>按 %1 公布的数据</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation>派生：%1</translation>
    </message>
    <message>
        <source>%1 has no values to plot</source>
        <translation>%1 没有可绘制的数值</translation>
    </message>
    <message>
        <source>1 value of another period length is not plotted</source>
        <translation>1 个期间长度不同的数值未绘制</translation>
    </message>
    <message>
        <source>%1 values of other period lengths are not plotted</source>
        <translation>%1 个期间长度不同的数值未绘制</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>来源： </translation>
    </message>
    <message>
        <source> (date approximate)</source>
        <translation> （日期为近似值）</translation>
    </message>
    <message>
        <source>Projected from %1 by %2 (dashed; shaded: %3 prediction intervals)</source>
        <extracomment>%1 the first projected period, %2 the model, %3 the intervals&apos; levels (&quot;80%, 95%&quot;)</extracomment>
        <translation>自 %1 起由 %2 预测（虚线；阴影：%3 预测区间）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (projected)</source>
        <translation>%1（预测）</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>%1: the image could not be drawn (%2 × %3 pixels)</source>
        <translation>%1: 无法绘制图像（%2 × %3 像素）</translation>
    </message>
    <message>
        <source>%1: the PDF could not be drawn</source>
        <translation>%1: 无法绘制 PDF</translation>
    </message>
    <message>
        <source>%1: the SVG could not be drawn</source>
        <translation>%1: 无法绘制 SVG</translation>
    </message>
    <message>
        <source>Exported by MixShift</source>
        <translation>由 MixShift 导出</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The file (%1) and why it cannot be exported (%2).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: export as .png, .pdf, .svg, .csv or .xlsx</source>
        <translation>%1：请导出为 .png、.pdf、.svg、.csv 或 .xlsx</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>findings: %1</source>
        <translation>发现: %1 项</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>create a project: the reference catalog, or the sample too</source>
        <translation>创建项目：仅含参考目录，或同时包含示例数据</translation>
    </message>
    <message>
        <source>what the project holds, one `name: value` line each</source>
        <translation>项目包含的内容，每项一行 `name: value`</translation>
    </message>
    <message>
        <source>the stored values with period, unit, source and status</source>
        <translation>已存储的数值，附带期间、单位、来源和状态</translation>
    </message>
    <message>
        <source>import a CSV file in one transaction; prints a summary</source>
        <translation>在单个事务中导入一个 CSV 文件；输出摘要</translation>
    </message>
    <message>
        <source>the imports and hand edits: when, which file, SHA-256, values added/overwritten/revised, who (also plain `imports`)</source>
        <translation>导入记录和手工录入：时间、文件、SHA-256、新增/覆盖/修订的数值、操作者（也可直接用 `imports`）</translation>
    </message>
    <message>
        <source>take one import back: its values go, the values it replaced return</source>
        <translation>撤销一次导入：移除其数值，恢复被它替换的数值</translation>
    </message>
    <message>
        <source>stated figures that disagree, with their sources</source>
        <translation>相互矛盾的列报数据及其来源</translation>
    </message>
    <message>
        <source>the project&apos;s saved charts: name, kind and series</source>
        <translation>项目中已保存的图表：名称、类型和序列</translation>
    </message>
    <message>
        <source>a PDF report: charts with their values, scenarios, findings, sources</source>
        <translation>PDF 报告：图表及其数值、情景、发现、来源</translation>
    </message>
    <message>
        <source>the project&apos;s saved scenarios: name, model, provider</source>
        <translation>项目中已保存的情景：名称、模型、厂商</translation>
    </message>
    <message>
        <source>run the mix, share or penetration model, or a saved one</source>
        <translation>运行结构模型、份额模型或渗透率模型，或运行已保存的情景</translation>
    </message>
    <message>
        <source>mixshift help COMMAND or mixshift COMMAND --help: its arguments and options.</source>
        <translation>mixshift help COMMAND 或 mixshift COMMAND --help：查看该命令的参数和选项。</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>open the app (the sample project on first start)</source>
        <translation>打开应用程序（首次启动时打开示例项目）</translation>
    </message>
    <message>
        <source>run a command without the window</source>
        <translation>不打开窗口，直接运行命令</translation>
    </message>
    <message>
        <source>this help, or a command&apos;s</source>
        <translation>显示此帮助，或某个命令的帮助</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
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
        <translation>每个命令都接受 --verbose：在 stderr 的第二行输出问题的技术细节。
退出码：0 表示完成；1 表示命令已运行但拒绝了某些内容或未能完成
（被拒绝的行、项目中不存在的名称、写入失败）；2 表示命令行有误。
CSV 输出会在电子表格可能当作公式执行的文本（以 =、+、-、@ 开头）
前加上 &apos;；import 读回时会将其去除。输出文件（--out、--csv、--errors）
要么完整写入，要么完全不写，且绝不会覆盖项目或输入文件。
</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; — did you mean &apos;%2&apos;? (mixshift help lists them)</source>
        <translation>未知命令 &apos;%1&apos;——您是不是要输入 &apos;%2&apos;？（mixshift help 可列出所有命令）</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: %2; mixshift help; a project file to open needs its suffix, e.g. %1.mixshift)</source>
        <translation>未知命令 &apos;%1&apos;（可用命令：%2；参见 mixshift help；要打开项目文件需带扩展名，例如 %1.mixshift）</translation>
    </message>
    <message>
        <source>help: no command &apos;%1&apos;%2 (commands: %3)</source>
        <translation>help: 没有命令 &apos;%1&apos;%2（可用命令：%3）</translation>
    </message>
    <message>
        <source> — did you mean &apos;%1&apos;?</source>
        <translation> ——您是不是要输入 &apos;%1&apos;？</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (try mixshift --help)</source>
        <translation>未知选项 &apos;%1&apos;（请尝试 mixshift --help）</translation>
    </message>
    <message>
        <source>expected at most one project file, got %1 arguments (try mixshift --help)</source>
        <translation>最多只能指定一个项目文件，但收到了 %1 个参数（请尝试 mixshift --help）</translation>
    </message>
    <message>
        <source>unexpected failure: %1</source>
        <translation>意外失败：%1</translation>
    </message>
    <message>
        <source>the output could not be written to standard output (is the disk full or the reader gone?); what it shows is incomplete</source>
        <translation>无法将输出写入标准输出（磁盘是否已满，或读取端已关闭？）；已显示的内容不完整</translation>
    </message>
    <message>
        <source>a chart as PNG, PDF, SVG, or the data it plots as CSV or XLSX</source>
        <translation>将图表导出为 PNG、PDF、SVG，或将所绘数据导出为 CSV 或 XLSX</translation>
    </message>
    <message>
        <source>the mix model&apos;s output over two levers at once</source>
        <translation>营收结构模型在两个杠杆同时变动下的输出</translation>
    </message>
    <message>
        <source>the value of one lever at which an output reaches a target</source>
        <translation>使某项输出达到目标的单一杠杆取值</translation>
    </message>
    <message>
        <source>an ETS forecast of a series with prediction intervals; the model by AICc</source>
        <translation>序列的 ETS 预测及预测区间；按 AICc 选择模型</translation>
    </message>
    <message>
        <source>copy a whole project: file to team store, team store to file, file to file</source>
        <translation>复制整个项目：文件到团队库、团队库到文件、文件到文件</translation>
    </message>
</context>
<context>
    <name>ConflictPolicyChoice</name>
    <message>
        <source>keep the old value as a revision, store the new one</source>
        <translation>将旧数值保留为修订，存储新数值</translation>
    </message>
    <message>
        <source>keep the stored value, skip the new one</source>
        <translation>保留已存储的数值，跳过新数值</translation>
    </message>
    <message>
        <source>overwrite the stored value</source>
        <translation>覆盖已存储的数值</translation>
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
        <translation>%1在 %2 的份额合计为 %3</translation>
    </message>
    <message>
        <source>one market</source>
        <translation>某一市场</translation>
    </message>
    <message>
        <source>%1 %2 of %3 is stated as %4, but the levels give %5</source>
        <extracomment>%1 metric name, %2 period, %3 provider, %4 and %5 percentages</extracomment>
        <translation>%3 %2 的%1列报为 %4，但按数值水平推算为 %5</translation>
    </message>
    <message>
        <source>%1 of %2 in %3 is larger than its revenue: a margin of %4</source>
        <extracomment>%1 metric name, %2 provider, %3 period, %4 percentage</extracomment>
        <translation>%2 在 %3 的%1超过其收入：利润率为 %4</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>details: %1</source>
        <translation>详细信息: %1</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>the project to copy: a file or a postgresql:// URI</source>
        <translation>要复制的项目：文件或 postgresql:// URI</translation>
    </message>
    <message>
        <source>the new project: a file that does not exist yet, or an empty database&apos;s URI</source>
        <translation>新项目：尚不存在的文件，或空数据库的 URI</translation>
    </message>
    <message>
        <source>copied %1 to %2 (%3 series, %4 observations)</source>
        <translation>已将 %1 复制到 %2（%3 个序列，%4 个观测值）</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quote inside an unquoted field; quote the whole field (%1…%1) or choose lenient quotes</source>
        <translation>未加引号的字段中出现引号；请用引号括住整个字段（%1…%1），或选择宽松引号模式</translation>
    </message>
    <message>
        <source>unknown text encoding &apos;%1&apos;</source>
        <translation>未知的文本编码“%1”</translation>
    </message>
    <message>
        <source>the cell is longer than %1 characters, the most a cell may hold</source>
        <translation>单元格超过 %1 个字符的上限</translation>
    </message>
    <message>
        <source>the row has more than %1 fields</source>
        <translation>该行的字段超过 %1 个</translation>
    </message>
    <message>
        <source>the cell holds bytes that are not valid %1 (shown as �); check the file&apos;s encoding</source>
        <translation>单元格中含有无效的 %1 字节（显示为 �）；请检查文件的编码</translation>
    </message>
    <message>
        <source>text after the closing quote of a quoted field</source>
        <translation>带引号字段的结束引号之后还有文本</translation>
    </message>
    <message>
        <source>quoted field is never closed (it opens on line %1)</source>
        <translation>带引号的字段未闭合（始于第 %1 行）</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>CsvSniffer</name>
    <message>
        <source>chosen by the user</source>
        <translation>由用户选择</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 无法读取：%2</translation>
    </message>
    <message>
        <source>UTF-8 (made from the cells)</source>
        <translation>UTF-8（由单元格生成）</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 无法读取：%2</translation>
    </message>
    <message>
        <source>%1: is empty (a header row is expected)</source>
        <translation>%1: 文件为空（应有表头行）</translation>
    </message>
    <message>
        <source>%1:1: the header has no column &apos;%2&apos;</source>
        <translation>%1:1: 表头中没有“%2”列</translation>
    </message>
    <message>
        <source>%1:%2: the row has %3 fields, the header %4</source>
        <translation>%1:%2: 该行有 %3 个字段，表头有 %4 个</translation>
    </message>
    <message>
        <source>%1:%2: column %3: %4</source>
        <translation>%1:%2: 第 %3 列：%4</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; (&apos;%4&apos;): %5</source>
        <translation>%1:%2: “%3”列（值“%4”）：%5</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot be opened; check that it exists and that you may read it and its folder</source>
        <translation>%1: 无法打开；请检查它是否存在，以及您是否有权读取它及其所在文件夹</translation>
    </message>
</context>
<context>
    <name>DatePeriods</name>
    <message>
        <source>periods</source>
        <extracomment>a period length inside a sentence, e.g. &quot;each read as the period ending on that date&quot;</extracomment>
        <translation>期间</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期间</translation>
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
        <translation>亿元</translation>
    </message>
    <message>
        <source>億美元</source>
        <translation>亿美元</translation>
    </message>
    <message>
        <source>億港元</source>
        <translation>亿港元</translation>
    </message>
    <message>
        <source>億 %1</source>
        <translation>亿 %1</translation>
    </message>
</context>
<context>
    <name>EncodingDetector</name>
    <message>
        <source>decodes cleanly</source>
        <translation>解码无误</translation>
    </message>
    <message>
        <source>%1 undecodable or unassigned bytes</source>
        <translation>%1 个无法解码或未分配的字节</translation>
    </message>
    <message>
        <source>only ASCII characters, read as UTF-8</source>
        <translation>仅含 ASCII 字符，按 UTF-8 读取</translation>
    </message>
    <message>
        <source>valid UTF-8; %1 characters beyond ASCII</source>
        <translation>有效的 UTF-8；%1 个非 ASCII 字符</translation>
    </message>
    <message>
        <source>%1; %2 CJK ideographs (%3 common)</source>
        <translation>%1；%2 个 CJK 表意文字（%3 个常用字）</translation>
    </message>
    <message>
        <source>%1, %2 kana</source>
        <translation>%1，%2 个假名</translation>
    </message>
    <message>
        <source>%1, %2 hangul</source>
        <translation>%1，%2 个韩文字母</translation>
    </message>
    <message>
        <source>%1; %2 accented letters</source>
        <translation>%1；%2 个带重音符号的字母</translation>
    </message>
    <message>
        <source>%1, %2 letters of other alphabets</source>
        <translation>%1，%2 个其他字母表的字母</translation>
    </message>
    <message>
        <source>%1, %2 unlikely Latin sequences</source>
        <translation>%1，%2 处不常见的拉丁字母组合</translation>
    </message>
    <message>
        <source>UTF-8 byte-order mark</source>
        <translation>UTF-8 字节顺序标记</translation>
    </message>
    <message>
        <source>UTF-16 little-endian byte-order mark</source>
        <translation>UTF-16 小端序字节顺序标记</translation>
    </message>
    <message>
        <source>UTF-16 big-endian byte-order mark</source>
        <translation>UTF-16 大端序字节顺序标记</translation>
    </message>
    <message>
        <source>no byte-order mark, but the ASCII characters are little-endian UTF-16</source>
        <translation>无字节顺序标记，但 ASCII 字符呈小端序 UTF-16 形式</translation>
    </message>
    <message>
        <source>no byte-order mark, but the ASCII characters are big-endian UTF-16</source>
        <translation>无字节顺序标记，但 ASCII 字符呈大端序 UTF-16 形式</translation>
    </message>
    <message>
        <source>%1; uchardet had no guess</source>
        <translation>%1；uchardet 未能判断</translation>
    </message>
    <message>
        <source>%1; uchardet agrees</source>
        <translation>%1；uchardet 判断一致</translation>
    </message>
    <message>
        <source>%1; uchardet said %2</source>
        <translation>%1；uchardet 判断为 %2</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>not enough memory; close other programs and try again</source>
        <translation>内存不足；请关闭其他程序后重试</translation>
    </message>
    <message>
        <source>an unexpected error; please report it with the details</source>
        <translation>发生意外错误；请连同详细信息一起报告</translation>
    </message>
    <message>
        <source>an unexpected error; please report it</source>
        <translation>发生意外错误；请报告此问题</translation>
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
        <translation>%1：不支持超过 %2 期的季节</translation>
    </message>
    <message>
        <source>%1 needs a season: the series has one value a year</source>
        <translation>%1 需要季节：该序列每年只有一个值</translation>
    </message>
    <message>
        <source>%1 needs values above zero: the series has zero or below</source>
        <translation>%1 需要大于零的值：该序列有零或负值</translation>
    </message>
    <message>
        <source>%1 needs at least %2 values; the series has %3</source>
        <translation>%1 至少需要 %2 个值；该序列有 %3 个</translation>
    </message>
    <message>
        <source>%1: no admissible parameters fit the series</source>
        <translation>%1：没有可容许的参数能拟合该序列</translation>
    </message>
</context>
<context>
    <name>EtsForecast</name>
    <message>
        <source>the horizon must be 1 period or more, not %1</source>
        <translation>预测期数须为 1 期或以上，而不是 %1</translation>
    </message>
    <message>
        <source>a prediction interval&apos;s level lies between 0 and 100, not %1</source>
        <translation>预测区间的水平须在 0 与 100 之间，而不是 %1</translation>
    </message>
</context>
<context>
    <name>ExportSize</name>
    <message>
        <source>the width and height must be from 1 to %1 pixels (%2 mm), not %3 × %4</source>
        <translation>宽度和高度必须在 1 到 %1 像素（%2 mm）之间，而不是 %3 × %4</translation>
    </message>
    <message>
        <source>the scale must be a number from %1 to %2 (%3 to %4 dpi), not %5</source>
        <translation>缩放比例必须是 %1 到 %2 之间的数字（%3 到 %4 dpi），而不是 %5</translation>
    </message>
    <message>
        <source>a PNG of %1 × %2 pixels would have %3 million pixels; the most is %4 million (make it smaller or its dpi lower, or export a PDF or SVG, which stay sharp at any size)</source>
        <translation>%1 × %2 像素的 PNG 将有 %3 百万像素，上限为 %4 百万（请缩小尺寸或降低 dpi，或导出为 PDF 或 SVG，这两种格式在任何尺寸下都保持清晰）</translation>
    </message>
</context>
<context>
    <name>ExportSizeOptions</name>
    <message>
        <source>whole pixels, or a length in mm, cm or in (%1 is 1890 pixels at 300 dpi); from 1 to %2 pixels; default %3</source>
        <translation>整数像素，或以 mm、cm 或 in 表示的长度（%1 在 300 dpi 下为 1890 像素）；范围 1 到 %2 像素；默认 %3</translation>
    </message>
    <message>
        <source>dots per inch of a PNG (a pixel of the width is 1/96 inch), from %1 to %2; default %3</source>
        <translation>PNG 的每英寸点数（宽度的 1 像素为 1/96 英寸），范围 %1 到 %2；默认 %3</translation>
    </message>
    <message>
        <source>PNG pixels per pixel of the width, from %1 to %2 (the same as --dpi S x 96); a PNG has at most %3 million pixels</source>
        <translation>宽度每像素对应的 PNG 像素数，范围 %1 到 %2（等同于 --dpi S x 96）；PNG 最多 %3 百万像素</translation>
    </message>
    <message>
        <source>no background (a PNG keeps its alpha channel)</source>
        <translation>无背景（PNG 保留 alpha 通道）</translation>
    </message>
    <message>
        <source>%1: --%2 &apos;%3&apos; is not a size: give whole pixels (1600) or a length in mm, cm or in (160mm, 16cm, 6.3in)</source>
        <translation>%1: --%2 “%3”不是有效的尺寸：请给出整数像素（1600）或以 mm、cm 或 in 表示的长度（160mm、16cm、6.3in）</translation>
    </message>
    <message>
        <source>%1: give --dpi or --scale, not both (the scale is the dpi / 96)</source>
        <translation>%1: 请指定 --dpi 或 --scale，不能同时指定（scale 即 dpi / 96）</translation>
    </message>
    <message>
        <source>wrote %1 (%2)</source>
        <translation>已写入 %1（%2）</translation>
    </message>
</context>
<context>
    <name>FanChart</name>
    <message>
        <source>median (P50)</source>
        <translation>中位数（P50）</translation>
    </message>
</context>
<context>
    <name>ForecastCommand</name>
    <message>
        <source>forecast: --model is auto or one of %1, not &apos;%2&apos;</source>
        <translation>forecast：--model 为 auto 或 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <source>forecast: --level takes percentages between 0 and 100, not %1</source>
        <translation>forecast：--level 取 0 到 100 之间的百分数，而不是 %1</translation>
    </message>
    <message>
        <source>the series to forecast: PROVIDER/METRIC[:DERIVATION], as export-chart takes it</source>
        <translation>要预测的序列：PROVIDER/METRIC[:DERIVATION]，与 export-chart 相同</translation>
    </message>
    <message>
        <source>how many periods ahead (1 to 1000)</source>
        <translation>向前预测的期数（1 到 1000）</translation>
    </message>
    <message>
        <source>auto (the least AICc; default) or an ETS model: ANN, AAN, AAdN, ANA, AAA, AAdA, MNN, MAN, MAdN, MNA, MAA, MAdA, MNM, MAM, MAdM</source>
        <translation>auto（AICc 最小；默认）或一个 ETS 模型：ANN、AAN、AAdN、ANA、AAA、AAdA、MNN、MAN、MAdN、MNA、MAA、MAdA、MNM、MAM、MAdM</translation>
    </message>
    <message>
        <source>prediction intervals, in percent (default 80,95)</source>
        <translation>预测区间，以百分数表示（默认 80,95）</translation>
    </message>
    <message>
        <source>the forecast as period,start,end,forecast,lo80,hi80,lo95,hi95 in base units (a name ending in .xlsx writes a workbook)</source>
        <translation>以基本单位写出预测 period,start,end,forecast,lo80,hi80,lo95,hi95（文件名以 .xlsx 结尾则写成工作簿）</translation>
    </message>
    <message>
        <source>forecast: give --series SPEC and --horizon H</source>
        <translation>forecast：请给出 --series SPEC 和 --horizon H</translation>
    </message>
    <message>
        <source>history: %1 periods, %2 to %3, %4 without a value</source>
        <translation>历史：%1 期，%2 至 %3，其中 %4 期无值</translation>
    </message>
    <message>
        <source>model: %1 (%2)</source>
        <translation>模型：%1（%2）</translation>
    </message>
    <message>
        <source>as asked</source>
        <translation>按指定</translation>
    </message>
    <message>
        <source>the least AICc of those that suit</source>
        <translation>适用模型中 AICc 最小者</translation>
    </message>
    <message>
        <source>the simplest: too few values to compare models by AICc</source>
        <translation>最简单的模型：值太少，无法按 AICc 比较模型</translation>
    </message>
    <message>
        <source>parameters: %1</source>
        <translation>参数：%1</translation>
    </message>
    <message>
        <source>AICc %1  AIC %2  BIC %3  log-likelihood %4  sigma %5</source>
        <translation>AICc %1  AIC %2  BIC %3  对数似然 %4  sigma %5</translation>
    </message>
    <message>
        <source>accuracy on the history: MAE %1  RMSE %2  MAPE %3%  MASE %4</source>
        <translation>历史拟合精度：MAE %1  RMSE %2  MAPE %3%  MASE %4</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>单位：%1</translation>
    </message>
</context>
<context>
    <name>GuardedCommand</name>
    <message>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
</context>
<context>
    <name>ImportBatches</name>
    <message>
        <source>there is no import %1; `mixshift imports` lists them</source>
        <translation>不存在编号为 %1 的导入；`mixshift imports` 可列出所有导入</translation>
    </message>
    <message>
        <source>import %1 (%2) was made before this version of MixShift recorded what an import replaces, so it cannot be undone</source>
        <translation>导入 %1（%2）早于 MixShift 开始记录导入所替换内容的版本，因此无法撤销</translation>
    </message>
    <message>
        <source>import %1 (%2) cannot be undone alone: later imports replaced or revised its values — undo them first: %3</source>
        <translation>导入 %1（%2）无法单独撤销：之后的导入替换或修订了它的数值——请先撤销这些导入：%3</translation>
    </message>
</context>
<context>
    <name>ImportChange</name>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>%1 is gone or has changed since it was imported; import it again</source>
        <translation>%1 已不存在或自导入后已更改；请重新导入</translation>
    </message>
    <message>
        <source>%1 could not be imported again: %2 rows refused</source>
        <translation>无法重新导入 %1：%2 行被拒绝</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import: --delimiter must be one character, or &apos;tab&apos;</source>
        <translation>import: --delimiter 必须是单个字符或 &apos;tab&apos;</translation>
    </message>
    <message>
        <source>import: --%1 must be one character, &apos;space&apos; or &apos;none&apos;</source>
        <translation>import: --%1 必须是单个字符、&apos;space&apos; 或 &apos;none&apos;</translation>
    </message>
    <message>
        <source>import: --%1: unknown field &apos;%2&apos; (fields: %3)</source>
        <translation>import: --%1: 未知字段“%2”（可用字段：%3）</translation>
    </message>
    <message>
        <source>import: --%1 must be %2, not &apos;%3&apos;</source>
        <translation>import: --%1 必须是 %2，而不是“%3”</translation>
    </message>
    <message>
        <source>the file being imported</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>read the file with this saved mapping (by default the one saved for the file&apos;s header)</source>
        <translation>使用此已保存的映射读取文件（默认使用为该文件表头保存的映射）</translation>
    </message>
    <message>
        <source>save the mapping under this name, with the import</source>
        <translation>导入时以此名称保存映射</translation>
    </message>
    <message>
        <source>the file&apos;s text encoding (UTF-8, GB18030, Big5, windows-1252 …); detected by default</source>
        <translation>文件的文本编码（UTF-8、GB18030、Big5、windows-1252 …）；默认自动检测</translation>
    </message>
    <message>
        <source>the field delimiter: one character or &apos;tab&apos;; detected by default</source>
        <translation>字段分隔符：单个字符或 &apos;tab&apos;；默认自动检测</translation>
    </message>
    <message>
        <source>the quote character, or &apos;none&apos;</source>
        <translation>引号字符，或 &apos;none&apos;</translation>
    </message>
    <message>
        <source>the header&apos;s record number (1 = first); records above it are titles</source>
        <translation>表头所在的记录号（1 = 第一条）；其上方的记录视为标题</translation>
    </message>
    <message>
        <source>the decimal mark (&apos;.&apos; or &apos;,&apos;)</source>
        <translation>小数点符号（&apos;.&apos; 或 &apos;,&apos;）</translation>
    </message>
    <message>
        <source>the thousands separator: a character, &apos;space&apos; or &apos;none&apos;</source>
        <translation>千位分隔符：单个字符、&apos;space&apos; 或 &apos;none&apos;</translation>
    </message>
    <message>
        <source>long (one value a row), wide (value columns) or transposed (a statement: line items down the first column, a column a period)</source>
        <translation>long（每行一个数值）、wide（数值分列排列）或 transposed（报表：第一列为各报表项目，每列一个期间）</translation>
    </message>
    <message>
        <source>in the wide layout, what the value columns&apos; headers name: period, provider or metric</source>
        <translation>wide 布局下，数值列的表头表示什么：period（期间）、provider（厂商）或 metric（指标）</translation>
    </message>
    <message>
        <source>read a column (header text or number) as a field; repeatable</source>
        <translation>将某列（按表头文本或列号指定）读作某个字段；可重复使用</translation>
    </message>
    <message>
        <source>leave a column out; repeatable</source>
        <translation>忽略某列；可重复使用</translation>
    </message>
    <message>
        <source>a value for a field the file lacks, e.g. provider=Alibaba; repeatable</source>
        <translation>为文件中缺少的字段指定值，例如 provider=Alibaba；可重复使用</translation>
    </message>
    <message>
        <source>what a range such as 32-34 stores: reject, midpoint, low or high</source>
        <translation>区间值（如 32-34）的存储方式：reject（拒绝）、midpoint（取中点）、low（取下限）或 high（取上限）</translation>
    </message>
    <message>
        <source>what a date stands for: day, month, quarter or year (a column headed 2018-12-31 of an annual statement is the year 2018); inferred by default</source>
        <translation>日期代表的期间：day（日）、month（月）、quarter（季度）或 year（年）。例如年报中表头为 2018-12-31 的列表示 2018 年；默认自动推断</translation>
    </message>
    <message>
        <source>how values dated within one period combine: last, first, sum, mean, min or max (default: last for stocks and ratios, sum for flows)</source>
        <translation>同一期间内不同日期的数值如何合并：last（最后一个）、first（第一个）、sum（求和）、mean（平均值）、min（最小值）或 max（最大值）（默认：存量和比率取 last，流量取 sum）</translation>
    </message>
    <message>
        <source>take NAME as written instead of matching it through an alias (Amazon is not AWS); repeatable</source>
        <translation>按原样采用 NAME，不通过别名匹配（Amazon 不等于 AWS）；可重复使用</translation>
    </message>
    <message>
        <source>when a value is already stored: skip, overwrite or revision (default)</source>
        <translation>数值已存在时的处理方式：skip（跳过）、overwrite（覆盖）或 revision（记为修订，默认）</translation>
    </message>
    <message>
        <source>take a quote inside an unquoted field literally instead of refusing the row</source>
        <translation>未加引号的字段中出现引号时按字面处理，而不拒绝该行</translation>
    </message>
    <message>
        <source>guess the mapping even if one is saved for the header</source>
        <translation>即使已为该表头保存了映射，仍自动推测映射</translation>
    </message>
    <message>
        <source>import the valid rows even if others are refused</source>
        <translation>即使部分行被拒绝，仍导入有效的行</translation>
    </message>
    <message>
        <source>print what would be stored as CSV; change nothing (no write lock)</source>
        <translation>以 CSV 格式输出将要存储的内容；不做任何更改（不加写锁）</translation>
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
        <translation>%1 … %2（共 %3 列）</translation>
    </message>
    <message>
        <source>long</source>
        <extracomment>The layout of the file: one value a row (--layout long).</extracomment>
        <translation>long（每行一个数值）</translation>
    </message>
    <message>
        <source>wide, value columns headed by %1: %2</source>
        <translation>wide，数值列的表头为 %1：%2</translation>
    </message>
    <message>
        <source>transposed statement, line items down column %1 (%2), periods %3</source>
        <translation>transposed 转置报表，报表项目位于第 %1 列（%2），期间为 %3</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> 以及另外 %1 个</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>文件: %1</translation>
    </message>
    <message>
        <source>sha256: %1</source>
        <translation>sha256: %1</translation>
    </message>
    <message>
        <source>encoding: %1 (%2)</source>
        <translation>编码: %1（%2）</translation>
    </message>
    <message>
        <source>other encodings: %1</source>
        <translation>其他可能的编码: %1</translation>
    </message>
    <message>
        <source>delimiter: %1, quote: %2, header: record %3</source>
        <translation>分隔符: %1，引号: %2，表头: 第 %3 条记录</translation>
    </message>
    <message>
        <source>numbers: decimal %1, thousands %2</source>
        <translation>数字: 小数点 %1，千位分隔符 %2</translation>
    </message>
    <message>
        <source>layout: %1</source>
        <translation>布局: %1</translation>
    </message>
    <message>
        <source>mapping: %1</source>
        <translation>映射: %1</translation>
    </message>
    <message>
        <source>same file imported before: %1</source>
        <translation>此前已导入过同一文件: %1</translation>
    </message>
    <message>
        <source>matched through an alias: %1 -&gt; %2 (%3; --no-alias %1 keeps it apart)</source>
        <translation>通过别名匹配: %1 -&gt; %2（%3；使用 --no-alias %1 可将其单独保留）</translation>
    </message>
    <message>
        <source>metrics matched through aliases: %1 (--no-alias NAME keeps one apart)</source>
        <translation>通过别名匹配的指标: %1（使用 --no-alias NAME 可将其中一项单独保留）</translation>
    </message>
    <message>
        <source>rows read: %1</source>
        <translation>已读取行数: %1</translation>
    </message>
    <message>
        <source>values imported: %1</source>
        <translation>已导入数值: %1</translation>
    </message>
    <message>
        <source>values skipped: %1 (missing %2, unchanged %3, conflicts kept as stored %4)</source>
        <translation>跳过的数值: %1（缺失 %2，未变化 %3，冲突时保留原值 %4）</translation>
    </message>
    <message>
        <source>rows rejected: %1</source>
        <translation>被拒绝的行: %1</translation>
    </message>
    <message>
        <source>conflicts: %1 (revised %2, overwritten %3, skipped %4)</source>
        <translation>冲突: %1（记为修订 %2，覆盖 %3，跳过 %4）</translation>
    </message>
    <message>
        <source>new providers: %1</source>
        <translation>新增厂商: %1</translation>
    </message>
    <message>
        <source>new metrics: %1</source>
        <translation>新增指标: %1</translation>
    </message>
    <message>
        <source>new markets: %1</source>
        <translation>新增市场: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1 cells, lines %2–%3</source>
        <translation>%1 个单元格，第 %2–%3 行</translation>
    </message>
    <message>
        <source>%1 rows, lines %2–%3</source>
        <translation>%1 行，第 %2–%3 行</translation>
    </message>
    <message>
        <source>, column %1 (%2)</source>
        <translation>，第 %1 列（%2）</translation>
    </message>
    <message>
        <source>, &apos;%1&apos;</source>
        <translation>，“%1”</translation>
    </message>
    <message>
        <source>, first &apos;%1&apos;</source>
        <translation>，首个为“%1”</translation>
    </message>
    <message>
        <source>rejected: %1%2%3: %4</source>
        <extracomment>A refused part of the file: where (%1), in which column (%2), the text refused (%3), and why (%4).</extracomment>
        <translation>被拒绝: %1%2%3：%4</translation>
    </message>
    <message>
        <source>… and more rejections%1</source>
        <translation>… 还有更多被拒绝的内容%1</translation>
    </message>
    <message>
        <source> (all in %1)</source>
        <translation> （完整列表见 %1）</translation>
    </message>
    <message>
        <source> (--errors FILE.csv lists them all)</source>
        <translation> （使用 --errors FILE.csv 可列出全部）</translation>
    </message>
    <message>
        <source>dry run: nothing changed</source>
        <translation>试运行：未做任何更改</translation>
    </message>
    <message>
        <source>imported</source>
        <extracomment>The result of an import: it was committed.</extracomment>
        <translation>已导入</translation>
    </message>
    <message>
        <source>nothing imported: %1 rows rejected (--accept-valid imports the valid rows)</source>
        <translation>未导入任何内容：%1 行被拒绝（使用 --accept-valid 可导入有效的行）</translation>
    </message>
    <message>
        <source>batch: %1 (mixshift imports undo --batch %1 takes it back)</source>
        <translation>批次: %1（执行 mixshift imports undo --batch %1 可撤销此次导入）</translation>
    </message>
    <message>
        <source>result: %1</source>
        <translation>结果: %1</translation>
    </message>
    <message>
        <source>seconds: %1</source>
        <translation>耗时（秒）: %1</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 文件不存在</translation>
    </message>
    <message>
        <source>skip, overwrite or revision</source>
        <extracomment>The values the option takes, as typed (keep them in English).</extracomment>
        <translation>skip、overwrite 或 revision</translation>
    </message>
    <message>
        <source>%1 (the import itself was committed)</source>
        <translation>%1（导入本身已提交）</translation>
    </message>
    <message>
        <source>%1 (the project is unchanged)</source>
        <translation>%1（项目未作更改）</translation>
    </message>
    <message>
        <source>the sheet of a workbook (.xlsx, .ods) to read; the first by default</source>
        <translation>要读取的工作簿（.xlsx、.ods）中的工作表；默认为第一个</translation>
    </message>
    <message>
        <source>every refused row as CSV (or a workbook, for a name ending in .xlsx)</source>
        <translation>所有被拒绝的行，写成 CSV（文件名以 .xlsx 结尾时写成工作簿）</translation>
    </message>
    <message>
        <source>sheet: %1</source>
        <extracomment>%1 is the sheet&apos;s name.</extracomment>
        <translation>工作表：%1</translation>
    </message>
    <message>
        <source>sha256 of the sheet&apos;s cells: %1</source>
        <translation>工作表单元格的 sha256：%1</translation>
    </message>
    <message>
        <source>header: row %1</source>
        <translation>表头：第 %1 行</translation>
    </message>
    <message>
        <source>import: expected one CSV file or workbook, e.g. mixshift import figures.csv --db my.mixshift</source>
        <translation>import：需要一个 CSV 文件或工作簿，例如 mixshift import figures.csv --db my.mixshift</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>import profile: unknown version %1</source>
        <translation>导入配置：未知版本 %1</translation>
    </message>
    <message>
        <source>import profile: unknown field &apos;%1&apos;</source>
        <translation>导入配置：未知字段“%1”</translation>
    </message>
</context>
<context>
    <name>ImportProfiles</name>
    <message>
        <source>an import profile needs a name</source>
        <translation>导入配置需要一个名称</translation>
    </message>
    <message>
        <source>import profile &apos;%1&apos; is damaged</source>
        <translation>导入配置“%1”已损坏</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>… (%1 characters)</source>
        <extracomment>after a cell cut short in a message: &quot;…&quot; follows the cell&apos;s first 80 characters</extracomment>
        <translation>…（共 %1 个字符）</translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>import: the header has no column &apos;%1&apos; (columns: %2)</source>
        <translation>import: 表头中没有“%1”列（现有列：%2）</translation>
    </message>
    <message>
        <source>periods: labels, not dates; the period length chosen does not apply</source>
        <translation>期间: 为标签而非日期；所选的期间长度不适用</translation>
    </message>
    <message>
        <source>one date (%1)</source>
        <translation>只有一个日期（%1）</translation>
    </message>
    <message>
        <source>dates a %1 apart (%2)</source>
        <translation>日期按%1间隔（%2）</translation>
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
        <translation>期间: %1；不保存逐日数值：请用 --period-length month、quarter 或 year 将其合并</translation>
    </message>
    <message>
        <source>periods: %1, combined into %2 (%3; %4 of each period, --aggregate chooses)</source>
        <translation>期间: %1，合并为%2（%3；每期%4，可用 --aggregate 指定）</translation>
    </message>
    <message>
        <source>the last value of stocks and ratios, the sum of flows</source>
        <translation>存量与比率取最后一个值、流量取合计</translation>
    </message>
    <message>
        <source>the %1</source>
        <translation>取 %1</translation>
    </message>
    <message>
        <source>periods: %1, each read as the %2 ending on that date (%3)</source>
        <translation>期间: %1，每个日期视为截至该日的%2（%3）</translation>
    </message>
    <message>
        <source>guessed from the header</source>
        <translation>根据表头推测</translation>
    </message>
    <message>
        <source>import: no profile &apos;%1&apos; in this project (profiles: %2)</source>
        <translation>import: 此项目中没有导入配置“%1”（现有配置：%2）</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;</source>
        <translation>导入配置“%1”</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; (saved for this header)</source>
        <translation>导入配置“%1”（为此表头保存）</translation>
    </message>
    <message>
        <source>from the profile</source>
        <translation>来自导入配置</translation>
    </message>
    <message>
        <source>columns left out as asked: %1</source>
        <translation>按要求跳过的列: %1</translation>
    </message>
    <message>
        <source>columns not read (text, not values): %1</source>
        <translation>未读取的列（为文本而非数值）: %1</translation>
    </message>
    <message>
        <source>a statement names no provider: give the company (--default provider=NAME)</source>
        <translation>报表未注明厂商：请指定公司（--default provider=NAME）</translation>
    </message>
    <message>
        <source>statement currency: %1 (per-share lines without a unit take it)</source>
        <translation>报表货币: %1（未注明单位的每股项目使用该货币）</translation>
    </message>
    <message>
        <source>%1 is read from its cells: the encoding, delimiter and quote given do not apply</source>
        <translation>%1 按单元格读取：所给的编码、分隔符和引号不适用</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>%1: --sheet is for workbooks (.xlsx, .ods); this is a text file</source>
        <translation>%1：--sheet 仅用于工作簿（.xlsx、.ods）；这是文本文件</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>percent, stored as a fraction</source>
        <translation>百分比，以小数形式保存</translation>
    </message>
    <message>
        <source>unit %1 = %2 (%3 values)</source>
        <translation>单位 %1 = %2（%3 个数值）</translation>
    </message>
    <message>
        <source>per share, not scaled as totals: %1</source>
        <translation>每股数据，不按总额换算：%1</translation>
    </message>
    <message>
        <source>two lines for one metric: %1</source>
        <translation>同一指标有两行：%1</translation>
    </message>
    <message>
        <source>1 line missing in every period, skipped</source>
        <translation>1 行在所有期间均无数值，已跳过</translation>
    </message>
    <message>
        <source>%1 lines missing in every period, skipped</source>
        <translation>%1 行在所有期间均无数值，已跳过</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>该行有 %1 个字段，表头有 %2 个</translation>
    </message>
    <message>
        <source>%1; the rest of the file cannot be read</source>
        <translation>%1；文件其余部分无法读取</translation>
    </message>
    <message>
        <source>%1: no header row (record %2) in the file</source>
        <translation>%1: 文件中没有表头行（第 %2 条记录）</translation>
    </message>
    <message>
        <source>a revision without a current value for its period above it</source>
        <translation>修订行的上方没有同一期间的当前值</translation>
    </message>
</context>
<context>
    <name>ImportsCommand</name>
    <message>
        <source>a table to read (default), or CSV with every field whole</source>
        <translation>便于阅读的表格（默认），或每个字段完整输出的 CSV</translation>
    </message>
    <message>
        <source>the import to take back (mixshift imports lists them)</source>
        <translation>要撤销的导入批次（可用 mixshift imports 查看）</translation>
    </message>
    <message>
        <source>imports undo: --batch ID is required (mixshift imports lists them)</source>
        <translation>imports undo: 必须指定 --batch ID（可用 mixshift imports 查看）</translation>
    </message>
    <message>
        <source>undone: %1 (%2, %3)</source>
        <translation>已撤销：%1（%2，%3）</translation>
    </message>
    <message>
        <source>values removed: %1</source>
        <translation>已删除数值：%1</translation>
    </message>
    <message>
        <source>values restored: %1</source>
        <translation>已恢复数值：%1</translation>
    </message>
    <message>
        <source>revisions removed: %1</source>
        <translation>已删除修订：%1</translation>
    </message>
    <message>
        <source>catalog entries removed: %1</source>
        <translation>已删除目录条目：%1</translation>
    </message>
    <message>
        <source>imports: use &apos;imports list&apos; (or just &apos;imports&apos;) or &apos;imports undo&apos;</source>
        <translation>imports: 请使用“imports list”（或仅“imports”）或“imports undo”</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>also fill it with the bundled sample figures, their sources and saved charts</source>
        <translation>同时填入随附的示例数据及其来源和已保存的图表</translation>
    </message>
    <message>
        <source>init: the project file name is empty; give one, e.g. mixshift init my.mixshift</source>
        <translation>init: 项目文件名为空；请指定一个，例如 mixshift init my.mixshift</translation>
    </message>
    <message>
        <source>created %1 (%2 series, %3 observations)</source>
        <translation>已创建 %1（%2 个序列，%3 个观测值）</translation>
    </message>
    <message>
        <source>the project to create: a file that does not exist yet, or an empty database&apos;s postgresql:// URI</source>
        <translation>要创建的项目：尚不存在的文件，或空数据库的 postgresql:// URI</translation>
    </message>
    <message>
        <source>init: expected one project, e.g. mixshift init my.mixshift [--sample] or mixshift init postgresql://admin@dbhost/cloud</source>
        <translation>init：需要一个项目，例如 mixshift init my.mixshift [--sample] 或 mixshift init postgresql://admin@dbhost/cloud</translation>
    </message>
    <message>
        <source>its roles: GRANT mixshift_reader TO someone; lets a user read, GRANT mixshift_writer TO someone; lets one import and edit too</source>
        <translation>其角色：GRANT mixshift_reader TO 某人; 允许其读取，GRANT mixshift_writer TO 某人; 还允许其导入和编辑</translation>
    </message>
</context>
<context>
    <name>LeverMoveCommand</name>
    <message>
        <source>Move %1</source>
        <translation>调整%1</translation>
    </message>
</context>
<context>
    <name>MixLevers</name>
    <message>
        <source>Base-quarter revenue</source>
        <translation>基期季度收入</translation>
    </message>
    <message>
        <source>Alibaba Cloud&apos;s FY2024 Q2 revenue, 276.48 億元 (the article); replaced by the project&apos;s base quarter</source>
        <translation>Alibaba Cloud FY2024 Q2 收入为 276.48 亿元（据文章）；会被项目的基期季度数据取代</translation>
    </message>
    <message>
        <source>Base-quarter adjusted EBITA</source>
        <translation>基期季度经调整 EBITA</translation>
    </message>
    <message>
        <source>Alibaba Cloud&apos;s FY2024 Q2 adjusted EBITA, 14.09 億元 (the article); it fixes the public-cloud margin</source>
        <translation>Alibaba Cloud FY2024 Q2 经调整 EBITA 为 14.09 亿元（据文章）；它决定了公有云利润率</translation>
    </message>
    <message>
        <source>Project-based share of revenue</source>
        <translation>项目制收入占比</translation>
    </message>
    <message>
        <source>not disclosed; 30% is a round assumption for a provider known for large integration projects</source>
        <translation>未披露；对以大型集成项目著称的厂商取 30% 这一整数假设</translation>
    </message>
    <message>
        <source>Margin on project revenue</source>
        <translation>项目收入利润率</translation>
    </message>
    <message>
        <source>integration work carries custom effort and hardware resale (the article&apos;s 增收不增利): a 5% loss is assumed</source>
        <translation>集成工作包含定制化投入和硬件转售（即文章所说的“增收不增利”）：假设亏损 5%</translation>
    </message>
    <message>
        <source>Margin on public-cloud revenue</source>
        <translation>公有云收入利润率</translation>
    </message>
    <message>
        <source>used only without a base EBITA; with the article&apos;s base quarter it is implied (about 9.4%)</source>
        <translation>仅在没有基期 EBITA 时使用；采用文章的基期季度时，该值可由其推算（约 9.4%）</translation>
    </message>
    <message>
        <source>Quarterly wind-down of project revenue</source>
        <translation>项目收入每季度缩减比例</translation>
    </message>
    <message>
        <source>the article&apos;s 減少項目制銷售訂單: a twentieth of project revenue dropped each quarter</source>
        <translation>即文章所说的“减少项目制销售订单”：每季度削减二十分之一的项目收入</translation>
    </message>
    <message>
        <source>Dropped project revenue won back as public cloud</source>
        <translation>缩减项目收入的公有云回流比例</translation>
    </message>
    <message>
        <source>share of dropped project revenue that customers bring back as public-cloud use; an assumption</source>
        <translation>缩减的项目收入中，客户转为使用公有云而带回的比例；此为假设</translation>
    </message>
    <message>
        <source>Delay before it comes back</source>
        <translation>回流前的延迟</translation>
    </message>
    <message>
        <source>migrations take about half a year</source>
        <translation>迁移大约需要半年</translation>
    </message>
    <message>
        <source>Organic public-cloud growth</source>
        <translation>公有云内生增长</translation>
    </message>
    <message>
        <source>public-cloud growth between AWS&apos;s 12% and Azure&apos;s 29% (2023 Q3, the article)</source>
        <translation>公有云增速介于 AWS 的 12% 与 Azure 的 29% 之间（2023 Q3，据文章）</translation>
    </message>
    <message>
        <source>Extra growth from AI workloads</source>
        <translation>AI 工作负载带来的额外增长</translation>
    </message>
    <message>
        <source>extra public-cloud growth from AI workloads; China&apos;s AI public cloud grew 80.6% in 2022 (IDC, the article) from a small base</source>
        <translation>AI 工作负载带来的公有云额外增长；2022 年中国 AI 公有云在较小基数上增长了 80.6%（IDC，据文章）</translation>
    </message>
    <message>
        <source>Margin gain per doubling of public cloud</source>
        <translation>公有云每翻一番的利润率提升</translation>
    </message>
    <message>
        <source>standardised services spread fixed costs: two margin points per doubling of public-cloud revenue</source>
        <translation>标准化服务摊薄固定成本：公有云收入每翻一番，利润率提升两个百分点</translation>
    </message>
    <message>
        <source>Ceiling on the public-cloud margin</source>
        <translation>公有云利润率上限</translation>
    </message>
    <message>
        <source>AWS&apos;s FY2022 margin was 28.5% (the article); 35% caps the leverage</source>
        <translation>AWS FY2022 的利润率为 28.5%（据文章）；以 35% 为规模效应设定上限</translation>
    </message>
    <message>
        <source>Quarters projected</source>
        <translation>预测季度数</translation>
    </message>
    <message>
        <source>three years, as product.md §6.1 suggests</source>
        <translation>三年，依照 product.md §6.1 的建议</translation>
    </message>
    <message>
        <source>1 quarter</source>
        <translation>1 个季度</translation>
    </message>
    <message>
        <source>%1 quarters</source>
        <translation>%1 个季度</translation>
    </message>
    <message>
        <source>%1 points per doubling</source>
        <translation>每翻一番 %1 个百分点</translation>
    </message>
    <message>
        <source>%1% a quarter</source>
        <translation>每季度 %1%</translation>
    </message>
    <message>
        <source>%1% a year</source>
        <translation>每年 %1%</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>points per doubling</source>
        <translation>百分点/每翻一番</translation>
    </message>
    <message>
        <source>unknown lever &apos;%1&apos; (levers: %2)</source>
        <translation>未知杠杆“%1”（可用杠杆：%2）</translation>
    </message>
    <message>
        <source>lever %1 = %2 is outside its bounds %3 … %4 (%5)</source>
        <translation>杠杆 %1 = %2 超出其范围 %3 … %4（%5）</translation>
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
        <translation>预测期累计收入</translation>
    </message>
    <message>
        <source>Margin at the horizon</source>
        <translation>期末利润率</translation>
    </message>
    <message>
        <source>Quarter revenue is back at the status quo</source>
        <translation>收入回到现状路径的季度</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>个季度</translation>
    </message>
</context>
<context>
    <name>MixQuarterTable</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>利润率</translation>
    </message>
    <message>
        <source>Revenue YoY</source>
        <translation>收入同比</translation>
    </message>
    <message>
        <source>EBITA YoY</source>
        <translation>EBITA 同比</translation>
    </message>
    <message>
        <source>Status-quo revenue</source>
        <translation>现状收入</translation>
    </message>
    <message>
        <source>Status-quo EBITA</source>
        <translation>现状 EBITA</translation>
    </message>
    <message>
        <source>Revenue P5 … P95</source>
        <extracomment>A column of the quarters&apos; table: the Monte Carlo&apos;s band of revenue.</extracomment>
        <translation>收入 P5 … P95</translation>
    </message>
</context>
<context>
    <name>MonteCarlo</name>
    <message>
        <source>&apos;%1&apos; is not a distribution (%2)</source>
        <translation>“%1”不是有效的分布（%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a finite number</source>
        <translation>“%1”：“%2”不是有限数值</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2 numbers (%3)</source>
        <translation>“%1”需要 %2 个数值（%3）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a must be below b</source>
        <translation>“%1”：a 必须小于 b</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: needs a ≤ mode ≤ b with a &lt; b</source>
        <translation>“%1”：需要满足 a ≤ mode ≤ b 且 a &lt; b</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the standard deviation must be above zero</source>
        <translation>“%1”：标准差必须大于零</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: sigma must be above zero</source>
        <translation>“%1”：sigma 必须大于零</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give LEVER=DISTRIBUTION, e.g. wind_down=uniform(0.02,0.15)</source>
        <translation>“%1”：请按 LEVER=DISTRIBUTION 格式给出，例如 wind_down=uniform(0.02,0.15)</translation>
    </message>
    <message>
        <source>unknown lever &apos;%1&apos; (levers: %2)</source>
        <translation>未知杠杆“%1”（可用杠杆：%2）</translation>
    </message>
    <message>
        <source>Monte Carlo takes 1 to %1 draws, not %2</source>
        <translation>蒙特卡洛模拟次数须为 1 到 %1，而不是 %2</translation>
    </message>
    <message>
        <source>wind_down and organic_growth ±50% around their settings</source>
        <translation>wind_down 与 organic_growth 在当前设定上下浮动 50%</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1: cannot be written: the folder %2 does not exist</source>
        <translation>%1: 无法写入：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: 无法写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2; the output is incomplete</source>
        <translation>%1: 无法写入：%2；输出不完整</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2; nothing was saved</source>
        <translation>%1: 无法写入：%2；未保存任何内容</translation>
    </message>
</context>
<context>
    <name>OutputGuard</name>
    <message>
        <source>the project</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>the project&apos;s write-ahead log</source>
        <translation>项目的预写日志</translation>
    </message>
    <message>
        <source>the project&apos;s shared-memory file</source>
        <translation>项目的共享内存文件</translation>
    </message>
    <message>
        <source>the project&apos;s journal</source>
        <translation>项目的回滚日志</translation>
    </message>
    <message>
        <source>%1 %2 would overwrite %3 (%4); choose another output file (nothing was written)</source>
        <extracomment>%1 is an option (--csv, --errors, --out), %2 the file given with it, %3 what that file is, %4 its path</extracomment>
        <translation>%1 %2 会覆盖%3（%4）；请选择其他输出文件（未写入任何内容）</translation>
    </message>
</context>
<context>
    <name>PostgresDatabase</name>
    <message>
        <source>%1: the server refused the password</source>
        <translation>%1：服务器拒绝了该密码</translation>
    </message>
    <message>
        <source>%1: the server wants a password; give it in PGPASSWORD or ~/.pgpass (or in the app&apos;s Connect dialog)</source>
        <translation>%1：服务器需要密码；请在 PGPASSWORD 或 ~/.pgpass 中提供（或在应用的连接对话框中输入）</translation>
    </message>
    <message>
        <source>%1: cannot connect to the team store: %2</source>
        <translation>%1：无法连接团队库：%2</translation>
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
        <translation>%1: 由较旧版本的 MixShift 写入（架构版本 %2）；请以可写方式打开一次（例如在应用程序中打开）以完成升级</translation>
    </message>
    <message>
        <source>%1: cannot be changed: the file or its folder is read-only; the project is unchanged</source>
        <translation>%1: 无法更改：文件或其所在文件夹为只读；项目未作更改</translation>
    </message>
    <message>
        <source>no project file named; give a file name, e.g. my.mixshift</source>
        <translation>未指定项目文件；请提供文件名，例如 my.mixshift</translation>
    </message>
    <message>
        <source>%1: already exists; choose a new file name</source>
        <translation>%1: 已存在；请选择新的文件名</translation>
    </message>
    <message>
        <source>%1: is not a MixShift team store (no MixShift tables in the database); create one with mixshift init %1</source>
        <translation>%1：不是 MixShift 团队库（数据库中没有 MixShift 的表）；请用 mixshift init %1 创建</translation>
    </message>
    <message>
        <source>%1: was written by a newer MixShift (schema version %2; this version reads up to %3); use a newer MixShift</source>
        <translation>%1：由较新的 MixShift 写入（架构版本 %2；本版本最多读取 %3）；请使用较新的 MixShift</translation>
    </message>
    <message>
        <source>%1: read-only access to the team store (database user %2 may only read); nothing was changed; ask the administrator for the mixshift_writer role</source>
        <translation>%1：对团队库只有只读权限（数据库用户 %2 只能读取）；未做任何更改；请向管理员申请 mixshift_writer 角色</translation>
    </message>
    <message>
        <source>%1: already holds a MixShift team store; open it, or name an empty database</source>
        <translation>%1：已有 MixShift 团队库；请打开它，或指定一个空数据库</translation>
    </message>
    <message>
        <source>%1: was written by an older MixShift (schema version %2); its owner, database user %3, must open it once for writing with this version to upgrade it; nothing was changed</source>
        <translation>%1: 由较旧版本的 MixShift 写入（架构版本 %2）；须由其所有者（数据库用户 %3）用此版本以可写方式打开一次以完成升级；未做任何更改</translation>
    </message>
</context>
<context>
    <name>ProjectCopy</name>
    <message>
        <source>%1: cannot take the rows of table %2: two of them have the same key there (e.g. aliases that differ only in the case of non-ASCII letters); nothing was copied</source>
        <translation>%1：无法接收表 %2 的行：其中两行在此处键相同（例如仅非 ASCII 字母大小写不同的别名）；未复制任何内容</translation>
    </message>
</context>
<context>
    <name>ProjectFileCheck</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is not a MixShift project (not a SQLite database)</source>
        <translation>不是 MixShift 项目（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>is corrupt (invalid page size %1 in the SQLite header)</source>
        <translation>已损坏（SQLite 文件头中的页大小 %1 无效）</translation>
    </message>
    <message>
        <source>is truncated (the header says %1 bytes, the file has %2)</source>
        <translation>已被截断（文件头标明 %1 字节，实际文件为 %2 字节）</translation>
    </message>
    <message>
        <source>is corrupt (SQLite integrity check: %1)</source>
        <translation>已损坏（SQLite 完整性检查：%1）</translation>
    </message>
    <message>
        <source>is damaged: a MixShift project without a schema version; restore it from a backup</source>
        <translation>已损坏：MixShift 项目缺少架构版本；请从备份中恢复</translation>
    </message>
    <message>
        <source>was written by a newer MixShift (schema version %1; this version reads up to %2); open it with a newer MixShift</source>
        <translation>由较新版本的 MixShift 写入（架构版本 %1；当前版本最高只能读取 %2）；请用较新版本的 MixShift 打开</translation>
    </message>
    <message>
        <source>is a SQLite database of another application, not a MixShift project</source>
        <translation>是其他应用程序的 SQLite 数据库，不是 MixShift 项目</translation>
    </message>
    <message>
        <source>is an empty SQLite database, not a MixShift project; create a project with mixshift init or File › New Project</source>
        <translation>是空的 SQLite 数据库，不是 MixShift 项目；请使用 mixshift init 或“文件 › 新建项目”创建项目</translation>
    </message>
    <message>
        <source>%1: is corrupt or not a MixShift project; it was left unchanged</source>
        <translation>%1: 已损坏或不是 MixShift 项目；文件未作任何更改</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>is empty (0 bytes), not a MixShift project; create a project with mixshift init or File › New Project</source>
        <translation>为空（0 字节），不是 MixShift 项目；请使用 mixshift init 或“文件 › 新建项目”创建项目</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg);;Data behind the chart (*.csv);;Data behind the chart, workbook (*.xlsx)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf);;SVG 图形 (*.svg);;图表数据 (*.csv);;图表数据，工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>QMenu</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>复制图像(&amp;C)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The sample project could not be created: %1</source>
        <translation>无法创建示例项目：%1</translation>
    </message>
</context>
<context>
    <name>QueryCommand</name>
    <message>
        <source>only this provider (name or alias)</source>
        <translation>仅限此厂商（名称或别名）</translation>
    </message>
    <message>
        <source>only this metric (key or alias)</source>
        <translation>仅限此指标（代码或别名）</translation>
    </message>
    <message>
        <source>a table to read (default; long cells cut at 60 columns), or CSV with names whole, which import reads back</source>
        <translation>便于阅读的表格（默认；过长的单元格在 60 个字符宽处截断），或名称完整的 CSV（可由 import 读回）</translation>
    </message>
    <message>
        <source>query: no provider or alias &apos;%1&apos; in %2</source>
        <translation>query: %2 中没有名为 &apos;%1&apos; 的厂商或别名</translation>
    </message>
    <message>
        <source>query: no metric or alias &apos;%1&apos; in %2</source>
        <translation>query: %2 中没有名为 &apos;%1&apos; 的指标或别名</translation>
    </message>
    <message>
        <source>with --format xlsx: the workbook to write (the values in display units, and a sheet of their sources)</source>
        <translation>配合 --format xlsx：要写入的工作簿（数值以显示单位表示，另附来源工作表）</translation>
    </message>
    <message>
        <source>query: --format xlsx writes a file: give it with --out FILE.xlsx</source>
        <translation>query：--format xlsx 会写入文件：请用 --out FILE.xlsx 指定</translation>
    </message>
    <message>
        <source>wrote %1 values and their sources to %2</source>
        <translation>已将 %1 个数值及其来源写入 %2</translation>
    </message>
    <message>
        <source>query: --out is for --format xlsx; csv and table go to the terminal (use &gt; FILE)</source>
        <translation>query：--out 仅用于 --format xlsx；csv 和 table 输出到终端（请用 &gt; FILE）</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>a saved chart to show, once for each (mixshift chart list); with no --chart and no --scenario, every saved chart and scenario</source>
        <translation>要显示的已保存图表，每个图表指定一次（见 mixshift chart list）；未指定 --chart 和 --scenario 时，显示所有已保存的图表和情景</translation>
    </message>
    <message>
        <source>a saved mix scenario to show, once for each (mixshift scenario list)</source>
        <translation>要显示的已保存结构模型情景，每个情景指定一次（见 mixshift scenario list）</translation>
    </message>
    <message>
        <source>the report&apos;s title; default: the project&apos;s name</source>
        <translation>报告标题；默认：项目名称</translation>
    </message>
    <message>
        <source>who wrote it, on the title page</source>
        <translation>作者，显示在标题页上</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
        <source>report: --out names a .pdf file, not &apos;%1&apos;</source>
        <translation>report: --out 须指定 .pdf 文件，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wrote %1 (%2 pages) in %3 s: charts %4, scenarios %5, findings %6, sources %7</source>
        <translation>已写入 %1（%2 页），用时 %3 秒：图表 %4 个，情景 %5 个，发现 %6 项，来源 %7 个</translation>
    </message>
    <message>
        <source>the project: a file, or a team store&apos;s postgresql:// URI</source>
        <translation>项目：一个文件，或团队库的 postgresql:// URI</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>report: no saved chart &apos;%1&apos; (mixshift chart list shows them)</source>
        <translation>report: 没有已保存的图表“%1”（可用 mixshift chart list 查看）</translation>
    </message>
    <message>
        <source>report: chart &apos;%1&apos;: %2</source>
        <translation>report: 图表“%1”：%2</translation>
    </message>
    <message>
        <source>report: no saved scenario &apos;%1&apos; (mixshift scenario list shows them)</source>
        <translation>report: 没有已保存的情景“%1”（可用 mixshift scenario list 查看）</translation>
    </message>
    <message>
        <source>report: scenario &apos;%1&apos; is of the %2 model; a report shows mix scenarios</source>
        <translation>report: 情景“%1”使用的是 %2 模型；报告只包含 mix 模型的情景</translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>the report&apos;s pages could not be drawn</source>
        <translation>无法绘制报告页面</translation>
    </message>
    <message>
        <source>A MixShift report on %1</source>
        <translation>关于 %1 的 MixShift 报告</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>报告内容</translation>
    </message>
    <message>
        <source>1 chart</source>
        <translation>1 个图表</translation>
    </message>
    <message>
        <source>%1 charts</source>
        <translation>%1 个图表</translation>
    </message>
    <message>
        <source>1 scenario</source>
        <translation>1 个情景</translation>
    </message>
    <message>
        <source>%1 scenarios</source>
        <translation>%1 个情景</translation>
    </message>
    <message>
        <source>1 consistency finding</source>
        <translation>1 项一致性发现</translation>
    </message>
    <message>
        <source>%1 consistency findings</source>
        <translation>%1 项一致性发现</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>1 个来源</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 个来源</translation>
    </message>
    <message>
        <source>Every value shown is followed by the number of its source in brackets; the sources are listed at the end. Values are the project&apos;s current ones, in the units the charts show.</source>
        <translation>每个数值后方括号内的数字是其来源编号；来源列于报告末尾。数值为项目的当前值，单位与图表所示一致。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Values plotted</source>
        <translation>图中数值</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>情景：%1</translation>
    </message>
    <message>
        <source>revenue %1, adjusted EBITA %2</source>
        <translation>收入 %1，调整后 EBITA %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>%1, from base figures set in the scenario (%2); quarters are counted from them.</source>
        <translation>%1，采用情景中设定的基期数据（%2）；各季度由此起算。</translation>
    </message>
    <message>
        <source>%1, from %2: %3 %4.</source>
        <translation>%1，取自 %2：%3 %4。</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Why this value</source>
        <translation>取值依据</translation>
    </message>
    <message>
        <source>%1, implied by the base quarter</source>
        <translation>%1，由基期季度推算</translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation>（默认 %1）</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <source>Results, quarter by quarter (%1)</source>
        <translation>逐季结果（%1）</translation>
    </message>
    <message>
        <source>quarter %1 (%2)</source>
        <translation>第 %1 季度（%2）</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>不在预测期限内</translation>
    </message>
    <message>
        <source>Consistency findings</source>
        <translation>一致性发现</translation>
    </message>
    <message>
        <source>No stated figure behind what this report shows disagrees with what other stated figures imply.</source>
        <translation>本报告所示内容所依据的列报数字，均与其他列报数字推算出的结果一致。</translation>
    </message>
    <message>
        <source>Stated figures behind what this report shows that disagree with what other stated figures imply (as mixshift check finds them), with every figure involved, so that the reader can see which one to doubt.</source>
        <translation>以下列出本报告所示内容所依据、但与其他列报数字推算结果不一致的列报数字（即 mixshift check 发现的问题），并附上涉及的全部数字，以便读者判断应怀疑哪一个。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Every source behind a number shown, numbered as in the footnotes.</source>
        <translation>所示数字的全部来源，编号与脚注一致。</translation>
    </message>
    <message>
        <source>[%1] %2 (how a derived figure was computed)</source>
        <translation>[%1] %2（派生数字的计算方式）</translation>
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
        <translation>收入结构模型的 %1：%2</translation>
    </message>
    <message>
        <source>%1 about the figures shown</source>
        <extracomment>%1: &quot;2 consistency findings&quot; (or &quot;1 consistency finding&quot;).</extracomment>
        <translation>关于所示数字的 %1</translation>
    </message>
    <message>
        <source>%1 behind the numbers shown, each listed with its publisher, date and address</source>
        <extracomment>%1: &quot;5 sources&quot; (or &quot;1 source&quot;).</extracomment>
        <translation>所示数字背后的 %1，逐一列出发布者、日期和网址</translation>
    </message>
    <message>
        <source>The status quo is %1. Revenue foregone against it, all quarters together: %2. EBITA gained: %3. Revenue is lowest in quarter %4 (%5); it is back at the status quo in %6. Of %7 draws varying %8, %9 end with revenue at or above the base quarter&apos;s.</source>
        <translation>现状路径为%1。相对现状累计放弃的收入：%2。增加的 EBITA：%3。收入在第 %4 季度（%5）最低；在%6回到现状。在变动%8的 %7 次抽样中，%9 的期末收入不低于基准季度。</translation>
    </message>
</context>
<context>
    <name>RowMapper</name>
    <message>
        <source>not a date range (YYYY-MM-DD, start before end, years %1–%2)</source>
        <translation>不是有效的日期范围（YYYY-MM-DD，开始早于结束，年份 %1–%2）</translation>
    </message>
    <message>
        <source>no period (map a period column, or give a default period)</source>
        <translation>缺少期间（请映射一个期间列，或提供默认期间）</translation>
    </message>
    <message>
        <source>the dates are days, and a day is not a period MixShift stores: choose a period length of month, quarter or year (--period-length); the values of each period are then combined (--aggregate)</source>
        <translation>日期为逐日日期，而 MixShift 不存储以日为单位的期间：请选择月、季度或年作为期间长度（--period-length）；随后每个期间内的数值将被合并（--aggregate）</translation>
    </message>
    <message>
        <source>not a period (e.g. 2023Q3, Q3 2023, FY2024 Q2, 2024財年第二財季, 2023年第三季度, 2023-09-30, 2023; years %1–%2)</source>
        <translation>不是有效的期间（例如 2023Q3、Q3 2023、FY2024 Q2、2024財年第二財季、2023年第三季度、2023-09-30、2023；年份 %1–%2）</translation>
    </message>
    <message>
        <source>%1: kept &apos;%2&apos;, left out &apos;%3&apos; (line %4)</source>
        <translation>%1：保留“%2”，略去“%3”（第 %4 行）</translation>
    </message>
    <message>
        <source>no value column is mapped</source>
        <translation>未映射任何数值列</translation>
    </message>
    <message>
        <source>no provider (map a provider column, or give a default provider)</source>
        <translation>缺少厂商（请映射一个厂商列，或提供默认厂商）</translation>
    </message>
    <message>
        <source>%1; choose a rule for ranges (midpoint, low or high)</source>
        <translation>%1；请选择范围值的处理规则（中点、下限或上限）</translation>
    </message>
    <message>
        <source>no metric (map a metric column, or give a default metric)</source>
        <translation>缺少指标（请映射一个指标列，或提供默认指标）</translation>
    </message>
    <message>
        <source>not a unit (two scales or currencies)</source>
        <translation>不是有效的单位（含两个量级或两种货币）</translation>
    </message>
    <message>
        <source>the cell&apos;s unit disagrees with the unit &apos;%1&apos;</source>
        <translation>单元格的单位与单位“%1”不一致</translation>
    </message>
    <message>
        <source>the unit says %1</source>
        <translation>单位中的货币为 %1</translation>
    </message>
    <message>
        <source>%1 is a percentage: give the unit % (in the cell, a unit column, the header as in &apos;Share (%)&apos;, or a default unit)</source>
        <translation>%1 是百分比：请指定单位 %（可写在单元格、单位列或表头中，如“Share (%)”，也可设为默认单位）</translation>
    </message>
    <message>
        <source>%1 is not a percentage, but the value is</source>
        <translation>%1 不是百分比，但该数值是百分比</translation>
    </message>
    <message>
        <source>%1 is money but no currency is given (a currency column, a unit such as 億元 or bn USD, or a default currency)</source>
        <translation>%1 是金额，但未指定货币（请使用货币列、亿元 或 bn USD 之类的单位，或默认货币）</translation>
    </message>
    <message>
        <source>status must be current or revision</source>
        <translation>状态（status）必须为 current 或 revision</translation>
    </message>
</context>
<context>
    <name>SampleDataset</name>
    <message>
        <source>not a month number 1-12</source>
        <translation>不是 1-12 之间的月份数字</translation>
    </message>
    <message>
        <source>no such metric in metrics.csv</source>
        <translation>metrics.csv 中没有此指标</translation>
    </message>
    <message>
        <source>no such market in markets.csv</source>
        <translation>markets.csv 中没有此市场</translation>
    </message>
    <message>
        <source>every source needs a title</source>
        <translation>每个来源都需要标题</translation>
    </message>
    <message>
        <source>no such source in sources.csv</source>
        <translation>sources.csv 中没有此来源</translation>
    </message>
    <message>
        <source>no such provider in providers.csv</source>
        <translation>providers.csv 中没有此厂商</translation>
    </message>
    <message>
        <source>not a period (2022, 2023Q3, FY2024Q2, FY2022 or 2023-07)</source>
        <translation>不是有效的期间（2022、2023Q3、FY2024Q2、FY2022 或 2023-07）</translation>
    </message>
    <message>
        <source>not a plain number</source>
        <translation>不是纯数字</translation>
    </message>
    <message>
        <source>not a unit (it names two scales or two currencies)</source>
        <translation>不是有效的单位（包含两个数量级或两种货币）</translation>
    </message>
    <message>
        <source>the unit says %1</source>
        <translation>单位标明为 %1</translation>
    </message>
    <message>
        <source>a money figure needs a currency</source>
        <translation>金额数值需要指定币种</translation>
    </message>
    <message>
        <source>the metric is %1</source>
        <translation>该指标为 %1</translation>
    </message>
    <message>
        <source>expected one of ≈ &gt; ≥ &lt; ≤ or nothing</source>
        <translation>应为 ≈ &gt; ≥ &lt; ≤ 之一，或留空</translation>
    </message>
    <message>
        <source>not a period</source>
        <translation>不是有效的期间</translation>
    </message>
    <message>
        <source>not a positive number</source>
        <translation>不是正数</translation>
    </message>
    <message>
        <source>not line, bars, stacked-area, stacked-100 or bar-line</source>
        <translation>不是 line、bars、stacked-area、stacked-100 或 bar-line</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not LEVER=NUMBER</source>
        <translation>“%1”不符合 LEVER=NUMBER 格式</translation>
    </message>
</context>
<context>
    <name>ScenarioCommand</name>
    <message>
        <source>sensitivity of %1 (base %2):</source>
        <translation>%1 的敏感性（基准 %2）：</translation>
    </message>
    <message>
        <source>run a saved mix scenario (mixshift scenario list shows them)</source>
        <translation>运行已保存的 mix 情景（可用 mixshift scenario list 查看）</translation>
    </message>
    <message>
        <source>mix: project-based revenue winding down into public cloud, quarter by quarter; share: a market&apos;s shares year by year; penetration: public cloud&apos;s share of a country&apos;s compute</source>
        <translation>mix: 项目制收入逐季缩减并转入公有云；share: 某一市场逐年的份额；penetration: 公有云在一国算力市场中所占的份额</translation>
    </message>
    <message>
        <source>mix: the provider, whose latest quarter with revenue is quarter 0 (default %1)</source>
        <translation>mix: 厂商，以其最近一个有收入的季度为第 0 季度（默认 %1）</translation>
    </message>
    <message>
        <source>a lever or setting, once for each (fractions as decimals: 0.3 = 30%); mix: %1; share: market_growth, years; penetration: start_share, target_share, compute_market (these three needed), compute_growth, years, start_year</source>
        <translation>一个杠杆或设置，每项指定一次（比例以小数表示：0.3 = 30%）；mix: %1；share: market_growth, years；penetration: start_share, target_share, compute_market（此三项必填）, compute_growth, years, start_year</translation>
    </message>
    <message>
        <source>mix: targets to meet by solving for the --solve levers: revenue_growth@Q, ebita_growth@Q, margin@Q, revenue@Q, ebita@Q (Q a quarter within the horizon)</source>
        <translation>mix: 通过求解 --solve 所列杠杆来达成的目标：revenue_growth@Q, ebita_growth@Q, margin@Q, revenue@Q, ebita@Q（Q 为期限内的某一季度）</translation>
    </message>
    <message>
        <source>mix: the levers --calibrate solves for</source>
        <translation>mix: --calibrate 要求解的杠杆</translation>
    </message>
    <message>
        <source>mix: P5…P95 bands from N random draws, 1 to %1</source>
        <translation>mix: 由 N 次随机抽样得出 P5…P95 区间，N 为 1 到 %1</translation>
    </message>
    <message>
        <source>with --monte-carlo: the random seed, 0 to %1</source>
        <translation>与 --monte-carlo 一起使用：随机种子，0 到 %1</translation>
    </message>
    <message>
        <source>mix: rank the levers by how far each swings this output across its bounds</source>
        <translation>mix: 按各杠杆在其上下限之间对该输出的影响幅度排序</translation>
    </message>
    <message>
        <source>mix: keep the levers in the project under this name (the one option that writes to the project)</source>
        <translation>mix: 以此名称将杠杆保存到项目中（唯一会写入项目的选项）</translation>
    </message>
    <message>
        <source>with --save: notes kept with the scenario</source>
        <translation>与 --save 一起使用：随情景保存的备注</translation>
    </message>
    <message>
        <source>share: the market&apos;s key (default: Gartner worldwide IaaS)</source>
        <translation>share: 市场标识（默认：Gartner 全球 IaaS）</translation>
    </message>
    <message>
        <source>share: the base year (default 2022)</source>
        <translation>share: 基准年（默认 2022）</translation>
    </message>
    <message>
        <source>share: the source key of the base-year shares, or current for each period&apos;s current values (default: the article)</source>
        <translation>share: 基准年份额的来源标识，或用 current 表示各期的当前值（默认：文章中的数据）</translation>
    </message>
    <message>
        <source>share: a provider&apos;s own yearly revenue growth instead of the market&apos;s, once for each (above -1)</source>
        <translation>share: 某厂商自身的年收入增长率，取代市场增长率；每个厂商指定一次（须大于 -1）</translation>
    </message>
    <message>
        <source>share: move POINTS of share (0.02 = 2 points) from one provider to another in YEAR, once for each</source>
        <translation>share: 在 YEAR 年将 POINTS 个百分点的份额从一个厂商转移给另一个厂商（0.02 = 2 个百分点）；每次转移指定一次</translation>
    </message>
    <message>
        <source>mix: draw the paths (against the status quo), the revenue bridge, the tornado (of --tornado, default ebita) or the Monte Carlo fan (with --monte-carlo); share: the shares year by year; into --out</source>
        <translation>mix: 绘制路径（paths，与现状对比）、收入桥（bridge）、龙卷风图（tornado，即 --tornado 指定的输出，默认 ebita）或蒙特卡洛扇形图（fan，需配合 --monte-carlo）；share: 逐年份额（shares）；输出到 --out</translation>
    </message>
    <message>
        <source>with --plot: the file to write, .png, .pdf, .svg or .csv (the values drawn)</source>
        <translation>与 --plot 一起使用：要写入的文件，.png、.pdf、.svg 或 .csv（所绘数值）</translation>
    </message>
    <message>
        <source>scenario: --plot PLOT and --out FILE go together</source>
        <translation>scenario: --plot PLOT 与 --out FILE 须同时使用</translation>
    </message>
    <message>
        <source>scenario: the penetration model has no --plot (its --csv has the path)</source>
        <translation>scenario: 渗透率模型没有 --plot（其路径见 --csv 输出）</translation>
    </message>
    <message>
        <source>scenario: the share model plots --plot shares</source>
        <translation>scenario: 份额模型只能绘制 --plot shares</translation>
    </message>
    <message>
        <source>scenario: --plot shares is the share model&apos;s (--model share)</source>
        <translation>scenario: --plot shares 仅用于份额模型（--model share）</translation>
    </message>
    <message>
        <source>scenario: no saved scenario &apos;%1&apos; (saved: %2)</source>
        <translation>scenario: 没有名为“%1”的已保存情景（已保存：%2）</translation>
    </message>
    <message>
        <source>scenario run: give --name SAVED or --model mix|share|penetration</source>
        <translation>scenario run: 请指定 --name SAVED 或 --model mix|share|penetration</translation>
    </message>
    <message>
        <source>scenario: --vary and --seed go with --monte-carlo N (the number of draws)</source>
        <translation>scenario: --vary 和 --seed 须与 --monte-carlo N（抽样次数）一起使用</translation>
    </message>
    <message>
        <source>scenario: --plot fan draws the bands of --monte-carlo N; give it</source>
        <translation>scenario: --plot fan 绘制的是 --monte-carlo N 的区间，请指定 --monte-carlo N</translation>
    </message>
    <message>
        <source>calibration: %1</source>
        <translation>校准：%1</translation>
    </message>
    <message>
        <source>solved %1</source>
        <translation>已求解 %1</translation>
    </message>
    <message>
        <source>residual %1 = %2</source>
        <translation>残差 %1 = %2</translation>
    </message>
    <message>
        <source>revenue %1, EBITA %2</source>
        <translation>收入 %1，EBITA %2</translation>
    </message>
    <message>
        <source>revenue %1</source>
        <translation>收入 %1</translation>
    </message>
    <message>
        <source>provider: %1</source>
        <translation>厂商：%1</translation>
    </message>
    <message>
        <source>base quarter: %1</source>
        <translation>基准季度：%1</translation>
    </message>
    <message>
        <source>Q0, figures set here (%1), not the project&apos;s %2 (%3); quarters are counted from it</source>
        <translation>Q0，使用此处设定的数据（%1），而非项目中的 %2（%3）；季度从此起算</translation>
    </message>
    <message>
        <source>public-cloud margin: %1 (implied by the base quarter)</source>
        <translation>公有云利润率：%1（由基准季度推算）</translation>
    </message>
    <message>
        <source>public-cloud margin: %1 (lever)</source>
        <translation>公有云利润率：%1（杠杆）</translation>
    </message>
    <message>
        <source>unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>revenue foregone vs status quo (cumulative): %1</source>
        <translation>相对现状放弃的收入（累计）：%1</translation>
    </message>
    <message>
        <source>EBITA gained vs status quo (cumulative): %1</source>
        <translation>相对现状增加的 EBITA（累计）：%1</translation>
    </message>
    <message>
        <source>trough quarter: %1 (%2)</source>
        <translation>谷底季度：%1（%2）</translation>
    </message>
    <message>
        <source>recovery to status quo: %1</source>
        <translation>恢复至现状水平：%1</translation>
    </message>
    <message>
        <source>quarter %1 (%2)</source>
        <translation>第 %1 季度（%2）</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>不在期限内</translation>
    </message>
    <message>
        <source>bridge: %1 − wind-down %2 + conversion %3 + organic %4 + AI %5 = %6</source>
        <translation>收入桥：%1 − 缩减 %2 + 转化 %3 + 自然增长 %4 + AI %5 = %6</translation>
    </message>
    <message>
        <source>draws: %1</source>
        <translation>抽样次数：%1</translation>
    </message>
    <message>
        <source>P(revenue at H &gt;= base): %1</source>
        <translation>P(期限末收入 &gt;= 基准)：%1</translation>
    </message>
    <message>
        <source>saved as: %1</source>
        <translation>已保存为：%1</translation>
    </message>
    <message>
        <source>the results as CSV: the quarters (with the P5…P95 bands of --monte-carlo) or the years; a name ending in .xlsx writes a workbook</source>
        <translation>结果写成 CSV：各季度（含 --monte-carlo 的 P5…P95 区间）或各年度；文件名以 .xlsx 结尾时写成工作簿</translation>
    </message>
    <message>
        <source>scenario: use &apos;scenario run&apos;, &apos;scenario list&apos;, &apos;scenario grid&apos; or &apos;scenario goal&apos;</source>
        <translation>scenario：请使用 &apos;scenario run&apos;、&apos;scenario list&apos;、&apos;scenario grid&apos; 或 &apos;scenario goal&apos;</translation>
    </message>
    <message>
        <source>mix: what the path is measured against: path (the model without wind-down, the default) or forecast (an ETS forecast of the provider&apos;s revenue, the model chosen by AICc)</source>
        <translation>mix：路径的比较基准：path（不削减项目的模型路径，默认）或 forecast（对服务商收入的 ETS 预测，模型按 AICc 选择）</translation>
    </message>
    <message>
        <source>with --monte-carlo: how a lever varies, once for each: uniform(low,high), triangular(low,mode,high), normal(mean,sd) or lognormal(mu,sigma) (default: %1)</source>
        <translation>与 --monte-carlo 一起：杠杆如何变动，每个一次：uniform(low,high)、triangular(low,mode,high)、normal(mean,sd) 或 lognormal(mu,sigma)（默认：%1）</translation>
    </message>
    <message>
        <source>status quo: %1</source>
        <translation>现状路径：%1</translation>
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
        <translation>来源：MixShift 结构模型，基于项目中 %1 在 %2 的数据</translation>
    </message>
    <message>
        <source>revenue and EBITA against the status quo</source>
        <translation>收入和 EBITA 与现状对比</translation>
    </message>
    <message>
        <source>%1 P5–P95</source>
        <extracomment>The P5–P95 band of a projection (%1: Revenue or EBITA), in the legend.</extracomment>
        <translation>%1 P5–P95</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>EBITA</source>
        <translation>EBITA</translation>
    </message>
    <message>
        <source>Revenue, projected</source>
        <translation>收入（预测值）</translation>
    </message>
    <message>
        <source>EBITA, projected</source>
        <translation>EBITA（预测值）</translation>
    </message>
    <message>
        <source>Base figures given</source>
        <translation>给定的基期数据</translation>
    </message>
    <message>
        <source>Stated, %1</source>
        <translation>列报值，%1</translation>
    </message>
    <message>
        <source>revenue bridge over %1 quarters</source>
        <translation>%1 个季度的收入变动分解</translation>
    </message>
    <message>
        <source>Revenue at 0</source>
        <translation>第 0 季度收入</translation>
    </message>
    <message>
        <source>Wind-down</source>
        <translation>缩减</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation>自然增长</translation>
    </message>
    <message>
        <source>AI uplift</source>
        <translation>AI 增量</translation>
    </message>
    <message>
        <source>Revenue at H</source>
        <translation>第 H 季度收入</translation>
    </message>
    <message>
        <source>revenue&apos;s Monte Carlo fan</source>
        <translation>收入的蒙特卡洛扇形图</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>收入（%1）</translation>
    </message>
    <message>
        <source>Share of %1 (%)</source>
        <translation>%1 份额（%）</translation>
    </message>
    <message>
        <source>Projected shares of %1, %2–%3</source>
        <translation>%1 份额预测，%2–%3</translation>
    </message>
    <message>
        <source>Source: MixShift&apos;s share model, from the %1 shares of %2 in the project</source>
        <translation>来源：MixShift 份额模型，基于项目中 %2 的 %1 年份额</translation>
    </message>
    <message>
        <source>status quo</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>status quo, %1</source>
        <translation>现状，%1</translation>
    </message>
    <message>
        <source>Revenue, %1</source>
        <extracomment>A line of the paths chart: %1 is &quot;status quo&quot; or &quot;status quo, ETS(M,A,N)&quot;.</extracomment>
        <translation>收入，%1</translation>
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
        <translation>情景需要一个名称</translation>
    </message>
    <message>
        <source>there is already a scenario called &apos;%1&apos;; choose another name</source>
        <translation>已存在名为“%1”的情景；请另选一个名称</translation>
    </message>
    <message>
        <source>no provider or alias &apos;%1&apos;</source>
        <translation>没有名为“%1”的厂商或别名</translation>
    </message>
    <message>
        <source>%1 has no quarterly revenue in %2 to start a scenario from</source>
        <translation>%1 没有以 %2 计的季度收入，无法据此建立情景</translation>
    </message>
</context>
<context>
    <name>ScenarioTools</name>
    <message>
        <source>start from a saved mix scenario</source>
        <translation>从已保存的营收结构情景开始</translation>
    </message>
    <message>
        <source>the model: mix</source>
        <translation>模型：mix</translation>
    </message>
    <message>
        <source>the provider (default %1)</source>
        <translation>厂商（默认 %1）</translation>
    </message>
    <message>
        <source>a lever held at a value, once for each</source>
        <translation>固定为某个值的杠杆，每个杠杆各写一次</translation>
    </message>
    <message>
        <source>ebita or margin at the horizon, revenue over it, or the recovery quarter</source>
        <translation>期末的 ebita 或 margin、整个期间的 revenue，或 recovery 恢复季度</translation>
    </message>
    <message>
        <source>%1: give --output ebita|revenue|margin|recovery</source>
        <translation>%1：请指定 --output ebita|revenue|margin|recovery</translation>
    </message>
    <message>
        <source>scenario grid: give --%1 LEVER=FROM:TO:STEPS</source>
        <translation>scenario grid：请指定 --%1 LEVER=FROM:TO:STEPS</translation>
    </message>
    <message>
        <source>scenario grid: --%1 takes LEVER=FROM:TO:STEPS, not &apos;%2&apos;</source>
        <translation>scenario grid：--%1 的格式是 LEVER=FROM:TO:STEPS，而不是“%2”</translation>
    </message>
    <message>
        <source>the lever across, from a value to a value in steps</source>
        <translation>横向的杠杆：从一个值到另一个值，分若干步</translation>
    </message>
    <message>
        <source>the lever down, likewise</source>
        <translation>纵向的杠杆，格式同上</translation>
    </message>
    <message>
        <source>every cell as a row: the two levers and the output (a name ending in .xlsx writes a workbook)</source>
        <translation>每个格子一行：两个杠杆与输出（文件名以 .xlsx 结尾时写成工作簿）</translation>
    </message>
    <message>
        <source>%1 by %2 (across) and %3 (down), %4 quarters:</source>
        <translation>%1，按 %2（横向）与 %3（纵向），%4 个季度：</translation>
    </message>
    <message>
        <source>money in %1</source>
        <translation>金额单位：%1</translation>
    </message>
    <message>
        <source>the lever to solve for</source>
        <translation>要求解的杠杆</translation>
    </message>
    <message>
        <source>the output&apos;s value to reach (fractions as decimals: 0.1 = 10%; money in base units)</source>
        <translation>输出要达到的值（比例写成小数：0.1 = 10%；金额用基本单位）</translation>
    </message>
    <message>
        <source>search the lever from this value (default: its low bound)</source>
        <translation>从此值开始搜索杠杆（默认：其下限）</translation>
    </message>
    <message>
        <source>search the lever up to this value (default: its high bound)</source>
        <translation>搜索杠杆直到此值（默认：其上限）</translation>
    </message>
    <message>
        <source>not reachable within %1 %2 … %3: %4 goes from %5 to %6 there, the target is %7</source>
        <translation>在 %1 %2 … %3 范围内无法达到：%4 在此范围内从 %5 变到 %6，目标为 %7</translation>
    </message>
    <message>
        <source>%1 = %2 brings %3 to %4 (%5 quarters)</source>
        <translation>%1 = %2 可使 %3 达到 %4（%5 个季度）</translation>
    </message>
    <message>
        <source>value: %1</source>
        <translation>取值：%1</translation>
    </message>
    <message>
        <source>scenario goal: give --lever LEVER and --target VALUE</source>
        <translation>scenario goal：请指定 --lever LEVER 和 --target VALUE</translation>
    </message>
</context>
<context>
    <name>SeriesForecast</name>
    <message>
        <source>%1 has no values to forecast from</source>
        <translation>%1 没有可用于预测的值</translation>
    </message>
    <message>
        <source>the horizon must be 1 to %1 periods, not %2</source>
        <translation>预测期数须为 1 到 %1 期，而不是 %2</translation>
    </message>
    <message>
        <source>%1 mixes periods of %2 and %3 months; a forecast needs one length</source>
        <translation>%1 混合了 %2 个月和 %3 个月的期间；预测需要统一的期间长度</translation>
    </message>
    <message>
        <source>%1: the period starting %2 is off the %3-month steps</source>
        <translation>%1：始于 %2 的期间不在 %3 个月的间隔上</translation>
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
        <translation>同比增长</translation>
    </message>
    <message>
        <source>QoQ growth</source>
        <translation>环比增长</translation>
    </message>
    <message>
        <source>trailing twelve months</source>
        <translation>滚动十二个月</translation>
    </message>
    <message>
        <source>index (first period = 100)</source>
        <translation>指数（首期 = 100）</translation>
    </message>
    <message>
        <source>margin on revenue</source>
        <translation>利润率（相对收入）</translation>
    </message>
    <message>
        <source>share of the market total</source>
        <translation>市场份额（占市场总量）</translation>
    </message>
    <message>
        <source>in USD</source>
        <translation>折合美元</translation>
    </message>
    <message>
        <source>earlier levels implied by stated growth</source>
        <translation>由列报增长率推算的前期水平</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 a derivation (&quot;YoY growth&quot;), %2 the series it is derived from</extracomment>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>%1, YoY growth</source>
        <translation>%1，同比增长</translation>
    </message>
    <message>
        <source>%1, QoQ growth</source>
        <translation>%1，环比增长</translation>
    </message>
    <message>
        <source>%1: a trailing twelve-month sum needs a flow such as revenue</source>
        <translation>%1：滚动十二个月合计仅适用于流量指标（如收入）</translation>
    </message>
    <message>
        <source>%1 (TTM)</source>
        <translation>%1 (TTM)</translation>
    </message>
    <message>
        <source>%1 index</source>
        <translation>%1指数</translation>
    </message>
    <message>
        <source>%1: no revenue series of %2 in the same currency and scope to divide by</source>
        <translation>%1：%2 没有货币和口径相同的收入序列可作除数</translation>
    </message>
    <message>
        <source>%1 margin</source>
        <translation>%1利润率</translation>
    </message>
    <message>
        <source>%1: no market total of %2 in the same market to divide by</source>
        <translation>%1：同一市场中没有 %2 的市场总量可作除数</translation>
    </message>
    <message>
        <source>%1 share</source>
        <translation>%1份额</translation>
    </message>
    <message>
        <source>%1: only money converts to USD</source>
        <translation>%1：只有金额可以换算为美元</translation>
    </message>
    <message>
        <source>YoY</source>
        <extracomment>year on year, in &quot;derived: … ÷ (1 + 2.00% YoY)&quot;</extracomment>
        <translation>同比</translation>
    </message>
    <message>
        <source>QoQ</source>
        <extracomment>quarter on quarter, in &quot;derived: … ÷ (1 + 2.00% QoQ)&quot;</extracomment>
        <translation>环比</translation>
    </message>
    <message>
        <source>derived: %1 in %2 ÷ (1 %3 %4 %5)</source>
        <extracomment>A derived point&apos;s source: level in period ÷ (1 sign rate YoY/QoQ)</extracomment>
        <translation>推算：%2 的 %1 ÷ (1 %3 %5 %4)</translation>
    </message>
    <message>
        <source>%1: no stated growth of %2 (%3_growth_yoy or %3_growth_qoq) for a period it has</source>
        <translation>%1：%2 已有的期间均无列报的增长率（%3_growth_yoy 或 %3_growth_qoq）</translation>
    </message>
    <message>
        <source>%1 implied by stated growth</source>
        <translation>由列报增长率推算的%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: no provider or alias &apos;%2&apos;</source>
        <translation>“%1”：没有名为“%2”的厂商或别名</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: no metric or alias &apos;%2&apos;</source>
        <translation>“%1”：没有名为“%2”的指标或别名</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has no %3 series</source>
        <translation>“%1”：%2 没有 %3 序列</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has no %3 series there (it has: %4)</source>
        <translation>“%1”：%2 在此范围内没有 %3 序列（现有：%4）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has no values from a source &apos;%3&apos;</source>
        <translation>“%1”：%2 没有来自来源“%3”的数值</translation>
    </message>
    <message>
        <source>ETS forecast</source>
        <translation>ETS 预测</translation>
    </message>
</context>
<context>
    <name>SeriesSpec</name>
    <message>
        <source>&apos;%1&apos;: a quote is not closed (a quote inside a name is written twice: &quot;&quot;)</source>
        <translation>“%1”：引号未闭合（名称中的引号要写两次：&quot;&quot;）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: text after the quoted name &quot;%2&quot;; put all of the name in the quotes</source>
        <translation>“%1”：带引号的名称 &quot;%2&quot; 后面还有文本；请把整个名称放在引号内</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER/METRIC[:DERIVATION]</source>
        <translation>“%1”不符合 PROVIDER/METRIC[:DERIVATION] 格式</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a name with &apos;/&apos; goes in double quotes, e.g. &quot;A/B Cloud&quot;/revenue</source>
        <translation>“%1”：含 &apos;/&apos; 的名称须放在双引号内，例如 &quot;A/B Cloud&quot;/revenue</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is given twice</source>
        <translation>“%1”：“%2”指定了两次</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown derivation &apos;%2&apos; (yoy qoq ttm index margin share usd implied forecast(H))</source>
        <translation>“%1”：未知的派生“%2”（yoy qoq ttm index margin share usd implied forecast(H)）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a forecast reaches 1 to %2 periods ahead, not %3</source>
        <translation>“%1”：预测可向前 1 到 %2 期，而不是 %3</translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <source>SHA-256 is not available (OpenSSL)</source>
        <translation>SHA-256 不可用（OpenSSL）</translation>
    </message>
</context>
<context>
    <name>ShareModel</name>
    <message>
        <source>%1 must be a growth rate above -1 (-100%) and at most %2, not %3</source>
        <translation>%1必须大于 -1（-100%）且不超过 %2，而不是 %3</translation>
    </message>
    <message>
        <source>the base year must be from %1 to %2, not %3</source>
        <translation>基准年必须在 %1 到 %2 之间，而不是 %3</translation>
    </message>
    <message>
        <source>years must be a whole number from 0 to %1, not %2</source>
        <translation>年数必须是 0 到 %1 之间的整数，而不是 %2</translation>
    </message>
    <message>
        <source>market growth</source>
        <translation>市场增长率</translation>
    </message>
    <message>
        <source>the growth of %1</source>
        <translation>%1 的增长率</translation>
    </message>
    <message>
        <source>the share of %1 must be from 0 to 1, not %2</source>
        <translation>%1 的份额必须在 0 到 1 之间，而不是 %2</translation>
    </message>
    <message>
        <source>transfer in %1: points are a fraction from 0 to 1 (0.02 = 2 points), not %2</source>
        <translation>%1 年的转移：点数必须是 0 到 1 之间的小数（0.02 = 2 个百分点），而不是 %2</translation>
    </message>
    <message>
        <source>transfer in %1: the year must be after the base year %2 and at most %3</source>
        <translation>%1 年的转移：年份必须晚于基准年 %2，且不晚于 %3</translation>
    </message>
    <message>
        <source>the base shares must add up to 100% (they add up to %1%)</source>
        <translation>基准份额之和必须为 100%（当前合计为 %1%）</translation>
    </message>
    <message>
        <source>transfer in %1: no provider &apos;%2&apos; in the market</source>
        <translation>%1 年的转移：市场中没有厂商“%2”</translation>
    </message>
    <message>
        <source>no market shares of %1 in %2</source>
        <translation>%2 年没有 %1 的市场份额数据</translation>
    </message>
    <message>
        <source>no market shares of %1 in %2 from &apos;%3&apos;</source>
        <translation>%2 年没有来自“%3”的 %1 市场份额数据</translation>
    </message>
    <message>
        <source>the penetration path takes 1 to %1 years, not %2</source>
        <translation>渗透路径必须为 1 到 %1 年，而不是 %2</translation>
    </message>
    <message>
        <source>the start year must be from %1 to %2, not %3</source>
        <translation>起始年份必须在 %1 到 %2 之间，而不是 %3</translation>
    </message>
    <message>
        <source>%1 is a share from 0 to 1, not %2</source>
        <translation>%1 必须是 0 到 1 之间的份额，而不是 %2</translation>
    </message>
    <message>
        <source>compute_market must be a size of 0 or more, not %1</source>
        <translation>compute_market 必须是不小于 0 的规模，而不是 %1</translation>
    </message>
    <message>
        <source>compute_growth must be a growth rate above -1 (-100%) and at most %1, not %2</source>
        <translation>compute_growth 必须是大于 -1（-100%）且不超过 %1 的增长率，而不是 %2</translation>
    </message>
</context>
<context>
    <name>ShareScenario</name>
    <message>
        <source>scenario: unknown setting &apos;%1&apos; (settings: %2)</source>
        <translation>scenario: 未知设置“%1”（可用设置：%2）</translation>
    </message>
    <message>
        <source>scenario: %1 must be a whole number from %2 to %3, not %4</source>
        <translation>scenario: %1 必须是 %2 到 %3 之间的整数，而不是 %4</translation>
    </message>
    <message>
        <source>scenario: --transfer takes YEAR,FROM,TO,POINTS (points as a fraction: 0.02 = 2 points), not &apos;%1&apos;</source>
        <translation>scenario: --transfer 的格式为 YEAR,FROM,TO,POINTS（点数以小数表示：0.02 = 2 个百分点），而不是“%1”</translation>
    </message>
    <message>
        <source>scenario: the transfer year</source>
        <translation>scenario: 转移年份</translation>
    </message>
    <message>
        <source>scenario: transfer points</source>
        <translation>scenario: 转移点数</translation>
    </message>
    <message>
        <source>scenario: --growth: no provider &apos;%1&apos; in %2 %3</source>
        <translation>scenario: --growth: %2 %3 中没有厂商“%1”</translation>
    </message>
    <message>
        <source>scenario: the growth of %1</source>
        <translation>scenario: %1 的增速</translation>
    </message>
    <message>
        <source>market: %1, base year %2 (%3)</source>
        <translation>市场: %1，基准年 %2（%3）</translation>
    </message>
    <message>
        <source>current values</source>
        <translation>当前数值</translation>
    </message>
    <message>
        <source>market growth: %1 a year</source>
        <translation>市场增长: 每年 %1</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>market ×</source>
        <extracomment>A column of the shares&apos; table: the market&apos;s size as a multiple of the base year&apos;s.</extracomment>
        <translation>市场规模 ×</translation>
    </message>
    <message>
        <source>rank in %1 (change since %2):</source>
        <translation>%1 年排名（较 %2 年的变化）：</translation>
    </message>
    <message>
        <source>scenario: the penetration model needs --set %1=VALUE</source>
        <translation>scenario: 渗透率模型需要 --set %1=VALUE</translation>
    </message>
    <message>
        <source>public share</source>
        <translation>公有云占比</translation>
    </message>
    <message>
        <source>compute market</source>
        <translation>算力市场</translation>
    </message>
    <message>
        <source>public-cloud market</source>
        <translation>公有云市场</translation>
    </message>
    <message>
        <source>markets are in the unit of compute_market</source>
        <translation>市场规模的单位与 compute_market 相同</translation>
    </message>
</context>
<context>
    <name>SqliteFailure</name>
    <message>
        <source>another program is writing to this project; try again when it has finished (the project is unchanged)</source>
        <translation>另一个程序正在写入此项目；请待其完成后重试（项目未更改）</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again (the project is unchanged)</source>
        <translation>磁盘已满；请释放一些空间后重试（项目未更改）</translation>
    </message>
    <message>
        <source>is open read-only (a read-only file, folder or medium); nothing was changed</source>
        <translation>以只读方式打开（文件、文件夹或存储介质为只读）；未做任何更改</translation>
    </message>
    <message>
        <source>is damaged or not a MixShift project; restore it from a backup</source>
        <translation>已损坏或不是 MixShift 项目；请从备份恢复</translation>
    </message>
    <message>
        <source>cannot be opened; check that it exists and that you may read it and its folder</source>
        <translation>无法打开；请检查它是否存在，以及您是否有权读取它及其所在文件夹</translation>
    </message>
    <message>
        <source>cannot be accessed: permission denied</source>
        <translation>无法访问：权限被拒绝</translation>
    </message>
    <message>
        <source>not enough memory to finish; nothing was changed</source>
        <translation>内存不足，无法完成；未做任何更改</translation>
    </message>
    <message>
        <source>could not be read or written (a disk error, a full disk or a file-size limit); the project is unchanged</source>
        <translation>无法读取或写入（磁盘错误、磁盘已满或超出文件大小限制）；项目未更改</translation>
    </message>
    <message>
        <source>the change conflicts with what the project already holds; nothing was changed</source>
        <translation>此更改与项目中已有的内容冲突；未做任何更改</translation>
    </message>
    <message>
        <source>could not be read or written; nothing was changed (run with --verbose for details)</source>
        <translation>无法读取或写入；未做任何更改（使用 --verbose 运行可查看详情）</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>该项目</translation>
    </message>
</context>
<context>
    <name>StatusQuoForecast</name>
    <message>
        <source>%1&apos;s quarterly revenue to %2</source>
        <translation>%1 截至 %2 的季度收入</translation>
    </message>
    <message>
        <source>%1: the base quarter&apos;s revenue is not positive</source>
        <translation>%1：基准季度收入不是正数</translation>
    </message>
    <message>
        <source>%1 quarters to %2, %3 missing</source>
        <translation>截至 %2 的 %1 个季度，缺 %3 个</translation>
    </message>
    <message>
        <source>%1 quarters to %2</source>
        <translation>截至 %2 的 %1 个季度</translation>
    </message>
    <message>
        <source>the path without wind-down</source>
        <translation>不削减项目的路径</translation>
    </message>
    <message>
        <source>%1 forecast of revenue (%2)</source>
        <translation>收入的 %1 预测（%2）</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>the workbook could not be started</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <source>%1 rows are more than a worksheet holds (1,048,576); export CSV instead</source>
        <translation>%1 行超出一个工作表的容量（1,048,576）；请改为导出 CSV</translation>
    </message>
    <message>
        <source>the sheet &apos;%1&apos; could not be added</source>
        <translation>无法添加工作表“%1”</translation>
    </message>
    <message>
        <source>the workbook could not be written: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <source>a cell could not be written: %1</source>
        <translation>无法写入单元格：%1</translation>
    </message>
    <message>
        <source>no temporary folder for the workbook: %1</source>
        <translation>没有可供工作簿使用的临时目录：%1</translation>
    </message>
    <message>
        <source>the workbook could not be read back: %1</source>
        <translation>无法读回工作簿：%1</translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <source>lever at its low bound</source>
        <translation>杠杆取下限</translation>
    </message>
    <message>
        <source>lever at its high bound</source>
        <translation>杠杆取上限</translation>
    </message>
</context>
<context>
    <name>TwoWayGrid</name>
    <message>
        <source>%1: from 2 to %2 steps, not %3</source>
        <translation>%1：步数须在 2 到 %2 之间，而不是 %3</translation>
    </message>
    <message>
        <source>the grid needs two different levers, not %1 twice</source>
        <translation>网格需要两个不同的杠杆，而不是两次 %1</translation>
    </message>
</context>
<context>
    <name>ValueAggregator</name>
    <message>
        <source>%1 dated values combined into %2 period values (%3; %4 values a period)</source>
        <extracomment>%3: the rules applied (last, sum, …); %4: how many dated values each period combines, e.g. 20–23</extracomment>
        <translation>%1 个带日期的数值已合并为 %2 个期间数值（%3；每期 %4 个数值）</translation>
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
        <translation>“%1”不是有效的期间（FY2024 Q2、2024Q1、2024-09、2024）</translation>
    </message>
    <message>
        <source>type a number, e.g. 276.48 億元</source>
        <translation>请输入数字，例如 276.48 亿元</translation>
    </message>
    <message>
        <source>a range; type one number</source>
        <translation>这是一个范围；请输入单个数字</translation>
    </message>
    <message>
        <source>its unit disagrees with the series&apos; unit &apos;%1&apos;</source>
        <translation>其单位与序列的单位“%1”不一致</translation>
    </message>
    <message>
        <source>this metric is a percentage: add %</source>
        <translation>此指标为百分比：请加上 %</translation>
    </message>
    <message>
        <source>this metric is not a percentage</source>
        <translation>此指标不是百分比</translation>
    </message>
    <message>
        <source>give its unit, e.g. 276.48 億元 or 8.4 bn USD</source>
        <translation>请注明单位，例如 276.48 亿元 或 8.4 bn USD</translation>
    </message>
    <message>
        <source>the series is in %1, the value says %2</source>
        <translation>序列的单位是 %1，而该数值标明为 %2</translation>
    </message>
    <message>
        <source>say where the figure comes from</source>
        <translation>请注明数据来源</translation>
    </message>
    <message>
        <source>a value entered by hand needs its source</source>
        <translation>手工录入的数值需要注明来源</translation>
    </message>
    <message>
        <source>that value from that source is stored already: nothing to change</source>
        <translation>该来源的这个数值已存储：无需更改</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>give its currency, e.g. 276.48 億元 or 8.4 bn USD</source>
        <translation>请注明币种，例如 276.48 亿元或 8.4 bn USD</translation>
    </message>
</context>
<context>
    <name>ValueParser</name>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>not a number or a range</source>
        <translation>不是数字或范围</translation>
    </message>
    <message>
        <source>a range (%1), not a single value</source>
        <translation>是范围（%1），而非单个数值</translation>
    </message>
    <message>
        <source>not a number in this file&apos;s format (decimal &apos;%1&apos;)</source>
        <translation>不是符合此文件格式的数字（小数点为“%1”）</translation>
    </message>
    <message>
        <source>not a number in this file&apos;s format (decimal &apos;%1&apos;, thousands &apos;%2&apos;)</source>
        <translation>不是符合此文件格式的数字（小数点为“%1”，千位分隔符为“%2”）</translation>
    </message>
    <message>
        <source>the unit &apos;%1&apos; names two scales or two currencies</source>
        <translation>单位“%1”同时指定了两个数量级或两种货币</translation>
    </message>
    <message>
        <source>more than one number</source>
        <translation>包含多个数字</translation>
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
        <translation>减少</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>the formula %1 was saved without its result (open and save the workbook in a spreadsheet program to compute it)</source>
        <translation>公式 %1 保存时没有计算结果（请在电子表格软件中打开并保存该工作簿以计算）</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: a legacy Excel 97–2003 workbook (.xls) is not read: the reader Debian packages for it does not tell a percentage from a plain number. Save it as .xlsx or .ods and import that.</source>
        <translation>%1：不读取旧版 Excel 97–2003 工作簿（.xls）：Debian 提供的读取库无法区分百分比与普通数字。请另存为 .xlsx 或 .ods 后再导入。</translation>
    </message>
    <message>
        <source>%1: not a readable .xlsx or .ods workbook (damaged, or another kind of file)</source>
        <translation>%1：不是可读取的 .xlsx 或 .ods 工作簿（已损坏，或是其他类型的文件）</translation>
    </message>
    <message>
        <source>%1: the workbook cannot be read: %2</source>
        <translation>%1：无法读取工作簿：%2</translation>
    </message>
    <message>
        <source>%1: sheet &apos;%2&apos; spans %3 rows by %4 columns, more than an import can hold; delete the cells far outside its table</source>
        <translation>%1：工作表“%2”跨 %3 行 × %4 列，超出导入的容量；请删除远在表格之外的单元格</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheets</source>
        <translation>%1：工作簿中没有工作表</translation>
    </message>
    <message>
        <source>%1: no sheet &apos;%2&apos; (sheets: %3)</source>
        <translation>%1：没有工作表“%2”（工作表：%3）</translation>
    </message>
    <message>
        <source>%1: more than %2 cells, more than an import can hold; import a smaller sheet or range</source>
        <translation>%1：超过 %2 个单元格，超出导入的容量；请导入较小的工作表或范围</translation>
    </message>
    <message>
        <source>%1: a part of the workbook declares more than %2 MB, more than an import can hold (or the file is damaged)</source>
        <translation>%1：工作簿中有一部分声明超过 %2 MB，超出导入的容量（或文件已损坏）</translation>
    </message>
</context>
<context>
    <name>mixshift</name>
    <message>
        <source>read-only access to the team store (your database user may only read); nothing was changed</source>
        <translation>对团队库只有只读权限（您的数据库用户只能读取）；未做任何更改</translation>
    </message>
    <message>
        <source>another user is changing the team store; try again (nothing was changed)</source>
        <translation>另一位用户正在修改团队库；请重试（未做任何更改）</translation>
    </message>
    <message>
        <source>the change conflicts with what the project already holds; nothing was changed</source>
        <translation>该更改与项目中已有内容冲突；未做任何更改</translation>
    </message>
    <message>
        <source>the connection to the server was lost; nothing was changed; connect again</source>
        <translation>与服务器的连接已断开；未做任何更改；请重新连接</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full; nothing was changed; ask the administrator</source>
        <translation>服务器磁盘已满；未做任何更改；请联系管理员</translation>
    </message>
    <message>
        <source>is not a MixShift team store (no MixShift tables); create one with mixshift init</source>
        <translation>不是 MixShift 团队库（没有 MixShift 的表）；请用 mixshift init 创建</translation>
    </message>
    <message>
        <source>could not be read or written; nothing was changed (run with --verbose for details)</source>
        <translation>无法读取或写入；未做任何更改（用 --verbose 运行查看详情）</translation>
    </message>
</context>
<context>
    <name>mixshift::AliasDialog</name>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>another name, e.g. 阿里云</source>
        <translation>另一个名称，例如 阿里云</translation>
    </message>
    <message>
        <source>another name, e.g. 营收</source>
        <translation>另一个名称，例如 营收</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>移除所选项</translation>
    </message>
    <message>
        <source>Add alias “%1”</source>
        <translation>添加别名“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name itself, not an alias.</source>
        <translation>“%1”是名称本身，而不是别名。</translation>
    </message>
    <message>
        <source>Remove alias “%1”</source>
        <translation>移除别名“%1”</translation>
    </message>
</context>
<context>
    <name>mixshift::AnnotationEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Add a Label at %1, %2…</source>
        <translation>在 %1, %2 处添加标签…</translation>
    </message>
    <message>
        <source>Add a Reference Line at %1…</source>
        <translation>在 %1 处添加参考线…</translation>
    </message>
    <message>
        <source>Shade from %1 to the End…</source>
        <translation>从 %1 到末尾添加阴影区域…</translation>
    </message>
    <message>
        <source>Text, then Enter (Escape: none)</source>
        <translation>输入文本后按 Enter（Escape：不添加）</translation>
    </message>
    <message>
        <source>Add annotation “%1”</source>
        <translation>添加注释“%1”</translation>
    </message>
    <message>
        <source>Edit annotation “%1”</source>
        <translation>编辑注释“%1”</translation>
    </message>
    <message>
        <source>Remove annotation “%1”</source>
        <translation>删除注释“%1”</translation>
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
        <translation>杠杆：</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>%1 at %2 brings %3 to %4 by %5.</source>
        <translation>%1 为 %2 时，%3 在 %5 达到 %4。</translation>
    </message>
    <message>
        <source>Not reachable with %1 between %2 and %3: %4 goes from %5 to %6 by %7.</source>
        <translation>%1 在 %2 到 %3 之间时无法达到：到 %7，%4 从 %5 变到 %6。</translation>
    </message>
</context>
<context>
    <name>mixshift::ChartMenu</name>
    <message>
        <source>&amp;Chart</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New Chart</source>
        <translation>新建图表(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Saved Chart</source>
        <translation>打开已保存的图表(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save Chart As…</source>
        <translation>图表另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Re&amp;name Saved Chart…</source>
        <translation>重命名已保存的图表(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Chart…</source>
        <translation>删除已保存的图表(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>折线图</translation>
    </message>
    <message>
        <source>Grouped bars</source>
        <translation>簇状柱形图</translation>
    </message>
    <message>
        <source>Stacked area</source>
        <translation>堆叠面积图</translation>
    </message>
    <message>
        <source>100% stacked bars</source>
        <translation>100% 堆叠柱形图</translation>
    </message>
    <message>
        <source>Bars with lines on a second axis</source>
        <translation>柱形图 + 次坐标轴折线图</translation>
    </message>
    <message>
        <source>&amp;Logarithmic Axis</source>
        <translation>对数坐标轴(&amp;L)</translation>
    </message>
    <message>
        <source>Data &amp;Labels</source>
        <translation>数据标签(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>重置视图(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>复制图像(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Saved charts</source>
        <translation>已保存的图表</translation>
    </message>
    <message>
        <source>Build a chart in a chart tab first: right-click series in the browser and add them.</source>
        <translation>请先在图表标签页中构建图表：在“序列”面板中右键单击序列，将其添加到图表。</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Saved chart:</source>
        <translation>已保存的图表：</translation>
    </message>
    <message>
        <source>Rename Saved Chart</source>
        <translation>重命名已保存的图表</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete Saved Chart</source>
        <translation>删除已保存的图表</translation>
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
        <translation>图表 %1</translation>
    </message>
    <message>
        <source>Chart “%1”</source>
        <translation>图表“%1”</translation>
    </message>
    <message>
        <source>New chart</source>
        <translation>新建图表</translation>
    </message>
    <message>
        <source>Add %1 to the chart</source>
        <translation>将 %1 添加到图表</translation>
    </message>
    <message>
        <source>Open chart “%1”</source>
        <translation>打开图表“%1”</translation>
    </message>
    <message>
        <source>Save chart “%1”</source>
        <translation>保存图表“%1”</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Change chart kind</source>
        <translation>更改图表类型</translation>
    </message>
    <message>
        <source>Rename chart “%1” to “%2”</source>
        <translation>将图表“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Delete chart “%1”</source>
        <translation>删除图表“%1”</translation>
    </message>
</context>
<context>
    <name>mixshift::ChartView</name>
    <message>
        <source>and %1 more, listed with the data</source>
        <translation>及其他 %1 项，详见数据</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>来源： </translation>
    </message>
    <message>
        <source>Select a series in the browser</source>
        <translation>请在序列浏览面板中选择一个序列</translation>
    </message>
    <message>
        <source>%1 is in a third unit (%2) and is not drawn</source>
        <translation>%1 使用第三种单位（%2），未绘制</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) without a value for every series are left out</source>
        <translation>
            <numerusform>已略去 %n 个缺少部分序列数值的期间</numerusform>
        </translation>
    </message>
    <message>
        <source>Share of the total (%)</source>
        <translation>占总量的份额（%）</translation>
    </message>
    <message>
        <source>“%1” is not drawn: no period %2 on this chart</source>
        <translation>“%1”未绘制：此图表中没有期间 %2</translation>
    </message>
    <message>
        <source>“%1” is not drawn: %2 is outside the chart&apos;s periods</source>
        <translation>“%1”未绘制：%2 不在图表的期间范围内</translation>
    </message>
    <message>
        <source>Nothing to plot</source>
        <translation>没有可绘制的内容</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <source>Logarithmic axis</source>
        <translation>对数坐标轴</translation>
    </message>
    <message>
        <source>Linear axis</source>
        <translation>线性坐标轴</translation>
    </message>
    <message>
        <source>Show data labels</source>
        <translation>显示数据标签</translation>
    </message>
    <message>
        <source>Hide data labels</source>
        <translation>隐藏数据标签</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>%1, forecast (%2)</source>
        <extracomment>%1 the series&apos; name in the legend, %2 the model (&quot;ETS(M,A,N)&quot;)</extracomment>
        <translation>%1，预测（%2）</translation>
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
%2：%3，由 %4 预测
%5</translation>
    </message>
</context>
<context>
    <name>mixshift::ChecksPanel</name>
    <message>
        <source>No inconsistencies among the stated figures.</source>
        <translation>列报数据之间未发现不一致。</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>检查（%1）</translation>
    </message>
    <message>
        <source>Checking the stated figures…</source>
        <translation>正在检查列报数据…</translation>
    </message>
    <message>
        <source>Checks (checking…)</source>
        <translation>检查（进行中…）</translation>
    </message>
    <message>
        <source>Check the stated figures</source>
        <translation>检查列报数据</translation>
    </message>
    <message>
        <source>Checks (failed)</source>
        <translation>检查（失败）</translation>
    </message>
    <message>
        <source>… and %1 more (mixshift check lists them all)</source>
        <translation>…… 另有 %1 项（mixshift check 列出全部）</translation>
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
        <translation>导出尺寸</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>millimetres</source>
        <translation>毫米</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>英寸</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Dots per inch of the PNG; a pixel of the width is 1/96 inch</source>
        <translation>PNG 每英寸的点数；宽度中的 1 像素为 1/96 英寸</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <source>Cannot export: %1.</source>
        <translation>无法导出：%1。</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>A PNG of %1 × %2 pixels, %3 at %4 dpi.</source>
        <translation>PNG 图像 %1 × %2 像素，即 %4 dpi 下的 %3。</translation>
    </message>
    <message>
        <source>A page of %1.</source>
        <translation>页面尺寸 %1。</translation>
    </message>
</context>
<context>
    <name>mixshift::HeatMapPanel</name>
    <message>
        <source>Across:</source>
        <translation>横轴：</translation>
    </message>
    <message>
        <source>Down:</source>
        <translation>纵轴：</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <extracomment>The contour on the heat map: where the output (%1) meets the target (%2).</extracomment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Levers as set: %1, %2</source>
        <translation>当前杠杆：%1，%2</translation>
    </message>
    <message>
        <source>%1 — %2 over two levers, %3 quarters from %4</source>
        <translation>%1 — 两个杠杆下的%2，自 %4 起 %3 个季度</translation>
    </message>
    <message>
        <source>Source: MixShift&apos;s mix model, %1 × %2 runs, the other levers as set, from %3&apos;s figures for %4</source>
        <translation>来源：MixShift 收入结构模型，%1 × %2 次运行，其余杠杆按当前设定，基于项目中 %3 的 %4 数据</translation>
    </message>
</context>
<context>
    <name>mixshift::ImportCheckPage</name>
    <message>
        <source>Names this project does not know yet</source>
        <translation>本项目尚未收录的名称</translation>
    </message>
    <message>
        <source>Names matched to a differently named provider or metric; untick one to keep it apart (a parent company is not its cloud unit):</source>
        <translation>以下名称已匹配到名称不同的厂商或指标；取消勾选即可将其单独保留（母公司并不等于其云业务部门）：</translation>
    </message>
    <message>
        <source>Add the names marked &apos;new&apos; to the project</source>
        <translation>将标记为“新”的名称添加到项目中</translation>
    </message>
    <message>
        <source>Export refused rows…</source>
        <translation>导出被拒绝的行…</translation>
    </message>
    <message>
        <source>Import the valid rows and leave the refused ones out</source>
        <translation>导入有效行，排除被拒绝的行</translation>
    </message>
    <message>
        <source>Check and import</source>
        <translation>检查并导入</translation>
    </message>
    <message>
        <source>The whole file has been read with this mapping; nothing is stored until you press Import.</source>
        <translation>已按此映射读取整个文件；在您点击“导入”之前不会保存任何数据。</translation>
    </message>
    <message>
        <source>Unticking a name checks the file again with the name kept as written.</source>
        <translation>取消勾选某个名称后，将按其原始写法重新检查文件。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>a name, to offer this mapping again for files like this one</source>
        <translation>输入名称，以后导入类似文件时可再次使用此映射</translation>
    </message>
    <message>
        <source>When a value is already stored:</source>
        <translation>数值已存在时：</translation>
    </message>
    <message>
        <source>Save the mapping as:</source>
        <translation>将映射保存为：</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>无法检查文件：%1</translation>
    </message>
    <message>
        <source>The check was cancelled after %1 rows.</source>
        <translation>已读取 %1 行后，检查被取消。</translation>
    </message>
    <message>
        <source>%1 rows read: %2 values to store, %3 already stored unchanged, %4 missing values, %5 conflicts with stored values, %6 rows refused.</source>
        <translation>已读取 %1 行：%2 个数值待保存，%3 个已存在且未变，%4 个缺失值，%5 个与已存数值冲突，%6 行被拒绝。</translation>
    </message>
    <message>
        <source>This file was imported before: %1.</source>
        <translation>此文件之前已导入过：%1。</translation>
    </message>
    <message>
        <source>Refused %1 × %2%3</source>
        <translation>拒绝 %1 个值，%2%3</translation>
    </message>
    <message>
        <source>column %1 (%2): </source>
        <translation>第 %1 列（%2）： </translation>
    </message>
    <message>
        <source>%1 kept apart (as written)</source>
        <translation>%1 单独保留（按原写法）</translation>
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
        <translation>与 %1 相同</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Export refused rows</source>
        <translation>导出被拒绝的行</translation>
    </message>
    <message>
        <source>the file being imported</source>
        <translation>正在导入的文件</translation>
    </message>
    <message>
        <source>the refused rows&apos; file</source>
        <translation>被拒绝行的文件</translation>
    </message>
    <message>
        <source>%1: not written, the export was cancelled</source>
        <translation>%1: 未写入，导出已取消</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Workbooks (*.xlsx)</source>
        <translation>CSV 文件 (*.csv);;工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>mixshift::ImportFormatPage</name>
    <message>
        <source>Comma ,</source>
        <translation>逗号 ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>分号 ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>竖线 |</translation>
    </message>
    <message>
        <source>Double quote &quot;</source>
        <translation>双引号 &quot;</translation>
    </message>
    <message>
        <source>Single quote &apos;</source>
        <translation>单引号 &apos;</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Point 1.5</source>
        <translation>句点 1.5</translation>
    </message>
    <message>
        <source>Comma 1,5</source>
        <translation>逗号 1,5</translation>
    </message>
    <message>
        <source>Comma 1,000</source>
        <translation>逗号 1,000</translation>
    </message>
    <message>
        <source>Point 1.000</source>
        <translation>句点 1.000</translation>
    </message>
    <message>
        <source>Space 1 000</source>
        <translation>空格 1 000</translation>
    </message>
    <message>
        <source>Take a quote inside an unquoted field as text (otherwise its row is refused)</source>
        <translation>将未加引号字段中的引号视为普通文本（否则该行会被拒绝）</translation>
    </message>
    <message>
        <source>How the file is written</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>MixShift guessed these settings from the file; change any that look wrong. The rows below are the file as read with them.</source>
        <translation>MixShift 已根据文件推测出以下设置；如有不对，请修改。下方各行是按这些设置读取文件的结果。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>已保存的映射：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>引号：</translation>
    </message>
    <message>
        <source>Header on row:</source>
        <translation>表头所在行：</translation>
    </message>
    <message>
        <source>Decimal mark:</source>
        <translation>小数点符号：</translation>
    </message>
    <message>
        <source>Thousands:</source>
        <translation>千位分隔符：</translation>
    </message>
    <message>
        <source>None: guess from the header</source>
        <translation>无：根据表头推测</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>已保存的映射</translation>
    </message>
    <message>
        <source>%1. Also possible: %2</source>
        <translation>%1。也可能是：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an encoding this system knows</source>
        <translation>本系统无法识别编码“%1”</translation>
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
        <translation>导入 %1</translation>
    </message>
</context>
<context>
    <name>mixshift::ImportMappingPage</name>
    <message>
        <source>What the columns mean</source>
        <translation>各列的含义</translation>
    </message>
    <message>
        <source>Map each column to a field, or give a value for a field the file does not have. The preview shows the first rows as they will be stored.</source>
        <translation>将每一列映射到一个字段，或为文件中没有的字段指定一个值。预览显示前几行存储后的样子。</translation>
    </message>
    <message>
        <source>Long: one value a row</source>
        <translation>长表：每行一个数值</translation>
    </message>
    <message>
        <source>Wide: several value columns a row</source>
        <translation>宽表：每行多个数值列</translation>
    </message>
    <message>
        <source>Statement: line items down the first column, a column a period</source>
        <translation>报表：第一列为报表项目，每列对应一个期间</translation>
    </message>
    <message>
        <source>as the dates&apos; spacing says</source>
        <translation>按日期间隔判断</translation>
    </message>
    <message>
        <source>a date is a day</source>
        <translation>每个日期为一天</translation>
    </message>
    <message>
        <source>a date stands for its month</source>
        <translation>每个日期代表其所在月份</translation>
    </message>
    <message>
        <source>a date stands for its quarter</source>
        <translation>每个日期代表其所在季度</translation>
    </message>
    <message>
        <source>a date stands for its (fiscal) year</source>
        <translation>每个日期代表其所在（财）年</translation>
    </message>
    <message>
        <source>last value of stocks and ratios, sum of flows</source>
        <translation>存量和比率取最后一个值，流量取合计</translation>
    </message>
    <message>
        <source>the last value</source>
        <translation>取最后一个值</translation>
    </message>
    <message>
        <source>the first value</source>
        <translation>取第一个值</translation>
    </message>
    <message>
        <source>the sum</source>
        <translation>取合计</translation>
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
        <translation>列标题为%1</translation>
    </message>
    <message>
        <source>refuse ranges such as 32-34</source>
        <translation>拒绝 32-34 这样的范围值</translation>
    </message>
    <message>
        <source>store a range&apos;s midpoint</source>
        <translation>存储范围的中点</translation>
    </message>
    <message>
        <source>store a range&apos;s low end</source>
        <translation>存储范围的下限</translation>
    </message>
    <message>
        <source>store a range&apos;s high end</source>
        <translation>存储范围的上限</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>表格形式：</translation>
    </message>
    <message>
        <source>Value columns:</source>
        <translation>数值列：</translation>
    </message>
    <message>
        <source>Ranges:</source>
        <translation>范围值：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Several dates a period:</source>
        <translation>一个期间有多个日期时：</translation>
    </message>
    <message>
        <source>Values for fields the file lacks</source>
        <translation>文件中缺少的字段取值</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>refused: %1%2</source>
        <translation>被拒绝：%1%2</translation>
    </message>
    <message>
        <source>First %1 rows: %2 values would be stored, %3 missing, %4 rows refused.</source>
        <translation>前 %1 行：将存储 %2 个数值，缺失 %3 个，%4 行被拒绝。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Calendar range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>Value (base units)</source>
        <translation>数值（基本单位）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>start</source>
        <extracomment>The field: the first day of an imported value&apos;s period.</extracomment>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>end</source>
        <extracomment>The field: the last day of an imported value&apos;s period.</extracomment>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>stated unit</source>
        <translation>列报单位</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>qualifier</source>
        <translation>限定符</translation>
    </message>
    <message>
        <source>original text</source>
        <translation>原始文本</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>source url</source>
        <translation>来源 URL</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>status</source>
        <extracomment>The field: whether an imported value is the current one or a revision.</extracomment>
        <translation>状态</translation>
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
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source> · about %1 s left</source>
        <translation> · 剩余约 %1 秒</translation>
    </message>
    <message>
        <source>%1 rows · %2%%3</source>
        <translation>%1 行 · %2%%3</translation>
    </message>
</context>
<context>
    <name>mixshift::ImportWizard</name>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is unchanged.</source>
        <translation>导入已取消，项目未作更改。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 rows were refused; the project is unchanged.</source>
        <translation>未导入任何内容：%1 行被拒绝；项目未作更改。</translation>
    </message>
</context>
<context>
    <name>mixshift::ImportsPanel</name>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Overwritten</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>By</source>
        <translation>导入者</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>(entered by hand)</source>
        <translation>（手工录入）</translation>
    </message>
</context>
<context>
    <name>mixshift::LeverEditor</name>
    <message>
        <source>quarters</source>
        <translation>个季度</translation>
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
        <translation>检查</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开的项目(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Aliases…</source>
        <translation>别名(&amp;A)…</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>导出报告(&amp;X)…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>报告已保存</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>情景(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revenue-mix workspace…</source>
        <translation>收入结构工作区(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Market-share workspace…</source>
        <translation>市场份额工作区(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MixShift</source>
        <translation>关于 MixShift(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Revenue-mix workspace</source>
        <translation>收入结构工作区</translation>
    </message>
    <message>
        <source>Market-share workspace</source>
        <translation>市场份额工作区</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>Refresh project</source>
        <translation>刷新项目</translation>
    </message>
    <message>
        <source>%1 · %2 providers · %3 series · %4 values (%5 revisions) · %6 sources</source>
        <translation>%1 · %2 个厂商 · %3 个序列 · %4 个数值（%5 个修订） · %6 个来源</translation>
    </message>
    <message>
        <source>Read-only: %1 (changes cannot be saved)</source>
        <translation>只读：%1（无法保存更改）</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Imported %1 values from %2 (%3 conflicts, %4 rows refused)</source>
        <translation>已从 %2 导入 %1 个数值（%3 处冲突，%4 行被拒绝）</translation>
    </message>
    <message>
        <source>Show series</source>
        <translation>显示序列</translation>
    </message>
    <message>
        <source>This project holds no series yet</source>
        <translation>此项目中还没有序列</translation>
    </message>
    <message>
        <source>Select a series in the browser</source>
        <translation>请在“序列”面板中选择一个序列</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>About MixShift</source>
        <translation>关于 MixShift</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MixShift %1&lt;/h3&gt;&lt;p&gt;Cloud-market figures with their sources, charts, and what-if scenarios of a shift from project-based to public-cloud revenue.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Built with Qt %2 (LGPL-3.0), QCustomPlot (GPL-3.0) and SQLite (public domain).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MixShift %1&lt;/h3&gt;&lt;p&gt;云市场数据及其来源、图表，以及从项目制收入转向公有云收入的假设情景分析。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。使用 Qt %2（LGPL-3.0）、QCustomPlot（GPL-3.0）和 SQLite（公有领域）构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>MixShift projects (*.mixshift);;All files (*)</source>
        <translation>MixShift 项目 (*.mixshift);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx *.ods);;CSV files (*.csv *.tsv *.txt);;Workbooks (*.xlsx *.ods);;All files (*)</source>
        <translation>表格 (*.csv *.tsv *.txt *.xlsx *.ods);;CSV 文件 (*.csv *.tsv *.txt);;工作簿 (*.xlsx *.ods);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Paste Table…</source>
        <translation>粘贴表格(&amp;P)…</translation>
    </message>
    <message>
        <source>Import a table copied from a spreadsheet or a web page</source>
        <translation>导入从电子表格或网页复制的表格</translation>
    </message>
    <message>
        <source>Import File</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>The clipboard holds no table to import</source>
        <translation>剪贴板中没有可导入的表格</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Store…</source>
        <translation>连接团队库(&amp;T)…</translation>
    </message>
    <message>
        <source>Open a project shared on a PostgreSQL server</source>
        <translation>打开 PostgreSQL 服务器上共享的项目</translation>
    </message>
    <message>
        <source>%1 changed the team store; the series are read again</source>
        <translation>%1 修改了团队库；已重新读取序列</translation>
    </message>
    <message>
        <source>Listen for changes</source>
        <translation>监听更改</translation>
    </message>
</context>
<context>
    <name>mixshift::ObservationTableModel</name>
    <message>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>发布方：%1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>发布日期：%1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>数值（%1）</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>原始文本</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>mixshift::PreferencesDialog</name>
    <message>
        <source>Open the sample project when there is no recent project</source>
        <translation>没有最近项目时打开示例项目</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Importing, when a value is already stored:</source>
        <translation>导入时，若数值已存在：</translation>
    </message>
    <message>
        <source>Exported charts start at:</source>
        <translation>导出图表的初始尺寸：</translation>
    </message>
    <message>
        <source>Starting:</source>
        <translation>启动时：</translation>
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
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>By currency: 億元 for CNY, billions for USD and others</source>
        <translation>按货币：CNY 用亿元，USD 及其他货币用十亿</translation>
    </message>
    <message>
        <source>In 億 (hundred millions) for every currency</source>
        <translation>所有货币均以亿为单位</translation>
    </message>
    <message>
        <source>In billions for every currency</source>
        <translation>所有货币均以十亿为单位</translation>
    </message>
    <message>
        <source>Language (from the next start):</source>
        <translation>语言（下次启动时生效）：</translation>
    </message>
    <message>
        <source>Money shown:</source>
        <translation>金额显示：</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
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
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Enter or Correct Value…</source>
        <translation>录入或更正数值(&amp;E)…</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>&lt;project as opened&gt;</source>
        <translation>&lt;打开时的项目&gt;</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>Read imports</source>
        <translation>读取导入记录</translation>
    </message>
    <message>
        <source>Enter Value</source>
        <translation>录入数值</translation>
    </message>
    <message>
        <source>Choose a series in the browser first.</source>
        <translation>请先在序列浏览器中选择一个序列。</translation>
    </message>
    <message>
        <source>Enter value</source>
        <translation>录入数值</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo import %1 (%2)? Its values are removed and the values it replaced come back. This clears the undo history.</source>
        <translation>要撤销导入 %1（%2）吗？此次导入的数值将被删除，被其替换的数值将恢复。此操作会清空撤销历史。</translation>
    </message>
    <message>
        <source>Undo import %1</source>
        <translation>撤销导入 %1</translation>
    </message>
    <message>
        <source>&amp;New Series…</source>
        <translation>新建序列(&amp;N)…</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>新建序列</translation>
    </message>
</context>
<context>
    <name>mixshift::ProjectOpenDialog</name>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>a project file, or a team store: postgresql://user@server/database</source>
        <translation>项目文件，或团队库：postgresql://用户@服务器/数据库</translation>
    </message>
</context>
<context>
    <name>mixshift::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>Charts:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <source>Scenarios:</source>
        <translation>情景：</translation>
    </message>
    <message>
        <source>Unticked charts and scenarios are left out; the findings and sources follow what is shown.</source>
        <translation>未勾选的图表和情景不会包含在内；一致性发现和来源随所示内容而定。</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>报告预览</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>mixshift::ScenarioComparison</name>
    <message>
        <source>Compare scenarios</source>
        <translation>比较情景</translation>
    </message>
    <message>
        <source>Tick two to four:</source>
        <translation>勾选两到四个：</translation>
    </message>
    <message>
        <source>Tick two to four scenarios (%1 ticked).</source>
        <translation>请勾选两到四个情景（已勾选 %1 个）。</translation>
    </message>
    <message>
        <source>These scenarios are in different currencies; compare scenarios of one currency.</source>
        <translation>这些情景的货币不同；请比较同一货币的情景。</translation>
    </message>
    <message>
        <source>Revenue of %1 saved scenarios, quarter by quarter</source>
        <translation>%1 个已保存情景的逐季度收入</translation>
    </message>
    <message>
        <source>Source: MixShift&apos;s mix model on the scenarios&apos; saved levers and base quarters</source>
        <translation>来源：MixShift 结构模型，基于各情景已保存的杠杆和基期季度</translation>
    </message>
    <message>
        <source>Differences are against “%1”; quarters count from each scenario&apos;s base quarter.</source>
        <translation>差异均相对于“%1”；季度从各情景的基期季度起算。</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Revenue at H</source>
        <translation>第 H 季度收入</translation>
    </message>
    <message>
        <source>EBITA at H</source>
        <translation>第 H 季度 EBITA</translation>
    </message>
    <message>
        <source>Margin at H</source>
        <translation>第 H 季度利润率</translation>
    </message>
    <message>
        <source>Revenue foregone</source>
        <translation>放弃的收入</translation>
    </message>
    <message>
        <source>EBITA gained</source>
        <translation>增加的 EBITA</translation>
    </message>
    <message>
        <source>Δ revenue at H</source>
        <translation>Δ 第 H 季度收入</translation>
    </message>
    <message>
        <source>Δ EBITA at H</source>
        <translation>Δ 第 H 季度 EBITA</translation>
    </message>
    <message>
        <source>Quarters from the base quarter</source>
        <translation>距基期季度的季度数</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>收入（%1）</translation>
    </message>
</context>
<context>
    <name>mixshift::ScenarioWorkspace</name>
    <message>
        <source>LEVER=DISTRIBUTION ..., e.g. wind_down=uniform(0.02,0.15) organic_growth=triangular(0.05,0.15,0.3) project_margin=normal(-0.05,0.02) ai_uplift=lognormal(-3,0.5); empty for the default</source>
        <translation>LEVER=DISTRIBUTION ...（杠杆=分布，可写多个），例如 wind_down=uniform(0.02,0.15) organic_growth=triangular(0.05,0.15,0.3) project_margin=normal(-0.05,0.02) ai_uplift=lognormal(-3,0.5)；留空则使用默认设置</translation>
    </message>
    <message>
        <source>Scenarios — %1</source>
        <translation>情景 — %1</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>厂商：</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>已保存：</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>走势</translation>
    </message>
    <message>
        <source>Revenue bridge</source>
        <translation>收入桥图</translation>
    </message>
    <message>
        <source>Rank the levers by:</source>
        <translation>杠杆排序依据：</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <source>Vary:</source>
        <translation>变动：</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>蒙特卡洛</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Compare scenarios</source>
        <translation>比较情景</translation>
    </message>
    <message>
        <source>Start from %1</source>
        <translation>以 %1 为起点</translation>
    </message>
    <message>
        <source>Open scenario “%1”</source>
        <translation>打开情景“%1”</translation>
    </message>
    <message>
        <source>Save scenario “%1”</source>
        <translation>保存情景“%1”</translation>
    </message>
    <message>
        <source>Delete scenario “%1”</source>
        <translation>删除情景“%1”</translation>
    </message>
    <message>
        <source>Duplicate scenario “%1”</source>
        <translation>创建情景“%1”的副本</translation>
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
        <translation>重命名情景“%1”</translation>
    </message>
    <message>
        <source>there is already a scenario called “%1”; choose another name</source>
        <translation>已存在名为“%1”的情景；请另选一个名称</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>重命名情景</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存情景</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Notes (optional):</source>
        <translation>备注（可选）：</translation>
    </message>
    <message>
        <source>base quarter %1: revenue %2, EBITA %3; public-cloud margin %4</source>
        <translation>基期季度 %1：收入 %2，EBITA %3；公有云利润率 %4</translation>
    </message>
    <message>
        <source>not in the project</source>
        <translation>项目中没有此数据</translation>
    </message>
    <message>
        <source>not within %1 quarters</source>
        <translation>未在 %1 个季度内恢复</translation>
    </message>
    <message>
        <source>Monte Carlo: %1</source>
        <translation>蒙特卡洛：%1</translation>
    </message>
    <message>
        <source>Simulating %L1 draws…</source>
        <translation>正在模拟 %L1 次抽样…</translation>
    </message>
    <message>
        <source>%L1 draws, seed 1, varying %2. P(revenue at the horizon ≥ today): %3 · P(margin at the horizon ≥ 10%): %4</source>
        <translation>%L1 次抽样，随机种子 1，变动 %2。P(预测期末收入 ≥ 当前)：%3 · P(预测期末利润率 ≥ 10%)：%4</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>盈亏平衡</translation>
    </message>
    <message>
        <source>The path without wind-down</source>
        <translation>不削减项目的路径</translation>
    </message>
    <message>
        <source>ETS forecast of revenue</source>
        <translation>收入的 ETS 预测</translation>
    </message>
    <message>
        <source>What revenue foregone, EBITA gained and the recovery are measured against: the model with no wind-down, or the provider&apos;s revenue history forecast by exponential smoothing (the model chosen by AICc), at the margin the model has without wind-down</source>
        <translation>放弃的收入、增加的 EBITA 和恢复季度的比较基准：不削减项目的模型，或以指数平滑（按 AICc 选择模型）预测的服务商历史收入，利润率取不削减项目时模型的利润率</translation>
    </message>
    <message>
        <source>Two-way grid</source>
        <translation>双变量网格</translation>
    </message>
    <message>
        <source>Status quo:</source>
        <translation>现状路径：</translation>
    </message>
    <message>
        <source>Forecast the status quo</source>
        <translation>预测现状路径</translation>
    </message>
    <message>
        <source>Status quo: %5 · revenue foregone against it: %1 · EBITA gained: %2 · trough: %3 · back at the status quo: %4</source>
        <translation>现状路径：%5 · 相对其放弃的收入：%1 · 增加的 EBITA：%2 · 低谷：%3 · 回到现状：%4</translation>
    </message>
</context>
<context>
    <name>mixshift::SeriesBrowser</name>
    <message>
        <source>Add to this chart</source>
        <translation>添加到此图表</translation>
    </message>
    <message>
        <source>Add to a new chart</source>
        <translation>添加到新图表</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>YoY growth</source>
        <translation>同比增长</translation>
    </message>
    <message>
        <source>QoQ growth</source>
        <translation>环比增长</translation>
    </message>
    <message>
        <source>Trailing twelve months</source>
        <translation>滚动十二个月</translation>
    </message>
    <message>
        <source>Index (first period = 100)</source>
        <translation>指数（首期 = 100）</translation>
    </message>
    <message>
        <source>Margin on revenue</source>
        <translation>占收入的利润率</translation>
    </message>
    <message>
        <source>Share of the market total</source>
        <translation>占市场总额的份额</translation>
    </message>
    <message>
        <source>In USD</source>
        <translation>折算为 USD</translation>
    </message>
    <message>
        <source>Earlier levels implied by stated growth</source>
        <translation>由列报增长率推算的早期数值</translation>
    </message>
    <message>
        <source>ETS forecast, %1 periods ahead</source>
        <translation>ETS 预测，向前 %1 期</translation>
    </message>
</context>
<context>
    <name>mixshift::SeriesTreeModel</name>
    <message>
        <source>Whole business</source>
        <translation>整体业务</translation>
    </message>
    <message>
        <source>%1 (+%2 rev.)</source>
        <translation>%1（+%2 修订）</translation>
    </message>
    <message>
        <source>%1 current values; %2 revisions (values of the same periods from other sources)</source>
        <translation>%1 个当前值；%2 个修订（同一期间来自其他来源的数值）</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>mixshift::ShareWorkspace</name>
    <message>
        <source>Provider</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Annual growth (empty: the market&apos;s)</source>
        <translation>年增长率（留空：采用市场增长率）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>From</source>
        <translation>转出方</translation>
    </message>
    <message>
        <source>To</source>
        <translation>转入方</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>百分点</translation>
    </message>
    <message>
        <source>Market shares — %1</source>
        <translation>市场份额 — %1</translation>
    </message>
    <message>
        <source>A source key or title whose figures to start from, or “current” for the current values</source>
        <translation>作为起始数据的来源键名或标题；输入“current”则使用当前数值</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>市场：</translation>
    </message>
    <message>
        <source>Base year:</source>
        <translation>基准年份：</translation>
    </message>
    <message>
        <source>Base shares from:</source>
        <translation>基准份额来源：</translation>
    </message>
    <message>
        <source>Market growth a year:</source>
        <translation>市场年增长率：</translation>
    </message>
    <message>
        <source>Years ahead:</source>
        <translation>预测年数：</translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation>添加转移</translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation>移除转移</translation>
    </message>
    <message>
        <source>Each provider&apos;s growth:</source>
        <translation>各厂商增长率：</translation>
    </message>
    <message>
        <source>Transfers (points of share moved in a year):</source>
        <translation>份额转移（一年内转移的份额百分点）：</translation>
    </message>
    <message>
        <source>Base shares</source>
        <translation>基准份额</translation>
    </message>
    <message>
        <source>growth of %1: &apos;%2&apos; is not a number (0.3 = 30% a year)</source>
        <translation>%1 的增长率：“%2”不是数字（0.3 = 每年 30%）</translation>
    </message>
    <message>
        <source>the year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>the points</source>
        <translation>百分点数</translation>
    </message>
    <message>
        <source>Shares add up to 100% every year; HHI, CR3 and CR5 leave out “Others”.</source>
        <translation>份额每年合计均为 100%；HHI、CR3 和 CR5 不计入“Others”。</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>预测</translation>
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
        <translation>第 %1 项转移：%2不是数字</translation>
    </message>
</context>
<context>
    <name>mixshift::TeamStoreDialog</name>
    <message>
        <source>Connect to Team Store</source>
        <translation>连接团队库</translation>
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
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>The password is used for this connection only; it is not remembered.</source>
        <translation>密码仅用于本次连接，不会被保存。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
</context>
<context>
    <name>mixshift::ValueEditDialog</name>
    <message>
        <source>Correct Value</source>
        <translation>更正数值</translation>
    </message>
    <message>
        <source>Enter Value</source>
        <translation>录入数值</translation>
    </message>
    <message>
        <source>FY2024 Q2, 2024Q1, 2024</source>
        <translation>FY2024 Q2, 2024Q1, 2024</translation>
    </message>
    <message>
        <source>276.48 億元, 8.4 bn USD, 12%</source>
        <translation>276.48 亿元, 8.4 bn USD, 12%</translation>
    </message>
    <message>
        <source>a number in %1, or with its own unit</source>
        <translation>以 %1 为单位的数字，或自带单位的数值</translation>
    </message>
    <message>
        <source>where the figure comes from (a report, a call, a URL)</source>
        <translation>数据来源（报告、电话会议、网址）</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>序列：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Value as stated:</source>
        <translation>列报数值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Enter %1 %2</source>
        <translation>录入 %1 %2</translation>
    </message>
    <message>
        <source>New Series</source>
        <translation>新建序列</translation>
    </message>
    <message>
        <source>none (the provider&apos;s own figure)</source>
        <translation>无（厂商自身数据）</translation>
    </message>
    <message>
        <source>optional: a segment or product, e.g. Intelligent Cloud</source>
        <translation>可选：业务分部或产品，例如 Intelligent Cloud</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>厂商(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>M&amp;arket:</source>
        <translation>市场(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>分类(&amp;C)：</translation>
    </message>
    <message>
        <source>Choose the series&apos; provider and metric.</source>
        <translation>请选择该序列的厂商和指标。</translation>
    </message>
</context>
</TS>
