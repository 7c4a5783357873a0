// A tiny virtual DOM: render functions return plain objects, so they can be
// tested in Node with constructed results, and toDom() is the one place that
// creates elements. Text only ever becomes a Text node (never HTML), and
// inline `style` is refused because the demo's CSP forbids it.
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * @param {string} tag
 * @param {Record<string, string|number|boolean|null|undefined>|null} [attributes]
 * @param {...(VNode|string|number|null|false|Array)} children
 * @returns {VNode}
 */
export function h(tag, attributes, ...children) {
  return { tag, attributes: attributes ?? {}, children: flatten(children), svg: false };
}

/** Same as h() for SVG elements. */
export function s(tag, attributes, ...children) {
  return { tag, attributes: attributes ?? {}, children: flatten(children), svg: true };
}

function flatten(children) {
  const out = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) out.push(...flatten(child));
    else out.push(typeof child === 'number' ? String(child) : child);
  }
  return out;
}

/** Builds real DOM nodes from a VNode tree in `doc`. */
export function toDom(node, doc) {
  if (typeof node === 'string') return doc.createTextNode(node);
  const element = node.svg ? doc.createElementNS(SVG_NS, node.tag) : doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'style' || /^on/i.test(name)) throw new Error(`vnode: attribute ${name} is not allowed`);
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of node.children) element.appendChild(toDom(child, doc));
  return element;
}

/** Concatenated text of a VNode tree (for tests and accessible labels). */
export function textOf(node) {
  if (typeof node === 'string') return node;
  return node.children.map(textOf).join('');
}

/** Every VNode in the tree for which `match(node)` is true, in document order. */
export function findAll(node, match, out = []) {
  if (typeof node === 'string') return out;
  if (match(node)) out.push(node);
  for (const child of node.children) findAll(child, match, out);
  return out;
}

/** @typedef {{ tag: string, attributes: Record<string, any>, children: Array<VNode|string>, svg: boolean }} VNode */
