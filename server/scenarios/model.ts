import { Schema, type Connection } from 'mongoose';

/** A planner's saved what-if: the shared ScenarioSchema value, named, per region. */
const scenarioSchema = new Schema(
  {
    name: { type: String, required: true },
    region: { type: String, required: true },
    definition: { type: Schema.Types.Mixed, required: true },
    version: { type: Number, required: true, default: 1 },
    createdBy: { type: String, required: true },
    createdByName: { type: String },
    updatedBy: { type: String },
  },
  { timestamps: true, versionKey: false, strict: 'throw', minimize: false },
);
scenarioSchema.index({ region: 1, updatedAt: -1 });

export function scenarioModel(connection: Connection) {
  return connection.model('Scenario', scenarioSchema, 'scenarios');
}
