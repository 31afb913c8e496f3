/**
 * HTML built only through `markup`: every interpolated value is escaped unless it is itself `Html` (the
 * result of another `markup` call). Page text, file names and notes are untrusted; none of them can open
 * a tag, close an attribute or start a script.
 */

/** A piece of HTML that is already safe to insert. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template: `markup\`<p>${untrusted}</p>\`` escapes `untrusted`. */
export function markup(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/**
 * A relative path inside the archive as a URL: each segment percent-encoded, so a file name with
 * '#', '?', '%', spaces or Cyrillic letters still points at its file.
 */
export function relativeUrl(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
