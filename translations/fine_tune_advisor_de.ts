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
    <name>ReviewStep</name>
    <message>
        <location line="-280"/>
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
    <name>report</name>
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
        <location filename="../advisor/report/html.py" line="+114"/>
        <location filename="../advisor/report/summary.py" line="+286"/>
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
        <location filename="../advisor/report/sections.py" line="+289"/>
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
        <location filename="../advisor/report/adr.py" line="+26"/>
        <location filename="../advisor/report/html.py" line="+14"/>
        <location filename="../advisor/report/summary.py" line="-54"/>
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
        <location line="+4"/>
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
        <location filename="../advisor/report/html.py" line="+3"/>
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
        <location line="+37"/>
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
        <location filename="../advisor/report/cost_marks.py" line="+29"/>
        <location filename="../advisor/report/sections.py" line="+9"/>
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
        <location filename="../advisor/report/sections.py" line="+1"/>
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
        <location filename="../advisor/report/adr.py" line="-112"/>
        <location filename="../advisor/report/sections.py" line="+3"/>
        <source>Confidence: {0}</source>
        <translation>Konfidenz: {0}</translation>
    </message>
    <message>
        <location filename="../advisor/report/sections.py" line="+2"/>
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
        <location filename="../advisor/report/summary.py" line="-209"/>
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
</TS>
