"""Reading documents from files: ``.txt`` (UTF-8 as is), ``.docx``, ``.pdf`` (text layer),
and JSONL / CSV collections with a text column.

A source that cannot be read becomes an :class:`Item` with an ``error``; it
never stops the others.
"""

from __future__ import annotations

import csv
import glob
import io
import json
import sys
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ie.errors import BadEncoding, BrokenFile, EmptyInput, IEError, NotFound, TooLarge, UnsupportedFile

TEXT_SUFFIXES = {".txt"}
FILE_SUFFIXES = {".txt", ".docx", ".pdf"}
COLLECTION_SUFFIXES = {".jsonl", ".csv"}
#: a .docx whose parts unpack to more than this is refused (zip bombs)
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200


@dataclass
class Item:
    id: str
    text: str | None = None
    error: IEError | None = None


def decode_text(data: bytes) -> str:
    """UTF-8 bytes -> str, nothing stripped or translated (a BOM is kept as U+FEFF)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BadEncoding(f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} (line {line})") from None


def docx_text(data: bytes) -> str:
    """Paragraphs and table rows (cells joined by « | ») of a .docx, in document order."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        total = sum(i.file_size for i in zf.infolist())
        packed = max(1, sum(i.compress_size for i in zf.infolist()))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise BrokenFile(f"not a readable .docx (zip) file: {exc}") from None
    if total > MAX_UNPACKED_BYTES or total / packed > MAX_COMPRESSION_RATIO:
        raise BrokenFile(f"refused: the .docx unpacks to {total} bytes from {packed} (a zip bomb?)")
    if "word/document.xml" not in zf.namelist():
        raise BrokenFile("not a .docx: the archive has no word/document.xml")
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for child in document.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                lines.append(Paragraph(child, document).text)
            elif tag == "tbl":
                for row in Table(child, document).rows:
                    lines.append(" | ".join(cell.text for cell in row.cells))
    except Exception as exc:  # python-docx raises many types on broken XML
        raise BrokenFile(f"broken .docx: {type(exc).__name__}: {exc}") from None
    return "\n".join(lines)


def pdf_text(data: bytes) -> str:
    """The text layer of a PDF, pages separated by a blank line."""
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises many types on broken files
        raise BrokenFile(f"broken PDF: {type(exc).__name__}: {exc}") from None
    text = "\n\n".join(p.strip("\n") for p in pages)
    if not text.strip():
        raise BrokenFile("the PDF has no text layer (a scan?): nothing to extract")
    return text


def file_text(name: str, data: bytes, max_bytes: int | None = None) -> str:
    """Text of one uploaded or read file, chosen by its suffix."""
    if max_bytes is not None and len(data) > max_bytes:
        raise TooLarge(f"{name}: {len(data)} bytes; the limit is {max_bytes}")
    suffix = Path(name).suffix.lower()
    if suffix == ".docx":
        text = docx_text(data)
    elif suffix == ".pdf":
        text = pdf_text(data)
    elif suffix in TEXT_SUFFIXES or suffix == "":
        text = decode_text(data)
    else:
        raise UnsupportedFile(f"{name}: unsupported file type {suffix!r}; use .txt, .docx or .pdf")
    if not text.strip():
        raise EmptyInput(f"{name}: the file holds no text")
    return text


def _collection(path: Path, text_field: str, id_field: str | None) -> Iterator[Item]:
    try:
        raw = path.read_bytes()
        content = decode_text(raw)
    except (OSError, IEError) as exc:
        yield Item(str(path), error=exc if isinstance(exc, IEError) else NotFound(f"{path}: {exc}"))
        return
    if path.suffix.lower() == ".jsonl":
        for n, line in enumerate(content.splitlines(), 1):
            if not line.strip():
                continue
            rid = f"{path}:{n}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Item(rid, error=BrokenFile(f"{rid}: not JSON: {exc}"))
                continue
            yield _record(record, rid, text_field, id_field)
    else:
        reader = csv.DictReader(io.StringIO(content))
        for n, record in enumerate(reader, 2):
            yield _record(record, f"{path}:{n}", text_field, id_field)


def _record(record: object, rid: str, text_field: str, id_field: str | None) -> Item:
    if not isinstance(record, dict):
        return Item(rid, error=BrokenFile(f"{rid}: a record must be an object"))
    if id_field and record.get(id_field) not in (None, ""):
        rid = str(record[id_field])
    text = record.get(text_field)
    if not isinstance(text, str):
        return Item(rid, error=BrokenFile(f"{rid}: no text field {text_field!r} (fields: {sorted(record)})"))
    if not text.strip():
        return Item(rid, error=EmptyInput(f"{rid}: the text is empty"))
    return Item(rid, text=text)


def expand_paths(inputs: Iterable[str]) -> Iterator[str]:
    """Files named, found under directories (recursively, sorted) or matched by globs; '-' is stdin."""
    for raw in inputs:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                if p.is_file() and p.suffix.lower() in FILE_SUFFIXES | COLLECTION_SUFFIXES:
                    yield str(p)
        elif not path.exists() and glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            yield from (m for m in matches if Path(m).is_file()) if matches else [raw]
        else:
            yield raw


def iter_items(inputs: Iterable[str], text_field: str = "text", id_field: str | None = "id") -> Iterator[Item]:
    """Every document of ``inputs``, in order; unreadable ones carry an ``error``."""
    for name in expand_paths(inputs):
        if name == "-":
            try:
                yield Item("-", text=decode_text(sys.stdin.buffer.read()))
            except IEError as exc:
                yield Item("-", error=exc)
            continue
        path = Path(name)
        if path.suffix.lower() in COLLECTION_SUFFIXES:
            yield from _collection(path, text_field, id_field)
            continue
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            yield Item(name, error=NotFound(f"{name}: no such file"))
            continue
        except OSError as exc:
            yield Item(name, error=NotFound(f"{name}: cannot read: {exc.strerror or exc}"))
            continue
        try:
            yield Item(name, text=file_text(name, data))
        except IEError as exc:
            yield Item(name, error=exc)
