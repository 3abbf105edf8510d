import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Translate, translator } from './index.ts';

/** The current language's translator; components outside a provider (tests) read Indonesian. */
export const TranslateContext = createContext<Translate>(translator('id'));

export function useT(): Translate {
  return useContext(TranslateContext);
}
