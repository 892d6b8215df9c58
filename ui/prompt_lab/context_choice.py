"""What a lab run sends beside the prompt: the context modes and the few-shot counts (issue 22).

The choice is one row above the results: which of the contexts ``none`` / ``full`` /
``retrieve`` to run (side by side, like models), how many chunks ``retrieve`` sends, and the
shot counts of a few-shot curve. :func:`run_go` runs every model x context x shots of a go off
the UI thread with the same domain code as ``eval --context --shots`` (advisor.lab.context), so
the window and the command line measure the same thing.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from advisor.lab import context as lab_context
from advisor.lab import retrieval

MODE_LABELS = {"none": QT_TRANSLATE_NOOP("ContextChoice", "&Prompt alone"), "full": QT_TRANSLATE_NOOP("ContextChoice", "&Full documents"),
               "retrieve": QT_TRANSLATE_NOOP("ContextChoice", "Re&trieve")}
MODE_TIPS = {
    "none": QT_TRANSLATE_NOOP("ContextChoice", "The prompt alone, as before"),
    "full": QT_TRANSLATE_NOOP("ContextChoice", "Every document in the system prompt, cached so the repeats read it from the cache"),
    "retrieve": QT_TRANSLATE_NOOP("ContextChoice", "For each test, the chunks of the documents that rank highest for its question"),
}
MAX_SHOT_COUNTS = 12


class Choice(NamedTuple):
    """One go's contexts, retrieve's top-k and shot counts (None: the lab's examples, all of them)."""
    modes: tuple[str, ...] = ("none",)
    top_k: int = retrieval.DEFAULTS["top_k"]
    shots: tuple[int, ...] | None = None

    def pairs(self, models: list[str]) -> list[tuple[str, str, int | None]]:
        """Every (model, context, shots) of the go, in the order ``eval`` runs them."""
        return [(model, mode, shots) for model in models for mode in self.modes
                for shots in (self.shots or (None,))]


def cache_read_text(run: dict[str, Any]) -> str:
    """`` · 12,345 read from cache`` for a run that read its context from the prompt cache."""
    tokens = run.get("cache_read_tokens")
    if isinstance(tokens, int) and not isinstance(tokens, bool) and run.get("context") in ("full", "retrieve"):
        from ui.locale_format import number

        return QCoreApplication.translate("ContextChoice", " · {0} cache-read tokens").format(number(tokens))
    return ""


def parse_shots(text: str) -> tuple[int, ...] | None:
    """``"0, 1, 2, 4"`` -> (0, 1, 2, 4); empty means all examples. ValueError names the problem."""
    text = text.strip()
    if not text or text.lower() == "all":
        return None
    values: list[int] = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part.isdigit():
            raise ValueError(QCoreApplication.translate(
                "ContextChoice", "Shots: {0} is not a whole number. Write counts such as 0, 1, 2, 4, 8, "
                "or leave it empty to send every example.").format(repr(part)))
        values.append(int(part))
    values = sorted(set(values))
    if len(values) > MAX_SHOT_COUNTS:
        raise ValueError(QCoreApplication.translate("ContextChoice", "Shots: at most {0} counts in one go.")
                         .format(MAX_SHOT_COUNTS))
    return tuple(values)


class ContextChoice(QWidget):
    """The row of choices; ``choice()`` reads it (ValueError for bad shot counts)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode_checks = {mode: QCheckBox(self.tr(label)) for mode, label in MODE_LABELS.items()}
        for mode, check in self.mode_checks.items():
            check.setToolTip(self.tr(MODE_TIPS[mode]))
        self.mode_checks["none"].setChecked(True)
        self.top_k = QSpinBox()
        self.top_k.setRange(1, 100)
        self.top_k.setValue(retrieval.DEFAULTS["top_k"])
        self.top_k.setAccessibleName(self.tr("Chunks per test (top-k)"))
        self.top_k.setToolTip(self.tr("How many chunks the retrieve context sends with each test"))
        self.top_k.valueChanged.connect(lambda _v: self.changed.emit())
        self.shots = QLineEdit()
        self.shots.setPlaceholderText(self.tr("all"))
        self.shots.setAccessibleName(self.tr("Shots: example counts, such as 0,1,2,4,8"))
        self.shots.setToolTip(self.tr("Run once per count of the lab's examples (0, 1, 2, 4, 8 …) to draw the "
                                      "few-shot curve; an example that is also a test is never sent."))
        self.shots.setMaximumWidth(120)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Context:")))
        for check in self.mode_checks.values():
            row.addWidget(check)
        self.top_k_label = QLabel(self.tr("top-k:"))
        row.addWidget(self.top_k_label)
        row.addWidget(self.top_k)
        row.addSpacing(10)
        row.addWidget(QLabel(self.tr("Shots:")))
        row.addWidget(self.shots)
        row.addStretch(1)
        for check in self.mode_checks.values():
            check.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        if not any(check.isChecked() for check in self.mode_checks.values()):
            self.mode_checks["none"].setChecked(True)  # a go always runs something
            return
        retrieve = self.mode_checks["retrieve"].isChecked()
        self.top_k.setEnabled(retrieve)
        self.top_k_label.setEnabled(retrieve)
        self.changed.emit()

    def choice(self) -> Choice:
        modes = tuple(mode for mode, check in self.mode_checks.items() if check.isChecked())
        return Choice(modes, self.top_k.value(), parse_shots(self.shots.text()))

    def choose(self, modes: tuple[str, ...] = ("none",), top_k: int | None = None,
               shots: str = "") -> None:
        for mode, check in self.mode_checks.items():
            check.setChecked(mode in modes)
        if top_k is not None:
            self.top_k.setValue(top_k)
        self.shots.setText(shots)

    def load(self, lab: dict[str, Any]) -> None:
        """A newly opened file: the prompt alone, its own top-k."""
        self.blockSignals(True)
        try:
            self.choose(("none",), retrieval.settings_of(lab)["top_k"], "")
        finally:
            self.blockSignals(False)


def run_go(lab: dict[str, Any], models: list[str], choice: Choice, assessment_path: Path | None,
           cancel: Any, progress: Callable[[int, int, int], None], **options: Any) -> list[Any]:
    """Every (model, context, shots) of the go, one after the other, by advisor.lab.eval_runner
    with ``options`` (repeat, concurrency, the page's sender); ``progress(done before this run,
    done, of)``.

    The plans are made first, so a missing document or a ``full`` context too large for a model
    stops the go before anything is paid for (raising the domain's DocumentProblem).
    """
    from advisor.lab import eval_runner

    plans = plans_for(lab, models, choice, assessment_path)
    per_run = len(lab.get("tests") or []) * int(options.get("repeat", 1))
    results = []
    for number, (model, mode, shots) in enumerate(choice.pairs(models)):
        results.append(eval_runner.run_eval(
            lab, model=model, context=plans[mode], shots=shots, cancel=cancel,
            progress=lambda done, of, before=number * per_run: progress(before, done, of), **options))
        if cancel.is_set():
            break
    return results


def batch_options(lab: dict[str, Any], models: list[str], choice: Choice | None,
                  assessment_path: Path | None) -> dict[str, Any]:
    """The contexts and shots of a go for advisor.lab.batches.submit (one batch for every run)."""
    if choice is None:
        return {}
    plans = plans_for(lab, models, choice, assessment_path)
    return {"contexts": [plans[mode] for mode in choice.modes], "shots": list(choice.shots) if choice.shots else None}


def plans_for(lab: dict[str, Any], models: list[str], choice: Choice,
              assessment_path: Path | None) -> dict[str, Any]:
    """Each chosen context's plan (documents read, the index opened), checked to fit each model;
    raises ValueError for shot counts beyond the examples, DocumentProblem for the documents."""
    usable = len(lab_context.with_shots(lab, 10**6).get("examples") or [])
    too_many = [shots for shots in choice.shots or () if shots > usable]
    if too_many:
        if usable == 1:
            text = QCoreApplication.translate(
                "ContextChoice", "Shots: {0} is more than the 1 example the lab can send (an example that is also "
                "a test is never sent). Add examples on the Prompt tab, or choose smaller counts.")
        else:
            text = QCoreApplication.translate(
                "ContextChoice", "Shots: {0} is more than the {1} examples the lab can send (an example that is "
                "also a test is never sent). Add examples on the Prompt tab, or choose smaller counts.")
        raise ValueError(text.format(too_many[0], usable))
    plans = {mode: lab_context.plan(mode, lab, assessment_path, top_k=choice.top_k) for mode in choice.modes}
    for model, mode, _shots in choice.pairs(models):
        plans[mode].check_fits(model)
    return plans
