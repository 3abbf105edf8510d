interface Props {
  text: string;
}

/** The office's own welcome, as the first thing said in the window. */
export function Greeting({ text }: Props) {
  if (!text.trim()) return null;
  return <p class="greeting">{text}</p>;
}
