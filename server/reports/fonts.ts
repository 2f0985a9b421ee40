import { resolve } from "node:path";
import { Font } from "@react-pdf/renderer";

/**
 * The report's fonts: local files only, registered once per process (web fonts make rendering far
 * slower, and a report must print without network). DejaVu Sans covers Latin, Greek, Cyrillic and
 * the symbols the report uses ("≤", "×"); Noto fonts shipped in npm packages are the fallbacks, tried
 * in order for a character DejaVu lacks: Hebrew, Arabic, Chinese (with Japanese kana) and emoji, so a
 * name like "中村" or a "😀" typed in a note prints as written rather than as empty boxes.
 */
const local = (path: string) => resolve(process.cwd(), path);

const families: { family: string; regular: string; bold?: string }[] = [
  { family: "DejaVu", regular: local("server/reports/fonts/DejaVuSans.ttf"), bold: local("server/reports/fonts/DejaVuSans-Bold.ttf") },
  {
    family: "NotoSansHebrew",
    regular: local("node_modules/@embedpdf/fonts-hebrew/fonts/NotoSansHebrew-Regular.ttf"),
    bold: local("node_modules/@embedpdf/fonts-hebrew/fonts/NotoSansHebrew-Bold.ttf"),
  },
  {
    family: "NotoNaskhArabic",
    regular: local("node_modules/@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Regular.ttf"),
    bold: local("node_modules/@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Bold.ttf"),
  },
  // One weight: the CJK font is large, and bold headings in it fall back to the regular face.
  { family: "NotoSansHans", regular: local("node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf") },
  { family: "NotoEmoji", regular: local("node_modules/@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf") },
];

/** The report's `fontFamily`: DejaVu first, then each fallback in order. */
export const REPORT_FONT_FAMILIES = families.map((f) => f.family);

/** Words longer than this may break anywhere: a URL or a long name must wrap, not run off the page. */
const LONG_WORD = 24;
const PIECE = 6;

let registered = false;

/** Registers the report's fonts and its word-breaking rule with react-pdf (idempotent). */
export function registerReportFonts(): void {
  if (registered) return;
  registered = true;
  for (const { family, regular, bold } of families) {
    Font.register({ family, fonts: [{ src: regular }, ...(bold ? [{ src: bold, fontWeight: "bold" as const }] : [])] });
  }
  // No hyphenation of ordinary words (a clinical term split wrongly misleads); very long ones may
  // break between pieces.
  Font.registerHyphenationCallback((word) => (word.length > LONG_WORD ? word.match(new RegExp(`.{1,${PIECE}}`, "gu")) ?? [word] : [word]));
}
