import type { Request } from 'express';
import { diffRecords } from '@shared/carriers/diff';
import type { Target } from '@shared/planner';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { conflict, notFound, validationFailed } from '../http/errors';
import { translate, type Language } from '@shared/validation/messages';
import type { Actor } from '@shared/policies';

export const targetNotFound = () => notFound({ zh: '目标', en: 'Target' });

interface TargetLean {
  _id: string;
  region: string;
  definition: Target;
  version: number;
  updatedBy?: string | null;
  updatedAt?: Date;
  deletedAt?: Date | null;
}

/** A target as the API returns it: the definition, its version and who last changed it. */
function present(doc: TargetLean) {
  return { ...doc.definition, version: doc.version, updatedAt: doc.updatedAt?.toISOString() ?? null, updatedBy: doc.updatedBy ?? null };
}

/** Targets are data that planners edit; every change is versioned and audited. */
export function targetService(context: AppContext) {
  const { Target: Targets } = context.db.models;

  async function load(id: string): Promise<TargetLean> {
    const doc = await Targets.findOne({ _id: id, deletedAt: null }).lean<TargetLean>();
    if (!doc) throw targetNotFound();
    return doc;
  }

  async function audit(actor: Actor, action: string, id: string, diff: unknown[], request: Request, details?: Record<string, unknown>) {
    await recordAudit(context.db.models, { action, outcome: 'success', actor, target: { type: 'target', id, label: id }, diff, request, ...(details ? { details } : {}) }, context.now);
  }

  return {
    /** The live definitions of every target (the planner evaluates them). */
    async definitions(): Promise<Target[]> {
      const docs = await Targets.find({ deletedAt: null }).lean<TargetLean[]>();
      return docs.map((doc) => doc.definition);
    },

    async listForRegion(region: string) {
      const docs = await Targets.find({ region, deletedAt: null }).sort({ _id: 1 }).lean<TargetLean[]>();
      return docs.map(present);
    },

    async get(id: string) {
      return present(await load(id));
    },

    async create(actor: Actor, target: Target, request: Request) {
      if (await Targets.exists({ _id: target.id })) {
        throw conflict('duplicate_target', `目标编号“${target.id}”已存在`, `A target with id "${target.id}" exists`);
      }
      await Targets.create({ _id: target.id, region: target.region, definition: target, version: 1, updatedBy: actor.id });
      await audit(actor, 'target:create', target.id, diffRecords({}, target), request);
      return present(await load(target.id));
    },

    async replace(actor: Actor, target: Target, expectedVersion: number, request: Request, as: { action: string; details?: Record<string, unknown> } = { action: 'target:update' }) {
      const current = await load(target.id);
      if (current.version !== expectedVersion) {
        throw conflict('stale_version', '该目标已被他人修改，请刷新后重试', 'This target was changed by someone else; reload and retry', { currentVersion: current.version });
      }
      const result = await Targets.updateOne(
        { _id: target.id, version: expectedVersion },
        { $set: { definition: target, region: target.region, updatedBy: actor.id }, $inc: { version: 1 } },
      );
      if (result.matchedCount === 0) throw conflict('stale_version', '该目标已被他人修改，请刷新后重试', 'This target was changed by someone else; reload and retry');
      await audit(actor, as.action, target.id, diffRecords(current.definition, target), request, as.details);
      return present(await load(target.id));
    },

    /**
     * Puts one of the target's readings in use (its figure, status and card follow it). A
     * reading the target does not list is refused naming the field; the switch is audited
     * with the reading before and after.
     */
    async chooseReading(actor: Actor, id: string, choice: { reading: string; version: number }, language: Language, request: Request) {
      const current = await load(id);
      const readings = current.definition.readings ?? [];
      if (!readings.some((reading) => reading.id === choice.reading)) {
        const code = readings.length === 0 ? 'target.readings.none' : 'target.reading.unknown';
        throw validationFailed([{ path: 'reading', code, message: translate(code, language) }]);
      }
      const before = current.definition.reading ?? readings[0]!.id;
      return this.replace(actor, { ...current.definition, reading: choice.reading }, choice.version, request, { action: 'target:reading', details: { from: before, to: choice.reading } });
    },

    async remove(actor: Actor, id: string, request: Request) {
      const current = await load(id);
      await Targets.updateOne({ _id: id }, { $set: { deletedAt: new Date(context.now()), updatedBy: actor.id }, $inc: { version: 1 } });
      await audit(actor, 'target:delete', id, diffRecords(current.definition, {}), request);
    },
  };
}

export type TargetService = ReturnType<typeof targetService>;
