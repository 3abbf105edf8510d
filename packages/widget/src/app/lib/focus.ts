import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * Whether the focus fell out of the window: the focused control was removed (a form sent, the composer gone at
 * the close), so the document still has the focus but nothing in it does. Tab would then go on in the host page.
 */
export const focusWasLost = (): boolean =>
  document.hasFocus() && (document.activeElement === null || document.activeElement === document.body);

/** On mount, takes the focus if it fell out of the window (never takes it from a control that has it). */
export function useFocusIfLost(ref: RefObject<HTMLElement>): void {
  useEffect(() => {
    if (focusWasLost()) ref.current?.focus();
  }, []);
}

/** The focused field with its label in view, below the window's header (phones scroll it under otherwise). */
export function revealField(event: FocusEvent): void {
  const field = (event.target as HTMLElement | null)?.closest?.('.field');
  field?.scrollIntoView({ block: 'nearest' });
}
