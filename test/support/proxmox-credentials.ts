// A Proxmox endpoint must carry a password or a whole API token (proxbox-api's rule, enforced on
// create): the tests that do not care which give this password.
export const TEST_PROXMOX_PASSWORD = "test-proxmox-password";

const CREDENTIAL_FIELDS = ["password", "tokenName", "tokenValue"] as const;

/** The input with the test password added when it names no credential of its own. */
export function withProxmoxCredentials<Input extends object>(input: Input): Input & { password?: string | null } {
  const named = CREDENTIAL_FIELDS.some((field) => field in input);
  return named ? input : { ...input, password: TEST_PROXMOX_PASSWORD };
}
