"""`ie extract` as a user runs it: files, folders, stdin, broken inputs, and the whole corpus."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from ie.schema import Document

from conftest import ROOT, SEED, SHARED

IE = [sys.executable, "-m", "ie.cli", "extract"]


def run(args, **kw):
    return subprocess.run([*IE, *args], capture_output=True, cwd=ROOT, timeout=600, **kw)


def lines(path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_text_is_the_bytes_as_given(tmp_path):
    src = tmp_path / "crlf.txt"
    raw = "\ufeffQuyết định số 66/2024/QĐ-UBND\r\n\r\nThu  6.000.000 đồng \t\r\n"
    src.write_bytes(raw.encode("utf-8"))
    out = tmp_path / "o.jsonl"
    proc = run([str(src), "-o", str(out), "-q"])
    assert proc.returncode == 0, proc.stderr.decode()
    (rec,) = lines(out)
    doc = Document.model_validate(rec)
    assert doc.text == raw and doc.id == str(src)
    assert {(e.label, e.text) for e in doc.entities} >= {("LEGAL_REF", "Quyết định số 66/2024/QĐ-UBND"), ("MONEY", "6.000.000 đồng")}


def test_broken_inputs_become_error_lines_and_the_run_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Diện tích 12 ha.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Thu \xff\xfe 5 t\xe1 \xc3")
    missing = tmp_path / "missing.txt"
    out = tmp_path / "o.jsonl"
    proc = run([str(bad), str(missing), str(good), "-o", str(out), "-q"])
    assert proc.returncode == 1
    recs = {r["id"]: r for r in lines(out)}
    assert recs[str(bad)]["error"]["code"] == "E_ENCODING" and "offset 4" in recs[str(bad)]["error"]["message"]
    assert recs[str(missing)]["error"]["code"] == "E_NOT_FOUND"
    assert [e["text"] for e in recs[str(good)]["entities"]] == ["12 ha"]


def test_stdin_and_stdout():
    proc = run(["-", "-q"], input="Đạt 32,2% dự toán.".encode("utf-8"))
    assert proc.returncode == 0
    (rec,) = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert rec["id"] == "-" and rec["entities"][0]["normalized"] == {"value": 32.2}


@pytest.mark.skipif(not (SHARED / "corpus" / "raw").is_dir(), reason="the shared corpus is not beside the repository")
def test_whole_corpus_and_seed_give_valid_documents(tmp_path):
    out = tmp_path / "corpus.jsonl"
    raw_dir = SHARED / "corpus" / "raw"
    proc = run([str(raw_dir), str(SEED), "-o", str(out), "-q", "--workers", "2"])
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    recs = lines(out)
    assert len(recs) == len(list(raw_dir.glob("*.txt"))) + 1
    for rec in recs:
        doc = Document.model_validate(rec)  # offsets, overlaps, relation types
        for e in doc.entities:
            assert doc.text[e.start : e.end] == e.text
