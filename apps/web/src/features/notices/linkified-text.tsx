import { Fragment } from "react";

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

/** Plain text with its web addresses as real links. */
export function LinkifiedText({ text }: { text: string }) {
  return text.split(URL_PATTERN).map((part, index) => {
    if (index % 2 === 0) return <Fragment key={index}>{part}</Fragment>;
    const trailing = TRAILING_PUNCTUATION.exec(part)?.[0] ?? "";
    const href = trailing ? part.slice(0, -trailing.length) : part;
    return (
      <Fragment key={index}>
        <a
          href={href}
          className="break-all text-brand-700 underline underline-offset-4 hover:text-brand-900 focus-visible:rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          {href}
        </a>
        {trailing}
      </Fragment>
    );
  });
}
