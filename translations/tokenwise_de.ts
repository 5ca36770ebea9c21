<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AlertEngine</name>
    <message>
        <source>daily</source>
        <translation>Tages</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>Monats</translation>
    </message>
    <message>
        <source>%1 %2 budget reached</source>
        <translation>%2budget erreicht (%1)</translation>
    </message>
    <message>
        <source>%1 % of your %2 %3 budget</source>
        <translation>%1 % deines %3budgets (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 spent.</source>
        <translation>%1 von %2 ausgegeben.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Spending fast — runaway agent?</source>
        <translation>Ausgaben steigen schnell — Agent außer Kontrolle?</translation>
    </message>
    <message>
        <source>%1 in the last hour, above your usual %2 per hour. Most of it: %3.</source>
        <translation>%1 in der letzten Stunde, mehr als deine üblichen %2 pro Stunde. Der größte Teil: %3.</translation>
    </message>
    <message>
        <source>an unnamed task</source>
        <translation>eine unbenannte Aufgabe</translation>
    </message>
</context>
<context>
    <name>AnthropicSource</name>
    <message>
        <source>Anthropic&apos;s %1 reply has an unexpected shape</source>
        <translation>Die %1-Antwort von Anthropic hat eine unerwartete Form</translation>
    </message>
    <message>
        <source>anthropic.identity is not set: organisation and team figures only</source>
        <translation>anthropic.identity ist nicht gesetzt: nur Zahlen für Organisation und Team</translation>
    </message>
    <message>
        <source>%1 Claude Code analytics rows had no usable amount</source>
        <translation>%1 Zeilen der Claude-Code-Analysen hatten keinen verwertbaren Betrag</translation>
    </message>
    <message>
        <source>%1 cost report rows had no usable amount</source>
        <translation>%1 Zeilen des Kostenberichts hatten keinen verwertbaren Betrag</translation>
    </message>
</context>
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>refusing %1 for %2: keys are only sent over https (plain http only to this machine)</source>
        <translation>%1 für %2 abgelehnt: Schlüssel werden nur über https gesendet (einfaches http nur an diesen Rechner)</translation>
    </message>
</context>
<context>
    <name>ApiHttpClient</name>
    <message>
        <source>refusing to send a key to %1: only https (or this machine) is allowed</source>
        <translation>Schlüssel wird nicht an %1 gesendet: nur https (oder dieser Rechner) ist erlaubt</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the reply from %1 was cut off</source>
        <translation>die Antwort von %1 wurde abgeschnitten</translation>
    </message>
    <message>
        <source>%1 answered with something that is not JSON</source>
        <translation>%1 hat mit etwas geantwortet, das kein JSON ist</translation>
    </message>
    <message>
        <source>the key was rejected (HTTP %1)</source>
        <translation>der Schlüssel wurde abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>rate-limited until %1</source>
        <translation>Ratenbegrenzung bis %1</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2)</source>
        <translation>%1 hatte einen Serverfehler (HTTP %2)</translation>
    </message>
    <message>
        <source>unexpected HTTP %1 from %2</source>
        <translation>unerwartetes HTTP %1 von %2</translation>
    </message>
    <message>
        <source>the reply from %1 was larger than %2 MB and was not read</source>
        <translation>die Antwort von %1 war größer als %2 MB und wurde nicht gelesen</translation>
    </message>
    <message>
        <source>%1 did not finish its reply within %2 s</source>
        <translation>%1 hat seine Antwort nicht innerhalb von %2 s abgeschlossen</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed: %2</source>
        <translation>die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ApiSettings</name>
    <message>
        <source>expected an e-mail address</source>
        <translation>E-Mail-Adresse erwartet</translation>
    </message>
    <message>
        <source>expected an OpenAI user id (user-…)</source>
        <translation>OpenAI-Benutzer-ID erwartet (user-…)</translation>
    </message>
    <message>
        <source>expected an https:// address (plain http only to this machine)</source>
        <translation>https://-Adresse erwartet (einfaches http nur zu diesem Rechner)</translation>
    </message>
    <message>
        <source>expected an https:// address or an absolute file path</source>
        <translation>https://-Adresse oder absoluter Dateipfad erwartet</translation>
    </message>
    <message>
        <source>your e-mail in the Anthropic organisation (Claude Code analytics)</source>
        <translation>deine E-Mail in der Anthropic-Organisation (Analysen von Claude Code)</translation>
    </message>
    <message>
        <source>your OpenAI user id (usage grouped by user)</source>
        <translation>deine OpenAI-Benutzer-ID (Nutzung nach Benutzer gruppiert)</translation>
    </message>
    <message>
        <source>your e-mail in the Cursor team</source>
        <translation>deine E-Mail im Cursor-Team</translation>
    </message>
    <message>
        <source>the team feed: an https:// URL or a file path</source>
        <translation>der Team-Feed: eine https://-URL oder ein Dateipfad</translation>
    </message>
    <message>
        <source>the provider&apos;s API address (for proxies)</source>
        <translation>die API-Adresse des Anbieters (für Proxys)</translation>
    </message>
    <message>
        <source>unknown setting %1 (known: %2)</source>
        <translation>unbekannte Einstellung %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>that looks like an API key; keys go in the keychain: tokenwise keys set</source>
        <translation>das sieht wie ein API-Schlüssel aus; Schlüssel gehören in den Schlüsselbund: tokenwise keys set</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>the ledger was damaged (%1). It was moved to %2 and is rebuilt from the logs now; provider history returns with the next poll.</source>
        <translation>das Journal war beschädigt (%1). Es wurde nach %2 verschoben und wird jetzt aus den Logs neu aufgebaut; der Anbieterverlauf kommt mit der nächsten Abfrage zurück.</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>Provider settings: %1. API keys never go here (tokenwise keys set).</source>
        <translation>Anbieter-Einstellungen: %1. API-Schlüssel gehören nie hierher (tokenwise keys set).</translation>
    </message>
    <message>
        <source>set KEY VALUE, get KEY, unset KEY or list</source>
        <translation>set KEY VALUE, get KEY, unset KEY oder list</translation>
    </message>
    <message>
        <source>usage: tokenwise config set KEY VALUE | get KEY | unset KEY | list</source>
        <translation>Verwendung: tokenwise config set KEY VALUE | get KEY | unset KEY | list</translation>
    </message>
    <message>
        <source>unknown setting %1 (known: %2)</source>
        <translation>unbekannte Einstellung %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>%1 is not set</source>
        <translation>%1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 unset</source>
        <translation>%1 entfernt</translation>
    </message>
</context>
<context>
    <name>CostOrigins</name>
    <message>
        <source>tokens × %1 prices</source>
        <translation>Tokens × Preise %1</translation>
    </message>
    <message>
        <source>the costs the agents recorded</source>
        <translation>die von den Agenten erfassten Kosten</translation>
    </message>
    <message>
        <source>the costs the providers reported</source>
        <translation>die von den Anbietern gemeldeten Kosten</translation>
    </message>
    <message>
        <source>made-up demo prices</source>
        <translation>erfundene Demo-Preise</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>joins the origins of the costs</comment>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>CursorSource</name>
    <message>
        <source>Cursor&apos;s %1 reply has an unexpected shape</source>
        <translation>Die %1-Antwort von Cursor hat eine unerwartete Form</translation>
    </message>
    <message>
        <source>cursor.identity is not set: team figures only</source>
        <translation>cursor.identity ist nicht gesetzt: nur Team-Zahlen</translation>
    </message>
    <message>
        <source>%1 Cursor events carried no cost</source>
        <translation>%1 Cursor-Ereignisse enthielten keine Kosten</translation>
    </message>
</context>
<context>
    <name>DisplayMoney</name>
    <message>
        <source>Converted from US dollars at your fixed rate of %1 %2 per dollar.</source>
        <translation>Aus US-Dollar umgerechnet zu deinem festen Kurs von %1 %2 pro Dollar.</translation>
    </message>
    <message>
        <source>Demo: built-in example history, not your usage.</source>
        <translation>Demo: eingebauter Beispielverlauf, nicht deine Nutzung.</translation>
    </message>
    <message>
        <source>Reported: the provider&apos;s own figure.</source>
        <translation>Gemeldet: die eigene Zahl des Anbieters.</translation>
    </message>
    <message>
        <source>Unpriced: models missing from the price table; their cost is unknown, not zero.</source>
        <translation>Ohne Preis: Modelle, die in der Preistabelle fehlen; ihre Kosten sind unbekannt, nicht null.</translation>
    </message>
    <message>
        <source>Priced: tokens × the %1 price table.</source>
        <translation>Berechnet: Tokens × die Preistabelle von %1.</translation>
    </message>
    <message>
        <source>Basis: %1.</source>
        <translation>Grundlage: %1.</translation>
    </message>
    <message>
        <source>No spend recorded.</source>
        <translation>Keine Ausgaben erfasst.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write your weekly summary of one ISO week (refreshed from the local logs first).</source>
        <translation>Schreibt deine Wochenübersicht für eine ISO-Woche (vorher aus den lokalen Logs aktualisiert).</translation>
    </message>
    <message>
        <source>2026-W47, last (default) or current.</source>
        <translation>2026-W47, last (Standard) oder current.</translation>
    </message>
    <message>
        <source>md, html, pdf or csv (default: from the --out extension).</source>
        <translation>md, html, pdf oder csv (Standard: aus der Endung von --out).</translation>
    </message>
    <message>
        <source>File to write (default: tokenwise-&lt;week&gt;.&lt;format&gt; here).</source>
        <translation>Zieldatei (Standard: tokenwise-&lt;week&gt;.&lt;format&gt; im aktuellen Ordner).</translation>
    </message>
    <message>
        <source>IANA zone the week&apos;s days follow, or &apos;local&apos; (default).</source>
        <translation>IANA-Zeitzone für die Tage der Woche oder &apos;local&apos; (Standard).</translation>
    </message>
    <message>
        <source>export takes no positional arguments</source>
        <translation>export nimmt keine Positionsargumente</translation>
    </message>
    <message>
        <source>unknown time zone: %1</source>
        <translation>unbekannte Zeitzone: %1</translation>
    </message>
    <message>
        <source>no such ISO week: %1 (write it like 2026-W47)</source>
        <translation>keine solche ISO-Woche: %1 (Schreibweise wie 2026-W47)</translation>
    </message>
    <message>
        <source>say which format: --format md|html|pdf|csv</source>
        <translation>Format angeben: --format md|html|pdf|csv</translation>
    </message>
    <message>
        <source>unknown format: %1 (md, html, pdf, csv)</source>
        <translation>unbekanntes Format: %1 (md, html, pdf, csv)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="vanished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, demo data)</source>
        <translation>%1 geschrieben (%2, Demodaten)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2)</source>
        <translation>%1 geschrieben (%2)</translation>
    </message>
</context>
<context>
    <name>ForeignDatabase</name>
    <message>
        <source>%1&apos;s database has a layout Tokenwise does not know (%2); it was not read</source>
        <translation>Die Datenbank von %1 hat einen Aufbau, den Tokenwise nicht kennt (%2); sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>the database changed while it was read; read again on the next refresh</source>
        <translation>die Datenbank hat sich beim Lesen geändert; sie wird bei der nächsten Aktualisierung erneut gelesen</translation>
    </message>
    <message>
        <source>the database is gone</source>
        <translation>die Datenbank ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>cannot read the database (permission denied)</source>
        <translation>die Datenbank kann nicht gelesen werden (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>cannot copy the database to read it</source>
        <translation>die Datenbank kann zum Lesen nicht kopiert werden</translation>
    </message>
    <message>
        <source>cannot copy the database&apos;s write-ahead log to read it</source>
        <translation>das Write-Ahead-Log der Datenbank kann zum Lesen nicht kopiert werden</translation>
    </message>
    <message>
        <source>the database is busy (another program holds a lock); read again on the next refresh</source>
        <translation>die Datenbank ist belegt (ein anderes Programm hält eine Sperre); sie wird bei der nächsten Aktualisierung erneut gelesen</translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation>die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>GeneralPages</name>
    <message>
        <source>none</source>
        <translation>kein</translation>
    </message>
    <message>
        <source>%1 is not valid for %2</source>
        <translation>%1 ist für %2 nicht gültig</translation>
    </message>
</context>
<context>
    <name>IngestCommand</name>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Read what is new in the local agent logs into the ledger.</source>
        <translation>Liest neue Einträge aus den lokalen Agent-Logs in das Journal ein.</translation>
    </message>
    <message>
        <source>%1 files, %2 changed, %3 bytes read, %4 usage lines, %5 malformed and %6 undated lines skipped</source>
        <translation>%1 Dateien, %2 geändert, %3 Bytes gelesen, %4 Nutzungszeilen, %5 fehlerhafte und %6 undatierte Zeilen übersprungen</translation>
    </message>
    <message>
        <source>could not read</source>
        <translation>konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Ledger: %1 events (%2 ms)</source>
        <translation>Journal: %1 Ereignisse (%2 ms)</translation>
    </message>
    <message>
        <source>Where each source looks, and what the ledger holds from it.</source>
        <translation>Wo jede Quelle sucht und was das Journal von ihr enthält.</translation>
    </message>
    <message>
        <source>roots found:</source>
        <translation>gefundene Stammordner:</translation>
    </message>
    <message>
        <source>none (looked in %1)</source>
        <translation>keine (gesucht in %1)</translation>
    </message>
    <message>
        <source>files: %1, events: %2, lines: %3, skipped: %4 malformed, %5 without timestamp</source>
        <translation>Dateien: %1, Ereignisse: %2, Zeilen: %3, übersprungen: %4 fehlerhaft, %5 ohne Zeitstempel</translation>
    </message>
    <message>
        <source>last ingest:</source>
        <translation>letzter Import:</translation>
    </message>
    <message>
        <source>Only this local source (repeatable): %1.</source>
        <translation>Nur diese lokale Quelle (wiederholbar): %1.</translation>
    </message>
    <message>
        <source>unknown source: %1 (%2)</source>
        <translation>unbekannte Quelle: %1 (%2)</translation>
    </message>
    <message>
        <source>problem:</source>
        <translation>Problem:</translation>
    </message>
</context>
<context>
    <name>Ingestor</name>
    <message>
        <source>the file name is not valid UTF-8</source>
        <translation>der Dateiname ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>cannot read this folder (%1)</source>
        <translation>Ordner kann nicht gelesen werden (%1)</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>Paste the %1 key and press Enter (it is not shown):</source>
        <translation>Füge den %1-Schlüssel ein und drücke die Eingabetaste (er wird nicht angezeigt):</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nirgends</translation>
    </message>
    <message>
        <source>no secure storage (OS keychain) is available here (%1), so the key was not stored anywhere. For headless use, set %2 in the environment instead.</source>
        <translation>hier ist kein sicherer Speicher (Schlüsselbund des Systems) verfügbar (%1), daher wurde der Schlüssel nirgends gespeichert. Für den Betrieb ohne Oberfläche setze stattdessen %2 in der Umgebung.</translation>
    </message>
    <message>
        <source>no key on standard input; nothing was stored</source>
        <translation>kein Schlüssel auf der Standardeingabe; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>a key has no spaces; nothing was stored</source>
        <translation>ein Schlüssel enthält keine Leerzeichen; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>(nothing was stored)</source>
        <translation>(es wurde nichts gespeichert)</translation>
    </message>
    <message>
        <source>%1 rejected this key: %2. Nothing was stored.</source>
        <translation>%1 hat diesen Schlüssel abgelehnt: %2. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>not verified yet: %1</source>
        <translation>noch nicht geprüft: %1</translation>
    </message>
    <message>
        <source>not verified (--no-verify)</source>
        <translation>nicht geprüft (--no-verify)</translation>
    </message>
    <message>
        <source>Stored the %1 key %2 in the keychain (%3).</source>
        <translation>Der %1-Schlüssel %2 wurde im Schlüsselbund gespeichert (%3).</translation>
    </message>
    <message>
        <source>Note: %1 is set and takes precedence in this environment.</source>
        <translation>Hinweis: %1 ist gesetzt und hat in dieser Umgebung Vorrang.</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>Secure storage is not available here: %1</source>
        <translation>Sicherer Speicher ist hier nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>no secure storage is available here (%1); nothing to remove</source>
        <translation>hier ist kein sicherer Speicher verfügbar (%1); nichts zu entfernen</translation>
    </message>
    <message>
        <source>No %1 key was stored in the keychain.</source>
        <translation>Im Schlüsselbund war kein %1-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Removed the %1 key from the keychain.</source>
        <translation>Der %1-Schlüssel wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>%1 is still set in this environment.</source>
        <translation>%1 ist in dieser Umgebung weiterhin gesetzt.</translation>
    </message>
    <message>
        <source>no %1 key: secure storage is not available (%2) and %3 is not set</source>
        <translation>kein %1-Schlüssel: sicherer Speicher ist nicht verfügbar (%2) und %3 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>no %1 key: run `tokenwise keys set %1`</source>
        <translation>kein %1-Schlüssel: führe `tokenwise keys set %1` aus</translation>
    </message>
    <message>
        <source>%1: the key %2 (%3) works.</source>
        <translation>%1: der Schlüssel %2 (%3) funktioniert.</translation>
    </message>
    <message>
        <source>%1: the key %2 was rejected: %3</source>
        <translation>%1: der Schlüssel %2 wurde abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1: not verified yet: %2</source>
        <translation>%1: noch nicht geprüft: %2</translation>
    </message>
    <message>
        <source>Provider API keys in the OS keychain. `keys set SOURCE` reads the key from standard input, never from the command line.</source>
        <translation>API-Schlüssel der Anbieter im Schlüsselbund des Systems. `keys set SOURCE` liest den Schlüssel von der Standardeingabe, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>set, list, remove or test</source>
        <translation>set, list, remove oder test</translation>
    </message>
    <message>
        <source>Store without the verification request.</source>
        <translation>Ohne Prüfanfrage speichern.</translation>
    </message>
    <message>
        <source>keys: unknown option; see tokenwise keys --help (nothing was stored)</source>
        <translation>keys: unbekannte Option; siehe tokenwise keys --help (es wurde nichts gespeichert)</translation>
    </message>
    <message>
        <source>keys takes one of: set, list, remove, test</source>
        <translation>keys erwartet eines von: set, list, remove, test</translation>
    </message>
    <message>
        <source>keys set reads the key from standard input; a key on the command line ends up in shell history and process lists. Nothing was stored. Use: tokenwise keys set SOURCE &lt; file</source>
        <translation>keys set liest den Schlüssel von der Standardeingabe; ein Schlüssel auf der Befehlszeile landet im Shell-Verlauf und in Prozesslisten. Es wurde nichts gespeichert. Verwendung: tokenwise keys set SOURCE &lt; file</translation>
    </message>
    <message>
        <source>keys list takes no source</source>
        <translation>keys list erwartet keine Quelle</translation>
    </message>
    <message>
        <source>keys %1 takes one source: %2</source>
        <translation>keys %1 erwartet eine Quelle: %2</translation>
    </message>
    <message>
        <source>unknown source (%1)</source>
        <translation>unbekannte Quelle (%1)</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Tokenwise: what your AI coding tools cost you, and what that bought.

Headless sub-commands: tokenwise report|ingest|sources --help</source>
        <translation>Tokenwise: was dich deine KI-Programmierwerkzeuge kosten und was du dafür bekommen hast.

Befehle ohne Oberfläche: tokenwise report|ingest|sources --help</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Open a window at start: dashboard, widget or settings.</source>
        <translation>Beim Start ein Fenster öffnen: dashboard, widget oder settings.</translation>
    </message>
    <message>
        <source>Ledger directory (env TOKENWISE_DATA_DIR).</source>
        <translation>Journal-Verzeichnis (Umgebungsvariable TOKENWISE_DATA_DIR).</translation>
    </message>
    <message>
        <source>Settings directory (env TOKENWISE_CONFIG_DIR).</source>
        <translation>Einstellungsverzeichnis (Umgebungsvariable TOKENWISE_CONFIG_DIR).</translation>
    </message>
    <message>
        <source>Show the built-in demo data.</source>
        <translation>Die eingebauten Demodaten anzeigen.</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>--show takes dashboard, widget or settings, not %1</source>
        <translation>--show erwartet dashboard, widget oder settings, nicht %1</translation>
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
        <translation>%1 Amp-Credits erfasst (Credits sind Amps Einheit, keine Dollar; die gezeigten Kosten sind die Tokens zu API-Preisen)</translation>
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
        <translation>%1 Copilot-Premium-Anfragen erfasst (Copilot rechnet pro Premium-Anfrage ab; die angezeigten Kosten sind die Tokens zu API-Preisen)</translation>
    </message>
    <message>
        <source>Copilot AIU cost recorded: $%1 (GitHub&apos;s own unit, kept apart from the API-equivalent cost)</source>
        <translation>Erfasste Copilot-AIU-Kosten: $%1 (GitHubs eigene Einheit, getrennt von den API-äquivalenten Kosten)</translation>
    </message>
    <message>
        <source>Crush</source>
        <translation>Crush</translation>
    </message>
    <message>
        <source>Crush records a running cost per session, not per request: a day shows what the cost grew by between reads (the first read puts a session on its last active day), and no token counts</source>
        <translation>Crush erfasst laufende Kosten pro Sitzung, nicht pro Anfrage: Ein Tag zeigt, um wie viel die Kosten zwischen zwei Lesevorgängen gewachsen sind (beim ersten Lesen zählt eine Sitzung zu ihrem letzten aktiven Tag), und keine Tokenzahlen</translation>
    </message>
    <message>
        <source>Goose</source>
        <translation>Goose</translation>
    </message>
    <message>
        <source>Goose records token totals per session, not per request, and no cache split: a day shows what the totals grew by between reads (the first read puts a session on its last active day)</source>
        <translation>Goose erfasst Tokensummen pro Sitzung, nicht pro Anfrage, und keine Cache-Aufteilung: Ein Tag zeigt, um wie viel die Summen zwischen zwei Lesevorgängen gewachsen sind (beim ersten Lesen zählt eine Sitzung zu ihrem letzten aktiven Tag)</translation>
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
        <translation>Die %1-Antwort von OpenAI hat eine unerwartete Form</translation>
    </message>
    <message>
        <source>openai.identity is not set: organisation and team figures only</source>
        <translation>openai.identity ist nicht gesetzt: nur Zahlen für Organisation und Team</translation>
    </message>
    <message>
        <source>%1 day × model rows use models missing from the price table (cost unknown)</source>
        <translation>%1 Zeilen (Tag × Modell) nutzen Modelle, die in der Preistabelle fehlen (Kosten unbekannt)</translation>
    </message>
    <message>
        <source>%1 cost rows had no usable amount</source>
        <translation>%1 Kostenzeilen hatten keinen verwertbaren Betrag</translation>
    </message>
</context>
<context>
    <name>OpenRouterSource</name>
    <message>
        <source>OpenRouter&apos;s key reply has an unexpected shape</source>
        <translation>Die Schlüssel-Antwort von OpenRouter hat eine unerwartete Form</translation>
    </message>
    <message>
        <source>OpenRouter activity history unavailable: %1</source>
        <translation>Aktivitätsverlauf von OpenRouter nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Demo data: built-in example history, not your usage.</source>
        <translation type="vanished">Demodaten: eingebauter Beispielverlauf, nicht deine Nutzung.</translation>
    </message>
    <message>
        <source>Priced: tokens × %1 prices (%2).</source>
        <translation type="vanished">Berechnet: Tokens × %1-Preise (%2).</translation>
    </message>
</context>
<context>
    <name>Pagination</name>
    <message>
        <source>a page was not a JSON object</source>
        <translation>eine Seite war kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the provider said there is more but gave no cursor</source>
        <translation>der Anbieter meldete weitere Daten, lieferte aber keinen Cursor</translation>
    </message>
    <message>
        <source>the provider repeated a page cursor (or sent too many pages); stopped</source>
        <translation>der Anbieter hat einen Seiten-Cursor wiederholt (oder zu viele Seiten gesendet); abgebrochen</translation>
    </message>
</context>
<context>
    <name>PollCommand</name>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>ok, %1 to %2: %3 events, %4 spend buckets, %5 reported days, %6 team distributions</source>
        <translation>ok, %1 bis %2: %3 Ereignisse, %4 Ausgaben-Buckets, %5 gemeldete Tage, %6 Team-Verteilungen</translation>
    </message>
    <message>
        <source>Ask the provider APIs for usage and cost, once, and store it in the ledger.</source>
        <translation>Fragt die Anbieter-APIs einmal nach Nutzung und Kosten ab und speichert sie im Journal.</translation>
    </message>
    <message>
        <source>Only this source: %1.</source>
        <translation type="vanished">Nur diese Quelle: %1.</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Ausgabe als JSON.</translation>
    </message>
    <message>
        <source>poll takes no arguments; use --source</source>
        <translation>poll nimmt keine Argumente; verwende --source</translation>
    </message>
    <message>
        <source>unknown source: %1 (%2)</source>
        <translation>unbekannte Quelle: %1 (%2)</translation>
    </message>
    <message>
        <source>no provider keys: run `tokenwise keys set SOURCE` (%1) or set TOKENWISE_&lt;SOURCE&gt;_KEY</source>
        <translation>keine Anbieterschlüssel: führe `tokenwise keys set SOURCE` aus (%1) oder setze TOKENWISE_&lt;SOURCE&gt;_KEY</translation>
    </message>
    <message>
        <source>not configured: %1</source>
        <translation>nicht eingerichtet: %1</translation>
    </message>
    <message>
        <source>ok: %1 team distributions (five people or more each)</source>
        <translation>ok: %1 Team-Verteilungen (jeweils fünf oder mehr Personen)</translation>
    </message>
    <message>
        <source>Only this source: %1 (team: the team feed).</source>
        <translation>Nur diese Quelle: %1 (team: der Team-Feed).</translation>
    </message>
</context>
<context>
    <name>ProviderPolling</name>
    <message>
        <source>cannot open the ledger: %1</source>
        <translation>das Journal kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>No usage found.</source>
        <translation>Keine Nutzung gefunden.</translation>
    </message>
    <message>
        <source>looked in</source>
        <translation>gesucht in</translation>
    </message>
    <message>
        <source>Try `tokenwise report daily --demo` to see what a report looks like.</source>
        <translation>Probiere `tokenwise report daily --demo`, um zu sehen, wie ein Bericht aussieht.</translation>
    </message>
    <message>
        <source>Usage and cost from the ledger (refreshed from the local logs first).</source>
        <translation>Nutzung und Kosten aus dem Journal (vorher aus den lokalen Logs aktualisiert).</translation>
    </message>
    <message>
        <source>daily, weekly, monthly, session or task</source>
        <translation>daily, weekly, monthly, session oder task</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD), inclusive.</source>
        <translation>Erster Tag (YYYY-MM-DD), einschließlich.</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD), inclusive.</source>
        <translation>Letzter Tag (YYYY-MM-DD), einschließlich.</translation>
    </message>
    <message>
        <source>Only this source (repeatable): claude-code, codex.</source>
        <translation type="vanished">Nur diese Quelle (wiederholbar): claude-code, codex.</translation>
    </message>
    <message>
        <source>IANA zone for dates, or &apos;local&apos; (default).</source>
        <translation>IANA-Zeitzone für Datumsangaben oder &apos;local&apos; (Standard).</translation>
    </message>
    <message>
        <source>JSON with ccusage&apos;s field names.</source>
        <translation>JSON mit den Feldnamen von ccusage.</translation>
    </message>
    <message>
        <source>CSV (RFC 4180).</source>
        <translation>CSV (RFC 4180).</translation>
    </message>
    <message>
        <source>report takes one of: daily, weekly, monthly, session, task</source>
        <translation>report erwartet eines von: daily, weekly, monthly, session, task</translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined</source>
        <translation>--json und --csv können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>unknown time zone: %1</source>
        <translation>unbekannte Zeitzone: %1</translation>
    </message>
    <message>
        <source>dates are written YYYY-MM-DD</source>
        <translation>Datumsangaben werden als YYYY-MM-DD geschrieben</translation>
    </message>
    <message>
        <source>unknown source: %1 (claude-code, codex)</source>
        <translation type="vanished">unbekannte Quelle: %1 (claude-code, codex)</translation>
    </message>
    <message>
        <source>unknown source: %1 (%2)</source>
        <translation>unbekannte Quelle: %1 (%2)</translation>
    </message>
    <message>
        <source>Only this source (repeatable): %1.</source>
        <translation>Nur diese Quelle (wiederholbar): %1.</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>DEMO DATA — built-in example history, not your usage</source>
        <translation>DEMODATEN — eingebauter Beispielverlauf, nicht deine Nutzung</translation>
    </message>
    <message>
        <source>* includes tokens of models missing from the price table: their cost is unknown, not zero</source>
        <translation>* enthält Tokens von Modellen, die in der Preistabelle fehlen: ihre Kosten sind unbekannt, nicht null</translation>
    </message>
    <message>
        <source>Costs: tokens × %1 prices</source>
        <translation type="vanished">Kosten: Tokens × %1-Preise</translation>
    </message>
    <message>
        <source>Daily usage</source>
        <translation>Tägliche Nutzung</translation>
    </message>
    <message>
        <source>Weekly usage (weeks start on Monday)</source>
        <translation>Wöchentliche Nutzung (Wochen beginnen am Montag)</translation>
    </message>
    <message>
        <source>Monthly usage</source>
        <translation>Monatliche Nutzung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Cache-Schreiben</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache-Lesen</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>Tokens gesamt</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Branch / ticket</source>
        <translation>Branch / Ticket</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Cost per task, most expensive first</source>
        <translation>Kosten pro Aufgabe, teuerste zuerst</translation>
    </message>
    <message>
        <source>Usage by session</source>
        <translation>Nutzung nach Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), %1 in all</source>
        <translation>
            <numerusform>%n Aufgabe, insgesamt %1</numerusform>
            <numerusform>%n Aufgaben, insgesamt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>of which reasoning</source>
        <translation>davon Reasoning</translation>
    </message>
    <message>
        <source>tokens × %1 prices</source>
        <translation type="vanished">Tokens × Preise %1</translation>
    </message>
    <message>
        <source>the costs the agents recorded</source>
        <translation type="vanished">die von den Agenten erfassten Kosten</translation>
    </message>
    <message>
        <source>the costs the providers reported</source>
        <translation type="vanished">die von den Anbietern gemeldeten Kosten</translation>
    </message>
    <message>
        <source>made-up demo prices</source>
        <translation type="vanished">erfundene Demo-Preise</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>joins the origins of the costs</comment>
        <translation type="vanished">%1 und %2</translation>
    </message>
    <message>
        <source>Costs: %1</source>
        <translation>Kosten: %1</translation>
    </message>
</context>
<context>
    <name>SourcePoller</name>
    <message>
        <source>no key: secure storage is not available (%1) and %2 is not set</source>
        <translation>kein Schlüssel: sicherer Speicher ist nicht verfügbar (%1) und %2 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>no key: run `tokenwise keys set %1`</source>
        <translation>kein Schlüssel: führe `tokenwise keys set %1` aus</translation>
    </message>
    <message>
        <source>rate-limited until %1</source>
        <translation>Ratenbegrenzung bis %1</translation>
    </message>
    <message>
        <source>polled at %1; Cursor updates hourly</source>
        <translation>abgefragt um %1; Cursor aktualisiert stündlich</translation>
    </message>
    <message>
        <source>could not store what was fetched: %1</source>
        <translation>Abgerufenes konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>SourceStatus</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>rate-limited until %1</source>
        <translation>Ratenbegrenzung bis %1</translation>
    </message>
    <message>
        <source>rate-limited</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>unusable reply</source>
        <translation>unbrauchbare Antwort</translation>
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
        <translation>Sitzung %1</translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <source>Publish the team&apos;s spend quantiles (no names, five people or more) for everyone&apos;s team band.</source>
        <translation>Veröffentlicht die Ausgaben-Quantile des Teams (ohne Namen, fünf oder mehr Personen) für das Team-Band aller.</translation>
    </message>
    <message>
        <source>the only action</source>
        <translation>die einzige Aktion</translation>
    </message>
    <message>
        <source>anthropic, cursor or openai.</source>
        <translation>anthropic, cursor oder openai.</translation>
    </message>
    <message>
        <source>First UTC day (default: 30 days ago).</source>
        <translation>Erster UTC-Tag (Standard: vor 30 Tagen).</translation>
    </message>
    <message>
        <source>Last UTC day (default: yesterday).</source>
        <translation>Letzter UTC-Tag (Standard: gestern).</translation>
    </message>
    <message>
        <source>Where to write the feed.</source>
        <translation>Wohin der Feed geschrieben wird.</translation>
    </message>
    <message>
        <source>usage: tokenwise team publish --source anthropic|cursor|openai [--since D] [--until D] --out FILE</source>
        <translation>Verwendung: tokenwise team publish --source anthropic|cursor|openai [--since D] [--until D] --out FILE</translation>
    </message>
    <message>
        <source>team publish needs --source anthropic, cursor or openai</source>
        <translation>team publish braucht --source anthropic, cursor oder openai</translation>
    </message>
    <message>
        <source>team publish needs --out FILE</source>
        <translation>team publish braucht --out FILE</translation>
    </message>
    <message>
        <source>dates are written YYYY-MM-DD, --since no later than --until</source>
        <translation>Datumsangaben werden als YYYY-MM-DD geschrieben, --since nicht später als --until</translation>
    </message>
    <message>
        <source>publish at most a year at a time</source>
        <translation>höchstens ein Jahr auf einmal veröffentlichen</translation>
    </message>
    <message>
        <source>no %1 admin key: run `tokenwise keys set %1`</source>
        <translation>kein Admin-Schlüssel für %1: führe `tokenwise keys set %1` aus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>refusing to publish: no period has at least %1 people (the largest had %2)</source>
        <translation>Veröffentlichung verweigert: kein Zeitraum hat mindestens %1 Personen (der größte hatte %2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 period(s) of %2 team spend to %3; left out %4 with fewer than %5 people.</source>
        <translation>%1 Zeitraum/Zeiträume mit %2-Team-Ausgaben nach %3 geschrieben; %4 mit weniger als %5 Personen ausgelassen.</translation>
    </message>
</context>
<context>
    <name>TeamFeed</name>
    <message>
        <source>no team feed: tokenwise config set team.feed URL|PATH</source>
        <translation>kein Team-Feed: tokenwise config set team.feed URL|PATH</translation>
    </message>
    <message>
        <source>no period has at least %1 people; nothing to publish</source>
        <translation>kein Zeitraum hat mindestens %1 Personen; nichts zu veröffentlichen</translation>
    </message>
    <message>
        <source>the team feed is not JSON</source>
        <translation>der Team-Feed ist kein JSON</translation>
    </message>
    <message>
        <source>not a Tokenwise team feed (format is not %1)</source>
        <translation>kein Tokenwise-Team-Feed (das Format ist nicht %1)</translation>
    </message>
    <message>
        <source>the team feed has no version</source>
        <translation>der Team-Feed hat keine Version</translation>
    </message>
    <message>
        <source>the team feed is version %1; this Tokenwise reads version %2: update Tokenwise</source>
        <translation>der Team-Feed hat Version %1; dieses Tokenwise liest Version %2: aktualisiere Tokenwise</translation>
    </message>
    <message>
        <source>the team feed uses an unknown unit</source>
        <translation>der Team-Feed verwendet eine unbekannte Einheit</translation>
    </message>
    <message>
        <source>the team feed names no source</source>
        <translation>der Team-Feed nennt keine Quelle</translation>
    </message>
    <message>
        <source>cannot read the team feed %1: %2</source>
        <translation>der Team-Feed %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>TokenBreakdown</name>
    <message>
        <source>%1 input, %2 output, %3 cache write, %4 cache read</source>
        <translation>%1 Eingabe, %2 Ausgabe, %3 Cache-Schreiben, %4 Cache-Lesen</translation>
    </message>
    <message>
        <source>%1 input, %2 output (%3 of it reasoning), %4 cache write, %5 cache read</source>
        <translation>%1 Eingabe, %2 Ausgabe (davon %3 Reasoning), %4 Cache-Schreiben, %5 Cache-Lesen</translation>
    </message>
</context>
<context>
    <name>TrayText</name>
    <message>
        <source>no typical week yet</source>
        <translation>noch keine typische Woche</translation>
    </message>
    <message>
        <source>below your typical pace</source>
        <translation>unter deinem üblichen Tempo</translation>
    </message>
    <message>
        <source>about your typical pace</source>
        <translation>etwa dein übliches Tempo</translation>
    </message>
    <message>
        <source>above your typical pace</source>
        <translation>über deinem üblichen Tempo</translation>
    </message>
    <message>
        <source>Demo data — not your usage</source>
        <translation>Demodaten — nicht deine Nutzung</translation>
    </message>
    <message>
        <source>Today: %1 (typical day %2)</source>
        <translation>Heute: %1 (typischer Tag %2)</translation>
    </message>
    <message>
        <source>This week: %1, %2</source>
        <translation>Diese Woche: %1, %2</translation>
    </message>
    <message>
        <source>Team band: no team feed configured</source>
        <translation>Team-Band: kein Team-Feed eingerichtet</translation>
    </message>
    <message>
        <source>Spending fast: %1 in the last hour (%2)</source>
        <translation>Schnelle Ausgaben: %1 in der letzten Stunde (%2)</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>below the team p25</source>
        <translation>unter dem p25 des Teams</translation>
    </message>
    <message>
        <source>below the team median</source>
        <translation>unter dem Median des Teams</translation>
    </message>
    <message>
        <source>between the team median and p75</source>
        <translation>zwischen dem Median und p75 des Teams</translation>
    </message>
    <message>
        <source>above the team p75</source>
        <translation>über dem p75 des Teams</translation>
    </message>
    <message>
        <source>no team band for this week</source>
        <translation>kein Team-Band für diese Woche</translation>
    </message>
    <message>
        <source>below p25</source>
        <translation>unter p25</translation>
    </message>
    <message>
        <source>p25–median</source>
        <translation>p25–Median</translation>
    </message>
    <message>
        <source>median–p75</source>
        <translation>Median–p75</translation>
    </message>
    <message>
        <source>above p75</source>
        <translation>über p75</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Team band: none covers this week</source>
        <translation>Team-Band: keines deckt diese Woche ab</translation>
    </message>
    <message numerus="yes">
        <source>Team band: this week %1 (team of %n)</source>
        <translation>
            <numerusform>Team-Band: diese Woche %1 (Team aus %n Person)</numerusform>
            <numerusform>Team-Band: diese Woche %1 (Team aus %n Personen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsupportedAutostart</name>
    <message>
        <source>Starting Tokenwise at login is not supported on this platform yet.</source>
        <translation>Tokenwise bei der Anmeldung zu starten wird auf dieser Plattform noch nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>UsageService</name>
    <message>
        <source>The ledger was damaged (%1). It was moved to %2 and is being rebuilt from the logs; provider history returns with the next poll.</source>
        <translation>Das Journal war beschädigt (%1). Es wurde nach %2 verschoben und wird aus den Logs neu aufgebaut; der Anbieterverlauf kommt mit der nächsten Abfrage zurück.</translation>
    </message>
</context>
<context>
    <name>WeeklySummary</name>
    <message>
        <source>DEMO DATA</source>
        <translation>DEMODATEN</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>PDF export needs the Qt GUI module to be initialised.</source>
        <translation>Der PDF-Export benötigt ein initialisiertes Qt-GUI-Modul.</translation>
    </message>
    <message>
        <source>Could not start the PDF writer.</source>
        <translation>Der PDF-Writer konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>demo (built-in example history)</source>
        <translation>Demo (eingebauter Beispielverlauf)</translation>
    </message>
    <message>
        <source>priced (tokens × list prices)</source>
        <translation>berechnet (Tokens × Listenpreise)</translation>
    </message>
    <message>
        <source>reported by the provider</source>
        <translation>vom Anbieter gemeldet</translation>
    </message>
    <message>
        <source>some tokens unpriced</source>
        <translation>einige Tokens ohne Preis</translation>
    </message>
    <message>
        <source>no usage</source>
        <translation>keine Nutzung</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>kein Verlauf</translation>
    </message>
    <message>
        <source>no spend to compare with</source>
        <translation>keine Ausgaben zum Vergleich</translation>
    </message>
    <message>
        <source>No team feed configured.</source>
        <translation>Kein Team-Feed eingerichtet.</translation>
    </message>
    <message>
        <source>Team band withheld: the feed has fewer than %1 members.</source>
        <translation>Team-Band zurückgehalten: der Feed hat weniger als %1 Mitglieder.</translation>
    </message>
    <message>
        <source>Below the team&apos;s 25th percentile</source>
        <translation>Unter dem 25. Perzentil des Teams</translation>
    </message>
    <message>
        <source>Between the team&apos;s 25th percentile and median</source>
        <translation>Zwischen dem 25. Perzentil und dem Median des Teams</translation>
    </message>
    <message>
        <source>Between the team median and 75th percentile</source>
        <translation>Zwischen dem Median und dem 75. Perzentil des Teams</translation>
    </message>
    <message>
        <source>Above the team&apos;s 75th percentile</source>
        <translation>Über dem 75. Perzentil des Teams</translation>
    </message>
    <message>
        <source> (team of %1: p25 %2, median %3, p75 %4)</source>
        <translation> (Team aus %1: p25 %2, Median %3, p75 %4)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>Gesamtausgaben</translation>
    </message>
    <message>
        <source>Cost basis</source>
        <translation>Kostengrundlage</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>vs previous week (%1)</source>
        <translation>ggü. Vorwoche (%1)</translation>
    </message>
    <message>
        <source>history covers %1 of the 8 weeks</source>
        <translation>Verlauf umfasst %1 der 8 Wochen</translation>
    </message>
    <message>
        <source>vs your median of the previous 8 weeks</source>
        <translation>ggü. deinem Median der letzten 8 Wochen</translation>
    </message>
    <message>
        <source>Team band</source>
        <translation>Team-Band</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1 had %2 hours (clock change).</source>
        <translation>%1 hatte %2 Stunden (Zeitumstellung).</translation>
    </message>
    <message>
        <source>Daily spend by provider</source>
        <translation>Tägliche Ausgaben nach Anbieter</translation>
    </message>
    <message>
        <source>Spend by provider</source>
        <translation>Ausgaben nach Anbieter</translation>
    </message>
    <message>
        <source>No usage this week.</source>
        <translation>Diese Woche keine Nutzung.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Spend by model</source>
        <translation>Ausgaben nach Modell</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache-Lesen</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>† Codex reported no model: priced as gpt-5.</source>
        <translation>† Codex hat kein Modell gemeldet: als gpt-5 berechnet.</translation>
    </message>
    <message>
        <source>Untitled session %1</source>
        <translation type="vanished">Unbenannte Sitzung %1</translation>
    </message>
    <message>
        <source>Top tasks by cost</source>
        <translation>Teuerste Aufgaben</translation>
    </message>
    <message>
        <source>No tasks this week.</source>
        <translation>Diese Woche keine Aufgaben.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Ticket / branch</source>
        <translation>Ticket / Branch</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Per commit</source>
        <translation>Pro Commit</translation>
    </message>
    <message>
        <source>Other tasks this week: %1, together %2.</source>
        <translation>Weitere Aufgaben diese Woche: %1, zusammen %2.</translation>
    </message>
    <message>
        <source>Cache read: the share of the task&apos;s prompt tokens served from cache. Commits and lines show — until they are read from the repository.</source>
        <translation>Cache-Lesen: der Anteil der Prompt-Tokens der Aufgabe, der aus dem Cache kam. Commits und Zeilen zeigen —, bis sie aus dem Repository gelesen werden.</translation>
    </message>
    <message>
        <source>Cache efficiency</source>
        <translation>Cache-Effizienz</translation>
    </message>
    <message>
        <source>No prompt tokens this week.</source>
        <translation>Diese Woche keine Prompt-Tokens.</translation>
    </message>
    <message>
        <source>Cache reads were %1 of prompt tokens (%2 of %3).</source>
        <translation>Cache-Lesezugriffe machten %1 der Prompt-Tokens aus (%2 von %3).</translation>
    </message>
    <message>
        <source>Those reads cost %1; at the input price they would have cost %2: caching saved about %3.</source>
        <translation>Diese Lesezugriffe kosteten %1; zum Eingabepreis hätten sie %2 gekostet: Caching sparte etwa %3.</translation>
    </message>
    <message>
        <source>Savings cover the priced models only.</source>
        <translation>Die Einsparungen beziehen sich nur auf Modelle mit Preis.</translation>
    </message>
    <message>
        <source>Estimate at list prices (standard context), excluding what cache writes cost.</source>
        <translation>Schätzung zu Listenpreisen (Standardkontext), ohne die Kosten für Cache-Schreibvorgänge.</translation>
    </message>
    <message>
        <source>Model fit (estimates)</source>
        <translation>Modellwahl (Schätzungen)</translation>
    </message>
    <message>
        <source>No model this week has a cheaper priced sibling.</source>
        <translation>Kein Modell dieser Woche hat ein günstigeres Geschwistermodell mit Preis.</translation>
    </message>
    <message>
        <source>Cheaper sibling</source>
        <translation>Günstigeres Geschwistermodell</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>What-ifs, not judgements: the same tokens at the sibling&apos;s list price. A smaller model may need more turns, or may not manage the task at all.</source>
        <translation>Gedankenspiele, keine Urteile: dieselben Tokens zum Listenpreis des Geschwistermodells. Ein kleineres Modell braucht vielleicht mehr Durchgänge oder schafft die Aufgabe gar nicht.</translation>
    </message>
    <message>
        <source>Surges and budgets</source>
        <translation>Ausgabenspitzen und Budgets</translation>
    </message>
    <message>
        <source>Surge episodes: not configured.</source>
        <translation>Ausgabenspitzen: nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Surge episodes: none this week.</source>
        <translation>Ausgabenspitzen: keine in dieser Woche.</translation>
    </message>
    <message>
        <source>Surge started</source>
        <translation>Spitze begann</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Endete</translation>
    </message>
    <message>
        <source>Budgets: not configured.</source>
        <translation>Budgets: nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Budgets: none set.</source>
        <translation>Budgets: keine festgelegt.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Unpriced models</source>
        <translation>Modelle ohne Preis</translation>
    </message>
    <message>
        <source>None: every model used this week is in the price table.</source>
        <translation>Keine: Jedes diese Woche genutzte Modell steht in der Preistabelle.</translation>
    </message>
    <message>
        <source>* Their tokens are counted but their cost is unknown, not zero.</source>
        <translation>* Ihre Tokens werden gezählt, aber ihre Kosten sind unbekannt, nicht null.</translation>
    </message>
    <message>
        <source>Data coverage</source>
        <translation>Datenabdeckung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Events in ledger</source>
        <translation>Ereignisse im Journal</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Zuletzt gelesen</translation>
    </message>
    <message>
        <source>Used this week</source>
        <translation>Diese Woche genutzt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No source has delivered data yet.</source>
        <translation>Noch keine Quelle hat Daten geliefert.</translation>
    </message>
    <message>
        <source>Data: DEMO — the built-in example history, not your usage.</source>
        <translation>Daten: DEMO — der eingebaute Beispielverlauf, nicht deine Nutzung.</translation>
    </message>
    <message>
        <source>Data: your local Tokenwise ledger.</source>
        <translation>Daten: dein lokales Tokenwise-Journal.</translation>
    </message>
    <message>
        <source>Prices: %1.</source>
        <translation>Preise: %1.</translation>
    </message>
    <message>
        <source>Days run from midnight to midnight in %1.</source>
        <translation>Tage laufen von Mitternacht bis Mitternacht in %1.</translation>
    </message>
    <message>
        <source>Private by design: no prompt text, no keys, no colleague names.</source>
        <translation>Privat von Grund auf: keine Prompt-Texte, keine Schlüssel, keine Namen von Kollegen.</translation>
    </message>
    <message>
        <source>Weekly AI spend — %1</source>
        <translation>Wöchentliche KI-Ausgaben — %1</translation>
    </message>
    <message>
        <source>%1 – %2 · %3</source>
        <translation>%1 – %2 · %3</translation>
    </message>
    <message>
        <source>DEMO DATA — built-in example history, not your usage</source>
        <translation>DEMODATEN — eingebauter Beispielverlauf, nicht deine Nutzung</translation>
    </message>
    <message>
        <source>Daily spend by provider, %1 to %2</source>
        <translation>Tägliche Ausgaben nach Anbieter, %1 bis %2</translation>
    </message>
    <message>
        <source>Tokenwise weekly summary %1 · generated %2</source>
        <translation>Tokenwise-Wochenübersicht %1 · erstellt %2</translation>
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
        <translation>Demo</translation>
    </message>
    <message>
        <source>: your %1 spend %2</source>
        <translation>: deine %1-Ausgaben %2</translation>
    </message>
    <message>
        <source>the band covers %1 of the 7 days</source>
        <translation>das Band umfasst %1 der 7 Tage</translation>
    </message>
    <message>
        <source>The team band adds up the feed&apos;s per-day quantiles over the days it covers: an estimate of a typical week&apos;s spread for that provider, not a ranking.</source>
        <translation>Das Team-Band summiert die Tages-Quantile des Feeds über die abgedeckten Tage: eine Schätzung der Streuung einer typischen Woche für diesen Anbieter, keine Rangliste.</translation>
    </message>
    <message>
        <source>%1, %2: %3 as the provider reported it (%4); the logs priced %5.</source>
        <translation>%1, %2: %3 laut Anbieter (%4); die Logs ergaben berechnet %5.</translation>
    </message>
    <message>
        <source>Spend by model and by task stays priced from the logs.</source>
        <translation>Ausgaben nach Modell und nach Aufgabe bleiben aus den Logs berechnet.</translation>
    </message>
    <message>
        <source>Daily: highest day, %1</source>
        <translation>Täglich: teuerster Tag, %1</translation>
    </message>
    <message>
        <source>%n day(s) at or over</source>
        <translation>%n Tag(e) am oder über dem Limit</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly: %1 to %2</source>
        <translation>Monatlich: %1 bis %2</translation>
    </message>
    <message>
        <source>over</source>
        <translation>überschritten</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Also read, nothing found: %1.</source>
        <translation>Ebenfalls gelesen, nichts gefunden: %1.</translation>
    </message>
    <message>
        <source>a made-up band, as the dashboard shows in the demo</source>
        <translation>ein erfundenes Band, wie es das Dashboard in der Demo zeigt</translation>
    </message>
    <message>
        <source>Other sources: %1.</source>
        <translation>Weitere Quellen: %1.</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>Weitere Quellen</translation>
    </message>
</context>
<context>
    <name>XdgAutostart</name>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tokenwise::AutoExporter</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>tokenwise::BudgetsPage</name>
    <message>
        <source>Daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <source>Weekly budget</source>
        <translation>Wochenbudget</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <source>Surge floor</source>
        <translation>Mindestbetrag für Spitzen</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: hold alerts from</source>
        <translation>&amp;Ruhezeit: Warnungen zurückhalten von</translation>
    </message>
    <message>
        <source>&amp;Daily budget:</source>
        <translation>&amp;Tagesbudget:</translation>
    </message>
    <message>
        <source>&amp;Weekly budget:</source>
        <translation>&amp;Wochenbudget:</translation>
    </message>
    <message>
        <source>&amp;Monthly budget:</source>
        <translation>&amp;Monatsbudget:</translation>
    </message>
    <message>
        <source>You are told at 50, 80 and 100 % of a budget, once each. A budget is a ceiling you choose, never a spending target.</source>
        <translation>Du wirst bei 50, 80 und 100 % eines Budgets benachrichtigt, jeweils einmal. Ein Budget ist eine Obergrenze, die du wählst, nie ein Ausgabenziel.</translation>
    </message>
    <message>
        <source> × your hourly p95</source>
        <translation> × dein stündliches p95</translation>
    </message>
    <message>
        <source>Surge sensitivity</source>
        <translation>Empfindlichkeit für Spitzen</translation>
    </message>
    <message>
        <source>Surge &amp;alert above:</source>
        <translation>Warnung bei Ausgaben&amp;spitzen über:</translation>
    </message>
    <message>
        <source>…and above &amp;at least:</source>
        <translation>…und &amp;oberhalb von mindestens:</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Budgets &amp; alerts</source>
        <translation>Budgets &amp; Warnungen</translation>
    </message>
    <message>
        <source>Per source</source>
        <translation>Pro Quelle</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>Tages</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>Monats</translation>
    </message>
    <message>
        <source>%1 %2 budget</source>
        <translation>%2budget für %1</translation>
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
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="vanished">Aktualisieren</translation>
    </message>
    <message>
        <source>Export weekly summary…</source>
        <translation type="vanished">Wochenübersicht exportieren…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="vanished">Einstellungen…</translation>
    </message>
    <message>
        <source>Demo data — this is the built-in example history, not your usage. Tokenwise found no Claude Code or Codex logs and no provider keys yet.</source>
        <translation type="vanished">Demodaten — das ist der eingebaute Beispielverlauf, nicht deine Nutzung. Tokenwise hat noch keine Logs von Claude Code oder Codex und keine Anbieterschlüssel gefunden.</translation>
    </message>
    <message>
        <source>Demo data notice</source>
        <translation>Hinweis auf Demodaten</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>Reading your usage…</source>
        <translation>Deine Nutzung wird gelesen…</translation>
    </message>
    <message>
        <source>Tokenwise — demo data</source>
        <translation>Tokenwise — Demodaten</translation>
    </message>
    <message>
        <source>Updated %1 · %2 events · costs are tokens × %3 prices%4</source>
        <translation type="vanished">Aktualisiert %1 · %2 Ereignisse · Kosten sind Tokens × %3-Preise%4</translation>
    </message>
    <message>
        <source> · DEMO</source>
        <translation> · DEMO</translation>
    </message>
    <message>
        <source>Demo data — this is the built-in example history, not your usage. Tokenwise found no agent logs and no provider keys yet: the Sources tab shows where it looked.</source>
        <translation>Demodaten — dies ist der eingebaute Beispielverlauf, nicht Ihre Nutzung. Tokenwise hat noch keine Agenten-Logs und keine Anbieter-Schlüssel gefunden: Der Reiter Quellen zeigt, wo es gesucht hat.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export weekly summary…</source>
        <translation>Wochenbericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Find task…</source>
        <translation>Aufgabe &amp;finden…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Quit Tokenwise</source>
        <translation>Tokenwise &amp;beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Tokenwise</source>
        <translation>&amp;Über Tokenwise</translation>
    </message>
    <message>
        <source>About Tokenwise</source>
        <translation>Über Tokenwise</translation>
    </message>
    <message>
        <source>Tokenwise %1: what your AI coding tools cost you, and what that bought. Your own numbers only, kept on this computer.</source>
        <translation>Tokenwise %1: was Ihre KI-Coding-Werkzeuge kosten und was Sie dafür bekommen haben. Nur Ihre eigenen Zahlen, auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Updated %1 · %2 events · costs: %3%4</source>
        <translation>Aktualisiert %1 · %2 Ereignisse · Kosten: %3%4</translation>
    </message>
</context>
<context>
    <name>tokenwise::DesktopShell</name>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>Letzte Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Ledger rebuilt</source>
        <translation>Journal neu aufgebaut</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tokenwise is still running</source>
        <translation>Tokenwise läuft weiter</translation>
    </message>
    <message>
        <source>It stays in the tray. Quit it from the tray menu, or with Ctrl+Q in the dashboard.</source>
        <translation>Es bleibt im Infobereich. Beenden Sie es über das Menü im Infobereich oder mit Ctrl+Q im Dashboard.</translation>
    </message>
    <message>
        <source>%1 (%2 events)</source>
        <translation>%1 (%2 Ereignisse)</translation>
    </message>
    <message>
        <source>Found your usage</source>
        <translation>Ihre Nutzung wurde gefunden</translation>
    </message>
    <message>
        <source>Tokenwise left the demo: %1.</source>
        <translation>Tokenwise hat die Demo verlassen: %1.</translation>
    </message>
</context>
<context>
    <name>tokenwise::DisplayPage</name>
    <message>
        <source>Start Tokenwise when I &amp;log in</source>
        <translation>Tokenwise beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Widget refresh</source>
        <translation>Widget-Aktualisierung</translation>
    </message>
    <message>
        <source>&amp;Widget refreshes every:</source>
        <translation>&amp;Widget aktualisiert alle:</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Anzeigewährung</translation>
    </message>
    <message>
        <source>Display &amp;currency:</source>
        <translation>An&amp;zeigewährung:</translation>
    </message>
    <message>
        <source>Rate per US dollar</source>
        <translation>Kurs pro US-Dollar</translation>
    </message>
    <message>
        <source>&amp;Rate per US dollar:</source>
        <translation>&amp;Kurs pro US-Dollar:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language (after a restart):</source>
        <translation>&amp;Sprache (nach einem Neustart):</translation>
    </message>
    <message>
        <source>Your git and provider e-mail</source>
        <translation>Deine E-Mail für Git und Anbieter</translation>
    </message>
    <message>
        <source>Your &amp;e-mail (git commits, provider identity):</source>
        <translation>Deine &amp;E-Mail (Git-Commits, Anbieter-Identität):</translation>
    </message>
    <message>
        <source>https://… or /path/to/team-feed.json</source>
        <translation>https://… oder /pfad/zu/team-feed.json</translation>
    </message>
    <message>
        <source>Team feed</source>
        <translation>Team-Feed</translation>
    </message>
    <message>
        <source>&amp;Team feed:</source>
        <translation>&amp;Team-Feed:</translation>
    </message>
    <message>
        <source>Display &amp; start-up</source>
        <translation>Anzeige &amp; Start</translation>
    </message>
</context>
<context>
    <name>tokenwise::ExportController</name>
    <message>
        <source>Weekly summary %1 saved</source>
        <translation>Wochenübersicht %1 gespeichert</translation>
    </message>
    <message>
        <source>%1 (demo data)</source>
        <translation>%1 (Demodaten)</translation>
    </message>
    <message>
        <source>Weekly summary %1 not saved</source>
        <translation>Wochenübersicht %1 nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>tokenwise::ExportDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Export weekly summary</source>
        <translation>Wochenübersicht exportieren</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>Woche:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Your own numbers only: no prompt text, no keys, no colleague names.</source>
        <translation>Nur deine eigenen Zahlen: kein Prompt-Text, keine Schlüssel, keine Namen von Kollegen.</translation>
    </message>
    <message>
        <source>Looking for weeks with data…</source>
        <translation>Suche nach Wochen mit Daten…</translation>
    </message>
    <message>
        <source>Cannot read the ledger: %1</source>
        <translation>Das Journal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 · %2 – %3</source>
        <translation>%1 · %2 – %3</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>No weeks with data yet</source>
        <translation>Noch keine Wochen mit Daten</translation>
    </message>
    <message>
        <source>Nothing to export: Tokenwise has not seen any usage yet.</source>
        <translation>Nichts zu exportieren: Tokenwise hat noch keine Nutzung gesehen.</translation>
    </message>
    <message>
        <source>No usage of yours yet: the export will show the built-in demo history, marked DEMO.</source>
        <translation>Noch keine Nutzung von dir: der Export zeigt den eingebauten Demoverlauf, markiert als DEMO.</translation>
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
        <translation>Wochenübersicht speichern</translation>
    </message>
    <message>
        <source>Choose a week to export.</source>
        <translation>Wähle eine Woche zum Exportieren.</translation>
    </message>
    <message>
        <source>Choose where to save the file (a full path).</source>
        <translation>Wähle, wo die Datei gespeichert werden soll (ein vollständiger Pfad).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Schreibe %1…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2, %3 ms).</source>
        <translation type="vanished">%1 gespeichert (%2, %3 ms).</translation>
    </message>
    <message>
        <source>It shows demo data.</source>
        <translation>Sie enthält Demodaten.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>%1 already exists. Press Replace to overwrite it.</source>
        <translation>%1 existiert bereits. Drücken Sie „Ersetzen“, um die Datei zu überschreiben.</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 gespeichert (%2).</translation>
    </message>
</context>
<context>
    <name>tokenwise::ExportPage</name>
    <message>
        <source>Export last week&apos;s summary every Monday morning</source>
        <translation>Jeden Montagmorgen die Übersicht der letzten Woche exportieren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
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
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Folder for weekly summaries</source>
        <translation>Ordner für Wochenübersichten</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>The summary of the week that just ended is written once, on the first run at or after 06:00 on Monday; a computer that was asleep catches up when it wakes. Files are named like tokenwise-2026-W47.pdf.</source>
        <translation>Die Übersicht der gerade beendeten Woche wird einmal geschrieben, beim ersten Lauf am Montag um oder nach 06:00 Uhr; ein Computer, der geschlafen hat, holt das beim Aufwachen nach. Die Dateien heißen z. B. tokenwise-2026-W47.pdf.</translation>
    </message>
    <message>
        <source>Weekly export</source>
        <translation>Wöchentlicher Export</translation>
    </message>
    <message>
        <source>the export folder must be a full path: %1</source>
        <translation>der Exportordner muss ein vollständiger Pfad sein: %1</translation>
    </message>
</context>
<context>
    <name>tokenwise::KeysPage</name>
    <message>
        <source>Anthropic (Admin key)</source>
        <translation>Anthropic (Admin-Schlüssel)</translation>
    </message>
    <message>
        <source>OpenAI (Admin key)</source>
        <translation>OpenAI (Admin-Schlüssel)</translation>
    </message>
    <message>
        <source>Cursor (team Admin key)</source>
        <translation>Cursor (Team-Admin-Schlüssel)</translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation>OpenRouter</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Festlegen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Set the %1 key</source>
        <translation>Den %1-Schlüssel festlegen</translation>
    </message>
    <message>
        <source>Remove the %1 key</source>
        <translation>Den %1-Schlüssel entfernen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the %1:</source>
        <translation>%1 einfügen:</translation>
    </message>
    <message>
        <source>Keys are kept only in your system keychain — never in settings files, the ledger, logs or exports. When no keychain works, Tokenwise says so and stores nothing.</source>
        <translation>Schlüssel werden nur im Schlüsselbund deines Systems aufbewahrt — nie in Einstellungsdateien, im Journal, in Logs oder Exporten. Wenn kein Schlüsselbund funktioniert, sagt Tokenwise das und speichert nichts.</translation>
    </message>
    <message>
        <source>no keychain in this build</source>
        <translation>kein Schlüsselbund in diesem Build</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <source>no secure storage available — keys cannot be kept</source>
        <translation>kein sicherer Speicher verfügbar — Schlüssel können nicht aufbewahrt werden</translation>
    </message>
    <message>
        <source>not stored: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>tokenwise::ModelsTab</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cache read share</source>
        <translation>Anteil Cache-Lesen</translation>
    </message>
    <message>
        <source>What if (estimate)</source>
        <translation>Was wäre wenn (Schätzung)</translation>
    </message>
    <message>
        <source>Spend by model</source>
        <translation>Ausgaben nach Modell</translation>
    </message>
    <message>
        <source>What if: the same tokens priced on the cheaper model of the same family. An estimate to think with, not a judgement: the cheaper model may need more turns.</source>
        <translation>Was wäre wenn: dieselben Tokens zum Preis des günstigeren Modells derselben Familie. Eine Schätzung zum Nachdenken, kein Urteil: das günstigere Modell braucht vielleicht mehr Durchgänge.</translation>
    </message>
    <message numerus="yes">
        <source>%1 over the last %n day(s); %2 % of prompt tokens were read from cache.</source>
        <translation>
            <numerusform>%1 am letzten %n Tag; %2 % der Prompt-Tokens kamen aus dem Cache.</numerusform>
            <numerusform>%1 in den letzten %n Tagen; %2 % der Prompt-Tokens kamen aus dem Cache.</numerusform>
        </translation>
    </message>
    <message>
        <source> (no model in the log: priced as gpt-5)</source>
        <translation> (kein Modell im Log: als gpt-5 berechnet)</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>Difference (estimate)</source>
        <translation>Differenz (Schätzung)</translation>
    </message>
    <message>
        <source>Model mix per day (share of the day&apos;s spend)</source>
        <translation>Modellmix pro Tag (Anteil an den Ausgaben des Tages)</translation>
    </message>
    <message>
        <source>Model mix per day</source>
        <translation>Modellmix pro Tag</translation>
    </message>
    <message>
        <source>An estimate: the same tokens priced on %1.</source>
        <translation>Eine Schätzung: dieselben Tokens zu den Preisen von %1.</translation>
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
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Team band</source>
        <translation>Team-Band</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Nach Anbieter</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Nach Modell</translation>
    </message>
    <message>
        <source>Stack bars</source>
        <translation>Balken stapeln</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>no typical figure yet</source>
        <translation>noch kein typischer Wert</translation>
    </message>
    <message>
        <source>%1 % of your typical %2</source>
        <translation>%1 % deines typischen Werts von %2</translation>
    </message>
    <message>
        <source>typical week %1</source>
        <translation>typische Woche %1</translation>
    </message>
    <message>
        <source>%1 per active day on average</source>
        <translation type="vanished">durchschnittlich %1 pro aktivem Tag</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No team feed configured. The chart&apos;s dashed line is a public reference of about $13 per active day, not your team.</source>
        <translation type="vanished">Kein Team-Feed eingerichtet. Die gestrichelte Linie im Diagramm ist ein öffentlicher Richtwert von etwa $13 pro aktivem Tag, nicht dein Team.</translation>
    </message>
    <message>
        <source>A team band needs an aggregate of at least 5 people; no names or ranks are ever shown.</source>
        <translation>Ein Team-Band braucht ein Aggregat aus mindestens 5 Personen; Namen oder Ranglisten werden nie angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>From the team feed, team of %n.</source>
        <translation>
            <numerusform>Aus dem Team-Feed, Team aus %n Person.</numerusform>
            <numerusform>Aus dem Team-Feed, Team aus %n Personen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo team band: made up, like the rest of the demo data.</source>
        <translation>Demo-Team-Band: erfunden, wie die übrigen Demodaten.</translation>
    </message>
    <message numerus="yes">
        <source>Computed from your organisation&apos;s usage, team of %n.</source>
        <translation>
            <numerusform>Aus der Nutzung deiner Organisation berechnet, Team aus %n Person.</numerusform>
            <numerusform>Aus der Nutzung deiner Organisation berechnet, Team aus %n Personen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Range from</source>
        <translation>Zeitraum von</translation>
    </message>
    <message>
        <source>Range until</source>
        <translation>Zeitraum bis</translation>
    </message>
    <message numerus="yes">
        <source>This week %1, %2: team p25–p75 %3–%4 (median %5) for the same %n day(s).</source>
        <translation>
            <numerusform>Diese Woche %1, %2: Team p25–p75 %3–%4 (Median %5) für denselben %n Tag.</numerusform>
            <numerusform>Diese Woche %1, %2: Team p25–p75 %3–%4 (Median %5) für dieselben %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>No team band covers this week yet; the chart shows the days one covers.</source>
        <translation>Noch kein Team-Band deckt diese Woche ab; das Diagramm zeigt die Tage, die eines abdeckt.</translation>
    </message>
    <message>
        <source>No team feed configured. The chart&apos;s dashed line is a public reference of about %1 per active day, not your team.</source>
        <translation>Kein Team-Feed eingerichtet. Die gestrichelte Linie im Diagramm ist ein öffentlicher Richtwert von etwa %1 pro aktivem Tag, nicht dein Team.</translation>
    </message>
    <message>
        <source>%1 per active day this month</source>
        <translation>%1 pro aktivem Tag in diesem Monat</translation>
    </message>
    <message>
        <source>no usage this month yet</source>
        <translation>in diesem Monat noch keine Nutzung</translation>
    </message>
</context>
<context>
    <name>tokenwise::ProviderPolling</name>
    <message>
        <source>no key: add one in Settings or run `tokenwise keys set %1`</source>
        <translation>kein Schlüssel: füge einen in den Einstellungen hinzu oder führe `tokenwise keys set %1` aus</translation>
    </message>
</context>
<context>
    <name>tokenwise::SettingsDialog</name>
    <message>
        <source>Tokenwise settings</source>
        <translation>Tokenwise-Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>tokenwise::SourcesPage</name>
    <message>
        <source>Read &amp;Claude Code logs (~/.claude, ~/.config/claude, $CLAUDE_CONFIG_DIR)</source>
        <translation type="vanished">Logs von &amp;Claude Code lesen (~/.claude, ~/.config/claude, $CLAUDE_CONFIG_DIR)</translation>
    </message>
    <message>
        <source>Read Code&amp;x CLI logs (~/.codex or $CODEX_HOME)</source>
        <translation type="vanished">Logs der Code&amp;x-CLI lesen (~/.codex oder $CODEX_HOME)</translation>
    </message>
    <message>
        <source>Ticket pattern</source>
        <translation>Ticket-Muster</translation>
    </message>
    <message>
        <source>&amp;Ticket pattern in branch names:</source>
        <translation>&amp;Ticket-Muster in Branch-Namen:</translation>
    </message>
    <message>
        <source>Local logs need no key. Prompt and response text is never stored.</source>
        <translation type="vanished">Lokale Logs brauchen keinen Schlüssel. Prompt- und Antworttexte werden nie gespeichert.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Git author e-mail for commits per task</source>
        <translation>Git-Autor-E-Mail für Commits pro Aufgabe</translation>
    </message>
    <message>
        <source>each repository&apos;s git config user.email</source>
        <translation>git config user.email des jeweiligen Repositorys</translation>
    </message>
    <message>
        <source>&amp;Git author e-mail (commits per task):</source>
        <translation>&amp;Git-Autor-E-Mail (Commits pro Aufgabe):</translation>
    </message>
    <message>
        <source>Read the local data of:</source>
        <translation>Lokale Daten lesen von:</translation>
    </message>
    <message>
        <source>Read %1 data</source>
        <translation>%1-Daten lesen</translation>
    </message>
    <message>
        <source>Source id: %1. Tokenwise only reads these files, never changes them.</source>
        <translation>Quellen-ID: %1. Tokenwise liest diese Dateien nur und ändert sie nie.</translation>
    </message>
    <message>
        <source>Local logs need no key. Prompt and response text is never stored. Where each source looks is shown in the dashboard&apos;s Sources tab.</source>
        <translation>Lokale Logs brauchen keinen Schlüssel. Prompt- und Antworttexte werden nie gespeichert. Wo jede Quelle sucht, zeigt der Reiter Quellen im Dashboard.</translation>
    </message>
</context>
<context>
    <name>tokenwise::SourcesTab</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Lines read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>Übersprungene Zeilen</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation type="vanished">Zuletzt gelesen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Local logs need no key. Provider usage APIs (Anthropic, OpenAI, Cursor, OpenRouter) are added in Settings; their keys stay in your system keychain.</source>
        <translation>Lokale Logs brauchen keinen Schlüssel. Nutzungs-APIs der Anbieter (Anthropic, OpenAI, Cursor, OpenRouter) werden in den Einstellungen hinzugefügt; ihre Schlüssel bleiben im Schlüsselbund deines Systems.</translation>
    </message>
    <message>
        <source>demo history</source>
        <translation>Demoverlauf</translation>
    </message>
    <message>
        <source>demo data: no logs found yet</source>
        <translation>Demodaten: noch keine Logs gefunden</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>last refresh failed: %1</source>
        <translation>letzte Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no logs found</source>
        <translation>keine Logs gefunden</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 malformed, %2 without a timestamp</source>
        <translation>%1 fehlerhaft, %2 ohne Zeitstempel</translation>
    </message>
    <message>
        <source>Last read / poll</source>
        <translation>Zuletzt gelesen / abgefragt</translation>
    </message>
    <message>
        <source>Reported vs priced</source>
        <translation>Gemeldet ggü. berechnet</translation>
    </message>
    <message>
        <source>%1 vs %2 (%3)</source>
        <translation>%1 ggü. %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Over %n day(s) a provider reported: its figure, then what the logs priced for the same days.</source>
        <translation>
            <numerusform>An %n Tag, für den ein Anbieter gemeldet hat: seine Zahl, dann was die Logs für denselben Tag berechnet haben.</numerusform>
            <numerusform>An %n Tagen, für die ein Anbieter gemeldet hat: seine Zahl, dann was die Logs für dieselben Tage berechnet haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>found in %1 (files: %2)</source>
        <translation>gefunden in %1 (Dateien: %2)</translation>
    </message>
    <message>
        <source>no usage yet in %1</source>
        <translation>noch keine Nutzung in %1</translation>
    </message>
    <message>
        <source>not found (looked in %1)</source>
        <translation>nicht gefunden (gesucht in %1)</translation>
    </message>
    <message>
        <source>Source id: %1</source>
        <translation>Quellen-ID: %1</translation>
    </message>
    <message>
        <source>Looked in: %1</source>
        <translation>Gesucht in: %1</translation>
    </message>
</context>
<context>
    <name>tokenwise::Sparkline</name>
    <message>
        <source>Spend over the last 24 hours</source>
        <translation>Ausgaben der letzten 24 Stunden</translation>
    </message>
    <message>
        <source>%1 in the last 24 hours</source>
        <translation>%1 in den letzten 24 Stunden</translation>
    </message>
</context>
<context>
    <name>tokenwise::SpendChart</name>
    <message>
        <source>Daily spend chart</source>
        <translation>Diagramm der täglichen Ausgaben</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Your 7-day mean</source>
        <translation>Dein 7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Public reference ≈ $13 per active day (not your team)</source>
        <translation type="vanished">Öffentlicher Richtwert ≈ $13 pro aktivem Tag (nicht dein Team)</translation>
    </message>
    <message>
        <source>No days in the range.</source>
        <translation>Keine Tage im Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from %1 to %2, %3 in total</source>
        <translation>
            <numerusform>%n Tag von %1 bis %2, insgesamt %3</numerusform>
            <numerusform>%n Tage von %1 bis %2, insgesamt %3</numerusform>
        </translation>
    </message>
    <message>
        <source>highest %1 on %2</source>
        <translation>höchster Wert %1 am %2</translation>
    </message>
    <message>
        <source>your 7-day mean is now %1</source>
        <translation>dein 7-Tage-Mittel liegt jetzt bei %1</translation>
    </message>
    <message>
        <source>dashed line: public reference of about %1 per active day, not your team</source>
        <translation>gestrichelte Linie: öffentlicher Richtwert von etwa %1 pro aktivem Tag, nicht dein Team</translation>
    </message>
    <message>
        <source>team median per day %1, p25–p75 band %2 to %3</source>
        <translation>Team-Median pro Tag %1, p25–p75-Band %2 bis %3</translation>
    </message>
    <message>
        <source>Public reference ≈ %1 per active day (not your team)</source>
        <translation>Öffentlicher Richtwert ≈ %1 pro aktivem Tag (nicht dein Team)</translation>
    </message>
    <message>
        <source>Demo team p25–p75 per day (made up)</source>
        <translation>Demo-Team p25–p75 pro Tag (erfunden)</translation>
    </message>
    <message numerus="yes">
        <source>Team p25–p75 per day (team of %n)</source>
        <translation>
            <numerusform>Team p25–p75 pro Tag (Team aus %n Person)</numerusform>
            <numerusform>Team p25–p75 pro Tag (Team aus %n Personen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Team median per day</source>
        <translation>Team-Median pro Tag</translation>
    </message>
</context>
<context>
    <name>tokenwise::SpendWidget</name>
    <message>
        <source>DEMO DATA</source>
        <translation>DEMODATEN</translation>
    </message>
    <message>
        <source>Tokenwise — today</source>
        <translation>Tokenwise — heute</translation>
    </message>
    <message>
        <source>Tokenwise spend widget</source>
        <translation>Tokenwise-Ausgaben-Widget</translation>
    </message>
    <message>
        <source>Click to refresh, double-click for the dashboard, drag to move, Esc to hide</source>
        <translation>Klicken zum Aktualisieren, Doppelklick für das Dashboard, Ziehen zum Verschieben, Esc zum Ausblenden</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Heute %1</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>Woche %1 · %2</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
</context>
<context>
    <name>tokenwise::TaskTableModel</name>
    <message>
        <source>several</source>
        <translation>mehrere</translation>
    </message>
    <message>
        <source>Includes models missing from the price table: their cost is unknown, not zero.</source>
        <translation>Enthält Modelle, die in der Preistabelle fehlen: ihre Kosten sind unbekannt, nicht null.</translation>
    </message>
    <message>
        <source>Priced: tokens × the price table</source>
        <translation type="vanished">Berechnet: Tokens × Preistabelle</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n task(s))</source>
        <translation>
            <numerusform>%1 (%n Aufgabe)</numerusform>
            <numerusform>%1 (%n Aufgaben)</numerusform>
        </translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Ticket / branch</source>
        <translation>Ticket / Branch</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache-Lesen</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>Aktive Zeit</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Your non-merge commits in this repository while the task was active (git log)</source>
        <translation>Deine Nicht-Merge-Commits in diesem Repository, während die Aufgabe aktiv war (git log)</translation>
    </message>
    <message>
        <source>Off: git is not installed, the folder is not a git repository, or no author e-mail is known</source>
        <translation>Aus: git ist nicht installiert, der Ordner ist kein git-Repository oder keine Autor-E-Mail ist bekannt</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Cost / commit</source>
        <translation>Kosten / Commit</translation>
    </message>
    <message>
        <source>%1 projects</source>
        <translation>%1 Projekte</translation>
    </message>
</context>
<context>
    <name>tokenwise::TaskTimelineChart</name>
    <message>
        <source>Task cost over time</source>
        <translation>Aufgabenkosten im Zeitverlauf</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Kosten pro Stunde</translation>
    </message>
    <message>
        <source>Cost per day</source>
        <translation>Kosten pro Tag</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>tokenwise::TasksTab</name>
    <message>
        <source>Filter by task, project, ticket or branch</source>
        <translation>Nach Aufgabe, Projekt, Ticket oder Branch filtern</translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <translation>Aufgaben filtern</translation>
    </message>
    <message>
        <source>Each task</source>
        <translation>Jede Aufgabe</translation>
    </message>
    <message>
        <source>By ticket</source>
        <translation>Nach Ticket</translation>
    </message>
    <message>
        <source>By branch</source>
        <translation>Nach Branch</translation>
    </message>
    <message>
        <source>By project</source>
        <translation>Nach Projekt</translation>
    </message>
    <message>
        <source>Group tasks</source>
        <translation>Aufgaben gruppieren</translation>
    </message>
    <message>
        <source>Cost per task</source>
        <translation>Kosten pro Aufgabe</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Aufgabendetails</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppieren:</translation>
    </message>
    <message>
        <source>Most expensive tasks first — tasks, not people. Commits per task appear when the repository is reachable and your git e-mail is set in Settings.</source>
        <translation type="vanished">Teuerste Aufgaben zuerst — Aufgaben, nicht Personen. Commits pro Aufgabe erscheinen, wenn das Repository erreichbar ist und deine Git-E-Mail in den Einstellungen gesetzt ist.</translation>
    </message>
    <message>
        <source>Select a task to see what it cost and what it used.</source>
        <translation>Wähle eine Aufgabe, um zu sehen, was sie gekostet und was sie verbraucht hat.</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Ticket:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>Aktiv:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <source> + unpriced models</source>
        <translation> + Modelle ohne Preis</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Tokens:</translation>
    </message>
    <message>
        <source>%1 input, %2 output, %3 cache write, %4 cache read</source>
        <translation type="vanished">%1 Eingabe, %2 Ausgabe, %3 Cache-Schreiben, %4 Cache-Lesen</translation>
    </message>
    <message>
        <source>Commits:</source>
        <translation>Commits:</translation>
    </message>
    <message>
        <source>— (not known)</source>
        <translation type="vanished">— (unbekannt)</translation>
    </message>
    <message>
        <source>Model mix</source>
        <translation>Modellmix</translation>
    </message>
    <message>
        <source>Most expensive tasks first — tasks, not people. Commits and lines are yours, in the task&apos;s repository while it was active (git user.email, or the author set in Settings).</source>
        <translation>Teuerste Aufgaben zuerst — Aufgaben, nicht Personen. Commits und Zeilen sind deine, im Repository der Aufgabe, während sie aktiv war (git user.email oder der in den Einstellungen festgelegte Autor).</translation>
    </message>
    <message>
        <source>%1 (+%2 −%3 lines)</source>
        <translation>%1 (+%2 −%3 Zeilen)</translation>
    </message>
    <message>
        <source>— (no git repository reachable)</source>
        <translation>— (kein git-Repository erreichbar)</translation>
    </message>
</context>
<context>
    <name>tokenwise::TrayController</name>
    <message>
        <source>Open dashboard</source>
        <translation>Dashboard öffnen</translation>
    </message>
    <message>
        <source>Show 15-minute widget</source>
        <translation>15-Minuten-Widget anzeigen</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Export weekly summary…</source>
        <translation>Wochenübersicht exportieren…</translation>
    </message>
    <message>
        <source>Pause alerts</source>
        <translation>Warnungen pausieren</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Resume alerts</source>
        <translation>Warnungen fortsetzen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit Tokenwise</source>
        <translation>Tokenwise beenden</translation>
    </message>
    <message>
        <source>Alerts paused until %1</source>
        <translation>Warnungen pausiert bis %1</translation>
    </message>
</context>
<context>
    <name>tokenwise::report</name>
    <message>
        <source>Other sources</source>
        <translation type="vanished">Weitere Quellen</translation>
    </message>
</context>
</TS>
