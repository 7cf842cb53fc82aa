import { z } from "zod";

// S-8: the working calendar — holidays on weekdays and weekend days moved into working days.
// The calendar is national: one table for every school, kept by the administrators who hold
// "calendar:edit". Each change is audited.

export const calendarDaySchema = z.object({
  date: z.iso.date({ error: "dateRequired" }),
  kind: z.enum(["HOLIDAY", "WORKDAY"], { error: "kindRequired" }),
  nameKk: z.string().trim().min(1, { error: "nameKkRequired" }).max(150, { error: "tooLong" }),
  nameRu: z.string().trim().min(1, { error: "nameRuRequired" }).max(150, { error: "tooLong" }),
});

export type CalendarDayInput = z.infer<typeof calendarDaySchema>;
