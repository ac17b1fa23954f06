// Small DOM helpers for the builder's form: every control is a native input with a visible label.

let uid = 0;
/** A unique id for label/control pairs (several builders may share a page). */
export const nextId = (prefix: string) => `plb-${prefix}-${++uid}`;

/** An element with a class and text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

export type Option = { value: string; label: string };

/** A fieldset of radio buttons named `name`. */
export function radios(name: string, legend: string, options: Option[], checked: string): HTMLFieldSetElement {
  const set = el('fieldset', 'plb-field plb-radios');
  set.append(el('legend', undefined, legend));
  const group = nextId(name);
  for (const o of options) {
    const label = el('label', 'plb-choice');
    const input = el('input');
    input.type = 'radio';
    input.name = group;
    input.dataset.control = name;
    input.value = o.value;
    input.checked = o.value === checked;
    label.append(input, ` ${o.label}`);
    set.append(label);
  }
  return set;
}

/** A fieldset of checkboxes (a scrolling box when long), with a hint that none ticked means all. */
export function checks(name: string, legend: string, hint: string, options: Option[], checked: string[]) {
  const set = el('fieldset', 'plb-field');
  const hintId = nextId(`${name}-hint`);
  set.append(el('legend', undefined, legend));
  const p = el('p', 'plb-hint', hint);
  p.id = hintId;
  set.setAttribute('aria-describedby', hintId);
  const box = el('div', options.length > 8 ? 'plb-checks plb-scroll' : 'plb-checks');
  for (const o of options) {
    const label = el('label', 'plb-choice');
    const input = el('input');
    input.type = 'checkbox';
    input.dataset.control = name;
    input.value = o.value;
    input.checked = checked.includes(o.value);
    label.append(input, ` ${o.label}`);
    box.append(label);
  }
  set.append(p, box);
  return set;
}

/** A labelled `<select>`. */
export function select(name: string, label: string, options: Option[], value: string): HTMLLabelElement {
  const wrap = el('label', 'plb-field plb-inline', label);
  const s = el('select');
  s.dataset.control = name;
  for (const o of options) {
    const opt = el('option', undefined, o.label);
    opt.value = o.value;
    s.append(opt);
  }
  s.value = value;
  wrap.append(s);
  return wrap;
}

/** A labelled `<input>` with an optional hint under it. */
export function input(name: string, label: string, attrs: Record<string, string>, hint?: string): HTMLElement {
  const wrap = el('div', 'plb-field');
  const id = nextId(name);
  const l = el('label', undefined, label);
  l.htmlFor = id;
  const i = el('input');
  i.id = id;
  i.dataset.control = name;
  for (const [k, v] of Object.entries(attrs)) i.setAttribute(k, v);
  wrap.append(l, i);
  if (hint) {
    const p = el('p', 'plb-hint', hint);
    p.id = `${id}-hint`;
    i.setAttribute('aria-describedby', p.id);
    wrap.append(p);
  }
  return wrap;
}
