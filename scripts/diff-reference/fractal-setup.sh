#!/usr/bin/env bash
# The reference for `make diff-reference-fractal`: fractal-server's manifest and task models, runnable with the
# machine's python3 (3.11, pydantic 2.13) without a database or PyPI. Not part of `make test` or CI.
#
#   MIRROR_ROOT=<folder with fractal-analytics-platform+fractal-server/repo, a bare git mirror> \
#     scripts/diff-reference/fractal-setup.sh [TARGET]        (default ${TMPDIR:-/tmp}/refs/fractal; idempotent)
#
# TARGET/fractal_server      the server at 931d0d46 (2.24.2+): types/, urls.py, string_tools.py,
#                            app/schemas/v2/{manifest,task}.py; empty package __init__s and a logging stand-in for
#                            fractal_server/logger (the real one configures handlers and a database-free import is
#                            all we need)
# TARGET/fractal_server_211  fractal-server 2.11.1, the last release that read version-1 manifests:
#                            app/schemas/_validators.py, app/schemas/v1/{manifest,task}.py, with `pydantic` read as
#                            `pydantic.v1` (2.11 was written for pydantic 1)
# Then: PYTHONPATH=TARGET python3 scripts/diff-reference/fractal_oracle.py
set -euo pipefail
T=${1:-${TMPDIR:-/tmp}/refs/fractal}
HEAD_REF=931d0d46cdfefb3d383d768f7eebb6dc270c21a2
V1_REF=2.11.1
if [ -z "${MIRROR_ROOT:-}" ]; then
  echo "fractal-setup.sh: set MIRROR_ROOT to the folder holding fractal-analytics-platform+fractal-server/repo" >&2
  exit 2
fi
G="$MIRROR_ROOT/fractal-analytics-platform+fractal-server/repo"
git --git-dir="$G" rev-parse -q --verify "$HEAD_REF^{commit}" >/dev/null || { echo "fractal-setup.sh: $G lacks $HEAD_REF" >&2; exit 2; }
git --git-dir="$G" rev-parse -q --verify "$V1_REF^{commit}" >/dev/null || { echo "fractal-setup.sh: $G lacks tag $V1_REF" >&2; exit 2; }
rm -rf "$T/fractal_server" "$T/fractal_server_211"
mkdir -p "$T"
git --git-dir="$G" archive "$HEAD_REF" fractal_server/types fractal_server/urls.py fractal_server/string_tools.py \
  fractal_server/app/schemas/v2/manifest.py fractal_server/app/schemas/v2/task.py | tar -x -C "$T"
for d in "" app app/schemas app/schemas/v2; do touch "$T/fractal_server/$d/__init__.py"; done
mkdir -p "$T/fractal_server/logger"
printf 'import logging\n\n\ndef set_logger(name, **_):\n    return logging.getLogger(name)\n' >"$T/fractal_server/logger/__init__.py"

mkdir -p "$T/v211"
git --git-dir="$G" archive "$V1_REF" fractal_server/app/schemas/_validators.py fractal_server/app/schemas/v1/manifest.py \
  fractal_server/app/schemas/v1/task.py | tar -x -C "$T/v211"
mv "$T/v211/fractal_server" "$T/fractal_server_211" && rmdir "$T/v211"
for d in "" app app/schemas app/schemas/v1; do touch "$T/fractal_server_211/$d/__init__.py"; done
sed -i -E 's/^from pydantic import /from pydantic.v1 import /' "$T"/fractal_server_211/app/schemas/v1/*.py
PYTHONPATH="$T" python3 -W ignore -c '
import pydantic
from fractal_server.app.schemas.v2.manifest import ManifestV2
from fractal_server.app.schemas.v2.task import TaskCreate
from fractal_server_211.app.schemas.v1.manifest import ManifestV1
from fractal_server_211.app.schemas.v1.task import TaskCreateV1
print("fractal-server models ready (pydantic", pydantic.VERSION + ")")'
echo "PYTHONPATH=$T"
