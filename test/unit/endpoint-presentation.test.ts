import { describe, expect, it } from "vitest";
import {
  addressWithoutPrefix,
  connectionUrlOf,
  displayOf,
  hostOf,
  MODE_LABEL,
  REST_SEGMENT,
  restUrlOf,
  TOKEN_VERSION_LABEL,
  websocketUrlOf,
} from "../../src/domain/endpoint-presentation.js";

const fastapi = { useHttps: false, websocketDomain: "", websocketPort: 8800 };

describe("addressWithoutPrefix", () => {
  it("drops the prefix length", () => {
    expect(addressWithoutPrefix("192.0.2.10/24")).toBe("192.0.2.10");
    expect(addressWithoutPrefix("2001:db8::1/64")).toBe("2001:db8::1");
    expect(addressWithoutPrefix("192.0.2.10")).toBe("192.0.2.10");
    expect(addressWithoutPrefix("")).toBe("");
  });
});

describe("hostOf", () => {
  it("prefers the domain, then the IP address without its prefix", () => {
    expect(hostOf({ domain: "pve.example.com", ipAddress: { address: "192.0.2.10/24" } })).toBe("pve.example.com");
    expect(hostOf({ domain: null, ipAddress: { address: "192.0.2.10/24" } })).toBe("192.0.2.10");
    expect(hostOf({ domain: "", ipAddress: { address: "2001:db8::1/128" } })).toBe("2001:db8::1");
  });

  it("is empty with neither", () => {
    expect(hostOf({ domain: null })).toBe("");
    expect(hostOf({ domain: null, ipAddress: null })).toBe("");
  });
});

describe("displayOf", () => {
  it("is the name with the host in parentheses, or the name alone", () => {
    expect(displayOf({ name: "pve", domain: "pve.example.com" })).toBe("pve (pve.example.com)");
    expect(displayOf({ name: "pve", domain: null, ipAddress: { address: "2001:db8::1/64" } })).toBe("pve (2001:db8::1)");
    expect(displayOf({ name: "pve", domain: null })).toBe("pve");
  });
});

describe("restUrlOf", () => {
  it("is the Proxbox REST path of the endpoint", () => {
    expect(restUrlOf({ kind: "PROXMOX", id: 1 })).toBe("/api/plugins/proxbox/endpoints/proxmox/1/");
    expect(restUrlOf({ kind: "NETBOX", id: 22 })).toBe("/api/plugins/proxbox/endpoints/netbox/22/");
    expect(restUrlOf({ kind: "FASTAPI", id: 333 })).toBe("/api/plugins/proxbox/endpoints/fastapi/333/");
    expect(REST_SEGMENT).toEqual({ PROXMOX: "proxmox", NETBOX: "netbox", FASTAPI: "fastapi" });
  });
});

describe("connectionUrlOf", () => {
  it("is always https for Proxmox, whatever its port and verifySsl", () => {
    expect(connectionUrlOf({ kind: "PROXMOX", domain: "pve.example.com", port: 8006, verifySsl: true })).toBe(
      "https://pve.example.com:8006",
    );
    expect(connectionUrlOf({ kind: "PROXMOX", domain: "pve.example.com", port: 8006, verifySsl: false })).toBe(
      "https://pve.example.com:8006",
    );
  });

  it("is https for NetBox on port 443 or with verifySsl, else http (proxbox-api's rule)", () => {
    const netbox = { kind: "NETBOX", domain: null, ipAddress: { address: "192.0.2.10/24" }, fastapi: null } as const;
    expect(connectionUrlOf({ ...netbox, port: 443, verifySsl: false })).toBe("https://192.0.2.10:443");
    expect(connectionUrlOf({ ...netbox, port: 443, verifySsl: true })).toBe("https://192.0.2.10:443");
    expect(connectionUrlOf({ ...netbox, port: 8443, verifySsl: true })).toBe("https://192.0.2.10:8443");
    expect(connectionUrlOf({ ...netbox, port: 8080, verifySsl: false })).toBe("http://192.0.2.10:8080");
  });

  it("follows useHttps for FastAPI, whatever verifySsl, http when unknown", () => {
    expect(connectionUrlOf({ kind: "FASTAPI", domain: "proxbox", port: 8800, verifySsl: false, fastapi: { useHttps: true } })).toBe(
      "https://proxbox:8800",
    );
    expect(connectionUrlOf({ kind: "FASTAPI", domain: "proxbox", port: 443, verifySsl: true, fastapi: { useHttps: false } })).toBe(
      "http://proxbox:443",
    );
    expect(connectionUrlOf({ kind: "FASTAPI", domain: "proxbox", port: 8800, verifySsl: true, fastapi: null })).toBe("http://proxbox:8800");
  });

  it("brackets an IPv6 host", () => {
    expect(connectionUrlOf({ kind: "PROXMOX", domain: null, ipAddress: { address: "2001:db8::1/64" }, port: 8006, verifySsl: true })).toBe(
      "https://[2001:db8::1]:8006",
    );
  });
});

describe("websocketUrlOf", () => {
  it("uses the websocket domain, or else the endpoint's host", () => {
    expect(websocketUrlOf({ domain: "proxbox", fastapi: { ...fastapi, websocketDomain: "ws.example.com" } })).toBe(
      "ws://ws.example.com:8800",
    );
    expect(websocketUrlOf({ domain: "proxbox", fastapi })).toBe("ws://proxbox:8800");
    expect(
      websocketUrlOf({ domain: null, ipAddress: { address: "::1/128" }, fastapi: { ...fastapi, useHttps: true, websocketPort: 9 } }),
    ).toBe("wss://[::1]:9");
  });
});

describe("labels", () => {
  it("name the modes and token versions as Proxbox shows them", () => {
    expect(MODE_LABEL).toEqual({ UNDEFINED: "Undefined", STANDALONE: "Standalone", CLUSTER: "Cluster" });
    expect(TOKEN_VERSION_LABEL).toEqual({ V1: "v1 Token", V2: "v2 Token" });
  });
});
