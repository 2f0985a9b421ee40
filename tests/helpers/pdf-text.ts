import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** A PDF's page count and text, read the way a viewer does; whitespace removed, since text runs split at layout boundaries. */
export async function pdfText(pdf: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return { pages: doc.numPages, text: pages.join("").replace(/\s+/g, "") };
}

/** `text` (from pdfText) contains `expected`, whitespace aside. */
export const squeezed = (expected: string) => expected.replace(/\s+/g, "");
