"""A rule file's data through its model: each validation error a finding at the offending node.

pydantic's error locations are the keys and list indexes of the data, which is what a finding's
`path` is: positions.py turns it into line and column. A condition's own error adds where inside
the condition it is; an unknown key names the nearest allowed one instead of also reporting the
right key as missing.
"""

from __future__ import annotations

from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from diagnose.knowledge import conditions
from diagnose.knowledge.findings import Finding
from diagnose.knowledge.suggest import nearest

# Fields a scholar must now give everywhere: say what to write, not only that it is missing.
_MISSING = {
    "claim": "missing `claim`: say whose claim the quote carries: paper (the authors' own), literature (the "
    "research they review, 有研究表明), case (a case they report) or kb (this knowledge base's own reading)",
    "kind": "missing `kind`: procedure (the papers give steps a county can carry out) or principle (an "
    "orientation without steps, shown as such)",
    "start": "missing `start`: copy the section's heading verbatim from the paper; the section ends where the next begins",
}


def validate(model: type[BaseModel], data: Any, rel: str, findings: list[Finding]) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as e:
        findings += _validation_findings(model, data, e.errors(), rel)
        return None


def _validation_findings(model: type[BaseModel], data: Any, errors: list[Any], rel: str) -> list[Finding]:
    """One finding per error, pointing at the offending node; a misspelt key names the key it should be."""
    missing = {tuple(e["loc"]) for e in errors if e["type"] == "missing"}
    paired: set[tuple[Any, ...]] = set()
    out = []
    for err in errors:
        loc = tuple(err["loc"])
        why = _MISSING.get(str(loc[-1])) if err["type"] == "missing" and loc else None
        message = f"{'.'.join(str(p) for p in loc)}: {why or err['msg']}" if loc else err["msg"]
        at_key = False
        if err["type"] == "extra_forbidden":
            known = _fields_at(model, loc[:-1])
            near = nearest(str(loc[-1]), known) if known else None
            if near is not None:
                message = f"`{loc[-1]}`: did you mean `{near}`?"
                paired.add((*loc[:-1], near))
            elif known:
                message = f"unknown key `{loc[-1]}`; allowed here: {', '.join(known)}"
            at_key = True
        cause = (err.get("ctx") or {}).get("error")
        path = (*loc, *cause.steps()) if isinstance(cause, conditions.ConditionError) else loc
        out.append(Finding(rel, _entry_name(data, loc) or ".".join(map(str, loc)), message, path=path, at_key=at_key))
    # a misspelt key also shows as the right key missing: the suggestion says it all
    return [f for f in out if not (f.path in paired and f.path in missing)]


def _fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The keys the model allows at `loc` (list indexes skipped), or none when that is not a model."""
    current: Any = model
    for step in loc:
        if isinstance(step, int):
            continue
        field = current.model_fields.get(step) if current is not None else None
        current = _model_in(field.annotation) if field is not None else None
        if current is None:
            return []
    return list(current.model_fields)


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model inside `list[Sign]`, `Text | None`, Annotated[...]."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
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
