import { splitLinks } from '../lib/message-text.ts';

interface Props {
  text: string;
}

/**
 * A message's text as text nodes, with http(s) addresses as links that open
 * in a new tab without access to this window. Nothing is ever parsed as HTML.
 */
export function MessageText({ text }: Props) {
  return (
    <p class="message-text">
      {splitLinks(text).map((part, index) =>
        part.kind === 'link' ? (
          <a key={index} href={part.href} target="_blank" rel="noopener noreferrer">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
