"""mlcroissant's static analysis of Croissant documents (the reference side of `make diff-reference-croissant`).

Needs mlcroissant 1.1 importable (/work/shared/tools/reference/copick/setup.sh builds it; `source ENV/env.sh`).

    python3 croissant_oracle.py < cases.jsonl > verdicts.jsonl

reads JSON lines {"doc": <metadata.json content>} and writes one JSON line per case:

    {"errors": [...], "warnings": [...], "raised": bool, "version"?: str, "crash"?: str}

It runs what `mlc.Dataset(jsonld=doc)` runs (the JSON-LD expansion, the nodes, the structure graph, then the
operation graph; each stage that finds errors raises mlcroissant's ValidationError), keeping the Context to read
every issue it collected, with its node's context, as `Issues.report()` prints them.
"""

import json
import logging
import sys

logging.disable(logging.CRITICAL)

from mlcroissant._src import datasets  # noqa: E402
from mlcroissant._src.core.context import Context  # noqa: E402
from mlcroissant._src.core.issues import ValidationError  # noqa: E402
from mlcroissant._src.structure_graph.nodes.metadata import Metadata  # noqa: E402


def verdict(doc):
    ctx = Context()
    out = {"raised": False}
    try:
        metadata = Metadata.from_json(ctx=ctx, json_=doc)
        datasets.get_operations(ctx, metadata)
        out["version"] = str(metadata.ctx.conforms_to.value) if metadata.ctx.conforms_to else None
    except ValidationError:
        out["raised"] = True
    except Exception as exc:  # a crash of the reference: recorded, compared as such
        out["crash"] = f"{type(exc).__name__}: {exc}"[:500]
    out["errors"] = sorted(ctx.issues.errors)
    out["warnings"] = sorted(ctx.issues.warnings)
    return out


def main():
    for line in sys.stdin:
        if line.strip():
            sys.stdout.write(json.dumps(verdict(json.loads(line)["doc"]), ensure_ascii=False) + "\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
