// P-2: what the parent posts to ask for a child's consent and to pass on the child's reply. Pure.
import { z } from "zod";

const childIin = z.string().regex(/^\d{12}$/);

export const consentRequestSchema = z.object({ childIin });
export const consentReplySchema = z.object({ childIin, reply: z.string().trim().min(1).max(20) });
