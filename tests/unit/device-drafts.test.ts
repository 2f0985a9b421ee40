import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clearDeviceDrafts, draftKey, loadDraft, mergeDraft, removeDraft, saveDraft } from "@/app/_components/device-drafts";

/** A minimal Storage, as a phone's localStorage would behave. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() { return this.items.size; }
  clear() { this.items.clear(); }
  getItem(key: string) { return this.items.get(key) ?? null; }
  key(i: number) { return [...this.items.keys()][i] ?? null; }
  removeItem(key: string) { this.items.delete(key); }
  setItem(key: string, value: string) { this.items.set(key, String(value)); }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  (globalThis as { window?: unknown }).window = { localStorage: storage };
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

const form = { runMinutes: "8", tingling: null as number | null, regions: [] as string[], hadSymptoms: null as boolean | null };

describe("drafts kept on the device", () => {
  it("a saved draft comes back for the same account and form only", () => {
    saveDraft(draftKey("athlete-a", "run:new"), { ...form, tingling: 4 });
    expect(loadDraft(draftKey("athlete-a", "run:new"))?.value).toEqual({ ...form, tingling: 4 });
    expect(loadDraft(draftKey("athlete-b", "run:new"))).toBeNull();
    expect(loadDraft(draftKey("athlete-a", "run:correct:x:1"))).toBeNull();
  });

  it("is removed once sent, and sign-out removes every account's drafts but nothing else", () => {
    saveDraft(draftKey("athlete-a", "run:new"), form);
    removeDraft(draftKey("athlete-a", "run:new"));
    expect(loadDraft(draftKey("athlete-a", "run:new"))).toBeNull();
    saveDraft(draftKey("athlete-a", "run:new"), form);
    saveDraft(draftKey("athlete-b", "run:new"), form);
    storage.setItem("stridecare-offline-owner", "athlete-b");
    clearDeviceDrafts();
    expect(storage.length).toBe(1);
    expect(storage.getItem("stridecare-offline-owner")).toBe("athlete-b");
  });

  it("a draft of another format, or broken JSON, is ignored", () => {
    storage.setItem(draftKey("a", "run:new"), "{not json");
    expect(loadDraft(draftKey("a", "run:new"))).toBeNull();
    storage.setItem(draftKey("a", "run:new"), JSON.stringify({ v: 99, savedAt: "x", value: form }));
    expect(loadDraft(draftKey("a", "run:new"))).toBeNull();
  });

  it("merging takes only the form's own fields, and only values of their type", () => {
    expect(mergeDraft(form, { runMinutes: "12", tingling: 3, regions: ["MPN-R"], hadSymptoms: true, injected: "x" })).toEqual({
      runMinutes: "12", tingling: 3, regions: ["MPN-R"], hadSymptoms: true,
    });
    expect(mergeDraft(form, { runMinutes: 12, regions: "MPN-R" })).toEqual(form);
    expect(mergeDraft(form, null)).toBeNull();
    expect(mergeDraft(form, [1, 2])).toBeNull();
  });

  it("works without storage (blocked or server-side): nothing kept, nothing thrown", () => {
    delete (globalThis as { window?: unknown }).window;
    expect(() => saveDraft("k", form)).not.toThrow();
    expect(loadDraft("k")).toBeNull();
    expect(() => clearDeviceDrafts()).not.toThrow();
  });
});
