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
    expect(c.parts.map((p) => [p.width, p.height, p.y])).toEqual([
      [300, 200, 0],
      [300, 40, 206],
    ]);
    expect(c.height).toBe(246);
    expect(c.parts[0]!.open).toBe('<svg width="300" height="200"');
    expect(c.parts[0]!.inner).toBe('<circle r="2"></circle>');
    expect(c.parts[1]!.open).toContain('overflow="visible"');
    expect(c.legend.map((l) => l.label)).toEqual(['Science park']);
    expect(c.note).toBe('');
  });

  it('places layers and absolutely placed parts like a browser, opening scroll boxes for print', () => {
    const c = extractChart(
      '<figure><figcaption><div>T</div><p>S</p></figcaption><div><div style="position:relative;height:300px">' +
        '<svg width="400" height="300" style="position:absolute;inset:0"><path></path></svg>' +
        '<svg width="400" height="300" style="position:relative"><circle></circle></svg>' +
        '<div style="position:absolute;top:8px"><button><svg width="9" height="9"></svg></button></div></div>' +
        '<div style="height:100px;overflow-y:auto"><svg width="400" height="250"></svg></div>' +
        '<svg width="400" height="20" style="position:absolute;top:400px"></svg></div></figure>',
    );
    // Land under markers (document order), the scroll box opened from 100 to 250 px, the strip below moved by 150.
    expect(c.parts.map((p) => [p.inner, p.y, p.height])).toEqual([
      ['<path></path>', 0, 300],
      ['<circle></circle>', 0, 300],
      ['', 300, 250],
      ['', 550, 20],
    ]);
    expect(c.height).toBe(570);
  });

  it('keeps the text shown instead of an empty chart', () => {
    const empty = extractChart(
      '<figure><figcaption><div>T</div><p>S</p></figcaption><div><div>No partnerships to show.</div></div></figure>',
    );
    expect(empty.parts).toEqual([]);
    expect(empty.note).toBe('No partnerships to show.');
  });
});
