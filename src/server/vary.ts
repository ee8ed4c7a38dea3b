// The Vary header of a response, added to by several plugins (CORS: Origin; compression and
// GraphiQL's files: Accept-Encoding): each adds its header name once and keeps the others'.

/** Whether `headers`' Vary names `name` (case-insensitive) or `*`. */
export function variesOn(headers: Headers, name: string): boolean {
  const wanted = name.toLowerCase();
  return (headers.get("vary") ?? "").split(",").some((item) => ["*", wanted].includes(item.trim().toLowerCase()));
}

/** Adds `name` to `headers`' Vary unless it is there already. */
export function varyOn(headers: Headers, name: string): void {
  if (variesOn(headers, name)) return;
  const vary = headers.get("vary");
  headers.set("vary", vary ? `${vary}, ${name}` : name);
}
