// Page sizes of every connection: the default when neither first nor last is given, and the
// largest page (larger requests are clamped to it).
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;
