"""How many of the narrative suite's stated facts find a place in the questionnaire, before and after
issue 16's capture work (docs/answers.md gives the figures).

A fact is one row of a `| 事实 | 问题 | 回答 |` table in features/narratives/*.feature. It counts as
captured at a commit when the question it goes to (named by its id today) existed at that commit and the
answer, as written in the table, passed that commit's validation on its own. The questionnaire and the
answer model of each commit are both used: the commit's `diagnose/` and `rules/` are extracted with
`git archive` and judged in a child process, so the measure does not depend on today's code.

    python benchmarks/narrative_capture.py                 # before = d68a371, after = the working tree
    python benchmarks/narrative_capture.py --before REV    # another baseline
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BEFORE = "d68a371"  # the questionnaire and answer model before issue 16's capture work
ROW = re.compile(r"^\s*\|(.+)\|\s*$")
WORDS = {"是": True, "否": False, "不知道": "unknown"}


def facts(features: Path) -> list[dict[str, str]]:
    """Every fact row of the narrative features: scenario, fact, question title, answer as written."""
    out = []
    for path in sorted(features.glob("*.feature")):
        scenario, in_table = "", False
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip().startswith("场景:"):
                scenario = line.split(":", 1)[1].strip()
            m = ROW.match(line)
            if not m:
                in_table = False
                continue
            cells = [c.strip() for c in m.group(1).split("|")]
            if cells == ["事实", "问题", "回答"]:
                in_table = True
            elif in_table and len(cells) == 3:
                out.append({"scenario": scenario, "fact": cells[0], "title": cells[1], "text": cells[2]})
    return out


def judge(root: Path, rows: list[dict[str, str]]) -> list[str]:
    """Run this file's --judge mode against the code and rules under `root`; one verdict per row."""
    proc = subprocess.run(
        [sys.executable, __file__, "--judge", str(root)],
        input=json.dumps(rows, ensure_ascii=False),
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
    )
    return json.loads(proc.stdout)


def _judge_here(root: Path) -> None:
    """Child process: with `root`'s own package and rules, say for each row whether it is captured."""
    sys.path.insert(0, str(root))
    from diagnose.answers.validate import InvalidRecord, validate
    from diagnose.knowledge.load import load

    kb = load(root / "rules")
    verdicts = []
    for row in json.load(sys.stdin):
        q = kb.questions.get(row["qid"])
        if q is None:
            verdicts.append("no_question")
            continue
        value = _as_json(q, row["text"])
        try:
            validate(kb, {"county": {"id": "fact", "name": "fact"}, "answers": {q.id: value}}, "zh")
        except InvalidRecord:
            verdicts.append("refused")
        else:
            verdicts.append("captured")
    json.dump(verdicts, sys.stdout)


def _as_json(q, text: str):  # type: ignore[no-untyped-def]
    """The answer as the features write it (as tests/names.py reads it), in the JSON the record takes."""
    if text in WORDS:
        return WORDS[text]
    kind = q.type.value
    labels = {c.label.zh: c.id for c in q.choices or []}
    if kind == "multiple_choice":
        return [labels.get(c.strip(), c.strip()) for c in re.split(r"\s*[;;]\s*", text) if c.strip()]
    if kind == "single_choice":
        return labels.get(text, text)
    try:
        number = float(text)
    except ValueError:
        return text
    return int(number) if number.is_integer() else number


def extract(rev: str, into: Path) -> Path:
    """The package and rules as they were at `rev`."""
    data = subprocess.run(["git", "archive", rev, "diagnose", "rules"], cwd=ROOT, capture_output=True, check=True)
    with tarfile.open(fileobj=BytesIO(data.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", default=BEFORE, help="baseline revision (default %(default)s)")
    parser.add_argument("--judge", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.judge:
        _judge_here(args.judge)
        return
    sys.path.insert(0, str(ROOT))
    from diagnose.knowledge.load import load

    kb = load(ROOT / "rules")
    titles = {q.title.zh: q.id for q in kb.questions.values()}
    rows = [{**r, "qid": titles.get(r["title"], "")} for r in facts(ROOT / "features" / "narratives")]
    with tempfile.TemporaryDirectory() as tmp:
        before = judge(extract(args.before, Path(tmp)), rows)
    after = judge(ROOT, rows)
    n = len(rows)
    scenarios = len({r["scenario"] for r in rows})
    print(f"{n} stated facts in {scenarios} county descriptions (features/narratives/)")
    for name, verdicts in ((f"before ({args.before})", before), ("after (working tree)", after)):
        counts = {v: verdicts.count(v) for v in ("captured", "refused", "no_question")}
        print(
            f"{name:>22}: captured {counts['captured']} ({100 * counts['captured'] / n:.0f}%), "
            f"answer refused {counts['refused']} ({100 * counts['refused'] / n:.0f}%), "
            f"no question {counts['no_question']} ({100 * counts['no_question'] / n:.0f}%)"
        )


if __name__ == "__main__":
    main()
