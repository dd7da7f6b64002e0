"""fractal-server's verdict on manifests, from its own models (the reference side of `make diff-reference-fractal`).

Needs the tree fractal-setup.sh writes on PYTHONPATH (python3 3.11 with pydantic 2.13).

    python3 fractal_oracle.py WORK_DIR < cases.jsonl > verdicts.jsonl

reads JSON lines and writes one JSON line per case:

    in:  {"doc": <manifest>, "version": "1" | "2" | null, "collection": bool, "files": [<relative path>] | null}
    out: {"version": "1" | "2", "errors": [{loc, msg, type}], "crash"?: str, "manifest"?: {...}, "root"?: <dir>,
          "collection"?: {"task": i, "errors": [...]} | {"tasks": [{...}]}, "missing"?: {"task": i, "msg": str}}

With `files`, the package is installed as WORK_DIR/<line number>/pkg holding those (empty) files, and the
executables are checked there (`root`).

`version` null reads the manifest as the two servers chose: version 1 when `str(manifest_version) == "1"`
(fractal-server 2.11's task collection), version 2 otherwise (today's server has only ManifestV2). Version 2
runs `ManifestV2(**doc)`, then, as task collection does, one `TaskCreate` per task (prepare_tasks_metadata: the
errors of the first task that fails) and, with `root`, check_task_files_exist. Version 1 runs pydantic v1's
`ManifestV1(**doc)` (fractal-server 2.11), then per task the executable's existence (with `root`) and
`TaskCreateV1`, as create_package_environment_pip does. Where ManifestV1's root validator crashed on fields that
failed (a KeyError), the verdict is the field errors and the crash is recorded.
"""

import json
import logging
import sys
from pathlib import Path

import pydantic.v1
from pydantic import ValidationError

from fractal_server.app.schemas.v2.manifest import ManifestV2
from fractal_server.app.schemas.v2.task import TaskCreate
from fractal_server_211.app.schemas.v1.manifest import ManifestV1
from fractal_server_211.app.schemas.v1.task import TaskCreateV1

logging.disable(logging.WARNING)  # TaskCreate's deprecation warning for tasks without a type

PYTHON = "/venv/bin/python"
PACKAGE_VERSION = "1.0.0"
DEFAULT_ROOT = "/root"


def errors(exc):
    return [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in exc.errors()]


def jsonable(value):
    return json.loads(json.dumps(value, default=str))


def collect_v2(manifest, root):
    """prepare_tasks_metadata, then check_task_files_exist (fractal_server/tasks/v2)."""
    tasks = []
    for task in manifest.task_list:
        attributes = {"version": PACKAGE_VERSION}
        if manifest.has_args_schemas:
            attributes["args_schema_version"] = manifest.args_schema_version
        for side in ("non_parallel", "parallel"):
            executable = getattr(task, f"executable_{side}")
            if executable is not None:
                attributes[f"command_{side}"] = f"{PYTHON} {(Path(root or DEFAULT_ROOT) / executable).as_posix()}"
        dumped = task.model_dump(exclude={"executable_non_parallel", "executable_parallel"})
        try:
            tasks.append(TaskCreate(**dumped, **attributes, authors=manifest.authors))
        except ValidationError as exc:
            return {"collection": {"task": len(tasks), "errors": errors(exc)}}
    out = {"collection": {"tasks": [jsonable(t.model_dump()) for t in tasks]}}
    if root is not None:
        for i, task in enumerate(tasks):
            for side in ("non_parallel", "parallel"):
                command = getattr(task, f"command_{side}")
                if command is not None and not Path(command.split()[-1]).exists():
                    out["missing"] = {
                        "task": i,
                        "side": side,
                        "msg": f"Task `{task.name}` has `command_{side}` pointing to missing file `{command.split()[-1]}`.",
                    }
                    return out
    return out


def verdict_v2(doc, collection, root):
    try:
        manifest = ManifestV2(**doc) if isinstance(doc, dict) else ManifestV2.model_validate(doc)
    except ValidationError as exc:
        return {"errors": errors(exc)}
    out = {"errors": [], "manifest": jsonable(manifest.model_dump())}
    if collection or root is not None:
        out.update(collect_v2(manifest, root))
    return out


class ManifestV1FieldsOnly(ManifestV1):
    """The fields of ManifestV1 without its root validator."""


ManifestV1FieldsOnly.__post_root_validators__ = []


def collect_v1(manifest, root):
    """create_package_environment_pip (fractal_server/tasks/v1/background_operations.py at 2.11.1)."""
    tasks = []
    for task in manifest.task_list:
        executable = Path(root or DEFAULT_ROOT) / task.executable
        if root is not None and not executable.exists():
            return {"missing": {"task": len(tasks), "msg": f"Cannot find executable `{executable}` for task `{task.name}`"}}
        attributes = {"args_schema_version": manifest.args_schema_version} if manifest.has_args_schemas else {}
        try:
            created = TaskCreateV1(
                **task.dict(),
                command=f"{PYTHON} {executable.as_posix()}",
                version=PACKAGE_VERSION,
                **attributes,
                source="pip_remote:pkg:1.0.0::",
            )
        except pydantic.v1.ValidationError as exc:
            return {"collection": {"task": len(tasks), "errors": errors(exc)}}
        tasks.append(json.loads(created.json(exclude={"source", "command", "version"})))
    return {"collection": {"tasks": tasks}}


def verdict_v1(doc, collection, root):
    try:
        manifest = ManifestV1(**doc)
    except pydantic.v1.ValidationError as exc:
        return {"errors": errors(exc)}
    except KeyError as exc:
        try:
            ManifestV1FieldsOnly(**doc)
        except pydantic.v1.ValidationError as fields:
            return {"errors": errors(fields), "crash": f"KeyError: {exc}"}
        raise
    except TypeError as exc:
        # ManifestV1(**doc) of something that is not a mapping: the server never got that far (json.load, then
        # manifest_dict["manifest_version"] failed first).
        return {"errors": [], "crash": f"TypeError: {exc}"}
    out = {"errors": [], "manifest": json.loads(manifest.json())}
    if collection or root is not None:
        out.update(collect_v1(manifest, root))
    return out


def chosen_version(doc):
    if isinstance(doc, dict) and "manifest_version" in doc and str(doc["manifest_version"]) == "1":
        return "1"
    return "2"


def install(root, files):
    """The package's files (those inside it that a file system can hold)."""
    root.mkdir(parents=True, exist_ok=True)
    for name in files:
        path = root / name
        if path.is_absolute() and not path.is_relative_to(root) or ".." in Path(name).parts:
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch()
        except (OSError, ValueError):
            pass
    return root.as_posix()


def verdict(case, work=None):
    doc = case["doc"]
    version = case.get("version") or chosen_version(doc)
    run = verdict_v1 if version == "1" else verdict_v2
    root = install(Path(work) / "pkg", case["files"]) if case.get("files") is not None else None
    out = run(doc, case.get("collection", False), root)
    return {"version": version, **({"root": root} if root else {}), **out}


def main():
    work = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    for n, line in enumerate(sys.stdin):
        if line.strip():
            case = json.loads(line)
            if case.get("files") is not None and work is None:
                sys.exit("fractal_oracle.py: cases with files need a WORK_DIR argument")
            result = verdict(case, work / str(n) if work else None)
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
