// DOM builders for the parts: attributes by setAttribute, text by
// textContent, so that report text never becomes markup.

/** `document.createElement` with a class, attributes and text. */
export function h(tag, attributes, text) {
  const el = document.createElement(tag);
  if (attributes) for (const name in attributes) if (attributes[name] != null) el.setAttribute(name, attributes[name]);
  if (text != null) el.textContent = text;
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The same for an SVG element. */
export function s(tag, attributes, text) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const name in attributes) el.setAttribute(name, attributes[name]);
  if (text != null) el.textContent = text;
  return el;
}
