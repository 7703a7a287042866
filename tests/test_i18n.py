from __future__ import annotations

import re

import pytest

from diagnose import i18n


def test_every_message_in_both_languages_with_the_same_placeholders() -> None:
    for key, texts in i18n.MESSAGES.items():
        assert set(texts) == {"zh", "en"}, key
        assert set(re.findall(r"{(\w+)}", texts["zh"])) == set(re.findall(r"{(\w+)}", texts["en"])), key


@pytest.mark.parametrize(
    ("env", "lang"),
    [
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LC_ALL": "zh_TW"}, "zh"),
        ({"LANG": "C.UTF-8"}, "zh"),
        ({}, "zh"),
        ({"LC_ALL": "de_DE", "LANG": "zh_CN"}, "en"),
    ],
)
def test_default_lang_from_locale(monkeypatch: pytest.MonkeyPatch, env: dict, lang: str) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert i18n.default_lang() == lang
