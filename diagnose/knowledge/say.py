"""`kb check`'s messages in both languages.

A message is a `Said`: a str whose value is the English text (so code and tests that read findings as
strings keep working) and which can be rendered in Chinese too. Its arguments may be `Said` themselves
(a did-you-mean hint, a reason), each rendered in the same language. The texts are in messages.py.
"""

from __future__ import annotations

from typing import Any

from diagnose.knowledge.messages import KB_MESSAGES


class Said(str):
    key: str
    args: dict[str, Any]

    def __new__(cls, key: str, /, **args: Any) -> Said:
        self = super().__new__(cls, _render(key, args, "en"))
        self.key, self.args = key, args
        return self

    def text(self, lang: str) -> str:
        return _render(self.key, self.args, lang)

    def __reduce__(self) -> tuple[object, ...]:  # pickled (a cache, a worker) as its key and arguments
        return (_remade, (self.key, self.args))


def _remade(key: str, args: dict[str, Any]) -> Said:
    return Said(key, **args)


def say(key: str, /, **args: Any) -> Said:
    return Said(key, **args)


def both(zh: str, en: str) -> Said:
    """A message whose two texts are already made (e.g. a list joined in each language's way)."""
    return Said("", zh=zh, en=en)


def in_lang(message: object, lang: str) -> str:
    """A message in `lang`: a `Said` rendered there, anything else as it is (English)."""
    return message.text(lang) if isinstance(message, Said) else str(message)


def _render(key: str, args: dict[str, Any], lang: str) -> str:
    if not key:  # made by both()
        return str(args["en" if lang == "en" else "zh"])
    template = KB_MESSAGES[key]["en" if lang == "en" else "zh"]
    return template.format(**{k: in_lang(v, lang) for k, v in args.items()}) if args else template
