import { isOpenText } from './attribution-spans.js';
import { joinText, type Paragraph } from './lines.js';
import { MARKER_LEVEL, readMarker, type Marker } from './markers.js';

/**
 * The outline of a plan: parts "一、", groups "（一）" and numbered tasks "1.", nested by level.
 * Sub-items "（1）" stay in their item's text (they are often printed inline, "…改革。(1)…(2)…")
 * and are split out by `splitSubItems`.
 */
export interface OutlineNode {
  marker: Marker;
  /**
   * The item's text after its marker, with its continuation paragraphs (joined without a break:
   * they continue a sentence broken by a page) and its sub-item paragraphs (each on a new line).
   */
  text: string;
  line: number;
  children: OutlineNode[];
}

/**
 * Builds the outline. A paragraph without a marker continues the current item when that item is
 * still open (it has sentences and no closing attribution yet); otherwise it is narrative
 * (an introduction, a closing remark) and is not part of any item.
 */
export function buildOutline(paragraphs: readonly Paragraph[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  let current: OutlineNode | null = null;
  for (const paragraph of paragraphs) {
    const marker = readMarker(paragraph.text);
    if (marker && marker.kind !== 'sub') {
      const node: OutlineNode = { marker, text: marker.rest, line: paragraph.line, children: [] };
      while (
        stack.length > 0 &&
        MARKER_LEVEL[stack.at(-1)!.marker.kind] >= MARKER_LEVEL[marker.kind]
      ) {
        stack.pop();
      }
      (stack.at(-1)?.children ?? roots).push(node);
      stack.push(node);
      current = node;
    } else if (current && marker !== null) {
      current.text = `${current.text}\n${paragraph.text}`;
    } else if (current && isOpenText(current.text)) {
      current.text = joinText(current.text, paragraph.text);
    }
  }
  return roots;
}
