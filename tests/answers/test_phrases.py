"""Text → interval: every documented form (checked against docs/answers.md), round trips, ordering
of bounds, open and closed ends, units, full-width digits and punctuation."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diagnose.answers import phrases
from diagnose.answers.phrases import PhraseError, read
from diagnose.knowledge.interval import Interval

DOC = Path(__file__).resolve().parents[2] / "docs" / "answers.md"


def _interval(notation: str) -> Interval:
    """`[22.5, 27.5]`, `(130, 140)`, `[1, ∞)`, `(−∞, 10)` → an Interval."""
    m = re.fullmatch(r"([\[(])(−∞|[-\d.]+), (∞|[-\d.]+)([\])])", notation)
    assert m, notation

    def num(s: str) -> int | float | None:
        if "∞" in s:
            return None
        d = Decimal(s)
        return int(d) if d == d.to_integral_value() else float(d)

    return Interval(num(m[2]), num(m[3]), m[1] == "(" and "∞" not in m[2], m[4] == ")" and "∞" not in m[3])


def _rows() -> list[tuple[str, str, str]]:
    rows = []
    for line in DOC.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0] not in ("form", "---") and not cells[0].startswith("-"):
            rows.append((cells[0], cells[1], cells[2]))
    return rows


ROWS = _rows()


def test_the_table_covers_every_form_the_issue_names() -> None:
    examples = {example for _, example, _ in ROWS}
    forms = " ".join(form for form, _, _ in ROWS)
    for needed in ("约x", "x左右", "至少x", "不少于x", "x余", "x多", ">x", "x-y", "x~y", "不到x"):
        assert needed in forms, needed
    for word in ("全部", "大多数", "多数", "半数左右", "少数", "极少", "没有"):
        assert word in examples, word
    assert len(ROWS) >= 20


@pytest.mark.parametrize(("forms", "example", "notation"), ROWS, ids=[r[1] for r in ROWS])
def test_each_documented_form_reads_as_its_documented_interval(forms: str, example: str, notation: str) -> None:
    expected = _interval(notation)
    assert _same(read(example).value, expected)
    numbers = re.findall(r"\d+(?:\.\d+)?", example)
    for form in (f.strip() for f in forms.split(",")):
        if "(" in form:  # a note such as "x多 (a round hundred)"
            form = form.split("(")[0].strip()
        text = form
        if "x" in form and numbers:
            text = text.replace("x", numbers[0], 1)
        if "y" in form and len(numbers) > 1:
            text = text.replace("y", numbers[1], 1)
        assert _same(read(text).value, expected), text


def _same(value: object, expected: Interval) -> bool:
    """An exact reading (三成 is 30) matches the one-point interval the table writes for it."""
    return value == expected or (isinstance(value, (int, float)) and Interval(value, value) == expected)


def test_every_proportion_word_and_synonym_is_in_the_table() -> None:
    documented = " ".join(form for form, _, _ in ROWS)
    for word in [*phrases.PROPORTIONS, *phrases.PROPORTION_SYNONYMS]:
        assert word in documented, word


def test_proportion_words_nest_and_say_so() -> None:
    p = {w: Interval(*phrases.PROPORTIONS[w]) for w in phrases.PROPORTIONS}
    assert p["大多数"].lo >= p["多数"].lo and p["绝大多数"].lo >= p["大多数"].lo
    assert p["极少"].hi <= p["少数"].hi
    for word in phrases.PROPORTIONS:
        assert read(word).proportion


def test_exact_figures_and_what_is_no_form() -> None:
    assert read("25").value == 25 and read("25人").value == 25 and read("12.5%").value == 12.5
    assert read("-5").value == -5
    for text in ("", "abc", "约", "二十五", "25-", "--", "多"):
        with pytest.raises(PhraseError):
            read(text)
    with pytest.raises(PhraseError) as e:
        read("30-20")
    assert e.value.key == "phrase_reversed"
    with pytest.raises(PhraseError) as e:
        read("0多")
    assert e.value.key == "phrase_odd"


# --- properties ---------------------------------------------------------------------------------

numbers = st.one_of(st.integers(0, 10**6), st.decimals(0, 10**4, places=2).map(lambda d: d.normalize()))


def _text(d: int | Decimal) -> str:
    return format(d, "f") if isinstance(d, Decimal) else str(d)


def _num(d: int | Decimal) -> int | float:
    dec = Decimal(d)
    return int(dec) if dec == dec.to_integral_value() else float(dec)


FULL_WIDTH = str.maketrans("0123456789.%~-<>", "０１２３４５６７８９．％～－＜＞")


@given(a=numbers, b=numbers)
def test_a_range_round_trips(a: int | Decimal, b: int | Decimal) -> None:
    lo, hi = sorted((a, b))
    iv = read(f"{_text(lo)}-{_text(hi)}").value
    assert iv == Interval(_num(lo), _num(hi))
    assert isinstance(iv, Interval)
    assert read(iv.show().strip("[]").replace(", ", "~")).value == iv  # its notation reads back


@given(x=numbers, unit=st.sampled_from(["", "%", "个", "人", "小时", " 人", "名", "项"]))
def test_units_are_tolerated(x: int | Decimal, unit: str) -> None:
    for form in ("约{}", "至少{}", "不到{}", ">{}", "{}左右", "{}以上"):
        assert read(form.format(_text(x) + unit)).value == read(form.format(_text(x))).value


@given(x=numbers, form=st.sampled_from(["约{}", "至少{}", "不到{}", ">{}", "<{}", "{}-{}", "{}~{}", "≥{}", "不超过{}"]))
def test_full_width_digits_and_punctuation_read_alike(x: int | Decimal, form: str) -> None:
    half = form.format(_text(x), _text(x))
    assert read(half.translate(FULL_WIDTH)).value == read(half).value
    assert read(f"  {half} ").value == read(half).value


@given(x=numbers)
def test_bounds_are_ordered_and_ends_open_as_documented(x: int | Decimal) -> None:
    v = _num(x)
    cases = {
        "约{}": (True, True, False, False),  # (contains x, has both bounds, lo open, hi open)
        "{}左右": (True, True, False, False),
        "至少{}": (True, False, False, False),
        "不少于{}": (True, False, False, False),
        "{}以上": (True, False, False, False),
        "不到{}": (False, False, False, True),
        "<{}": (False, False, False, True),
        ">{}": (False, False, True, False),
        "超过{}": (False, False, True, False),
        "不超过{}": (True, False, False, False),
    }
    for form, (contains, bounded, lo_open, hi_open) in cases.items():
        iv = read(form.format(_text(x))).value
        assert isinstance(iv, Interval)
        assert iv.contains(v) == contains, form
        assert (iv.lo is not None and iv.hi is not None) == bounded, form
        assert (iv.lo_open, iv.hi_open) == (lo_open, hi_open), form
        if bounded:
            assert iv.lo <= iv.hi


@given(k=st.integers(1, 99), zeros=st.integers(1, 4))
def test_odd_forms_lie_between_x_and_its_next_step(k: int, zeros: int) -> None:
    x = k * 10**zeros if k % 10 else k * 10 ** (zeros - 1) * 10
    for form in ("{}余", "{}多", "{}多个", "{}-odd"):
        iv = read(form.format(x)).value
        assert isinstance(iv, Interval) and iv.lo == x and iv.lo_open and iv.hi_open
        assert iv.hi is not None and x < iv.hi <= 2 * x


@given(text=st.text(max_size=12))
def test_any_text_is_read_or_refused_with_a_phrase_error(text: str) -> None:
    try:
        reading = read(text)
    except PhraseError as e:
        assert e.key in ("phrase_unknown", "phrase_reversed", "phrase_odd")
        return
    iv = reading.value
    if isinstance(iv, Interval) and iv.lo is not None and iv.hi is not None:
        assert iv.lo <= iv.hi


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("七成以上", Interval(70, None)),
        ("不到三成", Interval(None, 30, False, True)),
        ("约6成", Interval(54, 66)),
        ("二十多", Interval(20, 30, True, True)),
        ("两成", Interval(20, 20)),
    ],
)
def test_tenths_and_vague_tens_combine_with_the_other_forms(text: str, expected: Interval) -> None:
    got = read(text).value
    assert got == expected or (isinstance(got, (int, float)) and Interval(got, got) == expected), (text, got)


def test_a_tenth_is_a_proportion_but_vague_tens_are_counts() -> None:
    assert read("三成").proportion and read("六成左右").proportion
    assert not read("十几").proportion and not read("数十").proportion
