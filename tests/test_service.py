"""The extraction service through ``TestClient`` (lifespan included), with the real rules pipeline."""

from __future__ import annotations

import io
import json
import threading
import time
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from ie.errors import ModelError
from ie.pipeline import Pipeline, build_rules_pipeline
from ie.schema import LABELS, Document
from service.app import create_app
from service.deps import get_pipeline
from service.render import COLOURS
from service.settings import Settings

REPO = Path(__file__).resolve().parent.parent
REPORT = (REPO / "examples" / "bao-cao-lang-son-2025-03.txt").read_text(encoding="utf-8")
PARAGRAPH = next(line for line in REPORT.splitlines() if line.startswith("Công tác thu NSNN"))
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

#: real sentences of the Lạng Sơn report and entities the rules pipeline must find in them
SENTENCES = [
    (
        "Tiếp tục hướng dẫn thực hiện sửa chữa nhà ở theo Nghị quyết số 188-NQ/TU ngày 25/10/2024 của Tỉnh ủy.",
        [("LEGAL_REF", "Nghị quyết số 188-NQ/TU"), ("DATE", "ngày 25/10/2024")],
    ),
    (
        "Công tác thu NSNN tính đến hết ngày 12/03/2025 thu được 10.595 triệu đồng đạt 32,2% dự toán tỉnh giao.",
        [("DATE", "ngày 12/03/2025"), ("MONEY", "10.595 triệu đồng"), ("PERCENT", "32,2%")],
    ),
    (
        "Dự kiến lũy kế giải ngân vốn đầu tư đến hết tháng 3/2025 đạt 43.406 triệu đồng, tỷ lệ đạt 13,4%.",
        [("DATE", "tháng 3/2025"), ("MONEY", "43.406 triệu đồng"), ("PERCENT", "13,4%")],
    ),
]
LIMITS = dict(max_chars=40_000, max_upload_bytes=200_000, max_body_bytes=400_000, max_batch=5)


# ---------------------------------------------------------------- fixtures and file builders


@pytest.fixture(scope="module")
def app() -> FastAPI:
    return create_app(Settings(**LIMITS))


@pytest.fixture(scope="module")
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_pdf(lines: list[str]) -> bytes:
    """A PDF with a real text layer (DejaVu for Vietnamese when present, else ASCII-only text)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if DEJAVU.exists():
        pdf.add_font("DejaVu", fname=str(DEJAVU))
        pdf.set_font("DejaVu", size=11)
    else:
        pdf.set_font("helvetica", size=11)
        lines = [unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode() for s in lines]
    for line in lines:
        pdf.multi_cell(0, 8, line)
    return bytes(pdf.output())


def make_blank_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 50, 30)  # a drawing, no text: what a scan without OCR looks like to a reader
    return bytes(pdf.output())


def make_zip_bomb_docx() -> bytes:
    """A real .docx whose word/document.xml is replaced by 30 MB of zeros (it compresses ~1000:1)."""
    source = zipfile.ZipFile(io.BytesIO(make_docx(["Báo cáo"])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for info in source.infolist():
            data = b"0" * (30 * 1024 * 1024) if info.filename == "word/document.xml" else source.read(info)
            bomb.writestr(info.filename, data)
    return out.getvalue()


def assert_error(response: Any, status: int, code: str | None = None) -> dict[str, str]:
    """The status and the ``{"error": {"code", "message"}}`` shape (and nothing else) of an error answer."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body
    assert body["error"]["message"]
    if code is not None:
        assert body["error"]["code"] == code, body
    return body["error"]


def post_json(c: TestClient, path: str, body: Any) -> Any:
    """POST JSON with \\u escapes, so lone surrogates travel the way real clients send them."""
    data = json.dumps(body, ensure_ascii=True).encode()
    return c.post(path, content=data, headers={"content-type": "application/json"})


def spans_ok(doc: dict[str, Any], text: str) -> None:
    assert doc["text"] == text
    for ent in doc["entities"]:
        assert text[ent["start"] : ent["end"]] == ent["text"]


# ---------------------------------------------------------------- /v1/extract


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_extract_finds_entities_with_exact_offsets(client: TestClient, text: str, expected: list[tuple[str, str]]) -> None:
    r = client.post("/v1/extract", json={"text": text, "id": "bc-ls-03"})
    assert r.status_code == 200
    doc = r.json()
    assert doc["id"] == "bc-ls-03"
    spans_ok(doc, text)
    found = {(e["label"], e["text"]) for e in doc["entities"]}
    assert set(expected) <= found


def test_extract_is_the_same_json_as_ie_extract(client: TestClient, nlp: Pipeline) -> None:
    r = client.post("/v1/extract", json={"text": PARAGRAPH, "id": "p8"})
    assert r.content.decode() == nlp.extract(PARAGRAPH, id="p8").model_dump_json(exclude_none=True)
    assert r.json() == nlp.extract(PARAGRAPH, id="p8").model_dump(exclude_none=True)
    assert len(r.json()["entities"]) >= 4


def test_offsets_index_the_text_as_sent(client: TestClient) -> None:
    """Decomposed tone marks, CRLF, no-break spaces: offsets still index the caller's own string."""
    text = unicodedata.normalize("NFD", "Theo Nghị quyết số 188-NQ/TU\u00a0ngày 25/10/2024,\r\nthu 10.595 triệu đồng.")
    doc = client.post("/v1/extract", json={"text": text}).json()
    spans_ok(doc, text)
    assert {"LEGAL_REF", "DATE", "MONEY"} <= {e["label"] for e in doc["entities"]}
    assert doc["id"] == "doc"


def test_extract_options_filter_labels_and_relations(client: TestClient) -> None:
    text = SENTENCES[0][0]
    full = client.post("/v1/extract", json={"text": text}).json()
    ids = {e["text"]: e["id"] for e in full["entities"]}
    issued_on = {"head": ids["Nghị quyết số 188-NQ/TU"], "tail": ids["ngày 25/10/2024"], "label": "issued_on"}
    assert issued_on in [{k: r[k] for k in ("head", "tail", "label")} for r in full["relations"]]
    dates = client.post("/v1/extract", json={"text": text, "options": {"labels": ["DATE"]}}).json()
    assert {e["label"] for e in dates["entities"]} == {"DATE"} and dates["relations"] == []
    no_rel = client.post("/v1/extract", json={"text": text, "options": {"relations": False}}).json()
    assert no_rel["entities"] == full["entities"] and no_rel["relations"] == []


@pytest.mark.parametrize(
    "text",
    ["UBND \r", "\x1a\r", "Tỉnh ủy Lạng Sơn\u2028", "\r\n\t ", "\ufeffNghị quyết số 188-NQ/TU", "\u0301\u0300", "𝐔𝐁𝐍𝐃 tỉnh"],
)
def test_hostile_texts_are_never_server_errors(client: TestClient, text: str) -> None:
    """Minimal cases the fuzzer found: a trained NER span may end on white space (\\r) and break schema v1."""
    r = post_json(client, "/v1/extract", {"text": text})
    assert r.status_code in (200, 422), r.text
    if r.status_code == 200:
        spans_ok(r.json(), text)


def test_empty_text_gives_an_empty_document(client: TestClient) -> None:
    r = client.post("/v1/extract", json={"text": ""})
    assert r.status_code == 200 and r.json()["entities"] == []


# ---------------------------------------------------------------- errors of /v1/extract


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        (b'{"text": "ng\xc3\xa0y 25/10/2024"', 400, "E_BAD_JSON"),
        (b"{'text': 'x'}", 400, "E_BAD_JSON"),
        (b'{"text": 5}', 422, "E_INVALID"),
        (b'{"text": null}', 422, "E_INVALID"),
        (b"{}", 422, "E_INVALID"),
        (b"[1, 2]", 422, "E_INVALID"),
        (b'{"text": "x", "options": {"relations": "yes"}}', 422, "E_INVALID"),
        (b'{"text": "x", "options": {"labels": ["MOUNTAIN"]}}', 422, "E_INVALID"),
        (b'{"text": "x", "options": {"labels": "DATE"}}', 422, "E_INVALID"),
        (b'{"text": "x", "colour": "red"}', 422, "E_INVALID"),
        (b'{"text": "x", "id": ""}', 422, "E_INVALID"),
        (b'{"text": "x", "id": 7}', 422, "E_INVALID"),
        (b'{"text": "Ng\\u00e0y \\ud800 25/10"}', 422, "E_BAD_TEXT"),  # a lone surrogate
        (b'{"text": "\\udfff"}', 422, "E_BAD_TEXT"),
        (b'{"text": "x", "id": "\\ud83d"}', 422, "E_INVALID"),
        (b'{"text": "x", "\\ud800": 1}', 422, "E_INVALID"),  # surrogate in a key: the message must still encode
        (json.dumps({"text": "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 40}).encode(), 422, "E_BAD_TEXT"),
    ],
)
def test_bad_json_bodies(client: TestClient, body: bytes, status: int, code: str) -> None:
    r = client.post("/v1/extract", content=body, headers={"content-type": "application/json"})
    assert_error(r, status, code)


def test_validation_messages_say_where_and_never_echo_the_input(client: TestClient) -> None:
    err = assert_error(client.post("/v1/extract", json={"text": "x", "options": {"labels": ["MOUNTAIN"]}}), 422)
    assert "options.labels.0" in err["message"] and "MOUNTAIN" not in err["message"]


def test_wrong_content_type_is_invalid(client: TestClient) -> None:
    r = client.post("/v1/extract", content=b"Ngay 25/10/2024", headers={"content-type": "text/plain"})
    assert_error(r, 422, "E_INVALID")


def test_too_many_characters_is_413(client: TestClient) -> None:
    err = assert_error(client.post("/v1/extract", json={"text": "a " * 20_001}), 413, "E_TOO_LARGE")
    assert "40000" in err["message"]


def test_body_over_the_limit_is_413_before_parsing(client: TestClient) -> None:
    big = b'{"text": "' + b"a" * 500_000 + b'"}'
    assert_error(client.post("/v1/extract", content=big, headers={"content-type": "application/json"}), 413, "E_TOO_LARGE")
    # a chunked body (no Content-Length) is counted as it arrives
    chunks = (b"a" * 100_000 for _ in range(6))
    r = client.post("/v1/extract/batch", content=chunks, headers={"content-type": "application/json"})
    assert "content-length" not in {k.lower() for k in r.request.headers}
    assert_error(r, 413, "E_TOO_LARGE")


def test_unknown_route_and_method(client: TestClient) -> None:
    assert_error(client.get("/v2/extract"), 404, "E_NOT_FOUND")
    r = client.get("/v1/extract")
    assert_error(r, 405, "E_METHOD_NOT_ALLOWED")
    assert "POST" in r.headers["allow"]


# ---------------------------------------------------------------- /v1/extract/batch


def test_batch_keeps_order_and_one_failure_never_fails_the_others(client: TestClient, nlp: Pipeline) -> None:
    documents = [
        {"text": SENTENCES[0][0], "id": "nq-188"},
        {"text": "Ng\ud800y"},  # lone surrogate
        {"text": "\x00\x01\x02\x03\x04\x05\x06\x07\x08" * 50, "id": "junk"},
        {"text": "x" * 40_001, "id": "long"},
        {"text": SENTENCES[1][0], "options": {"labels": ["MONEY"]}},
    ]
    r = post_json(client, "/v1/extract/batch", {"documents": documents})
    assert r.status_code == 200
    out = r.json()["documents"]
    assert [d["id"] for d in out] == ["nq-188", "doc-1", "junk", "long", "doc-4"]
    assert out[0] == nlp.extract(SENTENCES[0][0], id="nq-188").model_dump(exclude_none=True)
    assert out[1] == {"id": "doc-1", "error": {"code": "E_BAD_TEXT", "message": out[1]["error"]["message"]}}
    assert out[2]["error"]["code"] == "E_BAD_TEXT"
    assert out[3]["error"]["code"] == "E_TOO_LARGE"
    assert [e["label"] for e in out[4]["entities"]] == ["MONEY"]


def test_batch_limits(client: TestClient) -> None:
    assert_error(client.post("/v1/extract/batch", json={"documents": [{"text": "a"}] * 6}), 413, "E_TOO_LARGE")
    assert_error(client.post("/v1/extract/batch", json={"documents": [{"text": 1}]}), 422, "E_INVALID")
    assert_error(client.post("/v1/extract/batch", json={"documents": "x"}), 422, "E_INVALID")
    assert client.post("/v1/extract/batch", json={"documents": []}).json() == {"documents": []}


def test_a_pipeline_bug_is_a_json_500_and_fails_only_its_batch_document(nlp: Pipeline) -> None:
    class Flaky(Pipeline):
        """The real pipeline, except that it crashes on one word (a bug the service must contain)."""

        def extract(self, text: str, *args: Any, **kwargs: Any) -> Document:
            if "BOOM" in text:
                raise RuntimeError("boom")
            return super().extract(text, *args, **kwargs)

    app = create_app(Settings())
    app.dependency_overrides[get_pipeline] = lambda: Flaky(nlp.nlp, nlp.info, nlp.meta)
    with TestClient(app, raise_server_exceptions=False) as c:
        out = c.post("/v1/extract/batch", json={"documents": [{"text": "BOOM"}, {"text": "ngày 05/3/2025"}]}).json()
        assert out["documents"][0]["error"]["code"] == "E_INTERNAL"
        assert out["documents"][1]["entities"][0]["label"] == "DATE"
        err = assert_error(c.post("/v1/extract", json={"text": "BOOM"}), 500, "E_INTERNAL")
        assert "boom" not in err["message"]  # internals stay in the log


# ---------------------------------------------------------------- /v1/extract/file


def test_upload_txt_docx_pdf(client: TestClient) -> None:
    text = SENTENCES[0][0]
    r = client.post("/v1/extract/file", files={"file": ("bao-cao.txt", text.encode())})
    assert r.status_code == 200 and r.json()["id"] == "bao-cao.txt"
    spans_ok(r.json(), text)

    data = make_docx([SENTENCES[1][0]], table=[["Chỉ tiêu", "Kết quả"], ["Thu NSNN", "10.595 triệu đồng"]])
    r = client.post("/v1/extract/file", files={"file": ("bc.docx", data)}, data={"id": "docx-1"})
    doc = r.json()
    assert r.status_code == 200 and doc["id"] == "docx-1"
    assert doc["text"].endswith("Thu NSNN | 10.595 triệu đồng")
    spans_ok(doc, doc["text"])
    assert [e["text"] for e in doc["entities"] if e["label"] == "MONEY"] == ["10.595 triệu đồng"] * 2

    r = client.post("/v1/extract/file", files={"file": ("bc.pdf", make_pdf([SENTENCES[1][0]]), "application/pdf")})
    doc = r.json()
    assert r.status_code == 200, r.text
    spans_ok(doc, doc["text"])
    assert "DATE" in {e["label"] for e in doc["entities"]}


@pytest.mark.parametrize(
    ("name", "data", "status", "code"),
    [
        ("bc.docx", make_docx(["Báo cáo tháng 3/2025"])[:700], 415, "E_BROKEN_FILE"),  # truncated zip
        ("bomb.docx", make_zip_bomb_docx(), 415, "E_BROKEN_FILE"),
        ("not-a-zip.docx", "Báo cáo".encode(), 415, "E_BROKEN_FILE"),
        ("bc.pdf", b"<html>this is not a PDF</html>", 415, "E_BROKEN_FILE"),
        ("scan.pdf", make_blank_pdf(), 415, "E_BROKEN_FILE"),
        ("bc.pdf", make_pdf(["Báo cáo"])[:300], 415, "E_BROKEN_FILE"),  # truncated PDF
        ("virus.exe", b"MZ\x90\x00", 415, "E_UNSUPPORTED_FILE"),
        ("bc.txt", "Báo cáo".encode("utf-16"), 422, "E_ENCODING"),
        ("empty.txt", b"   \n", 422, "E_EMPTY"),
        ("big.txt", b"a" * 200_001, 413, "E_TOO_LARGE"),
    ],
    ids=["truncated-docx", "zip-bomb", "text-as-docx", "html-as-pdf", "pdf-no-text", "truncated-pdf", "exe",
         "utf16", "empty", "over-upload-limit"],
)
def test_bad_uploads(client: TestClient, name: str, data: bytes, status: int, code: str) -> None:
    assert_error(client.post("/v1/extract/file", files={"file": (name, data)}), status, code)


def test_upload_errors_of_the_request_itself(client: TestClient) -> None:
    assert_error(client.post("/v1/extract/file", data={"id": "x"}), 422, "E_INVALID")  # no file
    assert_error(client.post("/v1/extract/file", json={"text": "x"}), 422, "E_INVALID")  # not multipart
    r = client.post("/v1/extract/file", files={"file": ("big.txt", b"a" * 500_000)})
    assert_error(r, 413, "E_TOO_LARGE")  # over the body limit: refused before parsing
    broken = b"--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nabc"
    r = client.post("/v1/extract/file", content=broken, headers={"content-type": "multipart/form-data; boundary=xyz"})
    assert r.status_code in (400, 422)
    assert_error(r, r.status_code)


# ---------------------------------------------------------------- /v1/render


def test_render_highlights_by_label_and_escapes(client: TestClient) -> None:
    text = '<script>alert("x")</script> Nghị quyết số 188-NQ/TU ngày 25/10/2024 & 10.595 triệu đồng'
    r = client.post("/v1/render", json={"text": text, "id": "<b>id</b>"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    assert "<script>" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "<b>id</b>" not in page and "&lt;b&gt;id&lt;/b&gt;" in page
    assert "&amp;" in page
    for label in ("LEGAL_REF", "DATE", "MONEY"):
        assert f'data-label="{label}" style="background:{COLOURS[label]}"' in page
    assert "issued_on" in page and "<h2>Relations (" in page
    assert len(set(COLOURS.values())) == len(LABELS)


def test_render_errors_are_json(client: TestClient) -> None:
    assert_error(post_json(client, "/v1/render", {"text": "\ud800"}), 422, "E_BAD_TEXT")


# ---------------------------------------------------------------- ops


def test_health_ready_and_models(client: TestClient, nlp: Pipeline) -> None:
    """Whatever model ``ie.load()`` finds (the rules pipeline, or a trained models/default) is the one served."""
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ready", "model": f"{nlp.info.name} {nlp.info.version}"}
    assert client.get("/v1/models").json() == {
        "models": [{"name": nlp.info.name, "version": nlp.info.version, "labels": list(nlp.labels),
                    "metrics": nlp.meta.get("metrics")}]
    }
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/v1/extract", "/v1/extract/batch", "/v1/extract/file", "/v1/render", "/v1/models"} <= set(paths)


def test_not_ready_before_the_model_loads() -> None:
    app = create_app(Settings())
    c = TestClient(app)  # not entered: the lifespan has not run, nothing is loaded
    assert c.get("/healthz").status_code == 200
    assert_error(c.get("/readyz"), 503, "E_NOT_READY")
    assert_error(c.post("/v1/extract", json={"text": "x"}), 503, "E_NOT_READY")
    with c:
        assert c.get("/readyz").status_code == 200
    assert_error(c.get("/readyz"), 503, "E_NOT_READY")  # after shutdown


def test_metrics(client: TestClient) -> None:
    client.post("/v1/extract", json={"text": SENTENCES[1][0]})
    post_json(client, "/v1/extract", {"text": "\ud800"})
    text = client.get("/metrics").text
    samples = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            samples[name] = float(value)
    assert samples['ie_http_requests_total{method="POST",route="/v1/extract",status="200"}'] >= 1
    assert samples['ie_http_requests_total{method="POST",route="/v1/extract",status="422"}'] >= 1
    assert samples['ie_entities_total{label="MONEY"}'] >= 1
    assert samples['ie_documents_total{outcome="ok"}'] >= 1 and samples['ie_documents_total{outcome="error"}'] >= 1
    assert samples['ie_http_request_duration_seconds_count{method="POST",route="/v1/extract"}'] >= 2
    assert 'ie_http_request_duration_seconds_bucket{le="0.1",method="POST",route="/v1/extract"}' in samples
    assert "ie_extractions_pending" in samples
    assert not any("/v2/" in name for name in samples)  # unknown paths are one "unmatched" route


# ---------------------------------------------------------------- settings, auth, CORS, models


def test_settings_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IE_API_KEYS", " khoa-1, khoa-2 ,")
    monkeypatch.setenv("IE_CORS_ORIGINS", "https://a.gov.vn")
    monkeypatch.setenv("IE_MAX_BATCH", "7")
    monkeypatch.setenv("IE_REQUEST_TIMEOUT", "2.5")
    s = Settings()
    assert s.api_keys == ("khoa-1", "khoa-2") and s.cors_origins == ("https://a.gov.vn",)
    assert s.max_batch == 7 and s.request_timeout == 2.5 and s.model is None
    monkeypatch.setenv("IE_MAX_BATCH", "0")
    with pytest.raises(ValueError):
        Settings()


def test_api_keys() -> None:
    with TestClient(create_app(Settings(api_keys=("khoa-1", "khoa-2")))) as c:
        body = {"text": "ngày 05/3/2025"}
        assert_error(c.post("/v1/extract", json=body), 401, "E_UNAUTHORIZED")
        assert_error(c.post("/v1/extract", json=body, headers={"X-API-Key": "sai"}), 403, "E_FORBIDDEN")
        assert_error(c.post("/v1/extract", json=body, headers={"Authorization": "Bearer sai"}), 403, "E_FORBIDDEN")
        assert_error(c.get("/v1/models"), 401, "E_UNAUTHORIZED")
        assert_error(c.post("/v1/extract/file", files={"file": ("a.txt", b"x")}), 401, "E_UNAUTHORIZED")
        assert c.post("/v1/extract", json=body, headers={"X-API-Key": "khoa-2"}).status_code == 200
        assert c.post("/v1/extract", json=body, headers={"Authorization": "Bearer khoa-1"}).status_code == 200
        assert c.get("/healthz").status_code == 200 and c.get("/readyz").status_code == 200
        assert c.get("/metrics").status_code == 200 and c.get("/openapi.json").status_code == 200


def test_cors() -> None:
    with TestClient(create_app(Settings(cors_origins=("https://dieuhanh.langson.gov.vn",)))) as c:
        r = c.options("/v1/extract", headers={"Origin": "https://dieuhanh.langson.gov.vn",
                                               "Access-Control-Request-Method": "POST"})
        assert r.headers["access-control-allow-origin"] == "https://dieuhanh.langson.gov.vn"
        r = c.post("/v1/extract", json={"text": "x"}, headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in r.headers


def test_serves_the_model_directory_from_settings(tmp_path: Path) -> None:
    """A trained model dropped in a directory is served by pointing IE_MODEL at it; no code changes."""
    build_rules_pipeline().to_disk(tmp_path / "pipeline")
    meta = {"name": "vn-admin-ner", "version": "1.2.0", "labels": ["DATE", "MONEY"], "metrics": {"ents_f": 0.91}}
    (tmp_path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    with TestClient(create_app(Settings(model=str(tmp_path)))) as c:
        card = c.get("/v1/models").json()["models"][0]
        assert card == {"name": "vn-admin-ner", "version": "1.2.0", "labels": ["DATE", "MONEY"], "metrics": {"ents_f": 0.91}}
        assert c.post("/v1/extract", json={"text": "x"}).json()["model"] == {"name": "vn-admin-ner", "version": "1.2.0"}
        assert c.get("/readyz").json()["model"] == "vn-admin-ner 1.2.0"


def test_a_broken_model_path_fails_start_up(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no meta.json"):
        with TestClient(create_app(Settings(model=str(tmp_path / "missing")))):
            pass


# ---------------------------------------------------------------- concurrency and overload (real pipeline, long text)


def _post_in_thread(c: TestClient, body: dict[str, Any]) -> tuple[threading.Thread, dict[str, Any]]:
    result: dict[str, Any] = {}

    def go() -> None:
        result["response"] = c.post("/v1/extract", json=body)

    thread = threading.Thread(target=go)
    thread.start()
    return thread, result


def _wait_running(app: FastAPI, n: int = 1) -> None:
    deadline = time.monotonic() + 10
    while app.state.runner.pending < n:
        assert time.monotonic() < deadline, "the extraction never started"
        time.sleep(0.005)


def test_queue_full_is_429_and_health_stays_responsive() -> None:
    app = create_app(Settings(max_concurrency=1, max_queue=0))
    with TestClient(app) as c:
        thread, result = _post_in_thread(c, {"text": REPORT, "id": "bao-cao"})  # about a second of work
        _wait_running(app)
        start = time.perf_counter()
        assert c.get("/healthz").status_code == 200
        health_s = time.perf_counter() - start
        r = c.post("/v1/extract", json={"text": SENTENCES[0][0]})
        still_running = app.state.runner.pending == 1
        thread.join()
    err = assert_error(r, 429, "E_BUSY")
    assert "busy" in err["message"] and r.headers["retry-after"] == "1"
    assert still_running and health_s < 0.5, f"/healthz took {health_s:.3f} s while a document was extracted"
    assert result["response"].status_code == 200 and result["response"].json()["id"] == "bao-cao"


def test_timeout_is_503() -> None:
    app = create_app(Settings(request_timeout=0.05))
    with TestClient(app) as c:
        assert_error(c.post("/v1/extract", json={"text": REPORT}), 503, "E_TIMEOUT")
        deadline = time.monotonic() + 10
        while app.state.runner.pending:  # the abandoned work still counts until it ends
            assert time.monotonic() < deadline
            time.sleep(0.01)
        assert c.post("/v1/extract", json={"text": ""}).status_code == 200


def test_concurrent_requests_give_the_serial_answers(client: TestClient) -> None:
    texts = [s for s, _ in SENTENCES] * 4
    serial = [client.post("/v1/extract", json={"text": t}).json() for t in texts]
    results: list[Any] = [None] * len(texts)

    def go(i: int) -> None:
        results[i] = client.post("/v1/extract", json={"text": texts[i]}).json()

    threads = [threading.Thread(target=go, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == serial


# ---------------------------------------------------------------- fuzzing from the OpenAPI schema

import schemathesis  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

#: the schema comes from ``app.openapi()`` (no start-up needed); the app starts on the first fuzzed call
FUZZ_APP = create_app(Settings(max_chars=5_000, max_batch=4, max_body_bytes=200_000, max_upload_bytes=100_000))
schema = schemathesis.openapi.from_dict(FUZZ_APP.openapi())


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_fuzz_no_server_errors(case: Any) -> None:
    case.call_and_validate(app=FUZZ_APP, checks=[not_a_server_error])
