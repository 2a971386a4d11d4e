import { z } from "zod";

/** `PUT /api/2.0/people/@self` of the mock DocSpace API. */
export const updateSelfSchema = z.object({
  displayName: z
    .string()
    .trim()
    .min(1, "displayName is required")
    .max(128)
    .regex(/^[^\p{Cc}]*$/u, "displayName must not contain control characters"),
});
export type UpdateSelf = z.infer<typeof updateSelfSchema>;
