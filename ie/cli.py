"""The ``ie`` command."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _cmd_check_markup(args: argparse.Namespace) -> int:
    from ie.io.markup import MarkupError, parse

    failed = 0
    for name in args.files:
        path = Path(name)
        try:
            sec = parse(path.read_text(encoding="utf-8"), base=Path(args.base))
        except MarkupError as exc:
            failed += 1
            for problem in exc.problems:
                print(f"{name}: {problem}")
            continue
        except OSError as exc:
            failed += 1
            print(f"{name}: cannot read: {exc}")
            continue
        counts: dict[str, int] = {}
        for ent in sec.document.entities:
            counts[ent.label] = counts.get(ent.label, 0) + 1
        rels: dict[str, int] = {}
        for rel in sec.document.relations:
            rels[rel.label] = rels.get(rel.label, 0) + 1
        print(f"{name}: OK {len(sec.document.entities)} entities {dict(sorted(counts.items()))} "
              f"{len(sec.document.relations)} relations {dict(sorted(rels.items()))}")
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ie", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ann = sub.add_parser("annotate", help="the annotation workflow")
    ann_sub = ann.add_subparsers(dest="annotate_command", required=True)
    chk = ann_sub.add_parser("check-markup", help="check inline-markup sections against their sources")
    chk.add_argument("files", nargs="+")
    chk.add_argument("--base", default=".", help="folder the 'source:' paths are relative to (default: the current folder)")
    chk.set_defaults(func=_cmd_check_markup)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
