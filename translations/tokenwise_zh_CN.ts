<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AlertEngine</name>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>%1 %2 budget reached</source>
        <translation>已达到%1%2预算</translation>
    </message>
    <message>
        <source>%1 % of your %2 %3 budget</source>
        <translation>已用掉%2%3预算的 %1 %</translation>
    </message>
    <message>
        <source>%1 of %2 spent.</source>
        <translation>已花费 %1（预算 %2）。</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>Spending fast — runaway agent?</source>
        <translation>支出增长过快——智能体失控了？</translation>
    </message>
    <message>
        <source>%1 in the last hour, above your usual %2 per hour. Most of it: %3.</source>
        <translation>过去一小时花费 %1，高于你通常每小时的 %2。主要来自：%3。</translation>
    </message>
    <message>
        <source>an unnamed task</source>
        <translation>一个未命名的任务</translation>
    </message>
</context>
<context>
    <name>AnthropicSource</name>
    <message>
        <source>Anthropic&apos;s %1 reply has an unexpected shape</source>
        <translation>Anthropic 的 %1 响应格式异常</translation>
    </message>
    <message>
        <source>anthropic.identity is not set: organisation and team figures only</source>
        <translation>未设置 anthropic.identity：仅显示组织和团队数据</translation>
    </message>
    <message>
        <source>%1 Claude Code analytics rows had no usable amount</source>
        <translation>%1 行 Claude Code 分析数据没有可用金额</translation>
    </message>
    <message>
        <source>%1 cost report rows had no usable amount</source>
        <translation>%1 行费用报告数据没有可用金额</translation>
    </message>
</context>
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>refusing %1 for %2: keys are only sent over https (plain http only to this machine)</source>
        <translation>拒绝为 %2 使用 %1：密钥只通过 https 发送（纯 http 仅限本机）</translation>
    </message>
</context>
<context>
    <name>ApiHttpClient</name>
    <message>
        <source>refusing to send a key to %1: only https (or this machine) is allowed</source>
        <translation>拒绝向 %1 发送密钥：只允许 https（或本机）</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>%1 在 %2 s 内没有响应</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>the reply from %1 was cut off</source>
        <translation>来自 %1 的响应被截断</translation>
    </message>
    <message>
        <source>%1 answered with something that is not JSON</source>
        <translation>%1 返回的内容不是 JSON</translation>
    </message>
    <message>
        <source>the key was rejected (HTTP %1)</source>
        <translation>密钥被拒绝（HTTP %1）</translation>
    </message>
    <message>
        <source>rate-limited until %1</source>
        <translation>速率受限，直到 %1</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2)</source>
        <translation>%1 出现服务器错误（HTTP %2）</translation>
    </message>
    <message>
        <source>unexpected HTTP %1 from %2</source>
        <translation>来自 %2 的意外 HTTP %1</translation>
    </message>
    <message>
        <source>the reply from %1 was larger than %2 MB and was not read</source>
        <translation>来自 %1 的响应超过 %2 MB，未读取</translation>
    </message>
    <message>
        <source>%1 did not finish its reply within %2 s</source>
        <translation>%1 未在 %2 秒内完成响应</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed: %2</source>
        <translation>与 %1 的安全连接失败：%2</translation>
    </message>
</context>
<context>
    <name>ApiSettings</name>
    <message>
        <source>expected an e-mail address</source>
        <translation>应为电子邮件地址</translation>
    </message>
    <message>
        <source>expected an OpenAI user id (user-…)</source>
        <translation>应为 OpenAI 用户 ID（user-…）</translation>
    </message>
    <message>
        <source>expected an https:// address (plain http only to this machine)</source>
        <translation>应为 https:// 地址（纯 http 仅限本机）</translation>
    </message>
    <message>
        <source>expected an https:// address or an absolute file path</source>
        <translation>应为 https:// 地址或绝对文件路径</translation>
    </message>
    <message>
        <source>your e-mail in the Anthropic organisation (Claude Code analytics)</source>
        <translation>你在 Anthropic 组织中的电子邮件（Claude Code 分析）</translation>
    </message>
    <message>
        <source>your OpenAI user id (usage grouped by user)</source>
        <translation>你的 OpenAI 用户 ID（按用户分组的用量）</translation>
    </message>
    <message>
        <source>your e-mail in the Cursor team</source>
        <translation>你在 Cursor 团队中的电子邮件</translation>
    </message>
    <message>
        <source>the team feed: an https:// URL or a file path</source>
        <translation>团队数据源：https:// URL 或文件路径</translation>
    </message>
    <message>
        <source>the provider&apos;s API address (for proxies)</source>
        <translation>服务商的 API 地址（用于代理）</translation>
    </message>
    <message>
        <source>unknown setting %1 (known: %2)</source>
        <translation>未知设置 %1（已知：%2）</translation>
    </message>
    <message>
        <source>that looks like an API key; keys go in the keychain: tokenwise keys set</source>
        <translation>这看起来像 API 密钥；密钥应存放在钥匙串中：tokenwise keys set</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>the ledger was damaged (%1). It was moved to %2 and is rebuilt from the logs now; provider history returns with the next poll.</source>
        <translation>账本已损坏（%1）。已将其移至 %2，现在正从日志重建；服务商历史将在下次轮询时恢复。</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>Provider settings: %1. API keys never go here (tokenwise keys set).</source>
        <translation>服务商设置：%1。API 密钥绝不放在这里（tokenwise keys set）。</translation>
    </message>
    <message>
        <source>set KEY VALUE, get KEY, unset KEY or list</source>
        <translation>set KEY VALUE、get KEY、unset KEY 或 list</translation>
    </message>
    <message>
        <source>usage: tokenwise config set KEY VALUE | get KEY | unset KEY | list</source>
        <translation>用法：tokenwise config set KEY VALUE | get KEY | unset KEY | list</translation>
    </message>
    <message>
        <source>unknown setting %1 (known: %2)</source>
        <translation>未知设置 %1（已知：%2）</translation>
    </message>
    <message>
        <source>%1 is not set</source>
        <translation>未设置 %1</translation>
    </message>
    <message>
        <source>%1 unset</source>
        <translation>已取消设置 %1</translation>
    </message>
</context>
<context>
    <name>CostOrigins</name>
    <message>
        <source>tokens × %1 prices</source>
        <translation>词元 × %1 价格</translation>
    </message>
    <message>
        <source>the costs the agents recorded</source>
        <translation>代理记录的费用</translation>
    </message>
    <message>
        <source>the costs the providers reported</source>
        <translation>提供商报告的费用</translation>
    </message>
    <message>
        <source>made-up demo prices</source>
        <translation>虚构的演示价格</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>joins the origins of the costs</comment>
        <translation>%1 和 %2</translation>
    </message>
</context>
<context>
    <name>CursorSource</name>
    <message>
        <source>Cursor&apos;s %1 reply has an unexpected shape</source>
        <translation>Cursor 的 %1 响应格式异常</translation>
    </message>
    <message>
        <source>cursor.identity is not set: team figures only</source>
        <translation>未设置 cursor.identity：仅显示团队数据</translation>
    </message>
    <message>
        <source>%1 Cursor events carried no cost</source>
        <translation>%1 个 Cursor 事件没有费用</translation>
    </message>
</context>
<context>
    <name>DisplayMoney</name>
    <message>
        <source>Converted from US dollars at your fixed rate of %1 %2 per dollar.</source>
        <translation>按你设定的固定汇率 1 美元 = %1 %2 从美元换算。</translation>
    </message>
    <message>
        <source>Demo: built-in example history, not your usage.</source>
        <translation>演示：内置示例历史，不是你的用量。</translation>
    </message>
    <message>
        <source>Reported: the provider&apos;s own figure.</source>
        <translation>报告：服务商自己的数据。</translation>
    </message>
    <message>
        <source>Unpriced: models missing from the price table; their cost is unknown, not zero.</source>
        <translation>无价格：价格表中缺少的模型；其费用未知，而不是零。</translation>
    </message>
    <message>
        <source>Priced: tokens × the %1 price table.</source>
        <translation>计价：Token 数 × %1 价格表。</translation>
    </message>
    <message>
        <source>Basis: %1.</source>
        <translation>依据：%1。</translation>
    </message>
    <message>
        <source>No spend recorded.</source>
        <translation>没有支出记录。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write your weekly summary of one ISO week (refreshed from the local logs first).</source>
        <translation>写出某个 ISO 周的每周摘要（先从本地日志刷新）。</translation>
    </message>
    <message>
        <source>2026-W47, last (default) or current.</source>
        <translation>2026-W47、last（默认）或 current。</translation>
    </message>
    <message>
        <source>md, html, pdf or csv (default: from the --out extension).</source>
        <translation>md、html、pdf 或 csv（默认：根据 --out 的扩展名）。</translation>
    </message>
    <message>
        <source>File to write (default: tokenwise-&lt;week&gt;.&lt;format&gt; here).</source>
        <translation>要写入的文件（默认：当前目录下的 tokenwise-&lt;week&gt;.&lt;format&gt;）。</translation>
    </message>
    <message>
        <source>IANA zone the week&apos;s days follow, or &apos;local&apos; (default).</source>
        <translation>一周各天所用的 IANA 时区，或 &apos;local&apos;（默认）。</translation>
    </message>
    <message>
        <source>export takes no positional arguments</source>
        <translation>export 不接受位置参数</translation>
    </message>
    <message>
        <source>unknown time zone: %1</source>
        <translation>未知时区：%1</translation>
    </message>
    <message>
        <source>no such ISO week: %1 (write it like 2026-W47)</source>
        <translation>没有这个 ISO 周：%1（格式如 2026-W47）</translation>
    </message>
    <message>
        <source>say which format: --format md|html|pdf|csv</source>
        <translation>请指定格式：--format md|html|pdf|csv</translation>
    </message>
    <message>
        <source>unknown format: %1 (md, html, pdf, csv)</source>
        <translation>未知格式：%1（md、html、pdf、csv）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="vanished">无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, demo data)</source>
        <translation>已写入 %1（%2，演示数据）</translation>
    </message>
    <message>
        <source>Wrote %1 (%2)</source>
        <translation>已写入 %1（%2）</translation>
    </message>
</context>
<context>
    <name>ForeignDatabase</name>
    <message>
        <source>%1&apos;s database has a layout Tokenwise does not know (%2); it was not read</source>
        <translation>%1 的数据库结构 Tokenwise 无法识别（%2），未读取</translation>
    </message>
    <message>
        <source>the database changed while it was read; read again on the next refresh</source>
        <translation>读取时数据库发生了变化，将在下次刷新时重新读取</translation>
    </message>
    <message>
        <source>the database is gone</source>
        <translation>数据库已不存在</translation>
    </message>
    <message>
        <source>cannot read the database (permission denied)</source>
        <translation>无法读取数据库（权限被拒绝）</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>cannot copy the database to read it</source>
        <translation>无法复制数据库以进行读取</translation>
    </message>
    <message>
        <source>cannot copy the database&apos;s write-ahead log to read it</source>
        <translation>无法复制数据库的预写日志以进行读取</translation>
    </message>
    <message>
        <source>the database is busy (another program holds a lock); read again on the next refresh</source>
        <translation>数据库正忙（另一个程序持有锁），将在下次刷新时重新读取</translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
</context>
<context>
    <name>GeneralPages</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 is not valid for %2</source>
        <translation>%1 对 %2 无效</translation>
    </message>
</context>
<context>
    <name>IngestCommand</name>
    <message>
        <source>unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Read what is new in the local agent logs into the ledger.</source>
        <translation>将本地智能体日志中的新内容读入账本。</translation>
    </message>
    <message>
        <source>%1 files, %2 changed, %3 bytes read, %4 usage lines, %5 malformed and %6 undated lines skipped</source>
        <translation>%1 个文件，%2 个已更改，读取 %3 字节，%4 行用量记录，跳过 %5 行格式错误和 %6 行无日期的记录</translation>
    </message>
    <message>
        <source>could not read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Ledger: %1 events (%2 ms)</source>
        <translation>账本：%1 个事件（%2 ms）</translation>
    </message>
    <message>
        <source>Where each source looks, and what the ledger holds from it.</source>
        <translation>每个来源的查找位置，以及账本中来自该来源的数据。</translation>
    </message>
    <message>
        <source>roots found:</source>
        <translation>找到的根目录：</translation>
    </message>
    <message>
        <source>none (looked in %1)</source>
        <translation>无（已查找 %1）</translation>
    </message>
    <message>
        <source>files: %1, events: %2, lines: %3, skipped: %4 malformed, %5 without timestamp</source>
        <translation>文件：%1，事件：%2，行：%3，跳过：%4 行格式错误，%5 行无时间戳</translation>
    </message>
    <message>
        <source>last ingest:</source>
        <translation>上次导入：</translation>
    </message>
    <message>
        <source>Only this local source (repeatable): %1.</source>
        <translation>仅此本地来源(可重复):%1。</translation>
    </message>
    <message>
        <source>unknown source: %1 (%2)</source>
        <translation>未知来源:%1(%2)</translation>
    </message>
    <message>
        <source>problem:</source>
        <translation>问题:</translation>
    </message>
</context>
<context>
    <name>Ingestor</name>
    <message>
        <source>the file name is not valid UTF-8</source>
        <translation>文件名不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>cannot read this folder (%1)</source>
        <translation>无法读取此文件夹 (%1)</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>Paste the %1 key and press Enter (it is not shown):</source>
        <translation>粘贴 %1 密钥并按回车键（不会显示）：</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>no secure storage (OS keychain) is available here (%1), so the key was not stored anywhere. For headless use, set %2 in the environment instead.</source>
        <translation>此处没有可用的安全存储（系统钥匙串）（%1），因此密钥未保存在任何地方。无界面使用时，请改为在环境变量中设置 %2。</translation>
    </message>
    <message>
        <source>no key on standard input; nothing was stored</source>
        <translation>标准输入中没有密钥；未保存任何内容</translation>
    </message>
    <message>
        <source>a key has no spaces; nothing was stored</source>
        <translation>密钥不含空格；未保存任何内容</translation>
    </message>
    <message>
        <source>(nothing was stored)</source>
        <translation>（未保存任何内容）</translation>
    </message>
    <message>
        <source>%1 rejected this key: %2. Nothing was stored.</source>
        <translation>%1 拒绝了此密钥：%2。未保存任何内容。</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>not verified yet: %1</source>
        <translation>尚未验证：%1</translation>
    </message>
    <message>
        <source>not verified (--no-verify)</source>
        <translation>未验证（--no-verify）</translation>
    </message>
    <message>
        <source>Stored the %1 key %2 in the keychain (%3).</source>
        <translation>已将 %1 密钥 %2 保存到钥匙串（%3）。</translation>
    </message>
    <message>
        <source>Note: %1 is set and takes precedence in this environment.</source>
        <translation>注意：已设置 %1，在此环境中它优先。</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>无密钥</translation>
    </message>
    <message>
        <source>Secure storage is not available here: %1</source>
        <translation>此处没有可用的安全存储：%1</translation>
    </message>
    <message>
        <source>no secure storage is available here (%1); nothing to remove</source>
        <translation>此处没有可用的安全存储（%1）；没有可删除的内容</translation>
    </message>
    <message>
        <source>No %1 key was stored in the keychain.</source>
        <translation>钥匙串中没有保存 %1 密钥。</translation>
    </message>
    <message>
        <source>Removed the %1 key from the keychain.</source>
        <translation>已从钥匙串中删除 %1 密钥。</translation>
    </message>
    <message>
        <source>%1 is still set in this environment.</source>
        <translation>此环境中仍设置了 %1。</translation>
    </message>
    <message>
        <source>no %1 key: secure storage is not available (%2) and %3 is not set</source>
        <translation>没有 %1 密钥：安全存储不可用（%2），且未设置 %3</translation>
    </message>
    <message>
        <source>no %1 key: run `tokenwise keys set %1`</source>
        <translation>没有 %1 密钥：请运行 `tokenwise keys set %1`</translation>
    </message>
    <message>
        <source>%1: the key %2 (%3) works.</source>
        <translation>%1：密钥 %2（%3）可用。</translation>
    </message>
    <message>
        <source>%1: the key %2 was rejected: %3</source>
        <translation>%1：密钥 %2 被拒绝：%3</translation>
    </message>
    <message>
        <source>%1: not verified yet: %2</source>
        <translation>%1：尚未验证：%2</translation>
    </message>
    <message>
        <source>Provider API keys in the OS keychain. `keys set SOURCE` reads the key from standard input, never from the command line.</source>
        <translation>存放在系统钥匙串中的服务商 API 密钥。`keys set SOURCE` 从标准输入读取密钥，绝不从命令行读取。</translation>
    </message>
    <message>
        <source>set, list, remove or test</source>
        <translation>set、list、remove 或 test</translation>
    </message>
    <message>
        <source>Store without the verification request.</source>
        <translation>不发送验证请求直接保存。</translation>
    </message>
    <message>
        <source>keys: unknown option; see tokenwise keys --help (nothing was stored)</source>
        <translation>keys：未知选项；请参阅 tokenwise keys --help（未保存任何内容）</translation>
    </message>
    <message>
        <source>keys takes one of: set, list, remove, test</source>
        <translation>keys 需要以下之一：set、list、remove、test</translation>
    </message>
    <message>
        <source>keys set reads the key from standard input; a key on the command line ends up in shell history and process lists. Nothing was stored. Use: tokenwise keys set SOURCE &lt; file</source>
        <translation>keys set 从标准输入读取密钥；写在命令行上的密钥会留在 shell 历史和进程列表中。未保存任何内容。用法：tokenwise keys set SOURCE &lt; file</translation>
    </message>
    <message>
        <source>keys list takes no source</source>
        <translation>keys list 不接受来源参数</translation>
    </message>
    <message>
        <source>keys %1 takes one source: %2</source>
        <translation>keys %1 需要一个来源：%2</translation>
    </message>
    <message>
        <source>unknown source (%1)</source>
        <translation>未知来源（%1）</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Tokenwise: what your AI coding tools cost you, and what that bought.

Headless sub-commands: tokenwise report|ingest|sources --help</source>
        <translation>Tokenwise：你的 AI 编程工具花了多少钱，换来了什么。

无界面子命令：tokenwise report|ingest|sources --help</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Open a window at start: dashboard, widget or settings.</source>
        <translation>启动时打开窗口：dashboard、widget 或 settings。</translation>
    </message>
    <message>
        <source>Ledger directory (env TOKENWISE_DATA_DIR).</source>
        <translation>账本目录（环境变量 TOKENWISE_DATA_DIR）。</translation>
    </message>
    <message>
        <source>Settings directory (env TOKENWISE_CONFIG_DIR).</source>
        <translation>设置目录（环境变量 TOKENWISE_CONFIG_DIR）。</translation>
    </message>
    <message>
        <source>Show the built-in demo data.</source>
        <translation>显示内置演示数据。</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>--show takes dashboard, widget or settings, not %1</source>
        <translation>--show 只接受 dashboard、widget 或 settings，而不是 %1</translation>
    </message>
</context>
<context>
    <name>LocalSource</name>
    <message>
        <source>Amp</source>
        <translation>Amp</translation>
    </message>
    <message>
        <source>%1 Amp credits recorded (credits are Amp&apos;s unit, not dollars; the costs shown are the tokens at API prices)</source>
        <translation>已记录 %1 个 Amp 点数(点数是 Amp 的单位,不是美元;显示的费用是按 API 价格计算的词元)</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Codex</source>
        <translation>Codex</translation>
    </message>
    <message>
        <source>Droid</source>
        <translation>Droid</translation>
    </message>
    <message>
        <source>Gemini CLI</source>
        <translation>Gemini CLI</translation>
    </message>
    <message>
        <source>Kimi CLI</source>
        <translation>Kimi CLI</translation>
    </message>
    <message>
        <source>OpenClaw</source>
        <translation>OpenClaw</translation>
    </message>
    <message>
        <source>pi</source>
        <translation>pi</translation>
    </message>
    <message>
        <source>Qwen Code</source>
        <translation>Qwen Code</translation>
    </message>
    <message>
        <source>Cline</source>
        <translation>Cline</translation>
    </message>
    <message>
        <source>Roo Code</source>
        <translation>Roo Code</translation>
    </message>
    <message>
        <source>Kilo Code</source>
        <translation>Kilo Code</translation>
    </message>
    <message>
        <source>Copilot CLI</source>
        <translation>Copilot CLI</translation>
    </message>
    <message>
        <source>%1 Copilot premium requests recorded (Copilot bills per premium request; the costs shown are the tokens at API prices)</source>
        <translation>已记录 %1 次 Copilot 高级请求（Copilot 按高级请求计费；显示的费用是按 API 价格计算的令牌费用）</translation>
    </message>
    <message>
        <source>Copilot AIU cost recorded: $%1 (GitHub&apos;s own unit, kept apart from the API-equivalent cost)</source>
        <translation>已记录的 Copilot AIU 费用：$%1（GitHub 自有单位，与 API 等价费用分开）</translation>
    </message>
    <message>
        <source>Crush</source>
        <translation>Crush</translation>
    </message>
    <message>
        <source>Crush records a running cost per session, not per request: a day shows what the cost grew by between reads (the first read puts a session on its last active day), and no token counts</source>
        <translation>Crush 按会话而非按请求记录累计费用：某一天显示的是两次读取之间费用的增长（首次读取时会话计入其最后活跃的日期），且没有令牌数</translation>
    </message>
    <message>
        <source>Goose</source>
        <translation>Goose</translation>
    </message>
    <message>
        <source>Goose records token totals per session, not per request, and no cache split: a day shows what the totals grew by between reads (the first read puts a session on its last active day)</source>
        <translation>Goose 按会话而非按请求记录令牌总数，且不区分缓存：某一天显示的是两次读取之间总数的增长（首次读取时会话计入其最后活跃的日期）</translation>
    </message>
    <message>
        <source>Kilo CLI</source>
        <translation>Kilo CLI</translation>
    </message>
    <message>
        <source>OpenCode</source>
        <translation>OpenCode</translation>
    </message>
</context>
<context>
    <name>OpenAiSource</name>
    <message>
        <source>OpenAI&apos;s %1 reply has an unexpected shape</source>
        <translation>OpenAI 的 %1 响应格式异常</translation>
    </message>
    <message>
        <source>openai.identity is not set: organisation and team figures only</source>
        <translation>未设置 openai.identity：仅显示组织和团队数据</translation>
    </message>
    <message>
        <source>%1 day × model rows use models missing from the price table (cost unknown)</source>
        <translation>%1 行（日 × 模型）使用了价格表中缺失的模型（费用未知）</translation>
    </message>
    <message>
        <source>%1 cost rows had no usable amount</source>
        <translation>%1 行费用数据没有可用金额</translation>
    </message>
</context>
<context>
    <name>OpenRouterSource</name>
    <message>
        <source>OpenRouter&apos;s key reply has an unexpected shape</source>
        <translation>OpenRouter 的密钥响应格式异常</translation>
    </message>
    <message>
        <source>OpenRouter activity history unavailable: %1</source>
        <translation>无法获取 OpenRouter 活动历史：%1</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Demo data: built-in example history, not your usage.</source>
        <translation type="vanished">演示数据：内置示例历史，不是你的用量。</translation>
    </message>
    <message>
        <source>Priced: tokens × %1 prices (%2).</source>
        <translation type="vanished">计价：Token 数 × %1 价格（%2）。</translation>
    </message>
</context>
<context>
    <name>Pagination</name>
    <message>
        <source>a page was not a JSON object</source>
        <translation>某一页不是 JSON 对象</translation>
    </message>
    <message>
        <source>the provider said there is more but gave no cursor</source>
        <translation>服务商表示还有更多数据，但没有提供游标</translation>
    </message>
    <message>
        <source>the provider repeated a page cursor (or sent too many pages); stopped</source>
        <translation>服务商重复了分页游标（或发送了过多页面）；已停止</translation>
    </message>
</context>
<context>
    <name>PollCommand</name>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>ok, %1 to %2: %3 events, %4 spend buckets, %5 reported days, %6 team distributions</source>
        <translation>正常，%1 至 %2：%3 个事件，%4 个支出分组，%5 个已报告日，%6 个团队分布</translation>
    </message>
    <message>
        <source>Ask the provider APIs for usage and cost, once, and store it in the ledger.</source>
        <translation>向服务商 API 查询一次用量和费用，并存入账本。</translation>
    </message>
    <message>
        <source>Only this source: %1.</source>
        <translation type="vanished">仅此来源：%1。</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>以 JSON 输出。</translation>
    </message>
    <message>
        <source>poll takes no arguments; use --source</source>
        <translation>poll 不接受参数；请使用 --source</translation>
    </message>
    <message>
        <source>unknown source: %1 (%2)</source>
        <translation>未知来源：%1（%2）</translation>
    </message>
    <message>
        <source>no provider keys: run `tokenwise keys set SOURCE` (%1) or set TOKENWISE_&lt;SOURCE&gt;_KEY</source>
        <translation>没有服务商密钥：请运行 `tokenwise keys set SOURCE`（%1）或设置 TOKENWISE_&lt;SOURCE&gt;_KEY</translation>
    </message>
    <message>
        <source>not configured: %1</source>
        <translation>未配置：%1</translation>
    </message>
    <message>
        <source>ok: %1 team distributions (five people or more each)</source>
        <translation>正常：%1 个团队分布（每个至少五人）</translation>
    </message>
    <message>
        <source>Only this source: %1 (team: the team feed).</source>
        <translation>仅此来源：%1（team：团队数据源）。</translation>
    </message>
</context>
<context>
    <name>ProviderPolling</name>
    <message>
        <source>cannot open the ledger: %1</source>
        <translation>无法打开账本：%1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>No usage found.</source>
        <translation>未找到用量。</translation>
    </message>
    <message>
        <source>looked in</source>
        <translation>已查找</translation>
    </message>
    <message>
        <source>Try `tokenwise report daily --demo` to see what a report looks like.</source>
        <translation>试试 `tokenwise report daily --demo`，看看报告是什么样子。</translation>
    </message>
    <message>
        <source>Usage and cost from the ledger (refreshed from the local logs first).</source>
        <translation>账本中的用量和费用（先从本地日志刷新）。</translation>
    </message>
    <message>
        <source>daily, weekly, monthly, session or task</source>
        <translation>daily、weekly、monthly、session 或 task</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD), inclusive.</source>
        <translation>起始日期（YYYY-MM-DD，含当天）。</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD), inclusive.</source>
        <translation>结束日期（YYYY-MM-DD，含当天）。</translation>
    </message>
    <message>
        <source>Only this source (repeatable): claude-code, codex.</source>
        <translation type="vanished">仅此来源（可重复）：claude-code、codex。</translation>
    </message>
    <message>
        <source>IANA zone for dates, or &apos;local&apos; (default).</source>
        <translation>日期所用的 IANA 时区，或 &apos;local&apos;（默认）。</translation>
    </message>
    <message>
        <source>JSON with ccusage&apos;s field names.</source>
        <translation>使用 ccusage 字段名的 JSON。</translation>
    </message>
    <message>
        <source>CSV (RFC 4180).</source>
        <translation>CSV（RFC 4180）。</translation>
    </message>
    <message>
        <source>report takes one of: daily, weekly, monthly, session, task</source>
        <translation>report 需要以下之一：daily、weekly、monthly、session、task</translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined</source>
        <translation>--json 和 --csv 不能同时使用</translation>
    </message>
    <message>
        <source>unknown time zone: %1</source>
        <translation>未知时区：%1</translation>
    </message>
    <message>
        <source>dates are written YYYY-MM-DD</source>
        <translation>日期格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown source: %1 (claude-code, codex)</source>
        <translation type="vanished">未知来源：%1（claude-code、codex）</translation>
    </message>
    <message>
        <source>unknown source: %1 (%2)</source>
        <translation>未知来源：%1（%2）</translation>
    </message>
    <message>
        <source>Only this source (repeatable): %1.</source>
        <translation>仅此来源(可重复):%1。</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>DEMO DATA — built-in example history, not your usage</source>
        <translation>演示数据——内置示例历史，不是你的用量</translation>
    </message>
    <message>
        <source>* includes tokens of models missing from the price table: their cost is unknown, not zero</source>
        <translation>* 包含价格表中缺失的模型的 Token：其费用未知，而不是零</translation>
    </message>
    <message>
        <source>Costs: tokens × %1 prices</source>
        <translation type="vanished">费用：Token 数 × %1 价格</translation>
    </message>
    <message>
        <source>Daily usage</source>
        <translation>每日用量</translation>
    </message>
    <message>
        <source>Weekly usage (weeks start on Monday)</source>
        <translation>每周用量（每周从周一开始）</translation>
    </message>
    <message>
        <source>Monthly usage</source>
        <translation>每月用量</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>缓存写入</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>缓存读取</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>Token 总数</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Branch / ticket</source>
        <translation>分支 / 工单</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最后活动</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Cost per task, most expensive first</source>
        <translation>每个任务的费用（从高到低）</translation>
    </message>
    <message>
        <source>Usage by session</source>
        <translation>按会话的用量</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), %1 in all</source>
        <translation>
            <numerusform>%n 个任务，共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>of which reasoning</source>
        <translation>其中推理</translation>
    </message>
    <message>
        <source>tokens × %1 prices</source>
        <translation type="vanished">词元 × %1 价格</translation>
    </message>
    <message>
        <source>the costs the agents recorded</source>
        <translation type="vanished">代理记录的费用</translation>
    </message>
    <message>
        <source>the costs the providers reported</source>
        <translation type="vanished">提供商报告的费用</translation>
    </message>
    <message>
        <source>made-up demo prices</source>
        <translation type="vanished">虚构的演示价格</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>joins the origins of the costs</comment>
        <translation type="vanished">%1 和 %2</translation>
    </message>
    <message>
        <source>Costs: %1</source>
        <translation>费用：%1</translation>
    </message>
</context>
<context>
    <name>SourcePoller</name>
    <message>
        <source>no key: secure storage is not available (%1) and %2 is not set</source>
        <translation>没有密钥：安全存储不可用（%1），且未设置 %2</translation>
    </message>
    <message>
        <source>no key: run `tokenwise keys set %1`</source>
        <translation>没有密钥：请运行 `tokenwise keys set %1`</translation>
    </message>
    <message>
        <source>rate-limited until %1</source>
        <translation>速率受限，直到 %1</translation>
    </message>
    <message>
        <source>polled at %1; Cursor updates hourly</source>
        <translation>于 %1 拉取；Cursor 每小时更新一次</translation>
    </message>
    <message>
        <source>could not store what was fetched: %1</source>
        <translation>无法保存获取的数据：%1</translation>
    </message>
</context>
<context>
    <name>SourceStatus</name>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>数据过期</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>密钥被拒绝</translation>
    </message>
    <message>
        <source>rate-limited until %1</source>
        <translation>速率受限，直到 %1</translation>
    </message>
    <message>
        <source>rate-limited</source>
        <translation>速率受限</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>unusable reply</source>
        <translation>无法使用的响应</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>TaskTitle</name>
    <message>
        <source>session %1</source>
        <translation>会话 %1</translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <source>Publish the team&apos;s spend quantiles (no names, five people or more) for everyone&apos;s team band.</source>
        <translation>发布团队的支出分位数（不含姓名，至少五人），用于所有人的团队区间。</translation>
    </message>
    <message>
        <source>the only action</source>
        <translation>唯一的操作</translation>
    </message>
    <message>
        <source>anthropic, cursor or openai.</source>
        <translation>anthropic、cursor 或 openai。</translation>
    </message>
    <message>
        <source>First UTC day (default: 30 days ago).</source>
        <translation>第一个 UTC 日（默认：30 天前）。</translation>
    </message>
    <message>
        <source>Last UTC day (default: yesterday).</source>
        <translation>最后一个 UTC 日（默认：昨天）。</translation>
    </message>
    <message>
        <source>Where to write the feed.</source>
        <translation>数据源的写入位置。</translation>
    </message>
    <message>
        <source>usage: tokenwise team publish --source anthropic|cursor|openai [--since D] [--until D] --out FILE</source>
        <translation>用法：tokenwise team publish --source anthropic|cursor|openai [--since D] [--until D] --out FILE</translation>
    </message>
    <message>
        <source>team publish needs --source anthropic, cursor or openai</source>
        <translation>team publish 需要 --source anthropic、cursor 或 openai</translation>
    </message>
    <message>
        <source>team publish needs --out FILE</source>
        <translation>team publish 需要 --out FILE</translation>
    </message>
    <message>
        <source>dates are written YYYY-MM-DD, --since no later than --until</source>
        <translation>日期格式为 YYYY-MM-DD，且 --since 不能晚于 --until</translation>
    </message>
    <message>
        <source>publish at most a year at a time</source>
        <translation>每次最多发布一年</translation>
    </message>
    <message>
        <source>no %1 admin key: run `tokenwise keys set %1`</source>
        <translation>没有 %1 管理员密钥：请运行 `tokenwise keys set %1`</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>refusing to publish: no period has at least %1 people (the largest had %2)</source>
        <translation>拒绝发布：没有任何时段达到至少 %1 人（最多的为 %2 人）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1 period(s) of %2 team spend to %3; left out %4 with fewer than %5 people.</source>
        <translation>已将 %2 团队支出的 %1 个时段写入 %3；省略了 %4 个少于 %5 人的时段。</translation>
    </message>
</context>
<context>
    <name>TeamFeed</name>
    <message>
        <source>no team feed: tokenwise config set team.feed URL|PATH</source>
        <translation>没有团队数据源：tokenwise config set team.feed URL|PATH</translation>
    </message>
    <message>
        <source>no period has at least %1 people; nothing to publish</source>
        <translation>没有任何时段达到至少 %1 人；没有可发布的内容</translation>
    </message>
    <message>
        <source>the team feed is not JSON</source>
        <translation>团队数据源不是 JSON</translation>
    </message>
    <message>
        <source>not a Tokenwise team feed (format is not %1)</source>
        <translation>不是 Tokenwise 团队数据源（格式不是 %1）</translation>
    </message>
    <message>
        <source>the team feed has no version</source>
        <translation>团队数据源没有版本号</translation>
    </message>
    <message>
        <source>the team feed is version %1; this Tokenwise reads version %2: update Tokenwise</source>
        <translation>团队数据源的版本为 %1；此 Tokenwise 只能读取版本 %2：请更新 Tokenwise</translation>
    </message>
    <message>
        <source>the team feed uses an unknown unit</source>
        <translation>团队数据源使用了未知单位</translation>
    </message>
    <message>
        <source>the team feed names no source</source>
        <translation>团队数据源未指明来源</translation>
    </message>
    <message>
        <source>cannot read the team feed %1: %2</source>
        <translation>无法读取团队数据源 %1：%2</translation>
    </message>
</context>
<context>
    <name>TokenBreakdown</name>
    <message>
        <source>%1 input, %2 output, %3 cache write, %4 cache read</source>
        <translation>输入 %1,输出 %2,缓存写入 %3,缓存读取 %4</translation>
    </message>
    <message>
        <source>%1 input, %2 output (%3 of it reasoning), %4 cache write, %5 cache read</source>
        <translation>输入 %1,输出 %2(其中推理 %3),缓存写入 %4,缓存读取 %5</translation>
    </message>
</context>
<context>
    <name>TrayText</name>
    <message>
        <source>no typical week yet</source>
        <translation>尚无典型周数据</translation>
    </message>
    <message>
        <source>below your typical pace</source>
        <translation>低于你的通常节奏</translation>
    </message>
    <message>
        <source>about your typical pace</source>
        <translation>与你的通常节奏相当</translation>
    </message>
    <message>
        <source>above your typical pace</source>
        <translation>高于你的通常节奏</translation>
    </message>
    <message>
        <source>Demo data — not your usage</source>
        <translation>演示数据——不是你的用量</translation>
    </message>
    <message>
        <source>Today: %1 (typical day %2)</source>
        <translation>今天：%1（典型日 %2）</translation>
    </message>
    <message>
        <source>This week: %1, %2</source>
        <translation>本周：%1，%2</translation>
    </message>
    <message>
        <source>Team band: no team feed configured</source>
        <translation>团队区间：未配置团队数据源</translation>
    </message>
    <message>
        <source>Spending fast: %1 in the last hour (%2)</source>
        <translation>支出过快：过去一小时 %1（%2）</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>below the team p25</source>
        <translation>低于团队 p25</translation>
    </message>
    <message>
        <source>below the team median</source>
        <translation>低于团队中位数</translation>
    </message>
    <message>
        <source>between the team median and p75</source>
        <translation>介于团队中位数与 p75 之间</translation>
    </message>
    <message>
        <source>above the team p75</source>
        <translation>高于团队 p75</translation>
    </message>
    <message>
        <source>no team band for this week</source>
        <translation>本周没有团队区间</translation>
    </message>
    <message>
        <source>below p25</source>
        <translation>低于 p25</translation>
    </message>
    <message>
        <source>p25–median</source>
        <translation>p25–中位数</translation>
    </message>
    <message>
        <source>median–p75</source>
        <translation>中位数–p75</translation>
    </message>
    <message>
        <source>above p75</source>
        <translation>高于 p75</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Team band: none covers this week</source>
        <translation>团队区间：没有覆盖本周的区间</translation>
    </message>
    <message numerus="yes">
        <source>Team band: this week %1 (team of %n)</source>
        <translation>
            <numerusform>团队区间：本周%1（%n 人团队）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsupportedAutostart</name>
    <message>
        <source>Starting Tokenwise at login is not supported on this platform yet.</source>
        <translation>此平台尚不支持登录时启动 Tokenwise。</translation>
    </message>
</context>
<context>
    <name>UsageService</name>
    <message>
        <source>The ledger was damaged (%1). It was moved to %2 and is being rebuilt from the logs; provider history returns with the next poll.</source>
        <translation>账本已损坏（%1）。已将其移至 %2，正在从日志重建；服务商历史将在下次轮询时恢复。</translation>
    </message>
</context>
<context>
    <name>WeeklySummary</name>
    <message>
        <source>DEMO DATA</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>PDF export needs the Qt GUI module to be initialised.</source>
        <translation>PDF 导出需要先初始化 Qt GUI 模块。</translation>
    </message>
    <message>
        <source>Could not start the PDF writer.</source>
        <translation>无法启动 PDF 写入器。</translation>
    </message>
    <message>
        <source>demo (built-in example history)</source>
        <translation>演示（内置示例历史）</translation>
    </message>
    <message>
        <source>priced (tokens × list prices)</source>
        <translation>计价（Token 数 × 标价）</translation>
    </message>
    <message>
        <source>reported by the provider</source>
        <translation>服务商报告</translation>
    </message>
    <message>
        <source>some tokens unpriced</source>
        <translation>部分 Token 无价格</translation>
    </message>
    <message>
        <source>no usage</source>
        <translation>无用量</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>无历史</translation>
    </message>
    <message>
        <source>no spend to compare with</source>
        <translation>没有可比较的支出</translation>
    </message>
    <message>
        <source>No team feed configured.</source>
        <translation>未配置团队数据源。</translation>
    </message>
    <message>
        <source>Team band withheld: the feed has fewer than %1 members.</source>
        <translation>团队区间未显示：数据源成员少于 %1 人。</translation>
    </message>
    <message>
        <source>Below the team&apos;s 25th percentile</source>
        <translation>低于团队第 25 百分位</translation>
    </message>
    <message>
        <source>Between the team&apos;s 25th percentile and median</source>
        <translation>介于团队第 25 百分位与中位数之间</translation>
    </message>
    <message>
        <source>Between the team median and 75th percentile</source>
        <translation>介于团队中位数与第 75 百分位之间</translation>
    </message>
    <message>
        <source>Above the team&apos;s 75th percentile</source>
        <translation>高于团队第 75 百分位</translation>
    </message>
    <message>
        <source> (team of %1: p25 %2, median %3, p75 %4)</source>
        <translation>（%1 人团队：p25 %2，中位数 %3，p75 %4）</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>总支出</translation>
    </message>
    <message>
        <source>Cost basis</source>
        <translation>费用依据</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>vs previous week (%1)</source>
        <translation>与上周相比（%1）</translation>
    </message>
    <message>
        <source>history covers %1 of the 8 weeks</source>
        <translation>历史涵盖 8 周中的 %1 周</translation>
    </message>
    <message>
        <source>vs your median of the previous 8 weeks</source>
        <translation>与你前 8 周的中位数相比</translation>
    </message>
    <message>
        <source>Team band</source>
        <translation>团队区间</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 had %2 hours (clock change).</source>
        <translation>%1 有 %2 小时（时钟调整）。</translation>
    </message>
    <message>
        <source>Daily spend by provider</source>
        <translation>按服务商的每日支出</translation>
    </message>
    <message>
        <source>Spend by provider</source>
        <translation>按服务商的支出</translation>
    </message>
    <message>
        <source>No usage this week.</source>
        <translation>本周无用量。</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Spend by model</source>
        <translation>按模型的支出</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>缓存读取</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>无价格</translation>
    </message>
    <message>
        <source>† Codex reported no model: priced as gpt-5.</source>
        <translation>† Codex 未报告模型：按 gpt-5 计价。</translation>
    </message>
    <message>
        <source>Untitled session %1</source>
        <translation type="vanished">未命名会话 %1</translation>
    </message>
    <message>
        <source>Top tasks by cost</source>
        <translation>费用最高的任务</translation>
    </message>
    <message>
        <source>No tasks this week.</source>
        <translation>本周没有任务。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Ticket / branch</source>
        <translation>工单 / 分支</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Per commit</source>
        <translation>每次提交</translation>
    </message>
    <message>
        <source>Other tasks this week: %1, together %2.</source>
        <translation>本周其他任务：%1 个，共计 %2。</translation>
    </message>
    <message>
        <source>Cache read: the share of the task&apos;s prompt tokens served from cache. Commits and lines show — until they are read from the repository.</source>
        <translation>缓存读取：任务的提示 Token 中由缓存提供的比例。在从仓库读取之前，提交和行数显示为 —。</translation>
    </message>
    <message>
        <source>Cache efficiency</source>
        <translation>缓存效率</translation>
    </message>
    <message>
        <source>No prompt tokens this week.</source>
        <translation>本周没有提示 Token。</translation>
    </message>
    <message>
        <source>Cache reads were %1 of prompt tokens (%2 of %3).</source>
        <translation>缓存读取占提示 Token 的 %1（%3 中的 %2）。</translation>
    </message>
    <message>
        <source>Those reads cost %1; at the input price they would have cost %2: caching saved about %3.</source>
        <translation>这些读取花费 %1；按输入价格将花费 %2：缓存节省了约 %3。</translation>
    </message>
    <message>
        <source>Savings cover the priced models only.</source>
        <translation>节省金额仅涵盖有价格的模型。</translation>
    </message>
    <message>
        <source>Estimate at list prices (standard context), excluding what cache writes cost.</source>
        <translation>按标价（标准上下文）估算，不含缓存写入的费用。</translation>
    </message>
    <message>
        <source>Model fit (estimates)</source>
        <translation>模型适配（估算）</translation>
    </message>
    <message>
        <source>No model this week has a cheaper priced sibling.</source>
        <translation>本周没有模型存在有价格的更便宜同系列型号。</translation>
    </message>
    <message>
        <source>Cheaper sibling</source>
        <translation>更便宜的同系列模型</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>What-ifs, not judgements: the same tokens at the sibling&apos;s list price. A smaller model may need more turns, or may not manage the task at all.</source>
        <translation>这是假设而非评判：相同的 Token 按同系列模型的标价计算。较小的模型可能需要更多轮次，或者根本无法完成任务。</translation>
    </message>
    <message>
        <source>Surges and budgets</source>
        <translation>突增与预算</translation>
    </message>
    <message>
        <source>Surge episodes: not configured.</source>
        <translation>突增事件：未配置。</translation>
    </message>
    <message>
        <source>Surge episodes: none this week.</source>
        <translation>突增事件：本周没有。</translation>
    </message>
    <message>
        <source>Surge started</source>
        <translation>突增开始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Budgets: not configured.</source>
        <translation>预算：未配置。</translation>
    </message>
    <message>
        <source>Budgets: none set.</source>
        <translation>预算：未设置。</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已花费</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>Unpriced models</source>
        <translation>无价格的模型</translation>
    </message>
    <message>
        <source>None: every model used this week is in the price table.</source>
        <translation>无：本周使用的每个模型都在价格表中。</translation>
    </message>
    <message>
        <source>* Their tokens are counted but their cost is unknown, not zero.</source>
        <translation>* 其 Token 会被计数，但费用未知，而不是零。</translation>
    </message>
    <message>
        <source>Data coverage</source>
        <translation>数据覆盖</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Events in ledger</source>
        <translation>账本中的事件</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>上次读取</translation>
    </message>
    <message>
        <source>Used this week</source>
        <translation>本周使用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No source has delivered data yet.</source>
        <translation>尚无来源提供数据。</translation>
    </message>
    <message>
        <source>Data: DEMO — the built-in example history, not your usage.</source>
        <translation>数据：演示——内置示例历史，不是你的用量。</translation>
    </message>
    <message>
        <source>Data: your local Tokenwise ledger.</source>
        <translation>数据：你本地的 Tokenwise 账本。</translation>
    </message>
    <message>
        <source>Prices: %1.</source>
        <translation>价格：%1。</translation>
    </message>
    <message>
        <source>Days run from midnight to midnight in %1.</source>
        <translation>每天按 %1 时区从午夜到午夜计算。</translation>
    </message>
    <message>
        <source>Private by design: no prompt text, no keys, no colleague names.</source>
        <translation>隐私优先设计：不含提示文本、不含密钥、不含同事姓名。</translation>
    </message>
    <message>
        <source>Weekly AI spend — %1</source>
        <translation>每周 AI 支出——%1</translation>
    </message>
    <message>
        <source>%1 – %2 · %3</source>
        <translation>%1 – %2 · %3</translation>
    </message>
    <message>
        <source>DEMO DATA — built-in example history, not your usage</source>
        <translation>演示数据——内置示例历史，不是你的用量</translation>
    </message>
    <message>
        <source>Daily spend by provider, %1 to %2</source>
        <translation>按服务商的每日支出，%1 至 %2</translation>
    </message>
    <message>
        <source>Tokenwise weekly summary %1 · generated %2</source>
        <translation>Tokenwise 每周摘要 %1 · 生成于 %2</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation type="vanished">Claude Code</translation>
    </message>
    <message>
        <source>Codex</source>
        <translation type="vanished">Codex</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>: your %1 spend %2</source>
        <translation>：你的 %1 支出为 %2</translation>
    </message>
    <message>
        <source>the band covers %1 of the 7 days</source>
        <translation>该区间覆盖 7 天中的 %1 天</translation>
    </message>
    <message>
        <source>The team band adds up the feed&apos;s per-day quantiles over the days it covers: an estimate of a typical week&apos;s spread for that provider, not a ranking.</source>
        <translation>团队区间将数据源每日的分位数在其覆盖的天数上累加：这是对该服务商典型一周支出分布的估计，而不是排名。</translation>
    </message>
    <message>
        <source>%1, %2: %3 as the provider reported it (%4); the logs priced %5.</source>
        <translation>%1，%2：服务商报告为 %3（%4）；日志计价为 %5。</translation>
    </message>
    <message>
        <source>Spend by model and by task stays priced from the logs.</source>
        <translation>按模型和按任务的支出仍按日志计价。</translation>
    </message>
    <message>
        <source>Daily: highest day, %1</source>
        <translation>每日：最高的一天，%1</translation>
    </message>
    <message>
        <source>%n day(s) at or over</source>
        <translation>%n 天达到或超出</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Monthly: %1 to %2</source>
        <translation>每月：%1 至 %2</translation>
    </message>
    <message>
        <source>over</source>
        <translation>已超出</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation>OpenRouter</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Also read, nothing found: %1.</source>
        <translation>也已读取,未发现数据:%1。</translation>
    </message>
    <message>
        <source>a made-up band, as the dashboard shows in the demo</source>
        <translation>虚构的区间,与仪表板演示中显示的相同</translation>
    </message>
    <message>
        <source>Other sources: %1.</source>
        <translation>其他来源：%1。</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>其他来源</translation>
    </message>
</context>
<context>
    <name>XdgAutostart</name>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tokenwise::AutoExporter</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>tokenwise::BudgetsPage</name>
    <message>
        <source>Daily budget</source>
        <translation>每日预算</translation>
    </message>
    <message>
        <source>Weekly budget</source>
        <translation>每周预算</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>每月预算</translation>
    </message>
    <message>
        <source>Surge floor</source>
        <translation>突增下限</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: hold alerts from</source>
        <translation>免打扰时段(&amp;Q)：暂停提醒，从</translation>
    </message>
    <message>
        <source>&amp;Daily budget:</source>
        <translation>每日预算(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Weekly budget:</source>
        <translation>每周预算(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Monthly budget:</source>
        <translation>每月预算(&amp;M)：</translation>
    </message>
    <message>
        <source>You are told at 50, 80 and 100 % of a budget, once each. A budget is a ceiling you choose, never a spending target.</source>
        <translation>达到预算的 50、80 和 100 % 时各提醒一次。预算是你自己设定的上限，而不是支出目标。</translation>
    </message>
    <message>
        <source> × your hourly p95</source>
        <translation> × 你的每小时 p95</translation>
    </message>
    <message>
        <source>Surge sensitivity</source>
        <translation>突增灵敏度</translation>
    </message>
    <message>
        <source>Surge &amp;alert above:</source>
        <translation>突增提醒阈值(&amp;A)：</translation>
    </message>
    <message>
        <source>…and above &amp;at least:</source>
        <translation>……且至少(&amp;A)：</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>免打扰开始</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>免打扰结束</translation>
    </message>
    <message>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Budgets &amp; alerts</source>
        <translation>预算与提醒</translation>
    </message>
    <message>
        <source>Per source</source>
        <translation>按来源</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>%1 %2 budget</source>
        <translation>%1%2预算</translation>
    </message>
</context>
<context>
    <name>tokenwise::DashboardWindow</name>
    <message>
        <source>Tokenwise</source>
        <translation>Tokenwise</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="vanished">刷新</translation>
    </message>
    <message>
        <source>Export weekly summary…</source>
        <translation type="vanished">导出每周摘要…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="vanished">设置…</translation>
    </message>
    <message>
        <source>Demo data — this is the built-in example history, not your usage. Tokenwise found no Claude Code or Codex logs and no provider keys yet.</source>
        <translation type="vanished">演示数据——这是内置示例历史，不是你的用量。Tokenwise 尚未找到 Claude Code 或 Codex 日志，也没有服务商密钥。</translation>
    </message>
    <message>
        <source>Demo data notice</source>
        <translation>演示数据提示</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>Reading your usage…</source>
        <translation>正在读取你的用量…</translation>
    </message>
    <message>
        <source>Tokenwise — demo data</source>
        <translation>Tokenwise——演示数据</translation>
    </message>
    <message>
        <source>Updated %1 · %2 events · costs are tokens × %3 prices%4</source>
        <translation type="vanished">更新于 %1 · %2 个事件 · 费用为 Token 数 × %3 价格%4</translation>
    </message>
    <message>
        <source> · DEMO</source>
        <translation> · 演示</translation>
    </message>
    <message>
        <source>Demo data — this is the built-in example history, not your usage. Tokenwise found no agent logs and no provider keys yet: the Sources tab shows where it looked.</source>
        <translation>演示数据 — 这是内置的示例历史,不是您的用量。Tokenwise 尚未找到任何代理日志或提供商密钥:“来源”标签页显示了它查找过的位置。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export weekly summary…</source>
        <translation>导出每周摘要(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Find task…</source>
        <translation>查找任务(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>关闭窗口(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Quit Tokenwise</source>
        <translation>退出 Tokenwise(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Tokenwise</source>
        <translation>关于 Tokenwise(&amp;A)</translation>
    </message>
    <message>
        <source>About Tokenwise</source>
        <translation>关于 Tokenwise</translation>
    </message>
    <message>
        <source>Tokenwise %1: what your AI coding tools cost you, and what that bought. Your own numbers only, kept on this computer.</source>
        <translation>Tokenwise %1:您的 AI 编程工具花费了多少,以及换来了什么。只有您自己的数据,保存在这台电脑上。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Updated %1 · %2 events · costs: %3%4</source>
        <translation>更新于 %1 · %2 个事件 · 费用：%3%4</translation>
    </message>
</context>
<context>
    <name>tokenwise::DesktopShell</name>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>上次刷新失败：%1</translation>
    </message>
    <message>
        <source>Ledger rebuilt</source>
        <translation>账本已重建</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Tokenwise is still running</source>
        <translation>Tokenwise 仍在运行</translation>
    </message>
    <message>
        <source>It stays in the tray. Quit it from the tray menu, or with Ctrl+Q in the dashboard.</source>
        <translation>它会留在托盘中。可通过托盘菜单退出,或在仪表板中按 Ctrl+Q。</translation>
    </message>
    <message>
        <source>%1 (%2 events)</source>
        <translation>%1(%2 个事件)</translation>
    </message>
    <message>
        <source>Found your usage</source>
        <translation>已找到您的用量</translation>
    </message>
    <message>
        <source>Tokenwise left the demo: %1.</source>
        <translation>Tokenwise 已退出演示:%1。</translation>
    </message>
</context>
<context>
    <name>tokenwise::DisplayPage</name>
    <message>
        <source>Start Tokenwise when I &amp;log in</source>
        <translation>登录时启动 Tokenwise(&amp;L)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Widget refresh</source>
        <translation>小组件刷新</translation>
    </message>
    <message>
        <source>&amp;Widget refreshes every:</source>
        <translation>小组件刷新间隔(&amp;W)：</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>显示货币</translation>
    </message>
    <message>
        <source>Display &amp;currency:</source>
        <translation>显示货币(&amp;C)：</translation>
    </message>
    <message>
        <source>Rate per US dollar</source>
        <translation>每美元汇率</translation>
    </message>
    <message>
        <source>&amp;Rate per US dollar:</source>
        <translation>每美元汇率(&amp;R)：</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Language (after a restart):</source>
        <translation>语言(&amp;L)（重启后生效）：</translation>
    </message>
    <message>
        <source>Your git and provider e-mail</source>
        <translation>你的 Git 和服务商电子邮件</translation>
    </message>
    <message>
        <source>Your &amp;e-mail (git commits, provider identity):</source>
        <translation>电子邮件(&amp;E)（Git 提交、服务商身份）：</translation>
    </message>
    <message>
        <source>https://… or /path/to/team-feed.json</source>
        <translation>https://… 或 /path/to/team-feed.json</translation>
    </message>
    <message>
        <source>Team feed</source>
        <translation>团队数据源</translation>
    </message>
    <message>
        <source>&amp;Team feed:</source>
        <translation>团队数据源(&amp;T)：</translation>
    </message>
    <message>
        <source>Display &amp; start-up</source>
        <translation>显示与启动</translation>
    </message>
</context>
<context>
    <name>tokenwise::ExportController</name>
    <message>
        <source>Weekly summary %1 saved</source>
        <translation>每周摘要 %1 已保存</translation>
    </message>
    <message>
        <source>%1 (demo data)</source>
        <translation>%1（演示数据）</translation>
    </message>
    <message>
        <source>Weekly summary %1 not saved</source>
        <translation>每周摘要 %1 未保存</translation>
    </message>
</context>
<context>
    <name>tokenwise::ExportDialog</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Export weekly summary</source>
        <translation>导出每周摘要</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML 页面</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV（电子表格）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>周：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Your own numbers only: no prompt text, no keys, no colleague names.</source>
        <translation>仅包含你自己的数据：没有提示词文本、没有密钥、没有同事姓名。</translation>
    </message>
    <message>
        <source>Looking for weeks with data…</source>
        <translation>正在查找有数据的周…</translation>
    </message>
    <message>
        <source>Cannot read the ledger: %1</source>
        <translation>无法读取账本：%1</translation>
    </message>
    <message>
        <source>%1 · %2 – %3</source>
        <translation>%1 · %2 – %3</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>No weeks with data yet</source>
        <translation>还没有有数据的周</translation>
    </message>
    <message>
        <source>Nothing to export: Tokenwise has not seen any usage yet.</source>
        <translation>没有可导出的内容：Tokenwise 尚未发现任何用量。</translation>
    </message>
    <message>
        <source>No usage of yours yet: the export will show the built-in demo history, marked DEMO.</source>
        <translation>你还没有用量：导出将显示内置的演示历史，并标记为 DEMO。</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save weekly summary</source>
        <translation>保存每周摘要</translation>
    </message>
    <message>
        <source>Choose a week to export.</source>
        <translation>请选择要导出的周。</translation>
    </message>
    <message>
        <source>Choose where to save the file (a full path).</source>
        <translation>请选择文件的保存位置（完整路径）。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Saved %1 (%2, %3 ms).</source>
        <translation type="vanished">已保存 %1（%2，%3 ms）。</translation>
    </message>
    <message>
        <source>It shows demo data.</source>
        <translation>其中显示的是演示数据。</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>%1 already exists. Press Replace to overwrite it.</source>
        <translation>%1 已存在。按“替换”覆盖它。</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>已保存 %1(%2)。</translation>
    </message>
</context>
<context>
    <name>tokenwise::ExportPage</name>
    <message>
        <source>Export last week&apos;s summary every Monday morning</source>
        <translation>每周一上午导出上周的摘要</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>导出格式</translation>
    </message>
    <message>
        <source>Folder for weekly summaries</source>
        <translation>每周摘要的文件夹</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>The summary of the week that just ended is written once, on the first run at or after 06:00 on Monday; a computer that was asleep catches up when it wakes. Files are named like tokenwise-2026-W47.pdf.</source>
        <translation>刚结束那一周的摘要只写入一次，在周一 06:00 或之后的第一次运行时写入；处于睡眠状态的电脑会在唤醒时补上。文件名形如 tokenwise-2026-W47.pdf。</translation>
    </message>
    <message>
        <source>Weekly export</source>
        <translation>每周导出</translation>
    </message>
    <message>
        <source>the export folder must be a full path: %1</source>
        <translation>导出文件夹必须是完整路径：%1</translation>
    </message>
</context>
<context>
    <name>tokenwise::KeysPage</name>
    <message>
        <source>Anthropic (Admin key)</source>
        <translation>Anthropic（管理员密钥）</translation>
    </message>
    <message>
        <source>OpenAI (Admin key)</source>
        <translation>OpenAI（管理员密钥）</translation>
    </message>
    <message>
        <source>Cursor (team Admin key)</source>
        <translation>Cursor（团队管理员密钥）</translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation>OpenRouter</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Set the %1 key</source>
        <translation>设置 %1 密钥</translation>
    </message>
    <message>
        <source>Remove the %1 key</source>
        <translation>删除 %1 密钥</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Paste the %1:</source>
        <translation>粘贴 %1：</translation>
    </message>
    <message>
        <source>Keys are kept only in your system keychain — never in settings files, the ledger, logs or exports. When no keychain works, Tokenwise says so and stores nothing.</source>
        <translation>密钥只保存在系统钥匙串中——绝不会写入设置文件、账本、日志或导出文件。如果钥匙串不可用，Tokenwise 会告诉你，并且不保存任何内容。</translation>
    </message>
    <message>
        <source>no keychain in this build</source>
        <translation>此版本不含钥匙串支持</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>已保存在钥匙串中</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>钥匙串没有响应</translation>
    </message>
    <message>
        <source>no secure storage available — keys cannot be kept</source>
        <translation>没有可用的安全存储——无法保存密钥</translation>
    </message>
    <message>
        <source>not stored: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API 密钥</translation>
    </message>
</context>
<context>
    <name>tokenwise::ModelsTab</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Cache read share</source>
        <translation>缓存读取占比</translation>
    </message>
    <message>
        <source>What if (estimate)</source>
        <translation>假设（估算）</translation>
    </message>
    <message>
        <source>Spend by model</source>
        <translation>按模型的支出</translation>
    </message>
    <message>
        <source>What if: the same tokens priced on the cheaper model of the same family. An estimate to think with, not a judgement: the cheaper model may need more turns.</source>
        <translation>假设：相同的 Token 按同一系列中更便宜模型的价格计算。这是供参考的估算，而不是评判：更便宜的模型可能需要更多轮次。</translation>
    </message>
    <message numerus="yes">
        <source>%1 over the last %n day(s); %2 % of prompt tokens were read from cache.</source>
        <translation>
            <numerusform>过去 %n 天共 %1；%2 % 的提示 Token 来自缓存。</numerusform>
        </translation>
    </message>
    <message>
        <source> (no model in the log: priced as gpt-5)</source>
        <translation>（日志中没有模型：按 gpt-5 计价）</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>无价格</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>用 %2 为 %1</translation>
    </message>
    <message>
        <source>Difference (estimate)</source>
        <translation>差额（估算）</translation>
    </message>
    <message>
        <source>Model mix per day (share of the day&apos;s spend)</source>
        <translation>每日模型构成（占当天支出的比例）</translation>
    </message>
    <message>
        <source>Model mix per day</source>
        <translation>每日模型构成</translation>
    </message>
    <message>
        <source>An estimate: the same tokens priced on %1.</source>
        <translation>估算：同样的 Token 按 %1 的价格计价。</translation>
    </message>
    <message>
        <source>&lt; 1 %</source>
        <translation>&lt; 1 %</translation>
    </message>
</context>
<context>
    <name>tokenwise::OverviewTab</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Team band</source>
        <translation>团队区间</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>按服务商</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>按模型</translation>
    </message>
    <message>
        <source>Stack bars</source>
        <translation>堆叠柱形</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>no typical figure yet</source>
        <translation>尚无典型值</translation>
    </message>
    <message>
        <source>%1 % of your typical %2</source>
        <translation>为你典型值 %2 的 %1 %</translation>
    </message>
    <message>
        <source>typical week %1</source>
        <translation>典型周 %1</translation>
    </message>
    <message>
        <source>%1 per active day on average</source>
        <translation type="vanished">平均每个活跃日 %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No team feed configured. The chart&apos;s dashed line is a public reference of about $13 per active day, not your team.</source>
        <translation type="vanished">未配置团队数据源。图表中的虚线是每个活跃日约 $13 的公开参考值，并非你的团队。</translation>
    </message>
    <message>
        <source>A team band needs an aggregate of at least 5 people; no names or ranks are ever shown.</source>
        <translation>团队区间需要至少 5 人的汇总数据；绝不显示姓名或排名。</translation>
    </message>
    <message numerus="yes">
        <source>From the team feed, team of %n.</source>
        <translation>
            <numerusform>来自团队数据源，%n 人团队。</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo team band: made up, like the rest of the demo data.</source>
        <translation>演示团队区间：虚构的，与其他演示数据一样。</translation>
    </message>
    <message numerus="yes">
        <source>Computed from your organisation&apos;s usage, team of %n.</source>
        <translation>
            <numerusform>根据你所在组织的用量计算，%n 人团队。</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>Range from</source>
        <translation>范围起始</translation>
    </message>
    <message>
        <source>Range until</source>
        <translation>范围截止</translation>
    </message>
    <message numerus="yes">
        <source>This week %1, %2: team p25–p75 %3–%4 (median %5) for the same %n day(s).</source>
        <translation>
            <numerusform>本周 %1，%2：在相同的 %n 天内，团队 p25–p75 为 %3–%4（中位数 %5）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No team band covers this week yet; the chart shows the days one covers.</source>
        <translation>还没有覆盖本周的团队区间；图表显示有区间覆盖的日子。</translation>
    </message>
    <message>
        <source>No team feed configured. The chart&apos;s dashed line is a public reference of about %1 per active day, not your team.</source>
        <translation>未配置团队数据源。图表中的虚线是每个活跃日约 %1 的公开参考值，不代表你的团队。</translation>
    </message>
    <message>
        <source>%1 per active day this month</source>
        <translation>本月每个活跃日 %1</translation>
    </message>
    <message>
        <source>no usage this month yet</source>
        <translation>本月尚无用量</translation>
    </message>
</context>
<context>
    <name>tokenwise::ProviderPolling</name>
    <message>
        <source>no key: add one in Settings or run `tokenwise keys set %1`</source>
        <translation>没有密钥：请在设置中添加，或运行 `tokenwise keys set %1`</translation>
    </message>
</context>
<context>
    <name>tokenwise::SettingsDialog</name>
    <message>
        <source>Tokenwise settings</source>
        <translation>Tokenwise 设置</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>tokenwise::SourcesPage</name>
    <message>
        <source>Read &amp;Claude Code logs (~/.claude, ~/.config/claude, $CLAUDE_CONFIG_DIR)</source>
        <translation type="vanished">读取 Claude Code 日志(&amp;C)（~/.claude、~/.config/claude、$CLAUDE_CONFIG_DIR）</translation>
    </message>
    <message>
        <source>Read Code&amp;x CLI logs (~/.codex or $CODEX_HOME)</source>
        <translation type="vanished">读取 Codex CLI 日志(&amp;X)（~/.codex 或 $CODEX_HOME）</translation>
    </message>
    <message>
        <source>Ticket pattern</source>
        <translation>工单模式</translation>
    </message>
    <message>
        <source>&amp;Ticket pattern in branch names:</source>
        <translation>分支名中的工单模式(&amp;T)：</translation>
    </message>
    <message>
        <source>Local logs need no key. Prompt and response text is never stored.</source>
        <translation type="vanished">本地日志无需密钥。提示和回复文本从不保存。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Git author e-mail for commits per task</source>
        <translation>用于按任务统计提交的 Git 作者电子邮件</translation>
    </message>
    <message>
        <source>each repository&apos;s git config user.email</source>
        <translation>各仓库的 git config user.email</translation>
    </message>
    <message>
        <source>&amp;Git author e-mail (commits per task):</source>
        <translation>Git 作者电子邮件(&amp;G)（按任务统计提交）：</translation>
    </message>
    <message>
        <source>Read the local data of:</source>
        <translation>读取以下本地数据:</translation>
    </message>
    <message>
        <source>Read %1 data</source>
        <translation>读取 %1 数据</translation>
    </message>
    <message>
        <source>Source id: %1. Tokenwise only reads these files, never changes them.</source>
        <translation>来源 ID:%1。Tokenwise 只读取这些文件,从不修改。</translation>
    </message>
    <message>
        <source>Local logs need no key. Prompt and response text is never stored. Where each source looks is shown in the dashboard&apos;s Sources tab.</source>
        <translation>本地日志无需密钥。提示词和回复文本从不保存。每个来源查找的位置显示在仪表板的“来源”标签页中。</translation>
    </message>
</context>
<context>
    <name>tokenwise::SourcesTab</name>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Lines read</source>
        <translation>已读行数</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>跳过的行</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation type="vanished">上次读取</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Local logs need no key. Provider usage APIs (Anthropic, OpenAI, Cursor, OpenRouter) are added in Settings; their keys stay in your system keychain.</source>
        <translation>本地日志无需密钥。服务商用量 API（Anthropic、OpenAI、Cursor、OpenRouter）在设置中添加；其密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>demo history</source>
        <translation>演示历史</translation>
    </message>
    <message>
        <source>demo data: no logs found yet</source>
        <translation>演示数据：尚未找到日志</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>last refresh failed: %1</source>
        <translation>上次刷新失败：%1</translation>
    </message>
    <message>
        <source>no logs found</source>
        <translation>未找到日志</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 malformed, %2 without a timestamp</source>
        <translation>%1 行格式错误，%2 行无时间戳</translation>
    </message>
    <message>
        <source>Last read / poll</source>
        <translation>上次读取 / 轮询</translation>
    </message>
    <message>
        <source>Reported vs priced</source>
        <translation>报告值与计价值</translation>
    </message>
    <message>
        <source>%1 vs %2 (%3)</source>
        <translation>%1 对比 %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>Over %n day(s) a provider reported: its figure, then what the logs priced for the same days.</source>
        <translation>
            <numerusform>在服务商有报告的 %n 天内：先是其报告数据，然后是日志对相同日期的计价。</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取:%1</translation>
    </message>
    <message>
        <source>found in %1 (files: %2)</source>
        <translation>在 %1 中找到(文件:%2)</translation>
    </message>
    <message>
        <source>no usage yet in %1</source>
        <translation>%1 中尚无用量</translation>
    </message>
    <message>
        <source>not found (looked in %1)</source>
        <translation>未找到(查找位置:%1)</translation>
    </message>
    <message>
        <source>Source id: %1</source>
        <translation>来源 ID:%1</translation>
    </message>
    <message>
        <source>Looked in: %1</source>
        <translation>查找位置:%1</translation>
    </message>
</context>
<context>
    <name>tokenwise::Sparkline</name>
    <message>
        <source>Spend over the last 24 hours</source>
        <translation>过去 24 小时的支出</translation>
    </message>
    <message>
        <source>%1 in the last 24 hours</source>
        <translation>过去 24 小时 %1</translation>
    </message>
</context>
<context>
    <name>tokenwise::SpendChart</name>
    <message>
        <source>Daily spend chart</source>
        <translation>每日支出图表</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Your 7-day mean</source>
        <translation>你的 7 日均值</translation>
    </message>
    <message>
        <source>Public reference ≈ $13 per active day (not your team)</source>
        <translation type="vanished">公开参考值 ≈ 每个活跃日 $13（并非你的团队）</translation>
    </message>
    <message>
        <source>No days in the range.</source>
        <translation>范围内没有日期。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from %1 to %2, %3 in total</source>
        <translation>
            <numerusform>从 %1 到 %2 共 %n 天，合计 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>highest %1 on %2</source>
        <translation>最高为 %1（%2）</translation>
    </message>
    <message>
        <source>your 7-day mean is now %1</source>
        <translation>你的 7 日均值现在为 %1</translation>
    </message>
    <message>
        <source>dashed line: public reference of about %1 per active day, not your team</source>
        <translation>虚线：每个活跃日约 %1 的公开参考值，不代表你的团队</translation>
    </message>
    <message>
        <source>team median per day %1, p25–p75 band %2 to %3</source>
        <translation>团队每日中位数 %1，p25–p75 区间 %2 至 %3</translation>
    </message>
    <message>
        <source>Public reference ≈ %1 per active day (not your team)</source>
        <translation>公开参考值 ≈ 每个活跃日 %1（不代表你的团队）</translation>
    </message>
    <message>
        <source>Demo team p25–p75 per day (made up)</source>
        <translation>演示团队每日 p25–p75（虚构）</translation>
    </message>
    <message numerus="yes">
        <source>Team p25–p75 per day (team of %n)</source>
        <translation>
            <numerusform>团队每日 p25–p75（%n 人团队）</numerusform>
        </translation>
    </message>
    <message>
        <source>Team median per day</source>
        <translation>团队每日中位数</translation>
    </message>
</context>
<context>
    <name>tokenwise::SpendWidget</name>
    <message>
        <source>DEMO DATA</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Tokenwise — today</source>
        <translation>Tokenwise——今天</translation>
    </message>
    <message>
        <source>Tokenwise spend widget</source>
        <translation>Tokenwise 支出小组件</translation>
    </message>
    <message>
        <source>Click to refresh, double-click for the dashboard, drag to move, Esc to hide</source>
        <translation>单击刷新，双击打开仪表板，拖动以移动，按 Esc 隐藏</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>本周 %1 · %2</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>团队：%1</translation>
    </message>
</context>
<context>
    <name>tokenwise::TaskTableModel</name>
    <message>
        <source>several</source>
        <translation>多个</translation>
    </message>
    <message>
        <source>Includes models missing from the price table: their cost is unknown, not zero.</source>
        <translation>包含价格表中缺失的模型：其费用未知，而不是零。</translation>
    </message>
    <message>
        <source>Priced: tokens × the price table</source>
        <translation type="vanished">计价：Token 数 × 价格表</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n task(s))</source>
        <translation>
            <numerusform>%1（%n 个任务）</numerusform>
        </translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Ticket / branch</source>
        <translation>工单 / 分支</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>缓存读取</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>活跃时长</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最后活动</translation>
    </message>
    <message>
        <source>Your non-merge commits in this repository while the task was active (git log)</source>
        <translation>任务活跃期间你在此仓库中的非合并提交（git log）</translation>
    </message>
    <message>
        <source>Off: git is not installed, the folder is not a git repository, or no author e-mail is known</source>
        <translation>关闭：未安装 git、该文件夹不是 git 仓库，或不知道作者电子邮件</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Cost / commit</source>
        <translation>费用 / 提交</translation>
    </message>
    <message>
        <source>%1 projects</source>
        <translation>%1 个项目</translation>
    </message>
</context>
<context>
    <name>tokenwise::TaskTimelineChart</name>
    <message>
        <source>Task cost over time</source>
        <translation>任务费用随时间变化</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>每小时费用</translation>
    </message>
    <message>
        <source>Cost per day</source>
        <translation>每日费用</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>tokenwise::TasksTab</name>
    <message>
        <source>Filter by task, project, ticket or branch</source>
        <translation>按任务、项目、工单或分支筛选</translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <translation>筛选任务</translation>
    </message>
    <message>
        <source>Each task</source>
        <translation>逐个任务</translation>
    </message>
    <message>
        <source>By ticket</source>
        <translation>按工单</translation>
    </message>
    <message>
        <source>By branch</source>
        <translation>按分支</translation>
    </message>
    <message>
        <source>By project</source>
        <translation>按项目</translation>
    </message>
    <message>
        <source>Group tasks</source>
        <translation>任务分组</translation>
    </message>
    <message>
        <source>Cost per task</source>
        <translation>每个任务的费用</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>任务详情</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>Most expensive tasks first — tasks, not people. Commits per task appear when the repository is reachable and your git e-mail is set in Settings.</source>
        <translation type="vanished">费用最高的任务排在前面——看的是任务，不是人。当仓库可访问且已在设置中填写 Git 电子邮件时，会显示每个任务的提交。</translation>
    </message>
    <message>
        <source>Select a task to see what it cost and what it used.</source>
        <translation>选择一个任务，查看其费用和用量。</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>分支：</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>工单：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>活跃：</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>费用：</translation>
    </message>
    <message>
        <source> + unpriced models</source>
        <translation> + 无价格的模型</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Token：</translation>
    </message>
    <message>
        <source>%1 input, %2 output, %3 cache write, %4 cache read</source>
        <translation type="vanished">输入 %1，输出 %2，缓存写入 %3，缓存读取 %4</translation>
    </message>
    <message>
        <source>Commits:</source>
        <translation>提交：</translation>
    </message>
    <message>
        <source>— (not known)</source>
        <translation type="vanished">—（未知）</translation>
    </message>
    <message>
        <source>Model mix</source>
        <translation>模型构成</translation>
    </message>
    <message>
        <source>Most expensive tasks first — tasks, not people. Commits and lines are yours, in the task&apos;s repository while it was active (git user.email, or the author set in Settings).</source>
        <translation>最贵的任务排在前面——是任务，不是人。提交数和行数是你在任务活跃期间于该任务仓库中的贡献（git user.email，或在设置中指定的作者）。</translation>
    </message>
    <message>
        <source>%1 (+%2 −%3 lines)</source>
        <translation>%1（+%2 −%3 行）</translation>
    </message>
    <message>
        <source>— (no git repository reachable)</source>
        <translation>—（无法访问 git 仓库）</translation>
    </message>
</context>
<context>
    <name>tokenwise::TrayController</name>
    <message>
        <source>Open dashboard</source>
        <translation>打开仪表板</translation>
    </message>
    <message>
        <source>Show 15-minute widget</source>
        <translation>显示 15 分钟小组件</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>Export weekly summary…</source>
        <translation>导出每周摘要…</translation>
    </message>
    <message>
        <source>Pause alerts</source>
        <translation>暂停提醒</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>直到明天</translation>
    </message>
    <message>
        <source>Resume alerts</source>
        <translation>恢复提醒</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Quit Tokenwise</source>
        <translation>退出 Tokenwise</translation>
    </message>
    <message>
        <source>Alerts paused until %1</source>
        <translation>提醒已暂停至 %1</translation>
    </message>
</context>
<context>
    <name>tokenwise::report</name>
    <message>
        <source>Other sources</source>
        <translation type="vanished">其他来源</translation>
    </message>
</context>
</TS>
