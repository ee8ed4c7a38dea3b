// The bundle `npm start` runs (see scripts/start.mjs): src/ in one ES module, made with the esbuild
// tsx itself runs on, kept in node_modules/.cache/proxbox/start/ under a hash of what it is made
// from. Packages stay outside it and load from node_modules as usual.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
export const ENTRY = join(root, "src", "main.ts");
export const BUNDLE_DIR = join(root, "node_modules", ".cache", "proxbox", "start");
/** How many bundles of other sources are kept beside the current one (other checkouts, other edits). */
const KEEP_OTHERS = 2;

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return filesUnder(path);
    return item.isFile() ? [path] : [];
  });
}

export function loadEsbuild() {
  // Pinned to the version tsx runs the sources with, so both compile them alike.
  return createRequire(import.meta.url)("esbuild");
}

/**
 * A hash of everything the bundle is made of: the sources, the compiler settings, the compiler and
 * this file. `base` is the project folder (tests point at a copy).
 */
export function bundleKey(esbuild = loadEsbuild(), base = root) {
  const hash = createHash("sha256");
  hash.update(`esbuild ${esbuild.version}\n`);
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  for (const path of [...filesUnder(join(base, "src")), join(base, "tsconfig.json")].sort()) {
    hash.update(`\n${relative(base, path)}\n`);
    hash.update(readFileSync(path));
  }
  return hash.digest("hex").slice(0, 24);
}

// Each module keeps its own location: paths it makes from import.meta.url stay right in the bundle.
const ownLocation = {
  name: "own-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
      loader: "ts",
    }));
  },
};

/** The bundle of the current sources, built if there is none; throws when it cannot be built. */
export async function bundle() {
  const esbuild = loadEsbuild();
  const file = join(BUNDLE_DIR, `main-${bundleKey(esbuild)}.mjs`);
  try {
    statSync(file);
    return file;
  } catch {
    // Not built yet.
  }
  mkdirSync(BUNDLE_DIR, { recursive: true });
  // Written beside its name and renamed onto it: a start that runs at the same time sees all or none.
  const temporary = `${file}.tmp-${process.pid}.mjs`;
  try {
    await esbuild.build({
      entryPoints: [ENTRY],
      outfile: temporary,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      // Stack traces name the TypeScript sources (scripts/start.mjs turns source maps on).
      sourcemap: "inline",
      sourcesContent: false,
      logLevel: "silent",
      plugins: [ownLocation],
    });
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
  const others = readdirSync(BUNDLE_DIR)
    .filter((name) => /^main-[0-9a-f]+\.mjs$/.test(name) && join(BUNDLE_DIR, name) !== file)
    .map((name) => ({ path: join(BUNDLE_DIR, name), mtime: statSync(join(BUNDLE_DIR, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { path } of others.slice(KEEP_OTHERS)) rmSync(path, { force: true });
  return file;
}
