/** Every bulletin query lives under ['bulletins']: a write refreshes lists and details. */
export const bulletinsKey = ['bulletins'] as const;
export const bulletinListKey = (code: string) => [...bulletinsKey, 'list', code] as const;
export const bulletinKey = (id: number) => [...bulletinsKey, 'detail', id] as const;

/** Where a bulletin's file downloads from (the server sends it as an attachment). */
export const bulletinFileUrl = (id: number, kind: 'docx' | 'xlsx') =>
  `/api/bulletins/${id}/files/${kind}`;
