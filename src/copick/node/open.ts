// copick.from_file: the project of a copick config file, whatever its config_type.
import { CopickError } from "../errors.js";
import { readCopickConfig } from "./config-file.js";
import type { CroissantIndexOptions } from "./croissant-index.js";
import { CopickRootFS } from "./fs-project.js";
import { CopickRootMLC } from "./mlc-root.js";

/** A filesystem project or a project on a Croissant; CryoET Data Portal configs are refused (no portal here). */
export async function openCopickProject(configPath: string, options: CroissantIndexOptions = {}): Promise<CopickRootFS | CopickRootMLC> {
  const raw = await readCopickConfig(configPath);
  switch (raw.config_type) {
    case "filesystem":
      return new CopickRootFS(raw);
    case "mlcroissant":
      return CopickRootMLC.fromConfig(raw, options);
    default:
      throw new CopickError(
        `${configPath}: config_type '${String(raw.config_type)}' needs the CryoET Data Portal, which is not supported here`,
      );
  }
}
