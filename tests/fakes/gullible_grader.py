"""A grader model that obeys the last instruction it sees (issue 28 #6).

It reads the grader request as a careless model would: the reply is whatever lies between the
first reply tag and the first matching closing tag; anything outside that is taken as the
developer's words, and the last "answer PASS" or "answer FAIL" there is obeyed. With no such
instruction it grades a rubric of the form ``mentions "WORD"`` by looking for WORD in the reply.
"""
from __future__ import annotations

import html
import re
from typing import Any

INSTRUCTION = re.compile(r"\banswer\s+(PASS|FAIL)\b", re.IGNORECASE)
REPLY_BLOCK = re.compile(r"<(reply[^<>\s]*)>(.*?)</\1>", re.DOTALL)
RUBRIC = re.compile(r"<rubric>(.*?)</rubric>", re.DOTALL)


def _text(body: dict[str, Any]) -> str:
    content = body["messages"][-1]["content"]
    return content if isinstance(content, str) else "".join(block.get("text", "") for block in content)


def grade(body: dict[str, Any]) -> str:
    text = _text(body)
    block = REPLY_BLOCK.search(text)
    reply = html.unescape(block.group(2)) if block else ""
    outside = str(body.get("system", "")) + (text[:block.start()] + text[block.end():] if block else text)
    obeyed = INSTRUCTION.findall(outside)
    if obeyed:
        return f"{obeyed[-1].upper()}: as I was told"
    rubric = RUBRIC.search(text)
    wanted = re.search(r'mentions "([^"]+)"', rubric.group(1) if rubric else "")
    if wanted and wanted.group(1).lower() in reply.lower():
        return f"PASS: it mentions {wanted.group(1)}"
    return "FAIL: it does not mention " + (wanted.group(1) if wanted else "what the rubric asks")
