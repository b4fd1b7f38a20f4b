import { z } from "zod";

/** Route ids are cuids or seeded slugs; anything else is a 404, never a database error. */
export const RouteIdSchema = z.string().regex(/^[a-z0-9-]{1,64}$/i);
