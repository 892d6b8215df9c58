"""Issue 29, item 8: the review reads in a line or two, the progress count is readable beside its
bar, "Why it matters" meets WCAG AA contrast, and a screen reader's selection switches screens."""
from __future__ import annotations

import re

from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QApplication, QLabel

from scripts.screenshots import dark_palette
from ui.contrast import contrast


def settle(qtbot) -> None:
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(20)


def test_on_a_large_screen_each_review_question_takes_a_line_or_two(qtbot, window):
    window.resize(1600, 1000)
    window.open_example()
    window.show_question("__review__")
    settle(qtbot)
    review = window.questionnaire.review
    line = review.fontMetrics().lineSpacing()
    asked = [w for w in review.findChildren(QLabel) if w.wordWrap() and w.parentWidget() is not review
             and w not in review.answer_labels.values()]
    assert len(asked) >= 14
    assert max(label.height() for label in asked) <= 2 * line + 6
    window.document._dirty = False


def test_the_answered_count_sits_beside_the_bar_not_over_its_fill(qtbot, window):
    window.open_example()
    window.show_page("questionnaire")
    page = window.questionnaire
    assert not page.progress.isTextVisible()
    assert re.fullmatch(r"\d+ of \d+ answered", page.progress_label.text())
    assert page.progress_label.isVisible()
    assert page.progress_label.x() >= page.progress.x() + page.progress.width()
    window.document._dirty = False


def style_colour(label: QLabel) -> QColor:
    return QColor(re.search(r"color: (#[0-9a-f]{6})", label.styleSheet()).group(1))


def test_why_it_matters_meets_aa_contrast_on_light_and_dark_palettes(qtbot):
    from ui.document import AssessmentDocument
    from ui.questionnaire_page import QuestionnairePage

    app = QApplication.instance()
    light = app.palette()
    for palette in (light, dark_palette()):
        app.setPalette(palette)
        try:
            document = AssessmentDocument()
            document.new("Contrast")
            page = QuestionnairePage(document)
            qtbot.addWidget(page)
            help_text = page.findChild(QLabel, "helpText")
            background = palette.color(palette.ColorRole.Window)
            assert contrast(style_colour(help_text), background) >= 4.5
        finally:
            app.setPalette(light)


def test_selecting_a_screen_through_the_accessibility_interface_switches_to_it(qtbot, window):
    window.open_example()
    navigation = window.navigation
    interface = QAccessible.queryAccessibleInterface(navigation)
    costs_row = window._page_ids.index("costs")
    item = interface.child(costs_row) if interface.childCount() > costs_row else None
    selection = interface.selectionInterface()
    if selection is not None and item is not None:
        selection.select(item)
    else:  # what that interface does underneath, where this Qt has no selection interface
        navigation.item(costs_row).setSelected(True)
    settle(qtbot)
    assert window.current_page_id() == "costs"
    window.document._dirty = False
