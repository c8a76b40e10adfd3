// Structural checks for rendered reports, used instead of huge snapshots.

/** Problems with a Markdown document's structure: unbalanced fences/details, broken tables. Empty when sound. */
export function markdownProblems(md: string): string[] {
  const problems: string[] = [];
  const lines = md.split('\n');
  let fence: number | null = null;
  let details = 0;
  let table: { cols: number; start: number; row: number } | null = null;
  const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length - 2;
  lines.forEach((l, i) => {
    const n = i + 1;
    if (fence !== null) {
      const m = /^ *(`{3,})\s*$/.exec(l);
      if (m && m[1].length >= fence) fence = null;
      return;
    }
    const open = /^ *(`{3,})[^`]*$/.exec(l);
    if (open) {
      if (table) problems.push(`line ${n}: fence inside table`);
      fence = open[1].length;
      return;
    }
    details += (l.match(/<details>/g) ?? []).length;
    details -= (l.match(/<\/details>/g) ?? []).length;
    if (details < 0) problems.push(`line ${n}: </details> without <details>`);
    if (l.startsWith('|')) {
      if (!l.endsWith('|')) problems.push(`line ${n}: table row does not end with |`);
      if (!table) {
        if (i > 0 && lines[i - 1] !== '') problems.push(`line ${n}: table not preceded by a blank line`);
        table = { cols: cells(l), start: n, row: 0 };
      } else {
        table.row++;
        if (table.row === 1 && !/^\|( *:?-{3,}:? *\|)+$/.test(l)) problems.push(`line ${n}: table header without separator`);
        if (cells(l) !== table.cols) problems.push(`line ${n}: ${cells(l)} cells, header has ${table.cols}`);
      }
    } else {
      if (table && table.row < 1) problems.push(`line ${table.start}: table without separator`);
      if (table && l !== '') problems.push(`line ${n}: table not followed by a blank line`);
      table = null;
    }
  });
  if (table && (table as { row: number }).row < 1) problems.push('table without separator at end');
  if (fence !== null) problems.push('unclosed fence');
  if (details !== 0) problems.push(`${details} unclosed <details>`);
  return problems;
}

/** Problems with an XML document's well-formedness (a small checker: tags, attributes, entities). Empty when sound. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(xml)) problems.push('invalid XML character');
  const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
  const checkText = (t: string, where: string) => {
    for (let i = 0; i < t.length; i++) {
      if (t[i] === '<') problems.push(`raw < in ${where}`);
      if (t[i] === '&') {
        entity.lastIndex = i;
        if (!entity.test(t)) problems.push(`bad entity in ${where}: ${t.slice(i, i + 10)}`);
      }
    }
  };
  let s = xml.replace(/^<\?xml[^?]*\?>/, '');
  const stack: string[] = [];
  let roots = 0;
  const tag = /^<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"]*")*)\s*(\/?)>/;
  while (s.length > 0) {
    const lt = s.indexOf('<');
    const text = lt < 0 ? s : s.slice(0, lt);
    if (stack.length === 0 && text.trim() !== '') problems.push('text outside root');
    checkText(text, 'text');
    if (lt < 0) break;
    s = s.slice(lt);
    const m = tag.exec(s);
    if (!m) {
      problems.push(`malformed tag: ${s.slice(0, 40)}`);
      break;
    }
    const [all, close, name, attrs, selfClose] = m;
    for (const a of attrs.matchAll(/="([^"]*)"/g)) checkText(a[1], `attribute of <${name}>`);
    const names = [...attrs.matchAll(/([A-Za-z_][\w.:-]*)=/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) problems.push(`duplicate attribute in <${name}>`);
    if (close) {
      if (stack.pop() !== name) problems.push(`mismatched </${name}>`);
    } else if (!selfClose) {
      if (stack.length === 0) roots++;
      stack.push(name);
    } else if (stack.length === 0) roots++;
    s = s.slice(all.length);
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(',')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** Decode the five predefined entities and numeric references (to compare attribute values). */
export function xmlDecode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );
}
