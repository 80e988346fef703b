import { Router } from 'express';
import { ScenarioSchema, type Scenario } from '@shared/planner';
import { z } from 'zod';
import { recordAudit } from '../audit/record';
import { actorOf, permit } from '../auth/guards';
import type { AppContext } from '../context';
import { conflict, notFound } from '../http/errors';
import { parsedQuery, validateBody, validateIdParam, validateQuery } from '../http/validate';

const ScenarioSaveSchema = z.strictObject({
  scenario: ScenarioSchema,
  version: z.number({ message: 'version.required' }).int({ message: 'version.required' }).min(1, { message: 'version.required' }).optional(),
});
const ListQuerySchema = z.strictObject({ region: z.string().regex(/^[a-z-]{2,30}$/, { message: 'carrier.region.invalid' }).optional() });

interface ScenarioLean {
  _id: { toString(): string };
  name: string;
  region: string;
  definition: Scenario;
  version: number;
  createdBy: string;
  createdByName?: string | null;
  createdAt?: Date;
  updatedAt?: Date;
}

const scenarioNotFound = () => notFound({ zh: '方案', en: 'Scenario' });

function present(doc: ScenarioLean) {
  return {
    id: doc._id.toString(),
    ...doc.definition,
    version: doc.version,
    createdBy: { id: doc.createdBy, username: doc.createdByName ?? null },
    createdAt: doc.createdAt?.toISOString() ?? null,
    updatedAt: doc.updatedAt?.toISOString() ?? null,
  };
}

/** Planners' saved what-if scenarios (evaluated at /api/regions/:id/scenarios/evaluate). */
export function scenarioRoutes(context: AppContext): Router {
  const router = Router();
  const { Scenario: Scenarios } = context.db.models;
  const audit = (request: Parameters<typeof recordAudit>[1]['request'], action: string, id: string, name: string, actor: { id: string; username: string }) =>
    recordAudit(context.db.models, { action, outcome: 'success', actor, target: { type: 'scenario', id, label: name }, request }, context.now);

  router.get('/', permit(context, 'scenario:read'), validateQuery(ListQuerySchema), async (request, response) => {
    const { region } = parsedQuery<z.infer<typeof ListQuerySchema>>(response.locals);
    const docs = await Scenarios.find(region ? { region } : {}).sort({ updatedAt: -1, _id: -1 }).limit(200).lean<ScenarioLean[]>();
    response.json({ items: docs.map(present) });
  });

  router.get('/:id', permit(context, 'scenario:read'), validateIdParam, async (request, response) => {
    const doc = await Scenarios.findById(request.params.id).lean<ScenarioLean>();
    if (!doc) throw scenarioNotFound();
    response.json({ scenario: present(doc) });
  });

  router.post('/', permit(context, 'scenario:write'), validateBody(ScenarioSaveSchema), async (request, response) => {
    const actor = actorOf(request);
    const { scenario } = request.body as { scenario: Scenario };
    const doc = await Scenarios.create({ name: scenario.name, region: scenario.region, definition: scenario, version: 1, createdBy: actor.id, createdByName: actor.username, updatedBy: actor.id });
    await audit(request, 'scenario:create', doc.id, scenario.name, actor);
    response.status(201).json({ scenario: present(doc.toObject() as ScenarioLean) });
  });

  router.put('/:id', permit(context, 'scenario:write'), validateIdParam, validateBody(ScenarioSaveSchema), async (request, response) => {
    const actor = actorOf(request);
    const { scenario, version } = request.body as { scenario: Scenario; version?: number };
    const current = await Scenarios.findById(request.params.id).lean<ScenarioLean>();
    if (!current) throw scenarioNotFound();
    const expected = version ?? current.version;
    const result = await Scenarios.updateOne(
      { _id: request.params.id, version: expected },
      { $set: { name: scenario.name, region: scenario.region, definition: scenario, updatedBy: actor.id }, $inc: { version: 1 } },
    );
    if (result.matchedCount === 0) {
      throw conflict('stale_version', '该方案已被他人修改，请刷新后重试', 'This scenario was changed by someone else; reload and retry', { currentVersion: current.version });
    }
    await audit(request, 'scenario:update', String(request.params.id), scenario.name, actor);
    response.json({ scenario: present((await Scenarios.findById(request.params.id).lean<ScenarioLean>())!) });
  });

  router.delete('/:id', permit(context, 'scenario:write'), validateIdParam, async (request, response) => {
    const actor = actorOf(request);
    const current = await Scenarios.findByIdAndDelete(request.params.id).lean<ScenarioLean>();
    if (!current) throw scenarioNotFound();
    await audit(request, 'scenario:delete', String(request.params.id), current.name, actor);
    response.status(204).end();
  });

  return router;
}
