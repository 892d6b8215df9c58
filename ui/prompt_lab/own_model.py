"""'Your own model' in the Tests tab: the team's model on an OpenAI-compatible server (vLLM,
Ollama, llama.cpp, TGI, LM Studio), run beside Claude on the same tests (CONTRACT section 8).

:class:`OwnModelControl` is the line the run panel shows (include it, set it up, the plain-http
warning); :class:`OwnModelDialog` takes the base URL, the model, an optional key and the price.
The key goes to the system keyring (user ``target:NAME``, the entry ``eval --target`` reads) and
is never shown again, never saved in the file; the rest travels with each run's ``target``, and is
read back from the newest run that has one when a file is opened.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from advisor.claude import keystore
from advisor.claude.client import ClaudeProblem
from advisor.lab import targets
from ui.locale_format import window_locale
from ui.prompt_lab.messages import InlineMessage, colours

PER_TOKEN, GPU_HOURS = 0, 1


def newest_target(runs: list[dict[str, Any]]) -> targets.Target | None:
    """The target of the newest run that has one: the file remembers the model through its runs."""
    for run in reversed(runs):
        found = targets.from_record(run.get("target"))
        if found is not None:
            return found
    return None


def plain_http_warning(target: targets.Target, has_key: bool) -> str | None:
    """The transport rule (advisor.lab.targets.check_transport) in the window's words: raises
    ClaudeProblem when a key would travel unencrypted; the warning text when only tests would."""
    said: list[str] = []
    targets.check_transport(target, "key" if has_key else None, said.append)
    return said[0] if said else None


def batch_only_claude() -> str:
    """Why batch mode refuses your own model ({0}: its name)."""
    return QCoreApplication.translate("OwnModelControl", "Batch mode sends Claude's requests only: untick it to "
                                      "run {0} too, or untick your own model.")


def checked_key(target: targets.Target | None) -> str | None:
    """The target's key from the keyring (read in the worker: the keyring may be slow); raises
    ClaudeProblem when it would go over plain http to another computer."""
    if target is None:
        return None
    key = targets.key_for(target.name)
    targets.check_transport(target, key, lambda _warning: None)  # the warning is already in view
    return key


def run_beside_claude(lab: dict[str, Any], target: targets.Target, key: str | None, ctx: Any, *,
                      send: Any, repeat: int, concurrency: int, progress: Any, choice: Any = None,
                      assessment_path: Any = None) -> list[Any]:
    """The run panel's worker runs the same tests on the target after Claude's models, in each
    context and shot count of the go (as ``eval --target`` does); a failure that stops every test
    is named on each, so Claude's runs of the same go are kept. ``progress(done before, done, of)``."""
    from advisor.lab import target_run
    from ui.prompt_lab.context_choice import plans_for

    go = choice.pairs([target.model]) if choice is not None else [(target.model, "none", None)]
    # The documents were read and checked for Claude's runs; a target's context size is its own.
    plans = plans_for(lab, [], choice, assessment_path) if choice is not None else {"none": None}
    per_run = len(lab.get("tests") or []) * repeat
    results = []
    for number, (_model, mode, shots) in enumerate(go):
        if ctx.cancel_event.is_set():
            break
        results.append(target_run.run_on_target(
            lab, target, claude_send=send, repeat=repeat, concurrency=concurrency, cancel=ctx.cancel_event,
            key=key, keep_going=True, context=plans[mode] if mode != "none" else None, shots=shots,
            progress=lambda done, of, before=number * per_run: progress(before, done, of),
            on_retry=lambda problem, wait: ctx.report(("retry", problem.kind, wait))))
    return results


def _money(maximum: float, decimals: int, suffix: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, maximum)
    box.setDecimals(decimals)
    box.setSuffix(suffix)
    return box


class OwnModelDialog(QDialog):
    """Set up the team's model; on OK, :attr:`target` holds it and a typed key is in the keyring."""

    def __init__(self, target: targets.Target | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your own model"))
        self.target: targets.Target | None = target
        self.warning: str | None = None
        self.name = QLineEdit(target.name if target else "mine")
        self.name.setAccessibleName(self.tr("Name"))
        self.url = QLineEdit(target.base_url if target else "")
        self.url.setPlaceholderText("http://127.0.0.1:8000/v1")
        self.url.setAccessibleName(self.tr("Base URL"))
        self.model = QLineEdit(target.model if target else "")
        self.model.setPlaceholderText(self.tr("the model id the server serves, e.g. qwen2.5-7b-instruct"))
        self.model.setAccessibleName(self.tr("Model name"))
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setAccessibleName(self.tr("Key"))
        self.key_state = QLabel()
        self.key_state.setWordWrap(True)
        self.forget_key = QPushButton(self.tr("&Forget the saved key"))
        self.forget_key.clicked.connect(self._forget_key)
        self.price_kind = QComboBox()
        self.price_kind.addItems([self.tr("Per million tokens"), self.tr("GPU-hours and throughput")])
        self.price_kind.setAccessibleName(self.tr("Price as"))
        self.in_price = _money(10_000, 4, self.tr(" $ / M input"))
        self.out_price = _money(10_000, 4, self.tr(" $ / M output"))
        self.gpu_hourly = _money(10_000, 2, self.tr(" $ / GPU-hour"))
        self.throughput = _money(10_000_000, 0, self.tr(" tokens / s"))
        self.prices = QStackedWidget()
        self.prices.addWidget(self._row(self.in_price, self.out_price))
        self.prices.addWidget(self._row(self.gpu_hourly, self.throughput))
        self.price_kind.currentIndexChanged.connect(self.prices.setCurrentIndex)
        self.per_million = QLabel()
        for box in (self.in_price, self.out_price, self.gpu_hourly, self.throughput):
            box.valueChanged.connect(self._show_per_million)
        self.price_kind.currentIndexChanged.connect(self._show_per_million)
        self.message = InlineMessage()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Base &URL:"), self.url)
        form.addRow(self.tr("&Model:"), self.model)
        form.addRow(self.tr("&Key (optional):"), self.key)
        form.addRow("", self._row(self.key_state, self.forget_key))
        form.addRow(self.tr("&Price:"), self.price_kind)
        form.addRow("", self.prices)
        form.addRow("", self.per_million)
        intro = QLabel(self.tr("Any OpenAI-compatible server (vLLM, Ollama, llama.cpp, TGI, LM Studio) runs the "
                               "same tests as Claude, graded alike; its price makes the cost per 1,000 requests "
                               "comparable."))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._load_price(target.price if target else {})
        self.name.editingFinished.connect(self._show_key_state)  # one keyring read per name, not per key press
        self._show_key_state()
        self.resize(620, self.sizeHint().height())

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget, 1)
        return holder

    def _load_price(self, price: dict[str, float]) -> None:
        if "gpu_hourly_usd" in price:
            self.price_kind.setCurrentIndex(GPU_HOURS)
            self.gpu_hourly.setValue(price.get("gpu_hourly_usd", 0.0))
            self.throughput.setValue(price.get("tokens_per_second", 0.0))
        else:
            self.in_price.setValue(price.get("in_per_mtok", 0.0))
            self.out_price.setValue(price.get("out_per_mtok", 0.0))
        self._show_per_million()

    def price(self) -> dict[str, float]:
        if self.price_kind.currentIndex() == GPU_HOURS:
            if not self.gpu_hourly.value() or not self.throughput.value():
                return {}
            return {"gpu_hourly_usd": self.gpu_hourly.value(), "tokens_per_second": self.throughput.value()}
        if not self.in_price.value() and not self.out_price.value():
            return {}  # unpriced: the run shows "cost unknown", never a cost of nothing
        return {"in_per_mtok": self.in_price.value(), "out_per_mtok": self.out_price.value()}

    def _show_per_million(self) -> None:
        price = self.price()
        if not price:
            self.per_million.setText(self.tr("Unpriced: the run shows its pass rate and latency, not its cost."))
        elif "gpu_hourly_usd" in price:
            each, _same = targets.per_million(price)
            self.per_million.setText(self.tr("About {0} per million tokens, input or output "
                                             "(the GPU's hourly price over the tokens it serves an hour).")
                                     .format(window_locale().toCurrencyString(each, "$", 4)))
        else:
            self.per_million.setText("")

    def _key_user(self) -> str:
        return f"target:{self.name.text().strip()}"

    def _show_key_state(self) -> None:
        saved = bool(self.name.text().strip()) and keystore.read_secret(self._key_user()) is not None
        self.forget_key.setVisible(saved)
        if saved:
            self.key.setPlaceholderText(self.tr("a key is saved; type a new one to replace it"))
            self.key_state.setText(self.tr("A key for this model is saved in {0}.").format(keystore.store_name()))
        else:
            self.key.setPlaceholderText(self.tr("only if the server asks for one"))
            self.key_state.setText(self.tr("A key is kept in the system keyring, never in the file."))

    def _forget_key(self) -> None:
        try:
            keystore.delete_secret(self._key_user())
        except keystore.KeyStoreUnavailable as problem:
            self.message.show_message(str(problem), "error")
        self._show_key_state()

    def _in_window_words(self, problem: ValueError) -> str:
        """parse() speaks of command-line options; here the fields are named instead."""
        if not targets.valid_name(self.name.text().strip()):
            return self.tr("Give the model a short name: letters, digits, -, _ or . (up to 64), such as mine.")
        if not self.model.text().strip():
            return self.tr("Give the model id the server serves, as its /v1/models lists it.")
        text = str(problem)
        return text.split(": ", 1)[1] if text.startswith("--target") and ": " in text else text

    def accept(self) -> None:  # noqa: D102 - checked before it closes; nothing kept on a problem
        try:
            target = targets.parse(f"{self.name.text().strip()}={self.url.text().strip()}", self.model.text(),
                                   self.price())
        except ValueError as problem:
            self.message.show_message(self._in_window_words(problem), "error")
            return
        typed = self.key.text().strip()
        has_key = bool(typed) or keystore.read_secret(f"target:{target.name}") is not None
        try:
            self.warning = plain_http_warning(target, has_key)
        except ClaudeProblem as problem:
            self.message.show_message(str(problem), "error")
            return
        if typed:
            try:
                keystore.store_secret(f"target:{target.name}", typed)
            except (keystore.KeyStoreUnavailable, ValueError) as problem:
                self.message.show_message(str(problem), "error")
                return
            self.key.clear()  # never kept in the widget once saved
        self.target = target
        super().accept()


class OwnModelControl(QWidget):
    """'Also on your own model' beside 'Also on', with its set-up button and the http warning."""

    set_up = Signal()  # the user set the model up (or changed it) in the dialog

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target: targets.Target | None = None
        self.warning: str | None = None
        self.include = QCheckBox(self.tr("Also on your own model"))
        self.include.hide()
        self.setup_button = QPushButton(self.tr("Your own &model…"))
        self.setup_button.setToolTip(self.tr("Your own model: an OpenAI-compatible server of yours, run beside Claude"))
        self.setup_button.setAccessibleName(self.tr("Set up your own model"))
        self.setup_button.clicked.connect(self.open_setup)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Your own model warning"))
        self.note.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.include)
        row.addWidget(self.setup_button)

    def set_target(self, target: targets.Target | None, include: bool = False, warning: str | None = None) -> None:
        self.target, self.warning = target, warning
        self.include.setVisible(target is not None)  # nothing to include until it is set up
        self.include.setChecked(include and target is not None)
        # The name only, cut short: the row must fit a 900-pixel window; the tooltip says the rest.
        if target is None:
            self.include.setText(self.tr("Also on your own model"))
        else:
            name = target.name if len(target.name) <= 12 else target.name[:11] + "…"
            self.include.setText(self.tr("Also on {0}").format(name))
        # Short once set up, so the line fits a 900-pixel window beside "Also on".
        self.setup_button.setText(self.tr("&Edit…") if target else self.tr("Your own &model…"))
        self.include.setToolTip(self.tr("{0} at {1}").format(target.label(), target.base_url) if target
                                else self.tr("Set up your model first"))
        self.note.setStyleSheet(f"color: {colours(self, 'warning')[1]};")  # the lab's warning amber
        self.note.setText(f"⚠ {warning}" if warning else "")
        self.note.setVisible(bool(warning))

    def load_runs(self, runs: list[dict[str, Any]]) -> None:
        """The model the file's runs name, included when the newest go ran it."""
        target = newest_target(runs)
        group = runs[-1].get("group") if runs else None
        newest_go = [r for r in runs if group and r.get("group") == group] or runs[-1:]
        warning = None
        if target is not None:
            try:
                warning = plain_http_warning(target, has_key=False)
            except ClaudeProblem:  # not raised without a key; the run checks again with it
                warning = None
        self.set_target(target, include=any(r.get("target") for r in newest_go), warning=warning)

    def target_for_run(self) -> targets.Target | None:
        return self.target if self.include.isChecked() else None

    def _set_up(self, dialog: OwnModelDialog) -> None:
        self.set_target(dialog.target, include=True, warning=dialog.warning)
        self.set_up.emit()

    def open_setup(self) -> OwnModelDialog:
        dialog = OwnModelDialog(self.target, self)
        dialog.accepted.connect(lambda: self._set_up(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog
