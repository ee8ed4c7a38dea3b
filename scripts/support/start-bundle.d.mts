// Types of start-bundle.mjs (plain JavaScript: `npm start` runs it without tsx).
export declare const ENTRY: string;
export declare const BUNDLE_DIR: string;
export interface Esbuild {
  version: string;
}
export declare function loadEsbuild(): Esbuild;
export declare function bundleKey(esbuild?: Esbuild, base?: string): string;
export declare function bundle(): Promise<string>;
