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
from diagnose.knowledge.say import Said, both, say
from diagnose.knowledge.suggest import nearest

# Fields a scholar must now give everywhere: say what to write, not only that it is missing.
_MISSING = {"claim": "missing_claim", "kind": "missing_kind", "start": "missing_start"}
# pydantic's error types, in Chinese; its English text is kept as it is
_PYDANTIC = {
    "missing": "pyd_missing",
    "string_type": "pyd_string",
    "float_type": "pyd_number",
    "float_parsing": "pyd_number",
    "finite_number": "pyd_number",
    "int_type": "pyd_int",
    "int_parsing": "pyd_int",
    "int_from_float": "pyd_int",
    "bool_type": "pyd_bool",
    "bool_parsing": "pyd_bool",
    "list_type": "pyd_list",
    "dict_type": "pyd_dict",
    "model_type": "pyd_dict",
    "model_attributes_type": "pyd_dict",
}
_LIMITS = {"greater_than_equal": "pyd_ge", "greater_than": "pyd_gt", "less_than_equal": "pyd_le", "less_than": "pyd_lt"}


def _pydantic_message(err: Any) -> Said:
    """The error in both languages: our own validators' messages as they are, pydantic's translated."""
    ctx = err.get("ctx") or {}
    cause = ctx.get("error")
    if isinstance(cause, Exception) and cause.args and isinstance(cause.args[0], Said):
        return cause.args[0]
    kind = err["type"]
    if kind in _PYDANTIC:
        zh = say(_PYDANTIC[kind])
    elif kind in ("literal_error", "enum"):
        zh = say("pyd_choice", expected=ctx.get("expected", ""))
    elif kind in _LIMITS:
        zh = say(_LIMITS[kind], limit=next(iter(ctx.values()), ""))
    elif kind == "too_short":
        zh = say("pyd_too_short", min=ctx.get("min_length", ""))
    else:
        zh = say("pyd_other", detail=err["msg"])
    return both(zh=zh.text("zh"), en=err["msg"])


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
        why = say(_MISSING[str(loc[-1])]) if err["type"] == "missing" and loc and str(loc[-1]) in _MISSING else None
        said = why or _pydantic_message(err)
        message = say("at_path", path=".".join(str(p) for p in loc), message=said) if loc else said
        at_key = False
        if err["type"] == "extra_forbidden":
            known = _fields_at(model, loc[:-1])
            near = nearest(str(loc[-1]), known) if known else None
            if near is not None:
                message = say("unknown_key_near", key=loc[-1], near=near)
                paired.add((*loc[:-1], near))
            elif known:
                message = say("unknown_key", key=loc[-1], known=", ".join(known))
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
