import { Schema, type Connection } from 'mongoose';

/**
 * Small facts about this installation kept in the database so every app instance shares
 * them: whether seeding has run, the session-signing secret, the demo password.
 */
const metaSchema = new Schema(
  {
    _id: { type: String, required: true },
    value: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, timestamps: true },
);

export function metaModel(connection: Connection) {
  return connection.model('Meta', metaSchema, 'meta');
}

export type MetaModel = ReturnType<typeof metaModel>;

/** Reads a value, or stores `create()`'s value first if none exists (first writer wins). */
export async function getOrCreateMeta<T>(model: MetaModel, id: string, create: () => T): Promise<T> {
  const existing = await model.findById(id).lean();
  if (existing) return existing.value as T;
  try {
    await model.create({ _id: id, value: create() });
  } catch (error) {
    if ((error as { code?: number }).code !== 11000) throw error;
  }
  const stored = await model.findById(id).lean();
  return stored!.value as T;
}
