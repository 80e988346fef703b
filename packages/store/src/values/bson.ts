import { createRequire } from 'node:module';
import type * as BsonModule from 'bson';

/**
 * bson, loaded as the CommonJS build: the same module instance the mongodb driver (and
 * so mongoose) uses in this process. Importing the ESM build would load a second copy,
 * with its own 17 MB serialisation buffer and its own classes (an ObjectId from one
 * copy is not `instanceof` the other's).
 */
const bson = createRequire(import.meta.url)('bson') as typeof BsonModule;

export const {
  Binary, BSONRegExp, BSONSymbol, Code, Decimal128, Double, Int32, Long, MaxKey, MinKey, ObjectId, Timestamp, UUID,
  calculateObjectSize, deserialize, serialize,
} = bson;

export type Binary = BsonModule.Binary;
export type BSONRegExp = BsonModule.BSONRegExp;
export type BSONSymbol = BsonModule.BSONSymbol;
export type Code = BsonModule.Code;
export type Decimal128 = BsonModule.Decimal128;
export type Double = BsonModule.Double;
export type Int32 = BsonModule.Int32;
export type Long = BsonModule.Long;
export type MaxKey = BsonModule.MaxKey;
export type MinKey = BsonModule.MinKey;
export type ObjectId = BsonModule.ObjectId;
export type Timestamp = BsonModule.Timestamp;
export type UUID = BsonModule.UUID;
export type Document = BsonModule.Document;
