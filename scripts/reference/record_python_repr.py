"""Records repr() of one-character strings (Python 3.11, the reference's interpreter, Unicode 14.0.0) into
test/fixtures/python-repr/characters.json: every character where str.isprintable() changes, and the one before it
(so every printable/escaped boundary of the whole code space), as [code point, repr] pairs.

Run: python3 scripts/reference/record_python_repr.py (with the reference's interpreter)
"""

import json
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "test" / "fixtures" / "python-repr" / "characters.json"

points = set()
for code in range(1, 0x110000):
    if chr(code).isprintable() != chr(code - 1).isprintable():
        points.update((code - 1, code))
entries = [[code, repr(chr(code))] for code in sorted(points)]
OUT.write_text(
    json.dumps({"python": sys.version.split()[0], "unicode": unicodedata.unidata_version, "characters": entries}, indent=0)
    + "\n",
    "utf-8",
)
print(f"{len(entries)} characters -> {OUT}")
