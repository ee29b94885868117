"""``ie.client.Client`` against a real ``ie serve`` process that requires API keys."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from ie.client import Client, ServiceError
from ie.schema import Document, ErrorRecord

try:
    from tests.test_service_process import PARAGRAPH, Server, free_port, running_server
except ImportError:  # pytest's default rootdir-less import of a tests/ folder without __init__.py
    from test_service_process import PARAGRAPH, Server, free_port, running_server  # type: ignore[no-redef]

KEYS = ("khoa-bi-mat-1", "khoa-bi-mat-2")
LEGAL = "Thực hiện Nghị quyết số 188-NQ/TU ngày 25/10/2024 của Tỉnh ủy về xóa nhà tạm, nhà dột nát."


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    env = {"IE_API_KEYS": ",".join(KEYS), "IE_MAX_BATCH": "3", "IE_MAX_UPLOAD_BYTES": "100000"}
    with running_server(env) as srv:
        yield srv


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[Client]:
    with Client(server.base_url, api_key=KEYS[1], timeout=30) as c:
        yield c


def test_extract(client: Client) -> None:
    doc = client.extract(LEGAL, id="nq-188")
    assert isinstance(doc, Document) and doc.id == "nq-188" and doc.text == LEGAL
    ids = {(e.label, e.text): e.id for e in doc.entities}
    legal, date = ids[("LEGAL_REF", "Nghị quyết số 188-NQ/TU")], ids[("DATE", "ngày 25/10/2024")]
    assert (legal, "issued_on", date) in [(r.head, r.label, r.tail) for r in doc.relations]
    assert doc.model is not None and doc.model.name == client.models()[0]["name"]
    only_dates = client.extract(LEGAL, labels=["DATE"])
    assert [e.label for e in only_dates.entities] == ["DATE"] and only_dates.id == "doc"
    assert client.extract(LEGAL, relations=False).relations == []


def test_extract_batch_mixes_documents_and_errors(client: Client) -> None:
    out = client.extract_batch([LEGAL, ("p", PARAGRAPH), {"text": "\x00\x01\x02\x03\x04\x05\x06\x07\x08" * 30, "id": "junk"}])
    assert [type(d) for d in out] == [Document, Document, ErrorRecord]
    assert out[0].id == "doc-0" and out[1].id == "p"
    assert isinstance(out[2], ErrorRecord) and out[2].id == "junk" and out[2].error.code == "E_BAD_TEXT"
    money = client.extract_batch([PARAGRAPH], labels=["MONEY"])
    assert {e.label for e in money[0].entities} == {"MONEY"}  # type: ignore[union-attr]
    with pytest.raises(ServiceError) as info:
        client.extract_batch([LEGAL] * 4)
    assert (info.value.status, info.value.code) == (413, "E_TOO_LARGE")


def test_extract_file(client: Client, tmp_path: Path) -> None:
    import docx

    txt = tmp_path / "bao-cao.txt"
    txt.write_text(PARAGRAPH, encoding="utf-8")
    doc = client.extract_file(txt)
    assert doc.id == "bao-cao.txt" and doc.text == PARAGRAPH and len(doc.entities) >= 4

    document = docx.Document()
    document.add_paragraph(LEGAL)
    buf = io.BytesIO()
    document.save(buf)
    path = tmp_path / "nghi-quyet.docx"
    path.write_bytes(buf.getvalue())
    doc = client.extract_file(path, id="nq")
    assert doc.id == "nq" and {"LEGAL_REF", "DATE"} <= {e.label for e in doc.entities}

    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    with pytest.raises(ServiceError) as info:
        client.extract_file(bad)
    assert (info.value.status, info.value.code) == (415, "E_BROKEN_FILE")


def test_models_health_ready_render(client: Client) -> None:
    [model] = client.models()
    assert model["name"] and model["version"] and "LEGAL_REF" in model["labels"]
    assert client.health() == {"status": "ok"} and client.ready() is True
    page = client.render("<i>" + LEGAL + "</i>")
    assert "&lt;i&gt;" in page and 'data-label="LEGAL_REF"' in page


def test_api_keys(server: Server) -> None:
    with Client(server.base_url) as anonymous:
        assert anonymous.health() == {"status": "ok"}  # health checks need no key
        with pytest.raises(ServiceError) as info:
            anonymous.extract(LEGAL)
        assert (info.value.status, info.value.code) == (401, "E_UNAUTHORIZED")
    with Client(server.base_url, api_key="sai-khoa") as wrong, pytest.raises(ServiceError) as info:
        wrong.models()
    assert (info.value.status, info.value.code) == (403, "E_FORBIDDEN")
    r = httpx.post(server.base_url + "/v1/extract", json={"text": LEGAL}, headers={"Authorization": f"Bearer {KEYS[0]}"})
    assert r.status_code == 200


def test_server_errors_carry_code_and_message(client: Client) -> None:
    with pytest.raises(ServiceError) as info:
        client.extract("Ng\ud800y 25/10/2024")
    err = info.value
    assert (err.status, err.code) == (422, "E_BAD_TEXT") and "U+D800" in err.message
    assert "E_BAD_TEXT" in str(err) and "422" in str(err)


def test_no_server_is_a_connection_error() -> None:
    with Client(f"http://127.0.0.1:{free_port()}", timeout=2) as c, pytest.raises(ServiceError) as info:
        c.health()
    assert info.value.code == "E_CONNECTION" and info.value.status is None


def test_an_error_that_is_not_the_services_json() -> None:
    """A proxy in front of the service may answer with HTML; the client still raises a ServiceError."""
    transport = httpx.MockTransport(lambda request: httpx.Response(502, text="<html>Bad Gateway</html>"))
    with Client("http://proxy.invalid", transport=transport) as c, pytest.raises(ServiceError) as info:
        c.extract("x")
    assert (info.value.status, info.value.code) == (502, "E_HTTP_502") and "Bad Gateway" in info.value.message
