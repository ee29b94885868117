"""Pipeline stage ``ie_patterns``: the regular labels (LEGAL_REF, DATE, MONEY, AREA, PERCENT) from
:mod:`ie.patterns`, matched on the normalised text and mapped back to the caller's offsets,
a PROJECT named in a «Tên dự án: …» field, by its route after «dự án», in the project
column of a table or in a list of projects, a PERSON named after a title and an ORG named
by its head word and an abbreviation with «&» (``FIELDS``).

Matches that fall on token boundaries are also set as ``doc.ents`` so that a
statistical ``ner`` after this stage keeps them and predicts around them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ie import extensions
from ie.ner.gazetteer import registry_name
from ie.patterns import PATTERN_LABELS, cues, find
from ie.schema import Entity
from ie.text.normalize import normalize

#: cues of ``patterns.yaml`` whose first group is an entity of a label the NER also predicts
#: (or, with a second cue, holds entities that match it: a list of routes)
FIELDS = {"project_field": ("PROJECT", None), "person_title": ("PERSON", None), "route_list": ("PROJECT", "route"),
          "org_abbreviation": ("ORG", None)}


def project_cells(text: str) -> list[tuple[int, int, str]]:
    """PROJECTs of the project column of a table («TT | Dự án | Công suất …» then «1 | NMTĐ Sơn
    La MR | 800 | …»): each data row's cell in that column up to a place (``cell_place``), when
    it is a name of two words or more and not a plural («Các dự án …»); a sub-row «- ĐGNK Nam
    Trung bộ 1.1 | 500» names a part in its first cell; without a header, a numbered row's
    first cell that begins with «Dự án»; under a title line «Danh sách các dự án …», a numbered
    row's first cell. The table ends at a line of prose."""
    c = cues()
    found: list[tuple[int, int, str]] = []
    column = None
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if " | " not in line:
            if c["project_list_title"].match(line.strip()):
                column = 1  # the cell after the row number
            elif sum(ch.isalpha() for ch in line) >= 3:
                column = None
            continue
        cells, offsets, at = line.split(" | "), [], start
        for cell in cells:
            offsets.append(at)
            at += len(cell) + 3
        names = [cell.strip() for cell in cells]
        heads = [k for k, name in enumerate(names) if c["project_column"].fullmatch(name)]
        if heads:
            first = next((k for k, name in enumerate(names) if name.upper() in ("TT", "STT")), heads[0] - 1)
            column = heads[0] - first
            continue
        numbered = bool(c["row_number"].fullmatch(names[0])) and len(cells) > 1
        if column is None and numbered and names[1].startswith("Dự án "):
            a, cell = offsets[1], cells[1]  # «10 | Dự án nhà ở xã hội tại … | Công ty …» without a header
        elif column is None:
            continue
        elif numbered and column < len(cells):
            a, cell = offsets[column], cells[column]
        elif names[0][:2] in ("- ", "+ "):
            a, cell = offsets[0] + cells[0].index(names[0]) + 2, names[0][2:]
        else:
            continue
        a += len(cell) - len(cell.lstrip())
        cell = cell.strip()
        if m := c["cell_place"].search(cell):
            cell = cell[: m.start()]
        cell = cell.rstrip(" ,;.")
        if registry_name("tỉnh", cell) == cell:
            continue  # «900 | Hưng Yên | 2025-2030»: a table's wrapped line, the province column
        if " " in cell and not c["project_column"].fullmatch(cell) and not cell.lower().startswith(("các ", "những ")):
            found.append((a, a + len(cell), "PROJECT"))
    return found


def listed_projects(text: str) -> list[tuple[int, int, str]]:
    """PROJECTs listed in a footnote that a «dự án⁵» or «công trình⁵» points to, and after «các dự
    án …:» on a line whose items «;» parts: each item («(1) …» or «…;») up to its end (cue
    ``item_end``; a bracket of the works such as «(đoạn Bắc Sơn - Bà Triệu)» kept) or its place
    (``cell_place``)."""
    c = cues()
    marks = {m.group(1) for m in c["footnote_ref"].finditer(text)}
    lists = [(m.start(2), m.end(2)) for m in c["footnote_line"].finditer(text) if m.group(1) in marks]
    for m in c["list_intro"].finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if ";" in text[m.end() : end] and not any(a <= m.end() < b for a, b in lists):
            lists.append((m.end(), end))
    found = []
    for start, stop in lists:
        seps = list(c["list_item"].finditer(text, start, stop))
        for a, b in zip([start] + [m.end() for m in seps], [m.start() for m in seps] + [stop]):
            while a < b and text[a].isspace():
                a += 1
            if lead := c["lead_word"].match(text, a, b):
                a = lead.end()  # «dự án Khu …»: a lower-case «dự án» stays outside (guidelines)
            end, pos = b, a
            while m := c["item_end"].search(text, pos, b):
                if (part := c["project_part"].match(text, m.start())) and "(" in m.group(0):
                    pos = part.end()
                    continue
                end = m.start()
                break
            if place := c["cell_place"].search(text, pos, end):
                end = place.start()
            while end > a and text[end - 1] in " ,;.":
                end -= 1
            if " " in text[a:end]:
                found.append((a, end, "PROJECT"))
    return found


def cue_projects(text: str) -> list[tuple[int, int, str]]:
    """PROJECT candidates named after a lower-case «dự án» or «công trình» (cues ``project_cue``,
    ``name_stop``, ``name_end``, ``generic_start``; none in the name of a board, ``project_board``:
    «Ban Quản lý dự án …»), then those named by a head noun and a name (``project_head``: «Cầu Kỳ Hà
    3», «KCN Tiên Lãng 1»; none in upper case, none after a word that makes it a place or part of a
    longer name, ``head_before``). On train + dev 149 of 174 head-noun names are gold PROJECTs or
    inside one, 11 LOCATIONs. The merge stage adds a candidate only where nothing else overlaps it."""
    c = cues()
    found = []
    for m in c["project_cue"].finditer(text):
        if c["project_board"].search(text, max(0, m.start() - 60), m.start()):
            continue
        stop = c["name_stop"].search(text, m.end())
        end = stop.start() if stop else len(text)
        name = text[m.end() : end].rstrip()
        if " " in name and len(name) <= 150 and c["name_end"].search(name) and not c["generic_start"].match(name):
            if any(ch.isupper() for ch in name[1:]):
                found.append((m.end(), m.end() + len(name), "PROJECT"))
    for m in c["project_head"].finditer(text):
        if not m.group(1).isupper() and not c["head_before"].search(text, max(0, m.start() - 12), m.start()):
            lead = c["name_lead"].search(text, max(0, m.start() - 8), m.start())  # «Dự án |Nhà máy điện …|»
            found.append((lead.start() if lead else m.start(1), m.end(1), "PROJECT"))
    return found


def mentions(name: str, text: str) -> list[tuple[int, int]]:
    """(start, end) of each mention of ``name`` in ``text`` as a whole name: not inside a word, not
    part of a longer name («Bệnh viện Nhơn Bình Mới», «… Ninh Thuận 2»)."""
    found = []
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        before, after, nxt = text[start - 1 : start], text[end : end + 1], text[end + 1 : end + 2]
        if not (before.isalnum() or after.isalnum() or (after == " " and (nxt.isupper() or nxt.isdigit()))):
            found.append((start, end))
        start = text.find(name, start + 1)
    return found


def field_matches(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of the ``FIELDS`` cues and the project column of tables in ``text``,
    and of every other mention of a project they name (the same project wherever the document
    repeats its name); never two overlapping. On train + dev of the seventh round 198 of the 204 matches, repeated
    mentions included, are gold entities."""
    found = []
    for cue, (label, inner) in FIELDS.items():
        for m in cues()[cue].finditer(text):
            if inner is None:
                found.append((m.start(1), m.end(1), label))
            else:
                found += [(r.start(), r.end(), label) for r in cues()[inner].finditer(text, m.start(1), m.end(1))]
    found += [cell for cell in project_cells(text) + listed_projects(text) if not any(a < cell[1] and cell[0] < b for a, b, _ in found)]
    names = {text[a:b] for a, b, label in found if label == "PROJECT" and " " in text[a:b]}
    for name in names:
        for start, end in mentions(name, text):
            if not any(a < end and start < b for a, b, _ in found):
                found.append((start, end, "PROJECT"))
    kept: list[tuple[int, int, str]] = []
    for match in found:  # FIELDS order first: a later overlapping match is dropped
        if not any(a < match[1] and match[0] < b for a, b, _ in kept):
            kept.append(match)
    return kept


class PatternStage:
    def __init__(self, labels: list[str], fields: bool = True):
        extensions.register()
        self.labels = tuple(labels)
        self.fields = fields

    def __call__(self, doc: Doc) -> Doc:
        text = extensions.doc_text(doc)
        norm = doc._.normalized = doc._.normalized or normalize(text)  # from the tokenizer; the gazetteer reads it too
        found: list[Entity] = []
        spans: list[Span] = []
        matches = [(m.start, m.end, m.label) for m in find(norm.text, self.labels)]
        if self.fields:  # a named field wins over a regular label inside it
            named = field_matches(norm.text)
            matches = named + [m for m in matches if not any(f[0] < m[1] and m[0] < f[1] for f in named)]
        for a, b, label in sorted(matches):
            start, end = norm.to_original(a, b)
            found.append(Entity(id="", start=start, end=end, label=label, text=text[start:end], score=1.0, source="pattern"))
            span = doc.char_span(start, end, label=label)
            if span is not None:
                spans.append(span)
        doc._.pattern_matches = found
        doc.set_ents(spans, default="unmodified")
        return doc


@Language.factory(
    "ie_patterns",
    assigns=["doc.ents", "doc._.pattern_matches", "doc._.normalized"],
    default_config={"labels": list(PATTERN_LABELS), "fields": True},
)
def make_pattern_stage(nlp: Language, name: str, labels: list[str], fields: bool) -> PatternStage:
    return PatternStage(labels, fields)
