"""Load a knowledge-base directory into validated models, and check it as a whole.

Every problem is a `Finding` naming the file, the entry inside it and what to do, so that a scholar
editing rules/ by hand is told precisely what is wrong. Loading stops on errors; warnings are kept.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from diagnose.knowledge.base import KnowledgeBase, KnowledgeBaseError
from diagnose.knowledge.check import cross_check, deep_check
from diagnose.knowledge.findings import Finding
from diagnose.knowledge.models import (
    Diagnosis,
    KbMeta,
    Mechanism,
    Question,
    QuestionnaireFile,
    Section,
    Source,
    SourcesFile,
)
from diagnose.knowledge.yaml_cache import MISSING, YamlCache


def default_rules_dir() -> Path:
    """The knowledge base shipped inside the package (rules/ is packaged as diagnose/rules)."""
    package = Path(__file__).resolve().parent.parent
    packaged = package / "rules"
    return packaged if packaged.is_dir() else package.parent / "rules"


# libyaml's C loader (same safe subset) reads the base several times faster where PyYAML was built with it
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path, root: Path, findings: list[Finding], cache: YamlCache) -> Any:
    rel = str(path.relative_to(root))
    raw = path.read_bytes()
    cached = cache.get(raw)
    if cached is not MISSING:
        return cached
    try:
        data = yaml.load(raw.decode("utf-8"), Loader=SAFE_LOADER)
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        findings.append(Finding(rel, "", f"not valid YAML: {e}"))
        return None
    cache.put(raw, data)
    return data


def _validate(model: type[BaseModel], data: Any, rel: str, findings: list[Finding]) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as e:
        for err in e.errors():
            loc = ".".join(str(p) for p in err["loc"])
            findings.append(Finding(rel, _entry_name(data, err["loc"]) or loc, f"{loc}: {err['msg']}"))
        return None


def _entry_name(data: Any, loc: tuple[Any, ...]) -> str:
    """Name the entry (e.g. `questions[3] grid_patrol_pct`) an error sits in, for humans."""
    node, parts = data, []
    for p in loc:
        if isinstance(node, dict) and p in node:
            node = node[p]
            parts.append(str(p))
        elif isinstance(node, list) and isinstance(p, int) and p < len(node):
            node = node[p]
            ident = node.get("id") or node.get("mechanism") if isinstance(node, dict) else None
            parts[-1:] = [f"{parts[-1] if parts else ''}[{p}]" + (f" {ident}" if ident else "")]
        else:
            break
    return ".".join(parts)


def load(root: Path | str | None = None) -> KnowledgeBase:
    """Load and check a knowledge base; raise KnowledgeBaseError listing every error found."""
    kb, findings = load_with_findings(root)
    errors = [f for f in findings if f.level == "error"]
    if errors or kb is None:
        raise KnowledgeBaseError(errors)
    kb.warnings = [f for f in findings if f.level == "warning"]
    return kb


def load_with_findings(root: Path | str | None = None) -> tuple[KnowledgeBase | None, list[Finding]]:
    root = Path(root) if root is not None else default_rules_dir()
    findings: list[Finding] = []
    if not root.is_dir():
        return None, [Finding(str(root), "", "not a directory")]
    cache = YamlCache.for_root(root, default_rules_dir())

    def files(sub: str) -> list[Path]:
        folder = root / sub
        if not folder.is_dir():
            findings.append(Finding(sub + "/", "", "missing folder"))
            return []
        return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))

    meta = None
    if (root / "kb.yaml").is_file():
        meta = _validate(KbMeta, _read_yaml(root / "kb.yaml", root, findings, cache), "kb.yaml", findings)
    else:
        findings.append(Finding("kb.yaml", "", "missing: give id, version and title of the knowledge base"))

    sources: dict[str, Source] = {}
    if (root / "sources.yaml").is_file():
        sf = _validate(SourcesFile, _read_yaml(root / "sources.yaml", root, findings, cache), "sources.yaml", findings)
        for s in sf.sources if sf else []:
            _add_unique(sources, s.id, s, "sources.yaml", findings)
    else:
        findings.append(Finding("sources.yaml", "", "missing: the bibliography of the papers"))

    sections: list[Section] = []
    questions: dict[str, Question] = {}
    section_of: dict[str, str] = {}
    question_file: dict[str, str] = {}
    for path in files("questionnaire"):
        rel = str(path.relative_to(root))
        qf = _validate(QuestionnaireFile, _read_yaml(path, root, findings, cache), rel, findings)
        if qf is None:
            continue
        if any(s.id == qf.section.id for s in sections):
            findings.append(Finding(rel, f"section {qf.section.id}", "duplicate section id"))
        sections.append(qf.section)
        for q in qf.questions:
            if _add_unique(questions, q.id, q, rel, findings, question_file):
                section_of[q.id] = qf.section.id
                question_file[q.id] = rel
    sections.sort(key=lambda s: (s.order, s.id))
    order = {s.id: i for i, s in enumerate(sections)}
    questions = dict(sorted(questions.items(), key=lambda kv: order[section_of[kv[0]]]))

    diagnoses: dict[str, Diagnosis] = {}
    for path in files("diagnoses"):
        rel = str(path.relative_to(root))
        d = _validate(Diagnosis, _read_yaml(path, root, findings, cache), rel, findings)
        if d is not None:
            _check_file_name(path, d.id, rel, findings)
            _add_unique(diagnoses, d.id, d, rel, findings)

    mechanisms: dict[str, Mechanism] = {}
    for path in files("mechanisms"):
        rel = str(path.relative_to(root))
        m = _validate(Mechanism, _read_yaml(path, root, findings, cache), rel, findings)
        if m is not None:
            _check_file_name(path, m.id, rel, findings)
            _add_unique(mechanisms, m.id, m, rel, findings)

    cache.save()
    findings += cross_check(questions, question_file, diagnoses, mechanisms, sources)
    if meta is not None and meta.in_place_persisting is not None:
        for i, ref in enumerate(meta.in_place_persisting.references):
            if ref.source not in sources:
                entry = f"in_place_persisting.references[{i}]"
                findings.append(Finding("kb.yaml", entry, f"unknown source '{ref.source}'; add it to sources.yaml"))
    if meta is None or any(f.level == "error" for f in findings):
        return None, findings
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
    )
    kb.content_hash = hashlib.sha256(
        json.dumps(kb.export(), sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()[:16]
    return kb, findings


def _add_unique(
    table: dict[str, Any], key: str, value: Any, rel: str, findings: list[Finding], where: dict[str, str] | None = None
) -> bool:
    if key in table:
        first = f" (first defined in {where[key]})" if where and key in where else ""
        findings.append(Finding(rel, key, f"duplicate id '{key}'{first}; ids must be unique"))
        return False
    table[key] = value
    return True


def _check_file_name(path: Path, ident: str, rel: str, findings: list[Finding]) -> None:
    if path.stem != ident:
        findings.append(Finding(rel, ident, f"file name must be the id: rename to {ident}{path.suffix}"))


def check_all(
    root: Path | str | None, sources_dir: Path | str | None = None
) -> tuple[KnowledgeBase | None, list[Finding]]:
    """`kb check`: every finding of loading, then of the deep checks when the base loaded."""
    kb, findings = load_with_findings(root)
    if kb is not None:
        findings += deep_check(kb, str(sources_dir) if sources_dir else None)
    return kb, findings
