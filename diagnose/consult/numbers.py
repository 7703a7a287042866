"""A typed reply to a number question, as an official types it: `25`, `25%`, `130个`, `每周18小时`, `约25`,
`20-30`, `至少1`, `大多数` … (the approximate forms are answers/phrases.py's; docs/answers.md lists them),
and the echo of how it was read ("记为 20–30%").

The only forms added here are the rate words around a number (`每周`, `/周`, `per week`, `a week`): the
answer model does not take them, so they are accepted only where the question's own unit names the same
period (an hours-a-week question takes `每周18小时`, not `每月18小时`) and are dropped from what is saved.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from diagnose.answers import phrases
from diagnose.answers.validate import normalise_answer
from diagnose.i18n import t
from diagnose.knowledge.interval import Interval
from diagnose.knowledge.models import Question, QuestionType

# A period or a per-what word, as typed, → the words that name it in a question's unit (either language).
PERIODS: dict[str, tuple[str, ...]] = {
    "week": ("周", "星期", "week"),
    "month": ("月", "month"),
    "year": ("年", "year"),
    "day": ("天", "日", "day"),
    "village": ("村", "village"),
    "township": ("乡镇", "township"),
}
_WORD = {w: period for period, words in PERIODS.items() for w in words}
_ZH = "|".join(sorted((w for w in _WORD if not w.isascii()), key=len, reverse=True))
_EN = "|".join(w for w in _WORD if w.isascii())
# 每周 / 平均每周 / 一周 / 周均 before the number; /周, 每周, per week, a week, /week after it
_RATE_WORDS = [
    re.compile(rf"^(?:平均)?(?:每|一)个?(?P<p>{_ZH})(?:平均|均)?", re.I),
    re.compile(rf"^(?P<p>{_ZH})均", re.I),
    re.compile(rf"(?:/ ?|每|per |a |each |every )个?(?P<p>{_ZH}|{_EN})s?$", re.I),
]
_PLAIN = re.compile(r"-?\d+(?:\.\d+)?")


def strip_rate(q: Question, text: str) -> tuple[str, str | None]:
    """The reply without its rate words, and the word naming a period the question's unit does not
    name, if any (the reply is then refused)."""
    units = " ".join(q.unit.get(lang) for lang in ("zh", "en")).lower() if q.unit else ""
    s = text.strip()
    wrong = None
    for pattern in _RATE_WORDS:
        m = pattern.search(unicodedata.normalize("NFKC", s))
        if m is None:
            continue
        if not any(w in units for w in PERIODS[_WORD[m["p"].lower()]]):
            wrong = m["p"]
            continue
        s = unicodedata.normalize("NFKC", s)
        s = (s[: m.start()] + s[m.end() :]).strip()
    return s, wrong


def read_number(q: Question, text: str, lang: str) -> tuple[Any, str | None]:
    """(the JSON value to save, None) or (None, what is expected). An exact figure is saved as a number;
    an approximate one as the phrase typed (rate words dropped), which the answer model reads itself."""
    reply, wrong = strip_rate(q, text)
    if wrong is not None:
        unit = q.unit.get(lang) if q.unit else ""
        return None, t("reply_unit", lang, word=wrong, unit=unit)
    if not _percent(q) and re.search(r"[%％]|百分", reply):
        return None, t("reply_not_percent", lang, unit=q.unit.get(lang) if q.unit else "")
    try:
        reading = phrases.read(reply)
    except phrases.PhraseError as e:
        # a form it knows but cannot take (20-10, 0余) is refused by the answer model, naming the question
        return (None, t("reply_number", lang)) if e.key == "phrase_unknown" else (reply, None)
    return (reply, None) if isinstance(reading.value, Interval) else (reading.value, None)


def plain(text: str) -> bool:
    """Whether a reply is a bare number (with at most a % sign): one that needs no echo."""
    s = unicodedata.normalize("NFKC", text).strip().rstrip("%").replace(",", "").strip()
    return _PLAIN.fullmatch(s) is not None


def recorded_as(q: Question, value: Any, lang: str) -> str | None:
    """How a saved number answer reads, in the user's language ("记为 20–30%"), or None when it is not a number."""
    normal, problem = normalise_answer(q, value, lang)
    if problem or normal is None or isinstance(normal, (bool, str, list)):
        return None
    unit = q.unit.get(lang) if q.unit else ""
    percent = _percent(q)
    if isinstance(normal, Interval):
        lo, hi = q.bounds()  # an end that is only the question's own range (0 or 100%) goes unsaid: 不到30% → < 30%
        inner = Interval(
            None if normal.lo == lo and not normal.lo_open and normal.hi != lo else normal.lo,
            None if normal.hi == hi and not normal.hi_open and normal.lo != hi else normal.hi,
            normal.lo_open,
            normal.hi_open,
        )
        shown = span(inner, lang, unit if percent else "")
    else:
        assert isinstance(normal, (int, float))  # a number question's reading: a number or an interval
        shown = _num(normal, unit if percent else "")
    return t("ask_recorded_as", lang, reading=shown if percent or not unit else f"{shown} {unit}")


def span(iv: Interval, lang: str, percent: str = "") -> str:
    """An interval as a person reads it: `20–30%`, `≥ 1`, `< 10`, `> 130 且 < 140` (`percent`: a % after each number)."""
    if iv.lo is not None and iv.hi is not None and iv.lo == iv.hi:
        return _num(iv.lo, percent)
    if iv.lo is not None and iv.hi is not None and not iv.lo_open and not iv.hi_open:
        dash = "–" if iv.lo >= 0 else " ~ "  # -12 ~ -6, not -12–-6
        return (
            f"{_num(iv.lo, percent)}{dash}{_num(iv.hi, percent)}"
            if dash != "–"
            else f"{_num(iv.lo)}–{_num(iv.hi, percent)}"
        )
    parts = []
    if iv.lo is not None:
        parts.append(f"{'>' if iv.lo_open else '≥'} {_num(iv.lo, percent)}")
    if iv.hi is not None:
        parts.append(f"{'<' if iv.hi_open else '≤'} {_num(iv.hi, percent)}")
    return (" 且 " if lang == "zh" else " and ").join(parts)


def _percent(q: Question) -> bool:
    """A percentage, by type or by unit (a change in percent may be negative: a number with unit %)."""
    return q.type == QuestionType.percent or (q.unit is not None and q.unit.zh in ("%", "％"))


def _num(x: float | int, percent: str = "") -> str:
    return (str(int(x)) if float(x).is_integer() else f"{x:g}") + percent
