import { z } from "zod";

// French messages for every schema by default; specific messages are given where they matter.
z.config(z.locales.fr());
