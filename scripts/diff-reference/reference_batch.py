"""The reference's side of `make diff-reference`: one long-lived bioimageio.spec process.

Reads NDJSON requests on stdin, one a line, and writes one NDJSON answer a line to stdout, in the same order:
  {"id": ..., "name": "rdf.yaml", "text": "...", "modes": ["discover", "latest"], "op": "validate"}
  -> {"id": ..., "parse": null | {"type": "ConstructorError", "msg": "..."},
      "discover": {status, type, format_version, errors: [{loc, msg, type}], warnings: [{loc, msg, severity}]},
      "latest": {...}}
  op "update": update_format(content) instead of build_description; its answer adds "dump": the updated description
  dumped as the reference writes it (exclude_defaults), or null when it is invalid.
The text is read as the reference reads a file (its YAML 1.2 loader, the same for .json files), then built as
load_description builds it, IO checks off. A crash of the reference is answered as {"crash": "..."}, a document
that takes more than 20 s of CPU time as {"lost": "..."}; a request's "cpu_seconds" raises that limit (the harness
asks a lost document again with a larger one, so that the few slow documents are settled too).
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


def both_modes(content, context, modes):
    """discover and latest as build_description answers them, without validating the same thing twice.

    build_description(format_version="latest") loads the document as its own format version first, exactly as
    discover mode does, then (when that is not the latest class) as the latest class, prepending the first load's
    details. So latest's answer is discover's when the classes are the same, else discover's entries followed by
    one load as the latest class. `"plain": true` in a request builds each mode on its own, to check this.
    """
    from bioimageio.spec import build_description
    from bioimageio.spec._description import _get_rd_class

    discover = build_description(copy.deepcopy(content), context=context, format_version="discover")
    answers = {"discover": verdict(discover.validation_summary)}
    if "latest" not in modes:
        return answers
    well_formed = isinstance(content, dict) and all(isinstance(content.get(k), str) for k in ("type", "format_version"))
    if not well_formed:
        latest = build_description(copy.deepcopy(content), context=context, format_version="latest")
        answers["latest"] = verdict(latest.validation_summary)
        return answers
    as_class = _get_rd_class(content["type"], "latest", False)
    if as_class is _get_rd_class(content["type"], content["format_version"], True):
        answers["latest"] = answers["discover"]
        return answers
    latest = verdict(as_class.load(copy.deepcopy(content), context=context).validation_summary)
    latest["errors"] = answers["discover"]["errors"] + latest["errors"]
    latest["warnings"] = answers["discover"]["warnings"] + latest["warnings"]
    answers["latest"] = latest
    return answers


class Timeout(BaseException):
    """Not an Exception: the reference's own `except Exception` must not turn it into a validation error."""


DEFAULT_CPU_SECONDS = 20


def on_alarm(signum, frame):
    raise Timeout("the reference took too long")


def main():
    warnings.simplefilter("ignore")
    # a case that makes the reference loop without end is answered as lost, not waited for; CPU time, not wall
    # time, so that a loaded machine does not make a slow case time out
    signal.signal(signal.SIGPROF, on_alarm)
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
        cpu_seconds = request.get("cpu_seconds", DEFAULT_CPU_SECONDS)
        signal.setitimer(signal.ITIMER_PROF, cpu_seconds)
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
                elif request.get("plain"):
                    for mode in request.get("modes", ["discover", "latest"]):
                        descr = build_description(copy.deepcopy(content), context=context, format_version=mode)
                        answer[mode] = verdict(descr.validation_summary)
                else:
                    answer.update(both_modes(content, context, request.get("modes", ["discover", "latest"])))
        except Timeout:
            answer = {"id": request["id"], "lost": f"the reference took more than {cpu_seconds} s of CPU time"}
        except (Exception, MemoryError):
            answer = {"id": request["id"], "crash": traceback.format_exc(limit=-3)}
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
        out.write(json.dumps(answer, ensure_ascii=True, default=str) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
