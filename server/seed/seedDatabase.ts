import { todayInChina } from '@shared/dates';
import { demoManagerCarrierNames, seedCarriersWithKeys } from '../../seeds/carriers';
import { recordAudit } from '../audit/record';
import { toStoredFields } from '../carriers/normalize';
import { bumpRegistryRevision } from '../carriers/snapshot';
import { summaryOf } from '../carriers/summary';
import type { Models } from '../db/models';
import type { Logger } from '../http/logging';
import { seedTierLinks, withTierSeedFields } from './seedTiers';

const SEEDED_FLAG = 'seeded-demo-carriers';

/**
 * Loads the demo carriers (seeds/) on the first start of a demo installation. They count as
 * verified (provenance says synthetic or cites the document). A crash half-way is harmless:
 * the flag is written last and records already inserted are skipped by name on the next try.
 */
export async function seedDatabase(models: Models, logger: Logger, options: { demoManagerId?: string } = {}): Promise<boolean> {
  if (await models.Meta.exists({ _id: SEEDED_FLAG })) return false;
  const today = todayInChina();
  const owned = new Set(demoManagerCarrierNames);
  const existing = new Set((await models.Carrier.find({}, { region: 1, name: 1 }).lean()).map((carrier) => `${carrier.region}/${carrier.name}`));
  const keyed = withTierSeedFields(seedCarriersWithKeys());
  const documents = keyed
    .map(({ carrier }) => carrier)
    .filter((carrier) => !existing.has(`${carrier.region}/${carrier.name}`))
    .map((carrier) => {
      const fields = toStoredFields(carrier);
      return {
        ...fields,
        location: fields.location ?? undefined,
        owners: owned.has(carrier.name) && carrier.region === 'taicang' && options.demoManagerId ? [options.demoManagerId] : [],
        summary: summaryOf(fields, today),
        provenance: { ...fields.provenance, verifiedBy: 'seed', verifiedAt: new Date() },
        version: 1,
        createdBy: 'seed',
        updatedBy: 'seed',
      };
    });
  if (documents.length > 0) await models.Carrier.insertMany(documents, { ordered: false });
  const nameOfKey = new Map(keyed.map(({ key, carrier }) => [key, carrier]));
  await seedTierLinks(models, async (key) => {
    const carrier = nameOfKey.get(key);
    const found = carrier ? await models.Carrier.findOne({ region: carrier.region, name: carrier.name }, { _id: 1 }).lean() : null;
    return found ? String(found._id) : undefined;
  });
  await bumpRegistryRevision(models);
  await models.Meta.create({ _id: SEEDED_FLAG, value: { at: new Date().toISOString(), carriers: documents.length } });
  await recordAudit(models, { action: 'seed:load', outcome: 'success', actor: { id: 'seed', username: 'seed' }, details: { carriers: documents.length } });
  logger.info({ carriers: documents.length }, 'seed data loaded');
  return true;
}
