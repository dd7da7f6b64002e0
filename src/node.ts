// bioimage-specs for Node: everything of the browser-safe entry, plus what needs a file system or the network:
// descriptions from files, folders, zips and URLs (download cache, IO checks), update-format, update-hashes,
// packages and upload; Fractal manifests from files; copick projects (engine, Croissant export, picks files).
// One entry per family too: `bioimage-specs/bioimageio/node`, `/fractal/node`, `/copick/node`.
export * from "./index.js";
export * from "./bioimageio/node/index.js";
export * from "./fractal/node/index.js";
export * from "./copick/node/index.js";
export { WriteError, writeFileAtomic } from "./engine/node/atomic-write.js";
export { ReadError } from "./engine/node/read-source.js";
export { DownloadError, download } from "./engine/node/download.js";
export { type Settings, settings } from "./engine/node/settings.js";
