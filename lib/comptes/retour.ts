import { z } from "zod";

/** A same-site path to go back to after sign-in; anything else (absolute URL, //host) becomes "/". */
export const ReturnPathSchema = z
  .string()
  .regex(/^\/(?![/\\])[^\s]*$/)
  .max(500)
  .catch("/");
