/** Socket.IO room names, in one place so emitters and joiners agree. */
export const rooms = {
  /** /visitor: the visitor's tabs of one conversation. /agent: officers viewing it. */
  conversation: (id: unknown) => `conversation:${String(id)}`,
  /** /visitor: visitors on the office's pages. /agent: the office's officers. */
  office: (code: string) => `office:${code}`,
  /** /agent: every tab of one officer. */
  officer: (id: unknown) => `officer:${String(id)}`,
};
