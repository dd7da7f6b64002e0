// geotiff behind a module of its own, so that tiff.ts imports it lazily and a bundler keeps only what is used
// here (a dynamic import of geotiff itself would keep all of it, its worker pool's 250 kB inlined worker too).
import { fromArrayBuffer, type TypedArray } from "geotiff";

/** Decodes the given pages (IFD indices) of a TIFF file one after the other: one array per sample. */
export async function* decodePages(buffer: ArrayBuffer, pages: readonly number[]): AsyncGenerator<TypedArray[]> {
  const tiff = await fromArrayBuffer(buffer);
  for (const index of pages) {
    yield await (await tiff.getImage(index)).readRasters();
  }
}
