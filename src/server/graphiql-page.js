// The script of GraphiQL's page (src/server/graphiql.ts), run in the browser before GraphiQL's own.
//
// A person pastes a token once. The Authorization value of a request the service accepted is kept in
// this browser's localStorage (for the page only when GraphiQL's "Persist headers" setting is off):
// never in a URL, and sent nowhere but in the Authorization header of this service's requests. Every
// tab of the origin reads it, so a reload, a new browser tab or a new GraphiQL tab works at once: a
// request whose Headers carry no token (or the placeholder) is sent the kept one. When the token a tab
// would send changes, the schema is fetched again, so that Docs and autocomplete follow without a
// manual re-fetch, and a stale "authentication required" answer is cleared.
(function () {
  "use strict";

  const TOKEN_KEY = "proxbox:authorization";
  const PERSIST_HEADERS_KEY = "graphiql:shouldPersistHeaders";
  const settings = JSON.parse(document.getElementById("graphiql-settings").textContent);
  const options = settings.graphiql;
  const introspectionName = options.introspectionQueryName || "IntrospectionQuery";

  // Monaco reads this when GraphiQL's script runs, which is after this one. The global API lets the
  // page find the response editor.
  self.MonacoEnvironment = {
    globalAPI: true,
    getWorkerUrl: (_moduleId, label) => settings.workers[label] || settings.workers.editorWorkerService,
  };

  /** A value a person put in, not the placeholder nor an empty one. */
  function isToken(value) {
    return (
      typeof value === "string" && /^\S+\s+\S+$/.test(value.trim()) && !value.includes("<") && value !== settings.authorizationPlaceholder
    );
  }

  function authorizationIn(headers) {
    if (!headers || typeof headers !== "object") return null;
    const name = Object.keys(headers).find((key) => key.toLowerCase() === "authorization");
    return name !== undefined && isToken(headers[name]) ? headers[name].trim() : null;
  }

  function withoutAuthorization(headers) {
    return Object.fromEntries(Object.entries(headers || {}).filter(([key]) => key.toLowerCase() !== "authorization"));
  }

  const persistAllowed = () => localStorage.getItem(PERSIST_HEADERS_KEY) !== "false";
  let pageToken = null;

  function keptToken() {
    if (!persistAllowed()) return pageToken;
    const stored = localStorage.getItem(TOKEN_KEY);
    return isToken(stored) ? stored : null;
  }

  function keep(token) {
    if (token === keptToken()) return;
    pageToken = token;
    if (persistAllowed()) localStorage.setItem(TOKEN_KEY, token);
    showTokenState();
  }

  function forget() {
    pageToken = null;
    localStorage.removeItem(TOKEN_KEY);
    showTokenState();
  }

  /**
   * "Forget token": the kept token, and the copies GraphiQL keeps of the Headers that hold it, go;
   * the page loads again so that its editors show what is left.
   */
  function forgetEverywhere() {
    const token = keptToken();
    forget();
    // GraphiQL's state (its Headers, tabs and history) is JSON in which the token is a plain string.
    const scrub = () => {
      for (let index = 0; token && index < localStorage.length; index++) {
        const key = localStorage.key(index);
        const value = key.startsWith("graphiql:") ? localStorage.getItem(key) : null;
        if (value && value.includes(token)) localStorage.setItem(key, value.split(token).join(settings.authorizationPlaceholder));
      }
    };
    scrub();
    // Again as the page goes: GraphiQL writes its state a moment after a change, which may be now.
    window.addEventListener("pagehide", scrub);
    location.reload();
  }

  // The token the current tab sends: the one in its Headers, else the kept one.
  let headersText = null;
  function currentAuthorization() {
    let typed = null;
    try {
      typed = headersText ? authorizationIn(JSON.parse(headersText)) : null;
    } catch {
      // Headers that are not JSON yet (being typed): GraphiQL says so when it runs.
    }
    return typed || keptToken();
  }

  // The Authorization the last schema request went out with (undefined: none yet).
  let schemaRequestedWith;
  let schemaRefetch;
  function refetchSchemaIfStale() {
    clearTimeout(schemaRefetch);
    // After a pause, so that a token typed key by key is fetched with once.
    schemaRefetch = setTimeout(() => {
      if (schemaRequestedWith === undefined || schemaRequestedWith === currentAuthorization()) return;
      // GraphiQL's own "Re-fetch schema" shortcut (Shift-Ctrl-R), which it listens for on the window.
      window.dispatchEvent(new KeyboardEvent("keydown", { key: "R", code: "KeyR", ctrlKey: true, shiftKey: true }));
    }, 300);
  }

  /** Empties the response pane when it shows the service's answer to a request without a valid token. */
  function clearStaleRefusal() {
    const editors = self.monaco ? self.monaco.editor.getEditors() : [];
    const response = editors.find((editor) => editor.getDomNode() && editor.getDomNode().closest(".graphiql-response"));
    if (response && response.getValue().includes('"UNAUTHENTICATED"')) response.setValue("");
  }

  async function fetcher(params, fetcherOptions) {
    const given = (fetcherOptions && fetcherOptions.headers) || {};
    const typed = authorizationIn(given);
    const authorization = typed || keptToken();
    const introspection = params.operationName === introspectionName;
    if (introspection) schemaRequestedWith = authorization;
    if (!authorization) {
      // The service would refuse it: say here what it would, and where the token goes.
      const message = 'No token yet: put {"Authorization": "Bearer nbt_<key>.<secret>"} in Headers (see the bar at the top).';
      return { errors: [{ message, extensions: { code: "UNAUTHENTICATED" } }] };
    }
    const headers = {
      ...withoutAuthorization(given),
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json;q=0.9",
      authorization,
    };
    const response = await fetch(location.pathname, { method: "POST", headers, body: JSON.stringify(params), credentials: "omit" });
    // Past authentication: the token is good (a 403 only says it may not write).
    if (response.status !== 401 && response.status < 500) {
      if (typed) keep(typed);
      if (introspection) clearStaleRefusal();
      else refetchSchemaIfStale();
    } else if (response.status === 401 && !typed) {
      // The kept token was revoked or has expired: the page says so by asking for one again.
      forget();
    }
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 500)}` }] };
    }
  }

  function showTokenState() {
    const token = keptToken();
    document.getElementById("proxbox-token-none").hidden = Boolean(token);
    document.getElementById("proxbox-token-kept").hidden = !token;
    document.getElementById("proxbox-token-where").textContent = persistAllowed()
      ? "A token is kept in this browser (localStorage)"
      : 'A token is kept for this page only ("Persist headers" is off in the settings)';
  }

  // Another tab kept or forgot a token.
  window.addEventListener("storage", (event) => {
    if (event.key !== TOKEN_KEY && event.key !== null) return;
    showTokenState();
    refetchSchemaIfStale();
  });

  document.addEventListener("DOMContentLoaded", () => {
    showTokenState();
    document.getElementById("proxbox-token-forget").addEventListener("click", forgetEverywhere);
    const token = keptToken();
    self.YogaGraphiQL.renderYogaGraphiQL(document.getElementById("root"), {
      ...options,
      // New GraphiQL tabs start with the kept token rather than the placeholder.
      headers: token ? JSON.stringify({ Authorization: token }, null, 2) : options.headers,
      fetcher,
      onEditHeaders(text) {
        headersText = text;
        refetchSchemaIfStale();
      },
    });
  });
})();
