import { splitLinks } from '@pst/client';

/**
 * Chat text as text nodes, with http(s) addresses as links (the widget's rule, shared in @pst/client) that open
 * in a new tab without access to this window. Nothing is ever parsed as HTML.
 */
export function LinkedText({ text }: { text: string }) {
  return (
    <p class="text">
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
