import { describe, expect, it } from 'vitest';
import { extractChart } from '../static/extractChart.js';
import { escapeXml, find, findAll, parseMarkup, styleValue, textOf } from '../static/parseMarkup.js';

describe('parseMarkup', () => {
  it('builds the tree React markup describes, with void elements and source offsets', () => {
    const html =
      '<div id="a"><p>x &amp; y<br/>z</p><input type="text"/><svg width="4"><g><path d="M0"></path></g></svg></div>';
    const root = parseMarkup(html);
    const div = find(root, (e) => e.tag === 'div')!;
    expect(div.attrs).toEqual({ id: 'a' });
    expect(div.children.map((c) => (typeof c === 'string' ? c : c.tag))).toEqual(['p', 'input', 'svg']);
    expect(textOf(div)).toBe('x & yz');
    const svg = find(root, (e) => e.tag === 'svg')!;
    expect(html.slice(svg.start, svg.end)).toBe('<svg width="4"><g><path d="M0"></path></g></svg>');
    expect(findAll(root, (e) => e.tag === 'g' || e.tag === 'path').length).toBe(2);
    expect(findAll(root, (e) => e.tag === 'svg' || e.tag === 'path', true).map((e) => e.tag)).toEqual(['svg']);
  });
  it('decodes entities and reads style declarations', () => {
    expect(textOf('&#x27;a&#39; &lt;b&gt; &quot;c&quot;')).toBe('\'a\' <b> "c"');
    expect(escapeXml('a<b & "c"')).toBe('a&lt;b &amp; &quot;c&quot;');
    expect(styleValue('display:block;margin-top:6px', 'margin-top')).toBe('6px');
    expect(styleValue('display:block', 'margin-top')).toBeUndefined();
  });
});

describe('extractChart', () => {
  const html =
    '<figure class="parklinks"><figcaption><div id="t">Title &amp; more</div><p>Summary.</p></figcaption>' +
    '<div><div><svg width="300" height="200" tabindex="0" role="application" style="display:block"><circle r="2" tabindex="-1"></circle></svg>' +
    '<div><button><svg width="10" height="10"></svg></button></div>' +
    '<svg width="300" height="40" style="display:block;margin-top:6px;overflow:visible"><rect></rect></svg></div></div>' +
    '<ul aria-label="Legend"><li><svg width="18" height="12"><circle></circle></svg><span>Science park</span></li></ul>' +
    '<details><summary>Data table</summary><table><tr><td>row</td></tr></table></details></figure>';

  it('takes title, summary, the chart SVGs (not button icons), their spacing and the legend', () => {
    const c = extractChart(html);
    expect(c.title).toBe('Title & more');
    expect(c.summary).toBe('Summary.');
    expect(c.parts.map((p) => [p.width, p.height, p.marginTop])).toEqual([
      [300, 200, 0],
      [300, 40, 6],
    ]);
    expect(c.parts[0]!.open).toBe('<svg width="300" height="200"');
    expect(c.parts[0]!.inner).toBe('<circle r="2"></circle>');
    expect(c.parts[1]!.open).toContain('overflow="visible"');
    expect(c.legend.map((l) => l.label)).toEqual(['Science park']);
    expect(c.note).toBe('');
  });

  it('keeps the text shown instead of an empty chart', () => {
    const empty = extractChart(
      '<figure><figcaption><div>T</div><p>S</p></figcaption><div><div>No partnerships to show.</div></div></figure>',
    );
    expect(empty.parts).toEqual([]);
    expect(empty.note).toBe('No partnerships to show.');
  });
});
