"""Records how pydantic (the reference's EmailStr: pydantic.networks.validate_email with email-validator 2.3) judges
the addresses of test/fixtures/python-email/cases.json: null when it takes one, else the reason it gives after
"value is not a valid email address: ". Writes answers.json beside it.

The cases are written by this script too (`--cases`): hand-picked ones and seeded random strings over an alphabet
of the characters the checks treat apart. Run with the reference's interpreter:
  refpy scripts/reference/record_emails.py [--cases]
"""

import json
import random
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[2] / "test" / "fixtures" / "python-email"

PICKED = [
    "a@b.c", "a@example.com", "qin.yu@embl.de", " qin.yu@embl.de ", '"qin.yu@embl.de "', "I@", "@x.org", "a@b",
    "a@b.", "a@.b", "a..b@c.de", ".a@c.de", "a.@c.de", "a@-b.de", "a@b-.de", "a@b.-de", "a@ab--c.de", "a@xn--80ak6aa92e.com",
    "UyDHPP&@/", "DG@,KC", "Z@crw)FR", "$~K@Sb2^Z.", "+H6@#Y3<t]", "O>@08KU", "Ks.]@", ")V5B;2T@D", "<jFZQYjm2\"",
    "V@\\-6RxFX", "Z_#@$b!", "'\"\\)4 \"<@}'", "John Doe <john@doe.org>", "\"John\" <john@doe.org>", "<john@doe.org>",
    "John <john@doe.org> x", "John <john@doe.org", "Jo.hn <john@doe.org>", "a b@c.de", "\"a b\"@c.de", "a@b c.de",
    "a@[1.2.3.4]", "a@localhost", "a@x.local", "a@x.test", "a@x.123", "ü@x.de", "a@ü.de", "a@Ü.DE", "a@b\u200b.de",
    "a\tb@c.de", "a@b\u00a0c.de", "a@b.de\n", "a＠b.de", "a﹫b.de", "a" * 70 + "@b.de", "a@" + "b" * 70 + ".de",
    "a@" + ".".join(["b" * 60] * 5) + ".de", "x" * 250 + "@b.de", "A@B.COM", "a@b.c0", "a@1.2", "a@b_c.de",
]
ALPHABET = list("abcXYZ019._-+@@@..<>\"\\ ()[],;:!#$%&'*/=?^`{|}~") + ["ü", "ß", "\u00a0", "\u200b", "é", "\t"]


def cases():
    rng = random.Random(16)
    out = list(PICKED)
    for _ in range(600):
        n = rng.randint(1, 14)
        text = "".join(rng.choice(ALPHABET) for _ in range(n))
        if rng.random() < 0.6 and "@" not in text:
            text = text[: n // 2] + "@" + text[n // 2 :]
        out.append(text)
    return out


def main(argv):
    if "--cases" in argv:
        (FOLDER / "cases.json").write_text(json.dumps(cases(), indent=0, ensure_ascii=False) + "\n", "utf-8")
    from pydantic import TypeAdapter, ValidationError
    from pydantic.networks import EmailStr

    adapter = TypeAdapter(EmailStr)
    prefix = "value is not a valid email address: "
    answers = []
    for case in json.loads((FOLDER / "cases.json").read_text("utf-8")):
        try:
            adapter.validate_python(case)
            answers.append({"email": case, "reason": None})
        except ValidationError as e:
            msg = e.errors()[0]["msg"]
            answers.append({"email": case, "reason": msg[len(prefix):] if msg.startswith(prefix) else msg})
    (FOLDER / "answers.json").write_text(json.dumps(answers, indent=0, ensure_ascii=False) + "\n", "utf-8")
    print(f"{len(answers)} addresses -> {FOLDER / 'answers.json'}")


if __name__ == "__main__":
    main(sys.argv[1:])
