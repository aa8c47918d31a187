/**
 * Every attribute through which an element makes a request, per element name (HTML and SVG
 * share `script`). Auto-blocking applies this one table to every way of setting a value — the
 * reflecting property (`img.srcset = …`), `setAttribute`, `setAttributeNS`, `setAttributeNode`,
 * `Attr.value` and `attributes.setNamedItem` — and to elements entering the document, so a new
 * path is a new row here. `srcdoc` holds a whole document (held when it names a tracker URL);
 * `srcset` and `ping` hold URL lists (every URL in them is checked).
 */
export const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  script: ['src', 'href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src', 'srcdoc'],
  frame: ['src'],
  link: ['href'],
  object: ['data'],
  embed: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src'],
  image: ['href'],
  a: ['ping'],
  area: ['ping'],
  form: ['action'],
};

/** The attribute name a qualified name sets (`xlink:href` → `href`), lower case. */
export const localNameOf = (name: unknown) => String(name).toLowerCase().replace(/^.*:/, '');

/**
 * The URLs a value of `attribute` would request: every absolute URL of an HTML `srcdoc`,
 * otherwise every space- or comma-separated part (a `srcset` or `ping` list; a plain URL is
 * its own first part, and splitting a URL that contains a comma only checks more hosts).
 * Auto-blocking judges any other attribute's value whole, as one URL.
 */
export const urlsOf = (attribute: string, value: unknown): string[] =>
  attribute === 'srcdoc'
    ? (String(value).match(/(?:https?:)?\/\/[^\s"'<>]+/gi) ?? [])
    : String(value)
        .trim()
        .split(/[\s,]+/);
