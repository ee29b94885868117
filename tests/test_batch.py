"""`ie extract` over a whole archive: resume after kill -9, broken inputs, workers, tables, collections, Ray."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from ie.batch import done_records
from ie.cli import main
from ie.io.readers import count_items, expand_paths, iter_items
from ie.schema import Document

from conftest import ROOT

IE = [sys.executable, "-m", "ie.cli", "extract"]

SENTENCES = [
    "Ngày {d}/{m}/2024, UBND tỉnh Lạng Sơn ban hành Quyết định số {n}/QĐ-UBND phê duyệt dự án.",
    "Tổng mức đầu tư của dự án là {n}.{m}00 triệu đồng, diện tích {d},5 ha tại xã Tân Thanh, huyện Văn Lãng.",
    "Thu ngân sách đạt {d},{m}% dự toán, tăng {m} tỷ đồng so với cùng kỳ.",
    "Căn cứ Nghị định số {n}/2022/NĐ-CP ngày {d} tháng {m} năm 2022 của Chính phủ.",
    "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính thẩm định hồ sơ trước ngày {d}/{m}/2025.",
]


def vn_text(i: int, sentences: int = 6) -> str:
    """A short administrative text that differs with ``i``: numbers, dates and amounts."""
    out = []
    for k in range(sentences):
        template = SENTENCES[(i + k) % len(SENTENCES)]
        out.append(template.format(d=1 + (i + k) % 28, m=1 + (i * 7 + k) % 12, n=100 + i * 13 + k))
    return " ".join(out)


def make_txts(folder: Path, n: int, sentences: int = 6) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"vb-{i:03d}.txt"
        p.write_text(vn_text(i, sentences), encoding="utf-8")
        paths.append(p)
    return paths


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def by_id(path: Path) -> dict[str, dict]:
    recs = records(path)
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "an id appears twice"
    return {r["id"]: r for r in recs}


def children(pid: int) -> list[int]:
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def wait_for_lines(out: Path, n: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= n:
            return
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "the batch ended early"
        time.sleep(0.02)
    raise AssertionError(f"no {n} lines in {out} after {timeout}s")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """24 Vietnamese text files, the reference output of ``--workers 1`` and its tables."""
    base = tmp_path_factory.mktemp("corpus")
    make_txts(base / "in" / "sub", 24)
    assert main(["extract", str(base / "in"), "-o", str(base / "w1.jsonl"), "--tables", str(base / "t1"), "-q"]) == 0
    return base


def test_kill_9_and_resume_gives_every_input_exactly_once(tmp_path):
    inputs = make_txts(tmp_path / "in", 60, sentences=12)
    out = tmp_path / "out.jsonl"
    cmd = [*IE, str(tmp_path / "in"), "-o", str(out), "--workers", "2", "--tables", str(tmp_path / "t")]
    proc = subprocess.Popen(cmd, cwd=ROOT, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_for_lines(out, 5, proc)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    first = out.read_bytes()
    assert 5 <= first.count(b"\n") < 60, "the batch should have been killed midway"
    with open(out, "ab") as fh:  # what a write cut by a power failure leaves
        fh.write(first.splitlines(keepends=True)[0][:50])

    again = subprocess.run(cmd, cwd=ROOT, capture_output=True, timeout=300)
    assert again.returncode == 0, again.stderr.decode()[-2000:]
    stderr = again.stderr.decode()
    assert "already done" in stderr and "doc/s" in stderr  # the summary and the progress bar
    docs = by_id(out)  # every line is valid JSON, no id twice
    assert set(docs) == {str(p) for p in inputs}
    assert all("error" not in d for d in docs.values())
    entities = pd.read_parquet(tmp_path / "t" / "entities.parquet")
    assert len(entities) == sum(len(d["entities"]) for d in docs.values())
    assert set(entities.doc_id) <= set(docs)

    third = subprocess.run([*cmd, "-q"], cwd=ROOT, capture_output=True, timeout=300)
    assert third.returncode == 0 and by_id(out) == docs  # idempotent: nothing left to do


def test_a_killed_worker_loses_nothing(tmp_path):
    inputs = make_txts(tmp_path / "in", 40, sentences=12)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([*IE, str(tmp_path / "in"), "-o", str(out), "--workers", "2", "-q"], cwd=ROOT,
                            start_new_session=True, stderr=subprocess.PIPE)
    try:
        wait_for_lines(out, 4, proc)
        workers = [w for c in children(proc.pid) for w in children(c)]  # forkserver -> workers
        if not workers:
            pytest.skip("cannot see the worker processes (/proc/<pid>/task/<pid>/children)")
        os.kill(workers[0], signal.SIGKILL)
        assert proc.wait(timeout=300) == 0, proc.stderr.read().decode()[-2000:]
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    docs = by_id(out)
    assert set(docs) == {str(p) for p in inputs}
    assert all("error" not in d for d in docs.values())


def test_broken_inputs_become_error_records_and_the_batch_goes_on(tmp_path, capsys):
    from fpdf import FPDF

    good = make_txts(tmp_path / "in", 3)
    (tmp_path / "in" / "hong.docx").write_bytes(b"PK\x03\x04 this is not a zip archive")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("noi-dung.txt", "Quyết định số 12/QĐ-UBND")
    (tmp_path / "in" / "khong-phai-word.docx").write_bytes(buf.getvalue())
    (tmp_path / "in" / "sai-ma.txt").write_bytes("Thu 5 tỷ đồng".encode("utf-8") + b"\xff\xfe")
    (tmp_path / "in" / "rong.txt").write_bytes(b"")
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 20)  # a page with a drawing and no text, like a scan
    pdf.output(str(tmp_path / "in" / "ban-scan.pdf"))
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(text="Dien tich 12 ha, tong von 50 ty dong.")
    pdf.output(str(tmp_path / "in" / "co-chu.pdf"))
    out = tmp_path / "out.jsonl"

    assert main(["extract", str(tmp_path / "in"), "-o", str(out)]) == 1
    summary = capsys.readouterr().err
    assert "5 failed" in summary and "E_BROKEN_FILE 3" in summary
    recs = by_id(out)
    codes = {Path(k).name: r["error"]["code"] for k, r in recs.items() if "error" in r}
    assert codes == {"hong.docx": "E_BROKEN_FILE", "khong-phai-word.docx": "E_BROKEN_FILE",
                     "sai-ma.txt": "E_ENCODING", "rong.txt": "E_EMPTY", "ban-scan.pdf": "E_BROKEN_FILE"}
    assert set(recs[str(tmp_path / "in" / "ban-scan.pdf")]["error"]) == {"code", "message"}
    for p in [*good, tmp_path / "in" / "co-chu.pdf"]:
        Document.model_validate(recs[str(p)])
    assert "12 ha" in [e["text"] for e in recs[str(tmp_path / "in" / "co-chu.pdf")]["entities"]]

    before = out.read_bytes()  # error records are kept, not retried: a rerun changes nothing and fails again
    assert main(["extract", str(tmp_path / "in"), "-o", str(out)]) == 1
    assert out.read_bytes() == before
    assert "0 written, 9 already done, 5 failed (5 in an earlier run)" in capsys.readouterr().err


def test_two_workers_give_the_same_documents_as_one(corpus):
    out = corpus / "w2.jsonl"
    assert main(["extract", str(corpus / "in"), "-o", str(out), "--workers", "2", "-q"]) == 0
    one, two = by_id(corpus / "w1.jsonl"), by_id(out)
    assert len(one) == 24 and one == two


def test_tables_match_the_jsonl(corpus):
    docs = [Document.model_validate(r) for r in records(corpus / "w1.jsonl")]
    ents = {e: pd.read_parquet(corpus / "t1" / f"{e}.parquet") for e in ("entities", "relations")}
    for name, table in ents.items():  # the CSV says the same as the Parquet file
        from_csv = pd.read_csv(corpus / "t1" / f"{name}.csv", keep_default_na=False, na_values=[""])
        assert list(from_csv.columns) == list(table.columns)
        assert from_csv.astype(str).values.tolist() == table.astype(str).replace("None", "nan").values.tolist()

    expected = [(d.id, e.id, e.label, e.text, e.start, e.end, e.normalized, e.score, e.source)
                for d in docs for e in d.entities]
    rows = [(r.doc_id, r.entity_id, r.label, r.text, r.start, r.end,
             None if r.normalized is None else json.loads(r.normalized),
             None if pd.isna(r.score) else r.score, r.source) for r in ents["entities"].itertuples()]
    assert rows == expected and len(rows) > 24
    texts = {d.id: d.text for d in docs}
    assert all(texts[r.doc_id][r.start : r.end] == r.text for r in ents["entities"].itertuples())

    expected_rel = []
    for d in docs:
        for r in d.relations:
            h, t = d.entity(r.head), d.entity(r.tail)
            expected_rel.append((d.id, h.id, h.text, h.label, t.id, t.text, t.label, r.label))
    rel_rows = [tuple(r)[1:9] for r in ents["relations"].itertuples()]
    assert rel_rows == expected_rel and len(rel_rows) > 0


def test_jsonl_and_csv_collections_with_their_own_fields(tmp_path, capsys):
    jl = tmp_path / "van-ban.jsonl"
    rows = [
        {"ma": "QD-1", "noi_dung": vn_text(1, 2)},
        {"noi_dung": vn_text(2, 2)},  # no id: path:line
        {"ma": "QD-1", "noi_dung": vn_text(3, 2)},  # a duplicate id: path:line
        {"ma": "QD-4", "noi_dung": "   "},
        {"ma": "QD-5", "text": "no noi_dung field"},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines.insert(3, "")  # blank lines are skipped
    lines.insert(4, "{not json")
    jl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cs = tmp_path / "bang.csv"
    with open(cs, "w", encoding="utf-8-sig", newline="") as fh:  # as a spreadsheet saves it
        w = csv.writer(fh)
        w.writerow(["ma", "noi_dung"])
        w.writerow(["CV-7", vn_text(7, 2).replace(". ", ".\n", 1)])  # a cell over two lines
        w.writerow(["", vn_text(8, 2)])
    out = tmp_path / "out.jsonl"
    argv = ["extract", str(jl), str(cs), "-o", str(out), "--text-field", "noi_dung", "--id-field", "ma", "-q"]

    assert main(argv) == 1
    recs = by_id(out)
    assert set(recs) == {"QD-1", f"{jl}:2", f"{jl}:3", f"{jl}:5", "QD-4", "QD-5", "CV-7", f"{cs}:4"}
    assert recs["QD-1"]["text"] == rows[0]["noi_dung"] and recs[f"{jl}:3"]["text"] == rows[2]["noi_dung"]
    assert {k: r["error"]["code"] for k, r in recs.items() if "error" in r} == {
        f"{jl}:5": "E_BROKEN_FILE", "QD-4": "E_EMPTY", "QD-5": "E_BROKEN_FILE"}
    assert "\n" in recs["CV-7"]["text"] and recs[f"{cs}:4"]["entities"]
    assert count_items(list(expand_paths([str(jl), str(cs)]))) == len(recs)


def test_ids_are_unique_and_stable(tmp_path):
    paths = make_txts(tmp_path / "in", 3)
    inputs = [str(paths[0]), str(tmp_path / "in"), str(tmp_path / "in" / "*.txt")]  # the same files, thrice
    ids = [item.id for item in iter_items(inputs)]
    assert ids == [str(p) for p in paths]
    assert [item.id for item in iter_items(inputs, lazy=True)] == ids


def test_a_second_writer_is_refused(tmp_path, capsys):
    import fcntl

    make_txts(tmp_path / "in", 1)
    out = tmp_path / "out.jsonl"
    with open(out, "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        assert main(["extract", str(tmp_path / "in"), "-o", str(out), "-q"]) == 2
    assert "E_OUTPUT_BUSY" in capsys.readouterr().err and out.read_text() == ""


def test_torn_last_line_is_cut_before_resuming(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id": "a", "text": ""}\n{"id": "b", "error": {"code": "E_EMPTY", "message": "x"}}\n{"id": "c", "te')
    assert done_records(out) == {"a": None, "b": "E_EMPTY"}
    assert out.read_bytes().endswith(b'"x"}}\n')


def test_ray_engine_on_a_local_instance(corpus, capsys):
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, logging_level="WARNING")
    try:
        out = corpus / "ray.jsonl"
        argv = ["extract", str(corpus / "in"), "-o", str(out), "--engine", "ray", "--workers", "2", "-q"]
        assert main(argv) == 0
        assert by_id(out) == by_id(corpus / "w1.jsonl")
        assert main(argv) == 0 and len(records(out)) == 24  # resume: nothing twice
    finally:
        ray.shutdown()
