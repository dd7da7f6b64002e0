"""Writes the TIFF fixtures of test/fixtures/tiff/ and records how the reference reads them.

The files are written with tifffile (as Python tools write sample tensors: its "shaped" metadata, ImageJ
hyperstacks, OME-TIFF, BigTIFF, tiles, planar samples, deflate with and without predictor) and with Pillow
(libtiff: LZW, deflate, packbits, multi-page, no metadata), then read back as the reference reads a sample tensor:
`imageio.v3.imread(bytes, extension=suffix)`. REFERENCE.json maps each file to {shape, dtype, min, max} or
{error}; where the reference fails only because imagecodecs is missing (LZW), Pillow's reading is recorded too.
usage: refpy scripts/reference/record_tiff.py OUT_DIR   (refpy: the reference's python with lxml and Pillow's libraries)
The reference's setup lacks these Debian packages; add them to its root once (TARGET as made by setup.sh):
  (cd "$(mktemp -d)" && apt-get download python3-lxml libxslt1.1 libimagequant0 libraqm0 && for d in *.deb; do dpkg -x "$d" TARGET/root; done)
and run it with LD_LIBRARY_PATH=TARGET/root/usr/lib/x86_64-linux-gnu
"""

import json
import sys
from pathlib import Path

import numpy as np
import tifffile
from imageio.v3 import imread
from PIL import Image


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(16)
    files = {}

    def tiff(name, array, **kwargs):
        tifffile.imwrite(out / name, array, **kwargs)
        files[name] = "tifffile " + tifffile.__version__

    def pil(name, image, **kwargs):
        image.save(out / name, **kwargs)
        files[name] = "Pillow (libtiff)"

    tiff("uint8.tif", rng.integers(0, 255, (24, 40), dtype="uint8"))
    tiff("uint16.tif", rng.integers(0, 65535, (24, 40), dtype="uint16"))
    tiff("int16.tif", rng.integers(-300, 300, (24, 40), dtype="int16"))
    tiff("float32.tif", rng.random((24, 40), dtype="float32") * 4 - 1)
    tiff("float64.tif", rng.random((24, 40)))
    tiff("float16.tif", rng.random((24, 40)).astype("float16"))
    tiff("bcyx.tif", rng.random((1, 1, 24, 40), dtype="float32"))
    tiff("stack.tif", rng.integers(0, 255, (5, 24, 40), dtype="uint8"))
    tiff("czyx.tif", rng.integers(0, 255, (2, 3, 24, 40), dtype="uint16"))
    tiff("rgb.tif", rng.integers(0, 255, (24, 40, 3), dtype="uint8"), photometric="rgb")
    tiff("planar.tif", rng.integers(0, 255, (3, 24, 40), dtype="uint8"), photometric="rgb", planarconfig="separate")
    tiff("two-samples.tif", rng.integers(0, 255, (24, 40, 2), dtype="uint8"), photometric="minisblack", planarconfig="contig")
    tiff("imagej-zcyx.tif", rng.integers(0, 255, (4, 2, 24, 40), dtype="uint8"), imagej=True, metadata={"axes": "ZCYX"})
    tiff("imagej-tzcyx.tif", rng.integers(0, 255, (2, 3, 2, 24, 40), dtype="uint8"), imagej=True, metadata={"axes": "TZCYX"})
    tiff("imagej-tzyx.tif", rng.random((3, 2, 24, 40), dtype="float32"), imagej=True, metadata={"axes": "TZYX"})
    tiff("ome.ome.tif", rng.integers(0, 255, (2, 3, 24, 40), dtype="uint8"), ome=True, metadata={"axes": "TCYX"})
    tiff("no-metadata-stack.tif", rng.integers(0, 255, (4, 24, 40), dtype="uint8"), metadata=None)
    tiff("bigtiff.tif", rng.integers(0, 255, (24, 40), dtype="uint8"), bigtiff=True)
    tiff("tiled.tif", rng.integers(0, 4000, (64, 80), dtype="uint16"), tile=(32, 32))
    tiff("deflate.tif", rng.integers(0, 255, (24, 40), dtype="uint16"), compression="zlib")
    tiff("deflate-predictor.tif", rng.integers(0, 255, (24, 40), dtype="uint16"), compression="zlib", predictor=True)
    tiff("bool.tif", rng.integers(0, 2, (24, 40)).astype(bool))
    gray = Image.fromarray(rng.integers(0, 255, (24, 40), dtype="uint8"))
    pil("pil-lzw.tif", gray, compression="tiff_lzw")
    pil("pil-deflate.tif", gray, compression="tiff_adobe_deflate")
    pil("pil-packbits.tif", gray, compression="packbits")
    pil("pil-multipage.tif", gray, save_all=True, append_images=[gray, gray])
    pil("pil-rgb-lzw.tif", Image.fromarray(rng.integers(0, 255, (24, 40, 3), dtype="uint8")), compression="tiff_lzw")
    pil("pil-uint16-lzw.tif", Image.fromarray(rng.integers(0, 60000, (24, 40), dtype="uint16")), compression="tiff_lzw")
    whole = (out / "uint8.tif").read_bytes()
    (out / "truncated.tif").write_bytes(whole[: len(whole) - 300])
    files["truncated.tif"] = "uint8.tif without its last 300 bytes"

    reference = {}
    for name in sorted(files):
        data = (out / name).read_bytes()
        entry = {"written_by": files[name]}
        try:
            array = imread(data, extension=Path(name).suffix)
            entry.update(shape=list(array.shape), dtype=array.dtype.name, min=float(array.min()), max=float(array.max()))
        except Exception as e:  # what the reference raises: recorded, not judged
            entry["error"] = f"{type(e).__name__}: {e}"
            if "imagecodecs" in str(e):
                pages = []
                with Image.open(out / name) as image:
                    for i in range(getattr(image, "n_frames", 1)):
                        image.seek(i)
                        pages.append(np.asarray(image))
                array = pages[0] if len(pages) == 1 else np.stack(pages)
                entry["pillow"] = dict(shape=list(array.shape), dtype=array.dtype.name, min=float(array.min()), max=float(array.max()))
        reference[name] = entry
    (out / "REFERENCE.json").write_text(json.dumps(reference, indent=1) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
