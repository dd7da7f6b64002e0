// The per-user cache folder of an application, as platformdirs' `user_cache_dir(app)` places it (the reference's
// download cache is `user_cache_dir("bioimageio")`).
import { homedir } from "node:os";
import { join } from "node:path";

export function userCacheDir(app: string): string {
  if (process.platform === "win32") {
    return join(process.env.LOCALAPPDATA ?? join(homedir(), "AppData", "Local"), app, "Cache");
  }
  if (process.platform === "darwin") {
    return join(homedir(), "Library", "Caches", app);
  }
  return join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), app);
}
