"""The annotation workflow on real files: validate, stats, consistency, import, pre, agreement, converters."""

from __future__ import annotations

import json

import pytest

from ie.cli import main
from ie.io import doccano, labelstudio
from ie.io.jsonl import read_documents, write_documents
from ie.io.markup import MarkupError, parse, render
from ie.schema import Document, Entity, Relation

from conftest import GOLD, ROOT


def test_gold_set_validates(capsys):
    assert main(["annotate", "validate", str(GOLD)]) == 0
    assert "0 problems" in capsys.readouterr().out


def test_validate_reports_each_problem_with_its_line(tmp_path, capsys):
    good = next(read_documents(GOLD)).model_dump_json()
    bad = json.loads(good)
    bad["entities"][0]["end"] = bad["entities"][0]["start"]  # empty span
    bad["relations"].append({"head": "e0", "tail": "nope", "label": "issued_by"})
    path = tmp_path / "bad.jsonl"
    path.write_text(good + "\n" + json.dumps(bad, ensure_ascii=False) + "\n{not json\n", encoding="utf-8")
    assert main(["annotate", "validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:2:" in out and "out of range" in out and "unknown entity id nope" in out
    assert f"{path}:3:" in out


def test_stats_counts_labels_and_splits(capsys):
    assert main(["annotate", "stats", str(GOLD), "--splits", str(ROOT / "annotations/splits.json")]) == 0
    out = capsys.readouterr().out
    for word in ("LEGAL_REF", "has_area", "train", "dev", "test", "entity share"):
        assert word in out


def test_consistency_finds_conflicts_and_gaps(tmp_path, capsys):
    text = "UBND tỉnh họp. UBND tỉnh chỉ đạo. UBND tỉnh kết luận."
    doc = Document(id="c", text=text, entities=[Entity(id="e0", start=0, end=9, label="ORG"), Entity(id="e1", start=15, end=24, label="ADMIN_UNIT")])
    path = tmp_path / "c.jsonl"
    write_documents(path, [doc])
    main(["annotate", "consistency", str(path)])
    out = capsys.readouterr().out
    assert "'UBND tỉnh': ADMIN_UNIT 1, ORG 1" in out or "'UBND tỉnh': ORG 1, ADMIN_UNIT 1" in out
    assert "unlabelled 1x" in out


def test_markup_round_trip_and_precise_errors():
    text = "theo Nghị quyết số 188-NQ/TU ngày 25/10/2024"
    doc = Document(id="m", text=text, entities=[Entity(id="e1", start=5, end=28, label="LEGAL_REF"), Entity(id="e2", start=29, end=44, label="DATE")],
                   relations=[Relation(head="e1", tail="e2", label="issued_on")])
    marked = render(doc, "src.txt")
    again = parse(marked, source_text=text).document
    assert [(e.start, e.end, e.label) for e in again.entities] == [(5, 28, "LEGAL_REF"), (29, 44, "DATE")]
    assert [(r.head, r.label, r.tail) for r in again.relations] == [("e1", "issued_on", "e2")]
    with pytest.raises(MarkupError, match="text differs"):
        parse(marked.replace("ngày", "ngay"), source_text=text)
    with pytest.raises(MarkupError, match="unknown label"):
        parse(marked.replace("DATE", "DAY"), source_text=text)
    # an unnamed entity gets an automatic id that no named one in the file uses
    body = "⟦ORG|UBND⟧ ⟦a1:LEGAL_REF|Quyết định số 5/QĐ-UBND⟧ ⟦a2:DATE|năm 2025⟧"
    plain = "UBND Quyết định số 5/QĐ-UBND năm 2025"
    section = f"doc: d\nsource: s.txt\nspan: 0 {len(plain)}\n=====TEXT=====\n{body}\n=====RELATIONS=====\na1 issued_on a2\n"
    named = parse(section, source_text=plain).document
    assert len({e.id for e in named.entities}) == 3 and named.relations[0].head == "a1"


def sample_docs() -> list[Document]:
    text = "😀 Dự án Xây mới Chợ Mai Pha tại phường Chi Lăng, tổng mức 1.959 tỷ đồng."
    ents = [Entity(id="p", start=text.index("Xây"), end=text.index(" tại"), label="PROJECT"),
            Entity(id="a", start=text.index("phường"), end=text.index(", tổng"), label="ADMIN_UNIT"),
            Entity(id="m", start=text.index("1.959"), end=text.index("đồng") + 4, label="MONEY")]
    rels = [Relation(head="p", tail="a", label="located_in"), Relation(head="p", tail="m", label="has_amount")]
    return [Document(id="x1", text=text, entities=ents, relations=rels)]


def _same(a: Document, b: Document) -> None:
    ka = {(e.start, e.end, e.label) for e in a.entities}
    assert ka == {(e.start, e.end, e.label) for e in b.entities}
    ida, idb = {e.id: (e.start, e.end) for e in a.entities}, {e.id: (e.start, e.end) for e in b.entities}
    assert {(ida[r.head], ida[r.tail], r.label) for r in a.relations} == {(idb[r.head], idb[r.tail], r.label) for r in b.relations}


def test_label_studio_tasks_use_utf16_offsets_and_import_back(tmp_path):
    docs = sample_docs()
    path = tmp_path / "tasks.json"
    labelstudio.write(path, docs)
    tasks = json.loads(path.read_text(encoding="utf-8"))
    region = tasks[0]["predictions"][0]["result"][0]
    assert region["value"]["start"] == docs[0].entities[0].start + 1  # the emoji is two UTF-16 units
    # an export carries the corrected regions under "annotations"
    tasks[0]["annotations"] = [{"result": tasks[0].pop("predictions")[0]["result"]}]
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    _same(docs[0], labelstudio.read(path)[0])


def test_doccano_round_trip_and_old_format(tmp_path):
    docs = sample_docs()
    path = tmp_path / "d.jsonl"
    doccano.write(path, docs)
    _same(docs[0], doccano.read(path)[0])
    old = {"id": 7, "text": "tại phường Chi Lăng", "label": [[4, 19, "ADMIN_UNIT"]]}
    path.write_text(json.dumps(old, ensure_ascii=False) + "\n", encoding="utf-8")
    assert [(e.text, e.label) for e in doccano.read(path)[0].entities] == [("phường Chi Lăng", "ADMIN_UNIT")]


def test_pre_then_import_loses_nothing(tmp_path, capsys):
    src = tmp_path / "raw"
    src.mkdir()
    (src / "a.txt").write_text("Theo Nghị quyết số 188-NQ/TU ngày 25/10/2024 của Ban Thường vụ Tỉnh ủy, thu 10.595 triệu đồng.", encoding="utf-8")
    (src / "b.txt").write_text("Kế hoạch số 154/KH-UBND ngày 11/7/2021 của UBND tỉnh; diện tích 6.686,4m².", encoding="utf-8")
    tasks = tmp_path / "tasks.json"
    assert main(["annotate", "pre", str(src), "-o", str(tasks)]) == 0
    pre = {d.id: d for d in labelstudio.read(tasks)}
    assert len(pre) == 2 and all(d.entities for d in pre.values())
    assert any(d.relations for d in pre.values())
    for fmt, path in (("labelstudio", tasks), ("doccano", tasks.with_suffix(".doccano.jsonl"))):
        out = tmp_path / f"gold-{fmt}.jsonl"
        assert main(["annotate", "import", str(path), "-o", str(out), "--format", fmt]) == 0
        back = {d.id: d for d in read_documents(out)}
        for doc_id, doc in pre.items():
            _same(doc, back[doc_id])
            assert back[doc_id].text == doc.text


def test_import_joins_markup_sections_of_one_document(tmp_path, capsys):
    source = tmp_path / "src.txt"
    source.write_text("Dòng một: UBND tỉnh.\nDòng hai: năm 2025.\n", encoding="utf-8")
    a = "doc: d\nsource: src.txt\nspan: 0 21\n=====TEXT=====\nDòng một: ⟦ORG|UBND tỉnh⟧.\n\n=====RELATIONS=====\n"
    b = "doc: d\nsource: src.txt\nspan: 21 41\n=====TEXT=====\nDòng hai: ⟦DATE|năm 2025⟧.\n\n=====RELATIONS=====\n"
    (tmp_path / "a.mk").write_text(a, encoding="utf-8")
    (tmp_path / "b.mk").write_text(b, encoding="utf-8")
    out = tmp_path / "g.jsonl"
    assert main(["annotate", "import", str(tmp_path / "a.mk"), str(tmp_path / "b.mk"), "-o", str(out), "--base", str(tmp_path)]) == 0
    (doc,) = read_documents(out)
    assert [(e.text, e.label) for e in doc.entities] == [("UBND tỉnh", "ORG"), ("năm 2025", "DATE")]
    # a section further on, after unannotated text, is a document of its own, named by its offset
    source.write_text("Dòng một: UBND tỉnh.\nDòng hai: năm 2025.\nChưa gán nhãn.\nDòng bốn: xã Tân Lập.\n", encoding="utf-8")
    c = "doc: d\nsource: src.txt\nspan: 56 78\n=====TEXT=====\nDòng bốn: ⟦ADMIN_UNIT|xã Tân Lập⟧.\n\n=====RELATIONS=====\n"
    (tmp_path / "c.mk").write_text(c, encoding="utf-8")
    files = [str(tmp_path / f) for f in ("c.mk", "a.mk", "b.mk")]
    assert main(["annotate", "import", *files, "-o", str(out), "--base", str(tmp_path)]) == 0
    first, later = read_documents(out)
    assert (first.id, later.id, later.text, later.meta["span"]) == ("d", "d@56", "Dòng bốn: xã Tân Lập.\n", [56, 78])
    assert [e.text for e in later.entities] == ["xã Tân Lập"] and "Chưa" not in first.text
    # overlapping sections are an error
    e = c.replace("span: 56 78", "span: 41 78").replace("=====\nDòng bốn", "=====\nChưa gán nhãn.\nDòng bốn")
    (tmp_path / "e.mk").write_text(e, encoding="utf-8")
    assert main(["annotate", "import", *files, str(tmp_path / "e.mk"), "-o", str(out), "--base", str(tmp_path)]) == 1
    assert "overlap" in capsys.readouterr().out


def test_agreement_of_the_two_passes(capsys):
    a, b = ROOT / "annotations/agreement/first-pass.jsonl", ROOT / "annotations/agreement/second-pass.jsonl"
    assert main(["annotate", "agreement", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    micro = [line for line in out.splitlines() if line.startswith("micro")]
    assert len(micro) == 2 and all(float(line.split()[3]) > 0.8 for line in micro)
