// Whether a path exists on disk (Node only): the file check the browser-safe validators are given.
import { access } from "node:fs/promises";

/** True when `path` exists (file or directory), as Python's `Path.exists()`. */
export async function fileExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
