// S-6 / S-7: what the executor's review form and the signed decision post. Error messages are
// catalogue keys (boReview.errors); a malformed id, event or version is "not found". Pure.
import { z } from "zod";
import { recordIdSchema } from "@/lib/forms";

const id = recordIdSchema;
const version = z.coerce.number().int().min(0);

export const COMMENT_MAX = 2000;

export const reviewSchema = z.object({
  applicationId: id,
  event: z.enum(["CONFIRM_DOCUMENTS", "SEND_TO_DIRECTOR"]),
  comment: z.string().max(COMMENT_MAX, { error: "TOO_LONG" }).optional(),
  inclusion: z.enum(["yes", "no"]).optional(),
  expectedVersion: version,
});

export const decisionStartSchema = z.object({
  applicationId: id,
  decision: z.enum(["ACCEPT", "REJECT"]),
  reason: z.string().max(COMMENT_MAX).optional(),
  expectedVersion: version,
});

export const decisionCompleteSchema = z.object({
  requestId: id,
  decision: z.enum(["ACCEPT", "REJECT"]),
  expectedVersion: version,
  applicationId: id,
});
