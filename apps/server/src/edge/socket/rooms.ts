/** Socket.IO room names, in one place so emitters and joiners agree. */
export const rooms = {
  /** /visitor: the visitor's tabs of one conversation. /agent: officers viewing it. */
  conversation: (id: string) => `conversation:${id}`,
  /** /visitor: visitors on the office's pages. /agent: the office's officers. */
  office: (code: string) => `office:${code}`,
  /** /agent: every tab of one officer. */
  officer: (id: string) => `officer:${id}`,
  /** /agent: the tabs of one session, closed on sign-out. */
  session: (id: string) => `session:${id}`,
};
