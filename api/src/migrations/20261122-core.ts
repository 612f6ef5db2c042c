// Stores on a map (PostGIS), catalog, stock with its journal, and the people who sign in.
import { Migration } from '@mikro-orm/migrations';

export class MigrationCore extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE EXTENSION IF NOT EXISTS postgis`);

    this.addSql(`
      CREATE TABLE store (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        city text NOT NULL,
        address text NOT NULL,
        phone text,
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lng double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
        location geography(Point, 4326)
          GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lng, lat), 4326)::geography) STORED,
        time_zone text NOT NULL,
        status text NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED', 'CLOSED')),
        can_pickup boolean NOT NULL,
        can_deliver boolean NOT NULL,
        hours jsonb NOT NULL DEFAULT '[]',
        exceptions jsonb NOT NULL DEFAULT '[]',
        delivery_zone jsonb,
        delivery_radius_m integer CHECK (delivery_radius_m > 0),
        -- Farthest point of the zone from the store (metres, rounded up with slack); bounds the KNN walk.
        delivery_reach_m integer NOT NULL DEFAULT 0,
        delivery_area geography(MultiPolygon, 4326)
          GENERATED ALWAYS AS (ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(delivery_zone), 4326))::geography) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (delivery_zone IS NULL OR delivery_radius_m IS NULL)
      )`);
    this.addSql(`CREATE INDEX store_location_gix ON store USING gist (location)`);
    this.addSql(`CREATE INDEX store_delivery_reach ON store (delivery_reach_m)`);

    // Opening hours normalised for SQL: one row per same-day span (overnight spans are split).
    this.addSql(`
      CREATE TABLE store_hours (
        store_id uuid NOT NULL REFERENCES store (id) ON DELETE CASCADE,
        weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        opens_min smallint NOT NULL CHECK (opens_min BETWEEN 0 AND 1439),
        closes_min smallint NOT NULL CHECK (closes_min BETWEEN 1 AND 1440),
        CHECK (closes_min > opens_min)
      )`);
    this.addSql(`CREATE INDEX store_hours_store_weekday ON store_hours (store_id, weekday)`);
    this.addSql(`
      CREATE TABLE store_hours_exception (
        store_id uuid NOT NULL REFERENCES store (id) ON DELETE CASCADE,
        local_date date NOT NULL,
        closed boolean NOT NULL,
        opens_min smallint NOT NULL,
        closes_min smallint NOT NULL,
        PRIMARY KEY (store_id, local_date)
      )`);

    this.addSql(`CREATE TABLE category (id uuid PRIMARY KEY, code text NOT NULL UNIQUE, name text NOT NULL)`);
    this.addSql(`
      CREATE TABLE product (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        category_id uuid NOT NULL REFERENCES category (id),
        specs jsonb NOT NULL DEFAULT '[]'
      )`);
    this.addSql(`CREATE INDEX product_category ON product (category_id)`);
    this.addSql(`
      CREATE TABLE sku (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        product_id uuid NOT NULL REFERENCES product (id),
        attributes jsonb NOT NULL DEFAULT '{}',
        price_fen integer NOT NULL CHECK (price_fen >= 0),
        active boolean NOT NULL DEFAULT true
      )`);
    this.addSql(`CREATE INDEX sku_product ON sku (product_id)`);

    // Quantities stay out of every index so stock updates remain HOT.
    this.addSql(`
      CREATE TABLE store_stock (
        store_id uuid NOT NULL REFERENCES store (id) ON DELETE CASCADE,
        sku_id uuid NOT NULL REFERENCES sku (id),
        on_hand integer NOT NULL CHECK (on_hand >= 0),
        reserved integer NOT NULL DEFAULT 0 CHECK (reserved >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (store_id, sku_id),
        CHECK (reserved <= on_hand)
      ) WITH (fillfactor = 80)`);
    this.addSql(`CREATE INDEX store_stock_sku_store ON store_stock (sku_id, store_id)`);
    this.addSql(`
      CREATE TABLE stock_movement (
        id uuid PRIMARY KEY,
        store_id uuid NOT NULL REFERENCES store (id) ON DELETE CASCADE,
        sku_id uuid NOT NULL REFERENCES sku (id),
        delta_on_hand integer NOT NULL,
        delta_reserved integer NOT NULL DEFAULT 0,
        on_hand_after integer NOT NULL,
        reserved_after integer NOT NULL,
        reason text NOT NULL,
        order_ref text,
        note text,
        actor text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    this.addSql(`CREATE INDEX stock_movement_store_time ON stock_movement (store_id, created_at DESC, id DESC)`);

    this.addSql(`
      CREATE TABLE shopper (
        id uuid PRIMARY KEY,
        openid text NOT NULL UNIQUE,
        unionid text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_login_at timestamptz NOT NULL DEFAULT now()
      )`);
    this.addSql(`
      CREATE TABLE staff_user (
        id uuid PRIMARY KEY,
        username text NOT NULL UNIQUE,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('CLERK', 'HQ_ADMIN')),
        store_id uuid REFERENCES store (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role <> 'CLERK' OR store_id IS NOT NULL)
      )`);
  }
}
