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
        <location line="+77"/>
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
    <name>workers</name>
    <message>
        <location filename="../ui/workers.py" line="+142"/>
        <source>Something went wrong ({0}); details are in the log.</source>
        <translation>Etwas ist schiefgegangen ({0}); Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
</TS>
