"""Pipeline stage ``ie_gazetteer``: ADMIN_UNIT mentions found in the official registry.

A level word and a name (cue ``admin_unit`` in ``patterns.yaml``, matched on the normalised
text and mapped back to the caller's offsets) is kept when the
registry knows the name at that level, the name shortened word by word from the right
until it does: «TRÊN ĐỊA BÀN TỈNH BẮC NINH», «tại tỉnh Bình Định và …», «phường 6».
Village-level units (thôn, bản, ấp, tổ dân phố, khu phố), which the registry does not
list, are kept with any name or number. A province or city the registry knows is also found
without its level word («Ninh Bình», «TP.HCM») where it follows a punctuation mark or a
preposition (cues ``capital_run``, ``province_before``). These are candidates only: the merge stage adds
one where neither a pattern nor the NER found anything overlapping it, since the NER
reads the context («UBND tỉnh Bắc Ninh» is an ORG).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from ie import extensions
from ie.patterns import cues
from ie.schema import Entity
from ie.text.normalize import normalize

if TYPE_CHECKING:
    from ie.linking.registry import Registry

VILLAGE_LEVELS = ("thôn", "tổ dân phố", "bản", "khu phố", "ấp")  # the lower-case levels of the cue


def _known(registry: Registry, level: str, name: str) -> bool:
    from ie.linking.registry import DISTRICT_LEVELS, WARD_LEVELS

    level = level.lower()
    if level in VILLAGE_LEVELS:
        return True
    if name[0].isdigit():
        return level in ("phường", "quận", "xã")  # «phường 6», «Quận 12»
    if level in ("tỉnh", "thành phố") and registry.province_key(name):
        return True
    if level in WARD_LEVELS and registry.wards(level, name):
        return True
    return level in DISTRICT_LEVELS and bool(registry.district_provinces(level, name))


def registry_name(level: str, name: str) -> str:
    """The longest start of ``name`` (word by word) that the registry knows at ``level``; "" if none."""
    from ie.linking.registry import Registry

    registry = Registry.load()
    words = name.split(" ")
    while words and not _known(registry, level, " ".join(words)):
        words.pop()
    return " ".join(words)


def find_admin_units(text: str) -> list[tuple[int, int]]:
    """(start, end) of each level word + registry name in ``text``."""
    found = []
    for m in cues()["admin_unit"].finditer(text):
        if name := registry_name(m.group(1), m.group(2)):
            found.append((m.start(), m.start(2) + len(name)))
    return found


def find_provinces(text: str) -> list[tuple[int, int]]:
    """(start, end) of each province or city the registry knows, named without a level word."""
    from ie.linking.registry import Registry

    registry = Registry.load()
    before = cues()["province_before"]
    found = []
    for m in cues()["capital_run"].finditer(text):
        words = m.group(0).split(" ")
        offsets = [m.start() + len(" ".join(words[:i])) + (1 if i else 0) for i in range(len(words))]
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + 4), i, -1):
                if registry.province_key(" ".join(words[i:j])) and before.search(text, max(0, offsets[i] - 12), offsets[i]):
                    found.append((offsets[i], offsets[i] + len(" ".join(words[i:j]))))
                    i = j
                    break
            else:
                i += 1
    return found


class GazetteerStage:
    def __init__(self) -> None:
        extensions.register()

    def __call__(self, doc: Doc) -> Doc:
        text = extensions.doc_text(doc)
        norm = doc._.normalized or normalize(text)  # set by the tokenizer
        found = []
        for a, b in sorted(find_admin_units(norm.text) + find_provinces(norm.text)):
            start, end = norm.to_original(a, b)
            found.append(Entity(id="", start=start, end=end, label="ADMIN_UNIT", text=text[start:end], score=1.0, source="gazetteer"))
        doc._.gazetteer_matches = found
        return doc


@Language.factory("ie_gazetteer", assigns=["doc._.gazetteer_matches"])
def make_gazetteer_stage(nlp: Language, name: str) -> GazetteerStage:
    return GazetteerStage()
