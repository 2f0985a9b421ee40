import { describe, expect, it } from "vitest";
import { checkMutationRequest } from "@/server/api/request-guard";

const APP_URL = "https://app.stridecare.example";

const request = (method: string, headers: Record<string, string>) => ({ method, headers: new Headers(headers) });
const json = { "content-type": "application/json", host: "localhost:3000" };

describe("checkMutationRequest", () => {
  it.each<[string, ReturnType<typeof request>, string[], 403 | 415 | null]>([
    ["GET is never refused", request("GET", { host: "localhost:3000", origin: "https://evil.example", "sec-fetch-site": "cross-site" }), [], null],
    ["same-origin JSON POST", request("POST", { ...json, origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }), [], null],
    ["JSON with charset", request("POST", { ...json, "content-type": "application/json; charset=utf-8" }), [], null],
    ["JSON POST without Origin (server-side or old client)", request("POST", json), [], null],
    ["Origin of the APP_URL behind a proxy with another Host", request("POST", { ...json, host: "10.0.0.5:3000", origin: APP_URL }), [APP_URL], null],
    ["Origin matching X-Forwarded-Host", request("POST", { ...json, host: "10.0.0.5:3000", "x-forwarded-host": "app.stridecare.example", origin: APP_URL }), [], null],
    ["form POST (a cross-site form can send this)", request("POST", { ...json, "content-type": "application/x-www-form-urlencoded" }), [], 415],
    ["multipart POST", request("POST", { ...json, "content-type": "multipart/form-data; boundary=x" }), [], 415],
    ["text/plain POST", request("POST", { ...json, "content-type": "text/plain" }), [], 415],
    ["POST without content type", request("POST", { host: "localhost:3000" }), [], 415],
    ["application/jsonp is not JSON", request("POST", { ...json, "content-type": "application/jsonp" }), [], 415],
    ["Sec-Fetch-Site cross-site", request("POST", { ...json, "sec-fetch-site": "cross-site" }), [], 403],
    ["cross-site Origin", request("POST", { ...json, origin: "https://evil.example" }), [APP_URL], 403],
    ["same host, other port", request("POST", { ...json, origin: "http://localhost:4000" }), [], 403],
    ["malformed Origin", request("POST", { ...json, origin: "not a url" }), [], 403],
    ["opaque Origin \"null\" (sandboxed frame)", request("POST", { ...json, origin: "null" }), [], 403],
  ])("%s → %s", (_label, req, allowed, status) => {
    expect(checkMutationRequest(req, allowed)?.status ?? null).toBe(status);
  });

  it("checks the content type before the origin", () => {
    expect(checkMutationRequest(request("POST", { host: "localhost:3000", origin: "https://evil.example" }))?.status).toBe(415);
  });

  it("says why it refused", () => {
    expect(checkMutationRequest(request("POST", { ...json, origin: "https://evil.example" }))).toEqual({ status: 403, message: "Cross-site request refused" });
    expect(checkMutationRequest(request("POST", { host: "localhost:3000" }))?.message).toMatch(/application\/json/);
  });
});

describe("checkMutationRequest in development (the dev server opened at 127.0.0.1 or localhost)", () => {
  const dev = { loopbackAliases: true };
  const localUrl = "http://localhost:3000";
  it.each<[string, ReturnType<typeof request>, string[], { loopbackAliases: boolean }, 403 | null]>([
    ["127.0.0.1 page, APP_URL says localhost", request("POST", { ...json, host: "localhost:3000", origin: "http://127.0.0.1:3000" }), [localUrl], dev, null],
    ["localhost page, Host says 127.0.0.1", request("POST", { ...json, host: "127.0.0.1:3000", origin: "http://localhost:3000" }), [], dev, null],
    ["[::1] page", request("POST", { ...json, origin: "http://[::1]:3000" }), [localUrl], dev, null],
    ["loopback on another port is still another origin", request("POST", { ...json, origin: "http://127.0.0.1:4000" }), [localUrl], dev, 403],
    ["a real other site is still refused", request("POST", { ...json, origin: "https://evil.example" }), [localUrl], dev, 403],
    ["production: 127.0.0.1 is not the APP_URL", request("POST", { ...json, host: "localhost:3000", origin: "http://127.0.0.1:3000" }), [localUrl], { loopbackAliases: false }, 403],
  ])("%s → %s", (_label, req, allowed, options, status) => {
    expect(checkMutationRequest(req, allowed, options)?.status ?? null).toBe(status);
  });
});
