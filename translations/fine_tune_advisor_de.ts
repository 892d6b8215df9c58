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
        <location line="+21"/>
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
        <location line="+59"/>
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
        <location filename="../ui/prompt_lab/page.py" line="+67"/>
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
        <location line="+218"/>
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
    <name>claude</name>
    <message>
        <location filename="../advisor/claude/problems.py" line="+59"/>
        <source>No Anthropic API key: set ANTHROPIC_API_KEY, or add a key in Settings → API key.</source>
        <translation>Kein Anthropic-API-Schlüssel: Setzen Sie ANTHROPIC_API_KEY oder fügen Sie unter Einstellungen → API-Schlüssel einen Schlüssel hinzu.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The reply was cut off mid-way (the stream ended early); the part received is kept, marked incomplete.</source>
        <translation>Die Antwort brach mittendrin ab (der Stream endete zu früh); der empfangene Teil bleibt erhalten und ist als unvollständig markiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server at {0} did not reply like the Claude API; check ANTHROPIC_BASE_URL.</source>
        <translation>Der Server unter {0} hat nicht wie die Claude-API geantwortet; prüfen Sie ANTHROPIC_BASE_URL.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The Claude API did not answer within {0} s (timeout): try again, or ask for a shorter reply.</source>
        <translation>Die Claude-API hat nicht innerhalb von {0} s geantwortet (Zeitüberschreitung): Versuchen Sie es erneut oder fordern Sie eine kürzere Antwort an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Claude API did not answer (timeout): try again, or ask for a shorter reply.</source>
        <translation>Die Claude-API hat nicht geantwortet (Zeitüberschreitung): Versuchen Sie es erneut oder fordern Sie eine kürzere Antwort an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reply was cut off mid-way (the connection closed); the part received is kept, marked incomplete.</source>
        <translation>Die Antwort brach mittendrin ab (die Verbindung wurde geschlossen); der empfangene Teil bleibt erhalten und ist als unvollständig markiert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot reach the Claude API at {0}: check the network connection (and ANTHROPIC_BASE_URL, if set).</source>
        <translation>Die Claude-API unter {0} ist nicht erreichbar: Prüfen Sie die Netzwerkverbindung (und ANTHROPIC_BASE_URL, falls gesetzt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the Claude API broke before the reply was complete: try again.</source>
        <translation>Die Verbindung zur Claude-API brach ab, bevor die Antwort vollständig war: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Claude API client failed ({0}): try again.</source>
        <translation>Der Claude-API-Client ist fehlgeschlagen ({0}): Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Claude is overloaded right now (529, on Anthropic&apos;s side, not your limits): try again in a few minutes.</source>
        <translation>Claude ist gerade überlastet (529, auf Seiten von Anthropic, nicht Ihre Limits): Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rate limited by the Claude API (429); it asked to wait {0} s: wait a moment and try again, or lower the concurrency.</source>
        <translation>Anfragelimit der Claude-API erreicht (429); sie bittet, {0} s zu warten: Warten Sie einen Moment und versuchen Sie es erneut, oder senden Sie weniger Anfragen gleichzeitig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate limited by the Claude API (429): wait a moment and try again, or lower the concurrency.</source>
        <translation>Anfragelimit der Claude-API erreicht (429): Warten Sie einen Moment und versuchen Sie es erneut, oder senden Sie weniger Anfragen gleichzeitig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key was refused (401): check or replace it in Settings → API key (or ANTHROPIC_API_KEY).</source>
        <translation>Der API-Schlüssel wurde abgelehnt (401): Prüfen oder ersetzen Sie ihn unter Einstellungen → API-Schlüssel (oder ANTHROPIC_API_KEY).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This API key is not allowed to do that (403 forbidden): check the key&apos;s workspace and permissions in the Claude Console.</source>
        <translation>Dieser API-Schlüssel darf das nicht (403 verboten): Prüfen Sie Workspace und Berechtigungen des Schlüssels in der Claude Console.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model &apos;{0}&apos; is not available to this key (404): pick another model.</source>
        <translation>Das Modell „{0}“ ist für diesen Schlüssel nicht verfügbar (404): Wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model is not available to this key (404): pick another model.</source>
        <translation>Das Modell ist für diesen Schlüssel nicht verfügbar (404): Wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Claude API had a server error ({0}): try again shortly.</source>
        <translation>Die Claude-API hatte einen Serverfehler ({0}): Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Claude API had a server error (mid-stream): try again shortly.</source>
        <translation>Die Claude-API hatte einen Serverfehler (während des Streams): Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Claude API refused the request ({0}): {1}.</source>
        <translation>Die Claude-API hat die Anfrage abgelehnt ({0}): {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Claude API refused the request ({0}).</source>
        <translation>Die Claude-API hat die Anfrage abgelehnt ({0}).</translation>
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
    <name>expectations</name>
    <message>
        <location filename="../advisor/lab/expectations.py" line="+74"/>
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
        <source>The Claude API did not finish the reply in time ({0}): the server is too slow or stalled. Try again later, or check ANTHROPIC_BASE_URL.</source>
        <translation>Die Claude-API hat die Antwort nicht rechtzeitig beendet ({0}): Der Server ist zu langsam oder hängt. Versuchen Sie es später erneut oder prüfen Sie ANTHROPIC_BASE_URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reply was far longer than max_tokens allows ({0}), so it was cut off: the server is not behaving like the Claude API; check ANTHROPIC_BASE_URL.</source>
        <translation>Die Antwort war viel länger, als max_tokens erlaubt ({0}), und wurde deshalb abgeschnitten: Der Server verhält sich nicht wie die Claude-API; prüfen Sie ANTHROPIC_BASE_URL.</translation>
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
    <name>test_sets</name>
    <message>
        <location filename="../advisor/lab/test_sets.py" line="+88"/>
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
</context>
</TS>
