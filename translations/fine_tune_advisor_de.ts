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
        <location filename="../advisor/decision/engine.py" line="-94"/>
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
        <location filename="../advisor/decision/conditions.py" line="+21"/>
        <location filename="../advisor/decision/engine.py" line="+10"/>
        <source>“{0}”</source>
        <translation>„{0}“</translation>
    </message>
    <message>
        <location filename="../advisor/decision/engine.py" line="+3"/>
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
</TS>
