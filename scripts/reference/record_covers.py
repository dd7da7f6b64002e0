"""Writes the test tensors of test/fixtures/covers/ and records the covers the reference makes of them.

Each case is a model's first input and first output: axes (as in an rdf.yaml) and a test tensor (.npy). The
reference's `generate_covers` (bioimageio.spec model/v0_5.py, what `_add_default_cover` runs with IO checks on)
gets them; REFERENCE.json maps each case to the arrays it gave `imwrite` (name, shape, sha256 of the bytes) and
the shape and sha256 of what `imageio.v3.imread` reads back from each PNG, or to the message of its failure (as the
warning says it).
usage: refpy scripts/reference/record_covers.py OUT_DIR   (refpy: the reference's python with Pillow's libraries)
The reference's setup lacks these Debian packages; add them to its root once (TARGET as made by setup.sh):
  (cd "$(mktemp -d)" && apt-get download libimagequant0 libraqm0 && for d in *.deb; do dpkg -x "$d" TARGET/root; done)
and run it with LD_LIBRARY_PATH=TARGET/root/usr/lib/x86_64-linux-gnu
"""

import hashlib
import json
import sys
from pathlib import Path

import numpy as np
from imageio.v3 import imread

import bioimageio.spec.model.v0_5 as v0_5
from bioimageio.spec.model.v0_5 import InputTensorDescr, OutputTensorDescr, TensorId

AXIS_CLASSES = {
    "input": {
        "batch": v0_5.BatchAxis,
        "channel": v0_5.ChannelAxis,
        "index": v0_5.IndexInputAxis,
        "space": v0_5.SpaceInputAxis,
        "time": v0_5.TimeInputAxis,
    },
    "output": {
        "batch": v0_5.BatchAxis,
        "channel": v0_5.ChannelAxis,
        "index": v0_5.IndexOutputAxis,
        "space": v0_5.SpaceOutputAxis,
        "time": v0_5.TimeOutputAxis,
    },
}


def axis(kind, spec, size):
    spec = dict(spec)
    if spec["type"] == "channel":
        spec.setdefault("channel_names", [f"c{i}" for i in range(size)])
    elif spec["type"] != "batch":
        spec.setdefault("size", size)
    cls = AXIS_CLASSES[kind][spec.pop("type")]
    return cls(**spec)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(16)
    cases = {}

    def case(name, ipt, ipt_axes, opt, opt_axes, fortran=False):
        tensors = {}
        for kind, array, axes in (("input", ipt, ipt_axes), ("output", opt, opt_axes)):
            if array is None:
                continue
            file = f"{name}.{kind}.npy"
            np.save(out / file, np.asfortranarray(array) if fortran else array)
            tensors[kind] = {"file": file, "axes": axes}
        cases[name] = tensors

    f32 = lambda *shape: rng.random(shape, dtype="float32") * 10 - 2  # noqa: E731
    space = lambda i: {"type": "space", "id": i}  # noqa: E731
    b, c, t = {"type": "batch"}, {"type": "channel"}, {"type": "time"}
    case("bcyx-same", f32(1, 1, 24, 40), [b, c, space("y"), space("x")], f32(1, 1, 24, 40), [b, c, space("y"), space("x")])
    case("bcyx-square", f32(1, 1, 32, 32), [b, c, space("y"), space("x")], f32(1, 1, 32, 32), [b, c, space("y"), space("x")])
    case("bcyx-different", f32(1, 1, 24, 40), [b, c, space("y"), space("x")], f32(1, 1, 12, 20), [b, c, space("y"), space("x")])
    case("yx-float64", rng.random((20, 30)), [space("y"), space("x")], rng.random((30, 20)), [space("y"), space("x")])
    case("rgb-first-vs-two", f32(1, 3, 20, 30), [b, c, space("y"), space("x")], f32(1, 2, 20, 30), [b, c, space("y"), space("x")])
    case("rgb-first-frames", f32(1, 3, 20, 30), [b, c, space("y"), space("x")], f32(1, 3, 10, 30), [b, c, space("y"), space("x")])
    case("channels-last", f32(1, 20, 30, 3), [b, space("y"), space("x"), c], f32(1, 20, 30, 4), [b, space("y"), space("x"), c])
    two = rng.integers(0, 256, (1, 20, 30, 2), dtype="uint8")
    case("uint8-two-channels-last", two, [b, space("y"), space("x"), c], two[..., :1], [b, space("y"), space("x"), c])
    big = rng.integers(30000, 32767, (2, 16, 24, 2), dtype="int16")
    case("int16-wraps", big, [b, space("y"), space("x"), c], big[:, :8], [b, space("y"), space("x"), c])
    case("uint8-two-channels-first", two.transpose(0, 3, 1, 2).copy(), [b, c, space("y"), space("x")], f32(1, 1, 20, 30), [b, c, space("y"), space("x")])
    case("bczyx", f32(1, 1, 8, 20, 30), [b, c, space("z"), space("y"), space("x")], f32(1, 1, 8, 20, 30), [b, c, space("z"), space("y"), space("x")])
    case("bzyx", f32(1, 12, 20, 30), [b, space("z"), space("y"), space("x")], f32(1, 12, 20, 30), [b, space("z"), space("y"), space("x")])
    # z not first: the reference slices the first axis by z's size
    case("yzx", f32(20, 12, 30), [space("y"), space("z"), space("x")], f32(20, 12, 30), [space("y"), space("z"), space("x")])
    case("yzx-short-first", f32(6, 30, 20), [space("y"), space("z"), space("x")], f32(6, 30, 20), [space("y"), space("z"), space("x")])
    case("batch-of-4", f32(4, 1, 20, 30), [b, c, space("y"), space("x")], f32(4, 1, 20, 30), [b, c, space("y"), space("x")])
    case("time", f32(1, 6, 20, 30), [b, t, space("y"), space("x")], f32(1, 6, 20, 30), [b, t, space("y"), space("x")])
    case("index", f32(1, 7, 20), [b, {"type": "index"}, space("x")], f32(1, 7, 20), [b, {"type": "index"}, space("x")])
    case("two-channel-axes", f32(1, 3, 2, 20, 30), [b, c, {"type": "channel", "id": "c2"}, space("y"), space("x")], f32(1, 1, 20, 30), [b, c, space("y"), space("x")])
    case("classification", f32(1, 1, 20, 30), [b, c, space("y"), space("x")], f32(1, 5), [b, c])
    case("constant", np.full((1, 1, 20, 30), 3.0, dtype="float32"), [b, c, space("y"), space("x")], f32(1, 1, 20, 30), [b, c, space("y"), space("x")])
    case("fortran-order", f32(1, 1, 24, 40), [b, c, space("y"), space("x")], f32(1, 1, 24, 40), [b, c, space("y"), space("x")], fortran=True)
    case("bool", rng.random((1, 20, 30)) > 0.5, [b, space("y"), space("x")], f32(1, 20, 30), [b, space("y"), space("x")])
    case("no-output", f32(1, 1, 20, 30), [b, c, space("y"), space("x")], None, None)
    # frames along y whose rows come in equal pairs: Pillow writes one APNG frame of each run of equal frames
    pairs = np.repeat(f32(1, 3, 10, 30), 2, axis=2)
    case("rgb-first-frames-repeated", pairs, [b, c, space("y"), space("x")], f32(1, 3, 5, 30), [b, c, space("y"), space("x")])

    written = []
    original_imwrite = v0_5.imwrite

    def imwrite(path, array):
        written.append({"name": Path(path).name, "shape": list(array.shape), "sha256": hashlib.sha256(np.ascontiguousarray(array).tobytes()).hexdigest()})
        return original_imwrite(path, array)

    v0_5.imwrite = imwrite
    reference = {}
    for name, tensors in cases.items():
        written.clear()
        pairs = {}
        for kind, cls in (("input", InputTensorDescr), ("output", OutputTensorDescr)):
            if kind not in tensors:
                pairs[kind] = []
                continue
            array = np.load(out / tensors[kind]["file"])
            axes = [axis(kind, a, s) for a, s in zip(tensors[kind]["axes"], array.shape)]
            descr = cls.model_construct(id=TensorId(kind + "s"), axes=axes)
            pairs[kind] = [(descr, array)]
        try:
            covers = v0_5.generate_covers(pairs["input"], pairs["output"])
        except Exception as e:
            reference[name] = {**tensors, "error": str(e)}
            continue
        for entry, path in zip(written, covers):
            read = imread(path)
            entry["read_shape"] = list(read.shape)
            entry["read_sha256"] = hashlib.sha256(np.ascontiguousarray(read).tobytes()).hexdigest()
        reference[name] = {**tensors, "covers": list(written)}
    (out / "REFERENCE.json").write_text(json.dumps(reference, indent=1) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
