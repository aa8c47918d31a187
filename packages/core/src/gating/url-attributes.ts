/**
 * Every attribute through which an element makes a request, per element name (HTML and SVG
 * share `script`). Auto-blocking applies this one table to every way of setting a value — the
 * reflecting property (`img.srcset = …`), `setAttribute`, `setAttributeNS`, `setAttributeNode`,
 * `Attr.value` and `attributes.setNamedItem` — and to elements entering the document, so a new
 * path is a new row here. `srcdoc` holds a whole document (held when it names a tracker URL);
 * `srcset` and `ping` hold URL lists (every URL in them is checked). A reflecting property
 * spelled otherwise than its attribute (`formAction`, `imageSrcset`) is listed in both
 * spellings: the attribute name is what the setters and the insertion check read, the property
 * name is what the property patch wraps. Legacy `background` (body, table parts) loads an image.
 * It has no prototype: a tag named like an `Object.prototype` member (`constructor`,
 * `toString`, `__proto__`) has no row.
 */
const TABLE_PART = ['background'];
/** `table` as an object without a prototype: a look-up finds its own keys only. */
const own = <T>(table: Record<string, T>): Readonly<Record<string, T>> => Object.assign(Object.create(null), table);
export const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = own({
  script: ['src', 'href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src', 'srcdoc'],
  frame: ['src'],
  link: ['href', 'imagesrcset', 'imageSrcset'],
  object: ['data'],
  embed: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src', 'formaction', 'formAction'],
  button: ['formaction', 'formAction'],
  image: ['href'],
  use: ['href'],
  feImage: ['href'],
  a: ['ping'],
  area: ['ping'],
  form: ['action'],
  body: TABLE_PART,
  table: TABLE_PART,
  thead: TABLE_PART,
  tbody: TABLE_PART,
  tfoot: TABLE_PART,
  tr: TABLE_PART,
  td: TABLE_PART,
  th: TABLE_PART,
});

/** Elements that fetch as they are inserted, before an HTML sink returns and auto-blocking can check them. */
export const EAGER = /^(link|object|embed)$/i;
/**
 * What a tracker URL attribute of an `EAGER` element in an HTML string is renamed to
 * (`data-consentkit-href`, html-rewrite.ts): inert until auto-blocking checks the parsed element
 * and holds the URL (or sets it, if granted meanwhile).
 */
export const HELD_LINK = 'data-consentkit-';

/** The attribute name a qualified name sets (`xlink:href` → `href`), lower case. */
export const localNameOf = (name: unknown) => String(name).toLowerCase().replace(/^.*:/, '');

/** Named character references that spell a part of a URL (numeric ones, `&#47;` `&#x2F;`, are decoded by code point). */
const NAMED = own({ colon: ':', sol: '/', bsol: '\\', period: '.', amp: '&', percnt: '%', commat: '@', Tab: '', NewLine: '' });

/**
 * Text as the HTML parser reads an attribute value: the character references that can spell a
 * URL decoded once (`&#46;` `&#x2F;` `&period;` `&amp;`…); any other `&` left as it is.
 */
export const decodeReferences = (text: string): string =>
  text.replace(/&(?:#(x[\da-f]+|\d+)|([a-z]+));?/gi, (ref, number?: string, name?: string) => {
    try {
      // `0x2F` or `047`: a number either way.
      return number ? String.fromCodePoint(+('0' + number)) : (NAMED[name!] ?? ref);
    } catch {
      return ref;
    }
  });

/**
 * A `srcdoc` as its document's parser and the URL parser will read it: the character references
 * that can spell a URL decoded (again for a `srcdoc` inside it), the tabs and newlines the URL
 * parser removes removed.
 */
const decodeSrcdoc = (html: string): string => {
  const text = decodeReferences(html).replace(/[\t\n\r]/g, '');
  return text === html ? html : decodeSrcdoc(text);
};

/**
 * The URLs a value of `attribute` would request: every absolute URL of an HTML `srcdoc` (also
 * spelled with character references, tabs or newlines, or backslashes for slashes), otherwise
 * every space- or comma-separated part (a `srcset` or `ping` list; a plain URL is its own first
 * part, and splitting a URL that contains a comma only checks more hosts). Auto-blocking judges
 * any other attribute's value whole, as one URL.
 */
export const urlsOf = (attribute: string, value: unknown): string[] =>
  attribute === 'srcdoc'
    ? (decodeSrcdoc(String(value)).match(/(?:https?:)?[\\/]{2}[^\s"'<>]+/gi) ?? [])
    : String(value)
        .trim()
        .split(/[\s,]+/);
