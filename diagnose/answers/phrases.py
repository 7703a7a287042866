"""Text → interval: the forms officials write for a figure they know only roughly (`约25`, `130余`,
`至少1`, `不到10`, `20-30`, `大多数` …), each read as the range of values it allows.

The readings of 约/左右, 余/多 and the proportion words are this knowledge base's own choice, never
the papers': they are documented in one table, docs/answers.md, which a test checks against this
module row by row. The question's type and range are applied afterwards (answers/validate.py): this
module knows nothing of questions.

Tolerated on the way: full-width digits and punctuation (NFKC), spaces, thousands separators,
units after a number (%, 个, 人, 小时 …) and 万 as ×10,000.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from diagnose.knowledge.interval import Interval, Number

# 约x and x左右: x ± this share of x (counts: rounded outward to whole numbers, in validate.py).
APPROX_SHARE = Decimal("0.1")

# Proportion words, for percentages only: (lo, hi, lo_open, hi_open), in percent.
PROPORTIONS: dict[str, tuple[int, int, bool, bool]] = {
    "全部": (100, 100, False, False),
    "绝大多数": (90, 100, False, True),
    "大多数": (70, 100, False, True),
    "多数": (50, 100, True, True),
    "半数左右": (40, 60, False, False),
    "少数": (0, 50, True, True),
    "极少": (0, 10, True, False),
    "没有": (0, 0, False, False),
}
PROPORTION_SYNONYMS: dict[str, str] = {
    "所有": "全部",
    "全都": "全部",
    "all": "全部",
    "almost all": "绝大多数",
    "nearly all": "绝大多数",
    "the vast majority": "绝大多数",
    "vast majority": "绝大多数",
    "大多": "大多数",
    "大部分": "大多数",
    "most": "大多数",
    "majority": "多数",
    "a majority": "多数",
    "the majority": "多数",
    "more than half": "多数",
    "过半": "多数",
    "一半左右": "半数左右",
    "about half": "半数左右",
    "around half": "半数左右",
    "roughly half": "半数左右",
    "a minority": "少数",
    "minority": "少数",
    "less than half": "少数",
    "不到一半": "少数",
    "极少数": "极少",
    "very few": "极少",
    "hardly any": "极少",
    "无": "没有",
    "none": "没有",
}

_UNIT = r"(?:%|个百分点|百分点|个小时|小时|个村|个|人|名|位|次|项|户|村|家|所|件|条|张|份|天|日|周|月|年|元|h|hours?|hrs?|people|persons?|villages?|times?|items?|days?|years?)"
_NUM = r"(-?\d+(?:\.\d+)?)(万)?"
_N = rf"{_NUM}\s*{_UNIT}?"


class PhraseError(ValueError):
    """The text is not a form this module reads; the message key says which kind of trouble."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class Reading:
    """What a text says: an exact number, or an interval; `written` are the numbers as written (for range
    checks); `proportion` tells a proportion word (percentages only); `approximate` a reading of 约/左右,
    whose bounds validate.py rounds outward for counts (约25 → [22.5, 27.5] → 22 to 28)."""

    value: Number | Interval
    written: tuple[Number, ...] = ()
    proportion: bool = False
    approximate: bool = False


def _number(digits: str, wan: str | None) -> Decimal:
    value = Decimal(digits)
    return value * 10000 if wan else value


def _plain(d: Decimal) -> Number:
    return int(d) if d == d.to_integral_value() else float(d)


def _approx(x: Decimal) -> tuple[Decimal, Decimal, bool, bool]:
    spread = abs(x) * APPROX_SHARE
    return x - spread, x + spread, False, False


def _odd(x: Decimal, digits: str, wan: str | None) -> tuple[Decimal, Decimal, bool, bool]:
    """x余 / x多: above x, below x plus the place value of its last non-zero digit (130多 → (130, 140),
    100多 → (100, 200), 10余 → (10, 20), 3万多 → (30000, 40000))."""
    d = Decimal(digits)
    if d <= 0:
        raise PhraseError("phrase_odd")
    exponent = d.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    step = Decimal(1).scaleb(exponent) * (10000 if wan else 1)
    return x, x + step, True, True


_Builder = Callable[[Decimal], tuple[Decimal | None, Decimal | None, bool, bool]]

_APPROX_BEFORE = r"(?:约为|约|大约|大概|大致|approximately|approx\.?|about|around|roughly|circa|~|≈)"
_APPROX_AFTER = r"(?:左右|上下|前后|or so)"
# (name, pattern over one number, builder): the first that matches the whole text wins.
_ONE_NUMBER: list[tuple[str, str, _Builder]] = [
    ("exact", rf"{_N}", lambda x: (x, x, False, False)),
    ("approx", rf"{_APPROX_BEFORE}\s*{_N}\s*{_APPROX_AFTER}?", _approx),
    ("approx", rf"{_N}\s*{_APPROX_AFTER}", _approx),
    (
        "at_least",
        rf"(?:至少|不少于|不低于|最少|起码|at least|no less than|no fewer than|not less than|>=|≥)\s*{_N}",
        lambda x: (x, None, False, False),
    ),
    ("at_least", rf"{_N}\s*(?:及以上|以上|or more|and above|and over|or above)", lambda x: (x, None, False, False)),
    (
        "at_most",
        rf"(?:至多|最多|不超过|不多于|不高于|at most|no more than|not more than|up to|<=|≤)\s*{_N}",
        lambda x: (None, x, False, False),
    ),
    ("at_most", rf"{_N}\s*(?:及以下|以下|以内|or less|or fewer|or below)", lambda x: (None, x, False, False)),
    (
        "below",
        rf"(?:不到|少于|不足|低于|未满|less than|fewer than|under|below|<)\s*{_N}",
        lambda x: (None, x, False, True),
    ),
    ("above", rf"(?:超过|多于|高于|大于|more than|over|above|greater than|>)\s*{_N}", lambda x: (x, None, True, False)),
]
_ODD = re.compile(rf"{_NUM}\s*(?:余|多)\s*{_UNIT}?|{_NUM}\s*-?\s*odd")
_RANGE = re.compile(rf"(?:between\s+|从)?{_N}\s*(?:-|~|–|—|到|至|and|to)\s*{_N}")
_ONE = [(name, re.compile(pattern), build) for name, pattern, build in _ONE_NUMBER]


def normalise_text(text: str) -> str:
    """Full-width to half-width (NFKC), lower case, single spaces, no thousands separators."""
    s = unicodedata.normalize("NFKC", text).strip().lower()
    s = re.sub(r"\s+", " ", s)
    s = s.replace("〜", "~").replace("∼", "~")
    return re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)


# Chinese tenths (三成 = 30%) and vague tens (十几, 数十): rewritten into the forms above before reading
_CN_DIGIT = {
    "一": "1",
    "二": "2",
    "两": "2",
    "三": "3",
    "四": "4",
    "五": "5",
    "六": "6",
    "七": "7",
    "八": "8",
    "九": "9",
}
_TENTHS = re.compile(r"([一二两三四五六七八九]|\d)成")
_TEENS = re.compile(r"^([二两三四五六七八九])?十(?:几|多|余)")
_SEVERAL_TENS = ("几十", "数十")  # twenty or more, below a hundred (KB's own reading)


def _spelt_out(s: str) -> tuple[str, bool]:
    """三成左右 → 30%左右, 十几 → 10余, 二十多 → 20余; and whether a tenth was read (a percentage only)."""
    tenths = _TENTHS.search(s) is not None
    s = _TENTHS.sub(lambda m: f"{_CN_DIGIT.get(m[1], m[1])}0%", s)
    s = _TEENS.sub(lambda m: f"{_CN_DIGIT[m[1]] if m[1] else '1'}0余", s)
    return s, tenths


def read(text: str) -> Reading:
    """The reading of one answer text; PhraseError when it is no documented form."""
    s, tenths = _spelt_out(normalise_text(text))
    if s in _SEVERAL_TENS:
        return Reading(Interval(20, 100, False, True, written=text), written=(20, 100))
    reading = _read(s, text)
    return Reading(reading.value, reading.written, True, reading.approximate) if tenths else reading


def _read(s: str, text: str) -> Reading:
    word = PROPORTION_SYNONYMS.get(s, s)
    if word in PROPORTIONS:
        lo, hi, lo_open, hi_open = PROPORTIONS[word]
        return Reading(Interval(lo, hi, lo_open, hi_open, written=text), proportion=True)
    m = _RANGE.fullmatch(s)
    if m:
        a, b = _number(m[1], m[2]), _number(m[3], m[4])
        if a > b:
            raise PhraseError("phrase_reversed")
        return Reading(Interval(_plain(a), _plain(b), written=text), written=(_plain(a), _plain(b)))
    m = _ODD.fullmatch(s)
    if m:
        digits, wan = (m[1], m[2]) if m[1] is not None else (m[3], m[4])
        x = _number(digits, wan)
        return _reading(_odd(x, digits, wan), x, text, approximate=False)
    for name, pattern, build in _ONE:
        m = pattern.fullmatch(s)
        if m:
            x = _number(m[1], m[2])
            if name == "exact":
                return Reading(_plain(x), written=(_plain(x),))
            return _reading(build(x), x, text, approximate=name == "approx")
    raise PhraseError("phrase_unknown")


def _reading(
    bounds: tuple[Decimal | None, Decimal | None, bool, bool], x: Decimal, text: str, approximate: bool
) -> Reading:
    lo, hi, lo_open, hi_open = bounds
    iv = Interval(
        None if lo is None else _plain(lo),
        None if hi is None else _plain(hi),
        lo_open,
        hi_open,
        written=text,
    )
    return Reading(iv, written=(_plain(x),), approximate=approximate)
