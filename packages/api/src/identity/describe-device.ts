import Bowser from "bowser";

const BROWSER_NAMES: Record<string, string> = {
  "Samsung Internet for Android": "Samsung Internet",
  "Android Browser": "Android browser",
};

const SYSTEM_NAMES: Record<string, string> = {
  macOS: "Mac",
  "Chrome OS": "Chromebook",
};

/** What the device runs on, as its owner calls it: "iPhone", "Android tablet", "Mac", "Windows". */
function systemOf(parser: Bowser.Parser.Parser): string {
  const { model, type } = parser.getPlatform();
  const os = parser.getOSName();
  if (model === "iPhone" || model === "iPad") return model;
  if (os === "Android") return type === "tablet" ? "Android tablet" : "Android";
  return SYSTEM_NAMES[os] ?? os;
}

/** "Chrome on Android", "Safari on iPhone", or "Unknown device" for a sign-in without a User-Agent. */
export function describeDevice(userAgent: string | null): string {
  if (!userAgent) return "Unknown device";
  const parser = Bowser.getParser(userAgent);
  const name = parser.getBrowserName();
  const browser = BROWSER_NAMES[name] ?? (name || "Unknown browser");
  const system = systemOf(parser);
  if (system) return `${browser} on ${system}`;
  return name ? browser : "Unknown device";
}
