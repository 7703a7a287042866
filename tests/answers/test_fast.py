"""The fast path of validation (answers/fast.py) accepts only what the general path accepts, and gives
the same normal form, of the same type."""

from __future__ import annotations

from typing import Any

from conftest import RULES
from hypothesis import given, settings
from hypothesis import strategies as st

from diagnose.answers import fast
from diagnose.answers.validate import MAX_MAGNITUDE, NOT_TRACKED_WORDS, UNKNOWN_WORDS, read_answer
from diagnose.knowledge.load import load

KB = load(RULES)
READERS = fast.readers(KB, UNKNOWN_WORDS + NOT_TRACKED_WORDS, MAX_MAGNITUDE, UNKNOWN_WORDS)
IDS = sorted({c for q in KB.questions.values() for c in q.choice_ids()})


def values() -> st.SearchStrategy[Any]:
    words = st.sampled_from([*IDS, *UNKNOWN_WORDS, *NOT_TRACKED_WORDS, " unknown ", "x", ""])
    return st.one_of(
        st.booleans(),
        st.integers(-200, 500),
        st.integers(),
        st.sampled_from([10**15, 10**15 + 1, -(10**15) - 1, 10**400]),
        st.floats(allow_nan=True, allow_infinity=True),
        st.floats(-5, 150).map(lambda x: round(x, 1)),
        words,
        st.lists(words, max_size=5),
        st.none(),
        st.fixed_dictionaries({"value": st.integers(0, 100)}),
    )


def same(a: Any, b: Any) -> bool:
    return a == b and type(a) is type(b) and (not isinstance(a, list) or all(type(x) is str for x in a))


@settings(max_examples=3000, deadline=None)
@given(qid=st.sampled_from(sorted(KB.questions)), value=values())
def test_what_the_fast_path_accepts_the_general_path_reads_the_same(qid: str, value: Any) -> None:
    normal = READERS[qid].read(value)
    if normal is fast.SLOW:
        return
    read, problem = read_answer(KB.questions[qid], value, "zh")
    assert problem is None and read is not None
    assert read.note is None and not read.not_tracked
    assert same(normal, read.value), (qid, value, normal, read.value)


def test_the_fast_path_takes_the_common_answers() -> None:
    """Plain answers of every kind go the fast way; the rest are left to the general path."""
    kinds = {q.type.value: q.id for q in KB.questions.values()}
    assert READERS[kinds["yes_no"]].read(True) is True
    assert READERS[kinds["count"]].read(3) == 3
    assert READERS[kinds["count"]].read(2.5) is fast.SLOW  # a count is whole: the message says so
    assert READERS[kinds["percent"]].read(101) is fast.SLOW
    assert READERS[kinds["percent"]].read("大多数") is fast.SLOW  # a phrase
    assert READERS[kinds["percent"]].read(float("nan")) is fast.SLOW
    assert READERS[kinds["yes_no"]].read("unknown") is None  # "unknown" as written: unknown
    assert READERS[kinds["percent"]].read("不知道") is None
    assert READERS[kinds["yes_no"]].read(" Unknown") is fast.SLOW  # other spellings: the general path
    assert READERS[kinds["yes_no"]].read("no") is fast.SLOW  # a yes/no is a bool
    q = KB.questions[kinds["multiple_choice"]]
    ids = q.choice_ids()
    assert READERS[q.id].read(ids[::-1]) == ids
    assert READERS[q.id].read([ids[0], ids[0]]) is fast.SLOW  # repeated: the message says so


def test_only_gated_questions_can_be_set_aside() -> None:
    gated = fast.gated(KB)
    assert gated and set(gated) == {q.id for q in KB.questions.values() if q.relevant is not None}
