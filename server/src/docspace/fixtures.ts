/** What each portal of the mock DocSpace holds: a few files and rooms, enough for apps to show something. */
export const PORTAL_CONTENT: Readonly<
  Record<
    string,
    {
      files: { id: number; title: string; updated: string }[];
      rooms: { id: number; title: string; type: string }[];
    }
  >
> = {
  acme: {
    files: [
      { id: 101, title: "Quarterly report.docx", updated: "2026-11-02T09:14:00Z" },
      { id: 102, title: "Roadmap.xlsx", updated: "2026-11-18T16:40:00Z" },
      { id: 103, title: "Brand guidelines.pdf", updated: "2026-10-27T11:05:00Z" },
    ],
    rooms: [
      { id: 201, title: "Marketing", type: "CustomRoom" },
      { id: 202, title: "Contracts", type: "EditingRoom" },
    ],
  },
  globex: {
    files: [{ id: 301, title: "Project Hammock.docx", updated: "2026-11-20T08:00:00Z" }],
    rooms: [{ id: 401, title: "Research", type: "CollaborationRoom" }],
  },
};
