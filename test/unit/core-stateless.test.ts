/**
 * No module in src/core holds state between calls (house style 11): no module-level `let`/`var`, no
 * module-level WeakMap/WeakRef cache, and no module-level Map or Set that any code of the module writes to.
 * Constant tables (`new Set([...])` read only) are allowed. Read from the source with the TypeScript parser.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const coreDir = path.resolve(__dirname, '../../src/core');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return /\.ts$/.test(f) && !f.endsWith('.d.ts') ? [p] : [];
  });
}

/** What in one module would carry state from one call to the next. */
function moduleState(source: string, name = 'x.ts'): string[] {
  const sf = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const collections = new Set<string>();
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    const list = st.declarationList;
    const isConst = (list.flags & ts.NodeFlags.Const) !== 0;
    for (const d of list.declarations) {
      const id = d.name.getText(sf);
      if (!isConst) found.push(`module-level let/var ${id}`);
      const init = d.initializer;
      if (init && ts.isNewExpression(init)) {
        const ctor = init.expression.getText(sf);
        if (ctor === 'WeakMap' || ctor === 'WeakRef' || ctor === 'WeakSet')
          found.push(`module-level ${ctor} ${id}`);
        if (ctor === 'Map' || ctor === 'Set') collections.add(id);
      }
    }
  }
  const visit = (n: ts.Node) => {
    if (
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      ts.isIdentifier(n.expression.expression) &&
      collections.has(n.expression.expression.text) &&
      ['set', 'add', 'delete', 'clear'].includes(n.expression.name.text)
    )
      found.push(
        `module-level collection ${n.expression.expression.text} written (.${n.expression.name.text})`,
      );
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('the core holds no state between calls', () => {
  it('the check finds a module-level cache, a let and a written Map, and passes constant tables', () => {
    expect(moduleState('let n = 0;')).toHaveLength(1);
    expect(moduleState('const c = new WeakMap();')).toHaveLength(1);
    expect(moduleState('const m = new Map(); export function f(k){ m.set(k, 1); }')).toHaveLength(1);
    expect(moduleState("const T = new Set(['A']); export const f = (x) => T.has(x);")).toEqual([]);
  });
  const files = tsFiles(coreDir);
  it.each(files.map((f) => path.relative(coreDir, f)))('%s', (rel) => {
    expect(moduleState(readFileSync(path.join(coreDir, rel), 'utf8'), rel)).toEqual([]);
  });
});
