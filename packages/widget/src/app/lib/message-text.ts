/** The one rule for links in chat text, shared with the agent app: packages/client/src/links.ts. */
export { splitLinks, type TextPart } from '@pst/client';
