# The reference's side of bench/reference.ts: bioimageio.spec 0.5.7.2 timed in its own process, one figure per call,
# printed as one JSON line. Run with the reference's python (BIOIMAGEIO_REFERENCE_PYTHON, the refpy of its setup).
# usage: refpy figures.py validate-one FILE | bulk LISTFILE | in-memory FILE | update-format LISTFILE
#                         | sha256 FILE | package RDF OUT.zip
import json, sys, time, timeit, warnings
from pathlib import Path

warnings.simplefilter("ignore")
from loguru import logger

logger.remove()
import bioimageio.spec as spec
from bioimageio.spec._internal.io_basics import get_sha256
from bioimageio.spec._internal.io_utils import read_yaml


def per_call(fn, min_batch_s=0.2):
    """Seconds per call: the batch size doubled until a batch takes min_batch_s, then the best of 5 batches."""
    fn()
    n = 1
    while timeit.timeit(fn, number=n) < min_batch_s:
        n *= 2
    return min(timeit.repeat(fn, number=n, repeat=5)) / n


def lines(path):
    return [line.strip() for line in open(path) if line.strip()]


def main(figure, *args):
    if figure == "validate-one":
        summary = spec.load_description_and_validate_format_only(args[0], perform_io_checks=False)
        return {"status": summary.status}
    if figure == "bulk":
        paths = lines(args[0])
        start = time.perf_counter()
        for path in paths:
            spec.load_description_and_validate_format_only(path, format_version="discover", perform_io_checks=False)
        return {"n": len(paths), "seconds": time.perf_counter() - start}
    if figure == "in-memory":
        path = Path(args[0])
        content = read_yaml(path)
        context = spec.ValidationContext(root=path.parent, file_name=path.name, perform_io_checks=False)
        status = spec.build_description(content, context=context).validation_summary.status
        return {"status": status, "seconds": per_call(lambda: spec.build_description(content, context=context))}
    if figure == "update-format":
        total = 0.0
        paths = lines(args[0])
        for path in map(Path, paths):
            content = read_yaml(path)
            with spec.ValidationContext(root=path.parent, file_name=path.name, perform_io_checks=False):
                total += per_call(lambda: spec.update_format(content), 0.1)
        return {"n": len(paths), "seconds": total / len(paths)}
    if figure == "sha256":
        start = time.perf_counter()
        digest = get_sha256(Path(args[0]))
        return {"sha256": str(digest), "seconds": time.perf_counter() - start}
    if figure == "package":
        start = time.perf_counter()
        out = spec.save_bioimageio_package(Path(args[0]), output_path=Path(args[1]))
        return {"bytes": Path(out).stat().st_size, "seconds": time.perf_counter() - start}
    raise SystemExit(f"unknown figure {figure}")


print(json.dumps(main(*sys.argv[1:])))
