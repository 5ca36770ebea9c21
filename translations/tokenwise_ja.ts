<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AlertEngine</name>
    <message>
        <source>daily</source>
        <translation>日次</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>週次</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>月次</translation>
    </message>
    <message>
        <source>%1 %2 budget reached</source>
        <translation>%1の%2予算に達しました</translation>
    </message>
    <message>
        <source>%1 % of your %2 %3 budget</source>
        <translation>%2の%3予算の %1 % に達しました</translation>
    </message>
    <message>
        <source>%1 of %2 spent.</source>
        <translation>%2 のうち %1 を使いました。</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Spending fast — runaway agent?</source>
        <translation>支出が急増しています — エージェントの暴走？</translation>
    </message>
    <message>
        <source>%1 in the last hour, above your usual %2 per hour. Most of it: %3.</source>
        <translation>直近1時間で %1。通常の1時間あたり %2 を上回っています。主な内訳: %3。</translation>
    </message>
    <message>
        <source>an unnamed task</source>
        <translation>名前のないタスク</translation>
    </message>
</context>
<context>
    <name>AnthropicSource</name>
    <message>
        <source>Anthropic&apos;s %1 reply has an unexpected shape</source>
        <translation>Anthropic の %1 の応答が想定外の形式です</translation>
    </message>
    <message>
        <source>anthropic.identity is not set: organisation and team figures only</source>
        <translation>anthropic.identity が設定されていません: 組織とチームの数値のみ</translation>
    </message>
    <message>
        <source>%1 Claude Code analytics rows had no usable amount</source>
        <translation>Claude Code 分析の %1 行に使用できる金額がありませんでした</translation>
    </message>
    <message>
        <source>%1 cost report rows had no usable amount</source>
        <translation>コストレポートの %1 行に使用できる金額がありませんでした</translation>
    </message>
</context>
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>refusing %1 for %2: keys are only sent over https (plain http only to this machine)</source>
        <translation>%2 への %1 を拒否しました: キーは https でのみ送信されます（平文の http はこのマシン宛てのみ）</translation>
    </message>
</context>
<context>
    <name>ApiHttpClient</name>
    <message>
        <source>refusing to send a key to %1: only https (or this machine) is allowed</source>
        <translation>%1 へのキー送信を拒否しました: https（またはこのマシン）のみ許可されています</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>%1 から %2 s 以内に応答がありません</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>the reply from %1 was cut off</source>
        <translation>%1 からの応答が途中で切れました</translation>
    </message>
    <message>
        <source>%1 answered with something that is not JSON</source>
        <translation>%1 が JSON ではない応答を返しました</translation>
    </message>
    <message>
        <source>the key was rejected (HTTP %1)</source>
        <translation>キーが拒否されました（HTTP %1）</translation>
    </message>
    <message>
        <source>rate-limited until %1</source>
        <translation>%1 までレート制限中</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2)</source>
        <translation>%1 でサーバーエラーが発生しました（HTTP %2）</translation>
    </message>
    <message>
        <source>unexpected HTTP %1 from %2</source>
        <translation>%2 から予期しない HTTP %1</translation>
    </message>
    <message>
        <source>the reply from %1 was larger than %2 MB and was not read</source>
        <translation>%1 からの応答が %2 MB を超えたため、読み込みませんでした</translation>
    </message>
    <message>
        <source>%1 did not finish its reply within %2 s</source>
        <translation>%1 は %2 秒以内に応答を完了しませんでした</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed: %2</source>
        <translation>%1 への安全な接続に失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>ApiSettings</name>
    <message>
        <source>expected an e-mail address</source>
        <translation>メールアドレスを入力してください</translation>
    </message>
    <message>
        <source>expected an OpenAI user id (user-…)</source>
        <translation>OpenAI のユーザー ID（user-…）を入力してください</translation>
    </message>
    <message>
        <source>expected an https:// address (plain http only to this machine)</source>
        <translation>https:// のアドレスを入力してください（平文の http はこのマシン宛てのみ）</translation>
    </message>
    <message>
        <source>expected an https:// address or an absolute file path</source>
        <translation>https:// のアドレスまたは絶対ファイルパスを入力してください</translation>
    </message>
    <message>
        <source>your e-mail in the Anthropic organisation (Claude Code analytics)</source>
        <translation>Anthropic 組織でのあなたのメールアドレス（Claude Code の分析）</translation>
    </message>
    <message>
        <source>your OpenAI user id (usage grouped by user)</source>
        <translation>あなたの OpenAI ユーザー ID（ユーザーごとに集計された使用量）</translation>
    </message>
    <message>
        <source>your e-mail in the Cursor team</source>
        <translation>Cursor チームでのあなたのメールアドレス</translation>
    </message>
    <message>
        <source>the team feed: an https:// URL or a file path</source>
        <translation>チームフィード: https:// の URL またはファイルパス</translation>
    </message>
    <message>
        <source>the provider&apos;s API address (for proxies)</source>
        <translation>プロバイダーの API アドレス（プロキシ用）</translation>
    </message>
    <message>
        <source>unknown setting %1 (known: %2)</source>
        <translation>不明な設定 %1（既知の設定: %2）</translation>
    </message>
    <message>
        <source>that looks like an API key; keys go in the keychain: tokenwise keys set</source>
        <translation>これは API キーのようです。キーはキーチェーンに保存してください: tokenwise keys set</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>the ledger was damaged (%1). It was moved to %2 and is rebuilt from the logs now; provider history returns with the next poll.</source>
        <translation>台帳が破損していました（%1）。%2 に移動し、現在ログから再構築しています。プロバイダーの履歴は次回のポーリングで戻ります。</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>Provider settings: %1. API keys never go here (tokenwise keys set).</source>
        <translation>プロバイダーの設定: %1。API キーはここには保存しません（tokenwise keys set）。</translation>
    </message>
    <message>
        <source>set KEY VALUE, get KEY, unset KEY or list</source>
        <translation>set KEY VALUE、get KEY、unset KEY または list</translation>
    </message>
    <message>
        <source>usage: tokenwise config set KEY VALUE | get KEY | unset KEY | list</source>
        <translation>使い方: tokenwise config set KEY VALUE | get KEY | unset KEY | list</translation>
    </message>
    <message>
        <source>unknown setting %1 (known: %2)</source>
        <translation>不明な設定 %1（既知の設定: %2）</translation>
    </message>
    <message>
        <source>%1 is not set</source>
        <translation>%1 は設定されていません</translation>
    </message>
    <message>
        <source>%1 unset</source>
        <translation>%1 の設定を解除しました</translation>
    </message>
</context>
<context>
    <name>CostOrigins</name>
    <message>
        <source>tokens × %1 prices</source>
        <translation>トークン × %1 の価格</translation>
    </message>
    <message>
        <source>the costs the agents recorded</source>
        <translation>エージェントが記録したコスト</translation>
    </message>
    <message>
        <source>the costs the providers reported</source>
        <translation>プロバイダーが報告したコスト</translation>
    </message>
    <message>
        <source>made-up demo prices</source>
        <translation>架空のデモ価格</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>joins the origins of the costs</comment>
        <translation>%1 と %2</translation>
    </message>
</context>
<context>
    <name>CursorSource</name>
    <message>
        <source>Cursor&apos;s %1 reply has an unexpected shape</source>
        <translation>Cursor の %1 の応答が想定外の形式です</translation>
    </message>
    <message>
        <source>cursor.identity is not set: team figures only</source>
        <translation>cursor.identity が設定されていません: チームの数値のみ</translation>
    </message>
    <message>
        <source>%1 Cursor events carried no cost</source>
        <translation>%1 件の Cursor イベントにコストがありませんでした</translation>
    </message>
</context>
<context>
    <name>DisplayMoney</name>
    <message>
        <source>Converted from US dollars at your fixed rate of %1 %2 per dollar.</source>
        <translation>固定レート 1 ドル = %1 %2 で米ドルから換算しています。</translation>
    </message>
    <message>
        <source>Demo: built-in example history, not your usage.</source>
        <translation>デモ: 組み込みのサンプル履歴で、あなたの使用量ではありません。</translation>
    </message>
    <message>
        <source>Reported: the provider&apos;s own figure.</source>
        <translation>報告値: プロバイダー自身の数値。</translation>
    </message>
    <message>
        <source>Unpriced: models missing from the price table; their cost is unknown, not zero.</source>
        <translation>価格なし: 価格表にないモデル。コストはゼロではなく不明です。</translation>
    </message>
    <message>
        <source>Priced: tokens × the %1 price table.</source>
        <translation>算出値: トークン数 × %1 の価格表。</translation>
    </message>
    <message>
        <source>Basis: %1.</source>
        <translation>根拠: %1。</translation>
    </message>
    <message>
        <source>No spend recorded.</source>
        <translation>支出の記録はありません。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write your weekly summary of one ISO week (refreshed from the local logs first).</source>
        <translation>ISO 週 1 週間分の週次サマリーを書き出します（先にローカルログから更新します）。</translation>
    </message>
    <message>
        <source>2026-W47, last (default) or current.</source>
        <translation>2026-W47、last（既定）または current。</translation>
    </message>
    <message>
        <source>md, html, pdf or csv (default: from the --out extension).</source>
        <translation>md、html、pdf または csv（既定: --out の拡張子から判断）。</translation>
    </message>
    <message>
        <source>File to write (default: tokenwise-&lt;week&gt;.&lt;format&gt; here).</source>
        <translation>書き出すファイル（既定: カレントディレクトリの tokenwise-&lt;week&gt;.&lt;format&gt;）。</translation>
    </message>
    <message>
        <source>IANA zone the week&apos;s days follow, or &apos;local&apos; (default).</source>
        <translation>週の日付に使う IANA タイムゾーン、または &apos;local&apos;（既定）。</translation>
    </message>
    <message>
        <source>export takes no positional arguments</source>
        <translation>export は位置引数を取りません</translation>
    </message>
    <message>
        <source>unknown time zone: %1</source>
        <translation>不明なタイムゾーン: %1</translation>
    </message>
    <message>
        <source>no such ISO week: %1 (write it like 2026-W47)</source>
        <translation>そのような ISO 週はありません: %1（2026-W47 のように書いてください）</translation>
    </message>
    <message>
        <source>say which format: --format md|html|pdf|csv</source>
        <translation>形式を指定してください: --format md|html|pdf|csv</translation>
    </message>
    <message>
        <source>unknown format: %1 (md, html, pdf, csv)</source>
        <translation>不明な形式: %1（md、html、pdf、csv）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="vanished">%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, demo data)</source>
        <translation>%1 を書き出しました（%2、デモデータ）</translation>
    </message>
    <message>
        <source>Wrote %1 (%2)</source>
        <translation>%1 を書き出しました（%2）</translation>
    </message>
</context>
<context>
    <name>ForeignDatabase</name>
    <message>
        <source>%1&apos;s database has a layout Tokenwise does not know (%2); it was not read</source>
        <translation>%1 のデータベースは Tokenwise が知らない構造です（%2）。読み込みませんでした</translation>
    </message>
    <message>
        <source>the database changed while it was read; read again on the next refresh</source>
        <translation>読み込み中にデータベースが変更されました。次回の更新で再度読み込みます</translation>
    </message>
    <message>
        <source>the database is gone</source>
        <translation>データベースがありません</translation>
    </message>
    <message>
        <source>cannot read the database (permission denied)</source>
        <translation>データベースを読み込めません（アクセスが拒否されました）</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>SQLite データベースではありません</translation>
    </message>
    <message>
        <source>cannot copy the database to read it</source>
        <translation>読み込むためにデータベースをコピーできません</translation>
    </message>
    <message>
        <source>cannot copy the database&apos;s write-ahead log to read it</source>
        <translation>読み込むためにデータベースの先行書き込みログをコピーできません</translation>
    </message>
    <message>
        <source>the database is busy (another program holds a lock); read again on the next refresh</source>
        <translation>データベースは使用中です（別のプログラムがロックしています）。次回の更新で再度読み込みます</translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation>データベースを読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>GeneralPages</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 is not valid for %2</source>
        <translation>%1 は %2 には無効です</translation>
    </message>
</context>
<context>
    <name>IngestCommand</name>
    <message>
        <source>unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>Read what is new in the local agent logs into the ledger.</source>
        <translation>ローカルのエージェントログの新しい分を台帳に読み込みます。</translation>
    </message>
    <message>
        <source>%1 files, %2 changed, %3 bytes read, %4 usage lines, %5 malformed and %6 undated lines skipped</source>
        <translation>%1 ファイル、%2 件変更、%3 バイト読み込み、使用量の行 %4 行、不正な行 %5 行と日付のない行 %6 行をスキップ</translation>
    </message>
    <message>
        <source>could not read</source>
        <translation>読み込めませんでした</translation>
    </message>
    <message>
        <source>Ledger: %1 events (%2 ms)</source>
        <translation>台帳: %1 件のイベント（%2 ms）</translation>
    </message>
    <message>
        <source>Where each source looks, and what the ledger holds from it.</source>
        <translation>各ソースの検索場所と、台帳にあるそのソースのデータ。</translation>
    </message>
    <message>
        <source>roots found:</source>
        <translation>見つかったルート:</translation>
    </message>
    <message>
        <source>none (looked in %1)</source>
        <translation>なし（%1 を検索）</translation>
    </message>
    <message>
        <source>files: %1, events: %2, lines: %3, skipped: %4 malformed, %5 without timestamp</source>
        <translation>ファイル: %1、イベント: %2、行: %3、スキップ: 不正 %4、タイムスタンプなし %5</translation>
    </message>
    <message>
        <source>last ingest:</source>
        <translation>最終取り込み:</translation>
    </message>
    <message>
        <source>Only this local source (repeatable): %1.</source>
        <translation>このローカルソースのみ (複数指定可): %1。</translation>
    </message>
    <message>
        <source>unknown source: %1 (%2)</source>
        <translation>不明なソース: %1 (%2)</translation>
    </message>
    <message>
        <source>problem:</source>
        <translation>問題:</translation>
    </message>
</context>
<context>
    <name>Ingestor</name>
    <message>
        <source>the file name is not valid UTF-8</source>
        <translation>ファイル名が有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <source>cannot read this folder (%1)</source>
        <translation>このフォルダーを読み取れません (%1)</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>Paste the %1 key and press Enter (it is not shown):</source>
        <translation>%1 のキーを貼り付けて Enter を押してください（表示されません）:</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>no secure storage (OS keychain) is available here (%1), so the key was not stored anywhere. For headless use, set %2 in the environment instead.</source>
        <translation>ここでは安全な保存先（OS のキーチェーン）を利用できないため（%1）、キーはどこにも保存されていません。ヘッドレスで使う場合は、代わりに環境変数 %2 を設定してください。</translation>
    </message>
    <message>
        <source>no key on standard input; nothing was stored</source>
        <translation>標準入力にキーがありません。何も保存されていません</translation>
    </message>
    <message>
        <source>a key has no spaces; nothing was stored</source>
        <translation>キーに空白は含まれません。何も保存されていません</translation>
    </message>
    <message>
        <source>(nothing was stored)</source>
        <translation>（何も保存されていません）</translation>
    </message>
    <message>
        <source>%1 rejected this key: %2. Nothing was stored.</source>
        <translation>%1 がこのキーを拒否しました: %2。何も保存されていません。</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>not verified yet: %1</source>
        <translation>未検証: %1</translation>
    </message>
    <message>
        <source>not verified (--no-verify)</source>
        <translation>未検証（--no-verify）</translation>
    </message>
    <message>
        <source>Stored the %1 key %2 in the keychain (%3).</source>
        <translation>%1 のキー %2 をキーチェーンに保存しました（%3）。</translation>
    </message>
    <message>
        <source>Note: %1 is set and takes precedence in this environment.</source>
        <translation>注意: %1 が設定されているため、この環境ではそちらが優先されます。</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>キーなし</translation>
    </message>
    <message>
        <source>Secure storage is not available here: %1</source>
        <translation>ここでは安全な保存先を利用できません: %1</translation>
    </message>
    <message>
        <source>no secure storage is available here (%1); nothing to remove</source>
        <translation>ここでは安全な保存先を利用できません（%1）。削除するものはありません</translation>
    </message>
    <message>
        <source>No %1 key was stored in the keychain.</source>
        <translation>キーチェーンに %1 のキーは保存されていませんでした。</translation>
    </message>
    <message>
        <source>Removed the %1 key from the keychain.</source>
        <translation>%1 のキーをキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>%1 is still set in this environment.</source>
        <translation>この環境では %1 がまだ設定されています。</translation>
    </message>
    <message>
        <source>no %1 key: secure storage is not available (%2) and %3 is not set</source>
        <translation>%1 のキーがありません: 安全な保存先を利用できず（%2）、%3 も設定されていません</translation>
    </message>
    <message>
        <source>no %1 key: run `tokenwise keys set %1`</source>
        <translation>%1 のキーがありません: `tokenwise keys set %1` を実行してください</translation>
    </message>
    <message>
        <source>%1: the key %2 (%3) works.</source>
        <translation>%1: キー %2（%3）は有効です。</translation>
    </message>
    <message>
        <source>%1: the key %2 was rejected: %3</source>
        <translation>%1: キー %2 は拒否されました: %3</translation>
    </message>
    <message>
        <source>%1: not verified yet: %2</source>
        <translation>%1: 未検証: %2</translation>
    </message>
    <message>
        <source>Provider API keys in the OS keychain. `keys set SOURCE` reads the key from standard input, never from the command line.</source>
        <translation>OS のキーチェーンに保存するプロバイダーの API キー。`keys set SOURCE` はキーを標準入力から読み取り、コマンドラインからは決して読み取りません。</translation>
    </message>
    <message>
        <source>set, list, remove or test</source>
        <translation>set、list、remove または test</translation>
    </message>
    <message>
        <source>Store without the verification request.</source>
        <translation>検証リクエストを送らずに保存します。</translation>
    </message>
    <message>
        <source>keys: unknown option; see tokenwise keys --help (nothing was stored)</source>
        <translation>keys: 不明なオプションです。tokenwise keys --help を参照してください（何も保存されていません）</translation>
    </message>
    <message>
        <source>keys takes one of: set, list, remove, test</source>
        <translation>keys には set、list、remove、test のいずれかを指定してください</translation>
    </message>
    <message>
        <source>keys set reads the key from standard input; a key on the command line ends up in shell history and process lists. Nothing was stored. Use: tokenwise keys set SOURCE &lt; file</source>
        <translation>keys set はキーを標準入力から読み取ります。コマンドラインに書いたキーはシェルの履歴やプロセス一覧に残ります。何も保存されていません。使い方: tokenwise keys set SOURCE &lt; file</translation>
    </message>
    <message>
        <source>keys list takes no source</source>
        <translation>keys list にソースは指定できません</translation>
    </message>
    <message>
        <source>keys %1 takes one source: %2</source>
        <translation>keys %1 にはソースを 1 つ指定してください: %2</translation>
    </message>
    <message>
        <source>unknown source (%1)</source>
        <translation>不明なソース（%1）</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Tokenwise: what your AI coding tools cost you, and what that bought.

Headless sub-commands: tokenwise report|ingest|sources --help</source>
        <translation>Tokenwise: AI コーディングツールにかかった費用と、それで得られたもの。

ヘッドレスのサブコマンド: tokenwise report|ingest|sources --help</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Open a window at start: dashboard, widget or settings.</source>
        <translation>起動時にウィンドウを開きます: dashboard、widget または settings。</translation>
    </message>
    <message>
        <source>Ledger directory (env TOKENWISE_DATA_DIR).</source>
        <translation>台帳のディレクトリ（環境変数 TOKENWISE_DATA_DIR）。</translation>
    </message>
    <message>
        <source>Settings directory (env TOKENWISE_CONFIG_DIR).</source>
        <translation>設定のディレクトリ（環境変数 TOKENWISE_CONFIG_DIR）。</translation>
    </message>
    <message>
        <source>Show the built-in demo data.</source>
        <translation>組み込みのデモデータを表示します。</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>不明なコマンド: %1</translation>
    </message>
    <message>
        <source>--show takes dashboard, widget or settings, not %1</source>
        <translation>--show には dashboard、widget、settings のいずれかを指定してください（%1 は不可）</translation>
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
        <translation>記録された Amp クレジット: %1 (クレジットは Amp の単位でドルではありません。表示される費用はトークンを API 価格で計算したものです)</translation>
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
        <translation>Copilot のプレミアムリクエスト %1 件を記録（Copilot はプレミアムリクエスト単位で課金します。表示される費用はトークンを API 価格で換算したものです）</translation>
    </message>
    <message>
        <source>Copilot AIU cost recorded: $%1 (GitHub&apos;s own unit, kept apart from the API-equivalent cost)</source>
        <translation>記録された Copilot AIU コスト: $%1（GitHub 独自の単位で、API 換算の費用とは別に扱います）</translation>
    </message>
    <message>
        <source>Crush</source>
        <translation>Crush</translation>
    </message>
    <message>
        <source>Crush records a running cost per session, not per request: a day shows what the cost grew by between reads (the first read puts a session on its last active day), and no token counts</source>
        <translation>Crush はリクエストごとではなくセッションごとに累計コストを記録します。1 日の値は読み込みの間にコストが増えた分です（初回の読み込みではセッションを最後に活動した日に計上します）。トークン数はありません</translation>
    </message>
    <message>
        <source>Goose</source>
        <translation>Goose</translation>
    </message>
    <message>
        <source>Goose records token totals per session, not per request, and no cache split: a day shows what the totals grew by between reads (the first read puts a session on its last active day)</source>
        <translation>Goose はリクエストごとではなくセッションごとにトークン合計を記録し、キャッシュの内訳はありません。1 日の値は読み込みの間に合計が増えた分です（初回の読み込みではセッションを最後に活動した日に計上します）</translation>
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
        <translation>OpenAI の %1 の応答が想定外の形式です</translation>
    </message>
    <message>
        <source>openai.identity is not set: organisation and team figures only</source>
        <translation>openai.identity が設定されていません: 組織とチームの数値のみ</translation>
    </message>
    <message>
        <source>%1 day × model rows use models missing from the price table (cost unknown)</source>
        <translation>日 × モデルの %1 行が価格表にないモデルを使っています（コスト不明）</translation>
    </message>
    <message>
        <source>%1 cost rows had no usable amount</source>
        <translation>コストの %1 行に使用できる金額がありませんでした</translation>
    </message>
</context>
<context>
    <name>OpenRouterSource</name>
    <message>
        <source>OpenRouter&apos;s key reply has an unexpected shape</source>
        <translation>OpenRouter のキー情報の応答が想定外の形式です</translation>
    </message>
    <message>
        <source>OpenRouter activity history unavailable: %1</source>
        <translation>OpenRouter のアクティビティ履歴を取得できません: %1</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Demo data: built-in example history, not your usage.</source>
        <translation type="vanished">デモデータ: 組み込みのサンプル履歴で、あなたの使用量ではありません。</translation>
    </message>
    <message>
        <source>Priced: tokens × %1 prices (%2).</source>
        <translation type="vanished">算出方法: トークン数 × %1 の価格（%2）。</translation>
    </message>
</context>
<context>
    <name>Pagination</name>
    <message>
        <source>a page was not a JSON object</source>
        <translation>ページが JSON オブジェクトではありませんでした</translation>
    </message>
    <message>
        <source>the provider said there is more but gave no cursor</source>
        <translation>プロバイダーは続きがあると応答しましたが、カーソルを返しませんでした</translation>
    </message>
    <message>
        <source>the provider repeated a page cursor (or sent too many pages); stopped</source>
        <translation>プロバイダーがページカーソルを繰り返しました（またはページが多すぎます）。中止しました</translation>
    </message>
</context>
<context>
    <name>PollCommand</name>
    <message>
        <source>skipped: %1</source>
        <translation>スキップ: %1</translation>
    </message>
    <message>
        <source>ok, %1 to %2: %3 events, %4 spend buckets, %5 reported days, %6 team distributions</source>
        <translation>OK、%1〜%2: イベント %3 件、支出バケット %4 件、報告された日 %5 日、チーム分布 %6 件</translation>
    </message>
    <message>
        <source>Ask the provider APIs for usage and cost, once, and store it in the ledger.</source>
        <translation>プロバイダーの API に使用量とコストを1回問い合わせ、台帳に保存します。</translation>
    </message>
    <message>
        <source>Only this source: %1.</source>
        <translation type="vanished">このソースのみ: %1。</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>poll takes no arguments; use --source</source>
        <translation>poll は引数を取りません。--source を使ってください</translation>
    </message>
    <message>
        <source>unknown source: %1 (%2)</source>
        <translation>不明なソース: %1（%2）</translation>
    </message>
    <message>
        <source>no provider keys: run `tokenwise keys set SOURCE` (%1) or set TOKENWISE_&lt;SOURCE&gt;_KEY</source>
        <translation>プロバイダーのキーがありません: `tokenwise keys set SOURCE` を実行する（%1）か、TOKENWISE_&lt;SOURCE&gt;_KEY を設定してください</translation>
    </message>
    <message>
        <source>not configured: %1</source>
        <translation>未設定: %1</translation>
    </message>
    <message>
        <source>ok: %1 team distributions (five people or more each)</source>
        <translation>OK: チーム分布 %1 件（それぞれ 5 人以上）</translation>
    </message>
    <message>
        <source>Only this source: %1 (team: the team feed).</source>
        <translation>このソースのみ: %1（team: チームフィード）。</translation>
    </message>
</context>
<context>
    <name>ProviderPolling</name>
    <message>
        <source>cannot open the ledger: %1</source>
        <translation>台帳を開けません: %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>No usage found.</source>
        <translation>使用量が見つかりません。</translation>
    </message>
    <message>
        <source>looked in</source>
        <translation>検索した場所</translation>
    </message>
    <message>
        <source>Try `tokenwise report daily --demo` to see what a report looks like.</source>
        <translation>レポートの見た目は `tokenwise report daily --demo` で確認できます。</translation>
    </message>
    <message>
        <source>Usage and cost from the ledger (refreshed from the local logs first).</source>
        <translation>台帳の使用量とコスト（先にローカルログから更新します）。</translation>
    </message>
    <message>
        <source>daily, weekly, monthly, session or task</source>
        <translation>daily、weekly、monthly、session または task</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD), inclusive.</source>
        <translation>開始日（YYYY-MM-DD、その日を含む）。</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD), inclusive.</source>
        <translation>終了日（YYYY-MM-DD、その日を含む）。</translation>
    </message>
    <message>
        <source>Only this source (repeatable): claude-code, codex.</source>
        <translation type="vanished">このソースのみ（複数指定可）: claude-code、codex。</translation>
    </message>
    <message>
        <source>IANA zone for dates, or &apos;local&apos; (default).</source>
        <translation>日付に使う IANA タイムゾーン、または &apos;local&apos;（既定）。</translation>
    </message>
    <message>
        <source>JSON with ccusage&apos;s field names.</source>
        <translation>ccusage のフィールド名を使った JSON。</translation>
    </message>
    <message>
        <source>CSV (RFC 4180).</source>
        <translation>CSV（RFC 4180）。</translation>
    </message>
    <message>
        <source>report takes one of: daily, weekly, monthly, session, task</source>
        <translation>report には daily、weekly、monthly、session、task のいずれかを指定してください</translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined</source>
        <translation>--json と --csv は同時に指定できません</translation>
    </message>
    <message>
        <source>unknown time zone: %1</source>
        <translation>不明なタイムゾーン: %1</translation>
    </message>
    <message>
        <source>dates are written YYYY-MM-DD</source>
        <translation>日付は YYYY-MM-DD の形式で書いてください</translation>
    </message>
    <message>
        <source>unknown source: %1 (claude-code, codex)</source>
        <translation type="vanished">不明なソース: %1（claude-code、codex）</translation>
    </message>
    <message>
        <source>unknown source: %1 (%2)</source>
        <translation>不明なソース: %1（%2）</translation>
    </message>
    <message>
        <source>Only this source (repeatable): %1.</source>
        <translation>このソースのみ (複数指定可): %1。</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>DEMO DATA — built-in example history, not your usage</source>
        <translation>デモデータ — 組み込みのサンプル履歴で、あなたの使用量ではありません</translation>
    </message>
    <message>
        <source>* includes tokens of models missing from the price table: their cost is unknown, not zero</source>
        <translation>* 価格表にないモデルのトークンを含みます: そのコストは不明であり、ゼロではありません</translation>
    </message>
    <message>
        <source>Costs: tokens × %1 prices</source>
        <translation type="vanished">コスト: トークン数 × %1 の価格</translation>
    </message>
    <message>
        <source>Daily usage</source>
        <translation>日別の使用量</translation>
    </message>
    <message>
        <source>Weekly usage (weeks start on Monday)</source>
        <translation>週別の使用量（週は月曜日始まり）</translation>
    </message>
    <message>
        <source>Monthly usage</source>
        <translation>月別の使用量</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>キャッシュ書き込み</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>キャッシュ読み取り</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>合計トークン</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Branch / ticket</source>
        <translation>ブランチ / チケット</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最終アクティブ</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Cost per task, most expensive first</source>
        <translation>タスクごとのコスト（高い順）</translation>
    </message>
    <message>
        <source>Usage by session</source>
        <translation>セッション別の使用量</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), %1 in all</source>
        <translation>
            <numerusform>%n 件のタスク、合計 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>of which reasoning</source>
        <translation>うち推論</translation>
    </message>
    <message>
        <source>tokens × %1 prices</source>
        <translation type="vanished">トークン × %1 の価格</translation>
    </message>
    <message>
        <source>the costs the agents recorded</source>
        <translation type="vanished">エージェントが記録したコスト</translation>
    </message>
    <message>
        <source>the costs the providers reported</source>
        <translation type="vanished">プロバイダーが報告したコスト</translation>
    </message>
    <message>
        <source>made-up demo prices</source>
        <translation type="vanished">架空のデモ価格</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>joins the origins of the costs</comment>
        <translation type="vanished">%1 と %2</translation>
    </message>
    <message>
        <source>Costs: %1</source>
        <translation>コスト: %1</translation>
    </message>
</context>
<context>
    <name>SourcePoller</name>
    <message>
        <source>no key: secure storage is not available (%1) and %2 is not set</source>
        <translation>キーがありません: 安全な保存先を利用できず（%1）、%2 も設定されていません</translation>
    </message>
    <message>
        <source>no key: run `tokenwise keys set %1`</source>
        <translation>キーがありません: `tokenwise keys set %1` を実行してください</translation>
    </message>
    <message>
        <source>rate-limited until %1</source>
        <translation>%1 までレート制限中</translation>
    </message>
    <message>
        <source>polled at %1; Cursor updates hourly</source>
        <translation>%1 に取得しました。Cursor は1時間ごとに更新されます</translation>
    </message>
    <message>
        <source>could not store what was fetched: %1</source>
        <translation>取得したデータを保存できませんでした: %1</translation>
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
        <translation>古いデータ</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>キー拒否</translation>
    </message>
    <message>
        <source>rate-limited until %1</source>
        <translation>%1 までレート制限中</translation>
    </message>
    <message>
        <source>rate-limited</source>
        <translation>レート制限中</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>unusable reply</source>
        <translation>使用できない応答</translation>
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
        <translation>セッション %1</translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <source>Publish the team&apos;s spend quantiles (no names, five people or more) for everyone&apos;s team band.</source>
        <translation>チームの支出分位数（名前なし、5 人以上）を公開し、全員のチーム帯に使います。</translation>
    </message>
    <message>
        <source>the only action</source>
        <translation>唯一のアクション</translation>
    </message>
    <message>
        <source>anthropic, cursor or openai.</source>
        <translation>anthropic、cursor または openai。</translation>
    </message>
    <message>
        <source>First UTC day (default: 30 days ago).</source>
        <translation>最初の UTC 日（既定: 30 日前）。</translation>
    </message>
    <message>
        <source>Last UTC day (default: yesterday).</source>
        <translation>最後の UTC 日（既定: 昨日）。</translation>
    </message>
    <message>
        <source>Where to write the feed.</source>
        <translation>フィードの書き出し先。</translation>
    </message>
    <message>
        <source>usage: tokenwise team publish --source anthropic|cursor|openai [--since D] [--until D] --out FILE</source>
        <translation>使い方: tokenwise team publish --source anthropic|cursor|openai [--since D] [--until D] --out FILE</translation>
    </message>
    <message>
        <source>team publish needs --source anthropic, cursor or openai</source>
        <translation>team publish には --source anthropic、cursor または openai が必要です</translation>
    </message>
    <message>
        <source>team publish needs --out FILE</source>
        <translation>team publish には --out FILE が必要です</translation>
    </message>
    <message>
        <source>dates are written YYYY-MM-DD, --since no later than --until</source>
        <translation>日付は YYYY-MM-DD で書き、--since は --until より後にはできません</translation>
    </message>
    <message>
        <source>publish at most a year at a time</source>
        <translation>一度に公開できるのは最大 1 年分です</translation>
    </message>
    <message>
        <source>no %1 admin key: run `tokenwise keys set %1`</source>
        <translation>%1 の管理者キーがありません: `tokenwise keys set %1` を実行してください</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>refusing to publish: no period has at least %1 people (the largest had %2)</source>
        <translation>公開を拒否しました: %1 人以上の期間がありません（最大は %2 人）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Wrote %1 period(s) of %2 team spend to %3; left out %4 with fewer than %5 people.</source>
        <translation>%2 のチーム支出 %1 期間分を %3 に書き出しました。%5 人未満の %4 期間は除外しました。</translation>
    </message>
</context>
<context>
    <name>TeamFeed</name>
    <message>
        <source>no team feed: tokenwise config set team.feed URL|PATH</source>
        <translation>チームフィードがありません: tokenwise config set team.feed URL|PATH</translation>
    </message>
    <message>
        <source>no period has at least %1 people; nothing to publish</source>
        <translation>%1 人以上の期間がありません。公開するものはありません</translation>
    </message>
    <message>
        <source>the team feed is not JSON</source>
        <translation>チームフィードが JSON ではありません</translation>
    </message>
    <message>
        <source>not a Tokenwise team feed (format is not %1)</source>
        <translation>Tokenwise のチームフィードではありません（形式が %1 ではありません）</translation>
    </message>
    <message>
        <source>the team feed has no version</source>
        <translation>チームフィードにバージョンがありません</translation>
    </message>
    <message>
        <source>the team feed is version %1; this Tokenwise reads version %2: update Tokenwise</source>
        <translation>チームフィードのバージョンは %1 ですが、この Tokenwise が読めるのはバージョン %2 です: Tokenwise を更新してください</translation>
    </message>
    <message>
        <source>the team feed uses an unknown unit</source>
        <translation>チームフィードに不明な単位が使われています</translation>
    </message>
    <message>
        <source>the team feed names no source</source>
        <translation>チームフィードにソースの指定がありません</translation>
    </message>
    <message>
        <source>cannot read the team feed %1: %2</source>
        <translation>チームフィード %1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>TokenBreakdown</name>
    <message>
        <source>%1 input, %2 output, %3 cache write, %4 cache read</source>
        <translation>入力 %1、出力 %2、キャッシュ書き込み %3、キャッシュ読み取り %4</translation>
    </message>
    <message>
        <source>%1 input, %2 output (%3 of it reasoning), %4 cache write, %5 cache read</source>
        <translation>入力 %1、出力 %2 (うち推論 %3)、キャッシュ書き込み %4、キャッシュ読み取り %5</translation>
    </message>
</context>
<context>
    <name>TrayText</name>
    <message>
        <source>no typical week yet</source>
        <translation>典型的な週はまだありません</translation>
    </message>
    <message>
        <source>below your typical pace</source>
        <translation>いつものペースより低め</translation>
    </message>
    <message>
        <source>about your typical pace</source>
        <translation>いつもとほぼ同じペース</translation>
    </message>
    <message>
        <source>above your typical pace</source>
        <translation>いつものペースより高め</translation>
    </message>
    <message>
        <source>Demo data — not your usage</source>
        <translation>デモデータ — あなたの使用量ではありません</translation>
    </message>
    <message>
        <source>Today: %1 (typical day %2)</source>
        <translation>今日: %1（典型的な日 %2）</translation>
    </message>
    <message>
        <source>This week: %1, %2</source>
        <translation>今週: %1、%2</translation>
    </message>
    <message>
        <source>Team band: no team feed configured</source>
        <translation>チーム帯: チームフィードが設定されていません</translation>
    </message>
    <message>
        <source>Spending fast: %1 in the last hour (%2)</source>
        <translation>支出が急増: 直近1時間で %1（%2）</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新 %1</translation>
    </message>
    <message>
        <source>below the team p25</source>
        <translation>チームの p25 未満</translation>
    </message>
    <message>
        <source>below the team median</source>
        <translation>チームの中央値未満</translation>
    </message>
    <message>
        <source>between the team median and p75</source>
        <translation>チームの中央値と p75 の間</translation>
    </message>
    <message>
        <source>above the team p75</source>
        <translation>チームの p75 超</translation>
    </message>
    <message>
        <source>no team band for this week</source>
        <translation>今週のチーム帯はありません</translation>
    </message>
    <message>
        <source>below p25</source>
        <translation>p25 未満</translation>
    </message>
    <message>
        <source>p25–median</source>
        <translation>p25〜中央値</translation>
    </message>
    <message>
        <source>median–p75</source>
        <translation>中央値〜p75</translation>
    </message>
    <message>
        <source>above p75</source>
        <translation>p75 超</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Team band: none covers this week</source>
        <translation>チーム帯: 今週をカバーするものはありません</translation>
    </message>
    <message numerus="yes">
        <source>Team band: this week %1 (team of %n)</source>
        <translation>
            <numerusform>チーム帯: 今週は %1（%n 人のチーム）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsupportedAutostart</name>
    <message>
        <source>Starting Tokenwise at login is not supported on this platform yet.</source>
        <translation>このプラットフォームでは、ログイン時の Tokenwise の起動はまだサポートされていません。</translation>
    </message>
</context>
<context>
    <name>UsageService</name>
    <message>
        <source>The ledger was damaged (%1). It was moved to %2 and is being rebuilt from the logs; provider history returns with the next poll.</source>
        <translation>台帳が破損していました（%1）。%2 に移動し、ログから再構築しています。プロバイダーの履歴は次回のポーリングで戻ります。</translation>
    </message>
</context>
<context>
    <name>WeeklySummary</name>
    <message>
        <source>DEMO DATA</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>%1 ページ</translation>
    </message>
    <message>
        <source>PDF export needs the Qt GUI module to be initialised.</source>
        <translation>PDF の書き出しには Qt GUI モジュールの初期化が必要です。</translation>
    </message>
    <message>
        <source>Could not start the PDF writer.</source>
        <translation>PDF ライターを開始できませんでした。</translation>
    </message>
    <message>
        <source>demo (built-in example history)</source>
        <translation>デモ（組み込みのサンプル履歴）</translation>
    </message>
    <message>
        <source>priced (tokens × list prices)</source>
        <translation>算出値（トークン数 × 定価）</translation>
    </message>
    <message>
        <source>reported by the provider</source>
        <translation>プロバイダーの報告値</translation>
    </message>
    <message>
        <source>some tokens unpriced</source>
        <translation>一部のトークンは価格不明</translation>
    </message>
    <message>
        <source>no usage</source>
        <translation>使用なし</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>履歴なし</translation>
    </message>
    <message>
        <source>no spend to compare with</source>
        <translation>比較できる支出がありません</translation>
    </message>
    <message>
        <source>No team feed configured.</source>
        <translation>チームフィードが設定されていません。</translation>
    </message>
    <message>
        <source>Team band withheld: the feed has fewer than %1 members.</source>
        <translation>チーム帯は非表示: フィードのメンバーが %1 人未満です。</translation>
    </message>
    <message>
        <source>Below the team&apos;s 25th percentile</source>
        <translation>チームの25パーセンタイル未満</translation>
    </message>
    <message>
        <source>Between the team&apos;s 25th percentile and median</source>
        <translation>チームの25パーセンタイルと中央値の間</translation>
    </message>
    <message>
        <source>Between the team median and 75th percentile</source>
        <translation>チームの中央値と75パーセンタイルの間</translation>
    </message>
    <message>
        <source>Above the team&apos;s 75th percentile</source>
        <translation>チームの75パーセンタイル超</translation>
    </message>
    <message>
        <source> (team of %1: p25 %2, median %3, p75 %4)</source>
        <translation>（%1 人のチーム: p25 %2、中央値 %3、p75 %4）</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>総支出</translation>
    </message>
    <message>
        <source>Cost basis</source>
        <translation>コストの根拠</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>vs previous week (%1)</source>
        <translation>前週比（%1）</translation>
    </message>
    <message>
        <source>history covers %1 of the 8 weeks</source>
        <translation>履歴は8週のうち %1 週分</translation>
    </message>
    <message>
        <source>vs your median of the previous 8 weeks</source>
        <translation>過去8週の中央値との比較</translation>
    </message>
    <message>
        <source>Team band</source>
        <translation>チーム帯</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>%1 had %2 hours (clock change).</source>
        <translation>%1 は %2 時間でした（時刻の切り替え）。</translation>
    </message>
    <message>
        <source>Daily spend by provider</source>
        <translation>プロバイダー別の日次支出</translation>
    </message>
    <message>
        <source>Spend by provider</source>
        <translation>プロバイダー別の支出</translation>
    </message>
    <message>
        <source>No usage this week.</source>
        <translation>今週の使用はありません。</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Spend by model</source>
        <translation>モデル別の支出</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>キャッシュ読み取り</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>価格なし</translation>
    </message>
    <message>
        <source>† Codex reported no model: priced as gpt-5.</source>
        <translation>† Codex はモデルを報告しなかったため、gpt-5 として算出しています。</translation>
    </message>
    <message>
        <source>Untitled session %1</source>
        <translation type="vanished">無題のセッション %1</translation>
    </message>
    <message>
        <source>Top tasks by cost</source>
        <translation>コストの高いタスク</translation>
    </message>
    <message>
        <source>No tasks this week.</source>
        <translation>今週のタスクはありません。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Ticket / branch</source>
        <translation>チケット / ブランチ</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>コミット</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Per commit</source>
        <translation>コミットあたり</translation>
    </message>
    <message>
        <source>Other tasks this week: %1, together %2.</source>
        <translation>今週のその他のタスク: %1 件、合計 %2。</translation>
    </message>
    <message>
        <source>Cache read: the share of the task&apos;s prompt tokens served from cache. Commits and lines show — until they are read from the repository.</source>
        <translation>キャッシュ読み取り: タスクのプロンプトトークンのうちキャッシュから供給された割合。コミットと行数は、リポジトリから読み取られるまで — と表示されます。</translation>
    </message>
    <message>
        <source>Cache efficiency</source>
        <translation>キャッシュ効率</translation>
    </message>
    <message>
        <source>No prompt tokens this week.</source>
        <translation>今週のプロンプトトークンはありません。</translation>
    </message>
    <message>
        <source>Cache reads were %1 of prompt tokens (%2 of %3).</source>
        <translation>キャッシュ読み取りはプロンプトトークンの %1 でした（%3 のうち %2）。</translation>
    </message>
    <message>
        <source>Those reads cost %1; at the input price they would have cost %2: caching saved about %3.</source>
        <translation>これらの読み取りのコストは %1 でした。入力価格なら %2 かかっていたので、キャッシュで約 %3 節約できました。</translation>
    </message>
    <message>
        <source>Savings cover the priced models only.</source>
        <translation>節約額は価格が分かっているモデルのみが対象です。</translation>
    </message>
    <message>
        <source>Estimate at list prices (standard context), excluding what cache writes cost.</source>
        <translation>定価（標準コンテキスト）での見積もり。キャッシュ書き込みのコストは含みません。</translation>
    </message>
    <message>
        <source>Model fit (estimates)</source>
        <translation>モデルの適合（見積もり）</translation>
    </message>
    <message>
        <source>No model this week has a cheaper priced sibling.</source>
        <translation>今週使ったモデルには、価格の分かっている安価な兄弟モデルがありません。</translation>
    </message>
    <message>
        <source>Cheaper sibling</source>
        <translation>安価な兄弟モデル</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>見積もり</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差額</translation>
    </message>
    <message>
        <source>What-ifs, not judgements: the same tokens at the sibling&apos;s list price. A smaller model may need more turns, or may not manage the task at all.</source>
        <translation>評価ではなく仮定の試算です: 同じトークン数を兄弟モデルの定価で計算しています。小さいモデルではやり取りが増えたり、タスクをこなせなかったりする場合があります。</translation>
    </message>
    <message>
        <source>Surges and budgets</source>
        <translation>急増と予算</translation>
    </message>
    <message>
        <source>Surge episodes: not configured.</source>
        <translation>急増の検出: 未設定。</translation>
    </message>
    <message>
        <source>Surge episodes: none this week.</source>
        <translation>急増: 今週はありません。</translation>
    </message>
    <message>
        <source>Surge started</source>
        <translation>急増の開始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Budgets: not configured.</source>
        <translation>予算: 未設定。</translation>
    </message>
    <message>
        <source>Budgets: none set.</source>
        <translation>予算: 設定なし。</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Unpriced models</source>
        <translation>価格のないモデル</translation>
    </message>
    <message>
        <source>None: every model used this week is in the price table.</source>
        <translation>なし: 今週使ったモデルはすべて価格表にあります。</translation>
    </message>
    <message>
        <source>* Their tokens are counted but their cost is unknown, not zero.</source>
        <translation>* トークン数は集計されますが、コストは不明であり、ゼロではありません。</translation>
    </message>
    <message>
        <source>Data coverage</source>
        <translation>データの範囲</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Events in ledger</source>
        <translation>台帳のイベント数</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>最終読み込み</translation>
    </message>
    <message>
        <source>Used this week</source>
        <translation>今週の使用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>No source has delivered data yet.</source>
        <translation>まだどのソースからもデータが届いていません。</translation>
    </message>
    <message>
        <source>Data: DEMO — the built-in example history, not your usage.</source>
        <translation>データ: デモ — 組み込みのサンプル履歴で、あなたの使用量ではありません。</translation>
    </message>
    <message>
        <source>Data: your local Tokenwise ledger.</source>
        <translation>データ: ローカルの Tokenwise 台帳。</translation>
    </message>
    <message>
        <source>Prices: %1.</source>
        <translation>価格: %1。</translation>
    </message>
    <message>
        <source>Days run from midnight to midnight in %1.</source>
        <translation>1日は %1 の午前0時から午前0時までです。</translation>
    </message>
    <message>
        <source>Private by design: no prompt text, no keys, no colleague names.</source>
        <translation>設計段階からプライバシーを重視: プロンプトの本文、キー、同僚の名前は含みません。</translation>
    </message>
    <message>
        <source>Weekly AI spend — %1</source>
        <translation>週間 AI 支出 — %1</translation>
    </message>
    <message>
        <source>%1 – %2 · %3</source>
        <translation>%1 – %2 · %3</translation>
    </message>
    <message>
        <source>DEMO DATA — built-in example history, not your usage</source>
        <translation>デモデータ — 組み込みのサンプル履歴で、あなたの使用量ではありません</translation>
    </message>
    <message>
        <source>Daily spend by provider, %1 to %2</source>
        <translation>プロバイダー別の日次支出（%1〜%2）</translation>
    </message>
    <message>
        <source>Tokenwise weekly summary %1 · generated %2</source>
        <translation>Tokenwise 週次サマリー %1 · 作成日時 %2</translation>
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
        <translation>デモ</translation>
    </message>
    <message>
        <source>: your %1 spend %2</source>
        <translation>: あなたの %1 の支出 %2</translation>
    </message>
    <message>
        <source>the band covers %1 of the 7 days</source>
        <translation>この帯は 7 日のうち %1 日分をカバーしています</translation>
    </message>
    <message>
        <source>The team band adds up the feed&apos;s per-day quantiles over the days it covers: an estimate of a typical week&apos;s spread for that provider, not a ranking.</source>
        <translation>チーム帯は、フィードの日ごとの分位数をカバーする日数分合計したものです。そのプロバイダーでの典型的な 1 週間のばらつきの推定であり、順位ではありません。</translation>
    </message>
    <message>
        <source>%1, %2: %3 as the provider reported it (%4); the logs priced %5.</source>
        <translation>%1、%2: プロバイダーの報告値は %3（%4）、ログからの算出値は %5。</translation>
    </message>
    <message>
        <source>Spend by model and by task stays priced from the logs.</source>
        <translation>モデル別・タスク別の支出は引き続きログから算出しています。</translation>
    </message>
    <message>
        <source>Daily: highest day, %1</source>
        <translation>日次: 最も多かった日、%1</translation>
    </message>
    <message>
        <source>%n day(s) at or over</source>
        <translation>上限以上の日 %n 日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>週次</translation>
    </message>
    <message>
        <source>Monthly: %1 to %2</source>
        <translation>月次: %1〜%2</translation>
    </message>
    <message>
        <source>over</source>
        <translation>超過</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
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
        <translation>推論</translation>
    </message>
    <message>
        <source>Also read, nothing found: %1.</source>
        <translation>ほかに読み取ったソース (データなし): %1。</translation>
    </message>
    <message>
        <source>a made-up band, as the dashboard shows in the demo</source>
        <translation>デモ用の架空の帯 (ダッシュボードのデモ表示と同じ)</translation>
    </message>
    <message>
        <source>Other sources: %1.</source>
        <translation>その他のソース: %1。</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>その他のソース</translation>
    </message>
</context>
<context>
    <name>XdgAutostart</name>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>tokenwise::AutoExporter</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
</context>
<context>
    <name>tokenwise::BudgetsPage</name>
    <message>
        <source>Daily budget</source>
        <translation>1日の予算</translation>
    </message>
    <message>
        <source>Weekly budget</source>
        <translation>1週間の予算</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>1か月の予算</translation>
    </message>
    <message>
        <source>Surge floor</source>
        <translation>急増の下限額</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: hold alerts from</source>
        <translation>静かな時間(&amp;Q): 通知を保留する時間帯</translation>
    </message>
    <message>
        <source>&amp;Daily budget:</source>
        <translation>1日の予算(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Weekly budget:</source>
        <translation>1週間の予算(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Monthly budget:</source>
        <translation>1か月の予算(&amp;M):</translation>
    </message>
    <message>
        <source>You are told at 50, 80 and 100 % of a budget, once each. A budget is a ceiling you choose, never a spending target.</source>
        <translation>予算の 50、80、100 % に達したときに、それぞれ1回ずつ通知します。予算はあなたが決める上限であり、支出の目標ではありません。</translation>
    </message>
    <message>
        <source> × your hourly p95</source>
        <translation> × 1時間あたりの p95</translation>
    </message>
    <message>
        <source>Surge sensitivity</source>
        <translation>急増の感度</translation>
    </message>
    <message>
        <source>Surge &amp;alert above:</source>
        <translation>急増の通知しきい値(&amp;A):</translation>
    </message>
    <message>
        <source>…and above &amp;at least:</source>
        <translation>…かつ少なくとも(&amp;A):</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>静かな時間の開始</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>静かな時間の終了</translation>
    </message>
    <message>
        <source>until</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>Budgets &amp; alerts</source>
        <translation>予算と通知</translation>
    </message>
    <message>
        <source>Per source</source>
        <translation>ソースごと</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>日次</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>週次</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>月次</translation>
    </message>
    <message>
        <source>%1 %2 budget</source>
        <translation>%1の%2予算</translation>
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
        <translation type="vanished">更新</translation>
    </message>
    <message>
        <source>Export weekly summary…</source>
        <translation type="vanished">週次サマリーを書き出す…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="vanished">設定…</translation>
    </message>
    <message>
        <source>Demo data — this is the built-in example history, not your usage. Tokenwise found no Claude Code or Codex logs and no provider keys yet.</source>
        <translation type="vanished">デモデータ — これは組み込みのサンプル履歴で、あなたの使用量ではありません。Tokenwise はまだ Claude Code や Codex のログもプロバイダーのキーも見つけていません。</translation>
    </message>
    <message>
        <source>Demo data notice</source>
        <translation>デモデータのお知らせ</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>タスク(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>ソース(&amp;S)</translation>
    </message>
    <message>
        <source>Reading your usage…</source>
        <translation>使用量を読み込んでいます…</translation>
    </message>
    <message>
        <source>Tokenwise — demo data</source>
        <translation>Tokenwise — デモデータ</translation>
    </message>
    <message>
        <source>Updated %1 · %2 events · costs are tokens × %3 prices%4</source>
        <translation type="vanished">更新 %1 · イベント %2 件 · コストはトークン数 × %3 の価格%4</translation>
    </message>
    <message>
        <source> · DEMO</source>
        <translation> · デモ</translation>
    </message>
    <message>
        <source>Demo data — this is the built-in example history, not your usage. Tokenwise found no agent logs and no provider keys yet: the Sources tab shows where it looked.</source>
        <translation>デモデータ — これは組み込みのサンプル履歴で、あなたの使用量ではありません。Tokenwise はまだエージェントのログもプロバイダーのキーも見つけていません。どこを探したかは「ソース」タブに表示されます。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export weekly summary…</source>
        <translation>週次サマリーをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Find task…</source>
        <translation>タスクを検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>ウィンドウを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Quit Tokenwise</source>
        <translation>Tokenwise を終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Tokenwise</source>
        <translation>Tokenwise について(&amp;A)</translation>
    </message>
    <message>
        <source>About Tokenwise</source>
        <translation>Tokenwise について</translation>
    </message>
    <message>
        <source>Tokenwise %1: what your AI coding tools cost you, and what that bought. Your own numbers only, kept on this computer.</source>
        <translation>Tokenwise %1: AI コーディングツールにかかった費用と、それで得られたもの。あなた自身の数値だけを、このコンピューターに保存します。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Updated %1 · %2 events · costs: %3%4</source>
        <translation>更新 %1 · %2 件のイベント · コスト: %3%4</translation>
    </message>
</context>
<context>
    <name>tokenwise::DesktopShell</name>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>前回の更新に失敗しました: %1</translation>
    </message>
    <message>
        <source>Ledger rebuilt</source>
        <translation>台帳を再構築しました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tokenwise is still running</source>
        <translation>Tokenwise は実行中です</translation>
    </message>
    <message>
        <source>It stays in the tray. Quit it from the tray menu, or with Ctrl+Q in the dashboard.</source>
        <translation>トレイに常駐します。終了するにはトレイのメニューを使うか、ダッシュボードで Ctrl+Q を押してください。</translation>
    </message>
    <message>
        <source>%1 (%2 events)</source>
        <translation>%1 (%2 件のイベント)</translation>
    </message>
    <message>
        <source>Found your usage</source>
        <translation>使用量が見つかりました</translation>
    </message>
    <message>
        <source>Tokenwise left the demo: %1.</source>
        <translation>Tokenwise はデモを終了しました: %1。</translation>
    </message>
</context>
<context>
    <name>tokenwise::DisplayPage</name>
    <message>
        <source>Start Tokenwise when I &amp;log in</source>
        <translation>ログイン時に Tokenwise を起動する(&amp;L)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Widget refresh</source>
        <translation>ウィジェットの更新</translation>
    </message>
    <message>
        <source>&amp;Widget refreshes every:</source>
        <translation>ウィジェットの更新間隔(&amp;W):</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>表示通貨</translation>
    </message>
    <message>
        <source>Display &amp;currency:</source>
        <translation>表示通貨(&amp;C):</translation>
    </message>
    <message>
        <source>Rate per US dollar</source>
        <translation>1 米ドルあたりのレート</translation>
    </message>
    <message>
        <source>&amp;Rate per US dollar:</source>
        <translation>1 米ドルあたりのレート(&amp;R):</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>&amp;Language (after a restart):</source>
        <translation>言語(&amp;L)（再起動後に反映）:</translation>
    </message>
    <message>
        <source>Your git and provider e-mail</source>
        <translation>Git とプロバイダーで使うメールアドレス</translation>
    </message>
    <message>
        <source>Your &amp;e-mail (git commits, provider identity):</source>
        <translation>メールアドレス(&amp;E)（Git のコミット、プロバイダーの ID）:</translation>
    </message>
    <message>
        <source>https://… or /path/to/team-feed.json</source>
        <translation>https://… または /path/to/team-feed.json</translation>
    </message>
    <message>
        <source>Team feed</source>
        <translation>チームフィード</translation>
    </message>
    <message>
        <source>&amp;Team feed:</source>
        <translation>チームフィード(&amp;T):</translation>
    </message>
    <message>
        <source>Display &amp; start-up</source>
        <translation>表示と起動</translation>
    </message>
</context>
<context>
    <name>tokenwise::ExportController</name>
    <message>
        <source>Weekly summary %1 saved</source>
        <translation>週次サマリー %1 を保存しました</translation>
    </message>
    <message>
        <source>%1 (demo data)</source>
        <translation>%1（デモデータ）</translation>
    </message>
    <message>
        <source>Weekly summary %1 not saved</source>
        <translation>週次サマリー %1 は保存されませんでした</translation>
    </message>
</context>
<context>
    <name>tokenwise::ExportDialog</name>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Export weekly summary</source>
        <translation>週次サマリーを書き出す</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML ページ</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV（表計算）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>週:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Your own numbers only: no prompt text, no keys, no colleague names.</source>
        <translation>あなた自身の数値のみ: プロンプトの本文、キー、同僚の名前は含みません。</translation>
    </message>
    <message>
        <source>Looking for weeks with data…</source>
        <translation>データのある週を探しています…</translation>
    </message>
    <message>
        <source>Cannot read the ledger: %1</source>
        <translation>台帳を読み込めません: %1</translation>
    </message>
    <message>
        <source>%1 · %2 – %3</source>
        <translation>%1 · %2 – %3</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>No weeks with data yet</source>
        <translation>データのある週はまだありません</translation>
    </message>
    <message>
        <source>Nothing to export: Tokenwise has not seen any usage yet.</source>
        <translation>書き出すものがありません: Tokenwise はまだ使用を確認していません。</translation>
    </message>
    <message>
        <source>No usage of yours yet: the export will show the built-in demo history, marked DEMO.</source>
        <translation>あなたの使用はまだありません: 書き出しには組み込みのデモ履歴が DEMO と表示されて含まれます。</translation>
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
        <translation>週次サマリーを保存</translation>
    </message>
    <message>
        <source>Choose a week to export.</source>
        <translation>書き出す週を選んでください。</translation>
    </message>
    <message>
        <source>Choose where to save the file (a full path).</source>
        <translation>ファイルの保存先を選んでください（フルパス）。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き出しています…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>書き出しに失敗しました: %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2, %3 ms).</source>
        <translation type="vanished">%1 を保存しました（%2、%3 ms）。</translation>
    </message>
    <message>
        <source>It shows demo data.</source>
        <translation>デモデータが表示されています。</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>%1 already exists. Press Replace to overwrite it.</source>
        <translation>%1 は既に存在します。上書きするには「置き換え」を押してください。</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 を保存しました (%2)。</translation>
    </message>
</context>
<context>
    <name>tokenwise::ExportPage</name>
    <message>
        <source>Export last week&apos;s summary every Monday morning</source>
        <translation>毎週月曜日の朝に先週のサマリーを書き出す</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>書き出し先フォルダー</translation>
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
        <translation>書き出し形式</translation>
    </message>
    <message>
        <source>Folder for weekly summaries</source>
        <translation>週次サマリーのフォルダー</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>The summary of the week that just ended is written once, on the first run at or after 06:00 on Monday; a computer that was asleep catches up when it wakes. Files are named like tokenwise-2026-W47.pdf.</source>
        <translation>終わったばかりの週のサマリーは、月曜日 06:00 以降の最初の実行時に一度だけ書き出されます。スリープしていたコンピューターは復帰時に追いつきます。ファイル名は tokenwise-2026-W47.pdf のようになります。</translation>
    </message>
    <message>
        <source>Weekly export</source>
        <translation>週次の書き出し</translation>
    </message>
    <message>
        <source>the export folder must be a full path: %1</source>
        <translation>書き出し先フォルダーはフルパスで指定してください: %1</translation>
    </message>
</context>
<context>
    <name>tokenwise::KeysPage</name>
    <message>
        <source>Anthropic (Admin key)</source>
        <translation>Anthropic（Admin キー）</translation>
    </message>
    <message>
        <source>OpenAI (Admin key)</source>
        <translation>OpenAI（Admin キー）</translation>
    </message>
    <message>
        <source>Cursor (team Admin key)</source>
        <translation>Cursor（チームの Admin キー）</translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation>OpenRouter</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Set the %1 key</source>
        <translation>%1 のキーを設定</translation>
    </message>
    <message>
        <source>Remove the %1 key</source>
        <translation>%1 のキーを削除</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Paste the %1:</source>
        <translation>%1 を貼り付けてください:</translation>
    </message>
    <message>
        <source>Keys are kept only in your system keychain — never in settings files, the ledger, logs or exports. When no keychain works, Tokenwise says so and stores nothing.</source>
        <translation>キーはシステムのキーチェーンにのみ保存され、設定ファイル、台帳、ログ、書き出しファイルには決して保存されません。キーチェーンが使えない場合、Tokenwise はそう伝え、何も保存しません。</translation>
    </message>
    <message>
        <source>no keychain in this build</source>
        <translation>このビルドにはキーチェーン機能がありません</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>キーチェーンに保存済み</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>キーチェーンが応答しませんでした</translation>
    </message>
    <message>
        <source>no secure storage available — keys cannot be kept</source>
        <translation>安全な保存先がありません — キーを保存できません</translation>
    </message>
    <message>
        <source>not stored: %1</source>
        <translation>保存されていません: %1</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API キー</translation>
    </message>
</context>
<context>
    <name>tokenwise::ModelsTab</name>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Cache read share</source>
        <translation>キャッシュ読み取りの割合</translation>
    </message>
    <message>
        <source>What if (estimate)</source>
        <translation>仮定の試算（見積もり）</translation>
    </message>
    <message>
        <source>Spend by model</source>
        <translation>モデル別の支出</translation>
    </message>
    <message>
        <source>What if: the same tokens priced on the cheaper model of the same family. An estimate to think with, not a judgement: the cheaper model may need more turns.</source>
        <translation>仮定の試算: 同じトークン数を同じファミリーの安価なモデルの価格で計算したものです。評価ではなく検討のための見積もりです。安価なモデルではやり取りが増える場合があります。</translation>
    </message>
    <message numerus="yes">
        <source>%1 over the last %n day(s); %2 % of prompt tokens were read from cache.</source>
        <translation>
            <numerusform>過去 %n 日間で %1。プロンプトトークンの %2 % はキャッシュから読み取られました。</numerusform>
        </translation>
    </message>
    <message>
        <source> (no model in the log: priced as gpt-5)</source>
        <translation>（ログにモデルなし: gpt-5 として算出）</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>価格なし</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 で %1</translation>
    </message>
    <message>
        <source>Difference (estimate)</source>
        <translation>差額（見積もり）</translation>
    </message>
    <message>
        <source>Model mix per day (share of the day&apos;s spend)</source>
        <translation>日ごとのモデル構成（その日の支出に占める割合）</translation>
    </message>
    <message>
        <source>Model mix per day</source>
        <translation>日ごとのモデル構成</translation>
    </message>
    <message>
        <source>An estimate: the same tokens priced on %1.</source>
        <translation>推定値: 同じトークンを %1 の価格で計算したもの。</translation>
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
        <translation>今日</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>Team band</source>
        <translation>チーム帯</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去7日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去30日間</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去90日間</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>プロバイダー別</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>モデル別</translation>
    </message>
    <message>
        <source>Stack bars</source>
        <translation>棒グラフの積み上げ</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>期間(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>no typical figure yet</source>
        <translation>典型的な値はまだありません</translation>
    </message>
    <message>
        <source>%1 % of your typical %2</source>
        <translation>典型的な値 %2 の %1 %</translation>
    </message>
    <message>
        <source>typical week %1</source>
        <translation>典型的な週 %1</translation>
    </message>
    <message>
        <source>%1 per active day on average</source>
        <translation type="vanished">アクティブな日あたり平均 %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No team feed configured. The chart&apos;s dashed line is a public reference of about $13 per active day, not your team.</source>
        <translation type="vanished">チームフィードが設定されていません。グラフの破線はアクティブな日あたり約 $13 の公開参考値で、あなたのチームではありません。</translation>
    </message>
    <message>
        <source>A team band needs an aggregate of at least 5 people; no names or ranks are ever shown.</source>
        <translation>チーム帯には5人以上の集計が必要です。名前や順位は決して表示されません。</translation>
    </message>
    <message numerus="yes">
        <source>From the team feed, team of %n.</source>
        <translation>
            <numerusform>チームフィードより、%n 人のチーム。</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo team band: made up, like the rest of the demo data.</source>
        <translation>デモのチーム帯: 他のデモデータと同様に架空のものです。</translation>
    </message>
    <message numerus="yes">
        <source>Computed from your organisation&apos;s usage, team of %n.</source>
        <translation>
            <numerusform>組織の使用量から算出、%n 人のチーム。</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>カスタム…</translation>
    </message>
    <message>
        <source>Range from</source>
        <translation>期間の開始</translation>
    </message>
    <message>
        <source>Range until</source>
        <translation>期間の終了</translation>
    </message>
    <message numerus="yes">
        <source>This week %1, %2: team p25–p75 %3–%4 (median %5) for the same %n day(s).</source>
        <translation>
            <numerusform>今週の %1、%2: 同じ %n 日間のチームの p25〜p75 は %3〜%4（中央値 %5）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No team band covers this week yet; the chart shows the days one covers.</source>
        <translation>今週をカバーするチーム帯はまだありません。グラフにはカバーされている日が表示されます。</translation>
    </message>
    <message>
        <source>No team feed configured. The chart&apos;s dashed line is a public reference of about %1 per active day, not your team.</source>
        <translation>チームフィードが設定されていません。グラフの破線は稼働日あたり約 %1 の公開の参考値で、あなたのチームではありません。</translation>
    </message>
    <message>
        <source>%1 per active day this month</source>
        <translation>今月のアクティブ日あたり %1</translation>
    </message>
    <message>
        <source>no usage this month yet</source>
        <translation>今月はまだ使用がありません</translation>
    </message>
</context>
<context>
    <name>tokenwise::ProviderPolling</name>
    <message>
        <source>no key: add one in Settings or run `tokenwise keys set %1`</source>
        <translation>キーがありません: 設定で追加するか、`tokenwise keys set %1` を実行してください</translation>
    </message>
</context>
<context>
    <name>tokenwise::SettingsDialog</name>
    <message>
        <source>Tokenwise settings</source>
        <translation>Tokenwise の設定</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>設定ページ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されていません: %1</translation>
    </message>
</context>
<context>
    <name>tokenwise::SourcesPage</name>
    <message>
        <source>Read &amp;Claude Code logs (~/.claude, ~/.config/claude, $CLAUDE_CONFIG_DIR)</source>
        <translation type="vanished">Claude Code のログを読み込む(&amp;C)（~/.claude、~/.config/claude、$CLAUDE_CONFIG_DIR）</translation>
    </message>
    <message>
        <source>Read Code&amp;x CLI logs (~/.codex or $CODEX_HOME)</source>
        <translation type="vanished">Codex CLI のログを読み込む(&amp;X)（~/.codex または $CODEX_HOME）</translation>
    </message>
    <message>
        <source>Ticket pattern</source>
        <translation>チケットのパターン</translation>
    </message>
    <message>
        <source>&amp;Ticket pattern in branch names:</source>
        <translation>ブランチ名のチケットパターン(&amp;T):</translation>
    </message>
    <message>
        <source>Local logs need no key. Prompt and response text is never stored.</source>
        <translation type="vanished">ローカルログにキーは不要です。プロンプトと応答の本文は保存されません。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Git author e-mail for commits per task</source>
        <translation>タスクごとのコミットに使う git の作成者メールアドレス</translation>
    </message>
    <message>
        <source>each repository&apos;s git config user.email</source>
        <translation>各リポジトリの git config user.email</translation>
    </message>
    <message>
        <source>&amp;Git author e-mail (commits per task):</source>
        <translation>git の作成者メールアドレス(&amp;G)（タスクごとのコミット）:</translation>
    </message>
    <message>
        <source>Read the local data of:</source>
        <translation>次のローカルデータを読み取る:</translation>
    </message>
    <message>
        <source>Read %1 data</source>
        <translation>%1 のデータを読み取る</translation>
    </message>
    <message>
        <source>Source id: %1. Tokenwise only reads these files, never changes them.</source>
        <translation>ソース ID: %1。Tokenwise はこれらのファイルを読み取るだけで、変更することはありません。</translation>
    </message>
    <message>
        <source>Local logs need no key. Prompt and response text is never stored. Where each source looks is shown in the dashboard&apos;s Sources tab.</source>
        <translation>ローカルログにキーは不要です。プロンプトや応答のテキストは保存されません。各ソースがどこを探すかはダッシュボードの「ソース」タブに表示されます。</translation>
    </message>
</context>
<context>
    <name>tokenwise::SourcesTab</name>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Lines read</source>
        <translation>読み込んだ行</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>スキップした行</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation type="vanished">最終読み込み</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Local logs need no key. Provider usage APIs (Anthropic, OpenAI, Cursor, OpenRouter) are added in Settings; their keys stay in your system keychain.</source>
        <translation>ローカルログにキーは不要です。プロバイダーの使用量 API（Anthropic、OpenAI、Cursor、OpenRouter）は設定で追加でき、そのキーはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>demo history</source>
        <translation>デモ履歴</translation>
    </message>
    <message>
        <source>demo data: no logs found yet</source>
        <translation>デモデータ: まだログが見つかりません</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>last refresh failed: %1</source>
        <translation>前回の更新に失敗: %1</translation>
    </message>
    <message>
        <source>no logs found</source>
        <translation>ログが見つかりません</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 malformed, %2 without a timestamp</source>
        <translation>不正 %1 行、タイムスタンプなし %2 行</translation>
    </message>
    <message>
        <source>Last read / poll</source>
        <translation>最終読み込み / ポーリング</translation>
    </message>
    <message>
        <source>Reported vs priced</source>
        <translation>報告値と算出値</translation>
    </message>
    <message>
        <source>%1 vs %2 (%3)</source>
        <translation>%1 対 %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>Over %n day(s) a provider reported: its figure, then what the logs priced for the same days.</source>
        <translation>
            <numerusform>プロバイダーが報告した %n 日間: その数値と、同じ日にログから算出した値。</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>found in %1 (files: %2)</source>
        <translation>%1 で見つかりました (ファイル: %2)</translation>
    </message>
    <message>
        <source>no usage yet in %1</source>
        <translation>%1 にはまだ使用がありません</translation>
    </message>
    <message>
        <source>not found (looked in %1)</source>
        <translation>見つかりません (検索先: %1)</translation>
    </message>
    <message>
        <source>Source id: %1</source>
        <translation>ソース ID: %1</translation>
    </message>
    <message>
        <source>Looked in: %1</source>
        <translation>検索先: %1</translation>
    </message>
</context>
<context>
    <name>tokenwise::Sparkline</name>
    <message>
        <source>Spend over the last 24 hours</source>
        <translation>過去24時間の支出</translation>
    </message>
    <message>
        <source>%1 in the last 24 hours</source>
        <translation>過去24時間で %1</translation>
    </message>
</context>
<context>
    <name>tokenwise::SpendChart</name>
    <message>
        <source>Daily spend chart</source>
        <translation>日次支出のグラフ</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Your 7-day mean</source>
        <translation>あなたの7日間平均</translation>
    </message>
    <message>
        <source>Public reference ≈ $13 per active day (not your team)</source>
        <translation type="vanished">公開参考値 ≈ アクティブな日あたり $13（あなたのチームではありません）</translation>
    </message>
    <message>
        <source>No days in the range.</source>
        <translation>期間内に日がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from %1 to %2, %3 in total</source>
        <translation>
            <numerusform>%1〜%2 の %n 日間、合計 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>highest %1 on %2</source>
        <translation>最高は %2 の %1</translation>
    </message>
    <message>
        <source>your 7-day mean is now %1</source>
        <translation>現在の 7 日平均は %1</translation>
    </message>
    <message>
        <source>dashed line: public reference of about %1 per active day, not your team</source>
        <translation>破線: 稼働日あたり約 %1 の公開の参考値で、あなたのチームではありません</translation>
    </message>
    <message>
        <source>team median per day %1, p25–p75 band %2 to %3</source>
        <translation>チームの日ごとの中央値 %1、p25〜p75 の帯 %2〜%3</translation>
    </message>
    <message>
        <source>Public reference ≈ %1 per active day (not your team)</source>
        <translation>公開の参考値 ≈ 稼働日あたり %1（あなたのチームではありません）</translation>
    </message>
    <message>
        <source>Demo team p25–p75 per day (made up)</source>
        <translation>デモのチームの日ごとの p25〜p75（架空）</translation>
    </message>
    <message numerus="yes">
        <source>Team p25–p75 per day (team of %n)</source>
        <translation>
            <numerusform>チームの日ごとの p25〜p75（%n 人のチーム）</numerusform>
        </translation>
    </message>
    <message>
        <source>Team median per day</source>
        <translation>チームの日ごとの中央値</translation>
    </message>
</context>
<context>
    <name>tokenwise::SpendWidget</name>
    <message>
        <source>DEMO DATA</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <source>Tokenwise — today</source>
        <translation>Tokenwise — 今日</translation>
    </message>
    <message>
        <source>Tokenwise spend widget</source>
        <translation>Tokenwise 支出ウィジェット</translation>
    </message>
    <message>
        <source>Click to refresh, double-click for the dashboard, drag to move, Esc to hide</source>
        <translation>クリックで更新、ダブルクリックでダッシュボード、ドラッグで移動、Esc で非表示</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>今日 %1</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>今週 %1 · %2</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>更新 %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>チーム: %1</translation>
    </message>
</context>
<context>
    <name>tokenwise::TaskTableModel</name>
    <message>
        <source>several</source>
        <translation>複数</translation>
    </message>
    <message>
        <source>Includes models missing from the price table: their cost is unknown, not zero.</source>
        <translation>価格表にないモデルを含みます: そのコストは不明であり、ゼロではありません。</translation>
    </message>
    <message>
        <source>Priced: tokens × the price table</source>
        <translation type="vanished">算出方法: トークン数 × 価格表</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n task(s))</source>
        <translation>
            <numerusform>%1（%n 件のタスク）</numerusform>
        </translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Ticket / branch</source>
        <translation>チケット / ブランチ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>キャッシュ読み取り</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>アクティブ時間</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最終アクティブ</translation>
    </message>
    <message>
        <source>Your non-merge commits in this repository while the task was active (git log)</source>
        <translation>タスクがアクティブだった間のこのリポジトリでのあなたのマージ以外のコミット（git log）</translation>
    </message>
    <message>
        <source>Off: git is not installed, the folder is not a git repository, or no author e-mail is known</source>
        <translation>オフ: git がインストールされていない、フォルダーが git リポジトリではない、または作成者のメールアドレスが不明です</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>コミット</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Cost / commit</source>
        <translation>コスト / コミット</translation>
    </message>
    <message>
        <source>%1 projects</source>
        <translation>%1 個のプロジェクト</translation>
    </message>
</context>
<context>
    <name>tokenwise::TaskTimelineChart</name>
    <message>
        <source>Task cost over time</source>
        <translation>タスクのコストの推移</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>1 時間あたりのコスト</translation>
    </message>
    <message>
        <source>Cost per day</source>
        <translation>1 日あたりのコスト</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>tokenwise::TasksTab</name>
    <message>
        <source>Filter by task, project, ticket or branch</source>
        <translation>タスク、プロジェクト、チケット、ブランチで絞り込み</translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <translation>タスクを絞り込む</translation>
    </message>
    <message>
        <source>Each task</source>
        <translation>タスクごと</translation>
    </message>
    <message>
        <source>By ticket</source>
        <translation>チケット別</translation>
    </message>
    <message>
        <source>By branch</source>
        <translation>ブランチ別</translation>
    </message>
    <message>
        <source>By project</source>
        <translation>プロジェクト別</translation>
    </message>
    <message>
        <source>Group tasks</source>
        <translation>タスクをグループ化</translation>
    </message>
    <message>
        <source>Cost per task</source>
        <translation>タスクごとのコスト</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>タスクの詳細</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>グループ(&amp;G):</translation>
    </message>
    <message>
        <source>Most expensive tasks first — tasks, not people. Commits per task appear when the repository is reachable and your git e-mail is set in Settings.</source>
        <translation type="vanished">コストの高いタスク順 — 人ではなくタスクを表示します。リポジトリにアクセスでき、設定で Git のメールアドレスが設定されていれば、タスクごとのコミットが表示されます。</translation>
    </message>
    <message>
        <source>Select a task to see what it cost and what it used.</source>
        <translation>タスクを選ぶと、そのコストと使用内容が表示されます。</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>プロジェクト:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>ブランチ:</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>チケット:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>アクティブ:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>コスト:</translation>
    </message>
    <message>
        <source> + unpriced models</source>
        <translation> + 価格のないモデル</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>トークン:</translation>
    </message>
    <message>
        <source>%1 input, %2 output, %3 cache write, %4 cache read</source>
        <translation type="vanished">入力 %1、出力 %2、キャッシュ書き込み %3、キャッシュ読み取り %4</translation>
    </message>
    <message>
        <source>Commits:</source>
        <translation>コミット:</translation>
    </message>
    <message>
        <source>— (not known)</source>
        <translation type="vanished">—（不明）</translation>
    </message>
    <message>
        <source>Model mix</source>
        <translation>モデルの内訳</translation>
    </message>
    <message>
        <source>Most expensive tasks first — tasks, not people. Commits and lines are yours, in the task&apos;s repository while it was active (git user.email, or the author set in Settings).</source>
        <translation>コストの高いタスク順 — 人ではなくタスクです。コミットと行数は、タスクがアクティブだった間のそのリポジトリでのあなたのものです（git user.email、または設定で指定した作成者）。</translation>
    </message>
    <message>
        <source>%1 (+%2 −%3 lines)</source>
        <translation>%1（+%2 −%3 行）</translation>
    </message>
    <message>
        <source>— (no git repository reachable)</source>
        <translation>—（到達できる git リポジトリがありません）</translation>
    </message>
</context>
<context>
    <name>tokenwise::TrayController</name>
    <message>
        <source>Open dashboard</source>
        <translation>ダッシュボードを開く</translation>
    </message>
    <message>
        <source>Show 15-minute widget</source>
        <translation>15分ウィジェットを表示</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>今すぐ更新</translation>
    </message>
    <message>
        <source>Export weekly summary…</source>
        <translation>週次サマリーを書き出す…</translation>
    </message>
    <message>
        <source>Pause alerts</source>
        <translation>通知を一時停止</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1時間</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>明日まで</translation>
    </message>
    <message>
        <source>Resume alerts</source>
        <translation>通知を再開</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Quit Tokenwise</source>
        <translation>Tokenwise を終了</translation>
    </message>
    <message>
        <source>Alerts paused until %1</source>
        <translation>%1 までアラートを一時停止中</translation>
    </message>
</context>
<context>
    <name>tokenwise::report</name>
    <message>
        <source>Other sources</source>
        <translation type="vanished">その他のソース</translation>
    </message>
</context>
</TS>
