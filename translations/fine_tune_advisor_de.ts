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
    <name>AssessmentDocument</name>
    <message>
        <location filename="../ui/document.py" line="+50"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
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
    <name>ChartView</name>
    <message>
        <location filename="../ui/costs/chart_view.py" line="+36"/>
        <source>&amp;Cumulative cost</source>
        <translation>&amp;Kumuliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monthly breakdown</source>
        <translation>&amp;Monatlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What matters most</source>
        <translation>&amp;Was zählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cumulative cost chart</source>
        <translation>Diagramm der kumulierten Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly breakdown chart</source>
        <translation>Diagramm der Monatskosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What matters most chart</source>
        <translation>Diagramm „Was am meisten zählt“</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cost charts</source>
        <translation>Kostendiagramme</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preparing the charts…</source>
        <translation>Die Diagramme werden vorbereitet…</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The {0} chart cannot be drawn: {1}</source>
        <translation>Das Diagramm „{0}“ kann nicht gezeichnet werden: {1}</translation>
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
        <location filename="../ui/prompt_lab/compare.py" line="+128"/>
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
    <name>CostsForm</name>
    <message>
        <location filename="../ui/costs/form.py" line="+33"/>
        <source>Horizon and model</source>
        <translation>Zeitraum und Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API path</source>
        <translation>API-Weg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fine-tuning path</source>
        <translation>Fine-Tuning-Weg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hosting the fine-tuned model</source>
        <translation>Betrieb des feingetunten Modells</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People and upkeep</source>
        <translation>Personal und Pflege</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cheaper of the two</source>
        <translation>Günstigere Variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serverless LoRA (per token)</source>
        <translation>Serverless LoRA (pro Token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rented GPUs (always on)</source>
        <translation>Gemietete GPUs (dauerhaft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legacy</source>
        <translation>älter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retired</source>
        <translation>eingestellt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>${0} in / ${1} out, cache ${2} read / ${3} write, per million tokens</source>
        <translation>{0} $ Eingabe / {1} $ Ausgabe, Cache {2} $ Lesen / {3} $ Schreiben, pro Million Tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; above {0} prompt tokens ${1} in / ${2} out</source>
        <translation>; über {0} Prompt-Tokens {1} $ Eingabe / {2} $ Ausgabe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, as of {0}</source>
        <translation>, Stand {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preset: {0}</source>
        <translation>Vorlage: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;{0}&lt;/p&gt;&lt;p&gt;&lt;i&gt;Sets {1}.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0}&lt;/p&gt;&lt;p&gt;&lt;i&gt;Setzt: {1}.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reset to defaults</source>
        <translation>Auf Standardwerte zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset every cost input to its default</source>
        <translation>Alle Kosteneingaben auf ihre Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget every figure set here; answers still fill in what they imply.</source>
        <translation>Verwirft alle hier gesetzten Zahlen; Ihre Antworten füllen weiterhin aus, was sich aus ihnen ergibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from a preset, or type your own figures. &lt;i&gt;Grey italic figures are defaults.&lt;/i&gt;</source>
        <translation>Beginnen Sie mit einer Vorlage oder geben Sie eigene Zahlen ein. &lt;i&gt;Grau-kursive Zahlen sind Standardwerte.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Use figures from your answers</source>
        <translation>Zahlen aus Ihren Antworten &amp;übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the cost inputs your answers imply</source>
        <translation>Die Kosteneingaben ausfüllen, die sich aus Ihren Antworten ergeben</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Prices…</source>
        <translation>&amp;Preise…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the price table</source>
        <translation>Preistabelle bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See and edit the price of each Claude model, or add one.</source>
        <translation>Die Preise jedes Claude-Modells ansehen und bearbeiten oder ein Modell hinzufügen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Measured figures and ran&amp;ges…</source>
        <translation>Messwerte und &amp;Bandbreiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the figures measured in the lab and the ranges</source>
        <translation>Die im Labor gemessenen Zahlen und die Bandbreiten zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take tokens per request from a lab run, and give uncertain inputs a low and a high for the Monte Carlo.</source>
        <translation>Tokens pro Anfrage aus einem Labor-Lauf übernehmen und unsicheren Eingaben einen niedrigen und einen hohen Wert für die Monte-Carlo-Simulation geben.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} (not in the price table)</source>
        <translation>{0} (nicht in der Preistabelle)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>From your answers: {0}. Change them freely.</source>
        <translation>Aus Ihren Antworten: {0}. Sie können sie frei ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From your answers, used in the projection: {0}. Keep them in the file, or type your own.</source>
        <translation>Aus Ihren Antworten, in der Hochrechnung verwendet: {0}. Übernehmen Sie sie in die Datei oder geben Sie eigene Zahlen ein.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The {0} preset left {1} as your answers imply; type a figure there to change it.</source>
        <translation>Die Vorlage „{0}“ hat {1} so gelassen, wie es sich aus Ihren Antworten ergibt; geben Sie dort eine Zahl ein, um es zu ändern.</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <location filename="../ui/costs/page.py" line="+41"/>
        <source>The model {0} is not in the price table: choose one from the list, or add it under Prices.</source>
        <translation>Das Modell {0} steht nicht in der Preistabelle: Wählen Sie eines aus der Liste oder fügen Sie es unter Preise hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price table has no date; check its prices against the official pricing page ({3}).</source>
        <translation>Die Preistabelle hat kein Datum; prüfen Sie ihre Preise auf der offiziellen Preisseite ({3}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prices are from {0} {4} {5}, {1} days ago (more than {2}); Claude prices change every few months, so check them against the official pricing page ({3}).</source>
        <translation>Die Preise stammen vom {0}. {4} {5}, vor {1} Tagen (mehr als {2}); Claude-Preise ändern sich alle paar Monate, prüfen Sie sie daher auf der offiziellen Preisseite ({3}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache hit share ({0:g} %) and the cache write share ({1:g} %) add up to more than 100 %: together they are at most every input token.</source>
        <translation>Cache-Trefferanteil ({0:g} %) und Cache-Schreibanteil ({1:g} %) ergeben zusammen mehr als 100 %: Zusammen umfassen sie höchstens alle Eingabe-Tokens.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Over {0} months: API path &lt;b&gt;{1}&lt;/b&gt;, fine-tuning path &lt;b&gt;{2}&lt;/b&gt;.&lt;br&gt;Fine-tuning does not break even within {0} months; the API path costs {3} less.</source>
        <translation>Über {0} Monate: API-Weg &lt;b&gt;{1}&lt;/b&gt;, Fine-Tuning-Weg &lt;b&gt;{2}&lt;/b&gt;.&lt;br&gt;Fine-Tuning erreicht den Break-even nicht innerhalb von {0} Monaten; der API-Weg kostet {3} weniger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over {0} months: API path &lt;b&gt;{1}&lt;/b&gt;, fine-tuning path &lt;b&gt;{2}&lt;/b&gt;.&lt;br&gt;Fine-tuning breaks even in month {3} and is {4} cheaper by month {0}.</source>
        <translation>Über {0} Monate: API-Weg &lt;b&gt;{1}&lt;/b&gt;, Fine-Tuning-Weg &lt;b&gt;{2}&lt;/b&gt;.&lt;br&gt;Fine-Tuning erreicht den Break-even in Monat {3} und ist bis Monat {0} um {4} günstiger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Over {0} months: API path &lt;b&gt;{1}&lt;/b&gt;, fine-tuning path &lt;b&gt;{2}&lt;/b&gt;.&lt;br&gt;Fine-tuning breaks even in month {3} but is {4} dearer by month {0}.</source>
        <translation>Über {0} Monate: API-Weg &lt;b&gt;{1}&lt;/b&gt;, Fine-Tuning-Weg &lt;b&gt;{2}&lt;/b&gt;.&lt;br&gt;Fine-Tuning erreicht den Break-even in Monat {3}, ist bis Monat {0} aber um {4} teurer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Over {0} months: self-hosting &lt;b&gt;{1}&lt;/b&gt;; the API path, for reference only, &lt;b&gt;{2}&lt;/b&gt;.</source>
        <translation>Über {0} Monate: Selbstbetrieb &lt;b&gt;{1}&lt;/b&gt;; der API-Weg, nur zum Vergleich, &lt;b&gt;{2}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-hosting breaks even in month {0}.</source>
        <translation>Der Selbstbetrieb erreicht den Break-even in Monat {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-hosting does not break even within {0} months.</source>
        <translation>Der Selbstbetrieb erreicht den Break-even nicht innerhalb von {0} Monaten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priced as serving an open-weights model on your own GPUs: no labelling or training unless you enter it.</source>
        <translation>Berechnet als Betrieb eines Open-Weights-Modells auf Ihren eigenen GPUs: ohne Beschriftung oder Training, sofern Sie keine eingeben.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cost summary</source>
        <translation>Kostenübersicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport chart…</source>
        <translation>Diagramm e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the chart shown as PNG or SVG</source>
        <translation>Das gezeigte Diagramm als PNG oder SVG exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart shown, print-ready, as a PNG or SVG file.</source>
        <translation>Das gezeigte Diagramm druckfertig als PNG- oder SVG-Datei speichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;figures (CSV)…</source>
        <translation>&amp;Zahlen exportieren (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the monthly figures as CSV</source>
        <translation>Die Monatszahlen als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every month&apos;s figures of both paths as a CSV file.</source>
        <translation>Die Zahlen beider Wege für jeden Monat als CSV-Datei speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Both paths priced month by month from your figures. Hover over an input to see where its default comes from.</source>
        <translation>Beide Wege Monat für Monat aus Ihren Zahlen berechnet. Zeigen Sie auf eine Eingabe, um zu sehen, woher ihr Standardwert stammt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h2&gt;Costs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kosten&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The price table cannot be read: {0}</source>
        <translation>Die Preistabelle kann nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No projection: fix the problem below.</source>
        <translation>Keine Hochrechnung: Beheben Sie das unten genannte Problem.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0} is retired; its prices are the last ones published</source>
        <translation>{0} ist eingestellt; seine Preise sind die zuletzt veröffentlichten</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save the chart to {0}: {1}.</source>
        <translation>Das Diagramm kann nicht unter {0} gespeichert werden: {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart saved to {0}</source>
        <translation>Diagramm gespeichert unter {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export figures</source>
        <translation>Zahlen exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot save the figures to {0}: {1}.</source>
        <translation>Die Zahlen können nicht unter {0} gespeichert werden: {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures saved to {0}</source>
        <translation>Zahlen gespeichert unter {0}</translation>
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
    <name>ExamplesEditor</name>
    <message>
        <location filename="../ui/prompt_lab/examples.py" line="+18"/>
        <source>Few-shot examples</source>
        <translation>Few-Shot-Beispiele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input (user turn)</source>
        <translation>Eingabe (Nutzer)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output (assistant turn)</source>
        <translation>Ausgabe (Assistent)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↑ Up</source>
        <translation>↑ Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↓ Down</source>
        <translation>↓ Runter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an example</source>
        <translation>Ein Beispiel hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected example</source>
        <translation>Das ausgewählte Beispiel entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected example up</source>
        <translation>Das ausgewählte Beispiel nach oben verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected example down</source>
        <translation>Das ausgewählte Beispiel nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>ExpectationRow</name>
    <message>
        <location filename="../ui/prompt_lab/expect_editor.py" line="+28"/>
        <source>Kind of expectation</source>
        <translation>Art der Erwartung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expected value</source>
        <translation>Erwarteter Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove this expectation</source>
        <translation>Diese Erwartung entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a JSON Schema, e.g. {&quot;type&quot;: &quot;object&quot;}</source>
        <translation>ein JSON-Schema, z. B. {&quot;type&quot;: &quot;object&quot;}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what the reply is checked against</source>
        <translation>womit die Antwort verglichen wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value needed</source>
        <translation>kein Wert nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rubric in plain words, graded by a model</source>
        <translation>die Bewertungskriterien in einfachen Worten, von einem Modell beurteilt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the schema is not JSON ({0})</source>
        <translation>das Schema ist kein JSON ({0})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the value {0}</source>
        <translation>der Wert: {0}</translation>
    </message>
</context>
<context>
    <name>ExpectationsEditor</name>
    <message>
        <location line="+18"/>
        <source>No expectations: the test passes on any reply.</source>
        <translation>Keine Erwartungen: Der Test besteht mit jeder Antwort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add e&amp;xpectation</source>
        <translation>Er&amp;wartung hinzufügen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Expectations of “{0}”: the reply…</source>
        <translation>Erwartungen an „{0}“: Die Antwort …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a test to edit its expectations.</source>
        <translation>Wählen Sie einen Test, um seine Erwartungen zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} (not saved until fixed).</source>
        <translation>{0} (wird erst nach der Korrektur gespeichert).</translation>
    </message>
</context>
<context>
    <name>ForgetRunsDialog</name>
    <message>
        <location filename="../ui/prompt_lab/forget_runs.py" line="+21"/>
        <source>Forget old runs</source>
        <translation>Alte Läufe vergessen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> of {0}</source>
        <translation> von {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs to keep</source>
        <translation>Zu behaltende Läufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What forgetting does</source>
        <translation>Was das Vergessen bewirkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest runs are kept; the older ones leave the assessment when you save it. Close without saving to keep them after all.</source>
        <translation>Die neuesten Läufe bleiben erhalten; die älteren verlassen die Bewertung, wenn Sie sie speichern. Schließen Sie ohne zu speichern, um sie doch zu behalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the newest:</source>
        <translation>Die neuesten behalten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forget the older runs</source>
        <translation>Die älteren Läufe &amp;vergessen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Forgets 1 run (about {1} MB); the {2} kept take about {3} MB.</source>
        <translation>Vergisst 1 Lauf (etwa {1} MB); die {2} behaltenen belegen etwa {3} MB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgets {0} runs (about {1} MB); the {2} kept take about {3} MB.</source>
        <translation>Vergisst {0} Läufe (etwa {1} MB); die {2} behaltenen belegen etwa {3} MB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to forget: every run is kept.</source>
        <translation>Nichts zu vergessen: Alle Läufe bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>FormChartSplit</name>
    <message>
        <location filename="../ui/costs/split.py" line="+64"/>
        <source>Divider between the inputs and the charts</source>
        <translation>Trenner zwischen den Eingaben und den Diagrammen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/prompt_lab/import_dialog.py" line="+27"/>
        <source>Import tests from {0}</source>
        <translation>Tests aus {0} importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;1 test&lt;/b&gt; in {1} ({2}). The first {3} are shown.</source>
        <translation>&lt;b&gt;1 Test&lt;/b&gt; in {1} ({2}). Die ersten {3} werden angezeigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{0} tests&lt;/b&gt; in {1} ({2}). The first {3} are shown.</source>
        <translation>&lt;b&gt;{0} Tests&lt;/b&gt; in {1} ({2}). Die ersten {3} werden angezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Columns:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Spalten:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview of the first tests</source>
        <translation>Vorschau der ersten Tests</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Replace the 1 current test</source>
        <translation>Den 1 vorhandenen Test &amp;ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace the {0} current tests</source>
        <translation>Die {0} vorhandenen Tests &amp;ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add them after the current tests</source>
        <translation>Hinter den vorhandenen Tests an&amp;fügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import {0}</source>
        <translation>{0} &amp;importieren</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <location filename="../ui/prompt_lab/messages.py" line="+50"/>
        <source>Rate limited (429)</source>
        <translation>Anfragelimit erreicht (429)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claude is overloaded (529)</source>
        <translation>Claude ist überlastet (529)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary failure</source>
        <translation>Vorübergehender Fehler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: retrying in {1} s…</source>
        <translation>{0}: neuer Versuch in {1} s …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Key settings…</source>
        <translation>API-Schlüssel …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick another model</source>
        <translation>Anderes Modell wählen</translation>
    </message>
</context>
<context>
    <name>InputRow</name>
    <message>
        <location filename="../ui/costs/controls.py" line="+36"/>
        <source>measured in run {0}</source>
        <translation>gemessen in Lauf {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measured in a lab run</source>
        <translation>gemessen in einem Labor-Lauf</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a model id from the price table</source>
        <translation>eine Modell-ID aus der Preistabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of {0}</source>
        <translation>einer von {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a whole number above {0:g} and at most {1:g}</source>
        <translation>eine ganze Zahl über {0:g} und höchstens {1:g}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number above {0:g} and at most {1:g}</source>
        <translation>eine Zahl über {0:g} und höchstens {1:g}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number at least {0:g} and at most {1:g}</source>
        <translation>eine ganze Zahl von mindestens {0:g} und höchstens {1:g}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number at least {0:g} and at most {1:g}</source>
        <translation>eine Zahl von mindestens {0:g} und höchstens {1:g}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a whole number above {0:g}</source>
        <translation>eine ganze Zahl über {0:g}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number above {0:g}</source>
        <translation>eine Zahl über {0:g}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number at least {0:g}</source>
        <translation>eine ganze Zahl von mindestens {0:g}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number at least {0:g}</source>
        <translation>eine Zahl von mindestens {0:g}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a whole number at most {0:g}</source>
        <translation>eine ganze Zahl von höchstens {0:g}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number at most {0:g}</source>
        <translation>eine Zahl von höchstens {0:g}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} must be {1} (as a share; here {2} to {3}).</source>
        <translation>{0} muss {1} sein (als Anteil; hier {2} bis {3}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} must be {1}.</source>
        <translation>{0} muss {1} sein.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>{0} Allowed: {1}.</source>
        <translation>{0} Erlaubt: {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;{0}&lt;/p&gt;&lt;p&gt;&lt;i&gt;Default: {1}. Allowed: {2}.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0}&lt;/p&gt;&lt;p&gt;&lt;i&gt;Standardwert: {1}. Erlaubt: {2}.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>from answers</source>
        <translation>aus den Antworten</translation>
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
    <name>MeasuredPanel</name>
    <message>
        <location filename="../ui/costs/measured_panel.py" line="+24"/>
        <source>Measured in the prompt lab</source>
        <translation>Im Prompt-Labor gemessen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab run to measure</source>
        <translation>Labor-Lauf für die Messwerte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use &amp;measured figures</source>
        <translation>Gemessene Zahlen &amp;verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the model, tokens and cache share measured in this run</source>
        <translation>Das Modell, die Tokens und den Cache-Anteil aus diesem Lauf verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets the model, input and output tokens per request and the cache hit share to what the run measured; type over any of them to override it.</source>
        <translation>Setzt das Modell, die Eingabe- und Ausgabe-Tokens pro Anfrage und den Cache-Trefferanteil auf die Messwerte des Laufs; überschreiben Sie einen Wert, um ihn selbst festzulegen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The evidence run (best)</source>
        <translation>Der Lauf der Belege (bester)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run the lab&apos;s tests to measure your real tokens per request.</source>
        <translation>Führen Sie die Tests im Labor aus, um Ihre tatsächlichen Tokens pro Anfrage zu messen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: 1 figure, marked on its field.</source>
        <translation>{0}: 1 Zahl, an ihrem Feld markiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} figures, marked on their fields.</source>
        <translation>{0}: {1} Zahlen, an ihren Feldern markiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing changed: {0}.</source>
        <translation>Nichts geändert: {0}.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../ui/prompt_lab/models.py" line="+44"/>
        <source>{0} in / {1} out per Mtok</source>
        <translation>{0} Eingabe / {1} Ausgabe pro Mio. Token</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} (retired)</source>
        <translation>{0} (eingestellt)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{0} is retired: the API no longer serves it</source>
        <translation>{0} ist eingestellt: Die API bietet es nicht mehr an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no price in the price table</source>
        <translation>kein Preis in der Preistabelle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} (not listed)</source>
        <translation>{0} (nicht gelistet)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no price</source>
        <translation>kein Preis</translation>
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
        <location line="+215"/>
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
        <location line="-191"/>
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
    <name>PricesDialog</name>
    <message>
        <location filename="../ui/costs/prices_dialog.py" line="+27"/>
        <source>Model id</source>
        <translation>Modell-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The id sent to the API, e.g. claude-sonnet-5-5.</source>
        <translation>Die an die API gesendete ID, z. B. claude-sonnet-5-5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name shown in the model list.</source>
        <translation>Der in der Modellliste gezeigte Name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current, legacy (still served; a newer model exists) or retired.</source>
        <translation>current (aktuell), legacy (noch angeboten; es gibt ein neueres Modell) oder retired (eingestellt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per million input tokens.</source>
        <translation>USD pro Million Eingabe-Tokens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per million output tokens.</source>
        <translation>USD pro Million Ausgabe-Tokens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache read</source>
        <translation>Cache lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per million tokens read from the prompt cache.</source>
        <translation>USD pro Million aus dem Prompt-Cache gelesener Tokens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write</source>
        <translation>Cache schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per million tokens written to the prompt cache (5 minutes).</source>
        <translation>USD pro Million in den Prompt-Cache geschriebener Tokens (5 Minuten).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long above</source>
        <translation>Lang ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt tokens above which every token of a request is billed at the long-prompt prices (Haiku 5.5: 100000). Empty: no long-prompt tier.</source>
        <translation>Prompt-Tokens, oberhalb derer jedes Token einer Anfrage zu den Preisen für lange Prompts abgerechnet wird (Haiku 5.5: 100000). Leer: keine Stufe für lange Prompts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long input</source>
        <translation>Lang Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-prompt tier: USD per million input tokens.</source>
        <translation>Stufe für lange Prompts: USD pro Million Eingabe-Tokens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long output</source>
        <translation>Lang Ausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-prompt tier: USD per million output tokens.</source>
        <translation>Stufe für lange Prompts: USD pro Million Ausgabe-Tokens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long cache read</source>
        <translation>Lang Cache lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-prompt tier: USD per million cache-read tokens.</source>
        <translation>Stufe für lange Prompts: USD pro Million aus dem Cache gelesener Tokens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long cache write</source>
        <translation>Lang Cache schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-prompt tier: USD per million cache-write tokens.</source>
        <translation>Stufe für lange Prompts: USD pro Million in den Cache geschriebener Tokens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sampling</source>
        <translation>Kein Sampling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked when the model refuses temperature, top_p and top_k (the Claude 5 generation): the prompt lab never sends them.</source>
        <translation>Angehakt, wenn das Modell temperature, top_p und top_k ablehnt (die Claude-5-Generation): Das Prompt-Labor sendet sie dann nie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked when the model takes an effort setting.</source>
        <translation>Angehakt, wenn das Modell eine Effort-Einstellung annimmt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date the price was read, as YYYY-MM-DD.</source>
        <translation>Das Datum, an dem der Preis abgelesen wurde, als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the price was read: a web address or a contract.</source>
        <translation>Wo der Preis abgelesen wurde: eine Webadresse oder ein Vertrag.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reset to shipped prices</source>
        <translation>Mitgelieferte Preise wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace your prices with the ones shipped with the app? Models you added are removed.</source>
        <translation>Ihre Preise durch die mit der App mitgelieferten ersetzen? Von Ihnen hinzugefügte Modelle werden entfernt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model prices</source>
        <translation>Modellpreise</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Prices in USD per million tokens. Double-click or start typing in a cell to change it; your table is kept in the app&apos;s settings folder.</source>
        <translation>Preise in USD pro Million Tokens. Doppelklicken Sie in eine Zelle oder beginnen Sie zu tippen, um sie zu ändern; Ihre Tabelle wird im Einstellungsordner der App gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems with the prices</source>
        <translation>Probleme mit den Preisen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add model</source>
        <translation>Modell &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a model</source>
        <translation>Ein Modell hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move model</source>
        <translation>Modell ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected model</source>
        <translation>Das ausgewählte Modell entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to &amp;shipped prices…</source>
        <translation>&amp;Mitgelieferte Preise wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to the shipped prices</source>
        <translation>Die mitgelieferten Preise wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the prices</source>
        <translation>Die Preise speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>row {0}</source>
        <translation>Zeile {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {0}: the model id is empty.</source>
        <translation>Zeile {0}: Die Modell-ID ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is listed twice; each model id must be unique.</source>
        <translation>{0} steht zweimal in der Tabelle; jede Modell-ID darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: the {1} price must be a number of 0 or more (USD per million tokens), not “{2}”.</source>
        <translation>{0}: Der Preis „{1}“ muss eine Zahl ab 0 sein (USD pro Million Tokens), nicht „{2}“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: “as of” must be a date such as 2026-11-28, not “{1}”.</source>
        <translation>{0}: „Stand“ muss ein Datum wie 2026-11-28 sein, nicht „{1}“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: the status must be current, legacy or retired, not “{1}”.</source>
        <translation>{0}: Der Status muss current, legacy oder retired sein, nicht „{1}“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The price table must list at least one model.</source>
        <translation>Die Preistabelle muss mindestens ein Modell enthalten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}: “long above” must be a whole number of tokens, such as 100000, not “{1}” (or leave every long-prompt cell empty).</source>
        <translation>{0}: „Lang ab“ muss eine ganze Zahl von Tokens sein, etwa 100000, nicht „{1}“ (oder lassen Sie alle Zellen für lange Prompts leer).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: the {1} price must be a number of 0 or more, not “{2}” (a long-prompt tier needs all four prices).</source>
        <translation>{0}: Der Preis „{1}“ muss eine Zahl ab 0 sein, nicht „{2}“ (eine Stufe für lange Prompts braucht alle vier Preise).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot save the prices: {0}.</source>
        <translation>Die Preise können nicht gespeichert werden: {0}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot remove your price table: {0}.</source>
        <translation>Ihre Preistabelle kann nicht entfernt werden: {0}.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../ui/printing/actions.py" line="+29"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print summary</source>
        <translation>Zusammenfassung drucken</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;HTML…</source>
        <translation>Als &amp;HTML exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Decision Record…</source>
        <translation>Entscheidungsdo&amp;kument exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recommendation as a Markdown architecture decision record (MADR), ready to commit to your repository</source>
        <translation>Die Empfehlung als Architekturentscheidung in Markdown (MADR), bereit zum Einchecken in Ihr Repository</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Untitled assessment</source>
        <translation>Unbenannte Bewertung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exported the summary to {0}</source>
        <translation>Zusammenfassung exportiert nach {0}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer could not be used: {0}</source>
        <translation>Der Drucker konnte nicht verwendet werden: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print preview — summary</source>
        <translation>Druckvorschau — Zusammenfassung</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export summary as PDF</source>
        <translation>Zusammenfassung als PDF exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot export the PDF</source>
        <translation>PDF-Export nicht möglich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export summary as Markdown</source>
        <translation>Zusammenfassung als Markdown exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot export the Markdown</source>
        <translation>Markdown-Export nicht möglich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the decision record</source>
        <translation>Entscheidungsdokument exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot export the decision record</source>
        <translation>Export des Entscheidungsdokuments nicht möglich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export summary as HTML</source>
        <translation>Zusammenfassung als HTML exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot export the HTML</source>
        <translation>HTML-Export nicht möglich</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <location filename="../ui/prompt_lab/editor.py" line="+21"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xhigh</source>
        <translation>sehr hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max</source>
        <translation>maximal</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System prompt</source>
        <translation>System-Prompt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who Claude is and how it should answer…</source>
        <translation>Wer Claude ist und wie es antworten soll …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The user turn; {{ticket}} becomes an input field</source>
        <translation>Die Nutzernachricht; aus {{ticket}} wird ein Eingabefeld</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Leave unticked to use the model&apos;s default.</source>
        <translation>Nicht angehakt: Die Voreinstellung des Modells gilt.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Temperature value</source>
        <translation>Temperaturwert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model default</source>
        <translation>Modellvorgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much effort the model puts into its reply (models that take it).</source>
        <translation>Wie viel Aufwand das Modell in seine Antwort steckt (bei Modellen, die das unterstützen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort:</source>
        <translation>Aufwand:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Max tokens:</source>
        <translation>Max. Tokens:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variables (for Try it)</source>
        <translation>Variablen (zum Ausprobieren)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Few-shot examples</source>
        <translation>Few-Shot-Beispiele</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{0} takes no temperature: the API refuses sampling settings for this model (the Claude 5 generation), so the lab never sends one.</source>
        <translation>{0} nimmt keine Temperatur an: Die API lehnt Sampling-Einstellungen für dieses Modell ab (die Claude-5-Generation), daher sendet das Labor nie eine.</translation>
    </message>
</context>
<context>
    <name>PromptLabPage</name>
    <message>
        <location filename="../ui/prompt_lab/page.py" line="+68"/>
        <source>API key status</source>
        <translation>Status des API-Schlüssels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Key settings…</source>
        <translation>&amp;API-Schlüssel …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h2&gt;Prompt lab&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Prompt-Labor&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try your own task on Claude before anyone labels data or rents a GPU: if a prompt already passes your tests, fine-tuning has to beat that.</source>
        <translation>Probieren Sie Ihre eigene Aufgabe mit Claude aus, bevor jemand Daten labelt oder eine GPU mietet: Wenn ein Prompt Ihre Tests schon besteht, muss Fine-Tuning das übertreffen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Prompt</source>
        <translation>&amp;Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ests</source>
        <translation>&amp;Tests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ocuments</source>
        <translation>Do&amp;kumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label a training set…</source>
        <translation>Trainingssatz labeln …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claude answers your inputs with this prompt: a training set for a small model</source>
        <translation>Claude beantwortet Ihre Eingaben mit diesem Prompt: ein Trainingssatz für ein kleines Modell</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>A batch run is still pending: {0}. Its results can be collected now.</source>
        <translation>Ein Batch-Lauf steht noch aus: {0}. Seine Ergebnisse können jetzt abgeholt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume checking</source>
        <translation>Weiter prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget it</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API key: {0}</source>
        <translation>API-Schlüssel: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No API key yet</source>
        <translation>Noch kein API-Schlüssel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}, from the environment ({1})</source>
        <translation>{0}, aus der Umgebung ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, saved in {1}</source>
        <translation>{0}, gespeichert in {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, kept for this session only (not saved)</source>
        <translation>{0}, nur für diese Sitzung (nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Models from the price table (live list unavailable: {0})</source>
        <translation>Modelle aus der Preistabelle (Live-Liste nicht verfügbar: {0})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Models this key may use (from the API)</source>
        <translation>Modelle, die dieser Schlüssel nutzen darf (von der API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models from the price table</source>
        <translation>Modelle aus der Preistabelle</translation>
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
    <name>RangesPanel</name>
    <message>
        <location filename="../ui/costs/ranges_panel.py" line="+24"/>
        <source>Ranges (low to high)</source>
        <translation>Bandbreiten (niedrig bis hoch)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inputs you are unsure of get a low and a high: 2,000 draws between them shade the cumulative chart from P10 to P90.</source>
        <translation>Unsichere Eingaben erhalten einen niedrigen und einen hohen Wert: 2.000 Ziehungen dazwischen schattieren das kumulierte Diagramm von P10 bis P90.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Propose ranges</source>
        <translation>Vor&amp;schlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose ranges for the inputs the tornado shows as most uncertain</source>
        <translation>Bandbreiten für die Eingaben vorschlagen, die das Tornado-Diagramm als am unsichersten zeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear ranges</source>
        <translation>Alle löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every range</source>
        <translation>Alle Bandbreiten entfernen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{0}, low</source>
        <translation>{0}, niedrig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}, high</source>
        <translation>{0}, hoch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the range of {0}</source>
        <translation>Die Bandbreite von {0} entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The range of {0} is [{1}, {2}] but the value is {3}; the range must hold the value (low ≤ value ≤ high): widen the range or change the value.</source>
        <translation>Die Bandbreite von {0} ist [{1}, {2}], der Wert aber {3}; die Bandbreite muss den Wert enthalten (niedrig ≤ Wert ≤ hoch): Erweitern Sie die Bandbreite oder ändern Sie den Wert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The range of {0}</source>
        <translation>Die Bandbreite von {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No ranges proposed: {0}.</source>
        <translation>Keine Bandbreiten vorgeschlagen: {0}.</translation>
    </message>
</context>
<context>
    <name>RecommendationPage</name>
    <message>
        <location filename="../ui/recommendation_page.py" line="+39"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&lt;p&gt;&lt;b&gt;Costs:&lt;/b&gt; {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kosten:&lt;/b&gt; {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;p&gt;&lt;a href=&quot;action:label&quot;&gt;Label a training set with Claude as the teacher…&lt;/a&gt; (your inputs, the lab&apos;s prompt, the cost shown before anything is sent)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;action:label&quot;&gt;Trainingsdaten mit Claude als Lehrer beschriften…&lt;/a&gt; (Ihre Eingaben, der Prompt des Labors, die Kosten werden angezeigt, bevor etwas gesendet wird)&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change this answer</source>
        <translation>Diese Antwort ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Beantworten</translation>
    </message>
</context>
<context>
    <name>ReplyPane</name>
    <message>
        <location filename="../ui/prompt_lab/reply.py" line="+43"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply appears here as it streams.</source>
        <translation>Die Antwort erscheint hier, während sie eintrifft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply status</source>
        <translation>Status der Antwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply statistics</source>
        <translation>Statistik der Antwort</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the model&apos;s thinking</source>
        <translation>Das Denken des Modells zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thinking</source>
        <translation>Denken</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Thinking (1 word, not graded)</source>
        <translation>Denken (1 Wort, nicht bewertet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thinking ({0} words, not graded)</source>
        <translation>Denken ({0} Wörter, nicht bewertet)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stopping…</source>
        <translation>Wird gestoppt …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Streaming…</source>
        <translation>Antwort kommt …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Waiting to retry…</source>
        <translation>Warten auf neuen Versuch …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stopped: the partial reply is kept (incomplete).</source>
        <translation>Gestoppt: Die Teilantwort bleibt erhalten (unvollständig).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incomplete: the reply was cut off; the part received is kept.</source>
        <translation>Unvollständig: Die Antwort brach ab; der empfangene Teil bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply is incomplete.</source>
        <translation>Die Antwort ist unvollständig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done ({0}).</source>
        <translation>Fertig ({0}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done (complete).</source>
        <translation>Fertig (vollständig).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Failed: incomplete.</source>
        <translation>Fehlgeschlagen: unvollständig.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>{0} ms</source>
        <translation>{0} ms</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&lt;b&gt;Tokens&lt;/b&gt; {0} in · {1} out (thinking included) · {2} cache write · {3} cache read</source>
        <translation>&lt;b&gt;Tokens&lt;/b&gt; {0} Eingabe · {1} Ausgabe (mit Denken) · {2} Cache-Schreiben · {3} Cache-Lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Tokens&lt;/b&gt; {0} in · {1} out · {2} cache write · {3} cache read</source>
        <translation>&lt;b&gt;Tokens&lt;/b&gt; {0} Eingabe · {1} Ausgabe · {2} Cache-Schreiben · {3} Cache-Lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Cost&lt;/b&gt; {0} · &lt;b&gt;Latency&lt;/b&gt; {1} · &lt;b&gt;First token&lt;/b&gt; {2}</source>
        <translation>&lt;b&gt;Kosten&lt;/b&gt; {0} · &lt;b&gt;Latenz&lt;/b&gt; {1} · &lt;b&gt;Erstes Token&lt;/b&gt; {2}</translation>
    </message>
</context>
<context>
    <name>ResultDetail</name>
    <message>
        <location filename="../ui/prompt_lab/result_detail.py" line="+12"/>
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
        <location line="+7"/>
        <source>Selected result in full</source>
        <translation>Ausgewähltes Ergebnis vollständig</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} on {1}: {2}</source>
        <translation>{0} mit {1}: {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why: {0}</source>
        <translation>Warum: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chunks sent ({0}): {1}</source>
        <translation>Gesendete Abschnitte ({0}): {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output: {0}</source>
        <translation>Ausgabe: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output: (none)</source>
        <translation>Ausgabe: (keine)</translation>
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
        <location filename="../ui/prompt_lab/results_model.py" line="+13"/>
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
        <location filename="../ui/prompt_lab/runs.py" line="+73"/>
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
        <location line="+214"/>
        <source>Also on: none</source>
        <translation>Auch auf: keinem</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Also run on these models</source>
        <translation>Auch auf diesen Modellen ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+218"/>
        <source>Run the same tests on more models, side by side</source>
        <translation>Dieselben Tests auf weiteren Modellen ausführen, nebeneinander</translation>
    </message>
    <message>
        <location line="-215"/>
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
        <location line="+269"/>
        <source>No run yet.</source>
        <translation>Noch kein Lauf.</translation>
    </message>
    <message>
        <location line="-267"/>
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
        <location line="+53"/>
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
        <location filename="../ui/prompt_lab/shots_curve.py" line="+21"/>
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
        <location line="+36"/>
        <source>One shot count measured: run at least two (such as 0 and 8) to read the curve.</source>
        <translation>Eine Anzahl von Shots gemessen: Führen Sie mindestens zwei aus (etwa 0 und 8), um die Kurve zu deuten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fewer examples did better than more: the curve says nothing about more data.</source>
        <translation>Weniger Beispiele schnitten besser ab als mehr: Die Kurve sagt nichts über mehr Daten.</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location filename="../ui/prompt_lab/compare.py" line="-154"/>
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
        <location line="+19"/>
        <source>Cheapest model meeting the bar</source>
        <translation>Günstigstes Modell, das die Schwelle erreicht</translation>
    </message>
    <message>
        <location line="+36"/>
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
    <name>TestsModel</name>
    <message>
        <location filename="../ui/prompt_lab/tests_model.py" line="+59"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No expectations: the test passes on any reply.</source>
        <translation>Keine Erwartungen: Der Test besteht mit jeder Antwort.</translation>
    </message>
</context>
<context>
    <name>TestsTable</name>
    <message>
        <location filename="../ui/prompt_lab/tests_table.py" line="+30"/>
        <source>Test sets (*.csv *.jsonl *.ndjson *.yaml *.yml);;All files (*)</source>
        <translation>Testsätze (*.csv *.jsonl *.ndjson *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add test</source>
        <translation>&amp;Neuer Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>Dup&amp;lizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import tests from CSV, JSONL or a promptfoo config (or drop the file here)</source>
        <translation>Tests aus CSV, JSONL oder einer promptfoo-Konfiguration importieren (oder die Datei hierher ziehen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the tests as CSV or JSONL</source>
        <translation>Die Tests als CSV oder JSONL speichern</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Import tests</source>
        <translation>Tests importieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading {0}…</source>
        <translation>{0} wird gelesen …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} was not imported: {1}. Nothing was changed; fix that row and import again.</source>
        <translation>{0} wurde nicht importiert: {1}. Nichts wurde geändert; korrigieren Sie diese Zeile und importieren Sie erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} was not imported: {1} Nothing was changed.</source>
        <translation>{0} wurde nicht importiert: {1} Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported {0} tests from {1}. Your template does not use {2}: add it to the template, or those values are not sent.</source>
        <translation>{0} Tests aus {1} importiert. Ihre Vorlage verwendet {2} nicht: Fügen Sie es der Vorlage hinzu, sonst werden diese Werte nicht gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {0} tests from {1}.</source>
        <translation>{0} Tests aus {1} importiert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export tests</source>
        <translation>Tests exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} was not written: {1}.</source>
        <translation>{0} wurde nicht geschrieben: {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} results</source>
        <translation>{0} Ergebnisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} tests</source>
        <translation>{0} Tests</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write {0}: {1}.</source>
        <translation>{0} konnte nicht geschrieben werden: {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported {0} to {1}.</source>
        <translation>{0} nach {1} exportiert.</translation>
    </message>
</context>
<context>
    <name>TryPanel</name>
    <message>
        <location filename="../ui/prompt_lab/try_panel.py" line="+39"/>
        <source>Sen&amp;d</source>
        <translation>Se&amp;nden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the prompt and stream the reply (Ctrl+Enter)</source>
        <translation>Den Prompt senden und die Antwort live anzeigen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare with</source>
        <translation>&amp;Vergleichen mit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second model</source>
        <translation>Zweites Modell</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Estimate: —</source>
        <translation>Schätzung: —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose a model first.</source>
        <translation>Wählen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot send: {0}.</source>
        <translation>Senden nicht möglich: {0}.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Estimate: type a value for {0} first.</source>
        <translation>Schätzung: Geben Sie zuerst einen Wert für {0} ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimate: type a value for the variables first.</source>
        <translation>Schätzung: Geben Sie zuerst Werte für die Variablen ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimate: choose a model.</source>
        <translation>Schätzung: Wählen Sie ein Modell.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Estimate: counting tokens…</source>
        <translation>Schätzung: Tokens werden gezählt …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Estimate: ≈ {0} input tokens (this model is not in the price table).</source>
        <translation>Schätzung: ≈ {0} Eingabe-Tokens (dieses Modell steht nicht in der Preistabelle).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Estimate: ≈ {0} input tokens · ≈ {1} to send · at most {2} with a {3}-token reply</source>
        <translation>Schätzung: ≈ {0} Eingabe-Tokens · ≈ {1} fürs Senden · höchstens {2} bei einer Antwort mit {3} Tokens</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Estimate: add an API key to count tokens.</source>
        <translation>Schätzung: Fügen Sie einen API-Schlüssel hinzu, um Tokens zu zählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate unavailable: {0}</source>
        <translation>Schätzung nicht verfügbar: {0}</translation>
    </message>
</context>
<context>
    <name>VariablesForm</name>
    <message>
        <location filename="../ui/prompt_lab/editor.py" line="-136"/>
        <source>No variables: write {{name}} in the template to add an input field.</source>
        <translation>Keine Variablen: Schreiben Sie {{name}} in die Vorlage, um ein Eingabefeld hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Value of {0}</source>
        <translation>Wert von {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value for {0}</source>
        <translation>Wert für {0}</translation>
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
    <name>accessibility</name>
    <message>
        <location filename="../ui/accessibility.py" line="+120"/>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
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
    <message>
        <location line="+218"/>
        <source>Enter {0}.</source>
        <translation>Eingabe: {0}.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="+32"/>
        <source>{0}: unexpected error</source>
        <translation>{0}: unerwarteter Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong that the app did not expect. Your open assessment is still here; save it if you can.

The details are in the log file:
{0}</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Ihre geöffnete Bewertung ist noch da; speichern Sie sie, wenn möglich.

Die Einzelheiten stehen in der Protokolldatei:
{0}</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <location filename="../ui/autosave.py" line="+98"/>
        <source>an untitled assessment</source>
        <translation>einer unbenannten Bewertung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recover unsaved changes?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-Tune Advisor closed without saving changes to “{0}”.

Recover the changes autosaved {1}?</source>
        <translation>Fine-Tune Advisor wurde beendet, ohne die Änderungen an „{0}“ zu speichern.

Die {1} automatisch gesicherten Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>earlier</source>
        <translation>zuvor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at {0} on {1}</source>
        <translation>um {0} am {1}</translation>
    </message>
</context>
<context>
    <name>batches</name>
    <message>
        <location filename="../advisor/lab/batches.py" line="+337"/>
        <source>earlier</source>
        <translation>früher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 request on {1}, submitted {2}</source>
        <translation>1 Anfrage an {1}, eingereicht {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} requests on {1}, submitted {2}</source>
        <translation>{0} Anfragen an {1}, eingereicht {2}</translation>
    </message>
</context>
<context>
    <name>chart_text</name>
    <message>
        <location filename="../ui/costs/chart_text.py" line="+18"/>
        <source>never within the horizon</source>
        <translation>nie innerhalb des Zeitraums</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month {0}</source>
        <translation>Monat {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What moves the break-even most, each input from its low to its high value:</source>
        <translation>Was den Break-even am meisten verschiebt, jede Eingabe von ihrem niedrigen bis zu ihrem hohen Wert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: at {1:g} {2} break-even {3}; at {4:g} {2} {5}</source>
        <translation>{0}: bei {1:g} {2} Break-even {3}; bei {4:g} {2} {5}</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../advisor/costs/chart_base.py" line="+85"/>
        <source>${0}M</source>
        <translation>{0}&#xa0;Mio.&#xa0;$</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>${0}k</source>
        <translation>{0}&#xa0;Tsd.&#xa0;$</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../advisor/costs/charts.py" line="+28"/>
        <source>Claude tokens</source>
        <translation>Claude-Tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overhead</source>
        <translation>Gemeinkosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt set-up</source>
        <translation>Prompt-Einrichtung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retrieval</source>
        <translation>Retrieval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labelling</source>
        <translation>Labeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training runs</source>
        <translation>Trainingsläufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retraining</source>
        <translation>Neutraining</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serving</source>
        <translation>Serving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fine-tuned, serverless LoRA</source>
        <translation>Feingetunt, Serverless LoRA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tuned, rented GPUs</source>
        <translation>Feingetunt, gemietete GPUs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-hosted open-weights model</source>
        <translation>Selbst betriebenes Open-Weights-Modell</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Breaks even in month {0}
and stays cheaper</source>
        <translation>Break-even in Monat {0},
danach günstiger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cumulative cost over {0} months:{1}self-hosting breaks even in month {2}</source>
        <translation>Kumulierte Kosten über {0} Monate:{1}Selbstbetrieb erreicht den Break-even in Monat {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cumulative cost over {0} months:{1}fine-tuning breaks even in month {2}</source>
        <translation>Kumulierte Kosten über {0} Monate:{1}Fine-Tuning mit Break-even in Monat {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No lasting break-even within {0} months</source>
        <translation>Kein dauerhafter Break-even in {0} Monaten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cumulative cost over {0} months:{1}no break-even</source>
        <translation>Kumulierte Kosten über {0} Monate:{1}kein Break-even</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cumulative cost ({0})</source>
        <translation>Kumulierte Kosten ({0})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>API path ({0})</source>
        <translation>API-Weg ({0})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} (used)</source>
        <translation>{0} (verwendet)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>API path: cost per month</source>
        <translation>API-Weg: Kosten pro Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-hosting (your GPUs)</source>
        <translation>Selbstbetrieb (Ihre GPUs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tuning (serverless)</source>
        <translation>Fine-Tuning (serverless)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tuning (rented GPUs)</source>
        <translation>Fine-Tuning (gemietete GPUs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost per month ({0})</source>
        <translation>Kosten pro Monat ({0})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Input −{0}</source>
        <translation>Eingabe −{0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input +{0}</source>
        <translation>Eingabe +{0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>month {0}</source>
        <translation>Monat {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no break-even</source>
        <translation>kein Break-even</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Fine-tuning − API, {0}-month total ({1});
below 0 fine-tuning is cheaper</source>
        <translation>Fine-Tuning − API, Summe {0} Monate ({1});
unter 0 ist Fine-Tuning günstiger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fine-tuning − API,
{0}-month total ({1});
below 0 fine-tuning is cheaper</source>
        <translation>Fine-Tuning − API,
Summe {0} Monate ({1});
unter 0 ist Fine-Tuning günstiger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fine-tuning minus API over {0} months ({1})
below 0: fine-tuning is cheaper</source>
        <translation>Fine-Tuning minus API über {0} Monate ({1})
unter 0: Fine-Tuning ist günstiger</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no change shown brings a break-even</source>
        <translation>keine gezeigte Änderung bringt Break-even</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What moves the difference most:
each input ±{0} (top {1} of {2})</source>
        <translation>Was die Differenz am stärksten bewegt:
jede Eingabe ±{0} (die {1} stärksten von {2})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What moves the difference most:
each input ±{0}</source>
        <translation>Was die Differenz am stärksten bewegt:
jede Eingabe ±{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What moves the difference most:{1}each input ±{0}</source>
        <translation>Was die Differenz am stärksten bewegt:{1}jede Eingabe ±{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the {0} that move it most, of {1} inputs)</source>
        <translation>(die {0} stärksten von {1} Eingaben)</translation>
    </message>
    <message>
        <location filename="../advisor/costs/chart_bands.py" line="+31"/>
        <source>Shaded: P10–P90 of {0} draws
over your ranges; fine-tuning
cheaper at the horizon in {1} %</source>
        <translation>Schattiert: P10–P90 aus {0} Ziehungen
über Ihre Bandbreiten; Fine-Tuning
am Ende günstiger in {1} %</translation>
    </message>
</context>
<context>
    <name>check_reasons</name>
    <message>
        <location filename="../advisor/lab/shown_reasons.py" line="+17"/>
        <source>expected exactly {0}, got {1}</source>
        <translation>genau {0} erwartet, erhalten: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply does not contain {0}, in any case</source>
        <translation>Antwort enthält {0} nicht, auch ohne Beachtung der Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply contains {0}, which it must not</source>
        <translation>Antwort enthält {0}, was sie nicht darf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply contains {0} (any case)</source>
        <translation>Antwort enthält {0} (Groß-/Kleinschreibung egal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply does not contain {0}</source>
        <translation>Antwort enthält {0} nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply contains {0}</source>
        <translation>Antwort enthält {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply equals {0}</source>
        <translation>Antwort ist genau {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply does not match /{0}/</source>
        <translation>Antwort passt nicht zum Muster /{0}/</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply matches /{0}/</source>
        <translation>Antwort passt zum Muster /{0}/</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pattern {0} is not a valid regular expression ({1})</source>
        <translation>das Muster {0} ist kein gültiger regulärer Ausdruck ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pattern {0} is not a valid regular expression</source>
        <translation>das Muster {0} ist kein gültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply is not valid JSON ({0})</source>
        <translation>Antwort ist kein gültiges JSON ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply is valid JSON</source>
        <translation>Antwort ist gültiges JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the schema is not a valid JSON Schema</source>
        <translation>das Schema ist kein gültiges JSON Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply matches the JSON Schema</source>
        <translation>Antwort entspricht dem JSON Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply does not match the JSON Schema at {0}: {1}</source>
        <translation>Antwort entspricht nicht dem JSON Schema bei {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply does not match the JSON Schema: {0}</source>
        <translation>Antwort entspricht nicht dem JSON Schema: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rubric: {0}</source>
        <translation>Rubrik: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the pattern took longer than {0} s on this reply (it backtracks catastrophically); simplify it, e.g. (a+)+ → a+</source>
        <translation>das Muster brauchte bei dieser Antwort länger als {0} s (es verrennt sich im Backtracking); vereinfachen Sie es, z. B. (a+)+ → a+</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the schema&apos;s patterns took longer than {0} s on this reply; simplify them, e.g. (a+)+ → a+</source>
        <translation>die Muster des Schemas brauchten bei dieser Antwort länger als {0} s; vereinfachen Sie sie, z. B. (a+)+ → a+</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the schema&apos;s pattern {0} is not a usable regular expression ({1})</source>
        <translation>das Muster {0} des Schemas ist kein brauchbarer regulärer Ausdruck ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the schema could not be checked on this reply: {0}, or the reply is nested too deeply</source>
        <translation>das Schema ließ sich bei dieser Antwort nicht prüfen: {0}, oder die Antwort ist zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the schema could not be checked on this reply: {0}</source>
        <translation>das Schema ließ sich bei dieser Antwort nicht prüfen: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reply is nested too deeply to check (thousands of levels of brackets)</source>
        <translation>die Antwort ist zu tief verschachtelt, um sie zu prüfen (Tausende Ebenen von Klammern)</translation>
    </message>
</context>
<context>
    <name>claude</name>
    <message>
        <location filename="../advisor/claude/problems.py" line="+59"/>
        <location filename="../advisor/lab/shown_errors.py" line="+42"/>
        <source>No Anthropic API key: set ANTHROPIC_API_KEY, or add a key in Settings → API key.</source>
        <translation>Kein Anthropic-API-Schlüssel: Setzen Sie ANTHROPIC_API_KEY oder fügen Sie unter Einstellungen → API-Schlüssel einen Schlüssel hinzu.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../advisor/lab/shown_errors.py" line="-12"/>
        <source>The reply was cut off mid-way (the stream ended early); the part received is kept, marked incomplete.</source>
        <translation>Die Antwort brach mittendrin ab (der Stream endete zu früh); der empfangene Teil bleibt erhalten und ist als unvollständig markiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../advisor/lab/shown_errors.py" line="+18"/>
        <source>The server at {0} did not reply like the Claude API; check ANTHROPIC_BASE_URL.</source>
        <translation>Der Server unter {0} hat nicht wie die Claude-API geantwortet; prüfen Sie ANTHROPIC_BASE_URL.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../advisor/lab/shown_errors.py" line="-8"/>
        <source>The Claude API did not answer within {0} s (timeout): try again, or ask for a shorter reply.</source>
        <translation>Die Claude-API hat nicht innerhalb von {0} s geantwortet (Zeitüberschreitung): Versuchen Sie es erneut oder fordern Sie eine kürzere Antwort an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../advisor/lab/shown_errors.py" line="+6"/>
        <source>The Claude API did not answer (timeout): try again, or ask for a shorter reply.</source>
        <translation>Die Claude-API hat nicht geantwortet (Zeitüberschreitung): Versuchen Sie es erneut oder fordern Sie eine kürzere Antwort an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../advisor/lab/shown_errors.py" line="-14"/>
        <source>The reply was cut off mid-way (the connection closed); the part received is kept, marked incomplete.</source>
        <translation>Die Antwort brach mittendrin ab (die Verbindung wurde geschlossen); der empfangene Teil bleibt erhalten und ist als unvollständig markiert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../advisor/lab/shown_errors.py" line="+4"/>
        <source>Cannot reach the Claude API at {0}: check the network connection (and ANTHROPIC_BASE_URL, if set).</source>
        <translation>Die Claude-API unter {0} ist nicht erreichbar: Prüfen Sie die Netzwerkverbindung (und ANTHROPIC_BASE_URL, falls gesetzt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../advisor/lab/shown_errors.py" line="+8"/>
        <source>The connection to the Claude API broke before the reply was complete: try again.</source>
        <translation>Die Verbindung zur Claude-API brach ab, bevor die Antwort vollständig war: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../advisor/lab/shown_errors.py" line="+11"/>
        <source>The Claude API client failed ({0}): try again.</source>
        <translation>Der Claude-API-Client ist fehlgeschlagen ({0}): Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../advisor/lab/shown_errors.py" line="-27"/>
        <source>Claude is overloaded right now (529, on Anthropic&apos;s side, not your limits): try again in a few minutes.</source>
        <translation>Claude ist gerade überlastet (529, auf Seiten von Anthropic, nicht Ihre Limits): Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../advisor/lab/shown_errors.py" line="-2"/>
        <source>Rate limited by the Claude API (429); it asked to wait {0} s: wait a moment and try again, or lower the concurrency.</source>
        <translation>Anfragelimit der Claude-API erreicht (429); sie bittet, {0} s zu warten: Warten Sie einen Moment und versuchen Sie es erneut, oder senden Sie weniger Anfragen gleichzeitig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../advisor/lab/shown_errors.py" line="+12"/>
        <source>Rate limited by the Claude API (429): wait a moment and try again, or lower the concurrency.</source>
        <translation>Anfragelimit der Claude-API erreicht (429): Warten Sie einen Moment und versuchen Sie es erneut, oder senden Sie weniger Anfragen gleichzeitig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../advisor/lab/shown_errors.py" line="-4"/>
        <source>The API key was refused (401): check or replace it in Settings → API key (or ANTHROPIC_API_KEY).</source>
        <translation>Der API-Schlüssel wurde abgelehnt (401): Prüfen oder ersetzen Sie ihn unter Einstellungen → API-Schlüssel (oder ANTHROPIC_API_KEY).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../advisor/lab/shown_errors.py" line="-10"/>
        <source>This API key is not allowed to do that (403 forbidden): check the key&apos;s workspace and permissions in the Claude Console.</source>
        <translation>Dieser API-Schlüssel darf das nicht (403 verboten): Prüfen Sie Workspace und Berechtigungen des Schlüssels in der Claude Console.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../advisor/lab/shown_errors.py" line="+26"/>
        <source>The model &apos;{0}&apos; is not available to this key (404): pick another model.</source>
        <translation>Das Modell „{0}“ ist für diesen Schlüssel nicht verfügbar (404): Wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../advisor/lab/shown_errors.py" line="+3"/>
        <source>The model is not available to this key (404): pick another model.</source>
        <translation>Das Modell ist für diesen Schlüssel nicht verfügbar (404): Wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../advisor/lab/shown_errors.py" line="+1"/>
        <source>The Claude API had a server error ({0}): try again shortly.</source>
        <translation>Die Claude-API hatte einen Serverfehler ({0}): Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../advisor/lab/shown_errors.py" line="-2"/>
        <source>The Claude API had a server error (mid-stream): try again shortly.</source>
        <translation>Die Claude-API hatte einen Serverfehler (während des Streams): Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../advisor/lab/shown_errors.py" line="+4"/>
        <source>The Claude API refused the request ({0}): {1}.</source>
        <translation>Die Claude-API hat die Anfrage abgelehnt ({0}): {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../advisor/lab/shown_errors.py" line="+1"/>
        <source>The Claude API refused the request ({0}).</source>
        <translation>Die Claude-API hat die Anfrage abgelehnt ({0}).</translation>
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
    <name>cost_inputs</name>
    <message>
        <location filename="../advisor/costs/inputs.py" line="+71"/>
        <source>Serverless LoRA: Together serves adapters per token on 8B to 235B base models (Llama 3.1 8B and 70B, Qwen 2.5 72B, Llama 4 Maverick, Qwen3 235B; docs.together.ai/docs/adapter-upload); Fireworks only on GLM 5.3 Flash (a preview) and needs a dedicated deployment for other base models (docs.fireworks.ai/serverless/specialized-model-inference/overview), both checked 2026-12-07. A larger base model costs more per token: enter its price.</source>
        <translation>Serverless LoRA: Together betreibt Adapter pro Token auf Basismodellen von 8B bis 235B (Llama 3.1 8B und 70B, Qwen 2.5 72B, Llama 4 Maverick, Qwen3 235B; docs.together.ai/docs/adapter-upload); Fireworks nur auf GLM 5.3 Flash (eine Vorschau) und braucht für andere Basismodelle eine dedizierte Bereitstellung (docs.fireworks.ai/serverless/specialized-model-inference/overview), beides geprüft am 2026-12-07. Ein größeres Basismodell kostet mehr pro Token: Geben Sie seinen Preis ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Horizon</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far ahead to project. Two years covers several base-model generations.</source>
        <translation>Wie weit vorausgerechnet wird. Zwei Jahre umfassen mehrere Generationen von Basismodellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claude model</source>
        <translation>Claude-Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model the API path uses; its prices come from the price table (Prices…). Default: Claude Sonnet 5.5, the current mid-size model.</source>
        <translation>Das Modell des API-Wegs; seine Preise stammen aus der Preistabelle (Preise…). Standard: Claude Sonnet 5.5, das aktuelle mittelgroße Modell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests in month 1</source>
        <translation>Anfragen in Monat 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests sent in the first month.</source>
        <translation>Im ersten Monat gesendete Anfragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly growth</source>
        <translation>Monatliches Wachstum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth of requests per month: 0.05 is 5 % a month. Default: flat traffic.</source>
        <translation>Wachstum der Anfragen pro Monat: 0,05 sind 5 % im Monat. Standard: gleichbleibende Anfragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tokens per request</source>
        <translation>Eingabe-Tokens pro Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System prompt, examples and the user&apos;s text, per request, cached or not. Above a model&apos;s long-prompt limit (Haiku 5.5: 100,000) every token of the request is billed at its long-prompt prices.</source>
        <translation>System-Prompt, Beispiele und der Text des Nutzers, pro Anfrage, ob im Cache oder nicht. Oberhalb der Grenze für lange Prompts eines Modells (Haiku 5.5: 100.000) wird jedes Token der Anfrage zu dessen Preisen für lange Prompts abgerechnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output tokens per request</source>
        <translation>Ausgabe-Tokens pro Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply per request, thinking included.</source>
        <translation>Die Antwort pro Anfrage, einschließlich Denkprozess.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache hit share</source>
        <translation>Cache-Trefferanteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of input tokens read from the prompt cache, billed at the model&apos;s cache-read price (Sonnet 5.5: $0.10 instead of $2 per million). Default 0: no caching.</source>
        <translation>Anteil der Eingabe-Tokens, die aus dem Prompt-Cache gelesen werden, zum Cache-Lesepreis des Modells abgerechnet (Sonnet 5.5: 0,10 $ statt 2 $ pro Million). Standard 0: kein Caching.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache write share</source>
        <translation>Cache-Schreibanteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of input tokens written to the prompt cache (5-minute writes), billed at the model&apos;s cache-write price, 1.25 × input. Hits plus writes are at most 1.</source>
        <translation>Anteil der Eingabe-Tokens, die in den Prompt-Cache geschrieben werden (5-Minuten-Schreibvorgänge), zum Cache-Schreibpreis des Modells abgerechnet, 1,25 × Eingabe. Treffer plus Schreibvorgänge ergeben höchstens 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch share</source>
        <translation>Batch-Anteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of requests sent through the Message Batches API, at the price table&apos;s batch discount (half price on the official pricing page).</source>
        <translation>Anteil der Anfragen, die über die Message Batches API gesendet werden, mit dem Batch-Rabatt der Preistabelle (halber Preis laut offizieller Preisseite).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt engineering set-up</source>
        <translation>Einrichtung Prompt-Engineering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-off effort to write and evaluate the prompt, paid in month 1: about a week of an engineer.</source>
        <translation>Einmaliger Aufwand, den Prompt zu schreiben und zu bewerten, bezahlt in Monat 1: etwa eine Woche eines Engineers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API path overhead</source>
        <translation>Gemeinkosten API-Weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools and services on the API path, per month (monitoring, evaluation runs).</source>
        <translation>Werkzeuge und Dienste des API-Wegs pro Monat (Monitoring, Evaluierungsläufe).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API path engineers</source>
        <translation>Engineers API-Weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engineers keeping the prompts, tests and evaluations alive. Default 0.1: half a day a week, as a prompt needs re-testing at every model update.</source>
        <translation>Engineers, die Prompts, Tests und Evaluierungen pflegen. Standard 0,1: ein halber Tag pro Woche, da ein Prompt bei jedem Modell-Update neu getestet werden muss.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrieval set-up</source>
        <translation>Einrichtung Retrieval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-off cost of building retrieval over your documents, paid in month 1. Default 0: no retrieval.</source>
        <translation>Einmalige Kosten für den Aufbau von Retrieval über Ihre Dokumente, bezahlt in Monat 1. Standard 0: kein Retrieval.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrieval upkeep</source>
        <translation>Pflege Retrieval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embeddings, index hosting and refreshes per month. Default 0: no retrieval.</source>
        <translation>Embeddings, Index-Hosting und Aktualisierungen pro Monat. Standard 0: kein Retrieval.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples to label</source>
        <translation>Zu labelnde Beispiele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tuning guides ask for thousands of curated examples.</source>
        <translation>Anleitungen zum Fine-Tuning verlangen Tausende kuratierter Beispiele.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labelling cost per example</source>
        <translation>Labeling-Kosten pro Beispiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert labelling of niche data often costs several dollars an example.</source>
        <translation>Labeling von Nischendaten durch Fachleute kostet oft mehrere Dollar pro Beispiel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU price</source>
        <translation>GPU-Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One data-centre GPU (H100 class) on demand, late 2026 cloud list prices.</source>
        <translation>Eine Rechenzentrums-GPU (H100-Klasse) auf Abruf, Cloud-Listenpreise Ende 2026.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU-hours per training run</source>
        <translation>GPU-Stunden pro Trainingslauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One LoRA training run of a mid-size open-weights model.</source>
        <translation>Ein LoRA-Trainingslauf eines mittelgroßen Open-Weights-Modells.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training runs before launch</source>
        <translation>Trainingsläufe vor dem Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hyper-parameter searches and fixes before a model is good enough to ship.</source>
        <translation>Hyperparameter-Suchen und Korrekturen, bis ein Modell gut genug für den Einsatz ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrains per year</source>
        <translation>Neutrainings pro Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base-model updates and use-case shifts each call for a new run; open-weights families release every few months.</source>
        <translation>Updates des Basismodells und veränderte Anwendungsfälle verlangen jeweils einen neuen Lauf; Open-Weights-Modellfamilien erscheinen alle paar Monate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra per retrain</source>
        <translation>Zusatzkosten pro Neutraining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relabelling and evaluation at each retrain, beyond its GPU-hours: about two days of an engineer plus some new labels.</source>
        <translation>Neues Labeling und Evaluierung bei jedem Neutraining, über die GPU-Stunden hinaus: etwa zwei Tage eines Engineers plus einige neue Labels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>serverless: a LoRA service billing per token; dedicated: GPUs you rent, always on; cheapest: whichever costs less over the horizon.</source>
        <translation>serverless: ein LoRA-Dienst mit Abrechnung pro Token; dedicated: von Ihnen gemietete GPUs, dauerhaft in Betrieb; cheapest: was über den Zeitraum weniger kostet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serverless input price</source>
        <translation>Serverless-Eingabepreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-token price of a serverless LoRA service per million input tokens. Default: the size-based price of a 4–16B open-weights model on serverless platforms (docs.fireworks.ai/serverless/pricing, checked 2026-12-01). </source>
        <translation>Preis eines Serverless-LoRA-Dienstes pro Million Eingabe-Tokens. Standard: der größenabhängige Preis eines Open-Weights-Modells mit 4–16B auf Serverless-Plattformen (docs.fireworks.ai/serverless/pricing, geprüft am 2026-12-01). </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serverless output price</source>
        <translation>Serverless-Ausgabepreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-token price of a serverless LoRA service per million output tokens (same source and services as the input price).</source>
        <translation>Preis eines Serverless-LoRA-Dienstes pro Million Ausgabe-Tokens (gleiche Quelle und Dienste wie beim Eingabepreis).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum serving GPUs</source>
        <translation>Mindestzahl Serving-GPUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always-on serving capacity on rented GPUs, even when traffic is low.</source>
        <translation>Dauerhaft verfügbare Serving-Kapazität auf gemieteten GPUs, auch bei wenig Anfragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-hosting GPUs</source>
        <translation>GPUs im Eigenbetrieb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs serving an open-weights model on your own infrastructure when the data must stay there: default 8, one node, the size a large open model needs.</source>
        <translation>GPUs, die ein Open-Weights-Modell auf Ihrer eigenen Infrastruktur betreiben, wenn die Daten dort bleiben müssen: Standard 8, ein Knoten, die Größe, die ein großes offenes Modell braucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt tokens/s per GPU</source>
        <translation>Prompt-Tokens/s pro GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt tokens one serving GPU reads per second (prefill runs in parallel). Default: an 8B model under vLLM on one H100-class GPU.</source>
        <translation>Prompt-Tokens, die eine Serving-GPU pro Sekunde liest (Prefill läuft parallel). Standard: ein 8B-Modell unter vLLM auf einer GPU der H100-Klasse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output tokens/s per GPU</source>
        <translation>Ausgabe-Tokens/s pro GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output tokens one serving GPU writes per second across a batch of requests. Default: an 8B model under vLLM on one H100-class GPU.</source>
        <translation>Ausgabe-Tokens, die eine Serving-GPU pro Sekunde über einen Batch von Anfragen schreibt. Standard: ein 8B-Modell unter vLLM auf einer GPU der H100-Klasse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak to average load</source>
        <translation>Spitzen- zu Durchschnittslast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serving capacity needed above the average load to meet peaks.</source>
        <translation>Serving-Kapazität, die über der Durchschnittslast nötig ist, um Spitzen abzudecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ML engineers</source>
        <translation>ML-Engineers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engineers keeping the fine-tuned model alive: data, training, evaluation, serving. Default 0.5 (1.0 in files from version 1).</source>
        <translation>Engineers, die das feingetunte Modell pflegen: Daten, Training, Evaluierung, Serving. Standard 0,5 (1,0 in Dateien aus Version 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salary per engineer</source>
        <translation>Gehalt pro Engineer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fully loaded cost of one engineer per year, on both paths.</source>
        <translation>Vollkosten eines Engineers pro Jahr, auf beiden Wegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tune path overhead</source>
        <translation>Gemeinkosten Fine-Tuning-Weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other monthly costs of the fine-tuning path: storage, monitoring, tools.</source>
        <translation>Sonstige monatliche Kosten des Fine-Tuning-Wegs: Speicher, Monitoring, Werkzeuge.</translation>
    </message>
</context>
<context>
    <name>cost_units</name>
    <message>
        <location line="+35"/>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requests/month</source>
        <translation>Anfr./Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU-hours</source>
        <translation>GPU-Std.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GPU-hour</source>
        <translation>GPU-Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs/year</source>
        <translation>Läufe/Jahr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/month</source>
        <translation>/Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>/hour</source>
        <translation>/Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/year</source>
        <translation>/Jahr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>/Mtok</source>
        <translation>/Mio. Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share</source>
        <translation>Anteil</translation>
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
    <name>decision</name>
    <message>
        <location filename="../advisor/costs/derived.py" line="+69"/>
        <source>the up-front fine-tuning cost (labelling plus training runs)</source>
        <translation>die Anfangskosten des Fine-Tunings (Labeln plus Trainingsläufe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cost of one training run</source>
        <translation>die Kosten eines Trainingslaufs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the month from which the fine-tuning path has cost less for good</source>
        <translation>der Monat, ab dem der Fine-Tuning-Weg dauerhaft weniger gekostet hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whether the fine-tuning path breaks even for good within the horizon</source>
        <translation>ob der Fine-Tuning-Weg innerhalb des Zeitraums dauerhaft den Break-even erreicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Claude API path&apos;s total over the horizon</source>
        <translation>die Gesamtkosten des Claude-API-Wegs über den Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the fine-tuning path&apos;s total over the horizon</source>
        <translation>die Gesamtkosten des Fine-Tuning-Wegs über den Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the fine-tuning path&apos;s total minus the API path&apos;s</source>
        <translation>die Gesamtkosten des Fine-Tuning-Wegs abzüglich der des API-Wegs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the difference between the two paths&apos; totals</source>
        <translation>der Unterschied zwischen den Gesamtkosten der beiden Wege</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the fine-tuning path&apos;s total as a multiple of the API path&apos;s</source>
        <translation>die Gesamtkosten des Fine-Tuning-Wegs als Vielfaches der des API-Wegs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the months projected</source>
        <translation>die berechneten Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whether the Monte Carlo ran over ranges of the cost inputs</source>
        <translation>ob die Monte-Carlo-Simulation über Spannen der Kostenangaben lief</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the share of the Monte Carlo&apos;s draws in which the fine-tuning path is the cheaper one at the horizon</source>
        <translation>der Anteil der Monte-Carlo-Ziehungen, in denen der Fine-Tuning-Weg am Ende des Zeitraums der günstigere ist</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../advisor/decision/conditions.py" line="+42"/>
        <location filename="../advisor/decision/questions.py" line="+59"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../advisor/decision/engine.py" line="+224"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../advisor/decision/cost_uncertainty.py" line="+50"/>
        <source>month {0}</source>
        <translation>Monat {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} months</source>
        <translation>{0} Monate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} times</source>
        <translation>{0}-fach</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../advisor/decision/conditions.py" line="-2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../advisor/decision/conditions.py" line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../advisor/decision/candidate_reading.py" line="+31"/>
        <source>an unknown cost</source>
        <translation>unbekannten Kosten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your candidate does not meet the bar yet: {0} passed {1} % of {2} tests (95 % interval {3}–{4} %), below your bar of {5} %.</source>
        <translation>Ihr Kandidat erreicht die Qualitätsschwelle noch nicht: {0} hat {1} % von {2} Tests bestanden (95-%-Intervall {3}–{4} %), unter Ihrer Qualitätsschwelle von {5} %.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} meets your bar of {1} %, with {2} % of {3} tests passed (95 % interval {4}–{5} %), at {6} per 1,000 requests against {7} on {8}.</source>
        <translation>{0} erreicht Ihre Qualitätsschwelle von {1} % mit {2} % von {3} bestandenen Tests (95-%-Intervall {4}–{5} %), zu {6} pro 1.000 Anfragen gegenüber {7} mit {8}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} meets your bar of {1} %, with {2} % of {3} tests passed (95 % interval {4}–{5} %), at {6} per 1,000 requests.</source>
        <translation>{0} erreicht Ihre Qualitätsschwelle von {1} % mit {2} % von {3} bestandenen Tests (95-%-Intervall {4}–{5} %), zu {6} pro 1.000 Anfragen.</translation>
    </message>
    <message>
        <location filename="../advisor/decision/conditions.py" line="-4"/>
        <source>a run with your documents meets your bar where the prompt alone falls short</source>
        <translation>ein Lauf mit Ihren Dokumenten erreicht Ihre Qualitätsschwelle, wo der Prompt allein sie verfehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the few-shot curve</source>
        <translation>die Few-Shot-Kurve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flat</source>
        <translation>flach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rising</source>
        <translation>steigend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} is {1}</source>
        <translation>{0} ist {1}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} is not {1}</source>
        <translation>{0} ist nicht {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is one of {1}</source>
        <translation>{0} ist eines von {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is none of {1}</source>
        <translation>{0} ist keines von {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} includes {1}</source>
        <translation>{0} umfasst {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} includes any of {1}</source>
        <translation>{0} umfasst eines von {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is at least {1}</source>
        <translation>{0} ist mindestens {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is more than {1}</source>
        <translation>{0} ist mehr als {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is at most {1}</source>
        <translation>{0} ist höchstens {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is less than {1}</source>
        <translation>{0} ist weniger als {1}</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>the verdict</source>
        <translation>das Urteil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is answered</source>
        <translation>{0} ist beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is unanswered</source>
        <translation>{0} ist unbeantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not answered</source>
        <translation>{0} ist nicht beantwortet</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../advisor/decision/engine.py" line="+115"/>
        <source>“{0}”</source>
        <translation>„{0}“</translation>
    </message>
    <message>
        <location filename="../advisor/decision/context_evidence.py" line="+103"/>
        <source>{0} % at {1} examples ({2}–{3} %) and {4} % at {5} ({6}–{7} %)</source>
        <translation>{0} % bei {1} Beispielen ({2}–{3} %) und {4} % bei {5} ({6}–{7} %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More examples still help: {0}. More labelled examples may help further.</source>
        <translation>Mehr Beispiele helfen noch: {0}. Mehr gelabelte Beispiele können weiter helfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More examples did not help: {0}, the intervals overlap. More labelled data is unlikely to help.</source>
        <translation>Mehr Beispiele haben nicht geholfen: {0}, die Intervalle überschneiden sich. Mehr gelabelte Daten helfen daher wahrscheinlich nicht.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the retrieved passages of your documents</source>
        <translation>den abgerufenen Passagen Ihrer Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your whole documents</source>
        <translation>Ihren vollständigen Dokumenten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With {0} in the context, {1} % of {2} tests passed on {3} (95 % interval {4}–{5} %) against your bar of {6} %, where the prompt alone passed {7} % (95 % interval {8}–{9} %): {10} points more, measured on the same tests.</source>
        <translation>Mit {0} im Kontext haben auf {3} {1} % von {2} Tests bestanden (95-%-Intervall {4}–{5} %) bei Ihrer Qualitätsschwelle von {6} %, während der Prompt allein {7} % bestand (95-%-Intervall {8}–{9} %): {10} Prozentpunkte mehr, gemessen an denselben Tests.</translation>
    </message>
    <message>
        <location filename="../advisor/decision/cost_uncertainty.py" line="-17"/>
        <source>The ranges were not used: {0}</source>
        <translation>Die Spannen wurden nicht verwendet: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Across the ranges you gave ({0} draws), the fine-tuning path is the cheaper one over {1} months in {2} % of them.</source>
        <translation>Über die von Ihnen angegebenen Spannen ({0} Ziehungen) ist der Fine-Tuning-Weg über {1} Monate in {2} % davon der günstigere.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>month {0} to never</source>
        <translation>Monat {0} bis nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month {0} to month {1}</source>
        <translation>Monat {0} bis Monat {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Across the ranges you gave ({0} draws), the fine-tuning path is the cheaper one over {1} months in {2} % of them; it breaks even in month {3} at the median (P10–P90: {4}).</source>
        <translation>Über die von Ihnen angegebenen Spannen ({0} Ziehungen) ist der Fine-Tuning-Weg über {1} Monate in {2} % davon der günstigere; im Median erreicht er den Break-even in Monat {3} (P10–P90: {4}).</translation>
    </message>
    <message>
        <location filename="../advisor/decision/counterfactuals.py" line="+377"/>
        <source>{0} and {1}</source>
        <translation>{0} und {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing in “{0}” applied</source>
        <translation>nichts unter „{0}“ zuträfe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer to “{0}” were “{1}”</source>
        <translation>die Antwort auf „{0}“ „{1}“ lautete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If {0}, the advice would be: {1}</source>
        <translation>Wenn {0}, würde die Empfehlung lauten: {1}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the rule “{0}” would have to stop applying</source>
        <translation>die Regel „{0}“ dürfte nicht mehr zutreffen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../advisor/decision/engine.py" line="-209"/>
        <source>answer {0} was ignored: it must be {1}</source>
        <translation>Antwort {0} wurde nicht berücksichtigt: Erlaubt ist {1}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The cost projection could not be computed ({0}), so no condition that needs it holds; check the cost inputs.</source>
        <translation>Die Kostenprojektion ließ sich nicht berechnen ({0}), daher trifft keine Bedingung zu, die sie braucht; prüfen Sie die Kostenangaben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} could not be computed from the cost inputs, so no condition that needs it holds; check the cost inputs.</source>
        <translation>{0}: aus den Kostenangaben nicht berechenbar, daher trifft keine Bedingung zu, die diesen Wert braucht; prüfen Sie die Kostenangaben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>all of these hold</source>
        <translation>alle diese Bedingungen treffen zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one of these holds</source>
        <translation>mindestens eine dieser Bedingungen trifft zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following does not hold</source>
        <translation>Folgendes trifft nicht zu</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>no earlier rule applied</source>
        <translation>keine frühere Regel traf zu</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your prompt-lab runs</source>
        <translation>Ihre Läufe im Prompt-Labor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your prompt-lab runs (the few-shot curve)</source>
        <translation>Ihre Läufe im Prompt-Labor (die Few-Shot-Kurve)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> You answered “{0}”; the measurement overrules that.</source>
        <translation> Sie haben „{0}“ geantwortet; die Messung hat Vorrang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: prompting meets your bar.</source>
        <translation>{0}: Prompting erreicht Ihre Qualitätsschwelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: even the top of the interval is below your bar, so prompting falls short.</source>
        <translation>{0}: Selbst die Obergrenze des Intervalls liegt unter Ihrer Qualitätsschwelle, Prompting reicht also nicht aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: too close to your bar to tell either way, so the advice keeps your answer (“{1}”). Test more cases to settle it.</source>
        <translation>{0}: zu nah an Ihrer Qualitätsschwelle, um es zu entscheiden, daher bleibt die Empfehlung bei Ihrer Antwort („{1}“). Testen Sie mehr Fälle, um es zu klären.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: too close to your bar to tell either way, so the advice keeps your answer. Test more cases to settle it.</source>
        <translation>{0}: zu nah an Ihrer Qualitätsschwelle, um es zu entscheiden, daher bleibt die Empfehlung bei Ihrer Antwort. Testen Sie mehr Fälle, um es zu klären.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: fewer than {1} cases, too few to decide; test at least {1}.</source>
        <translation>{0}: weniger als {1} Fälle, zu wenige für eine Entscheidung; testen Sie mindestens {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}. Answer the quality-bar question to let this measurement decide.</source>
        <translation>{0}. Beantworten Sie die Frage nach der Qualitätsschwelle, damit diese Messung entscheiden kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your prompt-lab run of {0}</source>
        <translation>Ihr Lauf im Prompt-Labor vom {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your prompt-lab run</source>
        <translation>Ihr Lauf im Prompt-Labor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own measurement (answers to the measured pass-rate questions)</source>
        <translation>Ihre eigene Messung (Antworten auf die Fragen zur gemessenen Bestehensquote)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>It rests on a threshold passed narrowly: {0} against {1} ({2}).</source>
        <translation>Sie beruht auf einem knapp erreichten Schwellenwert: {0} gegenüber {1} ({2}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 unanswered question could change the verdict: {1}</source>
        <translation>1 unbeantwortete Frage könnte das Urteil ändern: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} unanswered questions could change the verdict: {1}</source>
        <translation>{0} unbeantwortete Fragen könnten das Urteil ändern: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The prompt evidence rests on fewer than {0} cases.</source>
        <translation>Die Belege zum Prompt beruhen auf weniger als {0} Fällen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The prompt evidence is too close to your bar to tell.</source>
        <translation>Die Belege zum Prompt liegen zu nah an Ihrer Qualitätsschwelle für eine Entscheidung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The prompt evidence cannot be weighed without a quality bar.</source>
        <translation>Die Belege zum Prompt lassen sich ohne Qualitätsschwelle nicht gewichten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing lowers it: every answer that could change the verdict is given, no threshold is passed narrowly, and the cost projection does not contradict it.</source>
        <translation>Nichts senkt sie: Jede Antwort, die das Urteil ändern könnte, ist gegeben, kein Schwellenwert wird nur knapp erreicht, und die Kostenprojektion widerspricht ihm nicht.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Your prompt-lab run of your own model</source>
        <translation>Ihr Lauf Ihres eigenen Modells im Prompt-Labor</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>These figures rest on the default cost inputs only; enter your own under Costs.</source>
        <translation>Diese Zahlen beruhen nur auf den voreingestellten Kostenangaben; geben Sie unter Kosten Ihre eigenen ein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>you answered “{0}”</source>
        <translation>Sie haben „{0}“ geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you did not answer</source>
        <translation>Sie haben nicht geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, as the prompt evidence reads it ({1})</source>
        <translation>{0}, laut den Belegen zum Prompt ({1})</translation>
    </message>
    <message>
        <location filename="../advisor/decision/evidence.py" line="+192"/>
        <source>{0} of {1} passed in your own measurement ({2} %, 95 % interval {3}–{4} %)</source>
        <translation>{0} von {1} bestanden in Ihrer eigenen Messung ({2} %, 95-%-Intervall {3}–{4} %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} of {1} passed on {2} ({3} %, 95 % interval {4}–{5} %)</source>
        <translation>{0} von {1} bestanden mit {2} ({3} %, 95-%-Intervall {4}–{5} %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} against your bar of {1} %</source>
        <translation>{0} bei Ihrer Qualitätsschwelle von {1} %</translation>
    </message>
    <message>
        <location filename="../advisor/decision/measured_costs.py" line="+44"/>
        <source>there is no prompt-lab run behind the prompt evidence to measure; run the lab&apos;s tests on Claude first (eval --save), or name a run id</source>
        <translation>hinter den Belegen zum Prompt steht kein Lauf im Prompt-Labor, der sich messen ließe; führen Sie die Tests im Labor zuerst mit Claude aus (eval --save) oder nennen Sie die ID eines Laufs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none saved</source>
        <translation>keine gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no saved run {0} to measure (runs: {1}); use best or one of those ids</source>
        <translation>es gibt keinen gespeicherten Lauf {0} zum Messen (Läufe: {1}); verwenden Sie best oder eine dieser IDs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>without an id</source>
        <translation>ohne ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run {0} is of another model ({1}), not Claude: the projection prices the Claude API path; choose a Claude run</source>
        <translation>Lauf {0} stammt von einem anderen Modell ({1}), nicht von Claude: Die Projektion berechnet den Claude-API-Weg; wählen Sie einen Lauf mit Claude</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a target</source>
        <translation>ein Ziel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run {0} names no model, so it cannot price the API path</source>
        <translation>Lauf {0} nennt kein Modell und kann den API-Weg daher nicht bepreisen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run {0} used {1}, which is not in the price table; add it under Prices</source>
        <translation>Lauf {0} hat {1} verwendet, das nicht in der Preistabelle steht; fügen Sie es unter Preise hinzu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>run {0} holds no case with token counts; run it again to measure them</source>
        <translation>Lauf {0} enthält keinen Fall mit Token-Zahlen; führen Sie ihn erneut aus, um sie zu messen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>measured in run {0}</source>
        <translation>gemessen in Lauf {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measured in a lab run</source>
        <translation>gemessen in einem Lauf im Labor</translation>
    </message>
    <message>
        <location filename="../advisor/decision/questions.py" line="-7"/>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>one of {0}</source>
        <translation>einer der Werte {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list of any of {0}</source>
        <translation>eine Liste aus beliebigen der Werte {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number from {1} to {2}</source>
        <translation>eine ganze Zahl von {1} bis {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number from {1} to {2}</source>
        <translation>eine Zahl von {1} bis {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number above {1}</source>
        <translation>eine ganze Zahl über {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number above {1}</source>
        <translation>eine Zahl über {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of at least {1}</source>
        <translation>eine ganze Zahl von mindestens {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number of at least {1}</source>
        <translation>eine Zahl von mindestens {1}</translation>
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
        <location line="+27"/>
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
        <location line="+33"/>
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
    <name>expectations</name>
    <message>
        <location filename="../advisor/lab/expectations.py" line="+57"/>
        <source>must be a valid regular expression ({0})</source>
        <translation>muss ein gültiger regulärer Ausdruck sein ({0})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is exactly</source>
        <translation>ist genau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains, ignoring case</source>
        <translation>enthält (ohne Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not contain</source>
        <translation>enthält nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches the pattern</source>
        <translation>passt zum Muster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is valid JSON</source>
        <translation>ist gültiges JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is JSON matching the schema</source>
        <translation>ist JSON, das zum Schema passt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>meets the rubric (graded by a model)</source>
        <translation>erfüllt die Kriterien (von einem Modell bewertet)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be one of {0}</source>
        <translation>muss einer dieser Typen sein: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <location filename="../advisor/lab/check_base.py" line="+33"/>
        <source>its $ref chain points back at itself without ever checking anything (a $ref loop); make every $ref lead to a schema that checks something</source>
        <translation>seine $ref-Kette zeigt auf sich selbst zurück, ohne je etwas zu prüfen (eine $ref-Schleife); lassen Sie jede $ref auf ein Schema zeigen, das etwas prüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its $ref {0} leads to nothing in the schema (only references within it, such as #/$defs/name, are followed; nothing is fetched from elsewhere)</source>
        <translation>seine $ref {0} führt im Schema ins Leere (nur Verweise innerhalb des Schemas wie #/$defs/name werden verfolgt; von anderswo wird nichts geladen)</translation>
    </message>
    <message>
        <location filename="../advisor/lab/json_checks.py" line="+125"/>
        <source>must be a JSON Schema (an object)</source>
        <translation>muss ein JSON Schema sein (ein Objekt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a valid JSON Schema ({0})</source>
        <translation>muss ein gültiges JSON Schema sein ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a JSON Schema nested less deeply</source>
        <translation>muss ein weniger tief verschachteltes JSON Schema sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not combine unevaluatedProperties with patternProperties (their patterns could not be time-limited); use additionalProperties instead</source>
        <translation>darf unevaluatedProperties nicht mit patternProperties kombinieren (deren Muster ließen sich nicht zeitlich begrenzen); verwenden Sie stattdessen additionalProperties</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>must be a JSON Schema that resolves: {0}</source>
        <translation>muss ein auflösbares JSON Schema sein: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a JSON Schema whose patterns work ({0})</source>
        <translation>muss ein JSON Schema mit funktionierenden Mustern sein ({0})</translation>
    </message>
</context>
<context>
    <name>file</name>
    <message>
        <location filename="../advisor/document/assessment.py" line="+135"/>
        <source>holds more than {0} MB, far larger than any assessment. Is it the right file?</source>
        <translation>enthält mehr als {0} MB, weit mehr als jede Bewertung. Ist es die richtige Datei?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>does not exist. Check the name and folder.</source>
        <translation>existiert nicht. Prüfen Sie Namen und Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read: permission denied. Check the file&apos;s permissions.</source>
        <translation>kann nicht gelesen werden: Zugriff verweigert. Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read: {0}.</source>
        <translation>kann nicht gelesen werden: {0}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is empty, so it holds no assessment.</source>
        <translation>ist leer und enthält daher keine Bewertung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a text file (it is not UTF-8). An assessment is a .fta.json text file.</source>
        <translation>ist keine Textdatei (nicht UTF-8). Eine Bewertung ist eine .fta.json-Textdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a binary file, not an assessment. An assessment is a .fta.json text file.</source>
        <translation>ist eine Binärdatei, keine Bewertung. Eine Bewertung ist eine .fta.json-Textdatei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>holds the key {0} twice in one object; JSON keeps only one of them, so remove the duplicate you do not mean.</source>
        <translation>enthält den Schlüssel {0} zweimal in einem Objekt; JSON behält nur einen davon, entfernen Sie also das Duplikat, das Sie nicht meinen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>holds {0}, which is not a number JSON allows. Replace it with a finite number.</source>
        <translation>enthält {0}, was in JSON keine zulässige Zahl ist. Ersetzen Sie es durch eine endliche Zahl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it ends too early; the file may be truncated</source>
        <translation>sie endet zu früh; die Datei ist womöglich abgeschnitten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not valid JSON: {0} (line {1}, column {2}).</source>
        <translation>ist kein gültiges JSON: {0} (Zeile {1}, Spalte {2}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is nested far too deeply to be an assessment.</source>
        <translation>ist viel zu tief verschachtelt für eine Bewertung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holds a number thousands of digits long, far beyond any real figure.</source>
        <translation>enthält eine Zahl mit Tausenden Stellen, weit jenseits jedes realen Werts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is nested more than {0} levels deep, far more than any assessment.</source>
        <translation>ist mehr als {0} Ebenen tief verschachtelt, weit mehr als jede Bewertung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>holds a broken character: half of a UTF-16 surrogate pair (an escape from \ud800 to \udfff). Remove it or complete the pair.</source>
        <translation>enthält ein defektes Zeichen: die Hälfte eines UTF-16-Surrogatpaars (ein Escape von \ud800 bis \udfff). Entfernen Sie es oder vervollständigen Sie das Paar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not an assessment: it holds a list, not a JSON object.</source>
        <translation>ist keine Bewertung: Sie enthält eine Liste, kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an assessment: it holds a string, not a JSON object.</source>
        <translation>ist keine Bewertung: Sie enthält eine Zeichenkette, kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an assessment: it holds a number, not a JSON object.</source>
        <translation>ist keine Bewertung: Sie enthält eine Zahl, kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an assessment: it holds a boolean, not a JSON object.</source>
        <translation>ist keine Bewertung: Sie enthält einen Wahrheitswert, kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an assessment: it holds null, not a JSON object.</source>
        <translation>ist keine Bewertung: Sie enthält null, kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>is not a Fine-Tune Advisor assessment: its format is {0}, expected {1}.</source>
        <translation>ist keine Fine-Tune-Advisor-Bewertung: Ihr Format ist {0}, erwartet wird {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a Fine-Tune Advisor assessment: it has no &quot;format&quot; key, expected {0}.</source>
        <translation>ist keine Fine-Tune-Advisor-Bewertung: Ihr fehlt der Schlüssel „format“, erwartet wird {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has version {0}; it must be a whole number such as {1}.</source>
        <translation>hat die Version {0}; sie muss eine ganze Zahl wie {1} sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>was made by a newer Fine-Tune Advisor (file version {0}; this app reads up to version {1}). Update the app to open it.</source>
        <translation>wurde mit einem neueren Fine-Tune Advisor erstellt (Dateiversion {0}; diese App liest bis Version {1}). Aktualisieren Sie die App, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has version {0}; versions start at 1.</source>
        <translation>hat die Version {0}; Versionen beginnen bei 1.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source> (and 1 more problem; run &apos;validate&apos; to list them)</source>
        <translation> (und 1 weiteres Problem; „validate“ listet alle auf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (and {0} more problems; run &apos;validate&apos; to list them)</source>
        <translation> (und {0} weitere Probleme; „validate“ listet alle auf)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>is a folder; choose a file name to save to.</source>
        <translation>ist ein Ordner; wählen Sie einen Dateinamen zum Speichern.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be saved: {0}. The previous version is unchanged.</source>
        <translation>konnte nicht gespeichert werden: {0}. Die vorherige Fassung ist unverändert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> (and {0} more)</source>
        <translation> (und {0} weitere)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not saved: {0}{1}. The app could not open the file again with this; correct it first. The file on disk is unchanged.</source>
        <translation>nicht gespeichert: {0}{1}. Damit könnte die App die Datei nicht wieder öffnen; korrigieren Sie das zuerst. Die Datei auf der Festplatte ist unverändert.</translation>
    </message>
</context>
<context>
    <name>file_checks</name>
    <message>
        <location filename="../advisor/core/shown_problems.py" line="+20"/>
        <source>{0} (it holds a saved run; remove it to run the tests afresh)</source>
        <translation>{0} (dort steht ein gespeicherter Lauf; entfernen Sie ihn, um die Tests neu auszuführen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>costs: {0} ({1} is {2}, far beyond any real figure)</source>
        <translation>costs: {0} ({1} ist {2}, weit jenseits jeder realen Zahl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is {1}; it is not in the price table; use one of {2} or add it under Prices</source>
        <translation>{0} ist {1} und steht nicht in der Preistabelle; verwenden Sie eines von {2} oder fügen Sie es unter „Preise“ hinzu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is [{1}, {2}] but the value is {3}; the range must hold the value (low ≤ value ≤ high): widen the range or change the value</source>
        <translation>{0} ist [{1}, {2}], der Wert aber {3}; die Bandbreite muss den Wert enthalten (niedrig ≤ Wert ≤ hoch): Erweitern Sie die Bandbreite oder ändern Sie den Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} names no cost input; remove it or use a cost input id</source>
        <translation>{0} nennt keine Kosteneingabe; entfernen Sie den Eintrag oder verwenden Sie die ID einer Kosteneingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} cannot have a range; remove it</source>
        <translation>{0}: {1} kann keine Bandbreite haben; entfernen Sie sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} must be a list of two numbers, [low, high]</source>
        <translation>{0} muss eine Liste aus zwei Zahlen sein, [niedrig, hoch]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: the low end {1} is not {2}</source>
        <translation>{0}: das niedrige Ende {1} ist ungültig; erlaubt ist {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: the high end {1} is not {2}</source>
        <translation>{0}: das hohe Ende {1} ist ungültig; erlaubt ist {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>costs.ranges must be an object of cost input ids, each [low, high]</source>
        <translation>costs.ranges muss ein Objekt aus IDs von Kosteneingaben sein, jede mit [niedrig, hoch]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>costs.ranges: the highest cache hit share ({0}) plus the highest cache write share ({1}) is above 1; lower one of the high ends</source>
        <translation>costs.ranges: Der höchste Anteil der Cache-Treffer ({0}) plus der höchste Anteil der Cache-Schreibvorgänge ({1}) liegt über 1; senken Sie eines der hohen Enden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cost inputs cache_hit_share {0} and cache_write_share {1} add up to {2}; together they must be at most 1 (a share of the input tokens)</source>
        <translation>Die Kosteneingaben cache_hit_share {0} und cache_write_share {1} ergeben zusammen {2}; zusammen dürfen sie höchstens 1 sein (ein Anteil der Eingabe-Tokens)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cost inputs are too large to project (the totals exceed what a number can hold); check requests, tokens and prices</source>
        <translation>die Kosteneingaben sind zu groß für eine Hochrechnung (die Summen übersteigen, was eine Zahl fassen kann); prüfen Sie Anfragen, Tokens und Preise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cost inputs are {0}; they must be an object of input ids</source>
        <translation>die Kosteneingaben sind {0}; sie müssen ein Objekt aus Eingabe-IDs sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompt_lab.try_values must be an object mapping variable names to text</source>
        <translation>prompt_lab.try_values muss ein Objekt sein, das Variablennamen jeweils einen Text zuordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>costs.measured must be an object: run_id, model, avg_input_tokens, avg_output_tokens, cache_hit_share</source>
        <translation>costs.measured muss ein Objekt sein: run_id, model, avg_input_tokens, avg_output_tokens, cache_hit_share</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your price table was saved by an older release; {0} come from the shipped prices until you save it again under Prices</source>
        <translation>Ihre Preistabelle wurde von einer älteren Version gespeichert; {0} stammen aus den mitgelieferten Preisen, bis Sie sie unter „Preise“ erneut speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your price table cannot be used ({0}); using the shipped prices</source>
        <translation>Ihre Preistabelle kann nicht verwendet werden ({0}); die mitgelieferten Preise gelten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is {1}, beyond any real run; it must be {2}</source>
        <translation>{0} ist {1} und damit jenseits jedes realen Laufs; der Wert muss {2} sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} says {1}, but its cases hold {2}; the counts must be the cases&apos; (a run without its cases is no evidence)</source>
        <translation>{0} nennt {1}, seine Fälle ergeben aber {2}; die Zahlen müssen die der Fälle sein (ein Lauf ohne seine Fälle ist kein Beleg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prompt_lab.runs holds {0} runs; at most {1} are kept. Keep the newest {1} (the last entries) and remove the others</source>
        <translation>prompt_lab.runs enthält {0} Läufe; höchstens {1} werden behalten. Behalten Sie die neuesten {1} (die letzten Einträge) und entfernen Sie die anderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cost input {0} is {1}; it must be {2}</source>
        <translation>Die Kosteneingabe {0} ist {1}, muss aber {2} sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost input {0} {1} is not in the price table; use one of {2} or add it under Prices</source>
        <translation>Die Kosteneingabe {0} {1} steht nicht in der Preistabelle; verwenden Sie eines von {2} oder fügen Sie es unter „Preise“ hinzu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is {1}; it must be {2}</source>
        <translation>{0} ist {1}, muss aber {2} sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} must be {1}</source>
        <translation>{0} muss {1} sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the batch request failed ({0}): {1}</source>
        <translation>die Batch-Anfrage ist fehlgeschlagen ({0}): {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the batch request failed ({0})</source>
        <translation>die Batch-Anfrage ist fehlgeschlagen ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the batch expired before this request was processed (24 h)</source>
        <translation>der Batch ist abgelaufen, bevor diese Anfrage bearbeitet wurde (24 h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the batch was cancelled before this request was processed</source>
        <translation>der Batch wurde abgebrochen, bevor diese Anfrage bearbeitet wurde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text or null</source>
        <translation>Text oder null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list of chunk ids</source>
        <translation>eine Liste von Chunk-IDs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list of model ids</source>
        <translation>eine Liste von Modell-IDs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list of texts</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list of test cases</source>
        <translation>eine Liste von Testfällen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list of runs</source>
        <translation>eine Liste von Läufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object with name, vars and expect</source>
        <translation>ein Objekt mit name, vars und expect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object mapping variable names to text</source>
        <translation>ein Objekt, das Variablennamen jeweils einen Text zuordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object of texts</source>
        <translation>ein Objekt aus Texten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a valid regular expression ({0})</source>
        <translation>ein gültiger regulärer Ausdruck ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number from {0} to {1}, or null</source>
        <translation>eine Zahl von {0} bis {1} oder null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number of 0 or more, or null</source>
        <translation>eine Zahl von 0 oder mehr oder null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of 0 or more, or null</source>
        <translation>eine ganze Zahl von 0 oder mehr oder null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of 0 or more</source>
        <translation>eine ganze Zahl von 0 oder mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {0}</source>
        <translation>höchstens {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object of question ids</source>
        <translation>ein Objekt aus Fragen-IDs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object of cost inputs</source>
        <translation>ein Objekt aus Kosteneingaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object with input and output</source>
        <translation>ein Objekt mit input und output</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a model id (text)</source>
        <translation>eine Modell-ID (Text)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a model id from the price table</source>
        <translation>eine Modell-ID aus der Preistabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date and time such as {0}</source>
        <translation>ein Datum mit Uhrzeit wie {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of at least {0}</source>
        <translation>eine ganze Zahl von mindestens {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number of at least {0}</source>
        <translation>eine Zahl von mindestens {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number from {0} to {1}</source>
        <translation>eine ganze Zahl von {0} bis {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number from {0} to {1}</source>
        <translation>eine Zahl von {0} bis {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number above {0} and at most {1}</source>
        <translation>eine ganze Zahl über {0} und höchstens {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number above {0} and at most {1}</source>
        <translation>eine Zahl über {0} und höchstens {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number at least {0} and at most {1}</source>
        <translation>eine ganze Zahl von mindestens {0} und höchstens {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number at least {0} and at most {1}</source>
        <translation>eine Zahl von mindestens {0} und höchstens {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number above {0}</source>
        <translation>eine ganze Zahl über {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number above {0}</source>
        <translation>eine Zahl über {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number at least {0}</source>
        <translation>eine ganze Zahl von mindestens {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number at least {0}</source>
        <translation>eine Zahl von mindestens {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number at most {0}</source>
        <translation>eine ganze Zahl von höchstens {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number at most {0}</source>
        <translation>eine Zahl von höchstens {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number of 0 or more</source>
        <translation>eine Zahl von 0 oder mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list of any of {0}</source>
        <translation>eine Liste aus beliebigen der Werte {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of {0}</source>
        <translation>einer der Werte {0}</translation>
    </message>
</context>
<context>
    <name>file_guard</name>
    <message>
        <location filename="../advisor/document/file_guard.py" line="+48"/>
        <source>process {pid} on this computer, since {when} UTC</source>
        <translation>Prozess {pid} auf diesem Computer, seit {when} UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process {pid} on this computer</source>
        <translation>Prozess {pid} auf diesem Computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>process {pid} on {host}, since {when} UTC</source>
        <translation>Prozess {pid} auf {host}, seit {when} UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process {pid} on {host}</source>
        <translation>Prozess {pid} auf {host}</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../ui/help_dialogs.py" line="+13"/>
        <source>Matplotlib licence (PSF-based)</source>
        <translation>Matplotlib-Lizenz (auf PSF-Basis)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>How the advisor decides</source>
        <translation>Wie der Berater entscheidet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How costs are computed</source>
        <translation>Wie die Kosten berechnet werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Should you fine-tune a model, or prompt Claude? A guided assessment with a rule-based advisor, cost projections, a prompt lab and printable summaries.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Modell feintunen oder Claude gut anleiten? Eine geführte Bewertung mit regelbasiertem Berater, Kostenprognosen, einem Prompt-Labor und druckbaren Zusammenfassungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Built with:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erstellt mit:&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About {0}</source>
        <translation>Über {0}</translation>
    </message>
    <message>
        <location filename="../advisor/report/explain.py" line="+26"/>
        <source>your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not: {0}</source>
        <translation>nicht: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all of:{0}</source>
        <translation>alle zutreffen:{0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>any of:{0}</source>
        <translation>mindestens eine zutrifft:{0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (checked {0})</source>
        <translation> (geprüft am {0})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h2&gt;How the advisor decides&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Wie der Berater entscheidet&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;The advisor gives one of {0} verdicts: {1}. The rules are tried in order and the first one that holds gives the advice. Each recommendation shows which conditions held for your answers. &lt;i&gt;$X&lt;/i&gt; and &lt;i&gt;N&lt;/i&gt; stand for figures computed from the assessment&apos;s cost inputs and their projection, such as {2}. A measured pass rate on at least 20 cases, against your quality bar, decides whether prompting meets the bar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Berater gibt eines von {0} Urteilen: {1}. Die Regeln werden der Reihe nach geprüft, und die erste, die zutrifft, gibt die Empfehlung. Jede Empfehlung zeigt, welche Bedingungen für Ihre Antworten zutrafen. &lt;i&gt;$X&lt;/i&gt; und &lt;i&gt;N&lt;/i&gt; stehen für Werte, die aus den Kosteneingaben der Bewertung und ihrer Prognose berechnet werden, etwa {2}. Eine gemessene Bestehensquote über mindestens 20 Fälle entscheidet, gemessen an Ihrer Qualitätsschwelle, ob Prompting die Schwelle erreicht.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>always (the fallback)</source>
        <translation>immer (die Rückfallregel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;When {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wenn {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p style=&apos;color: gray;&apos;&gt;Source: {0}&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color: gray;&apos;&gt;Quelle: {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Advisory notes&lt;/h3&gt;&lt;p&gt;These never change the verdict, but appear among the reasons when they apply.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hinweise&lt;/h3&gt;&lt;p&gt;Sie ändern nie das Urteil, erscheinen aber unter den Gründen, wenn sie zutreffen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;Confidence&lt;/h3&gt;&lt;p&gt;High, less one level for each of: an unanswered question that could change the verdict; a numeric threshold passed by less than 25 %; the verdict and the cost projection disagreeing; prompt evidence that is inconclusive or rests on fewer than 20 cases. Two or more give low.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Konfidenz&lt;/h3&gt;&lt;p&gt;Hoch, eine Stufe weniger für jeden dieser Punkte: eine unbeantwortete Frage, die das Urteil ändern könnte; ein Schwellenwert, der um weniger als 25 % überschritten wird; Urteil und Kostenprognose widersprechen sich; Belege aus dem Prompt-Labor sind nicht eindeutig oder beruhen auf weniger als 20 Fällen. Zwei oder mehr ergeben niedrig.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;Sources&lt;/h3&gt;&lt;p&gt;Each source once, with what the advisor relies on it for and the date it was last checked to say so.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quellen&lt;/h3&gt;&lt;p&gt;Jede Quelle einmal, mit dem, wofür sich der Berater auf sie stützt, und dem Datum, an dem zuletzt geprüft wurde, dass sie das sagt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;tr&gt;&lt;th&gt;source&lt;/th&gt;&lt;th&gt;what it supports&lt;/th&gt;&lt;th&gt;checked&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;Quelle&lt;/th&gt;&lt;th&gt;was sie stützt&lt;/th&gt;&lt;th&gt;geprüft&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;h2&gt;How costs are computed&lt;/h2&gt;&lt;p&gt;Both paths are priced month by month from your inputs. &lt;i&gt;in&lt;/i&gt; and &lt;i&gt;out&lt;/i&gt; are the model&apos;s prices per million input and output tokens from the price table (Costs → Prices…). A month has 730 hours; 2,628,000 seconds.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Wie die Kosten berechnet werden&lt;/h2&gt;&lt;p&gt;Beide Wege werden Monat für Monat aus Ihren Eingaben berechnet. &lt;i&gt;in&lt;/i&gt; und &lt;i&gt;out&lt;/i&gt; sind die Preise des Modells pro Million Eingabe- und Ausgabe-Token aus der Preistabelle (Kosten → Preise…). Ein Monat hat 730 Stunden, also 2.628.000 Sekunden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;The inputs&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Die Eingaben&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;tr&gt;&lt;th&gt;id&lt;/th&gt;&lt;th&gt;input&lt;/th&gt;&lt;th&gt;default&lt;/th&gt;&lt;th&gt;unit&lt;/th&gt;&lt;th&gt;meaning&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;ID&lt;/th&gt;&lt;th&gt;Eingabe&lt;/th&gt;&lt;th&gt;Standard&lt;/th&gt;&lt;th&gt;Einheit&lt;/th&gt;&lt;th&gt;Bedeutung&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
</context>
<context>
    <name>keystore</name>
    <message>
        <location filename="../advisor/claude/keystore.py" line="+60"/>
        <source>{0}, from the environment ({1})</source>
        <translation>{0}, aus der Umgebung ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, saved in {1}</source>
        <translation>{0}, gespeichert in {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, kept for this session only (not saved)</source>
        <translation>{0}, nur für diese Sitzung (nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No API key</source>
        <translation>Kein API-Schlüssel</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The keyring module is missing, so the key cannot be saved: keep it for this session only or set ANTHROPIC_API_KEY.</source>
        <translation>Das Modul keyring fehlt, daher kann der Schlüssel nicht gespeichert werden: Verwenden Sie ihn nur für diese Sitzung oder setzen Sie ANTHROPIC_API_KEY.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This system has no secure key store (such as Secret Service, macOS Keychain or Windows Credential Locker): keep the key for this session only, or set ANTHROPIC_API_KEY.</source>
        <translation>Dieses System hat keinen sicheren Schlüsselspeicher (etwa Secret Service, macOS-Schlüsselbund oder Windows-Anmeldeinformationsverwaltung): Verwenden Sie den Schlüssel nur für diese Sitzung oder setzen Sie ANTHROPIC_API_KEY.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} is locked, so the key could not be saved: unlock it, or keep the key for this session only.</source>
        <translation>{0} ist gesperrt, daher konnte der Schlüssel nicht gespeichert werden: Entsperren Sie den Speicher oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is locked, so the key could not be deleted: unlock it, or keep the key for this session only.</source>
        <translation>{0} ist gesperrt, daher konnte der Schlüssel nicht gelöscht werden: Entsperren Sie den Speicher oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} could not be used, so the key could not be saved: keep it for this session only.</source>
        <translation>{0} konnte nicht verwendet werden, daher konnte der Schlüssel nicht gespeichert werden: Verwenden Sie ihn nur für diese Sitzung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} could not be used, so the key could not be deleted: keep it for this session only.</source>
        <translation>{0} konnte nicht verwendet werden, daher konnte der Schlüssel nicht gelöscht werden: Verwenden Sie ihn nur für diese Sitzung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>no secure store</source>
        <translation>kein sicherer Speicher</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>An API key is one word with no spaces.</source>
        <translation>Ein API-Schlüssel ist ein einziges Wort ohne Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>lab_history</name>
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
    <message>
        <location filename="../advisor/lab/history.py" line="+131"/>
        <source>no pass rate</source>
        <translation>keine Bestehensquote</translation>
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
    <name>netguard</name>
    <message>
        <location filename="../advisor/claude/netguard.py" line="+59"/>
        <source>The API key{0} is malformed: it holds a line break. Copy the key again from the Claude Console and paste it with nothing around it.</source>
        <translation>Der API-Schlüssel{0} ist fehlerhaft: Er enthält einen Zeilenumbruch. Kopieren Sie den Schlüssel erneut aus der Claude Console und fügen Sie ihn ohne etwas drumherum ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API key{0} is malformed: it holds a character that is not plain ASCII (a stray byte, or a letter from another alphabet). Copy the key again from the Claude Console and paste it with nothing around it.</source>
        <translation>Der API-Schlüssel{0} ist fehlerhaft: Er enthält ein Zeichen, das kein einfaches ASCII ist (ein verirrtes Byte oder ein Buchstabe aus einem anderen Alphabet). Kopieren Sie den Schlüssel erneut aus der Claude Console und fügen Sie ihn ohne etwas drumherum ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API key{0} is malformed: it holds a space or a control character. Copy the key again from the Claude Console and paste it with nothing around it.</source>
        <translation>Der API-Schlüssel{0} ist fehlerhaft: Er enthält ein Leer- oder Steuerzeichen. Kopieren Sie den Schlüssel erneut aus der Claude Console und fügen Sie ihn ohne etwas drumherum ein.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>{0} is {1}, which is not a web address: use https://… (or unset it to use {2}).</source>
        <translation>{0} ist {1}, das ist keine Webadresse: Verwenden Sie https://… (oder entfernen Sie die Einstellung, um {2} zu verwenden).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is {1}: plain http would send your API key unencrypted to {2}. Use https://, or unset {0}; plain http is allowed only to this computer (localhost).</source>
        <translation>{0} ist {1}: Einfaches http würde Ihren API-Schlüssel unverschlüsselt an {2} senden. Verwenden Sie https:// oder entfernen Sie {0}; einfaches http ist nur zu diesem Computer (localhost) erlaubt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} is {1}: requests to {2} would pass through it in plain http, showing your API key to {3}. Use an https:// {4}, or add {5} to NO_PROXY.</source>
        <translation>{0} ist {1}: Anfragen an {2} würden in einfachem http darüber laufen und Ihren API-Schlüssel {3} zeigen. Verwenden Sie https:// für {4} oder fügen Sie {5} zu NO_PROXY hinzu.</translation>
    </message>
    <message>
        <location line="+165"/>
        <location filename="../advisor/lab/shown_errors.py" line="-36"/>
        <source>The Claude API did not finish the reply in time ({0}): the server is too slow or stalled. Try again later, or check ANTHROPIC_BASE_URL.</source>
        <translation>Die Claude-API hat die Antwort nicht rechtzeitig beendet ({0}): Der Server ist zu langsam oder hängt. Versuchen Sie es später erneut oder prüfen Sie ANTHROPIC_BASE_URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../advisor/lab/shown_errors.py" line="-3"/>
        <source>The reply was far longer than max_tokens allows ({0}), so it was cut off: the server is not behaving like the Claude API; check ANTHROPIC_BASE_URL.</source>
        <translation>Die Antwort war viel länger, als max_tokens erlaubt ({0}), und wurde deshalb abgeschnitten: Der Server verhält sich nicht wie die Claude-API; prüfen Sie ANTHROPIC_BASE_URL.</translation>
    </message>
</context>
<context>
    <name>option_in_sentence</name>
    <message>
        <location filename="../advisor/decision/counterfactuals.py" line="-49"/>
        <source>{0}</source>
        <translation>„{0}“</translation>
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
    <name>presets</name>
    <message>
        <location filename="../advisor/costs/presets.py" line="+29"/>
        <source>Small team</source>
        <translation>Kleines Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A start-up feature: 20,000 requests a month growing 5 % monthly, a part-time ML engineer.</source>
        <translation>Eine Start-up-Funktion: 20.000 Anfragen im Monat, 5 % Wachstum pro Monat, ein ML-Engineer in Teilzeit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mid-size team</source>
        <translation>Mittleres Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A product team: 250,000 requests a month growing 3 % monthly, one and a half ML engineers.</source>
        <translation>Ein Produktteam: 250.000 Anfragen im Monat, 3 % Wachstum pro Monat, anderthalb ML-Engineers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Large team</source>
        <translation>Großes Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An enterprise rollout: 3 million requests a month growing 2 % monthly, an ML team of four.</source>
        <translation>Ein unternehmensweiter Einsatz: 3 Millionen Anfragen im Monat, 2 % Wachstum pro Monat, ein ML-Team aus vier Personen.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{0} needed minus the {1} you have</source>
        <translation>{0} benötigt abzüglich der {1} vorhandenen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you will not retrain</source>
        <translation>Sie werden nicht neu trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your facts change every month</source>
        <translation>Ihre Fakten ändern sich jeden Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your facts change every week</source>
        <translation>Ihre Fakten ändern sich jede Woche</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0}: {1}, from your answers ({2}).</source>
        <translation>{0}: {1}, aus Ihren Antworten ({2}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: your figure {1} is used; your answers imply {2} ({3}).</source>
        <translation>{0}: Ihre Zahl {1} wird verwendet; aus Ihren Antworten ergibt sich {2} ({3}).</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../ui/printing/render.py" line="+199"/>
        <source>the printer or file could not be opened for painting</source>
        <translation>der Drucker oder die Datei ließ sich nicht zum Zeichnen öffnen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Page {0} of {1}</source>
        <translation>Seite {0} von {1}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{0}: could not write the PDF: {1}.</source>
        <translation>{0}: Das PDF konnte nicht geschrieben werden: {1}.</translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <location filename="toml_strings.py" line="+10"/>
        <source>The task</source>
        <translation>Die Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team and budget</source>
        <translation>Team und Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constraints</source>
        <translation>Rahmenbedingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have you tried prompt engineering with few-shot examples on a current Claude model, measured against your quality bar?</source>
        <translation>Haben Sie Prompt Engineering mit Few-Shot-Beispielen an einem aktuellen Claude-Modell ausprobiert und an Ihrer Qualitätsschwelle gemessen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A well-written prompt with a handful of examples solves most tasks teams expect to need fine-tuning for. Without a measured baseline you cannot tell whether fine-tuning would help, and every guide to fine-tuning asks for one first.</source>
        <translation>Ein gut geschriebener Prompt mit einer Handvoll Beispielen löst die meisten Aufgaben, für die Teams Fine-Tuning zu brauchen glauben. Ohne gemessene Ausgangsbasis lässt sich nicht sagen, ob Fine-Tuning helfen würde, und jeder Leitfaden zum Fine-Tuning verlangt zuerst eine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, and it meets our bar</source>
        <translation>Ja, und es erreicht unsere Schwelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, with minor gaps</source>
        <translation>Ja, mit kleinen Lücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, and it falls clearly short</source>
        <translation>Ja, und es bleibt deutlich dahinter zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where does prompting fall short?</source>
        <translation>Wo reicht Prompting nicht aus?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each kind of gap has its own remedy. Missing facts call for retrieval; format, tone and niche vocabulary are where fine-tuning can help; reasoning, speed and price usually call for a different model or prompt caching. Leave all unticked when nothing falls short.</source>
        <translation>Jede Art von Lücke hat ihr eigenes Gegenmittel. Fehlende Fakten sprechen für Retrieval; bei Format, Tonfall und Nischenvokabular kann Fine-Tuning helfen; Schlussfolgern, Geschwindigkeit und Preis sprechen meist für ein anderes Modell oder Prompt-Caching. Lassen Sie alles leer, wenn nichts fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facts from our own documents</source>
        <translation>Fakten aus unseren eigenen Dokumenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consistent format or tone</source>
        <translation>Einheitliches Format oder einheitlicher Ton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our niche vocabulary</source>
        <translation>Unser Nischenvokabular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning</source>
        <translation>Schlussfolgern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What share of your test cases must a solution pass before you would ship it?</source>
        <translation>Welchen Anteil Ihrer Testfälle muss eine Lösung bestehen, bevor Sie sie ausliefern würden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your quality bar, as a pass rate on a set of realistic test cases with known good answers (for example 90&#xa0;%). The advisor compares every measured result with it: a prompt that already passes it needs no fine-tuning.</source>
        <translation>Ihre Qualitätsschwelle, als Bestehensquote auf realistischen Testfällen mit bekannten guten Antworten (zum Beispiel 90&#xa0;%). Der Berater vergleicht jedes gemessene Ergebnis damit: Ein Prompt, der sie schon erreicht, braucht kein Fine-Tuning.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you measured it outside this app: what share of your test cases did your best prompt pass?</source>
        <translation>Falls Sie außerhalb dieser App gemessen haben: Welchen Anteil Ihrer Testfälle hat Ihr bester Prompt bestanden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The best result you got from a current Claude model with a prompt and a few examples, and no training. Leave it empty if you have not measured it, or if you test in this app&apos;s Prompt lab: the lab&apos;s own runs are used instead.</source>
        <translation>Das beste Ergebnis, das Sie mit einem aktuellen Claude-Modell, einem Prompt und einigen Beispielen ohne Training erzielt haben. Lassen Sie das Feld leer, wenn Sie nicht gemessen haben oder im Prompt-Labor dieser App testen: Dann zählen die Läufe des Labors.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many test cases did that measurement use?</source>
        <translation>Wie viele Testfälle umfasste diese Messung?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More cases make the measurement more trustworthy. With fewer than 20 the advisor shows the result but does not let it overrule your answer above; a few hundred settle most questions.</source>
        <translation>Mehr Fälle machen die Messung verlässlicher. Bei weniger als 20 zeigt der Berater das Ergebnis, lässt es Ihre Antwort oben aber nicht überstimmen; einige Hundert klären die meisten Fragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test cases</source>
        <translation>Testfälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does the model do, mostly?</source>
        <translation>Was macht das Modell überwiegend?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrow tasks with a fixed set of answers (sort, tag, pull out fields, fill a form) can often be handed to a much smaller, cheaper and faster model once Claude has shown it how. Open-ended writing, conversation and multi-step reasoning need a large general model.</source>
        <translation>Eng umrissene Aufgaben mit festen Antwortmöglichkeiten (sortieren, verschlagworten, Felder herausziehen, ein Formular ausfüllen) lassen sich oft einem viel kleineren, günstigeren und schnelleren Modell übergeben, sobald Claude es ihm vorgemacht hat. Freies Schreiben, Dialoge und mehrstufiges Schlussfolgern brauchen ein großes allgemeines Modell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort, tag, route or pull out fields</source>
        <translation>Sortieren, verschlagworten, weiterleiten oder Felder herausziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill a fixed form or format</source>
        <translation>Ein festes Formular oder Format füllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write, chat or summarize</source>
        <translation>Schreiben, chatten oder zusammenfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason over many steps, write code or act as an agent</source>
        <translation>Über viele Schritte schlussfolgern, Code schreiben oder als Agent handeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the language and knowledge the task needs found in public text?</source>
        <translation>Finden sich die Sprache und das Wissen, die die Aufgabe braucht, in öffentlichen Texten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General models have read the public web, books and code, including specialized fields such as law, medicine, finance and programming. Fine-tuning earns its keep only for language public text does not cover: the internal jargon of a legacy enterprise, unpublished research.</source>
        <translation>Allgemeine Modelle haben das öffentliche Web, Bücher und Code gelesen, auch Fachgebiete wie Recht, Medizin, Finanzen und Programmierung. Fine-Tuning lohnt sich nur für Sprache, die öffentliche Texte nicht abdecken: den internen Jargon eines alteingesessenen Unternehmens, unveröffentlichte Forschung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, it is everyday public language</source>
        <translation>Ja, alltägliche öffentliche Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is specialized but public (legal, medical, finance, code)</source>
        <translation>Fachsprache, aber öffentlich (Recht, Medizin, Finanzen, Code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, it is proprietary and niche</source>
        <translation>Nein, firmeneigene Nischensprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many high-quality labeled examples do you have, or can you afford to make?</source>
        <translation>Wie viele hochwertige, beschriftete Beispiele haben Sie oder können Sie mit vertretbarem Aufwand erstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples of the input and the answer you want, checked by someone who knows the work. A small, carefully curated set (hundreds) can be enough to train a model&apos;s style and format; a prompt needs only a handful, and the rest make a good test set.</source>
        <translation>Beispiele für die Eingabe und die gewünschte Antwort, geprüft von jemandem, der die Arbeit kennt. Ein kleiner, sorgfältig kuratierter Satz (einige Hundert) kann genügen, um Stil und Format eines Modells zu trainieren; ein Prompt braucht nur eine Handvoll, der Rest ergibt einen guten Testsatz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often do the facts the task relies on change?</source>
        <translation>Wie oft ändern sich die Fakten, auf die sich die Aufgabe stützt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facts baked into a model&apos;s weights go stale the day they change, and retraining takes weeks. Facts looked up at request time (retrieval) are always current.</source>
        <translation>In die Gewichte eines Modells eingebackene Fakten veralten an dem Tag, an dem sie sich ändern, und ein erneutes Training dauert Wochen. Bei jeder Anfrage nachgeschlagene Fakten (Retrieval) sind immer aktuell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rarely or never</source>
        <translation>Selten oder nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month or so</source>
        <translation>Etwa monatlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week or faster</source>
        <translation>Wöchentlich oder öfter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does the reference material fit in the model&apos;s context window (1M tokens, about 750,000 words, on current Claude models)?</source>
        <translation>Passt das Referenzmaterial in das Kontextfenster des Modells (1 Mio. Tokens, etwa 750.000 Wörter, bei aktuellen Claude-Modellen)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The context window is how much text the model can read in one request. Current Claude models read about 1 million tokens (roughly 750,000 words, a few thousand pages); older ones 200,000. If your material fits, you can put it in the prompt and let prompt caching make repeated use cheap. If it does not, retrieval picks the relevant parts for each request.</source>
        <translation>Das Kontextfenster gibt an, wie viel Text das Modell in einer Anfrage lesen kann. Aktuelle Claude-Modelle lesen etwa 1 Million Tokens (rund 750.000 Wörter, einige Tausend Seiten), ältere 200.000. Passt Ihr Material hinein, können Sie es in den Prompt legen und die wiederholte Nutzung mit Prompt-Caching günstig machen. Passt es nicht, wählt Retrieval für jede Anfrage die relevanten Teile aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who can run training pipelines, watch for overfitting and debug regressions?</source>
        <translation>Wer kann Trainingspipelines betreiben, auf Überanpassung achten und Regressionen beheben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fine-tuned model is a product to maintain, not a one-off purchase: data pipelines, evaluation, retraining and serving all need people who know the craft.</source>
        <translation>Ein feingetuntes Modell ist ein Produkt, das gepflegt werden will, kein einmaliger Kauf: Datenpipelines, Evaluation, erneutes Training und Betrieb brauchen Leute, die ihr Handwerk verstehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody on the team</source>
        <translation>Niemand im Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some experience, part time</source>
        <translation>Etwas Erfahrung, in Teilzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dedicated ML team</source>
        <translation>Ein eigenes ML-Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is the up-front budget for data and training?</source>
        <translation>Wie hoch ist das Anfangsbudget für Daten und Training?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labelling thousands of examples and several training runs cost money before the first request is served. The advisor compares this budget with the up-front cost in your cost projection.</source>
        <translation>Tausende Beispiele zu beschriften und mehrere Trainingsläufe kosten Geld, bevor die erste Anfrage beantwortet ist. Der Berater vergleicht dieses Budget mit den Anfangskosten in Ihrer Kostenprognose.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will you retrain whenever the base model updates or the use case shifts?</source>
        <translation>Werden Sie neu trainieren, wann immer sich das Basismodell oder der Anwendungsfall ändert?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base models improve every few months. A fine-tuned model is frozen at the version it was trained on, so keeping up means repeating the whole pipeline each time.</source>
        <translation>Basismodelle werden alle paar Monate besser. Ein feingetuntes Modell bleibt auf der Version stehen, auf der es trainiert wurde; Schritt zu halten heißt also, jedes Mal die ganze Pipeline zu wiederholen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where may the data be processed?</source>
        <translation>Wo dürfen die Daten verarbeitet werden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some data may leave your premises only through providers you hold a contract with, and some may not leave at all. Claude is available through AWS Bedrock and Google Vertex AI as well as Anthropic&apos;s own API.</source>
        <translation>Manche Daten dürfen Ihr Haus nur über Anbieter verlassen, mit denen Sie einen Vertrag haben, manche gar nicht. Claude ist über AWS Bedrock und Google Vertex AI sowie über Anthropics eigene API verfügbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any reputable cloud provider</source>
        <translation>Bei jedem seriösen Cloud-Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a provider we hold a contract with</source>
        <translation>Nur bei einem Anbieter, mit dem wir einen Vertrag haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only on our own infrastructure</source>
        <translation>Nur auf unserer eigenen Infrastruktur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does the product also rely on broad reasoning, summarization or coding?</source>
        <translation>Braucht das Produkt auch breites Schlussfolgern, Zusammenfassen oder Programmieren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tuning narrows a model: it can lose general skills it had before (catastrophic forgetting). A product that needs both niche language and general skills pays for that loss.</source>
        <translation>Fine-Tuning verengt ein Modell: Es kann allgemeine Fähigkeiten verlieren, die es vorher hatte (katastrophales Vergessen). Ein Produkt, das sowohl Nischensprache als auch allgemeine Fähigkeiten braucht, bezahlt diesen Verlust.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast must 95 of every 100 answers arrive (the 95th-percentile response time)?</source>
        <translation>Wie schnell müssen 95 von 100 Antworten eintreffen (die Antwortzeit im 95. Perzentil)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In milliseconds (1,000 ms = 1 second), the time within which 95 of every 100 requests must be answered; the slowest 5&#xa0;% may take longer. Smaller, faster models, streaming and prompt caching cut response times without training anything. Below about half a second a hosted large model rarely keeps up, and a small model of your own may be needed.</source>
        <translation>In Millisekunden (1.000 ms = 1 Sekunde): die Zeit, in der 95 von 100 Anfragen beantwortet sein müssen; die langsamsten 5&#xa0;% dürfen länger dauern. Kleinere, schnellere Modelle, Streaming und Prompt-Caching verkürzen Antwortzeiten, ohne etwas zu trainieren. Unter etwa einer halben Sekunde hält ein gehostetes großes Modell selten mit, und ein eigenes kleines Modell kann nötig werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many weeks until the feature must ship?</source>
        <translation>In wie vielen Wochen muss die Funktion ausgeliefert werden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prompt can ship this week. Fine-tuning needs data collection, labelling, training runs and evaluation first: plan for months.</source>
        <translation>Ein Prompt kann diese Woche live gehen. Fine-Tuning braucht zuerst Datensammlung, Beschriftung, Trainingsläufe und Evaluation: Planen Sie Monate ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location filename="../advisor/decision/questions.py" line="-63"/>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../advisor/report/adr.py" line="+26"/>
        <location filename="../advisor/report/html.py" line="+234"/>
        <location filename="../advisor/report/summary.py" line="+221"/>
        <location line="+59"/>
        <source>Untitled assessment</source>
        <translation>Unbenannte Bewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who decides: fill in before committing</source>
        <translation>wer entscheidet: vor dem Commit eintragen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Considered Options</source>
        <translation>Betrachtete Optionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pros and Cons of the Options</source>
        <translation>Vor- und Nachteile der Optionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}. Should we fine-tune a model for this task, or use Claude with prompting or retrieval, and what does each path cost?</source>
        <translation>{0}. Sollen wir für diese Aufgabe ein Modell feintunen oder Claude mit Prompting oder Retrieval nutzen, und was kostet jeder Weg?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context and Problem Statement</source>
        <translation>Kontext und Problemstellung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the team answered:</source>
        <translation>Was das Team geantwortet hat:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not answered yet: {0}.</source>
        <translation>Noch nicht beantwortet: {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decision Outcome</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen option: &quot;{0}&quot;, because {1}</source>
        <translation>Gewählte Option: „{0}“, denn {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../advisor/report/sections.py" line="+229"/>
        <source>Confidence: {0}</source>
        <translation>Konfidenz: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consequences</source>
        <translation>Konsequenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good, because {0}</source>
        <translation>Gut, denn {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neutral, because {0}</source>
        <translation>Neutral, denn {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the assessment again (`fine-tune-advisor summary FILE --format adr`) after each new measurement, and update this record when the verdict changes.</source>
        <translation>Führen Sie die Bewertung nach jeder neuen Messung erneut aus (`fine-tune-advisor summary FILE --format adr`) und aktualisieren Sie diesen Eintrag, wenn sich das Urteil ändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measured: {0}</source>
        <translation>Gemessen: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projected: {0}</source>
        <translation>Projiziert: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good, because it is the option the rules chose (see Decision Outcome).</source>
        <translation>Gut, denn die Regeln haben diese Option gewählt (siehe Entscheidung).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Neutral, because {0}.</source>
        <translation>Neutral, denn {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bad, because it holds only when {0}; you answered: {1} ({2})</source>
        <translation>Schlecht, denn sie setzt voraus: {0}; Ihre Antwort: {1} ({2})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad, because it holds only when {0} ({1})</source>
        <translation>Schlecht, denn sie setzt voraus: {0} ({1})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>retrieval measured in the prompt lab, {0}</source>
        <translation>Retrieval im Prompt-Labor gemessen, {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prompting alone, {0}</source>
        <translation>nur Prompting, {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the few-shot curve is rising (more examples still help)</source>
        <translation>die Few-Shot-Kurve steigt (mehr Beispiele helfen weiter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the few-shot curve is flat (more examples did not help)</source>
        <translation>die Few-Shot-Kurve ist flach (mehr Beispiele haben nicht geholfen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no case could be checked</source>
        <translation>kein Fall konnte geprüft werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} % of {1} cases passed (95 % interval {2}–{3} %)</source>
        <translation>{0} % von {1} Fällen bestanden (95-%-Intervall {2}–{3} %)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} over {1} months serving an open-weights model yourself</source>
        <translation>{0} über {1} Monate, wenn Sie ein Open-Weights-Modell selbst betreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} over {1} months on the fine-tuning path</source>
        <translation>{0} über {1} Monate auf dem Fine-Tuning-Weg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} over {1} months on the Claude API path</source>
        <translation>{0} über {1} Monate auf dem Claude-API-Weg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>More Information</source>
        <translation>Weitere Informationen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made by Fine-Tune Advisor {0} from the assessment on {1}; the figures and sources are the summary&apos;s own.</source>
        <translation>Erstellt von Fine-Tune Advisor {0} aus der Bewertung vom {1}; Zahlen und Quellen stammen aus der Zusammenfassung.</translation>
    </message>
    <message>
        <location filename="../advisor/report/answers_page.py" line="+45"/>
        <source>Your answers</source>
        <translation>Ihre Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As given in the questionnaire; a question left open reads &quot;not answered&quot;.</source>
        <translation>Wie im Fragebogen angegeben; eine offen gelassene Frage steht als „nicht beantwortet“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../advisor/report/cost_marks.py" line="+29"/>
        <location filename="../advisor/report/sections.py" line="-62"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month {0}</source>
        <translation>Monat {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Over your ranges ({0}), {1} draws, P10 / P50 / P90: API path {2}; fine-tuning path {3}</source>
        <translation>Über Ihre Spannen ({0}), {1} Ziehungen, P10 / P50 / P90: API-Weg {2}; Fine-Tuning-Weg {3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Break-even month P10 / P50 / P90: {0}</source>
        <translation>Break-even-Monat P10 / P50 / P90: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fine-tuning path is the cheaper one at the horizon in {0} % of the draws</source>
        <translation>Der Fine-Tuning-Weg ist am Ende des Zeitraums in {0} % der Ziehungen der günstigere</translation>
    </message>
    <message>
        <location filename="../advisor/report/html.py" line="-120"/>
        <location filename="../advisor/report/summary.py" line="+6"/>
        <source>Costs:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../advisor/report/summary.py" line="-73"/>
        <location line="+62"/>
        <source>Source: {0}</source>
        <translation>Quelle: {0}</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../advisor/report/sections.py" line="+122"/>
        <source>Prompt evidence</source>
        <translation>Belege zum Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompt-lab run is recorded yet.</source>
        <translation>Im Prompt-Labor ist noch kein Lauf aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Claude API path on {0}</source>
        <translation>Claude-API-Weg mit {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claude API path</source>
        <translation>Claude-API-Weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({0} up front)</source>
        <translation>({0} vorab)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total, month {0}</source>
        <translation>Summe, Monat {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month {0}</source>
        <translation>Monat {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fine-tuning path</source>
        <translation>Fine-Tuning-Weg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fine-tuning minus API</source>
        <translation>Fine-Tuning minus API</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cumulative cost of both paths by month</source>
        <translation>Kumulierte Kosten beider Wege nach Monat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System prompt (the start; the file holds all of it)</source>
        <translation>System-Prompt (der Anfang; die Datei enthält ihn vollständig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System prompt</source>
        <translation>System-Prompt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cost inputs set in this assessment or by your answers (the rest are the defaults)</source>
        <translation>Kosteneingaben aus dieser Bewertung oder aus Ihren Antworten (alle übrigen sind Standardwerte)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>assessment created {0}</source>
        <translation>Bewertung erstellt am {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last changed {0}</source>
        <translation>zuletzt geändert am {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary of {0}</source>
        <translation>Zusammenfassung vom {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generated by Fine-Tune Advisor {0} on {1}. The rules behind the advice and the cost formula are explained in the app&apos;s Help menu.</source>
        <translation>Erstellt von Fine-Tune Advisor {0} am {1}. Die Regeln hinter der Empfehlung und die Kostenformel erklärt das Hilfe-Menü der App.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{0} (from your answers)</source>
        <translation>{0} (aus Ihren Antworten)</translation>
    </message>
    <message>
        <location filename="../advisor/report/sections.py" line="-236"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} (provisional)</source>
        <translation>{0} (vorläufig)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Self-hosting breaks even in month {0}</source>
        <translation>Der Eigenbetrieb erreicht den Break-even in Monat {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tuning breaks even in month {0}</source>
        <translation>Fine-Tuning erreicht den Break-even in Monat {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-hosting never breaks even within {0} months</source>
        <translation>Der Eigenbetrieb erreicht innerhalb von {0} Monaten keinen Break-even</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tuning never breaks even within {0} months</source>
        <translation>Fine-Tuning erreicht innerhalb von {0} Monaten keinen Break-even</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API path (for reference only): {0} over {1} months on {2}</source>
        <translation>API-Weg (nur zum Vergleich): {0} über {1} Monate mit {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API path (for reference only): {0} over {1} months</source>
        <translation>API-Weg (nur zum Vergleich): {0} über {1} Monate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API path: {0} over {1} months on {2}</source>
        <translation>API-Weg: {0} über {1} Monate mit {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API path: {0} over {1} months</source>
        <translation>API-Weg: {0} über {1} Monate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Self-hosting path: {0} over {1} months</source>
        <translation>Eigenbetrieb: {0} über {1} Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tuning path: {0} over {1} months</source>
        <translation>Fine-Tuning-Weg: {0} über {1} Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-hosting path: {0} over {1} months, of which {2} up front</source>
        <translation>Eigenbetrieb: {0} über {1} Monate, davon {2} vorab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tuning path: {0} over {1} months, of which {2} up front</source>
        <translation>Fine-Tuning-Weg: {0} über {1} Monate, davon {2} vorab</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On {0} ({1}), a cheaper current Claude model, the API path would cost {2} over {3} months, {4} less</source>
        <translation>Mit {0} ({1}), einem günstigeren aktuellen Claude-Modell, würde der API-Weg über {3} Monate {2} kosten, {4} weniger</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{0}, run {1}</source>
        <translation>{0}, Lauf vom {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}. The run cost {1}</source>
        <translation>{0}. Der Lauf kostete {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompt alone</source>
        <translation>Nur der Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole documents in the context</source>
        <translation>Ganze Dokumente im Kontext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrieved passages</source>
        <translation>Abgerufene Passagen (Retrieval)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} of {1} passed ({2} %, 95 % interval {3}–{4} %)</source>
        <translation>{0} von {1} bestanden ({2} %, 95-%-Intervall {3}–{4} %)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}: {1}, {2} per 1,000 requests</source>
        <translation>{0}: {1}, {2} pro 1.000 Anfragen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 example {0} % ({1}–{2} %)</source>
        <translation>1 Beispiel {0} % ({1}–{2} %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} examples {1} % ({2}–{3} %)</source>
        <translation>{0} Beispiele {1} % ({2}–{3} %)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Few-shot curve: {0}, flat: more examples did not help</source>
        <translation>Few-Shot-Kurve: {0}; flach: Mehr Beispiele haben nicht geholfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Few-shot curve: {0}, still rising: more examples still help</source>
        <translation>Few-Shot-Kurve: {0}; steigt noch: Mehr Beispiele helfen weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Few-shot curve: {0}</source>
        <translation>Few-Shot-Kurve: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your own model {0}</source>
        <translation>Ihr eigenes Modell {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prices: {0} {1} / {2} per million input / output tokens, as of {3}</source>
        <translation>Preise: {0} {1} / {2} pro Million Eingabe-/Ausgabe-Tokens, Stand {3}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prices: {0} {1} / {2} per million input / output tokens</source>
        <translation>Preise: {0} {1} / {2} pro Million Eingabe-/Ausgabe-Tokens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The advice is one of {0} verdicts: {1}</source>
        <translation>Die Empfehlung ist eines von {0} Urteilen: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-Tune Advisor {0}, generated {1}</source>
        <translation>Fine-Tune Advisor {0}, erstellt am {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PROVISIONAL RECOMMENDATION</source>
        <translation>VORLÄUFIGE EMPFEHLUNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RECOMMENDATION</source>
        <translation>EMPFEHLUNG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provisional: some answers that could change it are missing</source>
        <translation>Vorläufig: Es fehlen Antworten, die sie ändern könnten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Based on all the answers that matter</source>
        <translation>Beruht auf allen Antworten, auf die es ankommt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt evidence: </source>
        <translation>Belege zum Prompt: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured: </source>
        <translation>Gemessen: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own model: </source>
        <translation>Ihr eigenes Modell: </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✘ {0} → {1} (did not hold)</source>
        <translation>✘ {0} → {1} (traf nicht zu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saw: {0}</source>
        <translation>vorgefunden: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would change the advice</source>
        <translation>Was die Empfehlung ändern würde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then, too</source>
        <translation>Außerdem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost over {0} months</source>
        <translation>Kosten über {0} Monate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it would take to justify fine-tuning</source>
        <translation>Was Fine-Tuning rechtfertigen würde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now: {0}</source>
        <translation>jetzt: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unanswered questions that could change it</source>
        <translation>Offene Fragen, die sie ändern könnten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the lab measured</source>
        <translation>Was das Labor gemessen hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the advisor got there</source>
        <translation>Wie der Berater dazu kam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules are tried in order; the first that holds gives the advice.</source>
        <translation>Die Regeln werden der Reihe nach geprüft; die erste, die zutrifft, bestimmt die Empfehlung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <location filename="../advisor/report/summary.py" line="-204"/>
        <source>the cost projection failed</source>
        <translation>die Kostenprojektion ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs are not shown: {0}</source>
        <translation>Kosten werden nicht angezeigt: {0}</translation>
    </message>
    <message>
        <location line="+152"/>
        <location line="+59"/>
        <source>Recommendation: {0}</source>
        <translation>Empfehlung: {0}</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Costs: {0}</source>
        <translation>Kosten: {0}</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="toml_strings.py" line="+3"/>
        <source>Use Claude with prompt engineering</source>
        <translation>Claude mit Prompt Engineering nutzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompt engineering</source>
        <translation>Prompt Engineering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a current Claude model and steer it with a clear system prompt and a handful of few-shot examples. Where the same long context is sent again and again, prompt caching makes it cheap. Nothing is trained, so every new Claude model is an upgrade you get for free.</source>
        <translation>Bleiben Sie bei einem aktuellen Claude-Modell und steuern Sie es mit einem klaren System-Prompt und einer Handvoll Few-Shot-Beispielen. Wo derselbe lange Kontext immer wieder gesendet wird, macht Prompt-Caching ihn günstig. Nichts wird trainiert, daher ist jedes neue Claude-Modell ein Upgrade, das Sie umsonst bekommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down the quality bar as a set of test cases with expected answers, and keep them as your evaluation set.</source>
        <translation>Halten Sie die Qualitätsschwelle als Testfälle mit erwarteten Antworten fest und bewahren Sie diese als Ihren Evaluationssatz auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft the prompt: role, task, output format, and three to five worked examples from your own data.</source>
        <translation>Entwerfen Sie den Prompt: Rolle, Aufgabe, Ausgabeformat und drei bis fünf ausgearbeitete Beispiele aus Ihren eigenen Daten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the tests in the Prompt lab on Haiku first, then on Sonnet, and compare pass rates and cost.</source>
        <translation>Führen Sie die Tests im Prompt-Labor zuerst mit Haiku, dann mit Sonnet aus und vergleichen Sie Bestehensquoten und Kosten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache the long, unchanging part of the prompt and measure the cache hit share.</source>
        <translation>Cachen Sie den langen, gleichbleibenden Teil des Prompts und messen Sie den Anteil der Cache-Treffer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run the tests whenever you change the prompt or a new Claude model ships.</source>
        <translation>Wiederholen Sie die Tests, wann immer Sie den Prompt ändern oder ein neues Claude-Modell erscheint.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Claude with retrieval over your documents</source>
        <translation>Claude mit Retrieval über Ihre Dokumente nutzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retrieval (RAG)</source>
        <translation>Retrieval (RAG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the facts in your own documents and look up the relevant passages for each request, then give them to Claude in the prompt. Facts stay current the moment a document changes, answers can cite their sources, and no model has to be retrained.</source>
        <translation>Lassen Sie die Fakten in Ihren eigenen Dokumenten, suchen Sie für jede Anfrage die relevanten Passagen heraus und geben Sie sie Claude im Prompt mit. Fakten sind aktuell, sobald sich ein Dokument ändert, Antworten können ihre Quellen nennen, und kein Modell muss neu trainiert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrieval costs are not priced yet: enter the retrieval set-up and upkeep under Costs.</source>
        <translation>Die Kosten für Retrieval sind noch nicht beziffert: Tragen Sie Einrichtung und Pflege des Retrievals unter Kosten ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect the documents the answers depend on and decide who keeps them up to date.</source>
        <translation>Sammeln Sie die Dokumente, von denen die Antworten abhängen, und legen Sie fest, wer sie aktuell hält.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split them into passages and index them (embeddings plus keyword search works well together).</source>
        <translation>Teilen Sie sie in Passagen auf und indexieren Sie diese (Embeddings und Stichwortsuche ergänzen sich gut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt Claude to answer only from the retrieved passages and to cite them.</source>
        <translation>Weisen Sie Claude an, nur aus den gefundenen Passagen zu antworten und sie zu zitieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build test questions with known answers and measure retrieval hits and answer quality separately.</source>
        <translation>Erstellen Sie Testfragen mit bekannten Antworten und messen Sie Retrieval-Treffer und Antwortqualität getrennt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache the fixed part of the prompt; refresh the index on the schedule your facts change.</source>
        <translation>Cachen Sie den festen Teil des Prompts; aktualisieren Sie den Index in dem Takt, in dem sich Ihre Fakten ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tuning is justified</source>
        <translation>Fine-Tuning ist gerechtfertigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fine-tune</source>
        <translation>Fine-Tuning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the rare niche-data case: your task depends on proprietary language public text does not cover, prompting falls short on it, and you have the examples, the budget and a dedicated team to keep a custom model alive through every base-model update. In late 2026 that means an open-weights model you train (usually with LoRA) and host: hosted fine-tuning of frontier proprietary models is being withdrawn (OpenAI takes no new fine-tuning jobs after 6 January 2027), and a hosted fine-tuned model stops working when its base model is retired.</source>
        <translation>Dies ist der seltene Fall der Nischendaten: Ihre Aufgabe hängt von firmeneigener Sprache ab, die öffentliche Texte nicht abdecken, Prompting reicht dafür nicht aus, und Sie haben die Beispiele, das Budget und ein eigenes Team, um ein angepasstes Modell durch jedes Update des Basismodells am Leben zu halten. Ende 2026 heißt das: ein Open-Weights-Modell, das Sie selbst trainieren (meist mit LoRA) und betreiben. Gehostetes Fine-Tuning proprietärer Spitzenmodelle wird eingestellt (OpenAI nimmt nach dem 6. Januar 2027 keine neuen Fine-Tuning-Aufträge mehr an), und ein gehostetes feingetuntes Modell funktioniert nicht mehr, sobald sein Basismodell abgekündigt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freeze the best prompt-only result as the baseline every fine-tuned model must beat.</source>
        <translation>Frieren Sie das beste Ergebnis mit Prompt allein als Ausgangsbasis ein, die jedes feingetunte Modell übertreffen muss.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curate the training set: quality beats quantity; hold out a test set the model never sees.</source>
        <translation>Kuratieren Sie die Trainingsdaten: Qualität schlägt Menge; halten Sie einen Testsatz zurück, den das Modell nie sieht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start small: a LoRA (parameter-efficient) run on a mid-size open-weights model, compared with the baseline.</source>
        <translation>Fangen Sie klein an: ein LoRA-Lauf (parametereffizient) auf einem mittelgroßen Open-Weights-Modell, verglichen mit der Ausgangsbasis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test general skills too (reasoning, summarization) to catch catastrophic forgetting.</source>
        <translation>Testen Sie auch allgemeine Fähigkeiten (Schlussfolgern, Zusammenfassen), um katastrophales Vergessen zu erkennen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan the retraining pipeline before launch: each new base model means data, training and evaluation again.</source>
        <translation>Planen Sie die Pipeline für erneutes Training vor dem Start: Jedes neue Basismodell bedeutet wieder Daten, Training und Evaluation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run an open-weights model on your own infrastructure</source>
        <translation>Ein Open-Weights-Modell auf eigener Infrastruktur betreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-host an open-weights model</source>
        <translation>ein Open-Weights-Modell selbst betreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A hosted proprietary API is ruled out: your data may not leave your infrastructure. Serve an open-weights model on your own hardware, start with prompting it, and fine-tune only if the niche-data case holds.</source>
        <translation>Eine gehostete proprietäre API kommt nicht in Frage: Ihre Daten dürfen Ihre Infrastruktur nicht verlassen. Betreiben Sie ein Open-Weights-Modell auf eigener Hardware, beginnen Sie mit Prompting und feintunen Sie nur, wenn der Fall der Nischendaten zutrifft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick two or three open-weights models that fit your hardware and licence needs.</source>
        <translation>Wählen Sie zwei oder drei Open-Weights-Modelle, die zu Ihrer Hardware und Ihren Lizenzanforderungen passen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build an evaluation set from your quality bar and compare the models with prompting alone.</source>
        <translation>Bauen Sie aus Ihrer Qualitätsschwelle einen Evaluationssatz und vergleichen Sie die Modelle mit Prompting allein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size the serving hardware for peak load and plan for monitoring and upgrades.</source>
        <translation>Legen Sie die Hardware für den Betrieb auf Spitzenlast aus und planen Sie Überwachung und Upgrades ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tune only if prompting falls short on niche language and you have the team to maintain it.</source>
        <translation>Feintunen Sie nur, wenn Prompting bei Nischensprache nicht ausreicht und Sie das Team haben, das Modell zu pflegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distil Claude into a small model of your own</source>
        <translation>Claude in ein eigenes kleines Modell destillieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distil into a small open-weights model</source>
        <translation>in ein kleines Open-Weights-Modell destillieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume or latency, not knowledge, is the problem on a narrow task. Use Claude as the teacher: let it label your real inputs, fine-tune a small open-weights model on those labels, serve that model for the bulk of the traffic, and keep Claude for the hard cases the small model is unsure of. Hosted fine-tuning of frontier proprietary models is being withdrawn (OpenAI takes no new fine-tuning jobs after 6 January 2027), so the small model is an open-weights one you host.</source>
        <translation>Bei einer eng umrissenen Aufgabe sind Volumen oder Latenz das Problem, nicht Wissen. Nutzen Sie Claude als Lehrer: Lassen Sie Claude Ihre echten Eingaben beschriften, feintunen Sie ein kleines Open-Weights-Modell auf diesen Beschriftungen, beantworten Sie damit den Großteil der Anfragen und behalten Sie Claude für die schwierigen Fälle, bei denen das kleine Modell unsicher ist. Gehostetes Fine-Tuning proprietärer Spitzenmodelle wird eingestellt (OpenAI nimmt nach dem 6. Januar 2027 keine neuen Fine-Tuning-Aufträge mehr an), daher ist das kleine Modell ein Open-Weights-Modell, das Sie selbst betreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freeze today&apos;s best prompt on Claude as the baseline, with its pass rate on your test set.</source>
        <translation>Frieren Sie den heute besten Prompt auf Claude als Ausgangsbasis ein, mit seiner Bestehensquote auf Ihrem Testsatz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the terms first: Anthropic lets you train a model on Claude&apos;s outputs when it does not compete with Anthropic&apos;s own models (a classifier, an extractor, a summarizer for your task); a competing model needs Anthropic&apos;s written permission.</source>
        <translation>Prüfen Sie zuerst die Bedingungen: Anthropic erlaubt, ein Modell mit den Ausgaben von Claude zu trainieren, wenn es nicht mit Anthropics eigenen Modellen konkurriert (ein Klassifikator, ein Extraktor, ein Zusammenfasser für Ihre Aufgabe); ein konkurrierendes Modell braucht die schriftliche Erlaubnis von Anthropic.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have Claude label a large sample of real inputs with that prompt; check a random slice by hand.</source>
        <translation>Lassen Sie Claude mit diesem Prompt eine große Stichprobe echter Eingaben beschriften; prüfen Sie einen zufälligen Ausschnitt von Hand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tune a small open-weights model (LoRA) on Claude&apos;s labels; hold out a test set it never sees.</source>
        <translation>Feintunen Sie ein kleines Open-Weights-Modell (LoRA) auf den Beschriftungen von Claude; halten Sie einen Testsatz zurück, den es nie sieht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate it against the frozen prompt baseline on pass rate, latency and cost per request.</source>
        <translation>Vergleichen Sie es mit der eingefrorenen Prompt-Ausgangsbasis nach Bestehensquote, Latenz und Kosten pro Anfrage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serve it for the bulk of traffic and route low-confidence or unusual cases to Claude.</source>
        <translation>Setzen Sie es für den Großteil der Anfragen ein und leiten Sie unsichere oder ungewöhnliche Fälle an Claude weiter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-label and retrain when the inputs drift or a better teacher model ships.</source>
        <translation>Beschriften und trainieren Sie neu, wenn sich die Eingaben verschieben oder ein besseres Lehrermodell erscheint.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data must stay on your own infrastructure</source>
        <translation>Die Daten müssen auf Ihrer eigenen Infrastruktur bleiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data may be processed only on your own infrastructure, so no hosted API can be used: Claude is offered through Anthropic&apos;s API and through cloud platforms (Amazon Bedrock, Google Cloud, Microsoft Foundry), all of them hosted.</source>
        <translation>Ihre Daten dürfen nur auf Ihrer eigenen Infrastruktur verarbeitet werden, daher kommt keine gehostete API in Frage: Claude wird über die API von Anthropic und über Cloud-Plattformen (Amazon Bedrock, Google Cloud, Microsoft Foundry) angeboten, alle gehostet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data may be processed only on your own infrastructure</source>
        <translation>die Daten dürfen nur auf Ihrer eigenen Infrastruktur verarbeitet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try prompting first, and measure</source>
        <translation>Zuerst Prompting ausprobieren und messen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt engineering has not been tried against your quality bar yet. Every fine-tuning guide asks for that baseline first: write evaluations, prompt the model, and only then consider training; without a measured baseline nobody can tell whether fine-tuning would help.</source>
        <translation>Prompt Engineering wurde noch nicht an Ihrer Qualitätsschwelle erprobt. Jeder Leitfaden zum Fine-Tuning verlangt zuerst diese Ausgangsbasis: Evaluationen schreiben, das Modell per Prompt anleiten und erst dann Training erwägen; ohne gemessene Ausgangsbasis kann niemand sagen, ob Fine-Tuning helfen würde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you have not said whether prompting was tried</source>
        <translation>Sie haben nicht angegeben, ob Prompting ausprobiert wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompting has not been tried yet</source>
        <translation>Prompting wurde noch nicht ausprobiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The distillation gate</source>
        <translation>Die Voraussetzungen fürs Destillieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A narrow task ({answer:task_type}) where volume or speed, not knowledge, is the problem: Claude can teach a small open-weights model from its own labels, which then answers faster and cheaper, with Claude kept for the hard cases.</source>
        <translation>Eine eng umrissene Aufgabe ({answer:task_type}), bei der Volumen oder Geschwindigkeit das Problem sind, nicht Wissen: Claude kann ein kleines Open-Weights-Modell mit seinen eigenen Beschriftungen anlernen, das dann schneller und günstiger antwortet, während Claude für die schwierigen Fälle bleibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the task is narrow: classifying, extracting or filling a fixed format</source>
        <translation>die Aufgabe ist eng umrissen: klassifizieren, extrahieren oder ein festes Format füllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you have said what the model does</source>
        <translation>Sie haben angegeben, was das Modell macht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompting falls short on speed or price</source>
        <translation>Prompting reicht bei Geschwindigkeit oder Preis nicht aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the task&apos;s language is in public text (a narrow transform at volume)</source>
        <translation>die Sprache der Aufgabe findet sich in öffentlichen Texten (eine eng umrissene Umwandlung in großer Menge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompting falls short on facts from your own documents</source>
        <translation>Prompting reicht bei Fakten aus Ihren eigenen Dokumenten nicht aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the facts change monthly or faster</source>
        <translation>die Fakten ändern sich monatlich oder öfter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reference material does not fit in the context window</source>
        <translation>das Referenzmaterial passt nicht in das Kontextfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone on the team can train and serve a small model</source>
        <translation>jemand im Team kann ein kleines Modell trainieren und betreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claude already does the task well enough to be the teacher</source>
        <translation>Claude erledigt die Aufgabe schon gut genug, um als Lehrer zu dienen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you have at least 500 labeled examples to train on</source>
        <translation>Sie haben mindestens 500 beschriftete Beispiele zum Trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you need answers in under 500 ms, faster than a hosted large model reliably answers</source>
        <translation>Sie brauchen Antworten in unter 500 ms, schneller, als ein gehostetes großes Modell zuverlässig antwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the fine-tuning path pays for itself within the projection ({derived:break_even_month})</source>
        <translation>der Fine-Tuning-Weg macht sich innerhalb der Prognose bezahlt ({derived:break_even_month})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompting already meets your bar</source>
        <translation>Prompting erreicht Ihre Schwelle bereits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your prompt already meets your quality bar. Prompting beats fine-tuning on speed, cost and keeping up with model updates: a prompt carries over to each new Claude model, a fine-tuned model has to be trained again.</source>
        <translation>Ihr Prompt erreicht Ihre Qualitätsschwelle bereits. Prompting schlägt Fine-Tuning bei Geschwindigkeit, Kosten und beim Schritthalten mit Modell-Updates: Ein Prompt lässt sich auf jedes neue Claude-Modell übertragen, ein feingetuntes Modell muss neu trainiert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompting already meets your quality bar</source>
        <translation>Prompting erreicht Ihre Qualitätsschwelle bereits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The niche-data gate</source>
        <translation>Die Voraussetzungen für Nischendaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every part of the niche-data case holds: proprietary, niche language that public text does not cover, prompting falling short on it, {answer:labeled_examples}, a budget that covers the {derived:upfront_fine_tune_usd} up-front cost, and a dedicated team committed to retraining.</source>
        <translation>Jeder Teil des Falls der Nischendaten trifft zu: firmeneigene Nischensprache, die öffentliche Texte nicht abdecken, Prompting, das dafür nicht ausreicht, {answer:labeled_examples}, ein Budget, das die Anfangskosten von {derived:upfront_fine_tune_usd} deckt, und ein eigenes Team, das sich zu erneutem Training verpflichtet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language the task needs is proprietary and niche, not found in public text</source>
        <translation>die Sprache, die die Aufgabe braucht, ist firmeneigen und eine Nische, nicht in öffentlichen Texten zu finden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompting falls short on your niche vocabulary or on consistent format</source>
        <translation>Prompting reicht bei Ihrem Nischenvokabular oder bei einheitlichem Format nicht aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a dedicated ML team runs training and debugs regressions</source>
        <translation>ein eigenes ML-Team betreibt das Training und behebt Regressionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you commit to retraining at every base-model update</source>
        <translation>Sie verpflichten sich, bei jedem Update des Basismodells neu zu trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you have at least 500 high-quality labeled examples</source>
        <translation>Sie haben mindestens 500 hochwertige, beschriftete Beispiele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the up-front budget covers labelling and training runs ({derived:upfront_fine_tune_usd})</source>
        <translation>das Anfangsbudget deckt Beschriftung und Trainingsläufe ({derived:upfront_fine_tune_usd})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing facts call for retrieval</source>
        <translation>Fehlende Fakten sprechen für Retrieval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claude needs facts from your own documents that the prompt alone does not give it: prompting falls short on them, and they change, do not fit in the context window, or your lab runs showed the documents make the difference. Retrieval gives Claude the current facts at request time; fine-tuning injects knowledge less reliably than retrieval does, and goes stale with every change.</source>
        <translation>Claude braucht Fakten aus Ihren eigenen Dokumenten, die der Prompt allein nicht liefert: Prompting reicht dafür nicht aus, und sie ändern sich, passen nicht in das Kontextfenster, oder Ihre Läufe im Labor haben gezeigt, dass die Dokumente den Unterschied machen. Retrieval gibt Claude bei jeder Anfrage die aktuellen Fakten; Fine-Tuning vermittelt Wissen weniger zuverlässig als Retrieval und veraltet mit jeder Änderung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a lab run with your documents meets your bar where the prompt alone falls short (20 tests or more)</source>
        <translation>ein Lauf im Labor mit Ihren Dokumenten erreicht Ihre Schwelle, wo der Prompt allein nicht ausreicht (20 Tests oder mehr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise, better prompts</source>
        <translation>Andernfalls: bessere Prompts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither the niche-data case for fine-tuning nor the case for distilling holds, and nothing calls for retrieval, so the remaining gaps are best closed with better prompts, examples, a different Claude model or prompt caching. Latency and cost, in particular, are often fixed more easily by choosing a different model than by training one.</source>
        <translation>Weder der Fall der Nischendaten für Fine-Tuning noch der Fall für das Destillieren trifft zu, und nichts spricht für Retrieval; die verbleibenden Lücken schließen Sie daher am besten mit besseren Prompts, Beispielen, einem anderen Claude-Modell oder Prompt-Caching. Gerade Latenz und Kosten lassen sich oft leichter durch die Wahl eines anderen Modells verbessern als durch das Trainieren eines eigenen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your product also relies on broad reasoning, summarization or coding. Fine-tuning narrows a model and can erase general skills it had (catastrophic forgetting): if you fine-tune, test those skills with every release.</source>
        <translation>Ihr Produkt braucht auch breites Schlussfolgern, Zusammenfassen oder Programmieren. Fine-Tuning verengt ein Modell und kann allgemeine Fähigkeiten löschen, die es hatte (katastrophales Vergessen): Wenn Sie feintunen, testen Sie diese Fähigkeiten bei jeder Veröffentlichung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your product also relies on broad reasoning, summarization or coding: a general model steered by prompts keeps those skills, where fine-tuning can erode them (catastrophic forgetting).</source>
        <translation>Ihr Produkt braucht auch breites Schlussfolgern, Zusammenfassen oder Programmieren: Ein allgemeines, per Prompt gesteuertes Modell behält diese Fähigkeiten, während Fine-Tuning sie aushöhlen kann (katastrophales Vergessen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fine-tuned model is frozen at the base model it was trained on, and a hosted one stops working when its base model is retired. Every base-model update or shift in the use case means collecting data, training and evaluating again; a prompt usually carries over to the next model.</source>
        <translation>Ein feingetuntes Modell bleibt auf dem Basismodell stehen, auf dem es trainiert wurde, und ein gehostetes funktioniert nicht mehr, sobald sein Basismodell abgekündigt wird. Jedes Update des Basismodells und jede Verschiebung im Anwendungsfall heißt erneut Daten sammeln, trainieren und evaluieren; ein Prompt lässt sich meist auf das nächste Modell übertragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan for open weights and LoRA (low-rank adaptation), which trains a small set of added weights instead of the whole model: far fewer GPU-hours, on a base model you can keep running.</source>
        <translation>Planen Sie mit offenen Gewichten und LoRA (Low-Rank Adaptation), das statt des ganzen Modells nur eine kleine Menge zusätzlicher Gewichte trainiert: weit weniger GPU-Stunden, auf einem Basismodell, das Sie weiter betreiben können.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anthropic&apos;s terms allow training models that do not compete with Anthropic&apos;s own on Claude&apos;s outputs (classifiers, extraction, summarization or search tools for your task); training a competing model on them needs Anthropic&apos;s written permission.</source>
        <translation>Die Bedingungen von Anthropic erlauben, Modelle mit den Ausgaben von Claude zu trainieren, die nicht mit Anthropics eigenen konkurrieren (Klassifikatoren, Extraktions-, Zusammenfassungs- oder Suchwerkzeuge für Ihre Aufgabe); ein konkurrierendes Modell damit zu trainieren, braucht die schriftliche Erlaubnis von Anthropic.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosted tuning remains for some smaller models: Amazon Bedrock still tunes Amazon Nova.</source>
        <translation>Für einige kleinere Modelle gibt es weiterhin gehostetes Tuning: Amazon Bedrock tunt noch Amazon Nova.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Claude model can be fine-tuned now: Bedrock&apos;s one, Claude 3 Haiku, reached end of life on 10 September 2026 in most regions.</source>
        <translation>Kein Claude-Modell lässt sich derzeit feintunen: Das einzige bei Bedrock, Claude 3 Haiku, hat am 10. September 2026 in den meisten Regionen sein Lebensende erreicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google&apos;s Vertex AI still fine-tunes Gemini 2.5 models (Flash and Flash-Lite among them).</source>
        <translation>Googles Vertex AI feintunt weiterhin Gemini-2.5-Modelle (darunter Flash und Flash-Lite).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep facts out of the weights: fine-tuning a model on facts it did not already know is slow to take hold and makes it more likely to hallucinate. Put the facts in the prompt or retrieve them.</source>
        <translation>Halten Sie Fakten aus den Gewichten heraus: Ein Modell auf Fakten zu feintunen, die es nicht schon kannte, wirkt nur langsam und macht Halluzinationen wahrscheinlicher. Legen Sie die Fakten in den Prompt oder holen Sie sie per Retrieval.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small, carefully curated set can be enough: about 1,000 well-chosen examples shaped a strong model&apos;s style and format, where thousands of noisy ones teach it the noise. Quality of the examples matters more than their number; spend a small set first as few-shot examples and tests.</source>
        <translation>Ein kleiner, sorgfältig kuratierter Satz kann genügen: Etwa 1.000 gut gewählte Beispiele prägten Stil und Format eines starken Modells, wo Tausende verrauschte ihm das Rauschen beibringen. Die Qualität der Beispiele zählt mehr als ihre Zahl; setzen Sie einen kleinen Satz zuerst als Few-Shot-Beispiele und Tests ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reference material fits in the context window: put the long, unchanging part at the start of the prompt and cache it. Cached input is billed at a tenth of the input price and answers come back faster.</source>
        <translation>Ihr Referenzmaterial passt in das Kontextfenster: Setzen Sie den langen, gleichbleibenden Teil an den Anfang des Prompts und cachen Sie ihn. Gecachte Eingaben kosten ein Zehntel des Eingabepreises, und Antworten kommen schneller.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current Claude models read about 1 million tokens (roughly 750,000 words) in one request, so reference material that once needed retrieval may now fit in the prompt itself.</source>
        <translation>Aktuelle Claude-Modelle lesen etwa 1 Million Tokens (rund 750.000 Wörter) in einer Anfrage; Referenzmaterial, das früher Retrieval brauchte, passt daher womöglich direkt in den Prompt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data may go only to a provider you hold a contract with: Claude is available through Amazon Bedrock, Google Cloud and Microsoft Foundry, so you can use it under the cloud contract you already have.</source>
        <translation>Ihre Daten dürfen nur an einen Anbieter gehen, mit dem Sie einen Vertrag haben: Claude ist über Amazon Bedrock, Google Cloud und Microsoft Foundry verfügbar, Sie können es also unter Ihrem bestehenden Cloud-Vertrag nutzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You need to ship in {answer:weeks_to_launch}. A prompt can be measured and improved in days; a fine-tuning pipeline (data collection, labelling, training runs, evaluation) usually takes months.</source>
        <translation>Sie müssen in {answer:weeks_to_launch} ausliefern. Ein Prompt lässt sich in Tagen messen und verbessern; eine Fine-Tuning-Pipeline (Datensammlung, Beschriftung, Trainingsläufe, Evaluation) dauert meist Monate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed is a requirement: a smaller model such as Haiku, streaming, prompt caching and shorter outputs all cut response time without training anything.</source>
        <translation>Geschwindigkeit ist eine Anforderung: Ein kleineres Modell wie Haiku, Streaming, Prompt-Caching und kürzere Ausgaben verkürzen alle die Antwortzeit, ohne etwas zu trainieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The projection says the fine-tuning path costs {derived:fine_tune_to_api_ratio} the API path over {derived:horizon_months}: the verdict rests on quality alone.</source>
        <translation>Laut Prognose kostet der Fine-Tuning-Weg über {derived:horizon_months} {derived:fine_tune_to_api_ratio} so viel wie der API-Weg: Das Urteil stützt sich allein auf die Qualität.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Across the ranges you gave, the fine-tuning path is the cheaper one over {derived:horizon_months} in only {derived:p_fine_tune_cheaper} of the draws: the verdict rests on quality alone.</source>
        <translation>Über die von Ihnen angegebenen Spannen ist der Fine-Tuning-Weg über {derived:horizon_months} nur in {derived:p_fine_tune_cheaper} der Ziehungen der günstigere: Das Urteil stützt sich allein auf die Qualität.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The projection says the fine-tuning path costs under half the API path ({derived:cost_gap_usd} less over {derived:horizon_months}): the verdict rests on quality and upkeep, not on cost.</source>
        <translation>Laut Prognose kostet der Fine-Tuning-Weg weniger als die Hälfte des API-Wegs ({derived:cost_gap_usd} weniger über {derived:horizon_months}): Das Urteil stützt sich auf Qualität und Pflegeaufwand, nicht auf die Kosten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More examples still help: your few-shot curve is still rising at its largest number of examples, so more labelled data may lift quality further, which is the case distillation or fine-tuning would build on.</source>
        <translation>Mehr Beispiele helfen noch: Ihre Few-Shot-Kurve steigt bei der größten Zahl an Beispielen weiter an; mehr beschriftete Daten können die Qualität also weiter heben, und genau darauf würden Destillieren oder Fine-Tuning aufbauen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More examples did not help: your few-shot curve is flat, so more labelled data is unlikely to lift quality, and training on labelled data is what this path relies on.</source>
        <translation>Mehr Beispiele haben nicht geholfen: Ihre Few-Shot-Kurve ist flach; mehr beschriftete Daten heben die Qualität daher kaum, und genau auf das Training mit beschrifteten Daten setzt dieser Weg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The distillation is advised on latency alone: the projection shows no lasting break-even within {derived:horizon_months}.</source>
        <translation>Das Destillieren wird allein wegen der Latenz empfohlen: Die Prognose zeigt innerhalb von {derived:horizon_months} keinen dauerhaften Break-even.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once retrieval works, tuning on your question-answer pairs can add accuracy on your vocabulary.</source>
        <translation>Sobald Retrieval funktioniert, kann Tuning auf Ihren Frage-Antwort-Paaren die Genauigkeit bei Ihrem Vokabular erhöhen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tuning is justified on quality; it costs {derived:cost_gap_usd} more than the API path over {derived:horizon_months}, and its {derived:upfront_fine_tune_usd} up front is within the budget you gave.</source>
        <translation>Fine-Tuning ist durch die Qualität gerechtfertigt; es kostet über {derived:horizon_months} {derived:cost_gap_usd} mehr als der API-Weg, und seine {derived:upfront_fine_tune_usd} Anfangskosten liegen im angegebenen Budget.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tuning is justified on quality and also saves money: it costs {derived:cost_gap_usd} less than the API path over {derived:horizon_months}, breaking even in {derived:break_even_month}.</source>
        <translation>Fine-Tuning ist durch die Qualität gerechtfertigt und spart auch Geld: Es kostet über {derived:horizon_months} {derived:cost_gap_usd} weniger als der API-Weg und erreicht den Break-even in {derived:break_even_month}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distilling pays for itself: the small model&apos;s path breaks even in {derived:break_even_month} and costs {derived:cost_gap_usd} less than the API path over {derived:horizon_months}.</source>
        <translation>Das Destillieren macht sich bezahlt: Der Weg des kleinen Modells erreicht den Break-even in {derived:break_even_month} und kostet über {derived:horizon_months} {derived:cost_gap_usd} weniger als der API-Weg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distilling is advised for speed, not savings: the small model&apos;s path costs {derived:cost_gap_usd} more than the API path over {derived:horizon_months} and does not break even.</source>
        <translation>Das Destillieren wird wegen der Geschwindigkeit empfohlen, nicht zum Sparen: Der Weg des kleinen Modells kostet über {derived:horizon_months} {derived:cost_gap_usd} mehr als der API-Weg und erreicht keinen Break-even.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-hosting an open-weights model costs {derived:fine_tune_total_usd} over {derived:horizon_months} for serving GPUs and the people to run them; the API figure ({derived:api_total_usd}) is for reference only, since the data must stay on your infrastructure.</source>
        <translation>Ein Open-Weights-Modell selbst zu betreiben, kostet über {derived:horizon_months} {derived:fine_tune_total_usd} für GPUs und die Leute, die sie betreiben; der API-Wert ({derived:api_total_usd}) dient nur zum Vergleich, da die Daten auf Ihrer Infrastruktur bleiben müssen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The advice is also the cheaper path: over {derived:horizon_months} the Claude API costs {derived:api_total_usd}, {derived:cost_gap_usd} less than fine-tuning.</source>
        <translation>Die Empfehlung ist auch der günstigere Weg: Über {derived:horizon_months} kostet die Claude-API {derived:api_total_usd}, {derived:cost_gap_usd} weniger als Fine-Tuning.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The advice rests on quality and upkeep: the fine-tuning path would cost {derived:cost_gap_usd} less than the Claude API over {derived:horizon_months}, but the case for training a model does not hold.</source>
        <translation>Die Empfehlung stützt sich auf Qualität und Pflegeaufwand: Der Fine-Tuning-Weg würde über {derived:horizon_months} {derived:cost_gap_usd} weniger kosten als die Claude-API, aber die Gründe für das Trainieren eines Modells treffen nicht zu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not every failing evaluation is best solved by prompting; latency and cost can often be improved more easily by choosing a different model.</source>
        <translation>Nicht jede fehlschlagende Evaluation lässt sich am besten durch Prompting lösen; Latenz und Kosten lassen sich oft leichter durch die Wahl eines anderen Modells verbessern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cached prompt prefix is reused across requests; cache reads are billed at a tenth of the base input price and cut latency.</source>
        <translation>Ein gecachter Prompt-Anfang wird über Anfragen hinweg wiederverwendet; Cache-Lesezugriffe kosten ein Zehntel des Basis-Eingabepreises und senken die Latenz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current Claude models have a 1M-token context window; older ones 200k.</source>
        <translation>Aktuelle Claude-Modelle haben ein Kontextfenster von 1 Mio. Tokens, ältere von 200.000.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claude is offered through Anthropic&apos;s API and through hosted cloud platforms (Amazon Bedrock, Google Cloud Vertex AI, Microsoft Foundry).</source>
        <translation>Claude wird über die API von Anthropic und über gehostete Cloud-Plattformen (Amazon Bedrock, Google Cloud Vertex AI, Microsoft Foundry) angeboten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choosing a faster model, shorter prompts and outputs, and streaming reduce response time.</source>
        <translation>Ein schnelleres Modell, kürzere Prompts und Ausgaben sowie Streaming verkürzen die Antwortzeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write evals to set a baseline, prompt the model, and fine-tune only for some use cases, measuring each against the evals.</source>
        <translation>Evaluationen schreiben, um eine Ausgangsbasis festzulegen, das Modell per Prompt anleiten und nur für manche Anwendungsfälle feintunen, jeden Schritt an den Evaluationen gemessen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No new fine-tuning jobs for active customers after 6 January 2027; inference on fine-tuned models lasts only until the base model is deprecated.</source>
        <translation>Nach dem 6. Januar 2027 keine neuen Fine-Tuning-Aufträge für aktive Kunden; Inferenz auf feingetunten Modellen gibt es nur, bis das Basismodell abgekündigt ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claude&apos;s Outputs may train models that do not compete with Anthropic&apos;s own (such as classifiers, categorization, summarization, extraction and semantic search tools); training competing models is not allowed without Anthropic&apos;s written permission.</source>
        <translation>Mit den Ausgaben von Claude dürfen Modelle trainiert werden, die nicht mit Anthropics eigenen konkurrieren (etwa Klassifikatoren, Kategorisierung, Zusammenfassung, Extraktion und semantische Suchwerkzeuge); konkurrierende Modelle zu trainieren, ist ohne schriftliche Erlaubnis von Anthropic nicht gestattet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claude 3 Haiku reached end of life on 2026-09-10 in most regions (still served in ca-central-1, eu-central-2 and sa-east-1, legacy in ap-northeast-2).</source>
        <translation>Claude 3 Haiku hat am 10.09.2026 in den meisten Regionen sein Lebensende erreicht (weiter verfügbar in ca-central-1, eu-central-2 und sa-east-1, als Altversion in ap-northeast-2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedrock fine-tunes Amazon Nova models (Nova Micro, Lite, Pro, Nova 2 Lite), Meta Llama models, and Claude 3 Haiku as its only Anthropic model.</source>
        <translation>Bedrock feintunt Amazon-Nova-Modelle (Nova Micro, Lite, Pro, Nova 2 Lite), Meta-Llama-Modelle und als einziges Anthropic-Modell Claude 3 Haiku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertex AI offers supervised fine-tuning of Gemini models, with Gemini 2.5 Flash and Gemini 2.5 Flash-Lite among them.</source>
        <translation>Vertex AI bietet überwachtes Fine-Tuning von Gemini-Modellen an, darunter Gemini 2.5 Flash und Gemini 2.5 Flash-Lite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small set of about 1,000 carefully curated examples was enough to fine-tune a strong model&apos;s style and format: quality over quantity.</source>
        <translation>Ein kleiner Satz von etwa 1.000 sorgfältig kuratierten Beispielen genügte, um Stil und Format eines starken Modells feinzutunen: Qualität vor Menge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training small low-rank added weights matches full fine-tuning on many tasks with far fewer trainable parameters.</source>
        <translation>Das Training kleiner zusätzlicher Gewichte niedrigen Rangs erreicht bei vielen Aufgaben vollständiges Fine-Tuning, mit weit weniger trainierbaren Parametern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small task-specific models trained on a large model&apos;s labels and rationales can match or beat the large model on narrow tasks, at a fraction of the size.</source>
        <translation>Kleine aufgabenspezifische Modelle, die mit den Beschriftungen und Begründungen eines großen Modells trainiert wurden, können das große Modell bei eng umrissenen Aufgaben erreichen oder übertreffen, bei einem Bruchteil der Größe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tuning is for specific tasks or for information not well represented in the base model&apos;s training data, once prompt engineering and retrieval have been tried.</source>
        <translation>Fine-Tuning ist für bestimmte Aufgaben oder für Informationen gedacht, die in den Trainingsdaten des Basismodells schlecht vertreten sind, nachdem Prompt Engineering und Retrieval ausprobiert wurden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrieval consistently beats unsupervised fine-tuning for giving a model new and existing knowledge.</source>
        <translation>Retrieval schlägt unüberwachtes Fine-Tuning durchweg, wenn es darum geht, einem Modell neues und bestehendes Wissen zu vermitteln.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models learn new facts through fine-tuning slowly, and as they do they hallucinate more.</source>
        <translation>Modelle lernen neue Fakten durch Fine-Tuning nur langsam, und während sie es tun, halluzinieren sie mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tuning on new tasks makes models forget general knowledge and skills they had.</source>
        <translation>Fine-Tuning auf neuen Aufgaben lässt Modelle allgemeines Wissen und Fähigkeiten vergessen, die sie hatten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you had not tried prompting yet</source>
        <translation>Sie Prompting noch nicht ausprobiert hätten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your prompt met your quality bar</source>
        <translation>Ihr Prompt Ihre Qualitätsschwelle erreichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompting left only minor gaps</source>
        <translation>Prompting nur kleine Lücken ließe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompting fell clearly short</source>
        <translation>Prompting deutlich dahinter zurückbliebe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompting fell short only on {label}</source>
        <translation>Prompting nur bei {label} nicht ausreichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language were everyday public language</source>
        <translation>die Sprache alltägliche öffentliche Sprache wäre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language were specialized but public</source>
        <translation>die Sprache fachlich, aber öffentlich wäre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your data were proprietary and niche</source>
        <translation>Ihre Daten firmeneigene Nischensprache wären</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you had {label}</source>
        <translation>Sie {label} hätten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the facts rarely changed</source>
        <translation>sich die Fakten selten änderten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the facts changed every month or so</source>
        <translation>sich die Fakten etwa monatlich änderten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the facts changed every week</source>
        <translation>sich die Fakten wöchentlich änderten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reference material fit in the context window</source>
        <translation>das Referenzmaterial in das Kontextfenster passte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reference material did not fit in the context window</source>
        <translation>das Referenzmaterial nicht in das Kontextfenster passte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody on the team could run training</source>
        <translation>niemand im Team Training betreiben könnte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your ML team were part time</source>
        <translation>Ihr ML-Team in Teilzeit arbeitete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your ML team were dedicated</source>
        <translation>Sie ein eigenes ML-Team hätten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your up-front budget were {label}</source>
        <translation>Ihr Anfangsbudget {label} betrüge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you committed to retraining at every base-model update</source>
        <translation>Sie sich verpflichteten, bei jedem Update des Basismodells neu zu trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you would not retrain at every base-model update</source>
        <translation>Sie nicht bei jedem Update des Basismodells neu trainieren würden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any reputable cloud could process the data</source>
        <translation>jede seriöse Cloud die Daten verarbeiten dürfte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a provider you hold a contract with could process the data</source>
        <translation>nur ein Anbieter mit Vertrag die Daten verarbeiten dürfte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data had to stay on your own infrastructure</source>
        <translation>die Daten auf Ihrer eigenen Infrastruktur bleiben müssten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the product also relied on general skills</source>
        <translation>das Produkt auch allgemeine Fähigkeiten bräuchte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the product did not rely on general skills</source>
        <translation>das Produkt keine allgemeinen Fähigkeiten bräuchte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95 of every 100 answers had to arrive within {label}</source>
        <translation>95 von 100 Antworten innerhalb von {label} eintreffen müssten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the task were sorting, tagging or pulling out fields</source>
        <translation>die Aufgabe Sortieren, Verschlagworten oder Herausziehen von Feldern wäre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the task were filling a fixed form or format</source>
        <translation>die Aufgabe das Füllen eines festen Formulars oder Formats wäre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the task were open-ended writing or chat</source>
        <translation>die Aufgabe freies Schreiben oder Chatten wäre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the task were multi-step reasoning, code or an agent</source>
        <translation>die Aufgabe mehrstufiges Schlussfolgern, Code oder ein Agent wäre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you had {label} to launch</source>
        <translation>Sie bis zum Start {label} hätten</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../advisor/costs/tables.py" line="+13"/>
        <source>a serverless LoRA service</source>
        <translation>einem Serverless-LoRA-Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rented GPUs</source>
        <translation>gemieteten GPUs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fine-tuning does not break even within {0} months.</source>
        <translation>Fine-Tuning erreicht den Break-even nicht innerhalb von {0} Monaten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fine-tuning breaks even in month {0}.</source>
        <translation>Fine-Tuning erreicht den Break-even in Monat {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fine-tuned model hosted on {0} (the cheaper of the two): serverless {1}, rented GPUs {2} over {3} months.</source>
        <translation>Feingetuntes Modell betrieben auf {0} (der günstigeren Variante): serverless {1}, gemietete GPUs {2} über {3} Monate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fine-tuned model hosted on {0}: serverless {1}, rented GPUs {2} over {3} months.</source>
        <translation>Feingetuntes Modell betrieben auf {0}: serverless {1}, gemietete GPUs {2} über {3} Monate.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API monthly</source>
        <translation>API monatlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API cumulative</source>
        <translation>API kumuliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tune monthly</source>
        <translation>Fine-Tuning monatlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fine-tune cumulative</source>
        <translation>Fine-Tuning kumuliert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cost projection: {0}</source>
        <translation>Kostenhochrechnung: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost projection</source>
        <translation>Kostenhochrechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API path on {0}, {1} months, in {2}</source>
        <translation>API-Weg mit {0}, {1} Monate, in {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up-front fine-tuning cost (labelling and training runs, month 1): {0}</source>
        <translation>Anfangskosten des Fine-Tunings (Labeling und Trainingsläufe, Monat 1): {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serving GPUs, if rented: {0} to {1}</source>
        <translation>Serving-GPUs bei Miete: {0} bis {1}</translation>
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
<context>
    <name>test_sets</name>
    <message>
        <location filename="../advisor/lab/test_sets.py" line="+54"/>
        <location line="+19"/>
        <source>{0} is not a regular file</source>
        <translation>{0} ist keine reguläre Datei</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{0} is larger than {1} MB</source>
        <translation>{0} ist größer als {1} MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} cannot be read ({1})</source>
        <translation>{0} lässt sich nicht lesen ({1})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is not UTF-8 text (byte {1})</source>
        <translation>{0} ist kein UTF-8-Text (Byte {1})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0}: use a .csv, .jsonl or promptfoo .yaml file</source>
        <translation>{0}: Verwenden Sie eine .csv-, .jsonl- oder promptfoo-.yaml-Datei</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>the test&apos;s name</source>
        <translation>Name des Tests</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>expectations (JSON)</source>
        <translation>Erwartungen (JSON)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expectation: {0}</source>
        <translation>Erwartung: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variable {0}</source>
        <translation>Variable {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the CSV file is empty: it needs a header row naming the variables</source>
        <translation>die CSV-Datei ist leer: Es fehlt eine Kopfzeile mit den Namen der Variablen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>row {0}: not valid CSV ({1})</source>
        <translation>Zeile {0}: kein gültiges CSV ({1})</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>row {0}: {1}</source>
        <translation>Zeile {0}: {1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>row 1, column {0}: a column has no name</source>
        <translation>Zeile 1, Spalte {0}: Eine Spalte hat keinen Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row 1, column {0}: named twice</source>
        <translation>Zeile 1, Spalte {0}: doppelt benannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row 1, column {0}: not a column this app knows ({1}); rename it to use it as a variable</source>
        <translation>Zeile 1, Spalte {0}: keine Spalte, die diese App kennt ({1}); benennen Sie sie um, um sie als Variable zu verwenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row {0}: {1} cells where the header has {2} columns</source>
        <translation>Zeile {0}: {1} Zellen, wo die Kopfzeile {2} Spalten hat</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>row {0}, column {1}: nested too deeply to read (thousands of brackets)</source>
        <translation>Zeile {0}, Spalte {1}: zu tief verschachtelt zum Lesen (Tausende Klammern)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row {0}, column {1}: not JSON ({2})</source>
        <translation>Zeile {0}, Spalte {1}: kein JSON ({2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row {0}, column {1}: must be a JSON list of expectations</source>
        <translation>Zeile {0}, Spalte {1}: muss eine JSON-Liste von Erwartungen sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row {0}, column {1}: the type {2}</source>
        <translation>Zeile {0}, Spalte {1}: Der Typ {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row {0}, column {1}: the {2} value {3}</source>
        <translation>Zeile {0}, Spalte {1}: Der Wert für {2} {3}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>line {0}: nested too deeply to read (thousands of brackets); a test needs no more than {1} levels</source>
        <translation>Zeile {0}: zu tief verschachtelt zum Lesen (Tausende Klammern); ein Test braucht höchstens {1} Ebenen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line {0}: not JSON ({1})</source>
        <translation>Zeile {0}: kein JSON ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {0}: {1}</source>
        <translation>Zeile {0}: {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line {0}, {1} {2}</source>
        <translation>Zeile {0}, {1} {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {0}, the test {2}</source>
        <translation>Zeile {0}, der Test {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the JSONL file holds no tests (one JSON object per line)</source>
        <translation>die JSONL-Datei enthält keine Tests (ein JSON-Objekt pro Zeile)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>test {0}: {1}</source>
        <translation>Test {0}: {1}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is the name of a column CSV keeps for the test&apos;s name or expectations</source>
        <translation>ist der Name einer Spalte, die CSV für den Namen oder die Erwartungen des Tests reserviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts with __, which CSV keeps for its own columns</source>
        <translation>beginnt mit __, das CSV für seine eigenen Spalten reserviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is blank or starts or ends with a space, which a CSV header loses</source>
        <translation>ist leer oder beginnt oder endet mit einem Leerzeichen, das eine CSV-Kopfzeile verliert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the variable {0} {1}: rename it, or export as JSONL, which keeps it</source>
        <translation>die Variable {0} {1}: Benennen Sie sie um, oder exportieren Sie als JSONL, das sie behält</translation>
    </message>
    <message>
        <location filename="../advisor/lab/promptfoo.py" line="+41"/>
        <source>line {0}: the alias *{1} is inside its own anchor (a recursive alias); write the values out instead</source>
        <translation>Zeile {0}: Der Alias *{1} steht in seinem eigenen Anker (ein rekursiver Alias); schreiben Sie die Werte stattdessen aus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line {0}: nested more than {1} levels deep; a test set needs a few</source>
        <translation>Zeile {0}: mehr als {1} Ebenen tief verschachtelt; ein Testsatz braucht nur wenige</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line {0}: the file expands to more than {1} values (aliases that repeat each other); write the tests out plainly</source>
        <translation>Zeile {0}: Die Datei wächst auf mehr als {1} Werte an (Aliasse, die einander wiederholen); schreiben Sie die Tests einfach aus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line {0}: not valid YAML ({1})</source>
        <translation>Zeile {0}: kein gültiges YAML ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid YAML ({1})</source>
        <translation>kein gültiges YAML ({1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tests: points to another file ({0}); import that file instead</source>
        <translation>tests: verweist auf eine andere Datei ({0}); importieren Sie stattdessen diese Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no tests: found (a promptfoo config lists them under tests:)</source>
        <translation>kein tests: gefunden (eine promptfoo-Konfiguration führt sie unter tests: auf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>test {0}: must be a mapping with vars and assert</source>
        <translation>Test {0}: muss eine Zuordnung mit vars und assert sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>test {0}, vars: must be a mapping of name: value</source>
        <translation>Test {0}, vars: muss eine Zuordnung Name: Wert sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>test {0}, description: must be one line of text</source>
        <translation>Test {0}, description: muss eine Zeile Text sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>test {0}, vars: a variable&apos;s name must be one word, not a {1}</source>
        <translation>Test {0}, vars: Der Name einer Variablen muss ein Wort sein, kein {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>test {0}, vars.{1}: must be one value (lists of values are not supported)</source>
        <translation>Test {0}, vars.{1}: muss ein einzelner Wert sein (Listen von Werten werden nicht unterstützt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>test {0}, assert: must be a list of checks (each with a type), not {1}</source>
        <translation>Test {0}, assert: muss eine Liste von Prüfungen sein (jede mit einem type), kein {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>test {0}, assert {1}: type {2} has no equal here; use one of {3}</source>
        <translation>Test {0}, assert {1}: Der Typ {2} hat hier keine Entsprechung; verwenden Sie einen von {3}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>test {0}, assert {1} ({2}): the value {3}</source>
        <translation>Test {0}, assert {1} ({2}): Der Wert {3}</translation>
    </message>
    <message>
        <location filename="../advisor/lab/test_set_errors.py" line="+37"/>
        <source>is nested more than {0} levels deep</source>
        <translation>ist mehr als {0} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>holds a lone UTF-16 surrogate ({0}), which is not text; remove it or write the whole character</source>
        <translation>enthält ein einzelnes UTF-16-Surrogat ({0}), das kein Text ist; entfernen Sie es oder schreiben Sie das ganze Zeichen</translation>
    </message>
    <message>
        <location filename="../advisor/lab/test_checks.py" line="+17"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0} is {1}; it must be a list of test cases</source>
        <translation>{0} ist {1}; erwartet wird eine Liste von Testfällen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} is {1}; it must be an object with name, vars and expect</source>
        <translation>{0} ist {1}; jeder Test muss ein Objekt mit name, vars und expect sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}.name is {1}; it must be text</source>
        <translation>{0}.name ist {1}; der Name muss Text sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}.vars must be an object mapping variable names to text</source>
        <translation>{0}.vars muss ein Objekt sein, das Variablennamen Text zuordnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}.expect is {1}; it must be a list</source>
        <translation>{0}.expect ist {1}; expect muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0}.type is {1}; it {2}</source>
        <translation>{0}.type ist {1}; der Typ {2}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}.value is {1}; it {2}</source>
        <translation>{0}.value ist {1}; der Wert {2}</translation>
    </message>
</context>
<context>
    <name>uncertainty_text</name>
    <message>
        <location filename="../ui/costs/uncertainty_text.py" line="+15"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month {0}</source>
        <translation>Monat {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Break-even month P10 / P50 / P90: {0}</source>
        <translation>Break-even-Monat P10 / P50 / P90: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fine-tuning path is the cheaper one at the horizon in {0:.0f} % of the draws</source>
        <translation>Der Fine-Tuning-Weg ist am Ende des Zeitraums in {0:.0f} % der Ziehungen der günstigere</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../ui/workers.py" line="+142"/>
        <source>Something went wrong ({0}); details are in the log.</source>
        <translation>Etwas ist schiefgegangen ({0}); Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
</TS>
