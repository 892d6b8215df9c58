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
        <source>${0:g} in / ${1:g} out, cache ${2:g} read / ${3:g} write, per million tokens</source>
        <translation>${0:g} Eingabe / ${1:g} Ausgabe, Cache ${2:g} Lesen / ${3:g} Schreiben, pro Million Tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; above {0:,} prompt tokens ${1:g} in / ${2:g} out</source>
        <translation>; über {0:,} Prompt-Tokens ${1:g} Eingabe / ${2:g} Ausgabe</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../ui/costs/page.py" line="+40"/>
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
        <location line="+25"/>
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
        <location line="+25"/>
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
        <location line="+58"/>
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
    <name>FormChartSplit</name>
    <message>
        <location filename="../ui/costs/split.py" line="+64"/>
        <source>Divider between the inputs and the charts</source>
        <translation>Trenner zwischen den Eingaben und den Diagrammen</translation>
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
        <location filename="../ui/costs/ranges_panel.py" line="+22"/>
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
        <source>The range of {0} is [{1:,g}, {2:,g}] but the value is {3:,g}; the range must hold the value (low ≤ value ≤ high): widen the range or change the value.</source>
        <translation>Die Bandbreite von {0} ist [{1:,g}, {2:,g}], der Wert aber {3:,g}; die Bandbreite muss den Wert enthalten (niedrig ≤ Wert ≤ hoch): Erweitern Sie die Bandbreite oder ändern Sie den Wert.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../advisor/costs/chart_bands.py" line="+30"/>
        <source>Shaded: P10–P90 of {0:,} draws
over your ranges; fine-tuning
cheaper at the horizon in {1} %</source>
        <translation>Schattiert: P10–P90 aus {0:,} Ziehungen
über Ihre Bandbreiten; Fine-Tuning
am Ende günstiger in {1} %</translation>
    </message>
    <message>
        <location filename="../advisor/costs/chart_base.py" line="+220"/>
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
        <location line="+66"/>
        <source>Breaks even in month {0}
and stays cheaper</source>
        <translation>Break-even in Monat {0},
danach günstiger</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>presets</name>
    <message>
        <location filename="../advisor/costs/presets.py" line="+28"/>
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
        <location line="+55"/>
        <source>{0}: your figure {1:,g} is used; your answers imply {2:,g} ({3}).</source>
        <translation>{0}: Ihre Zahl {1:,g} wird verwendet; aus Ihren Antworten ergibt sich {2:,g} ({3}).</translation>
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
</TS>
