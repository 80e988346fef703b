import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The planner's modules form no import circle (type imports included): evaluate.ts computes
 * the report, progress.ts and plan.ts return it, report.ts describes it, and none of them
 * reads the others both ways (issue #16).
 */
const folder = path.resolve(import.meta.dirname, '../../shared/planner');

function importGraph(): Map<string, string[]> {
  const files = readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = readFileSync(path.join(folder, file), 'utf8');
    const targets = [...source.matchAll(/(?:import|export)[^'"]*?from\s+'\.\/([\w.]+)'/g)].map((match) => `${match[1]}.ts`);
    graph.set(file, [...new Set(targets)].filter((target) => files.includes(target)));
  }
  return graph;
}

function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('shared/planner imports', () => {
  it('form no circle', () => {
    const graph = importGraph();
    expect(graph.get('evaluate.ts')).toContain('report.ts');
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a circle when there is one (the check is not vacuous)', () => {
    const graph = new Map([
      ['evaluate.ts', ['progress.ts']],
      ['progress.ts', ['evaluate.ts']],
    ]);
    expect(cycles(graph)).toEqual([['evaluate.ts', 'progress.ts', 'evaluate.ts']]);
  });

  it('keeps test builders out of the production folder', () => {
    expect(readdirSync(folder).filter((name) => /fixture/i.test(name))).toEqual([]);
  });
});
