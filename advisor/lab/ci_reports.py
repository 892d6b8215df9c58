"""What a CI job reads of a lab run: JUnit XML, and the tests that regressed against a saved run."""
from __future__ import annotations

from typing import Any
from xml.etree import ElementTree


def run_label(model: str, context: str = "none", shots: int | None = None, target: dict | None = None) -> str:
    """A run as the reports name it: the model (or the target), then its context and shots when set."""
    from advisor.core.i18n import translate  # the window's language; JUnit and the command line's English

    name = f"{target['name']} ({model})" if target else model
    if shots is None:
        count = ""
    else:
        count = (translate("lab_history", " · 1 shot") if shots == 1
                 else translate("lab_history", " · {0} shots").format(shots))
    return name + (f" · {context}" if context != "none" else "") + count


def _label(result: Any) -> str:
    return run_label(result.model, result.context, result.shots, result.target)


def junit_xml(results: list[Any]) -> str:
    """One testsuite per run, one testcase per test: failures and errors as JUnit readers expect."""
    suites = ElementTree.Element("testsuites", name="fine-tune-advisor eval")
    for result in results:
        suite = ElementTree.SubElement(suites, "testsuite", name=_label(result), tests=str(len(result.cases)),
                                       failures=str(result.failed), errors=str(result.errors),
                                       skipped=str(result.count("not_run")))
        for case in result.cases:
            element = ElementTree.SubElement(suite, "testcase", classname=_label(result), name=case.name,
                                             time=f"{case.latency_ms / 1000:.3f}")
            if case.status == "failed":
                ElementTree.SubElement(element, "failure", message=(case.reason or "expectations not met")[:500]).text = \
                    case.output[:2000]
            elif case.status == "error":
                ElementTree.SubElement(element, "error", message=str(case.error)[:500])
            elif case.status == "not_run":
                ElementTree.SubElement(element, "skipped", message="cancelled before it was sent")
    ElementTree.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(suites, encoding="unicode") + "\n"


def regressions(baseline: dict[str, Any], result: Any) -> list[str]:
    """The tests that passed in the saved ``baseline`` run and do not pass in ``result``."""
    passed_before = {case.get("name") for case in baseline.get("cases") or [] if isinstance(case, dict)
                     and case.get("passed") is True}
    return [case.name for case in result.cases if case.name in passed_before and case.status != "passed"]
