import type { JurisdictionResponse } from '@bizenv/shared';

export interface JurisdictionNode extends JurisdictionResponse {
  children: JurisdictionNode[];
}

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);

/**
 * Builds the province > city > county tree from the flat list, using `parentCode`.
 * A jurisdiction whose parent is not in the list becomes a root, so a partial list still shows.
 */
export function buildJurisdictionTree(
  jurisdictions: readonly JurisdictionResponse[],
): JurisdictionNode[] {
  const nodes = new Map<string, JurisdictionNode>(
    jurisdictions.map((j) => [j.code, { ...j, children: [] }]),
  );
  const roots: JurisdictionNode[] = [];
  for (const node of [...nodes.values()].sort(byCode)) {
    const parent = node.parentCode ? nodes.get(node.parentCode) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The chain from the root down to `code` (inclusive), empty when the code is unknown. */
export function jurisdictionPath(
  jurisdictions: readonly JurisdictionResponse[],
  code: string,
): JurisdictionResponse[] {
  const byCodeMap = new Map(jurisdictions.map((j) => [j.code, j]));
  const path: JurisdictionResponse[] = [];
  const seen = new Set<string>();
  let current = byCodeMap.get(code);
  while (current && !seen.has(current.code)) {
    seen.add(current.code);
    path.unshift(current);
    current = current.parentCode ? byCodeMap.get(current.parentCode) : undefined;
  }
  return path;
}

/** Direct children of a jurisdiction, by code. */
export function childJurisdictions(
  jurisdictions: readonly JurisdictionResponse[],
  code: string,
): JurisdictionResponse[] {
  return jurisdictions.filter((j) => j.parentCode === code).sort(byCode);
}
