"""docs/templates.md lists exactly the templates the code sends, with the parameter count it sends them with, and
each one as WhatsApp Manager will accept it for approval.

What the code sends is read from the code itself: every ``template(name, lang, [...])`` call in ``gateway/``,
``services/`` and ``shared/``, its name resolved from the constant or f-string it is given, its parameters
counted from the list it passes. A call this test cannot read fails it, so a new template cannot slip past.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from gateway.outbound import limits
from shared.templates import BY_NAME, TEMPLATES, TemplateSpec, render

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "docs" / "templates.md"
SOURCES = sorted(p for part in ("gateway", "services", "shared") for p in (ROOT / part).rglob("*.py"))
PLACEHOLDER = re.compile(r"\{\{(\d+)\}\}")
CRAMPED = re.compile(rf"[\n\t]| {{{limits.TEMPLATE_PARAM_SPACES + 1},}}")


def _module(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def _constants() -> dict[str, dict[str, str]]:
    """Per module, its module-level string constants and the names it imports (as ``module:NAME``)."""
    found: dict[str, dict[str, str]] = {}
    for path in SOURCES:
        names: dict[str, str] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value,
                                                                                                     str):
                names.update({t.id: node.value.value for t in node.targets if isinstance(t, ast.Name)})
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.update({a.asname or a.name: f"{node.module}:{a.name}" for a in node.names})
        found[_module(path)] = names
    return found


def _names(arg: ast.expr, module: str, constants: dict[str, dict[str, str]]) -> set[str]:
    """The template names a call's first argument can be."""
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return {arg.value}
    if isinstance(arg, ast.Name):
        value = constants[module].get(arg.id)
        while value is not None and ":" in value and value.split(":")[0] in constants:
            source, name = value.split(":")
            value = constants[source].get(name)
        return {value} if value is not None else set()
    if isinstance(arg, ast.JoinedStr):  # f"{kind.service}_status_update": every listed name of that shape
        shape = "".join(re.escape(p.value) if isinstance(p, ast.Constant) else "[a-z]+" for p in arg.values)
        return {name for name in BY_NAME if re.fullmatch(shape, name)}
    return set()


def sent_by_code() -> tuple[dict[str, set[int]], list[str]]:
    """Template name -> the parameter counts the code sends it with; and the calls that cannot be read."""
    constants, sent, unreadable = _constants(), {}, []
    for path in SOURCES:
        module = _module(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            built = called == "Template" and any(k.arg == "name" for k in node.keywords)
            if built and module != "gateway.outbound.fitted":
                unreadable.append(f"{where}: build templates with gateway.outbound.fitted.template")
            if called != "template":
                continue
            names = _names(node.args[0], module, constants) if len(node.args) == 3 else set()
            if not names or not isinstance(node.args[2], ast.List):
                unreadable.append(f"{where}: name the template with a constant and pass its parameters as a list")
                continue
            for name in names:
                sent.setdefault(name, set()).add(len(node.args[2].elts))
    return sent, unreadable


def test_the_committed_document_is_not_stale():
    assert COMMITTED.read_text(encoding="utf-8") == render(), (
        "docs/templates.md is stale: run `python -m shared.templates > docs/templates.md` and commit it")


def test_every_template_the_code_sends_is_listed_with_the_parameters_it_is_sent_with():
    sent, unreadable = sent_by_code()
    assert unreadable == []
    assert sorted(set(sent) - set(BY_NAME)) == [], "templates the code sends that docs/templates.md does not list"
    assert sorted(set(BY_NAME) - set(sent)) == [], "templates docs/templates.md lists that no code sends"
    for name, counts in sent.items():
        assert counts == {len(BY_NAME[name].params)}, f"{name}: sent with {sorted(counts)} parameter(s)"


def test_a_call_the_test_cannot_read_or_an_unlisted_template_is_caught():
    assert _names(ast.parse('f"{kind.service}_status_update"').body[0].value, "x", {"x": {}}) == {  # type: ignore[attr-defined]
        "permit_status_update", "noc_status_update"}
    assert _names(ast.parse("make_name()").body[0].value, "x", {"x": {}}) == set()  # type: ignore[attr-defined]
    assert _names(ast.parse('"tourism_room_ready"').body[0].value, "x", {"x": {}}) - set(BY_NAME) == {  # type: ignore[attr-defined]
        "tourism_room_ready"}


@pytest.mark.parametrize("spec", TEMPLATES, ids=lambda s: s.name)
@pytest.mark.parametrize("lang", ["en", "bn"])
def test_each_body_is_one_meta_approves(spec: TemplateSpec, lang: str):
    """Meta's rules for a body: at most 1,024 characters; {{1}}..{{n}} each once and in order, neither first
    nor last, with words between two of them; the same parameters in both languages."""
    body = spec.body(lang)
    assert len(body) <= limits.TEMPLATE_BODY
    assert [int(n) for n in PLACEHOLDER.findall(body)] == list(range(1, len(spec.params) + 1))
    assert not body.startswith("{{") and not body.rstrip(".।!?").endswith("}}")
    between = PLACEHOLDER.split(body)[2:-1:2]
    assert all(re.search(r"\w", part) for part in between), between


@pytest.mark.parametrize("spec", TEMPLATES, ids=lambda s: s.name)
@pytest.mark.parametrize("lang", ["en", "bn"])
def test_each_example_fills_its_body_as_meta_allows(spec: TemplateSpec, lang: str):
    values = spec.example[lang]
    assert len(values) == len(spec.params)
    assert all(v and not CRAMPED.search(v) and len(v) <= limits.TEMPLATE_PARAM for v in values)
    assert len(spec.filled(lang, values)) <= limits.TEMPLATE_BODY


def test_the_readme_sends_operators_to_the_list():
    operations = (ROOT / "README.md").read_text(encoding="utf-8").split("## Operations", 1)[1].split("\n## ", 1)[0]
    assert "docs/templates.md" in operations
