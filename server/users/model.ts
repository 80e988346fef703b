import { Schema, type Connection, type InferSchemaType, type HydratedDocument } from 'mongoose';
import { ROLES } from '@shared/policies';

const userSchema = new Schema(
  {
    username: { type: String, required: true, trim: true, lowercase: true, maxlength: 32 },
    displayName: { type: String, required: true, trim: true, maxlength: 60 },
    role: { type: String, required: true, enum: ROLES },
    /** argon2id PHC string (m=19 MiB, t=2, p=1); never leaves the server. */
    passwordHash: { type: String, required: true },
    disabled: { type: Boolean, default: false },
    demo: { type: Boolean, default: false },
    passwordChangedAt: { type: Date },
    /**
     * Moves on whenever the account's role, password or status changes, or the user signs out
     * everywhere: a session stamped with an older epoch is ended on its next request.
     */
    sessionEpoch: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false, strict: 'throw' },
);
userSchema.index({ username: 1 }, { unique: true });

export type UserFields = InferSchemaType<typeof userSchema>;
export type UserDocument = HydratedDocument<UserFields>;

export function userModel(connection: Connection) {
  return connection.model('User', userSchema, 'users');
}
