import type { Request } from 'express';
import type { Scenario } from '@shared/planner';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { conflict, notFound } from '../http/errors';
import type { Actor } from '@shared/policies';
import { presentScenario, type ScenarioLean } from './presenter';

const scenarioNotFound = () => notFound({ zh: '方案', en: 'Scenario' });
const staleScenario = (currentVersion: number) =>
  conflict('stale_version', '该方案已被他人修改，请刷新后重试', 'This scenario was changed by someone else; reload and retry', { currentVersion });

/** Planners' saved what-if scenarios: reading them, and the commands that change them (each audited). */
export function scenarioService(context: AppContext) {
  const { Scenario: Scenarios } = context.db.models;
  const audit = (request: Request, action: string, id: string, name: string, actor: Actor) =>
    recordAudit(context.db.models, { action, outcome: 'success', actor, target: { type: 'scenario', id, label: name }, request }, context.now);

  async function load(id: string): Promise<ScenarioLean> {
    const doc = await Scenarios.findById(id).lean<ScenarioLean>();
    if (!doc) throw scenarioNotFound();
    return doc;
  }

  return {
    async list(region: string | undefined) {
      const docs = await Scenarios.find(region ? { region } : {}).sort({ updatedAt: -1, _id: -1 }).limit(200).lean<ScenarioLean[]>();
      return docs.map(presentScenario);
    },

    async get(id: string) {
      return presentScenario(await load(id));
    },

    async saveScenario(actor: Actor, scenario: Scenario, request: Request) {
      const doc = await Scenarios.create({ name: scenario.name, region: scenario.region, definition: scenario, version: 1, createdBy: actor.id, createdByName: actor.username, updatedBy: actor.id });
      await audit(request, 'scenario:create', doc.id, scenario.name, actor);
      return presentScenario(doc.toObject() as ScenarioLean);
    },

    /** Replaces a scenario if it is still at `version` (the current one when none is given). */
    async updateScenario(actor: Actor, id: string, scenario: Scenario, version: number | undefined, request: Request) {
      const current = await load(id);
      const result = await Scenarios.updateOne(
        { _id: id, version: version ?? current.version },
        { $set: { name: scenario.name, region: scenario.region, definition: scenario, updatedBy: actor.id }, $inc: { version: 1 } },
      );
      if (result.matchedCount === 0) throw staleScenario(current.version);
      await audit(request, 'scenario:update', id, scenario.name, actor);
      return presentScenario(await load(id));
    },

    async deleteScenario(actor: Actor, id: string, request: Request) {
      const current = await Scenarios.findByIdAndDelete(id).lean<ScenarioLean>();
      if (!current) throw scenarioNotFound();
      await audit(request, 'scenario:delete', id, current.name, actor);
    },
  };
}
