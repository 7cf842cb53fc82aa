// The two fields of the eGov stand-ins' sign-in screens (sign-in and mobile signing). Pure.
import { z } from "zod";

export const iinField = z
  .string()
  .trim()
  .regex(/^\d{12}$/);
export const otpField = z
  .string()
  .trim()
  .regex(/^\d{5}$/);
