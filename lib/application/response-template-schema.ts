import { z } from "zod";

// S-6 response templates of the school: the comments an executor picks from («Жауапты үлгілерден
// таңдау»). Kazakh and Russian, because the comment is shown to the parent in their language.

export const templateSchema = z.object({
  textKk: z.string().trim().min(3, { error: "textKkRequired" }).max(1000, { error: "tooLong" }),
  textRu: z.string().trim().min(3, { error: "textRuRequired" }).max(1000, { error: "tooLong" }),
});

export type TemplateInput = z.infer<typeof templateSchema>;
