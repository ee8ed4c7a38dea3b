// `npm start`. The service is TypeScript, and tsx runs it through loader hooks that every module of
// the start-up passes through (some 750, most of them packages'): about a second of a cold start on
// this project's machines. So it runs from a bundle of src/ (scripts/support/start-bundle.mjs),
// made again whenever a source changes. When no bundle can be made, it runs through tsx, as the
// other scripts do.
import { pathToFileURL } from "node:url";
import { bundle, ENTRY } from "./support/start-bundle.mjs";

let bundled = null;
try {
  bundled = await bundle();
} catch (error) {
  if (process.env.LOG_LEVEL === "debug") process.stderr.write(`npm start: no bundle (${error?.message ?? error}); running through tsx\n`);
}
if (bundled) {
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(bundled).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(ENTRY).href);
}
