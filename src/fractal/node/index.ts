// Fractal manifests in Node: read from a file (positions for every entry), executables checked on disk.
export { loadManifest, type ManifestLoadOptions } from "./load.js";
export { fileExists } from "../../engine/node/file-exists.js";
