"""Load a knowledge-base directory into validated models, and check it as a whole.

Every problem is a `Finding` naming the file, the entry inside it and what to do, so that a scholar
editing rules/ by hand is told precisely what is wrong. Loading stops on errors; warnings are kept.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from diagnose.io.errors import reason
from diagnose.knowledge import yaml_read
from diagnose.knowledge.base import KnowledgeBase, KnowledgeBaseError
from diagnose.knowledge.check import Broken, cross_check, deep_check
from diagnose.knowledge.findings import Finding, Path_
from diagnose.knowledge.groups import check_groups
from diagnose.knowledge.models import (
    Diagnosis,
    KbMeta,
    Mechanism,
    Question,
    QuestionnaireFile,
    RepeatGroup,
    Section,
    Source,
    SourcesFile,
)
from diagnose.knowledge.positions import place
from diagnose.knowledge.say import both, say
from diagnose.knowledge.validation import validate as _validate
from diagnose.knowledge.yaml_cache import MISSING, YamlCache


def default_rules_dir() -> Path:
    """The knowledge base shipped inside the package (rules/ is packaged as diagnose/rules)."""
    package = Path(__file__).resolve().parent.parent
    packaged = package / "rules"
    return packaged if packaged.is_dir() else package.parent / "rules"


# what a file that could not be read or parsed gives (its findings say why); an empty file is None,
# which the models refuse in their own words
UNREADABLE: Any = object()


def _read_yaml(path: Path, root: Path, findings: list[Finding], cache: YamlCache) -> Any:
    rel = str(path.relative_to(root))
    try:
        raw = path.read_bytes()
    except OSError as e:
        findings.append(Finding(rel, "", say("cannot_read", detail=both(zh=reason(e, "zh"), en=reason(e, "en")))))
        return UNREADABLE
    cached = cache.get(raw)
    if cached is not MISSING:
        return cached
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        column = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        findings.append(Finding(rel, "", say("not_utf8"), line=line, column=column))
        return UNREADABLE
    try:
        data = yaml_read.read(text)
    except yaml_read.YamlFileError as e:
        findings += [Finding(rel, "", p.message, line=p.line, column=p.column) for p in e.problems]
        return UNREADABLE
    cache.put(raw, data)
    return data


def load(root: Path | str | None = None) -> KnowledgeBase:
    """Load and check a knowledge base; raise KnowledgeBaseError listing every error `kb check` would
    report (its deep checks included, bar the quotes, which need the papers: 4 ms on the bundled base)."""
    folder, kb, findings = _load(root)
    errors = [f for f in findings if f.level == "error"]
    if errors or kb is None:
        raise KnowledgeBaseError(place(errors, folder))  # positions only now: the happy path never reads them
    deep = deep_check(kb, positions=False)
    if any(f.level == "error" for f in deep):
        raise KnowledgeBaseError(place([f for f in deep if f.level == "error"], folder))
    kb.warnings = [f for f in findings if f.level == "warning"] + deep
    return kb


def load_with_findings(root: Path | str | None = None) -> tuple[KnowledgeBase | None, list[Finding]]:
    """The knowledge base (None when it holds errors) and every finding, each with file:line:column."""
    folder, kb, findings = _load(root)
    return kb, place(findings, folder)


def _load(root: Path | str | None) -> tuple[Path, KnowledgeBase | None, list[Finding]]:
    root = Path(root) if root is not None else default_rules_dir()
    findings: list[Finding] = []
    if not root.is_dir():
        return root, None, [Finding(str(root), "", say("not_a_directory"), shown_file=str(root))]
    cache = YamlCache.for_root(root, default_rules_dir())
    broken = Broken()

    def files(sub: str) -> list[Path] | None:
        folder = root / sub
        if not folder.is_dir():
            findings.append(Finding(sub + "/", "", say("not_a_folder" if folder.exists() else "missing_folder")))
            broken.files.add(sub + "/")
            return None
        named = sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))
        for p in named:
            if not p.is_file():  # a folder (or a FIFO, a device) named like a rule file: reading it fails or hangs
                what = say("what_folder" if p.is_dir() else "what_not_regular")
                findings.append(Finding(str(p.relative_to(root)), "", say("named_like_rule_file", what=what)))
                broken.files.add(str(p.relative_to(root)))
        return [p for p in named if p.is_file()]

    def read(name: str) -> Any:
        if (root / name).is_file():
            return _read_yaml(root / name, root, findings, cache)
        state = "kb_file_not_file" if (root / name).exists() else "kb_file_missing"
        purpose = say({"kb.yaml": "purpose_kb", "sources.yaml": "purpose_sources"}[name])
        findings.append(Finding(name, "", say(state, purpose=purpose)))
        return UNREADABLE

    meta_data = read("kb.yaml")
    meta = _validate(KbMeta, meta_data, "kb.yaml", findings) if meta_data is not UNREADABLE else None

    sources: dict[str, Source] = {}
    source_data = read("sources.yaml")
    sf = _validate(SourcesFile, source_data, "sources.yaml", findings) if source_data is not UNREADABLE else None
    if sf is None:
        broken.files.add("sources.yaml")
        broken.sources = _salvage(broken.sources, source_data, "sources")
    for i, s in enumerate(sf.sources if sf else []):
        _add_unique(sources, s.id, s, "sources.yaml", findings, path=("sources", i, "id"))

    sections: list[Section] = []
    questions: dict[str, Question] = {}
    section_of: dict[str, str] = {}
    question_file: dict[str, str] = {}
    question_at: dict[str, Path_] = {}
    groups: dict[str, RepeatGroup] = {}
    group_section: dict[str, str] = {}
    questions_and_items: dict[str, Any] = {}  # one id space for questions, groups and item questions
    questionnaire = files("questionnaire")
    if questionnaire is None:
        broken.questions = None
    for path in questionnaire or []:
        rel = str(path.relative_to(root))
        data = _read_yaml(path, root, findings, cache)
        qf = _validate(QuestionnaireFile, data, rel, findings) if data is not UNREADABLE else None
        if qf is None:
            broken.files.add(rel)
            broken.questions = _salvage(broken.questions, data, "questions")
            continue
        if any(s.id == qf.section.id for s in sections):
            findings.append(Finding(rel, f"section {qf.section.id}", say("duplicate_section"), path=("section", "id")))
        sections.append(qf.section)
        for i, q in enumerate(qf.questions):
            if _add_unique(
                questions_and_items, q.id, q, rel, findings, question_file, path=("questions", i, "id")
            ) and _add_unique(questions, q.id, q, rel, findings, question_file, path=("questions", i, "id")):
                section_of[q.id] = qf.section.id
                question_file[q.id] = rel
                question_at[q.id] = ("questions", i)
        for i, g in enumerate(qf.groups):
            if _add_unique(questions_and_items, g.id, g, rel, findings, question_file, path=("groups", i, "id")):
                groups[g.id] = g
                group_section[g.id] = qf.section.id
                question_file[g.id] = rel
                question_at[g.id] = ("groups", i)
            for j, q in enumerate(g.questions):
                at: Path_ = ("groups", i, "questions", j, "id")
                if _add_unique(questions_and_items, q.id, q, rel, findings, question_file, path=at):
                    question_file[q.id] = rel
                    question_at[q.id] = ("groups", i, "questions", j)
    sections.sort(key=lambda s: (s.order, s.id))
    order = {s.id: i for i, s in enumerate(sections)}
    questions = dict(sorted(questions.items(), key=lambda kv: order[section_of[kv[0]]]))

    diagnoses: dict[str, Diagnosis] = {}
    for path in files("diagnoses") or []:
        rel = str(path.relative_to(root))
        data = _read_yaml(path, root, findings, cache)
        d = _validate(Diagnosis, data, rel, findings) if data is not UNREADABLE else None
        if d is None:
            broken.files.add(rel)
            continue
        _check_file_name(path, d.id, rel, findings)
        _add_unique(diagnoses, d.id, d, rel, findings, path=("id",))

    mechanisms: dict[str, Mechanism] = {}
    mechanism_files = files("mechanisms")
    if mechanism_files is None:
        broken.mechanisms = None
    for path in mechanism_files or []:
        rel = str(path.relative_to(root))
        data = _read_yaml(path, root, findings, cache)
        m = _validate(Mechanism, data, rel, findings) if data is not UNREADABLE else None
        if m is None:
            broken.files.add(rel)
            if broken.mechanisms is not None:  # its id is its file name (or should be)
                broken.mechanisms |= {path.stem} | (
                    {data["id"]} if isinstance(data, dict) and isinstance(data.get("id"), str) else set()
                )
            continue
        _check_file_name(path, m.id, rel, findings)
        _add_unique(mechanisms, m.id, m, rel, findings, path=("id",))

    cache.save()
    findings += cross_check(questions, question_file, diagnoses, mechanisms, sources, broken, question_at)
    findings += check_groups(questions, groups, question_file, question_at)
    if meta is not None and meta.in_place_persisting is not None:
        for i, ref in enumerate(meta.in_place_persisting.references):
            if ref.source not in sources:
                entry = f"in_place_persisting.references[{i}]"
                findings.append(Finding("kb.yaml", entry, say("unknown_source_add", source=ref.source)))
    if meta is None or any(f.level == "error" for f in findings):
        return root, None, findings
    kb = KnowledgeBase(
        root=root,
        meta=meta,
        sources=sources,
        sections=sections,
        questions=questions,
        section_of=section_of,
        question_file=question_file,
        diagnoses=diagnoses,
        mechanisms=mechanisms,
        content_hash="",
        question_at=question_at,
        groups=groups,
        group_section=group_section,
    )
    kb.content_hash = hashlib.sha256(
        json.dumps(kb.export(), sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()[:16]
    return root, kb, findings


def _salvage(known: set[str] | None, data: Any, key: str) -> set[str] | None:
    """The ids a file that failed to load still names under `key` (entries with an `id`); None when its
    data is not even a mapping with such a list (then no id of the kind can be called unknown)."""
    entries = data.get(key) if isinstance(data, dict) else None
    if known is None or not isinstance(entries, list):
        return None
    return known | {e["id"] for e in entries if isinstance(e, dict) and isinstance(e.get("id"), str)}


def _add_unique(
    table: dict[str, Any],
    key: str,
    value: Any,
    rel: str,
    findings: list[Finding],
    where: dict[str, str] | None = None,
    path: Path_ | None = None,
) -> bool:
    if key in table:
        first = say("first_defined_in", where=where[key]) if where and key in where else ""
        findings.append(Finding(rel, key, say("duplicate_id", key=key, first=first), path=path))
        return False
    table[key] = value
    return True


def _check_file_name(path: Path, ident: str, rel: str, findings: list[Finding]) -> None:
    if path.stem != ident:
        findings.append(Finding(rel, ident, say("file_name_is_id", name=f"{ident}{path.suffix}"), path=("id",)))


def check_all(
    root: Path | str | None, sources_dir: Path | str | None = None, hedges: bool = False
) -> tuple[KnowledgeBase | None, list[Finding]]:
    """`kb check`: every finding of loading, then of the deep checks when the base loaded, and with
    `hedges` the rationales to review for modal strength (level `review`, never an error)."""
    kb, findings = load_with_findings(root)
    if kb is not None:
        findings += deep_check(kb, str(sources_dir) if sources_dir else None)
        if hedges:
            from diagnose.knowledge.hedges import hedge_findings

            findings += hedge_findings(kb)
    return kb, findings


def kb_version(root: Path) -> str:
    """The knowledge base's version as kb.yaml states it (for `--version`: without loading the whole base)."""
    import yaml

    try:
        data = yaml.safe_load((root / "kb.yaml").read_text(encoding="utf-8"))
        return str(data.get("version", "?")) if isinstance(data, dict) else "?"
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return "?"
