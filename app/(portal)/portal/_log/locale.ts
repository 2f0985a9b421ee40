import { headers } from "next/headers";

/**
 * The athlete's own number format, from the browser's preferred languages (Accept-Language): so a
 * distance reads "5,2 km" on a German phone and "5.2 km" on a British one. Falls back to en-GB.
 */
export async function requestLocale(): Promise<string> {
  const accepted = (await headers()).get("accept-language") ?? "";
  for (const part of accepted.split(",")) {
    const tag = part.split(";")[0]?.trim();
    if (!tag || tag === "*") continue;
    try {
      const [supported] = Intl.NumberFormat.supportedLocalesOf(tag);
      if (supported) return supported;
    } catch {
      // not a language tag
    }
  }
  return "en-GB";
}
