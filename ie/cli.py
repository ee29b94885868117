"""The ``ie`` command: extract, annotate, train, evaluate, serve.

Every subcommand imports what it needs when it runs; ``ie --help`` loads nothing.
"""

from __future__ import annotations

import argparse
import sys


def _extract(args: argparse.Namespace) -> int:
    from ie.batch import extract

    summary = extract(args.inputs, args.output, model=args.model, text_field=args.text_field,
                      id_field=args.id_field, quiet=args.quiet, workers=args.workers, engine=args.engine,
                      address=args.address, tables=args.tables, progress=not args.quiet)
    return 1 if summary.failures else 0


def _annotate(args: argparse.Namespace) -> int:
    from ie import annotate

    return int(getattr(annotate, "cmd_" + args.annotate_command.replace("-", "_"))(args) or 0)


def _train(args: argparse.Namespace) -> int:
    from ie.train import train_command

    return train_command(args)


def _pretrain(args: argparse.Namespace) -> int:
    from ie.pretrain import pretrain_command

    return pretrain_command(args)


def _evaluate(args: argparse.Namespace) -> int:
    from ie.evaluate import evaluate_command

    return evaluate_command(args)


def _serve(args: argparse.Namespace) -> int:
    from service.app import serve

    serve(host=args.host, port=args.port, workers=args.workers)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ie", description="Information extraction for Vietnamese administrative text.")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract entities and relations from files, folders, globs, JSONL/CSV or '-'",
                        epilog="exit status: 0 all inputs extracted; 1 some inputs have error records (this run or an "
                               "earlier one); 2 a usage, model, engine or busy-output error")
    ex.add_argument("inputs", nargs="+", help=".txt/.docx/.pdf files, folders (recursive), globs, .jsonl/.csv, or - for stdin")
    ex.add_argument("-o", "--output", help="JSONL output, appended. Rerunning the same command resumes: inputs already "
                    "there are skipped, failed ones too (error records are kept, not retried; delete a line to retry it). Default: stdout")
    ex.add_argument("--model", help="model directory (default: the shipped model)")
    ex.add_argument("--text-field", default="text", help="text column of JSONL/CSV inputs")
    ex.add_argument("--id-field", default="id", help="id column of JSONL/CSV inputs")
    ex.add_argument("--workers", type=int, default=1, help="processes (Ray actors with --engine ray), each loading the model once; 0: one per CPU")
    ex.add_argument("--engine", choices=["local", "ray"], default="local")
    ex.add_argument("--address", help="Ray cluster address (with --engine ray); default: a local Ray instance")
    ex.add_argument("--tables", help="also write entities/relations .parquet and .csv here, rebuilt from the whole output at the end")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    ex.set_defaults(func=_extract)

    ann = sub.add_parser("annotate", help="the annotation workflow")
    asub = ann.add_subparsers(dest="annotate_command", required=True)
    p = asub.add_parser("validate", help="check gold JSONL files against schema v1")
    p.add_argument("files", nargs="+")
    p = asub.add_parser("stats", help="counts per label, relation and split")
    p.add_argument("files", nargs="+")
    p.add_argument("--splits", default="annotations/splits.json")
    p = asub.add_parser("consistency", help="the same string labelled differently, or left unlabelled")
    p.add_argument("files", nargs="+")
    p.add_argument("--min-count", type=int, default=2)
    p = asub.add_parser("pre", help="pre-annotate raw documents for Label Studio and doccano")
    p.add_argument("inputs", nargs="+")
    p.add_argument("-o", "--output", required=True, help="Label Studio tasks JSON (doccano JSONL is written beside it)")
    p.add_argument("--model")
    p = asub.add_parser("import", help="Label Studio JSON / doccano JSONL / inline markup -> gold JSONL")
    p.add_argument("inputs", nargs="+")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--format", choices=["auto", "labelstudio", "doccano", "markup"], default="auto")
    p.add_argument("--base", default=".", help="folder that markup 'source:' paths are relative to")
    p = asub.add_parser("agreement", help="entity and relation P/R/F1 between two annotation sets")
    p.add_argument("a")
    p.add_argument("b")
    p = asub.add_parser("check-markup", help="check inline-markup sections against their sources")
    p.add_argument("files", nargs="+")
    p.add_argument("--base", default=".", help="folder the 'source:' paths are relative to")
    ann.set_defaults(func=_annotate)

    tr = sub.add_parser("train", help="train a model from a config file")
    tr.add_argument("config")
    tr.add_argument("-o", "--output", help="model directory (default: from the config)")
    tr.set_defaults(func=_train)

    pt = sub.add_parser("pretrain", help="pretrain the NER's token vectors on unlabeled text (the config's 'pretrain' section)")
    pt.add_argument("config")
    pt.add_argument("-o", "--output", help="weights file (default: from the config)")
    pt.set_defaults(func=_pretrain)

    ev = sub.add_parser("evaluate", help="per-label P/R/F1, confusions and worst errors of a model")
    ev.add_argument("model", help="model directory, or 'underthesea' for the baseline")
    ev.add_argument("--data", required=True, help="gold JSONL")
    ev.add_argument("--split", help="only documents of this split (from annotations/splits.json)")
    ev.add_argument("--splits", default="annotations/splits.json")
    ev.add_argument("--json", help="write the full report as JSON here")
    ev.set_defaults(func=_evaluate)

    sv = sub.add_parser("serve", help="run the extraction service")
    sv.add_argument("--host", help="default: IE_HOST or 127.0.0.1")
    sv.add_argument("--port", type=int, help="default: IE_PORT or 8000")
    sv.add_argument("--workers", type=int, help="default: IE_WORKERS or 1")
    sv.set_defaults(func=_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from ie.errors import IEError

    try:
        return int(args.func(args) or 0)
    except IEError as exc:
        print(f"ie: error {exc.code}: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
