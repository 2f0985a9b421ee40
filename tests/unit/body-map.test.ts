// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import { describe, expect, it } from "vitest";
import {
  bodyRegion, bodyRegionValues, isBilateral, regionCodeOf, regionCodes, regionHint, regionInfo, regionLabel, sideOf,
  type BodyRegion, type Side,
} from "@/server/domain/body-map";

describe("region codes (0.2)", () => {
  it("has the 17 codes, only STOCK and SADDLE unsided", () => {
    expect(regionCodes).toHaveLength(17);
    expect(regionCodes.filter((c) => !regionInfo[c].sided)).toEqual(["STOCK", "SADDLE"]);
    for (const code of regionCodes) {
      expect(regionInfo[code].label.length).toBeGreaterThan(0);
      expect(regionInfo[code].likelyStructure.length).toBeGreaterThan(0);
    }
  });

  it("stores 15 sided codes × L/R plus STOCK and SADDLE", () => {
    expect(bodyRegionValues).toHaveLength(32);
    expect(new Set(bodyRegionValues).size).toBe(32);
  });

  it.each<[string, boolean]>([
    ["MPN-R", true], ["MPN-L", true], ["IDN-3/4-L", true], ["DERM-S1-R", true], ["STOCK", true], ["SADDLE", true],
    ["MPN", false], ["STOCK-L", false], ["SADDLE-R", false], ["MPN-X", false], ["mpn-r", false], ["IDN-3/5-L", false], ["", false],
  ])("bodyRegion accepts %s: %s", (value, ok) => {
    expect(bodyRegion.safeParse(value).success).toBe(ok);
  });
});

describe("sideOf / regionCodeOf", () => {
  it.each<[BodyRegion, Side | null, string]>([
    ["MPN-R", "R", "MPN"],
    ["MPN-L", "L", "MPN"],
    ["IDN-4/5-R", "R", "IDN-4/5"],
    ["DERM-L5-L", "L", "DERM-L5"],
    ["SAPH-R", "R", "SAPH"],
    ["STOCK", null, "STOCK"],
    ["SADDLE", null, "SADDLE"],
  ])("%s → side %s, code %s", (region, side, code) => {
    expect(sideOf(region)).toBe(side);
    expect(regionCodeOf(region)).toBe(code);
  });

  it("every stored value maps back to a known code", () => {
    for (const region of bodyRegionValues) expect(regionCodes).toContain(regionCodeOf(region));
  });
});

describe("isBilateral", () => {
  it.each<[string, BodyRegion[], boolean]>([
    ["empty", [], false],
    ["one right region", ["MPN-R"], false],
    ["two right regions", ["MPN-R", "LPN-R"], false],
    ["same region both sides", ["MPN-L", "MPN-R"], true],
    ["different regions both sides", ["DPN-L", "SUR-R"], true],
    ["STOCK alone (unsided, handled by triage)", ["STOCK"], false],
    ["SADDLE with one side", ["SADDLE", "MPN-L"], false],
    ["STOCK with both sides", ["STOCK", "MPN-L", "MPN-R"], true],
  ])("%s → %s", (_label, regions, expected) => {
    expect(isBilateral(regions)).toBe(expected);
  });
});

describe("labels and hints", () => {
  it.each<[BodyRegion, string]>([
    ["MPN-R", "Medial sole and toes 1–3 (right)"],
    ["IDN-3/4-L", "Between toes 3 and 4 (left)"],
    ["STOCK", "Both feet, sock distribution"],
    ["SADDLE", "Saddle area"],
  ])("regionLabel(%s) = %s", (region, label) => {
    expect(regionLabel(region)).toBe(label);
  });

  it("hints name the likely structure, never a diagnosis", () => {
    expect(regionHint("MPN-L")).toBe("Medial plantar nerve (tibial). Classic tarsal tunnel territory.");
    expect(regionHint("SUR-R")).toBe("Sural nerve.");
    expect(regionHint("SADDLE")).toContain("Cauda equina");
  });
});
