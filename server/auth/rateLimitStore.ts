import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import mongoose, { Schema, type Connection, type Model } from 'mongoose';

interface Counter {
  _id: string;
  hits: number;
  resetAt: Date;
}

const counterSchema = new Schema<Counter>(
  { _id: { type: String, required: true }, hits: { type: Number, required: true }, resetAt: { type: Date, required: true } },
  { versionKey: false },
);
counterSchema.index({ resetAt: 1 }, { expireAfterSeconds: 0 });

/**
 * express-rate-limit counters kept in MongoDB, so a limit holds across every app instance
 * rather than per process. One upsert per hit.
 */
export class MongoRateLimitStore implements Store {
  readonly localKeys = false;
  readonly prefix: string;
  private windowMs = 60_000;
  private readonly counters: Model<Counter>;

  constructor(connection: Connection, prefix: string, private readonly now: () => number) {
    this.prefix = prefix;
    this.counters = connection.models.RateLimitCounter ?? connection.model<Counter>('RateLimitCounter', counterSchema, 'rate_limits');
  }

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const counter = await this.counters.findById(this.prefix + key).lean();
    if (!counter || counter.resetAt.getTime() <= this.now()) return undefined;
    return { totalHits: counter.hits, resetTime: counter.resetAt };
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const id = this.prefix + key;
    const now = this.now();
    // A window that has ended starts again at one hit.
    await this.counters.deleteOne({ _id: id, resetAt: mongoose.trusted({ $lte: new Date(now) }) });
    const counter = await this.counters
      .findOneAndUpdate(
        { _id: id },
        { $inc: { hits: 1 }, $setOnInsert: { resetAt: new Date(now + this.windowMs) } },
        { upsert: true, returnDocument: 'after' },
      )
      .lean();
    return { totalHits: counter!.hits, resetTime: counter!.resetAt };
  }

  async decrement(key: string): Promise<void> {
    await this.counters.updateOne({ _id: this.prefix + key }, { $inc: { hits: -1 } });
  }

  async resetKey(key: string): Promise<void> {
    await this.counters.deleteOne({ _id: this.prefix + key });
  }
}
