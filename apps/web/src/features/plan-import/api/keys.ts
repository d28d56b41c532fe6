/** Every import draft query lives under ['plan-imports']. */
export const planImportsRootKey = ['plan-imports'] as const;
export const planImportQueryKey = (code: string, id: number) => ['plan-imports', code, id] as const;

export const planImportsPath = (code: string) =>
  `/jurisdictions/${encodeURIComponent(code)}/plan-imports`;
