"""The reference's side of `make diff-reference`: one long-lived bioimageio.spec process.

Reads NDJSON requests on stdin, one a line, and writes one NDJSON answer a line to stdout, in the same order:
  {"id": ..., "name": "rdf.yaml", "text": "...", "modes": ["discover", "latest"], "op": "validate"}
  -> {"id": ..., "parse": null | {"type": "ConstructorError", "msg": "..."},
      "discover": {status, type, format_version, errors: [{loc, msg, type}], warnings: [{loc, msg, severity}]},
      "latest": {...}}
  op "update": update_format(content) instead of build_description; its answer adds "dump": the updated description
  dumped as the reference writes it (exclude_defaults), or null when it is invalid.
The text is read as the reference reads a file (its YAML 1.2 loader, the same for .json files), then built as
load_description builds it, IO checks off. A crash of the reference is answered as {"crash": "..."}.
Run with the reference's python: TARGET/refpy reference_batch.py (TARGET as made by setup.sh).
"""

import copy
import json
import math
import resource
import signal
import sys
import tempfile
import traceback
import warnings
from pathlib import Path


def verdict(summary):
    return {
        "status": summary.status,
        "type": summary.type,
        "format_version": summary.format_version,
        "errors": [{"loc": list(e.loc), "msg": e.msg, "type": e.type} for d in summary.details for e in d.errors],
        "warnings": [
            {"loc": list(w.loc), "msg": w.msg, "severity": w.severity} for d in summary.details for w in d.warnings
        ],
    }


def jsonable(value):
    """A dumped description as JSON: infinities and NaN as the strings YAML would write."""
    if isinstance(value, float) and (math.isinf(value) or math.isnan(value)):
        return ".inf" if value > 0 else "-.inf" if value < 0 else ".nan"
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout("the reference took longer than 20 s")


def main():
    warnings.simplefilter("ignore")
    # a case that makes the reference loop or allocate without end is answered as a crash, not waited for
    signal.signal(signal.SIGALRM, on_alarm)
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
    from loguru import logger

    logger.remove()  # the spec logs conversions at INFO to stderr
    from bioimageio.spec import ValidationContext, build_description, dump_description, update_format
    from bioimageio.spec._internal import io_utils
    from bioimageio.spec._internal.io_utils import _sanitize_bioimageio_yaml, read_yaml
    from ruyaml import YAML

    root = Path(tempfile.mkdtemp(prefix="bioimageio-reference-"))
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        answer = {"id": request["id"], "parse": None}
        signal.alarm(20)
        try:
            # a fresh loader per document, as in a process of its own: the reference's shared loader keeps the
            # YAML version of a `%YAML 1.1` directive for every later document
            io_utils._yaml_load = YAML(typ="safe")
            try:
                content = _sanitize_bioimageio_yaml(read_yaml(request["text"]))
            except Exception as e:  # the reference raises: there is no summary
                answer["parse"] = {"type": type(e).__name__, "msg": str(e)}
                content = None
            if content is not None:
                name = request.get("name", "rdf.yaml")
                context = ValidationContext(
                    root=root, file_name=name, original_source_name=str(root / name), perform_io_checks=False
                )
                if request.get("op") == "update":
                    with context:
                        descr = update_format(copy.deepcopy(content))
                    answer["latest"] = verdict(descr.validation_summary)
                    valid = descr.validation_summary.status != "failed"
                    answer["dump"] = jsonable(dump_description(descr, exclude_defaults=True)) if valid else None
                else:
                    for mode in request.get("modes", ["discover", "latest"]):
                        descr = build_description(copy.deepcopy(content), context=context, format_version=mode)
                        answer[mode] = verdict(descr.validation_summary)
        except (Exception, Timeout, MemoryError):
            answer = {"id": request["id"], "crash": traceback.format_exc(limit=-3)}
        finally:
            signal.alarm(0)
        out.write(json.dumps(answer, ensure_ascii=True, default=str) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
