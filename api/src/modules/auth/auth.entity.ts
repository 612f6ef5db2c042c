// People who sign in: shoppers (by WeChat openid) and staff (clerks bound to a store, HQ admins).
import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Role } from '../../common/viewer';

/** Role lives in common/viewer.ts (the auth checker needs it); modules above auth may keep importing it from here. */
export { Role };

@Entity({ tableName: 'shopper' })
export class Shopper {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'text', unique: true }) openid!: string;
  @Property({ type: 'text', nullable: true }) unionid?: string | null;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz' }) lastLoginAt: Date = new Date();
}

@Entity({ tableName: 'staff_user' })
export class StaffUser {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'text', unique: true }) username!: string;
  @Property({ type: 'text' }) displayName!: string;
  /** scrypt$N$r$p$salt$hash, see password.ts */
  @Property({ type: 'text', hidden: true }) passwordHash!: string;
  @Property({ type: 'text' }) role!: Role.CLERK | Role.HQ_ADMIN;
  /** Set for clerks: the one store they work for. */
  @Property({ type: 'uuid', nullable: true }) storeId?: string | null;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz', nullable: true }) disabledAt?: Date | null;
  /** Keyed hash of the counter PIN, see pin.ts. */
  @Property({ type: 'text', nullable: true, hidden: true }) pinHash?: string | null;
  /** Sessions carry the version they were issued under; bumping it ends them all (see session-guard.ts). */
  @Property({ type: 'integer' }) sessionVersion: number = 1;
}
