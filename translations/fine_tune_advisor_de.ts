<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiKeyDialog</name>
    <message>
        <location filename="../ui/api_key_dialog.py" line="+57"/>
        <source>Anthropic API key</source>
        <translation>Anthropic-API-Schlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;Anthropic API key&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Anthropic-API-Schlüssel&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key in use</source>
        <translation>Verwendeter Schlüssel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key store</source>
        <translation>Schlüsselspeicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste a new key (sk-ant-…)</source>
        <translation>Neuen Schlüssel einfügen (sk-ant-…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save key</source>
        <translation>Schlüssel &amp;speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use for this &amp;session only</source>
        <translation>Nur für diese &amp;Sitzung verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the key in memory until the app closes; it is never saved.</source>
        <translation>Den Schlüssel bis zum Schließen der App im Arbeitsspeicher halten; er wird nie gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Test key</source>
        <translation>Schlüssel &amp;testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the Claude API which models this key may use.</source>
        <translation>Die Claude-API fragen, welche Modelle dieser Schlüssel nutzen darf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete key</source>
        <translation>Schlüssel &amp;löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Replace the key&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schlüssel ersetzen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;In use:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;In Verwendung:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is set, so it takes precedence: a key saved here is used only when that variable is not set.</source>
        <translation>{0} ist gesetzt und hat daher Vorrang: Ein hier gespeicherter Schlüssel wird nur verwendet, wenn diese Variable nicht gesetzt ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A saved key is kept in &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Ein gespeicherter Schlüssel liegt in &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source> The environment variable still takes precedence.</source>
        <translation> Die Umgebungsvariable hat weiterhin Vorrang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved in {0}.</source>
        <translation>Gespeichert in {0}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kept for this session only: it is forgotten when the app closes.</source>
        <translation>Nur für diese Sitzung behalten: Er wird beim Schließen der App vergessen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key was deleted.</source>
        <translation>Der Schlüssel wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing the key…</source>
        <translation>Schlüssel wird getestet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✔ The key works: 1 model available to it.</source>
        <translation>✔ Der Schlüssel funktioniert: 1 Modell ist für ihn verfügbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ The key works: {0} models available to it.</source>
        <translation>✔ Der Schlüssel funktioniert: {0} Modelle sind für ihn verfügbar.</translation>
    </message>
</context>
<context>
    <name>BatchRuns</name>
    <message>
        <location filename="../ui/prompt_lab/batch_runs.py" line="+55"/>
        <source>Submitting the batch…</source>
        <translation>Der Batch wird übermittelt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the batch ({0})…</source>
        <translation>Der Batch wird geprüft ({0})…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled: the batch was cancelled at Anthropic too; requests it had not processed are not billed.</source>
        <translation>Abgebrochen: Der Batch wurde auch bei Anthropic abgebrochen; noch nicht verarbeitete Anfragen werden nicht berechnet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped checking. The batch goes on at Anthropic: reopen this assessment, or press Resume, to collect its results.</source>
        <translation>Prüfung beendet. Der Batch läuft bei Anthropic weiter: Öffnen Sie diese Bewertung erneut oder klicken Sie auf „Fortsetzen“, um seine Ergebnisse abzuholen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The batch finished; the results are saved in the assessment.</source>
        <translation>Der Batch ist fertig; die Ergebnisse sind in der Bewertung gespeichert.</translation>
    </message>
</context>
<context>
    <name>ChoiceControl</name>
    <message>
        <location filename="../ui/answer_controls.py" line="+113"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>CompareRunsDialog</name>
    <message>
        <location filename="../ui/prompt_lab/compare.py" line="+125"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compare two runs</source>
        <translation>Zwei Läufe vergleichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Older run</source>
        <translation>Älterer Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer run</source>
        <translation>Neuerer Lauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompt changes</source>
        <translation>Änderungen am Prompt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flipped cases</source>
        <translation>Gekippte Fälle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older:</source>
        <translation>Älter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer:</source>
        <translation>Neuer:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;What changed in the prompt&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was sich am Prompt geändert hat&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Cases that flipped&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fälle, deren Ergebnis gekippt ist&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The prompt is the same.</source>
        <translation>Der Prompt ist unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No case changed its outcome.</source>
        <translation>Kein Fall hat sein Ergebnis geändert.</translation>
    </message>
</context>
<context>
    <name>ContextChoice</name>
    <message>
        <location filename="../ui/prompt_lab/context_choice.py" line="+20"/>
        <source>&amp;Prompt alone</source>
        <translation>Nur &amp;Prompt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Full documents</source>
        <translation>&amp;Ganze Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;trieve</source>
        <translation>Re&amp;trieval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt alone, as before</source>
        <translation>Nur der Prompt, wie bisher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every document in the system prompt, cached so the repeats read it from the cache</source>
        <translation>Alle Dokumente im System-Prompt, zwischengespeichert, sodass Wiederholungen sie aus dem Cache lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each test, the chunks of the documents that rank highest for its question</source>
        <translation>Für jeden Test die Abschnitte der Dokumente, die für seine Frage am besten passen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source> · {0} cache-read tokens</source>
        <translation> · {0} Cache-Token gelesen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shots: {0} is not a whole number. Write counts such as 0, 1, 2, 4, 8, or leave it empty to send every example.</source>
        <translation>Shots: {0} ist keine ganze Zahl. Geben Sie Anzahlen wie 0, 1, 2, 4, 8 ein oder lassen Sie das Feld leer, um alle Beispiele zu senden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shots: at most {0} counts in one go.</source>
        <translation>Shots: höchstens {0} Anzahlen auf einmal.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Chunks per test (top-k)</source>
        <translation>Abschnitte pro Test (top-k)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many chunks the retrieve context sends with each test</source>
        <translation>Wie viele Abschnitte der Retrieval-Kontext mit jedem Test sendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shots: example counts, such as 0,1,2,4,8</source>
        <translation>Shots: Anzahl der Beispiele, etwa 0,1,2,4,8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run once per count of the lab&apos;s examples (0, 1, 2, 4, 8 …) to draw the few-shot curve; an example that is also a test is never sent.</source>
        <translation>Ein Lauf pro Anzahl der Beispiele des Labors (0, 1, 2, 4, 8 …), um die Few-Shot-Kurve zu zeichnen; ein Beispiel, das auch ein Test ist, wird nie gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>top-k:</source>
        <translation>top-k:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shots:</source>
        <translation>Shots:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Shots: {0} is more than the 1 example the lab can send (an example that is also a test is never sent). Add examples on the Prompt tab, or choose smaller counts.</source>
        <translation>Shots: {0} ist mehr als das eine Beispiel, das das Labor senden kann (ein Beispiel, das auch ein Test ist, wird nie gesendet). Fügen Sie auf der Registerkarte „Prompt“ Beispiele hinzu oder wählen Sie kleinere Anzahlen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shots: {0} is more than the {1} examples the lab can send (an example that is also a test is never sent). Add examples on the Prompt tab, or choose smaller counts.</source>
        <translation>Shots: {0} ist mehr als die {1} Beispiele, die das Labor senden kann (ein Beispiel, das auch ein Test ist, wird nie gesendet). Fügen Sie auf der Registerkarte „Prompt“ Beispiele hinzu oder wählen Sie kleinere Anzahlen.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../ui/prompt_lab/documents_panel.py" line="+27"/>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moved or deleted</source>
        <translation>verschoben oder gelöscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not added</source>
        <translation>nicht hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Reading {0}…</source>
        <translation>{0} wird gelesen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking {0}…</source>
        <translation>{0} wird geprüft…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indexing 1 document…</source>
        <translation>1 Dokument wird indexiert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indexing {0} documents…</source>
        <translation>{0} Dokumente werden indexiert…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your team&apos;s reference documents, for the &lt;b&gt;Full documents&lt;/b&gt; and &lt;b&gt;Retrieve&lt;/b&gt; contexts on the Tests tab. The assessment keeps each one&apos;s path, size and fingerprint, never its text. Drop files or folders here, or:</source>
        <translation>Die Referenzdokumente Ihres Teams, für die Kontexte &lt;b&gt;Ganze Dokumente&lt;/b&gt; und &lt;b&gt;Retrieval&lt;/b&gt; auf der Registerkarte „Tests“. Die Bewertung speichert von jedem Pfad, Größe und Fingerabdruck, nie seinen Text. Ziehen Sie Dateien oder Ordner hierher, oder:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a fol&amp;der…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a&amp;gain</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at every document again: moved, changed or unreadable ones are named</source>
        <translation>Alle Dokumente erneut ansehen: verschobene, geänderte oder nicht lesbare werden genannt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Documents progress</source>
        <translation>Fortschritt der Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <location line="+98"/>
        <source>No documents yet.</source>
        <translation>Noch keine Dokumente.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Documents status</source>
        <translation>Status der Dokumente</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add documents</source>
        <translation>Dokumente hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents ({0})</source>
        <translation>Dokumente ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add every document in a folder</source>
        <translation>Alle Dokumente eines Ordners hinzufügen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Documents are still being read: wait, or press Cancel.</source>
        <translation>Die Dokumente werden noch gelesen: Warten Sie oder klicken Sie auf „Abbrechen“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the documents…</source>
        <translation>Die Dokumente werden gelesen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking the documents…</source>
        <translation>Die Dokumente werden geprüft…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled: the documents are as they were.</source>
        <translation>Abgebrochen: Die Dokumente sind unverändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The documents could not be read.</source>
        <translation>Die Dokumente konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 document ready</source>
        <translation>1 Dokument bereit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} documents ready</source>
        <translation>{0} Dokumente bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, indexed as {1} chunks for the retrieve context</source>
        <translation>{0}, indexiert als {1} Abschnitte für den Retrieval-Kontext</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}; 1 needs you: {1}</source>
        <translation>{0}; 1 braucht Ihre Aufmerksamkeit: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}; {1} need you: {2}</source>
        <translation>{0}; {1} brauchen Ihre Aufmerksamkeit: {2}</translation>
    </message>
</context>
<context>
    <name>LabellingDialog</name>
    <message>
        <location filename="../ui/dataset_dialog.py" line="+30"/>
        <source>Inputs (*.csv *.jsonl);;All files (*)</source>
        <translation>Eingaben (*.csv *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training set (*.jsonl);;All files (*)</source>
        <translation>Trainingsdatensatz (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Label a training set</source>
        <translation>Trainingsdaten beschriften</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Claude answers each of your inputs with the lab&apos;s prompt. The answers become a training set in chat JSONL, the format Together, Fireworks, Axolotl, Unsloth and TRL read. Answers that fail the inputs&apos; expectations are left out and counted.</source>
        <translation>Claude beantwortet jede Ihrer Eingaben mit dem Prompt des Labors. Die Antworten werden zu einem Trainingsdatensatz in Chat-JSONL, dem Format, das Together, Fireworks, Axolotl, Unsloth und TRL lesen. Antworten, die die Erwartungen der Eingaben nicht erfüllen, werden weggelassen und gezählt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a CSV or JSONL of inputs, one per row</source>
        <translation>eine CSV- oder JSONL-Datei mit Eingaben, eine pro Zeile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Through the Message Batches API: half the price, answers within 24 hours</source>
        <translation>Über die Message Batches API: halber Preis, Antworten innerhalb von 24 Stunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The share of inputs written to OUT.validation.jsonl, chosen by each input&apos;s content, so the split never moves</source>
        <translation>Der Anteil der Eingaben, der nach OUT.validation.jsonl geschrieben wird, gewählt nach dem Inhalt jeder Eingabe, sodass sich die Aufteilung nie verschiebt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Inputs:</source>
        <translation>&amp;Eingaben:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Teacher &amp;model:</source>
        <translation>Lehrer&amp;modell:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Validation share:</source>
        <translation>&amp;Validierungsanteil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Output:</source>
        <translation>&amp;Ausgabe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the inputs to see what labelling them costs.</source>
        <translation>Wählen Sie die Eingaben, um zu sehen, was ihr Beschriften kostet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;a href=&quot;{0}&quot;&gt;Anthropic&apos;s terms&lt;/a&gt; let you train models that do not compete with Claude on its outputs; a competing model needs their written permission (checked 2026-12-07).</source>
        <translation>&lt;a href=&quot;{0}&quot;&gt;Die Bedingungen von Anthropic&lt;/a&gt; erlauben es, mit Claudes Ausgaben Modelle zu trainieren, die nicht mit Claude konkurrieren; ein konkurrierendes Modell braucht ihre schriftliche Erlaubnis (geprüft am 07.12.2026).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Label</source>
        <translation>&amp;Beschriften</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+166"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Inputs to label</source>
        <translation>Zu beschriftende Eingaben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write the training set to</source>
        <translation>Trainingsdatensatz schreiben nach</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the inputs…</source>
        <translation>Die Eingaben werden gelesen…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{0} inputs · about {1} tokens in and at most {2} out each.</source>
        <translation>{0} Eingaben · je etwa {1} Token hinein und höchstens {2} heraus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} {1} is not in the price table: the cost is unknown.</source>
        <translation>{0} {1} steht nicht in der Preistabelle: Die Kosten sind unbekannt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} At most {1} directly, {2} through the Message Batches API (you chose through batches).</source>
        <translation>{0} Höchstens {1} direkt, {2} über die Message Batches API (Sie haben Batches gewählt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} At most {1} directly, {2} through the Message Batches API (you chose directly).</source>
        <translation>{0} Höchstens {1} direkt, {2} über die Message Batches API (Sie haben direkt gewählt).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} of {1} inputs were labelled into {2} before: Label carries on from there.</source>
        <translation>{0} von {1} Eingaben wurden bereits nach {2} beschriftet: „Beschriften“ macht dort weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} inputs were labelled into {1} before: Label carries on from there.</source>
        <translation>{0} Eingaben wurden bereits nach {1} beschriftet: „Beschriften“ macht dort weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> A batch sent then is checked, not sent again.</source>
        <translation> Ein damals gesendeter Batch wird geprüft, nicht erneut gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} exists: Label asks before replacing it.</source>
        <translation>{0} existiert: „Beschriften“ fragt, bevor die Datei ersetzt wird.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the inputs to label first (a CSV or JSONL file).</source>
        <translation>Wählen Sie zuerst die zu beschriftenden Eingaben (eine CSV- oder JSONL-Datei).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the inputs again: Label once the cost shows (above).</source>
        <translation>Die Eingaben werden erneut gelesen: Beschriften Sie, sobald die Kosten (oben) angezeigt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to write the training set (Output).</source>
        <translation>Wählen Sie, wohin der Trainingsdatensatz geschrieben wird (Ausgabe).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the training set?</source>
        <translation>Trainingsdatensatz ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} exists. Replace it with the new labels?</source>
        <translation>{0} existiert. Durch die neuen Beschriftungen ersetzen?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sending the batch…</source>
        <translation>Der Batch wird gesendet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labelling…</source>
        <translation>Wird beschriftet…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch {0} sent: Anthropic answers it within 24 hours; Cancel stops it there too. What is answered is kept for the next time.</source>
        <translation>Batch {0} gesendet: Anthropic beantwortet ihn innerhalb von 24 Stunden; „Abbrechen“ stoppt ihn auch dort. Was beantwortet ist, bleibt für das nächste Mal erhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Labelled {0} of {1} inputs…</source>
        <translation>{0} von {1} Eingaben beschriftet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch {0}: {1} of {2} inputs answered so far. Anthropic answers within 24 hours; Cancel stops the batch there too.</source>
        <translation>Batch {0}: bisher {1} von {2} Eingaben beantwortet. Anthropic antwortet innerhalb von 24 Stunden; „Abbrechen“ stoppt den Batch auch dort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the output</source>
        <translation>die Ausgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> The batch was cancelled at Anthropic too.</source>
        <translation> Der Batch wurde auch bei Anthropic abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: {0} of {1} inputs labelled are kept; Label carries on from there.</source>
        <translation>Abgebrochen: {0} von {1} beschrifteten Eingaben bleiben erhalten; „Beschriften“ macht dort weiter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {0} examples to {1} and {2} to {3}.</source>
        <translation>{0} Beispiele nach {1} und {2} nach {3} geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote {0} examples to {1}.</source>
        <translation>{0} Beispiele nach {1} geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} left out: the teacher&apos;s reply failed the inputs&apos; expectations.</source>
        <translation>{0} weggelassen: Die Antwort des Lehrermodells erfüllte die Erwartungen der Eingaben nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} could not be labelled (errors): Label again to retry them.</source>
        <translation>{0} konnten nicht beschriftet werden (Fehler): Beschriften Sie erneut, um sie noch einmal zu versuchen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped: {0} {1} of {2} inputs labelled are kept; Label carries on from there.</source>
        <translation>Angehalten: {0} {1} von {2} beschrifteten Eingaben bleiben erhalten; „Beschriften“ macht dort weiter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: {0} Label carries on from there.</source>
        <translation>Angehalten: {0} „Beschriften“ macht dort weiter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="+92"/>
        <source>Screens</source>
        <translation>Bildschirme</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt lab</source>
        <translation>Prompt-Labor</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label a Training Set…</source>
        <translation>Trainingsdaten &amp;beschriften…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claude labels your inputs with the lab&apos;s prompt: a training set for distilling into a small model</source>
        <translation>Claude beschriftet Ihre Eingaben mit dem Prompt des Labors: Trainingsdaten, um ein kleines Modell zu destillieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API key…</source>
        <translation>&amp;API-Schlüssel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the &amp;advisor decides</source>
        <translation>Wie der &amp;Berater entscheidet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How &amp;costs are computed</source>
        <translation>Wie die &amp;Kosten berechnet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About {0}</source>
        <translation>&amp;Über {0}</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Cannot open this file</source>
        <translation>Diese Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot open the example</source>
        <translation>Das Beispiel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to {0}</source>
        <translation>Gespeichert unter {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is no longer there, so it was removed from the recent files.</source>
        <translation>{0} ist nicht mehr vorhanden und wurde deshalb aus den zuletzt geöffneten Dateien entfernt.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../ui/prompt_lab/matrix.py" line="+29"/>
        <source>✔ pass</source>
        <translation>✔ bestanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✘ fail</source>
        <translation>✘ nicht bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ error</source>
        <translation>⚠ Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>– not run</source>
        <translation>– nicht gelaufen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>run {0}</source>
        <translation>Lauf {0}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(no output)</source>
        <translation>(keine Ausgabe)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/overview_page.py" line="+18"/>
        <source>&lt;h2&gt;Assessment&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bewertung&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name this assessment and keep notes for whoever reads the summary.</source>
        <translation>Geben Sie der Bewertung einen Namen und halten Sie Notizen für alle fest, die die Zusammenfassung lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: Support-ticket triage</source>
        <translation>Zum Beispiel: Support-Tickets vorsortieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment title</source>
        <translation>Titel der Bewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context, decisions, open questions…</source>
        <translation>Kontext, Entscheidungen, offene Fragen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where this assessment stands</source>
        <translation>Stand dieser Bewertung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>OwnModelControl</name>
    <message>
        <location filename="../ui/prompt_lab/own_model.py" line="+46"/>
        <source>Batch mode sends Claude&apos;s requests only: untick it to run {0} too, or untick your own model.</source>
        <translation>Der Batch-Modus sendet nur Claudes Anfragen: Schalten Sie ihn aus, um auch {0} laufen zu lassen, oder schalten Sie Ihr eigenes Modell aus.</translation>
    </message>
    <message>
        <location line="+199"/>
        <location line="+21"/>
        <source>Also on your own model</source>
        <translation>Auch auf Ihrem eigenen Modell</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+24"/>
        <source>Your own &amp;model…</source>
        <translation>Eigenes M&amp;odell…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your own model: an OpenAI-compatible server of yours, run beside Claude</source>
        <translation>Ihr eigenes Modell: ein OpenAI-kompatibler Server von Ihnen, neben Claude ausgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up your own model</source>
        <translation>Eigenes Modell einrichten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own model warning</source>
        <translation>Warnung zum eigenen Modell</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Also on {0}</source>
        <translation>Auch auf {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} at {1}</source>
        <translation>{0} unter {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up your model first</source>
        <translation>Richten Sie zuerst Ihr Modell ein</translation>
    </message>
</context>
<context>
    <name>OwnModelDialog</name>
    <message>
        <location line="-189"/>
        <source>Your own model</source>
        <translation>Ihr eigenes Modell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model id the server serves, e.g. qwen2.5-7b-instruct</source>
        <translation>die Modell-ID, die der Server bereitstellt, z. B. qwen2.5-7b-instruct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model name</source>
        <translation>Modellname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget the saved key</source>
        <translation>Gespeicherten Schlüssel &amp;vergessen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per million tokens</source>
        <translation>Pro Million Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GPU-hours and throughput</source>
        <translation>GPU-Stunden und Durchsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price as</source>
        <translation>Preis als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> $ / M input</source>
        <translation> $ / M Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> $ / M output</source>
        <translation> $ / M Ausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> $ / GPU-hour</source>
        <translation> $ / GPU-Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> tokens / s</source>
        <translation> Token / s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key (optional):</source>
        <translation>&amp;Schlüssel (optional):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Price:</source>
        <translation>&amp;Preis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any OpenAI-compatible server (vLLM, Ollama, llama.cpp, TGI, LM Studio) runs the same tests as Claude, graded alike; its price makes the cost per 1,000 requests comparable.</source>
        <translation>Jeder OpenAI-kompatible Server (vLLM, Ollama, llama.cpp, TGI, LM Studio) führt dieselben Tests wie Claude aus und wird gleich bewertet; sein Preis macht die Kosten pro 1.000 Anfragen vergleichbar.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unpriced: the run shows its pass rate and latency, not its cost.</source>
        <translation>Ohne Preis: Der Lauf zeigt seine Bestehensquote und Latenz, nicht seine Kosten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About {0} per million tokens, input or output (the GPU&apos;s hourly price over the tokens it serves an hour).</source>
        <translation>Etwa {0} pro Million Token, Eingabe oder Ausgabe (der Stundenpreis der GPU geteilt durch die Token, die sie pro Stunde liefert).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a key is saved; type a new one to replace it</source>
        <translation>ein Schlüssel ist gespeichert; geben Sie einen neuen ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A key for this model is saved in {0}.</source>
        <translation>Ein Schlüssel für dieses Modell ist in {0} gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only if the server asks for one</source>
        <translation>nur wenn der Server einen verlangt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A key is kept in the system keyring, never in the file.</source>
        <translation>Ein Schlüssel wird im Schlüsselbund des Systems aufbewahrt, nie in der Datei.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the model a short name: letters, digits, -, _ or . (up to 64), such as mine.</source>
        <translation>Geben Sie dem Modell einen kurzen Namen: Buchstaben, Ziffern, -, _ oder . (bis zu 64), etwa mine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the model id the server serves, as its /v1/models lists it.</source>
        <translation>Geben Sie die Modell-ID an, die der Server bereitstellt, wie sie unter /v1/models aufgeführt ist.</translation>
    </message>
</context>
<context>
    <name>QuestionStep</name>
    <message>
        <location filename="../ui/questionnaire_page.py" line="+55"/>
        <source>&lt;b&gt;Why it matters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warum es zählt&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <location line="+101"/>
        <location line="+7"/>
        <source>Questions answered</source>
        <translation>Beantwortete Fragen</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+177"/>
        <source>%v of %m answered</source>
        <translation>%v von %m beantwortet</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Go to section {0}</source>
        <translation>Zum Abschnitt {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the review of every answer</source>
        <translation>Zum Überblick über alle Antworten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear answer</source>
        <translation>Antwort &amp;löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+182"/>
        <source>&amp;Next →</source>
        <translation>&amp;Weiter →</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>&lt;h2&gt;Questionnaire&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Fragebogen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%v of at least %m answered</source>
        <translation>%v von mindestens %m beantwortet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All answered</source>
        <translation>Alles beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} of {1} answered</source>
        <translation>{0} von {1} beantwortet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>See the &amp;recommendation →</source>
        <translation>Zur &amp;Empfehlung →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next: back to the review →</source>
        <translation>&amp;Weiter: zurück zum Überblick →</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}  ·  QUESTION {1} OF {2}</source>
        <translation>{0}  ·  FRAGE {1} VON {2}</translation>
    </message>
</context>
<context>
    <name>ResultsMatrix</name>
    <message>
        <location filename="../ui/prompt_lab/matrix.py" line="+45"/>
        <source>Results by test and model</source>
        <translation>Ergebnisse nach Test und Modell</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Failures only</source>
        <translation>Nur &amp;Fehlschläge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models &amp;disagree</source>
        <translation>Mo&amp;delle uneinig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the tests that pass on some models and fail on others</source>
        <translation>Nur die Tests, die auf manchen Modellen bestehen und auf anderen nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;matrix…</source>
        <translation>Matri&amp;x exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tests shown</source>
        <translation>Angezeigte Tests</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0} of {1} tests</source>
        <translation>{0} von {1} Tests</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>{0} tests</source>
        <translation>{0} Tests</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Export the matrix</source>
        <translation>Matrix exportieren</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../ui/prompt_lab/results_model.py" line="+11"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tokens in / out</source>
        <translation>Token ein/aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ passed</source>
        <translation>✔ bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✘ failed</source>
        <translation>✘ nicht bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ error</source>
        <translation>⚠ Fehler</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../ui/questionnaire_page.py" line="-280"/>
        <source>&lt;h3&gt;Review your answers&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ihre Antworten im Überblick&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check each answer; &lt;i&gt;Change&lt;/i&gt; takes you back to the question. The recommendation updates as you change anything.</source>
        <translation>Prüfen Sie jede Antwort; &lt;i&gt;Ändern&lt;/i&gt; führt Sie zurück zur Frage. Die Empfehlung passt sich jeder Änderung an.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the answer to: {0}</source>
        <translation>Antwort ändern zur Frage: {0}</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../ui/prompt_lab/runs.py" line="+72"/>
        <source>Repeat each test</source>
        <translation>Jeden Test wiederholen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Concurrency</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch mode (half price, results within 24 h)</source>
        <translation>&amp;Batch-Modus (halber Preis, bis 24 h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send every test as one Message Batch; the run survives closing the app.</source>
        <translation>Alle Tests als einen Message Batch senden; der Lauf übersteht das Schließen der App.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+212"/>
        <source>Also on: none</source>
        <translation>Auch auf: keinem</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Also run on these models</source>
        <translation>Auch auf diesen Modellen ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+216"/>
        <source>Run the same tests on more models, side by side</source>
        <translation>Dieselben Tests auf weiteren Modellen ausführen, nebeneinander</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>R&amp;un all tests</source>
        <translation>Alle Tests a&amp;usführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concurrency:</source>
        <translation>Parallel:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test run progress</source>
        <translation>Fortschritt des Testlaufs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Test results</source>
        <translation>Testergebnisse</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Results of</source>
        <translation>Ergebnisse von</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare &amp;runs…</source>
        <translation>Läufe &amp;vergleichen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick two runs of the history: what changed, which cases flipped</source>
        <translation>Zwei Läufe aus dem Verlauf wählen: was sich geändert hat, welche Fälle gekippt sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget ol&amp;d runs…</source>
        <translation>Verlauf kür&amp;zen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep only the newest runs: a long history makes a big file</source>
        <translation>Nur die neuesten Läufe behalten: ein langer Verlauf macht die Datei groß</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export res&amp;ults…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+267"/>
        <source>No run yet.</source>
        <translation>Noch kein Lauf.</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results of:</source>
        <translation>Ergebnisse von:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tests × &amp;models</source>
        <translation>Tests × &amp;Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One model in detail</source>
        <translation>Ein Modell im Detail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Few-shot cur&amp;ve</source>
        <translation>Few-Shot-&amp;Kurve</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There are no tests to run: add one above.</source>
        <translation>Es gibt keine Tests zum Ausführen: Fügen Sie oben einen hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a model first.</source>
        <translation>Wählen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{0} runs</source>
        <translation>{0} Läufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running 1 request on {1}…</source>
        <translation>1 Anfrage wird auf {1} ausgeführt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running {0} requests on {1}…</source>
        <translation>{0} Anfragen werden auf {1} ausgeführt…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Also on: {0}</source>
        <translation>Auch auf: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also on: {0} more models</source>
        <translation>Auch auf: {0} Modellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the same tests on more models, side by side: {0}</source>
        <translation>Dieselben Tests auf weiteren Modellen ausführen, nebeneinander: {0}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Batch submitted ({0}); checking every {1} s. You may close the app: the run resumes when you reopen this assessment.</source>
        <translation>Batch übermittelt ({0}); Prüfung alle {1} s. Sie können die App schließen: Der Lauf wird fortgesetzt, wenn Sie diese Bewertung wieder öffnen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled after 1 request; these partial results are not saved.</source>
        <translation>Nach 1 Anfrage abgebrochen; diese Teilergebnisse werden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled after {0} requests; these partial results are not saved.</source>
        <translation>Nach {0} Anfragen abgebrochen; diese Teilergebnisse werden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finished; the results are saved in the assessment.</source>
        <translation>Fertig; die Ergebnisse sind in der Bewertung gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run stopped.</source>
        <translation>Der Lauf wurde angehalten.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&lt;b&gt;{0} passed, {1} failed, {2} errors&lt;/b&gt; of {3} on {4}</source>
        <translation>&lt;b&gt;{0} bestanden, {1} nicht bestanden, {2} Fehler&lt;/b&gt; von {3} auf {4}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (each run {0}×)</source>
        <translation> (jeder Lauf {0}×)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} input + {1} output tokens</source>
        <translation>{0} Eingabe- + {1} Ausgabe-Token</translation>
    </message>
</context>
<context>
    <name>ShotsCurve</name>
    <message>
        <location filename="../ui/prompt_lab/shots_curve.py" line="+20"/>
        <source>Shots</source>
        <translation>Shots</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass rate</source>
        <translation>Bestehensquote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No few-shot curve yet. On the Tests tab, write shot counts such as 0,1,2,4,8 in Shots and run all tests: each count is a run of the prompt alone with that many of your examples (never one that is also a test).</source>
        <translation>Noch keine Few-Shot-Kurve. Geben Sie auf der Registerkarte „Tests“ unter „Shots“ Anzahlen wie 0,1,2,4,8 ein und führen Sie alle Tests aus: Jede Anzahl ist ein Lauf nur mit dem Prompt und so vielen Ihrer Beispiele (nie einem, das auch ein Test ist).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flat: more examples did not help</source>
        <translation>Flach: Mehr Beispiele haben nicht geholfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rising: more examples still help</source>
        <translation>Steigend: Mehr Beispiele helfen noch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reading yet</source>
        <translation>Noch keine Aussage</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>More examples still help: {0} % at {1} examples ({2}–{3} %) and {4} % at {5} ({6}–{7} %). More labelled examples may help further.</source>
        <translation>Mehr Beispiele helfen noch: {0} % bei {1} Beispielen ({2}–{3} %) und {4} % bei {5} ({6}–{7} %). Weitere beschriftete Beispiele können noch mehr helfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More examples did not help: {0} % at {1} examples ({2}–{3} %) and {4} % at {5} ({6}–{7} %), the intervals overlap. More labelled data is unlikely to help.</source>
        <translation>Mehr Beispiele haben nicht geholfen: {0} % bei {1} Beispielen ({2}–{3} %) und {4} % bei {5} ({6}–{7} %), die Intervalle überlappen sich. Mehr beschriftete Daten helfen wahrscheinlich nicht.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Few-shot curve reading</source>
        <translation>Aussage der Few-Shot-Kurve</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the curve says</source>
        <translation>Was die Kurve sagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Few-shot curve as a table</source>
        <translation>Few-Shot-Kurve als Tabelle</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>One shot count measured: run at least two (such as 0 and 8) to read the curve.</source>
        <translation>Eine Anzahl von Shots gemessen: Führen Sie mindestens zwei aus (etwa 0 und 8), um die Kurve zu deuten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fewer examples did better than more: the curve says nothing about more data.</source>
        <translation>Weniger Beispiele schnitten besser ab als mehr: Die Kurve sagt nichts über mehr Daten.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} shots: {1} % of {2} ({3}–{4} %)</source>
        <translation>{0} Shots: {1} % von {2} ({3}–{4} %)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Few-shot curve chart</source>
        <translation>Diagramm der Few-Shot-Kurve</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No curve yet</source>
        <translation>Noch keine Kurve</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Examples sent (shots)</source>
        <translation>Gesendete Beispiele (Shots)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass rate, % (95 % interval)</source>
        <translation>Bestehensquote in %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass rate against shots</source>
        <translation>Bestehensquote nach Shots</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../ui/prompt_lab/compare.py" line="-152"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass rate (95 % interval)</source>
        <translation>Bestehensquote (95-%-Intervall)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per 1,000 requests</source>
        <translation>Pro 1.000 Anfragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latency p50 / p95</source>
        <translation>Latenz p50 / p95</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>— (no case could be checked)</source>
        <translation>— (kein Fall konnte geprüft werden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} % ({1}–{2} %) of {3}</source>
        <translation>{0} % ({1}–{2} %) von {3}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Models side by side</source>
        <translation>Modelle nebeneinander</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cheapest model meeting the bar</source>
        <translation>Günstigstes Modell, das die Schwelle erreicht</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Answer the quality bar question to have the cheapest model that meets it named here.</source>
        <translation>Beantworten Sie die Frage zur Qualitätsschwelle, damit hier das günstigste Modell genannt wird, das sie erreicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Cheapest model that meets your bar of {0} %:&lt;/b&gt; {1} ({2} per 1,000 requests).</source>
        <translation>&lt;b&gt;Günstigstes Modell, das Ihre Qualitätsschwelle von {0} % erreicht:&lt;/b&gt; {1} ({2} pro 1.000 Anfragen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;No model meets your bar of {0} %&lt;/b&gt; on these tests.</source>
        <translation>&lt;b&gt;Kein Modell erreicht Ihre Qualitätsschwelle von {0} %&lt;/b&gt; bei diesen Tests.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0 cases differ between the models.</source>
        <translation>Kein Fall unterscheidet sich zwischen den Modellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 case differ between the models: {0}</source>
        <translation>1 Fall unterscheidet sich zwischen den Modellen: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} cases differ between the models: {1}</source>
        <translation>{0} Fälle unterscheiden sich zwischen den Modellen: {1}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/welcome_page.py" line="+9"/>
        <source>Most teams that are told to fine-tune a model do better with a general model such as Claude and good prompts. This app walks you through the questions that decide it, prices both paths month by month, and lets you test your own prompts before anyone rents a GPU. You leave with a saved assessment and a one-page summary to share.</source>
        <translation>Die meisten Teams, denen man rät, ein Modell feinabzustimmen, fahren mit einem allgemeinen Modell wie Claude und guten Prompts besser. Diese App führt Sie durch die Fragen, die darüber entscheiden, rechnet beide Wege Monat für Monat durch und lässt Sie Ihre eigenen Prompts testen, bevor jemand eine GPU mietet. Am Ende haben Sie eine gespeicherte Bewertung und eine einseitige Zusammenfassung zum Weitergeben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;h1&gt;Fine-Tune Advisor&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Fine-Tune Advisor&lt;/h1&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Should you fine-tune a model, or prompt Claude?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ein Modell feinabstimmen oder Claude gut anleiten?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New assessment</source>
        <translation>&amp;Neue Bewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore an &amp;example</source>
        <translation>&amp;Beispiel ansehen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Recent assessments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnete Bewertungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open recent assessment {0}</source>
        <translation>Zuletzt geöffnete Bewertung {0} öffnen</translation>
    </message>
</context>
<context>
    <name>answers</name>
    <message>
        <location filename="../ui/answer_controls.py" line="-94"/>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an answer first: the arrow keys pick an option. To leave it unanswered for now, press Alt+N.</source>
        <translation>Wählen Sie zuerst eine Antwort: Die Pfeiltasten wählen eine Option. Um sie vorerst offen zu lassen, drücken Sie Alt+W (Weiter).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a number first. To leave it unanswered for now, press Alt+N.</source>
        <translation>Geben Sie zuerst eine Zahl ein. Um sie vorerst offen zu lassen, drücken Sie Alt+W (Weiter).</translation>
    </message>
</context>
<context>
    <name>batches</name>
    <message>
        <location filename="../advisor/lab/batches.py" line="+338"/>
        <source>earlier</source>
        <translation>früher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 request on {1}, submitted {2}</source>
        <translation>1 Anfrage auf {1}, übermittelt {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} requests on {1}, submitted {2}</source>
        <translation>{0} Anfragen auf {1}, übermittelt {2}</translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <location filename="../advisor/lab/context.py" line="+54"/>
        <source>the documents are about {0} tokens, more than {1}&apos;s {2}-token context holds with room for the prompt: use the retrieve context, or fewer documents.</source>
        <translation>die Dokumente umfassen etwa {0} Token, mehr als der Kontext von {1} mit {2} Token samt Platz für den Prompt fasst: Verwenden Sie den Retrieval-Kontext oder weniger Dokumente.</translation>
    </message>
</context>
<context>
    <name>dataset</name>
    <message>
        <location filename="../advisor/lab/dataset.py" line="+58"/>
        <source>{0}: no inputs in it to label.</source>
        <translation>{0}: keine Eingaben zum Beschriften darin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: the lab&apos;s prompt needs the columns {1}, which the inputs do not have (they have: {2}). Rename a column or change the template; nothing was sent.</source>
        <translation>{0}: Der Prompt des Labors braucht die Spalten {1}, die den Eingaben fehlen (sie haben: {2}). Benennen Sie eine Spalte um oder ändern Sie die Vorlage; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: the lab&apos;s prompt needs the column {1}, which the inputs do not have (they have: {2}). Rename a column or change the template; nothing was sent.</source>
        <translation>{0}: Der Prompt des Labors braucht die Spalte {1}, die den Eingaben fehlt (sie haben: {2}). Benennen Sie eine Spalte um oder ändern Sie die Vorlage; es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../ui/dialogs.py" line="+16"/>
        <source>Fine-Tune Advisor assessments (*.fta.json);;JSON files (*.json);;All files (*)</source>
        <translation>Fine-Tune-Advisor-Bewertungen (*.fta.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “{0}” before closing it?</source>
        <translation>Änderungen an „{0}“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you don&apos;t save, your changes since the last save are lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen seit dem letzten Speichern verloren.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open in another window</source>
        <translation>In einem anderen Fenster geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” is also open in another Fine-Tune Advisor window ({1}).

Changes saved there are not shown here. If both windows save, the second one is asked before it overwrites the other&apos;s changes.</source>
        <translation>„{0}“ ist auch in einem anderen Fine-Tune-Advisor-Fenster geöffnet ({1}).

Dort gespeicherte Änderungen werden hier nicht angezeigt. Wenn beide Fenster speichern, wird das zweite gefragt, bevor es die Änderungen des anderen überschreibt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}” was changed by another program or window since you opened it.</source>
        <translation>„{0}“ wurde seit dem Öffnen von einem anderen Programm oder Fenster geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite replaces those changes with yours (the replaced version is kept as a .bak file). Save As keeps both.</source>
        <translation>Überschreiben ersetzt diese Änderungen durch Ihre (die ersetzte Fassung bleibt als .bak-Datei erhalten). Speichern unter behält beide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open assessment</source>
        <translation>Bewertung öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save assessment</source>
        <translation>Bewertung speichern</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../advisor/lab/documents.py" line="+102"/>
        <source>the document is gone (looked for {0}): moved, renamed or deleted. Put it back, or remove it from the lab&apos;s documents and add it again.</source>
        <translation>das Dokument ist nicht mehr da (gesucht unter {0}): verschoben, umbenannt oder gelöscht. Legen Sie es zurück, oder entfernen Sie es aus den Dokumenten des Labors und fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the document changed since it was added. Add it again to use the new version (its runs so far used the old one).</source>
        <translation>das Dokument hat sich geändert, seit es hinzugefügt wurde. Fügen Sie es erneut hinzu, um die neue Version zu verwenden (die bisherigen Läufe nutzten die alte).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0}: no text found in it. A scanned PDF holds pictures of pages: run it through OCR first, or add the text as a .txt file.</source>
        <translation>{0}: kein Text darin gefunden. Ein gescanntes PDF enthält Bilder von Seiten: Lassen Sie zuerst eine Texterkennung (OCR) darüber laufen, oder fügen Sie den Text als .txt-Datei hinzu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: the lab reads {1} files, not {2}.</source>
        <translation>{0}: Das Labor liest {1}-Dateien, nicht {2}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this</source>
        <translation>diese</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}: cannot be read ({1}). Check that it is there and that you may read it.</source>
        <translation>{0}: kann nicht gelesen werden ({1}). Prüfen Sie, ob die Datei vorhanden ist und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: not a regular file; add the document itself.</source>
        <translation>{0}: keine normale Datei; fügen Sie das Dokument selbst hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} MB is larger than the {2} MB a document may be; split it.</source>
        <translation>{0}: {1} MB ist größer als die {2} MB, die ein Dokument haben darf; teilen Sie es auf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: cannot be read ({1}).</source>
        <translation>{0}: kann nicht gelesen werden ({1}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}: this is a binary file, not text. Add the document it was exported from, or save it as text.</source>
        <translation>{0}: Dies ist eine Binärdatei, kein Text. Fügen Sie das Dokument hinzu, aus dem sie exportiert wurde, oder speichern Sie sie als Text.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{0}: the PDF is encrypted. Save an unprotected copy and add that.</source>
        <translation>{0}: Das PDF ist verschlüsselt. Speichern Sie eine ungeschützte Kopie und fügen Sie diese hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: not a PDF that can be read ({1}). Export it again, or add its text as a .txt file.</source>
        <translation>{0}: kein lesbares PDF ({1}). Exportieren Sie es erneut, oder fügen Sie seinen Text als .txt-Datei hinzu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}: not a Word (.docx) file that can be read ({1}). Save it again as .docx, or add its text as a .txt file.</source>
        <translation>{0}: keine lesbare Word-Datei (.docx) ({1}). Speichern Sie sie erneut als .docx, oder fügen Sie ihren Text als .txt-Datei hinzu.</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../ui/help_dialogs.py" line="+38"/>
        <source>How the advisor decides</source>
        <translation>Wie der Berater entscheidet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How costs are computed</source>
        <translation>Wie die Kosten berechnet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About {0}</source>
        <translation>Über {0}</translation>
    </message>
</context>
<context>
    <name>lab_history</name>
    <message>
        <location filename="../advisor/lab/history.py" line="+131"/>
        <source>no pass rate</source>
        <translation>keine Bestehensquote</translation>
    </message>
    <message>
        <location filename="../advisor/lab/ci_reports.py" line="+16"/>
        <source> · 1 shot</source>
        <translation> · 1 Shot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · {0} shots</source>
        <translation> · {0} Shots</translation>
    </message>
</context>
<context>
    <name>migrations</name>
    <message>
        <location filename="../advisor/document/migrations.py" line="+74"/>
        <source>This file was made by an older version of Fine-Tune Advisor (file version {version}). It opens unchanged; saving writes it in the new format (version {current}), and the file on disk stays as it is until then.</source>
        <translation>Diese Datei wurde mit einer älteren Version von Fine-Tune Advisor erstellt (Dateiversion {version}). Sie wird unverändert geöffnet; beim Speichern wird sie im neuen Format (Version {current}) geschrieben, bis dahin bleibt die Datei auf der Festplatte, wie sie ist.</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../ui/overview_status.py" line="+28"/>
        <source>Not saved yet: File → Save As… keeps it.</source>
        <translation>Noch nicht gespeichert: Datei → Speichern unter… bewahrt sie auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsaved changes</source>
        <translation>ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No prompt-lab run yet.</source>
        <translation>Noch kein Lauf im Prompt-Labor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
</context>
<context>
    <name>targets</name>
    <message>
        <location filename="../advisor/lab/targets.py" line="+59"/>
        <source>--target {0}: {1} is not a web address; give http(s)://HOST[:PORT]/v1</source>
        <translation>--target {0}: {1} ist keine Webadresse; geben Sie http(s)://HOST[:PORT]/v1 an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--target {0}: the address holds a user name or password; give it without them and keep the key in the keyring (user target:NAME)</source>
        <translation>--target {0}: Die Adresse enthält einen Benutzernamen oder ein Passwort; geben Sie sie ohne diese an und bewahren Sie den Schlüssel im Schlüsselbund auf (Benutzer target:NAME)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>target {0}: {1} is plain http to {2}, which would send its key unencrypted. Use https://, or remove the key.</source>
        <translation>Ziel {0}: {1} ist unverschlüsseltes http zu {2}, der Schlüssel würde unverschlüsselt gesendet. Verwenden Sie https:// oder entfernen Sie den Schlüssel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>target {0}: {1} is plain http; the tests and replies travel unencrypted.</source>
        <translation>Ziel {0}: {1} ist unverschlüsseltes http; Tests und Antworten werden unverschlüsselt übertragen.</translation>
    </message>
</context>
</TS>
