/** A link inside text or beside a heading: underlined, so it reads as a link without colour. */
export const textLinkClasses =
  "font-medium text-brand-800 underline underline-offset-4 hover:no-underline";
