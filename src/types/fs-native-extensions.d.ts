// The part of fs-native-extensions (which ships no types) that the data folder lock uses. On Linux
// these are open file description locks (fcntl F_OFD_SETLK): held by the open file, not the process,
// and gone when the file is closed or its process dies.
declare module "fs-native-extensions" {
  /** An exclusive lock on the whole file (shared with `{ shared: true }`); false if someone else holds one. */
  export function tryLock(fd: number, options?: { shared?: boolean }): boolean;
  export function unlock(fd: number): void;
}
