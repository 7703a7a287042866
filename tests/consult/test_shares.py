"""One prompt for a share worked out from two counts (issue 17 point 6): the office types the share or the two
counts it holds, and is not asked the counts and then the share."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from replies import reply_for

from diagnose.cli import main
from diagnose.consult import shares
from diagnose.consult.machine import Consultation
from diagnose.knowledge.base import KnowledgeBase


def test_every_derived_share_of_two_counts_is_found(kb: KnowledgeBase) -> None:
    found = {q.id: shares.share_of(q) for q in kb.derived}
    assert found["reach_escalated_pct"] == shares.Share("reach_requests_escalated", "reach_requests_received")
    assert found["reform_means_pct"] == shares.Share("reform_fields_with_means", "reform_field_count")
    assert all(found.values()), [q for q, s in found.items() if s is None]


@pytest.mark.parametrize(
    ("typed", "pair"),
    [
        ("12/40", ("12", "40")),
        ("12 / 40", ("12", "40")),
        ("12／40", ("12", "40")),
        ("40中12", ("12", "40")),
        ("40个中有12个", ("12个", "40个")),
        ("12 of 40", ("12", "40")),
        ("12 out of 40", ("12", "40")),
        ("约12/40", ("约12", "40")),
    ],
)
def test_two_counts_are_read_in_the_forms_officials_write(typed: str, pair: tuple[str, str]) -> None:
    assert shares.split(typed) == pair


@pytest.mark.parametrize("typed", ["30", "30%", "约三成", "大多数", "most", "20-30", "不知道"])
def test_a_share_is_not_taken_for_two_counts(typed: str) -> None:
    assert shares.split(typed) is None


def at(kb: KnowledgeBase, qid: str, lang: str = "zh") -> tuple[Consultation, Any]:
    c = Consultation(kb, lang, county={"id": "x"})
    return c, kb.questions[qid]


@pytest.mark.parametrize(("lang", "echo"), [("zh", "记为 12/40 → 30%"), ("en", "recorded as 12 of 40 → 30%")])
def test_two_counts_at_the_share_prompt_are_saved_as_the_counts(kb: KnowledgeBase, lang: str, echo: str) -> None:
    c, q = at(kb, "reach_escalated_pct", lang)
    assert c.answer(q, "12/40") is None
    assert c.raw == {"reach_requests_escalated": 12, "reach_requests_received": 40}
    assert c.known()["reach_escalated_pct"] == 30
    assert c.recorded_as(q, "12/40") == echo
    assert "reach_escalated_pct" not in {x.id for x in c.candidates()}  # worked out: not asked again


def test_a_share_at_the_share_prompt_is_saved_as_the_share(kb: KnowledgeBase) -> None:
    c, q = at(kb, "reach_escalated_pct")
    assert c.answer(q, "30") is None and c.raw == {"reach_escalated_pct": 30}
    assert c.answer(q, "大多数") is None and c.raw == {"reach_escalated_pct": "大多数"}


def test_back_withdraws_both_counts_and_offers_them_again(kb: KnowledgeBase) -> None:
    c, q = at(kb, "reach_escalated_pct")
    assert c.answer(q, "40中12") is None
    assert c.back() == q and c.raw == {} and c.revising == ("reach_escalated_pct", "12/40")


def test_a_total_given_before_must_match(kb: KnowledgeBase) -> None:
    """Three shares are over the villages: the second pair must use the same total (or the share itself)."""
    c, q = at(kb, "reach_stationed_village_pct")
    assert c.answer(q, "8/20") is None
    other = kb.questions["reach_leader_followup_pct"]
    problem = c.answer(other, "5/25")
    assert problem is not None and "20" in problem and "25" in problem
    assert c.answer(other, "5/20") is None and c.known()["reach_leader_followup_pct"] == 25


@pytest.mark.parametrize("typed", ["3/0", "50/40", "x/40"])
def test_counts_that_give_no_share_are_asked_again(kb: KnowledgeBase, typed: str) -> None:
    c, q = at(kb, "reach_escalated_pct")
    assert c.answer(q, typed) is not None and c.raw == {}


def test_the_counts_and_their_ledger_gate_are_not_asked_on_their_own(kb: KnowledgeBase) -> None:
    c = Consultation(kb, "zh", county={"id": "x"})
    asked = []
    while (q := c.next_question()) is not None:
        asked.append(q.id)
        assert c.answer(q, reply_for("unknown")) is None
    counts = {x for d in kb.derived if (s := shares.share_of(d)) for x in (s.part, s.whole)} - {"reform_field_count"}
    assert "reach_escalated_pct" in asked and not counts & set(asked)
    assert "reach_request_ledger" not in asked


@pytest.mark.parametrize(("lang", "echo"), [("zh", "记为 12/40 → 30%"), ("en", "recorded as 12 of 40 → 30%")])
def test_scripted_consultation_takes_either_form(kb: KnowledgeBase, tmp_path: Path, lang: str, echo: str) -> None:
    """Without a terminal: one line per question, the counts typed at the share prompt, echoed, saved."""
    c = Consultation(kb, lang, county={"id": "x"})
    lines = []
    while (q := c.next_question()) is not None and q.id != "reach_escalated_pct":
        lines.append(reply_for("unknown", lang))
        assert c.answer(q, lines[-1]) is None
    saved = tmp_path / "a.json"
    r = CliRunner().invoke(
        main,
        ["ask", "--lang", lang, "--save", str(saved)],
        input="\n".join(["县", "x", *lines, "12/40", "quit"]) + "\n",
        catch_exceptions=False,
    )
    assert r.exit_code == 0, r.output
    assert echo in r.output and ("12/40" in r.output.split(echo)[0])  # the prompt says counts are taken
    answers = json.loads(saved.read_text(encoding="utf-8"))["answers"]
    assert answers["reach_requests_escalated"] == 12 and answers["reach_requests_received"] == 40
    assert "reach_escalated_pct" not in answers
