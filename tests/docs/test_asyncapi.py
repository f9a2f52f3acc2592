"""The committed AsyncAPI document is today's catalog, and the AsyncAPI project's own parser accepts it."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from shared.asyncapi import document, render
from shared.catalog import all_events

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "docs" / "asyncapi.yaml"
TOOL = ROOT / "tools" / "asyncapi"


def test_the_committed_document_is_not_stale():
    assert COMMITTED.read_text(encoding="utf-8") == render(), (
        "docs/asyncapi.yaml is stale: run `panchayat asyncapi > docs/asyncapi.yaml` and commit it")


def test_every_catalogued_event_has_a_channel_a_message_and_an_example_of_its_own_shape():
    doc = document()
    for spec in all_events():
        cid = spec.key.replace(".", "_")
        assert doc["channels"][cid]["address"] == spec.key
        [example] = doc["components"]["messages"][cid]["examples"]
        assert example["payload"]["type"] == spec.key and example["payload"]["version"] == spec.version
        assert spec.model.model_validate(example["payload"]["payload"]) == spec.example


def test_payload_references_resolve_inside_the_document():
    text = COMMITTED.read_text(encoding="utf-8")
    doc = yaml.safe_load(text)
    schemas = doc["components"]["schemas"]
    refs = {line.split("'")[1] for line in text.splitlines() if "$ref: '#/components/schemas/" in line}
    assert refs and all(ref.rsplit("/", 1)[1] in schemas for ref in refs)



def test_a_corrected_report_is_documented_with_the_report_it_replaces():
    """``grievance.ticket.report_corrected`` carried the new report only, so a department could not tell what was
    corrected; the committed document now shows the report replaced, masked as the new one, in its schema and
    its example."""
    doc = yaml.safe_load(COMMITTED.read_text(encoding="utf-8"))
    field = doc["components"]["schemas"]["ReportCorrected"]["properties"]["previous_report"]
    assert field["type"] == "string" and "last four digits" in field["description"]
    [example] = doc["components"]["messages"]["grievance_ticket_report_corrected"]["examples"]
    said = example["payload"]["payload"]
    assert said["previous_report"] and said["previous_report"] != said["report"]


@pytest.mark.node
def test_the_asyncapi_parser_accepts_the_document(tmp_path: Path):
    if shutil.which("npm") is None or shutil.which("node") is None:
        pytest.skip("Node.js and npm are not installed (scripts/setup-system --ci installs them)")
    if not (TOOL / "node_modules" / "@asyncapi" / "parser").exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=TOOL, check=True, timeout=300)
    result = subprocess.run(["node", "validate.mjs", str(COMMITTED)], cwd=TOOL, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"valid: {len(all_events())} channels" in result.stdout

    broken = tmp_path / "broken.yaml"
    broken.write_text(COMMITTED.read_text(encoding="utf-8").replace("asyncapi: 3.0.0", "asyncapi: 3.0.0\nchannelz: {}"))
    refused = subprocess.run(["node", "validate.mjs", str(broken)], cwd=TOOL, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 1 and "invalid" in refused.stdout  # the check can fail
