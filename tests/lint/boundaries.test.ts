import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The lint rules that keep the layout's promises (eslint.config.js), run on small sources
 * placed, by their file path, where each rule applies. Each forbidden case must fail.
 */
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '../..') });
});

async function restrictions(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages.filter((message) => ['no-restricted-imports', 'no-restricted-syntax', 'screens/no-cross-screen-imports'].includes(message.ruleId ?? '')).map((message) => message.message);
}

describe('import boundaries', () => {
  it.each([
    ['the store importing app code', 'packages/store/src/engine/probe.ts', "import { createApp } from '../../../../server/app';\nexport const app = createApp;\n"],
    ['the store importing the shared domain by alias', 'packages/store/src/engine/probe.ts', "import { isIsoDate } from '@shared/dates';\nexport const check = isIsoDate;\n"],
    ['the store’s persistence reaching into the wire protocol', 'packages/store/src/persistence/probe.ts', "import { decodeRequest } from '../wire/protocol';\nexport const decode = decodeRequest;\n"],
    ['the client importing server code', 'client/src/screens/probe.ts', "import { AppError } from '../../../server/http/errors';\nexport const error = AppError;\n"],
    ['the client importing the store', 'client/src/screens/probe.ts', "import { startEmbeddedStore } from '@carrier-planner/store';\nexport const start = startEmbeddedStore;\n"],
    ['shared importing server code', 'shared/planner/probe.ts', "import { AppError } from '../../server/http/errors';\nexport const error = AppError;\n"],
    ['shared importing client code', 'shared/planner/probe.ts', "import { api } from '../../client/src/api/client';\nexport const call = api;\n"],
    ['one screen importing another', 'client/src/screens/planner/probe.ts', "import { TargetCard } from '../dashboard/cards/TargetCard';\nexport const card = TargetCard;\n"],
    ['a nested screen file importing another screen', 'client/src/screens/planner/targets/probe.ts', "import { ChangeCard } from '../../review/ChangeCard';\nexport const card = ChangeCard;\n"],
    ['shared doing I/O', 'shared/planner/probe.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n"],
  ])('refuses %s', async (_case, filePath, source) => {
    expect(await restrictions(filePath, source)).not.toEqual([]);
  });

  it.each([
    ['the store importing its own modules', 'packages/store/src/probe.ts', "import { WireServer } from './wire/server';\nexport const server = WireServer;\n"],
    ['the client importing the shared domain', 'client/src/screens/probe.ts', "import { isIsoDate } from '@shared/dates';\nexport const check = isIsoDate;\n"],
    ['a screen importing the shared progress views', 'client/src/screens/planner/probe.ts', "import { StatusBadge } from '../../progress/StatusBadge';\nexport const badge = StatusBadge;\n"],
    ['a screen importing its own modules', 'client/src/screens/planner/targets/probe.ts', "import { PipelineTable } from '../PipelineTable';\nexport const table = PipelineTable;\n"],
    ['the server importing the store package', 'server/probe.ts', "import { startEmbeddedStore } from '@carrier-planner/store';\nexport const start = startEmbeddedStore;\n"],
  ])('allows %s', async (_case, filePath, source) => {
    expect(await restrictions(filePath, source)).toEqual([]);
  });
});

describe('no user text as HTML in the client', () => {
  it.each([
    ['a string tooltip', 'marker.bindTooltip(name);'],
    ['a template popup', 'marker.bindPopup(`<b>${name}</b>`);'],
    ['setContent with a string', "popup.setContent('<meta>');"],
    ['a divIcon built from markup', 'L.divIcon({ html: `<span>${name}</span>` });'],
    ['innerHTML', 'element.innerHTML = name;'],
    ['insertAdjacentHTML', "element.insertAdjacentHTML('beforeend', name);"],
  ])('refuses %s', async (_case, statement) => {
    const source = `import L from 'leaflet';\ndeclare const name: string;\ndeclare const marker: L.CircleMarker;\ndeclare const popup: L.Popup;\ndeclare const element: HTMLElement;\nexport function probe() {\n  ${statement}\n}\n`;
    expect(await restrictions('client/src/map/probe.ts', source)).toHaveLength(1);
  });

  it('allows a DOM node built with textContent', async () => {
    const source = "import L from 'leaflet';\ndeclare const marker: L.CircleMarker;\nexport function probe(name: string) {\n  marker.bindTooltip(labelElement(name));\n}\nfunction labelElement(text: string) {\n  const element = document.createElement('span');\n  element.textContent = text;\n  return element;\n}\n";
    expect(await restrictions('client/src/map/probe.ts', source)).toEqual([]);
  });

  it('refuses dangerouslySetInnerHTML in JSX', async () => {
    const source = 'export function Probe({ name }: { name: string }) {\n  return <div dangerouslySetInnerHTML={{ __html: name }} />;\n}\n';
    expect(await restrictions('client/src/screens/Probe.tsx', source)).toHaveLength(1);
  });
});
