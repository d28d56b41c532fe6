/** The stage of the big screen: designed for a 1920×1080 wall, scaled to whatever shows it. */
export const STAGE = { width: 1920, height: 1080 } as const;

/** The scale that fits the whole stage into the viewport without scrolling (letterboxed). */
export function fitScale(viewportWidth: number, viewportHeight: number): number {
  if (viewportWidth <= 0 || viewportHeight <= 0) return 1;
  return Math.min(viewportWidth / STAGE.width, viewportHeight / STAGE.height);
}
