import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** One run of text on a page, in PDF points from the bottom-left corner, with its font size. */
export type PdfTextItem = { text: string; x: number; y: number; width: number; size: number };
export type PdfPage = { width: number; height: number; items: PdfTextItem[] };

/** Every page's text runs with their position and size, read the way a viewer does (pdfjs). */
export async function pdfLayout(pdf: Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) =>
      "str" in item && item.str.trim() ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, size: Math.round(Math.hypot(item.transform[0] as number, item.transform[1] as number) * 10) / 10 }] : [],
    );
    pages.push({ width, height, items });
  }
  return pages;
}

/** The page's body: its text without the running header and the page-number footer (the page margins). */
export const bodyItems = (page: PdfPage, margin: number) => page.items.filter((i) => i.y > margin && i.y < page.height - margin);

/** The body's lines, top to bottom: runs on the same baseline joined. */
export function bodyLines(page: PdfPage, margin: number): { y: number; text: string; size: number }[] {
  const byY = new Map<number, PdfTextItem[]>();
  for (const item of bodyItems(page, margin)) {
    const y = Math.round(item.y);
    byY.set(y, [...(byY.get(y) ?? []), item]);
  }
  return [...byY.entries()]
    .sort(([a], [b]) => b - a)
    .map(([y, items]) => ({ y, text: items.sort((a, b) => a.x - b.x).map((i) => i.text).join(" "), size: Math.max(...items.map((i) => i.size)) }));
}
