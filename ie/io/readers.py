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
import os
import sys
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ie.errors import (
    BadEncoding,
    BrokenFile,
    EmptyInput,
    IEError,
    NotFound,
    TooLarge,
    UnsupportedFile,
)

TEXT_SUFFIXES = {".txt"}
FILE_SUFFIXES = {".txt", ".docx", ".pdf"}
COLLECTION_SUFFIXES = {".jsonl", ".csv"}
#: a .docx whose parts unpack to more than this is refused (zip bombs)
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200


@dataclass
class Item:
    """One document to extract: ``text``, or an ``error`` saying why there is none.

    A lazy file item has only ``path`` (and perhaps its raw ``data``) until :func:`load_item`.
    """

    id: str
    text: str | None = None
    error: IEError | None = None
    path: str | None = None
    data: bytes | None = None
    #: ``path:line`` of a collection row (its id when the row has none, or a duplicate one)
    location: str | None = None


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
    """The rows of a JSONL or CSV file, read as a stream; a row without an id is ``path:line``."""
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield Item(str(path), error=NotFound(f"{path}: cannot read: {exc.strerror or exc}"))
        return
    with fh:
        if path.suffix.lower() == ".jsonl":
            yield from _jsonl_rows(fh, str(path), text_field, id_field)
        else:
            yield from _csv_rows(fh, str(path), text_field, id_field)


def _jsonl_rows(fh: IO[bytes], name: str, text_field: str, id_field: str | None) -> Iterator[Item]:
    # lines are split on b"\n" only: JSON strings may hold a raw U+2028, which str.splitlines would cut
    for n, raw in enumerate(fh, 1):
        if n == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        rid = f"{name}:{n}"
        try:
            record = json.loads(decode_text(raw))
        except BadEncoding as exc:
            yield Item(rid, error=BadEncoding(f"{rid}: {exc.message}"))
            continue
        except json.JSONDecodeError as exc:
            yield Item(rid, error=BrokenFile(f"{rid}: not JSON: {exc}"))
            continue
        yield _record(record, rid, text_field, id_field)


def _csv_rows(fh: IO[bytes], name: str, text_field: str, id_field: str | None) -> Iterator[Item]:
    csv.field_size_limit(2**31 - 1)  # whole documents live in one cell
    text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")
    reader = csv.DictReader(text)
    line = 1  # the header; a row's id is the line it starts on
    try:
        for record in reader:
            yield _record(record, f"{name}:{line + 1}", text_field, id_field)
            line = reader.line_num
    except UnicodeDecodeError as exc:
        yield Item(f"{name}:{line + 1}", error=BadEncoding(f"{name}: not valid UTF-8 after line {line}: {exc.reason}"))
    except csv.Error as exc:
        yield Item(f"{name}:{line + 1}", error=BrokenFile(f"{name}: broken CSV after line {line}: {exc}"))


def _record(record: object, rid: str, text_field: str, id_field: str | None) -> Item:
    if not isinstance(record, dict):
        return Item(rid, error=BrokenFile(f"{rid}: a record must be an object"))
    location = rid
    if id_field and record.get(id_field) not in (None, ""):
        rid = str(record[id_field])
    text = record.get(text_field)
    if not isinstance(text, str):
        fields = sorted(map(str, record))
        return Item(rid, error=BrokenFile(f"{rid}: no text field {text_field!r} (fields: {fields})"), location=location)
    if not text.strip():
        return Item(rid, error=EmptyInput(f"{rid}: the text is empty"), location=location)
    return Item(rid, text=text, location=location)


def expand_paths(inputs: Iterable[str]) -> Iterator[str]:
    """Files named, found under directories (recursively, sorted) or matched by globs; '-' is stdin.

    A file reached twice (named and inside a named folder, say) is given once, under its first name.
    """
    seen: set[str] = set()
    for name in _expand(inputs):
        key = name if name == "-" else os.path.realpath(name)
        if key not in seen:
            seen.add(key)
            yield name


def _expand(inputs: Iterable[str]) -> Iterator[str]:
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


def is_collection(name: str) -> bool:
    return Path(name).suffix.lower() in COLLECTION_SUFFIXES


def count_items(names: Iterable[str]) -> int:
    """How many items :func:`iter_items` will give for these expanded names, without extracting any text.

    One per file; one per non-blank line of a JSONL file; one per record of a CSV file.
    """
    total = 0
    for name in names:
        if not is_collection(name):
            total += 1
            continue
        try:
            with open(name, "rb") as fh:
                if name.lower().endswith(".jsonl"):
                    total += sum(1 for raw in fh if raw.strip())
                else:
                    csv.field_size_limit(2**31 - 1)
                    text = io.TextIOWrapper(fh, encoding="utf-8", errors="replace", newline="")
                    total += max(0, sum(1 for _ in csv.reader(text)) - 1)
        except (OSError, csv.Error):
            total += 1
    return total


def load_item(item: Item) -> Item:
    """Read a lazy file item (``path`` or ``data`` set) into ``text`` or ``error``; other items pass as they are."""
    if item.text is not None or item.error is not None or item.path is None:
        return item
    data = item.data
    item.data = None
    if data is None:
        try:
            data = Path(item.path).read_bytes()
        except FileNotFoundError:
            item.error = NotFound(f"{item.path}: no such file")
            return item
        except OSError as exc:
            item.error = NotFound(f"{item.path}: cannot read: {exc.strerror or exc}")
            return item
    try:
        item.text = file_text(item.path, data)
    except IEError as exc:
        item.error = exc
    return item


def iter_items(
    inputs: Iterable[str], text_field: str = "text", id_field: str | None = "id", lazy: bool = False
) -> Iterator[Item]:
    """Every document of ``inputs``, in order, each under its own id; unreadable ones carry an ``error``.

    A file's id is its path as given (``ba-ria.txt``, ``vb/qd-435.docx``); a JSONL/CSV row's id is
    its ``id_field`` or ``path:line``. Ids are unique: a row whose id was already given gets
    ``path:line`` instead. With ``lazy`` a file item only names its ``path``; :func:`load_item`
    reads it (so a batch can skip it unread, or read it in a worker).
    """
    seen: set[str] = set()
    for item in _items(inputs, text_field, id_field):
        if item.id in seen:
            item.id = item.location or item.id
            while item.id in seen:
                item.id += "+"
        seen.add(item.id)
        yield item if lazy else load_item(item)


def _items(inputs: Iterable[str], text_field: str, id_field: str | None) -> Iterator[Item]:
    for name in expand_paths(inputs):
        if name == "-":
            try:
                yield Item("-", text=decode_text(sys.stdin.buffer.read()))
            except IEError as exc:
                yield Item("-", error=exc)
        elif is_collection(name):
            yield from _collection(Path(name), text_field, id_field)
        else:
            yield Item(name, path=name)
