"""Pipeline stage ``ie_merge``: one flat list of entities from the pattern layer and the statistical NER.

The rule: a pattern match (a regular label — LEGAL_REF, DATE, MONEY, AREA,
PERCENT — or a named field of ``ie_patterns``: «Tên dự án: …», a person after a
title) wins; an NER entity that overlaps one is dropped. NER entities of
the regular labels that no pattern found are kept (score from the model) when
they hold a digit: without one («Quyết định chủ trương đầu tư», «QUYẾT ĐỊNH
V/V») they are not references, dates or amounts (law titles and amounts in
words come from the patterns). An NER PROJECT needs a name: a capital or a
digit after its first character; a description alone («đầu tư xây dựng và kinh
doanh kết cấu hạ tầng khu công nghiệp») is not a named project (chosen on dev:
PROJECT F1 0.552 -> 0.615; 7% of the gold names, such as «Khối nhà chính», are
lost).
An NER ORG signed for in a signature block («TM. ỦY BAN NHÂN DÂN») is no entity (guidelines).
An NER ADMIN_UNIT named without a level word that is one end of «A - B» is a route
(«Quảng Ngãi - Kon Tum», an expressway), not a unit: dropped (dev ADMIN_UNIT: 9 of 17 false
positives; no such gold unit in train + dev).
An NER ADMIN_UNIT takes in a level word just before it and a letter ending its name
(«Xã Diễn Châu», «xã Vĩnh Mỹ B»); one of a level word and a generic word («xã mới») is dropped.
An NER ORG that stops at a level word («UBND tỉnh», «ỦY BAN NHÂN DÂN TỈNH») takes the
place name that follows it («UBND tỉnh Bình Định», «… TỈNH KON TUM»): an ORG name holds its
place (guidelines; on dev the model cut 5 of 124 ORGs this way).
An NER PROJECT that begins with the head word of a body («Hạt Kiểm lâm …») is an ORG; an NER
ADMIN_UNIT that is a project's head noun and name («Cầu Tăng Long») is a PROJECT.
An NER ORG that ran over a person's name after a title («Phó Chủ tịch UBND Thành phố Nguyễn
Trọng Đông») is cut before the name, which becomes a PERSON; one that is only a unit («Đặc khu Phú
Quốc», «TPHCM») is an ADMIN_UNIT; one cut at the comma of its name («Bộ Văn hóa, Thể thao và Du
lịch») takes the rest.
Then a registry match of the gazetteer (ADMIN_UNIT, ``ie_gazetteer``) is added
where nothing before it overlaps, then a PROJECT named after a lower-case «dự án» or by a head
noun and a name («Cầu Kỳ Hà 3», «KCN Tiên Lãng 1»; ``cue_projects``) where nothing overlaps it but
places the NER or the gazetteer found inside its name («Chung cư |Phú Định|»), and
last each PROJECT takes in what continues its name: an ADMIN_UNIT one space after it (guidelines: a
place with no comma before it is inside), a bracketed part of the works, «nối dài», a phase, the
project it belongs to («… thuộc Dự án …») and a numbered component before it («Dự án thành phần 1
thuộc …»).
On two-fold cross-validation over the 76 train documents of the sixth round these rules, with the
list patterns of ``ie_patterns``, raised micro-F1 from 0.867 / 0.874 to 0.903 / 0.911 and PROJECT
from 0.519 / 0.439 to 0.736 / 0.857 (the head-noun candidates, the places they take in, the
capitalised «Dự án», the predicates «sắp …», the component and the heading units took it from
0.635 / 0.797); on the two folds over the 91 train documents of the seventh round PROJECT 0.465 /
0.731 → 0.612 / 0.866 for those last rules, the lead and end words of ``trim`` and the events,
schools and addresses of ``plausible`` and ``relabel``, on dev (a model trained on train) 0.804 →
0.833.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from ie import extensions
from ie.ner.gazetteer import registry_name
from ie.ner.patterns import cue_projects, mentions
from ie.patterns import PATTERN_LABELS, cues
from ie.schema import Entity

EDGE = " \t\r\n-–—,;:“”\"«»"  # never the first or last character of an entity (none in the gold set)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in EDGE or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in EDGE or text[end - 1].isspace()):
        end -= 1
    return start, end


def _unbalanced(span: str) -> int | None:
    """The offset in ``span`` of the first bracket left open or closed without a partner."""
    open_at: list[int] = []
    for i, ch in enumerate(span):
        if ch == "(":
            open_at.append(i)
        elif ch == ")":
            if not open_at:
                return i
            open_at.pop()
    return open_at[0] if open_at else None


def trim(ent: Entity, text: str) -> Entity | None:
    """A predicted span without edge white space (schema v1 forbids it), edge dashes and
    separators («ỦY BAN NHÂN DÂN TỈNH KON TUM -------»); for the labels only the NER finds, what
    follows a ``span_end`` cue (a header's motto, «và các Ban …», a predicate) and a trailing
    function word (``tail_word``), and for a PROJECT what follows a ``project_end`` cue («… tại Cà
    Mau», «… nhằm …») and a trailing «mới» or full stop (``project_tail``); a PROJECT's lower-case
    head word (``lead_word``), while a capitalised «Dự án» or «Tuyến» just before it (``name_lead``)
    and the action words after a lower-case «dự án» (``action_lead``) are taken in; a bracket
    without its partner («Cục Thủy sản và Kiểm ngư)», «Khu đô thị … (Bắc Ninh»: cut before it; on train + dev all 7 such predictions were wrong); None if
    nothing is left, or if the span crosses a table cell boundary (« | »): no entity spans two cells."""
    start, end = ent.start, ent.end
    if "|" in text[start:end]:
        return None
    start, end = _strip(text, start, end)
    c = cues()
    if ent.label not in PATTERN_LABELS:  # the words of a regular label are its own («… tiếp thu số 479»)
        ends = [c["span_end"], c["tail_word"]] + ([c["project_end"], c["project_tail"]] if ent.label == "PROJECT" else [])
        while m := next((found for cue in ends if (found := cue.search(text, start, end))), None):
            start, end = _strip(text, start, m.start())
    if ent.label == "PROJECT" and (lead := c["lead_word"].match(text, start, end)):
        start = lead.end()  # «dự án |Khu đô thị …|», «tuyến |Quốc lộ 50B …|»: the lower-case head stays outside
    elif ent.label == "PROJECT" and (lead := c["name_lead"].search(text, max(0, start - 8), start)):
        start = lead.start()  # «Dự án cầu Tăng Long»: a capitalised «Dự án» begins the name
    elif ent.label == "PROJECT" and (lead := c["action_lead"].search(text, max(0, start - 80), start)):
        start = lead.start(1)  # «dự án |đầu tư xây dựng Khu công nghiệp Phú Hà|»: the action words belong to it
    cut = _unbalanced(text[start:end])
    if cut is not None:
        start, end = _strip(text, start, start + cut)
    if start >= end:
        return None
    if (start, end) == (ent.start, ent.end):
        return ent
    return ent.model_copy(update={"start": start, "end": end, "text": text[start:end]})


def plausible(ent: Entity) -> bool:
    """False for an NER entity of a regular label without a digit, a PERCENT without its sign, a
    PROJECT without a capital or digit after its first character (see the module's rule) and a
    PERSON of one word."""
    if not any(ch.isalnum() for ch in ent.text):
        return False  # «¿», «--»: no name at all
    if ent.label == "PROJECT":
        return any(ch.isupper() or ch.isdigit() for ch in ent.text[1:]) and not cues()["not_a_project"].match(ent.text)
    if ent.label == "PERSON":
        return " " in ent.text.strip()  # a single word («Luật») is no name: 42 of 42 gold names have two or more
    if ent.label == "PERCENT" and not cues()["percent_sign"].search(ent.text):
        return False  # «70 - 100 km/h»: every gold PERCENT has its sign or «phần trăm»
    return ent.label not in PATTERN_LABELS or any(ch.isdigit() for ch in ent.text)


def out_of_place(ent: Entity, text: str) -> bool:
    """True for an ORG signed for in a signature block («TM. ỦY BAN NHÂN DÂN») and for an
    ADMIN_UNIT named without a level word that is one end of a «A - B» route."""
    c = cues()
    if ent.label == "ORG":
        return bool(c["signed_for"].search(text[max(0, ent.start - 8) : ent.start]))
    if ent.label != "ADMIN_UNIT":
        return False
    if c["admin_unit"].match(text, ent.start):  # «tỉnh Bình Phước» is a unit wherever it stands
        return False
    return bool(c["dash_after"].match(text, ent.end) or c["dash_before"].search(text[max(0, ent.start - 40) : ent.start]))


def relabel(ent: Entity, text: str) -> Entity:
    """An NER ORG or PROJECT that is only a level word and a name («Đặc khu Phú Quốc», «Huyện Ba Vì»)
    or an ORG that is a province's name alone («TPHCM») is an ADMIN_UNIT; an NER ADMIN_UNIT named by a
    project's head noun (``project_head``: «Cầu Tăng Long») is a PROJECT; an NER PROJECT that begins
    with the head word of a body (``org_head``: «Hạt Kiểm lâm Minh Hóa», «Tiểu học Kim Đồng») is an
    ORG, and one in an address (``address_before``: «Số 08, đường Phạm Văn Đồng») a LOCATION. No
    gold entity of train + dev is any of the first."""
    c = cues()
    if ent.label == "ADMIN_UNIT" and c["project_head"].fullmatch(ent.text):
        return ent.model_copy(update={"label": "PROJECT"})  # «Cầu Kỳ Hà 3», «Chung cư Trường Thọ»: no unit begins so
    if ent.label == "PROJECT" and c["admin_unit"].fullmatch(ent.text):
        return ent.model_copy(update={"label": "ADMIN_UNIT"})  # «(16) Huyện Chương Mỹ», a heading
    if ent.label == "ORG" and (c["admin_unit"].fullmatch(ent.text) or registry_name("tỉnh", ent.text) == ent.text):
        return ent.model_copy(update={"label": "ADMIN_UNIT"})
    if ent.label == "PROJECT" and c["org_head"].match(ent.text):
        return ent.model_copy(update={"label": "ORG"})
    if ent.label == "PROJECT" and c["address_before"].search(text, max(0, ent.start - 30), ent.start):
        return ent.model_copy(update={"label": "LOCATION"})  # «Số 08, |đường Phạm Văn Đồng|, khóm 3»
    return ent


def fix_admin_unit(ent: Entity, text: str) -> Entity | None:
    """An NER ADMIN_UNIT with the level word just before it and a letter just after it taken in
    («Xã Diễn Châu», «xã Vĩnh Mỹ B»); None for a level word with a generic word («xã mới»)."""
    if ent.label != "ADMIN_UNIT":
        return ent
    c = cues()
    start, end = ent.start, ent.end
    if level := c["admin_level"].match(text, start, end):
        rest = text[level.end() : end]
        if not any(ch.isupper() or ch.isdigit() for ch in rest):
            return None
    elif before := c["level_before"].search(text[max(0, start - 16) : start]):
        start -= len(before.group(0))
    if after := c["letter_after"].match(text, end):
        end = after.end()
    if (start, end) == (ent.start, ent.end):
        return ent
    return ent.model_copy(update={"start": start, "end": end, "text": text[start:end]})


def extend_org(ent: Entity, text: str) -> Entity:
    """An ORG cut at the comma of its name extended over the rest (cue ``org_comma_name``); one
    ending in a level word, extended over the place name after it (cue ``admin_unit``)
    as far as the registry knows it («UBND Thành phố |Nguyễn Trọng Đông|» is a chairman's name)."""
    if ent.label != "ORG":
        return ent
    for m in cues()["org_comma_name"].finditer(text, max(ent.start, ent.end - 12), min(len(text), ent.end + 40)):
        if m.start() < ent.end < m.end() and text[ent.end] == ",":
            ent = ent.model_copy(update={"end": m.end(), "text": text[ent.start : m.end()]})
    for m in cues()["admin_unit"].finditer(text, ent.start, min(len(text), ent.end + 80)):
        if m.end(1) == ent.end and (name := registry_name(m.group(1), m.group(2))):
            end = m.start(2) + len(name)
            return ent.model_copy(update={"end": end, "text": text[ent.start : end]})
        if m.start() >= ent.end:
            break
    return ent


def split_org(ent: Entity, text: str) -> list[Entity]:
    """An ORG that is two bodies joined by a dash (cue ``org_split``) as two ORGs."""
    if ent.label != "ORG":
        return [ent]
    parts, start = [], ent.start
    for m in cues()["org_split"].finditer(text, ent.start, ent.end):
        parts.append((start, m.start()))
        start = m.end()
    if not parts:
        return [ent]
    parts.append((start, ent.end))
    return [ent.model_copy(update={"start": a, "end": b, "text": text[a:b]}) for a, b in parts if b > a]


def merge_entities(patterns: list[Entity], *tiers: list[Entity]) -> list[Entity]:
    """Pattern matches first, then each entity of the following tiers (in order) that
    overlaps none kept before it."""
    kept = list(patterns)
    for tier in tiers:
        for ent in sorted(tier, key=lambda e: e.start):
            if any(ent.start < p.end and p.start < ent.end for p in kept):
                continue
            kept.append(ent)
    kept.sort(key=lambda e: (e.start, e.end))
    return kept


def put_over(entities: list[Entity], ent: Entity, replaceable: Callable[[Entity], bool]) -> list[Entity]:
    """``entities`` with ``ent`` added, replacing what it overlaps, when all of that lies inside it
    and is ``replaceable``; unchanged otherwise."""
    inside = [e for e in entities if e.start < ent.end and ent.start < e.end]
    if all(ent.start <= e.start and e.end <= ent.end and replaceable(e) for e in inside):
        return [e for e in entities if e not in inside] + [ent]
    return entities


def add_projects(entities: list[Entity], candidates: list[Entity]) -> list[Entity]:
    """Each PROJECT candidate (``cue_projects``) where nothing overlaps it, or where all it overlaps
    are places the statistical NER or the gazetteer found inside its name («Chung cư |Phú Định|»,
    «khu đô thị sinh thái |Hòa Sơn|»; guidelines: a place inside a project's name stays inside)."""
    out = list(entities)
    for cand in sorted(candidates, key=lambda e: e.start):
        out = put_over(out, cand, lambda e: e.label in ("ADMIN_UNIT", "LOCATION") and e.source != "pattern")
    return sorted(out, key=lambda e: (e.start, e.end))


def split_person(ent: Entity, text: str) -> list[Entity]:
    """An ORG after a title that ends in a person's name after its place («Phó Chủ tịch UBND Thành
    phố Nguyễn Trọng Đông», «… UBND tỉnh Hà Tĩnh Võ Trọng Hải») as the ORG and a PERSON; the place
    is the longest start of the words after the level word that the registry knows."""
    c = cues()
    if ent.label != "ORG" or not c["title_before"].search(text[max(0, ent.start - 40) : ent.start]):
        return [ent]
    if not (m := c["words_after_unit"].search(ent.text)):
        return [ent]
    words = m.group(2).split()
    if registry_name(m.group(1), " ".join(words)) == " ".join(words):
        return [ent]  # «Chủ tịch UBND Thành phố Hà Nội»: all of it is the place
    for k in range(len(words) - 2, -1, -1):
        place, name = " ".join(words[:k]), " ".join(words[k:])
        if c["person_name"].fullmatch(name) and (k == 0 or registry_name(m.group(1), place) == place):
            end = ent.end - len(name)
            org_end = end - 1
            return [
                ent.model_copy(update={"end": org_end, "text": text[ent.start : org_end]}),
                ent.model_copy(update={"start": end, "label": "PERSON", "text": text[end : ent.end]}),
            ]
    return [ent]


def repeat_projects(entities: list[Entity], text: str) -> list[Entity]:
    """Each further mention of a PROJECT's name in the document is that PROJECT too, where no entity
    overlaps it but ones inside it (which it replaces; two-fold cross-validation over train: PROJECT
    0.586 / 0.763 → 0.593 / 0.776). ``entities`` sorted by start."""
    names = {e.text for e in entities if e.label == "PROJECT" and " " in e.text}
    out = list(entities)
    for name in sorted(names, key=len, reverse=True):
        for start, end in mentions(name, text):
            mention = Entity(id="", start=start, end=end, label="PROJECT", text=name, source="ner")
            out = put_over(out, mention, lambda e: e.label != "PROJECT")
    return sorted(out, key=lambda e: (e.start, e.end))


def add_persons(entities: list[Entity], text: str) -> list[Entity]:
    """A PERSON for a name right after a title and the ORG the title belongs to («Bộ trưởng Bộ Y tế
    Đào Hồng Lan», «Phó Thủ tướng Chính phủ Trần Hồng Hà») where no entity holds it (16 of 16 such
    names of train + dev are gold PERSONs). ``entities`` sorted by start."""
    c = cues()
    added = []
    for ent in entities:
        if ent.label != "ORG" or text[ent.end : ent.end + 1] != " ":
            continue
        if not c["title_before"].search(text[max(0, ent.start - 40) : ent.start]):
            continue
        if (m := c["person_name"].match(text, ent.end + 1)) and not any(e.start < m.end() and m.start() < e.end for e in entities):
            added.append(Entity(id="", start=m.start(), end=m.end(), label="PERSON", text=m.group(0), source="ner"))
    return sorted(entities + added, key=lambda e: (e.start, e.end))


def complete_projects(entities: list[Entity], text: str) -> list[Entity]:
    """Each PROJECT extended over what continues its name (cue ``project_part``: a bracketed part
    of the works, «nối dài», «giai đoạn 1»), over an ADMIN_UNIT one space after it and over the
    PROJECT it belongs to («… thuộc Dự án …», cue ``project_join``), and back over a numbered
    component before it («Dự án thành phần 1 thuộc …», cue ``project_component``); the entities it
    then covers are dropped. ``entities`` sorted by start, without overlaps."""
    part, join, component = cues()["project_part"], cues()["project_join"], cues()["project_component"]
    out: list[Entity] = []
    for ent in entities:
        if out and ent.start < out[-1].end:
            continue  # taken into the project before it
        if ent.label == "PROJECT" and (comp := component.search(text, max(0, ent.start - 60), ent.start)):
            if not (out and comp.start() < out[-1].end):
                ent = ent.model_copy(update={"start": comp.start(), "text": text[comp.start() : ent.end]})
        out.append(ent)
        if ent.label != "PROJECT":
            continue
        end = ent.end
        while True:
            if m := part.match(text, end):
                end = m.end()
            elif (unit := next((e for e in entities if e.start == end + 1), None)) and unit.label == "ADMIN_UNIT" and text[end] == " ":
                end = unit.end
            elif (j := join.match(text, end)) and (whole := next((e for e in entities if e.start == j.end()), None)) and whole.label == "PROJECT":
                end = whole.end
            else:
                break
        if end != ent.end:
            out[-1] = ent.model_copy(update={"end": end, "text": text[ent.start : end]})
    return out


class MergeStage:
    def __init__(self, labels: list[str] | None):
        extensions.register()
        self.keep = set(labels) if labels else None

    def __call__(self, doc: Doc) -> Doc:
        patterns = doc._.pattern_matches or []
        pattern_spans = {(p.start, p.end) for p in patterns}
        predicted = [
            Entity(id="", start=s.start_char, end=s.end_char, label=s.label_, text=s.text, source="ner")
            for s in doc.ents
            if (s.start_char, s.end_char) not in pattern_spans
        ]
        predicted += list(doc._.ner_matches or [])  # the transformers backend, when configured
        text = extensions.doc_text(doc)
        predicted = [e for e in predicted if plausible(e) and not out_of_place(e, text)]
        trimmed = [
            part
            for e in predicted
            if (t := trim(e, text)) is not None and plausible(t) and (t := fix_admin_unit(relabel(t, text), text)) is not None
            for whole in split_person(extend_org(t, text), text)
            for part in split_org(whole, text)
        ]
        units = [e for e in doc._.gazetteer_matches or [] if not out_of_place(e, text)]
        named = [Entity(id="", start=a, end=b, label=label, text=text[a:b], source="pattern") for a, b, label in cue_projects(text)]
        merged = complete_projects(add_projects(merge_entities(patterns, trimmed, units), named), text)
        merged = add_persons(repeat_projects(merged, text), text)
        if self.keep is not None:
            merged = [e for e in merged if e.label in self.keep]
        doc._.entities = [e.model_copy(update={"id": f"e{i}"}) for i, e in enumerate(merged)]
        return doc


@Language.factory("ie_merge", assigns=["doc._.entities"], default_config={"labels": None})
def make_merge_stage(nlp: Language, name: str, labels: list[str] | None) -> MergeStage:
    return MergeStage(labels)
