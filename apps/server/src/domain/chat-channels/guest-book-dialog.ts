import { guestBookSchema, type Purpose, purposes } from '@pst/protocol';
import type { GuestBookDialog } from '../../store/chat-channels.ts';
import { type Choice, chatTexts, consentChoices, purposeChoices } from './chat-texts.ts';

/** What the sender sent: typed text, or the id of a button they tapped. */
export interface DialogInput {
  text?: string;
  choice?: string;
}

/** The guest book as the dialog collected it, with the consent given. */
export interface CollectedGuestBook {
  name: string;
  email: string;
  institution: string;
  occupation: string;
  purpose: Purpose;
}

export type DialogOutcome =
  | { kind: 'ask'; dialog: GuestBookDialog | undefined; text: string; choices?: Choice[] }
  | { kind: 'complete'; guestBook: CollectedGuestBook };

const purposeButtons: Choice[] = purposes.map((purpose) => ({
  id: `purpose:${purpose}`,
  label: purposeChoices[purpose],
}));

const fieldSchemas = {
  name: guestBookSchema.shape.name,
  email: guestBookSchema.shape.email,
  institution: guestBookSchema.shape.institution,
  occupation: guestBookSchema.shape.occupation,
} as const;

const next = { name: 'email', email: 'institution', institution: 'occupation', occupation: 'purpose' } as const;
const question = {
  email: chatTexts.askEmail,
  institution: chatTexts.askInstitution,
  occupation: chatTexts.askOccupation,
} as const;

/** A purpose typed rather than tapped: its name or its number in the list. */
function purposeOf(input: DialogInput): Purpose | undefined {
  const typed = (input.choice?.replace(/^purpose:/, '') ?? input.text ?? '').trim().toLowerCase();
  const byNumber = /^[1-4]$/.test(typed) ? purposes[Number(typed) - 1] : undefined;
  return byNumber ?? purposes.find((purpose) => purpose === typed);
}

function consentOf(input: DialogInput): boolean | undefined {
  if (input.choice === 'consent:yes') return true;
  if (input.choice === 'consent:no') return false;
  const typed = input.text?.trim().toLowerCase();
  if (typed && ['setuju', 'ya', 'yes', 'i agree'].includes(typed)) return true;
  if (typed && ['tidak', 'no'].includes(typed)) return false;
  return undefined;
}

/**
 * One step of the guest book asked in the chat, in the widget's order: name, e-mail, institution, occupation,
 * purpose, consent (with the consent text's version). Each answer is checked by the widget's own schema; a bad
 * one is asked again. A sender with no dialog yet is welcomed and asked their name.
 */
export function advanceDialog(
  dialog: GuestBookDialog | undefined,
  input: DialogInput,
  office: { name: string; notice: { version: string; url?: string } },
): DialogOutcome {
  if (!dialog) return { kind: 'ask', dialog: { step: 'name', answers: {} }, text: chatTexts.welcome(office.name) };
  const { step, answers } = dialog;
  if (step === 'name' || step === 'email' || step === 'institution' || step === 'occupation') {
    const parsed = fieldSchemas[step].safeParse(input.text ?? '');
    if (!parsed.success)
      return { kind: 'ask', dialog, text: step === 'email' ? chatTexts.badEmail : chatTexts.tooLong };
    const following = next[step];
    const updated: GuestBookDialog = { step: following, answers: { ...answers, [step]: parsed.data } };
    if (following === 'purpose')
      return { kind: 'ask', dialog: updated, text: chatTexts.askPurpose, choices: purposeButtons };
    return { kind: 'ask', dialog: updated, text: question[following] };
  }
  if (step === 'purpose') {
    const purpose = purposeOf(input);
    if (!purpose) return { kind: 'ask', dialog, text: chatTexts.badAnswer, choices: purposeButtons };
    return {
      kind: 'ask',
      dialog: { step: 'consent', answers: { ...answers, purpose } },
      text: chatTexts.askConsent(office.notice),
      choices: consentChoices,
    };
  }
  const consent = consentOf(input);
  if (consent === undefined) return { kind: 'ask', dialog, text: chatTexts.badAnswer, choices: consentChoices };
  if (!consent) return { kind: 'ask', dialog: undefined, text: chatTexts.consentRefused };
  return {
    kind: 'complete',
    guestBook: {
      name: answers.name ?? '',
      email: answers.email ?? '',
      institution: answers.institution ?? '',
      occupation: answers.occupation ?? '',
      purpose: (answers.purpose as Purpose | undefined) ?? 'lainnya',
    },
  };
}
