"""Records json.loads's answers (Python 3.11, the reference's interpreter) for test/fixtures/python-json/cases.json.

Each case is a text; the answer is the value (as JSON, NaN and infinities as strings) or the error, as
"<ExceptionName>: <message>". Run: python3 scripts/reference/record_python_json.py
"""

import json
import math
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[2] / "test" / "fixtures" / "python-json"


def jsonable(value):
    if isinstance(value, float) and (math.isinf(value) or math.isnan(value)):
        return repr(value)
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    return value


cases = json.loads((FOLDER / "cases.json").read_text("utf-8"))
answers = []
for text in cases:
    try:
        answers.append({"text": text, "value": jsonable(json.loads(text))})
    except Exception as e:  # the message is what is compared
        answers.append({"text": text, "error": f"{type(e).__name__}: {e}"})
(FOLDER / "REFERENCE.json").write_text(json.dumps(answers, indent=1) + "\n", "utf-8")
print(f"{len(answers)} answers")
