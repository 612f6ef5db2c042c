// Migrations in the order they run; listed explicitly so tests (SWC) and the build (tsc) see the same set.
import { MigrationCore } from './20261122-core';
import { MigrationOrders } from './20261123-orders';
import { MigrationSettlement } from './20261124-settlement';
import { MigrationPickup } from './20261124-pickup';
import { MigrationAutoComplete } from './20261125-auto-complete';
import { MigrationOutbox } from './20261129c-outbox';
import { MigrationStaffSecurity } from './20261129d-staff-security';
import { MigrationShopCatalog } from './20261129e-catalog';
import { MigrationShopAddresses } from './20261129e-addresses';
import { MigrationShopPickupSlots } from './20261129e-pickup-slots';
import { MigrationHoursCarried } from './20261129a-hours-carried';
import { MigrationShopAfterSales } from './20261129e-after-sales';
import { MigrationShopSubscribeMessages } from './20261129e-subscribe-messages';
import { MigrationPaymentReconcile } from './20261129b-payment-reconcile';
import { MigrationDashboard } from './20261129h-dashboard';
import { MigrationRedisDurable } from './20261206-redis-durable';
import { MigrationSlotUnpaidHold } from './20261206-slot-unpaid-hold';
import { MigrationCatalogAdmin } from './20261206b-catalog-admin';
import { MigrationProductPictures } from './20261206c-product-pictures';
import { MigrationCheckoutKeys } from './20261206b-checkout-keys';
import { MigrationLineAdjustments } from './20261206d-line-adjustments';
import { MigrationPromotions } from './20261206e-promotions';

export const migrationsList = [
  { name: '20261122-core', class: MigrationCore },
  { name: '20261123-orders', class: MigrationOrders },
  { name: '20261124-settlement', class: MigrationSettlement },
  { name: '20261124-pickup', class: MigrationPickup },
  { name: '20261125-auto-complete', class: MigrationAutoComplete },
  { name: '20261129c-outbox', class: MigrationOutbox },
  { name: '20261129d-staff-security', class: MigrationStaffSecurity },
  { name: '20261129e-catalog', class: MigrationShopCatalog },
  { name: '20261129e-addresses', class: MigrationShopAddresses },
  { name: '20261129e-pickup-slots', class: MigrationShopPickupSlots },
  { name: '20261129a-hours-carried', class: MigrationHoursCarried },
  { name: '20261129e-after-sales', class: MigrationShopAfterSales },
  { name: '20261129e-subscribe-messages', class: MigrationShopSubscribeMessages },
  { name: '20261129b-payment-reconcile', class: MigrationPaymentReconcile },
  { name: '20261129h-dashboard', class: MigrationDashboard },
  { name: '20261206-redis-durable', class: MigrationRedisDurable },
  { name: '20261206-slot-unpaid-hold', class: MigrationSlotUnpaidHold },
  { name: '20261206b-catalog-admin', class: MigrationCatalogAdmin },
  { name: '20261206c-product-pictures', class: MigrationProductPictures },
  { name: '20261206b-checkout-keys', class: MigrationCheckoutKeys },
  { name: '20261206d-line-adjustments', class: MigrationLineAdjustments },
  { name: '20261206e-promotions', class: MigrationPromotions },
];
