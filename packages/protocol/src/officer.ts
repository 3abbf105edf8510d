import { z } from 'zod';
import { idSchema, lineSchema, officeCodeSchema } from './common.ts';
import { presenceStatuses, roles } from './constants.ts';

export const roleSchema = z.enum(roles);

/** What an officer chose; routing counts only `online` officers with a connected tab. */
export const presenceStatusSchema = z.enum(presenceStatuses);

export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email('a valid e-mail address'));

/** `POST /api/auth/login`. */
export const loginSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(200),
});

/** The signed-in officer: `GET /api/auth/me` and the login response. */
export const officerSelfSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  offices: z.array(officeCodeSchema),
  status: presenceStatusSchema,
});
export type OfficerSelf = z.infer<typeof officerSelfSchema>;

/** An officer as colleagues and supervisors see them. */
export const officerPresenceSchema = z.object({
  id: idSchema,
  name: z.string(),
  role: roleSchema,
  status: presenceStatusSchema,
  /** Has at least one agent tab connected. */
  connected: z.boolean(),
  activeChats: z.number().int().min(0),
  maxChats: z.number().int().min(1),
});
export type OfficerPresence = z.infer<typeof officerPresenceSchema>;

/** `presence:set`. */
export const setPresenceSchema = z.strictObject({ status: presenceStatusSchema });

/** A password an admin sets: long enough to resist guessing. */
export const newPasswordSchema = z.string().min(10, 'at least 10 characters').max(200);

/** `POST /api/admin/officers`. */
export const createOfficerSchema = z.strictObject({
  name: lineSchema(120),
  email: emailSchema,
  password: newPasswordSchema,
  role: roleSchema.default('officer'),
  offices: z.array(officeCodeSchema).min(1),
});

/** `PATCH /api/admin/officers/:id`. */
export const updateOfficerSchema = z
  .strictObject({
    name: lineSchema(120),
    password: newPasswordSchema,
    role: roleSchema,
    offices: z.array(officeCodeSchema).min(1),
    disabled: z.boolean(),
  })
  .partial();
