from __future__ import annotations

import pytest

from diagnose.knowledge.certainty import combine, decide


def test_combine_is_mycin_and_order_free() -> None:
    assert combine([]) == 0
    assert combine([0.6]) == pytest.approx(0.6)
    assert combine([0.6, 0.5]) == pytest.approx(0.6 + 0.5 * 0.4)
    assert combine([0.5, 0.6, 0.4]) == combine([0.4, 0.5, 0.6])


def test_decide_statuses(kb) -> None:  # type: ignore[no-untyped-def]
    d = kb.diagnoses["grid_asymmetry"]
    ids = [s.id for s in d.signs]
    all_false = {s: False for s in ids}
    assert decide(d, True, all_false).status == "absent"
    assert decide(d, False, all_false).status == "not_applicable"
    one = {**all_false, ids[0]: True}
    dec = decide(d, True, one)
    assert dec.status == "reached" and dec.severity is not None
    unknown = {s: None for s in ids}
    pending = decide(d, True, unknown)
    assert pending.status == "not_assessed" and pending.certainty == 0 and pending.possible > 0
    assert decide(d, None, unknown).status == "not_assessed"
    assert decide(d, None, all_false).status == "absent"


def test_reached_with_undetermined_signs_reports_what_could_follow(kb) -> None:  # type: ignore[no-untyped-def]
    d = kb.diagnoses["grid_asymmetry"]
    ids = [s.id for s in d.signs]
    dec = decide(d, True, {**{s: False for s in ids}, ids[0]: True, ids[1]: None})
    assert dec.status == "reached"
    assert dec.undetermined_signs == (ids[1],)
    assert dec.possible > dec.certainty
