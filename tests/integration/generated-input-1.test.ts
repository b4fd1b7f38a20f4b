// Generated bad input, share 1 of 3 of the server actions (see tests/support/generated-input.ts).
import { describeGeneratedInput } from "@/tests/support/generated-input";

describeGeneratedInput(0, 3);
