"""What the README and docs/ tell operators agrees with the code: every setting the processes read is in the
README's configuration table with its real default (and nothing else is), every ``panchayat`` command line
shown is one the command accepts, and the metrics guide names every value of the sender's labels."""
from __future__ import annotations

import ast
import inspect
import re
import shlex
from pathlib import Path

import pytest

from gateway.sender import worker
from gateway.sender.config import SenderTuning
from gateway.sender.policy import Action
from shared.cli import parser
from shared.documents.fonts import FONT_DIR_ENV
from shared.runtime.http import create_app
from shared.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
DOCS = [README, *sorted((ROOT / "docs").glob("*.md"))]
# Stand-ins for the placeholders the docs write in capitals, so a documented line can be parsed as typed.
PLACEHOLDERS = {"ROLE": "payroll_admin", "NAME": "grievance", "SERVICE": "grievance", "ID": "an-id", "N": "30"}


def configuration_table() -> dict[str, str]:
    """The README's configuration table: variable -> its default column."""
    section = README.read_text(encoding="utf-8").split("## Configuration", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and (name := re.fullmatch(r"`([A-Z][A-Z0-9_]+)`", cells[0])):
            rows[name.group(1)] = cells[-1]
    return rows


def settings_in_code() -> dict[str, object]:
    """Every environment variable a process reads, with its default (None: no default)."""
    fields = {**Settings.model_fields, **SenderTuning.model_fields}
    return {name: field.default for name, field in fields.items()} | {FONT_DIR_ENV: None}


def shown(value: object) -> str:
    if isinstance(value, Path):
        return value.as_posix() if value.is_absolute() else f"./{value.as_posix()}"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def test_every_setting_the_code_reads_is_documented_and_nothing_else():
    documented, code = configuration_table(), settings_in_code()
    assert sorted(set(code) - set(documented)) == [], "settings missing from README's Configuration table"
    assert sorted(set(documented) - set(code)) == [], "README documents settings no process reads"


@pytest.mark.parametrize(("name", "default"), sorted((n, d) for n, d in settings_in_code().items() if d is not None))
def test_each_documented_default_is_the_codes(name, default):
    cell = configuration_table()[name]
    assert f"`{shown(default)}`" in cell, f"{name}: README says {cell!r}, the code's default is {shown(default)!r}"


def command_lines() -> list[tuple[str, str]]:
    """(document, command line) for every ``panchayat ...`` the docs show, inline or in a code block."""
    found = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        blocks = re.findall(r"```[a-z]*\n(.*?)```", text, flags=re.S)
        spans = re.findall(r"`([^`\n]+)`", re.sub(r"```.*?```", "", text, flags=re.S))
        for chunk in [*(line for block in blocks for line in block.splitlines()), *spans]:
            for part in re.split(r"&&|;|\||>|#", chunk):
                words = part.split()
                if words[:1] == ["panchayat"] and len(words) > 1:
                    found.append((doc.name, " ".join(words)))
    return found


def test_the_docs_show_panchayat_commands():
    assert {line.split()[1] for _, line in command_lines()} >= {"run", "gateway", "sender", "service", "status",
                                                                 "dlq", "token", "asyncapi"}


@pytest.mark.parametrize(("doc", "line"), sorted(set(command_lines())))
def test_every_documented_command_line_is_accepted(doc, line):
    args = [PLACEHOLDERS.get(word, word) for word in shlex.split(line)[1:]]
    try:
        parser().parse_args(args)
    except SystemExit:
        pytest.fail(f"{doc}: `{line}` is not a command `panchayat` accepts")


def metric_meanings() -> dict[str, str]:
    guide = (ROOT / "docs" / "metrics.md").read_text(encoding="utf-8")
    return {m.group(1): m.group(2) for m in re.finditer(r"^\| `(\w+)` \|(.*)$", guide, flags=re.M)}


def sender_outcomes() -> set[str]:
    """Every ``outcome`` the sender counts: the literals it passes to ``OUTCOMES.labels`` and to ``_close``, in the
    modules its handlers are made of (``worker`` and its parts)."""
    files = {inspect.getsourcefile(part) for part in worker.Sender.__mro__ if part is not object}
    nodes = [n for file in files for n in ast.walk(ast.parse(Path(str(file)).read_text(encoding="utf-8")))]
    outcomes: set[str] = set()
    for call in (n for n in nodes if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)):
        if call.func.attr == "labels":
            values = [k.value for k in call.keywords if k.arg == "outcome"]
        elif call.func.attr == "_close" and len(call.args) > 1:
            values = [call.args[1]]
        else:
            continue
        outcomes |= {c.value for v in values for c in ast.walk(v) if isinstance(c, ast.Constant)
                     and isinstance(c.value, str)}
    return outcomes


def test_the_metrics_guide_names_every_outcome_and_action_of_the_sender():
    meanings, outcomes = metric_meanings(), sender_outcomes()
    assert {"sent", "template", "failed", "duplicate"} <= outcomes
    missing = {o for o in outcomes if f"`{o}`" not in meanings["panchayat_sender_outbound_total"]}
    assert not missing, f"docs/metrics.md does not explain panchayat_sender_outbound_total outcomes {missing}"
    missing = {a.value for a in Action if f"`{a.value}`" not in meanings["panchayat_sender_api_errors_total"]}
    assert not missing, f"docs/metrics.md does not explain panchayat_sender_api_errors_total actions {missing}"


def test_the_time_a_stopped_copy_is_said_to_finish_its_messages_in_is_the_codes():
    """Operators size compose's stop_grace_period and their expectations of a rolling restart by it."""
    said = re.search(r"finishes the ones in hand\s+\(up to (\d+) s\)", README.read_text(encoding="utf-8"))
    assert said, "README no longer says how long a copy stopped with SIGTERM finishes its messages"
    waited = inspect.signature(create_app).parameters["stop_timeout"].default
    assert float(said.group(1)) == waited, f"README says {said.group(1)} s, a role waits {waited:g} s"


def test_the_send_rate_is_documented_as_each_sender_copy_s_own():
    """Copies of the sender share no token bucket (``gateway/sender/main.py``): the README must say to divide the
    number's rate among them, or two copies send at twice what Meta allows the number."""
    from gateway.sender import main as sender_main

    assert "divide ``PANCHAYAT_SEND_RATE`` by the number of" in " ".join(sender_main.__doc__.split())
    row = configuration_table()
    cell = next(line for line in README.read_text(encoding="utf-8").splitlines()
                if line.startswith("| `PANCHAYAT_SEND_RATE` |"))
    assert row["PANCHAYAT_SEND_RATE"] == "`80`" and "each copy of the sender" in cell and "divided by N" in cell


def _sources() -> list[Path]:
    return sorted(p for part in ("gateway", "services", "shared", "simulator") for p in (ROOT / part).rglob("*.py"))


def _module(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def test_every_settings_class_and_environment_read_is_in_the_checked_list():
    """The two tests above compare the README with ``settings_in_code``: a setting read elsewhere (a new settings
    class, an ``os.environ`` look-up) would escape them."""
    import importlib

    found: set[str] = set()
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(getattr(b, "id", getattr(b, "attr", "")) == "BaseSettings"
                                                      for b in node.bases):
                found |= {s.target.id for s in node.body if isinstance(s, ast.AnnAssign)
                          and isinstance(s.target, ast.Name) and s.target.id.isupper()}
            is_get = isinstance(node, ast.Call) and ast.unparse(node.func) in ("os.environ.get", "os.getenv")
            key = node.args[0] if is_get and node.args else \
                node.slice if isinstance(node, ast.Subscript) and ast.unparse(node.value) == "os.environ" else None
            if isinstance(key, ast.Constant):
                found.add(key.value)
            elif isinstance(key, ast.Name):
                found.add(getattr(importlib.import_module(_module(path)), key.id))
    assert found, "no settings found: the scan no longer reads the code"
    assert sorted(found - set(settings_in_code())) == []


def required_by() -> dict[str, set[str]]:
    """Setting -> the ``panchayat`` commands that stop without it (the ``require(settings, ...)`` calls)."""
    import importlib

    commands = {"gateway.main": ("gateway",), "gateway.sender.main": ("sender",), "shared.run": ("run",),
                "shared.ops_cli": ("status", "dlq")}
    needed: dict[str, set[str]] = {}
    for name, said in commands.items():
        module = importlib.import_module(name)
        tree = ast.parse(inspect.getsource(module))
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call) and ast.unparse(n.func) == "require"):
            for arg in call.args[1:]:
                values = getattr(module, arg.value.id) if isinstance(arg, ast.Starred) else (arg.value,)
                for value in values:
                    needed.setdefault(value, set()).update(said)
    return needed


def test_each_setting_says_which_commands_cannot_start_without_it():
    """A newcomer reads in the table what to set before a command: one it needs and is not told of stops it."""
    needed, table = required_by(), configuration_table()
    assert {"gateway", "sender", "run", "status"} <= set().union(*needed.values())
    untold = {setting: sorted(c for c in commands if f"`{c}`" not in table[setting])
              for setting, commands in sorted(needed.items())}
    assert not {s: c for s, c in untold.items() if c}, "the README's Configuration table does not say they need it"


def test_the_services_that_read_from_the_cloud_api_are_named_with_its_settings():
    """A service fetching the files people send (``shared.cloud_media``) needs the Cloud API's URL and token too:
    deployed without them, it keeps none of the files, which the table must say where those settings are."""
    readers = sorted({path.relative_to(ROOT / "services").parts[0] for path in (ROOT / "services").rglob("*.py")
                      if re.search(r"^from shared\.cloud_media import|^import shared\.cloud_media",
                                   path.read_text(encoding="utf-8"), flags=re.M)})
    assert readers, "no service reads from the Cloud API: the scan no longer finds shared.cloud_media"
    table = configuration_table()
    rows = {line.split("|")[1].strip(" `"): line for line in README.read_text(encoding="utf-8").splitlines()
            if line.startswith("| `WHATSAPP_")}
    for setting in ("WHATSAPP_API_URL", "WHATSAPP_ACCESS_TOKEN"):
        untold = [name for name in readers if f"`{name}`" not in rows[setting]]
        assert not untold, f"{setting}: the README does not say {untold} use it ({table[setting]!r})"
