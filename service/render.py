"""A Document as a small HTML page: entities highlighted by label, relations listed.

Every piece of the caller's text is HTML-escaped; nothing they send can become markup.

    >>> from ie.schema import Document, Entity
    >>> doc = Document(id="d", text="Tỉnh ủy <Lạng Sơn>", entities=[Entity(id="e0", start=0, end=7, label="ORG")])
    >>> "&lt;Lạng Sơn&gt;" in render_html(doc)
    True
"""

from __future__ import annotations

from html import escape

from ie.schema import LABELS, Document

#: one background colour per label, light enough for dark text
COLOURS: dict[str, str] = {
    "LEGAL_REF": "#fde68a",
    "ORG": "#bfdbfe",
    "ADMIN_UNIT": "#bbf7d0",
    "LOCATION": "#99f6e4",
    "PROJECT": "#fbcfe8",
    "PERSON": "#ddd6fe",
    "MONEY": "#fed7aa",
    "AREA": "#d9f99d",
    "PERCENT": "#fecaca",
    "DATE": "#e5e7eb",
}
assert set(COLOURS) == set(LABELS), "every label needs a colour"

STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.7;color:#111}
.text{white-space:pre-wrap;border:1px solid #ddd;padding:1rem;border-radius:.5rem}
mark{padding:.1em .2em;border-radius:.25em}
mark .label{font-size:.65em;font-weight:600;margin-left:.3em;opacity:.7}
.legend span{display:inline-block;margin:0 .5em .3em 0;padding:0 .4em;border-radius:.25em;font-size:.85em}
table{border-collapse:collapse}td,th{border-bottom:1px solid #eee;padding:.2em .6em;text-align:left}
"""


def _mark(doc: Document, entity_id: str) -> str:
    ent = doc.entity(entity_id)
    label = str(ent.label)
    return f'<mark style="background:{COLOURS[label]}">{escape(ent.text or "")}</mark> <small>{label}</small>'


def render_text(doc: Document) -> str:
    """The text with each entity wrapped in a coloured ``<mark>`` (entities never overlap in schema v1)."""
    parts: list[str] = []
    pos = 0
    for ent in sorted(doc.entities, key=lambda e: e.start):
        label = str(ent.label)
        parts.append(escape(doc.text[pos : ent.start]))
        parts.append(
            f'<mark id="{escape(ent.id)}" data-label="{label}" style="background:{COLOURS[label]}">'
            f'{escape(doc.text[ent.start : ent.end])}<span class="label">{label}</span></mark>'
        )
        pos = ent.end
    parts.append(escape(doc.text[pos:]))
    return "".join(parts)


def render_html(doc: Document) -> str:
    """A whole HTML page for one Document."""
    used = sorted({str(e.label) for e in doc.entities}, key=LABELS.index)
    legend = "".join(f'<span style="background:{COLOURS[label]}">{label}</span>' for label in used)
    rows = "".join(
        f"<tr><td>{_mark(doc, r.head)}</td><td>{escape(str(r.label))}</td><td>{_mark(doc, r.tail)}</td></tr>"
        for r in doc.relations
    )
    relations = (
        f"<table><thead><tr><th>head</th><th>relation</th><th>tail</th></tr></thead><tbody>{rows}</tbody></table>"
        if rows
        else "<p>No relations.</p>"
    )
    model = f"{doc.model.name} {doc.model.version}" if doc.model else ""
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>{escape(doc.id)}</title><style>{STYLE}</style></head><body>"
        f"<h1>{escape(doc.id)}</h1><p class=\"legend\">{legend}</p>"
        f'<div class="text">{render_text(doc)}</div>'
        f"<h2>Relations ({len(doc.relations)})</h2>{relations}"
        f"<p><small>{len(doc.entities)} entities · model {escape(model)}</small></p></body></html>"
    )
