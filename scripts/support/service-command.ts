// The command that runs the service. `npm start` is this command (package.json, checked by
// test/unit/service-command.test.ts), and the bench and the tests that start the service as a
// process run it too, so that what is measured and tested is what is deployed.
//
// --max-semi-space-size: a request allocates a few hundred kB of short-lived objects (rows, the
// result, the response); V8's default young generation (16 MB) makes that a scavenge every few
// dozen requests. 64 MB cut the CPU of a page request by about a tenth (npm run bench).
export const SERVICE_NODE_ARGS = ["--max-semi-space-size=64", "--import", "tsx", "src/main.ts"] as const;
