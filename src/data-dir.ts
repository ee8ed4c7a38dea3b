// Where an embedded database lives on disk. A data folder may be named through a symbolic link
// (`./data/pglite` pointing at a volume): PGlite's file system layer does not follow one, and the lock
// and key file must be the same for every path that leads to the folder. So everything works on
// the real path.
import { mkdir, realpath } from "node:fs/promises";

/** The folder's real path, the folder (or the one a link points at) made if missing. */
export async function realDataDir(dataDir: string): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  return realpath(dataDir);
}
