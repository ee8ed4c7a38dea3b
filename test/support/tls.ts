// Throwaway certificates for tests that talk HTTPS, made at test time with the openssl CLI in a
// temporary directory that is removed again:
// - a certificate authority the service is told to trust (startService({ outbound: { ca } })),
// - a server certificate for 127.0.0.1 and localhost signed by it,
// - a server certificate signed by it but for another host name only,
// - a self-signed certificate for 127.0.0.1 and localhost that nothing trusts.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const OPENSSL = "/usr/bin/openssl";

/** What an HTTPS server needs: its private key and certificate, PEM. */
export interface ServerIdentity {
  key: string;
  cert: string;
}

export interface TestTls {
  /** The test CA's certificate, PEM: what the service trusts. */
  ca: string;
  /** Signed by the test CA, for IP 127.0.0.1 and DNS localhost. */
  trusted: ServerIdentity;
  /** Signed by the test CA, but for DNS other-host.example only. */
  wrongName: ServerIdentity;
  /** Self-signed, for IP 127.0.0.1 and DNS localhost; not trusted by the service. */
  untrusted: ServerIdentity;
}

const EC_KEY = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];

const LEAF_EXTENSIONS = (subjectAltName: string) =>
  [
    "basicConstraints=critical,CA:FALSE",
    "keyUsage=critical,digitalSignature,keyEncipherment",
    "extendedKeyUsage=serverAuth",
    `subjectAltName=${subjectAltName}`,
    "",
  ].join("\n");

export function makeTestTls(): TestTls {
  const dir = mkdtempSync(join(tmpdir(), "outbound-tls-"));
  const openssl = (...args: string[]) => execFileSync(OPENSSL, args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  const read = (name: string) => readFileSync(join(dir, name), "utf8");
  try {
    openssl(
      "req",
      "-x509",
      ...EC_KEY,
      "-keyout",
      "ca.key",
      "-out",
      "ca.pem",
      "-days",
      "2",
      "-subj",
      "/CN=Outbound tests CA",
      "-addext",
      "basicConstraints=critical,CA:TRUE",
      "-addext",
      "keyUsage=critical,keyCertSign,cRLSign",
    );

    const signed = (name: string, subjectAltName: string): ServerIdentity => {
      writeFileSync(join(dir, `${name}.ext`), LEAF_EXTENSIONS(subjectAltName));
      openssl("req", "-new", ...EC_KEY, "-keyout", `${name}.key`, "-out", `${name}.csr`, "-subj", `/CN=${name}`);
      openssl(
        "x509",
        "-req",
        "-in",
        `${name}.csr`,
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        `${name}.pem`,
        "-days",
        "2",
        "-extfile",
        `${name}.ext`,
      );
      return { key: read(`${name}.key`), cert: read(`${name}.pem`) };
    };

    const trusted = signed("trusted", "IP:127.0.0.1,DNS:localhost");
    const wrongName = signed("wrong-name", "DNS:other-host.example");

    openssl(
      "req",
      "-x509",
      ...EC_KEY,
      "-keyout",
      "untrusted.key",
      "-out",
      "untrusted.pem",
      "-days",
      "2",
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=IP:127.0.0.1,DNS:localhost",
    );
    const untrusted = { key: read("untrusted.key"), cert: read("untrusted.pem") };

    return { ca: read("ca.pem"), trusted, wrongName, untrusted };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
