// SQL pieces shared by the resource queries (pure builders; the callers run them).
import { Prisma } from "@/generated/prisma/client";
import { radiusBbox } from "@/lib/carte/geo";

/**
 * `CROSS JOIN LATERAL (…) dist` giving `dist.km` from the point to the resource's commune centre
 * (the haversine of lib/carte/geo.ts), and the box around the circle for the index.
 */
export function distanceSql(lat: number, lng: number, km: number): { join: Prisma.Sql; box: Prisma.Sql } {
  const [minLng, minLat, maxLng, maxLat] = radiusBbox(lat, lng, km);
  return {
    join: Prisma.sql`CROSS JOIN LATERAL (SELECT 2 * 6371 * asin(least(1, sqrt(
      power(sin(radians(r.latitude - ${lat}::float8) / 2), 2)
      + ${Math.cos((lat * Math.PI) / 180)}::float8 * cos(radians(r.latitude)) * power(sin(radians(r.longitude - ${lng}::float8) / 2), 2)
    ))) AS km) dist`,
    box: Prisma.sql`r.latitude BETWEEN ${minLat}::float8 AND ${maxLat}::float8
      AND r.longitude BETWEEN ${minLng}::float8 AND ${maxLng}::float8 AND dist.km <= ${km}::float8`,
  };
}

/** Published and not past its availability on `today` ("YYYY-MM-DD"). */
export function disponibleSql(today: string): Prisma.Sql {
  return Prisma.sql`r.statut = 'publiee' AND (r."disponibleFin" IS NULL OR r."disponibleFin" >= ${today}::date)`;
}
