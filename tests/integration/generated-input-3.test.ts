// Generated bad input, share 3 of 3 of the server actions (see tests/support/generated-input.ts).
import { describeGeneratedInput } from "@/tests/support/generated-input";

describeGeneratedInput(2, 3);
