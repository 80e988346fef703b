import mongoose, { Schema, type Connection, type Model } from 'mongoose';
import type { LockoutScope } from '@shared/api/auth';

/** One failure counter: of an account from a device or address, from everywhere, or of an address. */
export interface FailureCounter {
  _id: string;
  scope: LockoutScope;
  /** The normalised username; absent for a whole address. */
  account?: string;
  /** The address or the device's handle; absent for `everywhere`. */
  source?: string;
  failures: number;
  /** Attempts under way (password being checked): counted as failures until they end. */
  pending: number;
  firstFailureAt: Date;
  lastFailureAt: Date;
  /** When the counter is forgotten (a TTL index removes it; reads ignore it from then on). */
  expiresAt: Date;
}

const counterSchema = new Schema<FailureCounter>(
  {
    _id: { type: String, required: true },
    scope: { type: String, required: true },
    account: { type: String },
    source: { type: String },
    failures: { type: Number, required: true },
    pending: { type: Number, default: 0 },
    firstFailureAt: { type: Date, required: true },
    lastFailureAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);
counterSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });
counterSchema.index({ account: 1 });

/** The counter's id: one per scope, account and source. */
export function counterId(scope: LockoutScope, account: string | undefined, source: string | undefined): string {
  return [scope, account ?? '', source ?? ''].map(encodeURIComponent).join(':');
}

/**
 * Failed sign-ins kept in the database, so limits hold across restarts and across every app
 * instance. Only failures are written; a success deletes its own counter.
 */
export class LoginFailureStore {
  private readonly counters: Model<FailureCounter>;

  constructor(connection: Connection, private readonly now: () => number) {
    this.counters = connection.models.LoginFailure ?? connection.model<FailureCounter>('LoginFailure', counterSchema, 'login_failures');
  }

  /** The live counters among these ids. */
  async read(ids: string[]): Promise<FailureCounter[]> {
    const found = await this.counters.find({ _id: mongoose.trusted({ $in: ids }) }).lean<FailureCounter[]>();
    return found.filter((counter) => counter.expiresAt.getTime() > this.now());
  }

  /**
   * Marks one attempt under way and answers the counter as it is now, this attempt included
   * in `pending`. Attempts sent in parallel each see the ones before them, so a burst gets
   * no more tries than the limit. `lifetimeMs` is how long the counter lives: from its first
   * failure (`fixed`, a window) or from its latest (`sliding`, forgotten after a quiet spell).
   */
  async begin(counter: Pick<FailureCounter, '_id' | 'scope' | 'account' | 'source'>, lifetimeMs: number): Promise<FailureCounter> {
    const now = new Date(this.now());
    // A counter past its life starts again.
    await this.counters.deleteOne({ _id: counter._id, expiresAt: mongoose.trusted({ $lte: now }) });
    const found = await this.counters
      .findOneAndUpdate(
        { _id: counter._id },
        {
          $inc: { pending: 1 },
          $setOnInsert: {
            scope: counter.scope,
            ...(counter.account !== undefined ? { account: counter.account } : {}),
            ...(counter.source !== undefined ? { source: counter.source } : {}),
            failures: 0,
            firstFailureAt: now,
            lastFailureAt: now,
            expiresAt: new Date(now.getTime() + lifetimeMs),
          },
        },
        { upsert: true, returnDocument: 'after' },
      )
      .lean<FailureCounter>();
    return found!;
  }

  /** Ends an attempt begun with `begin`: a failure counts, anything else leaves no trace. */
  async end(id: string, outcome: 'failed' | 'other', lifetimeMs: number, mode: 'fixed' | 'sliding'): Promise<void> {
    const now = new Date(this.now());
    if (outcome === 'failed') {
      const restart = mode === 'fixed' ? {} : { expiresAt: new Date(now.getTime() + lifetimeMs) };
      await this.counters.updateOne({ _id: id }, { $inc: { failures: 1, pending: -1 }, $set: { lastFailureAt: now, ...restart } });
      // The first failure of a counter begun by an attempt opens its window now.
      if (mode === 'fixed') await this.counters.updateOne({ _id: id, failures: 1 }, { $set: { firstFailureAt: now, expiresAt: new Date(now.getTime() + lifetimeMs) } });
      return;
    }
    await this.counters.updateOne({ _id: id }, { $inc: { pending: -1 } });
    await this.counters.deleteOne({ _id: id, failures: 0, pending: mongoose.trusted({ $lte: 0 }) });
  }

  async forget(ids: string[]): Promise<void> {
    await this.counters.deleteMany({ _id: mongoose.trusted({ $in: ids }) });
  }

  /** Deletes every counter of an account (an admin's unlock, a password reset); returns how many. */
  async forgetAccount(account: string): Promise<number> {
    return (await this.counters.deleteMany({ account })).deletedCount;
  }

  /** Live counters with at least `minFailures` failures, for the admin's view. */
  async atLeast(minFailures: number): Promise<FailureCounter[]> {
    const found = await this.counters
      .find({ failures: mongoose.trusted({ $gte: minFailures }), expiresAt: mongoose.trusted({ $gt: new Date(this.now()) }) })
      .sort({ lastFailureAt: -1 })
      .limit(1_000)
      .lean<FailureCounter[]>();
    return found;
  }
}
