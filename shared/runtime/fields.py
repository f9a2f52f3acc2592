"""A request body's fields that do not fit, said in words for the back office's 422 (``reason``): the unknown
fields with the ones the route takes, the missing ones, and what is wrong with the others. Pydantic's own list
stays in the answer's ``detail`` for programs that read it."""
from __future__ import annotations

from typing import Any, get_args, get_origin

import pydantic


def said(error: pydantic.ValidationError, model: type[pydantic.BaseModel] | None = None) -> str:
    """``unknown field 'offical'; this request takes: official``, and so on, one clause per kind of fault."""
    unknown: dict[tuple[Any, ...], list[str]] = {}
    clauses: list[str] = []
    for fault in error.errors(include_url=False, include_input=False):
        loc = tuple(fault["loc"])
        if fault["type"] == "extra_forbidden" and loc:
            unknown.setdefault(loc[:-1], []).append(_path(loc))
        elif fault["type"] == "missing":
            clauses.append(f"'{_path(loc)}' is missing")
        elif fault["type"] in ("model_type", "model_attributes_type", "dict_type") and not loc and model:
            clauses.append(f"the body must be a JSON object with the fields: {', '.join(fields(model))}")
        else:
            clauses.append(f"'{_path(loc)}': {fault['msg']}" if loc else fault["msg"])
    for within, names in unknown.items():
        taken = fields(_inner(model, within)) if model else []
        clause = f"unknown field{'s' if len(names) > 1 else ''} " + ", ".join(f"'{n}'" for n in names)
        clauses.insert(0, f"{clause}; this request takes: {', '.join(taken)}" if taken else clause)
    return "; ".join(clauses)


def fields(model: type[pydantic.BaseModel] | None) -> list[str]:
    """The names a body of ``model`` takes, as it is written in JSON (the alias where there is one)."""
    if model is None:
        return []
    return [info.alias or name for name, info in model.model_fields.items()]


def _path(loc: tuple[Any, ...]) -> str:
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc).lstrip(".")


def _inner(model: type[pydantic.BaseModel] | None, loc: tuple[Any, ...]) -> type[pydantic.BaseModel] | None:
    """The model a nested place in the body is read with (``plot``, ``taxes[1]``); None where it is no model."""
    for part in loc:
        if model is None or isinstance(part, int):
            continue
        info = model.model_fields.get(str(part)) or next(
            (f for f in model.model_fields.values() if f.alias == part), None)
        model = _model_in(info.annotation) if info else None
    return model


def _model_in(annotation: Any) -> type[pydantic.BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return annotation
    if get_origin(annotation) is not None or get_args(annotation):
        return next((m for m in map(_model_in, get_args(annotation)) if m is not None), None)
    return None
