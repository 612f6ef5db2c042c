// What the shopper's app is given to compute member codes itself, offline.
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A per-shopper TOTP secret for the offline member code (会员码). The app shows prefix + reference + TOTP(secret, now), 20 digits, as QR and CODE128. Issuing a new one revokes the previous (one device holds it); sign-out revokes it',
})
export class MemberCodeSecret {
  @Field(() => String, { description: 'RFC 4648 base32, no padding: the HMAC key, 20 bytes' }) secret!: string;
  @Field(() => String, { description: '2 digits that no payment code or goods barcode starts a 20-digit code with' }) prefix!: string;
  @Field(() => String, { description: '10 digits naming this secret (not the shopper); changes with every new secret' })
  reference!: string;
  @Field(() => String, { description: 'HMAC of the TOTP: SHA1 (RFC 6238)' }) algorithm!: string;
  @Field(() => Int, { description: 'Digits of the TOTP: 8' }) digits!: number;
  @Field(() => Int, { description: 'Seconds per time step: 30; the counter accepts this step and the previous one' })
  stepSeconds!: number;
  @Field(() => Date) issuedAt!: Date;
}
