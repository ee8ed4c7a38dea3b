// The command that runs the service. `npm start` is this command (package.json, checked by
// test/unit/service-command.test.ts), and the bench and the tests that start the service as a
// process run it too, so that what is measured and tested is what is deployed.
//
// --max-semi-space-size: a request allocates a few hundred kB of short-lived objects (rows, the
// result, the response); V8's default young generation (16 MB) makes that a scavenge every few
// dozen requests. 64 MB cut the CPU of a page request by about a tenth (npm run bench).
export const SERVICE_NODE_ARGS = ["--max-semi-space-size=64", "scripts/start.mjs"] as const;

/**
 * NODE_ENV unless it is set: production, which spares graphql-js its development check on every
 * `instanceOf` and Prisma its call-site lookups (about a tenth of the CPU of a node(id:) request).
 * Nothing in the service behaves differently; errors are masked by the service either way.
 */
export const SERVICE_DEFAULT_ENV = { NODE_ENV: "production" } as const;

/** `npm start` as package.json holds it. */
export const START_SCRIPT = `NODE_ENV=\${NODE_ENV:-${SERVICE_DEFAULT_ENV.NODE_ENV}} node ${SERVICE_NODE_ARGS.join(" ")}`;
