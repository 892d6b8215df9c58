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
        <location filename="../advisor/decision/counterfactuals.py" line="+375"/>
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
        <translation>Prompting nur bei „{label}“ nicht ausreichte</translation>
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
</TS>
