"""Writes the TIFF fixtures of test/fixtures/tiff/ and records how the reference reads them.

The files are written with tifffile (as Python tools write sample tensors: its "shaped" metadata, ImageJ
hyperstacks, OME-TIFF, BigTIFF, tiles, planar samples, deflate with and without predictor) and with Pillow
(libtiff: LZW, deflate, packbits, multi-page, no metadata) and with libtiff's tiffcp (long LZW, horizontal and
floating-point prediction, big-endian, overhanging and planar tiles, short strips), then read back as the reference
reads a sample tensor: `imageio.v3.imread(bytes, extension=suffix)`. REFERENCE.json maps each file to {shape,
dtype, min, max} or {error}; where the reference fails only because imagecodecs is missing (LZW, prediction), what
it reads of the same pixels is recorded too: Pillow's reading, or its own of tiffcp's uncompressed source.
usage: refpy scripts/reference/record_tiff.py OUT_DIR   (refpy: the reference's python with lxml and Pillow's libraries)
The reference's setup lacks these Debian packages; add them to its root once (TARGET as made by setup.sh):
  (cd "$(mktemp -d)" && apt-get download python3-lxml libxslt1.1 libimagequant0 libraqm0 libtiff-tools && for d in *.deb; do dpkg -x "$d" TARGET/root; done)
and run it with LD_LIBRARY_PATH=TARGET/root/usr/lib/x86_64-linux-gnu TIFFCP=TARGET/root/usr/bin/tiffcp
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import tifffile
from imageio.v3 import imread
from PIL import Image


TIFFCP = os.environ.get("TIFFCP", "tiffcp")


def reading(array):
    """What is compared: shape, dtype, min, max, and the sum of every sample (which a wrong decoding changes)."""
    return dict(
        shape=list(array.shape),
        dtype=array.dtype.name,
        min=float(array.min()),
        max=float(array.max()),
        sum=float(array.sum(dtype="float64")),
    )


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
    # libtiff's own encoder (tiffcp from libtiff-tools) for what tifffile and Pillow do not write: LZW long enough to
    # widen its codes and clear its table, horizontal and floating-point prediction, big-endian files, tiles whose
    # edges overhang the image, planar tiles, short last strips
    def tiffcp(name, array, *options, **kwargs):
        source = out / f".{name}.source.tif"
        tifffile.imwrite(source, array, **kwargs)
        subprocess.run([TIFFCP, *options, str(source), str(out / name)], check=True)
        files[name] = f"tiffcp {' '.join(options)} (libtiff)"
        sources[name] = source

    sources = {}
    ramp = (np.add.outer(np.arange(200), np.arange(256)) // 3).astype("uint8")
    tiffcp("lzw-long-uint8.tif", ramp + rng.integers(0, 3, ramp.shape, dtype="uint8"), "-c", "lzw")
    tiffcp("lzw-predictor-uint16.tif", rng.integers(0, 60000, (120, 150), dtype="uint16"), "-c", "lzw:2")
    tiffcp("lzw-predictor-int16-big-endian.tif", rng.integers(-300, 300, (40, 50), dtype="int16"), "-c", "lzw:2", "-B")
    tiffcp("deflate-float-predictor-float32.tif", rng.random((40, 50), dtype="float32") * 8 - 4, "-c", "zip:3")
    tiffcp("lzw-float-predictor-float64.tif", rng.random((30, 20)) * 1e6 - 5e5, "-c", "lzw:3")
    tiffcp("deflate-float-predictor-rgb.tif", rng.random((30, 20, 3), dtype="float32"), "-c", "zip:3", photometric="rgb")
    tiffcp("tiled-planar-lzw-rgb.tif", rng.integers(0, 255, (3, 40, 50), dtype="uint8"), "-p", "separate", "-t", "-w", "16", "-l", "16", "-c", "lzw:2", photometric="rgb", planarconfig="separate")
    tiffcp("packbits-short-strips-big-endian.tif", rng.integers(0, 65535, (30, 40), dtype="uint16"), "-c", "packbits", "-r", "7", "-B")
    # (not big-endian: libtiff 4.5 writes the byte planes of a big-endian file least significant first, against
    # TIFF Technote 3, and cannot read such a file back itself)
    tiffcp("tiled-float-predictor.tif", rng.random((50, 70), dtype="float32") - 0.5, "-t", "-w", "32", "-l", "16", "-c", "zip:3")
    whole = (out / "uint8.tif").read_bytes()
    (out / "truncated.tif").write_bytes(whole[: len(whole) - 300])
    files["truncated.tif"] = "uint8.tif without its last 300 bytes"

    reference = {}
    for name in sorted(files):
        data = (out / name).read_bytes()
        entry = {"written_by": files[name]}
        try:
            array = imread(data, extension=Path(name).suffix)
            entry.update(reading(array))
        except Exception as e:  # what the reference raises: recorded, not judged
            entry["error"] = f"{type(e).__name__}: {e}"
            if name in sources:  # the same pixels, as tifffile writes them without compression or prediction
                array = imread(sources[name].read_bytes(), extension=".tif")
                entry["source"] = reading(array)
            elif "imagecodecs" in str(e):
                pages = []
                with Image.open(out / name) as image:
                    for i in range(getattr(image, "n_frames", 1)):
                        image.seek(i)
                        pages.append(np.asarray(image))
                array = pages[0] if len(pages) == 1 else np.stack(pages)
                entry["pillow"] = reading(array)
        reference[name] = entry
    for source in sources.values():
        source.unlink()
    (out / "REFERENCE.json").write_text(json.dumps(reference, indent=1) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
