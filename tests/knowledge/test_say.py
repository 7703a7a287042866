"""kb check's messages in both languages: every key the code says is in the catalogue, in Chinese and
English with the same placeholders; a message survives pickling; hints render in the reader's language."""

from __future__ import annotations

import pickle
import re
import string
from pathlib import Path

from diagnose.knowledge.messages import KB_MESSAGES
from diagnose.knowledge.say import both, in_lang, say
from diagnose.knowledge.suggest import did_you_mean

PACKAGE = Path(__file__).resolve().parents[2] / "diagnose"


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def test_every_message_has_both_languages_with_the_same_placeholders() -> None:
    for key, texts in KB_MESSAGES.items():
        assert set(texts) == {"zh", "en"}, key
        assert _fields(texts["zh"]) == _fields(texts["en"]), key
        words = re.sub(
            r"\{\w+\}|`[^`]*`|\w+\([^)]*\)|\b(?:yes|no|true|false|eq|ne|in|has|q|all|any|not|sign|min|max|unit|watch|"
            r"warning|severe|recommends|relevant|source|claim|kind|start|paper|literature|case|kb|procedure|principle|"
            r"questionnaire|mechanisms|yaml|sources|txt|YAML|UTF|Tab|applies|shares|ratio|calculate|and|or)\b",
            "",
            texts["zh"],
        )
        assert not re.search("[A-Za-z]{3}", words), (key, words)  # no English left but ids and keys


def test_every_key_the_code_says_is_in_the_catalogue() -> None:
    used = set()
    for path in PACKAGE.rglob("*.py"):
        used |= set(re.findall(r"\bsay\(\s*\"(\w+)\"", path.read_text(encoding="utf-8")))
    assert used and not used - set(KB_MESSAGES), used - set(KB_MESSAGES)


def test_a_message_reads_as_its_english_and_renders_in_chinese() -> None:
    m = say("unknown_question", q="grid_x", advice=did_you_mean("grid_in_usee", ["grid_in_use"]))
    assert m == "unknown question id 'grid_x'; did you mean `grid_in_use`?"
    assert m.text("zh") == "未知的问题编号 'grid_x';是否应为 `grid_in_use`?"
    assert in_lang("plain", "zh") == "plain" and in_lang(both(zh="甲", en="a"), "zh") == "甲"


def test_a_message_survives_pickling() -> None:
    m = say("duplicate_id", key="x", first=say("first_defined_in", where="a.yaml"))
    again = pickle.loads(pickle.dumps(m))
    assert again == m and again.text("zh") == m.text("zh")
